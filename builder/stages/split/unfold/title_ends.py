"""Where a title run into its 主送 or its body leaves off (GB/T 9704
7.3.1-7.3.2), read by the title's grammar and by what runs on after its 文种.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Optional

from ....model import Line
from ....text.frame import (ABOUT_RE, CLOSING_FORMULA_RE, DOC_NUMBER_RE, DOCUMENT_KINDS, FILE_NAME_END_RE, HAO,
                            kind_of, kind_word_goes_on, KINDS, OPEN_BRACKETS, ORGAN_END_RE, ORGAN_ENDING,
                            ORGAN_START_RE, from_its_place, paren_frame, PLACE_YEAR_TITLE_RE, YEAR_TITLE_RE)
from ....text.lines import ends_sentence, width
from ....text.script import either_script
from ...masthead import closes_toc_entry
from ..grammar import (ADDRESSEE_WRAP, flows_on, is_addressee_line, is_doc_number_line, ISSUING_WORD_RE, join_title,
                       LETTER_OPENING_RE, organ_alone, organ_names, PASSING_ON_RE, PASSING_TITLE_RE, TITLE_CHARS,
                       TITLE_GRAMMAR_RE)
from .forms import joint_head_wrapped, PUBLISHED_KINDS, RUN_IN_LINES
from .addressees import (addressees_opening, addressees_then_body, applicant_named, asker_answered, BODY_OPENING_RE,
                         class_addressees_run_on, CLASS_OPENING_RE, comma_closing_addressees, member_answered, named_addressees,
                         organ_list_opens, organ_the_title_names, parties_served, PUBLIC_KINDS, reply_addressee_run_on, salutation,
                         SENTENCE_OPENER_RE)
from .frames import digest_frame, frame_run_in, number_run_in, part_run_in_frame, unspaced_frame_run_in
from .outline import outline_heading, title_stands


# A 发文字号 at the head of its line, words run on after it: '卫国土资发〔2012〕313号中宁、海原县国土资源局、…:'.
NUMBER_RUN_ON_RE = re.compile(rf"^\s*(?P<number>{DOC_NUMBER_RE.pattern})\s*(?P<rest>(?!{HAO})[\u4e00-\u9fa5（(].*)$", re.X)


# A 转发 title may name the text it passes on by that text's 发文字号, not its title ('某市人民政府办公厅关于转发某政办发
# 〔2014〕20号文件…的通知': GB/T 9704 7.3.1, the 事由 names the matter; 党政机关公文处理工作条例 第二十条 cites a text by
# its number): the title's line ends on its passing verb, or on the first characters of the cited number's 代字 the wrap
# left after the verb ('…关于转发鲁' / '政办发〔2014〕20号文件…'); the verb right after 关于 or the organ's name, as the
# title's grammar sets it (a sentence's '现将…文件转发' has other words before it).
PASSING_VERB_END_RE = re.compile(rf"(?:{ABOUT_RE.pattern}|{ORGAN_ENDING})" + either_script(r"(?:转发|印发|批转)")
                                 + r"[\u4e00-\u9fa5]{0,4}$")


def number_in_open_title(above: str) -> bool:
    """The line above a 发文字号 at a line's head opens a title by its grammar
    (TITLE_GRAMMAR_RE: 发文机关 + 关于 or its passing verb) that no 文种 ends
    yet, no sentence's punctuation in it, and ends on its passing verb
    (转发, 印发, 批转) right after 关于 or the organ's name, or on a 代字's
    first characters after it (PASSING_VERB_END_RE): the number is the one
    the title cites, the title going on after it, not the document's own
    发文字号 with its 主送 run on."""
    above = above.strip()
    kind = kind_of(above)
    return bool(TITLE_GRAMMAR_RE.match(above)) and bool(PASSING_VERB_END_RE.search(above)) \
        and not (kind and above.endswith(kind)) and not re.search(r"[，,。；;：:！？!?]", above)


def numbers_then_addressees(lines: list[Line]) -> list[Line]:
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
    first, the 主送 after it (unspaced_frame_run_in): number, title, 主送 and
    body each given back a line."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        match = NUMBER_RUN_ON_RE.match(line.text)
        if match and out and number_in_open_title(out[-1].text):
            match = None  # (the number a 转发 title cites, the title going on after it: no frame's number)
        rest, k = (match.group("rest").strip() if match else ""), n + 1
        while match and not re.search(r"[:：]", rest) and k < min(n + ADDRESSEE_WRAP, len(lines)):
            rest, k = rest + lines[k].text.strip(), k + 1
        colon = re.search(r"[:：]", rest) if match else None
        above = out[-1].text.strip() if out else ""
        whole_above = bool(match) and (not above or ends_sentence(above)  # (read only under a number run on)
                                       or bool((kind := kind_of(above)) and above.endswith(kind))
                                       or _kind_cut_above(out))
        frame = unspaced_frame_run_in(rest) if colon and whole_above and match.end("number") == match.start("rest") \
            and not any(below.starts_block or below.after_page_break for below in lines[n + 1:k]) else None
        if not frame and match and match.end("number") == match.start("rest"):
            # (asked under any line, also one an excerpt the store cut ends: no sentence that runs on into a
            # cited number goes on with a whole title, a 主送's names and a date after them)
            digest, end = digest_frame(lines, n, match.group("rest").strip())
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
            # own step parts (addressees_then_run_on_body)
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


TITLE_END_RE = re.compile(either_script("的(?:" + "|".join(p for _, p in KINDS) + ")"))  # a title's end (…工作的通知): in no 主送


BRACKETS_RE = re.compile(r"[（(][^（）()]{4,60}[）)]")


def addressees_run_in(text: str, lines: list[Line], n: int) -> Optional[str]:
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
        return rest if addressees_opening([rest] + following) else None
    return None


def addressees_then_run_on_body(lines: list[Line]) -> list[Line]:
    """GB/T 9704 sets the 主送机关 on a line of its own under the title (7.3.2)
    and the body under it; a page that lost that break runs the body's first
    sentence on after the colon ('各村、各社区：为切实做好…'). Right under a
    title (its kind word ending the line) or its 发文字号, names closing on a
    colon and then a sentence opening as bodies open (addressees_then_body),
    or one body's name then a sentence answering it (reply_addressee_run_on),
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
                 or class_addressees_run_on(run) and _wrapped_title_above(out))
        letter = under_title and bool(LETTER_TITLE_RE.match(above)) and kind_of(above) == "信" \
            and salutation(run[0], run[1:])  # a letter's 称谓, then its first sentence whatever it says
        if not (under_title and (addressees_then_body(run) or class_addressees_run_on(run)
                                 or reply_addressee_run_on(run) or letter)):
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


