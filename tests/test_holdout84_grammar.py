"""The document grammar on layouts of the eighty-fourth held-out set's kind
(issue #11): everyday documents of county, county-level city and district
governments and their offices (通告, 通知, 公告), as their sites and the
mirrors that copy them hold them. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 主送 that names departments by their kinds

PROHIBITION = "某某县人民政府关于划定某某县高污染燃料禁燃区的通告"
PROHIBITION_BODY = ["为全面改善县域环境空气质量，保障人民群众身体健康，经研究，决定在县城建成区范围内划定高污染燃料禁燃区，"
                    "现将有关事项通告如下：",
                    "一、禁燃区范围", "县城建成区东起河偏路，西至西牌楼。",
                    "二、本通告自发布之日起施行。", "某某县人民政府", "2017年11月8日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["各乡（镇）人民政府，县人民政府各委、局、办、中心",
                                        "各市、县人民政府，省人民政府各委、办、厅、局",
                                        "各乡镇人民政府，县直各委、办、局"])
def test_a_main_addressee_naming_departments_by_kind_without_its_colon(addressees, columns):
    """GB/T 9704 7.3.2: the 主送 stands on the line under the title and
    ends on a colon, which a page may lose. A government addresses its
    departments by their kinds after 各, each kind by the character or word
    its name ends in ('省人民政府各委、办、厅、局', '县人民政府各委、局、办、
    中心'); such a list closes the 主送 as a name does, colon or none."""
    docs = _documents(NOTICE + [PROHIBITION, addressees] + PROHIBITION_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], PROHIBITION]
    assert docs[1].addressees == addressees
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2017-11-08")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("subject", ["某某某自治县人民政府各委、办、厅、局", "某某某自治县人民政府、各乡镇人民政府"])
def test_a_body_that_opens_with_the_organs_it_charges_is_no_main_addressee(subject, columns):
    """A body's first sentence may name the organs it charges as its subject,
    by their names or their kinds ('某某某自治县人民政府各委、办、厅、局要按照…');
    wrapped right after them (18 columns), its first line is a list of names
    with no colon, but the line under it opens with what they are to do (要,
    应, 必须, 负责 …), which no body's first sentence opens with: the sentence
    goes on, and there is no 主送 (the 18 columns failed before)."""
    title = "某某某自治县人民政府关于做好禁燃区监督管理工作的通知"
    opening = subject + "要按照职责分工，抓紧做好禁燃区划定后的监督管理工作。"
    docs = _documents(NOTICE + [title, opening, "某某某自治县人民政府", "2017年11月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees is None
    assert (docs[1].issuers, docs[1].date) == (["某某某自治县人民政府"], "2017-11-08")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_colonless_main_addressee_over_a_body_opening_as_bodies_do(columns):
    """Control: a 主送 with no colon over a body that opens as bodies do
    ('根据…', '为…') stays the 主送: only a predicate under the names makes
    them a sentence's subject."""
    title = "某某县人民政府办公室关于做好秋冬季大气污染防治工作的通知"
    addressees = "各乡镇人民政府，县直各委、办、局"
    docs = _documents(NOTICE + [title, addressees, "根据上级有关要求，结合我县实际，现就有关事项通知如下：",
                                "一、各乡镇要落实属地责任。", "某某县人民政府办公室", "2019年10月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == addressees
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府办公室"], "2019-10-08")
