"""The layout "pages in two columns" (tests/devset/layout.py
two_column_issues): a gazette sets its pages in two columns side by side,
and a text layer that keeps the print's places (``pdftotext -layout``)
gives each line as the left column's line, spaces, the right column's.
The converter reads such a page column by column
(builder/stages/layout.py, columns_read_apart and _measures): a run of
lines is a page's where the right half starts at one column on every line
and the columns end at a measure as prose does. An issue's last page may
end its right column early, the left column running on alone below it;
where one column holds a list (a plan's contents, a table's cells one a
line) and the other prose, that page is still read apart. Each case is
invented text laid out so and goes through the real input path
(columns_read_apart); each fails
without its rule, and each has a control that shows what must stay: a
table's rows, whose columns end together, are not read apart.
(Other two-column cases, from before this file: the section "two columns
side by side" of tests/test_extractor_layouts.py.)
"""
from __future__ import annotations

from builder.stages.layout import columns_read_apart
from tests.test_extractor_layouts import _side_by_side

# A plan's head and its 目录 (the contents, one short line each) in the left column; the right column's prose.
PLAN_LEFT = ["某某区突发公共事件总体应急预案", "目 录", "1、总则", "1.1 编制目的和依据", "1.2 突发公共事件的分类",
             "1.3 突发公共事件的分级", "1.4 预案编制和管理原则", "2、组织体系", "2.1 领导机构", "2.2 指挥机构",
             "2.3 工作机构", "3、运行机制", "3.1 预测与预警", "3.2 应急处置", "3.3 恢复与重建", "4、应急保障",
             "4.1 人力资源", "4.2 财力保障", "4.3 物资保障", "4.4 基本生活保障", "5、监督管理", "5.1 预案演练",
             "5.2 宣传和培训", "5.3 责任与奖惩", "6、附则", "6.1 预案管理与更新", "6.2 预案实施时间"]
PLAN_RIGHT = ["1. 总 则", "1.1 编制目的和依据", "为全面提高我区处置各类突发公共事件的能", "力，保障人民群众生命财产安全，维护社会稳",
              "定，促进国民经济持续快速健康发展，根据", "《国家突发公共事件总体应急预案》等法律",
              "法规，结合我区实际，制定本预案。",
              "1.2 突发公共事件的分类", "本预案所称突发公共事件是指突然发生，造成", "或者可能造成重大人员伤亡、财产损失、生态",
              "环境破坏和严重社会危害，危及公共安全的紧", "急事件。"]
# What stands over the page, across it: the issue's 目录 closing on its one entry, as two_column_issue sets it.
OVER_PAGE = ["某某市人民政府公报", "2021年第2号", "目　　录", "某某区文件", "某某区突发公共事件总体应急预案……1", ""]


def _page(left: list[str], right: list[str]) -> list[str]:
    return _side_by_side(left, right, at=42) + [" " * 36 + "- 1 -"]  # (the folio centred under both columns)


def _read(lines: list[str]) -> list[str]:
    return [piece.text.strip() for piece in columns_read_apart(list(enumerate(lines, start=1))) if piece.text.strip()]


def test_an_issues_last_page_under_its_contents_is_read_column_by_column():
    """The issue's last page, its left column a plan's 目录 (short lines,
    no measure), its right column prose ending early, the left running on
    alone below it: a column ending early, as a last page's does. The
    目录's last lines over it, with no right half, are no rows of the page
    (each page's columns start at one height): its columns are read apart
    under them."""
    read = _read(OVER_PAGE + _page(PLAN_LEFT, PLAN_RIGHT))
    assert read == [line for line in OVER_PAGE if line] + PLAN_LEFT + PLAN_RIGHT + ["- 1 -"]


def test_the_same_page_alone_was_read_apart_before_and_stays():
    """Control: the page without the lines over it (the rule only leaves
    them out of the count), and a table whose two columns end together,
    rows of label and value, is read row by row."""
    assert _read(_page(PLAN_LEFT, PLAN_RIGHT)) == PLAN_LEFT + PLAN_RIGHT + ["- 1 -"]
    labels = ["项目名称", "建设单位", "建设地点", "建设规模", "总投资", "资金来源", "开工时间", "竣工时间", "联系人", "联系电话"]
    values = ["某某区污水处理厂扩建工程", "某某区水务局", "某某区某某镇", "日处理污水2万吨", "1.2亿元", "区级财政",
              "2021年3月", "2022年12月", "张某某", "12345678"]
    table = OVER_PAGE + _side_by_side(labels, values, at=42)
    assert _read(table) == [line.strip() for line in table if line.strip()]  # each label beside its value


