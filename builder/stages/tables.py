"""Stage 5: find the tables in a part's lines and rebuild their shape.

Reads the normalised physical lines of one document part (``Line``; blank
lines already removed) and returns the same sequence with every recognised
table, together with its caption line just above and its note line(s) just
below, replaced by one ``Table`` (``eid`` left empty for the caller). Every
other line passes through unchanged, so nothing is lost.

What the raw text keeps of a printed table is rows of cells in which a merged
cell survives only as empty cells. Extractors print them in one of four
ways; each gives the same rows of cell texts (``table_grid.py`` reads the
ones without tabs), so one set of rules rebuilds the shape for all:

- tab-separated cells: a run of consecutive tab lines. It must start with a
  row of at least two filled cells that is neither a 目录 entry ("title
  .....\t31") nor a signature (issuing bodies and dates), and it needs at
  least one row below that start. A 目录-like row inside a table is an
  ordinary row. A run that ends at a "续表" line continues after it when the
  columns agree;
- space-aligned columns (``pdftotext -layout``), cells maybe wrapped over
  several lines: three row lines or more (two runs of text a wide gap apart,
  no sentence, 目录 entry, signature or dated entry), the lines between them
  and the wrapped pieces after the last; the header line above when its
  words head the block's columns;
- one cell per line: a run of short lines whose header gives the column
  count and whose body fills whole rows, figures in the same columns; a run
  that looks like a table but does not fill rows is reported, not rebuilt;
- a list in columns with one space between (names and units): three lines
  or more of the same number of words.

The rules that rebuild the shape, in the order they are applied:

1. Row 0 is a header row, unless the table is a plain list (every cell
   filled, the first row like the rows below, no column label). The next
   row is a header row too when the row above left cells empty after a
   filled one (a group header to be spanned) and the row splits that group,
   with its own first cell empty (the stub header reaching down): the common
   "group over years" header, at any depth.
2. Header rows repeated further down (a table split across pages) are dropped.
3. Spans. In header rows an empty cell continues the header above when that
   header's columns are all empty in this row (rowspan), else the header to
   its left (colspan). In body rows a row with only its first cell filled is a
   section row spanning all columns; a row whose first cell is empty continues
   the group above: its leading empty cells extend the cells above them, and
   its other empty cells extend cells that started on the group's first row.
4. Cells lose stray markup (<b>, **) and letter-spacing ("重 点 任 务").

Nothing here raises on odd input: a doubtful shape still gives the best table,
and a diagnostic names its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Union

from ..model import Cell, Diagnostic, Line, Table
from ..text import grid
from ..text.frame import COUNT_NOTE_RE, COUNTED_HEADING_RE, DATE_LINE_RE, ORGAN_END_RE, ORGAN_ENDING, named_by_its_place
from ..text.grid import is_number
from ..text.lines import display_width
from ..text.numbering import ARTICLE_RANK, DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE, scheme_of
from ..text.rows import COLUMN_WORD_RE, CONTINUED_RE
from ..text.script import either_script
from .layout import clean, strip_markup

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
ISSUER_RE = re.compile(r"^\D{2,30}" + ORGAN_ENDING + "$")

# --- caption, continuation and note lines --------------------------------------

CAPTION_RE = re.compile(
    r"""
    ^(?:附|续)?表\s*                        # 表, 附表 or 续表,
    [0-9一二三四五六七八九十]+              # its number,
    (?:[-－—.．][0-9]+)?                    # optionally a sub-number (表 2-1),
    (?![0-9])                               # then the title, spaced or not ("表1主要发展指标")
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


def _spanning_first_row(lines: list[Line], i: int) -> bool:
    """A line the extractor gave with tabs is a row, its empty cells dropped
    with the line's trailing tabs: one filled cell over a table's header is a
    cell spanning the table's width (a web table's 合并单元格 copied,
    '第二十条第（一）项' over the four columns it heads), the table's first row,
    not a line of its own."""
    line = lines[i]
    return line.cells is not None and len([c for c in line.cells if clean_cell(c)]) == 1 \
        and caption_text(line) is None and i + 2 < len(lines) and _can_start_table(lines[i + 1]) \
        and lines[i + 2].cells is not None


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


