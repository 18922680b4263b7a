"""Stage 8: the model to Markdown pages with YAML front matter.

The writer never sees raw text. It puts a blank line between blocks (so
'一、总则' and '（一）适用范围' never collapse into one paragraph), escapes
what Markdown would reinterpret, and writes explicit ids with attr_list so
that every provision's URL is derived from its label, not from heading text.
"""
from __future__ import annotations

import html
import re
from itertools import takewhile
from pathlib import PurePosixPath
from typing import Optional

import yaml

from . import references
from .model import Document, Gazette, Paragraph, Part, Provision, Table
from .table_output import table_html
from .text.ids import city_of
from .text.lines import squash

ROLE_CLASS = {"addressee": "gz-addressee", "signature": "gz-signature", "date": "gz-date",
              "attachments": "gz-annexes", "cc": "gz-cc", "printed": "gz-printed", "note": "gz-note",
              "docnum": "gz-docnum", "heading": "gz-subheading", "byline": "gz-byline",
              "preamble": "gz-preamble", "mark": "gz-mark"}

# Paragraphs shown as one list: an appointment list's persons, a list's rows, a 目录's entries, and body paragraphs the
# extractor set as list items ('- 研究制定…' / '- 负责…'), shown with their bullets as the print set them.
LIST_CLASS = {"person": "gz-appointments", "row": "gz-rows", "contents": "gz-rows", "item": "gz-items"}


MARKDOWN_CHAR_RE = re.compile(r"([\\`*_\[\]{}|])")  # Markdown's meaning anywhere in a line
LIST_NUMBER_RE = re.compile(r"^(\d+)([.)])")        # an ordered list's number, at the start
LINE_MARK_RE = re.compile(r"^([#+\-=>])")           # a heading, list, rule or quote mark, at the start


def escape(text: str) -> str:
    """Escape Markdown syntax; the text itself stays as printed."""
    text = MARKDOWN_CHAR_RE.sub(r"\\\1", html.escape(text, quote=False))
    return LINE_MARK_RE.sub(r"\\\1", LIST_NUMBER_RE.sub(r"\1\\\2", text))


# libyaml's emitter, a third of the pure-Python one's CPU (~1 s at 3,000 documents); both write YAML
# that reads back as the data (tests/test_render.py), and the same text for what documents hold.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(data: dict) -> str:
    return "---\n" + yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def document_url(doc: Document) -> str:
    return f"gazettes/{doc.gazette}/{doc.id}/"


def document_path(doc: Document) -> str:
    return f"gazettes/{doc.gazette}/{doc.id}.md"


def gazette_url(gazette: Gazette) -> str:
    return f"gazettes/{gazette.id}/"


def gazette_title(gazette: Gazette) -> str:
    # A file without masthead is known to its editor by its file name.
    name = gazette.name or PurePosixPath(gazette.source).stem or "政府公报"
    return f"{name} {issue_label(gazette)}".strip()


def issue_label(gazette: Gazette) -> str:
    """2022年第8-9期, 2025年第6号: the issue as printed, with its year where the print leaves it out."""
    year = f"{gazette.year}年" if gazette.year and str(gazette.year) not in (gazette.issue or "") else ""
    return year + (gazette.issue or "")


def listed_title(doc: Document, gazette: Gazette) -> str:
    """A title for lists across issues and cities: "市人民政府关于…的通知"
    names no issuer's city (a 《潜江市…办法》 in it names what is issued, not
    who issues it), so the issuer (or the issue's city) goes beside it. A
    document published alone has no issue's city: its issuer goes beside a
    title that does not open with it ('关于命名…的通知', '政府工作报告')."""
    place = city_of(gazette.name)
    if not place:
        named = not doc.issuers or any(doc.title.startswith(issuer) for issuer in doc.issuers)
        return doc.title if named else f"{doc.title}（{'、'.join(doc.issuers)}）"
    if place[:-1] in doc.title and not doc.title.startswith(place[-1]):
        return doc.title
    return f"{doc.title}（{'、'.join(doc.issuers) or place}）"


