"""The site search index: character bigrams, sharded so a query loads only what it needs.

Why our own index (measured on the seeds and on the 3,000-document archive of
benchmarks/search.py; figures in README "Search"):
- Material's lunr index cut pages with jieba but queries by prefix, so page and
  query met on different words, and the whole index (59 KB per document, ~178 MB
  at 3,000 documents) had to load before the first result.
- Pagefind (1.5.2, extended) needs every query word to match in its own
  segmentation, splits a 文号 into loose pieces, and does not run from file://,
  which the offline folder build needs.

Tokenisation (the Lucene CJK approach): text is normalised (NFKC, lower case,
traditional → simplified by OpenCC's table), quotation marks, + and spaces
between Han characters are dropped, and the text is cut into runs of units, a unit
being one Han character, a number (1,280.5 is one) or a Latin word; anything
else separates runs. A run of one unit is its own token; a longer run gives
the bigrams of adjacent units, plus each number or Latin word alone. The
browser client (overrides/assets/search.js) tokenises a query word the same
way, so a word typed as it is printed always meets the page: no segmenter can
disagree with itself. A word matches a section when all its tokens are in that
section, which is the phrase check (the bigrams of 工伤保险 meet in one clause).

Files written under search/i/ (all JavaScript loaded by <script> tags, because
chromium forbids XHR from file://, and relative to the page so a sub-path works):
- meta.js: shard count, section offsets per document, the conversion table;
- s/<n>.js: the postings of every token whose hash falls in shard n, and the
  typo-suggestion words keyed by their bigrams and skip-bigrams;
- d/<n>.js: title, address, issuer, date and 文种 of a block of documents;
- t/<n>.js: one document's sections (anchor, clause label, heading, text) for
  the snippet of a displayed result.
A posting list is one number per section that has the token: (gap to the
previous section) * 2 + 1 if the token is in the section's title or heading,
written in base 32 with the low digits first, the last digit of a number from
TERMINAL and the others from CONTINUED, so the frequent small gaps take one
character (measured on 330 documents: 61% of the size of base 36 with commas
overall, 48% for the 20 most frequent tokens, whose lists a query loads most).
Exact 文号, issuers, dates and months are tokens too (#n:, #i:, #d:, #m:), so
they scale like words.
"""
from __future__ import annotations

import gc
import hashlib
import json
import math
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import Callable, Iterable, Optional


from .model import Document, Paragraph, Provision, Table
from .text.frame import DOC_NUMBER_RE
from .text.lines import segmenter
from .text.script import traditional_table

HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff"
UNIT_RE = re.compile(rf"[{HAN}]|[0-9]+(?:[.,][0-9]+)*|[a-z]+")
HAN_RUN_RE = re.compile(f"[{HAN}]+")
SEPARATOR_RE = re.compile(rf"[^{HAN}0-9a-z.,]+|(?<![0-9])[.,]|[.,](?![0-9])")
# Marks inside a phrase that readers leave out when they type it: 打造“数智”工厂,
# 互联网+医疗健康, and the spaces that pad names in print (贺 芹).
TRANSPARENT_RE = re.compile(rf"[“”‘’\"'「」『』《》〈〉+]|(?<=[{HAN}])\s+(?=[{HAN}])")
SHARD_BYTES = 12_000   # target size of one shard: a query of ~10 tokens loads ~120 KB of shards, besides its frequent tokens
DOCS_PER_BLOCK = 32    # documents per d/<n>.js block
MAX_SNIPPET_TEXT = 3_000  # characters of one section kept for its snippet: a long table stays small
RESULTS_PAGE = "search/index.md"   # search/?q=…: all results, with filters


@dataclass
class Section:
    """A searchable piece of a document: its title (section 0), a clause, a table."""

    anchor: Optional[str]
    label: str
    heading: str
    text: str
    dates: tuple[str, ...] = ()


# --------------------------------------------------------------------------- tokens

