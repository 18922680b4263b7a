"""The printed 目录 as the strong cross-check: each entry matched, in order and
within a window, to the title block of its document.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from difflib import SequenceMatcher
from typing import Optional

from ...model import TocEntry
from ...text.lines import squash
from .spans import TitleBlock

# How many title blocks ahead a 目录 entry's document may lie: the issued
# texts and 附件 of the documents in between each start a title block.
TOC_WINDOW = 80
TOC_MATCH = 0.6  # an entry and a title this alike (difflib ratio) are the same document


def match_toc(toc: list[TocEntry], blocks: list[TitleBlock],
               names: list[tuple[str, ...]]) -> list[tuple[Optional[int], float]]:
    """For each 目录 entry, the title block of its document and the match score.

    Entries and documents come in the same order. Titles printed the same in
    both are anchors (found through a dictionary, in order); an entry between
    two anchors (an OCR slip, a wrapped title) is matched fuzzily among the
    blocks between them, at most TOC_WINDOW ahead: linear time, not
    entries × blocks, and one bad entry cannot pull the rest out of line.
    A block may go by several names (names[k]: a 令 by the regulation it
    promulgates too).
    """
    exact: dict[str, list[int]] = defaultdict(list)  # squashed title → block positions, ascending
    for k, block_names in enumerate(names):
        for name in block_names:
            exact[squash(name)].append(k)
    for positions in exact.values():
        positions.sort()
    anchors: dict[int, int] = {}
    position = 0
    for n, entry in enumerate(toc):
        same = exact.get(squash(entry.title), [])
        i = bisect_left(same, position)
        if i < len(same):
            anchors[n] = position = same[i]
            position += 1
    next_anchor, following = [len(blocks)] * len(toc), len(blocks)
    for n in range(len(toc) - 1, -1, -1):
        next_anchor[n] = following
        following = anchors.get(n, following)
    out: list[tuple[Optional[int], float]] = []
    position = 0
    for n, entry in enumerate(toc):
        best, best_score = (anchors[n], 1.0) if n in anchors else (None, 0.0)
        if n not in anchors:
            wanted = squash(entry.title)
            for k in range(position, min(next_anchor[n], position + TOC_WINDOW)):
                for name in names[k]:
                    matcher = SequenceMatcher(None, wanted, squash(name), autojunk=False)
                    if matcher.real_quick_ratio() > best_score and matcher.quick_ratio() > best_score:
                        score = matcher.ratio()
                        if score > best_score:
                            best, best_score = k, score
        if best is not None and best_score >= TOC_MATCH:
            position = best + 1
        out.append((best, best_score))
    return out
