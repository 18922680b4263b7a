"""The document grammar on layouts of the two-hundred-and-eightieth held-out
set's kind (issue #11): flood control and drought relief texts of cities,
counties and districts (a 防汛抗旱指挥部's 通知 issuing its year's 方案, an
office's 通知 issuing a 洪涝灾害应急预案, a 指挥部's 通告 and 通知, a 防汛办's 函,
a bureau's 公告) as their sites, news sites and mirrors store them, and a text
issued under a notice that begins its levels at 1. (GB/T 9704 7.3.3: 一、，
（一），1.，（1）), its excerpt cut before the second point. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing plans, its 附件说明 listing them, then the first plan: a preamble, a point '1.' alone on its line
# over its cases '（1）' … , the excerpt cut inside the last case.
NOTICE = ["南河县防汛抗旱指挥部关于印发2023年防汛抗旱工作方案的通知", "南防指发〔2023〕4号",
          "各防汛抗旱分指挥部，县直有关单位：", "现将2023年防汛抗旱工作方案印发给你们，请认真执行。", "附件：",
          "1.南河县非常洪水度汛方案", "2.南河县抗旱应急预案", "南河县防汛抗旱指挥部", "2023年4月28日",
          "南河县非常洪水度汛方案", "山区在遭遇特大暴雨山洪灾害时，确保水库不垮坝。为实现上述目标，特制定此方案。"]
POINT = "1.东河、西河"
CASES = ["（1）当东河上游出现强降雨，水库达到汛限库容，向县指挥部报告，要求水库泄洪。",
         "（2）当东河出现大洪水，津口站水位接近44.00米时，启用分洪区分洪。",
         "（3）当东河洪水与西河洪水遭遇，津口水位达到或超过44.00米、"]


def _labels(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.label) for part in doc.parts for b in part.blocks if type(b).__name__ == "Provision"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_point_heading_opening_a_texts_levels_over_its_first_case_is_a_provision(columns):
    """GB/T 9704 7.3.3 fixes the order of the levels (一、，（一），1.，（1）),
    not that a text use them all: a 方案 printed under a notice may begin at
    1., its measures' cases at （1）. A point heading alone on its line
    ('1.东河、西河'), no labelled paragraph above it in its part, '（1）' the
    first of the level under it right below, is the text's first point
    though the excerpt ends before its second (structure._first_point_under_part)."""
    docs = _documents(NOTICE + [POINT] + CASES, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert _labels(docs[0]) == [("ar", "1."), ("ar_paren", "（1）"), ("ar_paren", "（2）"), ("ar_paren", "（3）")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lone_point_heading_over_a_sentence_stays_no_lists(columns):
    """Control: the same line over a sentence (no '（1）' under it) and no
    '2.' anywhere is a list of one, as before the rule; and over a '（2）'
    (no first case under it) likewise."""
    sentence = "当东河上游出现强降雨，水库达到汛限库容，向县指挥部报告，要求水库泄洪。"
    for below in ([sentence], CASES[1:]):
        docs = _documents(NOTICE + [POINT] + below, columns)
        assert [d.title for d in docs] == [NOTICE[0]]
        assert ("ar", "1.") not in _labels(docs[0])
