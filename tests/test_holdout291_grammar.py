"""The document grammar on layouts of the two-hundred-and-ninety-first
held-out set's kind (issue #11): foreign-trade and opening-up texts of city
bodies (外商投资, 招商引资, 外贸) as law mirrors and city-site mirrors store
them (a mirror's 发文字号 in ASCII parentheses on the line under the title; a
title naming '市政府辦公室' without its city, in traditional characters; the
发文字号 on the first line over a title that names no organ; a title the
mirror broke inside its 《》 over two lines; a 成文日期 written with ASCII
zeros for '○', '二000年三月五日'; an article broken after a '《' it opens).
The set measured every document and field right in every layout, order,
two columns and titles run into their 主送 before any rule looked at it, so
these cases pin its shapes against later rules. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A law mirror's 通知 cut short: the 发文字号 in ASCII parentheses under the title, 一、 headings, a '(一)' heading.
PARENTHESISED_NUMBER = ["某某市人民政府办公厅关于开展外商投资企业服务月活动的通知", "(某政办函〔2006〕207号)",
                        "各区、县(市)人民政府,市政府各部门、各直属单位:",
                        "为优化外商投资环境,市政府决定,8月份在全市开展外商投资企业服务月活动。现将有关事项通知如下:",
                        "一、指导思想", "进一步优化政府服务,维护和保障外商投资企业的合法权益。", "二、组织机构",
                        "市政府成立服务月活动领导小组,办公室设在市商务局。", "三、主要内容",
                        "服务月活动以各级政府及相关部门为主体,面向全市外商投资企业。", "(一)进行1次外商投资企业调研活动。",
                        "由市商务局以发征求意见函的形式调研外商投资企业200-400家(世界"]
# A city-site mirror's 通知 in traditional characters: '市政府辦公室' without its city, items run in, no signature.
OFFICE_WITHOUT_CITY = ["市政府辦公室關于做好境外招商信息報送工作的通知", "某政辦發〔2004〕44號",
                       "各縣(市)、區人民政府,市各有關部門和單位:",
                       "為全面整合招商信息資源,經市政府同意,現就有關事項通知如下:",
                       "一、各經貿團組出國(境)開展招商引資時,應明確一名信息報送聯絡人。",
                       "二、經貿團組出訪回國后,要在15日內填寫信息報送表(見附件)。",
                       "三、市招商引資推進辦公室每月匯總全市境外招商信息情況。"]
# A mirror of a city's 市府文件: the 发文字号 over a title naming no organ, 一、 and '(一)' headings ending in '。'.
NUMBER_OVER_TITLE = ["某府〔2011〕15號", "關于進一步加強招商引資促進產業轉型升級的指導意見",
                     "各區、縣級市人民政府,市政府各部門、各直屬機構:",
                     "為增強我市對國內外資本的吸引力,現提出如下指導意見:", "一、總體要求", "(一)指導思想。",
                     "按照全面建設國家中心城市的戰略部署,加大改革開放力度,優化利用外資結構。", "(二)工作目標。",
                     "力爭到2015年,實現招商引資總量大幅增長。", "二、工作重點", "(一)強化重點區域招商引資。",
                     "結合國際產業轉移的新趨勢,加強與周邊國家在高端"]
# A law mirror's 通知 issuing a 规定: its title broken inside the 《》, a date with ASCII zeros, 第一条 broken after '关于'.
BROKEN_IN_QUOTES = ["某某市人民政府关于印发《某某市进一步", "鼓励外商投资的若干规定》的通知", "(某政发〔2000〕21号)",
                    "各区、市、县人民政府,市政府各委、办、局:",
                    "现将《某某市进一步鼓励外商投资的若干规定》印发给你们,请遵照执行。", "某某市人民政府", "二000年三月五日",
                    "某某市进一步鼓励外商投资的若干规定",
                    "第一条 为了吸收外资,根据《国务院办公厅转发外经贸部等部门关于",
                    "当前进一步鼓励外商投资意见的通知》以及国家有关规定,制定本规定。",
                    "第二条 在本市行政区域内设立外商投资企业,适用于本规定。",
                    "外商投资项目,属国家《", "外商投资产业指导目录》中限制项目的,经批准,可以另行处理。",
                    "第三条 简化外商投资项目和企业设立的审批手续。对总投资额不超过1000元的项目(不含限制类和特"]

COLUMNS = [None, 18, 22, 26]


def _labels(doc) -> list[str]:
    return [p.label for p in doc.provisions]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_number_in_ascii_parentheses_under_the_title_is_its_number(columns):
    """GB/T 9704 7.2.4: '(某政办函〔2006〕207号)' on the line under the
    title is the 发文字号 without its brackets; cut short, unsigned, the
    office the title names issues it; 一、 and '(一)' are its headings; the
    notice under the cut is a document of its own."""
    docs = _documents(PARENTHESISED_NUMBER + NOTICE, columns)
    assert [d.title for d in docs] == [PARENTHESISED_NUMBER[0], NOTICE[0]]
    doc = docs[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政办函〔2006〕207号", ["某某市人民政府办公厅"], None)
    assert _labels(doc) == ["一、", "二、", "三、", "（一）"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_office_named_without_its_city_issues_the_notice_it_titles(columns):
    """'市政府辦公室關于…的通知': the organ the title names is the issuer
    though it names no city; the number under it read; 一、 to 三、 run into
    their sentences are its items (control: the notice under it keeps its
    own organ and date)."""
    docs = _documents(OFFICE_WITHOUT_CITY + NOTICE, columns)
    assert [d.title for d in docs] == [OFFICE_WITHOUT_CITY[0], NOTICE[0]]
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == ("某政辦發〔2004〕44號", ["市政府辦公室"], None)
    assert _labels(docs[0]) == ["一、", "二、", "三、"]
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2021-03-01")


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_number_over_a_title_naming_no_organ(columns):
    """GB/T 9704 7.2.4 over 7.3.1: '某府〔2011〕15號' on the first line is
    the number of the title under it, which names no organ (no issuer); its
    文种 '指導意見' is the kind 意见; the 主送 read; '(一)指導思想。' headings
    ending in '。' are '（一）' items."""
    docs = _documents(NUMBER_OVER_TITLE + NOTICE, columns)
    assert [d.title for d in docs] == [NUMBER_OVER_TITLE[1], NOTICE[0]]
    doc = docs[0]
    assert (doc.doc_number, doc.issuers, doc.kind) == ("某府〔2011〕15號", [], "意见")
    assert doc.addressees == "各區、縣級市人民政府，市政府各部門、各直屬機構"
    assert _labels(doc) == ["一、", "（一）", "（二）", "二、", "（一）"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_broken_inside_its_quotes_and_a_date_with_ascii_zeros(columns):
    """A title the mirror broke inside its 《》 is one title; '二000年三月五日'
    (ASCII zeros for '○') is the 成文日期; the 规定's title under it is the
    issued text and its articles, the one broken after '关于' and the
    paragraph broken after '《', are whole (control: 第二条 and 第三条 stay
    apart)."""
    docs = _documents(BROKEN_IN_QUOTES + NOTICE, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于印发《某某市进一步鼓励外商投资的若干规定》的通知", NOTICE[0]]
    doc = docs[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政发〔2000〕21号", ["某某市人民政府"], "2000-03-05")
    assert [p.title for p in doc.parts][1:] == ["某某市进一步鼓励外商投资的若干规定"]
    assert _labels(doc) == ["第一条", "第二条", "第三条"]
    assert "关于当前进一步鼓励外商投资意见的通知》" in doc.provisions[0].text
