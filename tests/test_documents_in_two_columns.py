"""The layout "pages in two columns" (tests/devset/layout.py
two_column_issues; tests.devset.measure.columns_figures): a gazette that
sets its pages in two columns side by side, as a text layer that keeps the
print's places gives it (pdftotext -layout): each line the left column's
line, spaces up to the right column's start, the right column's line. The
converter reads such a page column by column (builder/stages/layout.py,
columns_read_apart) where its lines part at one gutter. A table's row kept
whole (a web page's table copied one row a line, its cells parted by bars,
or a word processor's, parted by tabs) may be set wider than its column,
small type holding more characters than the measure: the fixed-pitch layer
pushes the right column's line to the right of it, and the page's run of
columns ended there, reading the two columns' lines above it as one text
(two titles side by side read as one) or the right column's lines before
the left column's below it. The converter reads such a row as the left
column's line (_table_row_over_gutter), and no such row sets the column's
measure.
A web mirror that annotates each character with its pinyin in brackets
('區(qū)') has its annotations taken out as the text is decoded; a column's
wrap may cut one in two, the pieces ending one line of the column and
opening its next, the other column's text between them: the two are set
back together and taken out whole (builder/stages/decode.py,
_column_cuts_joined), or the notice's title keeps the pieces and no longer
names the text it issues.
Each case is invented text laid out so and goes through the real input
path; each fails without its rule, and each has a control that shows what
must stay: a line of prose that runs past the gutter is no row of the page.
"""
from __future__ import annotations

from builder.convert import convert
from builder.stages.layout import columns_read_apart
from tests.devset.layout import Document, two_column_issue, wrap
from tests.test_extractor_layouts import _side_by_side, printed
from tests.test_holdout7_grammar import _documents, _text

# A report whose body holds a table copied from a web page, one row a line, each cell closed by its bar.
REPORT = ["某某县人民政府关于2021年政府信息公开工作情况的报告", "县人大常委会：",
          "现将我县2021年政府信息公开工作情况报告如下：", "一、主动公开政府信息情况",
          "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "规章 | 0 | 0 | 0 |", "行政规范性文件 | 4 | 0 | 4 |",
          "二、存在的问题和改进措施", "我县政府信息公开工作还存在公开内容不够全面等问题，下一步将进一步加强。",
          "某某县人民政府", "2022年1月20日"]
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府，县政府各部门：",
          "为做好今年春季植树造林工作，现就有关事项通知如下：",
          "一、提高认识，加强领导。植树造林是改善生态环境的重要举措，各乡镇要把植树造林工作列入重要议事日程。",
          "二、落实责任，严格考核。县政府将植树造林工作纳入年度目标考核，对工作不力的单位予以通报批评。",
          "某某县人民政府", "2021年3月1日"]


def _column(paragraphs: list[str], columns: int = 18) -> list[str]:
    """A column's lines: each paragraph wrapped at its measure, a table's row kept whole (layout.wrap)."""
    return [line for paragraph in paragraphs for line in wrap(paragraph, columns, words=True)]


def _page(left: list[str], right: list[str]) -> str:
    return "\n".join(_side_by_side(left, right, at=40)) + "\n"


def _titles(text: str) -> list[str]:
    return [d.title for d in convert(text.encode("utf-8"), "x/x.txt", "x").documents]


def test_a_table_row_wider_than_its_column_leaves_the_page_in_columns():
    """A row of the report's table runs past the gutter ('…| 现行有效件数 |'
    and, two spaces on, the right column's line): the row closes on its last
    cell's bar, and the text after it is the right column's line. The page
    is read column by column: the report, then the notice the right column
    opens on, each its own title, organ and date."""
    left, right = _column(REPORT), _column(NOTICE)
    text = _page(left, right)
    assert any(line.startswith("信息内容 |") and "|  " in line for line in text.split("\n"))  # (the row pushes the right line)
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [REPORT[0], NOTICE[0]]
    assert [(d.issuers, d.date) for d in docs] == [(["某某县人民政府"], "2022-01-20"), (["某某县人民政府"], "2021-03-01")]
    read = [piece.text.strip() for piece in columns_read_apart(list(enumerate(text.split("\n"), start=1)))]
    assert read[:len(left)] == left and read[len(left):len(left) + len(right)] == right


def test_a_table_row_wider_than_its_column_where_the_right_column_ended():
    """An issue's last page: the report runs down the left column and ends in
    the right column's first three lines (fewer rows of both than a page of
    columns needs but for its left column running on alone), and the left
    column's table has a row wider than the column with nothing beside it.
    The row stays in the left column, and the page is still one of columns:
    the report's title is its own, not run into the right column's lines."""
    body = ["本年度我县政府信息公开工作稳步推进，公开内容不断丰富，公开形式不断创新，群众满意度持续提高。"] * 3
    lines = _column(REPORT[:4] + body + REPORT[4:7] + body + REPORT[7:])
    left, right = lines[:-3], lines[-3:]
    assert len(left) >= 20 + len(right)
    docs = convert(_page(left, right).encode("utf-8"), "x/x.txt", "x").documents
    assert [(d.title, d.issuers, d.date) for d in docs] == [(REPORT[0], ["某某县人民政府"], "2022-01-20")]


