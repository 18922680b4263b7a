"""End to end: the whole site from all seeds, as a reader and a program see it."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from mkdocs.utils.meta import get_data

from builder import output
from builder.stages.layout import is_furniture

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests/fixtures/export.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(strict_build):
    out, log = strict_build
    assert "WARNING" not in log
    return out


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.text, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_every_document_has_its_page_with_its_title(built, collection):
    for doc in collection.documents:
        page = built / "gazettes" / doc.gazette / doc.id / "index.html"
        assert page.exists(), doc.title
        assert doc.title in "".join(parse(page).text)


def test_export_validates_and_lists_every_document(built, collection):
    index = json.loads((built / "data/index.json").read_text(encoding="utf-8"))
    jsonschema.validate(index, SCHEMA)
    assert len(index["documents"]) == len(collection.documents)
    for entry in index["documents"]:
        data = json.loads((built / entry["data"]).read_text(encoding="utf-8"))
        jsonschema.validate(data, SCHEMA)
        assert (built / entry["url"] / "index.html").exists()


def test_every_provision_id_is_unique_and_on_its_page(built):
    index = json.loads((built / "data/index.json").read_text(encoding="utf-8"))
    for entry in index["documents"]:
        data = json.loads((built / entry["data"]).read_text(encoding="utf-8"))
        ids = parse(built / entry["url"] / "index.html").ids
        eids = [p["eid"] for p in data["provisions"]] + [t["eid"] for t in data["tables"]]
        assert len(eids) == len(set(eids)), entry["title"]
        missing = [e for e in eids if e not in ids]
        assert not missing, (entry["title"], missing[:5])
        known = set(eids)
        assert all(p["parent"] in known for p in data["provisions"] if p["parent"]), entry["title"]


def test_front_matter_round_trips(collection):
    for path, content in output.pages(collection).items():
        if path.endswith(".md"):
            body, meta = get_data(content)
            assert meta.get("title"), path
            assert not body.lstrip().startswith("---"), path


def test_no_text_is_lost(built):
    """Every run of 8 Han characters of a seed appears on some page, apart
    from the page furniture removed on purpose."""
    site_text = []
    for page in built.rglob("*.html"):
        site_text.append(re.sub(r"\s+", "", "".join(parse(page).text)))
    haystack = "\n".join(site_text)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        lost = []
        for line in seed.read_text(encoding="utf-8").splitlines():
            if is_furniture(re.sub(r"\s+", " ", line).strip()):
                continue
            squashed = re.sub(r"[\s#*]|</?\w+>", "", line)
            for run in re.findall(r"[\u4e00-\u9fa5]{8,}", squashed):
                for k in range(0, len(run) - 7, 8):
                    if run[k:k + 8] not in haystack:
                        lost.append(run[k:k + 8])
        assert not lost, (seed.name, lost[:10])


def test_pages_work_offline(built):
    """No page asks another host for fonts or scripts."""
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
        assert not [u for u in external if "fonts." in u or u.endswith(".js") or u.endswith(".css")], page


def test_build_report_speaks_chinese_and_links_each_note_to_its_clause(collection, built):
    """An editor reads what is doubtful in Chinese and lands on the spot with one click."""
    page = output.report_page(collection)
    rows = [line for line in page.splitlines() if line.startswith("| [")]
    assert len(rows) == len(collection.diagnostics) > 0
    for row, d in zip(rows, collection.diagnostics):
        link = re.search(r"\]\((gazettes/[^)]+)\)", row).group(1)
        path, _, anchor = link.partition("#")
        html = (built / path.replace(".md", "/index.html").replace("/index/index.html", "/index.html")).read_text(
            encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in html, row
        name = output.DIAGNOSTICS[d.code][0]
        assert name in row and f"第 {d.line} 行" in row
        if d.code in output.SAID_IN_CHINESE:
            assert not re.search(r"[A-Za-z]{3,}", row.split("|")[4].replace(d.code, "")), row
    gap = next(r for r in rows if "编号不连续" in r)
    assert "(一)接在(三)之后" in gap
    # for editors: reachable from the guide, not in the readers' navigation
    assert "report.md" not in json.dumps(output.nav(collection))
    assert "(report.md)" in (ROOT / "docs/guide.md").read_text(encoding="utf-8")
