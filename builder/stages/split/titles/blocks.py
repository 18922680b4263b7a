"""Title blocks: each title found by the kind word that ends it (or the frame under it), its first line reached
back for (head), and what stands under it read (under): the candidates the split then weighs.
"""
from __future__ import annotations

import re
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, ANSWER_OPENING_RE, answered_lead, CASE_ORDINAL_RE, CHRONICLE_ENTRY_RE,
                            DOCUMENT_KINDS, ends_on_entry_page, from_its_place, GUIDE_FIELD_RE, HAO, kind_of, KIND_RE,
                            kind_word_goes_on, NUMBERED_TITLE_RE, ORGAN_END_RE, PLACE_YEAR_TITLE_RE, POSTED_NOTE_CUT_RE,
                            YEAR_TITLE_RE, CHRONICLE_NAME, MONTH_OR_DAY, YEAR)
from ....text.lines import CLAUSE_MARK_RE, ends_sentence, squash, width
from ....text.measure import MEASURE, paragraph_indent
from ....text.numbering import bare_article, LABEL_RE
from ....text.numerals import cn_to_int
from ....text.script import either_script
from ..grammar import (ACKNOWLEDGED_RE, AGENDA_ITEM_RE, balanced, CITING_OPENER_RE, ends_file_name, ends_frame,
                       is_doc_number_line, is_order_name, join_title, LETTER_TITLE_MAX, MEETING_NARRATIVE_RE,
                       organ_alone, organ_names, placed_plan_title, SELF_NAMED_RE, STANDALONE_KINDS, stops_sentence,
                       TITLE_GRAMMAR_RE, title_lines)
from ..spans import TitleBlock
from ..unfold import BODY_OPENING_RE
from .preamble import (announces_itself_under, explains_quoted_text, full_title_over_ground, ground_head,
                       hands_itself_on_under, names_itself_under, passes_on_under, titled_over_ground,
                       titled_over_own_preamble, TRANSITION_RE, year_led_over_ground)
from .lines import (answered_matter_under, dated_headline, ends_as_row_above, guide_element, HEADLINE_DAY_RE,
                    headline_over_body, kinds_apart, name_goes_on, organ_title_under_bare_label, printed_again,
                    row_ended, short_of_full, staged_draft_over_body, TABLE_HEAD_RE, title_line, titleish,
                    wrapped)
from .addressees import addressees_open, number_and_addressees_under
from .closes import (annex_name_turned, closed_annex_entry, cut_above, DATELINE_RE, duty_note_closed_at,
                     linked_file_name, printed_line, signed_under_annex_lists, signed_under_close,
                     signs_for_another_place, signs_text_above, signs_under_contact, tail_over_signature,
                     titled_after_close)
from .issuers import (ADDRESSED_LETTER_RE, forwarded_head, issued_name_opens, issuing_organs, joint_head_opens, kind_banner,
                      masthead_over,
                      opens_on_organ, organ_over_its_year, organ_short_over_its_year, under_counted_heading)
from .letters import (answered_question, appeal_over_public, bylined_titles, letter_head, letter_under, members_under,
                      reply_head, saluted_public_title, signs_over_appeal, speakers_over_salutation, subtitle_occasion, theme_under)
from .under import (adoption_notes, body_over_its_articles, chapter_headings, compiled_under, continues_title,
                    dated_over_addressees, dated_under, declaring_parties_over, DEED_NAME_RE, frame_starts, genre_opens_under,
                    levels_under_title, named_over_note, named_short_below, numbered_order_dated, outline_restarts,
                    parties_apart_over, party_under, period_under, rule_over_articles, rule_under_sentence_words,
                    signed_under, subtitle_under, what_follows)
from .framed import (announced_full_title, bare_title_over_addressees, closed_full_title, framed_full_title, framed_titles,
                     numbered_full_title, signed_full_title)
from .head import grammar_head, title_start
from .again import heading_again, kind_alone_again


