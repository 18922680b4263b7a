"""Material's two sidebars (its navigation and the page's table of contents)
written by Python, the same HTML as its templates make, whitespace aside.

Every page carries the navigation: the site's sections, its year's issues and
its issue's documents, each through Material's nav-item.html macros (~30
macro calls a page, each a dozen Jinja look-ups and filters), and the page's
table of contents twice, once in each sidebar. At 3,000 documents that was
the largest part of the templates' CPU. Here the navigation is written by
plain string joins, each address made relative by MkDocs's own `url` filter
function, and the table of contents is written once (toc.html with our
toc-item.html) and put in both places.

What Material would write, whitespace aside (a run of spaces and newlines
between tags is one space here: HTML shows them alike), for the features
this site uses: navigation.indexes and navigation.prune. For anything else
that changes these sidebars (tabs, sections, expand, toc.integrate, a
repository link, a page's icon, subtitle or status) `sidebars` returns None
and the template renders Material's own (overrides/main.html), as it does
when no hook registers this function (a plain `mkdocs build`, Zensical).
tests/test_material_sidebars.py renders every page both ways.
"""
from __future__ import annotations

from typing import Optional

from jinja2 import pass_context
from markupsafe import escape
from mkdocs.utils import normalize_url

# Features that change the sidebars in ways this module does not write (it writes
# navigation.indexes and navigation.prune, each on or off).
UNSUPPORTED = {"navigation.tabs", "navigation.sections", "navigation.expand", "toc.integrate"}
ICON = '<span class="md-nav__icon md-icon"></span>'


class _Declined(Exception):
    """Something only Material's own templates write: let them."""


@pass_context
def sidebars(context) -> Optional[str]:
    """The site_nav block of Material's base.html for this page, or None."""
    config, page, nav = context["config"], context["page"], context.get("nav")
    features = set(config.theme.get("features") or [])
    if features & UNSUPPORTED or config.repo_url:
        return None
    hide = (page.meta.get("hide") or []) if page is not None and page.meta else []
    lang = context["lang"]
    toc = _toc(context, lang.t("toc"))
    try:
        out = []
        if nav:
            hidden = "hidden" if "navigation" in hide else ""
            out += [f'<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" '
                    f'data-md-type="navigation" {hidden}>',
                    '<div class="md-sidebar__scrollwrap">', '<div class="md-sidebar__inner">',
                    _Navigation(context, features, toc).primary(nav, lang.t("nav")),
                    "</div>", "</div>", "</div>"]
        hidden = "hidden" if "toc" in hide else ""
        out += [f'<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" '
                f'{hidden}>', '<div class="md-sidebar__scrollwrap">', '<div class="md-sidebar__inner">', toc,
                "</div>", "</div>", "</div>"]
    except _Declined:
        return None
    return " ".join(out)


