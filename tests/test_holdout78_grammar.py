"""The document grammar on layouts of the seventy-eighth held-out set's kind
(issue #11): plans (规划, 纲要) of counties, districts, cities and their
departments, printed alone or under the notice that issues them, one after
another as a collection or a run of web pages gives them. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a plan's title names its 规划期

# A plan printed alone: its title, its preamble, its outline; the excerpt ends on a heading or a sentence.
PLAN = ["某某县“十四五”教育事业发展规划",
        "为推进全县教育事业科学发展，根据《某某市“十四五”教育事业发展规划》，结合本县实际，制定本规划。",
        "一、发展基础与环境", "“十三五”期间，全县教育事业取得显著成绩，各项目标任务全面完成。",
        "（一）主要成绩"]
# A notice that issues a plan whose own 目录 is printed under it (the excerpt ends inside the 目录).
ISSUING = ["某某市人民政府办公室关于印发某某市“十四五”综合交通运输发展规划的通知", "各县区人民政府，市政府各部门：",
           "《某某市“十四五”综合交通运输发展规划》已经市政府同意，现予印发，请认真组织实施。",
           "某某市人民政府办公室", "2022年4月16日", "目录", "一、规划背景……4", "（一）发展基础……4",
           "二、总体要求……14", "（一）指导思想……14"]
NEXT_TITLES = ["某某市“十二五”水利发展规划", "某某县国民经济和社会发展第十三个五年规划纲要",
               "某某区林业发展规划（2021—2025年）"]
NEXT_BODY = ["本规划是全市国民经济和社会发展规划纲要的专项规划，规划期从2011年到2015年。", "一、发展成就",
             "五年来，全市水利建设取得重大进展，防洪能力明显提高。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", NEXT_TITLES)
@pytest.mark.parametrize("above", ["heading", "sentence"])
def test_a_plan_titled_with_its_period_opens_a_document(title, above, columns):
    """A plan names its 规划期 in its title (the five-year plan's ordinal,
    '“十二五”', '第十三个五年', or its years, '（2021—2025年）'). Such a title on
    lines of its own, under a line that ends a sentence or under a
    division's heading the text above was cut short on, opens a plan of its
    own, though no organ signs it and no 主送 or date stands under it: no
    text's heading says its 规划期 unnumbered, no sentence ends on it."""
    above_text = PLAN if above == "heading" else PLAN[:-1]
    docs = _documents(above_text + [title] + NEXT_BODY, columns)
    assert [d.title for d in docs] == [PLAN[0], title]
    assert docs[1].issuers == [] and docs[1].date is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_plan_after_the_contents_of_the_plan_a_notice_issued_opens_a_document(columns):
    """A notice issuing a plan whose own 目录 is printed under it: a plan's
    title after the 目录's last entry (its leaders and page) that the notice
    does not name is the next plan, not a text the notice issues."""
    docs = _documents(ISSUING + PLAN, columns)
    assert [d.title for d in docs] == [ISSUING[0], PLAN[0]]
    assert docs[0].date == "2022-04-16" and docs[1].issuers == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_plan_a_notice_names_stays_its_part(columns):
    """Control: the plan printed under the notice that names it ('现予印发')
    is the notice's part, however its title names its 规划期."""
    plan = "某某市“十四五”综合交通运输发展规划"
    docs = _documents(ISSUING[:5] + [plan] + NEXT_BODY, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [p.title for p in docs[0].parts][1:] == [plan]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_line_naming_a_plan_without_its_period_is_no_title(columns):
    """Control: a line of a plan's text that ends in 规划 but names no
    规划期 ('全面推进国土空间规划', a lead-in the page set alone) stays in the
    text above; only a plan's own title says its period."""
    docs = _documents(PLAN[:-1] + ["全面推进国土空间规划", "全县完成村庄规划编制，规划管理水平进一步提高。"], columns)
    assert [d.title for d in docs] == [PLAN[0]]


# ---------------------------------------------------------------- a plan printed as a book

OUTLINE = "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
APPROVAL = "某某县第十七届人民代表大会第五次会议关于某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的决议"
BOOK_TEXT = ["根据《中共某某县委关于制定某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，编制本纲要。",
             "第一章 乘势而上迈向新征程", "第一节 如期全面建成小康社会",
             "“十三五”时期，全县上下砥砺前行、开拓创新，规划目标任务基本完成。"]
COVERS = {"one line": [OUTLINE], "three lines": ["某某县国民经济和社会发展", "第十四个五年规划和2035年", "远景目标纲要"]}


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["(2021年1月13日某某县第十七届人民代表大会第五次会议通过)",
                                  "( 2021 年 1 月 13 日某某县第十七届人民代表大会第五次会议"])
