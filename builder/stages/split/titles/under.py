"""What stands under a title, its frame (GB/T 9704 7.2.4–7.3.2): 发文字号, 题注, a date, a 令's number, the parties of
an agreement, a rule's chapters and articles, an outline's first item; and the lines that finish the title
(continues_title: '（试行）', '（2022—2024年）').
"""
from __future__ import annotations

import re
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, addressee_names, ADOPTION_NOTE_RE, CASE_ORDINAL_RE, CHRONICLE_ENTRY_RE,
                            compilers_line, COUNT_NOTE_RE, DAMAGED_DATE_RE, DATE_RE, DATED_BYLINE_RE, DOCUMENT_KINDS,
                            FRONT_MATTER_RE, HEAD_COUNT, head_mark, kind_of, members_addressed, MONTH_LINE_RE,
                            NOTE_MARK, NUMBERED_KINDS, OCCASION_RE, ORDER_NUMBER_RE, orders_in_note, ORGAN_END_RE,
                            ORGAN_START_RE, paren_frame, PLACE_YEAR_TITLE_RE, REPLY_KINDS, SERIES_NUMBER, signed_day,
                            SIGNED_KINDS, SPEAKER_RE, SUBTITLE_RE, UNDATED_FIRST_EVENT_RE, whole_adoption_note)
from ....text.lines import left_open, SHORT_NAME_RE
from ....text.measure import paragraph_indent
from ....text.numbering import DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE
from ....text.numerals import cn_to_int
from ....text.script import either_script
from ..grammar import (dated_at, ends_frame, figured, implementing_rule_title, is_addressee_line, is_date_line,
                       is_doc_number_line, is_order_name, join_title, NOTE_LINES, organ_alone, OWN_RULES_KINDS,
                       rule_titled_by_place, TITLE_GRAMMAR_RE, titled_by_own_grammar)
from ..unfold import OCCASION_WRAP
from .lines import ORGAN_ABOUT_RE, titleish, wrapped
from .addressees import ABOUT_TITLE_RE, addressed_organs, addressees_from, bare_addressees_wrapped, long_addressees_from
from .issuers import opens_on_organ
from .letters import letter_salutation, public_salutation


def chapter_headings(lines: list[Line]) -> set[int]:
    """A chapter of a text numbered in sections (GB/T 1.1 章条编号), 'N 标题'
    with its first section 'N.1 …' under it, or right under a section of the
    chapter before ('8.5 预案实施时间' / '9 附录': the outline goes on in its
    order, a 目录's last chapter with no section listed): a heading, no
    title, though it ends as one may ('7 保障措施'), nor the first line of a
    title printed under it."""
    found = set()
    for k in range(len(lines)):
        text = lines[k].text.strip()
        if DECIMAL_CHAPTER_RE.match(text):
            number = re.match(r"\d+", text).group(0)
            if k + 1 < len(lines) and re.match(number + r"\s*[.．]\s*1(?!\d)", lines[k + 1].text.strip()) \
                    or k > 0 and int(number) > 1 \
                    and re.match(str(int(number) - 1) + r"\s*[.．]\s*\d", lines[k - 1].text.strip()):
                found.add(k)
    return found


def named_short_below(lines: list[Line], k: int) -> bool:
    """The line under line k opens on a short name's bracket ('（以下简称年报）根据…'): the words of line k are
    what a sentence names and shortens there, as a report's lead opens on the report's own name
    ('…年度报告（以下简称年报）根据《条例》编制'), and the wrap cut after them. A title names itself in full and no
    short name follows it: line k is no title's, though it spells the title above it again."""
    return k + 1 < len(lines) and bool(SHORT_NAME_RE.match(lines[k + 1].text.strip()))


OUTLINE_REACH = 400  # lines searched above and below a title for the outline's labels (a long text at 18 columns)


