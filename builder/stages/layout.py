"""Stage 2: undo the print layout, line by line.

Reads the decoded text; writes the issue's Lines and, apart, its page furniture.

Guarantees of normalise():
- one Line per non-blank seed line that is not page furniture, in order,
  carrying its 1-based seed line number, but where a page sets two columns
  side by side (pdftotext -layout): there each line's two halves are Lines
  of their own, the left column's before the right column's, each with its
  seed line's number (columns_read_apart); closing marks alone on a line
  ('。', '；') end the line above instead (HANGING_MARKS_RE); a line a web
  page ran together by single spaces is one Line per printed line, each
  with that number (lines_run_together);
- no leading or trailing whitespace; NBSP, U+3000 and runs of spaces are
  one ASCII space;
- OCR markup dropped but its text kept: markdown heading marks and list
  dashes at the line start (remembered as Line.starts_block), **bold**,
  paired attribute-less formatting tags such as <b>…</b>; any other tag is
  text;
- full-width digits read as figures ('２０２１年' as '2021年'), the columns
  they gave up kept in Line.annotated;
- OCR spaces removed inside Chinese words and between Chinese and numbers
  ("实 施 方 案", "2019 年 7 月 8 日"), spaces between Latin words kept;
- lines with tabs also carry their cells, each cleaned the same way;
- lines whose spacing places their text (an indent, a gap of two display
  columns or more: space-aligned table columns, or spaces the cleaning
  removed) also carry their text runs as printed, with display columns (CJK
  two wide), measured before spaces are collapsed;
- page furniture (running headers, page numbers, bare ones too when they
  count the pages) is returned separately,
  so the "nothing lost" check can account for every removed line.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import reduce
from itertools import groupby
from types import MappingProxyType
from typing import Mapping, NamedTuple, Optional, Sequence

from ..model import Line
from ..text.frame import (ABOUT_RE, CC_RE, DASHES, DATE_LINE_RE, DOC_NUMBER_RE, DOCUMENT_KINDS, HEAD_MARK_RE, KIND_RE, OPEN_BRACKETS,
                          MONTH_OR_DAY, ORGAN_END_RE, ORGAN_ENDING, ORGAN_NAME_END_RE, PAGE_ALONE_RE, SALUTATION_RE, SUBJECT_WORDS_RE,
                          YEAR, FILE_NAME_END_RE, from_its_place, kind_of, kind_word_goes_on, paren_frame)
from ..text.lines import (CLAUSE_MARK_RE, WIDE_GAP, char_width, display_width, ends_sentence, join_lines, left_open,
                          quotation_open, splits_word, width)
from ..text.measure import MEASURE, measure, printed_width
from ..text.numbering import LABEL_RE
from ..text.numerals import CN_NUMERAL
from ..text.rows import NAME_MAX
from ..text.script import either_script

CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e\u2014\u2018-\u201d\u2026\u00b7"
CJK_CHAR_RE = re.compile(f"[{CJK}]")

# Only the exact forms OCR and PDF-to-HTML exports produce are markup; any
# other <…> (a <script> quoted in a notice, an unpaired </a>) is text and
# stays visible, escaped by the writer.
MARKUP_RE = re.compile(r"""
      <(?P<tag>b|i|u|em|strong|sup|sub)>    # formatting, attribute-less and
      (?P<inner>.*?) </(?P=tag)>            #   closed on the same line: keep the text
    | <br\s*/?>                             # a line break inside a cell
    | (?<![\w*])\*\*(?P<bold>[^*]+?)\*\*(?![\w*])  # markdown bold around whole words: keep the words
    | (?<![\w*])\*\*(?![*号號年月日])          # a bold mark the wrap parted from its pair, at the line's head or
                                            #   after a mark ('**二要…全面' / '整治隐患。**隐患…'); asterisks that
                                            #   mask figures or a name, after a word, are text ('11500229**********',
                                            #   '张**、李**', '4201**1234**5678'), and so are those before the word a
                                            #   figure is counted by, whatever stands before them ('〔****〕**号')
""", re.X | re.I)

# A list dash starts a block, and no block starts inside a quotation, a 《 or a bracket the line above left open
# (GB/T 15834 paired marks: what they open runs on until they close): there a '-', '+' or '*' at the head of the
# line is a sign of what is quoted (a formula wrapped before its operator), kept as text, not a list item.
BLOCK_MARK_RE = re.compile(r"""
    ^(?: \#{1,6}\s+        # markdown heading mark, its level means nothing
       | [-*+]\s+          # markdown list dash
       | 【(?:题注|编名|章名|节名|条文)】\s*   # a law database's field label: the field's text is the print's
    )
""", re.X)

FOLIO_RE = re.compile(  # the printed page number in the page furniture
    r"""
    ^(?: [—－\-–·•]+ \s* \d{1,4} \s* [—－\-–·•]+     # — 10 —   - 3 -   ·12·
       | 第\s*\d{1,4}\s*页 (?:\s*[,，/／]?\s* 共\s*\d{1,4}\s*页)?    # 第 3 页, 第 3 页 共 20 页
       | 共\s*\d{1,4}\s*页 \s*[,，/／]?\s* 第\s*\d{1,4}\s*页       # 共 20 页 第 3 页
       | [—－\-–·•]* \s* (?P<page>\d{1,4}) \s*[/／]\s* (?P<of>\d{1,4}) \s* [—－\-–·•]*   # 3/20: a page of the pages
    )$
