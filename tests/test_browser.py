"""The built site in a real browser: headless Chromium driven by Playwright.

The session's build of seeds/ (conftest.strict_build), served by http.server
on 127.0.0.1. Every page load is watched: a console error or a request to any
other host fails the test.
Needs /usr/bin/chromium (Debian package; GAZETTE_CHROMIUM names another
binary); Playwright's own download is not used. Without it the module is
skipped with one message, unless CI or GAZETTE_REQUIRE_BROWSER is set: there
a missing browser fails the run instead of passing it quietly.
"""
from __future__ import annotations

import functools
import glob
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from conftest import CHROMIUM, ROOT
SCREENSHOT_DIR = Path(os.environ.get("GAZETTE_SCREENSHOTS", "/tmp"))

if not Path(CHROMIUM).is_file():
    _why = (f"browser tests need Chromium at {CHROMIUM}: install the Debian package 'chromium' "
            f"or set GAZETTE_CHROMIUM to another Chromium binary")
    if os.environ.get("CI") or os.environ.get("GAZETTE_REQUIRE_BROWSER"):
        pytest.fail(_why, pytrace=False)
    pytest.skip(_why, allow_module_level=True)

WIDE_TABLE_DOC = "荆政办发〔2022〕17号"   # its table (text_2__table_1) has 16 columns, the widest of the seeds


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def site(strict_build):
    return strict_build[0]


@pytest.fixture(scope="module")
def index(site):
    return json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base_url(site):
    yield from _served(site)


