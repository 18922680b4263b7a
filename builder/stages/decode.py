"""Stage 1: bytes of a seed file to text.

Reads the bytes of a seed file; writes Decoded: the text, its encoding, and
the lines whose bytes had to be repaired.

Guarantees: the result is a str with '\\n' line ends only (CRLF, CR and
the other line boundaries folded, LINE_BREAKS), no BOM, no NUL. A file that
is not text at all (binary, empty, whitespace only) raises InputError with a
one-line message, which the caller turns into a diagnostic. A text file with
a few bad bytes is never lost for them: the bytes are repaired (NUL
dropped, undecodable bytes as U+FFFD) and each repair is listed with its
line for the build report; so is what no printed page holds (invisible
control characters, a web page's pinyin annotations), removed, and a
scraped page's character references read as their characters.
"""
from __future__ import annotations

import codecs
import collections
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.lines import WIDE_GAP, display_width, width
from ..text.radicals import twins


class InputError(Exception):
    """A seed file that cannot be read as a gazette; the message names why."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass
class Decoded:
    text: str
    encoding: str
    repairs: list[tuple[int, str]] = field(default_factory=list)  # (seed line, what was repaired)
    # seed line -> (display column it stood at, print columns it took) of each annotation removed
    annotated: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


# Encodings real extraction tools produce, most specific first. GB18030 is a
# superset of GBK and GB2312, so one entry covers all three.
ENCODINGS = ("utf-8", "gb18030")
# A text with more repairs than this share of its characters is not text.
MAX_BAD_SHARE = 0.01
REPAIRS_LISTED = 5  # per kind of repair; the rest are counted in the last entry


def decode(data: bytes) -> Decoded:
    if data.startswith(b"\xef\xbb\xbf"):
        decoded = _decode(data[3:], ("utf-8",))
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        decoded = Decoded(_lines(data.decode("utf-16", errors="replace")), "utf-16")
    elif (utf16 := _utf16_without_bom(data)) is not None:
        decoded = utf16
    else:
        decoded = _decode(data, ENCODINGS)
    decoded.text = _without_character_references(decoded.text, decoded.repairs)
    decoded.text = _without_invisibles(decoded.text, decoded.repairs)
    decoded.text = _without_radicals(decoded.text, decoded.repairs)
    decoded.text = _without_pinyin(_column_cuts_joined(decoded.text), decoded.repairs, decoded.annotated)
    decoded.text = _without_replacement_marks(decoded.text, decoded.repairs)
    decoded.text = _without_replacement_indents(decoded.text, decoded.repairs)
    decoded.text = _without_replacement_lines(decoded.text, decoded.repairs)
    if not decoded.text.strip():  # str.strip also drops U+3000 and NBSP
        raise InputError("empty file (no text, only whitespace)")
    return decoded


# HTML's character references ('&ldquo;', '&nbsp;', '&#12288;'), which a scraper that strips a page's tags but not
# its escapes leaves in the text: named, decimal or hexadecimal, each closed by its semicolon.
CHARACTER_REFERENCE_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")
REFERENCES_OF_A_PAGE = 3  # references in a file, at the fewest, that make it a page's text, not a sentence quoting one


def _without_character_references(text: str, repairs: list[tuple[int, str]]) -> str:
    """Each character reference read as the character it names ('&ldquo;' “,
    '&nbsp;' a space that indents), and listed by line, where a file holds
    several: the text of a web page whose escapes no one undid. A reference
    that names no character ('&foo;') stays as printed."""
    found: dict[int, list[str]] = {}
    matches = [m for m in CHARACTER_REFERENCE_RE.finditer(text) if html.unescape(m.group()) != m.group()]
    if len(matches) < REFERENCES_OF_A_PAGE:
        return text
    for match in matches:
        shown = found.setdefault(text.count("\n", 0, match.start()) + 1, [])
        if match.group() not in shown:
            shown.append(match.group())
    repairs.extend(_listed_by_line(found, "HTML character reference read as its character"))
    return CHARACTER_REFERENCE_RE.sub(lambda m: html.unescape(m.group()), text)


# Characters a reader cannot see but that change what a title or id says:
# bidirectional overrides can make "txt.exe" read "exe.txt", zero-width ones
# make two equal-looking titles differ. No printed gazette has them.
INVISIBLE_RE = re.compile(r"""
      (?P<bidi> [\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c] )  # embeddings, overrides, isolates, marks
    | (?P<zero_width> [\u200b-\u200d\u2060\u180e] | (?<!^)\ufeff )  # zero-width space/joiners, word joiner
