"""A title without a kind word, still a title when a 公文's frame stands under it (its 发文字号, 主送 or 题注), or when
it reads whole by the 标题 grammar (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.3.1).
"""
from __future__ import annotations

import re

from ....model import Line
from ....text.frame import (CLOSING_FORMULA_RE, damaged_doc_number, HEAD_MARK_RE, DOCUMENT_KINDS, ends_on_entry_page, head_mark,
                            ISSUER_MARK_RE, kind_of, normal_doc_number, OCCASION_RE, ORDER_NUMBER_RE, SUBTITLE_RE, YEAR_TITLE_RE)
from ....text.lines import CLAUSE_MARK_RE, ends_sentence, squash
from ....text.script import simplified
from ....text.numbering import LABEL_RE
from ..grammar import (balanced, ends_frame, flows_on, is_addressee_line, is_date_line, is_doc_number_line, join_title,
                       JOINT_MASTHEAD_LINES, organ_alone, ORGAN_TITLE_RE, PASSING_TITLE_RE, TITLE_GRAMMAR_RE)
from ..spans import TitleBlock
from ..unfold import DAY_OPENING_RE
from .preamble import announces_itself_under, GROUND_OPENER_RE
from .lines import titleish, unquoted_title, wrapped
from .addressees import (ABOUT_TITLE_RE, addressed_organs, addressees_from, addressees_head, addressees_tail,
                         number_and_addressees_under, organs_only)
from .issuers import named_issuer, QUOTED_ORGAN_ABOUT_RE, under_counted_heading
from .under import what_follows


def framed_full_title(lines: list[Line], start: int, end: int) -> bool:
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
        and (what_follows(lines, end, title) == "addressee" or addressees_from(lines, end)
             or number_and_addressees_under(lines, end)) or _headed_under(lines, end, title)


def _headed_under(lines: list[Line], end: int, title: str) -> bool:
    """A title ending on its 文种 (brackets closed, no clause's mark), and under it an organ's 版头 ('某县人民政府文件'),
    then the 发文字号 and the 主送 (GB/T 9704 7.2.2, 7.2.4, 7.3.2), with no title between number and 主送: a page
    that heads its copy with the document's title prints it over the 版头, in whatever words the page chose
    ('某县《关于…的实施方案》的通知', 印发 left out). No sentence runs on into an organ's 版头 line with a number
    and a 主送 under it."""
    kind = kind_of(title)
    return bool(kind) and simplified(title).endswith(kind) and balanced(title) and not CLAUSE_MARK_RE.search(title) \
        and end < len(lines) and bool(ISSUER_MARK_RE.match(lines[end].text.replace(" ", ""))) \
        and number_and_addressees_under(lines, end + 1)


