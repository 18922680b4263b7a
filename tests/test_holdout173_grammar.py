"""The document grammar on layouts of the hundred-and-seventy-third held-out
set's kind (issue #11): notices of city and county ecology-environment,
natural-resources and meteorology organs as county portals and mirrors store
them: a bureau's 不予行政处罚决定书 titled by its name and cut before its
signature; a heavy-pollution 通知 signed by a 指挥部's office and, with
'(代章)', by the city bureau's county 分局 whose seal it borrows; a 公示 whose
附件说明 the wrap turns over the signature; an 倡议书 under an excerpt cut at a
full line. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

DECISION = ["某某县生态环境局", "不予行政处罚决定书", "某环不罚〔2025〕1号", "当事人名称:某某县某某镇人民政府",
            "地址:某某县某某镇某某村",
            "2025年11月28日，某某县生态环境局对某某农村公路工程进行现场检查，发现该项目未办理环境影响评价手续。",
            "以上事实，有以下主要证据证明:", "1.现场检查笔录;", "2.调查询问笔录;"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_unsigned_decision_served_on_a_party_is_its_titles_organs(columns):
    """A decision served on a party (行政处罚法 第五十九条: it names the organ
    that made it) is titled by the organ's whole name and the decision's
    kind, no 关于 ('XX局不予行政处罚决定书'); a page cut before the signature
    leaves that name the issuer, as an unsigned 公告 named by its organ."""
    doc, = _documents(DECISION, columns)
    assert doc.title == "某某县生态环境局不予行政处罚决定书"
    assert doc.issuers == ["某某县生态环境局"] and doc.doc_number == "某环不罚〔2025〕1号"


def test_a_decision_titled_without_an_organ_names_none():
    """The control: '行政复议决定书' alone names no organ."""
    doc, = _documents(["行政复议决定书"] + DECISION[2:], None)
    assert doc.issuers == []


SIGNED = ["关于解除重污染天气黄色预警的通知", "某某县重污染天气应急指挥部各成员单位:",
          "根据空气质量预测预报，经会商研判，决定自2026年1月19日0时起解除我县重污染天气黄色预警。",
          "某某县重污染天气应急指挥部办公室", "某某市生态环境局某某县分局", "2026年1月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_city_bureaus_branch_in_a_county_is_one_signer(columns):
    """A city bureau's 派出机构 in a county or district (the 分局 a county's
    生态环境 bureau became under the vertical reform, a 公安局's 分局) is named
    by the bureau's whole name, then the county and 分局: one organ, not the
    city bureau and a second signer."""
    doc, = _documents(SIGNED, columns)
    assert doc.issuers == ["某某县重污染天气应急指挥部办公室", "某某市生态环境局某某县分局"]


def test_two_bureaus_run_together_are_still_two_signers():
    """The control: a city's bureau and a county's bureau printed without a
    separator are two organs."""
    doc, = _documents(SIGNED[:-3] + ["某某市生态环境局某某县林业局", "2026年1月18日"], None)
    assert doc.issuers == ["某某市生态环境局", "某某县林业局"]


SEALED = ["关于解除重污染天气黄色预警的通知", "某某县重污染天气应急指挥部各成员单位:",
          "根据空气质量预测预报，经会商研判，决定自2026年1月19日0时起解除我县重污染天气黄色预警。",
          "请各成员单位于1月21日前报送总结材料。",
          "某某县重污染天气应急指挥部办公室", "某某市生态环境局某某县分局(代章)", "2026年1月18日"]
SEALED_ALONE = ["某某县重污染天气预警通告", "经会商研判，决定于11月29日10时解除我县重污染天气黄色预警。",
                "某某县重污染天气应急指挥部办公室（代章）", "2021年11月29日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_signs_under_a_seal_it_borrows(columns):
    """A body without a seal of its own (a 指挥部's office, a 领导小组) signs
    with the seal of the organ it sits in, and the page prints that organ's
    name with '(代章)' after it: a signature line all the same, the note no
    part of the name; the lines stay apart, each an issuer."""
    doc, = _documents(SEALED, columns)
    assert doc.issuers == ["某某县重污染天气应急指挥部办公室", "某某市生态环境局某某县分局"]
    assert doc.date == "2026-01-18"
    one, = _documents(SEALED_ALONE, columns)
    assert one.issuers == ["某某县重污染天气应急指挥部办公室"] and one.date == "2021-11-29"


PUBLICITY = ["关于《某某县某某矿区建筑石料用灰岩矿矿山生态保护修复方案》的公示",
             "现将《某某县某某矿区建筑石料用灰岩矿矿山生态保护修复方案》（见附件）进行公示，欢迎监督。",
             "联系人:张某 电话:0731-28685023",
             "附件:某某县某某矿区建筑石料用灰岩矿矿山生态保护修复方案", "某某市自然资源和规划局", "2025年2月27日"]


@pytest.mark.parametrize("columns", [18, 20, 26])
@pytest.mark.parametrize("spaced", [False, True])
def test_the_annex_list_s_name_wrapped_over_the_signature_opens_no_part(columns, spaced):
    """GB/T 9704 7.3.4: the 附件说明 stands over the signature and the date,
    naming the annex as the title quotes it; the wrap may turn the name's
    last words onto a line of their own ('附件:…矿山' / '生态保护修复方案'),
    set right as the signature under it. With only the signer's name
    between them and the date, those words are the name going on, no annex
    printed before the signature: the notice is signed and dated."""
    text = Document("p", tuple(PUBLICITY), PUBLICITY[0], None, "2025-02-27", "")
    doc, = convert(indented([text], columns, spaced).text.encode("utf-8"), "x/x.txt", "x").documents
    assert [p.title for p in doc.parts[1:]] == []
    assert doc.issuers == ["某某市自然资源和规划局"] and doc.date == "2025-02-27"


def test_an_annex_printed_after_the_date_is_still_a_part():
    """The control: the annex's title under the 成文日期, its text under it,
    is a part of its own."""
    doc, = _documents(PUBLICITY + ["某某县某某矿区建筑石料用灰岩矿矿山生态保护修复方案", "一、矿山基本情况",
                                   "矿区位于某某县某某镇，面积0.5平方公里。"], None)
    assert [p.title for p in doc.parts[1:]] == ["某某县某某矿区建筑石料用灰岩矿矿山生态保护修复方案"]


CUT_CITING = ["某某县生态环境局", "不予行政处罚决定书", "某环不罚〔2025〕1号", "以上事实，有以下主要证据证明:", "1.现场检查笔录;",
              "2.2025年11月12日调取的《某某县交通局关于调整某某农村公路联网路工程相关建设指标的通知》"]
APPEAL = ["某某县烟花爆竹禁燃禁放倡议书", "广大市民朋友们:",
          "燃放烟花爆竹会释放大量的污染物，严重影响环境空气质量。为此，我们倡议:",
          "一、做禁放烟花爆竹的践行者。自觉遵守相关规定。", "某某县生态环境保护委员会办公室", "2024年12月16日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 20, 22, 24, 26])
def test_an_appeal_over_its_salutation_opens_under_a_full_line_of_a_cut_excerpt(columns):
    """An excerpt cut inside a list item, its last line filling the
    measure, over a letter's title (an 倡议书, frame.KINDS' 信) with its 称谓
    under it: a sentence that runs on over a full line goes on with words,
    not with a salutation ending in a colon, so the title opens a letter of
    its own, as it does under a line cut mid-sentence."""
    docs = _documents(CUT_CITING + APPEAL, columns)
    assert [d.title for d in docs] == ["某某县生态环境局不予行政处罚决定书", "某某县烟花爆竹禁燃禁放倡议书"]
    assert docs[1].issuers == ["某某县生态环境保护委员会办公室"] and docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letter_named_in_a_sentence_over_a_full_line_opens_none(columns):
    """The control: a sentence that names an appeal at a full line's end and
    goes on with words under it."""
    body = ["某某县人民政府关于做好春节期间环境保护工作的通知", "各乡镇人民政府:",
            "各乡镇要组织学习某某县生态环境保护委员会办公室发出的某某县烟花爆竹禁燃禁放倡议书",
            "并于1月20日前报告学习情况。", "某某县人民政府", "2024年12月20日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春节期间环境保护工作的通知"]


# ---------------------------------------------------------------- the party's fields, one a line

PARTY = ["当事人名称:某某县某某镇人民政府", "法定代表人:张某某;统一社会信用代码:11500229**********", "地址:某某县某某镇某某村"]


@pytest.mark.parametrize("columns", [22, 26])
def test_the_partys_fields_stay_a_line_each_and_their_masked_figures_stay(columns):
    """A 决定书 names its party in fields, a short label and its value a line
    each (行政处罚法 第五十九条: 当事人的姓名或者名称、地址). A field's value the
    wrap carried over lines is still its own line's, the next field under it
    opens its own ('…信用代码:11500229*********' / '*' / '地址:…'). The
    asterisks that mask a code's figures are text, no markdown bold: nothing
    of them is lost. (Left: a field whose line nearly fills a narrow measure,
    18 columns here, reads as wrapped into the next; the sentence under the
    last field, '2025年11月28日，…', runs on from it.)"""
    docs = _documents(DECISION[:4] + PARTY[1:] + DECISION[5:], columns)
    texts = [getattr(block, "text", "") for block in docs[0].parts[0].blocks]
    assert texts[1:3] == ["当事人名称：某某县某某镇人民政府", "法定代表人：张某某；统一社会信用代码:11500229**********"]
    assert texts[3].startswith("地址：某某县某某镇某某村")


def test_control_a_sentence_with_a_colon_over_the_next_line_goes_on():
    """Control: a sentence's short lead with its colon, the wrap carrying its
    words on ('…内容:' is no field whole on a line that stops short: its value
    is empty), reads as one paragraph with the line under it."""
    text = ["某某县生态环境局关于某某工程检查情况的通报", "各乡镇人民政府:",
            "检查内容:某某县某某镇某某村农村公路工程的环境影响评价手续办理情况和扬尘防治措施落实情况。",
            "某某县生态环境局", "2025年12月1日"]
    docs = _documents(text, 18)
    texts = [getattr(block, "text", "") for block in docs[0].parts[0].blocks]
    assert texts[1] == "检查内容：某某县某某镇某某村农村公路工程的环境影响评价手续办理情况和扬尘防治措施落实情况。"


@pytest.mark.parametrize("text, kept", [("统一社会信用代码:11500229**********", "统一社会信用代码:11500229**********"),
                                        ("名单：张**、李**、王*", "名单：张**、李**、王*"),
                                        ("身份证号：4201**1234**5678", "身份证号：4201**1234**5678"),
                                        ("某环建函〔****〕**号", "某环建函〔****〕**号"),
                                        ("自****年*月**日起", "自****年*月**日起"),
                                        ("**一、总体要求**", "一、总体要求"), ("（**重要**）请按时", "（重要）请按时")])
def test_asterisks_that_mask_are_text_and_bold_around_words_goes(text, kept):
    """Public notices mask figures and names with asterisks ('…**********',
    '张**'), a 发文字号's or a date's figures too after a bracket
    ('〔****〕**号'): text, kept whole. A markdown export's bold around whole words
    ('**一、总体要求**') is markup, its words kept."""
    from builder.stages.layout import clean
    assert clean(text) == kept
