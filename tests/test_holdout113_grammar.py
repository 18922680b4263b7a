"""The document grammar on layouts of the hundred-and-thirteenth held-out
set's kind (issue #11): 政府工作报告 of counties, districts and county-level
cities as gazettes, reposting sites and document-sharing sites give them (the
title, the 题注 after a dash or in brackets, the speaker's line, '各位代表：',
parts numbered 一、 whose points a report may number 1、 with no （一）
between). Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

REPORT_HEAD = ["政府工作报告", "——2015年2月4日在某某市第八届人民代表大会第五次会议上", "市人民政府市长某某某", "各位代表：",
               "现在，我代表市人民政府向大会报告工作，请予审议。", "一、2014年工作回顾",
               "2014年，市政府团结带领全市人民，较好地完成了各项目标任务。"]


# ---------------------------------------------------------------- a part's first point numbered 1、 under 一、

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("label", ["1、", "1."])
def test_a_reports_first_point_under_its_part_is_a_provision(label, columns):
    """A 政府工作报告 may number the points of a part 一、 with 1、 (skipping
    （一）), each a short heading alone on its line over its text. An excerpt
    that stops before '2、' has still begun the first point: the heading
    stands on its line and the point is the part's first provision."""
    docs = _documents(REPORT_HEAD + [label + "稳住经济大盘，工业较快增长",
                                     "面对经济增速放缓的新常态，全市上下坚持发展不动摇，实现了经济平稳较快增长。"], columns)
    assert [d.title for d in docs] == ["政府工作报告"]
    points = [(p.kind, p.number, p.heading) for p in docs[0].provisions]
    assert points == [("cn", 1, "2014年工作回顾"), ("ar", 1, "稳住经济大盘，工业较快增长")]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_lone_numbered_sentence_under_a_part_is_no_list(columns):
    """Control: a '1、' that opens a sentence of the text ('1、各乡镇要…。')
    with no '2、' after it is no point heading: it stays a paragraph."""
    docs = _documents(REPORT_HEAD + ["1、各乡镇要在3月底前完成造林任务，明确责任人和完成时限。",
                                     "各部门要加强协作，确保各项任务落到实处。"], columns)
    assert [(p.kind, p.number) for p in docs[0].provisions] == [("cn", 1)]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_heading_with_no_part_above_is_no_list(columns):
    """Control: a lone '1、' heading in a text whose outline has no 一、 part
    above it is not taken for a list's first point."""
    docs = _documents(REPORT_HEAD[:5] + ["1、稳住经济大盘，工业较快增长",
                                         "面对经济增速放缓的新常态，全市上下坚持发展不动摇，实现了经济平稳较快增长。"], columns)
    assert docs[0].provisions == []
