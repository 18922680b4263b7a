"""The document grammar on layouts of the hundred-and-seventy-fourth held-out
set's kind (issue #11): market supervision, emergency management and fire
notices of cities and counties (烟花爆竹 retail licences, 防汛 responses, drill
通告) as portals and mirrors store them, some cut short by the store. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice the store cut right under a heading whose own text it lost ('三、办理流程', a 办事指南's label too).
CUT_UNDER_HEADING = ["某某县应急管理局", "关于办理2026年春节期间烟花爆竹零售许可证的通知",
                     "为做好烟花爆竹经营安全监管工作，现就有关事项通知如下：", "一、经营有效期限",
                     "本次核发的许可证有效期为2026年2月4日至2026年3月3日。", "二、经营许可条件",
                     "1.符合经营布点规划；", "2.主要负责人经过安全培训合格。", "三、办理流程"]
# The next document: its title, organ and 关于 on the first line, over two lines.
NEXT_TITLED = ["某某区应急管理局关于办理2026年春节期间", "烟花爆竹经营许可证的通告",
               "依据《烟花爆竹安全管理条例》，现就有关事宜通告如下：", "一、零售点需符合布点规划。",
               "二、经营者需年满18周岁。", "某某区应急管理局", "2026年1月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_a_heading_a_cut_text_ends_on_opens_the_next_document(columns):
    """GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种 is a document's title.
    A text the store cut under a division heading ('三、办理流程', worded as
    a 办事指南's label is) ends there; the line under it that opens on an
    organ and 关于 and goes on over the next line to a 文种 is the next
    document's title, not the value a guide prints under its label."""
    docs = _documents(CUT_UNDER_HEADING + NEXT_TITLED, columns)
    assert [d.title for d in docs] == ["某某县应急管理局关于办理2026年春节期间烟花爆竹零售许可证的通知",
                                       "某某区应急管理局关于办理2026年春节期间烟花爆竹经营许可证的通告"]
    assert docs[1].issuers == ["某某区应急管理局"]


# A 办事指南 whose label '办理流程' stands alone over its value, then the next element: one guide.
GUIDE = ["某某县烟花爆竹经营许可办事指南", "设定依据", "《烟花爆竹安全管理条例》", "办理流程",
         "申请人向县政务服务中心窗口提交材料", "办理时限", "5个工作日", "咨询电话", "0351-1234567"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_guides_value_under_its_label_stays_the_guides(columns):
    """Control: a value under a guide's label alone (a place, a step, a time)
    opens on no organ and 关于: it is the guide's, and the guide one
    document."""
    docs = _documents(GUIDE, columns)
    assert [d.title for d in docs] == ["某某县烟花爆竹经营许可办事指南"]