class _Navigation:
    """partials/nav.html and partials/nav-item.html for one page."""

    def __init__(self, context, features: set[str], toc: str):
        self.context, self.page, self.base = context, context["page"], context["base_url"]
        self.indexes = "navigation.indexes" in features
        self.prune = "navigation.prune" in features
        self.toc = toc

    def url(self, value) -> str:
        return normalize_url(str(value), page=self.page, base=self.base)

    def primary(self, nav, label: str) -> str:
        config = self.context["config"]
        home = config.extra.get("homepage") or (nav.homepage.url if nav.homepage else None)
        logo = self.context.environment.get_template("partials/logo.html").render(self.context.get_all())
        name = config.site_name
        out = [f'<nav class="md-nav md-nav--primary" aria-label="{label}" data-md-level="0">',
               '<label class="md-nav__title" for="__drawer">',
               f'<a href="{self.url(home)}" title="{escape(name)}" class="md-nav__button md-logo" '
               f'aria-label="{name}" data-md-component="logo">', logo, "</a>", str(name), "</label>",
               '<ul class="md-nav__list" data-md-scrollfix>']
        for number, item in enumerate(nav.items, 1):
            out.append(self.item(item, f"__nav_{number}", 1))
        out += ["</ul>", "</nav>"]
        return " ".join(out)

    def item(self, item, path: str, level: int) -> str:
        """nav-item.html's render macro."""
        css = "md-nav__item" + (" md-nav__item--active" if item.active else "")
        if item.children:
            if self.prune and not item.active:
                return " ".join([f'<li class="{css} md-nav__item--pruned md-nav__item--nested">',
                                 self.pruned(item), "</li>"])
            index = next((c for c in item.children if getattr(c, "is_index", False)), None) if self.indexes else None
            checked = "checked" if item.active else ""
            out = [f'<li class="{css} md-nav__item--nested">',
                   f'<input class="md-nav__toggle md-toggle " type="checkbox" id="{path}" {checked}>']
            if index is None:
                out += [f'<label class="md-nav__link" for="{path}" id="{path}_label" tabindex="0">',
                        self.content(item), ICON, "</label>"]
            else:
                active = "md-nav__link--active" if index is self.page else ""
                out += ['<div class="md-nav__link md-nav__container">',
                        f'<a href="{self.url(index.url)}" class="md-nav__link {active}">',
                        self.content(index, item), "</a>"]
                if len(item.children) > 1:
                    out += [f'<label class="md-nav__link {active}" for="{path}" id="{path}_label" tabindex="0">',
                            ICON, "</label>"]
                out.append("</div>")
            expanded = "true" if item.active else "false"
            out += [f'<nav class="md-nav" data-md-level="{level}" aria-labelledby="{path}_label" '
                    f'aria-expanded="{expanded}">', f'<label class="md-nav__title" for="{path}">', ICON,
                    self.title(item), "</label>", '<ul class="md-nav__list" data-md-scrollfix>']
            out += [self.item(child, f"{path}_{number}", level + 1)
                    for number, child in enumerate(item.children, 1) if child is not index]
            out += ["</ul>", "</nav>", "</li>"]
            return " ".join(out)
        if item is self.page:
            out = [f'<li class="{css}">', '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">']
            toc = _toc_entries(self.page)
            if toc:
                out += ['<label class="md-nav__link md-nav__link--active" for="__toc">', self.content(item),
                        ICON, "</label>"]
            out += [f'<a href="{self.url(item.url)}" class="md-nav__link md-nav__link--active">',
                    self.content(item), "</a>"]
            if toc:
                out.append(self.toc)
            out.append("</li>")
            return " ".join(out)
        return " ".join([f'<li class="{css}">', f'<a href="{self.url(item.url)}" class="md-nav__link">',
                         self.content(item), "</a>", "</li>"])

    def pruned(self, item, ref=None) -> str:
        """nav-item.html's render_pruned: a collapsed section links to its first page."""
        ref = ref or item
        first = item.children[0] if item.children else None
        if first is not None and first.children:
            return self.pruned(first, ref)
        out = [f'<a href="{self.url(first.url)}" class="md-nav__link">', self.content(ref)]
        if item.children:
            out.append(ICON)
        out.append("</a>")
        return " ".join(out)

    def content(self, item, ref=None) -> str:
        """nav-item.html's render_content, for an item without icon, subtitle or status."""
        meta = getattr(item, "meta", None)
        if meta and (meta.get("icon") or meta.get("subtitle") or meta.get("status")):
            raise _Declined
        return " ".join(['<span class="md-ellipsis">', self.title(ref or item), "</span>"])

    @staticmethod
    def title(item) -> str:
        if getattr(item, "typeset", None):
            raise _Declined
        return str(item.title)


def _toc(context, title: str) -> str:
    """partials/toc.html, with overrides/partials/toc-item.html for each entry."""
    config, page = context["config"], context["page"]
    title = ((config.mdx_configs.get("toc") or {}).get("title")) or title
    out = [f'<nav class="md-nav md-nav--secondary" aria-label="{escape(title)}">']
    entries = _toc_entries(page) if page is not None else []
    if entries:
        striptags = context.environment.filters["striptags"]
        out += ['<label class="md-nav__title" for="__toc">', ICON, title, "</label>",
                '<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>']
        out += [_toc_item(entry, striptags) for entry in entries]
        out.append("</ul>")
    out.append("</nav>")
    return " ".join(out)


def _toc_item(entry, striptags) -> str:
    out = ['<li class="md-nav__item">', f'<a href="{entry.url}" class="md-nav__link">', '<span class="md-ellipsis">',
           entry.title, "</span>", "</a>"]
    if entry.children:
        out += [f'<div class="md-nav" role="group" aria-label="{escape(striptags(entry.title))}">',
                '<ul class="md-nav__list">', *(_toc_item(child, striptags) for child in entry.children), "</ul>",
                "</div>"]
    out.append("</li>")
    return " ".join(out)


def _toc_entries(page) -> list:
    """The entries toc.html lists: a single top heading stands for the page."""
    toc = list(page.toc)
    if toc and toc[0].level == 1:
        return list(toc[0].children)
    return toc
