"""The document grammar on layouts of the hundred-and-ninety-third held-out
set's kind (issue #11): price and fee notices (价格/收费标准 通知, 价格听证
公告) of county and district price organs as their portals store them: a
printed file whose price table comes after the signature under '附表'. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

PRICE_NOTICE = ["某某县发展和改革局关于核定某某公墓价格的通知", "某某县殡仪馆：",
                "根据有关规定，经研究，现将有关事项通知如下：", "一、公墓销售价格见附表。", "二、上述价格为基准价，可以上下浮动10%。",
                "某某县发展和改革局", "2019年4月28日"]
PRICE_TABLE = ["某某公墓价格表", "位置 墓型 规格 价格", "A1区-A4区 1号墓 单穴 1250", "B1区-B6区 2号墓 双穴 8800"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("mark", ["附表", "附表1", "附表：", "附表一"])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_table_printed_under_its_attached_table_mark_is_an_annex(mark, columns):
    """GB/T 9704 8: an 附件 follows the 成文日期 under its mark, alone on its
    line; a price organ attaches its price table the same way under '附表'
    (an attached table, '附表1' when it numbers them), so the table's title
    under the mark is a part of the notice, not a line of the signature."""
    doc, = _documents(PRICE_NOTICE + [mark] + PRICE_TABLE, columns)
    assert [part.title for part in doc.parts][1:] == ["某某公墓价格表"]
    assert doc.date == "2019-04-28"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_table_named_in_a_sentence_is_no_annex(columns):
    """Control: '附表' inside a sentence ('见附表。') or a title ending in 表
    printed with no mark over it changes nothing: the notice has no annex
    part for it."""
    doc, = _documents(PRICE_NOTICE, columns)
    assert [part.title for part in doc.parts][1:] == []
