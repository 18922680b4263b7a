"""The document grammar on layouts of the hundred-and-thirty-first held-out
set's kind (issue #11): chronicles (大事记) of county and district places as
their 方志, 史志 and Party history sites store them. Each case is invented
text laid out as extractors give it (one line a paragraph) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

pytestmark = pytest.mark.unit

CHRONICLE = ["某某区2019年6月大事记",
             "1日 区长张某主持召开区政府常务会议，研究部署防汛工作。",
             "2日 副区长李某调研全区重点项目建设。"]


# ---------------------------------------------------------------- 大事要览: a chronicle's name

def test_a_month_s_major_events_at_a_glance_is_a_chronicle():
    """A local chronicle may name its month's entries 大事要览 ('major events
    at a glance') instead of 大事记: a chronicle all the same, its title a
    title and its entries, each day alone on its line over its event,
    anchored by their dates."""
    text = ["2021年3月大事要览",
            "2日",
            "某某区召开全区安全生产工作会议。",
            "5日—6日",
            "某某区第三届人民代表大会第二次会议举行。"]
    docs = _documents(text, None)
    assert [d.title for d in docs] == ["2021年3月大事要览"]
    assert [p.date for p in docs[0].provisions] == ["2021-03-02", "2021-03-05"]
    together = _convert(CHRONICLE + text, None).documents
    assert [d.title for d in together] == [CHRONICLE[0], "2021年3月大事要览"]


def test_a_glance_that_is_no_chronicle_stays_text():
    """Control: 要览 alone (a 统计要览, a guide) is no chronicle's name."""
    docs = _documents(["某某县2020年统计要览", "全县地区生产总值增长5%。"], None)
    assert not any(p.kind == "date" for d in docs for p in d.provisions)
