"""The document grammar on layouts of the hundred-and-ninety-sixth held-out
set's kind (issue #11): reports, plans and notices on the 整改 after
inspections, assessments and audits that city, county and township bodies
publish (巡察整改 通报, 审计整改 报告, 考核反馈问题整改方案), their problems and
measures listed under 一、, 1. and （1）. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A township's 整改方案: 一、 over a '1.' heading alone over its '（1）' problems, each with its measures under it.
PLAN = ["某某乡2019年度脱贫攻坚考核反馈问题整改方案",
        "为认真抓好考核反馈问题整改，巩固脱贫成果，制定本方案。",
        "一、整改内容", "1.专项整改问题",
        "（1）部分村档案资料填写不规范。（牵头单位：扶贫办；责任单位：各村支部）",
        "整改措施：组织驻村干部集中培训，逐户规范填写档案资料。",
        "（2）住房安全方面。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_point_heading_over_its_first_item_is_the_first_point(columns):
    """GB/T 9704 7.3.3 (一、，（一），1.，（1）): a '1.' heading alone on its
    line under a part headed 一、 alone, right over '（1）', the first item of
    the level under it, is the part's first point, though the text stops
    before its '2.': its items follow it, no sentence counts '1.' inline."""
    doc, = _documents(PLAN, columns)
    assert _labels(doc) == ["一、", "1.", "（1）", "（2）"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_point_heading_over_a_later_item_stays_text(columns):
    """Control: the same heading over '（2）' (no first item under it) is
    left as the grammar read it before: no list's first point is shown."""
    doc, = _documents(PLAN[:4] + PLAN[6:], columns)
    assert "1." not in _labels(doc)

