"""The document grammar on layouts of the three-hundred-and-fifty-third
held-out set's kind (issue #11): construction-industry and building-market
texts of cities (a city office's 通知 dividing the duties of clearing the
arrears of 工程款 and 农民工工资 among its organs, a city government's 通知 on
清理拖欠工程款 whose store ran its 主送, opening and first heading into one
line, a city's 通知 titled by the city's name alone, '某某市关于…分工通知', a
city office's 意见 on building-project management wrapped at its PDF's
measure) as law libraries and regulations sites store them, each cut before
its signature, and as an extractor that joins text boxes gives them, each
title run into its 主送 on one line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city government's notice its store cut mid-sentence, no signature under it.
CUT_ABOVE = ["东岭市人民政府关于进一步做好清理全市建设领域拖欠工程款工作的通知", "各县（区）人民政府，市政府有关部门：",
             "为了认真贯彻落实全省清理建设领域拖欠工程款电视电话会议精神，现就有关问题通知如下：",
             "一、进一步增强做好清理拖欠工程款工作的责任感。两年半以来，我市清欠目标基本实现。从全省清理拖欠工程款网"]
# A city's notice titled by the city's name alone, its 主送 run into its title (text boxes joined).
PLACE_TITLED = ["南岭市关于明确市清理拖欠工程款协调工作组成员分工通知各市、区人民政府，南岭高新区管委会；市各委办局，各直属单位：",
                "经市政府研究，现将协调组分工事宜通知如下：", "一、增补市监察局、市审计局为协调工作组成员单位。",
                "二、各成员单位要确定负责具体工作的联络员。"]
PLACE_TITLE = "南岭市关于明确市清理拖欠工程款协调工作组成员分工通知"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_its_place_names_with_its_addressees_run_in_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1: a title names its 发文机关, whole or by its 规范化简称,
    and a city's or county's government names itself by the unit it
    governs ('某某市关于…的通知'); 7.3.2: the 主送 under it closes on its colon.
    No sentence goes on into a place's whole name, its 关于, a 事由 and a 文种
    and then a 主送 of organs closing on its colon: under a text whose
    excerpt ends mid-sentence, such a line is the next document's title with
    its 主送 run in (unfold/title_ends._place_led_title), as one its organ's
    whole name opens is."""
    docs = _documents(CUT_ABOVE + PLACE_TITLED, columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0], PLACE_TITLE]
    assert docs[1].issuers == ["南岭市"]
    assert docs[1].addressees.startswith("各市、区人民政府")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_going_on_into_its_own_words_before_about_stays_in_the_text_above(columns):
    """The control: a line under a cut sentence that opens on words of the
    sentence's own ('各县区', as '全市' and '我县' are) before its 关于 names
    no government: it goes on in the text above, and no document opens
    there."""
    going_on = ["各县区关于清理拖欠工程款的要求通知各乡镇人民政府，县直各部门：", "请认真贯彻执行。"]
    docs = _documents(CUT_ABOVE + going_on, columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0]]


def test_only_a_place_named_whole_leads_such_a_title():
    """The control: the predicate reads a place's whole name before 关于
    (one level or several), never a level word alone or a sentence's own
    words."""
    from builder.stages.split.unfold.title_ends import _place_led_title
    assert _place_led_title("南岭市关于明确…分工通知各市、区人民政府：")
    assert _place_led_title("北山省南岭市关于做好…的通知各县：")
    assert not _place_led_title("市关于做好…的通知各县：")
    assert not _place_led_title("各县区关于做好…的通知各乡镇：")
    assert not _place_led_title("我县关于做好…的通知各乡镇：")
    assert not _place_led_title("南岭市人民政府关于做好…的通知各县：")  # (an organ's whole name: _organ_led_title's)
