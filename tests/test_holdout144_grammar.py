"""The document grammar on layouts of the hundred-and-forty-fourth held-out
set's kind (issue #11): the yearly work reports of towns, 街道, bureaus and
districts (政府信息公开工作年度报告, 工作总结及工作计划, 法治政府建设情况报告):
a title over the year's account, headings 一、（一）1., tables of figures copied
one cell a line. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

# A report cut short after a whole sentence, no signature or date: nothing closes it but the next title.
UNSIGNED = ["某某镇2022年政府信息公开工作年度报告", "一、总体情况",
            "2022年,某某镇认真贯彻落实政府信息公开条例,主动公开各类信息120条。",
            "二、主动公开政府信息情况", "全年未收到政府信息公开申请。"]


# ---------------------------------------------------------------- a 工作总结 is a document of its own

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某县农业农村局2022年工作总结和2023年工作计划",
                                   "某某区统计局2020年工作总结暨2021年工作安排",
                                   "某某市林业局2021年工作總結及2022年工作計劃",
                                   "某某街道办事处2023年工作总结"])
def test_a_work_summary_after_a_whole_sentence_opens_a_document(title, columns):
    """An organ's 工作总结, the account of its year's work, perhaps with the
    next year's plan after it under the same title ('…工作总结和…工作计划'),
    is published on its own as a 报告 is: after a text that ends on a whole
    sentence its title opens a document, and its kind is the 总结's, not the
    plan's the title ends on."""
    docs = _documents(UNSIGNED + [title, "一、2022年工作完成情况",
                                  "(一)项目建设有序推进。全年共实施重点项目12个,完成投资3.5亿元。",
                                  "二、2023年工作计划", "继续抓好重点项目建设。"], columns)
    assert [d.title for d in docs] == ["某某镇2022年政府信息公开工作年度报告", title]
    assert docs[1].kind == "总结"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_work_plan_alone_stays_a_text_a_notice_issues(columns):
    """Control: a 工作计划 alone is a text a notice issues (印发…工作计划的通知),
    as before: printed under the notice that names it, it is the notice's
    part, no document of its own."""
    docs = _documents(["某某县人民政府办公室关于印发某某县2023年工作计划的通知", "各乡镇人民政府:",
                       "现将《某某县2023年工作计划》印发给你们,请认真贯彻执行。",
                       "某某县人民政府办公室", "2023年2月1日", "某某县2023年工作计划",
                       "一、总体要求", "坚持稳中求进工作总基调。"], columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于印发某某县2023年工作计划的通知"]


# ---------------------------------------------------------------- a lead that opens on the report's own name

REPORT = "某某镇2023年政府信息公开工作年度报告"


def test_a_line_a_short_name_goes_on_from_is_no_title_printed_again():
    """A report's lead often opens on the report's own name and gives it a
    short one in brackets ('…年度报告（以下简称年报）根据…编制'); where the wrap
    cut the lead right after that name, its first line spells the title above
    it again. A short name's bracket goes on from the words before it: the
    line above it opens a sentence, no title's repeat, and the lead is one
    paragraph under the one title."""
    docs = _documents([REPORT, REPORT, "(以下简称年报)根据有关规定编制,全文包括总体情况等六个部分。",
                       "一、总体情况", "全年主动公开政府信息86条。"], None)
    assert [d.title for d in docs] == [REPORT]
    first = docs[0].parts[0].blocks[0]
    assert first.text.startswith(REPORT + "（以下简称年报）根据")


def test_a_title_printed_twice_stays_one_title_and_its_repeat():
    """Control: the title printed twice (a page's headline over the title as
    printed), no short name under the repeat, reads as before: one document,
    the repeat no title of its own."""
    docs = _documents([REPORT, REPORT, "根据有关规定编制本报告。", "一、总体情况", "全年主动公开政府信息86条。"], None)
    assert [d.title for d in docs] == [REPORT]


# ---------------------------------------------------------------- a 乡's or 镇's year, named by the place

@pytest.mark.parametrize("title", ["某某乡2020年政府信息公开工作年度报告", "某某镇2021年法治政府建设情况报告"])
def test_a_town_and_its_year_head_a_title_though_its_line_fills_the_measure(title):
    """A title that names a place and the year its matter covers ('XX县2019年
    …统计公报') is a 标题 by its own grammar, a 乡 or 镇 as much as a 县: at a
    measure its line fills, with no organ and no 关于, it still opens the
    file's document rather than reading as a body line run on past its kind
    word."""
    width = len(title) - 2  # the four figures of the year print at half width: the line fills the measure
    docs = _documents([title, title + "(以下简称年报)根据有关规定编制,全文包括总体情况等部分。", "一、总体情况",
                       "全年主动公开政府信息86条。", "二、存在的问题", "公开内容还不够全面。"]
                      + ["某某县统计局2022年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息40条。"], width)
    assert [d.title for d in docs] == [title, "某某县统计局2022年政府信息公开工作年度报告"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_on_the_towns_together_opens_no_title(columns):
    """Control: a sentence that takes the towns together ('各乡镇2022年…',
    '全镇2022年…') is no place's title, though the wrap end it on a kind word."""
    docs = _documents(["某某县人民政府关于做好2022年政府信息公开工作的通知", "各乡镇人民政府:",
                       "各乡镇2022年要认真编制政府信息公开工作年度报告", "并于1月31日前在网站公布。",
                       "某某县人民政府", "2022年1月5日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好2022年政府信息公开工作的通知"]


# ---------------------------------------------------------------- the outline goes on under a sentence that lost its close

def test_the_next_heading_opens_its_line_under_a_sentence_that_lost_its_close():
    """A page may drop a sentence's last words and its full stop ('…主动公开
    政府信息260余' for '…260余条。'); where that line fills the measure and its
    last character reads as a word with the numeral under it ('余' / '二'),
    the next heading of the outline, in sequence after the 一、 above ('二、'),
    still opens its own line: the outline goes on, no word's end."""
    docs = _documents([REPORT, "一、总体情况",
                       "一年来,某某镇认真贯彻落实政府信息公开条例,不断拓展公开内容、完善公开机制,"
                       "在门户网站通过工作动态、财经信息、年度报告等栏目主动公开政府信息260余",
                       "二、主动公开政府信息情况", "全年制发规范性文件5件。",
                       "三、存在的主要问题", "公开内容还不够全面。"], None)
    provisions = [b for b in docs[0].parts[0].blocks if getattr(b, "label", None)]
    assert [p.label for p in provisions] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_numeral_that_ends_a_word_out_of_sequence_still_goes_on(columns):
    """Control: a 一、 at a line's head whose numeral ends a word the full line
    above began ('…维护国家法制统' / '一、尊严、权威…') still goes on, the label
    not the next of the outline (no 一、 heading comes before it)."""
    docs = _documents(["某某县人民政府关于加强法治政府建设的通知", "各乡镇人民政府:",
                       "为切实维护国家法制统一、尊严、权威,推进依法行政,加快建设法治政府,现就有关事项通知如下。",
                       "某某县人民政府", "2023年3月1日"], columns)
    assert not [b for b in docs[0].parts[0].blocks if getattr(b, "label", None)]


# ---------------------------------------------------------------- placed by spaces: a centred title under cells at the indent

MEASURE_COLUMNS = 48  # display columns of the placed page's body lines (24 characters)


def _display(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _centred(text: str) -> str:
    return " " * ((MEASURE_COLUMNS - _display(text)) // 2) + text


def _paragraph(text: str) -> list[str]:
    """A body paragraph as pdftotext -layout places it: its first line indented two characters (GB/T 9704 7.3.3)."""
    out, line, limit = [], "    ", MEASURE_COLUMNS
    for ch in text:
        if _display(line + ch) > limit:
            out.append(line)
            line = ""
        line += ch
    return out + [line]


PLACED_TITLE = "2021年某某区法治政府建设情况报告"


def _placed_reports(cells: list[str]) -> str:
    first = [_centred(REPORT)] + _paragraph("一、总体情况") \
        + _paragraph("2023年，某某镇认真贯彻落实政府信息公开条例，不断拓展公开内容，完善公开机制，"
                     "通过政府门户网站、政务新媒体和公开栏等平台，主动公开机构职能、财政预算决算、重点项目、"
                     "民生保障和工作动态等各类政府信息120条，及时回应群众关切，保障人民群众的知情权。") \
        + _paragraph("二、收到和处理政府信息公开申请情况") + cells
    second = [_centred(PLACED_TITLE)] \
        + _paragraph("2021年，某某区坚持以法治思维推进各项工作，依法全面履行政府职能，深化行政审批制度改革，"
                     "严格规范公正文明执法，健全行政决策制度体系，强化对行政权力的制约和监督，"
                     "为全区经济社会发展创造良好法治环境。") \
        + _paragraph("一、推进法治政府建设的主要举措") \
        + _paragraph("区政府每年第一季度向区委、区人大常委会报告上一年度法治政府建设情况，并向社会公开。")
    return "\n".join(first + second) + "\n"


def test_a_centred_title_takes_no_cells_set_at_the_indent_above_it():
    """GB/T 9704 7.3.1 centres a title; where the file keeps each line's place
    (pdftotext -layout), a title's lines are all centred. A report's table
    printed one cell a line at the paragraph's indent (7.3.3: 左空二字) ends
    right over the next report's title, which opens on its year: the cells,
    short and with no sentence's marks, are none of the title's lines."""
    docs = _convert_text(_placed_reports(["    申请人情况", "    自然人", "    法人或其他组织", "    商业", "    企业"]))
    assert [d.title for d in docs] == [REPORT, PLACED_TITLE]


def test_a_centred_title_wrapped_over_centred_lines_stays_whole():
    """Control: a title centred over two lines keeps both, as before."""
    text = "\n".join([_centred("某某县人民政府关于印发某某县"), _centred("2023年重点工作任务的通知")]
                     + _paragraph("各乡镇人民政府，县直各单位：") + _paragraph("现将有关事项通知如下，请各乡镇、县直各单位结合实际认真贯彻落实。")
                     + ["                                某某县人民政府", "                                2023年3月1日"]) + "\n"
    docs = _convert_text(text)
    assert [d.title for d in docs] == ["某某县人民政府关于印发某某县2023年重点工作任务的通知"]


def _convert_text(text: str):
    from builder.convert import convert
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents
