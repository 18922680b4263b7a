"""政务大事记: a chronicle, entries anchored by the day they tell of.

Recognised by its kind (a title ending in 大事记, 要事记, 大事要览, 记事 or 纪事); every
line that opens with a date begins a paragraph, and each entry becomes a
Provision whose id is its date (d_2019-07-01). Examples: tests/spec/chronicle.md.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Block, Diagnostic, Line, Paragraph, Provision, Table
from ...text.frame import CHRONICLE_ENTRY_RE as ENTRY_RE, CHRONICLE_NAME, MONTH_OR_DAY as NUM, YEAR
from ...text.lines import join_lines
from ...text.numerals import cn_to_int
from ..structure import Numbering, frame_role

NAME = "大事记"
PRIORITY = 30

# A month printed as a heading: "7月", "七月份", "2019年7月", "（2019年7月）"; perhaps after the chronicle's own
# name, as a yearbook heads each month's page of its chronicle with the column and the month ('大事记1月',
# '大事记 七月'): the column's name is the page's running head, the month the heading.
MONTH_HEADING_RE = re.compile(rf"^[（(]?(?:{CHRONICLE_NAME})?(?:(?P<year>{YEAR})\s*年\s*)?(?P<month>{NUM})\s*月份?[）)]?$")
# A year printed as a heading of its own over its months' entries ('1989年', as a county's chronicle of many years
# sets each year): the year in force for the entries under it, no month yet.
YEAR_HEADING_RE = re.compile(rf"^[（(]?(?P<year>{YEAR})\s*年[）)]?$")
# An event known only by its month, the month in force printed before it ('9月' over its event, the last entry
# of September's chronicle, on its line or run in): anchored by the month, as 同月 is; no part of the month ('9月上旬',
# '9月底', '9月份以来') nor a date ('9月3日') nor a span of months ('9月至10月').
MONTH_EVENT_RE = re.compile(rf"^(?P<when>(?P<month>{NUM})\s*月)(?P<sep>\s*)(?!\s*(?:{NUM}|份|以来|上|中|下|初|底|末|[—–\-－~～至到]))"
                            rf"(?P<what>(?:[\u4e00-\u9fa5“《].*)?)$", re.S)
PARAGRAPH_END_RE = re.compile(r"[。！？!?][”’）)》」』】]*$")  # not ； : an entry's list goes on
# The year a title prints, with 年 ('2019年政务大事记', '2019年7月…') or as the bare figure right before the chronicle's
# name ('2011大事记', as a 方志 office titles its year's chronicle).
TITLE_YEAR_RE = re.compile(rf"(?P<year>{YEAR})\s*年(?:\s*(?P<month>{NUM})\s*月(?!\s*{NUM}\s*日))?"
                           rf"|(?<!\d)(?P<bare_year>(?:19|20)\d\d)(?=\s*(?:政务|政府|工作)?(?:大事|要事)记)")
# The day a span of days across two months ends on ('5月30日~6月5日').
SPAN_END_RE = re.compile(rf"(?P<month>{NUM})\s*月\s*(?P<day>{NUM})\s*日$")
# The months a title covers as a span ("执政纪事（7-12月）", "大事记（2025年8月—9月）").
TITLE_MONTHS_RE = re.compile(rf"(?P<first>{NUM})\s*月?\s*[—–\-－~～至到]\s*(?P<last>{NUM})\s*月")


def entry_date(match: re.Match, year: Optional[int], month: Optional[int], day: Optional[int],
               covered: frozenset[int]) -> Optional[tuple[Optional[int], Optional[int], Optional[int]]]:
    """(year, month, day) an entry tells of, from what it prints and the date
    in force above it; None when the printed numbers are no date. Two figures
    and 日 that are no day ('71日') are a page's 7月1日 that lost its 月 when
    the month they give is one the chronicle covers."""
    if match.group("same_day"):
        return year, month, day
    if match.group("same_month"):
        return year, month, None
    if match.group("same_year"):
        return year, None, None
    year = cn_to_int(match.group("year")) if match.group("year") else year
    month = cn_to_int(match.group("month")) if match.group("month") else month
    printed = match.group("day") or match.group("bare_day")
    day = cn_to_int(printed) if printed else None
    if match.group("day") and not match.group("month") and printed.isdigit() and day and day > 31 \
            and day // 10 in covered | {month}:
        month, day = divmod(day, 10)
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31) \
            or (printed and not day):
        return None
    return year, month, day


def iso_partial(year: Optional[int], month: Optional[int], day: Optional[int]) -> Optional[str]:
    """2019-07-01, 2019-07, --07-01 (ISO 8601 without the year); None without a month."""
    if month is None:
        return None
    head = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{head}-{day:02d}" if day else head


def chronicle(blocks: list[Paragraph | Table], numbering: Numbering, title: Optional[str]) -> list[Block]:
    """Entries as provisions anchored by their date; an entry runs to the next
    date that starts a sentence, so a line the wrap split off joins it again."""
    found = TITLE_YEAR_RE.search(title or "")
    year = cn_to_int(found.group("year") or found.group("bare_year")) if found else None
    month = cn_to_int(found.group("month")) if found and found.group("month") else None
    if month is None and (alone := MONTH_HEADING_RE.match((title or "").replace(" ", ""))):
        month = cn_to_int(alone.group("month"))  # a month's page titled by the month alone ('6月')
    titled_month = month  # a chronicle of one month
    span = TITLE_MONTHS_RE.search(title or "")
    covered = frozenset(range(cn_to_int(span.group("first")), cn_to_int(span.group("last")) + 1)) if span \
        else frozenset()
    day: Optional[int] = None
    out: list[Block] = []
    tail: Optional[Provision | Paragraph] = None  # where the open entry's text ends
    count = 0
    months_printed = False  # entries print their month: "24日…" inside one is no entry
    for n, block in enumerate(blocks):
        if isinstance(block, Table):
            out.append(block)
            tail = None
            continue
        text = block.text
        open_sentence = tail is not None and not PARAGRAPH_END_RE.search(tail.text)
        match = ENTRY_RE.match(text)
        day_only = bool(match) and not (match.group("month") or match.group("same_day")
                                        or match.group("same_month") or match.group("same_year"))
        # A day's figure alone is read in date order: "3位…" under the entry of 10 goes on with it.
        when = entry_date(match, year, month, day, covered) \
            if match and not open_sentence and not (day_only and months_printed) \
            and not (match.group("bare_day") and day and int(match.group("bare_day")) < day) else None
        if when is not None and titled_month is not None and _month_alone(match) and when[1] != titled_month:
            when = None  # a sentence that opens on another month ('7月，…' in June's chronicle) tells of no event of it
        heading = MONTH_HEADING_RE.match(text.replace(" ", ""))
        if heading and _month_event_over(heading, month, blocks, n):
            heading = None
        if when is None and not open_sentence and not heading and month is not None \
                and (alone := MONTH_EVENT_RE.match(text)) and cn_to_int(alone.group("month")) == month:
            match, when = alone, (year, month, None)  # the month in force alone over an event: an event of the month
        year_heading = YEAR_HEADING_RE.match(text.replace(" ", "")) if when is None else None
        if open_sentence:
            tail.text = join_lines(tail.text, text)
            tail.lines = (tail.lines[0], block.lines[1])
        elif year_heading:
            year, month, day, months_printed = cn_to_int(year_heading.group("year")), None, None, False
            block.role, tail = "heading", None
            out.append(block)
        elif heading and not open_sentence:
            year = cn_to_int(heading.group("year")) if heading.group("year") else year
            month, day, months_printed = cn_to_int(heading.group("month")), None, False
            block.role, tail = "heading", None
            out.append(block)
        elif when is not None:
            year, month, day = when
            if match.group("when").count("月") >= 2 and (end := SPAN_END_RE.search(match.group("when"))):
                month, day = cn_to_int(end.group("month")), cn_to_int(end.group("day"))  # the span's last month in
                # force after it: '5月30日~6月5日' over '6~8日', days of June
            months_printed = months_printed or bool(match.group("month")) and match.group("when").count("月") < 2
            # (a span across two months prints both whatever the chronicle's style: '5月30日~6月5日' over '6~8日')
            count += 1
            label = ((match.groupdict().get("mark") or "") + match.group("when") + match.group("sep")).strip()
            tail = numbering.entry(count, label, iso_partial(*when), match.group("what"), block.lines)
            out.append(tail)
        elif tail is not None and frame_role(text, blocks, n) in ("body", "row"):
            out.append(block)  # a second paragraph of the entry above
            tail = block
        else:
            block.role, tail = frame_role(text, blocks, n), None
            out.append(block)
    return out


def _month_alone(match: re.Match) -> bool:
    """The entry's date is a month alone before its comma ('1月，…'): no day, no part of the month."""
    return bool(match.group("month")) and not any(match.group(g) for g in ("day", "bare_day", "period", "part"))


