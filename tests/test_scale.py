"""Archive scale: the conversion cache and the process pool change how fast a
site is built, never what is built."""
import shutil
from unittest.mock import ANY
from pathlib import Path

import pytest

from builder import output, site
from builder.render import gazette_page

ROOT = Path(__file__).resolve().parent.parent
# The three smallest seeds (half the text of the first four): what a cache or a pool does with a
# seed does not depend on its size.
SEEDS = sorted(sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)[:3])


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder)
    return folder


@pytest.mark.corpus  # three whole seeds converted and built in memory
def test_parallel_conversion_gives_the_serial_site_byte_for_byte(seeds):
    serial = output.pages(site.load(seeds, workers=1))
    parallel = output.pages(site.load(seeds, workers=2))
    assert list(parallel) == list(serial)
    assert parallel == serial


@pytest.mark.corpus  # three whole seeds converted, tokenised and built in memory
def test_the_search_index_tokenised_by_the_workers_is_the_serial_index_byte_for_byte(seeds, tmp_path, monkeypatch):
    """The pool's workers tokenise each seed's documents as they convert it
    (site.convert_all); the index put together from their entries is the one
    a serial build makes, and nothing is tokenised again."""
    from builder import search_index

    def files(collection, index_cache):
        return output.index_files(collection, output.Urls(), index_cache)

    cache = tmp_path / "cache"
    parallel = site.load(seeds, cache=cache, workers=2)
    assert len(list((cache / "search").glob("*/*.pickle"))) == len(parallel.documents)  # one entry per document
    real = search_index.entry
    monkeypatch.setattr(search_index, "entry", lambda doc: pytest.fail(f"{doc.id} tokenised again"))
    from_workers = files(parallel, site.index_cache(cache))
    monkeypatch.setattr(search_index, "entry", real)
    serial = files(site.load(seeds, workers=1), None)
    assert list(from_workers) == list(serial)
    assert from_workers == serial


@pytest.mark.corpus  # three whole seeds converted and built in memory
def test_an_unchanged_seed_is_never_converted_again(seeds, tmp_path, monkeypatch):
    converted = []
    real = site._convert_one

    def counting(data, source, stem):
        converted.append(source)
        return real(data, source, stem)

    monkeypatch.setattr(site, "_convert_one", counting)
    cache = tmp_path / "cache"
    first = output.pages(site.load(seeds, cache=cache))
    assert len(converted) == len(SEEDS)
    converted.clear()
    assert output.pages(site.load(seeds, cache=cache)) == first  # all from the cache, same site
    assert converted == []
    edited = seeds / SEEDS[1].name
    edited.write_bytes(edited.read_bytes() + "（此件为副本）\n".encode())
    again = output.pages(site.load(seeds, cache=cache))
    assert converted == [f"seeds/{edited.name}"]  # only the edited seed
    assert again != first and "此件为副本" in "".join(again.values())


@pytest.mark.corpus  # three whole seeds converted and built in memory
def test_a_converter_fault_is_not_kept(seeds, tmp_path, monkeypatch):
    """A fault is a bug: once it is fixed, the next build converts the seed again."""
    monkeypatch.setattr("builder.convert.split_documents", lambda *a, **k: 1 / 0)
    cache = tmp_path / "cache"
    faulted = site.load(seeds, cache=cache)
    assert any(d.code == "converter-fault" for d in faulted.diagnostics)
    monkeypatch.undo()
    fixed = site.load(seeds, cache=cache)
    assert not any(d.code == "converter-fault" for d in fixed.diagnostics)