def _served(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = LocalServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class LocalServer(http.server.ThreadingHTTPServer):
    """The site served to Chromium on 127.0.0.1. A connection the browser
    drops while a file is still being sent (a page closed, a preload given
    up) is no fault of the site: not printed as one."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Watch:
    """Console errors, page errors and requests to hosts other than ours."""

    def __init__(self, base_url):
        self.host = urlsplit(base_url).netloc
        self.errors: list[str] = []
        self.foreign: list[str] = []

    def attach(self, page, tabs):
        tabs.on(page, "console", lambda m: m.type == "error" and self.errors.append(
            f"console: {m.text} @ {page.url}"))
        tabs.on(page, "pageerror", lambda e: self.errors.append(f"pageerror: {e} @ {page.url}"))
        tabs.on(page, "request", self._request)

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
def make_page(tabs, base_url):
    """A page lent by the session's tabs (conftest.Tabs), opened with these context options."""
    pages, watches = [], []

    def make(**context_args):
        page = tabs.lend(**context_args)
        pages.append(page)
        page.set_default_timeout(15000)
        watch = Watch(base_url)
        watch.attach(page, tabs)
        watches.append(watch)
        return page

    yield make
    for p in pages:
        tabs.give_back(p)
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


# --------------------------------------------------------------------------- (a) navigation

def test_click_home_to_issue_to_document(page, base_url, index):
    page.goto(base_url)
    assert page.title()
    gazette = index["gazettes"][0] if index.get("gazettes") else None
    # an issue (gazette) page: gazettes/<id>/
    issue_link = page.locator(".md-content h2#issues ~ ul a").first   # below the newest documents
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

# (query, the document that must come first, documents that must also be in the
# first five). A document is named by its doc number, its url, or "issuer:NAME"
# (any document of that issuer); a tuple of names accepts any of them.
SEARCH_CASES = [
    # topic words of titles
    ("农民工工资", "荆政办发〔2022〕16号", ()),
    ("工业互联网", "荆政办发〔2022〕17号", ()),
    ("数字经济", ("荆政办发〔2022〕18号", "濮政〔2020〕8号"), ("荆政办发〔2022〕18号", "濮政〔2020〕8号")),
    ("重特大疾病", "荆政办发〔2022〕19号", ()),
    ("工伤保险", "荆政办发〔2022〕22号", ()),
    ("离岸科创中心", "荆政办发〔2022〕23号", ()),
    ("体育强市", "荆政办函〔2022〕16号", ()),
    ("医疗卫生服务体系", "荆政函〔2022〕107号", ()),
    ("基干民兵", "荆政发〔2019〕4号", ()),
    ("基本药物", "荆政办发〔2019〕9号", ()),
    ("野生动物", "濮政办〔2020〕5号", ()),
    ("新型工业用地", "濮政〔2020〕10号", ()),
    ("建筑垃圾", "潜政规〔2026〕1号", ()),
    ("物业服务", "gazettes/qianjiang-2025-6/qjsdjylwyfwt-25be5d/", ()),
    ("营商环境", "gazettes/qianjiang-2025-6/qjsjybyhyshj-ace9e5/", ()),
    ("商圈商街", "潜政发〔2025〕14号", ()),
    ("制造业高质量发展", "潜政发〔2025〕15号", ()),
    ("专项津贴", "潜政办发〔2025〕22号", ()),
    ("政务大事记", "gazettes/qianjiang-2019-9/zwdsjny-0133e0/", ()),
    ("互联网+医疗健康", "潜政办发〔2019〕16号", ()),
    ("数字濮阳", "濮政〔2020〕8号", ()),
    ("十四五", "荆政函〔2022〕107号", ()),
    ("重大项目建设", "荆政办发〔2019〕4号", ()),
    ("自然资源资产管理委员会", "濮政〔2020〕7号", ()),
    ("医疗保障行政执法", "潜医保发〔2025〕13号", ()),
    ("安全生产", "gazettes/puyang-2020-04-30/yqjtzzqsaqsc-2964a1/", ()),
    ("卫生健康大会", "gazettes/puyang-2020-04-30/yqjtzzqswsjk-e0672c/", ()),
    ("绿色食品", "濮政办〔2020〕8号", ()),
    ("综合监管制度", "濮政办〔2020〕22号", ()),
    ("党组工作规则", "濮政办〔2020〕6号", ()),
    ("政府工作报告", "荆政办发〔2019〕6号", ()),
    # phrases of clauses
    ("信用监管", "荆政办发〔2022〕16号", ()),
    ("农民工工资专用账户", "荆政办发〔2022〕16号", ()),
    ("工伤认定和劳动能力鉴定", "荆政办发〔2022〕22号", ()),
    ("支持首店经济", "潜政发〔2025〕14号", ()),
    ("创建全国羽毛球示范城市", "荆政办函〔2022〕16号", ()),
    ("凭有效证件免费乘坐市内公交车", "荆政发〔2019〕4号", ()),
    ("加强配送监管", "荆政办发〔2019〕9号", ()),
    ("建设数字乡村", "濮政〔2020〕8号", ()),
    ("建立差别化地价管理", "濮政〔2020〕10号", ()),
    ("加强中医药人才队伍建设", "gazettes/puyang-2020-04-30/yqjtzzqswsjk-e0672c/", ()),
    ("跨境电子商务", "荆政办发〔2019〕6号", ()),
    ("三供一业", "gazettes/qianjiang-2025-6/qjsdjylwyfwt-25be5d/", ()),
    ("以刑化债", "gazettes/qianjiang-2025-6/qjsjybyhyshj-ace9e5/", ()),
    ("双千兆", "荆政办发〔2022〕17号", ()),
    ("318国道东荆河大桥", "gazettes/qianjiang-2019-9/zwdsjny-0133e0/", ()),
    # names of people
    ("袁伶俐", "潜政办发〔2025〕22号", ()),
    ("胡文婷", "潜政办发〔2025〕22号", ()),
    ("贺芹", "潜政办发〔2025〕22号", ()),     # printed "贺 芹", padded to three columns
    ("魏 燕", "潜政办发〔2025〕22号", ()),
    ("杨青玖", ("gazettes/puyang-2020-04-30/yqjtzzqsaqsc-2964a1/",
                "gazettes/puyang-2020-04-30/yqjtzzqswsjk-e0672c/"),
     ("gazettes/puyang-2020-04-30/yqjtzzqsaqsc-2964a1/",
      "gazettes/puyang-2020-04-30/yqjtzzqswsjk-e0672c/")),
    ("张晓民", "gazettes/jingzhou-2022-8-9/jzsrmzfrmry-1b4159/", ()),
    ("蒋时菁", "gazettes/jingzhou-2022-8-9/jzsrmzfrmry-1b4159/", ()),
    ("龚定荣", "gazettes/qianjiang-2019-9/zwdsjny-0133e0/", ()),
    # figures and cells of tables
    ("9.98", "荆政函〔2022〕107号", ()),
    ("11.26", "荆政函〔2022〕107号", ()),
    ("5G全连接工厂", "荆政办发〔2022〕17号", ()),
    ("新型显示器件", ("濮政〔2020〕10号", "荆政办发〔2022〕18号"), ("濮政〔2020〕10号", "荆政办发〔2022〕18号")),
    ("强化政府主导责任", "濮政办〔2020〕22号", ()),
    # document numbers, in any bracket shape or none, whole or in part
    ("荆政办发〔2022〕16号", "荆政办发〔2022〕16号", ()),
    ("荆政办发[2022]16号", "荆政办发〔2022〕16号", ()),
    ("荆政办发(2022)16号", "荆政办发〔2022〕16号", ()),
    ("荆政办发„2022‟16号", "荆政办发〔2022〕16号", ()),  # 〔〕 as a PDF's text layer may give them
    ("荆政办发2022 16", "荆政办发〔2022〕16号", ()),
    ("荆政办函〔2022〕16号", "荆政办函〔2022〕16号", ()),
    ("荆政函〔2022〕107号", "荆政函〔2022〕107号", ()),
    ("濮政〔2020〕6号", "濮政〔2020〕6号", ()),
    ("濮政办〔2020〕22号", "濮政办〔2020〕22号", ()),
    ("潜政规〔2026〕1号", "潜政规〔2026〕1号", ()),
    ("潜医保发〔2025〕13号", "潜医保发〔2025〕13号", ()),
    ("潜医保发", "潜医保发〔2025〕13号", ()),
    ("荆政函", "荆政函〔2022〕107号", ()),
    ("〔2020〕22号", "濮政办〔2020〕22号", ()),
    # dates and months
    ("2022-09-17", "荆政办发〔2022〕16号", ()),
    ("2022年9月17日", "荆政办发〔2022〕16号", ()),
    ("2020-03-12", ("濮政〔2020〕6号", "濮政办〔2020〕6号"), ("濮政〔2020〕6号", "濮政办〔2020〕6号")),
    ("2020年3月12日", ("濮政〔2020〕6号", "濮政办〔2020〕6号"), ("濮政〔2020〕6号", "濮政办〔2020〕6号")),
    ("2025-11-28", "潜政办发〔2025〕22号", ()),
    ("2019.4.23", "荆政办发〔2019〕9号", ()),
    ("2022-09-19", ("荆政办发〔2022〕17号", "荆政办发〔2022〕18号"), ("荆政办发〔2022〕17号", "荆政办发〔2022〕18号")),
    ("2019年7月", "gazettes/qianjiang-2019-9/zwdsjny-0133e0/", ("潜政办发〔2019〕16号",)),
    # two words
    ("农民工 工资", "荆政办发〔2022〕16号", ()),
    ("建筑垃圾 运输", "潜政规〔2026〕1号", ()),
    ("数字经济 濮阳", "濮政〔2020〕8号", ()),
    ("工伤 基金", "荆政办发〔2022〕22号", ()),
    ("医疗 救助", "荆政办发〔2022〕19号", ()),
    ("体育 场馆", "荆政办函〔2022〕16号", ()),
    # issuers
    ("荆州市人民政府办公室", "issuer:荆州市人民政府办公室", ()),
    ("濮阳市人民政府办公室", "issuer:濮阳市人民政府办公室", ()),
    ("潜江市人民政府办公室", "issuer:潜江市人民政府办公室", ()),
    ("濮阳市人民政府", "issuer:濮阳市人民政府", ()),
    ("荆门军分区", "荆政发〔2019〕4号", ()),
    ("潜江市医疗保障局", "潜医保发〔2025〕13号", ()),
    # traditional characters, searched as simplified
    ("營商環境", "gazettes/qianjiang-2025-6/qjsjybyhyshj-ace9e5/", ()),
    ("農民工工資", "荆政办发〔2022〕16号", ()),
    ("工傷保險", "荆政办发〔2022〕22号", ()),
    ("數字經濟", ("荆政办发〔2022〕18号", "濮政〔2020〕8号"), ()),
    # typos: the closest indexed word is searched instead
    ("农名工", "荆政办发〔2022〕16号", ()),
    ("基干民宾", "荆政发〔2019〕4号", ()),
]


def _search(page, query):
    """The result links under the top-bar box for query, read once search.js has
    answered this very query (it marks the list with data-query when done)."""
    box = page.locator("input.md-search__input")
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible() and not page.locator("#__search").is_checked():
        opener.click()            # narrow screens: the magnifier opens the search
    box.click()
    box.fill(query)
    page.wait_for_function(
        "q => { const r = document.querySelector('.gz-search .md-search-result');"
        " return r.hasAttribute('data-done') && r.getAttribute('data-query') === q; }",
        arg=query, timeout=10000)
    return page.eval_on_selector_all(".gz-search .md-search-result__list > li.md-search-result__item",
                                     "els => els.map(li => li.querySelector('a').getAttribute('href'))")


@pytest.fixture(scope="module")
def search_page(tabs, base_url):
    page = tabs.lend()
    watch = Watch(base_url)
    watch.attach(page, tabs)
    page.goto(base_url)
    yield page
    tabs.give_back(page)
    watch.check()


def _expected_urls(index, expected):
    """A doc number, a url, "issuer:NAME" (any document of that issuer), or a tuple of them."""
    if isinstance(expected, tuple):
        return [u for e in expected for u in _expected_urls(index, e)]
    if expected.startswith("issuer:"):
        urls = [d["url"] for d in index["documents"] if expected[7:] in d["issuers"]]
    else:
        urls = [d["url"] for d in index["documents"]
                if expected in (d["doc_number"], d["url"], d["id"])]
    assert urls, f"{expected} names no document of data/index.json"
    return [u.rstrip("/") for u in urls]


def _is(path, urls):
    return any(path.rstrip("/").endswith(u) for u in urls)


def check_search_case(search_page, index, query, first, top5):
    """The failures of one case: an empty list when it passes."""
    paths = [_path(h) for h in _search(search_page, query)]
    failures = []
    if not paths or not _is(paths[0], _expected_urls(index, first)):
        failures.append(f"{query!r}: first should be {first}")
    for want in top5:
        if not any(_is(p, _expected_urls(index, want)) for p in paths[:5]):
            failures.append(f"{query!r}: {want} not in the first five")
    return [f + ":\n  " + "\n  ".join(paths[:5]) for f in failures]


@pytest.mark.parametrize("query,first,top5", SEARCH_CASES)
def test_search_puts_the_right_document_first(search_page, index, query, first, top5):
    failures = check_search_case(search_page, index, query, first, top5)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("words", ["农民工 工资", "建筑垃圾 运输", "工伤 基金", "医疗 救助", "体育 场馆",
                                   "数字经济 濮阳"])
def test_two_word_query_lists_only_pages_with_both_words(search_page, site, index, words):
    """Every listed page contains both words (checked in the document's data, not the snippet)."""
    hrefs = _search(search_page, words)
    assert hrefs
    by_url = {d["url"].rstrip("/"): d for d in index["documents"]}
    for href in hrefs:
        doc = by_url[_path(href).strip("/")]
        text = json.dumps(json.loads((site / doc["data"]).read_text(encoding="utf-8")), ensure_ascii=False)
        assert all(w in text for w in words.split()), (words, doc["title"])
    status = search_page.inner_text(".gz-search .md-search-result__meta")
    assert "部分词" not in status


def test_search_result_is_clean_and_says_where(search_page, index):
    """Title without invisible marks, issuer and date, the clause label, a snippet
    with the words marked, and none of the metadata panel."""
    _search(search_page, "信用监管")
    item = search_page.locator(".gz-search .md-search-result__item").first
    text = item.inner_text()
    doc = _doc(index, "荆政办发〔2022〕16号")
    assert "\u200b" not in text
    assert item.locator(".gz-sr-title").inner_text() == doc["title"]
    assert "荆州市人民政府办公室" in text and "2022-09-17" in text
    assert item.locator(".gz-sr-clause").inner_text().startswith("第")
    assert "信用监管" in item.locator("mark").all_inner_texts()
    assert "发文字号" not in text and "seeds/" not in text


def test_a_clause_printed_without_a_heading_is_named_by_its_opening_words(search_page):
    """A result in a clause with a label and no heading (point 130、 of a
    分工 list) names it by its label and the opening words of its text, not by
    a bare number; a 第X条 with no heading likewise."""
    _search(search_page, "零就业家庭")
    item = search_page.locator(".gz-search .md-search-result__item").first
    assert item.locator(".gz-sr-clause").inner_text() == "130、把稳就业作为经济发展的优先目标"
    _search(search_page, "行业差别费率")
    item = search_page.locator(".gz-search .md-search-result__item").first
    assert item.locator(".gz-sr-clause").inner_text() == "第五条 工伤保险实行行业差别费率"


def test_a_clause_label_ending_on_its_mark_is_closed_up_to_its_heading(search_page):
    """A result in a clause headed '一、把人民健康放在…' names it as print does,
    the heading right after the 顿号 that ends its label, no space between."""
    _search(search_page, "使命担当")
    clauses = search_page.locator(".gz-search .gz-sr-clause").all_inner_texts()
    assert any(c.startswith("一、把人民健康放在优先发展的战略地位") for c in clauses), clauses
    assert not any("、 " in c for c in clauses), clauses


def test_search_says_when_it_falls_back_to_some_of_the_words(search_page):
    _search(search_page, "农民工 羽毛球")
    assert "部分词" in search_page.inner_text(".gz-search .md-search-result__meta")


def test_search_sets_a_lone_character_aside_and_says_so(search_page):
    assert _search(search_page, "医疗 费")
    assert "单字「费」" in search_page.inner_text(".gz-search .md-search-result__meta")


def test_search_suggests_the_closest_word(search_page):
    _search(search_page, "农名工")
    assert "农民工" in search_page.inner_text(".gz-search .md-search-result__meta")


def test_slash_key_opens_the_search_and_escape_closes_it(page, base_url):
    page.goto(base_url)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('.gz-search .md-search__input')")
    page.keyboard.type("工伤保险")
    page.wait_for_selector(".gz-search .md-search-result[data-query='工伤保险'] .md-search-result__item")
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()


def test_phone_magnifier_opens_the_search(make_page, base_url, index):
    page = make_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(base_url)
    hrefs = _search(page, "工伤保险")
    assert _is(_path(hrefs[0]), _expected_urls(index, "荆政办发〔2022〕22号"))
    page.wait_for_function("""() => {      // the list fits the screen, once the panel has slid in
        const r = document.querySelector('.gz-search .md-search-result__item').getBoundingClientRect();
        return r.left >= 0 && r.right <= 390; }""", timeout=5000)


def test_results_page_filters_by_year_issuer_and_kind(page, base_url):
    """Enter in the top-bar box opens search/?q=…; the filters narrow the list."""
    page.goto(base_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("医疗")
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")
    page.wait_for_selector(".gz-search-page[data-done]")
    assert page.locator("input[name=q]").input_value() == "医疗"

    def listed():
        page.wait_for_selector(".gz-search-page[data-done]")
        return page.locator(".gz-sp-results .gz-sr-where").all_inner_texts()

    everything = listed()
    assert len(everything) >= 5
    page.select_option("select[name=year]", "2020")
    in_2020 = listed()
    assert in_2020 and len(in_2020) < len(everything) and all(" 2020-" in f" {w}" for w in in_2020)
    page.select_option("select[name=year]", "")
    page.select_option("select[name=issuer]", "荆州市人民政府办公室")
    assert all("荆州市人民政府办公室" in w for w in listed())
    page.select_option("select[name=issuer]", "")
    page.select_option("select[name=kind]", "意见")
    assert 0 < len(listed()) < len(everything)



def test_more_results_are_offered_only_when_there_are_more(page, base_url):
    """The results page shows 20 at a time: '更多结果' brings the next ones and
    is gone once all are shown, and never offered under a shorter list (it is
    a Material button, whose display the hidden attribute alone does not beat)."""
    more = page.locator(".gz-sp-more")
    page.goto(base_url + "search/?q=" + quote("工作"))
    page.wait_for_selector(".gz-search-page[data-done]")
    first = page.locator(".gz-sp-results .gz-sr-where").count()
    assert first == 20 and more.is_visible()
    more.click()
    page.wait_for_selector(".gz-search-page[data-done]")
    assert page.locator(".gz-sp-results .gz-sr-where").count() > first and not more.is_visible()
    page.goto(base_url + "search/?q=" + quote("稳就业"))
    page.wait_for_selector(".gz-search-page[data-done]")
    assert 0 < page.locator(".gz-sp-results .gz-sr-where").count() < 20 and not more.is_visible()

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
    page.wait_for_load_state()
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
    expected = "《荆州市工程建设领域保障农民工工资支付暂行办法》第十条（荆政办发〔2022〕16号）"
    assert cite.get_attribute("data-copied") == expected
    assert page.evaluate("navigator.clipboard.readText()") == expected
    art.locator("button.gz-copy-link").click()
    assert page.evaluate("navigator.clipboard.readText()") == \
        f"{base_url}{doc['url']}#text_1__art_10"
    # every provision has both buttons
    n = page.locator(".gz-prov[id]").count()
    assert page.locator(".gz-prov[id] > button.gz-copy-cite").count() == n
    assert page.locator(".gz-prov[id] > button.gz-copy-link").count() == n


def test_copy_citation_nested_labels(page, base_url, index):
    """A point's citation carries the labels of the provisions it is nested in:
    三、（一）1. of 荆政办发〔2022〕17号 (a regression in nesting changes its id or its citation)."""
    doc = _doc(index, "荆政办发〔2022〕17号")
    page.goto(base_url + doc["url"])
    cite = page.locator("[id='text_1__para_3__subpara_1__point_1'] > button.gz-copy-cite")
    assert cite.get_attribute("data-citation") == \
        "《荆州市推动工业互联网创新发展三年行动方案（2022—2024年）》三（一）1（荆政办发〔2022〕17号）"


def test_the_guessed_article_address_opens_the_article(page, base_url, index):
    """#art_10 on a notice that issues one text opens that text's 第十条."""
    doc = _doc(index, "荆政办发〔2022〕16号")
    page.goto(f"{base_url}{doc['url']}#art_10")
    page.wait_for_function("location.hash === '#text_1__art_10'", timeout=5000)
    art = page.locator("[id='text_1__art_10']")
    assert art.evaluate("e => e.matches(':target')")
    page.wait_for_function(
        """() => { const r = document.getElementById('text_1__art_10').getBoundingClientRect();
                   return r.top >= 0 && r.top < innerHeight; }""", timeout=5000)


def test_a_chronicle_entry_is_cited_by_its_date(page, base_url, index, site):
    doc = next(d for d in index["documents"] if d["kind"] == "大事记")
    data = json.loads((site / doc["data"]).read_text(encoding="utf-8"))
    entry = next(p for p in data["provisions"] if p["date"] and len(p["date"]) == 10)
    page.goto(base_url + doc["url"])
    text = page.locator(f"[id='{entry['eid']}'] > button.gz-copy-cite").get_attribute("data-citation")
    year, month, day = entry["date"].split("-")
    assert text == f"《{doc['title']}》{int(year)}年{int(month)}月{int(day)}日", text


# --------------------------------------------------------------------------- reading like the print

def test_articles_are_in_the_outline_and_items_read_at_body_size(page, base_url, index):
    """A lawyer jumps to 第十五条 from the page's table of contents; the items
    of a 条 are body text, not small headings."""
    doc = _doc(index, "荆政办发〔2022〕16号")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + doc["url"])
    link = page.locator(".md-sidebar--secondary a[href='#text_1__art_15']")
    assert link.inner_text().strip() == "第十五条"
    link.click()
    page.wait_for_function(
        """() => { const r = document.getElementById('text_1__art_15').getBoundingClientRect();
                   return r.top >= 0 && r.top < innerHeight / 2; }""", timeout=5000)
    sizes = page.evaluate("""() => {
        const size = s => getComputedStyle(document.querySelector(s)).fontSize;
        return {item: size("[id='text_1__art_4__subpara_1']"), article: size("[id='text_1__art_4']"),
                body: size(".md-typeset > p:not([class])")}; }""")
    assert sizes["item"] == sizes["article"] == sizes["body"], sizes
    assert page.locator("[id='text_1__art_4__subpara_1']").evaluate("e => e.tagName") == "P"
    assert page.locator("[id='text_1__art_1']").inner_text().startswith("第一条\u3000为")


def test_no_clause_ends_on_an_empty_line(page, base_url, index):
    """A clause whose text fills its last line ends there: the permalink,
    unseen until wanted, hangs at the line's end instead of wrapping onto a
    line of its own, which reads as a blank line between two items."""
    doc = _doc(index, "濮政〔2020〕6号")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + doc["url"])
    stray = page.evaluate("""() => [...document.querySelectorAll('.gz-prov[id]')].filter(el => {
        const link = el.querySelector(':scope > a.headerlink');
        const range = document.createRange();
        range.setStartBefore(el.firstChild);
        range.setEndBefore(link);
        const lines = [...range.getClientRects()].filter(r => r.width > 0);
        const blank = parseFloat(getComputedStyle(el).lineHeight) / 2;
        return lines.length && el.getBoundingClientRect().bottom - lines[lines.length - 1].bottom > blank;
      }).map(el => el.id)""")
    assert not stray, stray


