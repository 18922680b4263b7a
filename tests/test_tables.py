"""Tests of the table stage (builder.stages.tables) and its rendering (builder.table_output).

Small cases first, each one rule; then golden tests: every table in the seeds,
written out by hand in tests/fixtures/tables/*.yaml from reading the seed, and
checked against what extract_tables finds in the whole seed read through the
real input path (so a table found where there is none fails too). The tables
re-laid as other extractors print them are tests/test_table_layouts.py.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Union

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.stages.decode import decode
from builder.stages.layout import normalise
from builder.text.lines import display_width
from builder.model import Cell, Line, Table
from builder.table_output import is_number, table_csv, table_grid, table_html
from builder.stages.tables import extract_tables as extract_with_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "tables").glob("*.yaml"))


# --- helpers ----------------------------------------------------------------------


def make_line(no: int, raw: str) -> Line:
    """A Line as the caller builds it: text stripped, cells if the line has tabs."""
    cells = [c.strip() for c in raw.split("\t")] if "\t" in raw else None
    return Line(no=no, text=raw.strip(), cells=cells)


def lines_of(text: str) -> list[Line]:
    """Lines from a small example; line numbers count blank lines, which are dropped."""
    return [make_line(no, raw) for no, raw in enumerate(text.split("\n"), 1) if raw.strip()]


def extract_tables(lines: list[Line]) -> list[Union[Line, Table]]:
    return extract_with_report(lines, "test")[0]


def seed_lines(path: Path) -> list[Line]:
    """A seed's lines through the real input path: decode, then layout."""
    return normalise(decode(path.read_bytes()).text)[0]