# A line that ends on a clause mark (GB/T 15834 4.3-4.5: 逗号, 顿号, 分号, full-width or stored in ASCII) stops
# inside its sentence.
CLAUSE_END_RE = re.compile(r"[，,、；;]\s*$")


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
    notes = adoption_notes(lines, full_width)
    limit = title_lines(full_width)
    skip = skip | notes | chapter_headings(lines) | signed_under_annex_lists(lines, limit, full_width)
    answers = [k for k, line in enumerate(lines) if ANSWER_OPENING_RE.match(line.text.strip())]
    i = 0
    while i < len(lines):
        floor = blocks[-1].end if blocks else 0  # where the title found last ends
        if blocks and blocks[-1].end == i and (occasion_end := subtitle_occasion(lines, i)):
            i = occasion_end  # the 副题 under the title above heads none
            continue
        if blocks and blocks[-1].end == i and kind_alone_again(lines, blocks[-1].start, i):
            i += 1  # the 文种 alone under the whole title that ends in it: the text's own heading, no title of its own
            continue
        if month_page(lines, i, skip, blocks):
            blocks.append(TitleBlock(i, i + 1, lines[i].text.strip(), what_follows(lines, i + 1, lines[i].text.strip())))
            i += 1  # a yearbook's month page titled by its month alone, first in the text or after another month's page
            continue
        if (asked := answered_question(lines, i, skip, floor, limit, full_width,
                                        answers)) > i:
            blocks.append(TitleBlock(i, asked, join_title([line.text for line in lines[i:asked]]), "answer"))
            i = asked  # a question over its answer ('…？' / '答：…'), a 问答's item published on its own: its title
            continue
        if i in skip or not titleish(lines[i]) or blocks and blocks[-1].end == i and is_doc_number_line(lines[i].text) \
                or i > 0 and bare_article(lines[i - 1].text) \
                or AGENDA_ITEM_RE.match(lines[i].text.strip()) or named_short_below(lines, i) \
                or NUMERAL_ALONE_RE.fullmatch(lines[i].text.strip()) or closed_annex_entry(lines, i, full_width) \
                or kind_banner(lines, i):
            i += 1  # (a 公告's number line under its title, '国家税务总局公告2018年第31号', is its frame; a 纪要's
            # agenda item's head, '议题一、…调整方案', heads the record's item, though it ends on a kind word; an item's
            # numeral alone, its text an excerpt or a page cut off, '…的;' / '九', opens no title; nor does the line
            # that ends an 附件说明's entry its 发文字号 closes, '结果公告（某审公告〔2021〕11号）', nor run on past it;
            # nor a 文种 alone over the 发文字号 that heads a whole title of that 文种: the 版头's banner, kind_banner)
            continue
        end, subtitled = _title_end(lines, i, skip, notes, floor, limit, full_width)
        if end is None and not (blocks and blocks[-1].end == i) and body_over_its_articles(lines, i):
            end = i + 1  # a body's name heading the 规定 that configures it, its 第一条 right under it
        if end is None and (after := titled_after_close(lines, i, skip, full_width)) > i:
            title = join_title([line.text for line in lines[i:after]])
            blocks.append(TitleBlock(i, after, title, what_follows(lines, after, title)))
            i = after  # a title that ends on no kind word the grammar knows, where a document's frame has just
            # closed and a body opens under it
            continue
        if end is None:
            i += 1
            continue
        last = end - 1
        if end < len(lines) and continues_title(lines, end, kind_of(join_title([line.text for line in lines[i:end]]))):
            end += 1
        elif end < len(lines) and kind_tail_under(lines, i, end):
            last, end = end, end + 1  # its 的 and 文种 on a line of their own, past the lines a title is sought over
        start, cut = _title_head(lines, i, last, end, skip, floor, limit, full_width, listed)
        if start > 0 and annex_name_turned(lines, start, end, full_width):
            i = end  # the 附件说明's name turned: no title
            continue
        if addressees_open(lines, start):
            i = end  # (no title opens on a 主送's first line, though it ends as a kind word does)
            continue
        title = join_title([line.text for line in lines[start:end]])
        framed = _framed_under(lines, start, end, title, notes)
        if _runs_on_from_above(lines, start, end, title, cut, framed, skip, full_width, listed) \
                or _body_sentence(lines, start, end, title):
            i = end
            continue
        if end < len(lines) and CITED_AFTER_RE.match(lines[end].text):
            i = end  # '关于…的请示' / '（〔1996〕…号）收悉': a title cited at a 批复's opening
            continue
        if _runs_on_past_kind(lines, start, end, title, framed, subtitled, skip, full_width, listed):
            i = end
            continue
        if (theme := theme_under(lines, end, title, limit, full_width)) > end:
            blocks.append(TitleBlock(end, theme, join_title([line.text for line in lines[end:theme]]), "occasion"))
            i = theme  # the occasion over a speech's theme (a 引题) is the speech's first line, the theme its title
            continue
        blocks.append(TitleBlock(start, end, title, what_follows(lines, end, title)))
        i = end
    return [block for block in bylined_titles(lines, skip, framed_titles(lines, skip, blocks, limit, full_width),
                                               limit, full_width, listed) if not linked_file_name(lines, block)]


# A month alone on its line, perhaps after its year ('9月', '2014年12月'): a chronicle's month heading, or the title of
# a month's page of one (a yearbook's chronicle, as a 方志 database stores each month on a page of its own).
MONTH_ALONE_RE = re.compile(rf"^(?:{YEAR}\s*年\s*)?(?P<month>{MONTH_OR_DAY})\s*月$")
# The one month a chronicle's title covers: a month alone, or a year and month before the chronicle's name
# ('2014年12月大事记', '2020年1月大事要览').
ONE_MONTH_TITLE_RE = re.compile(rf"^(?:{YEAR}\s*年\s*)?(?P<month>{MONTH_OR_DAY})\s*月(?:{CHRONICLE_NAME})?$")


