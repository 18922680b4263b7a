"""The 主送机关 under a title (GB/T 9704 7.3.2): where it opens, how the wrap carries it over lines, and the
organs and classes of organs it names.
"""
from __future__ import annotations

import re

from ....model import Line
from ....text.frame import (ABOUT_RE, ADDRESSEE_ITEM_RE, ADDRESSEE_NAME, addressee_names, ADDRESSEE_PLACE,
                            CLASSED_NUMBER_END_RE, kind_of, ORGAN_END_RE, ORGAN_ENDING, ORGAN_START_RE,
                            SENTENCE_OPENER_RE)
from ..grammar import ADDRESSEE_WRAP, is_addressee_line, is_date_line, is_doc_number_line, join_title, TITLE_GRAMMAR_RE
from ..unfold import CLASS_OPENING_RE
from .lines import wrapped


def number_and_addressees_under(lines: list[Line], end: int) -> bool:
    """GB/T 9704 7.2.4 and 7.3.2: under a title, its 发文字号 on a line of its
    own, then the 主送机关 (wrapped or not) ending in a colon. A sentence that
    runs on into a quoted title goes on with words, not with that frame, so a
    title framed so opens a document even after a line that stops mid-sentence
    (a text whose page or excerpt ends there). The 主送 names organs and
    opens on none of a title's words: a line under the number that opens as
    a 标题 by its grammar (发文机关 + 关于 or 印发, 7.3.1) is the title the
    number heads (7.2.4), over its own 主送, which the lines joined would
    read as one ('某区人民政府办公室关于印发…的通知' + '各镇政府…：'). A page that prints the 成文日期 under the
    number, alone on its line, before the 主送 (a database's head: '某政文[2018]105号' / '2018年9月30日' /
    '各县(市、区)人民政府,…:') frames the title the same way: the date alone is no sentence's words either
    (metadata.read_frame reads it there as the day the text was written)."""
    if end >= len(lines) or not is_doc_number_line(lines[end].text):
        return False
    k = end + 1
    if k < len(lines) and is_date_line(lines[k].text.strip()):
        k += 1  # the day alone under the number, over the 主送
    if k < len(lines) and TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", lines[k].text)) \
            and not is_addressee_line(lines[k].text):
        return False
    return addressees_from(lines, k) or _one_organ_addressed(lines, k) \
        or bool(CLASSED_NUMBER_END_RE.search(lines[end].text.strip()))


# One organ's name alone over its colon ('县房地产事务中心：'), the whole line.
ONE_ORGAN_ADDRESSED_RE = re.compile(rf"{ADDRESSEE_NAME}\s*[:：]")


def _one_organ_addressed(lines: list[Line], k: int) -> bool:
    """GB/T 9704 7.3.2: a 主送 may name one organ alone (a 函 or a 批复 to the
    body that wrote, '县房地产事务中心：'). In a body one name alone over its
    colon is a list's lead as often ('县林业局：' over its duties), so
    is_addressee_line reads it as no 主送; right under a 发文字号 on its own
    line, where no list's lead stands, it is the 主送 of the frame."""
    return k < len(lines) and bool(ONE_ORGAN_ADDRESSED_RE.fullmatch(re.sub(r"\s", "", lines[k].text)))


def addressees_open(lines: list[Line], k: int) -> bool:
    """GB/T 9704 7.3.2: a 主送 opens on line k, on 各 and an organ's name
    ('各区县(自治县)局、某新区规划' / '自然资源局，…：'), and reads on to its
    colon: no title opens so, though the wrap may end its first line on a
    name's kind word (规划)."""
    text = lines[k].text.lstrip()
    return bool(CLASS_OPENING_RE.match(text)) and bool(ORGAN_END_RE.search(re.split(r"[、，,：:]", text)[0])) \
        and addressees_from(lines, k)


def addressees_from(lines: list[Line], start: int, wrap: int = ADDRESSEE_WRAP) -> bool:
    """GB/T 9704 7.3.2: the 主送机关 from line start, on one line or wrapped
    over a few (wrap at most), ending in a colon."""
    return any(is_addressee_line(join_title([line.text for line in lines[start:stop]]))
               for stop in range(start + 1, min(len(lines), start + wrap) + 1))


# Lines a 主送 that lists many organs by their full names (GB/T 9704 7.3.2: '各县(市、区)住房和城乡建设局、上饶经济
# 技术开发区建设交通局、三清山风景名胜区…局、…、各有关单位:', sixty characters and more) may be wrapped over at a
# narrow measure, under the title it frames.
LONG_LIST_WRAP = 9


def long_addressees_from(lines: list[Line], start: int) -> bool:
    """Such a 主送 from line start, its lines no title's: a line that ends on a
    文种 or names a 关于 (the next document's title under a list's last row) is
    no piece of it, nor is one that holds a colon before the last (a list's
    lead, '二等奖：…')."""
    for stop in range(start + 1, min(len(lines), start + LONG_LIST_WRAP) + 1):
        text = lines[stop - 1].text.rstrip()
        if (kind := kind_of(text)) and text.endswith(kind) or ABOUT_RE.search(text) \
                or re.search(r"[:：]", text[:-1]):
            return False
        if is_addressee_line(join_title([line.text for line in lines[start:stop]])):
            return True
    return False


