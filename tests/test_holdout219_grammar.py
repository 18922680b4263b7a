"""The document grammar on layouts of the two-hundred-and-nineteenth held-out
set's kind (issue #11): texts of county, district and city people's congress
standing committees and their offices (公告 convening the congress or on its
deputies, a 会议通知, a 公告 on a 专项工作评议) as their sites and mirrors store
them, one of them under a news site's headline that names its 文种 first, as
the column the site files it under, and its matter after a bar. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

# A notice signed and dated: the document the headline's text follows.
NOTICE = ["关于召开某某区第十八届人大常委会第二次会议的通知", "区人大常委会组成人员:",
          "经区人大常委会主任会议决定,会议于2月7日下午举行。会议议程拟为:",
          "一、听取和审议区人大常委会工作要点;", "二、审议决定人事任免事项。",
          "某某区人大常委会办公室", "2018年2月2日"]
# A 公告 under its site's headline: the 文种 first, a bar, the matter; no 文种 ends the line.
HEADLINED = ["公告 | 某某县人大常委会将对这些部门开展专项工作评议",
             "为加强对政府组成部门工作的监督,经县人大常委会会议票决推荐,决定开展专项工作评议。现公告如下:",
             "一、专项工作评议对象", "县教育局", "县民政局", "二、专项工作评议内容",
             "1.贯彻落实县委决策部署情况;", "2.干部作风建设情况。",
             "县人大常委会专项工作评议领导小组办公室", "2023年8月2日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_naming_its_kind_before_a_bar_is_a_title(columns):
    """党政机关公文处理工作条例 第八条 names the 文种; a news site files a
    公告 under its column and prints the headline so: the 文种 first, a bar,
    the matter ('公告 | 某某县人大常委会将对这些部门开展专项工作评议'). The
    line is the text's title, of the kind it names first, though no 文种 ends
    it: the 公告 is a document of its own, not the tail of the notice above,
    signed and dated by the office under it."""
    docs = _documents(NOTICE + HEADLINED, columns)
    assert [d.title.replace(" ", "") for d in docs] == [NOTICE[0], HEADLINED[0].replace(" ", "")]
    labels = [[b.label for part in d.parts for b in part.blocks if isinstance(b, Provision)] for d in docs]
    assert labels[1][:2] == ["一、", "二、"]
    assert docs[1].issuers == ["县人大常委会专项工作评议领导小组办公室"] and docs[1].date == "2023-08-02"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_naming_its_kind_first_alone_in_its_file(columns):
    """The same headline alone at the head of its file: its title, not a page
    with no document found."""
    docs = _documents(HEADLINED, columns)
    assert [d.title.replace(" ", "") for d in docs] == [HEADLINED[0].replace(" ", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_word_before_a_bar_that_is_no_kind_opens_no_document(columns):
    """Control: a table's rows that open on a 文种 and hold more cells ('公告 |
    关于…的公告 | 2023-01-05 |') are no title by this form, the notice above
    keeps them; and a headline whose word before the bar is no 文种 (a news
    site's tag, '重磅 | …') names no kind: alone in its file it is still no
    document's title."""
    table = ["附件:文件清单", "类别 | 标题 | 日期 |", "公告 | 关于某某事项的公告 | 2023-01-05 |",
             "通知 | 关于某某工作的通知 | 2023-02-01 |"]
    docs = _documents(NOTICE[:-2] + table + NOTICE[-2:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    tagged = ["重磅 | 某某县人大常委会开展专项工作评议", "县人大常委会近日对县政府部分工作部门开展专项工作评议。",
              "一、评议对象", "县教育局"]
    assert "no-document" in [d.code for d in _convert(tagged, columns).diagnostics]
