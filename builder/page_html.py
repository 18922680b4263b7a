"""The generated pages' Markdown to HTML without Python-Markdown's full pass.

A page's Markdown (render.py, output.py) uses a small, regular part of
Markdown: headings and paragraphs with attr_list attributes, escaped text
with links, bold labels and inline HTML, raw HTML blocks, md_in_html lists
and definition lists, bullet lists and pipe tables. Python-Markdown, with the
site's extensions (mkdocs.yml: attr_list, md_in_html, tables, toc), costs
~14 ms a page for it, a quarter of a cold build's CPU: it tries every inline
pattern at every text node, walks the tree once per extension, parses each
page's HTML and serializes the tree. render() writes the same HTML straight
from the lines, the same bytes (tests/test_page_html.py compares every
generated page of the seeds and of the development and held-out sets). A
page with anything else in it (a construct, a character where it could mean
something) gives None: the caller renders that page with Python-Markdown.
"""
from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique

# The Markdown this module renders is mkdocs.yml's (MkDocs adds toc, tables and fenced_code to any list)
EXTENSIONS = {"toc", "tables", "fenced_code", "attr_list", "md_in_html"}
CONFIGS = {"toc": {"permalink": "¶", "permalink_title": "链接到此条"}}
ESCAPABLE = set("\\`*_{}[]()>#+-.!|")  # Python-Markdown's ESCAPED_CHARS, with the tables extension's |


class Unknown(Exception):
    """The Markdown holds what this renderer does not know: Python-Markdown renders the page."""


@dataclass
class Rendered:
    html: str
    toc: list = field(default_factory=list)  # Python-Markdown's md.toc_tokens
    ids: set = field(default_factory=set)  # every id in the page (MkDocs's present_anchor_ids)


def knows(extensions: list, configs: dict) -> bool:
    """Whether render() writes what Python-Markdown writes with these extensions and their options."""
    return set(extensions) == EXTENSIONS and len(extensions) == len(EXTENSIONS) and configs == CONFIGS


def render(markdown: str, link: Callable[[str], str] = lambda url: url) -> Optional[Rendered]:
    """The HTML Python-Markdown makes of a page's Markdown (its front matter
    removed), or None. link: what a Markdown link's address becomes (MkDocs
    rewrites a link to a page's source into a link to the page), asked for
    every link in the order of the page, permalinks too, as MkDocs asks."""
    try:
        return _Page(link).render(markdown)
    except (Unknown, IndexError):  # IndexError: a block the page ends inside of
        return None


# Python-Markdown's inline HTML, entity, autolink and mail patterns (inlinepatterns.py)
TAG_RE = re.compile(r"<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>")
ENTITY_RE = re.compile(r"&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);")
AUTOLINK_RE = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>")
AUTOMAIL_RE = re.compile(r"<([^<> !]+@[^@<> ]+)>")
SPECIAL = re.compile(r"[\\*_`\[\]<>&!{}]")  # what may start a construct in a paragraph's text
URL_RE = re.compile(r"\(([^\s()<>\"'\\]+)\)")
INLINE_ATTRS_RE = re.compile(r"\{\:?[ ]*([^\}\n ][^\n\}]*?)[ ]*\}")
HEADING_RE = re.compile(r"(#{1,6}) (.*?)(?: \{([^{}\n]*)\})?")
BLOCK_ATTRS_RE = re.compile(r"\{:[ ]*([^\}\n ][^\n\}]*?)[ ]*\}")
# attributes Python-Markdown's inline pass leaves alone: an _ only inside a word (smart emphasis)
SAFE_ATTRS = re.compile(r"(?:[^\\`*_\[\]<>&!{}]|(?<=\w)_)*")
INLINE_TAGS = ("<span ", "<time ")  # a paragraph may start with these: md_in_html leaves them to the inline pass
PHRASING = {"span", "time", "strong", "em", "b", "i", "u", "br", "sub", "sup"}  # inline HTML a page may hold
# a line Python-Markdown reads as a block of its own: a list, a quote, a rule, a code fence
BLOCK_START = re.compile(r"\d+\.[ ]|[*+-][ ]|>|[*_=-]{3}|~~~|```|[ ]{4}")
RAW_BLOCKS = ('<dl class="gz-meta">', '<div class="gz-table-wrap', '<div class="gz-search-page">')
LIST_OPEN = re.compile(r'<ul class="[\w -]+" markdown>')
LIST_ITEM = re.compile(r"<li markdown>(.*)</li>")
ENTRY_OPEN = re.compile(r'<div class="gz-entry gz-prov" id="([\w.-]+)" markdown>')
NAME_RE = re.compile(r"[a-z][a-z-]*")  # an attribute's name (attr_list would sanitize others)
AMP_RE = re.compile(r"&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)", re.I)
ATTR_SPECIAL = re.compile(r'[<>"]')
TIME_RE = re.compile(r'(?:<time datetime="[\w:-]+">)?[^<>\\`*_\[\]{}&]*(?:</time>)?')


