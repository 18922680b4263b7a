"""The document grammar on layouts of the hundred-and-sixteenth held-out set's
kind (issue #11): public notices with lists (公示) of city and county bodies:
项目/资金分配 公示 with their sources numbered under 一、, 拟命名/拟入选 名单 公示
with their names inline or one a line. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow measure)
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- an item that opens on a year

FUNDS = ["某某县2018年扶贫资金分配情况公示", "现将资金分配情况公示如下:", "一、资金来源"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", [".", "．", "、"])
def test_an_item_that_opens_on_a_year_is_an_item(mark, columns):
    """A 公示 lists its sources of funds as items, each opening on the year
    the money is for ('1.2018年新增地方政府专项债券资金2069万元。'): the label
    1. runs straight into the year's figures. No decimal or figure is read
    '1.2018年' (a year has no fraction before it): the label, then a
    year, as 1、 before a year is."""
    items = [f"{n}{mark}{y}年{t}" for n, y, t in [(1, 2018, "新增地方政府专项债券项目资金2069.98万元。"),
                                                   (2, 2018, "农村公路建设项目省补助切块资金24.44万元。"),
                                                   (3, 2017, "农村危房改造中央和省级补助资金1.8万元。"),
                                                   (4, 2018, "县级盘活资金5.67万元。")]]
    docs = _documents(FUNDS + items + ["二、分配原则", "按照实施方案分配资金。", "某某县财政局", "2018年11月1日"], columns)
    assert len(docs) == 1
    assert [p.label for p in docs[0].provisions] == ["一、", "1" + mark, "2" + mark, "3" + mark, "4" + mark, "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_decimal_before_a_unit_is_no_label(columns):
    """Control: a figure with a fraction that opens a line ('1.5万元用于…',
    '2.2018亿元') is a quantity a sentence goes on with, not an item: only
    a year of four figures and 年 after the label makes it one."""
    docs = _documents(FUNDS + ["1.5万元用于村内道路建设,2.2018亿元为上级补助。", "某某县财政局", "2018年11月1日"], columns)
    assert len(docs) == 1
    assert [p.label for p in docs[0].provisions] == ["一、"]
