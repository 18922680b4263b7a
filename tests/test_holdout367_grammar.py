"""The document grammar on layouts of the three-hundred-and-sixty-seventh held-out
set's kind (issue #11): enterprise listing and capital-market promotion texts
of cities, counties and districts (a county's 实施意见 on listing its
enterprises, a county office's 通知 issuing a 实施方案 on listing and 挂牌, a
city's 实施意见 on a multi-level capital market, a district office's 通知
issuing 实施细则 on rewards for 直接融资 in traditional characters, a city
office's 通知 issuing 政策规定, a city listing office's 通知 on its 上市后备企业)
as their sites, mirrors and law libraries store them, one page's 版头 line
opening on its 发文字号 and parting the organ from its 关于 by a space, under
a text the store cut mid-sentence, in a printed issue over its own bracketed
frame (成文日期 and the same 发文字号). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county's 实施意见 stored as ONE line, the store cutting it inside a sentence: nothing closes it.
RUN_TOGETHER_CUT = Document(
    "cut", ("南岭县人民政府 关于加快推进企业上市工作的实施意见 南政字〔2022〕2号 各乡镇人民政府,县政府各部门: "
            "为加快我县企业上市步伐,结合我县实际,提出如下意见: 一、指导思想 围绕调整产业结构,按照“培育一批、"
            "辅导一批、上市一批”的思路,加快推进企业上市工作。 二、主要措施 (一)强化后备资源培育。建立上市后备"
            "资源动态资源库,从财务指标、股权架构、管理规范度、行业前景和上市进展5个维度,对上市后备资源进行分梯队",),
    "南岭县人民政府关于加快推进企业上市工作的实施意见", "南政字〔2022〕2号", None, "")
# A county office's notice as a web page heads it: its 发文字号, a space, the organ, a space, then its 关于; its
# 主送 too long for one line.
TITLE = "北山县人民政府办公室关于印发《北山县推进企业上市(挂牌)行动方案》的通知"
SPACED_HEAD = Document(
    "head", ("北山政办〔2022〕12号 北山县人民政府办公室 关于印发《北山县推进企业上市 (挂牌)行动方案》的通知",
             "北山政办〔2022〕12号", "各乡镇人民政府,县先进制造业开发区管委会,县政府各部门:",
             "《北山县推进企业上市(挂牌)行动方案》已经县政府同意,现印发给你们,请认真贯彻执行。", "2022年9月30日"),
    TITLE, "北山政办〔2022〕12号", "2022-09-30", "")


def _indented(docs: list[Document], columns: int):
    return convert(indented(docs, columns).text.encode("utf-8"), "x/x.txt", "x").documents


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_spaced_head_under_a_cut_text_keeps_its_organ_in_its_title(columns):
    """GB/T 9704 7.3.1: the 标题 is 发文机关 + 事由 + 文种, one title with no
    space inside; a web page's 版头 line may print the 发文字号 first and part
    the organ from its 关于 (and words of its 事由) by spaces. Under a text the
    store cut mid-sentence (a line near the measure that ends no sentence),
    the number at a line's head is read as a 版头's only where the words after
    it, on that line and the lines the wrap filled under it, are a title whole
    by its grammar: read without the page's gaps (unfold/frames _unspaced),
    as the joined title is read. The wrap breaking the line right after the
    organ's 人民政府, the organ stays whole in the title (not '办公室关于…') and
    the notice keeps it as its issuer, its 主送 wrapped over two lines."""
    docs = _indented([RUN_TOGETHER_CUT, SPACED_HEAD], columns)
    assert [d.title for d in docs] == [RUN_TOGETHER_CUT.title, TITLE]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == (
        "北山政办〔2022〕12号", ["北山县人民政府办公室"], "2022-09-30")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_number_and_a_spaced_name_stays_a_sentence(columns):
    """The control: a sentence the wrap carries on with a number, a space and
    a document's name and words after it ('…12号 关于…的通知精神，…') is no
    版头; read without its gaps it is still no title whole by its grammar
    (words run on after the kind word), and no document opens in it."""
    text = ["南岭县人民政府关于加快推进企业上市工作的实施意见", "各乡镇人民政府，县政府各部门：",
            "各乡镇要按照县政府办公室印发的北山政办〔2022〕12号 关于印发《北山县推进企业上市行动方案》的通知"
            "精神，建立上市后备企业库，按季度报送后备企业名单和上市进展情况。", "南岭县人民政府", "2022年10月8日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县人民政府"], "2022-10-08")


# The same notice as a printed issue reprints it: its 成文日期 and 发文字号 in brackets under the title (the 题注).
FRAMED_HEAD = ["北山政办〔2022〕12号 北山县人民政府办公室 关于印发《北山县推进企业上市 (挂牌)行动方案》的通知",
               "（2022年9月30日　北山政办〔2022〕12号）", "各乡镇人民政府,县先进制造业开发区管委会,县政府各部门:",
               "《北山县推进企业上市(挂牌)行动方案》已经县政府同意,现印发给你们,请认真贯彻执行。", "2022年9月30日"]
LONGER = RUN_TOGETHER_CUT.paragraphs[0] + "管理和重点培育,逐步形成工作格局"
# Where each measure's wrap leaves the cut text's last line near the measure and ending no sentence.
CUT_AT = {None: "行业前景和", 18: "进行分梯队", 26: "逐步形"}


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_spaced_head_over_its_own_bracketed_frame_under_a_cut_text_is_a_head(columns):
    """GB/T 9704 7.2.4: a document has one 发文字号; a reprint sets it again
    with the 成文日期 in brackets under the title. Under a text the store cut
    mid-sentence, a line that opens on a number, then a title whole by its
    grammar, with a bracket under it that holds that same number (the
    document's own frame, unfold/frames _own_number_again), is a 版头: the
    number goes on its own line and the title keeps no number and loses no
    organ. A sentence citing a title goes on after its kind word, and the
    bracket it may open names another number or runs on into words."""
    cut = LONGER[:LONGER.index(CUT_AT[columns]) + len(CUT_AT[columns])]
    docs = _documents([cut] + FRAMED_HEAD, columns)
    assert [d.title for d in docs] == [RUN_TOGETHER_CUT.title, TITLE]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == (
        "北山政办〔2022〕12号", ["北山县人民政府办公室"], "2022-09-30")


def test_a_bracket_of_another_number_or_a_citation_going_on_is_no_own_frame():
    """The control: only a bracketed frame holding the head's own number is
    its frame again; another document's number, or a citation that runs on
    after its bracket into words, is not."""
    from builder.stages.split.unfold.frames import _own_number_again
    assert _own_number_again("（2022年9月30日　北山政办〔2022〕12号）", "北山政办〔2022〕12号")
    assert _own_number_again("(北山政办〔2022〕12号)", "北山政办〔2022〕12号")
    assert not _own_number_again("（2022年9月30日　北山政办〔2022〕13号）", "北山政办〔2022〕12号")
    assert not _own_number_again("(北山政办〔2022〕12号)精神,各乡镇要", "北山政办〔2022〕12号")
