"""The document grammar on layouts of the hundred-and-ninety-fourth held-out
set's kind (issue #11): annual reports on government information disclosure
(政府信息公开工作年度报告) of county bodies as their portals store them, the
organ's name alone over the year's title, the standard tables copied one
cell a line. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
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


# The 年报's third table as a portal's page gives it: one cell a line, its row heads numbered as the form prints them.
CELLS = ["某某县卫生健康局2023年政府信息公开工作年度报告",
         "根据《中华人民共和国政府信息公开条例》规定，现编制并发布本单位2023年度政府信息公开工作报告。", "一、总体情况",
         "为认真贯彻落实《中华人民共和国政府信息公开条例》文件要求，我局依法开展了政务信息公开相关工作。",
         "政府信息主动公开情况。结合医疗卫生行业特点和工作实际，主动公开财政资金、人事招聘、惠民服务等重点工作情况。",
         "政府信息管理情况。严格落实“三审三校”制度，进一步提升公开信息标准化、规范化水平，确保信息发布准确。",
         "平台建设情况。依托区政府门户网站信息公开专栏，及时更新机构职能、规划计划、财政预决算等栏目内容。",
         "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
         "规章", "0", "0", "0", "行政规范性文件", "0", "0", "0", "第二十条第（五）项", "信息内容", "本年处理决定数量",
         "行政许可", "0",
         "三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。",
         "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织",
         "总计", "一、本年新收政府信息公开申请数量", *["0"] * 7, "二、上年结转政府信息公开申请数量", *["0"] * 7,
         "三、本年度办理结果", "（一）予以公开", *["0"] * 7, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
         *["0"] * 7, "四、存在的主要问题及改进情况", "我局政府信息公开工作仍有不足，下一步将加强培训。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_numbered_row_head_over_its_figures_one_a_line_is_a_cell(columns):
    """A table copied one cell a line: a row's head opens on the number
    the form prints ('一、本年新收…数量', '三、本年度办理结果' over
    '（一）予以公开'), its figures each a line of their own under it. A
    point of the text has words under it, never a row of bare figures:
    those heads are the table's cells, no provisions, and the outline goes
    on to its own 四、 after the table."""
    doc, = _documents(CELLS, columns)
    points = [(b.label, b.heading[:4]) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert points == [("一、", "总体情况"), ("二、", "主动公开"), ("三、", "收到和处"), ("四、", "存在的主")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_heading_over_a_figure_in_its_sentence_stays_a_point_control(columns):
    """Control: a point whose text is a sentence with figures in it, and a
    heading over a paragraph, stay the text's points."""
    doc, = _documents(["某某县卫生健康局2023年政府信息公开工作年度报告", "一、总体情况", "本年度主动公开信息20条。",
                       "二、主动公开政府信息情况", "2023年制发规范性文件0件。", "三、存在的主要问题", "0"], columns)
    points = [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert points == ["一、", "二、", "三、"]