@pytest.mark.corpus  # three whole seeds converted and built in memory
def test_a_new_converter_version_is_a_new_cache(seeds, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    site.load(seeds, cache=cache)
    monkeypatch.setattr(site, "converter_version", lambda: "next")
    converted = []
    real = site._convert_one
    monkeypatch.setattr(site, "_convert_one", lambda *seed: converted.append(seed[1]) or real(*seed))
    site.load(seeds, cache=cache)
    assert len(converted) == len(SEEDS)
    assert [p.name for p in (cache / "conversions").iterdir()] == ["next"]  # the old version's folder is gone


@pytest.mark.corpus  # three whole seeds converted and built in memory
def test_a_dirty_rebuild_renders_only_what_the_edited_seed_changed(seeds, tmp_path, monkeypatch):
    """`mkdocs serve --dirty`: after one seed is edited, its pages change and
    the other seeds' pages are not written again."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setattr(site, "CACHE", tmp_path / "cache")
    out = tmp_path / "site"

    def dirty_build():
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(out))
        config.extra["seeds"] = str(seeds)
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, dirty=True)
        config.plugins.on_shutdown()

    dirty_build()
    pages = {p: p.stat().st_mtime_ns for p in out.glob("gazettes/*/*/index.html")}
    edited = seeds / SEEDS[1].name
    edited.write_bytes(edited.read_bytes() + "（此件为副本）\n".encode())
    dirty_build()
    changed = {p for p, mtime in pages.items() if p.stat().st_mtime_ns != mtime}
    assert changed and len(changed) < len(pages) / 2
    assert any("此件为副本" in p.read_text(encoding="utf-8") for p in changed)
    assert not any("此件为副本" in p.read_text(encoding="utf-8") for p in set(pages) - changed)


def test_a_big_issue_is_one_entry_in_the_navigation_and_its_page_lists_its_documents():
    """Every page carries its issue's branch of the navigation: a 600-document
    issue would put 600 links in each of its 600 pages."""
    from types import SimpleNamespace

    def issue(id, n):
        docs = [SimpleNamespace(id=f"d{i}", title=f"文件{i}", doc_number=None) for i in range(n)]
        return SimpleNamespace(id=id, name="某市人民政府公报", issue=f"2024年{id}", year=2024, documents=docs, toc=[],
                               total_issue=None, date=None, host=None, source="seeds/x.txt", front_matter=[],
                               back_matter=[], is_issue=True)

    small, big = issue("small", 3), issue("big", output.NAV_DOCUMENTS_PER_ISSUE + 1)
    issues = output.nav(SimpleNamespace(gazettes=[small, big]))[1]["公报"][0]["2024"]
    assert issues == [{"某市人民政府公报 2024年small": ["gazettes/small/index.md"] + [f"gazettes/small/d{i}.md" for i in range(3)]},
                      {"某市人民政府公报 2024年big": "gazettes/big/index.md"}]
    listing = gazette_page(big)
    assert all(f"](d{i}.md)" in listing for i in range(len(big.documents)))


@pytest.mark.corpus  # sixteen of the seeds' documents tokenised, again and again
def test_an_unchanged_document_is_never_tokenised_again(collection, tmp_path, monkeypatch):
    """The search index kept per document and per run of documents
    (site.index_cache) gives the index a build from nothing gives, byte for
    byte, and tokenises only what changed."""
    import copy

    from builder import search_index

    # Runs of ~2 documents (~4 at level 2): sixteen documents make several runs at
    # every level, as a few hundred do at the size builds use.
    monkeypatch.setattr(search_index, "RUN", 2)
    docs = copy.deepcopy(collection.documents[:16])  # to edit here

    def index(known):
        return search_index.files(docs, page_url=lambda d: f"gazettes/{d.gazette}/{d.id}/", results_url="search/",
                                  known=known)

    tokenised = []
    real = search_index.entry
    monkeypatch.setattr(search_index, "entry", lambda doc: tokenised.append(doc.id) or real(doc))
    clean = index(None)
    assert index(site.index_cache(tmp_path)) == clean
    tokenised.clear()
    kept = index(site.index_cache(tmp_path))
    assert tokenised == [] and kept == clean
    tokenised.clear()
    docs[5].title += "（修订）"
    edited = index(site.index_cache(tmp_path))
    assert tokenised == [docs[5].id]
    assert edited != kept and edited == index(None)
    tokenised.clear()
    del docs[9]
    removed = index(site.index_cache(tmp_path))
    assert tokenised == [] and removed == index(None)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# The two smallest seeds, and what the incremental builds below do to them in turn.
SMALL = sorted(sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)[:2])
EDIT, EDIT_AGAIN = "（此件为副本）\n", "（再次修订）\n"


def _small_seeds(folder: Path) -> Path:
    """folder holding SMALL as they are, whatever it held before."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for seed in SMALL:
        shutil.copy(seed, folder)
    return folder


def _edit(seeds: Path, text: str) -> None:
    edited = seeds / SMALL[1].name
    edited.write_bytes(edited.read_bytes() + text.encode())


def _cli_build(seeds: Path, out: Path, cache: Path) -> Path:
    """`python -m builder build` in a process of its own, into out."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, GAZETTE_CACHE=str(cache), SOURCE_DATE_EPOCH="1700000000")
    env.pop("SITE_URL", None)
    result = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "dirty" not in result.stderr
    return out


@pytest.fixture(scope="module")
def clean_sites(tmp_path_factory):
    """(seeds folder, cache, sites): the sites a build from nothing (a fresh
    folder) makes of SMALL in that folder after each step the incremental
    builds below take: one seed edited, then the other removed, then the first
    edited again. (A site names its seeds folder: a build compared with these
    reads the same folder.)"""
    tmp = tmp_path_factory.mktemp("clean")
    seeds, cache = _small_seeds(tmp / "seeds"), tmp / "cache"
    _edit(seeds, EDIT)
    edited = _cli_build(seeds, tmp / "edited", cache)
    (seeds / SMALL[0].name).unlink()
    removed = _cli_build(seeds, tmp / "removed", cache)
    _edit(seeds, EDIT_AGAIN)
    return seeds, cache, {"edited": _tree(edited), "removed": _tree(removed),
                   "edited again": _tree(_cli_build(seeds, tmp / "edited-again", cache))}


@pytest.mark.site
def test_a_rebuild_after_an_edit_writes_only_what_changed_and_is_the_clean_build(tmp_path, clean_sites):
    """`python -m builder build` into its last site: the pages of unchanged
    seeds are kept (the same files), and the folder is byte for byte what a
    build from nothing makes, after an edit of the text and after a seed is
    removed (the navigation changes: everything is built again)."""
    seeds, cache, clean = clean_sites  # the cache too: what it keeps is keyed by content
    _small_seeds(seeds)
    site_dir = _cli_build(seeds, tmp_path / "site", cache)
    inodes = {p: p.stat().st_ino for p in site_dir.glob("gazettes/*/*/index.html")}
    _edit(seeds, EDIT)
    _cli_build(seeds, site_dir, cache)
    kept = {p for p, inode in inodes.items() if p.stat().st_ino == inode}
    assert kept and len(kept) > len(inodes) / 2
    assert not any("此件为副本" in p.read_text(encoding="utf-8") for p in kept)
    assert any("此件为副本" in p.read_text(encoding="utf-8") for p in site_dir.glob("gazettes/*/*/index.html"))
    assert _tree(site_dir) == clean["edited"]
    (seeds / SMALL[0].name).unlink()
    _cli_build(seeds, site_dir, cache)
    assert _tree(site_dir) == clean["removed"]
    # the site before last, kept beside it, is what the next build starts from (after every build)
    previous = tmp_path / ".site.previous"
    assert previous.is_dir() and _tree(previous) != _tree(site_dir)
    _edit(seeds, EDIT_AGAIN)
    _cli_build(seeds, site_dir, cache)
    assert _tree(site_dir) == clean["edited again"]
    assert previous.is_dir() and _tree(previous) == clean["removed"]


@pytest.mark.site
def test_edits_one_after_another_each_give_the_clean_build(tmp_path):
    """After an edit the build writes down which files of the site it changed
    (.<name>.changed), and the next build makes the site before last a copy of
    the last one again by those alone, without comparing every folder; after
    edits of two seeds one after the other the site is the clean build's."""
    import json

    seeds, cache = _small_seeds(tmp_path / "seeds"), tmp_path / "cache"
    site_dir = _cli_build(seeds, tmp_path / "site", cache)
    assert not (tmp_path / ".site.changed").exists()  # a first build writes everything
    _edit(seeds, EDIT)
    _cli_build(seeds, site_dir, cache)
    changed = json.loads((tmp_path / ".site.changed").read_text(encoding="utf-8"))["changed"]
    edited = [p.relative_to(site_dir).as_posix() for p in site_dir.glob("gazettes/*/*/index.html")
              if "此件为副本" in p.read_text(encoding="utf-8")]
    assert edited and set(edited) <= set(changed) and len(changed) < 50
    other = seeds / SMALL[0].name  # not the seed edited before: its pages are not written again
    other.write_bytes(other.read_bytes() + EDIT_AGAIN.encode())
    _cli_build(seeds, site_dir, cache)
    assert _tree(site_dir) == _tree(_cli_build(seeds, tmp_path / "clean", cache))
    assert _tree(tmp_path / ".site.previous") != _tree(site_dir)


def test_a_generated_file_is_written_only_when_its_content_changed(tmp_path):
    """An incremental build keeps generated files in a folder of the cache and
    judges them by the manifest, without reading them back: an unchanged file
    keeps its time (MkDocs does not render it again), and a file another build
    sharing the folder replaced since (a preview beside a build for publishing)
    is judged by its content, never taken for what the manifest says."""
    from types import SimpleNamespace

    import mkdocs_hooks

    config = SimpleNamespace(site_dir=str(tmp_path / "site"), use_directory_urls=True)
    folder, page = tmp_path / "generated", tmp_path / "generated/gazettes/g/d.md"
    first = {}
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "一"}, {}, first, {})
    written = page.stat()
    second = {}
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "一"}, first, second, {})
    assert (page.stat().st_ino, page.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    mkdocs_hooks._write(page, "二".encode())  # another build's content, the same size
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "一"}, second, {}, {})
    assert page.read_text(encoding="utf-8") == "一"
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "三"}, second, {}, {})
    assert page.read_text(encoding="utf-8") == "三"


