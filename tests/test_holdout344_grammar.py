"""The document grammar on layouts of the three-hundred-and-forty-fourth
held-out set's kind (issue #11): farmland construction, land consolidation and
farmland protection texts of city, county and district bodies (a city office's
notice issuing its year's 耕地保护目标责任考核办法, a city's notice issuing a
土地综合整治 项目管理暂行办法, a county office's 通报 commending farmland
protection, a district's 函 asking its towns' views on a 高标准农田 plan, a
county-level city's 通告 forbidding turf on farmland) as law libraries, their
sites and a mirror store them: notices dated under their one sentence with no
signature, the 发文字号 in ASCII parentheses on its own line, the date in
Chinese numerals or with the letter O for 〇, the issued text's title, a
preamble broken by the store inside a book title, '1、' items, an excerpt
cut at an open parenthesis; a 通报 signed over a date with no 日 after its
附件 line with a file-type tail; a 函 titled with no organ over two lines,
a table stored one cell a line with ' |' marks, a date with no signature; a
通告 in traditional characters with a mirror's pinyin, titled over two lines,
a heading alone under its preamble, cut inside a book title. The set measured
every document, field, provision and part right in every layout, order, two
columns and boxes before any rule looked at it, so these cases pin its shapes
against later rules. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city office's notice issuing a 考核办法: its number in ASCII parentheses, dated in 〇 with no signature, the
# 办法's title, a preamble, a heading alone, run-in items, one broken after '〈', '1、' items; cut at an open '('.
ISSUED_UNSIGNED = ["北山市人民政府办公室关于印发《2011年度耕地保护目标责任考核办法》的通知", "(北政办发〔2011〕68号)",
                   "各县(区)人民政府,市政府各部门、直属机构:",
                   "经市人民政府同意,现将《2011年度耕地保护目标责任考核办法》印发你们,请认真贯彻执行。",
                   "二〇一一年五月十九日", "2011年度耕地保护目标责任考核办法",
                   "为保证耕地保护目标责任的全面履行,确保全市耕地数量不减少,质量有提高,特制定本办法。",
                   "一、考核原则", "(一)依法依规原则。严格依照《自治区人民政府办公厅关于印发〈",
                   "耕地保护责任目标考核实施办法〉的通知》的规定,依法依规开展考核工作。",
                   "(二)客观公正原则。切实做到公开、公正、公平。", "二、考核目标",
                   "(一)耕地保有量。全市耕地保有量不得低于502.73万亩,其中:",
                   "1、东城区耕地保有量不低于155.47万亩;", "2、西城区耕地保有量不低于174.29万亩;",
                   "3、南城区耕地保有量不低于46.67万亩(水"]
# A city's notice issuing a 暂行办法: dated with the letter O for 〇, chapters and articles, a paragraph under one.
MEASURES_ISSUED = ["北山市人民政府关于印发《北山市农村土地综合整治项目管理暂行办法》的通知", "(北政发〔2010〕11号)",
                   "各县市区人民政府,市直机关各部门:",
                   "《北山市农村土地综合整治项目管理暂行办法》已经市人民政府同意,现印发给你们,请认真遵照执行。",
                   "二O一O年四月十九日", "北山市农村土地综合整治项目管理暂行办法", "第一章 总则",
                   "第一条 为规范开展全市农村土地综合整治项目管理工作,结合我市实际,制定本办法。",
                   "第二条 本办法所称农村土地综合整治项目是指经批准立项的土地整理复垦开发项目。",
                   "国有农场等单位的农村土地综合整治可参照此规定执行。",
                   "第三条 农村土地综合整治项目管理工作按照“市主导、县实施”的原则实施。"]
# A county office's 通报: signed over a date with no 日, after a 附件 line with its file type.
COMMENDED = ["南岭县人民政府办公室关于2023年度全县耕地保护工作先进单位和先进个人的通报",
             "各镇人民政府,县政府各工作部门、直属事业单位:",
             "2023年,全县上下切实履行耕地保护主体责任,全县耕地保护工作取得积极成效。经各镇推荐、县级综合评定,"
             "县政府同意对全县耕地保护成效突出的1个镇和10名先进个人予以通报表扬。",
             "希望受到通报表扬的镇和先进个人充分发挥示范引领作用,为守住耕地保护红线做出更大贡献。",
             "附件:2023年度全县耕地保护工作先进单位和先进个人名单 .doc", "南岭县人民政府办公室", "2025年1月23"]
# A district's 函 with no organ, titled over two lines broken inside the name, a table a cell a line, a date alone.
LETTER_TABLE = ["关于征求2021-2030年高标准农田", "建设规划任务意见的函", "东山镇、西山镇、南山乡人民政府:",
                "为认真谋划我区新一轮高标准农田建设工作,初步制定了全区高标准农田建设规划任务面积。现将拟下达你乡(镇)"
                "的规划任务面积征求意见,请于2022年4月15日下班前将相关意见书面反馈。",
                "单位 |", "到2025年规划指标(万亩) |", "到2030年规划指标(万亩) | ||||", "全区 |", "5.56 |", "0.80 | ||",
                "东山镇 |", "2.70 |", "0.40 | ||", "2022年4月12日"]
# A county-level city's 通告 in traditional characters with pinyin, titled over two lines, cut inside a book title.
TURF_BAN = ["南嶺市人民政府關(guān)于禁止占用耕地和", "永久基本農(nóng)田種植草皮的通告",
            "為切實保護耕地和永久基本農(nóng)田,確保國家糧食安全,根據(jù)《中華人民共和國土地管理法》等相關(guān)法律法規(guī)的規(guī)定,"
            "現(xiàn)就禁止占用耕地和永久基本農(nóng)田種植草皮有關(guān)事項通告如下:",
            "一、禁止占用耕地和永久基本農(nóng)田種植草皮",
            "在耕地上種植草皮、鏟草帶土的行為,對耕地耕作層造成嚴(yán)重破壞。一經(jīng)查實,將根據(jù)《中華人民共和國土"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_dated_with_no_signature_issues_its_measures_cut_at_an_open_parenthesis(columns):
    """GB/T 9704 7.2.4: the 发文字号 on its own line under the title, in ASCII
    parentheses; 7.3.5.4: a 成文日期 in Chinese numerals under the one sentence
    with no signature over it, so the issuer is the organ the title names
    (7.3.1); the 办法's title under the date is the text the notice issues; a
    preamble broken by the store after '〈' goes on in the next line, no title;
    '一、' alone a heading, '(一)' run into their sentences and '1、' items are
    provisions; the excerpt cut at an open '(' closes nothing."""
    doc = _two(ISSUED_UNSIGNED, columns)
    assert doc.title == ISSUED_UNSIGNED[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办发〔2011〕68号", ["北山市人民政府办公室"], "2011-05-19")
    assert "2011年度耕地保护目标责任考核办法" in [p.title for p in doc.parts]
    assert _labels(doc) == ["一、", "（一）", "（二）", "二、", "（一）", "1、", "2、", "3、"]
    assert "依法依规开展考核工作" in _text(doc) and _text(doc).endswith("(水")


@pytest.mark.parametrize("columns", COLUMNS)
def test_measures_issued_under_a_date_with_latin_os_keep_their_chapters_and_articles(columns):
    """GB/T 9704 7.3.5.4: a date whose 〇 the store printed as Latin O is the
    成文日期; the 暂行办法's title under it is the text issued; 规章制定程序条例
    第二十一条 / 立法技术规范: '第一章' over its articles, a paragraph under
    第二条 no provision of its own."""
    doc = _two(MEASURES_ISSUED, columns)
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政发〔2010〕11号", ["北山市人民政府"], "2010-04-19")
    assert "北山市农村土地综合整治项目管理暂行办法" in [p.title for p in doc.parts]
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第三条"]
    assert "可参照此规定执行" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_report_signed_over_a_date_with_no_day_mark_after_its_annex_line(columns):
    """GB/T 9704 7.3.4: '附件:' and the annex's name (a site's file-type tail
    ' .doc' after it) under the body; 7.3.5.1: the organ under it signs; a
    date the site printed without its closing 日 is still the 成文日期
    (7.3.5.4); no annex is printed after it, so no part."""
    doc = _two(COMMENDED, columns)
    assert doc.title == COMMENDED[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["南岭县人民政府办公室"], "2025-01-23")
    assert doc.addressees == "各镇人民政府，县政府各工作部门、直属事业单位"
    assert _labels(doc) == []
    assert "守住耕地保护红线" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_letter_titled_over_two_lines_with_no_organ_keeps_its_table_and_date(columns):
    """GB/T 9704 7.3.1: a title with no organ over two lines broken inside
    the matter's name ends on its 文种 (函); 7.3.2: the 主送 of three towns;
    a table stored one cell a line with ' |' marks is the body's, its figures
    no labels and no dates; 7.3.5.4: the date alone closes it with no issuer."""
    doc = _two(LETTER_TABLE, columns)
    assert doc.title == "".join(LETTER_TABLE[:2])
    assert (doc.doc_number, doc.issuers, doc.date) == (None, [], "2022-04-12")
    assert doc.addressees == "东山镇、西山镇、南山乡人民政府"
    assert _labels(doc) == []


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_with_pinyin_titled_over_two_lines_cut_inside_a_book_title(columns):
    """GB/T 9704 7.3.1: a title over two lines (the organ and part of the
    matter over the rest and the 文种), a mirror's pinyin in parentheses after
    some characters; no 主送 for a 通告 (7.3.2); the preamble ends '通告如下:',
    '一、' alone a heading; cut inside a book title, so no signature or date
    and the issuer is the title's organ."""
    doc = _two(TURF_BAN, columns)
    assert doc.title == "南嶺市人民政府關于禁止占用耕地和永久基本農田種植草皮的通告"  # (the pinyin no part of it)
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["南嶺市人民政府"], None, None)
    assert _labels(doc) == ["一、"]
    assert "鏟草帶土" in _text(doc)
