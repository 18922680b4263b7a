"""The document grammar on layouts of the two-hundred-and-thirty-fifth
held-out set's kind (issue #11): power and communications infrastructure
texts of counties, districts and cities (5G 通知 and 实施方案, a 充电桩 实施方案,
通告 on a power station's 禁区 and on 输电线路保护区, a 春灌 电力线路 函) as
portals and reposting sites store them, excerpts the store cut anywhere, even
inside an aside's bracket. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt the store cut inside an aside: its last line leaves a bracket open.
CUT_IN_ASIDE = ["某某县人民政府办公室关于印发某某县充电桩建设实施方案的通知", "各乡(镇)人民政府:",
                "《某某县充电桩建设实施方案》已经县政府常务会议研究通过,现印发给你们,请认真贯彻落实。",
                "一、基本原则",
                "(一)因地制宜,优化布局。结合乡镇发展实际,合理把握建设进度,满足近期需求。优先考虑在乡镇公共场所("]
NOTICE_NUMBERED = ["某某县人民政府关于某某水电站禁区禁止事项的通告(某政通〔2022〕3号)",
                   "为了确保水电站枢纽建筑物、电站设备的安全运行,保障人民群众生命财产的安全,根据有关规定,将有关事项通告如下:",
                   "一、禁止任何单位和个人进入禁区捕鱼(炸鱼、电鱼、网鱼、钓鱼等)、通航及其他可能危及水工建筑物安全的行为。",
                   "二、禁止任何车辆进入禁区。",
                   "某某县人民政府", "2022年7月14日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_with_its_number_under_an_aside_the_store_cut_open_opens_a_document(columns):
    """A title line with its 发文字号 in brackets at its end (a whole 标题: 发文机关 + 关于 + 事由 + 文种) under an
    excerpt the store cut inside an aside ('…公共场所('): the bracket above is closed by nothing under it, so the
    title runs inside no note; it opens the 通告, its number its own. (Left: at 26 columns the title's line, its
    number's bracket wrapped, fills the measure, and a full line under a cut sentence opens no title.)"""
    docs = _documents(CUT_IN_ASIDE + NOTICE_NUMBERED, columns)
    assert [d.title for d in docs] == [CUT_IN_ASIDE[0], "某某县人民政府关于某某水电站禁区禁止事项的通告"]
    assert docs[1].doc_number == "某政通〔2022〕3号"
    assert docs[1].issuers == ["某某县人民政府"]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_its_number_inside_a_note_that_closes_stays_the_notes(columns):
    """Control: a regulation's 题注 whose bracket opens above, runs over a line that reads as a title with its number
    and closes under it ('…公告(第4号)' / '公布)'), holds those words: no document opens inside it."""
    rules = ["某某省电力设施保护办法", "(2010年1月9日某某省人民政府第12次常务会议通过",
             "根据某某省人民政府关于修改某某省电力设施保护办法的决定(某政令〔2015〕4号)",
             "修正)", "第一条 为保障电力设施安全,制定本办法。", "第二条 本办法自2010年3月1日起施行。"]
    docs = _documents(rules, columns)
    assert [d.title for d in docs] == [rules[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_wrapped_number_under_its_title_still_closes_the_bracket_above(columns):
    """Control: a title whose bracketed number the wrap cut ('…的通告(某政通' / '〔2022〕3号)') closes the bracket
    its line left open first: the number is the title's, joined again, as before."""
    lines = ["某某县人民政府关于某某水电站禁区禁止事项的通告(某政通", "〔2022〕3号)"] + NOTICE_NUMBERED[1:]
    docs = _documents(lines, None)
    assert [d.title for d in docs] == ["某某县人民政府关于某某水电站禁区禁止事项的通告"]
    assert docs[0].doc_number == "某政通〔2022〕3号"
