"""The document grammar on layouts of the three-hundred-and-thirty-first held-out
set's kind (issue #11): illegal-construction control texts (违法建设 通告) of
city and county governments as their own sites, a city's newspaper and law
libraries store them (a county's 通告 whose title breaks after its 关于, the
发文字号 under it with no parentheses, '一、' to '六、', signature and date; a
city's 通告 printed with a 主送, a closing paragraph with no label and a date in
Chinese numerals with no signature; a city's 通告 titled with no organ whose last
item runs 特此通告 in, then telephone lines, the last running the signature and
the date into its end; a 通告 whose paragraph a site's links break after each
'《'). The set measured every document, field and provision right in every
layout, order, two columns and titles run into their 主送 before any rule looked
at it, so these cases pin its shapes against later rules. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A county's 通告: the title broken after its 关于, the number with no parentheses, items, signature and date.
BROKEN_AFTER_ABOUT = ["某某县人民政府关于", "开展违法建设集中清理的通告", "某通字〔2015〕2号",
                      "为遏制违法占地和违法建设行为,维护城乡规划秩序,根据有关法律法规,县人民政府决定开展集中清理。现将有关事项通告如下:",
                      "一、凡未经批准或不按批准要求建设的建筑物、构筑物,均属违法建设。",
                      "二、违法建设须在本通告发布之日起15日内自行拆除。",
                      "三、逾期不拆除的,依法予以强制拆除。",
                      "四、本通告自发布之日起施行。",
                      "某某县人民政府", "2015年4月8日"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_title_broken_after_its_about_with_a_bare_number(columns):
    """GB/T 9704 7.3.1: the title's two lines join though the break falls
    right after 关于; 7.2.4: the 发文字号 under it is read though no
    parentheses mark it; '一、' to '四、' are provisions; 7.3.5.1: the organ
    over the date signs it."""
    doc = _two(BROKEN_AFTER_ABOUT, columns)
    assert doc.title == "某某县人民政府关于开展违法建设集中清理的通告"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某通字〔2015〕2号", ["某某县人民政府"], "2015-04-08")
    assert _labels(doc) == ["一、", "二、", "三、", "四、"]


# A city's 通告 printed with a 主送, a closing paragraph with no label, a date in Chinese numerals and no signature.
ADDRESSED_UNSIGNED = ["某某市人民政府关于严厉查处新增违法建设的通告", "各县(市、区)人民政府,市人民政府各部门:",
                      "为维护城乡规划的严肃性,严厉打击各类违法建设行为,现将有关事宜通告如下:",
                      "一、在市规划区内进行建设活动,必须依法办理规划许可手续。",
                      "二、对新增的违法建设,依法应当拆除的必须拆除。",
                      "希望全体市民严格遵守城乡规划,积极配合相关部门做好违法建设查处工作。",
                      "二○一二年五月十日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_addressed_notice_closed_by_a_date_in_chinese_numerals(columns):
    """GB/T 9704 7.3.2: a 主送 printed over a 通告 is its 主送; a closing
    paragraph with no label stays in the text; 7.3.5.4: a date in Chinese
    numerals with no organ over it closes the notice, whose issuer is the
    organ its title names."""
    doc = _two(ADDRESSED_UNSIGNED, columns)
    assert doc.title == ADDRESSED_UNSIGNED[0]
    assert (doc.issuers, doc.date) == (["某某市人民政府"], "2012-05-10")
    assert doc.addressees == "各县（市、区）人民政府，市人民政府各部门"
    assert _labels(doc) == ["一、", "二、"]
    assert "积极配合相关部门" in _text(doc)


# A city's 通告 titled with no organ: 特此通告 run into the last item, telephone lines, the last running the
# signature and the date into its end.
SIGNED_IN_PHONES = ["关于严禁在城市规划区内进行违法建设的通告",
                    "为从严查处城市规划区内私搭乱建行为,根据有关法律法规,现就有关事宜通告如下:",
                    "一、在城市规划区内未经审批建设的,均属违法建设,必须立即停止。",
                    "二、对继续进行违法建设的,责成有关部门强制拆除。",
                    "三、本通告自发布之日起实行特此通告。",
                    "举报电话:0311─8000001(市执法局);",
                    "0311─8000002(东城区);0311─8000003(西城区)。某某市人民政府2016年6月1日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_signature_and_date_run_into_the_end_of_a_telephone_line(columns):
    """GB/T 9704 7.3.5.1: the organ and the 成文日期 run into the end of the
    last telephone line still sign and date the notice, though its title
    names no organ; '特此通告' run into the last item leaves it a
    provision."""
    doc = _two(SIGNED_IN_PHONES, columns)
    assert doc.title == SIGNED_IN_PHONES[0]
    assert (doc.issuers, doc.date) == (["某某市人民政府"], "2016-06-01")
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "举报电话" in _text(doc)


# A 通告 whose paragraph a site's links break after each '《', so that lines open with a law's name.
BROKEN_AT_LINKS = ["某某市人民政府关于查处新区范围内违法建设行为的通告", "(某府字〔2013〕8号)",
                   "为加快新区建设,根据《", "中华人民共和国土地管理法》、《",
                   "中华人民共和国城乡规划法》等规定,市人民政府决定查处新区范围内违法建设行为。现将有关事项通告如下:",
                   "一、没有取得审批手续的建设工程,一律不准开工建设。",
                   "二、对违法建设,当事人必须在本通告发布之日起七日内自行拆除。"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_paragraph_broken_after_each_opening_title_mark(columns):
    """GB/T 9704 7.3.3: lines a site breaks after '《' are one paragraph of
    the body, never a title of their own; 7.2.4: the number in ASCII
    parentheses under the title is read; the excerpt ends after '二、' and the
    next title closes it."""
    doc = _two(BROKEN_AT_LINKS, columns)
    assert doc.title == BROKEN_AT_LINKS[0]
    assert (doc.doc_number, doc.issuers) == ("某府字〔2013〕8号", ["某某市人民政府"])
    assert _labels(doc) == ["一、", "二、"]
    assert "中华人民共和国城乡规划法" in _text(doc)
