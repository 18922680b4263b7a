"""The numbering schemes of Chinese official documents, in one table.

Each scheme names how its label is printed, where it ranks and what its
provisions are called in an id (Akoma Ntoso names). The label regex, the
fixed ranks of the 编/章/节/条 family and the eId names are all derived
from SCHEMES, so a new style of numbering is one row here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .firsts import first_chars
from .numerals import BAR_ONE, CN_FORMAL_NUMERAL, CN_LIST_NUMERAL, CN_NUMERAL, cn_to_int
from .script import either_script

CN = CN_LIST_NUMERAL


@dataclass(frozen=True)
class Scheme:
    name: str  # Provision.kind, and the regex group that holds the label's number
    pattern: Optional[str]  # the label as printed (a verbose regex); None: not a label of its own
    eid: str  # the id name of its provisions: chp_2, para_1, point_3
    rank: Optional[int]  # a fixed depth (编/章/节/条); None: lists nest by first appearance
    example: str


# In the order the label regex tries them: 第X编 before 一、, （一） before （1）.
SCHEMES = (
    # 编 divides a code, 篇 a 规划纲要 ('第一篇 开启全面建设…新征程'): the level above 章, whose numbers run through.
    Scheme("bian", rf"第\s*(?P<bian>[{CN_NUMERAL}\d]+)\s*[编篇]", "part", 0, "第一编 第一篇"),
    Scheme("zhang", rf"第\s*(?P<zhang>[{CN_NUMERAL}\d]+)\s*章", "chp", 1, "第二章"),
    Scheme("jie", rf"第\s*(?P<jie>[{CN_NUMERAL}\d]+)\s*节", "sec", 2, "第三节"),
    Scheme("tiao", rf"第\s*(?P<tiao>[{CN_NUMERAL}\d]+)\s*条", "art", 3, "第十条"),
    # The formal numerals (大写数字) number the level above 一、 where a text has one ('壹、报告事项' over '一、…',
    # as Taiwan's and older documents outline them), always with 、: '伍，' is the wrap's piece of 队伍.
    Scheme("cn_formal", rf"(?P<cn_formal>[{CN_FORMAL_NUMERAL}]{{1,3}})\s*、", "division", None, "壹、"),
    # A page that set 一 in a font or a code it lacked prints a horizontal bar in its place, a dash no mark
    # follows with 、 ('―、自…起…' over '二、…'): the first item's label (numerals.BAR_ONE).
    # A comma set before the 顿号 ('一,、', a web mirror's doubling of the mark: GB/T 15834-2011 stacks no 点号)
    # is the label's, not the text's first character.
    Scheme("cn", rf"(?P<cn>[{CN}]{{1,3}}|[{BAR_ONE}](?=\s*、))\s*(?:[，,]\s*(?=、))?[、，,．.]", "para", None, "一、"),
    Scheme("cn_paren", rf"[（(]\s*(?P<cn_paren>[{CN}]{{1,3}})\s*[）)]", "subpara", None, "（一） (一)"),
    # not 1.5 or 10、5: a decimal or a figure the line goes on with; but an item may open on the year
    # it is for, run straight onto its label ('1.2018年新增…资金', a 公示's sources of funds): no
    # fraction or figure is read '1.2018年', so a year of four figures and 年 after the mark is the text's. So is
    # a month with its day ('1、6月15日前，各幼儿园…', '2、6月15日至6月25日，…', a 公告's dated steps): two months
    # enumerated ('1、2月份…') name no day, and no fraction is read '1.6月15日'. A month with its 旬 (上旬, 中旬,
    # 下旬: the ten days a plan dates a step by, '2、7月下旬，区领导走访慰问…') names a time as a day does: the
    # text's too, no fraction being read '2.7月下旬' either. A page may flag an item with an
    # asterisk set between its figure and its mark ('1*.', '2* .', a plan marking its new measures, a note under it
    # saying what the mark means): the flag is the label's, the figure still numbers the item. A span of years
    # run onto the label is as much the text's as one year ('4.2011-2012年，…每年各安排…', '1.2021—2023年'): no
    # fraction is read '4.2011-2012年' either.
    Scheme("ar", r"(?P<ar>\d{1,3})\s*(?:\*\s*(?=[、．.]))?(?:(?:[、，．]|\.(?!\d))(?![\d%])"
           r"|[、，．.](?=(?:19|20)\d\d(?:\s*[-－—–~～至]\s*(?:19|20)\d\d)?\s*年)"
           r"|[、．.](?=\d{1,2}\s*月\s*(?:\d{1,2}\s*日|[上中下]旬)))",
           "point", None, "1. 1、 1．"),
    # (1) in brackets, or set as one character, as a word processor's numbering and CJK fonts give it
    # (U+2474-U+2487, PARENTHESIZED DIGIT ONE to NUMBER TWENTY: '⑴ 自然灾害：…'): the same label, the 4th
    # level of GB/T 9704 7.3.3's outline. The brackets, where printed, hold figures; the character stands alone.
    Scheme("ar_paren", r"(?P<ar_paren_open>[（(]\s*)?(?P<ar_paren>(?(ar_paren_open)\d{1,3}|[⑴-⒇]))"
           r"(?(ar_paren_open)\s*[）)])", "subpoint", None, "（1） (1) ⑴"),
    Scheme("ar_half", r"(?P<ar_half>\d{1,3})\)", "item", None, "1)"),
    Scheme("circled", r"(?P<circled>[①-⑳])", "item", None, "①"),
    # A speaker's points, 一要 一是 第一，: read only in speeches (SPEECH_POINT_RE).
    Scheme("ordinal", None, "item", None, "一要 一是 第一，"),
    # A chapter or section numbered by levels (GB/T 1.1 章条编号: '1 总则', '1.1 编制目的', '2.3.1 …', as a 预案
    # numbers them): read from a heading alone on its line (DECIMAL_HEADING_RE), its number its anchor.
    Scheme("section", None, "clause", None, "1 1.1 1.1.1"),
)

# A label in either script: 第三條, 第二節 are 第三条, 第二节.
LABEL_RE = re.compile(either_script(
    "^(?P<label>" + "|".join(s.pattern for s in SCHEMES if s.pattern) + r")\s*(?P<rest>.*)$"),
    re.X | re.S)
LABEL_OPENING = first_chars(LABEL_RE)  # what a label opens on (figures, 第, 一…, brackets): read from the patterns


def label_at(text: str, at: int) -> Optional[re.Match]:
    """The label that opens text[at:], if one does: a list run into a sentence is sought at every clause mark or
    character of a long paragraph, and most open on none of a label's characters (the rest is not copied then)."""
    return LABEL_RE.match(text[at:]) if LABEL_OPENING is None or text[at:at + 1] in LABEL_OPENING else None