def bare_title_over_addressees(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """A title of 事由 and 文种 alone (党政机关公文处理工作条例 第九条(三): the
    标题 一般 of organ, 事由 and 文种, the organ left out where the 版头 or the
    page names it: '水稻种植补贴通知', '关于…的通知') on one line that stops
    short of the measure, holding no clause mark, with its 主送机关 under it
    (GB/T 9704 7.3.2): a document's title though the line above fills the
    measure or stops mid-sentence (an excerpt the store cut there). A sentence
    that ran on into a kind word goes on after it with words, not into a
    short line's end and a list of organs and a colon under it."""
    title = join_title([line.text for line in lines[start:end]])
    return end - start == 1 and kind_of(title) in DOCUMENT_KINDS and not re.search(r"[，；。：,;:！？!?]", title) \
        and not wrapped(lines[start], full_width) and _sentence_over(lines, start, full_width) \
        and (what_follows(lines, end, title) == "addressee" or addressees_from(lines, end))


SENTENCE_OVER_LINES = 3  # lines of the paragraph over a bare title read for a sentence's mark


def _sentence_over(lines: list[Line], start: int, full_width: float) -> bool:
    """The paragraph over line start is a sentence's, not a title's: one of
    its last lines (those the wrap filled, up to SENTENCE_OVER_LINES) holds a
    clause mark, as a 标题 does not (GB/T 9704 7.3.1). The last line of a title
    wrapped over three lines ('…办公室关于印发…电动汽车财' / '政补贴实施办法的通知')
    ends on a 文种 as a bare title does, but under its own title's lines."""
    for k in range(start - 1, max(start - 1 - SENTENCE_OVER_LINES, -1), -1):
        if re.search(r"[，；。：,;:！？!?]", lines[k].text):
            return True
        if k < start - 1 and not wrapped(lines[k], full_width):
            break  # (the paragraph opens under a line that stops short)
    return False


def numbered_full_title(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """Such a full 标题 whose last line stops short of the measure, with its
    发文字号 alone on the line under it (GB/T 9704 7.2.4; a web page sets it
    under the title bare, a gazette's reprint in brackets), is a document's
    title though the line above fills the measure or stops mid-sentence (an
    excerpt the store cut there): a sentence that cites a title and its
    number (党政机关公文处理工作条例 第二十条: 先引标题，后引发文字号) runs on
    past the 文种 on the title's line, or the wrap filled that line, and goes
    on with words after the number's bracket. A web page may quote the whole
    标题 in 《》 as its headline (unquoted_title): the marks are the page's.
    Such a headline's last line, closing on its 》, may fill the measure
    (or a file of unwrapped lines may read its measure short of it), and the
    title is still framed when its 发文字号 stands bare under it and its 主送
    under that (number_and_addressees_under): a citation puts the number
    after the title in brackets (第二十条), and a sentence goes on with
    words, not with a 主送 and its colon (GB/T 9704 7.2.4, 7.3.1-7.3.2)."""
    joined = join_title([line.text for line in lines[start:end]])
    title = unquoted_title(joined)
    return bool(TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title)) \
        and end < len(lines) and is_doc_number_line(lines[end].text) \
        and (not wrapped(lines[end - 1], full_width) or _quoted_headline_framed(lines, start, end, joined, title))


def _quoted_headline_framed(lines: list[Line], start: int, end: int, joined: str, title: str) -> bool:
    """The lines from start to end are a whole 标题 a web page quotes in 《》 (its first line opening on the 《, its
    last closing on the 》), over its 发文字号 printed bare on a line of its own (no citation's bracket round it) and
    its 主送 under that (GB/T 9704 7.2.4, 7.3.2)."""
    number = lines[end].text.strip()
    return title != joined and lines[start].text.lstrip().startswith("《") \
        and lines[end - 1].text.rstrip().endswith("》") \
        and number[:1] not in "（(〔[" and number[-1:] not in "）)〕]" \
        and number_and_addressees_under(lines, end)


def announced_full_title(lines: list[Line], start: int, end: int) -> bool:
    """Such a full 标题 (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.3.1, or
    关于 left out as framed_full_title allows it: '某某区区委书记大接访活动公告',
    ORGAN_TITLE_RE, an organ first) whose first paragraph under it hands its
    body on by the 文种 the title ends in ('…现就有关事项通告如下：',
    announces_itself_under: the 开头's 过渡语) is a document's title though the
    line above stops mid-sentence or the wrap filled it (an excerpt the store
    cut there): a sentence that runs into a quoted title goes on with words
    after it, and no sentence running on past a kind word holds the 过渡语 of
    that kind."""
    title = join_title([line.text for line in lines[start:end]])
    return bool(TITLE_GRAMMAR_RE.match(title) or ORGAN_TITLE_RE.match(title)) and kind_of(title) in DOCUMENT_KINDS \
        and announces_itself_under(lines, end, title)


# Lines a body may take between its title and the 结束语 that closes it (an 公告's or 通告's few paragraphs, some 700
# characters at the narrowest measure, 18 columns), and lines a signature's organ may be wrapped over.
CLOSE_REACH = 40
SIGNATURE_LINES = 2


def closed_full_title(lines: list[Line], start: int, end: int) -> bool:
    """Such a full 标题 (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.3.1) whose
    body under it closes on the 结束语 of that same 文种 ('特此公告。' under
    '…的公告'), the organ the title opens on signing right under the formula
    and the 成文日期 under its name (7.3.5.1: 署名 and 成文日期 follow the
    正文), is a document's title though the line above stops mid-sentence or
    the wrap filled it (an excerpt the store cut there): a sentence that runs
    on into a quoted title goes on with words and closes on its own text's
    formula, signed by its own organ, not by the quoted title's. The first
    date or closing formula under the title decides: another's is no close
    of this title's body."""
    title = squash(join_title([line.text for line in lines[start:end]]))
    kind = kind_of(title)
    if not TITLE_GRAMMAR_RE.match(title) or kind not in DOCUMENT_KINDS:
        return False
    for k in range(end, min(len(lines), end + CLOSE_REACH)):
        text = squash(lines[k].text)
        if is_date_line(text):
            return False
        if CLOSING_FORMULA_RE.match(text):
            if text.rstrip("。.！!") != "特此" + kind:
                return False
            for m in range(k + 1, min(len(lines), k + 1 + SIGNATURE_LINES)):
                organ = "".join(squash(line.text) for line in lines[k + 1:m + 1])
                if organ_alone(organ) and len(title) > len(organ) and title.startswith(organ):
                    return m + 1 < len(lines) and is_date_line(lines[m + 1].text)
            return False
    return False


def signed_full_title(lines: list[Line], start: int, end: int, full_width: float) -> bool:
    """Such a full 标题 (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.3.1) whose
    last line stops short of the measure and whose body under it closes,
    with no 结束语, on the signature of the organ the title opens on and the
    成文日期 right under it (7.3.5.1: 署名 and 成文日期 follow the 正文; the
    signature may name the organ whole where the title left out its place's
    level word, '某某人民政府…' signed '某某市人民政府…'), its 正文 opening under
    it on its purpose or ground ('为…', '根据…': the 开头 of a text with no 主送),
    is a document's title though the line above stops mid-sentence (an excerpt
    the store cut there): a sentence that runs on into a quoted title fills the
    line past its 文种, or goes on under it with its own words ('…的通知' /
    '要求，…'), not with a new 开头. The first date or closing formula
    under the title decides (closed_full_title reads the formula)."""
    if wrapped(lines[end - 1], full_width) or end >= len(lines) or not GROUND_OPENER_RE.match(lines[end].text.strip()):
        return False
    title = squash(join_title([line.text for line in lines[start:end]]))
    about = re.search("关于", title)
    if not TITLE_GRAMMAR_RE.match(title) or kind_of(title) not in DOCUMENT_KINDS or not about:
        return False
    own = title[:about.start()]
    if not organ_alone(own):
        return False
    for k in range(end, min(len(lines), end + CLOSE_REACH)):
        text = squash(lines[k].text)
        if CLOSING_FORMULA_RE.match(text):
            return False
        if is_date_line(text):
            return any(k - m >= end and _own_signature(own, "".join(squash(line.text) for line in lines[k - m:k]))
                       for m in range(1, SIGNATURE_LINES + 1))
    return False


def _own_signature(own: str, organ: str) -> bool:
    """The organ a title opens on signs as organ: the same name, or that name
    with characters put in (a place's level word the title left out), ending
    alike."""
    if not organ_alone(organ) or own[-2:] != organ[-2:] or len(organ) - len(own) not in (0, 1):
        return False
    rest = iter(organ)
    return all(ch in rest for ch in own)


def _quoted_whole(lines: list[Line], start: int, end: int) -> bool:
    """The lines from start to end are one whole 标题 a web page quotes in 《》 as its headline (unquoted_title),
    the first opening on the 《 that the last closes: the title's first line, no line above it one of it (the
    tail of a sentence the store cut is no part of the headline the marks enclose)."""
    title = join_title([line.text for line in lines[start:end]])
    return lines[start].text.lstrip().startswith("《") and unquoted_title(title) != title


def framed_titles(lines: list[Line], skip: set[int], blocks: list[TitleBlock], limit: int,
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
                                           or addressees_tail(lines, j, full_width)) \
                or (is_doc_number_line(line.text) and _numbers_over_title(lines, j, titled)) \
                or (j > 0 and damaged_doc_number(line.text) and wrapped(lines[j - 1], full_width)):
            continue
        head = addressees_head(lines, j, taken, full_width)
        start = head
        while start > 0 and head - start < limit and start - 1 not in taken and start - 1 not in skip \
                and titleish(lines[start - 1]) and not re.search(r"[，；：,;:]", lines[start - 1].text) \
                and not head_mark(lines[start - 1].text) and not _quoted_whole(lines, start, head) \
                and not (organ_alone(lines[start - 1].text) and under_counted_heading(lines, start - 1, skip)):
            start -= 1  # (an organ alone under a list's counted heading is that list's row: listed_row; a mark of
            # the 版头 over the number, a reply's bare 公开属性 '公开' or its 类别, is no line of a title: GB/T 9704
            # 7.2 prints the marks apart, the title under them or, on a web page, its headline above them)
        if start == head or (start > 0 and start - 1 not in skip and flows_on(lines[start - 1].text)
                             and not (_quoted_whole(lines, start, head)
                                      and numbered_full_title(lines, start, head, full_width))
                             and not ((is_addressee_line(line.text) and head == j
                                       or head < j and addressees_tail(lines, j, full_width))
                                      and framed_full_title(lines, start, head))) \
                or (start > 0 and start - 1 not in skip and _item_runs_on(lines, start - 1, head, full_width)) \
                or SUBTITLE_RE.match(lines[start].text) \
                or OCCASION_RE.match(lines[start].text):
            continue  # a 副题 or occasion heads no title: under a speech's byline a 称谓 frames nothing (a line above
            # that stops mid-sentence is no proof the text runs on into a full 标题, 发文机关 + 关于/转发/印发 + 事由 +
            # 文种, over its 主送 and colon, GB/T 9704 7.3.1-7.3.2: an excerpt the store cut there, framed_full_title;
            # a 主送 the wrap carried over several lines down to its colon, addressees_tail, frames it as one printed
            # on a single line does, 7.3.2 carrying the 主送 on to the left margin)
        if start - 1 in taken and (not is_doc_number_line(line.text) or _authors_over_number(blocks, start, line.text)) \
                and all(organs_only(line.text) for line in lines[start:head]):
            continue  # the authors' names under the title above (GB/T 9704 7.3.5.2), over its 主送 or its 发文字号:
            # no title (over a 令号, the organ alone is the 令's 版头)
        # A 副题 under the title (the occasion of a 说明 or speech, its speaker under that) is no part of it.
        end = next((k for k in range(start + 1, head) if SUBTITLE_RE.match(lines[k].text)), head)
        title = join_title([line.text for line in lines[start:end]])
        if organs and not (ABOUT_TITLE_RE.match(unquoted_title(title))
                           and (_opens_text(lines, start, skip) or _under_own_number(lines, start))):
            continue  # a 主送's last names on its colon's line (the wrap cut it) frame a full 标题 only where a text
            # opens: read inside the 《》 a web page's headline quotes it in (the marks are the page's), and under its
            # own 发文字号 as under a finished sentence (GB/T 9704 7.2.4: the 版头's number over the title)
        found.append(TitleBlock(start, end, title, what_follows(lines, end, title)))
        taken.update(range(start, j))
    return sorted(blocks + found, key=lambda b: b.start)


def _numbers_over_title(lines: list[Line], j: int, titled: set[int]) -> bool:
    """The 发文字号 on line j is in a title's 版头: the title right under it,
    or under the numbers stacked below it, one a line, as a joint text may
    print each organ's (GB/T 9704 7.2.1 and 7.2.4, 联合行文: '某建〔2006〕40号' /
    '某财建〔2006〕12号' / '关于…的通知'), or under the 签发人 a narrow measure turned off its line (7.2.6: a
    上行文 prints it at the number line's right, '某价费字〔2009〕95号' / '签发人:张某' / '关于…'). It frames
    nothing above it."""
    k = j + 1
    while k < len(lines) and k - j < JOINT_MASTHEAD_LINES and k not in titled and is_doc_number_line(lines[k].text):
        k += 1
    marks = k
    while marks < len(lines) and marks - k < 2 and marks not in titled and HEAD_MARK_RE.match(lines[marks].text.strip()):
        marks += 1
    return k in titled or marks > k and marks in titled


def _item_runs_on(lines: list[Line], k: int, head: int, full_width: float) -> bool:
    """GB/T 9704 7.3.3: a numbered item (一、, （一）, 1.) whose line the wrap
    filled without ending a sentence goes on in the line under it. A title
    it cites there, its 发文字号 in brackets under it (党政机关公文处理工作条例
    第二十条: 先引标题，后引发文字号), is the item's words ('一、…按照县林业局关于'
    / '印发…办法的通知' / '（某林〔2021〕5号）要求…'), however the wrap cut
    it ('…按照县林业' / '局关于印发…的通知'), no document under its own
    frame. Not a whole 标题 that names its organ before 关于 (an excerpt may
    end inside an item, and the next document open under it), whether bare
    or quoted whole in 《》 as a web page's headline (unquoted_title), and
    in either script (a page in traditional characters prints 關于: script)."""
    text = lines[k].text.strip()
    if not (LABEL_RE.match(text) and wrapped(lines[k], full_width) and not ends_sentence(text)):
        return False
    name = simplified(unquoted_title(join_title([line.text for line in lines[k + 1:head]])))
    organ = name.split("关于", 1)[0] if "关于" in name else ""
    return not (organ and named_issuer(organ))


def _authors_over_number(blocks: list[TitleBlock], start: int, number: str) -> bool:
    """A law compilation or a law site prints a text's organ on the line
    under its full title and the 发文字号 under that ('…管理办法' / '某某省政府'
    / '某政发[1991]33号'): the organ the number codes (GB/T 9704 7.2.4: 发文机关
    代字, year, serial) is the title's author (7.3.5.2), no title of its own.
    Only under a title that ends in its 文种, over a number coded by its
    organ; an organ alone over a 令's bare serial ('第5号') is the 令's 版头."""
    return any(b.end == start and kind_of(b.title) for b in blocks) and bool(normal_doc_number(number)) \
        and not ORDER_NUMBER_RE.match(number.strip())


def _under_own_number(lines: list[Line], start: int) -> bool:
    """GB/T 9704 7.2.4: the 发文字号 alone on the line right over line start,
    as the 版头 prints it over the title (7.3.1): a text's frame opens there,
    whatever the line above the number says (no sentence goes on into a
    number alone on its line and then a title's organ and 关于)."""
    return start > 0 and is_doc_number_line(lines[start - 1].text)


def _opens_text(lines: list[Line], start: int, skip: set[int] = frozenset()) -> bool:
    """Line start begins a text: the file's first line, or one under a line
    that ends a sentence, a document's frame, a table or the 目录 (skip); a
    body line the sentence above runs into opens nothing."""
    return start == 0 or start - 1 in skip or ends_sentence(lines[start - 1].text) \
        or ends_frame(lines, start - 1) or lines[start - 1].cells is not None \
        or ends_on_entry_page(lines[start - 1].text)
