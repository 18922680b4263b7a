"""The Atom feed (RFC 4287) of the newest documents, for feed readers.

A pure function of the converted gazettes. Decisions:
- An entry's date is the document's 成文日期; an undated document takes its
  issue's date, else the latest 成文日期 of its issue (the issue cannot be
  older). A document whose issue has no date at all cannot be placed in
  time and is left out.
- Ids are urn:uuid: names derived from the document's canonical path
  (gazettes/<issue>/<doc>/), so they stay the same when the site moves to
  another host or sub-path and a feed reader does not show old documents
  as new.
- Links are absolute when site_url is set. Without it they are relative,
  which Atom allows: a reader resolves them against the feed's own address,
  and feed.xml sits at the site root.
"""
from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from typing import Callable, Optional
from urllib.parse import urljoin

from .model import Document, Gazette, Paragraph, Provision
from .render import document_url, listed_title

ATOM = "http://www.w3.org/2005/Atom"
TIMEZONE = "+08:00"  # gazette dates are dates in China Standard Time
SUMMARY_CHARS = 160  # enough for the opening sentence or two of a notice
ENDS = "。！？；："
SENTENCE_END = re.compile(f"(?<=[{ENDS}])")
TEXT_ROLES = ("body", "row", "entry")  # a paragraph of the text itself, not of the frame


def entry_id(doc: Document) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, document_url(doc))}"


def newest(gazettes: list[Gazette], limit: int) -> list[tuple[str, Gazette, Document]]:
    """(date, gazette, document), newest first; ties keep the issue's order."""
    dated = []
    for g in gazettes:
        fallback = g.date or max((d.date for d in g.documents if d.date), default=None)
        for position, doc in enumerate(g.documents):
            date = doc.date or fallback
            if date:
                dated.append((date, g, doc, position))
    dated.sort(key=lambda e: (e[0], e[1].date or "", e[1].id, -e[3]), reverse=True)
    return [(date, g, doc) for date, g, doc, _ in dated[:limit]]


def summary(doc: Document) -> str:
    """The opening sentences of the document's own text (not its 文号 or 主送),
    read on across paragraphs so that "同志们：" is not all a reader sees."""
    out = ""
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, Paragraph) and block.role in TEXT_ROLES:
                text = block.text
            elif isinstance(block, Provision):
                # 第一条 is printed apart from its text; 一、 and （一） are not
                gap = "\u3000" if re.match(r"[\u4e00-\u9fff]", block.label[-1:]) else ""
                text = f"{block.label}{gap}{block.heading}{block.text}"
            else:
                continue
            if out and out[-1] not in ENDS:
                out += " "  # a heading: keep it apart from what follows
            for sentence in SENTENCE_END.split(text.strip()):
                if len(out) >= SUMMARY_CHARS // 2:
                    return _cut(out)
                out += sentence
    return _cut(out) or doc.title


def _cut(text: str) -> str:
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"


def atom(gazettes: list[Gazette], *, title: str, site_url: Optional[str], home: str,
         page_url: Callable[[Document], str], limit: int = 50) -> str:
    """feed.xml: the newest documents. home and page_url give the site-relative
    URLs of the home page and of a document's page (MkDocs decides their form)."""
    def href(path: str) -> str:
        return urljoin(site_url, path) if site_url else path

    entries = newest(gazettes, limit)
    feed = ET.Element("feed", xmlns=ATOM)
    _text(feed, "title", title)
    _text(feed, "subtitle", f"最新 {len(entries)} 件文件")
    _text(feed, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, site_url or title)}")
    _text(feed, "updated", _time(entries[0][0]) if entries else "1970-01-01T00:00:00Z")
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml",
                  href=href("feed.xml"))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=href(home or "./"))
    _text(ET.SubElement(feed, "author"), "name", title)
    for date, gazette, doc in entries:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "title", listed_title(doc, gazette))
        ET.SubElement(entry, "link", rel="alternate", type="text/html",
                      href=href(page_url(doc)))
        _text(entry, "id", entry_id(doc))
        _text(entry, "updated", _time(date))
        for issuer in doc.issuers:
            _text(ET.SubElement(entry, "author"), "name", issuer)
        if doc.kind:
            ET.SubElement(entry, "category", term=doc.kind)
        number = f"{doc.doc_number} · " if doc.doc_number else ""
        _text(entry, "summary", f"{number}{summary(doc)}")
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _time(date: str) -> str:
    return f"{date}T00:00:00{TIMEZONE}"
