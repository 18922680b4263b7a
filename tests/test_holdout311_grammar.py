"""The document grammar on layouts of the three-hundred-and-eleventh held-out
set's kind (issue #11): teacher-workforce texts of cities, counties and
districts (a county's 招聘 公告 its site cut mid-sentence, a city's 招聘 通知
stored as a site's second page under its headline, a district's 减负 公告, a
party office's 通知 issuing a 准入标准) as their sites, mirrors and forums
store them, one cut mid-sentence on the short last line of a wrapped
paragraph, the next titled by its place and year on a line that nearly fills
the measure. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county bureau's recruitment notice the store cut mid-sentence, its last item ending on no mark.
CUT_NOTICE = ["南岭县教育局2011年招聘高中、小学教师公告", "根据我县中小学教学需要，经县政府同意，公开招聘高中、小学教师。现将有关事项公告如下：",
              "一、资格条件", "1、遵纪守法，身体健康，热爱教育工作。",
              "2、报考小学、幼儿园教师职位须具有南岭"]
# A city's notice titled by its place and year (no organ, no 关于), the page opening on its second item.
PLACED_NOTICE = ["北山市2014年招聘中小学教师通知",
                 "(二)各区(县)教育局、人社局要高度重视公开招聘新教师工作，加强对公开招聘工作的领导。",
                 "(三)各区(县)招聘方案，应报市教育局和市人社局备案后，方可公开发布。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_and_year_title_under_a_cut_paragraphs_short_last_line_opens_a_text(columns):
    """GB/T 9704 7.3.1: a title whole by its own grammar, its place and the
    year its 事由 opens with, ending in a 文种 ('北山市2014年招聘…通知'). The
    wrap fills every line of a paragraph but its last: a line that stops short
    under a full one ends its paragraph, though the store cut its sentence
    ('…须具有南' / '岭'), and no sentence opens a paragraph of its own on a
    place, a year and a kind word over the body's next line
    (documents._placed_title_under_short_line): the title opens a text, though
    it nearly fills the measure itself."""
    docs = _documents(CUT_NOTICE + PLACED_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], PLACED_NOTICE[0]]
    assert docs[0].issuers == ["南岭县教育局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_paragraph_under_a_cut_paragraphs_short_last_line_opens_nothing(columns):
    """The control: a paragraph that is no title by its grammar (no place and
    year before a kind word) under the same cut paragraph stays the text
    above's; only one document is read."""
    docs = _documents(CUT_NOTICE + ["各区县中等职业技术学校招聘新教师，可根据本文规定执行。",
                                    "招聘方案应报市教育局和市人社局备案后，方可公开发布。"], columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]
