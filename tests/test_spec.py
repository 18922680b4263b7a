"""The conventions of tests/spec/*.md, each example run through the real path.

A spec file is prose explaining a convention of Chinese official documents,
with examples in fenced blocks:

    ```example
    the text of a document, as an extractor gives it
    .
    the outline the converter makes of it
    ```

The input goes through builder.convert.convert_text, as a seed file does;
the outline is the model written one block a line (see outline()).
`python tests/test_spec.py FILE` prints the outline of a text file, to
write a new example.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from builder.convert import convert_text  # noqa: E402
from builder.model import Gazette, Paragraph, Provision  # noqa: E402

SPEC = ROOT / "tests" / "spec"
EXAMPLE_RE = re.compile(r"^```example\n(?P<input>.*?)\n\.\n(?P<outline>.*?)\n```$", re.M | re.S)


def outline(gazette: Gazette) -> str:
    """One line per block: a document as `[kind] title`, a part after the
    first as `= eid title`, a provision as `eid label [heading] text`
    indented by its depth, a paragraph as `(role) text`, a table as
    `(table) eid`; then each diagnostic as `! code: message`."""
    out = []
    for doc in gazette.documents:
        out.append(f"[{doc.kind or ''}] {doc.title}")
        for part in doc.parts:
            if part.eid != "main":
                out.append(f"= {part.eid} {part.title or ''}")
            for block in part.blocks:
                if isinstance(block, Provision):
                    heading = f" [{block.heading}]" if block.heading else ""
                    out.append(f"{'  ' * block.depth}{block.eid} {block.label}{heading} {block.text}".rstrip())
                elif isinstance(block, Paragraph):
                    out.append(f"({block.role}) {block.text}")
                else:
                    out.append(f"(table) {block.eid}")
    out += [f"! {d.code}: {d.message}" for d in gazette.diagnostics]
    return "\n".join(out)


def examples() -> list:
    found = []
    for path in sorted(SPEC.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for n, match in enumerate(EXAMPLE_RE.finditer(text), start=1):
            line = text.count("\n", 0, match.start()) + 1
            found.append(pytest.param(match.group("input"), match.group("outline"),
                                      id=f"{path.stem}-{n}-line{line}"))
    return found


@pytest.mark.parametrize("path", sorted(SPEC.glob("*.md")), ids=lambda p: p.stem)
def test_every_example_is_read(path):
    """An example the pattern misses (no `.` line, a stray fence) would pass unseen."""
    text = path.read_text(encoding="utf-8")
    assert text.count("```example") == len(EXAMPLE_RE.findall(text)) > 0


@pytest.mark.parametrize("source,want", examples())
def test_example(source, want):
    assert outline(convert_text(source + "\n", "spec.txt", "spec")) == want


if __name__ == "__main__":
    print(outline(convert_text(Path(sys.argv[1]).read_text(encoding="utf-8"), "spec.txt", "spec")))
