"""The document grammar on layouts of the fifty-eighth held-out set's kind
(issue #11): short letters a city or county sends to the public or to
another body (公开信, 一封信, 感谢信, 慰问信, 贺信, 倡议书), under a salutation
where a 公文 has its 主送, signed by one body or several and dated, with no
发文字号; and the 成文日期 a page printed without its year's figures. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import TocEntry
from builder.stages.masthead import _kind_alone
from builder.text.frame import kind_of
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
APPEAL = ["近期，我县疫情防控形势依然严峻，为保障广大群众的身体健康，特发出如下倡议：",
          "一、请大家尽量减少外出，不串门、不聚集。", "二、请大家做好个人防护，勤洗手、常通风。",
          "某某县疫情防控工作指挥部", "2020年2月9日"]


# ---------------------------------------------------------------- a letter is a document of its own

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["致全县人民的公开信", "给全县农民朋友的一封公开信", "再致全县父老乡亲的一封信",
                                   "致全县离退休干部的慰问信", "感谢信", "新春贺信", "文明祭扫倡议书"])
def test_a_letter_under_a_signed_notice_is_a_document_of_its_own(title, columns):
    """A letter an organ sends to the public or to another body ends its
    title in its kind, a 公开信, 一封信, 感谢信, 慰问信, 贺信 or 倡议书: a
    document of its own, signed and dated as a 公文 is, which a text above it
    never ends on; it opens under the date of the notice above."""
    docs = _documents(NOTICE + [title, "全县广大群众朋友们："] + APPEAL, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某某县疫情防控工作指挥部"]
    assert docs[1].date == "2020-02-09"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_letter_after_a_heading_the_excerpt_ended_on_opens_a_document(columns):
    """An excerpt may end on a division's heading ('一、总体要求'); a letter's
    title under it begins a document as a 公文's does."""
    cut = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "为做好今年春季植树造林工作，现就有关事项通知如下：",
           "一、总体要求"]
    docs = _documents(cut + ["致全县人民的公开信", "全县广大群众朋友们："] + APPEAL, columns)
    assert [d.title for d in docs] == [cut[0], "致全县人民的公开信"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["文明祭扫倡议书", "致全市人民的公开信"])
def test_a_letter_the_notice_above_issues_stays_its_part(title, columns):
    """A notice that issues a letter names it ('现将《…倡议书》印发给你们'):
    the letter printed under its date is the text it passes on, its part,
    not a document of its own (a control: a letter is a document's own kind
    only where no notice above names it)."""
    notice = [f"某某市人民政府办公室关于印发《{title}》的通知", "各县（市、区）人民政府，市直各单位：",
              f"现将《{title}》印发给你们，请广泛宣传。", "某某市人民政府办公室", "2023年3月20日"]
    docs = _documents(notice + [title, "广大市民朋友们："] + APPEAL, columns)
    assert [(d.title, [p.title for p in d.parts][1:]) for d in docs] == [(notice[0], [title])]


@pytest.mark.parametrize("text", ["政府公开信", "依法做好政务公开信", "坚定信", "诚信", "互信"])
def test_a_wrapped_line_on_public_information_names_no_letter(text):
    """'公开信息' cut by the wrap after 信 ('…政务公开信' / '息…') is no
    公开信: a 公开信 is addressed to those it names ('致全市人民的公开信'),
    and no other word ending in 信 is a letter's kind."""
    assert kind_of(text) is None


# ---------------------------------------------------------------- the salutation is the 主送

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("salutation", ["广大市民朋友们、同志们：", "全县广大群众朋友们：",
                                        "中共某某县委、某某县人民政府："])
def test_a_letters_salutation_is_its_addressee(salutation, columns):
    """A letter's 称谓 stands where a 公文's 主送 stands (GB/T 9704 7.3.2),
    the first line under the title: its 主送, whether it names organs or
    people ('…同志们：'), where a speech's 称谓 is none."""
    docs = _documents(NOTICE + ["致全县人民的公开信", salutation] + APPEAL, columns)
    assert docs[1].addressees == salutation.rstrip("：")


def test_a_speechs_salutation_is_still_no_addressee():
    """A speech's 称谓 ('各位代表、同志们：') addresses the audience: no 主送."""
    speech = ["在全县经济工作会议上的讲话", "各位代表、同志们：", "今天我们召开全县经济工作会议。"]
    docs = _documents(NOTICE + speech, None)
    assert docs[1].addressees is None


# ---------------------------------------------------------------- a date that lost its year

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_that_lost_its_year_closes_the_signature(columns):
    """A page may print the 成文日期 without its year's figures ('年3月21日'):
    still the date under the signature (GB/T 9704 7.3.5), so the bodies over
    it sign the letter and the title under it opens the next document; the
    date itself names no year, so none is read, and the report says so."""
    thanks = ["感谢信", "中共某某县委、某某县人民政府：", "在我市疫情防控最吃劲的关键时刻，贵县派出医护力量驰援我市。",
              "衷心祝愿贵县人民生活幸福！", "中共某某市委", "某某市人民政府", "年3月21日"]
    gazette = convert("\n".join(laid_out(thanks + ["致全县人民的公开信", "全县广大群众朋友们："] + APPEAL,
                                         columns)).encode("utf-8"), "x/x.txt", "x")
    docs = gazette.documents
    assert [d.title for d in docs] == ["感谢信", "致全县人民的公开信"]
    assert docs[0].issuers == ["中共某某市委", "某某市人民政府"]
    assert docs[0].date is None
    assert any(d.code == "date-damaged" and "年3月21日" in d.message for d in gazette.diagnostics)


