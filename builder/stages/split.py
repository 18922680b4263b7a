"""Stage 4: split an issue's lines into documents, and documents into parts.

Reads the issue's Lines, its 目录 entries and the measure; writes DocSpans
(line ranges, title block, the 目录 entry, part starts) and diagnostics
for 目录 entries and documents that do not match.

A document starts at a title block: a few short lines that end with a kind
word (通知, 办法, 大事记 …) or stand above a document's frame (its 发文字号
or 主送机关). Which blocks open a document is read from the document grammar
of GB/T 9704 (see opens_document): a 发文字号 under the title, a title after
the end of a frame (成文日期, 附注, 印发), a full 标题 (发文机关 + 关于 + 事由
+ 文种) — unless the document above names the text (what it issues,
forwards or attaches: then it is a part). The printed 目录 is the strong
cross-check: its entries start documents, and a boundary only one of the
two sees is reported.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Optional

from ..model import Diagnostic, Line, TocEntry
from ..text.frame import (ABOUT_RE, ADDRESSEE_NAME, ADDRESSEE_PLACE, ADOPTION_NOTE_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE,
                          ANNEX_MARK_RE, CHRONICLE_ENTRY_RE, CLOSE_BRACKETS, CLOSING_FORMULA_RE, DAMAGED_DATE_RE,
                          DAMAGED_NUMBER_RE, DASHES,
                          DATE_LINE_RE, DATE_RE, FILE_NAME_END_RE,
                          DOC_NUMBER_RE, DOCUMENT_KINDS,
                          HAO, HEAD_MARK_RE, HEAD_POST_RE, ISSUER_MARK_RE, ISSUING_WORDS, KIND_RE, MONTH_LINE_RE,
                          NOTE_LINE_RE, NUMBERED_KINDS, NUMBERED_NOTICE_RE,
                          OCCASION_RE,
                          OPEN_BRACKETS, ORDER_NUMBER_RE, ORGAN_END_RE, ORGAN_ENDING, ORGAN_START_RE, PRINTED_TAIL_RE,
                          SESSION_RE, SIGNER_POST_RE, SPEAKER_RE,
                          SUBJECT_WORDS_RE, TOC_HEAD_RE, UNDATED_FIRST_EVENT_RE, addressee_names, brief_head,
                          closed_annex_list, coded_order_number, damaged_doc_number, is_note_line, kind_of,
                          labelled_number, order_organ, own_contents, paren_frame, whole_adoption_note)
from ..text.lines import CLOSERS, ends_on_lead, ends_sentence, splits_word, squash, width
from ..text.measure import MEASURE, paragraph_indent, printed_width
from ..text.numbering import DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE
from ..text.numerals import CN_NUMERAL, cn_to_int
from ..text.script import either_script
from .layout import NAME_MAX, PLACE_ENDINGS
from .masthead import closes_toc_entry, ends_on_page

# How many lines a title block may span. GB/T 9704 sets no length to a
# 标题, but a bound keeps a run of short lines (a list of names, a cover's
# 要目) from being read as one title: 120 characters, at the file's measure
# (two display columns a character), and never fewer than 6 lines; a title
# printed 9 characters a line (18 columns) may take 14.
TITLE_CHARS = 120
TITLE_LINES = 6


def title_lines(full_width: float) -> int:
    return max(TITLE_LINES, math.ceil(2 * TITLE_CHARS / full_width) if full_width else TITLE_LINES)
STANDALONE_KINDS = {"大事记", "讲话", "任免"}
ADDRESSEE_RE = re.compile(r"^[^。；]{2,160}[:：]$")
# A 主送机关 that lists many organs one by one (GB/T 9704 7.3.2: 主送 to
# several bodies, parted by 、 and ，) runs past any sentence's length: a
# list of short names, ten or more, ending in the colon.
ADDRESSEE_LIST_RE = re.compile(r"^(?:[^。；;：:、，,]{2,24}[、，,]){9,}[^。；;：:、，,]{2,24}[:：]$")
# Whom a 主送 names: organs, or, for a notice served on the parties a measure
# concerns (a land 告知书 or 公告), a village and its 农户 or 居民.
ADDRESSEE_WORDS = re.compile(either_script(r"各|人民政府|部门|单位|委员会|机关|科室|管委会|办事处|农户|居民"))


@dataclass
class TitleBlock:
    start: int  # index in the issue's lines
    end: int  # exclusive
    title: str
    follows: str  # "doc_number", "addressee", "date", "note", "articles" or "" — what comes right after it


@dataclass
class DocSpan:
    start: int
    end: int
    title: TitleBlock
    toc: Optional[TocEntry] = None
    parts: list[tuple[int, Optional[str], Optional[str]]] = field(default_factory=list)
    # (start index, part title, annex number) of each part after the first


@lru_cache(maxsize=1 << 16)  # asked of every line many times over, while titles are sought
def is_doc_number_line(text: str) -> bool:
    """A document's own 发文字号 stands on its line, not cited in a sentence:
    alone, or in brackets under the title (with or without the date); GB/T
    9704 (7.2.4) prints nothing after it but, in a 上行文, the 签发人; a 令号
    by its organ's code ('渝府令第121号', 10.2) stands so too. A
    number that a sentence's bracket, comma or 、 closes or joins, or that
    words follow, is cited in a wrapped line ("国规征预字〔2018〕18号),2019年4月10",
    "要根据中发〔1994〕8号文件关于“中央"). A whole line that is a number
    extraction damaged ("X府办发〔202026") is one too."""
    frame = paren_frame(text)
    if frame:
        return frame[1] is not None
    if damaged_doc_number(text) or coded_order_number(text) or labelled_number(text):
        return True
    match = DOC_NUMBER_RE.search(text)
    return bool(match) and len(text) - len(match.group(0)) <= 12 and not ends_sentence(text) \
        and not re.search(r"[（(《》]", text[:match.start()]) \
        and bool(re.match(r"\s*(?:签\s*发\s*人.*)?$", text[match.end():])) \
        and not re.search(r"[、，,]\s*$", text[:match.start()])


# A title with its 发文字号 in brackets on the same line, as web pages and some
# gazettes print it: "…拟征收土地启动公告(方征启公告﹝2022﹞4号)". The title may hold
# brackets of its own, each pair closed ("…河道疏浚工程(碧水工程)项目…的通知(扬府办发〔2003〕101号)")
# or, on a wrapped title's last lines, closing the pair its line above opened ("…工程(碧" / "水工程)项目…的通" /
# "知(扬府办发…)"): the frame is the last pair, at the line's end.
TITLE_WITH_NUMBER_RE = re.compile(r"^(?P<title>(?:[^（）()]*[）)])?(?:[^（）()]|[（(][^（）()]*[）)])*?)\s*"
                                  r"(?P<frame>[（(][^（）()]{4,60}[）)])$")


# A 通告's or 令's serial printed after its title on the same line, the space
# between them perhaps lost: "…的通告 2022(20)号", "…公告第3号".
TITLE_WITH_SERIAL_RE = re.compile(rf"""^(?P<title>[^，。；：,;:]*?)\s*(?P<frame>
    (?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*{HAO} | \d{{4}}\s*[{OPEN_BRACKETS}]\s*\d{{1,4}}\s*[{CLOSE_BRACKETS}]\s*{HAO})$""", re.X)
SERIAL_TAIL_RE = re.compile(rf"^[\d\s年第{OPEN_BRACKETS}{CLOSE_BRACKETS}]*{HAO}$")  # a serial's end the wrap cut off: "号", "(20)号"


def _kind_end_and_serial(text: str) -> bool:
    """The last character or two of a title's kind word the wrap cut off,
    with the serial or the bracketed number after it: "…的通" / "告 2022(20)号",
    "…的决" / "定(XX省人民政府令第148号)"."""
    tail = TITLE_WITH_SERIAL_RE.match(text) or (KIND_END_RE.match(text) and _title_with_number(text))
    return bool(tail) and re.fullmatch(r"[\u4e00-\u9fa5]{1,2}", tail.group("title")) is not None


KIND_END_RE = re.compile(r"^[\u4e00-\u9fa5]{1,2}\s*[（(]")  # "定(": asked first, every line is


def _title_with_number(text: str) -> Optional[re.Match]:
    """A title line that carries its document's number at its end: a
    发文字号 in brackets, or the serial a numbered kind (通告, 令) prints; a
    令's serial in brackets ('中华人民共和国主席令（九届第37号）'), which GB/T
    9704 (10.2) prints under its 发文机关标志. (A 公告 keeps its bracketed
    serial in its title: '…公告（第7号）'.)"""
    match = TITLE_WITH_NUMBER_RE.match(text)
    frame = paren_frame(match.group("frame")) if match else None
    if frame and frame[1] or match and order_organ(match.group("title")) and ORDER_NUMBER_RE.match(match.group("frame")):
        return match
    match = TITLE_WITH_SERIAL_RE.match(text)
    return match if match and kind_of(match.group("title")) in NUMBERED_KINDS else None


# A 发文字号 printed at the head of the title's line, a space between them,
# as web pages lay out their 版头: "X政发〔2010〕22号 X市人民政府关于…的决定",
# the number perhaps damaged in extraction ("X府办发〔202026 X市…的通知").
NUMBER_THEN_TITLE_RE = re.compile(rf"""^(?P<frame>{DOC_NUMBER_RE.pattern} | {DAMAGED_NUMBER_RE.pattern})
    \s+ (?P<title>(?!{HAO})[^\s，。；：,;:].*)$""", re.X)


def _number_then_title(line: Line) -> list[Line]:
    """GB/T 9704 prints the 发文字号 in the 版头, above the title: a line that
    begins with one, then a space and words with no sentence punctuation
    (a title, or its first piece a narrow measure cut off), is given back
    that form, the number on a line of its own above the title. The wrap
    measured the title's piece with the number before it (Line.annotated):
    a piece that filled the line goes on below, though cut inside a name."""
    match = NUMBER_THEN_TITLE_RE.match(line.text)
    if not match or re.search(r"[，。；：,;:]", match.group("title")) or ends_sentence(match.group("title")):
        return [line]
    before = width(line.text[:match.start("title")])
    return [replace(line, text=match.group("frame")),
            replace(line, text=match.group("title"), starts_block=False, heading_mark=False,
                    annotated=line.annotated + before)]


# A speech's or report's title, the occasion in brackets and the speaker run into
# one line, as a web page prints its heading: "政府工作报告 (2019年1月21日在…会议上)
# 杭州市人民政府市长 徐立毅".
TITLE_OCCASION_RE = re.compile(r"^(?P<title>[^，。；：,;:（）()]{2,60}?)\s*(?P<occasion>[（(][^（）()]{4,80}[）)])"
                               r"\s*(?P<speaker>[^，。；：,;:（）()]{1,30})?$")
OCCASION_WRAP = 8  # lines a title and its bracketed occasion may be wrapped over at the narrowest measure
# The same with the occasion after a dash, its end the place it names ('…会议上'), the speaker's post and name run
# on: "政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良", or without their space, which a wrap
# there loses (lines come stripped). The occasion ends at the first '上' or '时' after which no meeting's '会上'
# follows: "在全市上半年…分析会上市长 张三" ends at '会上', not at '全市上'; "…会议上上海市市长 张三" at '会议上'.
TITLE_DASH_RE = re.compile(rf"^(?P<title>[^，。；：,;:（）(){DASHES}\-\s]{{2,60}}?)(?=[{DASHES}])")
TITLE_DASH_OCCASION_RE = re.compile(rf"""^(?P<title>[^，。；：,;:（）(){DASHES}\-\s]{{2,60}}?)
    (?P<occasion>[{DASHES}]{{1,2}}\s*(?:{DATE_RE.pattern})?\s*在[^。；;，,（）()]{{2,60}}?(?:上|时))
    (?P<speaker>(?!.*会议?上)(?:{SPEAKER_RE.pattern[1:-1]} | [\u4e00-\u9fa5]{{4,28}}))?$""", re.X)


def _titles_then_occasions(lines: list[Line]) -> list[Line]:
    """A title ending in its kind word, then the occasion it was delivered
    at in brackets and the speaker's byline (or its first piece, a measure
    wrapping the line) on the same line, is given back the form a gazette
    prints: the title, the occasion under it, the speaker under that."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, text = i, lines[i].text.strip()
        if (dashed := _title_then_dashed_occasion(lines, i)) is not None:
            k, match = dashed
            out += _heading_lines(lines[i], match)
            i = k + 1
            continue
        if "（" not in text and "(" not in text:  # no occasion in brackets: most lines
            out.append(lines[i])
            i += 1
            continue
        while not _balanced(text) and k + 1 < len(lines) and k - i < OCCASION_WRAP and not text.startswith(("（", "(")):
            k += 1
            text += lines[k].text.strip()
        match = TITLE_OCCASION_RE.match(text)
        if not match or not kind_of(match.group("title")) or not OCCASION_RE.match(match.group("occasion")):
            out.append(lines[i])
            i += 1
            continue
        out += _heading_lines(lines[i], match)
        i = k + 1
    return out


def _heading_lines(line: Line, match: re.Match) -> list[Line]:
    """The title, the occasion under it and the speaker under that."""
    rest = replace(line, starts_block=False, heading_mark=False)
    return [replace(line, text=match.group("title"))] + [
        replace(rest, text=match.group(g).strip()) for g in ("occasion", "speaker") if match.group(g)]


def _title_then_dashed_occasion(lines: list[Line], i: int) -> Optional[tuple[int, re.Match]]:
    """The last line (of those a measure wrapped the heading over) through
    which a title ending in its kind word, a dash, the occasion and perhaps
    the speaker's byline run as one heading, and how they part."""
    head = TITLE_DASH_RE.match(lines[i].text.strip())
    if not head or not kind_of(head.group("title")):
        return None
    found, text = None, ""
    for k in range(i, min(len(lines), i + OCCASION_WRAP + 1)):
        text += lines[k].text.strip()
        if match := TITLE_DASH_OCCASION_RE.match(text):
            found = (k, match)
    return found


