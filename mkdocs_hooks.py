"""MkDocs hook: the thin seam between MkDocs and the builder.

on_files converts the seeds and hands every file builder/output.py makes
(pages, data, feed, wh/ pages, the search results page, the home page with
its listing) to MkDocs as virtual files, and its navigation to the config;
the search index's files are written beside MkDocs (_index_while_rendering),
and a build's pages rendered over the cores (builder/mkdocs_pages.py).
The rest is MkDocs-only: the generated pages' HTML written by
builder/page_html.py instead of Python-Markdown's (the same HTML, at a
tenth of the cost), titles escaped for the theme, a document's outline as
its table of contents, the Content-Security-Policy, the offline
build's script shim, and the incremental build (`python -m builder build`,
`mkdocs serve --dirty`): generated files on disk so MkDocs can judge them by
time, and what every page shows checked so that a page not built again is
the page a full build makes. All logic lives in builder/; nothing else reads
this module's state.
"""
import contextlib
import functools
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from markupsafe import escape
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc

from builder import csp, material_sidebars, mkdocs_pages, output, page_html, site
from builder.render import document_path, outline
from builder.text.lines import segmenter

log = get_plugin_logger("gazette")
documents = {}  # page source path → document, for its table of contents
generated_pages = set()  # the source path of every page builder/output.py makes: rendered by builder/page_html.py
waiting = {}  # source path → Markdown of a generated page, between on_page_markdown and on_page_content
own_scripts = []  # the theme's inline scripts, allowed by the pages' Content-Security-Policy
# `mkdocs serve --dirty`, `python -m builder build`: MkDocs rebuilds only the files newer than their output
incremental = False
# `mkdocs serve`: what each build keeps in memory for the next (site.Store), instead of reading it back from disk
memory = None
generated = {}  # `mkdocs serve`: path → (content, hash) of each generated file of the last build
outputs = set()  # in an incremental build, every file the build makes, relative to site_dir
# In an incremental build that kept its folder: every path under site_dir it unlinked, wrote or removed
# (the command line's next build makes the site before last a copy of this one again by these alone,
# builder/__main__.py); None when the build emptied the folder.
changed = None
kept_titles = {}  # in an incremental build, the title of each page not built again, by source path
index = None  # the search index's files being made (site.Background), or made, for on_post_build to write
site_dir_ready = None  # set when the process making index may write into site_dir
over_cores = False  # `mkdocs build`, `python -m builder build`: pages rendered by forked processes (builder/mkdocs_pages.py)
pages = None  # this build's mkdocs_pages.OverCores, restored when it ends
ROOT = Path(__file__).resolve().parent
MANIFEST = ".manifest.json"  # in the folder of generated files, see _on_disk
STATE = ".gazette-build"  # in an incremental build's site_dir: what every page's HTML depends on besides its source


def on_startup(command, dirty):
    global incremental, memory, over_cores, changed
    incremental, changed = dirty, None
    over_cores = command in ("build", "gh-deploy") and mkdocs_pages.possible(site.WORKERS)  # serve: serial
    memory = {} if command == "serve" else None
    generated.clear()
    if command == "serve":
        segmenter()  # every edit converts and tokenises with its dictionary: loaded once, now, not at the first edit


def on_shutdown():
    global memory
    memory = None
    generated.clear()


@event_priority(-100)  # after Material's offline plugin has added its polyfill
def on_config(config):
    """For a site opened from a folder (Material's offline plugin):
    - the plugin adds a file:// shim for Material's search worker, loaded from a
      public CDN; our search needs no worker (assets/search.js), so drop it;
    - no feed link in the page head: a folder has no address to subscribe to,
      and Material takes any <link rel=alternate> for a language version and
      fetches sitemap.xml beside it, which file:// forbids."""
    global own_scripts, pages
    own_scripts = csp.theme_scripts([Path(d) for d in config.theme.dirs])
    if over_cores and pages is None:
        pages = mkdocs_pages.OverCores(config, site.WORKERS)
    offline = config.plugins.get("material/offline")
    config.extra["offline"] = bool(offline and offline.config.enabled)
    config.extra["feed_link"] = not config.extra["offline"]
    config.extra["polyfills"] = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    return config


def on_files(files, config):
    """The collection and every generated file, handed to MkDocs. In a build
    (not `mkdocs serve`) all of it lives until the build ends: see _kept."""
    with _kept(memory is None):
        return _files(files, config)


