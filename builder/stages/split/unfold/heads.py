"""Heads run into their text: a 令's heading and the title it promulgates, a
speech's or a report's title, occasion, speaker and theme, a bulletin's
head, a title and the 题注 of its adoption.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace
from typing import Callable, Iterator, Optional

from ....model import Line
from ....text.frame import (AUDIENCE, DASHES, DATE_LINE_RE, DATE_RE, HAO, kind_of, KIND_RE, OCCASION_RE, order_organ,
                            SPEAKER_RE, whole_adoption_note)
from ....text.lines import ends_sentence, SENTENCE_MARK_RE
from ....text.measure import MEASURE, printed_width
from ...masthead import closes_toc_entry, ends_on_page
from ..grammar import balanced, is_date_line, is_doc_number_line, is_order_name, join_title
from .pages import ENDS_ON_DATE_RE


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


def titles_then_occasions(lines: list[Line]) -> list[Line]:
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
        while not balanced(text) and k + 1 < len(lines) and k - i < OCCASION_WRAP and not text.startswith(("（", "(")):
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


def title_then_order(lines: list[Line]) -> list[Line]:
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
        if match and order_organ(match.group("order")) and kind_of(match.group("title")) not in (None, "令") \
                and balanced(match.group("title")):
            return list(match.group("order", "serial", "title")), k
    return [], i


# A short 令 a web page runs into one line: its title (a 令 named by the measure it orders, '…森林防火禁火令'),
# its serial in brackets after it, as a page prints the 令号 on the title's line ('(2025年第2号)'), then the body's
# first sentence ('…禁火令 (2025年第2号) 我区未来几天…'). GB/T 9704 (10.2) sets the serial under the title and the
# body under both.
ORDER_RUN_IN_RE = re.compile(rf"""^(?P<title>[^\s，。；：,;:（）()]{{4,40}}?) \s*
    (?P<serial>[（(] \s* (?:\d{{4}}\s*年\s*)? 第\s*\d{{1,4}}\s*{HAO} \s* [）)]) \s* (?P<body>[^\s（）()].*)?$""", re.X)


def order_then_body(lines: list[Line]) -> list[Line]:
    """Such a line (or the lines a measure wrapped its title and serial over)
    given back as GB/T 9704 prints it: the title, the serial, then the body
    from its first words, one a line; or the title and serial alone where the
    body begins on the next line (a column's measure ending at the serial).
    Only a 令's title (a 公告 or 通告 keeps its bracketed serial in its title,
    '…公告（第7号）') and a body that runs on to a sentence's mark (on the
    line, or on the next)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        pieces, last = _order_run_in(lines, i)
        out += [replace(lines[last] if n == 2 else lines[i], text=piece, starts_block=n > 0 or lines[i].starts_block,
                        heading_mark=lines[i].heading_mark and n == 0) for n, piece in enumerate(pieces)] or [lines[i]]
        i = last + 1
    return out


def _order_run_in(lines: list[Line], i: int) -> tuple[list[str], int]:
    """(title, serial, body's first words) held by the lines from i on, and the last of them; ([], i) if none."""
    if not any(ch in lines[i].text for ch in "令告"):
        return [], i  # asked of every line: the title's kind word stands on its first line at any measure
    for k in range(i, min(i + ORDER_WRAP, len(lines))):
        text = "".join(line.text for line in lines[i:k + 1])
        match = ORDER_RUN_IN_RE.match(text)
        if match and match.end("serial") > len(text) - len(lines[k].text) and kind_of(match.group("title")) == "令" \
                and re.search(r"[，。,]", (match.group("body") or "") + (lines[k + 1].text if k + 1 < len(lines) else "")):
            return [piece for piece in (match.group("title"), re.sub(r"\s", "", match.group("serial")),
                                        match.group("body")) if piece], k
    return [], i


# A 决定's or a 法规's title, its 题注 in brackets and its first paragraph run into one line, parted by spaces, as a
# page that lost its line breaks stores the whole text: "关于接受…职务的决定 (2021年8月2日…会议通过) 根据…". A 题注
# lists every event in the text's history (立法技术规范: adopted, approved, each revision and amendment and its
# approval, the 修正案 or 决定 that made it named in 《》): a regulation of an autonomous area amended twice has six,
# some 250 characters, and one amended more often more still.
NOTE_CHARS = 400  # characters a 题注 in brackets may hold


