"""The document grammar on layouts of the three-hundred-and-thirty-second held-out
set's kind (issue #11): forest-pest and plant-quarantine texts (松材线虫病 防治
检疫 通告, a 通告 on the quarantine of moved seedlings and timber, 美国白蛾
monitoring and 松科植物 notices, a 印发 notice of pest-monitoring guidance) of
city, county and district bodies as their sites, a mirror and a regional portal
store them (a county government's 通告 under its province's 规范性文件 登记号, its
organ alone over its 关于, its 发文字号 under them, no 主送, cut inside 四、; a
county bureau's 通告 titled with its organ, cut at an open '《'; a district's
notice titled from 关于 closing on '特此通知' with no stop and a date whose
年/月/日 the site lost ('201449'); a county body's notice with '1、' to '4、' run
into their sentences, cut inside the last; a city bureau's 印发 notice whose
title breaks inside its 《》, signed and dated). The set measured every
document, field and provision right in every layout, order, two columns and
titles run into their 主送 before any rule looked at it, so these cases pin its
shapes against later rules. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A county government's 通告 under its 登记号, the organ over its 关于, the number under them, no 主送, cut inside 四、.
REGISTERED = ["NLDR-2023-00007", "南岭县人民政府", "关于加强松树病害防治检疫工作的通告", "南政通〔2023〕3号",
              "为加强松树病害防治检疫工作,保护我县松林资源安全,根据有关法律法规规定,现就有关事项通告如下:",
              "一、全县范围内未作无害化处理的松科植物均作病木管理,禁止经营性采伐。",
              "二、禁止未经检疫的松科植物及其产品调入和外运,县直有关部门要密切配合。",
              "三、凡发现松树针叶枯黄死亡的,应及时向乡镇或县林业部门报告(电话:0000-1234567)。",
              "四、严禁任何单位或个人擅自藏匿、偷运病木,违者由县林业执法大"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_registered_notice_titled_over_two_lines_with_its_number_and_no_addressee(columns):
    """GB/T 9704 7.3.1: the organ alone on the line over its 关于 and the 文种
    通告 are one title, the 登记号 a province prints above it no part of it;
    7.2.4 the 发文字号 under the title; a 通告 has no 主送 (7.3.2 names none for
    a text to the public); the excerpt cut inside 四、 ends the text with no
    signature, so its issuer is the organ the title names."""
    doc = _two(REGISTERED, columns)
    assert doc.title == "南岭县人民政府关于加强松树病害防治检疫工作的通告"
    assert (doc.doc_number, doc.issuers, doc.date) == ("南政通〔2023〕3号", ["南岭县人民政府"], None)
    assert not doc.addressees
    assert _labels(doc) == ["一、", "二、", "三、", "四、"]


# A county bureau's 通告, its organ in the title, no number and no 主送, cut at an open '《'.
CUT_AT_BRACKET = ["北山县自然资源和林业草原局关于加强调运苗木及其制品检疫工作的通告",
                  "为做好调运苗木、木材及其制品的检疫监管工作,根据有关法律法规,现就有关事宜通告如下:",
                  "一、从外地调入苗木、木材及其制品的,必须主动申请复检,复检合格后方可使用。",
                  "二、调出本县的苗木及其制品,调出前必须向县林业站报检。",
                  "三、对未依照规定办理检疫证书自行调运的,一经发现,将坚决按照《植物检"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_bureaus_notice_cut_at_an_open_bracket_keeps_its_title_and_items(columns):
    """GB/T 9704 7.3.1: a title naming its organ ends in its 文种; the excerpt
    cut at an open '《' (no closing mark, no signature) still ends at the next
    title; the organ the title names is the issuer."""
    doc = _two(CUT_AT_BRACKET, columns)
    assert doc.title == CUT_AT_BRACKET[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["北山县自然资源和林业草原局"], None)
    assert _labels(doc) == ["一、", "二、", "三、"]


# A district's notice titled from 关于, '特此通知' with no stop, and a date line whose 年/月/日 the site lost.
LOST_DATE = ["关于开展林木害虫监测的通知", "各街道、林场及有关单位:",
             "为及时掌握虫情动态,要求各街道、林场及有关单位从即日起开展监测工作,并将监测点位置于本月12日前报区森防站。",
             "特此通知", "201449"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_from_its_about_with_a_date_that_lost_its_marks(columns):
    """GB/T 9704 7.3.1-7.3.2: a title opening on 关于, its 主送 to the colon;
    7.3.5.4 a 成文日期 is 年, 月 and 日 in figures or numerals: six figures
    with no mark ('201449') cannot be read as one, so no date, and no organ
    printed or signed, so no issuer."""
    doc = _two(LOST_DATE, columns)
    assert doc.title == LOST_DATE[0]
    assert doc.addressees == "各街道、林场及有关单位"
    assert (doc.doc_number, doc.issuers, doc.date) == (None, [], None)
    assert "本月12日前" in _text(doc)


# A county body's notice, '1、' to '3、' run into their sentences, cut inside the last.
FIGURE_ITEMS = ["关于加强松科植物及其产品管理的通知", "各乡镇林业工作站、木材检查站:",
                "为切实做好松树病害防范工作,对松科植物及其产品的调运和加工提出如下管理意见:",
                "1、加强调运管理。严禁从疫区调入松材及其产品,从非疫区调入的凭证调运。",
                "2、强化复检。凡从外地调入的,自到货之日起七个工作日内报请县森防站复检。",
                "3、加强监测。发现枯死松树,及时取样镜检。请各相关单位积极配合,共同努力"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_figures_with_a_comma_mark_are_the_notices_items(columns):
    """GB/T 9704 7.3.3: the body's third level is numbered '1.'; a site's
    '1、' with the enumeration comma is the same label, so '1、' to '3、' run
    into their sentences are three provisions of one scheme, the cut last one
    included."""
    doc = _two(FIGURE_ITEMS, columns)
    assert doc.title == FIGURE_ITEMS[0]
    assert doc.addressees == "各乡镇林业工作站、木材检查站"
    assert [p.kind for p in doc.provisions] == ["ar", "ar", "ar"]


# A city bureau's 印发 notice, its title broken inside its 《》, signed and dated.
BROKEN_IN_QUOTES = ["西川市农业农村局关于印发《西川市玉米害虫监测防控工作", "要求及技术指导意见》的通知",
                    "各县(市)区农业农村局,局属有关事业单位:",
                    "为切实抓好全市玉米害虫监测与防控工作,我局组织专家研究制定了技术指导意见,请结合工作实际,认真抓好落实。",
                    "特此通知。", "西川市农业农村局", "2019年6月20日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_broken_inside_its_quotes_joins_and_the_bureau_signs(columns):
    """GB/T 9704 7.3.1: a title over two lines joins though the break falls
    inside the 《》 of the text it issues; 7.3.5.1 the organ over the date
    signs it; the issued text not printed, no part is named for it."""
    doc = _two(BROKEN_IN_QUOTES, columns)
    assert doc.title == "西川市农业农村局关于印发《西川市玉米害虫监测防控工作要求及技术指导意见》的通知"
    assert (doc.issuers, doc.date) == (["西川市农业农村局"], "2019-06-20")
    assert doc.addressees == "各县（市）区农业农村局，局属有关事业单位"