def titles_then_addressees(lines: list[Line], full_width: float = 0.0) -> list[Line]:
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
                and (closed := comma_closing_addressees("".join(line.text for line in [rest_line] + block))):
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
        if cuts := frame_run_in("".join(line.text for line in [rest_line] + block)):  # the title's date and
            at, used = len(rest_line.text), 0  # number, then its body: the lines the frame runs over, no more (the
            while used < len(block) and at <= cuts[-1]:  # lines under them are read on for titles run in as any are)
                at, used = at + len(block[used].text), used + 1
            if not frame_run_in("".join(line.text for line in [rest_line] + block[:used])):
                used = len(block)
            out.extend(part_run_in_frame([rest_line] + block[:used]))
            i = j + 1 + used
            i += _addressees_carried_over(out, lines, i)
            continue
        out.append(rest_line)
        i = j + 1
    return out


def _addressees_carried_over(out: list[Line], lines: list[Line], i: int) -> int:
    """The 主送 a page ran on after a title and its frame on one line
    (GB/T 9704 7.3.2: the organs' names, the colon after the last, on a line
    of their own under the title), which the wrap cut on the line where it
    opens ('…的通知 某政发〔2010〕27号 各县' / '(市)区人民政府,市政府各部门: 《…'):
    the piece set out after the frame (out's last line) joined to the lines
    it runs over, up to the one its colon stands in, where the two read as
    one 主送 (grammar.is_addressee_line) with no sentence's stop before the
    colon; what follows the colon is the body's (addressees_then_run_on_body
    parts it). The lines of lines from i joined so, or 0."""
    head = out[-1].text.strip() if out else ""
    if not head or not out[-1].starts_block or re.search(r"[:：。；;！？!?]", head):
        return 0
    text = head
    for k in range(i, min(i + ADDRESSEE_WRAP, len(lines))):
        if lines[k].starts_block:
            return 0
        text += lines[k].text.strip()
        if colon := re.search(r"[:：]", text):
            if re.search(r"[。；;！？!?]", text[:colon.start()]) or not is_addressee_line(text[:colon.end()]):
                return 0
            out[-1] = replace(out[-1], text=out[-1].text + "".join(line.text for line in lines[i:k + 1]))
            return k + 1 - i
    return 0


def _addressees_closed_on(rest: str) -> bool:
    """What runs in after a title on its line is a 主送 closing on its colon
    there, no sentence's mark before it ('区人大常委会:', GB/T 9704 7.3.2)."""
    colon = re.search(r"[:：]", rest)
    return bool(colon) and not re.search(r"[，。；,;]", rest[:colon.start()]) and addressees_opening([rest[:colon.end()]])


@lru_cache(maxsize=1 << 16)  # asked of every line of a run a title may open, by several stages
def number_alone(text: str) -> bool:
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