TITLE_NOTE_TEXT_RE = re.compile(r"^(?P<title>[^，。；：,;:（）()|｜│【】\s](?:[^，。；：,;:（）()|｜│【】]{2,80}?)"
                                r"[^，。；：,;:（）()|｜│【】\s])\s*"  # (no table's bar, no field's label)
                                rf"(?P<note>[（(][^（）()]{{6,{NOTE_CHARS}}}[）)])"
                                r"(?:\s*(?P<rest>\S.*))?$")


TITLE_KIND_END_RE = re.compile(f"(?:{KIND_RE.pattern})$")


NOTE_WRAP = 30  # lines a title and its bracketed 题注 may be wrapped over at the narrowest measure


# A 目录 entry's title ending in its 文种, its page closed up after it (the space between them gone, as a scan's
# space between a Han character and a figure goes): '…会议上的讲话1'.
CLOSED_UP_ENTRY_RE = re.compile(r"^(?P<title>.*[\u4e00-\u9fa5])\d{1,3}$")


def _text_opens_at(lines: list[Line], i: int) -> bool:
    """A paragraph, and a text, may open on line i: none stands above it, or
    the line above ends a sentence, a text (its 成文日期 at its end) or a
    目录's entry (its page, perhaps closed up after a title's 文种)."""
    return _text_opens_under(lines[i - 1].text.strip() if i > 0 else "")


@lru_cache(maxsize=1 << 14)  # asked of every line by each of the heads set out (_heads_set_out)
def _text_opens_under(above: str) -> bool:
    entry = CLOSED_UP_ENTRY_RE.match(above)
    return not above or ends_sentence(above) or bool(ENDS_ON_DATE_RE.search(above)) or closes_toc_entry(above) \
        or bool(entry) and (kind := kind_of(entry.group("title"))) is not None and entry.group("title").endswith(kind)


def _running_head_above(lines: list[Line], i: int) -> bool:
    """Line i-1 is a page's first and no sentence's piece (no clause mark): the
    running head a gazette prints over its pages, its 目录 section's name
    ('规范性文件'), which the text under it opens below, as under the page's top."""
    return i > 0 and lines[i - 1].after_page_break and not SENTENCE_MARK_RE.search(lines[i - 1].text)


def _paragraph_so_far(lines: list[Line], i: int, full_width: float, wrap: int) -> Iterator[tuple[int, str]]:
    """Each line k of the paragraph opening at line i, up to wrap lines, with
    the paragraph's text up to it: a paragraph goes on only under a line that
    fills the measure, and a 目录's entry (its leaders and page) is no piece
    of a head (the 目录's last entry stands over the first text)."""
    text = ""
    for k in range(i, min(len(lines), i + wrap)):
        if k > i and not (full_width and printed_width(lines[k - 1]) >= full_width * MEASURE.fills) \
                or closes_toc_entry(lines[k].text.strip()):
            return
        text += lines[k].text.strip()
        yield k, text


def _title_then_adoption_note(lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, re.Match]]:
    """The line (of those a measure wrapped them over) where a title ending
    in its kind word and the 题注 after it in brackets (立法技术规范: the
    date and the session that adopted it, ADOPTION_NOTE_RE) close, the
    text perhaps running on after them, and how they part. The title and
    the 题注 are one paragraph: the bracket opens on the title's line, or on
    the line under the pieces a measure cut the title into (each filling
    it). A title opens a paragraph (_text_opens_at)."""
    if not _text_opens_at(lines, i):
        return None
    text = ""
    for k in range(i, min(len(lines), i + NOTE_WRAP)):
        line = lines[k].text.strip()
        opened = re.search(r"[（(]", text + line)
        if not opened and (re.search(r"[，。；：,;:|｜│【】]", line) or is_date_line(line) or ENDS_ON_DATE_RE.search(line)
                           or is_doc_number_line(line) or closes_toc_entry(line)):
            return None  # (no sentence, no 成文日期, 发文字号, table's bar or 目录 entry's page in a title)
        if k > i and not re.search(r"[（(]", text) and not (full_width
                                                          and printed_width(lines[k - 1]) >= full_width * MEASURE.fills):
            return None  # (a title's line that stops short of the measure is its last: the bracket opens on it)
        text += line
        if not opened:
            continue
        match = TITLE_NOTE_TEXT_RE.match(text)
        title = match.group("title").replace(" ", "") if match else ""  # (a scan's spaces inside it are none of it)
        if match and kind_of(title) and TITLE_KIND_END_RE.search(title) and whole_adoption_note(match.group("note")):
            return k, match
        if re.search(r"[）)]", text):
            return None  # (the first bracket closed: no 题注 after a title)
    return None


