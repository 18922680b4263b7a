"""Stage 8: a document's metadata, read from the frame of its first part.

Reads a Document whose parts have their blocks; writes its 发文字号, issuers,
成文日期, 主送机关, 抄送 and attachments, and refines paragraph roles.

The frame of a Chinese official document is fixed: title, 发文字号,
主送机关, body, signature (issuers), 成文日期, then 附件 and 抄送. The
roles the structure stage gave the paragraphs are confirmed or refined here, and
the document's fields filled in.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Document, Gazette, Paragraph
from ..text.frame import ANNEX_LIST_RE, CC_RE, ORGAN_ENDINGS, iso_date, normal_doc_number
from ..text.ids import city_of
from ..text.numbering import LABEL_RE
from .split import is_addressee_line, is_doc_number_line

ORG_RE = re.compile(".+?(?:" + "|".join(ORGAN_ENDINGS) + ")")  # one organ's name, several in a row
TITLE_ISSUER_RE = re.compile(r"^(?P<issuer>.+?)(?:关于|转发|印发)")


def fill(doc: Document, gazette: Gazette) -> None:
    main = doc.parts[0]
    paragraphs = [b for b in main.blocks if isinstance(b, Paragraph)]
    for p in paragraphs[:3]:
        if is_doc_number_line(p.text) and doc.doc_number is None:
            p.role, doc.doc_number = "docnum", normal_doc_number(p.text)
        elif is_addressee_line(p.text) and doc.addressees is None and not LABEL_RE.match(p.text):
            p.role, doc.addressees = "addressee", p.text.rstrip(":：")
    dates = [p for p in paragraphs if p.role == "date"]
    if doc.kind == "任免" and len(dates) > 1:
        for p in dates:
            p.role = "heading"  # each date heads one batch of appointments, printed as such
        doc.date = max(filter(None, (iso_date(p.text) for p in dates)), default=None)  # complete on the last
    elif dates:
        doc.date = iso_date(dates[0].text)
    elif bylines := [p for p in paragraphs if p.role == "byline" and iso_date(p.text)]:
        doc.date = iso_date(bylines[0].text)  # a speech: "（2020年4月10日 根据录音整理）"
    else:
        # A speech carries its date under the title: "（2020年4月10日 根据录音整理）".
        for p in paragraphs[:2]:
            if re.match(r"^[（(].*[）)]$", p.text) and iso_date(p.text):
                p.role, doc.date = "note", iso_date(p.text)
                break
    signature = [p.text for p in paragraphs if p.role == "signature"]
    doc.issuers = issuers(doc.title, signature[:1], gazette.name, doc.kind)
    doc.attachments = _attachments([p for p in paragraphs if p.role == "attachments"])
    cc = [p.text for p in paragraphs if p.role == "cc"]
    doc.cc = CC_RE.sub("", cc[0]).lstrip() if cc else None


def issuers(title: str, signature: list[str], gazette_name: Optional[str],
            kind: Optional[str]) -> list[str]:
    """Issuers from the title prefix and the signature, in full and in order."""
    found: list[str] = []
    for line in signature:
        found += split_orgs(line.replace(" ", ""))
    if kind != "讲话":
        match = TITLE_ISSUER_RE.match(title)
        prefix = match.group("issuer") if match else re.sub(r"任免人员$|任免名单$", "", title) \
            if kind == "任免" else None
        if prefix:
            found += split_orgs(prefix)
    city = city_of(gazette_name)
    out: list[str] = []
    for org in found:
        if city and org.startswith("市") and not org.startswith(city):
            org = city + org[1:]
        if org not in out:
            out.append(org)
    return out


def split_orgs(text: str) -> list[str]:
    """'荆门市人民政府荆门军分区' → ['荆门市人民政府', '荆门军分区']."""
    parts = re.split(r"[、，,\s]+", text.strip())
    orgs: list[str] = []
    for part in parts:
        names = ORG_RE.findall(part)
        if names and "".join(names) == part:
            orgs.extend(names)
        elif part:
            orgs.append(part)
    return [o for o in orgs if len(o) >= 2]


def _attachments(blocks: list[Paragraph]) -> list[str]:
    out = []
    for p in blocks:
        text = ANNEX_LIST_RE.sub("", p.text).lstrip()
        for item in re.split(r"(?:^|\s)(?=\d{1,2}\s*[.、．])", text):
            item = LABEL_RE.sub(lambda m: m.group("rest"), item.strip()) if LABEL_RE.match(item.strip()) \
                else item.strip()
            if item:
                out.append(item)
    return out
