"""Which title blocks open a document, and each document's span: the entry
of the split (split_documents). The document grammar decides; the 目录, where
printed, is the cross-check, and a boundary only one of the two sees is
reported.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import Optional

from ...model import Diagnostic, Line, TocEntry
from ...text.frame import (ABOUT_RE, paren_frame, SALUTATION_RE, ADOPTION_NOTE_RE, BRACKETED_HEADING_RE, ANNEX_MARK_RE, FRONT_MATTER_RE, CLOSING_FORMULA_RE, DAMAGED_DATE_RE,
                           DOCUMENT_KINDS, EXPLAINING_FIELD_RE, GUIDE_FIELD_RE, HAO, HEAD_MARK_RE, HEAD_POST_RE, ISSUER_MARK_RE,
                           ORDER_IN_NOTE_RE, ORDER_NUMBER_RE, ORGAN_END_RE, SIGNER_POST_RE, TOC_HEAD_RE, brief_head,
                           coded_order_number, kind_of, noted_figure_date, older_order_heading, notice_title_forms, own_contents, PREFACE_RE,
                           DATE_RE, OCCASION_RE, PLACE_YEAR_TITLE_RE, SUBTITLE_RE)
from ...text.grid import numbered_rows, serial_header
from ..masthead import SECTION_LABEL_RE, closes_toc_entry
from ...text.lines import CLAUSE_MARK_RE, ends_sentence, squash, width
from ...text.measure import MEASURE, paragraph_indent, printed_width
from ...text.numbering import DECIMAL_HEADING_RE, LABEL_RE, bare_article, cited
from ...text.numerals import cn_to_int
from ...text.rows import CONTINUED_RE
from ...text.script import either_script
from .grammar import (closing_line, NOTE_LINE_RE, organ_names, is_addressee_line, NAME_LINES, ANNEX_HEAD_RE, LEAD_CLAUSE_RE, NOTE_LINES, OWN_RULES_KINDS, PASSES_ON_RE, PASSING_ON_RE,
                      STANDALONE_KINDS, TITLE_GRAMMAR_RE, rule_titled_by_place, titled_by_own_grammar,
                      TITLE_LINES, dated_at, rule_title, ends_file_name, ends_frame, is_date_line, is_doc_number_line, is_notice_mark, is_order_name,
                      JOINT_MASTHEAD_LINES, flows_on, join_title, masthead_name, organ_alone, plan_title, stops_sentence)
from .parts import NESTED_QUOTES, covers, ends_alike, named_above, part_starts
from .spans import DocSpan, TitleBlock
from .titles import (CELL_BAR_RE, explained_over_outline, MONTH_ALONE_RE, ONE_MONTH_TITLE_RE, numbered_order_dated, titled_over_table, titled_over_own_preamble, announces_itself_under, dated_under, party_under, ends_row, parties_apart_over, signed_under, heading_worded_short, kind_banner, masthead_over, names_itself_under, occasion_over, outline_restarts,
                     hands_itself_on_under, levels_open, placed_plan_alone, staged_draft_over_body, title_blocks, title_line, titled_over_ground, appeal_over_public, signs_over_appeal, titleish, unquoted_title, untitled_end, wrapped)
from .toc import TOC_MATCH, match_toc


def _serial_table_end(texts: list[str], i: int) -> int:
    """The end of a table printed one cell a line under the serial header
    texts[i] opens, its rows included (grid.numbered_rows): a cell holds a
    listed document's bare title over its 文号 ('…的通知' / '某政发〔2015〕3号',
    a 清理 list's row), which no title block may take for a 标题 over its
    发文字号; i when no such header opens there."""
    head = serial_header(texts, i)
    if head == i:
        return i
    rows = numbered_rows(texts[i:])
    return i + rows[1] if rows else head


def split_documents(lines: list[Line], toc: list[TocEntry], toc_lines: set[int],
                    source: str, full_width: float) -> tuple[list[DocSpan], list[Diagnostic]]:
    """Documents begin where the document grammar says a new one begins
    (see opens_document); the printed 目录, when there is one, is the strong
    cross-check: its entries start documents, and a boundary only one of the
    two sees is reported."""
    diagnostics: list[Diagnostic] = []
    contents = own_contents([line.text for line in lines], toc_lines)
    listed = frozenset(squash(entry.title) for entry in toc)
    texts = [line.text for line in lines]
    heads = {k for i in range(len(lines)) for k in range(i, _serial_table_end(texts, i))}  # a table's cells
    blocks = _drop_repeated_titles(lines, title_blocks(lines, toc_lines | contents | heads, full_width, listed))
    grammar = _grammar_starts(lines, blocks, toc_lines, full_width)
    titled = {block.end for block in blocks}
    opened = [block.start for block in grammar]
    starts: dict[int, DocSpan] = {}
    if toc:
        orders = {_promulgated_above(lines, block, toc_lines): block for block in grammar}
        names = [(block.title,) + ((name,) if (name := _promulgates(lines, block, toc_lines)) else ()) for block in blocks]
        matches = match_toc(toc, blocks, names)
        matched = [blocks[best].start if best is not None and score >= TOC_MATCH else None for best, score in matches]
        for n, (entry, (best, best_score)) in enumerate(zip(toc, matches)):
            if best is not None and best_score >= TOC_MATCH:
                # A regulation's title printed above its 令 is listed for the 令, which names it.
                block = orders.get(blocks[best].start) or _listed_by_its_text(blocks[best], grammar, opened, starts)
                listed = _organ_listed_above(lines, block, entry.title, toc_lines | contents, max(starts, default=-1))
                if listed.start != block.start and block.start in opened:
                    opened.append(listed.start)  # (the grammar's start, moved up to the organ's line)
                head = _head(lines, listed, toc_lines, contents, titled, full_width)
                # (an organ's 标志 over the title the 目录 lists without it stays the document's, its 版头)
                block = _organ_over_listed(lines, listed, entry.title, entry.section) or listed
                starts[listed.start] = DocSpan(head, 0, block, toc=entry)
            elif (block := _lines_read_as_listed(lines, entry.title, toc_lines | contents, set(starts),
                                                 max(starts, default=0),
                                                 next((k for k in matched[n + 1:] if k is not None), len(lines)))):
                starts[block.start] = DocSpan(_head(lines, block, toc_lines, contents, titled, full_width), 0, block, toc=entry)
            else:
                diagnostics.append(Diagnostic(source, entry.line, "toc-unmatched",
                                              f"目录中的“{entry.title}”在正文中没有找到"))
        opened_set = set(opened)
        for start in sorted(set(starts) - opened_set):
            diagnostics.append(Diagnostic(source, lines[start].no, "toc-grammar",
                                          f"目录在此处开始一件文件，但正文没有新文件的格式（文号、主送等）："
                                          f"{starts[start].title.title}"))
        first = min(starts) if starts else None
        listed_lines = {k for span in starts.values() for k in range(span.title.start, span.title.end)}
        for block in grammar:  # (a piece of a listed title the grammar read as one of its own starts none)
            if block.start not in starts and (first is None or block.start > first) and block.start not in listed_lines:
                starts[block.start] = DocSpan(_head(lines, block, toc_lines, contents, titled, full_width), 0, block)
                diagnostics.append(Diagnostic(source, lines[block.start].no, "toc-missing",
                                              f"正文中的“{block.title}”没有列入目录"))
    else:
        for block in grammar:
            starts[block.start] = DocSpan(_head(lines, block, toc_lines, contents, titled, full_width), 0, block)
    if not starts and not toc and (block := _headed_and_signed(lines, toc_lines | contents, full_width)):
        starts[block.start] = DocSpan(block.start, 0, block)
    ordered = sorted(starts)
    for n, k in enumerate(ordered):
        stop = ordered[n + 1] if n + 1 < len(ordered) else len(lines)
        if (block := _signed_after_close(lines, k, stop, toc_lines | contents, full_width)):
            starts[block.start] = DocSpan(block.start, 0, block)
    spans = [starts[k] for k in sorted(starts)]
    block_starts = [b.start for b in blocks]
    for n, span in enumerate(spans):
        span.end = spans[n + 1].start if n + 1 < len(spans) else len(lines)
        span.parts = part_starts(lines, span, blocks, block_starts, full_width)
    return spans, diagnostics


def _headed_and_signed(lines: list[Line], skip: set[int], full_width: float) -> Optional[TitleBlock]:
    """A text that closes on its frame, the 发文机关署名 alone on its line over the 成文日期 alone on the last
    (GB/T 9704 7.3.5), is a document though its heading names no 文种 (a web page's headline over a signed
    倡议, '某某安全 人人有责'): where the grammar finds no title at all in a file (no 目录 either), a file that
    opens on a heading (titleish: short, no sentence's punctuation, no label, perhaps wrapped: titles.untitled_end)
    over prose (a line that is no frame's: no organ alone, no date, no 发文字号, no 主送) and ends on that frame is
    one document, the heading its title. A file that opens on a sentence, on an organ's name (a 版头 or a
    signature), or that ends on anything but an organ's name over a date, is no such document."""
    texts = [line.text.strip() for line in lines]
    if len(lines) < 4 or 0 in skip or not titleish(lines[0]) or organ_alone(squash(texts[0])) \
            or is_date_line(texts[0]) or is_doc_number_line(texts[0]) or is_addressee_line(texts[0]):
        return None
    end = untitled_end(lines, 0, len(lines), full_width)
    if end > len(lines) - 3 or organ_alone(squash(texts[end])) or is_date_line(texts[end]) \
            or is_doc_number_line(texts[end]) or is_addressee_line(texts[end]):
        return None
    if not (is_date_line(texts[-1]) and organ_alone(squash(texts[-2]))):
        return None
    return TitleBlock(0, end, join_title(texts[:end]), "")


# The 版记's lines (GB/T 9704 7.4): 抄送, 抄报, the 1999 版记's 主题词, the 印发 line.
RECORD_LINE_RE = re.compile(r"^\s*(?:抄\s*送|抄\s*报|主\s*题\s*词|印\s*发)")


def _signed_after_close(lines: list[Line], start: int, stop: int, skip: set[int],
                        full_width: float) -> Optional[TitleBlock]:
    """A document's span [start, stop) that closed its frame above (an organ's name alone over a date alone: its
    发文机关署名 and 成文日期, GB/T 9704 7.3.5) and ends on a second such frame of another organ holds a second
    text: a heading with no 文种 over prose, the last such above that second signature, opens it (a web page's
    headline over a signed 倡议, run on under a notice cut inside the text it issues). Not a heading the 目录 or a
    table holds, nor a front-matter heading (目录), nor one under an 附件 mark, nor a field ('地址:…') or a table's row
    (figures in pieces parted by spaces); nothing but prose and labelled items between it and the second signature (no
    date, no other organ alone), which stands under a finished sentence, not under the 版记's 抄送 (its 印发 line names
    an organ and a date too) or a table's row."""
    texts = [line.text.strip() for line in lines]
    if stop - start < 8 or not is_date_line(texts[stop - 1]) or not organ_alone(squash(texts[stop - 2])):
        return None
    if RECORD_LINE_RE.match(texts[stop - 3]) or lines[stop - 3].cells or not ends_sentence(texts[stop - 3]):
        return None  # the 版记's 印发机关 and 印发日期 under its 抄送 (GB/T 9704 7.4), or a table's last row: no signature
    signer = squash(texts[stop - 2])
    closed = [d for d in range(start + 1, stop - 2) if dated_at(lines, d) and organ_alone(squash(texts[d - 1]))
              and squash(texts[d - 1]) != signer]
    if not closed:
        return None
    for h in range(stop - 4, closed[0], -1):
        if dated_at(lines, h) or organ_alone(squash(texts[h])):
            return None  # another frame between: no one text under one heading
        if h in skip or not titleish(lines[h]) or FRONT_MATTER_RE.match(texts[h]) or is_doc_number_line(texts[h]) \
                or re.search(r"[:：]", texts[h]) or len(texts[h].split()) > 2 or lines[h].cells \
                or any(re.search(r"\d", piece) for piece in texts[h].split()[1:]) \
                or is_addressee_line(texts[h]) or wrapped(lines[h], full_width) \
                or not ends_sentence(texts[_paragraph_end(lines, h + 1, stop, full_width)]) \
                or any(ANNEX_MARK_RE.match(texts[j]) for j in range(max(start, h - 2), h)) \
                or wrapped(lines[h - 1], full_width) or squash(texts[h]) in squash("".join(texts[start:h])):
            continue
        return TitleBlock(h, h + 1, texts[h], "")
    return None


def _paragraph_end(lines: list[Line], k: int, stop: int, full_width: float) -> int:
    """The last line of the paragraph that begins on line k: the lines the measure wrapped run on into the next."""
    while k + 1 < stop and wrapped(lines[k], full_width):
        k += 1
    return k


LISTED_CHARS = 8  # characters of a listed title, at least, that lines of the body reading as it make its title


# How many lines an organ's name the 目录 lists at a title's head may take above the title block (a long name wrapped).
ORGAN_LINES_ABOVE = 2


def _organ_listed_above(lines: list[Line], block: TitleBlock, listed: str, skip: set[int], taken: int) -> TitleBlock:
    """The 目录 prints each document's title whole (GB/T 9704 7.3.1: 发文机关名称, 事由 and 文种): where the entry
    is the title block's title with an organ's name before it, and that name, and nothing else, stands on the line
    (or two) right over the block ('某某镇人民政府办公室' / '关于推进…的紧急通知'), those lines are the title's first,
    its 发文机关, not the signature of the text above that closes with none (a text the store cut, a 通告 with no
    organ printed under it): the block begins on them. A title block whose title the entry is already, or whose
    lines above read as no more than part of the entry's opening, is kept as it is."""
    want, have = squash(listed), squash(block.title)
    if not have or want == have or not want.endswith(have):
        return block
    organ = want[:-len(have)]
    if not organ_alone(organ) or ABOUT_RE.match(have) is None:
        return block
    read = ""
    for i in range(block.start - 1, max(block.start - 1 - ORGAN_LINES_ABOVE, taken, -1), -1):
        if i in skip:
            return block
        read = squash(lines[i].text) + read
        if read == organ:
            return TitleBlock(i, block.end, join_title([line.text for line in lines[i:block.end]]), block.follows)
        if not organ.endswith(read):
            return block
    return block


def _organ_over_listed(lines: list[Line], block: TitleBlock, listed: str,
                       section: Optional[str]) -> Optional[TitleBlock]:
    """The 目录 lists each document by its title as printed (GB/T 9704 7.3.1), and may group documents under their
    issuer's 发文机关标志 ('某某县水利局文件'): where a title block opens on an organ's name alone on its line (or
    two), the line under it opening the 事由 on 关于, the entry is the block's title with that name cut from its head
    and nothing else, and the entry's section is that organ's 标志, the name is the 标志 printed over the title (7.2.2,
    an issue's reprint keeping the organ's name over the title, the 发文字号 under it), no part of the title: the
    title block begins under it. None where the entry names the organ too (the name is then the title's first line,
    its 发文机关), where no section of the 目录 is that organ's 标志 (an entry may leave out the title's organ:
    test_grammar), or where what stands over the 关于 line is no organ's name."""
    want, have = squash(listed), squash(block.title)
    if not want or want == have or not have.endswith(want) or ABOUT_RE.match(want) is None \
            or not section or not squash(section).endswith("文件"):
        return None
    mark = squash(section)[:-len("文件")]
    read = ""
    for i in range(block.start, min(block.start + ORGAN_LINES_ABOVE, block.end - 1)):
        read += squash(lines[i].text)
        if read == have[:-len(want)]:
            if not organ_alone(read) or read != mark:
                return None
            return TitleBlock(i + 1, block.end, join_title([line.text for line in lines[i + 1:block.end]]), block.follows)
        if not have.startswith(read):
            return None
    return None


def _lines_read_as_listed(lines: list[Line], title: str, skip: set[int], taken: set[int], low: int,
                          high: int) -> Optional[TitleBlock]:
    """The 目录 is the strong cross-check: an entry no title block matched
    still starts a document where lines of the body read as it word for word
    (at most TITLE_LINES of them, none of the 目录's own), the title the
    grammar missed (a line of it opening as a label would: '…二座小' /
    '(一)型、十座小(二)型水库度汛方案' / '的通知'). Only between the documents
    the entries around it start (the 目录 lists them in the order printed);
    the first such lines, if no document starts there already. A title too
    short for a heading inside a text not to read as it ('9月' heads a
    chronicle's month) is read only on a line of its own, nothing else on it,
    and no section's heading under its number ('1 总则', which a text's own
    目录 lists): the first line of its name after the document listed before it."""
    want = squash(title)
    if len(want) < LISTED_CHARS:
        return next((TitleBlock(i, i + 1, lines[i].text.strip(), "") for i in range(low, high)
                     if i not in skip and i not in taken and squash(lines[i].text) == want
                     and not SECTION_LABEL_RE.match(lines[i].text.strip())), None)
    for i in range(low, high):
        if i in skip or i in taken or not want.startswith(squash(lines[i].text)[:2] or "\0"):
            continue
        read = ""
        for j in range(i, min(i + TITLE_LINES, high)):
            read += squash(lines[j].text)
            if j in skip or not want.startswith(read):
                break
            if read == want:
                return TitleBlock(i, j + 1, join_title([line.text for line in lines[i:j + 1]]), "")
    return None


def _head(lines: list[Line], block: TitleBlock, skip: set[int], contents: set[int], titled: set[int],
          full_width: float) -> int:
    """A document begins at its 版头 when one is printed above its title (GB/T
    9704: the 发文机关标志 "XX市人民政府文件", or the organ's name alone over a
    title that names it (masthead_over), then the 发文字号 under it), and at
    the marks over them (7.2.1-7.2.3: 份号, 密级, 紧急程度 at the top left; a
    reply's 办理结果 and 公开属性): the end of the document before does not
    take it."""
    start = _promulgated_above(lines, block, skip)
    if start == block.start:
        start = _unheaded_order(lines, block, skip)
    numbered = -1
    if _number_above(lines, block, skip, full_width):
        start -= 1 + _marks_under_number(lines, block, skip)
        top = start
        while block.start - top < JOINT_MASTHEAD_LINES and top > 0 and top - 1 not in skip \
                and is_doc_number_line(lines[top - 1].text):
            top -= 1
        if top < start and top > 0 and top - 1 not in skip and masthead_name(lines[top - 1].text):
            start = numbered = top  # a joint head's numbers, one a line, each organ's (7.2.4), the organs' names over them
    if start == block.start >= 2 and not skip & {start - 1, start - 2} and _mark_over(
            lines, TitleBlock(start - 2, start - 1, lines[start - 2].text.strip(), ""), block):
        start -= 2
    above = lines[start - 1].text if start > 0 and start - 1 not in skip else ""
    # The 发文机关标志 is one line (7.2.2); a page that spaces it out ('XX县气象局 文件') prints the same 版头.
    # (not the organ that signs the text above over a letter's title: signs_over_appeal)
    start = start - 1 if ISSUER_MARK_RE.match(re.sub(r"\s+", "", above)) \
        or masthead_over(above, block.title) and not signs_over_appeal(lines, start - 1, -1) \
        or start < block.start and kind_banner(lines, start - 1) \
        or start < block.start and _letter_head_over(lines, start, skip, full_width) else start - _mark_wrapped_over(
            lines, start, block, skip, full_width)
    if start == block.start:
        start -= _organs_over(lines, block, skip, full_width=full_width)
    elif block.start - start >= 2 and start == numbered:
        start -= _organs_over(lines, replace(block, start=start), skip, numbered=True, full_width=full_width)  # the joint head's organs
    if start == block.start:
        start -= occasion_over(lines, block)
    while start > 0 and start - 1 not in skip and HEAD_MARK_RE.match(lines[start - 1].text.strip()):
        start -= 1
    head = brief_head([line.text for line in lines[max(0, start - 3):start]])
    if head and not skip & set(range(start - head[1], start)):
        start -= head[1]  # a 简报's 报头: its issue, its compiler and date, and its name above them
        if start > 0 and start - 1 not in skip and _bulletin_name(lines[start - 1].text):
            start -= 1
    return _contents_over(lines, start, skip, contents, titled)


MARK_LINES = 3  # lines a 发文机关标志 may be wrapped over at the narrowest measure ('某某区人民政府行政规' / '范性文件')
MARK_SHARED = 4  # characters a mark and the title under it share at the least where both name the organ ('某某市某区')


def _mark_wrapped_over(lines: list[Line], start: int, block: TitleBlock, skip: set[int], full_width: float) -> int:
    """How many lines right over line start are one 发文机关标志 the measure wrapped (GB/T 9704 7.2.2: one line,
    '重庆市某某区人民政府行政规范性文件' as a government heads its 规范性文件; a column of 18 cuts it): two to
    MARK_LINES lines that join into the mark of the organ the title under it names (标题 = 发文机关 + 事由 + 文种,
    7.3.1: its first MARK_SHARED characters the mark's) or over its 发文字号 (7.2.4), each line but the last filling
    the measure (wrapped), the first set apart from the line over it as a line of its own: at the top, indented as
    a paragraph's first line, or under a line that stopped short of the measure or ended a sentence, so that no
    sentence's wrapped words end in it; or 0."""
    for k in range(2, MARK_LINES + 1):
        first = start - k
        if first < 0 or skip & set(range(first, start)):
            return 0
        mark = "".join(squash(line.text) for line in lines[first:start])
        if not ISSUER_MARK_RE.match(mark):
            continue
        if mark[:MARK_SHARED] != squash(block.title)[:MARK_SHARED] and not is_doc_number_line(lines[start].text):
            return 0
        if not all(printed_width(line) >= full_width * MEASURE.fills for line in lines[first:start - 1]):
            return 0
        over = lines[first - 1] if first > 0 and first - 1 not in skip else None
        apart = over is None or paragraph_indent(lines[first]) > 0 or ends_sentence(over.text) \
            or printed_width(over) < full_width * MEASURE.fills
        return k if apart else 0
    return 0


def _letter_head_over(lines: list[Line], number: int, skip: set[int], full_width: float) -> bool:
    """GB/T 9704 10.1 (信函格式): a 函's 发文机关标志 is the organ's full name alone, no 文件, the 发文字号 under it.
    Over the number line that heads a title, such a name is that 版头: at the top, or under a date that closed the
    text before (a signature there is dated; an undated name over a number may be the text before's signer), or
    under a line that stops mid-sentence: a signature stands under a finished text (7.3.5), and a text cut short
    (a page's excerpt that ends inside a word, '…本预案适用于受暴') is signed by no one."""
    k = number - 1
    return k >= 0 and k not in skip and masthead_name(lines[k].text) \
        and (k == 0 or k - 1 in skip or _closing_date(lines[k - 1].text) or _note_under_date(lines, k, skip)
             or _cut_inside_sentence(_paragraph_ending(lines, k - 1, skip, full_width)))


PARAGRAPH_LINES = 60  # lines of a wrapped paragraph, at most, read back from its last


def _paragraph_ending(lines: list[Line], k: int, skip: set[int], full_width: float) -> str:
    """The text of the paragraph that ends on line k: k and the lines over it the measure wrapped into it."""
    j = k
    while j > 0 and k - j < PARAGRAPH_LINES and j - 1 not in skip and wrapped(lines[j - 1], full_width):
        j -= 1
    return "".join(line.text.strip() for line in lines[j:k + 1])


def _cut_inside_sentence(text: str) -> bool:
    """A line that stops inside a sentence and inside a word: it ends on a Han character with no stop, and it is a
    sentence's line (flows_on: a clause mark before its end) or a numbered item's heading with its text run in after
    a space ('四、适用范围 本预案适用于受暴'), where a heading alone, a name, a 结束语 ('特此通知') or an 附件说明's item
    ('2.某某名单') prints no such text going on."""
    text = text.strip()
    if ends_sentence(text) or not re.search(r"[\u4e00-\u9fa5]$", text) or CLOSING_FORMULA_RE.match(text):
        return False
    label = LABEL_RE.match(text)
    return flows_on(text) or bool(label) and bool(re.match(r"[\u4e00-\u9fa5]{2,12}\s+[\u4e00-\u9fa5]{4,}$",
                                                            label.group("rest")))


def _closing_date(text: str) -> bool:
    """The 成文日期 that closes a text (GB/T 9704 7.3.5), whole or as a page stores it damaged, its 月 and 日 lost
    ('2023年125', frame.DAMAGED_DATE_RE): alone on its line, no sentence."""
    return is_date_line(text.strip()) or bool(DAMAGED_DATE_RE.fullmatch(text.strip()))


def _note_under_date(lines: list[Line], k: int, skip: set[int]) -> bool:
    """The 附注 under the 成文日期 (GB/T 9704 7.3.6: in round brackets, on the line under the date) closes the
    text before as the date does: the lines right over k, one to NOTE_LINES of them the measure may wrap it over,
    are one bracket opened on the first and closed on the last ('(联系人:张某;电话:…)', '（此件公开发布）'), and
    a date stands over them."""
    for j in range(k - 1, max(0, k - 1 - NOTE_LINES), -1):
        if j in skip or j == 0:
            return False
        note = "".join(line.text.strip() for line in lines[j:k])
        if re.fullmatch(r"[（(][^（）()]+[）)]", note):
            return j - 1 not in skip and _closing_date(lines[j - 1].text)
    return False


def _organs_over(lines: list[Line], block: TitleBlock, skip: set[int], numbered: bool = False,
                 full_width: float = 0.0) -> int:
    """The lines of a joint 版头 right over the title (GB/T 9704 7.2.1, 联合行文): the issuing organs' names one
    a line, printed without the word 文件 ('中共XX市委组织部' / 'XX市人力资源和社会保障局' / '2013年XX市…公告'). They
    begin the document, not the text above, where nothing stands over them or the line over them stops
    mid-sentence: a signature stands under a finished text ('…特此公告。' / its organs / its date), and a text cut
    short (a page's excerpt) is signed by no one. The measure may leave the sentence's marks on the lines above
    the last (_sentence_cut_short: '…(人社部发〔2010〕82号)等有' under '…(国人部发〔2005〕1号)、'). Over the
    numbers a joint head stacks, each organ's (numbered, 7.2.4), they are a head whatever stands above: no
    signature has numbers under it. 0 for none."""
    k = block.start
    while k > 0 and block.start - k < JOINT_MASTHEAD_LINES and k - 1 not in skip and masthead_name(lines[k - 1].text):
        k -= 1
    if k == block.start and k > 0 and k - 1 not in skip \
            and parties_apart_over(lines[k - 1].text, lines[k].text, block.title):
        k -= 1  # an agreement's parties on one line, parted by spaces
    if k == block.start or not numbered and k > 0 and (
            k - 1 in skip or ends_frame(lines, k - 1) or ends_sentence(lines[k - 1].text)
            or not (flows_on(lines[k - 1].text) or re.search(r"[,，、]$", lines[k - 1].text)
                    or _sentence_cut_short(lines, k - 1, skip, full_width))):
        return 0  # (over a finished sentence, a caption's colon, a list's last name: a signature or a list's rows)
    return block.start - k


def _sentence_cut_short(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
    """Line k is the last of a paragraph the measure wrapped (the lines over it fill it) that stops on a Han
    character with no stop, a sentence's marks inside it (a clause's comma, an enumeration's 、, a semicolon): a
    sentence cut short, as a page's excerpt ends, not a signature, which prints an organ's name a line and no
    sentence's marks (GB/T 9704 7.3.5)."""
    if not full_width or k < 1 or k - 1 in skip or not wrapped(lines[k - 1], full_width):
        return False
    text = _paragraph_ending(lines, k, skip, full_width)
    return bool(re.search(r"[\u4e00-\u9fa5]$", text)) and not ends_sentence(text) \
        and bool(re.search(r"[，、；,;]", text))


def _contents_over(lines: list[Line], start: int, skip: set[int], contents: set[int], titled: set[int]) -> int:
    """A text printed whole (a report, a plan) may set its own 目录 over its
    title, as the page before its title page (frame.own_contents): the
    document begins at that 目录's heading, not the document above. A 目录
    right under a title (titled: the lines title blocks end on) is that
    title's, though an excerpt that ends inside it leaves it over the next;
    so is a 目录 right under the 成文日期 of a notice that passes on a text
    not yet printed (_issued_contents)."""
    k = start
    while k - 1 in contents and k - 1 not in skip:
        k -= 1
    head = k - 1
    return head if 0 <= head < start - 1 and head not in skip | titled and TOC_HEAD_RE.match(lines[head].text.strip()) \
        and not _issued_contents(lines, head, skip, titled) else start


def _issued_contents(lines: list[Line], head: int, skip: set[int], titled: set[int]) -> bool:
    """GB/T 9704 7.3.5 and 8.1, 党政机关公文处理工作条例 第八条: a notice that
    issues or forwards a text ('现将《X》印发给你们') closes on its signature
    and 成文日期, and the text it names is printed under that date, its own
    目录 (a 预案's list of its 1 / 1.1 headings) before its title. A 目录
    heading right under such a date, the text the notice names printed
    nowhere between the notice's title and it, is that text's: the notice's
    part, not the front page of the next title's document."""
    date = head - 1
    if date < 1 or date in skip or not _closing_date(lines[date].text):
        return False
    k = date - 1
    while k >= 0 and k not in titled and k not in skip:
        k -= 1
    if k < 0 or k in skip:
        return False
    body = lines[k + 1:date]
    text = "".join(line.text for line in body)
    named = [squash(name) for sentence in re.split(r"[。；;！？]", text) if PASSING_ON_RE.search(sentence)
             for name in re.findall(r"《([^《》]{4,120})》", sentence)]
    return bool(named) and not any(squash(line.text) in named for line in body)


def _mark_over(lines: list[Line], block: TitleBlock, title: TitleBlock) -> bool:
    """The block is a 公告's or 令's 标志, the organ's name and the kind (GB/T 9704 10: '中国人民银行公告'),
    its serial under it, and right under that the document's full title, of the same kind, with its 关于
    ('中国人民银行关于…的公告'): the 标志 and serial are that title's 版头 (_head), not a document of their own."""
    return title.start == block.end + 1 and (is_order_name(block.title) or is_notice_mark(block.title)) \
        and kind_of(block.title) == kind_of(title.title) \
        and ORDER_NUMBER_RE.match(lines[block.end].text.strip()) is not None and ABOUT_RE.search(title.title) is not None



def _names_bulletin(lines: list[Line], block: TitleBlock, skip: set[int], next_title: int) -> bool:
    """The block is a 简报's name over its 报头, the issue line and its
    compiler and date right under it ('督查通报' / '第9期' / 'XX县人民政府督查室
    2022年9月14日'), and the next title right under that: a name that ends in
    a 文种 (通报, 简报) heads the title of what the issue reports (_head) and
    is no title. A title whose own text follows its number and imprint (a
    纪要 numbered in its series) is one."""
    for taken in (2, 3):
        under = range(block.end, block.end + taken)
        if next_title == block.end + taken and not skip & set(under) and _bulletin_name(block.title) \
                and (head := brief_head([lines[k].text for k in under])) and head[1] == taken:
            return True
    return False


def _bulletin_name(text: str) -> bool:
    """A 简报's name over its issue line ('XX县政务督查', 'XX工作简报'): a few words, no sentence."""
    return 2 <= len(text.strip()) <= BULLETIN_NAME and not re.search(r"[，。；：,;:！？!?、]", text) \
        and not ends_sentence(text) and not LABEL_RE.match(text.strip())


BULLETIN_NAME = 20  # characters of a 简报's name


# The 政府令's promulgating sentence (GB/T 9704 10.2 命令（令）格式): "《XX办法》已经…
# 会议通过，现予公布，自…起施行。"
# A 公告 may name the session first: "…会议于2001年10月17日审议通过的《XX条例》业经…批准，现予公布".
# The verb may come first, as the State Council's 令 words it: "现公布《XX条例》，自…起施行。"; or the
# sentence may say only that the text was adopted and when it takes effect, its 令 publishing it:
# "《XX决定》已经…会议审议通过，本决定自公布之日起30日后实施。" (a 通知's "…通过，现印发给你们" is none).
# A standing committee's 公告 of an autonomous area's text names at length the body that adopted it and the one
# that approved it, and may stop there: "《XX条例》已由…于…通过，并经…于…批准。现予公布，自…起施行。"
# The 公告 a people's congress's 主席团 publishes in its session's name may say only that the session adopted the
# text it prints under its date: "2022年2月25日，XX县第十八届人民代表大会第二次会议表决通过了《XX县人民代表大会
# 议事规则》。" (the sentence ends at the 《name》; a 会议 that "通过了《…》等文件" names more than the text).
PROMULGATES_RE = re.compile(either_script(
    r"^[^《》。；;]{0,60}?(?:《(?P<name>[^《》]{4,80})》[^。《》]{0,160}?。?(?:(?:现予|予以|现)(?:公布|发布)"
    r"|通过[，,](?:本[\u4e00-\u9fa5]{1,4})?自[^。《》]{0,30}?(?:施行|实施))"
    r"|现(?:公布|发布)《(?P<first>[^《》]{4,80})》[，,]?自[^。《》]{0,30}?(?:施行|实施)"
    r"|(?:表决|审议)?通过了《(?P<adopted>[^《》]{4,80})》。)"))


def promulgated(text: str) -> Optional[str]:
    """The name of the regulation a 令's sentence promulgates, or None; a
    space set inside the 书名号 ('《 淮南市公园管理办法》', a scanner's or
    a justified line's) is no part of it."""
    match = PROMULGATES_RE.match(text)
    return (match.group("name") or match.group("first") or match.group("adopted")).strip() if match else None


# An order's name and number in brackets, as a web page prints them after the title it heads the order with.
BRACKETED_ORDER_RE = re.compile(rf"[（(]{ORDER_IN_NOTE_RE.pattern}[）)]")


def _promulgated_above(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """A gazette may print a 政府令's regulation title above the 令 (as its
    heading, the 令 and the regulation's text under it): the title lines
    right above the 令 that its promulgating sentence names are the
    document's, not the end of the one before. A 法规's 题注 (the dates it
    was adopted, wrapped or not) may stand between its title and the order,
    as a 人大常委会 prints a 条例's title, its 题注, then the 公告 that
    promulgates it; or the order's number in brackets, as a web page heads
    the order with the regulation's title and number ('…条例（国务院令 第660号）')."""
    name = _promulgates(lines, block, skip)
    if not name:
        return block.start
    top = block.start  # the title's last line ends here: above the 题注, if one is printed
    for k in range(block.start - 1, max(-1, block.start - NOTE_LINES - 1), -1):
        if k in skip or is_date_line(lines[k].text) or ends_sentence(lines[k].text):
            break  # the end of the document before
        between = join_title([line.text for line in lines[k:block.start]])
        if ADOPTION_NOTE_RE.match(between) or BRACKETED_ORDER_RE.fullmatch(between):
            top = k
    k = top
    while k > 0 and top - k < TITLE_LINES and k - 1 not in skip and title_line(lines, k - 1):
        k -= 1
        if squash(join_title([line.text for line in lines[k:top]])) == squash(name):
            return k
    return block.start


def _promulgates(lines: list[Line], block: TitleBlock, skip: set[int] = frozenset()) -> Optional[str]:
    """The regulation a 令's (or a promulgating 公告's) block promulgates, named
    in the sentence under its 第N号."""
    coded = block.end < len(lines) and coded_order_number(lines[block.end].text) is not None
    if kind_of(block.title) != "令" and not is_order_name(block.title) and not (coded and organ_alone(block.title)):
        return None  # a 令's 版头: 'XX市人民政府令', or the organ alone over its coded 令号 ('渝府令第121号')
    first = block.end + 1 if block.end < len(lines) and (ORDER_NUMBER_RE.match(lines[block.end].text) or coded) \
        else block.end
    return promulgated(join_title([line.text for line in lines[first:first + PROMULGATION_LINES]])) \
        or _rule_over_order(lines, block, first, skip)


def _rule_over_order(lines: list[Line], block: TitleBlock, first: int, skip: set[int] = frozenset()) -> Optional[str]:
    """A law library may keep a 令 without its promulgating sentence: the
    rule's title, the 令's 标志 and number, perhaps the day in brackets
    ('[2007.12.18]'), then the rule's text from its 第一章 or 第一条
    (立法技术规范). The title printed right above the 令 is then the rule it
    promulgates; it opens under the issue's 目录 (skip), whose last entry
    is no line of it."""
    at = first + 1 if first < len(lines) and noted_figure_date(lines[first].text, alone=True) else first
    label = LABEL_RE.match(lines[at].text.strip()) if at < len(lines) else None
    if not (label and (label.group("zhang") or label.group("tiao")) and cn_to_int(
            label.group("zhang") or label.group("tiao")) == 1):
        return None
    for k in range(block.start - 1, max(-1, block.start - TITLE_LINES - 1), -1):
        title = join_title([line.text for line in lines[k:block.start]])
        if k in skip or ends_sentence(lines[k].text) or not title_line(lines, k):
            return None
        if rule_title(title) and (k == 0 or k - 1 in skip or ends_sentence(lines[k - 1].text)
                                  or not title_line(lines, k - 1)):
            return title
    return None


PROMULGATION_LINES = 8  # lines of a 令's number and sentence, at the narrowest measure, that hold the 《name》
HEAD_LINES = 14  # lines of a headless 公告's sentence at the narrowest measure, naming two meetings at length
# The clause that publishes the text, opening a sentence of its own after the one that tells who adopted and approved it.
PUBLISHING_CLAUSE_RE = re.compile(either_script(r"^(?:现予|予以)(?:公布|发布)"))
SIGNER_LINES = 2  # lines of a 令's or 公告's signature over its date: the head's post and name, or organs' names


def _unheaded_order(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """GB/T 9704 10.2: a 令 is its 发文机关标志 and 令号, the promulgating
    sentence, the signer and the date, then the text it promulgates. A page
    may lose the heading (a law site's excerpt opens at the sentence): the
    sentence that names this title, then a 公告's close ('特此公告') and its
    signer (either or both may be left out, as a 公告 of a standing committee
    may print) and its date right above the title, is the document's head,
    where it opens a paragraph after a finished one or a frame's end. Under
    a 令号 or a 公告's serial (the heading printed) it opens nothing: the 令
    began above; but a 令号 alone on its line at the top, after a finished
    paragraph or a frame's end, is the head of a 令 whose 发文机关标志 alone
    was lost, and the 令 begins there. So does the 令's 标志 over the
    sentence (its serial run in or not: _order_mark), or its 令号 under what
    a page kept of its head (_head_over_order_number), whatever the excerpt
    above was cut on: no sentence runs on into a 令's heading. The line it
    begins on, or block.start."""
    k = block.start - 1
    if k < 1 or k in skip or not is_date_line(lines[k].text):
        return block.start
    k -= 1
    for _ in range(SIGNER_LINES):
        if k > 0 and k not in skip and _signer(lines[k].text):
            k -= 1
    if k > 0 and k not in skip and CLOSING_FORMULA_RE.match(lines[k].text.replace(" ", "")):
        k -= 1  # a 公告's 结束语 over its signer ('特此公告')
    if k in skip or not stops_sentence(lines[k].text):
        return block.start
    top = k
    while top > 0 and k - top < HEAD_LINES and top - 1 not in skip and not _order_head_line(lines[top].text) \
            and (not _finished(lines, top - 1) or PUBLISHING_CLAUSE_RE.match(lines[top].text.strip())):
        top -= 1  # ('…批准。' / '现予公布，…': the wrap ended a line on the approval's stop, the 《name》 above it)
    marked = top < k and _order_mark(lines[top].text)  # the 令's 标志 over its number and sentence
    numbered = marked + (top + marked < k and bool(ORDER_NUMBER_RE.match(lines[top + marked].text.strip())))
    sentence = join_title([line.text for line in lines[top + numbered:k + 1]])
    name = promulgated(sentence)
    if numbered and not marked and name:
        number = top
        top = _head_over_order_number(lines, number, name, skip)
        marked = top < number  # (a 令号 with no head over it opens a 令 only after a finished text, as before)
    if not (top == 0 or top - 1 in skip or _finished(lines, top - 1) or marked) or not name \
            or squash(name.translate(NESTED_QUOTES)) not in (squash(unquoted_title(block.title)),
                                                             approved_name(block.title)) \
            or re.search(HAO, sentence[:sentence.index("《")]):
        return block.start  # (a serial before the 《name》: the 令's heading ran into its sentence)
    return top


def _order_mark(text: str) -> bool:
    """The 发文机关标志 of a 令 alone on its line (GB/T 9704 10.2): the organ's
    name and 令 ('XX市人民政府令'), or an older form with its serial run in
    ('沈阳市人民政府第57号令', frame.older_order_heading)."""
    text = text.strip()
    return older_order_heading(text) is not None or (is_order_name(text) and kind_of(text) == "令")


def _order_head_line(text: str) -> bool:
    """A line of a 令's heading: its 标志 or its 令号 alone ('第57号')."""
    return _order_mark(text) or bool(ORDER_NUMBER_RE.match(text.strip()))


def _head_over_order_number(lines: list[Line], number: int, name: str, skip: set[int]) -> int:
    """The top of a 令's heading over its 令号 (line number): its 标志, or,
    where a page lost the 标志's 令, the organ alone, and the title of the
    regulation the sentence names (the page's heading, as a law library
    prints it over the 令, once or again: _promulgated_above), each a line of
    its own; number itself where none stands above it."""
    top = number
    while top > 0 and number - top < TITLE_LINES and top - 1 not in skip:
        text = lines[top - 1].text.strip()
        if not (_order_mark(text) or organ_alone(text) or squash(text) == squash(name)):
            break
        top -= 1
    return top


# A 设区的市's or an autonomous area's 法规 takes force when the province's standing committee approves it (立法法
# 第八十一条, 第八十五条): the city's 公告 that publishes it prints that body's 批准 决定 ('XX省人民代表大会常务委员会关于
# 批准《name》的决定') between its own close and the text, so the 公告's sentence names the text the title under it
# approves. A standing committee approves by 决定 or by 决议, the two forms its acts take (地方各级人民代表大会和
# 地方各级人民政府组织法: 常务委员会 '讨论、决定' and '作出决议'): '…关于批准《name》的决议'.
APPROVES_RE = re.compile(either_script(r"关于批准(?P<name>.+)的(?:决定|决议)$"))


def approved_name(title: str) -> str:
    """The comparison key of the text a 批准 决定's or 决议's title approves, or ''."""
    match = APPROVES_RE.search(squash(title))
    return match.group("name") if match else ""


def published_title(lines: list[Line], span: DocSpan) -> Optional[str]:
    """The text a headless 公告 publishes is the document, as a 令's
    regulation is (_unheaded_order): where the sentence over the 批准 决定
    that heads the span names the text the 决定 approves, and that text is
    printed as the span's part, its title is the document's, the 公告 and
    the 批准 决定 its head. That part's title, or None."""
    if span.start >= span.title.start:
        return None
    name = promulgated(join_title([line.text for line in lines[span.start:span.title.start]]))
    approved = approved_name(span.title.title)
    if not name or squash(name) != approved:
        return None
    return next((title for _, title, annex in span.parts if not annex and title and squash(title) == approved), None)


def _signer(text: str) -> bool:
    """A 令's or 公告's signature line: the head's post, with or without the
    name ('省长 郭树清', '省 长'), or the organ's name."""
    text = text.replace(" ", "")
    return bool(HEAD_POST_RE.match(text) or SIGNER_POST_RE.match(text) or organ_alone(text))


def _finished(lines: list[Line], k: int) -> bool:
    """Line k ends a paragraph that is whole: a sentence stopped, or a frame's end."""
    return stops_sentence(lines[k].text) or ends_frame(lines, k)


HEAD_MARKS_TURNED = 2  # lines of the 版头's marks a narrow measure may turn off the number's line ('签发人:' / a name)


def _marks_under_number(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """GB/T 9704 7.2.4 and 7.2.6: a 上行文 prints the 签发人 at the right of the 发文字号's line; a narrow measure
    turns it onto a line of its own ('某价费字〔2009〕95号' / '签发人:张某'), still over the title. The lines of such
    marks (HEAD_MARK_RE) right over the title, a number line right over them: how many (they stand between the
    number and the title it heads), or 0."""
    n = 0
    while n < HEAD_MARKS_TURNED and block.start - 1 - n >= 0 and block.start - 1 - n not in skip \
            and HEAD_MARK_RE.match(lines[block.start - 1 - n].text.strip()):
        n += 1
    k = block.start - 1 - n
    return n if n and k >= 0 and k not in skip and is_doc_number_line(lines[k].text) else 0


def _number_above(lines: list[Line], block: TitleBlock, skip: set[int], full_width: float) -> bool:
    """GB/T 9704 prints the 发文字号 in the 版头, on its own line under the
    发文机关标志 and above the title ("长绿府议[2019]1号", in brackets if a
    reprint adds them): a number line right above a title with none under it
    is that title's, unless a title (ending in its kind word) stands right
    above the number: then the number is printed under that one. A line of
    the 目录 (skip) is no title, nor is a short line of a list of names, nor
    the last line of a sentence the wrap carried on from full lines above
    it (_sentence_runs_into), though it ends on a kind word."""
    above = block.start - 1 - _marks_under_number(lines, block, skip)
    if not (above >= 0 and is_doc_number_line(lines[above].text)
            and (above == 0 or above - 1 in skip
                 or not (title_line(lines, above - 1) and kind_of(lines[above - 1].text)) or kind_banner(lines, above - 1)
                 or _sentence_runs_into(lines, above - 1, skip, full_width)
                 or _issued_after_date(lines, above - 1) or _annexed_after_date(lines, above - 1))):
        return False
    # A title with its 发文字号 under it may have a second number over its head: the 备案号 or 登记号 a
    # government prints at the top left of a 规范性文件 ('渝文备〔2017〕1218号' over the organ and the title,
    # '开州府通〔2017〕8号' under it). It opens the head still, unless it closes the text above: a number
    # printed after that text's date or signature is that text's own.
    return block.follows != "doc_number" or above == 0 or above - 1 in skip \
        or not (dated_at(lines, above - 1) or _signer(lines[above - 1].text))


def _sentence_runs_into(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
    """Line k is the last line of a sentence the wrap carried on from the
    full lines above it: the line over it fills the measure and ends no
    sentence (wrapped), and it, or the first line over a run of full lines
    with no mark of their own, holds a sentence's stop ('…設監管等職責。明確
    由鄉鎮黨政辦和設置在鄉鎮的' / '縣農業農村、自然資源和規劃', an excerpt the
    store cut there). A 标题 is the organ, the 事由 and the 文种 (GB/T 9704
    7.3.1) and holds no sentence's stop, and nothing that fills the measure
    runs on into its first line: line k, though it ends on a kind word
    ('规划'), is no title's last line, and a 发文字号 under it is no number
    printed under a title (7.2.4), but the head of the title under it."""
    j = k - 1
    if j < 0 or j in skip or not wrapped(lines[j], full_width):
        return False
    while j - 1 >= 0 and j - 1 not in skip and not re.search(r"[。；！？;!?]", lines[j].text) \
            and wrapped(lines[j - 1], full_width):
        j -= 1  # a full line under a full line: the sentence runs through it
    return bool(re.search(r"[。；！？;!?]", lines[j].text))


ISSUED_LOOKBACK = 60  # lines above an issued text's title in which the notice that names it may stand


def _issued_after_date(lines: list[Line], k: int) -> bool:
    """The title ending on line k stands right under a 成文日期 and is the
    very text the notice above names in 《》 as the one it issues ('现将
    《T》印发给你们'): the text a notice issues, printed after the notice's
    date (GB/T 9704 8.1: the 印发 notice carries the 发文字号, the text it
    issues prints none of its own). A number line under such a title is no
    number of its: it opens the next document's head, over the title under
    it. A title under another document's date that no notice above names
    is a document of its own, and the number under it may be its. The
    date may have its 附注 under it ('（此件公开发布）', 7.3.6: printed under
    the 成文日期, over the text issued), and the notice may name the text
    with its edition or period inside the 《》 or after it, its range of
    years joined by any 连接号 (GB/T 15834 4.13: '2021-2023年',
    '2021—2023年')."""
    top = k
    while top > 0 and k - top < TITLE_LINES and title_line(lines, top - 1) and not dated_at(lines, top - 1) \
            and not _dated_note(lines, top - 1):
        top -= 1
    if not (top > 0 and (dated_at(lines, top - 1) or _dated_note(lines, top - 1))):
        return False
    name = re.sub(r"\s+", "", "".join(line.text for line in lines[top:k + 1]))
    above = re.sub(r"\s+", "", "".join(line.text for line in lines[max(0, top - ISSUED_LOOKBACK):top]))
    named = {key for quoted in re.findall(r"《([^《》]+)》", above) for key in _issued_name_keys(quoted)}
    return len(name) >= 4 and bool(_issued_name_keys(name) & named)


EDITION_RE = re.compile(r"[（(][^（）()]*[）)]$")  # a text's edition or period after its name, '(2022年版)'
DASHES_RE = re.compile(r"[-‐‑–—―－~～]+")  # the 连接号 a range of years is printed with (GB/T 15834 4.13)


def _issued_name_keys(name: str) -> set[str]:
    """A text's name as a notice may name it: whole, or without the edition
    or period after it, its 连接号 read as one."""
    name = DASHES_RE.sub("-", name)
    return {name, EDITION_RE.sub("", name)} - {""}


def _dated_note(lines: list[Line], k: int) -> bool:
    """Line k is a 附注 (NOTE_LINE_RE) printed under a 成文日期 (GB/T 9704
    7.3.6), the date on the line closing_line gives over it."""
    return bool(NOTE_LINE_RE.match(lines[k].text)) and not paren_frame(lines[k].text) \
        and (at := closing_line(lines, k)) < k and dated_at(lines, at)


def _annexed_after_date(lines: list[Line], k: int) -> bool:
    """The title ending on line k is an 附件's title printed after the
    document's 成文日期 under its '附件' mark (GB/T 9704-2012 8: the annex
    follows the text, its mark at the top left, its title under it), and the
    附件说明 above names it ('附件：…名单'): an annex prints no 发文字号 of its
    own (7.2.4 numbers the document, 7.3.7 lists its annexes), so a number line
    under it opens the next document's head, over the title under it. An
    annex the 附件说明 does not name may be a document of its own."""
    top = k
    while top > 0 and k - top < TITLE_LINES and title_line(lines, top - 1) \
            and not ANNEX_MARK_RE.match(lines[top - 1].text.strip()):
        top -= 1
    if not (top > 1 and ANNEX_MARK_RE.match(lines[top - 1].text.strip()) and dated_at(lines, top - 2)):
        return False
    name = re.sub(r"\s+", "", "".join(line.text for line in lines[top:k + 1]))
    above = [re.sub(r"\s+", "", line.text) for line in lines[max(0, top - ISSUED_LOOKBACK):top - 2]]
    heads = [n for n, text in enumerate(above) if ANNEX_HEAD_RE.match(text)]
    return len(name) >= 4 and bool(heads) and name in "".join(above[heads[-1]:])  # (the 附件说明 a measure wrapped)


def _listed_by_its_text(block: TitleBlock, grammar: list[TitleBlock], opened: list[int],
                        starts: dict) -> TitleBlock:
    """A 目录 may list a document by the text it issues (a 政府令 by the
    条例 it promulgates). When the grammar reads the listed title as a part
    of the document opened just above it, and no earlier entry starts that
    document (entries come in order: the last one added is the latest), the
    entry is that document's."""
    k = bisect_right(opened, block.start) - 1
    if k < 0 or grammar[k].start == block.start or (starts and next(reversed(starts)) >= grammar[k].start):
        return block
    return grammar[k]


def _drop_repeated_titles(lines: list[Line], blocks: list[TitleBlock]) -> list[TitleBlock]:
    """A gazette may print a document's title twice (its own heading, then the
    document's title block): the second is no new title. Its lines stay in
    the body (nothing printed is dropped), one paragraph; the frame under it
    is the title's and starts afresh. The second may lack the organs (GB/T
    9704 7.3.1: under the 版头 that names them the title may open at 关于, a
    reprint names them above the 发文字号). A 题注 may stand between the
    two: a web page's title and the 题注 over the text as printed, its title
    again. A law library prints it more than twice, its heading over the
    text's and the organs' line between ('关于…的通知' twice, 'XX部 XX部',
    '关于…的通知' twice): each repeat is read from the one before it. A news
    page may print it again over the signature and date (_over_close)."""
    out: list[TitleBlock] = []
    last: Optional[TitleBlock] = None  # the latest repeat of out[-1]
    for block in blocks:
        if len(out) > 1 and _approval_leaf(lines, out[-2], out[-1], block):
            out.pop()  # the 决议 approving the text, printed between its cover and its title page: the text's
            last = None
        if out and (_same_title(out[-1].title, block.title) and (_title_frame_between(lines, last or out[-1], block)
                                                                 or _over_close(lines, block))
                    or last is None and _restated_after_lead(lines, out[-1], block)
                    or _same_number_under(lines, last or out[-1], block)
                    or block.start == (last or out[-1]).end
                    and heading_worded_short(squash(out[-1].title), squash(block.title))
                    or last is None and _copy_lost_characters(lines, out[-1], block)):
            # (the document's own heading right under the page's, worded short: titles.heading_worded_short)
            if block.end < len(lines):
                lines[block.end] = replace(lines[block.end], starts_block=True)
            out[-1] = TitleBlock(out[-1].start, out[-1].end, out[-1].title, block.follows or out[-1].follows)
            last = TitleBlock(block.start, block.end, out[-1].title, out[-1].follows)
        else:
            out.append(block)
            last = None
    return out


COPY_KEPT_SHARE = 0.8  # of the title's characters a copy that lost some in extraction keeps, at the least
COPY_LEAD_LINES = 1  # lines between the title and the block read as one: the copy's first, which opened no title


def _copy_lost_characters(lines: list[Line], title: TitleBlock, again: TitleBlock) -> bool:
    """A web page's headline over the document's own title as printed, which
    the page's extraction left with characters lost ('关于印发《…“双随机、一
    公开”…》的通知' over '于印发 …' / '“双随机、 公开”…的通知', the 关 and the 一
    gone): the lines from under the headline to the end of the block read as
    a title are the headline's characters in order, most of them, ending in its
    文种 (GB/T 9704 7.3.1: a 标题 names its 文种 once, at its end). It is the
    same title again, no second document; its first line, opening on a word's
    tail, was read as no title's."""
    if not title.end <= again.start <= title.end + COPY_LEAD_LINES:
        return False
    whole, copy = squash(title.title), squash(join_title([line.text for line in lines[title.end:again.end]]))
    kind = kind_of(whole)
    if not kind or kind_of(copy) != kind or not COPY_KEPT_SHARE * len(whole) <= len(copy) < len(whole):
        return False
    rest = iter(whole)
    return all(ch in rest for ch in copy)


def _over_close(lines: list[Line], again: TitleBlock) -> bool:
    """The title printed again right over the 署名 and the 成文日期 that close
    the text (GB/T 9704 7.3.5), as a news page sets the headline it ran
    over the text again at its foot ('唐山市某局关于…的通知' / '唐山市某某局' /
    '2020年4月16日'): a document has a body between its title and its close
    (7.3.3), so a title with nothing under it but organs' names and a date
    opens none; it closes the text whose title it repeats."""
    signed = False
    for line in lines[again.end:again.end + NAME_LINES + 1]:
        text = line.text.strip()
        if is_date_line(text):
            return signed
        if not organ_names(text):
            return False
        signed = True
    return False


def _same_number_under(lines: list[Line], title: TitleBlock, again: TitleBlock) -> bool:
    """A site's headline (the title and the 发文字号 after it) over the head as
    printed, the organ and the 文书's name, then the same 发文字号 under them
    (GB/T 9704 7.2.4): the number makes the second head the first's repeat,
    though its wording differs (a letter-spaced 版头 that lost a character in
    extraction, a headline that names the case). Only a head right under the
    first's number line, the same number under each."""
    if not (title.follows == again.follows == "doc_number" and again.start == title.end + 1
            and again.end < len(lines)):
        return False
    first, second = lines[title.end].text, lines[again.end].text
    return is_doc_number_line(first) and is_doc_number_line(second) and squash(first) == squash(second)


def _approval_leaf(lines: list[Line], cover: TitleBlock, approval: TitleBlock, again: TitleBlock) -> bool:
    """A plan or 纲要 printed as a book: its cover (the title, the organ, the
    year and month), the leaf of the 人大's 决议 or 决定 that approved it
    ('…人民代表大会…关于XX纲要的决议', its 题注, perhaps its text), then the
    title page, the title again over the organ and month, and the text. The
    approval's title names the text it approves; printed between the text's
    title and its repeat, with no more than the cover's frame above it, it
    is the text's front matter, not a document of its own."""
    return kind_of(approval.title) in ("决议", "决定") and _same_title(cover.title, again.title) \
        and squash(cover.title) in squash(approval.title) and squash(cover.title) != squash(approval.title) \
        and approval.start - cover.end <= 3 and again.start - approval.end <= NOTE_LINES


def _title_frame_between(lines: list[Line], title: TitleBlock, again: TitleBlock) -> bool:
    """Between a title and its repeat, a line or two of frame, or the 题注 the first stands over."""
    between = join_title([line.text for line in lines[title.end:again.start]])
    return again.start - title.end <= 2 or title.follows == "note" and again.start - title.end <= NOTE_LINES \
        and "。" not in between and bool(ADOPTION_NOTE_RE.match(between))


LEAD_MAX = 200  # characters a lead's one sentence takes at most ('根据…，现将…通告如下：')
LEAD_END_RE = re.compile(either_script(r"如下\s*[:：]\s*$"))  # the lead announcing the items under it


def _restated_after_lead(lines: list[Line], title: TitleBlock, again: TitleBlock) -> bool:
    """The document's own title, whole or without the organ it opens on
    (GB/T 9704 7.3.1), run in after the lead right under it, one sentence
    announcing the items on its colon ('…现将有关事宜通告如下：关于…的通告',
    a page's restatement; no date, signature or 附件 mark between): where
    the wrap sets it at a line's head
    it is the title printed again in the body, no second document. A 转发's
    title ends on the forwarded title, which its lead may set under a colon
    too: a title that passes a text on (PASSES_ON_RE) restates none, and
    only an organ's name may stand before the words repeated."""
    between = join_title([line.text for line in lines[title.end:again.start]])
    if not (title.end < again.start and len(between) <= LEAD_MAX and LEAD_END_RE.search(between)
            and not re.search(r"[。！？!?；;]", between)
            and not any(is_date_line(line.text) or ANNEX_MARK_RE.match(line.text.strip())
                        for line in lines[title.end:again.start])):
        return False
    first, repeat = squash(title.title), squash(again.title)
    if PASSES_ON_RE.search(first):
        return False
    return first == repeat or bool(ABOUT_RE.match(repeat)) and first.endswith(repeat) \
        and organ_alone(first[:len(first) - len(repeat)])


def _same_title(title: str, again: str) -> bool:
    if squash(again) in {squash(form) for form in notice_title_forms(title)[1:]}:
        return True  # a web page lists a 公告 by its number and subject, which the print sets under its title or leaves out
    title, again = squash(title), squash(again)
    return again == title or bool(ABOUT_RE.match(again)) and title.endswith(again) and len(title) > len(again) \
        or bool(ABOUT_RE.match(title)) and again.endswith(title) and len(again) > len(title) \
        and bool(ORGAN_END_RE.search(again[:len(again) - len(title)]))


def _grammar_starts(lines: list[Line], blocks: list[TitleBlock], skip: set[int],
                    full_width: float) -> list[TitleBlock]:
    """The title blocks that open a document, read in order: the first one,
    and each later one that opens_document unless the document it would end
    names it (the text it issues, forwards or attaches), and one under the
    sentence, signer and date of a 令 that lost its heading, after the
    document above closed its frame (_unheaded_order, _past_frame) or under
    the 令号 the page kept. A title
    with no frame and another title right under it has no body: it opens
    nothing."""
    out: list[TitleBlock] = []
    layers: list[TitleBlock] = []  # the titles read since the last document opened
    for n, block in enumerate(blocks):
        if not block.follows and n + 1 < len(blocks) and blocks[n + 1].start == block.end \
                and not _issues_title_under(blocks, n):
            layers.append(block)  # a list of titles (a cover's 要目), no document's own
            continue
        if n + 1 < len(blocks) and _promulgated_above(lines, blocks[n + 1], skip) <= block.start:
            layers.append(block)  # the regulation's title printed above the order that promulgates it
            continue
        if n + 1 < len(blocks) and _mark_over(lines, block, blocks[n + 1]):
            layers.append(block)  # a 公告's 标志 and serial over its full title: the 版头 of the title under it
            continue
        if n + 1 < len(blocks) and _names_bulletin(lines, block, skip, blocks[n + 1].start):
            layers.append(block)  # a 简报's name over its 报头 ('督查通报' / '第9期' / its compiler and date)
            continue
        order = _unheaded_order(lines, block, skip)
        if order < block.start and (not out or out[-1].end <= order and (
                _past_frame(lines, out[-1], order, skip) or ORDER_NUMBER_RE.match(lines[order].text.strip())
                or _heads_order(lines, order, block))):
            out.append(block)  # a 令 that lost its heading, under a finished text or with its 令号 (no text
            # prints one over a sentence it passes on), or under its 标志 (or what a page kept of it) whatever the
            # excerpt above was cut on: the text above names it not; never a head that holds the title opened above
            layers = []
            continue
        if out and plan_title(block.title) and _same_title(out[-1].title, block.title):
            layers.append(block)  # a plan printed as a book: its title page under its cover (the 决议 that approved it
            # between), the title again over the organ and month: the plan's front matter, no second plan
            continue
        below = blocks[n + 1].start if n + 1 < len(blocks) else len(lines)
        if out and _articles_run_on(lines, out[-1], block, below):
            layers.append(block)  # a line of the text above, its articles numbered on under it
            continue
        if not out or ((opens_document(lines, block, skip, full_width) or _signed_text(lines, block, below)
                        or _next_month_page(out[-1], block)
                        or out and _names_itself(lines, out[-1], block, below, full_width)
                        or out and _outlined_alone(lines, out[-1], block, below, full_width)
                        or _past_named_texts(lines, out[-1], block, layers)
                        or out and _names_itself_past_named(lines, out[-1], block, below, layers)
                        or out and _levels_open_past_named(lines, out[-1], block, layers)
                        or out and _levels_open_past_named(lines, out[-1], block, layers,
                                                           lambda lines, end: placed_plan_alone(lines, block.start,
                                                                                                end, full_width))
                        or _rules_past_text(lines, out[-1], block, layers)
                        or _plan_past_plan(lines, out[-1], block, layers))
                       and not named_above(lines, out[-1], block, [layer.title for layer in layers])):
            out.append(block)
            layers = []
        else:
            layers.append(block)
    return out


def _next_month_page(opened: TitleBlock, block: TitleBlock) -> bool:
    """A month alone under a chronicle titled by one other month opens that month's page (titles.month_page: a
    chronicle of one month holds no other month's heading)."""
    return bool(MONTH_ALONE_RE.match(squash(block.title))) and bool(ONE_MONTH_TITLE_RE.match(squash(opened.title)))


def _heads_order(lines: list[Line], k: int, block: TitleBlock) -> bool:
    """Line k, where _unheaded_order found the head of the 令 that promulgates
    block, is a line of a 令's heading: its 标志 or 令号, the organ that lost
    its 令, or the page's heading naming the regulation — a head no text
    prints over a sentence it passes on, whatever the excerpt above was cut on."""
    text = lines[k].text.strip()
    return _order_head_line(text) or organ_alone(text) or squash(text) == squash(block.title)


def _issues_title_under(blocks: list[TitleBlock], n: int) -> bool:
    """A 印发/转发 notice's 标题 names the text it passes on (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种, the 事由
    '印发《X》'; 党政机关公文处理工作条例 第八条: a 通知 issues or forwards texts): printed right over X's own title,
    X's body under it, it is that notice's head over its part — a page that kept the notice's title and left out its
    主送, body and signature — not a list of titles. The title names X whole (in 《》 or bare between its verb and its
    文种, '…等三项制度' after it allowed), and a body stands under X's title (a cover's 要目 runs title after title)."""
    below = blocks[n + 1]
    if n + 2 < len(blocks) and blocks[n + 2].start == below.end:
        return False
    passes = PASSES_ON_RE.search(squash(blocks[n].title))
    if not passes:
        return False
    names = re.findall(r"《([^《》]{4,120})》", blocks[n].title) or [passes.group("object")]
    return squash(below.title) in {squash(name) for name in names}


ARTICLE_REACH = 80  # lines between a title and the nearest article label above or under it that the check reads


def _articles_run_on(lines: list[Line], opened: TitleBlock, block: TitleBlock, below: int) -> bool:
    """条号贯穿全文 (立法技术规范): a 法规's articles are numbered through it
    and a text's first is 第一条, so when the first article under a title is
    the next after the last above it ('第三十四条' … '第三十五条'), the title
    is a line of the text above (a heading that lost its 第X章, a body line
    that happens to end in a kind word), not a new document's."""
    last = next((number for k in range(block.start - 1, max(opened.end, block.start - ARTICLE_REACH) - 1, -1)
                 if (number := _article_number(lines[k].text))), None)
    return bool(last) and next((number for k in range(block.end, min(below, block.end + ARTICLE_REACH))
                                if (number := _article_number(lines[k].text))), None) == last + 1


def _article_number(text: str) -> Optional[int]:
    """The number of the 第X条 a line opens with, not one a sentence cites or amends ('第八条规定…')."""
    label = LABEL_RE.match(text)
    if not label or not label.group("tiao") or cited(text, label):
        return None
    return cn_to_int(label.group("tiao"))


def _past_frame(lines: list[Line], opened: TitleBlock, k: int, skip: set[int]) -> bool:
    """The document opened above has closed its frame before line k: its
    成文日期 (or its 题注's under its title) stands between its head and k
    (a 令 that lost its heading is dated over its title), or the 施行 clause
    that closes a text stands right above k. What follows is its parts or
    the next document, not its body."""
    return opened.follows == "note" or _in_force(lines, k - 1) \
        or any(dated_at(lines, j) for j in range(_unheaded_order(lines, opened, skip), k))


def opens_document(lines: list[Line], block: TitleBlock, skip: set[int], full_width: float) -> bool:
    """GB/T 9704: a document is 标题, then 发文字号 and 主送机关, body,
    signature and 成文日期. A title block opens one when

    - its 发文字号 follows it (alone, in brackets, or a 政府令's 第N号), or
      stands right above it (the 版头 position);
    - it is a regulation's title with its 题注 (the dates it was adopted) under
      it, perhaps under the organ line a law compilation prints: a frame no
      sentence runs into (title_blocks), whatever line stands above;
    - it ends in one of the 15 文种 of a 公文 with its year and month right
      under it or under the line of its compilers (a 统计公报's '2023年4月'),
      or a reprint's date in brackets ('（2019年4月12日）'); so does a plan's
      title, named with its 规划期 (plan_title), as a plan's cover prints it
      over its compilers and the month it was finished ('…专项规划' /
      '某某县民政局' / '2020年11月'), whatever the text above ended on;
    - it ends in a 文书's name ('…行政处罚决定书') and the party it is served
      on follows it, perhaps under its number ('当事人：…': titles.party_under),
      as a 主送 follows a 公文's title;
    - it ends in its 文种 and its 主送机关 follows it (7.3.1–7.3.2: a title
      of any form, '转用告知书（…批次）' too, over the 主送; a forwarded
      layer the document above names stays its part);
    - it follows the end of a document's frame (成文日期, perhaps with a
      附注 such as （此件公开发布） under it, 印发 or 抄送 line), or the
      施行 clause that closes a text, and is not an 附件;
    - it carries the full 标题 grammar, 发文机关 + 关于 + 事由 + 文种
      (title_blocks already refused a title the line above runs into), inside
      the 《》 a page's headline may quote it in (unquoted_title: the marks
      are the page's);
    - its kind stands alone (大事记, 讲话, 任免);
    - it addresses the public under it as an appeal does ('广大公民朋友们：':
      titles.appeal_over_public), a short line with no sentence's marks over
      the salutation, whatever 文种 it names or none, whatever the text above
      ended on;
    - it ends in its kind and a collection's first case's ordinal follows
      it ('…典型案例' / '案例一'), as a 主送 follows a 公文's title;
    - it ends in one of the 15 文种 (or 公示) and reads as a title by its
      own grammar, its organ's or place's name or its year and place first,
      over a line that opens the body on its ground ('依据…', '根据…':
      titles.titled_over_ground), whatever the text above ended on (an
      excerpt cut mid-sentence): a text a notice issues is a 规定, 办法 or
      方案, no 公文 of these kinds;
    - it names its place first and ends on its matter with no 文种, over
      a first paragraph whose 过渡语 hands that very matter on ('…现将…
      “红黑榜”情况予以公布。': titles.hands_itself_on_under), whatever the
      text above ended on;
    - it reads as a title by its own grammar, its organ's whole name and
      the year first, over a table's head ('序号', '序号 |': a plan published
      as a table, titles.titled_over_table), whatever the text above ended on;
    - it is a meeting record's headline, the meeting and the verb that held
      it ('…主持召开县政府第49次常务会议', '…人民政府第32次常务会议召开':
      meeting_headline), whatever line stands above (a story's credit, the
      writers' names the page closed it on);
    - it is a question with its answer under it ('…？' / '答：…'), a
      问答's item an organ publishes on its own (titles.letters.answered_question);
    - it ends in one of the 15 文种 of a 公文 (通报, 纪要, 函…) after a line
      that ends a sentence (not in a colon: _closes_sentence), a division's
      heading, a list's item or a table's last row or cell: a text never ends on the name of a 公文, though
      a 纪要 has no 主送 and a web page may drop the rest of the frame (the
      texts a document issues or attaches are 规定, 办法, 名单…, and one it
      names stays its part);
    - its text's outline starts at 一、 under an article of the text above,
      or (a 公文's title) under its 二、 or later (outline_restarts);
    - it is a regulation's title with its articles beginning at
      第一章/第一条, or a speech's or report's title with the occasion it
      was delivered at ('——2025年1月16日在…会议上'), under it, after a line
      that ends a sentence (the last article of the
      text above, or a frame's end), a table's last row or cell, or a
      division's heading the text above was cut short on."""
    if block.start > 0 and ANNEX_MARK_RE.match(lines[block.start - 1].text) and re.search(r"[一二三四五六七八九十]",
                                                                                      lines[block.start - 1].text):
        return False  # an 附件 under the older mark that numbers it in Chinese numerals ('附一:'), printed whole with
        # its own frame (the 请示报告 a reply answers, its 发文字号 and 主送): the document's
    if block.follows == "doc_number" and _cited_by_title_and_number(lines, block):
        return False  # a name the text cites, 《标题》 over its number in brackets, under its own heading
    if _annexed_before_any_frame(lines, block):
        return False  # an 附件 printed whole, its own frame and all, under the mark a body ends on
    if block.follows == "doc_number" and _annexed_after_date(lines, block.end - 1) \
            and block.end + 1 < len(lines) and block.end + 1 not in skip and title_line(lines, block.end + 1):
        return False  # the 附件 its 附件说明 names, under its mark after the date: the number under it heads the
        # title under that (the next document's 版头, _number_above), no number of the annex's
    if block.follows in ("doc_number", "note", "answer") or kind_of(block.title) in STANDALONE_KINDS \
            or (block.follows in ("addressee", "case") and kind_of(block.title)) or _number_above(lines, block, skip, full_width) \
            or (dated_under(lines, block.end) and (kind_of(block.title) in DOCUMENT_KINDS or plan_title(block.title))) \
            or signed_under(lines, block.end, block.title) or party_under(lines, block.end, block.title) \
            or (block.follows == "addressee" and appeal_over_public(lines, block.start, block.end)) \
            or numbered_order_dated(lines, block.end, block.title):
        return True  # (an enforcement 文书's party line under its title and number, where a 公文 prints its 主送; an
        # appeal's title, of any 文种 or none, over the public it addresses, as a 主送 stands under a 公文's title)
    above = block.start - 1 - occasion_over(lines, block)  # (over a speech's occasion printed above its theme)
    if above < 0 or dated_byline_under(lines, block):
        return True
    if block.follows in ("articles", "occasion") and (ends_sentence(lines[above].text) or _in_table(lines[above])
                                                            or _division_heading_at(lines, above)):
        return True
    if ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title):
        return False  # an 附件, its marker above or on the title's line: 附件2：…
    planned = plan_title(block.title)
    return ends_frame(lines, above) or _guide_under(lines, block) or _in_force(lines, above) \
        or bool(TITLE_GRAMMAR_RE.match(unquoted_title(block.title))) or meeting_headline(block.title) \
        or outline_restarts(lines, block.start, block.end) \
        or (kind_of(block.title) in DOCUMENT_KINDS and announces_itself_under(lines, block.end, block.title)) \
        or ((kind_of(block.title) in DOCUMENT_KINDS or kind_of(block.title) == "公示")
            and titled_over_ground(lines, block.start, block.end)) \
        or titled_over_table(lines, block.start, block.end) \
        or hands_itself_on_under(lines, block.end, block.title) \
        or explained_over_outline(lines, block.start, block.end) \
        or ((kind_of(block.title) in DOCUMENT_KINDS or kind_of(block.title) == "公示" or planned)
            and (_closes_sentence(lines[above].text) or _in_table(lines[above])
                 or bool(EXPLAINING_FIELD_RE.match(lines[above].text.strip()))
                 or _division_heading_at(lines, above)
                 or _list_item(lines[above].text)
                 or ends_file_name(lines, above))) \
        or (planned and closes_toc_entry(lines[above].text.strip())) \
        or (_closes_sentence(lines[above].text) and _guide_with_lead(lines, block)) \
        or (block.follows == "articles" and rule_titled_by_place(block.title)) \
        or staged_draft_over_body(lines, block.start, block.end) \
        or _placed_title_under_short_line(lines, block, above, full_width)
    # (planned: a text's own 目录 ended above; a guide published on its own: its 开头 under it; a rule titled by its
    # place or organ over its 第一章 or 第一条 is a text of its own whatever the line above ended on: a sentence runs
    # on into a title it cites with words, inside 《》, and no chapter heading or first article follows it)


BYLINE_WRAP = 3  # lines a speech's 副题 may be wrapped over
SPEAKER_MAX = 30  # characters of the speaker's line in a byline ('市教育局局长、党委书记 赵青山')


def dated_byline_under(lines: list[Line], block: TitleBlock) -> bool:
    """A speech's or a report's title as a gazette, a yearbook or a paper
    prints it: under the theme its 副题 after a dash naming the occasion it was
    delivered at ('——在全市教育工作会议上的报告'), then the day it was delivered
    in brackets ('（2014年3月5日）'), perhaps after the speaker's post and name
    on a line of its own: the delivered text's 题注, its frame. Such a title
    opens a document whatever the line above ended on (an excerpt the store
    cut mid-sentence): no sentence runs on into a line that a 副题 and a
    bracketed day follow. A report made to a congress's standing committee
    names whom it addresses under its 副题 instead (the 主送 or the members
    by their offices, '区人大常委会：', '主任、各位副主任、…各位委员：'): a frame
    too. A 副题 with no day or 主送 under it, or a line under the title that
    only names an occasion without its dash, is no such frame."""
    if block.follows != "occasion" or block.end >= len(lines) or not SUBTITLE_RE.match(lines[block.end].text):
        return False
    stop = next((k for k in range(block.end + 1, min(len(lines), block.end + BYLINE_WRAP) + 1)
                 if OCCASION_RE.match("".join(line.text.strip() for line in lines[block.end:k]))), None)
    if stop is None:
        return False
    for k in range(stop, min(len(lines), stop + 2)):
        text = lines[k].text.strip().replace(" ", "")
        if re.fullmatch(r"[（(][^（）()]*[）)]", text) and DATE_RE.search(text):
            return True  # the day in brackets, under the occasion or under the speaker
        if k == stop and (is_addressee_line(text) or SALUTATION_RE.match(text)):
            return True  # whom the report is made to, right under the occasion
        if len(text) > SPEAKER_MAX or re.search(r"[。，,；;：:！!？?]", text) or LABEL_RE.match(text):
            return False  # a sentence or a heading: the body, no byline
    return False


def _annexed_before_any_frame(lines: list[Line], block: TitleBlock) -> bool:
    """GB/T 9704-2012 8 (附件): an 附件 is printed after the document's 成文日期, under the mark '附件' (with its
    number, if any) at the page's top left, and may be a 公文 whole, its own 发文字号, 主送, signature and date (a
    notice a 公示 shows the public, a 请示 a reply answers). A bare mark right under a body's sentence, no signature
    or 成文日期 between them (a page that drops them, or a 公示 that prints none), marks the next title as that
    document's 附件 though it carries a frame of its own: a document ends on its frame (7.3.5) before the next
    one begins, never on a mark that announces what follows. A mark under a 成文日期 is no proof (a page may end
    on an 附件 mark whose list it lost, and the next document begin there). A mark right over another mark heads
    nothing (its annex not printed: a picture or a file the page links), so the text over the run of bare marks
    decides: under a body's sentence they are that body's, under a 成文日期 they are a signed document's marks whose
    annexes the page lost, and the title under the last is the next document's."""
    above = block.start - 1
    if above < 1 or not ANNEX_MARK_RE.match(lines[above].text.strip()):
        return False
    k = above - 1
    while k > 0 and ANNEX_MARK_RE.match(lines[k].text.strip()):
        k -= 1  # the marks of annexes not printed, one over the other
    return ends_sentence(lines[k].text) and not ANNEX_MARK_RE.match(lines[k].text.strip()) \
        and not ends_frame(lines, k)


GUIDE_REACH = 4  # lines under a guide's title its first element's label stands within (its item's name between)


def _guide_under(lines: list[Line], block: TitleBlock) -> bool:
    """A 办事指南 (政务服务事项办事指南) is titled by its item and 指南 (…服务指南,
    …办事指南, …办理指南) and prints no 发文字号, 主送, signature or 成文日期:
    under its title its elements begin, each a label (设定依据, 申请材料,
    办理流程, 办理时限, 咨询电话…: GUIDE_FIELD_RE), perhaps under the item's
    name. Such a title opens a document whatever the text above ended on
    (a guide before it ends on its last value, a telephone number or the
    hours); one the document above names or marks as its 附件 stays its part."""
    return kind_of(block.title) == "指南" and any(
        GUIDE_FIELD_RE.match(lines[k].text.strip()) for k in range(block.end, min(len(lines), block.end + GUIDE_REACH)))


def _guide_with_lead(lines: list[Line], block: TitleBlock) -> bool:
    """A 指南 or 指引 an organ publishes to the public on its own (how to
    apply for a service while its windows are closed), titled by its matter
    and the word, no 发文字号, 主送, signature or date: under its title its
    开头 begins, the purpose or basis it opens on ('为做好…工作，', '根据…，':
    grammar.LEAD_CLAUSE_RE), as a 公文's body does. After a sentence that
    closes the text above, such a title opens a document of its own; one
    the text above names (印发 by a notice, cited in 《》) stays its part."""
    if kind_of(block.title) != "指南" or block.end >= len(lines):
        return False
    lead = "".join(line.text.strip() for line in lines[block.end:block.end + 2])
    above = "".join(line.text for line in lines[max(0, block.start - 40):block.start])
    return bool(LEAD_CLAUSE_RE.match(lead)) and block.title not in above.replace(" ", "")


def _cited_by_title_and_number(lines: list[Line], block: TitleBlock) -> bool:
    """党政机关公文处理工作条例 (第二十条: 引用公文应当先引标题，后引发文字号):
    a text cites a document by its 标题 in 《》 and its 发文字号 in brackets after
    it; a page that breaks the citation over two lines prints the name in 《》
    on its own line and the number in brackets under it. Under one of the
    text's own outline headings ('二、依据的政策文件') or a line that announces
    what follows in a colon, such a pair is what the heading or sentence
    lists, not a document opening: a title is printed bare (GB/T 9704 7.3.1),
    and a page that quotes a whole title as its headline does so over a body,
    not under a heading of the text above."""
    above = block.start - 1
    name = join_title([line.text for line in lines[block.start:block.end]]).strip()
    number = lines[block.end].text.strip() if block.end < len(lines) else ""
    return above >= 0 and name.startswith("《") and name.endswith("》") and name.count("《") == 1 \
        and number[:1] in "（(" and number[-1:] in "）)" and is_doc_number_line(number) \
        and (_division_heading_at(lines, above) or lines[above].text.rstrip().endswith((":", "：")))


def _past_named_texts(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[TitleBlock]) -> bool:
    """A notice names the texts it issues or forwards ('现将《…》印发给你们',
    or its title's 印发 object): once each of them is printed under it, a
    further text of the kind it issued, after a line that ends a sentence,
    which it does not name and no 附件 mark heads, is another document's (a
    工作要点 printed alone after the one a notice issued), though unsigned and
    with no 主送. A text's own list under a title of its own ('…成员名单' after
    the 规则 that says it is 附后) is of another kind: it stays the text's."""
    above = block.start - 1
    if not layers or kind_of(block.title) != kind_of(layers[-1].title) or not kind_of(block.title) \
            or above < 0 or not ends_sentence(lines[above].text) \
            or ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title):
        return False
    named = _passed_on(lines, opened, layers[0].start)
    return bool(named) and all(any(covers(name, squash(layer.title)) for layer in layers) for name in named)


def _names_itself_past_named(lines: list[Line], opened: TitleBlock, block: TitleBlock, below: int,
                             layers: list[TitleBlock]) -> bool:
    """A notice names each text it passes on or attaches ('现将《…》印发给你们',
    its 附件说明 '附件：《…》', GB/T 9704 7.3.4: every 附件 by its name): once
    each of them is printed under it, a further title by its own grammar (its
    organ's or place's name first, or 发文机关 + 关于 + 事由, its 文种 last, no
    clause mark and no 《》) whose first paragraph names the text by that 文种
    as the text itself ('…结合我市实际，制定本方案。': names_itself_under) is a
    text of its own, whatever the line above ended on (the last text's article
    an excerpt cut mid-sentence): no sentence runs on past a 文种 into a
    preamble that says which text it opens, and the notice names no more texts.
    Under a document that passes nothing on (no 印发 object in its title, no
    附件 or 印发给 in its text) the title is one too; under a notice that names
    none of what it passes on, or one still to be printed, it stays its part;
    an 附件 mark over it keeps it the document's."""
    above = block.start - 1
    if above < 0 or ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title) \
            or not titled_over_own_preamble(lines, block.start, block.end):
        return False
    if not PASSES_ON_RE.search(squash(opened.title)) \
            and not any(HANDS_ON_RE.search(line.text) for line in lines[opened.end:block.start]):
        return True
    title = join_title([line.text for line in lines[block.start:block.end]]).replace(" ", "")
    named = _passed_on(lines, opened, layers[0].start if layers else block.start)
    if named and not any(kind_of(name) == kind_of(title) or covers(name, squash(title))
                         or ends_alike(name, title) for name in named):
        return True  # (党政机关公文处理工作条例 第八条: a 通知 passes on the texts it names; a 转发 of a 通知 or a 印发
        # of a 办法 that names none of the 文种 whose preamble says '制定本方案' holds no 方案: its own, printed alone)
    named = named if layers else []
    # (a name the store damaged in the notice or in the text's own title, ending on the same words: parts.ends_alike)
    return bool(named) and all(any(covers(name, squash(layer.title)) or ends_alike(name, layer.title) for layer in layers)
                               for name in named)


def _levels_open_past_named(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[TitleBlock],
                            opening: Callable[[list[Line], int], bool] = levels_open) -> bool:
    """A notice names each text it passes on ('现将《…》印发给你们', its title's 印发 object): once each of them is
    printed under it, a further title by its own grammar (its organ's or place's name first, or 发文机关 + 关于 +
    事由, its 文种 last, no clause mark and no 《》) over the opening of a text numbered by levels (GB/T 1.1 章条编号,
    as an 应急预案 is: its first chapter '1  总则' over its first section '1.1  编制目的', its 目录's first rows or its
    body's first headings, titles.levels_open) is a text of its own, whatever the line above ended on (the last text an
    excerpt cut mid-sentence): a sentence that runs into a text's name goes on with words, never with a chapter's
    number and heading alone on a line over its first section's, and the notice names no more texts. Under a
    document that passes nothing on the title is one too, and so under a notice whose named texts are all of
    other 文种 than the title's and none of them is it (a notice that issues a 办法, its articles printed with no
    title over them, holds no 预案 numbered by levels: 党政机关公文处理工作条例 第八条, a 通知 issues the texts it names);
    under a notice that names none of what it passes on, or one of the title's 文种 still to be printed, it stays
    its part; an 附件 mark over it, or the same title again, keeps it the document's. (opening: what must stand under
    the title instead of the levels' opening; titles.placed_plan_alone, a plan's whole title by its place and period
    alone on its lines, GB/T 15834 4.15: a sentence cites a text's name in 书名号 and goes on with words.)"""
    above = block.start - 1
    title = block.title.replace(" ", "")
    if above < 0 or ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title) \
            or not titled_by_own_grammar(title) or not opening(lines, block.end) \
            or any(_same_title(other.title, block.title) for other in [opened] + layers):
        return False
    if not PASSES_ON_RE.search(squash(opened.title)) \
            and not any(HANDS_ON_RE.search(line.text) for line in lines[opened.end:block.start]):
        return True
    named = _passed_on(lines, opened, layers[0].start if layers else block.start)
    if named and not any(kind_of(name) == kind_of(title) or covers(name, squash(title)) for name in named):
        return True  # (a 办法 it issues, its articles printed under it, holds no text numbered by levels of another 文种)
    return bool(named) and all(any(covers(name, squash(layer.title)) for layer in layers) for name in named)


def _rules_past_text(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[TitleBlock]) -> bool:
    """A body's own rules (a 章程, 工作规则, 议事规则 or 议事制度, a 公约),
    titled alone after a line that closes a sentence (or a division's heading
    the text above was cut short on) with no 附件 mark over it,
    open a document of their own, though unsigned and with no 发文字号 or 主送
    (a portal prints them so), once the document above has passed on all it
    passes on: a notice that issues texts names them ('现将《…》印发给你们',
    its title's 印发 object) and each is printed under it, so a text it does
    not name is no part of it, whatever its kind; a text that is itself a body's
    rules, or a 公约, passes nothing on: rules printed after it are another
    body's. A notice that names nothing it issues keeps what follows (its
    attachment, the mark lost)."""
    above = block.start - 1
    if kind_of(block.title) not in OWN_RULES_KINDS or above < 0 \
            or not (_closes_sentence(lines[above].text) or _division_heading_at(lines, above)) \
            or ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title):
        return False
    named = _passed_on(lines, opened, layers[0].start if layers else block.start)
    if named:
        return bool(layers) and all(any(covers(name, squash(layer.title)) for layer in layers) for name in named)
    return kind_of(opened.title) in OWN_RULES_KINDS


# A year's plan by the 文种 its title ends on: 工作要点, 工作计划, 工作安排 (a 计划 or 安排 of the year's work).
YEAR_PLAN_KINDS = ("要点", "计划", "安排")
TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年")


def _plan_past_plan(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[TitleBlock]) -> bool:
    """A year's 工作要点 or 计划 printed alone (titled by its year, no notice
    issuing it: the document above is itself of that kind) is the plan: it
    issues and forwards nothing, so a further title of its kind naming a
    year ('2021年某某区…工作要点' under '2021年全区…工作要点'), after a line
    that closes a sentence and with no 附件 mark over it, and no other title
    read between, is another plan, though neither is signed, dated or
    addressed (a portal prints them so). The same title again is the
    document's own (a headline over it)."""
    above = block.start - 1
    kind = kind_of(block.title)
    return not layers and kind in YEAR_PLAN_KINDS and kind_of(opened.title) == kind \
        and bool(TITLE_YEAR_RE.search(block.title)) and bool(TITLE_YEAR_RE.search(opened.title)) \
        and above >= 0 and _closes_sentence(lines[above].text) \
        and not ANNEX_MARK_RE.match(lines[above].text) and not ANNEX_HEAD_RE.match(block.title) \
        and not _same_title(opened.title, block.title) and not _passed_on(lines, opened, block.start)


def _passed_on(lines: list[Line], opened: TitleBlock, end: int) -> list[str]:
    """The texts a notice passes on, as its own text (up to line end) names
    them in a sentence that passes them on ('现将《…》印发给你们'), or else as
    its title's 印发/转发 object names them."""
    text = "".join(sentence for sentence in re.split(r"[。；;！？]", "".join(
        line.text for line in lines[opened.end:end])) if PASSING_ON_RE.search(sentence))
    named = re.findall(r"《([^《》]{4,120})》", text) \
        or [m.group("object") for m in [PASSES_ON_RE.search(squash(opened.title))] if m]
    return [squash(name) for name in named]


def _signed_text(lines: list[Line], block: TitleBlock, below: int) -> bool:
    """A title ending in its 文种 after a line that ends a sentence (not in a
    colon: _closes_sentence), whose text ends in a signature and its 成文日期 (GB/T 9704 7.3.5) before the
    next title: a text signed and dated is a document of its own, though it
    has no 发文字号 or 主送 and its 文种 is not one of a 公文's ('…安置方案'
    of a 国土资源局 under the last article of the text above). A name list's
    row ends as a sentence does, with its post (ends_row). An 附件 is
    the document's; a text the document above names stays its part (named_above)."""
    above = block.start - 1
    if above < 0 or not kind_of(block.title) \
            or not (_closes_sentence(lines[above].text) or ends_row(lines, above)) \
            or ANNEX_MARK_RE.match(lines[above].text) or re.match(either_script(r"附\s*件"), block.title):
        return False  # an 附件, its mark above the title or run into it ('附件1青川县…规划（征求意见稿）')
    return any((is_date_line(lines[k].text) or DAMAGED_DATE_RE.match(lines[k].text.strip()))
               and organ_alone(lines[k - 1].text.replace(" ", "")) for k in range(block.end + 1, below))


# A sentence that passes a text on, named or not ('现将有关制度附后', '…印发给你们'), or the 附件 mark: not the
# '现将…情况通报如下' of a 通报 or a report, which announces its own text.
HANDS_ON_RE = re.compile(either_script(r"附后|(?:印发|转发|批转|下发)给|附\s*件"))


def _names_itself(lines: list[Line], opened: TitleBlock, block: TitleBlock, below: int,
                  full_width: float) -> bool:
    """A title ending in its 文种 (a 方案, 办法, 规定… that no 公文 frame need
    hold: no 主送 or signature) after a line that ends a sentence (not in a
    colon), whose first paragraph names the text by that 文种 as the text
    itself ('…结合我市实际，制定本方案。', '特制定本办法'): the preamble of a text
    of its own, printed alone, not a heading of the text above. An 附件 is
    the document's, and so is a text under a document that passes texts on
    (its title's 印发 object, '现将有关制度附后', '…印发给你们'), named or not;
    a text the document above names stays its part (named_above)."""
    return _alone_after(lines, opened, block, full_width) and names_itself_under(lines, block.end, block.title, below)


def _outlined_alone(lines: list[Line], opened: TitleBlock, block: TitleBlock, below: int,
                    full_width: float) -> bool:
    """A title by its own grammar (its organ's or place's name first, or its
    year, or 发文机关 + 关于 + 事由, and its 文种 last, no clause mark) after a
    line that ends a sentence, whose outline opens under it at the first
    division of its scheme (一、, 第一章, 第一条): a text's outline counts
    on and never back, and a document that passes no text on (_alone_after)
    holds no second text's; so it is a text of its own, printed alone (a
    工作要点 or a 细则 after a notice a page cut before its signature)."""
    if not _alone_after(lines, opened, block, full_width) or not titled_by_own_grammar(block.title, year_first=True):
        return False
    first = next((label for k in range(block.end, below) if (label := LABEL_RE.match(lines[k].text.strip()))), None)
    return first is not None and any(first.group(scheme) and cn_to_int(first.group(scheme)) == 1
                                     for scheme in ("cn", "zhang", "tiao"))


def _alone_after(lines: list[Line], opened: TitleBlock, block: TitleBlock, full_width: float) -> bool:
    """The title ends in its 文种 after a line that ends a sentence (not in a
    colon), a table's last row or cell (no sentence runs on out of a table's
    cell into a title), or a division's heading alone the text above was cut short
    on (a page's excerpt ending under '一、…的整改情况': no heading has a
    title for its text; the heading read whole where the wrap filled a line
    of it, _heading_ends_at), under no 附件 mark, and the document above passes no
    text on (its title's 印发 object, '现将有关制度附后', '…印发给你们', named or
    not): what it titles is no part of that document."""
    above = block.start - 1
    return above >= 0 and bool(kind_of(block.title)) \
        and (_closes_sentence(lines[above].text) or _in_table(lines[above]) or _heading_ends_at(lines, above, full_width)) \
        and not ANNEX_MARK_RE.match(lines[above].text) and not re.match(either_script(r"附\s*件"), block.title) \
        and not PASSES_ON_RE.search(squash(opened.title)) \
        and not any(HANDS_ON_RE.search(line.text) for line in lines[opened.end:block.start])


def _heading_ends_at(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k ends a division's heading alone (_heads_division): the line
    itself, or the heading whose lines above it the wrap filled (a narrow
    measure sets '一、财政部门预算执行问题的' over '整改情况'), joined."""
    first = k
    while full_width and first > 0 and k - first < NAME_LINES and wrapped(lines[first - 1], full_width):
        first -= 1
    return _heads_division(lines[k].text) or first < k and _heads_division(
        join_title([line.text for line in lines[first:k + 1]]))


# A 纪要 titled by the meeting and the verb that held it, as a portal heads its record of the government's own
# meeting (frame.KINDS: '区政府召开第2次区长办公会议', '…第32次常务会议召开', '某某主持召开县政府第49次常务会议').
HELD_RE = re.compile(either_script(r"召开"))


def meeting_headline(title: str) -> bool:
    """A meeting record's headline (HELD_RE): the meeting of the kind 纪要 and 召开. No text ends on one: a sentence
    that tells of the meeting goes on to what it did and ends on its full stop (title_blocks refuses a line a
    sentence runs into), so the headline opens the next record after any line, also a line that ends no sentence,
    a story's credit (its writers' names alone, '张某某 李 某', set apart by spaces the layout closes up)."""
    return kind_of(title) == "纪要" and bool(HELD_RE.search(title))


def _closes_sentence(text: str) -> bool:
    """The line ends a sentence, and not in a colon: a sentence that does
    announces what follows ('…调整时间和标准如下：'), a list or a table under
    its title ('…两步调整方案'), which are its text's."""
    return ends_sentence(text) and not text.rstrip().endswith((":", "："))


def _in_table(line: Line) -> bool:
    """A row of a table, a form's cell printed alone with its column's bar, or
    a table's '续表' mark (its rows an image the extractor lost)."""
    return line.cells is not None or bool(CELL_BAR_RE.search(line.text)) or bool(CONTINUED_RE.match(line.text))


def _heads_division(text: str) -> bool:
    """The line is a division's heading alone: a 章 or 节 (立法技术规范), an
    outline's 一、/（一） with a short name and no sentence punctuation, or a
    section numbered by levels ('1.2 编制依据', GB/T 1.1). Its
    text follows it (第X条, a paragraph), never the title of a 公文: one
    there opens the next document, the text above having ended early, as a
    file cut short or a page's excerpt does ('第二章征收范围和标准' over
    '2022年第八次…的通报'). So is a long text's 前言 (序言) heading alone (a
    规划's or 纲要's front matter, its ground and aim under it): a page's
    excerpt cut right under it ends there, and a plan's title under it is
    the next text's. So is a heading in lenticular brackets alone on its
    line, as a collection of cases heads each part of a case ('【基本案情】',
    '【案情简介】', '【典型意义】'): the part's text follows it."""
    label = LABEL_RE.match(text)
    return bool(label) and any(label.group(g) for g in ("zhang", "jie", "cn_formal", "cn", "cn_paren")) \
        and not CLAUSE_MARK_RE.search(label.group("rest")) and width(label.group("rest")) <= DIVISION_NAME \
        or _article_caption(text) \
        or bool(DECIMAL_HEADING_RE.match(text)) or bool(PREFACE_RE.match(text.strip())) \
        or bool(BRACKETED_HEADING_RE.fullmatch(text.strip()))



DIVISION_NAME = 24  # a 章's or an outline heading's name on its line is no wider
ARTICLE_CAPTION = 8  # an article's caption (条标: '第一条 目的', '第六条 管理单位') is no wider


def _article_caption(text: str) -> bool:
    """An article's label with its caption alone on the line (条标, as some
    regulations print each article's: '第一条 目的' over the article's text):
    a heading, short, a name with no sentence's punctuation, the article's
    text under it; an excerpt cut right under it ends there."""
    label = LABEL_RE.match(text.strip())
    return bool(label) and bool(label.group("tiao")) and _caption(label.group("rest"))


def _caption(text: str) -> bool:
    text = text.strip()
    return bool(text) and width(text) <= ARTICLE_CAPTION and not re.search(r"[，。；：、,;:！？!?（）()“”《》]", text)


def _division_heading_at(lines: list[Line], k: int) -> bool:
    """Line k heads a division (_heads_division), or is an article's caption
    an extractor set on the line under its label ('第六条' / '管理单位')."""
    return _heads_division(lines[k].text) or k > 0 and bare_article(lines[k - 1].text) and _caption(lines[k].text)


def _placed_title_under_short_line(lines: list[Line], block: TitleBlock, above: int, full_width: float) -> bool:
    """A 公文's title whole by its own grammar, its place and the year its 事由 opens with ('某市2014年招聘…通知',
    GB/T 9704 7.3.1) ending in one of the 文种, on a line under the last line of a wrapped paragraph: the line
    above stops short of the measure (ending on no lead's colon) under a line the wrap filled. The wrap fills
    every line of a paragraph but its last, so the paragraph above ended there, though the store cut its
    sentence ('…须具有新' / '邵'); no sentence opens a paragraph of its own on a place, a year and a kind word
    over the body's next line: the title opens a text. A title with a frame of its own under it (block.follows: its
    发文字号, 主送, 题注, the occasion of a speech or report, its articles) is read by that frame's own rule."""
    if not full_width or above < 1 or kind_of(block.title) not in DOCUMENT_KINDS or block.follows \
            or not PLACE_YEAR_TITLE_RE.match(block.title):
        return False
    short = lines[above]
    return not short.cells and not wrapped(short, full_width) and width(short.text.strip()) < full_width / 2 \
        and not short.text.rstrip().endswith((":", "：", "，", ",", "、")) \
        and wrapped(lines[above - 1], full_width)


def _list_item(text: str) -> bool:
    """The line is an item of a numbered list and nothing more: a name, as a
    名单 prints one ('3、豫园街道方西居委会'), with no sentence punctuation.
    The next item or the text goes on under it, never the title of a 公文."""
    label = LABEL_RE.match(text)
    return bool(label) and not re.search(r"[，。；：,;:！？!?《》“”]", label.group("rest")) \
        and 2 <= width(label.group("rest")) <= DIVISION_NAME


def _in_force(lines: list[Line], k: int) -> bool:
    """Line k ends a text with its 施行 clause ("本办法自2001年5月1日起施行。",
    "此通告自发布之日起执行。"), the last article a regulation or notice
    prints (立法技术规范: the effective date closes the text)."""
    return bool(IN_FORCE_RE.search(join_title([line.text for line in lines[max(0, k - 2):k + 1]])))
# The 施行 clause that closes a text: "自2001年5月1日起施行。", "自发布之日起执行，有效期三年。", perhaps with
# the text it replaces repealed after it (立法技术规范: "…起施行。1995年7月10日发布的《…条例》同时废止。").
IN_FORCE_RE = re.compile(either_script(r"自[^。；;]{1,40}起(?:施行|执行|实施|生效)(?:[，,][^。；;]{0,30})?[。.]"
                                       r"(?:[^。；;]{0,80}废止[。.])?$"))
