"""The document grammar on layouts of the sixty-third held-out set's kind
(issue #11): notices whose annexes follow the body after the signature or the
date (名单 with counted headings over units one a line, 名录 tables printed one
cell a line), as web pages give them (a title and its 主送 run together, the
indent lost to '?'). Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _blank_documents(paragraphs: list[str], columns: int | None):
    """The same, a blank line between the lines (an extractor that parts every line so)."""
    return convert("\n\n".join(laid_out(paragraphs, columns)).encode("utf-8"), "x/x.txt", "x").documents


# ---------------------------------------------------------------- a list's rows under its counted heading

HONOURS = ["某某市人民政府关于表彰2006年园林绿化先进单位的通报", "各县、区人民政府：",
           "决定授予某某水厂等单位为“花园式单位”。", "附件：某某市2006年花园式单位名单", "二〇〇七年三月十九日",
           "附件：", "某某市2006年花园式单位名单", "一、花园式单位（21个）", "（一）江南区（3个）", "某某水厂",
           "二、绿化达标单位（72个）", "（一）青秀区（12个）", "市民政局"]
JOINT = ["中共某某省委办公厅、某某省人民政府办公厅关于表彰2007年度全省优质稻产业开发等先进单位的通报",
         "（某办文〔2008〕4号）", "各市、州、县党委和人民政府：", "决定授予某某县等8个县（市）称号。",
         "中共某某省委办公厅", "某某省人民政府办公厅", "2008年1月16日"]


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_under_a_counted_heading_is_the_lists_row_not_the_next_titles_issuer(columns, blank):
    """A 名单's numbered heading counts the items under it ('（一）青秀区（12个）'):
    the organs' names one a line right under it are its rows, even the last
    before the next document. The title under them names its own issuers
    before 关于 (GB/T 9704 7.2.5); the row above is none of them."""
    docs = (_blank_documents if blank else _documents)(HONOURS + JOINT, columns)
    assert [d.title for d in docs] == [HONOURS[0], JOINT[0]]
    assert docs[1].issuers == ["中共某某省委办公厅", "某某省人民政府办公厅"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_issuer_alone_over_its_about_line_still_heads_its_title(columns):
    """Control: the 发文机关 on a line of its own over '关于…的通知', under a
    document that ends on its date, is the title's first line."""
    docs = _documents(NOTICE + ["某某县人民政府办公室", "关于公布某某县第五批非物质文化遗产名录项目的通知",
                                "某政办发〔2019〕43号", "各镇人民政府：", "现予以公布。", "某某县人民政府办公室",
                                "2019年7月18日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府办公室关于公布某某县第五批非物质文化遗产名录项目的通知"]


# ---------------------------------------------------------------- a title and its 主送 on one line

LISTED = "某某市人民政府关于公布第四批市级非物质文化遗产保护项目名录的通知"
LISTED_TO = "各县(市)、区人民政府,市人民政府各部门:"
LISTED_BODY = ["经市政府研究，现予以公布。", "附件：第四批市级非物质文化遗产项目名录", "某某市人民政府", "2015年12月29日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_and_its_addressees_run_together_part_at_the_space(columns):
    """GB/T 9704 sets the 标题 and the 主送 each on a line of its own; a page
    that ran them together parts them by a space ('…的通知 各县(市)、…各部门:').
    Before the space a whole title by its grammar, ending in its kind word;
    after it a 主送 closing on its colon, however the measure wraps them."""
    docs = _documents(NOTICE + [LISTED + " " + LISTED_TO] + LISTED_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], LISTED]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == (
        "各县（市）、区人民政府，市人民政府各部门", ["某某市人民政府"], "2015-12-29")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_space_inside_a_title_cuts_no_addressees_off(columns):
    """Control: OCR's space inside a title ('…部门意见 建议的通知') over a 主送:
    the line still ends in its kind word without the space, one title."""
    docs = _documents(NOTICE + ["关于收集对十个受评部门意见 建议的通知", "各位人大代表:",
                                "请各位人大代表收集选民的意见和建议。", "县人大工作评议办公室", "2018年8月21日"], columns)
    assert len(docs) == 2 and docs[1].title.replace(" ", "") == "关于收集对十个受评部门意见建议的通知"
    assert docs[1].addressees == "各位人大代表"


# ---------------------------------------------------------------- another organ's notice publishing a text so named

PUBLISHED = ["某甲市人民政府关于公布第三批市级非物质文化遗产名录的通知", "（某政发〔2011〕91号）", "各县（市、区）人民政府：",
             "确定了第三批市级非物质文化遗产名录，现予公布。", "附件：某甲市第三批市级非物质文化遗产名录项目名单",
             "某甲市人民政府", "二○一一年十二月二十六日", "附件：", "某甲市第三批市级非物质文化遗产名录项目名单",
             "一、民间文学（共计6项）", "菜瓜打金牛的传说"]
PUBLISHED_TOO = ["某乙市人民政府关于公布第三批市级非物质文化遗产名录的通知", "（某政〔2010〕42号）",
                 "各县、区人民政府，市政府各部门：", "市政府批准第三批市级非物质文化遗产名录，现予公布。", "某乙市人民政府",
                 "二〇一〇年七月八日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_another_organs_notice_publishing_a_text_of_the_same_name_is_a_document(columns):
    """A notice that publishes its 名录 (公布…名录) names that 名录; a title
    under it that itself publishes a 名录 of the same name, under an organ
    the notice above does not name, with its own 发文字号 and 主送, is that
    organ's notice: a document, not the text the notice above published."""
    docs = _documents(PUBLISHED + PUBLISHED_TOO, columns)
    assert [d.title for d in docs] == [PUBLISHED[0], PUBLISHED_TOO[0]]
    assert [(d.doc_number, d.date) for d in docs] == [("某政发〔2011〕91号", "2011-12-26"),
                                                      ("某政〔2010〕42号", "2010-07-08")]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_notice_a_forwarding_notice_names_stays_its_layer(columns):
    """Control: a 转发 names the organ whose notice it forwards ('…转发某某
    办公室《关于加强某某管理的规定》的通知'); that organ's notice printed
    after it ('某某办公室印发《…规定》的通知') is a layer of the 转发, not a document."""
    docs = _documents(["某某局转发某某生产办公室《关于加强录像机市场管理的规定》的通知", "各省、自治区、直辖市工商行政管理局:",
                       "现将某某生产办公室印发的《关于加强录像机市场管理的规定》转发给你们，请贯彻执行。",
                       "附件:某某生产办公室印发《关于加强录像机市场管理的规定》的通知",
                       "某某生产办公室印发《关于加强录像机市场管理的规定》的通知",
                       "国务院有关部门,各省、自治区、直辖市人民政府:", "现将《关于加强录像机市场管理的规定》印发给你们。"],
                      columns)
    assert len(docs) == 1
    assert any(part.title == "某某生产办公室印发《关于加强录像机市场管理的规定》的通知" for part in docs[0].parts)


# ---------------------------------------------------------------- an indent lost to '?'

@pytest.mark.parametrize("columns", [None, 26])
def test_question_marks_for_a_lost_indent_are_no_text(columns):
    """A page saved in a code page without the full-width space writes '?'
    for each of the spaces that indent a paragraph (GB/T 9704 7.3.3 左空二字):
    '??? 一、…' opens a provision, '??? 附件:' the 附件说明, as printed."""
    body = ["某某市发展改革委关于转发《某某工作的通知》的通知", "各区（县）发展改革委:",
            "??? 现将《某某工作的通知》转发给你们，并就相关问题通知如下：",
            "??? 一、本市专项申报的截止日期为2010年2月26日。", "??? 二、我委将对申报项目进行初步审查。", "??? 特此通知。",
            "??? 附件:", "??? 1、项目资金申请报告封面格式", "??? 2、项目简介编写要求", "某某市发展和改革委员会", "二○一○年一月七日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [body[0]]
    assert [p.label for p in docs[0].provisions] == ["一、", "二、"]
    assert (docs[0].date, docs[0].issuers) == ("2010-01-07", ["某某市发展和改革委员会"])
    assert "?" not in "".join(b.text for part in docs[0].parts for b in part.blocks)


def test_a_question_mark_opening_one_line_stays():
    """Control: '??' opening one line only is text, not an exporter's indent."""
    docs = _documents(NOTICE[:2] + ["??这是什么问题？请各乡镇在3月底前答复。"] + NOTICE[3:], None)
    assert "??这是什么问题" in "".join(b.text for part in docs[0].parts for b in part.blocks)


# ---------------------------------------------------------------- a 委员会 signs in full, its title says 委

@pytest.mark.parametrize("columns", [None, 26])
def test_a_committee_called_wei_in_its_title_is_the_signatures_committee(columns):
    """The title names a 委员会 by its short name (XX市发展改革委, 卫生健康委),
    the signature in full (XX市发展和改革委员会): one issuer, the signature's."""
    docs = _documents(["某某市发展改革委关于做好某某工作的通知", "各区（县）发展改革委:", "请认真做好某某工作。",
                       "某某市发展和改革委员会", "2010年1月7日"], columns)
    assert docs[0].issuers == ["某某市发展和改革委员会"]


# ---------------------------------------------------------------- an annex's tables and lists under counted headings

TABLED = ["某某市人民政府关于公布第三批市级非物质文化遗产名录的通知", "（某政发〔2011〕91号）", "各县（市、区）人民政府：",
          "确定了第三批市级非物质文化遗产名录，现予公布。", "附件：某某市第三批市级非物质文化遗产名录项目名单", "某某市人民政府",
          "二○一一年十二月二十六日", "附件：", "某某市第三批市级非物质文化遗产名录项目名单"]
SECTION_CELLS = ["一、民间文学（共计3项）", "序号", "编号", "项目名称", "申报地区", "1", "Ⅰ-1", "某甲的传说", "甲县", "2", "Ⅰ-2",
                 "某乙的故事", "甲县", "3", "Ⅰ-3", "古柳树的传说", "乙县", "二、传统音乐（共计2项）", "序号", "编号", "项目名称",
                 "申报地区", "4", "Ⅱ-1", "金氏古筝", "丙市", "5", "Ⅱ-2", "东南庄唢呐", "乙县"]


def _tables(doc):
    return [[[cell.text for cell in row] for row in block.rows] for part in doc.parts for block in part.blocks
            if hasattr(block, "rows")]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_tables_cells_under_each_counted_heading_stay_its_cells(columns):
    """An annex's 名录 printed one cell a line under headings that count its
    rows ('一、民间文学（共计3项）' over '序号' / '编号' / … / '1' / 'Ⅰ-1' …): each
    heading is a provision of its own and no cell; the cells under it are a
    table of their own (header and rows), not the heading's text run on."""
    docs = _documents(TABLED + SECTION_CELLS, columns)
    assert [d.title for d in docs] == [TABLED[0]]
    assert [p.label + p.heading for p in docs[0].provisions] == ["一、民间文学（共计3项）", "二、传统音乐（共计2项）"]
    assert _tables(docs[0]) == [
        [["序号", "编号", "项目名称", "申报地区"], ["1", "Ⅰ-1", "某甲的传说", "甲县"], ["2", "Ⅰ-2", "某乙的故事", "甲县"],
         ["3", "Ⅰ-3", "古柳树的传说", "乙县"]],
        [["序号", "编号", "项目名称", "申报地区"], ["4", "Ⅱ-1", "金氏古筝", "丙市"], ["5", "Ⅱ-2", "东南庄唢呐", "乙县"]]]


NAMED_UNITS = ["（一）江南区（3个）", "某某水务股份有限公司三津水厂", "某某区水产试验场", "某某高速公路管理机构筹备处收费站",
               "（二）西乡塘区（2个）", "恒大新城小区", "桂馨源花园小区"]


def test_units_one_a_line_under_a_counted_heading_stay_apart():
    """A 名单's heading counts its units ('（一）江南区（3个）'); as many lines
    stand under it before the next heading, each a name that ends on its
    line whatever word it ends with (厂, 场, 小区): each is an item of its own,
    not one paragraph run together."""
    docs = _documents(HONOURS[:7] + NAMED_UNITS, None)
    texts = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "role")]
    assert all(name in texts for name in NAMED_UNITS[1:4] + NAMED_UNITS[5:])


@pytest.mark.parametrize("columns", [18])
def test_a_wrapped_row_under_a_counted_heading_runs_on(columns):
    """Control: a table's row the page ran into one long paragraph under a
    counted heading, hard-wrapped, may take as many lines as the heading
    counts: lines of one width, or ending where a word runs on ('…区或'), are
    the wrap's, and the paragraph runs on whole."""
    row = "序号项目编号项目名称申报县（市）、区或单位08Ⅸ-12史氏痔瘘封丘县09Ⅸ-13小刘先中医儿科疗法红旗区10Ⅸ-14界地高氏正骨辉县市"
    docs = _documents(TABLED + ["五、传统医药（4项）", row], columns)
    texts = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "role")]
    assert row in texts


