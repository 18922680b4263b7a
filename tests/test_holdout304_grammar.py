"""The document grammar on layouts of the three-hundred-and-fourth held-out
set's kind (issue #11): soil-and-water conservation and soil-pollution texts of
cities, counties and districts (a county's 公告 drawing its 水土流失 重点预防区
and 重点治理区, 通知 issuing a 土壤污染防治 工作方案, 行动计划 or 实施方案, a
county office's 通知 issuing a 水土保持率 方案) as their sites and mirrors store
them, one printing the text it issues under a title that varies a word of the
name its notice gave it ('…行动计划' named, '…工作计划' printed). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice issuing a plan, signed and dated.
ISSUING = ["南山市人民政府办公室关于印发南山市2021年大气污染防治行动计划的通知",
           "各县、区人民政府，市政府有关部门：",
           "《南山市2021年大气污染防治行动计划》已经市政府常务会议讨论通过，现印发给你们，请认真贯彻落实。",
           "南山市人民政府办公室", "2021年3月8日"]
BODY = ["为切实加强大气污染防治，逐步改善环境空气质量，编制本计划。", "一、指导思想",
        "全面贯彻新发展理念，坚持预防为主、保护优先。", "二、工作任务", "（一）全面掌握大气环境质量状况"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_text_a_notice_issues_may_vary_a_word_of_its_name(columns):
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a 印发 notice names
    the one text it issues and prints it right under its own 成文日期, a bare
    title with no 发文字号 or 主送 of its own. Printed as '…工作计划' where the
    notice named a '…行动计划' (one word that qualifies the 文种 varied, the
    place, year and 文种 the same), it is still that notice's part
    (parts._kind_word_varied), no document of its own with no issuer."""
    docs = _documents(ISSUING + ["南山市2021年大气污染防治工作计划"] + BODY, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [p.title for p in docs[0].parts][1:] == ["南山市2021年大气污染防治工作计划"]
    assert (docs[0].issuers, docs[0].date) == (["南山市人民政府办公室"], "2021-03-08")


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title", ["北岭市2021年大气污染防治行动计划"])   # another place's (a level word closes the run)
def test_a_title_of_another_place_under_the_date_is_no_varied_name(columns, title):
    """Control: the place a title names is the text's identity; a title under
    the notice's date that varies it ('北岭市' for '南山市', the run closing on
    the level word 市) is another text's and opens a document as before."""
    docs = _documents(ISSUING + [title] + BODY, columns)
    assert [d.title for d in docs] == [ISSUING[0], title]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_name_as_given_stays_the_part(columns):
    """Control: the text printed under the very name the notice gave it is its part, as ever."""
    docs = _documents(ISSUING + ["南山市2021年大气污染防治行动计划"] + BODY, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [p.title for p in docs[0].parts][1:] == ["南山市2021年大气污染防治行动计划"]