HEADER_WORDS = {
    # labels that head a column in any gazette's tables, never a value
    "序号", "编号", "姓名", "名称", "单位", "地区", "项目", "指标", "类别", "备注", "时间",
    "日期", "内容", "职务", "数量", "金额", "部门", "地点", "说明", "年份", "标准",
}


def _is_plain_list(grid: list[list[str]]) -> bool:
    """A list printed in columns (names and units): no row stands out as a header.

    Every cell is filled, and the first row's cells are of the kind (figure
    or words) of the cells below them and not much shorter than all of them
    (a label over descriptions), with no column label among them.
    """
    if len(grid) < 3 or not all(all(row) for row in grid):
        return False
    first, rest = grid[0], grid[1:]
    for c, text in enumerate(first):
        below = [row[c] for row in rest]
        if text.replace(" ", "") in HEADER_WORDS or 2 * len(text) < min(len(b) for b in below):
            return False
        if any(is_number(b) != is_number(text) for b in below):
            return False
    return True


UNIT_RE = re.compile(
    r"""
    ^[（(][^（）()]{1,10}[)）]$   # a unit in brackets under a column label: （万元） (%)
    """,
    re.X,
)


def _is_unit_row(row: list[str]) -> bool:
    """A row of units or years under the labels (two cells or more): a header row by content."""
    filled = [c for c in row if c]
    return len(filled) >= 2 and all(UNIT_RE.match(c) or grid.YEAR_RE.match(c.replace(" ", "")) for c in filled)


def count_header_rows(grid_rows: list[list[str]]) -> int:
    """How many of the first rows are header rows (none for a plain list).

    Below the first, a row continues the header by its place (it splits a
    group header above) or by its content (units in brackets, years); a
    body row stays below.
    """
    if _is_plain_list(grid_rows):
        return 0
    h = 1
    while h < len(grid_rows) - 1 and (_is_sub_header(grid_rows[:h], grid_rows[h]) or _is_unit_row(grid_rows[h])):
        h += 1
    return h


def drop_repeated_headers(grid: list[list[str]], header_rows: int) -> list[list[str]]:
    """The rows without the header rows a page break repeated inside the table."""
    if not header_rows:
        return grid
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


def build_table(rows: list[list[str]], span: tuple[int, int]) -> Table:
    """A Table from its rows of cell texts (caption, note and id are added by the caller)."""
    grid = _grid(rows)
    header_rows = count_header_rows(grid)
    grid = drop_repeated_headers(grid, header_rows)
    return Table(eid="", rows=build_rows(grid, header_rows), header_rows=header_rows, lines=span)


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
        or is_number(text)  # a page number the layout left
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


# --- aligned columns and one cell per line ---------------------------------------------

DATED_ENTRY_RE = re.compile(
    r"""
    ^(?:\d{4}年)?\d{1,2}月\d{1,2}日$   # 7月1日: a chronicle entry's date (spaces removed),
    | ^同日$                           # or the same day again
    """,
    re.X,
)

MAX_MARGIN_LINES = 2  # lines at the margin inside an aligned block: a section row, wrapped
CELL_LINE_MAX = 80  # display columns of a line that may be one cell of a table (40 CJK)
# Short lines over a table printed one cell a line that are none of its cells: its title ('…调整方案'), perhaps over
# two lines, and its unit ('单位：元/立方米'), as a table is printed under them.
LINES_ABOVE = 3
UNIT_LINE_RE = re.compile(either_script(r"^单位\s*[:：]"))  # the unit line, never a column's label
LIST_MIN = 3  # lines of a list of names and units, one per line


def is_row_line(line: Line) -> bool:
    """A line of two runs or more that is no sentence, 目录 entry, signature or
    dated entry, nor a 第X章/节/条 and its text ("第一章　总　　则", "第一条　为了…":
    GB/T 9704 prints a space after the label; a provision, never a row)."""
    if line.cells is not None or not line.runs or len(line.runs) < 2 or _article_label(line.text):
        return False
    texts = [text for _, _, text in line.runs]
    if any("。" in t for t in texts) or is_toc_row(texts) or is_signature_row(texts):
        return False
    return not (len(texts) == 2 and DATED_ENTRY_RE.match(texts[0].replace(" ", "")))


