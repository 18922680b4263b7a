"""The document grammar on layouts of the hundred-and-sixty-fifth held-out
set's kind (issue #11): a standalone 意见 (实施意见) issued directly by a city
government or a provincial government's general office, as a law database or
a government site stores it (the 发文字号 alone in ASCII brackets under the
title, or with the date beside it; a bare number line; a 主送; an opening
paragraph the store broke after '《'; headings 一、 and '(一)…。' alone on
their lines; dash paragraphs, one broken mid-sentence; no signature, the
excerpt cut in the body). The set measured every document and field right
in every layout before any rule looked at it, so these cases pin its shapes
against later rules. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.devset.measure import provision_counts
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# An 意见 as a law database stores it: the number alone in ASCII brackets (square brackets round the year) under the
# title, a 主送, headings alone on their lines, no signature; the excerpt ends in the body.
NUMBER_BRACKETED = ["某某市人民政府关于进一步加强城市绿化工作的意见", "(某府发[2010]12号)",
                    "某某区人民政府,市级有关部门:",
                    "为改善城市人居环境,提升城市品质,现就进一步加强城市绿化工作提出如下意见。",
                    "一、充分认识城市绿化工作的重要意义", "城市绿化是城市重要的基础设施,各地各部门要高度重视。",
                    "二、总体要求", "(一)指导思想。", "坚持以人为本,统筹规划,分级负责。", "(二)基本原则。",
                    "--统一规划、分步实施"]
# A provincial 办公厅's 实施意见: the number and the date in ASCII brackets under the title, the opening paragraph broken
# by the store after '《', run-in '(一)…。' items and an unlabelled paragraph between them and 二、.
NUMBER_DATED = ["某某省人民政府办公厅关于加快发展文化产业的实施意见", "(某政办〔2012〕5号 2012年3月8日)",
                "各设区市人民政府,各县(市、区)人民政府,省政府各部门:", "为认真贯彻《",
                "国务院办公厅关于加快发展文化产业的指导意见》(国办发〔2011〕9号),经省政府同意,结合我省实际制定如下实施意见:",
                "一、指导思想和主要目标", "(一)指导思想。坚持以人为本,统筹文化事业和文化产业协调发展。",
                "(二)主要目标。到2015年,文化产业增加值年均增长15%以上。",
                "到2020年,形成一批有影响力的文化产品品牌。", "二、工作任务", "(一)大力发展演艺市场。努力打造"]
# A city's 实施意见 on a tax-law site: a bare number line under the title, '——' paragraphs, one broken mid-sentence.
DASHES = ["某某市人民政府关于加快发展家政服务业的实施意见", "某政综〔2015〕33号",
          "各县(区)人民政府,市直各单位:", "为积极应对人口老龄化,加快我市家政服务业发展,提出如下实施意见。",
          "一、主要目标", "到2020年,全面建成覆盖城乡的家政服务体系。", "——家政服务网点覆盖所有城市社区。",
          "——社会力量成为家政服务供给主体,家政服务业增加值在", "服务业中的比重显著提升。", "——培育若干家家政服务龙头企业"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_number_alone_in_brackets_under_an_opinion_is_its_number(columns):
    """GB/T 9704 7.2.4, 7.3.1–7.3.2: the number in ASCII brackets under the
    title is the 发文字号; the 主送 under it; the headings alone on their
    lines are provisions; the organ the title names issues it (no signature
    printed); the notice under it is a document of its own."""
    docs = _documents(NUMBER_BRACKETED + NOTICE, columns)
    assert [d.title for d in docs] == [NUMBER_BRACKETED[0], NOTICE[0]]
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == ("某府发〔2010〕12号", ["某某市人民政府"], None)
    assert docs[0].addressees.startswith("某某区人民政府")
    assert provision_counts(docs[0]) == {"一、": 2, "（一）": 2}


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_number_bracketed_with_its_date_gives_both(columns):
    """'(某政办〔2012〕5号 2012年3月8日)' under the title: the number and the
    成文日期; a paragraph the store broke after '《' goes on; an unlabelled
    paragraph between (二) and 二、 is no provision."""
    docs = _documents(NUMBER_DATED + NOTICE, columns)
    assert [d.title for d in docs] == [NUMBER_DATED[0], NOTICE[0]]
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == \
        ("某政办〔2012〕5号", ["某某省人民政府办公厅"], "2012-03-08")
    assert provision_counts(docs[0]) == {"一、": 2, "（一）": 3}


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_bare_number_line_and_dash_paragraphs(columns):
    """A bare number line under the title is the 发文字号; '——' paragraphs are
    no provisions; the excerpt ending inside one is closed by the next title."""
    docs = _documents(DASHES + NOTICE, columns)
    assert [d.title for d in docs] == [DASHES[0], NOTICE[0]]
    assert (docs[0].doc_number, docs[0].issuers) == ("某政综〔2015〕33号", ["某某市人民政府"])
    assert provision_counts(docs[0]) == {"一、": 1}
