"""Every file a static site is made of, from the collection: renderer-neutral.

site_files() is a pure function of the converted collection and a URL
strategy. It returns the Markdown pages (documents, issues, indexes, the home
page with its listing, the build report), the data export, the Atom feed, the
wh/ short-address pages, the search index with its results page and the
navigation as data. `python -m builder convert` writes it to a folder; the
MkDocs hook only hands the same files to MkDocs. Any renderer that reads
Markdown with front matter can build from it.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from . import export, feed, search_index, shortlinks
from .model import Document, Gazette
from .render import document_page, document_path, escape, front_matter, gazette_page, gazette_title
from .site import Collection
from .table_output import table_csv

# An issue with more documents than this is one entry in the navigation, its
# issue page lists the documents: otherwise every page of a 600-document issue
# carries 600 links (133 MB of HTML for that issue alone).
NAV_DOCUMENTS_PER_ISSUE = 40


@dataclass(frozen=True)
class Urls:
    """How a page's source path becomes its address: x/ (a web server) or
    x.html (a folder opened without a server)."""
    directory: bool = True

    def page(self, source: str) -> str:
        """"gazettes/g/d.md" → "gazettes/g/d/" or "gazettes/g/d.html"; "index.md" → "" or "index.html"."""
        stem = source[:-3]
        if stem == "index" or stem.endswith("/index"):
            folder = stem[:-len("index")]
            return folder if self.directory else f"{folder}index.html"
        return f"{stem}/" if self.directory else f"{stem}.html"


@dataclass
class Site:
    files: dict[str, str]  # path relative to the site's source folder → content
    nav: list              # [{title: source path | [entries]}], as mkdocs.yml writes it


def site_files(collection: Collection, urls: Urls, *, title: str, site_url: str | None, home: str) -> Site:
    """Every generated file and the navigation. home is the hand-written home
    page (Markdown with front matter); the listing of the issues follows it."""
    def page_url(doc: Document) -> str:
        return urls.page(document_path(doc))

    files = pages(collection)
    files["index.md"] = home.rstrip("\n") + "\n\n" + home_listing(collection)
    files["feed.xml"] = feed.atom(collection.gazettes, title=title, site_url=site_url,
                                  home=urls.page("index.md"), page_url=page_url)
    files.update(shortlinks.pages(collection.documents, page_url=page_url))
    files[search_index.RESULTS_PAGE] = search_index.results_page()
    files.update(search_index.files(collection.documents, page_url=page_url,
                                    results_url=urls.page(search_index.RESULTS_PAGE)))
    return Site(files, nav(collection))


def pages(collection: Collection) -> dict[str, str]:
    """The Markdown pages, CSV tables and JSON data: path → content."""
    global _issue_files
    out: dict[str, str] = {}
    kept = {}
    for g in collection.gazettes:
        key = hashlib.sha256(repr(g).encode()).digest()
        kept[key] = _issue_files.get(key) or issue_files(g)
        out.update(kept[key])
    _issue_files = kept
    out["data/index.json"] = _json(export.index(collection.gazettes))
    out["data/report.json"] = _json([d.__dict__ for d in collection.diagnostics])
    out["report.md"] = report_page(collection)
    out.update(index_pages(collection))
    return out


# The files of each issue of the last call, by a hash of the issue (its
# documents, their references and citers included): `mkdocs serve` runs one
# process for all its builds, and after an edit most issues are unchanged.
_issue_files: dict[bytes, dict[str, str]] = {}


def issue_files(g: Gazette) -> dict[str, str]:
    """The pages, tables and data of one issue and its documents."""
    out = {f"gazettes/{g.id}/index.md": gazette_page(g)}
    docs = g.documents
    for i, doc in enumerate(docs):
        prev = docs[i - 1] if i else None
        nxt = docs[i + 1] if i + 1 < len(docs) else None
        out[f"gazettes/{g.id}/{doc.id}.md"] = document_page(doc, g, prev, nxt)
        for table in doc.tables:
            # With a BOM, spreadsheet programs read the Chinese as UTF-8.
            out[f"gazettes/{g.id}/{doc.id}-{table.eid}.csv"] = "\ufeff" + table_csv(table)
        out[f"data/documents/{g.id}/{doc.id}.json"] = _json(export.document_data(doc, g))
    return out


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def nav(collection: Collection) -> list:
    years: dict[str, list] = defaultdict(list)
    for g in collection.gazettes:
        issue_page = f"gazettes/{g.id}/index.md"
        if len(g.documents) > NAV_DOCUMENTS_PER_ISSUE:
            entry = issue_page
        else:
            entry = [issue_page] + [f"gazettes/{g.id}/{d.id}.md" for d in g.documents]
        years[str(g.year or "未注明年份")].append({gazette_title(g): entry})
    return [
        {"首页": "index.md"},
        {"公报": [{year: issues} for year, issues in years.items()]},
        {"索引": ["indexes/issuers.md", "indexes/kinds.md", "indexes/numbers.md"]},
        {"使用说明": "guide.md"},
        {"数据接口": "data.md"},
        {"构建报告": "report.md"},
    ]


def home_listing(collection: Collection) -> str:
    out = ["## 各期公报 {#issues}\n"]
    year = None
    for g in collection.gazettes:
        if g.year != year:
            year = g.year
            out.append(f"### {year or '未注明年份'} {{#y{year or 0}}}\n")
        date = f"（{g.date}）" if g.date else ""
        out.append(f"- [{escape(gazette_title(g))}](gazettes/{g.id}/index.md){date} · {len(g.documents)} 件文件")
    return "\n".join(out) + "\n"


def report_page(collection: Collection) -> str:
    docs = collection.documents
    out = [front_matter({"title": "构建报告"}), "# 构建报告\n",
           f"{len(collection.gazettes)} 期公报，{len(docs)} 件文件，"
           f"{len(collection.diagnostics)} 条提示。\n"]
    if collection.diagnostics:
        out.append("| 文件 | 行 | 页面 | 类别 | 说明 |\n|---|---|---|---|---|")
        by_source = defaultdict(list)
        for g in collection.gazettes:
            by_source[g.source].append(g)
        for d in collection.diagnostics:
            found = _document_at(by_source[d.file], d.line)
            page = f"[{escape(found[1].title)}](gazettes/{found[0].id}/{found[1].id}.md)" if found else ""
            out.append(f"| {escape(d.file)} | {d.line or ''} | {page} | {d.code} | {escape(d.message)} |")
    return "\n".join(out) + "\n"


def _document_at(gazettes: list[Gazette], line: Optional[int]):
    """(gazette, document) whose text holds that line of the seed these
    gazettes come from, so an editor goes from the report to the page."""
    for g in gazettes:
        for d in g.documents if line else []:
            if d.lines[0] <= line <= d.lines[1]:
                return g, d
    return None


def index_pages(collection: Collection) -> dict[str, str]:
    """Browse by issuer, by kind, by doc-number prefix; each entry dated and placed."""
    groups = {"issuers": defaultdict(list), "kinds": defaultdict(list), "numbers": defaultdict(list)}
    for g in collection.gazettes:
        for d in g.documents:
            for issuer in d.issuers or ["（未署发文机关）"]:
                groups["issuers"][issuer].append((g, d))
            groups["kinds"][d.kind or "其他"].append((g, d))
            prefix = d.doc_number.split("〔")[0] if d.doc_number else "（无发文字号）"
            groups["numbers"][prefix].append((g, d))
    titles = {"issuers": "按发文机关", "kinds": "按文种", "numbers": "按发文字号"}
    out = {}
    for name, group in groups.items():
        lines = [front_matter({"title": titles[name]}), f"# {titles[name]}\n"]
        for n, key in enumerate(sorted(group), start=1):
            lines.append(f"## {escape(key)} {{#g{n}}}\n")
            for g, d in sorted(group[key], key=lambda gd: gd[1].date or "", reverse=True):
                number = f" {escape(d.doc_number)}" if d.doc_number else ""
                if short := shortlinks.variants(d.doc_number or ""):  # the number links to its short address
                    number = f" [{escape(d.doc_number)}](../{shortlinks.path(short[0])})"
                lines.append(f"- [{escape(d.title)}](../gazettes/{g.id}/{d.id}.md){number} · "
                             f"{d.date or '日期不详'} · {escape(gazette_title(g))}")
            lines.append("")
        out[f"indexes/{name}.md"] = "\n".join(lines)
    return out
