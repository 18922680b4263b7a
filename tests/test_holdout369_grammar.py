"""The document grammar on layouts of the three-hundred-and-sixty-ninth held-out
set's kind (issue #11): reservoir resettlement and small-reservoir safety texts
of cities, counties and districts (an office's 通知 issuing a 后期扶持 实施方案,
district bodies' joint 通知 issuing a 人口核定登记 方案 under their nine names, a
district's or county's 公告 on a reservoir's 管理范围 and 保护范围, a county
office's 紧急通知 on a power station's guarded zone, a city office's 通知 on
除险加固) as their sites, law libraries and portals store them, one naming its
reservoir's scale class in brackets between 小 and 型 ('小(2)型水库', SL 252),
which a wrap may part at the bracket. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _labels, _text  # (the same input path and layouts)

# A county's 公告 on a reservoir's ranges: its 概况 names the scale class, the wrap at 18 and 26 columns setting the
# class's bracket at a line's head ('…兼顾防洪的小' / '(1)型水库…' at 18, '…以灌溉为主的小' / '(2)型水库…' at 26).
SCALE_AT_18 = "该水库是一座以灌溉为主，兼顾防洪的小(1)型水库，总库容34.5万立方米，坝高18米。"
SCALE_AT_26 = "青龙沟水库位于某某镇某某村北侧，是一座以灌溉为主的小(2)型水库，总库容34.5万立方米，坝高18米。"


def _notice(sentence: str) -> list[str]:
    return ["某某县人民政府关于青龙沟水库管理与保护范围的公告", "一、水库概况", sentence,
            "二、管理范围", "(一)大坝坡脚线向下游100米。", "(二)库区校核洪水位以下。",
            "某某县人民政府", "2020年12月17日"]


@pytest.mark.parametrize("columns, sentence", [(None, SCALE_AT_18), (18, SCALE_AT_18), (None, SCALE_AT_26),
                                               (26, SCALE_AT_26)],
                         ids=["unwrapped-a", "wrapped-18", "unwrapped-b", "wrapped-26"])
def test_a_scale_class_the_wrap_parted_at_its_bracket_is_no_item(columns, sentence):
    """SL 252-2017 (水利水电工程等级划分) names a reservoir's scale 大(1)型,
    大(2)型, 中型, 小(1)型 or 小(2)型: the size word, the bracketed number and 型
    are one word. Where the wrap sets the bracket at a line's head under the
    size word ('…兼顾防洪的小' / '(1)型水库，…'), the line goes on the sentence
    above (paragraphs.label_goes_on): no item (1) or (2) whose text opens on
    型, and the 概况's sentence is one paragraph."""
    doc, = _documents(_notice(sentence), columns)
    assert _labels(doc) == ["一、", "二、", "（一）", "（二）"]
    assert sentence.replace("(", "（").replace(")", "）") in _text(doc).replace("(", "（").replace(")", "）")
    assert (doc.issuers, doc.date) == (["某某县人民政府"], "2020-12-17")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_items_that_open_on_their_own_bracket_stay_items(columns):
    """The control: items whose bracketed labels open their lines under a
    lead that ends on its colon, or under an item closed by its stop, stay
    items, an item's text opening on 型 too ('(二)型号规格…'); and a size word
    that ends a sentence's clause ('…规模较小，') is no scale class."""
    body = ["某某县水利局关于小型水库安全设施配置的通知", "各乡镇人民政府：",
            "部分水库库容较小，设施配置不足，现就有关事项通知如下：",
            "(一)安全监测设施按规定配齐。", "(二)型号规格须符合行业标准。",
            "某某县水利局", "2021年5月6日"]
    doc, = _documents(body, columns)
    assert _labels(doc) == ["（一）", "（二）"]
    assert (doc.issuers, doc.date) == (["某某县水利局"], "2021-05-06")
