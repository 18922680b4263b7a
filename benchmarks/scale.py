"""Benchmark: an archive of ~300, ~1,000 and ~3,000 documents, built cold
and after editing one seed, against a plain `mkdocs build` of the same
generated Markdown measured in the same run.

The archive is made from the seeds, as a real archive of ten years: copy
n of every seed has its years moved back n mod 10 years (Arabic and Chinese
numerals), its issue numbers (第 6 号, 第 8-9 期, 总第…, the running header's
2019．9) moved up by 10·(n div 10), so that the copies in one year are
distinct issues of it, its doc-number serials moved up by 1000·n, and a
phrase of its own after every 关于 and in the other title words of the
seeds (so its titles, and the citations of them, are its own, as different
from the other copies' as two topics are). Each copy is a new issue with new
numbers and titles: nothing is repeated that would flatter the conversion
cache or the fuzzy title matching. Its dates (year, month and day in
Arabic numerals) are moved back 7·(n div 10) days besides: one seed prints
no issue number and is known by its newest date.

For each size it prints: documents; the cold build (an empty cache), wall
and CPU seconds, and CPU milliseconds per document; the build after one
seed is edited (the cache warm); the peak memory of the build (all its
processes together, proportional set sizes); the average HTML per document page; a plain `mkdocs
build` of the Markdown `python -m builder convert` writes, and the ratios of
the two wall times (what an editor waits for) and of the two CPU times
(the build's conversion and search index, which the plain build does not
do, on both cores); with --preview, the seconds `mkdocs serve --dirty` takes
to rebuild after one more edit (in one process, as serve runs).

    python benchmarks/scale.py [documents ...]   (default: 300 1000 3000)
    python benchmarks/scale.py --root DIR --no-plain ...   (another checkout, e.g. before a change)
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DOCUMENTS_PER_COPY = 33  # what the seeds hold
CN_DIGITS = "〇一二三四五六七八九"
# Words to make topic phrases of: two copies' phrases share few character pairs.
WORDS = ("城乡 水利 交通 教育 医疗 养老 住房 就业 农业 林业 渔业 旅游 文化 体育 科技 金融 税务 审计 统计 环保 "
         "能源 电力 燃气 供水 排水 消防 应急 气象 地震 民政 档案 人防 粮食 商务 口岸 海关 物流 邮政 通信 数据 "
         "航运 港口 铁路 机场 公路 桥梁 隧道 园林 绿化 湿地 草原 矿产 土地 测绘 规划 市容 物业 社区 乡村 山区").split()


# Where each seed title takes the copy's phrase (· marks the place): 关于 starts
# most titles, the others are the seeds' titles without it.
TITLE_WORDS = ("关于·", "·任免人员", "·行动方案", "·工作措施", "在全市·")


YEARS = 10  # an archive of ten years: 12–36 issues a year in a city, 1,500–5,000 documents
# An issue number as printed: 第 6 号, 第 8-9 期, 总第 120-121 期, and the running header's 公报 2019．9.
DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s1>\s*年\s*)(?P<m>\d{1,2})(?P<s2>\s*月\s*)(?P<d>\d{1,2})(?P<s3>\s*日)")
ISSUE_RE = re.compile(r"(第\s*)(\d+)(?:(\s*[-—－]\s*)(\d+))?(?=\s*[期号])|(公报\s*\d{4}\s*[.．。]\s*)(\d{1,2})(?!\d)")


def copy_text(text: str, n: int, rng: random.Random) -> str:
    phrase = "".join(rng.sample(WORDS, 3))
    years, issues = n % YEARS, 10 * (n // YEARS)
    text = re.sub(r"(?<!\d)(19|20)(\d\d)(?!\d)", lambda m: str(int(m.group(0)) - years), text)
    text = re.sub(f"[{CN_DIGITS}]{{4}}(?=年)", lambda m: _cn_year(m.group(0), years), text)
    text = ISSUE_RE.sub(lambda m: _later_issue(m, issues), text)
    text = DATE_RE.sub(lambda m: _earlier_date(m, 7 * (n // YEARS)), text)
    text = re.sub(r"([〔\[（(]\s*\d{4}\s*[〕\]）)]\s*)(\d+)(\s*号)",
                  lambda m: f"{m.group(1)}{int(m.group(2)) + 1000 * n}{m.group(3)}", text)
    for word in TITLE_WORDS:
        text = text.replace(word.replace("·", ""), word.replace("·", phrase))
    return text


def _earlier_date(m: re.Match, days: int) -> str:
    try:
        date = datetime.date(*map(int, m.group("y", "m", "d"))) - datetime.timedelta(days=days)
    except ValueError:  # not a date
        return m.group(0)
    return f"{date.year}{m.group('s1')}{date.month}{m.group('s2')}{date.day}{m.group('s3')}"


def _later_issue(m: re.Match, by: int) -> str:
    if m.group(5):
        return f"{m.group(5)}{int(m.group(6)) + by}"
    second = f"{m.group(3)}{int(m.group(4)) + by}" if m.group(4) else ""
    return f"{m.group(1)}{int(m.group(2)) + by}{second}"


def _cn_year(year: str, n: int) -> str:
    value = int("".join(str(CN_DIGITS.index(c)) for c in year)) - n
    return "".join(CN_DIGITS[int(c)] for c in str(value))


def make_archive(folder: Path, documents: int) -> None:
    rng = random.Random(documents)
    for n in range(max(1, round(documents / DOCUMENTS_PER_COPY))):
        for seed in SEEDS:
            text = copy_text(seed.read_text(encoding="utf-8"), n, rng) if n else seed.read_text(encoding="utf-8")
            (folder / f"{n:04d}_{seed.name}").write_text(text, encoding="utf-8")


def run(args: list[str], root: Path, env: dict) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (all processes: on a shared machine the wall
    time says as much about the others as about the build) and peak memory
    (MB, the process and its children together)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=err)
        peak, done = [0], threading.Event()

        def watch():
            while not done.is_set():
                peak[0] = max(peak[0], _tree_memory(process.pid))
                done.wait(0.2)

        watcher = threading.Thread(target=watch)
        watcher.start()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        watcher.join()
        if process.returncode:
            err.seek(0)
            sys.exit(f"{' '.join(args)} failed:\n{err.read().decode()[-3000:]}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, peak[0] / 1e6


def _tree_memory(pid: int) -> int:
    """Bytes of memory of the process and its children: their proportional set
    sizes (a page forked processes share counted once, in shares; the build
    forks its workers), or resident sizes where the system has no PSS."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {pid}, True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in tree and child not in tree:
                tree.add(child)
                grew = True
    return sum(_memory(p) for p in tree)