# A regulation's title and the 版头 of the 令 that promulgates it on one line,
# parted by a space, as a web page heads a 政府令: "XX办法 XX人民政府令 第116号".
TITLE_THEN_ORDER_RE = re.compile(rf"""^(?P<title>[^\s，。；：,;:]{{4,}}) \s+ (?P<order>[\u4e00-\u9fa5]{{2,30}}令)
    \s* (?P<serial>第\s*\d{{1,4}}\s*{HAO})?$""", re.X)
ORDER_WRAP = 3  # lines such a line may be wrapped over at the narrowest measure
# The other way round, as a web page heads a ministry's 令: "商务部令2007年第15号 商业特许经营备案管理办法",
# given back as GB/T 9704 (10.1, 10.2) prints it: the order's name, its serial, then the title it promulgates.
ORDER_THEN_TITLE_RE = re.compile(rf"""^(?P<order>[\u4e00-\u9fa5]{{2,30}}令)
    \s* (?P<serial>(?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*{HAO}) \s* (?P<title>[^\s，。；：,;:]{{4,}})$""", re.X)


def _title_then_order(lines: list[Line]) -> list[Line]:
    """GB/T 9704 (10.1) prints a 令's 发文机关标志 ("XX人民政府令") and its
    令号 each on a line of its own; a gazette may print the regulation's
    title above them. A line (or the lines a measure wrapped it over) that
    holds that title, a space, the order's name and perhaps its serial is
    given back that form: title, order's name, serial, one a line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        pieces, last = _order_heading(lines, i)
        out += [replace(lines[i], text=piece, starts_block=lines[i].starts_block and n == 0,
                        heading_mark=lines[i].heading_mark and n == 0) for n, piece in enumerate(pieces)] or [lines[i]]
        i = last + 1
    return out


def _order_heading(lines: list[Line], i: int) -> tuple[list[str], int]:
    """(title, order's name, serial) held by the lines from i on, and the last of them; ([], i) if none."""
    if not any("令" in line.text for line in lines[i:i + ORDER_WRAP]):
        return [], i  # asked of every line: most hold no 令 to name
    for k in range(i, min(i + ORDER_WRAP, len(lines))):
        if k > i and (lines[k].starts_block or ends_on_page(lines[k - 1].text, lines[k].text)):
            break  # a 目录 entry and its page above the heading: no piece of it
        text = "".join(line.text for line in lines[i:k + 1])
        match = TITLE_THEN_ORDER_RE.match(text)
        if match and is_order_name(match.group("order")) and kind_of(match.group("title")) not in (None, "令"):
            return [piece for piece in match.group("title", "order", "serial") if piece], k
        match = ORDER_THEN_TITLE_RE.match(text)
        if match and order_organ(match.group("order")) and kind_of(match.group("title")) not in (None, "令"):
            return list(match.group("order", "serial", "title")), k
    return [], i


# The signature and the 成文日期 run into one line, as a web page sets them side
# by side: "自治区主席 陈武 2016年12月6日", "省长：赵正永 二○一一年二月二十五日",
# "临江市人民政府 2024年5月6日".
SIGNED_DATE_RE = re.compile(rf"^(?P<signature>[^\d，。；,;]{{2,40}}?)\s*(?P<date>{DATE_RE.pattern})$", re.X)


def _signature_then_date(line: Line) -> list[Line]:
    """GB/T 9704 (7.3.5, 10.2) prints the 成文日期 on a line of its own under
    the signature: a line that is a signature — the post of a government's
    head and a name, or organ names — then the date, is given back that form."""
    match = SIGNED_DATE_RE.match(line.text)
    signature = match.group("signature").strip() if match else ""
    if not match or not (HEAD_POST_RE.match(signature) or _organ_names(signature)):
        return [line]
    return [replace(line, text=signature), replace(line, text=match.group("date"), starts_block=False,
                                                   heading_mark=False)]


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


def _unfold_run_in_frames(lines: list[Line]) -> list[Line]:
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
        while under_title and not _balanced(text) and k + 1 < len(lines) and k - i < FRAME_WRAP:
            k += 1
            text += lines[k].text
        match = FRAME_THEN_TEXT_RE.match(text) if under_title else None
        frame = paren_frame(match.group("frame")) if match else None
        if not (frame and frame[1]):
            out.append(line)
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


def _join_wrapped_frames(lines: list[Line]) -> list[Line]:
    """A reprint's bracketed frame on its own line, (成文日期 发文字号) or
    (发文字号), that the measure wrapped ("（2017年12月20日 X府发〔2017〕92" /
    "号）") is one line again, as GB/T 9704 prints the 发文字号 alone: only
    when the lines joined are that frame and nothing else."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, text = i, lines[i].text
        while text.startswith(("（", "(")) and not _balanced(text) and k + 1 < len(lines) and k - i < FRAME_WRAP:
            k += 1
            text += lines[k].text
        frame = paren_frame(text) if k > i else None
        out.append(replace(lines[i], text=text) if frame and frame[1] else lines[i])
        i = k + 1 if frame and frame[1] else i + 1
    return out


def _date_then_occasion(lines: list[Line]) -> list[Line]:
    """A report's or speech's 题注 printed as its date over the place
    ('2022年1月19日' / '在…代表大会第二次会议上', perhaps wrapped) is one
    occasion line again, the form OCCASION_RE reads ('2019年3月2日在…会议上'):
    only when the lines joined are that occasion and the place alone is none."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        if DATE_LINE_RE.match(lines[i].text.replace(" ", "")) and i + 1 < len(lines) \
                and lines[i + 1].text.lstrip().startswith("在") and not OCCASION_RE.match(lines[i + 1].text):
            k = next((k for k in range(i + 1, min(len(lines), i + 1 + OCCASION_WRAP))
                      if OCCASION_RE.match(join_title([line.text for line in lines[i:k + 1]]))), i)
        text = join_title([line.text for line in lines[i:k + 1]])
        out.append(replace(lines[i], text=text) if k > i else lines[i])
        i = k + 1
    return out


def _join_printing_tails(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.4.3: the 版记 ends with the 印发 line, 印发机关 and 印发日期
    then 印发 ("XX办公室 2018年1月17日印发"). Cut by the wrap or a page break
    right after its date, it is one line again: its last word alone is no
    title's head ("印发" over "XX厅关于…的通知") nor a text of its own."""
    out: list[Line] = []
    for line in lines:
        if out and PRINTED_TAIL_RE.match(line.text) and re.search(r"[\d〇○零一二三四五六七八九十日]$", out[-1].text):
            out[-1] = replace(out[-1], text=out[-1].text + line.text)
        else:
            out.append(line)
    return out


# A byline in brackets after a record's last sentence: the compiler's or the reporters' names, a name's
# characters spaced out perhaps ('(付清)', '(衛 鑫)', '（记者 赵礼锋 张玲）'): short words parted by spaces,
# not a note of who answers for a task ('（各级政府及其工作部门负责）'), which 任务分工 lists print alone.
BYLINE_NOTE = r"[（(][\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4}){0,3}[)）]"


def _join_stop_notes(lines: list[Line]) -> list[Line]:
    """A byline in brackets after a full stop (BYLINE_NOTE, '…文件。(衛 鑫)')
    that the wrap put on a line of its own, or broke inside its brackets
    ('…文件。(衛' / '鑫)'), is one line again with the sentence it closes:
    alone it ends no sentence, and the title under it would read as run
    into from the text above."""
    out: list[Line] = []
    for line in lines:
        above = out[-1].text.rstrip() if out else ""
        note = re.search(rf"[。；！？]({BYLINE_NOTE})$", above + line.text.strip())
        if note and note.start(1) <= len(above):  # the byline is the line or its tail, not a line's own end
            out[-1] = replace(out[-1], text=above + line.text.strip())
        else:
            out.append(line)
    return out


def _join_stacked_marks(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件; set large,
    a long name puts 文件 on a line of its own under it ('新疆维吾尔自治区人民政府'
    / '文件'). That is one mark again: only when the lines joined are a mark."""
    out: list[Line] = []
    for line in lines:
        if out and line.text.replace(" ", "") == "文件" \
                and ISSUER_MARK_RE.match(out[-1].text.replace(" ", "") + "文件"):
            out[-1] = replace(out[-1], text=out[-1].text.strip() + "文件")
        else:
            out.append(line)
    return out


# A line that leaves its last bracket open, though it closed one before it ("…工程(碧水工" / "程)项目…的
# 通知(扬府办" / "发〔2003〕101号)"): the bracket closes on the next line.
LEFT_OPEN_RE = re.compile(r"[（(][^（）()]*$")


def unfold_title_numbers(lines: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 prints the 发文字号 on a line of its own under the title; a
    title that carries it in brackets at its end, or a 通告 its serial (the
    bracket or the 号 perhaps wrapped onto the next line), is given back that
    form: the title, then the number as a line of its own. Only a title
    ending in its kind word, with no sentence punctuation, not run into
    from a sentence above (a sentence citing "…的通知(国办发〔2020〕1号)" stays
    whole), and not a body line the wrap filled (_body_line_at_measure)."""
    out: list[Line] = []
    unfolded = _unfold_run_in_frames(_titles_then_occasions(_join_wrapped_frames(
        _title_then_order(_date_then_occasion(_join_printing_tails(_join_stacked_marks(_join_stop_notes(lines))))))))
    for line in [piece for line in unfolded for split in _number_then_title(line) for piece in _signature_then_date(split)]:
        prev = out[-1] if out else None
        joined = prev is not None and (prev.text.count("(") + prev.text.count("（")
                                       > prev.text.count(")") + prev.text.count("）")
                                       or bool(LEFT_OPEN_RE.search(prev.text))
                                       or bool(SERIAL_TAIL_RE.match(line.text)) or _kind_end_and_serial(line.text))
        text = prev.text + line.text if joined else line.text
        match = _title_with_number(text)
        above = out[-2] if joined and len(out) > 1 else prev if not joined else None
        if not (match and kind_of(match.group("title"))
                and not re.search(r"[，。；：,;:]", match.group("title"))
                and not (kind_of(match.group("title")) == "令" and _figured(match.group("title")))
                and not (not joined and _body_line_at_measure(prev, line, match.group("title"), full_width))
                and not (above is not None and _flows_on(above.text)
                         and not _wrapped_title_head(out[:len(out) - 1 if joined else len(out)],
                                                     match.group("title")))):
            out.append(line)
            continue
        if joined:
            out.pop()
            if match.group("title"):  # the title's part on the line where the bracket opens
                out.append(replace(prev, text=match.group("title")))
        else:
            out.append(replace(line, text=match.group("title")))
        out.append(replace(line, text=match.group("frame"), starts_block=False, heading_mark=False))
    return out


def _body_line_at_measure(above: Optional[Line], line: Line, title: str, full_width: float) -> bool:
    """A paragraph's first line (the one above ends a sentence) that fills
    the measure exactly, in the band a justified body line is set in, is cut
    by the wrap, not a title and its number: a title is centred and shorter,
    or runs over (MEASURE.exact). '收公告之日。' / '对本次征地批复(川府土〔2021〕
    814号)' / '不服的，…' is a sentence citing a 批复; a title that reads as one
    by its grammar (关于, or its organ's full name first: '方城县人民政府拟征收
    土地启动公告(…)') stays one, as does a title's last line under its first."""
    filled = (printed_width(line) + paragraph_indent(line)) / full_width if full_width else 0.0
    return above is not None and ends_sentence(above.text) and MEASURE.full <= filled <= MEASURE.exact \
        and not (TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title))


# A table's header row set out on one line, its column labels parted by spaces, the first
# the rows' number: "序号 文件名称 发布机关及文号 说明" (its last label may end as a 文种 does).
TABLE_HEAD_RE = re.compile(either_script(r"^(?:序号|编号)(?:\s+\S+){2,}$"))
# A form's cell a web page or an export prints one per line, closed by its
# column's bar ("序号 |"): a cell of a table, never a line of a title.
CELL_BAR_RE = re.compile(r"\s[|｜]$")


def _wrapped_title_head(above: list[Line], title: str) -> bool:
    """The lines above a title's last line are its own first lines, wrapped
    (a 《》 opened in them closes on the last): back to where their run
    begins (after a finished sentence, a date or a 发文字号, or at a block's
    first line), they read as a 标题's head (发文机关 + 关于/印发/转发, or 关于)
    with no sentence punctuation. A sentence that cites a title runs on
    from words that begin no title ("根据…", "按照…")."""
    head = below = title
    heads: list[str] = []
    for k in range(len(above) - 1, -1, -1):
        line = above[k]
        text = line.text
        if ends_sentence(text) or is_date_line(text) or is_doc_number_line(text) or len(head) > TITLE_CHARS \
                or closes_toc_entry(text) or ends_on_page(text, below):
            break  # (a 目录 entry ends on its page: the title under the 目录 begins after it)
        if _annex_entry(above, k):
            # GB/T 9704 7.3.4: an 附件说明's long name turns under its first character; the entry and its
            # wrap end the body, and a title under them begins on a line of its own, read as a 标题 from there.
            return any(_reads_as_head(run) for run in heads)
        head, below = text + head, text
        heads.append(head)
        if line.starts_block:
            break
    return head != title and _reads_as_head(head)


def _reads_as_head(head: str) -> bool:
    """Lines run together read as a 标题's head: its grammar, no sentence punctuation, no reply's opening."""
    return bool(TITLE_GRAMMAR_RE.match(head)) and not re.search(r"[，。；：,;:]", head) \
        and not REPLY_OPENING_RE.match(head)


ANNEX_LIST_LINES = 24  # lines an 附件说明 of many long names may take at a narrow measure


def _annex_entry(lines: list[Line], k: int) -> bool:
    """Line k is an entry of an 附件说明 (GB/T 9704 7.3.4): its head ('附件：1.…'),
    or a numbered name under it, the names between (and their wraps) ending
    no sentence."""
    if ANNEX_LIST_RE.match(lines[k].text):
        return True
    if not ANNEX_ITEM_RE.match(lines[k].text):
        return False
    for j in range(k - 1, max(-1, k - ANNEX_LIST_LINES), -1):
        if ANNEX_LIST_RE.match(lines[j].text):
            return True
        if ends_sentence(lines[j].text) or is_date_line(lines[j].text):
            return False
    return False


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE_RE.match(text.replace(" ", "")))


def is_addressee_line(text: str) -> bool:
    """The 主送机关 (GB/T 9704 7.3.2): organ names ending in a colon, every
    bracket they open closed; a colon inside an open bracket begins an
    enumeration within a sentence the wrap cut ("…农用地(其中:")."""
    return (bool(ADDRESSEE_RE.match(text)) or bool(ADDRESSEE_LIST_RE.match(text))) \
        and bool(ADDRESSEE_WORDS.search(text)) and _balanced(text) \
        and not LABEL_RE.match(text) and not re.search(either_script(r"决定|如下|同志"), text) \
        and not LIST_COUNT_RE.search(text)


# A list's heading counts its entries in brackets before its colon ('区三星级文明单位（4个）：', '一等奖(3名):'):
# the lead of an enumeration, which says how many; a 主送 names the organs addressed.
LIST_COUNT_RE = re.compile(rf"[（(][\d{CN_NUMERAL}]+[个名项家所人][）)][:：]$")


def _titleish(line: Line) -> bool:
    return not line.cells and _titleish_text(line.text)


@lru_cache(maxsize=1 << 16)  # asked of every line many times over, while titles are sought
def _titleish_text(text: str) -> bool:
    return (len(text) <= 150 and "。" not in text and not ends_sentence(text)
            and not LABEL_RE.match(text) and not DECIMAL_HEADING_RE.match(text) and not is_doc_number_line(text)
            and not is_date_line(text) and not DAMAGED_DATE_RE.match(text) and not ANNEX_MARK_RE.match(text)
            and not NOTE_LINE_RE.match(text)  # 附注 （此件公开发布）, 公开方式：主动公开, a bracketed frame
            and not ISSUER_MARK_RE.match(text)
            and not ORDER_NUMBER_RE.match(text)
            and not ANNEX_LIST_RE.match(text) and not re.match(r"^表\s*\d", text)
            and not SUBJECT_WORDS_RE.match(text) and not CC_LINE_RE.match(text)  # the 版记's 主题词 and 抄送
            and not CLOSING_FORMULA_RE.match(text) and not TABLE_HEAD_RE.match(text)
            and not CELL_BAR_RE.search(text) and not REPLY_OPENING_RE.match(text)
            and not _name_row(text))


# A row of a name list (a 领导小组's members, a 名单 of people commended): a person's name, at most NAME_MAX
# characters or two spaced out to three ('龚 正'), set apart by a space from the post or unit ('张某某 市财政局局长',
# '李 某 民进某某总支、区政协经济委员会'). The post opens with a word: a bracket after a space is a title's stage
# ('…办法' / '(试行)' cut by the wrap to '办法 (试行)'), no post.
PERSON_POST_RE = re.compile(rf"^(?P<name>[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5]){{1,{NAME_MAX - 1}}}) +[\u4e00-\u9fa5][^\s。]+$")


def _name_row(text: str) -> bool:
    """A title names its issuer and 事由 in running words (GB/T 9704 7.3.1),
    never a person set apart from a post: a name list's row is no line of a
    title, though it is short and has no sentence's punctuation. No name is
    a place ('某某县 …'), a label ('第二章 …'), or a scanner's space: inside a
    word ('实施条 例》…', '新华期 货…'), before '关于' ('市政府 关于…') or in a
    line that ends as a title or a 主送 does ('合法性 审核机制的指导意见')."""
    row = PERSON_POST_RE.match(text)
    if row is None:
        return False
    name, post = row.group("name").replace(" ", ""), text[row.end("name"):].strip()
    return not row.group("name").endswith(PLACE_ENDINGS) and not LABEL_RE.match(text) \
        and not TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", text)) and not kind_of(text) \
        and not re.search(r"[《》:：]", post) and not splits_word(name, post)


def _row_ended(line: Line, full_width: float) -> bool:
    """A name list's row ends with its post: it runs on into the next line
    only where the wrap cut it, at the full measure, not short of it as a
    justified sentence's line may stop (its punctuation pushed down)."""
    return _name_row(line.text) and printed_width(line) < full_width * MEASURE.full


def _ends_row(lines: list[Line], k: int) -> bool:
    """Line k ends a name list's row: the row, or the rest of its post that
    the wrap cut onto a line of its own ('王某某 …区政协' / '农业和农村委员会')."""
    return _name_row(lines[k].text) or k > 0 and _name_row(lines[k - 1].text) and _titleish(lines[k]) \
        and not re.search(r"\s", lines[k].text)


# A reply's first sentence addresses the organ that asked ('你们关于…的请示（…号）收悉', '你院《…》收悉'):
# a title names its issuer and never opens with the second person (GB/T 9704 7.3.1).
REPLY_OPENING_RE = re.compile(either_script(r"^你"))


def _title_line(lines: list[Line], k: int) -> bool:
    """A line of a title: titleish, or the rest of a bracket the wrap cut open
    ("…乡村单元(SJSSJY0" / "3)"): what the bracket holds goes on, and a "3)"
    there is no label."""
    if _titleish(lines[k]) or _draft_stage(lines, k):
        return True
    above, text = lines[k - 1].text if k > 0 else "", lines[k].text
    return above.count("(") + above.count("（") > above.count(")") + above.count("）") \
        and bool(re.match(r"^[^（）()。，；]{0,20}[）)]", text)) and _titleish(replace(lines[k], text=above + text))


# The stage of a draft, in brackets after its name (立法技术规范: 草案, 修正草案·二审稿, 征求意见稿).
DRAFT_STAGE_RE = re.compile(r"^[（(][^（）()]{0,12}(?:草案|稿|试行|暂行|修订|修正)[^（）()]{0,8}[）)]$")


def _draft_stage(lines: list[Line], k: int) -> bool:
    """A draft's name in 《》 may have its stage in brackets on the line under
    it ("关于《XX条例》" / "（修正草案·二审稿）" / "公开征求意见的通知"): a line of
    the title, not a 附注 (which stands under a date)."""
    return k > 0 and bool(DRAFT_STAGE_RE.match(lines[k].text)) and lines[k - 1].text.endswith("》") \
        and _titleish(lines[k - 1])


# A space with no Latin letter or figure before it, or none after it. Written space first: the
# engine then skips to each space instead of trying both sides at every character (a title's
# lines are rejoined many times over while the split weighs where a title ends).
TITLE_SPACE_RE = re.compile(r" (?:(?<![A-Za-z0-9] )|(?![A-Za-z0-9]))")


def join_title(parts: list[str]) -> str:
    """Title lines rejoin without spaces; a space survives only between Latin words."""
    text = "".join(parts)
    return TITLE_SPACE_RE.sub("", text) if " " in text else text


def unquoted_title(title: str) -> str:
    """A title is printed bare (GB/T 9704 7.3.1); a web page that quotes the
    whole title in 《》 as its headline does ('《XX市人民政府关于…的通报》'):
    the marks are the page's, not the title's."""
    if not (title.startswith("《") and title.endswith("》")):
        return title
    depth = 0
    for k, ch in enumerate(title):
        depth += (ch == "《") - (ch == "》")
        if depth == 0:  # the first 《 closes here: at the end, or it quotes a name ('《A》与《B》')
            return title[1:-1] if k == len(title) - 1 else title
    return title


def wrapped(line: Line, full_width: float) -> bool:
    """A line that fills the file's measure without ending a sentence (or
    ending on a clause's lead and its colon, '…；责任单位：') goes on in the
    next line: whatever follows it is no title. A date line and a
    发文字号 line (GB/T 9704 prints each alone, the number in brackets too)
    go on into nothing, nor does a 附注 whose brackets open and close on the
    line (7.3.6: '（联系人：张某；联系电话：…）' under the date), nor a 主题词
    line that ends with its 文种, as the 1999 版记 lists it last
    ("主题词：农村公路 表彰 决定")."""
    return not line.cells and printed_width(line) >= full_width * MEASURE.fills \
        and (not ends_sentence(line.text) or ends_on_lead(line.text)) \
        and not is_date_line(line.text) and not is_doc_number_line(line.text) and not is_note_line(line.text) \
        and not (SUBJECT_WORDS_RE.match(line.text) and kind_of(line.text))


def _chapter_headings(lines: list[Line]) -> set[int]:
    """A chapter of a text numbered in sections (GB/T 1.1 章条编号), 'N 标题'
    with its first section 'N.1 …' under it: a heading, no title, though it
    ends as one may ('7 保障措施')."""
    found = set()
    for k in range(len(lines) - 1):
        text = lines[k].text.strip()
        if DECIMAL_CHAPTER_RE.match(text):
            number = re.match(r"\d+", text).group(0)
            if re.match(number + r"\s*[.．]\s*1(?!\d)", lines[k + 1].text.strip()):
                found.add(k)
    return found


def title_blocks(lines: list[Line], skip: set[int], full_width: float,
                 listed: frozenset[str] = frozenset()) -> list[TitleBlock]:
    """Find each title by the kind word that ends it, then reach back for the
    lines it began on: an issuer line above '关于…', or a line the title was
    wrapped from. A line the extractor marked as a block start begins it.
    A title framed as a document's (its 发文字号 and 主送 under it; a 法规's
    题注, a date, or the period it covers in brackets on its last line,
    '（2024年5月）') begins one even after a line that stops mid-sentence (the
    latter even after a line that fills the measure): a sentence runs on into
    a quoted title with words, not with that frame.

    Hard-wrapped body text also has lines ending in 方案 or 意见; such a
    line is a title only if the line above does not run on into it, it has
    none of a sentence's inner punctuation, and it does not fill the measure
    exactly, as wrapped body lines do, and run on into a line that starts
    nothing — unless the printed 目录 lists it as it stands (listed: the
    entries' titles, squashed), or it opens a paragraph and ends in a
    document's kind word joined to its 事由 by 的 (_joined_kind)."""
    blocks: list[TitleBlock] = []
    notes = _adoption_notes(lines)
    limit = title_lines(full_width)
    skip = skip | notes | _chapter_headings(lines) | _signed_under_annex_lists(lines, limit)
    i = 0
    while i < len(lines):
        if i in skip or not _titleish(lines[i]):
            i += 1
            continue
        end, first = None, squash(lines[i].text)
        for stop in range(i + 1, min(i + limit + 1, len(lines) + 1)):
            if stop - 1 in skip or not _title_line(lines, stop - 1) or (stop - 1 > i and lines[stop - 1].starts_block):
                break
            if stop - 1 > i and squash(lines[stop - 1].text) == first:
                break  # the title printed twice: the repeat is a block of its own
            if stop - 1 > i and _ends_file_name(lines, stop - 2):
                break  # a linked file's name ends at its extension ('…名录.docx'): no title runs on past it
            if stop - 1 > i and re.search(r"[:：]", lines[stop - 2].text) and not wrapped(lines[stop - 2], full_width):
                break  # a line holding a colon that stops short ends a sentence's lead ('责任单位:各县(市)区政府'):
                # no title runs on from it, as none reaches up over it (_title_start)
            if end is not None and (TITLE_GRAMMAR_RE.match(lines[stop - 1].text) or is_order_name(lines[stop - 1].text)
                                    or re.search(r"[，；,;]", lines[stop - 1].text)
                                    or TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", lines[stop - 1].text))
                                    and not wrapped(lines[stop - 2], full_width)):
                break  # a whole title above, and the next 标题 (or a 令's 版头) or a sentence begins; a space
                # between its 发文机关 and 关于 (OCR's) parts no words of that grammar, under a title's line that
                # stops short (joint issuers parted by spaces run on from a full line: '…成都市规划' / '和自然资源局 …关于')
            if stop - 1 == i + 1 and masthead_over(lines[i].text, lines[i + 1].text):
                break  # the organ's 版头 over its own title: no line of it
            if stop - 1 > i and ABOUT_RE.match(lines[stop - 1].text) \
                    and not ORGAN_END_RE.search(lines[stop - 2].text) and not _forwarded_head(lines, i, stop - 2) \
                    and not issuing_organs(above := "".join(line.text for line in lines[i:stop - 1])) \
                    and len(_organ_names(above)) < 2:
                break  # '关于' opens a title; only its issuers' lines (or the 转发 of it) go above it
            candidate = join_title([line.text for line in lines[i:stop]])
            if _balanced(candidate) and kind_of(candidate):
                end = stop
        if end is None:
            i += 1
            continue
        last = end - 1
        if end < len(lines) and _continues_title(lines, end):
            end += 1
        floor = blocks[-1].end if blocks else 0
        start = min(_title_start(lines, last, end, skip, floor, full_width),
                    _grammar_head(lines, last, end, skip, max(floor, i), limit, full_width))
        # The line above stops mid-sentence; a linked file's name ('附件：…名录.docx') ends at its extension.
        cut = start > 0 and _flows_on(lines[start - 1].text) and not _ends_file_name(lines, start - 1)
        framed = end in notes or _dated_under(lines, end) or _period_under(lines, start, end) \
            or (end + 1 in notes and _organ_line(lines[end].text))  # the organ line over the 题注 hides it not
        if start > 0 and not lines[start].starts_block and not lines[start - 1].cells \
                and start - 1 not in skip and not is_order_name(lines[start].text) and (
                cut or (wrapped(lines[start - 1], full_width) and not _framed_full_title(lines, start, end)
                        and not _ends_file_name(lines, start - 1) and not _row_ended(lines[start - 1], full_width)
                        and squash(join_title([line.text for line in lines[start:end]])) not in listed)) \
                and not (cut and _number_and_addressees_under(lines, end)) and not framed:
            i = end  # a quoted title inside a sentence, or a wrapped body line
            continue
        if re.search(r"[，；,;]", "".join(line.text for line in lines[start:end])):
            i = end  # a sentence of the body that happens to end in 意见 or 方案
            continue
        after_date = _ends_frame(lines, start - 1)  # an issued text's title
        title = join_title([line.text for line in lines[start:end]])
        own_head = TITLE_GRAMMAR_RE.match(title) and (start == 0 or start - 1 in skip  # right under the 目录
                                                      or not wrapped(lines[start - 1], full_width))
        if end < len(lines) and CITED_AFTER_RE.match(lines[end].text):
            i = end  # '关于…的请示' / '（〔1996〕…号）收悉': a title cited at a 批复's opening
            continue
        filled = (width(lines[end - 1].text) + paragraph_indent(lines[end - 1])) / (full_width or 1)
        under_number = start > 0 and is_doc_number_line(lines[start - 1].text)  # the 版头's 发文字号 over it
        if end < len(lines) and MEASURE.full <= filled <= MEASURE.exact and not under_number \
                and not ends_sentence(lines[end - 1].text) and not _frame_starts(lines[end]) \
                and not after_date and not own_head and not _genre_opens_under(lines, end, title) \
                and not _framed_full_title(lines, start, end) and squash(title) not in listed and not framed \
                and not (NUMBERED_NOTICE_RE.search(title) and ends_sentence(lines[start - 1].text if start else "。")) \
                and not (_joined_kind(title) and (start == 0 or _stops(lines[start - 1].text))):
            i = end  # a full body line that runs on past the kind word (not into a 题注, a date or a period)
            continue
        blocks.append(TitleBlock(start, end, title, _what_follows(lines, end, title)))
        i = end
    return _framed_titles(lines, skip, blocks, limit, full_width)


def _signed_under_annex_lists(lines: list[Line], limit: int) -> set[int]:
    """The 署名 under an 附件说明 that has closed its titles (GB/T 9704 7.3.5.1:
    '附：…《…》' / '某某县建设局'), wrapped over a few lines or not: it ends the
    document above, also where no date stands under it, and is no line of
    the next title, whose own organ may open it ('某某区人民政府关于…'). Over a
    line that opens with 关于 (or 印发, 转发) it is that title's 发文机关, its
    first line (GB/T 9704 7.3.1), as it is in the 版头's place."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not _organ_line(line.text) or k + 1 < len(lines) and ISSUING_WORD_RE.match(lines[k + 1].text):
            continue
        for top in range(k - 1, max(k - 1 - limit, -1), -1):
            if ANNEX_LIST_RE.match(lines[top].text):
                # The list closes its titles on the line right above, not before it.
                closes = [closed_annex_list(join_title([above.text for above in lines[top:j]]))
                          for j in range(top + 1, k + 1)]
                if closes[-1] and not any(closes[:-1]):
                    out.add(k)
                break
            if ends_sentence(lines[top].text) or is_date_line(lines[top].text):
                break
    return out


def _joined_kind(title: str) -> bool:
    """标题 = 事由 + 的 + 文种 (GB/T 9704 7.3.1: '关于…的通知', '…情况的通报'):
    a document's kind word (a 公文's, or a speech's) joined to its 事由 by
    的. A sentence names a kind word as a common noun or a verb without it
    ('依照本法规定', '本公告内容'), and a title it cites it quotes in 《》,
    so a paragraph's first line that ends so, filling the measure, is a
    title, not a sentence run on past the kind word."""
    word, kind = KIND_RE.search(title), kind_of(title)
    return bool(word) and title[:word.start()].endswith("的") and (kind in DOCUMENT_KINDS or kind in STANDALONE_KINDS)


def _genre_opens_under(lines: list[Line], end: int, title: str) -> bool:
    """Under the title of a genre, the line its text opens with, not the rest
    of a sentence the title's line ran on from: a speech's byline, the
    speaker's name on a line of its own (genres.speech), or a chronicle's
    first entry, opening with the day it tells of (genres.chronicle)."""
    if end >= len(lines):
        return False
    kind, text = kind_of(title), lines[end].text
    return kind == "讲话" and bool(SPEAKER_RE.match(text)) or kind == "大事记" and bool(CHRONICLE_ENTRY_RE.match(text))


def _adoption_notes(lines: list[Line]) -> set[int]:
    """The lines of each 法规's 题注 (立法技术规范: the dates it was adopted,
    approved or amended, under its title; in brackets, wrapped or not): no
    title begins or runs on there. A bracketed note runs to where its
    bracket closes, an unbracketed one is a line a date."""
    notes: set[int] = set()
    for k in range(len(lines)):
        if k in notes:
            continue
        if undated := _undated_note(lines, k):
            notes.update(range(k, undated))
            continue
        if not ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[k:k + NOTE_LINES]])):
            continue
        stop = k + 1
        while stop < min(len(lines), k + NOTE_LINES) and not _balanced(join_title([line.text for line in lines[k:stop]])):
            stop += 1
        notes.update(range(k, stop))
    return notes


def _undated_note(lines: list[Line], k: int) -> int:
    """A 题注 in brackets from line k that names the session which adopted
    the text without its date, a later event dated (whole_adoption_note):
    the line after its closing bracket, or 0."""
    if not UNDATED_FIRST_EVENT_RE.match(join_title([line.text for line in lines[k:k + NOTE_LINES]])):
        return 0
    return next((stop for stop in range(k + 1, min(len(lines), k + NOTE_LINES) + 1)
                 if whole_adoption_note(join_title([line.text for line in lines[k:stop]]))), 0)


def _framed_full_title(lines: list[Line], start: int, end: int) -> bool:
    """A full 标题 (发文机关 + 关于/印发/转发 + 事由 + 文种, or 关于 left out:
    "XX市人民政府征收土地预公告") with its 主送机关 under it (GB/T 9704
    7.3.1–7.3.2) is a document's title, though the line above fills the
    measure (a heading or a line that ends an excerpt at a narrow measure is
    no proof that the text runs on): a sentence that runs into a title goes
    on after it, not into a list of organs and a colon, on one line or
    wrapped over a few."""
    title = join_title([line.text for line in lines[start:end]])
    return bool(TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title)) \
        and (_what_follows(lines, end, title) == "addressee" or _addressees_from(lines, end))


# 标题 = 发文机关 + 事由 + 文种, 关于 left out: a place's organ by its full name first.
ORGAN_TITLE_RE = re.compile(rf"^{ORGAN_START_RE.pattern[1:]}[\u4e00-\u9fa5]{{0,24}}?{ORGAN_ENDING}[\u4e00-\u9fa5]{{4,}}$")


def _number_and_addressees_under(lines: list[Line], end: int) -> bool:
    """GB/T 9704 7.2.4 and 7.3.2: under a title, its 发文字号 on a line of its
    own, then the 主送机关 (wrapped or not) ending in a colon. A sentence that
    runs on into a quoted title goes on with words, not with that frame, so a
    title framed so opens a document even after a line that stops mid-sentence
    (a text whose page or excerpt ends there)."""
    if end >= len(lines) or not is_doc_number_line(lines[end].text):
        return False
    return _addressees_from(lines, end + 1)


ADDRESSEE_WRAP = 4  # lines a 主送机关 may be wrapped over at the narrowest measure


def _addressees_from(lines: list[Line], start: int) -> bool:
    """GB/T 9704 7.3.2: the 主送机关 from line start, on one line or wrapped
    over a few, ending in a colon."""
    return any(is_addressee_line(join_title([line.text for line in lines[start:stop]]))
               for stop in range(start + 1, min(len(lines), start + ADDRESSEE_WRAP) + 1))


def is_order_name(text: str) -> bool:
    """The 版头 line of an order that promulgates a regulation: a 政府令's
    (GB/T 9704 10.2), the organ's name and 令, "XX市人民政府令"; or the 公告 by
    which a 人大常委会 promulgates a 地方性法规 (立法法: 由常务委员会发布公告予以
    公布), the organ's name and 公告 with no 事由, "XX省人民代表大会常务委员会公告".
    A title of its own, its 第N号 under it, under the regulation's title a
    gazette may print above it."""
    return (kind_of(text) == "令" or text.endswith("公告")) and not _figured(text) \
        and bool(ORGAN_END_RE.search(re.sub(r"(?:命令|令|公告)$", "", text)))


def _figured(text: str) -> bool:
    """An organ's name holds no figure: a 令's name with one ('正2019年9月29日XX省人民政府令',
    a 题注 the wrap cut) is a sentence's."""
    return bool(re.search(r"\d", text))