def month_page(lines: list[Line], i: int, skip: set[int], blocks: list[TitleBlock]) -> bool:
    """A month alone on its line over a day's entry ('9月' over '5日  …') titles a month's page of a chronicle
    (a yearbook sets each month on a page of its own, headed by the month; a 方志 database stores each page so)
    where no title stands over it: first in the text, or under a page of ANOTHER month. A chronicle titled by
    one month ('2014年12月大事记', or a page titled '6月') holds that month's days only, so a heading of another
    month under it is no heading of its own but the next page's title; its own month alone over an event
    ('9月' in September's chronicle) stays its line, and so does any month under a chronicle of a year or of
    months (its headings) or inside a notice (no title of one month stands over it)."""
    if i in skip or not (alone := MONTH_ALONE_RE.match(lines[i].text.replace(" ", ""))):
        return False
    below = next((k for k in range(i + 1, len(lines)) if k not in skip), None)
    if below is None or not ((entry := CHRONICLE_ENTRY_RE.match(lines[below].text.strip()))
                             and (entry.group("day") or entry.group("bare_day"))):
        return False
    if all(k in skip or not lines[k].text.strip() for k in range(i)):
        return True
    if not blocks or not (titled := ONE_MONTH_TITLE_RE.match(squash(blocks[-1].title))):
        return False
    return cn_to_int(titled.group("month")) != cn_to_int(alone.group("month"))


def _title_end(lines: list[Line], i: int, skip: set[int], notes: set[int], floor: int, limit: int,
               full_width: float) -> tuple[Optional[int], bool]:
    """Where the title opening on line i ends: past the last line within the
    lines a title may take that makes it whole by its grammar (its 文种, a
    dated headline, its frame under it), and whether a 副题 under it closes
    it. None when no line does."""
    end = None
    for stop in range(i + 1, min(i + limit + 1, len(lines) + 1)):
        if stop - 1 in skip or not title_line(lines, stop - 1) or (stop - 1 > i and lines[stop - 1].starts_block
                                                                    and not answered_matter_under(lines, stop - 1)):
            break  # (the answered matter in brackets under a reply's title is its last line, a block or not)
        if stop - 1 > i and subtitle_occasion(lines, stop - 1):
            if end is None and balanced(join_title([line.text for line in lines[i:stop - 1]])):
                return stop - 1, True  # a speech titled by its theme, its genre in the 副题
            break  # the 副题 under a title, its occasion ('——在…上的讲话'), is no line of it
        if stop - 1 > i and _past_title(lines, i, stop - 1, end is not None, floor, skip, full_width):
            break
        candidate = join_title([line.text for line in lines[i:stop]])
        if balanced(candidate) and (kind_of(candidate) or dated_headline(candidate)
                                    or stop < len(lines) and headline_over_body(candidate, lines[stop].text)
                                    or stop < len(lines) and hands_itself_on_under(lines, stop, candidate)
                                    or appeal_over_public(lines, i, stop)
                                    and not (i > 0 and wrapped(lines[i - 1], full_width))):
            end = stop
        elif named_over_note(lines, i, stop, notes):
            return stop, False  # lines right over a 题注's first line: the title of the text it dates, whatever
            # word a mirror's damage left it ending on or whatever bracket it left unclosed
        elif stop < len(lines) and HEADLINE_DAY_RE.fullmatch(day := lines[stop].text.strip()) \
                and dated_headline(candidate + day):
            return stop + 1, False  # the headline's day the wrap set on a line of its own: the headline's, no 题注
    return end, False


