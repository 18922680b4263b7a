"""The document grammar on layouts of the hundred-and-eighty-third held-out
set's kind (issue #11): annual 工作要点 and 工作计划 of city, county and
district organs, printed alone or issued by a 通知, as portals store them.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _items(doc) -> list[tuple[str, str]]:
    return [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A notice issuing a year's 要点, cut after the first point of its first part: the part's heading pairs two
# verb-object phrases, the first opening on its verb (落实); the point runs its heading sentence into its text.
POINTS = ["某某区教育局关于印发2021年工作要点的通知", "区教育系统各单位：",
          "现将《2021年某某区教育局工作要点》印发给你们，请认真贯彻执行。", "某某区教育局", "2021年3月2日",
          "2021年某某区教育局工作要点", "2021年全区教育工作的总体要求是：坚持立德树人，推动教育高质量发展。",
          "一、落实立德树人根本任务，促进学生全面发展",
          "1.深化思想道德教育。完善大中小学思政课一体化工作格局，创建思政课一体化建设示范区。"]
# A control: under a heading that opens as a sentence's adverbial of purpose ('为…'), a lone '1.' stays text.
PURPOSE_HEADING = POINTS[:7] + ["一、为落实根本任务，促进学生全面发展", POINTS[8]]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_paired_heading_may_open_on_its_verb(columns):
    """GB/T 9704 7.3.3 (一、，（一），1.，（1））: a 一、 heading alone on its
    line that pairs verb-object phrases opens on a verb as its phrases do
    ('一、落实立德树人根本任务，促进学生全面发展', as '贯彻新发展理念，推动高质量
    发展'): an outline heading, and the '1.' under it that runs its heading
    sentence into its text is its first point. A line opening on a
    preposition of purpose or ground ('为…', '根据…') is a sentence's."""
    doc = _documents(POINTS, columns)[0]
    assert [label for label, _ in _items(doc)] == ["一、", "1."]
    doc = _documents(PURPOSE_HEADING, columns)[0]
    assert [label for label, _ in _items(doc)] == ["一、"]


# Two districts' 要点, each printed alone (no notice, no organ, no signature), one after the other.
FIRST_POINTS = ["2021年全区普法依法治理工作要点",
                "2021年是“八五”普法启动之年，全区普法依法治理工作要坚持围绕中心、服务大局。",
                "一、深入学习宣传习近平法治思想",
                "1、推动各级党委（党组）理论学习中心组开展专题学习。",
                "2、发挥好各类基层普法阵地的作用，推动法治思想深入人心。"]
SECOND_POINTS = ["2021年某某区普法与依法治理工作要点",
                 "2021年是“八五”普法开局之年，全区普法与依法治理工作要以制定实施“八五”普法规划为主线。",
                 "一、锚定方向，突出重点普法内容", "1.深入学习宣传贯彻习近平法治思想。实现宣讲全覆盖。",
                 "2.持续加强宪法学习宣传。组织开展国家宪法日活动。"]
# A control: a notice issues a 要点 and names it; the 要点 printed under it stays the notice's part.
ISSUING_POINTS = ["某某区司法局关于印发2021年全区普法依法治理工作要点的通知", "各街道办事处，区直各单位：",
                  "现将《2021年全区普法依法治理工作要点》印发给你们，请认真贯彻执行。", "某某区司法局",
                  "2021年3月5日"] + FIRST_POINTS


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_plan_printed_alone_passes_no_plan_on(columns):
    """A 工作要点 (or 计划) printed alone is itself the plan: it issues and
    forwards nothing, so a further title of its kind naming its own year
    ('2021年某某区…工作要点'), after a line that ends a sentence and with no
    附件 mark over it, opens another plan, though neither is signed, dated
    or addressed. A notice's 要点, which it names, stays its part."""
    docs = _documents(FIRST_POINTS + SECOND_POINTS, columns)
    assert [d.title for d in docs] == [FIRST_POINTS[0], SECOND_POINTS[0]]
    assert [label for label, _ in _items(docs[1])] == ["一、", "1.", "2."]
    doc, = _documents(ISSUING_POINTS, columns)
    assert [part.title for part in doc.parts][-1] == FIRST_POINTS[0]


# A 要点 printed alone whose preamble's lead, ending in its colon, stands on a line of its own (a narrow page's wrap).
LEAD_ALONE = ["2022年某某市司法行政系统工作要点", "2022年全市司法行政工作的总体要求是：",
              "坚持党的绝对领导，推进法治建设和司法行政工作高质量发展。",
              "一、强化统筹协调，在法治建设上攻坚发力", "（一）加强党对法治建设的领导。"]
# A control: a 主送 under the title, organs by their class.
ADDRESSED = ["某某市司法局关于印发2022年工作要点的通知", "各县（市、区）司法局：",
             "现将《2022年某某市司法行政系统工作要点》印发给你们，请认真贯彻执行。", "某某市司法局", "2022年3月3日"]


@pytest.mark.parametrize("columns", [None])
def test_a_lead_ending_on_the_copula_is_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送机关 names organs (or whom a letter
    addresses). A line under the title that ends on the copula and its
    colon ('…的总体要求是：') is a sentence's lead announcing what follows,
    no addressee, though short and alone on its line."""
    doc, = _documents(LEAD_ALONE, columns)
    assert doc.addressees is None
    doc, = _documents(ADDRESSED, columns)
    assert doc.addressees == "各县（市、区）司法局"
