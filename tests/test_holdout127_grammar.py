"""The document grammar on layouts of the hundred-and-twenty-seventh held-out set's
kind (issue #11): emergency plans (应急预案) of city, county and district
governments and their offices, numbered by levels (GB/T 1.1 章条编号: '1 总则',
'1.1 编制目的', '1.4.1 …'), most under the notice that issues them, with the
plan's own 目录. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

NOTICE = ["某某县人民政府办公室关于印发某某县突发公共事件总体应急预案的通知", "某政办发〔2021〕8号",
          "各乡镇人民政府,县直各部门:", "《某某县突发公共事件总体应急预案》已经县政府同意,现印发给你们,请认真贯彻执行。",
          "某某县人民政府办公室", "2021年3月5日", "某某县突发公共事件总体应急预案", "1 总则", "1.1 编制目的",
          "为提高全县处置突发公共事件的能力,保障人民群众生命财产安全,制定本预案。", "1.2 事件分类",
          "根据突发公共事件的发生过程、性质和机理,主要分为以下三类:"]


# ---------------------------------------------------------------- (1) set as one character

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_in_brackets_set_as_one_character_is_the_label(columns):
    """A word processor's numbering and CJK fonts may print the label (1) as
    one character, U+2474 PARENTHESIZED DIGIT ONE to U+2487 PARENTHESIZED
    NUMBER TWENTY ('⑴ 自然灾害：…'): the same label as （1）, the fourth
    level of GB/T 9704 7.3.3's outline, so each opens an item of that list."""
    items = ["⑴ 自然灾害:主要包括水旱灾害、气象灾害、地震灾害等。", "⑵ 事故灾难:主要包括各类安全事故、交通运输事故等。",
             "⑶ 公共卫生事件:主要包括传染病疫情、食品安全事件等。"]
    docs = _documents(NOTICE + items, columns)
    assert len(docs) == 1
    assert [(p.kind, p.label) for p in docs[0].provisions] == [("section", "1"), ("section", "1.1"), ("section", "1.2"),
                                                               ("ar_paren", "⑴"), ("ar_paren", "⑵"), ("ar_paren", "⑶")]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_in_brackets_as_printed_stays_the_label(columns):
    """Control: (1) printed with its brackets, full-width or ASCII, is the
    same item as before; a figure opening a bracket left open ('(1 …') is no
    label, nor is a circled ① read as (1)."""
    items = ["（1）自然灾害:主要包括水旱灾害等。", "(2)事故灾难:主要包括各类安全事故等。", "①公共卫生事件:主要包括传染病疫情等。"]
    docs = _documents(NOTICE + items, columns)
    assert [(p.kind, p.label) for p in docs[0].provisions] == [("section", "1"), ("section", "1.1"), ("section", "1.2"),
                                                               ("ar_paren", "（1）"), ("ar_paren", "(2)"),
                                                               ("circled", "①")]


# ---------------------------------------------------------------- a 预案's own 目录, its rows set with spaces

ISSUING = ["某某县人民政府办公室关于印发", "《某某县突发地质灾害应急预案》的通知", "各乡镇人民政府,县政府各部门:",
           "现将修订后的《某某县突发地质灾害应急预案》印发你们,请认真贯彻执行。", "某某县人民政府办公室", "2020年4月11日"]
SPACED_CONTENTS = ["1    总则", "1.1   编制目的", "1.2   编制依据", "1.3   工作原则", "2    组织指挥体系", "3    预防和预警机制",
                   "3.1  监测与巡查", "3.2  预报预警", "4    应急响应", "4.1  先期处置", "4.2  应急响应措施"]
PLAN_TEXT = ["1 总则", "1.1 编制目的", "为迅速、有序、高效做好突发地质灾害应急处置工作,制定本预案。", "1.2 编制依据",
             "依据《地质灾害防治条例》等法律法规,制定本预案。"]


