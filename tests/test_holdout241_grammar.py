"""The document grammar on layouts of the two-hundred-and-forty-first held-out
set's kind (issue #11): texts on specialty crops and their industries (tea,
medicinal herbs, edible fungi, fruit) of counties, districts and cities as
their portals, law sites and document-sharing sites store them: a 印发 通知
over its 方案 or 办法, a district's 政策意见, a centre's 公示 over its table,
and a city 财政局's 答复 to a 政协 proposal headed by its number and 分类标记.
Each case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import paren_frame
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A text whose excerpt the store cut inside a quotation: its last line leaves a “ open and stops mid-sentence.
CUT_IN_QUOTE = ["某某县人民政府办公室关于印发某某县加快茶产业发展试行办法的通知", "各乡镇人民政府,县政府直属各单位:",
                "《某某县加快茶产业发展试行办法》已经县政府常务会议通过,现印发给你们,请认真贯彻执行。",
                "2008年6月17日", "某某县加快茶产业发展试行办法", "一、加强品牌统一",
                "进一步加大公共品牌的统一和宣传力度,实现“一县"]
# A reply to a 政协 proposal as an office posts it: its number and 分类标记 in brackets after the title, no 主送 name.
CLASSED_REPLY = ["对某某市政协九届一次会议第60号提案的答复(某财字〔2022〕47号A类)",
                 "您提出的《关于发展食用菌产业的建议》收悉。现就有关财政方面问题答复如下:",
                 "市财政将统筹涉农资金,支持食用菌产业发展。"]


def test_a_replys_class_mark_after_its_number_in_brackets_is_no_other_matter():
    """党政机关公文处理工作条例 and the 提案/建议 办理 rules: an office marks its
    答复 with the 类别 its 办理 came to (A类 solved or adopted, B类 to be
    solved, C类 explained), printed by the 发文字号; in the brackets after the
    title ('(某财字〔2022〕47号A类)') it is a mark of the 版头, so the frame is
    read as the number alone."""
    assert paren_frame("(某财字〔2022〕47号A类)") == (None, "某财字〔2022〕47号")
    assert paren_frame("（某提复〔2023〕5号 B类）") == (None, "某提复〔2023〕5号")
    # control: other matter after the number, or a letter before it, is no frame
    assert paren_frame("(某财字〔2022〕47号A类等)") is None
    assert paren_frame("(A类某财字〔2022〕47号)") is None
    assert paren_frame("(某财字〔2022〕47号)") == (None, "某财字〔2022〕47号")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_headed_by_its_classed_number_opens_a_document_under_a_cut_excerpt(columns):
    """A sentence cites a text by its title and 发文字号, never by the reply's
    分类标记: a title with its number and that mark in brackets after it (or
    set on the line under it) is the reply's own 版头, so it opens a document
    even under an excerpt the store cut mid-sentence inside a quotation, and
    the reply keeps its number."""
    docs = _documents(CUT_IN_QUOTE + CLASSED_REPLY, columns)
    assert [d.title for d in docs] == [CUT_IN_QUOTE[0], "对某某市政协九届一次会议第60号提案的答复"]
    assert docs[1].doc_number == "某财字〔2022〕47号"
    assert docs[0].date == "2008-06-17"


@pytest.mark.parametrize("columns", [None, 26])  # (at 18 columns the cut line above fills the measure and
# the reply's own head is read apart by the rule on a reply's title under a sentence cut short, titles._reply_head)
def test_a_title_and_number_without_a_class_mark_under_a_cut_sentence_stays_in_it(columns):
    """Control: under a line that stops mid-sentence, a title with its number
    in brackets and no 分类标记 may be the sentence's citation running on: it
    opens no document of its own, as before."""
    cited = ["对某某市政协九届一次会议第60号提案的答复(某财字〔2022〕47号)"] + CLASSED_REPLY[1:]
    docs = _documents(CUT_IN_QUOTE + cited, columns)
    assert [d.title for d in docs] == [CUT_IN_QUOTE[0]]


