"""Cross-references: citations in the text of documents, resolved against the
whole collection.

Three kinds of citation are found in the text of every paragraph and
provision:

* a 发文字号 ("（鄂政发〔2018〕29 号）", "国办发[2018]26号"), matched against
  the numbers of the documents in the collection;
* a title in 《…》, matched against the titles of documents and of the texts
  they issue (Part.title), ignoring brackets, quotes and spaces;
* an internal reference ("本办法第十条", "第三章", "附件2", "本意见第二部分"),
  resolved to a provision or part of the same document.

Everything here is a pure function of the converted gazettes. link() fills
Document.references and Document.cited_by; find() and split() are used by the
Markdown writer to turn the same citations into links.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterator, Optional

from .model import Document, Gazette, Paragraph, Part, Provision, Reference
from .text.frame import CITED_NUMBER_RE, OPEN_BRACKETS, normal_doc_number
from .text.lines import squash
from .text.numerals import CN_NUMERAL, cn_to_int

# Words that introduce a number but are not part of it: "按照豫办〔2019〕21号".
LEAD_RE = re.compile(r"^.*(?:根据|按照|依据|依照|参照|遵照|对照|落实|执行|贯彻|印发|转发|详见|参见|"
                     r"文件|精神|要求|规定|和|及|与|或|的|见|按|据)")
# What every cited 发文字号 holds, the bracketed year: a text without it is not searched for
# one (CITED_NUMBER_RE tries up to 16 characters of prefix at every Han character, and most of
# a page's paragraphs cite no number: it was nine tenths of find()).
NUMBER_YEAR_RE = re.compile(rf"[{OPEN_BRACKETS}]\s*(?:19|20)\d\d")
TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,120})》")
# An internal reference; the qualifier (本办法, 本意见 ...) is optional for 条/章/节/附件.
INTERNAL_RE = re.compile(rf"""
    (?P<own>本(?P<what>[\u4e00-\u9fa5]{{1,4}}?))?
    (?:
        第\s*(?P<num>[{CN_NUMERAL}\d]{{1,5}})\s*(?P<unit>条|章|节|部分)
      | 附\s*件\s*(?P<annex>\d{{1,2}})(?![\d.．])
    )