def test_both_documents_found_one_line_a_paragraph():
    """Control: the same two documents one line a paragraph, and wrapped in
    one column, are found as they are in two columns."""
    for columns in (None, 18):
        assert [d.title for d in _documents(REPORT + NOTICE, columns)] == [REPORT[0], NOTICE[0]]


def test_a_line_of_prose_past_the_gutter_is_no_row_of_the_page():
    """Control: a line whose first run of text runs past the gutter and
    closes on no cell's bar (prose set across the page, a running head) is
    no row of the page's columns: it is read whole, as before, and no gap
    inside it parts it."""
    left, right = _column(REPORT[:4]), _column(NOTICE[:4])
    across = "某某县人民政府办公室关于进一步加强政府信息公开工作的意见全文见本期公报第十二页  详见附件"
    raws = list(enumerate(_side_by_side(left, right, at=40) + [across], start=1))
    read = [piece.text for piece in columns_read_apart(raws)]
    assert read[-1] == across


# The report's table as a word processor's text gives it: one row a line, its cells parted by tabs.
TABBED = [row.replace(" | ", "\t").rstrip(" |") for row in
          REPORT[:4] + ["信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |"] + REPORT[5:]]


def test_a_row_of_tabbed_cells_wider_than_its_column_stays_in_it():
    """A table's row whose cells are parted by tabs, kept whole and wider
    than its column, in the left column of an issue's last page whose right
    column holds the notice's last lines: the row is the left column's
    line, the page one of columns, and the notice's last lines (its second
    point, its organ and date) come after its title, not before it in the
    report's text."""
    body = ["本年度我县政府信息公开工作稳步推进，公开内容不断丰富，公开形式不断创新，群众满意度持续提高。"] * 3
    notice = NOTICE[:3] + ["一、提高认识，加强领导。"] + body[:1] + \
        ["二、各乡镇要在3月底前完成造林地块的落实，造林任务分解到村，明确责任人和完成时限。"] + NOTICE[-2:]
    lines = _column(TABBED[:4] + body + TABBED[4:] + notice)
    cut = lines.index(_column(notice)[0]) + 8
    docs = convert(_page(lines[:cut], lines[cut:]).encode("utf-8"), "x/x.txt", "x").documents
    assert [(d.title, d.date) for d in docs] == [(REPORT[0], "2022-01-20"), (NOTICE[0], "2021-03-01")]
    assert "二、各乡镇" in _text(docs[1]) and "二、各乡镇" not in _text(docs[0])


def test_a_row_of_cells_the_store_cut_is_still_a_row():
    """A table's row whose cells are parted by bars (two or more) but whose
    last cell the store cut before its bar ('…| 涉及范围(') is a row all the
    same: set wider than its column, the right column's line after it is
    read in the right column."""
    cut_row = "序号 | 分区名称 | 空间面积/km2 | 占国土面积比例(%) | 涉及范围("
    left, right = _column(REPORT[:4] + [cut_row] + REPORT[5:]), _column(NOTICE)
    assert _titles(_page(left, right)) == [REPORT[0], NOTICE[0]]


# A portal's frame copied over the document: its rows of labelled cells, each closed by its bar.
FRAME = ["| 索引号: | 0000000000000013000000/2025052900002344 | 发布机构: | 某某县人民政府办公室 |",
         "| 生效日期: | 2025-05-29 | 废止日期: | |", "| 文 号: | 某政办发〔2025〕16号 | 所属主题: | 某政办发 |"]
COVER = ["某某县人民政府办公室关于印发《某某县校园安全事件应急预案》的通知", "各乡(镇)人民政府，县级国家机关有关部门：",
         "现将《某某县校园安全事件应急预案》印发你们，请认真贯彻执行。", "某某县人民政府办公室", "2025年5月29日",
         "某某县校园安全事件应急预案", "目 录"]
