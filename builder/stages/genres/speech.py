"""讲话: a speech, numbered as any document, with a byline and points in words.

Recognised by its kind (讲话, 致辞) or by an occasion line at the top of a
part ("——在全市经济工作会议上的讲话"). The byline (speaker, date, a note)
is set apart, and a speaker's points (一要, 一是, 第一，) are provisions
besides the ordinary labels. Examples: tests/spec/speech.md.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Block, Diagnostic, Paragraph, Provision, Table
from ...text.frame import DATE_LINE_RE, DATE_RE, OCCASION_RE, SALUTATION_RE, SITTING_LINE_RE
from ...text.numbering import LABEL_RE, SPEECH_POINT_RE
from ...text.numerals import cn_to_int
from .. import structure as numbered

NAME = "讲话"
PRIORITY = 10
starts_paragraph = None  # its lines break as any document's do

# A speech opens with a byline under its title: the occasion (frame.OCCASION_RE:
# "——在全市经济工作会议上的讲话", "——2025年1月16日在…会议上"), the speaker
# ("市长 张三") and the date, often with a note ("（2020年4月10日 根据录音整理）").
SPEAKER_MAX = 30


def _byline(blocks: list[Paragraph | Table], kind: Optional[str]) -> int:
    """How many paragraphs at the top of the part are a speech's byline."""
    found: list[str] = []
    for n, block in enumerate(blocks[:4]):
        if not isinstance(block, Paragraph):
            break
        text = block.text.strip()
        if OCCASION_RE.match(text) or SITTING_LINE_RE.match(text.replace(" ", "")) and _speaker_over_salutation(blocks, n + 1):
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
    while found and found[-1] == "speaker" and found[-2:-1] != ["occasion"]:
        found.pop()  # a speaker stands above an occasion or a date, or right under the occasion
    return len(found)


def _speaker_over_salutation(blocks: list[Paragraph | Table], n: int) -> bool:
    """Block n is a speaker's post and name ('县财政局局长 某某') over the
    称谓 a report delivered at a sitting opens with ('主任、各位副主任、各位委员：')."""
    if n + 1 >= len(blocks) or not all(isinstance(b, Paragraph) for b in blocks[n:n + 2]):
        return False
    speaker = blocks[n].text.strip()
    return len(speaker) <= SPEAKER_MAX and not re.search(r"[。，,；;：:！!？?]", speaker) and not LABEL_RE.match(speaker) \
        and bool(SALUTATION_RE.match(blocks[n + 1].text.strip()))


def read_point(text: str, open_provisions: list[Provision]) -> Optional[numbered.Label]:
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


def recognises(blocks: list[Paragraph | Table], title: Optional[str]) -> bool:
    """A part of another kind that opens with an occasion line is a speech."""
    return _byline(blocks, None) > 0


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              title: Optional[str]) -> tuple[list[Block], list[Diagnostic]]:
    return numbered.structure(blocks, prefix, source, byline=_byline(blocks, NAME), read_point=read_point)
