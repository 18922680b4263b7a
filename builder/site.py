"""The collection: every seed converted, and the pages, navigation, data and
report a site is made of. I/O happens only in load(); everything after it is
a pure function of the converted gazettes, shared by the MkDocs hook and the
command line."""
from __future__ import annotations

import json
import logging
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from . import export, feed, references, shortlinks
from .convert import InputError, convert, convert_plain, decode
from .text.ids import file_slug
from .model import Diagnostic, Gazette
from .render import document_page, escape, front_matter, gazette_page, gazette_title, listed_title
from .table_output import table_csv

log = logging.getLogger("mkdocs.plugins.gazette")
# Written into every folder a build fills: only a folder that has it, or an
# empty one, may be replaced by `python -m builder build --site`.
MARKER = ".gazette-site"


@dataclass
class Collection:
    gazettes: list[Gazette] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def documents(self):
        return [d for g in self.gazettes for d in g.documents]


def load(seeds: Path, progress: Optional[Callable[[str], None]] = None) -> Collection:
    """Convert every seed; a file that cannot be used costs only itself (a diagnostic)."""
    collection = Collection()
    files = seed_files(seeds, collection.diagnostics)
    seen: dict[str, tuple[str, bytes]] = {}  # gazette id → (source, bytes) of the file that has it
    for n, path in enumerate(files, start=1):
        source = f"seeds/{path.name}"
        data = _read(path, source, collection.diagnostics)
        gazette = None if data is None else _convert_one(data, source, path.stem, collection.diagnostics)
        if gazette is None:
            continue
        if gazette.id in seen:
            first, first_data = seen[gazette.id]
            if first_data == data:
                collection.diagnostics.append(Diagnostic(
                    source, None, "duplicate-file", f"identical copy of {first}; not published twice", "warning"))
                continue
            collection.diagnostics.append(Diagnostic(
                source, None, "duplicate-gazette",
                f"same gazette issue as {first}; published under its own address", "warning"))
            _readdress(gazette, f"{gazette.id}-{file_slug(path.stem)}", seen)
        seen[gazette.id] = (source, data)
        collection.gazettes.append(gazette)
        collection.diagnostics.extend(gazette.diagnostics)
        if progress:
            progress(f"[{n}/{len(files)}] {path.name}: {len(gazette.documents)} documents")
    collection.gazettes.sort(key=lambda g: (-(g.year or 0), g.id))
    references.link(collection.gazettes)  # cross-links need the whole collection
    return collection


def seed_files(seeds: Path, diagnostics: list[Diagnostic]) -> list[Path]:
    """The regular files of the seeds folder. Nothing else is read, and each
    thing left out is named: a symbolic link could publish a file from
    anywhere on the machine, a hidden file is an editor's or a system's."""
    files = []
    for path in sorted(seeds.iterdir()):
        source = f"seeds/{path.name}"
        if path.is_symlink():
            why = "symbolic link to nothing" if not path.exists() else "symbolic link"
            diagnostics.append(Diagnostic(source, None, "not-a-seed", f"{why}; not followed", "warning"))
        elif path.name.startswith("."):
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "hidden file; not read", "warning"))
        elif path.is_dir():
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "subfolder; not read", "warning"))
        elif not path.is_file():
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "not a regular file; not read", "warning"))
        else:
            files.append(path)
    return files


def _read(path: Path, source: str, diagnostics: list[Diagnostic]) -> Optional[bytes]:
    try:  # O_NOFOLLOW: a file swapped for a link since seed_files() is still not followed
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as f:
            return f.read()
    except OSError as error:
        diagnostics.append(Diagnostic(source, None, "unreadable",
                                      f"cannot be read: {error.strerror or error}", "warning"))
        return None


def _convert_one(data: bytes, source: str, stem: str, diagnostics: list[Diagnostic]) -> Optional[Gazette]:
    try:
        return convert(data, source, stem)
    except InputError as error:
        diagnostics.append(Diagnostic(source, error.line, "bad-input", str(error), "warning"))
        return None
    except Exception as error:  # a converter fault on one file must not cost the others
        log.exception("converter fault on %s", source)
        diagnostics.append(Diagnostic(source, None, "converter-fault",
                                      f"converter fault ({type(error).__name__}: {error}); "
                                      "the text is shown unstructured", "warning"))
        return convert_plain(decode(data).text, source, stem)


def _readdress(gazette: Gazette, base: str, seen: dict) -> None:
    gazette_id, n = base, 2
    while gazette_id in seen:
        gazette_id, n = f"{base}-{n}", n + 1
    gazette.id = gazette_id
    for doc in gazette.documents:
        doc.gazette = gazette_id


def mark(folder: Path) -> None:
    (folder / MARKER).write_text("Built by the gazette builder; "
                                 "`python -m builder build --site` may replace this folder.\n", encoding="utf-8")


