"""Lay out development-set documents the ways extractors and gazette offices do.

The converter must find documents in any of these shapes, so the harness
(measure.py) feeds it each of them and checks the result against the
hand-checked records in expected.yaml:

- ``run_together``: the documents one after another in one file, one line
  per paragraph, no masthead, no 目录 (what a batch export of a document
  database gives), or every paragraph hard-wrapped at 18–30 columns (a batch
  of PDFs extracted into one file);
- ``printed_issue``: a printed gazette issue as a PDF extractor gives it: a
  masthead (name, 期号, date), a 目录 with section headings and page numbers,
  every line — titles too — hard-wrapped at 18–30 display columns as a
  typesetter breaks them (a run of Latin letters and figures kept whole,
  UAX #14; the other layouts' fixed-width wrap cuts anywhere), and a
  page-number footer and a running header every ~35 lines, wherever the page
  break falls (mid-paragraph, mid-title); some 发文字号 printed in brackets
  under the title, as gazettes reprint them: （国发〔2019〕5号） or
  （2019年1月27日　国发〔2019〕5号）; or with each 目录 entry's spaced
  leaders and bracketed page on lines of their own, as the text layer of a
  scanned issue has them ('. . . . .' / '(54)'); or with each entry's
  发文字号 in brackets after its title, before its leaders and page, as
  provincial gazettes print their 目录 ('（某政发〔2021〕3号）……12');
- ``singles``: one document per file, as many offices publish them;
- ``indented``: the documents in one file as a word processor's text export
  or an extractor that keeps the page's positions gives them: each body
  paragraph's first line indented two characters (GB/T 9704 7.3.3), every
  line wrapped; the title, 发文字号, signature and 成文日期 either flush left
  (a text export drops paragraph alignment) or placed by spaces, centred
  and set right, as ``pdftotext -layout`` does;
- ``ocr_spaced``: the documents in one file as OCR of scanned pages gives
  them, with spaces between numbers and the characters around them and
  between Han characters at random, inside words as often as between them;
- ``radicals``: every line wrapped, each character whose glyph a CJK font
  shares with a radical given as that radical (U+2E80–U+2FDF), as pdfminer,
  PDFBox and others extract a PDF whose ToUnicode map names the radical;
- ``stop_lines``: every line wrapped, each paragraph's closing mark on a line
  of its own, as PyMuPDF extracts a PDF that sets it apart from its line;
- ``boxes_joined``: each title run into its 主送, as an extractor that joins
  text boxes standing close gives them;
- ``labels_apart``: each article's label (第X条) on a line of its own, its
  text under it, as the People's Bank's own extraction and a city's web page
  give a rule;
- ``placed_issue``: a printed issue as ``pdftotext -layout`` gives it, every
  line placed by spaces (masthead, title and 发文字号 centred, the body's
  first lines indented, signature and date set right, the 目录's pages set
  right, page furniture centred, a form feed at each page's head) and the
  title set larger than the body, so that its lines hold fewer characters;
  ``placed_singles`` the same of each document's own PDF.

Each takes ``blank``: a blank line between paragraphs, or none. Everything is
a pure function of its arguments; randomness comes from a seeded
``random.Random``, so a layout is the same on every run.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Optional

from builder.stages.layout import BAR_ROW_RE
from builder.text.radicals import twins

# Closing punctuation does not start a line, opening brackets do not end one
# (the 禁则 of Chinese typesetting): the first hangs at the line end, the
# second moves down with what it opens.
NO_LINE_START = "，。、；：！？）》”’」』】〕…,.;:!?)%"
NO_LINE_END = "（《“‘「『【〔("
WORD_RE = re.compile(r"[0-9A-Za-z]")  # what a typesetter keeps together: a run of Latin letters and figures
WORD_END_RE = re.compile(r"[0-9A-Za-z]+$")
FOOTERS = ("— {} —", "- {} -", "·{}·", "{}")


@dataclass(frozen=True)
class Document:
    """One development-set document: its text as published, one paragraph a
    line (table rows as tab-separated cells), and what the layouts need to
    know of its frame."""

    id: str
    paragraphs: tuple[str, ...]
    title: str
    doc_number: Optional[str]
    date: Optional[str]  # YYYY-MM-DD
    section: str  # the 目录 heading it is listed under, e.g. 国务院文件
    addressees: Optional[str] = None  # its 主送, as the record gives it


@dataclass(frozen=True)
class Layout:
    """A laid-out file: its name stem and its text."""

    stem: str
    text: str


def width(text: str) -> float:
    """Display columns: an ASCII character takes half a column, as in print."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


