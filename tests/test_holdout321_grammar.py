"""The document grammar on layouts of the three-hundred-and-twenty-first
held-out set's kind (issue #11): noise-pollution control texts of cities,
counties and districts (a county's 通告 forbidding noise over the 高考 and the
中考, a city's or a district's 通告 and a county's 公告 forbidding horns, a
city's 通知 on 生活噪音 to its citizens) as their sites, forums, mirrors and
document-sharing sites store them, one with its organ alone on a line over
its 关于 and its body's first sentence run in after the 文种, opening on the
year it speaks of ('2023年高考在即，…'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _labels  # (the same input path and layouts)

BODY = ["一、禁止时间", "6月19日12时至6月22日18时。", "二、禁止下列行为",
        "（一）禁止在考点周边燃放烟花爆竹、使用高音喇叭；", "（二）禁止考点周边道路机动车辆鸣喇叭。",
        "特此通告。", "2024年6月12日"]
OPENING = "2024年中考在即，为营造安静的考试环境，县政府决定在中考期间严格禁止噪声干扰。现将有关事宜通告如下："
# The organ alone on its line over the 关于 line, the body's first sentence run in after the 文种, parted by a space.
ORGAN_OVER = ["南岭县人民政府", "关于在中考期间禁止噪声干扰的通告 " + OPENING] + BODY
# The organ and 关于 on one line, the body run in with no space.
ONE_LINE = ["南岭县人民政府关于在中考期间禁止噪声干扰的通告" + OPENING] + BODY
TITLE = "南岭县人民政府关于在中考期间禁止噪声干扰的通告"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("paragraphs", [ORGAN_OVER, ONE_LINE])
def test_a_body_opening_on_its_year_run_in_after_the_title_is_parted_off(columns, paragraphs):
    """GB/T 9704 7.3.1 and 7.3.3: the 标题 on its lines (its organ may stand
    alone on the first, its 关于 opening the next), the body under it; a 通告
    has no 主送, so a page that lost the break runs the body's first sentence
    in after the 文种. A first sentence may open on the time it speaks of (a
    时间状语: the year, the event, its comma), which no title goes on into
    and no frame is (unfold.DATED_BODY_OPENING_RE, _organ_line_over): the
    title is parted there, its organ line with it."""
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].issuers == ["南岭县人民政府"]
    assert docs[0].date == "2024-06-12"
    assert _labels(docs[0]) == ["一、", "二、", "（一）", "（二）"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_its_date_under_it_keeps_the_date_as_the_frames(columns):
    """The control: a 成文日期 run in after the 文种 ('…的通告2024年6月12日')
    is the frame's date (a year, then its month and day, no event), no body's
    first sentence: read as before."""
    paragraphs = ["南岭县人民政府", "关于在中考期间禁止噪声干扰的通告2024年6月12日",
                  "为营造安静的考试环境，现将有关事宜通告如下：", "一、禁止在考点周边燃放烟花爆竹。", "特此通告。"]
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].date == "2024-06-12"
