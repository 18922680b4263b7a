"""The data export: the site's machine-readable face (data/index.json and one
JSON file per document). The contract is described in docs/data.md and
checked against tests/fixtures/export.schema.json."""
from __future__ import annotations

from .model import Document, Gazette, Paragraph, Part, Provision, Table
from .render import document_url, gazette_url


def gazette_entry(g: Gazette) -> dict:
    return {"id": g.id, "name": g.name, "year": g.year, "issue": g.issue, "total_issue": g.total_issue,
            "date": g.date, "host": g.host, "source": g.source,
            "url": gazette_url(g) if g.is_issue else None}  # documents published one by one have no issue page


def document_entry(doc: Document) -> dict:
    key = f"{doc.gazette}/{doc.id}"
    return {"id": key, "gazette": doc.gazette, "title": doc.title, "kind": doc.kind,
            "doc_number": doc.doc_number, "issuers": doc.issuers, "date": doc.date,
            "url": document_url(doc), "data": f"data/documents/{key}.json"}


def index(gazettes: list[Gazette]) -> dict:
    return {"gazettes": [gazette_entry(g) for g in gazettes],
            "documents": [document_entry(d) for g in gazettes for d in g.documents]}


def document_data(doc: Document, gazette: Gazette) -> dict:
    data = document_entry(doc)
    data.update({
        "source": {"file": gazette.source, "lines": list(doc.lines)},
        "addressees": doc.addressees,
        "cc": doc.cc,
        "attachments": doc.attachments,
        "toc_page": doc.toc_page,
        "pages": [doc.first_page, doc.last_page],
        "parts": [{"eid": p.eid, "label": p.label, "title": p.title, "lines": list(p.lines), "blocks": _blocks(p),
                   "doc_number": p.doc_number, "issuers": p.issuers, "date": p.date} for p in doc.parts],
        "provisions": _provisions(doc),
        "appointments": _appointments(doc),
        "tables": [_table(t) for t in doc.tables],
        "references": [{"text": r.text, "target": r.target, "href": r.href, "eid": r.source_eid,
                        "line": r.line} for r in doc.references],
        "cited_by": doc.cited_by,
    })
    return data


def _blocks(part: Part) -> list[dict]:
    """The part's text in reading order, every paragraph included (an
    introduction, a closing line, a signature): what its page shows."""
    out: list[dict] = []
    for block in part.blocks:
        if isinstance(block, Provision):
            out.append({"type": "provision", "eid": block.eid, "label": block.label,
                        "heading": block.heading or None, "text": block.text, "lines": list(block.lines)})
        elif isinstance(block, Table):
            out.append({"type": "table", "eid": block.eid, "lines": list(block.lines)})
        else:
            out.append({"type": "paragraph", "role": block.role, "text": block.text, "lines": list(block.lines)})
    return out


def _provisions(doc: Document) -> list[dict]:
    """Each provision with its own text: the paragraphs that follow it up to
    the next provision belong to it (children are separate entries)."""
    out: list[dict] = []
    for part in doc.parts:
        current = None
        for block in part.blocks:
            if isinstance(block, Provision):
                current = {"eid": block.eid, "part": part.eid, "label": block.label,
                           "parent": block.parent, "heading": block.heading or None,
                           "text": block.text, "lines": list(block.lines), "date": block.date}
                out.append(current)
            elif isinstance(block, Paragraph) and current is not None and block.role in ("body", "row"):
                current["text"] = "\n".join(t for t in (current["text"], block.text) if t)
                current["lines"][1] = block.lines[1]
            elif isinstance(block, Paragraph) and block.role == "heading":
                current = None
    return out


def _appointments(doc: Document) -> list[dict]:
    """Each person of an appointment list (任免) with the heading of its batch
    (任命：, or the date of the decision) and the preamble above it."""
    out: list[dict] = []
    group = preamble = None
    for part in doc.parts:
        for block in part.blocks:
            if not isinstance(block, Paragraph):
                continue
            if block.role == "heading":
                group, preamble = block.text, None
            elif block.role == "preamble":
                preamble = block.text
            elif block.role == "person":
                out.append({"text": block.text, "group": group, "preamble": preamble,
                            "part": part.eid, "lines": list(block.lines)})
    return out


def _table(t: Table) -> dict:
    return {"eid": t.eid, "caption": t.caption, "note": t.note, "header_rows": t.header_rows,
            "lines": list(t.lines),
            "rows": [[{"text": c.text, "rowspan": c.rowspan, "colspan": c.colspan} for c in row]
                     for row in t.rows]}
