"""The document grammar on layouts of the hundred-and-sixty-second held-out
set's kind (issue #11): notices of city and county 商务局, 科学技术局 and
经济和信息化局 on 项目申报, 管理办法 and 认定 as portals and reposting sites
store them. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.stages.metadata import issuers
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

FORWARDED = ["某某市经济和信息化局关于转发《某某省经济和信息化厅关于组织申报工业发展资金项目的通知》的通知",
             "各县(市、区)经信局:", "现将《某某省经济和信息化厅关于组织申报工业发展资金项目的通知》转发你们，请认真组织申报。",
             "1、请认真阅研通知文件，积极组织符合条件的项目申报。", "2、各县(市、区)务必严把审核关。",
             "经济和信息化局", "2020年10月26日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_without_its_place_is_the_organ_the_title_names(columns):
    """GB/T 9704 7.3.5.1: the signature is the organ's full name or its
    规范化简称; a page its place's own body reposts prints the name without
    the place ('经济和信息化局' under '某某市经济和信息化局关于…'): the title
    names the same organ, its place before that name, so the text has one
    issuer, as signed."""
    doc, = _documents(FORWARDED, columns)
    assert doc.issuers == ["经济和信息化局"]
    assert doc.date == "2020-10-26"
    assert issuers("某某县科学技术局关于组织申报科技项目的通知", ["科学技术局"], None, "通知") == ["科学技术局"]


def test_a_signer_of_another_name_stays_beside_the_title_organ():
    """Control: a signature that is not the title's organ without its place
    (another body's whole name, or a name the title's organ does not end
    with) is an issuer of its own beside the title's."""
    title = "某某市商务局关于公布首批老字号名单的通知"
    assert issuers(title, ["某某市财政局"], None, "通知") == ["某某市财政局", "某某市商务局"]
    assert issuers(title, ["财政局"], None, "通知") == ["财政局", "某某市商务局"]
    assert issuers(title, ["务局"], None, "通知") == ["务局", "某某市商务局"]


ANNEX_OPEN_QUOTE = ["某某市经济和信息化局关于转发《某某省经济和信息化厅关于组织开展2021年省级工业发展资金项目征集工作的通知》的通知",
                    "各县经信局:", "现将文件转发你们，请认真组织申报。",
                    "附件:《某某省经济和信息化厅关于组织开展2021年省级工业发展资金项目征集工作的通知(川经信财资[2020] 186 号)",
                    "经济和信息化局", "2020年10月26日"]


def _paragraph_texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_an_annex_name_its_page_opened_a_book_mark_on_goes_on_to_its_kind_word(columns):
    """GB/T 9704 7.3.4: the 附件说明 names the annex; a page that opens a
    书名号 before the name and never closes it ('附件:《…关于组织开展…征集工' /
    '作的通知(川经信财资[2020] 186 号)') still names one text, whose 关于 runs
    on to its kind word and number on the line the wrap turned: one line of
    the list, no title of its own over its number."""
    doc, = _documents(ANNEX_OPEN_QUOTE, columns)
    texts = _paragraph_texts(doc)
    assert any(t.startswith("附件") and t.endswith("186号）") for t in texts), texts
    assert doc.issuers == ["经济和信息化局"] and doc.date == "2020-10-26"


ANNEX_CLOSED_QUOTE = ANNEX_OPEN_QUOTE[:3] + ["附件:《某某省经济和信息化厅关于组织开展省级工业发展资金项目征集工作的通知》",
                                             "经济和信息化局", "2020年10月26日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_name_closed_by_its_book_marks_stays_one_line_of_the_list(columns):
    """Control: a name the page closes in 《》 is whole in them, as before."""
    doc, = _documents(ANNEX_CLOSED_QUOTE, columns)
    texts = _paragraph_texts(doc)
    assert any(t.startswith("附件") and t.endswith("通知》") for t in texts), texts
    assert doc.issuers == ["经济和信息化局"] and doc.date == "2020-10-26"