@dataclass(frozen=True)
class _TitleRead:
    """How the title opening a run reads (by which grammar, where it
    stands), which says what run in after its 文种 may part it: a 主送, a
    letter's or a public 称谓, or the body."""
    head: str  # the run's first characters: a title and its 主送's first names at most
    grammar: object  # its organ-and-关于 grammar (or 关于, joint organs, a 印发 title, its 发文字号 over it), or None
    organs_only: bool  # only a 主送 of organs closing on its colon parts it (no body: a sentence may go on so)
    letter: bool  # a letter's title: its 称谓 closing on its colon parts it
    served: bool  # a notice served on a village or body and its parties (parties_served)
    greeted: bool  # a public body's notice titled by its name: its greeting to the public parts it
    placed: bool  # a title of the place and year its 事由 covers, the 文种 joined on without 的
    headed: bool  # under an outline heading an excerpt was cut after
    bare: bool  # its 事由 and 文种 alone, where a title stands: only a body opening as bodies open parts it
    terse: bool  # a 通告's or 公告's title of a few words: only a 主送 opening on 各 parts it
    stands: bool  # a title stands here (title_stands, its organ's line over it, a joint head wrapped)
    body_only: bool  # only the body run in after it parts it
    numbered: bool = False  # an organ's title, 关于 left out, its 发文字号 run in right after its 文种


def _read_title(lines: list[Line], i: int, above: list[Line], run: list[str], full_width: float,
                letter_only: bool) -> Optional[_TitleRead]:
    """How the title opening on line i reads (_TitleRead), or None where it
    reads as no title whose end a run-in 主送 or body may mark. The title
    reads as one by its grammar (its organ and 关于/印发/转发, or 关于; joint
    organs; or it stands under its 发文字号); letter_only: under a line cut
    mid-sentence, where only a letter's 称谓, or a 主送 of organs under a
    title its organ opens, parts it."""
    head = " ".join(run)[:2 * TITLE_CHARS]  # a title and its 主送's first names at most
    # A reposting page's headline quotes the whole title in 《》 ('《某市人民政府办公厅关于…的通知》'): its grammar is
    # read inside them, and it ends on its 文种 and the closing 》.
    plain = head.replace(" ", "").removeprefix("《")
    passing = PASSING_TITLE_RE.match(plain)  # ('印发《…》的通知', organ and 关于 left out)
    grammar = TITLE_GRAMMAR_RE.match(plain) or _joint_organs_head(head) \
        or ANSWER_TITLE_RE.match(plain) or passing \
        or bool(above) and is_doc_number_line(above[-1].text.strip()) \
        and not ((head.startswith("各") or organ_list_opens(head)) and addressees_opening(run))  # (GB/T 9704 7.2.4,
    # 7.3.1: the 版头's 发文字号, then the title under it, whatever it says; but a 主送 opening on 各, or on an organ's
    # name and its 顿号, under a number printed below its title is the 主送, though its names hold a kind word:
    # '各区县局、某新区规划' / '自然资源局:', '区发展改革委、…、区规划' / '自然资源局、…:')
    letter_stands = bool(LETTER_TITLE_RE.match(lines[i].text)) \
        and (title_stands(above) or bool(above) and outline_heading(above, len(above) - 1, full_width))
    # A letter's title opening as one opens (致…, its place or organ, its kind: grammar.LETTER_OPENING_RE) with its
    # 称谓 run in is parted where no title stands too (under a text whose excerpt ends mid-sentence): no sentence goes
    # on into a letter's name and a salutation closing on its colon.
    letter = letter_stands or bool(LETTER_TITLE_RE.match(lines[i].text)) and bool(LETTER_OPENING_RE.match(lines[i].text))
    organs_only = False
    organ_titled = not grammar and (_organ_year_title(head) or _numbered_order_title(head))
    # A notice served on one village or body and the parties it stands for (告知书, 征收土地预公告: frame.ADDRESSEE_CLASS_RE,
    # '…村及有关农户：'), its title read by no grammar of organ and 关于, its 主送 run in: only that 主送 closing on its
    # colon parts it, wherever it stands (parties_served).
    served = not (grammar or letter) and bool(PARTIES_SERVED_RE.search(head.replace(" ", "")))
    # A public body's 通告, 公告 or 通知 titled by its place or name, its greeting to the public run in right after its
    # kind word ('…兵役登记公告广大适龄青年朋友们：'): only that greeting closing on its colon (PUBLIC_SALUTATION_RE)
    # parts it, wherever it stands, as a letter's 称谓 does; no sentence goes on past a kind word into it.
    hailed = not (grammar or letter) and bool(ORGAN_START_RE.match(head)) \
        and bool(PUBLIC_HAIL_RE.search(head.replace(" ", "")))
    # An organ's title with 关于 left out (GB/T 9704 7.3.1: 发文机关名称 + 事由 + 文种), its 发文字号 run in right after
    # its 文种 ('某某县人民政府征地补偿安置方案公告某县征补〔2023〕1号…', 7.2.4): no sentence goes on from an organ's name,
    # a 事由 and a 文种 into a 代字 and its year in brackets, under a line cut mid-sentence either; only that number
    # parts it (_organ_title_numbered).
    numbered = not (grammar or letter) and _organ_title_numbered(run)
    if letter_only:
        organs_only = bool(grammar) and (_organ_led_title(head) or _place_led_title(head) or _about_led_title(head)
                                         or bool(passing)) or organ_titled
        if not (letter or organs_only or served or hailed or numbered):
            return None
        letter_stands = False  # (only the 称谓 run in parts it, or the 主送 of organs under a title its organ opens: no
        grammar = (grammar or organ_titled) if organs_only else None  # body)
    elif organ_titled:
        organs_only, grammar = True, organ_titled  # (an organ's title of its period or its numbered 令, 关于 left
        # out: only its 主送 of organs closing on its colon parts it, wherever it stands; a body run in stays, as a
        # sentence may open so)
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
        and (title_stands(above) or placed and headed)
    # A public body's notice titled by its name, 事由 and 文种, 关于 left out (7.3.1: the 事由 may go without it),
    # its greeting to the public it serves run in ('…闭馆维修通知各位读者：'): where a title stands, the greeting
    # closing on its colon (PUBLIC_SALUTATION_RE) parts it; no sentence opens on a place and runs on so.
    greeted = not (grammar or letter) and bool(ORGAN_START_RE.match(head)) and (title_stands(above) or hailed)
    # A 通告's or 公告's title of a few words, its 事由 and 文种 alone ('禁航通告', '航行通告': 7.3.1, organ and 关于 left
    # off), its 主送 opening on 各 run in ('禁航通告各有船单位和船舶：'): where a title stands, only that 主送 closing on
    # its colon parts it; no sentence opens on so few words and its kind word and goes on to a 主送 (a 过渡语 that
    # passes the matter on, '现将…通告', or a 结束语, '特此通告', opens none).
    terse = not (grammar or letter or bare or greeted) and bool(short := TERSE_TITLE_RE.match(head.replace(" ", ""))) \
        and kind_of(short.group("title")) in PUBLISHED_KINDS and not CLOSING_FORMULA_RE.match(short.group("title")) \
        and title_stands(above)
    # So is a 通知's or other document's title of its 事由 and 文种 alone, a few words more (条例 第九条(三): the organ
    # left off where the page names it, '水稻良种补贴通知各乡镇人民政府、…:'), under a title's place (a date, a
    # number, a finished sentence): no sentence opens on a subject's few words and its kind word and goes on to a
    # 主送 opening on 各 (one opening as a sentence opens, '现将…通知', or a 结束语, '特此通知', is none).
    terse = terse or not (grammar or letter or bare or greeted) \
        and bool(short := SUBJECT_KIND_TITLE_RE.match(head.replace(" ", ""))) \
        and kind_of(short.group("title")) in DOCUMENT_KINDS and short.group("title").endswith(kind_of(short.group("title"))) \
        and not CLOSING_FORMULA_RE.match(short.group("title")) and not SENTENCE_OPENER_RE.match(short.group("title")) \
        and title_stands(above)
    if not (grammar or letter or bare or greeted or terse or served or numbered):
        return None
    stands = letter_stands or title_stands(above) or joint_head_wrapped(lines, i) or _organ_line_over(above, head)
    body_only = bare and not (grammar or letter or placed or greeted or served)
    return _TitleRead(head, grammar, organs_only, letter, served, greeted, placed, headed, bare, terse, stands,
                      body_only and not numbered, numbered)


