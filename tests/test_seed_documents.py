"""End to end on every seed: each document found with the right metadata.

The expected values are tests/fixtures/seeds_expected.yaml, written by
reading the seeds (each entry checked against the text)."""
from pathlib import Path

import pytest
import yaml

from test_variants import original  # through the run's conversion cache: once per run, not per worker

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = yaml.safe_load((ROOT / "tests/fixtures/seeds_expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def seed(request):
    return request.param, original(request.param), EXPECTED[request.param]


def test_every_document_is_found_where_it_starts(seed):
    _, gazette, expected = seed
    assert [(d.lines[0], d.title) for d in gazette.documents] == \
        [(d["first_line"], d["title"]) for d in expected["documents"]]


@pytest.mark.parametrize("field", ["doc_number", "issuers", "date", "kind", "addressees", "toc_page"])
def test_document_metadata(seed, field):
    _, gazette, expected = seed
    found = {d.lines[0]: d for d in gazette.documents}
    for want in expected["documents"]:
        doc = found.get(want["first_line"])
        assert doc is not None, want["title"]
        value = getattr(doc, field)
        wanted = want[field]
        if field == "date" and wanted is not None:
            wanted = str(wanted)
        assert value == wanted, f"{want['title']}: {field}"


def test_parts_are_the_issued_and_attached_texts(seed):
    _, gazette, expected = seed
    found = {d.lines[0]: d for d in gazette.documents}
    for want in expected["documents"]:
        doc = found[want["first_line"]]
        assert [p.title for p in doc.parts[1:]] == want["parts"], want["title"]


@pytest.mark.parametrize("field", ["name", "year", "issue", "total_issue", "date", "host"])
def test_masthead(seed, field):
    _, gazette, expected = seed
    wanted = expected["gazette"][field]
    if field == "date" and wanted is not None:
        wanted = str(wanted)
    if field == "year":
        assert gazette.year == wanted
    else:
        assert getattr(gazette, field) == wanted


def test_toc_entries(seed):
    _, gazette, expected = seed
    assert [(e.title, e.page) for e in gazette.toc] == \
        [(e["title"], e["page"]) for e in expected["gazette"]["toc"]]
