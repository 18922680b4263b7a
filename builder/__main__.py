"""Command line: convert a folder of raw gazettes, or build the whole site.

    python -m builder convert --seeds DIR --out DIR   # every generated file, for any renderer
    python -m builder build --seeds DIR --site OUT    # the complete static site
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import output, site
from .model import Diagnostic

ROOT = Path(__file__).resolve().parent.parent
# Never replaced, never written into: the project's own sources.
SITE_NAME = "人民政府公报"  # as mkdocs.yml's site_name; the feed's title
PROJECT_FOLDERS = ("", ".git", "builder", "docs", "overrides", "seeds", "tests", "benchmarks")


class Refused(Exception):
    """An output folder the command will not replace; the message says why."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m builder", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="write every generated file: Markdown pages, data, feed, "
                                                  "short addresses, navigation (nav.json)")
    convert.add_argument("--seeds", type=Path, required=True)
    convert.add_argument("--out", type=Path, required=True)
    convert.add_argument("--offline", action="store_true", help="page addresses ending in .html")
    build = commands.add_parser("build", help="build the complete static site")
    build.add_argument("--seeds", type=Path, required=True)
    build.add_argument("--site", type=Path, required=True)
    build.add_argument("--offline", action="store_true",
                       help="build for opening from a folder without a web server")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"error: {args.seeds}: no such folder of raw gazettes", file=sys.stderr)
        return 2
    target = args.out if args.command == "convert" else args.site
    try:
        with _replacing(target, args.seeds, keep=args.command == "build") as fresh:
            if args.command == "convert":
                return _convert(args.seeds, fresh.folder, args.offline)
            return _build(args.seeds, fresh, args.offline, target)
    except Refused as why:
        print(f"error: {target}: {why}", file=sys.stderr)
        return 2


def refusal(target: Path, seeds: Path) -> str | None:
    """Why the folder target must not be replaced by a build, or None."""
    target, seeds = target.resolve(), seeds.resolve()
    sources = [seeds] + [(ROOT / name).resolve() for name in PROJECT_FOLDERS if name]
    for folder in sources + [ROOT, Path.home().resolve()]:
        if folder.is_relative_to(target):
            return f"holds {folder}, which a build would delete; choose another folder"
    for folder in sources:
        if target.is_relative_to(folder):
            return f"is inside {folder}; choose a folder outside the sources"
    if target.exists() and not target.is_dir():
        return "is a file, not a folder"
    if target.is_dir() and any(target.iterdir()) and not site.is_marked(target):
        return ("holds files this builder did not write (no .gazette-site marker); "
                "choose a new or empty folder")
    return None


@dataclass
class Fresh:
    """The folder a build writes into, and the paths in it (relative) that
    the build unlinked, wrote or removed, when it knows them."""
    folder: Path
    changed: Optional[set[str]] = None


@contextmanager
def _replacing(target: Path, seeds: Path, keep: bool = False):
    """A fresh folder beside target to write into (a Fresh); it replaces target only
    when the build is complete, so a failed or killed build leaves the old
    site whole. A lock refuses a second build into the same folder. With
    keep, the fresh folder starts as a copy of the old site made of hard
    links (the build unlinks a file before writing it, mkdocs_hooks.py), for
    a build that writes only what changed; the site it replaces is kept
    beside it (.<name>.previous) and is the next build's fresh folder, so that
    a build links, and the next one removes, only the files that changed
    instead of every file and folder of the site. Which files those are, the
    build that made the site says when it knows (.<name>.changed, see
    _remember): then the next build touches only them, without walking the
    site's thousands of folders (at 3,003 documents ~1 s of CPU an edit)."""
    if why := refusal(target, seeds):
        raise Refused(why)
    parent = target.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    with open(parent / f".{target.name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Refused("another build is writing to this folder; try again when it is done") from None
        for stage in ("building", "old"):  # left by a killed build
            for leftover in parent.glob(f".{target.name}.{stage}-*"):
                shutil.rmtree(leftover, ignore_errors=True)
        previous = parent / f".{target.name}.previous"
        record = parent / f".{target.name}.changed"
        differing = _recalled(record, target, previous)  # None: not known, every folder is compared
        record.unlink(missing_ok=True)  # the previous site is about to change
        keep = keep and site.is_marked(target)
        if not keep:
            shutil.rmtree(previous, ignore_errors=True)
        reuse = keep and previous.is_dir() and not previous.is_symlink()
        fresh = previous if reuse else Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=parent))
        replaced = False
        try:
            if keep and reuse and differing is not None:
                _mirror_paths(target, fresh, differing)
            elif keep:
                _mirror(target, fresh)
            build = Fresh(fresh)
            yield build
            site.mark(fresh)
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
                target.rename(old / "site")
                fresh.rename(target)
                if keep:
                    (old / "site").rename(previous)  # where fresh was, when it was the previous site
                    if build.changed is not None:
                        _remember(record, target, previous, build.changed | {site.MARKER})
                shutil.rmtree(old)
            else:
                fresh.rename(target)
            replaced = True
        finally:
            if not replaced:  # a half-written folder; once renamed, its name may be the kept previous site
                shutil.rmtree(fresh, ignore_errors=True)


