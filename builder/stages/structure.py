"""Stage 7: the numbering hierarchy of a part, and the roles of its paragraphs.

Reads a part's Paragraphs and Tables (and the document's kind and title);
writes its blocks: Provisions (eid, label, depth, parent) and Paragraphs
with a role (date, signature, cc, heading…), and numbering diagnostics.

Marker detection (text.numbering.LABEL_RE, one named group per numbering
scheme) is kept apart from nesting (a stack of schemes): Chinese
numbering nests by the order in which schemes first appear (一、 then （一） then 1. then （1）),
except the 编/章/节/条 family, whose rank is fixed. A label closes every
deeper level; a gap in a sequence is a diagnostic, not a failure.

Three kinds of document are laid out by a grammar of their own instead:
a 大事记 chronicle (entries anchored by their date), a 任免 list (one
person per item, in batches) and a speech (a byline under the title).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Block, Diagnostic, Paragraph, Provision, Table
from ..text.frame import ANNEX_LIST_RE, CC_RE, DATE_LINE_RE, DATE_RE, MONTH_OR_DAY as NUM, ORGAN_END_RE, YEAR
from ..text.lines import join_lines
from ..text.numbering import ARTICLE_RANK, EID_NAME, LABEL_RE, SCHEME_NAMES, SPEECH_POINT_RE
from ..text.numerals import cn_to_int

RUN_IN_MAX = 30  # a first sentence this short, without commas, is a run-in heading
PRINTED_RE = re.compile(rf"{DATE_RE.pattern}\s*印\s*发$", re.X)  # the date of printing
EDITOR_NOTE_RE = re.compile(r"^[（(]?注\s*[:：]|^附件略")  # the gazette's note on a document


def read_label(text: str) -> Optional[tuple[str, int, str, str]]:
    """Return (scheme, number, label as printed, rest) or None."""
    match = LABEL_RE.match(text)
    if not match:
        return None
    scheme = next(s for s in SCHEME_NAMES if match.groupdict().get(s))
    # ① is a digit to str.isdigit() but not to int(): count it from its code point.
    number = ord(match.group(scheme)) - ord("①") + 1 if scheme == "circled" \
        else cn_to_int(match.group(scheme))
    if not number:  # no list counts from 0: "0，" is the tail of a cut number
        return None
    return scheme, number, match.group("label").strip(), match.group("rest")


def read_point(text: str, open_provisions: list[Provision]) -> Optional[tuple[str, int, str, str]]:
    """A speech's point (一要, 一是, 第一，) as read_label reads a label. 二要
    only goes on from an open 一要: a paragraph the wrap began at "二是" in
    "…：一是…。二是…" is prose."""
    match = SPEECH_POINT_RE.match(text)
    if not match:
        return None
    number, label = cn_to_int(match.group("ordinal") or match.group("di")), match.group("label").strip()
    if number != 1 and not any(p.kind == "ordinal" and p.number == number - 1
                               and _point_style(p.label) == _point_style(label) for p in open_provisions):
        return None
    return "ordinal", number, label, match.group("rest")


def _point_style(label: str) -> str:
    """一要 and 二要 are one list, 一是 another: 二是 does not go on from 一要."""
    return "第" if label.startswith("第") else label[-1]


def split_heading(scheme: str, rest: str) -> tuple[str, str]:
    """A run-in heading ends at the first 。 of a short, comma-free sentence;
    a speaker's point is its whole first sentence, commas and all."""
    if scheme in ("bian", "zhang", "jie"):
        return rest, ""
    if scheme == "ordinal":
        match = re.match(r"^([^。！？]{1,%d}[。！？])(.*)$" % (RUN_IN_MAX + 10), rest)
        return (match.group(1), match.group(2)) if match else ("", rest)
    if scheme != "tiao" and len(rest) <= 40 and not re.search(r"[。；;，,：:]", rest[:-1] or "x"):
        return rest, ""
    if scheme == "tiao":
        if len(rest) <= 20 and not re.search(r"[。；，：]", rest):
            return rest, ""
        return "", rest
    match = re.match(r"^([^。，,；;：:]{1,%d}[。．])(.+)$" % RUN_IN_MAX, rest)
    if match:
        return match.group(1), match.group(2)
    return "", rest


