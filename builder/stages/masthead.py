"""Stage 3: the gazette's own pages — masthead facts and the printed 目录.

Reads the issue's Lines; writes the 目录 (TocEntry list, and the lines it
took) and a Masthead (name, year, issue, total issue, date, 主办).

The 目录 is read here and later used as a cross-check when the issue is
split into documents. Masthead facts are searched in the front lines (cover,
masthead, colophon); the running header of the pages is a fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import Line, TocEntry
from ..text.frame import (CLOSING_FORMULA_RE, DOC_NUMBER_RE, ENTRY_END_RE, ISSUER_MARK, ISSUING_WORDS, KIND_RE,
                          ORGAN_ENDING, OPEN_BRACKETS, ORDER_NUMBER_RE, ORGAN_END_RE, PAGE_ALONE_RE, TOC_HEAD_RE, iso_date, kind_of, order_organ, paren_frame)
from ..text.lines import quotation_open
from ..text.numbering import LABEL_RE, scheme_of
from ..text.numerals import CN_NUMERAL
from ..text.script import either_script

TOC_ENTRY_RE = re.compile(r"""
    ^(?:\d{1,2}\s*[.、．]\s*)?       # optional running number: "1. "
    (?P<title>.*?\S)
    \s*(?:(?:[.…·・\-]\s*){2,})?\s*   # dot leaders, set close or spaced (". . . .")
    (?P<open>[（(])?(?P<page>\d{1,3})(?(open)[）)])$   # the printed page, bare or in brackets: "(54)"
""", re.X)

# A section heading that names its issuer, as a 目录 groups documents: 国务院文件, 生态环境部办公厅文件,
# or any 发文机关标志, however long the organ's name (XX市XX工作领导小组办公室文件), and the orders an organ
# issues, however long its name ('XX市新型冠状病毒感染的肺炎防控指挥部令', GB/T 9704 10.2: organ + 令).
# A 目录 sets a section heading off in brackets ('【市政府文件】') or by a printed mark before it, or around it
# ('◆市政府文件', '■ 部门文件 ■'). No organ's name holds the words that open a title's 事由: a line that ends on 文件
# after 关于 ('…镇关于公布规范性文件') is an entry's first line the wrap cut.
_SECTION_MARK = r"[◆◇■□●○★☆▲△▶►◎※•·＊]"
_SECTION_OPEN = rf"(?:[【\[]|{_SECTION_MARK}\s*)?"
_SECTION_CLOSE = rf"(?:[】\]]|\s*{_SECTION_MARK})?"
SECTION_NAME_RE = re.compile(rf"^(?!.*(?:{ISSUING_WORDS})){_SECTION_OPEN}(?:[\u4e00-\u9fa5]{{2,16}}(?:文件|令)|[\u4e00-\u9fa5]{{1,29}}?{ORGAN_ENDING}令"
                             rf"|{ISSUER_MARK}){_SECTION_CLOSE}$")
TOC_SECTION_RE = re.compile(rf"^{_SECTION_OPEN}(?P<name>[\u4e00-\u9fa5 ]{{2,12}}){_SECTION_CLOSE}$")


SET_OFF_RE = re.compile(rf"[【\[][^【】\[\]]+[】\]]|{_SECTION_MARK}.+")  # a heading set off by brackets or a mark


def section_name(text: str) -> str:
    """A section heading's name, without the brackets or marks that set it off."""
    return re.sub(rf"[\s【】\[\]]|{_SECTION_MARK}", "", text)

# The place is part of the name: "XX市人民政府公报" in a header names no gazette. The State
# Council's is the 国务院公报; many provinces and cities call theirs a 政报, after the place
# alone (山东政报, 杭州政报). Masthead facts are read in either script: a gazette of 1993
# prints "第2號 (總號:720)".
NAME_RE = re.compile(either_script(r"(?P<name>[\u4e00-\u9fa5]{1,10}[省市县区州盟旗](?:人民政府|政府)公报"
                                   r"|[\u4e00-\u9fa5]{2,12}管委会公报|(?:中华人民共和国)?国务院公报"
                                   r"|[\u4e00-\u9fa5]{2,10}政报)"))
