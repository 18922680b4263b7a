"""The document grammar on layouts of the three-hundred-and-fourteenth held-out
set's kind (issue #11): grain-and-oil reserve and market-supply texts of
cities, counties and their bureaus (an office's 通知 carrying out a province's
平价商店 办法, a county's 储备粮油 办法 reissued, a joint 通知 on inspecting the
菜篮子工程's vegetable bases, a bureau's 通知 on the holiday market's supply,
a bureau's 通知 starting its 平价商店) as their sites, mirrors, law libraries
and news portals store them, one pricing its goods by a formula quoted in its
sentence ('按“收入 + 补贴 - 支出”'), which a narrow measure wraps before an
operator. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _documents, _text  # (the same input path and layouts)

TITLE = "某某县发展和改革局关于启动平价销售的通知"
HEAD = [TITLE, "各平价商店："]
FORMULA = "“进货价格 + 平均利润 - 补助单价”"


def _wrapped_before_a_sign(columns: int | None) -> str:
    """A sentence quoting FORMULA, padded so that the measure wraps it right before an operator ('+' or '-'
    opens a line) where it wraps at all."""
    for pad in range(60):
        sentence = "商家只能在" + "平价" * (pad // 2) + "的" * (pad % 2) + FORMULA + "的范围内定价。"
        if columns is None or any(line.lstrip().startswith(("+ ", "- "))
                                  for line in laid_out(HEAD + [sentence], columns)):
            return sentence
    raise AssertionError("no padding wraps the formula before a sign")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sign_that_opens_a_line_inside_an_open_quotation_is_text_not_a_list_dash(columns):
    """GB/T 15834 (paired marks): what a “ opens runs on until its ” closes
    it, and no block starts inside it. A '+' or '-' a wrap set at the head
    of the line under one that left a quotation open is the quoted formula's
    operator, kept as text in the same paragraph, not a markdown list dash
    (layout.BLOCK_MARK_RE) that would drop it and start a paragraph."""
    sentence = _wrapped_before_a_sign(columns)
    docs = _documents(HEAD + [sentence], columns)
    assert [d.title for d in docs] == [TITLE]
    assert "进货价格+平均利润-补助单价" in _text(docs[0]).replace(" ", "")
    assert [b.text.replace(" ", "") for p in docs[0].parts for b in p.blocks if "补助单价" in b.text][0] \
        .startswith("商家只能在")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_list_dash_under_a_closed_line_still_marks_an_item(columns):
    """The control: a '- ' at the head of a line under one that closes all it
    opened is a list dash: the mark goes, its item is a paragraph of its own."""
    items = ["请做好以下工作：", "- 加强价格监测。", "- 做好货源组织。"]
    docs = _documents(HEAD + items, columns)
    assert [d.title for d in docs] == [TITLE]
    text = _text(docs[0])
    assert "加强价格监测。" in text and "做好货源组织。" in text and "- " not in text and "-做好" not in text
