"""The printed pages of each document, so a reader cites the print
(《荆州市人民政府公报》2022年第8-9期 第3–9页), not a file.

Two sources, both printed: the page footers the layout stage set aside
("— 10 —" closes page 10), exact where they are printed; and the 目录,
where a document starts on its own page and ends before the next
document's page (or on it, when the next starts on the same page).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..model import Gazette, Line
from .layout import BARE_FOLIO_RE, FOLIO_RE, page_number


def footers(furniture: list[Line]) -> list[tuple[int, int]]:
    """(line, page) of each page number the layout set aside (a footer:
    the number alone, not a running head that carries it), in line order; none unless
    they number every page (1, 2, 3…): an extractor that dropped some would
    put a line on the wrong page."""
    out = sorted((line.no, number) for line in furniture
                 if (FOLIO_RE.match(line.text) or BARE_FOLIO_RE.match(line.text))
                 and (number := page_number(line.text)) is not None)
    every_page = len(out) >= 2 and all(b[1] == a[1] + 1 for a, b in zip(out, out[1:]))
    return out if every_page else []


def page_of(line: int, marks: list[tuple[int, int]]) -> Optional[int]:
    """The page a line is printed on: the page whose footer comes next (or
    stands on the line itself, run onto its end)."""
    k = bisect_left([no for no, _ in marks], line)
    if k < len(marks):
        return marks[k][1]
    return marks[-1][1] + 1 if marks else None


def assign_pages(gazette: Gazette, furniture: list[Line]) -> None:
    """Set first_page and last_page of every document of the gazette."""
    marks = footers(furniture)
    docs = gazette.documents
    for n, doc in enumerate(docs):
        first = page_of(doc.lines[0], marks) if marks else doc.toc_page
        last = page_of(doc.lines[1], marks) if marks else None
        if last is None and first is not None:
            following = next((d.toc_page for d in docs[n + 1:] if d.toc_page), None)
            if following is not None and following >= first:
                last = max(first, following - 1)
        doc.first_page, doc.last_page = first, last
