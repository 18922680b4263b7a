"""The document grammar on layouts of the hundred-and-seventy-second held-out
set's kind (issue #11): notices of city, prefecture and county agriculture,
forestry and animal husbandry organs (禁渔 and 森林防火 通告, a 举报 公告, a
示范场 通知) as portals and local news sites store them. Each case is
invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
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


# A 公告 whose title is set over two lines, the first ending on '不按规定' (规定 the object of 按, no 文种).
REPORTING = ["某某市农业农村局关于违法违规经营农药和不按规定", "回收处理农药包装废弃物行为举报的公告",
             "为严厉打击违法违规经营农药行为，保障农产品质量安全，现面向社会公开征集举报线索，公告如下：",
             "一、举报内容", "（一）违法违规经营农药", "1.无证经营农药；", "2.经营假冒伪劣农药。",
             "二、举报渠道", "农药监管热线：0373-1234567"]
# The control: a title that ends on a 规定 of its own, '关于…的规定', its body under it.
RULED = ["某某市农业农村局关于农药经营门店备案的规定",
         "为规范农药经营门店备案管理，根据有关法律法规，结合本市实际，制定本规定。",
         "一、农药经营门店应当在取得许可证后三十日内备案。", "二、本规定自发布之日起施行。"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_rule_after_the_verb_that_follows_it_is_no_kind_word_and_the_title_goes_on(columns):
    """规定 as the object of the verb that keeps to it ('不按规定', '按照规定',
    '违反规定') is no 文种 (GB/T 9704 7.3.1: a 规定's title names its matter
    before it, '…管理规定', '关于…的规定'): a title's line that ends so goes
    on to the line that ends in the kind word, even where that line fills
    the measure over the body."""
    doc, = _documents(REPORTING, columns)
    assert doc.title == "某某市农业农村局关于违法违规经营农药和不按规定回收处理农药包装废弃物行为举报的公告"
    assert doc.kind == "公告"
    labels = [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["一、", "（一）", "1.", "2.", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_that_ends_on_its_own_rule_stays_a_rule(columns):
    """The control: '关于…的规定' ends in its 文种."""
    doc, = _documents(RULED, columns)
    assert doc.title == "某某市农业农村局关于农药经营门店备案的规定" and doc.kind == "规定"


# A 通告 whose lead runs its own title in after the colon where its items begin, as a local news site stored it: the
# organ over '关于…的通告', the lead ending '…通告如下：关于…的通告', then the items.
RESTATED = ["某某市农业农村局", "关于2025年全市天然水域春季禁渔的通告",
            "根据有关法律法规，按照全州的统一部署要求，现将春季禁渔有关事宜通告如下：关于2025年全市天然水域春季禁渔的通告",
            "一、禁渔区：本市境内所有天然水域", "二、禁渔期：2025年2月1日至6月30日", "三、举报电话：0834-1234567。"]
# The control: a 转发 whose title ends on the forwarded title, the lead ending on its colon over that title.
FORWARDING = ["某某县人民政府转发市人民政府关于加强春季禁渔工作的通知", "各乡镇人民政府，县直各单位：",
              "现将市人民政府通知转发如下：", "关于加强春季禁渔工作的通知", "各县（区）人民政府：",
              "为加强春季禁渔工作，现就有关事项通知如下：", "一、禁渔期为2025年2月1日至6月30日。", "二、各地要加强巡查。",
              "某某市人民政府", "2025年1月20日", "某某县人民政府", "2025年1月25日"]


@pytest.mark.parametrize("columns", [None, 12, 18, 26])
def test_a_title_restated_after_its_lead_is_no_second_document(columns):
    """The document's own title, its organ left off, run in after the lead
    that ends on its colon where the items begin ('…通告如下：关于…的通告'):
    where the wrap sets it at a line's head it is the title printed again
    in the body, no new document, and the items under it are the first's."""
    doc, = _documents(RESTATED, columns)
    assert doc.title == "某某市农业农村局关于2025年全市天然水域春季禁渔的通告"
    labels = [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["一、", "二、", "三、"]


def test_a_forwarded_title_under_the_lead_of_its_forwarding_notice_stays_its_text():
    """The control: a 转发's title ends on the forwarded title, and its lead
    ends on a colon over it; the forwarded text is printed under it as a
    text of its own, not the notice's title again."""
    doc, = _documents(FORWARDING, 12)
    assert doc.title == "某某县人民政府转发市人民政府关于加强春季禁渔工作的通知"
    assert [part.title for part in doc.parts][1:] == ["关于加强春季禁渔工作的通知"]
