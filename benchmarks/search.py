"""Benchmark: the search index at archive size, in headless Chromium.

Makes an archive of N copies of the seeds' documents (each copy with its own
title, 文号 and address, so every copy is a distinct document), writes its
search index with builder/search_index.py next to assets/search.js and a
bare page, serves it over HTTP and runs the browser test's queries, each in a
fresh browser context (nothing cached): bytes the query loads up to its first
eight results with snippets, and the time to them. The baseline of the same
run is the whole index, which an unsharded index (Material's lunr) loads
before its first result. Targets at ~3,000 documents: <= 1 MB and <= 1 s.

    python benchmarks/search.py [copies ...]     (default: 1 91, i.e. 33 and 3,003 documents)
"""
import copy
import functools
import http.server
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playwright.sync_api import sync_playwright  # noqa: E402

from builder import search_index, site  # noqa: E402
from test_browser import CHROMIUM, CHROMIUM_ARGS, SEARCH_CASES  # noqa: E402


def archive(copies: int) -> list:
    """The seeds' documents, copy k numbered and titled apart from the others."""
    documents = site.load(ROOT / "seeds").documents
    out = []
    for k in range(copies):
        for doc in documents:
            d = copy.deepcopy(doc)
            if k:
                d.id, d.gazette = f"{d.id}-{k}", f"{d.gazette}-{k}"
                d.title = f"{d.title}（第{k}批）"
                if d.doc_number:
                    d.doc_number = re.sub(r"(\d+)号$", lambda m: f"{int(m.group(1)) + 1000 * k}号", d.doc_number)
            out.append(d)
    return out


def write(folder: Path, documents: list) -> tuple[float, dict[str, str]]:
    start = time.perf_counter()
    files = search_index.files(documents, page_url=lambda d: f"gazettes/{d.gazette}/{d.id}/", results_url="search/")
    seconds = time.perf_counter() - start
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    (folder / "assets").mkdir()
    shutil.copy(ROOT / "overrides/assets/search.js", folder / "assets/search.js")
    (folder / "index.html").write_text('<!doctype html><meta charset="utf-8"><script src="assets/search.js"></script>',
                                       encoding="utf-8")
    return seconds, files


def run_queries(folder: Path, queries: list[str]) -> list[tuple[str, int, float]]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        warm = browser.new_page()    # the browser's own start-up is not the index's cost
        warm.goto(url)
        warm.evaluate("gzSearch.show('预热', 8)")
        warm.close()
        for q in queries:
            context = browser.new_context()
            page = context.new_page()
            page.goto(url)
            ms = page.evaluate("""q => { const t0 = performance.now();
                return gzSearch.show(q, 8).then(() => performance.now() - t0); }""", q)
            loaded = page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(e => e.name.includes('/search/i/')).reduce((n, e) => n + e.encodedBodySize, 0)""")
            out.append((q, loaded, ms / 1000))
            context.close()
        browser.close()
    server.shutdown()
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure(copies: int) -> dict:
    documents = archive(copies)
    with tempfile.TemporaryDirectory() as tmp:
        seconds, files = write(Path(tmp), documents)
        runs = run_queries(Path(tmp), [q for q, _, _ in SEARCH_CASES])
    sizes = {p: len(c.encode("utf-8")) for p, c in files.items()}
    shards = [n for p, n in sizes.items() if "/s/" in p]
    return {"copies": copies, "documents": len(documents), "build_s": seconds, "files": len(files),
            "total_mb": sum(sizes.values()) / 1e6, "shards": len(shards), "shard_kb": statistics.mean(shards) / 1e3,
            "runs": runs}


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1, 91]
    results = [measure(n) for n in counts]
    print(f"{'docs':>6} {'index s':>8} {'files':>7} {'total MB':>9} {'shards':>7} {'shard KB':>9} "
          f"{'query KB med/max':>17} {'first s med/max':>16} {'max/total':>10}")
    for r in results:
        kb = [b / 1e3 for _, b, _ in r["runs"]]
        s = [t for _, _, t in r["runs"]]
        print(f"{r['documents']:>6} {r['build_s']:>8.1f} {r['files']:>7} {r['total_mb']:>9.1f} {r['shards']:>7} "
              f"{r['shard_kb']:>9.1f} {statistics.median(kb):>8.0f}/{max(kb):<8.0f} "
              f"{statistics.median(s):>7.2f}/{max(s):<8.2f} {max(kb) / 1e3 / r['total_mb']:>10.3f}")
    last = results[-1]
    for name, column in (("heaviest", 1), ("slowest", 2)):
        print(f"\n{name} queries at {last['documents']} documents (KB loaded, seconds to the first results):")
        for q, b, t in sorted(last["runs"], key=lambda r: -r[column])[:5]:
            print(f"  {q:<24} {b / 1e3:>7.0f} KB {t:>6.2f} s")


if __name__ == "__main__":
    main()
