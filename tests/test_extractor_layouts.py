"""Shapes real PDF extractors give Chinese official documents that the
other layouts do not: radicals for ideographs (pdfminer, PDFBox, MuPDF on a
PDF whose ToUnicode map names the radical a glyph shares with an ideograph),
and a paragraph's closing mark on a line of its own (PyMuPDF). Invented
text; the measure's `radicals_26` and `stops_26` layouts
(tests/devset/layout.py) measure the same on every real set."""
from __future__ import annotations

from builder.convert import convert_text
from builder.stages.decode import decode
from builder.text.radicals import twins

# A notice as a PDF with radicals in its ToUnicode map extracts it: ⼀ 一, ⼆ 二, ⼗ 十, ⽉ 月, ⽇ 日, ⻓ 长, ⼈ 人.
RADICAL_NOTICE = """\
⻓沙市⼈⺠政府办公厅关于加强道路管理的通知
⻓政办发〔2021〕12号
各区县（市）⼈⺠政府，市直机关各单位：
为加强道路管理，现通知如下。
⼀、明确责任。各区负责本区道路。
⼆、加强巡查。每⽉巡查⼀次。
⻓沙市⼈⺠政府办公厅
2021年3⽉15⽇
"""


def test_radicals_are_read_as_the_ideographs_they_twin():
    doc = convert_text(decode(RADICAL_NOTICE.encode()).text, "radicals.txt", "radicals").documents[0]
    assert doc.title == "长沙市人民政府办公厅关于加强道路管理的通知"
    assert doc.doc_number == "长政办发〔2021〕12号"
    assert doc.issuers == ["长沙市人民政府办公厅"]
    assert doc.date == "2021-03-15"
    assert doc.addressees == "各区县（市）人民政府，市直机关各单位"
    assert [p.label for p in doc.provisions] == ["一、", "二、"]


def test_the_report_lists_each_line_with_its_radicals():
    decoded = decode("第⼗条 本办法⾃公布之⽇起施⾏。\n⻓江\n".encode())
    assert decoded.text == "第十条 本办法自公布之日起施行。\n长江\n"
    assert decoded.repairs == [(1, "radical read as the ideograph it twins: ⼗→十 ⾃→自 ⽇→日 ⾏→行"),
                               (2, "radical read as the ideograph it twins: ⻓→长")]


def test_every_radical_with_a_twin_is_read_and_nothing_else_is():
    """The 214 Kangxi radicals and the 114 of the Radicals Supplement that Unicode twins
    with an ideograph; a radical with no twin (⺀) and the ideographs themselves stay."""
    table = twins()
    assert len(table) == 214 + 114
    assert all(0x2E80 <= ord(r) <= 0x2FDF and not 0x2E80 <= ord(i) <= 0x2FDF for r, i in table.items())
    assert decode("⺀一二十".encode()).text == "⺀一二十"