def _article_label(text: str) -> bool:
    label = LABEL_RE.match(text)
    return bool(label) and scheme_of(label) in ARTICLE_RANK


def _is_headed(line: Line) -> bool:
    """A first row line that names a column with a label that is never a value (序号, 单位)."""
    return any(text.replace(" ", "") in HEADER_WORDS for _, _, text in grid.runs_of(line))


def _ends_block(line: Line) -> bool:
    text = clean_title(line.text)
    return "。" in text or bool(TABLE_NOTE_RE.match(text) or CAPTION_RE.match(text))


def _aligned_extent(lines: list[Line], start: int) -> tuple[int, bool]:
    """The end (exclusive) of the last row line of the aligned block at ``start`` (or
    ``start``), and whether it is a table rather than a list of words.

    Between row lines the block takes wrapped pieces, "续表" lines and, in a
    table (a column label on its first line, or figures), section rows at
    the margin (a few lines at most); a sentence, a note or a caption ends
    it. A list of words (names and titles) ends at a line at the margin (a
    heading of the document between two lists: "（一）部门委员") unless the
    line above was cut at the list's widest width.
    """
    rows, last, margin, j = 1, start, 0, start + 1
    headed = _is_headed(lines[start])
    widest = grid.runs_of(lines[start])[-1][1]
    while j < len(lines) and lines[j].cells is None:
        line = lines[j]
        if is_row_line(line):
            rows, last, margin = rows + 1, j, 0
            headed = headed or any(is_number(text) for _, _, text in grid.runs_of(line))
            widest = max(widest, grid.runs_of(line)[-1][1])
        elif not CONTINUED_RE.search(clean_title(line.text)):
            if _ends_block(line):
                break
            if grid.runs_of(line)[0][0] == 0:
                margin += 1
                wrapped = not headed and grid.is_page_wrap(lines[j - 1], line, widest)
                if margin > MAX_MARGIN_LINES or not (headed or wrapped):
                    break
        j += 1
    return (last + 1 if rows >= grid.MIN_ROWS else start), headed


def _page_parts(block: list[Line]) -> list[list[Line]]:
    """The block cut where a page break shows: a "续表" line (dropped), a repeated header."""
    parts: list[list[Line]] = [[]]
    for line in block:
        if CONTINUED_RE.search(clean_title(line.text)) and not is_row_line(line):
            parts.append([])
            continue
        if parts[-1] and line.text == block[0].text:
            parts.append([])
        parts[-1].append(line)
    # A part without a line of two cells or more has no columns of its own
    # (a page break after a table's last row line): it reads with the part before.
    joined: list[list[Line]] = []
    for part in (p for p in parts if p):
        if joined and not grid.columns(part):
            joined[-1].extend(part)
        else:
            joined.append(part)
    return joined


def _header_above(lines: list[Line], start: int, cols: list[tuple[int, int]]) -> bool:
    """Whether the line above an aligned block is its header, one space between cells.

    A header padded to its widest cells has no wide gap, so it is no row
    line; its words still head different columns of the block.
    """
    if not start or lines[start - 1].cells is not None or _ends_block(lines[start - 1]) \
            or is_row_line(lines[start - 1]):
        return False
    above = lines[start - 1]
    texts = [run[2] for run in grid.runs_of(above)]
    pieces = [p for run in grid.runs_of(above) for p in grid.split_header_words(run, cols)]
    return len(pieces) >= 2 and not any(is_number(p[2]) for p in pieces) and \
        not is_signature_row(texts)


def _aligned_table(lines: list[Line], start: int, end: int, above_free: bool,
                   headed: bool) -> tuple[int, int, list[list[str]], list[str]]:
    """The start (the header above, if any) and end of an aligned block, its rows and doubts.

    ``lines[start:end]`` runs from the first to the last row line. Each page
    part gets its own columns; lines after the last row line join the table
    while they continue its wrapped cells (or, in a list, a line cut at the
    page width).
    """
    rows: list[list[str]] = []
    doubts: list[str] = []
    widths = set()
    parts = _page_parts(lines[start:end])
    if above_free and _header_above(lines, start, grid.AlignedRows(parts[0], headed).cols):
        start -= 1
        parts[0].insert(0, lines[start])
    for n, part in enumerate(parts):
        builder = grid.AlignedRows(part, headed)
        for line in part:
            builder.feed(line)
        while n == len(parts) - 1 and end < len(lines) and lines[end].cells is None \
                and not is_row_line(lines[end]) and builder.takes(lines[end]):
            builder.feed(lines[end])
            end += 1
        rows.extend(builder.rows)
        doubts.extend(builder.doubts)
        widths.add(len(builder.cols))
    if len(widths) > 1:
        doubts.append(f"page parts of the table have {sorted(widths)} columns")
    ncols = max(widths)
    return start, end, [[clean(c) for c in row] + [""] * (ncols - len(row)) for row in rows], doubts


