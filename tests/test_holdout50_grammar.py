"""The document grammar on layouts of the fiftieth held-out set's kind (issue
#11): 政府信息公开工作年度报告 of city, county and town governments and their
departments, titled by the organ and the year the report covers, in the
standard outline and with the standard tables. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Paragraph, Provision, Table
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
OPENING = ["一、总体情况", "根据《中华人民共和国政府信息公开条例》要求，编制本报告。", "（一）主动公开情况", "全年主动公开政府信息20条。"]


# ---------------------------------------------------------------- the organ named before the year is the author

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lines,organ", [
    (["某某市人民政府办公室", "2022年政府信息公开工作年度报告"], "某某市人民政府办公室"),
    (["某某县某某镇人民政府", "2022年政府信息公开工作年度报告"], "某某县某某镇人民政府"),
    (["某某县审计局", "2022年度政府信息公开工作年度报告"], "某某县审计局"),
    (["某某区人民政府2017年政府信息公开工作年度报告"], "某某区人民政府"),
    (["某某市人民政府以工代赈办公室", "2020年度政府信息公开工作年度报告"], "某某市人民政府以工代赈办公室"),
])
def test_the_organ_named_before_the_year_a_report_covers_is_its_author(lines, organ, columns):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 事由 + 文种, 关于 left out where the
    事由 opens with the year it covers ('XX局2022年度…年度报告'). No organ's
    name holds a year: the whole name before it, its office or department
    too, is the author of the unsigned report, not the government alone."""
    docs = _documents(NOTICE + lines + OPENING, columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(lines)]
    assert docs[1].issuers == [organ]


@pytest.mark.parametrize("title", ["2022年某某县国民经济和社会发展统计公报", "某某县2022年国民经济和社会发展计划执行情况的报告"])
def test_a_year_after_no_organ_names_no_author(title):
    """Only an organ's whole name before the year names the author: a
    place alone, or a year first, names none."""
    docs = _documents(NOTICE + [title] + OPENING, None)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- a report's title that fills the measure

REPORT = ["某甲县统计局2021年度政府信息公开工作年度报告", "一、总体情况", "2021年，我局主动公开政府信息20条。", "（三）政府信息管理"]


@pytest.mark.parametrize("columns", [23, 24])
def test_a_title_naming_its_organ_and_year_opens_a_document_though_it_fills_the_measure(columns):
    """A line that fills the measure runs on into the next, unless it is a
    whole 标题 by its own grammar under a line that stopped short: '关于' after
    an organ (TITLE_GRAMMAR_RE), or an organ's whole name and the year the 事由
    opens with (GB/T 9704 7.3.1: no sentence of the body begins so, at the
    margin, under a heading). The report above ends at a heading (the
    excerpt cut), the title fills the line by chance of the wrap."""
    title = "某某县人民政府2021年度政府信息公开工作年度报告"  # 23 columns
    docs = _documents(REPORT + [title, "根据《中华人民共和国政府信息公开条例》要求，编制本报告。"] + OPENING, columns)
    assert [d.title for d in docs] == [REPORT[0], title]
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [23, 24])
def test_a_sentence_that_names_a_report_at_the_margin_runs_on(columns):
    """Under a line that fills the measure mid-sentence, the same words are
    the sentence's: no title opens there."""
    body = "现将本县主动公开的各类政府信息情况汇总编制为某某县人民政府2021年度政府信息公开工作年度报告予以公开发布。"
    docs = _documents(REPORT + [body] + OPENING, columns)
    assert [d.title for d in docs] == [REPORT[0]]


@pytest.mark.parametrize("columns", [18, 19, 20])
def test_an_organ_line_over_its_year_line_opens_a_title_under_a_full_heading(columns):
    """GB/T 9704 7.3.1: a title set over lines is broken between words, its
    发文机关 alone on the first line over the 事由 that opens with the year
    ('XX市人民政府办公室' / '2020年…年度报告'). The excerpt above ends at a
    heading the wrap fills to the measure; the organ's name alone on a line
    that stops short is no sentence's rest: the title opens there."""
    above = REPORT[:3] + ["三、收到和处理政府信息公开申请情况"]  # 18 columns
    title = ["某某市人民政府办公室", "2020年政府信息公开工作年度报告"]
    docs = _documents(above + title + ["根据《中华人民共和国政府信息公开条例》要求，编制本报告。"] + OPENING, columns)
    assert [d.title for d in docs] == [REPORT[0], "".join(title)]
    assert docs[1].issuers == ["某某市人民政府办公室"]


# ---------------------------------------------------------------- the standard table, as a web page's copy gives it

TABLE_ROWS = ["第二十条第(一)项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t0",
              "行政规范性文件\t2\t0\t5", "第二十条第(五)项\t\t\t", "信息内容\t本年处理决定数量\t\t", "行政许可\t3\t\t"]