def _mirror(source: Path, folder: Path) -> None:
    """Make folder a copy of source made of hard links, touching only what
    differs: a file already linked to source's (the same inode) is left as it is."""
    folder.mkdir(exist_ok=True)
    with os.scandir(source) as entries:
        wanted = {e.name: e for e in entries}
    with os.scandir(folder) as entries:
        present = {e.name: e for e in entries}
    for name, entry in present.items():
        want = wanted.get(name)
        if (want is None or entry.is_symlink() or want.is_symlink()
                or entry.is_dir(follow_symlinks=False) != want.is_dir(follow_symlinks=False)
                or (not entry.is_dir(follow_symlinks=False) and entry.inode() != want.inode())):
            shutil.rmtree(entry.path) if entry.is_dir(follow_symlinks=False) else os.unlink(entry.path)
            present[name] = None
    for name, want in wanted.items():
        path = os.path.join(folder, name)
        if want.is_symlink():
            os.symlink(os.readlink(want.path), path)
        elif want.is_dir(follow_symlinks=False):
            _mirror(Path(want.path), Path(path))
        elif present.get(name) is None:
            _link(want.path, path)


def _mirror_paths(source: Path, folder: Path, paths: list[str]) -> None:
    """Make folder a copy of source made of hard links again, where it is one
    already but at paths (relative to both): each is removed from folder and
    linked again from source, if source has it (a parent before its children)."""
    for path in sorted(paths):
        there, here = source / path, folder / path
        if here.is_dir() and not here.is_symlink():
            shutil.rmtree(here)
        else:
            here.unlink(missing_ok=True)
        if there.is_symlink() or there.exists():
            here.parent.mkdir(parents=True, exist_ok=True)
        if there.is_symlink():
            os.symlink(os.readlink(there), here)
        elif there.is_dir():
            _mirror(there, here)
        elif there.exists():
            _link(str(there), str(here))


def _remember(record: Path, site_dir: Path, previous: Path, changed: set[str]) -> None:
    """Write down that previous is site_dir's copy of hard links but at the
    paths changed; each folder is named by its device and inode, so the record
    holds only while both are the folders it was written for."""
    record.write_text(json.dumps({"site": _identity(site_dir), "previous": _identity(previous),
                                  "changed": sorted(changed)}), encoding="utf-8")


def _recalled(record: Path, site_dir: Path, previous: Path) -> Optional[list[str]]:
    """The paths at which previous differs from site_dir, as the last build
    wrote them down (_remember), or None when that is not known."""
    try:
        held = json.loads(record.read_text(encoding="utf-8"))
        if held["site"] == _identity(site_dir) and held["previous"] == _identity(previous):
            return held["changed"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _identity(folder: Path) -> list[int]:
    stat = folder.stat()
    return [stat.st_dev, stat.st_ino]


def _link(source: str, target: str) -> None:
    """A hard link, or a copy where the file system has none (FAT on a USB stick)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _convert(seeds: Path, out: Path, offline: bool) -> int:
    """The files a renderer needs: those the MkDocs hook hands to MkDocs, plus
    the navigation as nav.json and the hand-written pages of docs/."""
    collection = site.load(seeds.resolve(), progress=_progress, cache=site.CACHE, workers=site.WORKERS)
    urls = output.Urls(directory=not offline)
    built = output.site_files(collection, urls, title=SITE_NAME, site_url=os.environ.get("SITE_URL") or None,
                              home=(ROOT / "docs/index.md").read_text(encoding="utf-8"),
                              pages_cache=site.pages_cache(site.CACHE))
    files = {p.relative_to(ROOT / "docs").as_posix(): p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "docs").glob("*.md"))}
    files.update(built.files)
    files.update(output.index_files(collection, urls, site.index_cache(site.CACHE)))
    files["nav.json"] = json.dumps(built.nav, ensure_ascii=False, indent=1)
    for path, content in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    _report(len(collection.gazettes), len(collection.documents), [d.__dict__ for d in collection.diagnostics])
    return 0


def _build(seeds: Path, fresh: Fresh, offline: bool, target: Path) -> int:
    """Built incrementally (mkdocs_hooks.py): in a copy of the last build,
    only the files whose source changed are written, unless what every page
    shows (navigation, titles, theme, code) changed; the result is the site
    a build from nothing makes. fresh.changed: what the hook says it changed."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.INFO)
    # MkDocs warns that a dirty build may leave stale navigation: the hook sees to it that it does not.
    logging.getLogger("mkdocs.commands.build").addFilter(lambda record: "dirty" not in record.getMessage()
                                                         and "stale files" not in record.getMessage())
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(fresh.folder.resolve()))
    config.extra["seeds"] = str(seeds.resolve())
    if offline:
        from material.plugins.offline.plugin import OfflinePlugin

        plugin = OfflinePlugin()
        plugin.load_config({"enabled": True})
        config.plugins["material/offline"] = plugin
    config.plugins.on_startup(command="build", dirty=True)
    try:
        build(config, dirty=True)
        fresh.changed = config.hooks["mkdocs_hooks.py"].changed  # mkdocs.yml names its hook so
    finally:
        config.plugins.on_shutdown()
    # the hook has logged the diagnostics and the summary: said once, not repeated here
    print(f"site written to {target}", file=sys.stderr)
    return 0


def _report(gazettes: int, documents: int, diagnostics: list[dict]) -> None:
    warnings = [d for d in diagnostics if d["severity"] == "warning"]
    print(f"{gazettes} gazettes, {documents} documents, "
          f"{len(diagnostics)} notes ({len(warnings)} rejected input)", file=sys.stderr)
    for d in warnings:
        print(f"  {Diagnostic(**d)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
