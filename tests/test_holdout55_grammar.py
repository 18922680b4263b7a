"""The document grammar on layouts of the fifty-fifth held-out set's kind
(issue #11): 政府信息公开工作年度报告 of district, county-level city and town
governments, their offices and bureaus, with the standard tables kept as web
pages give them (one cell a line, or one row a line with its cells parted by
' | '). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision, Table
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
OPENING = ["一、总体情况", "根据《中华人民共和国政府信息公开条例》要求，编制本报告。", "（一）主动公开情况", "全年主动公开政府信息20条。"]


# ---------------------------------------------------------------- the organ a disclosure report names is its author

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lines,organ", [
    (["某某区教育局政府信息公开工作年度报告"], "某某区教育局"),
    (["某某县人民政府办公室政府信息公开工作年度报告"], "某某县人民政府办公室"),
    (["某某区卫生健康委员会", "2021政府信息公开工作年度报告"], "某某区卫生健康委员会"),
    (["某某市司法局2022政府信息公开工作年度报告"], "某某市司法局"),
])
def test_the_organ_named_before_the_disclosure_reports_subject_is_its_author(lines, organ, columns):
    """政府信息公开条例 第五十条: every organ publishes its 政府信息公开工作年度报告,
    titled (GB/T 9704 7.3.1, 关于 left out) by the organ and that 事由, the
    year it covers before it or not, and a year in figures may drop its 年
    ('…委员会2021政府信息公开…'): the whole name before them is the author of
    the unsigned report, as before '2022年…'."""
    docs = _documents(NOTICE + lines + OPENING, columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(lines)]
    assert docs[1].issuers == [organ]


@pytest.mark.parametrize("title", ["某某县政府信息公开工作年度报告", "2022年某某市政府信息公开工作年度报告",
                                   "某某县2021国民经济和社会发展统计公报"])
def test_a_place_or_a_bare_year_names_no_author(title):
    """Only an organ's whole name before the 事由 names the author: a place
    (…县政府信息公开…: no organ's name is cut from its 事由 there), a year
    first, or a year without 年 before another 事由 names none."""
    docs = _documents(NOTICE + [title] + OPENING, None)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- a web table copied with its cells closed by bars

HEAD = ["某某县人民政府2020年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息20条。", "二、主动公开政府信息情况"]
PUBLISHED = ["第二十条第(一)项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
             "规章 | 0 | 0 | 0 |", "行政规范性文件 | 2 | 0 | 5 |"]
APPLIED = ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |||",
           "自然人 | 法人或其他组织 | 总计 | |", "一、本年新收政府信息公开申请数量 | 3 | 0 | 3 |",
           "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 |", "三、本年度办理结果 | (一)予以公开 | 2 | 0 | 2 |"]
TAIL = ["四、政府信息公开行政复议、行政诉讼情况", "本年度未发生政府信息公开行政复议、行政诉讼。"]


def _tables(doc) -> list:
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]


@pytest.mark.parametrize("columns", WIDTHS)
def test_rows_whose_cells_bars_close_are_a_table(columns):
    """A web page's table copied as text closes each cell with a bar, one row
    a line, an empty cell '||' (a row one spanning cell heads: '第二十条第(一)项
    | |||'): the bars part its cells as tabs do, and the rows are a table,
    whose row heads ('一、本年新收…', '(一)予以公开') are cells, not the
    report's sections."""
    docs = _documents(NOTICE + HEAD + PUBLISHED + ["三、收到和处理政府信息公开申请情况"] + APPLIED + TAIL, columns)
    assert [d.title for d in docs] == [NOTICE[0], HEAD[0]]
    published, applied = _tables(docs[1])
    assert [cell.text for cell in published.rows[1]] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert len(published.rows) == len(PUBLISHED) and len(applied.rows) == len(APPLIED)
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] \
        == ["一、", "二、", "三、", "四、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_row_opening_on_its_empty_corner_cell_heads_the_table(columns):
    """The header row of a table whose corner cell is empty opens with its bar
    ('| 绝对数(亿元) | 比上年增长(%) |'): an empty first cell, then the columns'
    heads, over the rows they head."""
    rows = ["| 绝对数(亿元) | 比上年增长(%) |", "地区生产总值 | 617.50 | 5.2 |", "第一产业 | 37.11 | 2.6 |"]
    docs = _documents(NOTICE + ["某某县2019年国民经济和社会发展统计公报", "一、综合", "经济运行总体平稳。"] + rows
                      + ["二、农业", "农业生产稳定。"], columns)
    [table] = _tables(docs[1])
    assert [[cell.text for cell in row] for row in table.rows] == [["", "绝对数(亿元)", "比上年增长(%)"],
                                                                     ["地区生产总值", "617.50", "5.2"],
                                                                     ["第一产业", "37.11", "2.6"]]