def addressees_head(lines: list[Line], j: int, taken: set[int], full_width: float) -> int:
    """The first line of the 主送 whose colon closes line j: GB/T 9704 7.3.2 carries a 主送 on down to its colon
    (回行时仍顶格), so the wrap may cut it over lines that each fill the measure, the first opening on 各 or on
    names listed ('各区（市、县）人民政府，市政府各工作' / '部门，市各直属机构，各有关单位，各人' / '民团体：'): read back
    over those full lines, up to ADDRESSEE_WRAP of them, to the highest that opens a 主送 read whole down to j
    (_addressees_wrapped); line j itself where none does."""
    head = j
    for k in range(j - 1, max(-1, j - ADDRESSEE_WRAP), -1):
        if k in taken or not wrapped(lines[k], full_width):
            break
        if _addressees_wrapped(lines, k, j, full_width):
            head = k
    return head


def addressees_tail(lines: list[Line], j: int, full_width: float) -> bool:
    """Line j closes a 主送 the wrap cut inside its last name, so that its own
    characters are no organ's words ('…市直及驻邓各单' / '位:'), perhaps with the
    comma that parts it from a last whole name ('…市各直属事业单' / '位,市管企业:'):
    GB/T 9704 7.3.2 carries the 主送 on down to its colon at the left margin, so
    the lines above it that fill the measure, back to the nearest that opens on
    各, are read with it; it is a 主送 when they are one together
    (_addressees_wrapped). A stop or a semicolon on the line is a sentence's,
    no 主送's. (Not addressees_head's walk, which also takes a first line of
    names listed and reads past a 各 line that frames nothing: that lost
    holdout257's 梁平 title in two columns and reversed at 22 columns.)"""
    if not re.search(r"[:：]$", lines[j].text.strip()) or re.search(r"[；。;]", lines[j].text):
        return False
    for k in range(j - 1, max(-1, j - ADDRESSEE_WRAP), -1):
        if not wrapped(lines[k], full_width):
            return False
        if lines[k].text.startswith("各"):
            return _addressees_wrapped(lines, k, j, full_width)
    return False


def _addressees_wrapped(lines: list[Line], k: int, j: int, full_width: float) -> bool:
    """Line k opens a 主送 addressed to classes of organs (GB/T 9704 7.3.2,
    '各…'), or one that lists its organs or places by name parted by 、
    (_names_listed: '浦东新区、宝山区、…、崇明' / '区海洋局,局属相关单位:'),
    filled to the measure, that the wrap carried on down to the line j its
    colon closes: a title opens with its 发文机关 or 关于, never with 各, and
    a 标题's joint 发文机关 go on into 关于, not into a colon."""
    return (lines[k].text.startswith("各") or _names_listed(lines[k].text) or _classes_listed(lines[k].text)) \
        and wrapped(lines[k], full_width) and is_addressee_line("".join(line.text for line in lines[k:j + 1]))


def _classes_listed(text: str) -> bool:
    """A line of a 主送 that names organs by their class (GB/T 9704 7.3.2: '各有关单位', '委各出资企业'),
    parted by 、, the wrap cutting the last class after its 各 ('机关各处(局)室、委各出资企业、各有关' / '单位:'):
    a name after a 、 that opens on 各 is a class of organs, which no title lists outside its 关于 phrase; no
    关于 and no 文种 at its end, as a wrapped title's first line has."""
    pieces = text.strip().split("、")
    return len(pieces) >= 2 and any(piece.startswith("各") for piece in pieces[1:]) \
        and not re.search(r"[，。；：,;:]", text) and not ABOUT_RE.search(text) and not kind_of(text.strip())


NAMES_LISTED = 3  # names parted by 、 on a 主送's first line, at the fewest, the wrap cutting the last


def _names_listed(text: str) -> bool:
    """A line of names parted by 、, each before the last a place's or an
    organ's whole name (ADDRESSEE_ITEM_RE), the last cut by the wrap; no 关于
    and no 文种 at its end, as a wrapped title's first line has."""
    pieces = text.strip().split("、")
    return len(pieces) >= NAMES_LISTED and all(ADDRESSEE_ITEM_RE.fullmatch(piece) for piece in pieces[:-1]) \
        and not ABOUT_RE.search(text) and not kind_of(text.strip())


def organs_only(text: str) -> bool:
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


def bare_addressees_wrapped(lines: list[Line], end: int) -> bool:
    """GB/T 9704 7.3.2: the 主送 under a title, its colon (and perhaps the
    marks between its names) lost by the page, wrapped over two lines: the
    two read as organ names do (frame.addressee_names), neither holds a
    colon, and the line under them opens the body on its purpose or ground
    ('为贯彻落实…', '根据…': frame.SENTENCE_OPENER_RE), as no name goes on."""
    if end + 2 >= len(lines) or any(lines[k].cells for k in range(end, end + 2)):
        return False
    first, second = lines[end].text, lines[end + 1].text
    return not re.search(r"[:：]", first + second) and addressee_names(join_title([first, second])) \
        and bool(SENTENCE_OPENER_RE.match(lines[end + 2].text.strip()))