@contextlib.contextmanager
def _kept(build: bool):
    """In a build, what on_files reads and makes (at 3,000 documents the
    conversions read back from the cache, millions of objects) is kept to
    the end: Python's cycle collector, walking it at every full collection
    while it is read (1.1 of an edit's 1.6 s of unpickling conversions) and
    again while MkDocs renders, would free nothing. So it is off while they
    are read and made, and they are frozen out of its sight afterwards (the
    few cycles on_files leaves as garbage stay until the process ends). A
    long-lived `mkdocs serve` drops the last build's objects at each edit:
    there the collector runs as usual."""
    if not build:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _files(files, config):
    seeds = Path(config.config_file_path).parent / config.extra.get("seeds", "seeds")
    collection = site.converted(seeds.resolve(), progress=log.info, cache=site.CACHE, workers=site.WORKERS,
                                memory=memory)
    urls = output.Urls(config.use_directory_urls)
    _index_while_rendering(collection, urls, Path(config.site_dir))  # it needs no cross-links
    site.link(collection, site.CACHE, memory)
    documents.clear()
    documents.update({document_path(doc): doc for doc in collection.documents})
    home = files.get_file_from_path("index.md")
    files.remove(home)
    built = output.site_files(collection, urls, title=config.site_name, site_url=config.site_url,
                              home=home.content_string, pages_cache=site.pages_cache(site.CACHE, memory))
    folder = _generated_folder(config, seeds)
    last, manifest = _manifest(folder) if incremental else {}, {}
    hashed = generated if memory is not None else {}
    for path in built.files:  # an incremental build reads few of them (output.Files)
        files.append(_on_disk(config, folder, path, built.files, last, manifest, hashed, built.origins.get(path))
                     if incremental
                     else File.generated(config, path, content=built.files[path]))
    generated_pages.clear()
    if page_html.knows(config.markdown_extensions, config.mdx_configs):  # else Python-Markdown renders every page
        generated_pages.update(path for path in built.files if path.endswith(".md"))
    waiting.clear()
    for gone in hashed.keys() - built.files.keys():
        del hashed[gone]
    if incremental:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder / MANIFEST, json.dumps(manifest).encode())
    config.nav = built.nav
    if incremental:
        _keep_only_what_is_current(files, config, built)
    if site_dir_ready is not None:
        site_dir_ready.set()
    for d in collection.diagnostics:
        (log.warning if d.severity == "warning" else log.info)(str(d))
    log.info(f"{len(collection.gazettes)} gazettes, {len(collection.documents)} documents, "
             f"{len(collection.diagnostics)} notes (see report.md)")
    return files


def _index_while_rendering(collection, urls, site_dir: Path) -> None:
    """The search index's files are scripts no page is made of: a build puts
    them together in a process of its own as soon as the collection is read,
    beside the pages' files and MkDocs's rendering (on_post_build waits for
    it), on the other core; the process writes them once site_dir is ready
    (_site_dir_ready: an incremental build may first empty it). `mkdocs serve`
    makes them here, in its own process, where its memory keeps the
    documents' entries for the next build (site.Store), and writes them after
    MkDocs."""
    global index, site_dir_ready
    if memory is None:
        site_dir_ready = multiprocessing.get_context("fork").Event()
        index = site.Background(_write_index, collection, urls, site_dir, site_dir_ready)
    else:
        index = output.index_files(collection, urls, site.index_cache(site.CACHE, memory))


def _write_index(collection, urls, site_dir: Path, ready) -> tuple[list[str], list[str]]:
    files = output.index_files(collection, urls, site.index_cache(site.CACHE))
    ready.wait()
    return list(files), site.write_files(site_dir, files)


def _generated_folder(config, seeds: Path) -> Path:
    """Where an incremental build keeps the generated files: MkDocs's --dirty
    judges a file by its time, and a virtual file has none, so it would
    rebuild them all. One folder per seeds folder and what else decides the
    content, so that two builds at once (a preview and a build for
    publishing) never write each other's files."""
    decides = [seeds.resolve(), config.config_file_path, config.site_name, config.site_url, config.use_directory_urls]
    return site.CACHE / "dirty" / hashlib.sha256("\0".join(map(str, decides)).encode()).hexdigest()[:16]


def _manifest(folder: Path) -> dict:
    """path → [inode, time, size, hash] of each file the last build left in folder."""
    try:
        return json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return {}


