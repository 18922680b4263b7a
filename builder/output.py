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

import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import MutableMapping
from typing import Callable

import yaml
from dataclasses import dataclass, field

from . import export, feed, search_index, shortlinks
from .model import Diagnostic, Document, Gazette
from .render import (docnum_cell, document_page, document_path, escape, front_matter, gazette_page, gazette_title,
                     listed_title)
from .site import Collection, index_key, site_version
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


class Files(MutableMapping):
    """path → content of the generated files, in the order made. The files of
    an issue kept in pages_cache (see pages()) are read back only when one of
    them is asked for: an incremental build knows what a file on disk holds
    by its origin (Site.origins) and needs the content of few (at 3,000
    documents, ~200 MB read back and decoded, 0.4 s of CPU an edit)."""

    def __init__(self, files: dict[str, str] | None = None):
        self._files: dict = dict(files or {})  # path → content, or the function that reads its issue's files
        self._titles: dict[str, str | None] = {}  # page_title() of the files not read

    def defer(self, titles: dict[str, str | None], read: Callable[[], dict[str, str]]) -> None:
        """Files read by read() when one is asked for; titles: path → page_title() of each."""
        self._files.update(dict.fromkeys(titles, read))
        self._titles.update(titles)

    def title(self, path: str) -> str | None:
        return self._titles[path] if path in self._titles else page_title(self[path])

    def __getitem__(self, path: str) -> str:
        content = self._files[path]
        if callable(content):
            for each, text in content().items():
                self._files[each] = text
                self._titles.pop(each, None)
            content = self._files[path]
        return content

    def __setitem__(self, path: str, content: str) -> None:
        self._files[path] = content
        self._titles.pop(path, None)

    def __delitem__(self, path: str) -> None:
        del self._files[path]
        self._titles.pop(path, None)

    def __contains__(self, path) -> bool:  # Mapping's own would read the files to answer
        return path in self._files

    def __iter__(self):
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def page_title(markdown: str) -> str | None:
    """A page's title when it is the first key of its front matter (as in every generated page)."""
    first = markdown[4:markdown.find("\n", 4)] if markdown.startswith("---\n") else ""
    if not first.startswith("title:"):
        return None
    return yaml.load(first, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["title"]


@dataclass
class Site:
    files: Files  # path relative to the site's source folder → content
    nav: list              # [{title: source path | [entries]}], as mkdocs.yml writes it
    # path → what the content is made from, where that says it whole (an issue's files kept in
    # pages_cache: the code's version and the issue's key); the hook compares these instead of
    # hashing the content (200 MB at 3,000 documents)
    origins: dict[str, str] = field(default_factory=dict)


def site_files(collection: Collection, urls: Urls, *, title: str, site_url: str | None, home: str,
               pages_cache=None) -> Site:
    """Every generated file but the search index's (index_files()) and the
    navigation. home is the hand-written home page (Markdown with front
    matter); the listing of the issues follows it. pages_cache keeps each
    issue's pages between builds (site.pages_cache(), or any mapping)."""
    origins: dict[str, str] = {}
    files = pages(collection, pages_cache, origins)
    files["index.md"] = home.rstrip("\n") + "\n\n" + home_listing(collection)
    files["feed.xml"] = feed.atom(collection.gazettes, title=title, site_url=site_url,
                                  home=urls.page("index.md"), page_url=lambda doc: urls.page(document_path(doc)))
    files.update(shortlinks.pages(collection.documents, page_url=lambda doc: urls.page(document_path(doc))))
    files[search_index.RESULTS_PAGE] = search_index.results_page()
    return Site(files, nav(collection), origins)


def index_files(collection: Collection, urls: Urls, index_cache=None) -> dict[str, str]:
    """The search index's files (search/i/...; its results page is one of
    site_files()): scripts no page is made of, so a build can write them
    while MkDocs renders the pages (mkdocs_hooks.py). index_cache keeps each
    document's entry between builds (site.index_cache(), or any mapping)."""
    # a document's share of the index is made from it alone: by what its issue was converted from, its place there
    keys = [index_key(collection.sources[g.id], n) for g in collection.gazettes for n in range(len(g.documents))]
    return search_index.files(collection.documents, page_url=lambda doc: urls.page(document_path(doc)),
                              results_url=urls.page(search_index.RESULTS_PAGE), known=index_cache, keys=keys)


def pages(collection: Collection, known=None, origins: dict | None = None) -> Files:
    """The Markdown pages, CSV tables and JSON data: path → content. known:
    the files of each issue of earlier builds, by what the issue was
    converted from (collection.sources) and its documents' references and
    citers, read with get() and filled (a dict, or site.pages_cache()): an
    issue's files found there are read back only when asked for (Files), by
    the titles kept beside them; origins, with known: filled with each such
    file's origin (see Site)."""
    out = Files()
    for g in collection.gazettes:
        if known is None:
            out.update(issue_files(g))
            continue
        # an issue is what it was converted from, its address, and its documents' references and citers
        links = repr([(d.references, d.cited_by) for d in g.documents])
        key = hashlib.sha256(f"{collection.sources[g.id]}\0{g.id}\0{links}".encode()).hexdigest()
        titles = known.get(f"{key}-titles")
        if titles is None:
            known[key] = files = issue_files(g)
            known[f"{key}-titles"] = titles = {path: page_title(content) for path, content in files.items()}
            out.update(files)
        else:
            out.defer(titles, functools.partial(_issue_files_again, g, key, known))
        if origins is not None:
            origins.update(dict.fromkeys(titles, f"{site_version()}/{key}"))
    out["data/index.json"] = _json(export.index(collection.gazettes))
    out["data/report.json"] = _json([d.__dict__ for d in collection.diagnostics])
    out["report.md"] = report_page(collection)
    out.update(index_pages(collection))
    out.update(year_pages(collection))
    return out


def _issue_files_again(g: Gazette, key: str, known) -> dict[str, str]:
    """The files of issue g kept under key, or made again if they are gone (a killed build's)."""
    files = known.get(key)
    if files is None:
        known[key] = files = issue_files(g)
    return files


def issue_files(g: Gazette) -> dict[str, str]:
    """The pages, tables and data of one issue (or file) and its documents."""
    out = {f"gazettes/{g.id}/index.md": gazette_page(g)} if g.is_issue else {}
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
    """Compact: Python writes indented JSON with its pure-Python encoder, a
    third of the time the issues' pages took to make in a build from nothing."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def nav(collection: Collection) -> list:
    years: dict[str, list] = defaultdict(list)
    for g in collection.gazettes:
        if g.is_issue:
            documents = [f"gazettes/{g.id}/{d.id}.md" for d in g.documents]
            years[str(g.year or "未注明年份")].append({gazette_title(g): _section(f"gazettes/{g.id}/index.md", documents)})
    loose = [{label: _section(f"{path}index.md", [document_path(d) for _, d in docs])}
             for label, path, docs in published_alone(collection)]
    return [
        {"首页": "index.md"},
        *([{"公报": [{year: issues} for year, issues in years.items()]}] if years else []),
        *([{"文件": loose}] if loose else []),
        {"索引": ["indexes/issuers.md", "indexes/kinds.md", "indexes/numbers.md"]},
        {"使用说明": "guide.md"},
        {"数据接口": "data.md"},
    ]  # the build report is for editors: linked from the guide, not in the readers' navigation


def _section(index_page: str, documents: list[str]):
    """An issue's (or a year's) entry: its page and its documents, or its page alone when they are many."""
    return index_page if len(documents) > NAV_DOCUMENTS_PER_ISSUE else [index_page] + documents


def published_alone(collection: Collection) -> list[tuple[str, str, list[tuple[Gazette, Document]]]]:
    """The documents of files that are no issue (Gazette.is_issue) by the year
    of their 成文日期, newest first: (label, folder of the year's page, [(file, document)])."""
    years: dict[int | None, list] = defaultdict(list)
    for g in collection.gazettes:
        if not g.is_issue:
            for d in g.documents:
                years[int(d.date[:4]) if d.date else g.year].append((g, d))
    out = []
    for year in sorted(years, key=lambda y: y or 0, reverse=True):
        docs = sorted(years[year], key=lambda gd: gd[1].date or "", reverse=True)
        out.append((str(year) if year else "未注明日期", f"documents/{year or 'undated'}/", docs))
    return out


def year_pages(collection: Collection) -> dict[str, str]:
    """What an issue page is to its documents, a year's page is to the documents published alone that year."""
    out = {}
    for label, path, docs in published_alone(collection):
        title = f"{label}年文件" if label[0].isdigit() else f"{label}的文件"
        rows = ["| 文件 | 发文字号 | 成文日期 |", "|---|---|---|"]
        rows.extend(f"| [{escape(listed_title(d, g))}](../../{document_path(d)}) | {docnum_cell(d)} | {d.date or ''} |"
                    for g, d in docs)
        out[f"{path}index.md"] = (front_matter({"title": title}) + f"# {escape(title)}\n\n"
                                  + '<div class="gz-issue-toc" markdown>\n\n' + "\n".join(rows) + "\n\n</div>\n")
    return out


NEWEST = 10  # documents listed on the home page


def home_listing(collection: Collection) -> str:
    """The newest documents (by 成文日期, as in the feed), then every issue by
    year, then the years of the documents published alone."""
    newest = feed.newest(collection.gazettes, NEWEST)
    issues = [g for g in collection.gazettes if g.is_issue]
    out = []
    if newest:
        count = f"{len(issues)} 期公报、" if issues else ""
        out.append(f"更新至 {newest[0][0]}：共 {count}{len(collection.documents)} 件文件。\n")
        out.append("## 最新文件 {#newest}\n")
        out.extend(f"- [{escape(listed_title(d, g))}](gazettes/{g.id}/{d.id}.md) · {date}"
                   for date, g, d in newest)
        out.append("")
    if issues:
        out.append("## 各期公报 {#issues}\n")
    year = None
    for g in issues:
        if g.year != year:
            year = g.year
            out.append(f"### {year or '未注明年份'} {{#y{year or 0}}}\n")
        date = f"（{g.date}）" if g.date else ""
        out.append(f"- [{escape(gazette_title(g))}](gazettes/{g.id}/index.md){date} · {len(g.documents)} 件文件")
    if alone := published_alone(collection):
        out.append("\n## 文件 {#documents}\n" if issues else "## 文件 {#documents}\n")
        out.extend(f"- [{label}]({path}index.md) · {len(docs)} 件文件" for label, path, docs in alone)
    return "\n".join(out) + "\n"


# What each diagnostic code means to an editor, and what to check.
DIAGNOSTICS = {
    "numbering-gap": ("编号不连续", "请对照原件，看是否漏印、错印或分段有误"),
    "doubtful-join": ("分段存疑（已接排）", "请对照原件，确认这两行属于同一段"),
    "doubtful-break": ("分段存疑（已分段）", "请对照原件，确认此处另起一段"),
    "fullwidth-punctuation": ("标点改为全角", "请确认无误"),
    "toc-unmatched": ("目录条目未找到", "请核对目录与正文的标题是否一致"),
    "toc-missing": ("文件不在目录中", "请核对该文件是否为独立文件"),
    "toc-grammar": ("目录与正文分件不符", "请核对此处是否为一件新文件"),
    "table-unrebuilt": ("表格未重建", "请对照原件核对该表"),
    "doc-number-damaged": ("发文字号疑似受损", "已按原样保留"),
    "no-document": ("未识别出文件", "没有找到文件标题，全文作为一页发布"),
    "repaired-input": ("字符已修复", "原始文本中的不可见字符、无效字节或转载时加注的拼音已删除或替换"),
    "duplicate-file": ("重复文件", "与另一文件完全相同，只发布一次"),
    "duplicate-gazette": ("同一期的另一版本", "与另一文件是同一期公报但内容不同，以单独的地址发布"),
    "not-a-seed": ("未读取", "不是普通文本文件（链接、隐藏文件或文件夹），没有读取"),
    "unreadable": ("无法读取", "文件无法打开"),
    "bad-input": ("无法转换", "空文件、二进制文件、编码无法识别或不是公报"),
    "converter-fault": ("转换出错", "转换器在此文件上出错，全文以不分结构的形式发布；请报告此问题"),
}

# Codes whose messages the converter writes in Chinese: its findings inside a document.
SAID_IN_CHINESE = {"numbering-gap", "toc-unmatched", "toc-missing", "toc-grammar", "doubtful-join",
                   "doubtful-break", "fullwidth-punctuation", "table-unrebuilt", "doc-number-damaged"}


def report_page(collection: Collection) -> str:
    """The editors' list of doubtful spots, in Chinese, each linked to the page it concerns."""
    docs = collection.documents
    out = [front_matter({"title": "构建报告"}), "# 构建报告\n",
           f"{len(collection.gazettes)} 期公报，{len(docs)} 件文件，"
           f"{len(collection.diagnostics)} 条提示。点击文件名打开相应页面；行号指原始文本中的行。\n"]
    if collection.diagnostics:
        out.append("| 文件 | 原始文本 | 类别 | 说明 |\n|---|---|---|---|")
        issues = {g.source: g for g in reversed(collection.gazettes)}  # the first issue of each seed
        clauses: dict[int, dict[int, str]] = {}  # id(doc) → the eid of the clause starting at each line
        for d in collection.diagnostics:
            name, advice = DIAGNOSTICS.get(d.code, (d.code, ""))
            where = escape(d.file) + (f" 第 {d.line} 行" if d.line else "")
            if d.code in SAID_IN_CHINESE:
                detail = "。".join(filter(None, [escape(d.message), advice]))
            else:  # file-level messages, also printed on the command line, keep their details in parentheses
                detail = f"{advice}（{escape(d.message)}）" if advice else escape(d.message)
            out.append(f"| {_page_of(issues.get(d.file), d, clauses)} | {where} | <span title=\"{d.code}\">{name}</span> | {detail} |")
    return "\n".join(out) + "\n"


def _page_of(g: Gazette | None, d: Diagnostic, clauses: dict) -> str:
    """A link to the document of issue g (the diagnostic's file) that holds
    the diagnostic's line (to the clause that starts there, when one does),
    else to the issue. clauses: each document's clauses by first line, filled
    (a document has many diagnostics: its clauses are gathered once)."""
    if g is None:
        return "—"
    for doc in g.documents:
        if d.line and doc.lines[0] <= d.line <= doc.lines[1]:
            if id(doc) not in clauses:
                clauses[id(doc)] = {}
                for p in doc.provisions:
                    clauses[id(doc)].setdefault(p.lines[0], p.eid)
            anchor = f"#{clauses[id(doc)][d.line]}" if d.line in clauses[id(doc)] else ""
            return f"[{escape(doc.title)}](gazettes/{g.id}/{doc.id}.md{anchor})"
    if not g.is_issue:  # a file of documents published alone has no page of its own
        return f"[{escape(g.documents[0].title)}]({document_path(g.documents[0])})" if g.documents else "—"
    return f"[{escape(gazette_title(g))}](gazettes/{g.id}/index.md)"


def index_pages(collection: Collection) -> dict[str, str]:
    """Browse by issuer, by kind, by doc-number prefix; each entry dated and placed."""
    groups = {"issuers": defaultdict(list), "kinds": defaultdict(list), "numbers": defaultdict(list)}
    for g in collection.gazettes:
        for d in g.documents:
            for issuer in d.issuers or ["（未署发文机关）"]:
                groups["issuers"][issuer].append((g, d))
            groups["kinds"][d.kind or "其他"].append((g, d))
            # A number printed without its 代字 ('〔2023〕8号', a reply's or a 公告's serial) has no prefix to list it by.
            prefix = (d.doc_number.split("〔")[0] or "（无机关代字）") if d.doc_number else "（无发文字号）"
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
                lines.append(f"- [{escape(listed_title(d, g))}](../gazettes/{g.id}/{d.id}.md){number} · "
                             f"{d.date or '日期不详'}" + (f" · {escape(gazette_title(g))}" if g.is_issue else ""))
            lines.append("")
        out[f"indexes/{name}.md"] = "\n".join(lines)
    return out
