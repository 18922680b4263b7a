"""The document grammar on layouts of the forty-ninth held-out set's kind
(issue #11): chronicles (政务大事记) as gazettes, 通志 and 镇志 print them,
and as the text layers of their pages give them. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

CHRONICLE = ["某某市政务大事记（2019年7月）",
             "1日 市长张某主持召开市政府常务会议，研究部署防汛工作。",
             "2日 副市长李某调研全市重点项目建设。"]
PAGE = ["1 月 15~17 日, 全省小城镇建设工作会议在本镇召开。",
        "1 月 16 日,镇人民政府召开新闻发布会,介绍本镇建设的简要历程。"]


# ---------------------------------------------------------------- a running head with its page number

@pytest.mark.parametrize("head", ["大事记                                 -  31 -",
                                  "大事记　　　　　　— 31 —",
                                  "- 30 -                                 大事记"])
def test_a_running_head_with_its_page_number_set_apart_is_the_page_s_title(head):
    """GB/T 9704 7.5 prints the 页码 as a figure between two 一字线; a book's
    page prints it at the outer edge of its running head (书眉), and a text
    layer that keeps the print's columns gives both on one line, a wide gap
    between them. The page number is page furniture; the head stays a line:
    here the title of the chronicle the page holds, which no longer runs into
    the document above."""
    gazette = _convert(CHRONICLE + [head] + PAGE, None)
    docs = gazette.documents
    assert [d.title for d in docs] == [CHRONICLE[0], "大事记"]
    assert [p.date for p in docs[1].provisions] == ["--01-15", "--01-16"]
    alone = _documents([head] + PAGE, None)
    assert [d.title for d in alone] == ["大事记"]


@pytest.mark.parametrize("line, kept", [("3日 市人大常委会表决议案，结果为 - 3 -", "结果为 - 3 -"),
                                        ("3日 全市春运客流    同比    —  12  —", "同比 — 12 —")])
def test_a_figure_between_dashes_in_a_sentence_or_a_row_of_cells_stays_theirs(line, kept):
    """Only a wide gap sets the page number apart from a head of one run: a
    figure between dashes inside a sentence's words, one space either side,
    is the sentence's, and one in a row of cells set apart by spaces (a
    table's '—' for none) is the row's."""
    docs = _documents(CHRONICLE + [line], None)
    assert docs[0].provisions[-1].text.replace(" ", "").endswith(kept.replace(" ", ""))
