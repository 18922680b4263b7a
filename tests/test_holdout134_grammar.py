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


@pytest.mark.parametrize("closing", ["制定本行动计划", "特制定本方案", "制订本实施办法"])
def test_a_purpose_clause_that_names_its_text_by_ben_opens_no_document(closing):
    """GB/T 9704 7.3.1: a 标题 names the 文种 of the document it heads and
    never points at it with 本; the opening sentence of an issued text
    closes its purpose clause so ('…结合我县实际制定本行动计划'). Where
    the extraction lost its punctuation, that sentence ends as a title
    ends, on a kind word: it is still the text's sentence, and the text
    stays the notice's part."""
    paragraphs = PLAN_NOTICE[:6] + [PLAN_NOTICE[6].replace("制定本行动计划", closing)] + PLAN_NOTICE[7:]
    docs = _documents(paragraphs, None)
    assert [d.title for d in docs] == [PLAN_NOTICE[0]]
    assert docs[0].issuers == ["某某县人民政府办公室"]


def test_a_title_that_cites_a_place_by_ben_is_still_a_title():
    """Control: '关于制定本市…的通知' names a place after 本, not its own
    text: the notice under it opens a document as before."""
    other = ["某某市人民政府关于制定本市生活垃圾分类管理办法的通知", "各区人民政府：",
             "现就有关事项通知如下：请各区做好准备工作。", "某某市人民政府", "2022年4月1日"]
    docs = _documents(PLAN_NOTICE + other, None)
    assert [d.title for d in docs][-1] == other[0]
