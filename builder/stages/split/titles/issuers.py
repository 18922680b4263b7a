"""The 发文机关 a title opens on, or its 版头 names over it (GB/T 9704 7.2.1, 7.2.5, 7.3.1): an organ's name the
wrap cut or set apart, joint issuers listed, spaced or one a line, the verb that passes a text on (印发, 转发, 批转).
"""
from __future__ import annotations

import re

from ....model import Line
from ....text.frame import (ABOUT_RE, COUNT_HEADING_RE, COUNTED_HEADING_RE, DAMAGED_DATE_RE, from_its_place, HEAD_MARK_RE,
                            ISSUER_MARK_RE, ISSUING_WORDS, kind_of, ORGAN_END_RE, ORGAN_ENDING, ORGAN_NAME_RE,
                            ORGAN_START_RE, SESSION_RE, YEAR_TITLE_RE, ZONE_KIND_RE)
from ....text.lines import citation_open, CLAUSE_MARK_RE, ends_sentence, quotation_open, squash
from ....text.measure import MEASURE, printed_width
from ....text.numbering import LABEL_RE
from ....text.numerals import CN_NUMERAL
from ....text.script import either_script
from ..grammar import (ALIASED_ORGAN_HEAD_RE, balanced, is_date_line, is_doc_number_line, ISSUING_WORD_RE, join_title,
                       JOINT_NAME_RE, masthead_name, organ_alone, organ_names, TITLE_CHARS, TITLE_GRAMMAR_RE)
from ..unfold import joint_head_wrapped
from .lines import ORGAN_ABOUT_RE, TITLE_ORGAN_RE, title_wrapped, titleish, wrapped
from .closes import duty_note_closed_at, printed_line, signed_under_close


# The verbs a 印发 or 转发 title passes its text on by: a title's head opens on one, and a head the wrap cut ends on one.
PASSING_VERBS = either_script("转发|印发|批转")
PASSING_HEAD_RE = re.compile(f"^(?:{PASSING_VERBS})")
PASSING_TAIL_RE = re.compile(f"(?:{PASSING_VERBS})$")


