"""The document grammar on layouts of the two-hundred-and-eighty-ninth held-out
set's kind (issue #11): rule-of-law texts of cities, counties and districts (a
joint 通知 issuing a 法治政府建设实施方案, a committee office's 通知 forwarding
an 八五 普法规划, a district office's 通知 publishing its 重大行政决策事项目录,
普法规划 published on their own) as their sites and forums store them, an
excerpt cut mid-word inside a plan, and the next plan's title, its place and
the years of its 规划期 in figures, alone on its line under it. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county's 普法规划 whose excerpt the store cut mid-word (no stop, no signature under it).
PLAN_CUT = ["西河县第八个五年法治宣传教育规划", "一、总体要求",
            "坚持以习近平法治思想为引领，为开启全面建设社会主义现代化国家新征程营"]
# A city's 规划 published on its own: its title by its place and the years of its 规划期, its paragraphs.
PLAN_BY_SPAN = ["东山市2021-2025年法治宣传教育规划",
                "在市委、市政府的正确领导下，全市第七个五年法治宣传教育规划顺利实施完成，全社会法治观念不断增强。",
                "根据中央和省的规划精神，结合我市实际，制定本规划。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_titled_by_place_and_years_opens_its_own_document_under_a_cut_sentence(columns):
    """GB/T 15834-2011 4.15: a sentence that names a text cites it in 书名号
    and goes on with words. A plan's whole title by its place and the years of
    its 规划期 in figures ('东山市2021-2025年法治宣传教育规划'), no clause mark
    and no 《》, on a line of its own that stops short of a full line, over a
    paragraph that opens on no mark, particle or conjunction, is a plan's title
    though the line above stops mid-word (titles.placed_plan_alone): the store
    cut the plan above there. The plan above passes nothing on, so the title
    opens a document of its own (documents._levels_open_past_named)."""
    docs = _documents(PLAN_CUT + PLAN_BY_SPAN, columns)
    assert [d.title for d in docs] == [PLAN_CUT[0], PLAN_BY_SPAN[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith("新征程营")
    assert docs[1].parts[0].blocks[0].text.startswith("在市委")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_titled_by_place_and_years_after_a_closed_sentence(columns):
    """The same plan under the plan above closed with its full stop: a title
    there as before the rule."""
    closed = PLAN_CUT[:-1] + [PLAN_CUT[-1][:-1] + "。"]
    docs = _documents(closed + PLAN_BY_SPAN, columns)
    assert [d.title for d in docs] == [PLAN_CUT[0], PLAN_BY_SPAN[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("rest", ["的要求，各地要认真组织实施，确保各项任务落到实处。", "和年度普法计划，各地要认真组织实施。",
                                  "，各地要认真组织实施，确保各项任务落到实处。"])
def test_a_plan_name_a_sentence_runs_on_through_stays_its_words(rest, columns):
    """Control: the same name under a cut line, the sentence going on after
    it with a particle, a conjunction or a mark ('的要求，…', '和…', '，…'),
    is the sentence's words: no title."""
    docs = _documents(PLAN_CUT[:-1] + ["各地要按照", PLAN_BY_SPAN[0], rest], columns)
    assert [d.title for d in docs] == [PLAN_CUT[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_named_by_its_period_in_words_a_sentence_runs_into_stays_its_words(columns):
    """Control: a plan's name by its place and its period in words ('某某县
    “十四五”…规划') bare in a sentence cut above it, the sentence's rest under
    it, stays the sentence's: only the years in figures right after the place
    head a plan of its own so."""
    docs = _documents(PLAN_CUT + ["某某县“十四五”法治宣传教育规划", "组织实施，取得明显成效。"], columns)
    assert [d.title for d in docs] == [PLAN_CUT[0]]


# A city's 规划 whose excerpt the store cut after the verb of its last sentence, that sentence citing on its ground a
# text forwarded by name ('根据…转发的《…关于…规划》…，制定'), and a county's joint 规划 by its full title under it.
PLAN_CUT_AFTER_GROUND = ["东山市2021-2025年法治宣传教育规划",
                         "在市委、市政府的正确领导下，在市人大常委会的有力监督下，全市第七个五年法治宣传教育规划顺利实施完成，"
                         "全社会法治观念明显增强，法治宣传教育在推进全面依法治市中发挥了基础性作用。",
                         "根据中共中央、国务院转发的《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划》和省规划精神，结合我市实际，制定"]
JOINT_PLAN = ["中共西河县委宣传部、西河县司法局关于在全县开展法治宣传教育的第八个五年规划(2021-2025年)",
              "为深入学习宣传贯彻习近平法治思想，切实抓好全县第八个五年法治宣传教育工作，制定本规划。",
              "一、总体要求", "（一）指导思想", "坚持以人民为中心，推动全民守法。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_its_ground_is_no_line_of_the_title_under_it(columns):
    """GB/T 9704 7.3.1: a title opens on its 发文机关 (or 关于), never on the
    ground a sentence cites ('根据…', '按照…', '依据…': grammar.CITING_OPENER_RE),
    whatever 转发 or 关于 that sentence holds in the name it cites. A line
    the store cut after its verb ('…结合我市实际，制定') over a full title by
    its own grammar (its organs, 关于, its 事由, its 文种 and its period) is
    the text above's, and the title under it opens a document of its own."""
    docs = _documents(PLAN_CUT_AFTER_GROUND + JOINT_PLAN, columns)
    assert [d.title for d in docs] == [PLAN_CUT_AFTER_GROUND[0], JOINT_PLAN[0]]
    assert docs[1].issuers == ["中共西河县委宣传部", "西河县司法局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_wrapped_under_its_organ_still_opens_on_its_organ(columns):
    """Control: the same joint title wrapped over two lines (its organs, then
    关于 and the rest) under a closed sentence still reads from its first
    line."""
    title = ["中共西河县委宣传部、西河县司法局", "关于在全县开展法治宣传教育的第八个五年规划(2021-2025年)"]
    docs = _documents(PLAN_BY_SPAN + title + JOINT_PLAN[1:], columns)
    assert [d.title for d in docs] == [PLAN_BY_SPAN[0], JOINT_PLAN[0]]
