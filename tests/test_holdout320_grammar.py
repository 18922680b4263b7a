"""The document grammar on layouts of the three-hundred-and-twentieth held-out
set's kind (issue #11): infectious-disease control texts of cities,
prefectures and counties (an 爱卫会's 紧急通知 on 登革热 and its 通告 on a
灭鼠灭蟑 campaign, a 卫生局's 转发 通知 on reporting 突发公共卫生事件, a
government's 通知 issuing its 艾滋病 实施方案 and its 实施意见) as news
portals, law libraries and their own sites store them, one cut inside its
sentence ('…生存质量,'), the next titled with no organ, '转发…《' over the
rest of the forwarded name and its '》的通知', its 发文字号 and 主送 under
it. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county office's notice issuing its plan, the store's excerpt cut inside the plan's sentence on a comma.
CUT_ON_COMMA = ["南岭县人民政府办公室关于印发南岭县遏制与预防艾滋病行动计划实施方案的通知",
                "各乡（镇）人民政府，县政府各部门：",
                "现将《南岭县遏制与预防艾滋病行动计划实施方案》印发你们，请认真抓好贯彻落实。",
                "南岭县人民政府办公室", "2022年7月29日", "南岭县遏制与预防艾滋病行动计划实施方案", "一、工作目标",
                "最大限度发现艾滋病病毒感染者和病人，有效控制传播，逐步提高感染者和病人生存质量，"]
# A city bureau's forwarding notice titled with no organ, broken inside the name it forwards, its 发文字号 and 主送 under.
FORWARDED = ["转发省卫生厅《关于做好", "登革热疫情监测报告工作的通知》的通知", "北山卫传〔2006〕19号",
             "各县（区）卫生局，市疾病预防控制中心：",
             "现将《省卫生厅关于做好登革热疫情监测报告工作的通知》转发给你们，请认真做好登革热疫情的监测报告工作。",
             "北山市卫生局", "二〇〇六年八月三十日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_title_with_no_organ_under_a_sentence_cut_on_a_comma_is_its_own(columns):
    """GB/T 9704 7.3.1, 7.2.4 and 7.3.2: a title (事由 and 文种; '转发' heads
    the 事由 of a notice that forwards a text, the page leaving the organ
    out) closes every bracket it opens, and its 发文字号 stands on its own
    line under it and the 主送 under that. Lines that read so, '转发…《…' over
    '…》的通知', a number and a 主送 under them, are the title's, though the
    sentence above them stops on a comma (the store cut the excerpt there): a
    sentence that runs on into a name it cites goes on with words, never
    with a 发文字号 and a 主送 (titles.head.title_start, _framed_title_from)."""
    docs = _documents(CUT_ON_COMMA + FORWARDED, columns)
    assert [d.title for d in docs] == [CUT_ON_COMMA[0], "".join(FORWARDED[:2])]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("北山卫传〔2006〕19号", ["北山市卫生局"],
                                                                   "2006-08-30")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_cut_on_a_comma_keeps_a_cited_name_it_runs_on_into(columns):
    """The control: the sentence cut on a comma that runs on into '转发…《'
    and the rest of that name, words and no 发文字号 or 主送 under them,
    keeps them: no title of its own (the text stays one document)."""
    cited = ["转发省卫生厅《关于做好", "登革热疫情监测报告工作的通知》的精神，认真做好监测报告工作。",
             "二、工作措施", "各乡镇要加强疫情监测。"]
    docs = _documents(CUT_ON_COMMA + cited, columns)
    assert [d.title for d in docs] == [CUT_ON_COMMA[0]]
