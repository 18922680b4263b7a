"""MkDocs hook: the thin seam between MkDocs and the builder.

on_files converts the seeds and hands every file builder/output.py makes
(pages, data, feed, wh/ pages, search index and results page, the home page
with its listing) to MkDocs as virtual files, and its navigation to the
config. The rest is MkDocs-only: titles escaped for the theme, a document's
outline as its table of contents, the Content-Security-Policy, the offline
build's script shim. All logic lives in builder/; nothing else reads this
module's state.
"""
import hashlib
import logging
from pathlib import Path

import jieba
from markupsafe import escape
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.structure.toc import AnchorLink, TableOfContents

from builder import csp, output, site
from builder.render import document_path, outline

log = get_plugin_logger("gazette")
documents = {}  # page source path → document, for its table of contents
own_scripts = []  # the theme's inline scripts, allowed by the pages' Content-Security-Policy
# The search index finds typo corrections with jieba, whose logger prints its start-up
# ("Building prefix dict ...") through a handler of its own, and once more through
# the root logger's when `python -m builder build` sets one: not news to an editor.
jieba.setLogLevel(logging.WARNING)
incremental = False  # `mkdocs serve --dirty`: MkDocs rebuilds only the files newer than their output


def on_startup(command, dirty):
    global incremental
    incremental = dirty


@event_priority(-100)  # after Material's offline plugin has added its polyfill
def on_config(config):
    """For a site opened from a folder (Material's offline plugin):
    - the plugin adds a file:// shim for Material's search worker, loaded from a
      public CDN; our search needs no worker (assets/search.js), so drop it;
    - no feed link in the page head: a folder has no address to subscribe to,
      and Material takes any <link rel=alternate> for a language version and
      fetches sitemap.xml beside it, which file:// forbids."""
    global own_scripts
    own_scripts = csp.theme_scripts([Path(d) for d in config.theme.dirs])
    offline = config.plugins.get("material/offline")
    config.extra["offline"] = bool(offline and offline.config.enabled)
    config.extra["feed_link"] = not config.extra["offline"]
    config.extra["polyfills"] = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    return config


def on_files(files, config):
    seeds = Path(config.config_file_path).parent / config.extra.get("seeds", "seeds")
    collection = site.load(seeds.resolve(), progress=log.info, cache=site.CACHE, workers=site.WORKERS)
    documents.clear()
    documents.update({document_path(doc): doc for doc in collection.documents})
    home = files.get_file_from_path("index.md")
    files.remove(home)
    built = output.site_files(collection, output.Urls(config.use_directory_urls), title=config.site_name,
                              site_url=config.site_url, home=home.content_string,
                              index_cache=site.index_cache(site.CACHE))
    for path, content in built.files.items():
        files.append(_on_disk(config, seeds, path, content) if incremental
                     else File.generated(config, path, content=content))
    config.nav = built.nav
    for d in collection.diagnostics:
        (log.warning if d.severity == "warning" else log.info)(str(d))
    log.info(f"{len(collection.gazettes)} gazettes, {len(collection.documents)} documents, "
             f"{len(collection.diagnostics)} notes (see report.md)")
    return files


def _on_disk(config, seeds: Path, path: str, content: str) -> File:
    """A generated file as a file in a folder of the cache, written only when
    its content changed: MkDocs's --dirty judges a file by its time, and a
    virtual file has none, so it would rebuild them all."""
    key = hashlib.sha256(f"{seeds.resolve()}\0{config.use_directory_urls}".encode()).hexdigest()[:16]
    folder = site.CACHE / "dirty" / key
    target = folder / path
    if not target.is_file() or target.read_text(encoding="utf-8") != content:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return File(path, str(folder), config.site_dir, config.use_directory_urls)


def on_page_content(html, page, config, files):
    """A document page's table of contents is its outline (render.outline):
    every 第X条 in it, though a 条 is no heading; what the page adds after
    the text (被引用) stays."""
    doc = documents.get(page.file.src_uri)
    if doc is None or not page.toc.items or page.toc.items[0].level != 1:
        return html
    root = page.toc.items[0]
    entries = outline(doc)

    def anchor(entry, level):
        link = AnchorLink(escape(entry["title"]), entry["id"], level)
        link.children = [anchor(child, level + 1) for child in entry["children"]]
        return link

    ours = {e["id"] for e in _walk(entries)}
    root.children = [anchor(e, 2) for e in entries] + [c for c in root.children if c.id not in ours]
    page.toc = TableOfContents([root] + page.toc.items[1:])
    return html


def _walk(entries):
    for entry in entries:
        yield entry
        yield from _walk(entry["children"])


def on_nav(nav, config, files):
    """Section titles (gazette names) come from the seeds: text, not markup.
    (is_section, not isinstance: under ProperDocs a Section is its own class.)"""
    def walk(items):
        for item in items:
            if item.is_section:
                item.title = escape(item.title or "")
                walk(item.children)
    walk(nav.items)
    return nav


def on_page_markdown(markdown, page, config, files):
    # Page titles come from the seeds, and the theme prints them unescaped in
    # the navigation, header, footer and <title>: make them text here, once.
    # (markupsafe's Markup is not escaped a second time where the theme does.)
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = escape(page.meta["title"])
    return markdown


def on_post_build(config):
    site.mark(Path(config.site_dir))  # the CLI may replace this folder with a new build


def on_post_page(output, page, config):
    return csp.with_policy(output, own_scripts)


def on_post_template(output, template_name, config):
    return csp.with_policy(output, own_scripts) if template_name.endswith(".html") else output