""", re.X)


def _without_invisibles(text: str, repairs: list[tuple[int, str]]) -> str:
    found: dict[str, list[int]] = {}
    for match in INVISIBLE_RE.finditer(text):
        found.setdefault(match.lastgroup, []).append(match.start())
    for kind, offsets in found.items():
        what = ("bidirectional control character removed" if kind == "bidi"
                else "zero-width character removed")
        repairs.extend(_listed_text(text, offsets, what))
    return INVISIBLE_RE.sub("", text) if found else text


RADICAL_RE = re.compile(r"[\u2e80-\u2fdf]")


def _without_radicals(text: str, repairs: list[tuple[int, str]]) -> str:
    """Each radical a PDF's text layer gave for the ideograph its glyph
    shares ('第⼗条', '3⽉5⽇': text/radicals.py) read as that ideograph, and
    listed by line with what it became: a date, a number or a title keeps
    its characters, and the report says where the file had radicals."""
    table = twins()
    found: dict[int, list[str]] = {}
    for n, line in enumerate(text.split("\n"), start=1):
        for radical in RADICAL_RE.findall(line):
            if radical in table and f"{radical}→{table[radical]}" not in found.get(n, []):
                found.setdefault(n, []).append(f"{radical}→{table[radical]}")
    if not found:
        return text
    repairs.extend(_listed_by_line(found, "radical read as the ideograph it twins"))
    return text.translate(_radical_table())


# A program exporting text writes '?' for a character its code page lacks: a
# document whose headings end in such a glyph (a line-end mark, a private-use
# symbol) is exported with ' ?' closing each ('政府工作报告 ?'). Set off by a
# space, at a line's end, on several lines, it is that mark and no question:
# a question's mark follows its last word.
REPLACEMENT_END_RE = re.compile(r"(?<=[^\s?？]) +\?[ \t]*$", re.M)
REPLACEMENT_LINES = 2  # lines ending so before the mark is the exporter's


def _without_replacement_marks(text: str, repairs: list[tuple[int, str]]) -> str:
    """Each ' ?' closing a line, where several lines close so, removed and
    listed by line: the exporter's stand-in for a lost character."""
    found = {text.count("\n", 0, m.start()) + 1: ["?"] for m in REPLACEMENT_END_RE.finditer(text)}
    if len(found) < REPLACEMENT_LINES:
        return text
    repairs.extend(_listed_by_line(found, "an exporter's '?' for a character it could not write, removed at the line's end"))
    return REPLACEMENT_END_RE.sub("", text)


# The same stand-in for the full-width spaces that indent a paragraph (GB/T 9704
# 7.3.3, 左空二字): a page saved in a code page without U+3000 opens each
# paragraph with '?' for each ('??? 一、本市…', '??? 特此通知。'). Two or more at a
# line's start (after any indent the layout set), before its first word, on several lines, are that indent.
REPLACEMENT_INDENT_RE = re.compile(r"^(?P<lead>[ \t\u3000\xa0]*)\?{2,}[ \t\u3000\xa0]*(?=[^\s?？])", re.M)
# Where the page's indents came out so, any other space it set at a line's start came out as '?' too: one before a
# number pushed off the margin ('?某选字第1号'), or the run of spaces, some kept and some lost, that pushed the date
# to the right ('? ? ? ???????2021年10月11日'). No line opens with a question's mark, which follows its words.
REPLACEMENT_LEAD_RE = re.compile(r"^(?P<lead>[ \t\u3000\xa0]*)\?(?:[ \t\u3000\xa0]*\?)*[ \t\u3000\xa0]*(?=[^\s?？])",
                                 re.M)


