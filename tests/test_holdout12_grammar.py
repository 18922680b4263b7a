"""The document grammar on layouts of the twelfth held-out set's kind (issue
#11): rules of GB/T 9704 and of extractors' layout the converter must read
whatever gazette or web page the text comes from. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.test_holdout7_grammar import _convert, _documents  # noqa: E402  (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _roles(doc) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in doc.parts[0].blocks if hasattr(b, "role")]


# ---------------------------------------------------------------- the 成文日期 and the 附注 around it

PLAN = ["关于印发临江县防汛应急预案的通知", "临政办发〔2017〕46号", "各乡镇人民政府，县级有关部门：",
        "经县人民政府同意，现将《临江县防汛应急预案》印发给你们，请认真贯彻执行。", "临江县人民政府办公室"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_of_figures_parted_by_spaces_after_a_stray_bracket_is_read_and_reported(columns):
    """GB/T 9704 7.3.5: the 成文日期 under the signature. A page may lose its
    年, 月 and 日 and keep the spaces that stood for them, a stray bracket
    before ('{ 2017 6 23'): the spaces tell the figures apart, so the date
    is read; the line stays the date line, and the report names it for an
    editor to check."""
    gazette = _convert(PLAN + ["{ 2017 6 23"], columns)
    doc, = gazette.documents
    assert (doc.date, doc.issuers) == ("2017-06-23", ["临江县人民政府办公室"])
    assert ("date", "{ 2017 6 23") in _roles(doc)
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "2017 6 23" in damaged.message and "2017-06-23" in damaged.message and damaged.line


def test_spaced_figures_that_make_no_date_are_reported_not_guessed():
    gazette = _convert(PLAN + ["2017 13 23"], None)
    assert gazette.documents[0].date is None
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "无法确定" in damaged.message


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date", ["2017年6月23日", "{ 2017 6 23"])
def test_a_note_printed_between_the_signature_and_the_date_parts_them(columns, date):
    """GB/T 9704 7.3.6 prints the 附注 ('（此件公开发布）') under the 成文日期; a
    web page may print it between the signature and the date. It stands
    alone, a note, and the signature above it is still the signature."""
    doc, = _documents(PLAN + ["（此件公开发布）", date], columns)
    assert (doc.date, doc.issuers) == ("2017-06-23", ["临江县人民政府办公室"])
    assert _roles(doc)[-3:] == [("signature", "临江县人民政府办公室"), ("note", "（此件公开发布）"), ("date", date)]