ISSUE_RE = re.compile(either_script(r"""
    (?P<label>
        (?:(?P<year>\d{4})\s*年\s*)?           # 2022 年
        (?<!总)(?<!总\s)第\s*(?P<no>\d{1,3}(?:\s*[-—－~]\s*\d{1,3})?)\s*[期号]   # 第 8-9 期, 第6号 (not 总第 905 期)
    )
    | ^(?P<dotted>(?P<dotted_year>\d{4})\s*[.．]\s*(?P<dotted_no>\d{1,2}))$   # 2022.8 alone, as a running header prints it
"""), re.X)
TOTAL_RE = re.compile(either_script(r"总\s*(?:第|号)?\s*[:：]?\s*(?P<total>\d{1,4}(?:\s*[-—－]\s*\d{1,4})?)\s*[期号]?"))
HOST_RE = re.compile(r"^(?:主\s*办(?:单位)?\s*[:：]\s*(?P<after>.*)|(?P<before>\S+?)\s*主办(?!单位).*)$")
HEADER_ISSUE_RE = re.compile(r"[公政]报\s*(?P<year>\d{4})\s*[.．。]\s*(?P<no>\d{1,2})")


@dataclass
class Masthead:
    name: Optional[str] = None
    year: Optional[int] = None
    issue: Optional[str] = None
    issue_no: Optional[str] = None  # the bare number(s) of the issue, for ids
    total_issue: Optional[str] = None
    date: Optional[str] = None
    host: Optional[str] = None


# Lines of an entry's title above its last line (the one with its page, or right above the
# page set apart): five lines in all, a long title at the narrowest measure.
WRAPPED_LINES = 4
# An entry's leaders set on a line of their own, between its title and its page.
LEADERS_ALONE_RE = re.compile(r"(?:[.…·・]\s*){3,}")
LEADERS_RE = re.compile(r"[.…·・]{2,}|(?:[.·・]\s){3,}")  # leaders between an entry's title and its page


def read_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """Return the 目录 entries and the indexes of the lines they occupy."""
    entries: list[TocEntry] = []
    used: set[int] = set()
    sections: set[str] = set()  # the section headings a 目录 has read
    i = 0
    while i < len(lines):
        if not TOC_HEAD_RE.match(lines[i].text):
            i += 1
            continue
        head, found, taken = i, len(entries), set(used)  # the heading is the 目录's only once an entry follows it
        i += 1
        section = None
        section_line: Optional[int] = None  # used only once an entry follows it
        pending: list[int] = []  # entry lines waiting for the line with the page
        while i < len(lines):
            text = lines[i].text
            entry = _toc_entry(text) if not (i + 1 < len(lines) and number_cut(text, lines[i + 1].text)) else None
            if entry and (name := section_name(entry[0])) in sections and kind_of(name) is None:
                break  # a heading a 目录 read (one that titles no document: '部门文件', not a '…令'), now with
                # a page's number: the running head of a page of the body
            if entry and pending and quotation_open("".join(lines[k].text for k in pending) + entry[0]):
                entry = None  # an entry's title closes every 《 it opens before its page (quotation_open, read over
                # its lines): figures inside a name cited on lines above ('根据《' … '…关于9·18…') are the cited
                # name's, a body's sentence the wrap cut under the 目录, no page
            if pending and (alone := PAGE_ALONE_RE.fullmatch(text)):
                entry = ("", int(alone.group("page")))  # the page number wrapped onto a line of its own
            if entry and (len(entry[0]) >= 6 or pending or _short_title(lines[i], entry[0])
                          or _kind_alone(*entry, entries[found:],
                                         following=None if entries[found:] else _next_entry_page(lines, i))):
                title, page = entry
                title = "".join(lines[k].text for k in pending) + title
                used.update(pending)
                pending = []
                entries.append(TocEntry(title=_clean_title(title), page=page, section=section,
                                        line=lines[i].no))
                used.add(i)
                if section_line is not None:
                    used.add(section_line)
                    section_line = None
            elif pending and LEADERS_ALONE_RE.fullmatch(text):
                pending.append(i)  # no line of the title: the wrap's limit below does not count it
            elif len(pending) <= WRAPPED_LINES and _title_end(lines, i):
                pending.append(i)
            elif len(pending) < WRAPPED_LINES and _could_be_wrapped_entry(lines[i], bool(pending)) \
                    and _entry_ahead(lines, i) and not (not pending and SECTION_NAME_RE.match(text)):
                pending.append(i)
            elif not pending and (TOC_SECTION_RE.match(text) or SECTION_NAME_RE.match(text)) \
                    and not TOC_HEAD_RE.match(text):
                section = section_name(text)
                section_line = i
                sections.add(section)
            else:
                break
            i += 1
        if (pageless := _pageless_entries(lines, head + 1)) and len(pageless[0]) > len(entries) - found \
                and (len(entries) == found or pageless[0][0].page is not None):
            entries[found:], used = pageless[0], taken | pageless[1]  # (the pages after the titles read as their
            i = max(pageless[1]) + 1  # lines, a few titles at most run into one)
        if len(entries) > found and all(_division(entry.title) for entry in entries[found:]):
            del entries[found:]  # a text's own 目录, not the issue's
            used = taken
        if len(entries) > found:
            used.add(head)
    return entries, used


