"""How printed lines join and where sentences end."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .script import either_script, simplified

SENTENCE_END = "。！？；：!?;:…"
SENTENCE_MARK_RE = re.compile(f"[，,{re.escape(SENTENCE_END)}]")  # a sentence's stop, or its comma
CLAUSE_MARK_RE = re.compile(r"[，。；：,;:！？!?]")  # a clause's or a sentence's mark: no title holds one (GB/T 9704 7.3.1)
# Words a heading's phrases have none of, a sentence's: a subject's modal or copula (要, 将, 是, 不得, 应当, 必须,
# 可以; 要 in a word, 要素 or 重要, is none, nor 是否), an aspect's 了, an opening 经 or 由 (the agent's: '由…负责')
# (PREDICATE_WORDS), or a 的; in either script (將, 應當). A heading's phrase may hold a 的 ('“十三五”时期的工作
# 回顾'), never a predicate.
PREDICATE_WORDS = r"将|是(?!否)|了(?!解)|(?<![重主需必纲摘概])要(?![素求点件务害闻])|不得|应当|必须|可以|^[经由]"
PREDICATE_WORDS_RE = re.compile(either_script(PREDICATE_WORDS))
SENTENCE_WORDS_RE = re.compile(either_script(rf"的|{PREDICATE_WORDS}"))
CLOSERS = "”’）)》」』】"


WIDE_GAP = 2  # display columns of blank between two runs: wider than the space between words (a column's gap)
PARAGRAPH_INDENT = 2  # characters a paragraph's first line is indented (GB/T 9704 7.3.3: 左空二字)


def width(text: str) -> float:
    """Display width: a Chinese character is one, an ASCII character half."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))  # counted in C: called for every line, often


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Columns of a character in fixed-pitch text (an extractor's layout mode):
    East Asian Wide and Fullwidth take two, any other one."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    """Columns of a text in fixed-pitch layout, where space-aligned tables line up."""
    return len(text) if text.isascii() else sum(map(char_width, text))


# The end of a line inside an e-mail or web address: an ASCII run holding @, or opening with http or www.
ADDRESS_END_RE = re.compile(r"(?:[A-Za-z0-9._%+\-]*@[A-Za-z0-9.\-]*|(?:https?://|www\.)[A-Za-z0-9./?=&%_\-]*)$")


def join_lines(left: str, right: str) -> str:
    """Chinese joins without a space, and so does a number the wrap cut
    ("201" / "9年") or an address ("xyz@16" / "3.com"); Latin words keep theirs."""
    if left and right and left[-1].isascii() and left[-1].isalnum() \
            and right[0].isascii() and right[0].isalnum() \
            and not (left[-1].isdigit() and right[0].isdigit()) and not ADDRESS_END_RE.search(left):
        return left + " " + right
    return left + right


NOTE_AFTER_STOP_RE = re.compile(r"[。；！？][（(](?![一二三四五六七八九十\d]{1,3}[)）]$)[^（()）]*[)）]$")
# Such a note in a 分工方案 or 工作要点: the units that carry the item out, and the word that names their duty
# ('（牵头单位：…；责任单位：…）', '（市财政局牵头，…按职责分工负责）', '（市工业和信息化局负责）').
DUTY_NOTE_RE = re.compile(r"^[（(][^（()）。]*?(?:牵头|负责|责任单位|配合单位|协办单位|参与单位|责任部门|主责单位)")
DUTY_NOTE_WRAP = 4  # lines a 分工's note may be wrapped over at the narrowest measure


# Latin letters in round brackets inside a note: a reading a mirror printed after a character ('經(jīng)'), an
# abbreviation; no bracket of the note's own.
LATIN_IN_BRACKETS_RE = re.compile(r"\([A-Za-z\u00c0-\u024f]+\)")


def closes_duty_note(texts: list[str]) -> bool:
    """The last of these lines of one paragraph, in order, closes the note of
    the units an item names after its full stop, opened on a line above
    ('…建设。（牵头单位：市经' / '贸委；配合单位：市建委、国土局）'): the item's
    sentence ends there, as ends_sentence reads the note whole on one line,
    though the line alone closes a bracket it never opened."""
    for j in range(2, min(DUTY_NOTE_WRAP, len(texts)) + 1):
        joined = LATIN_IN_BRACKETS_RE.sub("", "".join(t.strip() for t in texts[-j:]))
        note = NOTE_AFTER_STOP_RE.search(joined)
        if note and note.start() + 1 < len(joined) - len(LATIN_IN_BRACKETS_RE.sub("", texts[-1].strip())) \
                and DUTY_NOTE_RE.match(simplified(joined[note.start() + 1:])):
            return True
    return False


# A lead a clause of the sentence opens, its value to follow ("…；责任单位：" before "各区政府"): a line the
# wrap ended there goes on, as one ending in a clause's ； may.
# A short name given in brackets to what the words before it name ('…年度报告（以下简称年报）', '…条例（以下简称《条例》）',
# '…办法（下称办法）'): the bracket belongs to the sentence those words open or stand in, so a line the wrap opened
# on it goes on from the line above, and that line ends no title or heading (a title names itself in full, and no
# short name follows it).
SHORT_NAME_RE = re.compile(either_script(r"^[（(]\s*(?:(?:以下|下文|下)(?:简称|统称|称)|简称|统称)"))
LEAD_END_RE = re.compile(r"[。；;][^，。；：,;:、]{1,6}[：:]$")


def ends_on_lead(text: str) -> bool:
    return bool(LEAD_END_RE.search(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence (closing quotes and brackets aside,
    and a note after the full stop: "…指导。（责任单位：市统计局）"). A list
    label after a clause ("…所列物质；（三）") is no note: its item follows."""
    if text.endswith(("）", ")")) and NOTE_AFTER_STOP_RE.search(text):
        return True
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return False
    if stripped[-1] == "." and (len(stripped) < 2 or not stripped[-2].isdigit()):
        return True
    return stripped[-1] in SENTENCE_END


def quotation_open(text: str) -> bool:
    """The text opens a quotation or a 《 it does not close: it goes on in the next line, and a figure it
    stops on is inside what it quotes ('…项目(一期)“11' / '·27”…调查报告'), no row's number or page."""
    return citation_open(text) or text.count("“") > text.count("”")


def citation_open(text: str) -> bool:
    """The text opens a 《 it does not close: it cites a text whose name goes on in the next line (GB/T
    15834-2011 4.15: the 书名号 encloses the whole name), as a quotation mark left open cites none."""
    return text.count("《") > text.count("》")


def bracket_depth(text: str, opening: str = "（(", closing: str = "）)") -> Optional[int]:
    """How many of the brackets the text opens are left open at its end, read left to right; None where it closes
    one it never opened (a sentence's tail, '公布）、…')."""
    opened, closed = sum(map(text.count, opening)), sum(map(text.count, closing))
    if not closed or closed > opened:
        return opened if not closed else None  # (counted in C: most texts close nothing, or close too many)
    depth = 0
    for char in _brackets_re(opening + closing).findall(text):
        depth += 1 if char in opening else -1
        if depth < 0:
            return None
    return depth


@lru_cache(maxsize=None)
def _brackets_re(brackets: str) -> re.Pattern:
    return re.compile(f"[{re.escape(brackets)}]")


def bracket_open(text: str) -> bool:
    """The text opens a bracket it does not close."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def left_open(text: str) -> bool:
    """A bracket or 《 the text opens and does not close runs it on to the next line; one closed
    too many (a page's stray '）' after the note's last event) runs it on nowhere."""
    return bracket_open(text) or text.count("《") > text.count("》")


def closes_unopened(text: str) -> bool:
    """The text closes a bracket it does not open: it is the rest of what a line above began
    ('常务委员会第三十一次会议通过)' under its note's first line, the opening bracket lost or not). A label's
    bracket ('五)', '1)', its opening one lost or never printed) closes nothing."""
    text = re.sub(r"^\s*[0-9０-９一二三四五六七八九十]+[）)]", "", text)
    return text.count("）") + text.count(")") > text.count("（") + text.count("(")


@lru_cache(maxsize=1 << 16)  # a line is compared with the first of every title run it may end
def squash(text: str) -> str:
    """A comparison key: no spaces, no punctuation, no bracket variants."""
    return re.sub(r"[\s\W_]+", "", text)


@lru_cache(maxsize=None)
def segmenter():
    """jieba with its dictionary loaded, imported when first asked for: the
    import (pkg_resources with it) is a third of a second of every process,
    and a build whose seeds and search entries are all in the cache never
    segments. Its dictionary loads quietly: its logger's "Building prefix
    dict…" is no news to an editor."""
    import jieba

    jieba.setLogLevel(60)
    _load_dictionary(jieba.dt)
    return jieba


def _load_dictionary(tokenizer) -> None:
    """jieba reads the cache of its dictionary with marshal.load on the open
    file, which Python reads piece by piece: 0.8 s of CPU in every process
    that segments. Read whole, the same cache loads in 0.3 s. Without a cache
    (the first run on a machine), or with another dictionary, jieba loads it
    its own way and writes the cache."""
    import marshal
    import tempfile

    import jieba

    if tokenizer.initialized:
        return
    if tokenizer.dictionary == jieba.DEFAULT_DICT and not tokenizer.cache_file:
        cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
        try:
            freq, total = marshal.loads(cache.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no cache yet, or not one jieba wrote: jieba's own load
        else:
            if isinstance(freq, dict) and isinstance(total, int):
                tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
                return
    tokenizer.initialize()


WORD_EDGE = 4  # Han characters each side of a break looked up as one word
EDGE_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,%d}$" % WORD_EDGE)
EDGE_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,%d}" % WORD_EDGE)


def _edges(above: str, below: str) -> tuple[str, str] | None:
    """The Han characters either side of a break, WORD_EDGE at most each."""
    tail, head = EDGE_TAIL_RE.search(above[-WORD_EDGE:]), EDGE_HEAD_RE.match(below)
    return (tail.group(), head.group()) if tail and head else None


def cuts_word(above: str, below: str, shortest: int = 2) -> bool:
    """A dictionary word of ``shortest`` characters or more runs across the
    break ("…金" / "融应用…"): a line break or a space there is the page's or
    the scanner's, not the text's."""
    edges = _edges(above, below)
    return edges is not None and _word_across(*edges, shortest)


def splits_word(left: str, right: str, shortest: int = 2) -> bool:
    """A space a scanner put inside a word: a dictionary word of ``shortest``
    characters or more runs across it, and the sides do not each end and begin
    with a word of two characters or more ("指导工作 服务社会": 工作服 runs
    across, but 工作 and 服务 are the words either side stands on)."""
    edges = _edges(left, right)
    return edges is not None and _word_across(*edges, shortest) and _a_side_is_half_a_word(*edges)


# The same few characters either side of a break are asked about again and again (nine times in
# ten over the seeds laid out by other extractors), each time a segmentation: the answers are kept.
@lru_cache(maxsize=16384)
def _word_across(tail: str, head: str, shortest: int) -> bool:
    start = 0
    for word in segmenter().cut(simplified(tail + head), HMM=False):  # 統 / 一 too
        if start < len(tail) < start + len(word) and len(word) >= shortest:
            return True
        start += len(word)
    return False


@lru_cache(maxsize=16384)
def _a_side_is_half_a_word(tail: str, head: str) -> bool:
    return len(segmenter().lcut(tail, HMM=False)[-1]) < 2 or len(segmenter().lcut(head, HMM=False)[0]) < 2
