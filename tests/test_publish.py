"""Publishing anywhere: the GitHub Pages workflow, the Atom feed, sitemap and
404 page, the site under a sub-path of a plain static file server, and the
offline build opened from a folder (file://) in headless Chromium.

The sub-path site is built with the workflow's own build command and a
SITE_URL of http://127.0.0.1:<port>/gazette/, then served from the parent
folder, so it lives under /gazette/ as on GitHub Pages or an intranet server.
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import shlex
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest
import yaml

from mkdocs.config import load_config

from builder import feed
from builder.model import Document, Gazette
from builder.render import document_url
from conftest import after_first_build
from test_browser import LocalServer, Watch, _search

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github/workflows/pages.yml"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


# --------------------------------------------------------------------------- the workflow

def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _build_step(steps: list[dict]) -> dict:
    builds = [s for s in steps if re.search(r"\bmkdocs\b.*\bbuild\b", s.get("run", ""))]
    assert len(builds) == 1, f"expected one mkdocs build step in {WORKFLOW.name}: {builds}"
    return builds[0]


def _readme_build_command() -> str:
    """The publishing build README gives, without its SITE_URL=… and venv prefix."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Publishing\n", 1)[1].split("\n## ", 1)[0]
    commands = [line for block in re.findall(r"```sh\n(.*?)```", section, re.S)
                for line in block.splitlines() if "SITE_URL=" in line and "build" in line]
    assert len(commands) == 1, commands
    words = shlex.split(commands[0])
    assert words[0].startswith("SITE_URL="), commands[0]
    return " ".join([Path(words[1]).name] + words[2:])