def test_items_set_as_a_list_read_as_one_under_their_article(make_page, base_url, index):
    """濮阳's seed sets the five matters of 第四条 as list items ('- 研究制定…'):
    on a phone they read as a bulleted list under the article's heading,
    each item its own line, before 第五条."""
    page = make_page(viewport={"width": 390, "height": 844})
    page.goto(base_url + _doc(index, "濮政〔2020〕7号")["url"])
    items = page.evaluate("""() => {
        const art = document.getElementById('text_1__art_4'), next = document.getElementById('text_1__art_5');
        const list = art.nextElementSibling;
        return {tag: list.tagName, marker: getComputedStyle(list.querySelector('li')).listStyleType,
                items: [...list.querySelectorAll(':scope > li')].map(li => li.innerText.trim()),
                before: list.getBoundingClientRect().bottom <= next.getBoundingClientRect().top,
                wide: document.documentElement.scrollWidth}; }""")
    assert items["tag"] == "UL" and items["marker"] == "disc" and items["before"], items
    assert len(items["items"]) == 5 and items["items"][0].startswith("研究制定") and items["wide"] <= 390, items


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_the_frame_stands_where_the_print_puts_it(make_page, base_url, index, width):
    """The signature and the 成文日期 at the right, one block; the 附件说明's
    items under the first one's number, as GB/T 9704 lays them out."""
    page = make_page(viewport={"width": width, "height": 900})
    page.goto(base_url + _doc(index, "荆政办发〔2019〕4号")["url"])
    box = page.evaluate("""() => {
        const r = s => document.querySelector(s).getBoundingClientRect();
        const text = s => {  // the box of the words, not of the paragraph
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(s));
            return range.getBoundingClientRect(); };
        const [first, ...rest] = document.querySelectorAll(".gz-annexes");
        const range = document.createRange();  // where the first item's number is, after 附件：
        range.setStart(first.firstChild, first.textContent.indexOf("1."));
        range.setEnd(first.firstChild, first.textContent.length);
        const annexes = {first: range.getClientRects()[0].left,
                         rest: rest.map(e => e.getBoundingClientRect().left +
                                             parseFloat(getComputedStyle(e).paddingLeft))};
        return {content: r("article.md-content__inner").right, signature: text(".gz-signature"),
                date: text(".gz-date"), body: r(".md-typeset > p:not([class])").left, annexes}; }""")
    signature, date = box["signature"], box["date"]
    assert signature["left"] > box["body"] + 40 and date["left"] > box["body"] + 40  # not flush left
    assert abs(signature["right"] - date["right"]) < 2 and box["content"] - date["right"] < 60
    assert date["top"] - signature["bottom"] < 12  # the leading of a line, no paragraph gap
    annexes = box["annexes"]
    assert annexes["rest"] and all(abs(left - annexes["first"]) < 2 for left in annexes["rest"])


