"""Rows of cell texts from the table layouts without tabs.

A tab line already gives its cells. Other extractors print the same grid as
space-aligned columns (``pdftotext -layout``: each row one line, or several
when a cell's text wraps inside its column) or as one cell per line. This
module turns those lines into what a tab line gives, one list of column
texts per row ("" for an empty cell), so that the table stage rebuilds
header rows and spans the same way for every layout.

Aligned columns, in the order the rules apply:

1. A row line has two runs of text or more (``Line.runs``: split at gaps of
   two display columns, CJK two wide) and is no sentence, 目录 entry,
   signature or dated entry. A block needs three row lines (the stage
   finds them, ``tables.py``).
2. Column boundaries are the gaps the body row lines share, counted by
   character (blank in all but one line in ten); a table split over pages
   gets its columns per page part, since each page is laid out on its own.
3. A run lies in the column it overlaps, cut where text starts a later
   column one space after the widest cell of a padded column; a run that
   crosses a gap starts a cell spanning the columns it covers. In the
   header lines (the first line and those below it with an empty first
   column) a run centred over several column starts is placed at the first
   of them, so that the header rules give it a colspan.
4. A line whose text sits only under cells whose last piece reached the
   right edge of a column that wraps continues those cells; a number never
   continues. Chinese pieces join without a space.

One cell per line: the header lines (labels, years, units; no numbers) give
the column count (one header row, or a stub, group cells and the years
under them), and the following lines must fill whole rows with a number in
the same columns on every row; where no such reading fits, the body's first
row (a label, then a figure) gives it, and the header above is read as a
stub and group cells over the columns' own heads of any kind (words, dates,
figures); else the lines stay as they are and the stage reports a possible
table.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Line
from .lines import char_width, display_width, join_lines
from .numbering import LABEL_RE

Run = tuple[int, int, str]  # first display column, last + 1, text

MIN_ROWS = 3  # row lines of an aligned block: two lines with gaps are no evidence of a grid
FULL_SLACK = 1  # display columns: a wrapped piece ends this close to its column's right
# edge (a CJK character does not fit an odd width), a column's text starts this close to it
CENTRE_SLACK = 2  # a header centred over several columns: centres this close

NUMBER_RE = re.compile(
    r"""
    ^[+\-−]?                              # an optional sign,
    (?:\d{1,3}(?:,\d{3})+|\d+)            # digits, maybe with thousands separators,
    (?:\.\d+)?                            # a decimal part,
    [%‰]?$                                # a percent or per-mille sign
    | ^\d+(?:\.\d+)?\s*[:：]\s*\d+(?:\.\d+)?$   # or a ratio such as 医护比 "1 : 1.31"
    """,
    re.X,
)


def is_number(text: str) -> bool:
    """Whether a cell holds a figure: never a header, never wrapped, right-aligned on the page."""
    return bool(NUMBER_RE.match(text.strip()))


YEAR_RE = re.compile(
    r"""
    ^(?:19|20)\d{2}\s*年?$      # a year heading a column: 2022年, 2025
    """,
    re.X,
)


def runs_of(line: Line) -> list[Run]:
    """The line's runs; a line printed at the margin without gaps is one run."""
    return line.runs or [(0, display_width(line.text), line.text)]


def is_header_text(text: str) -> bool:
    """A header cell: a label, a year or a unit, never a figure."""
    return bool(text) and (YEAR_RE.match(text) is not None or not is_number(text))


# --- aligned columns ------------------------------------------------------------------