def titles_then_adoption_notes(lines: list[Line], full_width: float) -> list[Line]:
    """A title, its 题注 and the text after it on one line (or wrapped over
    lines as one paragraph) are given back the form print sets them in:
    the title, the 题注 under it, the text from the next line (with the rest
    of its paragraph, where the measure wrapped it)."""
    return _heads_set_out(lines, full_width, _title_then_adoption_note, ("note",), wrapped_only=True)


def _heads_set_out(lines: list[Line], full_width: float,
                   find: Callable[[list[Line], int, float], Optional[tuple[int, re.Match]]],
                   fields: tuple[str, ...], wrapped_only: bool) -> list[Line]:
    """Each head find() reads run in at a paragraph's start (the line it
    closes on, and its title, its fields and the text's rest as groups)
    given back as print sets it: the title, each field on a line of its
    own, then the text, joined to the line under it where the measure
    wrapped the paragraph there (wrapped_only: only where the head itself
    took more than one line)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        found = find(lines, i, full_width)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        k, match = found
        out.append(replace(lines[i], text=match.group("title")))
        out += [replace(lines[i], text=match.group(field).strip(), starts_block=False, heading_mark=False)
                for field in fields if match.group(field)]
        rest, after = match.group("rest"), k + 1
        if rest and (k > i or not wrapped_only) and not ends_sentence(rest) and after < len(lines) \
                and not lines[after].starts_block and full_width and printed_width(lines[k]) >= full_width * MEASURE.fills:
            # (a measure wrapped the paragraph: its text goes on under the line the head closes on)
            out.append(replace(lines[after], text=rest + lines[after].text, starts_block=True, heading_mark=False))
            after += 1
        elif rest:
            out.append(replace(lines[k], text=rest, starts_block=True, heading_mark=False))
        i = after
    return out


# A speech's title, its byline and its 称谓 run into one paragraph, as a document site previews a speech or a page
# that lost its line breaks stores it: the occasion and the genre word ('在…上的讲话', perhaps printed twice, a
# page's headline over the text's own), the speaker's post and name, the date in brackets, then whom it addresses
# ('同志们：') and the text: "在…大会上的讲话红石林业局局长孙颖奇(2020年9月30日)同志们:一年一度…". A title may
# name the speaker's post before the occasion ('市长在…会议上的讲话'), and the headline over it may be worded
# otherwise than the text's own (a file name: '市长在…会议上讲话市长在…2022年…会议上的讲话同志们:…'): the title is
# the one the 称谓 follows.
SPEECH_POST = r"(?:[\u4e00-\u9fa5、]{0,12}?(?:[省市县区州旗盟镇乡局厅部院]长|书记|主任|主席|专员))"


SPEECH_HEAD = rf"""(?:{SPEECH_POST})?在[^，。；：,;:！？!?（）()\s](?:[^，。；：,;:！？!?（）()]{{1,60}}?)(?:上|时)\s*的?\s*
                   (?:讲\s*话|致\s*辞|发\s*言)"""


SPEECH_HEAD_OPENS_RE = re.compile(rf"^\s*(?:{SPEECH_POST})?在")


SPEECH_HEAD_RUN_IN_RE = re.compile(rf"""^(?:{SPEECH_HEAD}\s*)?(?P<title>{SPEECH_HEAD})
    (?:\s*(?P=title))?
    \s*(?P<speaker>[\u4e00-\u9fa5、]{{2,24}}?(?:[省市县区州旗盟镇乡局厅部院]长|书记|主任|主席|专员)\s*[\u4e00-\u9fa5]{{2,4}})??
    \s*(?P<date>[（(]\s*(?:{DATE_RE.pattern})\s*[）)])?
    \s*(?P<salutation>{AUDIENCE}(?:[、，,]{AUDIENCE})*[:：])
    \s*(?P<rest>\S.*)$""", re.X)


SPEECH_HEAD_WRAP = 8  # lines such a head may be wrapped over at the narrowest measure


def _speech_head_run_in(lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, re.Match]]:
    """The line (of those a measure wrapped the paragraph over) on which a
    speech's title, its byline and its 称谓 run in at the paragraph's head
    close (SPEECH_HEAD_RUN_IN_RE), and how they part. The paragraph opens
    there (_text_opens_at) and goes on over lines that fill the measure; a
    scan's spaces may stand inside the title."""
    if not SPEECH_HEAD_OPENS_RE.match(lines[i].text) or not (_text_opens_at(lines, i) or _running_head_above(lines, i)):
        return None
    for k, text in _paragraph_so_far(lines, i, full_width, SPEECH_HEAD_WRAP):
        if match := SPEECH_HEAD_RUN_IN_RE.match(text):
            return k, match
    return None