def _without_replacement_indents(text: str, repairs: list[tuple[int, str]]) -> str:
    """Each run of '?' opening a line, where several lines open with two or
    more so, removed and listed by line: the exporter's stand-in for a
    paragraph's indent, and for any other space opening a line there."""
    found = {text.count("\n", 0, m.start()) + 1: ["?"] for m in REPLACEMENT_INDENT_RE.finditer(text)}
    if len(found) + len(REPLACEMENT_LINE_RE.findall(text)) < REPLACEMENT_LINES:
        return text
    found.update({text.count("\n", 0, m.start()) + 1: ["?"] for m in REPLACEMENT_LEAD_RE.finditer(text)})
    repairs.extend(_listed_by_line(found, "an exporter's '?' for the full-width spaces of an indent, removed at the "
                                          "line's start"))
    return REPLACEMENT_LEAD_RE.sub(_lead_without_marks, text)


def _lead_without_marks(match: re.Match) -> str:
    """An indent the layout kept before the marks stays. Marks set apart from the text by a column's gap stood
    for a line of the column to the left that the exporter could not write at all ('?' then spaces, then the
    right column's line, as a two-column page comes out of a layout-keeping text layer): they become spaces, so
    the line stays where its column stands; marks before a word are its paragraph's indent, and go."""
    marks = match.group(0)[len(match.group("lead")):]
    gap = len(marks) - len(marks.rstrip(" \t\u3000\xa0"))
    return match.group("lead") + (re.sub(r"\?", " ", marks) if gap >= WIDE_GAP else "")


# And for a blank line's only character, a full-width or no-break space a page kept between its title and its text:
# a line holding '?' alone says nothing; no sentence, title or heading is a mark alone. Nor a run of them: the
# full-width spaces a page set to fill a line (the blank row under a 版头's 发文字号, where print rules its red line,
# GB/T 9704 7.2.7), some kept as spaces ('???? ???'). Such lines are the exporter's too, as its indents are: they
# count with them above.
REPLACEMENT_LINE_RE = re.compile(r"^[ \t\u3000\xa0]*\?(?:[ \t\u3000\xa0]*\?)*[ \t\u3000\xa0]*$", re.M)


def _without_replacement_lines(text: str, repairs: list[tuple[int, str]]) -> str:
    """Each line holding only the exporter's '?' made blank, and listed by line."""
    found = {text.count("\n", 0, m.start()) + 1: ["?"] for m in REPLACEMENT_LINE_RE.finditer(text)}
    if not found:
        return text
    repairs.extend(_listed_by_line(found, "an exporter's '?' alone on a line (a blank line's space it could not "
                                          "write), removed"))
    return REPLACEMENT_LINE_RE.sub("", text)


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    return str.maketrans(twins())


# A web page or mirror that annotates characters with their pinyin ("發(fā)",
# "號(hào)") is no printed text: a Latin syllable with a tone mark, in brackets
# right after a Han character, is the page's annotation of that character.
# A syllable without a tone mark, or after anything but a Han character
# ("（a）", "面积(km²)"), is text.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
HAN = r"\u3400-\u9fff\uf900-\ufaff"
# After the character, or at the head of the line under it when the page's
# wrap fell between them (a blank line between, as an extractor that parts
# every line prints it; the spaces that centre or indent the line), or cut in
# two by the wrap ("實(s" / "hí)施"); or at the head of a column's line, when
# the character closed the line above in that column, as pdftotext -layout
# sets a page in two columns: each line the left column's and the right
# one's side by side ('…国有资本经    关于…' / '(jīng)营预算…    （甘发…）';
# '…号      (xiàng)的通知'). A mirror may write a space after the syllable,
# inside the bracket ('會(huì )', '創(chuàng )'): the annotation still, space and all.
PINYIN_RE = re.compile(rf"(?:(?<=[{HAN}])(?:\n{{1,2}}[ \u3000]*)?|(?<=[ \u3000]{{2}})|^[ \u3000]*)(?P<open>[(（])"
                       rf"(?P<syllable>[a-zü{TONED}]{{0,6}}(?:\n{{1,2}}[ \u3000]*)?[a-zü{TONED}]{{0,6}}) ?[)）]", re.M)


