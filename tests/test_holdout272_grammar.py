"""The document grammar on layouts of the two-hundred-and-seventy-second held-out
set's kind (issue #11): urban heating supply texts of cities and counties (a
城乡建设委员会's or a 供热管理中心's 通知 turning the heating on early, a
公用事业服务中心's 通知 extending the season, a 城市管理局's 公告 asking for
comments on a draft 供热条例) as portals, mirrors and trade sites store them,
a portal's news lead ('8月15日XX局发布') run into the 标题's line. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 公告 a trade site reprints under its news lead: the day, the organ and the verb run into the title's line.
LEAD_TITLE = "关于对《某某市供热条例(草案征求意见稿)》公开征求意见的公告"
LED_NOTICE = ["9月3日某某市城市管理局发布" + LEAD_TITLE,
              "根据立法工作安排，某某市城市管理局组织起草了《某某市供热条例(草案征求意见稿)》，现向社会公布并公开征求意见。",
              "联系电话:0000-1234567", "某某市城市管理局", "2022年9月3日"]


def _body(doc) -> str:
    return "".join(getattr(b, "text", "") or "" for part in doc.parts for b in part.blocks)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_portals_news_lead_run_into_a_title_is_no_part_of_it(columns):
    """GB/T 9704 7.3.1: a 标题 is the issuing organ's name, the 事由 and the
    文种; it opens on the organ or on 关于, never on a day (the 成文日期
    stands under the signature, 7.3.5) nor on a verb of publishing. A
    portal's lead run into the title's line ('9月3日某某市城市管理局发布关于…
    的公告') is the portal's report: the title begins at 关于, and the
    signature still names the issuer."""
    docs = _documents(NOTICE + LED_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], LEAD_TITLE]
    assert docs[1].issuers == ["某某市城市管理局"]
    assert docs[1].date == "2022-09-03"
    alone = _documents(LED_NOTICE, columns)
    assert [d.title for d in alone] == [LEAD_TITLE]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_reports_a_publication_stays_the_texts(columns):
    """Control: a sentence of the body that opens on a day, an organ and its
    verb and cites a title goes on after the 文种 ('…的通知，要求…'): it is
    the text's sentence, kept whole in its paragraph, and opens no document;
    nor does a title whose organ and 关于 stand as GB/T 9704 prints them lose
    its organ."""
    reported = ["某某县人民政府关于做好冬季供暖工作的通知", "各乡镇人民政府：",
                "9月3日某某市城市管理局发布关于做好冬季供暖工作的通知，要求各地提前做好准备。",
                "某某县人民政府", "2022年9月10日"]
    docs = _documents(reported, columns)
    assert [d.title for d in docs] == [reported[0]]
    assert "9月3日某某市城市管理局发布关于做好冬季供暖工作的通知，要求各地" in _body(docs[0]).replace("\n", "")


def test_a_lead_the_wrap_set_at_a_lines_head_inside_a_sentence_stays_the_texts():
    """Control: the lead is the portal's only where it opens a paragraph. A
    line under a line that fills the file's measure and stops inside its
    sentence goes on with that sentence (measure.wraps), so a day, an organ
    and a verb the wrap set at its head ('…市民可查阅' / '9月3日某某市城市管理
    局发布' / '关于…的通知全文。') are the sentence's words, and no title
    begins at its 关于."""
    from builder.model import Line
    from builder.stages.layout import news_lead_heads
    texts = ["某某县人民政府办公室关于做好", "冬季供暖工作的通知", "各乡镇人民政府：",
             "今年冬季供暖工作由县住房和城乡建设",
             "局牵头，各乡镇人民政府配合，各有关",
             "单位要按照职责分工抓好落实，确保群",
             "众温暖过冬。各供热企业要提前检修管",
             "网设备，储备燃料，做好应急准备，市",
             "民可查阅某某市城市管理局九月三日在",
             "9月3日某某市城市管理局发布",
             "关于做好冬季供暖工作的通知",
             "全文，了解供暖时间和收费标准。"]
    lines = [Line(no=n + 1, text=text) for n, text in enumerate(texts)]
    kept, furniture = news_lead_heads(lines)
    assert [line.text for line in kept] == texts and furniture == []
    # the same lead under a sentence's full stop opens its paragraph, and is the portal's
    ended = texts[:8] + ["网设备，储备燃料，做好应急准备。"] + texts[9:11]
    kept, furniture = news_lead_heads([Line(no=n + 1, text=text) for n, text in enumerate(ended)])
    assert [line.text for line in furniture] == ["9月3日某某市城市管理局发布"]
