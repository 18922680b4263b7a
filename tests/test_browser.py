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
from urllib.parse import quote, urlsplit

import pytest

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("GAZETTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOT_DIR = Path(os.environ.get("GAZETTE_SCREENSHOTS", "/tmp"))

WIDE_TABLE_DOC = "荆政办发〔2022〕17号"   # its table (text_2__table_1) has 16 columns, the widest of the seeds


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

# (query, expected doc number, document url, or "issuer:NAME"): each must put the
# document in the first five results. Doc numbers and dates are found through the
# keywords of builder/search_terms.py and the bracket separator in mkdocs.yml.
SEARCH_CASES = [
    # words and phrases of the text
    ("农民工工资", "荆政办发〔2022〕16号"),
    ("保障农民工工资支付", "荆政办发〔2022〕16号"),
    ("农民工工资专用账户", "荆政办发〔2022〕16号"),
    ("工业互联网", "荆政办发〔2022〕17号"),
    ("数字经济", "荆政办发〔2022〕18号"),
    ("重特大疾病", "荆政办发〔2022〕19号"),
    ("工伤保险", "荆政办发〔2022〕22号"),
    ("工伤保险市级统筹", "荆政办发〔2022〕22号"),
    ("离岸科创中心", "荆政办发〔2022〕23号"),
    ("体育强市", "荆政办函〔2022〕16号"),
    ("医疗卫生服务体系", "荆政函〔2022〕107号"),
    ("基干民兵", "荆政发〔2019〕4号"),
    ("基本药物", "荆政办发〔2019〕9号"),
    ("野生动物", "濮政办〔2020〕5号"),
    ("新型工业用地", "濮政〔2020〕10号"),
    ("2020年工作要点", "濮政〔2020〕6号"),
    ("建筑垃圾", "潜政规〔2026〕1号"),
    ("物业服务", "gazettes/qianjiang-2025-6/qjsdjylwyfwt-25be5d/"),
    ("营商环境", "gazettes/qianjiang-2025-6/qjsjybyhyshj-ace9e5/"),
    ("商圈商街", "潜政发〔2025〕14号"),
    ("专项津贴", "潜政办发〔2025〕22号"),
    ("政务大事记", "gazettes/qianjiang-2019-9/zwdsjny-0133e0/"),
    # terms a title puts in quotation marks
    ("互联网+医疗健康", "潜政办发〔2019〕16号"),
    ("数字濮阳", "濮政〔2020〕8号"),
    ("十四五", "荆政函〔2022〕107号"),
    # names of people
    ("袁伶俐", "潜政办发〔2025〕22号"),
    ("杨青玖", "gazettes/puyang-2020-002-ccb43869a2224617/yqjtzzqsaqsc-2964a1/"),
    # issuers
    ("荆州市人民政府办公室", "issuer:荆州市人民政府办公室"),
    ("濮阳市人民政府办公室", "issuer:濮阳市人民政府办公室"),
    ("潜江市人民政府办公室", "issuer:潜江市人民政府办公室"),
    ("濮阳市人民政府", "issuer:濮阳市人民政府"),
    ("荆门军分区", "荆政发〔2019〕4号"),
    ("潜江市医疗保障局", "潜医保发〔2025〕13号"),
    # dates
    ("2022-09-17", "荆政办发〔2022〕16号"),
    ("2022年9月17日", "荆政办发〔2022〕16号"),
    ("2020-03-12", "濮政〔2020〕6号"),
    ("2020年3月12日", "濮政〔2020〕6号"),
    # document numbers, in any bracket shape or none
    ("荆政办发〔2022〕16号", "荆政办发〔2022〕16号"),
    ("荆政办发[2022]16号", "荆政办发〔2022〕16号"),
    ("荆政办发(2022)16号", "荆政办发〔2022〕16号"),
    ("荆政办发2022 16", "荆政办发〔2022〕16号"),
    ("荆政办发〔2022〕17号", "荆政办发〔2022〕17号"),
    ("荆政函〔2022〕107号", "荆政函〔2022〕107号"),
    ("濮政〔2020〕6号", "濮政〔2020〕6号"),
    ("濮政办〔2020〕22号", "濮政办〔2020〕22号"),
    ("潜政规〔2026〕1号", "潜政规〔2026〕1号"),
    ("潜医保发〔2025〕13号", "潜医保发〔2025〕13号"),
]


def _search(page, query):
    """The result links for query, read only once Material has answered it.

    The box is emptied first and the emptied list awaited, then the query is
    set whole and sent with one key press (Material reads the box on keyup;
    Playwright types CJK text as insertText, which raises none), so the list
    read afterwards belongs to this query, not to the previous one or to a
    prefix of this one.
    """
    box = page.locator("input.md-search__input")
    if not box.is_visible():      # narrow screens: the magnifier opens the search
        page.locator("label.md-header__button[for='__search']").click()
    meta = ".md-search-result__meta"
    placeholder = "() => /键入|Type to/.test(document.querySelector('%s').textContent)" % meta
    box.click()
    if box.input_value():
        box.fill("")
        box.press("End")
        page.wait_for_function(placeholder, timeout=10000)
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "() => { const m = document.querySelector('%s');"
        " return m && !/正在|键入|Initializing|Type to/i.test(m.textContent); }" % meta, timeout=10000)
    return page.eval_on_selector_all(".md-search-result__list > li.md-search-result__item",
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


def _expected_urls(index, expected):
    """A doc number, a url, or "issuer:NAME" (then any document of that issuer)."""
    if expected.startswith("issuer:"):
        urls = [d["url"] for d in index["documents"] if expected[7:] in d["issuers"]]
    else:
        urls = [d["url"] for d in index["documents"]
                if expected in (d["doc_number"], d["url"], d["id"])]
    assert urls, f"{expected} names no document of data/index.json"
    return [u.rstrip("/") for u in urls]


def run_search_case(search_page, index, query, expected):
    wants = _expected_urls(index, expected)
    hrefs = _search(search_page, query)
    paths = [_path(h) for h in hrefs]
    top = paths[:5]
    want = expected
    assert any(t.rstrip("/").endswith(w) for t in top for w in wants), \
        f"{query!r}: {want} not in the first five results:\n  " + "\n  ".join(paths[:10])


@pytest.mark.parametrize("query,expected", SEARCH_CASES)
def test_search_finds_document(search_page, index, query, expected):
    run_search_case(search_page, index, query, expected)


def test_search_result_leads_to_the_clause(page, base_url, index, site):
    """A query matching a provision's heading offers a link to that clause, and
    following it lands on the clause, not only on the page."""
    doc = _doc(index, "荆政办发〔2022〕16号")
    data = json.loads((site / doc["data"]).read_text(encoding="utf-8"))
    eid = next(p["eid"] for p in data["provisions"] if p["heading"] == "信用监管")
    page.goto(base_url)
    _search(page, "信用监管")
    links = page.eval_on_selector_all(".md-search-result__list a",
                                      "els => els.map(a => a.getAttribute('href'))")
    clause = [h for h in links if _path(h).rstrip("/").endswith(doc["url"].rstrip("/"))
              and urlsplit(h).fragment == eid]
    assert clause, f"no result links to #{eid}:\n  " + "\n  ".join(links[:15])
    page.locator(f".md-search-result__list a[href='{clause[0]}']").first.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).fragment == eid
    assert page.locator(f"[id='{eid}']").evaluate("e => e.matches(':target')")
    assert "信用监管" in page.locator(f"[id='{eid}']").inner_text()


