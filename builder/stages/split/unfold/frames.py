"""A reprint's bracketed frame (成文日期, 发文字号) and a 发文字号 at a line's
head, with the title or the text the page ran on after them, set out on
lines of their own.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ....model import Line
from ....text.frame import (ABOUT_RE, CLOSE_BRACKETS, DAMAGED_NUMBER_RE, DATE_RE, DOC_NUMBER_RE, HAO, ISSUER_MARK_RE,
                            kind_of, kind_word_goes_on, OPEN_BRACKETS, ORGAN_START_RE, PAGE_ALONE_RE, paren_frame,
                            posted_number, SIGNER_BESIDE_RE, YEAR_FIRST_NUMBER_RE)
from ....text.lines import CLAUSE_MARK_RE, ends_sentence, width
from ....text.measure import MEASURE, paragraph_indent, printed_width
from ....text.script import either_script, simplified
from ...masthead import closes_toc_entry
from ..grammar import (ACKNOWLEDGED_RE, ADDRESSEE_WRAP, balanced, is_addressee_line, is_date_line, is_doc_number_line,
                       REPLY_OPENING_RE, TITLE_CHARS, TITLE_GRAMMAR_RE, TITLE_LINES)
from .forms import TITLE_PIECE_LINES


# A 发文字号 printed at the head of the title's line, a space between them,
# as web pages lay out their 版头: "X政发〔2010〕22号 X市人民政府关于…的决定",
# the number perhaps damaged in extraction ("X府办发〔202026 X市…的通知");
# or, the page having lost the break, no space but the title's opening 关于
# after the whole number's 号 ("X教发[2015]1号关于印发…的通知"): a title opens on
# its organ or on 关于, never on a number. So too a title that opens, right after the 号, on its organ by the
# full name of its place ("X征告字〔2024〕第16号X县人民政府(X管委会)土地征收启动公告": a 公告's 标题 of 发文机关 +
# 事由 + 文种, GB/T 9704 7.3.1, the organ's second name in brackets after it) and ends on its kind word.
NUMBER_THEN_TITLE_RE = re.compile(rf"""^(?P<frame>{DOC_NUMBER_RE.pattern} | {DAMAGED_NUMBER_RE.pattern})
    (?: \s+ (?P<title>(?!{HAO})[^\s，。；：,;:].*) | (?<={HAO}) (?P<about_title>{ABOUT_RE.pattern}.*)
      | (?<={HAO}) (?P<organ_title>{ORGAN_START_RE.pattern[1:]}[^\s，。；：,;:]*) )$""", re.X)


# A 发文字号 in its brackets at the head of the line, the title run on after it with no space: a reposting site's
# headline ('(某政发〔2016〕21号)区人民政府关于印发…的通知').
BRACKETED_NUMBER_THEN_TITLE_RE = re.compile(rf"""^(?P<frame>[（(]\s*(?:{DOC_NUMBER_RE.pattern})\s*[）)])
    (?P<title>[^\s，。；：,;:（(].*)$""", re.X)


def number_then_title(line: Line, below: Sequence[Line] = (), full_width: float = 0.0) -> list[Line]:
    """GB/T 9704 prints the 发文字号 in the 版头, above the title: a line that
    begins with one, then a space and words with no sentence punctuation
    (a title, or its first piece a narrow measure cut off), is given back
    that form, the number on a line of its own above the title. The wrap
    measured the title's piece with the number before it (Line.annotated):
    a piece that filled the line goes on below, though cut inside a name.
    A title run on after the 号 with no space opens on its organ by its
    place's name and ends on its kind word, on this line or, the line filled,
    on one of the lines below (the rest of the title, no sentence in it)."""
    if bracketed := bracketed_number_then_title(line, below, full_width):
        return bracketed
    match = NUMBER_THEN_TITLE_RE.match(line.text)
    group = match and next(name for name in ("title", "about_title", "organ_title") if match.group(name) is not None)
    if match and group == "organ_title" and not _organ_title_ends(match.group(group), line, below, full_width):
        return [line]  # (an organ's name opens the title, its kind word ends it: no sentence that cites a number)
    if match and (frame := _whole_frame_run_in(match.group(group))):
        return [replace(line, text=match.group("frame"))] + [
            replace(line, text=text, starts_block=False, heading_mark=False) for text in frame]
    if not match or re.search(r"[，。；：,;:]", match.group(group)) or ends_sentence(match.group(group)):
        return [line]
    before = width(line.text[:match.start(group)])
    return [replace(line, text=match.group("frame")),
            replace(line, text=match.group(group), starts_block=False, heading_mark=False,
                    annotated=line.annotated + before)]


def bracketed_number_then_title(line: Line, below: Sequence[Line] = (), full_width: float = 0.0) -> list[Line]:
    """The number in its brackets, then the title whole by its grammar run on after it (_bracketed_number_title),
    given back as two lines, or [] where the line is no such head. Asked also under a line that fills the measure
    and ends no sentence (_cut_mid_sentence: an 附件说明's item name the store cut, '附件:1.…设施'): a sentence that
    cites a number in brackets goes on with its own words ('…精神'), not with a whole title ending on its kind word."""
    bracketed = BRACKETED_NUMBER_THEN_TITLE_RE.match(line.text.strip())
    if not bracketed or not _bracketed_number_title(bracketed.group("title"), line, below, full_width):
        return []
    return [replace(line, text=bracketed.group("frame")),
            replace(line, text=bracketed.group("title"), starts_block=False, heading_mark=False,
                    annotated=line.annotated + width(bracketed.group("frame")))]


# The words that go on a cited name after its kind word (a sentence citing '…的通知' goes on '精神，…', '要求', '的规定').
CITED_NAME_GOES_ON_RE = re.compile(either_script(
    r"^(?:[，,。；;：:、的之》〉」”）)（(〔\[和及与等暨并]|精神|要求|规定|有关|实施|文件)"))


def spaced_number_then_whole_title(line: Line, below: Sequence[Line], full_width: float) -> list[Line]:
    """A page's 版头 line under a sentence the store cut (_cut_mid_sentence): the 发文字号, a space, then a 标题
    whole by its grammar (whole_title: 发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.2.4 and 7.3.1) that ends the line,
    or, the line filled, ends on a line under it (the title's rest, no sentence in it, TITLE_PIECE_LINES), and
    the line under the title opening on words of its own. A sentence the wrap cut that cites a number and a
    title goes on after the kind word, on the same line ('…的通知精神，…') or on the next ('要求，…', '的规定'),
    never with a text's first words. Given back as two lines, the number over the title's first line, or []
    where the line is no such head."""
    match = NUMBER_THEN_TITLE_RE.match(line.text.strip())
    if not match or match.group("title") is None:
        return []
    text, rest = match.group("title").strip(), list(below)
    filled = bool(full_width) and (printed_width(line) + paragraph_indent(line)) / full_width >= MEASURE.fills
    for taken in range(TITLE_PIECE_LINES + 1):
        if whole_title(_unspaced(text)):
            break
        if not filled or taken == TITLE_PIECE_LINES or taken == len(rest) or rest[taken].starts_block \
                or CLAUSE_MARK_RE.search(rest[taken].text):
            return []
        text += rest[taken].text.strip()
    else:
        return []
    if taken == len(rest) or CITED_NAME_GOES_ON_RE.match(rest[taken].text.strip()) \
            and not _own_number_again(rest[taken].text, match.group("frame")):
        return []
    return [replace(line, text=match.group("frame")),
            replace(line, text=match.group("title").strip(), starts_block=False, heading_mark=False,
                    annotated=line.annotated + width(line.text[:match.start("title")]))]


def _own_number_again(text: str, number: str) -> bool:
    """A bracketed frame under the title that prints the same 发文字号 the 版头 line opened on (a reprint's 题注,
    '(2022年9月30日 某政办〔2022〕12号)', GB/T 9704 7.2.4 and the gazettes' frame under a title): the document's own
    number set out again, never a sentence citing the title and going on in brackets ('(某政发〔2020〕1号)精神'),
    which names a number once, after the title, and runs on into words."""
    frame = paren_frame(text)
    return bool(frame and frame[1]) and _unspaced(frame[1]) == _unspaced(number)


# Spaces between a title's words: a page's 版头 gap, not the title's ('X县人民政府办公室 关于印发…的通知', its
# organ parted from its 关于, or a gap inside the 事由 its markup left, '…企业上市 (挂牌)…').
TITLE_GAP_RE = re.compile(r"\s+")


def _unspaced(title: str) -> str:
    """A title read without the gaps a page sets between its words (GB/T 9704 7.3.1: 发文机关, 事由 and 文种 are one
    标题, printed with no space inside; a web page's 版头 may part the organ from its 关于 by a space, as the title
    whole on its own line reads it once its lines are joined)."""
    return TITLE_GAP_RE.sub("", title)


def _bracketed_number_title(piece: str, line: Line, below: Sequence[Line], full_width: float) -> bool:
    """The words after a 发文字号 set in its brackets at the head of a line are a title (GB/T 9704 7.3.1: 发文机关 +
    关于 + 事由 + 文种, the organ perhaps by its level alone, '区人民政府关于…') when they are whole by that grammar:
    a 关于 or an issuing verb, a kind word at their end, brackets balanced, no sentence's punctuation. A sentence
    that opens on a cited number ('(某政发〔2016〕21号)文件要求，…') goes on with words, not with a title's grammar.
    The line filled, the title may end on a line under it (_organ_title_ends), no sentence in them."""
    if CLAUSE_MARK_RE.search(piece):
        return False
    if whole_title(piece):
        return True
    if not full_width or (printed_width(line) + paragraph_indent(line)) / full_width < MEASURE.fills:
        return False
    text = piece
    for nxt in below[:TITLE_PIECE_LINES + 1]:
        if nxt.starts_block or CLAUSE_MARK_RE.search(nxt.text):
            return False
        text += nxt.text.strip()
        if whole_title(text):
            return True
    return False


def _organ_title_ends(piece: str, line: Line, below: Sequence[Line], full_width: float) -> bool:
    """The words after a 发文字号's 号 (NUMBER_THEN_TITLE_RE's organ_title) are a title's: they end on its kind
    word, or the line is filled and the lines under it (no sentence punctuation in them, none opening a block)
    end the title on its kind word. (Only the number's line is asked to fill the measure: the title's lines
    under it may be set at a shorter one, or lose the spaces a spaced-out kind word was set with.)"""
    if kind_of(piece) and balanced(piece):
        return True
    if not full_width or (printed_width(line) + paragraph_indent(line)) / full_width < MEASURE.fills:
        return False
    text = piece
    for nxt in below[:TITLE_PIECE_LINES]:
        if nxt.starts_block or re.search(r"[，。；：,;:]", nxt.text):
            return False
        text += nxt.text.strip()
        if kind_of(text) and balanced(text):
            return True
    return False


def _whole_frame_run_in(text: str) -> Optional[list[str]]:
    """What runs on after a 发文字号 at the head of a line that holds the
    whole frame, as the text of a .doc may come, one line for the document
    (its lines parted by spaces): the title in the 关于 form (7.3.1), ending
    in its kind word, no sentence punctuation in it; then the 主送 ending in
    its colon (7.3.2, grammar.is_addressee_line); then the body. Given back
    as the title, the 主送 and the rest, each a line; None for anything
    else (a sentence that cites a number first, '…〔2012〕3号文件要求，…')."""
    for space in re.finditer(r"\s+", text):
        title, rest = text[:space.start()], text[space.end():]
        if re.search(r"[，。；：,;:]", title):
            return None
        colon = re.search(r"[:：]", rest)
        if not (ABOUT_RE.search(title) and kind_of(title) and colon):
            continue
        addressees, body = rest[:colon.end()].strip(), rest[colon.end():].strip()
        if body and is_addressee_line(addressees):
            return [title, addressees, body]
    return None


def unspaced_frame_run_in(text: str) -> Optional[list[str]]:
    """What runs on after a 发文字号 at the head of a line that holds the
    whole frame with no space between its pieces, as a document sharing
    site runs the printed file into one line ('…〔2009〕23号某区人民政府关于…
    的通知各街道办事处,…部门:为…'): the title by its grammar (7.3.1: its organ
    and 关于/印发/转发/批转, or 关于 at its head) ending on its kind word with
    its brackets closed and no sentence punctuation, then the 主送 closing on
    its colon (7.3.2, grammar.is_addressee_line, no 关于 in it), then the
    body. The title ends at the first kind word the 主送 reads after. Given
    back as the title, the 主送 and the rest, each a line; None for anything
    else (a sentence that cites a number first, '…〔2018〕3号文件要求，…')."""
    if not TITLE_GRAMMAR_RE.match(text):
        return None
    colon = re.search(r"[:：]", text)
    if not colon or not text[colon.end():].strip():
        return None
    for end in range(2, min(colon.start(), TITLE_CHARS) + 1):
        title = text[:end]
        if re.search(r"[，。；,;\s]", title):
            return None
        if not (kind_of(title) and balanced(title)) or kind_word_goes_on(title, text[end:end + 1]):
            continue
        addressees = text[end:colon.end()]
        if not ABOUT_RE.search(addressees) and is_addressee_line(addressees):
            return [title, addressees, text[colon.end():].strip()]
    return None


DIGEST_LINES = TITLE_LINES + ADDRESSEE_WRAP  # lines a digest's number, title, 主送 clause and date may be wrapped over


def digest_frame(lines: list[Line], n: int, rest: str) -> tuple[Optional[list[str]], int]:
    """A policy site's digest of a notice (its lines run together, as unspaced_frame_run_in reads them, wrapped
    over DIGEST_LINES at the narrowest measure, no page's break or block of its own among them): the frame as
    _digest_frame_run_in reads it, and the index of the first line it left whole; (None, n + 1) for none."""
    k = n + 1
    while not (frame := _digest_frame_run_in(rest)):
        if k >= min(n + DIGEST_LINES, len(lines)) or lines[k].starts_block or lines[k].after_page_break:
            return None, n + 1
        rest, k = rest + lines[k].text.strip(), k + 1
    return frame, k


def _digest_frame_run_in(text: str) -> Optional[list[str]]:
    """What runs on with no space after a 发文字号 at the head of a line, as a policy site's digest sets a notice:
    each paragraph cut to its first clause and all run into one, so the 主送 (GB/T 9704 7.3.2) ends on the comma
    after its first names, the body dropped, and the 成文日期 (7.3.5) runs on right after that comma
    ('…〔2024〕1号县人民政府关于印发…的通知各乡、镇人民政府,2024年3月28日…'). The title by its grammar (7.3.1, as
    unspaced_frame_run_in reads it) ends at the first kind word the 主送 reads after (not one the title's own words
    go on after, '…办法' / '的通知'): the 主送's clause names
    organs (grammar.is_addressee_line, read with its colon for its comma, no 关于 in it) and a whole date opens the
    words after its comma. Given back as the title, the 主送's clause and the rest (the date first), each a line;
    None for anything else (a sentence that cites a number first goes on with its own words, never a date)."""
    if not TITLE_GRAMMAR_RE.match(text):
        return None
    for end in range(2, min(len(text), TITLE_CHARS) + 1):
        title = text[:end]
        if re.search(r"[，。；：,;:\s]", title):
            return None
        if not (kind_of(title) and balanced(title)) or kind_word_goes_on(title, text[end:end + 1]):
            continue
        comma = re.search(r"[，,]", text[end:])
        if not comma:
            return None
        clause, after = text[end:end + comma.start()], text[end + comma.end():]
        if CITED_NAME_GOES_ON_RE.match(clause):
            continue  # (the kind word of a text the title passes on: '…印发…办法' / '的通知')
        if clause and not re.search(r"[。；;：:]", clause) and not ABOUT_RE.search(clause) \
                and is_addressee_line(clause + "：") and DATE_RE.match(after):
            date = DATE_RE.match(after)
            return [title, text[end:end + comma.end()], after[:date.end()], after[date.end():]]
    return None


def whole_title(text: str) -> bool:
    """A 标题 whole by its grammar on one line (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种): its 关于 or issuing
    verb, its kind word last, brackets balanced, no sentence's punctuation. No wrap leaves a sentence's words so. A
    copy in traditional characters ends on the same 文种 in its own script ('…的意見'): kind_of names it simplified."""
    text = text.strip()
    kind = kind_of(text)
    return bool(kind) and simplified(text).endswith(kind) and bool(TITLE_GRAMMAR_RE.match(text)) and balanced(text) \
        and not CLAUSE_MARK_RE.search(text)


# A reprint's bracketed frame, (成文日期 发文字号), with the first paragraph run into
# its line: "(1985年5月4日皖政〔1985〕38号)  根据…".
FRAME_THEN_TEXT_RE = re.compile(r"^(?P<frame>[（(][^（）()]{4,60}[）)])\s*(?P<rest>\S.*)$")


FRAME_WRAP = 3  # lines a bracketed frame may be wrapped over at the narrowest measure


def _in_reply(lines: list[Line], k: int) -> bool:
    """Line k goes on a reply's opening sentence, begun on it or on the lines
    above it since the last sentence ended ('你们关于…' / '…的请示'): it cites
    the 请示 by its title, then its number (REPLY_OPENING_RE)."""
    for j in range(k, max(-1, k - TITLE_LINES), -1):
        if j < k and ends_sentence(lines[j].text):
            return False
        if REPLY_OPENING_RE.match(lines[j].text):
            return True
        if lines[j].starts_block:
            return False
    return False


# What goes on after a cited title's bracketed number in the sentence that cites it (党政机关公文处理工作条例 第二十条:
# 先引标题，后引发文字号): the particle 的 ('…）的规定'), 等 closing a list of citations ('…）等文件'), or the
# sentence's own punctuation ('…）,并于…'); no paragraph opens on any of them.
CITATION_GOES_ON_RE = re.compile(r"^\s*[的等，,、；;]")


# A title's last line that runs on, past a space, into the bracket that opens its 发文字号: '…实施方案的通知 (某政办', or
# into the whole frame and the text after it: '…的通知 (某政办发〔2006〕170号)某县、'.
TITLE_THEN_SPACED_BRACKET_RE = re.compile(r"^(?P<title>[^\s（(]+)\s+(?P<frame>[（(].*)$")


def titles_then_spaced_frames(lines: list[Line], full_width: float) -> list[Line]:
    """Each title's last line run on, past a space, into its bracketed 发文字号
    given back as two: the title's end, then the bracket's line, which
    unfold_run_in_frames sets out (_title_then_spaced_frame)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        parted = _title_then_spaced_frame(lines, k, full_width) if re.search(r"[(（]", lines[k].text) else None
        if parted:
            out += parted[:2]
            k = parted[2]
        else:
            out.append(lines[k])
            k += 1
    return out


def _paragraph_closed(above: Line, full_width: float) -> bool:
    """The line ends its paragraph: it ends a sentence, a 成文日期 or a 目录
    entry's page, or it stops short of the measure the text is wrapped at
    (a wrapped paragraph's lines fill it but its last)."""
    return ends_sentence(above.text) or is_date_line(above.text) or closes_toc_entry(above.text) or bool(
        full_width) and (printed_width(above) + paragraph_indent(above)) / full_width < MEASURE.fills


def _title_then_spaced_frame(lines: list[Line], k: int, full_width: float) -> Optional[tuple[Line, Line, int]]:
    """Line k is a title's last line run on, past a space, into the bracket
    of the 发文字号 printed under it (GB/T 9704 7.3.1 sets the title, then a
    reprint its frame on a line of its own): a store that ran a page's
    printed lines into one parts them by spaces, and the measure then wraps
    inside that frame ('…实施方案的通知 (某政办' / '发〔2006〕170号)某县、…') or
    after it ('…的通知 (某政办发〔2006〕170号)某县、' / '某区人民政府,…:').
    Given back as the title's end and the bracket's line, only where the
    title's lines above (from a line under one that closed its paragraph:
    _paragraph_closed) read as a whole 标题 ending on its kind word, and the bracket closes within
    FRAME_WRAP lines on a 发文字号. A sentence's citation has no space before
    its bracket ('…的通知（国办发〔2020〕1号）精神'). Where the lines the
    measure wrapped the bracket over hold nothing after it ('…的通知 (某市监综
    ﹝2023﹞362' / '号)'), the bracket's line is given back whole, as
    join_wrapped_frames joins one (the index of the line after it is the
    third item)."""
    match = TITLE_THEN_SPACED_BRACKET_RE.match(lines[k].text.strip())
    if not match or not kind_of(match.group("title")):
        return None
    title = match.group("title")
    whole = False
    for j in range(k, max(-1, k - TITLE_LINES), -1):
        if j < k:
            if ends_sentence(lines[j].text) or re.search(r"[，。；：,;:]", lines[j].text):
                break
            title = lines[j].text.strip() + title
        if whole_title(title) and (j == 0 or lines[j].starts_block or lines[j].after_page_break
                                   or _paragraph_closed(lines[j - 1], full_width)):
            whole = True
            break
    if not whole:
        return None
    text, m = match.group("frame"), k
    while not balanced(text) and m + 1 < len(lines) and m - k < FRAME_WRAP:
        m += 1
        text += lines[m].text
    frame = FRAME_THEN_TEXT_RE.match(text) or re.match(r"^(?P<frame>[（(][^（）()]{4,60}[）)])\s*$", text)
    if not frame or not (paren_frame(frame.group("frame")) or (None, None))[1]:
        return None
    alone = m > k and re.match(r"^[（(][^（）()]{4,60}[）)]\s*$", text)  # the frame and nothing after it
    line = lines[k]
    return (replace(line, text=match.group("title")),
            replace(line, text=text.strip() if alone else match.group("frame"), starts_block=False,
                    heading_mark=False, annotated=line.annotated + width(line.text) - width(match.group("frame"))),
            m + 1 if alone else k + 1)


def unfold_run_in_frames(lines: list[Line]) -> list[Line]:
    """A gazette reprints a document with its 成文日期 and 发文字号 in brackets
    on a line of its own under the title (GB/T 9704 prints the 发文字号 alone
    under the 版头); a page that runs the first paragraph into that line is
    given back that form: the bracketed frame alone, the paragraph from the
    next line. Only right under a title's last line (its kind word, which the
    wrap may have cut: '…问题的通' / '知'), and only
    a bracket that holds a 发文字号: a sentence that opens with a bracket
    elsewhere stays whole."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        k, text = i, line.text
        # the bracket asked first: cheap; the kind word may be cut over the title's last two lines ('…的通' / '知');
        # a page break may fall between title and frame, the running header (a 发文机关标志) between them
        top = len(out) - 1 if out and out[-1].after_page_break and ISSUER_MARK_RE.match(out[-1].text.replace(" ", "")) \
            else len(out)
        under_title = top > 0 and text[:1] in "（(" and (
            kind_of(out[top - 1].text) or top > 1 and len(out[top - 1].text) <= 2
            and kind_of(out[top - 2].text + out[top - 1].text)) and not _in_reply(out, top - 1)
        while under_title and not balanced(text) and k + 1 < len(lines) and k - i < FRAME_WRAP:
            k += 1
            text += lines[k].text
        match = FRAME_THEN_TEXT_RE.match(text) if under_title else None
        frame = paren_frame(match.group("frame")) if match else None
        if not (frame and frame[1]) or PAGE_ALONE_RE.fullmatch(match.group("rest").strip()) \
                or ACKNOWLEDGED_RE.match(match.group("rest")) or CITATION_GOES_ON_RE.match(match.group("rest")):
            out.append(line)  # (a 目录 entry's number, its leaders and page after it: '（某政发〔2021〕3号）……1'; a
            # reply's citation of the 请示 it answers: '…的请示' / '（〔1996〕…号）收悉'; a sentence's citation that goes
            # on with a particle no paragraph opens on: '…决定' / '（某府房征〔2021〕3号）的规定执行。')
            i += 1
            continue
        out.append(replace(line, text=match.group("frame"), heading_mark=False))
        rest, after = match.group("rest"), k + 1
        if not ends_sentence(rest) and after < len(lines) and not lines[after].starts_block:
            # the rest of a wrapped line goes on in the next: they stay one line
            out.append(replace(lines[after], text=rest + lines[after].text, starts_block=True))
            i = after + 1
        else:
            out.append(replace(lines[k], text=rest, starts_block=True, heading_mark=False))
            i = after
    return out


def join_wrapped_frames(lines: list[Line]) -> list[Line]:
    """A reprint's bracketed frame on its own line, (成文日期 发文字号) or
    (发文字号), that the measure wrapped ("（2017年12月20日 X府发〔2017〕92" /
    "号）") is one line again, as GB/T 9704 prints the 发文字号 alone: only
    when the lines joined are that frame and nothing else. So is a number
    line whose last figures and 号 the measure turned ('…公告2019年第5' /
    '號'): the 号 ends the number (7.2.4), and the line above is no title
    of its kind for the turn; or the last figures of the day a page posted
    it after the number ('…第5号 2019-9-2' / '4'); or the 签发人's name
    beside it (_signer_wrapped)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, text = i, lines[i].text
        while text.startswith(("（", "(")) and not balanced(text) and k + 1 < len(lines) and k - i < FRAME_WRAP:
            k += 1
            text += lines[k].text
        frame = paren_frame(text) if k > i else None
        if frame and frame[1]:
            out.append(replace(lines[i], text=text))
            i = k + 1
        elif i + 1 < len(lines) and NUMBER_TAIL_RE.match(lines[i + 1].text.strip()) \
                and (not is_doc_number_line(lines[i].text) or posted_number(lines[i].text)) \
                and is_doc_number_line(joined := lines[i].text.rstrip() + lines[i + 1].text.strip()):
            out.append(replace(lines[i], text=joined))
            i += 2
        elif i + 1 < len(lines) and _signer_wrapped(lines[i].text, lines[i + 1].text.strip()):
            out.append(replace(lines[i], text=lines[i].text.rstrip() + lines[i + 1].text.strip()))
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


def _signer_wrapped(line: str, below: str) -> bool:
    """The 签发人 beside the 发文字号 (GB/T 9704 7.2.6) whose name the measure
    wrapped ('秦价费字〔2009〕95号 签发人:杨忠' / '新'): one or two characters
    alone under the number's line that complete the name (two to four
    characters, SIGNER_BESIDE_RE), no 文种 alone ('批复')."""
    return bool(SIGNER_TAIL_RE.fullmatch(below)) and kind_of(below) != below and is_doc_number_line(line) \
        and bool(SIGNER_BESIDE_RE.search(line)) and bool(SIGNER_BESIDE_RE.search(line.rstrip() + below))


SIGNER_TAIL_RE = re.compile(r"[\u4e00-\u9fa5]{1,2}")


NUMBER_TAIL_RE = re.compile(rf"^\d{{0,4}}\s*{HAO}$|^\d{{1,2}}$")  # a 发文字号's last figures and 号, or a posted day's,


# A 成文日期 and a 发文字号, the frame GB/T 9704 prints each on a line of its own under the title (7.2.4, 7.3.5), run
# in after the title's kind word, as a periodical database stores a gazette's article ('…的通知1987年4月2日国发[1987]
# 28号国务院同意…'): the date and the number, either first, one of them or both.
RUN_IN_DATE_RE = re.compile(rf"\s*(?:{DATE_RE.pattern})", re.X)


RUN_IN_NUMBER_RE = re.compile(rf"\s*(?:{DOC_NUMBER_RE.pattern}|{YEAR_FIRST_NUMBER_RE.pattern})", re.X)


# A 发文字号 run in that extraction damaged, one of its brackets lost ('花府规2023)2号', '某发〔2023 2号'; frame's
# DAMAGED_NUMBER_RE, kept as printed), whole to its 号: the body opens after it.
RUN_IN_DAMAGED_NUMBER_RE = re.compile(rf"""\s*(?P<prefix>[\u4e00-\u9fa5]{{2,12}}?)\s*
    (?:[{OPEN_BRACKETS}]\s*(?:19|20)\d{{2}}\s*第?\s*\d{{1,4}}|(?:19|20)\d{{2}}\s*[{CLOSE_BRACKETS}]\s*第?\s*\d{{1,4}})
    \s*{HAO}""", re.X)


class _RunInNumber:
    """A 发文字号 run in, whole or with a bracket extraction lost."""
    @staticmethod
    def match(text: str, pos: int = 0) -> Optional[re.Match]:
        return RUN_IN_NUMBER_RE.match(text, pos) or RUN_IN_DAMAGED_NUMBER_RE.match(text, pos)


_RUN_IN_NUMBER = _RunInNumber()


# A note in brackets that a 公告 prints right after its number ('(本公告为第一次公告)'), of words only.
NUMBER_NOTE_RE = re.compile(r"\s*[（(][\u4e00-\u9fa5]{2,20}[）)]")


def number_run_in(text: str) -> bool:
    """The text opens with a 发文字号 run in whole (a code, its year in brackets, its serial and 号: GB/T 9704
    7.2.4), perhaps a note of words in brackets after it, then the body's words."""
    match = _RUN_IN_NUMBER.match(text)
    if not match or not _frame_piece(match) or not re.search(r"[〔［\[【﹝（(]\s*(?:19|20)\d{2}", match.group(0)):
        return False
    end = match.end()
    if note := NUMBER_NOTE_RE.match(text, end):
        end = note.end()
    return bool(re.match(r"\s*[\u4e00-\u9fa5]", text[end:]))


def frame_run_in(text: str) -> list[int]:
    """Where the pieces of a frame run in at the start of the text end (the
    date's and the number's, either first), the body opening after them; []
    where the text opens with no such frame or no body follows it."""
    ends: list[int] = []
    for first, second in ((RUN_IN_DATE_RE, _RUN_IN_NUMBER), (_RUN_IN_NUMBER, RUN_IN_DATE_RE)):
        if (match := first.match(text)) and _frame_piece(match):
            ends = [match.end()]
            if (match := second.match(text, ends[0])) and _frame_piece(match):
                ends.append(match.end())
            break
    # A note of words in brackets a 公告 prints right after its number ('(本公告为第一次公告)': NUMBER_NOTE_RE) is
    # the frame's; the body opens after it.
    after = ends[-1] if ends else 0
    if ends and len(ends) == 1 and first is _RUN_IN_NUMBER and (note := NUMBER_NOTE_RE.match(text, after)):
        after = note.end()
    # A date a sentence runs on from ('…的通知2021年3月1日起废止') is no frame's.
    return ends if ends and re.match(r"\s*(?![起前后以至到止内])[\u4e00-\u9fa5]", text[after:]) else []


def _frame_piece(match: re.Match) -> bool:
    """A date, or a number whose 代字 is a code, not the rest of a title the
    text goes on with ('…》的通知某政发〔1987〕…': '的通知某政发' is no 代字, nor
    is '报告粤法…' after '…的请示': the title goes on to '…的请示报告')."""
    code = match.groupdict().get("prefix") or ""
    return "的" not in code and not kind_of(code) and not any(kind_of(code[:n]) == code[:n] for n in range(1, 5))


def part_run_in_frame(block: list[Line]) -> list[Line]:
    """The lines of a block that opens with a run-in frame (frame_run_in):
    its date and its number each a line of its own, whole however the wrap
    cut them ('…的通知19' / '87年4月2日…'), then the body from where it opens,
    as the lines carry it."""
    text = "".join(line.text for line in block)
    cuts = frame_run_in(text)
    out = [replace(block[0], text=text[start:end].strip(), starts_block=True, heading_mark=False)
           for start, end in zip([0] + cuts, cuts)]
    at = 0  # where the line begins in the block's text
    for line in block:
        if at + len(line.text) > cuts[-1]:
            rest = line.text[max(0, cuts[-1] - at):].lstrip()
            out.append(line if at >= cuts[-1] else
                       replace(line, text=rest, starts_block=True, heading_mark=False,
                               annotated=line.annotated + width(line.text) - width(rest)))
        at += len(line.text)
    return out