# A row of columns set side by side, parted by runs of spaces: joint issuers
# signing two a line ("XX省卫生厅        XX省教育厅"). Each cell is a name, not
# a sentence; a letter-spaced title ("指  导  意  见") has cells of one character.
COLUMN_GAP_RE = re.compile(r"[ \u3000]{2,}")
CELL_RE = re.compile(r"^[^，。；：,.;:]{4,}$")


def is_row(paragraph: str) -> bool:
    """A table row as extracted: its cells parted by tabs, or by the bars a
    web page's table copied as text closes them with ('规章 | 0 | 0 | 0 |')."""
    return "\t" in paragraph or bool(BAR_ROW_RE.search(paragraph))


def wrap(text: str, columns: float, words: bool = False) -> list[str]:
    """Cut a paragraph into lines of at most ``columns`` display columns
    (closing punctuation may hang one past it). ``words``: a run of Latin
    letters and figures is kept whole ('20204293', 'HHCR'), carried to the
    next line and the line left short, as a typesetter breaks lines (UAX #14;
    Word and WPS unless told to break Latin words); without it the line is
    cut at any character, as a fixed-width wrap cuts. A table row is kept whole:
    extractors give rows, not wrapped cells. So is a row of names side by
    side (a joint signature): the typesetter sets it within the measure,
    narrowing the gap, or, when two names cannot share a line, one name a
    line; a PDF extractor gives the printed lines, and no printed line
    breaks a name mid-way to fill the measure as running text does."""
    if is_row(text):
        return [text]
    cells = COLUMN_GAP_RE.split(text.strip())
    if len(cells) > 1 and all(CELL_RE.match(cell) for cell in cells):
        if width(text) <= columns:
            return [text]
        if sum(map(width, cells)) + 0.5 * (len(cells) - 1) <= columns:
            return [" ".join(cells)]
        return [line for cell in cells for line in wrap(cell, columns, words)]
    lines: list[str] = []
    line, used = "", 0.0
    for ch in text:
        step = 0.5 if ch.isascii() else 1.0
        if used + step > columns and line and ch not in NO_LINE_START:
            carry = ""
            while line and line[-1] in NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            if words and not carry and WORD_RE.match(ch) and (run := WORD_END_RE.search(line)) and run.start():
                carry, line = run.group(), line[:run.start()]
            if line:
                lines.append(line)
            line, used = carry, width(carry)
        line += ch
        used += step
    return lines + [line] if line else lines


def laid_out(paragraphs: list[str], columns: Optional[float] = None) -> list[str]:
    """One line a paragraph, or every paragraph hard-wrapped at ``columns``."""
    return [line for p in paragraphs for line in (wrap(p, columns) if columns else [p])]


def join(lines: list[str], blank: bool) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


# ---------------------------------------------------------------- (a) run together

def run_together(docs: list[Document], blank: bool = False, columns: Optional[int] = None) -> Layout:
    """All documents in one file, one line a paragraph, nothing between them;
    or every paragraph (titles too) hard-wrapped at ``columns``, as an
    extractor gives the same documents printed in one file."""
    name = "together" if columns is None else f"together-{columns}"
    return Layout(name, join(laid_out([p for doc in docs for p in doc.paragraphs], columns), blank))


# ---------------------------------------------------------------- (c) one per file

def singles(docs: list[Document], blank: bool = False) -> list[Layout]:
    return [Layout(doc.id, join(list(doc.paragraphs), blank)) for doc in docs]


# ---------------------------------------------------------------- (b) printed issue

def reprint_number(doc: Document, style: str) -> list[str]:
    """The document's paragraphs with its 发文字号 line as a gazette reprints
    it: as published ("own"), in brackets ("paren"), or in brackets after the
    成文日期 ("dated"); a document printing no 成文日期 (an excerpt cut before
    its signature) keeps the brackets alone. A gazette prints the brackets
    right under the title, also when the original printed the number above
    it, in its 版头 (GB/T 9704 7.2.4): no gazette prints a bracket over a
    title. A 令's number over its promulgation sentence (the title it numbers
    comes after its signature) is the order's own 版头, printed as issued."""
    if style == "own" or not doc.doc_number or doc.doc_number not in doc.paragraphs:
        return list(doc.paragraphs)
    at = doc.paragraphs.index(doc.doc_number)
    title = [i for i, role in enumerate(roles(doc)) if role == "title"]
    if title and at + 1 < title[0]:
        return list(doc.paragraphs)
    if style == "paren" or not doc.date:
        printed = f"（{doc.doc_number}）"
    else:
        year, month, day = (int(x) for x in doc.date.split("-"))
        printed = f"（{year}年{month}月{day}日　{doc.doc_number}）"
    if not title or at > title[0]:
        return [printed if p == doc.doc_number else p for p in doc.paragraphs]
    out = list(doc.paragraphs)
    del out[at]
    out.insert(title[-1], printed)  # under the title's last line, which moved up one
    return out


