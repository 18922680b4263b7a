"""The document grammar on layouts of the three-hundred-and-seventieth
held-out set's kind (issue #11): tax-collection assistance texts of city and
county bodies (a county-level city office's notice issuing a 财税综合信息平台
实施方案 on sharing tax information, a city office's 意见 on 社会综合治税 and
税收协同共治, a county office's notice issuing a 畜牧税费统收 考核评比方案, a
city office's 转发 of its province's 社保费征管 方案) as a city's site, a
tax-law site, an encyclopedia-like site and a city's gazette store them: a title
with no organ over its 发文字号 in ASCII parentheses, the office and the date,
the issued 方案's title, '一、' headings alone, cut right after '三、…'; an
office's title ending '…的工作意见' over its number, a cited 文号 set off by
spaces round an ASCII '(', '一、' to '三、' headings alone, cut mid-word with no
signature; a date in Chinese numerals with no organ over it, the 方案's title,
'(一)…(10分)' with ASCII parentheses, '1.' with no space after the label and
'(1)' under it, cut on a label alone; a 转发 title, '一、' to '三、' run
into their sentences, cut before its signature. The set measured every document,
field, provision and part right in every layout, order, two columns and boxes
before any rule looked at it, so these cases pin its shapes against later
rules. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A notice with no organ in its title, its number in ASCII parentheses, issuing a 方案 cut right after '三、实施'.
PLATFORM = ["关于印发《东湖市财税综合信息平台建设实施方案》的通知", "(东政办发〔2019〕12号)",
            "各镇人民政府、街道办事处,市直相关单位:",
            "《东湖市财税综合信息平台建设实施方案》经市人民政府同意,现印发给你们,请认真组织实施。",
            "东湖市人民政府办公室", "2019年9月27日", "东湖市财税综合信息平台建设实施方案",
            "为进一步加强我市财税收入征管,根据《中华人民共和国税收征收管理法》等规定,结合我市实际,特制订本实施方案。",
            "一、指导思想", "以强化税源管控为核心,以财税综合信息平台为载体,健全纳税人经营信息采集网络。",
            "二、工作目标", "基本建成财税信息大数据中心,实现涉税数据获取便捷、涉税数据自动预警等目标。", "三、实施"]
# An office's 意见 under its number, a cited 文号 set off by spaces, '一、' to '三、' headings alone, cut mid-word.
OPINION = ["北山市政府办公室关于进一步加强协同共治实施社会综合治税的工作意见", "北府办发〔2017〕100号",
           "各县(市、区)人民政府,市各委办局(公司),市各直属单位:",
           "根据《省政府办公厅关于税收协同共治工作的意见》 ( 北政办发〔2017〕55号)文件精神,结合我市社会综合治税工作要求,制定本意见。",
           "一、社会综合治税的总体要求", "深化财税体制改革,进一步提高税收和社保费征管质量和征管水平。",
           "二、社会综合治税的主要内容", "以协助监督、信息共享、委托代征等为主要工作方式,推动各部门参与税收协同共治。",
           "三、社会综合治税的组织体系", "建立由各级政府牵头,财税部门具体组织的领导小组,各相关部门负"]
# A county office's notice dated in Chinese numerals with no organ over the date, its 方案 scored in points, cut.
SCORING = ["南岭自治县人民政府办公室关于印发2007年度全县畜牧税费统收工作考核评比方案的通知",
           "各乡(镇)人民政府、县政府有关工作部门:",
           "《2007年度全县畜牧税费统收工作考核评比方案》已经自治县人民政府同意,现印发给你们,请认真遵照执行。",
           "二〇〇七年八月二十三日", "2007年度全县畜牧税费统收工作考核评比方案",
           "为进一步抓好全县畜牧税费统收工作,根据《南岭自治县人民政府关于开展畜牧税费统收工作的意见》(南府发〔2007〕23号)精神,特制定本考核方案。",
           "一、考核内容及评分标准", "(一)党政重视(10分)",
           "1.乡(镇)人民政府认真宣传贯彻落实南府发〔2007〕23号文件精神计2分(以会议记录为准)。",
           "2.加强领导和指导,成立相应组织机构计2分(以文件为准)。", "(二)税费征管目标任务(70分)",
           "1.农民自食部分防疫费征收情况计20分。", "(1)完成任务比例在85%以上计满分;", "(2)完成任务比例在75%以上计15分;",
           "2.外运及市场鲜销部分按完成下达任务比例积分(50分)。", "(1)完成任务比例在85%以上计满分;", "(2)"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_with_no_organ_in_its_title_under_its_bracketed_number_issues_a_plan_cut_at_a_heading(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 in ASCII parentheses on its own
    line under a title with no organ ('关于印发《…》的通知'); 7.3.5.1: the
    office that signs over the date issues it; the 方案 titled after the date
    is the text it issues, its '一、' headings alone provisions, the last
    ('三、实施') where the store cut it."""
    doc = _two(PLATFORM, columns)
    assert doc.title == PLATFORM[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("东政办发〔2019〕12号", ["东湖市人民政府办公室"], "2019-09-27")
    assert doc.addressees == "各镇人民政府、街道办事处，市直相关单位"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert [p.title for p in doc.parts][1:] == ["东湖市财税综合信息平台建设实施方案"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_offices_opinion_under_its_number_cut_mid_word_keeps_its_headings_and_cited_number(columns):
    """GB/T 9704 7.3.1: a title of an office ending '…的工作意见' (文种 意见)
    over its 发文字号 and 主送; a cited 文号 set off by spaces round an ASCII
    '(' stays in its sentence and is no number of this text; '一、' to '三、'
    headings alone are provisions; with no signature the title's organ is
    the issuer and no date is read."""
    doc = _two(OPINION, columns)
    assert doc.title == OPINION[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北府办发〔2017〕100号", ["北山市政府办公室"], None)
    assert doc.addressees == "各县（市、区）人民政府，市各委办局（公司），市各直属单位"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "北政办发〔2017〕55号" in _text(doc)
    assert len(doc.parts) == 1


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_date_in_chinese_numerals_with_no_organ_closes_the_notice_and_its_scored_plan_keeps_its_levels(columns):
    """GB/T 9704 7.3.5.2: a 成文日期 in Chinese numerals with no organ over it
    closes the notice, its issuer the title's organ; the 方案 titled under it
    is the text it issues; 7.3.3: '一、', '(一)' (ASCII parentheses, its
    points in brackets after it), '1.' with no space after the label and
    '(1)' under it are four levels of provisions, the label alone where the
    store cut it one of them."""
    doc = _two(SCORING, columns)
    assert doc.title == SCORING[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["南岭自治县人民政府办公室"], "2007-08-23")
    assert doc.addressees == "各乡（镇）人民政府、县政府有关工作部门"
    assert _labels(doc) == ["一、", "（一）", "1.", "2.", "（二）", "1.", "(1)", "(2)", "2.", "(1)", "(2)"]
    assert [p.title for p in doc.parts][1:] == ["2007年度全县畜牧税费统收工作考核评比方案"]


# A city office's 转发 of its province's notice, '一、' to '三、' run into their sentences, cut mid-sentence.
FORWARD = ["东湖市人民政府办公厅转发北山省人民政府办公厅关于印发北山省社保费征管体制调整改革实施方案的通知", "东府办〔2010〕253号",
           "各区人民政府,各有关单位:",
           "经市政府同意,现将《北山省人民政府办公厅关于印发北山省社保费征管体制调整改革实施方案的通知》(北府办〔2010〕74号)转发给你们,请按以下要求遵照执行。",
           "一、及时动员部署。各区、各有关单位要迅速组织学习,及时召开会议动员部署落实,确保改革顺利进行。",
           "二、加强组织领导。市政府成立体制改革工作协调督导小组,各区政府要成立相应的改革领导小组,抓好各项工作落实。",
           "三、严肃政策纪律。各区政府要严格按照实施方案推进改革工作,不得自行调整政策标准,对违反政策纪律的将"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_forwarding_notice_cut_before_its_signature_is_the_forwarding_offices(columns):
    """GB/T 9704 7.3.1: a 转发 title names the forwarding organ first and the
    forwarded organ's whole title after '转发'; the forwarding office is its
    issuer, no organ inside the forwarded title; the forwarded notice's 文号
    cited in its paragraph is no number of this text; '一、' to '三、' run into
    their sentences are its provisions, cut inside the last with no
    signature, date or forwarded text printed."""
    doc = _two(FORWARD, columns)
    assert doc.title == FORWARD[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("东府办〔2010〕253号", ["东湖市人民政府办公厅"], None)
    assert doc.addressees == "各区人民政府，各有关单位"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert len(doc.parts) == 1