# A title's rest the wrap set on the next line after a kind word inside it ('…特别规定' / '(试行)的通知').
TITLE_GOES_ON_RE = re.compile(r"^[（(〈《]?[^（）()]{0,8}[）)〉》]?的")
# A title ends in its 文种 (标题 = 发文机关 + 事由 + 文种), perhaps with the 发文字号 a 目录 prints in brackets after it.
TITLE_END_RE = re.compile(rf"(?:{KIND_RE.pattern})(?:[（(][^（）()]*[）)])?$")


def _pageless_entries(lines: list[Line], start: int) -> Optional[tuple[list[TocEntry], set[int]]]:
    """A 目录 whose entries carry no page where they stand: one copied from a
    web page's list of the issue, or set by an extractor that reads the
    column of pages after the column of titles ('…的通知' / '…的意见' / '1'
    / '5'). From the line under its heading: titles, each wrapped over a few
    lines and ending in its 文种, under their section headings, then perhaps
    their pages alone one a line, as many as the titles and in page order.
    Each title is printed again below, over its document: the 目录 ends
    before a title that is not (the first document's own), and is one only
    if most of its titles are (a page break may cut a title printed again,
    its running head between its lines); a short heading that titles none is
    a section's ('政策解读'). The entries and the lines they took, or None."""
    # (the text from each line on, at[i] its offset; a section's banner set off below, '【政策解读】', titles nothing)
    texts = ["" if SET_OFF_RE.fullmatch(line.text) else line.text.replace(" ", "") for line in lines]
    rest, at = "".join(texts), [0]
    for text in texts:
        at.append(at[-1] + len(text))

    def printed_below(title: str, last: int) -> bool:
        # (printed whole, not as the tail of a longer name a text cites: '…《关于全面治理…的实施意见》要求' prints no
        # title '全面治理…的实施意见', the words end another name (GB/T 9704-2012 7.3.1: a 标题 is a whole name); a whole
        # name in its 书名号 is the title printed again, as a 令 names the rule it promulgates, '《…的决定》已经…通过')
        k = rest.find(title, at[last + 1])
        while k > 0 and rest.startswith("》", k + len(title)) and rest[k - 1] != "《":
            k = rest.find(title, k + 1)
        return k >= 0

    entries: list[tuple[str, Optional[str], list[int]]] = []  # (title, section, its lines and its section's)
    section, held, pending = None, [], []  # (held: the section heading's line, until an entry takes it)
    for i in range(start, len(lines)):
        text = lines[i].text
        joined = "".join(lines[k].text for k in pending) + text
        if pending and printed_below(title := _clean_title(joined[:-len(text)]), i - 1) \
                and not printed_below(_clean_title(joined), i) \
                and not _organ_over_its_matter(title, text):  # a title with no 文种 ('…新局面'), printed again
            entries.append((title, section, held + pending))
            held, pending, joined = [], [], text
        if closes_toc_entry(text):
            break  # (a 目录 with its pages where they stand: read_toc's)
        if not pending and SECTION_NAME_RE.match(text) and (not text.endswith("令") or order_organ(section_name(text))):
            section, held = section_name(text), [i]  # an order's 标志 heads the 令, no entry ('…禁火令' is one)
        elif TITLE_END_RE.search(joined) and not re.search(r"[，。；：,;:]", joined) \
                and not (i + 1 < len(lines) and TITLE_GOES_ON_RE.match(lines[i + 1].text)) \
                and (pending or not TOC_SECTION_RE.match(text) or printed_below(_clean_title(text), i)):
            entries.append((_clean_title(joined), section, held + pending + [i]))
            held, pending = [], []
        elif not pending and TOC_SECTION_RE.match(text) \
                and not (i + 1 < len(lines) and printed_below(_clean_title(text + lines[i + 1].text), i + 1)):
            section, held = section_name(text), [i]  # (a short heading, not a title's first line printed again)
        elif len(pending) < WRAPPED_LINES and re.search(r"[\u4e00-\u9fa5]", text) \
                and not re.search(r"[，。；：,;:]", text) and _could_be_wrapped_entry(lines[i], bool(pending), 1):
            pending.append(i)
        else:
            break

    def pages_below(entries) -> Optional[list[int]]:
        end = entries[-1][2][-1] if entries else len(lines)
        pages = [int(alone.group("page")) if (alone := PAGE_ALONE_RE.fullmatch(line.text)) else None
                 for line in lines[end + 1:end + 1 + len(entries)]]
        return pages if len(pages) == len(entries) and None not in pages and pages == sorted(pages) else None

    while entries and not pages_below(entries) and (not printed_below(entries[-1][0], entries[-1][2][-1])
                                                    or len(entries) > 1 and entries[-1][0] == entries[0][0]):
        entries.pop()  # (with no pages under them, the 目录 ended above the first document's title)
    if len(entries) < 2 or sum(printed_below(title, taken[-1]) for title, _, taken in entries) < len(entries) * 2 / 3:
        return None
    end, pages = entries[-1][2][-1], pages_below(entries)
    return [TocEntry(title=title, page=page, section=section, line=lines[taken[-1]].no)
            for (title, section, taken), page in zip(entries, pages or [None] * len(entries))], \
        {k for _, _, taken in entries for k in taken} | (set(range(end + 1, end + 1 + len(entries))) if pages else set())


