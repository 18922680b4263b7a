"""Pages read like the printed gazette, checked on the built HTML: of the
seeds (the strict build of conftest.py) and of every layout variant
tests/test_variants.py generates (one site built from all of them, each
set of lines once).

- no body paragraph ends inside a sentence and goes on in the next one,
  unless the build report lists the place as doubtful;
- no provision heading is a sentence fragment, and no item of a 条 is a
  heading;
- every 条 is in its page's table of contents;
- no reader page names a seed file;
- every character of a page's body text is in its JSON.

`python tests/test_reading.py` prints the share of paragraphs cut, per
variant.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from builder.convert import decode  # noqa: E402
from test_variants import HALF_WIDTH, SEEDS, VARIANTS, seed_text  # noqa: E402

# What a block may begin with that is a label of its own, not the rest of a sentence.
LABEL_RE = re.compile(r"^(第[一二三四五六七八九十百零〇\d]+[章节条款项编部分]|[一二三四五六七八九十]+[、．.]"
                      r"|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.]|[①-⑳])")
OPEN_END_RE = re.compile(r"[\u4e00-\u9fff\d、，]$")  # a sentence stops here only when cut
GOES_ON_RE = re.compile(r"^[\u4e00-\u9fff、，。；]")
FRAGMENT_START = tuple("、，。；：）》”")
SKIPPED = ("table", "dl", "nav", "script", "style", "figure", "button")
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6")
CHROME = ("上一篇", "下一篇", "被引用", "下载 CSV")  # what the site adds around the text
MAX_CUT_SHARE = 0.02  # of the paragraphs of a variant, at most, even when listed
# Variants whose lines are another's, not built twice: gb18030_crlf decodes to
# the seed's own lines (the strict build reads those), wrap20_loose to
# wrap20's and one blank line more (test_variants_read_alike_are_built_once).
SAME_LINES = {"gb18030_crlf": None, "wrap20_loose": "wrap20"}
READ = {variant: make for variant, make in VARIANTS.items() if variant not in SAME_LINES}


class Page(HTMLParser):
    """The article's blocks (tag, classes, id, text, whether all of it is
    bold), the ids in the article and the links of the page's table of
    contents (Material's secondary navigation, nested navs included)."""

    def __init__(self, html: str):
        super().__init__()
        self.blocks: list[dict] = []
        self.ids: list[str] = []
        self.toc: set[str] = set()
        self._article = self._skip = self._toc = self._strong = self._link = 0
        self._block = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = a.get("class") or ""
        if tag == "nav" and (self._toc or "md-nav--secondary" in classes):
            self._toc += 1
        if self._toc and tag == "a" and (a.get("href") or "").startswith("#"):
            self.toc.add(a["href"][1:])
        if tag == "article":
            self._article += 1
        if not self._article:
            return
        if a.get("id"):
            self.ids.append(a["id"])
        if tag in SKIPPED:
            self._skip += 1
        elif tag == "a" and "headerlink" in classes:
            self._link += 1
        elif tag == "strong":
            self._strong += 1
        elif tag in BLOCKS and self._block is None and not self._skip:
            self._block = {"tag": tag, "class": classes, "id": a.get("id"), "text": [], "bold": []}

    def handle_endtag(self, tag):
        if tag == "nav" and self._toc:
            self._toc -= 1
        if not self._article:
            return
        if tag == "article":
            self._article -= 1
        elif tag in SKIPPED and self._skip:
            self._skip -= 1
        elif tag == "a" and self._link:
            self._link -= 1
        elif tag == "strong" and self._strong:
            self._strong -= 1
        elif self._block and tag == self._block["tag"]:
            block = self._block
            block["text"], block["bold"] = "".join(block["text"]).strip(), "".join(block["bold"]).strip()
            if block["text"]:
                self.blocks.append(block)
            self._block = None

    def handle_data(self, data):
        if self._block is not None and not self._skip and not self._link:
            self._block["text"].append(data)
            if self._strong:
                self._block["bold"].append(data)


def fold(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text).translate(HALF_WIDTH)


def is_body(block: dict) -> bool:
    """Body text: a paragraph, a 条 or an item (not a frame line, not a title
    printed in bold on its own, not the links to the neighbours)."""
    return block["tag"] == "p" and ("gz-" not in block["class"] or "gz-prov" in block["class"]) \
        and block["bold"] != block["text"] and "gz-neighbours" not in block["class"]


def cuts(blocks: list[dict]) -> list[tuple[str, str]]:
    """(end, start) of each body paragraph that stops inside a sentence the
    next paragraph goes on with."""
    out = []
    for block, after in zip(blocks, blocks[1:]):
        if is_body(block) and after["tag"] == "p" and is_body(after) \
                and OPEN_END_RE.search(block["text"]) and GOES_ON_RE.match(after["text"]) \
                and not LABEL_RE.match(after["text"]):
            out.append((block["text"], after["text"]))
    return out


def listed(cut: tuple[str, str], report: list[dict]) -> bool:
    """The build report names the place: a doubtful break quoting both sides."""
    end, start = fold(cut[0])[-4:], fold(cut[1])[:4]
    return any(d["code"] == "doubtful-break" and end in fold(d["message"]) and start in fold(d["message"])
               for d in report)


def json_text(data: dict) -> str:
    """Everything the JSON says of the document's text, folded."""
    pieces = [(p["label"] or "") + (p["title"] or "") for p in data["parts"]]
    pieces += [c["title"] for c in data["cited_by"]]
    for part in data["parts"]:
        for block in part["blocks"]:
            pieces += [block.get("label") or "", block.get("heading") or "", block.get("text") or ""]
    for table in data["tables"]:
        pieces += [table["caption"] or "", table["note"] or ""]
        pieces += [cell["text"] for row in table["rows"] for cell in row]
    return fold("".join(pieces))


class Site:
    """A built site, read page by page."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.index = json.loads((folder / "data" / "index.json").read_text(encoding="utf-8"))
        self.report = json.loads((folder / "data" / "report.json").read_text(encoding="utf-8"))
        self.source = {g["id"]: g["source"] for g in self.index["gazettes"]}

    def documents(self):
        """(seed file, document entry, page, JSON) for every document page."""
        for doc in self.index["documents"]:
            html = (self.folder / doc["url"] / "index.html").read_text(encoding="utf-8")
            data = json.loads((self.folder / doc["data"]).read_text(encoding="utf-8"))
            yield self.source[doc["gazette"]], doc, Page(html), data


def check(site: Site, max_cut_share: float) -> dict:
    """Every invariant over every document page of the site; the figures."""
    paragraphs = cut_count = 0
    for source, doc, page, data in site.documents():
        where = f"{source} {doc['url']}"
        report = [d for d in site.report if d["file"] == source]
        paragraphs += sum(1 for b in page.blocks if b["tag"] == "p")
        for cut in cuts(page.blocks):
            cut_count += 1
            assert listed(cut, report), f"{where}: cut mid-sentence, not in the report: " \
                                        f"“…{cut[0][-12:]}” | “{cut[1][:12]}…”"
        for block in page.blocks:
            if block["tag"] in ("h3", "h4", "h5", "h6") and "gz-prov" in block["class"]:
                assert LABEL_RE.match(block["text"]) and not block["text"].startswith(FRAGMENT_START) \
                    and not block["text"].endswith(("，", "、", "；")), f"{where}: fragment heading {block['text']!r}"
                assert not re.search(r"art_\d+__", block["id"] or ""), f"{where}: item as heading {block['id']}"
        articles = [i for i in page.ids if re.search(r"(?:^|__)art_\d+$", i)]
        missing = [i for i in articles if i not in page.toc]
        assert not missing, f"{where}: articles not in the table of contents: {missing[:5]}"
        assert not any("seeds/" in b["text"] for b in page.blocks), f"{where}: names a seed file"
        text = json_text(data)
        lost = [b["text"] for b in page.blocks if b["tag"] != "h1" and not b["text"].startswith(CHROME)
                and fold(b["text"]) not in text]
        assert not lost, f"{where}: page text missing from the JSON: {lost[:3]}"
    assert cut_count <= max_cut_share * paragraphs, f"{cut_count} of {paragraphs} paragraphs cut"
    return {"paragraphs": paragraphs, "cuts": cut_count}


def test_seed_pages_read_like_the_print(strict_build):
    figures = check(Site(strict_build[0]), max_cut_share=MAX_CUT_SHARE)
    assert figures["cuts"] <= 5


def test_the_report_leads_to_each_doubtful_place(strict_build):
    """An editor goes from a doubtful join or break in the build report to the page."""
    folder = strict_build[0]
    rows = [row for row in (folder / "report" / "index.html").read_text(encoding="utf-8").split("<tr>")
            if "doubtful-" in row]
    assert rows
    for row in rows:
        href = re.search(r'href="([^"]*gazettes/[^"]+)"', row)
        assert href, row
        assert (folder / "report" / href.group(1) / "index.html").resolve().is_file(), href.group(1)


@pytest.fixture(scope="module")
def variant_site(tmp_path_factory):
    """One site of every variant of every seed (a variant's copy of an issue
    is published under its own address)."""
    seeds, out = tmp_path_factory.mktemp("variant-seeds"), tmp_path_factory.mktemp("variant-site")
    for variant, make in READ.items():
        for name in SEEDS:
            (seeds / f"{variant}--{name}").write_bytes(make(seed_text(name), name))
    run = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert (out / "index.html").is_file(), run.stderr[-3000:]
    return Site(out)


@pytest.mark.site  # its own site, of every variant
def test_variant_pages_read_like_the_print(variant_site):
    check(variant_site, max_cut_share=MAX_CUT_SHARE)


@pytest.mark.parametrize("name", SEEDS)
def test_variants_read_alike_are_built_once(name):
    """What the variant site leaves out reads, line for line, as what it keeps."""
    def lines(variant):
        return decode(VARIANTS[variant](seed_text(name), name)).text.splitlines()

    assert lines("gb18030_crlf") == decode((ROOT / "seeds" / name).read_bytes()).text.splitlines()
    loose, wrap = lines("wrap20_loose"), lines("wrap20")
    assert loose[:len(wrap)] == wrap and not "".join(loose[len(wrap):]).strip()


def test_the_invariants_see_what_they_check():
    """The checker itself: a cut, a fragment heading, a missing article fail."""
    page = Page('<nav class="md-nav md-nav--secondary"><nav class="md-nav"><a href="#chp_1">一</a></nav>'
                '<a href="#art_2">二</a></nav><article>'
                '<p id="art_1" class="gz-prov gz-art"><strong>第一条</strong>　以行业应用、金</p>'
                '<p>融应用为切入点。</p><p><strong>第四条　市资委会审议事项</strong></p><p>研究制定政策；</p>'
                '<p id="art_2">第二条　正文。<a class="headerlink">¶</a></p></article>')
    assert page.toc == {"chp_1", "art_2"} and "art_1" in page.ids
    assert cuts(page.blocks) == [("第一条　以行业应用、金", "融应用为切入点。")]
    assert listed(cuts(page.blocks)[0], [{"code": "doubtful-break",
                                          "message": "“…以行业应用、金” | “融应用为切入…”"}])
    assert page.blocks[-1]["text"] == "第二条　正文。"


def report() -> None:
    """The share of paragraphs cut, per variant, from a fresh build."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        seeds, out = Path(tmp, "seeds"), Path(tmp, "site")
        seeds.mkdir()
        for variant, make in READ.items():
            for name in SEEDS:
                (seeds / f"{variant}--{name}").write_bytes(make(seed_text(name), name))
        subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(out)],
                       cwd=ROOT, capture_output=True, check=True)
        site = Site(out)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for source, _, page, _ in site.documents():
            variant = Path(source).name.split("--")[0]
            counts[variant][0] += sum(1 for b in page.blocks if b["tag"] == "p")
            counts[variant][1] += len(cuts(page.blocks))
    print(f"{'variant':14} {'paragraphs':>10} {'cut':>5} {'share':>6}")
    for variant, (paragraphs, cut) in sorted(counts.items()):
        print(f"{variant:14} {paragraphs:10} {cut:5} {cut / max(paragraphs, 1):6.1%}")


if __name__ == "__main__":
    report()