""", re.X)
UNIT_KIND = {"条": "tiao", "章": "zhang", "节": "jie", "部分": "cn"}
# A bare 第X条 right after these belongs to another text: 《条例》第十条, 劳动法第十条.
FOREIGN_BEFORE = re.compile(r"(?:》|法|条例|规定|细则|办法|意见|决定|通知|号|令)\s*$")


@dataclass
class Citation:
    start: int
    end: int
    text: str
    kind: str  # number|title|internal
    value: str  # the normal number, the squashed title, or "tiao:10"/"annex:2"
    own: Optional[str] = None  # the qualifier word of an internal reference (办法, 意见)


def find(text: str) -> list[Citation]:
    """Every citation in a piece of text, in order, without overlaps."""
    found: list[Citation] = []
    for m in CITED_NUMBER_RE.finditer(text) if NUMBER_YEAR_RE.search(text) else ():
        prefix = m.group("prefix")
        lead = LEAD_RE.match(prefix)
        cut = lead.end() if lead and lead.end() < len(prefix) else 0
        start = m.start() + cut
        found.append(Citation(start, m.end(), text[start:m.end()], "number",
                              normal_doc_number(text[start:m.end()]) or ""))
    for m in TITLE_RE.finditer(text):
        found.append(Citation(m.start(), m.end(), m.group(0), "title", squash(m.group("title"))))
    for m in INTERNAL_RE.finditer(text):
        own = m.group("what") if m.group("own") else None
        if m.group("annex"):
            value = f"annex:{int(m.group('annex'))}"
        else:
            number = cn_to_int(m.group("num"))
            if not number:
                continue
            unit = m.group("unit")
            if unit == "部分" and not own:
                continue  # 第二部分 alone is too common in running text
            if not own and FOREIGN_BEFORE.search(text[:m.start()]):
                continue
            value = f"{UNIT_KIND[unit]}:{number}"
        found.append(Citation(m.start(), m.end(), m.group(0), "internal", value, own))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Citation] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue  # inside a longer citation: 《…》 holding a number
        out.append(c)
    return out


def split(text: str, references: dict) -> Iterator[tuple[str, Optional[Reference]]]:
    """The text in pieces: (plain text, None) or (cited text, its Reference).

    references maps cited text to the Reference link() made for it in this
    block (see lookup()); citations link() did not keep stay plain text."""
    pos = 0
    for c in find(text) if references else ():  # most blocks cite nothing: not searched a second time
        ref = references.get(c.text)
        if ref is None:
            continue
        if c.start > pos:
            yield text[pos:c.start], None
        yield c.text, ref
        pos = c.end
    if pos < len(text):
        yield text[pos:], None


def key(doc: Document) -> str:
    return f"{doc.gazette}/{doc.id}"


def url(doc: Document, eid: Optional[str] = None) -> str:
    anchor = f"#{eid}" if eid and eid != "main" else ""
    return f"gazettes/{doc.gazette}/{doc.id}/{anchor}"


class Index:
    """Where each number and each title is found in the collection."""

    def __init__(self, gazettes: list[Gazette]):
        self.numbers: dict[str, list[Document]] = {}
        self.titles: dict[str, list[tuple[Document, Optional[str]]]] = {}
        for g in gazettes:
            for doc in g.documents:
                if doc.doc_number and (n := normal_doc_number(doc.doc_number)):
                    self.numbers.setdefault(n, []).append(doc)
                self.titles.setdefault(squash(doc.title), []).append((doc, None))
                for part in doc.parts[1:]:
                    if part.title:
                        self.titles.setdefault(squash(part.title), []).append((doc, part.eid))
        # What a resolution depends on besides the citing document: the numbers
        # and titles, and the documents (and parts) that have them.
        self.digest = hashlib.sha256(repr(
            [(n, [key(d) for d in found]) for n, found in self.numbers.items()]
            + [(t, [(key(d), eid) for d, eid in found]) for t, found in self.titles.items()]).encode()).digest()
        # For _near: where each pair of adjacent characters occurs, by title
        # position, so that a cited title is compared only with titles that
        # share one of its rarest pairs, not with every title of the archive.
        self._order = list(self.titles)
        self._pairs: dict[str, list[int]] = {}
        self._counts: dict[int, Counter] = {}
        self._nearest: dict[str, list] = {}  # a title cited again (3.5 times on average at 3,000 documents)
        for n, title in enumerate(self._order):
            for pair in set(_pairs(title)):
                self._pairs.setdefault(pair, []).append(n)

    def number(self, text: str, full: str) -> Optional[Document]:
        """The document with this number; full is the uncut match, whose
        longest known suffix wins ("根据国办发〔…〕" → 国办发〔…〕)."""
        for i in range(len(full)):
            n = normal_doc_number(full[i:])
            if n and n in self.numbers:
                return self.numbers[n][0]
        return None

    def title(self, value: str, citing: Document) -> Optional[tuple[Document, Optional[str]]]:
        hits = self.titles.get(value)
        if not hits:
            if value not in self._nearest:
                self._nearest[value] = self._near(value)
            hits = self._nearest[value]
        if not hits:
            return None
        # The citing document's own text first ("现将《…办法》印发给你们").
        return next((h for h in hits if h[0] is citing), hits[0])


    def _near(self, value: str) -> list[tuple[Document, Optional[str]]]:
        """A title cited with an OCR slip or a character dropped still finds
        its document: the closest title of nearly the same length, if it is
        close enough that one short slip explains the difference.

        A title that close shares most of the value's character pairs: of
        its k rarest pairs (k from the slips the ratio allows, see _needed)
        at least one, so only titles holding one of those are compared."""
        if len(value) < 10:
            return []
        slack = max(2, len(value) // 10)
        rarest = sorted(set(_pairs(value)), key=lambda p: (len(self._pairs.get(p, ())), p))
        k = _needed(len(value), slack)
        if k > len(rarest):
            candidates = range(len(self._order))  # too short to filter by pairs
        else:
            candidates = sorted({n for pair in rarest[:k] for n in self._pairs.get(pair, ())})
        best, best_ratio = None, NEAR_TITLE
        chars = Counter(value)
        for n in candidates:
            title = self._order[n]
            if abs(len(title) - len(value)) > slack:
                continue
            # No more characters can match than the two share: a bound on the
            # ratio (computed as difflib does, so never below it) that spares
            # most comparisons, each ~20 times as costly.
            held = self._chars(n).get
            shared = sum(min(count, held(c, 0)) for c, count in chars.items())
            if 2.0 * shared / (len(value) + len(title)) < best_ratio:
                continue
            ratio = SequenceMatcher(None, value, title, autojunk=False).ratio()
            if ratio >= best_ratio:
                best, best_ratio = self.titles[title], ratio
        return best or []

    def _chars(self, n: int) -> Counter:
        """The characters of title n with their counts, made when first compared."""
        if n not in self._counts:
            self._counts[n] = Counter(self._order[n])
        return self._counts[n]


def _pairs(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


def _needed(a: int, slack: int) -> int:
    """How many of a cited title's distinct pairs must be tried so that one
    is surely in any title within NEAR_TITLE of it. With M matched characters
    of a and b, each of the a - M unmatched ones breaks at most two pairs of
    the value, and each of the b - M unmatched characters of the title at
    most one more (a gap between two matching blocks); one more pair than
    can be broken is safe."""
    worst = 0
    for b in range(max(1, a - slack), a + slack + 1):
        m = -(-NEAR_TITLE_TWENTIETHS * (a + b) // 40)  # the least M with 2M/(a+b) >= NEAR_TITLE
        if m <= min(a, b):
            worst = max(worst, 2 * (a - m) + (b - m))
    return worst + 1


NEAR_TITLE = 0.9  # two slips in a 40-character title; different topics share far less
NEAR_TITLE_TWENTIETHS = 18  # NEAR_TITLE in whole numbers, for exact arithmetic


def _blocks(part: Part) -> Iterator[tuple[str, int, str]]:
    """(text, first line, citing eid) for each text of a part; a paragraph
    belongs to the provision before it, as in the data export."""
    current = part.eid
    for block in part.blocks:
        if isinstance(block, Provision):
            current = block.eid
            for text in (block.heading, block.text):
                if text:
                    yield text, block.lines[0], block.eid
        elif isinstance(block, Paragraph):
            if block.role == "heading":
                current = part.eid
            yield block.text, block.lines[0], current


def _internal(c: Citation, doc: Document, part: Part) -> Optional[str]:
    """The eid an internal citation points to, or None."""
    what, _, number = c.value.partition(":")
    n = int(number)
    if what == "annex":
        for p in doc.parts:
            if p.eid == f"annex_{n}" or (p.label and squash(p.label) == f"附件{n}"):
                return p.eid
        return None
    parts = [part]
    if c.own:  # 本办法第十条 from the notice: the part whose title names the 办法
        parts += [p for p in doc.parts if p is not part and p.title and c.own in p.title]
    for p in parts:
        hits = [b for b in p.blocks if isinstance(b, Provision) and b.kind == what and b.number == n]
        if what == "cn":
            hits = [b for b in hits if b.depth == 0]
        if hits:
            return min(hits, key=lambda b: b.depth).eid
    return None


def resolve(doc: Document, index: Index) -> list[Reference]:
    """Every citation in one document, resolved."""
    out: list[Reference] = []
    for part in doc.parts:
        for text, line, eid in _blocks(part):
            for c in find(text):
                target = href = None
                if c.kind == "internal":
                    if not (to := _internal(c, doc, part)):
                        continue
                    target, href = key(doc), url(doc, to)
                elif c.kind == "number":
                    if (hit := index.number(c.text, _uncut(text, c))) is doc:
                        continue  # its own 发文字号 under the title
                    if hit:
                        target, href = key(hit), url(hit)
                elif (hit := index.title(c.value, doc)):
                    target, href = key(hit[0]), url(hit[0], hit[1])
                out.append(Reference(c.text, target, href, eid, line))
    return out


def _uncut(text: str, c: Citation) -> str:
    for m in CITED_NUMBER_RE.finditer(text):
        if m.end() == c.end:
            return m.group(0)
    return c.text


def link(gazettes: list[Gazette], known=None, sources: Optional[dict[str, str]] = None) -> None:
    """Fill references and cited_by of every document of the collection.
    known: the references of earlier builds by what they depend on (the
    document and what the index holds), read with get() and filled (a dict,
    or a site.Store): after an edit most documents have not changed. With
    known, sources names what each gazette was converted from (gazette id →
    a digest, site.Collection.sources), which decides its documents."""
    index = Index(gazettes)
    docs = {key(d): d for g in gazettes for d in g.documents}
    for doc in docs.values():
        doc.cited_by, doc.references = [], []
        if known is None:
            doc.references = resolve(doc, index)
            continue
        memo = hashlib.sha256(index.digest + f"{sources[doc.gazette]}/{key(doc)}".encode()).hexdigest()
        resolved = known.get(memo)
        if resolved is None:
            known[memo] = resolved = resolve(doc, index)
        doc.references = list(resolved)
    for doc in docs.values():
        seen = set()
        for ref in doc.references:
            if ref.target is None or ref.target == key(doc) or (ref.target, ref.source_eid) in seen:
                continue
            seen.add((ref.target, ref.source_eid))
            docs[ref.target].cited_by.append(
                {"document": key(doc), "title": doc.title, "href": url(doc, ref.source_eid),
                 "eid": ref.source_eid})


def lookup(doc: Document) -> dict[int, dict[str, Reference]]:
    """The document's references by first line of the citing block, then text."""
    out: dict[int, dict[str, Reference]] = {}
    for ref in doc.references:
        out.setdefault(ref.line, {})[ref.text] = ref
    return out


def relative(href: str, page: str) -> str:
    """A site URL "gazettes/<g>/<d>/#eid" as a Markdown link from the page
    whose source is page ("gazettes/<g>/<d>.md"): "../<g>/<d>.md#eid"."""
    path, _, anchor = href.partition("#")
    g, d = path.strip("/").split("/")[1:3]
    here_g, here_d = page[:-3].split("/")[1:3]
    if (g, d) == (here_g, here_d):
        target = "" if anchor else f"{d}.md"
    elif g == here_g:
        target = f"{d}.md"
    else:
        target = f"../{g}/{d}.md"
    return target + (f"#{anchor}" if anchor else "")
