"""The document grammar on layouts of the hundred-and-ninety-seventh held-out
set's kind (issue #11): replies of city, county and district organs to
people's congress deputies' 建议 and CPPCC members' 提案, as their sites
store them (the answered 提案's matter in brackets after the reply's 文种, a
greeting run on before the 主送's colon, the contact line printed under the
date). Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
BRACKETED = ["某某区水务局关于对区政协五届二次会议第012号提案的答复(关于整治城区积水路段的建议)", "张某某 李 某委员:",
             "您们提出的提案《关于整治城区积水路段的建议》已收悉,现答复如下:", "经核实,该路段已列入今年改造计划。",
             "联系人:王某 联系电话:0000-1234567", "某某区水务局", "2024年10月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_whose_title_ends_on_the_answered_matter_in_brackets_is_a_reply(columns):
    """GB/T 9704 7.3.1: a title ends on its 文种. A site lists a reply to a
    提案 or 建议 with the matter it answers in brackets after the reply's
    own title ('…第012号提案的答复(关于…的建议)'), as others do after a colon:
    the reply's kind is 答复, the bracket no kind of its own, and the title
    opens its document over the members it answers."""
    docs = _documents(NOTICE + BRACKETED, columns)
    assert [d.title for d in docs] == [NOTICE[0], BRACKETED[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某区水务局"], "2024-10-18")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_bracket_after_a_title_that_is_no_answered_matter_stays_out(columns):
    """Control: a bracket that holds no 建议's, 提案's or 议案's matter after a
    reply's title ('…的答复(第二批)') is read as before."""
    title = "某某区水务局关于对区政协五届二次会议第012号提案的答复(关于整治城区积水路段)"
    assert kind_of(title) is None
    assert kind_of(BRACKETED[0]) == "答复"
