"""The document grammar on layouts of the eighty-ninth held-out set's kind
(issue #11): everyday documents of city, county and district governments and
their offices as their sites, gazettes and mirrors store them (通告 printed
as 行政规范性文件 under their own 标志, with a 备案号 over the head and the
发文字号 under the title; 通知 issuing a 预案, an 办法, a 纲要). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import CUT_SHORT, NOTICE, _documents

WIDTHS = [None, 18, 20, 26]


def _texts(doc) -> list[str]:
    """The paragraphs of a converted document, each with its spaces taken out."""
    return [b.text.replace(" ", "") for p in doc.parts for b in p.blocks if isinstance(b, Paragraph)]


def _marks(doc) -> list[str]:
    return [b.text.replace(" ", "") for p in doc.parts for b in p.blocks
            if isinstance(b, Paragraph) and b.role == "mark"]


# ---------------------------------------------------------------- the 标志 of a 行政规范性文件

BAN_TITLE = "某某市某某区人民政府关于设立某某河等三条河流为禁渔区的通告"
BAN = ["某某市某某区人民政府行政规范性文件", "某某市某某区人民政府", "关于设立某某河等三条河流为禁渔区的通告", "某区府发〔2021〕5号",
       "为保护某某河流域生态环境，恢复天然水域渔业资源，现就设立禁渔区有关事项通告如下：",
       "一、禁渔区范围为某某河、某某溪和某某沟的全部天然水域。",
       "二、本通告自发布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_mark_of_a_normative_document_heads_it(columns):
    """A government prints its 行政规范性文件 under a 发文机关标志 of their
    own, the organ's name and the class of text before 文件 ('某某市某某区
    人民政府行政规范性文件', GB/T 9704 7.2.2): the 版头 over the title, so the
    document begins there, and the text above, cut short with no signature,
    ends before it."""
    docs = _documents(CUT_SHORT + BAN, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], BAN_TITLE]
    assert _marks(docs[1]) == [BAN[0]]
    assert not any("规范性文件" in text for text in _texts(docs[0]))
    assert (docs[1].doc_number, docs[1].issuers) == ("某区府发〔2021〕5号", ["某某市某某区人民政府"])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_mark_of_a_normative_document_alone_in_its_file_is_kept(columns):
    """The same document alone in its file keeps its 标志 as the first line
    of its head."""
    docs = _documents(BAN + ["某某市某某区人民政府", "2021年3月2日"], columns)
    assert [d.title for d in docs] == [BAN_TITLE]
    assert _marks(docs[0]) == [BAN[0]]
    assert (docs[0].doc_number, docs[0].date) == ("某区府发〔2021〕5号", "2021-03-02")


@pytest.mark.parametrize("columns", [None, 20])
def test_a_heading_naming_normative_documents_stays_in_the_body(columns):
    """Control: a 决定 that lists the documents it keeps in force has a
    heading that ends in 规范性文件 ('一、继续有效的区人民政府行政规范性文件');
    it is a numbered heading of the body, no 标志, and the titles it lists
    in brackets with their numbers stay lines of the list."""
    title = "某某区人民政府关于公布规范性文件清理结果的决定"
    docs = _documents([title, "各镇人民政府，区政府各部门：", "经清理，现将结果公布如下：",
                       "一、继续有效的区人民政府行政规范性文件",
                       "1.某某区人民政府关于加强河道管理的通告（某区府发〔2018〕3号）",
                       "二、本决定自公布之日起施行。", "某某区人民政府", "2022年6月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].date == "2022-06-01"
    assert [p.label for p in docs[0].provisions if p.kind == "cn"] == ["一、", "二、"]


# ---------------------------------------------------------------- a 备案号 over the head, the 发文字号 under the title

AREA_TITLE = "某某市某某区人民政府关于加强某某湖风景区保护区管理的通告"
AREA = ["某文备〔2019〕321号", "某某市某某区人民政府", "关于加强某某湖风景区保护区管理的通告", "某区府通〔2019〕6号",
        "为加强某某湖风景区管理，保护湖区水资源和生态环境，现就有关事项通告如下：",
        "一、保护区范围为某某大桥至某某坝之间的水域。", "二、本通告自公布之日起施行。", "某某市某某区人民政府", "2019年5月6日"]
# The same head as a page that dropped what the print set apart gives it: '〕' and '号' lost from both numbers.
AREA_DAMAGED = ["某文备〔2019321", "某某市某某区人民政府", "关于加强某某湖风景区保护区管理的通告", "某区府通〔20196"] + AREA[4:]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("area", [AREA, AREA_DAMAGED], ids=["whole", "damaged"])
def test_a_filing_number_over_the_head_opens_the_document(columns, area):
    """A 规范性文件 carries two numbers in its head: the 备案号 at the top
    left, over the organ and the title, and its 发文字号 under the title. The
    number over the head belongs to the document below, not to the text
    above (which has no number of its own), and the 发文字号 is the one under
    the title; the 备案号 is a mark of the 版头."""
    docs = _documents(CUT_SHORT + area, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], AREA_TITLE]
    assert docs[0].doc_number is None
    assert docs[1].doc_number == area[3]
    assert _marks(docs[1]) == [area[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区人民政府"], "2019-05-06")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_filing_number_over_the_head_of_a_file_of_its_own(columns):
    """Alone in its file, the document keeps the 备案号 as the first line of
    its head and reads its 发文字号 under the title."""
    docs = _documents(AREA, columns)
    assert [d.title for d in docs] == [AREA_TITLE]
    assert (docs[0].doc_number, _marks(docs[0])) == ("某区府通〔2019〕6号", [AREA[0]])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_printed_after_the_date_stays_with_its_text(columns):
    """Control: a page may print a text's own 发文字号 last, under its date;
    the next document, whose 发文字号 stands under its title, does not take
    that number for a 备案号 over its head."""
    dated_then_numbered = NOTICE + ["某县政发〔2021〕9号"]
    docs = _documents(dated_then_numbered + AREA[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], AREA_TITLE]
    assert "某县政发〔2021〕9号" in _texts(docs[0])
    assert (docs[1].doc_number, _marks(docs[1])) == ("某区府通〔2019〕6号", [])


# ---------------------------------------------------------------- a colonless 主送 cut before a government's 各部门

PLAN_TITLE = "某某区人民政府办公室关于印发某某区重点工作任务分解方案的通知"
PLAN_BODY = ["《某某区重点工作任务分解方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。",
             "一、加强组织领导。各责任单位要高度重视，明确具体责任人。", "某某区人民政府办公室", "2025年1月6日"]
# Each 主送 long enough that the wrap at its measure cuts it between the government's name and its 各部门.
CUT_ADDRESSEES = [(18, "各镇人民政府、街道办事处，区人民政府各部门，各有关单位"),
                  (20, "各乡镇人民政府、街道办事处，某区人民政府各部门，各有关单位"),
                  (26, "各乡镇人民政府、街道办事处、园区管委会，某区人民政府各部门，各有关单位")]


@pytest.mark.parametrize("columns,addressees", CUT_ADDRESSEES)
def test_a_colonless_addressee_cut_before_the_departments_goes_on(columns, addressees):
    """A 主送 printed without its colon, which the wrap cut between a
    government's name and the class of its departments ('…，区人民政府' /
    '各部门，各有关单位'): the class is the rest of one name ('区人民政府
    各部门', GB/T 9704 7.3.2), so the list goes on to the line's end, and the
    body's first sentence begins under it."""
    docs = _documents([PLAN_TITLE, addressees] + PLAN_BODY, columns)
    assert [d.title for d in docs] == [PLAN_TITLE]
    assert docs[0].addressees == addressees
    assert _texts(docs[0])[1].startswith("《某某区重点工作任务分解方案》")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_body_that_opens_on_the_departments_is_no_addressee(columns):
    """Control: under a colonless 主送, a body whose first sentence opens on
    the class of organs it charges ('各部门、各单位要…') is the body: the
    class runs on into what they are to do, no name of the list."""
    addressees = "各乡镇人民政府，县政府各部门"
    docs = _documents([PLAN_TITLE, addressees, "各部门、各单位要高度重视，认真落实工作责任，确保各项任务按期完成。"]
                      + PLAN_BODY[2:], columns)
    assert [d.title for d in docs] == [PLAN_TITLE]
    assert docs[0].addressees == addressees
