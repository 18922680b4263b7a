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


# A county's plan the store cut mid-sentence, and a committee office's notice forwarding a 规划 whose quoted name holds
# its own 关于; the office is the Party committee's commission named by its aim, 依法治市 (中共中央全面依法治国委员会's
# kind, a level's).
CUT_PLAN = ["东山县深入推进法治政府建设实施方案", "一、总体要求",
            "抢抓撤县设区重大机遇，加速融城、加快发展，为建设更高水平的法治东山提供强有力的法治保障"]
COMMISSION = "中共东山市委全面依法治市委员会办公室"
FORWARDING = [COMMISSION + "转发《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)》的通知",
              "各区委、区人民政府,市委各部门:", "《规划》已经市委市政府同意,现转发给你们,请认真组织实施。",
              COMMISSION, "2022年3月17日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("level", ["市", "县"])
def test_a_party_committees_commission_named_by_its_aim_signs_as_one_organ(level, columns):
    """A Party committee's commission is named by its committee, then its aim
    (中共XX市委全面依法治市委员会, as 中共中央全面依法治国委员会): 依法治市 is a
    verb and its object, and 治市 ends no place's name, so no second organ
    begins there (metadata.split_orgs, text.frame.ORGAN_START_RE)."""
    forwarding = [p.replace("东山市", f"东山{level}").replace("治市", f"治{level}") for p in FORWARDING]
    docs = _documents(CUT_PLAN + forwarding, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], forwarding[0]]
    assert docs[1].issuers == [forwarding[3]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_of_a_city_whose_name_ends_in_zhi_are_two(columns):
    """The control: 长治市 is a city, 治 before 市 with no 法 before it, so a
    joint signature printed without a separator still parts at its name."""
    joint = ["中共长治市委长治市人民政府关于做好2022年春耕生产工作的通知", "各县(区)委、人民政府:",
             "现将有关事项通知如下,请认真贯彻落实。", "中共长治市委长治市人民政府", "2022年3月1日"]
    docs = _documents(CUT_PLAN + joint, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], joint[0]]
    assert docs[1].issuers == ["中共长治市委", "长治市人民政府"]


@pytest.mark.parametrize("notes, columns", [("", 17), ("(以此件为准)", 18), ("(以此件为准)", 26)])
def test_a_forwarding_title_quoting_a_name_with_about_reaches_up_for_its_organ(notes, columns):
    """GB/T 9704 7.3.1: 发文机关 + 事由 + 文种; a 转发 title's organ stands before
    转发, and a 关于 inside the name it quotes is the quoted text's. A title
    whose only 关于 is quoted, its first line so far opening inside its organ's
    name ('室转发《…' under '中共…办公'), or on a page's notes in brackets over
    it, reaches up over the line the wrap filled for the rest of its organ
    (titles.head._own_about), not only to the line holding 关于."""
    forwarding = [notes + FORWARDING[0]] + FORWARDING[1:]
    docs = _documents(CUT_PLAN + forwarding, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], forwarding[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith("法治保障")


@pytest.mark.parametrize("columns", [22, 26])
def test_a_forwarding_title_opening_on_its_organ_takes_no_line_of_the_cut_sentence_above(columns):
    """The control: a title whose first line opens on its organ's name
    ('中共东山市委…转发《市' at 22 columns) takes no line of the sentence
    above, though that line fills the measure and the title's 关于 is quoted."""
    docs = _documents(CUT_PLAN + FORWARDING, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], FORWARDING[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith("法治保障")
