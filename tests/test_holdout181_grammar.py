"""The document grammar on layouts of the hundred-and-eighty-first held-out
set's kind (issue #11): texts on public legal services (公证, 法律援助,
劳动人事争议仲裁) as city portals and mirrors store them: an arbitration
institute's 告示, its organ's name over the spaced word ('告 示'); a notice
that closes on a directory of numbers to call and its organ's name, the
date lost. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

POSTED = ["某某市劳动人事争议仲裁院", "告 示",
          "根据上级相关要求，为减少人员聚集，现就疫情防控期间办理仲裁申请等事项告示如下：",
          "一、原定于2月1日以后开庭的案件中止审理，具体开庭时间另行通知。",
          "二、当事人可以致电0812-1234567进行咨询。", "某某市劳动人事争议仲裁院", "2020年2月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_institutes_notice_posted_to_the_public_is_a_document(columns):
    """A 告示 is what an organ posts to the public on the service it
    renders, as a 布告 is: its organ's name over the word (spaced or not),
    then the body, signature and date. Under the text above it opens a
    document of its own, the organ its issuer."""
    docs = _documents(NOTICE + POSTED, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知", "某某市劳动人事争议仲裁院告示"]
    assert (docs[1].issuers, docs[1].date) == (["某某市劳动人事争议仲裁院"], "2020-02-01")
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_the_object_a_sentence_names_ends_no_title():
    """'…宣传告示' where a sentence names what may not be hung up: the
    word is its object, no 文种; the item stays the notice's."""
    text = ["某某市司法局关于规范公证机构办公场所的通知", "各公证处：",
            "一、公证机构不得以各种形式对外悬挂介绍、招揽性的宣传告示",
            "二、公证机构应当在醒目位置公示收费标准。", "某某市司法局", "2009年5月1日"]
    doc, = _documents(text, None)
    assert doc.title == "某某市司法局关于规范公证机构办公场所的通知"


REOPENED = ["关于全面开放全市公共法律服务业务办理的通知", "广大市民朋友：",
            "从2月6日起，全市公证、法律援助等公共法律服务业务办理全面开放，现将有关事项公告如下：",
            "一、各单位自2月6日起开放业务办理，周末及节假日休息。", "二、提倡电话咨询或预约办理。咨询或预约电话：",
            "某某市司法局公共法律服务管理科：8218773", "某某市公证处：8848049", "某某市法律援助中心：2968066",
            "某某市司法局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_organ_under_a_directory_of_numbers_signs_the_text(columns):
    """GB/T 9704 7.3.5: the 署名 follows the body. A notice whose last item
    announces where to call ('咨询或预约电话：') and lists the offices, each
    name and its number after a colon, ends on its organ's name, the date
    lost: that line is its signature, its organ the issuer."""
    doc, = _documents(REOPENED, columns)
    assert (doc.issuers, doc.date, doc.addressees) == (["某某市司法局"], None, "广大市民朋友")


def test_a_list_of_organs_under_a_caption_signs_nothing():
    """The organs a caption lists one a line ('成员单位：' / '市财政局' /
    '市公安局') are the body's rows, no directory of numbers over them:
    the last is no signature."""
    text = ["关于成立某某市法律援助工作协调小组的通知", "各区县人民政府：",
            "为加强全市法律援助工作，决定成立协调小组。成员单位：", "市财政局", "市公安局"]
    doc, = _documents(text, None)
    assert doc.issuers == []


UNSIGNED = ["某某市劳动人事争议仲裁委员会关于暂停办理相关业务的公告",
            "因疫情防控需要，市劳动仲裁委暂停办理立案、咨询、开庭等业务。", "在此期间，给您带来的不便，我们深表歉意！"]
GUIDE = ["疫情防控期间某某市法律援助申请指引",
         "为做好疫情防控工作，某某市各级法律援助机构已经受理的案件相应延期。", "一、电话咨询",
         "需要咨询相关法律问题的，可拨打12348热线电话。", "二、在线申请", "可通过微信公众号在线申请法律援助。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_guide_published_on_its_own_opens_a_document_after_a_closed_sentence(columns):
    """A 指引 an organ publishes to the public, titled by its matter and the
    word and opening on the purpose it serves ('为做好…工作，'), under a text
    whose page ends on a sentence with no signature: a document of its own."""
    docs = _documents(UNSIGNED + GUIDE, columns)
    assert [d.title for d in docs] == [UNSIGNED[0], GUIDE[0]]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_guide_the_notice_above_issues_stays_its_part():
    """The notice names the 指引 it issues ('现将《…指引》印发给你们'): the
    指引 under it is that notice's, however its first sentence opens."""
    text = ["某某市司法局关于印发法律援助申请指引的通知", "各区县司法局：",
            "现将《疫情防控期间某某市法律援助申请指引》印发给你们，请认真执行。"] + GUIDE
    docs = _documents(text, None)
    assert [d.title for d in docs] == ["某某市司法局关于印发法律援助申请指引的通知"]


@pytest.mark.parametrize("columns", [None, 20])
def test_a_dispute_case_the_wrap_cut_after_its_an_ends_no_title(columns):
    """'…劳动人事争议案' / '件。': the wrap cut 案件 after its 案, and 争议案 is
    no 议案 (the 文种 a government submits to a 人大): the item goes on, the
    notice stays one document."""
    text = ["某某市人力资源和社会保障局关于明确仲裁案件管辖范围的通知", "各县（市、区）人力资源和社会保障局：",
            "一、市仲裁委员会管辖市属单位发生的争议案件。", "二、三元区仲裁委员会负责管辖除市仲裁", "委员会管辖外本区域内发生的劳动人事争议案",
            "件。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]


def test_a_motion_a_government_submits_is_still_a_document():
    """The control: a government's 议案 to its 人大 (提请审议…的议案) under
    a signed and dated notice is a document of its own, its kind read."""
    motion = ["某某市人民政府关于提请审议《某某市法律援助条例（草案）》的议案", "市人大常委会：",
              "为保障法律援助工作，市政府起草了本条例草案，现提请审议。", "某某市人民政府", "2021年5月6日"]
    docs = _documents(NOTICE + motion, None)
    assert [d.title for d in docs] == [NOTICE[0], motion[0]]