def test_short_address_opens_the_document(page, base_url, index):
    """wh/<doc number>/ (URL-encoded, as a browser sends it) lands on the document page.
    (The other bracket shapes go through 404.html, which this server does not
    answer with: test_publish.py follows them on a server that does.)"""
    doc = _doc(index, "荆政办发〔2022〕16号")
    page.goto(base_url + "wh/" + quote("荆政办发〔2022〕16号") + "/")
    page.wait_for_url(lambda url: _path(url).rstrip("/").endswith(doc["url"].rstrip("/")))
    assert doc["title"][:20] in page.locator(".md-content h1").inner_text()


# --------------------------------------------------------------------------- (d) phone

def test_phone_wide_table_scrolls_inside_its_wrapper(make_page, base_url, index, site):
    doc = _doc(index, WIDE_TABLE_DOC)
    page = make_page(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                     is_mobile=True, has_touch=True)
    page.goto(base_url + doc["url"])
    page.wait_for_load_state("networkidle")
    widths = page.evaluate("""() => {
        const cols = t => Math.max(...[...t.rows].map(r => [...r.cells]
                              .reduce((n, c) => n + (c.colSpan || 1), 0)));
        // the element that scrolls: our wrapper or Material's .md-typeset__scrollwrap in it
        const scroller = w => [w, ...w.querySelectorAll('*')].find(e =>
            e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(e).overflowX));
        return {doc: document.documentElement.scrollWidth,
                wraps: [...document.querySelectorAll('div.gz-table-wrap')].map((w, i) => {
                    const s = scroller(w);
                    return {i, width: w.getBoundingClientRect().width,
                            table: w.querySelector('table').scrollWidth,
                            cols: cols(w.querySelector('table')),
                            scroller: s ? (s.className || s.tagName) : null};
                })};
    }""")
    assert widths["wraps"], "no table on the page"
    widest = max(widths["wraps"], key=lambda w: w["cols"])
    assert widest["cols"] >= 16, widths
    assert widths["doc"] <= 390, f"the page scrolls sideways: {widths}"
    assert widest["width"] <= 390, widths
    assert widest["table"] > widest["width"], widths    # the table is wider than the screen...
    assert widest["scroller"], widths                     # ...and scrolls inside its wrapper
    wrap = page.locator("div.gz-table-wrap").nth(widest["i"])
    wrap.scroll_into_view_if_needed()
    moved = wrap.evaluate("""w => { const s = [w, ...w.querySelectorAll('*')].find(e =>
                                        e.scrollWidth > e.clientWidth + 1);
                                    s.scrollLeft = 200; return s.scrollLeft; }""")
    assert moved > 0
    assert page.evaluate("scrollX") == 0
    page.screenshot(path=str(SCREENSHOT_DIR / "gazette-phone-table-scrolled.png"))
    wrap.evaluate("w => w.querySelectorAll('*').forEach(e => { e.scrollLeft = 0; })")
    page.screenshot(path=str(SCREENSHOT_DIR / "gazette-phone-table.png"))
    page.evaluate("scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOT_DIR / "gazette-phone-top.png"))


# --------------------------------------------------------------------------- (e) print

def test_print_hides_navigation_and_search(page, base_url, index):
    doc = _doc(index, "荆政办发〔2022〕16号")
    page.goto(base_url + doc["url"])
    page.emulate_media(media="print")
    for sel in [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search",
                ".md-footer"]:
        loc = page.locator(sel)
        for i in range(loc.count()):
            assert not loc.nth(i).is_visible(), f"{sel} is printed"
    assert page.locator(".md-content h1").is_visible()
    assert doc["title"][:20] in page.locator(".md-content h1").inner_text()
    assert page.locator(".gz-docnum, dl.gz-meta").first.is_visible()
    assert doc["doc_number"] in page.locator(".md-content").inner_text()
    # clause labels are printed with the clause
    art = page.locator("[id='text_1__art_1']")
    assert art.is_visible() and art.inner_text().startswith("第一条")
    assert not page.locator(".gz-copy").first.is_visible()
    page.screenshot(path=str(SCREENSHOT_DIR / "gazette-print.png"))
    page.pdf(path=str(SCREENSHOT_DIR / "gazette-print.pdf"), format="A4",
             prefer_css_page_size=True)


# --------------------------------------------------------------------------- copy buttons

def test_copy_citation_and_link(make_page, base_url, index):
    doc = _doc(index, "荆政办发〔2022〕16号")
    page = make_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(base_url + doc["url"])
    art = page.locator("[id='text_1__art_10']")
    art.scroll_into_view_if_needed()
    art.hover()
    cite = art.locator("button.gz-copy-cite")
    assert cite.is_visible()
    cite.click()
    expected = "荆政办发〔2022〕16号 第十条"
    assert cite.get_attribute("data-copied") == expected
    assert page.evaluate("navigator.clipboard.readText()") == expected
    art.locator("button.gz-copy-link").click()
    assert page.evaluate("navigator.clipboard.readText()") == \
        f"{base_url}{doc['url']}#text_1__art_10"
    # every provision has both buttons
    n = page.locator(".gz-prov[id]").count()
    assert page.locator(".gz-prov[id] > button.gz-copy-cite").count() == n
    assert page.locator(".gz-prov[id] > button.gz-copy-link").count() == n


def test_copy_citation_nested_labels(page, base_url, site):
    """Citations of headings and sub-items carry the labels of the enclosing provisions."""
    for f in sorted(glob.glob(str(site / "data" / "documents" / "*" / "*.json"))):
        d = json.loads(Path(f).read_text(encoding="utf-8"))
        nested = [p for p in d.get("provisions") or [] if p.get("parent") and p.get("label")]
        if d.get("doc_number") and nested:
            break
    else:
        pytest.skip("no nested provision in the seeds")
    p = nested[0]
    parent = next(q for q in d["provisions"] if q["eid"] == p["parent"])
    page.goto(base_url + d["url"])
    text = page.locator(f"[id='{p['eid']}'] > button.gz-copy-cite").get_attribute("data-citation")
    assert text.startswith(d["doc_number"] + " "), text
    assert parent["label"].rstrip("、.．") in text and p["label"].rstrip("、.．") in text, (text, p, parent)
