"""What the split writes: the title blocks it finds in an issue's lines, and
each document's span of lines with its title block, 目录 entry and parts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...model import TocEntry


@dataclass
class TitleBlock:
    start: int  # index in the lines
    end: int  # exclusive
    title: str
    follows: str  # "doc_number", "addressee", "date", "note", "articles", "answer", "case" or "" — what comes right after it


@dataclass
class DocSpan:
    start: int
    end: int
    title: TitleBlock
    toc: Optional[TocEntry] = None
    parts: list[tuple[int, Optional[str], Optional[str]]] = field(default_factory=list)
    # (start index, part title, annex number) of each part after the first