def test_workflow_runs_readmes_build_and_deploys_site_folder():
    wf = _workflow()
    triggers = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "main" in triggers["push"]["branches"]
    assert "workflow_dispatch" in triggers
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] and wf["concurrency"]["cancel-in-progress"] is False

    steps = wf["jobs"]["build"]["steps"]
    assert all(re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", s["uses"]) for s in steps if "uses" in s)
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(python["with"]["python-version"]) == "3.11"

    def where(found) -> int:
        return next((i for i, s in enumerate(steps) if found(s)), -1)

    install = where(lambda s: s.get("run", "").strip() == "pip install -r requirements.txt")
    build = where(lambda s: s is _build_step(steps))
    upload = where(lambda s: s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert 0 <= install < build < upload, (install, build, upload)

    build = steps[build]
    assert build["run"].strip() == _readme_build_command()
    assert "steps.pages.outputs.base_url" in build["env"]["SITE_URL"]
    assert build["env"]["SITE_URL"].endswith("/"), "site_url must name a folder"
    assert any(s.get("id") == "pages" and s["uses"].startswith("actions/configure-pages@")
               for s in steps)
    # mkdocs build writes to mkdocs.yml's site_dir: the folder uploaded
    site_dir = Path(load_config(str(ROOT / "mkdocs.yml")).site_dir)
    assert ROOT / steps[upload]["with"]["path"] == site_dir

    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]


# --------------------------------------------------------------------------- the feed (model)

def _doc(id: str, gazette: str, date: str | None) -> Document:
    return Document(id=id, gazette=gazette, title=f"某市人民政府关于{id}的通知", kind="通知", doc_number=None,
                    issuers=["某市人民政府"], date=date, lines=(1, 1))


def _gazette(id: str, date: str | None, docs: list[Document]) -> Gazette:
    return Gazette(id=id, source=f"seeds/{id}.txt", name="某市人民政府公报", year=2024, issue=None,
                   total_issue=None, date=date, documents=docs)


def _entries(xml: str) -> list[ET.Element]:
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    return root.findall(f"{ATOM}entry")


def test_feed_newest_first_and_undated_documents_placed_by_their_issue():
    gazettes = [
        _gazette("a-2024-1", "2024-03-01", [_doc("old", "a-2024-1", "2024-01-05"),
                                            _doc("undated", "a-2024-1", None)]),
        _gazette("a-2024-2", None, [_doc("new", "a-2024-2", "2024-05-20"),
                                    _doc("mid", "a-2024-2", "2024-04-02"),
                                    _doc("nodate", "a-2024-2", None)]),
        _gazette("a-2024-3", None, [_doc("lost", "a-2024-3", None)]),
    ]
    xml = feed.atom(gazettes, title="某市公报", site_url=None, home="", page_url=document_url)
    got = [(e.findtext(f"{ATOM}title"), e.findtext(f"{ATOM}updated")[:10]) for e in _entries(xml)]
    assert got == [("某市人民政府关于new的通知", "2024-05-20"),
                   ("某市人民政府关于nodate的通知", "2024-05-20"),   # no issue date: its issue's latest
                   ("某市人民政府关于mid的通知", "2024-04-02"),
                   ("某市人民政府关于undated的通知", "2024-03-01"),  # the issue's printed date
                   ("某市人民政府关于old的通知", "2024-01-05")]       # "lost" cannot be dated: left out
    limited = feed.atom(gazettes, title="某市公报", site_url=None, home="", page_url=document_url,
                        limit=2)
    assert [e.findtext(f"{ATOM}title") for e in _entries(limited)] == ["某市人民政府关于new的通知",
                                                                     "某市人民政府关于nodate的通知"]


def test_feed_names_the_issuer_of_a_title_that_names_no_city():
    """A feed reader mixes cities: "市人民政府关于…的通知" alone does not say whose."""
    doc = _doc("x", "a-2024-1", "2024-01-05")
    doc.title = "市人民政府关于印发《某市办法》的通知"
    xml = feed.atom([_gazette("a-2024-1", None, [doc])], title="公报", site_url=None, home="",
                    page_url=document_url)
    assert _entries(xml)[0].findtext(f"{ATOM}title") == "市人民政府关于印发《某市办法》的通知（某市人民政府）"


def test_feed_links_follow_site_url_and_ids_do_not(collection):
    args = dict(title="人民政府公报", home="", page_url=document_url)
    relative = _entries(feed.atom(collection.gazettes, site_url=None, **args))
    absolute = _entries(feed.atom(collection.gazettes, site_url="https://example.org/g/", **args))
    assert len(relative) == min(50, len(collection.documents))
    ids = [e.findtext(f"{ATOM}id") for e in relative]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    assert ids == [e.findtext(f"{ATOM}id") for e in absolute]
    for rel, ab in zip(relative, absolute):
        r, a = rel.find(f"{ATOM}link").get("href"), ab.find(f"{ATOM}link").get("href")
        assert not urlsplit(r).scheme and a == "https://example.org/g/" + r
    for e in relative:
        assert e.findtext(f"{ATOM}summary").strip(), e.findtext(f"{ATOM}title")
        assert len(e.findtext(f"{ATOM}summary")) <= 200


# --------------------------------------------------------------------------- the sub-path site

class _StaticServer(http.server.SimpleHTTPRequestHandler):
    """http.server that answers a missing page with the site's 404.html, as
    GitHub Pages and a configured nginx do."""

    not_found: Path

    def send_error(self, code, message=None, explain=None):
        if code != 404 or not self.not_found.is_file():
            return super().send_error(code, message, explain)
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def published(tmp_path_factory, builds):
    """(site folder, site_url): built like the Pages workflow, served under /gazette/,
    after README's build (its conversions read from the cache, not made twice at once)."""
    www = tmp_path_factory.mktemp("www")
    out = www / "gazette"
    handler = type("Handler", (_StaticServer,), {"not_found": out / "404.html"})
    server = LocalServer(("127.0.0.1", 0), functools.partial(handler, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{server.server_address[1]}/gazette/"
    command = shlex.split(_build_step(_workflow()["jobs"]["build"]["steps"])["run"])
    assert command[0] == "mkdocs"
    after_first_build(builds)
    run = subprocess.run([sys.executable, "-m", *command, "-d", str(out)], cwd=ROOT,
                         env={**os.environ, "SITE_URL": site_url},
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    yield out, site_url
    server.shutdown()
    server.server_close()


def test_sitemap_lists_every_document_under_site_url(published, collection):
    out, site_url = published
    locs = [e.text.strip() for e in ET.parse(out / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]
    assert all(loc.startswith(site_url) for loc in locs), [l for l in locs if not l.startswith(site_url)]
    missing = [document_url(d) for d in collection.documents if site_url + document_url(d) not in locs]
    assert not missing, missing


def test_built_feed_links_resolve_to_document_pages(published, collection):
    out, site_url = published
    entries = _entries((out / "feed.xml").read_text(encoding="utf-8"))
    assert len(entries) == min(50, len(collection.documents))
    dates = [e.findtext(f"{ATOM}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)
    for e in entries:
        href = e.find(f"{ATOM}link").get("href")
        assert href.startswith(site_url), href
        page = out / href[len(site_url):] / "index.html"
        assert page.is_file(), href
        # the page's title, with its issuer beside it when the title names no city
        title = re.sub(r"（[^（）]*）$", "", e.findtext(f"{ATOM}title"))
        assert title in page.read_text(encoding="utf-8")


def test_404_page_is_chinese_and_uses_absolute_asset_urls(published):
    out, site_url = published
    html = (out / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<html[^>]*\blang="zh"', html)
    assert "页面不存在" in html and 'for="__search"' in html
    base = urlsplit(site_url).path
    assets = re.findall(r'<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"', html)
    assert assets and all(a.startswith(base) for a in assets), assets


@pytest.fixture
def open_page(tabs):
    """A page whose console errors, foreign requests and failed loads fail the test."""
    pages, checks = [], []

    def make(base_url, allow_404=()):
        page = tabs.lend()
        pages.append(page)
        # This module's group starts with the run, beside the builds of seeds/ and the other sites
        # of their own: a page load there waited over 15 s under a load of 20. A fault still fails.
        page.set_default_timeout(30000)
        watch = Watch(base_url)
        watch.attach(page, tabs)
        failed = []
        tabs.on(page, "response", lambda r: r.status >= 400 and urlsplit(r.url).path not in allow_404
                and failed.append(f"{r.status} {r.url}"))
        # a request cut short by leaving the page (ERR_ABORTED) did not fail
        tabs.on(page, "requestfailed", lambda r: r.failure != "net::ERR_ABORTED"
                and failed.append(f"{r.failure} {r.url}"))
        checks.append((watch, failed, allow_404))
        return page

    yield make
    for p in pages:
        tabs.give_back(p)
    for watch, failed, allow_404 in checks:
        # the browser logs the expected 404 status of a missing page as an error
        watch.errors = [e for e in watch.errors if not (
            "status of 404" in e and urlsplit(e.rsplit(" @ ", 1)[-1]).path in allow_404)]
        watch.check()
        assert not failed, "requests that failed:\n" + "\n".join(failed)


def _styled(page) -> bool:
    """Every stylesheet loaded, Material's script ran and its CSS lays the header out as a bar."""
    return page.evaluate("""() => document.documentElement.classList.contains('js')
        && [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)
        && getComputedStyle(document.querySelector('.md-header')).position === 'sticky'""")


def test_subpath_home_to_issue_to_document(open_page, published, collection):
    out, site_url = published
    page = open_page(site_url)
    page.goto(site_url)
    assert _styled(page)
    page.locator(".md-content h2#issues ~ ul a").first.click()   # an issue, below the newest documents
    page.wait_for_load_state()
    parts = urlsplit(page.url).path.strip("/").split("/")
    assert parts[:2] == ["gazette", "gazettes"] and len(parts) == 3, page.url
    assert _styled(page)
    doc = next(d for d in collection.documents if d.gazette == parts[2])
    page.locator(".md-content a", has_text=doc.title[:20]).first.click()
    page.wait_for_load_state()
    assert page.url == site_url + document_url(doc)
    assert doc.title[:20] in page.locator(".md-content h1").inner_text()
    assert _styled(page)
    feed_href = page.locator("link[type='application/atom+xml']").get_attribute("href")
    response = page.request.get(urljoin(page.url, feed_href))
    assert response.ok and b"<feed" in response.body()


def test_subpath_search_finds_a_document(open_page, published, collection):
    out, site_url = published
    doc = next(d for d in collection.documents if d.doc_number == "荆政办发〔2022〕16号")
    page = open_page(site_url)
    page.goto(site_url)
    hrefs = [urljoin(page.url, h) for h in _search(page, "农民工工资")]
    assert hrefs and all(h.startswith(site_url) for h in hrefs), hrefs
    pages = [urljoin(h, urlsplit(h).path) for h in hrefs[:5]]  # less ?h= and #anchor
    assert site_url + document_url(doc) in pages, pages


def _results_page_links(page, url):
    """The result links of the results page at url (search/?q=…), once listed."""
    page.goto(url)
    page.wait_for_selector(".gz-search-page[data-done]")
    return page.eval_on_selector_all(".gz-sp-results a", "els => els.map(a => a.href)")


def test_subpath_exact_number_and_results_page(open_page, published, collection):
    out, site_url = published
    doc = next(d for d in collection.documents if d.doc_number == "荆政办发〔2022〕22号")
    page = open_page(site_url)
    page.goto(site_url)
    hrefs = [urljoin(page.url, h) for h in _search(page, "荆政办发[2022]22号")]
    assert hrefs[0] == site_url + document_url(doc), hrefs[:3]
    links = _results_page_links(page, site_url + "search/?q=" + "工伤保险")
    assert links and links[0].startswith(site_url + document_url(doc)), links[:3]


def test_subpath_404_page_styled_with_ways_home_and_to_search(open_page, published):
    out, site_url = published
    missing = urlsplit(site_url).path + "gazettes/no-such-issue/no-such-document/"
    page = open_page(site_url, allow_404=(missing,))
    response = page.goto(urljoin(site_url, missing))
    assert response.status == 404
    assert "页面不存在" in page.locator(".md-content h1").inner_text()
    assert _styled(page)
    page.locator(".md-content label[for='__search']").click()
    assert page.locator("input.md-search__input").is_visible()
    page.keyboard.press("Escape")
    page.locator(".md-content a", has_text="返回首页").click()
    page.wait_for_load_state()
    assert page.url == site_url


SHAPES = ["荆政办发[2022]16号", "荆政办发（2022）16号", "荆政办发【2022】16号", "荆政办发(2022)16号",
          "荆政办发202216号", "荆政办发〔2022〕016号", "荆政办发〔2022〕第16号"]


def test_subpath_short_address_in_any_bracket_shape_reaches_the_document(open_page, published, collection):
    """Only 荆政办发〔2022〕16号 has a page; the server answers the other shapes
    with 404.html, and its script goes on to the number's page, then to the
    document. (One page goes through every shape.)"""
    out, site_url = published
    doc = next(d for d in collection.documents if d.doc_number == "荆政办发〔2022〕16号")
    missing = {typed: urlsplit(site_url).path + quote(f"wh/{typed}/") for typed in SHAPES}
    page = open_page(site_url, allow_404=tuple(missing.values()))
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # imported by the browser tests only

    lost = []
    for typed, path in missing.items():
        page.goto(urljoin(site_url, path))
        try:  # the address is what is waited for; the title below waits for the page itself
            page.wait_for_url(site_url + document_url(doc), wait_until="commit")
        except PlaywrightTimeout:
            lost.append(f"{typed} stayed at {page.url}")
            continue
        if doc.title[:20] not in page.locator(".md-content h1").inner_text():
            lost.append(f"{typed} reached a page without the title")
    assert not lost, "\n".join(lost)


def test_subpath_unknown_short_address_stays_on_the_404_page(open_page, published):
    out, site_url = published
    missing = urlsplit(site_url).path + quote("wh/荆政办发[2022]999号/")
    target = urlsplit(site_url).path + quote("wh/荆政办发〔2022〕999号/")
    page = open_page(site_url, allow_404=(missing, target))
    page.goto(urljoin(site_url, missing))
    page.wait_for_url(urljoin(site_url, target))
    page.wait_for_load_state()
    assert "页面不存在" in page.locator(".md-content h1").inner_text()


# --------------------------------------------------------------------------- the offline folder

def test_offline_build_loads_nothing_from_other_hosts(offline):
    for page in offline.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        foreign = re.findall(r'<(?:script|link|img|iframe|source)\b[^>]*?\b(?:src|href)='
                             r'"((?:https?:)?//[^"]+)"', html)
        assert not foreign, (page.relative_to(offline), foreign)


def test_offline_folder_opens_document_with_styles_and_search(open_page, offline, collection):
    home = offline.as_uri() + "/index.html"
    page = open_page(home)
    page.goto(home)
    assert _styled(page)
    page.locator(".md-content h2#issues ~ ul a").first.click()   # an issue, below the newest documents
    page.wait_for_load_state()
    issue = urlsplit(page.url).path.split("/gazettes/")[1].split("/")[0]
    doc = next(d for d in collection.documents if d.gazette == issue)
    page.locator(".md-content a", has_text=doc.title[:20]).first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/gazettes/{doc.gazette}/{doc.id}.html"), page.url
    assert doc.title[:20] in page.locator(".md-content h1").inner_text()
    assert _styled(page)
    hrefs = _search(page, "农民工工资")
    assert "/jzbf-2022-16.html" in hrefs[0], hrefs[:5]
    hrefs = _search(page, "信用监管")        # a clause hit links to the clause of the .html page
    assert urlsplit(hrefs[0]).path.endswith("/jzbf-2022-16.html") and urlsplit(hrefs[0]).fragment, hrefs[:3]
    page.locator(".gz-search .md-search__input").press("Enter")   # the results page, from the folder too
    page.wait_for_url("**/search/index.html?q=*")
    page.wait_for_selector(".gz-search-page[data-done]")
    first = page.eval_on_selector_all(".gz-sp-results a", "els => els.map(a => a.href)")[0]
    assert first.startswith("file://") and "/jzbf-2022-16.html#" in first, first
