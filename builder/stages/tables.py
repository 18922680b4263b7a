"""Stage 5: find the tables in a part's lines and rebuild their shape.

Reads the normalised physical lines of one document part (``Line``; blank
lines already removed) and returns the same sequence with every recognised
table, together with its caption line just above and its note line(s) just
below, replaced by one ``Table`` (``eid`` left empty for the caller). Every
other line passes through unchanged, so nothing is lost.

What the raw text keeps of a printed table is a run of tab-separated lines in
which a merged cell survives only as empty cells. The rules that rebuild the
shape, in the order they are applied:

1. A table is a run of consecutive tab lines. It must start with a row of at
   least two filled cells that is neither a 目录 entry ("title .....\t31") nor
   a signature (issuing bodies and dates), and it needs at least one row
   below that start. A 目录-like row inside a table is an ordinary row.
2. A run that ends at a "续表" line continues after it when the columns agree.
3. Row 0 is a header row. The next row is a header row too when the row above
   left cells empty after a filled one (a group header to be spanned) and the
   row splits that group, with its own first cell empty (the stub header
   reaching down): the common "group over years" header, at any depth.
4. Header rows repeated further down (a table split across pages) are dropped.
5. Spans. In header rows an empty cell continues the header above when that
   header's columns are all empty in this row (rowspan), else the header to
   its left (colspan). In body rows a row with only its first cell filled is a
   section row spanning all columns; a row whose first cell is empty continues
   the group above: its leading empty cells extend the cells above them, and
   its other empty cells extend cells that started on the group's first row.
6. Cells lose stray markup (<b>, **) and letter-spacing ("重 点 任 务").

Nothing here raises on odd input: a doubtful shape still gives the best table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from ..model import Cell, Line, Table
from .layout import strip_markup
from ..text.frame import DATE_LINE_RE, ORGAN_ENDINGS
from ..text.numbering import LABEL_RE

# --- text clean-up -----------------------------------------------------------

BOLD_RE = re.compile(
    r"""
    ^\*\*(?P<text>.+)\*\*$  # Markdown bold around the whole cell or line
    """,
    re.X,
)

HEADING_MARK_RE = re.compile(
    r"""
    ^\#{1,6}\s+             # Markdown heading marks the extractor put before a title line
    """,
    re.X,
)

LETTER_SPACED_RE = re.compile(
    r"""
    ^[\u3400-\u9fff]                # one Chinese character,
    (?:[ \u3000][\u3400-\u9fff])+$  # then only single-space-separated single characters:
                                    # a title or header spread to fill its width ("重 点 任 务")
    """,
    re.X,
)

# --- lines that look like rows but are not tables ------------------------------

TOC_LEADER_RE = re.compile(
    r"""
    (?:\.{2,}|…+|·{2,}|-{3,}|_{3,})   # dot leaders (or their look-alikes) before a page number
    """,
    re.X,
)

TOC_PAGE_RE = re.compile(
    r"""
    ^\d{1,4}$               # a bare page number, as in the 目录
    """,
    re.X,
)

TOC_MIN_TITLE = 10  # a 目录 entry's title is a document title, long; a table's row label is short

# A name without figures, ending as an organ's name does.
ISSUER_RE = re.compile(r"^\D{2,30}(?:" + "|".join(ORGAN_ENDINGS) + ")$")

# --- caption, continuation and note lines --------------------------------------

CAPTION_RE = re.compile(
    r"""
    ^(?:附|续)?表\s*                        # 表, 附表 or 续表,
    [0-9０-９一二三四五六七八九十]+         # its number,
    (?:[-－—.．][0-9０-９]+)?                # optionally a sub-number (表 2-1),
    (?![0-9０-９])                          # then the title, spaced or not ("表1主要发展指标")
    """,
    re.X,
)

CONTINUED_RE = re.compile(
    r"""
    ^续表                   # "续表" / "续表 1": the table goes on after a page break
    | [（(]续[)）]$         # "表 1 主要发展指标（续）"
    """,
    re.X,
)

ATTACHMENT_LABEL_RE = re.compile(
    r"""
    ^附件\s*\d*\s*[:：]?    # "附件", "附件1", "附件：…": an attachment label, not a title
    """,
    re.X,
)

SENTENCE_RE = re.compile(
    r"""
    [。；;，,！!？?：:]       # clause punctuation anywhere: a sentence or "单位：万元", not a title
    """,
    re.X,
)

CAPTION_MAX = 60  # longer than this, a line above a table is body text, not its title

TABLE_NOTE_RE = re.compile(
    r"""
    ^(?:注|备注|资料来源|数据来源)\s*[:：]   # 注：… just below a table
    """,
    re.X,
)

NOTE_ITEM_RE = re.compile(
    r"""
    ^(?:注\s*[:：]\s*)?      # on the 注 line itself the item follows the label
    (?P<n>\d+)[.．、]         # a numbered note item: 1. 2、
    """,
    re.X,
)


def clean_cell(text: str) -> str:
    """A cell's text without the markup and letter-spacing of the printed page.

    OCR's formatting tags (<b>…</b>) and bold marks would otherwise show as
    text (any other tag is text, see layout.MARKUP_RE); a header
    spread over its width ("重 点 任 务") is one word to a reader and to a
    program that looks the column up.
    """
    text = strip_markup(text).strip()
    bold = BOLD_RE.match(text)
    if bold:
        text = bold.group("text").strip()
    if LETTER_SPACED_RE.match(text):
        text = re.sub(r"[ \u3000]", "", text)
    return text


def clean_title(text: str) -> str:
    """A caption or note line without heading marks, markup or letter-spacing."""
    return clean_cell(HEADING_MARK_RE.sub("", text.strip()))


def _trimmed(cells: list[str]) -> list[str]:
    """The cells without trailing empty ones (a trailing tab adds no column)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def is_toc_row(cells: list[str]) -> bool:
    """A 目录 entry: a long title (or one with dot leaders), then a page number."""
    filled = _trimmed([clean_cell(c) for c in cells])
    if len(filled) != 2 or not TOC_PAGE_RE.match(filled[1]):
        return False
    return bool(TOC_LEADER_RE.search(filled[0])) or len(filled[0]) >= TOC_MIN_TITLE


