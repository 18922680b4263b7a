"""The measure on a corpus of real texts nobody checked by hand (issue #11).

The held-out sets are small and hand-checked. A corpus of hundreds of texts
says where documents merge or split at a scale no hand reads: LawRefBook/Laws'
Markdown files ('# ' and the title, its 题注, then the 编章节条), or any folder
of texts one a file. A file's first line is its title and its lines opening on
第X章, 第X节 and 第X条 its provisions; no 文号, issuer or date is recorded, so
only extent and provisions say anything (the other fields count a value found
as wrong). Every miss is read by hand; a rule it leads to gets its case in
tests/ like any other.

    python -m tests.devset.bulk FOLDER [--sample N] [--seed S] [LAYOUT ...]
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

import yaml

from builder.text.numerals import CN_NUMERAL
from tests.devset import measure

PROVISION_RES = {name: re.compile(rf"^第[{CN_NUMERAL}]+{name}") for name in ("章", "节", "条")}


def text_lines(source: str) -> list[str]:
    """A file's lines as published: a Markdown heading's marks and comments dropped, blank lines too."""
    lines = (re.sub(r"^#+\s*", "", line.strip()) for line in source.splitlines())
    return [line for line in lines if line and not line.startswith("<!--")]


def build_set(files: list[Path], folder: Path) -> None:
    """The files as a set of the measure's schema in folder (docs/ and expected.yaml)."""
    (folder / "docs").mkdir(parents=True)
    records = []
    for n, path in enumerate(files):
        lines = text_lines(path.read_text(encoding="utf-8"))
        if not lines:
            continue
        provisions = {name: sum(bool(rx.match(line)) for line in lines) for name, rx in PROVISION_RES.items()}
        records.append({"id": f"b{n:04d}", "title": lines[0], "doc_number": None, "issuers": [], "date": None,
                        "addressees": None, "kind": None, "texts": [], "annexes": [], "source": str(path),
                        "provisions": {name: count for name, count in provisions.items() if count}})
        (folder / "docs" / f"b{n:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "expected.yaml").write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False),
                                          encoding="utf-8")


def main(args: list[str]) -> None:
    folder, sample, seed, layouts = Path(args[0]), None, 1, []
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--sample":
            sample = int(next(rest))
        elif arg == "--seed":
            seed = int(next(rest))
        elif arg in measure.LAYOUTS:
            layouts.append(arg)
        else:
            sys.exit(f"bulk: no layout {arg!r}; the layouts are {', '.join(measure.LAYOUTS)}")
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt") and not p.name.startswith("_"))
    if sample is not None:
        files = random.Random(seed).sample(files, min(sample, len(files)))
    with tempfile.TemporaryDirectory() as tmp:
        build_set(files, Path(tmp) / "bulk")
        measure.SETS["bulk"] = Path(tmp) / "bulk"
        for name in layouts or list(measure.LAYOUTS):
            f = measure.measure(name, "bulk")
            print(f"{name}: {f.right_extent} of {f.expected} documents with the right extent ({f.converted} found), "
                  f"provisions {f.provisions_found}/{f.provisions_expected}, {f.cut} paragraphs cut")
            for problem in f.problems:
                if problem.split(": ", 1)[-1].startswith(("not found", "extent", "0 of")) or " provisions" in problem:
                    print("   ", problem)


if __name__ == "__main__":
    main(sys.argv[1:])
