"""Stage 4: split an issue's lines into documents, and documents into parts.

Reads the issue's Lines, its 目录 entries and the measure; writes DocSpans
(line ranges, title block, the 目录 entry, part starts) and diagnostics
for 目录 entries and documents that do not match.

A document starts at a title block: a few short lines that end with a kind
word (通知, 办法, 大事记 …) and are followed by the document's frame (its
发文字号, its 主送机关 or its date). The printed 目录 decides which title
blocks are documents of their own: a text the 目录 lists is a document; a
title block it does not list (an issued 实施方案, a forwarded notice, an
attachment) is a part of the document before it. Without a 目录, a block
with a 发文字号 or a kind that stands alone (大事记, 讲话, 任免) starts a
document.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Optional

from ..model import Diagnostic, Line, TocEntry
from ..text.frame import ANNEX_LIST_RE, ANNEX_MARK_RE, DATE_LINE_RE, DATE_RE, DOC_NUMBER_RE, ORGAN_END_RE, kind_of
from ..text.lines import ends_sentence, squash, width
from ..text.measure import MEASURE
from ..text.numbering import LABEL_RE

TITLE_LINES = 6  # a 120-character title printed 20 to a line
STANDALONE_KINDS = {"大事记", "讲话", "任免"}
ADDRESSEE_RE = re.compile(r"^[^。；]{2,160}[:：]$")
ADDRESSEE_WORDS = re.compile(r"各|人民政府|部门|单位|委员会|机关|科室|管委会|办事处")


@dataclass
class TitleBlock:
    start: int  # index in the lines
    end: int  # exclusive
    title: str
    follows: str  # "doc_number", "addressee", "date" or "" — what comes right after it


@dataclass
class DocSpan:
    start: int
    end: int
    title: TitleBlock
    toc: Optional[TocEntry] = None
    parts: list[tuple[int, Optional[str], Optional[str]]] = field(default_factory=list)
    # (start index, part title, annex number) of each part after the first


def is_doc_number_line(text: str) -> bool:
    """A document's own 发文字号 stands on its line, not cited in brackets."""
    match = DOC_NUMBER_RE.search(text)
    return bool(match) and len(text) - len(match.group(0)) <= 12 and not ends_sentence(text) \
        and not re.search(r"[（(《》]", text[:match.start()])


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE_RE.match(text.replace(" ", "")))


def is_addressee_line(text: str) -> bool:
    return bool(ADDRESSEE_RE.match(text)) and bool(ADDRESSEE_WORDS.search(text)) \
        and not LABEL_RE.match(text) and not re.search(r"决定|如下|同志", text)


def _titleish(line: Line) -> bool:
    text = line.text
    return (len(text) <= 150 and "。" not in text and not ends_sentence(text)
            and not LABEL_RE.match(text) and not is_doc_number_line(text)
            and not is_date_line(text) and not ANNEX_MARK_RE.match(text) and not line.cells
            and not ANNEX_LIST_RE.match(text) and not re.match(r"^表\s*\d", text))


def join_title(parts: list[str]) -> str:
    """Title lines rejoin without spaces; a space survives only between Latin words."""
    text = "".join(parts)
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", text)


def wrapped(line: Line, full_width: float) -> bool:
    """A line that fills the file's measure without ending a sentence goes on
    in the next line: whatever follows it is no title."""
    return not line.cells and width(line.text) >= full_width * MEASURE.fills and not ends_sentence(line.text) \
        and not is_date_line(line.text)


def title_blocks(lines: list[Line], skip: set[int], full_width: float) -> list[TitleBlock]:
    """Find each title by the kind word that ends it, then reach back for the
    lines it began on: an issuer line above '关于…', or a line the title was
    wrapped from. A line the extractor marked as a block start begins it.

    Hard-wrapped body text also has lines ending in 方案 or 意见; such a
    line is a title only if the line above does not run on into it, it has
    none of a sentence's inner punctuation, and it does not fill the measure
    exactly, as wrapped body lines do, and run on into a line that starts
    nothing."""
    blocks: list[TitleBlock] = []
    i = 0
    while i < len(lines):
        if i in skip or not _titleish(lines[i]):
            i += 1
            continue
        end = None
        for stop in range(i + 1, min(i + TITLE_LINES + 1, len(lines) + 1)):
            if stop - 1 in skip or not _titleish(lines[stop - 1]) or (stop - 1 > i and lines[stop - 1].starts_block):
                break
            if kind_of(join_title([line.text for line in lines[i:stop]])):
                end = stop
        if end is None:
            i += 1
            continue
        last = end - 1
        if end < len(lines) and _continues_title(lines, end):
            end += 1
        start = _title_start(lines, last, end, skip, blocks[-1].end if blocks else 0, full_width)
        if start > 0 and not lines[start].starts_block and (
                _flows_on(lines[start - 1].text) or wrapped(lines[start - 1], full_width)):
            i = end  # a quoted title inside a sentence, or a wrapped body line
            continue
        if re.search(r"[，；,;]", "".join(line.text for line in lines[start:end])):
            i = end  # a sentence of the body that happens to end in 意见 or 方案
            continue
        after_date = start > 0 and is_date_line(lines[start - 1].text)  # an issued text's title
        if end < len(lines) and MEASURE.full <= width(lines[end - 1].text) / (full_width or 1) <= MEASURE.exact \
                and not ends_sentence(lines[end - 1].text) and not _frame_starts(lines[end]) \
                and not after_date:
            i = end  # a full body line that runs on past the kind word
            continue
        blocks.append(TitleBlock(start, end, join_title([line.text for line in lines[start:end]]),
                                 _what_follows(lines, end)))
        i = end
    return blocks