def _title_then_addressees(lines: list[Line], i: int, above: list[Line],
                           full_width: float = 0.0, letter_only: bool = False) -> Optional[tuple[int, int]]:
    """Where the title opening on line i leaves off and the 主送 or the body
    run on after it begins (line, offset), or None. The title reads as one
    (_read_title), ends in its kind word with every bracket and 《》 closed
    and no sentence punctuation, on its first line or one the wrap carried
    it onto. What follows is a 主送 closing on its colon (the body perhaps
    run on after it: _addressees_part), the longest such title ('…办公室关于
    …的通报' then '的通知…' is a 转发's title going on, not a 主送); or, where
    a title stands, the body's first sentence (_body_opens), the first such
    title ('的通知为…' does not open one), right after the 文种 or after the
    space a page that runs a whole notice into one line parts its pieces
    with ('…的通告 根据…'). A line that is a whole 发文字号 opens or goes on
    no title, though its 代字 ends as a kind word does ('甘发改规划〔〕号', a
    number whose figures a page stripped: 规划)."""
    if number_alone(lines[i].text) or _linked_file(lines[i].text):
        return None
    run = [line.text for line in lines[i:i + 1]] + [
        line.text for line in takewhile(lambda line: not line.starts_block, lines[i + 1:i + RUN_IN_LINES])]
    run = list(takewhile(lambda text: not _linked_file(text), run))  # (no title runs into a linked file's name)
    read = _read_title(lines, i, above, run, full_width, letter_only)
    if read is None:
        return None
    colon = any(re.search(r"[:：]", text) for text in run)
    below = lines[i + len(run)].text if i + len(run) < len(lines) else ""  # (the line under the run: the body's first)
    title, found, body, whole = "", None, None, 0
    depths, unbalanced = {"（(": 0, "《": 0}, False  # the title's brackets and 《》 as it grows (grammar.balanced)
    for j, text in enumerate(run):
        if closes_toc_entry(text):
            break  # a 目录's entries: titles with their pages, one under another
        if j and number_alone(text):
            break  # the 发文字号 under the title (GB/T 9704 7.2.4) goes on no title
        if j and CLASS_OPENING_RE.match(text.lstrip()) and re.fullmatch(r"[（(][^（）()]+[）)]", run[j - 1].strip()) \
                and kind_of(title[:len(title) - len(run[j - 1])]):
            break  # a whole title, then a line all in brackets (a number with no 代字, '（2019—422）', or a note),
            # then a line opening on 各: the 主送 (7.3.2), though its names end as a kind word does ('…规划')
        for offset in range(1, len(text) + 1):
            char = text[offset - 1]
            title += char
            if (char in "，。；,;" or char in "：:" and not depths["（("]) or len(title) > TITLE_CHARS:
                return found or body  # (a colon inside the title's brackets is a page's note on it, '…的通告(更新
                # 时间:4月11日)', no sentence's: the title goes on to the bracket's close)
            for opening, closing in (("（(", "）)"), ("《", "》")):
                depths[opening] += (char in opening) - (char in closing)
                unbalanced = unbalanced or depths[opening] < 0
            rest, following = text[offset:], run[j + 1:]
            if read.body_only and not (body is None and offset < len(text)
                                       and BODY_OPENING_RE.match("".join([rest] + following))):
                continue  # (no body opens here: whatever the title ends on, nothing parts it)
            named_title = title[1:-1] if _quoted_whole_title(title) else _forwarded_name(title) or title
            if unbalanced or any(depths.values()) or not kind_of(named_title) \
                    or kind_word_goes_on(named_title, text[offset:offset + 1]):
                continue
            if whole and (title[whole:].startswith("各") or organ_list_opens(title[whole:])):
                continue  # a 主送's first names ('…的函各区县局、两江新区规划' / '自然资源局:'), though they end as a kind
                # word does: a title goes on past its 文种 by 的, 》 or a bracket ('…的通报的通知'), a 主送 opens on 各
                # or on an organ's whole name and the 顿号 that parts it from the next ('区发展改革委、…、区规划' /
                # '自然资源局、…:')
            if colon and _addressees_part(read, title, named_title, rest, following, below):
                found = (i + j, offset) if offset < len(text) else None  # a title whole on its lines: as printed
                whole = len(title)
            elif read.grammar and _organ_led_title(read.head) and offset < len(text) \
                    and _comma_closed_addressees("".join([rest] + following)):
                found = (i + j, offset)  # (a page that lost the text's colons: the 主送 closes on a comma, the body
                whole = len(title)  # opening as bodies open after it)
            elif read.grammar and body is None and offset < len(text) \
                    and _spaced_frame_opening(rest, following):
                body = (i + j, offset)  # (the title's 发文字号 after a space, then the body: parted under a line cut
                # mid-sentence too)
            elif read.numbered and not read.grammar:
                if body is None and offset < len(text) and number_run_in("".join([rest] + following)):
                    body = (i + j, offset)  # (the title ends on its 文种, its number run in after it)
                continue
            elif read.organs_only or read.terse:
                continue  # (under a line cut mid-sentence no body is parted off: a sentence may go on so)
            elif body is None and offset < len(text) and _body_opens(read, title, rest, following):
                body = (i + j, offset)  # (a frame or a body run in on the title's own line: one under it is printed so)
        if re.search(r"\d$", title) and kind_of(title.rstrip("0123456789 ")):
            break  # an entry whose page follows its kind word, on its line or the one the wrap took ('…的通' / '知5')
    return found or body


