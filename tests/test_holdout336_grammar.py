"""The document grammar on layouts of the three-hundred-and-thirty-sixth
held-out set's kind (issue #11): ethnic and religious affairs texts of cities
(an office's 实施意见 on minorities' development, a city office's 通知
issuing its 细则 under a '…文件' 版头 and a 规范性文件 registration mark, notices
issuing a 方案 and two 办法 in 条), as sites, policy libraries and document
sites store them, printed in an issue whose 目录 groups them under their
issuers' 发文机关标志, the 标志 a page's running head as well. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

MARK = "南岭市人民政府办公室文件"
EARLIER = ["南岭市人民政府关于做好春季植树造林工作的通知", "各县区人民政府：",
           "为做好今年春季植树造林工作，现就有关事项通知如下，请认真贯彻执行。", "南岭市人民政府", "2023年3月2日"]
# A city office's notice issuing its 细则, under its 版头 and 发文字号.
ISSUING = ["南政办发〔2023〕20号", "南岭市人民政府办公室", "关于印发《南岭市散居少数民族工作实施细则》的通知",
           "各县区人民政府，市直各单位：", "《南岭市散居少数民族工作实施细则》已经市人民政府同意，现印发给你们，请遵照执行。",
           "南岭市人民政府办公室", "2023年9月9日"]
TITLE = ISSUING[1] + ISSUING[2]


def _issue(earlier: list[str], furniture: list[str], later: list[str], columns: int | None):
    """A printed issue whose 目录 groups the two documents under their issuers' 发文机关标志, the page
    breaking (its furniture as printed, never wrapped) between them."""
    front = ["南岭市人民政府公报", "2023年第1期", "2023年10月10日", "目　　录",
             "南岭市人民政府文件", EARLIER[0] + "……1", MARK, TITLE + "……2", ""]
    body = laid_out(earlier, columns) + furniture + laid_out(later, columns)
    return convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue").documents


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("head", ["南岭市人民政府公报　2023年第1期", "2023年第1期　南岭市人民政府公报"])
def test_a_mark_under_the_gazettes_own_running_head_is_the_documents_masthead(columns, head):
    """A gazette's page prints one running head (书眉): the gazette's name and
    issue on one page, the 目录 section's name on the facing one (the layout
    statistics of the pages: the head alternates, never two a page). A
    发文机关标志 right under the page's footer and the gazette's own head is
    no running head of that page, which has its own: over its 发文字号 it is
    the document's 版头 (GB/T 9704 7.2: the 标志 over the 发文字号), kept by
    the document it opens, and the text above ends over the page's break."""
    docs = _issue(EARLIER, ["- 1 -", head], [MARK] + ISSUING, columns)
    assert [d.title for d in docs] == [EARLIER[0], TITLE]
    assert docs[1].doc_number == ISSUING[0] and docs[1].issuers == ["南岭市人民政府办公室"]
    assert docs[1].parts[0].blocks[0].text == MARK


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_mark_alone_under_a_pages_footer_stays_its_running_head(columns):
    """The control: the same 标志 right under the page's footer, no head of
    the gazette's set aside between, is the section's running head on that
    page (tests/test_holdout5_grammar.py): page furniture, in no document."""
    docs = _issue(EARLIER, ["- 1 -"], [MARK] + ISSUING, columns)
    assert [d.title for d in docs] == [EARLIER[0], TITLE]
    assert docs[1].doc_number == ISSUING[0]
    assert not [b for d in docs for b in d.parts[0].blocks if MARK in getattr(b, "text", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_mark_over_its_number_on_a_page_of_no_issue_opens_its_document(columns):
    """The control: the same 标志 over its 发文字号 in a page's running text
    (no issue, no 目录, no page break) is the document's 版头, as before."""
    docs = _documents(EARLIER + [MARK] + ISSUING, columns)
    assert [d.title for d in docs] == [EARLIER[0], TITLE]
    assert docs[1].doc_number == ISSUING[0] and docs[1].parts[0].blocks[0].text == MARK
