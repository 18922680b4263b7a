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


# A regulation as PyMuPDF extracts a PDF that sets each paragraph's closing mark apart.
STOP_LINES_RULES = """\
某市道路管理办法
第一条 为了加强道路管理，根据有关法律、法规，结合本市实
际，制定本办法
。
第二条 市交通运输主管部门履行下列职责
：
（一）组织编制道路规划
；
（二）监督道路养护
；
（三）法律、法规规定的其他职责
。
列入道路养护计划的项目应当征求沿线单位和公众的意见
。
第三条 本办法自2021年5月1日起施行
。
"""


def test_closing_marks_alone_on_a_line_end_the_line_above():
    """A sentence ending in a 文种 word ('…的意见') and its '。' under it opens no
    document; an item's '；' closes the item, no paragraph of marks alone."""
    gazette = convert_text(STOP_LINES_RULES, "stops.txt", "stops")
    assert [d.title for d in gazette.documents] == ["某市道路管理办法"]
    doc = gazette.documents[0]
    assert [p.label + p.heading + p.text for p in doc.provisions] == [
        "第一条为了加强道路管理，根据有关法律、法规，结合本市实际，制定本办法。",
        "第二条市交通运输主管部门履行下列职责：", "（一）组织编制道路规划；", "（二）监督道路养护；",
        "（三）法律、法规规定的其他职责。", "第三条本办法自2021年5月1日起施行。"]
    texts = [b.text for b in doc.parts[0].blocks if hasattr(b, "text")]
    assert "列入道路养护计划的项目应当征求沿线单位和公众的意见。" in texts
    assert not any(t and set(t) <= set("。；：") for t in texts)


def test_leaders_a_lone_dot_and_a_cells_last_piece_are_not_hung():
    """A table's cell wrapped in its column ('（寿命' / '岁）' / '）') keeps its piece in its column."""
    from builder.stages.layout import normalise
    lines, _ = normalise("第一章 总则\n……\n1\n.\n张三      （平均寿命\n          ）\n")
    assert [line.text for line in lines] == ["第一章 总则", "……", "1", ".", "张三（平均寿命", "）"]
