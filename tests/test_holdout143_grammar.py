"""The document grammar on layouts of the hundred-and-forty-third held-out set's
kind (issue #11): the records of press conferences (新闻发布会实录, 记者会,
吹风会) that city and provincial governments and their departments publish:
a headline naming the conference, a lead, then the host's and the speakers'
turns. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

# A text cut short after a whole sentence, no signature or date: nothing closes it but the next title.
UNSIGNED = ["某某县农业农村局关于开展春耕备耕工作的通知", "各乡镇人民政府:",
            "为做好今年春耕备耕工作,现将有关事项通知如下。", "请各乡镇于3月底前完成农资储备。"]

TURNS = ["主持人:各位媒体朋友,大家上午好!欢迎参加今天的新闻发布会。下面请某某局长介绍有关情况。",
         "某某:谢谢主持人。今年以来,全市水环境质量持续改善。",
         "记者:请问下一步有哪些打算?谢谢。"]


# ---------------------------------------------------------------- a press conference's record is a document

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某市生态环境局召开2023年第三季度新闻发布会", "某某市第八届人民代表大会第一次会议记者会",
                                   "某某省人民政府新闻办公室政策吹风会(文字实录)", "某某县防汛工作新闻发布会实录",
                                   "某某市人力资源和社会保障局举行新闻发布"])
def test_a_press_conference_record_after_a_whole_sentence_opens_a_document(title, columns):
    """A government's or a department's record of a press conference is
    titled by the conference, perhaps with the word for its record after
    (实录, 文字实录) or with the verb it was held by before 新闻发布 alone: a
    headline of its own kind, which its organ publishes on its own. After a
    text that ends on a whole sentence it opens a document, as a 解读 or a
    通报 does, and its lead and turns are its body."""
    docs = _documents(UNSIGNED + [title, "某某市于昨日上午举行新闻发布会,通报有关情况。"] + TURNS, columns)
    assert [d.title for d in docs] == ["某某县农业农村局关于开展春耕备耕工作的通知", title]
    assert docs[1].kind == "发布会"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_that_tells_of_a_press_conference_is_no_title(columns):
    """Control: a body's sentence that tells of a conference held ('…召开
    新闻发布会。') ends on its full stop, and a line of a paragraph the wrap
    ended there goes on in the next: neither opens a document."""
    body = ["某某县农业农村局关于开展春耕备耕工作的通知", "各乡镇人民政府:",
            "县政府将于3月5日召开新闻发布会。", "请各乡镇做好准备,会后召开新闻发布会",
            "的单位要及时报送材料。", "某某县农业农村局", "2023年3月1日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == ["某某县农业农村局关于开展春耕备耕工作的通知"]


# ---------------------------------------------------------------- who held it, and when

@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("title,issuer", [("某某市生态环境局召开2023年第三季度新闻发布会", "某某市生态环境局"),
                                          ("权威发布|某某省卫生健康委员会举行新闻发布会", "某某省卫生健康委员会"),
                                          ("某某县人民政府新闻办公室举办政策吹风会", "某某县人民政府新闻办公室")])
def test_the_organ_that_held_the_conference_is_its_issuer(title, issuer, columns):
    """A press conference's record prints no signature: its headline names
    the organ that held it, before the verb it held it by (召开, 举行,
    举办), after a site's column tag and its bar where one is set before it.
    That organ is the record's issuer, as a 公文's title names its 发文机关."""
    docs = _documents([title] + TURNS, columns)
    assert len(docs) == 1
    assert docs[0].issuers == [issuer]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("title", ["9月13日某某市举行环境保护工作新聞發布會", "某某市举行新闻发布会"])
def test_a_place_or_a_day_before_the_verb_is_no_issuer(title, columns):
    """Control: a headline that names the city or the day before the verb
    ('9月13日某某市举行…新闻发布会') names no organ: the record has no issuer."""
    docs = _documents([title] + TURNS, columns)
    assert len(docs) == 1
    assert docs[0].issuers == []


@pytest.mark.parametrize("columns", [None, 26])
def test_the_lead_dates_the_conference(columns):
    """A record of a press conference has no 成文日期 under a signature: its
    lead opens on the day the conference was held, with its year and the
    hour ('2021年5月19日(星期三)中午12:30,在…举行…记者会'), as a news
    report's lead opens on its time and place. That day dates the record."""
    docs = _documents(["某某市第八届人民代表大会第一次会议记者会",
                       "2021年5月19日(星期三)中午12:30,在市民中心举行记者会,市长出席并回答记者提问。"] + TURNS, columns)
    assert len(docs) == 1
    assert docs[0].date == "2021-05-19"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_lead_without_its_year_dates_nothing(columns):
    """Control: a lead that opens on the month and day alone ('5月12日,省人社厅…')
    gives no date; nor does a date a turn names further down."""
    docs = _documents(["某某市人力资源和社会保障局召开新闻发布会",
                       "5月12日,市人社局在市政府新闻中心举行新闻发布会。"] + TURNS
                      + ["某某:2023年1月1日起施行的办法已经印发。"], columns)
    assert len(docs) == 1
    assert docs[0].date is None


