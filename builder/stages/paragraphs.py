"""Stage 6: rejoin hard-wrapped lines into paragraphs.

Reads a run of Lines (between tables) and the file's measure; writes
Paragraphs (text, first and last line number) and a Diagnostic for each
doubtful place.

Blank lines are no evidence (some extractors put one after every line,
others none), and neither is a line's length alone (a page break cuts a
sentence anywhere). Every line break is decided from what surrounds it:

- the next line begins something of its own (a numbered provision, a date
  line, a signature, a 发文字号 or 主送机关 line, a block the extractor
  marked): break, unless the line above was cut inside a number;
- the text above ends a sentence (。！？；：), or is a 主送机关 printed
  without its colon: break, except a clause (；) ending on a full line;
- the text above stops inside a sentence: join when the evidence says the
  sentence goes on — a comma or an opening bracket at the end, a line that
  fills the measure of the file, a sentence already begun above (a
  heading carries no sentence punctuation), a word cut in two (金|融,
  人工|智能) — and break when the line above is a heading or a list row
  (short, no sentence punctuation: "一、总体要求", a line the extractor
  marked as a heading, "袁伶俐 市曹禺小学"); a
  第X条 is no heading, so its short first line is weak evidence, unless
  page furniture stands between the lines (the page ended, not the
  sentence);
- anything else is weak evidence: join, so that a sentence is never cut
  in two, and say where (a 'doubtful-join' diagnostic) so an editor can
  check the print; a paragraph that ends inside a sentence because the next
  line starts one of its own is listed too ('doubtful-break').
"""
from __future__ import annotations

import functools
import math
import re
from typing import Callable, Optional

from ..model import Diagnostic, Line, Paragraph
from ..text.frame import (GREETING_LINE_RE, NAMED_MONTH_HEADING_RE, COMPILER_LINES, compilers_line, DASHES, BLANK_FIELD_RE, CITING_WORD_RE, signed_day, GUIDE_FIELD_RE, ABOUT_RE, head_mark, classed_number, ends_on_entry_page, DATE_NOTE_RUN_IN_RE, ADDRESSEE_ITEM_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, FILE_NAME_END_RE,
                          CLASS_AFTER_NUMBER, CLOSING_FORMULA_RE, COUNT_HEADING_RE, COUNTED_HEADING_RE, DAMAGED_DATE_RE, DATE_LINE_RE, FIGURE_DATE_LINE_RE, damaged_date_line,
                          DATE_RE, DATED_BYLINE_RE, DOC_NUMBER_RE, EXPLAINING_FIELD_RE, HAO, IMPRINT_RE, ISSUER_MARK_RE,
                          ISSUE_LINE_RE, MONTH_LINE_RE, OCCASION_RE, SPEAKER_TURN_RE, SITTING_LINE_RE, ORGAN_END_RE, ORGAN_NAME_END_RE, OFFICE_END_RE,
                          ORGAN_START_RE, OWN_ENTRY_PAGE_RE, PHONE_LINE_RE, DIRECTORY_ROW_RE,
                          RECORD_NUMBER_RE, SALUTATION_RE, SENTENCE_OPENER_RE, SUBTITLE_RE, addressee_names, answered,
                          semicolon_closed_addressees,
                          closed_annex_list, contents_over_title, from_its_place, is_note_line, kind_of, named_by_its_place,
                          opens_contents_entry, own_contents, record_field, unsealed, whole_adoption_note)
from ..text.lines import (ADDRESS_END_RE, CLOSERS, DUTY_NOTE_RE, DUTY_NOTE_WRAP, PREDICATE_WORDS_RE, SENTENCE_MARK_RE, SENTENCE_WORDS_RE,
                          SHORT_NAME_RE, bracket_open, closes_unopened, cuts_word, ends_on_lead, ends_sentence, join_lines, left_open, quotation_open,
                          segmenter, splits_word, width)
from ..text.measure import MEASURE, paragraph_indent, printed_width
from ..text.numerals import CN_NUMERAL, cn_to_int
from ..text.numbering import (bare_article, DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE, label_at, numeral_run_cut,
                               scheme_of)
from ..text.rows import LISTED_ROW_RE, POST_LEAD_RE, POST_NAMES_RE, ROW_MAX
from ..text.script import either_script
from .split import BARE_ENDING_RE, is_addressee_line, organ_names


# The sentence certainly goes on: a comma or an opening bracket, or a word
# no sentence or heading ends with (a particle, a preposition, a conjunction, the 第
# of an ordinal).
# A line may stop on these only when the wrap cut its sentence. The tests of a paragraph's end look at
# its last characters only: the paragraph grows line by line and is asked again at each.
RUNS_ON = tuple("，,、（(“《—…的或且而把被从第")
SENTENCE_INSIDE_RE = re.compile(r"[，。；：！？,;:!?]")  # a heading has none of these
# A lead into what follows ends on 如下, its colon left out ('现就有关内容答复如下', '现将有关事项通知如下'): GB/T
# 15834-2011 4.7.3.1 sets a colon after a lead that announces what comes after it, so the lead's sentence ends
# there and the matter it announces opens a paragraph under it. Not the 如下 a preposition or a conjunction governs
# ('按如下' / '标准执行', '以及如下'), inside a sentence that goes on.
LEAD_WITHOUT_COLON_RE = re.compile(r"(?<![按依以照据循用作和与及])如下$")
LEAD_RE = re.compile(r"^[^，。；：,;:]{1,4}[：:]")  # "附件：", "抄送：": a lead, not a sentence
HEADING_MAX = 40  # an outline heading on its own line is no wider
OPENING = 3  # paragraphs at the top of a part, where its own 发文字号 stands
OWN_LINE_OPENERS = ("（", "(", "—", "－")  # a dated note or an occasion under a title
DATE_UNITS = "年月日"  # what follows a date's figure: '本(1)月', '(3)日'
# A scale class numbered in brackets between its size word and 型 (SL 252-2017 水利水电工程等级划分: a reservoir is 大(1)型,
# 大(2)型, 中型, 小(1)型 or 小(2)型, the figure or numeral bracketed; '小(一)型' as pages print it): the size word, the
# bracketed number and 型 are one word, whatever line the wrap set the bracket at the head of ('…的小' / '(2)型水库').
SCALE_CLASS_SIZE = ("大", "小")

JOIN, BREAK, DOUBT = "join", "break", "doubt"


# A number the wrap cut in two: "小于3." at a line end, "0，建筑密度" below.
SPLIT_NUMBER_RE = re.compile(r"\d[.．]?$")  # the line stops on a digit, or on a decimal point after one
# Or a date: "…于7月" at a line end, "24日…" below; the unit below is the next
# one of the date (年 → 月, 月 → 日), and a sentence holds the date: a month
# alone on its line is a heading ("8月" over a chronicle's "8月20日，…" or "20日…").
SPLIT_DATE_RE = re.compile(r"[^\d\s]\s*\d{1,4}\s*(?P<unit>[年月])$")
DATE_GOES_ON = {"年": re.compile(r"\d{1,2}\s*月"), "月": re.compile(r"\d{1,2}\s*(?:[日号]|[—–\-－~～至到]\s*\d)")}
# Or cut in its day ('2022年4月1' / '6日', a 成文日期 pushed right to the measure): the 日 under the figure says
# it is the day's last digit, not the page's number under a date that lost its 日.
DAY_CUT_RE = re.compile(r"\d\s*月\s*[1-3]$")
DAY_GOES_ON_RE = re.compile(r"\d\s*[日号]")


HAO_HEAD_RE = re.compile(f"^{HAO}")
# Or a time of day cut at its colon ('下午:13:' / '00一17:00', office hours a guide sets on one line): the hour after
# another time or the part of the day it is in, the minutes under it, two figures; a colon after a figure that leads
# on ('附件2:' over '30家…名单') has no minutes under it.
TIME_CUT_RE = re.compile(r"(?:\d[:：][0-5]\d|(?:[上中下]午|早上|晚上|时间)[:：]?)[^\d:：]{0,6}(?<!\d)[0-2]?\d[:：]$")
MINUTES_RE = re.compile(r"[0-5]\d(?!\d)(?![.．、])")
# Or a range of figures cut at its dash ('下午:13:00' / '一17:00', the 一 a page types for the dash '—' between two
# times): the dash, single, and the range's other end under a figure. A 副题's dash is doubled ('——2021年…').
RANGE_CUT_RE = re.compile(r"[一—–\-－~～](?![一—–\-－~～])\s*\d")


BARE_FIGURE_RE = re.compile(r"\d{1,3}")  # a row's serial or a short figure, alone as a paragraph
SPLIT_TAIL = 64  # characters at the end of a paragraph a number, date, time or address cut by the wrap is read in


def splits_number(above: str, line: Line) -> bool:
    """The line goes on with a number the line above began ("…〔2018〕2" /
    "6号…", "…〔2018〕26" / "号文件…"), with a date ("…于7月" / "24日…"), or
    with an e-mail or web address ("…邮箱:xyz@" / "163.com。"), with a time
    of day's minutes ("…下午:13:" / "00一17:00") or the other end of a range
    of times ("…下午:13:00" / "一17:00"): it is no
    label, nor a line of its own. A date alone that lost its 年月日
    ('2014811') is whole: the figure under it is the page's number; so is a
    year and month alone, a chronicle's heading ('2019年1月' over '1日…'), or the month after the chronicle's name
    ('大事记1月' over '1日…', frame.NAMED_MONTH_HEADING_RE). Each cut is read at the end of the paragraph so far,
    from its last SPLIT_TAIL characters: a paragraph that never ends a sentence grows long, and is read again at
    every line."""
    tail = above[-SPLIT_TAIL:]
    date = SPLIT_DATE_RE.search(tail) if above.endswith(("年", "月")) and not dated(above) \
        and not NAMED_MONTH_HEADING_RE.match(above.replace(" ", "")) else None
    if BARE_FIGURE_RE.fullmatch(above.strip()):
        return False  # a short figure alone is a whole cell or serial (a table one cell a line: '1' over '08'),
        # no line the wrap filled
    return (bool(SPLIT_NUMBER_RE.search(above[-2:])) and (line.text[:1].isdigit() or bool(HAO_HEAD_RE.match(line.text)))
            and not DATE_LINE_RE.match(line.text.replace(" ", "")) and not DAMAGED_DATE_RE.match(above.strip())) \
        or (bool(date) and bool(DATE_GOES_ON[date.group("unit")].match(line.text))) or splits_address(above, line.text) \
        or (bool(DAY_CUT_RE.search(tail)) and bool(DAY_GOES_ON_RE.match(line.text))) \
        or splits_order_in_note(above, line.text) \
        or (bool(TIME_CUT_RE.search(tail)) and bool(MINUTES_RE.match(line.text))) \
        or (bool(re.search(r"\d[:：]\d{2}$", tail)) and bool(RANGE_CUT_RE.match(line.text))) \
        or (bool(OPERATOR_END_RE.search(tail)) and bool(OPERAND_RE.match(line.text)))


def splits_order_in_note(above: str, below: str) -> bool:
    """A 题注 line cut between the 令 it names and that order's serial
    ('2019年11月30日 国家市场监督管理总局令' / '第20号公布'): the serial goes on
    the note, as it does not under a 令's 版头, where the order's name stands
    alone over its serial (GB/T 9704 10.1)."""
    return above.endswith("令") and bool(DATE_RE.match(above.strip())) and bool(ORDER_SERIAL_HEAD_RE.match(below))


def note_goes_on(above: str, below: str) -> bool:
    """A 题注 line cut before the verb of its event ('2019年4月20日 中华人民共和国
    国务院令第713号' / '公布'): the words under it, no date of a next event
    before them, complete the note. A date alone is a 成文日期, which a note
    in brackets may follow (a 公告's date over the 题注 of the text it
    publishes)."""
    return bool(DATE_RE.match(above.strip())) and not DATE_LINE_RE.match(above.replace(" ", "")) \
        and not DATE_RE.match(below.strip()) and below[:1] not in "（(" \
        and not whole_adoption_note(above) and whole_adoption_note(above + below)


# A formula the wrap cut after its operator ('月计薪天数＝（365天－104天）÷12月＝' / '21.75天'): the figure
# under it is the operand, no decimal heading ('21.75天' is as short as one) nor a paragraph of its own.
OPERATOR_END_RE = re.compile(r"[＝=＋+×÷]$")
OPERAND_RE = re.compile(r"[\d（(]")


ORDER_SERIAL_HEAD_RE = re.compile(rf"^第\s*(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*{HAO}")


WHOLE_HOST_RE = re.compile(r"[A-Za-z0-9\-]\.[A-Za-z]{2,}$")  # an address that ends on its top-level domain: …163.com