def _addressees_part(read: _TitleRead, title: str, named_title: str, rest: str, following: list[str],
                     below: str) -> bool:
    """What is run in after the title read so far (rest, and the lines
    under it) is a 主送 closing on its colon (GB/T 9704 7.3.2) of a kind the
    title's reading allows: its 发文字号 in brackets, then the 主送; a 主送
    holding no 关于 and ending on no kind word (else a 转发's title goes on)
    of organs, of the member a reply answers, of the organ the title names,
    of the parties served; a letter's 称谓; the public a notice greets."""
    on = [rest] + following
    if read.grammar and not read.organs_only and _number_before_addressees(rest, following):
        return True
    named = re.split(r"[:：]", "".join(on))[0]  # the 主送 it would be
    if ABOUT_RE.search(named) or TITLE_END_RE.search(named):
        return False
    if read.placed and read.stands and _addressees_closed_on(rest) \
            or (read.organs_only or read.terse) and addressees_opening(on) \
            or read.grammar and (member_answered(named_title, rest, following)
                                 or organ_the_title_names(named_title, rest, following)) \
            or read.grammar and not read.organs_only and asker_answered(named_title, rest, following, below) \
            or read.served and parties_served(named_title, rest, following):
        return True
    if read.organs_only and (addressees_then_body(on) or _organ_led_title(read.head) and class_addressees_run_on(on)) \
            and (named.strip().startswith("各") or organ_list_opens(named)):
        return True
    if read.grammar and read.stands and not read.organs_only and applicant_named(named_title, rest, following):
        return True
    if read.grammar and not read.organs_only \
            and (addressees_opening(on) or named_addressees(rest, following) or addressees_then_body(on)
                 or class_addressees_run_on(on) or reply_addressee_run_on(on)):
        return True
    if read.letter and kind_of(title) == "信" and salutation(rest, following):
        return True
    # the public a 通告, 公告 or a service's 通知 greets (or, a 通告's or 公告's own, the parties it binds); a title that
    # passes something on ('…现将有关事项通知各位家长：') is a sentence opening on its organ
    return bool(read.grammar or read.greeted and not PASSING_ON_RE.search(title)) and kind_of(title) in PUBLIC_KINDS \
        and salutation(rest, following, public=True, bound=kind_of(title) in PUBLISHED_KINDS)