@pytest.mark.parametrize("cover", list(COVERS))
def test_the_approval_leaf_between_a_plans_cover_and_title_page_is_its_front_matter(cover, note, columns):
    """A 纲要 printed as a book: its cover (the title, perhaps over three
    lines, the organ, the year and month), the leaf of the 人大's 决议 that
    approved it (its title names the 纲要, its 题注 under it, the text left
    out or cut short), then the title page (the title again over the organ
    and month) and the text. The 决议's leaf, between the title and its
    repeat, is the 纲要's front matter: one document, the 纲要, signed by the
    organ on its cover, its 章 and 节 its own."""
    title = OUTLINE.replace("二〇三五", "2035") if cover == "three lines" else OUTLINE
    approval = APPROVAL.replace("二〇三五", "2035") if cover == "three lines" else APPROVAL
    docs = _documents(NOTICE_ABOVE + COVERS[cover] + ["某某县人民政府", "2021年5月", approval, note, title,
                                                      "某某县人民政府", "2021年5月"] + BOOK_TEXT, columns)
    assert [d.title for d in docs] == [NOTICE_ABOVE[0], title]
    assert docs[1].issuers == ["某某县人民政府"]
    assert sum(p.kind == "zhang" for part in docs[1].parts for p in part.blocks if hasattr(p, "kind")) == 1


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_resolution_printed_before_the_plan_it_approves_is_a_document(columns):
    """Control: a gazette prints the 人大's 决议 with its 题注 and text, then
    the 纲要 it approves; no cover stands over the 决议, so it is a document
    of its own (its title names the 纲要, which is not printed above it)."""
    docs = _documents(NOTICE_ABOVE + [APPROVAL, "(2021年1月13日某某县第十七届人民代表大会第五次会议通过)",
                                      "某某县第十七届人民代表大会第五次会议审查了县人民政府提出的纲要草案，决定批准这个纲要。",
                                      OUTLINE] + BOOK_TEXT, columns)
    assert [d.title for d in docs][:2] == [NOTICE_ABOVE[0], APPROVAL]


NOTICE_ABOVE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
                "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


# ---------------------------------------------------------------- a date cut in its day

SIGNED = ["某某市人民政府办公室关于印发某某市“十四五”综合交通运输发展规划的通知", "各县区人民政府，市政府各部门：",
          "《某某市“十四五”综合交通运输发展规划》已经市政府同意，现予印发，请认真组织实施。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date,day", [("2022年4月1", "6日"), ("2021年12月2", "8日")])
def test_a_date_the_wrap_cut_in_its_day_is_whole(date, day, columns):
    """A 成文日期 cut after its day's first figure ('2022年4月1' over '6日'),
    as an extractor gives a date set to the measure's end: the 日 under the
    figure makes it the day's, and the date is whole."""
    docs = _documents(SIGNED + ["某某市人民政府办公室", date, day], columns)
    assert docs[0].date == f"{date[:4]}-{int(date[5:date.index('月')]):02d}-{int(date[date.index('月') + 1:] + day[0]):02d}"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_date_that_lost_its_day_mark_stays_whole_over_a_page_number(columns):
    """Control: a date that lost its 日 ('2022年4月1') over a page's number
    ('6', no 日 after it) is the date of the first: the figure is the
    page's."""
    docs = _documents(SIGNED + ["某某市人民政府办公室", "2022年4月1", "6"], columns)
    assert docs[0].date != "2022-04-16"


