"""任免: appointments and removals, one person per item, in batches.

Recognised by its kind (人事任免, 任免人员, 任免名单); each person becomes a
paragraph of its own (role "person") under its batch's heading or preamble.
Examples: tests/spec/appointments.md.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Block, Diagnostic, Paragraph, Table
from ...text.frame import APPOINTMENT_BATCH_RE
from ..structure import frame_role

NAME = "任免"
PRIORITY = 20
starts_paragraph = None  # its lines break as any document's do

# Each batch (text.frame.APPOINTMENT_BATCH_RE) one person per item; a line may carry several persons parted by ；.
ITEM_MAX = 120  # one person's appointment is a line, not a paragraph
# The decision's sentence, which may cite the law and the nomination first ('依照…基本法的有关规定,
# 根据…的提名和建议,国务院2020年4月22日决定:'): no longer than an item.
PREAMBLE_RE = re.compile(rf"^[^。；;]{{0,{ITEM_MAX}}}(?:决定|批准|研究|同意|通过|如下)[：:]$")
CLOSING_RE = re.compile(r"^(?:以上|上述|特此)")
PERSON_WORDS_RE = re.compile(r"任|免|聘|职|为")
# One verb may head a run of persons parted by '，' (the State Council's and Xinhua's form: '任命A为X，
# B为Y，C为Z；免去D的X职务，E的Y职务。'): each person after the first is a name and what it becomes or
# leaves, with no verb of its own; a piece with its own verb ('…，免去其…职务') is the same person's.
VERB_RE = re.compile(r"任命|免去|免职|聘任|聘用|解聘|委任")
RUN_ON_PERSON_RE = re.compile(r"^[^，,为的]{1,12}(?:为[^，,]+|的[^，,]+职务)[；;。]?$")
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
        frame = frame_role(text, blocks, n)
        # A batch's heading or the decision's sentence run in before its first person ('任命：张某为…；',
        # '根据工作需要，决定：张某任…；'): the first colon ends it.
        head = re.match(r"^(?P<head>[^。；;：:]{1,120}[：:])\s*(?P<rest>.+)$", text)
        if frame in FRAME_ROLES:
            block.role, in_group = frame, frame == "date"
            out.append(block)
        elif APPOINTMENT_BATCH_RE.match(text) or PREAMBLE_RE.match(text):
            block.role, in_group = ("heading" if APPOINTMENT_BATCH_RE.match(text) else "preamble"), True
            out.append(block)
        elif head and (APPOINTMENT_BATCH_RE.match(head.group("head")) or PREAMBLE_RE.match(head.group("head"))):
            role = "heading" if APPOINTMENT_BATCH_RE.match(head.group("head")) else "preamble"
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
    items = [person for item in re.findall(r"[^；;]+[；;]?", text) if item.strip() for person in _run(item.strip())]
    if not items or any(len(item) > ITEM_MAX for item in items) \
            or not (in_group or all(PERSON_WORDS_RE.search(item) for item in items)):
        return []
    return [Paragraph(text=item, lines=lines, role="person") for item in items]


def _run(item: str) -> list[str]:
    """A run of persons under one verb, one a piece (each keeps the '，' after it); else the item."""
    pieces = re.findall(r"[^，,]+[，,]?", item)
    if len(pieces) > 1 and VERB_RE.search(pieces[0]) \
            and all(RUN_ON_PERSON_RE.match(piece.rstrip("，,")) and not VERB_RE.search(piece) for piece in pieces[1:]):
        return [piece.strip() for piece in pieces]
    return [item]


# A notice whose title says it appoints or removes ('关于张三等同志职务任免的通知', '关于任命李四为…的通知',
# '关于王五同志免职的通知', '关于聘任…的通知'): its 文种 is 通知, its body a 任免's batches.
# A notice about 任免 work ('关于做好干部任免工作的通知') names no one: it is numbered as any notice.
APPOINTING_TITLE_RE = re.compile(r"(?:关于(?:任命|免去|聘任|解聘)|(?:同志|等)[^，,。；;]{0,8}?(?:任免|任职|免职))"
                                 r"[^，,。；;]{0,40}?的通知$")


def recognises(blocks: list[Paragraph | Table], title: Optional[str]) -> bool:
    """By its kind, or a notice by its title that appoints: a list of names in another notice is no appointment."""
    return bool(title and APPOINTING_TITLE_RE.search(title))


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              title: Optional[str]) -> tuple[list[Block], list[Diagnostic]]:
    return appointments(blocks), []