@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    return str.maketrans(traditional_table())


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters, compatibility ideographs), lower case, simplified."""
    return unicodedata.normalize("NFKC", text).lower().translate(_translation())


def tokens(text: str) -> list[str]:
    """Every token of text, repeated as often as it occurs: of each run of
    adjacent units (see the module docstring), its bigrams, or its one unit."""
    out = []
    for piece in SEPARATOR_RE.split(TRANSPARENT_RE.sub("", normalise(text))):
        if HAN_RUN_RE.fullmatch(piece):   # most runs: every unit one character, paired as they stand
            out += map(operator.add, piece, piece[1:]) if len(piece) > 1 else (piece,)
            continue
        run = UNIT_RE.findall(piece)
        if len(run) == 1:
            out.append(run[0])
        elif run:
            out += map(operator.add, run, run[1:])
            out += [u for u in run if u[0] < "\x80"]   # numbers and Latin words
    return out


def number_key(doc_number: Optional[str]) -> Optional[str]:
    """荆政办发〔2022〕16号 → #n:荆政办发2022-16, the token of an exact 文号 query."""
    match = DOC_NUMBER_RE.search(doc_number or "")
    if not match:
        return None
    return f"#n:{normalise(match.group('prefix'))}{match.group('year')}-{int(match.group('serial'))}"


def issuer_key(name: str) -> str:
    """潜江市人民政府 → #i:潜江市人民政府, the token of a query that is exactly an issuer's name."""
    return "#i:" + re.sub(r"\s+", "", normalise(name))


def date_keys(date: Optional[str]) -> list[str]:
    """2019-07-01 → #d:2019-07-01 and #m:2019-07; 2019-07 → #m:2019-07."""
    if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return [f"#d:{date}", f"#m:{date[:7]}"]
    if date and re.fullmatch(r"\d{4}-\d\d", date):
        return [f"#m:{date}"]
    return []


def hash32(token: str) -> int:
    """FNV-1a over code points; search.js computes the same."""
    h = 0x811C9DC5
    for c in token:
        h = ((h ^ ord(c)) * 0x01000193) & 0xFFFFFFFF
    return h


# --------------------------------------------------------------------------- sections

def sections(doc: Document) -> list[Section]:
    """Section 0 is the title with the 文号 and issuers; then one section per
    provision, table, attachment heading or run of plain paragraphs, each with
    the anchor a result links to (None: the top of the page)."""
    out = [Section(None, "", doc.title, " ".join(filter(None, [doc.doc_number, *doc.issuers])),
                   tuple(filter(None, [doc.date])))]
    for n, part in enumerate(doc.parts):
        anchor = part.eid if n else None
        current = None
        if n:
            current = Section(anchor, "", " ".join(filter(None, [part.label, part.title])), "")
            out.append(current)
        for block in part.blocks:
            if isinstance(block, Provision):
                current = Section(block.eid, block.label, block.heading, block.text,
                                  tuple(filter(None, [block.date])))
                out.append(current)
            elif isinstance(block, Table):
                rows = "\n".join(" ".join(c.text for c in row) for row in block.rows)
                out.append(Section(block.eid, "", block.caption or "", "\n".join(filter(None, [rows, block.note]))))
                current = None
            elif isinstance(block, Paragraph) and block.role == "heading":
                current = Section(anchor, "", block.text, "")
                out.append(current)
            elif isinstance(block, Paragraph):
                if current is None:
                    current = Section(anchor, "", "", "")
                    out.append(current)
                current.text = "\n".join(filter(None, [current.text, block.text]))
    return out


def section_postings(section: Section, doc: Optional[Document] = None) -> dict[str, int]:
    """token → 1 if it is in the section's title or heading, else 0."""
    heading = dict.fromkeys(tokens(section.label + section.heading))
    keys = [k for d in section.dates for k in date_keys(d)]
    if doc is not None:   # section 0: the exact 文号 and issuer names
        keys += filter(None, [number_key(doc.doc_number)])
        keys += [issuer_key(i) for i in doc.issuers]
    return {**dict.fromkeys(tokens(section.text), 0), **dict.fromkeys(heading, 1), **dict.fromkeys(keys, 1)}


