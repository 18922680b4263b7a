"""The document grammar on layouts of the twenty-fourth held-out set's kind
(issue #11): what a city gazette reprints besides the city government's own
notices, of departments, county-level cities and joint issuers. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import unicodedata

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 主送 without its colon, wrapped before an alias

OFFICE_NOTICE = ["某某市人民政府办公室关于印发某某市义务教育督导评估实施细则的通知",
                 "某某经济开发区管委会,各乡镇人民政府(街道办事处),市政府有关部门",
                 "经市政府同意,现将《某某市义务教育督导评估实施细则》印发给你们,请结合实际,认真贯彻实施。",
                 "某某市人民政府办公室", "2020年9月28日", "(此件公开发布)"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_addressee_list_wrapped_before_a_names_alias_goes_on(columns):
    """GB/T 9704 7.3.2: the 主送机关 is one paragraph (回行时仍顶格), printed
    here without its colon. A name's alias in brackets ('各乡镇人民政府
    (街道办事处)') belongs to the name before it: a line the wrap opened with
    the alias goes on with the list, it does not start the body."""
    docs = _documents(OFFICE_NOTICE, columns)
    assert [d.title for d in docs] == [OFFICE_NOTICE[0]]
    assert unicodedata.normalize("NFKC", docs[0].addressees or "") == OFFICE_NOTICE[1]
    assert docs[0].issuers == ["某某市人民政府办公室"] and docs[0].date == "2020-09-28"
