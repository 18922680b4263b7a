"""The document grammar on layouts of the hundred-and-ninth held-out set's
kind (issue #11): the transfer and tender announcements of county and city
land and resources bodies (国有建设用地使用权出让公告, 采矿权 and 探矿权 挂牌出让公告)
with their 公告号 under the title, numbered 一、 conditions and parcel and
coordinate tables as their sites store them. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

TRANSFER = "某某县某某村建筑石料用灰岩矿采矿权挂牌出让公告"
TRANSFER_BODY = ["一、出让人", "名称:某某县自然资源局", "二、出让采矿权基本情况", "开采矿种:建筑石料用灰岩,面积0.085平方千米。",
                 "特此公告。", "某某县自然资源局", "2026年2月11日"]


# ---------------------------------------------------------------- the 公告号 under its field's label, in brackets

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("line", ["(公告文号:某南公易矿〔2026〕4号)", "（公告文号：某南公易矿〔2026〕4号）",
                                  "(文号:某南公易矿〔2026〕4号)", "（出让公告编号：某南公易矿〔2026〕4号）"])
def test_a_number_under_its_label_in_brackets_is_the_documents(line, columns):
    """A 公告 may print its 发文字号 under the title in brackets with the
    field's label before it ('(公告文号:…〔2026〕4号)'), as a page prints a
    number under its label ('文号:…') or a gazette a number in brackets: the
    label names the field, the number after its colon is the document's."""
    docs = _documents(NOTICE + [TRANSFER, line] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某南公易矿〔2026〕4号", ["某某县自然资源局"],
                                                                   "2026-02-11")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracketed_line_citing_a_document_under_another_label_is_no_number(columns):
    """Control: a bracketed line under the title whose label names no number
    field ('(依据文件:…)'), the document it rests on, holds no 发文字号 of the
    text's own."""
    docs = _documents(NOTICE + [TRANSFER, "(依据文件:某政发〔2025〕12号)"] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert docs[1].doc_number is None
