"""The document grammar on layouts of the three-hundred-and-twenty-sixth
held-out set's kind (issue #11): sponge-city and urban flood-drainage texts of
cities (a leading group's 通知 issuing its 海绵城市 行动计划, a people's
congress standing committee's 海绵城市建设管理条例, a government's 防汛 意见) as
their sites and law mirrors store them, one a 条例 whose kind word the mirror
damaged ('…管理?xiàng)l例': a '?' where it lost the character, the Latin
letters of its annotation and a bracket it never opened), its 题注 under it.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _labels  # (the same input path and layouts)

# A city's notice, its excerpt cut mid-sentence: the text the case runs under.
CUT_NOTICE = ["关于印发《某某市城市排水三年行动计划》的通知", "各县、区人民政府，市各有关部门：",
              "《某某市城市排水三年行动计划》已经市政府常务会议审议通过，现印发给你们，请认真贯彻落实。",
              "某某市城市排水工作领导小组", "2021年9月29日", "一、指导思想",
              "充分利用城市水体、绿地等对雨水的渗透、吸纳和净化作用，实现雨水的自然积存、自然渗透和自然"]
NOTE = ("(2020年6月1日某某市第五届人民代表大会常务委员会第九次会议通过"
        " 2020年7月30日某某省第十三届人民代表大会常务委员会第十九次会议批准)")
ARTICLES = ["第一章 总则", "第一条 为了加强城市排水管理，保障城市排水安全，根据有关法律、法规，结合本市实际，制定本条例。",
            "第二条 本条例适用于本市行政区域内城市排水设施的规划、建设、维护和管理。"]
# The 条例's title as a mirror damaged its kind word, and one whose kind word the page lost.
DAMAGED = "某某市城市排水管理?xiàng)l例"
UNENDED = "某某市城市排水设施管理"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title", [DAMAGED, UNENDED])
def test_a_line_over_a_note_of_adoption_is_its_texts_title_whatever_word_it_ends_on(columns, title):
    """立法技术规范（试行）（一）: a 法规's 题注 stands under its title, naming
    the body that adopted it and the day. The line right over a 题注 is that
    title though a mirror damaged its kind word ('…管理?xiàng)l例': a '?'
    where it lost the character, no 问号, and a bracket the damage closed
    without opening it) or the page lost it (titles.named_over_note): a
    document of its own, dated by its 题注, its 章 and 条 its provisions, under
    a notice whose excerpt was cut mid-sentence; no sentence runs on into a
    题注."""
    docs = _documents(CUT_NOTICE + [title, NOTE] + ARTICLES, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], title]
    assert docs[1].date == "2020-06-01"
    assert _labels(docs[1]) == ["第一章", "第一条", "第二条"]
    assert docs[0].date == "2021-09-29" and "第一条" not in _labels(docs[0])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_whole_title_over_its_note_reads_as_before(columns):
    """The control: a 条例's whole title over its 题注 opened its document
    before the rule (its kind word ends it), and still does, its 文种 read."""
    docs = _documents(CUT_NOTICE + ["某某市城市排水条例", NOTE] + ARTICLES, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "某某市城市排水条例"]
    assert (docs[1].kind, docs[1].date) == ("条例", "2020-06-01")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_sentences_tail_over_the_title_stays_its_texts(columns):
    """The control: the tail of a sentence an excerpt cut, no marks left in
    it ('…和自然' / '净化'), on the line over the title over the 题注, is no
    line of the title: only the one line right over the 题注 is named so, and
    the tail stays the notice's."""
    docs = _documents(CUT_NOTICE + ["净化", DAMAGED, NOTE] + ARTICLES, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], DAMAGED]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_over_a_note_is_no_title(columns):
    """The control: a line with a sentence's marks over a 题注 is no title
    by this rule (a title holds no 逗号 or 句号): the lines under the notice's
    signature and date that read as its text stay in one document."""
    sentence = "本市排水设施，由市排水管理机构负责维护。"
    docs = _documents(CUT_NOTICE[:-2] + [sentence, NOTE], columns)
    assert sentence not in [d.title for d in docs]
