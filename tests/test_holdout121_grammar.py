"""The document grammar on layouts of the hundred-and-twenty-first held-out
set's kind (issue #11): documents of provincial and city governments of
2004-2007 as law libraries store the gazettes' texts, whose pages print the
day they published a text in brackets after its title. Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped at
a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

NOTICE = ["某某市人民政府关于印发某某市城市管理暂行规定的通知{day}", "2004-6-23某政发〔2004〕89号",
          "各县(市、区)人民政府,市政府各部门:",
          "《某某市城市管理暂行规定》已经市政府讨论通过,现予以印发,请认真遵照执行。",
          "二oo四年五月十九日", "某某市城市管理暂行规定", "第一章 总 则",
          "第一条 为提升城市管理水平,结合本市实际,制定本规定。", "第二条 本规定适用于本市城市。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("day", ["(2004/06/23)", "（2004-6-23）", "(2004.06.23)", "(2004年6月23日)"])
def test_a_day_in_brackets_after_a_bare_title_is_the_pages(day, columns):
    """A title ends on its 文种 (GB/T 9704 7.3.1) and names no day after it:
    a 题注's date stands on a line of its own under the title. A law
    library's page that prints the day it published the text in brackets
    after the title ('…的通知(2004/06/23)', the day in figures with / - or .,
    or in 年月日) adds its own furniture: the title is the words before it."""
    docs = _documents([NOTICE[0].format(day=day)] + NOTICE[1:], columns)
    assert [d.title for d in docs] == ["某某市人民政府关于印发某某市城市管理暂行规定的通知"]
    assert docs[0].doc_number == "某政发〔2004〕89号"


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("tail", ["(2004年修订)", "(2004年6月23日起施行)", "(试行)"])
def test_a_bracket_that_is_the_titles_own_stays(tail, columns):
    """Control: a bracket that is part of a title (the year a text was
    revised, the day it takes effect, 试行) is no page's day and stays."""
    title = "某某市城市管理暂行规定" + tail
    docs = _documents(["某某市人民政府关于印发某某市城市管理暂行规定的通知", "某政发〔2004〕89号",
                       "各县(市、区)人民政府:", "《某某市城市管理暂行规定》已经市政府讨论通过,现予以印发。",
                       "二oo四年五月十九日", title, "第一条 为提升城市管理水平,制定本规定。"], columns)
    assert docs[0].title == "某某市人民政府关于印发某某市城市管理暂行规定的通知"
    assert [p.title for p in docs[0].parts if getattr(p, "title", None)][-1:] in ([title], [title.replace("(", "（").replace(")", "）")])


# ---------------------------------------------------------------- a 令 kept without its promulgating sentence

ORDER_KEPT = ["某某市行政服务监督管理办法", "某某市人民政府令第121号", "[2007.12.18]", "第一章 总 则",
              "第一条 为推行政务公开，规范行政服务活动，制定本办法。", "第二条 本办法自发布之日起施行。"]
TEXT_ABOVE = ["某某省人民政府关于加强安全生产工作的通知", "各市人民政府：", "现就加强安全生产工作通知如下：请认真贯彻执行。",
              "某某省人民政府", "2005年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_over_its_order_without_the_sentence_titles_the_document(columns):
    """A law library may keep a 令 without its promulgating sentence: the
    rule's title, the 令's 标志 and number, the day in brackets, then the
    rule's 第一章 and 第一条 (立法技术规范). The title over the 令 is the rule
    it promulgates: it opens the document, not ends the one above, titles
    it, and the day under the number is its 成文日期."""
    docs = _documents(TEXT_ABOVE + ORDER_KEPT, columns)
    assert [d.title for d in docs] == [TEXT_ABOVE[0], ORDER_KEPT[0]]
    assert (docs[1].doc_number, docs[1].date, docs[1].issuers) == ("某某市人民政府令第121号", "2007-12-18", ["某某市人民政府"])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_whose_order_and_day_are_noted_in_brackets_is_the_orders(columns):
    """The same rule as a gazette reprints it, the day and the 令's number in
    one bracket under the title ('（2007年12月18日 某某市人民政府令第121号）'):
    unsigned, it is issued by the organ whose 令 promulgates it (立法法
    第九十二条), as where the number stands alone."""
    noted = [ORDER_KEPT[0], "（2007年12月18日 某某市人民政府令第121号）"] + ORDER_KEPT[3:]
    docs = _documents(TEXT_ABOVE + noted, columns)
    assert [d.title for d in docs] == [TEXT_ABOVE[0], ORDER_KEPT[0]]
    assert (docs[1].doc_number, docs[1].date, docs[1].issuers) == ("某某市人民政府令第121号", "2007-12-18", ["某某市人民政府"])


def test_control_an_order_whose_text_is_no_rules_takes_no_title_from_above():
    """Control: over a 令 whose text opens on a sentence, no 第一章 or 第一条,
    the title printed above names no rule it promulgates: the 令 keeps its
    own title."""
    docs = _documents(["某某市养犬管理办法", "某某市人民政府令第121号", "[2007.12.18]", "现将有关事项公告如下：请遵照执行。"], None)
    assert docs[-1].title == "某某市人民政府令"