def test_a_preview_hashes_only_the_generated_files_whose_content_is_new(tmp_path, monkeypatch):
    """`mkdocs serve` keeps the content of unchanged issues in memory between
    builds: the same object, whose hash the last build knows. A file another
    build replaced since is still judged by what it holds."""
    from types import SimpleNamespace

    import mkdocs_hooks

    config = SimpleNamespace(site_dir=str(tmp_path / "site"), use_directory_urls=True)
    page = tmp_path / "generated/gazettes/g/d.md"
    content, hashed, first = "".join(["一", "二"]), {}, {}
    mkdocs_hooks._on_disk(config, page.parents[2], "gazettes/g/d.md", {"gazettes/g/d.md": content}, {}, first, hashed)
    real = mkdocs_hooks.hashlib.blake2b
    hashes = []
    monkeypatch.setattr(mkdocs_hooks.hashlib, "blake2b", lambda *a, **k: hashes.append(a) or real(*a, **k))
    second = {}
    mkdocs_hooks._on_disk(config, page.parents[2], "gazettes/g/d.md", {"gazettes/g/d.md": content}, first, second, hashed)
    assert hashes == [] and second == first
    mkdocs_hooks._on_disk(config, page.parents[2], "gazettes/g/d.md", {"gazettes/g/d.md": "".join(["一", "二"])}, first, {}, hashed)
    assert len(hashes) == 1  # equal, but another object: hashed again
    mkdocs_hooks._write(page, "三四".encode())  # another build's content, the same size
    mkdocs_hooks._on_disk(config, page.parents[2], "gazettes/g/d.md", {"gazettes/g/d.md": content}, second, {}, hashed)
    assert page.read_text(encoding="utf-8") == "一二"