def is_signature_row(cells: list[str]) -> bool:
    """A signature set with tabs: every filled cell is an issuing body or a date."""
    filled = [c for c in (clean_cell(c) for c in cells) if c]
    return bool(filled) and all(DATE_LINE_RE.match(c) or ISSUER_RE.match(c) for c in filled)


def _can_start_table(line: Line) -> bool:
    """Whether a line can be a table's first (header) row."""
    if line.cells is None:
        return False
    filled = [c for c in line.cells if clean_cell(c)]
    return len(filled) >= 2 and not is_toc_row(line.cells) and not is_signature_row(line.cells)


# --- finding the extent of a table -------------------------------------------


def _width(cells: list[str]) -> int:
    return len(_trimmed([clean_cell(c) for c in cells]))


def _table_end(lines: list[Line], start: int) -> tuple[int, list[Line]]:
    """Where the table starting at ``start`` ends (exclusive) and its row lines.

    The run of tab lines is the table; a "续表" line followed by tab lines of
    the same width joins the next run to it.
    """
    rows: list[Line] = []
    i = start
    while True:
        while i < len(lines) and lines[i].cells is not None:
            rows.append(lines[i])
            i += 1
        width = max(_width(r.cells) for r in rows)
        if (
            i + 1 < len(lines)
            and CONTINUED_RE.search(clean_title(lines[i].text))
            and lines[i + 1].cells is not None
            and _width(lines[i + 1].cells) == width
        ):
            i += 1
            continue
        return i, rows


# --- rebuilding the shape ------------------------------------------------------


def _grid(rows: list[list[str]]) -> list[list[str]]:
    """Clean cells, all rows padded to the table's width, empty rows dropped."""
    cleaned = [[clean_cell(c) for c in r] for r in rows]
    cleaned = [r for r in cleaned if any(r)]
    ncols = max((len(_trimmed(r)) for r in cleaned), default=0)
    return [(r + [""] * ncols)[:ncols] for r in cleaned]