# A mirror may annotate without tone marks ('广(guang)安', '市(shi)(shi)县', the annotation doubled): a
# bracketed syllable with no tone mark right after a Han character is the page's annotation when it is a
# reading of that character (广 guang, 府 fu; '方案(a)', '面积(km)' are text), and the page annotates so
# more than once; brackets written twice over carry the same syllable.
# The wrap may fall where it falls for a toned one (PINYIN_RE): before the bracket or inside the syllable.
WRAP = r"(?:\n{1,2}[ \u3000]*)?"
TONELESS_SYLLABLE = rf"[a-zü]{{0,6}}{WRAP}[a-zü]{{0,6}}"
TONELESS_RE = re.compile(rf"(?<=[{HAN}]){WRAP}(?P<open>[(（])(?P<syllable>{TONELESS_SYLLABLE})[)）]"
                         rf"(?:{WRAP}[(（]{TONELESS_SYLLABLE}[)）])*")
BRACKETED_RE = re.compile(r"[(（]([^()（）]*)[)）]")
TONELESS_LEAST = 2  # annotations on the page: one bracket that happens to spell a reading is no annotating page


# On a page set in two columns (pdftotext -layout) a column's wrap may cut an annotation in two, each piece in the
# same column of two lines that the other column's text parts: the left column's line ends on the bracket's opening
# piece, the right column's text after the gap, and the left column's next line opens on the rest ('…城鄉(xi    出租人…'
# / 'āng)建設…'); or the right column's line ends on the opening piece and the right column's next line, after the
# left column's text and the gap, opens on the rest ('…關(guā' / '现常态化…    n)于印發…'). The rest is set back after
# its opening piece, the gap keeping what follows it in its column: one annotation, which _without_pinyin takes out.
LETTERS = f"[a-zü{TONED}]"
LEFT_CUT_RE = re.compile(rf"(?<=[{HAN}])(?P<open>[(（]{LETTERS}{{1,5}})(?P<gap>[ \u3000]{{2,}})(?P<right>\S[^\n]*)\n"
                         rf"(?P<rest>{LETTERS}{{1,5}} ?[)）])(?P<left>[^\n]*?)(?P<gap2>[ \u3000]{{2,}}|(?=\n)|$)")
RIGHT_CUT_RE = re.compile(rf"(?<=[{HAN}])(?P<open>[(（]{LETTERS}{{1,5}})\n(?P<left>[^\n]*?\S[ \u3000]{{2,}})"
                          rf"(?P<rest>{LETTERS}{{1,5}} ?[)）])")


def _cut_syllable(han: str, open_piece: str, rest: str) -> bool:
    """The two pieces are one bracketed syllable of six letters at most, a tone mark in it or a reading of han."""
    syllable = open_piece[1:] + rest.rstrip(")） ")
    return len(syllable) <= 6 and (any(c in TONED for c in syllable) or syllable in _readings(han))


def _column_cuts_joined(text: str) -> str:
    """Annotations a column's wrap cut over two lines of a page in two columns set whole on the first line."""
    def left(m: re.Match) -> str:
        if not _cut_syllable(m.string[m.start() - 1], m.group("open"), m.group("rest")):
            return m.group()
        shift = _printed_columns(m.group("rest"))
        gap = " " * max(2, len(m.group("gap")) - shift)
        gap2 = m.group("gap2") + " " * shift if m.group("gap2") else ""
        return f"{m.group('open')}{m.group('rest')}{gap}{m.group('right')}\n{m.group('left')}{gap2}"

    def right(m: re.Match) -> str:
        if not _cut_syllable(m.string[m.start() - 1], m.group("open"), m.group("rest")):
            return m.group()
        return f"{m.group('open')}{m.group('rest')}\n{m.group('left')}"

    return RIGHT_CUT_RE.sub(right, LEFT_CUT_RE.sub(left, text))


def _annotations(text: str) -> list[re.Match]:
    """One syllable (six letters at most), a tone mark in it; or, without a
    tone mark, the reading of the character before it (TONELESS_RE)."""
    toned = [m for m in PINYIN_RE.finditer(text)
             if len(syllable := re.sub(r"\s", "", m.group("syllable"))) <= 6 and any(c in TONED for c in syllable)]
    toneless = [m for m in TONELESS_RE.finditer(text) if _reads(text[m.start() - 1], m.group())]
    if len(toneless) < TONELESS_LEAST:
        return toned
    return sorted(toned + toneless, key=lambda m: m.start())


