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