def _span_gaps(row: list[str]) -> set[int]:
    """Columns a row leaves empty after a filled cell: where a header spans right."""
    gaps = set()
    seen_filled = False
    for c, text in enumerate(row):
        if text:
            seen_filled = True
        elif seen_filled:
            gaps.add(c)
    return gaps


def _is_sub_header(header: list[list[str]], row: list[str]) -> bool:
    """Whether ``row`` continues the header rows above it.

    It does when the row above spans a group over empty cells and this row
    splits that group (each of those cells filled, or spanned from a filled
    cell to its left), while its own first cell is empty: the stub header
    reaching down. Any other empty cell must lie under a header above.
    """
    above_gaps = _span_gaps(header[-1])
    gaps = _span_gaps(row)
    if row[0] or not above_gaps or not any(row[c] for c in above_gaps):
        return False
    splits_groups = all(row[c] or c in gaps for c in above_gaps)
    under_headers = all(
        any(h[c] for h in header) for c, text in enumerate(row) if not text and c not in gaps
    )
    return splits_groups and under_headers


def count_header_rows(grid: list[list[str]]) -> int:
    """How many of the first rows are header rows (at least one)."""
    h = 1
    while h < len(grid) and _is_sub_header(grid[:h], grid[h]):
        h += 1
    return h


def drop_repeated_headers(grid: list[list[str]], header_rows: int) -> list[list[str]]:
    """The rows without the header rows a page break repeated inside the table."""
    header = grid[:header_rows]
    out = grid[:header_rows]
    i = header_rows
    while i < len(grid):
        if grid[i : i + header_rows] == header:
            i += header_rows
            continue
        out.append(grid[i])
        i += 1
    return out


@dataclass
class _Slot:
    """The cell covering one grid position: where it starts, and what it is."""

    cell: Cell
    row: int
    col: int
    section: bool = False

    def reaches(self, r: int) -> bool:
        """Whether the cell already covers row ``r``."""
        return self.row + self.cell.rowspan > r


def _is_section_row(row: list[str]) -> bool:
    """Only the first cell filled: "(一) 明确监管主体和责任" across the table."""
    return len(row) >= 2 and bool(row[0]) and not any(row[1:])


def build_rows(grid: list[list[str]], header_rows: int) -> list[list[Cell]]:
    """Turn the padded text grid into rows of cells with rowspan and colspan.

    A cell covered by a span is left out of its row, as in HTML.
    """
    slots: list[list[_Slot]] = []
    rows: list[list[Cell]] = []
    for r, texts in enumerate(grid):
        if r >= header_rows and _is_section_row(texts):
            section = _Slot(Cell(texts[0], colspan=len(texts)), r, 0, section=True)
            slots.append([section] * len(texts))
            rows.append([section.cell])
            continue
        here = _row_slots(texts, r, slots[-1] if slots else None, header_rows)
        slots.append(here)
        rows.append([s.cell for c, s in enumerate(here) if (s.row, s.col) == (r, c)])
    return rows


def _row_slots(
    texts: list[str], r: int, above: Optional[list[_Slot]], header_rows: int
) -> list[_Slot]:
    """The slot of every column of row ``r``: a new cell, or one grown into it."""
    here: list[_Slot] = []
    leading = True  # still in the row's leading empty cells
    lead_row = r  # the first row of the group this row continues (body rows)
    for c, text in enumerate(texts):
        leading = leading and not text
        slot = None
        if not text and above is not None:
            if r < header_rows:
                slot = _grow_header_down(above[c], texts, r)
            else:
                slot = _grow_body_down(above[c], r, header_rows, leading, lead_row)
        if slot is None and not text and r < header_rows and c and here[-1].row == r:
            slot = _grow_right(here[-1])
        if slot is None:
            slot = _Slot(Cell(text), r, c)
        if c == 0:
            lead_row = slot.row
        here.append(slot)
    return here


def _grow_down(slot: _Slot, r: int) -> _Slot:
    """Let the cell cover row ``r`` too (once, whatever its width)."""
    if not slot.reaches(r):
        slot.cell.rowspan += 1
    return slot


def _grow_header_down(above: _Slot, texts: list[str], r: int) -> Optional[_Slot]:
    """A header reaches down when every column under it is empty in this row."""
    covered = texts[above.col : above.col + above.cell.colspan]
    if above.section or any(covered):
        return None
    return _grow_down(above, r)


