"""The document grammar on layouts of the fifty-first held-out set's kind
(issue #11): 应急预案 issued by a notice, numbered in sections by levels (GB/T
1.1 章条编号: '1 总则', '1.1 编制目的', '1.3.1 …'), with the plan's own 目录 at
its head, as web pages and PDFs give it: its rows with the pages they give,
run on ('1 总则1') or after a space ('1.1 编制目的 1'), a page that kept one
row of it or none, a 目录 printed without its heading, and in traditional
characters. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县人民政府办公室关于印发某某县防汛应急预案的通知", "各乡镇人民政府：",
          "现将《某某县防汛应急预案》印发给你们，请认真贯彻执行。", "某某县人民政府办公室", "2021年3月1日", "某某县防汛应急预案"]
TEXT = ["1 总则", "1.1编制目的", "为做好防汛工作，制定本预案。", "1.2编制依据", "依据有关法律法规制定本预案。"]


def _plan(paragraphs: list[str], columns: int | None) -> list:
    """The plan's paragraphs and its sections numbered by levels."""
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert [p.title for p in docs[0].parts] == [NOTICE[0], NOTICE[-1]]
    return [b for b in docs[0].parts[1].blocks if isinstance(b, Paragraph) or b.kind == "section"]


def _roles(blocks: list) -> list[tuple[str, str]]:
    """Each block's role and text; a section numbered by levels as ('section', its number and heading)."""
    return [(b.role, b.text) if isinstance(b, Paragraph) else (b.kind, b.label + b.heading) for b in blocks]


# ---------------------------------------------------------------- a 目录's rows end on the pages they give

