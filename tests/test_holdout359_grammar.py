"""The document grammar on layouts of the three-hundred-and-fifty-ninth held-out
set's kind (issue #11): seed-industry and agricultural-machinery texts of
cities and counties (a seed station's 紧急通知 on the spring seed market, a
county bureau's notice of its 农机购置补贴 funds, a city's 通知 on 水稻良种补贴,
a leading group's 通知 issuing its 农机购置补贴 实施方案) as mirrors and
collecting sites store them, cut inside a sentence, one titled by its 事由 and
文种 alone ('…补贴通知') with its 主送 under it. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A leading group's notice issuing its plan, the store cutting the plan inside its first part's sentence.
PLAN_CUT = ["关于印发《南岭县2017年农业机械购置补贴实施方案》的通知", "各乡镇、各有关单位：",
            "结合我县实际，研究制定了《南岭县2017年农业机械购置补贴实施方案》，现予印发，请遵照执行。",
            "南岭县农业机械购置补贴领导组", "2017年8月9日", "南岭县2017年农业机械购置补贴实施方案", "一、总体要求",
            "通过农业机械购置补贴政策实施，充分调动和保护农民购买使用农机的积极性，促进农机装备结构优化、"
            "农机化作业能力和水平提升，推进农业发展方式转变，注重市场化原则，通过市场机制发挥补贴政策对农机化发展的"
            "引导作用，推进补贴"]
# A city's notice titled by its 事由 and 文种 alone, its 主送 under it.
BARE_TITLED = ["水稻种植良种补贴通知", "各乡镇人民政府、办事处，市政府有关部门：",
               "为调动农民种粮积极性，现就做好水稻良种补贴有关工作通知如下：",
               "一、提高认识，明确责任。各有关部门要认真落实行政一把手负责制。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bare_title_over_its_addressees_under_a_sentence_cut_short_opens_a_document(columns):
    """党政机关公文处理工作条例 第九条(三) and GB/T 9704 7.3.1-7.3.2: a 标题 is
    一般 its organ, 事由 and 文种; the organ left out ('…补贴通知'), it is still
    a title on a line of its own that stops short of the measure, holding no
    clause mark, with the 主送机关 and its colon under it. A sentence the store
    cut short above it (the line the wrap filled, '…推进补贴') runs on with
    words, not into a short line ending on a 文种 and a list of organs and a
    colon (titles.bare_title_over_addressees): the title opens the next
    document, and the text above keeps none of it."""
    docs = _documents(PLAN_CUT + BARE_TITLED, columns)
    assert [d.title for d in docs] == [PLAN_CUT[0], BARE_TITLED[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县农业机械购置补贴领导组"], "2017-08-09")
    assert docs[1].addressees == "各乡镇人民政府、办事处，市政府有关部门"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_kind_word_line_with_no_addressees_under_it_stays_in_the_cut_sentence(columns):
    """The control: the same short line ending on 通知, with a sentence under it
    and no 主送, is no title by that rule: the text above runs on through it,
    one document as before."""
    tail = ["水稻种植良种补贴通知", "要求各乡镇在7月10日前上报种植面积。"]
    docs = _documents(PLAN_CUT + tail, columns)
    assert [d.title for d in docs] == [PLAN_CUT[0]]


# A county bureau's notice, signed and dated: the document a run-in title stands under.
DATED = ["南岭县农业机械管理局关于2018年农机购置补贴资金的通知", "各乡镇人民政府：",
         "2018年共安排我县农机购置补贴中央资金1962万元。", "南岭县农业机械管理局", "2018年5月10日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_subject_and_kind_title_run_into_its_addressees_under_a_date_is_parted(columns):
    """条例 第九条(三) and GB/T 9704 7.3.1-7.3.2: a 通知's title of its 事由 and
    文种 alone ('水稻种植补贴通知'), its 主送 opening on 各 run in after it as
    an extractor joining text boxes gives it ('…补贴通知各乡镇人民政府、…：'),
    under the date that closes the text above (a title's place): the title
    ends on its kind word and the 主送 under it is the new document's
    (title_ends.SUBJECT_KIND_TITLE_RE), as a 通告's few words and kind are
    parted already."""
    run_in = ["水稻种植补贴通知各乡镇人民政府、办事处，市政府有关部门：",
              "为调动农民种粮积极性，现就做好水稻良种补贴有关工作通知如下：",
              "一、提高认识，明确责任。各有关部门要认真落实行政一把手负责制。"]
    docs = _documents(DATED + run_in, columns)
    assert [d.title for d in docs] == [DATED[0], "水稻种植补贴通知"]
    assert docs[1].addressees == "各乡镇人民政府、办事处，市政府有关部门"
    assert (docs[0].issuers, docs[0].date) == (["南岭县农业机械管理局"], "2018-05-10")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_transition_that_passes_the_matter_on_to_its_addressees_opens_no_title(columns):
    """The control: a sentence that opens as sentences open ('现将…通知各…'),
    though a few words and a kind word run on to names opening on 各 under a
    finished sentence, is the body's, no title: one document as before."""
    body = ["现将补贴事项通知各乡镇人民政府、办事处：", "请于7月10日前上报种植面积。"]
    docs = _documents(DATED[:3] + body, columns)
    assert [d.title for d in docs] == [DATED[0]]
