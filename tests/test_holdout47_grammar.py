"""The document grammar on layouts of the forty-seventh held-out set's kind
(issue #11): documents of the 1990s as the compilations and web pages of
their time keep them, with the date and the organ on a line under the
title, the authors' names under an organless title, the head run into one
line, and the forwarded notice printed under its '附件:' label. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

# ---------------------------------------------------------------- the head run into one line

RUN_IN_HEAD = ["关于调整农业机械报废标准的通知(某农机发〔1999〕8号)各省、自治区、直辖市农机管理局,各有关单位:",
               "近年来,随着农业机械的更新,原定报废标准已不适应需要,现决定予以调整。",
               "特此通知。", "某某部农业机械化管理司", "一九九九年三月五日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_its_number_and_its_addressees_run_into_one_line_are_the_head(columns):
    """GB/T 9704 7.2.4, 7.3.1, 7.3.2: the 发文字号, the 标题 and the 主送机关
    are three elements of the head; a page that ran them into one line, the
    number in brackets after the title and the 主送 closing on its colon,
    still prints them in that order, so the line is read as the three."""
    docs = _documents(NOTICE + RUN_IN_HEAD, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于调整农业机械报废标准的通知"]
    assert (docs[1].doc_number, docs[1].addressees, docs[1].date) == (
        "某农机发〔1999〕8号", "各省、自治区、直辖市农机管理局，各有关单位", "1999-03-05")


# ---------------------------------------------------------------- the authors' names under an organless title

JOINTLY = ["关于清理农业贷款贴息资金的通知", "某某省财政厅、某某省农业厅",
           "为加强农业贷款贴息资金管理,现将清理有关问题通知如下:",
           "一、清理范围为1990年至1992年安排的贴息资金。", "二、清理结果于年底前报省财政厅。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_authors_named_under_an_organless_title_are_its_issuers_not_its_addressees(columns):
    """GB/T 9704 7.2.5 and 7.3.1: a title without its 发文机关 leaves the
    authors to the line the compilation prints under it; organs' names
    joined by '、' with no colon, the body under them, are no 主送 (which
    closes on its colon) but the issuers."""
    docs = _documents(NOTICE + JOINTLY, columns)
    assert docs[1].title == "关于清理农业贷款贴息资金的通知"
    assert (docs[1].issuers, docs[1].addressees) == (["某某省财政厅", "某某省农业厅"], None)


# ---------------------------------------------------------------- the date and the organ under the title

DATED_UNDER = ["某某省工商行政管理局关于加强集贸市场管理的通知", "1991年9月19日,某某省工商行政管理局",
               "各市、县工商行政管理局:",
               "为加强集贸市场管理,维护市场秩序,现就有关问题通知如下,请认真贯彻执行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_date_and_organ_printed_under_the_title_date_the_document(columns):
    """The compilations of the period print a document's 成文日期 and its
    organ on one line under the title ('1991年9月19日,某某局'), as the
    State Council gazette prints the date in brackets there: that line
    dates the document and is no line of its 主送."""
    docs = _documents(NOTICE + DATED_UNDER, columns)
    assert docs[1].title == DATED_UNDER[0]
    assert (docs[1].date, docs[1].addressees) == ("1991-09-19", "各市、县工商行政管理局")


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_organ_after_the_date_under_an_organless_title_is_its_issuer(columns):
    """The organ the compilation prints after the date is the author of a
    text that neither signs nor names its organ in its title."""
    lines = ["关于加强集贸市场管理的通知"] + DATED_UNDER[1:]
    docs = _documents(NOTICE + lines, columns)
    assert (docs[1].title, docs[1].issuers, docs[1].date) == (lines[0], ["某某省工商行政管理局"], "1991-09-19")


# ---------------------------------------------------------------- the forwarded notice under its '附件:' label

FORWARDED_UNDER_LABEL = ["某某省工商行政管理局转发国家工商局《关于加强录像机市场管理的规定》的通知",
                         "各市、县工商行政管理局:",
                         "现将国家工商局《关于加强录像机市场管理的规定》转发给你们,请结合当地情况贯彻执行。",
                         "附件:国家工商局印发《关于加强录像机市场管理的规定》的通知",
                         "各省、自治区、直辖市工商行政管理局:",
                         "为加强录像机市场管理,现将《关于加强录像机市场管理的规定》印发给你们,请遵照执行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_printed_under_its_annex_label_is_a_part(columns):
    """GB/T 9704 8: an 附件 is printed after the text, its label '附件'
    before its title; a label and a title with its own 主送 under it is
    the annex printed whole (the forwarded notice of a 转发), a part of
    the document, not a line of an 附件说明."""
    docs = _documents(NOTICE + FORWARDED_UNDER_LABEL, columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARDED_UNDER_LABEL[0]]
    assert "国家工商局印发《关于加强录像机市场管理的规定》的通知" in [p.title for p in docs[1].parts]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_under_its_annex_label_with_its_number_run_on_is_a_part(columns):
    """The forwarded notice's 发文字号 (GB/T 9704 7.2.4: under its title) run
    on after the title on the '附件:' line is the notice's number, and the
    title before it the part's."""
    lines = list(FORWARDED_UNDER_LABEL)
    lines[3] = "附件:国家工商局印发《关于加强录像机市场管理的规定》的通知(91)工商字第12号"
    docs = _documents(NOTICE + lines, columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARDED_UNDER_LABEL[0]]
    part = next(p for p in docs[1].parts if p.title == "国家工商局印发《关于加强录像机市场管理的规定》的通知")
    assert part.doc_number == "（91）工商字第12号"


