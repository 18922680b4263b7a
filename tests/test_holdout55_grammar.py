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
