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


FORWARD_RUN_IN = ["关于转发某某省住房和城乡建设厅关于加强施工现场管理的通知的通知 某住建〔2020〕12号",
                  "各县（市、区）住建局，各有关单位： 现将《某某省住房和城乡建设厅关于加强施工现场管理的通知》"
                  "（某建质〔2020〕5号）转发给你们，请认真抓好贯彻落实。 附件：《某某省住房和城乡建设厅关于加强施工现场"
                  "管理的通知》（某建质〔2020〕5号） 某某市住房和城乡建设局 2020年10月30日 （此件公开发布）"]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_annex_note_run_in_before_a_signed_close(columns):
    """GB/T 9704 7.3.4-7.3.6: the 附件说明 under the body, then the 署名, the
    成文日期 and the 附注, a table-built page running them all into the
    body's line with a space between: after the body's last stop, '附件：'
    and the annex's name, then an organ's name, a whole date and the note in
    its brackets are the close, each given its line back. (Where the wrap
    sets '附件' at a line's head, as a page prints its 附件说明 on a line of
    its own, the lines are read as printed: not yet read as a run-in close.)"""
    doc, = _documents(FORWARD_RUN_IN, columns)
    assert doc.issuers == ["某某市住房和城乡建设局"] and doc.date == "2020-10-30"
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert texts[-1] == "（此件公开发布）" and texts[-4].startswith("附件：") and texts[-5].endswith("请认真抓好贯彻落实。")


def test_an_annex_a_sentence_names_is_no_close():
    """Control: '附件' inside the body's sentences, then a sentence going on
    with a date, no organ's name before it, is the body's."""
    doc, = _documents(["关于报送材料的通知", "各有关单位：", "请按要求报送材料。 附件：报送表 请于2020年10月30日 （此件公开发布）",
                       "某某市住房和城乡建设局", "2020年10月20日"], None)
    assert doc.issuers == ["某某市住房和城乡建设局"] and doc.date == "2020-10-20"


def test_an_annex_note_on_its_own_line_keeps_its_name():
    """Control: the 附件说明 on a line of its own under the stop, its name
    ending on a 书名号's close and more words ('附件：2020年《…》分解方案'), the
    organ, the date and the note each on theirs: set out already, the
    signature the organ alone."""
    doc, = _documents(["某某市人民政府关于印发分解方案的通知", "各县（市）区人民政府：", "现将分解方案印发给你们，请认真贯彻落实。",
                       "附件：2020年《政府工作报告》主要目标任务分解方案", "某某市人民政府", "2020年1月18日", "（此件公开发布）"],
                      None)
    assert doc.issuers == ["某某市人民政府"] and doc.date == "2020-01-18"
