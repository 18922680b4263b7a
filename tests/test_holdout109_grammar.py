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


# ---------------------------------------------------------------- a padded serial kept as printed

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("printed, kept", [("某自然资矿告〔2025〕0001号", "某自然资矿告〔2025〕0001号"),
                                           ("某国土告字[2015]038号", "某国土告字〔2015〕038号"),
                                           ("(某自然资告〔2024〕05号)", "某自然资告〔2024〕05号")])
def test_a_padded_serial_under_the_title_is_kept_as_printed(printed, kept, columns):
    """GB/T 9704 (7.2.4) numbers a 发文字号's serial with no 虚位 (1, never
    01), but an issuer that pads its serials prints its own number so
    ('…〔2025〕0001号') and is cited so: the number under the title keeps its
    figures, its brackets made 〔〕 as any number's are."""
    docs = _documents(NOTICE + [TRANSFER, printed] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert docs[1].doc_number == kept


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unpadded_serial_stays_unpadded(columns):
    """Control: a serial printed without 虚位 is read as printed, its spaces
    dropped ('某国土告字[2015] 38号')."""
    docs = _documents(NOTICE + [TRANSFER, "某国土告字[2015] 38号"] + TRANSFER_BODY, columns)
    assert docs[1].doc_number == "某国土告字〔2015〕38号"
