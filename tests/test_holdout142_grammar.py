"""The document grammar on layouts of the hundred-and-forty-second held-out
set's kind (issue #11): notices that publish a catalogue or inventory printed
after them, the list a web page's table copied as text with each cell and
each bar of its borders on a line of its own. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Table
from builder.stages.layout import normalise

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _cells_and_bars(rows: list[list[str]]) -> list[str]:
    """A table as a page's copy gives it: a bar opens each row and closes each cell, every one on its own line."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for cell in row:
            out += [cell, "|"]
    return out


CATALOGUE_NOTICE = ["某某县人民政府办公室关于印发《2023年度县政府重大行政决策事项目录》的通知",
                    "各乡镇人民政府,县政府各部门:",
                    "现将《2023年度县政府重大行政决策事项目录》印发给你们,请认真组织实施。",
                    "某某县人民政府办公室",
                    "2023年3月8日",
                    "2023年度县政府重大行政决策事项目录"]
ROWS = [["序号", "决策事项", "承办单位"],
        ["1", "《某某县城区供水管网改造实施方案》", "县住房和城乡建设局"],
        ["2", "某某县国土空间总体规划", "县自然资源局"],
        ["3", "《某某县养老服务体系建设三年行动计划(2023-2025年)》", "县民政局"]]
NEXT_NOTICE = ["某某县人民政府办公室关于公布县级公共服务事项清单的通知",
               "各乡镇人民政府,县政府各部门:",
               "现将县级公共服务事项清单予以公布,请遵照执行。",
               "某某县人民政府办公室",
               "2023年4月2日"]


