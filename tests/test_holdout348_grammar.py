"""The document grammar on layouts of the three-hundred-and-forty-eighth
held-out set's kind (issue #11): fire safety texts of city and county bodies
(消防安全, 消防工作, 火灾隐患: a city office's notice putting an area under
挂牌督办 as a 火灾高风险区域, a city office's notice on 火灾隐患大排查大整治, a
city general office's notice on 督察 of a '清剿火患' campaign, a city's 通告
on residential fire lanes, a city's notice issuing its 消防安全责任制实施细则,
a county office's 紧急通知 on fire prevention) as their sites, law libraries,
mirrors and a vendor's site store them: a 函's 发文字号 under the title, a
paragraph opening on a date ('2023年10月底前,…') above the signature and the
date; the 发文字号 in ASCII parentheses, a preamble broken by the store after
an open '《' whose next line opens on a government's name, headings alone on
their lines, an excerpt cut mid-word; a span of days alone under a heading,
'1.第一组(东片)' items over '带队领导:… 王明' lines with a space before the
name; a 通告 in traditional characters with a mirror's pinyin, no 主送, cut
at '四、城鎮'; a title broken after '印发', chapters and articles citing
damaged 发文字号; a 发文字号 that lost its '〕' and '号' over the organ and
the rest of the title, dates that lost their 月 and 日. The set measured every
document, field, provision and part right in every layout, order, two
columns and boxes before any rule looked at it, so these cases pin its shapes
against later rules. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city office's notice under a 函's 发文字号, a paragraph opening on a date, signed and dated.
HIGH_RISK = ["北山市人民政府办公室关于挂牌督办北山市2023年火灾高风险区域的通知", "北府办函〔2023〕5号",
             "南岭市人民政府,市直有关单位:",
             "为进一步提升我市火灾防控水平,确保消防安全形势持续稳定,市政府决定将南岭市东湖街道列为北山市2023年火灾高风险区域进行挂牌督办。",
             "2023年10月底前,南岭市政府要将火灾高风险区域自验自评情况报送市消安委。对完成整治任务的,市政府予以摘牌销案。",
             "南岭市政府要将整治方案和工作联系人名单于2023年2月10日前报市消安委办公室(设在市消防救援支队)。",
             "北山市人民政府办公室", "2023年1月15日"]
# A city office's notice, its preamble broken after an open '《' over a government's name; headings alone; cut.
BROKEN_CITATION = ["北山市人民政府办公室关于进一步加强火灾隐患大排查大整治工作的通知", "(北政办〔2011〕65号)",
                   "各县(市、区)人民政府,市人民政府有关部门,高新技术产业开发区管委会,各有关单位:",
                   "为吸取近期亡人火灾事故教训,坚决遏制较大亡人火灾事故的发生,根据《",
                   "北山市人民政府关于实行消防安全一岗双责的意见》(北政〔2011〕12号)等文件精神要求,现就有关事项通知如下:",
                   "一、提高认识,进一步加强对火灾隐患大排查大整治工作的领导",
                   "火灾隐患大排查大整治工作坚持“政府统一领导、部门依法监管、单位全面负责、公民积极参与”的工作原则,确保全市火灾形势持续平稳。",
                   "二、统一目标,进一步明确火灾隐患大排查大整治工作的范围", "火灾隐患大排查大整治工作的目标是通过全市上下共同努"]
# A general office's notice: headings alone, a span of days under one, '1.' groups over '带队领导:… 王明' lines.
INSPECTION = ["北山市人民政府办公厅关于开展“清剿火患”战役督察工作的通知", "(北府办秘〔2011〕126号)",
              "东城县、各区人民政府,市政府有关部门、各有关单位:",
              "为切实消除火灾隐患,经市政府同意,决定开展全市“清剿火患”战役督察工作,现将有关事项通知如下:",
              "一、督察时间", "11月15日至11月30日", "二、督察重点", "督察采取明察和暗访相结合的方式。督察重点是:",
              "1.各区政府“清剿火患”战役部署开展情况;", "2.实地查看各地2-3家社会单位;", "三、督察分组",
              "1.第一组(东片)", "督察地区:东城区、西城区。", "带队领导:市政府副秘书长 王明", "牵头单位:市消防支队",
              "2.第二组(西片)", "督察地区:东城县、南城区。", "带队领导:市公安局副局长 李强", "牵头单位:市消防支队",
              "四、工作要求", "1.各地要以此次督察为契机,采取有力措施,认真开展本地区“清剿火患”战役。要对本地区乡村、社区"]
# A city's 通告 in traditional characters with a mirror's pinyin, no 主送, cut at the next label.
FIRE_LANES = ["北山市人民政府關于確保居民住宅區(qū)和住宅樓消防通道暢通的通告",
              "為了確保居民住宅區(qū)和住宅樓消防通道暢通,保護公民人身、財產安全,根據(jù)國家有關規(guī)定,現(xiàn)將有關事宜通告如下:",
              "一、任何單位和個人不得堵塞消防通道或在消防通道上設置障礙物,影響人員疏散和消防車通行。",
              "二、居民住宅樓內疏散和樓梯、消防通道必須保持暢通,不得堆放雜物。",
              "三、鄉(xiāng)鎮(zhèn)人民政府、街道辦事處應當適時組織開展消防通道的治理整頓活動。", "四、城鎮"]
# A city's notice titled over two lines broken after '印发', issuing a 细则 citing damaged 发文字号; cut.
RULES_ISSUED = ["北山市人民政府关于印发", "北山市消防安全责任制实施细则的通知", "各县、市、区人民政府,市直各委、办、局:",
                "《北山市消防安全责任制实施细则》已经四届市人民政府第45 次常务会议审议通过,现予印发,请认真贯彻执行。",
                "北山市人民政府", "2020年9月17日", "北山市消防安全责任制实施细则", "第一章 总则",
                "第一条 为进一步健全消防安全责任制,根据《消防安全责任制实施办法》(国办发〔201787 号)和《南岭省消防安全责任制实施办法》(南政办规2019号)等文件精神,制定本实施细则。",
                "第二条 各级人民政府负责本行政区域内的消防工作。政府主要领导为第一责任人。",
                "第三条 市县两级应急管理部门对本行政区域内的消防工作实施监督管理,按照“管行业必须管安全、管生产经营"]
# A county office's 紧急通知 under a 发文字号 that lost its '〕' and '号', its dates their 月 and 日; cut.
DAMAGED = ["南岭政办发〔200725", "南岭县人民政府办公室", "关于做好火灾防范工作的紧急通知", "各乡镇人民政府,县政府直属各有关单位:",
           "近段时间以来,我县各地火灾高发频发。323,东湖镇鞋材厂发生火灾,过火面积50余平方米。41,西湖镇电镀厂发生火灾。现就做好火灾防范工作有关事项紧急通知如下:",
           "一、深入开展春季防火安全大检查。各乡镇要组织人员,重点检查人员密集场所。对拒不履行整改或整改"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_letter_numbered_notice_keeps_a_paragraph_opening_on_a_date_above_its_signature(columns):
    """GB/T 9704 7.2.4: a 函's 发文字号 ('北府办函〔2023〕5号') under the title;
    7.3.5.4: the 成文日期 is the date alone under the signature, not a
    deadline that opens a paragraph of the body ('2023年10月底前,…')."""
    doc = _two(HIGH_RISK, columns)
    assert doc.title == HIGH_RISK[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北府办函〔2023〕5号", ["北山市人民政府办公室"], "2023-01-15")
    assert doc.addressees == "南岭市人民政府，市直有关单位"
    assert _labels(doc) == []
    assert "予以摘牌销案" in _text(doc) and "设在市消防救援支队" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_preamble_broken_after_an_open_book_title_mark_runs_on_over_the_cited_organ(columns):
    """GB/T 9704 7.3.3: the body runs on where the store broke it after an
    open '《'; the next line opens on the cited 意见's organ and 关于 but closes
    the book title and runs on, so it is no 标题 (7.3.1); '一、' and '二、'
    headings alone are provisions; cut with no signature, the title's organ
    issues it."""
    doc = _two(BROKEN_CITATION, columns)
    assert doc.title == BROKEN_CITATION[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办〔2011〕65号", ["北山市人民政府办公室"], None)
    assert _labels(doc) == ["一、", "二、"]
    assert "根据《北山市人民政府关于实行消防安全一岗双责的意见》" in _text(doc)
    assert _text(doc).endswith("共同努")


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_span_of_days_and_a_leaders_line_inside_a_notice_neither_date_nor_sign_it(columns):
    """GB/T 9704 7.3.5.4: a span of days alone under a heading
    ('11月15日至11月30日') has no year and is no 成文日期; 7.3.5.1: a
    '带队领导:…' line with a name after a space is a body line, no signature;
    '1.' groups restart under each '一、' heading."""
    doc = _two(INSPECTION, columns)
    assert doc.title == INSPECTION[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北府办秘〔2011〕126号", ["北山市人民政府办公厅"], None)
    assert doc.addressees == "东城县、各区人民政府，市政府有关部门、各有关单位"
    assert _labels(doc) == ["一、", "二、", "1.", "2.", "三、", "1.", "2.", "四、", "1."]
    assert "11月15日至11月30日" in _text(doc) and "市公安局副局长 李强" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_traditional_notice_with_a_mirrors_pinyin_and_no_addressee_is_cut_at_a_label(columns):
    """GB/T 9704 7.3.1: a 通告 titled by its organ (traditional characters,
    the mirror's bracketed pinyin read through); 7.3.2: a 通告 has no 主送;
    '一、' to '四、' run into their sentences, the last cut after two
    characters; no signature, so the title's organ issues it."""
    doc = _two(FIRE_LANES, columns)
    assert doc.title == "北山市人民政府關于確保居民住宅區和住宅樓消防通道暢通的通告"
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["北山市人民政府"], None, None)
    assert _labels(doc) == ["一、", "二、", "三、", "四、"]
    assert _text(doc).endswith("四、城鎮")


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_titled_over_a_break_after_its_verb_issues_rules_citing_damaged_numbers(columns):
    """GB/T 9704 7.3.1: a title broken after '印发' joins its next line; the
    signature and the date close the notice (7.3.5); the 细则's title under
    them is the text issued; 规章制定程序条例 / 立法技术规范: '第一章' over
    '第一条' to '第三条'; cited 发文字号 that lost their marks ('国办发〔201787
    号', '南政办规2019号') are body text, not the notice's own number."""
    doc = _two(RULES_ISSUED, columns)
    assert doc.title == "北山市人民政府关于印发北山市消防安全责任制实施细则的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["北山市人民政府"], "2020-09-17")
    assert "北山市消防安全责任制实施细则" in [p.title for p in doc.parts]
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第三条"]
    assert "国办发〔201787号" in _text(doc) and "南政办规2019号" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_damaged_number_over_the_organ_and_the_rest_of_its_title_opens_the_notice(columns):
    """GB/T 9704 7.2.4: a 发文字号 whose '〕' and '号' the store lost
    ('南岭政办发〔200725') is still the number over the title; 7.3.1: the
    organ alone over '关于…的紧急通知' is one title; dates that lost their 月
    and 日 ('323,') are body text; cut inside '一、' with no signature."""
    doc = _two(DAMAGED, columns)
    assert doc.title == "南岭县人民政府办公室关于做好火灾防范工作的紧急通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("南岭政办发〔200725", ["南岭县人民政府办公室"], None)
    assert doc.addressees == "各乡镇人民政府，县政府直属各有关单位"
    assert _labels(doc) == ["一、"]
    assert "323,东湖镇" in _text(doc) and "41,西湖镇" in _text(doc)
