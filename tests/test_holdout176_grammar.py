"""The document grammar on layouts of the hundred-and-seventy-sixth held-out
set's kind (issue #11): housing and urban-rural construction organs' notices
(住房和城乡建设局, 建设局, a 建设工程安全质量监督总站) as county portals, trade
sites and table-built mirrors store them. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

STATION_NOTICE = ["某建安质监[2019]12号", "关于做好汛期建设工程安全生产工作的通知", "各有关单位:",
                  "为做好汛期建设工程安全生产工作，现将有关事项通知如下，请各单位认真落实。",
                  "附件:某某省住房和城乡建设厅“关于做好汛期安全生产工作的通知”",
                  "某某市建设工程安全质量监督总站", "二〇一九年五月六日"]
COUNTY_STATION = ["关于开展住宅工程质量常见问题专项检查的通知", "各建设、施工、监理单位：",
                  "为提升住宅工程质量，我站决定开展专项检查，请各单位做好自查。", "某某县建设工程质量监督站",
                  "2021年4月2日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_supervision_station_signs_as_an_organ(columns):
    """建设工程质量管理条例 第四十六条: a 建设工程质量监督机构 a department
    entrusts supervises for it and signs its own notices by its name, a
    station's ('…监督总站', '…监督站'): the signature under the 附件说明,
    not the annex's name going on, and the document's issuer."""
    doc, = _documents(STATION_NOTICE, columns)
    assert doc.issuers == ["某某市建设工程安全质量监督总站"] and doc.date == "2019-05-06"
    doc, = _documents(COUNTY_STATION, columns)
    assert doc.issuers == ["某某县建设工程质量监督站"] and doc.date == "2021-04-02"


@pytest.mark.parametrize("columns", [None, 18])
def test_stations_a_body_lists_are_no_signature(columns):
    """Control: stations a sentence lists, each on a line of its own, with
    no date under them, are the body's; the signature is the organ over the
    date."""
    doc, = _documents(["关于报送汛期安全检查材料的通知", "各有关单位：", "请下列单位于5月1日前报送材料：",
                       "某某县水利管理站", "某某县农机安全监理站", "联系电话：1234567。", "某某县住房和城乡建设局",
                       "2021年4月20日"], columns)
    assert doc.issuers == ["某某县住房和城乡建设局"] and doc.date == "2021-04-20"

