"""Benchmark: the generated pages rendered by MkDocs's Page.render (Python-Markdown)
and by the hook's builder/page_html.py, in one process, page after page.

Builds an archive of ~N documents as benchmarks/scale.py does (or reads
--seeds), makes every generated file (builder/output.py) and renders each
Markdown page both ways, alternating, with mkdocs.yml's configuration: CPU
milliseconds a page each way and their ratio, and how many pages fell back
to Python-Markdown. Both ways run side by side, so the ratio holds on a
shared machine where a whole build's time says as much about the others.

    python benchmarks/rendering.py [documents]        (default 300)
    python benchmarks/rendering.py --seeds DIR
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import File, get_files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

import mkdocs_hooks  # noqa: E402
from scale import make_archive  # noqa: E402 (benchmarks/, the script's folder)
from builder import output, page_html, site  # noqa: E402


def measure(seeds: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    collection = site.load(seeds, workers=site.WORKERS)
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    made = output.site_files(collection, output.Urls(), title="t", site_url=None, home=home).files
    files = get_files(config)  # the hand-written pages, which the home page links to
    files.remove(files.get_file_from_path("index.md"))
    for path, content in made.items():
        file = File(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=True)
        file.content_string = content
        files.append(file)
    theirs = ours = 0.0
    fell = 0
    paths = [path for path in made if path.endswith(".md")]
    for path in paths:
        page = Page(None, files.get_file_from_path(path), config)
        page.read_source(config)
        start = time.process_time()
        page.render(config, files)
        theirs += time.process_time() - start
        page.read_source(config)
        start = time.process_time()
        mkdocs_hooks._rendered(page, page.markdown, config, files)
        ours += time.process_time() - start
        fell += page_html.render(page.markdown) is None
    n = len(paths)
    print(f"{len(collection.documents)} documents, {n} generated pages ({fell} rendered by Python-Markdown)")
    print(f"Python-Markdown (Page.render): {theirs:.2f} s, {theirs / n * 1000:.2f} ms a page")
    print(f"page_html (the hook):          {ours:.2f} s, {ours / n * 1000:.2f} ms a page")
    print(f"ratio {theirs / ours:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="?", type=int, default=300)
    parser.add_argument("--seeds", type=Path, help="a folder of gazettes instead of an archive")
    args = parser.parse_args()
    if args.seeds:
        return measure(args.seeds.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        make_archive(Path(tmp), args.documents)
        measure(Path(tmp))


if __name__ == "__main__":
    main()
