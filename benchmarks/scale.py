"""Benchmark: build time and page size as the archive grows.

Makes archives of N copies of the seeds (each copy a different issue, so
every copy is a new gazette), builds each with `python -m builder build`,
and prints time, site size and the size of one document page, with ratios
against the smallest archive measured in the same run. The target: a
document page's size does not grow with the archive.

    python benchmarks/scale.py [copies ...]     (default: 1 4 16)
"""
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_archive(folder: Path, copies: int) -> None:
    for n in range(copies):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            # A new issue number per copy: the running header or masthead's issue label.
            text = re.sub(r"第\s*(\d+)\s*([号期])", lambda m: f"第{int(m.group(1)) + 100 * n}{m.group(2)}", text, count=1)
            text = re.sub(r"公报 2019．9", f"公报 2019．{9 + n}", text)
            (folder / f"{n:04d}_{seed.name}").write_text(text, encoding="utf-8")


def measure(copies: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        seeds, site = Path(tmp) / "seeds", Path(tmp) / "site"
        seeds.mkdir()
        make_archive(seeds, copies)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(site)],
                       cwd=ROOT, check=True, capture_output=True)
        seconds = time.perf_counter() - start
        pages = list(site.rglob("index.html"))
        doc_pages = [p for p in pages if p.parent.parent.parent.name == "gazettes"]
        sample = max(doc_pages, key=lambda p: p.stat().st_size if "jzbf-2022-16" in str(p) else 0)
        return {"copies": copies, "documents": len(doc_pages), "seconds": seconds,
                "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
                "page_kb": sample.stat().st_size / 1e3}


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1, 4, 16]
    results = [measure(n) for n in counts]
    base = results[0]
    print(f"{'copies':>6} {'docs':>6} {'build s':>8} {'site MB':>8} {'page KB':>8} "
          f"{'x time':>7} {'x page':>7}")
    for r in results:
        print(f"{r['copies']:>6} {r['documents']:>6} {r['seconds']:>8.1f} {r['site_mb']:>8.1f} "
              f"{r['page_kb']:>8.1f} {r['seconds'] / base['seconds']:>7.2f} {r['page_kb'] / base['page_kb']:>7.2f}")


if __name__ == "__main__":
    main()