# ---------------------------------------------------------------- a short title in the 目录

def test_a_letters_short_title_is_an_entry_of_the_issues_contents():
    """A letter titled by its kind alone ('感谢信') is shorter than the six
    characters a 目录 entry's title has otherwise: before the 目录's dot
    leaders and its page it is an entry all the same, so the 目录 goes on
    to the entries under it, and the section it lists the letter under
    ('中共某某市委文件'), printed as the running header of the page the
    signature runs onto, is page furniture, no signer's name."""
    lines = ["某某市人民政府公报", "2022年第1期", "目　　录", "某某市人民政府文件",
             "某某市人民政府关于做好春季植树造林工作的通知……1", "中共某某市委文件", "感谢信……2",
             "某某市文明办文件", "文明祭扫倡议书……3",
             "某某市人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某市人民政府", "2021年3月1日", "- 1 -",
             "某某市人民政府公报 2022年第1期", "感谢信", "中共某某县委、某某县人民政府：",
             "在我市疫情防控最吃劲的关键时刻，贵县派出医护力量驰援我市。", "中共某某市委", "- 2 -", "中共某某市委文件",
             "某某市人民政府", "2020年3月21日", "文明祭扫倡议书", "广大市民朋友们：",
             "清明将至，市文明办特向广大市民发出如下倡议：", "一、文明祭扫。倡导网络祭扫。", "某某市文明办", "2023年3月28日",
             "- 3 -"]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    assert [(e.title, e.page) for e in gazette.toc] == [(lines[9], 1), ("感谢信", 2), ("文明祭扫倡议书", 3)]
    assert [(d.title, d.issuers, d.toc_page) for d in gazette.documents[1:]] == [
        ("感谢信", ["中共某某市委", "某某市人民政府"], 2), ("文明祭扫倡议书", ["某某市文明办"], 3)]


@pytest.mark.parametrize("line", ["附件2", "表1", "第3"])
def test_a_short_line_ending_in_a_number_is_still_no_entry(line):
    """A short line under the 目录 that ends in a figure without leaders,
    or names no title's kind, is no entry: the 目录 ends above it."""
    lines = ["某某市人民政府公报", "2022年第1期", "目　　录", "某某市人民政府文件",
             "某某市人民政府关于做好春季植树造林工作的通知……1", line]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    assert [e.title for e in gazette.toc] == [lines[4].split("…")[0]]


# Sweep at seeds 15-20 (2026-12-04): holdout79's 通告 titled by its kind alone, in a 目录 set without leaders.
KIND_ALONE_CONTENTS = ["某某市人民政府公报", "2025年第1号", "目　　录", "某某市人民政府文件",
                       "某某市人民政府关于在市区内禁限放烟花爆竹的通告 1", "规范性文件", "通告 {page}",
                       "某某县人民政府文件", "某某县人民政府关于调整畜禽养殖禁养区的决定 5"]
KIND_ALONE_BODY = ["某某市人民政府关于在市区内禁限放烟花爆竹的通告", "为保障公共安全，现就有关事宜通告如下：",
                   "一、禁限放时间为春节期间。", "某某市人民政府", "2021年12月20日",
                   "通告", "为加强森林防火，现就有关事项通告如下：", "一、野外禁止用火。", "某某县林业局", "2024年3月1日",
                   "某某县人民政府关于调整畜禽养殖禁养区的决定", "各乡镇人民政府：", "经研究，决定调整禁养区。",
                   "某某县人民政府", "2024年6月5日"]


def test_a_notice_titled_by_its_kind_alone_is_an_entry_without_leaders():
    """A 通告 titled by its kind alone, its page after a space ('通告 4'), is
    an entry among the 目录's entries at a page not before theirs: the 目录
    goes on to the entries under it, and no title of the body runs into the
    entries left over."""
    lines = [line.format(page=4) for line in KIND_ALONE_CONTENTS] + KIND_ALONE_BODY
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    assert [(e.title, e.page) for e in gazette.toc] == [(lines[4][:-2], 1), ("通告", 4), (lines[8][:-2], 5)]
    assert [d.title for d in gazette.documents] == [lines[4][:-2], "通告", lines[8][:-2]]


def test_a_kind_alone_before_a_page_the_contents_has_passed_is_no_entry():
    """'通告 3' after an entry of page 3 is an entry (two documents on a page);
    one of a page before it is not, nor one before any entry (a body line, or a
    目录 that has not begun), nor a line that is no kind word alone."""
    read = [TocEntry(title="某某市人民政府关于在市区内禁限放烟花爆竹的通告", page=3, section=None, line=5)]
    assert _kind_alone("通告", 3, read) and not _kind_alone("通告", 2, read)
    assert not _kind_alone("通告", 4, []) and not _kind_alone("通知事项", 4, read)
