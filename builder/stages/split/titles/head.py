"""Where a title wrapped anywhere begins: reaching back from the line that ends it over the lines the wrap cut,
while no sentence, signature, list or table above claims them (title_start, grammar_head).
"""
from __future__ import annotations

import re
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, ANNEX_MARK_RE, answered_lead, BRACKETED_HEADING_RE, DOCUMENT_KINDS,
                            ISSUER_MARK_RE, ISSUING_WORDS, kind_of, NUMBERED_KINDS, ORGAN_END_RE, ORGAN_START_RE,
                            PLACE_YEAR_TITLE_RE, POSTED_NOTE_CUT_RE, SESSION_RE, YEAR_TITLE_RE)
from ....text.lines import bracket_depth, citation_open, CLAUSE_MARK_RE, ends_sentence, quotation_open, squash
from ....text.measure import centred, MEASURE, paragraph_indent, printed_width
from ....text.numbering import bare_article
from ....text.rows import numbered_on
from ....text.script import either_script
from ..grammar import (balanced, CC_LINE_RE, CITING_OPENER_RE, ends_file_name, is_order_name, ISSUING_WORD_RE,
                       join_title, masthead_name, organ_alone, organ_names, placed_plan_title, QUANTIFIER_OPENING_RE,
                       SHORT_NAME_INSIDE_RE, TITLE_GRAMMAR_RE, title_lines)
from ..unfold import joint_head_wrapped
from .preamble import titled_over_ground, YEAR_LED_RE
from .lines import kinds_apart, printed_again, title_line, titleish, wrapped
from .addressees import addressees_from, number_and_addressees_under
from .letters import signs_over_appeal
from .closes import (closed_annex_entry, duty_note_closed_at, heads_unnamed_title, signed_under_close, signs_cut_short,
                     signs_for_another_place, signs_text_above, signs_under_contact)
from .issuers import (about_over_organ_head, about_over_unnested, alias_cut, BARE_ENDING_RE, column_of_names,
                      forwarding, heads_organ_title, holds_issuing_word, issuing_organs, joint_issuers_above, joint_name_cut_above,
                      lead_and_others, listed_name_cut, listed_row, one_places_organs, order_organ_cut,
                      organ_about_opens, organ_cut_above, organ_runs_past_line, organ_wrapped, organ_wrapped_above,
                      passed_on_under_organ, PASSING_HEAD_RE, PASSING_TAIL_RE, PLACE_PREFIX, place_set_apart,
                      rows_under_caption,
                      session_cut_above, session_wrapped_above, spaced_names_over)
from .under import dated_under, declaring_parties_over, DEED_NAME_RE, rule_over_articles, rule_under_sentence_words
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


