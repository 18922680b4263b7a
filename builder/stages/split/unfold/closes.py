"""The close of a text run in or cut (GB/T 9704 7.3.4-7.3.6): the 附件说明's
files, the 署名, the 成文日期 and the 附注 after it, each on its own line.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import Optional, Sequence

from ....model import Line
from ....text.frame import (ABOUT_RE, ATTACHED_FILE, CONTACT_LINE_RE, CONTACT_NUMBERS, DATE_NOTE_RUN_IN_RE, DATE_RE,
                            DOCUMENT_KINDS, from_its_place, HEAD_POST_RE, HOTLINE_FIGURES, HOTLINE_NUMBER, kind_of,
                            ORGAN_START_RE, SIGNED_DATE_NOTE_RUN_IN_RE, SIGNED_KINDS, SIGNER_POST_RE, unsealed)
from ....text.lines import width
from ....text.numbering import LABEL_RE
from ....text.measure import MEASURE, paragraph_indent, printed_width
from ....text.script import either_script
from ..grammar import TITLE_LINES, is_date_line, organ_alone, organ_names


def date_then_note_run_in(line: Line) -> list[Line]:
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


def wrapped_signed_close(lines: list[Line]) -> list[Line]:
    """The close SIGNED_DATE_NOTE_RUN_IN_RE reads (the body's last sentence,
    the signing organ, the 成文日期, the 附注 in brackets) that a measure
    wrapped over the lines under the stop ('…研究院。某某省某某委员' / '会2017年
    7月21日（此件主动' / '公开）') is one line again, the body's last line
    with the close, so date_then_note_run_in sets it out as GB/T 9704 7.3.5
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
    whole (signature_then_date then sets the name and the date each on a
    line of its own): the line holds organs' names and the date's head, the
    line under it the date's rest and nothing after it but a contact run on
    after the date (the 附注, 7.3.6: '五日   联系人:…')."""
    head = SIGNED_DATE_HEAD_RE.match(text.strip())
    if not head or not organ_names(head.group("name")):
        return False  # (most lines: the line under them is not read)
    contact = DATE_REST_THEN_CONTACT_RE.match(below.strip())
    return bool(DATE_RE.fullmatch(head.group("date") + below.strip())) \
        or bool(contact) and bool(DATE_RE.fullmatch(head.group("date") + contact.group("rest")))


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


def signature_then_date(line: Line) -> list[Line]:
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


def note_then_run_on(lines: list[Line]) -> list[Line]:
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


def _date_closes(line: Line, below: str, full_width: float, signed: bool = False,
                 further: Sequence[str] = ()) -> bool:
    """A date at the end of the line, after a stop, closes the text, unless the
    sentence it opens goes on under it: with its punctuation or the words a
    date is followed by in a sentence, or, where the wrap filled the line, with
    anything but what opens a line of its own (an organ's name alone, a label,
    a date, a title's 关于 or kind word; after a signature run in before the
    date, an organ's whole name then its 关于 too, a title's head: GB/T 9704
    7.3.1; with no signature, that head where the lines under it (further)
    run on to the title's 文种, a whole title: _title_runs_to_kind)."""
    if (note := NOTE_OPENS_RE.match(below)) and below[note.end():].strip():
        return True  # (the 附注 in brackets GB/T 9704 7.3.6 sets under the date, a page's run-in after it: no
        # sentence goes on into it; a note alone on its line is set out already, and the date's line is read as before)
    if DATE_GOES_ON_RE.match(below):
        return False
    filled = full_width and printed_width(line) + paragraph_indent(line) >= full_width * MEASURE.fills
    about = ABOUT_RE.search(below)
    return not filled or not below or organ_alone(below) or bool(LABEL_RE.match(below)) or is_date_line(below) \
        or bool(ABOUT_RE.match(below)) or bool(kind_of(below)) \
        or bool(about) and organ_alone(below[:about.start()].strip()) \
        and (signed or _title_runs_to_kind([below, *further]))


# Sentence marks no title holds (GB/T 9704 7.3.1: 发文机关名称、事由和文种, its 《》 and brackets perhaps).
TITLE_STOPS_RE = re.compile(r"[。；;！？!?：:]")


def _title_runs_to_kind(texts: Sequence[str]) -> bool:
    """Lines that run on, with no sentence's mark, to a 文种 that ends one of
    them (frame.kind_of): a title the wrap set over them, as many as a title
    takes at the narrowest measure (grammar.TITLE_LINES). A sentence that
    opens on an organ's name and 关于 (a date run in before it: '…2005年9月1日'
    / '市政府关于…的通知下发以来，…') goes on past any 文种 it names, its
    mark on the line."""
    text = ""
    for piece in texts[:TITLE_LINES]:
        text += piece.strip()
        if TITLE_STOPS_RE.search(text):
            return False
        if kind_of(text):
            return True
    return False


# A line's end after its last sentence's stop: the first characters of a signer's name that the wrap cut there.
# Joint signers run in so stand parted by spaces, the wrap cutting the last ('…的推进者。 某某市文明办 某某' /
# '市民政局' / '2025年…日'): the whole names before the cut one are organs' names too. A 结束语 set apart before them
# ('…。 特此通告 某某市公安' / '局交通警察支队') is the body's last words, no name.
SIGNER_HEAD_RE = re.compile(rf"(?:[。！？!?]|{FIGURES_STOP}|{CONTACT_NUMBERS})\s*(?:{CLOSING_WORDS}[。.！!]?\s+)?(?P<organs>(?:[^\s\d，。；：,;:！？!?、《》“”]{{2,30}}\s+){{0,3}})"
                            r"(?P<head>[^\s\d，。；：,;:！？!?、（）()《》“”]{1,24})\s*$")


def signer_head_cut(lines: list[Line]) -> list[Line]:
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


def signature_run_in(lines: list[Line], full_width: float) -> list[Line]:
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
            closes = dated and _date_closes(line, below, full_width,
                                            further=[item.text for item in lines[n + 2:n + 1 + TITLE_LINES]])
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


def spaced_close_run_in(lines: list[Line], full_width: float = 0.0) -> list[Line]:
    """A close run in between the body's last sentence and the next piece
    of a paragraph parted by spaces (SPACED_CLOSE_RE), wherever the wrap
    cut it ('…组织实施。 某某市人民政府办公室 二〇〇九年九月十' / '日 某某…'), is
    set out as print sets it: the body's end, the signature and the date
    each a line, the rest of the paragraph opening a line of its own. Only
    where every signer is an organ's name, the date is whole and its
    sentence does not go on (DATE_GOES_ON_RE). (A date that ends its line is
    signature_run_in's; the space before the date may have gone with the
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
                match = None  # (a date that ends its line is signature_run_in's, its note on the line under it)
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


# A title, then the 题注's date alone in brackets set on its line instead of under it, as a list printed
# under a heading carries the day it was drawn up: "…河长、湖长名单(2021年11月22日)".
TITLE_NOTE_DATE_RE = re.compile(rf"^(?P<title>[^，。；：,;:（）()\s]{{2,80}}?)\s*(?P<date>[（(]\s*(?:{DATE_RE.pattern})\s*[）)])$",
                                re.X)


# A title, a space (or none: the layout stage closes up OCR's spaces), then the day an agreement or a joint
# declaration was signed and the place after 于, as a treaty series' header sets them on the title's line: '…的联合声明
# 2023年7月10日于北京市'.
TITLE_SIGNED_DAY_RE = re.compile(rf"^(?P<title>[^，。；：,;:\s]{{2,80}}?(?<![\d\s]))\s*(?P<date>(?:{DATE_RE.pattern})"
                                 rf"(?:(?:于|在)[\u4e00-\u9fa5]{{2,12}})?)$", re.X)


def title_then_note_date(line: Line) -> list[Line]:
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