def _past_title(lines: list[Line], i: int, k: int, whole: bool, floor: int, skip: set[int], full_width: float) -> bool:
    """Line k (under line i) is no line of the title that opens on line i:
    it begins the frame, the body or another title, or line i is something
    else (whole: the lines from i to k already read as a whole title)."""
    if is_doc_number_line(lines[k].text):
        return True  # the 发文字号 under the title, though it names a 公告 as a title would
    if DEED_NAME_RE.match(lines[k].text.strip()) and not wrapped(lines[k - 1], full_width) \
            and not ORGAN_END_RE.search(join_title([line.text for line in lines[i:k]]).strip()):
        return True  # a 文书's name alone on its line ('行政处罚决定书') is a whole title, or the end of one whose
        # organ the lines above name ('（行政机关名称）行政处罚决定书'): a sentence's tail an excerpt cut above it
        # ('…作出如下行政处罚：' / '罚款人民币伍万元') is no line of it; a title's line the wrap filled runs on into
        # it ('某区人民政府关于某某地块' / '项目国有土地上房屋征收决定书')
    if named_short_below(lines, k):
        return True  # the line a short name's bracket goes on from opens a sentence, no line of the title above
    if printed_again(lines, i, k):
        return True  # the title printed twice (a web page's title over the text as printed): the repeat, wrapped
        # or not, is a block of its own
    if _item_under_bar(join_title([line.text for line in lines[i:k]]), lines[k].text):
        return True  # a guide's headline names its item after the bar; the item's name under it heads the text
    if ends_file_name(lines, k - 1):
        return True  # a linked file's name ends at its extension ('…名录.docx'): no title runs on past it
    if re.search(r"[:：]", lines[k - 1].text) and not wrapped(lines[k - 1], full_width) \
            and not answered_lead(lines[k - 1].text) and not POSTED_NOTE_CUT_RE.search(lines[k - 1].text):
        return True  # a line holding a colon that stops short ends a sentence's lead ('责任单位:各县(市)区政府'):
        # no title runs on from it, as none reaches up over it (title_start); but a reply's title goes on
        # after its colon with the subject of the 建议 it answers, and a title after the label of a page's
        # posting note cut at its colon ('…的通告(更新时间:' / '4月11日)') with the note's day
    if whole and (TITLE_GRAMMAR_RE.match(lines[k].text) or is_order_name(lines[k].text)
                  or re.search(r"[，；,;]", lines[k].text) or BODY_OPENING_RE.match(lines[k].text)
                  or TITLE_GRAMMAR_RE.match(re.sub(r"\s", "", lines[k].text)) and not wrapped(lines[k - 1], full_width)):
        return True  # a whole title above, and the next 标题 (or a 令's 版头) or a sentence begins (one opening as
        # a body's first does, '根据《…条例》第三十条规定', though it ends in a 文种 where the wrap cut it); a space
        # between its 发文机关 and 关于 (OCR's) parts no words of that grammar, under a title's line that
        # stops short (joint issuers parted by spaces run on from a full line: '…成都市规划' / '和自然资源局 …关于')
    if whole and wrapped(lines[k], full_width) and not wrapped(lines[k - 1], full_width) \
            and k + 1 < len(lines) and not frame_starts(lines[k + 1]):
        return True  # a whole title above, its last line short, and under it a line the wrap filled that runs on
        # into the next: the body's first line, though the wrap ended it on a kind word ('…监督制度' / '和…');
        # a title centred over its lines fills none after one that stops short
    if whole and _closed_on_its_kind(join_title([line.text for line in lines[i:k]]), lines[k].text):
        return True  # a 关于 title closed on 的 and its 文种 above, and a line under it that no title's words go on
        # with ('…方案的说明' / '本批次申请用地已由…发布征收土地公告'): the body's first line
    if whole and kinds_apart(lines[k - 1], lines[k], full_width):
        return True  # a whole title above, ending on its 文种, and a 文种 alone under it
    if whole and addressees_open(lines, k):
        return True  # a whole title above, and its 主送 under it, though its first line ends as a kind word does
    if whole and AGENDA_ITEM_RE.match(lines[k].text.strip()):
        return True  # a whole title above (a 纪要's), and its first agenda item's head under it ('议题一、…方案'), though
        # the wrap ended that line on a kind word: no title's line opens on an item's head
    if whole and kind_alone_again(lines, i, k):
        return True  # a whole title above, and under it its 文种 alone ('2011大事记' / '大  事  记'): the text's own
        # heading under the page's headline, no line of the title, which names its 文种 once
    if whole and heading_again(lines, i, k, full_width):
        return True  # a whole title above, and under it a whole title of the same 文种 again (the page's heading
        # over the document's own, worded apart): the title is the one above, the heading under it a line
        # of its own
    if k == i + 1 and masthead_over(lines[i].text, lines[i + 1].text):
        return True  # the organ's 版头 over its own title: no line of it
    if organ_alone(lines[i].text) and under_counted_heading(lines, i, skip):
        return True  # an organ's name alone under a list's counted heading is the list's row, no issuer of the
        # title under it: that title begins on its own line (listed_row)
    if signs_text_above(lines, i, floor) and not organ_over_its_year(lines, i):
        return True  # the organ that signs the text above, under its last sentence: no issuer of the title below
        # (unless the year a title's 事由 opens with is under it, where a signature has its date)
    if signs_under_contact(lines, i, floor):
        return True  # the organ that signs the text above under the contact it closes with: no issuer of the title
        # below
    if signs_for_another_place(lines, i, floor):
        return True  # the organ that signs the text above, over a title whose organ is of another place: no joint
        # issuer of it (党政机关公文处理工作条例 第十七条, 同级 organs of one place)
    if signs_over_appeal(lines, i, floor):
        return True  # the organ that signs the text above, over an appeal's title and the public it addresses: a
        # letter's writer signs at its foot, never over its title
    if signed_under_close(lines, i + 1, skip, full_width) == i + 1:
        return True  # the organ's name under the text above's 结束语 ('特此通知。'), its signature though no date
        # follows it: no line of the title below (a 印发 notice's signature over the text it issues)
    if ABOUT_RE.match(lines[k].text) \
            and not ORGAN_END_RE.search(lines[k - 1].text) and not forwarded_head(lines, i, k - 1) \
            and not issued_name_opens(lines[k - 1].text) \
            and not issuing_organs(above := "".join(line.text for line in lines[i:k])) \
            and len(organ_names(above)) < 2 \
            and not (k - 1 == i and declaring_parties_over(lines[i].text, lines[k].text)):
        return True  # '关于' opens a title; only its issuers' lines (or the 转发 of it) go above it, or a joint
        # declaration's parties
    if titled_over_own_preamble(lines, k, k + 1) and not titled_over_own_preamble(lines, i, k + 1):
        return True  # a whole title by its own grammar on its line over the preamble that names the text by its
        # 文种 ('…制定本方案。'): no sentence runs on past a kind word into a preamble that says which text it
        # opens, so the line above it (a sentence an excerpt cut, the wrap having filled it) is no line of it
    return False


