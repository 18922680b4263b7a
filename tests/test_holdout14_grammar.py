"""The document grammar on layouts of the fourteenth held-out set's kind
(issue #11): rules of GB/T 9704 the converter must read whatever gazette or
web page the text comes from. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

NOTICE = ["某县人民政府办公室关于做好防汛工作的通知", "各乡镇人民政府：", "现就做好今年防汛工作通知如下，请认真贯彻落实。",
          "一、落实责任", "各乡镇要落实防汛责任人。"]


# ---------------------------------------------------------------- the 附注 under a date that lost its 年月日

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["公开方式：主动公开", "（此件公开发布）"])
def test_the_note_under_a_date_in_figures_is_no_part_of_the_date(note, columns):
    """GB/T 9704 7.3.6 prints the 附注 on the line under the 成文日期. A date
    whose 年月日 extraction lost ends in a figure, not 日, so nothing in the
    text ends its line; the 附注 under it still stands on a line of its own,
    and the date is read (2021615 can only be 15 June)."""
    docs = _documents(NOTICE + ["某县人民政府办公室", "2021615", note], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某县人民政府办公室"], "2021-06-15")
    texts = [b.text for b in docs[0].parts[0].blocks]
    assert "2021615" in texts and note.replace("：", ":") in [t.replace("：", ":") for t in texts]


def test_a_signature_ocr_spaced_over_a_date_in_figures_places_the_date():
    """A date in figures alone is read only where GB/T 9704 7.3.5 prints the
    成文日期, under the signature; the spaces OCR leaves inside the name
    ('某县人民 政府办 公室') do not hide the signature, so the date is read."""
    docs = _documents(NOTICE + ["某县人民 政府办 公室", "2021615", "公开方式：主动公开"], None)
    assert docs[0].date == "2021-06-15"


# ---------------------------------------------------------------- a sentence that opens by naming organs

# Wrapped at 22, the sentence's second line begins with a year ('市政府对2020年…').
REST = "市政府对2020年营商环境的工作部署，全面完成三年方案确定的目标任务，特制定本方案。"
ISSUING = ["某县人民政府办公室关于印发某县优化营商环境实施方案的通知", "各乡镇人民政府，县政府各部门：",
           "现将《某县优化营商环境实施方案》印发给你们，请认真组织实施。", "某县人民政府办公室", "2020年9月1日",
           "某县优化营商环境实施方案"]


@pytest.mark.parametrize("opening", ["为贯彻落实自治区党委、自治区政府和某某市委、", "根据某自治区党委、自治区人民政府和某某市委、",
                                     "按照某自治区党委、自治区人民政府和某某市委、"])
def test_a_first_sentence_wrapped_after_the_organs_it_names_is_no_addressee(opening):
    """A 主送机关 (GB/T 9704 7.3.2) is organ names; the body's first sentence
    opens with its purpose or ground (为…, 根据…, 按照…), which no organ's name
    begins with. Wrapped at a measure of 22 right after a 、 (a line of organ
    names and 、, as a 主送 without its colon looks) the line is no 主送 and
    the sentence is one paragraph."""
    docs = _documents(ISSUING + [opening + REST, "一、总体要求",
                                 "坚持问题导向，优化政务服务。"], 22)
    assert [d.title for d in docs] == [ISSUING[0]]
    part = docs[0].parts[-1]
    assert part.title == "某县优化营商环境实施方案"
    assert part.blocks[0].text == opening + REST
    assert docs[0].addressees == "各乡镇人民政府，县政府各部门"


# ---------------------------------------------------------------- a text cut short after a heading

CUT_AT_HEADING = ["某市人民政府关于印发某市价格调节基金管理办法的通知", "某政〔2009〕3号", "各县（市、区）人民政府：",
                  "《某市价格调节基金管理办法》已经市政府常务会议通过，现印发给你们。", "二○○九年七月一日",
                  "某市价格调节基金管理办法", "第一章　总则",
                  "第一条　为进一步规范价格调节基金征收、管理、使用等各项工作，根据有关规定，结合本市实际，制定本办法。",
                  "第二条　本办法所称价格调节基金，是指市政府依法筹集，用于平抑物价、实行政府价格补贴的专项资金。"]
REPORT = ["2022年第三次县政府常务会议确定事项落实情况的通报",
          "近期，县政府督查室对2022年第三次县政府常务会议确定事项落实情况开展了专项督查，现将有关情况通报如下。",
          "一、总体情况", "会议确定事项12件，截至9月14日，已办结6件，正在办理6件，各责任单位均已制定办理方案。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("heading", ["第二章　征收范围和标准", "第二章征收范围和标准", "二、征收范围（3月底前）",
                                     "（二）征收标准", "1.2 编制依据"])
def test_a_document_kind_after_a_heading_the_text_ends_on_opens_the_next_document(heading, columns):
    """A division's heading alone on its line (a 章 or 节, an outline's 一、
    or （一）, a section numbered 1.2) is followed by its own text, never by
    the title of a 公文: a title ending in one of the 15 文种 there is the next
    document, the text above having ended early (a file cut short)."""
    docs = _documents(CUT_AT_HEADING + [heading] + REPORT, columns)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0], REPORT[0]]
    assert docs[0].doc_number == "某政〔2009〕3号" and docs[1].doc_number is None


# ---------------------------------------------------------------- a request cited at a reply's opening

REPLY = ["某省人民政府办公厅关于同意调整完善网络市场监管联席会议制度的函", "某政办函〔2020〕52号", "省市场监管局：",
         "你局关于调整完善某省网络市场监管联席会议制度的请示收悉。经省人民政府同意，现函复如下：",
         "省人民政府同意调整完善网络市场监管联席会议制度。请按照有关文件精神认真组织开展工作。",
         "某省人民政府办公厅", "2020年7月8日"]


def test_a_request_cited_at_a_replys_opening_wrapped_before_its_kind_is_no_title():
    """A 批复 or 复函 opens by citing the request it answers ('你局关于…的请示
    收悉'); wrapped at 22 right before the kind word ('你局关于…联席会议制度' /
    '的请示收悉。'), the first line reads as a title ending in 制度, but the
    line under it goes on with the cited title's '的请示' and the verb 收悉:
    it is the body's first sentence, and the reply is one document."""
    docs = _documents(REPLY, 22)
    assert [d.title for d in docs] == [REPLY[0]]
    assert (docs[0].doc_number, docs[0].date, docs[0].addressees) == ("某政办函〔2020〕52号", "2020-07-08", "省市场监管局")
    assert docs[0].parts[0].blocks[2].text.startswith("你局关于调整完善")


