"""The command line on a folder of good and bad input, as an editor runs it."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.site  # each test runs the command line as a process


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True)


def test_bad_input_is_named_and_the_rest_still_builds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good = (ROOT / "seeds/003_34c57f1c97f9a42f.txt").read_bytes()  # a small seed: it is converted three times
    (seeds / "a_good.txt").write_bytes(good)
    (seeds / "b_gbk_crlf.txt").write_bytes(
        (ROOT / "seeds/000_ebbe2242452c37a7.txt").read_text(encoding="utf-8")
        .replace("\n", "\r\n").encode("gb18030"))
    (seeds / "c_empty.txt").write_bytes(b"")
    (seeds / "d_binary.txt").write_bytes(bytes(range(256)) * 8)
    (seeds / "e_not_a_gazette.txt").write_text("今天天气很好，我们去公园散步。\n然后回家吃饭。\n", encoding="utf-8")
    (seeds / "f_duplicate.txt").write_bytes(good)
    (seeds / "g_edited_copy.txt").write_bytes(good + "（此件为副本）\n".encode("utf-8"))
    out = tmp_path / "site"
    result = run("build", "--seeds", str(seeds), "--site", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "c_empty.txt: empty file" in result.stderr
    assert "d_binary.txt" in result.stderr and "binary" in result.stderr
    assert "e_not_a_gazette.txt" in result.stderr
    assert "f_duplicate.txt" in result.stderr and "identical copy" in result.stderr
    assert "g_edited_copy.txt" in result.stderr and "same gazette issue" in result.stderr
    assert "Traceback" not in result.stderr
    index = json.loads((out / "data/index.json").read_text(encoding="utf-8"))
    titles = [d["title"] for d in index["documents"]]
    assert "今天天气很好，我们去公园散步。" in titles  # its text still gets a page
    assert "政务大事记（2019年7月）" in titles  # GB18030 with CRLF reads like UTF-8
    # an identical copy is published once; an edited copy keeps its pages, at an address of its own
    assert sum(t == "潜江市进一步优化营商环境工作措施" for t in titles) == 2
    assert len({d["url"] for d in index["documents"]}) == len(index["documents"])
    report = json.loads((out / "data/report.json").read_text(encoding="utf-8"))
    assert {r["file"] for r in report if r["severity"] == "warning"} >= {
        "seeds/c_empty.txt", "seeds/d_binary.txt", "seeds/e_not_a_gazette.txt", "seeds/f_duplicate.txt",
        "seeds/g_edited_copy.txt"}


def test_missing_seeds_folder_fails_with_a_message(tmp_path):
    result = run("build", "--seeds", str(tmp_path / "nope"), "--site", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "no such folder" in result.stderr and "Traceback" not in result.stderr


def test_convert_writes_markdown_for_inspection(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds/003_34c57f1c97f9a42f.txt", seeds)
    result = run("convert", "--seeds", str(seeds), "--out", str(tmp_path / "md"))
    assert result.returncode == 0, result.stderr
    page = tmp_path / "md/gazettes/qianjiang-2025-6/qzg-2026-1.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\n") and "doc_number: 潜政规〔2026〕1号" in text
    assert "{#text_1__art_34 .gz-prov}" in text or "{: #text_1__art_34 " in text
    assert "1 gazettes, 7 documents" in result.stderr


def _quiet(log: str) -> None:
    assert "MkDocs 2.0" not in log and "Warning from the Material" not in log, log[:1500]
    assert "prefix dict" not in log and "Loading model" not in log, log  # jieba's start-up
    lines = [line for line in log.splitlines() if line.strip()]
    repeated = {line for line in lines if lines.count(line) > 1}
    assert not repeated, f"said twice: {repeated}"


def test_mkdocs_build_log_is_quiet(strict_build):
    """`mkdocs build` says what it built and what is doubtful, nothing else:
    no theme banner, no start-up lines of the search's word segmenter."""
    _quiet(strict_build[1])


def test_builder_build_says_each_thing_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds/004_928dc353425f6f36.txt", seeds)
    (seeds / "empty.txt").write_bytes(b"")
    result = run("build", "--seeds", str(seeds), "--site", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    _quiet(result.stderr)
    assert "empty.txt: empty file" in result.stderr and "1 gazettes, 9 documents" in result.stderr
