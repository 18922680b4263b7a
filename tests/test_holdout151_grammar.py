"""The document grammar on layouts of the hundred-and-fifty-first held-out
set's kind (issue #11): autonomy and single-subject regulations (自治条例,
单行条例) of autonomous prefectures and counties as law sites and libraries
store them: a title with its edition in brackets, a 题注 of several events
run onto the title's line with the text. Each case is invented text laid out
as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 发文字号 between an issued text's title and the next head

ISSUING = ["某某街道办事处文件", "某街办〔2022〕10号", "关于印发《某某街道防汛应急预案》(2022年版)的通知", "各社区:",
           "现将《某某街道防汛应急预案》(2022年版)印发给你们,请认真执行。", "某某街道办事处", "2022年5月29日"]
NEXT = ["关于印发某某街道突发事件总体应急预案的通知", "各社区,各相关单位:", "现将预案印发给你们,请认真贯彻执行。",
        "某某街道办事处", "2023年12月7日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("issued", ["某某街道防汛应急预案 (2022年版)", "某某街道防汛应急预案"])
def test_a_number_under_an_issued_texts_title_opens_the_next_head(issued, columns):
    """A notice that issues a text prints the text after its 成文日期, its
    title with no 发文字号 of its own: the number carries the notice's
    head (GB/T 9704). A number line under such a title, where the excerpt
    of the issued text ends, is the next document's, over its title."""
    docs = _documents(ISSUING + [issued, "某街办〔2023〕24号"] + NEXT, columns)
    assert len(docs) == 2
    assert docs[1].doc_number == "某街办〔2023〕24号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_under_a_title_alone_is_its_own(columns):
    """Control: a page that prints a notice's title and its 发文字号 under it
    (no date above the title) keeps the number the title's."""
    docs = _documents(["关于做好某某街道防汛工作的通知", "某街办〔2023〕24号"] + NEXT[1:], columns)
    assert len(docs) == 1
    assert docs[0].doc_number == "某街办〔2023〕24号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_under_the_next_documents_title_is_its_own(columns):
    """Control: a title printed under another document's date that no
    notice above names in 《》 is a document of its own, and a 发文字号
    printed under it (a page's order: title, then number) stays its."""
    docs = _documents(ISSUING + ["关于做好某某街道防汛工作的通知", "某街办〔2023〕24号"] + NEXT[1:], columns)
    assert len(docs) == 2
    assert docs[1].title == "关于做好某某街道防汛工作的通知"
    assert docs[1].doc_number == "某街办〔2023〕24号"