""", re.X)

BARE_FOLIO_RE = re.compile(r"^[1-9]\d{0,3}$")  # a page number printed bare, from 1 unpadded: see bare_folios
# The page number GB/T 9704 (7.5) prints, "— 2 —", that an extractor ran onto
# the end of the page's last line after the line's text was done (a closing
# bracket or a sentence's end before it): "（此件公开发布）—2—".
TRAILING_FOLIO_RE = re.compile(r"(?<=[）)。！？”』」])\s*(?P<folio>[—－]\s*\d{1,4}\s*[—－])$")
# A line drawn with dashes and nothing else: the 版头's 分隔线 under the
# 发文字号 or the 版记's lines (GB/T 9704 7.2.5, 7.4.1) as a web page prints
# them; page furniture, no text. A 破折号 ('——') alone is one too: the mark
# never stands alone in a sentence, it leads the words after it.
# The 分隔线 of a 党政 版头 prints a star at its middle (a red rule with a red
# '★'); a page or an extractor that drops the rule keeps the star alone on its
# line, or the star between the rule's halves ('———★———'): furniture too.
RULE_LINE_RE = re.compile(r"^(?:[—─━－\-_＿=＝]{4,}|[—─━]{2,3}|[—─━－\-_＿=＝]{0,40}\s*[★☆]\s*[—─━－\-_＿=＝]{0,40})$")
# '（此页无正文）' heads a page that holds only the signature, its seal and the 成文日期, when the body left no room
# for them under its last line (GB/T 9704 7.3.5 and the practice it leaves to the office): a note of the print's
# page, no text of the document, as a page number is none.
NO_BODY_PAGE_RE = re.compile(r"^[（(]\s*此页无正文\s*[）)]$")
# A rule drawn wider than the measure wraps: its last few characters, alone on
# the next line, are the same rule's end (rule_tail), not a dash of the text.
RULE_TAIL_RE = re.compile(r"^[—─━－\-_＿=＝]{1,3}$")
# The running header: the gazette's name and its issue, in either order, parted
# by space, a dot or a bar, the issue perhaps in brackets ("XX市人民政府公报
# 2022．8", "2022年第8-9期 XX市人民政府公报", "XX市人民政府公报 · 2024年第3期").
_GAZETTE_NAME = r"\S{2,24}?[公政]报"  # (a 政报: masthead.NAME_RE)
_ISSUE = r"""[（(]? \d{4} \s* [.．。年] \s* (?:第\s*)? \d{1,2} (?:\s*[-—－]\s*\d{1,2})? \s* [期号]? [）)]?"""
_PARTING = r"[\s·•|｜]*"
# The page's number may stand at the head's outer end, set off by dots or dashes or bare, as a book's 书眉 sets it
# ("•4 • XX旗人民政府公报 2025.1—2", "XX市人民政府公报 2022年第3期 — 5 —").
_HEAD_FOLIO = r"(?:[—－\-–·•]*\s*\d{1,4}\s*[—－\-–·•]*)"
RUNNING_HEADER_RE = re.compile(rf"""^(?:{_HEAD_FOLIO}\s+)?(?:{_GAZETTE_NAME} {_PARTING} {_ISSUE} | {_ISSUE} {_PARTING} {_GAZETTE_NAME})
    (?:\s+{_HEAD_FOLIO})?$""", re.X)
GAZETTE_NAME_RE = re.compile(rf"^(?P<name>{_GAZETTE_NAME})$")  # the name alone: a running header from its second time on
# The name with the page's number at its outer end, the name one a gazette has (a place's 人民政府公报 or 政报,
# masthead.NAME_RE), so that no title's year before its 统计公报 is read as a page's number.
FOLIOED_NAME_RE = re.compile(rf"""^(?:(?P<before>{_HEAD_FOLIO})(?P<name>[\u4e00-\u9fa5]{{2,16}}(?:政府|管委会|国务院)公报
                                                             |[\u4e00-\u9fa5]{{2,10}}政报)
                                  |(?P<name2>[\u4e00-\u9fa5]{{2,16}}(?:政府|管委会|国务院)公报|[\u4e00-\u9fa5]{{2,10}}政报)
                                   (?P<after>{_HEAD_FOLIO}))$""", re.X)

SPACES_RE = re.compile(r"[ \u00a0\u3000\u2002-\u200a\u202f\u205f\ufeff]+")
# A web page's table copied as text closes each cell with a vertical bar, one row a line ('信息内容 | 本年制发件数 |
# … |', an empty cell '||', a row one spanning cell heads '第二十条第(一)项 | |||', the empty corner cell '| 绝对数 |'):
# two bars or more part a row's cells as tabs do.
BAR_ROW_RE = re.compile(r"\|.*\|")
# A cell closed by its bar after a space ('序号 |'): a form's cells a page prints one a line, each closed so, are a
# table's (split.CELL_BAR_RE); but such a cell alone, the lines round it closing none, is a table of one cell, the
# page's frame round a line of the document ('某某市…实施方案 |', the title a portal holds in a table's cell): the bar
# is that frame's border, as in a row of several, and no text; the line keeps its words (lone_cells_closed).
CELL_CLOSED_RE = re.compile(r"^(?P<cell>[^|｜]*[^|｜\s])\s+[|｜]\s*$")


def lone_cells_closed(raw_lines: list[str]) -> set[int]:
    """The numbers (from 1) of the lines that close a cell with their bar
    (CELL_CLOSED_RE) and whose nearest lines with text above and under are
    no table's (no cell closed, no row of cells: a page's disclosure table
    ends on a row of one cell, '时 效 |'): tables of one cell, whose bar is
    no text."""
    filled = [k for k, line in enumerate(raw_lines) if line.strip()]
    closed = {k for k in filled if "\t" not in raw_lines[k] and CELL_CLOSED_RE.match(raw_lines[k])}
    tabled = {k for k in filled if "\t" in raw_lines[k] or BAR_ROW_RE.search(raw_lines[k])
              or re.search(r"[|｜]\s*$", raw_lines[k])}
    return {filled[n] + 1 for n, k in enumerate(filled) if k in closed
            and not (n > 0 and filled[n - 1] in tabled) and not (n + 1 < len(filled) and filled[n + 1] in tabled)}


def strip_markup(text: str) -> str:
    return MARKUP_RE.sub(lambda m: m.group("inner") or m.group("bold") or "", text)


def clean(text: str) -> str:
    """Clean one line or cell: markup, spaces. Idempotent."""
    return _untracked(text) or remove_ocr_spaces(_tidy(text))


def _untracked(text: str) -> Optional[str]:
    """A line tracked out, every character set apart ('2 0 2 1 年 3 月 1 日',
    '某 某 县 人 民 政 府'), as a text layer gives the characters the
    typesetter spaced wider than a word's gap: its words, each closed up,
    and a space where a wider gap parted two ('财 政 部   科 技 部'); None for
    any other line (a label's colon and its value, '主 编: 葛 磊', are two)."""
    if sum(map(text.count, SPACE_CHARS)) < TRACKED_TOKENS - 1:
        return None  # (too few gaps to set that many characters apart: most lines, asked of every one)
    groups = re.split(r" {2,}", re.sub(f"[{SPACE_CHARS}]", " ", strip_markup(text)).strip())
    characters = [token for group in groups for token in group.split(" ")]
    if len(characters) < TRACKED_TOKENS or any(len(token) != 1 for token in characters) \
            or not any(map(_is_cjk, characters)):
        return None
    return remove_ocr_spaces(" ".join(group.replace(" ", "") for group in groups))  # (the groups judged as words)


def _tidy(text: str) -> str:
    """Markup gone, spaces one: empty only when clean is (a scanner's spaces are judged after)."""
    return SPACES_RE.sub(" ", strip_markup(text)).strip()


TRACKED_TOKENS = 4  # characters set apart, at the fewest, that make a line tracked out rather than two words


def remove_ocr_spaces(text: str) -> str:
    """Drop spaces inside Chinese words but keep a space between two words of
    two or more characters ("同日 上海洲业集团", "袁伶俐 市曹禺小学"): runs of
    single spaced-out characters ("实 施 方 案"), number–CJK gaps, and the
    spaces a scanner puts inside a word, a 发文字号 or an organ's name go."""
    tokens = text.split(" ")
    if len(tokens) == 1:
        return text
    names = _names_only("".join(tokens))
    out = [tokens[0]]
    for at, token in enumerate(tokens[1:], 1):
        prev = out[-1]
        if at == len(tokens) - 1 and _next_piece_cut(prev, token):
            out.append(token)
        elif prev and token and (_is_ocr_gap(prev, token)
                                 or names and (_inside_organ_name(prev, token) or _ending_cut(prev, token))):
            out[-1] = prev + token
        else:
            out.append(token)
    joined = " ".join(out)
    # A space is judged between whole words: one a join above made whole ("海口市 发展和改革委 员会":
    # 发展和改革委员会) is judged again against the word before it.
    return remove_ocr_spaces(joined) if len(out) < len(tokens) and len(out) > 1 else joined


def _is_ocr_gap(left: str, right: str) -> bool:
    a, b = left[-1], right[0]
    cjk_a, cjk_b = _is_cjk(a), _is_cjk(b)
    if cjk_a and cjk_b:
        # A spaced-out word: one side is a lone character, or punctuation; or
        # a scanner's space inside a word ("人民政 府", "办 公厅"), but after a
        # token as short as a name ("张某 市财政局局长") only inside a longer word;
        # inside a number ("第二 十九条") or a 发文字号's 代字.
        if _carried_before_name(left, right):
            return False
        return _lone(left) or _lone(right) or not a.isalnum() or not b.isalnum() \
            or (a in CN_NUMERAL or a == "第") and b in CN_NUMERAL \
            or splits_word(left, right, shortest=2 if len(left) > NAME_MAX else 3) \
            or DOC_CODE_RE.match(right) is not None and not _title_then_code(left, right) \
            or ORDER_TAIL_RE.match(right) is not None and ORGAN_NAME_END_RE.search(left) is not None
    if cjk_a and b.isascii() and b.isalnum():
        return True
    if cjk_b and a.isascii() and (a.isalnum() or a in "%)"):
        return True
    return False


def _title_then_code(left: str, right: str) -> bool:
    """The space parts a title from the 发文字号 a page runs on after it
    ('…的通告 潮公告[2020]1号'): the title ends on its whole 文种 (GB/T 9704
    7.3.1, 发文机关 + 事由 + 文种) and the number opens on a 代字 of its own
    (7.2.4: 代字, 年份, 序号), even one that ends in the kind word, as a
    通告's or 公告's may; a 代字 the scanner split ('长财农 指〔2018〕') has no
    kind word before the space, and a serial after the kind word with no
    代字 ('…公告 〔2023〕第2号') goes with the title (TITLE_WITH_SERIAL_RE).
    The kind word may open the line alone or after 的 (which no 代字 holds),
    the wrap having cut the title before it ('…犯罪的' / '通告 某公告[2020]1号',
    '…犯罪活动' / '的通告 某公告[2020]1号')."""
    return (len(left) >= TITLE_BEFORE_CODE or kind_of(left) == left or "的" in left) and _is_cjk(right[0]) \
        and kind_of(left) is not None and not kind_word_goes_on(left, right)


def _next_piece_cut(left: str, last: str) -> bool:
    """A head run into one line, its pieces parted by spaces, the wrap cutting
    the next piece after its first character: after an organ's whole name,
    from its place on, the next organ's name ('…某市人民检察院 某' / '市公安局
    关于…': GB/T 9704 7.2.1, 7.3.5, joint organs each named in full); after a
    title's whole kind word, the 代字 of the number run on after it ('…的通告 某'
    / '公告[2020]1号': 7.2.4); after a whole 成文日期, what follows the close
    (7.3.5: '…办公室 二〇一〇年六月四日 某' / '某市…规定'). The lone character
    ending the line is no letter-spaced word; but 令 ends its organ's 标志
    (ORDER_TAIL_RE), and a character that makes a longer kind word goes on
    ('…的通知 书')."""
    if not (_lone(last) and _is_cjk(last[0])) or len(left) < TITLE_BEFORE_CODE:
        return False
    organ = from_its_place(left) and ORGAN_END_RE.search(left) is not None and not ORDER_TAIL_RE.match(last)
    kind = kind_of(left)
    return organ or bool(kind) and left.endswith(kind) and not kind_word_goes_on(left, last) \
        or left.endswith("日") and DATE_LINE_RE.match(left) is not None


def _carried_before_name(left: str, right: str) -> bool:
    """A page that runs the 署名 onto the 附件说明's line after a space ('附件：…名单 XX省人民政府') and
    a measure that cuts the name of the annex leave a lone character over the signature ('…名' /
    '单 XX省人民政府'): an organ's whole name from its place after a character it makes no word
    with is the name the space sets apart, no letter-spaced word (metadata reads the run-on)."""
    return _lone(left) and len(right) >= 4 and from_its_place(right) and ORGAN_NAME_END_RE.search(right) is not None \
        and not splits_word(left, right, shortest=2)


TITLE_BEFORE_CODE = 4  # characters of the shortest title a 发文字号 may follow on its line: '关于…的通告' holds more
ORGAN_LINE_MAX = 60  # characters of a line of two or three joint issuers' names
PLACE_ENDINGS = tuple("省市县区州盟旗")  # a place's name, which an organ's name goes on from
# The rest of a 发文字号 after a space inside its 代字 ("长财农 指〔2018〕10号"): a code has no spaces.
DOC_CODE_RE = re.compile(rf"^[\u4e00-\u9fa5]{{0,11}}[{OPEN_BRACKETS}]\d{{4}}")
# A 令's heading is the organ's full name and 令 with its number (GB/T 9704 10.2): "XX市人民政府令第16号";
# a space a scanner leaves before 令 is inside it.
ORDER_TAIL_RE = re.compile(r"^令(?:第[\d〇○零一二三四五六七八九十百]+号)?$")


def _names_only(text: str) -> bool:
    """A line of organ names and nothing else (a signature, a joint title's
    first line): no figure, no punctuation, ending as an organ's name does."""
    return len(text) <= ORGAN_LINE_MAX and ORGAN_NAME_END_RE.search(text) is not None \
        and re.search(r"[\d，。、；：,.;:]", text) is None


def _inside_organ_name(left: str, right: str) -> bool:
    """A space before the end of an organ's name that does not follow the end
    of one ("上海市建设和 管理委员会", "定州市 人民政府"): joint issuers are
    parted between whole names (GB/T 9704 7.3.5), so this one is the
    scanner's. After a token as short as a name, unless it is a place, the
    space may part a person from a post or a unit ("张某 市财政局"), and stays;
    before a whole name, from its place on, it parts that name from what
    precedes it (a regulation's title over its 令: "XX土地整治办法 XX自治区人民政府"
    where the wrap cut "…人民政府" from "令"), and stays."""
    return (len(left) > NAME_MAX or left.endswith(PLACE_ENDINGS)) and ORGAN_NAME_END_RE.search(right) is not None \
        and ORGAN_NAME_END_RE.search(left) is None and not from_its_place(right)


def _ending_cut(left: str, right: str) -> bool:
    """On a line of organ names only, a space inside the word that ends an
    organ's name ("…人民政府办 公室", "…管理委员 会"): GB/T 9704 7.3.5 names
    each organ whole and parts joint issuers between whole names, so a space
    that leaves part of the ending on either side is the scanner's, though
    each side is a word of its own (政府办, 公室). The ending runs from the
    left token into the right one and ends with it."""
    ending = ORGAN_NAME_END_RE.search(left + right)
    return ending is not None and ending.start() < len(left) and ORGAN_NAME_END_RE.search(left) is None


def _lone(token: str) -> bool:
    """The last or first token of a spaced-out run: a single CJK character,
    possibly glued to punctuation ("则", "案。")."""
    letters = (ch for ch in token if ch.isalnum())  # (read no further than the second: a line's rest is long)
    return next(letters, None) is None or next(letters, None) is None


def _is_cjk(ch: str) -> bool:
    return CJK_CHAR_RE.match(ch) is not None


SPACE_CHARS = " \u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff"
# A line as alternating stretches of blank and of text: measured a stretch at a time, not a
# character at a time (a seed's lines with spaces are most of its text: 7% of a conversion).
STRETCH_RE = re.compile(f"[{SPACE_CHARS}]+|[^{SPACE_CHARS}]+")
# The same page number at either end of a book's running head (书眉), set apart
# from the head's words by a wide gap: a text layer that keeps the print's
# columns gives the head and the number at the page's outer edge as one line
# ("大事记        - 31 -", "- 30 -        大事记"); the gap, not the dashes,
# tells it from a sentence's words ('…结果为 - 3 -'), and the head is one run
# (a row of a table's cells set apart by spaces is no head).
_FOLIO = r"[—－\-–]\s{0,2}\d{1,4}\s{0,2}[—－\-–]"
WIDE_GAP_RE = re.compile(f"[{SPACE_CHARS}]{{{WIDE_GAP},}}")
SET_APART_FOLIO_RE = re.compile(rf"^{_FOLIO}{WIDE_GAP_RE.pattern}(?=\S)|(?<=\S){WIDE_GAP_RE.pattern}{_FOLIO}$")


def text_runs(raw: str) -> list[tuple[int, int, str]]:
    """The line's text runs split at wide gaps: (first column, last + 1, text as printed).

    Columns count display width, so a run's place is where a fixed-pitch
    extractor (``pdftotext -layout``) printed it; one space is a word gap, not
    a column gap. The text keeps its spaces (each character's column stays
    known; a gap narrower than WIDE_GAP stays as that many spaces); whoever
    uses it as a cell cleans it.
    """
    runs: list[tuple[int, int, str]] = []
    col, start, end, chunk, blank = 0, 0, 0, "", 0
    for stretch in STRETCH_RE.findall(raw + "  "):
        width = display_width(stretch)
        if stretch[0] in SPACE_CHARS:
            blank += width
            if chunk and blank >= WIDE_GAP:
                if _tidy(chunk):
                    runs.append((start, end, chunk))
                chunk = ""
        else:
            if not chunk:
                start, blank = col, 0
            chunk += " " * blank + stretch
            blank = 0
            end = col + width
        col += width
    return runs


# A page printed in two columns (the State Council's gazette, many provinces'), as a text layer that keeps the
# print's places gives it (pdftotext -layout): each line the left column's line, a gap, the right column's.
COLUMN_GAP = 4  # display columns of blank between the two columns, at least: wider than a cell's gap in a row
COLUMN_ROWS = 8  # lines in a run, at least, for it to be a page's
COLUMN_PAIRS = 4  # of them with both columns (a page's last may fill its right column with a few lines only)
COLUMN_SLACK = 3  # display columns the right column's start may stray by (a line set wider, a glyph's width)
COLUMN_LOOK = 40  # lines read ahead for where the right column starts: about a page
COLUMN_MIN = 20  # display columns of a column's measure, at least (ten characters: a gazette's narrowest)
COLUMN_FULL = 0.25  # lines of each column that end at its measure, at least, as a column of prose does
COLUMN_BOTH = 0.9  # rows with both columns, at least, where one column is a list
WORD_GAP_RE = re.compile("(?<=\\S)\u3000(?=\\S)")  # one ideographic space between two characters
COLUMN_CELLS = 0.6  # lines whose halves both hold more runs than one, at most (a table across the page; names and posts in one column are no table)


def _halves(raw: str) -> Optional[tuple[int, str, str]]:
    """(the right half's first column, the left half, the right half) of a
    line parted by its widest gap, where that gap is a column gap; None for
    any other line."""
    if not WIDE_GAP_RE.search(raw.strip()):
        return None  # (asked of every line: most have no gap at all)
    runs = text_runs(raw)
    if len(runs) < 2:
        return None
    k = max(range(len(runs) - 1), key=lambda n: runs[n + 1][0] - runs[n][1])
    if runs[k + 1][0] - runs[k][1] < COLUMN_GAP:
        return None
    cut = _char_at(raw, runs[k + 1][0])
    return runs[k + 1][0], raw[:cut].rstrip(), raw[cut:]


def _char_at(raw: str, column: int) -> int:
    """The index in raw of the character at display column ``column``."""
    col = 0
    for i, ch in enumerate(raw):
        if col >= column:
            return i
        col += display_width(ch)
    return len(raw)


def _measure(widths: list[int]) -> Optional[int]:
    """The width a column's lines end at (widths: its lines' as printed, 0
    for none), its measure, where enough of them do for it to be prose a
    page wraps (a table's cells, a list's names end anywhere); None where
    they do not. The widest such width: a column may hold a list too, of
    lines alike in width, and no prose runs past its measure but by a
    hanging mark."""
    widths = [w for w in widths if w]
    if not widths:
        return None
    top = max((w for w in range(max(widths) + 1)
               if sum(abs(v - w) <= 2 for v in widths) >= COLUMN_FULL * len(widths)), default=None)
    return None if top is None else max(range(top - 2, top + 3), key=widths.count)


def _measures(lefts: list[int], rights: list[int], at: int, pairs: int) -> tuple[Optional[int], Optional[int]]:
    """The two sides' measures (_measure); None for a side that is no
    column of prose. A side may hold a list (a plan's contents, names) whose
    lines end anywhere, or alike short of the gap: where both sides are full
    (COLUMN_BOTH of the rows) and the prose beside it is a page's column
    wide, the list stands in a column of that measure. A table's cells do
    not: its text beside its labels is wider than the gap leaves, a wrapping
    cell leaves the other side empty, and a side of cells far narrower than
    the prose is not one run from the top, as a column ending early is."""
    left, right = _measure(lefts), _measure(rights)
    if left is not None and left < at - 3 * COLUMN_GAP:
        left = None
    filled = [bool(b) for a, b in zip(lefts, rights) if a or b]
    if left is not None and right is not None and right < left - 2 * COLUMN_GAP and filled != sorted(filled, reverse=True):
        right = None
    # An issue's last page may end its right column early (its rows with one side only all below the last pair):
    # the rows that set both columns are those down to that pair. Lines over the first pair with no right half
    # (the 目录's last entry, a 栏目's name over the page: each page's columns start at one height) stand above
    # the page, not in its left column, and leave it no less spread.
    page = filled[filled.index(True):] if True in filled else filled
    ended = page == sorted(page, reverse=True)
    spread = page.count(True) if ended else len(filled)
    if (left is None) != (right is None) and pairs >= COLUMN_BOTH * spread:
        prose = left or right
        listed = max(rights if left else lefts)
        if at - 3 * COLUMN_GAP <= prose <= at - 2 and listed <= prose + COLUMN_SLACK:
            return prose, prose
    # An issue's last page whose columns both hold lists (a plan's contents, a table one cell a line), no prose to
    # measure: its right column ends early and the left runs on alone below it for a column's lines (COLUMN_ROWS),
    # as no table's columns do (they end together); the left column's widest lines reach the gap, and no line of
    # either side runs past them. The widest left line is that page's measure.
    if left is None and ended and pairs >= max(COLUMN_PAIRS, COLUMN_BOTH * spread) and len(page) - spread >= COLUMN_ROWS:
        widest = max(lefts)
        if at - 3 * COLUMN_GAP <= widest <= at - 2 and max(rights) <= widest + COLUMN_SLACK:
            return widest, widest
    return left, right


class Piece(NamedTuple):
    """A seed line, or one column's half of it: its text, set between display columns start and end of its line."""
    no: int
    text: str
    start: float = 0
    end: float = math.inf


def columns_read_apart(raws: list[tuple[int, str]],
                       annotated: Mapping[int, Sequence[tuple[int, int]]] = MappingProxyType({})) -> list[Piece]:
    """Each run of lines that sets two columns side by side, read as print
    reads it: the left column's lines, then the right column's, each keeping
    its line's number and the columns of the line it stands in. A run is a
    page's (COLUMN_ROWS lines at least, COLUMN_PAIRS of them with both
    halves) when the right half starts at one column on every line and each
    column's lines end at one measure as prose does (as printed: with the
    annotations decode took out of them, annotated), the left one's close
    to the gap, each half one run of text (a table's row is many cells; its
    cells and a list's names end anywhere); a line with one half only is
    the column it stands in, and a line across both (a running head, a
    centred page number) ends the run; an issue's last page, whose right
    column holds a few lines only, is a page too (_right_column_ends_at_top).
    A page whose columns both hold lists (names and posts, one a line) ends
    its lines anywhere; it is a page where it parts its lines where the
    issue's pages of prose part theirs, one run of text a half."""
    out, gutters = _read_columns(raws, annotated, frozenset())
    return _read_columns(raws, annotated, gutters)[0] if gutters else out


def _read_columns(raws: list[tuple[int, str]], annotated: Mapping[int, Sequence[tuple[int, int]]],
                  gutters: frozenset[int]) -> tuple[list[Piece], frozenset[int]]:
    """columns_read_apart, runs that part at one of gutters (the columns the
    issue's pages of prose start their right column at) read apart without
    a measure; and the columns the pages of prose found start their right
    column at."""
    def printed(no: int, half: str, start: float, end: float) -> int:
        return display_width(half.strip()) + sum(columns for at, columns in annotated.get(no, ()) if start <= at < end) \
            if half.strip() else 0

    out: list[Piece] = []
    found: set[int] = set()
    done = 0  # raws before this are in out
    i = 0
    while i < len(raws):
        if _halves(raws[i][1]) is None:
            i += 1
            continue
        # where the right column starts: on most of the lines from here (one set wider strays by a column or two)
        starts = [halves[0] for n in range(i, min(len(raws), i + COLUMN_LOOK)) if (halves := _halves(raws[n][1]))]
        at = max(set(starts), key=starts.count)
        above: list[tuple[int, str, str]] = []  # the rows from i up, then from i down, each read once
        below: list[tuple[int, str, str]] = []
        for n in range(i - 1, done - 1, -1):
            if (row := _row(raws[n][1], at)) is None:
                break
            above.append((raws[n][0], *row))
        for n in range(i, len(raws)):
            if (row := _row(raws[n][1], at)) is None:
                break
            below.append((raws[n][0], *row))
        if not below:
            i += 1
            continue
        start, k = i - len(above), i + len(below)
        rows = above[::-1] + below
        pairs = [(a, b) for _, a, b in rows if a.strip() and b.strip()]
        cells = sum(1 for a, b in pairs if len(text_runs(a)) > 1 and len(text_runs(b)) > 1)  # a table's row: cells on both sides
        short = False  # an issue's last page, its columns from their first row of both (what stands above is set
        if 0 < len(pairs) < COLUMN_PAIRS:  # across the page: the 目录's end on the issue's one page)
            top = next(n for n, (_, a, b) in enumerate(rows) if a.strip() and b.strip())
            short = _right_column_ends_at_top(rows[top:])
            if short:
                start, rows = start + top, rows[top:]
        measured = [row for row in rows if not (short and is_furniture((row[1] + row[2]).strip()))]
        cut = at - COLUMN_SLACK  # (the right column's lines start here or a little to its right)
        # (a table's row set wider than its column, _table_row_over_gutter, is no line of the column's measure)
        left, right = _measures([printed(no, a, 0, cut) if display_width(a.rstrip()) <= at + COLUMN_SLACK else 0
                                 for no, a, _ in measured],
                                [printed(no, b, cut, math.inf) for no, _, b in measured], at, len(pairs))
        prose = bool(left and right and left >= max(COLUMN_MIN, at - 3 * COLUMN_GAP))  # (its lines reach the gap)
        # (one ideographic space inside a right half is a word's gap in its line, as a reprinted 发文字号's date and
        # number are parted ('（2018年11月15日　某政办〔2018〕96号）'), no gap between a table's cells)
        listed = not prose and any(abs(at - gutter) <= 1 for gutter in gutters) \
            and all(len(text_runs(WORD_GAP_RE.sub(" ", b))) == 1 for _, a, b in rows if b.strip())
        if (len(pairs) >= COLUMN_PAIRS or short) and cells <= COLUMN_CELLS * len(pairs) \
                and sum(1 for _, a, b in rows if a.strip() or b.strip()) >= COLUMN_ROWS and (prose or listed):
            found |= {at} if prose else set()
            out += [Piece(*raw) for raw in raws[done:start]]
            out += [Piece(no, left, 0, cut) for no, left, _ in rows if left.strip()] + \
                [Piece(no, right, cut) for no, _, right in rows if right.strip()]
            done = i = k
        else:
            i = max(i + 1, k)  # (a table's rows: none of them opens a page of columns)
    return out + [Piece(*raw) for raw in raws[done:]], frozenset(found)


def _right_column_ends_at_top(rows: list[tuple[int, str, str]]) -> bool:
    """Whether a run with fewer rows of both columns than COLUMN_PAIRS is
    still a page's: an issue's last page, whose text runs down the left
    column and ends in the right column's first lines. Its rows with both
    halves stand first, each right half one run of text, and the left column
    runs on alone below them for a page's lines (COLUMN_LOOK / 2 at least,
    the page's folio aside), as no table's or signature's row does, nor the
    last entries of a 目录 over the text, their pages set apart from their
    titles ('…的解读      3'): a column's line is text, not a number alone."""
    filled = [(bool(a.strip()), bool(b.strip())) for _, a, b in rows
              if (a.strip() or b.strip()) and not is_furniture((a + b).strip())]  # (a folio under the column)
    both = sum(1 for a, b in filled if a and b)
    return 0 < both < COLUMN_PAIRS and all(a and b for a, b in filled[:both]) \
        and all(a and not b for a, b in filled[both:]) and len(filled) - both >= COLUMN_LOOK // 2 \
        and all(len(text_runs(b)) == 1 and not PAGE_ALONE_RE.fullmatch(b.strip()) for _, a, b in rows
                if a.strip() and b.strip())


def _row(raw: str, at: int) -> Optional[tuple[str, str]]:
    """(left, right) of a line in a run whose right column starts at column
    ``at``: both halves, a blank line, or one half alone in its column; None
    for a line that is no row of it (one across both columns, or a table's
    row whose first cell stands away from the margin, as a wrapped cell's
    next line does; a column's line is indented by its paragraph's two
    characters at most)."""
    if not raw.strip():
        return "", ""
    indent = display_width(raw) - display_width(raw.lstrip())
    if indent > COLUMN_GAP:
        return ("", raw.lstrip()) if indent >= at - COLUMN_SLACK else None  # the right column's line alone, or none
    for run in text_runs(raw)[1:]:  # (a gap narrower than a column's where the left line runs to the column's edge)
        cut = _char_at(raw, run[0])
        # a character the print sets a full cell wide and the display width counts as half ('“') shifts the right
        # column's start by one column each
        if abs(run[0] - at) <= COLUMN_SLACK + sum(1 for ch in raw[:cut] if not ch.isascii() and display_width(ch) == 1):
            return raw[:cut].rstrip(), raw[cut:]
    if (row := _table_row_over_gutter(raw, at)) is not None:
        return row
    if _halves(raw) is not None or display_width(raw.rstrip()) > at + COLUMN_SLACK:
        return None
    return raw, ""  # the left column's line alone (the right column ended above it)


def _table_row_over_gutter(raw: str, at: int) -> Optional[tuple[str, str]]:
    """(left, right) of a line whose left column's line is a table's row
    kept whole (its cells parted by bars, two or more, as a web page's table
    copied one row a line closes them, BAR_ROW_RE, the last maybe cut by the
    store before its bar; or by tabs, as a word processor's text parts them)
    and set wider than its column, small type holding more characters than
    the column's measure: a fixed-pitch text layer (pdftotext -layout)
    pushes the right column's line to the right of it, past a gap of
    WIDE_GAP or more, or gives the row alone where the right column has
    ended. The row is the line's first run, and it runs past the gutter; the
    right column's line is the text after it. None for any other line (a
    row that ends short of the gutter is read by its runs; prose that runs
    past the gutter is no row of the page)."""
    if display_width(raw.rstrip()) <= at + COLUMN_SLACK:
        return None
    runs = text_runs(raw)
    for k, run in enumerate(runs):
        left = raw[:_char_at(raw, runs[k + 1][0])] if k + 1 < len(runs) else raw
        if run[1] > at - COLUMN_SLACK:  # (the first run that reaches the gutter is the row, or none is)
            row = k == 0 and (BAR_ROW_RE.search(run[2]) is not None or "\t" in run[2].strip())
            return (left.rstrip(), raw[len(left):]) if row else None
    return None


def is_furniture(text: str) -> bool:
    folio = FOLIO_RE.match(text)
    if folio and folio.group("page") and not 0 < int(folio.group("page")) <= int(folio.group("of")):
        folio = None  # a fraction, not the third of twenty pages
    return bool(folio or RULE_LINE_RE.match(text) or NO_BODY_PAGE_RE.match(text)
                or RUNNING_HEADER_RE.match(text.replace(" ", " ")))


def rule_tail(text: str, lines: list[Line], furniture: list[Line]) -> bool:
    """The line is the end of the rule line right above it, cut by the measure."""
    return bool(RULE_TAIL_RE.match(text)) and bool(furniture) and RULE_LINE_RE.match(furniture[-1].text) is not None \
        and (not lines or furniture[-1].no > lines[-1].no) and set(text) <= set(furniture[-1].text)


# A word processor set to full-width input types the figures of a date or a number full-width ('２０２１年３月１５日',
# '〔２０２１〕１２号'): the same digits (Unicode's compatibility forms of 0-9), read as the figures GB/T 15835 sets
# dates and numbers in, so one grammar reads both. Each gave up half a character of the measure it filled
# (Line.annotated): the wrap counted it a character wide.
WIDE_DIGIT_RE = re.compile("[０-９]")
HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# A paragraph's first-line indent typed as a tab (a word processor's text export): the tab alone opens the line.
TAB_INDENT_RE = re.compile(r"^\t+(?=[^\t\s])(?=[^\t]*$)")
INDENT = "\u3000\u3000"  # GB/T 9704 7.3.3: a paragraph's first line 左空二字


def tab_indents(text: str) -> str:
    """Tabs that only open a line, under and over no row of a table, are the
    paragraph's indent, set as the print sets it (two characters): a row
    parts its cells by tabs, and the next line of a table's cell cut by the
    page opens on the tabs that place it under its column, among rows."""
    raw = text.split("\n")
    rows = [bool(TAB_INDENT_RE.sub("", line).count("\t")) for line in raw]
    filled = [k for k, line in enumerate(raw) if line.strip()]
    near = {k: (rows[filled[n - 1]] if n else False) or (rows[filled[n + 1]] if n + 1 < len(filled) else False)
            for n, k in enumerate(filled)}
    return "\n".join(TAB_INDENT_RE.sub(INDENT, line) if "\t" in line and not near.get(k) else line
                      for k, line in enumerate(raw))


# A 成文日期 the wrap cut before its 日, the close run into one line with the piece after it ('…办公厅 二〇〇九年九月十' /
# '日 某某…规定 根据…', GB/T 9704 7.3.5): the 日 alone opens the next line, and the space after it parts the close from
# that piece, as _next_piece_cut keeps the one after a whole date; no scanner's gap inside a word ('日 照市…' stays
# a gap under any line that ends on no date cut before its day).
DAY_CUT_RE = re.compile(rf"{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月\s*{MONTH_OR_DAY}$")
DAY_OPENS_RE = re.compile(r"^(?P<day>[日号]) (?=\S)")


def normalise(text: str, annotated: Mapping[int, Sequence[tuple[int, int]]] = MappingProxyType({})
              ) -> tuple[list[Line], list[Line]]:
    """Return (lines, furniture) for the decoded text of one seed (annotated:
    where on each seed line decode took an annotation out, as a display
    column, and the print columns it took; each column of a page in two
    columns counts its own, Line.annotated)."""
    lines: list[Line] = []
    furniture: list[Line] = []
    over_header: set[int] = set()  # bare numbers with the next page's running header under them
    text = tab_indents(text)
    lone = lone_cells_closed(text.split("\n"))
    for no, raw, taken in ((whole.no, piece, sum(columns for at, columns in annotated.get(whole.no, ())
                                                if whole.start <= at < whole.end) / 2)  # (two columns a character)
                           for whole in columns_read_apart(list(enumerate(text.split("\n"), start=1)), annotated)
                           for piece in lines_run_together(whole.text)):
        if no in lone and (closed := CELL_CLOSED_RE.match(raw)):
            raw = closed.group("cell")  # (a table of one cell: its bar is no text, lone_cells_closed)
        apart = SET_APART_FOLIO_RE.search(raw.strip()) if "\t" not in raw else None
        head = raw.strip()[:apart.start()] + raw.strip()[apart.end():] if apart else ""
        if apart and not WIDE_GAP_RE.search(head):
            raw = head  # the head stays a line; its number, which heads the page, is no footer (pages.footers): dropped
        stripped = SPACES_RE.sub(" ", raw).strip()
        if not stripped.replace("\t", "").strip():
            continue
        mark = BLOCK_MARK_RE.match(stripped)
        if mark and stripped[0] in "-*+" and lines and lines[-1].cells is None \
                and (quotation_open(lines[-1].text) or left_open(lines[-1].text)):
            mark = None  # a sign inside what the line above opened ('…按“收入' / '- 支出”计算'): no list dash
        body = stripped[mark.end():] if mark else stripped
        if wide := len(WIDE_DIGIT_RE.findall(body)):  # (read before the spaces between figures are judged)
            body, taken = body.translate(HALF_WIDTH_DIGITS), taken + wide / 2
        cells = None
        if "\t" in raw or BAR_ROW_RE.search(raw):
            cells = [clean(c.translate(HALF_WIDTH_DIGITS)) for c in (raw.split("\t") if "\t" in raw else raw.split("|"))]
            while cells and not cells[-1]:
                cells.pop()
            if mark and cells:
                cells[0] = clean(BLOCK_MARK_RE.sub("", cells[0].strip()))
        cleaned = (None if cells is not None or mark else _untracked(raw.translate(HALF_WIDTH_DIGITS))) \
            or clean(body.replace("\t", " "))  # (a tracked line read before its gaps are closed up: a wider one parts words)
        if lines and cells is None and (day := DAY_OPENS_RE.match(body)) and DAY_CUT_RE.search(lines[-1].text):
            cleaned = f"{day.group('day')} {clean(body[day.end():])}"  # (no scanner's gap: DAY_CUT_RE)
        if not cleaned:
            continue
        runs = text_runs(raw) if cells is None and not mark and SPACES_RE.search(raw.rstrip()) else None
        if runs and wide:
            runs = [(start, end, run.translate(HALF_WIDTH_DIGITS)) for start, end, run in runs]
        if runs and len(runs) == 1 and runs[0][0] == 0 and runs[0][2] == cleaned:
            runs = None  # one run at the margin, printed as cleaned: its place tells nothing
        if cells is None and not mark and cleaned.replace(" ", "") == body.replace(" ", ""):
            taken += width(body) - width(cleaned)  # the spaces a page set between words took room in the line,
            # those a scanner's gap judged inside a word too ('魏 娜', a two-character name set as wide as three)
        line = Line(no=no, text=cleaned, starts_block=bool(mark), cells=cells, runs=runs,
                    heading_mark=bool(mark) and mark.group().startswith("#"),
                    dashed=bool(mark) and mark.group()[0] in "-*+", annotated=taken)
        # "- 3 -" is a page number, not a list item: test before the mark is cut.
        if is_furniture(cleaned) or is_furniture(stripped) or rule_tail(cleaned, lines, furniture):
            if lines and BARE_FOLIO_RE.match(lines[-1].text) and RUNNING_HEADER_RE.match(cleaned) \
                    and not (furniture and furniture[-1].no > lines[-1].no):
                # a bare page number, the next page's header under it; not where the page's number stands between
                # them already (a page prints its number once: the figure over it ends the text, a 目录 entry's page)
                over_header.add(len(lines) - 1)
            furniture.append(line)
        else:
            # (furniture of a line's own number is a page number it ended with: the page breaks after it)
            line.after_page_break = bool(furniture) and bool(lines) and furniture[-1].no >= lines[-1].no
            folio = TRAILING_FOLIO_RE.search(cleaned) if cells is None else None
            if folio:  # the text stays a line, its page number goes with the furniture
                furniture.append(Line(no=no, text=folio.group("folio")))
                line.text, line.runs = cleaned[:folio.start()].rstrip(), None
            if HANGING_MARKS_RE.match(cleaned) and not mark and cells is None and lines and lines[-1].cells is None \
                    and not (runs and runs[0][0] >= WIDE_GAP) \
                    and not blank_addressee(cleaned, lines) \
                    or extension_cut(cleaned, lines):  # (marks set in a column by spaces are that column's)
                _hang(lines[-1], cleaned)
            else:
                lines.append(line)
    folios = bare_folios(lines, over_header) | repeated_names(lines)
    if not folios:
        return bars_set_out(lines), furniture
    for i in folios:
        if i + 1 < len(lines):
            lines[i + 1].after_page_break = True
    furniture = sorted(furniture + [lines[i] for i in folios], key=lambda line: line.no)
    return bars_set_out([line for i, line in enumerate(lines) if i not in folios]), furniture


# A web page's table copied as text with each cell and each bar of its borders on a line of its own: a bar alone
# parts two cells of a row, and a row closes on its bar as the next opens on its own, so two bars running parts two
# rows ('|' / '序号' / '|' / '名称' / '|' / '|' / '1' / '|' / '某某' / '|'). Lines between two bars are one cell the
# wrap cut. Such a run is the table's rows, set out as the bar rows a page copies one row a line (BAR_ROW_RE).
BAR_ALONE_RE = re.compile(r"^[|｜]$")
BAR_RUN_MIN_ROWS = 2  # a header and a row: fewer is no table


def bars_set_out(lines: list[Line]) -> list[Line]:
    """Lines with every run of cells and bars alone on their lines set out
    as rows of cells, each on the line of its opening bar."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        # (a run opens on its first bar: one with a bar a cell above closes that cell, as a page that closes
        # each cell with a bar and opens no row on one prints its cells, '名称' / '|' / '数量' / '|')
        rows = None if any(k >= 0 and lines[k].cells is None and BAR_ALONE_RE.match(lines[k].text)
                           for k in (i - 1, i - 2)) else _bar_rows(lines, i)
        if rows is None:
            out.append(lines[i])
            i += 1
            continue
        end, found = rows
        for first, cells in found:
            out.append(Line(no=first.no, text=clean("|".join(cells)), cells=cells,
                            after_page_break=first.after_page_break))
        i = end
    return out


def _bar_rows(lines: list[Line], start: int) -> Optional[tuple[int, list[tuple[Line, list[str]]]]]:
    """The rows of a run of cells and bars alone that opens on a bar at
    start, and the index after its last row's closing bar; None when none
    opens there. The first row, closed by two bars running, gives the
    number of cells; every row after it has as many, each filled, and the
    table ends where no bar opens a row after one closed."""
    def bar(k: int) -> bool:
        return k < len(lines) and lines[k].cells is None and bool(BAR_ALONE_RE.match(lines[k].text))

    def cell(k: int) -> tuple[str, int]:  # the cell from k to the bar that closes it, and that bar
        j = k
        while j < len(lines) and lines[j].cells is None and not bar(j):
            j += 1
        return (reduce(join_lines, (line.text for line in lines[k:j])) if j > k else ""), j

    if not bar(start):
        return None
    header: list[str] = []
    k = start
    while not bar(k + 1):  # the first row: cells each closed by a bar, until two bars run
        text, k = cell(k + 1)
        if not text or not bar(k):
            return None
        header.append(text)
    if len(header) < 2:
        return None
    rows, end = [(lines[start], header)], k + 1
    while bar(end):  # a row opens on the bar after the one that closed the row above
        opening, k, cells = lines[end], end, []
        while len(cells) < len(header):
            text, k = cell(k + 1)
            if not bar(k):
                break
            cells.append(text)
        if len(cells) < len(header) or not all(cells):
            break  # (two bars running inside a row read as an empty cell could as well be a row's end: no proof)
        rows.append((opening, cells))
        end = k + 1
    if len(rows) < BAR_RUN_MIN_ROWS:
        return None
    return end, rows


# A web page that lost its line breaks keeps each line of the print after a single space ('…现予印发。 某某市人民
# 政府办公室 二〇一〇年六月四日 某某…规定 根据…。 一、职责调整 …'). Chinese print leaves no space after a sentence's
# end, so a line that does so this often is such a page, not a line a scanner spaced (its spaces fall between Han
# characters) nor a typo's single space. Nor does print set a space between a sentence's end and the numbering label
# that opens the next paragraph (GB/T 9704 7.3.3 sets each heading at the head of a line): on a line wider than any
# printed line (a paragraph stored as one line), one such space is enough ('…现就有关事项通知如下。 一、收费标准'); a
# wrapped line's is left to the run-in body's outline (split/unfold.outline_run_in), which counts its labels.
RUN_TOGETHER_MIN = 3
PRINTED_LINE_MAX = 60  # characters of a printed line: GB/T 9704 7.1 sets 28, the widest measure wrapped is narrower
SENTENCE_SPACE_RE = re.compile(r"[。；！？] (?=\S)")
LEAD_IN_END_RE = re.compile(r"[。；！？：:]$")


def lines_run_together(raw: str) -> list[str]:
    """The printed lines of a line a web page ran together by single spaces,
    or the line alone: a line with RUN_TOGETHER_MIN spaces after a sentence's
    end, or one before a numbering label on a line no print sets. A space parts two lines where print breaks the line
    (GB/T 9704 7.2-7.3): after a sentence's or a lead-in's end (a 主送's
    colon), before a numbering label, around a date or a 发文字号 on its own
    and after a title ending in its 文种 (no sentence mark inside); any other
    space stays, for clean() to judge: inside a 发文字号 or a name, between
    joint organs, or after a numbered heading, whose words a scanner's space
    cannot be told from ('一、职责调整 将…', '（三）协助市政府领导 同志…')."""
    if "\t" in raw or BAR_ROW_RE.search(raw):
        return [raw]
    text = SPACES_RE.sub(" ", raw).strip()
    stops = list(SENTENCE_SPACE_RE.finditer(text))
    if len(stops) < RUN_TOGETHER_MIN and not (width(text) > PRINTED_LINE_MAX
                                              and any(LABEL_RE.match(text[stop.end():]) for stop in stops)):
        return [raw]
    pieces: list[str] = []
    tokens = _signed_dates_whole(text.split(" "))
    for k, token in enumerate(tokens):
        if pieces and not _line_break(pieces[-1], token, tokens[k + 1] if k + 1 < len(tokens) else ""):
            pieces[-1] += " " + token
        else:
            pieces.append(token)
    return pieces


def _line_break(left: str, right: str, after: str = "") -> bool:
    """Print breaks the line between the text so far and the next word; also
    after a mark of the 版头 that stands by the 发文字号 ('签发人：某某',
    GB/T 9704 7.2.6) and before a line of the 版记 ('抄送：…', '主题词：…',
    7.4.2), each printed on its own line. A date with the clock time after
    it (after: the word after the next) is a moment the clause names ('时间
    2023年1月20日 17:00-22:30'), no 成文日期 on its line: no break round it."""
    return bool(LEAD_IN_END_RE.search(left) or LABEL_RE.match(right)
                or DATE_LINE_RE.match(left.replace(" ", "")) and not CLOCK_TIME_RE.match(right)
                or DATE_LINE_RE.match(right) and not _span_goes_on(left) and not CLOCK_TIME_RE.match(after)
                or DOC_NUMBER_RE.fullmatch(left) or DOC_NUMBER_RE.fullmatch(right)
                or PUBLICATION_NOTE_WORD_RE.fullmatch(left) or PUBLICATION_NOTE_WORD_RE.fullmatch(right)
                or HEAD_MARK_RE.match(left) or CC_RE.match(right) or SUBJECT_WORDS_RE.match(right)
                or kind_of(left) is not None and not re.search(r"[，。；：,;:]", left))


# A date a PDF's extractor spaced between its figures and its 年, 月 and 日 ('2021 年 5 月 12 日': a Latin run and a Han
# run meet at each), one word all the same: the 成文日期 stands on a line of its own under the signature (GB/T 9704
# 7.3.5), so a line run together parts before and after the whole date, never inside it. And the 附注 under it
# ('(此件公开发布)', 7.3.6) stands on its own line too: no text runs on before or after it.
# Only after an organ's name, the signature's: a day a sentence names, spaced the same way ('…于 2021 年 5 月 12 日
# 前报送'), is no 成文日期, and its words stay apart as before, for the sentence to go on round them.
SPACED_DATE_RE = re.compile(rf"(?:{YEAR}) ?年 ?{MONTH_OR_DAY} ?月 ?{MONTH_OR_DAY} ?日")
PUBLICATION_NOTE_WORD_RE = re.compile(r"[（(]此件[\u4e00-\u9fa5]{2,6}[）)]")
SPACED_DATE_WORDS = 6  # '2021', '年', '5', '月', '12', '日'


def _signed_dates_whole(tokens: list[str]) -> list[str]:
    """The words, a date spaced apart after a signature's organ made one."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if out and ORGAN_END_RE.search(out[-1]):
            for n in range(SPACED_DATE_WORDS, 1, -1):
                if SPACED_DATE_RE.fullmatch(" ".join(tokens[k:k + n])):
                    out.append(" ".join(tokens[k:k + n]))
                    k += n
                    break
            else:
                out.append(tokens[k])
                k += 1
            continue
        out.append(tokens[k])
        k += 1
    return out


# A clock time that opens a word ('17:00-22:30', '9时30分'): GB/T 9704 7.3.5 dates a text by its day alone, so a day
# with a time after it is the clause's, a moment or the start of a span.
CLOCK_TIME_RE = re.compile(r"^\d{1,2}(?:[:：]\d{2}|[时時点點])")


# The end of a span of days after its first day and a dash or 至 ('2019年8月26日— 2019年8月28日', frame.PERIOD_END): the
# same clause goes on, no 成文日期 standing on a line of its own (GB/T 9704 7.3.5 dates a text once, under its signature).
SPAN_GOES_ON_RE = re.compile(rf"(?:[{DASHES}~～-]|[至到])$")


def _span_goes_on(left: str) -> bool:
    return bool(SPAN_GOES_ON_RE.search(left))


# Closing marks alone on a line: no line of print starts with one (the 禁则 of
# Chinese typesetting), so they end the line above, where the typesetter hung
# them past the measure or set them as glyphs of their own; an extractor that
# places text by its boxes (PyMuPDF, pdfminer) gives them a line of their own
# ('…用水定额' / '。'). Not leaders ('……') nor a lone '.', which may be a list's;
# nor marks placed in a column by spaces: a table cell's wrapped last piece.
HANGING_MARKS_RE = re.compile(r"^[。，、；：！？）》”’」』】〕,;:!?)]{1,3}$")


# The end of a linked file's extension alone on a line, the wrap having cut the name before it ('…的通知.' / 'doc',
# '….do' / 'cx'): a file's name is one word, its extension no line of its own.
EXTENSION_PIECE_RE = re.compile(r"^[A-Za-z]{1,4}$")


def extension_cut(text: str, lines: list[Line]) -> bool:
    """The line is the rest of the file name the line above ends with."""
    return bool(EXTENSION_PIECE_RE.match(text)) and bool(lines) and lines[-1].cells is None \
        and bool(FILE_NAME_END_RE.search(lines[-1].text + text))


# A colon alone under a title: GB/T 9704 7.3.3 ends the title on its 文种 with no
# mark after it, and 7.3.4 sets the 主送 on the line under it, ending on a colon;
# a page that left the 主送's organ blank (a 下达 notice sent to each district
# alike, its name filled in on the copy) keeps the colon alone on that line.
# It is that blank 主送, not a mark the title hung past its measure.
TITLE_TAIL_LINES = 3  # the lines a title wrapped to a narrow measure may hold from its 关于 to its 文种


def blank_addressee(marks: str, lines: list[Line]) -> bool:
    """A colon alone under a line ending on a 文种 word, a title's (关于 in
    it or in the lines it wrapped from, no sentence's mark after it)."""
    if marks not in (":", "：") or kind_of(lines[-1].text) not in DOCUMENT_KINDS \
            or not re.search(f"(?:{KIND_RE.pattern})$", lines[-1].text):
        return False
    before = "".join(line.text for line in lines[-TITLE_TAIL_LINES:])
    return "关于" in before and not re.search("[。，；,;]", before[before.rindex("关于"):])


def _hang(line: Line, marks: str) -> None:
    """Closing marks set back at the end of the line they close."""
    line.text += marks
    if line.runs:
        start, end, text = line.runs[-1]
        line.runs[-1] = (start, end + sum(char_width(ch) for ch in marks), text + marks)


PAGE_LINES = 15  # the fewest lines a printed page holds between two footers


def repeated_names(lines: list[Line]) -> set[int]:
    """The gazette's name alone on its line, again and again a page apart: a
    running header from the second time on (the first is the masthead's);
    with the page's number at its outer end ('12　XX市人民政府公报', as a
    book's 书眉 sets it) a running header every time, for no masthead
    carries a page number."""
    names: list[tuple[int, str, bool]] = []  # (line, the name, with a page's number)
    for i, line in enumerate(lines):
        if line.cells is None and (match := FOLIOED_NAME_RE.match(line.text) or GAZETTE_NAME_RE.match(line.text)):
            folioed = match.re is FOLIOED_NAME_RE
            names.append((i, match.group("name") or match.group("name2") if folioed else match.group("name"), folioed))
    kept = [(i, folioed) for i, name, folioed in names if name == names[0][1]]
    apart = {i for (a, _), (i, _) in zip(kept, kept[1:]) if i - a >= PAGE_LINES}
    return apart | {i for i, folioed in kept if folioed and len(kept) >= 2}


def page_number(text: str) -> Optional[int]:
    """The page a footer numbers ("第 3 页 共 20 页" → 3, "共 20 页 第 3 页" → 3)."""
    number = re.search(r"\d{1,4}", re.sub(r"共\s*\d{1,4}\s*页", "", text))
    return int(number.group()) if number else None


def bare_folios(lines: list[Line], over_header: set[int] = frozenset()) -> set[int]:
    """Page numbers printed bare ("3"), with no dashes to tell them: a number
    alone on its line is a footer when the next page's running header stands
    under it (over_header), or when the numbers count the pages (n, n+1, …,
    two at least), a page's length apart, each beside a line of body text,
    above a running header or ending the file; in a count of three pages or
    more, or of two that ends the file, one such is enough: the others may
    stand between short lines (a page broke between a title and its 发文字号,
    inside a list of names). A form printed one cell per
    line numbers its rows a few short cells apart. A one-page file's number
    ends it under the 成文日期, where no text goes on with a figure alone
    (GB/T 9704 7.3.5-7.3.6: a 附注 in brackets, the 附件 or the 版记 follow)."""
    chains: dict[int, list[int]] = {}  # the next page number awaited → the chain of footers so far
    beside: set[int] = set()  # footers beside text
    for i, line in enumerate(lines):
        if i not in over_header and (line.cells is not None or line.starts_block
                                     or not BARE_FOLIO_RE.match(line.text)):
            continue
        value = int(line.text)
        chain = chains.get(value)
        at_end = i == len(lines) - 1  # the last page may be short
        chain = chain + [i] if chain and (i - chain[-1] >= PAGE_LINES or at_end) else [i]
        beside |= {i} if i in over_header or _beside_text(lines, i) else set()
        chains[value + 1] = chain
    last = len(lines) - 1
    one_page = {last} if last > 0 and BARE_FOLIO_RE.match(lines[last].text) and lines[last].cells is None \
        and DATE_LINE_RE.match(lines[last - 1].text.replace(" ", "")) else set()
    counted = [chain for chain in chains.values() if len(chain) >= 2
               and len(beside.intersection(chain)) >= (1 if len(chain) > 2 or last in chain else 2)]
    return set(over_header) | one_page | {i for chain in counted for i in chain}


def _beside_text(lines: list[Line], i: int) -> bool:
    """Line i is the file's last, page furniture follows it or stands right
    above it (an extractor that gives a page's furniture first), or a line of
    running text or a 成文日期 (the page broke in the signature block)
    stands next to it."""
    return i == len(lines) - 1 or lines[i + 1].after_page_break or lines[i].after_page_break or any(
        0 <= k < len(lines) and (len(lines[k].text) > 16 or DATE_LINE_RE.match(lines[k].text.replace(" ", "")))
        for k in (i - 1, i + 1))


# ---------------------------------------------------------------- a portal's note of the original title

# A news portal that reposts an organ's document under a headline of its own names the document by a note in
# brackets, '(原标题:…)' / '（原标题：…）', on a line of its own (wrapped over a few at a narrow measure). Stored
# without the portal's headline, the note is all the page prints of the document's 标题 (GB/T 9704 7.3.1): where
# what it quotes is a title by its own grammar (its 文种 last, no clause mark), the note's lines are given back as
# that title's lines, the brackets and the word 原标题 gone. A note quoting a headline, or one run in a sentence, is
# left as printed.
TITLE_NOTE_OPEN_RE = re.compile(r"^\s*[(（]\s*原\s*标\s*题\s*[:：]\s*")
TITLE_NOTE_CLOSE_RE = re.compile(r"\s*[)）]\s*$")
TITLE_NOTE_LINES_MAX = 4


def _cut_runs(line: Line, text: str, head: int, tail: int) -> Line:
    """The line printing text, head characters cut from its start and tail from its end."""
    runs = line.runs
    if runs:
        (a, b, first), *rest = runs
        cut = first[:head] if head <= len(first) else first
        runs = [(a + display_width(cut), b, first[len(cut):])] + rest
        a, b, last = runs[-1]
        if tail and len(last) >= tail:
            runs[-1] = (a, b - display_width(last[len(last) - tail:]), last[:len(last) - tail])
        runs = [run for run in runs if run[2]] or None
    return replace(line, text=text, cells=None, runs=runs)


def unwrap_title_notes(lines: list[Line]) -> list[Line]:
    """Lines with each portal's '(原标题:…)' note that quotes a title set out as that title's lines."""
    out = list(lines)
    for i, line in enumerate(lines):
        opening = TITLE_NOTE_OPEN_RE.match(line.text)
        if not opening or line.cells is not None:
            continue
        for k in range(i, min(i + TITLE_NOTE_LINES_MAX, len(lines))):
            closing = TITLE_NOTE_CLOSE_RE.search(lines[k].text)
            if closing:
                break
        else:
            continue
        texts = [line.text for line in lines[i:k + 1]]
        texts[-1] = texts[-1][:closing.start()] if k > i else texts[-1][:closing.start()]
        texts[0] = texts[0][opening.end():]
        quoted = "".join(text.strip() for text in texts)
        if not _is_title_value(quoted) or any(lines[j].cells is not None for j in range(i, k + 1)):
            continue
        for j, text in zip(range(i, k + 1), texts):
            head = opening.end() if j == i else 0
            tail = len(lines[j].text) - closing.start() if j == k else 0
            out[j] = _cut_runs(lines[j], text, head, tail)
    return out


# ---------------------------------------------------------------- a page's address run into a title

# A forum's or a collection's copy of a page runs the page's address into the title's line, a space between
# ('https://www.….gov.cn/…/content_83519 某某县第七次全国人口普查公报(第一号)'), the wrap perhaps cutting the
# address over lines of its own ('https://www.….gov.cn/zwgk/zfxxgk' / 'ml/…/content_83519 某某县第' / '七次…'):
# the address is the copy's note of its source, no text of the document, whose title (GB/T 9704 7.3.1) begins
# after it. Only a title follows so: a name running on to its 文种 word (frame.kind_of) within a few lines, no
# sentence's stop or comma on the way; an address that opens a sentence of the text ('https://… 为本县…网址，…')
# stays the text's.
ADDRESS_OPEN_RE = re.compile(r"^(?:https?://|www\.)[!-~]*[./][!-~]*$")
ADDRESS_PIECE_RE = re.compile(r"^[!-~]+$")
ADDRESS_RUN_IN_RE = re.compile(r"^(?P<address>[!-~]+)\s+(?P<rest>[\u4e00-\u9fa5].*)$")
ADDRESS_LINES_MAX = 4  # lines the wrap cuts a page's address over, at the narrowest measure
ADDRESSED_TITLE_LINES = 4  # lines of the title after it, to its 文种 word


def address_heads(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(lines, furniture): each page's address run into a title's line taken
    out of it (the lines the wrap cut the address over, too), the title's
    words left on the line."""
    out: list[Line] = []
    dropped: list[Line] = []
    for i, line in enumerate(lines):
        run_in = ADDRESS_RUN_IN_RE.match(" ".join(run[2] for run in line.runs).strip()) \
            if line.runs and line.cells is None else None
        if not run_in:
            out.append(line)
            continue
        address, above = run_in.group("address"), 0
        while not ADDRESS_OPEN_RE.match(address) and above < ADDRESS_LINES_MAX and len(out) > above \
                and out[-1 - above].cells is None and ADDRESS_PIECE_RE.match(out[-1 - above].text):
            address, above = out[-1 - above].text + address, above + 1
        rest = clean(run_in.group("rest"))
        titled = False
        for k in range(i + 1, min(len(lines), i + ADDRESSED_TITLE_LINES) + 1) if ADDRESS_OPEN_RE.match(address) else ():
            if CLAUSE_MARK_RE.search(rest):
                break
            if kind_of(rest):
                titled = True
                break
            rest += lines[k].text if k < len(lines) else ""
        if not titled:
            out.append(line)
            continue
        pieces = out[len(out) - above:] if above else []
        del out[len(out) - above:]
        dropped += pieces + [Line(no=line.no, text=run_in.group("address"))]
        # (a line the address was wrapped onto was full: the room the address took stays the line's, so that the
        # title's words after it go on to the next line as the wrap set them)
        taken = width(run_in.group("address") + " ") if pieces else 0.0
        out.append(replace(line, text=clean(run_in.group("rest")), runs=None, annotated=line.annotated + taken))
    return out, dropped


# ---------------------------------------------------------------- a portal's news lead run into a title

# A portal that reports an organ's document opens on the day and the organ that published it, and runs the
# document's 标题 on after the verb: '8月15日XX市城市管理局发布关于对《…》公开征求意见的公告'. A 标题 (GB/T 9704
# 7.3.1) is the issuing organ's name, the 事由 and the 文种: it opens on the organ or on 关于, never on a day (the
# 成文日期 stands under the signature, 7.3.5) nor on a verb of publishing, so the day, the organ and the verb before
# 关于 are the portal's report, and the title begins at 关于. Only a title follows so: the lead opens a paragraph (a
# sentence, a date or a short line ends above it), 关于 comes right after the verb, and the name runs on to its 文种
# word (frame.kind_of) at a line's end within a few lines, no sentence's stop or comma on the way and none after it;
# a sentence of the text that reports a publication ('8月15日，市政府印发了《…》，要求…') stays the text's.
NEWS_LEAD_RE = re.compile(r"^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]?\s*[\u4e00-\u9fa5（）()]{0,40}?"
                          + ORGAN_ENDING + either_script(r"\s*(?:发布|印发|公布|下发)了?\s*") + "(?=" + ABOUT_RE.pattern + ")")
NEWS_LEAD_LINES = 3  # lines the wrap cuts the lead over, at the narrowest measure
LEAD_TITLE_LINES = 4  # lines of the title after it, to its 文种 word
GOES_ON_RE = re.compile(r"^[，。；：！？,;:!?、的之》）)]")


def _opens_paragraph(lines: list[Line], i: int, full_width: float) -> bool:
    """Line i opens a paragraph: the file's first, or the line above ends a
    sentence, is a date (a 成文日期) or does not fill the file's measure (no
    wrap cut it; measure.wraps)."""
    if i == 0:
        return True
    above = lines[i - 1]
    return not above.text.strip() or ends_sentence(above.text.strip()) \
        or bool(DATE_LINE_RE.match(above.text.replace(" ", ""))) or printed_width(above) < full_width * MEASURE.fills


def news_lead_heads(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(lines, furniture): each portal's news lead ('8月15日XX局发布') run
    into a title's first line taken out of it (the lines the wrap cut the
    lead over, too), the title's words from 关于 on left on the line."""
    out: list[Line] = []
    dropped: list[Line] = []
    full_width = measure(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        reach = [k for k in range(i, min(len(lines), i + NEWS_LEAD_LINES))]
        while reach and any(lines[k].cells is not None for k in reach):
            reach.pop()
        joined = "".join(lines[k].text for k in reach)
        lead = NEWS_LEAD_RE.match(joined) if reach and _opens_paragraph(lines, i, full_width) else None
        if not lead:
            out.append(line)
            i += 1
            continue
        # the line the lead ends on, and where on it
        end, at = lead.end(), i
        while end >= len(lines[at].text) and at + 1 <= reach[-1]:
            end -= len(lines[at].text)
            at += 1
        last = at - 1 if end == 0 else at  # (the line that holds the lead's last character)
        if any(printed_width(lines[k]) < full_width * MEASURE.fills for k in range(i, last)):
            out.append(line)  # only a wrap cuts the lead: a line it ends short of the measure is a line of its
            i += 1  # own, a 成文日期 alone ('2021年3月1日') over the next title's organ and 发布 (GB/T 9704 7.3.5)
            continue
        rest, titled = lines[at].text[end:], False
        for k in range(at + 1, min(len(lines), at + LEAD_TITLE_LINES) + 1):
            if CLAUSE_MARK_RE.search(rest):
                break
            kind = kind_of(rest.strip())
            if kind and rest.strip().endswith(kind):
                titled = not (k < len(lines) and GOES_ON_RE.match(lines[k].text.strip()))
                break
            if k == len(lines) or lines[k].cells is not None:
                break
            rest += lines[k].text
        if not titled:
            out.append(line)
            i += 1
            continue
        dropped += [Line(no=lines[k].no, text=lines[k].text) for k in range(i, at)]
        cut = lines[at].text[:end]
        dropped += [Line(no=lines[at].no, text=cut)] if cut else []  # (the lead may end where its line does)
        out.append(_cut_runs(lines[at], lines[at].text[end:], len(cut), 0))
        i = at + 1
    return out, dropped


# ---------------------------------------------------------------- a title's stray colon

# GB/T 9704 7.3.1: the 标题 is a name, not a sentence, and ends on its 文种 with no
# punctuation; the 主送 under it ends on a full-width colon (7.3.2). Pages that run a
# notice's head as prose put a colon after the title too ('关于…的通告:' over
# '广大市民朋友:'), and the colon makes the title read as a lead-in sentence. A line
# that ends on one colon, is with the lines over it it goes on from (up to
# TITLE_COLON_REACH) a '关于…的<文种>' title, the wrap perhaps turning the 文种's last
# characters onto it ('…的通' / '告:'), and stands right over a salutation-shaped
# 主送 line, is given back without the colon. A 主送 of many organs runs on over the
# lines under it to its colon (7.3.2: '回行时仍顶格'): the wrap's lines under the title,
# up to ADDRESSEE_WRAP of them, none holding a colon but the last, read as one.
TITLE_COLON_REACH = 3
TITLE_COLON_ADDRESSEE_MAX = 60
ADDRESSEE_WRAP = 3


def _addressee_shaped(text: str) -> bool:
    """A 主送 line by its shape (GB/T 9704 7.3.2): a short run of names, perhaps listed with
    commas or 、, ending on one colon, no sentence in it ('广大市民朋友:')."""
    return (len(text) <= TITLE_COLON_ADDRESSEE_MAX and text.endswith((":", "：")) and text[:-1]
            and not re.search(r"[。；;:：！？!?]", text[:-1]) and "如下" not in text)


# A title that opens on its 发文机关's name, from its place, then 关于 (GB/T 9704 7.3.1: 'XX市体育局关于…'), wrapped
# over the lines above the colon's as a '关于…' one is.
ORGAN_ABOUT_RE = re.compile(rf"^(?P<organ>[\u4e00-\u9fa5]{{2,30}}?{ORGAN_ENDING})关于")


def _organ_about(text: str) -> bool:
    match = ORGAN_ABOUT_RE.match(text)
    return bool(match) and from_its_place(match.group("organ"))


def _addressee_below(lines: list[Line], k: int) -> str:
    """The 主送 under line k, the wrap's lines read as one up to the first
    that ends on a colon (at most ADDRESSEE_WRAP of them), or ''."""
    below = ""
    for j in range(k + 1, min(k + 1 + ADDRESSEE_WRAP, len(lines))):
        below += lines[j].text.strip().replace(" ", "")
        if below.endswith((":", "：")) or re.search(r"[:：]", below) or lines[j].cells is not None:
            return below
    return below


def strip_title_colons(lines: list[Line]) -> list[Line]:
    """Lines with the stray colon after a title (over its 主送) taken off."""
    out = list(lines)
    for k in range(len(lines) - 1):
        text = lines[k].text.rstrip()
        if not text.endswith((":", "：")) or lines[k].cells is not None:
            continue
        head = text[:-1]
        below = _addressee_below(lines, k)
        if head.endswith((":", "：")) or not (SALUTATION_RE.match(below) or _addressee_shaped(below)):
            continue
        joined = ""
        for j in range(k, max(k - TITLE_COLON_REACH, -1), -1):
            joined = lines[j].text.strip() + joined
            if ABOUT_RE.match(joined) or ("关于" in joined and j == k) or _organ_about(joined):
                break
        else:
            continue
        title = joined[:-1]  # (the wrap may have turned the kind word's last character: '…的通' / '告:')
        if "。" in joined or "关于" not in joined or kind_of(title) not in DOCUMENT_KINDS \
                or not title.endswith(kind_of(title)):
            continue
        out[k] = _cut_runs(lines[k], head, 0, len(lines[k].text) - len(head))
    return out


# ---------------------------------------------------------------- a page's metadata table that names a document

# A web page's metadata table, copied as text, names the document it heads.
#
# Government sites print an information-disclosure table over a document: rows of
# label and value cells, each closed by a bar when copied ('索 引 号: | WA…-002 |
# 主题分类: | 区政府 |', '名 称: | …关于…的通知 | ||', '文 号: | 嘉府办发〔2024〕23号 |
# 公开类型: | 主动公开 |'). Where the page then prints the text from its 主送 on,
# the table alone holds the document's head: its 名称 (标题) cell the 标题, its 文号
# cell the 发文字号. Such a run of label rows is given back as GB/T 9704 7.2.4
# and 7.3.1 print the head: the 标题 on a line of its own, then the 发文字号 on a
# line of its own. The table's other cells (索引号, 主题分类, 发布机构, 公开期限…)
# are the page's, not the document's: its rows go to the page furniture. A table whose 名称 cell holds no
# 标题 (a form's '名称: | 某某公司 |', a row of an enterprise's particulars) is left
# as it is.

# A label cell: a few Han characters, perhaps letter-spaced ('索 引 号:'), closed by a colon.
LABEL_CELL_RE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff ]{0,10}[:：]$")
TITLE_LABELS = {"名称", "标题", "信息名称", "文件名称", "文件标题", "公文标题", "发文标题"}
NUMBER_LABELS = {"文号", "发文字号", "文件编号", "文件字号", "发文文号"}
META_SENTENCE_MARK_RE = re.compile(r"[，。；：,;:]")


# A table copied with its bars may print its label cells bare, no colon ('标 题 | …的通知 | ||', '文 号 | 无号 |
# 主 题 词 | |', '内容概述 | |||'): a bare cell is a label cell when it is one of the disclosure table's labels,
# letter-spaced or not; any other bare cell is a value (a table of items, '项目 | 单位 | 价格 |', holds none).
BARE_TABLE_LABELS = {"分类", "内容概述", "时效"}


def _is_label_cell(cell: str) -> bool:
    return bool(LABEL_CELL_RE.match(cell)) or bool(cell) and re.sub(r"\s", "", cell) in META_LABELS | BARE_TABLE_LABELS


def _number_value(value: str) -> Optional[str]:
    """A 文号 field's 发文字号: the value, or the number a reprint brackets
    with its date ('（2024年3月26日　津医保局发〔2024〕16号）'); None for
    anything else ('无号')."""
    bare = value.replace(" ", "")
    if DOC_NUMBER_RE.fullmatch(bare):
        return bare
    frame = paren_frame(value)
    return frame[1] if frame and frame[1] and DOC_NUMBER_RE.fullmatch(frame[1].replace(" ", "")) else None


def _label_pairs(line: Line) -> list[tuple[str, str]] | None:
    """The row's (label, value) pairs, or None where it is no row of label cells."""
    cells = [c.strip() for c in (line.cells or [])]
    while cells and not cells[0]:
        cells.pop(0)
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(cells):
        if not _is_label_cell(cells[i]):
            if cells[i]:
                return None
            i += 1
            continue
        value = cells[i + 1] if i + 1 < len(cells) and not _is_label_cell(cells[i + 1]) else ""
        pairs.append((re.sub(r"[\s:：]", "", cells[i]), value))
        i += 2 if value or (i + 1 < len(cells) and not cells[i + 1]) else 1
    return pairs or None


def _title_lines(lines: list[Line]) -> int:
    """How many of the lines, from the first, a 标题 takes (the wrap may have cut it: WRAPPED_VALUE_MAX + 1 lines
    at most); 0 where they open on none."""
    text = ""
    for k, line in enumerate(lines[:WRAPPED_VALUE_MAX + 1]):
        text += line.text.strip()
        if META_SENTENCE_MARK_RE.search(text):
            return 0
        if _is_title_value(text):
            return k + 1
    return 0


def name_rows(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Lines with each run of a page's metadata rows that names a document
    (a 名称 cell holding a 标题: no sentence mark, ending in its 文种) set out
    as that document's 标题 and 发文字号 lines; and those rows, as the page's
    furniture. A run with no 名称 cell names the 标题 the page prints right
    under it when its cells are the disclosure table's (LABEL_RUN_MIN labels,
    one of them the page's alone: 索引号, 发布机构…), as a list of the same
    fields does (name_label_lines): its 文号 cell gives that 标题's 发文字号."""
    out: list[Line] = []
    rows: list[Line] = []
    pairs = [_label_pairs(line) if line.cells is not None else None for line in lines]
    runs = [(is_row, list(run)) for is_row, run in
            groupby(zip(lines, pairs), key=lambda line_pairs: line_pairs[1] is not None)]
    pending: Optional[Line] = None  # the 发文字号 of a table with no 名称 cell, for the 标题 under it
    for k, (is_row, run) in enumerate(runs):
        if pending is not None:
            head = _title_lines([line for line, _ in run])
            out += [line for line, _ in run[:head]] + [pending] + [line for line, _ in run[head:]]
            pending = None
            continue
        title = number = None
        for line, row in run if is_row else ():
            for label, value in row:
                if label in TITLE_LABELS and title is None and value and kind_of(value) \
                        and not META_SENTENCE_MARK_RE.search(value):
                    title = replace(line, text=value, cells=None, runs=None)
                elif label in NUMBER_LABELS and number is None and (printed := _number_value(value)):
                    number = replace(line, text=printed, cells=None, runs=None)
        labels = {label for _, row in run if is_row for label, _ in row}
        if title is None and number is not None and len(labels) >= LABEL_RUN_MIN and labels & PAGE_LABELS \
                and k + 1 < len(runs) and not runs[k + 1][0] and _title_lines([line for line, _ in runs[k + 1][1]]):
            pending = number  # (the page's own 标题 under the table)
            rows += [line for line, _ in run]
        elif title is None:
            out += [line for line, _ in run]
        else:
            out += [title] + ([number] if number is not None else [])
            rows += [line for line, _ in run]
    return out, rows


# A law database's record of a text it stores, printed over the text a field a line as a disclosure list is
# ('发文标题: …的通知', '发文文号: 青国资产[2024]85号', '发文部门: …', '发文时间: 2024-5-15', '实施时间:',
# '失效时间:', '法规类型:', '所属行业:', '所属区域:'): the same furniture, its 发文标题 the 标题, its 文号 the 发文字号.
LAW_RECORD_LABELS = {"发文部门", "发布部门", "发文时间", "实施时间", "实施日期", "施行日期", "失效时间", "失效日期",
                     "效力级别", "法规类型", "法规类别", "所属行业", "所属区域"}
# The record's last field, '发文内容:', is the text itself printed under it: a label of the record, no 主送 (it
# names no organ), and no line under it is its value going on.
TEXT_LABELS = {"发文内容"}

# The same metadata printed as a list, not a table: one 'label:value' field a line, the
# list marks and the letter spacing of its labels gone in normalisation ('- 索引号:dqxs/…',
# '- 发文字号:阿行发〔2021〕42号', '- 名 称:…关于…的通知', '- 发布日期:…'), or several
# fields a line, as a page sets them two or four abreast ('索引号: 0025…/2022-79528
# 公开方式: 主动公开'). A run of at least three such fields, the labels the disclosure
# table's, is the page's furniture as the table is, when it names the document: a 名称
# (标题) field holding a 标题, or the page's own 标题 printed right under or over it (a
# list with no 名称 field, one of its labels the page's alone: 索引号, 公开方式…). Its 文号 field
# gives the 发文字号 (GB/T 9704 7.2.4), printed under the 标题: under the page's own 标题
# where the page prints it after the list or right over it, else under the 标题 the 名称
# field gives. A
# wrapped line goes on with the 标题 or the 发文字号 its field began (a 名称 value that does
# not yet end in its 文种, a 文号 value that only with the next line reads as one). A list of
# other fields ('联系人:', '电话:') or that names no 标题 stays text.
META_LABELS = TITLE_LABELS | NUMBER_LABELS | {
    "索引号", "主题分类", "发布机构", "发文机构", "发文机关", "成文日期", "发布日期", "发文日期", "公文种类",
    "信息分类", "组配分类", "内容分类", "体裁分类", "主题词", "有效性", "时效性", "公开方式", "公开范围",
    "公开类型", "公开属性", "生成日期", "生效日期", "来源", "信息来源", "发布单位", "公开日期", "效力状态",
    "公开时限", "所属机构", "实效性", "公开目录", "公开形式", "公开责任部门", "主题"} | LAW_RECORD_LABELS | TEXT_LABELS
# The labels only a disclosure page prints: a list holding three of them is the page's, whatever else it holds.
PAGE_LABELS = {"索引号", "主题分类", "信息分类", "组配分类", "内容分类", "体裁分类", "有效性", "时效性", "公开方式",
               "公开范围", "公开类型", "公开属性", "公开日期", "公开时限", "效力状态", "发布机构", "发布单位", "所属机构",
               "实效性", "公开目录", "公开形式", "公开责任部门"}
FIELD_LABEL_RE = re.compile("(?P<label>" + "|".join(
    r"\s*".join(label) for label in sorted(META_LABELS, key=len, reverse=True)) + r")\s*[:：]")
# A row's first label whose colon the copy lost, run into its value by a space or none ('文号 安行审发〔2022〕21号
# 成文日期: …', '文件名称安康市…的通知', the table's cells run together): the label opens the line, though no
# colon closes it; not a word a sentence may open with ('来源于…', '标题中…', '名称为…', '主题教育…').
BARE_LABEL_RE = re.compile("(?P<label>" + "|".join(
    r"\s*".join(label) for label in sorted(META_LABELS - {"来源", "名称", "标题", "主题", "主题词"}, key=len, reverse=True))
    + r")(?!\s*[:：])")
LABEL_RUN_MIN = 3
WRAPPED_VALUE_MAX = 4  # lines a wrapped 名称 value may take after its label's


def _label_fields(text: str) -> list[tuple[str, str]]:
    """The line's 'label: value' fields, the line opening on the first; none where it opens on no label of the
    disclosure list."""
    text = text.strip()
    marks = list(FIELD_LABEL_RE.finditer(text))
    if not (marks and marks[0].start() == 0) and (bare := BARE_LABEL_RE.match(text)):
        marks = [bare] + [m for m in marks if m.start() >= bare.end()]  # (a row's first label, its colon lost)
    if not marks or marks[0].start() != 0:
        return []
    return [(re.sub(r"\s", "", m["label"]), text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip())
            for k, m in enumerate(marks)]


def _fields_going_on(lines: list[Line], j: int, fields: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """Line j of a list whose wrap cut a field's value ('索 引 号: …/2023-' /
    '00519 主题分类: 综合政务', '成文日期: 2023' / '年08月10日', '发布日期:' /
    '2023年08月16日'), a typesetter having carried a run of figures whole to
    the next line: the rest of the value, as the field labelled '', then the
    line's own fields. The line goes on with the list when it names a field
    after that rest, or the field above has no value yet, or a field opens
    the line under it; the rest is a value's, no sentence. [] otherwise."""
    text = lines[j].text.strip()
    marks = list(FIELD_LABEL_RE.finditer(text))
    lead = text[:marks[0].start()].strip() if marks else text
    below = j + 1 < len(lines) and lines[j + 1].cells is None and bool(_label_fields(lines[j + 1].text))
    if not lead or len(lead) > WRAPPED_LEAD_MAX or re.search(r"[，。；,;]", lead) or fields[-1][0] in TEXT_LABELS \
            or not (marks or not fields[-1][1] or below):
        return []
    return [("", lead)] + (_label_fields(text[marks[0].start():]) if marks else [])


WRAPPED_LEAD_MAX = 40  # characters of a value's rest the wrap set at a line's head


def _is_title_value(value: str) -> bool:
    return bool(value) and bool(kind_of(value)) and not META_SENTENCE_MARK_RE.search(value)


def _title_over(out: list[Line], lines: list[Line], i: int) -> bool:
    """The page's own 标题 stands right over the list at line i, its lines
    as read (out), wrapped over as many as a 名称 value may take ('…的通' /
    '知', the wrap leaving the 文种's last character alone)."""
    for k in range(1, min(WRAPPED_VALUE_MAX, i, len(out)) + 1):
        if out[-k] is not lines[i - k]:
            return False
        if _is_title_value("".join(line.text.strip() for line in lines[i - k:i])):
            return True
    return False


def name_label_lines(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Lines with each run of a page's metadata fields printed as a list that names a
    document set out as that document's 标题 and 发文字号 lines; and those fields' lines,
    as the page's furniture."""
    out: list[Line] = []
    rows: list[Line] = []
    i = 0
    while i < len(lines):
        fields: list[tuple[str, str, int]] = []  # label, value, the field's first line
        j = i
        while j < len(lines) and lines[j].cells is None and (
                (found := _label_fields(lines[j].text)) or fields and (found := _fields_going_on(lines, j, fields))):
            if found[0][0] == "":  # (the rest of the value the line above cut, then the line's own fields)
                label, value, at = fields[-1]
                fields[-1] = (label, value + found[0][1], at)
                found = found[1:]
            first, j = j, j + 1
            if len(found) == 1 and (found[0][0] in TITLE_LABELS or found[0][0] in NUMBER_LABELS):
                label, value = found[0]
                done = _is_title_value if label in TITLE_LABELS else (lambda v: bool(_number_value(v)))
                more = value
                for k in range(j, min(j + WRAPPED_VALUE_MAX, len(lines))):
                    if done(more) or lines[k].cells is not None or _label_fields(lines[k].text):
                        break
                    more += lines[k].text.strip()
                    if done(more):
                        found, j = [(label, more)], k + 1
                        break
            fields += [(label, value, first) for label, value in found]
        title = next(((v, at) for label, v, at in fields if label in TITLE_LABELS and _is_title_value(v)), None)
        page = len(fields) >= LABEL_RUN_MIN and bool({label for label, _, _ in fields} & PAGE_LABELS)
        under = page and j < len(lines) and _is_title_value(lines[j].text.strip())
        over = page and _title_over(out, lines, i)
        if len(fields) < LABEL_RUN_MIN or title is None and not under and not over:
            out.append(lines[i])
            i += 1
            continue
        number = next(((printed, at) for label, v, at in fields
                       if label in NUMBER_LABELS and (printed := _number_value(v))), None)
        number_line = [replace(lines[number[1]], text=number[0], cells=None, runs=None)] if number else []
        rows += lines[i:j]
        if title is None and over:
            out += number_line  # (under the page's own 标题, printed over the list)
            i = j
            continue
        key = title[0].replace(" ", "") if title else lines[j].text.replace(" ", "")
        printed = next((k for k in range(1, WRAPPED_VALUE_MAX + 2) if j + k <= len(lines)
                        and "".join(line.text for line in lines[j:j + k]).replace(" ", "") == key), 0)
        if printed:
            out += lines[j:j + printed] + number_line
            i = j + printed
        else:
            out += [replace(lines[title[1]], text=title[0], cells=None, runs=None)] + number_line
            i = j
    return out, rows