def _on_disk(config, folder: Path, path: str, contents, last: dict, manifest: dict, hashed: dict,
             origin: str | None = None) -> File:
    """A generated file as a file in folder, written only when its content
    (contents[path], read only when needed: output.Files) changed. The
    manifest says what each file held without reading it back (inode, time
    and size tell a file another build replaced since). origin: what the
    content is made from (output.Site.origins), which stands for its hash.
    hashed: path → (content, hash) of the last build in this process,
    filled: content kept in memory between builds (site.Store) is the same
    object, whose hash is known without reading it again."""
    known, digest = hashed.get(path, (None, None))
    data = None
    if origin is not None:
        digest = origin
    elif known is not (content := contents[path]):
        data = content.encode("utf-8")
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        hashed[path] = (content, digest)
    target = folder / path
    try:
        stat = os.stat(target)
        held = [stat.st_ino, stat.st_mtime_ns, stat.st_size, digest] == last.get(path) or \
            target.read_bytes() == (data := data or contents[path].encode("utf-8"))
    except OSError:
        held = False
    if not held:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, data or contents[path].encode("utf-8"))
        stat = os.stat(target)
    manifest[path] = [stat.st_ino, stat.st_mtime_ns, stat.st_size, digest]
    return _Generated(path, str(folder), config.site_dir, config.use_directory_urls)


class _Generated(File):
    """A generated file on disk. Whether it is newer than what the last build
    made of it is asked four times a build (here, and MkDocs's reading,
    rendering and copying), three file times each, 12,500 files at 3,000
    documents: the first answer holds for the whole build, since only what is
    modified is unlinked and written again."""

    @functools.cached_property
    def _modified(self) -> bool:
        return super().is_modified()

    def is_modified(self) -> bool:
        return self._modified


