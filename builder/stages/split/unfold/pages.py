"""What a web page adds to a text's lines or runs into them: a column's tag
before a headline, a '!' or a stray letter in it, a listing page's entries,
a text's own contents run into its title, a byline after a full stop.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ....model import Line
from ....text.frame import DATE_RE, DOC_NUMBER_RE, kind_of, KIND_RE, ORGAN_START_RE
from ....text.lines import CLAUSE_MARK_RE, ends_sentence, SENTENCE_MARK_RE, squash
from ....text.numbering import DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, LABEL_RE
from ....text.script import either_script
from ..grammar import ADDRESSEE_WRAP, CITING_OPENER_RE, is_addressee_line, LETTER_OPENING_RE, TITLE_GRAMMAR_RE


# (no 主送 and no title opens on 号: a 号 right after the number's is its own mark printed twice, '…4号号',
# grammar.HAO_AGAIN)


# A listing page's entry, its headline run into its text: the title, a comma, then the 发文字号 and the 主送
# after it, parted by spaces ("…等职务任免的通知,   鄂府任字〔2024〕4号   各旗区人民政府,…单位:   根据…").
LISTED_ENTRY_RE = re.compile(rf"""^(?P<title>[^，。；：,;:\s][^，。；：,;:]{{3,120}}?)\s*[，,]\s*
    (?P<number>{DOC_NUMBER_RE.pattern})\s*(?P<rest>\S.*)$""", re.X)


LISTED_ENTRY_WRAP = 6  # lines a listed entry's title and number may be wrapped over at the narrowest measure


def listed_entries(lines: list[Line]) -> list[Line]:
    """A listing page (a portal's list of its documents) prints each entry's
    text as one paragraph that opens with the title, a comma and the
    发文字号, the 主送 and the body run on after it. GB/T 9704 sets them
    each on a line of its own (7.2.4, 7.3.1, 7.3.2): given back that form,
    the title, the number under it, the 主送 and the text from the next
    line. Only where the title ends in its kind word by its own grammar
    (an issuer and 关于 or 印发, or 关于 at its head: the shortest run of the
    lines above the number that reads so) and what follows the number up to
    its first colon is a 主送: a sentence that cites a notice and its number
    ('…的通知,X发〔2024〕4号文件要求') runs on into no list of organs."""
    out: list[Line] = []
    k = plain = 0  # out holds lines[plain:k] one for one at its end
    while k < len(lines):
        line = lines[k]
        if not ("〕" in line.text or "]" in line.text or "］" in line.text) or not re.search(r"[，,]", line.text):
            out.append(line)  # (asked of every line: the number's closing bracket and the comma before it first)
            k += 1
            continue
        found = None
        for i in range(k, max(plain - 1, k - LISTED_ENTRY_WRAP), -1):
            text = "".join(lines[j].text for j in range(i, k + 1))
            match = LISTED_ENTRY_RE.match(text)
            if not match or match.end("number") < len(text) - len(line.text):
                continue
            title = re.sub(r"\s", "", match.group("title"))  # (read through a scanner's spaces)
            kind = kind_of(title)
            if kind and title.endswith(kind) and TITLE_GRAMMAR_RE.match(title) and not LABEL_RE.match(title) \
                    and not CITING_OPENER_RE.match(title):
                found = i, match
                break
            if i < k and re.search(r"[，。；：,;:]", lines[i].text):
                break
        if not found:
            out.append(line)
            k += 1
            continue
        i, match = found
        rest, after = match.group("rest").strip(), k + 1
        following = rest + "".join(lines[j].text for j in range(after, min(after + ADDRESSEE_WRAP, len(lines))))
        colon = re.search(r"[:：]", following)
        if not colon or not is_addressee_line(following[:colon.end()]) \
                or not (following.startswith("各") or ORGAN_START_RE.match(following)):
            # (a 主送 names organs, a class of them by 各, or places: '要求各乡镇…:' is a sentence's lead)
            out.append(line)
            k += 1
            continue
        del out[len(out) - (k - i):]
        out += [replace(lines[i], text=match.group("title")),
                replace(line, text=match.group("number").strip(), starts_block=False, heading_mark=False)]
        if not ends_sentence(rest) and not ENDS_ON_DATE_RE.search(rest) and after < len(lines) \
                and not lines[after].starts_block:
            out.append(replace(lines[after], text=rest + lines[after].text, starts_block=True, heading_mark=False))
            k = plain = after + 1  # the rest of a wrapped line goes on in the next: they stay one line (not after
            # the 成文日期 that closes the entry's text, its signature and date run in: the next line is another's)
        else:
            out.append(replace(line, text=rest, starts_block=True, heading_mark=False))
            k = plain = after
    return out


ENDS_ON_DATE_RE = re.compile(rf"(?:{DATE_RE.pattern})\s*$", re.X)  # a text's close: its 成文日期 at its line's end


# A byline in brackets after a record's last sentence: the compiler's or the reporters' names, a name's
# characters spaced out perhaps ('(付清)', '(衛 鑫)', '（记者 赵礼锋 张玲）'): short words parted by spaces,
# not a note of who answers for a task ('（各级政府及其工作部门负责）'), which 任务分工 lists print alone.
BYLINE_NOTE = r"[（(][\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4}){0,3}[)）]"


# A web page's headline opened by its column's tag in lenticular brackets ('【区应急管理局】…报告'), the tag perhaps
# naming the forms the page gives the text in, joined by a plus ('【文字+图解】').
COLUMN_TAG_RE = re.compile(r"^(?P<tag>【(?=[^】]{2,12}】)[\u4e00-\u9fa5]+(?:[+＋][\u4e00-\u9fa5]+)*】)\s*(?=[\u4e00-\u9fa5])")


TAG_TITLE_REACH = 4  # lines a tagged headline's title takes at the narrowest measure


def column_tags_off(lines: list[Line]) -> list[Line]:
    """A portal prints a headline after its column's tag ('【区应急管理局】从化区
    …一般事故调查报告'): the tag names where the site files the page, no word
    of the 标题 (GB/T 9704 7.3.1: 发文机关, 事由 and 文种), and is the page's
    furniture, as a law database's field label is (layout.BLOCK_MARK_RE):
    the title begins after it, where the title, over the lines the measure
    filled, ends in its kind word with no sentence in it. A heading in the
    body opened so ('【典型案例】某某公司…，') runs into its sentence and stays."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        tag = COLUMN_TAG_RE.match(line.text.strip())
        if tag:
            rest = line.text.strip()[tag.end():]
            pieces = [rest] + [below.text.strip() for below in lines[k + 1:k + TAG_TITLE_REACH]]
            ends = next((n for n in range(1, len(pieces) + 1) if kind_of("".join(pieces[:n]).replace(" ", ""))), None)
            if ends and not CLAUSE_MARK_RE.search("".join(pieces[:ends])):
                out.append(replace(line, text=rest))
                continue
        out.append(line)
    return out


# A headline's closing exclamation marks ('…致市民的一封信!'), and how far under it the 主送 or 称谓 closes on its colon.
HEADLINE_EXCLAMATION_RE = re.compile(r"^(?P<title>\S.*?[^!！\s])\s*[!！]+$")
# The same headline with its 主送 or 称谓 run in after the marks, closing on its colon ('…的一封信!广大市民朋友们:').
HEADLINE_EXCLAMATION_RUN_IN_RE = re.compile(r"^(?P<title>\S.*?[^!！\s])\s*[!！]+\s*(?P<greeting>[^!！\s][^!！]*[:：])$")


SALUTATION_REACH = 3


HEADLINE_WRAP = 3


def _headline_greeted(text: str) -> bool:
    """A headline as a letter's or a 公文's title opens, ending on its kind word, its marks, then a greeting
    closing on its colon with no sentence's mark before it (HEADLINE_EXCLAMATION_RUN_IN_RE)."""
    run_in = HEADLINE_EXCLAMATION_RUN_IN_RE.match(text)
    return bool(run_in) and bool(kind_of(squash(run_in.group("title")))) \
        and not CLAUSE_MARK_RE.search(run_in.group("title")) \
        and bool(LETTER_OPENING_RE.match(run_in.group("title")) or TITLE_GRAMMAR_RE.match(run_in.group("title"))) \
        and not SENTENCE_MARK_RE.search(run_in.group("greeting")[:-1])


def headline_exclamations_off(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.3.1: the 标题 takes no punctuation but the 书名号 of a
    name it cites, so a '!' a portal sets after a headline that ends in its
    kind word ('宜都市公安局致市民的一封信!') is the page's, as a column's tag
    is (column_tags_off): the title ends on the kind word. Only a line with
    no sentence or clause mark before the marks, over the 主送 or a letter's
    称谓 closing on its colon (7.3.2) within a few lines and before any
    sentence: a sentence ending so ('…请认真阅读这封信!') runs on into prose.
    A 主送 or 称谓 an extractor ran in after the marks, closing on its colon
    with no sentence's mark before it, is that line under the headline, and
    the marks go as well ('…的一封信!广大市民朋友们:'), where the headline
    opens as a letter's or a 公文's title does (grammar.LETTER_OPENING_RE,
    TITLE_GRAMMAR_RE): no sentence ('请认真阅读这封信!…') is run into so."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        marks = re.search(r"\s*[!！]+\s*", line.text)
        if marks and any(_headline_greeted("".join(piece.text.strip() for piece in lines[j:m + 1]))
                         for j in range(k, max(k - HEADLINE_WRAP, -1), -1)  # (the headline and its greeting the wrap
                         for m in range(k, min(k + HEADLINE_WRAP, len(lines)))):  # cut, read whole)
            out.append(replace(line, text=line.text[:marks.start()] + line.text[marks.end():]))
            continue
        bang = HEADLINE_EXCLAMATION_RE.match(line.text.strip())
        if bang and kind_of(squash(bang.group("title"))) and not CLAUSE_MARK_RE.search(bang.group("title")):
            under = [below.text.strip() for below in lines[k + 1:k + 1 + SALUTATION_REACH]]
            ends = next((text for text in under if text.endswith((":", "：")) or SENTENCE_MARK_RE.search(text)), "")
            if ends.endswith((":", "：")) and not SENTENCE_MARK_RE.search(ends[:-1]):
                indent = line.text[:len(line.text) - len(line.text.lstrip())]
                out.append(replace(line, text=indent + bang.group("title")))
                continue
        out.append(line)
    return out


# A lone Latin letter right after the particle 的 at a line's end, the 文种 word after it on that line or none (the
# wrap parted them), as a page may leave a keystroke in a headline ('…暂行办法的t通知').
STRAY_LETTER_RE = re.compile(r"的(?P<letter>[A-Za-z])(?P<kind>[\u4e00-\u9fa5]{0,6})$")


def _kind_right_after(text: str, at: int) -> bool:
    """The 文种 word that ends text begins at index at (right after its 的)."""
    word = KIND_RE.search(text)
    return word is not None and word.start() == at and bool(kind_of(text))


def stray_letters_off(lines: list[Line]) -> list[Line]:
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 关于 + 事由 + 的 + 文种, nothing
    between the particle and the 文种 word that ends it; a title's Latin words
    (5G, PPP, APP) are names of two letters or more inside its 事由. So a lone
    Latin letter a page left between 的 and the 文种 ('…暂行办法的t通知'), on
    one line or where the wrap parted the letter from its 文种 ('…的t' / '通知',
    '…的' / 't通知'), is a keystroke, no word of the title, and is dropped,
    as a portal's '!' after a headline is (headline_exclamations_off). Only a
    line with no sentence or clause mark: a sentence's words stay as printed."""
    out = list(lines)
    for k, line in enumerate(out):
        text = line.text.rstrip()
        if CLAUSE_MARK_RE.search(text) or SENTENCE_MARK_RE.search(text):
            continue
        below = out[k + 1].text.strip() if k + 1 < len(out) else ""
        stray = STRAY_LETTER_RE.search(text)
        at = stray.start("letter") if stray else -1
        if stray and stray.group("kind") and _kind_right_after(text[:at] + stray.group("kind"), at):
            out[k] = replace(line, text=text[:at] + stray.group("kind"))  # '…的t通知'
        elif stray and not stray.group("kind") and below and _kind_right_after(below, 0) \
                and _kind_right_after(text[:at] + below, at):
            out[k] = replace(line, text=text[:at])  # '…的t' / '通知'
        elif text.endswith("的") and re.fullmatch(r"[A-Za-z][\u4e00-\u9fa5]{1,6}", below) \
                and _kind_right_after(below[1:], 0) and _kind_right_after(text + below[1:], len(text)):
            out[k + 1] = replace(out[k + 1], text=out[k + 1].text.replace(below, below[1:], 1))  # '…的' / 't通知'
    return out


# A text's own 目录 heading run onto its title's line ('某某县突发地质灾害应急预案目录'), as a web page may join the two.
OWN_CONTENTS_RUN_ON_RE = re.compile(either_script(r"^(?P<title>\S.*?)\s*(?P<head>目\s*录)$"))


OUTLINE_REACH = 6  # lines under the 目录's first chapter in which a section numbered by levels shows its outline


def titles_then_own_contents(lines: list[Line]) -> list[Line]:
    """A text numbered by levels (GB/T 1.1 章条编号, as an 应急预案 is: '1 总则', '1.1 编制目的')
    may print its own 目录 under its title, '目录' alone on its line over the chapters and
    sections one a line (立法技术规范 sets a code's 目录 so too). A page that ran the heading
    onto the title's line ('…应急预案目录') printed both: the title, ending in its kind word,
    then '目录', when the line under it opens the outline (a chapter's figure and its heading,
    '1    总则', '1.总则') and a section numbered by levels follows within a few lines. A list
    titled so ('…专项应急预案目录' over '1.某某县防汛应急预案', '2.…') has no sections: it stays."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        run_on = OWN_CONTENTS_RUN_ON_RE.match(line.text.strip())
        below = [re.sub(r"\s", "", other.text) for other in lines[k + 1:k + 2 + OUTLINE_REACH]] if run_on else []
        if run_on and kind_of(squash(run_on.group("title"))) and not SENTENCE_MARK_RE.search(run_on.group("title")) \
                and below and DECIMAL_CHAPTER_RE.match(re.sub(r"^(\d{1,2})[.．、]", r"\1", below[0])) \
                and any(DECIMAL_HEADING_RE.match(text) for text in below[1:]):
            out += [replace(line, text=run_on.group("title")),
                    replace(line, text=run_on.group("head"), starts_block=True, heading_mark=False)]
            continue
        out.append(line)
    return out


def join_stop_notes(lines: list[Line]) -> list[Line]:
    """A byline in brackets after a full stop (BYLINE_NOTE, '…文件。(衛 鑫)')
    that the wrap put on a line of its own, or broke inside its brackets
    ('…文件。(衛' / '鑫)'), is one line again with the sentence it closes:
    alone it ends no sentence, and the title under it would read as run
    into from the text above."""
    out: list[Line] = []
    for line in lines:
        above = out[-1].text.rstrip() if out else ""
        note = re.search(rf"[。；！？]({BYLINE_NOTE})$", above + line.text.strip())
        if note and note.start(1) <= len(above):  # the byline is the line or its tail, not a line's own end
            out[-1] = replace(out[-1], text=above + line.text.strip())
        else:
            out.append(line)
    return out
