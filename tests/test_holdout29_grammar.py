"""The document grammar on layouts of the twenty-ninth held-out set's kind
(issue #11): the legislative genres a gazette prints as law sites reprint
them. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a city's 法规 'made' by its standing committee

def _regulation(note: str) -> list[str]:
    return ["某某市城市绿化管理条例", note, "第一章 总 则",
            "第一条 为了加强城市绿化管理,改善生态环境,根据有关法律、法规,结合本市实际,制定本条例。",
            "第二条 本条例适用于本市城市规划区内的城市绿化管理。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_regulation_made_by_a_city_and_approved_by_its_province_is_dated_by_its_making(columns):
    """立法法 第八十一条: a 设区的市's standing committee makes (制定) a 法规
    and the province's approves it; its 题注 prints the making as others print
    an adoption ('…会议制定 …会议批准'). The text is dated by the meeting that
    made it, as one adopted (通过) and approved is, not by the approval."""
    note = ("(2019年9月26日某某市第十五届人民代表大会常务委员会第十九次会议制定 "
            "2019年12月19日某某省第十三届人民代表大会常务委员会第十八次会议批准)")
    docs = _documents(NOTICE + _regulation(note), columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市城市绿化管理条例"]
    assert docs[1].date == "2019-09-26"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_regulation_adopted_and_approved_is_still_dated_by_its_adoption(columns):
    """The same 题注 with '通过' for the making: the date of adoption (the
    grammar the making now shares, not a new one)."""
    note = ("(2019年9月26日某某市第十五届人民代表大会常务委员会第十九次会议通过 "
            "2019年12月19日某某省第十三届人民代表大会常务委员会第十八次会议批准)")
    docs = _documents(NOTICE + _regulation(note), columns)
    assert docs[1].date == "2019-09-26"