def _title_head(lines: list[Line], i: int, last: int, end: int, skip: set[int], floor: int, limit: int,
                full_width: float, listed: frozenset[str]) -> tuple[int, bool]:
    """The title ending at `end` (its kind word on line `last`) reached back
    for its first line: its issuers' lines or the lines the wrap carried it
    from, but none of a sentence cut short above it, a 版头 or an
    agreement's parties. Also whether the line above stops mid-sentence."""
    start = min(title_start(lines, last, end, skip, floor, full_width),
                grammar_head(lines, last, end, skip, max(floor, i), limit, full_width, floor))
    if start < i and titled_over_own_preamble(lines, i, end) and not titled_over_own_preamble(lines, start, end):
        start = i  # a whole title by its own grammar over its own preamble ('…制定本方案。'): the line the wrap
        # filled above it, a sentence an excerpt cut, is no line of it
    if end - start >= 2 and parties_apart_over(lines[start].text, lines[start + 1].text,
                                                 join_title([line.text for line in lines[start:end]])):
        start += 1  # an agreement's parties on one line over its title: its 版头, no words of its title
    if end - start >= 2 and ADDRESSED_LETTER_RE.match(squash(join_title([line.text for line in lines[start + 1:end]]))) \
            and masthead_over(lines[start].text, join_title([line.text for line in lines[start + 1:end]])):
        start += 1  # the organ's name alone over a letter's title that names none: its 版头 (GB/T 9704 7.2.2)
    start = listed_from(lines, start, end, listed, full_width)
    while start < last and PARTICLE_OPENING_RE.match(lines[start].text):
        start += 1  # no title's first line opens on the particle 的: a body line the wrap opened so, the excerpt
        # cut after it ('…报考所需' / '的表格等可从某某县人力资源和社会保障局'), is its sentence's
    # The line above stops mid-sentence; a linked file's name ('附件：…名录.docx') ends at its extension.
    cut = cut_above(lines, start, full_width)
    if (cut or len(join_title([line.text for line in lines[start:end]])) > LETTER_TITLE_MAX) \
            and (head := letter_head(lines, start, end)) > start:
        start = head  # a letter's title under the tail of a sentence cut short, or under a paragraph's lines
        # (a list of names) longer than any letter's title: they are no lines of it
        cut = cut_above(lines, start, full_width)
    if (not appeal_over_public(lines, start, end) or start > 0 and wrapped(lines[start - 1], full_width)) \
            and not TITLE_GRAMMAR_RE.match(join_title([line.text for line in lines[start:end]])) \
            and (head := next((k for k in range(start + 1, end) if appeal_over_public(lines, k, end)
                               and not wrapped(lines[k - 1], full_width)), start)) > start:
        start = head  # an appeal's title over the public it addresses, under the tail of a sentence cut short
        # ('共产党员、退役军人' / '依法参加民兵组织  自觉履行国防义务' / '广大公民朋友们：', or a wrapped sentence's
        # last piece, '…男性公民中' / '选'): that tail is no line of it, nor does a title open under a full line;
        # but lines that read whole as a title by its grammar (its 关于 first) are all its own
        cut = cut_above(lines, start, full_width)
    if (cut or start > 0 and wrapped(lines[start - 1], full_width)) \
            and (head := reply_head(lines, start, end)) > start:
        start = head  # a reply's title under the tail of a sentence cut short ('…同时' / '感谢' / '对…提案的答复',
        # the sentence's last piece under a line the wrap filled): that tail is no line of it
        cut = cut_above(lines, start, full_width)
    if (head := next((k for k in range(start, end) if (cut_above(lines, k, full_width)
                                                       or k > 0 and CLAUSE_END_RE.search(lines[k - 1].text))
                      and signed_full_title(lines, k, end, full_width)), start)) > start:
        start = head  # a full 标题 its own organ signs under its body, under the tail of a sentence cut short
        # (signed_full_title; GB/T 15834: a line that ends on a comma, a semicolon or a 顿号, full-width or as a
        # page stores it in ASCII, stops inside its sentence): that tail is no line of it (a joint issuer's name
        # over it ends no sentence)
        cut = cut_above(lines, start, full_width)
    if (cut or start > 0 and wrapped(lines[start - 1], full_width)) \
            and not signed_full_title(lines, start, end, full_width) \
            and (head := ground_head(lines, start, end)) > start:
        start = head  # a title over its body's ground under the tail of a sentence cut short ('…规划时' /
        # '禁航通告' / '为预防…'): that tail is no line of it; but lines that read whole as a full 标题 its own
        # organ signs under its body are all its own (signed_full_title)
        cut = cut_above(lines, start, full_width)
    if (head := next((k for k in range(start + 1, end) if short_of_full(lines[k - 1], full_width)
                      and placed_plan_alone(lines, k, end, full_width)), start)) > start:
        start = head  # a plan's whole title by its place and period on lines of its own under the tail of a
        # sentence cut short ('…新征程营' / '某市2021-2025年…规划'): that tail, stopping short, is no line of it
        cut = cut_above(lines, start, full_width)
    return start, cut


