"""Each line's pieces parted, and each title parted from the 发文字号 or the
serial it carries at its end (GB/T 9704 7.2.4).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ....model import Line
from ....text.frame import (ANNEX_ITEM_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, CLASSED_NUMBER_END_RE, CLOSE_BRACKETS, HAO,
                            kind_of, NUMBERED_KINDS, OPEN_BRACKETS, ORGAN_START_RE, serial_notice_number)
from ....text.lines import bracket_depth, ends_sentence, squash, width
from ....text.numbering import LABEL_RE
from ....text.measure import MEASURE, paragraph_indent, printed_width
from ...masthead import closes_toc_entry, ends_on_page
from ..grammar import (ACKNOWLEDGED_RE, ADDRESSEE_WRAP, annex_name_turns, ANNEX_RUN_IN_RE, figured, flows_on,
                       is_addressee_line, is_date_line, is_doc_number_line, is_order_name, NOTE_LINES, organ_names,
                       ORGAN_TITLE_RE, REPLY_OPENING_RE, RULE_KINDS, TITLE_CHARS, TITLE_GRAMMAR_RE, TITLE_LINES)
from .forms import (coded_by_kind, joint_head_spaced, joint_title_spaced, kind_end_and_number, kind_end_and_serial,
                    serial_after_wrapped_title, title_with_number)
from .frames import bracketed_number_then_title, number_then_title, spaced_number_then_whole_title, whole_title
from .closes import date_then_note_run_in, signature_then_date, title_then_note_date
from .outline import outline_heading
from .addressees import BODY_OPENING_RE
from .title_ends import addressees_run_in


SERIAL_TAIL_RE = re.compile(rf"^[\d\s年第{OPEN_BRACKETS}{CLOSE_BRACKETS}]*(?:\d[-－]\d{{1,3}})?{HAO}$")  # a serial's end the


def _cut_mid_sentence(lines: list[Line], k: int, full_width: float) -> bool:
    """Line k goes on a sentence the wrap cut on the line above, which fills
    the measure, ends no sentence and is no title's line: a number at its head
    is one that sentence cites ('…人民政府作出的茶' / '政处决字〔2021〕2号关于…处理'),
    no 发文字号 over a title."""
    if k == 0 or not full_width or lines[k].starts_block:
        return False  # (a paragraph's first line goes on no sentence)
    above = lines[k - 1]
    filled = (printed_width(above) + paragraph_indent(above)) / full_width
    return filled >= MEASURE.fills and not ends_sentence(above.text) and kind_of(above.text) is None \
        and not is_doc_number_line(above.text) and not is_date_line(above.text) and not closes_toc_entry(above.text)


def _addressed_under(title: str, below: Sequence[Line], full_width: float = 0.0) -> bool:
    """A 标题 whole on its line with its 发文字号 after it, its 主送 under them (GB/T 9704 7.3.1-7.3.2): a frame, though
    the line above goes on (a list the store cut, an excerpt's last line). A sentence that cites a title and its
    number (党政机关公文处理工作条例 第二十条) goes on with words after the number, never with organs and a colon.
    The 主送 may run over lines the wrap filled (ADDRESSEE_WRAP at most) to its colon, and a page that ran the
    body on after that colon carries it on the colon's line (_wrapped_addressees_under)."""
    return bool(below) and whole_title(title) and (is_addressee_line(below[0].text)
                                                    or _wrapped_addressees_under(below, full_width))


def _grounded_under(title: str, below: Sequence[Line]) -> bool:
    """A 标题 whole on its line with its 发文字号 after it, over a line that opens the body on its ground or purpose
    ('为了确保…', '根据…': BODY_OPENING_RE), as a 通告's or 公告's 开头 does under its frame with no 主送 (GB/T 9704
    7.3.1-7.3.3): a frame, though the line above goes on (an excerpt the store cut mid-sentence). A sentence that
    cites a title and its number goes on with the words that say what it does with it ('…（某政发〔2020〕1号）要求，'),
    never with a new sentence's ground, as _addressed_under reads a 主送 under it."""
    return bool(below) and not below[0].cells and whole_title(title) and bool(BODY_OPENING_RE.match(below[0].text.strip()))


def _wrapped_addressees_under(below: Sequence[Line], full_width: float) -> bool:
    """The lines under a title hold the 主送 to its colon (GB/T 9704 7.3.2), the wrap having cut the names where the
    measure ended (each line but the colon's fills it) and the body perhaps run on after the colon: the names to the
    colon read as a 主送 line. A sentence's lines reach a colon through words, never through organs' names alone."""
    text = ""
    for k, line in enumerate(below[:ADDRESSEE_WRAP]):
        if k and (line.starts_block or not full_width
                  or printed_width(below[k - 1]) + paragraph_indent(below[k - 1]) < full_width * MEASURE.fills):
            return False
        text += line.text.strip()
        if colon := re.search(r"[:：]", text):
            return k > 0 and is_addressee_line(text[:colon.end()])
    return False


# A line that leaves its last bracket open, though it closed one before it ("…工程(碧水工" / "程)项目…的
# 通知(扬府办" / "发〔2003〕101号)"): the bracket closes on the next line.
LEFT_OPEN_RE = re.compile(r"[（(][^（）()]*$")


def _title_end(out: list[Line]) -> str:
    """The last line above, read with the line over it where the wrap left
    only a kind word's last character or two on it ('…的通' / '告'): the
    title's end a number line under it follows."""
    if not out:
        return ""
    last = out[-1].text.strip()
    joined = (out[-2].text.rstrip() if len(out) > 1 else "") + last
    kind = kind_of(joined) if not out[-1].starts_block and re.fullmatch(r"[\u4e00-\u9fa5]{1,2}", last) else None
    return joined if kind and joined.endswith(kind) and len(kind) > len(last) else last


def _bare(match: re.Match) -> bool:
    """The number after the title stands in no bracket (_title_then_bare_number)."""
    return not match.group("frame").startswith(tuple(OPEN_BRACKETS))


def _under_annex_mark(above: list[Line]) -> bool:
    """The title's first lines, above it, follow an 附件's mark ('附一：' /
    '广东省…关于…' / '…的请示报告 粤法经行字〔1988〕第294号'): the number
    after it is the annexed 请示's own, printed with its title as an
    附件's heading cites it (_annex_head), no headline's. A 成文日期 between
    closes the text the mark belongs to: the 附件说明 ('附件:…示意图') stands
    over the signature and the date (GB/T 9704 7.3.4-7.3.5), and a title
    under that date heads the next document. Only a title's lines stand
    between: a numbered heading or a line holding a clause's mark (an
    annexed list's '一、参会单位' and its rows) is the annex's text, and a
    title under it no annexed 请示's head."""
    for line in reversed(above[-TITLE_LINES:]):
        if ANNEX_MARK_RE.match(line.text.strip()) or ANNEX_RUN_IN_RE.match(line.text.strip()):
            return True
        if ends_sentence(line.text) or is_date_line(line.text) or re.search(r"[，；：,;:]", line.text) \
                or LABEL_RE.match(line.text.strip()):
            return False
    return False


def each_line_set_out(lines: list[Line], full_width: float) -> list[Line]:
    """Each line parted where print sets its pieces on lines of their own: a
    发文字号 and the title after it (under a sentence the store cut, only in
    its brackets or spaced from a whole title), a title and its dated 题注, a
    signature and its date, a date and the 附注 run on after it."""
    return [closed for k, line in enumerate(lines)
            for split in (number_then_title(line, lines[k + 1:], full_width)
                          if not _cut_mid_sentence(lines, k, full_width)
                          else bracketed_number_then_title(line, lines[k + 1:], full_width)
                          or spaced_number_then_whole_title(line, lines[k + 1:], full_width) or [line])
            for dated in title_then_note_date(split) for piece in signature_then_date(dated)
            for closed in date_then_note_run_in(piece)]


def titles_then_numbers(pieces: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 prints the 发文字号 on a line of its own under the title; a
    title that carries it in brackets at its end, or a 通告 its serial (the
    bracket or the 号 perhaps wrapped onto the next line), is given back that
    form: the title, then the number as a line of its own. Only a title
    ending in its kind word, with no sentence punctuation, not run into
    from a sentence above (a sentence citing "…的通知(国办发〔2020〕1号)" stays
    whole), and not a body line the wrap filled (_body_line_at_measure)."""
    out: list[Line] = []
    for n, line in enumerate(pieces):
        prev = out[-1] if out else None
        aside_cut = prev is not None and _aside_cut_over(out, line.text, pieces[n + 1:n + 1 + NOTE_LINES])
        joined = prev is not None and not aside_cut and (prev.text.count("(") + prev.text.count("（")
                                       > prev.text.count(")") + prev.text.count("）")
                                       or bool(LEFT_OPEN_RE.search(prev.text))
                                       or bool(SERIAL_TAIL_RE.match(line.text)) or kind_end_and_serial(line.text, prev.text)
                                       or kind_end_and_number(prev, line.text, full_width))
        text = prev.text + line.text if joined else line.text
        # (a title whose number's bracket the wrap cut, '…的通告(某政' / '通〔2022〕3号)', under an aside cut open)
        aside_cut = aside_cut or joined and _aside_cut_over(out[:-1], text, pieces[n + 1:n + 1 + NOTE_LINES])
        match = title_with_number(text) or (None if joined else serial_after_wrapped_title(out, line))
        addressees = None if match else addressees_run_in(text, pieces, n)
        if addressees:
            match = title_with_number(text[:len(text) - len(addressees)].rstrip())
        above = out[-2] if joined and len(out) > 1 else prev if not joined else None
        if joined and match is None and serial_notice_number(text) \
                and (SERIAL_TAIL_RE.match(line.text) and re.search(r"[\d第〔［\[（(〕］\]）)]\s*$", prev.text)
                     or kind_end_and_serial(line.text, prev.text)):
            out[-1] = replace(prev, text=text)  # a 公告 titled by its 标志 and serial, the wrap cutting inside the
            continue  # serial, after its year ('…公告〔2023〕' / '第6号') or inside the kind word ('…公' / '告〔2024〕
            # 第1号'): one line again, as printed (a serial on a line of its own under the whole kind stays there)
        if not (match and kind_of(match.group("title"))
                and not re.search(r"[，。；：,;:]", match.group("title"))
                and not (kind_of(match.group("title")) == "令" and figured(match.group("title")))
                and not (LEFT_OPEN_RE.search(match.group("title")) and not match.group("frame").startswith(
                    tuple(OPEN_BRACKETS)))  # a citation's bracket left open before the serial: '…（国务院令第590号' /
                # '）第八条…', the wrap cutting after the 号 (a title closes the brackets it opens)
                and not (not joined and _body_line_at_measure(prev, line, match.group("title"), full_width))
                and not (not joined and (kind := kind_of(_title_end(out))) in NUMBERED_KINDS
                         and (serial_notice_number(text) or coded_by_kind(text, kind)))
                and not (not joined and kind in RULE_KINDS and serial_notice_number(text)
                         and (len(out) < 2 or not flows_on(out[-2].text)))
                # (a 公告 that promulgates a 规章, under the 规章's title that opens the text: 'XX市人民政府公告第75号'
                # whole, as printed, its serial with its 标志 (GB/T 9704 10.1); where the line over that title runs
                # on, the 标志 split from its serial is what opens the 公告)
                # (a 公告's number line under its title whole, its 代字 perhaps ending in the kind: '某征补公告〔2022〕12号')
                and not (above is not None and flows_on(above.text) and not aside_cut and not _classed_frame(match)
                         and not outline_heading(out, len(out) - (2 if joined else 1), full_width)
                         and not _wrapped_title_head(out[:len(out) - 1 if joined else len(out)],
                                                     match.group("title"))
                         and not joint_head_spaced(match.group("title"))
                         and not _headline_then_number(out[:len(out) - 1 if joined else len(out)], text, match)
                         and not _addressed_under(match.group("title"), pieces[n + 1:n + 1 + ADDRESSEE_WRAP], full_width)
                         and not _grounded_under(match.group("title"), pieces[n + 1:n + 2]))
                and not (_bare(match) and _under_annex_mark(out[:len(out) - 1 if joined else len(out)]))
                and not _turns_annex_name(out[:len(out) - 1 if joined else len(out)], match.group("title"))
                and not (not aside_cut and _inside_open_bracket(out[:len(out) - 1 if joined else len(out)],
                                                                match.group("title")))
                and not _numbered_entry(out[:len(out) - 1 if joined else len(out)], match.group("title"),
                                        match.group("frame"))
                and not (n + 1 < len(pieces) and ACKNOWLEDGED_RE.match(pieces[n + 1].text))):  # a 请示 a reply cites
            out.append(line)
            continue
        if joined:
            out.pop()
            if match.group("title"):  # the title's part on the line where the bracket opens
                out.append(replace(prev, text=match.group("title")))
        else:
            out.append(replace(line, text=match.group("title")))
        out.append(replace(line, text=match.group("frame"), starts_block=False, heading_mark=False))
        if addressees:  # the wrap measured it with the title and number before it (Line.annotated)
            out.append(replace(line, text=addressees, starts_block=True, heading_mark=False,
                               annotated=line.annotated + width(line.text) - width(addressees)))
    return [_own_runs(line) for line in out]


def _own_runs(line: Line) -> Line:
    """A piece these steps parted from a printed line (a title, a 发文字号, a
    主送, a date the page ran together and spaced apart) keeps no runs of that
    line: its gaps were the page's spaces between the pieces, no columns of a
    table the piece is a row of (tables.py reads rows by their runs)."""
    if line.runs is None or squash("".join(text for _, _, text in line.runs)) == squash(line.text):
        return line
    return replace(line, runs=None)


def _numbered_entry(above: list[Line], title: str, frame: str = "") -> bool:
    """GB/T 9704 7.3.1: a 标题 carries no 层次序数 (7.3.3 numbers the body's
    层次). Title-like words with a 发文字号 in brackets after their kind word
    that open on a numbering label ('1.', '三、'), on their own line or on the
    first of the lines the wrap carried them over, are an entry of a list of
    documents (a 清理 decision's 目录: '2.某某县人民政府办公室关于印发…的通知' /
    '…（某政办发〔2016〕12号）'), no title over its number: the run back to the
    label holds no sentence's punctuation and no more than a title's length,
    and no line of the run but the label's opens a 标题 (its organ and 关于)
    itself. Nor does a 令's (or a 公告's) 发文机关标志 whole with its serial after it ('某某市人民政府令第16号', GB/T
    9704 10.1-10.2): it is the order's 版头, as a title's organ and 关于 are its head, and a list names a 令 by the
    rule it promulgates, its number in brackets after it, not by the 标志. Nor does a 公告 or 通告 titled by its
    organ's whole name, its 事由 and kind, with its serial in its series after it on the line ('某某管理委员会征地启动
    公告 〔2020〕第3-1号': _serial_notice_head): a notice so numbered is published on its own, its serial printed with
    its title, and a list cites a 公文 by its 发文字号, its 代字 first, not by a serial of the kind."""
    if LABEL_RE.match(title):
        return True
    if _reads_as_head(title) or is_order_name(title) or _serial_notice_head(title, frame):
        return False  # a title that opens on its own line (its organ and 关于, or a 令's 标志): the text above ends
        # before it (an excerpt cut after a heading: '二、机构、人员、经费管理' / '某某市人民政府令第16号')
    head = title
    for line in reversed(above[-(TITLE_LINES - 1):]):
        text = line.text.strip()
        if ends_sentence(text) or is_doc_number_line(text) or is_date_line(text) \
                or re.search(r"[，。；：,;:]", text):
            return False
        head = text + head
        if len(head) > TITLE_CHARS:
            return False
        if (label := LABEL_RE.match(text)) and re.match(r"[\u4e00-\u9fa5《]", label.group("rest")):
            return True  # (a label with the entry's words after it: no page in brackets alone, '(1)')
        if _reads_as_head(head):
            return False  # the title's own first line (its organ and 关于): the text above ends before it
        if line.starts_block:
            return False
    return False


def _serial_notice_head(title: str, frame: str) -> bool:
    """A 公告's or 通告's head: its organ's whole name, its 事由 and kind (ORGAN_TITLE_RE, no clause mark), and after
    it its serial in the series, 第N号 with its year before it perhaps and no 代字 ('〔2020〕第3-1号')."""
    return kind_of(title) in ("公告", "通告") and bool(ORGAN_TITLE_RE.match(title.replace(" ", ""))) \
        and not re.search(r"[，。；：、,;:]", title) and "第" in frame and bool(SERIAL_TAIL_RE.match(frame.strip()))


def _inside_open_bracket(above: list[Line], title: str) -> bool:
    """The title-like words go on a bracket a line above opened and left open to their end, a 题注 over
    several lines ('(1993年1月9日…通过' / … / '…以…常务委员会公告第4号' / '公布)'): what they hold is the
    note's, no title with its number, whatever kind word they end on (a title's own pair the wrap parted,
    '…工程(清' / '水工程)项目…的通知(…号)', closes in them)."""
    depth = _depth(title)
    for line in reversed(above[-NOTE_LINES:]):
        if ends_sentence(line.text):
            return False
        depth += _depth(line.text)
        if depth > 0:
            return True
        if line.starts_block:
            return False
    return False


def _classed_frame(match: re.Match) -> bool:
    """The title's frame is its number and a reply's 分类标记 in brackets (frame.CLASSED_NUMBER_END_RE): the reply's
    own frame, whatever the line above leaves unfinished (a store's cut)."""
    end = CLASSED_NUMBER_END_RE.search(match.group("frame").strip())
    return bool(end and end.group("bracket"))


def _aside_cut_over(above: list[Line], text: str, below: Sequence[Line]) -> bool:
    """The lines above, since the last sentence's end, leave a round bracket open, and the line, with the lines
    between that bracket's line and it (a title the wrap cut), is a whole 标题 by its own grammar (发文机关 + 关于 +
    事由 + 文种, TITLE_GRAMMAR_RE) with its 发文字号 in its own brackets at its end, closing nothing opened before it,
    while no line under it closes the bracket left open above: an excerpt the store cut inside an aside ('…优先考虑
    在乡镇公共场所(' / '某县人民政府关于…的通告(某政通〔2022〕3号)'). An aside, or a 题注 the words run inside
    (_inside_open_bracket), closes its bracket (the 题注 is one bracketed note under a regulation's title: '(1993年
    1月9日…通过' / … / '公布)'); one that never closes was cut, so the title is no part of it, nor a wrapped number's
    line ('…的通知(国办发' / '〔2020〕1号)'), which closes the bracket above first."""
    match = title_with_number(text)  # (first: most lines are none, and the others are read character by character)
    if not match or bracket_depth(text) != 0:  # (closing nothing opened before it, and leaving nothing open)
        return False
    head = ""
    for line in reversed(above[-NOTE_LINES:]):
        if ends_sentence(line.text) or line.text.count("(") + line.text.count("（") \
                + line.text.count(")") + line.text.count("）") and _depth(line.text) <= 0:
            return False  # (a bracket the line above closes, or a finished sentence: nothing left open)
        if _depth(line.text) > 0:
            break  # the line that leaves the aside open; the lines under it are the title's head
        if line.starts_block:
            return False
        head = line.text.strip() + head
    else:
        return False
    title = head + match.group("title").strip()
    if joint_title_spaced(title):  # (a head the page set with spaces between its organs and where its lines broke,
        title = re.sub(r"\s+", "", title)  # '某某市…办公室 关于推进…服务 体系…的通知 某文〔2016〕3号': read closed up)
    if not (kind_of(title) and TITLE_GRAMMAR_RE.match(title) and not re.search(r"[，。；：,;:]", title)
            and len(title) <= TITLE_CHARS):
        return False
    return bracket_depth("".join(line.text for line in below)) is not None  # (no line under closes the aside)


def _depth(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


ANNEX_NAME_REACH = 6  # lines an 附件说明's name takes above its turned end at the narrowest measure


def _turns_annex_name(above: list[Line], title: str) -> bool:
    """The title-like line, its 发文字号 in brackets after it, ends the name
    of the 附件说明 above (annex_name_turns: '附件:…关于…有关' / '情况的通报
    (某办函〔2023〕4号)'): the forwarded text's title and number as the list
    names it, one item, not a title over its own number line."""
    for top in range(len(above) - 1, max(-1, len(above) - 1 - ANNEX_NAME_REACH), -1):
        if ANNEX_LIST_RE.match(above[top].text.strip()):
            return annex_name_turns([line.text for line in above[top:]], [title])
        if ends_sentence(above[top].text):
            return False
    return False


def _body_line_at_measure(above: Optional[Line], line: Line, title: str, full_width: float) -> bool:
    """A paragraph's first line (the one above ends a sentence) that fills
    the measure exactly, in the band a justified body line is set in, is cut
    by the wrap, not a title and its number: a title is centred and shorter,
    or runs over (MEASURE.exact). '收公告之日。' / '对本次征地批复(川府土〔2021〕
    814号)' / '不服的，…' is a sentence citing a 批复; a title that reads as one
    by its grammar (关于, or its organ's full name first: '方城县人民政府拟征收
    土地启动公告(…)') stays one, as does a title's last line under its first."""
    filled = (printed_width(line) + paragraph_indent(line)) / full_width if full_width else 0.0
    return above is not None and ends_sentence(above.text) and MEASURE.full <= filled <= MEASURE.exact \
        and not (TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title))


def _headline_then_number(above: list[Line], text: str, match: re.Match) -> bool:
    """A web page's headline (_title_then_bare_number): the title, the
    page's own space, then the bare 发文字号 ending the line, where GB/T 9704
    7.2.4 prints the number under the title. The title, read back from its
    last piece over the lines above it that hold no finished sentence (to
    TITLE_LINES of them), opens on an organ's name and reads as a 标题's
    head (发文机关 + 关于/印发/转发, no sentence punctuation): it is one
    though the text above stops mid-sentence, as a store cuts an excerpt. A
    sentence cites a text in 《》 with its number in brackets, and runs on
    after the number; it sets no bare number after a space at a line's end."""
    frame = match.group("frame")
    if not _bare(match) or not re.search(rf"\S\s+{re.escape(frame)}$", text.rstrip()):
        return False
    head = match.group("title").strip()
    for line in [None] + list(reversed(above[-TITLE_LINES:])):
        if line is not None:
            if ends_sentence(line.text) or is_date_line(line.text) or is_doc_number_line(line.text):
                return False
            head = line.text.strip() + head
        if ORGAN_START_RE.match(head) and _reads_as_head(head):
            return True
    return False


def _wrapped_title_head(above: list[Line], title: str) -> bool:
    """The lines above a title's last line are its own first lines, wrapped
    (a 《》 opened in them closes on the last): back to where their run
    begins (after a finished sentence, a date or a 发文字号, or at a block's
    first line), they read as a 标题's head (发文机关 + 关于/印发/转发, or 关于)
    with no sentence punctuation. A sentence that cites a title runs on
    from words that begin no title ("根据…", "按照…")."""
    head = below = title
    heads: list[str] = []
    for k in range(len(above) - 1, -1, -1):
        line = above[k]
        text = line.text
        if ends_sentence(text) or is_date_line(text) or is_doc_number_line(text) or len(head) > TITLE_CHARS \
                or closes_toc_entry(text) or ends_on_page(text, below):
            break  # (a 目录 entry ends on its page: the title under the 目录 begins after it)
        if _annex_entry(above, k):
            # GB/T 9704 7.3.4: an 附件说明's long name turns under its first character; the entry and its
            # wrap end the body, and a title under them begins on a line of its own, read as a 标题 from there.
            return any(_reads_as_head(run) for run in heads)
        head, below = text + head, text
        heads.append(head)
        if line.starts_block:
            break
        if k and _text_title_closed(above, k - 1) and _reads_as_head(head):
            return True  # the title begins on the line under another text's title (_text_title_closed)
    return head != title and _reads_as_head(head)


def _text_title_closed(above: list[Line], k: int) -> bool:
    """Line k is the last line of a text's 标题 (GB/T 9704 7.3.1: a title
    ends on its 文种, perhaps with its period in brackets after it, and
    holds no sentence's punctuation), read with the line over it where the
    wrap cut inside that bracket ('…实施方案(2021—202' / '3年)'): an excerpt
    the store cut right after the title of the text it issues or attaches.
    A title under it begins on the next line; a sentence does not end so."""
    text = above[k].text.strip()
    if k and LEFT_OPEN_RE.search(above[k - 1].text.strip()):
        text = above[k - 1].text.strip() + text
    return bool(kind_of(text)) and not re.search(r"[，。；：,;:、]", text) and bracket_depth(text) == 0 \
        and text.count("《") == text.count("》")


def _reads_as_head(head: str) -> bool:
    """Lines run together read as a 标题's head: its grammar, no sentence punctuation, no reply's opening.
    Joint 发文机关 parted by spaces ('XX局 XX部关于…', GB/T 9704 7.3.1) are read as one run of names."""
    return bool(TITLE_GRAMMAR_RE.match(_organs_run_together(head))) and not re.search(r"[，。；：,;:]", head) \
        and not REPLY_OPENING_RE.match(head)


def _organs_run_together(text: str) -> str:
    """The text with the spaces between the organs' names that open it taken out: 'XX局 XX部关于…' as
    'XX局XX部关于…'; what follows the first word that is no organ's name is left as it stands."""
    head, rest = "", text
    while len(pieces := rest.split(None, 1)) == 2 and organ_names(pieces[0]):
        head, rest = head + pieces[0], pieces[1]
    return head + rest


ANNEX_LIST_LINES = 24  # lines an 附件说明 of many long names may take at a narrow measure


def _annex_entry(lines: list[Line], k: int) -> bool:
    """Line k is an entry of an 附件说明 (GB/T 9704 7.3.4): its head ('附件：1.…'),
    or a numbered name under it, the names between (and their wraps) ending
    no sentence."""
    if ANNEX_LIST_RE.match(lines[k].text):
        return True
    if not ANNEX_ITEM_RE.match(lines[k].text):
        return False
    for j in range(k - 1, max(-1, k - ANNEX_LIST_LINES), -1):
        if ANNEX_LIST_RE.match(lines[j].text):
            return True
        if ends_sentence(lines[j].text) or is_date_line(lines[j].text):
            return False
    return False
