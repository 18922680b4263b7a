"""The 版头's and 版记's marks a wrap parted or a page ran in (GB/T 9704
7.2.2, 7.4.3, 8): an organ's mark over two lines and the 代字 after it, the
印发 line, an 附件's mark and the title under it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ....model import Line
from ....text.frame import DOC_NUMBER_RE, ISSUER_MARK_RE, kind_of, PRINTED_TAIL_RE, SESSION, YEAR_FIRST_NUMBER_RE
from ....text.lines import ends_sentence, width
from ....text.measure import MEASURE, printed_width
from ....text.script import either_script
from ...masthead import closes_toc_entry
from ..grammar import (ADDRESSEE_WRAP, ANNEX_RUN_IN_RE, balanced, is_doc_number_line, join_title, MARK_RUN_ON_RE,
                       masthead_name, TITLE_LINES)
from .addressees import addressees_opening, named_addressees


def join_printing_tails(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.4.3: the 版记 ends with the 印发 line, 印发机关 and 印发日期
    then 印发 ("XX办公室 2018年1月17日印发"). Cut by the wrap or a page break
    right after its date, or inside 印发 ('…六月五日印' / '发'), it is one line
    again: its last word alone is no title's head ("印发" over "XX厅关于…的通
    知") nor a text of its own."""
    def tail(above: Line, line: Line) -> bool:
        return bool(PRINTED_TAIL_RE.match(line.text) and re.search(r"[\d〇○零一二三四五六七八九十日]$", above.text)
                    or line.text.strip() == "发" and re.search(r"日\s*印$", above.text))
    out: list[Line] = []
    for line in lines:
        out.append(line)
        while len(out) > 1 and tail(out[-2], out[-1]):  # ('…六月五' / '日印' / '发': twice)
            out[-2:] = [replace(out[-2], text=out[-2].text + out[-1].text)]
    return out


