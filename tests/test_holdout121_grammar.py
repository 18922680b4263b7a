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
