"""Sections numbered by levels (GB/T 1.1 章条编号: 1, 1.1, 1.1.1), as a 预案
numbers its chapters and sections: each is a provision a reader can link,
cite and find in the page's outline, as a 第X条 is. Invented text through the
real input path, then the page and the data the site publishes.
"""
from __future__ import annotations

from builder.convert import convert
from builder.export import document_data
from builder.render import document_page, outline

PLAN = ["某某县人民政府办公室关于印发某某县防汛应急预案的通知", "各乡镇人民政府，县政府各部门：",
        "现将《某某县防汛应急预案》印发给你们，请认真贯彻执行。", "某某县人民政府办公室", "2023年5月1日",
        "某某县防汛应急预案", "1 总则", "1.1 编制目的", "为做好防汛工作，保障人民群众生命财产安全，制定本预案。",
        "1.2 适用范围", "本预案适用于全县行政区域内洪涝灾害的预防和应急处置。", "2 组织体系", "2.1 县防汛指挥部",
        "2.1.1 指挥部职责", "（一）组织全县防汛工作；", "（二）发布洪水预警。", "2.2 工作组",
        "1.综合组。负责综合协调。", "2.保障组。负责物资保障。", "3 附则", "3.1 预案管理",
        "本预案由县应急管理局负责解释。"]


def _plan():
    gazette = convert("\n".join(PLAN).encode("utf-8"), "x/x.txt", "x")
    (doc,) = gazette.documents
    return gazette, doc


def test_sections_nest_by_their_numbers_and_are_anchored_by_them():
    """1.1 under 1, 2.1.1 under 2.1; an item under a section is the
    section's; each anchor is the section's number, unique in the text."""
    _, doc = _plan()
    sections = {p.label: p for p in doc.provisions if p.kind == "section"}
    assert list(sections) == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.2", "3", "3.1"]
    assert sections["2.1.1"].eid == "text_1__clause_2-1-1" and sections["2.1.1"].parent == sections["2.1"].eid
    assert sections["1"].parent is None and sections["1.2"].parent == sections["1"].eid
    items = [p for p in doc.provisions if p.kind != "section"]
    assert [(p.label, p.parent) for p in items] == [("（一）", sections["2.1.1"].eid), ("（二）", sections["2.1.1"].eid),
                                                   ("1.", sections["2.2"].eid), ("2.", sections["2.2"].eid)]
    assert len({p.eid for p in doc.provisions}) == len(doc.provisions)


def test_the_page_sets_each_section_as_a_heading_with_its_anchor_and_lists_it_in_the_outline():
    gazette, doc = _plan()
    page = document_page(doc, gazette, None, None)
    # (Markdown escaped: '1\\.1' shows '1.1')
    assert '#### 1\\.1\u3000编制目的 {#text_1__clause_1-1 .gz-prov data-label="1.1"}' in page
    assert '##### 2\\.1.1\u3000指挥部职责 {#text_1__clause_2-1-1 .gz-prov data-label="2.1.1"}' in page
    (plan,) = outline(doc)
    titles = [(entry["title"], [child["title"] for child in entry["children"]]) for entry in plan["children"]]
    assert titles == [("1\u3000总则", ["1.1\u3000编制目的", "1.2\u3000适用范围"]),
                      ("2\u3000组织体系", ["2.1\u3000县防汛指挥部", "2.2\u3000工作组"]),
                      ("3\u3000附则", ["3.1\u3000预案管理"])]
    assert plan["children"][1]["children"][0]["children"][0]["id"] == "text_1__clause_2-1-1"


def test_the_data_gives_each_section_with_its_text():
    gazette, doc = _plan()
    provisions = {p["eid"]: p for p in document_data(doc, gazette)["provisions"]}
    assert provisions["text_1__clause_1-1"]["text"] == "为做好防汛工作，保障人民群众生命财产安全，制定本预案。"
    assert provisions["text_1__clause_1-1"]["heading"] == "编制目的"


def test_a_point_numbered_like_a_chapter_under_a_section_is_the_sections_point():
    """Control: '1.自然灾害' under section 1.3 of chapter 1 is no chapter 1 again."""
    lines = PLAN[:6] + ["1 总则", "1.3 分类分级", "突发事件主要分为以下两类：", "1.自然灾害", "2.事故灾难",
                        "1.4 工作原则", "坚持以人为本。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents[0]
    assert [(p.kind, p.label) for p in doc.provisions] == [("section", "1"), ("section", "1.3"), ("ar", "1."),
                                                           ("ar", "2."), ("section", "1.4")]


def test_each_entry_of_the_texts_own_contents_links_to_its_section():
    """A 预案's own 目录 ('1.1 编制目的……1'): each entry a link to the section
    it names, its leaders and page as printed; an entry naming no heading of
    the text stays text."""
    lines = PLAN[:6] + ["目 录", "1 总则……1", "1.1 编制目的……1", "1.2 适用范围……2", "4 附录……9"] + PLAN[6:]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    page = document_page(gazette.documents[0], gazette, None, None)
    assert "<li markdown>[1\\.1\u3000编制目的……1](#text_1__clause_1-1)</li>" in page
    assert "<li markdown>[1\u3000总则……1](#text_1__clause_1)</li>" in page
    assert "<li markdown>4附录……9</li>" in page


def test_the_last_chapter_with_no_sections_is_a_chapter_and_ends_its_line():
    """'3 附则' after chapter 2's sections, the text under it a sentence with
    no section of its own: a chapter heading alone on its line, not run into
    the sentence, and the text's third chapter."""
    lines = PLAN[:-3] + ["3 附则", "本预案由县应急管理局负责解释，自印发之日起施行。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents[0]
    last = doc.parts[1].blocks[-2:]
    assert [(last[0].kind, last[0].label, last[0].heading), last[1].text] == [
        ("section", "3", "附则"), "本预案由县应急管理局负责解释，自印发之日起施行。"]


def test_a_figure_out_of_the_chapters_order_is_no_chapter():
    """Control: '5 附则' after chapter 2 (no chapter 3 or 4) is no chapter of the outline."""
    lines = PLAN[:-3] + ["5 附则", "本预案由县应急管理局负责解释。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents[0]
    assert [p.label for p in doc.provisions if p.kind == "section"][-1] == "2.2"