def splits_address(above: str, below: str) -> bool:
    """An extractor's measure cuts anywhere, inside an e-mail or web address
    too; an address is one word of ASCII, so the line below that goes on
    with ASCII letters or digits, no space, goes on with the address; but
    an address that may be whole (at a top-level domain: "xyz@sina.com")
    may end an item above the next one's label ("2.电话…")."""
    if above.endswith(".") and below[:1].isascii() and below[:1].islower():
        return True  # a host or file name cut at a dot ('…(hzxf12345.gov.' / 'cn)…', '…项目.' / 'doc'): no
        # sentence nor paragraph opens on a small Latin letter
    address = ADDRESS_END_RE.search(above) if below[:1].isascii() and below[:1].isalnum() else None
    return bool(address) and not (WHOLE_HOST_RE.search(address.group(0)) and LABEL_RE.match(below))


# A line of the frame after the text: 附件：…, 附件略, 主题词：…, 抄送：…, （注：…）.
FRAME_START_RE = re.compile(either_script(r"^(?:附\s*件\s*(?:[:：\d]|略)|主\s*题\s*词\s*[:：]|抄\s*送\s*[:：]|[（(]?注\s*[:：])"))


# '附件N' with words run on after it, neither a colon nor a space between: '附件2征求意见表送至…'.
ANNEX_RUN_ON_RE = re.compile(either_script(r"^附\s*件\s*\d{1,2}[^\d\s:：.．、]"))


def annex_goes_on(above: str, line: Line) -> bool:
    """'附件N' opens an 附件说明 (GB/T 9704 7.3.4) under a line that ends a
    sentence or a date, alone on its line or in its colon-and-title form
    ('附件2：…'); run on into words under a line that stops mid-sentence it
    is the sentence going on ('…请于5月27日前将' / '附件2征求意见表送至…')."""
    return bool(ANNEX_RUN_ON_RE.match(line.text)) and not ends_sentence(above) and not ends_line(above)


def next_annex_item(out: list[Paragraph], line: Line) -> bool:
    """The line opens the next item of the 附件说明 the paragraphs end in (GB/T
    9704 7.3.4: "附件：1.XXXX", each further item under it numbered in turn),
    though a figure follows its number ("2.2018年…任务分解表")."""
    item = ANNEX_ITEM_RE.match(line.text)
    if not item or not out:
        return False
    k = len(out) - 1
    while k > 0 and not ANNEX_LIST_RE.match(out[k].text) and ANNEX_ITEM_RE.match(out[k].text):
        k -= 1
    head = ANNEX_LIST_RE.match(out[k].text)
    first = head and ANNEX_ITEM_RE.match(out[k].text[head.end():].lstrip())
    return bool(first) and first.group("no") == "1" and int(item.group("no")) == len(out) - k + 1


def annex_name_goes_on(out: list[Paragraph], line: Line) -> bool:
    """The line goes on with the name the 附件说明 above ends on (GB/T 9704
    7.3.4: a long name turns its line under its own first character), though
    the line above is not full ('附件：1.…动态调整' / '情况说明'): words only, no
    sentence, no organ's name (the signature under the list, or the joint
    signers' names set on one line with spaces between, GB/T 9704 7.3.5.2,
    however long together), no note."""
    if not out or SENTENCE_INSIDE_RE.search(line.text) or line.text.startswith(OWN_LINE_OPENERS) \
            or _signs_name(line.text) or _joint_names(line.text) or ANNEX_MARK_RE.match(line.text.strip()):
        return False
    k = len(out) - 1
    while k > 0 and not ANNEX_LIST_RE.match(out[k].text) and ANNEX_ITEM_RE.match(out[k].text):
        k -= 1
    return bool(ANNEX_LIST_RE.match(out[k].text))


def opens_next_item(above: str, line: Line) -> bool:
    """The line opens the item after the one the paragraph above opens, with
    the same mark ('1. …' over '2. …'): the numbering goes on, whatever figure
    the item above stopped on ('…〔202428', the page having lost its '〕' and
    号), which the wrap did not cut."""
    upper, lower = LABEL_RE.match(above), LABEL_RE.match(line.text)
    if not (upper and lower and upper.group("ar") and lower.group("ar")):
        return False
    return int(lower.group("ar")) == int(upper.group("ar")) + 1 \
        and re.sub(r"[\d\s]", "", lower.group("label")) == re.sub(r"[\d\s]", "", upper.group("label"))


FULL_STOPS = "。！？；"  # what an item's sentence ends on: not a 主送's colon


def duty_note_goes_on(above: str, lines: list[Line], n: int) -> bool:
    """The units a 分工方案's or 工作要点's item names in brackets after its
    full stop ('…。' / '（牵头单位：…；责任单位：…）', '（…牵头，…按职责分工
    负责）'): a note of its sentence (ends_sentence reads it so), not a
    paragraph of its own, wherever the wrap set the bracket at a line's
    head, the words that name the duty perhaps on a line below. A 附注
    ('（联系人：…）') names no such unit, and a 主送's colon ends no item."""
    return above.rstrip(CLOSERS)[-1:] in FULL_STOPS and ends_sentence(above) \
        and bool(DUTY_NOTE_RE.match("".join(x.text for x in lines[n:n + DUTY_NOTE_WRAP])))


def starts_paragraph(line: Line) -> bool:
    """A line that opens a paragraph whatever ends above it: a label, a frame
    line, a date, the 结束语 on a line of its own ('特此通告'; a body whose
    last sentence lost its full stop does not run on into it), a 简报's
    issue under its name ('第20期'), a field of a meeting record's head
    ('主席：…', '出席', GB/T 9704 10.3), one of the fields that close a
    解读 ('解读机关：…', '联系电话：…'), or a turn of a press conference's
    record ('主持人 黄某：', '记者：'), or a letter's greeting alone on its
    line under its 称谓 ('您好！', '大家好!': frame.GREETING_LINE_RE)."""
    return line.starts_block or bool(LABEL_RE.match(line.text)) or bool(FRAME_START_RE.match(line.text)) \
        or dated(line.text) or bool(DECIMAL_HEADING_RE.match(line.text)) \
        or bool(CLOSING_FORMULA_RE.match(line.text.strip())) or bool(ISSUE_LINE_RE.match(line.text.strip())) \
        or bool(record_field(line.text)) or bool(EXPLAINING_FIELD_RE.match(line.text.strip())) \
        or bool(SPEAKER_TURN_RE.match(line.text.strip())) or bool(GREETING_LINE_RE.match(line.text.strip()))


def closing_words_cut(above: str, line: Line) -> bool:
    """The 结束语 run on after the body's last sentence ('…不予补偿。特此公告'), the wrap cutting it after its
    特 ('…不予补偿。特' / '此公告'): the line, a short 结束语 of its own ('此公告', '此复'), goes on with the
    word the line above began; 特此 is one word."""
    return bool(re.search(r"[。！？!?]\s*特$", above.rstrip())) and bool(CLOSING_FORMULA_RE.match("特" + line.text.strip()))


def dated(text: str) -> bool:
    """A line that is only a date: a 成文日期, or a year and month (a 统计公报's, under its title), or the day an
    agreement or a joint declaration was signed and the place after 于 ('2023年7月10日于北京市', frame.signed_day)."""
    squeezed = text.replace(" ", "")
    return bool(DATE_LINE_RE.match(squeezed) or MONTH_LINE_RE.match(squeezed)) or signed_day(squeezed) is not None


# What a cross-reference goes on with after the article it cites: "第十七条规定，…",
# "第四十五条规定的…", "第十条所称…", "第二十七条、第二十八条…", "第三条第二款".
CITATION_TAIL_RE = re.compile(either_script(r"^(?:规定|所称|所列|所指|的|中|之|第|[、，,和及或至])"))
# "…依照《XX条例》|第X条…", "第十九条和|第二十二条…", and a statute named
# without quotes, perhaps with a note: "…按照个人所得税法|第十七条的规定…",
# "依照本条例|第十条…", "…评价法（自2003年9月1日起施行）|第三十一条…",
# "…的解释》（法释〔2016〕29号）|第十五条…", and the 编, 章 or 节 the article stands in
# cited after the name: "…组织法》第二章|第二十七条的规定…".
CITING_END_RE = re.compile(either_script(
    rf"[和及与]$|(?:》|法|条例)(?:[（(][^（）()]*[）)])?(?:第[{CN_NUMERAL}\d]+[编章节])?$"))


def cites_article(above: str, line: Line, article: Optional[int]) -> bool:
    """A 第X条 at the head of a line is a citation the wrap put there, not a
    new article, when the paragraph above stopped inside a sentence it began
    (an article begins after the last one's sentence ended, or under a
    heading) and either the citation goes on right after the label (规定,
    所称, 的 …) or the number does not follow the current article's:
    articles run 1, 2, 3 … through a text, so any other number is cited, and
    a 第一条 opens a text (a law's name printed over it ends in 法 as a
    citation's does: '…反恐怖主义法》办法' / '第一条 为了…').
    The 编, 章 or 节 an article stands in is cited before it ('…文物保护法》' /
    '第二章第十三条规定，…', as CITING_END_RE reads '…法》第二章' / '第十三条…'):
    a 章 label with no heading, run straight into a 第X条 that the citation
    goes on after, is that citation too; a 章's heading is words, and a
    chapter run into its first article has its heading between them
    ('第一章总则第一条为了…')."""
    label = LABEL_RE.match(line.text)
    text = line.text
    if label and (label.group("bian") or label.group("zhang") or label.group("jie")):
        text = label.group("rest")
        label = LABEL_RE.match(text)
        if not label or not label.group("tiao") or not CITATION_TAIL_RE.match(text[label.end("label"):]):
            return False
    if not label or not label.group("tiao") or ends_sentence(above) or ends_line(above) \
            or not (sentence_begun(above) or above.endswith(RUNS_ON) or CITING_END_RE.search(above)):
        return False
    number = cn_to_int(label.group("tiao"))
    follows = number == 1 or article is not None and number == article + 1
    return bool(CITATION_TAIL_RE.match(text[label.end("label"):])) or not follows


def _last_heading(out: list[Paragraph]) -> Optional[int]:
    """The number of the last 一、 label the text opened a paragraph on, None before the first: where its outline
    stands (GB/T 9704 7.3.3: items come in order)."""
    for paragraph in reversed(out):
        upper = LABEL_RE.match(paragraph.text)
        if upper and upper.group("cn"):
            return cn_to_int(upper.group("cn"))
    return None


def _outline_goes_on(out: list[Paragraph], label: re.Match) -> bool:
    """The 一、 label opens the heading after the last one the text opened a paragraph on ('一、总体情况' above,
    '二、…' here): the outline goes on, whatever the line above ends on."""
    last = _last_heading(out)
    return bool(label.group("cn")) and last is not None and cn_to_int(label.group("cn")) == last + 1


def _outline_past(out: list[Paragraph], label: re.Match) -> bool:
    """The text has opened a paragraph on a 一、 label as high as this one or higher ('三、…' above, '二、' here): the
    outline went past it."""
    last = _last_heading(out)
    return last is not None and last >= cn_to_int(label.group("cn"))


