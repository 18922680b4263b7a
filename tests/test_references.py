"""Cross-references: the finders, resolution against a collection, the
references of the seeds, and a link check of the whole built site."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from builder import references
from builder.model import Document, Gazette, Paragraph, Part, Provision
from builder.render import document_page

ROOT = Path(__file__).resolve().parent.parent


def found(text):
    return [(c.kind, c.text, c.value) for c in references.find(text)]


# ---- finders ------------------------------------------------------------

@pytest.mark.parametrize("text, cited, number", [
    ("的通知》（鄂政发〔2018〕29 号）精神", "鄂政发〔2018〕29 号", "鄂政发〔2018〕29号"),
    ("国办发〔2018〕26号", "国办发〔2018〕26号", "国办发〔2018〕26号"),
    ("见国办发[2018]26号文", "国办发[2018]26号", "国办发〔2018〕26号"),
    ("（潜政发(2021) 11号）", "潜政发(2021) 11号", "潜政发〔2021〕11号"),
    ("按照豫办〔2019〕21号文件精神", "豫办〔2019〕21号", "豫办〔2019〕21号"),
    ("根据 鄂政办发 ［2018］ 091 号", "鄂政办发 ［2018］ 091 号", "鄂政办发〔2018〕91号"),
    # 〔〕 as a PDF's text layer names them in some fonts
    ("的通知》(国办发„2012‟33号)和", "国办发„2012‟33号", "国办发〔2012〕33号"),
])
def test_doc_number_variants(text, cited, number):
    assert found(text) == [("number", cited, number)]


def test_no_doc_number_in_years_and_ranges():
    assert found("方案（2022—2024年）第1号") == []
    assert found("2019年7月8日") == []


def test_titles_in_book_brackets():
    cites = found("根据《荆州市工程建设领域保障农民工工资支付暂行办法》（荆政办发〔2022〕16号）和《决定》")
    assert [c[:2] for c in cites] == [("title", "《荆州市工程建设领域保障农民工工资支付暂行办法》"),
                                      ("number", "荆政办发〔2022〕16号"), ("title", "《决定》")]
    # brackets and spaces do not matter when titles are compared
    assert found("《行动方案(2022—2024年)》")[0][2] == found("《行动方案（2022—2024 年）》")[0][2]


@pytest.mark.parametrize("text, cited, value", [
    ("依照本办法第十条规定处理", "本办法第十条", "tiao:10"),
    ("按第二十三条执行", "第二十三条", "tiao:23"),
    ("见本意见第二部分", "本意见第二部分", "cn:2"),
    ("第三章规定的程序", "第三章", "zhang:3"),
    ("详见附件2。", "附件2", "annex:2"),
])
def test_internal_references(text, cited, value):
    assert [(c.kind, c.text, c.value) for c in references.find(text)] == [("internal", cited, value)]


def test_articles_of_other_texts_are_not_internal():
    assert [c.kind for c in references.find("《劳动合同法》第十条")] == ["title"]
    assert found("依据劳动法第十条") == []
    assert found("第二部分内容") == []  # 第N部分 needs 本X


# ---- resolution on a small collection ------------------------------------

def _collection():
    cited = Document(id="jzbf-2022-16", gazette="jingzhou-2022-8-9", kind="通知",
                     title="荆州市人民政府办公室关于印发荆州市工程建设领域保障农民工工资支付暂行办法的通知",
                     doc_number="荆政办发〔2022〕16号", issuers=[], date=None, lines=(1, 40))
    cited.parts = [
        Part("main", cited.title, (1, 5), blocks=[Paragraph("现将《荆州市工程建设领域保障农民工工资支付暂行办法》印发给你们。", (3, 3))]),
        Part("text_1", "荆州市工程建设领域保障农民工工资支付暂行办法", (6, 40), blocks=[
            Provision("text_1__chp_1", "第一章", "zhang", 1, "总则", "", (7, 7)),
            Provision("text_1__art_1", "第一条", "tiao", 1, "", "为了保障农民工工资。", (8, 8), depth=1),
            Provision("text_1__chp_3", "第三章", "zhang", 3, "附则", "", (9, 9)),
            Provision("text_1__art_10", "第十条", "tiao", 10, "", "违反本办法第一条的，依照第三章处理。", (10, 10), depth=1),
        ]),
        Part("annex_2", "表格", (30, 40), label="附件2"),
    ]
    citing = Document(id="qzbf-2019-16", gazette="qianjiang-2019-9", kind="通知", title="某通知",
                      doc_number="潜政办发〔2019〕16号", issuers=[], date=None, lines=(1, 9))
    citing.parts = [Part("main", "某通知", (1, 9), blocks=[
        Paragraph("潜政办发〔2019〕16号", (2, 2), role="docnum"),
        Provision("para_1", "一、", "cn", 1, "",
                  "按照《荆州市工程建设领域保障农民工工资支付暂行办法》和（荆政办发[2022]16号）及国办发〔2018〕26号执行，见附件2。",
                  (4, 4)),
        Paragraph("同时执行《荆州市人民政府办公室关于印发荆州市工程建设领域保障农民工工资支付暂行办法的通知》。", (5, 5)),
    ])]
    return [Gazette("qianjiang-2019-9", "seeds/a.txt", None, 2019, None, None, None, documents=[citing]),
            Gazette("jingzhou-2022-8-9", "seeds/b.txt", None, 2022, None, None, None, documents=[cited])]


def test_link_resolves_against_the_collection():
    gazettes = _collection()
    references.link(gazettes)
    citing, cited = gazettes[0].documents[0], gazettes[1].documents[0]
    got = [(r.text, r.target, r.href, r.source_eid) for r in citing.references]
    assert got == [
        ("《荆州市工程建设领域保障农民工工资支付暂行办法》", "jingzhou-2022-8-9/jzbf-2022-16",
         "gazettes/jingzhou-2022-8-9/jzbf-2022-16/#text_1", "para_1"),
        ("荆政办发[2022]16号", "jingzhou-2022-8-9/jzbf-2022-16", "gazettes/jingzhou-2022-8-9/jzbf-2022-16/", "para_1"),
        ("国办发〔2018〕26号", None, None, "para_1"),
        # 附件2 of a document without annexes: not a reference at all
        ("《荆州市人民政府办公室关于印发荆州市工程建设领域保障农民工工资支付暂行办法的通知》",
         "jingzhou-2022-8-9/jzbf-2022-16", "gazettes/jingzhou-2022-8-9/jzbf-2022-16/", "para_1"),
    ]  # its own number under the title is not a citation
    assert cited.cited_by == [{"document": "qianjiang-2019-9/qzbf-2019-16", "title": "某通知",
                               "href": "gazettes/qianjiang-2019-9/qzbf-2019-16/#para_1", "eid": "para_1"}]
    internal = {r.text: r.href for r in cited.references}
    base = "gazettes/jingzhou-2022-8-9/jzbf-2022-16/"
    assert internal == {"《荆州市工程建设领域保障农民工工资支付暂行办法》": base + "#text_1",
                        "本办法第一条": base + "#text_1__art_1", "第三章": base + "#text_1__chp_3"}
    assert citing.cited_by == []


def test_titles_cited_with_a_slip_still_link():
    """OCR drops or swaps a character in a quoted title; a different text
    of the same family must not be taken for it."""
    gazettes = _collection()
    citing = gazettes[0].documents[0]
    citing.parts[0].blocks.append(Paragraph(
        "参照《荆州市工程建设领域保障农民工工资支付暂型办法》和《荆州市工程建设领域保障农民工社会保险暂行办法》。", (6, 6)))
    references.link(gazettes)
    got = {r.text: r.target for r in citing.references}
    assert got["《荆州市工程建设领域保障农民工工资支付暂型办法》"] == "jingzhou-2022-8-9/jzbf-2022-16"
    assert got["《荆州市工程建设领域保障农民工社会保险暂行办法》"] is None


def test_render_links_and_marks():
    gazettes = _collection()
    references.link(gazettes)
    citing, cited = gazettes[0].documents[0], gazettes[1].documents[0]
    page = document_page(citing, gazettes[0], None, None)
    assert "[《荆州市工程建设领域保障农民工工资支付暂行办法》](../jingzhou-2022-8-9/jzbf-2022-16.md#text_1)" in page
    assert "[荆政办发\\[2022\\]16号](../jingzhou-2022-8-9/jzbf-2022-16.md)" in page
    assert '<span class="gz-ext" title="不在本库中">国办发〔2018〕26号</span>' in page
    page = document_page(cited, gazettes[1], None, None)
    assert "[本办法第一条](#text_1__art_1)" in page
    assert "- [某通知](../qianjiang-2019-9/qzbf-2019-16.md#para_1)" in page


def test_relative_paths():
    page = "gazettes/g1/d1.md"
    assert references.relative("gazettes/g1/d1/#art_1", page) == "#art_1"
    assert references.relative("gazettes/g1/d1/", page) == "d1.md"
    assert references.relative("gazettes/g1/d2/#x", page) == "d2.md#x"
    assert references.relative("gazettes/g2/d3/", page) == "../g2/d3.md"


# ---- the seeds ------------------------------------------------------------

def _refs(collection, key):
    doc = next(d for d in collection.documents if f"{d.gazette}/{d.id}" == key)
    return {r.text: (r.target, r.href) for r in doc.references}


# Read from the seeds: every 《…》 and 发文字号 that names a text of this
# collection is the issued text of the citing 印发 notice itself; the other
# citations (laws, provincial and national documents, earlier local ones) are
# not in the collection.
INSIDE = [
    ("qianjiang-2019-9/qzbf-2019-16", "《潜江市促进“互联网+医疗健康”发展实施方案》", "#text_1"),
    ("qianjiang-2025-6/qzf-2025-14", "《潜江市支持商圈商街焕新升级若干措施》", "#text_1"),
    ("qianjiang-2025-6/qybf-2025-13", "《潜江市医疗保障行政执法全过程记录办法（试行）》", "#text_2"),
    ("qianjiang-2025-6/qybf-2025-13", "《潜江市医疗保障重大行政执法决定法制审核办法（试行）》", "#text_3"),
    ("jingzhou-2022-8-9/jzbf-2022-16", "《荆州市工程建设领域保障农民工工资支付暂行办法》", "#text_1"),
    ("jingzhou-2022-8-9/jzbf-2022-18", "《荆州市加快推进数字经济发展实施方案（2022—2024年）》", "#text_1"),
    ("puyang-2020-04-30/pz-2020-6", "《濮阳市人民政府工作规则》", "#text_1"),
    ("puyang-2020-04-30/pz-2020-6", "《市政府2020年工作要点》", "#text_2"),
    ("jingmen-2019-5/jzbf-2019-7", "《荆门市工业建设项目45个工作日内取得施工许可审批改革实施方案》", "#text_1"),
]
OUTSIDE = [
    ("qianjiang-2019-9/qzbf-2019-16", "国办发〔2018〕26号"),
    ("qianjiang-2019-9/qzbf-2019-16", "鄂政办发〔2018〕91号"),
    ("qianjiang-2019-9/qzbf-2019-16", "鄂政发〔2018〕29号"),
    ("qianjiang-2025-6/qzf-2025-15", "潜政发〔2021〕11号"),
    ("qianjiang-2025-6/qzbf-2025-22", "潜政发〔1996〕8号"),
    ("jingzhou-2022-8-9/jzbf-2022-22", "荆政办发〔2019〕24号"),
    ("jingzhou-2022-8-9/jzbf-2022-22", "《工伤保险条例》"),
    ("puyang-2020-04-30/pz-2020-10", "豫办〔2019〕21号"),
    ("puyang-2020-04-30/pzb-2020-22", "豫政办〔2019〕41号"),
    ("jingmen-2019-5/jzbf-2019-9", "鄂政办发〔2018〕89号"),
]


@pytest.mark.parametrize("key, text, anchor", INSIDE)
def test_seed_citations_inside(collection, key, text, anchor):
    g, d = key.split("/")
    assert _refs(collection, key)[text] == (key, f"gazettes/{g}/{d}/{anchor}")


@pytest.mark.parametrize("key, text", OUTSIDE)
def test_seed_citations_outside(collection, key, text):
    assert _refs(collection, key)[text] == (None, None)


def test_seed_references_are_sound(collection):
    docs = {f"{d.gazette}/{d.id}": d for d in collection.documents}
    for key, doc in docs.items():
        for r in doc.references:
            assert (r.target is None) == (r.href is None)
            assert r.target is None or r.target in docs
            assert not re.match(r"^(根据|按照|依据|和|及)", r.text), r.text
            # nobody cites its own 发文字号 under its title
            assert r.target != key or not re.search(r"〔\d{4}〕", r.text), (key, r.text)
        for c in doc.cited_by:
            assert c["document"] in docs and c["document"] != key


# ---- link check of the built site ------------------------------------------

class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])


@pytest.fixture(scope="module")
def built(strict_build):
    return strict_build[0]


def _target(site: Path, page: Path, href: str):
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    path = unquote(parts.path)
    if not path:
        target = page
    elif path.startswith("/"):
        target = site / path.lstrip("/")
    else:
        target = (page.parent / path)
    target = Path(str(target.resolve()))
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_no_broken_internal_links(built):
    pages = {p.resolve(): p for p in built.rglob("*.html")}
    parsed = {}
    for path in pages:
        parser = _Page()
        parser.feed(path.read_text(encoding="utf-8"))
        parsed[path] = parser
    broken, checked, anchored = [], 0, 0
    for path, parser in parsed.items():
        for href in parser.links:
            hit = _target(built, path, href)
            if hit is None:
                continue
            target, fragment = hit
            checked += 1
            if not target.exists():
                broken.append(f"{path.relative_to(built)}: {href} (no file)")
            elif fragment and target.suffix == ".html" and fragment not in parsed[target].ids:
                broken.append(f"{path.relative_to(built)}: {href} (no id)")
            anchored += bool(fragment)
    assert checked > 1000 and anchored > 500
    assert broken == []


def test_built_pages_carry_the_links(built):
    page = (built / "gazettes/qianjiang-2019-9/qzbf-2019-16/index.html").read_text(encoding="utf-8")
    assert 'class="gz-ref" href="#text_1"' in page
    assert '<span class="gz-ext" title="不在本库中">国办发〔2018〕26号</span>' in page
    toc = (built / "gazettes/qianjiang-2019-9/index.html").read_text(encoding="utf-8")
    assert 'href="qzbf-2019-16/"' in toc  # the 目录 links each document


def test_near_title_search_by_rare_pairs_finds_what_comparing_every_title_finds():
    """The index compares a cited title only with titles sharing one of its
    rarest character pairs; over titles made of few characters (many shared
    pairs, the hard case) and cited with slips, it finds the same document
    as comparing with every title."""
    import random
    from difflib import SequenceMatcher
    from types import SimpleNamespace

    chars = "关于印发荆州市人民政府办公室推进实施方案管理办法通知意见规定"
    rng = random.Random(7)
    titles = ["".join(rng.choice(chars) for _ in range(rng.randint(8, 40))) for _ in range(300)]
    index = references.Index([SimpleNamespace(documents=[
        SimpleNamespace(doc_number=None, title=t, parts=[None], gazette="g", id=f"d{n}")
        for n, t in enumerate(titles)])])

    def every_title(value):
        best, best_ratio = [], references.NEAR_TITLE
        for title, hits in index.titles.items():
            if len(value) >= 10 and abs(len(title) - len(value)) <= max(2, len(value) // 10):
                if (ratio := SequenceMatcher(None, value, title, autojunk=False).ratio()) >= best_ratio:
                    best, best_ratio = hits, ratio
        return best

    found = 0
    for title in rng.sample(titles, 120):
        cited = list(title)
        for _ in range(rng.randint(1, 4)):  # a slip: a character changed, dropped or added
            i, slip = rng.randrange(len(cited)), rng.random()
            if slip < 1 / 3:
                cited[i] = rng.choice(chars)
            elif slip < 2 / 3:
                del cited[i]
            else:
                cited.insert(i, rng.choice(chars))
        cited = "".join(cited)
        assert index._near(cited) == every_title(cited), cited
        found += bool(every_title(cited))
    assert found > 40  # the slips leave many titles findable: the comparison means something
