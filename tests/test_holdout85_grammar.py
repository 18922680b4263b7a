"""The document grammar on layouts of the eighty-fifth held-out set's kind
(issue #11): provincial and city departments' (厅, 局, 委员会) short notices
issuing their 办法, 细则 and 方案, as gazettes print them and mirrors store
them. What the set left: an issue's last page printed in two columns whose
text runs down the left column and ends in the right column's first lines
(the last document's date, or its signature and date), as ``pdftotext
-layout`` gives it, the left column's lines perhaps a mirror's with pinyin
after their characters. Each case is invented text laid out so and goes
through the real input path; ``measure`` is the column's measure in
characters (a gazette's narrowest to a wide one).
"""
from __future__ import annotations

import pytest

from builder.convert import convert, convert_text
from builder.stages.decode import decode
from builder.stages.layout import columns_read_apart
from builder.text.lines import width
from tests.test_extractor_layouts import _side_by_side, printed

MEASURES = [18, 20, 26]

FIRST = ["某某省住房和城乡建设厅", "关于印发《某某省公共租赁住房管理办法》的通知", "某建保〔2021〕188号", "各市州住房和城乡建设局：",
         "经省人民政府同意，现将《某某省公共租赁住房管理办法》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时反馈我厅。",
         "某某省住房和城乡建设厅", "2021年10月9日", "某某省公共租赁住房管理办法", "第一章　总　则",
         "第一条　为切实保障城镇住房困难群体基本住房需求，规范公共租赁住房管理工作，根据有关规定，结合我省实际，制定本办法。",
         "第二条　全省行政区域内公共租赁住房的筹集、分配、使用、退出和管理，适用本办法。",
         "第三条　本办法所称公共租赁住房，是指限定建设标准和租金水平，面向符合规定条件的城镇中等偏下收入住房困难家庭、"
         "新就业无房职工和在城镇稳定就业的外来务工人员出租的保障性住房。"]
LAST = ["某某市住房保障和房屋管理局关于印发某某市保障性租赁房2019年第三批轮候分配方案的通知", "各有关单位：",
        "根据《某某市社会保障性住房管理条例》《某某市社会保障性住房管理条例实施办法》有关规定，我局制定了《某某市保障性租赁房"
        "2019年第三批轮候分配方案》，现予以印发实施。各区要认真组织实施，确保分配工作公开、公平、公正。",
        "某某市住房保障和房屋管理局", "2019年9月17日"]


def _wrapped(paragraphs: list[str], measure: int) -> list[str]:
    """Each paragraph hard-wrapped at ``measure`` characters, as a column
    sets it (a Latin letter half a character, a toned one, GB 2312's, whole)."""
    lines = []
    for paragraph in paragraphs:
        line = ""
        for ch in paragraph:
            if 2 * width(line + ch) > 2 * measure:
                lines, line = lines + [line], ""
            line += ch
        lines.append(line)
    return lines


def _last_page(measure: int, spill: int, pinyin: bool = False, first: int = 0) -> str:
    """An issue's last page in two columns: the running head, the left column
    full (the first notice from its paragraph ``first``, then the last one),
    its last ``spill`` lines set at the top of the right column, the folio
    under both."""
    paragraphs = FIRST[first:] + LAST
    if pinyin:  # a mirror's annotations after characters, wrapped with them (the last lines, the date, have none)
        for han, sound in [("省", "shěng"), ("实", "shí"), ("条", "tiáo"), ("规", "guī"), ("租", "zū"), ("政", "zhèng")]:
            paragraphs = [p.replace(han, f"{han}({sound})") for p in paragraphs]
    lines = _wrapped(paragraphs, measure)
    left, right = lines[:-spill], lines[-spill:]
    page = ["              某某省人民政府公报　2021年第12号"] + _side_by_side(left, right, at=2 * measure + 4, columns=printed) \
        + [" " * measure + "- 24 -"]
    return "\n".join(page) + "\n"


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("spill", [1, 2, 3])
def test_an_issues_last_page_ending_in_the_right_columns_first_lines_is_read_column_by_column(spill, measure):
    """GB/T 9704's 成文日期 under the 发文机关署名 ends the last document; on
    an issue's last page printed in two columns the text may run down the
    left column and end in the right column's first lines, fewer than the
    four rows of both columns a page of columns otherwise shows. The left
    column running on alone for a page's lines under them, each right line
    one run of text, the page is read column by column: the last notice keeps
    its date, the lines beside it no piece of another document."""
    docs = convert_text(_last_page(measure, spill), "x.txt", "x").documents
    assert [d.title for d in docs] == ["某某省住房和城乡建设厅关于印发《某某省公共租赁住房管理办法》的通知", LAST[0]]
    assert (docs[0].doc_number, docs[0].date) == ("某建保〔2021〕188号", "2021-10-09")
    assert (docs[1].issuers, docs[1].date) == (["某某市住房保障和房屋管理局"], "2019-09-17")


