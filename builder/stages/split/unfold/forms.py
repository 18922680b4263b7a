"""How a title and its 发文字号 or serial read when a page sets them on one
line: in brackets, after a space, or cut inside the 文种 or the number by the
wrap; and a joint head whose organs a page parts by spaces.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, CLOSE_BRACKETS, DOC_NUMBER_RE, HAO, kind_of, kind_word_goes_on, NUMBERED_KINDS,
                            OPEN_BRACKETS, ORDER_NUMBER_RE, order_organ, ORGAN_END_RE, paren_frame, SERIES_NUMBER,
                            UNCODED_NUMBER)
from ....text.lines import CLAUSE_MARK_RE, ends_sentence
from ....text.numbering import LABEL_RE
from ....text.measure import MEASURE, paragraph_indent, printed_width
from ....text.script import either_script
from ..grammar import balanced, is_date_line, is_order_name, masthead_name, TITLE_GRAMMAR_RE


# A title with its 发文字号 in brackets on the same line, as web pages and some
# gazettes print it: "…拟征收土地启动公告(方征启公告﹝2022﹞4号)". The title may hold
# brackets of its own, each pair closed ("…河道疏浚工程(碧水工程)项目…的通知(扬府办发〔2003〕101号)")
# or, on a wrapped title's last lines, closing the pair its line above opened ("…工程(碧" / "水工程)项目…的通" /
# "知(扬府办发…)"): the frame is the last pair, at the line's end.
TITLE_WITH_NUMBER_RE = re.compile(r"^(?P<title>(?:[^（）()]*[）)])?(?:[^（）()]|[（(][^（）()]*[）)])*?)\s*"
                                  r"(?P<frame>[（(][^（）()]{4,60}[）)])$")


# A table's row opens on its serial, the text it names after it ('1关于…', '12 关于…'): no title opens so.
SERIAL_FIRST_RE = re.compile(either_script(r"^\d{1,3}\s*关于"))


# A 发文字号 that ends its line, no bracket around it.
LINE_END_NUMBER_RE = re.compile(rf"{DOC_NUMBER_RE.pattern}\s*$", re.X)


def _title_then_bare_number(text: str) -> Optional[re.Match]:
    """A web page's headline that sets the 发文字号 after the title with spaces
    between, no brackets, the spaces perhaps closed up in extraction ('关于召开
    …推进会议的通知  黔农园办发〔2016〕11号'): the title ends in its kind word
    (kind_of), the number's 代字 begins right after it and the number ends the
    line. A sentence that cites a text by title and number holds its
    punctuation, or runs on after the number; a list's item opens on its label."""
    if not text.rstrip().endswith(("号", "號")):
        return None  # (asked of every line: most end otherwise)
    number = LINE_END_NUMBER_RE.search(text)
    if not number or re.search(r"[，。；：,;:]", text[:number.start()]) or LABEL_RE.match(text):
        return None  # (a list's numbered item names a text and its number: '1.关于…的通知某政办发〔2016〕3号')
    numbered = kind_of(text[:number.end("prefix")])
    numbered = numbered if numbered in NUMBERED_KINDS else None
    # A 公告 numbered by year and serial alone ends on its kind: '…方案公告〔2023〕第2号' (TITLE_WITH_SERIAL_RE); but
    # a 公告's 代字 may end in its kind word too, the organ's short name before it ('…方案公告阳征补公告(2021)年25-4号',
    # '昌政征启公告〔2024〕05号'): then the title ends on that kind word and a 代字 of its own follows, ending on it.
    for end in range(number.end("prefix") - 1, number.start("prefix") - 1, -1):  # the longest title first: '…办法的通知'
        # ends on 通知, not on the 办法 it issues
        title = text[:end].rstrip()
        kind = kind_of(title)
        code = text[end:number.end("prefix")].strip()
        spaced = title != text[:end]  # the page's own space between the title and its number
        if numbered and not (code.endswith(numbered) and (kind == numbered and len(code) >= len(numbered) + 2
                                                          or spaced and kind in PUBLISHED_KINDS
                                                          and len(code) > len(numbered))):
            continue  # (after a space, a 通告's number may be coded by the organ's one-character short name and the
            # 公告 kind, '…的通告 潮公告[2020]1号': an organ codes what it publishes, 通告 or 公告, by one 代字)
        if kind and title.endswith(kind) and (not re.search(r"\s", title.strip()) or joint_title_spaced(title)) \
                and not SERIAL_FIRST_RE.match(title) and not _short_name_then_kind(title, kind):
            # (a table's row names a text and its number after its serial: '1 关于…的通知 达市府发〔2000〕65号')
            return _parted(text, title)
    return None


def _short_name_then_kind(title: str, kind: str) -> bool:
    """One character and a kind word, all the 'title' before a bare number's
    code ('青规划' of '青规划资源函〔2020〕19号'): the organ's short name by its
    place's one character that opens its 机关代字 (GB/T 9704 7.2.4), the kind
    word only the next characters of that 代字; no title, which names its 事由
    before its 文种 (7.3.1): the line is the number whole."""
    return len(title.strip()) <= len(kind) + 1


def _parted(text: str, title: str) -> re.Match:
    """The text read as the title it opens with and the frame after it (groups title and frame)."""
    return re.match(rf"^(?P<title>{re.escape(title)})\s*(?P<frame>{re.escape(text[len(title):].strip())})$", text)


def _spaced_head_organs(text: str) -> list[str]:
    """The organs' names a head parts by spaces before its title's 关于, each
    whole (GB/T 9704 7.2.1 and 7.3.1: the 发文机关 of a joint text named in
    full before 关于; the spaces are the page's): '某市中级人民法院 某市人民检察院
    关于…', or the last name run into 关于 as the title prints it, the page (or a
    scanner reading its space away) parting the others ('某市中级人民法院 某市人民
    检察院关于…'). Empty when no space parts the names, or a piece before 关于 is
    no organ's whole name (a table's row, a list's names), or the name run into
    关于 is two (a list's last name and the title's organ the wrap ran together,
    '…某市税务局' / '某市高新区管理委员会关于…')."""
    pieces = text.split()
    for k, piece in enumerate(pieces):
        about = ABOUT_RE.search(piece)
        if about:
            run_in = piece[:about.start()]
            organs = pieces[:k] + ([run_in] if run_in else [])
            return organs if k and all(masthead_name(organ) for organ in organs) and not any(
                masthead_name(run_in[:cut]) and masthead_name(run_in[cut:]) for cut in range(4, len(run_in) - 3)) else []
    return []


def joint_head_spaced(text: str) -> bool:
    """A line that opens on a joint head run in, two organs' names or more, each whole, parted by spaces before the
    title's 关于 ('某市中级人民法院 某市人民检察院 关于…', _spaced_head_organs): no sentence goes on so."""
    return len(_spaced_head_organs(text)) >= 2


def _run_in_organ_at_a_break(run: list[str]) -> bool:
    """The organ read as run into 关于 across the lines of run begins a line,
    or ends one over the line that opens on 关于: a row of names ends there
    over a title (a list's units, '…区体育局' / '关于…'), not a head the wrap
    cut inside a name."""
    joined = "".join(run)
    about = ABOUT_RE.search(joined)
    if not about:
        return False
    start = max((m.end() for m in re.finditer(r"\s", joined[:about.start()])), default=0)
    breaks = {sum(map(len, run[:k])) for k in range(1, len(run))}
    return start < about.start() and bool(breaks & {start, about.start()})


def joint_head_wrapped(lines: list[Line], i: int) -> bool:
    """A joint head run in (joint_head_spaced) that the wrap carried over two
    lines or three, cutting after an organ's name, inside one or inside 关于
    ('…某市人民检察院 某市公安局 关' / '于…'): a paragraph's first line, read with
    the lines under it, opening so. The line itself parts names by a space: a
    版头's organ alone over a title that opens on its own organ ('某某县人民政府'
    / '县人民政府关于…') is no run-in head."""
    if len(lines[i].text.split()) < 2:
        return False
    run = [lines[i].text] + [line.text for line in takewhile(lambda line: not line.starts_block, lines[i + 1:i + 3])]
    if joint_head_spaced("".join(run)) and not _run_in_organ_at_a_break(run):
        return True
    # Or the wrap cut between two names, a line's end their space ('… 某市人民检察院' / '某市公安局 关于…'). Right
    # before 关于 only where the 发文字号 runs on in the same paragraph: a row of names ending its line over a title
    # whole on its lines is a list's (a caption's units), and a head run in carries its number; so too right before
    # the organ a title runs into its 关于 ('…某市税务局' / '某市高新区管理委员会关于…'): that line opens a title whole.
    about = next((k for k, text in enumerate(run) if ABOUT_RE.search(text)), None)
    head = run[about].lstrip()[:ABOUT_RE.search(run[about].lstrip()).start()] if about else ""
    if about and joint_head_spaced(" ".join(run)) and (
            re.search(r"\s", head) or head and not masthead_name(head)
            or DOC_NUMBER_RE.search(" ".join(line.text for line in takewhile(
                lambda line: not line.starts_block, lines[i + 1:i + RUN_IN_LINES])))):
        return True
    # The wrap cut the last organ's name, its end run into 关于 under it ('… 某市公安' / '局关于…'; a scanner's
    # space after a lone character is read away): the name made whole again, then 关于.
    pieces = lines[i].text.split()
    about = ABOUT_RE.search(run[1]) if len(run) > 1 else None
    tail = run[1][:about.start()] if about else ""
    return bool(tail) and not re.search(r"\s", tail) and not masthead_name(pieces[-1]) \
        and joint_head_spaced(" ".join(pieces[:-1] + [pieces[-1] + tail, run[1][about.start():]]))


PUBLISHED_KINDS = ("通告", "公告")  # the kinds an organ publishes to all (GB/T 9704 and 条例 第八条), numbered alike


def joint_title_spaced(title: str) -> bool:
    """A joint title run into one line as a page sets its head, its pieces
    parted by spaces: the organs' names, each whole (GB/T 9704 7.2.1 and
    7.3.1: the 发文机关 of a joint text named in full before 关于), then the
    事由 from 关于 to the kind word, which the page's line breaks may part
    ('某市中级人民法院 某市人民检察院 关于…感染的 …的通告'; _spaced_head_organs). A
    table's row or a list's names parted by spaces opens on no such run of organs."""
    return bool(_spaced_head_organs(title))


# A 通告's or 令's serial printed after its title on the same line, the space
# between them perhaps lost: "…的通告 2022(20)号", "…公告第3号", and the year in
# brackets before it with no organ code, as under the title: "…预公告〔2021〕第25号".
TITLE_WITH_SERIAL_RE = re.compile(rf"""^(?P<title>[^，。；：,;:]*?)\s*(?P<frame>
    (?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*{HAO} | \d{{4}}\s*[{OPEN_BRACKETS}]\s*\d{{1,4}}\s*[{CLOSE_BRACKETS}]\s*{HAO}
    | {UNCODED_NUMBER})$""", re.X)


# wrap cut off: "号", "(20)号", "第3-1号" (one notice of batch 3, frame.UNCODED_NUMBER)


def kind_end_and_serial(text: str, above: Optional[str] = None) -> bool:
    """The last character or two of a title's kind word the wrap cut off,
    with the serial or the bracketed number after it: "…的通" / "告 2022(20)号",
    "…的决" / "定(XX省人民政府令第148号)". Not under a line that already ends
    on its whole kind word ('…的启动公告'), unless the characters make a longer
    kind word of it ('…决定' / '书'): a 发文字号's 代字 may be one or two
    characters, a kind word too (GB/T 9704 7.2.4: 代字, 年份, 序号), so the
    line under a whole title ('公告〔2021〕29号') is its number whole."""
    tail = TITLE_WITH_SERIAL_RE.match(text) or (KIND_END_RE.match(text) and title_with_number(text))
    if not tail and KIND_END_RE.match(text) and (serial := SERIAL_RUN_ON_RE.match(text)) \
            and _about_title_then_serial((above or "").strip() + text.strip()):
        tail = serial  # (a 公告's bracketed serial after a title of 关于: '…的公' / '告(2022年第31号)')
    if not (bool(tail) and re.fullmatch(r"[\u4e00-\u9fa5]{1,2}", tail.group("title")) is not None):
        return False
    head = (above or "").strip()
    return not (head and kind_of(head) and not kind_word_goes_on(head, text.lstrip()))


def kind_end_and_number(above: Line, text: str, full_width: float) -> bool:
    """The last character of a title's kind word the wrap cut off, the bare
    发文字号 a headline sets after the title run on after it: "…的行政复议决定" /
    "书某复〔2022〕13号" (a 决定书, not a 决定 under a number whose 代字 opens on
    书). Only under a line the wrap filled: a title whole on its line may
    stand over a number whose 代字 so opens."""
    filled = (printed_width(above) + paragraph_indent(above)) / full_width if full_width else 0.0
    if filled < MEASURE.fills:
        return False
    match = _title_then_bare_number(above.text.rstrip() + text.strip())
    # (or the wrap cut the number's 代字 after the whole title: '…方案公告某征' / '补公告〔2022〕12号')
    # (or the wrap cut the kind word itself, the title ending in no kind on its line: '…的通' / '知市府办发〔2010〕150号')
    head = above.text.rstrip()
    return match is not None and (kind_word_goes_on(head, text.lstrip())
                                  or len(match.group("title")) < len(head)
                                  or not kind_of(head) and 0 < len(match.group("title")) - len(head) <= 2)


KIND_END_RE = re.compile(r"^[\u4e00-\u9fa5]{1,2}\s*[（(]")  # "定(": asked first, every line is


# A 公告's or 通告's serial in brackets run onto the line of its title, as a page heads it: '…的公告(2022年第31号)'.
SERIAL_RUN_ON_RE = re.compile(rf"""^(?P<title>.+?)\s*(?P<frame>[（(]\s*(?:\d{{4}}\s*年\s*)?{SERIES_NUMBER}\s*[）)])$""")


@lru_cache(maxsize=1 << 14)  # asked of each line by the unfolding and by _aside_cut_over under it
def title_with_number(text: str) -> Optional[re.Match]:
    """A title line that carries its document's number at its end: a
    发文字号 in brackets, or the serial a numbered kind (通告, 令) prints; a
    令's serial in brackets ('中华人民共和国主席令（九届第37号）'), which GB/T
    9704 (10.2) prints under its 发文机关标志. (A 公告 keeps its bracketed
    serial in its title: '…公告（第7号）'; a 令 or a 公告 titled by its 标志
    alone its number whole, the year in brackets after it: '政府令〔2010〕第15号',
    '中国人民银行公告〔2006〕第3号'.)"""
    match = TITLE_WITH_NUMBER_RE.match(text) if text.endswith((")", "）", ")\n", "）\n")) else None  # (it closes on its
    # bracket: most lines do not, and the pattern reads the whole line to learn so)
    frame = paren_frame(match.group("frame")) if match else None
    if frame and frame[1] or match and order_organ(match.group("title")) and ORDER_NUMBER_RE.match(match.group("frame")):
        return match
    if match := _title_then_bare_number(text):
        return match  # a 发文字号 after the kind word, no brackets: '…推进会议的通知  黔农园办发〔2016〕11号'
    if match := _about_title_then_serial(text):
        return match
    match = TITLE_WITH_SERIAL_RE.match(text)
    if match and _coded_after_kind(match.group("title")):
        return _parted(text, match.group("title").rstrip().rpartition(" ")[0])
    kind = kind_of(match.group("title")) if match else None
    # (a 令 named by the measure it orders, its 事由, '森林防火禁火令〔2021〕第2号', is no 标志: its number is its own)
    return match if kind in NUMBERED_KINDS and not ((kind == "令" and order_organ(match.group("title"))
                                                     or is_order_name(match.group("title")))
                                                    and match.group("year_first")) else None


def _about_title_then_serial(text: str) -> Optional[re.Match]:
    """A published kind's serial in brackets after a title of 关于 and its
    事由 that ends on that kind word ('…关于划定…的公告(2022年第31号)'): GB/T
    9704 (7.2.4, 10.2) prints the serial under the title, so the serial is
    the number and the title ends on its kind. A title of the organ alone
    keeps its serial in it, as its 版头 is cited ('…常务委员会公告（第7号）',
    SERIAL_NOTICE_RE), and so does any title without 关于. Only a title by its
    grammar (TITLE_GRAMMAR_RE: 发文机关, 关于, 事由): a sentence citing a
    通告 and its serial ('…依据…《关于…的通知》精神及…指挥部通告(第4号)') is none."""
    match = SERIAL_RUN_ON_RE.match(text) if text.rstrip().endswith((")", "）")) else None
    title = match.group("title") if match else ""
    kind = kind_of(title)
    return match if kind in PUBLISHED_KINDS and title.endswith(kind) and ABOUT_RE.search(title) \
        and TITLE_GRAMMAR_RE.match(title) and balanced(title) else None


def serial_after_wrapped_title(out: list[Line], line: Line) -> Optional[re.Match]:
    """The last line of a title of 关于 the wrap carried over two lines or
    three, the serial in brackets run on after its kind word ('某某县关于划定
    …区域' / '的公告(2022年第31号)'): that line's title piece and serial, where
    the lines above it, none opening a paragraph but the first, read with it as
    such a title (_about_title_then_serial) from the first, which opens its
    paragraph, and hold no sentence's mark."""
    serial = SERIAL_RUN_ON_RE.match(line.text.strip()) if line.text.rstrip().endswith((")", "）")) else None
    if not serial or line.starts_block or not kind_of(serial.group("title")):
        return None
    for k in range(len(out) - 1, max(len(out) - TITLE_PIECE_LINES, 0) - 1, -1):
        head = "".join(above.text.strip() for above in out[k:])
        if CLAUSE_MARK_RE.search(head):
            return None
        opens = out[k].starts_block or k == 0 or ends_sentence(out[k - 1].text) or is_date_line(out[k - 1].text)
        if opens and _about_title_then_serial(head + line.text.strip()):
            return serial  # (the title's first line opens its paragraph: a block's, or under a finished one)
        if out[k].starts_block:
            return None
    return None


def _coded_after_kind(title: str) -> bool:
    """A title's whole kind word, the page's space, then a 代字 that ends as
    a kind word does ('…的通告 某公告' over '[2020]1号'): the code of the number
    run on after the title (GB/T 9704 7.2.4; an organ codes what it
    publishes, 通告 or 公告, by one 代字), not a title of its 标志 and serial:
    the number is the code and the serial together."""
    head, _, code = title.rstrip().rpartition(" ")
    kind = kind_of(head)
    return bool(kind) and head.endswith(kind) and re.fullmatch(r"[\u4e00-\u9fa5]{1,11}", code) is not None \
        and kind_of(code) is not None and not kind_word_goes_on(head, code)


TITLE_PIECE_LINES = 2  # lines under a 版头's line that may hold the rest of the title the wrap cut


def coded_by_kind(text: str, kind: str) -> bool:
    """The line is a whole 发文字号 whose 代字 ends in the kind word, the
    organ's short name before it ('某征补公告〔2022〕12号', '昌政征启公告〔2024〕
    05号'), as a county numbers its 公告 of one 征地 batch: under a title that
    ends in that kind, the number, not a 公告 titled by its 标志 and serial
    (an organ's full name before the kind: '某某县人民政府公告〔2022〕第3号'). The 代字 may be the kind word
    alone ('公告〔2021〕29号'): a 公告 titled by its 标志 names its organ (GB/T 9704 10.1), and a bare kind word
    under a whole title of that kind is no title of its own."""
    number = DOC_NUMBER_RE.fullmatch(text.strip())
    code = number.group("prefix") if number else ""
    kinds = PUBLISHED_KINDS if kind in PUBLISHED_KINDS else (kind,)  # (an organ codes its 通告 and 公告 alike:
    # '潮公告[2020]1号' under a 通告's title)
    return any(code.endswith(k) and not ORGAN_END_RE.search(code[:-len(k)]) for k in kinds)


RUN_IN_LINES = 18  # a title at its longest and a 主送's first lines, at the narrowest measure