def _is_grid(rows: list[list[str]]) -> bool:
    """Columns that hold something in two rows each, and not a 目录's page numbers."""
    if not rows or len(rows[0]) < 2 or grid.is_toc_columns(rows):
        return False
    return all(sum(1 for r in rows if r[c]) >= 2 for c in range(len(rows[0])))


SENTENCE_OR_LIST_RE = re.compile("[。；;]|[：:]$")


# A cell's note in brackets that a web page padded apart from its label to the cell's width ('生活用水
# （含公共用水）'): the second of two runs, one cell.
PADDED_NOTE_RE = re.compile(r"^[（(][^（）()]+[)）]$")


def _padded_note(line: Line) -> bool:
    return line.runs is not None and len(line.runs) == 2 and PADDED_NOTE_RE.match(line.runs[1][2].strip()) is not None


def _cell_line(line: Line) -> bool:
    """A short line that may be one cell of a table printed one cell per line."""
    if line.cells is not None or (line.runs is not None and len(line.runs) > 1 and not _padded_note(line)) \
            or len(line.text) > CELL_LINE_MAX or SENTENCE_OR_LIST_RE.search(line.text):
        return False  # a sentence, or one that announces a list
    text = clean_title(line.text)
    return display_width(text) <= CELL_LINE_MAX and \
        not (TABLE_NOTE_RE.match(text) or CAPTION_RE.match(text) or CONTINUED_RE.search(text)
             or COUNTED_HEADING_RE.match(text))  # (a list's heading over its table: '二、传统音乐（共计2项）')


BAR_LINE_RE = re.compile(r"^[|｜]$")
BARRED_MIN = 4  # cells closed by bars: fewer are no evidence of a table


def _barred_cells(lines: list[Line], start: int) -> Optional[tuple[list[str], list[int]]]:
    """The cells of a web table copied as text one cell a line, each closed by
    a bar on the line under it (an empty cell: the bar alone), as a page's
    table cells copied without their rows' breaks come out; and, for each,
    the line after its bar. None unless bars close the first lines' cells."""
    cells: list[str] = []
    ends: list[int] = []
    text: Optional[str] = None
    k = start
    while k < len(lines) and lines[k].cells is None:
        line = clean_title(lines[k].text)
        if BAR_LINE_RE.match(line):
            cells.append(text or "")
            ends.append(k + 1)
            text = None
        elif text is None:
            text = line
        else:
            break  # two lines between bars: the table has ended
        k += 1
    return (cells, ends) if len(cells) >= BARRED_MIN else None


def _cell_run(cell_lines: list[bool], start: int) -> int:
    end = start
    while end < len(cell_lines) and cell_lines[end]:
        end += 1
    return end


def _looks_tabular(texts: list[str]) -> bool:
    """Labels, then figures on their own lines, or a column label (序号) alone on the
    first line: a table the one-cell reading could not rebuild."""
    figures = sum(1 for t in texts if is_number(t))
    labelled = texts[0].replace(" ", "") in HEADER_WORDS
    return len(texts) >= 6 and not is_number(texts[0]) and not is_number(texts[1]) \
        and (figures >= 2 or labelled)


def _list_words(line: Line) -> Optional[list[str]]:
    """The words of a line of a list in columns (no tabs, at the margin, words
    only). A numbered label and its text ("第四章 鉴定程序", "第一节 …",
    "第二十六条 鉴定可由…", a space after the label as GB/T 9704 prints it)
    are a provision, not two cells."""
    if line.cells is not None or (line.runs and line.runs[0][0] > 0) or LABEL_RE.match(line.text):
        return None
    parts = line.text.split(" ")
    return parts if all(COLUMN_WORD_RE.match(p) for p in parts) else None