def label_goes_on(last: Line, line: Line, full_width: float, out: list[Paragraph] = ()) -> bool:
    """A label at the head of a line that the sentence above runs into is no
    label: a 一、 or 伍、 whose numeral ends a word the full line above began
    ("…维护国家法制统" / "一、尊严、权威…": 统一; "…人才队" / "伍、装备…": 队伍),
    an item cited after 第 ("…有前款第" / "（三）项行为的…": 第（三）项), a figure closing a bracket
    the line above left open ("…(上年同期=" / "100)"), a month's or day's
    figure in brackets, its unit right after it ("…希望于本" / "(1)月底前…"), a numeral
    after another the line above ends on ("一、" / "二、三产业…") or with another after it
    where the outline has gone past it ("…装置的" / "二、三轮…"), or a ratio's second term
    ("…提高到2.81∶" / "1，…")."""
    label = LABEL_RE.match(line.text)
    if not label or ends_sentence(last.text):
        return False
    if last.text.endswith("第"):
        return True
    if (label.group("ar_paren") or label.group("cn_paren")) and line.text[label.end("label"):][:1] in DATE_UNITS:
        return True  # "…希望于本" / "(1)月底前…": a date's figure in brackets ('本(1)月', '(3)日'), no item
    if (label.group("ar_paren") or label.group("cn_paren")) and last.text.rstrip().endswith(SCALE_CLASS_SIZE) \
            and line.text[label.end("label"):].lstrip()[:1] == "型":
        return True  # "…兼顾防洪的小" / "(2)型水库，…": a scale class's bracketed number between its size word and
        # 型 (小(2)型, SCALE_CLASS_SIZE), no item (2) whose text opens on 型
    if label.group("ar_half") and last.text.count("(") > last.text.count(")"):
        return True  # "…(上年同期=" / "100)": the bracket the line above opened closes, no item "100)"
    if label.group("cn") and re.search(rf"[{CN_NUMERAL}]、$", last.text):
        return True  # "…取得好成绩。一、" / "二、三产业增加值…": a run of numerals, no item (nor one before it)
    if label.group("cn") and re.search(rf"[{CN_NUMERAL}]$", last.text) \
            and re.match(rf"[{CN_NUMERAL}]{{1,4}}[、条款项]", line.text[label.end("label"):].lstrip()):
        return True  # "…违反本条例第十一、十" / "二、十三、十六条…": the wrap cut a numeral of a run of article
        # numbers (十二), the next in the run after it; no item
    if label.group("ar") and re.search(r"\d[∶:]$", last.text):
        return True  # "…之比提高到2.81∶" / "1，…": a ratio's second term, no item "1，"
    if (figure := label.group("ar") or label.group("ar_half")) and PHONE_WORD_END_RE.search(last.text) \
            and int(re.sub(r"\D", "", figure) or 1) != 1 and not (out and opens_next_item(out[-1].text, line)):
        return True  # "…举报(县公安局举报电话" / "110、县林业局…": the number the telephone's word names goes on
        # after it (a value follows the word that names it: '电话110'), no item "110、": a list opens on its first
        # item and goes on with the next ('三、联系电话' / '1.县林业局…' is a heading over its list)
    if label.group("cn") and printed_width(last) >= full_width * MEASURE.fills \
            and re.match(rf"[{CN_NUMERAL}][^{CN_NUMERAL}、.．，,]", line.text[label.end("label"):].lstrip()) \
            and _outline_past(out, label):
        return True  # "…加装有动力装置的" / "二、三轮非机动车": a run of numerals ('二、三轮', '一、二级') the wrap set at
        # the head of a line under a full one, its 一、 behind where the outline has gone: no item
    if numeral_run_cut(last.text, line.text):
        return True  # "…二座小(一)型、十座小" / "(二)型水库…": the next of a run of classes the line names inside it
    return bool(label.group("cn") or label.group("cn_formal")) and printed_width(last) >= full_width * MEASURE.fills \
        and cuts_word(last.text, line.text) and not _outline_goes_on(out, label)
    # (the next 一、 heading in sequence under a full line is the outline going on, no word's end, though the
    # sentence above lost its close and its last character reads as a word with the numeral, '…260余' / '二、…')


# A chapter's number and heading run in after a sentence at the end of a paragraph ('…@163.com 1 总 则'): a text that
# sets its levels run together (GB/T 1.1 章条编号 printed one paragraph, as a page that lost its line breaks gives it).
RUN_IN_CHAPTER_END_RE = re.compile(r"\S\s+(?P<chapter>\d{1,2})\s*[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){0,7}\s*$")


def run_in_section_goes_on(above: str, last: Line, line: Line, full_width: float) -> bool:
    """A text sets its sections one way throughout (GB/T 1.1 章条编号,
    sections_set_alone): where the paragraph above runs a chapter's number
    and heading in after its sentence ('…邮箱:ab@163.com 1 总 则'), the text
    runs its levels together, and the chapter's first section ('1.1 编制目的
    为…') the wrap sets at the head of the line under the full line goes on
    that run; a chapter printed as a heading stands alone on its line, its
    number at the line's head."""
    chapter = RUN_IN_CHAPTER_END_RE.search(above)
    section = SECTION_NUMBER_RE.match(line.text.strip())
    return bool(chapter and section) and printed_width(last) + paragraph_indent(last) >= full_width * MEASURE.fills \
        and re.split(r"[.．]", section.group())[0] == chapter.group("chapter") \
        and SENTENCE_MARK_RE.search(above[:chapter.start("chapter")]) is not None


# A telephone's word at the end of a line (电话, 热线, 传真; one with its colon ends a field's name, ends_sentence):
# the number it names is what the line under it opens on.
PHONE_WORD_END_RE = re.compile(either_script(r"(?:电\s*话|热\s*线|传\s*真)\s*$"))
RUN_IN_AT_RE = re.compile(r"(?<=[：:；;，,])")  # where a sentence may run an item in: after a clause mark


def run_in_item_goes_on(above: str, last: Line, line: Line, full_width: float) -> bool:
    """A list run into a sentence ('议程为：（一）…；（二）…；（三）…；') goes on
    run in where the wrap set its next item at a line's head ('（四）选举；…'):
    the paragraph above holds the item numbered before it, after a clause
    mark inside its text, and no item of that scheme after it, and its last
    line fills the measure (a line left short ends the paragraph: the item
    would have stood on it). Items the print sets a paragraph each open
    their lines; none stands mid-sentence."""
    label = LABEL_RE.match(line.text)
    if not label or scheme_of(label) not in RUN_IN_SCHEMES or ends_sentence(above) and not above.endswith(("；", ";")) \
            or printed_width(last) + paragraph_indent(last) < full_width * MEASURE.fills:
        return False
    scheme = scheme_of(label)
    before = None  # the number of the last item of the scheme run in above
    for at in RUN_IN_AT_RE.finditer(above):
        inner = label_at(above, at.start())
        if inner and scheme_of(inner) == scheme:
            before = _item_number(inner, scheme)
    if before == 1 and _first_item_at(above, scheme) is not None:
        return False  # item 1 alone after its lead's colon and a space: the list's own paragraphs (_first_item_apart)
    return before is not None and before + 1 == _item_number(label, scheme)


LEAD_COLON_RE = re.compile(r"[：:]\s+")  # a lead's colon, then the space a page leaves where it joined two paragraphs
LEAD_MIN = 8  # a lead this long at least announces a list; a shorter one is a mark's ('附件：')


def _first_item_at(text: str, scheme: str) -> Optional[int]:
    """Where item 1 of the scheme stands in text right after a lead's colon
    and a space ('…通告如下: 1.符合…'), no other item of the scheme run in
    after it, and the lead no mark ('附件：1.…' is an annex list): the
    position of its label, or None."""
    if ANNEX_LIST_RE.match(text) or ANNEX_MARK_RE.match(text):
        return None
    found = None
    for colon in LEAD_COLON_RE.finditer(text):
        item = label_at(text, colon.end())
        if item and scheme_of(item) == scheme and _item_number(item, scheme) == 1 and colon.start() >= LEAD_MIN:
            found = colon.end()
    if found is None:
        return None
    rest = text[found:]
    later = [inner for at in RUN_IN_AT_RE.finditer(rest) if (inner := label_at(rest, at.start()))
             and scheme_of(inner) == scheme]
    return None if later else found


def _first_item_apart(out: list[Paragraph]) -> list[Paragraph]:
    """Numbering grammar: a list's items count on by one from the lead that
    announces them in a colon. A page that joined the lead's paragraph and
    the list's first ran item 1 on after the colon and a space ('…通告如下:
    1.符合…；'), the next items each opening a paragraph of their own
    ('2.…'): item 1 is given back its paragraph, the lead keeps its own. A
    list run into its sentence whole ('议程为：（一）…；（二）…；') keeps its
    items; an 附件 mark with its first annex after it is the annex list."""
    result: list[Paragraph] = []
    for n, p in enumerate(out):
        below = LABEL_RE.match(out[n + 1].text) if n + 1 < len(out) else None
        scheme = scheme_of(below) if below else None
        at = _first_item_at(p.text, scheme) if scheme in RUN_IN_SCHEMES \
            and _item_number(below, scheme) == 2 else None
        if at is None:
            result.append(p)
            continue
        result.append(Paragraph(text=p.text[:at].rstrip(), lines=p.lines, role=p.role))
        result.append(Paragraph(text=p.text[at:], lines=(p.lines[1], p.lines[1]), role=p.role))
    return result


RUN_IN_SCHEMES = ("cn", "cn_paren", "ar", "ar_paren", "ar_half")  # the lists a sentence runs in


def _item_number(label: re.Match, scheme: str) -> Optional[int]:
    """The number of a run-in item's label; None for a figure set as one character ('⑴')."""
    value = label.group(scheme)
    return int(value) if value.isdecimal() else cn_to_int(value) if scheme.startswith("cn") else None


# A speaker's line in a byline: the post, then the name set apart by a space ('县财政局局长 某某某').
# A body's organ's numbered sitting the wrap carried onto the next line ('2022年10月18日,…区十八届人大常委会' /
# '第十一次会议审议了…'): the organ and its sitting are one phrase of the sentence, no dated byline's author; so is
# a government's meeting named by its kind (工作规则: 常务会议, 全体会议, 办公会议), which a meeting's record opens on
# ('2021年11月29日,代县长某某主持召开政府' / '常务会议。…').
SITTING_GOES_ON_RE = re.compile(rf"^(?:第[{CN_NUMERAL}\d]{{1,4}}次(?:[^\s。，；：,;:]{{0,6}}?)|(?:常务|全体|办公))会议")
SPEAKER_LINE_RE = re.compile(r"^[^\s，。；：,;:！？!?]{2,30}\s+[\u4e00-\u9fa5]{2,4}$")


def ends_line(text: str, opening: bool = True) -> bool:
    """A date line (a day in figures alone too, a disclosure page's cell:
    '2018.12.08'), the 结束语 alone on its line ('特此通告': the 署名 stands
    under it, GB/T 9704 7.3.5), or a document's own 发文字号, a mark of its
    版头 ('特急', '类别：C类'), a 简报's issue and imprint lines (its 报头), a
    纪要's number ('2021年第5期', '〔2021〕3号') or a speech's occasion under its
    title (opening: among the first paragraphs), ends where it is printed; not
    a number a sentence cites by a preposition, the wrap ending its line on the
    号 ('…按照省人民政府某政字[2020]74号' / '文件公布的…': frame.CITING_WORD_RE)."""
    # A date (a 统计公报's year and month too), or one that lost its 年月日 ('2014811'): a page number under it
    # is no digit of it.
    if dated(text) or DAMAGED_DATE_RE.match(text.strip()) or CLOSING_FORMULA_RE.match(text.strip()):
        return True
    if FIGURE_DATE_LINE_RE.match(text.strip()):
        return True  # a page's cell, a day in figures alone ('2018.12.08'): what comes under it is no more of it
    if not opening:
        return False
    number = DOC_NUMBER_RE.search(text) if width(text) <= 30 else None
    if number and CITING_WORD_RE.search(text[:number.start("year")]):
        number = None  # (a sentence's citation)
    return bool(number and (number.end() == len(text) or re.fullmatch(CLASS_AFTER_NUMBER, text[number.end():]))) \
        or bool(classed_number(text)) \
        or bool(OCCASION_RE.match(text)) or bool(SITTING_LINE_RE.match(text.replace(" ", ""))) \
        or head_mark(text) \
        or bool(ISSUE_LINE_RE.match(text.strip())) \
        or _imprint(text.strip()) or bool(RECORD_NUMBER_RE.match(text.strip()))


def _imprint(text: str) -> bool:
    """A 简报's imprint line: its compiler, an organ, and the date, set apart by
    spaces or the compiler named as organs are ('XX县人民政府督查室2022年8月19日').
    A sentence's words run straight into a date ('…活动将于2023年8月12' / '日在…
    举行', '…将于2023年8月12日' / '在…举行') are a sentence the wrap cut at the date."""
    imprint = IMPRINT_RE.match(text)
    return bool(imprint) and (imprint.end("compiler") < imprint.start("date")
                              or bool(ORGAN_END_RE.search(imprint.group("compiler"))))


PUBLICATION_NOTE_RE = re.compile(r"[（(]此件[\u4e00-\u9fa5]{2,6}[）)]")  # how a text is published: 公开发布, 主动公开, 不予公开
NAME_PIECE_RE = re.compile(r"[\u4e00-\u9fa5（）()]{1,12}")  # a piece of an organ's name alone on a line


