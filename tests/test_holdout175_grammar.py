"""The document grammar on layouts of the hundred-and-seventy-fifth held-out
set's kind (issue #11): transport and traffic notices (交通管制 通告 of a
traffic police detachment, a 交通运输局's 通告 and 公告, a port
supervision's 航行通告) as city and county portals and their mirrors store
them. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NAVIGATION = ["关于在某某港航道设置航标施工的航行通告", "各有关单位、船舶：",
              "因某某港航道设置航标，为确保过往船舶的航行安全，现将有关事项通告如下：",
              "一、施工日期：2022年12月6日至2022年12月30日。", "二、施工水域：某某港航道。",
              "中华人民共和国某某渔港监督", "2022年12月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_port_supervision_signs_its_navigation_notice(columns):
    """A fishing port's (or a harbour's) 监督, the water traffic authority
    of its waters (渔港水域交通安全管理条例 第四条), signs its 航行通告 by its
    name: '中华人民共和国某某渔港监督' is the issuer."""
    doc, = _documents(NAVIGATION, columns)
    assert doc.issuers == ["中华人民共和国某某渔港监督"]
    assert (doc.date, doc.addressees) == ("2022-12-05", "各有关单位、船舶")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_closing_line_ending_in_supervision_is_no_organ(columns):
    """Control: only a port's 监督 ends an organ's name; a closing line
    asking for the public's 监督 is the body's, and the bureau signs."""
    doc, = _documents(["某某县交通运输局关于公布出租汽车投诉电话的通告", "为规范出租汽车经营行为，现通告如下：",
                       "一、投诉电话：12328。", "欢迎社会监督", "某某县交通运输局", "2021年3月1日"], columns)
    assert doc.issuers == ["某某县交通运输局"]
    assert doc.date == "2021-03-01"