def _framed_under(lines: list[Line], start: int, end: int, title: str, notes: set[int]) -> bool:
    """A frame stands under the title, as under no line of a sentence: a
    题注, a date (a full one over the 主送), the period it covers, a signature, a 副题, a collection's
    first case's ordinal ('案例一')."""
    return end in notes or dated_under(lines, end) or dated_over_addressees(lines, end) or period_under(lines, start, end) \
        or signed_under(lines, end, title) \
        or (end + 1 in notes and organ_alone(lines[end].text)) \
        or (end < len(lines) and bool(subtitle_occasion(lines, end))) \
        or (end < len(lines) and bool(CASE_ORDINAL_RE.match(lines[end].text.strip()))) \
        or compiled_under(lines, end, title) \
        or speakers_over_salutation(lines, end, title) \
        or numbered_order_dated(lines, end, title)


def _runs_on_from_above(lines: list[Line], start: int, end: int, title: str, cut: bool, framed: bool,
                        skip: set[int], full_width: float, listed: frozenset[str]) -> bool:
    """The lines are a quoted title inside a sentence, or a wrapped body
    line, that the line above runs on into."""
    # a quoted title inside a sentence, or a wrapped body line (not the title printed above it whole; nor one under
    # a 目录 entry's page, where no sentence runs on; nor under a guide's last value; nor, under a sentence cut short,
    # a full 标题 with its 主送 under it, GB/T 9704 7.3.1-7.3.2: a sentence that ran into a title goes on with words,
    # not with a list of organs and a colon, framed_full_title; nor a letter's title over its 称谓 under a line the
    # wrap filled, an excerpt cut there, letter_under)
    return start > 0 and not lines[start].starts_block and not lines[start - 1].cells \
            and start - 1 not in skip and not is_order_name(lines[start].text) \
            and not ends_on_entry_page(lines[start - 1].text) and (
            cut or (wrapped(lines[start - 1], full_width) and not printed_line(lines, start - 1)
                    and not duty_note_closed_at(lines, start - 1, skip)
                    and not framed_full_title(lines, start, end)
                    and not bare_title_over_addressees(lines, start, end, full_width)
                    and not rule_under_sentence_words(lines, start, end)
                    and not rule_over_articles(lines, start, end)
                    and not levels_under_title(lines, start, end)
                    and not placed_plan_alone(lines, start, end, full_width)
                    and not organ_short_over_its_year(lines, start, end, full_width)
                    and not _plan_under_heading(lines, start, end)
                    and not titled_over_ground(lines, start, end)
                    and not titled_over_own_preamble(lines, start, end)
                    and not explains_quoted_text(lines, start, end)
                    and not staged_draft_over_body(lines, start, end)
                    and not _title_closes_short(lines, start, end, full_width)
                    and not numbered_full_title(lines, start, end, full_width)
                    and not announced_full_title(lines, start, end)
                    and not closed_full_title(lines, start, end)
                    and not signed_full_title(lines, start, end, full_width)
                    and not passes_on_under(lines, start, end)
                    and not kinds_apart(lines[start - 1], lines[start], full_width)
                    and not ends_file_name(lines, start - 1) and not closed_annex_entry(lines, start - 1, full_width)
                    and not row_ended(lines[start - 1], full_width, title)
                    and not ends_as_row_above(lines, start - 1, full_width)
                    and signed_under_close(lines, start + 1, skip, full_width) != start
                    and squash(title) not in listed)) \
            and not (cut and (number_and_addressees_under(lines, end) or letter_under(lines, start, end)
                              or appeal_over_public(lines, start, end)
                              or party_under(lines, end, title)
                              or members_under(lines, start, end) or framed_full_title(lines, start, end)
                              or bare_title_over_addressees(lines, start, end, full_width)
                              or saluted_public_title(lines, start, end)
                              or numbered_full_title(lines, start, end, full_width)
                              or announced_full_title(lines, start, end)
                              or closed_full_title(lines, start, end)
                              or signed_full_title(lines, start, end, full_width)
                              or passes_on_under(lines, start, end)
                              or rule_over_articles(lines, start, end)
                              or levels_under_title(lines, start, end)
                              or placed_plan_alone(lines, start, end, full_width)
                              or titled_over_ground(lines, start, end)
                              or titled_over_own_preamble(lines, start, end)
                              or explains_quoted_text(lines, start, end)
                              or organ_title_under_bare_label(lines, start)
                              or hands_itself_on_under(lines, end, title)
                              or titled_over_table(lines, start, end)
                              or staged_draft_over_body(lines, start, end))) \
            and not (not cut and (letter_under(lines, start, end) or appeal_over_public(lines, start, end)
                                  or members_under(lines, start, end))) \
            and not joint_head_opens(lines, start, end) \
            and not framed \
            and not outline_restarts(lines, start, end) and not printed_again(lines, start - 1, start, end - start) \
            and not guide_element(lines, start - 1)


