"""A 公告 or a 令 run into one paragraph with the text it publishes, and a
notice with the text it issues (GB/T 9704 10.2).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ....model import Line
from ....text.frame import DATE_RE, HAO, HEAD_POST_RE, order_organ, SIGNER_POST_RE
from ....text.lines import ends_sentence
from ....text.measure import MEASURE, printed_width
from ....text.script import either_script
from ...masthead import closes_toc_entry
from ..grammar import is_addressee_line, organ_alone
from .frames import whole_title
from .title_ends import number_alone


# A 公告 and the text it publishes run into one paragraph, as a law site stores an excerpt: the sentence that
# publishes 《T》 ('《T》业经…批准，现予公布，自…施行。'), the close '特此公告', the signer and the 成文日期, then T
# itself and the text under it (its 题注 in brackets, its first chapter or article).
RUN_IN_HEAD = rf"""
    (?P<sentence>《(?P<name>[^《》]{{4,80}})》[^《》]{{0,200}}?(?:现予|予以)(?:公布|发布)[^。《》]{{0,40}}。)
    \s*(?P<close>特此公告[。.]?)?
    \s*(?P<signer>[^\d\s，。；：,;:（）()《》]{{2,30}}?)
    \s*(?P<date>{DATE_RE.pattern})"""


RUN_IN_ANNOUNCEMENT_RE = re.compile(either_script(rf"""{RUN_IN_HEAD}
    \s*(?P<title>(?P=name))\s*(?=[（(]|第[一1]章|第[一1]条)"""), re.X)


# A 政府令 so stored opens on its 发文机关标志 and 令号 ('某某市人民政府令第291号《…的决定》已经…通过，现予公布，…施行。
# 市长某某某2015年8月21日为贯彻落实…'), and the abstract may go on from the date with the decision's text, its title
# left out as the sentence names it: after the 令's head, the date closes the frame whatever follows.
RUN_IN_ORDER_HEAD_RE = re.compile(either_script(rf"""(?P<order>[\u4e00-\u9fa5]{{2,30}}令)
    \s*(?P<serial>(?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*{HAO})\s*(?=《)"""), re.X)


RUN_IN_ORDER_RE = re.compile(either_script(rf"""{RUN_IN_HEAD}
    \s*(?:(?P<title>(?P=name))\s*)?(?=\S)"""), re.X)


# A notice that issues a text, run into one paragraph with it the same way: the sentence that issues 《T》
# ('《T》已经…通过，现印发给你们，请认真贯彻执行。'), the signer if the page kept it, the 成文日期, then T's title and
# its first chapter or article (a law site's excerpt of a 印发 notice, its paragraphs parted by spaces), or its
# preamble, which opens as a body's first sentence opens, on its purpose or ground ('为加强…，特制定本办法。',
# '根据…'), before the first chapter (GB/T 1.1 and 立法技术规范: a 办法's 制定目的 and 依据 head its text).
# Organs that issue a text together sign it each by name (GB/T 9704 7.3.5.2, 联合行文), one line holding them where
# the page or the extractor parts them by spaces ('中共某某县委 某某县人民政府'): the signer is those names, and with
# the whole frame so printed (the sentence, the signers, the date) the title closes it whatever the text's first
# sentence opens on ('…实施方案2016年是…的申报年，…', a body that opens on a year), as the date closes a 令's frame.
SIGNER_NAME = r"[^\d\s，。；：,;:（）()《》]{2,30}?"


ISSUED_TAIL = rf"""
    \s*(?P<close>)(?:(?P<signer>{SIGNER_NAME}(?:\s+{SIGNER_NAME}){{0,3}})\s*)?
    (?P<date>{DATE_RE.pattern})
    \s*(?P<title>(?P=name))\s*(?=[（(]|第[一1]章|第[一1]条|为了?[^，。；：,;:]|根据|按照|依据|依照|(?(signer)\S|(?!)))"""


# The sentence ends on its full stop, or on the half-width stop a PDF's text layer or OCR gives for it ('…认真组织实
# 施.'), never a decimal point ('3.12植树节').
RUN_IN_ISSUING_RE = re.compile(either_script(rf"""
    (?P<sentence>《(?P<name>[^《》]{{4,80}})》[^《》]{{0,200}}?(?:现|予以|现予)印发[^。《》]{{0,40}}?(?:。|(?<!\d)\.(?!\d))){ISSUED_TAIL}"""), re.X)


# The sentence's other form, as most 印发 notices word it (党政机关公文处理工作条例's 通知 that issues a text): the
# approval it cites first, then 现将《T》印发给你们 ('经…常务会议讨论通过，现将《T》印发给你们，请认真组织实施。'),
# the sentence a block of its own, as it opens the body under the 主送.
RUN_IN_ISSUING_LED_RE = re.compile(either_script(rf"""
    (?P<sentence>[^《》。；;]{{0,80}}?现将《(?P<name>[^《》]{{4,80}})》印发[^。《》]{{0,40}}。){ISSUED_TAIL}"""), re.X)


# The frame of a notice that passes a text on (党政机关公文处理工作条例 第八条: 通知 转发 公文) is the same: the
# sentence names 《T》, who made it and the approval it has, then 现转发给你们 ('市某局制定的《T》已经市政府研究同意，
# 现转发给你们，请认真贯彻执行。'), the 成文日期, then T's title and its first sentence or article.
RUN_IN_FORWARDING_LED_RE = re.compile(either_script(rf"""
    (?P<sentence>[^《》。；;]{{0,80}}?《(?P<name>[^《》]{{4,80}})》[^《》。；;]{{0,80}}?现(?:予以)?转发给你们[^。《》]{{0,40}}。)
    {ISSUED_TAIL}"""), re.X)


RUN_IN_CHARS = 700  # characters of such a head and title, at most, with room for a long sentence


def announcement_run_in(lines: list[Line], full_width: float, issuing: bool = False) -> list[Line]:
    """GB/T 9704 10.2 sets a 公告 (or 令) that publishes a text as its
    sentence, its signer and its 成文日期, each on a line of its own, the
    text under them opening with its title; a page that ran them all into
    one paragraph with the text is given back that form where the title
    after the date is the very one the sentence names in 《》: the sentence,
    '特此公告', the signer, the date and the title each a line, the text's
    run-on rest a paragraph of its own. The sentence opens a line (a
    paragraph's, or a wrap's that the blank above it lost), the signer is
    an organ or a post and the title opens a 题注, a chapter or an article:
    a body that cites a publication runs on. A 令 so stored may open on its
    发文机关标志 and 令号 before the sentence (GB/T 9704 10.1): its head is
    then a line of its own and the date closes the frame whatever follows,
    the title printed again or left out, unless the line above was filled
    by the wrap and goes on into it."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        led = issuing and not line.text.startswith("《") \
            and (line.starts_block or bool(out) and is_addressee_line(out[-1].text))  # the sentence's 现将 form: a
        # block's first line, or the line under the 主送 (GB/T 9704 7.3.3: the body opens under it), read on for 现将《
        if not line.text.startswith("《") and not re.match(r"^[\u4e00-\u9fa5]{2,30}令", line.text) and not led:
            out.append(line)  # (asked of every line: few open on a title in 《》 or a 令's name)
            i += 1
            continue
        texts: list[str] = []
        j = i
        while j < len(lines) and sum(map(len, texts)) < RUN_IN_CHARS and (j == i or not lines[j].starts_block
                                                                           or issuing):  # (read across the pieces
            # the earlier steps made of the paragraph: the match asks for the whole frame and the title it names)
            texts.append(lines[j].text)
            j += 1
        joined = "".join(texts)
        head = None if line.text.startswith("《") else RUN_IN_ORDER_HEAD_RE.match(joined)
        if head and (not order_organ(head.group("order"))
                     or not line.starts_block and i > 0 and not lines[i - 1].cells
                     and not ends_sentence(lines[i - 1].text) and not closes_toc_entry(lines[i - 1].text)
                     and printed_width(lines[i - 1]) >= full_width * MEASURE.fills):
            head = None  # (a line the wrap filled goes on into this one: '…土地整治办法 广西壮' / '族自治区人民政府令
            # 第116号' is no 令's head of its own; a 目录 entry's line, its leaders and page, goes on into nothing)
        if issuing:  # (the 印发 notice's sentence, once the 主送 it was run in after is a line of its own)
            head, match = None, (RUN_IN_ISSUING_LED_RE.match(joined) if led and "现将《" in joined[:120]
                                 else RUN_IN_FORWARDING_LED_RE.match(joined) if led and "转发给" in joined[:240]
                                 else RUN_IN_ISSUING_RE.match(joined) if line.text.startswith("《") else None)
        else:
            match = (RUN_IN_ORDER_RE.match(joined, head.end()) if head
                     else RUN_IN_ANNOUNCEMENT_RE.match(joined) if line.text.startswith("《") else None)
        signer = (match.group("signer") or "") if match else ""
        if not match or not (organ_alone(signer) or SIGNER_POST_RE.match(signer) or HEAD_POST_RE.match(signer)
                             or issuing and not signer
                             or issuing and all(map(organ_alone, signer.split()))):  # (joint signers, each an organ)
            out.append(line)
            i += 1
            continue
        starts = [sum(map(len, texts[:k])) for k in range(len(texts))]

        def at(offset: int) -> tuple[int, int]:
            k = max(k for k, start in enumerate(starts) if start <= offset)
            return k, offset - starts[k]

        if issuing and all(at(match.start(name))[1] == 0 for name in ("signer", "date", "title") if match.group(name)):
            out.append(line)  # each piece a line of its own already, as printed: nothing run in to set out
            i += 1
            continue

        k0, from_ = at(match.start("sentence"))
        k, cut = at(match.end("sentence"))
        if head:  # the 令's 发文机关标志 and 令号 on a line as the page has them (GB/T 9704 10.1: '渝府令第121号' is one
            # line of the 版头, an abbreviated organ's order no name alone), then the sentence's lines
            out.append(replace(line, text=head.group(0).strip(), starts_block=True, heading_mark=False))
            if k0 == k:
                out += [replace(lines[i + k], text=texts[k][from_:cut], starts_block=True)]
            else:
                out += [replace(lines[i + k0], text=texts[k0][from_:], starts_block=True)] + lines[i + k0 + 1:i + k] \
                    + ([replace(lines[i + k], text=texts[k][:cut])] if texts[k][:cut] else [])
        else:  # the lines of the sentence stand as they were, the last cut at its stop
            out += lines[i:i + k] + ([replace(lines[i + k], text=texts[k][:cut])] if texts[k][:cut] else [])
        out += [replace(lines[i + k], text=match.group(name).strip(), starts_block=True, heading_mark=False)
                for name in ("close", "signer", "date", "title") if match.group(name)]
        k, cut = at(match.end("title") if match.group("title") else match.end("date"))
        if cut == 0:  # the title ended its line: the lines from the next on stand as they are
            i += k
            continue
        rest = texts[k][cut:].lstrip()
        if rest and i + k + 1 < j and not whole_title(lines[i + k + 1].text) \
                and not _quoted_headline(lines, i + k + 1) \
                and not number_alone(lines[i + k + 1].text):  # (nor a 发文字号 alone, the next 版头's, 7.2.4)
            # the wrap's piece after the title opens the next line: no line of its own, which would end where a line
            # ends ('(1987年11月19' reads as a date cut short); a line that is a 标题 whole is the next document's
            # (a store's text cut off after the frame, '…为贯彻落实' / '某厅关于…的通知'), no words the wrap moved
            lines = lines[:i + k + 1] + [replace(lines[i + k + 1], text=rest + lines[i + k + 1].text,
                                                 starts_block=True, heading_mark=False)] + lines[i + k + 2:]
        elif rest:
            out.append(replace(lines[i + k], text=rest, starts_block=True, heading_mark=False))
        i += k + 1
    return out


def _quoted_headline(lines: list[Line], k: int) -> bool:
    """Line k is a whole 标题 a web page quotes in 《》 as its headline (one pair of marks round it, the page's, as
    titles.lines.unquoted_title reads them), its 发文字号 alone on the line under it (GB/T 9704 7.2.4; a page sets
    the number under the title): the next document's head, no words the wrap moved off a sentence. A sentence that
    cites a title and its number (党政机关公文处理工作条例 第二十条: 先引标题，后引发文字号) sets the number in
    brackets after the title and goes on with words."""
    text = lines[k].text.strip()
    return text.startswith("《") and text.endswith("》") and text.count("《") == 1 and whole_title(text[1:-1]) \
        and k + 1 < len(lines) and number_alone(lines[k + 1].text)


def issuing_run_in(lines: list[Line], full_width: float) -> list[Line]:
    """A notice that issues a text, run into one paragraph with it as a 公告
    and the text it publishes are (announcement_run_in): the sentence that
    issues 《T》, the signer where the page kept it, the 成文日期 and T's
    title each a line, T's first chapter or article under them."""
    return announcement_run_in(lines, full_width, issuing=True)