# A section heading numbered by levels, as a 预案 or a technical text numbers
# its chapters and sections (GB/T 1.1 章条编号: 1, 1.1, 1.1.1): the label and a
# short heading, no sentence, alone on its line ("1.1编制目的", "2.2.3 工作组职责"; a heading
# may enumerate with 、, "7.1宣传、培训和演练": a noun phrase's, no sentence's mark).
# Not a label of the table: a wrapped line may begin with a decimal
# ("…教育信息化" / "2.0行动计划，深入推进…"), which a sentence goes on from. Nor a quantity: a
# decimal with its unit of measure after it ("1.2米以下儿童…", "2.5元/人次", "1.3倍"), as a notice that sets
# standards and amounts states them, is a figure a wrapped sentence goes on with; no section's heading opens
# on such a unit (计量单位; not 分, 人, 次 or 度, which open headings: '1.4分级', '2.2人员安置').
QUANTITY_UNIT = r"(?:[米元倍吨亩岁]|周岁|公[里顷斤]|千[米克瓦]|厘米|毫[米升克]|平方米|立方米|小时|万[元人吨亩]|亿元)"
DECIMAL_HEADING_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\s*(?!" + QUANTITY_UNIT + r")[\u4e00-\u9fa5]"
                                r"[^，。；：,;:！？!?]{0,24}$")
# A section heading's number and its words ('1.1 编制目的', '2.3.1县指挥部职责', a chapter's '1.总则').
SECTION_RE = re.compile(r"^(?P<number>\d{1,2}(?:[.．]\d{1,2}){0,3})[.．]?\s*(?P<heading>\S.*)$", re.S)
# The same scheme's chapter, a figure alone before its heading ("1 总则", "9 名词术语"): a
# chapter only in a text whose sections are numbered 1.1, since alone the form is also
# a wrapped line that opens on a figure ("12月底前完成…").
DECIMAL_CHAPTER_RE = re.compile(r"^\d{1,2}\s*[\u4e00-\u9fa5][^，。；：,;:！？!?、]{0,24}$")
# What follows the label of a 章, 节 or 条 (from its end, spaces and all) that a sentence amends or cites,
# rather than the division beginning (立法技术规范's forms of amendment):
# "第九条修改为：…", "第十三条增加一款…", "第十三条后增加一条…", "第十条第四项修改为…",
# "第三条中的…", "第三条中“…”", "第十七条规定，…", "第二条、第三条…", and an item numbered in brackets,
# "第二十条第（一）项" (a table's cell printed on a line of its own). ("第十条之一" is an article's label,
# a careless "第一条、" or "第一条，" before the text still opens an article, and so does an article whose
# text begins with 中: "第一条 中华人民共和国…", "第一条 中国人民政协…", or with 规定 set apart from
# its label by the space 立法技术规范 puts there: "第八条 规定本市特别重大事项的地方性法规，应当…"; a
# sentence citing the article runs its words on, "第八条规定".)
CITED_TAIL_RE = re.compile(either_script(
    rf"^(?:\s*(?:修改为|改为|[前后]?增加|之[前后]|中(?:的|[“\"「，,])|删去|删除|所称|所列|的"
    rf"|第\s*[（(]?[{CN_NUMERAL}\d]+[）)]?\s*[款项目]|[、和及或至]第)|规定)"))