def outline_restarts(lines: list[Line], start: int, end: int) -> bool:
    """Numbering grammar: a text's outline counts on (一、二、三、…), never
    back, and a text in articles (第X条) never goes on to an outline. A
    title not quoted whose text opens at 一、 right under it after an
    article of the text above, or (a 公文's title: 公报, 通知 …) before any
    frame's end under a 二、 or later, begins a text of its own, though the
    line above it stops mid-sentence or fills the measure (a page that lost
    its stops, '…同比增长3.7%'): no sentence runs on into a title and on to
    a new 一、. A 指南 or 指引 titled as a 公文 is (GB/T 9704 7.3.1: 发文机关 +
    关于 + 事由 + 文种, '某某县人民法院关于…工作的指引', _organ_kind_title) is
    its organ's own text, published on its own as a 公文 is, not one a
    notice issues (which its notice names, '关于…的通知' / '…指引'): one too;
    and so is a text titled by its place and year ('某某县2022年…工作要点',
    place_year_title), which no heading inside a text repeats, and one whose
    organ's whole name stands alone on the line over its 事由 and 文种
    ('某某镇人民政府' / '自然灾害救助应急预案': _organ_over_title), the
    发文机关 a 版头 prints over a text of its own (7.2.1, 7.3.1); no heading
    inside a text sets an organ's name on a line of its own over it."""
    title = join_title([line.text for line in lines[start:end]])
    if "《" in title or kind_of(title) is None:
        return False
    def closes(k: int) -> bool:
        return dated_at(lines, k) or ends_frame(lines, k)
    below = next((k for k in range(end, min(len(lines), end + OUTLINE_REACH))
                  if closes(k) or LABEL_RE.match(lines[k].text)), None)
    first = LABEL_RE.match(lines[below].text) if below is not None and not closes(below) else None  # of any scheme
    if not (first and first.group("cn") and cn_to_int(first.group("cn")) == 1):
        return False
    for k in range(start - 1, max(-1, start - 1 - OUTLINE_REACH), -1):
        if closes(k):
            return False  # the text above closed its frame: its outline was its own
        if titleish(lines[k]) and kind_of(lines[k].text) in DOCUMENT_KINDS:
            return False  # a 公文's title stands nearer above: the new 一、 is that text's, this line inside it
        if DECIMAL_HEADING_RE.match(lines[k].text):
            return below == end  # (a text in sections numbered by levels, 1.3, never goes on to an outline's 一、)
        if label := LABEL_RE.match(lines[k].text):
            if label.group("tiao"):
                return below == end  # (a frameless text's outline opens right under its title)
            if label.group("cn"):
                # (a 公文's own kind: a text it issues, a 方案 or 规划, may restart the outline inside it; one titled
                # by the 公文 grammar, its 关于 first, restarts it even under the first heading, an excerpt cut there)
                return (cn_to_int(label.group("cn")) >= 2 or bool(TITLE_GRAMMAR_RE.match(title))) \
                    and (kind_of(title) in DOCUMENT_KINDS or _organ_kind_title(title) or place_year_title(title)
                         or _organ_over_title(lines, start, end))
    return False


def _organ_over_title(lines: list[Line], start: int, end: int) -> bool:
    """GB/T 9704 7.2.1 and 7.3.1: the block's first line is an organ's whole name alone ('某某镇人民政府',
    organ_alone), over the rest of the title, its 事由 and 文种 with no clause mark: the organ a 版头 or a title's
    first line names over a text of its own, not a heading of the text above."""
    rest = join_title([line.text for line in lines[start + 1:end]])
    return end - start >= 2 and organ_alone(lines[start].text.strip()) and bool(kind_of(rest)) \
        and not re.search(r"[，。；：、,;:]", rest)


def place_year_title(title: str) -> bool:
    """A text titled by its place and the year its 事由 opens with, the 文种 last (GB/T 9704 7.3.1, the organ's
    place standing for it: '某某县2022年林长制工作要点', PLACE_YEAR_TITLE_RE), no clause mark and no 《》: a year's
    text of that place published on its own. No heading inside a text names its place and year again before its
    matter, so under the text above's 二、 or later its own 一、 restarts no outline of that text."""
    title = title.replace(" ", "")
    return bool(kind_of(title)) and "《" not in title and not re.search(r"[，。；：、,;:！？!?]", title) \
        and bool(PLACE_YEAR_TITLE_RE.match(title))


def _organ_kind_title(title: str) -> bool:
    """A 指南 or 指引 titled by the 公文 grammar (GB/T 9704 7.3.1): its organ's name, 关于, its 事由 and the word
    last, no clause mark ('某某县人民法院关于近期诉讼服务工作的指引')."""
    return kind_of(title) == "指南" and bool(ORGAN_ABOUT_RE.match(title)) and not re.search(r"[，。；：,;:]", title)


