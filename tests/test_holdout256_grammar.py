"""The document grammar on layouts of the two-hundred-and-fifty-sixth
held-out set's kind (issue #11): medical-insurance texts of cities, counties
and districts (a 新农合 筹资方案 and a 城乡居民医保 实施方案 a government
office issues, a 医疗保障局's 通知 on 门诊特殊病, its 公告 putting a draft
实施办法 out for comment with the draft annexed, a city's 待遇支付方案 a
county portal holds in a table's cell) as portals store them: excerpts cut
mid-sentence, one under another. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.stages.layout import normalise
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 方案 a county portal holds in a table of one column: its title the cell's text, closed by the cell's bar.
IN_A_CELL = ["某某市城乡居民医疗保险待遇支付方案 |",
             "根据国家和自治区有关文件精神，结合我市实际，制定本方案。",
             "一、基本原则", "坚持市级统筹，统一支付标准。", "二、住院统筹", "起付线按医院级别设置。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_in_a_table_cell_closed_by_its_bar_is_read_without_the_bar(columns):
    """A web page's table copied as text closes each cell with a vertical
    bar (layout.BAR_ROW_RE reads a row of several); a table of one column,
    the page holding the document in its cell, closes the one cell so too
    ('…实施方案 |'). The bar is the cell's border, no character of the
    title: the title is read as printed without it, and opens the text."""
    doc, = _documents(IN_A_CELL, columns)
    assert doc.title == "某某市城乡居民医疗保险待遇支付方案"
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_row_of_cells_and_a_bar_inside_words_stay_as_they_are():
    """Control: a row of two cells or more stays a row of cells (its bars
    part them), and a bar with no space before it, inside a line's words or
    closing none, is left as it stands."""
    lines, _ = normalise("序号 | 名称 |\n甲|乙两项\n某某 |乙")
    assert lines[0].cells == ["序号", "名称"]
    assert [line.text for line in lines[1:]] == ["甲|乙两项", "某某 |乙"]