def columns(lines: list[Line]) -> list[tuple[int, int]]:
    """Column extents from the gaps that the row lines share.

    The header lines above the first line with the most runs (a group header
    spans the columns under it) do not count, nor does one body line in ten
    (text overflowing its cell); everywhere else a gap is blank. A column
    that only the header fills is part of a header cell: it joins the column
    the same header text reaches into (right-aligned figures under it), else
    the one to its left (a header centred over a wide column).
    """
    rows = [runs_of(line) for line in lines if len(runs_of(line)) >= 2]
    if not rows:
        return []
    most = max(len(runs) for runs in rows)
    head = next(n for n, runs in enumerate(rows) if len(runs) == most)
    body = rows[head:]
    width = max(end for runs in rows for _, end, _ in runs)
    count = [0] * width
    for runs in body:
        for run in runs:
            for x, ch in _characters(run):
                if not ch.isspace():
                    for w in range(char_width(ch)):
                        count[x + w] += 1
    limit = len(body) // 10
    cols: list[tuple[int, int]] = []
    x = 0
    while x < width:
        if count[x] > limit:
            start = x
            while x < width and count[x] > limit:
                x += 1
            cols.append((start, x))
        else:
            x += 1
    k = len(cols) - 1
    while k >= 0 and len(cols) > 1:
        s, e = cols[k]
        if not any(start < e and s < end for runs in rows[1:] for start, end, _ in runs):
            header = [(start, end) for start, end, _ in rows[0] if start < e and s < end]
            right = k + 1 < len(cols) and any(start < cols[k + 1][1] and cols[k + 1][0] < end
                                              for start, end in header)
            other = k + 1 if right or k == 0 else k - 1
            lo, hi = sorted((k, other))
            cols[lo : hi + 1] = [(cols[lo][0], cols[hi][1])]
        k -= 1
    return cols


def _characters(run: Run) -> list[tuple[int, str]]:
    """Each character of a run with its display column."""
    x, out = run[0], []
    for ch in run[2]:
        out.append((x, ch))
        x += char_width(ch)
    return out


def split_at_gaps(run: Run, cols: list[tuple[int, int]]) -> list[Run]:
    """The run cut where, after a blank, text starts at a later column's start.

    Padded to its column's widest text, the widest cell is one space from the
    next column: one run for the line, two cells for the grid. A piece whose
    text lies in several columns (a header over them) stays whole.
    """
    chars = _characters(run)
    pieces: list[Run] = []
    start = 0  # index of the current piece's first character
    for i in range(1, len(chars)):
        x, ch = chars[i]
        if ch.isspace() or not chars[i - 1][1].isspace():
            continue
        column = next((k for k, (s, _) in enumerate(cols) if s <= x <= s + FULL_SLACK), None)
        touched = {k for px, pch in chars[start:i] if not pch.isspace()
                   for k, (s, e) in enumerate(cols) if s <= px < e}
        if column is not None and len(touched) <= 1 and all(k < column for k in touched):
            text = "".join(c for _, c in chars[start:i]).rstrip()
            pieces.append((chars[start][0], chars[start][0] + display_width(text), text))
            start = i
    pieces.append((chars[start][0], run[1], "".join(c for _, c in chars[start:])))
    return pieces


def split_header_words(run: Run, cols: list[tuple[int, int]]) -> list[Run]:
    """A header run cut between words that head different columns.

    Header labels sit one space apart over narrow figures ("2023年 2024年");
    a word over several columns (a group header) keeps the run whole, and a
    word over no column stays with the word before it.
    """
    words: list[tuple[int, int, str]] = []
    for x, ch in _characters(run):
        if ch.isspace():
            continue
        if words and words[-1][1] == x:
            start, _, text = words[-1]
            words[-1] = (start, x + char_width(ch), text + ch)
        else:
            words.append((x, x + char_width(ch), ch))
    heads: list[Optional[int]] = []
    for start, end, _ in words:
        covered = [k for k, (s, e) in enumerate(cols) if start < e and s < end]
        if len(covered) > 1:
            return [run]
        heads.append(covered[0] if covered else None)
    for i in range(1, len(heads)):
        heads[i] = heads[i - 1] if heads[i] is None else heads[i]
    for i in range(len(heads) - 2, -1, -1):
        heads[i] = heads[i + 1] if heads[i] is None else heads[i]
    pieces: list[Run] = []
    for n, (start, end, _) in enumerate(words):
        if n and heads[n] == heads[n - 1]:
            start = pieces.pop()[0]
        pieces.append((start, end, run[2][_offset(run, start) : _offset(run, end)]))
    return pieces


def _offset(run: Run, column: int) -> int:
    """The index in the run's text of the character at a display column (or its end)."""
    for i, (x, _) in enumerate(_characters(run)):
        if x >= column:
            return i
    return len(run[2])


def _overlap(run: Run, cols: list[tuple[int, int]]) -> tuple[int, int]:
    """The first and last column a run covers.

    A run in a gap is a header set left over right-aligned figures: it heads
    the column to its right.
    """
    start, end, _ = run
    covered = [k for k, (s, e) in enumerate(cols) if start < e and s < end]
    if covered:
        return covered[0], covered[-1]
    right = next((k for k, (s, _) in enumerate(cols) if s >= end), len(cols) - 1)
    return right, right