def subtitle_under(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is a 副题 under a title: it opens with a 破折号 and holds no
    sentence ('——全区常住人口情况'), on a line of its own. No sentence runs on
    from the line above into a dash, as a 题注 or a date it frames the title."""
    text = lines[k].text
    return bool(SUBTITLE_RE.match(text)) and not re.search(r"[，。；：,;:]", text) and not wrapped(lines[k], full_width)


def genre_opens_under(lines: list[Line], end: int, title: str) -> bool:
    """Under the title of a genre, the line its text opens with, not the rest
    of a sentence the title's line ran on from: a speech's byline, the
    speaker's name on a line of its own (genres.speech), or a chronicle's
    first entry, opening with the day it tells of (genres.chronicle), or a
    body's own rules' first division, article or preamble (_rules_open)."""
    if end >= len(lines):
        return False
    kind, text = kind_of(title), lines[end].text
    return kind == "讲话" and bool(SPEAKER_RE.match(text)) or kind == "大事记" and bool(CHRONICLE_ENTRY_RE.match(text)) \
        or kind in OWN_RULES_KINDS and _rules_open(text)


def _rules_open(text: str) -> bool:
    """The line a body's own rules open with: their first division or
    article ('第一章 总则', '第一条', '一、…'), or the preamble that gives
    their purpose or ground ('为了进一步规范…', '根据…'), as a sentence's
    first words, never the rest of one run on from above."""
    label = LABEL_RE.match(text)
    first = label and any(label.group(g) and cn_to_int(label.group(g)) == 1 for g in ("zhang", "tiao", "cn"))
    return bool(first) or bool(re.match(either_script(r"(?:为了?|根据|依据|按照)"), text.strip()))


def adoption_notes(lines: list[Line], full_width: float) -> set[int]:
    """The lines of each 法规's 题注 (立法技术规范: the dates it was adopted,
    approved or amended, under its title; in brackets, wrapped or not): no
    title begins or runs on there. A bracketed note runs to where its
    bracket closes, an unbracketed one (a line a date) to the line its verb
    ends, which a narrow measure wraps it onto ('2018年9月21日 山东省第十三届人民代表' /
    '大会常务委员会第五次会议关于修改《…》等十件地方性法规的决定' / '修正')."""
    notes: set[int] = set()
    for k in range(len(lines)):
        if k in notes:
            continue
        if undated := _undated_note(lines, k):
            notes.update(range(k, undated))
            continue
        if not ADOPTION_NOTE_RE.match(_within_bracket(join_title([line.text for line in lines[k:k + NOTE_LINES]]))):
            continue
        stop = k + 1
        while stop < min(len(lines), k + NOTE_LINES) and left_open(join_title([line.text for line in lines[k:stop]])):
            stop += 1
        if stop == k + 1 and not NOTE_VERB_END_RE.search(lines[k].text):
            for end in range(k + 1, min(len(lines), k + NOTE_LINES)):
                line = lines[end]
                if not wrapped(lines[end - 1], full_width) or line.starts_block or paragraph_indent(line) \
                        or LABEL_RE.match(line.text):
                    break  # only a line the measure filled goes on, and not into a new paragraph
                if NOTE_VERB_END_RE.search(line.text):
                    stop = end + 1
                    break
        notes.update(range(k, stop))
    return notes


# A title's words: no sentence's marks (GB/T 15834 4.1-4.6: 句号, 问号, 叹号, 逗号, 顿号, 分号, 冒号). A mirror that could
# not write a character puts a '?' in its place, before the Latin letters of its damaged annotation ('管理?xiàng)l例'):
# that '?' is the page's damage, no 问号, and a bracket the damage closed without opening it no sentence's tail.
NOTE_TITLE_MARKS_RE = re.compile(r"[。，,、；;：:！!？]|\?(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])")
NOTE_TITLE_MAX = 50  # characters a 法规's or 规章's title runs to ('…人民代表大会常务委员会关于…的决定' the longest)


def named_over_note(lines: list[Line], start: int, stop: int, notes: set[int]) -> bool:
    """The line right over a 题注's first line is the title of the text it
    dates (立法技术规范（试行）（一）: the 题注 stands under the 法规's title,
    naming who adopted it and when), whatever word it ends on: a mirror may
    have damaged the kind word ('…管理?xiàng)l例'), but no sentence runs on
    into a 题注, nor does one stand under anything but its title. The line
    holds a title's words: no sentence's marks, not a numbered item's head,
    short as a title is. One line only: a title the wrap carried over two
    ends on its kind word (title_blocks reads it so), and the line above
    one (a sentence an excerpt cut, with no marks left in it) is no part
    of it. The 题注 is one in brackets, whole (立法技术规范: '（2019年3月1日
    …会议通过）'), events and nothing else inside them: a date alone on its
    line over a 令's name ('2018年4月20日' / '某某市人民政府令' / '第5号')
    reads as a note's first line too, but it is a text's 成文日期, and the
    organ over it that text's signature; and the organ's name alone a law
    site prints between a title and its 题注 is the name it is published
    under (what_follows), no title."""
    if stop != start + 1 or stop not in notes or start in notes or lines[stop].text.strip()[:1] not in "（(" \
            or not whole_adoption_note(_within_bracket(join_title([line.text for line in lines[stop:stop + NOTE_LINES]]))):
        return False
    text = lines[start].text.strip()
    return 4 <= len(text) <= NOTE_TITLE_MAX and not NOTE_TITLE_MARKS_RE.search(text) \
        and not organ_alone(re.sub(r"\s", "", text)) \
        and not LABEL_RE.match(text) and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 4


def _within_bracket(text: str) -> str:
    """A 题注 printed in brackets holds its events inside them (立法技术规范: '（2019年3月1日…通过）'):
    where the bracket it opens with closes, the note ends, and the lines after it (a 主送, a body's
    sentence citing '…令第8号' and a 公布) are none of it. Text that opens with no bracket, whole."""
    if not text[:1] in "（(":
        return text
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch in "（(") - (ch in "）)")
        if depth == 0:
            return text[:k + 1]
    return text


NOTE_VERB_END_RE = re.compile(either_script(r"(?:通过|制定|批准|[公发]布|修正|修订)[）)。]?$"))  # a 题注 event's last word


def _undated_note(lines: list[Line], k: int) -> int:
    """A 题注 in brackets from line k that names the session which adopted
    the text without its date, a later event dated (whole_adoption_note):
    the line after its closing bracket, or 0."""
    if not UNDATED_FIRST_EVENT_RE.match(join_title([line.text for line in lines[k:k + NOTE_LINES]])):
        return 0
    return next((stop for stop in range(k + 1, min(len(lines), k + NOTE_LINES) + 1)
                 if whole_adoption_note(join_title([line.text for line in lines[k:stop]]))), 0)


def rule_over_articles(lines: list[Line], start: int, end: int) -> bool:
    """A rule titled by its place's or organ's name, its matter and its kind
    (grammar.rule_titled_by_place: 规章制定程序条例 第七条; an organ's internal
    制度 too) with its first 第一章 or 第一条 right under it (立法技术规范:
    _articles_open) is a text's title though the line above stops
    mid-sentence (an excerpt the store cut there): a sentence that runs into
    a rule's name cites it in 《》 and goes on with words, never with the
    rule's first article. A rule published on its own may print its
    发文字号 alone on the line under its title (GB/T 9704 7.2.4: the number
    under the title's organ, a web page's reprint under the title itself,
    '某公积金管委会〔2023〕4号'), its first article under that: no sentence
    goes on with a number alone on its line either. A rule that implements
    a 法规 may be titled by the 法规's name in book-title marks and its kind
    ('《某市…促进条例》实施办法', grammar.implementing_rule_title): the same,
    for a sentence that cites that name goes on with words under it too."""
    title = join_title([line.text for line in lines[start:end]])
    numbered = end < len(lines) and is_doc_number_line(lines[end].text)
    return (rule_titled_by_place(title) or implementing_rule_title(title)) and (_articles_open(lines, end) or numbered and _articles_open(lines, end + 1))


# A text numbered by levels (GB/T 1.1 章条编号, as an 应急预案 is) opens on its first chapter, '1' and its heading
# ('1  总则', '1.总则'), with that chapter's first section, '1.1' and its heading, on the line under it.
FIRST_CHAPTER_NUMBER_RE = re.compile(r"^1(?!\d)\s*[.．]?\s*(?!\d)")
FIRST_SECTION_RE = re.compile(r"^1\s*[.．]\s*1(?!\d)")


def levels_open(lines: list[Line], k: int) -> bool:
    """Lines k and k+1 open a text numbered by levels (GB/T 1.1 章条编号): the first chapter, '1' and its heading
    alone on line k ('1  总则', DECIMAL_CHAPTER_RE), its first section, '1.1' and its heading, on line k+1 ('1.1
    编制目的', DECIMAL_HEADING_RE) — as the text's 目录 lists them under its title, or as its body begins."""
    if k + 1 >= len(lines):
        return False
    chapter, section = lines[k].text.strip(), lines[k + 1].text.strip()
    return bool(DECIMAL_CHAPTER_RE.match(re.sub(r"^1[.．]", "1", chapter)) and FIRST_CHAPTER_NUMBER_RE.match(chapter)
                and DECIMAL_HEADING_RE.match(section) and FIRST_SECTION_RE.match(section))


def levels_under_title(lines: list[Line], start: int, end: int) -> bool:
    """A title by its own grammar (its organ's or place's name first, or 发文机关 + 关于 + 事由, its 文种 last, no
    clause mark and no 《》) over the opening of a text numbered by levels (GB/T 1.1 章条编号, as an 应急预案 is: its
    first chapter '1  总则' alone on its line over its first section '1.1  编制目的', its 目录's first rows or its
    body's first headings: levels_open) is a text's title though the line above stops mid-sentence or the wrap
    filled it (an excerpt the store cut there): a sentence that runs into a text's name cites it in 《》 and goes
    on with words, never with a chapter's number and heading alone on a line over its first section's."""
    return titled_by_own_grammar(join_title([line.text for line in lines[start:end]])) and levels_open(lines, end)


def rule_under_sentence_words(lines: list[Line], start: int, end: int) -> bool:
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name opens on its
    place's or organ's name (rule_titled_by_place), and its first 第一章 or
    第一条 stands right under it (rule_over_articles). A line over it that
    the wrap filled belongs to that name only if it opens as a title does (on
    关于, on a place's or an organ's name) and the name read from it is still
    a rule's name by place: a line of words that opens on neither and makes
    the name no rule's ('…联系人信息要向县数据和政务服' over '某某区公共数据管理
    办法') is the last line of a sentence the store cut above the rule, no
    line of its title."""
    if start < 1 or not rule_over_articles(lines, start, end):
        return False
    above = re.sub(r"\s+", "", lines[start - 1].text)
    return not (ABOUT_RE.match(above) or ORGAN_START_RE.match(above) or opens_on_organ(above)) \
        and not rule_titled_by_place(join_title([line.text for line in lines[start - 1:end]]))


# The party an enforcement 文书 (行政处罚决定书, 责令改正决定书, 复议决定书) is served on, printed under its title and
# number where a 公文 prints its 主送: the party's label and a colon, then its name ('当事人：…', '被处罚单位：…',
# '申请人：…', '(公司名称)：…').
PARTY_LINE_RE = re.compile(either_script(
    r"^(?:当事人|被处罚人|被处罚单位|申请人|被申请人|[（(]公司名称[）)]|单位名称)(?:姓名|名称)?\s*[:：]\s*\S"))
DEED_KINDS = r"(?:决定书|通知书|告知书)"  # the 文书 a party is served
DEED_KIND_RE = re.compile(either_script(DEED_KINDS + "$"))
# A 文书's name alone, the organ's left out or set on the line above ('行政处罚决定书', '责令改正违法行为决定书').
DEED_NAME_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{2,12}" + DEED_KINDS + "$"))


def party_under(lines: list[Line], end: int, title: str) -> bool:
    """An enforcement 文书's title ('…行政处罚决定书') with its number perhaps,
    then its party's line ('当事人：某某公司'), where a 公文 prints its 主送: a
    sentence that runs on into a quoted 文书's name goes on with words, not
    with a party's label and a colon, so a title framed so opens a document
    even under a line that stops mid-sentence (an excerpt the store cut)."""
    if not DEED_KIND_RE.search(title):
        return False
    k = end + (end < len(lines) and is_doc_number_line(lines[end].text))
    return k < len(lines) and bool(PARTY_LINE_RE.match(lines[k].text.strip()))


def frame_starts(line: Line, below: str = "") -> bool:
    """What may follow a title: its 发文字号 (or the serial a 令 or 公告 prints),
    主送机关 (a reply's: the members it answers, their colon perhaps lost over the body's first line, below), date,
    a long text's 目录 or 前言 heading, a mark of the 版头 (frame.head_mark), or a fresh block."""
    return line.starts_block or is_doc_number_line(line.text) or is_addressee_line(line.text) \
        or is_date_line(line.text) or bool(LABEL_RE.match(line.text)) or is_order_name(line.text) \
        or bool(ORDER_NUMBER_RE.match(line.text)) or bool(FRONT_MATTER_RE.match(line.text.strip())) \
        or members_addressed(line.text, below) \
        or head_mark(line.text) or bool(CASE_ORDINAL_RE.match(line.text.strip()))
    # (a reply's 主送: the members it answers, over their colon; the marks its form prints under its title, its 类别
    # and 公开属性: 'A类', '公开'; a collection's first case's ordinal, '案例一', no word a sentence goes on with)


# A title's years or stage in brackets on a line of their own ('（试行）', '（2022—2024年）'), or the
# same whose opening bracket the page lost ('2023年)', as it loses 年月日 and 号): years or a stage
# before the closing bracket, never a label's figure ('3)').
TITLE_TAIL_RE = re.compile(r"[（(][^）)]{1,12}[）)]|[^（）()]{0,10}(?:年|年度|试行|暂行)[）)]")


# A bulletin's number in its series under its title, perhaps after the title's note mark: '[1]（第一号）'.
SERIES_TAIL_RE = re.compile(rf"{NOTE_MARK}?[（(]{SERIES_NUMBER}[）)]")


# How many a recruitment announcement or brochure recruits, in brackets after its 文种 as a recruitment site heads it
# ('…招聘社区工作者公告(72人)', frame.HEAD_COUNT), set on a line of its own where the wrap parted it from the kind word:
# the headline's, not a list's count (COUNT_NOTE_RE), for a 公告 or 简章 is no list.
RECRUITING_KINDS = frozenset(("公告", "简章"))
HEAD_COUNT_TAIL_RE = re.compile(rf"[（(]{HEAD_COUNT}[）)]")


def continues_title(lines: list[Line], end: int, kind: Optional[str] = None) -> bool:
    """'…实施方案' may be followed by '（试行）' or '（2022—2024年）' on its own line;
    a full date in brackets is a speech's date line, not part of its title.
    A title of a kind (kind) that numbers no orders, a 公报, goes on to its
    number in the series ('（第一号）'): no 令's or 公告's number, no 发文字号,
    and no note of the order that promulgated a 规章 ('（市政府12号令）', the
    题注 a law library prints under its title). Nor the count of a list's
    items in brackets under its title ('（共10个）', COUNT_NOTE_RE): a note
    printed under the title, as a unit line is, which is the title's own only
    where the document names the title with it (parts._noted_tail_end)."""
    text = lines[end].text
    if kind is not None and kind not in NUMBERED_KINDS and SERIES_TAIL_RE.fullmatch(text.strip()):
        return True
    if kind in RECRUITING_KINDS and HEAD_COUNT_TAIL_RE.fullmatch(text.strip()):
        return True  # a recruitment headline's count of those it recruits, the wrap's line of its own ('(72人)')
    return bool(TITLE_TAIL_RE.fullmatch(text)) and not DATE_RE.search(text) \
        and not paren_frame(text) and not ORDER_NUMBER_RE.match(text) and not orders_in_note(text) \
        and not COUNT_NOTE_RE.match(text.strip())


def body_over_its_articles(lines: list[Line], i: int) -> bool:
    """A body's 三定 规定 (职能配置、内设机构和人员编制规定), as the body's own
    page or a county's list of its bodies prints it, is headed by the body's
    name alone ('某某区工业信息化和科技局'), the articles that configure it
    beginning right under it at 第一条 (or 第一章): GB/T 9704 7.3.5 sets the
    成文日期 under a signature, never a text's first article, so an organ's
    name alone on a line over a text's first article is that text's heading,
    not the signature of the text above it. (An organ's line right under a
    title, the authors a compilation prints there, is the title's:
    title_blocks asks this only of a line no title block ends over.)"""
    if i + 1 >= len(lines) or not organ_alone(lines[i].text.replace(" ", "").strip()):
        return False
    label = LABEL_RE.match(lines[i + 1].text)
    return bool(label) and any(label.group(s) and cn_to_int(label.group(s)) == 1 for s in ("zhang", "tiao"))


# The heading of a regulation's first division, 总则, alone on its line, whatever label it has ('第一章 总则',
# '一、总则', '总 则').
GENERAL_PROVISIONS_RE = re.compile(either_script(r"^(?:第\s*一\s*章|[一1]\s*[、.．])?\s*总\s*则$"))


def _articles_open(lines: list[Line], k: int) -> bool:
    """立法技术规范: a regulation's articles begin at its first 章, 节 or
    条 ('第一章', '第一节', '第一条', '第1条'), or at its first division,
    总则, whatever label heads it ('一、总则'), with 第一条 under it."""
    def first(j: int, groups: tuple[str, ...]) -> bool:
        label = LABEL_RE.match(lines[j].text) if j < len(lines) else None
        return bool(label) and any(label.group(g) and cn_to_int(label.group(g)) == 1 for g in groups)
    return first(k, ("zhang", "jie", "tiao")) or k + 1 < len(lines) \
        and bool(GENERAL_PROVISIONS_RE.match(lines[k].text.strip())) and first(k + 1, ("tiao",))


# The parties of a joint declaration named on the line over its '关于…的联合声明', joined by 和 or 与 ('中华人民共和国和
# 某国', '甲市人民政府与乙市人民政府'): names only, no sentence's punctuation and no verb.
PARTIES_LINE_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{2,30}[和与][\u4e00-\u9fa5]{2,30}$"))


def declaring_parties_over(above: str, about: str) -> bool:
    """A joint declaration's title (GB/T 9704 7.3.1's 发文机关 + 关于 + 事由 + 文种, its 发文机关 the parties
    that declare) may be wrapped after its parties' names, which end as no organ's do where a party is a state
    ('中华人民共和国和乌克兰' / '关于…的联合声明'): that line is the title's first."""
    return kind_of(about.strip()) == "声明" and bool(PARTIES_LINE_RE.match(above.strip())) \
        and not ABOUT_RE.search(above)


def parties_apart_over(first: str, second: str, title: str) -> bool:
    """An agreement's parties named over its title on one line, each whole and parted by a space, as a page sets
    the joint 版头 of 联合行文 on one line (GB/T 9704 7.2.1: '宁波市人民政府 某某州人民政府' / '…合作框架协议书'):
    the 版头, no line of the title, whose matter opens with no 关于 (a title's 发文机关 runs on into its 关于)."""
    names = first.split()
    return kind_of(title) == "协议" and len(names) >= 2 and all(ORGAN_END_RE.search(name) for name in names) \
        and not ABOUT_RE.match(second.strip())


def signed_under(lines: list[Line], end: int, title: str) -> bool:
    """The day an agreement or a joint declaration was signed, perhaps with
    the place after 于 ('2023年7月10日于北京市'), alone on the line right
    under its title: a frame no sentence runs on into (a sentence cut short
    above a title goes on with words, never with a bare day), so the title
    opens a document though the text above stops mid-sentence. (A day under
    names, or under a title of another kind, is a signature's 成文日期.)"""
    return end < len(lines) and kind_of(title) in SIGNED_KINDS and signed_day(lines[end].text) is not None


def numbered_order_dated(lines: list[Line], end: int, title: str) -> bool:
    """A 令 headed by its organ and its number ('某某市疫情防控指挥部1号令', '…指挥部' / '5号令'; GB/T 9704 10.1:
    发文机关标志 and 令号) with its 成文日期 alone right under it, as a web page moves the date up from the signature:
    the order's frame. A signature is an organ's name with no number, and a sentence that cites an order by its
    number dates it in brackets and goes on; so the order opens its document whatever the line above ended on."""
    return kind_of(title) == "令" and figured(title) and end < len(lines) and is_date_line(lines[end].text)


# The days a periodic bulletin covers, in brackets under its title: '（2016年3月4日—3月10日）', '(2023年12月28日至2024年1月3日)'.
BRACKETED_DAYS_RE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日(?:—{1,2}|－|-|~|～|至|到)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[）)]$")


def dated_under(lines: list[Line], end: int) -> bool:
    """A year and month right under a title, or under the line of its
    compilers ('西藏自治区统计局  国家统计局西藏调查总队' / '2023年4月'), or a
    reprint's date in brackets ('（2019年4月12日）'): a frame no sentence runs
    on into; or a reprint's date over its 发文字号, whole or with its 年月日
    lost ('201276' / '赣发〔2012〕8号'); or, in brackets, the days a
    periodic bulletin covers ('（2016年3月4日—3月10日）'). (A bare full date
    under names is a signature's 成文日期, the end of a text.)"""
    def month(k: int) -> bool:
        return k < len(lines) and bool(MONTH_LINE_RE.match(lines[k].text.replace(" ", "")))
    text = lines[end].text.replace(" ", "") if end < len(lines) else ""
    names = lines[end].text.split() if end < len(lines) else []
    over_number = end + 1 < len(lines) and is_doc_number_line(lines[end + 1].text) \
        and (is_date_line(text) or bool(DAMAGED_DATE_RE.match(lines[end].text.strip())))
    return month(end) or (text[:1] in "（(" and (is_date_line(text) or bool(BRACKETED_DAYS_RE.match(text)))) \
        or over_number \
        or (bool(names) and all(organ_alone(name) for name in names) and month(end + 1))


def dated_over_addressees(lines: list[Line], end: int) -> bool:
    """A full date alone right under a title, the 主送 under it (read down
    its wrap to its colon): the head a database or a site prints, the 成文日期
    moved up under the title over the frame (GB/T 9704 7.3.2: the 主送 stands
    under the title, above the body). No sentence runs on into a title, a day
    and a list of organs closing on its colon; a date closing a text (its
    成文日期 under the signature) has the next text's title under it, not a
    主送."""
    return end + 1 < len(lines) and is_date_line(lines[end].text.strip()) and addressees_from(lines, end + 1)


def compiled_under(lines: list[Line], end: int, title: str) -> bool:
    """A bulletin's compilers right under its title (frame.compilers_line: '某某县统计局', each of several names
    parted by spaces): its frame, as the date under them is, though the wrap filled the title's last line on its kind
    word; no sentence runs on from a 公报 into a bureau's name."""
    return end < len(lines) and not lines[end].cells and kind_of(title) == "公报" and compilers_line(lines[end].text)


def period_under(lines: list[Line], start: int, end: int) -> bool:
    """A title's last line is the period it covers, a year and month in
    brackets under its kind word ('市政府工作要事记' / '（2024年5月）')."""
    text = lines[end - 1].text.replace(" ", "")
    return end - 1 > start and text[:1] in "（(" and bool(MONTH_LINE_RE.match(text))


def _bracketed_day(text: str) -> bool:
    """A full date alone in brackets ('(1992年11月9日)'): the 题注 a law library prints under a rule's title, the day
    it was issued, over its first article."""
    text = text.replace(" ", "")
    return text[:1] in "（(" and text[-1:] in "）)" and is_date_line(text)


def what_follows(lines: list[Line], end: int, title: str) -> str:
    """The frame under a title: its 发文字号 (on its own line, in brackets, or
    a 政府令's "第N号"), its 主送机关, its date, or a regulation's 题注 (the
    dates it was adopted), perhaps wrapped over a few lines; or a
    regulation's first 第一章/第一节/第一条 (its articles begin at one), or
    a long text's front matter before it, its own 目录 or its 前言 (a 规划纲要
    begins so); or the occasion a speech or report was delivered at; or a
    collection's first case's ordinal ('案例一')."""
    if any(OCCASION_RE.match(join_title([line.text for line in lines[end:stop]]))
           for stop in range(end + 1, min(len(lines), end + OCCASION_WRAP) + 1)):
        return "occasion"
    if ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[end:end + 3]])) \
            or (end < len(lines) and organ_alone(lines[end].text)
                and ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[end + 1:end + 4]]))):
        return "note"  # the 题注, perhaps under the organ line a law compilation prints between them
    if _undated_note(lines, end):
        return "note"  # a 题注 in brackets naming its session undated, the next event dated
    if end < len(lines) and CASE_ORDINAL_RE.match(lines[end].text.strip()):
        return "case"  # a collection of cases' first case under its title ('案例一'), as a 主送 stands under a 公文's
    if _articles_open(lines, end) or end < len(lines) and FRONT_MATTER_RE.match(lines[end].text.strip()) \
            or end < len(lines) and (organ_alone(lines[end].text) or DATED_BYLINE_RE.match(lines[end].text.strip())
                                     or _bracketed_day(lines[end].text)) \
            and _articles_open(lines, end + 1):
        return "articles"  # perhaps under the organ line, or the date and organ, a law compilation prints between,
        # or the day the rule was issued in brackets, its 题注 (立法技术规范), as a law library prints it
    for line in lines[end:end + 2]:
        if line is not lines[end] and titleish(lines[end]) and kind_of(lines[end].text):
            break  # a title of its own right under this one (a list's row naming a 报告, then the next title): the
            # frame under it is that title's
        if is_doc_number_line(line.text) or (kind_of(title) in NUMBERED_KINDS and ORDER_NUMBER_RE.match(line.text)):
            return "doc_number"
        if is_addressee_line(line.text) or (line is lines[end] and (addressee_names(line.text)
                                                                    or long_addressees_from(lines, end)
                                                                    or bare_addressees_wrapped(lines, end))) \
                or (line is lines[end] and addressed_organs(line.text) and ABOUT_TITLE_RE.match(title)) \
                or (line is lines[end] and kind_of(title) in REPLY_KINDS
                    and members_addressed(line.text, lines[end + 1].text if end + 1 < len(lines) else "")) \
                or (line is lines[end] and kind_of(title) in REPLY_KINDS and end + 2 < len(lines)
                    and not re.search(r"[:：]", line.text)
                    and members_addressed(join_title([line.text, lines[end + 1].text]), lines[end + 2].text)) \
                or (line is lines[end] and kind_of(title) == "信" and letter_salutation(lines, end)) \
                or (line is lines[end] and public_salutation(lines, end)):
            return "addressee"  # (a reply to a 建议 or 提案 addresses the deputies or members who made it, the
            # wrap perhaps carrying their names on to the colon on the next line, GB/T 9704 7.3.2 '回行时仍顶格'; a
            # letter its readers; an appeal to the public the public)
        if is_date_line(line.text) or paren_frame(line.text):
            return "date"
    return ""
