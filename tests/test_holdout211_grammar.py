"""The document grammar on layouts of the two-hundred-and-eleventh held-out
set's kind (issue #11): social assistance texts of counties, districts and
cities (低保 提标 通知, a government's 通知 issuing its 低保 实施办法, a 民政局's
公告 putting a draft 调整方案 or 细则 out for comment) as their portals and law
sites store them: a 公告 titled by the draft's name in 书名号 and no organ,
a law site's whole text on one line, cut short. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice a store cut mid-sentence: no signature, no date, nothing closes it but the next title.
CUT_NOTICE = ["某某市人民政府关于印发某某市城市居民最低生活保障实施办法的通知", "各乡镇政府、街道办事处：",
              "现将《某某市城市居民最低生活保障实施办法》印发给你们，请遵照执行。",
              "第一条 根据国务院《城市居民最低生活保障条例》，结合我市实际，制定本办法。",
              "第二条 民政部门负责全市城市居民最低生活保障的管理工作；财政部门负责保障资"]
DRAFT_NOTICE = ["《某某市2020年城乡低保标准调整方案》(征求意见稿)公开征询意见公告",
                "根据省民政厅有关规定，我局起草了《某某市2020年城乡低保标准调整方案》，现向社会公开征询意见。",
                "征询意见时间为15天。", "某某市民政局", "2020年3月12日"]


@pytest.mark.parametrize("columns", [None])
def test_a_notice_titled_by_the_drafts_name_in_book_marks_opens_a_document(columns):
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 事由 + 文种, and a 公告 that puts
    a draft out for comment may open its 事由 on the draft's name in 书名号,
    no organ before it ('《某市…调整方案》(征求意见稿)公开征询意见公告'). Over
    a line that opens the body on its ground ('根据…') it is a title as one
    that names its place first is, though the text above was cut mid-sentence
    (titles.titled_over_ground: the quoted name read for its place)."""
    docs = _documents(CUT_NOTICE + DRAFT_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], DRAFT_NOTICE[0]]
    assert docs[1].issuers == ["某某市民政局"] and docs[1].date == "2020-03-12"


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_opening_on_a_quoted_name_opens_no_document(columns):
    """Control: a line of the body that opens on a quoted name and goes on as
    a sentence ('《…办法》已经市政府同意，现予公布。'), or a quoted name alone
    that ends the line on its 》 (a text's title, no 文种 of a 公文 after it),
    stays in the document above."""
    body = ["《某某市城乡低保标准调整方案》已经市政府同意，现予公布。",
            "根据省民政厅有关规定，自2020年7月1日起执行。"]
    docs = _documents(CUT_NOTICE + body, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]
    quoted = ["《某某市城乡低保标准调整方案公告》", "根据省民政厅有关规定，自2020年7月1日起执行。"]
    docs = _documents(CUT_NOTICE + quoted, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]

