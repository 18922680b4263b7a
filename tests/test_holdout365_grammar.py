"""The document grammar on layouts of the three-hundred-and-sixty-fifth held-out
set's kind (issue #11): veterans' affairs and preferential treatment texts of
cities, counties and districts (a district office's 转发 通知 on 双拥 activities
over 八一 with the 意见 it forwards, a city government's and its military
sub-district's joint 通知 on placing retired soldiers, a city's 军人优待 实施办法,
a county government's 拥军优属 通知) as law libraries and mirrors store them,
one listing its activities by the part of the month each falls in ('2、7月下旬，
…'). Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _items(doc) -> list[tuple[str, str]]:
    return [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# An 意见's activities, each dated by its month and the 旬 it falls in (or its day).
DATED_BY_DECADE = ["某某区人民政府办公室关于八一建军节期间开展双拥活动的通知", "各街道办事处，区政府各部门：",
                   "现就建军节期间开展双拥活动通知如下：", "一、活动安排",
                   "1、7月29日，区委、区政府举行庆祝建军节招待会。",
                   "2、7月下旬，区领导走访慰问驻区部队。", "3、7月上旬，向驻区部队发放伙食补助经费。",
                   "4、8月中旬，组织驻区部队官兵开展联谊活动。", "二、工作要求", "各单位要精心组织，务求实效。",
                   "某某区人民政府办公室", "2010年7月2日"]
# A control: a sentence that opens on two months enumerated, the second named alone ('1、2月份'), no item.
TWO_MONTHS = ["某某县民政局关于通报一季度优抚金发放情况的通知", "各乡镇人民政府：",
              "一、发放情况", "全县一季度共发放优抚金120万元，",
              "1、2月份受春节影响发放较早，3月份按时发放。", "某某县民政局", "2021年4月6日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_item_may_open_on_the_month_and_the_decade_it_falls_in(columns):
    """Numbering grammar (GB/T 9704 7.3.3): '2、' before a month and its 旬
    ('2、7月下旬，…', '3、7月上旬，…', '4、8月中旬，…') is an item's label whose
    text opens on the time it falls in, as a plan dates its activities, the
    same as before a month and its day ('1、7月29日，…'): the 旬 names a time
    as the day does."""
    doc, = _documents(DATED_BY_DECADE, columns)
    items = _items(doc)
    assert [label for label, _ in items] == ["一、", "1、", "2、", "3、", "4、", "二、"]
    assert items[2][1].startswith("7月下旬") and items[4][1].startswith("8月中旬")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_figure_before_a_month_alone_is_still_two_months_enumerated(columns):
    """The control: a figure and 、 before a month that names no day and no
    旬 ('1、2月份…') is two months enumerated, a sentence's, no item."""
    doc, = _documents(TWO_MONTHS, columns)
    assert [label for label, _ in _items(doc)] == ["一、"]


# A notice the excerpt cut mid-word, then a city's rule: its title naming the city, no organ, the day it was issued
# in brackets under it (its 题注), its first articles.
CUT_NOTICE = ["南岭市人民政府关于做好冬季退役士兵接收安置工作的通知", "各县区人民政府，市直各部门：",
              "现就做好我市冬季退役士兵接收安置工作通知如下：", "一、认真做好退役士兵安置工作",
              "各级政府要进一步加强对退役士兵安置工作的领导，履行职"]
RULE_UNDER_NOTE = ["北山市军人优待实施办法", "（1993年5月6日）",
                   "第一条 为保障军人的优待，加强军队建设，结合本市实际，制定本办法。",
                   "第二条 本市现役军人家属和退伍军人，按照本办法的规定给予优待。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_titled_by_its_place_over_its_bracketed_day_and_first_article_opens_a_document(columns):
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name is its place's
    name, its matter and its kind, and the 题注 under it in brackets may be
    the day it was issued ('（1993年5月6日）'), then its 第一条. Such a title
    over its 题注 and its first article opens a text of its own, whatever the
    line above ended on (a notice the excerpt cut mid-word), as it does where
    the first article stands right under the title."""
    docs = _documents(CUT_NOTICE + RULE_UNDER_NOTE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], RULE_UNDER_NOTE[0]]
    assert docs[1].date == "1993-05-06" and docs[0].date is None
    assert [p.label for p in docs[1].provisions] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_name_over_a_bracketed_day_and_no_article_stays_in_the_cut_text(columns):
    """The control: the same lines with no article under the bracketed day (a
    paragraph goes on) open nothing after a text cut mid-word: the frame is a
    rule's only over its first article."""
    under = RULE_UNDER_NOTE[:2] + ["各级政府要认真落实军人优待政策，保障军人家属的合法权益。"]
    docs = _documents(CUT_NOTICE + under, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]