def _organ_alone(text: str) -> bool:
    """One organ's name and nothing else: the 发文机关标志 of a 令 that prints its 令号 by code under it."""
    return bool(ORGAN_END_RE.search(text)) and bool(JOINT_NAME_RE.match(text))


def _framed_titles(lines: list[Line], skip: set[int], blocks: list[TitleBlock], limit: int,
                   full_width: float) -> list[TitleBlock]:
    """A title without a kind word is still a title when the frame of a
    document follows it: its 发文字号, or its 主送机关 (GB/T 9704 prints
    them right under the title). The title is the short lines above, down to
    a 副题 that opens with a dash. A
    发文字号 with a title right under it is in that title's 版头, and frames
    nothing above it (a list of names ending a document, say). A number
    read as damaged ('…函〔2023276') under a line the wrap filled mid-sentence
    is that sentence's last piece, no line of its own (GB/T 9704 7.2.4 prints
    the number alone)."""
    taken = {k for b in blocks for k in range(b.start, b.end)}
    titled = {b.start for b in blocks}
    found = []
    for j, line in enumerate(lines):
        organs = addressed_organs(line.text) and not is_addressee_line(line.text)
        if j in taken or j in skip or not (is_doc_number_line(line.text) or is_addressee_line(line.text) or organs) \
                or (j + 1 in titled and is_doc_number_line(line.text)) \
                or (j > 0 and damaged_doc_number(line.text) and wrapped(lines[j - 1], full_width)):
            continue
        head = j
        while head > 0 and head - 1 not in taken and _addressees_wrapped(lines, head - 1, j, full_width):
            head -= 1  # the 主送's lines the wrap cut above its colon ('各区、县财政局、…、市属' / '水利管理单位:')
        start = head
        while start > 0 and head - start < limit and start - 1 not in taken and start - 1 not in skip \
                and _titleish(lines[start - 1]) and not re.search(r"[，；：,;:]", lines[start - 1].text):
            start -= 1
        if start == head or (start > 0 and start - 1 not in skip and _flows_on(lines[start - 1].text)) \
                or SUBTITLE_RE.match(lines[start].text) \
                or OCCASION_RE.match(lines[start].text):
            continue  # a 副题 or occasion heads no title: under a speech's byline a 称谓 frames nothing
        if start - 1 in taken and not is_doc_number_line(line.text) \
                and all(_organs_only(line.text) for line in lines[start:head]):
            continue  # the authors' names under the title above (GB/T 9704 7.3.5.2), over its 主送: no title
            # (over a 令号, the organ alone is the 令's 版头)
        # A 副题 under the title (the occasion of a 说明 or speech, its speaker under that) is no part of it.
        end = next((k for k in range(start + 1, head) if SUBTITLE_RE.match(lines[k].text)), head)
        title = join_title([line.text for line in lines[start:end]])
        if organs and not (ABOUT_TITLE_RE.match(title) and _opens_text(lines, start, skip)):
            continue
        found.append(TitleBlock(start, end, title, _what_follows(lines, end, title)))
        taken.update(range(start, j))
    return sorted(blocks + found, key=lambda b: b.start)


