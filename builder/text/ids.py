"""Stable ASCII identifiers: derived from what a thing is, never from where it sits.

gazette id: city in pinyin, year, issue number ("jingzhou-2022-8-9");
document id: 发文字号 as pinyin initials, year and serial ("jzbf-2022-16"),
or, without a number, the title's initials and a short hash of the title.
"""
from __future__ import annotations

import hashlib
import re
from typing import Optional

from ..model import Gazette

from .frame import DOC_NUMBER_RE
from .lines import squash


def pinyin(text: str, first_letters: bool = False) -> list[str]:
    """pypinyin's dictionaries take 0.4 s to import, in every process: a
    build whose seeds are all in the cache makes no id and never loads them."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.FIRST_LETTER if first_letters else Style.NORMAL)


def initials(text: str, limit: int = 16) -> str:
    letters = pinyin(re.sub(r"[^\u4e00-\u9fa5]", "", text), first_letters=True)
    return "".join(letters)[:limit].lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def file_slug(stem: str) -> str:
    """A seed file's name as an address part, never empty: ASCII kept, Chinese
    in pinyin ("潜江 副本" → "qianjiang-fuben"), anything else a short hash."""
    readable = slug("-".join(pinyin(stem)))
    return readable or "f" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]


def city_of(name: Optional[str]) -> Optional[str]:
    """'潜江市人民政府公报' → '潜江市'. A 政报 is named after its place alone
    ('杭州政报', '山东政报'), which does not say whether a city's or a province's."""
    if not name or name.endswith("政报"):
        return None
    match = re.match(r"^(.+?市)", name) or re.match(r"^(.+?[州县区盟])", name)
    return match.group(1) if match else None


def gazette_id(name: Optional[str], year: Optional[int], issue_no: Optional[str], stem: str,
               newest: Optional[str] = None) -> str:
    """Without a printed issue number, the newest 成文日期 printed in the issue
    stands in ("puyang-2020-04-23": an issue comes out after its newest
    document); only a file that prints neither falls back on its file name,
    which may be a meaningless hash."""
    city = city_of(name)
    named = re.fullmatch(r"(.{2,10})政报", name or "")  # a 政报 is named after its place alone
    place = "".join(pinyin(named.group(1) if named else city[:-1])) if city or named else "gazette"
    if year and issue_no:
        return slug(f"{place}-{year}-{issue_no}")
    if newest:
        return slug(f"{place}-{newest}")
    return slug(f"{place}-{year or ''}-{file_slug(stem)}")


def document_id(doc_number: Optional[str], title: str) -> str:
    match = DOC_NUMBER_RE.search(doc_number or "")
    if match:
        return slug(f"{initials(match.group('prefix'))}-{match.group('year')}-{int(match.group('serial'))}")
    digest = hashlib.sha1(squash(title).encode("utf-8")).hexdigest()[:6]
    return slug(f"{initials(title, 12) or 'doc'}-{digest}")


def assign_document_ids(gazette: Gazette) -> None:
    seen: set[str] = set()
    for doc in gazette.documents:
        base = document_id(doc.doc_number, doc.title)
        doc_id, n = base, 2
        while doc_id in seen:
            doc_id, n = f"{base}-{n}", n + 1
        seen.add(doc_id)
        doc.id, doc.gazette = doc_id, gazette.id