def _body_sentence(lines: list[Line], start: int, end: int, title: str) -> bool:
    """The lines are a sentence of the body that happens to end on a kind word."""
    # a sentence of the body that happens to end in 意见 or 方案, or opens on its ground ('根据…公报'), on what a meeting
    # did ('会议还传达学习…' / '…时的讲话') or on the 过渡语 that hands the matter on ('现将…情况'), or closes its purpose clause
    # naming its text by 本 over lines the measure wrapped ('…制定本行动' / '计划')
    return bool(re.search(r"[，；,;]", "".join(line.text for line in lines[start:end]))
                or CITING_OPENER_RE.match(lines[start].text) or MEETING_NARRATIVE_RE.match(lines[start].text)
                or TRANSITION_RE.match(lines[start].text.strip()) or SELF_NAMED_RE.search(title))


def _runs_on_past_kind(lines: list[Line], start: int, end: int, title: str, framed: bool, subtitled: bool,
                      skip: set[int], full_width: float, listed: frozenset[str]) -> bool:
    """The lines are body lines the measure filled, the last one running on
    past the kind word it happens to end on into the line under it."""
    after_date = ends_frame(lines, start - 1)  # an issued text's title
    # A whole 标题 by its own grammar ('…关于', or an organ's name and the year its 事由 opens with) under a
    # line that stops short: no sentence of the body opens so at the margin.
    own_head = (TITLE_GRAMMAR_RE.match(title) or YEAR_TITLE_RE.match(title) or PLACE_YEAR_TITLE_RE.match(title)
                or dated_headline(title) or end < len(lines) and headline_over_body(title, lines[end].text)) \
        and (start == 0 or start - 1 in skip or not wrapped(lines[start - 1], full_width)
             or signed_under_close(lines, start + 1, skip, full_width) == start) \
        and not BODY_OPENING_RE.match(title)  # (or under the 目录), no sentence's purpose or ground before 关于
    # ('为深入学习贯彻…关于…的重要讲话' / '和重要指示批示精神，…': a body's first line, full, that names a 讲话)
    indent = paragraph_indent(lines[end - 1])
    filled = (width(lines[end - 1].text) + indent) / (full_width or 1)
    if indent and filled > MEASURE.exact:
        filled -= indent / (full_width or 1)  # an indent no print sets: a full measure of text after a tab or the
        # '&nbsp;' an export set for the paragraph's 左空二字 (GB/T 9704 7.3.3), the wrap measuring the text alone
    under_number = start > 0 and is_doc_number_line(lines[start - 1].text)  # the 版头's 发文字号 over it
    # a full body line that runs on past the kind word (not into a 题注, a date, a period or a 副题, nor into a line
    # indented as a paragraph's first: GB/T 9704 7.3.3, the body's paragraphs 左空二字; nor over a text whose outline
    # starts again; nor a guide's title over its first element's label or its item's name again, where no sentence
    # goes on; nor a title under a whole sentence over a preamble that names the text by its kind, '…制定本方案。', or a
    # 公文's title led by its year, its organ's or its place's name over its body's ground, '根据…', a title exactly as
    # long as the measure (no 过渡语 in it: '…督查室现将' / '2019年…通报' is a sentence), or a whole 标题 (its organ, 关于, its 文种)
    # over that ground under a line the wrap filled or an excerpt cut, full_title_over_ground, or a 解读's title over
    # the name it quotes, explains_quoted_text; nor the file's first line over a preamble that hands the matter on
    # by the title's 文种, '…公告如下：'; nor a title over the body's 过渡语, '现将…': no sentence runs on past a kind word into
    # it with no stop between; nor an appeal's title over the public it addresses, a salutation alone on its line)
    return end < len(lines) and MEASURE.full <= filled <= MEASURE.exact and not under_number \
            and not ends_sentence(lines[end - 1].text) \
            and not frame_starts(lines[end], lines[end + 1].text if end + 1 < len(lines) else "") \
            and not after_date and not own_head and not genre_opens_under(lines, end, title) \
            and not (stops_sentence(lines[start - 1].text if start else "。") and names_itself_under(lines, end, title)) \
            and not titled_over_own_preamble(lines, start, end) \
            and not (start == 0 and kind_of(title) in DOCUMENT_KINDS and announces_itself_under(lines, end, title)) \
            and not TRANSITION_RE.match(lines[end].text.strip()) \
            and not (stops_sentence(lines[start - 1].text if start else "。")
                     and DATELINE_RE.match(lines[end].text.strip()) and not CHRONICLE_ENTRY_RE.match(title)) \
            and not (stops_sentence(lines[start - 1].text if start else "。")
                     and (year_led_over_ground(lines, end, title)
                          or titled_over_ground(lines, start, end) and not TRANSITION_RE.search(title))) \
            and not full_title_over_ground(lines, start, end) and not explains_quoted_text(lines, start, end) \
            and not framed_full_title(lines, start, end) and not saluted_public_title(lines, start, end) \
            and not appeal_over_public(lines, start, end) \
            and squash(title) not in listed and not framed \
            and not (NUMBERED_TITLE_RE.search(title) and (ends_sentence(lines[start - 1].text if start else "。")
                                                          or start - 1 in skip)) \
            and not (_joined_kind(title) and (start == 0 or stops_sentence(lines[start - 1].text))
                     and not tail_over_signature(lines, end)) \
            and not (placed_plan_title(title) and (start == 0 or stops_sentence(lines[start - 1].text))
                     and not name_goes_on(lines, end)) \
            and not _placed_head_short(lines, start, end, full_width) \
            and not _citation_cut_over(lines, start, end, full_width) \
            and not subtitled and not subtitle_under(lines, end, full_width) and not paragraph_indent(lines[end]) \
            and not outline_restarts(lines, start, end) \
            and not (kind_of(title) == "指南" and (GUIDE_FIELD_RE.match(lines[end].text.strip())
                                                 or _item_under_bar(title, lines[end].text)))


