"""Short addresses wh/<发文字号>/: every number has one page that leads to its
document; the other bracket shapes reach it through 404.html (the browser
test in test_publish.py follows them)."""
import json
import posixpath
import re
from html import unescape
from types import SimpleNamespace

import pytest

from builder import shortlinks

REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


@pytest.fixture(scope="module")
def built(strict_build):
    out, log = strict_build
    return out


def _doc(number, title="关于印发<办法>的通知"):
    return SimpleNamespace(doc_number=number, title=title)


def test_variants_cover_every_bracket_shape_and_none():
    assert shortlinks.variants("荆政办发〔2022〕16号") == [
        "荆政办发〔2022〕16号", "荆政办发[2022]16号", "荆政办发(2022)16号",
        "荆政办发（2022）16号", "荆政办发【2022】16号", "荆政办发202216号"]
    assert shortlinks.variants("濮政办〔2020〕06号")[0] == "濮政办〔2020〕6号"  # serial as a number
    assert shortlinks.variants("（无发文字号）") == []
    # a joint 公告's name, longer than a 代字, is the number's whole head
    assert shortlinks.variants("中国人民银行国家外汇管理局公告〔2015〕第36号")[0] == "中国人民银行国家外汇管理局公告〔2015〕36号"


def test_redirect_is_relative_and_follows_the_page_urls():
    """Relative targets work under any site_url sub-path and from a folder
    (where pages end in .html, as in the offline build)."""
    for url, target in [("gazettes/jz/jzbf-2022-16/", "../../gazettes/jz/jzbf-2022-16/"),
                        ("gazettes/jz/jzbf-2022-16.html", "../../gazettes/jz/jzbf-2022-16.html")]:
        pages = shortlinks.pages([_doc("荆政办发〔2022〕16号")], lambda d: url)
        assert list(pages) == ["wh/荆政办发〔2022〕16号/index.html"]  # one page, not one per bracket shape
        for html in pages.values():
            assert REFRESH.search(html).group(1) == target
            assert CANONICAL.search(html).group(1) == target
            assert f'<a href="{target}">' in html                      # a visible link too
            assert "&lt;办法&gt;" in html and "<办法>" not in html      # the title is escaped


def test_number_shared_by_two_documents_lists_both():
    docs = [_doc("潜政发〔2025〕14号", "甲"), _doc("潜政发〔2025〕14号", "乙")]
    urls = iter(["gazettes/a/qzf-2025-14/", "gazettes/b/qzf-2025-14/"] * 6)
    html = shortlinks.pages(docs, lambda d: next(urls))["wh/潜政发〔2025〕14号/index.html"]
    assert "refresh" not in html and "canonical" not in html
    assert html.count("<li>") == 2 and "甲" in html and "乙" in html


def test_every_number_of_the_site_has_working_short_addresses(built):
    index = json.loads((built / "data/index.json").read_text(encoding="utf-8"))
    numbered = [d for d in index["documents"] if d["doc_number"]]
    assert len(numbered) >= 20
    by_number = {}
    for d in numbered:
        by_number.setdefault(d["doc_number"], []).append(d)
    for number, docs in by_number.items():
        for variant in shortlinks.variants(number)[1:]:
            assert not (built / "wh" / variant).exists(), f"{variant}: a page per bracket shape"
        for variant in shortlinks.variants(number)[:1]:
            page = built / "wh" / variant / "index.html"
            assert page.is_file(), f"{variant}: no short address"
            html = page.read_text(encoding="utf-8")
            if len(docs) > 1:
                assert html.count("<li>") == len(docs), variant
                continue
            target = unescape(REFRESH.search(html).group(1))
            assert not target.startswith(("/", "http")), target
            landed = built / posixpath.normpath(posixpath.join("wh", variant, target)) / "index.html"
            assert landed.is_file(), f"{variant} → {target}: no such page"
            assert landed.parent.relative_to(built).as_posix() == docs[0]["url"].rstrip("/")
            assert docs[0]["title"] in unescape(landed.read_text(encoding="utf-8")), variant


def test_short_addresses_stay_out_of_search_and_sitemap(built):
    blocks = list((built / "search/i/d").glob("*.js"))   # the search's document entries
    assert blocks and not [b for b in blocks if '"wh/' in b.read_text(encoding="utf-8")]
    assert "/wh/" not in (built / "sitemap.xml").read_text(encoding="utf-8")


def test_number_index_links_each_number_to_its_short_address(built):
    html = (built / "indexes/numbers/index.html").read_text(encoding="utf-8")
    assert 'href="../../wh/%E8%8D%86%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942022%E3%80%9516%E5%8F%B7/"' in html


def test_the_browser_scripts_know_every_bracket_of_a_doc_number():
    """builder.text.frame is the one definition of the brackets a 发文字号 is
    printed in; the two scripts that read one typed by a reader (a short
    address, a search) carry copies of its sets, which must not fall behind:
    every opening and closing bracket is in theirs (search.js reads the
    query through NFKC first)."""
    import unicodedata
    from pathlib import Path

    from builder.text.frame import CLOSE_BRACKETS, OPEN_BRACKETS

    assets = Path(__file__).resolve().parent.parent / "overrides/assets"
    for script, normal in (("shortlinks.js", lambda c: c), ("search.js", lambda c: unicodedata.normalize("NFKC", c))):
        source = (assets / script).read_text(encoding="utf-8")
        # the character classes either side of the year, '[〔\\[…]?(\\d{4})[〕\\]…]?' (in search.js a string)
        js_class = r"\[((?:\\.|[^\]\\])*)\]"
        classes = re.search(js_class + r"\?\(\\d\{4\}\)" + js_class, source.replace("\\\\", "\\"))
        assert classes, script
        opening, closing = (re.sub(r"\\(.)", r"\1", group) for group in classes.groups())
        for chars, held in ((OPEN_BRACKETS, opening), (CLOSE_BRACKETS, closing)):
            missing = [c for c in chars.replace("\\", "") if normal(c) not in held]
            assert not missing, (script, missing)