PAGED = ["目 录", "1 总则1", "1.1 编制目的 1", "1.2 工作原则 2", "2 组织体系3", "2.1 指挥部 3"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_the_rows_of_a_plans_own_contents_end_on_the_pages_they_give(columns):
    """A text's own 目录 runs to where its first heading is printed again
    over the text: the rows give their pages, run on after the heading where
    the page lost the tab ('1 总则1') or after a space, and the heading over
    the text gives none, so the two are compared without the page. Each row
    is a line of its own, whose page is no number the line under it goes on
    with ('…总则1' / '1.1 编制目的…' is no '11.1'), and the text's '1 总则' is
    its heading again."""
    blocks = _plan(NOTICE + PAGED + TEXT, columns)
    assert _roles(blocks)[:8] == [("heading", "目录"), ("contents", "1总则1"), ("contents", "1.1编制目的1"),
                                  ("contents", "1.2工作原则2"), ("contents", "2组织体系3"), ("contents", "2.1指挥部3"),
                                  ("section", "1总则"), ("section", "1.1编制目的")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contents_in_traditional_characters_that_the_excerpt_ends_inside(columns):
    """'目錄' is the 目录's heading in traditional characters too; where the
    excerpt ends inside the 目录, its first heading is never printed again,
    and the rows that each end on their page are the 目录 all the same: no
    heading of a text gives a page."""
    notice = ["某某縣人民政府辦公室關於印發某某縣防汛應急預案的通知", "各鄉鎮人民政府：",
              "現將《某某縣防汛應急預案》印發給你們，請認真貫徹執行。", "某某縣人民政府辦公室", "2021年3月1日",
              "某某縣防汛應急預案"]
    docs = _documents(notice + ["目 錄", "1 總則1", "1.1 編制目的 1", "1.2 工作原則 2", "2 組織體系3",
                                "2.1 指揮部 3"], columns)
    assert [p.title for d in docs for p in d.parts] == [notice[0], notice[-1]]
    blocks = [b for b in docs[0].parts[1].blocks if isinstance(b, Paragraph)]
    assert _roles(blocks) == [("heading", "目錄"), ("contents", "1總則1"), ("contents", "1.1編制目的1"),
                              ("contents", "1.2工作原則2"), ("contents", "2組織體系3"), ("contents", "2.1指揮部3")]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_one_row_the_page_kept_of_a_contents(columns):
    """A page that kept one row of the 目录 ('6.1 …(Ⅰ级响应) 20'): the row ends
    on its page, and the text's first heading under it is a heading, not the
    rest of the row (at 18 columns the wrap cuts the page, '… 2' / '0': the
    figure alone goes on with it)."""
    blocks = _plan(NOTICE + ["目 录", "2.1 特别重大灾害应急处置(Ⅰ级响应) 20"] + TEXT, columns)
    assert _roles(blocks)[:4] == [("heading", "目录"), ("contents", "2.1特别重大灾害应急处置（Ⅰ级响应） 20"),
                                  ("section", "1总则"), ("section", "1.1编制目的")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contents_heading_whose_rows_the_page_lost(columns):
    """'目录' with no row under it (the page lost them): it is the heading
    of the 目录, and the text's '1 总则' under it is the chapter's heading,
    as it is under any heading."""
    blocks = _plan(NOTICE + ["目 录"] + TEXT, columns)
    assert _roles(blocks)[:3] == [("heading", "目录"), ("section", "1总则"), ("section", "1.1编制目的")]


# ---------------------------------------------------------------- a 目录 printed without its heading

@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_plans_outline_printed_twice_is_its_contents_then_its_headings(columns):
    """A 预案's 目录 printed without '目录' over it: its sections' headings one
    a line, no text between, then the same headings again over the text. The
    first run up to where its first heading is printed again is the 目录 (as
    a code's 编章节 printed twice is), not sections with no text."""
    outline = ["1 总则", "1.1编制目的", "1.2编制依据", "2 组织体系", "2.1指挥部"]
    blocks = _plan(NOTICE + outline + TEXT, columns)
    assert _roles(blocks)[:7] == [("contents", "1总则"), ("contents", "1.1编制目的"), ("contents", "1.2编制依据"),
                                  ("contents", "2组织体系"), ("contents", "2.1指挥部"),
                                  ("section", "1总则"), ("section", "1.1编制目的")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_excerpt_that_ends_inside_a_contents_with_no_heading(columns):
    """The excerpt ends inside a 目录 printed without its heading, the chapters
    numbered with a point ('1.总则' over '1.1 编制目的'): its first heading is
    never printed again, but a section right over the next of its level
    ('1.1 编制目的' over '1.2 编制依据') has no text, which no section of the
    text lacks: the run is the 目录, its chapters no list's items."""
    outline = ["1.总则", "1.1 编制目的", "1.2 编制依据", "2.组织指挥体系", "2.1 领导机构", "2.2 办事机构", "3.信息报告"]
    blocks = _plan(NOTICE + outline, columns)
    assert _roles(blocks) == [("contents", "1.总则"), ("contents", "1.1编制目的"), ("contents", "1.2编制依据"),
                              ("contents", "2.组织指挥体系"), ("contents", "2.1领导机构"), ("contents", "2.2办事机构"),
                              ("contents", "3.信息报告")]


def test_a_list_of_short_items_is_no_contents():
    """Items of a list one a line with no text between ('1.自然灾害', '2.事故灾难')
    under a section are the list's, not a 目录: only sections numbered by
    levels (1.1, 1.2) are empty nowhere but in a 目录. Nor is '1.自然灾害' a
    chapter, under section 1.3 of chapter 1."""
    text = ["1 总则", "1.3 分类分级", "突发事件主要分为以下四类：", "1.自然灾害", "2.事故灾难", "3.公共卫生事件", "4.社会安全事件",
            "1.4 工作原则", "坚持以人为本。"]
    docs = _documents(NOTICE + text, None)
    kinds = [(b.kind, b.label) for b in docs[0].parts[1].blocks if not isinstance(b, Paragraph)]
    assert kinds == [("section", "1"), ("section", "1.3"), ("ar", "1."), ("ar", "2."), ("ar", "3."), ("ar", "4."),
                     ("section", "1.4")]


def test_an_outline_not_printed_again_is_the_texts_headings():
    """Headings with no text between that are not printed again are the
    text's own (a chapter over its first section)."""
    blocks = _plan(NOTICE + TEXT, None)
    assert _roles(blocks)[:3] == [("section", "1总则"), ("section", "1.1编制目的"), ("body", "为做好防汛工作，制定本预案。")]


# ---------------------------------------------------------------- the measure counts body lines, not a 目录's rows

def test_a_long_contents_does_not_set_the_measure():
    """The measure is the width most body lines reach (layout statistics): a
    file of one line a paragraph whose 预案 prints a 目录 of dozens of rows
    would otherwise measure the rows, and a section heading as wide as they
    read as filling the measure and ran into the sentence under it."""
    rows = [f"{n} 第{n}章的标题{n}" for n in range(1, 9)] + [f"{n}.{k} 第{n}章第{k}节的标题 {n}" for n in range(1, 9)
                                                         for k in range(1, 6)]
    text = ["1 总则", "1.3 事件分级", "根据突发事件的性质、危害程度和涉及范围，划分为特别重大、重大、较大和一般四级。",
            "1.3.1 特别重大突发公共卫生事件(I级)", "有下列情形之一的为特别重大突发公共卫生事件:",
            "(1)肺鼠疫在大、中城市发生并有扩散趋势。"]
    blocks = _plan(NOTICE + ["目 录"] + rows + text, None)
    assert ("section", "1.3.1特别重大突发公共卫生事件（I级）") in _roles(blocks)
    assert ("body", "有下列情形之一的为特别重大突发公共卫生事件：") in _roles(blocks)


def test_a_rows_page_the_measure_carried_to_a_line_of_its_own():
    """A row that fills the measure leaves its page alone on the next line
    ('4 突发…预警与报告' / '16'): that line ends the row, it opens no entry."""
    rows = ["目 录", "3 应急组织机构及职责8", "3.1 应急指挥机构 8", "4 突发公共卫生事件的监测、预警与报告16",
            "4.1 监测 16", "4.2 预警 17"]
    blocks = _plan(NOTICE + rows + TEXT, 18)
    assert _roles(blocks)[:7] == [("heading", "目录"), ("contents", "3应急组织机构及职责8"), ("contents", "3.1应急指挥机构8"),
                                  ("contents", "4突发公共卫生事件的监测、预警与报告16"), ("contents", "4.1监测16"),
                                  ("contents", "4.2预警17"), ("section", "1总则")]


# ---------------------------------------------------------------- a 主送 naming sectors between organs, without its colon

@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_main_addressee_naming_sectors_between_organs_without_its_colon(columns):
    """GB/T 9704 7.3.2: the 主送 under the title may lose its colon; it is read
    by the names it addresses, and between a class of organs (县直各部门) and
    the last organ or class it may name sectors by their short names (农场,
    林场), each short, no sentence."""
    addressees = "县直各部门、县域内农场、林场、看守所、某某镇政府、供水企业"
    docs = _documents([NOTICE[0], addressees, "现将《某某县防汛应急预案》印发给你们，请认真贯彻执行。", "某某县人民政府办公室",
                       "2024年1月10日"], columns)
    assert [(d.title, d.addressees) for d in docs] == [(NOTICE[0], addressees)]


@pytest.mark.parametrize("line", ["各乡镇、各部门、要高度重视防汛工作", "各乡镇、县直各部门、防汛抗旱和森林防火工作"])
def test_a_sentence_listing_organs_is_no_main_addressee(line):
    """A line that lists organs and goes on with what they are to do, or ends
    on no organ, is the body's."""
    docs = _documents([NOTICE[0], line, "现将《某某县防汛应急预案》印发给你们，请认真贯彻执行。", "某某县人民政府办公室",
                       "2024年1月10日"], None)
    assert docs[0].addressees is None


# ---------------------------------------------------------------- a section heading that fills the measure

SECTIONS = ["2 组织体系", "2.3 工作机构", "2.3.1 县防汛抗旱指挥部办公室及各成员单位职责", "县防汛抗旱指挥部办公室负责日常工作。",
            "2.3.2 专家组", "专家组负责技术咨询。"]


@pytest.mark.parametrize("columns", [None, 16, 18, 20, 22, 26])
def test_a_section_heading_that_fills_the_measure_in_a_text_that_sets_its_sections_alone(columns):
    """A text numbers its sections one way throughout (GB/T 1.1 章条编号): where
    every section's heading stands alone on its line, one that fills the
    measure is a heading too: it goes on with its short rest where the
    measure wrapped it, and ends over the text under it."""
    blocks = _plan(NOTICE + SECTIONS, columns)
    assert _roles(blocks)[2:4] == [("section", "2.3.1县防汛抗旱指挥部办公室及各成员单位职责"),
                                   ("body", "县防汛抗旱指挥部办公室负责日常工作。")]


@pytest.mark.parametrize("columns", [18, 26])
def test_a_text_whose_sections_run_in_keeps_its_paragraphs_whole(columns):
    """Where sections run in with their text ('2.4 县人民政府可以根据本地区实' /
    '际情况，…'), a first line of a section's shape is no heading: the
    paragraph goes on."""
    text = ["2 组织体系", "2.3 工作机构", "2.4 县人民政府可以根据本地区实际情况，研究制订县级应急预案，报市人民政府备案。"]
    blocks = _plan(NOTICE + text, columns)
    assert ("body", "2.4县人民政府可以根据本地区实际情况，研究制订县级应急预案，报市人民政府备案。") in _roles(blocks)


@pytest.mark.parametrize("columns", [None, 18])
def test_a_graded_section_heading_that_fills_the_measure_over_a_sentence(columns):
    """'1.3.1 特别重大突发公共卫生事件(I级)' fills the measure at 18 columns; the
    sentence under it, a line that fills the measure too, begins the text."""
    text = ["1 总则", "1.3 事件分级", "根据突发事件的性质、危害程度和涉及范围，划分为特别重大、重大、较大和一般四级。",
            "1.3.1 特别重大突发公共卫生事件(I级)", "有下列情形之一的为特别重大突发公共卫生事件:",
            "(1)肺鼠疫在大、中城市发生并有扩散趋势。"]
    blocks = _plan(NOTICE + text, columns)
    assert ("section", "1.3.1特别重大突发公共卫生事件（I级）") in _roles(blocks)
    assert ("body", "有下列情形之一的为特别重大突发公共卫生事件：") in _roles(blocks)