def _addressees_wrapped(lines: list[Line], k: int, j: int, full_width: float) -> bool:
    """Line k opens a 主送 addressed to classes of organs (GB/T 9704 7.3.2,
    '各…'), filled to the measure, that the wrap carried on down to the line
    j its colon closes: a title opens with its 发文机关 or 关于, never with 各."""
    return lines[k].text.startswith("各") and wrapped(lines[k], full_width) \
        and is_addressee_line("".join(line.text for line in lines[k:j + 1]))


def _organs_only(text: str) -> bool:
    """A line of organs' names alone, parted by spaces or 、 ('北京市财政局 市水利局')."""
    return all(ORGAN_END_RE.search(name) for name in re.split(r"[\s、]+", text.strip()))


# 标题 = 发文机关 + 关于 + 事由 + 文种 (GB/T 9704 7.2.5), whatever the 文种 word: '…关于…的承诺'.
# The 发文机关 before 关于 is an organ's name (a place, 中共, 国务院… and an organ's ending), or none.
ABOUT_TITLE_RE = re.compile(rf"^(?:{ORGAN_START_RE.pattern[1:]}[\u4e00-\u9fa5、]{{0,24}}?{ORGAN_ENDING})?"
                            rf"{ABOUT_RE.pattern}[^，。；：,;:]{{2,}}的[\u4e00-\u9fa5]{{1,6}}$")
# One organ or more addressed by name, the colon closing them: '省自然资源厅：'.
ORGANS_ADDRESSED_RE = re.compile(rf"^(?:(?:{ADDRESSEE_NAME}|{ADDRESSEE_PLACE})[、，,])*{ADDRESSEE_NAME}[:：]$")


def addressed_organs(text: str) -> bool:
    """A 主送机关 (GB/T 9704 7.3.2) of organs named as organs are, ending in
    its colon, though no word of a class (各…, 部门, 单位) is in it: under a
    title in the 关于 form it frames that title whatever its 文种 word."""
    return bool(ORGANS_ADDRESSED_RE.match(text.strip()))


def _opens_text(lines: list[Line], start: int, skip: set[int] = frozenset()) -> bool:
    """Line start begins a text: the file's first line, or one under a line
    that ends a sentence, a document's frame, a table or the 目录 (skip); a
    body line the sentence above runs into opens nothing."""
    return start == 0 or start - 1 in skip or ends_sentence(lines[start - 1].text) \
        or _ends_frame(lines, start - 1) or lines[start - 1].cells is not None


def _balanced(text: str) -> bool:
    """A title closes the brackets and 《》 it opens: '专利代理条例（1991年3月4日…
    国务院令' ends in 令 only halfway through the note under the title, '…的决定
    根据…《关于印发…实施方案' halfway through a citation of the body."""
    return text.count("（") + text.count("(") == text.count("）") + text.count(")") \
        and text.count("《") == text.count("》")