def shown_title(doc: Document) -> str:
    """The title as a reader sees it on its page: joint organs that open it,
    which print sets each on a line of its own (GB/T 9704 7.3.1), stand
    apart by a space, not run together ('中共某县委办公室 某县人民政府办公室
    关于…'); the title itself (search, links, data) keeps them as written."""
    opening = "".join(doc.issuers)
    if len(doc.issuers) > 1 and doc.title.startswith(opening) and len(doc.title) > len(opening):
        return " ".join(doc.issuers) + doc.title[len(opening):]
    return doc.title


def document_meta(doc: Document, gazette: Gazette) -> dict:
    return {
        "title": shown_title(doc),
        "id": f"{doc.gazette}/{doc.id}",
        "kind": doc.kind,
        "doc_number": doc.doc_number,
        "issuers": doc.issuers,
        "date": doc.date,
        "addressees": doc.addressees,
        "cc": doc.cc,
        "attachments": doc.attachments,
        "gazette": gazette.id,
        "gazette_title": gazette_title(gazette) if gazette.is_issue else None,
        "source": {"file": gazette.source, "lines": list(doc.lines)},
    }


def document_page(doc: Document, gazette: Gazette, prev: Optional[Document], nxt: Optional[Document]) -> str:
    out = [front_matter(document_meta(doc, gazette)), f"# {escape(shown_title(doc))}\n", _panel(doc, gazette)]
    if not gazette.is_issue and gazette.front_matter and doc is gazette.documents[0]:
        # What a file of documents published alone prints above its first title has no issue page to stand on.
        out.extend(_cover(gazette.front_matter))
    for part in doc.parts:
        out.append(_part(part, doc, first=part is doc.parts[0], cite=_citer(doc)))
    if not gazette.is_issue and gazette.back_matter and doc is gazette.documents[-1]:
        out.extend(_cover(gazette.back_matter))  # (its imprint)
    if doc.cited_by:
        out.append(_cited_by(doc))
    out.append(_neighbours(prev, nxt))
    return "\n".join(chunk for chunk in out if chunk)


def _panel(doc: Document, gazette: Gazette) -> str:
    # Only what the print gives: a chronicle has no 发文字号, and a row of dashes says nothing.
    # The frame printed around the text, when there is one, is for a reader who lands mid-page.
    rows = [(name, html.escape(value)) for name, value in (
        ("发文字号", doc.doc_number), ("发文机关", "、".join(doc.issuers)), ("成文日期", doc.date),
        ("文种", doc.kind), ("主送机关", doc.addressees), ("抄送", doc.cc),
        ("附件", "；".join(doc.attachments or []))) if value]
    if gazette.is_issue:
        rows.append(("出处", f'<a href="../">{html.escape(printed_issue(gazette))}</a>' + printed_pages(doc)))
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="gz-meta">{cells}</dl>\n'


def printed_issue(gazette: Gazette) -> str:
    """《荆州市人民政府公报》2022年第8-9期: the gazette as a reader cites it.
    An issue whose print names no gazette is cited as its page is titled (the
    file name and the issue), not by an invented name."""
    if not gazette.name:
        return gazette_title(gazette)
    return f"《{gazette.name}》" + issue_label(gazette)


def printed_pages(doc: Document) -> str:
    """ 第 3–9 页, from the 目录 and the page footers (builder/pages.py)."""
    if doc.first_page is None:
        return ""
    if doc.last_page is None:
        return f" 第 {doc.first_page} 页起"
    if doc.last_page == doc.first_page:
        return f" 第 {doc.first_page} 页"
    return f" 第 {doc.first_page}–{doc.last_page} 页"


