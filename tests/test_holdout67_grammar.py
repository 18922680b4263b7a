"""The document grammar on layouts of the sixty-seventh held-out set's kind:
notices and lists that put named people in posts (河长/林长 adjustments, a
list of 河长 and 湖长 under a heading, a 分工). Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

LIST_ROWS = ["一、县级总林长", "总林长:张某某 县委书记", "二、县级林长", "(一)北山片区", "林长:李某某 副县长"]


# ---------------------------------------------------------------- a list's heading with its date on its line

@pytest.mark.parametrize("date", ["(2021年11月22日)", "（2021年11月22日）", "(二〇二一年十一月二十二日)"])
def test_a_date_in_brackets_after_a_list_heading_keeps_its_kind(date):
    """A list printed under a heading carries the day it was drawn up in
    brackets, the 题注's date set on the heading's line instead of under it
    ('…林长名单(2021年11月22日)'); the heading still ends on its kind word."""
    assert kind_of("某某县县级总林长、林长名单" + date) == "名单"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_dated_list_heading_after_a_notice_starts_a_document(columns):
    """Run together after a notice, such a heading opens a document of its
    own: the notice before it ends at its signature and date."""
    title = "某某县县级总林长、林长名单(2021年11月22日)"
    docs = _documents(NOTICE + [title] + LIST_ROWS, columns)
    assert [d.title for d in docs][0] == NOTICE[0]
    assert len(docs) == 2 and docs[1].title.startswith("某某县县级总林长")


@pytest.mark.parametrize("text", ["会议于(2021年11月22日)召开", "某某县县级林长调整情况(2021年11月22日)"])
def test_a_bracketed_date_after_no_kind_word_makes_no_title(text):
    """Control: a date in brackets makes no kind of what does not end on a
    kind word before it."""
    assert kind_of(text) is None


@pytest.mark.parametrize("date", ["(2021年11月22日)", "（2021年11月22日）"])
def test_a_list_heading_dated_on_its_line_is_title_and_note(date):
    """Read as a gazette prints it, the heading is the title and the date in
    brackets its 题注 under it: the title without the date, the date the
    document's; the list's rows its provisions."""
    title = "某某县县级总林长、林长名单"
    docs = _documents([title + date] + LIST_ROWS, None)
    assert [(d.title, d.date) for d in docs] == [(title, "2021-11-22")]


def test_a_sentence_ending_on_a_bracketed_date_is_not_split():
    """Control: a sentence that closes on a date in brackets ('…报送名单(2021年
    11月22日前)。') is a paragraph, not a title over its note."""
    from builder.stages.split.unfold.closes import title_then_note_date
    from builder.model import Line
    line = Line(no=1, text="请各乡镇报送林长名单,并附说明(2021年11月22日)")
    assert [piece.text for piece in title_then_note_date(line)] == [line.text]