def title_start(lines: list[Line], first: int, end: int, skip: set[int], floor: int,
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
                or re.search(r"[，；,;]", above.text) or SHORT_NAME_INSIDE_RE.search(above.text) \
                or ends_file_name(lines, start - 1) or closed_annex_entry(lines, start - 1, full_width):
            break  # a clause mark is a sentence's, no title's (title_blocks), and so is a short name given in brackets
            # ('…财政局(下称市财政局)是…': a title names itself in full); a linked file's name ends there, and an
            # 附件说明's entry its 发文字号 closes
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
        if printed_again(lines, start - 1, start, reach=end - start):
            break  # the title printed above it whole (a web page's title over the title as printed)
        if _centred_pair(lines, start, full_width) \
                and not (kind_of(above.text) and balanced(above.text)) \
                and not (TITLE_GRAMMAR_RE.match(head.strip()) and not re.search(r"[、省市县区州旗盟]$", above.text)
                         and not listed_name_cut(above.text, head) and not spaced_names_over(above.text, head)):
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
        if is_order_name(head) and order_organ_cut(above.text, head):
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
                or signs_for_another_place(lines, start - 1, floor) or signs_over_appeal(lines, start - 1, floor) \
                or not ABOUT_RE.match(head) and signed_under_close(lines, start, skip, full_width) == start:
            break  # the signature of the text above (a reply printed without its date; an organ's name under its
            # 结束语, '特此通知。', over a title with no 关于 that needs none: a 印发 notice's, over the text it
            # issues; one under the contact the text closes with, the office it names), not this title's 发文机关
        if ABOUT_RE.match(head) or (PASSING_HEAD_RE.match(head) and ORGAN_END_RE.search(above.text)):
            if (ORGAN_END_RE.search(above.text) and not _places_listed(above.text) or lead_and_others(above.text)) \
                    and not _sentence_tail_over(lines, start - 1, skip, full_width) \
                    and not rows_under_caption(lines, start - 1, skip, full_width) \
                    and not listed_row(lines, start - 1, skip, join_title([line.text for line in lines[start:end]]),
                                    full_width) \
                    or issuing_organs(above.text) or (ABOUT_RE.match(head) and SESSION_RE.match(above.text)) \
                    or declaring_parties_over(above.text, join_title([line.text for line in lines[start:end]])):
                start -= 1  # the 发文机关 on its own line above 关于 or 转发, perhaps with the verb; a 决议's session;
                # a joint declaration's parties
                if ABOUT_RE.match(head) and (organ_wrapped_above(lines, start, skip, floor, full_width)
                                             or session_wrapped_above(lines, start, skip, floor, full_width)):
                    start -= 1  # its name longer than the measure: '…常务委员会代' / '表资格审查委员会' / '关于…'
            elif ABOUT_RE.match(head) and (session_wrapped_above(lines, start - 1, skip, floor, full_width)
                                           or organ_wrapped_above(lines, start - 1, skip, floor, full_width)):
                start -= 2  # a 决议's session or an organ longer than the measure: '…人民代表大会第二次' / '会议' /
                # '关于…', '…指挥部办公' / '室' / '关于…'
            break
        if PASSING_HEAD_RE.match(head) and organ_wrapped_above(lines, start - 1, skip, floor, full_width):
            start -= 2  # a 印发 or 转发 title's 发文机关 set over its 事由 as over 关于 (GB/T 9704 7.3.1: 发文机关 + 事由
            break  # + 文种), its name longer than the measure: '中共XX区委 XX区人民政' / '府' / '印发《…》的通知'
        if organ_cut_above(above, head, full_width):
            start -= 1  # the 发文机关 the wrap cut in its ending: '…领导小组办公' / '室关于…'
            break
        if joint_name_cut_above(above, head, full_width) and not _cut_sentence_over(lines, start - 1, skip, floor,
                                                                                     full_width):
            start -= 1  # joint issuers named in full, the wrap cutting the last inside its place's name: '中共某某镇委员会
            break  # 某某市' / '某某区某某镇人民政府关于…'
        if session_cut_above(above, head, full_width):
            start -= 1  # a 决议's session the wrap cut in its name: '…人民代表大会第二' / '次会议关于…'
            break
        if organ_alone(above.text) and start - 2 >= floor and organ_alone(lines[start - 2].text) \
                and not wrapped(above, full_width) and not meeting_cut(lines[start - 2].text, above.text):
            if heads_unnamed_title(lines, start, end, floor):
                start -= 1  # the organ the text above never names, over a title of 事由 and kind with no 关于
            break  # the organs that issue a text, one a line over its title (GB/T 9704 7.3.5.2), head no title
        if _about_line_over(lines, start, end, floor, full_width):
            start -= 1  # a centred title's lines part where its words do, not at the measure (GB/T 9704 7.3.1:
            continue  # '关于取消某某乡' / '2021年9月21日…的通告'): the line that opens on its 关于 is its first, or the
            # first under its organ
        if _own_about("".join(line.text for line in lines[start:end]), head) \
                or not (wrapped(above, full_width) or _wrapped_into(above, head)
                        or _organ_title_framed(lines, start - 1, end)):
            break  # (an organ's line over the rest of a title its 发文字号 and 主送 frame is its first, though the
            # rest opens on words a place's name might, '全面推进城镇老旧小区…': _organ_title_framed)
        if kinds_apart(above, lines[start], full_width):
            break  # a title ends on one 文种: the kind word alone under one ending on its own is a title of its own
        if balanced("".join(line.text for line in lines[start:end])) \
                and not balanced("".join(line.text for line in lines[start - 1:end])) \
                and not _opened_above(lines, start - 1, end, floor, full_width):
            break  # a title closes only the brackets it opens: "…负责)" above it ends a sentence's aside
        if (_sentence_wraps_into(lines, start - 1, skip, full_width) and not _framed_title_from(lines, start - 1, end)
                or _clause_runs_into(lines, start - 1, skip, floor, full_width)
                and not rule_over_articles(lines, start - 1, end) and not _plan_over_cover(lines, start - 1, end)
                and not _issuing_head_framed(lines, start - 1, end)
                and not _organ_title_framed(lines, start - 1, end)) \
                and not _organ_about_title_addressed(lines, start - 1, end) \
                and not _ground_title_from(lines, start - 1, end):
            break  # the line above goes on with a sentence of the body: no title's first line (unless it opens on a
            # place's or organ's name that, with the lines under it, names a rule over its first 第一章 or 第一条,
            # 规章制定程序条例 第七条: a sentence the store cut above it runs on into no rule's name unquoted, and no
            # sentence goes on with a rule's first article; a web page's title over two lines, '…管理' / '办法（试行）';
            # nor, _plan_over_cover, into a place's plan over its cover's organ and year and month; nor,
            # _organ_about_title_addressed, into an organ's name and 关于 that close on a 文种 over a 主送; nor,
            # _issuing_head_framed, into a title with no organ that opens on its 事由's head, '转发…《' over '…》的通知',
            # a 发文字号 and a 主送 under it; nor, _organ_title_framed, into an organ's name that opens a 标题 with its
            # 发文字号 and 主送 under it, OCR's spaces in its line or not; nor, _ground_title_from, into a place's or
            # organ's title that only with this line reads whole by its own grammar over the preamble's ground)
        if rule_under_sentence_words(lines, start, end):
            break  # a rule's name over its first article opens on its place: the words over it are a sentence's
        if _set_vertically(lines, start - 1, floor):
            break  # a banner set vertically, one character a line, over the title: none of its lines
        if _object_of_cut_sentence(lines, start - 1, floor):
            break
        start -= 1
    if (opened := _quote_opened_above(lines, start, end, floor, full_width)) < start:
        return title_start(lines, opened, end, skip, floor, full_width)  # a 《 the line above opens: the title's line,
    return start  # and the reach goes on over it (its organ's line over '转发《')


QUOTED_NAME_RE = re.compile(r"《[^《》]*(?:》|$)")


def _own_about(title: str, head: str) -> bool:
    """The title's lines so far hold its 关于, so its organ is on them or on the line over 关于 (GB/T 9704 7.3.1:
    发文机关 + 关于 + 事由 + 文种), and it reaches up no further. A 关于 only inside a name it quotes is the quoted
    text's ('…办公室转发《…司法局关于…》的通知'): then only a first line that opens on an organ's name stops it;
    one that opens inside the name ('治市委员会办公室转发《') reaches up for the rest of it."""
    if not ABOUT_RE.search(title):
        return False
    opened = ORGAN_START_RE.match(head.strip())
    return bool(ABOUT_RE.search(QUOTED_NAME_RE.sub("", title))) or bool(opened) and len(opened.group(0)) >= 2


def _ground_title_from(lines: list[Line], head: int, end: int) -> bool:
    """The lines from head to end read as a title by its own grammar over the line that opens the body on its
    ground or purpose ('某某市深入推进…改造' / '工作的实施意见' / '为贯彻落实…': preamble.titled_over_ground, its
    place's or organ's name first, its 文种 last, no clause mark), and the lines under head alone do not: a
    title wrapped over two lines under a sentence an excerpt cut mid-way ('…结合开展“美好环境与'), the wrap
    having filled its first line as it fills a body's. No sentence runs on past a 文种 into '为…', so the line
    that names the place the title needs is the title's first, not the tail of the sentence above it."""
    return titled_over_ground(lines, head, end) and not titled_over_ground(lines, head + 1, end)


def _quote_opened_above(lines: list[Line], start: int, end: int, floor: int, full_width: float) -> int:
    """GB/T 9704 7.3.1 and GB/T 15834-2011 4.15: a title closes the 《》 it opens (balanced), the mark enclosing the
    name of the text its 事由 cites. A title's lines from start that close a 《 they never open ('办公室转发…' /
    '…通知》的通知') begin under the line that opens it ('转发《某省…联席会议'), the wrap having cut the cited name:
    the first line above, within a title's reach and all title lines, from which the run closes what it opens. start
    where the run opens what it closes, or no such line is found."""
    if bracket_depth(join_title([line.text for line in lines[start:end]]), "《", "》") is not None:
        return start
    for j in range(start - 1, max(floor, end - title_lines(full_width)) - 1, -1):
        if not title_line(lines, j) or re.search(r"[，；。,;]", lines[j].text):
            return start
        if bracket_depth(join_title([line.text for line in lines[j:end]]), "《", "》") == 0:
            return j
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
    the title as printed (printed_again), no first line of it. Nor is an
    附件 mark alone on its line ('附件', GB/T 9704 8: the mark over the
    annex's own title) a cut sentence: the full line under it is that
    annex's title ('…名录(共17项)'), none of the next document's title."""
    above = lines[start - 1].text.strip()
    return start - 2 >= floor and not lines[start - 2].cells and not wrapped(lines[start - 2], full_width) \
        and not ends_sentence(lines[start - 2].text.strip()) and not ANNEX_MARK_RE.match(lines[start - 2].text.strip()) \
        and not paragraph_indent(lines[start - 1]) \
        and printed_width(lines[start - 2]) + paragraph_indent(lines[start - 2]) < full_width * MEASURE.fills \
        and printed_width(lines[start - 1]) + paragraph_indent(lines[start - 1]) >= full_width * MEASURE.fills \
        and not CLAUSE_MARK_RE.search(above) and "、" not in above \
        and bool(kind_of(join_title([line.text for line in lines[start - 1:end]]))) \
        and not printed_again(lines, start - 1, start, reach=end - start) \
        and not _head_opens_under(lines, start, end, full_width) \
        and number_and_addressees_under(lines, end)


def _head_opens_under(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """Line start opens on a 发文机关's whole name and 关于 (GB/T 9704 7.3.1:
    标题 = 发文机关 + 关于 + 事由 + 文种), and the line over it names no organ,
    passes nothing on ('…转发') and opens no 关于 or 《 of its own: the title's
    head stands at line start, since a title's words before its organ can
    only be more organs (联合行文, joint issuers run on one line) or a head
    that passes the title on. The full line over it is then the rest of a
    sentence the store cut (its excerpt ending inside a word), however short
    the line over that one stops: a store that kept its own hard wrap
    ('…全面地' / '展示我县…新状况与新经') leaves short lines inside a sentence,
    and the hard-wrap reading of _framed_over_cut (every line of a paragraph
    full but its last) does not hold above such a head."""
    text = lines[start].text.strip()
    above = lines[start - 1].text.strip()
    return organ_about_opens(lines, start, end, full_width) and bool(ORGAN_START_RE.match(text)) \
        and not (organ_names(above) or ORGAN_END_RE.search(above) or issuing_organs(above)
                 or PASSING_TAIL_RE.search(above) or quotation_open(above) or citation_open(above)
                 or ABOUT_RE.search(above))


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
    with the 发文字号 on its line under them and the 主送 under that (7.2.4, 7.3.2; number_and_addressees_under):
    the title's own lines, though the sentence above them stops with a name or a quotation left open (the store cut
    it there, '…行政审批“三集' over '关于印发《…' / '…》的通知'). A sentence that runs on into a name it cites closes
    that name inside the lines it runs on to, and goes on with words, never with a number and a 主送."""
    title = join_title([line.text for line in lines[k:end]])
    return bool(ABOUT_RE.match(title) or TITLE_GRAMMAR_RE.match(squash(title))) and balanced(title) \
        and title.count("“") == title.count("”") and number_and_addressees_under(lines, end)


def _organ_title_framed(lines: list[Line], k: int, end: int) -> bool:
    """Line k opens on an organ's name (GB/T 9704 7.3.1: the 发文机关 first) and holds no mark of a sentence, and
    lines k..end read as a 标题 with its 发文字号 under its last line and the 主送 under that (_framed_title_from). A
    sentence cut on a clause above it (a page's excerpt, '…结合开展“美好环境与') runs on into no organ's name that
    closes on a 文种 over a number and a 主送: it would name the text inside 《》 and go on with words. The spaces a
    scanned page's OCR leaves between two characters ('某某省人民政府 办公厅关于') are no sentence's marks."""
    text = re.sub(r"(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])", "", lines[k].text.strip())
    return bool(ORGAN_START_RE.match(text)) and not re.search(r"[\s，。；：！？、,.;:!?“”《》]", text) \
        and _framed_title_from(lines, k, end)


def _issuing_head_framed(lines: list[Line], k: int, end: int) -> bool:
    """Line k opens on the head of a title's 事由 (关于, 转发, 印发, 批转: GB/T 9704 7.3.1, the page leaving the
    发文机关 out) and, with the lines under it to end, reads as a 标题 closing every bracket and quotation mark it
    opens, its 发文字号 on the line under it and the 主送 under that (_framed_title_from). A sentence the store cut
    on a comma above it ('…有效控制传播,' over '转发省卫生厅《关于做好' / '…》的通知') runs on into no such head: it
    would cite the text inside 《》 and go on with words, never with a number and a 主送, so line k is the title's
    first. A line that opens on other words (the cut sentence's rest, '…大会和业') is none: the head must stand at
    its start."""
    return bool(re.match(f"(?:{ISSUING_WORDS})", lines[k].text.strip())) and _framed_title_from(lines, k, end)


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
# A sentence that stops on a preposition or a verb of giving goes on with its object ('…可从' / '某局'): 从, 向, 由,
# 到, 经, 与, 对, 给, 往, 至.
OBJECT_ASKED_RE = re.compile(either_script(r"[从向由到经与对给往至]$"))


def _object_of_cut_sentence(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, an organ's name alone, is the object a sentence above runs on into after a word that asks for one
    ('…表格等可从' / '某某县人力资源和社会保障局'), the page's excerpt cut there: no 发文机关 of the title under it.
    A place's name may end on such a character, the two lines one organ's name ('…协商会议东至' / '县委员会')."""
    return organ_alone(lines[k].text) and k - 1 >= floor and bool(OBJECT_ASKED_RE.search(lines[k - 1].text)) \
        and not masthead_name(lines[k - 1].text.strip() + lines[k].text.strip())


def meeting_cut(above: str, below: str) -> bool:
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


def _places_listed(text: str) -> bool:
    """A line of names parted by 、 that are not all organs ('…县、眉山市东坡区、彭山县、…、罗江县农业局': places, the
    wrap's last line of a list of units): no 发文机关 over a title, whose joint organs are each named whole
    ('财政部、教育部关于…')."""
    items = [item for item in re.split(r"[、]", text.strip()) if item]
    return len(items) > 1 and not all(ORGAN_END_RE.search(item) for item in items)


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


def grammar_head(lines: list[Line], last: int, end: int, skip: set[int], floor: int, limit: int,
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
        if organ_about_opens(lines, head, end, full_width) and ORGAN_START_RE.match(lines[head].text.strip()) \
                and (not heads_organ_title(lines, k, head) or about_over_unnested(lines, k, head, end)):
            break  # an organ's name and 关于 open the title (GB/T 9704 7.3.1): lines above that neither open as a title
            # does nor name its issuers are the tail of a sentence the excerpt cut ('门楼牌按照关于地名'), though they
            # hold a 关于 of their own
        if any(about_over_organ_head(join_title([line.text for line in lines[k:o]]), lines[o].text, lines[o + 1].text)
               for o in range(k + 1, last)):
            break  # the 发文机关 alone on its line over 关于 heads the title: a line above with a 关于 of its own, passing
            # nothing on, is a sentence's tail the excerpt cut (about_over_organ_head)
        if (holds_issuing_word(lines, k, end) or alias_cut(lines, k, end)) and (TITLE_GRAMMAR_RE.match(joined := join_title(
                [line.text for line in lines[k:end]])) or passed_on_under_organ(lines, k, joined, lowest)) \
                and not _sentence_wraps_into(lines, k, skip, full_width) and not CITING_OPENER_RE.match(lines[k].text.strip()):
            head = k  # (a line opening on the ground a sentence cites, '根据…转发的《…》…', is the body's, whatever
            # 转发 or 关于 it holds: no title opens so, GB/T 9704 7.3.1)
        elif ORGAN_START_RE.match(lines[k].text.strip()) and organ_runs_past_line(lines, k, end, full_width) \
                and not _sentence_wraps_into(lines, k, skip, full_width):
            head = k  # the 发文机关's name longer than the line, its 关于 on the next
    def organ_line(k: int, reach: int = lowest) -> bool:
        """An organ's name on a line of its own: not its ending alone, nor the last words of a
        line the measure wrapped ('…嘉兴银监分局、嘉兴' over '电力局': a list's last name), nor
        of one the print broke inside the second of one place's names ('…办公室 甘' over
        '谷县林业和草原局': one_places_organs)."""
        return k >= reach and k not in skip and len(lines[k].text) <= 25 and bool(ORGAN_END_RE.search(lines[k].text)) \
            and not QUANTIFIER_OPENING_RE.match(lines[k].text) and titleish(lines[k]) and not re.search(r"\s", lines[k].text) \
            and not BARE_ENDING_RE.match(lines[k].text) \
            and not (k > 0 and k - 1 not in skip and wrapped(lines[k - 1], full_width)
                     and not duty_note_closed_at(lines, k - 1, skip) and not column_of_names(lines, k)) \
            and not (k > 0 and k - 1 not in skip and not ORGAN_END_RE.search(lines[k - 1].text)
                     and one_places_organs(lines[k - 1].text + lines[k].text)) \
            and not listed_row(lines, k, skip, join_title([line.text for line in lines[head:end]]), full_width) \
            and not _margin_over_centred(lines, k, full_width) and not _object_of_cut_sentence(lines, k, floor) \
            and not signs_cut_short(lines, k, floor) and not signs_for_another_place(lines, k, floor if stack_floor is None else stack_floor) \
            and not signs_over_appeal(lines, k, floor)

    def wrapped_organ(k: int, reach: int = lowest) -> bool:
        """Lines k - 1 and k: one organ's whole name the measure wrapped, its first line as full as a line gets and
        ending inside the name ('某某市某某县市场监督' / '管理局'), its rest alone on the next line. A joint title names
        each issuer whole, one a line (GB/T 9704 7.3.1, 联合行文), and a name longer than the measure goes on to the
        next line as any line does: two lines that read as one organ's name and nothing else are one name of the
        stack. Nothing runs on into its first line from above (wrapped), but the 发文机关标志 '…文件' goes on into
        nothing (7.2.3), and a name that begins with the place the stack's next name (line k + 1) begins with is one
        more of one place's joint issuers (one_places_organs), however full the line above it ends."""
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
        return joint_issuers_above(lines, head, skip, lowest, full_width)

    start = issuers_above(head)
    if start == head and head - 1 >= lowest and head - 1 not in skip and not lines[head].starts_block \
            and place_set_apart(lines[head - 1].text, lines[head].text):
        start = issuers_above(head - 1)  # the organ's place set on a line of its own, and the organs over it
    return start


def _sentence_wraps_into(lines: list[Line], k: int, skip: set[int], full_width: float) -> bool:
    """A line of the body, a sentence's stop in it, leaves a name it cites open ('…起启用。根据《某某局') and
    runs on into line k: k's 关于 is that name's ('关于…有关事项'), no title's first line, whatever words it
    opens on. A clause mark is a sentence's as well, no title's (GB/T 9704 7.3.1: a 标题 is 发文机关 + 事由 + 文种,
    punctuated only inside the names it quotes): a line that holds one outside 《》 and leaves a 《 open
    ('…的企业,企业负责人年度收入按《市' / '人民政府办公厅关于转发…') is a sentence citing a text, and the 关于 or
    转发 under it is the cited name's, where the wrap cut that line (it fills the measure): a paragraph that ends
    so, a store's cut inside the name it cites, goes on into no line, and the next text's title may stand under it."""
    if k <= 0 or k - 1 in skip or not quotation_open(lines[k - 1].text):
        return False
    text = lines[k - 1].text
    return bool(re.search(r"[。；！？;!?]", text)) \
        or citation_open(text) and bool(re.search(r"[，,]", re.sub(r"《[^《》]*》?", "", text))) \
        and wrapped(lines[k - 1], full_width)
    # (a quotation mark left open, '…反对任何形式的“台', cites no text: the line under it may open a title)


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
    if j < k - 1 and organ_wrapped(squash("".join(line.text for line in lines[j + 1:k + 1]))):
        return False
    return bool(re.search(r"[，；,;]", lines[j].text)) and not ends_sentence(lines[j].text) \
        and not re.search(r"[:：]\s*$", lines[j].text)


def _set_vertically(lines: list[Line], k: int, floor: int) -> bool:
    """Line k holds one character alone and so does the line above it: text
    set vertically, one character a line (a page's banner over a headline,
    '新' / '年' / '快' / '乐'), which a title set across the page, its lines
    centred (GB/T 9704 7.3.1), never is. The wrap may leave a title's last
    character alone under it ('…的通' / '知'), never two lines of one each."""
    def alone(j: int) -> bool:
        return j >= floor and len(lines[j].text.strip()) == 1 and "\u4e00" <= lines[j].text.strip() <= "\u9fa5"
    return alone(k) and (alone(k - 1) or k + 1 < len(lines) and alone(k + 1))


def _cut_sentence_over(lines: list[Line], k: int, skip: set[int], floor: int, full_width: float) -> bool:
    """Line k stands under a sentence that goes on: the line above is as full as the wrap leaves a line and stops
    mid-sentence, so line k is more of it, not a title's first line (GB/T 9704 7.3.1: a title stands under the
    发文字号 or the text above's end). A store's excerpt cut mid-sentence leaves its last full line over the next
    title ('…但邮政信报箱建设' / '远远滞后于全省经济社会发展水平' over '某市人民政府办公室关于…'), whose words a loose
    reading takes for joint organs' names the wrap cut."""
    return k - 1 >= floor and k - 1 not in skip and wrapped(lines[k - 1], full_width) \
        and not ends_sentence(lines[k - 1].text)


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


def _wrapped_into(above: Line, head: str) -> bool:
    """'…关于印发潜江市促进“互联网+医疗健康”' above '发展实施方案的通知'. A line
    opening as a title opens, on its place's or the state's name (GB/T 9704
    7.3.1: the 发文机关 first; a 行政法规 '中华人民共和国…条例'), or on its year
    and then its place, as a 公示 or a 统计公报 is titled with no organ
    ('2022年某市本级…名单公示', frame.PLACE_YEAR_TITLE_RE), is its first."""
    return bool(ABOUT_RE.match(above.text)) or bool(re.search(r"[“《（(、]$|[^\u4e00-\u9fa5]$", above.text)) \
        or not (re.match(r"^(?:中华人民共和国|[\u4e00-\u9fa5]{2,}[市县区州省])", head)
                or YEAR_LED_RE.match(head) and PLACE_YEAR_TITLE_RE.match(head))
