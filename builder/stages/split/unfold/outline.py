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
from ..grammar import (balanced, CITING_OPENER_RE, CITING_PREPOSITION, is_date_line, is_doc_number_line, join_title,
                       NUMBER_CLOSED_NAME_RE, rule_titled_by_place, TITLE_LINES)


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
    cuts = _outline_cuts(text)
    if len(cuts) < OUTLINE_RUN_IN_MIN or sum(bool(FULL_STOP_END_RE.search(text[:at])) for at in cuts[1:]) < spaced:
        return block
    return _set_out(block, cuts)


def _outline_cuts(text: str, begin: int = 0, end: Optional[int] = None) -> list[int]:
    """Where the labels of a run-in outline stand in the piece text[begin:end] after its head (_outline_pieces):
    each numbered 1 or one more than the last of its scheme, after a stop or a heading's label and short name."""
    cuts: list[int] = []
    last: dict[str, int] = {}
    piece = begin
    for at in range(begin + 1, len(text) if end is None else end):
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
    return cuts


def _set_out(block: list[Line], cuts: list[int]) -> list[Line]:
    """The block's lines cut at the offsets (into the lines' joined text) where a piece opens a block of its own."""
    text = "".join(line.text for line in block)
    starts = [0]
    for line in block:
        starts.append(starts[-1] + len(line.text))
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


# 立法技术规范 sets each 条 of a rule as a paragraph of its own ('第二条　内部审计是…'), and each 项 of a 条 (（一）, 1.)
# on a line of its own under the 条's lead-in, closing on a semicolon, the last on a full stop. A page that ran the rule
# into one paragraph, wrapped by a measure, keeps the next article's label inside a line right after the last sentence
# of the one before ('…制定本规定。第二条 内部审计是…'; the layout stage drops the space after the stop as a
# scanner's, and the wrap may cut the label itself, '…本规定。第二' / '条内部审计…'), numbered on from it. A sentence
# that cites an article goes on from its label with what it says of it ('第二条规定的…', '第二条所称…': numbering.cited),
# and opens on no article label after a stop otherwise: a body cites an article by its rule's name first ('本办法第二条').


def articles_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A paragraph that opens on an article's label (第N条) and runs the
    next articles in after its sentences (each label right after a full
    stop, numbered on from the one before, no citation) is set out again an
    article a block, as 立法技术规范 prints them; the 项 a lead-in's colon
    opens in such an article ('…履行下列职责: (一)…; (二)…; (三)…'),
    numbered from 1 after a stop each, at least OUTLINE_RUN_IN_MIN of them,
    are set out too, each 项 a line of its own (a sentence's list in a
    paragraph that runs no article in stays, _outline_pieces)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        head = LABEL_RE.match(line.text.strip()) if "条" in line.text else None
        if not head or scheme_of(head) != "tiao" or cited(line.text.strip(), head) \
                or not _opens_paragraph(lines, i, full_width):
            out.append(line)
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not _opens_paragraph(lines, j, full_width):
            j += 1
        block = lines[i:j]
        text = "".join(piece.text for piece in block)
        value = head.group("tiao")
        starts = [text.index(head.group("label"))] + _articles_after(text, int(value) if value.isdecimal()
                                                                      else cn_to_int(value))
        if len(starts) < 2:
            out.extend(block)
            i = j
            continue
        cuts = starts[1:]
        for a, b in zip(starts, starts[1:] + [len(text)]):
            items = _outline_cuts(text, a, b)
            lead_in = items and re.search(r"[:：]\s*$", text[a:items[0]])
            if lead_in and len(items) >= OUTLINE_RUN_IN_MIN:
                cuts += items
        block, cuts = _labels_with_their_text(block, sorted(cuts))
        out.extend(_set_out(block, cuts))
        i = j
    return out


def _labels_with_their_text(block: list[Line], cuts: list[int]) -> tuple[list[Line], list[int]]:
    """A label the wrap set at a line's end, its text on the next line ('…制定本规定。第二条' / '本县…', or the
    label itself cut, '…本规定。第二' / '条内部审计…'): print opens the article's line with its label and its text
    together, so the label goes down to the head of the next line, the cut with it (the line it leaves keeps the
    columns it filled, as the wrap measured it)."""
    block = list(block)
    starts = [0]
    for line in block:
        starts.append(starts[-1] + len(line.text))
    moved: list[int] = []
    for at in cuts:
        k = next(n for n in range(len(block)) if starts[n] <= at < starts[n + 1])
        tail = block[k].text[at - starts[k]:]
        label = LABEL_RE.match(tail + (block[k + 1].text if k + 1 < len(block) else ""))
        if k + 1 < len(block) and at > starts[k] and label and len(tail) <= label.end("label"):
            block[k] = replace(block[k], text=block[k].text[:at - starts[k]],
                               annotated=block[k].annotated + width(tail))
            block[k + 1] = replace(block[k + 1], text=tail + block[k + 1].text)
            moved.append(starts[k + 1] - len(tail))  # (the joined text is the same: the cut stands where it stood)
        else:
            moved.append(at)
    return block, moved


def _opens_paragraph(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k opens a paragraph: the extractor marked it so, a blank line stands over it (a page's furniture
    between is no paragraph's end), or the line over it stops short of the measure."""
    if k == 0 or lines[k].starts_block or not full_width:
        return True
    above = lines[k - 1]
    return lines[k].no > above.no + 1 and not lines[k].after_page_break \
        or printed_width(above) + paragraph_indent(above) < full_width * MEASURE.fills


def _articles_after(text: str, number: Optional[int]) -> list[int]:
    """Where the articles after article number begin in text (articles_run_in): each label after a full stop,
    numbered on from the last, no article a sentence cites."""
    at: list[int] = []
    if number is None:
        return at
    for stop in re.finditer(r"[。！？!?]\s*", text):
        label = label_at(text, stop.end())
        if label is None or scheme_of(label) != "tiao" or cited(text[stop.end():], label):
            continue
        value = label.group("tiao")
        if (int(value) if value.isdecimal() else cn_to_int(value)) == number + 1:
            at.append(stop.end())
            number += 1
    return at


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
        if title_stands(above[:k]) or _named_rule_opens(title, above[:k]):
            return division.start() if kind_of(title) and len(title) >= 6 and not CITING_OPENER_RE.match(title) \
                and not LABEL_RE.match(title) else None
    return None


# The words a sentence cites a rule after, ending the line over its name: a citing verb, a conjunction or a list's
# 、 before another name, a book-title mark opened ('依照' / '某市…办法第一条…', '《' / '某市…办法》').
CITES_NEXT_RE = re.compile(either_script(rf"(?:{CITING_PREPOSITION}|[按依据照和及与同、《])$"))


def _named_rule_opens(title: str, above: list[Line]) -> bool:
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name is its place's
    or organ's name, its matter and its kind (rule_titled_by_place), and its
    text opens on 第一章 or 第一条. No sentence runs on into such a name
    unquoted and then on with its first article: run into that article, the
    name opens a text of its own whatever the line above ended on (an
    excerpt the store cut mid-sentence or inside an aside, '…电子文档(PD'),
    as split.documents opens one at such a name on its own line. A sentence
    citing the rule names it after a citing word or in 《》 (the line above
    ending on it) and goes on with what the article says (cited)."""
    return rule_titled_by_place(title) and not (above and CITES_NEXT_RE.search(above[-1].text.strip()))


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