class _Page:
    def __init__(self, link):
        self.link = link
        self.urls: list = []  # every link's address in the page's order, asked of link() at the end
        self.tree_ids: list[str] = []  # ids of elements (the raw blocks' are not in Python-Markdown's tree)
        self.raw_ids: set[str] = set()
        self.headings: list[list] = []  # [place in the output, level, id or None, inner HTML], in order

    def render(self, markdown: str) -> Rendered:
        if any(c in markdown for c in "\t\r\x02\x03\x00") or re.search(r"^(?:~~~|```)", markdown, re.M):
            raise Unknown  # what Python-Markdown normalises, or a fence (fenced_code reads the whole page)
        lines = markdown.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line:
                i += 1
                continue
            if line != line.strip() or line[0].isspace():
                raise Unknown
            if line.startswith(RAW_BLOCKS):
                i = self._raw(lines, i, out)
            elif LIST_OPEN.fullmatch(line):
                i = self._item_list(lines, i, out)
            elif line == '<dl class="gz-chronicle" markdown>':
                i = self._chronicle(lines, i, out)
            elif line == '<div class="gz-issue-toc" markdown>':
                i = self._issue_toc(lines, i, out)
            elif line.startswith("<") and not line.startswith(INLINE_TAGS):
                raise Unknown
            else:
                end = i + 1  # a block ends at a blank line, or before a heading (Python-Markdown's hashheader)
                while end < len(lines) and lines[end] and not lines[end].startswith("#") and not line.startswith("#"):
                    end += 1
                self._block(lines[i:end], out)
                i = end
        return self._finish(out)

    # blocks

    def _block(self, block: list[str], out: list[str]) -> None:
        first = block[0]
        if any(line.startswith("<") and not line.startswith(INLINE_TAGS) or line != line.strip() for line in block[1:]):
            raise Unknown
        if first.startswith("#"):
            if len(block) > 1:
                raise Unknown
            self._heading(first, out)
        elif first.startswith("- "):
            if not all(line.startswith("- ") and not BLOCK_START.match(line[2:]) and not line[2].isspace()
                       for line in block) or (out and out[-1] is not None and out[-1].endswith("</ul>\n")):
                raise Unknown  # a list after a list: Python-Markdown makes one loose list of them
            items = "".join(f"<li>{self._inline(line[2:])}</li>\n" for line in block)
            out.append(f"<ul>\n{items}</ul>\n")
        elif first.startswith("|"):
            out.append(self._table(block))
        else:
            attrs = {}
            if BLOCK_START.match(first):
                raise Unknown
            if len(block) == 2 and block[1].startswith("{:"):
                attrs = self._attrs(BLOCK_ATTRS_RE.fullmatch(block[1]))
            elif len(block) != 1:
                raise Unknown
            out.append(f"<p{_attributes(attrs)}>{self._inline(first)}</p>\n")

    def _heading(self, line: str, out: list[str]) -> None:
        m = HEADING_RE.fullmatch(line)
        # Python-Markdown strips the heading's line, attr_list its { } and the white space before
        if not m or not m.group(2).strip() or m.group(2)[0].isspace() or m.group(2).rstrip().endswith(("#", "\\")) \
                or (m.group(3) is None and m.group(2) != m.group(2).rstrip()):
            raise Unknown
        level, text = len(m.group(1)), m.group(2).rstrip()
        attrs = self._attrs(m, group=3) if m.group(3) is not None else {}
        inner = self._inline(text)
        if "id" not in attrs and level != 1:
            raise Unknown
        permalink = self._permalink(attrs.get("id"))
        self.headings.append([len(out), level, attrs.get("id"), inner, permalink])
        out.append(f"<h{level}{_attributes(attrs)}>{inner}{permalink}</h{level}>\n"
                   if "id" in attrs else None)  # toc's slug, once every id of the page is known

    def _permalink(self, eid: Optional[str]) -> str:
        """toc's permalink; its address waits for the id when toc makes it."""
        return f'<a class="headerlink" href="{self._href(eid and "#" + eid)}" title="链接到此条">¶</a>'

    def _href(self, url: Optional[str]) -> str:
        """A stand-in for a link's address (\\x00 is no character of a page), replaced in _finish."""
        self.urls.append(url)
        return f"\x00{len(self.urls) - 1}\x00"

    def _attrs(self, m, group: int = 1) -> dict:
        """attr_list's attributes of {…}: in order, classes joined."""
        if m is None:
            raise Unknown
        attrs = dict(_attr_list(m.group(group)))
        if "id" in attrs:
            self.tree_ids.append(attrs["id"])
        return attrs

    def _raw(self, lines: list[str], i: int, out: list[str]) -> int:
        """A block of HTML without `markdown`: as written, a blank line after it."""
        tag = re.match(r"<(\w+)", lines[i]).group(1)
        end = i
        while end < len(lines) and lines[end]:
            end += 1
        block = lines[i:end]
        text = "\n".join(block)
        opened = len(re.findall(rf"<{tag}[\s>]", text))
        if not text.endswith(f"</{tag}>") or opened != len(re.findall(rf"</{tag}>", text)) \
                or re.search(r"markdown|<!|<\?|<a\s[^>]*\sname=|\sid=(?!\")", text):
            raise Unknown  # md_in_html would read it, or MkDocs find an anchor this does not
        self.raw_ids.update(re.findall(r'\sid="([^"]*)"', text))
        out.append(text + "\n\n")
        return end

    def _item_list(self, lines: list[str], i: int, out: list[str]) -> int:
        """<ul class=… markdown> with one <li markdown> a line (render._list)."""
        opening = lines[i][:-len(" markdown>")] + ">"
        items = []
        i += 1
        while i < len(lines) and (m := LIST_ITEM.fullmatch(lines[i])):
            if m.group(1) != m.group(1).strip() or "<li" in m.group(1) or "</li>" in m.group(1):
                raise Unknown
            items.append(f"<li>{self._inline(m.group(1))}</li>\n")
            i += 1
        if i >= len(lines) or lines[i] != "</ul>" or not items or (i + 1 < len(lines) and lines[i + 1]):
            raise Unknown
        out.append(f"{opening}\n{''.join(items)}</ul>\n")
        return i + 1

    def _chronicle(self, lines: list[str], i: int, out: list[str]) -> int:
        """A chronicle's dated entries (render._chronicle)."""
        parts = ['<dl class="gz-chronicle">\n']
        i += 1
        while (m := ENTRY_OPEN.fullmatch(lines[i])):
            eid = m.group(1)
            self.tree_ids.append(eid)
            dt = lines[i + 1]
            if not (dt.startswith("<dt>") and dt.endswith("</dt>") and TIME_RE.fullmatch(dt[4:-5])) \
                    or lines[i + 2] != '<dd markdown="block">':
                raise Unknown
            i += 3
            paragraphs = []
            while lines[i] != "</dd>":
                line = lines[i]
                if not line or line.startswith(("#", "|", "{")) or BLOCK_START.match(line) or line != line.strip() \
                        or line.startswith("<") and not line.startswith(INLINE_TAGS):
                    raise Unknown
                paragraphs.append(f"<p>{self._inline(line)}</p>")
                i += 1
                if lines[i] == "":
                    i += 1
                    if lines[i] == "</dd>":
                        raise Unknown
            if not paragraphs or lines[i + 1] != "</div>":
                raise Unknown
            parts.append(f'<div class="gz-entry gz-prov" id="{eid}">\n{dt}\n<dd>\n' + "\n".join(paragraphs)
                         + "\n</dd>\n</div>\n")
            i += 2
        if lines[i] != "</dl>" or (i + 1 < len(lines) and lines[i + 1]):
            raise Unknown
        out.append("".join(parts) + "</dl>\n")
        return i + 1

    def _issue_toc(self, lines: list[str], i: int, out: list[str]) -> int:
        """An issue's table of contents: a pipe table in a <div markdown> (render.gazette_page)."""
        if lines[i + 1] != "":
            raise Unknown
        end = i + 2
        while end < len(lines) and lines[end]:
            end += 1
        if end + 2 >= len(lines) or lines[end + 1] != "</div>" or lines[end + 2]:
            raise Unknown
        table = self._table(lines[i + 2:end])
        out.append(f'<div class="gz-issue-toc">\n{table}</div>\n')
        return end + 2

    def _table(self, rows: list[str]) -> str:
        """A pipe table, every row | a | b |, no alignment (the tables extension)."""
        if len(rows) < 2 or not re.fullmatch(r"\|(?:---\|)+", rows[1]):
            raise Unknown
        width = rows[1].count("|") - 1
        head = self._cells(rows[0])
        if len(head) != width:
            raise Unknown
        body = [self._cells(row) for row in rows[2:]]
        out = ["<table>\n<thead>\n<tr>\n", *(f"<th>{c}</th>\n" for c in head), "</tr>\n</thead>\n<tbody>\n"]
        for cells in body:
            if len(cells) != width:
                raise Unknown
            out += ["<tr>\n", *(f"<td>{c}</td>\n" for c in cells), "</tr>\n"]
        return "".join(out) + "</tbody>\n</table>\n"

    def _cells(self, row: str) -> list[str]:
        if not (row.startswith("| ") and row.endswith(" |")) or "`" in row:
            raise Unknown
        cells = re.split(r"(?<!\\)\|", row[1:-1])
        return [self._inline(c.strip()) if c.strip() else "" for c in cells]

    # inline

    def _inline(self, text: str) -> str:
        """A run of text: escapes, **bold**, [links](…){ attrs }, inline HTML, entities."""
        out = []
        pos = 0
        while (m := SPECIAL.search(text, pos)):
            out.append(text[pos:m.start()])
            c, at = m.group(), m.start()
            if c == "\\":
                if at + 1 < len(text) and text[at + 1] in ESCAPABLE:
                    out.append(html.escape(text[at + 1], quote=False))
                    pos = at + 2
                else:  # \= (render.escape): no escape to Python-Markdown, the backslash stays
                    out.append(c)
                    pos = at + 1
            elif c == "*":
                pos = self._strong(text, at, out)
            elif c == "[":
                pos = self._link(text, at, out)
            elif c == "<":
                tag = TAG_RE.match(text, at)
                if not tag or AUTOLINK_RE.match(text, at) or AUTOMAIL_RE.match(text, at):
                    raise Unknown
                name = re.match(r"</?([a-zA-Z0-9]*)", tag.group()).group(1)
                if name not in PHRASING or re.search(r"\s(?:id|name)=", tag.group()):
                    raise Unknown
                out.append(tag.group())
                pos = tag.end()
            elif c == "&":
                entity = ENTITY_RE.match(text, at)
                if not entity:
                    raise Unknown
                out.append(entity.group())
                pos = entity.end()
            elif c == "!" and not text.startswith("![", at):
                out.append(c)
                pos = at + 1
            else:
                raise Unknown
        out.append(text[pos:])
        return "".join(out)

    def _strong(self, text: str, at: int, out: list[str]) -> int:
        if not text.startswith("**", at) or text.startswith("***", at):
            raise Unknown
        end = _unescaped(text, "**", at + 2)
        inner = text[at + 2:end]
        if end < 0 or not inner or inner != inner.strip() or _unescaped(inner, "*", 0) >= 0 \
                or inner.count("[") != inner.count("]"):
            raise Unknown
        out.append(f"<strong>{self._inline(inner)}</strong>")
        return end + 2

    def _link(self, text: str, at: int, out: list[str]) -> int:
        j = at + 1  # the closing bracket; none inside (Python-Markdown would nest)
        while j < len(text) and text[j] != "]":
            if text[j] == "[":
                raise Unknown
            j += 2 if text[j] == "\\" else 1
        label = text[at + 1:j]
        url = URL_RE.match(text, j + 1)
        if j >= len(text) or not url or not label:
            raise Unknown
        attrs = {"href": url.group(1)}
        end = url.end()
        if text.startswith("{", end):
            m = INLINE_ATTRS_RE.match(text, end)
            attrs.update(self._attrs(m))
            end = m.end()
            if "id" in attrs or "href" in attrs and attrs["href"] != url.group(1):
                raise Unknown
        inner = self._inline(label)
        attrs["href"] = self._href(url.group(1))
        out.append(f"<a{_attributes(attrs)}>{inner}</a>")
        return end

    def _finish(self, out: list[str]) -> Rendered:
        """toc's ids for the headings without one, its tokens, the page."""
        used = set(self.tree_ids)
        counters: dict = {}
        tokens = []
        for place, level, eid, inner, permalink in self.headings:
            if eid is None:
                eid = unique(slugify(html.unescape(strip_tags(inner)), "-"), used, counters)
                self.tree_ids.append(eid)
                self.urls[int(permalink.split("\x00")[1])] = "#" + eid
                out[place] = f'<h{level} id="{eid}">{inner}{permalink}</h{level}>\n'
            tokens.append({"level": level, "id": html.unescape(eid), "name": strip_tags(inner), "html": inner,
                           "data-toc-label": ""})
        hrefs = [_escape_attribute(self.link(url)) for url in self.urls]
        page = re.sub("\x00([0-9]+)\x00", lambda m: hrefs[int(m.group(1))], "".join(out).strip("\n"))
        return Rendered(page, nest_toc_tokens(tokens), set(self.tree_ids) | self.raw_ids)