def paginate(lines: list[str], sections: list[str], rng: random.Random, header: str,
             footer: str, folioed: bool = False) -> tuple[list[str], list[int]]:
    """Insert a page-number footer and the next page's running header every
    33–37 lines, wherever that falls: the gazette's name and issue on even
    pages, the section of the document under way (国务院文件) on odd pages,
    as gazettes print them; or, ``folioed``, no footer and the page's number
    at the head's outer end, as a book's 书眉 sets it ('12　XX市人民政府公报　2021年第3号',
    '部门文件　13'). Returns the lines and the page of each input line."""
    out: list[str] = []
    pages: list[int] = []
    page, left = 1, rng.randint(33, 37)
    for line, section in zip(lines, sections):
        if left == 0:
            page, left = page + 1, rng.randint(33, 37)
            if folioed:
                out.append(f"{page}　{header}" if page % 2 == 0 else f"{section}　{page}")
            else:
                out.extend([footer.format(page - 1), header if page % 2 == 0 else section])
        out.append(line)
        pages.append(page)
        left -= 1
    return out + ([] if folioed else [footer.format(page)]), pages


COLUMN_LINES = 38  # lines of each column of a page printed in two columns
GUTTER = 4  # display columns between the two columns


def two_column_issue(docs: list[Document], seed: int, number: int, name: str) -> Layout:
    """One printed issue of ``docs`` whose pages set two columns side by
    side, as a text layer that keeps the print's places gives them
    (``pdftotext -layout``): masthead and 目录 across the page, then on each
    page the running head centred (none on the first; paginate's heads),
    each line the left column's line, spaces
    up to the right column's start, the right column's line (the column set
    on from the left one's foot), the page number centred under them; every
    line wrapped at one width drawn from 18–24 characters, runs of Latin
    letters and figures kept whole."""
    rng = random.Random(seed)
    order = [doc.section for doc in docs]
    docs = sorted(docs, key=lambda doc: order.index(doc.section))
    columns = rng.randint(18, 24)
    last = max((doc.date for doc in docs if doc.date), default=None) or undated_issue_date(docs)
    year = int(last[:4])
    issue = f"{year}年第{number}号"
    body: list[str] = []
    sections: list[str] = []  # the section of each body line's document
    starts: list[int] = []
    for doc in docs:
        starts.append(len(body))
        for paragraph in reprint_number(doc, rng.choice(("own", "paren", "dated"))):
            body.extend(wrap(paragraph, columns, words=True))
        sections.extend([doc.section] * (len(body) - len(sections)))
    measure = 2 * columns  # display columns: a Han character takes two
    out: list[str] = []
    firsts: list[int] = []  # the body line each page begins with
    for page, i in enumerate(range(0, len(body), 2 * COLUMN_LINES), start=1):
        left, right = body[i:i + COLUMN_LINES], body[i + COLUMN_LINES:i + 2 * COLUMN_LINES]
        firsts.append(i)
        if page > 1:  # (as paginate heads them)
            head = f"{name}　{issue}" if page % 2 == 0 else sections[i]
            out.append(" " * int(measure + GUTTER // 2 - width(head)) + head)
        for k, line in enumerate(left):
            other = right[k] if k < len(right) else ""
            out.append(line + " " * max(2, int(measure + GUTTER - 2 * width(line) + 0.5)) + other if other else line)
        out.append(" " * (measure + GUTTER // 2 - 2) + f"- {page} -")
    toc = ["目　　录"]
    section = None
    for doc, start in zip(docs, starts):
        if doc.section != section:
            section = doc.section
            toc.append(section)
        entry = wrap(doc.title, 2 * columns, words=True)
        entry[-1] += f"……{max(p for p, first in enumerate(firsts, start=1) if first <= start)}"
        toc.extend(entry)
    month, day = int(last[5:7]), int(last[8:10])
    mast = [name, issue, f"（总第{900 + number}期）", f"{year}年{month}月{day}日"]
    return Layout(f"issue-{number}", "\n".join(mast + toc + [""] + out) + "\n")


def spread(docs: list[Document], seed: int, issue: Callable[[list[Document], int, int], Layout],
           per_issue: tuple[int, int] = (4, 7)) -> list[Layout]:
    """The documents spread over consecutive issues of 4–7 documents each, ``issue(docs, seed, number)`` laying
    out each."""
    rng = random.Random(seed)
    out, i, number = [], 0, 1
    while i < len(docs):
        n = rng.randint(*per_issue)
        out.append(issue(docs[i:i + n], seed * 100 + number, number))
        i, number = i + n, number + 1
    return out


def two_column_issues(docs: list[Document], seed: int, name: str) -> list[Layout]:
    """The documents spread over consecutive issues, pages in two columns."""
    return spread(docs, seed, lambda part, at, number: two_column_issue(part, at, number, name))


# A 目录 entry as the text layer of a scanned issue gives it (the State Council gazette 1993 No. 2
# on Wikisource): the title, a line of spaced leaders, the page in brackets on a line of its own.
LEADER_LINE = ". " * 40 + "."


def printed_issue(docs: list[Document], seed: int, number: int, name: str,
                  blank: bool = False, leader_lines: bool = False, numbered: bool = False,
                  folioed: bool = False, pages: str = "leaders", banners: bool = False) -> Layout:
    """One printed issue of ``docs``: masthead, 目录, then the documents,
    every line wrapped at one width drawn from 18–30 columns, with page
    furniture. ``number`` is the issue's 期号; ``leader_lines`` sets each
    目录 entry's leaders and page on lines of their own; ``numbered`` gives
    each entry its document's 发文字号 in brackets after the title, on a line
    of its own before the leaders and page, as provincial gazettes print
    their 目录 ('…的通知' / '（某政发〔2021〕3号）……12'); ``folioed`` prints
    each page's number in its running head, no footer (paginate). ``pages``
    sets the 目录's pages after leaders ("leaders"), apart by spaces with
    none ("spaced", as pdftotext -layout gives a 目录 printed without
    leaders), one a line after all the titles ("after", an extractor that
    reads the column of pages after the column of titles) or not at all
    ("none", a web page's list of the issue); ``banners`` prints each
    section's name over its first document, set off ('【市政府文件】'), as
    many city gazettes head a 栏目."""
    rng = random.Random(seed)
    order = [doc.section for doc in docs]
    docs = sorted(docs, key=lambda doc: order.index(doc.section))  # grouped under their 目录 heading
    columns = rng.randint(18, 30)
    footer = rng.choice(FOOTERS)
    last = max((doc.date for doc in docs if doc.date), default=None) or undated_issue_date(docs)
    year = int(last[:4])
    issue = f"{year}年第{number}号"
    header = f"{name}　{issue}"

    body: list[str] = []
    sections: list[str] = []
    starts: list[int] = []  # index in body of each document's first line
    for k, doc in enumerate(docs):
        if banners and (k == 0 or doc.section != docs[k - 1].section):
            body.append(f"【{doc.section}】")
        starts.append(len(body))
        style = rng.choice(("own", "own", "paren", "dated"))
        for paragraph in reprint_number(doc, style):
            body.extend(wrap(paragraph, columns, words=True) + ([""] if blank else []))
        sections.extend([doc.section] * (len(body) - len(sections)))
    paged, on_page = paginate(body, sections, rng, header, footer, folioed)

    toc = ["目　　录"]
    leader = rng.choice((" ", "……", "………………"))
    section = None
    for doc, start in zip(docs, starts):
        if doc.section != section:
            section = doc.section
            toc.append(section)
        entry = wrap(doc.title, columns, words=True) + ([f"（{doc.doc_number}）"] if numbered and doc.doc_number else [])
        if leader_lines:
            entry += [LEADER_LINE, f"({on_page[start]})"]
        elif pages == "leaders":
            entry[-1] += f"{leader}{on_page[start]}"
        elif pages == "spaced":
            entry[-1] += " " * 6 + str(on_page[start])
        toc.extend(entry)
    toc += [str(on_page[start]) for start in starts] if pages == "after" else []
    month, day = int(last[5:7]), int(last[8:10])
    mast = [name, issue, f"（总第{900 + number}期）", f"{year}年{month}月{day}日"]
    front = mast + ([""] if blank else []) + [line for e in toc for line in ([e, ""] if blank else [e])]
    text = "\n".join(front + [""] + paged) + "\n"
    return Layout(f"issue-{number}", text)


def undated_issue_date(docs: list[Document]) -> str:
    """An issue none of whose documents prints a 成文日期 (statistics, chronicles)
    still has a date on its masthead: the end of the latest year its titles name."""
    years = [int(y) for doc in docs for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", doc.title)]
    return f"{max(years, default=2000)}-12-31"


def printed_issues(docs: list[Document], seed: int, name: str, blank: bool = False,
                   per_issue: tuple[int, int] = (4, 7), leader_lines: bool = False,
                   numbered: bool = False, folioed: bool = False, pages: str = "leaders",
                   banners: bool = False) -> list[Layout]:
    """The documents spread over consecutive printed issues."""
    return spread(docs, seed, lambda part, at, number: printed_issue(part, at, number, name, blank, leader_lines,
                                                                     numbered, folioed, pages, banners), per_issue)


# A title is set larger than the body (GB/T 9704 7.3.1: 2号小标宋 against the body's 3号仿宋): its lines hold
# about four fifths of the body's characters.
TITLE_SHARE = 0.8


def placed_issue(docs: list[Document], seed: int, number: int, name: str, alone: bool = False) -> Layout:
    """One printed issue of ``docs`` as ``pdftotext -layout`` gives it: each
    line placed by spaces where the page sets it (an ASCII space half a
    display column): masthead and 目录 heading centred, each 目录 entry's
    page set right on its last line; in the body, the title (wrapped at
    TITLE_SHARE of the measure, as its larger type wraps) and the 发文字号
    centred, the 主送 flush left, each body paragraph's first line indented
    two characters (GB/T 9704 7.3.3), signature and 成文日期 set right four
    characters in (7.3.5); every page's number centred under it, a form feed
    and the next page's running head centred over the next, a blank line
    under it; a title and its 发文字号 never run over a page's foot, as no
    typesetter lets them. The body is wrapped at one width drawn from 20–30
    columns, runs of Latin letters and figures kept whole. ``alone``: the document's own PDF (one document in ``docs``),
    no masthead, no 目录 and no running heads, its pages numbered."""
    rng = random.Random(seed)
    order = [doc.section for doc in docs]
    docs = sorted(docs, key=lambda doc: order.index(doc.section))
    columns = rng.randint(20, 30)
    measure = 2 * columns  # display columns

    def centred(text: str) -> str:
        return " " * max(0, int(measure / 2 - width(text))) + text

    def set_right(text: str) -> str:
        return " " * max(0, int(measure - 2 * width(text) - 8)) + text

    footer = rng.choice(FOOTERS)
    last = max((doc.date for doc in docs if doc.date), default=None) or undated_issue_date(docs)
    year = int(last[:4])
    issue = f"{year}年第{number}号"
    body: list[str] = []
    sections: list[str] = []
    starts: list[int] = []
    heads: dict[int, int] = {}  # a title block's first body line -> its lines (title and 发文字号, kept on one page)
    for doc in docs:
        starts.append(len(body))
        paragraphs = reprint_number(doc, rng.choice(("own", "paren", "dated")))
        placed = roles(doc) if len(paragraphs) == len(doc.paragraphs) else None
        for k, paragraph in enumerate(paragraphs):
            role = placed[k] if placed else "body"
            if role == "body" and re.fullmatch(r"（.*〔\d{4}〕.*号）", paragraph):
                role = "number"  # (the 发文字号 a gazette reprints in brackets under the title)
            if role == "row":
                body.append(paragraph)
            elif role == "body":
                lines = wrap("\u3000\u3000" + paragraph, columns, words=True)  # (a row of names set side by side is not indented)
                body.extend(["    " + lines[0].removeprefix("\u3000\u3000")] + lines[1:])
            elif role in ("title", "number"):
                first = next((k for k in heads if k + heads[k] == len(body)), len(body))
                body.extend(centred(line) for line in wrap(paragraph, int(columns * TITLE_SHARE), words=True))
                heads[first] = len(body) - first
            elif role in ("sign", "date"):
                body.extend(set_right(line) for line in wrap(paragraph, columns - 4, words=True))
            else:
                body.extend(wrap(paragraph, columns, words=True))
        sections.extend([doc.section] * (len(body) - len(sections)))
    paged: list[str] = []
    pages: list[int] = []
    page, left = 1, rng.randint(33, 37)
    for k, (line, section) in enumerate(zip(body, sections)):
        if left == 0 or heads.get(k, 0) > left:  # (a title never runs over a page: the page ends above it)
            head = f"{name}　{issue}" if (page + 1) % 2 == 0 else section
            paged += [centred(footer.format(page))] + (["\f"] if alone else ["\f" + centred(head), ""])
            page, left = page + 1, rng.randint(33, 37)
        paged.append(line)
        pages.append(page)
        left -= 1
    paged.append(centred(footer.format(page)))
    toc = [centred("目　　录")]
    section = None
    for doc, start in zip(docs, starts):
        if doc.section != section:
            section = doc.section
            toc.append(section)
        entry = wrap(doc.title, columns - 3, words=True)
        folio = str(pages[start])
        entry[-1] += " " * max(2, int(measure - 2 * width(entry[-1]) - len(folio))) + folio
        toc.extend(entry)
    month, day = int(last[5:7]), int(last[8:10])
    mast = [centred(name), centred(issue), centred(f"（总第{900 + number}期）"), centred(f"{year}年{month}月{day}日")]
    if alone:
        return Layout(docs[0].id, "\n".join(paged) + "\n")
    return Layout(f"issue-{number}", "\n".join(mast + [""] + toc + [""] + paged) + "\n")


def placed_singles(docs: list[Document], seed: int) -> list[Layout]:
    """Each document alone, as pdftotext -layout gives its own PDF (placed_issue, ``alone``)."""
    return [placed_issue([doc], seed * 1000 + k, 1, "", alone=True) for k, doc in enumerate(docs)]


def placed_issues(docs: list[Document], seed: int, name: str) -> list[Layout]:
    """The documents spread over consecutive issues, placed as pdftotext -layout gives them."""
    return spread(docs, seed, lambda part, at, number: placed_issue(part, at, number, name))


# ---------------------------------------------------------------- (d) indented

DATE_LINE_RE = re.compile(r"^[（(]?[0-9０-９〇○零一二三四五六七八九十]{4}\s*年[^。，,]{1,4}月[^。，,]{1,4}日[）)]?$")
SENTENCE_PUNCTUATION = tuple("。，；：！？,;:")


def roles(doc: Document) -> list[str]:
    """What the print does with each paragraph's place on the line: the
    title ("title") and the 发文字号 ("number") centred, the 主送机关 flush
    left ("addressee"), the signature ("sign") and the 成文日期 ("date") set
    right, a table row ("row") as extracted, the rest ("body") indented."""
    out = ["row" if is_row(p) else "body" for p in doc.paragraphs]
    title = re.sub(r"\s", "", doc.title)
    for start in range(len(doc.paragraphs)):  # (a long text may print its 目录 or its page's list over its title)
        joined = ""
        for end in range(start, len(doc.paragraphs)):
            joined += re.sub(r"\s", "", doc.paragraphs[end])
            if not title.startswith(joined):
                break
            if joined == title:
                out[start:end + 1] = ["title"] * (end + 1 - start)
                break
        if "title" in out:
            break
    for i, p in enumerate(doc.paragraphs):
        if out[i] != "body":
            continue
        if doc.doc_number and p.strip() == doc.doc_number:
            out[i] = "number"
        elif DATE_LINE_RE.match(p.strip()):
            out[i] = "date"
            above = i - 1
            while above >= 0 and out[above] == "body" and len(doc.paragraphs[above]) <= 30 \
                    and not doc.paragraphs[above].rstrip().endswith(SENTENCE_PUNCTUATION) and i - above <= 3:
                out[above] = "sign"
                above -= 1
    # The 主送机关: after the title block and the 发文字号, the paragraphs up to
    # the first ending in a colon (a page may have cut it, "…經濟開發" / "區管委會：").
    head = max((i for i, r in enumerate(out[:8]) if r in ("title", "number")), default=None)
    if head is not None:
        for end in range(head + 1, min(head + 4, len(out))):
            text = doc.paragraphs[end].rstrip()
            if out[end] != "body" or text.endswith(tuple("。；！？")):
                break
            if text.endswith(("：", ":")):
                out[head + 1:end + 1] = ["addressee"] * (end - head)
                break
    return out


def indented(docs: list[Document], columns: int, spaced: bool = False) -> Layout:
    """All documents in one file, every line wrapped at ``columns``, with the
    indentation the print gives each paragraph (roles()): the body's first
    lines indented by two ideographic spaces, the rest flush left; or, with
    ``spaced``, the centred and right-set lines placed by ASCII spaces (half
    a column each) and the body indented by four of them."""
    lines: list[str] = []
    for doc in docs:
        for paragraph, role in zip(doc.paragraphs, roles(doc)):
            if role == "row":
                lines.append(paragraph)
            elif role == "body":
                lines.extend(wrap(("    " if spaced else "\u3000\u3000") + paragraph, columns))
            elif not spaced or role == "addressee":
                lines.extend(wrap(paragraph, columns))
            else:
                for line in wrap(paragraph, columns - 4 if role in ("sign", "date") else columns):
                    room = columns - width(line) - (0 if role in ("title", "number") else 4)
                    lines.append(" " * max(0, round(room if role in ("title", "number") else 2 * room)) + line)
    name = f"indented-{columns}" + ("-spaced" if spaced else "")
    return Layout(name, join(lines, blank=False))


# ---------------------------------------------------------------- (e) OCR spaces

HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def ocr_spaced(docs: list[Document], seed: int, share: float = 0.02) -> Layout:
    """All documents in one file, one line a paragraph, with the spaces OCR
    of a scanned page leaves: around every number run into Han characters
    ("2019 年 7 月 8 日", "〔2023〕16 号"), and in ``share`` of the gaps between
    two Han characters, wherever they fall ("鹤岗市人 民政府"). Table rows
    are left as extracted."""
    rng = random.Random(seed)
    lines = []
    for doc in docs:
        for paragraph in doc.paragraphs:
            if is_row(paragraph):
                lines.append(paragraph)
                continue
            spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", paragraph)
            out = [spaced[0]] if spaced else []
            for a, b in zip(spaced, spaced[1:]):
                if HAN_RE.match(a) and HAN_RE.match(b) and rng.random() < share:
                    out.append(" ")
                out.append(b)
            lines.append("".join(out))
    return Layout(f"ocr-{seed}", join(lines, blank=False))


# ---------------------------------------------------------------- (f) radicals

def _radical_twins() -> dict[str, str]:
    """Each ideograph that has a radical twin, and the twin. A font whose
    glyph serves both names in its ToUnicode map the lowest code point, the
    radical (PDFBox pull request #470), so the lowest twin is the one given."""
    out: dict[str, str] = {}
    for radical, ideograph in sorted(twins().items()):
        out.setdefault(ideograph, radical)
    return out


def radicals(docs: list[Document], columns: int) -> Layout:
    """All documents in one file, every line wrapped at ``columns``, every
    character that has a radical twin given as the twin ('⼀、', '第⼗条',
    '2019年3⽉5⽇'), as pdfminer.six (issue #480: '党的⼗七⼤报告'), PDFBox and
    wkhtmltopdf (issue #4202) extract such PDFs."""
    text = join(laid_out([p for doc in docs for p in doc.paragraphs], columns), blank=False)
    return Layout(f"radicals-{columns}", text.translate(str.maketrans(_radical_twins())))


# ---------------------------------------------------------------- (g) closing marks on their own lines

PARAGRAPH_END = "。；：！？"


def stop_lines(docs: list[Document], columns: int) -> Layout:
    """All documents in one file, every line wrapped at ``columns``, each
    paragraph's closing mark on a line of its own, as PyMuPDF extracts a PDF
    that places that mark apart (issue #723: a provincial standard's
    '…用水定额' / '。'): the mark the typesetter hung past the measure, or
    set as a glyph of its own."""
    lines: list[str] = []
    for paragraph in (p for doc in docs for p in doc.paragraphs):
        wrapped = wrap(paragraph, columns)
        if not is_row(paragraph) and len(wrapped[-1]) > 1 and wrapped[-1][-1] in PARAGRAPH_END:
            wrapped[-1:] = [wrapped[-1][:-1], wrapped[-1][-1]]
        lines.extend(wrapped)
    return Layout(f"stops-{columns}", join(lines, blank=False))


# ---------------------------------------------------------------- (h) text boxes joined

def boxes_joined(docs: list[Document], columns: Optional[int] = None) -> Layout:
    """All documents in one file, each 标题 run into its 主送 on one line
    ('…的通知各省、…单位：'; a 发文字号 under the title goes over it, where the
    版头 prints it), wrapped at ``columns`` or not, as an extractor that
    joins text boxes standing close gives them (the People's Bank of China's
    own extraction of its PDFs, angelala00/pbc_regulations: about a third of
    its files)."""
    paragraphs: list[str] = []
    for doc in docs:
        kinds = roles(doc)
        ps = list(doc.paragraphs)
        if "title" in kinds and doc.addressees:
            first, last = kinds.index("title"), max(i for i, r in enumerate(kinds) if r == "title")
            number = last + 1 < len(ps) and kinds[last + 1] == "number"  # printed in the 版头, over the title
            to = last + 1 + number
            if to < len(ps) and _key(ps[to]).startswith(_key(doc.addressees)) \
                    and ps[to].rstrip().endswith((":", "：")):  # (a 主送 the page printed without its colon stays)
                ps[first:to + 1] = ps[last + 1:to] + ["".join(ps[first:last + 1]) + ps[to]]  # (the number, if any)
        paragraphs.extend(ps)
    name = "boxes" if columns is None else f"boxes-{columns}"
    return Layout(name, join(laid_out(paragraphs, columns), blank=False))


# ---------------------------------------------------------------- (j) full-width digits

WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def wide_digits(docs: list[Document], columns: Optional[int] = None) -> Layout:
    """All documents in one file, every Arabic digit full-width ('〔２０２１〕１２号',
    '２０２１年３月１５日', '１．'), wrapped at ``columns`` (a full-width digit
    takes a character's column) or not: a document typed in a word processor
    set to full-width input, as its PDF and the text layer give it back."""
    paragraphs = [p.translate(WIDE_DIGITS) for doc in docs for p in doc.paragraphs]
    name = "wide" if columns is None else f"wide-{columns}"
    return Layout(name, join(laid_out(paragraphs, columns), blank=False))


# ---------------------------------------------------------------- (k) short lines tracked out

TRACKED_ROLES = ("title", "sign", "date")


def tracked(docs: list[Document], columns: int) -> Layout:
    """All documents in one file, every line wrapped at ``columns``; each
    title, signature and date line short enough to be tracked out to the
    measure (half of it at most) given with a space between every character
    ('某 某 县 人 民 政 府', '2 0 2 1 年 3 月 1 日', two names with the
    wider gap between them), as pdftotext gives a line whose characters the
    typesetter spaced apart (holdout105's '慰 問 信', the seeds' '市政 府 办 公 室 文 件')."""
    lines: list[str] = []
    for doc in docs:
        for paragraph, role in zip(doc.paragraphs, roles(doc)):
            lines.extend(" ".join(line) if role in TRACKED_ROLES and 2 * width(line) <= columns
                         and not re.search(r"[A-Za-z]", line) else line  # (no mirror's pinyin: a PDF prints none)
                         for line in wrap(paragraph, columns))
    return Layout(f"tracked-{columns}", join(lines, blank=False))


# ---------------------------------------------------------------- (l) indents typed as tabs

def tab_indented(docs: list[Document], columns: Optional[int] = None) -> Layout:
    """All documents in one file, one line a paragraph (or wrapped at
    ``columns``), each body paragraph's first line opening on a tab, as a
    word processor's text export gives the indent a clerk typed with the
    tab key; none in or beside a table, whose rows part their cells with
    tabs."""
    lines: list[str] = []
    for doc in docs:
        ps, kinds = list(doc.paragraphs), roles(doc)
        for n, (paragraph, role) in enumerate(zip(ps, kinds)):
            beside = any(0 <= k < len(ps) and kinds[k] == "row" for k in (n - 1, n + 1))
            wrapped = laid_out([paragraph], columns)
            if role == "body" and not beside:
                wrapped[0] = "\t" + wrapped[0]
            lines.extend(wrapped)
    name = "tabs" if columns is None else f"tabs-{columns}"
    return Layout(name, join(lines, blank=False))


# ---------------------------------------------------------------- (m) HTML's character references left in

ESCAPES = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;", "\u3000": "&#12288;",
           "&": "&amp;"}


def escaped(docs: list[Document], columns: Optional[int] = None) -> Layout:
    """All documents in one file, one line a paragraph (or wrapped), as a
    scraper that strips a web page's tags but not its escapes gives them:
    quotation marks, dashes and ideographic spaces as character references
    ('&ldquo;…&rdquo;', '&mdash;', '&#12288;') and each body paragraph
    indented by four '&nbsp;'. Table rows are left as extracted."""
    lines: list[str] = []
    for doc in docs:
        for paragraph, role in zip(doc.paragraphs, roles(doc)):
            for n, line in enumerate(laid_out([paragraph], columns)):
                if role != "row":
                    line = ("&nbsp;" * 4 if role == "body" and n == 0 else "") + "".join(ESCAPES.get(c, c) for c in line)
                lines.append(line)
    name = "escaped" if columns is None else f"escaped-{columns}"
    return Layout(name, join(lines, blank=False))


# ---------------------------------------------------------------- (i) article labels apart

# (a paragraph that opens on an article's number and the item of it it cites, '第二十条(一)项', a disclosure
# report's table row head, is no article: no extractor sets a label apart there)
ARTICLE_RE = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)(?!第|[（(][一二三四五六七八九十]+[）)]项)[\s\u3000]*(\S.*)$")


def labels_apart(docs: list[Document], columns: Optional[int] = None) -> Layout:
    """All documents in one file, each article's label on a line of its own
    and its text wrapped under it ('第一条' / '为规范…'), as the People's Bank
    of China's extraction of its rules (angelala00/pbc_regulations,
    tiaofasi_departmental_rule_000028) and 山南's web page of its 立法条例
    (holdout54) give them: the label set in bold type, a text box of its own."""
    lines: list[str] = []
    for paragraph in (p for doc in docs for p in doc.paragraphs):
        article = ARTICLE_RE.match(paragraph)
        pieces = [article.group(1), article.group(2)] if article and not is_row(paragraph) else [paragraph]
        lines.extend(line for piece in pieces for line in laid_out([piece], columns))
    name = "labels" if columns is None else f"labels-{columns}"
    return Layout(name, join(lines, blank=False))


def _key(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text)