def test_a_generated_file_with_an_origin_is_judged_by_it_not_by_a_hash(tmp_path, monkeypatch):
    """An issue's files kept in the pages cache are what their origin says
    (the code's version and the issue's key, output.Site.origins): a build
    compares it instead of hashing ~200 MB of pages at 3,000 documents, and
    does not read the content back from the pages cache. A new
    origin is a new content; a file another build replaced since is still
    judged by what it holds."""
    from types import SimpleNamespace

    import mkdocs_hooks

    config = SimpleNamespace(site_dir=str(tmp_path / "site"), use_directory_urls=True)
    folder, page = tmp_path / "generated", tmp_path / "generated/gazettes/g/d.md"
    real = mkdocs_hooks.hashlib.blake2b
    hashes = []
    monkeypatch.setattr(mkdocs_hooks.hashlib, "blake2b", lambda *a, **k: hashes.append(a) or real(*a, **k))
    first, second, third = {}, {}, {}
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "一"}, {}, first, {}, "v/issue")
    written = page.stat()
    unread = output.Files()  # an unchanged issue's content is not even read back from the pages cache
    unread.defer({"gazettes/g/d.md": "标题"}, lambda: pytest.fail("the content was read"))
    assert "gazettes/g/d.md" in unread and unread.title("gazettes/g/d.md") == "标题"
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", unread, first, second, {}, "v/issue")
    assert hashes == [] and second == first
    assert (page.stat().st_ino, page.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "二"}, second, third, {}, "v/issue edited")
    assert page.read_text(encoding="utf-8") == "二"
    mkdocs_hooks._write(page, "三".encode())  # another build's content, the same size
    mkdocs_hooks._on_disk(config, folder, "gazettes/g/d.md", {"gazettes/g/d.md": "二"}, third, {}, {}, "v/issue edited")
    assert page.read_text(encoding="utf-8") == "二" and hashes == []