def _table(docs) -> Table:
    tables = [b for d in docs for part in d.parts for b in part.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_table_copied_one_cell_and_one_bar_a_line_is_its_rows(columns):
    """A web page's table copied as text with each cell and each bar on a
    line of its own: a bar alone parts two cells of a row, a row closes on
    its bar as the next opens on its own (two bars running part two rows),
    and lines between two bars are one cell the wrap cut. The run is the
    table's rows, and the notice's catalogue ends its document: nothing in
    it opens one."""
    docs = _documents(CATALOGUE_NOTICE + _cells_and_bars(ROWS), columns)
    assert [d.title for d in docs] == [CATALOGUE_NOTICE[0]]
    table = _table(docs)
    assert [[c.text for c in row] for row in table.rows] == ROWS


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_after_the_last_rows_closing_bar_opens_its_document(columns):
    """The first row gives the number of cells; a row after it closes on its
    last cell's bar, and the table ends where no bar opens another: the next
    notice's title, and a line of the next page's table closed by a bar, are
    no cell of the last row."""
    later = NEXT_NOTICE + ["县级公共服务事项清单", "序号 |", "事项名称 |", "1 |", "某某事项的办理 |"]
    docs = _documents(CATALOGUE_NOTICE + _cells_and_bars(ROWS) + later, columns)
    assert [d.title for d in docs] == [CATALOGUE_NOTICE[0], NEXT_NOTICE[0]]
    assert [[c.text for c in row] for row in _table(docs[:1]).rows] == ROWS


def test_cells_closed_by_bars_with_no_opening_bar_are_left_to_the_tables_stage():
    """Control: a page that closes each cell with a bar and opens no row on
    one ('名称' / '|' / '数量' / '|' …, bars alone for the empty cells) keeps
    its lines as they are for the tables stage to read (its grammar knows no
    row's end); and bars alone that part fewer than two rows stay lines."""
    closed = ["名称", "|", "数量", "|", "甲", "|", "3", "|"]
    lines, _ = normalise("\n".join(closed))
    assert [line.text for line in lines] == closed
    one_row = ["|", "序号", "|", "名称", "|"]
    lines, _ = normalise("\n".join(one_row))
    assert [line.text for line in lines] == one_row and all(line.cells is None for line in lines)


# ---------------------------------------------------------------- a 主送 cut after a government's name and a level

def _addressed(addressee: list[str]) -> str:
    lines = ["某某县人民政府办公室", "关于公布2021年县政府重大行政决策事项目录的通知", "（某政办字〔2021〕12号）"] + addressee + [
        "为进一步规范重大行政决策程序,促进政府", "依法、科学、民主决策,现将目录予以公布。", "某某县人民政府办公室", "2021年5月6日"]
    docs = _documents(lines, None)
    assert len(docs) == 1
    return docs[0].addressees


def test_a_main_addressee_cut_before_the_class_and_inside_a_names_levels_goes_on():
    """GB/T 9704 7.3.2: the 主送 is one paragraph to its colon. The wrap may
    cut it after a government's name, the class of its departments opening
    the next line ('…,县政府' / '各部门,…'), and that line may end inside a
    name whose levels 、 parts before the words they share ('…,省、市直驻某
    各' / '单位,…'): the level alone is no name of its own, and the list,
    read to the name the wrap cut, goes on."""
    got = _addressed(["各乡镇人民政府、某某街道办事处,县政府", "各部门,科级以上事业单位,省、市直驻某各",
                      "单位,某某经济开发区管委会,某某山景区管", "委会,某某产业开发区管委会:"])
    assert got is not None and got.replace("，", ",") == \
        "各乡镇人民政府、某某街道办事处,县政府各部门,科级以上事业单位,省、市直驻某各单位,某某经济开发区管委会,某某山景区管委会,某某产业开发区管委会"


def test_a_main_addressee_printed_without_its_colon_still_ends():
    """Control: a 主送 printed without its colon ('各乡镇人民政府,县政府各部门')
    ends its paragraph: the body's first sentence opens under it."""
    got = _addressed(["各乡镇人民政府,县政府各部门"])
    assert got is not None and got.replace("，", ",") == "各乡镇人民政府,县政府各部门"


# ---------------------------------------------------------------- an organ longer than the title's line under its 版头

ANNEX_LAST = ["某某县人民政府办公室关于公布2020年县政府重大行政决策事项目录的通知", "各乡镇人民政府:",
              "现将目录予以公布。", "某某县人民政府办公室", "2020年7月6日", "附件", "县政府2020年重大行政决策事项目录"]
LONG_ORGAN_TITLE = ["某某市行政审批制度改革领导小组办", "公室", "关于公布市直部门公共服务事项清单", "的通知",
                    "各县(市、区)人民政府,市直有关单位:",
                    "为贯彻落实省审改办的精神,市审改办对市级公共服务事项开展", "了新一轮的清理,现予公布,请遵照执行。",
                    "某某市行政审批制度改革领导小组办公室", "2015年3月26日"]
WHOLE_TITLE = "某某市行政审批制度改革领导小组办公室关于公布市直部门公共服务事项清单的通知"


def test_an_organ_the_wrap_cut_under_its_issuer_mark_opens_the_title():
    """GB/T 9704 7.2.2 and 7.3.1: the 发文机关标志 ('XX办公室文件') opens the
    document, the title under it; the 发文机关 on the title's first line, its
    name longer than the title's line, wraps ('…领导小组办' / '公室'): under
    the mark no body's sentence goes on, so the two lines are the organ's
    name, the title's first words, though the text above the mark ended on
    no sentence (an annex's title it printed last)."""
    docs = _documents(ANNEX_LAST + ["某某市行政审批制度改革领导小组办公室文件"] + LONG_ORGAN_TITLE, None)
    assert [d.title for d in docs] == [ANNEX_LAST[0], WHOLE_TITLE]


def test_an_organ_cut_under_an_annexs_title_is_read_as_before():
    """Control: with no 发文机关标志 between, the line over the cut organ is
    an annex's title, which ends no sentence: the rule asks no more of it
    than before (the title is found from its 关于 line)."""
    docs = _documents(ANNEX_LAST + LONG_ORGAN_TITLE, None)
    assert [d.title for d in docs] == [ANNEX_LAST[0], "关于公布市直部门公共服务事项清单的通知"]
