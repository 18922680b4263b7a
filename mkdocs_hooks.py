"""MkDocs hook: the thin seam between MkDocs and the converter.

on_files converts every seed and adds the generated pages as virtual files;
on_config points the navigation at them. All logic lives in builder/.
"""
from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from builder import site

log = get_plugin_logger("gazette")
collection = None  # the last build's collection, for the command line's report


def on_files(files, config):
    global collection
    seeds = Path(config.config_file_path).parent / config.extra.get("seeds", "seeds")
    collection = site.load(seeds.resolve(), progress=log.info)
    for path, content in site.pages(collection).items():
        files.append(File.generated(config, path, content=content))
    config.nav = site.nav(collection)
    for d in collection.diagnostics:
        (log.warning if d.severity == "warning" else log.info)(str(d))
    log.info(f"{len(collection.gazettes)} gazettes, {len(collection.documents)} documents, "
             f"{len(collection.diagnostics)} notes (see report.md)")
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "index.md" and collection is not None:
        return markdown + "\n" + site.home_listing(collection)
    return markdown
