"""The measure: how wide a file's body lines run, and the layout thresholds
read against it, named once with the reason for each."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Line
from .frame import own_contents
from .lines import CLOSERS, PARAGRAPH_INDENT, ends_sentence, width


@dataclass(frozen=True)
class Thresholds:
    body_share: float = 0.8
    """The measure is the width 80% of the lines stay under: short lines
    (headings, signatures) pull the median down, a few overlong lines
    (tables, merged lines) must not set it."""
    fills: float = 0.85
    """A line at 85% of the measure fills it: justified Chinese lines vary by
    a character or two (punctuation pushed to the next line), so a wrapped
    line is this full; a line that ends a paragraph rarely is."""
    full: float = 0.95
    """A line at 95% of the measure is as full as a line gets: it was cut by
    the wrap even after a ； and even where the next line looks like a frame."""
    shortest: float = 8
    """No printed measure is narrower than 8 characters (a gazette's column
    in two holds about 18, GB/T 9704's page 28, the narrowest column a
    title is wrapped in 8 or 9): a shorter line is a cell, a name or a
    figure, a line of its own; where such lines are most of a file's (a
    table copied one cell a line), they are no evidence of the measure."""
    cut_share: float = 0.3
    """A wrap cuts most lines that fill its measure inside a sentence: 0.47
    to 1.0 of them in the development set's printed issues, 0.76 to 0.98 in
    its documents run together at 18 and 30 columns. A file one paragraph a
    line has its long lines for its long paragraphs, which end on their
    sentence's stop: under 0.3 in 128 of its 137 sets run together so (the
    rest, up to 0.65, hold stored texts wrapped in places, where the
    measure still tells)."""
    cut_lines: int = 5
    """Fewer lines than this that fill the measure tell nothing of the
    file, which is taken as wrapped: a short notice wrapped at 26 columns
    whose paragraphs hardly reach the measure has four, one of them cut (a
    headline inside its bracket, '…通告》（2022' / '年9月16日）')."""
    exact: float = 1.05
    """With `full`, the band of a body line that fills the measure exactly;
    a title line is centred and shorter, or longer when it runs over."""


MEASURE = Thresholds()


def printed_width(line: Line) -> float:
    """The line's width as printed, where the wrap measured it: its text and
    what decode removed from it as no text (Line.annotated)."""
    return width(line.text) + line.annotated


def paragraph_indent(line: Line) -> float:
    """A paragraph's first-line indent the line was set with, which the wrap
    measured with its text (Line.runs keep the display columns, CJK two
    wide); 0 for any other indent, which centres a line (a title, a
    signature)."""
    indent = line.runs[0][0] / 2 if line.runs else 0
    return indent if indent == PARAGRAPH_INDENT else 0


CENTRE_SLACK = 3  # display columns a centred line's two margins may differ by: the print rounds to whole characters


def centred(line: Line, full_width: float) -> bool:
    """A line set in the middle of the measure, as GB/T 9704 7.3.1 sets a
    title (居中排布), where the file keeps each line's place (Line.runs, as
    pdftotext -layout does): indented, its two margins alike. A body line's
    right margin is nothing, a signature's or date's left one the wider; a
    paragraph's first line indented two characters is centred only when its
    margins are the same."""
    if not line.runs or not full_width:
        return False
    left, right = line.runs[0][0], 2 * full_width - line.runs[-1][1]
    slack = 1 if left == 2 * PARAGRAPH_INDENT else CENTRE_SLACK  # (a paragraph's one line short of the measure)
    return left >= 2 and right >= 2 and abs(left - right) <= slack


def measure(lines: list[Line]) -> float:
    """The file's full line width: the width most body lines reach. A text's
    own 目录 is no body: its entries, a heading each, are as short as the
    headings, and a 预案's runs to dozens of lines (frame.own_contents).
    A file one paragraph a line (a web page's text, a .doc's) has no measure,
    math.inf: no line fills it, so none is taken as cut by a wrap (wraps)."""
    contents = own_contents([line.text for line in lines])
    widths = sorted(printed_width(line) for k, line in enumerate(lines) if not line.cells and k not in contents)
    if not widths:
        return 0.0
    longer = [w for w in widths if w >= MEASURE.shortest]
    if longer and len(longer) < len(widths) / 2:
        widths = longer  # most lines a cell, a name or a figure each: the rest show the measure
    full_width = widths[int(len(widths) * MEASURE.body_share)]
    return full_width if wraps(lines, full_width) else math.inf


def wraps(lines: list[Line], full_width: float) -> bool:
    """A wrap cut the file's lines at full_width: of the lines that fill it,
    enough stop inside a sentence (MEASURE.cut_share). Where each line is a
    paragraph, a long heading or a lead ending on its colon fills the
    measure its long paragraphs set, and would be read as cut there and run
    into the next paragraph ('一、听取了…的汇报' into '会议强调，…')."""
    filling = [line for line in lines if not line.cells and printed_width(line) >= full_width * MEASURE.fills]
    # (a line that ends on a closing bracket or quote closes a unit, a name's '（市发改局）' in a list as often)
    cut = [line for line in filling if not ends_sentence(line.text) and not line.text.endswith(tuple(CLOSERS))]
    return len(filling) < MEASURE.cut_lines or len(cut) >= len(filling) * MEASURE.cut_share