def _flows_on(text: str) -> bool:
    """A body line that stops mid-sentence continues on the next line."""
    if text.count("《") > text.count("》"):
        return True  # a citation opened and not closed: what follows is quoted
    if ends_sentence(text) or is_date_line(text) or text.endswith(CLOSERS_END):
        return False
    return bool(re.search(r"[《“（(、，]$", text)) or bool(re.search(r"[。，；]", text)) \
        or bool(REPLY_OPENING_RE.match(text))  # a reply's sentence to the organ that asked


def _title_start(lines: list[Line], first: int, end: int, skip: set[int], floor: int,
                 full_width: float) -> int:
    start = first
    while start > floor and end - start < title_lines(full_width) and not lines[start].starts_block:
        above = lines[start - 1]
        if start - 1 in skip or not _title_line(lines, start - 1) or (
                re.search(r"[:：@]|\d[%％]?$", above.text) and not wrapped(above, full_width)) \
                or re.search(r"[，；,;]", above.text) or _ends_file_name(lines, start - 1):
            break  # a clause mark is a sentence's, no title's (title_blocks); a linked file's name ends there
        head = lines[start].text
        if is_order_name(head):
            break  # a 令's 版头 is a whole title: a regulation title above it is its own (_promulgated_above)
        if ABOUT_RE.match(head) and forwarding(above.text):
            start -= 1  # '转发XX厅等部门' over the forwarded title's '关于…': its issuer may stand above that
            continue
        if ABOUT_RE.match(head) or (PASSING_HEAD_RE.match(head) and ORGAN_END_RE.search(above.text)):
            if ORGAN_END_RE.search(above.text) or issuing_organs(above.text) \
                    or (ABOUT_RE.match(head) and SESSION_RE.match(above.text)):
                start -= 1  # the 发文机关 on its own line above 关于 or 转发, perhaps with the verb; a 决议's session
            break
        if _organ_cut_above(above, head, full_width):
            start -= 1  # the 发文机关 the wrap cut in its ending: '…领导小组办公' / '室关于…'
            break
        if _organ_alone(above.text) and start - 2 >= floor and _organ_alone(lines[start - 2].text) \
                and not wrapped(above, full_width):
            break  # the organs that issue a text, one a line over its title (GB/T 9704 7.3.5.2), head no title
        if ABOUT_RE.search("".join(line.text for line in lines[start:end])) \
                or not (wrapped(above, full_width) or _wrapped_into(above, head)):
            break
        if _balanced("".join(line.text for line in lines[start:end])) \
                and not _balanced("".join(line.text for line in lines[start - 1:end])):
            break  # a title closes only the brackets it opens: "…负责)" above it ends a sentence's aside
        start -= 1
    return start


ORGAN_TAIL = 3  # characters of an organ's ending a wrap may leave before 关于: '室', '委员会'


def _organ_cut_above(above: Line, head: str, full_width: float) -> bool:
    """GB/T 9704 7.2.5: the 发文机关 before 关于, its name cut by the wrap
    inside its ending ('…工作领导小组办公' / '室关于印发…的通知'): the full line
    above begins as organ names begin and, with the characters before 关于,
    ends as they end."""
    about = ABOUT_RE.search(head)
    return bool(about) and 0 < about.start() <= ORGAN_TAIL and wrapped(above, full_width) \
        and bool(ORGAN_START_RE.match(above.text)) and not re.search(r"[\s，。；：,;:、]", above.text) \
        and bool(ORGAN_END_RE.search(above.text + head[:about.start()]))


def _grammar_head(lines: list[Line], last: int, end: int, skip: set[int], floor: int, limit: int,
                  full_width: float) -> int:
    """Where a title wrapped anywhere begins by the 标题 grammar, 发文机关 +
    关于 + 事由 + 文种: at the topmost of its lines that holds 关于 (or 转发,
    印发, 批转), with the lines of organ names right above it (the issuers,
    one a line); the kind word's own line when no line holds one."""
    head = last
    lowest = max(floor, end - limit)
    k = last
    while k - 1 >= lowest and k - 1 not in skip and _title_line(lines, k - 1) and not lines[k].starts_block:
        k -= 1
        if _holds_issuing_word(lines, k, end) and TITLE_GRAMMAR_RE.match(
                join_title([line.text for line in lines[k:end]])):
            head = k
    def organ_line(k: int) -> bool:
        """An organ's name on a line of its own: not its ending alone, nor the last words of a
        line the measure wrapped ('…嘉兴银监分局、嘉兴' over '电力局': a list's last name)."""
        return k >= lowest and k not in skip and len(lines[k].text) <= 25 and bool(ORGAN_END_RE.search(lines[k].text)) \
            and _titleish(lines[k]) and not re.search(r"\s", lines[k].text) and not BARE_ENDING_RE.match(lines[k].text) \
            and not (k > 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width))

    top = head
    while organ_line(top - 1) and not lines[top].starts_block:
        top -= 1
    if ISSUING_WORD_RE.search(lines[head].text) or head - top <= 1:
        head = top
    # else: organs one a line over a title with no 关于 (…实施办法) are the text's authors (GB/T 9704 7.3.5.2)
    return _joint_issuers_above(lines, head, skip, lowest, full_width)


def _holds_issuing_word(lines: list[Line], k: int, end: int) -> bool:
    """Line k holds the title's 关于 (转发, 印发, 批转), or its first character
    with the second at the head of the next line of the title: a title is
    wrapped anywhere, inside that word too ('…常务委员会关' / '于修改《…'…)."""
    text = lines[k].text.rstrip()
    return bool(ISSUING_WORD_RE.search(text)) or k + 1 < end \
        and bool(ISSUING_WORD_RE.fullmatch(text[-1:] + lines[k + 1].text.lstrip()[:1]))


JOINT_NAME_RE = re.compile(r"^[\u4e00-\u9fa5（）()“”]{2,40}$")  # an organ's name: words, a quoted or bracketed one
BARE_ENDING_RE = re.compile(f"^{ORGAN_ENDING}+$")  # '局', '办公室': an ending with no name before it


def _joint_issuers_above(lines: list[Line], head: int, skip: set[int], lowest: int, full_width: float) -> int:
    """GB/T 9704 7.2.5: a title of joint issuers names them all before 关于;
    a page may part them by spaces on one line, which the measure wraps
    anywhere ("XX市发展和改革委员会 中共XX市" / "委社会工作部 XX市住房" / "和城乡建设局 关于印发…").
    The title runs up from its 关于 line to the topmost line from which
    the text before 关于 is two or more names parted by spaces, each ending
    as organ names end, or names and the verb 印发/转发 (issuing_organs). A
    line that closes a bracket it did not open ('…第四次修正)') ends the text
    above: a title closes only the brackets it opens. The title begins on a
    line of its own: the end of a line the measure wrapped above it ('…分别
    履行下' / '列管理职责') is that line's, no first name (wrapped)."""
    about = ISSUING_WORD_RE.search(lines[head].text)
    if not about:
        return head
    top, k = head, head
    while k - 1 >= lowest and k - 1 not in skip and not lines[k].starts_block and _titleish(lines[k - 1]) \
            and not re.search(r"[，。；：,;:]", lines[k - 1].text):
        k -= 1
        names = "".join(line.text for line in lines[k:head]) + lines[head].text[:about.start()]
        if not _balanced(names):
            break
        if (len(_organ_names(names)) >= 2 or issuing_organs(names)) \
                and not (k - 1 >= 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width)):
            top = k
    return top


# The forwarded text's issuers after the verb, as a 转发 title names them before
# that text's '关于…': one organ, several parted by 、, or the first and 等部门, perhaps counted (等9部门).
FORWARDING_RE = re.compile(either_script(rf"^(?:转发|批转)(?P<organs>[\u4e00-\u9fa5、]{{2,60}}?"
                                         rf"(?:等[\d{CN_NUMERAL}]{{1,3}}个?(?:部门|单位|机关))?)$"))
# The forwarded organs counted or not ('市卫生局等部门', '市卫生局等9部门', '…等九个单位').
FORWARDED_MORE_RE = re.compile(rf"等[\d{CN_NUMERAL}]{{0,3}}个?(?:部门|单位|机关)$")


def forwarding(text: str) -> bool:
    """GB/T 9704 7.2.5: a 转发 notice's title is its issuer, 转发, then the
    forwarded title, which names its own issuers before 关于; wrapped, a line
    may hold the verb and those issuers alone ("转发省人力资源社会保障厅等部门",
    or counted, "…等9部门") over "关于做好…的意见的通知": a line of the title,
    not a sentence."""
    match = FORWARDING_RE.match(text.replace(" ", ""))
    if not match:
        return False
    organs = FORWARDED_MORE_RE.sub("", match.group("organs"))
    return all(ORGAN_END_RE.search(name) for name in organs.split("、"))


def _forwarded_head(lines: list[Line], i: int, k: int) -> bool:
    """Line k is a 转发 title's line of the verb and the forwarded issuers, and
    the run from i holds nothing above it but the issuer's name alone; or
    line k is the run's first and holds the issuer too ("XX市人民政府办公厅转发
    市教育局等部门" over "关于…的通知")."""
    text = lines[k].text.replace(" ", "")
    verb = FORWARDING_VERB_RE.search(text)
    if k == i and verb and verb.start() and ORGAN_END_RE.search(text[:verb.start()]):
        return forwarding(text[verb.start():])
    return forwarding(lines[k].text) and (k == i or (k - 1 == i and bool(ORGAN_END_RE.search(lines[i].text))))


FORWARDING_VERB_RE = re.compile(either_script("转发|批转"))


def issuing_organs(text: str) -> bool:
    """GB/T 9704 7.2.5: a 印发/转发/批转 notice's title may put its issuers
    and the verb on its first line (or lines) and the issued text's
    '关于…的意见' under it ("XX市人民政府 XX市中级人民法院印发" / "关于…的意见的
    通知"): organ names, parted by spaces or one alone, then the verb go on
    into the title under them. A 版记's 印发 line carries its date; this one
    holds names alone."""
    verb = PASSING_TAIL_RE.search(text)
    return bool(verb) and bool(_organ_names(text[:verb.start()]))


# A title's first words naming its 发文机关 before 关于: '县人民政府关于…'.
TITLE_ORGAN_RE = re.compile(rf"^(?P<organ>[\u4e00-\u9fa5]{{0,24}}?{ORGAN_ENDING}){ABOUT_RE.pattern}")


def masthead_over(above: str, title: str) -> bool:
    """GB/T 9704 7.2.1: the 发文机关标志, the organ's name alone on its line,
    stands over a title that names the same organ, in full or short ('XX县人民
    政府' over '县人民政府关于…的通知'): it is the 版头, no line of the title,
    which names its issuer once. Joint issuers one a line over '…关于' are
    different organs and stay the title's."""
    organ = TITLE_ORGAN_RE.match(title)
    above = above.replace(" ", "")
    if not organ or not (ORGAN_END_RE.search(above) and JOINT_NAME_RE.match(above)):
        return False
    short = organ.group("organ")
    return above.endswith(short) or above.replace("人民", "").endswith(short.replace("人民", ""))


def _organ_names(text: str) -> list[str]:
    """The names of a run parted by spaces, each ending as organ names end; none if one does not."""
    names = text.split()
    return names if all(ORGAN_END_RE.search(name) and JOINT_NAME_RE.match(name) for name in names) else []


def _wrapped_into(above: Line, head: str) -> bool:
    """'…关于印发潜江市促进“互联网+医疗健康”' above '发展实施方案的通知'."""
    return bool(ABOUT_RE.match(above.text)) or bool(re.search(r"[“《（(、]$|[^\u4e00-\u9fa5]$", above.text)) \
        or not re.match(r"^(?:[\u4e00-\u9fa5]{2,}[市县区州省])", head)


CLOSERS_END = ("）", ")", "”", "》")


SUBTITLE_RE = re.compile(rf"^\s*[{DASHES}\-]{{1,2}}")  # a 副题 opens with a dash: "——2023年3月28日在…会议上"


def _untitled_end(lines: list[Line], i: int, end: int, full_width: float) -> int:
    """A title without a kind word runs on while its line fills the measure,
    or ends in a word that asks for the noun after it (OPEN_PHRASE_END_RE: a
    title centred over two lines, '深圳湾口岸港方口岸区的' / '查验区界址点坐标').
    A line right over a table's rows is its caption, which a full line
    runs into only when the wrap could not have set the caption's first
    character on it ('…界址点坐标', 16 of 18 columns, over 'A匝道桥界址点坐标'
    and the rows: the caption's own line)."""
    stop = i + 1
    while stop < end and stop - i < title_lines(full_width) and not lines[stop].starts_block and (
            _draft_stage(lines, stop)
            or (OPEN_PHRASE_END_RE.search(lines[stop - 1].text)
                or wrapped(lines[stop - 1], full_width) and not _caption_set_apart(lines, stop, end, full_width))
            and _titleish(lines[stop]) and not re.search(r"[，；：,;:]", lines[stop].text)):
        stop += 1
    return stop


def _caption_set_apart(lines: list[Line], k: int, end: int, full_width: float) -> bool:
    """Line k stands right over a table's rows, and its first character would
    have fit on the line above: a line of its own (the table's caption), not
    the rest of a title the measure wrapped."""
    return k + 1 < end and bool(lines[k + 1].cells) \
        and printed_width(lines[k - 1]) + width(lines[k].text[:1]) <= full_width


# A phrase that cannot end a title: the attributive 的, a conjunction or 关于 wait for the noun after them
# (GB/T 9704 7.3.1: a title is broken between words, its lines read as one phrase).
OPEN_PHRASE_END_RE = re.compile(either_script(r"(?:的|关于|对于)$"))


def _frame_starts(line: Line) -> bool:
    """What may follow a title: its 发文字号 (or the serial a 令 or 公告 prints),
    主送机关, date, or a fresh block."""
    return line.starts_block or is_doc_number_line(line.text) or is_addressee_line(line.text) \
        or is_date_line(line.text) or bool(LABEL_RE.match(line.text)) or is_order_name(line.text) \
        or bool(ORDER_NUMBER_RE.match(line.text))