def speech_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A speech's head run into its text (_speech_head_run_in) is given back
    the form print sets it in: the title (once), the speaker's line, the
    date in brackets and the 称谓, each a line, then the text."""
    return _heads_set_out(lines, full_width, _speech_head_run_in, ("speaker", "date", "salutation"), wrapped_only=False)


# A report's head run into its text, as a document site extracts a 政府工作报告 with its line breaks lost: the title
# ending in its kind word, the occasion after a dash ('——2012年1月3日在…会议上'), the speaker's post and name, the
# 称谓 and the text: "政府工作报告——2012年1月3日在…会议上盐田区人民政府区长杜玲各位代表:现在,…". The page's number
# may stand closed up before the title ('1政府工作报告——…'): a figure that no 年, 月, 号 or point follows, before a
# title, is the page's furniture (a title that opens on a year, '2021年…政府工作报告', keeps its figures).
REPORT_HEAD_RUN_IN_RE = re.compile(rf"""^(?:\d{{1,3}}(?![\d年月日号.．、,，]))?\s*
    (?P<title>[^，。；：,;:（）(){DASHES}\-\s]{{2,60}}?)\s*
    (?P<occasion>[{DASHES}]{{1,2}}\s*(?:{DATE_RE.pattern})?\s*在[^。；;，,：:（）()]{{2,60}}?(?:上|时))
    \s*(?P<speaker>[\u4e00-\u9fa5、]{{2,24}}?(?:[省市县区州旗盟镇乡局厅部院]长|书记|主任|主席|专员)\s*[\u4e00-\u9fa5]{{2,4}}?)?
    \s*(?P<salutation>{AUDIENCE}(?:[、，,]{AUDIENCE})*[:：])
    \s*(?P<rest>\S.*)$""", re.X)


def _report_head_run_in(lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, re.Match]]:
    """The line (of those a measure wrapped the paragraph over) on which a
    report's title, its occasion after a dash, the speaker's byline and the
    称谓 run in at the paragraph's head close (REPORT_HEAD_RUN_IN_RE), and how
    they part: only a title that ends in its kind word, at a paragraph that
    opens there (_text_opens_at) and goes on over lines that fill the measure."""
    if not (_text_opens_at(lines, i) or _running_head_above(lines, i)) \
            or not TITLE_DASH_RE.match(re.sub(r"^\d{1,3}(?![\d年月日号.．、,，])", "", lines[i].text.strip())):
        return None
    for k, text in _paragraph_so_far(lines, i, full_width, SPEECH_HEAD_WRAP):
        if (match := REPORT_HEAD_RUN_IN_RE.match(text)) and (kind := kind_of(match.group("title"))) \
                and match.group("title").endswith(kind):
            return k, match
    return None


def report_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A report's head run into its text (_report_head_run_in) is given back
    the form print sets it in: the title, the occasion, the speaker's line
    and the 称谓, each a line, then the text."""
    return _heads_set_out(lines, full_width, _report_head_run_in, ("occasion", "speaker", "salutation"), wrapped_only=False)


# A speech titled by its theme, its 副题 after a dash naming the occasion and the genre word ('勇立潮头——在市政府
# 全体(扩大)会议上的讲话'), and the text run into one paragraph, as a writing site stores it with no 称谓: "…敢为先
# ——在…会议上的讲话今年是…". A theme, a dash, then '在…上的讲话' at a paragraph's head is a title's frame, which no
# sentence takes, unless the sentence goes on from the speech ('…——在…上的讲话中强调'); the occasion may hold a
# short word in brackets ('全体(扩大)会议').
SPEECH_THEME_RUN_IN_RE = re.compile(rf"""^(?P<title>[^，。；：,;:！？!?、（）()\s{DASHES}\-]{{2,30}}?)\s*
    (?P<subtitle>[{DASHES}]{{1,2}}\s*(?:{SPEECH_POST})?在(?:[^，。；：,;:！？!?（）()\s]|[（(][^（）()，。,]{{1,6}}[）)]){{2,60}}?
        (?:上|时)\s*的?\s*(?:讲\s*话|致\s*辞|发\s*言))
    \s*(?!中|里|时|后|精神|要求|提出|指出|强调|和|及|与|的|是)(?P<rest>[^\s，。；：,;:！？!?、].*)$""", re.X)


