"""Short addresses from doc numbers: wh/<发文字号>/ leads to the document.

People cite a document by its number, so the number is an address:
wh/荆政办发〔2022〕16号/. The same number is typed with whatever brackets are at
hand: every bracket shape in BRACKETS, and none, leads to the same page. Only
the first shape has a page (one per number, not six); a server answers the
others with 404.html, whose script (overrides/assets/shortlinks.js) rewrites
the number into that shape and goes on.

Each address is a small static page, not a Markdown page, so it stays out of
the navigation, the search index and the sitemap. It redirects with a meta
refresh (no script needed), names the target in <link rel=canonical>, and
shows a plain link for browsers that do not follow the refresh. Its links are
relative, so the site works under any site_url sub-path and from a folder.
A number that two documents share (the same issue published twice) gets a
page listing both instead of a redirect.
"""
from __future__ import annotations

import html
import posixpath
from typing import Callable, Iterable

from . import csp
from .text.frame import DOC_NUMBER_RE

BRACKETS = [("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("【", "】"), ("", "")]


def variants(doc_number: str) -> list[str]:
    """荆政办发〔2022〕16号 → the same number in every bracket shape and without brackets."""
    match = DOC_NUMBER_RE.search(doc_number)
    if not match:
        return []
    # The whole 代字 or name before the year: a joint 公告's name is longer than the regex's prefix reaches.
    prefix = doc_number[:match.start("prefix")].strip() + match.group("prefix")
    year, serial = match.group("year"), int(match.group("serial"))
    return [f"{prefix}{left}{year}{right}{serial}号" for left, right in BRACKETS]


def path(number: str) -> str:
    """The file that serves wh/<number>/, relative to the site root."""
    return f"wh/{number}/index.html"


def pages(documents: Iterable, page_url: Callable) -> dict[str, str]:
    """path → HTML for every document with a doc number; page_url(doc) is the
    document page's URL relative to the site root (as MkDocs writes it)."""
    by_path: dict[str, list] = {}
    for doc in documents:
        if numbers := variants(doc.doc_number or ""):
            by_path.setdefault(path(numbers[0]), []).append(doc)
    return {p: _page(p, docs, page_url) for p, docs in by_path.items()}


def _page(at: str, docs: list, page_url: Callable) -> str:
    links = [(html.escape(_relative(page_url(d), posixpath.dirname(at))),
              html.escape(f"{d.doc_number} {d.title}")) for d in docs]
    head = ['<!doctype html>', '<html lang="zh">', '<head>', '<meta charset="utf-8">', csp.meta(),
            '<meta name="robots" content="noindex">',
            '<link rel="icon" href="data:,">',  # no favicon request (a 404) before the refresh
            f'<title>{html.escape(docs[0].doc_number)}</title>']
    if len(docs) == 1:
        href = links[0][0]
        head += [f'<link rel="canonical" href="{href}">',
                 f'<meta http-equiv="refresh" content="0; url={href}">']
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return "\n".join(head + ['</head>', f'<body><ul>{items}</ul></body>', '</html>']) + "\n"


def _relative(url: str, here: str) -> str:
    """A site-root-relative URL as seen from the folder here, keeping a final slash."""
    return posixpath.relpath(url, here) + ("/" if url.endswith("/") else "")