# A title's years or stage in brackets on a line of their own ('（试行）', '（2022—2024年）'), or the
# same whose opening bracket the page lost ('2023年)', as it loses 年月日 and 号): years or a stage
# before the closing bracket, never a label's figure ('3)').
TITLE_TAIL_RE = re.compile(r"[（(][^）)]{1,12}[）)]|[^（）()]{0,10}(?:年|年度|试行|暂行)[）)]")


def _continues_title(lines: list[Line], end: int) -> bool:
    """'…实施方案' may be followed by '（试行）' or '（2022—2024年）' on its own line;
    a full date in brackets is a speech's date line, not part of its title."""
    text = lines[end].text
    return bool(TITLE_TAIL_RE.fullmatch(text)) and not DATE_RE.search(text) \
        and not paren_frame(text) and not ORDER_NUMBER_RE.match(text)


def _organ_line(text: str) -> bool:
    """A line of an organ's name and nothing else ('辽宁省人大常委会')."""
    return bool(JOINT_NAME_RE.match(text) and ORGAN_END_RE.search(text))


def _dated_under(lines: list[Line], end: int) -> bool:
    """A year and month right under a title, or under the line of its
    compilers ('西藏自治区统计局  国家统计局西藏调查总队' / '2023年4月'), or a
    reprint's date in brackets ('（2019年4月12日）'): a frame no sentence runs
    on into; or a reprint's date over its 发文字号, whole or with its 年月日
    lost ('201276' / '赣发〔2012〕8号'). (A bare full date under names is a
    signature's 成文日期, the end of a text.)"""
    def month(k: int) -> bool:
        return k < len(lines) and bool(MONTH_LINE_RE.match(lines[k].text.replace(" ", "")))
    text = lines[end].text.replace(" ", "") if end < len(lines) else ""
    names = lines[end].text.split() if end < len(lines) else []
    over_number = end + 1 < len(lines) and is_doc_number_line(lines[end + 1].text) \
        and (is_date_line(text) or bool(DAMAGED_DATE_RE.match(lines[end].text.strip())))
    return month(end) or (text[:1] in "（(" and is_date_line(text)) or over_number \
        or (bool(names) and all(_organ_line(name) for name in names) and month(end + 1))


def _period_under(lines: list[Line], start: int, end: int) -> bool:
    """A title's last line is the period it covers, a year and month in
    brackets under its kind word ('市政府工作要事记' / '（2024年5月）')."""
    text = lines[end - 1].text.replace(" ", "")
    return end - 1 > start and text[:1] in "（(" and bool(MONTH_LINE_RE.match(text))


def _what_follows(lines: list[Line], end: int, title: str) -> str:
    """The frame under a title: its 发文字号 (on its own line, in brackets, or
    a 政府令's "第N号"), its 主送机关, its date, or a regulation's 题注 (the
    dates it was adopted), perhaps wrapped over a few lines; or a
    regulation's first 第一章/第一节/第一条 (its articles begin at one); or
    the occasion a speech or report was delivered at."""
    if any(OCCASION_RE.match(join_title([line.text for line in lines[end:stop]]))
           for stop in range(end + 1, min(len(lines), end + OCCASION_WRAP) + 1)):
        return "occasion"
    if ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[end:end + 3]])) \
            or (end < len(lines) and _organ_line(lines[end].text)
                and ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[end + 1:end + 4]]))):
        return "note"  # the 题注, perhaps under the organ line a law compilation prints between them
    if _undated_note(lines, end):
        return "note"  # a 题注 in brackets naming its session undated, the next event dated
    if end < len(lines) and (label := LABEL_RE.match(lines[end].text)) \
            and any(label.group(s) and cn_to_int(label.group(s)) == 1 for s in ("zhang", "jie", "tiao")):
        return "articles"
    for line in lines[end:end + 2]:
        if is_doc_number_line(line.text) or (kind_of(title) in NUMBERED_KINDS and ORDER_NUMBER_RE.match(line.text)):
            return "doc_number"
        if is_addressee_line(line.text) or (line is lines[end] and addressee_names(line.text)) \
                or (line is lines[end] and addressed_organs(line.text) and ABOUT_TITLE_RE.match(title)):
            return "addressee"
        if is_date_line(line.text) or paren_frame(line.text):
            return "date"
    return ""


# How many title blocks ahead a 目录 entry's document may lie: the issued
# texts and 附件 of the documents in between each start a title block.
TOC_WINDOW = 80
TOC_MATCH = 0.6  # an entry and a title this alike (difflib ratio) are the same document


def _match_toc(toc: list[TocEntry], blocks: list[TitleBlock],
               names: list[tuple[str, ...]]) -> list[tuple[Optional[int], float]]:
    """For each 目录 entry, the title block of its document and the match score.

    Entries and documents come in the same order. Titles printed the same in
    both are anchors (found through a dictionary, in order); an entry between
    two anchors (an OCR slip, a wrapped title) is matched fuzzily among the
    blocks between them, at most TOC_WINDOW ahead: linear time, not
    entries × blocks, and one bad entry cannot pull the rest out of line.
    A block may go by several names (names[k]: a 令 by the regulation it
    promulgates too).
    """
    exact: dict[str, list[int]] = defaultdict(list)  # squashed title → block positions, ascending
    for k, block_names in enumerate(names):
        for name in block_names:
            exact[squash(name)].append(k)
    for positions in exact.values():
        positions.sort()
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
                for name in names[k]:
                    matcher = SequenceMatcher(None, wanted, squash(name), autojunk=False)
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
    """Documents begin where the document grammar says a new one begins
    (see opens_document); the printed 目录, when there is one, is the strong
    cross-check: its entries start documents, and a boundary only one of the
    two sees is reported."""
    diagnostics: list[Diagnostic] = []
    contents = own_contents([line.text for line in lines], toc_lines)
    listed = frozenset(squash(entry.title) for entry in toc)
    blocks = _drop_repeated_titles(lines, title_blocks(lines, toc_lines | contents, full_width, listed))
    grammar = _grammar_starts(lines, blocks, toc_lines)
    opened = [block.start for block in grammar]
    starts: dict[int, DocSpan] = {}
    if toc:
        orders = {_promulgated_above(lines, block, toc_lines): block for block in grammar}
        names = [(block.title,) + ((name,) if (name := _promulgates(lines, block)) else ()) for block in blocks]
        for entry, (best, best_score) in zip(toc, _match_toc(toc, blocks, names)):
            if best is not None and best_score >= TOC_MATCH:
                # A regulation's title printed above its 令 is listed for the 令, which names it.
                block = orders.get(blocks[best].start) or _listed_by_its_text(blocks[best], grammar, opened, starts)
                starts[block.start] = DocSpan(_head(lines, block, toc_lines), 0, block, toc=entry)
            else:
                diagnostics.append(Diagnostic(source, entry.line, "toc-unmatched",
                                              f"目录中的“{entry.title}”在正文中没有找到"))
        opened_set = set(opened)
        for start in sorted(set(starts) - opened_set):
            diagnostics.append(Diagnostic(source, lines[start].no, "toc-grammar",
                                          f"目录在此处开始一件文件，但正文没有新文件的格式（文号、主送等）："
                                          f"{starts[start].title.title}"))
        first = min(starts) if starts else None
        for block in grammar:
            if block.start not in starts and (first is None or block.start > first):
                starts[block.start] = DocSpan(_head(lines, block, toc_lines), 0, block)
                diagnostics.append(Diagnostic(source, lines[block.start].no, "toc-missing",
                                              f"正文中的“{block.title}”没有列入目录"))
    else:
        for block in grammar:
            starts[block.start] = DocSpan(_head(lines, block, toc_lines), 0, block)
    spans = [starts[k] for k in sorted(starts)]
    block_starts = [b.start for b in blocks]
    for n, span in enumerate(spans):
        span.end = spans[n + 1].start if n + 1 < len(spans) else len(lines)
        span.parts = _part_starts(lines, span, blocks, block_starts, full_width)
    return spans, diagnostics


def _head(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """A document begins at its 版头 when one is printed above its title (GB/T
    9704: the 发文机关标志 "XX市人民政府文件", or the organ's name alone over a
    title that names it (masthead_over), then the 发文字号 under it), and at
    the marks over them (7.2.1-7.2.3: 份号, 密级, 紧急程度 at the top left; a
    reply's 办理结果 and 公开属性): the end of the document before does not
    take it."""
    start = _promulgated_above(lines, block, skip)
    if start == block.start:
        start = _unheaded_order(lines, block, skip)
    if _number_above(lines, block, skip):
        start -= 1
    above = lines[start - 1].text if start > 0 and start - 1 not in skip else ""
    start = start - 1 if ISSUER_MARK_RE.match(above) or masthead_over(above, block.title) else start
    while start > 0 and start - 1 not in skip and HEAD_MARK_RE.match(lines[start - 1].text.strip()):
        start -= 1
    head = brief_head([line.text for line in lines[max(0, start - 3):start]])
    if head and not skip & set(range(start - head[1], start)):
        start -= head[1]  # a 简报's 报头: its issue, its compiler and date, and its name above them
        if start > 0 and start - 1 not in skip and _bulletin_name(lines[start - 1].text):
            start -= 1
    return start


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
PROMULGATES_RE = re.compile(either_script(
    r"^[^《》。；;]{0,60}?(?:《(?P<name>[^《》]{4,80})》[^。《》]{0,80}?(?:(?:现予|予以|现)(?:公布|发布)"
    r"|通过[，,](?:本[\u4e00-\u9fa5]{1,4})?自[^。《》]{0,30}?(?:施行|实施))"
    r"|现(?:公布|发布)《(?P<first>[^《》]{4,80})》[，,]?自[^。《》]{0,30}?(?:施行|实施))"))


def promulgated(text: str) -> Optional[str]:
    """The name of the regulation a 令's sentence promulgates, or None."""
    match = PROMULGATES_RE.match(text)
    return (match.group("name") or match.group("first")) if match else None


def _promulgated_above(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """A gazette may print a 政府令's regulation title above the 令 (as its
    heading, the 令 and the regulation's text under it): the title lines
    right above the 令 that its promulgating sentence names are the
    document's, not the end of the one before. A 法规's 题注 (the dates it
    was adopted, wrapped or not) may stand between its title and the order,
    as a 人大常委会 prints a 条例's title, its 题注, then the 公告 that
    promulgates it."""
    name = _promulgates(lines, block)
    if not name:
        return block.start
    top = block.start  # the title's last line ends here: above the 题注, if one is printed
    for k in range(block.start - 1, max(-1, block.start - NOTE_LINES - 1), -1):
        if k in skip or is_date_line(lines[k].text) or ends_sentence(lines[k].text):
            break  # the end of the document before
        if ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[k:block.start]])):
            top = k
    k = top
    while k > 0 and top - k < TITLE_LINES and k - 1 not in skip and _title_line(lines, k - 1):
        k -= 1
        if squash(join_title([line.text for line in lines[k:top]])) == squash(name):
            return k
    return block.start


NOTE_LINES = 8  # lines a 题注 may take at the narrowest measure


def _promulgates(lines: list[Line], block: TitleBlock) -> Optional[str]:
    """The regulation a 令's (or a promulgating 公告's) block promulgates, named
    in the sentence under its 第N号."""
    coded = block.end < len(lines) and coded_order_number(lines[block.end].text) is not None
    if kind_of(block.title) != "令" and not is_order_name(block.title) and not (coded and _organ_alone(block.title)):
        return None  # a 令's 版头: 'XX市人民政府令', or the organ alone over its coded 令号 ('渝府令第121号')
    first = block.end + 1 if block.end < len(lines) and (ORDER_NUMBER_RE.match(lines[block.end].text) or coded) \
        else block.end
    return promulgated(join_title([line.text for line in lines[first:first + PROMULGATION_LINES]]))


PROMULGATION_LINES = 8  # lines of a 令's number and sentence, at the narrowest measure, that hold the 《name》
SIGNER_LINES = 2  # lines of a 令's or 公告's signature over its date: the head's post and name, or organs' names


def _unheaded_order(lines: list[Line], block: TitleBlock, skip: set[int]) -> int:
    """GB/T 9704 10.2: a 令 is its 发文机关标志 and 令号, the promulgating
    sentence, the signer and the date, then the text it promulgates. A page
    may lose the heading (a law site's excerpt opens at the sentence): the
    sentence that names this title, then its signer (or none, as a 公告 of a
    standing committee may print) and its date right above the title, is the
    document's head, where it opens a paragraph after a finished one or a
    frame's end. Under a 令号 or a 公告's serial (the heading printed) it
    opens nothing: the 令 began above; but a 令号 alone on its line at the
    top, after a finished paragraph or a frame's end, is the head of a 令
    whose 发文机关标志 alone was lost, and the 令 begins there. The line it
    begins on, or block.start."""
    k = block.start - 1
    if k < 1 or k in skip or not is_date_line(lines[k].text):
        return block.start
    k -= 1
    for _ in range(SIGNER_LINES):
        if k > 0 and k not in skip and _signer(lines[k].text):
            k -= 1
    if k in skip or not _stops(lines[k].text):
        return block.start
    top = k
    while top > 0 and k - top < PROMULGATION_LINES and top - 1 not in skip and not _finished(lines, top - 1):
        top -= 1
    numbered = top < k and bool(ORDER_NUMBER_RE.match(lines[top].text.strip()))  # the 令号 over the sentence
    sentence = join_title([line.text for line in lines[top + numbered:k + 1]])
    name = promulgated(sentence)
    if not (top == 0 or top - 1 in skip or _finished(lines, top - 1)) or not name \
            or squash(name.translate(NESTED_QUOTES)) != squash(unquoted_title(block.title)) \
            or re.search(HAO, sentence[:sentence.index("《")]):
        return block.start  # (a serial before the 《name》: the 令's heading ran into its sentence)
    return top


def _signer(text: str) -> bool:
    """A 令's or 公告's signature line: the head's post, with or without the
    name ('省长 郭树清', '省 长'), or the organ's name."""
    text = text.replace(" ", "")
    return bool(HEAD_POST_RE.match(text) or SIGNER_POST_RE.match(text) or _organ_alone(text))