def _part(part: Part, doc: Document, first: bool, cite=None) -> str:
    out = []
    if not first:
        title = (part.title or "").replace('"', "")  # what a citation names (assets/gazette.js)
        out.append(f'## {escape(part_heading(part))} {{#{part.eid} .gz-part data-gz-title="{title}"}}\n')
    elif part.title and re.sub(r"\s", "", part.title) != re.sub(r"\s", "", doc.title):
        # The page's title is the document's; a first part titled otherwise is an order's name over
        # its number ("中华人民共和国国务院令" / "第707号"), printed with it, centred, under what the
        # print sets above it (the title of the regulation it promulgates, as a page may print it).
        above = sum(1 for _ in takewhile(lambda b: b.lines[1] < part.lines[0], part.blocks))
        out.extend(_blocks(part.blocks[:above], part, doc, cite))
        out.append(f"{escape(part.title)}\n{{: .gz-docnum }}\n")
        return "\n".join(out + _blocks(part.blocks[above:], part, doc, cite))
    return "\n".join(out + _blocks(part.blocks, part, doc, cite))


def _blocks(blocks: list, part: Part, doc: Document, cite) -> list[str]:
    out = []
    by_eid = {b.eid: b for b in part.blocks if isinstance(b, Provision)}
    for run in _runs(blocks):
        block = run[0]
        if isinstance(block, Provision) and block.kind == "date":
            out.append(_chronicle(run, cite))
        elif isinstance(block, Paragraph) and block.role == "contents":
            out.append(_contents(run, by_eid, cite))
        elif isinstance(block, Paragraph) and _shown_as(block) in LIST_CLASS and not (block.role == "row" and len(run) == 1):
            out.append(_list(run, cite))  # (a row alone, its neighbours read since as the frame's, is a paragraph)
        elif isinstance(block, Provision):
            out.append(_provision(block, by_eid, cite))
        elif isinstance(block, Table):
            out.append(_table(block, doc))
        else:
            out.append(_paragraph(block, cite))
    return out


def part_heading(part: Part) -> str:
    return " ".join(t for t in (part.label, part.title) if t) or "附件"


def outline(doc: Document) -> list[dict]:
    """The page's table of contents: the parts, the headings and every 第X条,
    nested as printed. Material's table of contents lists headings only,
    and a 条 is a block of body text, so the site takes this one instead.
    Each entry: {"id", "title" (plain text), "children"}."""
    top: list[dict] = []
    for n, part in enumerate(doc.parts):
        holder = top
        if n:
            top.append({"id": part.eid, "title": part_heading(part), "children": []})
            holder = top[-1]["children"]
        by_eid = {b.eid: b for b in part.blocks if isinstance(b, Provision)}
        entries: dict[str, dict] = {}
        for p in by_eid.values():
            if p.kind != "tiao" and not is_heading(p, by_eid):
                continue
            entries[p.eid] = {"id": p.eid, "title": labelled(p).rstrip("。．"), "children": []}
            parent = by_eid.get(p.parent or "")
            while parent is not None and parent.eid not in entries:
                parent = by_eid.get(parent.parent or "")
            (entries[parent.eid]["children"] if parent else holder).append(entries[p.eid])
    return top