def _list_rows(lines: list[Line], start: int) -> tuple[int, list[list[str]]]:
    """The end of a run of lines that each give the same number of words, and its rows.

    A name list printed with one space between name and unit (袁伶俐 市曹禺小学)
    has no gap wide enough to show its columns; the words themselves do. A
    line cut at the run's widest width goes on in the next line, which holds
    one word: the rest of the last cell.
    """
    first = _list_words(lines[start])
    if not first or len(first) < 2 or min(map(len, first)) < 2:
        return start, []
    rows: list[list[str]] = []
    widest, cut, end = 0, False, start
    while end < len(lines) and (words := _list_words(lines[end])):
        width = display_width(lines[end].text)
        if len(words) == 1 and cut and rows:
            rows[-1][-1] += words[0]
            cut = False
        elif len(words) == len(first) and all(len(w) >= 2 for w in words):  # a lone character
            rows.append(words)                                              # is letter-spacing
            cut, widest = width >= widest, max(widest, width)
        else:
            break
        end += 1
    if len(rows) < LIST_MIN or all(is_signature_row(row) for row in rows):
        return start, []
    return end, rows


# --- the stage ---------------------------------------------------------------------


Found = tuple[int, int, Optional[list[list[str]]], list[str]]


def _found(lines: list[Line], i: int, cell_run_end: Optional[int], above_free: bool) -> Found:
    """The first and end line of the table at lines[i], its rows, and doubts about its grid.

    An aligned table may start one line above, at its header, when that line
    is free (not in a table). No rows: no table starts here (the doubts may
    still say a table was seen). cell_run_end: where the run of one-cell lines
    that starts at lines[i] ends, if one starts there.
    """
    line = lines[i]
    if (_can_start_table(line) or _spanning_first_row(lines, i)) and i + 1 < len(lines) \
            and lines[i + 1].cells is not None:
        end, rows = _table_end(lines, i)
        return i, end, [r.cells or [] for r in rows], []
    if is_row_line(line):
        end, headed = _aligned_extent(lines, i)
        if end > i:
            start, end, rows, doubts = _aligned_table(lines, i, end, above_free, headed)
            if _is_grid(rows):
                return start, end, rows, doubts
    if cell_run_end is not None:
        barred = _barred_cells(lines, i)
        found = barred and grid.one_cell_per_line(barred[0])
        if found and found[1] == len(barred[0]):
            return i, barred[1][-1], found[0], []
        run_end = cell_run_end
        texts = [clean_title(x.text) for x in lines[i:run_end]]
        above, found = 0, grid.one_cell_per_line(texts)
        units = [k for k, text in enumerate(texts[:LINES_ABOVE]) if UNIT_LINE_RE.match(text) or COUNT_NOTE_RE.match(text)]
        if units or not (found and found[1] == len(texts)) and len(texts) > 1 and not is_number(texts[0]):
            # A unit line or a list's count in brackets, or a title, printed over the cells: the reading starts under them, and its rows open
            # on their labels (a reading shifted by a line the title's place took ends on a figure's row).
            above = units[-1] + 1 if units else 1
            found = grid.one_cell_per_line(texts[above:])
            found = found if found and not is_number(found[0][-1][0]) else None
        if found and found[1] == len(texts) - above:  # rows that stop short of the run are no proof
            return i + above, run_end, found[0], []
        head = units[-1] + 1 if units and units[-1] + 1 < len(texts) else 0  # under a unit or count line
        numbered = grid.numbered_rows([clean_title(x.text) for x in lines[i + head:]]) \
            if grid.SERIAL_HEAD_RE.match(texts[head].replace(" ", "")) else None
        if numbered:  # rows framed by their serials: their cells may hold sentences
            return i + head, i + head + numbered[1], numbered[0], []
        if _looks_tabular(texts):
            return i, i, None, ["possible table, one cell per line, not rebuilt: the lines are kept as they are"]
    end, rows = _list_rows(lines, i)
    if rows:
        return i, end, rows, []
    return i, i, None, []


