"""The document grammar on layouts of the two-hundred-and-forty-fourth held-out
set's kind (issue #11): dog-keeping and residential-parking texts of cities,
counties and districts (养犬 通告, a 文明养犬 倡议书, 答复 to 政协 proposals on
dogs, a 通告 on parking round residential estates) as their portals and
mirrors store them. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _labels(doc):
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


def _texts(doc):
    return [getattr(b, "text", "") for part in doc.parts for b in part.blocks]


# An 答复 whose lead into the answer ends on '如下' with its colon left out, the answer's paragraphs under it: long
# paragraphs one a line, as a portal stores them.
ANSWER = ["关于对县政协十届委员会第12号提案的答复", "某某委员:",
          "您提出的《关于加强城区养犬管理的建议》由我局办理,现就有关内容答复如下",
          "您在提案中提到的加强文明养犬宣传、规范文明养犬行为、加大执法处罚力度三方面的工作很有必要,我局高度重视。",
          "《某某市养犬管理条例》已于2021年3月1日起施行,县公安局作为养犬管理工作的牵头部门,在县城重点管理区内"
          "开展养犬登记和文明养犬宣传,并配合县城市管理局、县农业农村局做好流浪犬收容和犬只免疫工作。",
          "针对您提出的三方面工作,县公安局进一步强化了工作措施,通过电视台、公众号等途径集中推送了致养犬市民朋友的"
          "一封信,公安特警巡逻车辆在日常工作中循环播放文明养犬宣传音频。",
          "同时,各派出所对辖区内居民小区、沿街道路、公园广场开展常态化巡查,对发现的不文明养犬行为进行劝导和纠正,"
          "对拒不改正的依法予以处罚。",
          "下一步,我局将会同有关部门建立养犬管理联席会议制度,定期通报情况,形成齐抓共管的工作格局,持续规范城区"
          "养犬行为。",
          "感谢您对公安工作的关心和支持,欢迎继续提出宝贵意见和建议。", "某某县公安局", "2023年6月1日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_lead_ending_on_ruxia_without_its_colon_ends_its_paragraph(columns):
    """GB/T 15834-2011 4.7.3.1: a colon follows a lead that announces what
    comes after it ('现就有关内容答复如下：', '现将有关事项通知如下：'); the
    lead is a sentence of its own, the matter it announces a paragraph of its
    own under it. A page that left the colon out still ends the lead on
    '如下': in a file one paragraph a line, the line under it opens the
    announced matter, and is not run on into the lead."""
    doc, = _documents(ANSWER, columns)
    texts = [t.replace(",", "，") for t in _texts(doc)]
    assert any(t.endswith("答复如下") for t in texts)
    assert any(t.startswith("您在提案中提到的") for t in texts)
    assert doc.addressees == "某某委员" and doc.issuers == ["某某县公安局"] and doc.date == "2023-06-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_going_on_after_ruxia_is_still_one_paragraph(columns):
    """Control: '如下' that a preposition governs ('按如下' / '标准执行') is inside
    its sentence, which goes on on the next line; and a lead with its colon
    ends its paragraph as it did."""
    doc, = _documents(["某某县住房和城乡建设局关于规范住宅小区停车秩序的通知", "各物业服务企业:",
                       "为规范住宅小区停车秩序,各物业服务企业收取停车服务费请按如下",
                       "标准执行,不得擅自提高收费标准。", "现将有关事项通知如下:", "一、按位停放。",
                       "某某县住房和城乡建设局", "2020年8月2日"], columns)
    texts = [t.replace(",", "，") for t in _texts(doc)]
    assert any("请按如下标准执行" in t for t in texts)
    assert _labels(doc) == ["一、"]


# A 通告 on a mirror that set a comma before the 顿号 of some labels ('一,、'), as it did before other marks.
DOUBLED_MARK = ["某某县人民政府关于规范城区养犬管理的通告", "现将有关事项通告如下:",
                "一,、养犬人应当携犬到动物防疫机构注射狂犬病疫苗,领取免疫证明。",
                "二,、携犬出户应当束犬链,由成年人牵领。", "三、禁止携犬进入学校、医院等公共场所。",
                "某某县人民政府", "2019年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_label_whose_mark_a_comma_doubles_is_one_label(columns):
    """GB/T 15834-2011: 点号 are not stacked; a comma set before a label's
    顿号 ('一,、', a web mirror's doubling) is no mark of its own. The label
    is '一,、' whole, numbered 1 in the 一、 scheme, and its text opens after
    the 顿号, not on it."""
    doc, = _documents(DOUBLED_MARK, columns)
    provisions = [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [p.number for p in provisions] == [1, 2, 3]
    assert [p.label.replace(",", "，") for p in provisions] == ["一，、", "二，、", "三、"]
    assert not any((p.heading + p.text).startswith("、") for p in provisions)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_label_with_a_comma_alone_stays_as_it_was(columns):
    """Control: a label set with a comma alone ('一，', as OCR gives 一、) is
    still that label, and its text opens after the comma."""
    doc, = _documents(["某某县人民政府关于规范城区养犬管理的通告", "现将有关事项通告如下:",
                       "一，养犬人应当为犬只注射狂犬病疫苗。", "二，携犬出户应当束犬链。",
                       "某某县人民政府", "2019年3月1日"], columns)
    provisions = [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [p.label for p in provisions] == ["一，", "二，"]
    assert [(p.heading + p.text)[:3] for p in provisions] == ["养犬人", "携犬出"]
