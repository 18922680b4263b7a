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
    assert [(p.kind, p.label) for p in docs[0].provisions] == [("ar_paren", "⑴"), ("ar_paren", "⑵"),
                                                               ("ar_paren", "⑶")]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_in_brackets_as_printed_stays_the_label(columns):
    """Control: (1) printed with its brackets, full-width or ASCII, is the
    same item as before; a figure opening a bracket left open ('(1 …') is no
    label, nor is a circled ① read as (1)."""
    items = ["（1）自然灾害:主要包括水旱灾害等。", "(2)事故灾难:主要包括各类安全事故等。", "①公共卫生事件:主要包括传染病疫情等。"]
    docs = _documents(NOTICE + items, columns)
    assert [(p.kind, p.label) for p in docs[0].provisions] == [("ar_paren", "（1）"), ("ar_paren", "(2)"),
                                                               ("circled", "①")]
