"""The document grammar on layouts of the hundred-and-fifty-ninth held-out
set's kind (issue #11): water administration 通告 (禁止采砂, 禁渔) as county
portals and mirrors store them, a space set on each side of every figure
('自 2018 年 6 月 15 日起'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县人民政府关于禁止在黄河某某段采砂的通告", "为保障防洪安全，根据有关法律法规规定，现通告如下：",
          "一、自 2018 年 6 月 15 日起至 2018 年 10 月 15 日，黄河某某段所有采砂场一律停止采砂作业。",
          "二、各采砂场必须于 2018 年 7 月 5 日前完成河道清理。", "某某县人民政府", "2018 年 6 月 14 日"]


@pytest.mark.parametrize("columns", [18, 20, 22, 26])
def test_the_spaces_a_page_sets_round_figures_count_in_the_lines_measure(columns):
    """A page that sets a space on each side of every figure gives its
    lines that room: a line the wrap filled, its spaces counted, is no
    paragraph's last though the text without them is short of the measure
    (the spaces go, the width they took stays), so the item is one
    paragraph, not cut after '至 2018'."""
    doc, = _documents(NOTICE, columns)
    items = [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert items[0] == ("一、", "自2018年6月15日起至2018年10月15日，黄河某某段所有采砂场一律停止采砂作业。")
    assert doc.date == "2018-06-14"
