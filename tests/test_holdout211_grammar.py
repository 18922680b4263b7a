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

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

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



# ---------------------------------------------------------------- a title opening on the quoted name of its text

CUT_RULES = ["某某市城市居民最低生活保障办法", "第一条 为保障城市居民基本生活，制定本办法。",
             "第二条 民政部门负责全市城市居民最低生活保障的管理工作；", "财政部门负责城市居民最低生活保障资"]
CONSULTING = "《某某市2020年城乡低保标准调整方案》(征求意见稿)公开征询意见公告"
CONSULTING_BODY = ["根据省民政厅《关于印发2020年全省城乡低保最低标准的通知》，经市政府同意，现公开征询意见。", "某某市民政局",
                   "2020年3月12日"]


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_title_opening_on_a_quoted_name_takes_no_cut_sentence_above_it(columns):
    """GB/T 9704 7.3.1: a title is its organ's name, 关于 and its 事由, the
    事由 naming a text in 《》 as its verb's object. A title that opens on
    the quoted name ('《…方案》(征求意见稿)公开征询意见公告') takes over it
    only its organ's name or a head whose verb takes the name ('…关于印发'):
    the tail of a sentence an excerpt cut above it ('财政部门负责…保障资') is
    no line of it."""
    docs = _documents(CUT_RULES + [CONSULTING] + CONSULTING_BODY, columns)
    assert [d.title for d in docs] == [CUT_RULES[0], CONSULTING]
    assert docs[1].issuers == ["某某市民政局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("head, title", [
    ("某某市民政局", CONSULTING),
    ("某某市民政局关于公开征求", "《某某市2020年城乡低保标准调整方案》意见的公告"),
    ("某某市人民政府办公室关于印发", "《某某市2020年城乡低保标准调整方案》的通知")])
def test_an_organ_or_a_quoting_head_over_the_quoted_name_is_the_titles(head, title, columns):
    """Control: the organ's name alone over the quoted name, or a head whose
    verb takes it (关于公开征求, 关于印发), is the title's first line."""
    docs = _documents(NOTICE + [head, title] + CONSULTING_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], head + title]