def addressed(above: str, below: str) -> bool:
    """The 主送机关 printed without its colon (GB/T 9704 7.3.2; frame.addressee_names)
    ends its paragraph as the colon would: the body's first sentence starts
    under it. A list the wrap cut goes on: the line below begins with one
    more name, or the rest of one ("…市各委、" / "办、局，…"), or ends a word
    the line above began ("…区级各部" / "门，…"), or closes the list with its
    colon ("…，市人民政府" / "各部门："; addressee_goes_on), or, under a list
    that ends in 、 or ，, is a short piece of one more name, no sentence
    ("…有关部门、" / "经济开发" / "区管委会：": the page cut that name too),
    or holds the classes of organs that end it with its colon ("…，市政府" /
    "各部门、各直属机构:": the list went on to its colon, 7.3.2), or opens
    with the alias in brackets of the name above ("…各乡镇人民政府" /
    "(街道办事处)，…": a name and its alias are one item of the list), or
    with the other names in brackets of the organs a class is addressed as
    ("…计划单列市财政厅" / "（局）、农业农村（农牧）厅（委、局），…": 财政厅
    or 局, as each place names it), which no sentence opens with; and a line
    cut after the 顿号 of a list ("…财政厅（局）、" / "农业农村（农牧）厅…")
    goes on where the line below names one more organ, its names in
    brackets read through (a page may end the list on 、 over the body), and
    so does one cut after its comma ("…，贵安新区管委会，" / "各县（市、区、特区）
    人民政府，…": no 主送 ends on a separator).
    A line below that opens on the class of a government's departments
    ("…，区人民政府" / "各部门，各有关单位") holds the rest of the name the wrap
    cut ('区人民政府各部门'), when the two lines read as one list of names.
    Nor is a list of names the 主送 where the line below opens with what
    they are to do ('…人民政府各委、办、厅、局' / '要按照职责分工，…'): they are
    the subject of the body's first sentence, which the wrap cut after them.
    A line below that opens on an office alone and its separator ('…工作领导
    小组' / '办公室，市级机关…') holds the rest of the name the wrap cut: an
    organ's office is named by the organ and the office ('…领导小组办公室',
    '…人民政府办公厅'), and no body's sentence opens on the bare office word
    and a separator."""
    if answered(above, below):
        return True  # one body's name over a 批复's body that calls it '你局…' (frame.answered)
    if LABEL_RE.match(above):
        return False  # a numbered provision naming organs ('第二条 本行政区域内的各级人民政府、各行政执法单位，'): the body's
    first = re.split(r"[、，,：:]", below, maxsplit=1)[0]
    alias = first[:1] in "（(" and first[-1:] in "）)" and bool(ADDRESSEE_ITEM_RE.fullmatch(first[1:-1]))
    variant = bool(VARIANT_ENDINGS_RE.match(below) or VARIANT_RUN_ON_RE.match(below)) and not LABEL_RE.match(below)
    return addressee_names(above) and not (above.endswith(("、", "，", ",")) and NAME_PIECE_RE.fullmatch(below)) \
        and not CLASSES_END_RE.fullmatch(below) and not RELATED_END_RE.fullmatch(below) and not alias and not variant \
        and not (above.endswith(("、", "，", ",")) and (_names_next_item(below) or _class_next_item(below))) \
        and not (ADDRESSEE_ITEM_RE.fullmatch(first) or len(first) <= 2) \
        and not (DEPARTMENTS_RE.fullmatch(first) and addressee_names(above + _names_read(below))) \
        and not cuts_word(above, below) and not addressee_goes_on(above, below) \
        and not PREDICATE_OPENING_RE.match(below) and not OFFICE_GOES_ON_RE.match(below)


# The office of the organ a 主送 names, the wrap cutting the name between the two ('…建设节约型公共机构工作领导小组' /
# '办公室，市级机关各部门…'): the office word alone and the separator after it, which no sentence opens with.
OFFICE_GOES_ON_RE = re.compile(either_script(r"^(?:办公室|办公厅|办事处)[、，,：:]"))


# A government's departments and the bodies under it addressed as a class after its name ('区人民政府各部门',
# '县政府各直属机构'): the wrap may cut the 主送 between the name and its class ('…，区人民政府' / '各部门，各有关
# 单位'), and the list goes on; a body's first sentence that opens on such a class runs on to what they are to do.
DEPARTMENTS_RE = re.compile(either_script(r"各(?:部门|单位|直属机构|直属单位|机构|处室|科室)"))

def _names_read(below: str) -> str:
    """What a line under a 主送 cut before its class of departments gives to
    read as names: the whole line to its colon, or, where the list goes on
    under it too ('各部门,水城军分区,各人民团体,各经济开发区党工委和管' /
    '委会,…:'), its names before the one the wrap cut, the class and two
    more at least (a body's sentence opening on its subjects, '各部门要…',
    '各部门、各单位要…', gives no such list)."""
    if below.endswith((":", "：")):
        return below
    whole = re.sub(r"[、，,][^、，,]*$", "", below)
    if len(re.split(r"[、，,]", whole)) < 3:
        return below
    # A name whose levels 、 parts before the words they share (GB/T 9704 7.3.2: '省、市直驻某各单位', '县、乡两级
    # 政府'), the wrap cutting it after its first level ('…,省、市直驻某各' / '单位,…'): that level alone is no name.
    return LEVEL_CUT_RE.sub("", whole)


LEVEL_CUT_RE = re.compile(r"[，,][省市县区州乡镇]$")


# The words a sentence's predicate opens with after its subject, which no body's first sentence opens with:
# what the organs named are to do ('要按照…', '应当…', '必须…', '务必…', '负责…').
PREDICATE_OPENING_RE = re.compile(either_script(r"^(?:要|应|必须|须|务必|均|负责)"))


def _names_next_item(below: str) -> bool:
    """The line opens with one more organ's name, its other names in brackets
    left out ('农业农村（农牧、渔业）厅（委、局），…' names 农业农村厅), no sentence."""
    item = re.split(r"[、，,：:]", re.sub(r"[（(][^（）()]*[）)]", "", below), maxsplit=1)[0]
    return bool(ORGAN_END_RE.search(item)) and not SENTENCE_OPENER_RE.match(below)


# One more item of a 主送 addressed by its class (GB/T 9704 7.3.2: 同类型机关统称, '各有关单位', '各住房租赁当事人'):
# 各 and its words, then at once the list's separator, a bracket (what the class holds) or the colon; no predicate or
# modal inside it, which a sentence's subject goes on into ('各地要加强领导，…', '各单位应当…').
CLASS_ITEM_RE = re.compile(either_script(r"各[\u4e00-\u9fa5]{1,12}(?=[、，,：:（(])"))
CLASS_PREDICATE_RE = re.compile(either_script(r"要|应当|应该|必须|须|务必|负责|请|切实|认真|抓紧|做好|加强|按照|结合"))


def _class_next_item(below: str) -> bool:
    """The line opens with one more item of the 主送 named by its class, not
    by an organ's ending ('各住房租赁当事人（房地产经纪机构…）：'): 各, its
    words and then the list's separator, a bracket or the colon, no sentence
    (a list that ends its line on its separator goes on: no 主送 ends on one)."""
    item = CLASS_ITEM_RE.match(below)
    return bool(item) and not CLASS_PREDICATE_RE.search(item.group()) and not SENTENCE_OPENER_RE.match(below[1:])


VARIANT_ENDINGS_RE = re.compile(r"^[（(][\u4e00-\u9fa5、，,]{1,8}[）)](?:[、，,：:]|[；;]$)")  # '（局）、', '（委、局），',
# '（公司）：'; or '（单位）；' alone, the semicolon a page typed for the colon that closes the 主送 (GB/T 9704 7.3.2;
# frame.semicolon_closed_addressees)
# A name's alternative in brackets at the head of the line, the name running on after it to the list's separator
# ('…，县属学校、各乡镇' / '（街道）中小学（幼儿园）、…'): the bracket annotates the word the wrap left above it (GB/T
# 15834-2011 4.9), one item of the 主送 (GB/T 9704 7.3.2); no sentence and no 主送 opens on a bracket.
VARIANT_RUN_ON_RE = re.compile(r"^[（(][\u4e00-\u9fa5、]{1,8}[）)][\u4e00-\u9fa5]+(?:[（(][\u4e00-\u9fa5、]{1,8}[）)])?"
                               r"[\u4e00-\u9fa5]*[、，,：:]")
CLASSES_END_RE = re.compile(r"(?:各[\u4e00-\u9fa5]{1,12}[、，,])*各[\u4e00-\u9fa5]{1,12}[:：]")  # "各部门、各直属机构:"
# The 主送's last class, those concerned, closing the list with its colon ('…，有关单位，' / '有关专家:'): people or
# bodies addressed by what they are, no organ's name (so frame.addressee_names reads no list in it), no sentence.
RELATED_END_RE = re.compile(r"有关(?!.*如下)[\u4e00-\u9fa5]{1,10}[:：]")


def addressee_goes_on(above: str, below: str) -> bool:
    """A 主送机关 (GB/T 9704 7.3.2) the page wrapped mid-name ('…、經濟開發' /
    '區管委會：'), before its last names ('…，自治区政府' / '各部门、直属机构：'),
    or after the separator that parts them ('…高新区管委会，' / '市各委办局(公司)，
    市各直属单位：'): organ names parted by ，、, no sentence end and no title's
    文种 in them, over the rest of the list and its colon: one 主送 paragraph
    (回行时仍顶格, the colon after the last name), not a body line over a short 主送."""
    return bool(re.search(r"[、，,][\u4e00-\u9fa5]{0,30}$", above)) and bool(re.match(r"^[^。；;:：]{1,40}[:：]$", below)) \
        and (addressee_names(above + below) or _last_item_under_comma(above, below)) \
        and not kind_of(above) and not ABOUT_RE.search(above)


# The last item of a 主送 the wrap carried under its 顿号 or comma, short, closing on the colon: one body's name,
# whatever it ends in ('…、市长江河道管理处、' / '市水费处:': a 处 is named by its work, not by an organ's ending;
# '…，县级林长制责任单位，' / '县国有林场:').
LAST_ITEM_MAX = 12
LEAD_WORDS_RE = re.compile(either_script(r"如下|特此"))  # a sentence's lead into what follows, or a 结束语: no name


def _last_item_under_comma(above: str, below: str) -> bool:
    """A 主送 of organs by name ending its line on the 顿号 or the comma that
    parts them (GB/T 9704 7.3.2: the names parted by 、 and ，, the colon after
    the last), over one short name and the colon: that name is its last item,
    no sentence (a list never ends on its separator)."""
    return above.endswith(("、", "，", ",")) and addressee_names(above[:-1]) \
        and bool(re.fullmatch(rf"[\u4e00-\u9fa5（）()]{{2,{LAST_ITEM_MAX}}}[:：]", below)) \
        and not SENTENCE_OPENER_RE.match(below) and not LEAD_WORDS_RE.search(below)  # ('现通知如下：': the body's)


def division_heading(text: str) -> bool:
    """A 编, 章 or 节 heading ('第一章开启全面建设…', '第一节发展基础'): its label
    and a few words with no sentence in them."""
    label = LABEL_RE.match(text)
    return bool(label) and bool(label.group("bian") or label.group("zhang") or label.group("jie")) \
        and not SENTENCE_INSIDE_RE.search(label.group("rest")) and width(text) <= HEADING_MAX


def heading_goes_on(above: str, line: Line, full_width: float) -> bool:
    """A 编, 章 or 节 heading stands on a line of its own, or on a few when it
    is long (GB/T 1.1 7.2, 立法技术规范: the division's title alone under its
    number); the text under it opens a paragraph. A line goes on with the
    heading only with the rest of its words: short, no sentence in it, on a
    line the measure does not fill (the first line of the text under it,
    wrapped, fills it)."""
    fills = printed_width(line) + paragraph_indent(line) >= full_width * MEASURE.fills
    return not fills and not SENTENCE_INSIDE_RE.search(line.text) and width(above + line.text) <= HEADING_MAX


def is_outline_label(label: re.Match) -> bool:
    """壹、, 一、 and （一） number the outline of a 方案 or 意见; their headings
    may run over a comma ("一、深入学习领会《决定》精神，提高政治站位")."""
    return bool(label.group("cn_formal") or label.group("cn") or label.group("cn_paren"))


# A heading numbered by a zero-padded ordinal, as a phone page numbers a notice's headings ('01 禁飞航空器类型',
# '02 禁飞时间和禁飞区域'; the layout stage took the space out): the figure, then a short phrase of words, no figure and
# no sentence punctuation in it.
PADDED_HEADING_RE = re.compile(r"^0(?P<n>[1-9])\s*[\u4e00-\u9fa5“][^，。；：,;:！？!?\d]{0,23}$")
PADDED_OPENING_RE = re.compile(r"^0(?P<n>[1-9])\s*[\u4e00-\u9fa5“]")


def padded_heading(out: list[Paragraph], lines: list[Line], n: int, full_width: float) -> bool:
    """The last paragraph is a heading numbered in a sequence of zero-padded ordinals (01, 02, 03), ending on a
    line short of the measure: it ends there, as an outline heading (一、, （一）) does on its line. The numbering
    grammar is its evidence: an earlier paragraph opened on the ordinal before it, or a later line opens on the one
    after; a line opening on a figure out of any sequence ('02号地块位于…') is no heading, and a heading line that
    fills the measure goes on (the wrap cut it)."""
    if not out or not (m := PADDED_HEADING_RE.match(out[-1].text)) or out[-1].text.endswith(RUNS_ON) \
            or printed_width(lines[n - 1]) + paragraph_indent(lines[n - 1]) >= full_width * MEASURE.fills:
        return False
    k = int(m.group("n"))

    def opens_on(text: str, number: int) -> bool:
        o = PADDED_OPENING_RE.match(text)
        return bool(o) and int(o.group("n")) == number
    return any(opens_on(p.text, k - 1) for p in out[:-1]) or any(opens_on(line.text, k + 1) for line in lines[n:])