# --------------------------------------------------------------------------- (f) finding one's way

def test_breadcrumbs_lead_back_to_the_issue(make_page, base_url, index):
    """On a phone the title is cut short: the breadcrumbs say which issue a document is in."""
    doc = _doc(index, "荆政办发〔2022〕16号")
    gazette = next(g for g in index["gazettes"] if g["id"] == doc["gazette"])
    title = f"{gazette['name']} {gazette['issue']}"   # 荆州市人民政府公报 2022年第8-9期
    page = make_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(base_url + doc["url"])
    crumbs = page.locator("nav.md-path")
    assert crumbs.is_visible()
    steps = crumbs.locator(".md-path__link").all_inner_texts()
    assert steps[0] == "首页" and title in steps, steps
    box = crumbs.locator(".md-path__link").first.bounding_box()
    assert box["height"] < 30, f"首页 broken over lines: {box}"
    crumbs.locator(".md-path__link", has_text=title).click()
    page.wait_for_load_state()
    assert _path(page.url).rstrip("/").endswith(f"gazettes/{gazette['id']}")


@pytest.fixture(scope="module")
def alone_url(tmp_path_factory):
    """The site of a folder of documents an office published one by one: real
    documents of the development set, one a file, no masthead."""
    seeds = tmp_path_factory.mktemp("alone") / "seeds"
    seeds.mkdir()
    for name in ("daying-jyyw", "wuhan-stc", "yancheng-hjym"):
        shutil.copy(ROOT / "tests/devset/holdout46/docs" / f"{name}.txt", seeds)
    folder = seeds.parent / "site"
    result = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(folder)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    yield from _served(folder)