# --------------------------------------------------------------------------- files

def results_page() -> str:
    """The results page; assets/search.js fills it from ?q=."""
    return ('---\ntitle: 搜索\n---\n\n# 搜索\n\n'
            '<div class="gz-search-page">\n'
            '<form class="gz-sp-form" role="search"><input type="search" name="q" aria-label="搜索" '
            'placeholder="词语、发文字号或日期"> <button type="submit" class="md-button md-button--primary">搜索</button></form>\n'
            '<div class="gz-sp-filters"></div>\n<p class="gz-sp-status"></p>\n'
            '<ol class="gz-sp-results md-search-result__list"></ol>\n'
            '<button type="button" class="gz-sp-more md-button" hidden>更多结果</button>\n</div>\n')


@dataclass(frozen=True)
class Entry:
    """A run of documents' share of the index (one document, or neighbours
    merged), whatever its place in the archive: what a build keeps (see
    files()) so that an unchanged document is never tokenised again and an
    unchanged run is never put together again. A posting string is gaps
    between sections, so a run's postings of a token are its first section and
    flag (the gap to the run before it is known only when runs are merged) and
    the encoded gaps after it."""

    sections: int
    postings: tuple[tuple[str, int, str, int], ...]  # token, first section * 2 + flag, the rest encoded, last section
    words: tuple[tuple[str, int], ...]  # vocabulary() of the titles and headings, with counts
    texts: tuple[str, ...]   # the JSON of each document's sections for t/<n>.js
    offsets: tuple[int, ...]  # each document's first section


def key(doc: Document) -> str:
    """What entry(doc) depends on, hashed: its sections, 文号 and issuers."""
    secs = [(s.anchor, s.label, s.heading, s.text, s.dates) for s in sections(doc)]
    return hashlib.sha256(repr((secs, doc.doc_number, doc.issuers)).encode()).hexdigest()


def entry(doc: Document) -> Entry:
    secs = sections(doc)
    first: dict[str, int] = {}   # token → its first section * 2 + flag
    last: dict[str, int] = {}    # token → its last section so far
    rest: dict[str, list[str]] = defaultdict(list)
    for i, sec in enumerate(secs):
        for token, bits in section_postings(sec, doc if i == 0 else None).items():
            previous = last.get(token)
            if previous is None:
                first[token] = i * 2 + bits
            else:
                n = (i - previous) * 2 + bits
                rest[token].append(NUMBERS[n] if n < 32768 else _number(n))
            last[token] = i
    joined = {token: "".join(pieces) for token, pieces in rest.items()}
    return Entry(
        len(secs),
        tuple(zip(first, first.values(), map(joined.get, first, repeat("")), map(last.__getitem__, first))),
        tuple(Counter(vocabulary("\n".join(s.heading for s in secs))).items()),
        (json.dumps([[s.anchor or "", s.label, s.heading, s.text[:MAX_SNIPPET_TEXT]] for s in secs],
                    ensure_ascii=False, separators=(",", ":")),),
        (0,))


def merge(entries: list[Entry]) -> Entry:
    """The entry of consecutive runs, as entry() of their documents together would be."""
    # token → [its last section so far, its first code, then its posting string in pieces]:
    # one look-up per run and token, the loop that putting an index together spends most time in
    chunks: dict[str, list] = {}
    words: Counter = Counter()
    texts, offsets, section = [], [], 0
    for e in entries:
        base = section * 2
        for token, code, rest, end in e.postings:
            c = chunks.get(token)
            if c is None:
                chunks[token] = [section + end, base + code, rest]
            else:
                n = base + code - 2 * c[0]
                c.append((NUMBERS[n] if n < 32768 else _number(n)) + rest)
                c[0] = section + end
        words.update(dict(e.words))
        texts += e.texts
        offsets += [section + o for o in e.offsets]
        section += e.sections
    return Entry(section, tuple((t, c[1], "".join(c[2:]), c[0]) for t, c in chunks.items()),
                 tuple(words.items()), tuple(texts), tuple(offsets))