class Numbering:
    """The stack of open numbered provisions in one part."""

    def __init__(self, prefix: str, source: str):
        self.prefix = prefix
        self.source = source
        self.stack: list[Provision] = []
        self.used: set[str] = set()
        self.diagnostics: list[Diagnostic] = []

    def add(self, scheme: str, number: int, label: str, heading: str, text: str,
            lines: tuple[int, int]) -> Provision:
        if scheme in ARTICLE_RANK:
            rank = ARTICLE_RANK[scheme]
            while self.stack and not (self.stack[-1].kind in ARTICLE_RANK
                                      and ARTICLE_RANK[self.stack[-1].kind] < rank):
                self.stack.pop()
        else:
            kinds = [p.kind for p in self.stack]
            if scheme in kinds:
                previous = self.stack[kinds.index(scheme)]
                del self.stack[kinds.index(scheme):]
                if number != previous.number + 1:
                    self.diagnostics.append(Diagnostic(
                        self.source, lines[0], "numbering-gap",
                        f"{label}接在{previous.label}之后"))
        parent = self.stack[-1] if self.stack else None
        eid = self._eid(scheme, number, parent)
        provision = Provision(eid=eid, label=label, kind=scheme, number=number, heading=heading,
                              text=text, lines=lines, parent=parent.eid if parent else None,
                              depth=len(self.stack))
        self.stack.append(provision)
        return provision

    def _eid(self, scheme: str, number: int, parent: Optional[Provision]) -> str:
        own = f"{EID_NAME[scheme]}_{number}"
        # 条 numbers run through the whole text: art_12 keeps its URL when a chapter is added.
        if parent is None or scheme == "tiao" or (scheme == "zhang" and parent.kind == "bian"):
            base = f"{self.prefix}__{own}" if self.prefix else own
        else:
            base = f"{parent.eid}__{own}"
        return self._unique(base)

    def entry(self, number: int, label: str, date: Optional[str], text: str,
              lines: tuple[int, int]) -> Provision:
        """The number-th entry of a chronicle: its anchor is its date (d_2019-07-01,
        d_2019-07-01_2 for a second event that day), not its place."""
        own = f"d_{date.lstrip('-')}" if date else f"entry_{number}"
        eid = self._unique(f"{self.prefix}__{own}" if self.prefix else own)
        return Provision(eid=eid, label=label, kind="date", number=number, heading="",
                         text=text, lines=lines, date=date)

    def _unique(self, base: str) -> str:
        eid, n = base, 2
        while eid in self.used:
            eid, n = f"{base}_{n}", n + 1
        self.used.add(eid)
        return eid


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              kind: Optional[str], title: Optional[str] = None) -> tuple[list[Block], list[Diagnostic]]:
    """Turn a part's paragraphs into provisions and framed paragraphs.

    A chronicle (大事记) and an appointment list (任免) have a grammar of
    their own instead of numbering; a speech opens with a byline."""
    numbering = Numbering(prefix, source)
    if kind == "大事记":
        return chronicle(blocks, numbering, title), numbering.diagnostics
    if kind == "任免":
        return appointments(blocks), numbering.diagnostics
    out: list[Block] = []
    in_annex_list = False
    byline = _byline(blocks, kind)
    speech = kind == "讲话" or byline > 0
    for n, block in enumerate(blocks):
        if n < byline:
            block.role = "byline"
            out.append(block)
            continue
        if isinstance(block, Table):
            out.append(block)
            continue
        text = block.text
        if ANNEX_LIST_RE.match(text):
            block.role, in_annex_list = "attachments", True
            out.append(block)
            continue
        label = read_label(text) or (read_point(text, numbering.stack) if speech else None)
        if in_annex_list and label and label[0] in ("ar", "ar_paren") and "。" not in text:
            block.role = "attachments"
            out.append(block)
            continue
        in_annex_list = False
        if label and label[0] == "ar" and _inline_list_of_one(blocks, n):
            label = None
        if label:
            scheme, number, printed, rest = label
            heading, body = split_heading(scheme, rest)
            out.append(numbering.add(scheme, number, printed, heading, body, block.lines))
            continue
        block.role = _role(text, blocks, n)
        out.append(block)
    return out, numbering.diagnostics


def _inline_list_of_one(blocks: list, n: int) -> bool:
    """'1.' followed by no '2.' anywhere in the part is not a list."""
    return not any(isinstance(b, Paragraph) and re.match(r"^2\s*[.、．]", b.text) for b in blocks)