def row_under_rows(out: list[Paragraph], line: Line) -> bool:
    """A list set out in rows of units, organs' names parted by spaces
    ('市财政局 市水务局 市交通运输局'): under such a row, a row printed on one
    line ends there, though it fills the measure, where the next line opens
    on a whole name of its own. A paragraph of names that the wrap cut at a
    space, its first line under the list's heading, runs on."""
    return len(out) >= 2 and len(organ_names(out[-2].text)) >= 2 and out[-1].lines[0] == out[-1].lines[1] \
        and len(organ_names(out[-1].text)) >= 2 and bool(LISTED_ROW_RE.match(line.text)) \
        and bool(ORGAN_END_RE.search(line.text.split()[0]))


def counted_item(out: list[Paragraph], lines: list[Line], n: int, full_width: float = 0.0) -> bool:
    """The last paragraph is an item of a list whose heading counts them
    ('（二）西乡塘区（3个）', COUNTED_HEADING_RE), one line each and fewer so far
    than the count, and line n the next: a unit's or a project's name ends the
    item on its line, whatever word it ends with ('…三津水厂' over '广西区水产试
    验场'), where the lines up to the next numbered line are as many as the
    heading counts: none was wrapped (a name the wrap cut goes on, and the
    breaks are then the measure's to tell). Lines of one width are a
    paragraph's wrap only where they fill the measure (full_width): names
    of one length printed one a line stop short of it."""
    k, items = len(out) - 1, 0
    while k >= 0 and not COUNTED_HEADING_RE.match(out[k].text):
        if items >= COUNTED_REACH or out[k].lines[0] != out[k].lines[1] or SENTENCE_INSIDE_RE.search(out[k].text) \
                or LABEL_RE.match(out[k].text):
            return False
        k, items = k - 1, items + 1
    number = re.search(rf"([\d{CN_NUMERAL}]+)[^\d{CN_NUMERAL}]*$", out[k].text) if k >= 0 else None
    count = (int(number.group(1)) if number.group(1).isdigit() else cn_to_int(number.group(1)) or 0) if number else 0
    if not (items and items < count):
        return False
    j = n
    while j < len(lines) and j - n < COUNTED_REACH and not LABEL_RE.match(lines[j].text) \
            and not SENTENCE_INSIDE_RE.search(lines[j].text):
        j += 1
    run = [line.text.strip() for line in lines[n - 1:j]]
    widths = {round(printed_width(line)) for line in lines[n - 1:j - 1]}
    return items + j - n == count and not any(text.endswith(RUNS_ON + ("-", "－")) for text in run) \
        and not (len(run) >= 3 and max(widths) - min(widths) <= 1
                 and max(widths) >= full_width * MEASURE.fills)  # (lines of one width that fill it: a paragraph's wrap)


COUNTED_REACH = 60  # items one a line a counted heading may hold over them


def is_row(last_line: str, below: str) -> bool:
    """Two rows of a list of names: "主任：杨青玖（市长）" over "副主任：…", or a
    short "高建立（副市长）"."""
    return bool(POST_LEAD_RE.match(last_line) and POST_LEAD_RE.match(below)) \
        or (last_line.endswith(("）", ")")) and width(last_line) <= ROW_MAX)


# A lead run in after a clause: '联系人：某某；联系电话：…' (a paragraph that runs its fields in, one after another).
RUN_IN_LEAD_RE = re.compile(r"[；;][^，。；：,;:]{1,8}[：:]")


# A post's lead that opens a row of a list of posts: a post's short name, perhaps spaced out, and its colon ('成  员：',
# '副组长：', '成员单位：').
POST_RE = re.compile(r"^(?:[\u4e00-\u9fa5] *){1,4}[：:]")


def post_row(text: str) -> bool:
    """A row of a list of posts and their holders, one post a line, as a 领导小组's members are set out: a short
    lead, its colon and a value with no sentence in it, names or units parted by 、 at most ('副组长：李某某、王某',
    '成员单位：街道环委会成员单位负责人', '成员：市发展改革局、市财政局…主要负责同志')."""
    lead = POST_LEAD_RE.match(text.strip())
    return bool(lead) and not SENTENCE_INSIDE_RE.search(text.strip()[lead.end():])


def lead_rows(above: str, below: str) -> bool:
    """Rows of a list, a label and its value each, a clause apiece: '优胜单位：…；' over '达标单位：…。', as a
    通报's or a 公示's list sets them, one lead a line. A ； ends its paragraph where its line stops short, and goes on
    where the line is full (the wrap cut the sentence there); but where such rows are most of a page's lines,
    the file's measure is their own width and each looks full, so the full line is no sign of a wrap. A paragraph that runs its
    leads in ('联系人：…；联系电话：…；传真：…') goes on with the next lead the wrap set at a line's head; a row holds
    its one lead."""
    return above.endswith(("；", ";")) and bool(POST_LEAD_RE.match(above.strip())) \
        and not RUN_IN_LEAD_RE.search(above) and bool(POST_LEAD_RE.match(below.strip()))


def listed_under(out: list[Paragraph]) -> bool:
    """The paragraphs end in a list: a numbered item that is a name and
    nothing more ('1、市城市规划委员会') and the rows of posts and names under
    it, if any, whose members follow one post a line; or two organs' names or
    more, one a line. Rows under no such heading (a cover's editors, wrapped
    anyhow) are left as they are."""
    if len(out) >= 2 and all(_signs_name(p.text) for p in out[-2:]):
        return True  # organs' names one a line: the units a 表彰 lists under its grade, members
    k = len(out) - 1
    while k >= 0 and POST_NAMES_RE.match(out[k].text):
        k -= 1
    label = LABEL_RE.match(out[k].text) if k >= 0 else None
    return bool(label) and not SENTENCE_INSIDE_RE.search(label.group("rest")) \
        and width(label.group("rest")) <= HEADING_MAX


def outline_heading(text: str) -> bool:
    """An outline heading and no more: 一、 or （一） and a few words with no
    sentence punctuation ('一、2018年工作回顾')."""
    label = LABEL_RE.match(text)
    return bool(label) and is_outline_label(label) and not SENTENCE_INSIDE_RE.search(label.group("rest")) \
        and width(label.group("rest")) <= HEADING_MAX


# A space a scan or a page left between two characters of a heading ('加强无障碍 环境宣传，汇聚共识'): no part of its shape.
HAN_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fa5“”，,])[ \u3000]+(?=[\u4e00-\u9fa5“”，,])")


def point_heading(text: str) -> bool:
    """A point's heading and no more, as a 政府工作报告 numbers the points
    under its 一、 parts ('1、积极应对复杂形势，经济运行稳健向好'): the label
    1、 or 1. and a short phrase of two clauses at most, parted by one comma,
    that ends on a word, no sentence stop. An item's sentence the line ends
    short of stopping runs on from a comma or a particle (RUNS_ON, joined
    before this is asked) or holds more clauses. The phrase is measured
    through the spaces a scan leaves between its characters (HAN_GAP_RE:
    '1.镇便民 服务中心、…'): they are no part of the heading's width, as they
    are none of the printed line's (GB/T 9704 sets a heading's characters
    solid)."""
    label = LABEL_RE.match(text)
    if not label or not label.group("ar"):
        return False
    rest = HAN_GAP_RE.sub("", label.group("rest").strip())
    inside = SENTENCE_INSIDE_RE.findall(rest)
    return 4 <= width(rest) <= HEADING_MAX / 2 + 4 and set(inside) <= set("，,") and len(inside) <= 1 \
        and not ends_sentence(rest) and re.search(r"[\u4e00-\u9fa5]$", rest) is not None


def point_text_below(line: Line, full_width: float) -> bool:
    """The line under a point's heading opens its text: a sentence that
    stops on the line, or the first line of a paragraph the measure wraps
    (it fills the measure)."""
    return printed_width(line) + paragraph_indent(line) >= full_width * MEASURE.fills \
        or line.text.rstrip().endswith(("。", "！", "？", "!", "?"))


def sentence_begun(text: str) -> bool:
    """The text has begun a sentence: it has sentence punctuation (a short
    outline heading may have commas, no more)."""
    label = LABEL_RE.match(text)
    rest = LEAD_RE.sub("", label.group("rest") if label else text)
    inside = SENTENCE_INSIDE_RE.findall(rest)
    heading = label and is_outline_label(label) and set(inside) <= set("，,") and width(rest) <= HEADING_MAX
    return bool(inside) and not heading


SIBLING_REACH = 30  # paragraphs back a point's sibling before it is looked for (its sub-points between)


def cut_among_run_in(out: list[Paragraph]) -> bool:
    """The paragraph above (out[-1]) is an outline point that stops after a
    clause mark with a sentence's words in it ('三十八、…要高度重视信访工作，
    …畅通和规范群众'), and the point numbered before it at its level runs its
    text in, a sentence on the point's line ('三十七、…。'). Points are
    numbered alike (GB/T 9704 7.3.3): this one's text runs in too, and the
    line stopped where an extractor broke the paragraph, not after a heading."""
    label = LABEL_RE.match(out[-1].text)
    if not label or not is_outline_label(label) or not re.search(r"[，,]", label.group("rest")) \
            or not SENTENCE_WORDS_RE.search(label.group("rest")):
        return False
    scheme = scheme_of(label)
    number = cn_to_int(label.group(scheme))
    for para in out[-2:-SIBLING_REACH:-1]:
        sibling = LABEL_RE.match(para.text)
        if sibling and scheme_of(sibling) == scheme:
            return cn_to_int(sibling.group(scheme)) == number - 1 and ends_sentence(para.text) \
                and sentence_begun(para.text)
    return False


def stops_mid_sentence(text: str) -> bool:
    """A paragraph that ends so has lost the rest of a sentence it began."""
    if ends_sentence(text) or ends_line(text) or text[-1] in CLOSERS or DECIMAL_HEADING_RE.match(text) \
            or POST_NAMES_RE.match(text):
        return False
    return text.endswith(RUNS_ON) or sentence_begun(text)


QUOTED_HEAD_RE = re.compile(r"^《(?P<name>[^《》]{4,80})》")


def names_above(above: str, below: str) -> bool:
    """The line opens by quoting, whole, the paragraph above: a text's title,
    then the sentence that names it, as a 令 prints the title of what it
    promulgates over '《…》已经…通过，现予公布' (GB/T 9704 10). No sentence
    runs on into the very words it begins by quoting."""
    quoted = QUOTED_HEAD_RE.match(below)
    return bool(quoted) and quoted.group("name").replace(" ", "") == above.replace(" ", "")


def word_ends_in_de(text: str) -> bool:
    """The text's last word is one that ends in 的 (目的, 有的, 似的), not the particle."""
    if not text.endswith("的"):
        return False
    last = segmenter().lcut(text[-6:])[-1]
    return len(last) > 1 and last.endswith("的")


# A line that goes on with a 目录 entry's page figures or leaders (the measure cut them there).
PAGE_GOES_ON_RE = re.compile(r"[\d.．…·・]")


def _ends_on_day(text: str) -> bool:
    """The text ends on a whole date, its year, month and day ('…2020年4月12日'), or on the day and perhaps the
    time a page's field prints in figures ('发布日期 2021-02-07 09:54')."""
    days = list(DATE_RE.finditer(text.rstrip()))
    return bool(days) and days[-1].end() == len(text.rstrip()) and text.rstrip().endswith("日") \
        or bool(PAGE_DAY_END_RE.search(text.rstrip()))


PAGE_DAY_END_RE = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


# The rest of a 主送 the wrap carried under a line that fills the measure: a short piece with no separator or stop,
# closing on the colon (GB/T 9704 7.3.2: the colon follows the last name), the section of the last organ named
# ('…，各人武部' / '军事科：'). Under a full line the wrap, not the 主送, ended the line above.
ADDRESSEE_REST_RE = re.compile(r"^[\u4e00-\u9fa5（）()]{1,12}[:：]$")


def _addressee_rest(above: str, below: str) -> bool:
    """The line below is such a rest, or the rest of the name the wrap cut
    and the list after it (_name_rest_then_list), and the two read as one 主送
    (split.is_addressee_line)."""
    return bool(ADDRESSEE_REST_RE.match(below.strip()) or _name_rest_then_list(above, below)) \
        and is_addressee_line(above.strip() + below.strip())


def _name_rest_then_list(above: str, below: str) -> bool:
    """GB/T 9704 7.3.2 (回行时仍顶格, the colon after the last name): the wrap
    cut the 主送's last name on the line above ('各镇' / '人民政府(街道办事处),
    县政府各部门、直属各单位:'), and the line below opens on the rest of it,
    the two pieces ending as an organ's name ends (its alias in brackets
    after it read through), then runs the list on to the colon that closes
    the line, no sentence's stop in it: a 主送 cut mid-name goes on, though
    its first piece reads as a class ('各镇') a 主送 may be printed as."""
    below = below.strip()
    if not re.fullmatch(r"[^。；;！？!?:：]+[:：]", below) or SENTENCE_OPENER_RE.match(below):
        return False
    first = re.sub(r"[（(][^（）()]*[）)]$", "", re.split(r"[、，,]", below, maxsplit=1)[0])
    return not re.search(r"[、，,]$", above.strip()) \
        and bool(ORGAN_END_RE.search(re.split(r"[、，,]", above.strip())[-1] + first))