def is_marked(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def pages(collection: Collection) -> dict[str, str]:
    """Every generated file of the site: path relative to docs/ → content."""
    out: dict[str, str] = {}
    for g in collection.gazettes:
        out[f"gazettes/{g.id}/index.md"] = gazette_page(g)
        docs = g.documents
        for i, doc in enumerate(docs):
            prev = docs[i - 1] if i else None
            nxt = docs[i + 1] if i + 1 < len(docs) else None
            out[f"gazettes/{g.id}/{doc.id}.md"] = document_page(doc, g, prev, nxt)
            for table in doc.tables:
                # With a BOM, spreadsheet programs read the Chinese as UTF-8.
                out[f"gazettes/{g.id}/{doc.id}-{table.eid}.csv"] = "\ufeff" + table_csv(table)
            out[f"data/documents/{g.id}/{doc.id}.json"] = _json(export.document_data(doc, g))
    out["data/index.json"] = _json(export.index(collection.gazettes))
    out["data/report.json"] = _json([d.__dict__ for d in collection.diagnostics])
    out["report.md"] = report_page(collection)
    out.update(index_pages(collection))
    return out


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def nav(collection: Collection) -> list:
    years: dict[str, list] = defaultdict(list)
    for g in collection.gazettes:
        issue = [f"gazettes/{g.id}/index.md"] + [f"gazettes/{g.id}/{d.id}.md" for d in g.documents]
        years[str(g.year or "未注明年份")].append({gazette_title(g): issue})
    return [
        {"首页": "index.md"},
        {"公报": [{year: issues} for year, issues in years.items()]},
        {"索引": ["indexes/issuers.md", "indexes/kinds.md", "indexes/numbers.md"]},
        {"使用说明": "guide.md"},
        {"数据接口": "data.md"},
    ]  # the build report is for editors: linked from the guide, not in the readers' navigation


NEWEST = 10  # documents listed on the home page


def home_listing(collection: Collection) -> str:
    """The newest documents (by 成文日期, as in the feed), then every issue by year."""
    newest = feed.newest(collection.gazettes, NEWEST)
    out = []
    if newest:
        out.append(f"更新至 {newest[0][0]}：共 {len(collection.gazettes)} 期公报、"
                   f"{len(collection.documents)} 件文件。\n")
        out.append("## 最新文件 {#newest}\n")
        out.extend(f"- [{escape(listed_title(d, g))}](gazettes/{g.id}/{d.id}.md) · {date}"
                   for date, g, d in newest)
        out.append("")
    out.append("## 各期公报 {#issues}\n")
    year = None
    for g in collection.gazettes:
        if g.year != year:
            year = g.year
            out.append(f"### {year or '未注明年份'} {{#y{year or 0}}}\n")
        date = f"（{g.date}）" if g.date else ""
        out.append(f"- [{escape(gazette_title(g))}](gazettes/{g.id}/index.md){date} · {len(g.documents)} 件文件")
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
    "no-document": ("未识别出文件", "没有找到文件标题，全文作为一页发布"),
    "repaired-input": ("字符已修复", "原始文本中的不可见或无效字符已删除或替换"),
    "duplicate-file": ("重复文件", "与另一文件完全相同，只发布一次"),
    "duplicate-gazette": ("同一期的另一版本", "与另一文件是同一期公报但内容不同，以单独的地址发布"),
    "not-a-seed": ("未读取", "不是普通文本文件（链接、隐藏文件或文件夹），没有读取"),
    "unreadable": ("无法读取", "文件无法打开"),
    "bad-input": ("无法转换", "空文件、二进制文件、编码无法识别或不是公报"),
    "converter-fault": ("转换出错", "转换器在此文件上出错，全文以不分结构的形式发布；请报告此问题"),
}

# Codes whose messages the converter writes in Chinese: its findings inside a document.
SAID_IN_CHINESE = {"numbering-gap", "toc-unmatched", "toc-missing", "toc-grammar", "doubtful-join",
                   "doubtful-break", "fullwidth-punctuation", "table-unrebuilt"}


def report_page(collection: Collection) -> str:
    """The editors' list of doubtful spots, in Chinese, each linked to the page it concerns."""
    docs = collection.documents
    out = [front_matter({"title": "构建报告"}), "# 构建报告\n",
           f"{len(collection.gazettes)} 期公报，{len(docs)} 件文件，"
           f"{len(collection.diagnostics)} 条提示。点击文件名打开相应页面；行号指原始文本中的行。\n"]
    if collection.diagnostics:
        out.append("| 文件 | 原始文本 | 类别 | 说明 |\n|---|---|---|---|")
        for d in collection.diagnostics:
            name, advice = DIAGNOSTICS.get(d.code, (d.code, ""))
            where = escape(d.file) + (f" 第 {d.line} 行" if d.line else "")
            if d.code in SAID_IN_CHINESE:
                detail = "。".join(filter(None, [escape(d.message), advice]))
            else:  # file-level messages, also printed on the command line, keep their details in parentheses
                detail = f"{advice}（{escape(d.message)}）" if advice else escape(d.message)
            out.append(f"| {_page_of(collection, d)} | {where} | <span title=\"{d.code}\">{name}</span> | {detail} |")
    return "\n".join(out) + "\n"


def _page_of(collection: Collection, d: Diagnostic) -> str:
    """A link to the document that holds the diagnostic's line (to the clause
    that starts there, when one does), else to its issue."""
    for g in collection.gazettes:
        if g.source != d.file:
            continue
        for doc in g.documents:
            if d.line and doc.lines[0] <= d.line <= doc.lines[1]:
                anchor = next((f"#{p.eid}" for p in doc.provisions if p.lines[0] == d.line), "")
                return f"[{escape(doc.title)}](gazettes/{g.id}/{doc.id}.md{anchor})"
        return f"[{escape(gazette_title(g))}](gazettes/{g.id}/index.md)"
    return "—"


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
                lines.append(f"- [{escape(listed_title(d, g))}](../gazettes/{g.id}/{d.id}.md){number} · "
                             f"{d.date or '日期不详'} · {escape(gazette_title(g))}")
            lines.append("")
        out[f"indexes/{name}.md"] = "\n".join(lines)
    return out