CONTENTS = [f"{n} {name}" for n, name in [
    ("1", "总则"), ("1.1", "编制目的"), ("1.2", "编制依据"), ("1.3", "适用范围"), ("1.4", "工作原则"), ("2", "应急组织体系"),
    ("2.1", "应急指挥机构及职责"), ("2.2", "应急日常办事机构及职责"), ("2.3", "应急机构成员单位及职责"), ("3", "预防与预警"),
    ("3.1", "预防"), ("3.2", "预警"), ("4", "应急响应"), ("4.1", "分级响应"), ("4.2", "响应程序"), ("5", "后期处置"),
    ("5.1", "善后处置"), ("5.2", "调查评估"), ("6", "保障措施"), ("6.1", "应急通讯保障"), ("6.2", "应急装备保障"),
    ("6.3", "应急队伍建设"), ("6.4", "医疗卫生保障"), ("6.5", "治安保卫保障"), ("7", "宣传教育、培训与演练"), ("7.1", "宣传教育"),
    ("7.2", "培训"), ("7.3", "演练"), ("8", "附则"), ("8.1", "预案管理与修订"), ("8.2", "预案生效时间")]]
PLAN = ["某某县校园安全事件应急预案", "1 总则", "1.1 编制目的",
        "为有效预防、及时控制和妥善处理校园安全事件，提高快速反应和应急处置能力，确保学校师生员工的生命与财产安全，维护正常教育教学和生活秩序。"]


def test_rows_wider_than_their_column_leave_a_page_of_lists_its_measure():
    """An issue's one page whose columns both hold lists (a plan's 目录 down
    the left column and on into the right), its measure the widest line of
    the left column: the rows of a portal's frame over it, wider than their
    column, are no lines of that measure, and the page is still read column
    by column, the notice its own (the two-column layout of
    tests/devset/layout.py, seed 1)."""
    doc = Document("x", tuple(FRAME + COVER + CONTENTS + PLAN), COVER[0], "某政办发〔2025〕16号", "2025-05-29", "规范性文件")
    layout = two_column_issue([doc], 1, 2, "某某县人民政府公报")
    assert any(line.startswith("| 索引号") and "|  " in line for line in layout.text.split("\n"))
    assert [d.title for d in convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents] == [COVER[0]]


# A district's notice as a web mirror annotates it, each character's pinyin in brackets after it ('區(qū)'), set in one
# column of a page: the column's wrap cuts an annotation in two, its opening piece ending one line of the column and
# the rest opening the column's next line ('…辦公室關(guā' / 'n)于印發…').
ANNOTATED_TITLE = "某某區人民政府辦公室關于印發社區助餐服務實施方案的通知"
ANNOTATED = ["某某區(qū)人民政府辦公室關(guā", "n)于印發(fā)社區(qū)助餐服務",
             "實(shí)施方案的通知", "各鄉(xiāng)鎮人民政府,區(qū)政府", "各部門:", "《社區(qū)助餐服務實施方案》",
             "已經(jīng)區(qū)政府同意,現(xiàn)印", "發(fā)給你們。", "某某區(qū)人民政府辦公室", "2018年6月28日",
             "社區(qū)助餐服務實施方案", "為推動(dòng)社區(qū)養老服務,", "制定本方案。", "一、總體思路",
             "以老年人需求為導向,逐步推開。"]


def _annotated_page(left: list[str], right: list[str]) -> str:
    return "\n".join(_side_by_side(left, right, at=40, columns=printed)) + "\n"


def test_an_annotation_the_right_columns_wrap_cut_is_taken_out():
    """A page in two columns (pdftotext -layout): the right column's line
    ends on the opening piece of an annotation ('…關(guā'), the right column's
    next line, after the left column's text and the gap, opens on the rest
    ('n)于…'). The two pieces are one annotation (a toned syllable after a
    Han character): taken out whole, the title reads as printed and the
    notice issues its 方案 (the text it names), no document of its own."""
    docs = convert(_annotated_page(_column(NOTICE), ANNOTATED).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], ANNOTATED_TITLE]
    assert [p.title for p in docs[1].parts] == [ANNOTATED_TITLE, "社區助餐服務實施方案"]


def test_an_annotation_the_left_columns_wrap_cut_is_taken_out():
    """The same cut in the left column: its line ends on the opening piece
    ('…辦公室關(guā'), the right column's text after the gap, and the left
    column's next line opens on the rest. Taken out whole, the right column
    keeping its place: both documents read as printed."""
    docs = convert(_annotated_page(ANNOTATED, _column(NOTICE)).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [ANNOTATED_TITLE, NOTICE[0]]
    assert [p.title for p in docs[0].parts] == [ANNOTATED_TITLE, "社區助餐服務實施方案"]
    assert docs[1].date == "2021-03-01"


def test_letters_in_brackets_cut_by_a_columns_wrap_stay_text():
    """Control: letters in brackets that are no syllable of the character
    before them, no tone mark ('代码(ab' / 'c)'), cut so by the wrap of the
    right column, are the text's: kept."""
    right = ANNOTATED[:5] + ["本方案所稱代碼(ab", "c)由區(qū)政府編制。"] + ANNOTATED[5:]
    docs = convert(_annotated_page(_column(NOTICE), right).encode("utf-8"), "x/x.txt", "x").documents
    assert "(ab" in "".join(_text(d) for d in docs)
