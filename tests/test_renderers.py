"""Not tied to one renderer: the same mkdocs.yml built by ProperDocs gives the same site.

MkDocs 1.6.1 has had no release since 2024-08, and MkDocs 2 drops plugins,
hooks and the Material theme. ProperDocs, the continuation of MkDocs 1.x by
its former maintainers, reads mkdocs.yml and runs Material and the hook
unchanged; requirements-dev.txt installs it beside MkDocs, so CI builds the
site with both (README: Renderers).
"""
from __future__ import annotations

import re

import pytest
from mkdocs.structure import nav as mkdocs_nav

import mkdocs_hooks

GENERATOR_RE = re.compile(rb'<meta name="generator" content="[^"]*">')  # names the renderer
NOT_INSTALLED = "ProperDocs is not installed: pip install -r requirements-dev.txt"


def test_properdocs_builds_the_same_site_strictly(strict_build, properdocs_build):
    """Strict: a warning fails the build. The same files, byte for byte but the generator tag."""
    (mkdocs_site, _), (out, log) = strict_build, properdocs_build
    assert "WARNING" not in log
    files = sorted(p.relative_to(mkdocs_site) for p in mkdocs_site.rglob("*") if p.is_file())
    assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == files
    differ = [str(f) for f in files if GENERATOR_RE.sub(b"", (out / f).read_bytes())
              != GENERATOR_RE.sub(b"", (mkdocs_site / f).read_bytes())]
    assert not differ, differ[:10]


def test_section_titles_from_the_seeds_are_text_under_either_renderer():
    """The hook escapes gazette names in the navigation whichever renderer made it."""
    properdocs_nav = pytest.importorskip("properdocs.structure.nav", reason=NOT_INSTALLED)
    for module in (mkdocs_nav, properdocs_nav):
        section = module.Section(title="<svg onload=alert(1)>公报", children=[])
        mkdocs_hooks.on_nav(module.Navigation([section], []), None, None)
        assert section.title == "&lt;svg onload=alert(1)&gt;公报", module.__name__
