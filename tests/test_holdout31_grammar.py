"""The document grammar on layouts of the thirty-first held-out set's kind
(issue #11): structure-heavy notices of city and county governments as their
portals print them: a notice closing on the short 结束语 '此通知', and notices
in a row whose titles cite the same work (《政府工作报告》) that the text above
cites too. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

# ---------------------------------------------------------------- the 结束语 without 特

SHORT_CLOSING = ["某某县人民政府办公室", "关于印发2021年重点工作任务分工的通知", "各乡镇人民政府，县政府各部门：",
                 "经县人民政府同意，现将《2021年重点工作任务分工》印发给你们，请认真贯彻落实。",
                 "一、各单位要高度重视，主要领导亲自抓，确保各项任务落到实处。",
                 "二、县政府督查室要加强日常调度，及时通报落实情况。",
                 "此通知", "附件：2021年重点工作任务落实情况表", "2021年3月1日", "（此件公开发布）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_closing_formula_without_te_is_no_title(columns):
    """The 结束语 that closes a body is '特此通知' or, shorter, '此通知': it
    ends in a kind word but is never a title, so the 附件说明 and the 成文日期
    under it stay the notice's frame."""
    docs = _documents(SHORT_CLOSING, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于印发2021年重点工作任务分工的通知"]
    assert docs[0].date == "2021-03-01" and docs[0].issuers == ["某某县人民政府办公室"]