def _reads(han: str, annotation: str) -> bool:
    """Each bracket of the annotation holds a reading of the character, its wrap aside."""
    readings = _readings(han)
    return all(re.sub(r"\s", "", syllable) in readings for syllable in BRACKETED_RE.findall(annotation))


def _readings(han: str) -> set[str]:
    """The character's readings without tone marks ('ü' as pypinyin writes it, and as 'v' and 'u')."""
    from pypinyin import Style, pinyin
    readings = set(pinyin(han, style=Style.NORMAL, heteronym=True)[0])
    return readings | {r.replace("ü", "v") for r in readings} | {r.replace("ü", "u") for r in readings}


def _without_pinyin(text: str, repairs: list[tuple[int, str]], annotated: dict[int, list[tuple[int, int]]]) -> str:
    """Pinyin annotations removed (the line a wrap cut one over stays a
    line), each line's listed with the character it followed, so the report
    says what was taken out; the first few lines listed, the rest counted.
    The columns each line gave them are kept, with where on the line
    each stood (annotated): a line that filled the page's measure with
    them was wrapped, not ended, and on a page in two columns it is the
    column that held them. Text a gap sets apart after one keeps its
    column (_gaps_widened)."""
    found: dict[int, list[str]] = {}
    matches = _annotations(text)
    pads = _gaps_widened(text, matches)
    kept, done, line = [], 0, 1
    for match in matches:
        line += text.count("\n", done, match.start())
        han = text[match.start() - 1].strip() or "…"  # (at a column's head: the character closed the other column)
        found.setdefault(line + text.count("\n", match.start(), match.start("open")), []).append(
            han + re.sub(r"\s", "", match.group()))  # (listed on the line its bracket opens)
        kept += [_padded(text, done, match.start(), pads), "\n" * match.group().count("\n")]
        at = match.start()
        for n, piece in enumerate(match.group().split("\n")):  # a wrap may cut one over two lines
            if piece:
                column = display_width(text[text.rfind("\n", 0, at) + 1:at])
                annotated.setdefault(line + n, []).append((column, _printed_columns(piece)))
            at += len(piece) + 1
        line += match.group().count("\n")
        done = match.end()
    if not found:
        return text
    repairs.extend(_listed_by_line(found, "pinyin annotation after a Han character removed"))
    return "".join(kept) + _padded(text, done, len(text), pads)


# Two spaces or more: a gap a text layer that keeps the print's places (pdftotext -layout) sets between columns
PLACE_GAP_RE = re.compile(r"[ \u3000]{2,}")


def _gaps_widened(text: str, matches: list[re.Match]) -> dict[int, int]:
    """Spaces to add at each gap (by its index in text) so that what a line
    sets after the gap keeps its column once the annotations before it on
    that line are taken out: a page's right column, a table's next cell.
    One that opens a line (its character closed the line above) is taken out
    with the spaces that indent it."""
    pads: dict[int, int] = {}
    for match in matches:
        end = text.find("\n", match.end())
        gap = PLACE_GAP_RE.search(text, match.end(), len(text) if end < 0 else end)
        if gap:
            pads[gap.start()] = pads.get(gap.start(), 0) + _printed_columns(match.group().rsplit("\n", 1)[-1])
    return pads


def _printed_columns(annotation: str) -> int:
    """The columns an annotation took in print: a Latin letter one, a toned
    one two (GB 2312 holds ā…ǜ, and Chinese fonts set them full width as
    they set '“'), though a fixed-pitch count takes it for one."""
    return int(2 * width(annotation))


def _padded(text: str, start: int, end: int, pads: dict[int, int]) -> str:
    """text[start:end] with the spaces pads asks for added."""
    at = sorted(i for i in pads if start <= i < end)
    if not at:
        return text[start:end]
    pieces, done = [], start
    for i in at:
        pieces += [text[done:i], " " * pads[i]]
        done = i
    return "".join(pieces) + text[done:end]


def _listed_by_line(found: dict[int, list[str]], what: str) -> list[tuple[int, str]]:
    """The first few lines' repairs, each with what it changed; the rest counted."""
    listed = sorted(found.items())
    out = [(n, f"{what}: {' '.join(shown)}") for n, shown in listed[:REPAIRS_LISTED]]
    if len(listed) > REPAIRS_LISTED:
        rest = sum(len(shown) for _, shown in listed[REPAIRS_LISTED:])
        out.append((listed[REPAIRS_LISTED][0], f"{what}: {rest} more on {len(listed) - REPAIRS_LISTED} lines from this line on"))
    return out


