"""builder/material_sidebars.py writes Material's sidebars, whitespace aside.

README's build of seeds/ (sidebars written by Python) against the same site
built with Material's own templates for them: every page the same HTML once
each run of spaces and newlines is one space, which is how HTML shows it.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from builder import material_sidebars

ROOT = Path(__file__).resolve().parent.parent
# mkdocs build with the hook's sidebars declined: Material's templates write them
MATERIAL_ONLY = ("import jinja2, builder.material_sidebars as m; m.sidebars = jinja2.pass_context(lambda c: None); "
                 "from mkdocs.__main__ import cli; cli()")
SPACES = re.compile(r"\s+")


@pytest.fixture(scope="module")
def material_site(strict_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("material-sidebars") / "site"
    run = subprocess.run([sys.executable, "-c", MATERIAL_ONLY, "build", "--strict", "-q", "-d", str(folder)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    return folder


def test_every_page_has_materials_sidebars(strict_build, material_site):
    ours, _ = strict_build
    pages = sorted(p.relative_to(material_site) for p in material_site.rglob("*.html"))
    assert len(pages) > 50 and pages == sorted(p.relative_to(ours) for p in ours.rglob("*.html"))
    written = 0
    themed = [p for p in pages if "md-sidebar" in (material_site / p).read_text(encoding="utf-8")]
    assert len(themed) > 40  # the wh/ pages are redirects, not themed
    for path in pages:
        theirs, mine = (material_site / path).read_text(encoding="utf-8"), (ours / path).read_text(encoding="utf-8")
        assert SPACES.sub(" ", mine).strip() == SPACES.sub(" ", theirs).strip(), path
        written += mine != theirs
    # the Python sidebars did run: Material's whitespace is not in them
    assert written == len(themed)


def test_features_it_does_not_write_are_left_to_material():
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.theme["features"] = list(config.theme["features"]) + ["navigation.tabs"]
    assert material_sidebars.sidebars({"config": config, "page": None, "nav": None}) is None
