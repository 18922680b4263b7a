"""The document grammar on layouts of the hundred-and-sixty-ninth held-out
set's kind (issue #11): texts of unusual organ forms (the 指挥部 of a 盟 or of
a 地区 under a 行政公署, a 林区's protected areas run by a 管理局 or a 管护局)
as portals and mirrors store them. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 公告 titled by its organ's name alone, its serial under it in brackets, the year run into 第 without 年.
SERIAL_NOTICE = ["某某盟疫情防控指挥部公告", "( 2022第47号)",
                 "11月5日，全盟最后2例患者治愈出院，全盟病例实现清零。请广大干部群众继续做好个人防护。",
                 "2022年11月5日"]
SERIAL_CONTROL = ["某某盟疫情防控指挥部公告", "(2022年第47号)",
                  "11月5日，全盟最后2例患者治愈出院，全盟病例实现清零。请广大干部群众继续做好个人防护。",
                  "2022年11月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_serial_whose_year_runs_into_its_number_is_the_notices_number(columns):
    """A 公告's serial under its title (GB/T 9704 10.2: '第N号' under the
    标志), its year printed before 第 and the 年 left out ('( 2022第47号)'): the
    number, cited with the heading as a 公告 titled by its organ alone is, not
    a piece of the title."""
    doc, = _documents(SERIAL_NOTICE, columns)
    assert doc.title == "某某盟疫情防控指挥部公告"
    assert doc.doc_number == "某某盟疫情防控指挥部公告2022第47号"
    assert doc.date == "2022-11-05"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_serial_with_its_year_printed_whole_reads_as_before(columns):
    """Control: '(2022年第47号)' keeps its 年."""
    doc, = _documents(SERIAL_CONTROL, columns)
    assert (doc.title, doc.doc_number) == ("某某盟疫情防控指挥部公告", "某某盟疫情防控指挥部公告2022年第47号")