# A 编, 章 or 节 heading with its first 条 run onto its line ("第一章总则第一条为…", a page that
# dropped the line break 立法技术规范 sets after a division's name): the division's short name, no
# sentence and no label in it, then the article's label and text.
RUN_IN_ARTICLE_RE = re.compile(either_script(
    rf"^(?P<name>[^\s，。；：,;:！？!?、第]{{1,16}})\s*(?P<article>第\s*[{CN_NUMERAL}\d]+\s*条.+)$"), re.S)
ARTICLE_RANK = {s.name: s.rank for s in SCHEMES if s.rank is not None}
EID_NAME = {s.name: s.eid for s in SCHEMES}
SCHEME_NAMES = tuple(EID_NAME)


BRACKETED_NUMERAL_RE = re.compile(rf"[（(]([{CN_NUMERAL}]{{1,3}}|\d{{1,2}})[）)]")


def numeral_run_cut(above: str, text: str) -> bool:
    """The line opens on a bracketed numeral ('(二)') whose predecessor in
    the same run the line above holds inside it, not at its head ('…二座小(一)型、
    十座小' / '(二)型水库…'): the wrap cut a run of classes the text names, no item."""
    head = BRACKETED_NUMERAL_RE.match(text.strip())
    if not head or not above or BRACKETED_NUMERAL_RE.match(above.strip()):
        return False
    n = cn_to_int(head.group(1))
    return n is not None and any(cn_to_int(m.group(1)) == n - 1 for m in BRACKETED_NUMERAL_RE.finditer(above))


def cited(text: str, label: re.Match) -> bool:
    """The 章, 节 or 条 label (LABEL_RE's match of text) is one a sentence amends or cites
    (CITED_TAIL_RE after it), not the division beginning."""
    return bool(CITED_TAIL_RE.match(text[label.end("label"):]))

# A speaker numbers points in words: 一要…二要…, 一是…二是…, 第一，…第二，… Only
# in speeches: elsewhere "一是" opens a run of reasons inside a paragraph.
SPEECH_POINT_RE = re.compile(rf"""
    ^(?P<label>
        (?P<ordinal>[{CN}]{{1,3}})\s*[要是]     # 一要 一是
      | 第(?P<di>[{CN}]{{1,3}})\s*[，,、]      # 第一，
    )
    \s*(?P<rest>.+)$
""", re.X | re.S)


def scheme_of(match: re.Match) -> str:
    """The scheme whose label LABEL_RE matched."""
    groups = match.groupdict()  # a new dict at each call: made once, not once per scheme
    return next(name for name in SCHEME_NAMES if groups.get(name))


def depth_of(open_schemes: Sequence[str], scheme: str) -> int:
    """The depth a new label of scheme takes under the open levels (their
    schemes, outermost first); every open level from that depth on closes.

    编/章/节/条 have fixed ranks: 第三条 stays inside the open 章 and 节 and
    closes everything else. Every other list nests by first appearance, as
    no rule fixes whether 1. is above or below （一）: a scheme already open
    goes back to its own level (the next item of that list), a new one opens
    a level inside the innermost."""
    if scheme in ARTICLE_RANK:
        depth = len(open_schemes)
        while depth and ARTICLE_RANK.get(open_schemes[depth - 1], ARTICLE_RANK[scheme]) >= ARTICLE_RANK[scheme]:
            depth -= 1
        return depth
    return open_schemes.index(scheme) if scheme in open_schemes else len(open_schemes)


def bare_article(text: str) -> bool:
    """A 第X条 label with nothing after it. An article has no heading of its own
    (立法技术规范: its text follows its label on the line), so the label stands
    alone only where an extractor broke the line where the label's bold type
    ends; the text below, whatever it opens with ('（立法目的）…', '…宗旨:…'), is its."""
    label = LABEL_RE.match(text.strip())
    return bool(label) and bool(label.group("tiao")) and not label.group("rest")
