"""The document grammar on layouts of the hundred-and-eighty-fifth held-out
set's kind (issue #11): emergency plans (应急预案) of county offices, towns
and county bureaus, each under the notice that issues it, numbered 一、（一）1、
or by levels (1 / 1.1 / 1.1.1), as county portals and mirrors store them.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县教育局文件", "某教发〔2019〕3号", "某某县教育局", "关于印发《某某县教育系统突发事件",
          "应急预案》的通知", "各中小学校、幼儿园：", "《某某县教育系统突发事件应急预案》已经局党组研究同意，现印发给你们，请遵照执行。",
          "某某县教育局", "2019年4月2日", "某某县教育系统突发事件应急预案", "一、总则", "（一）编制目的",
          "为有效处置学校突发事件，保障师生生命安全，制定本预案。", "（二）适用范围"]
LEAD = "本预案适用于全县各级各类学校应对突发事件的处置工作。所称突发事件，主要包括以下几个方面："
ITEM = "1、自然灾害类事件。包括：暴雨、洪水、地震等灾害对学校造成的损害等。"


def _items(doc) -> list[tuple[str, str]]:
    return [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lone_first_item_under_the_lead_that_announces_the_list_is_its_first(columns):
    """Numbering grammar: a lead that announces items in a colon ('…主要包括
    以下几个方面：', '…如下：', '下列…：') is followed by the list's items, so a
    '1、' right under it is the first, though the page's excerpt stops before
    the second."""
    doc, = _documents(NOTICE + [LEAD, ITEM], columns)
    assert [label for label, _ in _items(doc)] == ["一、", "（一）", "（二）", "1、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lone_1_under_a_sentence_that_announces_nothing_stays_a_paragraph(columns):
    """The control: a lone '1、' under a paragraph that ends on a full stop
    (no lead announcing a list) is no list's, as before."""
    doc, = _documents(NOTICE + [LEAD.replace("所称突发事件，主要包括以下几个方面：", "所称突发事件以本县为限。"), ITEM], columns)
    assert [label for label, _ in _items(doc)] == ["一、", "（一）", "（二）"]


PLAN_TITLE = "某某县人民政府办公室关于印发《某某县校园安全事件应急预案》的通知"
TABLE = ["| 索引号: | 001002003/2025-00016 | 发布机构: | 某某县人民政府办公室 |",
         "| 生效日期: | 2025-05-29 | 废止日期: | |",
         "| 文 号: | 某政办发〔2025〕16号 | 所属主题: | 某政办发 |"]
ISSUED = [PLAN_TITLE, "各乡（镇）人民政府，县直有关部门：", "现将《某某县校园安全事件应急预案》印发你们，请认真贯彻执行。",
          "某某县人民政府办公室", "2025年5月29日", "某某县校园安全事件应急预案", "1 总则", "1.1 编制目的",
          "为有效预防和妥善处置校园安全事件，制定本预案。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_disclosure_table_with_no_name_cell_gives_its_number_to_the_title_under_it(columns):
    """A disclosure page's table of label and value cells ('| 索引号: | … |',
    '| 文 号: | 某政办发〔2025〕16号 | …') with no 名称 cell, the page's own
    标题 printed right under it: the table is the page's furniture and its
    文号 cell the 发文字号 of that 标题 (GB/T 9704 7.2.4, 7.3.1), as a list of
    the same fields over the 标题 gives it."""
    doc, = _documents(TABLE + ISSUED, columns)
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
        PLAN_TITLE, "某政办发〔2025〕16号", ["某某县人民政府办公室"], "2025-05-29")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_table_of_other_cells_over_a_title_gives_it_no_number(columns):
    """The control: a table of items (no disclosure labels) over the title is
    the text's, and nothing of it is a 发文字号."""
    doc, = _documents(["| 项目: | 某政办发〔2025〕16号 | 单位: | 个 |"] + ISSUED, columns)
    assert doc.doc_number is None and doc.title == PLAN_TITLE