def _part_tables(doc) -> list:
    return [b for part in doc.parts for b in part.blocks if type(b).__name__ == "Table"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_contents_set_with_spaces_is_no_table(columns):
    """GB/T 1.1 prints a space between a section's number and its heading; a
    page sets a 预案's own 目录 so with runs of spaces ('1.1   编制目的',
    '3.1  监测与巡查'). A section numbered by levels and its heading is the
    outline's heading or its 目录's row, never a table's row: the 目录 is
    the text's front matter, its rows no cells."""
    docs = _documents(ISSUING + ["某某县突发地质灾害应急预案", "目录"] + SPACED_CONTENTS + PLAN_TEXT, columns)
    assert len(docs) == 1
    assert [part.title for part in docs[0].parts] == [docs[0].title, "某某县突发地质灾害应急预案"]
    assert not _part_tables(docs[0])
    printed = [(b.role, b.text) if isinstance(b, Paragraph) else (b.kind, b.label + b.heading)
               for b in docs[0].parts[1].blocks]
    assert {role for role, text in printed if text.replace(" ", "") in ("1.1编制目的", "3.1监测与巡查")} \
        == {"contents", "section"}


@pytest.mark.parametrize("columns", [None, 26])
def test_a_table_of_numbered_rows_set_with_spaces_stays_a_table(columns):
    """Control: a table printed with spaces between its columns whose first
    column numbers its rows with a figure ('1    县应急管理局    0558-1234567')
    is a table still; only a number of two levels or more before a heading
    alone ('1.1   编制目的') is an outline's line."""
    rows = ["序号      单位          联系电话", "1         县应急管理局    0558-1234567", "2         县自然资源局    0558-1234568",
            "3         县水利局        0558-1234569"]
    docs = _documents(ISSUING + ["某某县突发地质灾害应急预案", "附表 应急联系方式"] + rows, columns)
    assert len(_part_tables(docs[0])) == 1


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_with_its_contents_heading_run_on_is_the_title(columns):
    """A page may run a text's own '目录' heading onto its title's line
    ('某某县突发地质灾害应急预案目录') over the 目录's chapters and sections
    ('1 总则', '1.1 编制目的'): the title, ending in its kind word, then the
    heading, so the text the notice issues is found under its title."""
    docs = _documents(ISSUING + ["某某县突发地质灾害应急预案目录"] + SPACED_CONTENTS + PLAN_TEXT, columns)
    assert len(docs) == 1
    assert [part.title for part in docs[0].parts] == [docs[0].title, "某某县突发地质灾害应急预案"]
    assert docs[0].date == "2020-04-11"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_titled_contents_stays_whole(columns):
    """Control: a list of plans titled '…目录' ('某某县专项应急预案目录' over
    '1.某某县防汛应急预案', '2.…') has no sections numbered by levels under
    it: its title is its own, '目录' a word of it."""
    listed = ["某某县专项应急预案目录", "1.某某县防汛应急预案", "2.某某县森林火灾应急预案", "3.某某县地震应急预案",
              "4.某某县突发地质灾害应急预案"]
    docs = _documents(ISSUING[:3] + ["现将《某某县专项应急预案目录》印发你们,请认真贯彻执行。"] + ISSUING[4:] + listed, columns)
    assert [part.title for part in docs[0].parts] == [docs[0].title, "某某县专项应急预案目录"]


# ---------------------------------------------------------------- a text cut short over the next one's 目录

CUT_PLAN = ISSUING + ["某某县突发地质灾害应急预案", "目录", "1 总则", "1.1 编制目的", "1.2 编制依据", "2 组织指挥体系",
                      "2.1 领导机构"]
NEXT_PLAN = ["某某区突发公共事件总体应急预案", "目录", "1、总则", "1.1 编制目的和依据", "1.2 事件分类", "2、组织体系",
             "2.1 领导机构", "1. 总则", "1.1 编制目的和依据", "为全面提高我区处置各类突发公共事件的能力,制定本预案。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contents_ends_over_the_next_texts_contents(columns):
    """A text's own 目录 runs from its '目录' heading to where its first
    heading is printed again over the text. A line over another '目录'
    heading is no row of it but the title of the next text, whose own 目录
    that is (a page's excerpt cut inside the first text's first chapter,
    '1.1 编制目的', and the next text's chapters numbered '1、总则'): that
    title opens the next document."""
    docs = _documents(CUT_PLAN + NEXT_PLAN, columns)
    assert [d.title for d in docs] == [docs[0].title, "某某区突发公共事件总体应急预案"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_contents_over_its_text_is_still_the_contents(columns):
    """Control: a 目录 whose first heading is printed again over the text
    keeps its rows as contents, no provision or title among them."""
    docs = _documents(CUT_PLAN + PLAN_TEXT, columns)
    assert len(docs) == 1
    roles = [b.role for b in docs[0].parts[1].blocks if b.text.replace(" ", "") in ("1.2编制依据", "2.1领导机构")]
    assert roles[:2] == ["contents", "contents"]