# A notice that hands on a plan, its head wrapped at the column's measure (19 characters), then the plan's contents.
NOTICE_LEFT = ["某某区人民政府办公室关于印发《某某区突", "发公共事件总体应急预案》的通知", "各乡镇人民政府，区级各部门：",
               "《某某区突发公共事件总体应急预案》已经", "区人民政府同意，现印发你们，请认真贯彻执", "行。", "某某区人民政府办公室",
               "2021年3月1日"]
CONTENTS_RIGHT = ["7.1 紧急抢险救灾", "7.2 应急调查、监测和治理", "7.3 医疗救护和卫生防疫", "7.4 治安、交通和通讯",
                  "第八章 其它职责", "第九章 应急保障", "9.1 应急队伍、物资、装备保障", "9.2 通信与信息传递",
                  "第十章 奖励与责任追究", "第十一章 附则", "11.1 预案解释", "11.2 预案实施"]


def test_an_issues_last_page_of_lists_in_both_columns_is_read_column_by_column():
    """The issue's last page, a notice's head over a plan's contents in
    the left column, more contents in the right, which ends early: no
    column of prose to measure, but the left column runs on alone below the
    right one's end for a column's lines, as an issue's last page does and
    a table's columns do not, its widest lines (the wrapped title) reaching
    the gap. The page is read column by column, under the 目录 over it."""
    left = NOTICE_LEFT + PLAN_LEFT
    assert _read(OVER_PAGE + _page(left, CONTENTS_RIGHT)) == \
        [line for line in OVER_PAGE if line] + left + CONTENTS_RIGHT + ["- 1 -"]


def test_lists_whose_columns_end_together_stay_rows():
    """Control: the same lists side by side ending on one row (as a
    table's columns do, or two lists set beside each other), or the left
    column running on for fewer lines than a column's, are read row by row
    as before."""
    left = (NOTICE_LEFT + PLAN_LEFT)[:len(CONTENTS_RIGHT)]
    lines = OVER_PAGE + _page(left, CONTENTS_RIGHT)
    assert _read(lines) == [line.strip() for line in lines if line.strip()]
    left = (NOTICE_LEFT + PLAN_LEFT)[:len(CONTENTS_RIGHT) + 5]
    lines = OVER_PAGE + _page(left, CONTENTS_RIGHT)
    assert _read(lines) == [line.strip() for line in lines if line.strip()]


# A page of prose in both columns (19 characters a line): the issue's pages part their columns here.
PROSE = ["为全面提高我区处置各类突发公共事件的能", "力，保障人民群众生命财产安全，维护社会",
         "稳定，促进国民经济持续快速健康发展，根", "据有关法律法规和上级预案的规定，结合我",
         "区实际，制定本预案。本预案适用于本区行", "政区域内发生的各类突发公共事件的应对工"] * 2
# A notice reprinted with its date and 发文字号 in brackets under its title, parted by an ideographic space.
REPRINTED = ["某某区人民政府办公室关于印发某某区生产", "安全事故应急预案的通知", "（2021年3月1日　某政办〔2021〕3号）",
             "各街道办事处，区政府各部门：", "目 录", "1 总 则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围",
             "2 组织体系", "2.1 领导机构", "2.2 工作机构"]


def test_a_page_of_lists_beside_a_reprinted_number_parted_by_an_ideographic_space_is_read_apart():
    """An issue's page of lists in both columns (no measure), its columns
    parted where the issue's pages of prose part theirs, is read column by
    column where each right half is one run of text: the reprinted
    发文字号's date and number under a title, parted by one ideographic
    space, are one line's words, not a table's two cells."""
    lists = PLAN_LEFT[:len(REPRINTED)]
    lines = _page(PROSE, PROSE) + _page(lists, REPRINTED)
    assert _read(lines) == PROSE + PROSE + ["- 1 -"] + lists + REPRINTED + ["- 1 -"]


def test_cells_parted_by_wider_gaps_stay_rows_beside_the_list():
    """Control: a right half of two cells parted by two ideographic spaces
    or more (a table's row) leaves that page read row by row."""
    lists = PLAN_LEFT[:len(REPRINTED)]
    cells = REPRINTED[:2] + ["2021年3月1日　　某政办〔2021〕3号"] + REPRINTED[3:]
    page = _page(lists, cells)
    assert _read(_page(PROSE, PROSE) + page)[len(PROSE) * 2 + 1:] == [line.strip() for line in page]
