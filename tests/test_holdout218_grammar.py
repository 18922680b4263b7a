"""The document grammar on layouts of the two-hundred-and-eighteenth held-out
set's kind (issue #11): speeches and addresses of city and district leaders
(a 区委 plenum speech as a yearbook prints it, a bureau head's work report
under a main title and its 副题, a 元旦献辞 or 献词 as a daily or a news
account prints it, a televised address, a mayor's 发言 on his election).
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某市人民政府办公室关于做好元旦春节期间有关工作的通知", "各县（市、区）人民政府，市直各单位：",
          "现将有关事项通知如下：", "一、切实做好安全生产工作。", "某某市人民政府办公室", "2009年12月28日"]
ADDRESS = ["元旦献辞", "中共某某市委书记 张某某 某某市人民政府市长 李某某",
           "同志们、朋友们：", "带着耕耘的甘苦，怀着收获的喜悦，我们告别旧岁，喜迎新年。",
           "新的一年，我们将继续努力，祝大家新年快乐！"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_new_year_address_titled_献辞_is_a_speech_of_its_own(columns):
    """A leader's 新年献辞, 献词 or 贺词 is an address delivered to the public
    as a 致辞 is: titled by its occasion and the word, the speakers' posts and
    names under it, a 称谓, no 发文字号, no signature. Its word ends a title
    as 致辞 does (frame.KINDS, 讲话), so the address is a document of its own
    after the notice above it, and its 称谓 greets an audience, no 主送."""
    docs = _documents(NOTICE + ADDRESS, columns)
    assert [d.title for d in docs] == [NOTICE[0], ADDRESS[0]]
    assert docs[1].kind == "讲话" and docs[1].issuers == [] and docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_about_a_新年献词_stays_a_notice(columns):
    """Control: a notice whose matter is an address ('关于征集新年献词的通知')
    ends on its own 文种, 通知, and keeps its 主送."""
    notice = ["某某区文化局关于征集新年献词的通知", "各街道文化站：", "现将征集新年献词有关事项通知如下：",
              "一、征集时间为12月。", "某某区文化局", "2020年11月2日"]
    doc, = _documents(notice, columns)
    assert doc.kind == "通知" and doc.addressees == "各街道文化站"


TELEVISED = ["某某市长发表第七次全国人口普查电视动员讲话", "广大市民朋友：",
             "大家好！我市第七次全国人口普查将于11月1日正式入户登记。", "希望全体市民朋友大力支持普查、积极配合普查。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_speech_greeting_the_public_has_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送机关 is the organ a 公文 is sent to. A speech
    (讲话, 致辞, 献辞) is delivered, not sent: the 称谓 it opens with greets
    its audience, the public too ('广大市民朋友：', '市民们、同志们、朋友们：'),
    and is no 主送."""
    doc, = _documents(TELEVISED, columns)
    assert doc.kind == "讲话" and doc.addressees is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letter_greeting_the_public_keeps_its_salutation_as_addressee(columns):
    """Control: a letter's 称谓 stands where a 公文's 主送 stands and is
    recorded as its 主送, whoever it greets."""
    letter = ["致全市广大市民朋友的一封信", "广大市民朋友：", "第七次全国人口普查将于11月1日正式入户登记。",
              "某某市人民政府", "2020年10月30日"]
    doc, = _documents(letter, columns)
    assert doc.addressees == "广大市民朋友"
