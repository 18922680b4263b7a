"""The converter: one seed file in, one Gazette out; the pipeline entry.

    stages.decode → stages.layout.normalise → stages.masthead.read_toc
      → stages.split.split_documents → stages.masthead.read_masthead
      → per part: stages.tables.extract_tables → stages.paragraphs.paragraphs
      → stages.genres.structure_part (a genre's, or stages.structure's)
      → stages.punctuation.restore_document → stages.metadata.fill;
      per gazette: stages.pages.assign_pages

Each arrow is a pure function over the model; this module only wires them
and collects diagnostics. It never raises on body text: input that cannot
be read raises decode.InputError, which the caller reports.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Optional, Sequence

from .model import Diagnostic, Document, Gazette, Line, Paragraph, Part, Table, TocEntry
from .stages import metadata, punctuation
from .stages.decode import InputError, decode
from .stages.layout import (BARE_FOLIO_RE, FOLIO_RE, FOLIOED_NAME_RE, RUNNING_HEADER_RE, address_heads, name_label_lines,
                            name_rows, news_lead_heads, normalise, page_number, strip_title_colons, unwrap_title_notes)
from .stages.masthead import from_file_name, imprint_start, read_masthead, read_toc, section_name
from .stages.pages import assign_pages
from .stages.paragraphs import paragraphs
from .stages.split import (DocSpan, is_addressee_line, is_doc_number_line, is_order_name, part_body_start, part_label,
                           published_title, split_documents, title_in, unfold_title_numbers, unquoted_title, wrapped)
from .stages.split.titles import HEADLINE_DAY_RE
from .stages.genres import starts_paragraph, structure_part
from .stages.tables import extract_tables
from .text.frame import (older_order_heading, ANNEX_ITEM_RE, ANNEX_LIST_RE, FRONT_MATTER_RE, ISSUER_MARK_RE, ISSUING_WORDS,
                         ORDER_NUMBER_RE, SALUTATION_RE, contents_entries, kind_of, same_body)
from .text.ids import assign_document_ids, gazette_id
from .text.lines import ends_sentence
from .text.measure import measure

# The site side reaches the stages only through these (tests/test_architecture.py).
__all__ = ["InputError", "convert", "convert_file", "convert_plain", "convert_text", "decode"]


def convert_file(path: Path) -> Gazette:
    return convert(path.read_bytes(), f"seeds/{path.name}", path.stem)


def convert(data: bytes, source: str, stem: str) -> Gazette:
    decoded = decode(data)
    gazette = convert_text(decoded.text, source, stem, decoded.annotated)
    gazette.diagnostics[:0] = [Diagnostic(source, line, "repaired-input", what, "warning")
                               for line, what in decoded.repairs]
    return gazette


def convert_text(text: str, source: str, stem: str,
                 annotated: Mapping[int, Sequence[tuple[int, int]]] = MappingProxyType({})) -> Gazette:
    """The decoded text (annotated: where on each seed line decode took annotations out, and their print
    columns) as a Gazette."""
    lines, furniture = normalise(text, annotated)
    lines, addresses = address_heads(lines)  # a copy's note of the page it copied, run into the title's line
    furniture += addresses
    lines, leads = news_lead_heads(lines)  # a portal's news lead, the day, organ and verb run into the 标题's line
    furniture += leads
    lines, rows = name_rows(lines)  # a page's metadata table that alone holds the 标题 and the 发文字号
    furniture += rows
    lines = strip_title_colons(lines)  # a page's colon after the 标题, over its 主送
    lines = unwrap_title_notes(lines)  # a portal's '(原标题:…)' note, all the page prints of the 标题
    lines, _, headers = _drop_section_headers(lines, *read_toc(lines), furniture)  # before a title is read below one
    lines = unfold_title_numbers(lines, measure(lines))
    toc, toc_used = read_toc(lines)
    furniture += headers
    listed_lines, listed = name_label_lines(lines)  # the same metadata printed as a list, the running heads gone
    if listed:
        at = {id(line): k for k, line in enumerate(listed_lines)}
        toc_used = {at[id(lines[i])] for i in toc_used if id(lines[i]) in at}
        lines, furniture = listed_lines, furniture + listed
    back = imprint_start(lines)  # the imprint a back page prints after the last document
    lines, imprint = lines[:back], lines[back:]
    full_width = measure(lines)
    spans, diagnostics = split_documents(lines, toc, toc_used, source, full_width)
    body_start = spans[0].start if spans else len(lines)
    front = lines[:body_start]
    mast = read_masthead(front + imprint, lines + furniture)
    from_file_name(mast, stem)
    gazette = Gazette(id="", source=source, name=mast.name, year=mast.year, issue=mast.issue,
                      total_issue=mast.total_issue, date=mast.date, host=mast.host, toc=toc,
                      diagnostics=diagnostics)
    gazette.front_matter, _ = paragraphs([line for i, line in enumerate(front) if i not in toc_used],
                                         full_width)
    gazette.back_matter = [Paragraph(text=line.text, lines=(line.no, line.no)) for line in imprint]  # a field a line
    for span in spans:
        gazette.documents.append(_document(lines, span, full_width, gazette))
    if not spans:
        gazette.documents.append(_unplaced(lines, source, stem, gazette))
        gazette.front_matter = []
    dates = sorted(d.date for d in gazette.documents if d.date and re.fullmatch(r"\d{4}-\d\d-\d\d", d.date))
    if gazette.year is None:
        gazette.year = int(dates[-1][:4]) if dates else None
    gazette.id = gazette_id(gazette.name, gazette.year, mast.issue_no, stem, dates[-1] if dates else None)
    assign_document_ids(gazette)
    assign_pages(gazette, furniture)
    for span, doc in zip(spans, gazette.documents):
        if span.toc:
            span.toc.document = doc.id
    return gazette


def convert_plain(text: str, source: str, stem: str) -> Gazette:
    """The text alone, one page, no structure: what a reader still gets of a
    file the converter failed on."""
    lines, _ = normalise(text)
    gazette = Gazette(id=gazette_id(None, None, None, stem), source=source, name=None, year=None,
                      issue=None, total_issue=None, date=None)
    gazette.documents.append(_unplaced(lines, source, stem, gazette))
    assign_document_ids(gazette)
    return gazette


def _drop_section_headers(lines: list[Line], toc: list[TocEntry], toc_used: set[int], furniture: list[Line]):
    """A gazette prints the 目录 section of the page (国务院文件, 部门文件) as
    the running header of its odd pages: in the body such a line is page
    furniture, wherever the page break fell (mid-paragraph, mid-title), and
    so is a page number printed bare right above it, and the banner many
    gazettes print over a section's first document, the same name set off
    ('【市政府文件】'): it is taken out before any title is read under it. A 目录 that groups
    政府令 under the order's name ("XX市人民政府令") heads a section with
    what is also the 令's own title, and one that groups documents under
    their issuer's 发文机关标志 ("XX人民政府办公厅文件") what is also a
    document's: with its number under it, 第N号 or 发文字号, or its own
    title under it, that line is the document's 版头, not furniture (GB/T
    9704 7.2, 10.2); a 发文机关标志 at a page break (page furniture removed
    above it, or a bare page number; or under it, the next page's head not
    under that) is still the running header there, but over its page's
    footer and the next page's head (_closes_its_page): a page's last line.
    A page prints one running head: a 标志 under the gazette's own head, set
    aside right above it, is no head of that page, and over its frame it is
    the document's 版头 (_page_headed_above)."""
    sections = {entry.section for entry in toc if entry.section}
    drop = {i for i, line in enumerate(lines) if i not in toc_used and section_name(line.text) in sections
            and not (i + 1 < len(lines) and _heads_frame(
                line, lines[i + 1].text, i > 0 and bool(BARE_FOLIO_RE.match(lines[i - 1].text))
                or lines[i + 1].after_page_break and section_name(lines[i + 1].text) not in sections
                and not _closes_its_page(line, lines[i + 1], furniture)))}
    drop |= {i for i, line in enumerate(lines) if i not in toc_used and _folioed_section(line.text, sections)}
    drop |= _repeated_heads(lines, toc_used, furniture)
    # (a 标志 under the page's own running head, over its frame, opens its document: _page_headed_above)
    drop -= {i for i in drop if i + 1 < len(lines) and _page_headed_above(lines, i, furniture)
             and _heads_frame(lines[i], lines[i + 1].text, False, headed=True)}
    drop |= {i - 1 for i in drop if i > 0 and i - 1 not in toc_used and BARE_FOLIO_RE.match(lines[i - 1].text)}
    if not drop:
        return lines, toc_used, []
    kept = [i for i in range(len(lines)) if i not in drop]
    moved = {old: new for new, old in enumerate(kept)}
    # (the line under a running head opens a page, as under the furniture the layout set aside)
    return [replace(lines[i], after_page_break=True) if i - 1 in drop else lines[i] for i in kept], \
        {moved[i] for i in toc_used}, [lines[i] for i in sorted(drop)]


