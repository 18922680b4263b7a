"""An end-anchored pattern searched only where its match can open (builder/text/firsts.py) finds what the plain
search finds: the same match or none, on every title, organ name and line of the development set and their prefixes,
as the converter asks of a title growing character by character."""
from __future__ import annotations

import re

import pytest

from builder.text.firsts import EndAnchored, first_chars
from builder.text.frame import KIND_RE, ORGAN_END_RE, ORGAN_NAME_END_RE
from tests.devset.measure import SETS, load

PATTERNS = {"KIND_RE": KIND_RE, "ORGAN_END_RE": ORGAN_END_RE, "ORGAN_NAME_END_RE": ORGAN_NAME_END_RE}


def _texts() -> list[str]:
    texts = set()
    for name in list(SETS)[::15]:  # every fifteenth set: some fifteen sets of every kind
        for record in load(name):
            for text in [record.doc.title, *(record.expected.get("issuers") or []), *record.doc.paragraphs[:8]]:
                text = text or ""
                texts.update(text[:k] for k in range(1, min(len(text), 40) + 1))
    return sorted(texts)


TEXTS = _texts()


def _span(match):
    return (match.start(), match.end()) if match else None


@pytest.mark.parametrize("name", PATTERNS)
def test_the_anchored_search_finds_what_the_plain_search_finds(name):
    anchored = PATTERNS[name]
    assert isinstance(anchored, EndAnchored) and anchored.opening is not None  # (else it is the plain search)
    found = [text for text in TEXTS if anchored.compiled.search(text)]
    assert len(found) > 100  # (the texts hold many matches to compare, not only misses)
    assert all(_span(anchored.search(text)) == _span(anchored.compiled.search(text)) for text in TEXTS)


def test_the_opening_characters_are_read_from_the_pattern():
    assert first_chars(re.compile(r"(?:通知|公告)$")) == frozenset("通公")
    assert first_chars(re.compile(r"(?:\d月|[甲乙])")) >= frozenset("0123456789甲乙")
    assert first_chars(re.compile(r"(?:的)?通知$")) == frozenset("的通")  # (an optional head: what follows opens too)


@pytest.mark.parametrize("pattern", [r"[^，。]+$", r"[\u4e00-\u9fa5]{2}$", r"(?:某)?$", r".*通知$"])
def test_a_pattern_that_may_open_with_anything_is_searched_plainly(pattern):
    """Control: a negated class, a wide range, a match that may be empty or open on any character: no opening
    set, and the search is the plain one."""
    anchored = EndAnchored(re.compile(pattern))
    assert anchored.opening is None
    assert _span(anchored.search("关于做好某某工作的通知")) == _span(re.search(pattern, "关于做好某某工作的通知"))
