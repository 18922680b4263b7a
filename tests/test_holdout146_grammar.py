"""The document grammar on layouts of the hundred-and-forty-sixth held-out
set's kind (issue #11): older government documents (1980-1999), here a
provincial gazette's summary of a notice, which prints the notice's title and
发文字号 but no signature or date at its foot: its lead dates and names the
notice ('1989年10月11日,省人民政府发出《关于…的通知》,主要内容如下:'). Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

POINTS = ["一、各县要在年底前完成粮食收购任务,不得打白条。", "二、各级粮食部门要加强对收购资金的管理。"]


# ---------------------------------------------------------------- a gazette's summary is dated by its lead

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lead,date", [
    ("1990年11月5日,省人民政府发出《关于做好秋粮收购工作的通知》,主要内容如下:", "1990-11-05"),
    ("一九九二年三月二日,某某市人民政府印发了《关于做好秋粮收购工作的通知》,内容如下:", "1992-03-02"),
    ("1988年7月20日，省政府下发《某某省人民政府关于做好秋粮收购工作的通知》。通知指出:", "1988-07-20")])
def test_a_gazette_summary_is_dated_by_the_day_its_lead_says_the_notice_was_issued(lead, date, columns):
    """A gazette of the 1980s and 1990s reprints some documents as summaries:
    the title and 发文字号 as the document prints them, then a lead that
    opens on the day the organ issued it and names it in 《》 (发出, 印发,
    下发, 发布, 颁发), and its points; no signature and no date stand at the
    foot. The day the lead gives to the document its own title names is its
    成文日期."""
    docs = _documents(["某某省人民政府", "关于做好秋粮收购工作的通知", "某府〔1990〕12号", lead] + POINTS, columns)
    assert [d.title for d in docs] == ["某某省人民政府关于做好秋粮收购工作的通知"]
    assert docs[0].date == date


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_lead_that_dates_another_document_dates_nothing(columns):
    """Control: a lead that opens on a day an organ issued another document
    ('1990年5月3日,国务院发出《关于…的通知》,…') tells what the notice
    answers, not when it was written: an unsigned notice so opened stays
    undated."""
    lead = "1990年5月3日,国务院发出《关于加强粮食购销工作的通知》,现就贯彻落实有关事项通知如下:"
    docs = _documents(["某某省人民政府", "关于做好秋粮收购工作的通知", "某府〔1990〕12号", lead] + POINTS, columns)
    assert [d.title for d in docs] == ["某某省人民政府关于做好秋粮收购工作的通知"]
    assert docs[0].date is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signed_and_dated_notice_keeps_its_date(columns):
    """Control: where the date stands at the foot under the signature (GB/T
    9704 7.3.5), that is the 成文日期, whatever day the lead tells of."""
    lead = "1990年11月5日,省人民政府发出《关于做好秋粮收购工作的通知》,主要内容如下:"
    docs = _documents(["某某省人民政府", "关于做好秋粮收购工作的通知", "某府〔1990〕12号", lead] + POINTS
                      + ["某某省人民政府", "1990年11月8日"], columns)
    assert docs[0].date == "1990-11-08"
