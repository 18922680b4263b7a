"""A title printed a second time under itself: the 文种 alone spaced out, the whole title again, or a page's
heading worded short.
"""
from __future__ import annotations

import re

from ....model import Line
from ....text.frame import kind_of
from ....text.lines import squash
from ....text.script import either_script
from ..grammar import balanced, join_title
from .lines import wrapped


# The heading a web page sets over a document's own title, worded apart from it (the page's '…关于…倡议书' over the
# text's '…倡议书'): a whole title of its own, ending in the same 文种, opening on a word (no 的, 之 or 和 a wrapped
# title's tail starts with, no closing quote or bracket) and holding no sentence's punctuation.
HEADING_AGAIN_LINES = 3  # lines the heading under the title may be wrapped over
HEADING_AGAIN_MIN = 8  # characters of it, at the least: a whole 标题, no wrapped tail
TAIL_OPENING_RE = re.compile(either_script(r"^(?:[的之和及与并暨或等]|[^\u4e00-\u9fa5])"))


def kind_alone_again(lines: list[Line], start: int, k: int) -> bool:
    """Line k is the 文种 alone, spaced out or not ('大  事  记', '通　知'), that the whole title on lines start..k-1
    ends in: a 标题 names its 文种 once, at its end (GB/T 9704 7.3.1), so the word again under it is the text's own
    heading printed under the page's headline, no line of the title."""
    title = join_title([line.text for line in lines[start:k]])
    kind = kind_of(title)
    word = re.sub(r"\s", "", lines[k].text)
    return bool(kind) and word == kind and balanced(title) and squash(title) != word and kind_of(word) == kind \
        and squash(title).endswith(word)


def heading_again(lines: list[Line], start: int, k: int, full_width: float) -> bool:
    """Lines from k spell a whole 标题 of the 文种 the title on lines start..k-1 ends in, the title's last line
    stopping short of the measure or the lines from k the title's words worded short: the heading printed again,
    worded apart (GB/T 9704 7.3.1: a 标题 ends in its 文种, and a wrapped title goes on with the words of its 事由,
    not with a second 文种's title)."""
    title = join_title([line.text for line in lines[start:k]])
    kind = kind_of(title)
    if not kind:
        return False
    if TAIL_OPENING_RE.match(lines[k].text.strip()):
        return False
    for n in range(1, HEADING_AGAIN_LINES + 1):
        if k + n > len(lines):
            return False
        heading = join_title([line.text for line in lines[k:k + n]])
        if re.search(r"[，。；：,.;:！？!?]", heading):
            return False
        if kind_of(heading) == kind and balanced(heading):
            return len(squash(heading)) >= HEADING_AGAIN_MIN and squash(heading) != squash(title) \
                and (not wrapped(lines[k - 1], full_width) or heading_worded_short(squash(title), squash(heading)))
    return False


# The document's own heading under a web page's heading that names it in full: the page's '酒房乡人民政府关于…防灭火
# 倡议书' over the text's '酒房乡…火倡议书', the organ cut to its place's name (GB/T 9704 7.3.1's 规范化简称), 关于 left
# out, a word lost. Its words are the heading's, in order, opening as it opens (the place) and ending in its 文种;
# it keeps most of them.
WORDED_SHORT_SHARE = 0.7  # of the heading's characters the repeat keeps, at the least
WORDED_SHORT_OPENING = 2  # characters the two open with alike: the place's name


def heading_worded_short(title: str, again: str) -> bool:
    """again (squashed) is title's words (squashed) in order, some left out: the same opening and the same 文种."""
    kind = kind_of(title)
    if not kind or kind_of(again) != kind or len(again) >= len(title) \
            or len(again) < WORDED_SHORT_SHARE * len(title) \
            or title[:WORDED_SHORT_OPENING] != again[:WORDED_SHORT_OPENING] or title[-2:] != again[-2:]:
        return False
    rest = iter(title)
    return all(ch in rest for ch in again)