def _addressees_wrapped(lines: list[Line], n: int) -> bool:
    """Line n and the next are one 主送 the wrap cut before its colon ('各市(地)人民政府,省政府各直属' / '单位:'):
    the line does not end on the colon, the next does, and the two read as a 主送 (split.is_addressee_line)."""
    return n + 1 < len(lines) and not lines[n].text.rstrip().endswith((":", "：")) \
        and lines[n + 1].text.rstrip().endswith((":", "：")) \
        and is_addressee_line(lines[n].text.strip() + lines[n + 1].text.strip())


# The lines a 主送 the wrap carried past its separator may run over to its colon (a narrow measure sets a long list of
# names on two or three).
ADDRESSEE_RUN_LINES = 3


def addressees_run_over(above: str, lines: list[Line], n: int) -> bool:
    """A 主送 (GB/T 9704 7.3.2: the organs' names parted by 、 and ，, 回行时仍
    顶格, the colon after the last name) cut by the wrap right after a
    separator ('…各乡镇人民政府、' / '国营场，县各委、办、局（公司）、行、社，' / '县直
    各单位，…开发区：', or a page's line ending on the comma over the last
    items, '…，市级各双管单位，' / '市直各事业、企业单位:'): no 主送 ends on its
    separator, so where the lines under it run on, with no stop of a
    sentence, to a colon that ends its line and the whole reads as one 主送
    (split.is_addressee_line), the list goes on over them, whatever names
    they hold (an 国营场 ends as no organ's name does). Not over a line that
    opens a sentence ('为…'), leads into what follows ('如下', '特通知'), or says
    what the addressees are to do (CLASS_PREDICATE_RE: '各单位要高度重视…:'):
    the body's first line."""
    if not above.endswith(("、", "，", ",")):
        return False
    text = above
    for line in lines[n:n + ADDRESSEE_RUN_LINES]:
        piece = line.text.strip()
        if re.search(r"[。；;！？!?]", piece) or re.search(r"[:：].", piece) or SENTENCE_OPENER_RE.match(piece) \
                or LEAD_WORDS_RE.search(piece) or CLASS_PREDICATE_RE.search(piece) or "通知" in piece:
            return False
        text += piece
        if piece.endswith((":", "：")):
            return is_addressee_line(text)
    return False


def decide(above: str, last: Line, line: Line, full_width: float, starts: bool,
           frame: bool, marked: bool = False, opening: bool = False, addressed_above: bool = False,
           listing: bool = False, sections_alone: bool = False, cut_point: bool = False,
           body_above: bool = False, addressees_wrapped: bool = False, row_above: bool = False) -> str:
    """JOIN, BREAK or DOUBT for the break between the paragraph so far
    (above, whose last printed line is last; marked when the extractor
    marked its first line as a heading; opening when it is among the first
    of the part; addressed_above when a 主送机关 ending in its colon stands
    above it: a text has one, so a run of organ names under it is the body's)
    and the next line, which starts a paragraph of its own (starts) or looks
    like a frame line (frame: a 发文字号 or 主送机关 a wrapped sentence may also
    end with); listing when the paragraphs above end in a list's numbered
    heading and the rows under it (listed_under); sections_alone when the
    text sets every section numbered by levels alone on its line
    (sections_set_alone); cut_point when the paragraph is a point cut among
    points that run their text in (cut_among_run_in); body_above when a
    paragraph above the one so far closes a sentence (the body has begun);
    addressees_wrapped when the line and the next are a 主送 the wrap cut
    before its colon (_addressees_wrapped); row_above when the paragraph
    before the one so far is a row of a list of posts (post_row)."""
    if splits_number(above, line) and not opens_next_item(above, line) or note_goes_on(above, line.text):
        return JOIN
    if SHORT_NAME_RE.match(line.text.strip()) and not ends_sentence(above):
        return JOIN  # a short name's bracket ('（以下简称年报）') goes on from the name before it, though that name
        # spells a title or a heading, and a blank line or a short line stands between them
    if starts or names_above(above, line.text) or opening and above[:1] in "（(" and whole_adoption_note(above):
        return BREAK  # (a 题注 in brackets ends where they close, on a full line too)
    if bare_article(above):
        return JOIN  # an article's label alone on its line: its text follows, whatever it opens with
    if frame and ISSUER_MARK_RE.match(above.replace(" ", "")):
        return BREAK  # the 发文机关标志 ends on its 文件 (GB/T 9704 7.2.2), the 发文字号 under it, though the unfolded mark
        # is wider than a narrow measure
    if COUNTED_HEADING_RE.match(above.strip()):
        return BREAK  # a list's numbered heading that counts its items ends on its count ('一、生态名村(3个)'), though
        # its line fills a short measure: the items stand under it (counted_item)
    if (frame and line.text.rstrip().endswith((":", "：")) or addressees_wrapped) and opening and _ends_on_day(above):
        return BREAK  # a line of the head that ends on a whole day (a page's field '制定机关：…2020年4月12日', a
        # 成文日期 run onto a line) is closed by it: the 主送 under it, ending on its colon, opens the text (GB/T
        # 9704 7.3.2), though the line above fills a short measure
    if ends_on_entry_page(last.text) and not PAGE_GOES_ON_RE.match(line.text.strip()):
        return BREAK  # a 目录 entry ends on the page its leaders lead to: a line set after that page, the whole
        # 目录 run into one line as a .doc's text may come, goes on with no sentence of it
    if PUBLICATION_NOTE_RE.fullmatch(line.text.strip()):
        return BREAK  # the 附注 '（此件公开发布）' on its line (GB/T 9704 7.3.6): no sentence goes on into it, though the
        # page cut the body above it ('…现印发给你们，' over '（此件主动公开）', the signature and date lost)
    if (field := record_field(above)) and field.group("alone") is not None:
        return BREAK  # a record's field label alone on its line ('主席', '出席'): its names stand under it
    if is_note_line(above) and line.text[:1] in "（(":
        return BREAK  # 附注 under the 成文日期, each in its brackets (GB/T 9704 7.3.6): '（联系人：…）', '（此件公开发布）'
    # A first line is measured with the paragraph's indent (GB/T 9704 7.3.3: 左空二字), as the wrap set it.
    full = printed_width(last) + paragraph_indent(last) >= full_width * MEASURE.fills
    if (label := GUIDE_FIELD_RE.match(above.strip())) and not above.strip()[label.end():].strip() \
            or not full and GUIDE_FIELD_RE.match(line.text.strip()):
        return BREAK  # a 办事指南 sets its elements out a line each: a label alone ('受理窗口', '办公时间:') has its
        # value under it, and the next label begins its own line under a value that stops short ('不收费' /
        # '咨询电话:')
    if DECIMAL_HEADING_RE.match(above) and (not full or sections_alone and not paragraph_indent(last) and (
            printed_width(line) >= full_width * MEASURE.fills or SENTENCE_MARK_RE.search(line.text))):
        return BREAK  # a numbered section heading ends on its line, whatever word it ends with (编制目的); in a text
        # that sets its sections alone, one that fills the measure goes on only with a heading's short rest (a
        # line set with the paragraph's indent that fills the measure is a paragraph's first, GB/T 9704 7.3.3)
    if above.endswith((":", "：")) and bracket_open(above):
        return JOIN  # a colon inside brackets still open: '（联系人：…，电子邮箱：' / 'ab@163.com）', '…(其中：' / '…)'
    if opening and not body_above and DATED_BYLINE_RE.match(above.strip()) and not cuts_word(above, line.text) \
            and not SITTING_GOES_ON_RE.match(line.text):
        return BREAK  # the date and author a compilation prints under the title, on a full line too; not a 题注's
        # sentence the wrap cut after a date and an organ's first words ('…,XX常务委' / '员会…通过'), nor a
        # sentence of the body begun above that opens on a date and its subject ('2023年1月17日,区委巡察组向…党组')
    if opening and SPEAKER_LINE_RE.match(above.strip()) and SALUTATION_RE.match(line.text.strip()):
        return BREAK  # the speaker's post and name under a report's occasion end their line, though it nearly
        # fills a narrow measure: the 称谓 under them opens the text ('…局长 某某' / '主任、各位副主任、各位委员：')
    if FILE_NAME_END_RE.search(above.strip()) and not re.search(r"[，。；：,;:]", above):
        return BREAK  # the name of a file a web page links ('…的通知.doc'): its extension ends it, though the line
        # fills the measure; the 主送 or the body under it opens a paragraph of its own
    if opening and above.endswith(("；", ";")) and addressee_goes_on(above[:-1] + "，", line.text):
        return JOIN  # a 主送 whose classes of organs ； parts, wrapped after one: its colon ends it
    if ends_sentence(above) or ends_line(above, opening) \
            or (opening and not addressed_above and addressed(above, line.text)
                and not (full and _addressee_rest(above, line.text))):
        return JOIN if (above.endswith(("；", ";")) or ends_on_lead(above)) and full and not frame \
            and not lead_rows(above, line.text) and not (opening and semicolon_closed_addressees(above)) else BREAK
        # (a 主送 whose colon the page typed as a semicolon ends there as at its colon, GB/T 9704 7.3.2)
    if not full and not line.after_page_break and LEAD_WITHOUT_COLON_RE.search(above.rstrip()):
        return BREAK  # a lead ending on 如下 with its colon left out (GB/T 15834 4.7.3.1): what it announces opens
        # the line below, a paragraph of its own, though a sentence was begun above and no stop ends it
    if closed_annex_list(above) and not above.endswith(RUNS_ON) \
            and (_signs_name(line.text) or _joint_names(line.text)) and not _organ_word_alone(line.text):
        return BREAK  # the 署名 under the 附件说明 (GB/T 9704 7.3.5.1), though the list's line fills the measure; not
        # an organ's kind word alone ('…工作领导' / '小组'), the name in the list the wrap cut: a 署名 names its organ
        # whole or by its 规范化简称, never by its kind alone
    if PHONE_LINE_RE.match(above.strip()) and (_signs_name(line.text) or _long_name(line.text)):
        return BREAK  # the 署名 under the number to call that closes a letter ('监督电话：…'), though that line fills
        # the measure; a body that a 党工委 or 管委会 set up names itself in full, its place, its charge and its
        # other name ('XX经济技术开发区党工委统筹疫情防控和经济运行工作领导小组（指挥部）办公室'), longer than a
        # signature's line commonly is: no figure goes on into it
    if PHONE_LINE_RE.match(above.strip()) and PHONE_LINE_RE.match(line.text.strip()):
        return BREAK  # numbers to call one a line, each under its label ('社区求助报备电话：…' over '区疫情防治…咨询电话：
        # …'), rows of a 附注's contact (GB/T 9704 7.3.6): the one above ends on its figures, whatever word the label
        # below opens with (a level's 区, a predicate's 报备 above)
    if DIRECTORY_ROW_RE.match(re.sub(r"\s", "", above)) and (DIRECTORY_ROW_RE.match(re.sub(r"\s", "", line.text))
                                                             or _signs_name(line.text)):
        return BREAK  # a directory of numbers to call ends each office's row on its number ('某某中心：2968066'): the
        # next office's row, or the organ's 署名 under the list, begins a line of its own, though the row fills the measure
    if PHONE_LINE_RE.match(line.text.strip()) and _signs_name(above) and not full:
        return BREAK  # the number to call under the 署名, the office that answers it named ('某某股 电话：…'): the
        # contact a 公告's page prints between the signature and the date (GB/T 9704 7.3.6), a line of its own
    if opening and SUBTITLE_RE.match(above) and not full and not re.search(r"[，。；,;]", above) \
            and not re.search(rf"在|{DATE_RE.pattern}", above):
        return BREAK  # a 副题 under the title ('——全区常住人口情况') ends on its line: its authors or text follow;
        # not an occasion's, its date or its 在…上 begun ('——2021年2月2日在…第十五届' / '…会议上'), which may run on
    if not full and (COUNT_HEADING_RE.match(above) or COUNT_HEADING_RE.match(line.text.strip())):
        return BREAK  # a list's heading that counts what it lists ('一等奖:3名', '先进集体（35个）') ends on its line,
        # and the list's last item on its own, as a commendation's 附件 sets its names one a line under each
    if row_above and post_row(above) and not bracket_open(above) and not above.endswith(RUNS_ON) \
            and not last.annotated and POST_RE.match(line.text.strip()) and not cuts_word(above, line.text):
        return BREAK  # rows of posts one a line ('组长：…' over '副组长：李某某（…副市长）' over '成员：…'): a row alone
        # on its printed line that fills the measure is whole where the next post's lead, a post's short name and
        # its colon, opens the line below; a row the wrap cut goes on with its own value, never with another post.
        # Not a word the wrap cut before a colon ('…书记协' / '助：…', '…收费标' / '准:…'), nor a longer phrase that
        # ends on one ('与三个临时展览：'), nor fields set side by side on one printed line (a close's '署名   日期
        # 联系人:…  电 话:…'), which the wrap cut among them (annotated: split parted the signature and date)
    heading = division_heading(above) or outline_heading(above)
    if above.endswith(RUNS_ON) and not (heading and word_ends_in_de(above)) or full:
        return JOIN  # (a heading's 的 that ends a word, '二、拟征收土地目的', is no particle the next line goes on from)
    if listing and POST_NAMES_RE.match(line.text):
        return BREAK  # a list's rows of posts and names, one a line, under its numbered heading
    if listing and _signs_name(last.text) and not line.after_page_break:
        return BREAK  # a list of names ends on its last name's line, not full: the sentence below is new
    if opening and whole_adoption_note(above):
        return BREAK  # a 题注 under the title ends on a line not full: the text, or its next event, follows
    if frame and not (opening and addressee_goes_on(above, line.text)):
        return BREAK
    if division_heading(above):
        return JOIN if heading_goes_on(above, line, full_width) else BREAK
    if cuts_word(above, line.text) and not (outline_heading(above) and not splits_word(above, line.text)) \
            and not (point_heading(above) and not splits_word(above, line.text) and point_text_below(line, full_width)):
        return JOIN  # a heading that ends on a whole word ('…工作回顾' / '过去一年，…') ends its line
    if (POST_LEAD_RE.match(last.text) or POST_LEAD_RE.match(above)) and POST_LEAD_RE.match(line.text):
        return BREAK  # rows of a label and its value ('地址：…' over '电话：…'), the upper one not full, though its
        # value wrapped over lines ('法定代表人：…信用代码:11500229*********' / '*' / '地址：…')
    if row_above and post_row(above) and not line.after_page_break:
        return BREAK  # the last row of a list of posts, one a line ('副组长：…' over '成员单位：…负责人'), ends on its line
        # not full (the wrap fills every line but a paragraph's last): the sentence under the list is new
    if _signs_name(last.text) and _signs_name(line.text):
        return BREAK  # organs' names one a line (a text's authors over its title, GB/T 9704 7.3.5.2), not full
    if _signs_name(last.text) and BLANK_FIELD_RE.fullmatch(line.text.strip()):
        return BREAK  # the 署名 on its line (GB/T 9704 7.3.5), not full, over a form's field left blank, a short
        # label and its colon alone ('签收人:', '执法人员:', a notice served on a shop): no sentence goes on
    if opening and _signs_name(above) and re.fullmatch(rf"{NAME_LINE}(?:\s+{NAME_LINE})*", above):
        return BREAK  # a text's authors alone under its title (7.3.5.2), not full: its body starts below
    if not cut_point and point_heading(above) and point_text_below(line, full_width):
        return BREAK  # a point's heading alone on its line, under 一、 where a report skips （一） ('1、积极应对
        # 复杂形势，经济运行稳健向好'): its text opens the line below, a sentence that stops or fills the measure;
        # a sentence's piece under the line, ending short on its colon ('…由县人民政府授权' / '各乡镇人民政府任免：'),
        # goes on with it
    if sentence_begun(above) or cut_point:
        return JOIN
    label = LABEL_RE.match(above)
    rest = label.group("rest") if label else above
    if (label and is_outline_label(label)) or marked or " " in rest.strip() \
            or line.text.startswith(OWN_LINE_OPENERS) or is_row(last.text, line.text):
        return BREAK  # a numbered or marked heading, a row of a list, a note below
    if line.after_page_break:
        return JOIN  # the page ended there, not the sentence
    if math.isinf(full_width):
        return JOIN if unwrapped_goes_on(above, line.text) else BREAK  # a file one paragraph a line (measure.wraps)
    return DOUBT


