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


# A city's report to its 人大常委会 that a page's excerpt cut right under its first heading.
REPORT_CUT = ["关于2020年度市本级审计查出问题整改情况的报告", "主任、各位副主任、各位委员：",
              "受市人民政府委托，现将审计查出问题的整改情况报告如下：", "一、财政预算执行问题的整改情况"]


@pytest.mark.parametrize("columns", [None, 22, 26])
def test_a_text_that_names_itself_opens_under_a_heading_the_text_above_was_cut_on(columns):
    """A title ending in its 文种 (a 方案 no 公文 frame holds), whose first
    paragraph names the text by it as the text itself ('…制定本方案。'), is a
    text of its own after a division's heading alone (一、 and a short name,
    no sentence), where the text above was cut short, as after a sentence.
    (Left: at a measure the heading fills, title_blocks reads the title as
    the heading's wrapped rest.)"""
    docs = _documents(REPORT_CUT + ["2019年度脱贫攻坚考核反馈问题整改方案"] + PLAN[1:], columns)
    assert [d.title for d in docs] == ["关于2020年度市本级审计查出问题整改情况的报告",
                                       "2019年度脱贫攻坚考核反馈问题整改方案"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_heading_over_a_plan_named_in_its_sentence_stays_the_text_above(columns):
    """Control: under the heading of a notice that passes the plan on ('现将
    《…》印发给你们'), the plan's title stays that notice's part."""
    notice = ["某某县人民政府办公室关于印发2019年度脱贫攻坚考核反馈问题整改方案的通知", "各乡镇人民政府：",
              "现将《2019年度脱贫攻坚考核反馈问题整改方案》印发给你们，请认真贯彻执行。", "一、工作要求"]
    docs = _documents(notice + ["2019年度脱贫攻坚考核反馈问题整改方案"] + PLAN[1:], columns)
    assert len(docs) == 1