def tables_in(blocks: list[Union[Line, Table]]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def only_table(text: str) -> Table:
    found = tables_in(extract_tables(lines_of(text)))
    assert len(found) == 1, found
    return found[0]


def shape(table: Table) -> list[list[Union[str, dict]]]:
    """Rows as in the fixtures: a plain cell is its text, a spanned cell a dict."""
    return [[_cell_shape(c) for c in row] for row in table.rows]


def _cell_shape(cell: Cell) -> Union[str, dict]:
    if cell.rowspan == cell.colspan == 1:
        return cell.text
    out: dict = {"text": cell.text}
    if cell.rowspan > 1:
        out["rowspan"] = cell.rowspan
    if cell.colspan > 1:
        out["colspan"] = cell.colspan
    return out


def T(text: str, rowspan: int = 1, colspan: int = 1) -> dict:
    """A spanned cell in the expected rows of the small cases."""
    return _cell_shape(Cell(text, rowspan, colspan))  # type: ignore[return-value]


def assert_rectangular(table: Table) -> None:
    """Spans tile the grid: every row covers every column exactly once."""
    grid = table_grid(table)
    covered = [0] * len(table.rows)
    for r, row in enumerate(table.rows):
        for cell in row:
            for dr in range(cell.rowspan):
                assert r + dr < len(table.rows), "rowspan runs past the table"
                covered[r + dr] += cell.colspan
    assert covered == [len(grid[0])] * len(table.rows)


# --- recognition ------------------------------------------------------------------


def test_plain_table_passes_other_lines_through():
    blocks = extract_tables(lines_of("前文。\n地区\t人数\n甲区\t1\n乙区\t2\n后文。"))
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Line"]
    table = blocks[1]
    assert table.eid == ""
    assert table.lines == (2, 4)
    assert table.header_rows == 1
    assert shape(table) == [["地区", "人数"], ["甲区", "1"], ["乙区", "2"]]


def test_group_header_over_years_gives_colspan_and_rowspan():
    table = only_table(
        "地区\t医师数\t\t护士数\t\n"
        "\t2020 年\t2025 年\t2020 年\t2025 年\n"
        "全市\t2.39\t3.20\t2.83\t4.20"
    )
    assert table.header_rows == 2
    assert shape(table) == [
        [T("地区", rowspan=2), T("医师数", colspan=2), T("护士数", colspan=2)],
        ["2020 年", "2025 年", "2020 年", "2025 年"],
        ["全市", "2.39", "3.20", "2.83", "4.20"],
    ]


def test_three_header_rows():
    table = only_table(
        "地区\t规划目标\t\t\t\n"
        "\t医师数\t\t护士数\t\n"
        "\t2020\t2025\t2020\t2025\n"
        "全市\t2.39\t3.20\t2.83\t4.20"
    )
    assert table.header_rows == 3
    assert shape(table)[:3] == [
        [T("地区", rowspan=3), T("规划目标", colspan=4)],
        [T("医师数", colspan=2), T("护士数", colspan=2)],
        ["2020", "2025", "2020", "2025"],
    ]


def test_single_header_row_spans_an_empty_cell_to_its_left():
    table = only_table("序号\t名称\t\t说明\n1\t甲\t乙\t丙")
    assert table.header_rows == 1
    assert shape(table)[0] == ["序号", T("名称", colspan=2), "说明"]


def test_a_row_of_units_under_the_labels_is_a_header_row():
    table = only_table("地区\t产值\t增速\n\t（亿元）\t（%）\n全市\t12\t3.4\n江陵县\t5\t2.1")
    assert table.header_rows == 2
    assert shape(table)[:2] == [[T("地区", rowspan=2), "产值", "增速"], ["（亿元）", "（%）"]]


def test_a_body_row_under_a_spanned_header_is_not_a_header_row():
    table = only_table("地区\t医师数\t\n全市\t2.39\t3.20")
    assert table.header_rows == 1


def test_group_cells_in_first_columns_get_rowspan():
    table = only_table(
        "领域\t指标\t目标\n"
        "健康水平\t人均预期寿命\t79.3\n"
        "\t健康预期寿命\t提高\n"
        "床位\t床位数\t7.50"
    )
    assert shape(table) == [
        ["领域", "指标", "目标"],
        [T("健康水平", rowspan=2), "人均预期寿命", "79.3"],
        ["健康预期寿命", "提高"],
        ["床位", "床位数", "7.50"],
    ]


def test_group_continuation_spans_trailing_cells_of_the_groups_first_row():
    table = only_table(
        "序号\t产业\t分类\t说明\n"
        "一\t信息\t网络\t研发中心\n"
        "\t\t软件\t\n"
        "二\t装备\t机器人\t总部"
    )
    assert shape(table) == [
        ["序号", "产业", "分类", "说明"],
        [T("一", rowspan=2), T("信息", rowspan=2), "网络", T("研发中心", rowspan=2)],
        ["软件"],
        ["二", "装备", "机器人", "总部"],
    ]


def test_an_empty_cell_in_an_ordinary_row_stays_empty():
    table = only_table("地区\t2020\t2025\n甲\t1\t\n乙\t\t3")
    assert shape(table) == [["地区", "2020", "2025"], ["甲", "1", ""], ["乙", "", "3"]]


def test_first_body_row_with_empty_first_cell_does_not_span_into_header():
    table = only_table("领域\t指标\n\t床位数\n\t医师数")
    assert shape(table) == [["领域", "指标"], ["", "床位数"], ["", "医师数"]]


def test_section_row_spans_all_columns_and_loses_markup():
    table = only_table(
        "序号\t任务\t牵头\t参与\n"
        "(一) 明确责任\t\t\t\n"
        "1\t加强领导\t组织部\t纪委\n"
        "<b>(二) 创新机制</b>\t\t\t\n"
        "2\t执法\t卫健委\t司法局"
    )
    assert shape(table) == [
        ["序号", "任务", "牵头", "参与"],
        [T("(一) 明确责任", colspan=4)],
        ["1", "加强领导", "组织部", "纪委"],
        [T("(二) 创新机制", colspan=4)],
        ["2", "执法", "卫健委", "司法局"],
    ]


def test_a_group_does_not_continue_through_a_section_row():
    table = only_table("序号\t任务\t部门\n(一) 监管\t\t\n\t\t财政局")
    assert shape(table)[2] == ["", "", "财政局"]


def test_letter_spaced_headers_are_closed_up():
    table = only_table("序号\t重 点 任 务\t牵 头 部 门\n1\t加强领导\t组织部")
    assert shape(table)[0] == ["序号", "重点任务", "牵头部门"]


def test_page_split_table_drops_repeated_header_and_joins_parts():
    text = (
        "序号\t任务\t部门\n1\t甲\t市A局\n2\t乙\t市B局\n"
        "\n\n"
        "序号\t任务\t部门\n3\t丙\t市C局\n"
        "\n"
        "序号\t任务\t部门\n4\t丁\t市D局"
    )
    table = only_table(text)
    assert table.lines == (1, 10)
    assert shape(table) == [
        ["序号", "任务", "部门"],
        ["1", "甲", "市A局"],
        ["2", "乙", "市B局"],
        ["3", "丙", "市C局"],
        ["4", "丁", "市D局"],
    ]


def test_repeated_two_row_header_is_dropped_whole():
    head = "地区\t医师数\t\n\t2020\t2025\n"
    table = only_table(head + "甲\t1\t2\n" + head + "乙\t3\t4")
    assert table.header_rows == 2
    assert [r[0] for r in table_grid(table)] == ["地区", "地区", "甲", "乙"]


def test_group_continues_across_a_page_break():
    table = only_table("序号\t任务\t子任务\n8\t运行监管\t绩效考核\n序号\t任务\t子任务\n\t\t分类管理")
    assert shape(table)[1:] == [[T("8", rowspan=2), T("运行监管", rowspan=2), "绩效考核"], ["分类管理"]]


def test_continued_table_line_joins_parts_with_agreeing_columns():
    table = only_table("表 1 指标\n地区\t数量\n甲\t1\n续表 1\n地区\t数量\n乙\t2")
    assert table.caption == "表 1 指标"
    assert table.lines == (1, 6)
    assert shape(table) == [["地区", "数量"], ["甲", "1"], ["乙", "2"]]


def test_continued_table_line_does_not_join_a_table_of_other_width():
    blocks = extract_tables(lines_of("地区\t数量\n甲\t1\n续表\n序号\t名称\t说明\n1\t甲\t乙"))
    assert [t.lines for t in tables_in(blocks)] == [(1, 2), (3, 5)]
    assert blocks[1].caption == "续表"  # kept, as the title over the second table


def test_rows_with_trailing_tabs_add_no_column():
    table = only_table("地区\t数量\t\n甲\t1\t\n乙\t2")
    assert shape(table) == [["地区", "数量"], ["甲", "1"], ["乙", "2"]]


# --- caption and note -------------------------------------------------------------


def test_numbered_caption_and_note_belong_to_the_table():
    blocks = extract_tables(lines_of("正文。\n\n表 2 床位配置规划\n\n地区\t床位\n全市\t7.50\n\n注：中心城区包括荆州区\n\n下文。"))
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Line"]
    table = blocks[1]
    assert table.caption == "表 2 床位配置规划"
    assert table.note == "注：中心城区包括荆州区"
    assert table.lines == (3, 8)


@pytest.mark.parametrize("caption", ["表1主要发展指标", "表 2-1：各县床位（单位：张）", "附表3 项目清单"])
def test_numbered_captions_spaced_or_not(caption: str):
    assert only_table(f"{caption}\n地区\t床位\n全市\t7.50").caption == caption


def test_a_sentence_about_a_table_is_not_its_caption():
    assert only_table("表1显示，床位逐年增加。\n地区\t床位\n全市\t7.50").caption is None


def test_title_line_above_is_the_caption_without_heading_marks():
    table = only_table("### 附件1\n### 重 点 任 务 分 工\n序号\t任务\n1\t甲")
    assert table.caption == "重点任务分工"
    assert table.lines == (2, 4)


@pytest.mark.parametrize(
    "above",
    [
        "新型工业用地投资项目须符合如下《濮阳市新型产业分类指导目录》：",  # a sentence
        "（二）床位配置",  # a numbered heading
        "3. 完善医疗机构人力资源配置",
        "附件1",  # an attachment label
        "2022 年 9 月 19 日",
        "单位：万元",
    ],
)
def test_lines_that_are_not_captions(above: str):
    blocks = extract_tables(lines_of(f"{above}\n地区\t人数\n甲区\t1"))
    assert isinstance(blocks[0], Line) and blocks[0].text == above
    assert blocks[1].caption is None


def test_numbered_note_takes_its_items():
    blocks = extract_tables(lines_of("地区\t人数\n甲区\t1\n注：1. 人数为常住人口\n2. 甲区含开发区\n4. 正文"))
    assert blocks[0].note == "注：1. 人数为常住人口\n2. 甲区含开发区"
    assert blocks[1].text == "4. 正文"  # out of sequence: not a note item


def test_note_label_alone_takes_the_numbered_items_below():
    blocks = extract_tables(lines_of("地区\t人数\n甲区\t1\n注：\n1. 常住人口\n2. 含开发区\n三、下一节"))
    assert blocks[0].note == "注：\n1. 常住人口\n2. 含开发区"
    assert blocks[1].text == "三、下一节"


def test_body_text_after_a_table_is_not_a_note():
    blocks = extract_tables(lines_of("地区\t人数\n甲区\t1\n1. 加强组织领导。"))
    assert blocks[0].note is None
    assert blocks[1].text == "1. 加强组织领导。"


# --- what is not a table ------------------------------------------------------------


def test_toc_lines_with_leaders_and_page_numbers_are_not_tables():
    text = (
        "## 目 录\n"
        "濮阳市人民政府关于印发《濮阳市人民政府工作规则》的通知 .....\t1\n"
        "濮阳市人民政府关于建设“数字濮阳”推进数字经济发展实施意见 .....\t18\n"
        "1. 市人民政府关于印发《潜江市城市建筑垃圾管理办法》的通知\t8\n"
        "5. 潜江市党建引领物业服务提升行动方案\t14"
    )
    assert tables_in(extract_tables(lines_of(text))) == []


def test_page_number_rows_inside_a_table_are_rows():
    table = only_table("指标\t数值\n每千人口医疗卫生机构床位数（张）\t7\n每千人口执业医师数（人）\t3")
    assert len(table.rows) == 3


def test_signature_lines_are_not_tables():
    text = "荆州市人民政府\t荆州军分区\n2022 年 9 月 19 日\t2022 年 9 月 19 日"
    assert tables_in(extract_tables(lines_of(text))) == []


def test_a_lone_tab_line_is_not_a_table():
    blocks = extract_tables(lines_of("前文。\n市人民政府办公室\t2025 年 11 月 28 日\n后文。"))
    assert tables_in(blocks) == []


def test_a_stray_trailing_tab_is_not_a_table():
    assert tables_in(extract_tables(lines_of("一段正文。\t\n又一段正文。\t"))) == []


def test_name_list_with_one_space_becomes_a_table_without_header():
    text = "具体名单如下：\n袁伶俐 市曹禺小学\n贺芹 市第二实验小学\n魏敦波 潜江中学\n2025年11月28日"
    blocks = extract_tables(lines_of(text))
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Line"]
    assert blocks[1].header_rows == 0
    assert shape(blocks[1]) == [["袁伶俐", "市曹禺小学"], ["贺芹", "市第二实验小学"], ["魏敦波", "潜江中学"]]


def test_a_member_with_two_posts_is_a_row_of_the_list_not_its_caption():
    """A post named with 、 ('副秘书长、…主任') is one cell: the line is the list's
    first row, not a title printed over it."""
    text = ("成员：马春雷 市政府副秘书长\n黄融 市政府副秘书长\n朱芝松 市政府副秘书长、临港新片区管委会常务副主任\n"
            "吴金城 市经济信息化委主任\n华源 市商务委主任\n领导小组下设办公室。")
    blocks = extract_tables(lines_of(text))
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Line"]
    table = blocks[1]
    assert table.caption is None and table.header_rows == 0
    assert shape(table)[:2] == [["黄融", "市政府副秘书长"], ["朱芝松", "市政府副秘书长、临港新片区管委会常务副主任"]]


def test_a_list_under_column_labels_keeps_its_header():
    table = only_table("姓名 单位\n袁伶俐 市曹禺小学\n贺芹 市第二实验小学\n魏敦波 潜江中学")
    assert table.header_rows == 1


def test_two_lines_of_words_are_no_list():
    blocks = extract_tables(lines_of("同日 上海洲业集团\n市长 会见考察团"))
    assert tables_in(blocks) == []


# --- space-aligned columns, wrapped cells, one cell per line (through layout) -----------


def layout_lines(text: str) -> list[Line]:
    """Lines as the layout stage gives them: cleaned, with text runs at display columns."""
    return normalise(text)[0]


def at(*placed: tuple[int, str]) -> str:
    """One printed line: each text starting at its display column (CJK two columns wide)."""
    line = ""
    for column, text in placed:
        line += " " * (column - display_width(line)) + text
    return line


def laid_out(text: str) -> tuple[list[Union[Line, Table]], list]:
    return extract_with_report(layout_lines(text), "seeds/x.txt")


def aligned_table(text: str) -> Table:
    found = tables_in(laid_out(text)[0])
    assert len(found) == 1, found
    return found[0]


def test_space_aligned_columns_give_the_tab_table():
    tabbed = only_table("地区\t人数\t说明\n甲区\t1\t城区\n乙区乙区\t22\t郊区和乡镇\n丙\t3\t山区")
    text = "\n".join([
        at((0, "地区"), (12, "人数"), (20, "说明")),
        at((0, "甲区"), (12, "1"), (20, "城区")),
        at((0, "乙区乙区"), (12, "22"), (20, "郊区和乡镇")),
        at((0, "丙"), (12, "3"), (20, "山区")),
    ])
    assert shape(aligned_table(text)) == shape(tabbed)


def test_header_centred_over_two_columns_gets_a_colspan():
    text = "\n".join([
        at((0, "地区"), (13, "医师数"), (33, "护士数")),
        at((8, "2020年"), (18, "2025年"), (28, "2020年"), (38, "2025年")),
        at((0, "全市"), (9, "2.39"), (19, "3.20"), (29, "2.83"), (39, "4.20")),
        at((0, "江陵县"), (9, "2.12"), (19, "2.58"), (29, "2.08"), (39, "3.38")),
    ])
    table = aligned_table(text)
    assert table.header_rows == 2
    assert shape(table)[:2] == [
        [T("地区", rowspan=2), T("医师数", colspan=2), T("护士数", colspan=2)],
        ["2020年", "2025年", "2020年", "2025年"],
    ]


def test_a_wrapped_cell_continues_without_a_space_and_a_number_never_continues():
    text = "\n".join([
        at((0, "序号"), (6, "任务"), (20, "部门")),
        at((0, "1"), (6, "加强医疗卫生"), (20, "市卫生健康委")),
        at((6, "机构运行监管")),
        at((0, "2"), (6, "强化主导"), (20, "市财政局")),
        at((6, "3")),
        at((0, "4"), (6, "加强监督"), (20, "市审计局")),
    ])
    table = aligned_table(text)
    assert shape(table)[1] == ["1", "加强医疗卫生机构运行监管", "市卫生健康委"]
    assert table_grid(table)[2][:2] == ["2", "强化主导"]
    assert table_grid(table)[3][1] == "3"  # its own row, not "强化主导3"


def test_a_line_under_a_cell_that_did_not_wrap_is_a_new_row_of_the_group():
    text = "\n".join([
        at((0, "领域"), (18, "指标"), (40, "性质")),
        at((0, "健康水平"), (18, "人均预期寿命（岁）"), (40, "预期性")),
        at((18, "健康预期寿命"), (40, "约束性")),
        at((0, "床位"), (18, "床位数（张）"), (40, "预期性")),
    ])
    assert shape(aligned_table(text))[1:3] == [[T("健康水平", rowspan=2), "人均预期寿命（岁）", "预期性"],
                                              ["健康预期寿命", "约束性"]]


def test_aligned_table_over_a_page_break_drops_the_repeated_header_and_takes_caption_and_note():
    text = "\n".join([
        "表 2 床位配置",
        at((0, "地区"), (12, "床位")),
        at((0, "全市"), (12, "7.50")),
        at((0, "江陵县"), (12, "6.04")),
        "— 9 —",
        at((0, "地区"), (16, "床位")),  # the next page lays the columns out anew
        at((0, "松滋市"), (16, "6.06")),
        "注：床位为每千人口",
    ])
    table = aligned_table(text)
    assert (table.caption, table.note) == ("表2床位配置", "注：床位为每千人口")
    assert shape(table) == [["地区", "床位"], ["全市", "7.50"], ["江陵县", "6.04"], ["松滋市", "6.06"]]


def test_aligned_table_continued_after_a_continued_table_line():
    text = "\n".join([
        at((0, "地区"), (12, "床位")), at((0, "全市"), (12, "7.50")), at((0, "江陵县"), (12, "6.04")),
        "续表",
        at((0, "地区"), (12, "床位")), at((0, "松滋市"), (12, "6.06")),
    ])
    assert [r[0] for r in table_grid(aligned_table(text))] == ["地区", "全市", "江陵县", "松滋市"]


def test_names_aligned_in_columns_are_a_table_without_header():
    text = "具体名单如下：\n" + "\n".join(
        at((0, name), (10, unit)) for name, unit in
        [("袁伶俐", "市曹禺小学"), ("贺　芹", "市第二实验小学"), ("魏敦波", "潜江中学")])
    table = aligned_table(text)
    assert table.header_rows == 0
    assert shape(table) == [["袁伶俐", "市曹禺小学"], ["贺芹", "市第二实验小学"], ["魏敦波", "潜江中学"]]


def test_lists_of_names_end_at_a_heading_and_go_on_over_a_line_the_page_cut():
    gap = "\u3000\u3000"
    text = "\n".join([
        "（一）部门委员",
        f"梁言顺{gap}中央宣传部副部长",
        f"王作安{gap}中央统战部副部长、宗教局局长",
        f"贾高建{gap}中央党史和文献研究院副院长、中央编译局",
        "局长",
        f"刘烈宏{gap}中央网信办副主任",
        "（二）专家委员",
        f"马\u3000敏{gap}教授、华中师范大学原党委书记",
        f"马志明{gap}院士、中科院数学与系统科学研究院",
        f"马树超{gap}研究员、上海市教育科学研究院",
    ])
    blocks, _ = laid_out(text)
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Line", "Table"]
    first, second = tables_in(blocks)
    assert first.header_rows == second.header_rows == 0
    assert table_grid(first)[2] == ["贾高建", "中央党史和文献研究院副院长、中央编译局局长"]
    assert [row[0] for row in table_grid(second)] == ["马敏", "马志明", "马树超"]  # names never join


def test_a_page_number_left_above_a_table_is_not_its_caption():
    blocks = extract_tables(lines_of("9\n地区\t人数\n甲区\t1"))
    assert isinstance(blocks[0], Line) and blocks[1].caption is None


@pytest.mark.parametrize(
    "text",
    [
        # 目录 entries with their page numbers set off by spaces
        "\n".join([at((0, "市人民政府关于印发工作规则的通知"), (60, "1")),
                   at((0, "市人民政府关于建设数字城市的实施意见"), (60, "18")),
                   at((0, "市人民政府办公室关于加强管理的通知"), (60, "25")),
                   at((0, "通知"), (60, "31"))]),
        # signatures set side by side
        "\n".join([at((4, "荆州市人民政府"), (40, "荆州军分区")),
                   at((4, "2022 年 9 月 19 日"), (40, "2022 年 9 月 19 日")),
                   at((4, "市人民政府办公室"), (40, "市财政局"))]),
        # dated chronicle entries
        "\n".join([at((0, "7月1日"), (10, "市长主持召开常务会议，研究部署")),
                   at((0, "7月2日"), (10, "市委书记调研乡村振兴工作")),
                   at((0, "同日"), (10, "市长会见考察团一行"))]),
        # indented prose, a justified line, a heading
        "\n".join(["    为全面提升我市城市基层治理体系和治理能力现代化水平，",
                   "着力破解当前我市住宅小区物业服务覆盖面不够、水平不高、矛盾纠纷多发等",
                   "一、工作目标", "    全面深入贯彻中央城市工作会议精神。"]),
    ],
    ids=["toc", "signatures", "chronicle", "prose"],
)
def test_spaced_lines_that_are_not_tables(text: str):
    blocks, diagnostics = laid_out(text)
    assert tables_in(blocks) == [] and diagnostics == []


def test_one_cell_per_line_under_a_header_is_rebuilt():
    text = "表 2 床位\n地区\n2020年\n2025年\n全市\n6.54\n7.50\n江陵县\n5.04\n6.04\n注：每千人口"
    table = aligned_table(text)
    assert table.caption == "表2床位" and table.note == "注：每千人口"
    assert shape(table) == [["地区", "2020年", "2025年"], ["全市", "6.54", "7.50"], ["江陵县", "5.04", "6.04"]]


def test_one_cell_per_line_with_a_group_header():
    text = "地区\n医师数\n护士数\n2020年\n2025年\n2020年\n2025年\n全市\n2.39\n3.20\n2.83\n4.20\n" \
           "江陵县\n2.12\n2.58\n2.08\n3.38"
    table = aligned_table(text)
    assert table.header_rows == 2
    assert shape(table)[0] == [T("地区", rowspan=2), T("医师数", colspan=2), T("护士数", colspan=2)]


def test_cells_per_line_that_do_not_fill_rows_are_kept_and_reported():
    text = "领域\n指标\n目标\n健康水平\n人均预期寿命\n79.3\n健康预期寿命\n提高\n床位\n床位数\n7.50"
    blocks, diagnostics = laid_out(text)
    assert blocks == layout_lines(text)
    assert [(d.file, d.line, d.code) for d in diagnostics] == [("seeds/x.txt", 1, "table-not-rebuilt")]
    assert "possible table" in diagnostics[0].message


# --- nothing lost, never raises -------------------------------------------------------


def _covered_line_numbers(blocks: list[Union[Line, Table]]) -> list[int]:
    numbers: list[int] = []
    for b in blocks:
        if isinstance(b, Table):
            numbers.extend(range(b.lines[0], b.lines[1] + 1))
        else:
            numbers.append(b.no)
    return numbers


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_seed_line_is_kept_in_order(seed: Path):
    lines = seed_lines(seed)
    covered = _covered_line_numbers(extract_tables(lines))
    assert covered == sorted(covered)
    assert set(covered) >= {line.no for line in lines}


cell_text = st.sampled_from(["", "", "甲", "12.5", "序号", "注：x", "<b>(一) 节</b>", "1", "表 1 x", "续表"])
raw_line = st.one_of(
    st.lists(cell_text, min_size=1, max_size=6).map("\t".join),
    st.sampled_from(["正文。", "表 1 指标", "注：说明", "续表", "1. 条目", "### 标题"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(raw_line, max_size=14))
def test_any_input_gives_rectangular_tables_and_keeps_every_line(raws: list[str]):
    lines = [make_line(no, raw) for no, raw in enumerate(raws, 1) if raw.strip()]
    blocks = extract_tables(lines)
    assert set(_covered_line_numbers(blocks)) >= {line.no for line in lines}
    for table in tables_in(blocks):
        assert_rectangular(table)
        table_html(table)
        table_csv(table)


spaced_line = st.one_of(
    st.lists(st.tuples(st.integers(0, 30), cell_text), min_size=1, max_size=5).map(
        lambda placed: at(*sorted({c: t for c, t in placed}.items()))),
    st.sampled_from(["正文。", "表 1 指标", "注：说明", "续表", "7月1日    市长调研", "甲区 乙区 丙区"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(spaced_line, max_size=14))
def test_any_spaced_input_gives_rectangular_tables_and_keeps_every_line(raws: list[str]):
    lines = layout_lines("\n".join(raws))
    blocks, diagnostics = extract_with_report(lines, "seeds/x.txt")
    assert set(_covered_line_numbers(blocks)) >= {line.no for line in lines}
    assert all(d.file == "seeds/x.txt" and d.line for d in diagnostics)
    for table in tables_in(blocks):
        assert_rectangular(table)
        table_html(table)


# --- rendering --------------------------------------------------------------------------


def _sample_table() -> Table:
    table = only_table(
        "表 3 医师和护士 <规划>\n"
        "地区\t医师数\t\t护士数\t\n"
        "\t2020 年\t2025 年\t2020 年\t2025 年\n"
        "全市\t2.39\t1,234\t-3\t85%\n"
        "中心城区 & 其他\t1 : 1.31\t\t4.92\t6.30\n"
        "注：中心城区包括荆州区"
    )
    table.eid = "doc-1__table_3"
    return table


def test_html_has_wrapper_caption_permalink_head_and_body():
    html = table_html(_sample_table())
    assert html.startswith('<div class="gz-table-wrap">') and html.endswith("</div>")
    assert '<table id="doc-1__table_3">' in html
    assert "<caption>表 3 医师和护士 &lt;规划&gt; " in html
    assert '<a class="headerlink" href="#doc-1__table_3"' in html
    thead = html[html.index("<thead>") : html.index("</thead>")]
    assert '<th rowspan="2" class="c0">地区</th>' in thead and '<th colspan="2">医师数</th>' in thead
    # the first column stays in view when the table scrolls; under 地区's rowspan no cell is in it
    assert "<tr><th>2020 年</th>" in thead
    assert '<td class="c0">中心城区 &amp; 其他</td>' in html
    assert '<p class="gz-table-note">注：中心城区包括荆州区</p>' in html
    assert "\n\n" not in html  # one raw HTML block for Markdown


def test_html_marks_numbers_for_right_alignment():
    html = table_html(_sample_table())
    for number in ["2.39", "1,234", "-3", "85%", "1 : 1.31", "4.92"]:
        assert f'<td class="num">{number}</td>' in html
    assert '<td class="c0">全市</td>' in html
    assert '<th class="num">' not in html  # header years stay headers


def test_html_without_caption_puts_the_permalink_above():
    table = only_table("地区\t人数\n甲区\t1")
    table.eid = "t1"
    html = table_html(table)
    assert "<caption>" not in html
    assert html.index('href="#t1"') < html.index("<table")


@pytest.mark.parametrize("text", ["12.5", "1,234", "-3", "85%", "0.54", "+7", "1：1.25"])
def test_numbers(text: str):
    assert is_number(text)


@pytest.mark.parametrize("text", ["2022年", "全覆盖", "1,23", "", "3 岁", "(一)"])
def test_not_numbers(text: str):
    assert not is_number(text)


def test_csv_repeats_spans_into_every_cell():
    rows = list(csv.reader(io.StringIO(table_csv(_sample_table()))))
    assert rows == [
        ["地区", "医师数", "医师数", "护士数", "护士数"],
        ["地区", "2020 年", "2025 年", "2020 年", "2025 年"],
        ["全市", "2.39", "1,234", "-3", "85%"],
        ["中心城区 & 其他", "1 : 1.31", "", "4.92", "6.30"],
    ]


def test_csv_repeats_rowspans_down():
    table = only_table("领域\t指标\n健康\t寿命\n\t预期寿命")
    assert list(csv.reader(io.StringIO(table_csv(table)))) == [
        ["领域", "指标"],
        ["健康", "寿命"],
        ["健康", "预期寿命"],
    ]


# --- golden: every table in the seeds ------------------------------------------------------


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _fixture_id(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_has_exactly_the_expected_tables(seed: Path):
    expected = sorted(tuple(_load(f)["lines"]) for f in FIXTURES if _load(f)["seed"] == seed.name)
    found = [t.lines for t in tables_in(extract_tables(seed_lines(seed)))]
    assert found == expected


@pytest.mark.parametrize("fixture", FIXTURES, ids=_fixture_id)
def test_seed_table_is_rebuilt_exactly(fixture: Path):
    want = _load(fixture)
    found = {t.lines: t for t in tables_in(extract_tables(seed_lines(ROOT / "seeds" / want["seed"])))}
    table = found[tuple(want["lines"])]
    assert table.caption == want["caption"]
    assert table.note == want["note"]
    assert table.header_rows == want["header_rows"]
    assert shape(table) == want["rows"]
    assert len(table_grid(table)[0]) == want["columns"]
    assert_rectangular(table)


def test_the_widest_table_of_the_seeds_is_the_one_the_phone_test_scrolls(collection):
    """test_browser.py's phone test opens 荆政办发〔2022〕17号 for the widest table:
    the whole pipeline must place it in that document with its 16 columns."""
    widest = max((len(table_grid(block)[0]), doc.doc_number) for doc in collection.documents
                 for part in doc.parts for block in part.blocks if isinstance(block, Table))
    assert widest == (16, "荆政办发〔2022〕17号")