def _page_headed_above(lines: list[Line], i: int, furniture: list[Line]) -> bool:
    """The furniture set aside right above line i ends on the gazette's own
    running head (its name and issue, layout.RUNNING_HEADER_RE, or its name
    with the page's number): the page opened there has its 书眉 already, and
    a gazette's page prints one (the gazette's name on one page, the 目录
    section's on the facing one: the layout statistics of its pages), so a
    发文机关标志 right under it is no running head of that page."""
    after = lines[i - 1].no if i > 0 else 0
    above = [f.text for f in furniture if after < f.no < lines[i].no]
    return bool(above) and bool(RUNNING_HEADER_RE.match(above[-1].replace("\u3000", " "))
                                or FOLIOED_NAME_RE.match(above[-1]))


def _closes_its_page(line: Line, below: Line, furniture: list[Line]) -> bool:
    """The page's footer, then the next page's running head, were set aside
    between line and the line below it: line is the last of its page, no
    head over it (an extractor that gives a page's furniture first sets the
    head over the footer, and the text under both)."""
    between = [f.text for f in furniture if line.no < f.no < below.no]
    folio = next((k for k, text in enumerate(between) if FOLIO_RE.match(text) or BARE_FOLIO_RE.match(text)), None)
    return folio is not None and any(not (FOLIO_RE.match(text) or BARE_FOLIO_RE.match(text))
                                     for text in between[folio + 1:])


