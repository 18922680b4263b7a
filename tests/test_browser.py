"""The built site in a real browser: headless Chromium driven by Playwright.

One build per module, served by http.server on 127.0.0.1. Every page load is
watched: a console error or a request to any other host fails the test.
Needs /usr/bin/chromium (Debian package); Playwright's own download is not used.
"""
from __future__ import annotations

import functools
import glob
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

playwright_sync = pytest.importorskip  # placeholder so linters see the name
from playwright.sync_api import sync_playwright  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("GAZETTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOT_DIR = Path(os.environ.get("GAZETTE_SCREENSHOTS", "/tmp"))

WIDE_TABLE_DOC = "荆政函〔2022〕107号"   # its table has 16 columns


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    proc = subprocess.run([sys.executable, "-m", "builder", "build",
                           "--seeds", str(ROOT / "seeds"), "--site", str(site)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    if not (site / "index.html").is_file():
        pytest.fail(f"site build failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    return site, proc


@pytest.fixture(scope="module")
def site(built):
    return built[0]


@pytest.fixture(scope="module")
def index(site):
    return json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base_url(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install the Debian package 'chromium' "
                    f"(or set GAZETTE_CHROMIUM) to run the browser tests")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """Console errors, page errors and requests to hosts other than ours."""

    def __init__(self, base_url):
        self.host = urlsplit(base_url).netloc
        self.errors: list[str] = []
        self.foreign: list[str] = []

    def attach(self, page):
        page.on("console", lambda m: m.type == "error" and self.errors.append(
            f"console: {m.text} @ {page.url}"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e} @ {page.url}"))
        page.on("request", self._request)

    def _request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.netloc != self.host:
            self.foreign.append(request.url)

    def check(self):
        assert not self.errors, "console errors:\n" + "\n".join(self.errors)
        assert not self.foreign, "requests to other hosts:\n" + "\n".join(self.foreign)


@pytest.fixture
def make_page(browser, base_url):
    contexts, watches = [], []

    def make(**context_args):
        context = browser.new_context(**context_args)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        watch = Watch(base_url)
        watch.attach(page)
        watches.append(watch)
        return page

    yield make
    for c in contexts:
        c.close()
    for w in watches:
        w.check()


@pytest.fixture
def page(make_page):
    return make_page()


def _doc(index, doc_number):
    for d in index["documents"]:
        if d["doc_number"] == doc_number:
            return d
    raise AssertionError(f"{doc_number} not in data/index.json")


def _path(url):
    return urlsplit(url).path


# --------------------------------------------------------------------------- build

def test_build_exits_cleanly(built):
    site, proc = built
    assert proc.returncode == 0, f"builder build exited {proc.returncode}:\n{proc.stderr[-3000:]}"


# --------------------------------------------------------------------------- (a) navigation

def test_click_home_to_issue_to_document(page, base_url, index):
    page.goto(base_url)
    assert page.title()
    gazette = index["gazettes"][0] if index.get("gazettes") else None
    # an issue (gazette) page: gazettes/<id>/
    issue_link = page.locator(".md-content a[href*='gazettes/']").first
    issue_href = issue_link.get_attribute("href")
    issue_link.click()
    page.wait_for_load_state()
    parts = [p for p in _path(page.url).split("/") if p]
    assert parts[0] == "gazettes" and len(parts) == 2, (page.url, issue_href, gazette)
    issue_id = parts[1]
    # a document of this issue
    doc_link = page.locator(f".md-content a[href]").filter(
        has_not=page.locator("xpath=self::a[contains(@class,'headerlink')]"))
    docs = [d for d in index["documents"] if d["gazette"] == issue_id]
    assert docs, issue_id
    target = docs[0]
    page.locator(".md-content a", has_text=target["title"][:20]).first.click()
    page.wait_for_load_state()
    assert _path(page.url).rstrip("/").endswith(target["url"].rstrip("/")), page.url
    assert target["title"][:20] in page.locator(".md-content h1").inner_text()
    assert page.locator("dl.gz-meta").is_visible()


# --------------------------------------------------------------------------- (b) provision links

def _sample_provisions(site, n=6):
    picked = []
    for f in sorted(glob.glob(str(site / "data" / "documents" / "*" / "*.json"))):
        doc = json.loads(Path(f).read_text(encoding="utf-8"))
        provs = doc.get("provisions") or []
        if len(provs) < 3:
            continue
        # one from the middle and the last one: both need scrolling
        for p in (provs[len(provs) // 2], provs[-1]):
            picked.append((doc["url"], p["eid"]))
        if len(picked) >= n:
            break
    return picked


def test_provision_link_scrolls_and_highlights(page, base_url, site):
    samples = _sample_provisions(site)
    assert len(samples) >= 4
    for url, eid in samples:
        page.goto(f"{base_url}{url}#{eid}")
        el = page.locator(f"[id='{eid}']")
        assert el.count() == 1, (url, eid)
        page.wait_for_function(
            """id => { const r = document.getElementById(id).getBoundingClientRect();
                       return r.top >= 0 && r.top < innerHeight && r.bottom > 0; }""",
            arg=eid, timeout=5000)
        state = el.evaluate("""e => ({target: e.matches(':target'),
                                       bg: getComputedStyle(e).backgroundColor,
                                       cls: e.className})""")
        assert state["target"], (url, eid, state)
        assert "gz-prov" in state["cls"], (url, eid, state)
        assert state["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), (url, eid, state)
        # not hidden under the sticky header
        header_bottom = page.evaluate(
            "document.querySelector('.md-header').getBoundingClientRect().bottom")
        assert el.bounding_box()["y"] >= header_bottom - 1, (url, eid)


# --------------------------------------------------------------------------- (c) search

XFAIL_BRACKETS = "Material's client search splits〔〕 and CJK runs into single-character terms"

# (query, expected doc number or document url fragment)
SEARCH_CASES = [
]


def _search(page, query):
    box = page.locator("input.md-search__input")
    if not box.is_visible():      # narrow screens: the magnifier opens the search
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    box.fill("")
    box.type(query, delay=5)
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && !/正在|键入|Initializing|Type to/i.test(m.textContent); }", timeout=10000)
    page.wait_for_timeout(400)    # the worker answers each keystroke; let it settle
    return page.eval_on_selector_all(
        ".md-search-result__list > li.md-search-result__item",
        "els => els.map(li => li.querySelector('a').getAttribute('href'))")


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(base_url)
    watch.attach(page)
    page.goto(base_url)
    yield page
    context.close()
    watch.check()


def _expected_url(index, expected):
    for d in index["documents"]:
        if expected in (d["doc_number"], d["url"], d["id"]):
            return d["url"]
    return expected


def run_search_case(search_page, index, query, expected):
    want = _expected_url(index, expected)
    hrefs = _search(search_page, query)
    top = [_path(h) for h in hrefs[:5]]
    assert any(t.rstrip("/").endswith(want.rstrip("/")) for t in top), (query, want, hrefs[:8])