# ---------------------------------------------------------------- an 附件说明 entry's name the wrap carried on

def test_an_annex_entrys_name_going_on_is_no_text_printed_with_the_notice():
    """GB/T 9704 7.3.4: the 附件说明's entries are numbered in sequence; the
    wrap may carry an entry's name onto lines that read as a title ('某局办公室
    关于…的通知', the forwarded notice's name). Between entry 1's line and
    entry 2 they are entry 1 going on, not the forwarded text printed there:
    the signature and date under the list are the notice's."""
    title = "某某市发展改革委关于转发《某某部办公厅、某某局办公室关于组织实施现代中药高技术产业发展专项的通知》的通知"
    lines = laid_out([title, "各区（县）发展改革委："], 20) + [
        "\u3000\u3000现将《某某部办公厅、某某局办公室关于组织", "实施现代中药高技术产业发展专项的通知》", "转发给你们，请认真做好申报工作。",
        "\u3000\u3000特此通知。", "\u3000\u3000附件:", "\u3000\u30001、某某部办公厅、某", "某局办公室关于组织实施现代中",
        "药高技术产业发展专项的通知", "\u3000\u30002、项目资金申请报告封面格式", "\u3000\u30003、项目简介编写要求",
        "某某市发展和改革委员会", "二○一○年一月七日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [title] and len(docs[0].parts) == 1
    assert (docs[0].date, docs[0].issuers) == ("2010-01-07", ["某某市发展和改革委员会"])


def test_question_marks_after_the_layouts_indent_are_its_lost_indent_too():
    """The '?' a page wrote for its indent, under the indent a print sets
    (two ideographic spaces): removed, the print's indent kept."""
    lines = ["某某市发展改革委关于做好某某工作的通知", "各区（县）发展改革委:", "\u3000\u3000??? 一、本市专项申报的截止日期为2010年2月26日。",
             "\u3000\u3000??? 二、我委将对申报项目进行初步审查。", "\u3000\u3000??? 特此通知。", "某某市发展和改革委员会", "二○一○年一月七日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [p.label for p in docs[0].provisions] == ["一、", "二、"]
    assert docs[0].date == "2010-01-07"


# ---------------------------------------------------------------- a short figure alone is a cell

@pytest.mark.parametrize("columns", [None, 26])
def test_a_serial_alone_over_a_code_stays_a_cell_of_its_own(columns):
    """A table printed one cell a line whose rows are too few to rebuild it
    (one row, the excerpt ends there) keeps its cells one a line: a row's
    serial alone ('1') over the next cell's code ('08') is no number the wrap
    cut, since a line the wrap filled holds more than a short figure."""
    docs = _documents(["某某县人民政府办公室关于公布某某县第五批非物质文化遗产名录项目的通知", "各镇人民政府：", "现予以公布。",
                       "附件：某某县第五批非物质文化遗产保护名录表", "某某县人民政府办公室", "2019年7月18日", "附件",
                       "某某县第五批非物质文化遗产保护名录表", "编号", "代码", "项目类别", "项目名称", "申报单位", "1", "08", "传统技艺",
                       "某某酱酿造技艺", "某某县文化馆"], columns)
    texts = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "role")]
    assert "1" in texts and "08" in texts
