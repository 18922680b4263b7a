"""The document grammar on layouts of the hundred-and-second held-out set's
kind (issue #11): the audit and budget reports a county's or a district's
government and its departments make to the people's congress and its
standing committee (审计工作报告, 预算执行情况的报告, 决算草案的报告), printed
as a speech is: the occasion under the title, then the speaker's post and
name or the organ that reports, then the 称谓 or the 主送. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

BODY = ["受区人民政府的委托，现向区人大常委会报告本区2023年上半年预算执行情况，请予审议。",
        "一、一般公共预算执行情况", "上半年，全区一般公共预算收入完成12.5亿元，完成年初预算的56.2%。"]


# ---------------------------------------------------------------- a heading closed by a full stop

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_under_a_heading_closed_by_a_stop_is_the_first_of_its_list(columns):
    """GB/T 9704 7.3.3 numbers the levels 一、，（一），1.，（1）; a report
    prints its headings alone on their lines, some closed by a full stop
    ('（一）一般公共预算执行情况。'): the '1.' under such a heading is its first
    point, though the excerpt ends before the second."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "区人大常委会：", "现将本区2023年上半年预算执行情况报告如下：",
                                "一、全口径财政预算执行情况", "（一）一般公共预算执行情况。", "1.组织财政收入执行情况。",
                                "上半年全区组织财政收入累计完成14.6亿元，增长1.3%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert [p.label for p in docs[1].provisions] == ["一、", "（一）", "1."]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_under_a_sentence_closed_by_a_stop_stays_a_sentence(columns):
    """Control: a （一） line that is a sentence (a comma in it, '（一）加强组织
    领导，明确责任分工。') is no heading alone: a '1.' under it with no '2.'
    anywhere is no list, as before."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "区人大常委会：", "现将本区2023年上半年预算执行情况报告如下：",
                                "一、主要措施", "（一）加强组织领导，明确责任分工。", "1.各部门要按月报送预算执行进度。",
                                "上半年全区组织财政收入累计完成14.6亿元，增长1.3%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert [p.label for p in docs[1].provisions] == ["一、", "（一）"]