def _repeated_heads(lines: list[Line], toc_used: set[int], furniture: list[Line]) -> set[int]:
    """A running head no 目录 names (an issue without one, or a head it does
    not list): a short line of words alone (no sentence's mark, no figure:
    no 发文字号, date or numbered heading) that the pages open on again and
    again, page furniture removed right above it each time, and the page's
    text under it (a name under a footer with the next footer or the file's
    end right under it heads no page: a text's line, a signer's). Each time
    opens another page: where the footers over its times number the same
    page twice, the line is the text's (a signer's under two footers that
    read '— 3 —' each)."""
    tops = [i for i, line in enumerate(lines) if line.after_page_break and i not in toc_used
            and RUNNING_HEAD_RE.fullmatch(line.text) and i + 1 < len(lines) and not lines[i + 1].after_page_break]
    at: dict[str, list[int]] = {}
    for i in tops:
        at.setdefault(lines[i].text, []).append(i)
    return {i for found in at.values() if len(found) >= 2 and _other_pages(lines, found, furniture) for i in found}


def _other_pages(lines: list[Line], tops: list[int], furniture: list[Line]) -> bool:
    """No two of the lines at tops stand under footers that number the same page."""
    pages = [page_number(f.text) for i in tops if i > 0 for f in furniture
             if lines[i - 1].no < f.no < lines[i].no and (FOLIO_RE.match(f.text) or BARE_FOLIO_RE.match(f.text))]
    return len(pages) == len(set(pages))


RUNNING_HEAD_RE = re.compile(r"[\u4e00-\u9fa5（）()【】\s]{2,20}")


# The page's number at a running head's outer end, as a book's 书眉 sets it ('部门文件　7', '— 8 —　国务院文件'):
# the layout closed up the gap that set it apart.
HEAD_FOLIO_RE = re.compile(r"^(?P<before>[—－\-–·•]*\d{1,4}[—－\-–·•]*)?(?P<head>.+?)(?P<after>[—－\-–·•]*\d{1,4}[—－\-–·•]*)?$")


def _folioed_section(text: str, sections: set[str]) -> bool:
    """A 目录 section's name with the page's number before or after it: a
    running head, never a 版头 (which carries no page number). A name that
    opens on figures of its own (a hotline's office, frame.HOTLINE_NUMBER:
    '12345…办公室文件　3') keeps them: the page's number is the figures
    that, taken off, leave the section's name whole."""
    match = HEAD_FOLIO_RE.match(text.replace(" ", ""))
    if bool(match) and bool(match.group("before")) != bool(match.group("after")) \
            and section_name(match.group("head")) in sections:
        return True
    after = FOLIO_AFTER_RE.match(text.replace(" ", ""))
    return bool(after) and section_name(after.group("head")) in sections


FOLIO_AFTER_RE = re.compile(r"^(?P<head>.+?)[—－\-–·•]*\d{1,4}[—－\-–·•]*$")


