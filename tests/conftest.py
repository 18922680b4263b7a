"""Shared fixtures, and the markers that make a fast edit loop.

Every test is marked by what it needs (see pytest.ini):
  unit     small cases of the converter and the site side, in memory: seconds
           (`pytest -m unit`)
  corpus   the converter over whole corpora in memory (marked by module or by hand)
  site     a site built by MkDocs, or the command line run as a process
  browser  a site opened in headless Chromium
A test is `browser` when it uses the browser fixture, `site` when it uses a
fixture of SITE_FIXTURES, `corpus` when it uses one of CORPUS_FIXTURES (or
is marked so by hand), and `unit` when it is none of these.

The site of seeds/ with the default options is built once per run (strict_build)
and shared by every test that reads it; a test module builds its own site only
from other input or with other options (a sub-path, the offline folder, hostile
seeds). The run is spread over the cores by pytest-xdist, test by test, except
that a module building its own site keeps its tests on one worker, so that the
site is built once (pytest.ini, _builds_for_its_module); the tests that open
Chromium run on every worker, each with its own browser (they wait on it more
than they compute: one worker driving them all was the longest run of the
suite); the builds of seeds/ (BUILDS) start with the first test, as processes,
once per run whatever the number of workers (README's build first, the others
once it is done, from its cache), and the modules of unit tests run first, so
that the builds are done by the time a test needs them.
"""
import gc
import importlib.util
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Some twenty processes (the workers, every build) import the same modules of builder/ and tests/:
# their bytecode is kept (__pycache__/, ignored by git) even where PYTHONDONTWRITEBYTECODE is set,
# or each process compiles them again (1-3 s of CPU apiece).
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# Debian's chromium, or another binary named by GAZETTE_CHROMIUM; Playwright's own download is not used.
CHROMIUM = os.environ.get("GAZETTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

# Fixtures that build a site: a test using one (directly or through another fixture) is `site`.
SITE_FIXTURES = {"strict_build", "published", "offline", "properdocs_build", "hostile_site"}
# Fixtures holding every seed converted: a test using one is `corpus`, whatever it checks of them.
CORPUS_FIXTURES = {"collection"}
NO_SITE_URL = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
# Builds of seeds/ started in the background, by the fixture that waits for each: python ARGS FOLDER.
# The others start once README's build is done: they then read its conversions and search entries
# from the cache instead of making them again at the busiest moment of the run.
BUILDS = {
    "strict_build": (["-m", "mkdocs", "build", "--strict", "-d"], None),  # README's command
    "offline": (["-m", "builder", "build", "--seeds", "seeds", "--offline", "--site"], NO_SITE_URL),
    "properdocs_build": (["-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d"], None),
}
FIRST = "strict_build"
# Fixtures whose tests start last, once the builds of seeds/ are done: they read those builds, or what
# README's build put in the conversion cache (collection), instead of converting seeds/ again.
AFTER_BUILDS = BUILDS.keys() | CORPUS_FIXTURES


def pytest_xdist_auto_num_workers(config):
    """`-n auto`: a worker per core. A test waiting on Chromium or on a build
    leaves its core to them; a third worker on 2 cores cost ~10-15 s more CPU
    (its start, its Chromium, the fixtures each worker makes, more processes
    sharing the caches) and took no less time (README, Tests)."""
    return os.cpu_count() or 1


def pytest_collection_finish(session):
    """What collection made (the test modules, the builder's patterns, Hypothesis)
    lives until the end: out of the garbage collector's sight, every full
    collection and pytest's at the end (gc.collect, twice) skip it (~0.4 s of
    CPU a process in `pytest -m unit`)."""
    gc.freeze()


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    for item in items:
        names = set(item.fixturenames)
        if _builds_for_its_module(item):  # its module's tests on one worker: the fixture is made once
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))
        if "browser" in names:
            item.add_marker(pytest.mark.browser)
        elif names & SITE_FIXTURES and not item.get_closest_marker("site"):
            item.add_marker(pytest.mark.site)
        elif names & CORPUS_FIXTURES and not item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.corpus)
        if not any(item.get_closest_marker(m) for m in ("corpus", "site", "browser")):
            item.add_marker(pytest.mark.unit)
    items.sort(key=_start_order)  # stable: each module's tests stay in their order


def _start_order(item) -> int:
    """The tests that build a site of their own (the longest of the run) first,
    so that no worker starts one when the others are done; then the tests
    without a site, while the builds of seeds/ run; last those that wait on
    those builds."""
    names = set(item.fixturenames)
    if names & AFTER_BUILDS:
        return 2
    if item.get_closest_marker("site") or item.get_closest_marker("xdist_group"):
        return 0
    return 1


def _builds_for_its_module(item) -> bool:
    """The test uses a module-scoped fixture that makes files (a site of its
    own input): the other tests of the run spread over the workers one by one."""
    return any(d.scope == "module" and "tmp_path_factory" in d.argnames
               for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs)


