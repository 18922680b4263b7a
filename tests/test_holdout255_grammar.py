"""The document grammar on layouts of the two-hundred-and-fifty-fifth held-out
set's kind (issue #11): public rental and affordable housing texts of cities
and counties (公共租赁住房 管理办法 and 实施细则 issued by a government office,
a 住建局's 公告 asking views, a 发改局's 通知 on rents to one 事业单位, a city's
经济适用住房 standards) as county portals and law databases store them, many
an excerpt the store cut mid-sentence. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An issued 办法 the store cut inside a sentence: nothing closes it but the next title.
CUT_RULES = ["关于印发某某县公共租赁住房管理办法的通知", "各乡(镇)人民政府,县政府有关部门:",
             "《某某县公共租赁住房管理办法》已经县政府常务会议审议通过,现印发给你们,请认真贯彻落实。",
             "2021年8月3日", "某某县公共租赁住房管理办法", "第一章  总则",
             "第一条为了加强对我县公共租赁住房的管理,保障公平分配,结合我县实际,制定本办法。",
             "本办法所称的公共租赁住房管理,是指公"]
# A 函's answer to the one body that asked: its 发文字号 under the title, one organ over the colon.
ONE_ORGAN = ["某某县发展和改革局关于调整乡镇公租房租金标准的通知", "某发改〔2020〕148号", "县房地产事务中心:",
             "你中心《关于调整乡镇公租房租金标准的函》(某房函〔2020〕16号)收悉,经我局实地调查核实,"
             "决定对乡镇公租房租金标准进行调整,具体情况如下:",
             "一、调整公租房租金标准", "乡镇公租房按房屋建筑面积每月每平方米1.20元收取租金。",
             "二、执行时间", "自发文之日起执行。", "某某县发展和改革局", "2020年11月12日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_over_its_number_and_one_organ_addressed_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.2: a 主送 may name one organ alone (a 函's or a 批复's
    to the body that wrote, '县房地产事务中心:'). Under the 发文字号 on a line
    of its own, where no list's lead stands, that name over its colon is the
    frame's 主送, so the title over them opens a document even under a line
    the store cut mid-sentence: a sentence runs on into a quoted title with
    words, not with a 发文字号 and a 主送."""
    docs = _documents(CUT_RULES + ONE_ORGAN, columns)
    assert [d.title for d in docs] == [CUT_RULES[0], ONE_ORGAN[0]]
    assert docs[1].doc_number == "某发改〔2020〕148号"
    assert docs[1].addressees == "县房地产事务中心"
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["第一章", "第一条"]


# A sentence that quotes a title and goes on into a list whose lead is one organ over its colon.
QUOTED_THEN_LEAD = ["某某县人民政府关于加强公共租赁住房管理的通知", "各乡(镇)人民政府,县政府有关部门:",
                    "为加强公共租赁住房管理,现将有关事项通知如下:",
                    "一、明确职责。各部门按照",
                    "某某县人民政府关于印发公共租赁住房管理办法的通知",
                    "要求,履行各自职责。", "县住房保障中心:", "负责公租房的分配和日常管理。",
                    "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_organ_over_its_colon_with_no_number_above_opens_no_document(columns):
    """Control: one organ's name over its colon with no 发文字号 above it is a
    list's lead in the body ('县住房保障中心:' over its duties), and a quoted
    title that a cut-looking line runs on into stays in its sentence: one
    document."""
    docs = _documents(QUOTED_THEN_LEAD, columns)
    assert [d.title for d in docs] == [QUOTED_THEN_LEAD[0]]
    assert docs[0].addressees == "各乡（镇）人民政府，县政府有关部门"