def _role(text: str, blocks: list, n: int) -> str:
    if DATE_LINE_RE.match(text.replace(" ", "")):
        return "date"
    if CC_RE.match(text):
        return "cc"
    if PRINTED_RE.search(text) and len(text) < 60:
        return "printed"
    if EDITOR_NOTE_RE.match(text):
        return "note"
    nxt = blocks[n + 1] if n + 1 < len(blocks) else None
    if nxt is not None and isinstance(nxt, Paragraph) and DATE_LINE_RE.match(nxt.text.replace(" ", "")) \
            and len(text) <= 40 and not re.search(r"[。，；：]", text) \
            and all(ORGAN_END_RE.search(token) for token in text.split()):
        return "signature"
    if len(text) <= 30 and not re.search(r"[，；：,;:]", text) and nxt is not None \
            and isinstance(nxt, Paragraph) and LABEL_RE.match(nxt.text):
        return "heading"
    return "body"


# ------------------------------------------------------------ 政务大事记
# A chronicle is a run of entries, each opening with the day it tells of.
# The month may be printed once, as a heading ("7月") or in the title
# ("政务大事记（2019年7月）"), and left out of the entries ("1日").

UNTIL = r"\s*[—–\-－~～至到]\s*"
ENTRY_RE = re.compile(rf"""
    ^(?P<when>
        (?:(?P<year>{YEAR})\s*年\s*)?                 # 2019年: a full date in every entry
        (?:(?P<month>{NUM})\s*月\s*)?                 # 7月: left out under a month heading
        (?:
            (?P<day>{NUM})\s*                         # 1
            (?:{UNTIL}(?:{NUM}\s*月\s*)?{NUM}\s*)?    # 1—3日, 30—8月1日
            日
            (?:{UNTIL}(?:{NUM}\s*月\s*)?{NUM}\s*日)?  # 3日至4日, 30日—8月1日
          | (?P<period>上旬|中旬|下旬|月初|月中|月底|月末)   # a part of the month
        )
      | (?P<same_day>同日|是日|当日|当天)              # the day of the entry above
      | (?P<same_month>同月|本月|月内)                 # its month
    )
    (?P<sep>[\s，,、：:]*)
    (?P<what>.*)$
""", re.X | re.S)
# A month printed as a heading: "7月", "七月份", "2019年7月", "（2019年7月）".
MONTH_HEADING_RE = re.compile(rf"^[（(]?(?:(?P<year>{YEAR})\s*年\s*)?(?P<month>{NUM})\s*月份?[）)]?$")
PARAGRAPH_END_RE = re.compile(r"[。！？!?][”’）)》」』】]*$")  # not ； : an entry's list goes on
TITLE_YEAR_RE = re.compile(rf"(?P<year>{YEAR})\s*年(?:\s*(?P<month>{NUM})\s*月(?!\s*{NUM}\s*日))?")


def entry_date(match: re.Match, year: Optional[int], month: Optional[int],
               day: Optional[int]) -> Optional[tuple[Optional[int], Optional[int], Optional[int]]]:
    """(year, month, day) an entry tells of, from what it prints and the date
    in force above it; None when the printed numbers are no date."""
    if match.group("same_day"):
        return year, month, day
    if match.group("same_month"):
        return year, month, None
    year = cn_to_int(match.group("year")) if match.group("year") else year
    month = cn_to_int(match.group("month")) if match.group("month") else month
    day = cn_to_int(match.group("day")) if match.group("day") else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31) \
            or (match.group("day") and not day):
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
    year = cn_to_int(found.group("year")) if found else None
    month = cn_to_int(found.group("month")) if found and found.group("month") else None
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
                                        or match.group("same_month"))
        when = entry_date(match, year, month, day) \
            if match and not open_sentence and not (day_only and months_printed) else None
        heading = MONTH_HEADING_RE.match(text.replace(" ", ""))
        if open_sentence:
            tail.text = join_lines(tail.text, text)
            tail.lines = (tail.lines[0], block.lines[1])
        elif heading and not open_sentence:
            year = cn_to_int(heading.group("year")) if heading.group("year") else year
            month, day, months_printed = cn_to_int(heading.group("month")), None, False
            block.role, tail = "heading", None
            out.append(block)
        elif when is not None:
            year, month, day = when
            months_printed = months_printed or bool(match.group("month"))
            count += 1
            label = (match.group("when") + match.group("sep")).strip()
            tail = numbering.entry(count, label, iso_partial(*when), match.group("what"), block.lines)
            out.append(tail)
        elif tail is not None and _role(text, blocks, n) == "body":
            out.append(block)  # a second paragraph of the entry above
            tail = block
        else:
            block.role, tail = _role(text, blocks, n), None
            out.append(block)
    return out


