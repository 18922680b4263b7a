"""The layouts "a set's documents run together in another order" (tests/devset/
layout.py run_together over the set's documents shuffled by the set's name,
by it with the suffix 2, or reversed; at full width and at 22 or 26
columns): each document now stands under a neighbour it never stood under in
its set's own order, and where the one above ends on an undated 署名 (an
excerpt whose 成文日期 the store left off) that organ's name stands right
over the next title, where a title's own 发文机关 stands (GB/T 9704 7.3.1).
The converter reads such a name as the text above's signature where the
title under it cannot be that organ's (builder/stages/split/titles/closes.py,
signs_for_another_place). Each case is invented text laid out so, at columns
None, 26 and 22, through the real input path; each fails without its rule,
and each has a control that shows what must stay: an organ over a title of
its own place, or over one naming no place, is that title's 发文机关.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents

# A notice whose excerpt ends on its last item, no signature or date under it.
NOTICE = ["关于加强河道管理的通告", "为加强河道管理，保障防洪安全，现将有关事项通告如下：", "一、禁止在河道管理范围内倾倒垃圾。",
          "二、禁止在堤防和护堤地建房、放牧、开渠、打井、挖窖、钻探、爆破、挖筑鱼塘、采石、取土、葬坟、晒粮、存放物料以及开展集市贸易活动。"]
PLAN_BODY = ["为贯彻落实中共中央办公厅、国务院办公厅《关于在湖泊实施湖长制的指导意见》，结合我镇实际，制定本方案。", "一、总体要求",
             "全面落实湖长制，加强湖泊管理保护。", "青山镇人民政府", "2019年3月1日"]


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


@pytest.mark.parametrize("columns", [None, 26, 22])
def test_an_undated_signer_over_a_title_opening_on_another_place_signs_the_text_above(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种, the organ joined
    to its 事由 by 关于 or naming its kind right after it ('某市人民政府土地
    征收公告'); a 事由 that opens on a place's own name with no 关于 names
    the place the text covers, and no organ of another place runs into it
    ('某某市水利局' / '青山镇全面贯彻落实湖长制的实施方案'). The organ over
    it, right under the last sentence of the text above, is that text's
    署名 (7.3.5.1), though no date follows it."""
    docs = _documents(NOTICE + ["某某市水利局", "青山镇全面贯彻落实湖长制的实施方案"] + PLAN_BODY, columns)
    assert _titles(docs) == ["关于加强河道管理的通告", "青山镇全面贯彻落实湖长制的实施方案"]
    assert docs[0].issuers == ["某某市水利局"]


@pytest.mark.parametrize("columns", [None, 26, 22])
def test_an_organ_over_a_title_of_its_own_place_or_of_none_heads_it(columns):
    """Controls: an organ over a title with no 关于 that names no place
    ('某某市水利局' / '全面贯彻落实湖长制的实施方案'), or one that opens on a
    place the organ's name holds ('某某县青山镇人民政府' / '青山镇…'), may
    be that title's 发文机关 as GB/T 9704 7.3.1 sets it, and the rule
    leaves it so."""
    docs = _documents(NOTICE + ["某某市水利局", "全面贯彻落实湖长制的实施方案"] + PLAN_BODY, columns)
    assert _titles(docs) == ["关于加强河道管理的通告", "某某市水利局全面贯彻落实湖长制的实施方案"]
    docs = _documents(NOTICE + ["某某县青山镇人民政府", "青山镇全面贯彻落实湖长制的实施方案"] + PLAN_BODY, columns)
    assert _titles(docs) == ["关于加强河道管理的通告", "某某县青山镇人民政府青山镇全面贯彻落实湖长制的实施方案"]


# A 决定 whose excerpt ends on its 附件说明 and its signature, the date left off.
DECISION = ["某某区人民政府关于某某小学南侧地块项目国有土地上房屋征收决定书", "根据《国有土地上房屋征收与补偿条例》，现决定如下：",
            "一、征收范围为某某小学南侧地块。",
            "二、被征收人对本决定不服的，可在本决定公告之日起60日内向上一级人民政府申请行政复议，或者在法定期限内向人民法院提起行政诉讼。"]
PRE_NOTICE = ["征收土地预公告", "根据《中华人民共和国土地管理法》相关规定，现将拟征收土地有关事项预公告如下：", "一、征收范围。",
              "某某县人民政府", "2024年5月1日"]


@pytest.mark.parametrize("columns", [None, 26, 22])
def test_a_signature_under_annex_entries_closed_with_stops_ends_the_text_above(columns):
    """GB/T 9704 7.3.4 numbers the 附件说明's entries one a line ('附件：1.…'
    / '2.…'), and 7.3.5.1 sets the 署名 under it; issuers close the entries
    with '；' and '。' though the standard sets no mark. The last entry
    closed with a stop, on its line or wrapped over a few, is the list's,
    no sentence of the body: the organ under it signs the text above,
    though no date follows, and heads no 公告 under it."""
    annexes = ["附件：1.征收范围红线图；", "2.某某小学南侧地块项目房屋征收补偿安置方案及有关图表。"]
    docs = _documents(DECISION + annexes + ["某某市某某区人民政府"] + PRE_NOTICE, columns)
    assert _titles(docs) == [DECISION[0], "征收土地预公告"] and docs[0].issuers == ["某某市某某区人民政府"]


@pytest.mark.parametrize("columns", [None, 26, 22])
def test_an_organ_under_numbered_body_items_still_heads_the_title(columns):
    """Control: items numbered in the body with no '附件：' over them are the
    body's sentences; an organ under them over a 公告 with no organ of its
    own is that 公告's organ (GB/T 9704 7.3.1), as before."""
    items = ["1.征收范围以红线图为准。", "2.补偿方案另行公布。"]
    docs = _documents(DECISION + items + ["某某市某某区人民政府"] + PRE_NOTICE, columns)
    assert _titles(docs) == [DECISION[0], "某某市某某区人民政府征收土地预公告"]