def unwrapped_goes_on(above: str, below: str) -> bool:
    """In a file one paragraph a line (measure.wraps), a line ends its paragraph, a heading ('2021年工作回顾')
    or a row, unless what it began goes on, where a stored text was itself wrapped or a page cut it: a bracket
    ('（2004年6月16日国务院' / '第54次常务会议修订通过）'), an occasion's 在 without its 上 ('——2021年2月2日在…
    第十五届' / '人民代表大会第七次会议上'), a sentence: an article's text (not '第二十条第(一)项', a cell citing
    one) or a predicate's ('…的公示可以' / '采取…')."""
    label = LABEL_RE.match(above)
    rest = label.group("rest") if label else above
    return left_open(above) or quotation_open(above) or closes_unopened(below) \
        or bool(OCCASION_RE.match(join_lines(above, below))) \
        or bool(label and label.group("tiao") and not rest.startswith("第")) or bool(PREDICATE_WORDS_RE.search(rest))


def compilers_over_text(out: list[Paragraph]) -> bool:
    """The paragraphs so far are a bulletin's head: its 副题 at most and its
    compilers' names (frame.compilers_line), the last whole; the next line
    opens the text (or the date), though the compilers' line seemed to fill
    the measure: a statistics bureau's or a census office's name ends no
    line a sentence runs on from at the head of a bulletin."""
    return bool(out) and len(out) <= COMPILER_LINES + 1 and compilers_line(out[-1].text) \
        and all(compilers_line(p.text) or p.text.startswith(tuple(DASHES)) for p in out[:-1]) \
        and sum(p.text.startswith(tuple(DASHES)) for p in out) <= 1


def paragraphs(lines: list[Line], full_width: float,
               breaks: Callable[[Line], bool] = lambda line: False,
               source: str = "") -> tuple[list[Paragraph], list[Diagnostic]]:
    """The lines as paragraphs, and a diagnostic for each doubtful join or break."""
    out: list[Paragraph] = []
    doubts: list[Diagnostic] = []
    signed = signature_lines(lines, full_width)
    marked = False
    article: Optional[int] = None  # the number of the 第X条 the text is in
    addressed_above = False  # a paragraph above the last ends in a colon, as a 主送机关 does
    # A text numbered in sections (1.1, GB/T 1.1 章条编号) opens each chapter on a line of its own ('1 总则').
    sectioned = any(DECIMAL_HEADING_RE.match(line.text.strip()) for line in lines)
    alone = sections_set_alone(lines, full_width)
    # A row of a text's own 目录 ends on the page it gives: the line under it is no number that page goes on with.
    contents = own_contents([line.text for line in lines])
    front = contents_over_title([line.text for line in lines])  # a 目录 over the title: the text opens under it
    opened = 0  # the paragraphs above the text's opening
    chapter_above = False  # the paragraph so far opened on a chapter's line ('1 总则')
    for n, line in enumerate(lines):
        opened = len(out) if n == front else opened
        chapter = sectioned and bool(DECIMAL_CHAPTER_RE.match(line.text.strip()))
        paged_row = n - 1 in contents and bool(OWN_ENTRY_PAGE_RE.search(lines[n - 1].text.strip())) \
            and (n not in contents or opens_contents_entry(line.text))
        starts = n in signed or next_annex_item(out, line) or ((starts_paragraph(line) or chapter) and not (out and (
            cites_article(out[-1].text, line, article) or label_goes_on(lines[n - 1], line, full_width, out)
            or run_in_item_goes_on(out[-1].text, lines[n - 1], line, full_width)
            or annex_goes_on(out[-1].text, line) or closing_words_cut(out[-1].text, line)
            or run_in_section_goes_on(out[-1].text, lines[n - 1], line, full_width))))
        # A 主送机关 stands at the top of a text: further down, a line that ends in a colon as one
        # does ('各行政公署任免：', the wrap's piece of a sentence) is no frame line.
        frame = breaks(line) and (len(out) - opened <= OPENING or not line.text.rstrip().endswith((":", "：")))
        counted = counted_item(out, lines, n, full_width)
        # A chapter's figure and words alone on a line not full ('9 附则') end there, whatever opens the next line.
        chapter_ended = chapter_above and out[-1].lines[0] == out[-1].lines[1] \
            and printed_width(lines[n - 1]) + paragraph_indent(lines[n - 1]) < full_width * MEASURE.fills
        verdict = BREAK if paged_row or counted or chapter_ended or row_under_rows(out, line) \
            or compilers_over_text(out) or padded_heading(out, lines, n, full_width) else JOIN if not starts and (
            annex_name_goes_on(out, line) or out and duty_note_goes_on(out[-1].text, lines, n)
            or len(out) - opened <= OPENING and out and addressees_run_over(out[-1].text, lines, n)
            or n - 1 in signed and _wrapped_note(lines, n)) else \
            decide(out[-1].text, lines[n - 1], line, full_width, starts, frame, marked,
                   len(out) - opened <= OPENING, addressed_above, listed_under(out), alone, cut_among_run_in(out),
                   any(p.text.rstrip().endswith("。") for p in out[:-1]), _addressees_wrapped(lines, n),
                   len(out) >= 2 and post_row(out[-2].text)) if out else BREAK
        if verdict == DOUBT:
            doubts.append(Diagnostic(source, line.no, "doubtful-join",
                                     f"此行接在上一行之后成为一段，但依据不足："
                                     f"“…{out[-1].text[-8:]}”+“{line.text[:8]}…”"))
        if verdict == BREAK and out and stops_mid_sentence(out[-1].text):
            doubts.append(Diagnostic(source, line.no, "doubtful-break",
                                     f"段落在句中结束：“…{out[-1].text[-8:]}” | “{line.text[:8]}…”"
                                     f"分开排，因为下一行以编号、日期或公文格式行开头"))
        if verdict == BREAK:
            addressed_above = addressed_above or bool(out) and out[-1].text.endswith((":", "："))
            chapter_above = chapter
            out.append(Paragraph(text=line.text, lines=(line.no, line.no), listed=line.dashed))
            marked = line.heading_mark
            label = LABEL_RE.match(line.text)
            article = cn_to_int(label.group("tiao")) if label and label.group("tiao") else article
        else:
            out[-1].text = join_lines(out[-1].text, line.text)
            out[-1].lines = (out[-1].lines[0], line.no)
    return _date_note_run_in(_close_run_in(_first_item_apart(out))), doubts


def _date_note_run_in(out: list[Paragraph]) -> list[Paragraph]:
    """The 成文日期 and its 附注 run on after the body's last sentence
    (frame.DATE_NOTE_RUN_IN_RE), the lines of a .doc's one-line text the
    measure wrapped joined into one paragraph again: given back their form,
    the body, the date and the note each a paragraph, what followed them the
    next (as unfold sets the unwrapped line out); the note the measure
    carried to a line of its own stays the paragraph under the date."""
    result: list[Paragraph] = []
    for n, p in enumerate(out):
        below = out[n + 1].text.strip() if n + 1 < len(out) else ""
        match = DATE_NOTE_RUN_IN_RE.match(p.text + (below if PUBLICATION_NOTE_RE.fullmatch(below) else ""))
        if match and not match.group("note") in p.text:  # (the note on the line the measure carried it to)
            result += [Paragraph(text=match.group("body"), lines=p.lines),
                       Paragraph(text=match.group("date").strip(), lines=(p.lines[1], p.lines[1]))]
            continue
        if not match:
            result.append(p)
            continue
        result.append(Paragraph(text=match.group("body"), lines=p.lines))
        result += [Paragraph(text=match.group(group).strip(), lines=(p.lines[1], p.lines[1]))
                   for group in ("date", "note", "rest") if match.group(group).strip()]
    return result


# The close run into the body's last sentence, as a page that lost its line breaks prints it: the
# sentence's stop, perhaps the 附件说明 after a space, then an organ's name and the 成文日期 ('…贯彻落实。
# 附件：X 某某省教育厅 2015年3月10日'; the space after a stop or before figures may be lost in the join).
CLOSE_RUN_IN_RE = re.compile(rf"""^(?P<body>.*[。！？])\s*
    (?:(?P<annex>{either_script("附件")}\s*[:：]\s*\S.*?)\s+)?
    (?P<signature>[\u4e00-\u9fa5（）()]{{2,40}}?) \s* (?P<date>{DATE_RE.pattern})$""", re.X)
CLOSE_REACH = 3  # paragraphs above a date the wrap may have set the close's pieces in
SENTENCE_STOP_RE = re.compile("[。！？]")


def _joint_names(text: str) -> bool:
    """A line of joint issuers' names (GB/T 9704 7.3.5.2: organs that sign
    together, set on one line with spaces between): two pieces or more, each
    a whole organ's name a signature line may hold, however long the line
    they make together."""
    pieces = text.split()
    return len(pieces) > 1 and all(_whole_name(piece) and _signs_name(piece) for piece in pieces)


