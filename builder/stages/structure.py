"""Stage 7: the numbering hierarchy of a part, and the roles of its paragraphs.

Reads a part's Paragraphs and Tables (and the document's kind and title);
writes its blocks: Provisions (eid, label, depth, parent) and Paragraphs
with a role (date, signature, cc, heading…), and numbering diagnostics.

Marker detection (text.numbering.LABEL_RE, one named group per numbering
scheme) is kept apart from nesting (text.numbering.depth_of, over the
stack of open provisions): Chinese numbering nests by the order in which
schemes first appear (一、 then （一） then 1. then （1）), except the
编/章/节/条 family, whose rank is fixed. A label closes every deeper level;
a gap in a sequence is a diagnostic, not a failure.

Documents with a grammar of their own (a 大事记 chronicle, a 任免 list, a
speech) are genres, stages.genres: they use this stage's Numbering and
frame roles.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..model import Block, Diagnostic, Paragraph, Provision, Table
from ..text.frame import (over_contact, ADVERBIAL_OPENERS, COMPILER_LINES, compilers_line, DASHES, ANNEX_ITEM_RE, ANNEX_LIST_RE, BLANK_FIELD_RE, CC_RE, CLOSING_FORMULA_RE, DATE_LINE_RE, DATE_RE, PHONE_LINE_RE,
                          DIRECTORY_ROW_RE,
                          MONTH_LINE_RE, ORGAN_END_RE, SIGNER_POST_RE, self_word, FRONT_MATTER_RE, OWN_ENTRY_PAGE_RE,
                          PAGE_ALONE_RE, SENTENCE_OPENER_RE, SUBJECT_WORDS_RE, own_contents, unsealed, year_first_number)
from ..text.lines import SENTENCE_WORDS_RE, ends_sentence
from ..text.numbering import (ARTICLE_RANK, DECIMAL_CHAPTER_RE, DECIMAL_HEADING_RE, EID_NAME, LABEL_RE, SECTION_RE,
                              RUN_IN_ARTICLE_RE, cited, depth_of, scheme_of)
from ..text.numerals import cn_to_int
from ..text.rows import LISTED_ROW_RE, POST_LEAD_RE
from ..text.script import either_script
from .paragraphs import HAN_GAP_RE, point_heading
from .split import CELL_BAR_RE, is_doc_number_line

MONTH_LINE_TOP = 3  # a year and month alone dates a text only in the frame under its title
RUN_IN_MAX = 30  # a first sentence this short, without commas, is a run-in heading
# A text numbers its points alike (GB/T 9704 7.3.3): where the point before one at its level ran its first
# sentence on as text, that point's short first sentence is its text too ('五、市政府实行市长负责制，…' /
# '六、市长召集和主持市政府全体会议、市政府常务会议。市政府工作中的…'; '（二）…；' / '（三）…的其他事项。'),
# not a run-in heading; a heading alone on its line, which ends on no stop, is one still.
RUN_IN_SCHEMES = ("cn", "cn_paren", "ar", "ar_paren")
OWN_LINE_MAX = 60  # a numbered line this short, with no sentence in it, is a heading
PRINTED_RE = re.compile(rf"{DATE_RE.pattern}\s*印\s*发$", re.X)  # the date of printing
EDITOR_NOTE_RE = re.compile(r"^[（(]?注\s*[:：]|^附件略")  # the gazette's note on a document
Label = tuple[str, int, str, str]  # scheme, number, label as printed, the text after it


def read_label(text: str) -> Optional[Label]:
    """Return (scheme, number, label as printed, rest) or None."""
    match = LABEL_RE.match(text)
    if not match or year_first_number(text):  # '(94)财农字第345号': a 发文字号 of the period, no item (94)
        return None
    if CELL_BAR_RE.search(text):
        return None  # a web table's cell copied one a line, closed by its column's bar ('一、法人单位 |'): a row's
        # head, which opens on a label as the table's own groups do, not a point of the text
    scheme = scheme_of(match)
    # ① is a digit to str.isdigit() but not to int(): count it from its code point.
    number = ord(match.group(scheme)) - ord("①") + 1 if scheme == "circled" \
        else cn_to_int(match.group(scheme))
    if not number:  # no list counts from 0: "0，" is the tail of a cut number
        return None
    if scheme in ARTICLE_RANK and cited(text, match):
        return None  # "第九条修改为：…": an amendment citing the article, no article of this text
    return scheme, number, match.group("label").strip(), match.group("rest")


def split_heading(scheme: str, rest: str) -> tuple[str, str]:
    """A heading stands on its line ("一、深入学习领会《决定》精神，提高政治站位":
    no sentence ends in it, and it ends on no clause mark: "（一）工程款的计量
    周期；" is an item), or is run in: the first 。 of a short, comma-free
    sentence, or of a few short phrases parted by ，(PARALLEL_HEADING_RE); a
    speaker's point is its whole first sentence, commas and all."""
    if scheme in ("bian", "zhang", "jie"):
        return rest, ""
    if scheme == "ordinal":
        match = re.match(r"^([^。！？]{1,%d}[。！？])(.*)$" % (RUN_IN_MAX + 10), rest)
        return (match.group(1), match.group(2)) if match else ("", rest)
    if scheme == "tiao":
        if len(rest) <= 20 and not re.search(r"[。；，：;,:]", rest):  # either width: OCR gives ',' ':'
            return rest, ""
        return "", rest
    if len(rest) <= OWN_LINE_MAX and not re.search(r"[。！？；;：:!?]", rest) \
            and not rest.endswith(("，", ",", "、")):
        return rest, ""
    match = re.match(r"^([^。，,；;：:]{1,%d}[。．])(.*)$" % RUN_IN_MAX, rest)
    if match and (match.group(2) or scheme in ("cn", "cn_paren")):
        # "（一）完善支撑体系。" alone is an outline heading; "（1）建立责任制。" alone, an item
        return match.group(1), match.group(2)
    match = PARALLEL_HEADING_RE.match(rest)
    if match and len(match.group(1)) <= RUN_IN_MAX and not SENTENCE_WORDS_RE.search(match.group(1)) \
            and not SENTENCE_OPENER_RE.match(rest):
        return match.group(1), match.group(2)  # '强化工作统筹，科学制订办理方案。' run into the point's text
    return "", rest


# A run-in heading may pair short phrases (verb and object each) parted by ，: '高度重视，精心组织。',
# '强化工作统筹，科学制订办理方案。', the point's text on the line after its 。. No phrase of a heading has a
# sentence's words (lines.SENTENCE_WORDS_RE), nor opens as a sentence opens (为…, 经…).
PARALLEL_HEADING_RE = re.compile(r"^((?:[\u4e00-\u9fa5“”]{2,14}[，,]){1,2}[\u4e00-\u9fa5“”]{2,14}[。．])"
                                 r"([\u4e00-\u9fa5“《].*)$")


class Numbering:
    """The stack of open numbered provisions in one part."""

    def __init__(self, prefix: str, source: str):
        self.prefix = prefix
        self.source = source
        self.stack: list[Provision] = []
        self.used: set[str] = set()
        self.divisions: set[str] = set()  # the list's levels that head articles, as chapters do
        self.diagnostics: list[Diagnostic] = []

    def add(self, scheme: str, number: int, label: str, heading: str, text: str,
            lines: tuple[int, int]) -> Provision:
        if scheme in ARTICLE_RANK and self.stack and self.stack[-1].kind not in ARTICLE_RANK \
                and self.stack[-1].heading and not self.stack[-1].text \
                and not re.search(r"[，。；：,.;:！？!?]", self.stack[-1].heading):
            # A list's label over articles with its name alone, no sentence ('一、总则' / '第一条…', as some rules
            # head their chapters) divides the text as a 章 does: its articles stay inside it, and the next such
            # label ('二、评奖标准') closes them and goes on with the list, no item of the article above.
            self.divisions.add(self.stack[-1].eid)
        open_schemes = [p.kind if scheme not in ARTICLE_RANK or p.eid not in self.divisions else "zhang"
                        for p in self.stack]
        depth = depth_of(open_schemes, scheme)
        closed, self.stack = self.stack[depth:], self.stack[:depth]
        if scheme in RUN_IN_SCHEMES and heading.endswith(("。", "．")) and closed and closed[0].kind == scheme \
                and not closed[0].heading:
            heading, text = "", heading + text  # numbered alike with the point before it, whose text it is not
        if scheme not in ARTICLE_RANK and closed and closed[0].kind == scheme \
                and number != closed[0].number + 1:
            self.diagnostics.append(Diagnostic(self.source, lines[0], "numbering-gap",
                                               f"{label}接在{closed[0].label}之后"))
        parent = self.stack[-1] if self.stack else None
        eid = self._eid(scheme, number, parent)
        provision = Provision(eid=eid, label=label, kind=scheme, number=number, heading=heading,
                              text=text, lines=lines, parent=parent.eid if parent else None,
                              depth=len(self.stack))
        self.stack.append(provision)
        return provision

    def _eid(self, scheme: str, number: int, parent: Optional[Provision]) -> str:
        own = f"{EID_NAME[scheme]}_{number}"
        # 条 numbers run through the whole text: art_12 keeps its URL when a chapter is added.
        if parent is None or scheme == "tiao" or (scheme == "zhang" and parent.kind == "bian"):
            base = f"{self.prefix}__{own}" if self.prefix else own
        else:
            base = f"{parent.eid}__{own}"
        return self._unique(base)

    def section(self, number: str, heading: str, lines: tuple[int, int]) -> Provision:
        """A chapter or section numbered by levels ('1', '1.1', '2.3.1'): it
        nests under the open section its number extends (1.1 under 1) and
        closes every other level; its anchor is its number, which runs
        through the text as a 条's does (clause_2-3-1)."""
        parts = re.split(r"[.．]", number)
        while self.stack:
            top = self.stack[-1].label.split(".") if self.stack[-1].kind == "section" else None
            if top and len(top) < len(parts) and parts[:len(top)] == top:
                break
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        own = "clause_" + "-".join(parts)
        provision = Provision(eid=self._unique(f"{self.prefix}__{own}" if self.prefix else own), label=".".join(parts),
                              kind="section", number=int(parts[-1]), heading=heading, text="", lines=lines,
                              parent=parent.eid if parent else None, depth=len(self.stack))
        self.stack.append(provision)
        return provision

    def entry(self, number: int, label: str, date: Optional[str], text: str,
              lines: tuple[int, int]) -> Provision:
        """The number-th entry of a chronicle: its anchor is its date (d_2019-07-01,
        d_2019-07-01_2 for a second event that day), not its place."""
        own = f"d_{date.lstrip('-')}" if date else f"entry_{number}"
        eid = self._unique(f"{self.prefix}__{own}" if self.prefix else own)
        return Provision(eid=eid, label=label, kind="date", number=number, heading="",
                         text=text, lines=lines, date=date)

    def _unique(self, base: str) -> str:
        eid, n = base, 2
        while eid in self.used:
            eid, n = f"{base}_{n}", n + 1
        self.used.add(eid)
        return eid


def structure(blocks: list[Paragraph | Table], prefix: str, source: str, byline: int = 0,
              read_point: Optional[Callable[[str, list[Provision]], Optional[Label]]] = None
              ) -> tuple[list[Block], list[Diagnostic]]:
    """Turn a part's paragraphs into provisions and framed paragraphs.

    A genre (stages.genres) may mark the first paragraphs as a byline and
    read labels of its own (a speaker's 一要, 二要) besides the schemes."""
    numbering = Numbering(prefix, source)
    out: list[Block] = []
    in_annex_list = False
    rows = own_contents([b.text if isinstance(b, Paragraph) else "" for b in blocks])
    sectioned = any(isinstance(b, Paragraph) and DECIMAL_HEADING_RE.match(b.text.strip()) for b in blocks)
    contents = _contents(blocks, rows, sectioned) | rows
    # The chapter each section heading of the text opens under ('2.3.1' → 2), by its place; none in its own 目录.
    chapters = {k: int(re.split(r"[.．]", b.text.strip())[0]) for k, b in enumerate(blocks) if k not in contents
                and isinstance(b, Paragraph) and DECIMAL_HEADING_RE.match(b.text.strip())}
    quoting = None  # the scheme of the amending item whose quotation of new wording is still open
    for n, block in enumerate(blocks):
        if n < byline:
            block.role = "byline"
            out.append(block)
            continue
        if quoting is not None and isinstance(block, Paragraph):
            label = read_label(block.text)
            if label is not None and label[0] == quoting:
                quoting = None  # the amending list's next item: the quotation was left open
            else:
                closes = _quote_balance(block.text) < 0
                if label is not None:
                    # Inside the wording an amending item quotes: its articles and items are the item's text.
                    quoting = None if closes else quoting
                    block.role = frame_role(block.text, blocks, n)
                    out.append(block)
                    continue
                quoting = None if closes else quoting
        if isinstance(block, Paragraph) and (opener := read_label(block.text)) and _opens_quotation(block.text):
            quoting = opener[0]
        if n in contents:
            block.role = "contents"
            out.append(block)
            continue
        if isinstance(block, Table):
            out.append(block)
            continue
        text = block.text
        if ANNEX_LIST_RE.match(text):
            block.role, in_annex_list = "attachments", True
            out.append(block)
            continue
        label = read_label(text) or (read_point(text, numbering.stack) if read_point else None)
        if in_annex_list and (label and label[0] in ("ar", "ar_paren") or ANNEX_ITEM_RE.match(text)) \
                and ("。" not in text or _name_closed_by_stop(text)):
            block.role = "attachments"
            out.append(block)
            continue
        in_annex_list = False
        if sectioned and (section := _section(blocks, n, chapters)):
            out.append(numbering.section(section.group("number"), section.group("heading").strip(), block.lines))
            continue
        if label and label[0] == "ar" and _inline_list_of_one(blocks, n):
            label = None
        if label and _heads_figures(blocks, n):
            block.role = "row"  # a table's row head copied one cell a line, its figures under it: no point
            out.append(block)
            continue
        if label:
            scheme, number, printed, rest = label
            run_in = RUN_IN_ARTICLE_RE.match(rest) if scheme in DIVISION_SCHEMES else None
            article = read_label(run_in.group("article")) if run_in else None
            if article:  # "第一章总则第一条为…": the chapter named 总则, then its first article
                out.append(numbering.add(scheme, number, printed, run_in.group("name"), "", block.lines))
                scheme, number, printed, rest = article
            heading, body = split_heading(scheme, rest)
            out.append(numbering.add(scheme, number, printed, heading, body, block.lines))
            continue
        block.role = frame_role(text, blocks, n)
        out.append(block)
    return out, numbering.diagnostics


DIVISION_SCHEMES = ("bian", "zhang", "jie")


# A quotation an amending item opens and leaves open at the paragraph's end: the new wording of an article a 修改决定's
# item quotes after the words that amend ('四、将第五条改为第七条，修改为：“…对下列事项制定地方性法规：' / '（一）…' /
# '（二）…”'; '增加一条，作为第三条：“…'), which runs over paragraphs of its own, the quoted article's items among them,
# until its closing mark. What it quotes is the item's content, not the decision's provisions (the 修改决定's form, as
# 全国人大常委会法工委's 立法技术规范 sets it: each item names the article and quotes its new wording whole). Only an
# item (a labelled paragraph) amends so; a quotation a sentence opens elsewhere ('被称为“…', '分别规定：“…') is not this.
QUOTE_OPEN_RE = re.compile(r"(?:修改为|改为|作为[^，,。；;：:“]{1,12}|增加[^，,。；;：:“]{0,16})[:：]?“")


def _quote_balance(text: str) -> int:
    return text.count("“") - text.count("”")


def _opens_quotation(text: str) -> bool:
    """The paragraph opens a quotation of new wording that it does not close."""
    return _quote_balance(text) > 0 and bool(QUOTE_OPEN_RE.search(text))


def _name_closed_by_stop(text: str) -> bool:
    """An 附件说明's item that names its annex and closes on a full stop, as
    a page may print the list's last item ('2.某某项目房屋征收补偿方案。'; GB/T
    9704 7.3.4 sets no mark after the name): one stop, at the end, and no
    comma, as a sentence of the body would hold."""
    text = text.strip()
    return text.endswith("。") and text.count("。") == 1 and not re.search(r"[，,；;：:]", text[:-1])


def _division(block) -> Optional[tuple[str, int]]:
    """(scheme, number) of a 编, 章 or 节 heading printed alone on its line."""
    label = read_label(block.text) if isinstance(block, Paragraph) and len(block.text) <= OWN_LINE_MAX else None
    return (label[0], label[1]) if label and label[0] in DIVISION_SCHEMES else None


def _contents(blocks: list, rows: set[int], sectioned: bool) -> set[int]:
    """A text divided into 编, 章 or 节, or numbered in sections by levels (GB/T
    1.1 章条编号: '1 总则', '1.1编制目的'), may print its own 目录 (立法技术规范)
    without a '目录' heading: the headings one a line, no text between, then
    the same headings again over the text, perhaps right under it. A run of
    two or more headings up to where its first is printed again is that
    目录, not divisions (whose 第一章 or '1 总则' is not printed twice); so is
    a run where a section stands right over the next of its level ('1.1编制目的'
    over '1.2编制依据': no section of the text is empty), the 目录 of an
    excerpt that ends inside it. An entry's page that the wrap set on a line
    of its own ('第二章 业主……' / '3') is of the run too."""
    found: set[int] = set()
    # Read once (the search below goes over them again); the rows of a 目录 under its heading (rows) are read already.
    headings = [None if n in rows else _outline_heading(block, sectioned) for n, block in enumerate(blocks)]
    n = 0
    while n < len(blocks):
        run = n
        while run < len(blocks) and (headings[run] or run > n and isinstance(blocks[run], Paragraph)
                                     and PAGE_ALONE_RE.fullmatch(blocks[run].text)):
            run += 1
        if run - n >= 2:
            again = next((k for k in range(n + 1, len(blocks)) if headings[k] == headings[n]), None)
            if again is not None:
                found.update(range(n, min(run, again)))
            elif any(headings[k] and headings[k + 1] and _level(headings[k]) == _level(headings[k + 1]) > 0
                     for k in range(n, run - 1)):
                found.update(range(n, run))  # a section right over the next of its level has no text: a 目录's rows
        n = max(run, n + 1)
    return found


def _section(blocks: list, n: int, chapters: dict[int, int]) -> Optional[re.Match]:
    """Block n as a heading of a text numbered by levels (GB/T 1.1 章条编号):
    a section ('1.1 编制目的'), or a chapter, its figure alone before its
    words ('1 总则', '1.总则'), where the next section opens that chapter
    and the one before it an earlier chapter (1.1 under 1, 1.2 over 2), or,
    the text's last chapter with no sections of its own ('9 附则'), the one
    before it the chapter before: a point '1.自然灾害' under section 1.3 is
    1.3's point. chapters: each section heading's place and chapter."""
    text = blocks[n].text.strip()
    if DECIMAL_HEADING_RE.match(text):
        return SECTION_RE.match(text)
    chapter = SECTION_RE.match(text) if DECIMAL_CHAPTER_RE.match(re.sub(r"^(\d{1,2})[.．]", r"\1", text)) else None
    if not chapter:
        return None
    number = int(chapter.group("number"))
    below = next((c for k, c in chapters.items() if k > n), None)
    above = next((c for k, c in reversed(chapters.items()) if k < n), 0)
    if below is None:
        return chapter if above == number - 1 > 0 else None
    return chapter if below == number and above < number else None


def _level(heading: tuple) -> int:
    """A section's level by its number (1.1 → 1, 1.1.1 → 2); 0 for a chapter or a division."""
    number = re.match(r"\d{1,2}((?:[.．]\d{1,2})*)", heading[1]) if heading[0] == "section" else None
    return number.group(1).count(".") + number.group(1).count("．") if number else 0


def _outline_heading(block, sectioned: bool) -> Optional[tuple]:
    """What names a heading of the text's outline printed alone on its line: a
    编, 章 or 节's scheme and number; a section's, numbered by levels, its
    words (a chapter's figure alone before them only in a text whose
    sections are numbered 1.1, as paragraphs reads it)."""
    if _division(block):
        return _division(block)
    text = block.text.strip() if isinstance(block, Paragraph) else ""
    if DECIMAL_HEADING_RE.match(text) or sectioned and DECIMAL_CHAPTER_RE.match(re.sub(r"^(\d{1,2})[.．]", r"\1", text)):
        # A chapter's figure may take a point ('1.总则' over '1.1…'); a 目录's row is compared without its page.
        return ("section", re.sub(r"\s", "", OWN_ENTRY_PAGE_RE.sub("", text)))
    return None


SECOND_ITEM_RE = re.compile(r"^2\s*(?:\*\s*)?[.、．]")  # (a page's flag between figure and mark: '2*.', numbering)
# The second item run on in the first's paragraph after its stop or semicolon ('1.…驶入;2.沙河路…'), a word
# after the point: '；2.5米' is a decimal.
RUN_ON_SECOND_ITEM_RE = re.compile(r"[。；;]\s*2\s*[.、．]\s*(?!\d)\S")
# A lead whose colon announces the items under it ('…主要包括以下几个方面：', '…通知如下：', '下列情形之一的：', '…包括：').
LIST_LEAD_RE = re.compile(r"(?:(?:如下|以下|下列)[^。；;！？!?：:]{0,12}|包括)[：:]$")


def _inline_list_of_one(blocks: list, n: int) -> bool:
    """'1.' followed by no '2.' anywhere in the part is not a list, unless an
    item above ends in the colon that announces its sub-items ('（一）…的以下
    人员：'), or is a （一） heading alone on its line, whose level '1.' is
    the next of (GB/T 9704 7.3.3: 一、，（一），1.，（1）): their first, though
    the text stops before the second. So is a '1.' right under an unnumbered
    lead whose colon announces the items (LIST_LEAD_RE: '…主要包括以下几个方
    面：', '…如下：'): a list follows its lead. Under a 一、 heading alone on its line,
    bare or pairing short phrases (an 意见's '一、总体要求', a 总结's
    '一、突出两个主题，深化医改促发展' number their points 1.), a '1.' that runs its own
    heading sentence into its text is that first point too. A '1.' whose own
    paragraph runs the second item on after its stop or semicolon ('1.…驶入;
    2.沙河路…驶入;3.…', a 通告's measures printed as one paragraph) opens a list."""
    if isinstance(blocks[n], Paragraph) and RUN_ON_SECOND_ITEM_RE.search(blocks[n].text):
        return False
    prev = blocks[n - 1] if n else None
    above = read_label(prev.text) if isinstance(prev, Paragraph) else None
    if above and (prev.text.endswith(("：", ":")) or above[0] == "cn_paren" and _heading_alone(above[3])):
        return False
    own = read_label(blocks[n].text) if isinstance(blocks[n], Paragraph) else None
    if own and own[1] == 1 and isinstance(prev, Paragraph) and not above and LIST_LEAD_RE.search(prev.text.rstrip()):
        return False  # the first item of the list its unnumbered lead announces, the excerpt cut before the second
    if above and above[0] in ("cn", "cn_paren") and _run_in(blocks[n].text) \
            and (_bare_line(above[3]) or _paired_heading(above[3]) and _numbered_one(blocks[n].text)):
        return False  # '一、总体要求' over '1.指导思想。坚持…': a point with its heading run in, not a sentence (under
        # a paired heading only the first point: '8.' under '六、周密部署安排，科学妥善处置后续事宜' counts on the
        # points of the sections above, _counts_on)
    if _first_point_under_part(blocks, n):
        return False
    return not any(isinstance(b, Paragraph) and SECOND_ITEM_RE.match(b.text) for b in blocks) \
        and not _counts_on(blocks, n)


def _counts_on(blocks: list, n: int) -> bool:
    """Numbering grammar: a list's items count on by one from the lead that
    announces them in a colon ('…并做好以下工作：'). A run of items numbered
    past 1 ('3、…', '4、…', '5、…') right under as many unnumbered paragraphs
    as the numbers it skips, themselves right under such a lead, is that
    list: its first items lost their numbers on the way (a web mirror that
    rendered them as bullets, '- …', the layout stage then reading the
    bullet off). A run that counts on from items of another heading (a text
    whose points are numbered through its parts, '3.' under '三、') is left
    as it reads."""
    own = read_label(blocks[n].text) if isinstance(blocks[n], Paragraph) else None
    if not own or own[0] != "ar" or own[1] < 2:
        return False
    def number(k: int) -> Optional[int]:
        label = read_label(blocks[k].text) if 0 <= k < len(blocks) and isinstance(blocks[k], Paragraph) else None
        return label[1] if label and label[0] == "ar" else None
    if number(n - 1) != own[1] - 1 and number(n + 1) != own[1] + 1:
        return False  # (no number next to it: a lone '3、' is no list's)
    first, lowest = n, own[1]
    while number(first - 1) == lowest - 1:
        first, lowest = first - 1, lowest - 1
    lost = range(first - (lowest - 1), first)
    lead = first - lowest
    return lowest > 1 and lead >= 0 and isinstance(blocks[lead], Paragraph) \
        and blocks[lead].text.rstrip().endswith(("：", ":")) \
        and all(isinstance(blocks[k], Paragraph) and not read_label(blocks[k].text) for k in lost)


def _first_point_under_part(blocks: list, n: int) -> bool:
    """A '1.' heading alone on its line (paragraphs.point_heading: '1、积极
    应对复杂形势，经济运行稳健向好'), its text under it, in a part headed 一、
    alone on its line with only unnumbered paragraphs between: a report that
    numbers its parts 一、 and their points 1、 (skipping （一）) has begun its
    first point, though the text stops before the second. So has a text whose
    division is headed （一） alone on its line (GB/T 9704 7.3.3: 一、，（一），
    1.，（1）: the point heading is the level under it), its general paragraph
    first ('（一）发展基础' / '“十二五”期间，…' / '1.教育投入持续加大，…'); and the
    point heading is the point's though the part ends under it, as a page's
    excerpt cut there does. The point's own items may open under it at once:
    '（1）', the first of the level under '1.' (7.3.3), right under the heading
    ('一、整改内容' / '1.专项整改问题' / '（1）…', a 整改方案 listing its problems
    under each point) is the point's, no sentence's. A text may begin its
    levels at 1. (7.3.3 fixes their order, not that every level be used: a
    方案 under its title numbers its measures 1. and their cases （1）): with
    no labelled paragraph above it in the part, the point heading whose own
    '（1）' follows at once is the first of its level, its second past the
    excerpt's end."""
    if not (isinstance(blocks[n], Paragraph) and point_heading(blocks[n].text)):
        return False
    below = read_label(blocks[n + 1].text) if n + 1 < len(blocks) and isinstance(blocks[n + 1], Paragraph) else None
    if n + 1 < len(blocks) and (not isinstance(blocks[n + 1], Paragraph)
                                or below and below[:2] != ("ar_paren", 1)):
        return False
    for k in range(n - 1, -1, -1):
        if not isinstance(blocks[k], Paragraph):
            return False
        above = read_label(blocks[k].text)
        if above:
            return above[0] in ("cn", "cn_paren") and _bare_line(above[3])
    return below is not None and below[:2] == ("ar_paren", 1)  # the part's first level, its items under it


def _heading_alone(text: str) -> bool:
    """A heading alone on its line: a bare line, or one a full stop closes and
    nothing else marks ('（一）一般公共预算执行情况。', as a report prints its
    headings), no sentence run on after it."""
    return _bare_line(text) or text.endswith("。") and _bare_line(text[:-1]) and not re.search(r"[。！？!?]", text[:-1]) \
        or _quoting_heading(text)


QUOTED_RE = re.compile(r"“[^“”]{1,80}”")


def _quoting_heading(text: str) -> bool:
    """A heading alone that quotes the finding it answers, as a 整改 report
    heads each finding of an inspection ('在“贯彻落实…不够有力，党组领导…不足”
    方面', '关于“…”问题的整改'): the marks inside the quotation are the
    finding's, not the heading's; outside it the heading is bare (short, no
    comma, no sentence ended), and it ends in no stop."""
    bare = QUOTED_RE.sub("“”", text)
    return bare != text and len(text) <= 80 and _bare_line(bare) and not ends_sentence(text)


def _run_in(text: str) -> bool:
    """A numbered line that runs a heading sentence into its text
    ('1.指导思想。坚持…'): a sentence does not open with a number and a
    heading of its own."""
    label = read_label(text)
    return bool(label) and all(split_heading(label[0], label[3]))


# An outline heading alone on its line may pair short phrases parted by ，, verb and object each, and end on no
# stop ('一、突出两个主题，深化医改促发展', '一、提高认识，明确安全管理责任'): the run-in heading's pairing
# (PARALLEL_HEADING_RE) printed alone. No phrase has a sentence's words (lines.SENTENCE_WORDS_RE: '一、今年全市要突出
# 两个主题，医改要深化' is a sentence), nor opens as a sentence's adverbial opens, on a preposition of purpose or
# ground (为…, 根据…, 按照…). A verb opens a phrase of the pairing as it opens each ('一、落实立德树人根本任务，促进学生
# 全面发展', '贯彻新发展理念，推动高质量发展'): frame.SENTENCE_OPENER_RE's 贯彻 and 落实 open a body's first
# sentence after its title, not a heading's phrase.
PAIRED_HEADING_RE = re.compile(r"^(?:[\u4e00-\u9fa5“”]{2,14}[，,]){1,2}[\u4e00-\u9fa5“”]{2,14}$")
ADVERBIAL_OPENER_RE = re.compile(either_script(rf"^(?:{ADVERBIAL_OPENERS}|经)"))


def _paired_heading(text: str) -> bool:
    """A heading alone on its line that pairs short phrases (PAIRED_HEADING_RE), read through the spaces an
    OCR'd or web text leaves between its characters (HAN_GAP_RE)."""
    text = HAN_GAP_RE.sub("", text)
    return len(text) <= RUN_IN_MAX and bool(PAIRED_HEADING_RE.match(text)) and not SENTENCE_WORDS_RE.search(text) \
        and not ADVERBIAL_OPENER_RE.match(text)


def _numbered_one(text: str) -> bool:
    """The paragraph opens on a label numbered 1."""
    label = read_label(text)
    return label is not None and label[1] == 1


def _bare_line(text: str) -> bool:
    """Short, with no sentence in it: a heading's shape, or a row's."""
    return len(text) <= 30 and not re.search(r"[，；：,;:]", text) and not ends_sentence(text)


def _signs(text: str) -> bool:
    """A 署名's line: organs' names, or the post and name of a 令's signer."""
    text = unsealed(text)  # ('…分局(代章)': frame.SEAL_NOTE_RE)
    return len(text) <= 40 and bool(SIGNER_POST_RE.match(text.replace(" ", "")) or (
        not re.search(r"[。，；：]", text) and all(ORGAN_END_RE.search(token) for token in text.split())))


# The 过渡语 that closes a 通告's or 公告's opening and hands its matter on by the text's own kind ('…通告如下：').
PUBLIC_HANDED_ON_RE = re.compile(either_script(r"(?:通告|公告)\s*如\s*下\s*[:：]$"))
PUBLIC_OPENING_REACH = 3  # paragraphs of the body's head read for that opening


def _handed_on_to_public(blocks: list, n: int) -> bool:
    """The body's opening (its first paragraphs above the n-th) ends on a 通告's or 公告's 过渡语."""
    head = [b for b in blocks[:n] if isinstance(b, Paragraph) and b.role != "byline"][:PUBLIC_OPENING_REACH]
    return any(PUBLIC_HANDED_ON_RE.search(b.text.strip()) for b in head)


def frame_role(text: str, blocks: list, n: int) -> str:
    """The part the n-th block plays in the document's frame (date, cc,
    signature, heading…) or "body"; every genre's frame is the same."""
    if DATE_LINE_RE.match(text.replace(" ", "")) or (n < MONTH_LINE_TOP and MONTH_LINE_RE.match(text.replace(" ", ""))):
        return "date"  # a 成文日期, or a 统计公报's year and month under its title (its compilers over it)
    if CC_RE.match(text):
        return "cc"
    if SUBJECT_WORDS_RE.match(text):
        return "printed"  # the 版记's 主题词 line, printed with 印发
    if PRINTED_RE.search(text) and len(text) < 60:
        return "printed"
    if EDITOR_NOTE_RE.match(text):
        return "note"
    nxt = blocks[n + 1] if n + 1 < len(blocks) else None
    prev = blocks[n - 1] if n else None
    if nxt is not None and isinstance(nxt, Paragraph) and DATE_LINE_RE.match(nxt.text.replace(" ", "")) \
            and _signs(text):
        return "signature"  # organs' names, or the post and name of a 令's signer
    if _compilers_over_text(blocks, n):
        return "signature"  # a bulletin's compilers under its title, over its text: its authors, no date under them
    if nxt is None and isinstance(prev, Paragraph) and prev.role == "attachments" and _signs(text):
        return "signature"  # under the 附件说明 (GB/T 9704 7.3.5.1), the text's last line: no date under it
    name = re.sub(r"\s", "", text)
    if (nxt is None or _blank_fields(blocks[n + 1:])) and isinstance(prev, Paragraph) \
            and CLOSING_FORMULA_RE.match(prev.text.replace(" ", "")) and _signs(name):
        return "signature"  # one organ under the 结束语 ('特此通告!'), the text's last line: its 署名 (GB/T 9704
        # 7.3.5), though no date follows (an excerpt that ends there), or over nothing but a form's fields left blank
        # ('签收人:', '执法人员:': a notice served on a shop)
    if nxt is None and isinstance(prev, Paragraph) and ends_sentence(prev.text) and _signs(name) \
            and (word := self_word(name)) and word in "".join(b.text for b in blocks[:n] if isinstance(b, Paragraph)):
        return "signature"  # one organ under the body's last sentence, the text's last line, the body speaking of it
        # as its own ('我局…' over '某某县交通运输局', a scanner's spaces read through): a reply printed without its
        # date (GB/T 9704 7.3.5)
    if nxt is None and isinstance(prev, Paragraph) and ends_sentence(prev.text) and _signs(name) \
            and _handed_on_to_public(blocks, n):
        return "signature"  # one organ under the last sentence of a 通告 or 公告 whose opening handed its matter on
        # by that kind ('…现就有关事项通告如下：'), the text's last line: a text addressed to the public has no 主送
        # (党政机关公文处理工作条例 第八条), and the organ's name alone under its body is its 署名 (GB/T 9704 7.3.5),
        # though the page printed no date under it
    if nxt is None and n >= 2 and isinstance(prev, Paragraph) and PHONE_LINE_RE.match(prev.text.strip()) \
            and isinstance(blocks[n - 2], Paragraph) and ends_sentence(blocks[n - 2].text) and _signs(name):
        return "signature"  # organs under the number to call that closes a letter or a 通告 ('监督电话：…', '举报
        # 电话：…') after the body's last sentence, the text's last line: its 署名 (GB/T 9704 7.3.5), though the page
        # printed no date under it
    if nxt is None and _signs(name) and (j := over_contact(
            [b.text if isinstance(b, Paragraph) else "" for b in blocks[:n + 1]], n, name)) is not None \
            and isinstance(blocks[j], Paragraph) and ends_sentence(blocks[j].text):
        return "signature"  # one organ under the contact lines that follow the body's last sentence ('联系人:…' /
        # '联系电话:…', perhaps under that organ's name, GB/T 9704 7.3.6), the text's last line: its 署名 (7.3.5),
        # though the page printed no date under it
    if nxt is None and _signs(name) and (j := _over_directory(blocks, n)) is not None \
            and isinstance(blocks[j], Paragraph) and ends_sentence(blocks[j].text):
        return "signature"  # one organ under the directory of numbers to call the body's last sentence announces
        # ('咨询或预约电话：' / '某某市法律援助中心：2968066' …), the text's last line: its 署名 (GB/T 9704 7.3.5),
        # though the page printed no date under it
    if DECIMAL_HEADING_RE.match(text) or FRONT_MATTER_RE.match(text.strip()):
        return "heading"  # a section numbered by levels (1.1编制目的), the text's own 目录 (its rows are contents) or 前言
    if _bare_line(text) and nxt is not None \
            and isinstance(nxt, Paragraph) and (LABEL_RE.match(nxt.text) or DECIMAL_HEADING_RE.match(nxt.text)) \
            and not (isinstance(prev, Paragraph) and prev.role in ("body", "row") and _bare_line(prev.text)
                     and not LABEL_RE.match(prev.text)):
        return "heading"  # over a numbered list; not the last row of a list of names over the next item
    if LISTED_ROW_RE.match(text) and isinstance(prev, Paragraph) \
            and (prev.text.endswith(("：", ":")) or LISTED_ROW_RE.match(prev.text)):
        return "row"
    if _row_line(text) and (_bare_row(blocks, n - 1) or _bare_row(blocks, n + 1)):
        return "row"  # lines one item a line, as a list of names or places, a group's members by their posts or a
        # table copied one cell a line sets them: short, no sentence in any, each a paragraph of its own
    return "body"


# A 统计公报 or 普查公报 prints its compilers under its title (frame.COMPILER_RE), then the date (frame_role's signature
# over a date). A copy that dropped the date sets them right over the text's first sentence: they are its authors
# still, standing where the date would close them, at the text's head, with nothing but the 副题 above.


def _compiler_line(block) -> bool:
    return isinstance(block, Paragraph) and compilers_line(block.text)


def _compilers_over_text(blocks: list, n: int) -> bool:
    """Block n is one of the lines of compilers a bulletin prints at its
    text's head, under its 副题 at most, over the text's first sentence
    with no date between (frame.compilers_line)."""
    if not _compiler_line(blocks[n]):
        return False
    start = n
    while start > 0 and _compiler_line(blocks[start - 1]):
        start -= 1
    end = n + 1
    while end < len(blocks) and _compiler_line(blocks[end]):
        end += 1
    above = blocks[:start]
    return end - start <= COMPILER_LINES and len(above) <= 1 \
        and all(isinstance(b, Paragraph) and b.text.startswith(tuple(DASHES)) for b in above) \
        and end < len(blocks) and isinstance(blocks[end], Paragraph) and re.search(r"[。，：,:]", blocks[end].text) \
        and not DATE_LINE_RE.match(blocks[end].text.replace(" ", ""))


DIRECTORY_ROWS = 12  # the offices such a directory lists


def _over_directory(blocks: list, n: int) -> Optional[int]:
    """The block above the directory of numbers (DIRECTORY_ROW_RE) that
    stands right over block n, or None where no such row stands there."""
    j = n - 1
    while j >= 0 and n - j <= DIRECTORY_ROWS and isinstance(blocks[j], Paragraph) \
            and DIRECTORY_ROW_RE.match(re.sub(r"\s", "", blocks[j].text)):
        j -= 1
    return j if 0 <= j < n - 1 else None


def _blank_fields(blocks: list) -> bool:
    """The blocks are a form's fields left blank, one a line (frame.BLANK_FIELD_RE: '签收人:', '执法人员:'), as a
    notice served on a shop prints under its 署名 for the receiver to fill in."""
    return bool(blocks) and all(isinstance(b, Paragraph) and BLANK_FIELD_RE.fullmatch(b.text.strip()) for b in blocks)


FIGURE_CELL_RE = re.compile(r"[-－—]?[\d０-９]+(?:[.．][\d０-９]+)?[%％]?")  # a table's figure alone in its cell
FIGURE_CELLS = 2  # figures one a line under a row's head, at the least


def _figure_cell(block) -> bool:
    return isinstance(block, Paragraph) and bool(FIGURE_CELL_RE.fullmatch(block.text.strip()))


def _row_heads(blocks: list, n: int) -> int:
    """Where the numbered row heads from n on end: lines with a label and
    no sentence in them (a head's note in brackets, '（区分处理的，只计这一
    情形，…）', is the cell's words)."""
    k = n
    while k < len(blocks) and isinstance(blocks[k], Paragraph) and (label := LABEL_RE.match(blocks[k].text)) \
            and len(blocks[k].text) <= OWN_LINE_MAX and not ends_sentence(blocks[k].text) \
            and not re.search(r"[，；,;。]", re.sub(r"[（(][^（）()]*[）)]", "", blocks[k].text[label.end():])):
        k += 1
    return k


def _heads_figures(blocks: list, n: int) -> bool:
    """The n-th block, a numbered line with no sentence in it, is a row's
    head of a table copied one cell a line: bare figures, each a paragraph
    of its own, stand right under it ('一、本年新收政府信息公开申请数量' / '0' /
    '0' …), or under the numbered heads of its subrows ('三、本年度办理结果' /
    '（一）予以公开' / '0' …). A point of the text has words under it; no
    text sets its numbers' figures out alone, one a line. Where a wrap ran a
    row's figures together into one line ('0000000'), the row is one of
    several so: the next head over figures again, or figures right above."""
    k = _row_heads(blocks, n)
    if k == n:
        return False
    if all(_figure_cell(b) for b in blocks[k:k + FIGURE_CELLS]) and len(blocks[k:k + FIGURE_CELLS]) == FIGURE_CELLS:
        return True
    if not _figure_cell(blocks[k] if k < len(blocks) else None):
        return False
    after = _row_heads(blocks, k + 1)
    top = _row_chain_top(blocks, n)
    return after > k + 1 and _figure_cell(blocks[after] if after < len(blocks) else None) \
        or top > 0 and _figure_cell(blocks[top - 1]) and _row_chain_top(blocks, top - 1) < top - 1


def _row_chain_top(blocks: list, k: int) -> int:
    """The first of the numbered heads right over the k-th block."""
    while k > 0 and isinstance(blocks[k - 1], Paragraph) and LABEL_RE.match(blocks[k - 1].text) \
            and _row_heads(blocks, k - 1) >= k:
        k -= 1
    return k


def _row_line(text: str) -> bool:
    """A list's item on its line: a bare line, or a short lead and its value ('组长：李某', '二等奖：某某市',
    '面积:30000'), no sentence after the lead."""
    if CLOSING_FORMULA_RE.match(text.replace(" ", "")) or is_doc_number_line(text):
        return False  # the 结束语 ('特此通告') closes the body, over its 署名; a 发文字号 is the frame's
    lead = POST_LEAD_RE.match(text)
    return _bare_line(text) or bool(lead) and len(text) <= 30 and not text.endswith(("：", ":")) \
        and not re.search(r"[，；：,;:]", text[lead.end():]) and not ends_sentence(text)


def _bare_row(blocks: list, k: int) -> bool:
    """The k-th block may stand in a list one item a line: a bare line of the body, no numbered point, no date
    and no 署名 over one."""
    block = blocks[k] if 0 <= k < len(blocks) else None
    below = blocks[k + 1] if k + 1 < len(blocks) else None
    return isinstance(block, Paragraph) and block.role in ("body", "row") and _row_line(block.text) \
        and not LABEL_RE.match(block.text) and not DATE_LINE_RE.match(block.text.replace(" ", "")) \
        and not (isinstance(below, Paragraph) and DATE_LINE_RE.match(below.text.replace(" ", "")))