def _heads_frame(line: Line, below: str, at_page_break: bool, headed: bool = False) -> bool:
    """A 令's title over its 第N号, or a 发文机关标志 within the text (not
    at a page break, unless the page's own running head stands set aside
    right above it: headed, _page_headed_above) over its 发文字号 or over a
    title that begins with the organ's name (标题 = 发文机关 + 事由 + 文种),
    perhaps wrapped inside it, or by its short name before 关于 (规范化简称,
    GB/T 9704 7.3.1: '扬州市人民政府办公室文件' over '市政府办公室关于…', same_body),
    or with 关于 or the verb of a notice that passes a text on, 转发, 印发 or
    批转 (the 事由's opening: a title that leaves out the organ its 版头 names,
    the 发文字号 printed under it): a 版头."""
    if kind_of(line.text) == "令":
        return bool(ORDER_NUMBER_RE.match(below))
    mark = line.text.replace(" ", "")
    if not ISSUER_MARK_RE.match(mark) or line.after_page_break and not headed or at_page_break:
        return False
    organ, head = re.sub(r"(?:[（(][^（）()]*[）)])?文件$", "", mark), below.replace(" ", "")
    shared = min(len(organ), len(head))
    short = re.match(r"(.{2,20}?)关于", head)
    return is_doc_number_line(below) or (shared >= 4 and organ[:shared] == head[:shared]) \
        or bool(short) and same_body(short.group(1), organ) or bool(re.match(ISSUING_WORDS, head))



def _document(lines: list[Line], span: DocSpan, full_width: float, gazette: Gazette) -> Document:
    head = unquoted_title(span.title.title)
    title = published_title(lines, span) or head
    # A page's headline that quoted the title and printed its day after it (unquoted_title) is shown under the
    # title as printed, as an order's name is (render._part): no word of the page is lost, none is the title's
    # or its date (the 成文日期 is under the signature). So is the head of a text a 公告 publishes.
    if head != span.title.title and HEADLINE_DAY_RE.search(span.title.title):
        head = span.title.title
    kind = kind_of(title)
    header_end = span.title.end
    doc = Document(id="", gazette="", title=title, kind=kind, doc_number=None,
                   issuers=[], date=None,
                   lines=(lines[span.start].no, lines[span.end - 1].no),
                   toc_page=span.toc.page if span.toc else None)
    bounds = [(header_end, None, None)] + [(start, title, annex) for start, title, annex in span.parts]
    for n, (start, title, annex) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else span.end
        if n == 0:
            eid = "main"
            body_start = start
        else:
            eid = f"annex_{annex}" if annex else f"text_{n}"
            body_start = part_body_start(lines, start, end, title)
        # The main part opens with what is printed above the title (the 发文机关标志, a
        # 令's regulation title), which ends there: the frame under the title starts afresh.
        above = lines[span.start:span.title.start] if n == 0 else []
        part_lines = above + [replace(line, starts_block=True) if above and k == 0 else line
                              for k, line in enumerate(lines[body_start:end])]
        part = Part(eid=eid, title=_printed_twice(title) if n else head,
                    label=part_label(lines[start].text, title)
                    if n and body_start > start and not title_in(lines[start].text, title) else None,
                    lines=(lines[start].no if start < len(lines) else doc.lines[1],
                           lines[end - 1].no if end > start else doc.lines[1]))
        part.blocks, diags = _blocks(part_lines, full_width, eid, gazette.source,
                                     kind if n == 0 else kind_of(title or ""), part.title)
        gazette.diagnostics.extend(diags)
        gazette.diagnostics.extend(_unrebuilt_form(part, gazette.source))
        doc.parts.append(part)
    restored = punctuation.restore_document(doc)
    if restored:
        gazette.diagnostics.append(Diagnostic(
            gazette.source, doc.lines[0], "fullwidth-punctuation",
            f"“{doc.title[:20]}”中汉字之间的 {restored} 个半角标点按全角显示（“,” → “，”）"))
    metadata.fill(doc, gazette, span.toc.section if span.toc else None)
    return doc


def _printed_twice(title: Optional[str]) -> Optional[str]:
    """GB/T 9704 7.3.1: a text's 标题 is set once over it. A page that rendered
    the heading of the text a notice issues twice on one line ('…实施方案…实施方案',
    the same words end to end, a space between or none) titles the part once;
    the lines keep what the page printed (part_body_start reads them whole)."""
    match = PRINTED_TWICE_RE.fullmatch(title or "")
    return match.group(1) if match else title


PRINTED_TWICE_RE = re.compile(r"(\S.{5,}?)\s*\1")  # the same six characters or more, end to end


FORM_TITLE_RE = re.compile(r"表$")  # 申请表, 登记表, 一览表: an attached form


def _cell_like(text: str) -> bool:
    return len(text) <= 16 and not re.search(r"[。，；,;]", text)