def _signer_run_onto_last_row(rows: list[list[str]], below: Optional[Line]) -> Optional[str]:
    """GB/T 9704 7.3.5.1: the 署名 stands on a line of its own right over the
    成文日期. A page that lost that line's break runs the signer's name onto
    the end of a list's last row, the row right over the date ('…幼儿园
    某县某某幼儿园某县教育局' / '2023年12月26日'): that row's last cell then holds
    two names where every other cell of the list holds one. Its head ends as
    every other cell of the list ends (the words their names share at the
    end, '幼儿园'), and the rest is an organ's whole name from its place
    (frame.named_by_its_place, ending as an organ's does): the signer's. The
    row keeps the head (rows is changed); the name is returned, or None."""
    if below is None or not DATE_LINE_RE.match(re.sub(r"\s", "", below.text)) or len(rows) < LIST_MIN:
        return None
    others = [cell for row in rows for cell in row][:-1]
    if not others or any(not cell for cell in others):
        return None
    shared = others[0]
    for cell in others[1:]:
        while shared and not cell.endswith(shared):
            shared = shared[1:]
    last = rows[-1][-1]
    if not shared or len(last) <= max(map(len, others)):
        return None
    for cut in range(len(last) - 1, 0, -1):
        head, name = last[:cut], last[cut:]
        if head.endswith(shared) and len(head) <= max(map(len, others)) and ORGAN_END_RE.search(name) \
                and named_by_its_place(name):
            rows[-1][-1] = head
            return name
    return None


def _outline_lines(lines: list[Line]) -> set[int]:
    """The lines of a text numbered by levels (GB/T 1.1 章条编号: '1 总则', '1.1 编制目的', as an
    应急预案 is) that set a chapter's or a section's number apart from its heading by spaces
    ('1    总则', '1.1   编制目的', as a page sets the text's own 目录 or its headings): two runs,
    the number and a short heading, no sentence. They are the outline's headings or its 目录's
    rows, never a table's row: the text holds sections numbered by levels, so a figure alone
    before a heading is a chapter of the same outline, not a table's serial."""
    texts = [re.sub(r"\s", "", line.text) for line in lines]
    if not any(DECIMAL_HEADING_RE.match(text) for text in texts):
        return set()
    return {k for k, line in enumerate(lines) if line.cells is None and line.runs and len(line.runs) == 2
            and (DECIMAL_HEADING_RE.match(texts[k]) or DECIMAL_CHAPTER_RE.match(texts[k]))}


def extract_tables(lines: list[Line], source: str = "") -> tuple[list[Union[Line, Table]], list[Diagnostic]]:
    """The lines with each table (and its caption and note) replaced by a Table.

    ``lines`` are one part's normalised physical lines, blank lines removed,
    ``cells`` set on lines that had tabs and ``runs`` on lines whose spacing
    places their text. Lines outside tables are returned unchanged and in
    order; each Table has ``eid == ""`` for the caller to set, and ``lines``
    spanning its caption to its note. Diagnostics (for ``source``) name the
    tables whose grid is doubtful and the possible tables left as lines.
    """
    out: list[Union[Line, Table]] = []
    diagnostics: list[Diagnostic] = []
    cell_lines = [_cell_line(line) for line in lines]
    outline = _outline_lines(lines)  # read as lines of one run: no row of an aligned table
    probe = [replace(line, runs=None) if k in outline else line for k, line in enumerate(lines)]
    i = 0
    while i < len(lines):
        line = lines[i]
        run_start = cell_lines[i] and not (i and cell_lines[i - 1])
        above_free = bool(out) and out[-1] is lines[i - 1]
        start, end, rows, doubts = _found(probe, i, _cell_run(cell_lines, i) if run_start else None, above_free)
        for doubt in doubts:
            code = "table-doubtful" if rows else "table-not-rebuilt"
            diagnostics.append(Diagnostic(source, lines[start].no, code, doubt))
        if rows is None:
            out.append(line)
            i += 1
            continue
        if start < i:
            out.pop()  # the header line above the aligned rows
        out += lines[i:start]  # the title and unit lines over rows one cell a line
        signer = _signer_run_onto_last_row(rows, lines[end] if end < len(lines) else None)
        table = build_table(rows, (lines[start].no, lines[end - 1].no))
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
        if signer:
            out.append(Line(lines[end - 1].no, signer))  # the signature on its own line again, over the date
        i = note_end
    return out, diagnostics
