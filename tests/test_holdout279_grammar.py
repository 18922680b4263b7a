"""The document grammar on layouts of the two-hundred-and-seventy-ninth held-out
set's kind (issue #11): forest fire prevention texts of cities, counties and
districts (a county's 禁火令 and 通告, an office's 通知 issuing its 森林火灾应急
预案, a 紧急通知 on a template site) as their sites store them, and a 成文日期
under the signature whose page lost its 月 and 日 but kept its 年, the month's
and the day's single figures run together after it ('2026年18'). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An order signed and dated, its date line as a page stores it with its 月 and 日 lost, the 附注 under it.
ORDER = ["北岭县人民政府森林防火禁火令", "（2026年第1号）",
         "鉴于当前天气持续干旱，森林火险等级较高，县政府决定在全县范围内严禁一切林区野外用火，请各单位遵照执行。",
         "北岭县人民政府"]
NOTE = "（此件主动公开）"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("tail", [[], [NOTE]])
def test_a_date_that_kept_its_year_and_lost_month_and_day_of_one_figure_each(columns, tail):
    """GB/T 9704 7.3.5: the 成文日期 under the signature prints the year, the
    month and the day in full. A page that lost its 月 and 日 but kept its 年
    runs the month's and the day's figures together after it: two figures
    are one month of one figure and one day of one ('2026年18' is 1月8日), as
    three or four are read when their split is one date
    (frame.DAMAGED_DATE_RE, damaged_date). It is read there, under the
    signature or over the 附注 (7.3.6), and the report says it is damaged."""
    docs = _documents(ORDER + ["2026年18"] + tail, columns)
    assert [d.title for d in docs] == [ORDER[0]]
    assert docs[0].issuers == ["北岭县人民政府"] and docs[0].date == "2026-01-08"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_two_figures_that_make_no_month_and_day_give_no_date(columns):
    """Control: '2026年10' (month 1, day 0) is no date: the document keeps no
    date rather than one its figures do not give; three figures of two
    readings ('2023年127', 1月27日 or 12月7日) stay unread, as before the rule."""
    for line in ("2026年10", "2023年127"):
        docs = _documents(ORDER + [line, NOTE], columns)
        assert [d.title for d in docs] == [ORDER[0]]
        assert docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_date_stays_read(columns):
    """Control: the date printed whole under the signature is read as always."""
    docs = _documents(ORDER + ["2026年1月8日", NOTE], columns)
    assert docs[0].date == "2026-01-08"
