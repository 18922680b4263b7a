"""The document grammar on layouts of the three-hundred-and-sixty-sixth
held-out set's kind (issue #11): dispute mediation and public legal service
texts of city, county and district bodies (a district justice bureau's and
finance bureau's joint notice issuing a revised 实施办法 on mediation funding,
a county-level city justice bureau's notice on grading people's mediators
with its 版头, 附件说明, 版记 and a printed annex, a city's 办法 on trade and
professional mediation) as a district's site, a news mirror and a mirror
store them: a title with no organ signed by two bureaus one a line, then the
issued 办法's title ending '(修订)', '一、' headings alone and an ASCII '(一)'
where the store cut it; a 版头 line over the 发文字号 over a title broken in
its words, '一、' to '四、' run into their sentences, '附件:1. …' and '2. …'
over the signature, '抄送:…' and the '…印发' line, then '附件1' over the
annex's title and '(试行)' on two lines, its 第一条 cut after '《'; a 办法's
title alone over '第一章 总 则', 条 with '(一)' items and unlabelled
paragraphs, cut at one character. The set measured every document, field,
provision and part right in every layout, order, two columns and boxes before
any rule looked at it, so these cases pin its shapes against later rules.
Each case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A joint notice with no organ in its title, two bureaus signing one a line, the issued 办法 ending '(修订)', cut.
FUNDING = ["关于印发北山市南岭区调解工作经费保障实施办法(修订)的通知", "各镇人民政府、街道办事处,区直各相关单位:",
           "为进一步发挥调解工作在矛盾纠纷化解中的基础性作用,经研究,对《北山市南岭区调解工作经费保障实施办法》(南司〔2021〕9号)进行修订,现予以印发,请遵照执行。",
           "北山市南岭区司法局", "北山市南岭区财政局", "2024年5月20日",
           "北山市南岭区调解工作经费保障实施办法(修订)",
           "为强化矛盾纠纷预防在前、调解优先的理念,根据《中华人民共和国人民调解法》等规定,结合南岭实际,特制定本办法。",
           "一、适用范围", "本办法所称调解工作经费包括指导调解工作经费、人民调解员补贴经费和购买调解服务经费等。",
           "二、人民调解补贴对象、标准和申报规则", "(一)人民调解补贴对象:"]
# A bureau's notice under its 版头 and number, the title broken in its words, an 附件说明, the 版记, a printed annex.
GRADING = ["东湖市司法局文件", "东司〔2016〕27号", "关于开展全市等级人民调解员", "评定工作的通知",
           "各乡镇(街道)综治办、司法所、各行业性调委会:",
           "为充分调动全市人民调解员的积极性,结合我市实际,决定在全市开展等级人民调解员评定工作,现将有关事项通知如下:",
           "一、申报时间:6月1 日- 6月30日", "二、评定对象:经过司法行政机关备案的各类人民调解委员会聘任的人民调解员。",
           "三、评定办法:由各乡镇(街道)推荐,报市司法局确认。", "四、相关要求:请各司法所做好评定工作,联系电话:81234567。",
           "附件:1. 北山省人民调解员等级评定管理办法(试行)", "2. 人民调解员申请表", "东湖市司法局", "2016年05月20日",
           "抄送:北山市司法局,市委政法委。", "东湖市司法局办公室 2016年05月20日印发", "附件1", "北山省人民调解员等级评定管理办法",
           "(试行)", "第一条 为加强人民调解员队伍建设,调动工作积极性,根据《中华人民共和国人民调解法》、国务院《"]
# A 办法's title alone, '第一章 总 则', 条 with '(一)' items and unlabelled paragraphs, cut at one character.
MEASURES = ["北山市行业性专业性人民调解工作管理办法", "第一章 总 则",
            "第一条 为规范行业性、专业性人民调解工作,根据《中华人民共和国人民调解法》等规定,结合我市实际,制定本办法。",
            "第二条 我市行政区域内行业性、专业性人民调解工作的管理,适用本办法。",
            "第三条 行业性、专业性人民调解工作应当遵循下列原则:", "(一)坚持以人为本,提供便捷服务;",
            "(二)坚持在当事人自愿、平等的基础上进行调解;", "(三)不违背法律、法规和国家政策。",
            "第四条 坚持党委领导、政府主导、司法行政机关指导,共同推进行业性、专业性人民调解工作。",
            "司法行政机关负责统筹和指导行业性、专业性人民调解工作。", "人民法院负责对人民调解组织调解纠纷进行业务指导。", "人"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_joint_notice_with_no_organ_in_its_title_issues_its_revised_measures_and_is_cut(columns):
    """党政机关公文处理工作条例 第十七条 and GB/T 9704 7.3.5.1: a title with no
    organ is issued by the two bureaus that sign it one a line over one date;
    the 办法 titled after the date, ending '(修订)', is the text it issues,
    its '一、' headings alone provisions with '(一)' (ASCII parentheses) under
    '二、', where the store cut it."""
    doc = _two(FUNDING, columns)
    assert doc.title == FUNDING[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (
        None, ["北山市南岭区司法局", "北山市南岭区财政局"], "2024-05-20")
    assert doc.addressees == "各镇人民政府、街道办事处，区直各相关单位"
    assert _labels(doc) == ["一、", "二、", "（一）"]
    assert [p.title for p in doc.parts][1:] == ["北山市南岭区调解工作经费保障实施办法(修订)"]
    assert "（南司〔2021〕9号）" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_bureau_notice_under_its_masthead_keeps_its_annex_list_record_and_printed_annex(columns):
    """GB/T 9704 7.2 (版头): the '…文件' line and the 发文字号 over a title
    broken inside its words; 7.3.3: '一、' to '四、' run into their sentences;
    7.3.4: '附件:1. …' and '2. …' are the 附件说明, no provisions; 7.3.5: the
    bureau and the date; 7.4 (版记): '抄送:…' and the '…印发' line open no
    document; 8.1: '附件1' over the annex's title and '(试行)' on two lines is
    the printed annex, its 第一条 cut after '《'."""
    doc = _two(GRADING, columns)
    assert doc.title == "关于开展全市等级人民调解员评定工作的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("东司〔2016〕27号", ["东湖市司法局"], "2016-05-20")
    assert doc.addressees == "各乡镇（街道）综治办、司法所、各行业性调委会"
    assert _labels(doc) == ["一、", "二、", "三、", "四、", "第一条"]
    assert [p.title for p in doc.parts][1:] == ["北山省人民调解员等级评定管理办法(试行)"]
    assert "81234567" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_measures_title_alone_over_its_chapter_keeps_items_and_unlabelled_paragraphs(columns):
    """规章制定程序条例 第八条 (章, 条, 款, 项): a 办法's title with no organ and
    no signature over '第一章 总 则'; '(一)' to '(三)' are 项 of 第三条, the
    unlabelled paragraphs under 第四条 its 款; the single character where the
    store cut it stays text and opens nothing."""
    doc = _two(MEASURES, columns)
    assert doc.title == MEASURES[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, [], None, None)
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第三条", "（一）", "（二）", "（三）", "第四条"]
    assert "人民法院负责对人民调解组织调解纠纷进行业务指导。" in _text(doc)
