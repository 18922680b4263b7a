"""The first paragraph under a title, which names the text it opens ('为…，制定本办法'), hands it on ('现将《…》印发给
你们') or gives its ground ('根据…'): what tells a title over its own body from a heading inside one.
"""
from __future__ import annotations

import re

from ....model import Line
from ....text.frame import ABOUT_RE, DOCUMENT_KINDS, kind_of, ORGAN_START_RE, PLACE_YEAR_TITLE_RE
from ....text.lines import CLAUSE_MARK_RE
from ....text.numbering import LABEL_RE
from ....text.script import either_script
from ..grammar import (balanced, join_title, organ_alone, PASSING_ON_RE, PASSING_TITLE_RE, TITLE_GRAMMAR_RE,
                       titled_by_own_grammar, TOWN_START_RE)
from ..unfold import PUBLISHED_KINDS


# The 过渡语 of a 公文's body, handing on what follows ('现将有关事项通知如下', '现就…答复如下', '现予公布'): a
# sentence's opening, never a title's.
TRANSITION_RE = re.compile(either_script(r"现[将就对予]"))  # (matched at a line's head; searched in a title)


def titled_over_ground(lines: list[Line], start: int, end: int) -> bool:
    """A 公文's title over a line that opens the body's first sentence on its
    ground or purpose ('为认真贯彻落实…', '根据…'): no sentence runs on into a
    title and past its 文种 into '为…' (a 通告 or 公告 has no 主送 under its
    title to say so). So a title by its own grammar, its organ's or place's
    name first (a 公告 or 通告 may name its place for its organ, '某市人工影响
    天气作业公告') and its 文种 last, no clause mark, is one under a line an
    excerpt cut mid-sentence; and a full title (发文机关 + 关于 + 事由 + 文种,
    GB/T 9704 7.3.1) under a numbered heading that fills the measure ('1.教育
    投入持续加大,办学条件不断改善', a page's excerpt ending there), the heading
    ended on its line, a name with no sentence in it. A 公示 an organ posts
    (a list put up for comment, a 公文 in all but its kind) may be titled by
    its year and then its place, no organ ('2022年某市本级…拟发放名单公示',
    frame.PLACE_YEAR_TITLE_RE): one too. A 公告 or 通知 about a text
    (a draft put out for comment) may open its title on that text's name in
    书名号, the 事由 before the 文种 ('《某市…调整方案》(征求意见稿)公开征询
    意见公告'): the name quoted first, its place first, and the title going on
    past the 》 to its 文种 reads as the place first (QUOTED_NAME_FIRST_RE).
    A 方案 or 规划 its organ issues by a title of its own (发文机关 + 关于 + 事由
    + 文种, '某某县重点项目办公室关于…分包重点项目工作方案'), not printed under a
    notice, is titled as a 公文 is: one too. So is a 通告's or 公告's title
    of its 事由 and 文种 alone ('禁航通告', '征收土地预公告'; GB/T 9704 7.3.1
    lets the 发文机关 go, and an organ publishing to all often does), short,
    no clause mark."""
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    full = bool(kind and ORGAN_START_RE.match(title) and TITLE_GRAMMAR_RE.match(title))  # its organ, 关于, its kind
    if (kind not in DOCUMENT_KINDS and kind != "公示" and not full) or end >= len(lines) \
            or not GROUND_OPENER_RE.match(lines[end].text.strip()):
        return False
    label = start > 0 and LABEL_RE.match(lines[start - 1].text.strip())
    quoted = QUOTED_NAME_FIRST_RE.match(title)
    named = quoted.group("name") if quoted else title
    return bool(ORGAN_START_RE.match(named) or TITLE_GRAMMAR_RE.match(title) or PLACE_YEAR_TITLE_RE.match(named)
                or kind in PUBLISHED_KINDS and title.endswith(kind) and len(title.replace(" ", "")) <= BARE_NOTICE_MAX) \
        and not re.search(r"[，。；：,;:]", title) \
        or bool(label) and not re.search(r"[。；：;:！？!?]", label.group("rest")) and bool(TITLE_GRAMMAR_RE.match(title))