# Documents are grouped in runs of neighbours, runs of ~RUN documents at level 1,
# runs of ~RUN² at level 2, and each run's entry is kept: after an edit only the
# runs holding the edited document are put together again, and the index from
# the ~n/RUN² runs of level 2, instead of from every document (at 3,000
# documents ~6 million token look-ups). A run ends after a document whose key
# ends one (content-defined, as in rsync): adding or removing a document
# changes only the runs around it.
RUN = 16
LEVELS = 2


def _runs(keys: list[str], size: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of ~size documents."""
    out, start = [], 0
    for i, k in enumerate(keys):
        if int(k[:8], 16) % size == 0 or i == len(keys) - 1:
            out.append((start, i + 1))
            start = i + 1
    return out


def _entry_of(docs: list[Document], keys: list[str], level: int, known) -> Entry:
    if len(docs) == 1 and (e := known.get(keys[0])) is not None:
        return e
    if len(docs) == 1:
        known[keys[0]] = e = entry(docs[0])
        return e
    k = f"{level}-" + hashlib.sha256("".join(keys).encode()).hexdigest()
    e = known.get(k)
    if e is None:
        known[k] = e = merge([_entry_of(docs[a:b], keys[a:b], level - 1, known)
                              for a, b in _runs(keys, RUN ** (level - 1))])
    return e


@contextmanager
def _without_cycle_collection():
    """Putting the index together makes millions of tuples, lists and strings
    that hold no cycle, and reads as many back from the cache: Python's cyclic
    collector would walk all of them again at every full collection (a third
    of the time of the merges at 990 documents), and in a forked process copy
    every page of memory it inherited. Nothing made here needs it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def files(documents: list[Document], page_url: Callable[[Document], str], results_url: str,
          known=None, keys: Optional[list[str]] = None) -> dict[str, str]:
    """path under the site root → content of every index file (search/i/...);
    page_url(doc) and results_url are as MkDocs writes them, relative to the root.
    known: entries of earlier builds, by a document's key and by its
    documents' keys for a run, read with get() and filled (a dict, or
    site.index_cache() on disk). keys: a hex digest of what each document's
    entry depends on (a collection knows it from what each issue was converted
    from, output.site_files), else key(doc), which reads the whole document."""
    known = {} if known is None else known
    keys = keys or [key(doc) for doc in documents]
    with _without_cycle_collection():
        index = merge([_entry_of(documents[a:b], keys[a:b], LEVELS, known) for a, b in _runs(keys, RUN ** LEVELS)])
    encoded = {t: _number(code) + rest for t, code, rest, _ in index.postings}
    suggest = suggestion_keys(Counter(dict(index.words)))
    size = sum(len(t) * 3 + len(p) + 4 for t, p in encoded.items()) + sum(
        len(k) * 3 + sum(len(w) * 3 + 3 for w in ws) for k, ws in suggest.items())
    shards = 1 << max(0, math.ceil(math.log2(max(1, size / SHARD_BYTES))))
    out = {}
    by_shard: dict[int, tuple[dict, dict]] = defaultdict(lambda: ({}, {}))
    for token, p in sorted(encoded.items()):   # sorted: the same bytes at every build
        by_shard[hash32(token) % shards][0][token] = p
    for k, ws in sorted(suggest.items()):
        by_shard[hash32(k) % shards][1][k] = ws
    for n in range(shards):
        post, sugg = by_shard[n]
        out[f"search/i/s/{n}.js"] = _call("shard", n, post, sugg)
    for start in range(0, len(documents), DOCS_PER_BLOCK):
        block = [_doc_entry(d, page_url(d)) for d in documents[start:start + DOCS_PER_BLOCK]]
        out[f"search/i/d/{start // DOCS_PER_BLOCK}.js"] = _call("docs", start // DOCS_PER_BLOCK, block)
    for n, text in enumerate(index.texts):
        out[f"search/i/t/{n}.js"] = f"gzSearch.text({n},{text});\n"
    used = set("".join(encoded))
    out["search/i/meta.js"] = _call("meta", {
        "page": results_url, "shards": shards, "block": DOCS_PER_BLOCK, "sections": index.sections,
        "offsets": _gaps(list(index.offsets)),
        "traditional": "".join(t + s for t, s in sorted(traditional_table().items()) if s in used)})
    return out


TERMINAL = "0123456789abcdefghijklmnopqrstuv"
CONTINUED = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_"


def encode(postings: list[tuple[int, int]]) -> str:
    """[(section, heading flag), ...] in section order → the posting string."""
    out, last = [], 0
    for section, flag in postings:
        out.append(_number((section - last) * 2 + flag))
        last = section
    return "".join(out)


def _number(n: int) -> str:
    """One gap: base 32, low digits first, the last digit from TERMINAL."""
    if n < 32:
        return TERMINAL[n]
    out = []
    while n >= 32:
        out.append(CONTINUED[n & 31])
        n >>= 5
    out.append(TERMINAL[n])
    return "".join(out)


NUMBERS = [_number(n) for n in range(32768)]  # the gaps of up to three digits, encoded once


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if not n:
            return s


def _gaps(values: list[int]) -> str:
    return ",".join(_base36(b - a) for a, b in zip([0] + values, values))


def _doc_entry(doc: Document, url: str) -> list:
    return [url, doc.title, doc.doc_number or "", "、".join(doc.issuers), doc.date or "", doc.kind or ""]


def _call(name: str, *args) -> str:
    return f"gzSearch.{name}(" + ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":"))
                                          for a in args) + ");\n"


