"""The document grammar on layouts of the two-hundred-and-fifty-sixth
held-out set's kind (issue #11): medical-insurance texts of cities, counties
and districts (a 新农合 筹资方案 and a 城乡居民医保 实施方案 a government
office issues, a 医疗保障局's 通知 on 门诊特殊病, its 公告 putting a draft
实施办法 out for comment with the draft annexed, a city's 待遇支付方案 a
county portal holds in a table's cell) as portals store them: excerpts cut
mid-sentence, one under another. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.stages.layout import normalise
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 方案 a county portal holds in a table of one column: its title the cell's text, closed by the cell's bar.
IN_A_CELL = ["某某市城乡居民医疗保险待遇支付方案 |",
             "根据国家和自治区有关文件精神，结合我市实际，制定本方案。",
             "一、基本原则", "坚持市级统筹，统一支付标准。", "二、住院统筹", "起付线按医院级别设置。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_in_a_table_cell_closed_by_its_bar_is_read_without_the_bar(columns):
    """A web page's table copied as text closes each cell with a vertical
    bar (layout.BAR_ROW_RE reads a row of several, split.CELL_BAR_RE a
    form's cells one a line); a table of one cell, the page holding the
    title in it, closes that cell so too ('…实施方案 |') with no cell above or
    under it. The bar is the cell's border, no character of the title: the
    title is read as printed without it, and opens the text."""
    doc, = _documents(IN_A_CELL, columns)
    assert doc.title == "某某市城乡居民医疗保险待遇支付方案"
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_forms_cells_one_a_line_a_row_and_a_bar_inside_words_stay_as_they_are():
    """Control: a form's cells a page prints one a line, each closed by its
    bar, are a table's (split.CELL_BAR_RE) and keep their bars, and so does a
    row of one cell under a table's rows of several; a row of two
    cells or more stays a row of cells; a bar with no space before it, inside
    a line's words or with words after it, is left as it stands."""
    lines, _ = normalise("序号 | 名称 |\n甲|乙两项\n某某 |乙\n表1 单位数 |\n单位数（个） |\n比重 |")
    assert lines[0].cells == ["序号", "名称"]
    assert [line.text for line in lines[1:3]] == ["甲|乙两项", "某某 |乙"]
    assert [line.text[-1] for line in lines[3:]] == ["|", "|", "|"]
    lines, _ = normalise("文 号 | 无号 | 主 题 词 | |\n时 效 |\n各县(区)医疗保障局:")
    assert lines[1].text.endswith("|")  # a disclosure table's last row, of one cell, under its rows of several


# A 公告 putting a draft out for comment, the draft annexed by name and printed after the date, its first article cut
# mid-sentence by the store.
ANNEXING = ["关于向社会公众征求《某某市职工基本医疗保险市级统筹实施办法(征求意见稿)》意见的公告",
            "为完善全市职工基本医疗保险制度，现征求社会公众意见，有关事项通知如下：",
            "一、征求意见时间", "2022年4月1日至4月20日",
            "附件:《某某市职工基本医疗保险市级统筹实施办法》(征求意见稿)", "某某市医疗保障局", "2022年3月31日",
            "某某市职工基本医疗保险市级统筹实施办法(征求意见稿)", "第一章 总则",
            "第一条 为进一步完善全市职工基本医疗保险制度，构建以基本医疗保险为主，大额医疗互助和商业"]
PLAN = ["某某市城乡居民医疗保险待遇支付方案",
        "根据国家和自治区有关文件精神，结合我市实际，制定本方案。",
        "一、基本原则", "坚持市级统筹，统一支付标准。", "二、住院统筹", "起付线按医院级别设置。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_naming_itself_in_its_preamble_after_the_annexes_named_is_a_document(columns):
    """GB/T 9704 7.3.4: the 附件说明 names each 附件, as a notice names the
    texts it passes on ('现将《…》印发给你们'). Once each is printed under it,
    a further title by its own grammar (its place's name first, its 文种 last,
    no clause mark) whose first paragraph names the text by that 文种 as
    itself ('…结合我市实际，制定本方案。') opens a text of its own, whatever
    the line above ended on (the annex's article an excerpt cut
    mid-sentence): no sentence runs on past a 文种 into a preamble that says
    which text it opens."""
    docs = _documents(ANNEXING + PLAN, columns)
    assert [d.title for d in docs] == [ANNEXING[0], PLAN[0]]
    assert [part.title for part in docs[0].parts][1:] == [ANNEXING[7]]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_the_notice_names_or_an_unnamed_one_stays_its_part(columns):
    """Control: a notice that names the 方案 it issues keeps it as its part
    (named_above), and one that hands a text on without naming it
    ('现将实施方案印发给你们') keeps a 方案 printed after it, though its
    preamble names itself; and a title over a first paragraph that names no
    text as itself stays a line of the article cut above it."""
    named = ["某某县人民政府办公室关于印发某某县城乡居民医疗保险实施方案的通知", "各乡镇人民政府:",
             "现将《某某县城乡居民医疗保险实施方案》印发给你们，请认真贯彻执行。", "某某县人民政府办公室", "2015年1月1日",
             "某某县城乡居民医疗保险实施方案", "根据有关文件精神，结合我县实际，制定本方案。", "一、指导思想", "坚持大病统筹为主。"]
    docs = _documents(named, columns)
    assert [d.title for d in docs] == [named[0]]
    unnamed = ["某某县医疗保障局关于做好居民医保工作的通知", "各乡镇人民政府:", "现将实施方案印发给你们，请认真贯彻执行。",
               "一、参保范围", "参加居民医保的人员包括本县户籍居民和"]
    docs = _documents(unnamed + PLAN, columns)
    assert [d.title for d in docs] == [unnamed[0]]
    silent = ["某某市城乡居民医疗保险待遇支付方案", "根据国家和自治区有关文件精神，现就有关事项说明如下。",
              "一、基本原则", "坚持市级统筹。"]
    docs = _documents(ANNEXING + silent, columns)
    assert [d.title for d in docs] == [ANNEXING[0]]


RUN_ON = ["某某市城乡居民医疗保险待遇支付方案",
          "根据国家和自治区有关文件精神，结合我市实际，制定本方案。 一、基本原则 (一)坚持市级统筹原则。统一制定支付方案。"
          " (二)坚持便民利民原则。定点医疗机构实行即时结报。 二、住院统筹 (一)起付线和支付比例。按医院级别设置。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_preamble_run_into_its_outline_still_names_the_text(columns):
    """A page that runs a text's paragraphs into one line with spaces
    (…制定本方案。 一、基本原则 (一)…), wrapped at any measure, sets the
    naming sentence's end before the outline's first heading on one line:
    the preamble still ends there, on the words that name the text as
    itself, and the title under the cut article opens a text of its own."""
    docs = _documents(ANNEXING + RUN_ON, columns)
    assert [d.title for d in docs] == [ANNEXING[0], RUN_ON[0]]
