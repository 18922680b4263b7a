"""What a title's line is: short, no sentence's marks, no label, a row or a field (titleish, title_line), and
whether the wrap filled it (wrapped, title_wrapped).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, answered_lead, CLOSING_FORMULA_RE, CONTACT_LINE_RE,
                            DAMAGED_DATE_RE, DOCUMENT_KINDS, DRAFT_STAGE, FIGURE_DATE_LINE_RE, GUIDE_FIELD_RE,
                            is_note_line, ISSUER_MARK_RE, kind_of, KIND_RE, kind_word_goes_on, NOTE_LINE_RE,
                            notice_title_forms, NUMBERED_TITLE_RE, ORDER_NUMBER_RE, ORGAN_END_RE, ORGAN_ENDING,
                            PERIOD_LINE_RE, PLACE_YEAR_TITLE_RE, POSTED_NOTE_CUT_RE, PRINTED_LINE_RE, REPLY_KINDS,
                            SUBJECT_WORDS_RE, YEAR_TITLE_RE)
from ....text.lines import CLAUSE_MARK_RE, ends_on_lead, ends_sentence, splits_word, squash, width
from ....text.measure import MEASURE, printed_width
from ....text.numbering import DECIMAL_HEADING_RE, LABEL_RE, numeral_run_cut
from ....text.rows import CONTINUED_RE, NAME_POST_RE
from ....text.script import either_script
from ...layout import PLACE_ENDINGS
from ..grammar import (balanced, CC_LINE_RE, ends_file_name, is_date_line, is_doc_number_line, join_title,
                       REPLY_OPENING_RE, reported_issuing, SELF_NAMED_RE, TITLE_GRAMMAR_RE, TITLE_LINES, title_lines)
from ..unfold import BODY_OPENING_RE
from .preamble import announces_itself_under

# A table's header row set out on one line, its column labels parted by spaces, the first
# the rows' number: "序号 文件名称 发布机关及文号 说明" (its last label may end as a 文种 does);
# or that first label alone, the header printed one cell a line.
TABLE_HEAD_RE = re.compile(either_script(r"^(?:序号|编号)(?:\s+\S+){2,}$|^(?:序号|编号)$"))
# A form's cell a web page or an export prints one per line, closed by its
# column's bar ("序号 |"), an empty cell its bar alone ("|"): a cell of a table, never a line of a title.
CELL_BAR_RE = re.compile(r"(?:^|\s)[|｜]$")


# A body's run-in point, '一是…', '二是…' (the 层次 a paragraph counts its measures by, inside its sentences): no
# title opens so (GB/T 9704 7.3.1: a 标题 opens on its 发文机关, on 关于 or on its 事由), whatever kind word the wrap
# leaves at its line's end ('一是加强宣传教育:通过小区广播、公告' / '栏等渠道…').
BODY_POINT_RE = re.compile(r"^[一二三四五六七八九十]{1,2}是(?![否非])")


def titleish(line: Line) -> bool:
    return not line.cells and titleish_text(line.text)


@lru_cache(maxsize=1 << 16)  # asked of every line many times over, while titles are sought
def titleish_text(text: str) -> bool:
    return titleish_but_row(text) and not name_row(text)


def titleish_but_row(text: str) -> bool:
    """A title's line by what it holds, a name list's row aside (name_row: a person set apart from a post)."""
    return (len(text) <= 150 and "。" not in text
            and (not ends_sentence(text) or answered_lead(text) or bool(POSTED_NOTE_CUT_RE.search(text)))
            and not LABEL_RE.match(text) and not DECIMAL_HEADING_RE.match(text) and not BODY_POINT_RE.match(text)
            and not (is_doc_number_line(text) and not NUMBERED_TITLE_RE.search(text))  # ('…公告〔2006〕第3号': a title)
            and not is_date_line(text) and not DAMAGED_DATE_RE.match(text) and not ANNEX_MARK_RE.match(text)
            and not FIGURE_DATE_LINE_RE.match(text)  # a page's cell, '2018.12.08'
            and not NOTE_LINE_RE.match(text)  # 附注 （此件公开发布）, 公开方式：主动公开, a bracketed frame
            and not ISSUER_MARK_RE.match(text.replace(" ", ""))  # (a page may space it out: '某某局 文件')
            and not ORDER_NUMBER_RE.match(text)
            and not ANNEX_LIST_RE.match(text) and not re.match(r"^表\s*\d", text) and not CONTINUED_RE.match(text)
            and not SUBJECT_WORDS_RE.match(text) and not CC_LINE_RE.match(text)  # the 版记's 主题词 and 抄送
            and not CONTACT_LINE_RE.match(text)  # a reply's contact fields
            and not PRINTED_LINE_RE.search(text)  # and its 印发 line
            and not CLOSING_FORMULA_RE.match(text.replace(" ", ""))  # the 结束语, a scan's spaces in it or not
            and not TABLE_HEAD_RE.match(text)
            and not CELL_BAR_RE.search(text) and not REPLY_OPENING_RE.match(text)
            and not SELF_NAMED_RE.search(text.replace(" ", ""))  # '…制定本行动计划': a sentence naming its text
            and not reported_issuing(text))  # '某某县教育局发布紧急通知': a repost's headline


def name_row(text: str) -> bool:
    """A title names its issuer and 事由 in running words (GB/T 9704 7.3.1),
    never a person set apart from a post: a name list's row is no line of a
    title, though it is short and has no sentence's punctuation. No name is
    a place ('某某县 …'), an organ's name or its end the wrap cut from joint
    issuers ('…委员会 商' / '务部 国务院…'), a label ('第二章 …'), or a scanner's space: inside a
    word ('实施条 例》…', '新华期 货…'), before '关于' ('市政府 关于…') or after it
    (an organ's end the wrap cut, then 关于: '会关于 预下达…'), or in a line that
    ends as a title or a 主送 does ('合法性 审核机制的指导意见')."""
    row = NAME_POST_RE.match(text)
    if row is None:
        return False
    name, post = row.group("name").replace(" ", ""), text[row.end("name"):].strip()
    return not row.group("name").endswith(PLACE_ENDINGS) and not ORGAN_END_RE.search(name) and not LABEL_RE.match(text) \
        and not ABOUT_RE.search(name) \
        and not TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", text)) and not kind_of(text) \
        and not re.search(r"[《》:：]", post) and not splits_word(name, post)


def row_ended(line: Line, full_width: float, head: str) -> bool:
    """A name list's row ends with its post: it runs on into the next line
    only where the wrap cut it, at the full measure, not short of it as a
    justified sentence's line may stop (its punctuation pushed down). Nor at
    the full measure into a title by its own grammar (head: its lines joined),
    a place or an organ and the year its 事由 opens with, or an organ and 关于:
    a post goes on with the rest of an organ's name, never with a year."""
    return name_row(line.text) and (printed_width(line) < full_width * MEASURE.full or bool(
        PLACE_YEAR_TITLE_RE.match(head) or YEAR_TITLE_RE.match(head) or TITLE_GRAMMAR_RE.match(head)))


ROW_ENDING = 2  # the characters two rows of a list end alike with ('…特色小镇' / '…特色小镇')


def ends_as_row_above(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is a list's row, though it comes near the measure: the line
    above it, another line of words with no punctuation, stops short of the
    measure (a row that ended there, no wrapped sentence) and ends with the
    same words (an 附件's 清单 of names, '张掖市…特色小镇' / '天水市…特色小镇'). A
    row goes on into nothing: a title under it begins there."""
    if k < 1 or lines[k - 1].cells or lines[k].cells:
        return False
    above, text = lines[k - 1].text.strip(), lines[k].text.strip()
    return len(above) > ROW_ENDING and len(text) > ROW_ENDING and above[-ROW_ENDING:] == text[-ROW_ENDING:] \
        and not re.search(r"[\W\d_]", above + text) and not wrapped(lines[k - 1], full_width)


def ends_row(lines: list[Line], k: int) -> bool:
    """Line k ends a name list's row: the row, or the rest of its post that
    the wrap cut onto a line of its own ('王某某 …区政协' / '农业和农村委员会')."""
    return name_row(lines[k].text) or k > 0 and name_row(lines[k - 1].text) and titleish(lines[k]) \
        and not re.search(r"\s", lines[k].text)


def title_line(lines: list[Line], k: int) -> bool:
    """A line of a title: titleish, or the rest of a bracket the wrap cut open
    ("…乡村单元(SJSSJY0" / "3)"): what the bracket holds goes on, and a "3)"
    there is no label; or the next of a run of bracketed numerals the line
    above holds inside it, which the wrap set at the line's head ("…二座小(一)型、
    十座小" / "(二)型水库…的通知"): a class the title names, no item."""
    if guide_element(lines, k):
        return False
    if titleish(lines[k]) or draft_stage(lines, k) or _bracket_in_cited_name(lines, k) or answered_matter_under(lines, k):
        return True
    above, text = lines[k - 1].text if k > 0 else "", lines[k].text
    if above.count("(") + above.count("（") > above.count(")") + above.count("）"):
        return bool(re.match(r"^[^（）()。，；]{0,20}[）)]", text)) and titleish(replace(lines[k], text=above + text))
    return numeral_run_cut(above, text) and titleish(replace(lines[k], text=above + text))


# The matter a reply answers, in brackets: a 建议's, 提案's or 议案's title ('(关于疏通某某路的建议)').
ANSWERED_MATTER_RE = re.compile(either_script(r"^[(（][^()（）:：，。；,;]{2,60}(?:建议|提案|议案)[)）]$"))


def answered_matter_under(lines: list[Line], k: int) -> bool:
    """Line k, the matter a reply answers in brackets alone on its line, under a title line that ends on a
    reply's kind ('…第033号提案的答复' / '(关于疏通某某路的建议)'): the title's last line (frame.ANSWERED_SUBJECT_RE),
    though a bracket alone reads as a 附注 and the page set it apart as a block of its own, not a note."""
    return k > 0 and bool(ANSWERED_MATTER_RE.match(lines[k].text.strip())) \
        and kind_of(lines[k - 1].text.strip()) in REPLY_KINDS


def _bracket_in_cited_name(lines: list[Line], k: int) -> bool:
    """Line k a bracket alone, as a 附注 prints (NOTE_LINE_RE), under title lines that open a 《 none of them
    closes: the cited name's bracket (a plan's unit code, its period, '(SJSSJY03)'), which the wrap set alone."""
    if not NOTE_LINE_RE.match(lines[k].text.strip()):
        return False
    opened = 0
    for j in range(k - 1, max(k - 1 - TITLE_LINES, -1), -1):
        if not titleish(lines[j]):
            return False
        opened += lines[j].text.count("《") - lines[j].text.count("》")
        if opened > 0:
            return True
    return False


def guide_element(lines: list[Line], k: int) -> bool:
    """Line k is an element of a 办事指南: its label (GUIDE_FIELD_RE: '受理窗口',
    '办公地址:', '（一）申请材料'), or the value under a label printed alone
    ('1个工作日' under '承诺时限'). A guide sets its elements out so, a line
    each, with no sentence's punctuation: no line of a title, though short
    and unstopped, and no title reaches up over one (the guide's end, its
    last value, over the next guide's title). A value is a place, a step, a
    time or a ground, never a 公文's title over the paragraph that hands its
    body on by its kind ('…工作公告' / '…现将有关事项公告如下：'): the next
    document, its text cut short under a label alone."""
    if GUIDE_FIELD_RE.match(text := lines[k].text.strip()):
        return True
    above = lines[k - 1].text.strip() if k > 0 else ""
    label = GUIDE_FIELD_RE.match(above)
    return bool(label) and not above[label.end():].strip() and bool(text) and not _dated_place_title(lines, k) \
        and not _organ_title_opens(lines, k) \
        and not (kind_of(text) in DOCUMENT_KINDS and announces_itself_under(lines, k + 1, text))


ORGAN_ABOUT_RE = re.compile(r"^[\u4e00-\u9fa5]{2,30}?" + ORGAN_ENDING + "关于")  # an organ's name, then 关于
ORGAN_TITLE_LINES = 4  # lines a title that opens on its organ and 关于 is wrapped over, under a label alone


def _organ_title_opens(lines: list[Line], k: int) -> bool:
    """GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种. Line k opens on an organ
    and 关于 ('某某区应急管理局关于办理…期间') and, joined to the unstopped lines
    under it, ends in one of a 公文's 文种: the next document's title, wrapped,
    no value a guide prints under a label alone (a guide's value is a place,
    a step, a time or a ground cited in 《》, never an organ's 关于 title). A
    text cut short under a division heading worded as a label ('三、办理流程')
    ends there. The organ may be left out (7.3.1), the title opening on
    关于 itself ('关于申报…的公告'): no guide's value opens so either."""
    return bool(ORGAN_ABOUT_RE.match(text := lines[k].text.strip()) or ABOUT_RE.match(text)) \
        and _kind_ended_title(lines, k) is not None


def organ_title_under_bare_label(lines: list[Line], start: int) -> bool:
    """An outline's label alone on its line, its heading's words not printed
    (an excerpt the store cut right after '二、'), over a line that opens on
    an organ's name and 关于 and, read with the unstopped lines under it,
    ends in a 公文's 文种 (_kind_ended_title): the next document's title.
    A division's heading names a matter ('二、主要任务'), never an organ's
    公文 by its 发文机关, 关于 and 文种 (GB/T 9704 7.3.1)."""
    label = LABEL_RE.match(above := lines[start - 1].text.strip()) if start > 0 else None
    return bool(label) and not above[label.end("label"):].strip() \
        and bool(ORGAN_ABOUT_RE.match(lines[start].text.strip())) and _kind_ended_title(lines, start) is not None


def _kind_ended_title(lines: list[Line], k: int) -> Optional[str]:
    """Line k and the unstopped lines under it read together, up to the first that ends them in one of a 公文's
    文种, however the wrap cut it ('…教师公' / '告'): that title, its spaces out; None if a line stops first."""
    parts: list[str] = []
    for j in range(k, min(len(lines), k + ORGAN_TITLE_LINES)):
        text = lines[j].text.strip()
        if not text or CLAUSE_MARK_RE.search(text):
            return None
        parts.append(text)
        if kind_of(title := re.sub(r"\s", "", join_title(parts))) in DOCUMENT_KINDS:
            return title
    return None


def _dated_place_title(lines: list[Line], k: int) -> bool:
    """The line is a whole 公文 title by its own grammar that opens on a place or an organ and the year its
    事由 covers and ends in one of a 公文's 文种 ('某某县2021年公开招聘教师公告', GB/T 9704 7.3.1): the next
    document's title, no value a guide prints under a label alone ('办理流程' / '1个工作日'): a guide's value is a
    time, a place, a ground cited by its name, never a 公告 or 通知 of a place's year. A label with no value under
    it ends a text cut short (a page's excerpt), as a division's heading does. Line k is the title's first: the
    unstopped lines under it read with it (_kind_ended_title)."""
    title = _kind_ended_title(lines, k)
    return title is not None and bool(PLACE_YEAR_TITLE_RE.match(title) or YEAR_TITLE_RE.match(title))


DRAFT_STAGE_RE = re.compile(rf"^[（(]{DRAFT_STAGE}[）)]$")  # the stage alone on its line


def draft_stage(lines: list[Line], k: int) -> bool:
    """A draft's name in 《》 may have its stage in brackets on the line under
    it ("关于《XX条例》" / "（修正草案·二审稿）" / "公开征求意见的通知"): a line of
    the title, not a 附注 (which stands under a date)."""
    return k > 0 and bool(DRAFT_STAGE_RE.match(lines[k].text)) and lines[k - 1].text.endswith("》") \
        and titleish(lines[k - 1])


# A draft's stage proper, as 立法技术规范 names the stages a text goes through before it is adopted ('征求意见稿',
# '送审稿', '讨论稿', '草案', '修订草案'): no mark of a text in force (试行, 暂行 go on its adopted title).
DRAFT_ONLY_RE = re.compile(either_script(r"^[（(][^（）()]{0,12}(?:草案|稿)[^（）()]{0,8}[）)]$"))


def staged_draft_over_body(lines: list[Line], start: int, end: int) -> bool:
    """A draft published for comment prints its stage in brackets on a line of its own under its title
    ('某市…工作方案' / '（征求意见稿）'), then its body: an outline's or an article's first label ('一、',
    '第一章', '第一条', '1.') or the preamble's ground ('为…', '根据…'). A sentence that runs on into a text it
    cites keeps the stage with the 》 that closes the name and goes on with words ('…《某某方案（征求意见稿）》
    的意见'), and a bare name with no 书名号 is no citation; so a title ending on its kind word, bracket-balanced,
    with no 书名号 and no sentence's marks, its draft's stage alone on the line under it and a body's opening under
    that, is a draft of its own, whatever the line above ended on (an excerpt cut mid-sentence above it). The
    lines start…end hold the title and, last, the stage."""
    if end - start < 2 or end >= len(lines) or not DRAFT_ONLY_RE.match(lines[end - 1].text.strip()):
        return False
    title = join_title([line.text for line in lines[start:end - 1]])
    below = lines[end].text.strip()
    return bool(kind_of(title)) and balanced(title) and not re.search(r"[《》〈〉，。；：,;:！？!?]", title) \
        and (bool(LABEL_RE.match(below)) or bool(BODY_OPENING_RE.match(below)))


# The day a page published a headline, in brackets after it: '《关于…的通告》(2022年9月16日)', or in figures
# parted by / - or . as law libraries print it after a bare title: '…的通知(2004/06/23)'.
HEADLINE_DAY_RE = re.compile(r"\s*[（(](?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}([/.-])\d{1,2}\1\d{1,2})[）)]$")


def unquoted_title(title: str) -> str:
    """A title is printed bare (GB/T 9704 7.3.1); a web page that quotes the
    whole title in 《》 as its headline does ('《XX市人民政府关于…的通报》'):
    the marks are the page's, not the title's, and so is the day of its
    publication a page prints in brackets after them ('《…的通告》(2022年9月16日)':
    a title names no day after its 文种; a 题注's date stands under it)."""
    quoted = HEADLINE_DAY_RE.sub("", title)
    if not (quoted.startswith("《") and quoted.endswith("》")):
        # A bare title ends on its 文种 (GB/T 9704 7.3.1) and names no day after it (a 题注's date stands under
        # it): a day in brackets after the 文种 ('…的通知(2004/06/23)') is the page's, as after a quoted one.
        return quoted if quoted != title and (kind := kind_of(quoted)) and quoted.endswith(kind) else title
    depth = 0
    for k, ch in enumerate(quoted):
        depth += (ch == "《") - (ch == "》")
        if depth == 0:  # the first 《 closes here: at the end, or it quotes a name ('《A》与《B》')
            return quoted[1:-1] if k == len(quoted) - 1 else title
    return title


def dated_headline(title: str) -> bool:
    """A web page's headline that quotes a whole 标题 in 《》 and prints its
    day after the marks (unquoted_title): a title wherever it stands, where
    what the marks hold is one by its grammar, an issuer and 关于 (or 关于
    alone) before the 事由 and a 文种 at the end. A sentence may open on a
    quoted title ('《关于…的实施意见》已经市委同意'), never on one with a day in
    brackets after it, and a name of a law quoted alone (a list of the texts
    a notice repeals) has no 关于."""
    bare = unquoted_title(title)
    return bare != title and bool(HEADLINE_DAY_RE.search(title)) and bool(TITLE_GRAMMAR_RE.match(bare)) \
        and bool(kind_of(bare))


def headline_over_body(title: str, following: str) -> bool:
    """A web page's headline that quotes a whole 标题 in 《》 with no day
    after it ('《关于…的具体实施细则》'), over the text's first paragraph: the
    marks are the page's (unquoted_title), what they hold a title by its
    grammar (an issuer and 关于, or 关于 alone, before the 事由 and a 文种 at
    the end), and the line under it opens a body as a body opens, on its
    purpose or its ground ('为深入贯彻…', '根据…', BODY_OPENING_RE). A sentence
    that opens on a quoted title goes on with its verb ('…》已经市委同意'),
    never with another sentence's purpose clause."""
    bare = unquoted_title(title)
    return bare != title and not HEADLINE_DAY_RE.search(title) and bool(TITLE_GRAMMAR_RE.match(bare)) \
        and bool(kind_of(bare)) and bool(BODY_OPENING_RE.match(following.strip()))


# An e-mail or web address at a line's end: a field's value, whole ('zmdskjj@163.com', 'www.某某.gov.cn').
ADDRESS_END_RE = re.compile(r"(?:[\w.+-]+@[\w-]+|(?:https?://|www\.)[\w-]+)(?:\.[A-Za-z0-9-]+)+/?\s*$")


def wrapped(line: Line, full_width: float) -> bool:
    """A line that fills the file's measure without ending a sentence (or
    ending on a clause's lead and its colon, '…；责任单位：') goes on in the
    next line: whatever follows it is no title. A date line and a
    发文字号 line (GB/T 9704 prints each alone, the number in brackets too)
    go on into nothing, nor does a 附注 whose brackets open and close on the
    line (7.3.6: '（联系人：张某；联系电话：…）' under the date), nor a 主题词
    line that ends with its 文种, as the 1999 版记 lists it last
    ("主题词：农村公路 表彰 决定"), nor a line that ends on an e-mail or web
    address, the value of a contact's field ('…邮 箱:某某@163.com', the 附注
    under the date, 7.3.6): no sentence's words run on under an address."""
    return not line.cells and printed_width(line) >= full_width * MEASURE.fills \
        and (not ends_sentence(line.text) or ends_on_lead(line.text)) and not ADDRESS_END_RE.search(line.text) \
        and not is_date_line(line.text) and not is_doc_number_line(line.text) and not is_note_line(line.text) \
        and not (SUBJECT_WORDS_RE.match(line.text) and kind_of(line.text))


def printed_again(lines: list[Line], start: int, k: int, reach: int = 2) -> bool:
    """Line k repeats the title's first line, or the lines from k, within a
    title's reach, spell again what its lines start..k-1 spell: the title
    printed twice, wrapped anew or not (the page's title may add the
    subject a web page lists a 公告 by: '…公告〔2020〕第5号（…规则）' over
    '…公告〔2020〕第5号')."""
    if squash(lines[k].text) == squash(lines[start].text):
        return True
    printed = "".join(line.text for line in lines[start:k]).strip()
    title, again = squash(printed), ""
    whole = {squash(form) for form in notice_title_forms(printed)}
    for line in lines[k:k + (k - start) + reach]:
        again += squash(line.text)
        if again in whole:
            return True
        if not title.startswith(again):
            return False
    return False


def name_goes_on(lines: list[Line], end: int) -> bool:
    """The line under a full line goes on with the name it holds: a plan's
    longer title ('…第十四个五年规划' / '和二〇三五年远景目标纲要'), joined by
    和, 及, 与 or 暨, or the name of the file a page links ('….docx')."""
    return end < len(lines) and (bool(re.match(r"[和及与暨]", lines[end].text.strip()))
                                 or any(ends_file_name(lines, k) for k in range(end, min(end + 2, len(lines)))))


def short_of_full(line: Line, full_width: float) -> bool:
    """The line stops short of a full line (MEASURE.full of the file's measure): the wrap sets a body line's words
    out to the measure, so a line shorter than that ends its paragraph (or is a title's, set apart)."""
    return not line.cells and printed_width(line) < full_width * MEASURE.full


def kinds_apart(above: Line, line: Line, full_width: float) -> bool:
    """A line that ends on a 文种, its brackets closed, the measure not filled or a list's numbered item, over a line
    that is a 文种 alone ('…支部名单', a list's last name the wrap turned or an 附件说明's item, over '倡议书'): a title
    ends on one kind (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种), so the lower is a title of its kind alone, no line of
    one ending above; unless the two are one longer kind word the wrap cut ('…的答复' / '函')."""
    return bool(KIND_RE.fullmatch(line.text.strip())) and kind_of(above.text) is not None and balanced(above.text) \
        and (not wrapped(above, full_width) or bool(LABEL_RE.match(above.text.strip()))) \
        and not kind_word_goes_on(above.text, line.text.strip())


def wrap_piece(line: Line, full_width: float) -> bool:
    """A line the wrap cut from the one under it: filled to the measure and no wider (a title run on one line
    past it is none), no sentence's punctuation in it."""
    return wrapped(line, full_width) and printed_width(line) <= full_width * MEASURE.exact and titleish(line)
# A title is set larger than the body (GB/T 9704 7.3.1: 2号 against the body's 3号), so its lines hold about
# three quarters of the body's characters: a title's line this much of the measure may be one the wrap filled.
TITLE_MEASURE = 0.6


def title_wrapped(line: Line, full_width: float) -> bool:
    """A title's line the wrap filled: at the body's measure (wrapped), or at
    the title's own, shorter one (TITLE_MEASURE), ending no sentence."""
    return wrapped(line, full_width) or printed_width(line) >= TITLE_MEASURE * full_width \
        and not ends_sentence(line.text)


# A title's first words naming its 发文机关 before 关于: '县人民政府关于…'.
TITLE_ORGAN_RE = re.compile(rf"^(?P<organ>[\u4e00-\u9fa5]{{0,24}}?{ORGAN_ENDING}){ABOUT_RE.pattern}")


def untitled_end(lines: list[Line], i: int, end: int, full_width: float) -> int:
    """A title without a kind word runs on while its line fills the measure,
    or ends in a word that asks for the noun after it (OPEN_PHRASE_END_RE: a
    title centred over two lines, '深圳湾口岸港方口岸区的' / '查验区界址点坐标').
    A line right over a table's rows is its caption, which a full line
    runs into only when the wrap could not have set the caption's first
    character on it ('…界址点坐标', 16 of 18 columns, over 'A匝道桥界址点坐标'
    and the rows: the caption's own line). A line that is a span of days
    and nothing else ('2016年3月4日—3月10日', the week an annex's table
    covers) is printed under the title, never a piece of it."""
    stop = i + 1
    while stop < end and stop - i < title_lines(full_width) and not lines[stop].starts_block \
            and not PERIOD_LINE_RE.match(lines[stop].text.replace(" ", "")) and (
            draft_stage(lines, stop)
            or (OPEN_PHRASE_END_RE.search(lines[stop - 1].text)
                or wrapped(lines[stop - 1], full_width) and not _caption_set_apart(lines, stop, end, full_width))
            and titleish(lines[stop]) and not re.search(r"[，；：,;:]", lines[stop].text)):
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