def listed_from(lines: list[Line], start: int, end: int, listed: frozenset[str], full_width: float) -> int:
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
                    or not tail and any(ORGAN_END_RE.search(text) for text in over) and not opens_on_organ(entry):
                return start
            return k
    return start


def _item_under_bar(head: str, text: str) -> bool:
    """The line repeats what a headline names after its bar ('…办事指南|国有…首次登记' / '国有…首次登记'), or
    begins to, the wrap cutting the repeat ('国有建设用地使用权及房屋所' / '有权首次登记')."""
    bar = max(head.rfind("|"), head.rfind("｜"))
    item, line = squash(head[bar + 1:]), squash(text)
    return bar >= 0 and len(line) >= 2 and item.startswith(line) and bool(kind_of(head))


def _placed_head_short(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """A title over two lines whose first opens on its place's name (GB/T 9704 7.3.1: who or where first) and
    stops short of the measure, under a sentence's full stop ('从化区…微改造项目' / '(一期)“11·27”…一般事故调查
    报告'): a paragraph's lines fill the measure but its last, so the full line under the short one is the title's
    last, set as a centred title is, not a body line running on past its kind word."""
    return end - start == 2 and (start == 0 or stops_sentence(lines[start - 1].text)) \
        and from_its_place(lines[start].text) and not wrapped(lines[start], full_width)


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
    conjunction a sentence goes on with ('，', '的', '和', '等'; name_goes_on): the title of a plan published on its
    own, though the line above stops mid-sentence (an excerpt the store cut there), not the bare name a sentence
    ran into and ended on."""
    title = join_title([line.text for line in lines[start:end]])
    if end >= len(lines) or not placed_plan_title(title) \
            or not PLACE_SPAN_OPENING_RE.match(re.sub(r"\s+", "", title)) \
            or re.search(r"[，。；：、,;:！？!?《》]", title) \
            or not short_of_full(lines[end - 1], full_width) or name_goes_on(lines, end):
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


# A numeral alone on a line: an outline item's label whose text an excerpt or a page cut off, no line of a title.
NUMERAL_ALONE_RE = re.compile(r"[一二三四五六七八九十]{1,3}")


PARTICLE_OPENING_RE = re.compile(r"^\s*的(?!士)")  # (的士, a taxi, is a word)


def kind_tail_under(lines: list[Line], start: int, end: int) -> bool:
    """GB/T 9704 7.3.1: a title is its organ, its 事由 and its 文种, the 事由 joined to the 文种 by 的 ('…《某某办法》的通知').
    A line that holds only 的 and a 文种 ('的通知') opens no title of its own (PARTICLE_OPENING_RE: no title's first
    line opens on the particle 的) and says nothing a sentence would: it is the end of the title over it, whose
    lines a long page set one a line ('某市人民政府批转市科委' / '《某市…认定办法》' / '的通知'), though the title
    above already ends on a kind word (办法) and closes its marks."""
    text = lines[end].text.strip()
    return PARTICLE_OPENING_RE.match(text) is not None and bool(KIND_RE.fullmatch(text[1:])) \
        and balanced(join_title([line.text for line in lines[start:end + 1]])) and not lines[end].starts_block


# What follows a title cited in a sentence (a 批复 or 复函 opens "…关于…的请示
# （〔1996〕…号）收悉"): its number in brackets, and the sentence going on; or
# the sentence's verb itself, the wrap falling after the title ("…的请示" / "收悉。")
# or before its kind word ("你局关于…制度" / "的请示收悉。"). A bracket that holds a
# date with the number is the title's own 题注 as gazettes reprint it ("（1985年5月4日
# 皖政〔1985〕38号）  根据…", the body run on after it), not a cited number.
CITED_AFTER_RE = re.compile(rf"^(?:的[\u4e00-\u9fa5]{{1,4}}?)?(?:[（(][^（）()日]{{0,30}}{HAO}[）)]\s*\S|{ACKNOWLEDGED_RE.pattern[1:]})")