def _memory(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[21]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0  # ended meanwhile


def plain_config(root: Path, markdown: Path, folder: Path) -> Path:
    """mkdocs.yml without the hook, reading the converted Markdown and its navigation."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"^hooks:\n(  - .*\n)+", "", text, flags=re.M)
    text = re.sub(r"^watch:\n(  - .*\n)+", "", text, flags=re.M)
    text = text.replace("docs_dir: docs", f"docs_dir: {markdown}")
    text = text.replace("custom_dir: overrides", f"custom_dir: {root / 'overrides'}")
    nav = json.loads((markdown / "nav.json").read_text(encoding="utf-8"))
    config = folder / "plain.yml"
    config.write_text(text + "nav: " + json.dumps(nav, ensure_ascii=False) + "\n", encoding="utf-8")
    return config


# What `mkdocs serve --dirty` does after an edit, in one process as serve runs
# (the plugins started once, the configuration loaded again for each build):
# a first build, one seed edited, the build again; prints that build's wall
# and CPU seconds.
PREVIEW = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
seeds, site, edited = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
def dirty_build(first=False):
    config = load_config("mkdocs.yml", site_dir=site)
    config.extra["seeds"] = str(seeds)
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
dirty_build(first=True)
edited.write_text(edited.read_text(encoding="utf-8") + "\\n（再次修订）\\n", encoding="utf-8")
start, cpu = time.perf_counter(), time.process_time()
dirty_build()
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def preview(root: Path, seeds: Path, site: Path, edited: Path, env: dict) -> tuple[float, float]:
    run = subprocess.run([sys.executable, "-c", PREVIEW, str(seeds), str(site), str(edited)], cwd=root, env=env,
                         capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"preview failed:\n{run.stderr[-3000:]}")
    wall, cpu = run.stdout.split()[-2:]
    return float(wall), float(cpu)


def measure(root: Path, documents: int, plain: bool, with_preview: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds, site, markdown = tmp / "seeds", tmp / "site", tmp / "md"
        seeds.mkdir()
        make_archive(seeds, documents)
        env = dict(os.environ, GAZETTE_CACHE=str(tmp / "cache"), PYTHONHASHSEED="0")
        build = [sys.executable, "-m", "builder", "build", "--seeds", str(seeds), "--site", str(site)]
        cold, cold_cpu, peak = run(build, root, env)
        pages = [p for p in site.glob("gazettes/*/*/index.html")]
        edited = sorted(seeds.iterdir())[1]
        edited.write_text(edited.read_text(encoding="utf-8") + "\n（此件已修订）\n", encoding="utf-8")
        warm, warm_cpu, _ = run(build, root, env)
        plain_seconds = plain_cpu = float("nan")
        if plain:
            run([sys.executable, "-m", "builder", "convert", "--seeds", str(seeds), "--out", str(markdown)], root, env)
            plain_seconds, plain_cpu, _ = run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                                    str(plain_config(root, markdown, tmp)), "-d", str(tmp / "plain")], root, env)
        nan = float("nan")
        preview_seconds = preview(root, seeds, tmp / "preview", edited, env) if with_preview else (nan, nan)
        return {"documents": len(pages), "cold": cold, "warm": warm, "peak_mb": peak, "plain": plain_seconds,
                "cold_cpu": cold_cpu, "warm_cpu": warm_cpu, "plain_cpu": plain_cpu,
                "preview": preview_seconds,
                "page_kb": sum(p.stat().st_size for p in pages) / len(pages) / 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("documents", type=int, nargs="*", default=[300, 1000, 3000])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--preview", action="store_true",
                        help="also time the `mkdocs serve --dirty` rebuild after one seed is edited")
    parser.add_argument("--no-plain", action="store_true",
                        help="skip the plain mkdocs build (a checkout whose convert writes no nav.json)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    print("wall and CPU seconds (all processes); ms/doc from CPU time; the ratios to the plain build's wall and CPU",
          flush=True)
    print(f"{'docs':>5} {'cold s':>7} {'cold cpu':>8} {'ms/doc':>7} {'edit s':>7} {'edit cpu':>8} {'peak MB':>8} "
          f"{'KB/page':>8} {'mkdocs s':>9} {'mk cpu':>7} {'wall ×':>6} {'cpu ×':>6} {'preview s':>10} {'prev cpu':>8}",
          flush=True)
    for n in args.documents:
        r = measure(args.root.resolve(), n, not args.no_plain, args.preview)
        print(f"{r['documents']:>5} {r['cold']:>7.1f} {r['cold_cpu']:>8.1f} {1000 * r['cold_cpu'] / r['documents']:>7.1f} "
              f"{r['warm']:>7.1f} {r['warm_cpu']:>8.1f} {r['peak_mb']:>8.0f} {r['page_kb']:>8.1f} "
              f"{r['plain']:>9.1f} {r['plain_cpu']:>7.1f} {r['cold'] / r['plain']:>6.2f} {r['cold_cpu'] / r['plain_cpu']:>6.2f} "
              f"{r['preview'][0]:>10.1f} {r['preview'][1]:>8.1f}",
              flush=True)
    print(f"load average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
