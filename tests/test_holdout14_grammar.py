"""The document grammar on layouts of the fourteenth held-out set's kind
(issue #11): rules of GB/T 9704 the converter must read whatever gazette or
web page the text comes from. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.test_holdout7_grammar import _documents  # noqa: E402  (the same input path and layouts)

WIDTHS = [None, 18, 26]

NOTICE = ["某县人民政府办公室关于做好防汛工作的通知", "各乡镇人民政府：", "现就做好今年防汛工作通知如下，请认真贯彻落实。",
          "一、落实责任", "各乡镇要落实防汛责任人。"]


# ---------------------------------------------------------------- the 附注 under a date that lost its 年月日

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["公开方式：主动公开", "（此件公开发布）"])
def test_the_note_under_a_date_in_figures_is_no_part_of_the_date(note, columns):
    """GB/T 9704 7.3.6 prints the 附注 on the line under the 成文日期. A date
    whose 年月日 extraction lost ends in a figure, not 日, so nothing in the
    text ends its line; the 附注 under it still stands on a line of its own,
    and the date is read (2021615 can only be 15 June)."""
    docs = _documents(NOTICE + ["某县人民政府办公室", "2021615", note], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某县人民政府办公室"], "2021-06-15")
    texts = [b.text for b in docs[0].parts[0].blocks]
    assert "2021615" in texts and note.replace("：", ":") in [t.replace("：", ":") for t in texts]


def test_a_signature_ocr_spaced_over_a_date_in_figures_places_the_date():
    """A date in figures alone is read only where GB/T 9704 7.3.5 prints the
    成文日期, under the signature; the spaces OCR leaves inside the name
    ('某县人民 政府办 公室') do not hide the signature, so the date is read."""
    docs = _documents(NOTICE + ["某县人民 政府办 公室", "2021615", "公开方式：主动公开"], None)
    assert docs[0].date == "2021-06-15"