def _centred_span(run: Run, lo: int, hi: int, taken: set[int], cols: list[tuple[int, int]]) -> tuple[int, int]:
    """The widest run of columns free in its line that a header run reaches into and is centred over."""
    start, end, _ = run
    centre = (start + end) / 2
    best = (lo, hi)
    a = lo
    while a >= 0 and (a == lo or a not in taken) and start < cols[a][1] + CENTRE_SLACK:
        b = hi
        while b < len(cols) and (b == hi or b not in taken) and end > cols[b][0] - CENTRE_SLACK:
            if abs(centre - (cols[a][0] + cols[b][1]) / 2) <= CENTRE_SLACK and b - a > best[1] - best[0]:
                best = (a, b)
            b += 1
        a -= 1
    return best


Placed = dict[int, tuple[str, int, int]]  # first column → (text, last column, end of the run)


def place_runs(line: Line, cols: list[tuple[int, int]], header: bool) -> Placed:
    """The line's runs by the column they start a cell in (runs in one column join)."""
    split = split_header_words if header else split_at_gaps
    runs = [piece for run in runs_of(line) for piece in split(run, cols)]
    spans = [(run, *_overlap(run, cols)) for run in runs]
    placed: Placed = {}
    for n, (run, lo, hi) in enumerate(spans):
        if header:
            taken = {k for m, (_, a, b) in enumerate(spans) if m != n for k in range(a, b + 1)}
            lo, hi = _centred_span(run, lo, hi, taken, cols)
        if lo in placed:
            text, last, _ = placed[lo]
            placed[lo] = (f"{text} {run[2]}", max(last, hi), run[1])
        else:
            placed[lo] = (run[2], hi, run[1])
    return placed


class AlignedRows:
    """Rows of column texts built line by line from one page part of an aligned block.

    A column wraps when two different texts (not numbers) reach its right
    edge (one widest cell does in any column) and another ends short of it
    (the last piece of a wrapped cell; a column of names all as wide is no
    wrapping); only there can a line continue a cell, with a piece over the
    same columns.
    """

    def __init__(self, lines: list[Line], table: bool = True):
        self.table = table  # a table, not a list of words whose lines the page width cut
        self.widest = max(runs_of(line)[-1][1] for line in lines)
        # A page part whose lines share no gap (one line cut off by a page break) is one column.
        self.cols = columns(lines) or [(0, self.widest)]
        self.last: Optional[Line] = None  # the line fed last
        placed = [place_runs(line, self.cols, False) for line in lines]
        single = [(c, text, end) for p in placed for c, (text, last, end) in p.items() if last == c]
        self.edge = [e for _, e in self.cols]  # the right edge: where the widest text ends
        for c, _, end in single:
            self.edge[c] = max(self.edge[c], end)
        reaching: dict[int, set[str]] = {}
        short: set[int] = set()
        for c, text, end in single:
            if end >= self.edge[c] - FULL_SLACK and not is_number(text):
                reaching.setdefault(c, set()).add(text)
            elif not is_number(text):
                short.add(c)
        self.wraps = {c for c, texts in reaching.items() if len(texts) >= 2 and c in short}
        self.rows: list[list[str]] = []
        self.open: dict[int, int] = {}  # cell → its last column, when its last piece reached
        # the right edge of a wrapping column
        self.header = True
        self.doubts: list[str] = []

    def _full(self, c: int, last: int, end: int) -> bool:
        """A piece that reached the right edge of a wrapping column, or of the columns a
        header spans."""
        return (last in self.wraps or last > c) and end >= self.edge[last] - FULL_SLACK

    def _cells_continued(self, placed: Placed) -> Optional[dict[int, int]]:
        """Piece column → the open cell it continues, or None when the line is a new row.

        A line continues the row above when each of its pieces (no number) lies
        under a different cell whose last piece reached its right edge, and it
        leaves some column empty (a line across the table is a row: in a list
        of names every name reaches the edge).
        """
        if not self.rows or not placed or len(placed) == len(self.cols):
            return None
        row = self.rows[-1]
        into: dict[int, int] = {}
        for c, (text, last, _) in placed.items():
            cell = next((o for o, o_last in self.open.items() if o <= c and last <= o_last), None)
            if cell is None or cell in into.values() or is_number(text) or is_number(row[cell]):
                return None
            into[c] = cell
        return into

    def takes(self, line: Line) -> bool:
        """Whether a line after the block carries on the cells of its last row."""
        return self._page_wrap(line) or fits_a_column(line, self.cols) and \
            self._cells_continued(place_runs(line, self.cols, False)) is not None

    def _page_wrap(self, line: Line) -> bool:
        return not self.table and self.last is not None and is_page_wrap(self.last, line, self.widest)

    def feed(self, line: Line) -> None:
        """Take the next line: a new row, or pieces of the cells above."""
        if self._page_wrap(line):
            row = self.rows[-1]
            c = max(k for k, text in enumerate(row) if text)
            row[c] = join_lines(row[c], line.text)
            self.last = line
            return
        self.last = line
        first = runs_of(line)[0]
        self.header = self.header and (not self.rows or first[0] >= self.cols[0][1])
        placed = place_runs(line, self.cols, self.header)
        if not self.header and len(placed) > 1 and any(last > c for c, (_, last, _) in placed.items()):
            self.doubts.append(f"line {line.no}: text crosses a column boundary; cells may be misplaced")
        into = self._cells_continued(placed)
        if into is None:
            self.rows.append([placed[c][0] if c in placed else "" for c in range(len(self.cols))])
            self.open = {c: last for c, (_, last, end) in placed.items() if self._full(c, last, end)}
            return
        row = self.rows[-1]
        open_before, self.open = self.open, {}
        for c, (text, last, end) in placed.items():
            cell = into[c]
            row[cell] = join_lines(row[cell], text)
            if self._full(cell, open_before[cell], end):
                self.open[cell] = open_before[cell]


