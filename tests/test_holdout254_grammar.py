"""The document grammar on layouts of the two-hundred-and-fifty-fourth
held-out set's kind (issue #11): school enrolment and student aid texts of
cities, districts, counties and towns (a 招生工作方案 issued by a district
government office, a joint 教育局 and 财政局 notice on 生活补助, 控辍保学
notices and 实施方案) as their sites store them, the 方案's parts headed
一、 alone on their lines and their points numbered 1., the page's excerpt
cut inside the first point. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

PLAN = ["某某镇人民政府关于印发《某某镇2025年控辍保学工作实施方案》的通知", "各村（社区）、辖区各学校：",
        "现将《某某镇2025年控辍保学工作实施方案》印发给你们，请认真抓好落实。", "某某镇人民政府", "2025年1月6日",
        "某某镇2025年控辍保学工作实施方案", "一、工作目标", "确保适龄儿童义务教育阶段入学率达到100%。", "二、工作职责"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("point", ["1.镇便民 服务中心、镇平安法治办公室、某某派 出所、某",
                                   "1.镇便民服务中心、镇平安法治 办公室、某某派出所、某"])
def test_a_point_heading_read_through_a_scans_gaps_is_the_first_point(point):
    """GB/T 9704 7.3.3 (一、，（一），1.，（1））: under a part headed 一、 alone on
    its line, a '1.' line of a short phrase and no sentence stop is the part's
    first point, though the excerpt ends before its '2.'. The spaces a scan
    leaves between two characters ('便民 服务') are no part of the printed
    heading, so they do not widen it past a heading's width."""
    docs = _documents(PLAN + [point], None)
    assert [d.title for d in docs] == [PLAN[0]]
    assert _labels(docs[0]) == ["一、", "二、", "1."]


def test_a_point_heading_without_gaps_is_the_first_point_as_before():
    """Control: the same line printed solid is the first point, as it was."""
    docs = _documents(PLAN + ["1.镇便民服务中心、镇平安法治办公室、某某派出所、某"], None)
    assert _labels(docs[0]) == ["一、", "二、", "1."]


@pytest.mark.parametrize("line", ["1.镇便民 服务中心、镇综治办公室、某某派出所、县公安局交通警察大队、县教育局、某",
                                  "1.镇便民 服务中心负责宣传控辍保学政策。"])
def test_a_lone_item_too_wide_or_stopped_is_no_point_though_gaps_are_read_through(line):
    """Control: read through its gaps, a '1.' line wider than a point's
    heading, or one that stops as a sentence, followed by no '2.', is still
    no list's first item (structure._inline_list_of_one): reading the gaps
    away makes no sentence a heading."""
    docs = _documents(PLAN + [line], None)
    assert _labels(docs[0]) == ["一、", "二、"]
