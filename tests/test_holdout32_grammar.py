"""The document grammar on layouts of the thirty-second held-out set's kind
(issue #11): 转发 notices and joint issuers as city and provincial portals
reprint them: the 版头's rule line over a title, two organs signing and
naming themselves on one line parted by spaces, a township's 主送 to its
villages. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


# ---------------------------------------------------------------- the 版头's rule line wider than the measure

FORWARD = ["某省人民政府办公厅转发国务院办公厅转发某某局关于清理规范办事机构意见的通知",
           "各市人民政府,省政府各部门:",
           "现将《国务院办公厅转发某某局关于清理规范办事机构意见的通知》转发给你们,请一并贯彻执行。",
           "某省人民政府办公厅", "2015年4月3日"]


@pytest.mark.parametrize("rule", ["━" * 27, "＝" * 28])
@pytest.mark.parametrize("columns", [None, 26])
def test_a_rule_line_the_measure_wrapped_is_furniture_whole(rule, columns):
    """GB/T 9704 7.2.4: the 版头's 分隔线 under the 发文字号 is drawn, not
    written; a page that prints it as a row of rule characters wider than the
    measure wraps it, and the few characters the wrap carries over are the
    same line's end, no text: the 发文字号 above stays the title's."""
    lines = [NOTICE[0], *NOTICE[1:], "某府办〔2015〕22号"]
    if columns:
        lines += [rule, *FORWARD]
    else:  # the wrap as an extractor gives it
        lines += [rule[:26], rule[26:], *FORWARD]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARD[0]]
    assert docs[1].doc_number == "某府办〔2015〕22号"
    assert docs[1].issuers == ["某省人民政府办公厅"]


def test_a_dash_alone_under_a_sentence_stays_text():
    """Only a rule's wrapped end is furniture: a dash alone on a line that
    follows no rule (a table's empty cell printed one a line) is kept."""
    docs = _documents([*NOTICE[:3], "—", *NOTICE[3:]], None)
    assert "—" in [b.text for p in docs[0].parts for b in p.blocks if hasattr(b, "text")]

