"""The document grammar on layouts of the ninety-sixth held-out set's kind
(issue #11): everyday documents of district and county governments and
their offices (印发 通知 with the text they issue printed under them, 通告,
工作规则), as their sites, mirrors and policy portals store them. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a signature with no date over the text issued

ISSUING = "某某区人民政府印发2021年政府工作报告的通知"
REPORT = ["——2021年1月5日在某某区第五届人民代表大会第二次会议上", "某某区人民政府区长 王某某", "各位代表:",
          "我代表区人民政府向大会报告工作，请予审议。", "一、过去一年工作回顾", "一年来，全区经济社会发展取得新成绩。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("report_title", ["政 府 工 作 报 告", "政府工作报告"])
def test_an_organ_under_the_closing_formula_signs_the_notice_not_the_text_it_issues(report_title, columns):
    """GB/T 9704 7.3.5: the 署名 follows the 正文 its 结束语 ('特此通知。')
    closes. A 印发 notice printed without its date has its organ's name right
    under that formula, then the title of the text it issues ('北京市XX区
    人民政府' / '政府工作报告'): the name signs the notice and is no line of
    the title below, which is the issued text's, a part of the notice."""
    docs = _documents(NOTICE + [ISSUING, "各街道办事处，区政府各委、办、局：",
                                "2021年《政府工作报告》已经区第五届人民代表大会第二次会议审议通过，现予印发，请认真贯彻落实。",
                                "特此通知。", "某某区人民政府", report_title] + REPORT, columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUING]
    assert docs[1].issuers == ["某某区人民政府"]
    assert [p.title for p in docs[1].parts][1:] == ["政府工作报告"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_over_a_title_with_about_after_a_closing_formula_is_its_issuer(columns):
    """Control: a text that ends on its 结束语 with no signature, then an
    organ's name on its own line over a title that opens with 关于: the name
    is that title's 发文机关 (GB/T 9704 7.3.1), as a title with 关于 needs one."""
    first = ["关于做好春季防火工作的通知", "各乡镇人民政府：", "请各乡镇切实做好春季防火工作。", "特此通知。"]
    second = ["关于做好夏季防汛工作的通知", "各乡镇人民政府：", "请各乡镇切实做好夏季防汛工作。", "某某县人民政府",
              "2021年6月1日"]
    docs = _documents(first + ["某某县人民政府"] + second, columns)
    assert [d.title for d in docs][-1] == "某某县人民政府" + second[0]


# ---------------------------------------------------------------- a signature without the higher place's name

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("place", ["某某市", "某某省某某市"])
def test_a_district_signing_without_its_citys_name_is_one_issuer(place, columns):
    """A district's or county's government names itself in its title in full,
    its city's (or province's) name first ('天津市西青区人民政府关于印发…'),
    and signs by its own place's name alone ('西青区人民政府'): one organ,
    the one that signs, not two."""
    title = place + "某某区人民政府关于印发某某区2018年国民经济和社会发展计划的通知"
    docs = _documents(NOTICE + [title, "各镇人民政府、街道办事处，各委、局：",
                                "现将《某某区2018年国民经济和社会发展计划》印发给你们，请认真贯彻落实。",
                                "某某区人民政府", "2018年1月18日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某某区人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_title_whose_city_does_not_sign_keeps_both_issuers(columns):
    """Control: a title that names two organs run together, a city's
    government and a district's ('某某市人民政府某某区人民政府关于…'), one of
    which alone signs: the other is still its issuer, no higher place of the
    one that signs (the district's name is no ending of the city's)."""
    title = "某某市人民政府某某区人民政府关于共同推进某某新城建设的意见"
    docs = _documents(NOTICE + [title, "各有关单位：", "为加快某某新城建设，现提出如下意见。",
                                "某某区人民政府", "2018年1月18日"], columns)
    assert docs[1].title == title
    assert sorted(docs[1].issuers) == sorted(["某某区人民政府", "某某市人民政府"])


# ---------------------------------------------------------------- a notice run into one paragraph

RUN_TITLE = "某某市某某区人民政府办公室关于落实某某区“十三五”规划纲要主要目标和任务分工的通知"
RUN_ADDRESSEES = "各镇人民政府、街道办事处，各委、局，各直属单位："
RUN_BODY = ("某某区第十六届人民代表大会第六次会议批准了《某某区“十三五”规划纲要》。为切实做好《纲要》实施工作，经区人民政府同意，"
            "现将主要目标和任务分解落实到各有关部门并通知如下。")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("gap", [" ", ""])
def test_a_class_addressed_run_in_after_a_title_is_its_addressees_whatever_the_body_opens_with(gap, columns):
    """A policy portal stores a notice as one paragraph, its title, its 主送
    and its body run together, perhaps a space after the title
    ('…的通知 各镇人民政府、…各直属单位:某某区第十六届人民代表大会…批准了…').
    A 主送 that addresses a class of organs by 各 (GB/T 9704 7.3.2), closing
    on its colon right after a title's kind word, is the 主送, whatever the
    body's first sentence after the colon opens with: no sentence opens on
    各 and organs and stops at a colon after a title."""
    docs = _documents(NOTICE + [RUN_TITLE + gap + RUN_ADDRESSEES + RUN_BODY], columns)
    assert [d.title for d in docs] == [NOTICE[0], RUN_TITLE]
    assert docs[1].addressees == RUN_ADDRESSEES.rstrip("：")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_body_sentence_naming_units_before_a_colon_is_no_addressee(columns):
    """Control: under a title and its own 主送, a paragraph that names units
    by 各 and leads on to a colon ('各单位要做到以下几点：…') is the body's
    sentence: the 主送 is already read, and the title is not run into it."""
    title = "某某县人民政府办公室关于做好防汛工作的通知"
    docs = _documents(NOTICE + [title, "各乡镇人民政府：", "各单位要做到以下几点：一是加强值班，二是排查隐患。",
                                "某某县人民政府办公室", "2021年6月1日"], columns)
    assert docs[1].title == title
    assert docs[1].addressees == "各乡镇人民政府"


# ---------------------------------------------------------------- a title run into a damaged number and its body

DAMAGED_TITLE = "某某市某某区人民政府关于划定禁止燃放烟花爆竹区域的通告"
DAMAGED_BODY = "为切实维护我区公共安全，根据有关规定，现将我区禁止燃放烟花爆竹区域的范围通告如下：一、本区城区范围内。二、本区各镇中心区。"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某府规2023)2号", "某府规2023〕2号", "某府规〔2023 2号"])
def test_a_title_run_into_a_damaged_number_and_its_body_is_parted(number, columns):
    """A document-sharing site's text view runs a .docx's title, its 发文字号
    and its body into one paragraph, and its extraction may lose one of the
    number's brackets ('…的通告花府规2023)2号为切实维护…'): the number damaged
    so, whole to its 号, is a frame run in after the title's kind word as a
    whole one is (GB/T 9704 7.2.4: a line of its own), kept as printed, and
    the body opens after it."""
    docs = _documents(NOTICE + [DAMAGED_TITLE + number + DAMAGED_BODY], columns)
    assert [d.title for d in docs] == [NOTICE[0], DAMAGED_TITLE]
    assert docs[1].doc_number == number


@pytest.mark.parametrize("columns", [None, 26])
def test_figures_after_a_title_without_their_hao_are_no_number(columns):
    """Control: figures and a bracket run in after a title's kind word with no
    号 to close them ('…的通告某府规2023)2为…') are no 发文字号, damaged or
    whole: nothing is read as the title's number."""
    docs = _documents(NOTICE + [DAMAGED_TITLE + "某府规2023)2" + DAMAGED_BODY], columns)
    assert all(d.doc_number is None for d in docs)


# ---------------------------------------------------------------- an excerpt cut after an outline heading

HEADED = ["某某区人民政府关于印发2021年政府工作报告的通知", "各街道办事处：",
          "2021年《政府工作报告》已经某某区第五届人民代表大会第二次会议审议通过，现予印发，请认真学习，抓好贯彻落实。",
          "一、五年工作回顾",
          "五年来，在市委市政府和区委的坚强领导下，我们认真贯彻中央、市、区决策部署，攻坚克难，开拓进取，全区经济社会发展取得重大成就。"]


LONG_HEADINGS = ["（一）创新驱动、高端引领，经济发展实现新跨越", "(一)创新驱动、高端引领,经济发展实现新跨越"]


# (At 18 columns the long headings wrap, and the short last line their wrap leaves let the title through already.)
@pytest.mark.parametrize(("heading", "columns"), [(h, c) for h in LONG_HEADINGS for c in (None, 20, 26)]
                         + [("二、加强组织领导，落实工作责任", c) for c in WIDTHS])
def test_a_title_run_into_its_frame_under_an_outline_heading_opens_a_document(heading, columns):
    """GB/T 9704 7.3.3: the body's outline headings (一、, （一）, 1., （1）)
    stand on lines of their own, with or without a stop after them, a comma
    perhaps inside them. An excerpt cut right after one, and the next
    document's title run into its 发文字号 and body under it ('…的通告某府规
    〔2023〕2号为切实维护…'): the heading ends its line, no sentence flows on
    from it, and the title opens a document as it does under a finished
    sentence."""
    title = "某某市某某区人民政府关于划定禁止燃放烟花爆竹区域的通告"
    docs = _documents(HEADED + [heading, title + "某府规〔2023〕2号" + DAMAGED_BODY], columns)
    assert [d.title for d in docs] == [HEADED[0], title]
    assert docs[1].doc_number == "某府规〔2023〕2号"


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_labelled_paragraph_wrapped_before_a_cited_title_goes_on(columns):
    """Control: a paragraph that opens with an outline label and cites a
    title and its number, wrapped by the measure right before the title's
    organ ('（一）各乡镇要…落实上级' / '某某县人民政府关于…的通知某政发〔2021〕3号
    精神，…'): its first line fills the measure, no heading, and the sentence
    flows on into the citation; no document opens there."""
    lead = ("（一）各乡镇要认真学习贯彻落实上级文件精神并严格执行")[:columns]
    paragraph = lead + "某某县人民政府关于加强防汛工作的通知某政发〔2021〕3号精神，切实做好防汛工作。"
    docs = _documents(NOTICE + HEADED[:4] + [paragraph, "某某区人民政府", "2021年6月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], HEADED[0]]