def _stops(text: str) -> bool:
    """The line ends a sentence with a full stop, not with the colon that opens what follows (a 主送)."""
    return ends_sentence(text) and not text.rstrip(CLOSERS).endswith((":", "："))


def _finished(lines: list[Line], k: int) -> bool:
    """Line k ends a paragraph that is whole: a sentence stopped, or a frame's end."""
    return _stops(lines[k].text) or _ends_frame(lines, k)


def _number_above(lines: list[Line], block: TitleBlock, skip: set[int]) -> bool:
    """GB/T 9704 prints the 发文字号 in the 版头, on its own line under the
    发文机关标志 and above the title ("长绿府议[2019]1号", in brackets if a
    reprint adds them): a number line right above a title with none under it
    is that title's, unless a title (ending in its kind word) stands right
    above the number: then the number is printed under that one. A line of
    the 目录 (skip) is no title, nor is a short line of a list of names."""
    above = block.start - 1
    return above >= 0 and block.follows != "doc_number" and is_doc_number_line(lines[above].text) \
        and (above == 0 or above - 1 in skip
             or not (_title_line(lines, above - 1) and kind_of(lines[above - 1].text)))


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
    reprint names them above the 发文字号)."""
    out: list[TitleBlock] = []
    for block in blocks:
        if out and block.start - out[-1].end <= 2 and _same_title(out[-1].title, block.title):
            if block.end < len(lines):
                lines[block.end] = replace(lines[block.end], starts_block=True)
            out[-1] = TitleBlock(out[-1].start, out[-1].end, out[-1].title, block.follows or out[-1].follows)
        else:
            out.append(block)
    return out


def _same_title(title: str, again: str) -> bool:
    title, again = squash(title), squash(again)
    return again == title or bool(ABOUT_RE.match(again)) and title.endswith(again) and len(title) > len(again)


def _grammar_starts(lines: list[Line], blocks: list[TitleBlock], skip: set[int]) -> list[TitleBlock]:
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
        if not block.follows and n + 1 < len(blocks) and blocks[n + 1].start == block.end:
            layers.append(block)  # a list of titles (a cover's 要目), no document's own
            continue
        if n + 1 < len(blocks) and _promulgated_above(lines, blocks[n + 1], skip) <= block.start:
            layers.append(block)  # the regulation's title printed above the order that promulgates it
            continue
        order = _unheaded_order(lines, block, skip)
        if order < block.start and (not out or _past_frame(lines, out[-1], order, skip)
                                    or ORDER_NUMBER_RE.match(lines[order].text.strip())):
            out.append(block)  # a 令 that lost its heading, under a finished text or with its 令号 (no text
            # prints one over a sentence it passes on): the text above names it not
            layers = []
            continue
        below = blocks[n + 1].start if n + 1 < len(blocks) else len(lines)
        if not out or ((opens_document(lines, block, skip) or _signed_text(lines, block, below)
                        or _past_named_texts(lines, out[-1], block, layers))
                       and not _named(lines, out[-1], block, [layer.title for layer in layers])):
            out.append(block)
            layers = []
        else:
            layers.append(block)
    return out


def _past_frame(lines: list[Line], opened: TitleBlock, k: int, skip: set[int]) -> bool:
    """The document opened above has closed its frame before line k: its
    成文日期 (or its 题注's under its title) stands between its head and k
    (a 令 that lost its heading is dated over its title), or the 施行 clause
    that closes a text stands right above k. What follows is its parts or
    the next document, not its body."""
    return opened.follows == "note" or _in_force(lines, k - 1) \
        or any(_dated_at(lines, j) for j in range(_unheaded_order(lines, opened, skip), k))


def opens_document(lines: list[Line], block: TitleBlock, skip: set[int]) -> bool:
    """GB/T 9704: a document is 标题, then 发文字号 and 主送机关, body,
    signature and 成文日期. A title block opens one when

    - its 发文字号 follows it (alone, in brackets, or a 政府令's 第N号), or
      stands right above it (the 版头 position);
    - it is a regulation's title with its 题注 (the dates it was adopted) under
      it, perhaps under the organ line a law compilation prints: a frame no
      sentence runs into (title_blocks), whatever line stands above;
    - it ends in one of the 15 文种 of a 公文 with its year and month right
      under it or under the line of its compilers (a 统计公报's '2023年4月'),
      or a reprint's date in brackets ('（2019年4月12日）');
    - it ends in its 文种 and its 主送机关 follows it (7.3.1–7.3.2: a title
      of any form, '转用告知书（…批次）' too, over the 主送; a forwarded
      layer the document above names stays its part);
    - it follows the end of a document's frame (成文日期, perhaps with a
      附注 such as （此件公开发布） under it, 印发 or 抄送 line), or the
      施行 clause that closes a text, and is not an 附件;
    - it carries the full 标题 grammar, 发文机关 + 关于 + 事由 + 文种
      (title_blocks already refused a title the line above runs into);
    - its kind stands alone (大事记, 讲话, 任免);
    - it ends in one of the 15 文种 of a 公文 (通报, 纪要, 函…) after a line
      that ends a sentence, a division's heading, a list's item or a
      table's last row or cell: a text never ends on the name of a 公文, though
      a 纪要 has no 主送 and a web page may drop the rest of the frame (the
      texts a document issues or attaches are 规定, 办法, 名单…, and one it
      names stays its part);
    - it is a regulation's title with its articles beginning at
      第一章/第一条, or a speech's or report's title with the occasion it
      was delivered at ('——2025年1月16日在…会议上'), under it, after a line
      that ends a sentence (the last article of the
      text above, or a frame's end), a table's last row or cell, or a
      division's heading the text above was cut short on."""
    if block.follows in ("doc_number", "note") or kind_of(block.title) in STANDALONE_KINDS \
            or (block.follows == "addressee" and kind_of(block.title)) or _number_above(lines, block, skip) \
            or (_dated_under(lines, block.end) and kind_of(block.title) in DOCUMENT_KINDS):
        return True
    above = block.start - 1
    if above < 0:
        return True
    if block.follows in ("articles", "occasion") and (ends_sentence(lines[above].text) or _in_table(lines[above])
                                                            or _heads_division(lines[above].text)):
        return True
    if ANNEX_MARK_RE.match(lines[above].text) or ANNEX_HEAD_RE.match(block.title):
        return False  # an 附件, its marker above or on the title's line: 附件2：…
    return _ends_frame(lines, above) or _in_force(lines, above) or bool(TITLE_GRAMMAR_RE.match(block.title)) \
        or (kind_of(block.title) in DOCUMENT_KINDS and (ends_sentence(lines[above].text) or _in_table(lines[above])
                                                         or _heads_division(lines[above].text)
                                                         or _list_item(lines[above].text)))


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
    return bool(named) and all(any(_covers(name, squash(layer.title)) for layer in layers) for name in named)


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
    """A title ending in its 文种 after a line that ends a sentence, whose
    text ends in a signature and its 成文日期 (GB/T 9704 7.3.5) before the
    next title: a text signed and dated is a document of its own, though it
    has no 发文字号 or 主送 and its 文种 is not one of a 公文's ('…安置方案'
    of a 国土资源局 under the last article of the text above). A name list's
    row ends as a sentence does, with its post (_ends_row). An 附件 is
    the document's; a text the document above names stays its part (_named)."""
    above = block.start - 1
    if above < 0 or not kind_of(block.title) \
            or not (ends_sentence(lines[above].text) or _ends_row(lines, above)) \
            or ANNEX_MARK_RE.match(lines[above].text) or re.match(either_script(r"附\s*件"), block.title):
        return False  # an 附件, its mark above the title or run into it ('附件1青川县…规划（征求意见稿）')
    return any((is_date_line(lines[k].text) or DAMAGED_DATE_RE.match(lines[k].text.strip()))
               and _organ_alone(lines[k - 1].text.replace(" ", "")) for k in range(block.end + 1, below))


def _dated_at(lines: list[Line], k: int) -> bool:
    """Line k is a 成文日期: a date, or one the page printed without its
    年月日 ('2018525') where GB/T 9704 7.3.5 prints the date, under the signature."""
    return is_date_line(lines[k].text) or bool(DAMAGED_DATE_RE.match(lines[k].text.strip())) \
        and k > 0 and _organ_alone(lines[k - 1].text.replace(" ", ""))


def _in_table(line: Line) -> bool:
    """A row of a table, or a form's cell printed alone with its column's bar."""
    return line.cells is not None or bool(CELL_BAR_RE.search(line.text))


def _heads_division(text: str) -> bool:
    """The line is a division's heading alone: a 章 or 节 (立法技术规范), an
    outline's 一、/（一） with a short name and no sentence punctuation, or a
    section numbered by levels ('1.2 编制依据', GB/T 1.1). Its
    text follows it (第X条, a paragraph), never the title of a 公文: one
    there opens the next document, the text above having ended early, as a
    file cut short or a page's excerpt does ('第二章征收范围和标准' over
    '2022年第八次…的通报')."""
    label = LABEL_RE.match(text)
    return bool(label) and any(label.group(g) for g in ("zhang", "jie", "cn", "cn_paren")) \
        and not re.search(r"[，。；：,;:！？!?]", label.group("rest")) and width(label.group("rest")) <= DIVISION_NAME \
        or bool(DECIMAL_HEADING_RE.match(text))


DIVISION_NAME = 24  # a 章's or an outline heading's name on its line is no wider


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


def _ends_frame(lines: list[Line], k: int) -> bool:
    """Line k ends a document's frame: its 成文日期, perhaps with a 附注 such
    as （此件公开发布） or 公开方式：主动公开 under it, or the 主题词, 抄送 and 印发
    lines of the 版记; a 主题词 or 抄送 line a narrow measure wrapped ends
    where its last piece does, a few lines down. A 主题词 line that ends
    with its 文种 is whole (the 1999 版记 lists the 文种 last), and a
    发文字号 line goes on no 版记 line: both belong to what comes next."""
    k = _above_file_links(lines, k)
    while k > 0 and NOTE_LINE_RE.match(lines[k].text) and not paren_frame(lines[k].text):
        k -= 1
    if k >= 0 and (is_date_line(lines[k].text) or re.search(either_script(r"印\s*发$"), lines[k].text)):
        return True
    for j in range(k, max(-1, k - RECORD_WRAP - 1), -1):
        text = lines[j].text
        if SUBJECT_WORDS_RE.match(text) or CC_LINE_RE.match(text):
            return j == k or not (SUBJECT_WORDS_RE.match(text) and kind_of(text))
        if (j < k and ends_sentence(text)) or is_doc_number_line(text):
            return False
    return False


RECORD_WRAP = 3  # lines a 版记 line (主题词, 抄送) may run on for at a narrow measure
CC_LINE_RE = re.compile(either_script(r"^抄\s*送"))


def _above_file_links(lines: list[Line], k: int) -> int:
    """The line above the 附件说明 that ends at line k when it lists the
    files a web page links for download ('附件：…名录.docx', perhaps
    wrapped): printed under the 成文日期, it is no text of the document and
    leaves the frame ended where the date ends it; else k."""
    if not _ends_file_name(lines, k):
        return k
    for j in range(k, max(-1, k - FILE_LIST_LINES - 1), -1):
        if ANNEX_HEAD_RE.match(lines[j].text):
            return j - 1
        if j < k and ends_sentence(lines[j].text):
            break
    return k


FILE_LIST_LINES = 6  # lines a list of linked files (附件：1.….docx / 2.….pdf) may take at a narrow measure


def _ends_file_name(lines: list[Line], k: int) -> bool:
    """Line k ends the name of a file a web page links ('附件：…名录.docx'):
    a file's name ends at its extension, which a narrow measure may cut,
    leaving its last letters alone on the next line ('….do' / 'cx')."""
    text = lines[k].text.strip()
    if k > 0 and EXTENSION_PIECE_RE.match(text):
        text = lines[k - 1].text.strip() + text
    return bool(FILE_NAME_END_RE.search(text))


EXTENSION_PIECE_RE = re.compile(r"^[A-Za-z]{1,4}$")  # the end of an extension the wrap set on a line of its own


# What follows a title cited in a sentence (a 批复 or 复函 opens "…关于…的请示
# （〔1996〕…号）收悉"): its number in brackets, and the sentence going on; or
# the sentence's verb itself, the wrap falling after the title ("…的请示" / "收悉。")
# or before its kind word ("你局关于…制度" / "的请示收悉。"). A bracket that holds a
# date with the number is the title's own 题注 as gazettes reprint it ("（1985年5月4日
# 皖政〔1985〕38号）  根据…", the body run on after it), not a cited number.
CITED_AFTER_RE = re.compile(rf"^(?:的[\u4e00-\u9fa5]{{1,4}}?)?(?:[（(][^（）()日]{{0,30}}{HAO}[）)]\s*\S|{either_script('收悉')})")
ANNEX_HEAD_RE = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]")
# An 附件's mark with its title run into its line, as web pages print it: "附件1：XX文件目录".
ANNEX_RUN_IN_RE = re.compile(r"^(?P<mark>附\s*件\s*(?P<no>\d{1,2})?)\s*[:：]\s*(?P<title>\S.{3,})$")
# The 施行 clause that closes a text: "自2001年5月1日起施行。", "自发布之日起执行，有效期三年。".
IN_FORCE_RE = re.compile(either_script(r"自[^。；;]{1,40}起(?:施行|执行|实施|生效)(?:[，,][^。；;]{0,30})?[。.]$"))
# A title line that opens with the verb of a 转发/印发/批转 notice, its 发文机关 printed on the line above.
PASSING_HEAD_RE = re.compile(either_script(r"^(?:转发|印发|批转)"))
PASSING_TAIL_RE = re.compile(either_script(r"(?:转发|印发|批转)$"))
# 标题 = 发文机关 + 关于 + 事由 + 文种 (the issuer may be left out). No organ's name ends in 了, the particle
# of a verb's completed action: '会议听取了关于…规划' is a clause of a meeting's record, not a 发文机关 and its 关于.
ISSUING_WORD_RE = re.compile(ISSUING_WORDS)
TITLE_GRAMMAR_RE = re.compile(rf"^(?:[\u4e00-\u9fa5、]{{2,40}}?(?<!了)(?:{ISSUING_WORDS})|{ABOUT_RE.pattern})")
# What a 印发/转发/批转 notice passes on: "关于印发XX办法的通知" → "XX办法".
# A sentence that passes a text on: 现将…印发/转发给你们, 现予公布, 现公布…, 予以印发, 附件：…;
# not one that only names a text passed on elsewhere ("主管部门印发的…").
PASSING_ON_RE = re.compile(either_script(r"(?:印发|转发|批转|下发)给|现将|现予|现(?:公布|发布|印发|转发)"
                                         r"|予以(?:公布|发布|印发|转发)|(?:公布|发布|印发)(?:施行|如下)"
                                         r"|附后|附\s*件|附\s*[:：]"))
PASSES_ON_RE = re.compile(either_script(r"(?:印发|转发|批转|公布|发布)(?P<object>.+?)(?:的)?(?:通知|决定|命令|令|批复|函)$"))


def _core(title: str) -> str:
    """A title without its issuer: what stays when a forwarding notice
    shortens '湖北省人民政府办公厅关于…' to '省政府办公厅关于…'."""
    key = squash(title)
    about = ABOUT_RE.search(key)
    return key[about.end():] if about else key


def _named(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[str]) -> bool:
    """The document opened above names this title — the object of its (or a
    forwarded layer's: the titles in between) 印发/转发, a 《citation》 in a
    sentence that passes the text on ("现将《…》印发给你们", "…现予公布"), an
    entry of its 附件说明, or the text its own title quotes in 《》 printed
    after its signature and date ('关于《XX条例（草案）》公开征求意见的公告'
    publishes the draft, whatever the draft's 文种; a text with its own
    发文字号 or adoption 题注 under its title is a document of its own) — so
    the block is one of its parts, not a new document. A text only cited ("按照《…》执行") is
    another document."""
    core = _core(block.title)
    if len(core) < 4:
        return False
    cited = _cited(block.title) if _addressees_from(lines, block.end) else set()
    if _ends_frame(lines, block.start - 1) and block.follows not in ("note", "doc_number") \
            and any(_covers(squash(name), core) for name in re.findall(r"《([^《》]{4,120})》", opened.title)
                    if squash(name) not in cited):
        return True
    named = [m.group("object") for m in map(PASSES_ON_RE.search, map(squash, [opened.title] + layers)) if m]
    text = "".join(sentence for sentence in re.split(r"[。；;！？]", "".join(
        line.text for line in lines[opened.end:block.start])) if PASSING_ON_RE.search(sentence))
    named += re.findall(r"《([^《》]{4,120})》", text)
    if any(_covers(squash(name), core) for name in named if squash(name) not in cited):
        return True
    # Found in the text only: not enough against a title under which a 发文字号 stands.
    return block.follows != "doc_number" and core in squash(text)


def _cited(title: str) -> set[str]:
    """The works a title quotes in 《》 or 〈〉. A title over its own 主送 (one
    line or wrapped) is a 公文 of its own (GB/T 9704 7.3.2), a layer of the document above only when
    that one names it: '…关于印发2022年《政府工作报告》重点任务分工的通知' is
    about the report, so a 《政府工作报告》 the document above cites ('对照
    《政府工作报告》确定的目标任务', an 附件说明's '…《政府工作报告》任务分解表')
    does not name it. (A text without a 主送, such as a draft's '《…》起草说明',
    stays the part of the notice that publishes the draft.)"""
    return {squash(name) for name in re.findall(r"[《〈]([^《》〈〉]{2,120})[》〉]", title)}


def _covers(name: str, core: str) -> bool:
    """A forwarding text may shorten a title ('关于分解落实《政府工作报告》的
    通知' for '关于分解落实2019年国务院〈政府工作报告〉重点工作的通知'):
    most of the shorter one is found, in order, in the longer one. Shortening
    drops words and does not replace them: a title with other words in their
    place ('2023年新余市…要点' for '2023年宜昌市…要点') is another text's."""
    name = _core(name)
    short, long = sorted((name, core), key=len)
    if len(short) < 4:
        return False
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    found = set().union(*(range(b.a, b.a + b.size) for b in blocks))
    replaced = sum(1 for k, char in enumerate(short) if k not in found and "\u4e00" <= char <= "\u9fa5")
    return len(found) / len(short) >= 0.85 and replaced <= REPLACED_WORDS


REPLACED_WORDS = 1  # characters of the shorter title not found in the longer: a variant or a slip, not a word


def _part_starts(lines: list[Line], span: DocSpan, blocks: list[TitleBlock], block_starts: list[int],
                 full_width: float):
    """Parts are the texts a document issues, forwards or attaches. GB/T 9704
    puts them after the 成文日期 (附件 follow the 版记); a gazette that prints
    the date under the title leaves no date at the end, so a part also begins
    at a title the document names (at any depth of a 转发 chain), and at an
    附件 marker that is no 附件说明 (a marker followed by its numbered list).
    Above the 成文日期 a line that opens with 附件 is the 附件说明 (7.3.4),
    also where the page lost its colon and ran the title on ('附件2020年…名单')."""
    first_date = next((i for i in range(span.title.end, span.end) if _dated_at(lines, i)), None)
    parts = []
    first, last = bisect_left(block_starts, span.title.end), bisect_left(block_starts, span.end)
    titles = {b.start: b for b in blocks[first:last]}
    i = span.title.end
    while i < span.end:
        after_date = first_date is not None and i > first_date
        annex = ANNEX_MARK_RE.match(lines[i].text)
        if annex and not after_date and (first_date is not None or i + 1 >= span.end
                                         or LABEL_RE.match(lines[i + 1].text)):
            annex = None  # the 附件说明 above the signature, not an 附件
        if i in titles and first_date is not None and not after_date and re.match(r"^附\s*件", lines[i].text):
            i = titles[i].end  # the 附件说明 whose colon the page lost ('附件2020年…名单'), over the signature
            continue
        if i in titles and not after_date \
                and _named(lines, span.title, titles[i], [t.title for k, t in titles.items() if k < i]):
            parts.append((i, titles[i].title, None))
            i = titles[i].end
            continue
        if not after_date and not annex:
            i += 1
            continue
        if after_date and (run_in := _run_in_annex(lines, i, span.end, full_width)):
            title, stop = run_in
            parts.append((i, title, ANNEX_RUN_IN_RE.match(lines[i].text).group("no") or ""))
            i = stop
            continue
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
            # The text the document names as what it issues runs to where that name ends, past a line
            # ending in a kind word the measure cut it after ('…公文处理实施细则' / '及文种式样').
            named_end = _named_title_end(lines, span, i)
            end = named_end if named_end and named_end > titles[i].end else titles[i].end
            whole = join_title([line.text for line in lines[i:end]])
            parts.append((i, titles[i].title if end == titles[i].end else whole, None))
            i = end
            continue
        if not (_titleish(lines[i]) and _under_date(lines, i)
                and lines[i].text[:1] not in "（(" and len(lines[i].text) >= 6
                and (not ORGAN_END_RE.search(lines[i].text) or _announces_appended(lines, span.title.end, i))):
            i += 1  # no title under a 成文日期 starts here, nor a 附注 in brackets (GB/T 9704 7.3.6: '（联系人：…）')
            continue
        named_end = _named_title_end(lines, span, i)
        stop = named_end or _untitled_end(lines, i, span.end, full_width)
        title = join_title([line.text for line in lines[i:stop]])
        if not ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[i:i + NOTE_LINES]])) \
                and (named_end or stop < span.end and (
                    not _titleish(lines[stop]) or wrapped(lines[stop], full_width) or TOC_HEAD_RE.match(lines[stop].text))
                    and not is_date_line(lines[stop].text)
                    or stop == span.end and _passes_on(lines, span.title.end, i - 1)
                    and not re.search(r"[，。；：,;:]", title)):
            # An issued text whose title has no kind word ("…重点工作责任分解"), after a 成文日期:
            # one the notice names as what it issues (现将《…》印发给你们), whatever follows it, or
            # one with its text or its own 目录 under it, or, where the document ends at that title
            # (an excerpt cut there, the next document's title under it), one line with no sentence
            # in it under the date of a notice that passes a text on; not the 题注 of the regulation an order
            # promulgates, printed under the order's date, nor the first line of a text's body
            # under the date in brackets its title block ends with ("（二○一○年四月二十六日）").
            parts.append((i, title, None))
            i = stop
            continue
        i += 1
    return parts


