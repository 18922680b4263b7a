"""The document grammar on layouts of the ninety-fifth held-out set's kind
(issue #11): documents stored with their end matter (GB/T 9704 7.3.7 附注,
7.4 版记) and replies to deputies' 建议 with their form's marks, as the sites
of provincial departments, cities and counties store them. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a reply's marks over its 主送

REPLY_TITLE = "对某某省第十三届人大第二次会议第1234号建议的答复"
REPLY_BODY = ["你们提出的《关于加大对某某园区支持力度的建议》收悉，现答复如下：",
              "近年来，我厅积极支持园区基础设施建设，安排专项资金500万元。", "某某省工业和信息化厅", "2019年5月11日",
              "（联系人及电话：某某某 0871-63512057）"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["公开", "主动公开", "依申请公开", "不予公开"])
def test_a_replys_bare_disclosure_mark_is_no_part_of_its_addressees(mark, columns):
    """A reply to a deputy's 建议 is printed on a form that marks, under its
    title, the 办理结果's 类别 ('A类') and whether it may be made public, the
    value alone on its line ('公开', '依申请公开'): marks of the 版头, which
    the 主送 follows, no name of the deputies addressed."""
    docs = _documents(NOTICE + [REPLY_TITLE, "A类", mark, "李某等8名代表："] + REPLY_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert docs[1].addressees == "李某等8名代表"
    assert (docs[1].issuers, docs[1].date) == (["某某省工业和信息化厅"], "2019-05-11")


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_named_for_disclosure_work_is_the_addressee(columns):
    """Control: an organ whose name holds the word ('市政务公开办公室：') is
    the 主送 itself, not a mark over it."""
    title = "某某市人民政府办公室关于做好政务公开工作的通知"
    docs = _documents([title, "市政务公开办公室：", "现将有关事项通知如下：请认真做好政务公开工作。",
                       "某某市人民政府办公室", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].addressees == "市政务公开办公室"
