"""Title blocks: runs of short lines that read as a document's 标题 (GB/T 9704
7.2.5–7.3.1), where each begins and ends, and what stands under it (发文字号,
主送, date, 题注, articles): the candidates the split then weighs.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ...model import Line
from ...text.frame import (greeted, ISSUING_WORDS, CLASSED_NUMBER_END_RE, ADDRESSEE_ITEM_RE, SENTENCE_OPENER_RE, ZONE_KIND_RE, kind_word_goes_on, compilers_line, CONTACT_LINE_RE, COUNT_HEADING_RE, DATED_BYLINE_RE, over_contact, orders_in_note, SIGNED_KINDS, signed_day, ABOUT_RE, ANSWER_OPENING_RE, BRACKETED_HEADING_RE, CASE_ORDINAL_RE, QUESTION_TITLE_RE, GUIDE_FIELD_RE, head_mark, ends_on_entry_page, ADDRESSEE_NAME, ADDRESSEE_PLACE, ADOPTION_NOTE_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE,
                           ANNEX_MARK_RE, CHRONICLE_ENTRY_RE, CLOSING_FORMULA_RE, COUNT_NOTE_RE, HEAD_COUNT, COUNTED_HEADING_RE, DAMAGED_DATE_RE,
                           DATE_RE, FIGURE_DATE_LINE_RE,
                           DOCUMENT_KINDS, DRAFT_STAGE, FRONT_MATTER_RE, HAO, ISSUER_MARK_RE, KIND_RE, MONTH_LINE_RE, POSTED_NOTE_CUT_RE,
                           NOTE_LINE_RE, NOTE_MARK, NUMBERED_KINDS, NUMBERED_TITLE_RE, OCCASION_RE, ORDER_NUMBER_RE,
                           ORGAN_ENDING, ORGAN_END_RE, ORGAN_START_RE, PERIOD_LINE_RE, PLACE_YEAR_TITLE_RE,
                           PRINTED_LINE_RE, REPLY_KINDS, SALUTATION_RE, SERIES_NUMBER, SESSION_RE, SPEAKER_RE,
                           SUBJECT_WORDS_RE, SUBTITLE_RE, UNDATED_FIRST_EVENT_RE, YEAR_TITLE_RE, addressee_names,
                           answered_lead, closed_annex_list, damaged_doc_number, from_its_place, is_note_line, kind_of,
                           members_addressed, normal_doc_number, notice_title_forms, self_word, paren_frame, whole_adoption_note)
from ...text.lines import CLAUSE_MARK_RE, DUTY_NOTE_WRAP, SHORT_NAME_RE, closes_duty_note, ends_on_lead, ends_sentence, left_open, quotation_open, splits_word, squash, width
from ...text.measure import MEASURE, centred, paragraph_indent, printed_width
from ...text.numbering import DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE, bare_article, numeral_run_cut
from ...text.numerals import CN_NUMERAL, cn_to_int
from ...text.rows import CONTINUED_RE, NAME_MAX, NAME_POST_RE, numbered_on
from ...text.script import either_script
from ..layout import PLACE_ENDINGS
from .grammar import (PASSING_TITLE_RE, PASSING_ON_RE, SELF_NAMED_RE, figured, ACKNOWLEDGED_RE, ALIASED_ORGAN_HEAD_RE, ADDRESSEE_RE, ADDRESSEE_WRAP, LETTER_HEAD_RE, LETTER_SALUTATION_MAX, LETTER_TITLE_MAX, REPORTED_ISSUING_RE, REPORTED_LEAD_RE, CC_LINE_RE, CITING_OPENER_RE, MEETING_NARRATIVE_RE, AGENDA_ITEM_RE, ISSUING_WORD_RE, JOINT_NAME_RE, NAME_LINES, NOTE_LINES,
                      ORGAN_TITLE_RE, OWN_RULES_KINDS, annex_name_turns, NUMBER_CLOSED_NAME_RE, REPLY_OPENING_RE, STANDALONE_KINDS,
                      JOINT_MASTHEAD_LINES, TITLE_CHARS, TITLE_LINES,
                      TITLE_GRAMMAR_RE, balanced, closing_line, dated_at, ends_file_name, ends_frame, flows_on, is_addressee_line,
                      is_date_line, is_doc_number_line, is_order_name, join_title, masthead_name, organ_alone,
                      organ_names, placed_plan_title, rule_titled_by_place, stops_sentence, title_lines, titled_by_own_grammar,
                      TOWN_START_RE)
from .spans import TitleBlock
from .unfold import PUBLIC_KINDS, PUBLISHED_KINDS, PUBLIC_SALUTATION_RE, BODY_OPENING_RE, DAY_OPENING_RE, CLASS_OPENING_RE, OCCASION_WRAP, joint_head_wrapped, outline_heading

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
    return not line.cells and _titleish_text(line.text)


@lru_cache(maxsize=1 << 16)  # asked of every line many times over, while titles are sought
def _titleish_text(text: str) -> bool:
    return _titleish_but_row(text) and not _name_row(text)


def _titleish_but_row(text: str) -> bool:
    """A title's line by what it holds, a name list's row aside (_name_row: a person set apart from a post)."""
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
            and not REPORTED_ISSUING_RE.search(text))  # '某某县教育局发布紧急通知': a repost's headline


def _name_row(text: str) -> bool:
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


def _row_ended(line: Line, full_width: float, head: str) -> bool:
    """A name list's row ends with its post: it runs on into the next line
    only where the wrap cut it, at the full measure, not short of it as a
    justified sentence's line may stop (its punctuation pushed down). Nor at
    the full measure into a title by its own grammar (head: its lines joined),
    a place or an organ and the year its 事由 opens with, or an organ and 关于:
    a post goes on with the rest of an organ's name, never with a year."""
    return _name_row(line.text) and (printed_width(line) < full_width * MEASURE.full or bool(
        PLACE_YEAR_TITLE_RE.match(head) or YEAR_TITLE_RE.match(head) or TITLE_GRAMMAR_RE.match(head)))


ROW_ENDING = 2  # the characters two rows of a list end alike with ('…特色小镇' / '…特色小镇')


def _ends_as_row_above(lines: list[Line], k: int, full_width: float) -> bool:
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
    return _name_row(lines[k].text) or k > 0 and _name_row(lines[k - 1].text) and titleish(lines[k]) \
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


def _organ_title_under_bare_label(lines: list[Line], start: int) -> bool:
    """An outline's label alone on its line, its heading's words not printed
    (an excerpt the store cut right after '二、'), over a line that opens on
    an organ's name and 关于 and, read with the unstopped lines under it,
    ends in a 公文's 文种 (_kind_ended_title): the next document's title.
    A division's heading names a matter ('二、主要任务'), never an organ's
    公文 by its 发文机关, 关于 and 文种 (GB/T 9704 7.3.1)."""
    label = LABEL_RE.match(above := lines[start - 1].text.strip()) if start > 0 else None
    return bool(label) and not above[label.end("label"):].strip() \
        and bool(ORGAN_ABOUT_RE.match(lines[start].text.strip())) and _kind_ended_title(lines, start) is not None


# The verbs a 印发 or 转发 title passes its text on by: a title's head opens on one, and a head the wrap cut ends on one.
PASSING_VERBS = either_script("转发|印发|批转")
PASSING_HEAD_RE = re.compile(f"^(?:{PASSING_VERBS})")
PASSING_TAIL_RE = re.compile(f"(?:{PASSING_VERBS})$")


