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


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentences_piece_after_a_point_label_goes_on(columns):
    """Control: a point's sentence cut short of its colon ('2、下列人员，由
    县人民政府授权' / '各乡镇人民政府任免：') is no heading alone: the piece
    under it, ending short on its colon, goes on with it."""
    lines = ["某某县人民政府关于任免权限的通知", "各乡镇人民政府：", "现将任免权限通知如下：", "一、任免权限",
             "县人民政府对所属人员的任免，按下列规定办理。", "1、下列人员，由县人民政府授权", "各乡镇人民政府任免：",
             "乡镇所属各站所负责人，以及其他相当于上列职务的人员。", "某某县人民政府", "2024年5月6日"]
    doc, = _documents(lines, columns)
    assert "1、下列人员，由县人民政府授权各乡镇人民政府任免：" in [b.text for b in doc.parts[0].blocks] + [
        p.label + p.heading + p.text for p in doc.provisions]


# ---------------------------------------------------------------- a report's head run into its text

RUN_IN = ("政府工作报告——2012年1月3日在某某区第四届人民代表大会第一次会议上某某区人民政府区长某某各位代表:现在,我代表区人民政府"
          "向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。一、过去五年工作回顾五年来,我们在市委和区委的正确领导下,"
          "经济社会发展取得新的重大成就。")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("page", ["", "1", "12"])
def test_a_reports_head_run_into_its_text_is_set_out(page, columns):
    """A document site may extract a report with its line breaks lost: the
    title, the 题注 after a dash, the speaker's post and name, the 称谓 and the
    text run into one paragraph, perhaps with the page's number closed up
    before the title. The head is parted as print sets it: the report is a
    document of its own under the notice above, titled and dated by its 题注."""
    docs = _documents(NOTICE + [page + RUN_IN], columns)
    assert [d.title for d in docs] == [NOTICE[0], "政府工作报告"]
    assert (docs[1].date, docs[1].issuers) == ("2012-01-03", [])


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_that_opens_on_its_year_keeps_it(columns):
    """Control: a title that opens on the year it reports on ('2021年某某县
    政府工作报告') keeps its figures: no page's number stands there."""
    text = RUN_IN.replace("政府工作报告——2012年1月3日", "2012年某某区政府工作报告——2012年1月3日")
    docs = _documents(NOTICE + [text], columns)
    assert [d.title for d in docs] == [NOTICE[0], "2012年某某区政府工作报告"]
    assert docs[1].date == "2012-01-03"