def _runs(blocks: list) -> list[list]:
    """Blocks grouped as rendered: chronicle entries with the paragraphs that
    go on after them, consecutive persons of an appointment list; any other
    block alone."""
    runs: list[list] = []
    for block in blocks:
        previous = runs[-1][0] if runs else None
        entry_goes_on = isinstance(previous, Provision) and previous.kind == "date" and (
            (isinstance(block, Provision) and block.kind == "date")
            or (isinstance(block, Paragraph) and block.role == "body"))
        list_goes_on = isinstance(previous, Paragraph) and _shown_as(previous) in LIST_CLASS \
            and isinstance(block, Paragraph) and _shown_as(block) == _shown_as(previous)
        if entry_goes_on or list_goes_on:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _chronicle(run: list, cite=None) -> str:
    """Dated entries as a definition list: the date in its own cell, the
    entry (and any paragraph after it) beside it; the entry's anchor on the
    pair, its permalink after the text as for a provision."""
    entries: list[list] = []
    for block in run:
        if isinstance(block, Provision):
            entries.append([block])
        else:
            entries[-1].append(block)
    out = ['<dl class="gz-chronicle" markdown>']
    for entry, *more in entries:
        paragraphs = [_text(entry.text, entry.lines[0], cite)] + [_text(p.text, p.lines[0], cite) for p in more]
        paragraphs[-1] += f' [¶](#{entry.eid}){{ .headerlink title="链接到此条" }}'
        when = html.escape(entry.label)
        if entry.date and not re.fullmatch(r"--\d\d", entry.date):  # HTML has no yearless month
            when = f'<time datetime="{entry.date}">{when}</time>'
        out.append(f'<div class="gz-entry gz-prov" id="{entry.eid}" markdown>\n<dt>{when}</dt>\n'
                   f'<dd markdown="block">\n' + "\n\n".join(paragraphs) + "\n</dd>\n</div>")
    out.append("</dl>\n")
    return "\n".join(out)


def _list(run: list[Paragraph], cite=None) -> str:
    """An appointment list, the rows of a list of names, or items set as a
    list: one item per person, row or item, as printed."""
    items = "\n".join(f"<li markdown>{_text(p.text, p.lines[0], cite)}</li>" for p in run)
    return f'<ul class="{LIST_CLASS[_shown_as(run[0])]}" markdown>\n{items}\n</ul>\n'


def _shown_as(p: Paragraph) -> str:
    """A paragraph's role as shown: 'item' for body text set as a list item."""
    return "item" if p.role == "body" and p.listed else p.role


ENTRY_TAIL_RE = re.compile(r"[\s.…·．—\-]*\d*[\s.…·．—\-]*$")  # a 目录 entry's leaders and page


def _contents(run: list[Paragraph], by_eid: dict[str, Provision], cite=None) -> str:
    """A text's own 目录, one item per entry as printed, each entry linked to
    the heading it names ('1.1 编制目的……3' to the section 1.1, '第二章 …' to
    chp_2): the entry without its leaders and page is the heading's label
    and words. A linked entry reads as its heading does ('1.1　编制目的……3'):
    the paragraphs stage took out the space the print set after the label."""
    headings = {squash(labelled(p)): p for p in by_eid.values() if p.heading and is_heading(p, by_eid)}
    items = []
    for p in run:
        tail = ENTRY_TAIL_RE.search(p.text).group()
        heading = headings.get(squash(p.text[:len(p.text) - len(tail)]))
        if heading is None and (heading := headings.get(squash(p.text))):  # a heading that ends in a figure
            tail = ""
        items.append(f"<li markdown>[{escape(labelled(heading) + tail.strip())}](#{heading.eid})</li>" if heading
                     else f"<li markdown>{_text(p.text, p.lines[0], cite)}</li>")  # (no citation link inside a link)
    return f'<ul class="{LIST_CLASS["contents"]}" markdown>\n' + "\n".join(items) + "\n</ul>\n"


def _citer(doc: Document):
    """text, first line → Markdown with the citations found there linked:
    inside the collection to the cited page and clause, outside it marked."""
    table, page = references.lookup(doc), document_path(doc)

    def cite(text: str, line: int) -> str:
        out = []
        for piece, ref in references.split(text, table.get(line, {})):
            if ref is None:
                out.append(escape(piece))
            elif ref.href:
                out.append(f"[{escape(piece)}]({references.relative(ref.href, page)}){{ .gz-ref }}")
            else:
                out.append(f'<span class="gz-ext" title="不在本库中">{escape(piece)}</span>')
        return "".join(out)
    return cite


def _text(text: str, line: int, cite) -> str:
    return cite(text, line) if cite else escape(text)


