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


CUT_SPEECH = ["在全县春耕生产工作会议上的讲话", "同志们：", "今天召开全县春耕生产工作会议，主要任务是部署今年春耕生产。",
              "一要抓好种子供应，确保良种到户，二要抓好农资"]
REPORT = ["深化改革 突破创新 全面提升全市教育整体水平", "——在2014年全市教育工作会议上的报告",
          "市教育局局长 王某某", "（2014年3月5日）", "同志们：", "这次会议的主要任务是总结去年工作，部署今年工作。",
          "一、2013年教育工作回顾", "一年来，全市教育事业取得了新的成绩。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_report_titled_by_its_theme_over_a_dated_byline_opens_after_a_cut_excerpt(columns):
    """A delivered text as a gazette or a yearbook prints it: its theme, the
    副题 naming the occasion after a dash ('——在…会议上的报告'), the speaker's
    post and name, the day in brackets: the text's 题注, its frame. No
    sentence runs on into a line that such a byline follows, so the title
    opens a document though the excerpt above was cut mid-sentence ('…二要抓
    好农资'); and the cut line, a sentence's tail after its clause marks, is
    no first line of the title under it."""
    docs = _documents(CUT_SPEECH + REPORT, columns)
    assert [d.title for d in docs] == [CUT_SPEECH[0], "深化改革突破创新全面提升全市教育整体水平"]
    assert docs[1].date == "2014-03-05"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_subtitle_under_a_line_of_the_body_opens_no_document(columns):
    """Control: a sentence of the body that quotes a speech's occasion after a
    dash, with no bracketed day under it, stays the body's; the speech is one
    document."""
    speech = ["在全县春耕生产工作会议上的讲话", "同志们：", "今天召开全县春耕生产工作会议，我讲三点意见，首先",
              "回顾去年工作", "——在去年全县农村工作会议上的讲话中已经部署", "今年要抓好种子供应。"]
    docs = _documents(speech, columns)
    assert [d.title for d in docs] == [speech[0]]


CUT_REPORT = ["某某区2021年国民经济和社会发展统计公报", "一、综合", "全年地区生产总值比上年增长6.5%，其中第一产业",
              "增加值增长3.1%，第二产业"]
ADDRESS_UNDER_CUT = ["元旦献辞", "中共某某市委书记 张某某", "某某市人民政府市长 李某某",
                     "同志们、朋友们：带着耕耘的甘苦，怀着收获的喜悦，我们告别旧岁，喜迎新年。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_address_over_its_speakers_and_greeting_opens_after_a_cut_excerpt(columns):
    """A speech's title (讲话, 致辞, 献辞) over its byline, the speakers'
    posts and names a line each, then the 称谓 it opens with ('同志们、朋友们：',
    the body run on after it): the delivered text's frame, as a 主送 under a
    公文's title is; it opens a text though the excerpt above stops mid-sentence."""
    docs = _documents(CUT_REPORT + ADDRESS_UNDER_CUT, columns)
    assert [d.title for d in docs] == [CUT_REPORT[0], "元旦献辞"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_speech_named_in_the_body_over_no_greeting_opens_nothing(columns):
    """Control: a line of the body the wrap ended on a speech's word ('…的讲话'),
    under a line that stops mid-sentence, with the sentence's short tail under
    it and no greeting, stays the body's: no speaker's line and 称谓 frame it."""
    notice = ["某某县人民政府办公室关于学习会议精神的通知", "各乡镇人民政府：", "现将县长在全县经济工作会议上",
              "的讲话", "印发给你们", "请认真学习贯彻。", "某某县人民政府办公室", "2020年1月6日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]


BANNER = ["某某区人民政府办公室关于做好节日值班工作的通知", "各街道：", "请做好节日值班工作。",
          "某某区人民政府办公室", "2021年12月28日", "新", "年", "快", "乐", "元 旦 献 词",
          "区长 李某某", "（2021年12月31日）", "市民们、同志们、朋友们：", "日月其迈，岁律更新。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_banner_set_one_character_a_line_is_no_line_of_the_title(columns):
    """A page's banner set vertically, one character a line ('新' / '年' /
    '快' / '乐'), over a title set across the page: a title's lines are set
    across and centred (GB/T 9704 7.3.1), so the single characters stacked
    over it are none of its words."""
    docs = _documents(BANNER, columns)
    assert [d.title for d in docs] == [BANNER[0], "元旦献词"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_whose_wrap_left_its_last_character_alone_keeps_it(columns):
    """Control: the wrap may leave a title's last character alone on its line
    ('…的通' / '知'): one character under a line of the title is still its own."""
    notice = ["某某县人民政府办公室关于做好春节期间安全生产工作的通", "知", "各乡镇人民政府：",
              "请做好春节期间安全生产工作。", "某某县人民政府办公室", "2021年1月6日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于做好春节期间安全生产工作的通知"]


TV_ADDRESS = ["某某市长发表第七次全国人口普查电视动员讲话", "广大市民朋友：",
              "大家好！我市第七次全国人口普查将于11月1日正式入户登记。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_address_over_its_public_greeting_opens_after_a_cut_excerpt(columns):
    """A speech's title right over the greeting it opens with, the public
    it addresses ('广大市民朋友：', as a 通告 to the public salutes them), no
    speaker's line between: the delivered text's frame, so it opens a text
    though the excerpt above was cut mid-sentence."""
    docs = _documents(CUT_REPORT + TV_ADDRESS, columns)
    assert [d.title for d in docs] == [CUT_REPORT[0], TV_ADDRESS[0]]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_greeting_under_a_line_of_no_speech_opens_nothing(columns):
    """Control: a public greeting under a line that names no speech (no 讲话,
    致辞 or 献辞 ending it) frames no title: the lines stay the text's."""
    docs = _documents(CUT_REPORT + ["全市各界共同努力", "广大市民朋友：", "请积极配合人口普查。"], columns)
    assert [d.title for d in docs] == [CUT_REPORT[0]]