def heads_organ_title(lines: list[Line], i: int, k: int) -> bool:
    """GB/T 9704 7.3.1: the 标题 opens on its 发文机关's name (or on 关于 where the 版头 names the organ). Lines
    i..k-1 may stand over a line k that opens on an organ's name and 关于 as the same title's first lines only when
    they open as a title does: on 关于, on an organ's or a place's name (joint issuers, or a title that cites
    another organ's title, 'XX市人民政府关于同意' / 'XX县人民政府关于…的请示的批复'), or as a 转发 head; or when they
    end on the verb that passes the title under them on ('…转发' / '转发', or '…转' / '发': a 转发 chain the wrap cut),
    or leave a 《 open (a cited name the wrap cut, '《城口县' / '交通局关于…'). grammar_head asks it only of a
    line that opens on a place's or an organ's whole name (ORGAN_START_RE), not on an ending the wrap left."""
    above = re.sub(r"\s+", "", "".join(line.text for line in lines[i:k]))
    return bool(ABOUT_RE.match(above) or ORGAN_START_RE.match(above) or opens_on_organ(above)
                or PASSING_TAIL_RE.search((lines[i - 1].text.strip() if i > 0 else "") + above)
                or quotation_open(above)
                or organ_names(above) or issuing_organs(above) or forwarded_head(lines, i, k - 1)
                or re.match(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年", above))


def opens_on_organ(title: str) -> bool:
    """A title that opens on its 发文机关's name, a place's and an organ's ending ('某区人民政府征兵办公室兵役登记公告')."""
    return bool(ORGAN_START_RE.match(title)) and bool(re.match(rf"^[\u4e00-\u9fa5]{{2,24}}?{ORGAN_ENDING}", title))


def joint_head_opens(lines: list[Line], start: int, end: int) -> bool:
    """The block opens on a joint head: two organs' names or more, each whole and one a line, over the title's 关于
    (GB/T 9704 7.2.1 and 7.3.1, 联合行文: each organ named in full, the 主办 first). No sentence an excerpt cut
    above runs on into a column of organs' names, nor into their names parted by spaces on one line, as a page
    runs the head in ('某市中级人民法院 某市人民检察院 关于…'), the wrap perhaps cutting it."""
    k = start
    while k < end and masthead_name(lines[k].text):
        k += 1
    return k - start >= 2 and k < end and bool(ABOUT_RE.match(lines[k].text.strip())) \
        or joint_head_wrapped(lines[:end], start)


def column_of_names(lines: list[Line], k: int) -> bool:
    """Line k and the next are each an organ's whole name (a place's name first, an organ's ending last): the head
    of a joint text, its names one a line, which no wrapped line of the body runs on into, as it may into a list's
    last name ('…、嘉兴' / '电力局'), nor into a name it cites and leaves open (GB/T 15834-2011 4.15: the 书名号
    encloses the whole name, so a line that opens 《 and stops before 》 goes on with the cited title, '…收入按《市
    人民政府办公厅关于转' / '发市人民政府': the rest of that name, no organ heading a text)."""
    above = lines[k - 1].text.strip() if k else ""
    return k + 1 < len(lines) and masthead_name(lines[k].text) and masthead_name(lines[k + 1].text) \
        and not re.search(r"[、，,]$", above) and not citation_open(above)


def organ_short_over_its_year(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """GB/T 9704 7.3.1: a title set over lines is broken between words, its
    发文机关 alone on the first line over the 事由 that opens with the year it
    covers ('XX市人民政府办公室' / '2020年…年度报告'). An organ's whole name
    alone on a line that stops short is no rest of a sentence the full line
    above ran on from: the title opens there."""
    match = YEAR_TITLE_RE.match(join_title([line.text for line in lines[start:end]]))
    return end - start >= 2 and bool(match) and match.group("issuer") == squash(lines[start].text) \
        and not wrapped(lines[start], full_width)


def organ_over_its_year(lines: list[Line], k: int) -> bool:
    """GB/T 9704 7.3.1 and 7.3.5: line k, an organ's whole name alone, over
    a line that goes on from it as a title's 事由 opening with the year it
    covers ('某某县教育局' / '2020年政府信息公开工作年度报告'), is that title's
    first line; the organ that signs a text stands over its 成文日期, which
    opens with a year too ('2020年3月1日'), never over a 事由's words."""
    if k + 1 >= len(lines) or not organ_alone(squash(lines[k].text)):
        return False
    below = lines[k + 1].text
    match = YEAR_TITLE_RE.match(squash(lines[k].text) + squash(below))
    return bool(match) and match.group("issuer") == squash(lines[k].text) and not is_date_line(below) \
        and not DAMAGED_DATE_RE.match(below.strip()) and titleish(lines[k + 1]) and not ends_sentence(below)


def listed_name_cut(above: str, head: str) -> bool:
    """Joint issuers listed with 、 (GB/T 9704 7.3.1), the wrap cutting the last listed name anywhere, even inside
    its place ('…人民代表大会常务委员会办公室、政协北' / '京市顺义区委员会办公室关于…'): the name read across the cut
    is an organ's, so the line above opens the list."""
    return "、" in above and _name_read_across(above.strip().rpartition("、")[2], head)


def spaced_names_over(above: str, head: str) -> bool:
    """Joint issuers parted by spaces, as a page sets a joint 发文机关 (GB/T 9704 7.3.1), the wrap cutting after a
    whole name ('某区人民法院 某区人民检察院' / '某区公安分局关于…'): the line above holds two organs' names or more,
    each whole, and the line under opens on another whole name run into 关于; so the line above opens the title."""
    names, first = above.split(), re.split(r"关于", head.strip(), maxsplit=1)[0]
    return len(names) >= 2 and all(organ_alone(name) for name in names) and organ_alone(first) \
        and bool(ABOUT_RE.search(head))


def _name_tail_alone(below: str) -> bool:
    """Line ``below`` holds only a name's ending: its first piece (up to a space, a 、 or 关于) neither opens as an
    organ's name opens (a place, 中共…) nor is one ('公室', '办公室' is one). Over it, a piece that reads as a short
    name of its own ('XX市人民政府办', the 政府办 of speech) is the head of the longer name the wrap cut (GB/T 9704
    7.3.1: the 发文机关 is printed in full, '中共XX市委办公室 XX市人民政府办' / '公室' / '转发…'), not a list's row of
    whole names, whose next row opens on a name."""
    piece = re.split(r"关于|[\s、]", below.strip())[0]
    return bool(piece) and not ORGAN_START_RE.match(piece) and not organ_alone(piece)


def _name_read_across(tail: str, below: str) -> bool:
    """The piece a line ends on, read with the first name of the line under it (up to a space, a 、 or 关于), makes
    one organ's name: the wrap cut that name."""
    return bool(tail) and organ_alone(tail + re.split(r"关于|[\s、]", below.strip())[0])


def organ_wrapped_above(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
    """GB/T 9704 7.3.1: the 发文机关 alone on the line over 关于 (line k),
    its name longer than the measure, the wrap cutting it anywhere ('XX市第二届
    人民代表大会常务委员会代' / '表资格审查委员会'): the line above, full at the
    body's or the title's measure (title_wrapped), begins as
    organ names begin, holds no mark of a sentence and makes one name with
    line k; and the text above it ended there (its last line closes a
    sentence or a date, or is the 目录's last entry), or the page opens on it
    (a document begins its page), so that line is no body's line going on:
    no body's sentence stops on line k, short with no mark. Joint
    issuers parted by spaces (7.3.1) are cut so in the last name, its tail
    alone on line k ('中共XX县委办公室 XX县人民政' / '府办公室' / '关于…'):
    the names before it on the line are whole."""
    if k - 1 < floor or k - 1 in skip or k - 1 < 0:
        return False
    above = lines[k - 1]
    *whole, text = re.split(r"[\s、]+", above.text.strip())
    if not title_wrapped(above, full_width) or not ORGAN_START_RE.match(above.text.strip()) \
            or re.search(r"[，。；：,;:（）()《》“”]", text) or not all(organ_alone(name) for name in whole):
        return False  # (joint issuers parted by spaces or 、, GB/T 9704 7.3.1: the names before the cut one are
        # whole, '中共某某县委办公室 某某县人民政' / '府办公室' / '关于…', '某市中级人民法院、某市人民检' / '察院、某市公安局')
    if not _name_read_across(text, lines[k].text) or ISSUER_MARK_RE.match(squash(text)) \
            or whole and organ_alone(text) and not _name_tail_alone(lines[k].text):
        return False  # (a row of whole names over the next: a list's rows, no name cut; a 发文机关标志 over the organ,
        # '某某市人民政府行政规范性文件', is a whole line of its own)
    return k - 2 < floor or k - 2 in skip or above.starts_block or above.after_page_break \
        or ends_sentence(lines[k - 2].text) \
        or is_date_line(lines[k - 2].text) or bool(ISSUER_MARK_RE.match(squash(lines[k - 2].text))) \
        or is_doc_number_line(lines[k - 2].text) \
        or bool(whole) and not wrapped(lines[k - 2], full_width)  # (joint issuers under a line that stops short: a
    # heading's, '一、总体要求', that an excerpt ends on, no body's line the wrap carried on; the 发文机关标志 over
    # the title, GB/T 9704 7.2.2, 'XX办公室文件', opens the document: no sentence goes on under it; nor under the
    # 发文字号, GB/T 9704 7.2.4, which the 版头 sets over the title, alone on its line: '某城综办发〔2023〕3号' /
    # '某区城市综合管理工作领导小组办公' / '室' / '关于…')


def session_wrapped_above(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
    """党政机关公文处理工作条例 第八条: a 决议 is titled by the session that
    adopted it, a title a gazette may print over two lines, the session on
    the first ('XX市XX区第一届人民代表大会第二次会议' / '关于政府工作报告的决议').
    A name longer than the measure wraps onto a line of its own over 关于
    ('…人民代表大会第二次' / '会议'): the line above line k, full at the body's
    or the title's measure (title_wrapped), and line k
    make the session's name whole, with no mark of a sentence in it, and the
    text above it ended there (its last line closes a sentence or a date),
    so that line is no body's line going on."""
    if k - 1 < floor or k - 1 in skip or k in skip:
        return False
    above, text = lines[k - 1], lines[k - 1].text.strip()
    if not title_wrapped(above, full_width) or re.search(r"[\s，。；：,;:、（）()《》“”]", text) \
            or not SESSION_RE.match(text + lines[k].text.strip()):
        return False
    return k - 2 < floor or above.starts_block or ends_sentence(lines[k - 2].text) or is_date_line(lines[k - 2].text)


ORGAN_TAIL = 4  # characters of an organ's ending a wrap may leave before 关于: '室', '委员会', '组办公室'
# Characters of an organ's name a wrap may leave before 关于 with the line above full: anywhere in the longest ending,
# so up to it whole ('…经济普查领导' / '小组办公室关于…'), where what it leaves opens no organ's name of its own (a
# title under a row that names its organ whole, '某某市人民政府关于…', keeps ORGAN_TAIL).
ABOUT_ORGAN_TAIL = 7


def order_organ_cut(above: str, head: str) -> bool:
    """The line above and the organ's part of a 公告's or 令's name under it
    ('…常务委员' / '会公告', '某某市人民政' / '府令') read as one organ's whole
    name, which the line above alone is not: the wrap cut the name, whether
    or not the line fills the measure (a title is set in a larger size than
    the body, its lines shorter, GB/T 9704 7.3.1)."""
    organ = re.sub(r"(?:命令|令|公告)$", "", head)
    return 0 < len(organ) <= ORGAN_TAIL and bool(ORGAN_START_RE.match(above.strip())) \
        and not ORGAN_END_RE.search(above) and not re.search(r"[\s，。；：,;:、]", above.strip()) \
        and organ_names(above.strip() + organ) == [above.strip() + organ]


def organ_cut_above(above: Line, head: str, full_width: float) -> bool:
    """GB/T 9704 7.2.5: the 发文机关 before 关于, its name cut by the wrap
    inside its ending ('…工作领导小组办公' / '室关于印发…的通知'), anywhere in
    it up to the whole ending ('…经济普查领导' / '小组办公室关于…', ABOUT_ORGAN_TAIL): the line
    above, full at the body's measure or at the title's own (TITLE_MEASURE),
    begins as organ names begin and, with the characters before 关于, ends as
    they end. Joint issuers parted by spaces or by 、 (GB/T 9704 7.3.1) are cut
    so in the last name: the names before it on the line are whole
    ('XX局 XX委员' / '会关于…', '中共XX市委办公厅、XX市人民政府办公' / '厅关于…')."""
    about = ABOUT_RE.search(head)
    *whole, cut = re.split(r"[\s、]+", above.text.strip()) or [""]
    return bool(about) and 0 < about.start() <= (ORGAN_TAIL if ORGAN_START_RE.match(head) else ABOUT_ORGAN_TAIL) \
        and title_wrapped(above, full_width) \
        and bool(ORGAN_START_RE.match(above.text.strip())) and not re.search(r"[，。；：,;:0-9０-９]", above.text) \
        and bool(cut) and all(organ_names(name) for name in whole) \
        and bool(ORGAN_END_RE.search((cut + head[:about.start()]).rstrip()))
    # (a space the page set between the organ's name and 关于, '…协调领导小' / '组办公室 关于…', parts no words of it,
    # GB/T 9704 7.3.1; an organ's name holds no figures: a line with a date or a count, '…办公室 共印7份
    # 2018年1月17印发', the 版记's 印发 line, GB/T 9704 7.4.3, is none of the title under it)



def joint_name_cut_above(above: Line, head: str, full_width: float) -> bool:
    """GB/T 9704 7.3.1: a joint text's 标题 names its 发文机关 in full before
    关于, one after another; a wrap at a narrow measure may cut the second
    inside its place's name, far from its ending ('中共某某镇委员会某某市' /
    '某某区某某镇人民政府关于…'), past what organ_cut_above reads. The line
    above, full at the measure and with no mark or figure, opens on one whole
    organ's name or more (a 版头's name, masthead_name) and goes on into the
    opening of another, which the characters before 关于 close into a whole
    organ's name of a place ('河北雄安新' / '区管理委员会关于…'): the title's
    first line."""
    about = ABOUT_RE.search(head)
    text = above.text.strip()
    if not about or not title_wrapped(above, full_width) or re.search(r"[\s，。；：,;:、（）()《》“”0-9０-９]", text):
        return False
    tail = head[:about.start()]
    for end in (match.end() for match in ORGAN_NAME_RE.finditer(text)):
        whole, rest = text[:end], text[end:]
        if rest and masthead_name(whole) and not organ_alone(rest) and masthead_name(rest + tail):
            return True
    return False


# Characters of a session's name a wrap may leave before 关于: '次会议', '第十四次会议', or at a narrow measure
# all of a long name past its first line ('新疆…某某县第十六届人' / '民代表大会第六次会议关于…').
SESSION_TAIL = 24


def session_cut_above(above: Line, head: str, full_width: float) -> bool:
    """党政机关公文处理工作条例 第八条: a 决议 is titled by the session that
    adopted it ('XX市XX区第十五届人民代表大会第二次会议关于…的决议', frame.SESSION_RE).
    The wrap may cut that name in its ordinal or its 会议 ('…人民代表大会第二' /
    '次会议关于…'): the line above, full at the body's measure or the
    title's own, with the characters before 关于, is the session's name whole."""
    about = ABOUT_RE.search(head)
    return bool(about) and 0 < about.start() <= SESSION_TAIL and title_wrapped(above, full_width) \
        and bool(SESSION_RE.match(re.sub(r"\s", "", above.text) + head[:about.start()]))


def passed_on_under_organ(lines: list[Line], k: int, joined: str, lowest: int) -> bool:
    """The title's lines from k open on the verb that passes a text on (印发, 转发, 批转) under an organ's name
    alone on the line above: 发文机关 + 印发 + 事由 + 文种 (GB/T 9704-2012 7.3.1), the organs one a line over the
    verb as a joint notice's title sets them ('中共某某县委办公室' / '某某县人民政府办公室' / '印发《…》的通知'),
    however the wrap cut the lines under it."""
    return bool(PASSING_HEAD_RE.match(joined)) and k - 1 >= lowest and organ_alone(lines[k - 1].text)


# An organ's name, then 关于, where the name may hold a campaign's or a programme's name in quotation marks, as a
# 领导小组 or its office is named by its work ('某某市“四好农村路”建设领导小组办公室', '“扫黄打非”工作领导小组'), and
# may be two bodies' names joined by 暨 (one office serving both): as long as such a name gets.
QUOTED_ORGAN_ABOUT_RE = re.compile(r"^(?:[\u4e00-\u9fa5]|“[\u4e00-\u9fa5]{1,12}”){2,48}?" + ORGAN_ENDING + "关于")


def organ_about_opens(lines: list[Line], head: int, end: int, full_width: float) -> bool:
    """GB/T 9704 7.3.1: the 标题 opens on its 发文机关's name, then 关于. The
    name is printed whole however long it is (a 领导小组's office named by the
    work it leads, its quoted name and all, or two such bodies' joined by 暨),
    and a name longer than the title's line goes on to the next one, as any of
    its lines does: line head opens on an organ's name and 关于, on the line
    itself or, the line full (title_wrapped), across it and the next."""
    text = lines[head].text.strip()
    return bool(ORGAN_ABOUT_RE.match(text) or QUOTED_ORGAN_ABOUT_RE.match(text)) \
        or organ_runs_past_line(lines, head, end, full_width)


def organ_runs_past_line(lines: list[Line], k: int, end: int, full_width: float) -> bool:
    """Line k, full (title_wrapped) and holding no 关于, opens on an organ's
    name that the line under it ends before its 关于 (organ_about_opens): a
    name longer than the title's line. A line under it that opens on a
    place's or an organ's name of its own ('某某市人民政府关于…') opens its
    own title (joint issuers are named one a line, GB/T 9704 7.3.1): line k,
    a name whole or not, is none of it; nor is a name parted from the next
    by a space (joint issuers run on one line)."""
    text = lines[k].text.strip()
    return k + 1 < end and title_wrapped(lines[k], full_width) and not ABOUT_RE.search(text) \
        and not ORGAN_END_RE.search(text) and not ORGAN_START_RE.match(lines[k + 1].text.strip()) \
        and bool(QUOTED_ORGAN_ABOUT_RE.match(text + lines[k + 1].text.strip()))


PLACE_APART_CHARS = 12  # characters of a place's name the print sets on a line of its own, at most


# The verb a title's 关于 may take before the organ whose text it passes on ('某市人民政府关于转发' / '省人民政府办公厅'
# / '关于…的通知的通知', '…关于转发《某某省民政厅…' / '…动员局' / '关于…》的通知').
PASSING_VERB_RE = re.compile(either_script(r"(?:转发|印发|批转|转批|公布|发布)"))


def about_over_organ_head(text: str, organ: str, head: str, organ_needed: bool = True) -> bool:
    """GB/T 9704 7.3.1: a title is 发文机关 + 关于 + 事由 + 文种, its one 关于
    after its organs. An organ's whole name alone on its line right over a
    line that opens on 关于 (or 转发, 印发) begins the title; lines above it
    (text, joined: the wrap may have cut them anywhere) that hold a 关于 of
    their own with no verb after it that passes a text on (a 转发 title's
    '…关于转发' / '省人民政府办公厅' / '关于…') are no lines of that title but the tail of a sentence over it ('…关于完整准确全', a
    citation the excerpt cut mid-name)."""
    text, organ, head = squash(text), organ.strip(), head.strip()
    about = [m.end() for m in ABOUT_RE.finditer(text)]
    return bool(about) and not PASSING_VERB_RE.match(text, about[-1]) \
        and (not organ_needed or organ_alone(organ) and bool(re.match(ISSUING_WORDS, head)))


# A title that cites another title whole ends on the cited one's 文种 and then its own ('…的请示的批复', '…的通知的通知').
NESTED_KINDS_RE = re.compile(either_script(r"(?:请示|报告|通知|意见|方案|办法|规定|决定|函)的?(?:批复|通知|复函|函|决定|意见)$"))


def about_over_unnested(lines: list[Line], i: int, k: int, end: int) -> bool:
    """GB/T 9704 7.3.1: a title opening on its organ and 关于 (line k) has
    one 关于 after its organ, unless its 事由 cites another organ's title
    whole ('XX市人民政府关于同意' / 'XX县人民政府关于…的请示的批复'): then it
    ends on the cited 文种 and its own. Lines i..k-1 that hold a 关于 of their
    own, pass nothing on after it and leave no 《 open, over a title that
    ends on one 文种, are the tail of a sentence the excerpt cut ('…省人民
    政府关于完整准确全'), no lines of that title."""
    above = squash("".join(line.text for line in lines[i:k]))
    return not quotation_open(above) and about_over_organ_head(above, "", "", organ_needed=False) \
        and not NESTED_KINDS_RE.search(join_title([line.text for line in lines[k:end]]))


def place_set_apart(above: str, line: str) -> bool:
    """The 发文机关's place on a line of its own over the rest of its name and
    关于 ('某州大亚湾' / '经济技术开发区管理委员会关于印发…', a centred title
    broken where a space parted two joint organs): the name before 关于 opens
    with no place of its own (from_its_place) and does with the line above,
    a few characters, no organ's name of their own ('各区政府' under a
    sentence's lead is its rest), and nothing else: a place whole ('某州市'
    over '人民政府关于…'), or one the zone's kind the name goes on with
    completes ('某州大亚湾' over '经济技术开发区…'; '…项目名录' over '区政府…'
    is a title's end over a level alone)."""
    about = ISSUING_WORD_RE.search(line)
    organ, place = line[:about.start()].strip() if about else "", above.strip()
    zone = ORGAN_START_RE.match(organ)
    return bool(organ) and bool(ORGAN_END_RE.search(organ)) and not from_its_place(organ) \
        and 2 <= len(place) <= PLACE_APART_CHARS and bool(re.fullmatch(r"[\u4e00-\u9fa5]+", place)) \
        and not ORGAN_END_RE.search(place) and from_its_place(place + organ) \
        and (bool(ORGAN_START_RE.fullmatch(place)) or bool(zone) and bool(ZONE_KIND_RE.match(zone.group(0))))


def organ_wrapped(text: str) -> bool:
    """An organ's whole name read across the lines the wrap set it on: its place first, its ending last, no mark."""
    return bool(ORGAN_START_RE.match(text)) and bool(ORGAN_END_RE.search(text)) \
        and not re.search(r"[，。；：,;:、]", text)


def listed_row(lines: list[Line], k: int, skip: set[int], title: str, full_width: float) -> bool:
    """Line k, an organ's name alone over a title's 关于 line, is a row of a
    list, no issuer of that title: the names one a line that run up from it,
    with the title, hold more than any title does (TITLE_CHARS: a town list
    of twelve governments), or they stand under a 名单's title, whose rows
    they are, or under a caption that ends in a colon ('二等奖：', '优秀单位：'),
    which announces them: a title's joint issuers follow no colon. A title's
    joint issuers stand one a line over its 关于 (GB/T 9704 7.2.5), but a
    title names them in its own length. A name a scan spaced inside ('仁
    怀市人民政府办 公室') is still one of the names the list runs up through."""
    j = k
    while j > 0 and j - 1 not in skip and _organ_alone_spaced(lines[j - 1].text):
        j -= 1
    names = "".join(re.sub(r"\s+", "", line.text) for line in lines[j:k + 1])
    return len(names) + len(title) > TITLE_CHARS or j > 0 and j - 1 not in skip \
        and (kind_of(lines[j - 1].text) == "名单" or _counts_items(lines[j - 1].text) or _caption(lines, j - 1, full_width))


def under_counted_heading(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Line k and the organs' names one a line above it stand right under a
    list's heading that counts its items (_counts_items): they are its rows."""
    j = k
    while j > 0 and j - 1 not in skip and organ_alone(lines[j - 1].text):
        j -= 1
    return j > 0 and j - 1 not in skip and _counts_items(lines[j - 1].text)


def _counts_items(text: str) -> bool:
    """A list's heading that counts the items under it, numbered or not
    ('（一）青秀区（12个）', '二等奖(4名)'): the names under it are its rows."""
    return bool(COUNTED_HEADING_RE.match(text) or COUNT_HEADING_RE.match(text.strip()))


def _caption(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is a caption over a list: a label ending in a colon ('二等奖：',
    '督查考核优秀单位（共13个）：'), no sentence in it, on a line of its own
    (no line the measure wrapped runs on into it). A sentence's colon
    ('…现就有关事项通知如下：', or its last words a wrap set on a line,
    '知如下：') is none."""
    text = lines[k].text.strip()
    return text.endswith((":", "：")) and not re.search(r"[，。；,;]", text[:-1]) \
        and not (k > 0 and wrapped(lines[k - 1], full_width))


def rows_under_caption(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
    """Line k is the last of two rows or more of organs' names (one name,
    or several parted by spaces) that run up to a caption over them: the
    caption's list ('督查考核优秀单位（共6个）：' / '区审计局 区统计局' /
    '区财政局 区信访办'), no title's joint issuers under it. One line of
    names under a colon may be a joint title's first line under a text cut
    on its colon ('…通知如下：' / '…卫生健康局 …财政局' / '关于…')."""
    j = k
    while j >= 0 and j not in skip and (len(organ_names(lines[j].text)) >= 2 or _organ_alone_spaced(lines[j].text)):
        j -= 1
    return j < k - 1 and j >= 0 and j not in skip and _caption(lines, j, full_width)


def _organ_alone_spaced(text: str) -> bool:
    """One organ's name alone on its line, perhaps with a space a scan left
    inside it ('仁 怀市人民政府办 公室', '丙县人民政府 办公室'); not names
    parted by spaces, each whole ('县公安局 县水利局': a title's joint issuers
    or a row of a list)."""
    names = organ_names(text)
    return organ_alone(re.sub(r"\s+", "", text)) \
        and not (len(names) >= 2 and not any(BARE_ENDING_RE.match(name) for name in names))


def holds_issuing_word(lines: list[Line], k: int, end: int) -> bool:
    """Line k holds the title's 关于 (转发, 印发, 批转), or its first character
    with the second at the head of the next line of the title: a title is
    wrapped anywhere, inside that word too ('…常务委员会关' / '于修改《…'…)."""
    text = lines[k].text.rstrip()
    return bool(ISSUING_WORD_RE.search(text)) or k + 1 < end \
        and bool(ISSUING_WORD_RE.fullmatch(text[-1:] + lines[k + 1].text.lstrip()[:1]))


def alias_cut(lines: list[Line], k: int, end: int) -> bool:
    """Line k ends in the 发文机关's name and opens the bracket of its other name, which the next line closes before
    the title's 关于 ('…建设和管理委员会(某区' / '水务局)关于…', grammar.ALIASED_ORGAN_HEAD_RE): the wrap cut the
    organ inside its alias, and the title begins on line k."""
    return k + 1 < end and bool(re.search(r"[（(][^（）()]*$", lines[k].text)) \
        and bool(ALIASED_ORGAN_HEAD_RE.match(join_title([lines[k].text, lines[k + 1].text])))


BARE_ENDING_RE = re.compile(f"^{ORGAN_ENDING}+$")  # '局', '办公室': an ending with no name before it


def joint_issuers_above(lines: list[Line], head: int, skip: set[int], lowest: int, full_width: float) -> int:
    """GB/T 9704 7.2.5: a title of joint issuers names them all before 关于,
    parted by spaces or by 、 ('XX区人民政府办公室、XX区人大常委会办公室关于…'),
    on a line the measure wraps anywhere ("XX市发展和改革委员会 中共XX市" /
    "委社会工作部 XX市住房" / "和城乡建设局 关于印发…").
    The title runs up from its 关于 line to the topmost line from which
    the text before 关于 is two or more names parted by spaces, each ending
    as organ names end, or names and the verb 印发/转发 (issuing_organs). A
    line that closes a bracket it did not open ('…第四次修正)') ends the text
    above: a title closes only the brackets it opens. The title begins on a
    line of its own: the end of a line the measure wrapped above it ('…分别
    履行下' / '列管理职责') is that line's, no first name (wrapped).
    A 关于 line that opens with an organ's whole name run into 关于
    ('XX市人民政府关于…') names its issuer itself: names parted by spaces on
    a line above are its joint issuers only where the measure wrapped them
    there, cutting at the space before its name, so that the line above is
    as full as a line gets but for that space; one that ends shorter is set
    apart from it, a list's row ('县公安局 县水利局…', an 附件's 名单 above the
    next title), as are lines of names parted by spaces right under a
    numbered heading ('一、…先进单位(23个)' / '芦溪县政府办公室 上栗县政府办公室'),
    though each fills the measure but for a space: a heading's items follow
    it. Names parted by 、 run on to the next line after a 、 or inside a
    name: a line of them that ends on a whole name is a list's
    ('县公安局、县水利局')."""
    if not holds_issuing_word(lines, head, min(head + 2, len(lines))):
        return head
    signed_end = signed_under_close(lines, head, skip, full_width)  # (a signature at the measure goes on into none)
    lowest = max(lowest, signed_end)
    about = ISSUING_WORD_RE.search(lines[head].text)
    at = about.start() if about else len(lines[head].text.rstrip()) - 1  # (the verb cut: '…办公室关' / '于表彰…')
    above = lines[head - 1].text.rstrip() if head - 1 >= 0 and head - 1 not in skip else ""
    if above and named_issuer(lines[head].text[:at]) and (
            printed_width(lines[head - 1]) + WRAP_SPACE < full_width * MEASURE.full
            or "、" in above and bool(ORGAN_END_RE.search(above)) or _rows_under_heading(lines, head - 1, skip)):
        return head
    top, k = head, head
    while k - 1 >= lowest and k - 1 not in skip and not lines[k].starts_block and titleish(lines[k - 1]) \
            and not re.search(r"[，。；：,;:]", lines[k - 1].text) \
            and not (_organ_alone_spaced(lines[k - 1].text) and listed_row(lines, k - 1, skip, "", full_width)) \
            and not rows_under_caption(lines, k - 1, skip, full_width):
        k -= 1  # (an organ alone under a list's counted heading or caption is that list's row: listed_row)
        names = "".join(line.text for line in lines[k:head]) + lines[head].text[:at]
        if not balanced(names):
            break
        if (len(organ_names(names.replace("、", " "))) >= 2 or issuing_organs(names) or one_places_organs(names)) \
                and not (k - 1 >= 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width)
                         and not printed_line(lines, k - 1) and k != signed_end
                         and not duty_note_closed_at(lines, k - 1, skip)):
            top = k
    if any(_joint_masthead_over(lines, j, head) for j in range(top, head)):
        return head  # the joint 版头 over a 关于 line that names the same organs again: no issuers of the title
    return top


WRAP_SPACE = 1  # the column a wrap at a space drops: the space that parted two names
PLACE_PREFIX = 2  # the characters of a place's name that joint issuers of one place all begin with


def one_places_organs(text: str) -> bool:
    """Two organs' names or more of one place run together, the space that
    parted them lost (a wrap that cut the second name's place, '…指挥部办公室
    甘' / '谷县林业和草原局', read as a scanner's space): each ends as organ
    names end and the next begins with the first one's place
    ('甘谷县…办公室甘谷县林业和草原局')."""
    text = text.replace(" ", "")
    if not JOINT_NAME_RE.match(text) or not ORGAN_END_RE.search(text):
        return False
    place, names, start = text[:PLACE_PREFIX], 0, 0
    for match in re.finditer(ORGAN_ENDING, text):
        rest = text[match.end():]
        if not rest or rest.startswith(place) and match.end() - start > len(place):
            names, start = names + 1, match.end()
    return names >= 2 and start == len(text)


def _rows_under_heading(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Line k and the lines above it, each two organs' names or more parted
    by spaces, stand right under a numbered heading that is no sentence: the
    heading's rows (a 表彰's list of units), not a wrapped title's issuers."""
    while k >= 0 and k not in skip and len(organ_names(lines[k].text)) >= 2:
        k -= 1
    return k >= 0 and k not in skip and k + 1 < len(lines) and len(organ_names(lines[k + 1].text)) >= 2 \
        and bool(LABEL_RE.match(lines[k].text)) and not ends_sentence(lines[k].text)


def named_issuer(text: str) -> bool:
    """An organ's whole name: from its place on (or 中共, 国家…), ending as names end; or joint issuers' whole
    names parted by spaces, each so (联合行文, GB/T 9704 7.3.1: '中共某某市委 某某市人民政府关于…')."""
    return all(from_its_place(name) and bool(ORGAN_END_RE.search(name) and JOINT_NAME_RE.match(name))
               for name in text.split()) and bool(text.strip())


# The forwarded text's issuers after the verb, as a 转发 title names them before
# that text's '关于…': one organ, several parted by 、, or the first and 等部门, perhaps counted (等9部门).
FORWARDING_RE = re.compile(either_script(rf"^(?:转发|批转)(?P<organs>[\u4e00-\u9fa5、]{{2,60}}?"
                                         rf"(?:等[\d{CN_NUMERAL}]{{1,3}}个?(?:部门|单位|机关))?)$"))
# The forwarded organs counted or not ('市卫生局等部门', '市卫生局等9部门', '…等九个单位').
FORWARDED_MORE_RE = re.compile(rf"等[\d{CN_NUMERAL}]{{0,3}}个?(?:部门|单位|机关)$")


# A 印发 or 转发 title's line that ends on the passing verb and the place or organ that opens the issued text's own
# name ('某市人民政府办公室关于印发某市' over '关于…工作的实施意见的通知'): the place whole (行政区划's ending) or an organ.
ISSUED_NAME_OPENED_RE = re.compile(either_script(rf"(?:{PASSING_VERBS})《?(?P<name>[\u4e00-\u9fa5]{{2,24}})$"))
PLACE_NAME_RE = re.compile(either_script(r"[\u4e00-\u9fa5]{1,10}?(?:自治区|省|市|县|区|州|盟|旗)"))


def issued_name_opens(text: str) -> bool:
    """GB/T 9704 7.3.1: a title is its 发文机关, its 事由 and its 文种, and a
    notice that issues or forwards a text names that text whole in its 事由;
    that name opens on its own place or organ (规章制定程序条例 第七条) and
    may go on with its own 关于 ('…关于印发某市关于…的实施意见的通知'). A
    line that opens as a title does (an organ's name, 关于 or the passing
    verb), holds no clause mark and ends on the verb and that place or organ
    alone is the title's first line over the issued name's 关于, no
    sentence's: its 关于 is the issued text's, not a title of its own."""
    text = text.replace(" ", "").replace("\u3000", "")
    match = ISSUED_NAME_OPENED_RE.search(text)
    if match is None or CLAUSE_MARK_RE.search(text) or ends_sentence(text):
        return False
    name = match.group("name")
    return (bool(PLACE_NAME_RE.fullmatch(name)) or bool(ORGAN_END_RE.search(name)) and organ_alone(name)) \
        and (match.start() == 0 or bool(ABOUT_RE.match(text)) or bool(ORGAN_START_RE.match(text)))


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


def forwarded_head(lines: list[Line], i: int, k: int) -> bool:
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


def lead_and_others(text: str) -> bool:
    """GB/T 9704 7.2.5: a title of many joint issuers may name the lead
    organ and count the others after it ('XX省发展和改革委员会等10部门',
    '…等九个单位'); on a line of its own over '关于…', that line is the
    title's first, as one organ's name alone would be."""
    more = FORWARDED_MORE_RE.search(text.strip())
    return bool(more) and more.start() > 0 and organ_alone(text.strip()[:more.start()])


def issuing_organs(text: str) -> bool:
    """GB/T 9704 7.2.5: a 印发/转发/批转 notice's title may put its issuers
    and the verb on its first line (or lines) and the issued text's
    '关于…的意见' under it ("XX市人民政府 XX市中级人民法院印发" / "关于…的意见的
    通知"): organ names, parted by spaces or one alone, then the verb go on
    into the title under them. A 版记's 印发 line carries its date; this one
    holds names alone."""
    verb = PASSING_TAIL_RE.search(text)
    return bool(verb) and bool(organ_names(text[:verb.start()]))


# A letter's title names whom it is sent to after 致 ('致全市人民的一封信', '致在杭外籍朋友的一封信'), no organ (not
# 致富…, 致敬…, 致力…, words that open other 事由).
ADDRESSED_LETTER_RE = re.compile(r"^致(?![富敬力使谢辞])[\u4e00-\u9fa5“”]{2,}(?:一封)?(?:公开)?(?:信|书)$")


def masthead_over(above: str, title: str) -> bool:
    """GB/T 9704 7.2.1: the 发文机关标志, the organ's name alone on its line,
    stands over a title that names the same organ, in full or short ('XX县人民
    政府' over '县人民政府关于…的通知'): it is the 版头, no line of the title,
    which names its issuer once. Joint issuers one a line over '…关于' are
    different organs and stay the title's."""
    organ = TITLE_ORGAN_RE.match(title)
    if ADDRESSED_LETTER_RE.match(title.replace(" ", "")) and " " not in above.strip() and organ_alone(above.strip()):
        return True  # GB/T 9704 7.2.2: the mark may be the organ's name alone, over a letter's title that names
        # whom it is sent to and no organ ('新 余 市 反 诈 中 心', the layout's spaces read off, over '致全市人民反电诈
        # 宣传一封信'): its 版头 too. Joint organs parted by a space over '致…的慰问信' are the title's first line
        # (test_holdout105_grammar: the writers' names, as a joint letter is titled)
    above = above.replace(" ", "")
    if not organ or not (ORGAN_END_RE.search(above) and JOINT_NAME_RE.match(above)):
        return False
    short = organ.group("organ")
    return above.endswith(short) or above.replace("人民", "").endswith(short.replace("人民", ""))


KIND_BANNER_TITLE_LINES = 3  # lines the whole title under a 版头's kind banner and its number may take


def kind_banner(lines: list[Line], k: int) -> bool:
    """GB/T 9704 7.2: the 版头 holds the 发文机关标志 and, under it, the 发文字号 (a
    上行文's 签发人 beside it, 7.2.4-7.2.6); the 标题 stands under the 版头
    (7.3.1), of 发文机关, 事由 and 文种. Line k, a 文种 word alone (no organ, no
    事由), right over a 发文字号 line, with a whole title by its own grammar
    (its organ or 关于 first) ending on that same 文种 right under the number,
    is a banner of that 版头 as a page kept it ('批复' over '某价费字…号 签发人:…'
    over '某某局' / '关于…的批复'): no title of its own, the text's first line,
    the number the title's under it. A 文种 alone with its number under it
    and a sentence after that is a title of its own ('通告' / '某公通〔2020〕1号')."""
    if k + 2 >= len(lines) or not is_doc_number_line(lines[k + 1].text):
        return False
    text = squash(lines[k].text)
    kind = kind_of(text)
    if not kind or text != kind:
        return False
    first = k + 2
    while first < len(lines) and first - k - 2 < 2 and HEAD_MARK_RE.match(lines[first].text.strip()):
        first += 1  # the 签发人 a narrow measure turned off the number's line (7.2.6), over the title still
    title = ""
    for line in lines[first:first + KIND_BANNER_TITLE_LINES]:
        if not titleish(line):
            return False
        title += squash(line.text)
        if kind_of(title):
            return title.endswith(kind) and len(title) > len(kind) and bool(TITLE_GRAMMAR_RE.match(title))
    return False


def _joint_masthead_over(lines: list[Line], i: int, k: int) -> bool:
    """GB/T 9704 7.2.1 (联合行文): the joint 发文机关标志, the organs' names one
    a line (a short one spread by spaces, '松 阳 县 民政 局'), stands over a
    title that names the same organs, in the same order, before its 关于
    ('松阳县发展和改革局 松阳县民政局关于' / '核定…的通知', a 发文字号 printed under
    it): lines i to k - 1, over the 关于 line k, are the 版头, none of the
    title, which names its issuers once. Joint issuers one a line over a line
    that opens on '关于' stay the title's."""
    about = ABOUT_RE.search(lines[k].text)
    names = [squash(line.text) for line in lines[i:k]]
    return bool(about) and all(organ_alone(name) for name in names) \
        and squash(lines[k].text[:about.start()]).endswith("".join(names))