def _unescaped(text: str, needle: str, start: int) -> int:
    j = start
    while (j := text.find(needle, j)) >= 0:
        backslashes = len(text[:j]) - len(text[:j].rstrip("\\"))
        if backslashes % 2 == 0:
            return j
        j += 1
    return -1


@functools.lru_cache(maxsize=4096)
def _attr_list(text: str) -> tuple:
    """attr_list's reading of {text}: (name, value) pairs, classes joined, a
    value-less name's value None; a page repeats most of them."""
    if not SAFE_ATTRS.fullmatch(text):
        raise Unknown
    found, remainder = get_attrs_and_remainder(text)
    if remainder:
        raise Unknown
    attrs: dict = {}
    for key, value in found:
        if key == ".":
            attrs["class"] = f"{attrs['class']} {value}" if "class" in attrs else value
        elif not NAME_RE.fullmatch(key):
            raise Unknown
        else:
            attrs[key] = value
    return tuple(attrs.items())


def _escape_attribute(value: str) -> str:
    """Python-Markdown's serializer (_escape_attrib_html): & not in an entity, <, >, "."""
    if "&" in value:
        value = AMP_RE.sub("&amp;", value)
    return value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") if ATTR_SPECIAL.search(value) \
        else value


def _attributes(attrs: dict) -> str:
    """In lexical order, as Python-Markdown's serializer writes them; a value-less one bare."""
    return "".join(f" {k}" if v is None else f' {k}="{_escape_attribute(v)}"' for k, v in sorted(attrs.items()))
