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


# ---------------------------------------------------------------- a 公示 after a text with no signature

UNSIGNED = ["某某区创建办", "关于对某某区2023年度首批拟命名", "文明示范楼栋名单的公示",
            "根据有关文件规定,拟命名书香苑、临江苑等13个创建单元为文明示范楼栋。",
            "现将名单予以公示,接受社会各界监督。从公示之日起5日内,对拟命名名单存在异议的,以书面形式向区创建办反映。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某县扶贫资金分配情况公告公示", "某某县财政局2018年扶贫资金公示", "某某縣扶貧資金分配情況公示"])
def test_a_notice_for_comment_after_a_whole_sentence_opens_a_document(title, columns):
    """A 公示 puts names, projects or sums up for comment: an organ's notice
    to the public titled by its matter and the word 公示, often with no
    关于 ('某某县扶贫资金分配情况公示'), as a 公告 or 通报 is. After a line that
    ends a sentence (a text whose page stored no signature or date) such a
    title opens a document, as one ending in a 公文's kind does: a text
    never ends on its own kind word."""
    docs = _documents(UNSIGNED + [title, "2018年11月1日,现将资金分配使用情况公示如下:", "一、资金来源",
                                  "中央资金200万元。", "二、分配原则", "按照实施方案分配资金。"], columns)
    assert [d.title for d in docs] == ["某某区创建办关于对某某区2023年度首批拟命名文明示范楼栋名单的公示", title]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_puts_a_list_up_for_comment_opens_none(columns):
    """Control: a body's sentence wrapped so that a line ends on 公示 ('现将
    拟表彰名单予以公示' / ',接受社会监督。') is the body going on, and so is
    a line that names the 公示 in a sentence's lead ('公示期间如有异议…')."""
    docs = _documents(UNSIGNED[:4] + ["经研究,现将拟表彰名单予以公示", ",接受社会监督。公示期间如有异议,请向区创建办反映。",
                                      "某某区创建办", "2023年5月6日"], columns)
    assert [d.title for d in docs] == ["某某区创建办关于对某某区2023年度首批拟命名文明示范楼栋名单的公示"]
