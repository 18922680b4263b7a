"""The document grammar on layouts of the hundred-and-thirty-third held-out
set's kind (issue #11): plans (规划, 纲要) of city, county and district
governments and departments, printed whole or as a page's excerpt: the
plan's title with its compiler and month under it (a plan book's cover),
its own 目录 of 章, 节 and outline entries, tables and boxes, a 前言, then
一、（一）1. headings; or the 通知 or 通告 that issues it or puts it up for
comment. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _labels(doc) -> list[str]:
    return [p.label for p in doc.provisions]


# ---------------------------------------------------------------- a 目录 that lists tables and boxes

PLAN = ["某某县“十四五”交通运输发展规划", "某某县交通运输局", "2021年6月"]
BODY = ["第一章 发展基础", "一、发展成就", "“十三五”期间，全县交通运输投资累计完成20亿元，农村公路通达率达到100%。",
        "二、面临形势", "全县交通运输发展仍面临资金不足、项目储备不够等困难。",
        "第二章 主要任务", "一、完善路网", "加快推进国省干线提档升级，实施农村公路提质改造工程。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("caption", ["表：“十四五”时期全县交通运输主要指标", "表1：主要指标", "专栏2：重点工程",
                                     "图1：规划布局示意"])
def test_a_contents_entry_for_a_table_or_box_is_an_entry(caption, columns):
    """A long text's own 目录 lists its tables, figures and boxes (专栏)
    beside its headings, each by its caption's label and a colon, as the
    caption is printed over the table ('表：“十四五”时期全县民政事业发展主要
    指标'). The colon parts the label from the name; it ends no clause of a
    sentence, so the entry is the 目录's, and so are the entries under it:
    none of them is a provision."""
    contents = ["目录", "第一章 发展基础", "一、发展成就", "二、面临形势", caption, "第二章 主要任务", "一、完善路网"]
    docs = _documents(PLAN + contents + BODY, columns)
    assert len(docs) == 1
    assert _labels(docs[0]) == ["第一章", "一、", "二、", "第二章", "一、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_contents_of_headings_only_stays_as_it_was(columns):
    """Control: a 目录 that lists headings only was read as one before."""
    contents = ["目录", "第一章 发展基础", "一、发展成就", "二、面临形势", "第二章 主要任务", "一、完善路网"]
    docs = _documents(PLAN + contents + BODY, columns)
    assert len(docs) == 1
    assert _labels(docs[0]) == ["第一章", "一、", "二、", "第二章", "一、"]


# ---------------------------------------------------------------- a page's excerpt cut under a 前言 heading

ISSUING = ["某某市人民政府关于印发某某市“十四五”养老服务发展规划的通知", "各区人民政府，市政府各部门：",
           "现将《某某市“十四五”养老服务发展规划》印发给你们，请认真贯彻执行。", "某某市人民政府", "2022年3月1日",
           "某某市“十四五”养老服务发展规划"]
OTHER_PLAN = ["某某区“十四五”民政事业发展规划", "为推动新时代民政事业高质量发展，结合实际，制定本规划。", "一、规划背景",
              "（一）发展基础", "“十三五”时期，全区民政事业持续向好发展。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("preface", ["前言", "前 言", "序言"])
def test_a_plan_under_a_preface_heading_cut_short_opens_a_document(preface, columns):
    """A long text's 前言 (序言) heads its front matter, as a 章 or an
    outline's 一、 heads a division: its text follows it, never the title of
    another text. A page's excerpt that stops right under it (the issued
    plan's 前言 heading, its paragraph cut away) ends there, and a plan's
    title under it, named with its place and 规划期, is the next text's, as
    it is under a division's heading the text above was cut short on."""
    docs = _documents(ISSUING + [preface] + OTHER_PLAN, columns)
    assert [d.title for d in docs] == [ISSUING[0], OTHER_PLAN[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_preface_over_its_own_text_stays_the_plans(columns):
    """Control: the 前言 over the plan's own preamble is the plan's heading,
    its text under it, and the notice keeps the plan it issues."""
    docs = _documents(ISSUING + ["前言", "“十四五”时期是养老服务体系建设的关键时期，为此制定本规划。",
                                 "一、发展基础", "全市养老服务体系不断完善。"], columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [p.title for p in docs[0].parts[1:]] == [ISSUING[-1]]


# ---------------------------------------------------------------- a plan's cover: its title over its compilers and month

UNFINISHED = ["某某市“十四五”民政事业发展规划", "为推动新时代民政事业高质量发展，结合实际，制定本规划。", "一、规划背景",
              "（一）发展基础", "“十三五”时期，全市民政事业持续向好发展，民政工作在决战脱贫攻坚中发挥了基础性保障作用"]
COVER = ["某某县“十四五”民政事业发展专项规划", "某某县民政局", "2020年11月", "前 言",
         "为贯彻落实中央、省、市有关决策部署，推动民政事业科学发展，结合我县实际，制定本规划。",
         "一、发展现状", "全县社会救助体系不断完善。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("under", [COVER[1:3], COVER[2:3]])
def test_a_plan_cover_opens_a_document_whatever_ended_above(under, columns):
    """A plan's cover prints its title, named with its place and 规划期,
    over its compilers and the month it was finished ('…专项规划' / '某某县
    民政局' / '2020年11月'), or over the month alone: a frame no sentence runs
    on into, as a 统计公报's title over its month is. Such a title opens a
    document though the text above ends on a sentence a page's excerpt cut
    (or stored without its full stop)."""
    docs = _documents(UNFINISHED + COVER[:1] + under + COVER[3:], columns)
    assert [d.title for d in docs] == [UNFINISHED[0], COVER[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_issued_plan_with_its_cover_stays_the_notices(columns):
    """Control: the plan a notice issues, printed with its cover after the
    notice's date, stays the notice's part; and a plan's title a sentence
    runs into, with no month under it, is a line of that sentence."""
    docs = _documents(ISSUING + ["2022年2月", "前言", "“十四五”时期是养老服务体系建设的关键时期，为此制定本规划。"], columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [p.title for p in docs[0].parts[1:]] == [ISSUING[-1]]
    docs = _documents(UNFINISHED + ["全县民政工作依据", "某某县“十四五”民政事业发展专项规划", "组织实施，取得明显成效。"], columns)
    assert [d.title for d in docs] == [UNFINISHED[0]]


# ---------------------------------------------------------------- a plan's span of years with its bracket and dash lost

FINISHED = ["某某市“十四五”民政事业发展规划", "为推动新时代民政事业高质量发展，结合实际，制定本规划。", "一、规划背景",
            "（一）发展基础", "“十三五”时期，全市民政事业持续向好发展。"]
SPAN_BODY = ["为进一步发挥卫生健康事业在区域发展中的重要作用，特制定本规划。", "一、规划背景", "（一）发展基础",
             "“十二五”期间，全区卫生健康事业快速发展。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("span", [["20162020年)"], ["20162020年)", "(初  稿)"], ["(2016—2020年)"]])
def test_a_plan_titled_over_its_span_of_years_opens_a_document(span, columns):
    """A plan names its 规划期 ('第十三个五年', '“十四五”') and may print the
    span of years after its kind word, in brackets on a line of its own
    ('…第十三个五年规划' / '(2016—2020年)'). A text layer may lose the
    opening bracket and the dash between the years, set in another font
    ('20162020年)'): the title still ends on its kind word, read before the
    span, and opens a document after a finished sentence as a plan's title
    does."""
    title = "某某区卫生健康事业发展第十三个五年规划"
    docs = _documents(FINISHED + [title] + span + SPAN_BODY, columns)
    assert len(docs) == 2
    assert docs[1].title.startswith(title)


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_with_no_plan_period_over_years_stays_as_it_was(columns):
    """Control: a title that names no 规划期 of its own (no ordinal, no span
    with its dash) over the damaged years is no plan's title by this rule:
    the text above keeps it, as before."""
    docs = _documents(FINISHED + ["某某区卫生健康事业发展规划", "20162020年)"] + SPAN_BODY, columns)
    assert [d.title for d in docs] == [FINISHED[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_plan_books_title_page_under_its_cover_is_no_second_plan(columns):
    """Control: a plan printed as a book prints its cover (title, organ,
    month), the leaf of the 决议 that approved it, then its title page (the
    title again over the organ and month) and its text: the title page is
    the plan's front matter, no second plan, though it has a cover's frame."""
    title = "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    book = [title, "某某县人民政府", "2021年5月", "某某县第十七届人民代表大会第五次会议",
            "关于某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的决议",
            "（2021年1月13日某某县第十七届人民代表大会第五次会议通过）", title, "某某县人民政府", "2021年5月",
            "根据县委建议，编制本纲要，明确我县“十四五”时期主要目标。", "第一章 乘势而上迈向新征程",
            "第一节 如期全面建成小康社会", "“十三五”时期，全县上下砥砺前行，目标任务基本完成。"]
    docs = _documents(book, columns)
    assert [d.title for d in docs] == [title]


# ---------------------------------------------------------------- a point's heading under a （一） division's paragraph

DIVISION = ["某某区教育事业发展第十三个五年规划", "为推进教育现代化，结合实际，特制定本规划。", "一、规划背景", "（一）发展基础",
            "“十二五”期间，全区教育事业快速发展，办学水平不断提升。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", [".", "、", "．"])
def test_a_point_heading_in_a_paren_division_is_its_first_point(mark, columns):
    """GB/T 9704 7.3.3 numbers a text's levels 一、，（一），1.，（1）: in a
    division headed （一） alone on its line, its general paragraph first, a
    point's heading alone on its line ('1.教育投入持续加大，办学条件不断改善')
    is the division's first point, though no second follows: the text stops
    there, or a page's excerpt was cut under the heading."""
    docs = _documents(DIVISION + [f"1{mark}教育投入持续加大，办学条件不断改善"], columns)
    assert len(docs) == 1
    assert _labels(docs[0]) == ["一、", "（一）", "1" + mark]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_opening_on_one_is_no_point(columns):
    """Control: a paragraph that opens on a figure and says a sentence
    ('1.5亿元用于…。') is a paragraph, and a lone '1.' item with a sentence
    of its own under a heading that is no division's stays as it read."""
    docs = _documents(DIVISION + ["1.5亿元用于校舍改造，其余用于设备更新。"], columns)
    assert _labels(docs[0]) == ["一、", "（一）"]
    docs = _documents(DIVISION[:3] + ["1.全区学校办学条件得到改善，教育质量明显提升。"], columns)
    assert _labels(docs[0]) == ["一、"]


# ---------------------------------------------------------------- a 通告 under a numbered heading that fills the measure

EXCERPT = ["某某区教育事业发展规划", "一、发展基础", "“十三五”期间，全区教育事业持续健康发展，办学条件不断改善。",
           "1.教育投入持续加大，办学条件明显改善"]
NOTICE_UP = ["某某市农业农村局关于征求《某某市“十四五”农业农村现代化规划》（征求意见稿）意见建议的通告",
             "为认真贯彻落实国家、省、市关于“十四五”规划编制工作部署，我局组织编制了规划征求意见稿，现公开征求社会意见。",
             "某某市农业农村局", "2021年7月30日"]


def test_a_full_title_over_a_ground_under_a_heading_that_fills_the_measure_opens_a_document():
    """At 18 columns the excerpt's last heading, '1.教育投入持续加大，办学条
    件明显改善', fills its line exactly: a line the wrap filled, as far as
    its width says. Under it a 公文's full title (organ, 关于, 事由, 通告),
    over the body's first sentence on its purpose ('为认真贯彻落实…'): no
    sentence runs into a title and past its 文种 into '为…', and a 通告 has
    no 主送 to say so (GB/T 9704 7.3.1–7.3.2). The title opens a document."""
    assert len("1.教育投入持续加大，办学条件明显改善") - 1 == 18  # ('1.' takes one column: the line fills 18)
    docs = _documents(EXCERPT + NOTICE_UP, 18)
    assert [d.title for d in docs] == [EXCERPT[0], NOTICE_UP[0]]


def test_a_title_under_a_full_heading_that_a_sentence_goes_on_from_stays_in_it():
    """Control: the same title under the same full line, the line under it
    going on with words, not opening a sentence ('精神，按照要求…'): a title
    the sentence cites, no document."""
    docs = _documents(EXCERPT + [NOTICE_UP[0], "精神，按照要求抓好落实，确保各项工作任务落到实处。"], 18)
    assert [d.title for d in docs] == [EXCERPT[0]]
