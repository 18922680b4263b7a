"""The document grammar on layouts of the eighty-seventh held-out set's kind
(issue #11): everyday documents of county, county-level city and district
governments and their offices as their sites store them (公告, 通知 forwarding
or issuing a 方案 or 预案, 通知 on a change of divisions). Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped at
a narrow measure; a table row is kept whole, as extractors give rows) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.stages.layout import name_rows, normalise
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a page's metadata table that holds the head

FORWARDING_TITLE = "某某市某某区人民政府办公室关于转发《某某区河道长效管护实施方案》的通知"
TABLE = ["索 引 号: | AB1234567-2023-011 | 主题分类: | 区政府 |",
         "发布机构: | 区政府办公室 | 发文日期: | 2023-06-08 |",
         f"名 称: | {FORWARDING_TITLE} | ||",
         "文 号: | 某府办发〔2023〕17号 | 公开类型: | 主动公开 |",
         "公开属性: | 全部公开 | 公开期限: | 长期公开 |"]
FORWARDED = ["各镇人民政府，区政府相关委、办、局，各街道办事处：",
             "区水务局拟定的《某某区河道长效管护实施方案》已经区政府同意，现转发给你们，请认真按照执行。",
             "某某市某某区人民政府办公室", "2023年6月8日",
             "某某区河道长效管护实施方案",
             "为巩固河道整治成果，建立长效管护机制，制定本方案。",
             "一、工作目标",
             "到2025年底，全区河道全部达到长效管护标准。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_metadata_table_that_alone_holds_the_title_heads_the_document(columns):
    """A government site prints a disclosure table over the text (rows of
    label and value cells, closed by bars when copied: '名 称: | …的通知 | ||',
    '文 号: | 某府办发〔2023〕17号 | …') and then the text from its 主送 on:
    the table's 名称 cell is the 标题 and its 文号 cell the 发文字号 (GB/T 9704
    7.2.4, 7.3.1), so the document begins there, not at the forwarded 方案's
    title, and the document above ends before the table."""
    docs = _documents(NOTICE + TABLE + FORWARDED, columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARDING_TITLE]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某府办发〔2023〕17号", ["某某市某某区人民政府办公室"],
                                                                   "2023-06-08")
    assert docs[1].addressees == "各镇人民政府，区政府相关委、办、局，各街道办事处"
    assert [p.title for p in docs[1].parts][1:] == ["某某区河道长效管护实施方案"]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


def test_the_tables_other_cells_are_the_pages_furniture():
    """The cells that name the page (索引号, 主题分类, 公开期限…) are set
    aside with the page's furniture, as a running header is: nothing of the
    input goes unaccounted for."""
    lines, furniture = normalise("\n".join(NOTICE + TABLE + FORWARDED))
    lines, rows = name_rows(lines)
    assert [line.text for line in lines[len(NOTICE):len(NOTICE) + 3]] == \
        [FORWARDING_TITLE, "某府办发〔2023〕17号", FORWARDED[0]]
    assert [line.no for line in rows] == [6, 7, 8, 9, 10]
    assert "AB1234567-2023-011" in rows[0].text and not furniture


@pytest.mark.parametrize("columns", [None, 18])
def test_a_metadata_table_without_a_number_row_still_heads_the_document(columns):
    """The table may give the 名称 alone ('标 题: | …'), with no 文号 cell."""
    title = "某某县人民政府关于调整县森林防火指挥部成员的通知"
    docs = _documents(NOTICE + ["索 引 号: | 001002003/2022-00045 | 发布机构: | 县政府办公室 |",
                                f"标 题: | {title} |",
                                "各乡镇人民政府，县政府各部门：", "因人事变动，经县政府研究，决定调整县森林防火指挥部成员。",
                                "某某县人民政府", "2022年2月9日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].doc_number, docs[1].date) == (None, "2022-02-09")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_table_whose_name_cell_holds_no_title_stays_a_table(columns):
    """Control: a table in a document's text with label cells whose 名称
    holds a company's name (a row of particulars: '名 称: | 某某建材有限公司 |
    法定代表人: | 某某某 |') names no document: the rows stay where they are,
    the document they are printed in whole."""
    title = "某某县应急管理局关于某某建材有限公司安全生产行政处罚决定的公告"
    docs = _documents([title, "根据《中华人民共和国安全生产法》，现将行政处罚决定公告如下：",
                       "名 称: | 某某建材有限公司 | 法定代表人: | 某某某 |",
                       "地 址: | 某某县工业园区3号 | 处罚结果: | 罚款人民币二万元 |",
                       "某某县应急管理局", "2023年5月6日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].date == "2023-05-06"


# ---------------------------------------------------------------- an issue's last page: a 目录 in the left column

PLAN_NOTICE = ["某某区人民政府办公室关于印发《某某区粮食应急预案》的通知", "某政办发〔2020〕51号", "各街道办事处，区各有关单位：",
               "现将《某某区粮食应急预案》印发给你们，请结合实际，认真贯彻执行。", "某某区人民政府办公室", "2020年12月10日",
               "（此件公开发布）", "某某区粮食应急预案", "目　　录", "1　总则", "1.1　编制目的", "1.2　编制依据", "1.3　适用范围",
               "1.4　工作原则", "2　应急状态分级", "3　组织体系及职责", "3.1　应急指挥机构", "3.2　日常管理机构", "3.3　专家组",
               "4　监测预警", "4.1　市场监测", "4.2　信息报告", "5　应急响应", "5.1　响应程序", "5.2　应急结束", "6　附则"]
DIVISIONS = ["某某区人民政府关于变更部分行政区划的通知", "某区政发〔2021〕11号", "各镇人民政府、街道办事处，区各有关单位：",
             "根据省政府的批复精神，现就变更我区部分行政区划通知如下。",
             "一、撤销某某镇，设立某某街道。以原某某镇的行政区域为某某街道的行政区域。",
             "二、变更某某街道办事处驻地。将某某街道办事处驻地迁移至某某路1号。", "某某区人民政府", "2021年4月2日"]


@pytest.mark.parametrize("measure", [18, 20, 22, 24])
def test_a_last_page_whose_left_column_is_mostly_a_contents_list_is_read_column_by_column(measure):
    """An issue's last page in two columns: the left column holds a notice
    and the 目录 of the 预案 it issues (short heading lines that end
    anywhere, most of the column), the right column the next notice, ending
    early as a last page's does. The right column is prose at the page's
    measure, and down to its last line every row sets both columns: the list
    stands in a column of that measure, and the page is read column by
    column, each notice whole."""
    from builder.convert import convert
    from tests.test_extractor_layouts import _side_by_side
    from tests.test_holdout85_grammar import _wrapped

    left, right = _wrapped(PLAN_NOTICE, measure), _wrapped(DIVISIONS, measure)
    assert len(right) < len(left)
    page = ["              某某市人民政府公报　2021年第12号"] + _side_by_side(left, right, at=2 * measure + 4) \
        + [" " * measure + "- 24 -"]
    docs = convert(("\n".join(page) + "\n").encode(), "x.txt", "x").documents
    assert [d.title for d in docs] == [PLAN_NOTICE[0], DIVISIONS[0]]
    assert (docs[0].doc_number, docs[0].date) == ("某政办发〔2020〕51号", "2020-12-10")
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某区政发〔2021〕11号", ["某某区人民政府"], "2021-04-02")


def test_a_list_of_names_and_posts_whose_right_side_ends_early_is_no_page_of_columns():
    """Control: a 名单 set as names on the left and posts far right, the
    posts running out before the names (a group's last members listed with
    no post): the right side is no prose at a page's measure (its lines end
    anywhere), so nothing stands in a column and the lines stay as they are."""
    from builder.stages.layout import columns_read_apart

    names = ["王某某", "刘某", "李某某", "张某", "陈某某", "杨某", "赵某某", "黄某", "周某某", "吴某"] * 2
    posts = ["市发展和改革委员会主任", "市财政局局长", "市教育局副局长", "市公安局政委", "市民政局局长", "市司法局副局长",
             "市人力资源和社会保障局局长", "市自然资源和规划局副局长", "市生态环境局局长", "市住房和城乡建设局局长"]
    raws = list(enumerate([name + " " * (40 - 2 * len(name)) + post if k < len(posts) else name
                           for k, (name, post) in enumerate(zip(names, posts + [""] * len(names)))], start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws
