"""Lines a web page or an extractor ran together, set out again as print sets
them: a title and its 发文字号 or serial on one line, a speech's title and its
occasion, a 令's heading and the title it promulgates, a signature and its
date, a bracketed frame and the text after it. Runs first, so that the
grammar after it sees one element of the frame to a line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace
from itertools import takewhile
from typing import Callable, Optional, Sequence

from ...model import Line
from ...text.frame import (ADDRESSEE_CLASS_RE, from_its_place, unsealed, HOTLINE_FIGURES, HOTLINE_NUMBER, CLASSED_NUMBER_END_RE, PLACE_YEAR_TITLE_RE, YEAR_TITLE_RE, CONTACT_LINE_RE, ABOUT_RE, SIGNED_KINDS, ATTACHED_FILE, FILE_NAME_END_RE, ADDRESSEE_PLACE, AUDIENCE, DATE_NOTE_RUN_IN_RE, SIGNED_DATE_NOTE_RUN_IN_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE,
                           ANNEX_MARK_RE, CLOSE_BRACKETS, CLOSING_FORMULA_RE, DAMAGED_NUMBER_RE, DOCUMENT_KINDS,
                           DASHES, DATE_LINE_RE, DATE_RE, DOC_NUMBER_RE, HAO, HEAD_MARK_RE, HEAD_POST_RE, ISSUER_MARK_RE, KIND_RE, KINDS, kind_word_goes_on,
                           NUMBERED_KINDS, OCCASION_RE, OPEN_BRACKETS, ORDER_NUMBER_RE, ORGAN_END_RE, ORGAN_START_RE,
                           PAGE_ALONE_RE,
                           CONTACT_NUMBERS, PRINTED_TAIL_RE, SESSION, SIGNER_POST_RE, SPEAKER_RE, UNCODED_NUMBER, YEAR_FIRST_NUMBER_RE,
                           addressee_names, kind_of, order_organ, paren_frame, posted_number, serial_notice_number,
                           whole_adoption_note, without_greeting, ORGAN_ENDING, SERIES_NUMBER)
from ...text.lines import CLAUSE_MARK_RE, SENTENCE_MARK_RE, bracket_depth, ends_sentence, squash, width
from ...text.numbering import DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE, cited, label_at, scheme_of
from ...text.numerals import cn_to_int
from ...text.measure import MEASURE, paragraph_indent, printed_width
from ...text.script import either_script
from ..masthead import closes_toc_entry, ends_on_page
from .grammar import (RULE_KINDS, PASSING_TITLE_RE, ADDRESSEE_WORDS, annex_name_turns, ACKNOWLEDGED_RE, ADDRESSEE_RE, ADDRESSEE_WRAP, LETTER_OPENING_RE, LETTER_SALUTATION_MAX, REPORTED_LEAD_RE, ANNEX_HEAD_RE, ANNEX_RUN_IN_RE, CITING_OPENER_RE, ISSUING_WORD_RE,
                      ORGAN_TITLE_RE, REPLY_OPENING_RE, TITLE_CHARS, TITLE_GRAMMAR_RE, TITLE_LINES, balanced, figured, flows_on,
                      is_addressee_line, is_date_line, is_doc_number_line, is_order_name, join_title, masthead_name, organ_alone,
                      organ_names, organs_by_name, NOTE_LINES, NUMBER_CLOSED_NAME_RE, MARK_RUN_ON_RE, PASSING_ON_RE)

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
        if kind and title.endswith(kind) and (not re.search(r"\s", title.strip()) or _joint_title_spaced(title)) \
                and not SERIAL_FIRST_RE.match(title):
            # (a table's row names a text and its number after its serial: '1 关于…的通知 达市府发〔2000〕65号')
            return _parted(text, title)
    return None


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


def _joint_title_spaced(title: str) -> bool:
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
SERIAL_TAIL_RE = re.compile(rf"^[\d\s年第{OPEN_BRACKETS}{CLOSE_BRACKETS}]*(?:\d[-－]\d{{1,3}})?{HAO}$")  # a serial's end the
# wrap cut off: "号", "(20)号", "第3-1号" (one notice of batch 3, frame.UNCODED_NUMBER)


def _kind_end_and_serial(text: str, above: Optional[str] = None) -> bool:
    """The last character or two of a title's kind word the wrap cut off,
    with the serial or the bracketed number after it: "…的通" / "告 2022(20)号",
    "…的决" / "定(XX省人民政府令第148号)". Not under a line that already ends
    on its whole kind word ('…的启动公告'), unless the characters make a longer
    kind word of it ('…决定' / '书'): a 发文字号's 代字 may be one or two
    characters, a kind word too (GB/T 9704 7.2.4: 代字, 年份, 序号), so the
    line under a whole title ('公告〔2021〕29号') is its number whole."""
    tail = TITLE_WITH_SERIAL_RE.match(text) or (KIND_END_RE.match(text) and _title_with_number(text))
    if not tail and KIND_END_RE.match(text) and (serial := SERIAL_RUN_ON_RE.match(text)) \
            and _about_title_then_serial((above or "").strip() + text.strip()):
        tail = serial  # (a 公告's bracketed serial after a title of 关于: '…的公' / '告(2022年第31号)')
    if not (bool(tail) and re.fullmatch(r"[\u4e00-\u9fa5]{1,2}", tail.group("title")) is not None):
        return False
    head = (above or "").strip()
    return not (head and kind_of(head) and not kind_word_goes_on(head, text.lstrip()))


def _kind_end_and_number(above: Line, text: str, full_width: float) -> bool:
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
def _title_with_number(text: str) -> Optional[re.Match]:
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


def _serial_after_wrapped_title(out: list[Line], line: Line) -> Optional[re.Match]:
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
TITLE_PIECE_LINES = 2  # lines under a 版头's line that may hold the rest of the title the wrap cut
# A 发文字号 in its brackets at the head of the line, the title run on after it with no space: a reposting site's
# headline ('(某政发〔2016〕21号)区人民政府关于印发…的通知').
BRACKETED_NUMBER_THEN_TITLE_RE = re.compile(rf"""^(?P<frame>[（(]\s*(?:{DOC_NUMBER_RE.pattern})\s*[）)])
    (?P<title>[^\s，。；：,;:（(].*)$""", re.X)


# A 发文字号 at the head of its line, words run on after it: '卫国土资发〔2012〕313号中宁、海原县国土资源局、…:'.
NUMBER_RUN_ON_RE = re.compile(rf"^\s*(?P<number>{DOC_NUMBER_RE.pattern})\s*(?P<rest>(?!{HAO})[\u4e00-\u9fa5（(].*)$", re.X)
# (no 主送 and no title opens on 号: a 号 right after the number's is its own mark printed twice, '…4号号',
# grammar.HAO_AGAIN)


# A listing page's entry, its headline run into its text: the title, a comma, then the 发文字号 and the 主送
# after it, parted by spaces ("…等职务任免的通知,   鄂府任字〔2024〕4号   各旗区人民政府,…单位:   根据…").
LISTED_ENTRY_RE = re.compile(rf"""^(?P<title>[^，。；：,;:\s][^，。；：,;:]{{3,120}}?)\s*[，,]\s*
    (?P<number>{DOC_NUMBER_RE.pattern})\s*(?P<rest>\S.*)$""", re.X)
LISTED_ENTRY_WRAP = 6  # lines a listed entry's title and number may be wrapped over at the narrowest measure


def _listed_entries(lines: list[Line]) -> list[Line]:
    """A listing page (a portal's list of its documents) prints each entry's
    text as one paragraph that opens with the title, a comma and the
    发文字号, the 主送 and the body run on after it. GB/T 9704 sets them
    each on a line of its own (7.2.4, 7.3.1, 7.3.2): given back that form,
    the title, the number under it, the 主送 and the text from the next
    line. Only where the title ends in its kind word by its own grammar
    (an issuer and 关于 or 印发, or 关于 at its head: the shortest run of the
    lines above the number that reads so) and what follows the number up to
    its first colon is a 主送: a sentence that cites a notice and its number
    ('…的通知,X发〔2024〕4号文件要求') runs on into no list of organs."""
    out: list[Line] = []
    k = plain = 0  # out holds lines[plain:k] one for one at its end
    while k < len(lines):
        line = lines[k]
        if not ("〕" in line.text or "]" in line.text or "］" in line.text) or not re.search(r"[，,]", line.text):
            out.append(line)  # (asked of every line: the number's closing bracket and the comma before it first)
            k += 1
            continue
        found = None
        for i in range(k, max(plain - 1, k - LISTED_ENTRY_WRAP), -1):
            text = "".join(lines[j].text for j in range(i, k + 1))
            match = LISTED_ENTRY_RE.match(text)
            if not match or match.end("number") < len(text) - len(line.text):
                continue
            title = re.sub(r"\s", "", match.group("title"))  # (read through a scanner's spaces)
            kind = kind_of(title)
            if kind and title.endswith(kind) and TITLE_GRAMMAR_RE.match(title) and not LABEL_RE.match(title) \
                    and not CITING_OPENER_RE.match(title):
                found = i, match
                break
            if i < k and re.search(r"[，。；：,;:]", lines[i].text):
                break
        if not found:
            out.append(line)
            k += 1
            continue
        i, match = found
        rest, after = match.group("rest").strip(), k + 1
        following = rest + "".join(lines[j].text for j in range(after, min(after + ADDRESSEE_WRAP, len(lines))))
        colon = re.search(r"[:：]", following)
        if not colon or not is_addressee_line(following[:colon.end()]) \
                or not (following.startswith("各") or ORGAN_START_RE.match(following)):
            # (a 主送 names organs, a class of them by 各, or places: '要求各乡镇…:' is a sentence's lead)
            out.append(line)
            k += 1
            continue
        del out[len(out) - (k - i):]
        out += [replace(lines[i], text=match.group("title")),
                replace(line, text=match.group("number").strip(), starts_block=False, heading_mark=False)]
        if not ends_sentence(rest) and not ENDS_ON_DATE_RE.search(rest) and after < len(lines) \
                and not lines[after].starts_block:
            out.append(replace(lines[after], text=rest + lines[after].text, starts_block=True, heading_mark=False))
            k = plain = after + 1  # the rest of a wrapped line goes on in the next: they stay one line (not after
            # the 成文日期 that closes the entry's text, its signature and date run in: the next line is another's)
        else:
            out.append(replace(line, text=rest, starts_block=True, heading_mark=False))
            k = plain = after
    return out


def _numbers_then_addressees(lines: list[Line]) -> list[Line]:
    """GB/T 9704 prints the 发文字号 on its line under the 版头 (7.2.4) and the
    主送机关 on its own under the title (7.3.2); a page that lost the break
    between them runs the 主送 on after the number ('…313号中宁、海原县国土资源
    局、…单位:'). Given back that form, the number on its line and the 主送 on
    the next, the lines the wrap carried it on to joined to it, where what runs
    on after the number is a 主送 ending in its colon (grammar.is_addressee_line):
    a sentence that opens on a cited number ('…〔2012〕3号文件要求，…') ends in
    no such list. A portal that ran the frame together with spaces between its
    pieces ('泰政发〔2021〕102号 各乡镇人民政府,县各有关单位: 《…》已经…') sets the
    number, the 主送 to its colon and the body on one line: the same, the
    number's space standing for the wrap. A file run into one line runs the title on after the number
    first, the 主送 after it (_unspaced_frame_run_in): number, title, 主送 and
    body each given back a line."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        match = NUMBER_RUN_ON_RE.match(line.text)
        rest, k = (match.group("rest").strip() if match else ""), n + 1
        while match and not re.search(r"[:：]", rest) and k < min(n + ADDRESSEE_WRAP, len(lines)):
            rest, k = rest + lines[k].text.strip(), k + 1
        colon = re.search(r"[:：]", rest) if match else None
        above = out[-1].text.strip() if out else ""
        whole_above = bool(match) and (not above or ends_sentence(above)  # (read only under a number run on)
                                       or bool((kind := kind_of(above)) and above.endswith(kind))
                                       or _kind_cut_above(out))
        frame = _unspaced_frame_run_in(rest) if colon and whole_above and match.end("number") == match.start("rest") \
            and not any(below.starts_block or below.after_page_break for below in lines[n + 1:k]) else None
        if not frame and match and match.end("number") == match.start("rest"):
            # (asked under any line, also one an excerpt the store cut ends: no sentence that runs on into a
            # cited number goes on with a whole title, a 主送's names and a date after them)
            digest, end = _digest_frame(lines, n, match.group("rest").strip())
            frame, k = (digest, end) if digest else (frame, k)
        if frame:  # the title run on after the number with no space, the 主送 after it (a file run into one line, a
            # page's break or a block of its own in it none): number, title, 主送 and body each a line
            out += [replace(line, text=match.group("number").strip(), cells=None, runs=None)] + [
                replace(line, text=text, starts_block=False, heading_mark=False, cells=None, runs=None)
                for text in frame if text]
            n = k
        elif colon and colon.end() < len(rest) and is_addressee_line(rest[:colon.end()]) \
                and whole_above and not ABOUT_RE.search(rest[:colon.start()]):  # (no title run on before the 主送)  # (not the title's last characters the wrap set before the number: '…的通' / '知某…')
            # (the wrap carried the 主送 on to another line, or the page's space parts it from the number on one)
            # the 主送's colon inside the last line the wrap carried it on to, the body run on after it (a page
            # that ran the whole notice into one paragraph): the 主送 and that run-on line, which the body's
            # own step parts (_addressees_then_run_on_body)
            out += [replace(line, text=match.group("number").strip(), cells=None, runs=None),
                    replace(line, text=rest, starts_block=False, heading_mark=False, cells=None, runs=None)]
            n = k  # (the spaces the page parted its pieces with are no table's column gaps)
        elif match and rest.endswith((":", "：")) and is_addressee_line(rest):
            out += [replace(line, text=match.group("number").strip()),
                    replace(line, text=rest, starts_block=False, heading_mark=False)]
            n = k
        elif match and match.end("number") < match.start("rest") and PAGE_FIELD_RE.match(match.group("rest")) \
                and whole_above:
            # a page's fields set after the number, parted by a space ('黑政發〔2020〕2號 制定機關:…'): the number
            # on its line, the fields on the next
            out += [replace(line, text=match.group("number").strip(), cells=None, runs=None),
                    replace(line, text=match.group("rest").strip(), starts_block=False, heading_mark=False,
                            cells=None, runs=None)]
            n += 1
        else:
            out.append(line)
            n += 1
    return out


def _kind_cut_above(out: list[Line]) -> bool:
    """The title over the number ends on its 文种, which the wrap cut: the
    line above is the kind word's last characters alone ('…有关问题的通' /
    '知', GB/T 9704 7.3.1: a title may be wrapped anywhere), so the title is
    whole, as one that ends its line on the kind word is; the line before
    that piece holds no sentence's punctuation, as a title's does not."""
    if len(out) < 2:
        return False
    tail, line = out[-1].text.strip(), out[-2].text.strip()
    kind = kind_of(line + tail)
    return bool(kind) and 0 < len(tail) < len(kind) and (line + tail).endswith(kind) \
        and not re.search(r"[，,。；;：:！？!?]", line)  # (a sentence's line, '…，将情况及时通' / '报', is no title's)


# The fields a law library or a disclosure page sets after a text's 发文字号: the organ that made it and its days.
PAGE_FIELD_RE = re.compile(either_script(r"(?:(?:制定|发布|发文|公布)机关|(?:成文|发布|发文|公布|施行|生效)日期)\s*[:：]"))


def _cut_mid_sentence(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k goes on a sentence the wrap cut on the line above, which fills
    the measure, ends no sentence and is no title's line: a number at its head
    is one that sentence cites ('…人民政府作出的茶' / '政处决字〔2021〕2号关于…处理'),
    no 发文字号 over a title."""
    if k == 0 or not full_width or lines[k].starts_block:
        return False  # (a paragraph's first line goes on no sentence)
    above = lines[k - 1]
    filled = (printed_width(above) + paragraph_indent(above)) / full_width
    return filled >= MEASURE.fills and not ends_sentence(above.text) and kind_of(above.text) is None \
        and not is_doc_number_line(above.text) and not is_date_line(above.text) and not closes_toc_entry(above.text)


def _number_then_title(line: Line, below: Sequence[Line] = (), full_width: float = 0.0) -> list[Line]:
    """GB/T 9704 prints the 发文字号 in the 版头, above the title: a line that
    begins with one, then a space and words with no sentence punctuation
    (a title, or its first piece a narrow measure cut off), is given back
    that form, the number on a line of its own above the title. The wrap
    measured the title's piece with the number before it (Line.annotated):
    a piece that filled the line goes on below, though cut inside a name.
    A title run on after the 号 with no space opens on its organ by its
    place's name and ends on its kind word, on this line or, the line filled,
    on one of the lines below (the rest of the title, no sentence in it)."""
    if bracketed := _bracketed_number_then_title(line, below, full_width):
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


def _bracketed_number_then_title(line: Line, below: Sequence[Line] = (), full_width: float = 0.0) -> list[Line]:
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


def _spaced_number_then_whole_title(line: Line, below: Sequence[Line], full_width: float) -> list[Line]:
    """A page's 版头 line under a sentence the store cut (_cut_mid_sentence): the 发文字号, a space, then a 标题
    whole by its grammar (_whole_title: 发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.2.4 and 7.3.1) that ends the line,
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
        if _whole_title(text):
            break
        if not filled or taken == TITLE_PIECE_LINES or taken == len(rest) or rest[taken].starts_block \
                or CLAUSE_MARK_RE.search(rest[taken].text):
            return []
        text += rest[taken].text.strip()
    else:
        return []
    if taken == len(rest) or CITED_NAME_GOES_ON_RE.match(rest[taken].text.strip()):
        return []
    return [replace(line, text=match.group("frame")),
            replace(line, text=match.group("title").strip(), starts_block=False, heading_mark=False,
                    annotated=line.annotated + width(line.text[:match.start("title")]))]


def _bracketed_number_title(piece: str, line: Line, below: Sequence[Line], full_width: float) -> bool:
    """The words after a 发文字号 set in its brackets at the head of a line are a title (GB/T 9704 7.3.1: 发文机关 +
    关于 + 事由 + 文种, the organ perhaps by its level alone, '区人民政府关于…') when they are whole by that grammar:
    a 关于 or an issuing verb, a kind word at their end, brackets balanced, no sentence's punctuation. A sentence
    that opens on a cited number ('(某政发〔2016〕21号)文件要求，…') goes on with words, not with a title's grammar.
    The line filled, the title may end on a line under it (_organ_title_ends), no sentence in them."""
    if CLAUSE_MARK_RE.search(piece):
        return False
    if _whole_title(piece):
        return True
    if not full_width or (printed_width(line) + paragraph_indent(line)) / full_width < MEASURE.fills:
        return False
    text = piece
    for nxt in below[:TITLE_PIECE_LINES + 1]:
        if nxt.starts_block or CLAUSE_MARK_RE.search(nxt.text):
            return False
        text += nxt.text.strip()
        if _whole_title(text):
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


def _date_then_note_run_in(line: Line) -> list[Line]:
    """The close run on after the body's last sentence, the date then its
    附注 (DATE_NOTE_RUN_IN_RE), or the signing organ, the date and the 附注
    (SIGNED_DATE_NOTE_RUN_IN_RE, GB/T 9704 7.3.5-7.3.6), the 附件说明 perhaps
    before the organ (7.3.4), given back its form: the body, the 附件说明, the
    signature, the date and the note each a line, and what the line holds
    after them on the next."""
    match = DATE_NOTE_RUN_IN_RE.match(line.text)
    groups: tuple[str, ...] = ("date", "note", "rest")
    if not match:
        # the signing organ run in before the date (SIGNED_DATE_NOTE_RUN_IN_RE): its line of its own too
        match = SIGNED_DATE_NOTE_RUN_IN_RE.match(line.text)
        if not match or not _signed_close(match):
            return [line]
        groups = ("annex", "signature") + groups  # (the 附件说明 between the stop and the organ, if any)
    return [replace(line, text=match.group("body"))] + [
        replace(line, text=match.group(group).strip(), starts_block=False, heading_mark=False)
        for group in groups if (match.group(group) or "").strip()]


def _signed_close(match: re.Match) -> bool:
    """The words SIGNED_DATE_NOTE_RUN_IN_RE reads as the signature end as an
    organ's name ends; after a run-in 附件说明 they begin as a name begins
    too (ORGAN_START_RE), so no tail of the annex's name ('…》主要目标任务
    分解方案' run into '徐州市人民政府') is taken for the organ's."""
    signature = match.group("signature")
    return bool(organ_names(signature)) and (not match.group("annex") or bool(ORGAN_START_RE.match(signature)))


CLOSE_WRAP_LINES = 8  # lines under the one its last sentence ends on that a narrow measure wraps such a close over
# (the 附件说明 run in before the signature, an annex's long name and its number, takes five more at 18 columns)


def _wrapped_signed_close(lines: list[Line]) -> list[Line]:
    """The close SIGNED_DATE_NOTE_RUN_IN_RE reads (the body's last sentence,
    the signing organ, the 成文日期, the 附注 in brackets) that a measure
    wrapped over the lines under the stop ('…研究院。某某省某某委员' / '会2017年
    7月21日（此件主动' / '公开）') is one line again, the body's last line
    with the close, so _date_then_note_run_in sets it out as GB/T 9704 7.3.5
    -7.3.6 prints it: only when the stop stands on the first of them and the
    lines joined end on the note, nothing after it."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        joined = None
        stop = re.search(r"[。！？]", line.text)  # (the body's last sentence ends on this line, or no close is read)
        text = line.text.rstrip()
        for k in range(n + 1, min(n + 1 + CLOSE_WRAP_LINES, len(lines)) if stop else n + 1):
            if lines[k].starts_block:
                break
            text += lines[k].text.strip()  # (lines n to k, joined)
            match = SIGNED_DATE_NOTE_RUN_IN_RE.match(text) if "此件" in text else None  # (the note the close ends on)
            if match and not match.group("rest").strip() and len(match.group("body")) <= len(line.text.rstrip()) \
                    and _signed_close(match) and (not match.group("annex") or match.start("annex") < len(line.text.rstrip())):
                # (an 附件说明 opening a line of its own under the stop is set out already, no run-in close)
                joined = (k, text)
                break
        if joined is None and n + 1 < len(lines) and not lines[n + 1].starts_block \
                and (_signed_date_cut(line.text, lines[n + 1].text) or _contact_label_cut(line.text, lines[n + 1].text)):
            joined = (n + 1, line.text.rstrip() + lines[n + 1].text.strip())
        if joined:
            out.append(replace(line, text=joined[1]))
            n = joined[0] + 1
        else:
            out.append(line)
            n += 1
    return out


# An organ's name, then the head of the 成文日期 the wrap cut ('某某市市场监督管理局 2020年12月7'): figures, 年, 月,
# in Arabic figures or in Chinese numerals ('…科技局   二○一○年九月二十' / '五日'). Joint issuers each sign (GB/T 9704
# 7.3.5.2), side by side on one line as a page sets them, parted by spaces ('某某市水务局 某某市教育局 2021年4月22'):
# up to four names (organ_names reads each).
_YEAR_HEAD, _MONTH_OR_DAY_HEAD = r"(?:\d{1,4}|[〇○零一二三四五六七八九]{1,4})", r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
SIGNED_DATE_HEAD_RE = re.compile(rf"^(?P<name>[\u4e00-\u9fa5（）()]{{2,40}}?(?:\s+[\u4e00-\u9fa5（）()]{{2,40}}?){{0,3}})\s*(?P<date>{_YEAR_HEAD}(?:\s*年(?:\s*"
                                 rf"{_MONTH_OR_DAY_HEAD}(?:\s*月(?:\s*{_MONTH_OR_DAY_HEAD})?)?)?)?)$")
# A contact's label and colon, the 附注 (GB/T 9704 7.3.6) a page may run on after the 成文日期: a field that opens with
# 联系, 经办人 or 承办人 (frame.CONTACT_LINE_RE), or a 电话, 传真 or 邮箱 label.
CONTACT_LABEL = CONTACT_LINE_RE.pattern.removeprefix("^") + "|" + either_script(r"(?:电\s*话|传\s*真|邮\s*箱)\s*[:：]")
# The 附注's round bracket (GB/T 9704 7.3.6), opened before a contact's label run on after the date.
CONTACT_NOTE_OPEN = r"(?:[（(]\s*)?"
# The rest of the date under it, then a contact the page ran on after the date (SIGNED_DATE_CONTACT_RE).
DATE_REST_THEN_CONTACT_RE = re.compile(rf"^(?P<rest>\S*?)\s*{CONTACT_NOTE_OPEN}(?:{CONTACT_LABEL})")


def _contact_label_cut(text: str, below: str) -> bool:
    """The close set side by side on one line (SIGNED_DATE_CONTACT_RE), the
    wrap cutting the contact's label after the date ('某某市科技局   二○一○年
    九月二十五日   联系' / '人:张某…'): the line is given its label's rest back,
    so the organ, the date and the contact are set out each on a line. Only
    where the line alone is no close and the contact begins on it."""
    text = text.rstrip()
    if SIGNED_DATE_RE.match(text.strip()) or SIGNED_DATE_CONTACT_RE.match(text.strip()):
        return False
    match = SIGNED_DATE_CONTACT_RE.match((text + below.strip()).strip())
    return bool(match) and match.start("contact") < len(text.strip()) \
        and bool(organ_names(match.group("signature").strip()))


def _signed_date_cut(text: str, below: str) -> bool:
    """GB/T 9704 7.3.5: the 署名 and the 成文日期 close a text. A page that
    prints the two on one line ('某某市市场监督管理局 2020年12月7日'), the wrap
    cutting the date ('…管理局 2020年12月7' / '日'), is given that line back
    whole (_signature_then_date then sets the name and the date each on a
    line of its own): the line holds organs' names and the date's head, the
    line under it the date's rest and nothing after it but a contact run on
    after the date (the 附注, 7.3.6: '五日   联系人:…')."""
    head = SIGNED_DATE_HEAD_RE.match(text.strip())
    if not head or not organ_names(head.group("name")):
        return False  # (most lines: the line under them is not read)
    contact = DATE_REST_THEN_CONTACT_RE.match(below.strip())
    return bool(DATE_RE.fullmatch(head.group("date") + below.strip())) \
        or bool(contact) and bool(DATE_RE.fullmatch(head.group("date") + contact.group("rest")))


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


def _unspaced_frame_run_in(text: str) -> Optional[list[str]]:
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


def _digest_frame(lines: list[Line], n: int, rest: str) -> tuple[Optional[list[str]], int]:
    """A policy site's digest of a notice (its lines run together, as _unspaced_frame_run_in reads them, wrapped
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
    _unspaced_frame_run_in reads it) ends at the first kind word the 主送 reads after (not one the title's own words
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


def _order_then_body(lines: list[Line]) -> list[Line]:
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


# The signature and the 成文日期 run into one line, as a web page sets them side
# by side: "自治区主席 陈武 2016年12月6日", "省长：赵正永 二○一一年二月二十五日",
# "临江市人民政府 2024年5月6日".
SIGNED_DATE_RE = re.compile(rf"^(?P<signature>[^\d，。；,;]{{2,40}}?)\s*(?P<date>{DATE_RE.pattern})$", re.X)
# Or with the 附注's contact run on after the date (GB/T 9704 7.3.6 prints it under the 成文日期, its own line), as
# a page that sets the close's lines side by side, parted by runs of spaces, gives them ('某某市科技局   二○一○年九月
# 二十五日   联系人:张某  电 话:2813061'): its label and colon (CONTACT_LABEL). The 附注 is set in round brackets
# (7.3.6: '加圆括号'), and so is the contact a page runs on after the date ('某某市水务局 某某市教育局 2021年4月22日
# (联系人:张某;联系电话:0631-1234567)'): the bracket opens before the label (CONTACT_NOTE_OPEN).
SIGNED_DATE_CONTACT_RE = re.compile(rf"""^(?P<signature>[^\d，。；,;]{{2,40}}?)\s*(?P<date>{DATE_RE.pattern})\s*
    (?P<contact>{CONTACT_NOTE_OPEN}(?:{CONTACT_LABEL}).*)$""", re.X)


def _signature_then_date(line: Line) -> list[Line]:
    """GB/T 9704 (7.3.5, 10.2) prints the 成文日期 on a line of its own under
    the signature: a line that is a signature — the post of a government's
    head and a name, or organ names — then the date, is given back that form,
    and so is a contact the page ran on after the date, the 附注 under it
    (7.3.6): a line of its own under the date.
    The body's 结束语 run on before them, its stop left off ('特此公告某某市人民
    政府2020年6月2日'), is the body's last words (7.3.3): a line of its own."""
    match = SIGNED_DATE_RE.match(line.text) or SIGNED_DATE_CONTACT_RE.match(line.text)
    contact = match.group("contact").strip() if match and "contact" in match.groupdict() else ""
    signature = match.group("signature").strip() if match else ""
    closing = re.match(rf"{CLOSING_WORDS}[。.！!]?\s*", signature)
    signature = signature[closing.end():] if closing else signature
    if not match or not (HEAD_POST_RE.match(signature) or organ_names(signature)):
        return [line]
    signed = replace(line, text=signature, starts_block=True, heading_mark=False) if closing \
        else replace(line, text=signature)
    return ([replace(line, text=closing.group(0).strip())] if closing else []) + [
        signed, replace(line, text=match.group("date"), starts_block=False, heading_mark=False)] + (
        [replace(line, text=contact, starts_block=True, heading_mark=False,  # measured with the line: the wrap
                 annotated=line.annotated + width(line.text) - width(contact))] if contact else [])  # goes on


# A sentence's end, then a signer's post and name and the 成文日期, at a line's end: the close of a
# text a periodical database stores as one paragraph ('…的农业生产任务。总理周恩来一九五○年二月二十七日').
# A sentence names an organ after the word it opens with ('…。经某某县人民政府2021年3月1日' / '第5次常务会议通过'): a
# signature opens with the name.
CLOSE_RUN_IN_RE = re.compile(rf"[。！？!?](?![经由据按依在于对向以将从自报请])(?P<signature>[^\d，。；：,;:！？!?\s]{{2,30}}?)"
                             rf"\s*(?P<date>{DATE_RE.pattern})\s*$", re.X)


# Or the signing organs' names, one or several parted by the spaces a page that runs a letter into one line parts
# its pieces with ('…的推进者。 某某市文明办 某某市民政局 2025年3月31日'): each ends as an organ's name ends. The
# 结束语 the body closes on may stand between, its stop left off ('…不予补偿。特此公告某某市人民政府2020年6月2日'):
# it is the body's last words (GB/T 9704 7.3.3), 特此 and the kind word, no part of the signature (7.3.5).
# So may a contact field the page ran in after the body, its value the telephone numbers ('…请注意避让。 联系电话:
# 0514-87883749、87870213 某某市气象局 2019年8月25日'): the 附注's contact (7.3.6), its figures ending where the
# organ's name begins (the label perhaps on a line above the figures, where the wrap turned them).
# A sentence that ends on figures may close on the ASCII full stop a page set after them ('…举报电话:110.'): a
# point with no figure after it, no decimal point (GB/T 15834 4.1: the 句号 ends a statement, whatever its script),
# after three figures or more (a hotline, a sum), no list's label ('2.某某…': one or two figures, then its words).
FIGURES_STOP = r"(?<=\d{3})\.(?!\d)"
CLOSING_WORDS = "特此(?:" + "|".join(sorted(DOCUMENT_KINDS | {"函复", "函告", "复"}, key=len, reverse=True)) + ")"
ORGANS_CLOSE_RUN_IN_RE = re.compile(rf"(?:[。！？!?]|{FIGURES_STOP}|{CONTACT_NUMBERS})\s*(?:{CLOSING_WORDS}[。.！!]?\s*)?(?P<signature>[\u4e00-\u9fa5（）()]{{2,30}}(?:\s+[\u4e00-\u9fa5（）()]{{2,30}}){{0,3}}?)"
                                    rf"\s*(?P<date>{DATE_RE.pattern})\s*$", re.X)


# Or the signature and the 成文日期 run in right after the file an 附件说明 names where the page links the
# attachment ('…附件：….doc某某办公室2025年4月14日。', the page's stop after the date): the file's extension ends
# the 附件说明, and no sentence goes on after it with an organ's name and a date.
FILE_CLOSE_RUN_IN_RE = re.compile(rf"{ATTACHED_FILE}(?P<signature>[\u4e00-\u9fa5（）()]{{2,40}}?)"
                                  rf"\s*(?P<date>{DATE_RE.pattern})\s*[。.]?\s*$", re.X)
# Or the 成文日期 alone after the stop, the page having lost the signature too (an unsigned notice whose seal
# stood for it: '…给予相应处理。二〇一一年五月十七日'): no sentence ends on a whole date after its stop.
DATE_RUN_IN_RE = re.compile(rf"[。！？!?]\s*(?P<date>{DATE_RE.pattern})\s*$", re.X)
# A sentence that opens on a date the wrap left at a line's end goes on under it: its punctuation, or the words
# a date is followed by in a sentence ('2021年3月1日' / '起，全市…', '至…', '召开…').
DATE_GOES_ON_RE = re.compile(either_script(r"^(?:[，,、。；;：:（()）”]|起|至|到|止|前|后|以|内|期间|召开|举行|在|由|经|开始)"))


# The 附注 GB/T 9704 7.3.6 sets in brackets on the line under the 成文日期 ('（此件公开发布）', '(此件主动公开)'), opening
# a line: a wrap that filled the date's line carries it there, and what a page ran on after it is the next piece.
NOTE_OPENS_RE = re.compile(r"[（(]此件[\u4e00-\u9fa5]{2,6}[）)]")


def _note_then_run_on(lines: list[Line]) -> list[Line]:
    """The 附注 that opens the line right under a 成文日期 set out on a line
    of its own (GB/T 9704 7.3.6), with more run on after its closing
    bracket, as a page that ran its close into one paragraph wrapped it
    ('…办公室2020年4月14日' / '（此件公开发布）某某…规划一、…'): the note a line
    of its own, the rest opening the next piece (no sentence goes on into a
    note of how the text is published)."""
    out: list[Line] = []
    for line in lines:
        note = NOTE_OPENS_RE.match(line.text.strip())
        rest = line.text.strip()[note.end():].strip() if note else ""
        if note and rest and out and is_date_line(out[-1].text.strip()):
            out += [replace(line, text=note.group(0), starts_block=True, heading_mark=False),
                    replace(line, text=rest, starts_block=True, heading_mark=False)]
            continue
        out.append(line)
    return out


def _date_closes(line: Line, below: str, full_width: float, signed: bool = False) -> bool:
    """A date at the end of the line, after a stop, closes the text, unless the
    sentence it opens goes on under it: with its punctuation or the words a
    date is followed by in a sentence, or, where the wrap filled the line, with
    anything but what opens a line of its own (an organ's name alone, a label,
    a date, a title's 关于 or kind word; after a signature run in before the
    date, an organ's whole name then its 关于 too, a title's head: GB/T 9704
    7.3.1)."""
    if (note := NOTE_OPENS_RE.match(below)) and below[note.end():].strip():
        return True  # (the 附注 in brackets GB/T 9704 7.3.6 sets under the date, a page's run-in after it: no
        # sentence goes on into it; a note alone on its line is set out already, and the date's line is read as before)
    if DATE_GOES_ON_RE.match(below):
        return False
    filled = full_width and printed_width(line) + paragraph_indent(line) >= full_width * MEASURE.fills
    about = ABOUT_RE.search(below)
    return not filled or not below or organ_alone(below) or bool(LABEL_RE.match(below)) or is_date_line(below) \
        or bool(ABOUT_RE.match(below)) or bool(kind_of(below)) \
        or signed and bool(about) and organ_alone(below[:about.start()].strip())


# A line's end after its last sentence's stop: the first characters of a signer's name that the wrap cut there.
# Joint signers run in so stand parted by spaces, the wrap cutting the last ('…的推进者。 某某市文明办 某某' /
# '市民政局' / '2025年…日'): the whole names before the cut one are organs' names too. A 结束语 set apart before them
# ('…。 特此通告 某某市公安' / '局交通警察支队') is the body's last words, no name.
SIGNER_HEAD_RE = re.compile(rf"(?:[。！？!?]|{FIGURES_STOP}|{CONTACT_NUMBERS})\s*(?:{CLOSING_WORDS}[。.！!]?\s+)?(?P<organs>(?:[^\s\d，。；：,;:！？!?、《》“”]{{2,30}}\s+){{0,3}})"
                            r"(?P<head>[^\s\d，。；：,;:！？!?、（）()《》“”]{1,24})\s*$")


def _signer_head_cut(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.3.5 sets the 署名 on a line of its own under the body and
    the 成文日期 under it; a text run into one paragraph carries them after
    its last sentence, and a wrap there may cut the signer's name, leaving
    its first characters after the stop ('…局长职务。鄂' / '尔多斯市人民政府'
    / '2024年…日'). An organ's name over the date whose line above ends so
    is given its head back: the characters after the stop and the name are
    one organ's name, and no sentence opens on the line's last characters
    to end in a signature."""
    out: list[Line] = []
    for n, line in enumerate(lines):
        prev = out[-1] if out and not line.starts_block else None
        head = SIGNER_HEAD_RE.search(prev.text) if prev is not None and organ_names(line.text) \
            and n + 1 < len(lines) and is_date_line(lines[n + 1].text) else None
        organs = head.group("organs").strip() if head else ""
        whole = head.group("head") + line.text.strip() if head else ""
        closing = re.match(rf"{CLOSING_WORDS}[。.！!]?", whole) if head and not organs else None
        if closing:  # the 结束语 after the stop, its own stop left off ('…不予补偿。特此公告' / '某某市人民政府'),
            # perhaps cut by the wrap ('…。特此' / '公告某某市人民政府'): the body's last words (7.3.3), not the
            # name's head; the name's head the wrap cut, if any, follows it
            if organ_alone(whole[closing.end():]):
                out[-1] = replace(prev, text=prev.text[:head.start("head")] + closing.group(0))
                line = replace(line, text=whole[closing.end():])
        elif head and organ_alone(head.group("head") + line.text.strip()) and (not organs or organ_names(organs)):
            out[-1] = replace(prev, text=prev.text[:head.start("organs")].rstrip())
            line = replace(line, text=head.group("organs") + head.group("head") + line.text.strip())
        elif prev is not None and len(out) > 1 and not prev.starts_block and organ_names(line.text) \
                and n + 1 < len(lines) and is_date_line(lines[n + 1].text) and _head_alone(out[-2].text, prev.text) \
                and organ_alone(prev.text.strip() + line.text.strip()) \
                and from_its_place(prev.text.strip() + line.text.strip()) and not from_its_place(line.text.strip()):
            out.pop()  # (the head's line is spent: the name is whole on the line over the date)
            line = replace(line, text=prev.text.strip() + line.text.strip())
        out.append(line)
    return out


def _head_alone(above: str, text: str) -> bool:
    """The line holds the head of a signer's name alone, the wrap having
    carried it under the line that ends the body: that line ends on a stop,
    or on the 结束语 set apart after it ('…举报电话:110. 特此通告' / '揭阳' /
    '市公安局' / '2017年1月1日', where a run of spaces filled the rest of the
    line the head stood on). Read as SIGNER_HEAD_RE reads a head run in on the
    stop's line, the space the wrap stood for put back: the head is the whole
    line, no 结束语 of its own, no other organ's name before it, and no organ's
    name itself (a joint signer's whole name over the next one, 7.3.5.2).
    The caller asks the rest under it to lack its place (a level alone,
    '市公安局') and the two to make a name from its place ('揭阳市公安局'):
    a line over a whole name from its place ('此复' / '某某县人民政府') is
    the body's, no head."""
    head = SIGNER_HEAD_RE.search(above.rstrip() + " " + text.strip())
    return bool(head) and head.start("head") == len(above.rstrip()) + 1 and not head.group("organs").strip() \
        and not re.match(CLOSING_WORDS, text.strip()) and not organ_names(text.strip())


def _file_close_run_in(out: list[Line], line: Line, below: str, full_width: float) -> bool:
    """The signature and the 成文日期 run in after the file an 附件说明 names
    (FILE_CLOSE_RUN_IN_RE), over as many as three lines of one paragraph a
    narrow measure wrapped them into ('…项目.doc某' / '某…办公室2025年' / '4月14日。'):
    set out as GB/T 9704 7.3.5 prints them, the 附件说明's end, the organ's
    name and the date each a line (out is rewritten, True); or False. The
    date closes the text: a stop after it, or nothing under it that goes on
    with a sentence (_date_closes: '…2025年4月14日' / '发布的…' is a sentence)."""
    chain: list[Line] = []
    while len(chain) < 2 and len(out) > len(chain) and not (chain[0] if chain else line).starts_block:
        chain.insert(0, out[-1 - len(chain)])
    match = FILE_CLOSE_RUN_IN_RE.search("".join(item.text for item in chain) + line.text)
    if not match or not organ_alone(match.group("signature")) \
            or not (match.group(0).rstrip().endswith(("。", ".")) or _date_closes(line, below, full_width)):
        return False
    cut, pos = match.start("signature"), 0
    del out[len(out) - len(chain):]
    for item in chain + [line]:
        if pos < cut:
            out.append(item if pos + len(item.text) <= cut else replace(item, text=item.text[:cut - pos]))
        pos += len(item.text)
    out += [replace(line, text=match.group("signature"), starts_block=True, heading_mark=False),
            replace(line, text=match.group("date").strip(), starts_block=False, heading_mark=False)]
    return True


# Or the signature and the 成文日期 run in after an 附件说明 a page ran into the body's paragraph, parted from it by
# spaces ('…特此通知。 附件:某某…的批示 某某市…领导小组办公室(代章) 2016年3月18日'): GB/T 9704 7.3.4 sets the 附件说明
# under the body, the annex's name with no stop after it, and 7.3.5 the 署名 and the date under it, so the 附件说明's
# name ends at the space before the signer's. The name holds no space (a scheme's label and several names is a list
# read otherwise); the signer's is one organ's name (its seal note '(代章)' after it, SEAL_NOTE_RE), whole or broken
# by the page's own space ('某某市…协调 领导小组办公室'), or joint organs' names parted by spaces, each whole.
ANNEX_CLOSE_RUN_IN_RE = re.compile(rf"附\s*件\s*\d{{0,2}}\s*[:：]\s*(?P<annex>[^\s:：]{{2,80}}?)\s+"
                                   rf"(?P<signature>[\u4e00-\u9fa5（）()]{{2,40}}(?:\s+[\u4e00-\u9fa5（）()]{{2,40}}){{0,3}}?)"
                                   rf"\s*(?P<date>{DATE_RE.pattern})\s*$", re.X)
ANNEX_CLOSE_LINES = 8  # lines the narrowest measure (18) wraps such a close over, its 附件 mark on the first


# 文种 words no organ's name holds: an annex's name (its 事由 and 文种) that a scan's or the page's space cut, its tail
# run on into the signer's ('…工作 要点某某省教育厅', '…通告（征求意见稿）编制说明某某市生态环境局').
NOT_IN_ORGAN_RE = re.compile(either_script(r"通知|通告|公告|意见|方案|办法|要点|说明|报告|请示|批复|决定|纪要|细则"))


def _annex_signers(signature: str) -> Optional[str]:
    """The signature an 附件说明 carries run in after it (ANNEX_CLOSE_RUN_IN_RE)
    as print sets it: joint organs parted by spaces as they stand, each
    whole; one organ's name the page's space broke, closed up; None where
    the words are no organ's name (or hold a 文种, NOT_IN_ORGAN_RE: the
    annex's name went on past a space inside it)."""
    if NOT_IN_ORGAN_RE.search(signature):
        return None
    pieces = signature.split()
    if all(organ_alone(unsealed(piece)) for piece in pieces) and from_its_place(pieces[0]):
        return " ".join(pieces)
    joined = "".join(pieces)
    return joined if organ_alone(unsealed(joined)) and from_its_place(joined) else None


def _annex_close_run_in(out: list[Line], line: Line, below: str, full_width: float) -> bool:
    """The signature and the 成文日期 run in after an 附件说明 the page ran
    into the body (ANNEX_CLOSE_RUN_IN_RE), over as many as ANNEX_CLOSE_LINES
    lines of one paragraph a narrow measure wrapped them into: set out as
    GB/T 9704 7.3.5 prints them, the body with its 附件说明, the organ's name
    and the date each a line (out is rewritten, True); or False. The date
    closes the text (_date_closes)."""
    if not line.text.rstrip().endswith("日"):
        return False  # (asked of every line: most end otherwise)
    chain: list[Line] = []
    while len(chain) < ANNEX_CLOSE_LINES - 1 and len(out) > len(chain) and not (chain[0] if chain else line).starts_block:
        chain.insert(0, out[-1 - len(chain)])
    texts = [item.text for item in chain] + [line.text]
    joined = "".join(texts)
    if "附" not in joined or not _date_closes(line, below, full_width, signed=True):
        return False
    # Only a close run in: the date on the line the signer's name ends on (parted from it by a stage before, the
    # two pieces of one printed line), or carried under it by a wrap that filled that line. A date alone under a
    # short line is the close as print sets it, each piece a line of its own ('附件:…名单' / '某某省 某某市人民政府'
    # / '2021年2月1日': a scanner's space inside the name, no run-in).
    above = chain[-1] if chain else None
    wrapped = above is not None and (above.no == line.no or bool(full_width)
                                     and printed_width(above) + paragraph_indent(above) >= full_width * MEASURE.fills)
    if is_date_line(line.text.strip()) and not wrapped:
        return False
    match = ANNEX_CLOSE_RUN_IN_RE.search(joined)
    signature = _annex_signers(match.group("signature")) if match else None
    cut = match.start("signature") if signature else None
    # (the page's space before the signer's name may have ended a printed line, lost with the line's end: the
    # name then opens the next line, '…上的批示' / '某某市…办公室(代章) 2016年3月18日')
    for k in range(1, len(texts)) if not signature else ():
        at = len("".join(texts[:k]))
        match = ANNEX_CLOSE_RUN_IN_RE.search(joined[:at] + " " + joined[at:])
        if match and match.start("signature") == at + 1 and (signature := _annex_signers(match.group("signature"))):
            cut = at
            break
    if not signature or NOT_IN_ORGAN_RE.search(re.sub(r"\s", "", joined[max(0, cut - 3):cut]) + signature[:3]):
        return False  # (a 文种 across the cut, '…编制说' / '明某某市…': the annex's name goes on there)
    pos = 0
    del out[len(out) - len(chain):]
    for item in chain + [line]:
        if pos < cut:
            out.append(item if pos + len(item.text) <= cut else replace(item, text=item.text[:cut - pos].rstrip()))
        pos += len(item.text)
    out += [replace(line, text=signature, starts_block=True, heading_mark=False),
            replace(line, text=match.group("date").strip(), starts_block=False, heading_mark=False)]
    return True


def _signature_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 7.3.5 sets the 署名 and the 成文日期 each on a line of its
    own under the body; a text run into one paragraph carries them after
    its last sentence. A line that ends so (its sentence's end perhaps on
    the line above, the wrap cutting the signature) is given back that
    form: the body's end, the signer's post and name, the date (an organ's
    name run in so is read as it stands), or the body's end and the date
    where no signature was run in."""
    out: list[Line] = []
    for n, line in enumerate(lines):
        prev = out[-1] if out and not line.starts_block else None
        text = (prev.text if prev else "") + line.text
        dated = text.rstrip().endswith("日")  # (each close read here ends on its 成文日期: most lines do not)
        match = CLOSE_RUN_IN_RE.search(text) if dated else None
        signature = match.group("signature") if match else ""
        below = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
        if (not match or not SIGNER_POST_RE.match(signature)) and (_file_close_run_in(out, line, below, full_width)
                                                                   or _annex_close_run_in(out, line, below, full_width)):
            continue
        if not match or not SIGNER_POST_RE.match(signature):
            closes = dated and _date_closes(line, below, full_width, signed=True)
            match = ORGANS_CLOSE_RUN_IN_RE.search(text) if closes else None
            signature = match.group("signature") if match and organ_names(match.group("signature")) else ""
        if not signature:
            closes = dated and _date_closes(line, below, full_width)
            match, signature = DATE_RUN_IN_RE.search(text) if closes else None, ""
        if not match:
            out.append(line)
            continue
        cut = match.start("signature") if signature else match.start("date")
        if signature and (number := HOTLINE_NAME_HEAD_RE.search(text[:cut])) \
                and re.match(HOTLINE_NUMBER, number.group(0) + signature):
            # (a hotline's office signs by the number it answers: the figures open its name, frame.HOTLINE_NUMBER)
            signature, cut = number.group(0) + signature, number.start()
            if prev is not None and prev.text.strip() == signature and line.text.strip() == match.group("date").strip():
                out.append(line)  # the name and the date each on a line of their own already: nothing was run in
                continue
        # (the body ends where its words do: the space a page set before the run-in signature is no part of it)
        if prev is not None and cut <= len(prev.text):
            out[-1] = replace(prev, text=prev.text[:cut].rstrip())
            body_tail = ""
        else:
            body_tail = line.text[:cut - (len(prev.text) if prev else 0)].rstrip()
        if body_tail:
            out.append(replace(line, text=body_tail))
        if out and not out[-1].text:
            out.pop()
        out += [replace(line, text=signature, starts_block=True, heading_mark=False)] if signature else []
        out += [replace(line, text=match.group("date").strip(), starts_block=not signature, heading_mark=False)]
    return out


# The service number a hotline's office opens its name on (frame.HOTLINE_NUMBER), run on before the rest of the name
# with no space and no contact field's colon before it: the signer's name begins on it, not after it.
HOTLINE_NAME_HEAD_RE = re.compile(rf"(?<![\d\-－—:：]){HOTLINE_FIGURES}$")

# The close of a text run into one paragraph with what follows it, its pieces parted by spaces as a page that lost
# its line breaks parts them ('…请认真组织实施。 某某市人民政府办公室 二〇〇九年九月十日 某某…规定 根据…'): the stop,
# the signing organs (GB/T 9704 7.3.5), the 成文日期, then a space and the next piece (the text a notice issues,
# its title first). The space after the date is what parts it from a sentence that names an organ and a day and goes
# on ('…。市政府2021年3月1日召开…'); a date a scanner spaced inside ('2021 年 3 月 1 日') has one in a sentence too.
# As in CLOSE_RUN_IN_RE, a sentence names an organ after the word it opens with ('…。经某某县人民政府2021年3月1日').
# The 附注 in brackets that GB/T 9704 7.3.6 sets under the 成文日期 ('（此件公开发布）') may follow the date before the
# space: it closes the frame as the date does (no sentence goes on into a note of how the text is published), with or
# without a space after its bracket (the spaces between Han characters may be lost, layout.remove_ocr_spaces), and is
# set out as a line of its own under the date.
CLOSE_NOTE = r"[（(]此件[\u4e00-\u9fa5]{2,6}[）)]"
SPACED_CLOSE_RE = re.compile(rf"[。！？!?]\s*(?![经由据按依在于对向以将从自报请])(?:{CLOSING_WORDS}[。.！!]?\s*)?"
                             rf"(?P<signature>[\u4e00-\u9fa5（）()]{{2,30}}(?:\s+[\u4e00-\u9fa5（）()]{{2,30}}){{0,3}}?)"
                             rf"\s*(?P<date>{DATE_RE.pattern})(?:\s*(?P<note>{CLOSE_NOTE})\s*|\s+)(?=\S)", re.X)
SPACED_CLOSE_LINES = 4  # lines the narrowest measure wraps such a close over, its stop on the first
SENTENCE_STOP_RE = re.compile(r"[。！？!?]")


def _spaced_close(joined: str, first: int) -> Optional[re.Match]:
    """The first SPACED_CLOSE_RE in the joined lines whose stop is on the
    first line (its first ``first`` characters), signed by organs, its date
    whole, its sentence not going on."""
    return next((m for m in SPACED_CLOSE_RE.finditer(joined) if m.start() < first
                 and not re.search(r"\s", m.group("date"))
                 and all(organ_alone(name) for name in m.group("signature").split())
                 and not DATE_GOES_ON_RE.match(joined[m.end():])), None)


def _spaced_close_run_in(lines: list[Line], full_width: float = 0.0) -> list[Line]:
    """A close run in between the body's last sentence and the next piece
    of a paragraph parted by spaces (SPACED_CLOSE_RE), wherever the wrap
    cut it ('…组织实施。 某某市人民政府办公室 二〇〇九年九月十' / '日 某某…'), is
    set out as print sets it: the body's end, the signature and the date
    each a line, the rest of the paragraph opening a line of its own. Only
    where every signer is an organ's name, the date is whole and its
    sentence does not go on (DATE_GOES_ON_RE). (A date that ends its line is
    _signature_run_in's; the space before the date may have gone with the
    spaces between Han characters, layout.remove_ocr_spaces.)
    The rest goes on into the next line only where the wrap cut it there,
    its line filling the measure (MEASURE.fills); a line that ends short of
    the measure, or any line of a file one paragraph a line (no measure,
    math.inf), ends its paragraph, so the rest ('…请认真组织实施。' / '某某市
    人民政府 2020年3月5日 关于实施…的实施方案' / '为推进…'), the title of the
    text the notice issues, is a line of its own (GB/T 9704 7.3.1: a title
    stands apart from the text under it)."""
    lines, out = list(lines), []
    i = 0
    while i < len(lines):
        match = None
        if SENTENCE_STOP_RE.search(lines[i].text):  # (the body's last sentence stops on line i: most lines do not)
            window = [lines[i]] + list(takewhile(lambda l: not l.starts_block, lines[i + 1:i + SPACED_CLOSE_LINES]))
            starts = [sum(len(l.text) for l in window[:k]) for k in range(len(window))]
            joined = "".join(l.text for l in window)
            match = _spaced_close(joined, len(lines[i].text))
            if match and match.group("note") and any(match.end("date") == start + len(line.text)
                                                     for start, line in zip(starts, window)):
                match = None  # (a date that ends its line is _signature_run_in's, its note on the line under it)
        if not match:
            out.append(lines[i])
            i += 1
            continue
        k = max(k for k, start in enumerate(starts) if start < match.end())  # (the line the date ends on)
        out.append(replace(lines[i], text=joined[:match.start("signature")].rstrip()))  # (the stop is on line i)
        out += [replace(window[k], text=match.group(name).strip(), starts_block=True, heading_mark=False)
                for name in ("signature", "date", "note") if match.group(name)]
        rest = joined[match.end():starts[k] + len(window[k].text)]
        i += k + 1
        cut_by_wrap = not full_width or printed_width(window[k]) + paragraph_indent(window[k]) \
            >= full_width * MEASURE.fills
        if rest and i < len(lines) and not lines[i].starts_block and cut_by_wrap:  # (the wrap's piece opens the next line, no
            # line of its own, whose end would read as a title's: '某某市人民政府办公室主' / '要职责…规定 根据…')
            lines[i] = replace(lines[i], text=rest + lines[i].text, starts_block=True, heading_mark=False)
        elif rest:
            out.append(replace(window[k], text=rest, starts_block=True, heading_mark=False))
        elif i < len(lines):
            lines[i] = replace(lines[i], starts_block=True, heading_mark=False)
    return out


# A 公告 and the text it publishes run into one paragraph, as a law site stores an excerpt: the sentence that
# publishes 《T》 ('《T》业经…批准，现予公布，自…施行。'), the close '特此公告', the signer and the 成文日期, then T
# itself and the text under it (its 题注 in brackets, its first chapter or article).
RUN_IN_HEAD = rf"""
    (?P<sentence>《(?P<name>[^《》]{{4,80}})》[^《》]{{0,200}}?(?:现予|予以)(?:公布|发布)[^。《》]{{0,40}}。)
    \s*(?P<close>特此公告[。.]?)?
    \s*(?P<signer>[^\d\s，。；：,;:（）()《》]{{2,30}}?)
    \s*(?P<date>{DATE_RE.pattern})"""
RUN_IN_ANNOUNCEMENT_RE = re.compile(either_script(rf"""{RUN_IN_HEAD}
    \s*(?P<title>(?P=name))\s*(?=[（(]|第[一1]章|第[一1]条)"""), re.X)
# A 政府令 so stored opens on its 发文机关标志 and 令号 ('某某市人民政府令第291号《…的决定》已经…通过，现予公布，…施行。
# 市长某某某2015年8月21日为贯彻落实…'), and the abstract may go on from the date with the decision's text, its title
# left out as the sentence names it: after the 令's head, the date closes the frame whatever follows.
RUN_IN_ORDER_HEAD_RE = re.compile(either_script(rf"""(?P<order>[\u4e00-\u9fa5]{{2,30}}令)
    \s*(?P<serial>(?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*{HAO})\s*(?=《)"""), re.X)
RUN_IN_ORDER_RE = re.compile(either_script(rf"""{RUN_IN_HEAD}
    \s*(?:(?P<title>(?P=name))\s*)?(?=\S)"""), re.X)
# A notice that issues a text, run into one paragraph with it the same way: the sentence that issues 《T》
# ('《T》已经…通过，现印发给你们，请认真贯彻执行。'), the signer if the page kept it, the 成文日期, then T's title and
# its first chapter or article (a law site's excerpt of a 印发 notice, its paragraphs parted by spaces), or its
# preamble, which opens as a body's first sentence opens, on its purpose or ground ('为加强…，特制定本办法。',
# '根据…'), before the first chapter (GB/T 1.1 and 立法技术规范: a 办法's 制定目的 and 依据 head its text).
# Organs that issue a text together sign it each by name (GB/T 9704 7.3.5.2, 联合行文), one line holding them where
# the page or the extractor parts them by spaces ('中共某某县委 某某县人民政府'): the signer is those names, and with
# the whole frame so printed (the sentence, the signers, the date) the title closes it whatever the text's first
# sentence opens on ('…实施方案2016年是…的申报年，…', a body that opens on a year), as the date closes a 令's frame.
SIGNER_NAME = r"[^\d\s，。；：,;:（）()《》]{2,30}?"
ISSUED_TAIL = rf"""
    \s*(?P<close>)(?:(?P<signer>{SIGNER_NAME}(?:\s+{SIGNER_NAME}){{0,3}})\s*)?
    (?P<date>{DATE_RE.pattern})
    \s*(?P<title>(?P=name))\s*(?=[（(]|第[一1]章|第[一1]条|为了?[^，。；：,;:]|根据|按照|依据|依照|(?(signer)\S|(?!)))"""
# The sentence ends on its full stop, or on the half-width stop a PDF's text layer or OCR gives for it ('…认真组织实
# 施.'), never a decimal point ('3.12植树节').
RUN_IN_ISSUING_RE = re.compile(either_script(rf"""
    (?P<sentence>《(?P<name>[^《》]{{4,80}})》[^《》]{{0,200}}?(?:现|予以|现予)印发[^。《》]{{0,40}}?(?:。|(?<!\d)\.(?!\d))){ISSUED_TAIL}"""), re.X)
# The sentence's other form, as most 印发 notices word it (党政机关公文处理工作条例's 通知 that issues a text): the
# approval it cites first, then 现将《T》印发给你们 ('经…常务会议讨论通过，现将《T》印发给你们，请认真组织实施。'),
# the sentence a block of its own, as it opens the body under the 主送.
RUN_IN_ISSUING_LED_RE = re.compile(either_script(rf"""
    (?P<sentence>[^《》。；;]{{0,80}}?现将《(?P<name>[^《》]{{4,80}})》印发[^。《》]{{0,40}}。){ISSUED_TAIL}"""), re.X)
# The frame of a notice that passes a text on (党政机关公文处理工作条例 第八条: 通知 转发 公文) is the same: the
# sentence names 《T》, who made it and the approval it has, then 现转发给你们 ('市某局制定的《T》已经市政府研究同意，
# 现转发给你们，请认真贯彻执行。'), the 成文日期, then T's title and its first sentence or article.
RUN_IN_FORWARDING_LED_RE = re.compile(either_script(rf"""
    (?P<sentence>[^《》。；;]{{0,80}}?《(?P<name>[^《》]{{4,80}})》[^《》。；;]{{0,80}}?现(?:予以)?转发给你们[^。《》]{{0,40}}。)
    {ISSUED_TAIL}"""), re.X)
RUN_IN_CHARS = 700  # characters of such a head and title, at most, with room for a long sentence


def _announcement_run_in(lines: list[Line], full_width: float, issuing: bool = False) -> list[Line]:
    """GB/T 9704 10.2 sets a 公告 (or 令) that publishes a text as its
    sentence, its signer and its 成文日期, each on a line of its own, the
    text under them opening with its title; a page that ran them all into
    one paragraph with the text is given back that form where the title
    after the date is the very one the sentence names in 《》: the sentence,
    '特此公告', the signer, the date and the title each a line, the text's
    run-on rest a paragraph of its own. The sentence opens a line (a
    paragraph's, or a wrap's that the blank above it lost), the signer is
    an organ or a post and the title opens a 题注, a chapter or an article:
    a body that cites a publication runs on. A 令 so stored may open on its
    发文机关标志 and 令号 before the sentence (GB/T 9704 10.1): its head is
    then a line of its own and the date closes the frame whatever follows,
    the title printed again or left out, unless the line above was filled
    by the wrap and goes on into it."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        led = issuing and not line.text.startswith("《") \
            and (line.starts_block or bool(out) and is_addressee_line(out[-1].text))  # the sentence's 现将 form: a
        # block's first line, or the line under the 主送 (GB/T 9704 7.3.3: the body opens under it), read on for 现将《
        if not line.text.startswith("《") and not re.match(r"^[\u4e00-\u9fa5]{2,30}令", line.text) and not led:
            out.append(line)  # (asked of every line: few open on a title in 《》 or a 令's name)
            i += 1
            continue
        texts: list[str] = []
        j = i
        while j < len(lines) and sum(map(len, texts)) < RUN_IN_CHARS and (j == i or not lines[j].starts_block
                                                                           or issuing):  # (read across the pieces
            # the earlier steps made of the paragraph: the match asks for the whole frame and the title it names)
            texts.append(lines[j].text)
            j += 1
        joined = "".join(texts)
        head = None if line.text.startswith("《") else RUN_IN_ORDER_HEAD_RE.match(joined)
        if head and (not order_organ(head.group("order"))
                     or not line.starts_block and i > 0 and not lines[i - 1].cells
                     and not ends_sentence(lines[i - 1].text) and not closes_toc_entry(lines[i - 1].text)
                     and printed_width(lines[i - 1]) >= full_width * MEASURE.fills):
            head = None  # (a line the wrap filled goes on into this one: '…土地整治办法 广西壮' / '族自治区人民政府令
            # 第116号' is no 令's head of its own; a 目录 entry's line, its leaders and page, goes on into nothing)
        if issuing:  # (the 印发 notice's sentence, once the 主送 it was run in after is a line of its own)
            head, match = None, (RUN_IN_ISSUING_LED_RE.match(joined) if led and "现将《" in joined[:120]
                                 else RUN_IN_FORWARDING_LED_RE.match(joined) if led and "转发给" in joined[:240]
                                 else RUN_IN_ISSUING_RE.match(joined) if line.text.startswith("《") else None)
        else:
            match = (RUN_IN_ORDER_RE.match(joined, head.end()) if head
                     else RUN_IN_ANNOUNCEMENT_RE.match(joined) if line.text.startswith("《") else None)
        signer = (match.group("signer") or "") if match else ""
        if not match or not (organ_alone(signer) or SIGNER_POST_RE.match(signer) or HEAD_POST_RE.match(signer)
                             or issuing and not signer
                             or issuing and all(map(organ_alone, signer.split()))):  # (joint signers, each an organ)
            out.append(line)
            i += 1
            continue
        starts = [sum(map(len, texts[:k])) for k in range(len(texts))]

        def at(offset: int) -> tuple[int, int]:
            k = max(k for k, start in enumerate(starts) if start <= offset)
            return k, offset - starts[k]

        if issuing and all(at(match.start(name))[1] == 0 for name in ("signer", "date", "title") if match.group(name)):
            out.append(line)  # each piece a line of its own already, as printed: nothing run in to set out
            i += 1
            continue

        k0, from_ = at(match.start("sentence"))
        k, cut = at(match.end("sentence"))
        if head:  # the 令's 发文机关标志 and 令号 on a line as the page has them (GB/T 9704 10.1: '渝府令第121号' is one
            # line of the 版头, an abbreviated organ's order no name alone), then the sentence's lines
            out.append(replace(line, text=head.group(0).strip(), starts_block=True, heading_mark=False))
            if k0 == k:
                out += [replace(lines[i + k], text=texts[k][from_:cut], starts_block=True)]
            else:
                out += [replace(lines[i + k0], text=texts[k0][from_:], starts_block=True)] + lines[i + k0 + 1:i + k] \
                    + ([replace(lines[i + k], text=texts[k][:cut])] if texts[k][:cut] else [])
        else:  # the lines of the sentence stand as they were, the last cut at its stop
            out += lines[i:i + k] + ([replace(lines[i + k], text=texts[k][:cut])] if texts[k][:cut] else [])
        out += [replace(lines[i + k], text=match.group(name).strip(), starts_block=True, heading_mark=False)
                for name in ("close", "signer", "date", "title") if match.group(name)]
        k, cut = at(match.end("title") if match.group("title") else match.end("date"))
        if cut == 0:  # the title ended its line: the lines from the next on stand as they are
            i += k
            continue
        rest = texts[k][cut:].lstrip()
        if rest and i + k + 1 < j and not _whole_title(lines[i + k + 1].text) \
                and not _number_alone(lines[i + k + 1].text):  # (nor a 发文字号 alone, the next 版头's, 7.2.4)
            # the wrap's piece after the title opens the next line: no line of its own, which would end where a line
            # ends ('(1987年11月19' reads as a date cut short); a line that is a 标题 whole is the next document's
            # (a store's text cut off after the frame, '…为贯彻落实' / '某厅关于…的通知'), no words the wrap moved
            lines = lines[:i + k + 1] + [replace(lines[i + k + 1], text=rest + lines[i + k + 1].text,
                                                 starts_block=True, heading_mark=False)] + lines[i + k + 2:]
        elif rest:
            out.append(replace(lines[i + k], text=rest, starts_block=True, heading_mark=False))
        i += k + 1
    return out


def _addressed_under(title: str, below: Sequence[Line], full_width: float = 0.0) -> bool:
    """A 标题 whole on its line with its 发文字号 after it, its 主送 under them (GB/T 9704 7.3.1-7.3.2): a frame, though
    the line above goes on (a list the store cut, an excerpt's last line). A sentence that cites a title and its
    number (党政机关公文处理工作条例 第二十条) goes on with words after the number, never with organs and a colon.
    The 主送 may run over lines the wrap filled (ADDRESSEE_WRAP at most) to its colon, and a page that ran the
    body on after that colon carries it on the colon's line (_wrapped_addressees_under)."""
    return bool(below) and _whole_title(title) and (is_addressee_line(below[0].text)
                                                    or _wrapped_addressees_under(below, full_width))


def _wrapped_addressees_under(below: Sequence[Line], full_width: float) -> bool:
    """The lines under a title hold the 主送 to its colon (GB/T 9704 7.3.2), the wrap having cut the names where the
    measure ended (each line but the colon's fills it) and the body perhaps run on after the colon: the names to the
    colon read as a 主送 line. A sentence's lines reach a colon through words, never through organs' names alone."""
    text = ""
    for k, line in enumerate(below[:ADDRESSEE_WRAP]):
        if k and (line.starts_block or not full_width
                  or printed_width(below[k - 1]) + paragraph_indent(below[k - 1]) < full_width * MEASURE.fills):
            return False
        text += line.text.strip()
        if colon := re.search(r"[:：]", text):
            return k > 0 and is_addressee_line(text[:colon.end()])
    return False


def _whole_title(text: str) -> bool:
    """A 标题 whole by its grammar on one line (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种): its 关于 or issuing
    verb, its kind word last, brackets balanced, no sentence's punctuation. No wrap leaves a sentence's words so."""
    text = text.strip()
    kind = kind_of(text)
    return bool(kind) and text.endswith(kind) and bool(TITLE_GRAMMAR_RE.match(text)) and balanced(text) \
        and not CLAUSE_MARK_RE.search(text)


def _issuing_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A notice that issues a text, run into one paragraph with it as a 公告
    and the text it publishes are (_announcement_run_in): the sentence that
    issues 《T》, the signer where the page kept it, the 成文日期 and T's
    title each a line, T's first chapter or article under them."""
    return _announcement_run_in(lines, full_width, issuing=True)


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
ENDS_ON_DATE_RE = re.compile(rf"(?:{DATE_RE.pattern})\s*$", re.X)  # a text's close: its 成文日期 at its line's end
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


def _titles_then_adoption_notes(lines: list[Line], full_width: float) -> list[Line]:
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
    text = ""
    for k in range(i, min(len(lines), i + SPEECH_HEAD_WRAP)):
        if k > i and not (full_width and printed_width(lines[k - 1]) >= full_width * MEASURE.fills) \
                or closes_toc_entry(lines[k].text.strip()):
            return None  # (a 目录's entry, its leaders and page, heads no speech: the 目录's last, over the first text)
        text += lines[k].text.strip()
        if match := SPEECH_HEAD_RUN_IN_RE.match(text):
            return k, match
    return None


def _speech_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
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
    text = ""
    for k in range(i, min(len(lines), i + SPEECH_HEAD_WRAP)):
        if k > i and not (full_width and printed_width(lines[k - 1]) >= full_width * MEASURE.fills):
            return None
        text += lines[k].text.strip()
        if (match := REPORT_HEAD_RUN_IN_RE.match(text)) and (kind := kind_of(match.group("title"))) \
                and match.group("title").endswith(kind):
            return k, match
    return None


def _report_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
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
    text = ""
    for k in range(i, min(len(lines), i + SPEECH_HEAD_WRAP)):
        if k > i and not (full_width and printed_width(lines[k - 1]) >= full_width * MEASURE.fills) \
                or closes_toc_entry(lines[k].text.strip()):
            return None
        text += lines[k].text.strip()
        if not re.search(rf"[{DASHES}]", text) and k - i >= 2:
            return None  # (no dash within the theme's reach)
        if match := SPEECH_THEME_RUN_IN_RE.match(text):
            return k, match
    return None


def _speech_themes_run_in(lines: list[Line], full_width: float) -> list[Line]:
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
    text = ""
    for k in range(i, min(len(lines), i + BULLETIN_HEAD_WRAP)):
        if k > i and not (full_width and printed_width(lines[k - 1]) >= full_width * MEASURE.fills) \
                or closes_toc_entry(lines[k].text.strip()):
            return None
        text += lines[k].text.strip()
        if "公" not in text and k - i >= 4:
            return None
        if match := BULLETIN_HEAD_RUN_IN_RE.match(text):
            return k, match
    return None


def _bulletin_heads_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A bulletin's head run into its text (_bulletin_head_run_in) is given
    back the form it is printed in: the title, each body on a line of its
    own, the date, then the text."""
    return _heads_set_out(lines, full_width, _bulletin_head_run_in, ("organ1", "organ2", "organ3", "date"),
                          wrapped_only=False)


# A title, then the 题注's date alone in brackets set on its line instead of under it, as a list printed
# under a heading carries the day it was drawn up: "…河长、湖长名单(2021年11月22日)".
TITLE_NOTE_DATE_RE = re.compile(rf"^(?P<title>[^，。；：,;:（）()\s]{{2,80}}?)\s*(?P<date>[（(]\s*(?:{DATE_RE.pattern})\s*[）)])$",
                                re.X)


# A title, a space (or none: the layout stage closes up OCR's spaces), then the day an agreement or a joint
# declaration was signed and the place after 于, as a treaty series' header sets them on the title's line: '…的联合声明
# 2023年7月10日于北京市'.
TITLE_SIGNED_DAY_RE = re.compile(rf"^(?P<title>[^，。；：,;:\s]{{2,80}}?(?<![\d\s]))\s*(?P<date>(?:{DATE_RE.pattern})"
                                 rf"(?:(?:于|在)[\u4e00-\u9fa5]{{2,12}})?)$", re.X)


def _title_then_note_date(line: Line) -> list[Line]:
    """A line that is a title ending in its kind word and then a date alone
    in brackets is given back the form a gazette prints: the title, and the
    bracketed date under it as its 题注; so is an agreement's or a joint
    declaration's title with the day (and place) it was signed after a space:
    the title, and the day under it (titles.signed_under)."""
    match = TITLE_NOTE_DATE_RE.match(line.text.strip())
    if not match:
        match = TITLE_SIGNED_DAY_RE.match(line.text.strip())
        if not match or kind_of(match.group("title")) not in SIGNED_KINDS:
            return [line]
    if not match or not kind_of(match.group("title")):
        return [line]
    return [replace(line, text=match.group("title")),
            replace(line, text=match.group("date"), starts_block=False, heading_mark=False)]


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


def _join_wrapped_frames(lines: list[Line]) -> list[Line]:
    """A reprint's bracketed frame on its own line, (成文日期 发文字号) or
    (发文字号), that the measure wrapped ("（2017年12月20日 X府发〔2017〕92" /
    "号）") is one line again, as GB/T 9704 prints the 发文字号 alone: only
    when the lines joined are that frame and nothing else. So is a number
    line whose last figures and 号 the measure turned ('…公告2019年第5' /
    '號'): the 号 ends the number (7.2.4), and the line above is no title
    of its kind for the turn; or the last figures of the day a page posted
    it after the number ('…第5号 2019-9-2' / '4')."""
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
        else:
            out.append(lines[i])
            i += 1
    return out


NUMBER_TAIL_RE = re.compile(rf"^\d{{0,4}}\s*{HAO}$|^\d{{1,2}}$")  # a 发文字号's last figures and 号, or a posted day's,
# turned onto a line of their own


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
    right after its date, or inside 印发 ('…六月五日印' / '发'), it is one line
    again: its last word alone is no title's head ("印发" over "XX厅关于…的通
    知") nor a text of its own."""
    def tail(above: Line, line: Line) -> bool:
        return bool(PRINTED_TAIL_RE.match(line.text) and re.search(r"[\d〇○零一二三四五六七八九十日]$", above.text)
                    or line.text.strip() == "发" and re.search(r"日\s*印$", above.text))
    out: list[Line] = []
    for line in lines:
        out.append(line)
        while len(out) > 1 and tail(out[-2], out[-1]):  # ('…六月五' / '日印' / '发': twice)
            out[-2:] = [replace(out[-2], text=out[-2].text + out[-1].text)]
    return out


# A byline in brackets after a record's last sentence: the compiler's or the reporters' names, a name's
# characters spaced out perhaps ('(付清)', '(衛 鑫)', '（记者 赵礼锋 张玲）'): short words parted by spaces,
# not a note of who answers for a task ('（各级政府及其工作部门负责）'), which 任务分工 lists print alone.
BYLINE_NOTE = r"[（(][\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4}){0,3}[)）]"


# A web page's headline opened by its column's tag in lenticular brackets ('【区应急管理局】…报告'), the tag perhaps
# naming the forms the page gives the text in, joined by a plus ('【文字+图解】').
COLUMN_TAG_RE = re.compile(r"^(?P<tag>【(?=[^】]{2,12}】)[\u4e00-\u9fa5]+(?:[+＋][\u4e00-\u9fa5]+)*】)\s*(?=[\u4e00-\u9fa5])")
TAG_TITLE_REACH = 4  # lines a tagged headline's title takes at the narrowest measure


def _column_tags_off(lines: list[Line]) -> list[Line]:
    """A portal prints a headline after its column's tag ('【区应急管理局】从化区
    …一般事故调查报告'): the tag names where the site files the page, no word
    of the 标题 (GB/T 9704 7.3.1: 发文机关, 事由 and 文种), and is the page's
    furniture, as a law database's field label is (layout.BLOCK_MARK_RE):
    the title begins after it, where the title, over the lines the measure
    filled, ends in its kind word with no sentence in it. A heading in the
    body opened so ('【典型案例】某某公司…，') runs into its sentence and stays."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        tag = COLUMN_TAG_RE.match(line.text.strip())
        if tag:
            rest = line.text.strip()[tag.end():]
            pieces = [rest] + [below.text.strip() for below in lines[k + 1:k + TAG_TITLE_REACH]]
            ends = next((n for n in range(1, len(pieces) + 1) if kind_of("".join(pieces[:n]).replace(" ", ""))), None)
            if ends and not CLAUSE_MARK_RE.search("".join(pieces[:ends])):
                out.append(replace(line, text=rest))
                continue
        out.append(line)
    return out


# A headline's closing exclamation marks ('…致市民的一封信!'), and how far under it the 主送 or 称谓 closes on its colon.
HEADLINE_EXCLAMATION_RE = re.compile(r"^(?P<title>\S.*?[^!！\s])\s*[!！]+$")
SALUTATION_REACH = 3


def _headline_exclamations_off(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.3.1: the 标题 takes no punctuation but the 书名号 of a
    name it cites, so a '!' a portal sets after a headline that ends in its
    kind word ('宜都市公安局致市民的一封信!') is the page's, as a column's tag
    is (_column_tags_off): the title ends on the kind word. Only a line with
    no sentence or clause mark before the marks, over the 主送 or a letter's
    称谓 closing on its colon (7.3.2) within a few lines and before any
    sentence: a sentence ending so ('…请认真阅读这封信!') runs on into prose."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        bang = HEADLINE_EXCLAMATION_RE.match(line.text.strip())
        if bang and kind_of(squash(bang.group("title"))) and not CLAUSE_MARK_RE.search(bang.group("title")):
            under = [below.text.strip() for below in lines[k + 1:k + 1 + SALUTATION_REACH]]
            ends = next((text for text in under if text.endswith((":", "：")) or SENTENCE_MARK_RE.search(text)), "")
            if ends.endswith((":", "：")) and not SENTENCE_MARK_RE.search(ends[:-1]):
                indent = line.text[:len(line.text) - len(line.text.lstrip())]
                out.append(replace(line, text=indent + bang.group("title")))
                continue
        out.append(line)
    return out



# A lone Latin letter right after the particle 的 at a line's end, the 文种 word after it on that line or none (the
# wrap parted them), as a page may leave a keystroke in a headline ('…暂行办法的t通知').
STRAY_LETTER_RE = re.compile(r"的(?P<letter>[A-Za-z])(?P<kind>[\u4e00-\u9fa5]{0,6})$")


def _kind_right_after(text: str, at: int) -> bool:
    """The 文种 word that ends text begins at index at (right after its 的)."""
    word = KIND_RE.search(text)
    return word is not None and word.start() == at and bool(kind_of(text))


def _stray_letters_off(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 关于 + 事由 + 的 + 文种, nothing
    between the particle and the 文种 word that ends it; a title's Latin words
    (5G, PPP, APP) are names of two letters or more inside its 事由. So a lone
    Latin letter a page left between 的 and the 文种 ('…暂行办法的t通知'), on
    one line or where the wrap parted the letter from its 文种 ('…的t' / '通知',
    '…的' / 't通知'), is a keystroke, no word of the title, and is dropped,
    as a portal's '!' after a headline is (_headline_exclamations_off). Only a
    line with no sentence or clause mark: a sentence's words stay as printed."""
    out = list(lines)
    for k, line in enumerate(out):
        text = line.text.rstrip()
        if CLAUSE_MARK_RE.search(text) or SENTENCE_MARK_RE.search(text):
            continue
        below = out[k + 1].text.strip() if k + 1 < len(out) else ""
        stray = STRAY_LETTER_RE.search(text)
        at = stray.start("letter") if stray else -1
        if stray and stray.group("kind") and _kind_right_after(text[:at] + stray.group("kind"), at):
            out[k] = replace(line, text=text[:at] + stray.group("kind"))  # '…的t通知'
        elif stray and not stray.group("kind") and below and _kind_right_after(below, 0) \
                and _kind_right_after(text[:at] + below, at):
            out[k] = replace(line, text=text[:at])  # '…的t' / '通知'
        elif text.endswith("的") and re.fullmatch(r"[A-Za-z][\u4e00-\u9fa5]{1,6}", below) \
                and _kind_right_after(below[1:], 0) and _kind_right_after(text + below[1:], len(text)):
            out[k + 1] = replace(out[k + 1], text=out[k + 1].text.replace(below, below[1:], 1))  # '…的' / 't通知'
    return out

# A text's own 目录 heading run onto its title's line ('某某县突发地质灾害应急预案目录'), as a web page may join the two.
OWN_CONTENTS_RUN_ON_RE = re.compile(either_script(r"^(?P<title>\S.*?)\s*(?P<head>目\s*录)$"))
OUTLINE_REACH = 6  # lines under the 目录's first chapter in which a section numbered by levels shows its outline


def _titles_then_own_contents(lines: list[Line]) -> list[Line]:
    """A text numbered by levels (GB/T 1.1 章条编号, as an 应急预案 is: '1 总则', '1.1 编制目的')
    may print its own 目录 under its title, '目录' alone on its line over the chapters and
    sections one a line (立法技术规范 sets a code's 目录 so too). A page that ran the heading
    onto the title's line ('…应急预案目录') printed both: the title, ending in its kind word,
    then '目录', when the line under it opens the outline (a chapter's figure and its heading,
    '1    总则', '1.总则') and a section numbered by levels follows within a few lines. A list
    titled so ('…专项应急预案目录' over '1.某某县防汛应急预案', '2.…') has no sections: it stays."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        run_on = OWN_CONTENTS_RUN_ON_RE.match(line.text.strip())
        below = [re.sub(r"\s", "", other.text) for other in lines[k + 1:k + 2 + OUTLINE_REACH]] if run_on else []
        if run_on and kind_of(squash(run_on.group("title"))) and not SENTENCE_MARK_RE.search(run_on.group("title")) \
                and below and DECIMAL_CHAPTER_RE.match(re.sub(r"^(\d{1,2})[.．、]", r"\1", below[0])) \
                and any(DECIMAL_HEADING_RE.match(text) for text in below[1:]):
            out += [replace(line, text=run_on.group("title")),
                    replace(line, text=run_on.group("head"), starts_block=True, heading_mark=False)]
            continue
        out.append(line)
    return out


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
    / '文件'). That is one mark again: only when the lines joined are a mark.
    A measure narrower than the mark's one line cuts it anywhere ('某某市美丽
    村庄建设专项' / '行动组文件', '…安全生产委员会文' / '件'): the lines joined
    are one mark where the 发文字号 stands right under them (7.2.4), as it
    stands under a 版头. A
    session's or a sitting's own mark ('某某市第十二届人大常委会第四十九次会议
    文件', over each report laid before it) has no 发文字号 under it: cut
    anywhere ('…第四十九次会' / '议文件', '…会议文' / '件'), the lines joined
    are that mark where they make it whole and the text above ends there.
    A page that runs the 发文字号 onto the mark's line ('某某县委办公室文件
    某办发〔2020〕4号') the wrap may cut after the number's 代字: the mark and
    代字 over the rest of the number ('〔2020〕4号') are that line again.
    A 函's head sets the 发文字号 right of the organ's name on one row (GB/T
    9704 10.1, 信函格式); an extractor that reads the row's boxes out of order
    gives the number's year and serial first, then the name with the 代字 run
    on after it ('〔2020〕57号' / '某某市人民政府某府函'): the name, then the number
    whole under it, as a 版头 prints them."""
    out: list[Line] = []
    cut_number = False
    for n, line in enumerate(lines):
        text = line.text.replace(" ", "")
        below = lines[n + 1].text if n + 1 < len(lines) else ""
        if out and out[-1].text.strip() and (coded := _organ_then_code(text, out[-1].text.replace(" ", ""))):
            out[-1:] = [replace(line, text=coded[0]), replace(out[-1], text=coded[1] + out[-1].text.strip())]
        elif cut_number:
            cut_number = False
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + line.text.strip())
        elif (run_on := MARK_RUN_ON_RE.match(line.text.strip())) and len(code := run_on.group("number")) <= CODE_RUN_ON \
                and not re.search(r"\s", code) \
                and ISSUER_MARK_RE.match(run_on.group("mark").replace(" ", "")) and not DOC_NUMBER_RE.search(code) \
                and len(below.strip()) <= NUMBER_REST_CHARS and is_doc_number_line(code + below.strip()):
            cut_number = True
            out.append(line)
        elif out and text == "文件" and ISSUER_MARK_RE.match(out[-1].text.replace(" ", "") + "文件"):
            out[-1] = replace(out[-1], text=out[-1].text.strip() + "文件")
        elif out and text.endswith("件") and not ISSUER_MARK_RE.match(text) and is_doc_number_line(below) \
                and (k := _mark_cut_from(out, text)):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]
        elif out and (run_on := MARK_RUN_ON_RE.match(line.text.strip())) \
                and not ISSUER_MARK_RE.match(run_on.group("mark").replace(" ", "")) \
                and is_doc_number_line(run_on.group("number")) and (k := _mark_cut_from(out, run_on.group("mark"))):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]  # (the
            # mark cut, its number run on after it on the line: '…办公室' / '文件 某办发〔2020〕4号')
        elif out and text.endswith("件") and not ISSUER_MARK_RE.match(text) and (k := _session_mark_cut_from(out, text)):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]
        else:
            out.append(line)
    return out


def _organ_then_code(text: str, above: str) -> Optional[tuple[str, str]]:
    """The organ's name and the 代字 run on after it (_join_stacked_marks), where the line above is a number's year
    and serial alone ('〔2020〕57号') and the 代字 with them is a 发文字号; None elsewhere."""
    if not YEAR_SERIAL_RE.fullmatch(above):
        return None
    for end in range(len(text) - 1, 3, -1):
        organ, code = text[:end], text[end:]
        if len(code) <= CODE_CHARS and re.fullmatch(r"[\u4e00-\u9fa5]+", code) and masthead_name(organ) \
                and is_doc_number_line(code + above):
            return organ, code
    return None


YEAR_SERIAL_RE = re.compile(r"[〔［\[]\d{4}[〕］\]]第?\d{1,4}号")  # a 发文字号 without its 代字
CODE_CHARS = 6  # characters of a 机关代字 at most ('某府函', '某政办发')
CODE_RUN_ON = 16  # characters of a number's head (its 代字, perhaps its year) the wrap may leave after the 版头's 文件
NUMBER_REST_CHARS = 12  # characters of a 发文字号 the wrap may carry under its head ('〔2020〕4号', '号')
SESSION_MARK_RE = re.compile(rf"^{SESSION}" + either_script("文件") + "$")


def _session_mark_cut_from(out: list[Line], tail: str) -> int:
    """How many of the lines above end in a session's or sitting's own mark
    whose last words the line holds ('议文件', '件'): the fewest that make the
    mark whole with it, the line over them ending a sentence, a mark or a
    目录 entry (no sentence's words run into a mark), or 0."""
    for k in range(1, min(MARK_LINES, len(out)) + 1):
        over = out[-k - 1].text.strip() if len(out) > k else ""
        if SESSION_MARK_RE.match("".join(q.text.replace(" ", "") for q in out[-k:]) + tail) \
                and (not over or ends_sentence(over) or ISSUER_MARK_RE.match(over.replace(" ", ""))
                     or closes_toc_entry(over)):
            return k
    return 0


MARK_LINES = 3  # lines a 发文机关标志 may be cut over at the narrowest measure


def _mark_cut_from(out: list[Line], tail: str) -> int:
    """How many of the lines above end in the 发文机关标志 whose last words
    ('…行动组文件') the line holds: the fewest that make one mark with it, or 0."""
    for k in range(1, min(MARK_LINES, len(out)) + 1):
        if ISSUER_MARK_RE.match("".join(q.text.replace(" ", "") for q in out[-k:]) + tail):
            return k
    return 0


# A line that leaves its last bracket open, though it closed one before it ("…工程(碧水工" / "程)项目…的
# 通知(扬府办" / "发〔2003〕101号)"): the bracket closes on the next line.
LEFT_OPEN_RE = re.compile(r"[（(][^（）()]*$")


def _coded_by_kind(text: str, kind: str) -> bool:
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


def _title_end(out: list[Line]) -> str:
    """The last line above, read with the line over it where the wrap left
    only a kind word's last character or two on it ('…的通' / '告'): the
    title's end a number line under it follows."""
    if not out:
        return ""
    last = out[-1].text.strip()
    joined = (out[-2].text.rstrip() if len(out) > 1 else "") + last
    kind = kind_of(joined) if not out[-1].starts_block and re.fullmatch(r"[\u4e00-\u9fa5]{1,2}", last) else None
    return joined if kind and joined.endswith(kind) and len(kind) > len(last) else last


def _bare(match: re.Match) -> bool:
    """The number after the title stands in no bracket (_title_then_bare_number)."""
    return not match.group("frame").startswith(tuple(OPEN_BRACKETS))


def _under_annex_mark(above: list[Line]) -> bool:
    """The title's first lines, above it, follow an 附件's mark ('附一：' /
    '广东省…关于…' / '…的请示报告 粤法经行字〔1988〕第294号'): the number
    after it is the annexed 请示's own, printed with its title as an
    附件's heading cites it (_annex_head), no headline's. A 成文日期 between
    closes the text the mark belongs to: the 附件说明 ('附件:…示意图') stands
    over the signature and the date (GB/T 9704 7.3.4-7.3.5), and a title
    under that date heads the next document. Only a title's lines stand
    between: a numbered heading or a line holding a clause's mark (an
    annexed list's '一、参会单位' and its rows) is the annex's text, and a
    title under it no annexed 请示's head."""
    for line in reversed(above[-TITLE_LINES:]):
        if ANNEX_MARK_RE.match(line.text.strip()) or ANNEX_RUN_IN_RE.match(line.text.strip()):
            return True
        if ends_sentence(line.text) or is_date_line(line.text) or re.search(r"[，；：,;:]", line.text) \
                or LABEL_RE.match(line.text.strip()):
            return False
    return False


Stage = Callable[[list[Line], float], list[Line]]


def _widthless(stage: Callable[[list[Line]], list[Line]]) -> Stage:
    """A stage that reads no widths, in the (lines, full_width) form every stage takes."""
    return lambda lines, full_width: stage(lines)


def _each_line_set_out(lines: list[Line], full_width: float) -> list[Line]:
    """Each line parted where print sets its pieces on lines of their own: a
    发文字号 and the title after it (under a sentence the store cut, only in
    its brackets or spaced from a whole title), a title and its dated 题注, a
    signature and its date, a date and the 附注 run on after it."""
    return [closed for k, line in enumerate(lines)
            for split in (_number_then_title(line, lines[k + 1:], full_width)
                          if not _cut_mid_sentence(lines, k, full_width)
                          else _bracketed_number_then_title(line, lines[k + 1:], full_width)
                          or _spaced_number_then_whole_title(line, lines[k + 1:], full_width) or [line])
            for dated in _title_then_note_date(split) for piece in _signature_then_date(dated)
            for closed in _date_then_note_run_in(piece)]


def _titles_then_numbers(pieces: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 prints the 发文字号 on a line of its own under the title; a
    title that carries it in brackets at its end, or a 通告 its serial (the
    bracket or the 号 perhaps wrapped onto the next line), is given back that
    form: the title, then the number as a line of its own. Only a title
    ending in its kind word, with no sentence punctuation, not run into
    from a sentence above (a sentence citing "…的通知(国办发〔2020〕1号)" stays
    whole), and not a body line the wrap filled (_body_line_at_measure)."""
    out: list[Line] = []
    for n, line in enumerate(pieces):
        prev = out[-1] if out else None
        aside_cut = prev is not None and _aside_cut_over(out, line.text, pieces[n + 1:n + 1 + NOTE_LINES])
        joined = prev is not None and not aside_cut and (prev.text.count("(") + prev.text.count("（")
                                       > prev.text.count(")") + prev.text.count("）")
                                       or bool(LEFT_OPEN_RE.search(prev.text))
                                       or bool(SERIAL_TAIL_RE.match(line.text)) or _kind_end_and_serial(line.text, prev.text)
                                       or _kind_end_and_number(prev, line.text, full_width))
        text = prev.text + line.text if joined else line.text
        # (a title whose number's bracket the wrap cut, '…的通告(某政' / '通〔2022〕3号)', under an aside cut open)
        aside_cut = aside_cut or joined and _aside_cut_over(out[:-1], text, pieces[n + 1:n + 1 + NOTE_LINES])
        match = _title_with_number(text) or (None if joined else _serial_after_wrapped_title(out, line))
        addressees = None if match else _addressees_run_in(text, pieces, n)
        if addressees:
            match = _title_with_number(text[:len(text) - len(addressees)].rstrip())
        above = out[-2] if joined and len(out) > 1 else prev if not joined else None
        if joined and match is None and serial_notice_number(text) \
                and (SERIAL_TAIL_RE.match(line.text) and re.search(r"[\d第〔［\[（(〕］\]）)]\s*$", prev.text)
                     or _kind_end_and_serial(line.text, prev.text)):
            out[-1] = replace(prev, text=text)  # a 公告 titled by its 标志 and serial, the wrap cutting inside the
            continue  # serial, after its year ('…公告〔2023〕' / '第6号') or inside the kind word ('…公' / '告〔2024〕
            # 第1号'): one line again, as printed (a serial on a line of its own under the whole kind stays there)
        if not (match and kind_of(match.group("title"))
                and not re.search(r"[，。；：,;:]", match.group("title"))
                and not (kind_of(match.group("title")) == "令" and figured(match.group("title")))
                and not (LEFT_OPEN_RE.search(match.group("title")) and not match.group("frame").startswith(
                    tuple(OPEN_BRACKETS)))  # a citation's bracket left open before the serial: '…（国务院令第590号' /
                # '）第八条…', the wrap cutting after the 号 (a title closes the brackets it opens)
                and not (not joined and _body_line_at_measure(prev, line, match.group("title"), full_width))
                and not (not joined and (kind := kind_of(_title_end(out))) in NUMBERED_KINDS
                         and (serial_notice_number(text) or _coded_by_kind(text, kind)))
                and not (not joined and kind in RULE_KINDS and serial_notice_number(text)
                         and (len(out) < 2 or not flows_on(out[-2].text)))
                # (a 公告 that promulgates a 规章, under the 规章's title that opens the text: 'XX市人民政府公告第75号'
                # whole, as printed, its serial with its 标志 (GB/T 9704 10.1); where the line over that title runs
                # on, the 标志 split from its serial is what opens the 公告)
                # (a 公告's number line under its title whole, its 代字 perhaps ending in the kind: '某征补公告〔2022〕12号')
                and not (above is not None and flows_on(above.text) and not aside_cut and not _classed_frame(match)
                         and not outline_heading(out, len(out) - (2 if joined else 1), full_width)
                         and not _wrapped_title_head(out[:len(out) - 1 if joined else len(out)],
                                                     match.group("title"))
                         and not joint_head_spaced(match.group("title"))
                         and not _headline_then_number(out[:len(out) - 1 if joined else len(out)], text, match)
                         and not _addressed_under(match.group("title"), pieces[n + 1:n + 1 + ADDRESSEE_WRAP], full_width))
                and not (_bare(match) and _under_annex_mark(out[:len(out) - 1 if joined else len(out)]))
                and not _turns_annex_name(out[:len(out) - 1 if joined else len(out)], match.group("title"))
                and not (not aside_cut and _inside_open_bracket(out[:len(out) - 1 if joined else len(out)],
                                                                match.group("title")))
                and not _numbered_entry(out[:len(out) - 1 if joined else len(out)], match.group("title"))
                and not (n + 1 < len(pieces) and ACKNOWLEDGED_RE.match(pieces[n + 1].text))):  # a 请示 a reply cites
            out.append(line)
            continue
        if joined:
            out.pop()
            if match.group("title"):  # the title's part on the line where the bracket opens
                out.append(replace(prev, text=match.group("title")))
        else:
            out.append(replace(line, text=match.group("title")))
        out.append(replace(line, text=match.group("frame"), starts_block=False, heading_mark=False))
        if addressees:  # the wrap measured it with the title and number before it (Line.annotated)
            out.append(replace(line, text=addressees, starts_block=True, heading_mark=False,
                               annotated=line.annotated + width(line.text) - width(addressees)))
    return [_own_runs(line) for line in out]


def _outline_run_in(lines: list[Line], full_width: float) -> list[Line]:
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
    """The lines of a run-in body (_outline_run_in), each piece of its
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
    starts = [0]
    for line in block:
        starts.append(starts[-1] + len(line.text))
    cuts: list[int] = []
    last: dict[str, int] = {}
    piece = 0
    for at in range(1, len(text)):
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
    if len(cuts) < OUTLINE_RUN_IN_MIN or sum(bool(FULL_STOP_END_RE.search(text[:at])) for at in cuts[1:]) < spaced:
        return block
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


OUTLINE_HEADING_MAX = 30  # characters of a heading's label and short name run in before its text
ANNEX_TAIL_RE = re.compile(r"附\s*件\s*[:：]$")  # the 附件说明's mark its list runs on after: no outline's


def _own_runs(line: Line) -> Line:
    """A piece these steps parted from a printed line (a title, a 发文字号, a
    主送, a date the page ran together and spaced apart) keeps no runs of that
    line: its gaps were the page's spaces between the pieces, no columns of a
    table the piece is a row of (tables.py reads rows by their runs)."""
    if line.runs is None or squash("".join(text for _, _, text in line.runs)) == squash(line.text):
        return line
    return replace(line, runs=None)


def _numbered_entry(above: list[Line], title: str) -> bool:
    """GB/T 9704 7.3.1: a 标题 carries no 层次序数 (7.3.3 numbers the body's
    层次). Title-like words with a 发文字号 in brackets after their kind word
    that open on a numbering label ('1.', '三、'), on their own line or on the
    first of the lines the wrap carried them over, are an entry of a list of
    documents (a 清理 decision's 目录: '2.某某县人民政府办公室关于印发…的通知' /
    '…（某政办发〔2016〕12号）'), no title over its number: the run back to the
    label holds no sentence's punctuation and no more than a title's length,
    and no line of the run but the label's opens a 标题 (its organ and 关于)
    itself. Nor does a 令's (or a 公告's) 发文机关标志 whole with its serial after it ('某某市人民政府令第16号', GB/T
    9704 10.1-10.2): it is the order's 版头, as a title's organ and 关于 are its head, and a list names a 令 by the
    rule it promulgates, its number in brackets after it, not by the 标志."""
    if LABEL_RE.match(title):
        return True
    if _reads_as_head(title) or is_order_name(title):
        return False  # a title that opens on its own line (its organ and 关于, or a 令's 标志): the text above ends
        # before it (an excerpt cut after a heading: '二、机构、人员、经费管理' / '某某市人民政府令第16号')
    head = title
    for line in reversed(above[-(TITLE_LINES - 1):]):
        text = line.text.strip()
        if ends_sentence(text) or is_doc_number_line(text) or is_date_line(text) \
                or re.search(r"[，。；：,;:]", text):
            return False
        head = text + head
        if len(head) > TITLE_CHARS:
            return False
        if (label := LABEL_RE.match(text)) and re.match(r"[\u4e00-\u9fa5《]", label.group("rest")):
            return True  # (a label with the entry's words after it: no page in brackets alone, '(1)')
        if _reads_as_head(head):
            return False  # the title's own first line (its organ and 关于): the text above ends before it
        if line.starts_block:
            return False
    return False


def _inside_open_bracket(above: list[Line], title: str) -> bool:
    """The title-like words go on a bracket a line above opened and left open to their end, a 题注 over
    several lines ('(1993年1月9日…通过' / … / '…以…常务委员会公告第4号' / '公布)'): what they hold is the
    note's, no title with its number, whatever kind word they end on (a title's own pair the wrap parted,
    '…工程(清' / '水工程)项目…的通知(…号)', closes in them)."""
    depth = _depth(title)
    for line in reversed(above[-NOTE_LINES:]):
        if ends_sentence(line.text):
            return False
        depth += _depth(line.text)
        if depth > 0:
            return True
        if line.starts_block:
            return False
    return False


def _classed_frame(match: re.Match) -> bool:
    """The title's frame is its number and a reply's 分类标记 in brackets (frame.CLASSED_NUMBER_END_RE): the reply's
    own frame, whatever the line above leaves unfinished (a store's cut)."""
    end = CLASSED_NUMBER_END_RE.search(match.group("frame").strip())
    return bool(end and end.group("bracket"))


def _aside_cut_over(above: list[Line], text: str, below: Sequence[Line]) -> bool:
    """The lines above, since the last sentence's end, leave a round bracket open, and the line, with the lines
    between that bracket's line and it (a title the wrap cut), is a whole 标题 by its own grammar (发文机关 + 关于 +
    事由 + 文种, TITLE_GRAMMAR_RE) with its 发文字号 in its own brackets at its end, closing nothing opened before it,
    while no line under it closes the bracket left open above: an excerpt the store cut inside an aside ('…优先考虑
    在乡镇公共场所(' / '某县人民政府关于…的通告(某政通〔2022〕3号)'). An aside, or a 题注 the words run inside
    (_inside_open_bracket), closes its bracket (the 题注 is one bracketed note under a regulation's title: '(1993年
    1月9日…通过' / … / '公布)'); one that never closes was cut, so the title is no part of it, nor a wrapped number's
    line ('…的通知(国办发' / '〔2020〕1号)'), which closes the bracket above first."""
    match = _title_with_number(text)  # (first: most lines are none, and the others are read character by character)
    if not match or bracket_depth(text) != 0:  # (closing nothing opened before it, and leaving nothing open)
        return False
    head = ""
    for line in reversed(above[-NOTE_LINES:]):
        if ends_sentence(line.text) or line.text.count("(") + line.text.count("（") \
                + line.text.count(")") + line.text.count("）") and _depth(line.text) <= 0:
            return False  # (a bracket the line above closes, or a finished sentence: nothing left open)
        if _depth(line.text) > 0:
            break  # the line that leaves the aside open; the lines under it are the title's head
        if line.starts_block:
            return False
        head = line.text.strip() + head
    else:
        return False
    title = head + match.group("title").strip()
    if _joint_title_spaced(title):  # (a head the page set with spaces between its organs and where its lines broke,
        title = re.sub(r"\s+", "", title)  # '某某市…办公室 关于推进…服务 体系…的通知 某文〔2016〕3号': read closed up)
    if not (kind_of(title) and TITLE_GRAMMAR_RE.match(title) and not re.search(r"[，。；：,;:]", title)
            and len(title) <= TITLE_CHARS):
        return False
    return bracket_depth("".join(line.text for line in below)) is not None  # (no line under closes the aside)


def _depth(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


ANNEX_NAME_REACH = 6  # lines an 附件说明's name takes above its turned end at the narrowest measure


def _turns_annex_name(above: list[Line], title: str) -> bool:
    """The title-like line, its 发文字号 in brackets after it, ends the name
    of the 附件说明 above (annex_name_turns: '附件:…关于…有关' / '情况的通报
    (某办函〔2023〕4号)'): the forwarded text's title and number as the list
    names it, one item, not a title over its own number line."""
    for top in range(len(above) - 1, max(-1, len(above) - 1 - ANNEX_NAME_REACH), -1):
        if ANNEX_LIST_RE.match(above[top].text.strip()):
            return annex_name_turns([line.text for line in above[top:]], [title])
        if ends_sentence(above[top].text):
            return False
    return False


def _annex_marks(lines: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 8: an 附件 printed with the text opens with its mark ('附件'),
    its title under it, and a notice printed so has its 发文字号 under its
    title (7.2.4); a page that ran the title into the mark's line
    ('附件:XX印发《…》的通知', its number perhaps run on after the kind word:
    '…的通知(94)财农字第345号') is given back that form where the title, read
    on over the lines its wrap took, stands right over a 主送 of its own (the
    forwarded notice of a 转发, printed whole): the mark alone, the title,
    the number. A mark and a title over anything else (a signature, the next
    entry) is an 附件说明's line and stays whole."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        mark = ANNEX_RUN_IN_RE.match(line.text)
        head = _annex_head(mark.group("title"), lines, i, full_width) if mark else None
        if head is None:
            out.append(line)
            i += 1
            continue
        k, title, number = head
        prefix = line.text[:mark.start("title")]
        out += [replace(line, text=prefix.rstrip()),
                replace(line, text=title if number else mark.group("title"), starts_block=True, heading_mark=False,
                        annotated=line.annotated + width(prefix))]
        if number:  # the title joined from its wrap, the number on a line of its own under it
            out.append(replace(lines[k], text=number, starts_block=False, heading_mark=False))
            i = k + 1
        else:
            i += 1
    return out


def _annex_head(title: str, lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, str, Optional[str]]]:
    """(last line, title, its 发文字号 or None) of the title begun on line i
    when it ends in its kind word, every bracket and 《》 closed, perhaps with
    its number run on after it, right over a 主送; it goes on into the next
    line only while it leaves one open or its line fills the measure (the
    wrap cut it). None for any other line."""
    k, text = i, title
    while not ((cut := _kind_then_number(text)) is not None or kind_of(text) and balanced(text)):
        if re.search(r"[，。；：,;:]", text) or k + 1 >= min(len(lines), i + TITLE_LINES) \
                or balanced(text) and printed_width(lines[k]) < full_width * MEASURE.fills:
            return None
        k, text = k + 1, join_title([text, lines[k + 1].text])
    if cut is None and k + 1 < len(lines) \
            and (cut := _kind_then_number(joined := join_title([text, lines[k + 1].text]))) is not None:
        k, text = k + 1, joined  # its number on the next line, perhaps after the word the wrap took ('报告 粤法…号')
    below = [line.text for line in lines[k + 1:k + 1 + ADDRESSEE_WRAP]]
    if not (_addressees(below) or below and _named_addressees(below[0], below[1:])):  # (a 请示 to one body by name)
        return None
    return (k, text[:cut], text[cut:].strip()) if cut is not None else (k, text, None)


NUMBER_TAIL = 30  # characters of a 发文字号 run on after a title


def _kind_then_number(text: str) -> Optional[int]:
    """Where a title that ends in its kind word, every bracket and 《》
    closed, leaves off and the 发文字号 run on after it begins; None when
    the text ends in no such number."""
    for cut in range(len(text) - 1, max(0, len(text) - NUMBER_TAIL) - 1, -1):
        tail, head = text[cut:], text[:cut].rstrip()  # (a space between them, as a page may set: '…的请示报告 粤法…号')
        if (DOC_NUMBER_RE.fullmatch(tail) or YEAR_FIRST_NUMBER_RE.fullmatch(tail)) \
                and kind_of(head) and balanced(head):
            return len(head)
    return None


def _addressees(texts: list[str]) -> bool:
    """The lines given open with a 主送 closing on its colon (GB/T 9704
    7.3.2), on one line or wrapped over a few: names, with no figure, date
    or 附件 mark among them (a signature over its date, then the 附件's mark
    or the next title, read on into a colon, are no 主送)."""
    for k in range(1, len(texts) + 1):
        if k > 1 and (is_date_line(texts[k - 1]) or ANNEX_HEAD_RE.match(texts[k - 1])):
            return False
        joined = join_title(texts[:k])
        if is_addressee_line(joined) and not re.search(r"\d", joined) and not DATE_RE.search(joined):
            return True
    return False


def _addressees_then_body(texts: list[str]) -> bool:
    """The lines given open with a 主送 closing on its colon, and the body's first sentence run on after the
    colon as an extractor that joins text boxes gives it ('…银行：现将《…》印发给你们，…'): what follows the
    colon opens as a body opens (BODY_OPENING_RE)."""
    joined = join_title(texts)
    colon = re.search(r"[:：]", joined)
    return bool(colon) and bool(BODY_OPENING_RE.match(joined[colon.end():])) and _addressees([joined[:colon.end()]])


def _class_addressees_run_on(texts: list[str]) -> bool:
    """The lines given open with a 主送 that addresses a class of organs by 各
    ('各镇人民政府、街道办事处，各委、局，各直属单位：', GB/T 9704 7.3.2), closing
    on its colon, and the body run on after the colon as a page that runs a
    whole notice into one paragraph gives it, whatever the body's first
    sentence opens with ('…单位:西青区第十六届人民代表大会…批准了…'): no
    sentence opens on 各 and a list of organs and stops at a colon right
    after a title."""
    joined = join_title(texts).lstrip()
    colon = re.search(r"[:：]", joined)
    return bool(colon) and colon.end() < len(joined) and bool(CLASS_OPENING_RE.match(joined)) \
        and _addressees([joined[:colon.end()]])


def _reply_addressee_run_on(texts: list[str]) -> bool:
    """The lines given open with one body's name over its colon, and the
    body's first sentence run on after the colon answers that body in the
    second person ('…公司:你公司《关于…的请示》收悉。', '…局：你局…'): a notice
    or 批复 that answers a 请示 opens so, addressing the organ that asked
    (GB/T 9704 7.3.2), so the name is its 主送 though one name alone over a
    colon is as often a list's lead (grammar._organs_only). Only a whole
    organ's name ending as organs end, with no sentence word in it."""
    joined = join_title(texts).lstrip()
    colon = re.search(r"[:：]", joined)
    if not colon or colon.end() >= len(joined):
        return False
    name = joined[:colon.start()].strip()
    return 2 < len(name) <= TITLE_CHARS and not re.search(r"[、，,；;。\s（）()《》]", name) \
        and bool(ORGAN_END_RE.search(name)) and not ABOUT_RE.search(name) \
        and bool(REPLY_OPENING_RE.match(joined[colon.end():].lstrip()))


def _wrapped_title_above(out: list[Line]) -> bool:
    """The lines last given out end a title the measure wrapped, its kind
    word on the last of them ('…关于落实…任务分工的通' / '知'): a few lines,
    none holding a sentence's punctuation, that read as a title by its
    grammar (its organ and 关于, GB/T 9704 7.3.1) from their first."""
    for k in range(2, min(TITLE_WRAP_LINES, len(out)) + 1):
        if re.search(r"[，。；：,;:]", out[-k].text):
            return False
        joined = join_title([line.text for line in out[-k:]])
        if TITLE_GRAMMAR_RE.match(joined.replace(" ", "")) and kind_of(joined):
            return True
    return False


TITLE_WRAP_LINES = 8  # lines a title takes at the narrowest measure
CLASS_OPENING_RE = re.compile(either_script(r"^各[\u4e00-\u9fa5]"))
TITLE_END_RE = re.compile(either_script("的(?:" + "|".join(p for _, p in KINDS) + ")"))  # a title's end (…工作的通知): in no 主送
BRACKETS_RE = re.compile(r"[（(][^（）()]{4,60}[）)]")


def _addressees_run_in(text: str, lines: list[Line], n: int) -> Optional[str]:
    """GB/T 9704 sets the 标题, the 发文字号 and the 主送机关 each on a line of
    its own (7.3.1, 7.2.4, 7.3.2); a page that ran them into one line
    ('…的通知(X发〔1999〕8号)各省、…单位:') puts the 主送 right after the
    number in brackets. That rest of the line (line n of lines, text with
    the line above it joined), read on over the lines the wrap carried it
    onto, is a 主送 closing on its colon: it is returned, to be set on a line
    of its own; None for any other line."""
    for bracket in BRACKETS_RE.finditer(text):
        frame, rest = paren_frame(bracket.group(0)), text[bracket.end():].strip()
        if not (frame and frame[1] and rest):
            continue
        following = [line.text for line in takewhile(lambda line: not line.starts_block, lines[n + 1:n + ADDRESSEE_WRAP])]
        return rest if _addressees([rest] + following) else None
    return None


def _addressees_then_run_on_body(lines: list[Line]) -> list[Line]:
    """GB/T 9704 sets the 主送机关 on a line of its own under the title (7.3.2)
    and the body under it; a page that lost that break runs the body's first
    sentence on after the colon ('各村、各社区：为切实做好…'). Right under a
    title (its kind word ending the line) or its 发文字号, names closing on a
    colon and then a sentence opening as bodies open (_addressees_then_body),
    or one body's name then a sentence answering it (_reply_addressee_run_on),
    are given back that form: the 主送 to its colon, the body a block of its
    own, on the line the colon stands on or the one the wrap carried it onto.
    Under a title the measure wrapped ('…工作的通' / '知'), names by 各 are read
    so whether or not the extractor marked their line as a paragraph's first
    (an indent of ASCII spaces marks none): a title ends its own line (GB/T
    9704 7.3.1), its kind word last, so the line under it opens a block."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        above = out[-1].text.strip() if out else ""
        run = [line.text] + [following.text for following in
                             takewhile(lambda following: not following.starts_block, lines[i + 1:i + ADDRESSEE_WRAP])]
        under_title = bool(above) and not re.search(r"[，。；：,;:]", above) \
            and (is_doc_number_line(above) or bool(kind_of(above))
                 or _class_addressees_run_on(run) and _wrapped_title_above(out))
        letter = under_title and bool(LETTER_TITLE_RE.match(above)) and kind_of(above) == "信" \
            and _salutation(run[0], run[1:])  # a letter's 称谓, then its first sentence whatever it says
        if not (under_title and (_addressees_then_body(run) or _class_addressees_run_on(run)
                                 or _reply_addressee_run_on(run) or letter)):
            out.append(line)
            i += 1
            continue
        j = next(k for k, text in enumerate(run) if re.search(r"[:：]", text))
        offset = re.search(r"[:：]", run[j]).end()
        rest = lines[i + j].text[offset:].lstrip()
        out.extend(lines[i:i + j])
        if rest:
            out.append(replace(lines[i + j], text=lines[i + j].text[:offset]))
            out.append(replace(lines[i + j], text=rest, starts_block=True, heading_mark=False,
                               annotated=lines[i + j].annotated + width(lines[i + j].text) - width(rest)))
        else:
            out.append(lines[i + j])
        i += j + 1
    return out


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


def _titles_then_addressees(lines: list[Line], full_width: float = 0.0) -> list[Line]:
    """GB/T 9704 sets the 标题 and the 主送机关 each on a line of its own
    (7.3.1, 7.3.2), and the body under them; an extractor that joins text
    boxes runs them into one ('…关于…的通知各省、…单位：', '…的通知为加强…，'),
    which a narrow measure may wrap anywhere. The line where the title ends
    is parted there, the 主送 or the body a block of its own."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cut = _title_then_addressees(lines, i, out, full_width, letter_only=True) \
            if out and flows_on(out[-1].text) and not outline_heading(out, len(out) - 1, full_width) \
            and not joint_head_wrapped(lines, i) \
            else _title_then_addressees(lines, i, out, full_width)  # (under a line cut mid-sentence, only a letter's
        # title with its 称谓 run in: no sentence goes on into a letter's name and a salutation closing on its colon,
        # nor into a joint head's organs parted by spaces)
        if cut is None:
            out.append(line)
            i += 1
            continue
        j, offset = cut
        out.extend(lines[i:j])
        head, rest = lines[j].text[:offset].rstrip(), lines[j].text[offset:].lstrip()
        out.append(replace(lines[j], text=head))
        if (number := NUMBER_AFTER_TITLE_RE.match(rest)) and rest[number.end():].strip():
            out.append(replace(lines[j], text=number.group(0).strip(), starts_block=True, heading_mark=False,
                               annotated=lines[j].annotated + width(lines[j].text) - width(number.group(0))))
            rest = rest[number.end():].lstrip()  # (the title's number in brackets a line of its own, 7.2.4, the 主送
            # under it)
        rest_line = replace(lines[j], text=rest, starts_block=True, heading_mark=False,
                            annotated=lines[j].annotated + width(lines[j].text) - width(rest))  # measured with the title
        block = list(takewhile(lambda line: not line.starts_block, lines[j + 1:i + RUN_IN_LINES]))
        if not re.search(r"[:：]", head) \
                and (closed := _comma_closing_addressees("".join(line.text for line in [rest_line] + block))):
            # The 主送 a block of its own, closing on the comma the page left it, over the lines the wrap set it on;
            # the body a block of its own under it.
            used, at = 0, 0
            while at + len(rest_line.text) < closed and used < len(block):
                out.append(rest_line)
                at, rest_line, used = at + len(rest_line.text), block[used], used + 1
            cut_at = closed - at
            if rest_line.text[cut_at:].strip() or used == len(block):
                out.append(replace(rest_line, text=rest_line.text[:cut_at]))
                rest_line = replace(rest_line, text=rest_line.text[cut_at:].lstrip(), starts_block=True,
                                    heading_mark=False, annotated=rest_line.annotated + width(rest_line.text[:cut_at]))
            else:  # (the comma at the line's end: the body opens on the next line)
                out.append(rest_line)
                rest_line, used = replace(block[used], starts_block=True, heading_mark=False), used + 1
            i, j, block = i + used, j + used, block[used:]
        if cuts := _frame_run_in("".join(line.text for line in [rest_line] + block)):  # the title's date and
            at, used = len(rest_line.text), 0  # number, then its body: the lines the frame runs over, no more (the
            while used < len(block) and at <= cuts[-1]:  # lines under them are read on for titles run in as any are)
                at, used = at + len(block[used].text), used + 1
            if not _frame_run_in("".join(line.text for line in [rest_line] + block[:used])):
                used = len(block)
            out.extend(_part_run_in_frame([rest_line] + block[:used]))
            i = j + 1 + used
            continue
        out.append(rest_line)
        i = j + 1
    return out


# A rule's first division run in after its title: the first 编, 篇 or 章 and its short name to the line's end
# ('…管理办法第一章 总 则'), or the first article and its text ('…暂行办法第一条 为规范…').
FIRST_DIVISION_RE = re.compile(either_script(
    r"第\s*[一1]\s*(?:[编篇章]\s*[\u4e00-\u9fa5][\u4e00-\u9fa5\s]{0,15}$|条\s*\S)"))


def _titles_then_first_division(lines: list[Line]) -> list[Line]:
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
        if _title_stands(above[:k]):
            return division.start() if kind_of(title) and len(title) >= 6 and not CITING_OPENER_RE.match(title) \
                and not LABEL_RE.match(title) else None
    return None


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


def _frame_run_in(text: str) -> list[int]:
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
    # A date a sentence runs on from ('…的通知2021年3月1日起废止') is no frame's.
    return ends if ends and re.match(r"\s*(?![起前后以至到止内])[\u4e00-\u9fa5]", text[ends[-1]:]) else []


def _frame_piece(match: re.Match) -> bool:
    """A date, or a number whose 代字 is a code, not the rest of a title the
    text goes on with ('…》的通知某政发〔1987〕…': '的通知某政发' is no 代字, nor
    is '报告粤法…' after '…的请示': the title goes on to '…的请示报告')."""
    code = match.groupdict().get("prefix") or ""
    return "的" not in code and not kind_of(code) and not any(kind_of(code[:n]) == code[:n] for n in range(1, 5))


def _part_run_in_frame(block: list[Line]) -> list[Line]:
    """The lines of a block that opens with a run-in frame (_frame_run_in):
    its date and its number each a line of its own, whole however the wrap
    cut them ('…的通知19' / '87年4月2日…'), then the body from where it opens,
    as the lines carry it."""
    text = "".join(line.text for line in block)
    cuts = _frame_run_in(text)
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


RUN_IN_LINES = 18  # a title at its longest and a 主送's first lines, at the narrowest measure


def _addressees_closed_on(rest: str) -> bool:
    """What runs in after a title on its line is a 主送 closing on its colon
    there, no sentence's mark before it ('区人大常委会:', GB/T 9704 7.3.2)."""
    colon = re.search(r"[:：]", rest)
    return bool(colon) and not re.search(r"[，。；,;]", rest[:colon.start()]) and _addressees([rest[:colon.end()]])


def _title_stands(above: list[Line]) -> bool:
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


# How a body's first sentence opens (its purpose, ground or occasion), which no title goes on with after its 文种.
BODY_OPENING_RE = re.compile(either_script(r"^(?:为了?|根据|按照|依据|依照|遵照|近年来|随着|今年以来|当前|目前|经[^费济]"
                                           r"|现[将就对予]|自\d)"))


@lru_cache(maxsize=1 << 16)  # asked of every line of a run a title may open, by several stages
def _number_alone(text: str) -> bool:
    """A line that is a 发文字号 and nothing else: its 代字 an abbreviation,
    never words joined by 的 ('…的通知长府办发〔2009〕47号' is a title's tail run
    into its number)."""
    text = text.strip()
    return is_doc_number_line(text) and "的" not in re.split(rf"[{OPEN_BRACKETS}]", text, maxsplit=1)[0]


@lru_cache(maxsize=1 << 14)  # asked of every line under each title sought (_title_then_addressees' run)
def _linked_file(text: str) -> bool:
    """A line that is the name of a file a web page links, its title then its extension ('…的通知.doc'), no
    sentence in it: a download, one name, with no 主送 or body run in after a title (frame.FILE_NAME_END_RE)."""
    return bool(FILE_NAME_END_RE.search(text.strip())) and not re.search(r"[:：，。；,;]", text)


def _title_then_addressees(lines: list[Line], i: int, above: list[Line],
                           full_width: float = 0.0, letter_only: bool = False) -> Optional[tuple[int, int]]:
    """Where the title opening on line i leaves off and the 主送 or the body
    run on after it begins (line, offset), or None. The title reads as one by
    its grammar (its organ and 关于/印发/转发, or 关于; joint organs; or it
    stands under its 发文字号), ends in its kind word with every bracket and
    《》 closed and no sentence punctuation, on its first line or one the
    wrap carried it onto. What follows is a 主送 closing on its colon (the
    body perhaps run on after it), the longest such title ('…办公室关于…的
    通报' then '的通知…' is a 转发's title going on, not a 主送, and a 主送
    holds no 关于); or, where a title stands (_title_stands, or under its
    organ's line, _organ_line_over), the body's first sentence opening as
    bodies open (or on its year, DATED_BODY_OPENING_RE), the first such
    title ('的通知为…' does not open one), right after the 文种 or after the
    space a page that runs a whole notice into one line parts its pieces
    with ('…的通告 根据…').
    A letter's title (LETTER_TITLE_RE) where a title stands may have its
    称谓 run in after it, and nothing else. A line that is a whole 发文字号
    opens or goes on no title, though its 代字 ends as a kind word does
    ('甘发改规划〔〕号', a number whose figures a page stripped: 规划)."""
    if _number_alone(lines[i].text) or _linked_file(lines[i].text):
        return None
    run = [line.text for line in lines[i:i + 1]] + [
        line.text for line in takewhile(lambda line: not line.starts_block, lines[i + 1:i + RUN_IN_LINES])]
    run = list(takewhile(lambda text: not _linked_file(text), run))  # (no title runs into a linked file's name)
    head = " ".join(run)[:2 * TITLE_CHARS]  # a title and its 主送's first names at most
    # A reposting page's headline quotes the whole title in 《》 ('《某市人民政府办公厅关于…的通知》'): its grammar is
    # read inside them, and it ends on its 文种 and the closing 》.
    plain = head.replace(" ", "").removeprefix("《")
    passing = PASSING_TITLE_RE.match(plain)  # ('印发《…》的通知', organ and 关于 left out)
    grammar = TITLE_GRAMMAR_RE.match(plain) or _joint_organs_head(head) \
        or ANSWER_TITLE_RE.match(plain) or passing \
        or bool(above) and is_doc_number_line(above[-1].text.strip()) \
        and not ((head.startswith("各") or _organ_list_opens(head)) and _addressees(run))  # (GB/T 9704 7.2.4,
    # 7.3.1: the 版头's 发文字号, then the title under it, whatever it says; but a 主送 opening on 各, or on an organ's
    # name and its 顿号, under a number printed below its title is the 主送, though its names hold a kind word:
    # '各区县局、某新区规划' / '自然资源局:', '区发展改革委、…、区规划' / '自然资源局、…:')
    letter_stands = bool(LETTER_TITLE_RE.match(lines[i].text)) \
        and (_title_stands(above) or bool(above) and outline_heading(above, len(above) - 1, full_width))
    # A letter's title opening as one opens (致…, its place or organ, its kind: grammar.LETTER_OPENING_RE) with its
    # 称谓 run in is parted where no title stands too (under a text whose excerpt ends mid-sentence): no sentence goes
    # on into a letter's name and a salutation closing on its colon.
    letter = letter_stands or bool(LETTER_TITLE_RE.match(lines[i].text)) and bool(LETTER_OPENING_RE.match(lines[i].text))
    organs_only = False
    year_led = not grammar and _organ_year_title(head)
    # A notice served on one village or body and the parties it stands for (告知书, 征收土地预公告: frame.ADDRESSEE_CLASS_RE,
    # '…村及有关农户：'), its title read by no grammar of organ and 关于, its 主送 run in: only that 主送 closing on its
    # colon parts it, wherever it stands (_parties_served).
    served = not (grammar or letter) and bool(PARTIES_SERVED_RE.search(head.replace(" ", "")))
    # A public body's 通告, 公告 or 通知 titled by its place or name, its greeting to the public run in right after its
    # kind word ('…兵役登记公告广大适龄青年朋友们：'): only that greeting closing on its colon (PUBLIC_SALUTATION_RE)
    # parts it, wherever it stands, as a letter's 称谓 does; no sentence goes on past a kind word into it.
    hailed = not (grammar or letter) and bool(ORGAN_START_RE.match(head)) \
        and bool(PUBLIC_HAIL_RE.search(head.replace(" ", "")))
    if letter_only:
        organs_only = bool(grammar) and (_organ_led_title(head) or _about_led_title(head) or bool(passing)) or year_led
        if not (letter or organs_only or served or hailed):
            return None
        letter_stands = False  # (only the 称谓 run in parts it, or the 主送 of organs under a title its organ opens: no
        grammar = (grammar or year_led) if organs_only else None  # body)
    elif year_led:
        organs_only, grammar = True, year_led  # (an organ's title of its period, 关于 left out: only its 主送 of organs
        # closing on its colon parts it, wherever it stands; a body run in stays, as a sentence may open so)
    # A title of its 事由 and 文种 alone, joined by 的 (GB/T 9704 7.2.5: the organ may be left off), where a title
    # stands: only the body's first sentence opening as bodies open parts it ('…初审情况的公示根据《…》…').
    # So is a title that names the place and the year its 事由 covers, its 文种 joined on without 的 ('XX区2017年…
    # 招生入学工作通知为进一步…'), also under an outline heading an excerpt was cut after (below); where a title
    # stands, a 主送 of organs closing on its colon parts it too ('XX区2019年度…审计工作报告区人大常委会:', 7.3.2).
    lead = re.split(r"[，。；：,;:]", head.replace(" ", ""), maxsplit=1)[0]
    placed = not (grammar or letter) and bool(PLACE_YEAR_TITLE_RE.match(lead))
    # Under an outline heading an excerpt was cut after, a title stands where its frame runs in after its kind word.
    headed = bool(above) and bool(grammar or placed) and outline_heading(above, len(above) - 1, full_width)
    bare = not (grammar or letter) and ("的" in lead[:TITLE_CHARS] or placed) \
        and (_title_stands(above) or placed and headed)
    # A public body's notice titled by its name, 事由 and 文种, 关于 left out (7.3.1: the 事由 may go without it),
    # its greeting to the public it serves run in ('…闭馆维修通知各位读者：'): where a title stands, the greeting
    # closing on its colon (PUBLIC_SALUTATION_RE) parts it; no sentence opens on a place and runs on so.
    greeted = not (grammar or letter) and bool(ORGAN_START_RE.match(head)) and (_title_stands(above) or hailed)
    # A 通告's or 公告's title of a few words, its 事由 and 文种 alone ('禁航通告', '航行通告': 7.3.1, organ and 关于 left
    # off), its 主送 opening on 各 run in ('禁航通告各有船单位和船舶：'): where a title stands, only that 主送 closing on
    # its colon parts it; no sentence opens on so few words and its kind word and goes on to a 主送 (a 过渡语 that
    # passes the matter on, '现将…通告', or a 结束语, '特此通告', opens none).
    terse = not (grammar or letter or bare or greeted) and bool(short := TERSE_TITLE_RE.match(head.replace(" ", ""))) \
        and kind_of(short.group("title")) in PUBLISHED_KINDS and not CLOSING_FORMULA_RE.match(short.group("title")) \
        and _title_stands(above)
    if not (grammar or letter or bare or greeted or terse or served):
        return None
    stands = letter_stands or _title_stands(above) or joint_head_wrapped(lines, i) or _organ_line_over(above, head)
    colon = any(re.search(r"[:：]", text) for text in run)
    title, found, body, whole = "", None, None, 0
    depths, unbalanced = {"（(": 0, "《": 0}, False  # the title's brackets and 《》 as it grows (grammar.balanced)
    body_only = bare and not (grammar or letter or placed or greeted or served)  # (only a body run in after the title parts it)
    for j, text in enumerate(run):
        if closes_toc_entry(text):
            break  # a 目录's entries: titles with their pages, one under another
        if j and _number_alone(text):
            break  # the 发文字号 under the title (GB/T 9704 7.2.4) goes on no title
        if j and CLASS_OPENING_RE.match(text.lstrip()) and re.fullmatch(r"[（(][^（）()]+[）)]", run[j - 1].strip()) \
                and kind_of(title[:len(title) - len(run[j - 1])]):
            break  # a whole title, then a line all in brackets (a number with no 代字, '（2019—422）', or a note),
            # then a line opening on 各: the 主送 (7.3.2), though its names end as a kind word does ('…规划')
        for offset in range(1, len(text) + 1):
            char = text[offset - 1]
            title += char
            if char in "，。；：,;:" or len(title) > TITLE_CHARS:
                return found or body
            for opening, closing in (("（(", "）)"), ("《", "》")):
                depths[opening] += (char in opening) - (char in closing)
                unbalanced = unbalanced or depths[opening] < 0
            if body_only and not (body is None and offset < len(text)
                                  and BODY_OPENING_RE.match("".join([text[offset:]] + run[j + 1:]))):
                continue  # (no body opens here: whatever the title ends on, nothing parts it)
            named_title = title[1:-1] if _quoted_whole_title(title) else _forwarded_name(title) or title
            if unbalanced or any(depths.values()) or not kind_of(named_title) \
                    or kind_word_goes_on(named_title, text[offset:offset + 1]):
                continue
            if whole and (title[whole:].startswith("各") or _organ_list_opens(title[whole:])):
                continue  # a 主送's first names ('…的函各区县局、两江新区规划' / '自然资源局:'), though they end as a kind
                # word does: a title goes on past its 文种 by 的, 》 or a bracket ('…的通报的通知'), a 主送 opens on 各
                # or on an organ's whole name and the 顿号 that parts it from the next ('区发展改革委、…、区规划' /
                # '自然资源局、…:')
            numbered = grammar and not organs_only and _number_before_addressees(text[offset:], run[j + 1:])
            named = re.split(r"[:：]", "".join([text[offset:]] + run[j + 1:]))[0]  # the 主送 it would be
            if colon and numbered or colon and not ABOUT_RE.search(named) and not TITLE_END_RE.search(named) \
                    and (placed and stands and _addressees_closed_on(text[offset:])
                         or (organs_only or terse) and _addressees([text[offset:]] + run[j + 1:])
                         or grammar and _member_answered(named_title, text[offset:], run[j + 1:])
                         or served and _parties_served(named_title, text[offset:], run[j + 1:])
                         or organs_only and (_addressees_then_body([text[offset:]] + run[j + 1:])
                                             or _organ_led_title(head)
                                             and _class_addressees_run_on([text[offset:]] + run[j + 1:]))
                         and (named.strip().startswith("各") or _organ_list_opens(named))
                         or grammar and not organs_only and (_addressees([text[offset:]] + run[j + 1:])
                                      or _named_addressees(text[offset:], run[j + 1:])
                                      or _addressees_then_body([text[offset:]] + run[j + 1:])
                                      or _class_addressees_run_on([text[offset:]] + run[j + 1:])
                                      or _reply_addressee_run_on([text[offset:]] + run[j + 1:]))
                         or letter and kind_of(title) == "信" and _salutation(text[offset:], run[j + 1:])
                         or (grammar or greeted and not PASSING_ON_RE.search(title)) and kind_of(title) in PUBLIC_KINDS
                         and _salutation(text[offset:], run[j + 1:], public=True)):  # ('…现将有关事项通知各位家长：'
                # opens on its organ too, but passes something on: a sentence)
                found = (i + j, offset) if offset < len(text) else None  # a title whole on its lines: as printed
                whole = len(title)
            elif grammar and _organ_led_title(head) and offset < len(text) \
                    and _comma_closed_addressees("".join([text[offset:]] + run[j + 1:])):
                found = (i + j, offset)  # (a page that lost the text's colons: the 主送 closes on a comma, the body
                whole = len(title)  # opening as bodies open after it)
            elif organs_only or terse:
                continue  # (under a line cut mid-sentence no body is parted off: a sentence may go on so)
            elif grammar and (stands or _spaced_body_opening(text[offset:])) and body is None and offset < len(text) \
                    and (BODY_OPENING_RE.match(text[offset:].lstrip())
                         or DATED_BODY_OPENING_RE.match("".join([text[offset:]] + run[j + 1:]))
                         or _own_organ_opens(title, "".join([text[offset:]] + run[j + 1:]))
                         or _frame_run_in("".join([text[offset:]] + run[j + 1:]))) \
                    or grammar and headed and body is None and offset < len(text) \
                    and _frame_run_in("".join([text[offset:]] + run[j + 1:])) \
                    or bare and body is None and offset < len(text) and (_subject_title(title) or _place_year_title(title)) \
                    and BODY_OPENING_RE.match("".join([text[offset:]] + run[j + 1:])):  # (the wrap may part '根' / '据')
                body = (i + j, offset)  # (a frame or a body run in on the title's own line: one under it is printed so)
        if re.search(r"\d$", title) and kind_of(title.rstrip("0123456789 ")):
            break  # an entry whose page follows its kind word, on its line or the one the wrap took ('…的通' / '知5')
    return found or body


ADDRESSEE_CHARS = 80  # a 主送 of organs at its longest, run in after a title on a line that lost its colons


def _comma_closed_addressees(rest: str) -> bool:
    return _comma_closing_addressees(rest) is not None


def _comma_closing_addressees(rest: str) -> Optional[int]:
    """GB/T 9704 7.3.2 and 7.3.3: the 主送 (opening on 各, or on an organ's whole name and its 顿号) then the body's
    first sentence opening as bodies open (为…, 根据…), run in after a title's 文种 on a page that lost the text's
    colons, so the 主送 closes on a comma ('…的通知各区县人民政府、市新区管委会,市政府各工作部门,为贯彻落实…'). The
    names before that comma hold no sentence's mark; no sentence goes on from a title's kind word into a list of
    organs and then a purpose clause. Asked only where the run holds no colon at all and the title reads by its full
    grammar (its organ and 关于): a 主送 closing on its colon is read as it is printed."""
    text = rest.lstrip()
    if re.search(r"[:：]", text[:ADDRESSEE_CHARS]) or not (text.startswith("各") or _organ_list_opens(text)):
        return None
    for comma in re.finditer(r"[，,]", text[:ADDRESSEE_CHARS]):
        names = text[:comma.start()]
        if re.search(r"[。；;！？!?《》“”]", names):
            return None
        if BODY_OPENING_RE.match(text[comma.end():].lstrip()):
            return len(rest) - len(text) + comma.end() if len(names) >= 4 and ADDRESSEE_WORDS.search(names) else None
    return None


# The 发文字号 a law library prints right after a title, in brackets, as its 题注 ('…的通知(某政发〔2015〕7号)'): the
# whole number (DOC_NUMBER_RE, any brackets round its year) and the bracket that closes it.
NUMBER_AFTER_TITLE_RE = re.compile(rf"^\s*[（(]\s*(?:{DOC_NUMBER_RE.pattern})\s*[）)]", re.X)


def _number_before_addressees(rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.2.4 and 7.3.2: the title's 发文字号, in the brackets a law library sets it in after the title,
    then the 主送 closing on its colon, run in after the title's 文种 on its line ('…的通知(某政发〔2015〕7号)各区
    人民政府,…:现将…'): the number is whole and the names after it are a 主送's (_addressees, the body perhaps run
    on after the colon). No sentence goes on from a title's kind word into a bracketed number and a 主送. The
    number whole on the title's line: one the wrap cut across lines is left to the passes that read it so."""
    number = NUMBER_AFTER_TITLE_RE.match(rest)
    if not number:
        return False
    after = join_title([rest] + following)[number.end():]
    return _addressees([after]) or _addressees_then_body([after])


# The body's first sentence run on after the title's 文种 and a space, as a page that ran a whole text into one
# paragraph parts its lines (GB/T 9704 7.3.1 sets the 标题 on lines of its own over the body; print sets no space
# inside a sentence): '…的公告 为促进…'. A title read by its grammar (its organ and 关于, or 关于) is parted so even
# under a sentence cut mid-way, which would cite a text by its name in 《》 and run on with no space.
SPACED_BODY_OPENING_RE = re.compile(r"^ +(?=\S)")


def _spaced_body_opening(rest: str) -> bool:
    """The rest of a line after a title's 文种: a space, then a body's first sentence opening as bodies open."""
    return bool(SPACED_BODY_OPENING_RE.match(rest)) and bool(BODY_OPENING_RE.match(rest.lstrip()))


# A 通告's or a 通知's first sentence that opens on the time it speaks of (a 时间状语: the year, then the event and
# its comma: '2023年高考在即，…', '2024年中考将于6月20日举行，…'), run in after the title's 文种. No title goes on past
# its 文种 into such a clause, and no frame is one: a 成文日期 ('2023年6月2日') is no year and event, a 发文字号 ('2023年
# 第5号') closes on no comma.
DATED_BODY_OPENING_RE = re.compile(r"^\s*(?:19|20)\d{2}年(?![\d〇○零一二三四五六七八九十]{1,2}月)"
                                   r"[^\s，。；：,;:、《》（）()号]{2,30}[，,]")


def _organ_line_over(above: list[Line], head: str) -> bool:
    """GB/T 9704 7.3.1: a title printed over two or more lines may set its organ alone on the first, its 关于 opening
    the next: under such a line, itself where a title stands, the 关于 line goes on that title, and the title
    stands as one that opens there does."""
    return bool(above) and head.startswith("关于") and organ_alone(above[-1].text.strip()) \
        and _title_stands(above[:-1])


def _quoted_whole_title(title: str) -> bool:
    """The title so far is one pair of 《》 round a name ending on its 文种 ('《…的通知》'): a reposting page's
    headline quoting the whole title, no cited name inside a sentence ('《…条例》规定'), whose 》 closes before words."""
    return title.startswith("《") and title.endswith("》") and title.count("《") == 1 and title.count("》") == 1 \
        and bool(kind_of(title[1:-1])) and title[1:-1].endswith(kind_of(title[1:-1]))


# A 转发 title that ends on the forwarded text's name in 《》, the verb right before it (no organs' names between).
FORWARDED_NAME_END_RE = re.compile(either_script(r"^(?:[\u4e00-\u9fa5]{2,40}?)?关于(?:转发|批转)《(?P<name>[^《》]+)》$"))


def _forwarded_name(title: str) -> Optional[str]:
    """GB/T 9704 7.3.1 as a 转发 keeps it: a title that forwards a text may end on that text's name in 《》 right after
    its 关于转发 ('关于转发《…的紧急通知》'), its own 的通知 left off; it is of the forwarded text's kind, and ends on
    the 》 that closes the name (frame.kind_of reads the forwarded name so only after the forwarded organs' names).
    The name, or None."""
    match = FORWARDED_NAME_END_RE.match(title)
    return match.group("name") if match and kind_of(match.group("name")) else None


def _organ_list_opens(text: str) -> bool:
    """GB/T 9704 7.3.2: a 主送 that lists organs by their names opens on an organ's whole name (its place and its
    ending: frame.ORGAN_START_RE, ORGAN_END_RE) and the 顿号 that parts it from the next ('区发展改革委、区公安局、…：').
    No title goes on past its 文种 so: it goes on by 的, 》 or a bracket ('…的通报的通知'), or names its next text
    ('…实施方案、…办法的通知'), never an organ's name."""
    first = re.match(r"([\u4e00-\u9fa5]{2,30}?)、", text.lstrip())
    return bool(first) and bool(ORGAN_START_RE.match(first.group(1))) and bool(ORGAN_END_RE.search(first.group(1)))


TERSE_TITLE_RE = re.compile(r"^(?P<title>[\u4e00-\u9fa5]{2,6})各")  # (TERSE_TITLE: its kind word and a word or two)


def _organ_led_title(head: str) -> bool:
    """The run opens as a 标题 opens by its full grammar (GB/T 9704 7.3.1: 发文机关名称 + 事由 + 文种): an organ's
    name whole, from its place or its state's name to its ending (frame.ORGAN_START_RE, ORGAN_END_RE), then 关于
    (印发, 转发). No sentence goes on into an organ's name, its 关于, a 事由 and a 文种 and then a 主送 of organs
    closing on its colon (GB/T 9704 7.3.2): under a line an excerpt was cut after mid-sentence, such a run is the
    next document's title with its 主送 run in, as a letter's title with its 称谓 is; so is one whose 主送, opening
    on 各 or an organ's name and its 顿号, has the body run on after its colon ('…的预通知 各县区科技局:   为检查…')."""
    text = head.replace(" ", "")
    verb = ISSUING_WORD_RE.search(text)
    organ = text[:verb.start()] if verb else ""
    return 4 <= len(organ) <= 40 and bool(ORGAN_START_RE.match(organ)) and bool(ORGAN_END_RE.search(organ)) \
        and not re.search(r"[^\u4e00-\u9fa5]", organ)


def _about_led_title(head: str) -> bool:
    """The run opens on 关于, as a 标题 whose 发文机关 is left off opens (GB/T 9704 7.3.1: 关于 + 事由 + 文种; a
    department's page prints its own texts so). As under _organ_led_title, no sentence goes on into a line that
    opens on 关于 and runs a 事由, a 文种 and then a 主送 of organs closing on its colon (7.3.2) after it: under a
    line an excerpt was cut after mid-sentence, such a run is the next document's title with its 主送 run in. Only
    the 主送 parts it (_title_then_addressees' organs_only), never a body run in: a sentence may go on so."""
    return bool(re.match(ABOUT_RE.pattern, head.lstrip()))


# A full date, the day named (Arabic or Chinese figures, '2014年1月13日', '二0一二年七月十日'): a 成文日期 under its
# signer, no period a 事由 covers.
DAY_OPENING_RE = re.compile(r"^[\d〇零○Ｏ一二三四五六七八九十]{2,4}\s*年\s*[\d〇零一二三四五六七八九十]{1,2}\s*月"
                            r"\s*[\d〇零一二三四五六七八九十]{1,3}\s*日")


def _organ_year_title(head: str) -> bool:
    """The run opens as a 标题 that leaves out 关于 opens (GB/T 9704 7.3.1: 发文机关名称 + 事由 + 文种): an organ's
    name whole (frame.ORGAN_START_RE, ORGAN_END_RE), then the period its 事由 covers, opening with the year
    ('某某县教育局2013年12月校车监控情况通报'). As under _organ_led_title, no sentence goes on into an organ's name, a
    period, a 文种 and then a 主送 of organs closing on its colon (7.3.2)."""
    text = head.replace(" ", "")
    match = YEAR_TITLE_RE.match(text)
    organ = match.group("issuer") if match else ""
    return 4 <= len(organ) <= 40 and bool(ORGAN_START_RE.match(organ)) and bool(ORGAN_END_RE.search(organ)) \
        and not re.search(r"[^\u4e00-\u9fa5]", organ) and len(head.split(" ")[0]) > len(organ) \
        and not DAY_OPENING_RE.match(text[len(organ):])
    # (the organ that signs a text stands alone on its line over its 成文日期, '某县人民政府办公室' / '2021年6月1日':
    # a signature, no title; a title's organ runs on into its period on its own line)


def _subject_title(title: str) -> bool:
    """A title that is its 事由 joined by 的 to a document's 文种 ('…项目初审情况的公示',
    '…工作的通知'), no organ or 关于 before it: GB/T 9704 7.2.5 lets the organ go."""
    kind = kind_of(title)
    return (kind in DOCUMENT_KINDS or kind == "公示") and bool(re.search(r"的[\u4e00-\u9fa5]{1,3}$", title)) \
        and len(title) >= 8 and not SENTENCE_OPENER_RE.match(title)


def _place_year_title(title: str) -> bool:
    """A title that names the place and the year its 事由 covers, then a
    document's 文种 joined on without 的 ('XX市XX区2017年…招生入学工作通知',
    '2023年XX市…入学工作意见'): GB/T 9704 7.2.5 lets the organ go, and the
    place and year stand where it would."""
    return kind_of(title) in DOCUMENT_KINDS and bool(PLACE_YEAR_TITLE_RE.match(title)) and len(title) >= 10


# The words a body's sentence opens on, asking or telling (请各单位做好…的公示, 要…, 各…), which no title opens on.
SENTENCE_OPENER_RE = re.compile(either_script(r"^(?:请|要|应|须|各|现|经|对|在|由|将|把|按|依|为|如|凡|并|同时)"))


def _own_organ_opens(title: str, rest: str) -> bool:
    """The text after a title's kind word opens with the organ the title
    opens with ('…的指令中央人民政府政务院已经批准…', '…的通知国务院同意…'): the
    body's first sentence, in which the issuer speaks of itself by its name
    (批准, 同意, 决定); no title goes on after its 文种 with its own organ."""
    verb = ISSUING_WORD_RE.search(title)
    head = title[:verb.start()] if verb else ""
    return any(ORGAN_END_RE.search(head[:k]) and rest.startswith(head[:k]) and len(rest) > k
               for k in range(len(head), 1, -1))


def _joint_organs_head(text: str) -> bool:
    """The text opens on a title's joint organs parted by spaces, then its
    关于 (印发, 转发): two names or more, however long (GB/T 9704 7.2.5)."""
    verb = ISSUING_WORD_RE.search(text)
    return bool(verb) and " " in text[:verb.start()].strip() and len(organ_names(text[:verb.start()])) >= 2


# A letter's title (公开信, 感谢信, 倡议书: a 信 by frame.KINDS), whose 称谓 may be run in after it.
LETTER_TITLE_RE = re.compile(either_script(r"^.{0,30}?(?:(?:公开|感谢|慰问|表扬|倡议|贺|的|封)信|倡议书)"))


# The public a 通告 or 公告 (PUBLISHED_KINDS: 党政机关公文处理工作条例 第八条, 公告 向国内外宣布, 通告 在一定范围内公布)
# addresses, its 主送 named as a salutation names them ('广大市民朋友：'): 广大…, 全市…, 各位… or 尊敬的…, then the people (市民, 群众, 朋友, 游客…).
# A public body serving its visitors greets them by what they are to it ('尊敬的观众朋友：', '各位读者：', '尊敬的旅客：').
PUBLIC_SALUTATION_RE = re.compile(either_script(
    r"^(?:尊敬的(?:广大|全[\u4e00-\u9fa5]{1,4}?|各位)?|广大|全[\u4e00-\u9fa5]{1,4}?|各位)[\u4e00-\u9fa5、，,]{0,20}?"
    r"(?:朋友|群众|市民|居民|村民|同志|游客|家长|师生|同胞|乡亲|用户|车主|观众|读者|旅客|乘客|顾客|考生|患者|业主)们?[:：]$"))


# The kinds an organ addresses to the public so: the published kinds, and the 通知 a city service's organ gives the
# people it serves (条例 第八条: 通知 for what 有关单位 and the public should know: 停水, 延长供暖), saluting them as a
# 通告 does ('…关于延长我市供暖期的通知尊敬的广大市民朋友：').
PUBLIC_KINDS = PUBLISHED_KINDS + ("通知",)
# Such a kind word with the greeting's opening right after it (PUBLIC_SALUTATION_RE's): a public notice's greeting
# run in after its title; not after 特此 (a 结束语 that closes a body: '…特此公告广大市民朋友们：' goes on a sentence).
PUBLIC_HAIL_RE = re.compile(either_script(r"(?<!特此)(?:通告|公告|通知)(?:尊敬的|广大|各位)"))


def _salutation(rest: str, following: list[str], public: bool = False) -> bool:
    """A letter's 称谓 run in after its title ('…的公开信广大市民朋友们、同志们：'): whom it
    addresses, closing on its colon, no sentence in it, as short as a salutation is; public: the public a 通告
    or 公告 addresses so, run in after its title ('…的通告广大市民朋友：', PUBLIC_SALUTATION_RE)."""
    for k in range(len(following) + 1):
        colon = re.search(r"[:：]", join_title([rest] + following[:k]))
        if colon:
            text = join_title([rest] + following[:k])[:colon.end()]
            return bool(ADDRESSEE_RE.match(text)) and len(text) <= LETTER_SALUTATION_MAX \
                and not re.search(r"[。；;！？!?\d]", text) and not REPORTED_LEAD_RE.search(text) \
                and (not public or bool(PUBLIC_SALUTATION_RE.match(text)))  # ('贺信全文如下：')
    return False


# A reply to a 提案 or 建议 addresses its members ('某某某委员：', '尊敬的某某代表：', '某某、某某某代表：',
# '某某某等3名代表：'), under a title that may name no organ ('对…第31号建议的答复') or name it before 对, no 关于
# ('某某街道办事处对…建议的答复').
MEMBER = r"(?:尊敬的)?[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*(?:等[0-9一二三四五六七八九十]{1,3}[名位])?(?:委员|代表)"
ANSWER_TITLE_RE = re.compile(either_script(rf"^(?:[\u4e00-\u9fa5]{{2,30}}?{ORGAN_ENDING})?对.{{4,60}}?(?:建议|提案|议案)的?[答回]复"))


# A body not of government that a 批复, 决定书 or 通知 answers or binds, named from its place and ending on what it is
# (a works, a hall, a station: '某某区某某屠宰加工厂', '某某县火化殡仪馆').
PLACED_BODY = r"[\u4e00-\u9fa5]{4,24}(?:厂|馆|站|院)"


def _named_addressees(rest: str, following: list[str]) -> bool:
    """The 主送 run in after a title names its addressees by name, right
    after the title's kind word, where a list's lead of duties ('县林业局：'
    over '负责…') stands on its own line: one body ('…的通知某某（上海）有限责任
    公司：'), a place's government by its place ('…的批复某某镇：', '…的函某某街道：'), the
    member a reply to a 提案 or 建议 answers ('…的答复某某某委员：'), or organs
    parted as a 主送's list is (frame.addressee_names). One body's name may carry
    its alias in brackets ('…交易中心（…拆借中心）：'), and a body not of government
    be named as a 所 (an exchange, an institute, a firm: '某某交易所：')."""
    for k in range(len(following) + 1):
        text = without_greeting(join_title([rest] + following[:k]))  # ('…委员您好:': a courtesy, no name)
        if re.search(r"[:：]$", text):
            names = text[:-1]
            name = re.sub(r"[（(][\u4e00-\u9fa5]{2,20}[）)]$", "", names)
            return bool(ADDRESSEE_RE.match(text)) and balanced(text) and (bool(re.fullmatch(MEMBER, names)) or (
                not re.search(r"\d", text)
                and ((organs_by_name([name]) or bool(re.fullmatch(r"[\u4e00-\u9fa5]{3,20}所", name))
                      or bool(ORGAN_START_RE.match(name)) and bool(re.fullmatch(PLACED_BODY, name)))
                     and not re.search(r"[，,、；;]", names)
                     or bool(re.fullmatch(rf"{ADDRESSEE_PLACE}|[\u4e00-\u9fa5]{{2,8}}街道", names))
                     or addressee_names(names))))
    return False


# The end of a reply's title to a deputy's 建议 or a member's 提案 (办理复文: '…第12号建议的答复', '…提案的复函'), the
# cited text's name perhaps closed in quotes before 的 ('…“关于…的建议”的答复').
ANSWERED_TITLE_END_RE = re.compile(either_script(r"(?:建议|提案|议案)[”\"’』》]?的?(?:答复|复函|回复)$"))


def _member_answered(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as a reply to a 建议 or 提案 keeps it (办理复文): its title, read by its grammar (关于, or its
    organ and 关于), ends on 答复 or 复函 after the text it answers, and its 主送 is the member who made it, by name
    and office ('某某某代表：', '尊敬的某某委员：', MEMBER), closing on its colon. Run in after such a title under a
    line an excerpt was cut after mid-sentence, it parts the title as a 主送 of organs does (_about_led_title): no
    sentence goes on past a reply's name into a person's name, 代表 or 委员 and a colon."""
    if not ANSWERED_TITLE_END_RE.search(title):
        return False
    for k in range(min(len(following), ADDRESSEE_WRAP) + 1):
        text = join_title([rest] + following[:k]).strip()
        if colon := re.search(r"[:：]", text):
            return bool(re.fullmatch(rf"(?:尊敬的?)?{MEMBER}", text[:colon.start()]))  # ('尊敬某某代表': 的 left out)
    return False


# The close of a 主送 to one body and the class of parties it stands for (frame.ADDRESSEE_CLASS_RE), on its colon.
PARTIES_SERVED_RE = re.compile(either_script(r"及有关(?:单位和个人|单位|个人|居民|农户|村民|部门)[:：]"))


def _parties_served(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as a notice served on those a measure concerns keeps it (土地管理法实施条例 第二十六条, 第二十八条:
    the 征收土地预公告 and the 告知书 of a batch of land, served on the village and its households): the 主送 names one
    village or body and the class of parties with it ('某某镇某某村及有关农户：', frame.ADDRESSEE_CLASS_RE), closing on
    its colon, run in after a title that ends on its 文种 (perhaps its batch's serial in brackets after it) and opens
    as no sentence opens, no closing formula or passing-on ('特此公告', '现将…公告'). No sentence goes on past a kind
    word into a village's name, 及有关农户 and a colon: the title is parted there, wherever it stands."""
    if not kind_of(title) or CLOSING_FORMULA_RE.match(title) or PASSING_ON_RE.search(title) \
            or SENTENCE_OPENER_RE.match(title) or len(title) < 4:
        return False
    for k in range(min(len(following), ADDRESSEE_WRAP) + 1):
        text = join_title([rest] + following[:k]).strip()
        if colon := re.search(r"[:：]", text):
            return bool(ADDRESSEE_CLASS_RE.match(text[:colon.end()]))
    return False


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


def _headline_then_number(above: list[Line], text: str, match: re.Match) -> bool:
    """A web page's headline (_title_then_bare_number): the title, the
    page's own space, then the bare 发文字号 ending the line, where GB/T 9704
    7.2.4 prints the number under the title. The title, read back from its
    last piece over the lines above it that hold no finished sentence (to
    TITLE_LINES of them), opens on an organ's name and reads as a 标题's
    head (发文机关 + 关于/印发/转发, no sentence punctuation): it is one
    though the text above stops mid-sentence, as a store cuts an excerpt. A
    sentence cites a text in 《》 with its number in brackets, and runs on
    after the number; it sets no bare number after a space at a line's end."""
    frame = match.group("frame")
    if not _bare(match) or not re.search(rf"\S\s+{re.escape(frame)}$", text.rstrip()):
        return False
    head = match.group("title").strip()
    for line in [None] + list(reversed(above[-TITLE_LINES:])):
        if line is not None:
            if ends_sentence(line.text) or is_date_line(line.text) or is_doc_number_line(line.text):
                return False
            head = line.text.strip() + head
        if ORGAN_START_RE.match(head) and _reads_as_head(head):
            return True
    return False


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
    """Lines run together read as a 标题's head: its grammar, no sentence punctuation, no reply's opening.
    Joint 发文机关 parted by spaces ('XX局 XX部关于…', GB/T 9704 7.3.1) are read as one run of names."""
    return bool(TITLE_GRAMMAR_RE.match(_organs_run_together(head))) and not re.search(r"[，。；：,;:]", head) \
        and not REPLY_OPENING_RE.match(head)


def _organs_run_together(text: str) -> str:
    """The text with the spaces between the organs' names that open it taken out: 'XX局 XX部关于…' as
    'XX局XX部关于…'; what follows the first word that is no organ's name is left as it stands."""
    head, rest = "", text
    while len(pieces := rest.split(None, 1)) == 2 and organ_names(pieces[0]):
        head, rest = head + pieces[0], pieces[1]
    return head + rest


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


# The stages in the order they run, each giving the lines back with one kind of run-in set out as print sets it:
# a page's own marks off first, then the 版头's and 版记's marks, the heads of orders, speeches and reports, the
# frames, the 主送, the close, each line's pieces, the outline, and last each title parted from its number.
STAGES: tuple[Stage, ...] = (
    _widthless(_column_tags_off), _widthless(_stray_letters_off), _widthless(_headline_exclamations_off),
    _widthless(_titles_then_own_contents), _widthless(_listed_entries), _annex_marks, _announcement_run_in,
    _widthless(_join_stop_notes), _widthless(_join_stacked_marks), _widthless(_join_printing_tails),
    _widthless(_date_then_occasion), _widthless(_order_then_body), _widthless(_title_then_order),
    _widthless(_join_wrapped_frames), _titles_then_adoption_notes, _speech_heads_run_in, _report_heads_run_in,
    _speech_themes_run_in, _bulletin_heads_run_in, _widthless(_titles_then_occasions), _widthless(_unfold_run_in_frames),
    _widthless(_numbers_then_addressees), _widthless(_wrapped_signed_close), _each_line_set_out,
    _widthless(_signer_head_cut), _signature_run_in, _widthless(_note_then_run_on), _widthless(_titles_then_first_division),
    _titles_then_addressees, _widthless(_addressees_then_run_on_body), _issuing_run_in, _outline_run_in,
    _spaced_close_run_in, _titles_then_numbers,
)


def unfold_title_numbers(lines: list[Line], full_width: float) -> list[Line]:
    """The lines set out one element of the frame to a line, as print sets
    them: each of STAGES in turn."""
    for stage in STAGES:
        lines = stage(lines, full_width)
    return lines