# The words that open a title's 事由 after its organ (GB/T 9704-2012 7.3.1: 标题 = 发文机关名称 + 事由 + 文种).
MATTER_OPEN_RE = re.compile(rf"^(?:{ISSUING_WORDS})")


def _organ_over_its_matter(held: str, text: str) -> bool:
    """Lines held as a 目录 title with no 文种 that are an organ's name alone,
    over a line that opens a 事由 (关于, 转发, 印发, 批转), are no title of
    their own: GB/T 9704-2012 7.3.1 builds a 标题 of the organ, the 事由
    and the 文种, and a title printed over its document sets the organ on a
    line of its own above '关于…' (7.2.1's 版头 too). The organ's name is
    printed again below as every signature prints it, so reading it as a
    title printed again would take the first document's title into a 目录
    that has no pages."""
    return bool(ORGAN_END_RE.search(held)) and bool(MATTER_OPEN_RE.match(text.strip())) \
        and not re.search(r"[^\u4e00-\u9fa5（）()]", held)


def _short_title(line: Line, title: str) -> bool:
    """An entry shorter than a title's usual six characters is one before the
    目录's dot leaders (TOC_ENTRY_RE), whatever it names: the leaders are the
    目录's own mark, no sentence prints them, and a 目录 lists short items
    besides its documents ('人事任免……45', '大事记……50', a chronicle's month
    '6月……1'); not a section's heading under its number (SECTION_LABEL_RE),
    which a text's own 目录 lists. Before its page in brackets, or set apart by a wide blank (a
    目录 without leaders sets its pages right, and an extractor that keeps the
    page's places gives it: '通告      1'), it is one when it is a title of
    its own kind: a letter titled by its kind alone or nearly ('通告（3）')."""
    text = line.text
    after = text[text.rindex(title) + len(title):].lstrip()
    if re.match(r"(?:[.…·・]\s*){2,}", after):
        return not re.search(r"[，。；：,;:]", title) and not SECTION_LABEL_RE.match(text.strip())
    set_apart = bool(line.runs) and len(line.runs) >= 2 and line.runs[-1][0] - line.runs[-2][1] >= PAGE_SET_APART
    return (after[:1] in "（(" or set_apart) and kind_of(title) is not None


# A section's number or label opening the line ('1 总则', '1总则', '1.1 编制目的', '一、总则', '第一章 总则'): the
# heading a text's own 目录 lists, not an issue's short item ('6月', '人事任免'; a figure before 月 is a month's).
SECTION_LABEL_RE = re.compile(r"\d{1,2}(?:[.．]\d{1,2})*(?![\d月])|[（(]?[一二三四五六七八九十]+[、）)]"
                              r"|第[一二三四五六七八九十百零〇\d]+[编章节条]")
PAGE_SET_APART = 4  # display columns of blank, at least, between an entry's title and its page set right


def _kind_alone(title: str, page: int, read: list[TocEntry], following: Optional[int] = None) -> bool:
    """A text titled by its kind word alone ('通告 4', '倡议书 1', a letter's), or by a short 事由
    and its kind ('接访公告 3', '闭园公告 3': 标题 = 事由 + 文种, GB/T 9704
    7.3.1, the organ left to the signature), is an entry without leaders
    too, among the entries this 目录 has read, at a page not before theirs:
    a 目录 lists its documents in page order, and a body's line is no short
    title before a figure. As the 目录's first entry ('公告 1' under its
    heading or a section's), with none read, it is one before the next
    entry at a page not before its own (following: that entry's page, from
    _next_entry_page), the same order read forward. The 结束语 ends in a
    kind word ('特此公告') but titles nothing."""
    return kind_of(title) is not None and not CLOSING_FORMULA_RE.match(title) \
        and (page >= read[-1].page if read else following is not None and following >= page)


