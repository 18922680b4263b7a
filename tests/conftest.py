"""Shared fixtures, and the markers that make a fast edit loop.

Every test is marked by what it needs (see pytest.ini):
  unit     small cases of the converter and the site side, in memory: seconds
           (`pytest -m unit`)
  corpus   the converter over whole corpora in memory (marked by module or by hand)
  site     a site built by MkDocs, or the command line run as a process
  browser  a site opened in headless Chromium
A test is `browser` when it uses the browser fixture, `site` when it uses a
fixture of SITE_FIXTURES (or is marked so by hand), and `unit` when it is
none of these.

The site of seeds/ with the default options is built once per session
(strict_build) and shared by every test that reads it; a test module builds
its own site only from other input or with other options (a sub-path, the
offline folder, hostile seeds).
"""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Fixtures that build a site: a test using one (directly or through another fixture) is `site`.
SITE_FIXTURES = {"strict_build", "published", "offline", "hostile_site"}


def pytest_collection_modifyitems(items):
    for item in items:
        names = set(item.fixturenames)
        if "browser" in names:
            item.add_marker(pytest.mark.browser)
        elif names & SITE_FIXTURES and not item.get_closest_marker("site"):
            item.add_marker(pytest.mark.site)
        if not any(item.get_closest_marker(m) for m in ("corpus", "site", "browser")):
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session")
def strict_build(tmp_path_factory):
    """The site of seeds/ built once with README's `mkdocs build --strict`: (folder, log)."""
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return out, run.stderr


@pytest.fixture(scope="session")
def collection():
    """seeds/ converted in memory, as the site side sees it."""
    from builder import site

    return site.load(ROOT / "seeds")
