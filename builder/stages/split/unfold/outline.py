"""A body's outline run in (GB/T 9704 7.3.3; a rule's 章 and 条): each
heading and item opens its own block; and where a heading stops.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ....model import Line
from ....text.frame import ANNEX_ITEM_RE, ANNEX_LIST_RE, HEAD_MARK_RE, ISSUER_MARK_RE, kind_of
from ....text.lines import CLAUSE_MARK_RE, ends_sentence, width
from ....text.numbering import cited, label_at, LABEL_RE, scheme_of
from ....text.numerals import cn_to_int
from ....text.measure import MEASURE, paragraph_indent, printed_width
from ....text.script import either_script
from ...masthead import closes_toc_entry
from ..grammar import (balanced, CITING_OPENER_RE, is_date_line, is_doc_number_line, join_title, NUMBER_CLOSED_NAME_RE,
                       TITLE_LINES)


def outline_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 7.3.3 sets each heading and item of a body's outline (一、,
    （一）, 1., （1）) at the head of a line of its own; a page that runs a
    whole notice into one line parts those lines by spaces, the title, the
    主送 on its colon and the body run on after it ('…的通知 各镇、街道: 为…
    如下: 一、评选数量 …推选1家。 二、评选条件 1.被认定…; 2.…'). The body of
    such a line (unfold parted the title and the 主送 off it: the body runs on
    after the colon on its printed line, or the 主送 on after the title's kind
    word on theirs) is set out again at each label after a stop or a
    heading's short name, the labels counting as an outline counts (each 1,
    or one more than the last of its scheme), at least OUTLINE_RUN_IN_MIN of
    them: each opens a block. The body is read to the end of its paragraph (a
    line the measure did not fill), short of an 附件说明 under it ('附件:1.…
    2.…', GB/T 9704 7.3.4: one element, its items no outline's, whether it
    opens a line or the page ran it on too). A list a sentence runs in on a paragraph
    of its own keeps its items (paragraphs.run_in_item_goes_on): only a line a
    whole notice ran into is set out."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        after_lead_in = bool(out and re.search(r"[:：]\s*$", out[-1].text)
                             and (out[-1].no == line.no and line.starts_block
                                  or len(out) > 1 and out[-2].no == out[-1].no and bool(kind_of(out[-2].text))))
        if not after_lead_in and not _spaced_first_label(line.text):
            out.append(line)
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].starts_block and full_width \
                and printed_width(lines[j - 1]) + paragraph_indent(lines[j - 1]) >= full_width * MEASURE.fills \
                and not ANNEX_LIST_RE.match(lines[j].text.strip()):
            j += 1
        out.extend(_outline_pieces(lines[i:j], spaced=0 if after_lead_in else OUTLINE_SPACED_MIN))
        i = j
    return out


# A lead-in's colon, a space, then the first label of an outline (一、, （一）, 1., （1）) inside a line: print sets
# the label at the head of a line of its own (GB/T 9704 7.3.3) and no space after a colon, so the space is the line
# break of a page that ran the body into one paragraph ('…現公告如下: 一、自…。 二、…'), which a wrap at any measure
# keeps inside its lines (the layout stage drops the spaces after a full stop, between Han characters, as a
# scanner's); the body from that line on is set out as a run-in body's outline is, if at least OUTLINE_RUN_IN_MIN
# of its labels, each after a stop, count on from it and some of them follow a full stop, points of an outline.
SPACED_LEAD_IN_RE = re.compile(r"[:：] +(?=\S)")


OUTLINE_SPACED_MIN = 2  # labels after the first that follow a full stop: points of an outline, not a list's items


FULL_STOP_END_RE = re.compile(r"[。！？!?]\s*$")


def _spaced_first_label(text: str) -> bool:
    """A line holding a lead-in's colon, a space and an outline's first label after them (SPACED_LEAD_IN_RE)."""
    for match in SPACED_LEAD_IN_RE.finditer(text):
        label = label_at(text, match.end())
        if label and (scheme := scheme_of(label)) in OUTLINE_SCHEMES and label.group(scheme) in ("1", "一"):
            return True
    return False


OUTLINE_RUN_IN_MIN = 3  # labels a run-in body sets apart at least, to be read as its outline


OUTLINE_STOPS = ("。", "；", ";", "：", ":", "！", "？", "!", "?")  # the ends of what stands before a label set apart


OUTLINE_SCHEMES = ("cn", "cn_paren", "ar", "ar_paren")  # GB/T 9704 7.3.3's four levels


def _outline_pieces(block: list[Line], spaced: int = 0) -> list[Line]:
    """The lines of a run-in body (outline_run_in), each piece of its
    outline opening a block: cut where a label stands after a stop (the
    space the page set after it, or none, where the layout stage read it as
    a scanner's), after a space, at a line's head, or right after a
    heading's label and short name (no mark in it: '二、评选条件1.被认定…').
    Where ``spaced`` is given (SPACED_LEAD_IN_RE's paragraph run together),
    at least that many cuts after the first must follow a sentence's full
    stop: an outline's points are sentences each (GB/T 9704 7.3.3), while a
    list one sentence runs in ends its items on semicolons, its stop after
    the last ('议程为: (一)…; (二)…; (三)…。'), and stays one paragraph."""
    text = "".join(line.text for line in block)
    starts = [0]
    for line in block:
        starts.append(starts[-1] + len(line.text))
    cuts: list[int] = []
    last: dict[str, int] = {}
    piece = 0
    for at in range(1, len(text)):
        if text[at].isspace() or not (label := label_at(text, at)) \
                or (scheme := scheme_of(label)) not in OUTLINE_SCHEMES:
            continue
        value = label.group(scheme)
        number = int(value) if value.isdecimal() else cn_to_int(value)
        before = text[piece:at].strip()
        head = LABEL_RE.match(before)
        heading = bool(head) and 2 <= len(head.group("rest")) and len(before) <= OUTLINE_HEADING_MAX \
            and not re.search(r"[。；;！？!?：:，,、]", head.group("rest"))
        if number is None or number not in (1, last.get(scheme, 0) + 1) \
                or not (before.endswith(OUTLINE_STOPS) or heading) or ANNEX_TAIL_RE.search(before):
            continue
        cuts.append(at)
        last[scheme], piece = number, at
    if len(cuts) < OUTLINE_RUN_IN_MIN or sum(bool(FULL_STOP_END_RE.search(text[:at])) for at in cuts[1:]) < spaced:
        return block
    out: list[Line] = []
    for line, start, end in zip(block, starts, starts[1:]):
        inner = [at for at in cuts if start < at < end]
        bounds = [start] + inner + [end]
        for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece_text = text[a:b].strip()
            if not piece_text:
                continue
            if n == 0:
                out.append(replace(line, text=piece_text, starts_block=line.starts_block or start in cuts)
                           if inner or start in cuts else line)
                continue
            last_piece = b == end  # the piece the wrap carries on to the next line: measured with the line's head
            out.append(replace(line, text=piece_text, starts_block=True, heading_mark=False, cells=None, runs=None,
                               annotated=line.annotated + width(text[start:a]) if last_piece else line.annotated))
    return out


OUTLINE_HEADING_MAX = 30  # characters of a heading's label and short name run in before its text


ANNEX_TAIL_RE = re.compile(r"附\s*件\s*[:：]$")  # the 附件说明's mark its list runs on after: no outline's


def outline_heading(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k ends a heading of the body's outline (GB/T 9704 7.3.3: 一、,
    （一）, 1., （1）) that stops short of the measure with no stop after it
    ('（一）创新驱动、高端引领，经济发展实现新跨越'), on its own line or the last of
    the lines a narrow measure wrapped it over, each above it full: a
    heading ends its line, though a comma inside it reads as a sentence's,
    and no sentence flows on from it into the line under it (an excerpt cut
    after it: the next document's title)."""
    if k < 0 or printed_width(lines[k]) >= full_width * MEASURE.full:
        return False  # (as full as a line gets: the wrap cut it, wherever it stops)
    first = k
    while first > 0 and k - first < HEADING_LINES and not LABEL_RE.match(lines[first].text.strip()) \
            and printed_width(lines[first - 1]) >= full_width * MEASURE.fills:
        first -= 1
    text = "".join(line.text.strip() for line in lines[first:k + 1])
    return bool(LABEL_RE.match(text)) and len(text) <= HEADING_CHARS and not re.search(r"[。；;！？!?：:、，,]$", text) \
        and not re.search(r"[。；;！？!?]", text)


HEADING_LINES = 3  # lines a heading takes at the narrowest measure


HEADING_CHARS = 40  # a heading at its longest


# A rule's first division run in after its title: the first 编, 篇 or 章 and its short name to the line's end
# ('…管理办法第一章 总 则'), or the first article and its text ('…暂行办法第一条 为规范…').
FIRST_DIVISION_RE = re.compile(either_script(
    r"第\s*[一1]\s*(?:[编篇章]\s*[\u4e00-\u9fa5][\u4e00-\u9fa5\s]{0,15}$|条\s*\S)"))


def titles_then_first_division(lines: list[Line]) -> list[Line]:
    """立法技术规范 sets a rule's title, its first 章 and its first 条 each on a
    line of its own; an extractor that joins text boxes runs the title into
    the division under it. The line is parted where the title's kind word
    ends: the title, where a title stands, no sentence in it, opening with no
    word of a sentence that cites the rule ('本办法第一条…') nor with an item's
    label ('二、对于不符合本通知第一条要求的…': an item citing its text); an
    article cited ('…办法第一条规定…') is no article begun."""
    out: list[Line] = []
    for line in lines:
        cut = _first_division_at(line.text, out)
        if cut is None:
            out.append(line)
            continue
        out.append(replace(line, text=line.text[:cut].rstrip()))
        rest = line.text[cut:]
        out.append(replace(line, text=rest, starts_block=True, heading_mark=False,
                           annotated=line.annotated + width(line.text) - width(rest)))
    return out


def _first_division_at(text: str, above: list[Line]) -> Optional[int]:
    """Where the first division run in after a title begins in the line, the title's start on it or on the
    lines above (a wrapped title); None if the line holds none."""
    if "第" not in text:
        return None  # asked of every line: most hold no division
    division = FIRST_DIVISION_RE.search(text)
    if division is None or division.start() == 0:
        return None
    label = LABEL_RE.match(text[division.start():])
    if label is None or cited(text[division.start():], label):
        return None
    for k in range(len(above), max(-1, len(above) - TITLE_LINES), -1):
        title = join_title([line.text for line in above[k:]] + [text[:division.start()]])
        if CLAUSE_MARK_RE.search(title):
            return None
        if title_stands(above[:k]):
            return division.start() if kind_of(title) and len(title) >= 6 and not CITING_OPENER_RE.match(title) \
                and not LABEL_RE.match(title) else None
    return None


def title_stands(above: list[Line]) -> bool:
    """A title may stand here: at the top, or under a 发文字号, a 版头's mark, a
    date, the 版记's 印发 line, a finished sentence (the text before ended)
    or the 目录's last entry (its leaders and page, or its page run on after
    its kind word), or an 附件说明's entry its 发文字号 closes in brackets
    ('4.…审计结果公告（某审公告〔2021〕13号）', GB/T 9704 7.3.4: the name whole)."""
    if not above:
        return True
    text = above[-1].text.strip()
    return is_doc_number_line(text) or is_date_line(text) or bool(HEAD_MARK_RE.match(text)) \
        or bool(ISSUER_MARK_RE.match(text.replace(" ", ""))) or text.endswith("印发") or ends_sentence(text) \
        or closes_toc_entry(text) or _entry_then_page(text) \
        or bool(ANNEX_ITEM_RE.match(text) or ANNEX_LIST_RE.match(text)) and bool(NUMBER_CLOSED_NAME_RE.search(text))


def _entry_then_page(text: str) -> bool:
    """A 目录 entry whose page the extractor ran on after the title's kind
    word, the space or leaders between them lost ('关于印发…的通知2'): no
    sentence of a body ends on a 文种 and a figure."""
    match = re.fullmatch(r"(?P<title>[^，。；：,;:]{4,}?)(?P<page>\d{1,3})", text)
    return bool(match) and bool(kind_of(match.group("title"))) and balanced(match.group("title"))