# ---------------------------------------------------------------- a plan's title under a heading that fills the measure

@pytest.mark.parametrize("heading,columns", [("（一）“十三五”教育发展的主要成绩", 18),
                                             ("（一）“十三五”教育事业发展的主要成绩", 20),
                                             ("（一）“十三五”时期全县教育事业发展取得的显著成绩", 26),
                                             ("第一节 “十三五”时期教育发展的主要成绩", 20)])
def test_a_plan_title_under_a_heading_that_fills_the_measure_opens_a_document(heading, columns):
    """A page's excerpt may end on a division's heading ('（一）…主要成绩')
    that happens to fill the measure; the next plan's title under it, its
    place, its 规划期 and its kind ('某某市“十二五”水利发展规划'), is no rest of
    that heading: a heading is a name with no sentence in it, and none goes
    on with a place's name and a plan's period and kind."""
    title = NEXT_TITLES[0]
    docs = _documents(PLAN[:-1] + [heading, title] + NEXT_BODY, columns)
    assert [d.title for d in docs] == [PLAN[0], title]


def test_a_heading_wrapped_before_the_plan_it_names_goes_on():
    """Control: a heading the wrap cut before the plan it names, its rest
    opening on the text's own word for its place ('全市“十二五”水利发展规划'),
    is one heading: no plan's title says '全市'."""
    docs = _documents(PLAN[:-1] + ["（一）切实加强组织领导认真组织实施全市“十二五”水利发展规划"] + NEXT_BODY, 18)
    assert [d.title for d in docs] == [PLAN[0]]


# ---------------------------------------------------------------- a plan's title that fills the measure

@pytest.mark.parametrize("title,columns", [("某某县“十四五”卫生健康事业发展规划", 18),
                                           ("某某县“十四五”农业农村现代化发展规划", 20),
                                           ("某某县国民经济和社会发展第十三个五年规划纲要", 22),
                                           ("某某县国民经济和社会发展第十三个五年规划纲要", 23)])
def test_a_plan_title_that_fills_the_measure_opens_a_document(title, columns):
    """A plan's whole title (its place, its 规划期, its kind) on a line of its
    own that happens to fill the measure, under a line that ends a sentence:
    a title, not a body line running on past a kind word, since a sentence
    that names a plan quotes it in 《》."""
    docs = _documents(PLAN[:-1] + [title] + NEXT_BODY, columns)
    assert [d.title for d in docs] == [PLAN[0], title]


@pytest.mark.parametrize("columns", [18, 20])
def test_a_body_line_ending_on_a_plans_name_mid_sentence_goes_on(columns):
    """Control: the plan's name on a full line that a sentence runs into
    ('…，全面实施' / '某某县“十四五”卫生健康事业发展规划' / '确定的各项任务。')
    is the sentence's, the line above ending on no stop."""
    head = "为推进健康某某建设，各乡镇各部门要认真组织全面实施"
    docs = _documents(PLAN[:-1] + [head + "某某县“十四五”卫生健康事业发展规划确定的各项任务，确保取得实效。"], columns)
    assert [d.title for d in docs] == [PLAN[0]]


OUTLINE_NOTICE = ["某某县人民政府关于印发某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知",
                  "各乡镇人民政府，县政府各部门：",
                  "《某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经县人大会议审议批准，现印发给你们，"
                  "请认真贯彻执行。"]


def test_a_linked_files_name_that_fills_the_measure_is_no_title():
    """Control: the name of the file a page links under the notice's last
    sentence ('…第十四个五年规划' / '和二〇三五年远景目标纲要.docx'), its first
    line filling the measure and ending on 规划, goes on into its extension:
    no title, and the date under it is the notice's."""
    docs = _documents(OUTLINE_NOTICE + ["某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要.docx",
                                        "2021年9月23日"], 20)
    assert [d.title for d in docs] == [OUTLINE_NOTICE[0]]
    assert docs[0].date == "2021-09-23"