def is_page_wrap(above: Line, line: Line, widest: int) -> bool:
    """A line at the margin that goes on with the line above, cut at the widest width.

    A list re-wrapped at the page width leaves the end of a long entry on a
    line of its own; a numbered heading is never such an end.
    """
    runs = runs_of(line)
    return len(runs) == 1 and runs[0][0] == 0 and runs_of(above)[-1][1] >= widest - FULL_SLACK \
        and not LABEL_RE.match(line.text)


def fits_a_column(line: Line, cols: list[tuple[int, int]]) -> bool:
    """A single run inside one column: a wrapped piece, not prose across the page."""
    runs = runs_of(line)
    if len(runs) != 1:
        return False
    start, end, _ = runs[0]
    return any(s - FULL_SLACK <= start and end <= e + FULL_SLACK for s, e in cols)


def is_toc_columns(rows: list[list[str]]) -> bool:
    """Two columns whose second holds only rising page numbers: a 目录, not a table."""
    if not rows or len(rows[0]) != 2:
        return False
    pages = [r[1] for r in rows if r[1]]
    return all(p.isdigit() and len(p) <= 4 for p in pages) and \
        [int(p) for p in pages] == sorted(int(p) for p in pages)


# The label of a table's first column when it numbers the rows ('序号'), which heads the header row.
SERIAL_HEAD_RE = re.compile(r"^(?:序|编|編)(?:号|號)$")
HEAD_CELLS_MAX = 12  # column labels under '序号' a table's header may hold
LABEL_CELL_RE = re.compile(r"^[^\d，。；：、,.;:（）()]{2,12}$")  # a column's label: a few words, no figures


def serial_header(texts: list[str], i: int) -> int:
    """The end of the header row of a table printed one cell a line that
    texts[i] opens: '序号', then each column's label, a few words with no
    figures, up to the first row's serial '1'; i when no such header opens
    there. The labels may end as a title's kind word does ('具体措施'): cells,
    never a title's lines."""
    if not SERIAL_HEAD_RE.match(texts[i].replace(" ", "")):
        return i
    k = i + 1
    while k < len(texts) and k - i <= HEAD_CELLS_MAX and LABEL_CELL_RE.match(texts[k].replace(" ", "")):
        k += 1
    return k if k - i >= 3 and k < len(texts) and texts[k].strip() == "1" else i