def _next_entry_page(lines: list[Line], i: int) -> Optional[int]:
    """The page of the 目录 entry under line i: a full title's (six
    characters at least) with its page, over at most a section heading
    ('XX局文件') and the lines of its wrapped title; None where a line
    of neither comes first. A title the 目录 wraps prints its page on its
    last line: the title is all its lines ('关于…勘探施工的' / '航行通告 1'),
    however short the last."""
    wrapped = ""  # the lines of the entry's title above the one with its page
    for k in range(i + 1, min(len(lines), i + WRAPPED_LINES + 2)):
        text = lines[k].text
        if (entry := _toc_entry(text)) and len(wrapped + entry[0]) >= 6:
            return entry[1]
        if SECTION_NAME_RE.match(text) or TOC_SECTION_RE.match(text):
            wrapped = ""
        elif _could_be_wrapped_entry(lines[k], going_on=True):
            wrapped += text.strip()
        else:
            return None
    return None


def _division(title: str) -> bool:
    """立法技术规范: a text's own 目录 lists its 编, 章 and 节 ('第一章总则',
    '第一节业主'), each with its page in a printed book; an issue's lists
    documents, and no document is titled by a division's label."""
    match = LABEL_RE.match(title)
    return bool(match) and scheme_of(match) in ("bian", "zhang", "jie")


# An entry's page in brackets closed up after its title's 文种, no leaders: '…的通告（3）'.
BRACKETED_PAGE_END_RE = re.compile(r"[（(]\d{1,3}[）)]$")


# An entry's 发文字号 or date in brackets on a line of its own under its title, its page closed up after it (the space
# before the page gone with the others): '（国办发〔2020〕1号）3', '（2018年11月6日）12', the figures perhaps masked as
# an aggregator's copy masks them ('（某环建函〔****〕号）3'). A bracket that holds neither a 号 nor a 日 (a title's
# '（试行）', '（2021—2025年）') is no frame.
BRACKETED_FRAME_PAGE_RE = re.compile(r"[（(][^（）()]{1,60}[号日][）)]\s*\d{1,3}")


@lru_cache(maxsize=1 << 16)  # asked of every line above a line that may open a title, by many stages
def closes_toc_entry(text: str) -> bool:
    """The line ends a 目录 entry: its leaders and page, or either set on a
    line of its own, or its page in brackets right after the title's 文种,
    or its page after the entry's bracketed 发文字号 or date
    (BRACKETED_FRAME_PAGE_RE): a title read on from an entry stops there,
    short of the body's first title under the 目录."""
    page = BRACKETED_PAGE_END_RE.search(text)
    return bool(ENTRY_END_RE.search(text) or PAGE_ALONE_RE.fullmatch(text) or LEADERS_ALONE_RE.fullmatch(text)
                or BRACKETED_FRAME_PAGE_RE.fullmatch(text.strip())) \
        or bool(page) and (kind := kind_of(text[:page.start()])) is not None and text[:page.start()].endswith(kind)


def _title_end(lines: list[Line], i: int) -> bool:
    """The last line of an entry's title, however short ("临沂市供热条例", or
    "知" the wrap left), right above the entry's leaders or page set on lines
    of their own, or its 发文字号 in brackets before them ('（国办发〔1997〕11号）……3'):
    a section heading has no page."""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    entry = _toc_entry(below)
    return bool(LEADERS_ALONE_RE.fullmatch(below) or PAGE_ALONE_RE.fullmatch(below)
                or entry and _bracketed_number(entry[0])) \
        and bool(re.search(r"[\u4e00-\u9fa5]", lines[i].text)) and _could_be_wrapped_entry(lines[i], True, 1)


def _entry_ahead(lines: list[Line], i: int) -> bool:
    """A 目录 entry wrapped over a few lines ends on a line with its page,
    or right above its leaders or page set on lines of their own."""
    for k in range(i + 1, min(len(lines), i + WRAPPED_LINES + 1)):
        if _toc_entry(lines[k].text) or PAGE_ALONE_RE.fullmatch(lines[k].text) or _title_end(lines, k):
            return True
        if not _could_be_wrapped_entry(lines[k], going_on=True):
            return False
    return False


# A number the wrap cut: its digits end a line, run into the words before them
# (no leaders, no space: no page number), and the next line goes on with the rest
# of the number or its unit ("…关于做好20" / "10年普通高校…的通知……3").
CUT_NUMBER_END_RE = re.compile(r"[\u4e00-\u9fa5]\d{1,3}$")
CUT_NUMBER_REST_RE = re.compile(r"^\d{0,3}[年月日号届次期批]")
CUT_CODE_END_RE = re.compile(r"[A-Za-z]\d{1,3}$")  # a code's letters and its first figures ('JY1')
CODE_REST_RE = re.compile(r"^[\d+＋.．]")  # its figures going on, or a stake's offset after them ('K198' / '+426.5')


