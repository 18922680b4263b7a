"""Stage 7, by genre: documents laid out by a grammar of their own.

A genre is one module here: NAME, the kind word (text.frame.KINDS) that
names its documents; PRIORITY; recognises(blocks, title), for a part of
another kind that is one all the same; starts_paragraph(line), a line that always
begins a paragraph in its documents, or None; and structure(blocks, prefix,
source, title), its own stage 7. As in Python-Markdown's processor registry,
the genres are asked in order of priority, highest first; the first that
claims a part structures it, and a part no genre claims is numbered by
stages.structure. A new genre is one module, one entry in GENRES and one
file of examples in tests/spec/.
"""
from __future__ import annotations

from types import ModuleType
from typing import Callable, Optional

from ...model import Block, Diagnostic, Line, Paragraph, Table
from ...text.frame import contents_over_title
from .. import structure as numbered
from . import appointments, chronicle, speech

GENRES: list[ModuleType] = sorted([chronicle, appointments, speech], key=lambda g: -g.PRIORITY)


def structure_part(blocks: list[Paragraph | Table], prefix: str, source: str, kind: Optional[str],
                   title: Optional[str] = None) -> tuple[list[Block], list[Diagnostic]]:
    """A part's blocks as its genre, or else its numbering, lays them out; a
    目录 the part opens with (printed over its title) as any 目录 is, and the
    genre from under it."""
    front = contents_over_title([b.text if isinstance(b, Paragraph) else "" for b in blocks])
    contents, said = numbered.structure(blocks[:front], prefix, source) if front else ([], [])
    blocks = blocks[front:]
    for genre in GENRES:
        if kind == genre.NAME or genre.recognises(blocks, title):
            laid_out, found = genre.structure(blocks, prefix, source, title)
            return contents + laid_out, said + found
    laid_out, found = numbered.structure(blocks, prefix, source)
    return contents + laid_out, said + found


def starts_paragraph(kind: Optional[str]) -> Optional[Callable[[Line], bool]]:
    """The paragraph breaks of a kind's genre, if it has its own."""
    return next((genre.starts_paragraph for genre in GENRES if genre.NAME == kind), None)