def _listed_text(text: str, offsets: list[int], what: str) -> list[tuple[int, str]]:
    return _listed(text.encode("utf-8"), [len(text[:o].encode("utf-8")) for o in offsets[:REPAIRS_LISTED + 1]],
                   what, total=len(offsets))


def _decode(data: bytes, encodings: tuple[str, ...]) -> Decoded:
    repairs = []
    if b"\x00" in data:
        # One NUL in a real gazette (a copy fault) must not lose the gazette.
        if data.count(b"\x00") > max(REPAIRS_LISTED, len(data) * MAX_BAD_SHARE):
            raise InputError("binary file (contains NUL bytes)", _line_of(data, data.index(b"\x00")))
        repairs = _listed(data, [i for i, b in enumerate(data) if b == 0], "NUL byte removed")
        data = data.replace(b"\x00", b"")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return Decoded(_lines(text), encoding, repairs)
        raise InputError("binary file (mostly control or unassigned characters)")
    # Undecodable bytes: the encoding that needs the fewest repairs, each listed.
    best = min(encodings, key=lambda e: data.decode(e, errors="replace").count("\ufffd"))
    text = data.decode(best, errors="replace")
    bad = _bad_offsets(data, best)
    if len(bad) > len(text) * MAX_BAD_SHARE or not _looks_like_text(text):
        raise InputError(f"binary file, or text in an unknown encoding (undecodable byte at offset {bad[0]})",
                         _line_of(data, bad[0]))
    return Decoded(_lines(text), best, repairs + _listed(data, bad, f"undecodable byte shown as \ufffd ({best})"))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: many NUL bytes (the high byte of every ASCII
    character: line ends, digits, spaces), most on one parity of offsets."""
    head = data[:20000]
    nuls = head.count(0)
    if len(data) % 2 or nuls <= REPAIRS_LISTED:
        return None
    odd = head[1::2].count(0) / nuls
    encoding = "utf-16-le" if odd >= 0.7 else "utf-16-be" if odd <= 0.3 else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return Decoded(_lines(text), encoding) if "\n" in text and _looks_like_text(text) else None


def _bad_offsets(data: bytes, encoding: str) -> list[int]:
    """Offsets of the undecodable bytes, in one pass (an error handler that records)."""
    _recorded.clear()
    data.decode(encoding, errors="gazette-record")
    return list(_recorded)


_recorded: list[int] = []


def _record(error: UnicodeDecodeError) -> tuple[str, int]:
    _recorded.append(error.start)
    return "\ufffd", error.end


codecs.register_error("gazette-record", _record)


def _listed(data: bytes, offsets: list[int], what: str, total: int | None = None) -> list[tuple[int, str]]:
    """The first few repairs of a kind, each at its line; the rest counted."""
    total = len(offsets) if total is None else total
    out = [(_line_of(data, o), what) for o in offsets[:REPAIRS_LISTED]]
    if total > REPAIRS_LISTED:
        out.append((_line_of(data, offsets[REPAIRS_LISTED]),
                    f"{what}: {total - REPAIRS_LISTED} more from this line on"))
    return out


# What else ends a line (Unicode's line boundaries, UAX #14 BK): a word processor's manual line break (a
# vertical tab, as Word keeps it), NEL, the line and paragraph separators some extractors and web pages write.
# A form feed stays: an extractor's page break (pdftotext), which the layout stage reads at a line's head.
LINE_BREAK_CHARS = "\x0b\x1c\x1d\x1e\x85\u2028\u2029"
LINE_BREAKS = str.maketrans({ch: "\n" for ch in LINE_BREAK_CHARS})


def _lines(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").translate(LINE_BREAKS)


def _looks_like_text(text: str) -> bool:
    """GB18030 decodes many binary files; demand mostly printable characters
    (each character looked up once: a file repeats a few thousand)."""
    sample = text[:20000]
    bad = sum(n for ch, n in collections.Counter(sample).items()
              if ch not in "\t\n\r\x0c" + LINE_BREAK_CHARS and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
    return bad <= len(sample) * MAX_BAD_SHARE


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
