"""The document grammar on layouts of the hundred-and-thirty-third held-out
set's kind (issue #11): plans (规划, 纲要) of city, county and district
governments and departments, printed whole or as a page's excerpt: the
plan's title with its compiler and month under it (a plan book's cover),
its own 目录 of 章, 节 and outline entries, tables and boxes, a 前言, then
一、（一）1. headings; or the 通知 or 通告 that issues it or puts it up for
comment. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _labels(doc) -> list[str]:
    return [p.label for p in doc.provisions]


# ---------------------------------------------------------------- a 目录 that lists tables and boxes

PLAN = ["某某县“十四五”交通运输发展规划", "某某县交通运输局", "2021年6月"]
BODY = ["第一章 发展基础", "一、发展成就", "“十三五”期间，全县交通运输投资累计完成20亿元，农村公路通达率达到100%。",
        "二、面临形势", "全县交通运输发展仍面临资金不足、项目储备不够等困难。",
        "第二章 主要任务", "一、完善路网", "加快推进国省干线提档升级，实施农村公路提质改造工程。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("caption", ["表：“十四五”时期全县交通运输主要指标", "表1：主要指标", "专栏2：重点工程",
                                     "图1：规划布局示意"])
def test_a_contents_entry_for_a_table_or_box_is_an_entry(caption, columns):
    """A long text's own 目录 lists its tables, figures and boxes (专栏)
    beside its headings, each by its caption's label and a colon, as the
    caption is printed over the table ('表：“十四五”时期全县民政事业发展主要
    指标'). The colon parts the label from the name; it ends no clause of a
    sentence, so the entry is the 目录's, and so are the entries under it:
    none of them is a provision."""
    contents = ["目录", "第一章 发展基础", "一、发展成就", "二、面临形势", caption, "第二章 主要任务", "一、完善路网"]
    docs = _documents(PLAN + contents + BODY, columns)
    assert len(docs) == 1
    assert _labels(docs[0]) == ["第一章", "一、", "二、", "第二章", "一、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_contents_of_headings_only_stays_as_it_was(columns):
    """Control: a 目录 that lists headings only was read as one before."""
    contents = ["目录", "第一章 发展基础", "一、发展成就", "二、面临形势", "第二章 主要任务", "一、完善路网"]
    docs = _documents(PLAN + contents + BODY, columns)
    assert len(docs) == 1
    assert _labels(docs[0]) == ["第一章", "一、", "二、", "第二章", "一、"]