def test_documents_published_alone_are_found_by_their_year(tabs, alone_url):
    """Single documents are no issues of a gazette: the home page counts no
    '期', lists their years; a year's page lists its documents, and on a phone
    the breadcrumbs of a document say 文件 › its year; no page shows a file name."""
    page = tabs.lend(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    watch = Watch(alone_url)
    watch.attach(page, tabs)
    try:
        page.goto(alone_url)
        home = page.locator(".md-content").inner_text()
        assert "共 3 件文件" in home and "期公报、" not in home and "daying" not in home
        assert page.locator(".md-content h2#issues").count() == 0  # no list of issues
        page.locator(".md-content h2#documents ~ ul a", has_text="2023").click()
        page.wait_for_load_state()
        assert _path(page.url).endswith("/documents/2023/")
        page.locator(".md-content a", has_text="见义勇为").click()
        page.wait_for_load_state()
        assert "见义勇为" in page.locator(".md-content h1").inner_text()
        assert page.locator("nav.md-path .md-path__link").all_inner_texts() == ["首页", "文件", "2023"]
        meta = page.locator("dl.gz-meta").inner_text()
        assert "大府发〔2023〕12号" in meta and "出处" not in meta and "daying" not in page.content()
    finally:
        tabs.give_back(page)
    watch.check()


def test_previous_and_next_once_and_only_within_the_issue(page, base_url, index):
    for gazette in index["gazettes"][:2]:
        docs = [d for d in index["documents"] if d["gazette"] == gazette["id"]]
        page.goto(base_url + docs[-1]["url"])
        assert page.locator(".md-footer__link").count() == 0, "the theme's footer repeats previous/next"
        body = page.locator(".gz-neighbours").inner_text()
        assert body.count("上一篇") == 1 and "下一篇" not in body, body   # the issue's last document ends it


def test_build_report_is_for_editors_not_in_the_readers_navigation(page, base_url, site):
    page.goto(base_url)
    assert page.locator(".md-nav a[href$='report/']").count() == 0
    page.goto(base_url + "guide/")
    page.locator(".md-content a[href$='report/']").first.click()
    page.wait_for_load_state()
    assert page.locator(".md-content h1").inner_text().startswith("构建报告")
    rows = page.locator(".md-content table tbody tr")
    report = json.loads((site / "data" / "report.json").read_text(encoding="utf-8"))
    assert rows.count() == len(report) > 0
    gap = rows.filter(has_text="编号不连续").first   # a code's Chinese name, not the code
    assert "numbering-gap" not in gap.inner_text() and "接在" in gap.inner_text()
    gap.locator("a").first.click()
    page.wait_for_load_state()
    assert page.locator("dl.gz-meta").is_visible()   # a document page


# --------------------------------------------------------------------------- (g) the wide table

def test_phone_wide_table_keeps_its_first_column_and_says_it_scrolls(make_page, base_url, index):
    doc = _doc(index, WIDE_TABLE_DOC)
    page = make_page(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                     is_mobile=True, has_touch=True)
    page.goto(base_url + doc["url"])
    page.wait_for_load_state()
    wrap = page.locator("div.gz-table-wrap.gz-wide").first
    hint = wrap.locator(".gz-scroll-hint")
    assert hint.is_visible() and "16 列" in hint.inner_text()
    name = wrap.locator("tbody td.c0").nth(1)   # 荆州区, the row's name
    wrap.scroll_into_view_if_needed()
    before = name.bounding_box()["x"]
    moved = wrap.evaluate("""w => { const s = [w, ...w.querySelectorAll('*')].find(e =>
                                        e.scrollWidth > e.clientWidth + 1);
                                    s.scrollLeft = 400; return s.scrollLeft; }""")
    assert moved > 0
    assert abs(name.bounding_box()["x"] - before) < 3, "the first column scrolled away"
    # ...and it covers the cells passing under it
    assert name.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(SCREENSHOT_DIR / "gazette-phone-table-sticky.png"))


