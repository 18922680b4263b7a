"""MkDocs hook: the thin seam between MkDocs and the converter.

on_files converts every seed and adds the generated pages as virtual files;
on_config points the navigation at them. All logic lives in builder/.
on_files also adds feed.xml, the Atom feed of the newest documents,
and wh/<doc number>/, a short address for every numbered document;
and the site search: its index (builder/search_index.py) and results page.
"""
import logging
from pathlib import Path

import jieba
from markupsafe import escape
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.structure.toc import AnchorLink, TableOfContents

from builder import csp, feed, search_index, shortlinks, site
from builder.render import document_path, outline

log = get_plugin_logger("gazette")
collection = None  # the last build's collection, for the command line's report
documents = {}  # page source path → document, for its table of contents
own_scripts = []  # the theme's inline scripts, allowed by the pages' Content-Security-Policy
# The search index finds typo corrections with jieba, whose logger prints its start-up
# ("Building prefix dict ...") through a handler of its own, and once more through
# the root logger's when `python -m builder build` sets one: not news to an editor.
jieba.setLogLevel(logging.WARNING)


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
    global collection
    seeds = Path(config.config_file_path).parent / config.extra.get("seeds", "seeds")
    collection = site.load(seeds.resolve(), progress=log.info)
    documents.clear()
    documents.update({document_path(doc): doc for doc in collection.documents})
    for path, content in site.pages(collection).items():
        files.append(File.generated(config, path, content=content))
    config.nav = site.nav(collection)
    files.append(File.generated(config, "feed.xml", content=feed.atom(
        collection.gazettes, title=config.site_name, site_url=config.site_url,
        home=files.get_file_from_path("index.md").url,
        page_url=lambda doc: files.get_file_from_path(document_path(doc)).url)))
    for path, content in shortlinks.pages(collection.documents, page_url=lambda doc: files.get_file_from_path(
            document_path(doc)).url).items():
        files.append(File.generated(config, path, content=content))
    files.append(File.generated(config, search_index.RESULTS_PAGE, content=search_index.results_page()))
    for path, content in search_index.files(
            collection.documents, page_url=lambda doc: files.get_file_from_path(document_path(doc)).url,
            results_url=files.get_file_from_path(search_index.RESULTS_PAGE).url).items():
        files.append(File.generated(config, path, content=content))
    for d in collection.diagnostics:
        (log.warning if d.severity == "warning" else log.info)(str(d))
    log.info(f"{len(collection.gazettes)} gazettes, {len(collection.documents)} documents, "
             f"{len(collection.diagnostics)} notes (see report.md)")
    return files


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
    if page.file.src_uri == "index.md" and collection is not None:
        return markdown + "\n" + site.home_listing(collection)
    return markdown


def on_post_build(config):
    site.mark(Path(config.site_dir))  # the CLI may replace this folder with a new build


def on_post_page(output, page, config):
    return csp.with_policy(output, own_scripts)


def on_post_template(output, template_name, config):
    return csp.with_policy(output, own_scripts) if template_name.endswith(".html") else output