def test_a_plans_title_wrapped_before_its_conjunction_is_one_title():
    """Control: a plan's title wrapped so that its first line, full, ends
    on 规划 ('…第十四个五年规划' / '和二〇三五年远景目标纲要') goes on: the line
    under it opens on 和, and the title is the whole of both."""
    title = "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    docs = _documents(PLAN[:-1] + [title] + NEXT_BODY, 20)
    assert [d.title for d in docs][-1] == title


# A plan's excerpt cut mid-sentence, and the next plan's cover: its title over three lines, its organ, year and month.
CUT_PLAN = ["某某区国民经济和社会发展第十二个五年规划纲要", "第一章 发展基础与面临形势",
            "“十一五”期间，我区经济社会发展取得了重大成就，规划确定的主要任务和目标全面完成，综合经济实力迈上新台阶，"
            "人民生活水平显著提高，城乡面貌发生深刻变化，改革开放取得新突破，社会事业全面进步，为“十二五”发展奠定了坚实基础。",
            "——综合经济实力迈上新台阶。2010年，地区生产总值达到543亿元，年均增长20.7%，财政总收入达到110亿元，年均增长"
            "25.3%，全社会固定资产投资五年累计完成1600亿元，是“十五”时期的三倍，经济总量在全市的位次前移。",
            "——城乡面貌发生深刻变化。城市框架进一步拉开，基础设施日臻完善，新建改造道路一百二十公里，新增绿地三百公顷，"
            "城市承载能力和服务功能显著增强，新农村建设扎实推进，农村基础设施和公共服务水平明显提高，人居环境持续改善。",
            "——改革开放取得新突破。重点领域和关键环节改革不断深化，行政管理体制改革、国有企业改革和投融资体制改革取得"
            "积极进展，对外开放水平不断提高，招商引资成效显著，五年累计引进内资八百亿元，实际利用外资十五亿美元，稳步增长。",
            "——新型工业化和城镇化互动取得新进展。重卡装备、新能源装备、铁路装"]
COVER = ["某某县国民经济和社会发展", "第十四个五年规划和2035 年", "远景目标纲要", "某某县人民政府", "2021 年 5 月",
         "某某县第十七届人民代表大会第五次会议", "关于某某县国民经济和社会发展第十四个五",
         "年规划和2035 年远景目标纲要的决议", "( 2021 年 1 月 13 日某某县第十七届人民代表大会第五次会议通过)",
         "某某县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要", "某某县人民政府", "2021 年 5 月",
         "第一章 乘势而上迈向新征程", "第一节 如期全面建成小康社会",
         "“十三五”时期，面对错综复杂的外部环境、艰巨繁重的改革发展稳定任务，县委、县政府团结带领全县人民，坚持稳中求进工作总基调，"
         "统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展取得显著成就，全面建成小康社会取得决定性成就。"]


def test_a_plans_cover_under_a_cut_sentence_opens_on_its_place():
    """A plan's cover prints its title, opening on its place's name, over its organ and the year and month: a frame
    no sentence runs on into. So the cover's first line ('庐江县国民经济和社会发展') is the title's, not the rest of the
    sentence the store cut above it: the set's 庐江 纲要 run together, one paragraph a line, under 青山区's excerpt."""
    from tests.devset.measure import convert_layout, load, run_together
    records = {record.doc.id: record for record in load("holdout78")}
    docs = convert_layout(run_together([records["qingshan-sew2010"].doc, records["lujiang-ssw2021"].doc])).documents
    assert [d.title for d in docs] == [records["qingshan-sew2010"].doc.title, records["lujiang-ssw2021"].doc.title]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_going_on_above_a_plans_cover_keeps_its_words(columns):
    """Control: words that finish the sentence cut above ('备制造业加快发展。') are no line of the plan's title under
    them; the cover's title is the plan's, its three lines whole."""
    docs = _documents(CUT_PLAN + ["备制造业加快发展。"] + COVER, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], COVER[9].replace(" ", "")]
    assert any("备制造业加快发展。" in block.text for part in docs[0].parts for block in part.blocks)
