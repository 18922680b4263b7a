"""The close of the text above a title (GB/T 9704 7.3.4–7.4): its 附件说明, its 署名 and 成文日期, its 版记. A title
can open right under them; an organ's name under a text's last line is that text's signature, not a title's first line.
"""
from __future__ import annotations

import re
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, closed_annex_list,
                            CLOSING_FORMULA_RE, DATE_RE, from_its_place, kind_of, ORGAN_ENDING, over_contact,
                            PRINTED_LINE_RE, self_word)
from ....text.lines import closes_duty_note, DUTY_NOTE_WRAP, ends_sentence, splits_word, squash
from ....text.measure import paragraph_indent
from ....text.numbering import DECIMAL_HEADING_RE, LABEL_RE
from ....text.script import either_script
from ..grammar import (annex_name_turns, balanced, closing_line, dated_at, ends_file_name, ends_frame, flows_on,
                       is_addressee_line, is_date_line, is_doc_number_line, ISSUING_WORD_RE, join_title, NAME_LINES,
                       NUMBER_CLOSED_NAME_RE, organ_alone, title_lines)
from ..spans import TitleBlock
from ..unfold import outline_heading
from .lines import TITLE_ORGAN_RE, titleish, wrapped


def linked_file_name(lines: list[Line], block: TitleBlock) -> bool:
    """The block ends on the name of a file a web page links under its headline ('…的通知.doc'), its extension
    ending it: a download, no title, though its name ends in a kind word. One under an 附件 mark is read with the
    mark (parts: no part's title)."""
    return ends_file_name(lines, block.end - 1) \
        and not (block.start > 0 and ANNEX_MARK_RE.match(lines[block.start - 1].text.strip()))


AFTER_CLOSE_TITLE_CHARS = (6, 50)


def titled_after_close(lines: list[Line], i: int, skip: set[int], full_width: float) -> int:
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
# A news report's lede, opening on the day it tells of and a comma ('11月30日，', '2022年11月30日上午,'): a
# report's first sentence, under its headline. No title's words go on into a day and a comma.
DATELINE_RE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:[上下]午|晚)?[，,]")


def cut_above(lines: list[Line], start: int, full_width: float) -> bool:
    """The line above start stops mid-sentence; a linked file's name ('附件：…名录.docx') ends at its extension,
    and a 版记 line's list of organs runs on into no title."""
    return start > 0 and (flows_on(lines[start - 1].text) and not outline_heading(lines, start - 1, full_width)
                          or _annex_item_cut(lines, start - 1, full_width)) \
        and not ends_file_name(lines, start - 1) \
        and not ends_frame(lines, start - 1) and not closed_annex_entry(lines, start - 1, full_width)


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


def closed_annex_entry(lines: list[Line], k: int, full_width: float) -> bool:
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


