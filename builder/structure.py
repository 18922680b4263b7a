"""Stage 6: the numbering hierarchy of a part, and the roles of its paragraphs.

Marker detection (LABEL_RE, one named group per numbering scheme) is kept
apart from nesting (a stack of schemes): Chinese numbering nests by the
order in which schemes first appear (一、 then （一） then 1. then （1）),
except the 编/章/节/条 family, whose rank is fixed. A label closes every
deeper level; a gap in a sequence is a diagnostic, not a failure.
"""
from __future__ import annotations

import re
from typing import Optional

from .model import Block, Diagnostic, Paragraph, Provision, Table
from .patterns import CN_NUMERAL, DATE_LINE_RE, cn_to_int

LABEL_RE = re.compile(rf"""
    ^(?P<label>
        第\s*(?P<bian>[{CN_NUMERAL}\d]+)\s*编          # 第一编
      | 第\s*(?P<zhang>[{CN_NUMERAL}\d]+)\s*章         # 第二章
      | 第\s*(?P<jie>[{CN_NUMERAL}\d]+)\s*节           # 第三节
      | 第\s*(?P<tiao>[{CN_NUMERAL}\d]+)\s*条          # 第十条
      | (?P<cn>[一二三四五六七八九十]{{1,3}})\s*[、，,．.]     # 一、
      | [（(]\s*(?P<cn_paren>[一二三四五六七八九十]{{1,3}})\s*[）)]   # （一） (一)
      | (?P<ar>\d{{1,3}})\s*(?:[、，．]|\.(?!\d))(?![\d%])      # 1. 1、 1．  not 1.5 or 10、5
      | [（(]\s*(?P<ar_paren>\d{{1,3}})\s*[）)]       # （1） (1)
      | (?P<ar_half>\d{{1,3}})\)                       # 1)
      | (?P<circled>[①-⑳])                             # ①
    )
    \s*(?P<rest>.*)$
""", re.X | re.S)

# The 编/章/节/条 family has a fixed rank; lists nest by first appearance.
ARTICLE_RANK = {"bian": 0, "zhang": 1, "jie": 2, "tiao": 3}
EID_NAME = {"bian": "part", "zhang": "chp", "jie": "sec", "tiao": "art", "cn": "para",
            "cn_paren": "subpara", "ar": "point", "ar_paren": "subpoint", "ar_half": "item",
            "circled": "item"}
SCHEMES = tuple(EID_NAME)

RUN_IN_MAX = 30  # a first sentence this short, without commas, is a run-in heading
ANNEX_LIST_RE = re.compile(r"^附\s*件\s*[:：]")
CC_RE = re.compile(r"^抄\s*送\s*[:：]")
PRINTED_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*印\s*发$")
NOTE_RE = re.compile(r"^[（(]?注\s*[:：]|^附件略")
ORG_END_RE = re.compile(r"(人民政府|政府|办公室|办公厅|军分区|委员会|管委会|局|厅|委|院|中心|公司|部|会)$")


def read_label(text: str) -> Optional[tuple[str, int, str, str]]:
    """Return (scheme, number, label as printed, rest) or None."""
    match = LABEL_RE.match(text)
    if not match:
        return None
    scheme = next(s for s in SCHEMES if match.group(s))
    # ① is a digit to str.isdigit() but not to int(): count it from its code point.
    number = ord(match.group(scheme)) - ord("①") + 1 if scheme == "circled" \
        else cn_to_int(match.group(scheme))
    if not number:  # no list counts from 0: "0，" is the tail of a cut number
        return None
    return scheme, number, match.group("label").strip(), match.group("rest")


def split_heading(scheme: str, rest: str) -> tuple[str, str]:
    """A run-in heading ends at the first 。 of a short, comma-free sentence."""
    if scheme in ("bian", "zhang", "jie"):
        return rest, ""
    if scheme != "tiao" and len(rest) <= 40 and not re.search(r"[。；;，,：:]", rest[:-1] or "x"):
        return rest, ""
    if scheme == "tiao":
        if len(rest) <= 20 and not re.search(r"[。；，：]", rest):
            return rest, ""
        return "", rest
    match = re.match(r"^([^。，,；;：:]{1,%d}[。．])(.+)$" % RUN_IN_MAX, rest)
    if match:
        return match.group(1), match.group(2)
    return "", rest