class Build:
    """A build of seeds/ run as a process, started by whichever test process
    (pytest-xdist worker) claims it first; every process waits for the exit
    code the starter writes beside the site, so the build runs once per run."""

    def __init__(self, name: str, args: list[str], env, root: Path, after: "Build | None" = None):
        home = root / name
        self.folder, self.log, self.code = home / "site", home / "build.log", home / "exit-code"
        self.process, self.runner, self.stopping = None, None, False
        try:
            home.mkdir(parents=True)  # atomic: exactly one process of the run gets to start it
        except FileExistsError:
            return
        self.runner = threading.Thread(target=self._run, args=(args, env, after), daemon=True)
        self.runner.start()

    def _run(self, args: list[str], env, after: "Build | None") -> None:
        followed = after.done() if after is not None else 0
        code = -1  # not run: the run is stopping (Ctrl-C stops the build it follows), or that build failed
        if followed != 0:
            self.log.write_text(f"not started: {after.folder.parent.name} failed first (exit code {followed})")
        elif not self.stopping:
            with open(self.log, "w") as log:  # a file, not a pipe: nothing reads it until the end
                self.process = subprocess.Popen([sys.executable, *args, str(self.folder)], cwd=ROOT, env=env,
                                                stdout=subprocess.DEVNULL, stderr=log)
            code = self.process.wait()
        partial = self.code.with_suffix(".partial")
        partial.write_text(str(code))
        partial.replace(self.code)  # a waiter never reads half a file

    def done(self, timeout: float = 600) -> int:
        """The exit code, once the build has ended (whoever started it)."""
        deadline = time.monotonic() + timeout
        while not self.code.is_file():
            assert time.monotonic() < deadline, f"{self.folder.parent.name} still running after {timeout} s"
            time.sleep(0.05)
        return int(self.code.read_text())

    def wait(self) -> tuple[Path, str]:
        """(folder, log) once the build has succeeded."""
        code = self.done()
        log = self.log.read_text(encoding="utf-8")
        assert code == 0, log[-3000:]
        return self.folder, log

    def stop(self, kill: bool) -> None:
        """At the end of the starter's session: other workers may still need
        the build, so it is left to finish unless the run is being stopped."""
        if self.runner:
            self.stopping = self.stopping or kill
            if kill and self.process:
                self.process.kill()
            self.runner.join()


@pytest.fixture(scope="session", autouse=True)
def builds(request, tmp_path_factory):
    """Every build of BUILDS that a selected test needs, started now. Under
    pytest-xdist every worker sees the same tests, so all ask for the same
    builds, in the run's common temporary folder."""
    needed = {name for item in request.session.items for name in item.fixturenames}
    if importlib.util.find_spec("properdocs") is None:
        needed.discard("properdocs_build")
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    started = {}
    for name, (args, env) in BUILDS.items():  # FIRST first
        if name in needed:
            started[name] = Build(name, args, env, root / "builds", after=started.get(FIRST))
    yield started
    stopping = bool(request.session.shouldfail or request.session.shouldstop)
    for build in started.values():  # a run stopped early (-x, Ctrl-C) leaves no build behind
        build.stop(kill=stopping)


@pytest.fixture(scope="session")
def strict_build(builds):
    """The site of seeds/ built with README's `mkdocs build --strict`: (folder, log)."""
    return builds["strict_build"].wait()


@pytest.fixture(scope="session")
def offline(builds):
    """The site of seeds/ for opening from a folder (`builder build --offline`)."""
    folder, _ = builds["offline"].wait()
    assert (folder / "index.html").is_file()
    return folder


@pytest.fixture(scope="session")
def properdocs_build(builds):
    """The site of seeds/ built by ProperDocs instead of MkDocs: (folder, log)."""
    if "properdocs_build" not in builds:
        pytest.skip("ProperDocs is not installed: pip install -r requirements-dev.txt")
    return builds["properdocs_build"].wait()


@pytest.fixture(scope="session")
def collection(builds):
    """seeds/ converted in memory, as the site side sees it: through the
    conversion cache README's build fills, once it is done when the run
    makes it (each worker needs the collection; converting seeds/ is README's
    build's work, ~3 s of CPU a worker otherwise)."""
    from builder import site

    after_first_build(builds)
    return site.load(ROOT / "seeds", cache=site.CACHE)


def after_first_build(builds) -> None:
    """Once README's build of seeds/ is done (failed or not: its own tests say
    so), when the run makes it: what it converted and tokenised is in the
    cache, for a load or another build of seeds/ to read instead of making it again."""
    if FIRST in builds:
        builds[FIRST].done()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Tabs:
    """The pages of the session's Chromium, kept open from test to test: one
    per set of context options (a phone, a permission), so that the next
    test's page is rendered by the same renderer process, its fonts, scripts
    and styles already loaded (a new context and page cost ~0.3 s of CPU more
    a test). A page is lent to one test at a time and given back blank, at its
    context's viewport and media, without the test's listeners."""

    DEFAULT_VIEWPORT = {"width": 1280, "height": 720}  # Playwright's

    def __init__(self, browser):
        self.browser, self.contexts, self.idle = browser, {}, {}

    def context(self, **options):
        key = repr(sorted(options.items()))
        if key not in self.contexts:
            self.contexts[key] = self.browser.new_context(**options)
        return self.contexts[key]

    def lend(self, viewport=None, **options):
        """A blank page of a context with these options; a viewport alone is set on
        the page of the default context (is_mobile and the like need a context of their own)."""
        if options and viewport:
            options["viewport"] = viewport
        key = repr(sorted(options.items()))
        page = self.idle.pop(key, None)
        if page is None or page.is_closed():
            page = self.context(**options).new_page()
        page.gazette_tab = (key, page.viewport_size, [])
        if viewport and not options:
            page.set_viewport_size(viewport)
        return page

    @staticmethod
    def on(page, event, handler):
        """page.on, undone when the page is given back."""
        page.on(event, handler)
        page.gazette_tab[2].append((event, handler))

    def give_back(self, page):
        if page.is_closed():
            return
        key, viewport, listeners = page.gazette_tab
        for event, handler in listeners:
            page.remove_listener(event, handler)
        if key in self.idle:  # a second page of the same kind lent at once: not kept
            page.close()
            return
        page.goto("about:blank")
        page.set_default_timeout(30000)  # Playwright's
        page.emulate_media(media="null")
        page.set_viewport_size(viewport)
        self.idle[key] = page


@pytest.fixture(scope="session")
def tabs(browser):
    """The session's pages of Chromium (Tabs)."""
    return Tabs(browser)
