"""The document grammar on layouts of the three-hundred-and-sixty-eighth
held-out set's kind (issue #11): counterpart assistance, east-west
cooperation and consumption-aid texts of city, county and district bodies (a
district office's notice issuing a 消费帮扶 实施方案, another's issuing a
消费扶贫 实施方案, a district government's 决定 commending its 结对帮扶 units,
a 倡议书 to a city's organs on 消费帮扶, a county office's notice on 劳务输出)
as districts', counties' and cities' sites, a law library and a newspaper's
e-paper store them: the 发文字号 over the organ over a title broken inside a
word, the signature, the date and a publication note ('(此件公开发布)',
'此件主动公开') over the issued 方案's title on two lines, '一、' headings alone
and ASCII '(一)' run in or alone, cut; the organ alone over a title broken
inside its 《》; a 决定's 发文字号 in ASCII parentheses and brackets under its
title, cut at the ':' over its list; a 倡议书 with no organ, '一、' to '三、' run
in and a slogan line; the organ over a 通知, '一、' and '二、' run in, a day
with its month lost ('于815日前') and a cut. The set measured every document,
field, provision and part right in every layout, order, two columns and boxes
before any rule looked at it, so these cases pin its shapes against later
rules. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A district office's notice: its number over the organ, the title broken inside a word, the signature, the date,
# '(此件公开发布)', the issued 方案's title on two lines, '一、' headings alone, ASCII '(一)' run in, cut.
PLAN = ["南岭府办发〔2022〕31号", "北山市南岭区人民政府办公室", "关于印发深入开展东西部协作巩固拓展脱贫",
        "攻坚成果工作方案的通知", "各乡镇人民政府(街道办事处),区政府有关部门,有关单位:",
        "《深入开展东西部协作巩固拓展脱贫攻坚成果工作方案》已经区政府同意,现印发给你们,请认真贯彻执行。",
        "北山市南岭区人民政府办公室", "2022年6月20日", "(此件公开发布)", "深入开展东西部协作巩固拓展脱贫攻坚成果",
        "工作方案", "为深化东西部协作,根据上级有关文件精神,结合南岭实际,制定本方案。", "一、指导思想",
        "坚持以巩固拓展脱贫攻坚成果为首要任务,深化产业合作、劳务协作和消费帮扶,推动两地共同发展。", "二、基本原则",
        "(一)突出重点,统筹兼顾。以重点帮扶镇村和脱贫人口为重点,兼顾其他乡镇和农村低收入人口。",
        "(二)政府引导,市场运作。继续发挥政府引导作用,系统谋划,定期调度,长期坚持"]
# The organ alone over a title broken inside its 《》, '此件主动公开', '一、' and '(一)' headings alone, cut.
BRACKETED = ["东川市西岗区人民政府办公室", "关于印发《西岗区关于深入开展消费帮扶助力", "乡村振兴实施方案》的通知",
             "平安乡人民政府,区直各相关部门:",
             "《西岗区关于深入开展消费帮扶助力乡村振兴实施方案》已经区政府同意,现印发给你们,请认真遵照执行。",
             "东川市西岗区人民政府办公室", "2020年11月9日", "此件主动公开", "西岗区关于深入开展消费帮扶助力",
             "乡村振兴实施方案", "为贯彻落实上级关于消费帮扶的工作部署,结合我区实际,制定本实施方案。", "一、总体要求", "(一)指导思想",
             "坚持政府引导、社会参与、市场运作、创新机制,助力脱贫人口持续增收。", "(二)工作目标",
             "在生产、流通、消费各环节打通制约消费帮扶的痛点、难点和堵点,着力拓宽脱贫"]
# A district government's 决定, its 发文字号 in ASCII parentheses and brackets, cut at the ':' over its list.
DECISION = ["北山市东湖区人民政府关于表彰2011年度东湖区对口帮扶先进单位的决定", "(东府[2012]9号)",
            "各镇人民政府、街道办事处,区政府各委、办、局,有关单位:",
            "根据区委、区政府的部署,我区积极构建镇、村、企业和社会各界与经济薄弱村结对帮扶的新机制,全区共有12家单位与15个经济薄弱村结对,实现了预期目标。",
            "为肯定和鼓励开展结对帮扶工作的先进单位,经区政府研究,决定对以下6家先进单位予以表彰,授予2011年度结对帮扶工作突出贡献奖:"]
# A 倡议书 with no organ, its 主送, '一、' to '三、' run into their sentences, a slogan line; no signature.
APPEAL = ["关于在市直机关中开展消费帮扶的倡议书", "市直机关各党组织、广大党员:",
          "为巩固拓展脱贫攻坚成果,支持脱贫地区特色产业发展,现向市直机关各党组织发出以下倡议:",
          "一、要加强宣传,广泛参与消费帮扶行动。希望大家积极宣传消费帮扶理念,发动更多的人参与到消费帮扶行动中来。",
          "二、要推进消费,积极购买助农增收产品。各党组织在发放工会会员节日福利时,优先采购脱贫地区生产的产品。",
          "三、要拓宽渠道,全力支持多领域消费。党员干部要积极利用线上线下销售平台购买脱贫户产品。", "消费帮扶,你我同行!"]
# A county office's notice, the organ over the title, '一、' and '二、' run in, '于815日前', cut.
LABOUR = ["南岭县人民政府办公室", "关于认真做好2010年度赴疆劳务输出工作的通知", "各乡镇人民政府,县政府有关部门:",
          "为拓宽农民务工渠道,切实增加农民收入,经县政府研究,决定今年继续组织输出拾棉工。现将有关事宜通知如下:",
          "一、提高认识,加强领导。各乡镇要将劳务输出组织工作列入近期工作的重中之重,于815日前将名册报送县就业局。",
          "二、广泛宣传,营造氛围。各乡镇要采取发放宣传材料、召开座谈会等途径,扎实做好宣传工作,绝不能把组织"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_numbered_notice_issuing_a_plan_under_a_publication_note_keeps_its_title_parts_and_labels(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 over the organ and a title broken
    inside a word ('…脱贫' over '攻坚成果…的通知') is one title; 7.3.5: the
    office and the date sign it; the publication note under the date
    ('(此件公开发布)') opens nothing, and the 方案's title on two lines after it
    is the issued text (党政机关公文处理工作条例 第九条: 印发), its '一、'
    headings alone and '(一)' '(二)' (ASCII parentheses) run in, where the
    store cut it."""
    doc = _two(PLAN, columns)
    assert doc.title == "".join(PLAN[1:4])
    assert (doc.doc_number, doc.issuers, doc.date) == ("南岭府办发〔2022〕31号", ["北山市南岭区人民政府办公室"], "2022-06-20")
    assert doc.addressees == "各乡镇人民政府（街道办事处），区政府有关部门，有关单位"
    assert _labels(doc) == ["一、", "二、", "（一）", "（二）"]
    assert [p.title for p in doc.parts][1:] == ["".join(PLAN[9:11])]
    assert "此件公开发布" not in "".join(p.title for p in doc.parts)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_organ_over_a_title_broken_inside_its_quotation_marks_issues_the_plan_it_names(columns):
    """GB/T 9704 7.3.1: the organ alone over a title whose 《》 is broken across
    two lines is one title; no 发文字号 printed; '此件主动公开' under the date is
    a note, not a title; the 方案 on two lines is the issued text, '一、总体要求'
    and '(一)指导思想' headings alone over their paragraphs, cut."""
    doc = _two(BRACKETED, columns)
    assert doc.title == "".join(BRACKETED[:3])
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["东川市西岗区人民政府办公室"], "2020-11-09")
    assert doc.addressees == "平安乡人民政府，区直各相关部门"
    assert _labels(doc) == ["一、", "（一）", "（二）"]
    assert [p.title for p in doc.parts][1:] == ["".join(BRACKETED[8:10])]
    assert "着力拓宽脱贫" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_decision_with_its_number_in_ascii_brackets_is_cut_at_the_colon_over_its_list(columns):
    """GB/T 9704 7.2.4: a 发文字号 under the title in ASCII parentheses, its year
    in ASCII brackets ('(东府[2012]9号)'), is the document's number, read with
    the 六角括号; a 决定 with no signature, cut at the ':' over the list of the
    units it commends, is issued by the organ its title names."""
    doc = _two(DECISION, columns)
    assert doc.title == DECISION[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("东府〔2012〕9号", ["北山市东湖区人民政府"], None)
    assert doc.addressees == "各镇人民政府、街道办事处，区政府各委、办、局，有关单位"
    assert _labels(doc) == []
    assert "授予2011年度结对帮扶工作突出贡献奖" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_appeal_with_no_organ_keeps_its_run_in_items_and_slogan_line(columns):
    """GB/T 9704 7.3.1-7.3.3: a 倡议书 titled with no organ, its 主送 and body,
    '一、' to '三、' run into their sentences; the slogan line that closes it
    opens nothing; no organ signs, so none is its issuer."""
    doc = _two(APPEAL, columns)
    assert doc.title == APPEAL[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, [], None)
    assert doc.addressees == "市直机关各党组织、广大党员"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert len(doc.parts) == 1
    assert "你我同行" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_county_notice_with_a_lost_month_in_its_body_has_no_date(columns):
    """GB/T 9704 7.3.5.2: a 成文日期 is a whole date on a line of its own under
    the signature; '于815日前' inside an item (the month lost) dates nothing; the
    organ over the title is its issuer, '一、' and '二、' run in, cut."""
    doc = _two(LABOUR, columns)
    assert doc.title == "".join(LABOUR[:2])
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["南岭县人民政府办公室"], None)
    assert doc.addressees == "各乡镇人民政府，县政府有关部门"
    assert _labels(doc) == ["一、", "二、"]
    assert "于815日前" in _text(doc)