def _flows_on(text: str) -> bool:
    """A body line that stops mid-sentence continues on the next line."""
    if ends_sentence(text) or is_date_line(text) or text.endswith(CLOSERS_END):
        return False
    return bool(re.search(r"[《“（(、，]$", text)) or bool(re.search(r"[。，；]", text))


def _title_start(lines: list[Line], first: int, end: int, skip: set[int], floor: int,
                 full_width: float) -> int:
    start = first
    while start > floor and end - start < TITLE_LINES and not lines[start].starts_block:
        above = lines[start - 1]
        if start - 1 in skip or not _titleish(above) or (
                re.search(r"[:：@]|\d$", above.text) and not wrapped(above, full_width)):
            break
        head = lines[start].text
        if head.startswith("关于"):
            if ORGAN_END_RE.search(above.text):
                start -= 1
            break
        if "关于" in "".join(line.text for line in lines[start:end]) \
                or not (wrapped(above, full_width) or _wrapped_into(above, head)):
            break
        start -= 1
    return start


def _wrapped_into(above: Line, head: str) -> bool:
    """'…关于印发潜江市促进“互联网+医疗健康”' above '发展实施方案的通知'."""
    return above.text.startswith("关于") or bool(re.search(r"[“《（(、]$|[^\u4e00-\u9fa5]$", above.text)) \
        or not re.match(r"^(?:[\u4e00-\u9fa5]{2,}[市县区州省])", head)


CLOSERS_END = ("）", ")", "”", "》")


def _untitled_end(lines: list[Line], i: int, end: int, full_width: float) -> int:
    """A title without a kind word runs on while its line fills the measure."""
    stop = i + 1
    while stop < end and stop - i < TITLE_LINES and wrapped(lines[stop - 1], full_width) \
            and _titleish(lines[stop]) and not lines[stop].starts_block \
            and not re.search(r"[，；：,;:]", lines[stop].text):
        stop += 1
    return stop


def _frame_starts(line: Line) -> bool:
    """What may follow a title: its 发文字号, 主送机关, date, or a fresh block."""
    return line.starts_block or is_doc_number_line(line.text) or is_addressee_line(line.text) \
        or is_date_line(line.text) or bool(LABEL_RE.match(line.text))


def _continues_title(lines: list[Line], end: int) -> bool:
    """'…实施方案' may be followed by '（试行）' or '（2022—2024年）' on its own line;
    a full date in brackets is a speech's date line, not part of its title."""
    text = lines[end].text
    return bool(re.fullmatch(r"[（(][^）)]{1,12}[）)]", text)) and not DATE_RE.search(text)


def _what_follows(lines: list[Line], end: int) -> str:
    for line in lines[end:end + 2]:
        if is_doc_number_line(line.text):
            return "doc_number"
        if is_addressee_line(line.text):
            return "addressee"
        if is_date_line(line.text):
            return "date"
    return ""


# How many title blocks ahead a 目录 entry's document may lie: the issued
# texts and 附件 of the documents in between each start a title block.
TOC_WINDOW = 80
TOC_MATCH = 0.6  # an entry and a title this alike (difflib ratio) are the same document


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, squash(a), squash(b), autojunk=False).ratio()


def _match_toc(toc: list[TocEntry], blocks: list[TitleBlock]) -> list[tuple[Optional[int], float]]:
    """For each 目录 entry, the title block of its document and the match score.

    Entries and documents come in the same order. Titles printed the same in
    both are anchors (found through a dictionary, in order); an entry between
    two anchors (an OCR slip, a wrapped title) is matched fuzzily among the
    blocks between them, at most TOC_WINDOW ahead: linear time, not
    entries × blocks, and one bad entry cannot pull the rest out of line.
    """
    exact: dict[str, list[int]] = defaultdict(list)  # squashed title → block positions, ascending
    for k, block in enumerate(blocks):
        exact[squash(block.title)].append(k)
    anchors: dict[int, int] = {}
    position = 0
    for n, entry in enumerate(toc):
        same = exact.get(squash(entry.title), [])
        i = bisect_left(same, position)
        if i < len(same):
            anchors[n] = position = same[i]
            position += 1
    next_anchor, following = [len(blocks)] * len(toc), len(blocks)
    for n in range(len(toc) - 1, -1, -1):
        next_anchor[n] = following
        following = anchors.get(n, following)
    out: list[tuple[Optional[int], float]] = []
    position = 0
    for n, entry in enumerate(toc):
        best, best_score = (anchors[n], 1.0) if n in anchors else (None, 0.0)
        if n not in anchors:
            wanted = squash(entry.title)
            for k in range(position, min(next_anchor[n], position + TOC_WINDOW)):
                matcher = SequenceMatcher(None, wanted, squash(blocks[k].title), autojunk=False)
                if matcher.real_quick_ratio() > best_score and matcher.quick_ratio() > best_score:
                    score = matcher.ratio()
                    if score > best_score:
                        best, best_score = k, score
        if best is not None and best_score >= TOC_MATCH:
            position = best + 1
        out.append((best, best_score))
    return out


