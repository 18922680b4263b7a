"""Patterns anchored at the end of their text, searched for sooner.

A pattern anchored at the end (a title's 文种 and what may follow it, frame.KIND_RE; an organ's name's ending,
frame.ORGAN_END_RE) is searched for by trying it at every character, and a long alternation tried at every
character is slow. EndAnchored tries it only where one of its opening characters stands (first_chars, read from
the pattern), and no further back than its longest match: the same match, found sooner.
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


def _sequence(items) -> tuple[Optional[set[str]], bool]:
    """(the characters the items can open with, whether they can all match nothing)."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item(op, av) -> tuple[Optional[set[str]], bool]:
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
            opening, nothing = _sequence(alternative)
            if opening is None:
                return None, False
            chars, empty = chars | opening, empty or nothing
        return chars, empty
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        opening, empty = _sequence(av[2])
        return (None, False) if opening is None else (opening, empty or av[0] == 0)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # no character of its own: what follows opens the match
    return None, False


class EndAnchored:
    """A compiled pattern that ends in $, whose search (the only method it changes; the others are the pattern's)
    returns what re.Pattern.search returns."""

    def __init__(self, pattern: re.Pattern):
        self.compiled = pattern
        self.opening = first_chars(pattern)
        widest = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1] if sre_parse else None
        self.widest = widest if widest is not None and widest < sre.MAXREPEAT else None

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def search(self, text: str, pos: int = 0) -> Optional[re.Match]:
        if self.widest is not None:
            pos = max(pos, len(text) - self.widest - 1)  # (- 1: $ matches before a last newline too)
        if self.opening is None:
            return self.compiled.search(text, pos)
        for i in range(pos, len(text)):
            if text[i] in self.opening and (match := self.compiled.match(text, i)):
                return match
        return None
