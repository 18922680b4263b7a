"""The document grammar on layouts of the thirtieth held-out set's kind
(issue #11): what a city gazette prints most, a 市人民政府 or its office's
通知 issuing a 方案, 办法 or 预案 (printed after the 成文日期) and 意见. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# ---------------------------------------------------------------- a short line with a colon heads no title

PLAN = ["市政府关于印发2020年重点工作任务分解方案的通知", "某政发〔2020〕3号", "各区人民政府，市各委办局：",
        "现将《2020年重点工作任务分解方案》印发给你们，请认真组织实施。", "某某市人民政府", "2020年1月18日",
        "2020年重点工作任务分解方案",
        "1.地区生产总值增长6%以上。牵头单位：市发改委；责任单位：各区政府",
        "2.一般公共预算收入增长2.5%。牵头单位：市财政局；责任单位：各区政府"]
NEXT = ["市政府办公室关于印发某某市生活必需品市场供应应急预案的通知", "某政办发〔2019〕107号", "各区人民政府，市各委办局：",
        "经市政府同意，现将《某某市生活必需品市场供应应急预案》印发给你们，请认真贯彻执行。", "某某市人民政府办公室",
        "2019年11月26日"]


@pytest.mark.parametrize("columns", [None, 18, 24, 26])
def test_the_wrapped_rest_of_an_item_with_its_colon_is_no_line_of_the_next_title(columns):
    """An item the measure wrapped leaves its last words on a short line
    ('责任单位：各区政府', a lead and its colon inside it): a title never runs
    on from such a line, as none reaches up over it (a colon is a
    sentence's, no title's), so the next notice's title is its own and the
    next document is found."""
    docs = _documents(PLAN + NEXT, columns)
    assert [d.title for d in docs] == [PLAN[0], NEXT[0]]
    assert docs[1].doc_number == "某政办发〔2019〕107号"