def annex_name_turned(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """The title-like lines start..end end the name of the 附件说明 above
    (annex_name_turns), its '附件:' line right above them or the lines the
    measure filled under it: a date under them is the notice's 成文日期."""
    for top in range(start - 1, max(-1, start - 1 - ANNEX_REACH), -1):
        if ANNEX_LIST_RE.match(lines[top].text.strip()):
            return annex_name_turns([line.text for line in lines[top:start]], [line.text for line in lines[start:end]])
        if not wrapped(lines[top], full_width) or ends_sentence(lines[top].text):
            return False
    return False


def signed_under_annex_lists(lines: list[Line], limit: int, full_width: float) -> set[int]:
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
            if ends_sentence(lines[top].text) and not _numbered_entry_at(lines, top, full_width) \
                    or is_date_line(lines[top].text):
                break  # (an entry numbered in the list, '2.…补偿方案。', closed with a stop as issuers print it)
    return out


def _numbered_entry_at(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k ends an entry numbered as the 附件说明 numbers them ('2.…方案。',
    GB/T 9704 7.3.4), on its line or the last of those the wrap filled under
    the number: an issuer that closes its entries with a stop ends no
    sentence of the body there."""
    for j in range(k, max(-1, k - NAME_LINES), -1):
        if ANNEX_ITEM_RE.match(lines[j].text.strip()):
            return True
        if j - 1 < 0 or not wrapped(lines[j - 1], full_width):
            return False
    return False


def _annex_entry_on(listed: list[Line], text: str) -> bool:
    """The line goes on with the 附件说明 above as its next numbered entry
    (GB/T 9704 7.3.4: '附件:1.…' / '2.…'): its number one past the last
    entry's."""
    numbers = [int(m.group("no")) for line in listed
               if (m := ANNEX_ITEM_RE.match(ANNEX_LIST_RE.sub("", line.text, count=1).strip()))]
    below = ANNEX_ITEM_RE.match(text.strip())
    return bool(numbers) and bool(below) and int(below.group("no")) == numbers[-1] + 1


def heads_unnamed_title(lines: list[Line], start: int, end: int, floor: int) -> bool:
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


def organ_place(name: str) -> Optional[str]:
    """The place an organ's name opens on ('历下区' of '历下区人民政府办公室'), None for a name that opens on no
    place's (国务院…, 国家…, a level word alone: '区人民政府办公室')."""
    match = ORGAN_PLACE_RE.match(name)
    return match.group(1) if match and from_its_place(name) else None


def signs_for_another_place(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, one organ's name alone right under the text above's last line
    (a sentence it ends, or the contact it closes with: GB/T 9704 7.3.6), is
    that text's signature (7.3.5.1), though no date follows it, when the
    title under it opens on an organ of another place, or, with no 关于, on
    another place's name (TITLE_PLACE_RE: '某某镇全面推行…的实施方案' under
    '某某市水利局', which no title runs into its 事由 without 关于, GB/T 9704
    7.3.1): organs that issue a
    text jointly are 同级 organs of one government's rank (党政机关公文处理
    工作条例 第十七条), and a joint title names them each whole, of the one
    place, over its 关于 ('中共某县委办公室' / '某县人民政府办公室' / '关于…').
    A district's office over a prefecture's ('历下区人民政府办公室' /
    '湘西自治州人民政府办公室' / '关于…的通知') signs the text above; an organ
    of the same place over the title's organ may be its joint issuer."""
    if k <= floor or k + 1 >= len(lines):
        return False
    name = squash(lines[k].text)
    if not organ_alone(name) or (place := organ_place(name)) is None:
        return False
    if not ends_sentence(lines[k - 1].text) and over_contact([line.text for line in lines], k, name) is None:
        return False
    below = squash(lines[k + 1].text)
    about = ISSUING_WORD_RE.search(below)
    organ = below[:about.start()] if about else below  # (the title's own 发文机关: its name whole, before its 关于)
    other = organ_place(organ) if organ_alone(organ) else None
    if other is None and not about and (town := TITLE_PLACE_RE.match(below)):
        return town.group(1) not in name and not town.group(1).startswith(place)  # (its 事由 opens on its own place)
    return other is not None and not other.startswith(place) and not place.startswith(other)


# A title with no 关于 whose 事由 opens on the place it covers, named with its level ('某某镇全面推行湖长制的实施方案',
# '某某县2021年…'): one to three places, each of two or three characters and its level word, the last not a word that
# ends in a level's character (社区, 城区, 园区, 景区, 城镇, 城市: no place's name).
TITLE_PLACE_RE = re.compile(either_script(
    r"^(?!各|全|本|我|该|致|关于)((?:[\u4e00-\u9fa5]{2,3}?(?<![社城园景辖片集都超特新范发护街])"
    r"(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗|镇|乡|街道)){1,3})"))


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


def printed_line(lines: list[Line], k: int) -> bool:
    """Line k is the 版记's 印发 line (GB/T 9704 7.4.3), the last of a document,
    which may fill the measure: no line of a title runs on from it."""
    return k >= 0 and bool(PRINTED_LINE_RE.search(lines[k].text))


def duty_note_closed_at(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Line k closes the units' note an item of a 分工方案 or 工作要点 opened
    after its full stop on a line above (closes_duty_note): the item ends
    there, though the line fills the measure, so a title's first line may
    stand right under it."""
    first = k
    while first > 0 and k - first + 1 < DUTY_NOTE_WRAP and first - 1 not in skip \
            and not lines[first].starts_block:
        first -= 1
    return closes_duty_note([line.text for line in lines[first:k + 1]])


def signed_under_close(lines: list[Line], head: int, skip: set[int], full_width: float) -> int:
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


def tail_over_signature(lines: list[Line], end: int) -> bool:
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