# ---------------------------------------------------------------- each turn a paragraph of its own

@pytest.mark.parametrize("turn", ["主持人 黄某某:", "主持人：", "某某日报记者:", "记者 王某:"])
def test_a_turn_alone_on_its_line_under_the_lead_opens_a_paragraph(turn):
    """A turn of the record opens a paragraph of its own: the host's label
    alone on its line under a lead that ends on its colon ('…全程实录如下:'),
    a line that fills the measure one paragraph a line, is no part of the lead."""
    lead = "9月13日，某某市举行环境保护工作新闻发布会，市环保局副局长王某某出席发布会通报相关情况，并回答记者提问。全程实录如下："
    lines = ["某某市环境保护工作新闻发布会", lead, turn, "各位来宾，各位新闻界的朋友们：", "大家上午好!欢迎各位参加今天上午的新闻发布会。"]
    doc, = _documents(lines, None)
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert lead in texts and turn.strip().replace(":", "：") in texts  # (its colon after Han shown full-width)


def test_the_word_for_a_reporter_inside_a_sentence_opens_nothing():
    """Control: a line the wrap begins on '记者' inside a sentence ('…接受' / '记者采访时表示,…') goes on."""
    lines = ["某某市环境保护工作新闻发布会", "9月13日，某某市环保局副局长王某某在发布会后接受",
             "记者采访时表示，今年全市水环境质量持续改善。"]
    doc, = _documents(lines, None)
    assert "9月13日，某某市环保局副局长王某某在发布会后接受记者采访时表示，今年全市水环境质量持续改善。" in \
        [b.text for part in doc.parts for b in part.blocks]


# Sweep at seeds 7, 10 and 14 (2026-12-06): 湖北's record, its host named by post and name in brackets, his greeting
# after the colon, alone on the line under the title.
@pytest.mark.parametrize("turn", ["主持人（某某省生态环境厅宣教处处长杨某某）：各位记者朋友，各位嘉宾：", "主持人 黄某某：各位来宾："])
def test_a_hosts_turn_under_the_title_is_no_addressee(turn):
    """The host's label and colon, then his greeting of the room on the
    line under the record's title ('主持人（…处长杨某某）：各位记者朋友，各位
    嘉宾：'): a turn of the record, which opens a paragraph of its own; no
    主送, which names organs (GB/T 9704 7.3.2)."""
    lines = ["文字实录|某某省生态环境厅召开10月新闻发布会", turn, "上午好!欢迎大家参加今天的新闻发布会。"]
    doc, = _documents(lines, None)
    assert doc.addressees is None


def test_a_line_of_organs_under_a_title_is_still_its_addressee():
    """Control: the organs a notice is addressed to, on the line under its title, are its 主送."""
    doc, = _documents(UNSIGNED, None)
    assert doc.addressees == "各乡镇人民政府"
