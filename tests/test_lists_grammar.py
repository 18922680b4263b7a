"""Lists set one item a line, none of them a sentence: a commendation's 附件
of names under headings that count them ('一等奖:3名', '先进集体（35个）'),
and a table a page copied one cell a line. Each item is a line of its own
in print; a join there runs a list into one paragraph, or a heading into
the text under it. Invented text, its lines as a printed issue or a page
gives them, through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.export import document_data
from test_variants import cut

BODY = ("2020年，全县各级党组织和广大党员干部紧紧围绕县委县政府中心工作，攻坚克难，真抓实干，涌现出一批先进集体和"
        "先进个人。为表彰先进，树立典型，经县委研究，决定对以下先进集体和先进个人予以表彰。希望受表彰的集体和个人"
        "珍惜荣誉，再接再厉，为全县高质量发展作出新的更大贡献。")
NOTICE = ["中共某某县委关于表彰2020年度先进基层党组织的决定", "各乡镇党委，县直各单位党组织：", *cut(BODY, 20),
          "附件：2020年度先进基层党组织名单", "中共某某县委", "2021年1月12日"]


def _annex(lines: list[str]) -> list[str]:
    doc, = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    return [block.text for block in doc.parts[-1].blocks]


@pytest.mark.parametrize("counted", [["一等奖:3名", "二等奖:2名"], ["一等奖（3个）", "二等奖（2个）"]])
def test_a_heading_that_counts_its_list_and_the_names_under_it_are_lines_of_their_own(counted):
    """'一等奖:3名' over 党组织 one a line, the last over the next heading: no
    name runs into a heading or into the name above it (a party's 总支 and
    支部 are organs' names as a 委员会 is)."""
    names = ["城关镇东街社区党支部", "民盟某某县总支", "县人民医院党总支", "县财政局机关党支部", "县教育局机关党委"]
    annex = ["附件", "2020年度先进基层党组织名单", counted[0], *names[:3], counted[1], *names[3:]]
    assert _annex(NOTICE + annex) == [counted[0], *names[:3], counted[1], *names[3:]]


def test_a_sentence_the_wrap_cut_after_a_count_goes_on():
    """Control: a count that a full line of a sentence ends on ('…共评出一等奖3名' / '，二等奖…') is no heading."""
    sentence = "本次评选活动共收到申报材料八十六份，经评审委员会评审，共评出一等奖3名，二等奖5名，三等奖8名。"
    lines = NOTICE[:2] + cut(sentence, 18) + NOTICE[-2:]
    assert any(sentence in text for text in _annex(lines))


# ---------------------------------------------------------------- lines of one cell or one name

REPORT = ["前进区教育局2020年政府信息公开工作年度报告",
          "根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告所列数据统计期限为2020年1月1日至12月31日。",
          "一、总体情况",
          "2020年，前进区教育局认真贯彻区委、区政府关于政务公开的有关要求，及时准确公开政府信息，回应社会关切。",
          "二、主动公开政府信息情况",
          *["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
          *[cell for kind in ("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制",
                                                              "行政事业性收费", "政府集中采购") for cell in (kind, "0", "0", "0")],
          "三、存在的主要问题及改进情况",
          "一是公开内容不够全面，二是解读回应不够及时。下一步，我局将进一步加强政府信息公开工作。"]


def test_a_table_one_cell_a_line_sets_no_measure():
    """A page that copied its table one cell a line holds more cells than
    sentences; the cells (a figure, a word) are no evidence of how wide the
    print ran (text.measure: no measure is narrower than ten characters), so
    a heading as wide as a cell or two is no line the wrap filled: it ends
    on its line, and the paragraph under it is its text."""
    doc, = convert("\n".join(REPORT).encode("utf-8"), "x/report.txt", "report").documents
    blocks = doc.parts[0].blocks
    at = next(n for n, b in enumerate(blocks) if getattr(b, "label", "") == "一、")
    assert (blocks[at].heading, blocks[at].text, blocks[at + 1].text) == ("总体情况", "", REPORT[3])


# ---------------------------------------------------------------- items one a line shown as a list

def _blocks(lines: list[str]):
    doc, = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    return doc, [block for part in doc.parts for block in part.blocks]


PLACES = ["大明湖（自然地理实体）", "芙蓉街（街巷）", "四门塔（建筑物）", "朱家峪（村落）"]
# A page one paragraph a line (its long paragraphs end on their stops: measure.wraps reads no wrap).
NAMING = ["某某市人民政府关于公布第一批地名文化遗产保护名录的通知", "各区县人民政府，市政府各部门：",
          "为加强地名文化遗产保护，传承优秀传统文化，根据《地名管理条例》和省有关规定，市人民政府组织开展了地名文化遗产认定工作。",
          "经各区县申报、专家评审和社会公示，确定了第一批地名文化遗产保护名录，现予以公布，名录所列地名共计四处，名录如下：",
          *PLACES,
          "各区县人民政府要切实履行保护主体责任，建立健全保护管理制度，加强日常巡查和维护，确保地名文化遗产得到有效保护。",
          "市民政局要会同有关部门加强业务指导和监督检查，及时研究解决保护工作中的困难和问题，推动保护工作落到实处。",
          "各有关单位要加大宣传力度，充分利用各类媒体广泛宣传地名文化遗产的历史价值，营造全社会共同保护的良好氛围。",
          "某某市人民政府", "2021年5月6日"]


def test_items_one_a_line_are_a_list_s_rows():
    """Places one a line, short, no sentence in any: each a row of one list,
    which the page shows one a line as printed (gz-rows), no item a
    paragraph of the text's own."""
    doc, blocks = _blocks(NAMING)
    assert [b.role for b in blocks if b.text in PLACES] == ["row"] * 4
    assert doc.issuers == ["某某市人民政府"] and doc.date == "2021-05-06"


@pytest.mark.parametrize("members", [["组长：张某某", "副组长：李某某", "成员：王某某"],
                                     ["一等奖：甲县", "二等奖：乙县、丙县", "三等奖：丁县"]])
def test_posts_or_grades_and_their_names_one_a_line_are_rows(members):
    """A group's posts or a commendation's grades, each with its names after a
    colon, one a line: the rows of a list."""
    _, blocks = _blocks(NAMING[:4] + members + NAMING[-5:])
    assert [b.role for b in blocks if b.text in members] == ["row"] * 3


def test_a_heading_a_closing_formula_and_a_signature_are_no_rows():
    """Control: a short line alone between sentences, the 结束语 over the
    signature and the signature over its date are what they were."""
    lines = NAMING[:4] + ["一、总体要求", "坚持保护优先，合理利用。", "工作目标",
                          "到2025年，建成地名文化遗产保护体系。"] + NAMING[-5:-2] + ["特此通知"] + NAMING[-2:]
    doc, blocks = _blocks(lines)
    roles = {b.text: getattr(b, "role", None) for b in blocks}
    assert roles["工作目标"] == "body" and roles["特此通知"] == "body" and roles["某某市人民政府"] == "signature"


def test_rows_under_an_item_are_its_text_in_the_export():
    """The rows under a numbered item are that item's text in the export, as a
    paragraph under it is."""
    lines = NAMING[:4] + ["一、保护名录", *PLACES, "二、工作要求"] + NAMING[-5:]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    first = next(p for p in document_data(gazette.documents[0], gazette)["provisions"] if p["label"].startswith("一"))
    assert all(place in first["text"] for place in PLACES)


def test_a_title_printed_again_over_its_number_is_no_row():
    """Control: a page that prints the title again over the 发文字号 (the
    headline, then the document's own head) has no list there: the 发文字号
    is the frame's, and the title's copy a paragraph; the places are one list."""
    from builder.render import document_page
    title = "某某市人民政府办公室关于成立某某市抗震救灾指挥部的通知"
    gazette = convert("\n".join([title, title, "某政办函〔2022〕52号"] + NAMING[1:]).encode("utf-8"), "x/x.txt", "x")
    doc, = gazette.documents
    roles = [b.role for part in doc.parts for b in part.blocks if getattr(b, "text", None) == title]
    assert roles == ["body"] and doc.doc_number == "某政办函〔2022〕52号"
    assert document_page(doc, gazette, None, None).count('class="gz-rows"') == 1


def test_a_row_alone_is_shown_as_a_paragraph():
    """A row whose neighbours the frame took (a 署名, a 发文字号 read later)
    stands alone: no list of one item."""
    from builder.render import document_page
    gazette = convert("\n".join(NAMING).encode("utf-8"), "x/x.txt", "x")
    doc, = gazette.documents
    rows = [b for part in doc.parts for b in part.blocks if getattr(b, "role", None) == "row"]
    for row in rows[1:]:
        row.role = "body"
    assert 'class="gz-rows"' not in document_page(doc, gazette, None, None)


ITEMS = ["研究制定全市自然资源资产管理的相关政策和制度。", "负责土地征收、收购、储备和出让中重大事项的决策。",
         "需提交委员会审议的其他事项。"]
RULES = ["某某市自然资源资产管理委员会会议制度", "第一条　为规范委员会会议，制定本制度。", "第二条　委员会审议事项",
         *(f"- {item}" for item in ITEMS), "委员会原则上每月召开一次，也可根据需要及时召开。",
         "第三条　本制度自印发之日起施行。"]


def test_items_the_extractor_set_as_a_list_are_shown_as_one():
    """Lines a markdown-writing extractor set as list items ('- 研究制定…')
    under an article's heading are a list in print: the page shows them as
    one, bulleted, each item whole; the export keeps them as the article's
    text, and the paragraph under them stays a paragraph."""
    from builder.render import document_page
    gazette = convert("\n".join(RULES).encode("utf-8"), "x/x.txt", "x")
    doc, = gazette.documents
    page = document_page(doc, gazette, None, None)
    assert page.count('class="gz-items"') == 1
    listed = page[page.index('class="gz-items"'):page.index("</ul>", page.index('class="gz-items"'))]
    assert [item in listed for item in ITEMS] == [True] * 3 and "每月召开" not in listed
    article, = [p for p in document_data(doc, gazette)["provisions"] if p["label"] == "第二条"]
    assert all(item in article["text"] for item in ITEMS)


def test_labelled_items_are_provisions_and_plain_lines_no_list():
    """A dashed line that carries its own number ('- （一）…') is a provision
    of the text, shown as one; the same items without the extractor's dashes
    are paragraphs: no list the print did not set."""
    from builder.render import document_page
    numbered = [line.replace("- ", f"- （{n}）") for line, n in zip(RULES[3:6], "一二三")]
    gazette = convert("\n".join(RULES[:3] + numbered + RULES[6:]).encode("utf-8"), "x/x.txt", "x")
    doc, = gazette.documents
    assert 'class="gz-items"' not in document_page(doc, gazette, None, None)
    assert [p["label"] for p in document_data(doc, gazette)["provisions"]].count("（二）") == 1
    plain = convert("\n".join(RULES[:3] + ITEMS + RULES[6:]).encode("utf-8"), "x/x.txt", "x")
    assert 'class="gz-items"' not in document_page(plain.documents[0], plain, None, None)
