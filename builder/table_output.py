"""Render a Table: an HTML table for the page and CSV text for its download.

Both read only the model's Table. The HTML is one raw block (no blank lines,
so Markdown leaves it alone) that a Markdown writer can put on the page as is;
gazette-tables.css makes its wrapper scroll sideways on a narrow screen and
right-aligns numbers. The CSV repeats a spanned cell's text into every
position it covers, so each row has every column for a program to read.
"""
from __future__ import annotations

import csv
import io
from html import escape

from builder.model import Cell, Table
from builder.text.grid import is_number

WIDE_COLUMNS = 8  # more columns than fit across an A4 portrait page: printed landscape


def _cell_html(cell: Cell, tag: str, first: bool) -> str:
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    classes = ["c0"] * first + ["num"] * (tag == "td" and is_number(cell.text))
    if classes:
        attrs += f' class="{" ".join(classes)}"'
    return f"<{tag}{attrs}>{escape(cell.text)}</{tag}>"


def _rows_html(rows: list[list[Cell]], tag: str) -> list[str]:
    """Rows of cells; a cell standing in the first column is marked c0 (it stays
    in view while a wide table scrolls: the row's names, e.g. 县市区). A row
    whose first column is covered by a rowspan from above has no such cell."""
    out, covered = [], 0
    for row in rows:
        starts = covered == 0 and bool(row)
        out.append("<tr>" + "".join(_cell_html(c, tag, starts and i == 0) for i, c in enumerate(row)) + "</tr>")
        covered = row[0].rowspan - 1 if starts else max(covered - 1, 0)
    return out


def table_html(table: Table) -> str:
    """The table as HTML: a sideways-scrolling wrapper, thead/tbody, a permalink.

    The permalink sits in the caption, or just above the table when it has
    none, so every table can be linked to by its id.
    """
    eid = escape(table.eid, quote=True)
    link = f'<a class="headerlink" href="#{eid}" title="Permanent link">¶</a>'
    wide = " gz-wide" if len(table_grid(table)[0] if table.rows else []) > WIDE_COLUMNS else ""
    parts = [f'<div class="gz-table-wrap{wide}">']
    if not table.caption:
        parts.append(f'<p class="gz-table-anchor">{link}</p>')
    parts.append(f'<table id="{eid}">')
    if table.caption:
        parts.append(f"<caption>{escape(table.caption)} {link}</caption>")
    head, body = table.rows[: table.header_rows], table.rows[table.header_rows :]
    if head:
        parts += ["<thead>", *_rows_html(head, "th"), "</thead>"]
    parts += ["<tbody>", *_rows_html(body, "td"), "</tbody>", "</table>"]
    if table.note:
        note = "<br>".join(escape(line) for line in table.note.split("\n"))
        parts.append(f'<p class="gz-table-note">{note}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def table_grid(table: Table) -> list[list[str]]:
    """Every row with every column filled, a spanned cell's text repeated.

    Positions are laid out as a browser does: each cell takes the next
    position in its row not already covered by a rowspan from above.
    """
    covered: dict[tuple[int, int], str] = {}
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    covered[(r + dr, c + dc)] = cell.text
            c += cell.colspan
    nrows = len(table.rows)
    width = max((c + 1 for r, c in covered if r < nrows), default=0)
    return [[covered.get((r, c), "") for c in range(width)] for r in range(nrows)]


def table_csv(table: Table) -> str:
    """The table as CSV text, header rows first, spans repeated into each cell.

    Write it with encoding "utf-8-sig" so spreadsheet programs read the
    Chinese text as UTF-8.
    """
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table_grid(table))
    return out.getvalue()
