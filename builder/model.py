"""The one intermediate model between parsing and rendering.

Every stage reads and writes these dataclasses; the Markdown writer and the
data export never see raw text. Line numbers are 1-based lines of the seed
file and travel with every piece of text so that diagnostics, the export and
the "nothing lost" checks can point back to the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

Span = tuple[int, int]  # first and last seed line, inclusive


@dataclass
class Diagnostic:
    """Something the converter was unsure of, or input it could not use."""

    file: str
    line: Optional[int]
    code: str
    message: str
    severity: str = "info"  # "info": doubtful but handled; "warning": input rejected

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message} [{self.code}]"


@dataclass
class Line:
    """One physical line after normalisation, with its place in the seed."""

    no: int
    text: str
    starts_block: bool = False  # the extractor marked a block start ('#' heading, list dash)
    heading_mark: bool = False  # the mark was a heading's ('#')
    dashed: bool = False  # the mark was a list item's ('- ', '* ', '+ '): the print set the line as an item
    after_page_break: bool = False  # page furniture (a running header, a page number) stood above it
    cells: Optional[list[str]] = None  # tab-separated cells, if the line had tabs
    # Text runs split by wide gaps, each (first display column, last + 1, text as printed), when
    # the line's spacing says where its text sits: space-aligned table columns. None: one run
    # at column 0, printed as Line.text.
    runs: Optional[list[tuple[int, int, str]]] = None
    # Columns the printed line gave to what decode removed as no text (a web mirror's pinyin
    # annotations, '區(qū)') or to what split parted from it (a 发文字号 before its title): the
    # wrap that ended the line counted them.
    annotated: float = 0.0


@dataclass
class Paragraph:
    """A run of text rejoined from hard-wrapped lines.

    role says how it is rendered: body text, or one of the parts of a
    Chinese official document's frame (addressee, signature, date, ...).
    """

    text: str
    lines: Span
    role: str = "body"  # body|mark|heading|addressee|signature|date|attachments|cc|note|byline|preamble|person|row|contents
    listed: bool = False  # its first line was set as a list item (Line.dashed): a body paragraph is shown as one


@dataclass
class Provision:
    """A numbered provision: 第十条, 一、, （一）, 1., （1）, ① ...

    heading is the run-in heading ("完善支撑体系。") or the whole line when the
    line is a heading; text is what follows on the same paragraph. Paragraphs
    that follow it in the part's block list, up to the next provision or
    heading, are its own text too.
    """

    eid: str
    label: str
    kind: str  # the numbering scheme, see text.numbering.SCHEMES
    number: int
    heading: str
    text: str
    lines: Span
    parent: Optional[str] = None
    depth: int = 0
    date: Optional[str] = None  # a chronicle entry's day: 2019-07-01, 2019-07, or --07-01 without a year


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Table:
    eid: str
    rows: list[list[Cell]]  # header rows first; a spanned cell appears once
    header_rows: int
    lines: Span
    caption: Optional[str] = None
    note: Optional[str] = None


Block = Union[Paragraph, Provision, Table]


@dataclass
class Part:
    """The notice's own body, or a text it issues, forwards or attaches."""

    eid: str
    title: Optional[str]
    lines: Span
    label: Optional[str] = None  # the 附件 marker as printed ("附件2"), if any
    blocks: list[Block] = field(default_factory=list)
    # A forwarded or issued text printed with its own frame (a layer of a 转发 chain):
    doc_number: Optional[str] = None
    issuers: list[str] = field(default_factory=list)
    date: Optional[str] = None


@dataclass
class Reference:
    text: str
    target: Optional[str]  # document id, or None when outside the collection
    href: Optional[str]
    source_eid: Optional[str] = None  # the provision or part that cites
    line: Optional[int] = None


@dataclass
class Document:
    id: str
    gazette: str
    title: str
    kind: Optional[str]
    doc_number: Optional[str]
    issuers: list[str]
    date: Optional[str]  # YYYY-MM-DD
    lines: Span
    addressees: Optional[str] = None
    cc: Optional[str] = None
    attachments: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    toc_page: Optional[int] = None  # the page the 目录 gives
    first_page: Optional[int] = None  # the printed pages it occupies (builder/pages.py)
    last_page: Optional[int] = None
    references: list[Reference] = field(default_factory=list)
    cited_by: list[dict] = field(default_factory=list)

    @property
    def provisions(self) -> list[Provision]:
        return [b for p in self.parts for b in p.blocks if isinstance(b, Provision)]

    @property
    def tables(self) -> list[Table]:
        return [b for p in self.parts for b in p.blocks if isinstance(b, Table)]


@dataclass
class TocEntry:
    title: str
    page: Optional[int]
    section: Optional[str]
    line: int
    document: Optional[str] = None  # id of the document it matched


@dataclass
class Gazette:
    id: str
    source: str  # "seeds/<file>"
    name: Optional[str]
    year: Optional[int]
    issue: Optional[str]  # the issue label as printed, e.g. "2022 年第 8-9 期"
    total_issue: Optional[str]
    date: Optional[str]
    host: Optional[str] = None
    front_matter: list[Paragraph] = field(default_factory=list)  # cover, board, 目录
    back_matter: list[Paragraph] = field(default_factory=list)  # the imprint printed after the last document
    toc: list[TocEntry] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def is_issue(self) -> bool:
        """A file whose masthead (or file name) gives a gazette's name or issue is
        an issue of it; any other file is documents an office publishes one by
        one, as many do: they have no issue page and are listed by year."""
        return bool(self.name or self.issue)