def _write(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.{os.getpid()}")  # another build never reads half a file
    partial.write_bytes(data)
    partial.replace(target)


def _keep_only_what_is_current(files, config, built) -> None:
    """Before an incremental build writes into site_dir (a copy of the last
    build's folder, its files hard links to the published ones): a page's
    HTML depends on its source and on what every page shows (navigation and
    its titles, templates, configuration, this code). When that changed, the
    folder is emptied and everything is built; otherwise only the files whose
    source is newer are written, each unlinked first so that the published
    copy is never written into."""
    global changed
    site_dir = Path(config.site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    titles = {path: built.files.title(path) if path in built.files
              else output.page_title(files.get_file_from_path(path).content_string)  # the hand-written pages
              for path in _pages(built.nav)}
    state = _state(config, built.nav, titles)
    kept_titles.clear()
    every_build = [*config.theme.static_templates, *(f"{t}.gz" for t in config.theme.static_templates),
                   STATE, site.MARKER]  # written by every build
    if (site_dir / STATE).is_file() and (site_dir / STATE).read_text(encoding="utf-8") == state:
        changed = set(every_build)
        for file in files:
            if file.is_modified() or (file.src_uri in titles and titles[file.src_uri] is None):  # no title: built again
                Path(file.abs_dest_path).unlink(missing_ok=True)
                changed.add(file.dest_uri)
        kept_titles.update((path, title) for path, title in titles.items() if title is not None)
    else:
        changed = None
        for child in site_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    for name in every_build:
        (site_dir / name).unlink(missing_ok=True)
    (site_dir / STATE).write_text(state, encoding="utf-8")
    outputs.clear()
    outputs.update(file.dest_uri for file in files)
    outputs.update(config.theme.static_templates, (f"{t}.gz" for t in config.theme.static_templates),
                   (STATE, site.MARKER))


def _pages(entry):
    """The source path of every page in a navigation (mkdocs.yml's form)."""
    if isinstance(entry, str):
        yield entry
    for value in entry.values() if isinstance(entry, dict) else entry if isinstance(entry, list) else ():
        yield from _pages(value)


def _state(config, nav: list, titles: dict) -> str:
    """What every page shows besides its own source: the navigation with the
    title of each page in it, the configuration, the theme and the code."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("builder/*.py"), ROOT / "mkdocs_hooks.py", *ROOT.glob("overrides/**/*"),
                        *Path(config.docs_dir).glob("**/*"), Path(config.config_file_path)]):
        if path.is_file():
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    versions = [metadata.version(name) for name in ("mkdocs", "mkdocs-material", "markdown", "jinja2")]
    return json.dumps({"nav": nav, "titles": titles, "versions": versions, "code": digest.hexdigest(),
                       "site_url": config.site_url, "directory_urls": config.use_directory_urls,
                       "extra": {k: str(v) for k, v in config.extra.items()}}, ensure_ascii=False, sort_keys=True)


def on_env(env, config, files):
    """Material's templates are compiled once and kept with the other caches,
    not again in every build (a third of a second each, every preview too);
    Jinja checks each against its source. The sidebars are written by
    builder/material_sidebars.py (overrides/main.html)."""
    folder = site.CACHE / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    env.globals["gazette_sidebars"] = material_sidebars.sidebars
    return env


def on_page_content(html, page, config, files):
    """A generated page's HTML (_rendered). A document page's table of
    contents is its outline (render.outline): every 第X条 in it, though a
    条 is no heading; what the page adds after the text (被引用) stays."""
    markdown = waiting.pop(page.file.src_uri, None)
    if markdown is not None:
        html = _rendered(page, markdown, config, files)
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


def _rendered(page, markdown: str, config, files) -> str:
    """A generated page's HTML by builder/page_html.py, what MkDocs's
    Page.render would make of its Markdown (the same HTML, table of
    contents, anchors and links to anchors, each link rewritten and checked
    by MkDocs's own code); a page it does not know is rendered by MkDocs."""
    pages = sys.modules[type(page).__module__]  # MkDocs's, or ProperDocs's
    links = pages._RelativePathTreeprocessor(page.file, files, config)
    made = page_html.render(markdown, links.path_to_url)
    page.markdown = markdown
    if made is None:
        log.debug(f"{page.file.src_uri}: rendered by Python-Markdown")
        page.render(config, files)
        return page.content
    page.content, page.toc, page.present_anchor_ids = made.html, get_toc(made.toc), made.ids
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = links.links_to_anchors
    return made.html


def _walk(entries):
    for entry in entries:
        yield entry
        yield from _walk(entry["children"])


def on_nav(nav, config, files):
    """Section titles (gazette names) come from the seeds: text, not markup.
    (is_section, not isinstance: under ProperDocs a Section is its own class.)
    In an incremental build a page that is not built again is not read either,
    and MkDocs would show it untitled in the navigation of the pages that are:
    it gets its title here."""
    def walk(items):
        for item in items:
            if item.is_section:
                item.title = escape(item.title or "")
                walk(item.children)
    walk(nav.items)
    if incremental:
        for page in nav.pages:
            if page.file.src_uri in kept_titles and not page.file.is_modified():
                page.markdown, page.meta = "", {"title": escape(kept_titles[page.file.src_uri])}
    return nav


def on_page_markdown(markdown, page, config, files):
    # Page titles come from the seeds, and the theme prints them unescaped in
    # the navigation, header, footer and <title>: make them text here, once.
    # (markupsafe's Markup is not escaped a second time where the theme does.)
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = escape(page.meta["title"])
    if page.file.src_uri in generated_pages:  # rendered in on_page_content: Python-Markdown converts nothing
        waiting[page.file.src_uri] = markdown
        return ""
    return markdown


def _serial_again() -> None:
    global pages
    if pages is not None:
        pages.restore()
    pages = None


def on_post_build(config):
    global index, site_dir_ready
    _serial_again()
    site_dir = Path(config.site_dir)
    if isinstance(index, site.Background):
        made, written = index.result()
    else:
        made, written = list(index), site.write_files(site_dir, index)
    index = site_dir_ready = None
    if incremental:  # what the last build made and this one did not: a removed document's pages
        outputs.update(made)
        removed = []
        _remove_all_but(str(site_dir), outputs, removed)
        if changed is not None:
            changed.update(written, removed)
    site.mark(site_dir)  # the CLI may replace this folder with a new build


def _remove_all_but(folder: str, keep: set, removed: list, prefix: str = "") -> bool:
    """Remove the files under folder whose path (relative to the site) is not
    in keep, and the folders left empty, adding their paths to removed; False
    when folder is left empty."""
    left = False
    with os.scandir(folder) as entries:
        for entry in entries:
            path = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                if _remove_all_but(entry.path, keep, removed, path + "/"):
                    left = True
                else:
                    os.rmdir(entry.path)
                    removed.append(path)
            elif path in keep:
                left = True
            else:
                os.unlink(entry.path)
                removed.append(path)
    return left


def on_build_error(error):
    global index, site_dir_ready
    _serial_again()
    if isinstance(index, site.Background):
        index.cancel()
    index = site_dir_ready = None


def on_post_page(output, page, config):
    return csp.with_policy(output, own_scripts)


def on_post_template(output, template_name, config):
    return csp.with_policy(output, own_scripts) if template_name.endswith(".html") else output
