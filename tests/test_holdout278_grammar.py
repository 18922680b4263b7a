"""The document grammar on layouts of the two-hundred-and-seventy-eighth held-out
set's kind (issue #11): grain texts of cities and districts (an office's 通知
issuing a 储备粮管理办法 or a 粮食应急预案, a district's 粮食应急预案 published on
its own with its 目录) as their sites and law libraries store them, a notice's
excerpt cut mid-sentence inside the text it issued, and a plan numbered by
levels (GB/T 1.1 章条编号: '1  总则' over '1.1  编制目的') under it. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan, the plan's excerpt cut mid-sentence (no signature under it).
ISSUED_PLAN_CUT = ["东山市人民政府办公厅关于印发东山市粮食应急预案的通知", "各县（市、区）人民政府，市政府有关部门：",
                   "《东山市粮食应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。", "东山市人民政府办公厅",
                   "2018年4月20日", "东山市粮食应急预案", "一、总则", "（一）编制目的与依据。",
                   "为有效监测和控制各类突发公共事件引起的粮食市场异常波动，制定本预案。",
                   "1.警戒状态。粮食价格在一周内涨幅在20%以上或市内国有粮食"]
# A plan published on its own: its title, its 目录's rows numbered by levels, its first headings again.
PLAN_BY_LEVELS = ["西岭区粮食应急预案", "1  总则", "1.1  编制目的", "1.2  编制依据", "2  组织体系及职责",
                  "2.1  区粮食应急工作指挥部", "1", "1.1  编制目的",
                  "有效监测和控制各类突发事件引起的本区粮食市场异常波动，确保粮食市场供应，维护市场秩序和社会稳定。"]
# A notice issuing a rule whose articles are printed with no title of the rule over them, its last sentence closed.
ISSUED_RULE_UNTITLED = ["南岗市人民政府办公室关于印发南岗市地方储备粮管理办法的通知", "南府办函〔2022〕21号",
                        "各县、区人民政府，市有关部门：",
                        "经市人民政府同意，现将《南岗市地方储备粮管理办法》印发给你们，请结合实际，认真组织实施。",
                        "第一条", "为加强地方储备粮管理，结合本市实际，制定本办法。", "第二条",
                        "未经本级人民政府批准，任何单位和个人不得擅自动用地方储备粮。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_by_levels_opens_its_own_document_under_a_cut_sentence_of_the_text_issued_above(columns):
    """GB/T 1.1 章条编号, as an 应急预案 is numbered: a text numbered by levels
    opens on its first chapter, '1' and its heading alone on a line ('1  总则'),
    over its first section, '1.1' and its heading ('1.1  编制目的'), as its 目录
    lists them under its title or as its body begins. A title by its own
    grammar (its place's name first, its 文种 last) over that opening is a
    text's title though the line above stops mid-sentence (titles.levels_open,
    levels_under_title): a sentence that runs into a text's name goes on with
    words. Once the notice above has had the text it names printed under it,
    the plan is a document of its own (documents._levels_open_past_named)."""
    docs = _documents(ISSUED_PLAN_CUT + PLAN_BY_LEVELS, columns)
    assert [d.title for d in docs] == [ISSUED_PLAN_CUT[0], PLAN_BY_LEVELS[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith("国有粮食")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_by_levels_after_a_closed_sentence_of_a_notice_that_passes_nothing_on(columns):
    """The same plan after a notice that passes nothing on, under its last
    sentence closed or cut: no sentence runs on into a chapter's number and
    heading over its first section's."""
    notice = ["北川市人民政府关于做好秋粮收购工作的通知", "各县（市、区）人民政府：", "一、总则",
              "各地要及时掌握粮食收购进度，保障粮食市场供应。"]
    for last in (notice[-1], "各地要及时掌握粮食收购进度，市内国有粮食"):
        docs = _documents(notice[:-1] + [last] + PLAN_BY_LEVELS, columns)
        assert [d.title for d in docs] == [notice[0], PLAN_BY_LEVELS[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_by_levels_after_the_untitled_articles_of_a_rule_issued_above(columns):
    """A notice that issues a 办法 (its articles, 第一条 …, printed with no
    title of the rule over them) holds no text numbered by levels: a title of
    another 文种 that names none of the texts the notice passes on, over a
    chapter '1  总则' and its section '1.1', is another document."""
    docs = _documents(ISSUED_RULE_UNTITLED + PLAN_BY_LEVELS, columns)
    assert [d.title for d in docs] == [ISSUED_RULE_UNTITLED[0], PLAN_BY_LEVELS[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plans_name_over_a_chapter_with_no_first_section_stays_in_the_text(columns):
    """Control: the plan's name over '1  总则' with a sentence under it (no
    '1.1' section: no opening by levels) under the cut sentence stays the
    notice's, as before the rule."""
    docs = _documents(ISSUED_PLAN_CUT + ["西岭区粮食应急预案", "1  总则", "为有效监测和控制各类突发事件。"], columns)
    assert [d.title for d in docs] == [ISSUED_PLAN_CUT[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_issued_plans_own_title_over_its_levels_stays_the_notices_part(columns):
    """Control: the text the notice names, its own title over its chapter
    '1  总则' and section '1.1', stays the notice's part (its issued text), not
    a document of its own."""
    plan = ["东山市粮食应急预案", "1  总则", "1.1  编制目的", "为有效监测和控制粮食市场异常波动，制定本预案。"]
    docs = _documents(ISSUED_PLAN_CUT[:5] + plan, columns)
    assert [d.title for d in docs] == [ISSUED_PLAN_CUT[0]]
    assert [p.title for p in docs[0].parts[1:]] == ["东山市粮食应急预案"]
