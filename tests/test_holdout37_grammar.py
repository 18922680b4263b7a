"""The document grammar on layouts of the thirty-seventh held-out set's kind
(issue #11): the list-shaped notices a city gazette prints in every issue — a
领导小组's members one a line, a 名单 issued as an 附件, a 公示 of names or
units — run together, where a list's short last line stands right above the
next title. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout10_grammar import _issue  # (a printed issue with its 目录)
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 22, 26]

# ---------------------------------------------------------------- a name list over the next title

COMMENDED = ["某某区政协关于表扬2020年度信息工作先进个人的决定", "各委员：",
             "2020年，各位委员紧紧围绕全区中心工作和群众关心的热点、难点问题，积极反映社情民意，为促进科学决策、"
             "维护社会稳定发挥了积极作用。经主席会议审定，对张某某等5位同志予以表扬。", "附件：2020年度信息工作先进个人名单",
             "某某区政协", "2021年1月12日", "附件", "2020年度信息工作先进个人名单",
             "一等奖：2名", "张某某 民盟某某总支", "李 某 民进某某总支、区政协社会和法制委员会",
             "二等奖：4名", "王某某 政协某某镇工作委员会、区政协农业和农村委员会", "赵某某 致公党某某总支",
             "孙某某 区政协文教体卫和文史委员会", "刘某某 民进某某总支、区政协经济委员会"]
PUBLIC_NOTICE = ["某某区2020年度文明单位、星级文明社区、文明校园名单公示公告",
                 "为表彰先进，区委、区政府决定授予区某某街道等3个单位文明单位称号。现将拟表彰名单公示如下：", "区三星级文明单位（2个）：", "区委宣传部、区民政局",
                 "如有异议，请在公示期内向区文明办反映。", "某某区文明办", "2021年1月28日"]


@pytest.mark.parametrize("columns", WIDTHS + [19])  # (at 19 the last row and the title's first line fill the measure)
def test_a_name_list_row_is_no_line_of_the_title_under_it(columns):
    """A row of a name list — a person's name (at most three characters, or
    two spaced to three: '李 某') set apart by a space from the post or unit —
    is no line of a title: a title names its issuer and 事由 in running words
    (GB/T 9704 7.3.1), never a person set apart from a post. So the rows above
    a title that fills its first line do not join it, and the title opens the
    next document; a row that fills the measure too ends over a title that
    opens with its place and year (a post goes on with an organ's name)."""
    docs = _documents(COMMENDED + PUBLIC_NOTICE, columns)
    assert [d.title for d in docs] == [COMMENDED[0], PUBLIC_NOTICE[0]]
    assert docs[1].issuers == ["某某区文明办"] and docs[1].date == "2021-01-28"


# ---------------------------------------------------------------- a list's counted headings
COUNTED = ["某某区2021年度平安单位名单公示",
           "为表彰先进，经区平安建设领导小组审定，拟命名区某某街道等3个单位为2021年度平安单位、某某小学为平安校园，"
           "现将拟命名名单公示如下：",
           "区平安单位（2个）：", "区某某街道", "区民政局、区残联", "区平安校园（1个）：", "某某小学",
           "如有异议，请在公示期内向区平安办反映。", "某某区平安建设领导小组办公室", "2022年1月10日"]


@pytest.mark.parametrize("columns", WIDTHS[1:])  # hard-wrapped: one line a paragraph, the rows set the measure
def test_a_heading_that_counts_its_entries_is_no_addressee(columns):
    """A list's heading that counts its entries in brackets before its colon
    ('区平安单位（2个）：') leads an enumeration; a 主送 (GB/T 9704 7.3.2)
    names the organs addressed, not how many. So the line of units over it is
    no title with its 主送 under it, and the 公示 under a name list, which
    only its signature and date open, keeps them."""
    docs = _documents(COMMENDED + COUNTED, columns)
    assert [d.title for d in docs] == [COMMENDED[0], COUNTED[0]]
    assert docs[1].issuers == ["某某区平安建设领导小组办公室"] and docs[1].date == "2022-01-10"


# ---------------------------------------------------------------- the 目录 over a row that fills the measure

FULL_ROW = ["某某区政协关于表扬2020年度信息工作先进个人的决定", "各委员：",
            "2020年，各位委员紧紧围绕全区中心工作和群众关心的热点、难点问题，积极反映社情民意，为促进科学决策、"
            "维护社会稳定发挥了积极作用。经主席会议审定，对张某某等3位同志予以表扬。",
            "某某区政协", "2021年1月12日", "附件", "2020年度信息工作先进个人名单", "一等奖：3名",
            "张某某 民盟某某总支", "李某某 民进某某总支",
            "刘某某 民盟总支、区政协社会和法制委员会"]


@pytest.mark.parametrize("columns", [20])
def test_a_title_the_toc_lists_opens_under_a_row_that_fills_the_measure(columns):
    """A name list's row that fills the measure may go on into the next line
    (the wrap cut its post), so by the layout alone the title under it reads
    as that line's continuation; the printed 目录 lists the title as it
    stands, and the cross-check decides: it is a title, and opens the 公示."""
    entries = [FULL_ROW[0] + "……1", COUNTED[0] + "……3"]
    gazette = _issue(entries, FULL_ROW + COUNTED, columns)
    assert [d.title for d in gazette.documents] == [FULL_ROW[0], COUNTED[0]]


# ---------------------------------------------------------------- an 附件说明 that lost its colon

ISSUING_LIST = ["关于印发2021年某某区政务公开工作优秀单位名单的通知", "区政府各部门，各街道办事处：",
                "根据2021年政务公开考核评估结果，评选出优秀单位3个，经区政府同意，现将这些单位名单印发给你们。",
                "附件2021某某区政务公开工作优秀单位名单", "某某区人民政府办公室", "2022年4月9日",
                "附件", "2021年某某区政务公开工作优秀单位名单", "一、优秀单位（3个）", "部门：区教育局、区司法局",
                "街道：某某街道"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_note_that_lost_its_colon_is_no_annex(columns):
    """GB/T 9704 7.3.4 prints the 附件说明 under the body, above the signature
    and the 成文日期; the 附件 themselves follow the date. A line opening with
    附件 above the date is the 附件说明 though the page lost its colon and ran
    the annex's title on ('附件2021年…名单'): the signature and date under it
    are the notice's, and the annex is the one printed after them."""
    doc, = _documents(ISSUING_LIST, columns)
    assert doc.date == "2022-04-09" and doc.issuers == ["某某区人民政府办公室"]
    assert [p.title for p in doc.parts][1:] == ["2021年某某区政务公开工作优秀单位名单"]


# ---------------------------------------------------------------- a number that lost its brackets and 号

BARE_NUMBER = ["关于印发2021年某某区政务公开工作要点的通知", "某府办20219", "区政府各委、办、局，各街道办事处：",
               "现将《2021年某某区政务公开工作要点》印发给你们，请认真贯彻落实。", "某某区人民政府办公室", "2021年4月9日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_that_lost_its_brackets_and_hao_is_the_documents(columns):
    """A 发文字号 whose page lost both brackets and the 号, the serial run into
    the year ('某府办20219'), alone on its line where GB/T 9704 7.2.4 prints
    it, is the document's number, kept as printed; the 主送 under it is no
    body text."""
    doc, = _documents(NOTICE + BARE_NUMBER, columns)[1:]
    assert doc.doc_number == "某府办20219" and doc.addressees == "区政府各委、办、局，各街道办事处"


@pytest.mark.parametrize("text, row", [("李 某 民进某某总支", True), ("张某某 市财政局局长", True),
                                       ("办法 (试行)", False), ("规定 （暂行）", False)])
def test_a_titles_stage_cut_onto_its_own_line_is_no_name_row(text, row):
    """The wrap may leave a title's last word and its stage alone on a line
    ('…全过程记录' / '办法 (试行)'): a post opens with a word, never a bracket,
    so the line stays the title's (seed 003 cut at 16 columns lost its second
    issued text when it was read as a row)."""
    from builder.stages.split.titles.lines import name_row
    assert name_row(text) is row