@pytest.mark.site
def test_a_preview_keeps_its_last_build_in_memory_and_gives_the_clean_site(tmp_path, monkeypatch, clean_sites):
    """`mkdocs serve --dirty` in one process, as it runs: after an edit, what
    did not change comes from the last build's memory, not from the cache on
    disk, and the folder is byte for byte the one a build from nothing makes,
    after an edit and after a seed is removed."""
    import pickle

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    # Its own folder (the state file, which names it, is not compared) and its own cache (nothing is read back).
    seeds, clean = _small_seeds(tmp_path / "seeds"), clean_sites[2]
    monkeypatch.setattr(site, "CACHE", tmp_path / "cache")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("SITE_URL", raising=False)

    def config(out):
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(out))
        config.extra["seeds"] = str(seeds)
        return config

    preview = tmp_path / "preview"
    first = config(preview)
    first.plugins.on_startup(command="serve", dirty=True)  # once, as serve does; each rebuild loads the config again
    try:
        build(first, dirty=True)
        read = []
        real = pickle.loads
        monkeypatch.setattr(site.pickle, "loads", lambda data: read.append(len(data)) or real(data))
        _edit(seeds, EDIT)
        build(config(preview), dirty=True)
        assert read == []
        assert _tree(preview) == clean["edited"] | {".gazette-build": ANY}
        (seeds / SMALL[0].name).unlink()
        build(config(preview), dirty=True)
        assert _tree(preview) == clean["removed"] | {".gazette-build": ANY}
    finally:
        first.plugins.on_shutdown()


@pytest.mark.site
def test_the_search_index_written_beside_mkdocs_is_the_serial_index(strict_build, collection):
    """A build puts the search index together and writes it in a process of
    its own while MkDocs renders (mkdocs_hooks._index_while_rendering): the
    files are those index_files() makes of the collection in one process with
    no cache, none more, none less, byte for byte."""
    folder, _ = strict_build
    written = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
               for p in sorted((folder / "search/i").rglob("*")) if p.is_file()}
    serial = output.index_files(collection, output.Urls())
    assert sorted(written) == sorted(serial)
    assert written == serial


def _mkdocs_build(seeds: Path, out: Path, workers: int, monkeypatch) -> Path:
    """`mkdocs build --strict` of seeds, in this process, on `workers` cores."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setattr(site, "WORKERS", workers)
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(out), strict=True)
    config.extra["seeds"] = str(seeds)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return out


@pytest.mark.site
def test_pages_rendered_over_the_cores_are_the_serial_site_byte_for_byte(seeds, tmp_path, monkeypatch):
    """`mkdocs build` and `python -m builder build` render the pages in forked
    processes (builder/mkdocs_pages.py), each knowing every page's title only
    from its front matter: the site is the one a single process renders."""
    monkeypatch.setattr(site, "CACHE", tmp_path / "cache")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    forked = []

    class Counted(site.Background):
        def __init__(self, fn, *args):
            forked.append(fn.__name__)
            super().__init__(fn, *args)

    monkeypatch.setattr(site, "Background", Counted)
    serial = _tree(_mkdocs_build(seeds, tmp_path / "serial", 1, monkeypatch))
    assert "_in_child" not in forked
    parallel = _tree(_mkdocs_build(seeds, tmp_path / "parallel", 2, monkeypatch))
    assert forked.count("_in_child") == 1
    assert list(parallel) == list(serial)
    assert parallel == serial


@pytest.mark.site
def test_a_warning_in_a_page_rendered_by_another_process_fails_a_strict_build(seeds, tmp_path, monkeypatch, caplog):
    """What MkDocs logs while a forked process renders a page (a broken link,
    say) is logged again by the build's own process, where `--strict` counts it."""
    import logging
    import os

    from mkdocs.exceptions import Abort
    from mkdocs.structure.pages import Page

    monkeypatch.setattr(site, "CACHE", tmp_path / "cache")
    builder, real = os.getpid(), Page.render

    def render(page, config, files):
        if os.getpid() != builder:
            logging.getLogger("mkdocs.structure.pages").warning("rendered elsewhere: %s", page.file.src_uri)
        real(page, config, files)

    monkeypatch.setattr(Page, "render", render)
    with pytest.raises(Abort, match="warnings in strict mode"):
        _mkdocs_build(seeds, tmp_path / "site", 2, monkeypatch)
    assert "rendered elsewhere: gazettes/" in caplog.text