def numbered_rows(texts: list[str]) -> Optional[tuple[list[list[str]], int]]:
    """Rows (the header first) and the lines used of a table printed one cell
    a line under a serial header (serial_header): each row opens on its
    serial, 1, 2, 3 …, as many lines apart as the header has labels, so a
    cell may hold sentences (a task's measures, '…12个，…。'); the rows end
    where a serial does not stand. None for fewer than two rows."""
    head = serial_header(texts, 0)
    rows, k = [texts[:head]], head
    while k + head <= len(texts) and texts[k].strip() == str(len(rows)) \
            and str(len(rows) + 1) not in (cell.strip() for cell in texts[k + 1:k + head]):  # a cell lost: rows shift
        rows.append(texts[k:k + head])
        k += head
    return (rows, k) if len(rows) > 2 else None


def one_cell_per_line(texts: list[str]) -> Optional[tuple[list[list[str]], int]]:
    """Rows (header rows first, as tab rows give them) and the lines used, or None.

    ``texts`` are consecutive short lines. The header is the leading run of
    header texts but one (the first body row starts with a label), or the
    whole run when the body starts with a number; its shape is one row, or a
    stub with group cells over a row of years or units.
    """
    lead = 0
    while lead < len(texts) and is_header_text(texts[lead]):
        lead += 1
    best = _widest(texts, [(head, shape) for head in (lead - 1, lead) for shape in _header_shapes(texts[:head])])
    if best is None:
        head = _body_start(texts, lead)
        best = _widest(texts, [(head, shape) for shape in _grouped_shapes(texts[:head])])
    return best


def _widest(texts: list[str], readings: list[tuple[int, tuple[int, list[list[str]]]]]) \
        -> Optional[tuple[list[list[str]], int]]:
    """Of the readings (header lines, then column count and header rows), the one whose whole rows use most lines."""
    best = None
    for head, (ncols, shape) in readings:
        rows, used = _body_rows(texts[head:], ncols)
        if len(rows) >= 2 and (best is None or used + head > best[1]):
            best = (shape + rows, used + head)
    return best


def _header_shapes(head: list[str]) -> list[tuple[int, list[list[str]]]]:
    """(column count, header rows as tab rows) for each reading of the header lines."""
    if len(head) < 2:
        return []
    shapes = [(len(head), [list(head)])]
    years = 0
    while years < len(head) - 2 and YEAR_RE.match(head[-1 - years].replace(" ", "")):
        years += 1
    return shapes + _grouped(head, years)


def _grouped(head: list[str], heads: int) -> list[tuple[int, list[list[str]]]]:
    """The stub, group cells and the columns' own heads under them (the last
    ``heads`` lines, each group over as many): the reading, if the count fits."""
    groups = len(head) - 1 - heads
    if not (heads and groups > 0 and heads % groups == 0 and heads > groups):
        return []
    each = heads // groups
    top = [head[0]] + [cell for g in head[1 : 1 + groups] for cell in [g] + [""] * (each - 1)]
    return [(heads + 1, [top, [""] + head[1 + groups :]])]


GROUPED_HEAD_MIN = 4  # header lines of a stub, one group cell and the two heads under it


def _body_start(texts: list[str], lead: int) -> int:
    """Where the body opens when no reading of the leading labels fits: the
    first label after the header that a figure follows (a row of prices opens
    on its item). The header above it may hold figures: the columns' own
    heads under a group label are dates, and a page that lost their 年月日
    prints them as figures ('20084120081231')."""
    k = max(lead - 1, GROUPED_HEAD_MIN)  # (the first body row opens on a label, which lead counted)
    while k + 1 < len(texts) and not (is_header_text(texts[k]) and is_number(texts[k + 1])):
        k += 1
    return k


def _grouped_shapes(head: list[str]) -> list[tuple[int, list[list[str]]]]:
    """The readings of a header as a stub and group cells over the columns'
    own heads of any kind (dates, figures, words): the body's rows, a label
    and its figures, decide which column count fits."""
    return [shape for heads in range(2, len(head) - 1) for shape in _grouped(head, heads)]


def _body_rows(texts: list[str], ncols: int) -> tuple[list[list[str]], int]:
    """Whole rows of ``ncols`` lines while each row has numbers where the first row has."""
    rows: list[list[str]] = []
    kinds = None
    for start in range(0, len(texts) - ncols + 1, ncols):
        row = texts[start : start + ncols]
        row_kinds = [is_number(t) for t in row]
        if kinds is None:
            if not any(row_kinds) or all(row_kinds):
                break
            kinds = row_kinds
        elif row_kinds != kinds:
            break
        rows.append(row)
    return rows, len(rows) * ncols
