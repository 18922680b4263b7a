"""The document grammar on layouts of the two-hundred-and-seventy-fourth
held-out set's kind (issue #11): food-safety texts of city and county bodies
(a city's 意见 on supervision, a city office's and a county office's 通知
issuing a 行动计划 or a 责任书, a county 食安办's 紧急通知, four county
bureaus' joint 通告) as their sites and mirrors store them, a joint title
whose organs stand one a line over its 关于 line, a name longer than the
measure wrapped over two lines of the stack. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice signed and dated: the text a joint notice runs on under.
SIGNED = ["某某县人民政府办公室关于做好节日期间食品安全工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇加强节日期间食品安全监管。", "某某县人民政府办公室", "2020年1月20日"]
# Joint issuers of one place, each named whole on a line of its own over the 关于 line, two names longer than
# eighteen columns (the measure wraps them over two lines there, their rest alone on the next).
ORGANS = ["某某藏族羌族自治州某某县市场监督管理局", "某某藏族羌族自治州某某县农业农村和水利局",
          "某某县卫生健康局", "某某县综合执法局"]
JOINT = ORGANS + ["关于禁止活禽交易及宰杀的通告",
                  "为加强活禽制品质量安全，保护公众健康，现将有关事项通告如下：",
                  "1、集中关停全县集贸市场所有的活禽交易和宰杀点。",
                  "2、从即日起全面禁止全县集贸市场活禽交易。"]
JOINT_TITLE = "".join(ORGANS) + "关于禁止活禽交易及宰杀的通告"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_one_a_line_keep_the_names_the_measure_wrapped(columns):
    """GB/T 9704 7.3.1 (联合行文): a joint title names every organ that
    issues it, and a page stacks them one a line over its 关于 line. A name
    longer than the measure goes on to the next line as any line does
    ('…某某县市场监督管' / '理局'): the two lines read as one organ's name and
    nothing else, so the stack goes on over them to the top name; the title
    names all four issuers, not the two whole lines under the wrapped ones."""
    docs = _documents(SIGNED + JOINT, columns)
    assert [d.title for d in docs] == [SIGNED[0], JOINT_TITLE]
    assert docs[1].issuers == ORGANS


# A notice the store cut mid-sentence, its last line as full as a line of eighteen columns gets.
CUT = ["某某县人民政府办公室关于做好节日期间食品安全工作的通知", "各乡镇人民政府：",
       "一、积极配合县食品安全委员会办公室，确保全年不发生重大食品安全事故，不发"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_places_joint_issuers_under_a_cut_sentence_that_fills_its_line(columns):
    """one_places_organs: joint issuers of one place all begin with its
    name. Under a sentence the store cut at a line as full as the measure
    gets, a wrapped name that begins with the place the stack's next name
    begins with is one more of its issuers, not the cut sentence's words
    going on."""
    docs = _documents(CUT + JOINT, columns)
    assert [d.title for d in docs] == [CUT[0], JOINT_TITLE]
    assert docs[1].issuers == ORGANS


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_that_runs_on_into_another_places_organ_stays_the_sentence(columns):
    """Control: a sentence that fills its line and runs on into an organ's
    name the measure wrapped ('…按时报送至' / '甲乙藏族羌族自治州丙丁县水利和
    农业农' / '村局'), another place's than the joint issuers' under it,
    keeps its words: the title's stack is the whole names over its 关于
    line."""
    lead = ["某某县人民政府办公室关于做好节日期间食品安全工作的通知", "各乡镇人民政府：",
            "请各乡镇将检查情况书面材料按时报送至甲乙藏族羌族自治州丙丁县水利和农业农村局"]
    joint = ["某某县卫生健康局", "某某县综合执法局", "关于禁止活禽交易及宰杀的通告",
             "为加强活禽制品质量安全，现将有关事项通告如下：", "1、集中关停全县集贸市场所有的活禽交易和宰杀点。"]
    docs = _documents(lead + joint, columns)
    assert [d.title for d in docs] == [lead[0], "某某县卫生健康局某某县综合执法局关于禁止活禽交易及宰杀的通告"]
    assert docs[1].issuers == ["某某县卫生健康局", "某某县综合执法局"]