@pytest.mark.parametrize("measure", MEASURES)
def test_a_mirrors_pinyin_in_the_left_column_of_a_last_page_is_measured_as_printed(measure):
    """A mirror's pinyin after characters ('省(shěng)') in the left column:
    decode takes it out, which leaves those lines short of the column's
    measure; on a last page, whose left column alone tells the measure, its
    lines are measured with the columns taken out (as printed), and the page
    is still read column by column. (The page opens inside the notice the
    page before began: its body, then its text's articles.)"""
    data = _last_page(measure, 1, pinyin=True, first=4).encode()
    assert "(shěng)" in data.decode() and "(shěng)" not in decode(data).text
    docs = convert(data, "x.txt", "x").documents
    assert [d.title for d in docs][-1] == LAST[0]
    assert docs[-1].date == "2019-09-17"


def test_a_line_with_a_piece_set_right_over_prose_of_the_full_measure_is_no_pair_of_columns():
    """Control: GB/T 9704 7.2.4 sets an upward document's 发文字号 and 签发人
    on one line, the 签发人 to the right edge; the body under it runs the
    full measure, past where the 签发人 starts, so no column stands there:
    the lines stay as they are."""
    body = _wrapped(["某某市交通运输局关于调整城市公共交通票价的请示", "某某市人民政府：",
                     "为促进城市公共交通健康发展，缓解企业运营压力，根据有关规定，我局拟对城市公共交通票价进行调整。"
                     "现将有关情况请示如下：一、调整的必要性。近年来，燃料、人工等运营成本持续上涨，企业亏损逐年扩大。"
                     "二、调整的方案。普通线路票价由1元调整为2元，空调线路票价由2元调整为3元。"
                     "三、配套措施。对老年人、学生等群体继续实行优惠乘车政策。妥否，请批示。",
                     "某某市交通运输局", "2021年5月6日"], 26)
    raws = list(enumerate(["某交发〔2021〕12号" + " " * 24 + "签发人：某某某"] + body, start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws


def test_a_list_under_a_heading_set_apart_is_no_last_page_of_columns():
    """Control: a 名单's heading with a note set far right ('（按姓氏笔画为序）')
    over a column of names and posts: its lines end anywhere, not at one
    measure as prose does, so they are no left column and stay rows."""
    names = ["王某某　市发展和改革委员会主任", "刘某　市财政局局长", "李某某　市教育局副局长", "张某　市公安局政委",
             "陈某某　市民政局局长", "杨某　市司法局副局长", "赵某某　市人力资源和社会保障局局长", "黄某　市自然资源和规划局副局长",
             "周某某　市生态环境局局长", "吴某　市住房和城乡建设局局长"] * 3
    raws = list(enumerate(["某某市城市管理委员会成员名单" + " " * 20 + "（按姓氏笔画为序）"] + names, start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws


@pytest.mark.parametrize("measure", MEASURES)
def test_a_one_page_issue_whose_columns_stand_under_its_contents_is_read_column_by_column(measure):
    """An issue of one page: its masthead and 目录 set across the page, then
    the two columns, the right one holding the last notice's last lines
    only. The lines above the columns' first row of both are the page's
    head, not the left column's: the columns are read from that row, one
    after the other."""
    lines = _wrapped(FIRST + LAST, measure)
    left, right = lines[:-3], lines[-3:]
    head = ["某某省人民政府公报", "2021年第12号", "目　　录"] + _wrapped(
        ["某某省住房和城乡建设厅关于印发《某某省公共租赁住房管理办法》的通知……1", LAST[0] + "……1"], measure) + [""]
    data = ("\n".join(head + _side_by_side(left, right, at=2 * measure + 4)) + "\n").encode()
    docs = convert(data, "x.txt", "x").documents
    assert [d.title for d in docs] == ["某某省住房和城乡建设厅关于印发《某某省公共租赁住房管理办法》的通知", LAST[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市住房保障和房屋管理局"], "2019-09-17")
