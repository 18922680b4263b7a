"""MkDocs's pages rendered over the cores, by forked processes.

MkDocs renders a site one page after another in one process: every page's
Markdown converted (`_populate_page` in its commands/build.py), then every
page put through the theme's templates and written (`_build_page`); at 3,000
documents that is ~80 s of CPU on one core. The two steps are per page and
independent of each other but for one thing: the navigation in every page
shows every page's title, and a page's title is known once its source is read
(our pages, generated and hand-written, all carry one in their front matter).
So, while `over_cores` holds:

- `_populate_page` only reads a page's source and runs on_page_markdown (the
  hook escapes the title there) in this process: every process knows every
  title as a serial build does. A page without a front-matter title (its title
  may come from its first heading) is converted here, whole, as MkDocs does.
- The first `_build_page` (after the theme's own templates, which show the
  navigation too) forks: this process and each child convert and render their
  share of those pages with MkDocs's own two functions, and write them.
  A child sends back what MkDocs reads of a page afterwards (its anchors and
  its links to other pages' anchors, for validate_anchor_links) and its log
  records, logged again here: `--strict` counts a child's warning as its own.

Only MkDocs's two functions are replaced, in the module of the renderer that
runs (MkDocs 1.x or ProperDocs, whose build modules are the same), and only
for the build. In a dirty build a page whose source is not newer than its
output is skipped as MkDocs skips it. `mkdocs serve` stays serial: its
rebuilds after an edit render few pages. A plugin that gathers something
from every page as it is rendered (Material's search, tags or blog plugins)
would see only its own process's share: this site uses none (mkdocs.yml
`plugins: []`), and the hook's page events read only what every process holds.
"""
from __future__ import annotations

import importlib
import logging
import os
import traceback

from . import site


class OverCores:
    """MkDocs's page rendering spread over `workers` processes, from
    construction until restore()."""

    def __init__(self, config, workers: int):
        self.module = importlib.import_module(type(config).__module__.split(".")[0] + ".commands.build")
        self.populate, self.build = self.module._populate_page, self.module._build_page
        self.workers = workers
        self.files = None
        self.deferred = []  # pages whose Markdown is converted with their rendering, over the cores
        self.rendered = None  # their source paths, once rendered
        self.module._populate_page, self.module._build_page = self._populate_page, self._build_page

    def restore(self) -> None:
        self.module._populate_page, self.module._build_page = self.populate, self.build

    def _populate_page(self, page, config, files, dirty: bool = False) -> None:
        if dirty and not page.file.is_modified():
            return
        try:
            page.read_source(config)
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        except Exception:  # noqa: BLE001 - MkDocs's own reading says what went wrong, and stops
            return self.populate(page, config, files, dirty)
        if "title" not in page.meta:
            return self.populate(page, config, files, dirty)
        self.files = files
        self.deferred.append(page)

    def _build_page(self, page, config, doc_files, nav, env, dirty: bool = False, excluded: bool = False) -> None:
        if self.rendered is None:
            self.rendered = {p.file.src_uri for p in self.deferred}
            self._render_all(config, doc_files, nav, env, dirty)
        if page.file.src_uri not in self.rendered:
            self.build(page, config, doc_files, nav, env, dirty, excluded)

    def _render_all(self, config, doc_files, nav, env, dirty: bool) -> None:
        shares = [self.deferred[i::self.workers] for i in range(self.workers)]
        children = [site.Background(self._in_child, share, config, doc_files, nav, env, dirty)
                    for share in shares[1:] if share]
        failure = None
        try:
            self._render(shares[0], config, doc_files, nav, env, dirty)
        except Exception as e:  # noqa: BLE001 - raised once the children's records are logged too
            failure = e
        for child in children:
            found, records, error = child.result()
            for record in records:
                logging.getLogger(record.name).handle(record)
            for path, (anchors, links) in found.items():
                page = self.files.get_file_from_path(path).page
                page.present_anchor_ids = anchors
                page.links_to_anchors = {self.files.get_file_from_path(to): link for to, link in links.items()}
            failure = failure or error
        if failure:
            raise failure

    def _render(self, pages, config, doc_files, nav, env, dirty: bool) -> None:
        for page in pages:
            self.populate(page, config, self.files, dirty)
            self.build(page, config, doc_files, nav, env, dirty, page.file.inclusion.is_excluded())

    def _in_child(self, pages, config, doc_files, nav, env, dirty: bool):
        """In a forked process: render pages; what the parent needs of them,
        the log records (none printed here) and the error that stopped it."""
        records = []
        logging.Logger.callHandlers = lambda logger, record: records.append(_portable(record))
        error = None
        try:
            self._render(pages, config, doc_files, nav, env, dirty)
        except self.module.BuildError as e:
            error = self.module.BuildError(str(e))
        except Exception:  # noqa: BLE001 - said in the parent, where the build stops
            error = RuntimeError(traceback.format_exc())
        found = {p.file.src_uri: (p.present_anchor_ids,
                                  {to.src_uri: links for to, links in (p.links_to_anchors or {}).items()})
                 for p in pages if p.content is not None}
        return found, records, error


def _portable(record: logging.LogRecord) -> logging.LogRecord:
    """A log record that pickles: its message formatted, its traceback as text."""
    record.msg, record.args = record.getMessage(), None
    if record.exc_info:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
    return record


def possible(workers: int) -> bool:
    return workers > 1 and hasattr(os, "fork")