# The word a sentence takes a cited text after as its object, ending a line: a preposition of ground or measure
# ('以…为准', '按照', '依据'), a verb of carrying a text out or passing it on, a list's conjunction or 顿号.
CITED_OBJECT_END_RE = re.compile(either_script(r"(?:[以按照据依和及与、]|执行|落实|贯彻|学习|转发|印发|参阅)$"))


def full_title_over_ground(lines: list[Line], start: int, end: int) -> bool:
    """GB/T 9704 7.3.1: a whole 标题 by its own grammar, its 发文机关's name
    first, 关于, its 事由 and its 文种 last ('某某市交通运输局关于《…实施方案
    (征求意见稿)》公开征求意见的通知'), brackets balanced, no clause mark,
    over the line that opens its body's first sentence on its ground or
    purpose ('为弘扬…', '根据…': titled_over_ground). It ends on its 文种
    though the wrap happens to fill its last line, and though the line above
    it fills the measure too (a paragraph the store cut there, '…90至99'):
    no sentence runs on at a line's start into an organ's name, 关于 and a
    文种 and on past the 文种 into a ground of its own. A title that needs
    the line above to stop a sentence (one led by its year or place, a
    文种 alone) is not one of these; nor is one whose line above ends on
    the word that takes a cited text as its object (a preposition of ground
    or measure, '以' / '按照' / '根据', a verb of carrying it out, '贯彻' /
    '转发', a list's '和' or '、'): a sentence citing a title bare goes on
    past its 文种 ('…一律以' / '某某局关于…的通知' / '为准。')."""
    if start > 0 and CITED_OBJECT_END_RE.search(lines[start - 1].text.rstrip()):
        return False
    title = join_title([line.text for line in lines[start:end]])
    kind = kind_of(title)
    return bool(kind) and title.endswith(kind) and balanced(title) \
        and bool(ORGAN_START_RE.match(title)) and bool(TITLE_GRAMMAR_RE.match(title)) \
        and not CLAUSE_MARK_RE.search(title) and not TRANSITION_RE.search(title) \
        and titled_over_ground(lines, start, end)


def ground_head(lines: list[Line], start: int, end: int) -> int:
    """The line a title over its body's ground (titled_over_ground) begins on, where the block from start holds the
    tail of a sentence cut short above it: the last line from which the rest reads so, start where the whole block
    does or no line does."""
    if titled_over_ground(lines, start, end):
        return start
    return max((k for k in range(start + 1, end) if not lines[k].cells and titled_over_ground(lines, k, end)),
               default=start)


BARE_NOTICE_MAX = 12  # characters of a 通告's or 公告's title of its 事由 and 文种 alone ('征收土地预公告')


def titled_over_own_preamble(lines: list[Line], start: int, end: int) -> bool:
    """A title by its own grammar (its organ's or place's name first, a town's too (TOWN_START_RE), or
    发文机关 + 关于 + 事由; its 文种 last, no clause mark, no 《》) over the
    preamble of the text it titles: a first paragraph opening on its ground
    ('根据…', '为…') that names the text by that 文种 as itself ('…结合我市实际，
    制定本方案。': names_itself_under). No sentence runs on into a title, past
    its 文种 and into a preamble that says which text it opens; so the title is
    one under a line an excerpt cut mid-sentence, whatever its 文种 (a 方案,
    办法 or 规定 too, which titled_over_ground leaves to the frame)."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    return end < len(lines) and bool(GROUND_OPENER_RE.match(lines[end].text.strip())) \
        and titled_by_own_grammar(title, year_first=True, town_first=True) and names_itself_under(lines, end, title)


def explains_quoted_text(lines: list[Line], start: int, end: int) -> bool:
    """A title that names in 《》 the text it explains or reports on ('某某局关于《某某实施方案》的政策解读',
    GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种, the 事由 the quoted text), its 文种 last, no clause mark, over a
    first paragraph that opens on that same quoted name ('《某某实施方案》（以下简称…）由…起草'): a 解读 or 说明 opens so,
    saying which text it is about. No sentence runs on past a title's 文种 into a paragraph that names again what the
    title quoted, so the title is one under a line an excerpt cut mid-sentence, or one the wrap filled."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    quoted = re.search(r"《[^《》]{2,60}》", title)
    if not (quoted and end < len(lines) and kind_of(title) and title.endswith(kind_of(title))
            and balanced(title) and not CLAUSE_MARK_RE.search(title)):
        return False
    return bool(TITLE_GRAMMAR_RE.match(title)) and lines[end].text.strip().replace(" ", "").startswith(quoted.group()) \
        or explained_over_outline(lines, start, end)