# ------------------------------------------------------------ 任免
# Batches of appointments, each under a heading (任命：, 免去：, the date of
# the decision) or a preamble (市人民政府决定：), one person per item; a line
# may carry several persons separated by ；.
GROUP_RE = re.compile(r"""
    ^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*   # 一、 （二）
    (?:决定)?(?:任命|免去|免职|任职|聘任|聘用|解聘|提名|委任|试用期满)           # what the batch does
    [^，,。；;：:\d]{0,8}                                                       # 人员, 职务, 名单
    [：:]?$
""", re.X)
PREAMBLE_RE = re.compile(r"^[^。；;]{0,60}(?:决定|批准|研究|同意|通过|如下)[：:]$")
CLOSING_RE = re.compile(r"^(?:以上|上述|特此)")
PERSON_WORDS_RE = re.compile(r"任|免|聘|职|为")
ITEM_MAX = 120  # one person's appointment is a line, not a paragraph
FRAME_ROLES = ("date", "cc", "printed", "note", "signature")


def appointments(blocks: list[Paragraph | Table]) -> list[Block]:
    """Group headings, preambles and one paragraph per person; every
    character stays, a separator with the person before it."""
    out: list[Block] = []
    in_group = False
    for n, block in enumerate(blocks):
        if isinstance(block, Table):
            out.append(block)
            continue
        text = block.text.strip()
        frame = _role(text, blocks, n)
        head = re.match(r"^(?P<head>[^，,。；;：:]{1,60}[：:])\s*(?P<rest>.+)$", text)
        if frame in FRAME_ROLES:
            block.role, in_group = frame, frame == "date"
            out.append(block)
        elif GROUP_RE.match(text) or PREAMBLE_RE.match(text):
            block.role, in_group = ("heading" if GROUP_RE.match(text) else "preamble"), True
            out.append(block)
        elif head and (GROUP_RE.match(head.group("head")) or PREAMBLE_RE.match(head.group("head"))):
            role = "heading" if GROUP_RE.match(head.group("head")) else "preamble"
            out.append(Paragraph(text=head.group("head"), lines=block.lines, role=role))
            out.extend(_persons(head.group("rest"), block.lines, True) or
                       [Paragraph(text=head.group("rest"), lines=block.lines)])
            in_group = True
        elif not CLOSING_RE.match(text) and (people := _persons(text, block.lines, in_group)):
            out.extend(people)
        else:
            block.role = "body"
            out.append(block)
    return out


def _persons(text: str, lines: tuple[int, int], in_group: bool) -> list[Paragraph]:
    """One paragraph per person, or none when the text is no list of persons."""
    items = [item.strip() for item in re.findall(r"[^；;]+[；;]?", text) if item.strip()]
    if not items or any(len(item) > ITEM_MAX for item in items) \
            or not (in_group or all(PERSON_WORDS_RE.search(item) for item in items)):
        return []
    return [Paragraph(text=item, lines=lines, role="person") for item in items]


# ------------------------------------------------------------ 讲话
# A speech opens with a byline under its title: the occasion ("——在全市
# 经济工作会议上的讲话"), the speaker ("市长 张三") and the date, often with
# a note ("（2020年4月10日 根据录音整理）").
OCCASION_RE = re.compile(r"""
    ^(?: [—－–\-]{1,2}\s*.{2,80}                # ——在全市…会议上的讲话
       | 在.{2,60}(?:上|时) )                   # 在全市…会议上的讲话
    的?(?:讲话|致辞|发言|报告|讲稿|演讲)[）)]?$
""", re.X)
SPEAKER_MAX = 30


def _byline(blocks: list[Paragraph | Table], kind: Optional[str]) -> int:
    """How many paragraphs at the top of the part are a speech's byline."""
    found: list[str] = []
    for block in blocks[:4]:
        if not isinstance(block, Paragraph):
            break
        text = block.text.strip()
        if OCCASION_RE.match(text):
            found.append("occasion")
        elif DATE_LINE_RE.match(text.replace(" ", "")) \
                or (re.match(r"^[（(][^（）()]*[）)]$", text) and DATE_RE.search(text)):
            found.append("date")
        elif len(text) <= SPEAKER_MAX and not re.search(r"[。，,；;：:！!？?]", text) \
                and not LABEL_RE.match(text):
            found.append("speaker")
        else:
            break
    if kind != "讲话" and "occasion" not in found:
        return 0
    while found and found[-1] == "speaker":  # a speaker stands above an occasion or a date
        found.pop()
    return len(found)