def test_an_annex_list_line_over_the_signature_and_a_date_in_numerals_stays_whole():
    """The 附件说明's line over the 署名 and a 成文日期 in Chinese numerals,
    then the 附件's own mark: no 主送 stands under that title (the signature,
    the date and the mark read on into the mark's colon are none), so the
    line stays the 附件说明's and the signature the document's."""
    lines = ["某某市人民政府关于授予第五批生态村称号的决定", "各县(市、区)人民政府:",
             "经验收,决定授予某某村等20个村“第五批生态村”称号。", "附件:某某市第五批生态村名单", "某某市人民政府",
             "二○○九年九月十八日", "附件:", "某某市第五批生态村名单", "一、东台市:新曹村"]
    docs = _documents(NOTICE + lines, None)
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府"], "2009-09-18")


# ---------------------------------------------------------------- the 发文字号 of the period, the year first

YEAR_FIRST = [["某某省财政厅关于下达农业贷款贴息资金的通知", "(94)某财农字第345号", "各地、市财政局:",
               "现将今年农业贷款贴息资金下达给你们,请按规定使用。", "某某省财政厅", "一九九四年三月五日"],
              ["某某市人民政府关于加强城市节约用水的通知", "（1988）某政发字第12号", "各区、县人民政府:",
               "为加强城市节约用水管理,现就有关问题通知如下,请认真贯彻执行。", "某某市人民政府", "一九八八年五月四日"]]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lines", YEAR_FIRST)
def test_a_number_of_the_period_with_its_year_first_is_the_documents_number(lines, columns):
    """Before GB/T 9704-1999 set the year in 〔〕 after the 代字, a 发文字号
    printed the year first, in round brackets, two digits or four, and
    often 字第 before the serial ('(94)财农字第345号', '（1988）X政发字第12号'):
    alone on its line under the title it is the document's number, kept as
    printed (its ASCII brackets shown full-width, as punctuation shows them
    between Han characters)."""
    docs = _documents(NOTICE + lines, columns)
    number = lines[1].replace("(", "（").replace(")", "）")
    assert (docs[1].title, docs[1].doc_number, docs[1].addressees) == (lines[0], number, lines[2].rstrip(":"))


def test_a_number_with_its_year_first_cited_in_a_sentence_is_no_number_line():
    """A sentence citing such a number ('…提交了交通部(88)交函办字第494号的函') is
    body, not the frame: only a line that is the number alone is one."""
    lines = ["某某县人民政府关于水路运输索赔期限问题的批复", "县交通局:",
             "你局报来的请示收悉。上诉人提交了交通部(88)交函办字第494号", "关于索赔期限的函,经研究,现批复如下。",
             "某某县人民政府", "一九八九年二月三日"]
    docs = _documents(NOTICE + lines, None)
    assert [d.title for d in docs] == [NOTICE[0], lines[0]] and docs[1].doc_number is None
