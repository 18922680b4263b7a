"""The document grammar on layouts of the hundred-and-seventy-second held-out
set's kind (issue #11): notices of city, prefecture and county agriculture,
forestry and animal husbandry organs (禁渔 and 森林防火 通告, a 举报 公告, a
示范场 通知) as portals and local news sites store them. Each case is
invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 通知 whose 附件说明 lists files whose names open on their year, the second item on a line of its own.
ANNEXED = ["某某州农业局关于认定2014年州级示范场的通知", "各县市农业局:",
           "经养殖场申报、县市验收合格，现认定某某养殖场等9家养殖场为2014年州级示范场。", "特此通知",
           "附件:1、2014年州级示范场名单", "2、2014年州级示范场标牌样式和规格", "某某州农业局", "2014年12月23日"]
# The same 附件说明 whose items name no year.
ANNEXED_PLAIN = ANNEXED[:4] + ["附件:1、州级示范场名单", "2、州级示范场标牌样式和规格"] + ANNEXED[6:]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_item_number_before_a_year_is_no_telephone_number_a_signature_follows(columns):
    """A telephone number set alone at a line's start may carry the head of
    the organ's name the wrap cut after it; but figures the word 年 follows
    are a year ('2、2014年…名单'), no number to call: the 附件说明's item
    stays whole over the signature, and the organ signs alone."""
    doc, = _documents(ANNEXED, columns)
    assert doc.issuers == ["某某州农业局"] and doc.date == "2014-12-23"
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert any(text.endswith("2014年州级示范场标牌样式和规格") for text in texts)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_annex_items_without_a_year_over_the_signature_stay_as_they_were(columns):
    """The control: the 附件说明's items with no year in them; the organ signs."""
    doc, = _documents(ANNEXED_PLAIN, columns)
    assert doc.issuers == ["某某州农业局"] and doc.date == "2014-12-23"

