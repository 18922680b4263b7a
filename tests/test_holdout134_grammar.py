"""The document grammar on layouts of the hundred-and-thirty-fourth held-out
set's kind (issue #11): work points, action plans and task divisions of
city, county and district governments and their offices, issued by a 通知
that the text follows, their items naming the units that carry them out in
brackets after the full stop. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- a purpose clause that names its text by 本

# A notice issuing an action plan as an extraction that lost the full-width punctuation gives it (no colon after
# the 主送, no 年月日 in the date, no labels on the headings): the plan's opening sentence ends '制定本行动计划'.
PLAN_NOTICE = ["某某县人民政府办公室关于印发某某县乡村建设三年行动计划的通知",
               "各乡镇人民政府县直各部门",
               "某某县乡村建设三年行动计划已经县政府同意现印发给你们请认真贯彻执行",
               "某某县人民政府办公室",
               "2022315",
               "某某县乡村建设三年行动计划",
               "为深入贯彻上级关于乡村建设的决策部署加快补齐农村基础设施短板提升农村人居环境质量结合我县实际制定本行动计划",
               "总体要求",
               "以乡村建设为重点统筹推进农村道路供水环境整治等工作建设宜居宜业和美乡村"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("closing", ["制定本行动计划", "特制定本方案", "制订本实施办法"])
def test_a_purpose_clause_that_names_its_text_by_ben_opens_no_document(closing, columns):
    """GB/T 9704 7.3.1: a 标题 names the 文种 of the document it heads and
    never points at it with 本; the opening sentence of an issued text
    closes its purpose clause so ('…结合我县实际制定本行动计划'). Where
    the extraction lost its punctuation, that sentence ends as a title
    ends, on a kind word: it is still the text's sentence, and the text
    stays the notice's part, wherever the measure wraps it ('…制定本行动' /
    '计划')."""
    paragraphs = PLAN_NOTICE[:6] + [PLAN_NOTICE[6].replace("制定本行动计划", closing)] + PLAN_NOTICE[7:]
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [PLAN_NOTICE[0]]
    assert docs[0].issuers == ["某某县人民政府办公室"]


def test_a_title_that_cites_a_place_by_ben_is_still_a_title():
    """Control: '关于制定本市…的通知' names a place after 本, not its own
    text: the notice under it opens a document as before."""
    other = ["某某市人民政府关于制定本市生活垃圾分类管理办法的通知", "各区人民政府：",
             "现就有关事项通知如下：请各区做好准备工作。", "某某市人民政府", "2022年4月1日"]
    docs = _documents(PLAN_NOTICE + other, None)
    assert [d.title for d in docs][-1] == other[0]


# ---------------------------------------------------------------- a units' note wrapped onto the line that closes it

POINTS_NOTICE = ["某某市人民政府办公室关于印发某某市2023年政务公开工作要点的通知", "各县（市、区）人民政府，市政府各部门：",
                 "《某某市2023年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
                 "某某市人民政府办公室", "2023年3月1日", "某某市2023年政务公开工作要点", "一、深化重点领域信息公开"]
# The next document: joint issuers parted by spaces before 关于, which a narrow measure sets one a line.
JOINT_NOTICE = ["中共某某县委办公室  某某县人民政府办公室关于印发某某县乡村建设行动方案的通知",
                "各乡镇党委、人民政府，县直各单位：",
                "《某某县乡村建设行动方案》已经县委、县政府同意，现印发给你们，请认真贯彻执行。",
                "中共某某县委办公室", "某某县人民政府办公室", "2023年4月1日"]
JOINT_TITLE = "中共某某县委办公室某某县人民政府办公室关于印发某某县乡村建设行动方案的通知"


@pytest.mark.parametrize("item,columns", [
    ("1.推进政策文件集中公开。（牵头单位：市大数据局；配合单位：市政府各部门）", 18),
    ("1.加强政策解读，做好政策发布与解读同步。（牵头单位：市大数据局；配合单位：市政府各部门）", 22)])
def test_a_units_note_closed_on_a_full_line_ends_the_item_above_a_title(item, columns):
    """The units a 工作要点's item names in brackets after its full stop
    ('…。（牵头单位：…；配合单位：…）') are a note of its sentence, which ends
    with the note: wrapped so that the line closing the note fills the
    measure, that line still ends the item, and the title under it begins
    on its first line, the first of its joint issuers (GB/T 9704 7.2.5)."""
    assert len(laid_out([item], columns)[-1]) == columns and "（" not in laid_out([item], columns)[-1]
    docs = _documents(POINTS_NOTICE + [item] + JOINT_NOTICE, columns)
    assert [d.title for d in docs] == [POINTS_NOTICE[0], JOINT_TITLE]
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室"]


def test_a_full_line_that_closes_a_bracket_of_its_own_sentence_still_goes_on():
    """Control: a bracket the sentence opened with no full stop before it
    ('1.加强政策解读（含…文件）') is no units' note: a line that closes it and
    fills the measure goes on as before, and the organ's line under it is
    not taken into the title."""
    item = "1.加强政策解读（含部门文件和各县区政府文件）"
    docs = _documents(POINTS_NOTICE + [item] + JOINT_NOTICE, 22)
    assert [d.title for d in docs][-1] == JOINT_TITLE.replace("中共某某县委办公室", "")


# ---------------------------------------------------------------- a 主送 whose punctuation the extraction lost

UNMARKED_ADDRESSEES = "各乡镇党委政府县委各部门县级国家机关各人民团体各企事业单位中央省市驻县各单位"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_run_of_addressed_classes_with_its_marks_lost_is_the_addressee_line(columns):
    """GB/T 9704 7.3.2: the 主送 under the title names the organs addressed,
    the first by 各; an extraction that lost the full-width punctuation ran
    its names together with no 、, ， or colon ('各乡镇党委政府县委各部门县级
    国家机关各人民团体各企事业单位中央省市驻县各单位'), each still ending as an organ's or a
    class's name ends: it is the 主送, a paragraph of its own, not the
    body's first words."""
    paragraphs = [PLAN_NOTICE[0], UNMARKED_ADDRESSEES] + PLAN_NOTICE[2:]
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [PLAN_NOTICE[0]]
    assert docs[0].addressees == UNMARKED_ADDRESSEES


def test_a_sentence_under_the_title_that_opens_on_ge_is_no_addressee_line():
    """Control: the body's first sentence, its marks lost too, that opens on
    各 and goes on past the organs it names ('各乡镇党委政府县委各部门要高度
    重视') is no 主送."""
    sentence = "各乡镇党委政府县委各部门要高度重视乡村建设工作切实加强组织领导"
    docs = _documents([PLAN_NOTICE[0], sentence] + PLAN_NOTICE[3:], None)
    assert docs[0].addressees is None
