"""The document grammar on layouts of the fifty-ninth held-out set's kind
(issue #11): the result of a 规范性文件 清理 as gazettes print it, a short
决定 or 通知 whose 附件 are lists of the documents kept, amended or
abolished, each named by its title and 发文字号. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
TITLE = "某某市人民政府关于公布规范性文件清理结果的决定"
BODY = ["各县（区）人民政府，市政府各部门：", "经清理，市政府决定：对12件规范性文件予以废止，现予公布。",
        "附件：决定废止的规范性文件目录（12件）", "某某市人民政府", "2019年5月6日"]
LISTED = ["1.《某某市人民政府关于印发某某市城市道路管理办法的通知》（某政发〔2015〕3号）",
          "2.《某某市人民政府办公室关于加强农贸市场管理的通知》（某政办发〔2016〕21号）",
          "3.《某某市人民政府关于公布某某市第一批历史建筑名录的决定》（某政〔2017〕9号）"]


# ---------------------------------------------------------------- an 附件's count in brackets under its title

@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_title_goes_on_to_the_count_its_annex_note_names(columns):
    """GB/T 9704 7.3.4 names each 附件 in the 附件说明 as its own title
    prints it (8): a list titled '决定废止的规范性文件目录' over '（12件）' is
    the list the note names '…目录（12件）', the bracket a line of its title
    (as a kind word's title goes on to '（试行）'), not the list's first row."""
    docs = _documents(NOTICE + [TITLE] + BODY + ["附件", "决定废止的规范性文件目录", "（12件）"] + LISTED, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert [p.title for p in docs[1].parts[1:]] == ["决定废止的规范性文件目录（12件）"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracket_under_an_annex_title_its_note_does_not_name_is_the_text(columns):
    """The control: a table's unit under its caption ('（单位：万元）'), which the
    附件说明 does not name with the title, stays a line of the 附件's text."""
    body = BODY[:2] + ["附件：2019年专项资金安排表", "某某市人民政府", "2019年5月6日"]
    docs = _documents(NOTICE + [TITLE] + body + ["附件", "2019年专项资金安排表", "（单位：万元）",
                                                 "1.城市道路维修 300"], columns)
    assert [p.title for p in docs[1].parts[1:]] == ["2019年专项资金安排表"]


# ---------------------------------------------------------------- the listed documents are no documents

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_list_of_numbered_titles_with_their_numbers_opens_no_document(columns):
    """A 清理 list names each document by its title in 《》 and its 发文字号
    in brackets after it: a citation, not a 标题 (GB/T 9704 7.3.1 prints a
    title bare, its number above it), so no listed title opens a document
    (a control: main read it so already)."""
    docs = _documents(NOTICE + [TITLE] + BODY + ["附件", "决定废止的规范性文件目录", "（12件）"] + LISTED, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府"], "2019-05-06")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_one_cell_a_line_opens_no_document(columns):
    """The same list as a table copied one cell a line (序号 / 文件名称 / 文号 /
    处理意见): a bare title in a cell, its 文号 on the next line, is a row's
    cell, not a title over its own 发文字号."""
    rows = ["序号", "文件名称", "文号", "处理意见",
            "1", "某某市人民政府关于印发某某市城市道路管理办法的通知", "某政发〔2015〕3号", "废止",
            "2", "某某市人民政府办公室关于加强农贸市场管理的通知", "某政办发〔2016〕21号", "废止"]
    docs = _documents(NOTICE + [TITLE] + BODY + ["附件", "决定废止的规范性文件目录（12件）"] + rows, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_of_tab_separated_rows_opens_no_document(columns):
    """The control: the same list copied one row a line, its cells parted by
    tabs, is a table's rows (the layout stage reads tab rows as cells)."""
    rows = ["序号\t文件名称\t文号\t处理意见", "1\t某某市人民政府关于印发某某市城市道路管理办法的通知\t某政发〔2015〕3号\t废止",
            "2\t某某市人民政府办公室关于加强农贸市场管理的通知\t某政办发〔2016〕21号\t废止"]
    docs = _documents(NOTICE + [TITLE] + BODY + ["附件", "决定废止的规范性文件目录（12件）"] + rows, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
