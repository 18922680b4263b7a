"""The document grammar on layouts of the two-hundred-and-ninety-fifth
held-out set's kind (issue #11): census texts (人口普查, 经济普查, 农业普查) of
city and district bodies as rules sites, mirrors, portals and law libraries
store them (a city's 转发 通知 under its 发文字号, headings alone on their
lines, cut at a comma; a mirror that glosses traditional characters with
their pinyin, '某政〔2025〕12號(hào)' over the organ over the rest of the
title; a title with a space inside it, '…关于 开展…'; a district's 街道办事处
titling its own 通知; a city bureau's 通知 with its number in ASCII parentheses
under the title, cut at a heading alone on the last line). The set measured
every document, field and provision right in every layout, order, two
columns and titles run into their 主送 before any rule looked at it, so
these cases pin its shapes against later rules. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A city's 转发 通知 cut short: the 发文字号 over the title, 主送 with ASCII parentheses, headings alone, cut at a comma.
FORWARDED = ["某府〔2018〕50号", "某某市人民政府转发省人民政府转发国务院关于开展第四次全国经济普查的通知",
             "各镇人民政府(街道办事处),市府直属各单位:",
             "现将《某某省人民政府转发国务院关于开展第四次全国经济普查的通知》(某府〔2018〕6号)转发给你们,"
             "并结合我市实际提出以下意见,请一并认真贯彻执行。",
             "一、充分认识经济普查的重要意义,统一思想认识",
             "2018年开展的第四次全国经济普查,是一项重大的国情国力调查。各有关单位要把普查工作列入重要议事日程,"
             "按时完成各项普查任务。",
             "二、加快组建各级普查机构,加强组织领导",
             "为加强对普查工作的组织领导,市政府成立第四次全国经济普查领导小组。领导小组由分管副市长任组长,"]
# A mirror glossing traditional characters with their pinyin: the number over the organ over the rest of the title.
PINYIN = ["某政〔2025〕12號(hào)", "某某市人民政府", "關(guān)于做好第四次全國(guó)農(nóng)業(yè)普查工作的通知",
          "各縣(市、區(qū))人民政府,市人民政府各部門:",
          "為切實(shí)做好第四次全國(guó)農(nóng)業(yè)普查工作,現(xiàn)就有關(guān)事項(xiàng)通知如下:",
          "一、普查對(duì)象、內(nèi)容和時(shí)間",
          "普查的標(biāo)準(zhǔn)時(shí)點(diǎn)為2026年12月31日24時(shí),時(shí)期資料為2026年年度資料。",
          "二、普查組織實(shí)施",
          "(一)組建普查機(jī)構(gòu)。市政府成立市第四次全國(guó)農(nóng)業(yè)普查領(lǐng)導(dǎo)小組,負(fù)責(zé)組織全市農(nóng)業(yè)普查工作。領(lǐng)"]
# A portal's copy: the title with a space inside it, headings alone over one or two paragraphs, cut mid-sentence.
SPACED = ["某某市人民政府关于 开展第三次农业普查的通知", "各县(市、区)人民政府,市政府各部门、直属各单位:",
          "为切实做好我市第三次农业普查工作,现将有关事项通知如下:", "一、普查目的和意义",
          "农业普查是全面了解“三农”发展变化情况的重大国情国力调查。", "二、普查对象和范围",
          "第三次农业普查的对象是我市境内的农村住户、农业生产经营单位和村民委员会。",
          "普查的行业范围包括:农作物种植业、林业、畜牧业、渔业和农林牧渔服务业。", "三、普查组织和实施",
          "各级政府和有关部门要按照统一领导、分工协作的原则,认真"]
# A district's 街道办事处 titling its own 通知, 主送 with ASCII parentheses, cut mid-word.
STREET = ["某某区某某路街道办事处关于开展第七次全国人口普查的通知", "各社区企事业单位、各居委、机关各科室(部门):",
          "为切实做好本街道第七次全国人口普查工作,现就有关工作事项通知如下:", "一、普查目的",
          "全面查清本街道人口数量、人口结构、区域分布等基本情况。", "二、普查内容和标准时点",
          "普查标准时点是2020年11月1日零时。", "三、组织实施",
          "为加强组织领导,决定成立街道第七次全国人口普查领导小组。对普查工作中遇到的困难和问题,要及时采取措"]
# A law library's copy of a city bureau's 通知: its number in ASCII parentheses under the title, cut at a heading.
HEADING_LAST = ["某某市国土资源和房屋管理局关于配合做好某某市第六次全国人口普查工作的通知", "(某国房字〔2010〕509号)",
                "各物业服务企业:",
                "根据我市第六次全国人口普查工作的相关要求,现就物业服务企业配合做好人口普查工作的相关事项通知如下:",
                "一、高度重视普查工作", "各物业服务企业应当高度重视人口普查工作,做好普查的各项配合工作。",
                "二、积极做好宣传工作", "利用小区橱窗、公示栏等场地,大力开展宣传活动。", "三、配合提供相关信息"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_forwarding_notice_under_its_number_cut_at_a_comma(columns):
    """GB/T 9704 7.2.4 over 7.3.1: '某府〔2018〕50号' on the first line is
    the number of the 转发 title under it; the city the title names issues
    it; the 主送's ASCII parentheses and comma read as '（）' and '，'; 一、
    and 二、 headings alone on their lines are its items; the sentence cut at
    '任组长,' stays its last and the notice under it is a document of its own;
    the forwarded 通知 is named, not printed, so no part."""
    doc = _two(FORWARDED, columns)
    assert doc.title == FORWARDED[1]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某府〔2018〕50号", ["某某市人民政府"], None, "通知")
    assert doc.addressees == "各镇人民政府（街道办事处），市府直属各单位"
    assert _labels(doc) == ["一、", "二、"]
    assert [p.title for p in doc.parts][1:] == []
    assert "任组长" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_pinyin_mirrors_number_over_the_organ_over_the_title(columns):
    """A mirror's pinyin after its characters ('號(hào)', '關(guān)') is its
    annotation, not the text: the number reads '某政〔2025〕12號'; the organ
    alone over '關于…的通知' is the title's first line and its issuer; the
    '(一)…。' run into its sentence is an item under 二、."""
    doc = _two(PINYIN, columns)
    assert doc.title == "某某市人民政府關于做好第四次全國農業普查工作的通知"
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政〔2025〕12號", ["某某市人民政府"], None, "通知")
    assert doc.addressees == "各縣（市、區）人民政府，市人民政府各部門"
    assert _labels(doc) == ["一、", "二、", "（一）"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_with_a_space_inside_it(columns):
    """A title a portal printed with a space after its 关于 is one title,
    the space dropped; the organ it names issues it; 一、 to 三、 headings
    alone, one over two paragraphs, are its three items; cut at '认真',
    unsigned, no number and no date."""
    doc = _two(SPACED, columns)
    assert doc.title == "某某市人民政府关于开展第三次农业普查的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["某某市人民政府"], None)
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "认真" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_street_office_titles_its_own_notice(columns):
    """'某某区某某路街道办事处关于…的通知': the district's 街道办事处 the title
    names is the issuer; its 主送 of 居委 and 科室 with ASCII parentheses read;
    cut at '采取措', the notice under it apart."""
    doc = _two(STREET, columns)
    assert doc.title == STREET[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["某某区某某路街道办事处"], None)
    assert doc.addressees == "各社区企事业单位、各居委、机关各科室（部门）"
    assert _labels(doc) == ["一、", "二、", "三、"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_bureaus_notice_cut_at_a_heading_alone(columns):
    """GB/T 9704 7.2.4: '(某国房字〔2010〕509号)' under the title is its
    number; a heading alone on the excerpt's last line ('三、配合提供相关信息')
    is its third item, not the next document's title, which stays the
    notice's own."""
    doc = _two(HEADING_LAST, columns)
    assert doc.title == HEADING_LAST[0]
    assert (doc.doc_number, doc.issuers, doc.addressees) == ("某国房字〔2010〕509号", ["某某市国土资源和房屋管理局"],
                                                            "各物业服务企业")
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "配合提供相关信息" in _text(doc)