def number_cut(text: str, below: str) -> bool:
    """A 目录 line whose last digits are a number the wrap cut, not its page:
    its words' figures, or a code's, whose letters the figures run on from
    ('…第JY1' / '00012050700号建议的答复', '…线K198' / '+426.5…桥…的函', a
    road's stake in kilometres and metres: a page is set apart from a code),
    or a count whose 量词 opens the line below (counted_cut)."""
    return bool(CUT_NUMBER_END_RE.search(text.rstrip())) and bool(CUT_NUMBER_REST_RE.match(below.strip())) \
        or bool(CUT_CODE_END_RE.search(text.rstrip())) and bool(CODE_REST_RE.match(below.strip())) \
        or counted_cut(text, below)


# A count's figure at a line's end, run into the words before it or parted from them by one space (a scanner's,
# '…等 6'), and the 量词 the count takes at the head of the line below ('所幼儿园…', ' 所 幼儿园…'), or 人 after a
# count of people ('…招聘55' / '人公告'; not the 人 of a name the line below opens, 人民政府, 人大, 人力资源, 人社局).
COUNT_END_RE = re.compile(r"[\u4e00-\u9fa5]\s?\d{1,3}$")
COUNT_WORD_REST_RE = re.compile(r"^\d{0,3}\s?(?:[个所家名项件类户处座份种位]|人(?![民大力社]))")


def counted_cut(text: str, below: str) -> bool:
    """The figure a line ends on counts what the line below opens on: the
    量词 a count of things takes (数词 + 量词: '等6' / '所幼儿园…', '共3' /
    '个项目…'), which a page's number never has after it. A title ends on
    its 文种 before its page (标题 = 发文机关 + 事由 + 文种), so a line that
    does keeps its figure as the page, whatever the line below opens on."""
    text = text.rstrip()
    end = COUNT_END_RE.search(text)
    if not end or not COUNT_WORD_REST_RE.match(below.strip()):
        return False
    words = text[:end.start() + 1]
    kind = kind_of(words)
    return not (kind and words.endswith(kind))


def ends_on_page(text: str, below: str) -> bool:
    """The line ends as a 目录 entry does, its page's figures right after its
    words ("…的决定 1") or its bracketed number, and the line below does not go on with the number:
    whatever follows, the line is no first piece of a wrapped title."""
    return text[-1:].isdigit() and bool(PAGE_END_RE.search(text.replace(" ", ""))) and not number_cut(text, below)


# An entry's page right after its words, or after the bracketed 发文字号 the 目录 prints after the title
# ('…的决定1', '（陕西省人民政府令第148号）1').
PAGE_END_RE = re.compile(r"[\u4e00-\u9fa5）)]\d{1,3}$")


def _toc_entry(text: str) -> Optional[tuple[str, int]]:
    match = TOC_ENTRY_RE.match(text)
    if not match or not re.search(r"[\u4e00-\u9fa5]", match.group("title")):
        return None
    title = match.group("title")
    if re.search(r"[，,；;]", title) and not LEADERS_RE.search(text[match.end("title"):match.start("page")]):
        return None  # a sentence the wrap cut after a number ("…现将XX市20" / "24年度…"), no title and page; a
        # 目录's leaders before the figure print no sentence: the title holds a comma ('凝心聚力，…——在…上的讲话……3')
    if re.search(r"[年第总号:：]$", title) or re.search(r"\d$", title.rstrip(" .…")) or not int(match.group("page")):
        return None  # page 0 is no page
    if re.search(rf"[{OPEN_BRACKETS}]$", title):
        return None  # digits inside a bracket the wrap cut, a 文号's year ("…的通知(岳办发〔2" / "017〕2号)")
    if quotation_open(title):
        return None  # a quotation the wrap cut inside a figure ('关于《…“2·2' / '6”…'): the figure is the quoted
        # date's, no page; an entry's title closes what it opens before its page
    if re.search(r"[〕］\]]\d{1,3}$", text.rstrip()):
        return None  # a 文号's serial after its year (GB/T 9704 7.2.4: 〔年份〕序号), the wrap cut before 号: no page
    if re.search(r"\d[-—－~～]$", title):
        return None  # a range of years the wrap cut ("…规划(2021-20" / "25年)…"), a body line under the 目录
    return title, int(match.group("page"))


def _could_be_wrapped_entry(line: Line, going_on: bool = False, least: int = 2) -> bool:
    """A line of an entry wrapped before its page number (an entry's first
    line is a title's, ten characters at least as printed, a page's pinyin
    annotations too (Line.annotated); a line going on with one may be
    shorter, what a narrow measure left); a document's 发文字号 line (alone,
    or in brackets with its date) is the body's, under a title, never the
    目录's: the 目录 ends above it."""
    text = line.text
    return len(text) + line.annotated >= (least if going_on else 10) and not text.endswith(("。", "：", ":")) \
        and not paren_frame(text) and not DOC_NUMBER_RE.fullmatch(text.strip())


