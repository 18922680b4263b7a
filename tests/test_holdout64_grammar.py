"""The document grammar on layouts of the sixty-fourth held-out set's kind
(issue #11): 通报 that report and judge (督查 findings, 考核/考评 results
that rank units, 通报批评), often printed unsigned by the web page that
keeps them. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


# ---------------------------------------------------------------- a period under the title is no date

WEEKLY = ["某某热线一周情况通报", "一、基本情况", "本周共受理热线工单120件，按期回复120件。", "二、回访情况",
          "有3个单位群众满意率低于最低标准，请立即整改到位。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("period", ["（2021年5月10日—5月16日）", "(2021年5月10日-16日)", "（2021年5月10日至6月9日）"])
def test_a_period_in_brackets_under_a_title_is_no_date(period, columns):
    """A weekly or monthly 通报 prints the span it covers in brackets under
    its title, its second day without the year and month the first gives
    ('（2021年5月10日—5月16日）'): a span of time, not the day the 通报 was
    written, as '自…起至…止' is none; unsigned and undated, it has no date."""
    docs = _documents(NOTICE + [WEEKLY[0], period] + WEEKLY[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], WEEKLY[0]]
    assert docs[1].date is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_dated_report_under_its_period_keeps_its_date(columns):
    """Control: the same 通报 signed and dated is dated by its 成文日期."""
    docs = _documents(NOTICE + [WEEKLY[0], "（2021年5月10日—5月16日）"] + WEEKLY[1:]
                      + ["某某县人民政府办公室", "2021年5月18日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], WEEKLY[0]]
    assert (docs[1].date, docs[1].issuers) == ("2021-05-18", ["某某县人民政府办公室"])
