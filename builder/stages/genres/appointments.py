"""任免: appointments and removals, one person per item, in batches.

Recognised by its kind (人事任免, 任免人员, 任免名单); each person becomes a
paragraph of its own (role "person") under its batch's heading or preamble.
Examples: tests/spec/appointments.md.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Block, Diagnostic, Paragraph, Table
from ..structure import frame_role

NAME = "任免"
PRIORITY = 20
starts_paragraph = None  # its lines break as any document's do

# Batches of appointments, each under a heading (任命：, 免去：, the date of
# the decision) or a preamble (市人民政府决定：), one person per item; a line
# may carry several persons separated by ；.
GROUP_RE = re.compile(r"""
    ^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*   # 一、 （二）
    (?:决定)?(?:任命|免去|免职|任职|聘任|聘用|解聘|提名|委任|试用期满)           # what the batch does
    [^，,。；;：:\d]{0,8}                                                       # 人员, 职务, 名单
    [：:]?$
""", re.X)
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


def recognises(blocks: list[Paragraph | Table]) -> bool:
    """Only by its kind: a list of names in a notice is no appointment."""
    return False


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              title: Optional[str]) -> tuple[list[Block], list[Diagnostic]]:
    return appointments(blocks), []