def _grow_body_down(
    above: _Slot, r: int, header_rows: int, leading: bool, lead_row: int
) -> Optional[_Slot]:
    """A body cell reaches down into a row that continues its group.

    Leading empty cells (the group labels) always continue a filled cell
    above; a later empty cell continues it only if it started on the group's
    first row, so a lone gap inside the group stays an empty cell.
    """
    if above.section or above.row < header_rows or not above.cell.text:
        return None
    if not (leading or above.row == lead_row):
        return None
    return _grow_down(above, r)


def _grow_right(left: _Slot) -> _Slot:
    """A header cell spans into the empty cell at its right."""
    left.cell.colspan += 1
    return left


def build_table(rows: list[Line]) -> Table:
    """A Table from its row lines (caption, note and id are added by the caller)."""
    grid = _grid([line.cells or [] for line in rows])
    header_rows = count_header_rows(grid)
    grid = drop_repeated_headers(grid, header_rows)
    return Table(
        eid="",
        rows=build_rows(grid, header_rows),
        header_rows=header_rows,
        lines=(rows[0].no, rows[-1].no),
    )


# --- caption and note ------------------------------------------------------------


def caption_text(line: Line) -> Optional[str]:
    """The table title if ``line`` (just above a table) is one, else None.

    "表 1 主要发展指标" always is; otherwise a short line that is not a
    sentence, a numbered heading or an attachment label is the title printed
    over the table ("重 点 任 务 分 工", "…目标分解表(2022—2024年)").
    """
    if line.cells is not None:
        return None
    text = clean_title(line.text)
    if CAPTION_RE.match(text) and "。" not in text:  # "表1显示……。" is a sentence
        return text
    if (
        not text
        or len(text) > CAPTION_MAX
        or SENTENCE_RE.search(text)
        or LABEL_RE.match(text)
        or ATTACHMENT_LABEL_RE.match(text)
        or DATE_LINE_RE.match(text)
    ):
        return None
    return text


def _note_end(lines: list[Line], start: int) -> int:
    """Where the note starting at ``start`` ends (exclusive); ``start`` if none.

    A note is a 注 line; when it opens a numbered list ("注：1. …", or "注："
    alone), the following items in sequence belong to it.
    """
    if start >= len(lines) or lines[start].cells is not None:
        return start
    if not TABLE_NOTE_RE.match(clean_title(lines[start].text)):
        return start
    end = start + 1
    text = clean_title(lines[start].text)
    first = NOTE_ITEM_RE.match(text)
    if first:
        expected: Optional[int] = int(first.group("n")) + 1
    else:
        expected = 1 if TABLE_NOTE_RE.fullmatch(text) else None  # "注：" alone, items below
    while expected is not None and end < len(lines) and lines[end].cells is None:
        item = NOTE_ITEM_RE.match(clean_title(lines[end].text))
        if not item or int(item.group("n")) != expected:
            break
        expected += 1
        end += 1
    return end


# --- the stage ---------------------------------------------------------------------


def extract_tables(lines: list[Line]) -> list[Union[Line, Table]]:
    """The lines with each table (and its caption and note) replaced by a Table.

    ``lines`` are one part's normalised physical lines, blank lines removed,
    ``cells`` set on lines that had tabs. Lines outside tables are returned
    unchanged and in order; each Table has ``eid == ""`` for the caller to set,
    and ``lines`` spanning its caption to its note.
    """
    out: list[Union[Line, Table]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not (_can_start_table(line) and i + 1 < len(lines) and lines[i + 1].cells is not None):
            out.append(line)
            i += 1
            continue
        end, rows = _table_end(lines, i)
        table = build_table(rows)
        first, last = table.lines
        previous = out[-1] if out else None
        if isinstance(previous, Line) and caption_text(previous) is not None:
            table.caption = caption_text(out.pop())
            first = previous.no
        note_end = _note_end(lines, end)
        if note_end > end:
            table.note = "\n".join(clean_title(n.text) for n in lines[end:note_end])
            last = lines[note_end - 1].no
        table.lines = (first, last)
        out.append(table)
        i = note_end
    return out