def test_desktop_narrow_table_has_no_scroll_hint(page, base_url, index):
    doc = _doc(index, "荆政函〔2022〕107号")
    page.goto(base_url + doc["url"])
    page.wait_for_load_state()
    hints = page.locator(".gz-scroll-hint")
    assert page.locator("div.gz-table-wrap").count() > 0
    assert all(not hints.nth(i).is_visible() for i in range(hints.count()))


# --------------------------------------------------------------------------- (h) paper

def test_print_carries_address_and_date_not_screen_furniture(page, base_url, index):
    doc = _doc(index, WIDE_TABLE_DOC)
    page.goto(base_url + doc["url"])
    page.wait_for_load_state()
    page.emulate_media(media="print")
    line = page.locator(".gz-print-line")
    assert line.is_visible()
    assert base_url + doc["url"] in line.inner_text() and "打印于" in line.inner_text()
    for sel in [".gz-csv", ".gz-neighbours", "nav.md-path", ".gz-scroll-hint"]:
        loc = page.locator(sel)
        assert all(not loc.nth(i).is_visible() for i in range(loc.count())), f"{sel} is printed"
    page.emulate_media(media="screen")
    assert not line.is_visible()


def test_print_leaves_out_the_links_to_both_neighbours(page, base_url, index):
    """A document inside an issue links the one before and the one after; neither is the text's."""
    gazette = index["gazettes"][0]["id"]
    docs = [d for d in index["documents"] if d["gazette"] == gazette]
    page.goto(base_url + docs[len(docs) // 2]["url"])
    page.wait_for_load_state()
    assert "上一篇" in page.locator("article").inner_text() and "下一篇" in page.locator("article").inner_text()
    page.emulate_media(media="print")
    printed = page.locator("article").inner_text()
    assert "上一篇" not in printed and "下一篇" not in printed, "a link to a neighbour is printed"


def test_print_wide_table_every_column_on_a_landscape_page(make_page, base_url, index, tmp_path):
    doc = _doc(index, WIDE_TABLE_DOC)
    # the width of an A4 landscape page inside its margins, at 96 px to the inch
    page = make_page(viewport={"width": 1047, "height": 740})
    page.goto(base_url + doc["url"])
    page.wait_for_load_state()
    page.emulate_media(media="print")
    wrap = page.locator("div.gz-table-wrap.gz-wide").first
    fit = wrap.evaluate("""w => ({wrap: w.getBoundingClientRect().right,
                                 cells: Math.max(...[...w.querySelectorAll('th, td')].map(c => c.getBoundingClientRect().right)),
                                 page: getComputedStyle(w).page})""")
    assert fit["page"] == "wide", fit
    assert fit["cells"] <= fit["wrap"] + 1, f"columns cut off on paper: {fit}"
    pdf = tmp_path / "wide.pdf"
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    boxes = [tuple(float(x) for x in m.decode().split()[2:])
             for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf.read_bytes())]
    assert any(w > h for w, h in boxes), f"no landscape page: {boxes}"
    assert any(w < h for w, h in boxes), f"the text is no longer portrait: {boxes}"