def _clean_title(title: str) -> str:
    """The entry's title alone: no running number before it, no leaders, and
    no 发文字号 (or frame) the 目录 prints in brackets after it, which the
    document prints under its title ('…的通知（某政发〔2021〕3号）')."""
    title = re.sub(r"^\d{1,2}\s*[.、．]\s*", "", title)
    title = re.sub(r"\s+", "", title.rstrip(" .…·・"))
    frame = NUMBER_AFTER_TITLE_RE.search(title)
    return title[:frame.start()] if frame and frame.start() and _bracketed_number(frame.group(0)) else title


# (the serial alone is three characters, '（第1号）'; a number of the 1970s holds its year's brackets, '（革发(79)060号）')
NUMBER_AFTER_TITLE_RE = re.compile(r"[（(](?:[^（）()]|[（(][^（）()]{1,6}[）)]){3,40}[）)]$")
# A 公告's or 令's serial in brackets, its organ before it: '（某省人民代表大会常务委员会公告第28号）', the serial
# perhaps in brackets of its own or after the 届 ('（某市人大常委会公告(第21号)）', '（…公告〔六届〕第十九号）') or its year,
# the 年 printed or left out (frame.ORDER_NUMBER_RE: '（某盟指挥部公告2022第47号）').
BRACKETED_SERIAL_RE = re.compile(either_script(
    rf"[（(][\u4e00-\u9fa5]{{2,40}}(?:公告|令)\s*(?P<inner>[（(])?\s*(?:[〔［\[][{CN_NUMERAL}]{{1,3}}届[〕］\]]|\d{{4}}\s*年?(?=\s*第))?"
    rf"\s*第?\s*[\d{CN_NUMERAL}]{{1,5}}\s*号(?(inner)\s*[）)])[）)]"))


def _bracketed_number(text: str) -> bool:
    """A 目录 entry's 发文字号, 令号 or 公告's serial, or its date, in brackets, as the 目录 prints them after the
    title ('（2018年11月6日）', '（2018年11月6日　国函〔2018〕144号）'); a 令's serial alone too, its year perhaps
    before it, as the 令 prints it under its title (GB/T 9704 10.2: '（第1号）', '（2025年第2号）')."""
    return bool(paren_frame(text) or BRACKETED_SERIAL_RE.fullmatch(text.strip())
                or re.match(r"[（(]", text.strip()) and ORDER_NUMBER_RE.match(text.strip()))


# The imprint (版权页) a gazette prints on its cover or its back page: the publication's fields, each on its line.
IMPRINT_FIELD_RE = re.compile(r"^(?:主\s*管|主\s*办|承\s*办|编\s*辑|出\s*版|印\s*刷|发\s*行|封面设计|准印|内部资料|刊\s*号"
                              r"|国内统一|国际标准|ISSN|CN\s*\d|定\s*价|邮发代号|免费赠阅|赠\s*阅|地\s*址|邮\s*编|邮政编码"
                              r"|电\s*话|传\s*真|网\s*址|邮\s*箱|电子邮箱|E-?mail)", re.I)
# Of those, the ones only a publication prints: a document's 附注 may give an address, a telephone or an e-mail.
PUBLICATION_FIELD_RE = re.compile(r"^(?:主\s*管|主\s*办|承\s*办|编\s*辑|出\s*版|印\s*刷|发\s*行|封面设计|准印|内部资料"
                                  r"|刊\s*号|国内统一|国际标准|ISSN|CN\s*\d|定\s*价|邮发代号|免费赠阅|赠\s*阅)", re.I)
IMPRINT_LEAST = 2  # fields only a publication prints, in the run that ends a file, for it to be the imprint


def imprint_start(lines: list[Line]) -> int:
    """Where the imprint a gazette prints on its back page begins, after its
    last document; len(lines) where the file ends on none. The imprint is a
    run of the publication's fields (主办, 编辑出版, 准印证号, 地址, 电话…),
    the gazette's name and issue among them, that ends the file, with two
    at least that only a publication prints (a document's 附注 may close it
    with an address or a telephone, never with its 主办 or 准印证号)."""
    k, own = len(lines), 0
    while k > 0:
        text = lines[k - 1].text.strip()
        if IMPRINT_FIELD_RE.match(text):
            own += bool(PUBLICATION_FIELD_RE.match(text))
        elif not (NAME_RE.fullmatch(re.sub(r"[\s《》]", "", text)) or ISSUE_RE.fullmatch(text.replace(" ", ""))):
            break
        k -= 1
    return k if own >= IMPRINT_LEAST and k > 0 else len(lines)


