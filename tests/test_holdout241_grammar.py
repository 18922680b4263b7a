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
# the reply's own head is read apart by the rule on a reply's title under a sentence cut short, titles.letters.reply_head)
def test_a_title_and_number_without_a_class_mark_under_a_cut_sentence_stays_in_it(columns):
    """Control: under a line that stops mid-sentence, a title with its number
    in brackets and no 分类标记 may be the sentence's citation running on: it
    opens no document of its own, as before."""
    cited = ["对某某市政协九届一次会议第60号提案的答复(某财字〔2022〕47号)"] + CLASSED_REPLY[1:]
    docs = _documents(CUT_IN_QUOTE + cited, columns)
    assert [d.title for d in docs] == [CUT_IN_QUOTE[0]]



# A 公示 whose page lost the 年/月/日 of its date, its annex's title centred over two lines under the bare mark, over
# its table one cell a line.
NOTICE_WITH_TABLE = ["某某区中医药发展促进中心关于某某区2021年春道地药材种植奖补项目验收情况的公示",
                     "现将验收情况面向社会予以公示,若有异议请在公示期内及时反馈。",
                     "附件:某某区2021年春道地药材种植奖补项目验收结果公示表",
                     "某某区中医药发展促进中心", "2021129", "附件:",
                     "某某区2021年春道地药材种植奖补项目", "验收结果公示表",
                     "序号", "乡镇", "补助面积(亩)", "1", "甲镇", "834", "2", "乙镇", "361"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_title_broken_over_two_lines_reads_on_to_the_name_its_list_gives(columns):
    """GB/T 9704 7.3.4 and 8: the 附件说明 names each annex by its title, and
    the annex is printed under its mark with that title, centred and broken
    over lines where it is long: under a bare '附件:' the lines that read
    together as the name the 附件说明 gives are the annex's title, though the
    first ends on no kind word and stops short of the measure."""
    docs = _documents(NOTICE_WITH_TABLE, columns)
    assert [d.title for d in docs] == [NOTICE_WITH_TABLE[0]]
    assert [p.title for p in docs[0].parts[1:]] == ["某某区2021年春道地药材种植奖补项目验收结果公示表"]


@pytest.mark.parametrize("columns", [None, 26])  # (at 18 columns the first line fills the measure, and a title
# the wrap broke runs on by the measure, titles.untitled_end, as before)
def test_an_annex_title_the_list_does_not_name_keeps_its_own_end(columns):
    """Control: where the 附件说明 names another text, the annex's title under
    its bare mark ends where its own lines end it: the line under it is not
    read on to a name nobody gives."""
    other = NOTICE_WITH_TABLE[:2] + ["附件:某某区2021年种植补助发放名单"] + NOTICE_WITH_TABLE[3:]
    docs = _documents(other, columns)
    assert [p.title for p in docs[0].parts[1:]] == ["某某区2021年春道地药材种植奖补项目"]