def _unrebuilt_form(part: Part, source: str) -> list[Diagnostic]:
    """An attached form (…表) printed one cell per line, as extractors give a
    table without tabs, stays a list of short lines; the report says its
    table was not rebuilt."""
    if part.eid == "main" or not FORM_TITLE_RE.search(part.title or "") \
            or any(isinstance(b, Table) for b in part.blocks):
        return []
    cells = [b for b in part.blocks if isinstance(b, Paragraph) and _cell_like(b.text)]
    if len(cells) < 3:
        return []
    return [Diagnostic(source, part.lines[0], "table-unrebuilt",
                       f"{part.title}：逐格一行排印的表格按列表显示，未重建为表格")]


def _blocks(part_lines: list[Line], full_width: float, eid: str, source: str, kind: Optional[str],
            title: Optional[str]):
    # The 发文字号, the 主送 and a speech's 称谓 ('各位代表：', no 主送) each stand on a line of their own.
    breaks = starts_paragraph(kind) or \
        (lambda line: is_doc_number_line(line.text) or is_addressee_line(line.text) or bool(SALUTATION_RE.match(line.text)))
    sequence: list[Paragraph | Table] = []
    diagnostics: list[Diagnostic] = []
    run: list[Line] = []
    # A 发文字号 line (or a 政府令's 第N号) stands alone (GB/T 9704): the line
    # under it starts a paragraph even when the number fills the measure.
    # So does each entry of a text's own 目录, and its first heading printed again under it, a
    # heading alone on its line (contents_entries), and the heading of a text's front matter, its
    # 目录 or 前言, and the line under it.
    # (Not '目录' under an 附件说明's item the wrap filled mid-name: '3.…事项' / '目录' goes on.)
    filled = [wrapped(line, full_width) for line in part_lines]
    entries = contents_entries([line.text for line in part_lines], filled)
    front = {n for n, line in enumerate(part_lines) if FRONT_MATTER_RE.match(line.text.strip())
             and not (n and filled[n - 1] and not ends_sentence(part_lines[n - 1].text)
                      and (ANNEX_LIST_RE.match(part_lines[n - 1].text) or ANNEX_ITEM_RE.match(part_lines[n - 1].text)))}
    part_lines = [replace(line, starts_block=True) if n in entries or n in front or n and (
                      is_doc_number_line(part_lines[n - 1].text) or ORDER_NUMBER_RE.match(part_lines[n - 1].text)
                      or older_order_heading(part_lines[n - 1].text)
                      or n - 1 in front
                      or ORDER_NUMBER_RE.match(line.text.strip()) and is_order_name(part_lines[n - 1].text.strip()))
                  else line for n, line in enumerate(part_lines)]
    items, table_diagnostics = extract_tables(part_lines, source)
    if FORM_TITLE_RE.search(title or "") and not any(isinstance(item, Table) for item in items):
        # An attached form printed one cell per line: each cell stays a line of its own.
        items = [replace(item, starts_block=True) if isinstance(item, Line) and _cell_like(item.text) else item
                 for item in items]
    for item in items + [None]:
        if isinstance(item, Line):
            run.append(item)
            continue
        found, doubts = paragraphs(run, full_width, breaks, source)
        sequence.extend(found)
        diagnostics.extend(doubts)
        run = []
        if item is not None:
            sequence.append(item)
    prefix = "" if eid == "main" else eid
    tables = [b for b in sequence if isinstance(b, Table)]
    for n, table in enumerate(tables, start=1):
        table.eid = f"{prefix}__table_{n}" if prefix else f"table_{n}"
    blocks, found = structure_part(sequence, prefix, source, kind, title)
    return blocks, table_diagnostics + diagnostics + found


def _unplaced(lines: list[Line], source: str, stem: str, gazette: Gazette) -> Document:
    """A file with text but no recognisable document still gets a page."""
    gazette.diagnostics.append(Diagnostic(source, lines[0].no if lines else None, "no-document",
                                          "no document title found; the whole text is shown as one page",
                                          "warning"))
    title = lines[0].text[:60] if lines else stem
    doc = Document(id="", gazette="", title=title, kind=None, doc_number=None, issuers=[], date=None,
                   lines=(lines[0].no, lines[-1].no) if lines else (1, 1))
    part = Part(eid="main", title=title, lines=doc.lines)
    # Its numbering is read as any text's: each article and item still has its own address.
    part.blocks, diags = _blocks(lines, measure(lines), "main", source, None, None)
    gazette.diagnostics.extend(diags)
    doc.parts.append(part)
    return doc
