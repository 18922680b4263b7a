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


# A county's 公告 closing on its signature and date, its table attached after them.
ANNOUNCEMENT = ["东岭县人民政府关于划定县级水土流失重点预防区和重点治理区的公告", "各乡（镇）人民政府，县政府有关部门：",
                "根据《中华人民共和国水土保持法》的有关规定，现公告如下：", "一、县级水土流失重点预防区",
                "重点预防区涉及河阴镇等7个乡镇，以保护和预防为主（见附表1）。", "本公告自印发之日起执行。",
                "东岭县人民政府", "2023年11月23日"]
TABLE = ["序号 | 分区名称 | 空间面积 | 涉及范围", "1 | 重点预防区 | 1920.65 | 河阴镇、河西镇"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_attached_table_marked_on_its_titles_line_is_a_part(columns):
    """GB/T 9704 8: what a document attaches follows its 成文日期, its mark
    ('附件', for a table '附表') at the top left over its title. A page that
    ran the mark and the title onto one line, a space between them ('附表
    东岭县…划分成果表'), prints the same part (grammar.ANNEX_RUN_IN_RE): the
    公告's annex, titled by the name after the mark."""
    docs = _documents(ANNOUNCEMENT + ["附表 东岭县县级水土流失重点防治区划分成果表"] + TABLE, columns)
    assert [d.title for d in docs] == [ANNOUNCEMENT[0]]
    assert "东岭县县级水土流失重点防治区划分成果表" in [p.title for p in docs[0].parts]
    assert (docs[0].issuers, docs[0].date) == (["东岭县人民政府"], "2023-11-23")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_opens_on_the_tables_name_is_no_mark(columns):
    """Control: a body sentence that opens on '附表' with no space after it
    ('附表所列乡镇…。') marks no part: the body goes on, one document, no annex."""
    body = ANNOUNCEMENT[:5] + ["附表所列乡镇要按照有关法律法规规定，认真做好水土流失的预防和治理工作。"] + ANNOUNCEMENT[5:]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [ANNOUNCEMENT[0]]
    assert [p.title for p in docs[0].parts][1:] == []
