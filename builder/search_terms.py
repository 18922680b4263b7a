"""The keywords a document page is found by in the site search.

Material's search tokenises the page and the query differently. At build
time it cuts every run of Han characters with jieba and puts U+200B around
each word, so "荆政办发〔2022〕16号" is indexed as 荆 / 政办发 / 〔2022〕16 / 号 and
"2022年9月17日" as six terms. In the browser the query is split only by the
configured separator, and each Han run is matched greedily against the
index's terms, so Han characters stay glued to the digits beside them
("16号", "2022年9月17日") and such a query never meets the page text.

keywords() puts the doc number and the date into the page's `tags`, the one
field the search plugin indexes without jieba: there they are split by the
separator alone, exactly like the query. With the bracket shapes
〔〕[]()（）【】﹝﹞ in the separator, each bracket style of a number meets on the
same terms (荆政办发 · 2022 · 16号), and "2022年9月17日" stays one term, as typed.

No jieba user dictionary is built from the collection, on purpose: measured
over the browser test's queries, making issuer names, doc-number prefixes or
quoted title terms (“互联网+医疗健康”) single index terms made queries worse
and none better, because the browser can match an index term only by its
prefix: "医疗健康" as one term is no longer found by 健康.
"""
from __future__ import annotations

import re
from typing import Optional


def keywords(doc_number: Optional[str], date: Optional[str]) -> list[str]:
    """The doc number as printed; the date as ISO and as Chinese write it
    (2022-09-17 and 2022年9月17日, without leading zeros)."""
    out = [doc_number] if doc_number else []
    if date and (m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)):
        year, month, day = m.groups()
        out += [date, f"{year}年{int(month)}月{int(day)}日"]
    return out