DIVISIONS = ("bian", "zhang", "jie", "section")  # 第X编/章/节 and sections numbered by levels (1, 1.1): headings, always
OUTLINE = ("cn_formal", "cn", "cn_paren")  # 壹、一、（一）: the outline of a 方案 or 意见, when not inside a 条
SET_APART = ("bian", "zhang", "jie", "tiao", "section")  # the print puts a space after these labels


def is_heading(p: Provision, by_eid: dict[str, Provision]) -> bool:
    """Headings only where the print has them: 编/章/节 and the sections of
    a text numbered by levels, and the 一、（一） outline of a text without
    条. Inside a 条 its （一）1.（1） are items."""
    if p.kind in DIVISIONS:
        return True
    return p.kind in OUTLINE and bool(p.heading) and "tiao" not in _ancestor_kinds(p, by_eid)


def _ancestor_kinds(p: Provision, by_eid: dict[str, Provision]) -> list[str]:
    kinds, parent = [], by_eid.get(p.parent or "")
    while parent is not None:
        kinds.append(parent.kind)
        parent = by_eid.get(parent.parent or "")
    return kinds


def labelled(p: Provision) -> str:
    """The label and its heading as printed: 第一章　总则, 一、总体要求."""
    return p.label + ("\u3000" if p.kind in SET_APART and p.heading else "") + p.heading


def _provision(p: Provision, by_eid: dict[str, Provision], cite=None) -> str:
    line = p.lines[0]
    if is_heading(p, by_eid):
        level = min(3 + p.depth, 6)
        label = escape(p.label) + ("\u3000" if p.kind in SET_APART else "")
        heading = f"{'#' * level} {label}{_text(p.heading, line, cite)} {{#{p.eid} .gz-prov data-label=\"{p.label}\"}}\n"
        return heading + (f"\n{_text(p.text, line, cite)}\n" if p.text else "")
    # A 条 or an item: one block at body size, the label in bold; a speaker's
    # point (一要…) and a 条 with a title of its own keep it bold with the
    # label, as printed.
    if p.kind == "ordinal" or (p.kind == "tiao" and p.heading):
        apart = "\u3000" if p.kind in SET_APART else ""
        lead, rest = f"**{escape(p.label)}{apart}{_text(p.heading, line, cite)}**", p.text
    else:
        lead, rest = f"**{escape(p.label)}**", p.heading + p.text
    sep = "\u3000" if p.kind in SET_APART and rest else ""
    if p.kind == "tiao":
        css = "gz-prov gz-art"
    else:
        items_above = sum(1 for kind in _ancestor_kinds(p, by_eid) if kind not in DIVISIONS + ("tiao",))
        css = f"gz-prov gz-item gz-d{min(items_above, 3)}"
    return (f"{lead}{sep}{_text(rest, line, cite)} [¶](#{p.eid}){{ .headerlink title=\"链接到此条\" }}\n"
            f"{{: #{p.eid} .{css.replace(' ', ' .')} data-label=\"{p.label}\" }}\n")


def _paragraph(p: Paragraph, cite=None) -> str:
    text = _text(p.text, p.lines[0], cite)
    if p.role == "heading":
        text = f"**{text}**"
    css = ROLE_CLASS.get(p.role)
    return f"{text}\n" + (f"{{: .{css} }}\n" if css else "")


def _table(table: Table, doc: Document) -> str:
    return (table_html(table) + "\n\n"
            + f'[下载 CSV]({doc.id}-{table.eid}.csv){{ .gz-csv download }}\n')


def _cited_by(doc: Document) -> str:
    page = document_path(doc)
    items = "\n".join(f"- [{escape(c['title'])}]({references.relative(c['href'], page)})"
                      for c in doc.cited_by)
    return f"## 被引用 {{#cited-by}}\n\n{items}\n"


def _neighbours(prev: Optional[Document], nxt: Optional[Document]) -> str:
    links = []
    if prev:
        links.append(f"上一篇：[{escape(prev.title)}]({prev.id}.md)")
    if nxt:
        links.append(f"下一篇：[{escape(nxt.title)}]({nxt.id}.md)")
    return "".join(f"\n{link}\n{{: .gz-neighbours }}\n" for link in links).lstrip("\n")