def _tables(doc) -> list:
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_first_row_of_one_cell_spanning_the_table_is_its_row(columns):
    """A line the extractor gave with tabs is a row, its empty cells left
    empty (a web table's 合并单元格 copied: '第二十条第(一)项' over the four
    columns it heads). Over the table's header it is the table's first row,
    not a line of its own that reads as 第二十条 of the report."""
    docs = _documents(NOTICE + ["某某县审计局2022年度政府信息公开工作年度报告", "二、主动公开政府信息情况"] + TABLE_ROWS
                      + ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"], columns)
    [table] = _tables(docs[1])
    assert [cell.text for cell in table.rows[0]][:1] == ["第二十条第(一)项"]
    assert len(table.rows) == len(TABLE_ROWS)
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["二、", "三、"]


@pytest.mark.parametrize("cited", ["第二十条第(一)项", "第二十条第（五）项", "第十条第(二)款"])
def test_an_article_and_its_bracketed_item_cited_open_no_article(cited):
    """立法技术规范: an article's 项 are numbered （一）, and a text cites one
    as '第二十条第（一）项'; an article's label is followed by its text, never
    by the item it holds ('第十条第四项修改为…' is cited already). A table
    printed one cell per line sets the citation alone on its line: no
    第二十条 of the report opens there."""
    cells = [cited, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0"]
    docs = _documents(NOTICE + ["某某县审计局2022年度政府信息公开工作年度报告", "二、主动公开政府信息情况"] + cells
                      + ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"], None)
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["二、", "三、"]


@pytest.mark.parametrize("title,organ", [
    ("某某区人民政府外事办公室政府信息公开工作2022年度报告", "某某区人民政府外事办公室"),
    ("某某县人民政府应急管理办公室森林防火工作方案", "某某县人民政府应急管理办公室"),
])
def test_a_governments_office_named_by_its_charge_is_the_whole_organ(title, organ):
    """A government's office is named by the government and its charge,
    'XX区人民政府外事办公室' (as its 办公室 is 'XX区人民政府办公室'): a title
    that opens with that whole name is the office's, not the government's."""
    docs = _documents(NOTICE + [title] + OPENING, None)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [organ]


# ---------------------------------------------------------------- a bracket the wrap left open runs on

def test_a_bracket_left_open_at_a_date_runs_on_and_is_no_bulletins_imprint():
    """A 简报's imprint is its compiler's name and the date on one line
    ('XX县人民政府督查室 2022年8月19日'), a name that holds its brackets
    whole ('XX（XX）'): a line that opens a bracket and breaks after a date
    inside it ('(报告中所列数据的统计期限自2021年1月1日' / '起至…止)。') is
    a sentence the wrap cut, which goes on under it."""
    lines = ["某某县人民政府2021年度政府信息公开工作年度报告",
             "　　根据有关规定要求编制本年度报告。现将山阳县人民政府2021",
             "年政府信息公开工作年度报告予以公开发布。",
             "(报告中所列数据的统计期限自2021年1月1日",
             "起至2021年12月31日止)。",
             "　　一、总体情况",
             "　　2021年，本县坚持以公开为常态，不公开为例外。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents[0]
    texts = [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
    assert "（报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止）。" in texts, texts


@pytest.mark.parametrize("columns", [None, 20])
def test_a_period_in_brackets_under_the_title_dates_nothing(columns):
    """A note in brackets under a title may date a speech ('（2020年4月10日
    根据录音整理）'); one that gives the period a report covers, from one date
    to another ('（…自2021年1月1日起至2021年12月31日止）'), names no 成文日期."""
    docs = _documents(NOTICE + ["某某县人民政府2021年度政府信息公开工作年度报告",
                                "（报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止）"] + OPENING, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府2021年度政府信息公开工作年度报告"]
    assert docs[1].date is None


# ---------------------------------------------------------------- a 文号's serial at a line's end is no page

def test_a_doc_numbers_serial_cut_after_its_year_is_no_toc_page():
    """GB/T 9704 7.2.4: 发文字号 = 代字〔年份〕序号: figures right after the
    year's closing 〕 are the serial, not a 目录 entry's page, though the
    wrap ends a line there ('…的通知》(〔2020〕209' / '号)要求,…'). The
    first document under the 目录 keeps its title and its first paragraph."""
    text = "\n".join([
        "某某省人民政府公报", "2022年第2号", "目　　录",
        "某某市人民政府以工代赈办公室2020年度政府信息公开", "工作年度报告 1",
        "某某区人民政府2017年政府信息公开工作年度报告 2",
        "",
        "某某市人民政府以工代赈办公室",
        "2020年度政府信息公开工作年度报告",
        "按照《关于做好2020年度政府信息公开工作年度报告和",
        "政府网站年度报表编制公布工作的通知》(〔2020〕209",
        "号)要求,编制本年度报告。",
        "一、政府信息公开总体情况",
        "今年以来,我办积极主动公开政府信息。",
        "某某区人民政府2017年政府信息公开工作年度报告",
        "根据有关规定,现公布本区年度报告。",
        "一、基本工作情况",
    ])
    gazette = convert(text.encode("utf-8"), "x/x.txt", "x")
    assert [d.title for d in gazette.documents] == ["某某市人民政府以工代赈办公室2020年度政府信息公开工作年度报告",
                                                     "某某区人民政府2017年政府信息公开工作年度报告"]
    assert len(gazette.toc) == 2