def _whole_name(text: str) -> bool:
    """One organ's whole name: begun as names begin, ended as they end."""
    return bool(ORGAN_START_RE.match(text) and ORGAN_END_RE.search(text) and re.fullmatch(NAME_LINE, text))


def _close_run_in(out: list[Paragraph]) -> list[Paragraph]:
    """GB/T 9704 prints the 附件说明 under the body (7.3.4), and the 署名 and
    the 成文日期 under that, each on a line of its own (7.3.5): a whole
    organ's name and a date after a sentence's stop close no sentence, they
    are the close run in, and are given back that form, read over the
    pieces the measure wrapped them into (the date, or the name and the
    date, on a line of their own under the rest) from the date's paragraph
    up to the body's. A name inside the sentence ('经某某厅2015年3月10日批准。')
    is the sentence's; names parted by spaces (a joint close) are left as
    the lines set them."""
    for n in range(len(out) - 1, -1, -1):
        if not DATE_RE.search(out[n].text) or n and DATE_LINE_RE.match(out[n].text) \
                and (_signs_name(out[n - 1].text) or _joint_names(out[n - 1].text)) \
                and not re.search(r"\d", out[n - 1].text):
            continue  # (a date under names alone, a scanner's spaces in them perhaps, or joint names however long
            # together: the close set out already)
        k = n  # up to the paragraph whose sentence ends the body
        while k > max(0, n - CLOSE_REACH) and not SENTENCE_STOP_RE.search(out[k].text):
            k -= 1
        match = CLOSE_RUN_IN_RE.match(functools.reduce(join_lines, (p.text for p in out[k:n + 1])))
        signature = match.group("signature") if match else ""
        if not _whole_name(signature):
            continue
        pieces = [text for text in (match.group("body"), match.group("annex"), signature, match.group("date")) if text]
        if pieces != [p.text for p in out[k:n + 1]]:
            lines = (out[k].lines[0], out[n].lines[1])
            out[k:n + 1] = [Paragraph(text=text, lines=lines) for text in pieces]
    return out


# A line that opens on a section's number by levels ('4.2', '1.3.1'), whatever follows.
SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．])")


def sections_set_alone(lines: list[Line], full_width: float) -> bool:
    """A text numbers its sections one way throughout (GB/T 1.1 章条编号):
    each heading alone on its line ('1.1 编制目的' over its text), or run in
    with its text ('4.2 省级人民政府可以根据…'). True when some section's
    heading stands alone on a line short of the measure and no line opens
    on a section's number with a sentence: a heading-shaped line that fills
    the measure is then a heading too, not a run-in paragraph's first line."""
    numbered = [line for line in lines if SECTION_NUMBER_RE.match(line.text.strip())]
    return any(DECIMAL_HEADING_RE.match(line.text.strip()) and printed_width(line) < full_width * MEASURE.fills
               for line in numbered) \
        and not any(SENTENCE_MARK_RE.search(line.text) for line in numbered)


def signature_lines(lines: list[Line], full_width: float) -> set[int]:
    """The issuer lines right above a date line ('荆门市人民政府' / '荆门军分区'
    / '2019年4月29日') each stand alone, however full the line above them.

    GB/T 9704 (7.3.5) prints each 署名 on a line of its own; a name longer
    than a narrow measure wraps ('…工作领导小' / '组办公室'): a line that
    begins as no organ's name begins, under a line of name characters that
    fills the measure (or of names parted by spaces, the last one cut short,
    or whole but for the ending alone on the line: '…领导小组' / '办公室'),
    is the rest of that name, and goes on from it. A
    date whose 年月日 extraction lost ("2024228") under a name stands alone
    too (frame.damaged_date), and so does a 附注 a web page prints between
    the signature and the date (frame.is_note_line), or under the date, as
    GB/T 9704 7.3.6 sets it: after a date that ends in figures ('202091')
    no 日 ends the line, yet '公开方式：主动公开' under it is no part of it."""
    out: set[int] = set()
    for n, line in enumerate(lines):
        on_date = dated(line.text)  # a 统计公报's compilers over its year and month too
        if not on_date and not damaged_date_line(line.text):
            continue
        noted = n > 1 and is_note_line(lines[n - 1].text) and _signed_over(lines, n - 2, full_width)  # a 附注 between
        k = n - 2 if noted else n - 1
        if not noted and _wrapped_note(lines, n - 1) and _signed_over(lines, n - 3, full_width):
            out.add(n - 2)  # the 附注 the measure wrapped opens its paragraph; its second line goes on from it
            k = n - 3
        damaged = damaged_date_line(line.text) \
            and k >= 0 and _signs_name(lines[k].text)  # (a date line rendered twice, its figures run on, too)
        if not on_date and not damaged and n + 1 < len(lines) and is_note_line(lines[n + 1].text) \
                and not noted and not is_note_line(line.text):
            # A page that lost the signature (a seal's image) and the date's 年月日 still prints the 附注 under
            # the date (GB/T 9704 7.3.6: '202465' / '（此件公开发布）'): the figures are the date, standing alone
            # under whatever closes the text above them (the 附件说明's last item), no tail of its line.
            out.update((n, n + 1))
            continue
        if damaged:
            out.add(n)
        if damaged or on_date:
            if noted:
                out.add(n - 1)
            if n + 1 < len(lines) and is_note_line(lines[n + 1].text):
                out.add(n + 1)  # the 附注 under the 成文日期 (GB/T 9704 7.3.6), after figures too ('202091')
            if k >= 0 and not _signs_name(lines[k].text) and named_by_its_place(lines[k].text):
                out.add(k)  # a body whose name ends as no list of endings has, alone over the date
                k -= 1
            while k >= 0 and (_signs_name(lines[k].text) or _name_tail(lines, k, full_width)):
                above = lines[k - 1].text.split() if k > 0 else []
                if _organ_word_alone(lines[k].text) and not re.fullmatch(NAME_LINE, "".join(above)):
                    break  # a kind word alone ('小组') under no name it ends (the 附件说明's '附件：…工作领导'): the
                    # tail of the line above the wrap cut, no 署名 (GB/T 9704 7.3.5.1: a name, never its kind alone)
                if k > 0 and not ORGAN_START_RE.match(lines[k].text) and re.fullmatch(NAME_LINE, "".join(above)) \
                        and (len(above) == 1 or not ORGAN_END_RE.search(above[-1])
                             or BARE_ENDING_RE.match(lines[k].text) or _name_tail(lines, k, full_width)) \
                        and printed_width(lines[k - 1]) >= full_width * MEASURE.fills \
                        and not _annex_item_ends(lines, k - 1) and not _office_over_name(lines, k) \
                        or _joint_name_cut(lines, k, full_width):
                    k -= 1  # the name wrapped: it starts on the full line above
                out.add(k)
                k -= 1
    return out


def _office_over_name(lines: list[Line], k: int) -> bool:
    """Line k is a signer's name of its own under an office's whole name
    that happens to fill the measure ('…工作联合办公室' / '国网某某供电公司'):
    GB/T 9704 7.3.5.2 sets joint signers one a line, and an office's name
    ends on 办公室 or 办公厅, no unit printed after it in a 署名; a line
    under it that names an organ by a two-character ending or longer
    (公司, 中心, 委员会), with words before that ending (no '办公室' alone),
    begins the next signer, not the rest of the office's name."""
    above = lines[k - 1].text.strip()
    text = lines[k].text.strip()
    end = ORGAN_NAME_END_RE.search(text)
    return bool(OFFICE_END_RE.search(above)) and bool(end) and end.start() > 0 \
        and not BARE_ENDING_RE.match(text) and _signs_name(text)


def _joint_name_cut(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is the rest of the last of joint signers' names (GB/T 9704
    7.3.5.2: organs that sign together on one line, spaces between) that the
    measure cut on the full line above ('XX县农业农村委员会 XX土家族苗族自' /
    '治县财政局'): every name before the last space above whole, the piece
    after it ending as no name ends, and that piece with line k one name. The
    rest may itself begin as a place's name does ('治县…'), so its first
    characters alone cannot tell it from a name of its own."""
    if k < 1 or printed_width(lines[k - 1]) < full_width * MEASURE.fills:
        return False
    *names, cut = lines[k - 1].text.split() or [""]
    rest = lines[k].text.strip()
    return bool(names) and all(_whole_name(name) and _signs_name(name) for name in names) \
        and not ORGAN_END_RE.search(cut) and _signs_name(rest) and _whole_name(cut + rest)


def _signed_over(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k ends a 署名 over the 附注 under it: an organ's name, or the
    ending of one the measure turned onto a line of its own ('…工作专班办公' /
    '室', _name_tail)."""
    return k >= 0 and (_signs_name(lines[k].text) or _name_tail(lines, k, full_width))


def _wrapped_note(lines: list[Line], j: int) -> bool:
    """Lines j - 1 and j are one 附注 in brackets (GB/T 9704 7.3.6) that a
    narrow measure wrapped, as a web page prints it between the 署名 and the
    成文日期 ('（XX人民政' / '府办公室代章）'): the bracket opened at the first
    line's head closes at the second's end, and read whole they are a note
    line, neither line one alone."""
    if j < 2:
        return False
    first, second = lines[j - 1].text.strip(), lines[j].text.strip()
    return first[:1] in "（(" and bracket_open(first) and second[-1:] in "）)" and not bracket_open(first + second) \
        and is_note_line(first + second) and not is_note_line(second)


# What an organ's name is printed with: words, brackets, quotes, and a dash between two places' names
# ('太统—崆峒山…管理局'; metadata.ORGAN_IN_SIGNATURE).
NAME_LINE = r"(?:[\u4e00-\u9fa5（）()“”]|(?<=[\u4e00-\u9fa5])[—\-－](?=[\u4e00-\u9fa5])){2,30}"


def _annex_item_ends(lines: list[Line], k: int) -> bool:
    """Line k ends an item of the 附件说明 (GB/T 9704 7.3.4) the line above
    begins ('2.…办公室关' / '于开展…工作的通知'): the item's title, ending in its
    kind word, however full; no first piece of the signer's name under it."""
    above = lines[k - 1].text.strip() if k > 0 else ""
    return bool(kind_of(lines[k].text.strip())) and bool(ANNEX_LIST_RE.match(above) or ANNEX_ITEM_RE.match(above)) \
        and not DECIMAL_HEADING_RE.match(above)  # (a section numbered by levels, '1.3适用范围', is no item)


def _name_tail(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is the last characters of a name the wrap cut at a full line
    of names above it ('…保障局 某某市卫生健康委' / '员会'): too short for a
    name alone (the line above ends as a shorter one may, 卫健委's '委'),
    the last name above and it ending as an organ's name ends."""
    text = lines[k].text.strip()
    above = lines[k - 1].text.split() if k > 0 else []
    return bool(above) and len(text) <= NAME_TAIL and bool(re.fullmatch(r"[\u4e00-\u9fa5]+", text)) \
        and bool(re.fullmatch(NAME_LINE, "".join(above))) and bool(ORGAN_END_RE.search(above[-1] + text)) \
        and printed_width(lines[k - 1]) >= full_width * MEASURE.fills


NAME_TAIL = 2  # characters of a name's ending the wrap may turn ('员会', '小组'): no organ's whole name is so short


def _long_name(text: str) -> bool:
    """A line that is one organ's whole name, longer than _signs_name's (GB/T 9704 7.3.5: the 署名 is the organ's
    full name): it begins with its place (from_its_place), ends as only an organ's name ends (办公室, 指挥部, not
    a 会 or 部 that ends other words too) and holds no sentence punctuation."""
    text = unsealed(text).replace(" ", "")
    return len(text) <= NAME_LINE_CHARS and from_its_place(text) and not re.search(r"[，。；：、,;:！？!?]", text) \
        and bool(ORGAN_NAME_END_RE.search(text))


NAME_LINE_CHARS = 60  # an organ's name with its charge and the other name it goes by in brackets, on one line


def _organ_word_alone(text: str) -> bool:
    """A line that is nothing but an organ's kind word ('小组', '办公室'): the tail of a name a wrap cut, no name of
    its own (GB/T 9704 7.3.5.1: the 署名 is the organ's full name or its 规范化简称)."""
    text = unsealed(text).replace(" ", "").strip()
    end = ORGAN_END_RE.search(text)
    return bool(end) and end.start() == 0


def _signs_name(text: str) -> bool:
    """A line a signature may hold: short, no sentence punctuation, ending
    as an organ's name ends, the spaces OCR left inside it aside ('南宁
    市兴宁区人 民政府 办 公室')."""
    text = unsealed(text)  # ('…分局(代章)': the organ whose seal stands for the signer's, frame.SEAL_NOTE_RE)
    return len(text) <= 30 and not re.search(r"[，。；：、]", text) \
        and bool(ORGAN_END_RE.search(text.replace(" ", "")))