def _month_event_over(heading: re.Match, month: Optional[int], blocks: list[Paragraph | Table], n: int) -> bool:
    """The month in force printed again alone, with no year, over a paragraph that is no entry nor heading: the
    date of the event under it, known by its month only ('9月' over '新生丝织厂…获…', September's last entry), as a
    file one paragraph a line keeps it; over the month's entries ('9月' over '1日…') it heads them."""
    below = blocks[n + 1] if n + 1 < len(blocks) else None
    return month is not None and not heading.group("year") and cn_to_int(heading.group("month")) == month \
        and isinstance(below, Paragraph) and not ENTRY_RE.match(below.text) \
        and not MONTH_HEADING_RE.match(below.text.replace(" ", ""))


def recognises(blocks: list[Paragraph | Table], title: Optional[str]) -> bool:
    """By its kind, or by a title that is a month alone ('6月', '2019年7月'), as a yearbook or a gazette titles
    each month's page of its chronicle under the column's name: a run of dated paragraphs in a notice is no
    chronicle, and no notice is titled by a month."""
    return bool(title) and bool(MONTH_HEADING_RE.match(title.replace(" ", "")))


def starts_paragraph(line: Line) -> bool:
    """An entry's date opens a paragraph; so does a month's heading alone on its line ('1月', '七月份'): a heading
    is a paragraph of its own, and the day's entries under it start their own."""
    squeezed = line.text.replace(" ", "")
    return bool(ENTRY_RE.match(line.text)) or bool(MONTH_HEADING_RE.match(squeezed) or YEAR_HEADING_RE.match(squeezed))


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              title: Optional[str]) -> tuple[list[Block], list[Diagnostic]]:
    numbering = Numbering(prefix, source)
    return chronicle(blocks, numbering, title), numbering.diagnostics
