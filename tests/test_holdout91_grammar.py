"""The document grammar on layouts of the ninety-first held-out set's kind
(issue #11): the appointment and removal 决定 of a 人大常委会 and the
speeches of city and county leaders as their pages print them (a pledge
titled '…上的表态发言' with its speaker and date under it, titles run into
their adoption line and body on one line, a speech's title, byline, date and
称谓 run into one paragraph). Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A new head's pledge on his election: the title, his post and name, the date alone in brackets, no 称谓.
PLEDGE = ["在县十九届人大三次会议上的表态发言", "县长 王某某", "（2022年1月8日）",
          "今天，大会选举我担任某某县人民政府县长，我深感责任重大、使命光荣。",
          "我将永葆忠诚之心。", "始终在县委的坚强领导下，团结带领县政府一班人，恪尽职守，勤勉工作。"]


# ---------------------------------------------------------------- 发言: a speech by its title

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_pledge_titled_as_a_statement_is_a_speech(columns):
    """A text delivered at a meeting is titled by the occasion and its genre
    word: 讲话, 致辞, or 发言 ('在…会议上的表态发言', '…上的交流发言'), the
    speaker's post and name and the date in brackets under it, as a 讲话's.
    After a signed notice, it is a document of its own; its byline is no
    part of its title."""
    docs = _documents(NOTICE + PLEDGE, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLEDGE[0]]
    assert docs[1].date == "2022-01-08"
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_in_statements_is_no_title(columns):
    """Control: a body's paragraph that tells of the statements made at a
    meeting ('…作了表态发言') is a sentence, no title, though short."""
    body = "会上，各乡镇主要负责同志分别作了表态发言。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]