# ---------------------------------------------------------------- a reprint's bracketed frame under a cut kind word

REPRINT = ["某省人民政府关于任免国家机关工作人员问题的通", "知",
           "(1985年5月4日某政〔1985〕38号)  根据地方组织法和国务院关于干部任免的规定精神，现将我省任免国家机关工作人员的有关问题通知如下:",
           "一、任免权限", "下列工作人员，由省长提请省人大常委会决定任免。"]


def test_a_reprints_frame_run_into_the_text_under_a_title_whose_kind_the_wrap_cut():
    """A gazette reprints a document with (成文日期 发文字号) in brackets under
    its title; a page may run the first paragraph into that line. A bracket
    that holds a date is that 题注, not the number of a request cited at a
    reply's opening ('…的请示（…号）收悉'): the title above it is a title, though
    its kind word is cut over two lines ('…问题的通' / '知'), and its 发文字号
    and date are read."""
    docs = _documents(CUT_AT_HEADING + REPRINT, None)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0], "".join(REPRINT[:2])]
    assert (docs[1].doc_number, docs[1].date) == ("某政〔1985〕38号", "1985-05-04")


# ---------------------------------------------------------------- a customs house in a 主送

def test_a_customs_house_is_an_organ_a_wrapped_addressee_list_goes_on_with():
    """A 主送机关 of many bodies wrapped after a 、 goes on with the line
    that begins with one more organ's name; a customs house (西宁海关, 拱北海关)
    is an organ as a 局 or a 署 is, so the list runs on to its colon."""
    docs = _documents(["关于印发某省应对流感流行应急预案的通知",
                       "各州卫生局、省委宣传部、省科技厅、省出入境检验检疫局、",
                       "某宁海关、武警某省总队、某省机场有限公司、某藏铁路公司：",
                       "为有效应对流感疫情，省卫生厅等部门联合制定了应急预案，现印发给你们，请认真贯彻执行。"], None)
    assert docs[0].addressees == "各州卫生局、省委宣传部、省科技厅、省出入境检验检疫局、某宁海关、武警某省总队、某省机场有限公司、某藏铁路公司"


# A guide whose excerpt ends on its list's last item, then a 通告 whose centred title parts after its 关于 line.
STREETS = ["某某区户外广告设置工作方案", "一、适用范围", "本导则适用于下列街道：", "（十四）津淮街、涂门街、新门街",
           "（十五）泉秀街、义全街"]
CANCELLED = ["关于取消某某乡", "2021年9月21日（农历八月十五）物资文化交流会的通告", "全乡广大居民、商户朋友们：",
             "为全力做好疫情防控工作，经研究，决定取消今年的物资文化交流会。", "某某乡人民政府", "2021年9月10日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_centred_title_parted_after_its_about_line_is_one_title(columns):
    """GB/T 9704 7.3.1: a title is centred and may part its lines where its words do, not at the measure ('关于取消
    某某乡' / '2021年9月21日…的通告'). A short line that opens on 关于 with no sentence's mark in it, right over the
    rest of a title, is that title's first line, though an outline's item stands above it (an excerpt cut there)."""
    docs = _documents(STREETS + CANCELLED, columns)
    assert [d.title for d in docs] == [STREETS[0], CANCELLED[0] + CANCELLED[1]]
    assert docs[1].issuers == ["某某乡人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_opening_on_about_is_no_line_of_the_title_under_it(columns):
    """Control: a paragraph that opens on 关于 and says something ('关于报名，请与乡政府联系。') is the text's, and
    the title under it begins on its own line."""
    docs = _documents(STREETS[:4] + ["关于报名，请与乡政府联系。"] + CANCELLED[1:], columns)
    assert [d.title for d in docs] == [STREETS[0], CANCELLED[1]]