def _body_opens(read: _TitleRead, title: str, rest: str, following: list[str]) -> bool:
    """The body run in after the title read so far opens as bodies open
    (GB/T 9704 7.3.3): where a title stands (or the page parted it by a
    space), its purpose or ground, its year, its own organ or a frame; under
    an outline heading, a frame; after a bare title of its 事由 or its place
    and year, its purpose or ground (the wrap may part '根' / '据')."""
    on = "".join([rest] + following)
    if read.grammar and (read.stands or _spaced_body_opening(rest)) \
            and (BODY_OPENING_RE.match(rest.lstrip()) or DATED_BODY_OPENING_RE.match(on)
                 or _own_organ_opens(title, on) or frame_run_in(on)):
        return True
    if read.grammar and read.headed and frame_run_in(on):
        return True
    return read.bare and (_subject_title(title) or _place_year_title(title)) and bool(BODY_OPENING_RE.match(on))


def _comma_closed_addressees(rest: str) -> bool:
    return comma_closing_addressees(rest) is not None


# The 发文字号 a law library prints right after a title, in brackets, as its 题注 ('…的通知(某政发〔2015〕7号)'): the
# whole number (DOC_NUMBER_RE, any brackets round its year) and the bracket that closes it.
NUMBER_AFTER_TITLE_RE = re.compile(rf"^\s*[（(]\s*(?:{DOC_NUMBER_RE.pattern})\s*[）)]", re.X)