def _under_date(lines: list[Line], i: int) -> bool:
    """Line i is where GB/T 9704 prints what follows the 成文日期: right
    under it, or under the 附注 in brackets set under it (7.3.6:
    '（此件公开发布）'); not under a date in brackets, which a text's title
    block ends with ("（二○一○年四月二十六日）")."""
    return i > 0 and _dated_at(lines, i - 1) and not re.match(rf"^[{OPEN_BRACKETS}]", lines[i - 1].text) \
        or i > 1 and is_note_line(lines[i - 1].text) and _dated_at(lines, i - 2)


def _passes_on(lines: list[Line], body: int, date: int) -> bool:
    """The body above the 成文日期 passes a text on (现将…印发给你们, 现予公布):
    GB/T 9704 prints that text after the date, under its own title."""
    return bool(PASSING_ON_RE.search("".join(line.text for line in lines[body:date])))


APPENDED_RE = re.compile(either_script(r"附后"))  # '（名单附后）', '（分解表附后）': what the body says follows it


def _announces_appended(lines: list[Line], body: int, date: int) -> bool:
    """The body above the 成文日期 says a list or table is appended ('名单附
    后'): the line under the date is that list's title, though it ends like
    an organ's name ('…模范居委会'), not a signature printed after the date."""
    return any(APPENDED_RE.search(line.text) for line in lines[body:date])


def _run_in_annex(lines: list[Line], i: int, end: int, full_width: float) -> Optional[tuple[str, int]]:
    """(title, end) of an 附件 whose mark and title share line i ("附件1：XX目录",
    its title perhaps wrapped), after the 成文日期, where GB/T 9704 puts the
    附件 (above the signature, the same line is the 附件说明): one with its
    text under it, not an entry of a list ('附件：1.…', '2.…') nor a line
    above a date or over the 附件 themselves (an issued text's 附件说明: '附件：…' then '附件2：…',
    or the annex it names printed below under a mark of its own)."""
    match = ANNEX_RUN_IN_RE.match(lines[i].text)
    if not match or LABEL_RE.match(match.group("title")):
        return None
    stop = _untitled_end(lines, i, end, full_width)
    if _ends_file_name(lines, stop - 1) or stop < end and _ends_file_name(lines, stop):
        return None  # the name of a file the page links ('附件：…名录.docx'): no annex printed here
    if stop >= end or LABEL_RE.match(lines[stop].text) and not lines[stop].cells or is_date_line(lines[stop].text) \
            or ANNEX_HEAD_RE.match(lines[stop].text):
        return None
    head = squash(match.group("title"))[:ANNEX_TITLE_KEY]
    if any(ANNEX_MARK_RE.match(lines[k - 1].text) and squash(lines[k].text).startswith(head)
           for k in range(stop + 1, end)):
        return None
    return join_title([match.group("title")] + [line.text for line in lines[i + 1:stop]]), stop


ANNEX_TITLE_KEY = 8  # characters of an annex's title that a narrow measure leaves on its first line


def part_label(text: str, title: Optional[str]) -> str:
    """The mark a part is printed under ('附件2'), without the title run into its line."""
    match = ANNEX_RUN_IN_RE.match(text)
    return match.group("mark") if match and title_in(match.group("title"), title) else text


NESTED_QUOTES = str.maketrans("〈〉", "《》")  # a title quoted inside 《》 quotes its own 《》 as 〈〉


def _named_title_end(lines: list[Line], span: DocSpan, i: int) -> Optional[int]:
    """Where a title that starts at line i ends, when the document names it,
    as printed, as the text it issues or forwards: in a sentence that passes
    it on ("现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们")
    or as the object of its title's 印发/转发; None when it names none there."""
    text = "".join(line.text for line in lines[span.title.end:i])
    passing = "".join(sentence for sentence in re.split(r"[。；;！？]", text) if PASSING_ON_RE.search(sentence))
    named = {squash(name.translate(NESTED_QUOTES)) for name in re.findall(r"《([^《》]{4,120})》", passing)}
    if match := PASSES_ON_RE.search(squash(span.title.title)):
        named.add(re.sub(r"^《|》$", "", match.group("object")))
    # The longest name printed there: the body may name a shorter text too, the one this one revises
    # ('《…实施细则》' of a notice issuing '…实施细则及文种式样').
    stop = next((stop for stop in range(min(span.end, i + 2 * TITLE_LINES), i, -1)
                 if squash(join_title([line.text for line in lines[i:stop]])) in named), None)
    if stop is None:
        return None
    while stop < span.end and (_draft_stage(lines, stop) or _continues_title(lines, stop)):
        stop += 1  # its stage or years in brackets under it: '（修正草案·二审稿）', '（2021—2025年）'
    return stop


def title_in(text: str, title: Optional[str]) -> bool:
    return bool(title) and re.sub(r"\s", "", text) in re.sub(r"\s", "", title)


def part_body_start(lines: list[Line], start: int, end: int, title: Optional[str]) -> int:
    """Skip the 附件 marker and the title lines at the top of a part."""
    i = start
    if ANNEX_MARK_RE.match(lines[i].text) or part_label(lines[i].text, title) != lines[i].text:
        i += 1  # the mark, alone or with the title's first words run into it
    if title:
        taken = ""
        while i < end and len(taken) < len(re.sub(r"\s", "", title)) and \
                re.sub(r"\s", "", lines[i].text) in re.sub(r"\s", "", title):
            taken += re.sub(r"\s", "", lines[i].text)
            i += 1
    return max(i, start + 1) if i < end else i
