"""The document grammar on layouts of the three-hundred-and-ninth held-out
set's kind (issue #11): forest-chief system (林长制) texts of counties, cities
and sub-districts (a 林长制办公室's 通知 on the system's tasks, a county's year's
工作要点, a leading-group office's 公示, a 街道's 通知 issuing its 工作意见) as
their sites store them, one cut mid-sentence inside its 二、's first item with
no signature, the next a year's plan titled by its place and year alone on its
line, its own outline opening at 一、. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An office's notice with no 主送, its outline at 二、 when the store cut it mid-sentence: no signature closes it.
CUT_AT_SECOND = ["南岭县林长制办公室", "关于进一步落实林长制工作任务的通知", "一、完善林长制组织体系",
                 "1、完善镇级林长制工作方案。各乡镇要结合实际制定本级方案。", "二、抓好林长制工作任务",
                 "1、抓好乡镇林长重点任务落实。除县级方案中确定的4项重点任务"]
# A year's plan titled by its place and year, its preamble naming no text, its outline from 一、.
PLACE_YEAR_PLAN = ["北山县2022年林长制工作要点",
                   "2022年是我县全面推行林长制的关键之年，要着力推动林长制工作走深走实。",
                   "一、完善组织责任体系。各乡镇要进一步建立完善林长制组织体系。",
                   "二、推动林长履职尽责。认真执行林长制各项制度。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_and_year_title_over_a_restarted_outline_opens_a_text_under_a_cut(columns):
    """Numbering grammar (a text's outline counts on, never back) and GB/T
    9704 7.3.1 (a title by its own grammar, here its place and the year its
    事由 opens with, '某某县2022年…工作要点', its 文种 last): under the text
    above's 二、, cut mid-sentence with no signature, such a title over an
    outline that opens at 一、 is a text of its own (titles.outline_restarts,
    place_year_title): no heading inside a text names its place and year
    again, and no sentence runs on into a title and on to a new 一、."""
    docs = _documents(CUT_AT_SECOND + PLACE_YEAR_PLAN, columns)
    assert [d.title for d in docs] == ["".join(CUT_AT_SECOND[:2]), PLACE_YEAR_PLAN[0]]
    assert [p.kind for p in docs[1].provisions if p.kind == "cn"] == ["cn", "cn"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_year_heading_without_its_place_stays_a_line_of_the_text_above(columns):
    """The control: a heading that names the year's work without its place
    ('2022年工作要点', as a 总结 heads its plans after its 二、) is no title by
    the place-and-year grammar: its 一、 goes on inside the text above, which
    stays one document."""
    heading = ["2022年工作要点", "一、完善组织责任体系。各乡镇要进一步建立完善林长制组织体系。"]
    docs = _documents(CUT_AT_SECOND + heading, columns)
    assert [d.title for d in docs] == ["".join(CUT_AT_SECOND[:2])]


def test_the_place_and_year_title_is_read_by_its_grammar_alone():
    """The control: the place-and-year grammar wants the place first, the
    year after it and a 文种 last, no clause mark and no 《》."""
    from builder.stages.split.titles.under import place_year_title
    assert place_year_title("北山县2022年林长制工作要点")
    assert not place_year_title("2022年工作要点")
    assert not place_year_title("各乡镇2022年林长制工作要点")
    assert not place_year_title("北山县2022年林长制工作要点，请认真落实")
    assert not place_year_title("印发《北山县2022年林长制工作要点》的通知")
