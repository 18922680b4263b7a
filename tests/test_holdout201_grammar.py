"""The document grammar on layouts of the two-hundred-and-first held-out
set's kind (issue #11): fund allocation notices (关于下达…资金的通知) of city
and county finance and other organs as their portals and mirrors store
them: a 主送 left blank by the page (its colon alone on the line), joint
heads that stack the organs and their numbers. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

BLANK_ADDRESSEE = ["某某市财政局 某某市民政局关于下达2017年自然灾害生活补助资金的通知", ":",
                   "根据有关文件精神，经研究，现下达你区自然灾害生活补助资金 万元。请加强资金管理，确保专款专用。",
                   "附件：2017年自然灾害生活补助资金分配表", "某某市财政局 某某市民政局", "2017年8月28日"]
ADDRESSEE_WRAPPED = ["某某市财政局关于下达2017年自然灾害生活补助资金的通知", "各区县财政局、民政局，市直有关单位",
                     "：", "现下达你单位自然灾害生活补助资金。请加强资金管理，确保专款专用。", "某某市财政局",
                     "2017年8月28日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colon_alone_under_the_title_is_a_blank_addressee_not_the_titles_end(columns):
    """GB/T 9704 7.3.3: the title ends on its 文种 with no mark after it;
    a colon alone on the line under it is the 主送 line whose organ the page
    left blank, so it is not hung at the title's end (the title stays the
    title, the text its document's, signed and dated)."""
    doc, = _documents(BLANK_ADDRESSEE, columns)
    assert doc.title.replace(" ", "") == "某某市财政局某某市民政局关于下达2017年自然灾害生活补助资金的通知"
    assert (doc.issuers, doc.date) == (["某某市财政局", "某某市民政局"], "2017-08-28")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colon_alone_under_a_wrapped_addressee_still_ends_it(columns):
    """The control: a colon alone under a 主送 line (no 文种 ends it) is the
    mark the line hung past its measure, so it ends that line."""
    doc, = _documents(ADDRESSEE_WRAPPED, columns)
    assert doc.title == "某某市财政局关于下达2017年自然灾害生活补助资金的通知"
    assert doc.addressees == "各区县财政局、民政局，市直有关单位"