# --------------------------------------------------------------------------- suggestions

def vocabulary(text: str) -> Iterable[str]:
    """The words a typo is corrected to: jieba's words of three or more Han
    characters, and two two-character words in a row (基干 民兵: jieba knows
    compounds like 基干民兵 only as their parts). files() feeds it titles and
    headings only: the body text would make a 3,000-document build minutes
    slower for words that are mostly in the headings anyway."""
    for line in normalise(text).split("\n"):
        yield from _line_vocabulary(line)


@lru_cache(maxsize=8192)
def _line_vocabulary(line: str) -> tuple[str, ...]:
    """vocabulary() of one line: jieba cuts at a line end and two words
    pair only within a line, so a heading printed in many documents (总则,
    附则, 附件) is segmented once."""
    out, previous = [], ""
    for word in segmenter().cut(line, HMM=False):
        han = HAN_RUN_RE.fullmatch(word) is not None
        if han and len(word) >= 3:
            out.append(word)
        if han and len(word) == 2 and len(previous) == 2:
            out.append(previous + word)
        previous = word if han else ""
    return tuple(out)


def suggestion_keys(words: Counter, limit: int = 50_000) -> dict[str, list[str]]:
    """~bigram and ~skip-bigram (~a_c) → words, most frequent first, for the
    `limit` most frequent words. A word with one character replaced keeps at
    least one of them, which is how search.js finds the closest indexed word
    to a query that found nothing."""
    out: dict[str, list[str]] = defaultdict(list)
    for word, _ in sorted(words.items(), key=lambda wn: (-wn[1], wn[0]))[:limit]:
        for key in typo_keys(word):
            out[key].append(word)
    return out


def typo_keys(word: str) -> set[str]:
    return {f"~{a}{b}" for a, b in zip(word, word[1:])} | {f"~{a}_{c}" for a, c in zip(word, word[2:])}