def join_stacked_marks(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件; set large,
    a long name puts 文件 on a line of its own under it ('新疆维吾尔自治区人民政府'
    / '文件'). That is one mark again: only when the lines joined are a mark.
    A measure narrower than the mark's one line cuts it anywhere ('某某市美丽
    村庄建设专项' / '行动组文件', '…安全生产委员会文' / '件'): the lines joined
    are one mark where the 发文字号 stands right under them (7.2.4), as it
    stands under a 版头. A
    session's or a sitting's own mark ('某某市第十二届人大常委会第四十九次会议
    文件', over each report laid before it) has no 发文字号 under it: cut
    anywhere ('…第四十九次会' / '议文件', '…会议文' / '件'), the lines joined
    are that mark where they make it whole and the text above ends there.
    A page that runs the 发文字号 onto the mark's line ('某某县委办公室文件
    某办发〔2020〕4号') the wrap may cut after the number's 代字: the mark and
    代字 over the rest of the number ('〔2020〕4号') are that line again.
    A 函's head sets the 发文字号 right of the organ's name on one row (GB/T
    9704 10.1, 信函格式); an extractor that reads the row's boxes out of order
    gives the number's year and serial first, then the name with the 代字 run
    on after it ('〔2020〕57号' / '某某市人民政府某府函'): the name, then the number
    whole under it, as a 版头 prints them."""
    out: list[Line] = []
    cut_number = False
    for n, line in enumerate(lines):
        text = line.text.replace(" ", "")
        below = lines[n + 1].text if n + 1 < len(lines) else ""
        if out and out[-1].text.strip() and (coded := _organ_then_code(text, out[-1].text.replace(" ", ""))):
            out[-1:] = [replace(line, text=coded[0]), replace(out[-1], text=coded[1] + out[-1].text.strip())]
        elif cut_number:
            cut_number = False
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + line.text.strip())
        elif (run_on := MARK_RUN_ON_RE.match(line.text.strip())) and len(code := run_on.group("number")) <= CODE_RUN_ON \
                and not re.search(r"\s", code) \
                and ISSUER_MARK_RE.match(run_on.group("mark").replace(" ", "")) and not DOC_NUMBER_RE.search(code) \
                and len(below.strip()) <= NUMBER_REST_CHARS and is_doc_number_line(code + below.strip()):
            cut_number = True
            out.append(line)
        elif out and text == "文件" and ISSUER_MARK_RE.match(out[-1].text.replace(" ", "") + "文件"):
            out[-1] = replace(out[-1], text=out[-1].text.strip() + "文件")
        elif out and text.endswith("件") and not ISSUER_MARK_RE.match(text) and is_doc_number_line(below) \
                and (k := _mark_cut_from(out, text)):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]
        elif out and (run_on := MARK_RUN_ON_RE.match(line.text.strip())) \
                and not ISSUER_MARK_RE.match(run_on.group("mark").replace(" ", "")) \
                and is_doc_number_line(run_on.group("number")) and (k := _mark_cut_from(out, run_on.group("mark"))):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]  # (the
            # mark cut, its number run on after it on the line: '…办公室' / '文件 某办发〔2020〕4号')
        elif out and text.endswith("件") and not ISSUER_MARK_RE.match(text) and (k := _session_mark_cut_from(out, text)):
            out[-k:] = [replace(out[-k], text="".join(q.text.strip() for q in out[-k:]) + line.text.strip())]
        else:
            out.append(line)
    return out


def _organ_then_code(text: str, above: str) -> Optional[tuple[str, str]]:
    """The organ's name and the 代字 run on after it (join_stacked_marks), where the line above is a number's year
    and serial alone ('〔2020〕57号') and the 代字 with them is a 发文字号; None elsewhere."""
    if not YEAR_SERIAL_RE.fullmatch(above):
        return None
    for end in range(len(text) - 1, 3, -1):
        organ, code = text[:end], text[end:]
        if len(code) <= CODE_CHARS and re.fullmatch(r"[\u4e00-\u9fa5]+", code) and masthead_name(organ) \
                and is_doc_number_line(code + above):
            return organ, code
    return None


YEAR_SERIAL_RE = re.compile(r"[〔［\[]\d{4}[〕］\]]第?\d{1,4}号")  # a 发文字号 without its 代字


CODE_CHARS = 6  # characters of a 机关代字 at most ('某府函', '某政办发')


CODE_RUN_ON = 16  # characters of a number's head (its 代字, perhaps its year) the wrap may leave after the 版头's 文件


NUMBER_REST_CHARS = 12  # characters of a 发文字号 the wrap may carry under its head ('〔2020〕4号', '号')


SESSION_MARK_RE = re.compile(rf"^{SESSION}" + either_script("文件") + "$")


def _session_mark_cut_from(out: list[Line], tail: str) -> int:
    """How many of the lines above end in a session's or sitting's own mark
    whose last words the line holds ('议文件', '件'): the fewest that make the
    mark whole with it, the line over them ending a sentence, a mark or a
    目录 entry (no sentence's words run into a mark), or 0."""
    for k in range(1, min(MARK_LINES, len(out)) + 1):
        over = out[-k - 1].text.strip() if len(out) > k else ""
        if SESSION_MARK_RE.match("".join(q.text.replace(" ", "") for q in out[-k:]) + tail) \
                and (not over or ends_sentence(over) or ISSUER_MARK_RE.match(over.replace(" ", ""))
                     or closes_toc_entry(over)):
            return k
    return 0


MARK_LINES = 3  # lines a 发文机关标志 may be cut over at the narrowest measure


def _mark_cut_from(out: list[Line], tail: str) -> int:
    """How many of the lines above end in the 发文机关标志 whose last words
    ('…行动组文件') the line holds: the fewest that make one mark with it, or 0."""
    for k in range(1, min(MARK_LINES, len(out)) + 1):
        if ISSUER_MARK_RE.match("".join(q.text.replace(" ", "") for q in out[-k:]) + tail):
            return k
    return 0


def annex_marks(lines: list[Line], full_width: float) -> list[Line]:
    """GB/T 9704 8: an 附件 printed with the text opens with its mark ('附件'),
    its title under it, and a notice printed so has its 发文字号 under its
    title (7.2.4); a page that ran the title into the mark's line
    ('附件:XX印发《…》的通知', its number perhaps run on after the kind word:
    '…的通知(94)财农字第345号') is given back that form where the title, read
    on over the lines its wrap took, stands right over a 主送 of its own (the
    forwarded notice of a 转发, printed whole): the mark alone, the title,
    the number. A mark and a title over anything else (a signature, the next
    entry) is an 附件说明's line and stays whole."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        mark = ANNEX_RUN_IN_RE.match(line.text)
        head = _annex_head(mark.group("title"), lines, i, full_width) if mark else None
        if head is None:
            out.append(line)
            i += 1
            continue
        k, title, number = head
        prefix = line.text[:mark.start("title")]
        out += [replace(line, text=prefix.rstrip()),
                replace(line, text=title if number else mark.group("title"), starts_block=True, heading_mark=False,
                        annotated=line.annotated + width(prefix))]
        if number:  # the title joined from its wrap, the number on a line of its own under it
            out.append(replace(lines[k], text=number, starts_block=False, heading_mark=False))
            i = k + 1
        else:
            i += 1
    return out


def _annex_head(title: str, lines: list[Line], i: int, full_width: float) -> Optional[tuple[int, str, Optional[str]]]:
    """(last line, title, its 发文字号 or None) of the title begun on line i
    when it ends in its kind word, every bracket and 《》 closed, perhaps with
    its number run on after it, right over a 主送; it goes on into the next
    line only while it leaves one open or its line fills the measure (the
    wrap cut it). None for any other line."""
    k, text = i, title
    while not ((cut := _kind_then_number(text)) is not None or kind_of(text) and balanced(text)):
        if re.search(r"[，。；：,;:]", text) or k + 1 >= min(len(lines), i + TITLE_LINES) \
                or balanced(text) and printed_width(lines[k]) < full_width * MEASURE.fills:
            return None
        k, text = k + 1, join_title([text, lines[k + 1].text])
    if cut is None and k + 1 < len(lines) \
            and (cut := _kind_then_number(joined := join_title([text, lines[k + 1].text]))) is not None:
        k, text = k + 1, joined  # its number on the next line, perhaps after the word the wrap took ('报告 粤法…号')
    below = [line.text for line in lines[k + 1:k + 1 + ADDRESSEE_WRAP]]
    if not (addressees_opening(below) or below and named_addressees(below[0], below[1:])):  # (a 请示 to one body by name)
        return None
    return (k, text[:cut], text[cut:].strip()) if cut is not None else (k, text, None)


NUMBER_TAIL = 30  # characters of a 发文字号 run on after a title


def _kind_then_number(text: str) -> Optional[int]:
    """Where a title that ends in its kind word, every bracket and 《》
    closed, leaves off and the 发文字号 run on after it begins; None when
    the text ends in no such number."""
    for cut in range(len(text) - 1, max(0, len(text) - NUMBER_TAIL) - 1, -1):
        tail, head = text[cut:], text[:cut].rstrip()  # (a space between them, as a page may set: '…的请示报告 粤法…号')
        if (DOC_NUMBER_RE.fullmatch(tail) or YEAR_FIRST_NUMBER_RE.fullmatch(tail)) \
                and kind_of(head) and balanced(head):
            return len(head)
    return None
