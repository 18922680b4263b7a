"""The document grammar on layouts of the sixty-first held-out set's kind
(issue #11): 公告 and 通知 that publish standards and plots (土地征收 公告 with
their villages and groups, 最低工资标准 通知, price tables). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
NOTICE_BODY = ["为保障某某市城市建设用地需求，经市人民政府研究决定，现发布土地征收公告：", "一、拟征收土地的范围",
               "征收土地位于某某镇某某村。", "二、其他事项", "任何单位和个人不得在拟征地范围内抢栽抢建。", "特此公告",
               "某某市人民政府", "2021年10月18日"]


# ---------------------------------------------------------------- a 公告's serial on its title's line

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("serial", ["〔2021〕第25号", "〔2021〕25号", "[2021]第25号"])
def test_a_serial_in_year_brackets_after_a_notice_title_is_its_number(serial, columns):
    """A 公告 numbers its series with the year in brackets and a serial, no
    organ code ('〔2021〕第25号'), printed under the title as ORDER_NUMBER_RE
    reads it; a page that prints its heading on one line runs it after the
    kind word ('某某市人民政府土地征收预公告〔2021〕第25号'). The serial is no
    part of the title: the title ends on its kind word, the serial is the
    number, as '…公告第3号' is read."""
    title = "某某市人民政府土地征收预公告"
    docs = _documents(NOTICE + [title + serial] + NOTICE_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number.replace("[", "〔").replace("]", "〕") == serial.replace("[", "〔").replace("]", "〕")
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府"], "2021-10-18")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_year_in_brackets_inside_a_title_is_no_serial(columns):
    """Control: a title that names a year in brackets before its kind word
    ('…关于〔2021〕第25号公告的补充公告') ends on its kind word, not on a serial."""
    title = "某某市人民政府关于〔2021〕第25号公告的补充公告"
    docs = _documents(NOTICE + [title] + NOTICE_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number is None


@pytest.mark.parametrize("columns", [None, 26])
def test_an_orders_number_with_its_year_in_brackets_stays_whole(columns):
    """Control: a 令 prints its number under the 规章's title as its
    发文机关标志 and serial, the year in brackets between ('政府令〔2010〕第15号',
    holdout6's 河北 规定): that line is the number whole, no title before a serial."""
    docs = _documents(NOTICE + ["某某省气象灾害防御规定", "政府令〔2010〕第15号",
                                "《某某省气象灾害防御规定》已经省政府常务会议通过，现予公布，自2011年2月1日起施行。",
                                "省长", "二○一○年十二月二十五日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某省气象灾害防御规定"]
    assert docs[1].doc_number == "政府令〔2010〕第15号"


# ---------------------------------------------------------------- a price table one cell a line

PRICE_NOTICE = ["关于调整城区生活污水处理费的公告", "城区各自来水用户：",
                "经价格听证并报市政府研究决定，分步调整城区生活污水处理费，调整时间和标准如下："]
PRICE_ROWS = [["生活用水", "0.50", "0.70"], ["工业用水", "0.55", "0.75"], ["经营服务用水", "0.90", "1.10"],
              ["综合价格", "0.60", "0.80"]]
PRICE_CLOSE = ["注：第二步调整收费按2024年2月1日起的抄见水量计费。", "特此公告。", "某某市物价局", "2023年3月20日"]


def _tables(doc):
    return [b for part in doc.parts for b in part.blocks if type(b).__name__ == "Table"]


@pytest.mark.parametrize("heads", [["现行标准", "调整后标准"], ["2023年4月1日起", "2024年1月1日起"], ["202341", "202411"]],
                         ids=["words", "dates", "dates-lost-their-words"])
@pytest.mark.parametrize("above", [[], ["单位：元/立方米"], ["城区生活污水处理费价格表"],
                                   ["城区生活污水处理费价格表", "单位：元/立方米"]],
                         ids=["bare", "unit", "caption", "caption-and-unit"])
def test_a_price_table_one_cell_a_line_under_a_group_header_is_a_table(heads, above):
    """A price table printed one cell a line: the stub's label, one group
    label over the columns ('污水处理费调整时间和标准'), the columns' own
    heads under it (the standard before and after, the dates each step
    starts, figures where the page lost their 年月日: '202341'), then rows of
    a label and its prices. The body's rows give the column count (a label,
    then two figures), so the header is the stub, the group over two columns
    and their two heads, whatever the heads hold (it was read only over
    years); the table's title and its unit line ('单位：元/立方米') are
    printed over it, no cells of it."""
    cells = ["用水性质", "污水处理费调整时间和标准", *heads] + [c for row in PRICE_ROWS for c in row]
    docs = _documents(PRICE_NOTICE + above + cells + PRICE_CLOSE, None)
    assert [d.title for d in docs] == [PRICE_NOTICE[0]]
    tables = _tables(docs[0])
    assert len(tables) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == \
        [["用水性质", "污水处理费调整时间和标准"], heads] + PRICE_ROWS
    assert (docs[0].issuers, docs[0].date) == (["某某市物价局"], "2023-03-20")


def test_labels_over_lines_of_words_are_no_price_table():
    """Control: short lines with no figures under a few labels (a list of
    places) give no rows of prices: the lines stay as they are."""
    cells = ["用水性质", "执行范围", "生活用水", "城区", "工业用水", "园区", "经营服务用水", "城区和园区"]
    docs = _documents(PRICE_NOTICE + cells + PRICE_CLOSE, None)
    assert _tables(docs[0]) == []


def test_a_label_padded_to_its_note_in_brackets_is_one_cell():
    """A web page pads a cell's text to its width, so that a label and its
    note in brackets come out parted by a run of spaces ('生活用水
    （含公共用水）'): one cell of the table printed one cell a line, not a row
    of two cells; the table is rebuilt with it."""
    rows = [["生活用水            （含公共用水）", "0.50", "0.70"]] + PRICE_ROWS[1:]
    cells = ["用水性质", "污水处理费调整时间和标准", "202341", "202411"] + [c for row in rows for c in row]
    docs = _documents(PRICE_NOTICE + cells + PRICE_CLOSE, None)
    tables = _tables(docs[0])
    assert len(tables) == 1
    assert [cell.text for cell in tables[0].rows[2]][1:] == ["0.50", "0.70"]
    assert tables[0].rows[2][0].text.startswith("生活用水") and tables[0].rows[2][0].text.endswith("（含公共用水）")


def test_a_price_table_under_a_title_over_two_lines_and_its_unit_is_a_table():
    """The table's title may take two short lines over its unit line (a
    narrow page wraps it): neither is a cell, and the reading starts under
    the unit line."""
    cells = ["用水性质", "污水处理费调整标准", "现行标准", "调整后标准"] + [c for row in PRICE_ROWS for c in row]
    docs = _documents(PRICE_NOTICE + ["某某市城区生活污水处理费", "两步调整价格表", "单位：元/立方米"] + cells + PRICE_CLOSE, None)
    tables = _tables(docs[0])
    assert len(tables) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == \
        [["用水性质", "污水处理费调整标准"], ["现行标准", "调整后标准"]] + PRICE_ROWS


def test_a_reading_shifted_under_a_label_taken_for_a_title_is_no_table():
    """Control: a table one cell a line whose run of short lines goes on one
    line past its rows ('全县经济稳中向好', a heading of the text) is no proof
    of its grid; read as if its first label ('指标名称') were a title over it,
    the rows shift by a line and open on figures: no such table is built."""
    cells = ["指标名称", "完成值（亿元）", "比上年增长（%）", "地区生产总值", "162.78", "5.7", "第一产业", "54.90", "7.5",
             "第二产业", "27.28", "5.3", "全县经济稳中向好"]
    docs = _documents(PRICE_NOTICE + cells + PRICE_CLOSE, None)
    assert not any(t.rows[0][0].text == "完成值（亿元）" for t in _tables(docs[0]))


# ---------------------------------------------------------------- a number cited at a line's end

@pytest.mark.parametrize("cited", ["某价函[2008]09号", "某市价格主管部门价函〔2008〕9号"])
def test_a_number_a_sentence_cites_at_its_lines_end_is_no_number_line(cited):
    """GB/T 9704 (7.2.4) prints a document's own 发文字号 on a line of its own;
    a sentence that cites one ('…其他收费政策详见某价函[2008]09号' / '文件。')
    may have it end a line the wrap cut. A line whose words before the number
    hold a sentence's punctuation (a comma, a 、) is that sentence's, and the
    line under it goes on with it."""
    body = ["城区各自来水用户：", "经价格听证并报市政府研究决定，调整城区生活污水处理费。",
            "调整后的生活污水处理费继续随自来水费征收。持有低保证的特困户可免征污", f"水处理费，其他收费政策详见{cited}",
            "文件。", "特此公告。", "某某市物价局", "2023年3月20日"]
    docs = _documents(["关于调整城区生活污水处理费的公告"] + body, None)
    texts = [b.text for b in docs[0].parts[0].blocks]
    assert f"调整后的生活污水处理费继续随自来水费征收。持有低保证的特困户可免征污水处理费，其他收费政策详见{cited}文件。" \
        in texts


# ---------------------------------------------------------------- a web table's cells each closed by a bar on a line of its own

ITEM_NOTICE = ["某某省医疗保障局关于调整部分医疗服务价格的通知", "各设区市医疗保障局：",
               "现就调整部分医疗服务价格有关事项通知如下：本通知自2024年11月15日起执行。", "附件：部分医疗服务价格项目表",
               "某某省医疗保障局", "2024年10月12日", "附件", "部分医疗服务价格项目表"]
ITEM_HEADER = ["序号", "项目编码", "项目名称", "项目内涵", "计价单位", "价格（元）", "备注"]
ITEM_ROWS = [["1", "12010000700", "新生儿护理", "含新生儿洗浴、脐部残端处理", "日", "45", ""],
             ["2", "12010000900", "精神病护理", "", "日", "40", "6周岁及以下儿童加收30%"],
             ["3", "12040001100", "中心静脉穿刺置管术", "含麻醉及首次静脉测压", "次", "110", "6周岁及以下儿童加收30%"]]


def _barred(rows: list[list[str]]) -> list[str]:
    """A web table copied as text one cell a line, each cell closed by a bar on the line under it (an empty cell:
    the bar alone)."""
    return [line for row in rows for cell in row for line in ([cell, "|"] if cell else ["|"])]


def test_cells_each_closed_by_a_bar_on_a_line_of_their_own_are_a_table():
    """A web page's table copied as text may give each cell on a line and
    the cell's closing bar on the line under it ('新生儿护理' / '|'), an empty
    cell as a bar alone: the bars part the cells, as they do on a row's line
    (holdout55's rule), and the cells are read one a line; no bar is a cell."""
    docs = _documents(NOTICE + ITEM_NOTICE + _barred([ITEM_HEADER] + ITEM_ROWS) + ["特此说明。"], None)
    assert docs[1].parts[1].title == "部分医疗服务价格项目表"
    tables = _tables(docs[1])
    assert len(tables) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == [ITEM_HEADER] + ITEM_ROWS


def test_a_bar_between_two_lines_of_words_is_no_barred_table():
    """Control: lines of a text with a bar set between some of them (a
    page's menu, '登录' / '|' / '注册') close no run of cells: no table."""
    docs = _documents(NOTICE + ["首页", "|", "登录", "|", "注册", "某某县人民政府关于做好秋季造林工作的通知", "各乡镇人民政府：",
                                "现将有关事项通知如下：请各乡镇在10月底前完成造林任务。", "某某县人民政府", "2021年9月1日"], None)
    assert not any(_tables(d) for d in docs)


@pytest.mark.parametrize("unit", [[], ["单位：元/立方米"]], ids=["title", "title-and-unit"])
@pytest.mark.parametrize("columns", [None, 26])
def test_a_tables_title_under_a_sentence_that_announces_it_opens_no_document(unit, columns):
    """A sentence that ends in a colon ('…调整时间和标准如下：') announces what
    follows: the table's title under it, though it ends in a 文种
    ('…两步调整方案'), is the table's, and the notice goes on to its
    signature and date; a new document's title after a text follows the end
    of a sentence or of its frame."""
    cells = ["用水性质", "污水处理费调整时间和标准", "现行标准", "调整后标准"] + [c for row in PRICE_ROWS for c in row]
    docs = _documents(PRICE_NOTICE + ["某某市城区生活污水处理费两步调整方案"] + unit + cells + PRICE_CLOSE, columns)
    assert [d.title for d in docs] == [PRICE_NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某市物价局"], "2023-03-20")