def _heads_organ_title(lines: list[Line], i: int, k: int) -> bool:
    """GB/T 9704 7.3.1: the 标题 opens on its 发文机关's name (or on 关于 where the 版头 names the organ). Lines
    i..k-1 may stand over a line k that opens on an organ's name and 关于 as the same title's first lines only when
    they open as a title does: on 关于, on an organ's or a place's name (joint issuers, or a title that cites
    another organ's title, 'XX市人民政府关于同意' / 'XX县人民政府关于…的请示的批复'), or as a 转发 head; or when they
    end on the verb that passes the title under them on ('…转发' / '转发', or '…转' / '发': a 转发 chain the wrap cut),
    or leave a 《 open (a cited name the wrap cut, '《城口县' / '交通局关于…'). _grammar_head asks it only of a
    line that opens on a place's or an organ's whole name (ORGAN_START_RE), not on an ending the wrap left."""
    above = re.sub(r"\s+", "", "".join(line.text for line in lines[i:k]))
    return bool(ABOUT_RE.match(above) or ORGAN_START_RE.match(above) or _opens_on_organ(above)
                or PASSING_TAIL_RE.search((lines[i - 1].text.strip() if i > 0 else "") + above)
                or quotation_open(above)
                or organ_names(above) or issuing_organs(above) or _forwarded_head(lines, i, k - 1)
                or re.match(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年", above))


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


def _chapter_headings(lines: list[Line]) -> set[int]:
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


def _named_short_below(lines: list[Line], k: int) -> bool:
    """The line under line k opens on a short name's bracket ('（以下简称年报）根据…'): the words of line k are
    what a sentence names and shortens there, as a report's lead opens on the report's own name
    ('…年度报告（以下简称年报）根据《条例》编制'), and the wrap cut after them. A title names itself in full and no
    short name follows it: line k is no title's, though it spells the title above it again."""
    return k + 1 < len(lines) and bool(SHORT_NAME_RE.match(lines[k + 1].text.strip()))


def _printed_again(lines: list[Line], start: int, k: int, reach: int = 2) -> bool:
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


def title_blocks(lines: list[Line], skip: set[int], full_width: float,
                 listed: frozenset[str] = frozenset()) -> list[TitleBlock]:
    """Find each title by the kind word that ends it, then reach back for the
    lines it began on: an issuer line above '关于…', or a line the title was
    wrapped from. A line the extractor marked as a block start begins it.
    A title framed as a document's (its 发文字号 and 主送 under it; a 法规's
    题注, a date, or the period it covers in brackets on its last line,
    '（2024年5月）') begins one even after a line that stops mid-sentence (the
    latter even after a line that fills the measure): a sentence runs on into
    a quoted title with words, not with that frame.

    Hard-wrapped body text also has lines ending in 方案 or 意见; such a
    line is a title only if the line above does not run on into it, it has
    none of a sentence's inner punctuation, and it does not fill the measure
    exactly, as wrapped body lines do, and run on into a line that starts
    nothing — unless the printed 目录 lists it as it stands (listed: the
    entries' titles, squashed), or it opens a paragraph and ends in a
    document's kind word joined to its 事由 by 的 (_joined_kind)."""
    blocks: list[TitleBlock] = []
    notes = _adoption_notes(lines, full_width)
    limit = title_lines(full_width)
    skip = skip | notes | _chapter_headings(lines) | _signed_under_annex_lists(lines, limit, full_width)
    answers = [k for k, line in enumerate(lines) if ANSWER_OPENING_RE.match(line.text.strip())]
    i = 0
    while i < len(lines):
        if blocks and blocks[-1].end == i and (occasion_end := _subtitle_occasion(lines, i)):
            i = occasion_end  # the 副题 under the title above heads none
            continue
        if blocks and blocks[-1].end == i and _kind_alone_again(lines, blocks[-1].start, i):
            i += 1  # the 文种 alone under the whole title that ends in it: the text's own heading, no title of its own
            continue
        if (asked := _answered_question(lines, i, skip, blocks[-1].end if blocks else 0, limit, full_width,
                                        answers)) > i:
            blocks.append(TitleBlock(i, asked, join_title([line.text for line in lines[i:asked]]), "answer"))
            i = asked  # a question over its answer ('…？' / '答：…'), a 问答's item published on its own: its title
            continue
        if i in skip or not titleish(lines[i]) or blocks and blocks[-1].end == i and is_doc_number_line(lines[i].text) \
                or i > 0 and bare_article(lines[i - 1].text) \
                or AGENDA_ITEM_RE.match(lines[i].text.strip()) or _named_short_below(lines, i) \
                or NUMERAL_ALONE_RE.fullmatch(lines[i].text.strip()) or _closed_annex_entry(lines, i, full_width):
            i += 1  # (a 公告's number line under its title, '国家税务总局公告2018年第31号', is its frame; a 纪要's
            # agenda item's head, '议题一、…调整方案', heads the record's item, though it ends on a kind word; an item's
            # numeral alone, its text an excerpt or a page cut off, '…的;' / '九', opens no title; nor does the line
            # that ends an 附件说明's entry its 发文字号 closes, '结果公告（某审公告〔2021〕11号）', nor run on past it)
            continue
        end, subtitled = None, False
        for stop in range(i + 1, min(i + limit + 1, len(lines) + 1)):
            if stop - 1 in skip or not title_line(lines, stop - 1) or (stop - 1 > i and lines[stop - 1].starts_block
                                                                        and not answered_matter_under(lines, stop - 1)):
                break  # (the answered matter in brackets under a reply's title is its last line, a block or not)
            if stop - 1 > i and _subtitle_occasion(lines, stop - 1):
                if end is None and balanced(join_title([line.text for line in lines[i:stop - 1]])):
                    end, subtitled = stop - 1, True  # a speech titled by its theme, its genre in the 副题
                break  # the 副题 under a title, its occasion ('——在…上的讲话'), is no line of it
            if stop - 1 > i and is_doc_number_line(lines[stop - 1].text):
                break  # the 发文字号 under the title, though it names a 公告 as a title would
            if stop - 1 > i and DEED_NAME_RE.match(lines[stop - 1].text.strip()) and not wrapped(lines[stop - 2], full_width) \
                    and not ORGAN_END_RE.search(join_title([line.text for line in lines[i:stop - 1]]).strip()):
                break  # a 文书's name alone on its line ('行政处罚决定书') is a whole title, or the end of one whose
                # organ the lines above name ('（行政机关名称）行政处罚决定书'): a sentence's tail an excerpt cut above it
                # ('…作出如下行政处罚：' / '罚款人民币伍万元') is no line of it; a title's line the wrap filled runs on into
                # it ('某区人民政府关于某某地块' / '项目国有土地上房屋征收决定书')
            if stop - 1 > i and _named_short_below(lines, stop - 1):
                break  # the line a short name's bracket goes on from opens a sentence, no line of the title above
            if stop - 1 > i and _printed_again(lines, i, stop - 1):
                break  # the title printed twice (a web page's title over the text as printed): the repeat, wrapped
                # or not, is a block of its own
            if stop - 1 > i and _item_under_bar(join_title([line.text for line in lines[i:stop - 1]]), lines[stop - 1].text):
                break  # a guide's headline names its item after the bar; the item's name under it heads the text
            if stop - 1 > i and ends_file_name(lines, stop - 2):
                break  # a linked file's name ends at its extension ('…名录.docx'): no title runs on past it
            if stop - 1 > i and re.search(r"[:：]", lines[stop - 2].text) and not wrapped(lines[stop - 2], full_width) \
                    and not answered_lead(lines[stop - 2].text) and not POSTED_NOTE_CUT_RE.search(lines[stop - 2].text):
                break  # a line holding a colon that stops short ends a sentence's lead ('责任单位:各县(市)区政府'):
                # no title runs on from it, as none reaches up over it (_title_start); but a reply's title goes on
                # after its colon with the subject of the 建议 it answers, and a title after the label of a page's
                # posting note cut at its colon ('…的通告(更新时间:' / '4月11日)') with the note's day
            if end is not None and (TITLE_GRAMMAR_RE.match(lines[stop - 1].text) or is_order_name(lines[stop - 1].text)
                                    or re.search(r"[，；,;]", lines[stop - 1].text)
                                    or BODY_OPENING_RE.match(lines[stop - 1].text)
                                    or TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", lines[stop - 1].text))
                                    and not wrapped(lines[stop - 2], full_width)):
                break  # a whole title above, and the next 标题 (or a 令's 版头) or a sentence begins (one opening as
                # a body's first does, '根据《…条例》第三十条规定', though it ends in a 文种 where the wrap cut it); a space
                # between its 发文机关 and 关于 (OCR's) parts no words of that grammar, under a title's line that
                # stops short (joint issuers parted by spaces run on from a full line: '…成都市规划' / '和自然资源局 …关于')
            if end is not None and wrapped(lines[stop - 1], full_width) and not wrapped(lines[stop - 2], full_width) \
                    and stop < len(lines) and not _frame_starts(lines[stop]):
                break  # a whole title above, its last line short, and under it a line the wrap filled that runs on
                # into the next: the body's first line, though the wrap ended it on a kind word ('…监督制度' / '和…');
                # a title centred over its lines fills none after one that stops short
            if end is not None and _closed_on_its_kind(join_title([line.text for line in lines[i:stop - 1]]),
                                                       lines[stop - 1].text):
                break  # a 关于 title closed on 的 and its 文种 above, and a line under it that no title's words go on
                # with ('…方案的说明' / '本批次申请用地已由…发布征收土地公告'): the body's first line
            if end is not None and _kinds_apart(lines[stop - 2], lines[stop - 1], full_width):
                break  # a whole title above, ending on its 文种, and a 文种 alone under it
            if end is not None and _addressees_open(lines, stop - 1):
                break  # a whole title above, and its 主送 under it, though its first line ends as a kind word does
            if end is not None and AGENDA_ITEM_RE.match(lines[stop - 1].text.strip()):
                break  # a whole title above (a 纪要's), and its first agenda item's head under it ('议题一、…方案'), though
                # the wrap ended that line on a kind word: no title's line opens on an item's head
            if end is not None and _kind_alone_again(lines, i, stop - 1):
                break  # a whole title above, and under it its 文种 alone ('2011大事记' / '大  事  记'): the text's own
                # heading under the page's headline, no line of the title, which names its 文种 once
            if end is not None and _heading_again(lines, i, stop - 1, full_width):
                break  # a whole title above, and under it a whole title of the same 文种 again (the page's heading
                # over the document's own, worded apart): the title is the one above, the heading under it a line
                # of its own
            if stop - 1 == i + 1 and masthead_over(lines[i].text, lines[i + 1].text):
                break  # the organ's 版头 over its own title: no line of it
            if stop - 1 > i and organ_alone(lines[i].text) and _under_counted_heading(lines, i, skip):
                break  # an organ's name alone under a list's counted heading is the list's row, no issuer of the
                # title under it: that title begins on its own line (_listed_row)
            if stop - 1 > i and signs_text_above(lines, i, blocks[-1].end if blocks else 0) \
                    and not organ_over_its_year(lines, i):
                break  # the organ that signs the text above, under its last sentence: no issuer of the title below
                # (unless the year a title's 事由 opens with is under it, where a signature has its date)
            if stop - 1 > i and signs_under_contact(lines, i, blocks[-1].end if blocks else 0):
                break  # the organ that signs the text above under the contact it closes with: no issuer of the title
                # below
            if stop - 1 > i and signs_for_another_place(lines, i, blocks[-1].end if blocks else 0):
                break  # the organ that signs the text above, over a title whose organ is of another place: no joint
                # issuer of it (党政机关公文处理工作条例 第十七条, 同级 organs of one place)
            if stop - 1 > i and _signed_under_close(lines, i + 1, skip, full_width) == i + 1:
                break  # the organ's name under the text above's 结束语 ('特此通知。'), its signature though no date
                # follows it: no line of the title below (a 印发 notice's signature over the text it issues)
            if stop - 1 > i and ABOUT_RE.match(lines[stop - 1].text) \
                    and not ORGAN_END_RE.search(lines[stop - 2].text) and not _forwarded_head(lines, i, stop - 2) \
                    and not issuing_organs(above := "".join(line.text for line in lines[i:stop - 1])) \
                    and len(organ_names(above)) < 2 \
                    and not (stop - 2 == i and _declaring_parties_over(lines[i].text, lines[stop - 1].text)):
                break  # '关于' opens a title; only its issuers' lines (or the 转发 of it) go above it, or a joint
                # declaration's parties
            if stop - 1 > i and titled_over_own_preamble(lines, stop - 1, stop) \
                    and not titled_over_own_preamble(lines, i, stop):
                break  # a whole title by its own grammar on its line over the preamble that names the text by its
                # 文种 ('…制定本方案。'): no sentence runs on past a kind word into a preamble that says which text it
                # opens, so the line above it (a sentence an excerpt cut, the wrap having filled it) is no line of it
            candidate = join_title([line.text for line in lines[i:stop]])
            if balanced(candidate) and (kind_of(candidate) or dated_headline(candidate)
                                        or stop < len(lines) and headline_over_body(candidate, lines[stop].text)
                                        or stop < len(lines) and hands_itself_on_under(lines, stop, candidate)
                                        or appeal_over_public(lines, i, stop)
                                        and not (i > 0 and wrapped(lines[i - 1], full_width))):
                end = stop
            elif stop < len(lines) and HEADLINE_DAY_RE.fullmatch(day := lines[stop].text.strip()) \
                    and dated_headline(candidate + day):
                end = stop + 1  # the headline's day the wrap set on a line of its own: the headline's, no 题注
                break
        if end is None and not (blocks and blocks[-1].end == i) and _body_over_its_articles(lines, i):
            end = i + 1  # a body's name heading the 规定 that configures it, its 第一条 right under it
        if end is None and (after := _titled_after_close(lines, i, skip, full_width)) > i:
            title = join_title([line.text for line in lines[i:after]])
            blocks.append(TitleBlock(i, after, title, _what_follows(lines, after, title)))
            i = after  # a title that ends on no kind word the grammar knows, where a document's frame has just
            # closed and a body opens under it
            continue
        if end is None:
            i += 1
            continue
        last = end - 1
        if end < len(lines) and continues_title(lines, end, kind_of(join_title([line.text for line in lines[i:end]]))):
            end += 1
        floor = blocks[-1].end if blocks else 0
        start = min(_title_start(lines, last, end, skip, floor, full_width),
                    _grammar_head(lines, last, end, skip, max(floor, i), limit, full_width, floor))
        if start < i and titled_over_own_preamble(lines, i, end) and not titled_over_own_preamble(lines, start, end):
            start = i  # a whole title by its own grammar over its own preamble ('…制定本方案。'): the line the wrap
            # filled above it, a sentence an excerpt cut, is no line of it
        if end - start >= 2 and parties_apart_over(lines[start].text, lines[start + 1].text,
                                                     join_title([line.text for line in lines[start:end]])):
            start += 1  # an agreement's parties on one line over its title: its 版头, no words of its title
        if end - start >= 2 and ADDRESSED_LETTER_RE.match(squash(join_title([line.text for line in lines[start + 1:end]]))) \
                and masthead_over(lines[start].text, join_title([line.text for line in lines[start + 1:end]])):
            start += 1  # the organ's name alone over a letter's title that names none: its 版头 (GB/T 9704 7.2.2)
        start = _listed_from(lines, start, end, listed, full_width)
        while start < last and PARTICLE_OPENING_RE.match(lines[start].text):
            start += 1  # no title's first line opens on the particle 的: a body line the wrap opened so, the excerpt
            # cut after it ('…报考所需' / '的表格等可从某某县人力资源和社会保障局'), is its sentence's
        # The line above stops mid-sentence; a linked file's name ('附件：…名录.docx') ends at its extension.
        cut = _cut_above(lines, start, full_width)
        if (cut or len(join_title([line.text for line in lines[start:end]])) > LETTER_TITLE_MAX) \
                and (head := _letter_head(lines, start, end)) > start:
            start = head  # a letter's title under the tail of a sentence cut short, or under a paragraph's lines
            # (a list of names) longer than any letter's title: they are no lines of it
            cut = _cut_above(lines, start, full_width)
        if (not appeal_over_public(lines, start, end) or start > 0 and wrapped(lines[start - 1], full_width)) \
                and not TITLE_GRAMMAR_RE.match(join_title([line.text for line in lines[start:end]])) \
                and (head := next((k for k in range(start + 1, end) if appeal_over_public(lines, k, end)
                                   and not wrapped(lines[k - 1], full_width)), start)) > start:
            start = head  # an appeal's title over the public it addresses, under the tail of a sentence cut short
            # ('共产党员、退役军人' / '依法参加民兵组织  自觉履行国防义务' / '广大公民朋友们：', or a wrapped sentence's
            # last piece, '…男性公民中' / '选'): that tail is no line of it, nor does a title open under a full line;
            # but lines that read whole as a title by its grammar (its 关于 first) are all its own
            cut = _cut_above(lines, start, full_width)
        if (cut or start > 0 and wrapped(lines[start - 1], full_width)) \
                and (head := _reply_head(lines, start, end)) > start:
            start = head  # a reply's title under the tail of a sentence cut short ('…同时' / '感谢' / '对…提案的答复',
            # the sentence's last piece under a line the wrap filled): that tail is no line of it
            cut = _cut_above(lines, start, full_width)
        if (cut or start > 0 and wrapped(lines[start - 1], full_width)) \
                and (head := _ground_head(lines, start, end)) > start:
            start = head  # a title over its body's ground under the tail of a sentence cut short ('…规划时' /
            # '禁航通告' / '为预防…'): that tail is no line of it
            cut = _cut_above(lines, start, full_width)
        if (head := next((k for k in range(start + 1, end) if _short_of_full(lines[k - 1], full_width)
                          and placed_plan_alone(lines, k, end, full_width)), start)) > start:
            start = head  # a plan's whole title by its place and period on lines of its own under the tail of a
            # sentence cut short ('…新征程营' / '某市2021-2025年…规划'): that tail, stopping short, is no line of it
            cut = _cut_above(lines, start, full_width)
        if start > 0 and _annex_name_turned(lines, start, end, full_width):
            i = end  # the 附件说明's name turned: no title
            continue
        if _addressees_open(lines, start):
            i = end  # (no title opens on a 主送's first line, though it ends as a kind word does)
            continue
        framed = end in notes or dated_under(lines, end) or _period_under(lines, start, end) \
            or signed_under(lines, end, join_title([line.text for line in lines[start:end]])) \
            or (end + 1 in notes and organ_alone(lines[end].text)) \
            or (end < len(lines) and bool(_subtitle_occasion(lines, end))) \
            or (end < len(lines) and bool(CASE_ORDINAL_RE.match(lines[end].text.strip()))) \
            or compiled_under(lines, end, join_title([line.text for line in lines[start:end]])) \
            or speakers_over_salutation(lines, end, join_title([line.text for line in lines[start:end]])) \
            or numbered_order_dated(lines, end, join_title([line.text for line in lines[start:end]]))
        # (a speech's or report's 题注; a collection's first case's ordinal, '案例一', under its title: no sentence
        # runs on from a line above into the title and on into the ordinal)
        if start > 0 and not lines[start].starts_block and not lines[start - 1].cells \
                and start - 1 not in skip and not is_order_name(lines[start].text) \
                and not ends_on_entry_page(lines[start - 1].text) and (
                cut or (wrapped(lines[start - 1], full_width) and not _printed_line(lines, start - 1)
                        and not _closes_duty_note(lines, start - 1, skip)
                        and not _framed_full_title(lines, start, end)
                        and not _rule_under_sentence_words(lines, start, end)
                        and not _levels_under_title(lines, start, end)
                        and not placed_plan_alone(lines, start, end, full_width)
                        and not _organ_over_its_year(lines, start, end, full_width)
                        and not _plan_under_heading(lines, start, end)
                        and not titled_over_ground(lines, start, end)
                        and not titled_over_own_preamble(lines, start, end)
                        and not _explains_quoted_text(lines, start, end)
                        and not _title_closes_short(lines, start, end, full_width)
                        and not _numbered_full_title(lines, start, end, full_width)
                        and not _announced_full_title(lines, start, end)
                        and not _passes_on_under(lines, start, end)
                        and not _kinds_apart(lines[start - 1], lines[start], full_width)
                        and not ends_file_name(lines, start - 1) and not _closed_annex_entry(lines, start - 1, full_width)
                        and not _row_ended(lines[start - 1], full_width, join_title([line.text for line in lines[start:end]]))
                        and not _ends_as_row_above(lines, start - 1, full_width)
                        and _signed_under_close(lines, start + 1, skip, full_width) != start
                        and squash(join_title([line.text for line in lines[start:end]])) not in listed)) \
                and not (cut and (_number_and_addressees_under(lines, end) or _letter_under(lines, start, end)
                                  or appeal_over_public(lines, start, end)
                                  or party_under(lines, end, join_title([line.text for line in lines[start:end]]))
                                  or _members_under(lines, start, end) or _framed_full_title(lines, start, end)
                                  or _saluted_public_title(lines, start, end)
                                  or _numbered_full_title(lines, start, end, full_width)
                                  or _announced_full_title(lines, start, end)
                                  or _passes_on_under(lines, start, end)
                                  or _rule_over_articles(lines, start, end)
                                  or _levels_under_title(lines, start, end)
                                  or placed_plan_alone(lines, start, end, full_width)
                                  or titled_over_ground(lines, start, end)
                                  or titled_over_own_preamble(lines, start, end)
                                  or _explains_quoted_text(lines, start, end)
                                  or _organ_title_under_bare_label(lines, start)
                                  or hands_itself_on_under(lines, end, join_title([line.text for line in lines[start:end]]))
                                  or titled_over_table(lines, start, end))) \
                and not (not cut and (_letter_under(lines, start, end) or appeal_over_public(lines, start, end))) \
                and not _joint_head_opens(lines, start, end) \
                and not framed \
                and not outline_restarts(lines, start, end) and not _printed_again(lines, start - 1, start, end - start) \
                and not guide_element(lines, start - 1):
            i = end  # a quoted title inside a sentence, or a wrapped body line (not the title printed above it whole;
            # nor one under a 目录 entry's page, where no sentence runs on; nor under a guide's last value; nor, under a
            # sentence cut short, a full 标题 with its 主送 under it, GB/T 9704 7.3.1-7.3.2: a sentence that ran into
            # a title goes on with words, not with a list of organs and a colon, _framed_full_title; nor a letter's
            # title over its 称谓 under a line the wrap filled, an excerpt cut there, _letter_under)
            continue
        if re.search(r"[，；,;]", "".join(line.text for line in lines[start:end])) \
                or CITING_OPENER_RE.match(lines[start].text) or MEETING_NARRATIVE_RE.match(lines[start].text) \
                or TRANSITION_RE.match(lines[start].text.strip()) \
                or SELF_NAMED_RE.search(join_title([line.text for line in lines[start:end]])):
            i = end  # a sentence of the body that happens to end in 意见 or 方案, or opens on its ground ('根据…公报'), on
            # what a meeting did ('会议还传达学习…' / '…时的讲话') or on the 过渡语 that hands the matter on ('现将…情况'),
            # or closes its purpose clause naming its text by 本 over lines the measure wrapped ('…制定本行动' / '计划')
            continue
        after_date = ends_frame(lines, start - 1)  # an issued text's title
        title = join_title([line.text for line in lines[start:end]])
        # A whole 标题 by its own grammar ('…关于', or an organ's name and the year its 事由 opens with) under a
        # line that stops short: no sentence of the body opens so at the margin.
        own_head = (TITLE_GRAMMAR_RE.match(title) or YEAR_TITLE_RE.match(title) or PLACE_YEAR_TITLE_RE.match(title)
                    or dated_headline(title) or end < len(lines) and headline_over_body(title, lines[end].text)) \
            and (start == 0 or start - 1 in skip or not wrapped(lines[start - 1], full_width)
                 or _signed_under_close(lines, start + 1, skip, full_width) == start) \
            and not BODY_OPENING_RE.match(title)  # (or under the 目录), no sentence's purpose or ground before 关于
        # ('为深入学习贯彻…关于…的重要讲话' / '和重要指示批示精神，…': a body's first line, full, that names a 讲话)
        if end < len(lines) and CITED_AFTER_RE.match(lines[end].text):
            i = end  # '关于…的请示' / '（〔1996〕…号）收悉': a title cited at a 批复's opening
            continue
        filled = (width(lines[end - 1].text) + paragraph_indent(lines[end - 1])) / (full_width or 1)
        under_number = start > 0 and is_doc_number_line(lines[start - 1].text)  # the 版头's 发文字号 over it
        if end < len(lines) and MEASURE.full <= filled <= MEASURE.exact and not under_number \
                and not ends_sentence(lines[end - 1].text) \
                and not _frame_starts(lines[end], lines[end + 1].text if end + 1 < len(lines) else "") \
                and not after_date and not own_head and not _genre_opens_under(lines, end, title) \
                and not (stops_sentence(lines[start - 1].text if start else "。") and names_itself_under(lines, end, title)) \
                and not titled_over_own_preamble(lines, start, end) \
                and not (start == 0 and kind_of(title) in DOCUMENT_KINDS and announces_itself_under(lines, end, title)) \
                and not TRANSITION_RE.match(lines[end].text.strip()) \
                and not (stops_sentence(lines[start - 1].text if start else "。")
                         and DATELINE_RE.match(lines[end].text.strip()) and not CHRONICLE_ENTRY_RE.match(title)) \
                and not (stops_sentence(lines[start - 1].text if start else "。")
                         and (_year_led_over_ground(lines, end, title)
                              or titled_over_ground(lines, start, end) and not TRANSITION_RE.search(title))) \
                and not _full_title_over_ground(lines, start, end) and not _explains_quoted_text(lines, start, end) \
                and not _framed_full_title(lines, start, end) and not _saluted_public_title(lines, start, end) \
                and not appeal_over_public(lines, start, end) \
                and squash(title) not in listed and not framed \
                and not (NUMBERED_TITLE_RE.search(title) and (ends_sentence(lines[start - 1].text if start else "。")
                                                              or start - 1 in skip)) \
                and not (_joined_kind(title) and (start == 0 or stops_sentence(lines[start - 1].text))
                         and not _tail_over_signature(lines, end)) \
                and not (placed_plan_title(title) and (start == 0 or stops_sentence(lines[start - 1].text))
                         and not _name_goes_on(lines, end)) \
                and not _placed_head_short(lines, start, end, full_width) \
                and not _citation_cut_over(lines, start, end, full_width) \
                and not subtitled and not _subtitle_under(lines, end, full_width) and not paragraph_indent(lines[end]) \
                and not outline_restarts(lines, start, end) \
                and not (kind_of(title) == "指南" and (GUIDE_FIELD_RE.match(lines[end].text.strip())
                                                     or _item_under_bar(title, lines[end].text))):
            i = end  # a full body line that runs on past the kind word (not into a 题注, a date, a period or a 副题,
            # nor into a line indented as a paragraph's first: GB/T 9704 7.3.3, the body's paragraphs 左空二字; nor
            # over a text whose outline starts again; nor a guide's title over its first element's label or its
            # item's name again, where no sentence goes on; nor a title under a whole sentence over a preamble that
            # names the text by its kind, '…制定本方案。', or a 公文's title led by its year, its organ's or its place's name
            # over its body's ground, '根据…', a title exactly as long as the measure (no 过渡语 in it: '…督查室现将' /
            # '2019年…通报' is a sentence), or a whole 标题 (its organ, 关于, its 文种) over that ground under a line
            # the wrap filled or an excerpt cut, _full_title_over_ground, or a 解读's title over the name it quotes,
            # _explains_quoted_text; nor
            # the file's first line over a preamble that hands the matter on by the title's 文种, '…公告如下：'; nor a
            # title over the body's 过渡语, '现将…': no sentence runs on past a kind word into it with no stop between;
            # nor an appeal's title over the public it addresses, a salutation alone on its line)
            continue
        if (theme := _theme_under(lines, end, title, limit, full_width)) > end:
            blocks.append(TitleBlock(end, theme, join_title([line.text for line in lines[end:theme]]), "occasion"))
            i = theme  # the occasion over a speech's theme (a 引题) is the speech's first line, the theme its title
            continue
        blocks.append(TitleBlock(start, end, title, _what_follows(lines, end, title)))
        i = end
    return [block for block in _bylined_titles(lines, skip, _framed_titles(lines, skip, blocks, limit, full_width),
                                               limit, full_width, listed) if not _linked_file_name(lines, block)]


SPEAKER_LINES = 2  # lines of speakers' posts and names under a speech's title (two leaders on two lines)
SPEAKER_CHARS = 30  # characters of one such line


def speakers_over_salutation(lines: list[Line], end: int, title: str) -> bool:
    """A speech's title (kind 讲话: a 讲话, 致辞, 献辞) over its byline, the
    speakers' posts and names on a line or two ('中共某某市委书记 张某某 某某市
    人民政府市长 李某某'), then the 称谓 it opens with ('同志们、朋友们：', the body
    perhaps run on after it): the delivered text's frame, as a 主送 under a
    公文's title is. No sentence runs on from the line above into such a title
    and on into a speaker and a greeting, so it opens a text whatever that
    line ended on (an excerpt the store cut mid-sentence)."""
    if kind_of(title) != "讲话":
        return False
    for k in range(end, min(len(lines), end + SPEAKER_LINES + 1)):
        text = lines[k].text.strip()
        greeting = re.match(r"^[^:：。，,；;]{2,40}[:：]", text)
        if greeting and (SALUTATION_RE.match(greeting.group(0).replace(" ", ""))
                         or PUBLIC_SALUTATION_RE.match(greeting.group(0).replace(" ", ""))):
            return True
        if len(text.replace(" ", "")) > SPEAKER_CHARS or re.search(r"[。，,；;：:！!？?]", text) or LABEL_RE.match(text):
            return False
    return False


def _linked_file_name(lines: list[Line], block: TitleBlock) -> bool:
    """The block ends on the name of a file a web page links under its headline ('…的通知.doc'), its extension
    ending it: a download, no title, though its name ends in a kind word. One under an 附件 mark is read with the
    mark (parts: no part's title)."""
    return ends_file_name(lines, block.end - 1) \
        and not (block.start > 0 and ANNEX_MARK_RE.match(lines[block.start - 1].text.strip()))


AFTER_CLOSE_TITLE_CHARS = (6, 50)


def _titled_after_close(lines: list[Line], i: int, skip: set[int], full_width: float) -> int:
    """GB/T 9704 7.3.5-7.4: a document closes on its 成文日期 (its 附注 or
    版记 under it), and nothing of it follows but its 附件, each under its
    mark. So the short lines right under a close, with no sentence's
    punctuation, over a sentence, a 主送, a 发文字号 or a numbered label,
    are the next text's title, whatever word it ends on ('XX县城区停车收费标准',
    '致全县农民朋友的一封信'): the end of that title, or i where there is none."""
    if i == 0 or i in skip or not ends_frame(lines, i - 1):
        return i
    above = closing_line(lines, i - 1)
    if not DATE_RE.search(lines[above].text):
        return i  # a close is dated: the 成文日期, or the 版记's last line ('XX办公室  2019年4月12日印发'), not a
        # sentence's words that end on 印发 ('…和《关于印发' / '<…>的通知》')
    if above > 0 and dated_at(lines, above) and (kind_of(lines[above - 1].text) or is_doc_number_line(lines[above - 1].text)):
        return i  # a date under a title or its number dates the text in its head, and closes none
    end = i
    while end < min(i + title_lines(full_width), len(lines)) and end not in skip and titleish(lines[end]) \
            and not re.search(r"[，。；：,;:！？]", lines[end].text) and not re.match(r"\s*[（(【\[《]", lines[end].text) \
            and not LABEL_RE.match(lines[end].text.strip()) and not ANNEX_MARK_RE.match(lines[end].text.strip()) \
            and not is_date_line(lines[end].text) and not is_doc_number_line(lines[end].text) \
            and (end == i or wrapped(lines[end - 1], full_width)):
        end += 1
        if kind_of(join_title([line.text for line in lines[i:end]])):
            return i  # a title that ends on its kind word: the grammar reads it, from wherever it begins
    title = join_title([line.text for line in lines[i:end]])
    if end == i or end >= len(lines) \
            or wrapped(lines[end - 1], full_width) and not DATELINE_RE.match(lines[end].text.strip()) \
            or not AFTER_CLOSE_TITLE_CHARS[0] <= len(title) <= AFTER_CLOSE_TITLE_CHARS[1] or not balanced(title) \
            or organ_alone(title) or not re.search(r"[\u4e00-\u9fa5]{4}", title) or DATE_RE.search(title):
        return i  # (an organ's name alone under the date, a second signer's or a 附注's, is none; nor a register's
        # code, 'HNPR—2014—01002', which heads the 版头 under it; nor a sentence that quotes a title or dates a day)
    below = lines[end].text.strip()
    opens = re.search(r"[，。；,;]", below) or LABEL_RE.match(below) or is_doc_number_line(below) \
        or is_addressee_line(below)
    return end if opens else i


# The end of a speaker's line: the post of a government's or an organ's head and the name after it, perhaps set
# apart or letter-spaced ('代理县长 刘春霞', '…党组书记、局长  杜  宇', which the lines stage may have closed up),
# whatever the line holds before the post (the report's own name run into it, '2022年…工作报告市城管局党组书记、局长
# 杜  宇').
SPEAKER_TAIL_RE = re.compile(r"(?:[省市县区州旗盟镇乡局厅部院]长|书记|主任|主席|专员)"
                             r"\s*[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,3}$")
# The genre word of a text delivered at a meeting, anywhere in a line (the report's own name run into its byline).
DELIVERED_RE = re.compile(either_script(r"(?:报告|讲话|致辞|发言)"))
SPEAKER_WRAP = 2  # lines a speaker's line, a report's name run into it, may be wrapped over above its last
BODY_LINES = 3  # the body's first lines under the 称谓 read for the measure's wrap


# The 过渡语 of a 公文's body, handing on what follows ('现将有关事项通知如下', '现就…答复如下', '现予公布'): a
# sentence's opening, never a title's.
TRANSITION_RE = re.compile(either_script(r"现[将就对予]"))  # (matched at a line's head; searched in a title)
# A news report's lede, opening on the day it tells of and a comma ('11月30日，', '2022年11月30日上午,'): a
# report's first sentence, under its headline. No title's words go on into a day and a comma.
DATELINE_RE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:[上下]午|晚)?[，,]")


def _listed_from(lines: list[Line], start: int, end: int, listed: frozenset[str], full_width: float) -> int:
    """The 目录 prints a title whole (listed: its entries' titles, squashed):
    where a block's last lines, from a line of their own on, are an entry's
    words, the lines over them end the text above (a table's last cells one
    a line, a sentence's tail or a signature without its date that an
    excerpt cut, which the wrap grammar took for the title's first lines),
    and the title begins where the entry's words do. Not so under an organ's
    name or a 关于 over an entry that names no organ first: an entry may
    leave out its 发文机关 ('XX市人民政府' / '关于…'), and a title names its
    organ once. Words that go on from a body line the wrap filled above
    them ('…报' / '考所需的表格等可从某某县人力资源和社会保障局') are that
    sentence's tail, no organ's name, though they end as one does."""
    if not listed or squash(join_title([line.text for line in lines[start:end]])) in listed:
        return start
    for k in range(start + 1, end):
        entry = join_title([line.text for line in lines[k:end]])
        if squash(entry) in listed:
            over = [line.text.strip() for line in lines[start:k]]
            tail = start > 0 and wrapped(lines[start - 1], full_width)
            if any(ABOUT_RE.search(text) for text in over) \
                    or not tail and any(ORGAN_END_RE.search(text) for text in over) and not _opens_on_organ(entry):
                return start
            return k
    return start


def _opens_on_organ(title: str) -> bool:
    """A title that opens on its 发文机关's name, a place's and an organ's ending ('某区人民政府征兵办公室兵役登记公告')."""
    return bool(ORGAN_START_RE.match(title)) and bool(re.match(rf"^[\u4e00-\u9fa5]{{2,24}}?{ORGAN_ENDING}", title))


def _cut_above(lines: list[Line], start: int, full_width: float) -> bool:
    """The line above start stops mid-sentence; a linked file's name ('附件：…名录.docx') ends at its extension,
    and a 版记 line's list of organs runs on into no title."""
    return start > 0 and (flows_on(lines[start - 1].text) and not outline_heading(lines, start - 1, full_width)
                          or _annex_item_cut(lines, start - 1, full_width)) \
        and not ends_file_name(lines, start - 1) \
        and not ends_frame(lines, start - 1) and not _closed_annex_entry(lines, start - 1, full_width)


def _answered_question(lines: list[Line], i: int, skip: set[int], floor: int, limit: int,
                       full_width: float, answers: list[int]) -> int:
    """The end of a question that titles the answer under it: an organ's 政策问答 or 常见问题 publishes each
    question and its answer as an item of its own, the question its title (alone: no numbering label, no 问 or
    记者 before it), the answer opening on '答：'. Only the first question of a text is its title: none right under
    a title (the first of a 问答's questions under the 问答's own title) and none under an answer that opened since
    the title above (the next question of the same series). The question may be wrapped over a few lines, each but
    its last filled by the wrap, and begins a line no line above runs into; 0 for none. (answers: the lines that
    open on '答：', read once for the text: most lines have none under them.)"""
    if not _any_between(answers, i + 1, min(i + limit, len(lines) - 1) + 1) \
            or i in skip or lines[i].cells or i == floor and floor > 0 or i > 0 and wrapped(lines[i - 1], full_width):
        return 0
    for stop in range(i + 1, min(i + limit, len(lines) - 1) + 1):
        if stop - 1 in skip or ANSWER_OPENING_RE.match(lines[stop - 1].text.strip()):
            return 0
        if stop - 1 > i and (not wrapped(lines[stop - 2], full_width) or LABEL_RE.match(lines[stop - 1].text)):
            return 0  # a line that stops short ends what it holds, and a numbering label opens an item: no question
            # runs on past the one or into the other
        if kind_of(lines[stop - 1].text) and balanced(lines[stop - 1].text):
            return 0  # a whole title's line (a 问答's own title, full, over its first question): no question's
        if stop in answers:
            return stop if QUESTION_TITLE_RE.match(join_title([line.text for line in lines[i:stop]])) \
                and not _any_between(answers, floor, i) else 0
    return 0


def _any_between(indices: list[int], start: int, stop: int) -> bool:
    """Some index of the sorted list stands in [start, stop)."""
    at = bisect_left(indices, start)
    return at < len(indices) and indices[at] < stop


def _item_under_bar(head: str, text: str) -> bool:
    """The line repeats what a headline names after its bar ('…办事指南|国有…首次登记' / '国有…首次登记'), or
    begins to, the wrap cutting the repeat ('国有建设用地使用权及房屋所' / '有权首次登记')."""
    bar = max(head.rfind("|"), head.rfind("｜"))
    item, line = squash(head[bar + 1:]), squash(text)
    return bar >= 0 and len(line) >= 2 and item.startswith(line) and bool(kind_of(head))


def _name_goes_on(lines: list[Line], end: int) -> bool:
    """The line under a full line goes on with the name it holds: a plan's
    longer title ('…第十四个五年规划' / '和二〇三五年远景目标纲要'), joined by
    和, 及, 与 or 暨, or the name of the file a page links ('….docx')."""
    return end < len(lines) and (bool(re.match(r"[和及与暨]", lines[end].text.strip()))
                                 or any(ends_file_name(lines, k) for k in range(end, min(end + 2, len(lines)))))


def _placed_head_short(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """A title over two lines whose first opens on its place's name (GB/T 9704 7.3.1: who or where first) and
    stops short of the measure, under a sentence's full stop ('从化区…微改造项目' / '(一期)“11·27”…一般事故调查
    报告'): a paragraph's lines fill the measure but its last, so the full line under the short one is the title's
    last, set as a centred title is, not a body line running on past its kind word."""
    return end - start == 2 and (start == 0 or stops_sentence(lines[start - 1].text)) \
        and from_its_place(lines[start].text) and not wrapped(lines[start], full_width)


def _short_of_full(line: Line, full_width: float) -> bool:
    """The line stops short of a full line (MEASURE.full of the file's measure): the wrap sets a body line's words
    out to the measure, so a line shorter than that ends its paragraph (or is a title's, set apart)."""
    return not line.cells and printed_width(line) < full_width * MEASURE.full


# A plan's title that opens on its place's name and, right after it, the years of its 规划期 in figures
# ('某市2021-2025年…', '某县2021—2025年…'): the heading of the plan itself, where a sentence that names a plan by
# its period in words ('某某县“十四五”…规划') may run on through the name.
PLACE_SPAN_OPENING_RE = re.compile(either_script(
    r"^(?![全本我各该])[\u4e00-\u9fa5]{1,10}?[省市县区州盟旗](?:19|20)\d{2}\s*[-－—–~～至到]+\s*(?:19|20)\d{2}\s*年"))


def placed_plan_alone(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """GB/T 15834-2011 4.15: a sentence that names a text cites it in 书名号 and goes on with words. A plan's whole
    title by its place and the years of its 规划期 in figures right after it ('某市2021-2025年法治宣传教育规划':
    placed_plan_title, PLACE_SPAN_OPENING_RE), no clause mark and no 《》, on lines of its own whose last stops
    short of a full line (the paragraph ends on the 文种), over a line that opens on no mark, particle or
    conjunction a sentence goes on with ('，', '的', '和', '等'; _name_goes_on): the title of a plan published on its
    own, though the line above stops mid-sentence (an excerpt the store cut there), not the bare name a sentence
    ran into and ended on."""
    title = join_title([line.text for line in lines[start:end]])
    if end >= len(lines) or not placed_plan_title(title) \
            or not PLACE_SPAN_OPENING_RE.match(re.sub(r"\s+", "", title)) \
            or re.search(r"[，。；：、,;:！？!?《》]", title) \
            or not _short_of_full(lines[end - 1], full_width) or _name_goes_on(lines, end):
        return False
    return not re.match(r"[，。；：、,.;:！？!?）)》”」』的之等]", lines[end].text.strip())


def _plan_under_heading(lines: list[Line], start: int, end: int) -> bool:
    """A plan's whole title, its place, its 规划期 and its kind ('扬州市“十二五”
    水利发展规划'), under a division's heading that fills the measure ('（一）
    “十三五”教育发展的主要成绩', a page's excerpt ending there): the heading
    ended on its line, a name with no sentence in it; no heading's rest
    opens on a place's name and says a plan's period and kind."""
    label = LABEL_RE.match(lines[start - 1].text.strip())
    return bool(label) and any(label.group(g) for g in ("zhang", "jie", "cn", "cn_paren")) \
        and not CLAUSE_MARK_RE.search(label.group("rest")) \
        and placed_plan_title(join_title([line.text for line in lines[start:end]]))


def titled_over_table(lines: list[Line], start: int, end: int) -> bool:
    """A plan or list published as a table under its title, the title by its
    own grammar (its organ's whole name and the year its 事由 opens with, GB/T
    9704 7.3.1: 'XX县农业农村局2021年度…抽查工作计划'), the table's head under it
    (its first column's label '序号', alone or with the others, or a cell a
    page closes with its column's bar, '序号 |'): no sentence an excerpt cut
    above runs on into an organ's name, a year and a 文种 and then into a
    table's head, so the title opens there."""
    if end >= len(lines) or not YEAR_TITLE_RE.match(title := join_title([line.text for line in lines[start:end]])) \
            or not kind_of(title):
        return False
    below = lines[end].text.strip()
    return bool(TABLE_HEAD_RE.match(below) or TABLE_HEAD_RE.match(re.sub(r"\s*[|｜]$", "", below)))


def titled_over_ground(lines: list[Line], start: int, end: int) -> bool:
    """A 公文's title over a line that opens the body's first sentence on its
    ground or purpose ('为认真贯彻落实…', '根据…'): no sentence runs on into a
    title and past its 文种 into '为…' (a 通告 or 公告 has no 主送 under its
    title to say so). So a title by its own grammar, its organ's or place's
    name first (a 公告 or 通告 may name its place for its organ, '某市人工影响
    天气作业公告') and its 文种 last, no clause mark, is one under a line an
    excerpt cut mid-sentence; and a full title (发文机关 + 关于 + 事由 + 文种,
    GB/T 9704 7.3.1) under a numbered heading that fills the measure ('1.教育
    投入持续加大,办学条件不断改善', a page's excerpt ending there), the heading
    ended on its line, a name with no sentence in it. A 公示 an organ posts
    (a list put up for comment, a 公文 in all but its kind) may be titled by
    its year and then its place, no organ ('2022年某市本级…拟发放名单公示',
    frame.PLACE_YEAR_TITLE_RE): one too. A 公告 or 通知 about a text
    (a draft put out for comment) may open its title on that text's name in
    书名号, the 事由 before the 文种 ('《某市…调整方案》(征求意见稿)公开征询
    意见公告'): the name quoted first, its place first, and the title going on
    past the 》 to its 文种 reads as the place first (QUOTED_NAME_FIRST_RE).
    A 方案 or 规划 its organ issues by a title of its own (发文机关 + 关于 + 事由
    + 文种, '某某县重点项目办公室关于…分包重点项目工作方案'), not printed under a
    notice, is titled as a 公文 is: one too. So is a 通告's or 公告's title
    of its 事由 and 文种 alone ('禁航通告', '征收土地预公告'; GB/T 9704 7.3.1
    lets the 发文机关 go, and an organ publishing to all often does), short,
    no clause mark."""
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    full = bool(kind and ORGAN_START_RE.match(title) and TITLE_GRAMMAR_RE.match(title))  # its organ, 关于, its kind
    if (kind not in DOCUMENT_KINDS and kind != "公示" and not full) or end >= len(lines) \
            or not GROUND_OPENER_RE.match(lines[end].text.strip()):
        return False
    label = start > 0 and LABEL_RE.match(lines[start - 1].text.strip())
    quoted = QUOTED_NAME_FIRST_RE.match(title)
    named = quoted.group("name") if quoted else title
    return bool(ORGAN_START_RE.match(named) or TITLE_GRAMMAR_RE.match(title) or PLACE_YEAR_TITLE_RE.match(named)
                or kind in PUBLISHED_KINDS and title.endswith(kind) and len(title.replace(" ", "")) <= BARE_NOTICE_MAX) \
        and not re.search(r"[，。；：,;:]", title) \
        or bool(label) and not re.search(r"[。；：;:！？!?]", label.group("rest")) and bool(TITLE_GRAMMAR_RE.match(title))


# The word a sentence takes a cited text after as its object, ending a line: a preposition of ground or measure
# ('以…为准', '按照', '依据'), a verb of carrying a text out or passing it on, a list's conjunction or 顿号.
CITED_OBJECT_END_RE = re.compile(either_script(r"(?:[以按照据依和及与、]|执行|落实|贯彻|学习|转发|印发|参阅)$"))


def _full_title_over_ground(lines: list[Line], start: int, end: int) -> bool:
    """GB/T 9704 7.3.1: a whole 标题 by its own grammar, its 发文机关's name
    first, 关于, its 事由 and its 文种 last ('某某市交通运输局关于《…实施方案
    (征求意见稿)》公开征求意见的通知'), brackets balanced, no clause mark,
    over the line that opens its body's first sentence on its ground or
    purpose ('为弘扬…', '根据…': titled_over_ground). It ends on its 文种
    though the wrap happens to fill its last line, and though the line above
    it fills the measure too (a paragraph the store cut there, '…90至99'):
    no sentence runs on at a line's start into an organ's name, 关于 and a
    文种 and on past the 文种 into a ground of its own. A title that needs
    the line above to stop a sentence (one led by its year or place, a
    文种 alone) is not one of these; nor is one whose line above ends on
    the word that takes a cited text as its object (a preposition of ground
    or measure, '以' / '按照' / '根据', a verb of carrying it out, '贯彻' /
    '转发', a list's '和' or '、'): a sentence citing a title bare goes on
    past its 文种 ('…一律以' / '某某局关于…的通知' / '为准。')."""
    if start > 0 and CITED_OBJECT_END_RE.search(lines[start - 1].text.rstrip()):
        return False
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    return bool(kind) and title.endswith(kind) and balanced(title) \
        and bool(ORGAN_START_RE.match(title)) and bool(TITLE_GRAMMAR_RE.match(title)) \
        and not CLAUSE_MARK_RE.search(title) and not TRANSITION_RE.search(title) \
        and titled_over_ground(lines, start, end)


def _ground_head(lines: list[Line], start: int, end: int) -> int:
    """The line a title over its body's ground (titled_over_ground) begins on, where the block from start holds the
    tail of a sentence cut short above it: the last line from which the rest reads so, start where the whole block
    does or no line does."""
    if titled_over_ground(lines, start, end):
        return start
    return max((k for k in range(start + 1, end) if not lines[k].cells and titled_over_ground(lines, k, end)),
               default=start)


BARE_NOTICE_MAX = 12  # characters of a 通告's or 公告's title of its 事由 and 文种 alone ('征收土地预公告')


def titled_over_own_preamble(lines: list[Line], start: int, end: int) -> bool:
    """A title by its own grammar (its organ's or place's name first, a town's too (TOWN_START_RE), or
    发文机关 + 关于 + 事由; its 文种 last, no clause mark, no 《》) over the
    preamble of the text it titles: a first paragraph opening on its ground
    ('根据…', '为…') that names the text by that 文种 as itself ('…结合我市实际，
    制定本方案。': names_itself_under). No sentence runs on into a title, past
    its 文种 and into a preamble that says which text it opens; so the title is
    one under a line an excerpt cut mid-sentence, whatever its 文种 (a 方案,
    办法 or 规定 too, which titled_over_ground leaves to the frame)."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    return end < len(lines) and bool(GROUND_OPENER_RE.match(lines[end].text.strip())) \
        and titled_by_own_grammar(title, year_first=True, town_first=True) and names_itself_under(lines, end, title)


def _explains_quoted_text(lines: list[Line], start: int, end: int) -> bool:
    """A title that names in 《》 the text it explains or reports on ('某某局关于《某某实施方案》的政策解读',
    GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种, the 事由 the quoted text), its 文种 last, no clause mark, over a
    first paragraph that opens on that same quoted name ('《某某实施方案》（以下简称…）由…起草'): a 解读 or 说明 opens so,
    saying which text it is about. No sentence runs on past a title's 文种 into a paragraph that names again what the
    title quoted, so the title is one under a line an excerpt cut mid-sentence, or one the wrap filled."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    quoted = re.search(r"《[^《》]{2,60}》", title)
    return bool(quoted) and end < len(lines) and bool(kind_of(title)) and title.endswith(kind_of(title)) \
        and bool(TITLE_GRAMMAR_RE.match(title)) and balanced(title) and not CLAUSE_MARK_RE.search(title) \
        and lines[end].text.strip().replace(" ", "").startswith(quoted.group())


# The 过渡语 a text's opening hands its matter on with when its title names no 文种: '现将…予以公布。', '现将…公布如下：',
# '现将…公示如下：', '现对…通报如下：' (党政机关公文格式: the 开头 gives the ground and purpose, then hands on the matter).
HANDING_ON_RE = re.compile(either_script(r"现\s*[将就对把]([^。；;！!？?]{2,80}?)(?:予以|进行)?\s*(?:公\s*布|公\s*示|通\s*报|公\s*告)"
                                         r"(?:\s*如\s*下)?\s*[。：:]"))
HANDING_REACH = 40  # lines the opening over the outline may take at the narrowest measure (some 700 characters at 18)
HANDED_TAIL = 3  # characters of the matter a title ends on that its opening's 过渡语 names again ('…“红黑榜”' / '现将…“红黑榜”情况予以公布')


def hands_itself_on_under(lines: list[Line], end: int, title: str) -> bool:
    """A heading that names its place first (a city's, county's or town's name, ORGAN_START_RE, PLACE_YEAR_TITLE_RE,
    TOWN_START_RE) and ends on its matter with no 文种 ('某某镇2025年1月农村人居环境整治“红黑榜”'), over a first
    paragraph whose 过渡语 hands that very matter on ('…现将某某镇1月农村人居环境整治“红黑榜”情况予以公布。',
    HANDING_ON_RE): a 公文's opening (党政机关公文格式: the 开头 states the ground and purpose, then hands on the
    matter the 标题 names) under its title. No sentence runs on past a heading into a paragraph that hands on the
    heading's own matter; read up to the outline's first heading. An organ's name alone is a signature or a 版头,
    and a 关于 title or one with a bracket left open is a 公文's title cut before its 文种: no heading of a matter,
    whatever opening follows it."""
    bare = re.sub(r"\s", "", title)
    if kind_of(bare) or end >= len(lines) or "《" in bare or re.search(r"[，。；：,;:！？!?、]", bare) or organ_alone(bare) \
            or ABOUT_RE.search(bare) or not balanced(bare) \
            or not (ORGAN_START_RE.match(bare) or PLACE_YEAR_TITLE_RE.match(bare) or TOWN_START_RE.match(bare)):
        return False
    tail = re.sub(r"[“”\"'‘’「」『』]", "", bare)[-HANDED_TAIL:]
    if len(tail) < HANDED_TAIL:
        return False
    first = ""
    for line in lines[end:end + HANDING_REACH]:
        text = line.text.strip()
        if LABEL_RE.match(text):
            return False  # the outline begun: the opening handed nothing on
        first += text
        for handed in HANDING_ON_RE.finditer(first):
            if tail in re.sub(r"[“”\"'‘’「」『』\s]", "", handed.group(1)):
                return True
    return False


PARAGRAPH_REACH = 8  # lines of the paragraph above a title read back for a label or a sentence's marks


def _title_closes_short(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """GB/T 9704 7.3.1: a 标题 by its own grammar (关于 + 事由 + 文种, its
    发文机关 before 关于 or none), no clause mark in it, whose last line ends
    on its 文种 short of the measure, ends there as a paragraph does: a
    sentence that runs on into a title's words goes on past its 文种 on the
    same line, or closes on a stop. So it opens a document though the line
    above fills the measure, where the paragraph that line ends (the lines
    the wrap filled over it joined) is no title's: a numbered item, or one
    holding a sentence's marks (an excerpt the store cut there)."""
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    if not (kind and title.endswith(kind) and balanced(title) and TITLE_GRAMMAR_RE.match(title)
            and not re.search(r"[，。；：,;:]", title) and not wrapped(lines[end - 1], full_width)):
        return False
    first = start - 1
    while first > 0 and start - first < PARAGRAPH_REACH and wrapped(lines[first - 1], full_width):
        first -= 1
    above = "".join(line.text.strip() for line in lines[first:start])
    return bool(LABEL_RE.match(above) or re.search(r"[，；：、,;:]", above))


def _citation_cut_over(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """The paragraph above (its lines the wrap filled read back) leaves a 《 open, as an excerpt the store
    cut inside a citation does, and the block is a whole 标题 by its own grammar (关于 + 事由 + 文种, its
    brackets balanced, no clause mark) that ends on its 文种, while the line under it closes no 《 before
    one of its own. A title cited in a sentence is closed by its 》 right after its 文种 (党政机关公文处理
    工作条例 第二十条: 引用公文 cites the title in 《》), so a sentence that ran on into these words would
    close its 《 there or on the next line: it does not, so the block opens a document, though its line
    fills the measure under a line that stops mid-citation."""
    if start == 0 or end >= len(lines):
        return False
    first = start - 1
    while first > 0 and start - first < PARAGRAPH_REACH and wrapped(lines[first - 1], full_width):
        first -= 1
    above = "".join(line.text.strip() for line in lines[first:start])
    if above.count("《") <= above.count("》"):
        return False
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    if not (kind and title.endswith(kind) and balanced(title) and TITLE_GRAMMAR_RE.match(title)
            and not re.search(r"[，。；：,;:]", title)):
        return False
    mark = re.search(r"[《》]", lines[end].text)
    return not (mark and mark.group() == "》") and not lines[end].text.strip().startswith(("》", ">", "〉"))


def _joint_head_opens(lines: list[Line], start: int, end: int) -> bool:
    """The block opens on a joint head: two organs' names or more, each whole and one a line, over the title's 关于
    (GB/T 9704 7.2.1 and 7.3.1, 联合行文: each organ named in full, the 主办 first). No sentence an excerpt cut
    above runs on into a column of organs' names, nor into their names parted by spaces on one line, as a page
    runs the head in ('某市中级人民法院 某市人民检察院 关于…'), the wrap perhaps cutting it."""
    k = start
    while k < end and masthead_name(lines[k].text):
        k += 1
    return k - start >= 2 and k < end and bool(ABOUT_RE.match(lines[k].text.strip())) \
        or joint_head_wrapped(lines[:end], start)


def _column_of_names(lines: list[Line], k: int) -> bool:
    """Line k and the next are each an organ's whole name (a place's name first, an organ's ending last): the head
    of a joint text, its names one a line, which no wrapped line of the body runs on into, as it may into a list's
    last name ('…、嘉兴' / '电力局')."""
    return k + 1 < len(lines) and masthead_name(lines[k].text) and masthead_name(lines[k + 1].text) \
        and not re.search(r"[、，,]$", lines[k - 1].text.strip() if k else "")


# How a title's words go on past a 文种 it cites ('关于转发…的通知' / '的通知', '…的通知》', '…的意见等文件',
# '…的通知精神的实施意见'): a particle, a closing mark, a conjunction or a word that takes the cited text as its own;
# or past its own 文种, with a bracket ('…的意见' / '（试行）', a reply's answered matter, its number).
CITED_KIND_GOES_ON_RE = re.compile(either_script(r"^(?:[的之》〉」”）)（(〔\[、和及与等暨并]|精神|要求|规定|有关|实施)"))


def _closed_on_its_kind(title: str, below: str) -> bool:
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 关于 + 事由 + 的 + 文种, the 文种 its
    last word. A 关于 title that closed so goes on under it only as a title
    goes on past a 文种 it cites (CITED_KIND_GOES_ON_RE), or to the rest of a
    longer kind word the wrap cut ('…建议的答复' / '函', kind_word_goes_on)."""
    kind = kind_of(title)
    return bool(kind) and bool(ABOUT_RE.search(title)) and title.endswith("的" + kind) \
        and not CITED_KIND_GOES_ON_RE.match(below.strip()) and not kind_word_goes_on(title, below.strip())


def _kinds_apart(above: Line, line: Line, full_width: float) -> bool:
    """A line that ends on a 文种, its brackets closed, the measure not filled or a list's numbered item, over a line
    that is a 文种 alone ('…支部名单', a list's last name the wrap turned or an 附件说明's item, over '倡议书'): a title
    ends on one kind (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种), so the lower is a title of its kind alone, no line of
    one ending above; unless the two are one longer kind word the wrap cut ('…的答复' / '函')."""
    return bool(KIND_RE.fullmatch(line.text.strip())) and kind_of(above.text) is not None and balanced(above.text) \
        and (not wrapped(above, full_width) or bool(LABEL_RE.match(above.text.strip()))) \
        and not kind_word_goes_on(above.text, line.text.strip())


def _wrap_piece(line: Line, full_width: float) -> bool:
    """A line the wrap cut from the one under it: filled to the measure and no wider (a title run on one line
    past it is none), no sentence's punctuation in it."""
    return wrapped(line, full_width) and printed_width(line) <= full_width * MEASURE.exact and titleish(line)


def _theme_line(lines: list[Line], k: int, full_width: float) -> bool:
    """A line of a speech's theme: titleish, or the rest of the line above that the wrap cut ('…推动城市管理和综合
    执法事业高质' / '量发展 以优异成绩…'), which a space after its first words does not make a name list's row
    (the row's name opens a line of its own)."""
    return titleish(lines[k]) or k > 0 and not lines[k].cells and _titleish_but_row(lines[k].text) \
        and titleish(lines[k - 1]) and wrapped(lines[k - 1], full_width)


def _speaker_line(text: str) -> bool:
    """A speech's byline line naming its speaker: the name, perhaps after the post (SPEAKER_RE), or a line
    ending in a head's post and a name (SPEAKER_TAIL_RE)."""
    return bool(SPEAKER_RE.match(text.strip()) or SPEAKER_TAIL_RE.search(text.strip()))


def _bylined_titles(lines: list[Line], skip: set[int], blocks: list[TitleBlock], limit: int,
                    full_width: float, listed: frozenset[str] = frozenset()) -> list[TitleBlock]:
    """A speech's or a report's title need not end in its kind word: titled by its theme ('立足更高定位 彰显更大
    作为 …'), it is framed by its byline as a 公文's title by its 主送 (GB/T 9704 7.3.2) — the speaker's line (or
    none), the date alone in brackets under it, and the 称谓 under the date ('同志们：'), whom a speech addresses as a 公文 its
    organs. The title is the short lines above the speaker's line, none holding a sentence's punctuation; no
    sentence runs on into it from a line that stops mid-sentence, and a 副题 or occasion line heads none. What
    follows it is its byline, as a 副题's occasion follows a speech's title: it opens a document after a line that
    ends a sentence (documents.opens_document)."""
    taken = {k for b in blocks for k in range(b.start, b.end)}
    found = []
    for j in range(3, len(lines)):
        date = j - 1
        if not SALUTATION_RE.match(lines[j].text.strip()) or not re.match(r"^\s*[（(]", lines[date].text) \
                or not is_date_line(lines[date].text) or date in taken:
            continue
        # The speaker's line, or the pieces the wrap cut it into in a text the measure wraps (the body's first
        # lines too: '…工作报告市城' / '管局党组书记、局长  杜  宇'), each but the last filled to the measure and
        # no wider. A title's last line may fill it too: the longest reading that leaves a title above it.
        hard_wrapped = any(wrapped(line, full_width) for line in lines[j + 1:j + 1 + BODY_LINES])
        readings = [n for n in range(1, SPEAKER_WRAP + 2) if date - n > 0
                    and (n == 1 or hard_wrapped and all(_wrap_piece(line, full_width)
                                                        for line in lines[date - n:date - 1]))
                    and _speaker_line(join_title([line.text for line in lines[date - n:date]]))]
        if any(date - n - 1 in taken for n in readings):
            continue  # the byline of a title found above it ('在…上的讲话' / '张某某' / '（…）')
        # A report's own name run into the speaker's line opens it ('2022年…工作报告市城管局…'): the piece that
        # holds its kind word is the line's first, whatever fills the measure above it.
        named = [n for n in readings if n > 1 and DELIVERED_RE.search(lines[date - n].text)]
        # A byline may print no speaker (the date alone under the theme, '（2019年3月31日）' / '同志们：'): the
        # reading of last resort, as a speaker's name alone is the likelier reading of a short last line (a theme
        # whose wrap leaves two to four characters on its last line over the date reads them as the speaker).
        for speaker in [date - max(named)] if named else sorted(date - n for n in readings) + [date]:
            start = speaker
            while start > 0 and speaker - start < limit and start - 1 not in taken and start - 1 not in skip \
                    and _theme_line(lines, start - 1, full_width) and not re.search(r"[，；：,;:]", lines[start - 1].text):
                start -= 1
            if start < speaker:
                break
        else:
            continue
        if (start > 0 and start - 1 not in skip and flows_on(lines[start - 1].text)) \
                or SUBTITLE_RE.match(lines[start].text) or OCCASION_RE.match(lines[start].text):
            continue
        # A title whose last line fills the measure as the speaker's wrapped line does ends where the printed
        # 目录 lists it, when one does.
        end = next((k for k in range(speaker + 1, j - 1)
                    if squash(join_title([line.text for line in lines[start:k]])) in listed), speaker)
        title = join_title([line.text for line in lines[start:end]])
        found.append(TitleBlock(start, end, title, "occasion"))  # (its byline: a delivered text's frame)
        taken.update(range(start, end))
    return sorted(blocks + found, key=lambda b: b.start)


def _theme_under(lines: list[Line], end: int, title: str, limit: int, full_width: float) -> int:
    """Where the theme under a speech's occasion ends: a title that is the
    occasion alone ('在…上的讲话') may be printed over the speech's theme (a
    引题), the theme's lines then the date in brackets; the theme is the
    title. A speaker's name under the occasion is its byline, no theme: a
    name alone, or one line of a post and a name ('市长 张某某'), the two
    perhaps closed up ('某某林业局局长孙某某', _speaker_line)."""
    if not (title.startswith("在") and OCCASION_RE.match(title)):
        return end
    k = end
    while k < len(lines) and k - end < limit and title_line(lines, k) and not re.search(r"[，。；：,;:]", lines[k].text) \
            and (len(squash(lines[k].text)) > NAME_MAX or k > end and wrapped(lines[k - 1], full_width)):
        k += 1  # (a short line is a name alone, unless the line above ran on into it)
    byline = k == end + 1 and _speaker_line(lines[end].text)  # (the post and the name closed up too: '…局长孙某某')
    dated = k < len(lines) and (frame := paren_frame(lines[k].text)) and frame[0]  # '(2019年3月31日)'
    return k if k > end and dated and not byline else end


def _organ_over_its_year(lines: list[Line], start: int, end: int, full_width: float) -> bool:
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


ANNEX_REACH = 6  # lines an 附件说明's items take under its '附件：' at the narrowest measure


def _annex_item_cut(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is an item of the 附件说明 (GB/T 9704 7.3.4: '附件：1.…', '2.…'
    under it) whose title the measure cut before its kind word ('2.…指挥部
    办公室关', a full line): the line under it is that title's rest, no title
    of its own. A section numbered by levels ('1.3适用范围') is no item, and
    a line that opens as a title does (an organ's name alone, or '关于…')
    begins the next document under an item whose title has no kind word
    ('附件:…上半年落实情况')."""
    text = lines[k].text.strip()
    if kind_of(text) or re.search(r"[。；;，,]", text) or not wrapped(lines[k], full_width):
        return False
    if k + 1 < len(lines) and (organ_alone(below := lines[k + 1].text.strip()) or ABOUT_RE.match(below)
                               or TITLE_ORGAN_RE.match(below)):
        return False
    if ANNEX_LIST_RE.match(text):
        return True
    if not ANNEX_ITEM_RE.match(text) or DECIMAL_HEADING_RE.match(text):
        return False
    for j in range(k - 1, max(-1, k - 1 - ANNEX_REACH), -1):
        if ANNEX_LIST_RE.match(lines[j].text.strip()):
            return True
        if ends_sentence(lines[j].text):
            break
    return False


def _closed_annex_entry(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k ends an entry of the 附件说明 (GB/T 9704 7.3.4: '附件：' and the
    names numbered 1., 2., … one an entry, perhaps wrapped) that its 发文字号
    closes, in brackets after the name ('2.…审计结果公告（某审公告〔2021〕11号）'):
    the number follows the name whole, so the entry stops there and no
    sentence or name runs on from it into the line below (the next
    document's title, the page having printed the list after the date)."""
    top = k
    while top > 0 and k - top < ANNEX_REACH and not ANNEX_LIST_RE.match(lines[top].text.strip()) \
            and not ANNEX_ITEM_RE.match(lines[top].text.strip()) and wrapped(lines[top - 1], full_width):
        top -= 1
    entry = lines[top].text.strip()
    if not (ANNEX_LIST_RE.match(entry) or ANNEX_ITEM_RE.match(entry) and _under_annex_list(lines, top)):
        return False
    return bool(NUMBER_CLOSED_NAME_RE.search(join_title([line.text for line in lines[top:k + 1]])))


ANNEX_LIST_REACH = 40  # lines a long 附件说明's entries take under its '附件：' at the narrowest measure


def _under_annex_list(lines: list[Line], k: int) -> bool:
    """Line k is an entry of an 附件说明: its '附件：' above it, the entries
    between naming files, no sentence closed and no date among them."""
    for j in range(k - 1, max(-1, k - 1 - ANNEX_LIST_REACH), -1):
        if ANNEX_LIST_RE.match(lines[j].text.strip()):
            return True
        if ends_sentence(lines[j].text) or is_date_line(lines[j].text):
            return False
    return False


def _annex_name_turned(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """The title-like lines start..end end the name of the 附件说明 above
    (annex_name_turns), its '附件:' line right above them or the lines the
    measure filled under it: a date under them is the notice's 成文日期."""
    for top in range(start - 1, max(-1, start - 1 - ANNEX_REACH), -1):
        if ANNEX_LIST_RE.match(lines[top].text.strip()):
            return annex_name_turns([line.text for line in lines[top:start]], [line.text for line in lines[start:end]])
        if not wrapped(lines[top], full_width) or ends_sentence(lines[top].text):
            return False
    return False


def _signed_under_annex_lists(lines: list[Line], limit: int, full_width: float) -> set[int]:
    """The 署名 under an 附件说明 that has closed its titles (GB/T 9704 7.3.5.1:
    '附：…《…》' / '某某县建设局'), wrapped over a few lines or not: it ends the
    document above, also where no date stands under it, and is no line of
    the next title, whose own organ may open it ('某某区人民政府关于…'). Over a
    line that opens with 关于 (or 印发, 转发) it is that title's 发文机关, its
    first line (GB/T 9704 7.3.1), as it is in the 版头's place. A list of
    several 附件 numbers them 1., 2., … one a line (GB/T 9704 7.3.4): an
    entry closes the list only where no entry numbered on stands under it,
    and a line the wrap filled closes nothing (its title goes on below)."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not organ_alone(line.text) or k + 1 < len(lines) and ISSUING_WORD_RE.match(lines[k + 1].text):
            continue
        for top in range(k - 1, max(k - 1 - limit, -1), -1):
            if ANNEX_LIST_RE.match(lines[top].text):
                # The list closes its titles on the line right above, not before it.
                closes = [closed_annex_list(join_title([above.text for above in lines[top:j]]))
                          and not _annex_entry_on(lines[top:j], lines[j].text)
                          and not (j < k and wrapped(lines[j - 1], full_width))
                          for j in range(top + 1, k + 1)]
                if closes[-1] and not any(closes[:-1]):
                    out.add(k)
                break
            if ends_sentence(lines[top].text) or is_date_line(lines[top].text):
                break
    return out


def _annex_entry_on(listed: list[Line], text: str) -> bool:
    """The line goes on with the 附件说明 above as its next numbered entry
    (GB/T 9704 7.3.4: '附件:1.…' / '2.…'): its number one past the last
    entry's."""
    numbers = [int(m.group("no")) for line in listed
               if (m := ANNEX_ITEM_RE.match(ANNEX_LIST_RE.sub("", line.text, count=1).strip()))]
    below = ANNEX_ITEM_RE.match(text.strip())
    return bool(numbers) and bool(below) and int(below.group("no")) == numbers[-1] + 1


def _joined_kind(title: str) -> bool:
    """标题 = 事由 + 的 + 文种 (GB/T 9704 7.3.1: '关于…的通知', '…情况的通报'):
    a document's kind word (a 公文's, or a speech's) joined to its 事由 by
    的, or right after its 事由 when that is another text's title in 《》
    ('《…实施方案》政策解读', '《…办法》起草说明': the text it explains). A
    sentence names a kind word as a common noun or a verb without it
    ('依照本法规定', '本公告内容'), and a title it cites it quotes in 《》
    within its words, so a paragraph's first line that ends so, filling the
    measure, is a title, not a sentence run on past the kind word."""
    word, kind = KIND_RE.search(title), kind_of(title)
    return bool(word) and (title[:word.start()].endswith("的") or bool(QUOTED_SUBJECT_RE.match(title[:word.start()]))) \
        and (kind in DOCUMENT_KINDS or kind in STANDALONE_KINDS)


# A title's 事由 that is the name of the text it explains, in 《》 and perhaps a word of what the text is
# about it ('政策', '文件'): the whole of the title before its kind word.
QUOTED_SUBJECT_RE = re.compile(r"^《[^《》]+》[\u4e00-\u9fa5]{0,2}$")


def _subtitle_occasion(lines: list[Line], k: int) -> int:
    """Where the 副题 that line k opens ends, when it names the occasion a
    speech or report was delivered at after a 破折号 ('——在…上的讲话',
    '——2021年…在…会议上'), perhaps wrapped over the lines under it; else 0."""
    if not SUBTITLE_RE.match(lines[k].text):
        return 0  # (the longest reading: '——在…闭幕式上' / '的讲话' is one 副题)
    return max((stop for stop in range(k + 1, min(len(lines), k + OCCASION_WRAP) + 1)
                if OCCASION_RE.match(join_title([line.text for line in lines[k:stop]]))), default=0)


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
    _place_year_title), which no heading inside a text repeats."""
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
                    and (kind_of(title) in DOCUMENT_KINDS or _organ_kind_title(title) or _place_year_title(title))
    return False


def _place_year_title(title: str) -> bool:
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


def _subtitle_under(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k is a 副题 under a title: it opens with a 破折号 and holds no
    sentence ('——全区常住人口情况'), on a line of its own. No sentence runs on
    from the line above into a dash, as a 题注 or a date it frames the title."""
    text = lines[k].text
    return bool(SUBTITLE_RE.match(text)) and not re.search(r"[，。；：,;:]", text) and not wrapped(lines[k], full_width)


def _genre_opens_under(lines: list[Line], end: int, title: str) -> bool:
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


# A 公文's title that leaves out its organ and opens on the year its 事由 covers ('2019年县政府工作报告三季度完成情况
# 通报', GB/T 9704 7.3.1 lets the 发文机关 go), and the first words of a body's sentence that gives its ground or
# purpose ('按照…', '根据…', '为了…').
YEAR_LED_RE = re.compile(r"^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年")
# A 公文's 开头 states its purpose, its ground or the situation that calls for it ('为…', '根据…', '近年来，…',
# '今年以来，…', '随着…', '当前，…'): the first words of a body, never the rest of a sentence a title's words began.
GROUND_OPENER_RE = re.compile(either_script(r"^(?:为了?|根据|依据|按照|近年来|今年以来|随着|当前|目前)"))
# A title that opens on the name of the text it concerns, in 书名号, and goes on past the 》 to its own words
# ('《某市…办法》(征求意见稿)公开征求意见公告'): the quoted name, read for the place it begins with.
QUOTED_NAME_FIRST_RE = re.compile(r"^《(?P<name>[^《》]{4,80})》(?=.)")
# The words of a title's head that take the quoted name of a text after them ('关于印发《…》', '公开征求《…》意见'):
# 关于 or a passing verb (frame.ISSUING_WORDS), or another 事由's verb.
QUOTING_HEAD_RE = re.compile(f"(?:{ISSUING_WORDS}|{either_script('征求|公布|发布|废止|修订|修改|实施|解读|读懂|图解|贯彻|落实|学习')})")


def _quoting_head(above: str) -> bool:
    """GB/T 9704 7.3.1: a title is its organ's name, 关于 and its 事由, the
    事由 naming a text in 《》 as the object of its verb. So the lines over
    a line that opens on 《 are the same title's only as its organs' names
    ('某某市人民政府办公室' / '《…》…的通知', a head that left out 关于) or a
    head whose verb takes the quoted name ('…关于印发' / '《…》的通知'): a
    line that stops on other words ('财政部门负责城市居民最低生活保障资', an
    excerpt cut there) ends a sentence above the title."""
    above = above.strip()
    return bool(QUOTING_HEAD_RE.search(above) or ORGAN_END_RE.search(above) or organ_names(above))


def _year_led_over_ground(lines: list[Line], end: int, title: str) -> bool:
    """A title led by its year that ends in a 公文's 文种 (通报, 通知…), over
    a line that opens the body's first sentence on its ground or purpose
    ('按照县政府《…》要求，…'): no sentence runs on past its 文种 into
    '按照…', so the line is the title though the wrap filled it."""
    return bool(YEAR_LED_RE.match(title)) and kind_of(title) in DOCUMENT_KINDS and end < len(lines) \
        and bool(GROUND_OPENER_RE.match(lines[end].text.strip()))


PREAMBLE_REACH = 12  # lines under a title its first paragraph, wrapped at the narrowest measure, is read over


def names_itself_under(lines: list[Line], end: int, title: str, stop: int | None = None) -> bool:
    """The first paragraph under a title (lines end on, up to stop) names
    the text by the 文种 the title ends in as the text itself ('…结合我市实
    际，制定本方案。', '特制定本办法。'), or as the text that follows, perhaps
    with the word its title joins to the 文种 ('制定以下实施方案。'), as it
    names itself so too ('制定本实施方案。', a '…整改实施方案''s): a text's
    preamble, which no sentence running on past a kind word holds; read up to
    the outline's or the articles' first heading. A page that ran the
    paragraphs into one line with spaces ('…制定本方案。 一、基本原则 (一)…')
    sets that heading after the naming sentence's end on the same line, at
    any measure: the preamble ends there all the same."""
    kind = kind_of(title)
    if not kind:
        return False
    naming = re.compile(either_script(rf"制\s*[定订]\s*(?:本|以\s*下)\s*(?:实\s*施|工\s*作|行\s*动|活\s*动)?\s*{kind}\s*[。.]"
                                      rf"(?:$|\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条]))"))
    return _preamble_ends_on(lines, end, stop, naming,
                             lambda text, first: bool(first) and bool(
                                 re.match(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条])", text)))


def announces_itself_under(lines: list[Line], end: int, title: str, stop: int | None = None) -> bool:
    """The first paragraph under a title (lines end on, up to stop) ends on the 过渡语 that hands on the body
    by the 文种 the title ends in ('…现将有关事项公告如下：', '特通知如下：', '现通报如下：'): a 公文's opening
    (党政机关公文格式: the 开头 states the ground and purpose, then hands on the matter by its own kind), which no
    sentence running on past a kind word holds; read up to the outline's or the articles' first heading."""
    kind = kind_of(title)
    if not kind:
        return False
    # A recruitment 简章 hands its matter on as a 公告 does ('现将有关事项公告如下：'): the words recruitment
    # sites print under both.
    handed = "(?:简章|公告)" if kind == "简章" else kind
    announcing = re.compile(either_script(rf"{handed}\s*如\s*下\s*[:：]$"))
    return _preamble_ends_on(lines, end, stop, announcing, lambda text, first: bool(LABEL_RE.match(text)))


def _preamble_ends_on(lines: list[Line], end: int, stop: int | None, words: re.Pattern, heading) -> bool:
    """The first paragraph under a title (lines end on, up to stop, PREAMBLE_REACH at most) comes to words
    before the outline or the articles begin (heading(text, what came before): a line that opens them)."""
    first = ""
    for line in lines[end:min(len(lines) if stop is None else stop, end + PREAMBLE_REACH)]:
        text = line.text.strip()
        if heading(text, first):
            return False  # the outline or the articles begun: the preamble said nothing of the text
        first += text
        if words.search(first):
            return True
    return False


def _rules_open(text: str) -> bool:
    """The line a body's own rules open with: their first division or
    article ('第一章 总则', '第一条', '一、…'), or the preamble that gives
    their purpose or ground ('为了进一步规范…', '根据…'), as a sentence's
    first words, never the rest of one run on from above."""
    label = LABEL_RE.match(text)
    first = label and any(label.group(g) and cn_to_int(label.group(g)) == 1 for g in ("zhang", "tiao", "cn"))
    return bool(first) or bool(re.match(either_script(r"(?:为了?|根据|依据|按照)"), text.strip()))


def _adoption_notes(lines: list[Line], full_width: float) -> set[int]:
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


def _framed_full_title(lines: list[Line], start: int, end: int) -> bool:
    """A full 标题 (发文机关 + 关于/印发/转发 + 事由 + 文种, or 关于 left out:
    "XX市人民政府征收土地预公告", or its 事由 opening with the period it
    covers: "XX县教育局2013年12月…通报", or a passing notice's with both
    organ and 关于 left out, "印发《…》的通知": PASSING_TITLE_RE) with its 主送机关 under it (GB/T 9704
    7.3.1–7.3.2) is a document's title, though the line above fills the
    measure or stops mid-sentence (a heading or a line that ends an excerpt
    is no proof that the text runs on): a sentence that runs into a title goes
    on after it, not into a list of organs and a colon, on one line or
    wrapped over a few. (An organ alone over a line that is a whole date is a
    signature over its 成文日期, no title's organ over its period.)"""
    title = join_title([line.text for line in lines[start:end]])
    return bool(TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title) or PASSING_TITLE_RE.fullmatch(title)
                or QUOTED_ORGAN_ABOUT_RE.match(re.sub(r"\s", "", title))
                or kind_of(title) in DOCUMENT_KINDS and (year := YEAR_TITLE_RE.match(title))
                and not any(is_date_line(line.text) for line in lines[start:end])
                and not DAY_OPENING_RE.match(title[len(year.group("issuer")):])) \
        and (_what_follows(lines, end, title) == "addressee" or addressees_from(lines, end)
             or _number_and_addressees_under(lines, end))


# A passing notice's 事由: its verb and the quoted name of the text it passes on, the 文种 通知 last
# ('关于印发《…》的通知', '某县人民政府办公室印发《…》的通知').
PASSED_NAME_RE = re.compile(either_script(r"(?:印发|转发|批转)《(?P<name>[^《》]{2,80})》的通知$"))


def _passes_on_under(lines: list[Line], start: int, end: int) -> bool:
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a 印发, 转发 or
    批转 notice's 标题 names the text it passes on in 《》 after its verb,
    the 文种 通知 last, its 发文机关 (and 关于) perhaps left out; the notice's
    first paragraph, right under the title where no 主送 stands, passes that
    very text on by the same name ('现将《…》印发给你们，请遵照执行。'). A
    sentence that runs into a cited title goes on after it with words of its
    own, never with a paragraph that names the cited notice's text again and
    passes it on; so the block is a notice's title though the line above
    stops mid-sentence (an excerpt the store cut there) or the wrap filled
    it. Read over the first sentence under the title, its lines joined."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    passed = PASSED_NAME_RE.search(title)
    if not passed or not (TITLE_GRAMMAR_RE.match(title) or PASSING_TITLE_RE.fullmatch(title)) \
            or re.search(r"[，。；：,;:]", title):
        return False
    under = ""
    for line in lines[end:end + PREAMBLE_REACH]:
        under += line.text.strip()
        if re.search(r"[。.!！?？]", under):
            break
    sentence = re.split(r"[。.!！?？]", under, maxsplit=1)[0].replace(" ", "")
    return f"《{passed.group('name')}》" in sentence and bool(PASSING_ON_RE.search(sentence))


def _saluted_public_title(lines: list[Line], start: int, end: int) -> bool:
    """A full 标题 (GB/T 9704 7.3.1: 关于 + 事由 + 文种, its organ perhaps left
    out) of a kind an organ addresses to the public (党政机关公文处理工作条例 第八条:
    通告, 公告, and the 通知 a service gives the people it serves, unfold.PUBLIC_KINDS),
    with the public it addresses under it where a 主送 stands, a salutation ending
    on its colon ('尊敬的广大群众：', '广大市民朋友：', unfold.PUBLIC_SALUTATION_RE),
    is a document's title though the line above stops mid-sentence (an excerpt the
    store cut there): a sentence that runs into a quoted title goes on with words,
    not with a greeting and a colon."""
    title = join_title([line.text for line in lines[start:end]])
    if not (TITLE_GRAMMAR_RE.match(title) and kind_of(title) in PUBLIC_KINDS):
        return False
    for stop in range(end + 1, min(len(lines), end + ADDRESSEE_WRAP) + 1):
        text = re.sub(r"\s", "", join_title([line.text for line in lines[end:stop]]))
        if len(text) > LETTER_SALUTATION_MAX or re.search(r"[。；;！？!?]", text) or re.search(r"[:：]", text[:-1]):
            return False
        if text.endswith((":", "：")):
            return bool(PUBLIC_SALUTATION_RE.match(text))
    return False


def _rule_over_articles(lines: list[Line], start: int, end: int) -> bool:
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
    goes on with a number alone on its line either."""
    title = join_title([line.text for line in lines[start:end]])
    numbered = end < len(lines) and is_doc_number_line(lines[end].text)
    return rule_titled_by_place(title) and (_articles_open(lines, end) or numbered and _articles_open(lines, end + 1))


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


def _levels_under_title(lines: list[Line], start: int, end: int) -> bool:
    """A title by its own grammar (its organ's or place's name first, or 发文机关 + 关于 + 事由, its 文种 last, no
    clause mark and no 《》) over the opening of a text numbered by levels (GB/T 1.1 章条编号, as an 应急预案 is: its
    first chapter '1  总则' alone on its line over its first section '1.1  编制目的', its 目录's first rows or its
    body's first headings: levels_open) is a text's title though the line above stops mid-sentence or the wrap
    filled it (an excerpt the store cut there): a sentence that runs into a text's name cites it in 《》 and goes
    on with words, never with a chapter's number and heading alone on a line over its first section's."""
    return titled_by_own_grammar(join_title([line.text for line in lines[start:end]])) and levels_open(lines, end)


def _rule_under_sentence_words(lines: list[Line], start: int, end: int) -> bool:
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name opens on its
    place's or organ's name (rule_titled_by_place), and its first 第一章 or
    第一条 stands right under it (_rule_over_articles). A line over it that
    the wrap filled belongs to that name only if it opens as a title does (on
    关于, on a place's or an organ's name) and the name read from it is still
    a rule's name by place: a line of words that opens on neither and makes
    the name no rule's ('…联系人信息要向县数据和政务服' over '某某区公共数据管理
    办法') is the last line of a sentence the store cut above the rule, no
    line of its title."""
    if start < 1 or not _rule_over_articles(lines, start, end):
        return False
    above = re.sub(r"\s+", "", lines[start - 1].text)
    return not (ABOUT_RE.match(above) or ORGAN_START_RE.match(above) or _opens_on_organ(above)) \
        and not rule_titled_by_place(join_title([line.text for line in lines[start - 1:end]]))


def _numbered_full_title(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """Such a full 标题 whose last line stops short of the measure, with its
    发文字号 alone on the line under it (GB/T 9704 7.2.4; a web page sets it
    under the title bare, a gazette's reprint in brackets), is a document's
    title though the line above fills the measure or stops mid-sentence (an
    excerpt the store cut there): a sentence that cites a title and its
    number (党政机关公文处理工作条例 第二十条: 先引标题，后引发文字号) runs on
    past the 文种 on the title's line, or the wrap filled that line, and goes
    on with words after the number's bracket. A web page may quote the whole
    标题 in 《》 as its headline (unquoted_title): the marks are the page's."""
    title = unquoted_title(join_title([line.text for line in lines[start:end]]))
    return bool(TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title)) \
        and end < len(lines) and is_doc_number_line(lines[end].text) and not wrapped(lines[end - 1], full_width)


def _announced_full_title(lines: list[Line], start: int, end: int) -> bool:
    """Such a full 标题 (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.3.1) whose
    first paragraph under it hands its body on by the 文种 the title ends in
    ('…现就有关事项通告如下：', announces_itself_under: the 开头's 过渡语) is a
    document's title though the line above stops mid-sentence or the wrap
    filled it (an excerpt the store cut there): a sentence that runs into a
    quoted title goes on with words after it, and no sentence running on past
    a kind word holds the 过渡语 of that kind."""
    title = join_title([line.text for line in lines[start:end]])
    return bool(TITLE_GRAMMAR_RE.match(title)) and kind_of(title) in DOCUMENT_KINDS \
        and announces_itself_under(lines, end, title)


def _number_and_addressees_under(lines: list[Line], end: int) -> bool:
    """GB/T 9704 7.2.4 and 7.3.2: under a title, its 发文字号 on a line of its
    own, then the 主送机关 (wrapped or not) ending in a colon. A sentence that
    runs on into a quoted title goes on with words, not with that frame, so a
    title framed so opens a document even after a line that stops mid-sentence
    (a text whose page or excerpt ends there). The 主送 names organs and
    opens on none of a title's words: a line under the number that opens as
    a 标题 by its grammar (发文机关 + 关于 or 印发, 7.3.1) is the title the
    number heads (7.2.4), over its own 主送, which the lines joined would
    read as one ('某区人民政府办公室关于印发…的通知' + '各镇政府…：')."""
    if end >= len(lines) or not is_doc_number_line(lines[end].text):
        return False
    if end + 1 < len(lines) and TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", lines[end + 1].text)) \
            and not is_addressee_line(lines[end + 1].text):
        return False
    return addressees_from(lines, end + 1) or _one_organ_addressed(lines, end + 1) \
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


def _addressees_open(lines: list[Line], k: int) -> bool:
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


def _long_addressees_from(lines: list[Line], start: int) -> bool:
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


def _quoted_whole(lines: list[Line], start: int, end: int) -> bool:
    """The lines from start to end are one whole 标题 a web page quotes in 《》 as its headline (unquoted_title),
    the first opening on the 《 that the last closes: the title's first line, no line above it one of it (the
    tail of a sentence the store cut is no part of the headline the marks enclose)."""
    title = join_title([line.text for line in lines[start:end]])
    return lines[start].text.lstrip().startswith("《") and unquoted_title(title) != title


def _framed_titles(lines: list[Line], skip: set[int], blocks: list[TitleBlock], limit: int,
                   full_width: float) -> list[TitleBlock]:
    """A title without a kind word is still a title when the frame of a
    document follows it: its 发文字号, or its 主送机关 (GB/T 9704 prints
    them right under the title). The title is the short lines above, down to
    a 副题 that opens with a dash. A
    发文字号 with a title right under it is in that title's 版头, and frames
    nothing above it (a list of names ending a document, say). A number
    read as damaged ('…函〔2023276') under a line the wrap filled mid-sentence
    is that sentence's last piece, no line of its own (GB/T 9704 7.2.4 prints
    the number alone)."""
    taken = {k for b in blocks for k in range(b.start, b.end)}
    titled = {b.start for b in blocks}
    found = []
    for j, line in enumerate(lines):
        organs = addressed_organs(line.text) and not is_addressee_line(line.text)
        if j in taken or j in skip or not (is_doc_number_line(line.text) or is_addressee_line(line.text) or organs
                                           or _addressees_tail(lines, j, full_width)) \
                or (is_doc_number_line(line.text) and _numbers_over_title(lines, j, titled)) \
                or (j > 0 and damaged_doc_number(line.text) and wrapped(lines[j - 1], full_width)):
            continue
        head = _addressees_head(lines, j, taken, full_width)
        start = head
        while start > 0 and head - start < limit and start - 1 not in taken and start - 1 not in skip \
                and titleish(lines[start - 1]) and not re.search(r"[，；：,;:]", lines[start - 1].text) \
                and not head_mark(lines[start - 1].text) and not _quoted_whole(lines, start, head) \
                and not (organ_alone(lines[start - 1].text) and _under_counted_heading(lines, start - 1, skip)):
            start -= 1  # (an organ alone under a list's counted heading is that list's row: _listed_row; a mark of
            # the 版头 over the number, a reply's bare 公开属性 '公开' or its 类别, is no line of a title: GB/T 9704
            # 7.2 prints the marks apart, the title under them or, on a web page, its headline above them)
        if start == head or (start > 0 and start - 1 not in skip and flows_on(lines[start - 1].text)
                             and not (_quoted_whole(lines, start, head)
                                      and _numbered_full_title(lines, start, head, full_width))
                             and not (is_addressee_line(line.text) and head == j
                                      and _framed_full_title(lines, start, head))) \
                or (start > 0 and start - 1 not in skip and _item_runs_on(lines, start - 1, head, full_width)) \
                or SUBTITLE_RE.match(lines[start].text) \
                or OCCASION_RE.match(lines[start].text):
            continue  # a 副题 or occasion heads no title: under a speech's byline a 称谓 frames nothing (a line above
            # that stops mid-sentence is no proof the text runs on into a full 标题, 发文机关 + 关于/转发/印发 + 事由 +
            # 文种, over its 主送 and colon, GB/T 9704 7.3.1-7.3.2: an excerpt the store cut there, _framed_full_title)
        if start - 1 in taken and (not is_doc_number_line(line.text) or _authors_over_number(blocks, start, line.text)) \
                and all(_organs_only(line.text) for line in lines[start:head]):
            continue  # the authors' names under the title above (GB/T 9704 7.3.5.2), over its 主送 or its 发文字号:
            # no title (over a 令号, the organ alone is the 令's 版头)
        # A 副题 under the title (the occasion of a 说明 or speech, its speaker under that) is no part of it.
        end = next((k for k in range(start + 1, head) if SUBTITLE_RE.match(lines[k].text)), head)
        title = join_title([line.text for line in lines[start:end]])
        if organs and not (ABOUT_TITLE_RE.match(title) and _opens_text(lines, start, skip)):
            continue
        found.append(TitleBlock(start, end, title, _what_follows(lines, end, title)))
        taken.update(range(start, j))
    return sorted(blocks + found, key=lambda b: b.start)


def _addressees_head(lines: list[Line], j: int, taken: set[int], full_width: float) -> int:
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


def _numbers_over_title(lines: list[Line], j: int, titled: set[int]) -> bool:
    """The 发文字号 on line j is in a title's 版头: the title right under it,
    or under the numbers stacked below it, one a line, as a joint text may
    print each organ's (GB/T 9704 7.2.1 and 7.2.4, 联合行文: '某建〔2006〕40号' /
    '某财建〔2006〕12号' / '关于…的通知'). It frames nothing above it."""
    k = j + 1
    while k < len(lines) and k - j < JOINT_MASTHEAD_LINES and k not in titled and is_doc_number_line(lines[k].text):
        k += 1
    return k in titled


def _item_runs_on(lines: list[Line], k: int, head: int, full_width: float) -> bool:
    """GB/T 9704 7.3.3: a numbered item (一、, （一）, 1.) whose line the wrap
    filled without ending a sentence goes on in the line under it. A title
    it cites there, its 发文字号 in brackets under it (党政机关公文处理工作条例
    第二十条: 先引标题，后引发文字号), is the item's words ('一、…按照县林业局关于'
    / '印发…办法的通知' / '（某林〔2021〕5号）要求…'), however the wrap cut
    it ('…按照县林业' / '局关于印发…的通知'), no document under its own
    frame. Not a whole 标题 that names its organ before 关于 (an excerpt may
    end inside an item, and the next document open under it), whether bare
    or quoted whole in 《》 as a web page's headline (unquoted_title)."""
    text = lines[k].text.strip()
    if not (LABEL_RE.match(text) and wrapped(lines[k], full_width) and not ends_sentence(text)):
        return False
    name = unquoted_title(join_title([line.text for line in lines[k + 1:head]]))
    organ = name.split("关于", 1)[0] if "关于" in name else ""
    return not (organ and _named_issuer(organ))


def _authors_over_number(blocks: list[TitleBlock], start: int, number: str) -> bool:
    """A law compilation or a law site prints a text's organ on the line
    under its full title and the 发文字号 under that ('…管理办法' / '某某省政府'
    / '某政发[1991]33号'): the organ the number codes (GB/T 9704 7.2.4: 发文机关
    代字, year, serial) is the title's author (7.3.5.2), no title of its own.
    Only under a title that ends in its 文种, over a number coded by its
    organ; an organ alone over a 令's bare serial ('第5号') is the 令's 版头."""
    return any(b.end == start and kind_of(b.title) for b in blocks) and bool(normal_doc_number(number)) \
        and not ORDER_NUMBER_RE.match(number.strip())


def _addressees_tail(lines: list[Line], j: int, full_width: float) -> bool:
    """Line j closes a 主送 the wrap cut inside its last name, so that its own
    characters are no organ's words ('…市直及驻邓各单' / '位:'), perhaps with the
    comma that parts it from a last whole name ('…市各直属事业单' / '位,市管企业:'):
    GB/T 9704 7.3.2 carries the 主送 on down to its colon at the left margin, so
    the lines above it that fill the measure, back to the nearest that opens on
    各, are read with it; it is a 主送 when they are one together
    (_addressees_wrapped). A stop or a semicolon on the line is a sentence's,
    no 主送's. (Not _addressees_head's walk, which also takes a first line of
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


def _organs_only(text: str) -> bool:
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


def _opens_text(lines: list[Line], start: int, skip: set[int] = frozenset()) -> bool:
    """Line start begins a text: the file's first line, or one under a line
    that ends a sentence, a document's frame, a table or the 目录 (skip); a
    body line the sentence above runs into opens nothing."""
    return start == 0 or start - 1 in skip or ends_sentence(lines[start - 1].text) \
        or ends_frame(lines, start - 1) or lines[start - 1].cells is not None \
        or ends_on_entry_page(lines[start - 1].text)


# A numeral alone on a line: an outline item's label whose text an excerpt or a page cut off, no line of a title.
NUMERAL_ALONE_RE = re.compile(r"[一二三四五六七八九十]{1,3}")


def _title_start(lines: list[Line], first: int, end: int, skip: set[int], floor: int,
                 full_width: float) -> int:
    start = first
    division = kind_of(join_title([line.text for line in lines[first:end]])) == "分工"
    while start > floor and end - start < title_lines(full_width) and not lines[start].starts_block:
        above = lines[start - 1]
        if division and (re.search(r"[:：]", above.text) or start - 2 >= floor and _field_goes_on(lines[start - 2], full_width)):
            break  # a leaders' 工作分工 is headed by its organ and the posts it divides the work of, no field (a label
            # and its value after a colon, '湖长:某某 副省长协助:省水利厅'), nor a field's value the wrap carried on
            # under it
        if start == first and DEED_NAME_RE.match(lines[start].text.strip()) and not wrapped(above, full_width) \
                and not ORGAN_END_RE.search(above.text.strip()):
            break  # a 文书's name alone on its line takes no line above but its organ's name (title_blocks)
        if start - 1 in skip or not title_line(lines, start - 1) or (
                re.search(r"[:：@]|\d[%％]?$", above.text) and not wrapped(above, full_width)
                and not answered_lead(above.text) and not quotation_open(above.text)
                and not POSTED_NOTE_CUT_RE.search(above.text)
                and not (re.search(r"\d$", above.text) and (_centred_pair(lines, start, full_width)
                                                            or _year_cut(above.text, lines[start].text)))
                and not _span_cut_open(above.text, join_title([line.text for line in lines[start:end]]))) \
                or re.search(r"[，；,;]", above.text) or ends_file_name(lines, start - 1) \
                or _closed_annex_entry(lines, start - 1, full_width):
            break  # a clause mark is a sentence's, no title's (title_blocks); a linked file's name ends there, and
            # an 附件说明's entry its 发文字号 closes
        if _framed_over_cut(lines, start, end, floor, full_width):
            start -= 1  # a title wrapped over lines under a short line that stops mid-sentence, its 发文字号 and 主送
            continue  # under it (_framed_over_cut): its first line is none of that sentence's
        if start - 2 >= floor and numbered_on(lines[start - 2].text, above.text):
            break  # a list's row numbered on from the row above ('33 石棉' / '34 矿泉水') is no title's first line
        if start - 2 >= floor and _list_left_open(lines, start - 2, full_width):
            break  # the line above is the rest of a list the wrap cut ('抄送:区应急局、区水利局、' / '区文旅体局')
        if start - 2 >= floor and bare_article(lines[start - 2].text):
            break  # the line under an article's label set alone is that article's (its caption or text: an extractor
            # broke the line after the label), no title's first line ('第六条' / '管理单位' / '…管理办法')
        if BRACKETED_HEADING_RE.fullmatch(above.text.strip()):
            break  # a heading in 【】 alone on its line ('【案情简介】') heads its part's text: a title under it (the
            # text above cut short on the heading) begins on its own line
        head = lines[start].text
        if head.lstrip().startswith("《") and not _quoting_head(above.text):
            break  # a title opening on the quoted name of its text: over it only its organ or its head's verb
        if _printed_again(lines, start - 1, start, reach=end - start):
            break  # the title printed above it whole (a web page's title over the title as printed)
        if _centred_pair(lines, start, full_width) \
                and not (kind_of(above.text) and balanced(above.text)) \
                and not (TITLE_GRAMMAR_RE.match(head.strip()) and not re.search(r"[、省市县区州旗盟]$", above.text)
                         and not _listed_name_cut(above.text, head) and not _spaced_names_over(above.text, head)):
            start -= 1  # a title is centred (GB/T 9704 7.3.1): where the file keeps each line's place, the centred
            continue  # lines over its last are its lines, wherever the wrap cut its words (not over a line that
            # opens as a title does, its 发文机关 and 关于, unless the line above leaves a list of organs or a place's
            # name open, '…、政协北京市' / '顺义区委员会办公室关于'; nor a whole title of its own above it)
        if _margin_over_centred(lines, start - 1, full_width) or _indented_over_centred(lines, start - 1, full_width):
            break  # a short line at the margin over a centred one (a 抄送's last, a sentence's) is none of its lines,
            # nor one set at a paragraph's indent (a paragraph's, or a table's cell set as one)
        if organ_alone(above.text) and _organs_over_kind(lines, start, end):
            start -= 1  # a 公告's or 令's title is its organs' names and its kind (GB/T 9704 10.1): the kind
            continue  # alone under the organs, one a line
        if is_order_name(head) and len(organ_names(above.text + re.sub(r"(?:公告|令)$", "", head))) >= 2:
            start -= 1  # a joint 公告's organs parted by spaces, the wrap putting the last with the kind word
            continue
        if is_order_name(head) and _order_organ_cut(above.text, head):
            start -= 1  # the organ of a 公告 or 令 (GB/T 9704 10.1-10.2: organ + kind) cut by the wrap inside its
            continue  # name, its ending left with the kind word ('…人民代表大会常务委员' / '会公告')
        if is_order_name(head):
            break  # a 令's 版头 is a whole title: a regulation title above it is its own (_promulgated_above)
        if joint_head_wrapped(lines[:end], start - 1) and not joint_head_wrapped(lines[:end], start):
            start -= 1  # a joint head run in, organs parted by spaces, that the wrap cut before its last organ
            break  # ('某市中级人民法院 某市人民检察院' / '某市公安局 关于…'): its first line, no signature above
        if ABOUT_RE.match(head) and forwarding(above.text):
            start -= 1  # '转发XX厅等部门' over the forwarded title's '关于…': its issuer may stand above that
            continue
        if signs_text_above(lines, start - 1, floor) or signs_under_contact(lines, start - 1, floor) \
                or signs_for_another_place(lines, start - 1, floor) \
                or not ABOUT_RE.match(head) and _signed_under_close(lines, start, skip, full_width) == start:
            break  # the signature of the text above (a reply printed without its date; an organ's name under its
            # 结束语, '特此通知。', over a title with no 关于 that needs none: a 印发 notice's, over the text it
            # issues; one under the contact the text closes with, the office it names), not this title's 发文机关
        if ABOUT_RE.match(head) or (PASSING_HEAD_RE.match(head) and ORGAN_END_RE.search(above.text)):
            if (ORGAN_END_RE.search(above.text) and not _places_listed(above.text) or lead_and_others(above.text)) \
                    and not _sentence_tail_over(lines, start - 1, skip, full_width) \
                    and not _rows_under_caption(lines, start - 1, skip, full_width) \
                    and not _listed_row(lines, start - 1, skip, join_title([line.text for line in lines[start:end]]),
                                    full_width) \
                    or issuing_organs(above.text) or (ABOUT_RE.match(head) and SESSION_RE.match(above.text)) \
                    or _declaring_parties_over(above.text, join_title([line.text for line in lines[start:end]])):
                start -= 1  # the 发文机关 on its own line above 关于 or 转发, perhaps with the verb; a 决议's session;
                # a joint declaration's parties
                if ABOUT_RE.match(head) and (_organ_wrapped_above(lines, start, skip, floor, full_width)
                                             or _session_wrapped_above(lines, start, skip, floor, full_width)):
                    start -= 1  # its name longer than the measure: '…常务委员会代' / '表资格审查委员会' / '关于…'
            elif ABOUT_RE.match(head) and (_session_wrapped_above(lines, start - 1, skip, floor, full_width)
                                           or _organ_wrapped_above(lines, start - 1, skip, floor, full_width)):
                start -= 2  # a 决议's session or an organ longer than the measure: '…人民代表大会第二次' / '会议' /
                # '关于…', '…指挥部办公' / '室' / '关于…'
            break
        if PASSING_HEAD_RE.match(head) and _organ_wrapped_above(lines, start - 1, skip, floor, full_width):
            start -= 2  # a 印发 or 转发 title's 发文机关 set over its 事由 as over 关于 (GB/T 9704 7.3.1: 发文机关 + 事由
            break  # + 文种), its name longer than the measure: '中共XX区委 XX区人民政' / '府' / '印发《…》的通知'
        if _organ_cut_above(above, head, full_width):
            start -= 1  # the 发文机关 the wrap cut in its ending: '…领导小组办公' / '室关于…'
            break
        if _session_cut_above(above, head, full_width):
            start -= 1  # a 决议's session the wrap cut in its name: '…人民代表大会第二' / '次会议关于…'
            break
        if organ_alone(above.text) and start - 2 >= floor and organ_alone(lines[start - 2].text) \
                and not wrapped(above, full_width) and not _meeting_cut(lines[start - 2].text, above.text):
            if _heads_unnamed_title(lines, start, end, floor):
                start -= 1  # the organ the text above never names, over a title of 事由 and kind with no 关于
            break  # the organs that issue a text, one a line over its title (GB/T 9704 7.3.5.2), head no title
        if _about_line_over(lines, start, end, floor, full_width):
            start -= 1  # a centred title's lines part where its words do, not at the measure (GB/T 9704 7.3.1:
            continue  # '关于取消某某乡' / '2021年9月21日…的通告'): the line that opens on its 关于 is its first, or the
            # first under its organ
        if ABOUT_RE.search("".join(line.text for line in lines[start:end])) \
                or not (wrapped(above, full_width) or _wrapped_into(above, head)):
            break
        if _kinds_apart(above, lines[start], full_width):
            break  # a title ends on one 文种: the kind word alone under one ending on its own is a title of its own
        if balanced("".join(line.text for line in lines[start:end])) \
                and not balanced("".join(line.text for line in lines[start - 1:end])) \
                and not _opened_above(lines, start - 1, end, floor, full_width):
            break  # a title closes only the brackets it opens: "…负责)" above it ends a sentence's aside
        if (_sentence_wraps_into(lines, start - 1, skip) and not _framed_title_from(lines, start - 1, end)
                or _clause_runs_into(lines, start - 1, skip, floor, full_width)
                and not _rule_over_articles(lines, start - 1, end) and not _plan_over_cover(lines, start - 1, end)) \
                and not _organ_about_title_addressed(lines, start - 1, end):
            break  # the line above goes on with a sentence of the body: no title's first line (unless it opens on a
            # place's or organ's name that, with the lines under it, names a rule over its first 第一章 or 第一条,
            # 规章制定程序条例 第七条: a sentence the store cut above it runs on into no rule's name unquoted, and no
            # sentence goes on with a rule's first article; a web page's title over two lines, '…管理' / '办法（试行）';
            # nor, _plan_over_cover, into a place's plan over its cover's organ and year and month; nor,
            # _organ_about_title_addressed, into an organ's name and 关于 that close on a 文种 over a 主送)
        if _rule_under_sentence_words(lines, start, end):
            break  # a rule's name over its first article opens on its place: the words over it are a sentence's
        if _set_vertically(lines, start - 1, floor):
            break  # a banner set vertically, one character a line, over the title: none of its lines
        if _object_of_cut_sentence(lines, start - 1, floor):
            break
        start -= 1
    return start


def _framed_over_cut(lines: list[Line], start: int, end: int, floor: int, full_width: float) -> bool:
    """The line over lines start..end holds no sentence's mark and, with them,
    ends on a 文种 (GB/T 9704 7.3.1), a line the wrap filled, as a title's
    lines are but its last; a 发文字号 on its own line and the 主送 stand
    under them (7.2.4, 7.3.2); and the line over that line stops short
    of the measure inside its sentence: a hard wrap fills every line of a
    paragraph but its last, so a sentence that stops on a short line (an
    excerpt the store cut there, on a '、' or a word) goes on into no line under
    it, and the line is the title's first, as the frame under it says, not the
    cut sentence's rest. A short line that ends its sentence says nothing of
    the line under it, a line indented as a paragraph's first (GB/T 9704
    7.3.3, 左空二字) opens the body's paragraph, no title (7.3.1 centres it),
    and a whole title over the same title again is the page's headline over
    the title as printed (_printed_again), no first line of it."""
    above = lines[start - 1].text.strip()
    return start - 2 >= floor and not lines[start - 2].cells and not wrapped(lines[start - 2], full_width) \
        and not ends_sentence(lines[start - 2].text.strip()) and not paragraph_indent(lines[start - 1]) \
        and printed_width(lines[start - 2]) + paragraph_indent(lines[start - 2]) < full_width * MEASURE.fills \
        and printed_width(lines[start - 1]) + paragraph_indent(lines[start - 1]) >= full_width * MEASURE.fills \
        and not CLAUSE_MARK_RE.search(above) and "、" not in above \
        and bool(kind_of(join_title([line.text for line in lines[start - 1:end]]))) \
        and not _printed_again(lines, start - 1, start, reach=end - start) \
        and _number_and_addressees_under(lines, end)


def _about_line_over(lines: list[Line], start: int, end: int, floor: int, full_width: float) -> bool:
    """The line over lines start..end opens on 关于 and holds no sentence's mark, the lines under it hold no 关于 of
    their own, and no line the wrap filled runs on into it: a title's first line (标题 = 发文机关 + 关于 + 事由 +
    文种, GB/T 9704 7.3.1) cut where its words part, as a centred title is set, and no sentence's line, which would
    stop on a mark or run on from the line above."""
    above = lines[start - 1].text.strip()
    return bool(ABOUT_RE.match(above)) and not re.search(r"[，。；：,;:！？!?、]", above) \
        and not ABOUT_RE.search(join_title([line.text for line in lines[start:end]])) \
        and not (start - 2 >= floor and wrapped(lines[start - 2], full_width))


def _framed_title_from(lines: list[Line], k: int, end: int) -> bool:
    """Lines k..end read as a 标题 by its grammar (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种, or 关于 first where
    the page leaves its organ out), closing every bracket, 《》 and quotation mark they open and none they did not,
    with the 发文字号 on its line under them and the 主送 under that (7.2.4, 7.3.2; _number_and_addressees_under):
    the title's own lines, though the sentence above them stops with a name or a quotation left open (the store cut
    it there, '…行政审批“三集' over '关于印发《…' / '…》的通知'). A sentence that runs on into a name it cites closes
    that name inside the lines it runs on to, and goes on with words, never with a number and a 主送."""
    title = join_title([line.text for line in lines[k:end]])
    return bool(ABOUT_RE.match(title) or TITLE_GRAMMAR_RE.match(squash(title))) and balanced(title) \
        and title.count("“") == title.count("”") and _number_and_addressees_under(lines, end)


def _organ_about_title_addressed(lines: list[Line], k: int, end: int) -> bool:
    """Line k opens on an organ's name and 关于 and holds no mark of a sentence, and lines k..end join into a 标题 by
    its grammar (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种), closing every bracket it opens, with the 主送 on the
    line under its last (7.3.2). A sentence the store cut above it (a page's excerpt that stops on a word, its line
    filling the measure) runs on into no organ's name and 关于 that closes on a 文种 over a 主送: a sentence names a
    text it cites inside 《》 and goes on with words, so line k is the title's first, whatever the line above."""
    text = lines[k].text.strip()
    about = ABOUT_RE.search(text)
    if not about or about.start() < 2 or re.search(r"[\s，。；：！？、,.;:!?“”《》]", text) \
            or not ORGAN_END_RE.search(text[:about.start()]):
        return False
    title = join_title([line.text for line in lines[k:end]])
    return kind_of(title) in DOCUMENT_KINDS and balanced(title) and title.count("“") == title.count("”") \
        and addressees_from(lines, end)


def _plan_over_cover(lines: list[Line], start: int, end: int) -> bool:
    """Lines start..end are a plan's title opening on its place's name ('庐江县国民经济和社会发展' / '第十四个五年规划…
    纲要'), its cover's organ and year and month under it (dated_under): a sentence the store cut above runs on into
    no place's plan and on to a cover's imprint, so the line that opens on the place is the title's first."""
    return placed_plan_title(join_title([line.text for line in lines[start:end]])) and dated_under(lines, end)

def _list_left_open(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k, no line of a title, ends on the enumeration comma (、), or is a 抄送 line (GB/T 9704 7.4.2) the wrap
    cut at the full measure: the list it holds (a 抄送's organs; a sentence's items) goes on, since no list ends on
    、 and a 抄送 line ends on its last organ, and the line under it is that list's rest, however short and
    organ-like ('…区水利局、' / '区文旅体局', '…区水利局、区' / '文旅体局'), no title's first line."""
    text = lines[k].text.rstrip()
    return (text.endswith("、") or bool(CC_LINE_RE.match(text)) and wrapped(lines[k], full_width)) \
        and not title_line(lines, k)


PARTICLE_OPENING_RE = re.compile(r"^\s*的(?!士)")  # (的士, a taxi, is a word)
# A sentence that stops on a preposition or a verb of giving goes on with its object ('…可从' / '某局'): 从, 向, 由,
# 到, 经, 与, 对, 给, 往, 至.
OBJECT_ASKED_RE = re.compile(either_script(r"[从向由到经与对给往至]$"))


def _object_of_cut_sentence(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, an organ's name alone, is the object a sentence above runs on into after a word that asks for one
    ('…表格等可从' / '某某县人力资源和社会保障局'), the page's excerpt cut there: no 发文机关 of the title under it.
    A place's name may end on such a character, the two lines one organ's name ('…协商会议东至' / '县委员会')."""
    return organ_alone(lines[k].text) and k - 1 >= floor and bool(OBJECT_ASKED_RE.search(lines[k - 1].text)) \
        and not masthead_name(lines[k - 1].text.strip() + lines[k].text.strip())


def _meeting_cut(above: str, below: str) -> bool:
    """The wrap cut 会议 ('…政治协商会' / '议某某县委员会'): the 会 ends no name there, so the two lines are one
    name (the 政协's, '中国人民政治协商会议某某县委员会'), not two organs a line each."""
    return above.rstrip().endswith(("会", "會")) and below.lstrip().startswith(("议", "議"))


def _span_cut_open(above: str, below: str) -> bool:
    """The line above ends on a figure inside a bracket it leaves open, and
    the title's lines under it close that bracket: the span of years a
    方案's or 规划's title names after its 文种 ('…实施方案(2019—2021' /
    '年)'), which the wrap cut after its last year. The figure ends no row of
    a list nor a number of a field: the bracket goes on."""
    return bool(re.search(r"[（(][^（）()]*\d$", above)) and not balanced(above) and balanced(above + below)


def _field_goes_on(line: Line, full_width: float) -> bool:
    """The line holds a field, a label and its value after a colon, that goes
    on under it: it ends on the colon (the value under its label), or the wrap
    filled it. An 附件's mark ('附件：') heads its title, no value."""
    text = line.text.strip()
    return bool(re.search(r"[:：]", text)) and not ANNEX_MARK_RE.match(text) \
        and (bool(re.search(r"[:：]$", text)) or wrapped(line, full_width))


def _heads_unnamed_title(lines: list[Line], start: int, end: int, floor: int) -> bool:
    """The organ alone on the line over the title (a signature's line over
    it) heads that title (标题 = 发文机关 + 事由 + 文种, GB/T 9704 7.3.1, the
    organ alone on the first line: '某某市人民政府' / '土地征收公告'), not the
    text above as a joint signer (7.3.5.2): the title under it has no 关于
    and names no organ, the organ over it is one, right under the text's
    last sentence (its signature, undated: no stack of authors under a
    date), and the text above never names the organ, as a text names the
    bodies that sign it jointly."""
    if start - 3 < floor or not ends_sentence(lines[start - 3].text) or is_date_line(lines[start - 3].text):
        return False
    title = join_title([line.text for line in lines[start:end]])
    name = squash(lines[start - 1].text)
    if not kind_of(title) or ABOUT_RE.search(title) or re.search(ORGAN_ENDING, title[:-len(kind_of(title))]):
        return False
    return name not in squash("".join(line.text for line in lines[max(floor, start - 1 - SIGNED_TEXT_REACH):start - 1]))


def _places_listed(text: str) -> bool:
    """A line of names parted by 、 that are not all organs ('…县、眉山市东坡区、彭山县、…、罗江县农业局': places, the
    wrap's last line of a list of units): no 发文机关 over a title, whose joint organs are each named whole
    ('财政部、教育部关于…')."""
    items = [item for item in re.split(r"[、]", text.strip()) if item]
    return len(items) > 1 and not all(ORGAN_END_RE.search(item) for item in items)


SIGNED_TEXT_REACH = 80  # lines above an organ's name read for the body that speaks of it as 我局, 我委


def signs_text_above(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, one organ's name alone under a line that ends a sentence, is
    the signature of the text above (GB/T 9704 7.3.5) when that text speaks
    of its author as the organ's own word ('我局…', '交我局研究办理' over
    '某某县交通运输局'; 我委 for a 委员会, 我办 for an 办公室; not a government's
    我市 or 我县, which any text about the place says: frame.self_word):
    a reply printed without its date ends there, and the title under it
    begins on its own line. An organ over a title that the text above never
    speaks as is that title's 发文机关 (GB/T 9704 7.3.1)."""
    name = re.sub(r"\s", "", lines[k].text)  # (read through a scanner's spaces: '南华县交通 运输局')
    if k <= floor or not organ_alone(name) or not ends_sentence(lines[k - 1].text):
        return False
    word = self_word(name)
    return bool(word) and word in "".join(line.text for line in lines[max(floor, k - SIGNED_TEXT_REACH):k])


def signs_under_contact(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, one organ's name alone under the contact lines that follow
    the last sentence of the text above ('联系人:…' / '联系电话:…', perhaps
    under that organ's name: GB/T 9704 7.3.6), is that text's signature
    (7.3.5) when the text names it as the office to reach ('…请向某某局反馈。'),
    though the excerpt ends before its date: the title under it begins on its
    own line. An organ the text above never names is the 发文机关 of the
    title under it (7.3.1), though a text ending on a contact stands above."""
    name = re.sub(r"\s", "", lines[k].text)
    if k <= floor or not organ_alone(name):
        return False
    j = over_contact([line.text for line in lines], k, name)
    return j is not None and j >= floor and ends_sentence(lines[j].text) \
        and name in "".join(re.sub(r"\s", "", line.text) for line in lines[max(floor, j - SIGNED_TEXT_REACH):k])


# The place an organ's name opens on, past 中共 ('中共某县委' is of 某县): a region, province, prefecture, city, county
# or district, its name and its level word ('湘西自治州', '历下区', '潮州市' read as far as its first level word).
ORGAN_PLACE_RE = re.compile(either_script(
    r"^(?:中共)?([\u4e00-\u9fa5]{1,8}?(?:自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗))"))


def _organ_place(name: str) -> Optional[str]:
    """The place an organ's name opens on ('历下区' of '历下区人民政府办公室'), None for a name that opens on no
    place's (国务院…, 国家…, a level word alone: '区人民政府办公室')."""
    match = ORGAN_PLACE_RE.match(name)
    return match.group(1) if match and from_its_place(name) else None


def signs_for_another_place(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, one organ's name alone right under the text above's last line
    (a sentence it ends, or the contact it closes with: GB/T 9704 7.3.6), is
    that text's signature (7.3.5.1), though no date follows it, when the
    title under it opens on an organ of another place: organs that issue a
    text jointly are 同级 organs of one government's rank (党政机关公文处理
    工作条例 第十七条), and a joint title names them each whole, of the one
    place, over its 关于 ('中共某县委办公室' / '某县人民政府办公室' / '关于…').
    A district's office over a prefecture's ('历下区人民政府办公室' /
    '湘西自治州人民政府办公室' / '关于…的通知') signs the text above; an organ
    of the same place over the title's organ may be its joint issuer."""
    if k <= floor or k + 1 >= len(lines):
        return False
    name = squash(lines[k].text)
    if not organ_alone(name) or (place := _organ_place(name)) is None:
        return False
    if not ends_sentence(lines[k - 1].text) and over_contact([line.text for line in lines], k, name) is None:
        return False
    below = squash(lines[k + 1].text)
    about = ISSUING_WORD_RE.search(below)
    organ = below[:about.start()] if about else below  # (the title's own 发文机关: its name whole, before its 关于)
    other = _organ_place(organ) if organ_alone(organ) else None
    return other is not None and not other.startswith(place) and not place.startswith(other)


# Characters of an organ's name past the part a cut signature keeps, up to the title's 关于 (or 印发, 转发, 批转):
# '员会办公室' after '某某市老龄工作委'.
CUT_NAME_REST = 8


def signs_cut_short(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, an organ's name alone, is the signature of the text above, cut
    by the excerpt's end inside the name (GB/T 9704 7.3.5.1: the 发文机关署名
    is the organ the title names, 7.3.1): the title above names an organ that
    opens with the line's characters and runs on past them to its 关于, the
    line stopping inside a word of it ('某某市老龄工作委' under a text titled
    '某某市老龄工作委员会办公室关于…': 委员会 runs across the cut). A name cut
    inside a word is no organ's name whole, and a title's joint issuers are
    each named whole (7.3.1): no issuer of the title below. A line that stops
    at a word's end ('某某市民政局' under '某某市民政局办公室关于…') is an
    organ's name whole, and may be one; a line the wrap cut inside the name
    goes on with its rest on the line under it ('员会办公室关于…'): the first
    line of a title of the same organ."""
    name = re.sub(r"\s", "", lines[k].text)
    if k <= floor or not organ_alone(name):
        return False
    # (the text above from its title on, which stands over the floor, where its block or a candidate's ends)
    above = "".join(re.sub(r"\s", "", line.text) for line in lines[max(0, k - SIGNED_TEXT_REACH):k])
    below = re.sub(r"\s", "", lines[k + 1].text) if k + 1 < len(lines) else ""
    return any(splits_word(name, rest.group(1)) and not below.startswith(rest.group(1)[:2])
               for rest in re.finditer(re.escape(name) + r"([\u4e00-\u9fa5]{1,%d}?)(?:关于|转发|印发|批转)" % CUT_NAME_REST,
                                       above))


def _printed_line(lines: list[Line], k: int) -> bool:
    """Line k is the 版记's 印发 line (GB/T 9704 7.4.3), the last of a document,
    which may fill the measure: no line of a title runs on from it."""
    return k >= 0 and bool(PRINTED_LINE_RE.search(lines[k].text))


def _organs_over_kind(lines: list[Line], start: int, end: int) -> bool:
    """The title so far is organs' names one a line over a kind that a
    公告 or 令 is titled by with them alone ('公告')."""
    return squash(lines[end - 1].text) in NUMBERED_KINDS and all(organ_alone(line.text) for line in lines[start:end - 1])


def _opened_above(lines: list[Line], k: int, end: int, floor: int, full_width: float) -> bool:
    """The 《》 line k closes open on a title line above it, within a title's reach: a title
    wrapped inside the law it names ('山东省实施《中华人民共和国全国人民代' / '表大会…代表法》' / '办法').
    A bracket closed there ('…县财政局负责)') ends a sentence's aside, wherever it opened, unless
    what it holds is an organ's name: the other name the 发文机关 goes by, printed after its first in
    the title (GB/T 9704 7.3.1, '某县人民政府（某开发区管委会）' / '土地征收启动公告')."""
    text = lines[k].text
    closed = bool(re.match(r"[^（(]*[）)]", text))  # a bracket opened above
    if not closed and (text.count("》") <= text.count("《")
                       or text.count("（") + text.count("(") != text.count("）") + text.count(")")):
        return False
    for j in range(k - 1, max(floor, end - title_lines(full_width)) - 1, -1):
        if not title_line(lines, j):
            return False
        if balanced("".join(line.text for line in lines[j:end])):
            held = re.search(r"[（(]([^（()）]*)$", "".join(line.text for line in lines[j:k]))
            return not closed or bool(held and ORGAN_END_RE.search(held.group(1) + re.split(r"[）)]", text)[0]))
    return False


def _year_cut(above: str, line: str) -> bool:
    """The wrap cut a year from its 年 ('…規劃和2035' / '年遠景目標綱要'): the figures at the line's end are the
    year the next line's 年 counts, no table's figure."""
    return bool(re.search(r"(?:19|20)\d\d\s*$", above)) and line.lstrip().startswith("年")


def _centred_pair(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k and the line above it are both centred (measure.centred): where the file keeps each line's place,
    lines of one title, wherever the wrap cut it (a year's figures at the first line's end, '…和2022' / '年…报告')."""
    return k > 0 and centred(lines[k], full_width) and centred(lines[k - 1], full_width)


def _listed_name_cut(above: str, head: str) -> bool:
    """Joint issuers listed with 、 (GB/T 9704 7.3.1), the wrap cutting the last listed name anywhere, even inside
    its place ('…人民代表大会常务委员会办公室、政协北' / '京市顺义区委员会办公室关于…'): the name read across the cut
    is an organ's, so the line above opens the list."""
    return "、" in above and _name_read_across(above.strip().rpartition("、")[2], head)


def _spaced_names_over(above: str, head: str) -> bool:
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


def _margin_over_centred(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k stands short at the margin over a centred line (measure.centred): where the file keeps each
    line's place, a title's lines are all centred (GB/T 9704 7.3.1), so line k (a 抄送's last, a sentence's)
    is none of the title's under it."""
    return k + 1 < len(lines) and centred(lines[k + 1], full_width) and not lines[k].runs \
        and not wrapped(lines[k], full_width)


def _indented_over_centred(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k stands short at a paragraph's indent (GB/T 9704 7.3.3: 左空二字), not centred, over a centred line:
    where the file keeps each line's place, a title's lines are all centred (7.3.1), so line k (a paragraph's only
    line, a table's cell printed one a line at the indent) is none of the title's under it, though the title
    opens on its year and not on an organ's or a place's name. Only over a centred line that opens a title by its own
    grammar (its year and place, its organ and year, or its organ and 关于): a title set larger than the body may
    place its first line at the indent, over its centred tail ('…一般高处坠落事' / '故调查报告')."""
    if not (k + 1 < len(lines) and centred(lines[k + 1], full_width) and bool(paragraph_indent(lines[k]))
            and not centred(lines[k], full_width) and not wrapped(lines[k], full_width)):
        return False
    head = re.sub(r"\s", "", lines[k + 1].text)
    return bool(PLACE_YEAR_TITLE_RE.match(head) or YEAR_TITLE_RE.match(head) or TITLE_GRAMMAR_RE.match(head))


def _organ_wrapped_above(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
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
        or bool(whole) and not wrapped(lines[k - 2], full_width)  # (joint issuers under a line that stops short: a
    # heading's, '一、总体要求', that an excerpt ends on, no body's line the wrap carried on; the 发文机关标志 over
    # the title, GB/T 9704 7.2.2, 'XX办公室文件', opens the document: no sentence goes on under it)


def _session_wrapped_above(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
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
# A title is set larger than the body (GB/T 9704 7.3.1: 2号 against the body's 3号), so its lines hold about
# three quarters of the body's characters: a title's line this much of the measure may be one the wrap filled.
TITLE_MEASURE = 0.6


def title_wrapped(line: Line, full_width: float) -> bool:
    """A title's line the wrap filled: at the body's measure (wrapped), or at
    the title's own, shorter one (TITLE_MEASURE), ending no sentence."""
    return wrapped(line, full_width) or printed_width(line) >= TITLE_MEASURE * full_width \
        and not ends_sentence(line.text)


def _order_organ_cut(above: str, head: str) -> bool:
    """The line above and the organ's part of a 公告's or 令's name under it
    ('…常务委员' / '会公告', '某某市人民政' / '府令') read as one organ's whole
    name, which the line above alone is not: the wrap cut the name, whether
    or not the line fills the measure (a title is set in a larger size than
    the body, its lines shorter, GB/T 9704 7.3.1)."""
    organ = re.sub(r"(?:命令|令|公告)$", "", head)
    return 0 < len(organ) <= ORGAN_TAIL and bool(ORGAN_START_RE.match(above.strip())) \
        and not ORGAN_END_RE.search(above) and not re.search(r"[\s，。；：,;:、]", above.strip()) \
        and organ_names(above.strip() + organ) == [above.strip() + organ]


def _organ_cut_above(above: Line, head: str, full_width: float) -> bool:
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
        and bool(ORGAN_END_RE.search(cut + head[:about.start()]))
    # (an organ's name holds no figures: a line with a date or a count, '…办公室 共印7份 2018年1月17印发', the 版记's
    # 印发 line, GB/T 9704 7.4.3, is none of the title under it)


# Characters of a session's name a wrap may leave before 关于: '次会议', '第十四次会议', or at a narrow measure
# all of a long name past its first line ('新疆…某某县第十六届人' / '民代表大会第六次会议关于…').
SESSION_TAIL = 24


def _session_cut_above(above: Line, head: str, full_width: float) -> bool:
    """党政机关公文处理工作条例 第八条: a 决议 is titled by the session that
    adopted it ('XX市XX区第十五届人民代表大会第二次会议关于…的决议', frame.SESSION_RE).
    The wrap may cut that name in its ordinal or its 会议 ('…人民代表大会第二' /
    '次会议关于…'): the line above, full at the body's measure or the
    title's own, with the characters before 关于, is the session's name whole."""
    about = ABOUT_RE.search(head)
    return bool(about) and 0 < about.start() <= SESSION_TAIL and title_wrapped(above, full_width) \
        and bool(SESSION_RE.match(re.sub(r"\s", "", above.text) + head[:about.start()]))


def _passed_on_under_organ(lines: list[Line], k: int, joined: str, lowest: int) -> bool:
    """The title's lines from k open on the verb that passes a text on (印发, 转发, 批转) under an organ's name
    alone on the line above: 发文机关 + 印发 + 事由 + 文种 (GB/T 9704-2012 7.3.1), the organs one a line over the
    verb as a joint notice's title sets them ('中共某某县委办公室' / '某某县人民政府办公室' / '印发《…》的通知'),
    however the wrap cut the lines under it."""
    return bool(PASSING_HEAD_RE.match(joined)) and k - 1 >= lowest and organ_alone(lines[k - 1].text)


# An organ's name, then 关于, where the name may hold a campaign's or a programme's name in quotation marks, as a
# 领导小组 or its office is named by its work ('某某市“四好农村路”建设领导小组办公室', '“扫黄打非”工作领导小组'), and
# may be two bodies' names joined by 暨 (one office serving both): as long as such a name gets.
QUOTED_ORGAN_ABOUT_RE = re.compile(r"^(?:[\u4e00-\u9fa5]|“[\u4e00-\u9fa5]{1,12}”){2,48}?" + ORGAN_ENDING + "关于")


def _organ_about_opens(lines: list[Line], head: int, end: int, full_width: float) -> bool:
    """GB/T 9704 7.3.1: the 标题 opens on its 发文机关's name, then 关于. The
    name is printed whole however long it is (a 领导小组's office named by the
    work it leads, its quoted name and all, or two such bodies' joined by 暨),
    and a name longer than the title's line goes on to the next one, as any of
    its lines does: line head opens on an organ's name and 关于, on the line
    itself or, the line full (title_wrapped), across it and the next."""
    text = lines[head].text.strip()
    return bool(ORGAN_ABOUT_RE.match(text) or QUOTED_ORGAN_ABOUT_RE.match(text)) \
        or _organ_runs_past_line(lines, head, end, full_width)


def _organ_runs_past_line(lines: list[Line], k: int, end: int, full_width: float) -> bool:
    """Line k, full (title_wrapped) and holding no 关于, opens on an organ's
    name that the line under it ends before its 关于 (_organ_about_opens): a
    name longer than the title's line. A line under it that opens on a
    place's or an organ's name of its own ('某某市人民政府关于…') opens its
    own title (joint issuers are named one a line, GB/T 9704 7.3.1): line k,
    a name whole or not, is none of it; nor is a name parted from the next
    by a space (joint issuers run on one line)."""
    text = lines[k].text.strip()
    return k + 1 < end and title_wrapped(lines[k], full_width) and not ABOUT_RE.search(text) \
        and not ORGAN_END_RE.search(text) and not ORGAN_START_RE.match(lines[k + 1].text.strip()) \
        and bool(QUOTED_ORGAN_ABOUT_RE.match(text + lines[k + 1].text.strip()))


def _grammar_head(lines: list[Line], last: int, end: int, skip: set[int], floor: int, limit: int,
                  full_width: float, stack_floor: Optional[int] = None) -> int:
    """Where a title wrapped anywhere begins by the 标题 grammar, 发文机关 +
    关于 + 事由 + 文种: at the topmost of its lines that holds 关于 (or 转发,
    印发, 批转), with the lines of organ names right above it (the issuers,
    one a line); the kind word's own line when no line holds one."""
    head = last
    lowest = max(floor, end - limit)
    k = last
    while k - 1 >= lowest and k - 1 not in skip and title_line(lines, k - 1) and not lines[k].starts_block:
        k -= 1
        if _organ_about_opens(lines, head, end, full_width) and ORGAN_START_RE.match(lines[head].text.strip()) \
                and (not _heads_organ_title(lines, k, head) or _about_over_unnested(lines, k, head, end)):
            break  # an organ's name and 关于 open the title (GB/T 9704 7.3.1): lines above that neither open as a title
            # does nor name its issuers are the tail of a sentence the excerpt cut ('门楼牌按照关于地名'), though they
            # hold a 关于 of their own
        if any(_about_over_organ_head(join_title([line.text for line in lines[k:o]]), lines[o].text, lines[o + 1].text)
               for o in range(k + 1, last)):
            break  # the 发文机关 alone on its line over 关于 heads the title: a line above with a 关于 of its own, passing
            # nothing on, is a sentence's tail the excerpt cut (_about_over_organ_head)
        if (_holds_issuing_word(lines, k, end) or _alias_cut(lines, k, end)) and (TITLE_GRAMMAR_RE.match(joined := join_title(
                [line.text for line in lines[k:end]])) or _passed_on_under_organ(lines, k, joined, lowest)) \
                and not _sentence_wraps_into(lines, k, skip) and not CITING_OPENER_RE.match(lines[k].text.strip()):
            head = k  # (a line opening on the ground a sentence cites, '根据…转发的《…》…', is the body's, whatever
            # 转发 or 关于 it holds: no title opens so, GB/T 9704 7.3.1)
        elif ORGAN_START_RE.match(lines[k].text.strip()) and _organ_runs_past_line(lines, k, end, full_width) \
                and not _sentence_wraps_into(lines, k, skip):
            head = k  # the 发文机关's name longer than the line, its 关于 on the next
    def organ_line(k: int, reach: int = lowest) -> bool:
        """An organ's name on a line of its own: not its ending alone, nor the last words of a
        line the measure wrapped ('…嘉兴银监分局、嘉兴' over '电力局': a list's last name), nor
        of one the print broke inside the second of one place's names ('…办公室 甘' over
        '谷县林业和草原局': _one_places_organs)."""
        return k >= reach and k not in skip and len(lines[k].text) <= 25 and bool(ORGAN_END_RE.search(lines[k].text)) \
            and titleish(lines[k]) and not re.search(r"\s", lines[k].text) and not BARE_ENDING_RE.match(lines[k].text) \
            and not (k > 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width)
                     and not _closes_duty_note(lines, k - 1, skip) and not _column_of_names(lines, k)) \
            and not (k > 0 and k - 1 not in skip and not ORGAN_END_RE.search(lines[k - 1].text)
                     and _one_places_organs(lines[k - 1].text + lines[k].text)) \
            and not _listed_row(lines, k, skip, join_title([line.text for line in lines[head:end]]), full_width) \
            and not _margin_over_centred(lines, k, full_width) and not _object_of_cut_sentence(lines, k, floor) \
            and not signs_cut_short(lines, k, floor) and not signs_for_another_place(lines, k, floor if stack_floor is None else stack_floor)

    def wrapped_organ(k: int, reach: int = lowest) -> bool:
        """Lines k - 1 and k: one organ's whole name the measure wrapped, its first line as full as a line gets and
        ending inside the name ('某某市某某县市场监督' / '管理局'), its rest alone on the next line. A joint title names
        each issuer whole, one a line (GB/T 9704 7.3.1, 联合行文), and a name longer than the measure goes on to the
        next line as any line does: two lines that read as one organ's name and nothing else are one name of the
        stack. Nothing runs on into its first line from above (wrapped), but the 发文机关标志 '…文件' goes on into
        nothing (7.2.3), and a name that begins with the place the stack's next name (line k + 1) begins with is one
        more of one place's joint issuers (_one_places_organs), however full the line above it ends."""
        if not (k - 1 >= reach and k - 1 not in skip and k not in skip) or lines[k].starts_block:
            return False
        first, rest = lines[k - 1].text, lines[k].text
        return wrapped(lines[k - 1], full_width) and not ORGAN_END_RE.search(first) \
            and bool(ORGAN_END_RE.search(rest)) and not re.search(r"\s", first + rest) \
            and organ_alone(first + rest) and titleish(lines[k - 1]) and titleish(lines[k]) \
            and not (k - 2 >= 0 and k - 2 not in skip and wrapped(lines[k - 2], full_width)
                     and not ISSUER_MARK_RE.match(lines[k - 2].text.strip())
                     and not (k + 1 < len(lines) and lines[k + 1].text[:PLACE_PREFIX] == first[:PLACE_PREFIX]))

    def stack_step(top: int, head: int) -> int:
        """The lines of the stack's next name right above line top: an organ's name alone on its line (1), or,
        over a name of the stack already, one the measure wrapped over two lines (2); 0 where the stack ends."""
        if lines[top].starts_block:
            return 0
        if organ_line(top - 1):
            return 1
        return 2 if top < head and wrapped_organ(top - 1) else 0

    def issuers_above(head: int) -> int:
        top, whole = head, True
        while step := stack_step(top, head):
            whole = whole and step == 1
            top -= step
        if top == lowest < head and ISSUING_WORD_RE.search(lines[head].text) \
                and whole and all(organ_alone(lines[k].text) for k in range(top, head)):
            while organ_line(top - 1, floor if stack_floor is None else stack_floor) and organ_alone(lines[top - 1].text) \
                    and not lines[top].starts_block:
                top -= 1  # 联合行文: a title names every organ that issues it (GB/T 9704 7.3.1), and a joint title may
                # stack as many names one a line over its 关于 line as there are issuers (eight bodies of a district
                # over '关于印发《…》的通知'); past the lines a title may take, the stack goes on while each line is one
                # organ's whole name, which no run of a list's or a sentence's short lines is
        if ISSUING_WORD_RE.search(lines[head].text) or head - top <= 1:
            head = top
        # else: organs one a line over a title with no 关于 (…实施办法) are the text's authors (GB/T 9704 7.3.5.2)
        return _joint_issuers_above(lines, head, skip, lowest, full_width)

    start = issuers_above(head)
    if start == head and head - 1 >= lowest and head - 1 not in skip and not lines[head].starts_block \
            and _place_set_apart(lines[head - 1].text, lines[head].text):
        start = issuers_above(head - 1)  # the organ's place set on a line of its own, and the organs over it
    return start


PLACE_APART_CHARS = 12  # characters of a place's name the print sets on a line of its own, at most


# The verb a title's 关于 may take before the organ whose text it passes on ('某市人民政府关于转发' / '省人民政府办公厅'
# / '关于…的通知的通知', '…关于转发《某某省民政厅…' / '…动员局' / '关于…》的通知').
PASSING_VERB_RE = re.compile(either_script(r"(?:转发|印发|批转|转批|公布|发布)"))


def _about_over_organ_head(text: str, organ: str, head: str, organ_needed: bool = True) -> bool:
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


def _about_over_unnested(lines: list[Line], i: int, k: int, end: int) -> bool:
    """GB/T 9704 7.3.1: a title opening on its organ and 关于 (line k) has
    one 关于 after its organ, unless its 事由 cites another organ's title
    whole ('XX市人民政府关于同意' / 'XX县人民政府关于…的请示的批复'): then it
    ends on the cited 文种 and its own. Lines i..k-1 that hold a 关于 of their
    own, pass nothing on after it and leave no 《 open, over a title that
    ends on one 文种, are the tail of a sentence the excerpt cut ('…省人民
    政府关于完整准确全'), no lines of that title."""
    above = squash("".join(line.text for line in lines[i:k]))
    return not quotation_open(above) and _about_over_organ_head(above, "", "", organ_needed=False) \
        and not NESTED_KINDS_RE.search(join_title([line.text for line in lines[k:end]]))


def _place_set_apart(above: str, line: str) -> bool:
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


def _sentence_wraps_into(lines: list[Line], k: int, skip: set[int]) -> bool:
    """A line of the body, a sentence's stop in it, leaves a name it cites open ('…起启用。根据《某某局') and
    runs on into line k: k's 关于 is that name's ('关于…有关事项'), no title's first line, whatever words it
    opens on."""
    return k > 0 and k - 1 not in skip and bool(re.search(r"[。；！？;!?]", lines[k - 1].text)) \
        and quotation_open(lines[k - 1].text)


def _clause_runs_into(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
    """A clause mark is a sentence's, no title's (title_blocks): line k-1
    holds one and stops on no sentence's end, and line k, stopping on none
    either, and stopping short of the measure, is where that sentence goes
    on (the tail of a paragraph, an excerpt the store cut there: '…引进市外
    资金73亿元,同' / '质化、十年内率先基本实现现代'), no first line of the
    title under it. A line the wrap filled may be a title's first, its words
    run on into the next (a title at 18 columns under a cut sentence's last
    line, '某某县2022年5月县城主要商品价' / '格监测情况'). An organ's name alone
    there is a title's 发文机关 over it, whatever the excerpt above it was cut
    on ('某某县市场监督管理局' / '行政处罚决定书'), and so is one the wrap
    carried over from a full line ('某某市某某区市场监督管理' / '局'): its
    place first, its ending last, no mark between. The sentence may run
    through lines the wrap filled before it comes to line k: the line
    with the clause mark is then the first over a run of full lines that
    end no sentence and hold no mark of their own ('…告知承诺制,逐步形成标'
    / '准公开、规则公平、预期明确、各负其责、信用监管的' / '治理' over a
    title of the kind word alone, '公告'): each full line goes on into the
    next (wrapped), so k is that sentence's last line, not a title's first."""
    if k - 1 < floor or k - 1 in skip or ends_sentence(lines[k].text) or organ_alone(lines[k].text) \
            or wrapped(lines[k], full_width):
        return False
    j = k - 1
    while j - 1 >= floor and j - 1 not in skip and not re.search(r"[，；,;]", lines[j].text) \
            and wrapped(lines[j], full_width) and wrapped(lines[j - 1], full_width):
        j -= 1  # a full line over a full line: the sentence above runs through it
    if j < k - 1 and _organ_wrapped(squash("".join(line.text for line in lines[j + 1:k + 1]))):
        return False
    return bool(re.search(r"[，；,;]", lines[j].text)) and not ends_sentence(lines[j].text) \
        and not re.search(r"[:：]\s*$", lines[j].text)


def _organ_wrapped(text: str) -> bool:
    """An organ's whole name read across the lines the wrap set it on: its place first, its ending last, no mark."""
    return bool(ORGAN_START_RE.match(text)) and bool(ORGAN_END_RE.search(text)) \
        and not re.search(r"[，。；：,;:、]", text)


def _set_vertically(lines: list[Line], k: int, floor: int) -> bool:
    """Line k holds one character alone and so does the line above it: text
    set vertically, one character a line (a page's banner over a headline,
    '新' / '年' / '快' / '乐'), which a title set across the page, its lines
    centred (GB/T 9704 7.3.1), never is. The wrap may leave a title's last
    character alone under it ('…的通' / '知'), never two lines of one each."""
    def alone(j: int) -> bool:
        return j >= floor and len(lines[j].text.strip()) == 1 and "\u4e00" <= lines[j].text.strip() <= "\u9fa5"
    return alone(k) and (alone(k - 1) or k + 1 < len(lines) and alone(k + 1))


def _listed_row(lines: list[Line], k: int, skip: set[int], title: str, full_width: float) -> bool:
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


def _sentence_tail_over(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
    """Line k, a short line ending as an organ's name ends ('…政府'), is the last piece of the sentence the line above
    it goes on with, not a 发文机关 over a 关于 (GB/T 9704 7.3.1): the line above is as full as the wrap leaves a line
    and stops mid-sentence, and line k opens on no organ's name (a place, 中共…), nor makes one whole with that line
    ('…常务委员会代' / '表资格审查委员会' is a name the measure wrapped). A store's excerpt cut inside '…建立健全政府'
    leaves such a tail over the next text's title."""
    text = lines[k].text.strip()
    if k < 1 or k - 1 in skip or ORGAN_START_RE.match(text):
        return False
    above = lines[k - 1]
    name = re.split(r"[，。；：,;:、\s]", above.text.strip())[-1] + text
    return wrapped(above, full_width) and not ends_sentence(above.text) \
        and not (ORGAN_START_RE.match(name) and organ_alone(name))


def _under_counted_heading(lines: list[Line], k: int, skip: set[int]) -> bool:
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


def _rows_under_caption(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
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


def _holds_issuing_word(lines: list[Line], k: int, end: int) -> bool:
    """Line k holds the title's 关于 (转发, 印发, 批转), or its first character
    with the second at the head of the next line of the title: a title is
    wrapped anywhere, inside that word too ('…常务委员会关' / '于修改《…'…)."""
    text = lines[k].text.rstrip()
    return bool(ISSUING_WORD_RE.search(text)) or k + 1 < end \
        and bool(ISSUING_WORD_RE.fullmatch(text[-1:] + lines[k + 1].text.lstrip()[:1]))


def _alias_cut(lines: list[Line], k: int, end: int) -> bool:
    """Line k ends in the 发文机关's name and opens the bracket of its other name, which the next line closes before
    the title's 关于 ('…建设和管理委员会(某区' / '水务局)关于…', grammar.ALIASED_ORGAN_HEAD_RE): the wrap cut the
    organ inside its alias, and the title begins on line k."""
    return k + 1 < end and bool(re.search(r"[（(][^（）()]*$", lines[k].text)) \
        and bool(ALIASED_ORGAN_HEAD_RE.match(join_title([lines[k].text, lines[k + 1].text])))


BARE_ENDING_RE = re.compile(f"^{ORGAN_ENDING}+$")  # '局', '办公室': an ending with no name before it


def _joint_issuers_above(lines: list[Line], head: int, skip: set[int], lowest: int, full_width: float) -> int:
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
    if not _holds_issuing_word(lines, head, min(head + 2, len(lines))):
        return head
    signed_end = _signed_under_close(lines, head, skip, full_width)  # (a signature at the measure goes on into none)
    lowest = max(lowest, signed_end)
    about = ISSUING_WORD_RE.search(lines[head].text)
    at = about.start() if about else len(lines[head].text.rstrip()) - 1  # (the verb cut: '…办公室关' / '于表彰…')
    above = lines[head - 1].text.rstrip() if head - 1 >= 0 and head - 1 not in skip else ""
    if above and _named_issuer(lines[head].text[:at]) and (
            printed_width(lines[head - 1]) + WRAP_SPACE < full_width * MEASURE.full
            or "、" in above and bool(ORGAN_END_RE.search(above)) or _rows_under_heading(lines, head - 1, skip)):
        return head
    top, k = head, head
    while k - 1 >= lowest and k - 1 not in skip and not lines[k].starts_block and titleish(lines[k - 1]) \
            and not re.search(r"[，。；：,;:]", lines[k - 1].text) \
            and not (_organ_alone_spaced(lines[k - 1].text) and _listed_row(lines, k - 1, skip, "", full_width)) \
            and not _rows_under_caption(lines, k - 1, skip, full_width):
        k -= 1  # (an organ alone under a list's counted heading or caption is that list's row: _listed_row)
        names = "".join(line.text for line in lines[k:head]) + lines[head].text[:at]
        if not balanced(names):
            break
        if (len(organ_names(names.replace("、", " "))) >= 2 or issuing_organs(names) or _one_places_organs(names)) \
                and not (k - 1 >= 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width)
                         and not _printed_line(lines, k - 1) and k != signed_end
                         and not _closes_duty_note(lines, k - 1, skip)):
            top = k
    if any(_joint_masthead_over(lines, j, head) for j in range(top, head)):
        return head  # the joint 版头 over a 关于 line that names the same organs again: no issuers of the title
    return top


def _closes_duty_note(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Line k closes the units' note an item of a 分工方案 or 工作要点 opened
    after its full stop on a line above (closes_duty_note): the item ends
    there, though the line fills the measure, so a title's first line may
    stand right under it."""
    first = k
    while first > 0 and k - first + 1 < DUTY_NOTE_WRAP and first - 1 not in skip \
            and not lines[first].starts_block:
        first -= 1
    return closes_duty_note([line.text for line in lines[first:k + 1]])


WRAP_SPACE = 1  # the column a wrap at a space drops: the space that parted two names
PLACE_PREFIX = 2  # the characters of a place's name that joint issuers of one place all begin with


def _one_places_organs(text: str) -> bool:
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


def _signed_under_close(lines: list[Line], head: int, skip: set[int], full_width: float) -> int:
    """GB/T 9704 7.3.5: the 署名 follows the 正文, whose 结束语 ('特此通告!',
    '特此通知') closes it. One organ's name right under such a formula, on
    its line or wrapped over a few, is that text's signature, though no date
    follows it (an excerpt that ends there): the line after it is the lowest
    a title below may open on, no joint issuer of that title, and the name
    goes on into no title though it fills the measure. -1 where no formula
    closes a text in the lines above head."""
    for f in range(head - 2, max(-1, head - 2 - NAME_LINES), -1):
        if f in skip:
            break
        if CLOSING_FORMULA_RE.match(lines[f].text.replace(" ", "")):
            for m in range(f + 1, head):
                name = "".join(line.text.strip() for line in lines[f + 1:m + 1])
                if organ_alone(name) and all(wrapped(line, full_width) for line in lines[f + 1:m]):
                    return m + 1
            break
    return -1


def _rows_under_heading(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Line k and the lines above it, each two organs' names or more parted
    by spaces, stand right under a numbered heading that is no sentence: the
    heading's rows (a 表彰's list of units), not a wrapped title's issuers."""
    while k >= 0 and k not in skip and len(organ_names(lines[k].text)) >= 2:
        k -= 1
    return k >= 0 and k not in skip and k + 1 < len(lines) and len(organ_names(lines[k + 1].text)) >= 2 \
        and bool(LABEL_RE.match(lines[k].text)) and not ends_sentence(lines[k].text)


def _named_issuer(text: str) -> bool:
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


def _forwarded_head(lines: list[Line], i: int, k: int) -> bool:
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


# A title's first words naming its 发文机关 before 关于: '县人民政府关于…'.
TITLE_ORGAN_RE = re.compile(rf"^(?P<organ>[\u4e00-\u9fa5]{{0,24}}?{ORGAN_ENDING}){ABOUT_RE.pattern}")


def occasion_over(lines: list[Line], block: TitleBlock) -> int:
    """The lines of the occasion a speech was given at ('在…上的讲话'),
    perhaps wrapped, printed over its theme (_theme_under), the title then
    naming no kind: the speech's first lines, no document's end."""
    if kind_of(block.title):
        return 0
    return next((block.start - k for k in range(block.start - 1, max(-1, block.start - 1 - OCCASION_WRAP), -1)
                 if lines[k].text.startswith("在")
                 and OCCASION_RE.match(join_title([line.text for line in lines[k:block.start]]))), 0)


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


def _wrapped_into(above: Line, head: str) -> bool:
    """'…关于印发潜江市促进“互联网+医疗健康”' above '发展实施方案的通知'. A line
    opening as a title opens, on its place's or the state's name (GB/T 9704
    7.3.1: the 发文机关 first; a 行政法规 '中华人民共和国…条例'), or on its year
    and then its place, as a 公示 or a 统计公报 is titled with no organ
    ('2022年某市本级…名单公示', frame.PLACE_YEAR_TITLE_RE), is its first."""
    return bool(ABOUT_RE.match(above.text)) or bool(re.search(r"[“《（(、]$|[^\u4e00-\u9fa5]$", above.text)) \
        or not (re.match(r"^(?:中华人民共和国|[\u4e00-\u9fa5]{2,}[市县区州省])", head)
                or YEAR_LED_RE.match(head) and PLACE_YEAR_TITLE_RE.match(head))


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


def _frame_starts(line: Line, below: str = "") -> bool:
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


def _tail_over_signature(lines: list[Line], end: int) -> bool:
    """Under a full line, a line that ends the sentence and is no paragraph's
    first, then the signature and 成文日期: the full line and it are the last
    lines of a paragraph ('…请你县…按调查报告的意见' / '办理。'), for a title
    heads a body (GB/T 9704 7.3.3), not a signed tail of a sentence."""
    if end + 1 >= len(lines) or not ends_sentence(lines[end].text) or paragraph_indent(lines[end]) \
            or lines[end].starts_block:
        return False
    k = end + 1
    while k < min(len(lines), end + 4) and organ_alone(lines[k].text):
        k += 1
    return k < len(lines) and is_date_line(lines[k].text)


def _body_over_its_articles(lines: list[Line], i: int) -> bool:
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


def _declaring_parties_over(above: str, about: str) -> bool:
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


def compiled_under(lines: list[Line], end: int, title: str) -> bool:
    """A bulletin's compilers right under its title (frame.compilers_line: '某某县统计局', each of several names
    parted by spaces): its frame, as the date under them is, though the wrap filled the title's last line on its kind
    word; no sentence runs on from a 公报 into a bureau's name."""
    return end < len(lines) and not lines[end].cells and kind_of(title) == "公报" and compilers_line(lines[end].text)


def _period_under(lines: list[Line], start: int, end: int) -> bool:
    """A title's last line is the period it covers, a year and month in
    brackets under its kind word ('市政府工作要事记' / '（2024年5月）')."""
    text = lines[end - 1].text.replace(" ", "")
    return end - 1 > start and text[:1] in "（(" and bool(MONTH_LINE_RE.match(text))


def _what_follows(lines: list[Line], end: int, title: str) -> str:
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
            or end < len(lines) and (organ_alone(lines[end].text) or DATED_BYLINE_RE.match(lines[end].text.strip())) \
            and _articles_open(lines, end + 1):
        return "articles"  # perhaps under the organ line, or the date and organ, a law compilation prints between
    for line in lines[end:end + 2]:
        if line is not lines[end] and titleish(lines[end]) and kind_of(lines[end].text):
            break  # a title of its own right under this one (a list's row naming a 报告, then the next title): the
            # frame under it is that title's
        if is_doc_number_line(line.text) or (kind_of(title) in NUMBERED_KINDS and ORDER_NUMBER_RE.match(line.text)):
            return "doc_number"
        if is_addressee_line(line.text) or (line is lines[end] and (addressee_names(line.text)
                                                                    or _long_addressees_from(lines, end)
                                                                    or _bare_addressees_wrapped(lines, end))) \
                or (line is lines[end] and addressed_organs(line.text) and ABOUT_TITLE_RE.match(title)) \
                or (line is lines[end] and kind_of(title) in REPLY_KINDS
                    and members_addressed(line.text, lines[end + 1].text if end + 1 < len(lines) else "")) \
                or (line is lines[end] and kind_of(title) == "信" and _letter_salutation(lines, end)) \
                or (line is lines[end] and _public_salutation(lines, end)):
            return "addressee"  # (a reply to a 建议 or 提案 addresses the deputies or members who made it; a letter
            # its readers; an appeal to the public the public)
        if is_date_line(line.text) or paren_frame(line.text):
            return "date"
    return ""


def _public_salutation(lines: list[Line], end: int) -> bool:
    """An appeal an organ addresses to the public (an 倡议, a 公开信, a 通告 by another name) names whom it
    addresses where a 公文's 主送 stands (GB/T 9704 7.3.2), as a salutation names them: the public by their class
    ('广大公民朋友们：', '全县广大适龄青年：', PUBLIC_SALUTATION_RE; no session's audience, '各位代表、同志们：'),
    closing on its colon, alone on its line, and over a body that opens as a 公文's 开头 opens, on its purpose or
    ground ('为全面加强…', '当前，…': BODY_OPENING_RE) or cause ('因…需要，': CAUSE_OPENING_RE). The line over such a
    frame is the appeal's title, whatever 文种 it names or none ('依法参加民兵组织  自觉履行国防义务'); a greeting over
    a plea ('广大市民朋友：' / '请积极配合…') is a passage of the text it stands in."""
    salutation = PLACE_BEFORE_PUBLIC_RE.sub("", re.sub(r"\s", "", lines[end].text)) if end < len(lines) else ""
    return end + 1 < len(lines) and not lines[end].cells and bool(PUBLIC_SALUTATION_RE.match(salutation)) \
        and not SALUTATION_RE.match(salutation) and bool(BODY_OPENING_RE.match(lines[end + 1].text.strip())
                                                         or CAUSE_OPENING_RE.match(lines[end + 1].text.strip()))


# A notice to the public may open on its cause ('因开展…工程需要，我馆决定…', '因施工需要，…'): 因 and what calls
# for the measure, not a conjunction that goes on from a sentence before (因此, 因而, 因为).
CAUSE_OPENING_RE = re.compile(either_script(r"^因(?!此|而|为)[^，。；,;]{1,40}?需要"))


# The place whose public an appeal addresses, named before them ('霸州市广大市民：', '某某县全体公民：'): a place's
# name ending in its level, right before 广大 or 全.
PLACE_BEFORE_PUBLIC_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|旗|州|盟|镇|乡)(?=广大|全)"))


def appeal_over_public(lines: list[Line], start: int, end: int) -> bool:
    """Lines start..end are an appeal's title over the public it addresses (_public_salutation): no longer than a
    letter's title, no sentence's punctuation in it, no numbered heading. A sentence cut short above goes on with
    words, never with a salutation alone on its line, so such a title opens a text whatever its 文种, or none.
    A numbered heading's matter stands under it (结构层次序数: '（二）年龄条件' over its paragraph): a line right
    under such a heading is that paragraph's, no title's first line."""
    title = join_title([line.text for line in lines[start:end]])
    above = lines[start - 1].text.strip() if start > 0 else ""
    return len(re.sub(r"\s", "", title)) <= LETTER_TITLE_MAX and not re.search(r"[。；;，,、：:！!？?]", title) \
        and not LABEL_RE.match(title.strip()) and _public_salutation(lines, end) \
        and not (LABEL_RE.match(above) and len(above) <= HEADING_LINE_MAX and not ends_sentence(above)) \
        and not PUBLIC_SALUTATION_RE.match(re.sub(r"\s", "", lines[end - 1].text + lines[end].text))
    # (the salutation's own head the wrap set on the line above, '尊敬的' / '广大市民朋友：', is none of a title)


HEADING_LINE_MAX = 30  # characters of a numbered heading alone on its line ('（二）年龄条件')


def _bare_addressees_wrapped(lines: list[Line], end: int) -> bool:
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


def _letter_head(lines: list[Line], start: int, end: int) -> int:
    """The line a letter's title (framed by its 称谓 under it: _letter_under)
    begins on, where the block from start holds the tail of a sentence cut
    short above it ('争做党和人民满' / '吉首市人民政府感谢信', a list's last items
    and '新春贺信'): the last line from which the rest opens as a letter's
    title opens (LETTER_HEAD_RE); start where none does."""
    if not _letter_under(lines, start, end):
        return start
    return max((k for k in range(start + 1, end) if not lines[k].cells
                and LETTER_HEAD_RE.match(title := join_title([line.text for line in lines[k:end]]))
                and kind_of(title) == "信"), default=start)


def _letter_under(lines: list[Line], start: int, end: int) -> bool:
    """A letter's title (its kind 信) with its 称谓 under it: a sentence that
    runs on into a letter's name goes on with words, not with a salutation
    ending in a colon, so such a title opens a letter even after a line that
    stops mid-sentence (a text whose excerpt ends there)."""
    return kind_of(join_title([line.text for line in lines[start:end]])) == "信" and _letter_salutation(lines, end)


# A reply's title names what it answers: a 建议, 提案 or 议案 ('对…第63号提案的答复', '关于…1号建议的回复').
ANSWERED_RE = re.compile(either_script(r"建议|提案|议案"))
# And it opens on 对 or 关于 (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种; '对…建议的答复'), or on its organ's name
# before them (TITLE_GRAMMAR_RE).
REPLY_OPENING_WORD_RE = re.compile(either_script(r"^(?:对|关于)"))
MEMBERS_WRAP = 2  # lines a reply's 主送 of deputies or members may be wrapped over


def _members_under(lines: list[Line], start: int, end: int) -> bool:
    """A reply's title (its kind an 答复 or 函, naming the 建议, 提案 or 议案 it
    answers) with the deputies or members it answers under it as its 主送
    (GB/T 9704 7.3.2; frame.members_addressed: '某某、某某某委员', its colon
    perhaps lost, over a body that addresses them): a sentence that runs on
    into a title goes on with words, not with a 称谓 naming 代表 or 委员, so
    such a title opens a reply even after a line that stops mid-sentence (a
    text whose excerpt ends there), as a letter's title over its 称谓 does."""
    title = join_title([line.text for line in lines[start:end]])
    return end < len(lines) and kind_of(title) in REPLY_KINDS and bool(ANSWERED_RE.search(title)) \
        and any(members_addressed(join_title([line.text for line in lines[end:stop]]),
                                  lines[stop].text if stop < len(lines) else "")
                for stop in range(end + 1, min(len(lines), end + MEMBERS_WRAP) + 1))


def _reply_head(lines: list[Line], start: int, end: int) -> int:
    """The line such a reply's title (_members_under) begins on, where the
    block from start holds the tail of a sentence cut short above it ('…同时'
    / '感谢' / '对…第63号提案的答复'): the line from which the rest opens
    as a reply's title opens (对, 关于, or its organ's name and 关于), the
    first such, so that a title wrapped after its organ and 关于 keeps them;
    start where the whole block opens so, or none does."""
    if not _members_under(lines, start, end):
        return start
    return next((k for k in range(start, end)
                 if REPLY_OPENING_WORD_RE.match(title := join_title([line.text for line in lines[k:end]]))
                 or TITLE_GRAMMAR_RE.match(title)), start)


def _letter_salutation(lines: list[Line], start: int) -> bool:
    """A letter's 称谓 (感谢信, 慰问信, 贺信, 一封信: frame.KINDS' 信) stands
    under its title where a 公文's 主送 stands (GB/T 9704 7.3.2), whoever it
    addresses: people, not organs ('全市广大教师、教育工作者：', '各位父老乡亲、
    同志们、朋友们：', '尊敬的爱心企事业单位及爱心人士们：'). It is short, holds
    no sentence's end and ends in the colon, perhaps wrapped over a few lines
    at a narrow measure; a body's first line holds a sentence's end or runs on.
    Its colon lost, it is the line of people over the greeting a letter sets
    alone on its line ('亲爱的市民朋友们' / '您们好！': frame.greeted)."""
    if start + 1 < len(lines) and not lines[start].cells and greeted(lines[start].text, lines[start + 1].text):
        return True
    for stop in range(start + 1, min(len(lines), start + ADDRESSEE_WRAP) + 1):
        text = join_title([line.text for line in lines[start:stop]]).strip()
        if len(text) > LETTER_SALUTATION_MAX or re.search(r"[。；;！？!?]", text) or re.search(r"[:：]", text[:-1]):
            return False
        if text.endswith((":", "：")):
            return bool(ADDRESSEE_RE.match(text)) and balanced(text) and not LABEL_RE.match(text) \
                and not GUIDE_FIELD_RE.match(text) and not REPORTED_LEAD_RE.search(text)
    return False


# What follows a title cited in a sentence (a 批复 or 复函 opens "…关于…的请示
# （〔1996〕…号）收悉"): its number in brackets, and the sentence going on; or
# the sentence's verb itself, the wrap falling after the title ("…的请示" / "收悉。")
# or before its kind word ("你局关于…制度" / "的请示收悉。"). A bracket that holds a
# date with the number is the title's own 题注 as gazettes reprint it ("（1985年5月4日
# 皖政〔1985〕38号）  根据…", the body run on after it), not a cited number.
CITED_AFTER_RE = re.compile(rf"^(?:的[\u4e00-\u9fa5]{{1,4}}?)?(?:[（(][^（）()日]{{0,30}}{HAO}[）)]\s*\S|{ACKNOWLEDGED_RE.pattern[1:]})")


# The heading a web page sets over a document's own title, worded apart from it (the page's '…关于…倡议书' over the
# text's '…倡议书'): a whole title of its own, ending in the same 文种, opening on a word (no 的, 之 or 和 a wrapped
# title's tail starts with, no closing quote or bracket) and holding no sentence's punctuation.
HEADING_AGAIN_LINES = 3  # lines the heading under the title may be wrapped over
HEADING_AGAIN_MIN = 8  # characters of it, at the least: a whole 标题, no wrapped tail
TAIL_OPENING_RE = re.compile(either_script(r"^(?:[的之和及与并暨或等]|[^\u4e00-\u9fa5])"))


def _kind_alone_again(lines: list[Line], start: int, k: int) -> bool:
    """Line k is the 文种 alone, spaced out or not ('大  事  记', '通　知'), that the whole title on lines start..k-1
    ends in: a 标题 names its 文种 once, at its end (GB/T 9704 7.3.1), so the word again under it is the text's own
    heading printed under the page's headline, no line of the title."""
    title = join_title([line.text for line in lines[start:k]])
    kind = kind_of(title)
    word = re.sub(r"\s", "", lines[k].text)
    return bool(kind) and word == kind and balanced(title) and squash(title) != word and kind_of(word) == kind \
        and squash(title).endswith(word)


def _heading_again(lines: list[Line], start: int, k: int, full_width: float) -> bool:
    """Lines from k spell a whole 标题 of the 文种 the title on lines start..k-1 ends in, the title's last line
    stopping short of the measure or the lines from k the title's words worded short: the heading printed again,
    worded apart (GB/T 9704 7.3.1: a 标题 ends in its 文种, and a wrapped title goes on with the words of its 事由,
    not with a second 文种's title)."""
    title = join_title([line.text for line in lines[start:k]])
    kind = kind_of(title)
    if not kind:
        return False
    if TAIL_OPENING_RE.match(lines[k].text.strip()):
        return False
    for n in range(1, HEADING_AGAIN_LINES + 1):
        if k + n > len(lines):
            return False
        heading = join_title([line.text for line in lines[k:k + n]])
        if re.search(r"[，。；：,.;:！？!?]", heading):
            return False
        if kind_of(heading) == kind and balanced(heading):
            return len(squash(heading)) >= HEADING_AGAIN_MIN and squash(heading) != squash(title) \
                and (not wrapped(lines[k - 1], full_width) or heading_worded_short(squash(title), squash(heading)))
    return False


# The document's own heading under a web page's heading that names it in full: the page's '酒房乡人民政府关于…防灭火
# 倡议书' over the text's '酒房乡…火倡议书', the organ cut to its place's name (GB/T 9704 7.3.1's 规范化简称), 关于 left
# out, a word lost. Its words are the heading's, in order, opening as it opens (the place) and ending in its 文种;
# it keeps most of them.
WORDED_SHORT_SHARE = 0.7  # of the heading's characters the repeat keeps, at the least
WORDED_SHORT_OPENING = 2  # characters the two open with alike: the place's name


def heading_worded_short(title: str, again: str) -> bool:
    """again (squashed) is title's words (squashed) in order, some left out: the same opening and the same 文种."""
    kind = kind_of(title)
    if not kind or kind_of(again) != kind or len(again) >= len(title) \
            or len(again) < WORDED_SHORT_SHARE * len(title) \
            or title[:WORDED_SHORT_OPENING] != again[:WORDED_SHORT_OPENING] or title[-2:] != again[-2:]:
        return False
    rest = iter(title)
    return all(ch in rest for ch in again)