def gazette_page(gazette: Gazette) -> str:
    meta = {"title": gazette_title(gazette), "id": gazette.id, "name": gazette.name,
            "year": gazette.year, "issue": gazette.issue, "total_issue": gazette.total_issue,
            "date": gazette.date, "host": gazette.host, "source": gazette.source}
    out = [front_matter(meta), f"# {escape(gazette_title(gazette))}\n"]
    facts = [("刊名", gazette.name), ("期号", gazette.issue), ("总期号", gazette.total_issue),
             ("出版日期", gazette.date), ("主办", gazette.host)]
    cells = "".join(f"<dt>{k}</dt><dd>{html.escape(str(v))}</dd>" for k, v in facts if v)
    out.append(f'<dl class="gz-meta">{cells}</dl>\n')
    out.append("## 本期目录 {#toc}\n")  # the theme titles its own page outline 目录
    by_id = {d.id: d for d in gazette.documents}
    paged = any(entry.page for entry in gazette.toc)  # (a 目录 printed without pages has no column of them)

    def row(*cells) -> str:
        return "| " + " | ".join(cells[:3 if paged else 2]) + " |"

    rows = [row("文件", "发文字号", "页码"), "|---|---|" + "---|" * paged]
    listed = set()
    section = None
    for entry in gazette.toc:
        if entry.section and entry.section != section:
            section = entry.section
            rows.append(row(f"**{escape(section)}**", "", ""))
        doc = by_id.get(entry.document or "")
        title = f"[{escape(entry.title)}]({doc.id}.md)" if doc else escape(entry.title)
        listed.add(entry.document)
        rows.append(row(title, docnum_cell(doc) if doc else "", str(entry.page or "")))
    for doc in gazette.documents:
        if doc.id not in listed:
            rows.append(row(f"[{escape(doc.title)}]({doc.id}.md)", docnum_cell(doc), ""))
    out.append('<div class="gz-issue-toc" markdown>\n\n' + "\n".join(rows) + "\n\n</div>\n")
    if gazette.front_matter or gazette.back_matter:
        out.append("## 封面与版权页 {#cover}\n")
        out.extend(_cover(gazette.front_matter) + _cover(gazette.back_matter))
    return "\n".join(out)


def docnum_cell(doc: Document) -> str:
    """A 发文字号 never breaks inside: 荆政办发〔2022〕 / 16号 reads as two numbers."""
    return f'<span class="gz-nowrap">{escape(doc.doc_number)}</span>' if doc.doc_number else ""


NAME_RE = re.compile(r"[\u4e00-\u9fa5]{2,4}")
LABELLED_NAMES_RE = re.compile(r"[：:][\u4e00-\u9fa5 ]+$")
IMPRINT_WORD_RE = re.compile("编辑|出版|主办|印刷|电话|传真|地址|邮编|邮箱|网址")  # the imprint's own labels


def _cover(paragraphs: list[Paragraph]) -> list[str]:
    """The gazette's own pages (cover, imprint) as printed, a block a line."""
    return [f"{escape(text)}\n{{: .gz-cover }}\n" for text in cover_lines(paragraphs)]


def cover_lines(front: list[Paragraph]) -> list[str]:
    """The cover and imprint as printed: extraction sets each name of a board
    printed in columns ("委员：葛 磊  孙庆伟  刘 兵 …") on a line of its own;
    the names go back onto their label's line, spaced as printed."""
    out: list[str] = []
    for p in front:
        is_name = NAME_RE.fullmatch(p.text) and not IMPRINT_WORD_RE.search(p.text)
        if out and is_name and LABELLED_NAMES_RE.search(out[-1]):
            out[-1] += " " + p.text
        else:
            out.append(p.text)
    return out