def _number_before_addressees(rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.2.4 and 7.3.2: the title's 发文字号, in the brackets a law library sets it in after the title,
    then the 主送 closing on its colon, run in after the title's 文种 on its line ('…的通知(某政发〔2015〕7号)各区
    人民政府,…:现将…'): the number is whole and the names after it are a 主送's (addressees_opening, the body perhaps run
    on after the colon). No sentence goes on from a title's kind word into a bracketed number and a 主送. The
    number whole on the title's line: one the wrap cut across lines is left to the passes that read it so."""
    number = NUMBER_AFTER_TITLE_RE.match(rest)
    if not number:
        return False
    after = join_title([rest] + following)[number.end():]
    return addressees_opening([after]) or addressees_then_body([after])


# The body's first sentence run on after the title's 文种 and a space, as a page that ran a whole text into one
# paragraph parts its lines (GB/T 9704 7.3.1 sets the 标题 on lines of its own over the body; print sets no space
# inside a sentence): '…的公告 为促进…'. A title read by its grammar (its organ and 关于, or 关于) is parted so even
# under a sentence cut mid-way, which would cite a text by its name in 《》 and run on with no space.
SPACED_BODY_OPENING_RE = re.compile(r"^ +(?=\S)")


def _spaced_body_opening(rest: str) -> bool:
    """The rest of a line after a title's 文种: a space, then a body's first sentence opening as bodies open."""
    return bool(SPACED_BODY_OPENING_RE.match(rest)) and bool(BODY_OPENING_RE.match(rest.lstrip()))


def _spaced_frame_opening(rest: str, following: list[str]) -> bool:
    """The rest of a line after a title's 文种 (a title by its grammar, its organ first and its 关于): a space, then
    its whole 发文字号 unbracketed, then the body (frame_run_in), as a page that runs a whole notice into one paragraph
    parts its pieces (GB/T 9704 7.2.4, 7.3.1: the number stands under the title, the body under both; '…的通知
    市政发〔2005〕75号 为…'). No sentence goes on past a title's 文种 into a space and a whole number and then words:
    a sentence cites a text in 《》 and its number in brackets (党政机关公文处理工作条例 第二十条), with no space, so the
    title is parted so even under a line an excerpt cut mid-sentence."""
    on = "".join([rest.lstrip()] + following)  # (the number as the wrap may have cut it: '…〔2005〕' / '75号 为…')
    return bool(SPACED_BODY_OPENING_RE.match(rest)) and bool(_RUN_IN_NUMBER_OPENS_RE.match(on)) \
        and bool(frame_run_in(on))


# A whole 发文字号 at the head of what runs on (frame.DOC_NUMBER_RE), not a date: only the number marks a title's frame
# under a line cut mid-sentence ('…的通知 2005年6月起' may be a sentence's).
_RUN_IN_NUMBER_OPENS_RE = re.compile(rf"(?:{DOC_NUMBER_RE.pattern})", re.X)


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
        and title_stands(above[:-1])


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


TERSE_TITLE_RE = re.compile(r"^(?P<title>[\u4e00-\u9fa5]{2,6})各")  # (TERSE_TITLE: its kind word and a word or two)
SUBJECT_KIND_TITLE_RE = re.compile(r"^(?P<title>[\u4e00-\u9fa5]{4,10})各")  # (a 事由 of a few words and its 文种)


def _organ_led_title(head: str) -> bool:
    """The run opens as a 标题 opens by its full grammar (GB/T 9704 7.3.1: 发文机关名称 + 事由 + 文种): an organ's
    name whole, from its place or its state's name to its ending (frame.ORGAN_START_RE, ORGAN_END_RE), then 关于
    (印发, 转发). No sentence goes on into an organ's name, its 关于, a 事由 and a 文种 and then a 主送 of organs
    closing on its colon (GB/T 9704 7.3.2): under a line an excerpt was cut after mid-sentence, such a run is the
    next document's title with its 主送 run in, as a letter's title with its 称谓 is; so is one whose 主送, opening
    on 各 or an organ's name and its 顿号, has the body run on after its colon ('…的预通知 各县区科技局:   为检查…').
    The 主办机关 named alone for its joint issuers, 等 after its name ('市卫生局等关于…'), opens it so too."""
    text = head.replace(" ", "")
    verb = ISSUING_WORD_RE.search(text)
    organ = JOINT_REST_RE.sub("", text[:verb.start()]) if verb else ""
    return 4 <= len(organ) <= 40 and bool(ORGAN_START_RE.match(organ)) and bool(ORGAN_END_RE.search(organ)) \
        and not re.search(r"[^\u4e00-\u9fa5]", organ)


# 联合行文 (GB/T 9704 7.3.1, 7.3.5): a title may name the 主办机关 alone for all its joint issuers, 等 (and how many,
# and of what) after its name ('市卫生局等关于…的通知', '某某市财政局等四部门关于…'): the organ's name ends before it.
JOINT_REST_RE = re.compile(r"等(?:[\d一二三四五六七八九十]+个?)?(?:部门|单位|机关)?$")


# A place's whole name, one level or several ('苏州市', '某某县', '某某省某某市'), no word of the sentence's own
# before it ('各', '全', '本', '我', '该': '各县区', '全市', '我县' name no government).
PLACE_ORGAN_RE = re.compile(either_script(
    r"^(?!各|全|本|我|该|在|对|从|经|由)(?:[\u4e00-\u9fa5]{1,8}?(?:自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)){1,3}$"))


def _place_led_title(head: str) -> bool:
    """The run opens as a 标题 whose 发文机关 is named by its place alone opens (GB/T 9704 7.3.1: the organ's
    name or its 规范化简称; a city's or county's government names itself by the unit it governs, '某某市关于…的
    通知', as metadata.PLACE_ISSUER_RE reads its issuer): the place's whole name, then 关于 (印发, 转发). As under
    _organ_led_title, no sentence goes on into a place's name, its 关于, a 事由 and a 文种 and then a 主送 of organs
    closing on its colon (7.3.2): under a line an excerpt was cut after mid-sentence, such a run is the next
    document's title with its 主送 run in. Only the 主送 parts it (_TitleRead.organs_only), never a
    body run in: a sentence may go on so."""
    text = head.replace(" ", "")
    verb = ISSUING_WORD_RE.search(text)
    place = text[:verb.start()] if verb else ""
    return 2 <= len(place) <= 30 and bool(PLACE_ORGAN_RE.match(place)) and from_its_place(place)


def _about_led_title(head: str) -> bool:
    """The run opens on 关于, as a 标题 whose 发文机关 is left off opens (GB/T 9704 7.3.1: 关于 + 事由 + 文种; a
    department's page prints its own texts so). As under _organ_led_title, no sentence goes on into a line that
    opens on 关于 and runs a 事由, a 文种 and then a 主送 of organs closing on its colon (7.3.2) after it: under a
    line an excerpt was cut after mid-sentence, such a run is the next document's title with its 主送 run in. Only
    the 主送 parts it (_TitleRead.organs_only), never a body run in: a sentence may go on so."""
    return bool(re.match(ABOUT_RE.pattern, head.lstrip()))


# A full date, the day named (Arabic or Chinese figures, '2014年1月13日', '二0一二年七月十日'): a 成文日期 under its
# signer, no period a 事由 covers.
DAY_OPENING_RE = re.compile(r"^[\d〇零○Ｏ一二三四五六七八九十]{2,4}\s*年\s*[\d〇零一二三四五六七八九十]{1,2}\s*月"
                            r"\s*[\d〇零一二三四五六七八九十]{1,3}\s*日")


WRAPPED_SHARE = 0.8  # of the run's widest line, a line the wrap carried on fills at least (it breaks short of a figure)
BRACKETED_YEAR_RE = re.compile(r"[〔［\[【﹝（(]\s*(?:19|20)\d{2}\s*[〕］\]】﹞）)]")  # a 发文字号's year in its brackets


def _organ_title_numbered(run: list[str]) -> bool:
    """The run opens as a 标题 that leaves out 关于 opens (GB/T 9704 7.3.1: 发文机关名称 + 事由 + 文种), an organ's
    name first (frame.ORGAN_START_RE), no sentence's mark before its 文种, and right after the 文种 its 发文字号
    run in, a code and its year in brackets (7.2.4: frames.number_run_in), the body after it ('某某县人民政府
    征地补偿安置方案公告某县征补安置〔2023〕1号根据…'): no sentence goes on from a 文种 into a 代字 and its year.
    Read on the run's lines as far as the wrap carried one paragraph: a line that stops short of the run's widest
    ends it (a signature, a date, an 附件 mark on lines of their own are no title's words)."""
    widest = max((width(text.rstrip()) for text in run), default=0)
    pieces = []
    for text in run:
        pieces.append(text.strip())
        if width(text.rstrip()) < WRAPPED_SHARE * widest:  # (measured with its indent, as the page set it)
            break
    text = "".join(pieces).replace(" ", "")
    if not ORGAN_START_RE.match(text) or not BRACKETED_YEAR_RE.search(text):
        return False
    for end in range(4, min(len(text), TITLE_CHARS) + 1):
        title = text[:end]
        if re.search(r"[，。；：,;:、《》“”]", title):
            return False
        if kind_of(title) and not kind_word_goes_on(title, text[end:end + 1]) and number_run_in(text[end:]):
            return True
    return False


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


# A 令 titled by its 发文机关标志 and its serial, '第' perhaps left out ('某某县疫情防控指挥部第3号令', '…指挥部2号令').
NUMBERED_ORDER_TITLE_RE = re.compile(either_script(r"^(?P<organ>[\u4e00-\u9fa5]{4,40}?)第?\d{1,3}号令"))


def _numbered_order_title(head: str) -> bool:
    """The run opens as a 令 is titled (GB/T 9704 10.1: its 发文机关标志, the organ's whole name and 令, and its 令号):
    an organ's name whole (frame.ORGAN_START_RE, ORGAN_END_RE), then its serial and 号令. As under
    _organ_year_title, no sentence goes on into an organ's name, a serial, 令 and then a 主送 of organs closing on
    its colon (7.3.2)."""
    match = NUMBERED_ORDER_TITLE_RE.match(head.replace(" ", ""))
    organ = match.group("organ") if match else ""
    return bool(ORGAN_START_RE.match(organ)) and bool(ORGAN_END_RE.search(organ))


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


# Such a kind word with the greeting's opening right after it (PUBLIC_SALUTATION_RE's): a public notice's greeting
# run in after its title; not after 特此 (a 结束语 that closes a body: '…特此公告广大市民朋友们：' goes on a sentence).
PUBLIC_HAIL_RE = re.compile(either_script(r"(?<!特此)(?:通告|公告|通知)(?:尊敬的|广大|各位)"))


ANSWER_TITLE_RE = re.compile(either_script(rf"^(?:[\u4e00-\u9fa5]{{2,30}}?{ORGAN_ENDING})?对.{{4,60}}?(?:建议|提案|议案)的?[答回]复"))


# The close of a 主送 to one body and the class of parties it stands for (frame.ADDRESSEE_CLASS_RE), on its colon.
PARTIES_SERVED_RE = re.compile(either_script(r"及有关(?:单位和个人|单位|个人|居民|农户|村民|部门)[:：]"))