def read_masthead(front: list[Line], all_lines: list[Line]) -> Masthead:
    m = Masthead()
    for line in front:
        text = line.text
        if m.name is None and (name := NAME_RE.search(text)):
            m.name = name.group("name")
        if m.issue is None and (issue := ISSUE_RE.search(text)) and "准印" not in text:
            m.issue = re.sub(r"\s+", "", issue.group("label") or issue.group("dotted"))
            m.issue_no = re.sub(r"\s+", "", issue.group("no") or issue.group("dotted_no")).replace("—", "-").replace("－", "-")
            if issue.group("year") or issue.group("dotted_year"):
                m.year = int(issue.group("year") or issue.group("dotted_year"))
        if m.total_issue is None and (total := TOTAL_RE.search(text)):
            m.total_issue = re.sub(r"\s+", "", total.group("total")).replace("—", "-")
        if m.year is None and re.fullmatch(r"(19|20)\d\d", text):
            m.year = int(text)
        if m.date is None and (date := iso_date(text)):
            m.date = date
        if m.host is None and (host := HOST_RE.match(text)):
            m.host = (host.group("after") or host.group("before") or "").strip() or None
    if m.host is None:
        m.host = _host_below_label(front)
    if m.name is None or m.issue_no is None:
        _from_running_header(m, all_lines)
    if m.year is None and m.date:
        m.year = int(m.date[:4])
    if m.year is None:
        years = [int(y) for line in front for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", line.text)]
        m.year = years[0] if years else None
    return m


def _host_below_label(front: list[Line]) -> Optional[str]:
    """'主 办' alone on a line, the units on the lines below it."""
    for i, line in enumerate(front):
        if re.fullmatch(r"主\s*办", line.text):
            units = []
            for below in front[i + 1:i + 4]:
                if ORGAN_END_RE.search(below.text):
                    units.append(below.text)
                else:
                    break
            return "、".join(units) or None
    return None


# What may part a running header's name and issue: spaces, a dot or a bar, brackets round the issue.
HEADER_SEPARATORS_RE = re.compile(r"[\s·•|｜丨()（）\[\]［］【】〔〕-]*")


def _header_label(line: str) -> Optional[re.Match]:
    """The issue label of a running header that is the gazette's name and the
    issue as its masthead prints it, year and number, nothing else on the line
    ('黄山市人民政府公报(2004年第7号)', 'XX市人民政府公报 · 2024年第3期', '2022年第8-9期
    XX市人民政府公报'): never a sentence that cites an issue."""
    if not (name := NAME_RE.search(line)) or not (issue := ISSUE_RE.search(line)) or not issue.group("year"):
        return None
    rest = line[:min(name.start(), issue.start())] + line[min(name.end(), issue.end()):max(name.start(), issue.start())] \
        + line[max(name.end(), issue.end()):]
    return issue if HEADER_SEPARATORS_RE.fullmatch(rest) else None


def _from_running_header(m: Masthead, lines: list[Line]) -> None:
    """Fallback: '潜江市人民政府公报 2019．9' in the page furniture; or the
    name and the issue in the masthead's words ('…公报(2004年第7号)'), which a
    site that reprints one text from its gazette may keep over it (the file is
    of that issue, as a file named for it is: from_file_name)."""
    for line in lines:
        if (header := HEADER_ISSUE_RE.search(line.text)) and (name := NAME_RE.search(line.text)):
            m.name = m.name or name.group("name")
            if m.issue_no is None:
                # The header's "2019．9" gives year and number, and is the label as printed.
                m.year = m.year or int(header.group("year"))
                m.issue_no = str(int(header.group("no")))
                m.issue = m.issue or re.sub(r"^[公政]报\s*|\s+", "", header.group(0))
            return
    for line in lines:
        if issue := _header_label(line.text.strip()):
            m.name = m.name or NAME_RE.search(line.text).group("name")
            if m.issue_no is None:
                m.issue = m.issue or re.sub(r"\s+", "", issue.group("label"))
                m.issue_no = re.sub(r"\s+", "", issue.group("no")).replace("—", "-").replace("－", "-")
                m.year = m.year or int(issue.group("year"))
            return


def from_file_name(m: Masthead, stem: str) -> None:
    """A file without masthead (a single document, a text pasted from a web
    page) may still be named for its gazette: '荆州市人民政府公报2019年第4期'."""
    if m.name is None and (name := NAME_RE.search(stem)):
        m.name = name.group("name")
    if m.issue is None and (issue := ISSUE_RE.search(stem)) and issue.group("year"):
        m.issue = re.sub(r"\s+", "", issue.group("label"))
        m.issue_no = re.sub(r"\s+", "", issue.group("no")).replace("—", "-").replace("－", "-")
        m.year = m.year or int(issue.group("year"))
