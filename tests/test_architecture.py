"""The direction of imports in builder/, read from the source with ast.

The vocabulary (builder.text) imports only the model; a stage imports the
model, the vocabulary and earlier stages, never a later one; the site side
reaches the stages only through the pipeline entry, builder.convert. A
backward import is how a cycle starts, so this fails on the first one.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "builder"
STAGES = ["decode", "layout", "masthead", "split", "tables", "paragraphs", "structure", "genres", "punctuation",
          "metadata", "pages"]
SITE_SIDE = ["render", "export", "site", "feed", "shortlinks", "search_index", "references", "table_output",
             "csp", "output", "mkdocs_pages", "material_sidebars", "page_html", "__main__"]
VOCABULARY = sorted(p.stem for p in (BUILDER / "text").glob("*.py"))


def builder_imports(path: Path) -> set[str]:
    """The builder modules a file imports, as dotted names ("builder.stages.split")."""
    package = ["builder", *path.relative_to(BUILDER).parent.parts] if BUILDER in path.parents else []
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("builder"))
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if module.startswith("builder"):
                found.add(module)
                # `from .stages import metadata` imports a module, not a name in one
                found.update(f"{module}.{alias.name}" for alias in node.names
                             if (ROOT / f"{module}.{alias.name}".replace(".", "/")).with_suffix(".py").exists())
    return found


def stage_files(stage: str) -> list[Path]:
    """A stage is a module or a package of modules (genres)."""
    package = BUILDER / "stages" / stage
    return sorted(package.glob("*.py")) if package.is_dir() else [BUILDER / "stages" / f"{stage}.py"]


def test_every_module_has_its_place():
    """A new module is placed in the order (a stage) or on the site side."""
    stages = [p.stem for p in (BUILDER / "stages").glob("*.py") if p.stem != "__init__"]
    packages = [p.name for p in (BUILDER / "stages").iterdir() if (p / "__init__.py").exists()]
    assert sorted(stages + packages) == sorted(STAGES)
    top = {p.stem for p in BUILDER.glob("*.py")} - {"__init__", "model", "convert"}
    assert top == set(SITE_SIDE)


@pytest.mark.parametrize("name", VOCABULARY)
def test_vocabulary_imports_only_the_model(name):
    allowed = {"builder.model", "builder.text"} | {f"builder.text.{v}" for v in VOCABULARY}
    assert builder_imports(BUILDER / "text" / f"{name}.py") <= allowed


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_never_imports_a_later_stage(stage):
    earlier = {f"builder.stages.{s}" for s in STAGES[:STAGES.index(stage) + 1]}  # and itself
    for path in stage_files(stage):
        for module in builder_imports(path):
            assert module in earlier or module in ("builder.model", "builder.stages") \
                or module.startswith(("builder.text", f"builder.stages.{stage}.")), f"{path.name} imports {module}"


@pytest.mark.parametrize("path", [BUILDER / f"{name}.py" for name in SITE_SIDE] + [ROOT / "mkdocs_hooks.py"],
                         ids=lambda p: p.stem)
def test_the_site_side_reaches_the_stages_only_through_convert(path):
    stages = sorted(m for m in builder_imports(path) if m.startswith("builder.stages"))
    assert not stages, f"{path.name} imports {stages}: go through builder.convert"


def test_every_genre_is_registered_and_written_out():
    """A genre is one module, registered, with its conventions in tests/spec/<module>.md."""
    from builder.stages import genres

    modules = sorted(p.stem for p in (BUILDER / "stages" / "genres").glob("*.py") if p.stem != "__init__")
    assert sorted(g.__name__.rsplit(".", 1)[1] for g in genres.GENRES) == modules
    for genre in genres.GENRES:
        assert (ROOT / "tests" / "spec" / f"{genre.__name__.rsplit('.', 1)[1]}.md").is_file(), genre.__name__
        assert callable(genre.recognises) and callable(genre.structure) and isinstance(genre.PRIORITY, int)


SPLIT = ["grammar", "spans", "unfold", "titles", "toc", "parts", "documents"]
SPLIT_DIR = BUILDER / "stages" / "split"
TITLES = ["preamble", "lines", "addressees", "closes", "issuers", "letters", "under", "framed", "head", "again", "blocks"]
UNFOLD = ["forms", "pages", "addressees", "marks", "heads", "frames", "closes", "outline", "title_ends", "announcements",
          "numbers", "stages"]


def module_files(package: Path, name: str) -> list[Path]:
    """A module of a package, or a package of modules itself (split.titles)."""
    return sorted((package / name).glob("*.py")) if (package / name).is_dir() else [package / f"{name}.py"]


def listed_modules(package: Path) -> list[str]:
    return sorted([p.stem for p in package.glob("*.py") if p.stem != "__init__"]
                  + [p.name for p in package.iterdir() if (p / "__init__.py").exists()])


@pytest.mark.parametrize("module", SPLIT)
def test_a_module_of_the_split_reads_only_those_before_it(module):
    """The order builder/stages/split/__init__ lists, so the package reads top to bottom."""
    earlier = {f"builder.stages.split.{m}" for m in SPLIT[:SPLIT.index(module)]}
    for path in module_files(SPLIT_DIR, module):
        inside = {m.split(".")[3] for m in builder_imports(path) if m.startswith("builder.stages.split.")}
        assert {f"builder.stages.split.{m}" for m in inside} - {f"builder.stages.split.{module}"} <= earlier, \
            f"{path.name} imports {sorted(inside)}"


@pytest.mark.parametrize("package, order, module", [("titles", TITLES, m) for m in TITLES]
                         + [("unfold", UNFOLD, m) for m in UNFOLD])
def test_a_module_of_a_split_package_reads_only_those_above_it(package, order, module):
    """The order split/titles/__init__ and split/unfold/__init__ list: each package's modules make one graph
    with no cycle, read top to bottom."""
    earlier = {f"builder.stages.split.{package}.{m}" for m in order[:order.index(module)]}
    inside = {m for m in builder_imports(SPLIT_DIR / package / f"{module}.py")
              if m.startswith(f"builder.stages.split.{package}.")}
    assert inside <= earlier, f"{module} imports {sorted(inside - earlier)}"


def test_the_split_lists_every_module_in_its_order():
    from builder.stages import split
    from builder.stages.split import titles, unfold

    assert sorted(SPLIT) == listed_modules(SPLIT_DIR)
    assert re.findall(r"^  (\w+) ", split.__doc__, re.M) == SPLIT
    for package, order in ((titles, TITLES), (unfold, UNFOLD)):
        assert sorted(order) == listed_modules(SPLIT_DIR / package.__name__.rsplit(".", 1)[1])
        assert re.findall(r"^  (\w+) ", package.__doc__, re.M) == order


def test_no_undefined_name_and_no_unused_import():
    """A name a merge left behind in another module fails here, not on the input that reaches it."""
    import io

    from pyflakes.api import checkRecursive
    from pyflakes.reporter import Reporter

    out = io.StringIO()
    checkRecursive([str(BUILDER), str(ROOT / "tests"), str(ROOT / "mkdocs_hooks.py")], Reporter(out, out))
    assert not out.getvalue(), out.getvalue()