# The 解读 a portal publishes beside the text it explains, titled by that text's name and the word alone
# ('《某某实施方案》解读', '《2023年某某镇政府工作报告》政策解读').
EXPLAINED_BY_NAME_RE = re.compile(either_script(r"^《[^《》]{2,60}》(?:政策)?解读$"))
FIRST_HEADING_RE = re.compile(r"^[一壹]\s*[、．.]")


def explained_over_outline(lines: list[Line], start: int, end: int) -> bool:
    """A 政策解读 titled by the name of the text it explains and the word 解读 alone ('《X》解读', 政府信息公开
    条例: organs publish the 解读 beside what they issue), over its outline's first heading ('一、出台背景'),
    whatever the line above it ended on: no sentence runs on into a quoted name and 解读 and stops there,
    unclosed, over a heading that opens an outline."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    return end < len(lines) and bool(EXPLAINED_BY_NAME_RE.match(title)) \
        and bool(FIRST_HEADING_RE.match(lines[end].text.strip().replace(" ", "")))


# The 过渡语 a text's opening hands its matter on with when its title names no 文种: '现将…予以公布。', '现将…公布如下：',
# '现将…公示如下：', '现对…通报如下：' (党政机关公文格式: the 开头 gives the ground and purpose, then hands on the matter).
HANDING_ON_RE = re.compile(either_script(r"现\s*[将就对把]([^。；;！!？?]{2,80}?)(?:予以|进行)?\s*(?:公\s*布|公\s*示|通\s*报|公\s*告)"
                                         r"(?:\s*如\s*下)?\s*[。：:]"))
HANDING_REACH = 40  # lines the opening over the outline may take at the narrowest measure (some 700 characters at 18)
HANDED_TAIL = 3  # characters of the matter a title ends on that its opening's 过渡语 names again ('…“红黑榜”' / '现将…“红黑榜”情况予以公布')


def hands_itself_on_under(lines: list[Line], end: int, title: str) -> bool:
    """A heading that names its place first (a city's, county's or town's name, ORGAN_START_RE, PLACE_YEAR_TITLE_RE,
    TOWN_START_RE) and ends on its matter with no 文种 ('某某镇2025年1月农村人居环境整治“红黑榜”'), over a first
    paragraph whose 过渡语 hands that very matter on ('…现将某某镇1月农村人居环境整治“红黑榜”情况予以公布。',
    HANDING_ON_RE): a 公文's opening (党政机关公文格式: the 开头 states the ground and purpose, then hands on the
    matter the 标题 names) under its title. No sentence runs on past a heading into a paragraph that hands on the
    heading's own matter; read up to the outline's first heading. An organ's name alone is a signature or a 版头,
    and a 关于 title or one with a bracket left open is a 公文's title cut before its 文种: no heading of a matter,
    whatever opening follows it."""
    bare = re.sub(r"\s", "", title)
    if kind_of(bare) or end >= len(lines) or "《" in bare or re.search(r"[，。；：,;:！？!?、]", bare) or organ_alone(bare) \
            or ABOUT_RE.search(bare) or not balanced(bare) \
            or not (ORGAN_START_RE.match(bare) or PLACE_YEAR_TITLE_RE.match(bare) or TOWN_START_RE.match(bare)):
        return False
    tail = re.sub(r"[“”\"'‘’「」『』]", "", bare)[-HANDED_TAIL:]
    if len(tail) < HANDED_TAIL:
        return False
    first = ""
    for line in lines[end:end + HANDING_REACH]:
        text = line.text.strip()
        if LABEL_RE.match(text):
            return False  # the outline begun: the opening handed nothing on
        first += text
        for handed in HANDING_ON_RE.finditer(first):
            if tail in re.sub(r"[“”\"'‘’「」『』\s]", "", handed.group(1)):
                return True
    return False


# A 公文's title that leaves out its organ and opens on the year its 事由 covers ('2019年县政府工作报告三季度完成情况
# 通报', GB/T 9704 7.3.1 lets the 发文机关 go), and the first words of a body's sentence that gives its ground or
# purpose ('按照…', '根据…', '为了…').
YEAR_LED_RE = re.compile(r"^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年")
# A 公文's 开头 states its purpose, its ground or the situation that calls for it ('为…', '根据…', '近年来，…',
# '今年以来，…', '随着…', '当前，…'): the first words of a body, never the rest of a sentence a title's words began.
GROUND_OPENER_RE = re.compile(either_script(r"^(?:为了?|根据|依据|按照|近年来|今年以来|随着|当前|目前)"))
# A title that opens on the name of the text it concerns, in 书名号, and goes on past the 》 to its own words
# ('《某市…办法》(征求意见稿)公开征求意见公告'): the quoted name, read for the place it begins with.
QUOTED_NAME_FIRST_RE = re.compile(r"^《(?P<name>[^《》]{4,80})》(?=.)")


def year_led_over_ground(lines: list[Line], end: int, title: str) -> bool:
    """A title led by its year that ends in a 公文's 文种 (通报, 通知…), over
    a line that opens the body's first sentence on its ground or purpose
    ('按照县政府《…》要求，…'): no sentence runs on past its 文种 into
    '按照…', so the line is the title though the wrap filled it."""
    return bool(YEAR_LED_RE.match(title)) and kind_of(title) in DOCUMENT_KINDS and end < len(lines) \
        and bool(GROUND_OPENER_RE.match(lines[end].text.strip()))


PREAMBLE_REACH = 12  # lines under a title its first paragraph, wrapped at the narrowest measure, is read over


def names_itself_under(lines: list[Line], end: int, title: str, stop: int | None = None) -> bool:
    """The first paragraph under a title (lines end on, up to stop) names
    the text by the 文种 the title ends in as the text itself ('…结合我市实
    际，制定本方案。', '特制定本办法。'), or as the text that follows, perhaps
    with the word its title joins to the 文种 ('制定以下实施方案。'), as it
    names itself so too ('制定本实施方案。', a '…整改实施方案''s): a text's
    preamble, which no sentence running on past a kind word holds; read up to
    the outline's or the articles' first heading. A page that ran the
    paragraphs into one line with spaces ('…制定本方案。 一、基本原则 (一)…')
    sets that heading after the naming sentence's end on the same line, at
    any measure: the preamble ends there all the same."""
    kind = kind_of(title)
    if not kind:
        return False
    naming = re.compile(either_script(rf"制\s*[定订]\s*(?:本|以\s*下)\s*(?:实\s*施|工\s*作|行\s*动|活\s*动)?\s*{kind}\s*[。.]"
                                      rf"(?:$|\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条]))"))
    return _preamble_ends_on(lines, end, stop, naming,
                             lambda text, first: bool(first) and bool(
                                 re.match(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条])", text)))


def announces_itself_under(lines: list[Line], end: int, title: str, stop: int | None = None) -> bool:
    """The first paragraph under a title (lines end on, up to stop) ends on the 过渡语 that hands on the body
    by the 文种 the title ends in ('…现将有关事项公告如下：', '特通知如下：', '现通报如下：'): a 公文's opening
    (党政机关公文格式: the 开头 states the ground and purpose, then hands on the matter by its own kind), which no
    sentence running on past a kind word holds; read up to the outline's or the articles' first heading."""
    kind = kind_of(title)
    if not kind:
        return False
    # A recruitment 简章 hands its matter on as a 公告 does ('现将有关事项公告如下：'): the words recruitment
    # sites print under both.
    handed = "(?:简章|公告)" if kind == "简章" else kind
    announcing = re.compile(either_script(rf"{handed}\s*如\s*下\s*[:：]$"))
    return _preamble_ends_on(lines, end, stop, announcing, lambda text, first: bool(LABEL_RE.match(text)))


def _preamble_ends_on(lines: list[Line], end: int, stop: int | None, words: re.Pattern, heading) -> bool:
    """The first paragraph under a title (lines end on, up to stop, PREAMBLE_REACH at most) comes to words
    before the outline or the articles begin (heading(text, what came before): a line that opens them)."""
    first = ""
    for line in lines[end:min(len(lines) if stop is None else stop, end + PREAMBLE_REACH)]:
        text = line.text.strip()
        if heading(text, first):
            return False  # the outline or the articles begun: the preamble said nothing of the text
        first += text
        if words.search(first):
            return True
    return False


# A passing notice's 事由: its verb and the quoted name of the text it passes on, the 文种 通知 last
# ('关于印发《…》的通知', '某县人民政府办公室印发《…》的通知').
PASSED_NAME_RE = re.compile(either_script(r"(?:印发|转发|批转)《(?P<name>[^《》]{2,80})》的通知$"))


def passes_on_under(lines: list[Line], start: int, end: int) -> bool:
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a 印发, 转发 or
    批转 notice's 标题 names the text it passes on in 《》 after its verb,
    the 文种 通知 last, its 发文机关 (and 关于) perhaps left out; the notice's
    first paragraph, right under the title where no 主送 stands, passes that
    very text on by the same name ('现将《…》印发给你们，请遵照执行。'). A
    sentence that runs into a cited title goes on after it with words of its
    own, never with a paragraph that names the cited notice's text again and
    passes it on; so the block is a notice's title though the line above
    stops mid-sentence (an excerpt the store cut there) or the wrap filled
    it. Read over the first sentence under the title, its lines joined. A
    soliciting notice's title and first paragraph say so of its draft
    (solicits_under)."""
    title = join_title([line.text for line in lines[start:end]]).replace(" ", "")
    if solicits_under(lines, title, end):
        return True
    passed = PASSED_NAME_RE.search(title)
    if not passed or not (TITLE_GRAMMAR_RE.match(title) or PASSING_TITLE_RE.fullmatch(title)) \
            or re.search(r"[，。；：,;:]", title):
        return False
    sentence = _first_sentence_under(lines, end)
    return f"《{passed.group('name')}》" in sentence and bool(PASSING_ON_RE.search(sentence))


def _first_sentence_under(lines: list[Line], end: int) -> str:
    """The first sentence under a title, its lines joined, no spaces."""
    under = ""
    for line in lines[end:end + PREAMBLE_REACH]:
        under += line.text.strip()
        if re.search(r"[。.!！?？]", under):
            break
    return re.split(r"[。.!！?？]", under, maxsplit=1)[0].replace(" ", "")


# A soliciting notice's 事由: 征求 and the quoted name of the draft it asks opinions of, perhaps marked a draft, then
# 意见 and the 文种 通知 ('关于公开征求《…》意见的通知', '关于征求《…（征求意见稿）》意见的通知').
SOLICITED_NAME_RE = re.compile(either_script(r"征求《(?P<name>[^《》]{2,80})》(?:[（(]征求意见稿[）)])?的?意见的通知$"))
# What the notice's first sentence does with that draft: asks opinions of it ('…向社会公开征求意见', '…征求意见和建议').
SOLICITING_RE = re.compile(either_script(r"征求.{0,8}?意见"))


def solicits_under(lines: list[Line], title: str, end: int) -> bool:
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a notice that asks
    the public's opinion of a draft names the draft in 《》 after 征求 in its
    标题 ('关于公开征求《…》意见的通知'), its 发文机关 perhaps left out; its first
    paragraph, right under the title where no 主送 stands, names that very
    draft again and asks for opinions of it ('现就《…》向社会公开征求意见'). A
    sentence that runs into a cited title goes on after it with words of its
    own, never with a paragraph that names the cited notice's draft again and
    solicits on it, as it never goes on with one that passes a cited
    notice's text on (passes_on_under)."""
    solicited = SOLICITED_NAME_RE.search(title)
    if not solicited or not (ABOUT_RE.match(title) or TITLE_GRAMMAR_RE.match(title)) \
            or re.search(r"[，。；：,;:]", title):
        return False
    sentence = _first_sentence_under(lines, end)
    return f"《{solicited.group('name')}》" in sentence and bool(SOLICITING_RE.search(sentence))