def split_documents(lines: list[Line], toc: list[TocEntry], toc_lines: set[int],
                    source: str, full_width: float) -> tuple[list[DocSpan], list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    blocks = title_blocks(lines, toc_lines, full_width)
    starts: dict[int, DocSpan] = {}
    if toc:
        for entry, (best, best_score) in zip(toc, _match_toc(toc, blocks)):
            if best is not None and best_score >= TOC_MATCH:
                block = blocks[best]
                starts[block.start] = DocSpan(block.start, 0, block, toc=entry)
            else:
                diagnostics.append(Diagnostic(source, entry.line, "toc-unmatched",
                                              f"目录中的“{entry.title}”在正文中没有找到"))
        first = min(starts) if starts else None
        for block in blocks:
            if block.follows == "doc_number" and block.start not in starts \
                    and (first is None or block.start > first):
                starts[block.start] = DocSpan(block.start, 0, block)
                diagnostics.append(Diagnostic(source, lines[block.start].no, "toc-missing",
                                              f"正文中的“{block.title}”没有列入目录"))
    else:
        for n, block in enumerate(blocks):
            if n == 0 or block.follows == "doc_number" or kind_of(block.title) in STANDALONE_KINDS:
                starts[block.start] = DocSpan(block.start, 0, block)
    spans = [starts[k] for k in sorted(starts)]
    block_starts = [b.start for b in blocks]
    for n, span in enumerate(spans):
        span.end = spans[n + 1].start if n + 1 < len(spans) else len(lines)
        span.parts = _part_starts(lines, span, blocks, block_starts, full_width)
    return spans, diagnostics


def _part_starts(lines: list[Line], span: DocSpan, blocks: list[TitleBlock], block_starts: list[int],
                 full_width: float):
    """Parts begin after the notice's own date: at an 附件 marker, or at a
    title block (the text the notice issues or forwards)."""
    first_date = next((i for i in range(span.title.end, span.end) if is_date_line(lines[i].text)), None)
    if first_date is None:
        return []
    parts = []
    first, last = bisect_left(block_starts, span.title.end), bisect_left(block_starts, span.end)
    titles = {b.start: b for b in blocks[first:last]}
    i = first_date + 1
    while i < span.end:
        annex = ANNEX_MARK_RE.match(lines[i].text)
        if annex:
            title = None
            nxt = i + 1
            if nxt in titles:
                title, nxt = titles[nxt].title, titles[nxt].end
            elif nxt < span.end and _titleish(lines[nxt]):
                stop = _untitled_end(lines, nxt, span.end, full_width)
                title, nxt = join_title([line.text for line in lines[nxt:stop]]), stop
            parts.append((i, title, annex.group("no") or ""))
            i = nxt
            continue
        if i in titles:
            parts.append((i, titles[i].title, None))
            i = titles[i].end
            continue
        stop = _untitled_end(lines, i, span.end, full_width)
        if _titleish(lines[i]) and i > 0 and is_date_line(lines[i - 1].text) and stop < span.end \
                and (not _titleish(lines[stop]) or wrapped(lines[stop], full_width)) \
                and not is_date_line(lines[stop].text) \
                and len(lines[i].text) >= 6 and not ORGAN_END_RE.search(lines[i].text):
            # An issued text whose title has no kind word ("…重点工作责任分解").
            parts.append((i, join_title([line.text for line in lines[i:stop]]), None))
            i = stop
            continue
        i += 1
    return parts


def title_in(text: str, title: Optional[str]) -> bool:
    return bool(title) and re.sub(r"\s", "", text) in re.sub(r"\s", "", title)


def part_body_start(lines: list[Line], start: int, end: int, title: Optional[str]) -> int:
    """Skip the 附件 marker and the title lines at the top of a part."""
    i = start
    if re.match(r"^附\s*件", lines[i].text) and len(lines[i].text) <= 6:
        i += 1
    if title:
        taken = ""
        while i < end and len(taken) < len(re.sub(r"\s", "", title)) and \
                re.sub(r"\s", "", lines[i].text) in re.sub(r"\s", "", title):
            taken += re.sub(r"\s", "", lines[i].text)
            i += 1
    return max(i, start + 1) if i < end else i
