"""Stage 6: rejoin hard-wrapped lines into paragraphs.

Reads a run of Lines (between tables) and the file's measure; writes
Paragraphs (text, first and last line number).

Blank lines are no evidence (some extractors put one after every line,
others none), so a break is decided from the line itself:
- a line that fills the measure of the file is wrapped, unless it ends a
  sentence;
- a long line that stops mid-sentence is wrapped (a page break cut it);
- a short line ends its paragraph (headings, list items, signatures);
- a line that starts a numbered provision, a date line, or a line the
  extractor marked as a block start begins a new paragraph, unless the
  line above was cut inside a number ("小于3." / "0，建筑密度").
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Line, Paragraph
from ..text.frame import DATE_LINE_RE, ORGAN_END_RE
from ..text.lines import CLOSERS, ends_sentence, join_lines, width
from ..text.measure import MEASURE
from ..text.numbering import LABEL_RE


# A number the wrap cut in two: "小于3." at a line end, "0，建筑密度" below;
# or a date: "7 月" at a line end, "24 日" below.
SPLIT_NUMBER_RE = re.compile(r"""
    \d [.．]? $            # the line stops on a digit, or on a decimal point after one
  | \d \s* [年月] $        # or inside a date
""", re.X)


def splits_number(above: str, line: Line) -> bool:
    """The line goes on with a number the line above began: it is no label."""
    return bool(SPLIT_NUMBER_RE.search(above)) and line.text[:1].isdigit() \
        and not DATE_LINE_RE.match(line.text.replace(" ", ""))


def starts_paragraph(line: Line) -> bool:
    return line.starts_block or bool(LABEL_RE.match(line.text)) \
        or bool(DATE_LINE_RE.match(line.text.replace(" ", "")))


def paragraphs(lines: list[Line], full_width: float,
               breaks: Callable[[Line], bool] = lambda line: False) -> list[Paragraph]:
    out: list[Paragraph] = []
    last: list[str] = []  # the last printed line of each paragraph: its width decides the wrap
    signed = signature_lines(lines)
    for n, line in enumerate(lines):
        if out and n not in signed and (not starts_paragraph(line) or splits_number(out[-1].text, line)) \
                and (not breaks(line) or splits_number(out[-1].text, line)
                     or _runs_on(out[-1].text, width(last[-1]), full_width)) \
                and _wraps(out[-1].text, width(last[-1]), full_width):
            prev = out[-1]
            prev.text = join_lines(prev.text, line.text)
            prev.lines = (prev.lines[0], line.no)
            last[-1] = line.text
        else:
            out.append(Paragraph(text=line.text, lines=(line.no, line.no)))
            last.append(line.text)
    return out


def signature_lines(lines: list[Line]) -> set[int]:
    """The issuer lines right above a date line ('荆门市人民政府' / '荆门军分区'
    / '2019年4月29日') each stand alone, however full the line above them."""
    out: set[int] = set()
    for n, line in enumerate(lines):
        if DATE_LINE_RE.match(line.text.replace(" ", "")):
            k = n - 1
            while k >= 0 and len(lines[k].text) <= 30 and ORGAN_END_RE.search(lines[k].text) \
                    and not re.search(r"[，。；：、]", lines[k].text):
                out.add(k)
                k -= 1
    return out


def _runs_on(text: str, last_width: float, full_width: float) -> bool:
    """Stronger than _wraps: the line above certainly goes on, so even a line
    that looks like a 主送机关 ('…荆州高新区，市政府有关部门：') continues it."""
    return bool(re.search(r"[，、（(“《]$", text)) or \
        (last_width >= full_width * MEASURE.full and not ends_sentence(text))


def _wraps(text: str, last_width: float, full_width: float) -> bool:
    if text.endswith(("；", ";")) and last_width >= full_width * MEASURE.full:
        return True  # a clause ends at a full line; the paragraph goes on
    if ends_sentence(text) or DATE_LINE_RE.match(text.replace(" ", "")):
        return False
    if re.search(r"[，、（(“《]$", text):
        return True
    if last_width >= full_width * MEASURE.fills:
        return True
    return last_width >= MEASURE.long_line and text[-1] not in CLOSERS
