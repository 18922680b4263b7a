"""Patterns anchored at the end of their text, searched for sooner.

A pattern anchored at the end (a title's 文种 and what may follow it, frame.KIND_RE; an organ's name's ending,
frame.ORGAN_END_RE) is searched for by trying it at every character, and a long alternation tried at every
character is slow. EndAnchored tries it only on a text that ends on a character its match can close on
(last_chars), only where one of its opening characters stands (first_chars), both read from the pattern, and no
further back than its longest match: the same match, found sooner. EndAnchoredAlternatives does so for each of
two groups of an alternation's branches, those that close on known characters and those that may close on any:
a title grown a character at a time is asked after at every character, and most end on none a 文种 closes on.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

try:  # the parser re compiles with (Python 3.11+); where it is not there, every search is the plain one
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

WIDEST_RANGE = 0x2000  # a character class wider than this ([\u4e00-\u9fa5]) opens with too much to gain from
_DIGITS = frozenset(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd")  # what \d matches


def first_chars(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """Every character a match of the pattern can begin with; None when that is any character, or when a match
    can be empty or open on something this reading does not follow (a back-reference, a conditional)."""
    if sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        chars, empty = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except (TypeError, ValueError, re.error):
        return None
    return None if chars is None or empty else frozenset(chars)


def last_chars(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """Every character a match of a pattern that ends in $ can close on; None when the pattern is not anchored so
    at its top level (a $ in one alternative only, or under MULTILINE), or as first_chars gives None."""
    if sre_parse is None or pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if not items or items[-1] != (sre.AT, sre.AT_END):
            return None
        chars, empty = _sequence(items[:-1], backward=True)
    except (TypeError, ValueError, re.error):
        return None
    return None if chars is None or empty else frozenset(chars)


def _sequence(items, backward: bool = False) -> tuple[Optional[set[str]], bool]:
    """(the characters the items can open with, or close on read backward; whether they can all match nothing)."""
    out: set[str] = set()
    for op, av in (reversed(list(items)) if backward else items):
        chars, empty = _item(op, av, backward)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item(op, av, backward: bool) -> tuple[Optional[set[str]], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] <= WIDEST_RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars |= _DIGITS
            else:  # a negated class, a wide range, \s, \w: anything
                return None, False
        return chars, False
    if op is sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            opening, nothing = _sequence(alternative, backward)
            if opening is None:
                return None, False
            chars, empty = chars | opening, empty or nothing
        return chars, empty
    if op is sre.SUBPATTERN:
        return _sequence(av[-1], backward)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        opening, empty = _sequence(av[2], backward)
        return (None, False) if opening is None else (opening, empty or av[0] == 0)
    if op is sre.GROUPREF_EXISTS:  # a conditional, '(?(group)yes|no)': either branch
        chars, empty = set(), av[2] is None
        for branch in (av[1], av[2]) if av[2] is not None else (av[1],):
            opening, nothing = _sequence(branch, backward)
            if opening is None:
                return None, False
            chars, empty = chars | opening, empty or nothing
        return chars, empty
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # no character of its own: what follows opens the match
    return None, False


class EndAnchored:
    """A compiled pattern that ends in $, whose search (the only method it changes; the others are the pattern's)
    returns what re.Pattern.search returns."""

    def __init__(self, pattern: re.Pattern):
        self.compiled = pattern
        self.opening = first_chars(pattern)
        self.closing = last_chars(pattern)
        # (the opening characters as one class, found by the regex engine: a Python loop over every character was
        # most of the search)
        self.opener = re.compile(f"[{''.join(map(re.escape, sorted(self.opening)))}]") if self.opening else None
        widest = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1] if sre_parse else None
        self.widest = widest if widest is not None and widest < sre.MAXREPEAT else None

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def search(self, text: str, pos: int = 0) -> Optional[re.Match]:
        if self.closing is not None and text[-1:] not in self.closing \
                and not (text.endswith("\n") and text[-2:-1] in self.closing):  # ($ matches before a last newline)
            return None
        if self.widest is not None:
            pos = max(pos, len(text) - self.widest - 1)  # (- 1: $ matches before a last newline too)
        if self.opener is None:
            return self.compiled.search(text, pos)
        while hit := self.opener.search(text, pos):
            if match := self.compiled.match(text, hit.start()):
                return match
            pos = hit.start() + 1
        return None


class EndAnchoredAlternatives:
    """'(?:A|B|…)TAIL' with TAIL ending in $, whose search returns the span re.Pattern.search returns: the
    branches that close on known characters (last_chars) searched apart from those that may close on any, each
    group as EndAnchored searches, the leftmost of the two matches taken (both end where the text ends)."""

    def __init__(self, alternatives: list[str], tail: str):
        self.compiled = re.compile(f"(?:{'|'.join(alternatives)}){tail}")
        known = [last_chars(re.compile(f"(?:{branch}){tail}")) is not None for branch in alternatives]
        groups = [[b for b, k in zip(alternatives, known) if k == closing] for closing in (True, False)]
        self.groups = [EndAnchored(re.compile(f"(?:{'|'.join(group)}){tail}")) for group in groups if group]

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def search(self, text: str, pos: int = 0) -> Optional[re.Match]:
        if text.endswith("\n"):
            return self.compiled.search(text, pos)  # ($ matches before a last newline too: a match may end there)
        found = [match for group in self.groups if (match := group.search(text, pos))]
        return min(found, key=lambda match: match.start(), default=None)
