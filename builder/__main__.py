"""Command line: convert a folder of raw gazettes, or build the whole site.

    python -m builder convert --seeds DIR --out DIR   # Markdown + data only
    python -m builder build --seeds DIR --site OUT    # the complete static site
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m builder", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="write the generated Markdown and data")
    convert.add_argument("--seeds", type=Path, required=True)
    convert.add_argument("--out", type=Path, required=True)
    build = commands.add_parser("build", help="build the complete static site")
    build.add_argument("--seeds", type=Path, required=True)
    build.add_argument("--site", type=Path, required=True)
    build.add_argument("--offline", action="store_true",
                       help="build for opening from a folder without a web server")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"error: {args.seeds}: no such folder of raw gazettes", file=sys.stderr)
        return 2
    if args.command == "convert":
        return _convert(args.seeds, args.out)
    return _build(args.seeds, args.site, args.offline)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _convert(seeds: Path, out: Path) -> int:
    from . import site

    collection = site.load(seeds.resolve(), progress=_progress)
    for path, content in site.pages(collection).items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    _report(collection)
    return 0


def _build(seeds: Path, site_dir: Path, offline: bool) -> int:
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.INFO)
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir.resolve()))
    config.extra["seeds"] = str(seeds.resolve())
    if offline:
        from material.plugins.offline.plugin import OfflinePlugin

        plugin = OfflinePlugin()
        plugin.load_config({"enabled": True})
        config.plugins["material/offline"] = plugin
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    _report(config["hooks"]["mkdocs_hooks.py"].collection)  # what the hook just converted
    print(f"site written to {site_dir}", file=sys.stderr)
    return 0


def _report(collection) -> None:
    docs = collection.documents
    warnings = [d for d in collection.diagnostics if d.severity == "warning"]
    print(f"{len(collection.gazettes)} gazettes, {len(docs)} documents, "
          f"{len(collection.diagnostics)} notes ({len(warnings)} rejected input)", file=sys.stderr)
    for d in warnings:
        print(f"  {d}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
