"""The document grammar on layouts of the hundred-and-ninety-first held-out
set's kind (issue #11): statistical bulletins of counties (统计公报,
经济普查公报, 人口普查公报) as county portals, e-papers, forums and
collecting sites store them: a web table copied one cell a line, each cell
closed by its column's bar ('一、法人单位 |'); a forum's post that runs the
page's address into the title's line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

CENSUS = ["某某县第四次全国经济普查主要数据公报", "某某县统计局", "某某县第四次全国经济普查领导小组办公室", "2020年5月20日",
          "根据第四次全国经济普查结果，现将主要数据公布如下：", "一、单位基本情况",
          "2018年末，全县共有从事第二产业和第三产业活动的法人单位3000个（详见表1-1）。",
          "表1-1 单位数与个体经营户数 |", "单位数（个） |", "比重（%） |", "一、法人单位 |", "3000 |", "100 |",
          "企业法人 |", "2400 |", "80.0 |", "二、产业活动单位 |", "3500 |", "100 |",
          "二、从业人员", "2018年末，全县法人单位从业人员5万人。"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_web_tables_cell_closed_by_its_bar_is_no_provision(columns):
    """A web table copied one cell a line closes each cell with its
    column's bar ('一、法人单位 |'): a row's head, which may open on a
    label as the table's own groups do, is a cell, not the bulletin's part
    一、 or 二、; the parts are the headings over the text ('二、从业人员',
    control)."""
    doc, = _documents(CENSUS, columns)
    assert _labels(doc) == ["一、", "二、"]