class Numbering:
    """The stack of open numbered provisions in one part."""

    def __init__(self, prefix: str, source: str):
        self.prefix = prefix
        self.source = source
        self.stack: list[Provision] = []
        self.used: set[str] = set()
        self.diagnostics: list[Diagnostic] = []

    def add(self, scheme: str, number: int, label: str, heading: str, text: str,
            lines: tuple[int, int]) -> Provision:
        if scheme in ARTICLE_RANK:
            rank = ARTICLE_RANK[scheme]
            while self.stack and not (self.stack[-1].kind in ARTICLE_RANK
                                      and ARTICLE_RANK[self.stack[-1].kind] < rank):
                self.stack.pop()
        else:
            kinds = [p.kind for p in self.stack]
            if scheme in kinds:
                previous = self.stack[kinds.index(scheme)]
                del self.stack[kinds.index(scheme):]
                if number != previous.number + 1:
                    self.diagnostics.append(Diagnostic(
                        self.source, lines[0], "numbering-gap",
                        f"{label} follows {previous.label}"))
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
        eid, n = base, 2
        while eid in self.used:
            eid, n = f"{base}_{n}", n + 1
        self.used.add(eid)
        return eid


def structure(blocks: list[Paragraph | Table], prefix: str, source: str,
              kind: Optional[str]) -> tuple[list[Block], list[Diagnostic]]:
    """Turn a part's paragraphs into provisions and framed paragraphs."""
    numbering = Numbering(prefix, source)
    out: list[Block] = []
    in_annex_list = False
    for n, block in enumerate(blocks):
        if isinstance(block, Table):
            out.append(block)
            continue
        text = block.text
        if ANNEX_LIST_RE.match(text):
            block.role, in_annex_list = "attachments", True
            out.append(block)
            continue
        label = read_label(text)
        if in_annex_list and label and label[0] in ("ar", "ar_paren") and "。" not in text:
            block.role = "attachments"
            out.append(block)
            continue
        in_annex_list = False
        if kind in ("大事记", "任免") or (label and label[0] == "ar" and _inline_list_of_one(blocks, n)):
            label = None
        if label:
            scheme, number, printed, rest = label
            heading, body = split_heading(scheme, rest)
            out.append(numbering.add(scheme, number, printed, heading, body, block.lines))
            continue
        block.role = _role(text, blocks, n, kind)
        out.append(block)
    return out, numbering.diagnostics


def _inline_list_of_one(blocks: list, n: int) -> bool:
    """'1.' followed by no '2.' anywhere in the part is not a list."""
    return not any(isinstance(b, Paragraph) and re.match(r"^2\s*[.、．]", b.text) for b in blocks)


def _role(text: str, blocks: list, n: int, kind: Optional[str]) -> str:
    if DATE_LINE_RE.match(text.replace(" ", "")):
        return "date"
    if CC_RE.match(text):
        return "cc"
    if PRINTED_RE.search(text) and len(text) < 60:
        return "printed"
    if NOTE_RE.match(text):
        return "note"
    if kind == "大事记" and re.match(r"^(\d{1,2}月\d{1,2}日|同日|同月|是日|\d{1,2}日)", text):
        return "entry"
    nxt = blocks[n + 1] if n + 1 < len(blocks) else None
    if nxt is not None and isinstance(nxt, Paragraph) and DATE_LINE_RE.match(nxt.text.replace(" ", "")) \
            and len(text) <= 40 and not re.search(r"[。，；：]", text) \
            and all(ORG_END_RE.search(token) for token in text.split()):
        return "signature"
    if len(text) <= 30 and not re.search(r"[，；：,;:]", text[:-1]) and nxt is not None \
            and isinstance(nxt, Paragraph) and LABEL_RE.match(nxt.text) and kind not in ("大事记", "任免"):
        return "heading"
    return "body"
