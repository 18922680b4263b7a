"""An end-anchored pattern searched only on a text ending where its match can close, and only where it can open
(builder/text/firsts.py), finds what the plain search finds: the same match or none, on every title, organ name and
line of the development set and their prefixes, as the converter asks of a title growing character by character."""
from __future__ import annotations

import re

import pytest

from builder.text.firsts import EndAnchored, EndAnchoredAlternatives, first_chars, last_chars
from builder.text.frame import KIND_RE, ORGAN_END_RE, ORGAN_NAME_END_RE
from builder.text.lines import bracket_depth
from builder.text.numbering import LABEL_OPENING, LABEL_RE, label_at
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
    searches = anchored.groups if isinstance(anchored, EndAnchoredAlternatives) else [anchored]
    assert all(isinstance(search, EndAnchored) and search.opening is not None for search in searches)  # (else plain)
    found = [text for text in TEXTS if anchored.compiled.search(text)]
    assert len(found) > 100  # (the texts hold many matches to compare, not only misses)
    texts = TEXTS + [text + "\n" for text in found[::10]]  # ($ matches before a last newline too)
    assert all(_span(anchored.search(text)) == _span(anchored.compiled.search(text)) for text in texts)


def test_the_branches_that_close_on_known_characters_are_searched_apart():
    """KIND_RE: most 文种 close on a few characters (知, 见, 法…, or a bracket or 号 after them); a 大事记 with
    its subtitle or a 讲话 named by its occasion may close on any, and are searched on every text."""
    known, any_end = KIND_RE.groups
    assert known.closing is not None and {"知", "见", "法", "案", "）", "号"} <= known.closing and "的" not in known.closing
    assert any_end.closing is None
    assert KIND_RE.search("关于做好某某工作的通知").start() == 9
    assert KIND_RE.search("某某市2020年大事记——一月") is not None  # (closes on no kind word's character)
    assert KIND_RE.search("关于做好某某工作的") is None


def test_the_closing_characters_are_read_from_the_pattern():
    assert last_chars(re.compile(r"(?:通知|公告)$")) == frozenset("知告")
    assert last_chars(re.compile(r"(?:通知|公告)(?:（试行）)?$")) == frozenset("知告）")  # (an optional tail)
    assert last_chars(re.compile(r"(?:通知|公告)")) is None  # (not anchored at the end)
    assert last_chars(re.compile(r"(?:通知$|公告)")) is None  # ($ in one branch only)
    assert last_chars(re.compile(r"通知.*$")) is None  # (may close on any character)


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


def test_a_conditional_opens_with_either_branch():
    """LABEL_RE's '（1）' or '⑴' (numbering.ar_paren) is a conditional: its opening characters are both branches'."""
    assert first_chars(re.compile(r"(a)?(?(1)b|c)d")) == frozenset("abc")
    assert LABEL_OPENING is not None and {"第", "一", "（", "1", "⑴", "①"} <= LABEL_OPENING and "的" not in LABEL_OPENING


@pytest.mark.parametrize("text", ["议程为：（一）审议；（二）选举；", "如下: 1.符合条件，2.按时申报", "第三条，本办法"])
def test_a_label_is_read_wherever_it_opens(text):
    """numbering.label_at reads what LABEL_RE reads at every offset, the offsets no label opens on skipped."""
    assert all(_span(label_at(text, at)) == _span(LABEL_RE.match(text[at:])) for at in range(len(text)))


def _depth_read_char_by_char(text: str, opening: str, closing: str):
    depth = 0
    for char in text:
        depth += (char in opening) - (char in closing)
        if depth < 0:
            return None
    return depth


@pytest.mark.parametrize("brackets", [("（(", "）)"), ("《", "》")])
def test_the_bracket_depth_counted_in_c_is_the_depth_read_char_by_char(brackets):
    """lines.bracket_depth counts the brackets in C and reads only the brackets in order where one is closed: on
    every text of the development set above, and on texts that close before they open, the same depth or None."""
    texts = TEXTS + ["）（", "(a)(b", "(a))(", "《》《", "（）)", "a（b（c）d", "）", "((", ""]
    assert [bracket_depth(text, *brackets) for text in texts] \
        == [_depth_read_char_by_char(text, *brackets) for text in texts]
