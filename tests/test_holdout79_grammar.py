"""The document grammar on layouts of the seventy-ninth held-out set's kind
(issue #11): everyday documents of the prefectures, cities and counties of
the western and border regions (通告, 公告, 决定) as their sites, gazettes
and mirrors store them, whose frames extraction damaged (a 成文日期 that lost
its 年月日 and its signature, the 附注 under it). Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a damaged date under the 附件说明

DECISION = ["某某县人民政府关于调整某某县畜禽养殖禁养区的决定", "某政规〔2024〕1号", "各乡镇人民政府、县级有关部门:",
            "为促进畜禽养殖合理布局,对某某县畜禽养殖禁养区进行部分调整。", "本决定自公布之日起执行。",
            "附件:1.某某县畜禽养殖禁养区调整范围明细表", "2.某某乡禁养区调整示意图"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date, iso", [("202465", "2024-06-05"), ("2023 9 18", "2023-09-18"), ("2022年1028", "2022-10-28")])
def test_a_damaged_date_over_its_note_stands_alone_under_the_annex_list(date, iso, columns):
    """GB/T 9704 7.3.4-7.3.6: the 附件说明 closes the body, the signature and
    the 成文日期 stand under it, the 附注 ('（此件公开发布）') under the date. A
    page that lost the signature (a seal's image) and the date's 年月日 still
    prints the figures over the 附注: they are the date, standing alone, no
    tail of the 附件说明's last item above them."""
    docs = _documents(DECISION + [date, "(此件公开发布)"] + NOTICE, columns)
    assert [d.title for d in docs] == [DECISION[0], NOTICE[0]]
    assert docs[0].date == iso
    assert docs[0].issuers == ["某某县人民政府"]
    assert docs[1].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_figure_over_a_note_that_splits_no_date_names_no_date(columns):
    """Control: figures over the 附注 read as a date only where one split of
    them is one (frame.damaged_date): '2024112' (1 December or 11 February)
    stays unread, and the document is still whole."""
    docs = _documents(DECISION + ["2024112", "(此件公开发布)"] + NOTICE, columns)
    assert [d.title for d in docs] == [DECISION[0], NOTICE[0]]
    assert docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_damaged_figures_under_a_signature_keep_the_signature(columns):
    """Control: where the signature was printed, the figures under it over
    the 附注 are the date as before, and the name over them is the issuer,
    not part of the 附件说明."""
    docs = _documents(DECISION + ["某某县人民政府", "202465", "(此件公开发布)"] + NOTICE, columns)
    assert [d.title for d in docs] == [DECISION[0], NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2024-06-05")