def _speech_theme_run_in(lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, re.Match]]:
    """The line (of those a measure wrapped the paragraph over) on which a
    speech's theme and its 副题 run in at the paragraph's head close
    (SPEECH_THEME_RUN_IN_RE), and how they part; the paragraph opens there
    (_text_opens_at) and goes on over lines that fill the measure."""
    if not (_text_opens_at(lines, i) or _running_head_above(lines, i)):
        return None
    for k, text in _paragraph_so_far(lines, i, full_width, SPEECH_HEAD_WRAP):
        if not re.search(rf"[{DASHES}]", text) and k - i >= 2:
            return None  # (no dash within the theme's reach)
        if match := SPEECH_THEME_RUN_IN_RE.match(text):
            return k, match
    return None


def speech_themes_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A speech's theme and 副题 run into its text (_speech_theme_run_in) are
    given back the form print sets them in: the theme, the 副题 under it,
    each a line, then the text."""
    return _heads_set_out(lines, full_width, _speech_theme_run_in, ("subtitle",), wrapped_only=False)


# A bulletin's head run into one line with its text, as a document library extracts a PDF or a page that lost its
# line breaks stores it: the title ending in 公报 (a note mark and its place in a series after it, '[1](第二号)'),
# the bodies that publish it printed under it (a bureau, a census's 领导小组办公室, a survey team: one to three,
# each ending in its organ's word), the date, then the text: "…农业普查主要数据公报…普查领导小组办公室…统计局
# 2008年3月24日根据…". A sentence that cites a bulletin ('…公报显示,…') runs on without organs and a date.
# (the national bureau's survey team is one body: '国家统计局某某调查队', not the bureau and a team)
BULLETIN_ORGAN = r"(?:国家统计局[\u4e00-\u9fa5]{2,12}?调查总?队|[\u4e00-\u9fa5]{2,40}?(?:统计局|办公室|调查总?队))"


BULLETIN_HEAD_RUN_IN_RE = re.compile(rf"""^(?P<title>[^，。；：,;:！？!?、（）()\s][^，。；：,;:！？!?、（）()]{{1,60}}?公\s*报
        (?:\[\d{{1,2}}\])?(?:\s*[（(]\s*第\s*[一二三四五六七八九十\d]{{1,3}}\s*号\s*[）)])?)
    \s*(?P<organ1>{BULLETIN_ORGAN})\s*(?P<organ2>{BULLETIN_ORGAN})??\s*(?P<organ3>{BULLETIN_ORGAN})??
    \s*(?P<date>{DATE_RE.pattern})
    \s*(?P<rest>\S.*)$""", re.X)


BULLETIN_HEAD_WRAP = 8  # lines such a head may be wrapped over at the narrowest measure


def _bulletin_head_run_in(lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, re.Match]]:
    """The line (of those a measure wrapped the paragraph over) on which a
    bulletin's head run in at the paragraph's start closes
    (BULLETIN_HEAD_RUN_IN_RE), and how it parts: the paragraph opens there
    (_text_opens_at), or under a web table's last cell ('2.8 |': a row ends
    there, as a bulletin's table may end the text above), and goes on over
    lines that fill the measure."""
    if not (_text_opens_at(lines, i) or _running_head_above(lines, i)
            or i > 0 and lines[i - 1].text.rstrip().endswith("|")):
        return None
    for k, text in _paragraph_so_far(lines, i, full_width, BULLETIN_HEAD_WRAP):
        if "公" not in text and k - i >= 4:
            return None
        if match := BULLETIN_HEAD_RUN_IN_RE.match(text):
            return k, match
    return None


def bulletin_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A bulletin's head run into its text (_bulletin_head_run_in) is given
    back the form it is printed in: the title, each body on a line of its
    own, the date, then the text."""
    return _heads_set_out(lines, full_width, _bulletin_head_run_in, ("organ1", "organ2", "organ3", "date"),
                          wrapped_only=False)


# turned onto a line of their own


def date_then_occasion(lines: list[Line]) -> list[Line]:
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
