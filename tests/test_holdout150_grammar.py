"""The document grammar on layouts of the hundred-and-fiftieth held-out set's
kind (issue #11): departments' notices on services to citizens (招生入学, 就业
创业) as sites and document stores keep them: an 附件说明 set out as a table
gives it, each 附件 mark over its name; a title naming the place and the year
it covers, its 文种 joined on without 的, run into the body's first sentence.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 26]

# A notice signed and dated, the document the cases run their text under.
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


# ---------------------------------------------------------------- 附件说明: each mark over its name

ISSUING = ["某教发〔2021〕5号", "关于印发《某某市学生资助管理办法》的通知", "各县区教育局，市直各学校：",
           "现将《某某市学生资助管理办法》印发给你们，请认真贯彻执行。"]
SIGNED = ["某某市教育局", "2021年4月8日"]
ISSUED = ["附件1：", "某某市学生资助管理办法", "为规范学生资助工作，制定本办法。", "一、资助对象",
          "本市户籍家庭经济困难学生。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_list_of_marks_each_over_its_name_stands_over_the_signature(columns):
    """GB/T 9704 7.3.4: the 附件说明 stands under the body and over the
    signature; a list set as a table comes out with each item's mark and
    number alone on a line ('附件1：') and the name under it. Those lines are
    the 附件说明, not 附件 printed after the notice: the signature under them
    is the issuer, the date its 成文日期, and the text after the date the
    issued 办法."""
    listed = ["附件1：", "某某市学生资助管理办法", "附件2：", "某某市学生资助申请表"]
    docs = _documents(NOTICE + ISSUING + listed + SIGNED + ISSUED, columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUING[1]]
    assert docs[1].issuers == ["某某市教育局"] and docs[1].date == "2021-04-08"
    assert [p.title for p in docs[1].parts[1:]] == ["某某市学生资助管理办法"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_one_annex_mark_over_its_name_keeps_the_name_from_the_signature(columns):
    """The same with one item: the name under '附件1：' alone is the 附件说明's
    item, never the first line of a signer's name the measure wrapped
    ('…管理办法' and '某某市教育局' read as one name, parted after 办)."""
    docs = _documents(NOTICE + ISSUING + ["附件1：", "某某市学生资助管理办法"] + SIGNED + ISSUED, columns)
    assert docs[1].issuers == ["某某市教育局"] and docs[1].date == "2021-04-08"


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_mark_after_the_date_still_opens_the_annex(columns):
    """Control: under the 成文日期 the same mark and name open the 附件
    printed after the notice (GB/T 9704 8), as before."""
    docs = _documents(NOTICE + ISSUING + SIGNED + ISSUED, columns)
    assert docs[1].issuers == ["某某市教育局"] and docs[1].date == "2021-04-08"
    assert [p.title for p in docs[1].parts[1:]] == ["某某市学生资助管理办法"]
    assert docs[1].parts[1].label.startswith("附件1")


# ---------------------------------------------------------------- a place-and-year title run into its opening

PLACED = ("某某市某某区2021年城区义务教育招生入学工作通知为做好我区2021年城区义务教育招生入学工作，"
          "保障适龄儿童平等接受义务教育的权利，现将有关事项通知如下：")
PLACED_BODY = ["一、招生对象", "具有本区户籍的适龄儿童。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_place_and_year_title_run_into_its_opening_is_set_out(columns):
    """GB/T 9704 7.2.5 lets a title leave its organ off: the place and the
    year its 事由 covers stand where it would, and the 文种 may be joined on
    without 的 ('XX区2021年…工作通知'). A page that ran the body's first
    sentence on after it ('…工作通知为做好…') is parted where the 文种 ends,
    where a title stands: a document of its own."""
    docs = _documents(NOTICE + [PLACED] + PLACED_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市某某区2021年城区义务教育招生入学工作通知"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_place_and_year_title_run_in_under_a_heading_an_excerpt_ends_on(columns):
    """An excerpt cut after an outline heading ('（二）坚持就近原则') leaves no
    sentence going on into the next line: the place-and-year title with its
    opening run on there opens the next document."""
    cut = ["2021年某某市义务教育阶段学校入学工作意见", "一、基本原则",
           "（一）坚持属地管理原则", "各镇的入学工作由各镇具体负责实施。", "（二）坚持就近原则"]
    docs = _documents(cut + [PLACED] + PLACED_BODY, columns)
    assert [d.title for d in docs] == [cut[0], "某某市某某区2021年城区义务教育招生入学工作通知"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_place_and_year_notice_stays_a_sentence(columns):
    """Control: a sentence that opens on its ground ('根据某某区2021年…通知')
    names a notice, no title of its own, and a line going on from a sentence
    cut by the line above stays in that sentence."""
    body = ["为做好今年的招生工作，", "某某市某某区2021年城区义务教育招生入学工作通知为各校提供了依据，请各校认真执行。"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    docs = _documents(NOTICE + ["根据某某区2021年招生入学工作通知为各校安排的计划，各校做好准备。"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a preamble that names the text after it

RUN_ON = ["某某市某某区2021年城区义务教育招生入学工作通知",
          "为做好招生工作，现将有关事项通知如下：一、招生对象(一)本区户籍儿童;(二)随迁子女;"]
PLAN_TITLE = "某某市某某区职业技能提升行动实施方案(2021—2023年)"
PLAN_BODY = ["一、目标任务", "全区开展补贴性职业技能培训1万人次。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("preamble", ["为深入贯彻落实职业技能提升行动，结合我区实际，制定以下实施方案。",
                                      "為深入貫徹落實職業技能提升行動，結合我區實際，制訂以下方案。"])
def test_a_preamble_naming_the_text_that_follows_shows_its_title(columns, preamble):
    """A text's preamble closes by naming the text it opens by its 文种,
    as the text itself ('制定本方案。') or as the text that follows, perhaps
    with the word its title joins to the 文种 ('制定以下实施方案。'): the line
    over it is that text's title, a document of its own though the text above
    ends with no signature."""
    docs = _documents(RUN_ON + [PLAN_TITLE, preamble] + PLAN_BODY, columns)
    assert [d.title for d in docs] == [RUN_ON[0], PLAN_TITLE]


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_naming_a_plan_to_come_opens_no_document(columns):
    """Control: a body's sentence that says a plan is to be made ('…，再制定
    以下年度的方案。') under a line of the body is no preamble of a text: the
    line over it stays in the body."""
    body = ["各乡镇要总结经验，", "形成某某市某某区职业技能提升行动实施方案", "，并据此研究制定以下年度方案。"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a title's span of years cut open by the wrap

SPAN_BODY = ["为推进职业技能培训，结合我区实际，制定本方案。", "一、目标任务", "全区开展补贴性职业技能培训1万人次。"]


@pytest.mark.parametrize("title", [["某某市某某区职业技能提", "升行动实施方案(2021—2023", "年)"],
                                   ["某某市某某区国民经济发展规划(2021—2025", "年)"]])
def test_a_title_whose_span_of_years_the_wrap_cut_open_is_whole(title):
    """A 方案 or 规划 names the span of years it covers in brackets after its
    文种 ('…实施方案(2021—2023年)'); a wrap that cuts after the last year
    ('…(2021—2023' / '年)') leaves a line ending on a figure inside a bracket
    the line under it closes: no list's row or field's number, the title goes
    on through it, and the whole is the next document's title."""
    docs = _documents(NOTICE + title + SPAN_BODY, None)
    assert [d.title for d in docs] == [NOTICE[0], "".join(title)]


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_whose_bracket_the_wrap_cut_open_stays_a_sentence(columns):
    """Control: a sentence that names a plan and its years, cut after the
    last year, goes on to its stop: no title."""
    body = ["各乡镇要抓紧编制本乡镇职业技能提升行动实施方案(2021—2023", "年)。"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
