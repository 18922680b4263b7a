"""The document grammar on layouts of the hundred-and-ninety-fourth held-out
set's kind (issue #11): annual reports on government information disclosure
(政府信息公开工作年度报告) of county bodies as their portals store them, the
organ's name alone over the year's title, the standard tables copied one
cell a line. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A bureau's report that speaks of itself as 我局 (as a reply its 局 signs does), cut short of its foot.
REPORT = ["某某县自然资源局2023年政府信息公开工作年度报告",
          "根据《中华人民共和国政府信息公开条例》规定，现编制并发布我局2023年度政府信息公开工作报告。",
          "一、总体情况",
          "（一）主动公开。2023年，我局紧紧围绕政府工作报告，聚焦企业群众关切，全面深化政务工作，不断拓展公开广度"
          "和深度，本年度通过政府网站主动公开信息总数773条，其中行政规范性文件17件，其他政策文件35件，公开县政府常务"
          "会议16次，发布政府公报4期，全年通过政府网站征集意见45次，征集结果均第一时间反馈。"]
# The next report, its title parted after the organ (GB/T 9704 7.3.1: a title set over lines breaks between words).
PARTED = ["某某县教育局", "2020年政府信息公开工作年度报告", "一、总体情况",
          "县教育局严格按照《政府信息公开条例》要求开展信息公开工作，全年主动公开信息15条。",
          "二、主动公开政府信息情况", "全年未制发规范性文件。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bureau_alone_over_its_years_report_heads_the_title_not_the_text_above(columns):
    """GB/T 9704 7.3.1: a title set over lines breaks between words, the
    organ's whole name alone over the 事由 that opens with the year it
    covers ('某某县教育局' / '2020年…年度报告'): that line is the title's
    first, though the text above, a bureau's too, says 我局 and ends on a
    sentence (signs_text_above). A 署名 stands over its 成文日期, never over
    a year's 事由."""
    docs = _documents(REPORT + PARTED, columns)
    assert [d.title for d in docs] == [REPORT[0], "某某县教育局2020年政府信息公开工作年度报告"]
    assert docs[1].issuers == ["某某县教育局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_that_names_its_year_under_a_signature_is_no_title_control(columns):
    """Control: a notice's 署名 under its 结束语 over the date stays the
    signature: a date is no 事由."""
    docs = _documents(["某某县教育局关于做好2020年政府信息公开工作的通知", "各学校：",
                       "请我局各科室和各校认真做好政府信息公开工作，全面推进决策、执行、管理、服务、结果公开，及时公开学校"
                       "收费、招生、资助等信息，切实保障群众的知情权、参与权和监督权。特此通知。",
                       "某某县教育局", "2020年3月1日"], columns)
    assert [d.title for d in docs] == ["某某县教育局关于做好2020年政府信息公开工作的通知"]
    assert docs[0].issuers == ["某某县教育局"] and docs[0].date == "2020-03-01"

