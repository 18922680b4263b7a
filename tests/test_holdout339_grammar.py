"""The document grammar on layouts of the three-hundred-and-thirty-ninth held-out
set's kind (issue #11): letters-and-visits (信访) texts of cities and districts
(an office's 通知 issuing 信访 目标考评 细则 or a 复查、复核及听证、终结 办法, an
office's 通知 on its 信访工作联络网络, a 信访局's 公告 on its leaders' receiving
of petitioners, a party committee's 公告 on its secretary's receiving day) as
law libraries, sites and news apps store them, one cut by the store inside a
sentence of its 办法 ('…信访人对县'), the next titled by its organ and matter
with no 关于 ('某某区区委书记大接访活动公告') over a preamble that hands its body
on as a 公告 ('…现就有关事项公告如下:'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice issuing its 办法, the store's excerpt cut inside an article ('…信访人对县').
CUT = ["南岭市人民政府办公室关于印发《南岭市信访事项办理暂行办法》的通知", "各县区人民政府,市府各部门:",
       "《南岭市信访事项办理暂行办法》已经市人民政府同意,现予印发,请遵照实施。", "二○○五年十二月十六日",
       "南岭市信访事项办理暂行办法", "第一章 总 则", "第一条 为保障信访人的合法权益,制定本办法。",
       "第二条 信访人对乡镇人民政府作出的处理意见不服,应向县(区)人民政府提出复查申请;信访人对县"]
# A district party committee's 公告 titled by its organ and matter, 关于 left out, its preamble handing on a 公告.
ANNOUNCED = ["东山区区委书记大接访活动公告", "中共东山区委决定开展区委书记大接访活动,现就有关事项公告如下:",
             "1.时间:1月22日(星期一)上午9:00—11:00;", "2.地点:各乡镇人民政府大院内;",
             "3.接访人员:区委、区政府领导。", "请来访群众于1月21日前到所在地乡镇政府值班室预约登记。",
             "中共东山区委员会", "2018年1月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("preamble", [ANNOUNCED[1], "经区委研究,现将区领导接访有关事项公告如下:"], ids=["decided", "studied"])
def test_an_organ_titled_announcement_under_a_sentence_cut_short_opens_a_document(columns, preamble):
    """GB/T 9704 7.3.1: a 标题 names its 发文机关, 事由 and 文种 (关于 may be
    left out: '某某区区委书记大接访活动公告'); its first paragraph hands the body
    on by that same 文种 ('…现就有关事项公告如下:', the 开头's 过渡语). Such a
    title opens a document though the line above stops mid-sentence (an
    excerpt the store cut there): a sentence that runs on past a kind word
    holds no 过渡语 of that kind (titles.framed.announced_full_title, as for a
    title that opens on its organ and 关于)."""
    docs = _documents(CUT + [ANNOUNCED[0], preamble] + ANNOUNCED[2:], columns)
    assert [d.title for d in docs] == [CUT[0], ANNOUNCED[0]]
    assert (docs[1].issuers, docs[1].date) == (["中共东山区委员会"], "2018-01-18")
    assert (docs[0].issuers, docs[0].date) == (["南岭市人民政府办公室"], "2005-12-16")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_titled_line_under_a_cut_sentence_stays_in_it_where_no_preamble_hands_on_its_kind(columns):
    """The control: the same line under a sentence cut short, over a paragraph
    that hands its matter on by another 文种 ('…通知如下:'), is the cut
    sentence's run-on, no title: the text above keeps it, as before."""
    lines = CUT + [ANNOUNCED[0], "中共东山区委决定开展区委书记大接访活动,现就有关事项通知如下:"] + ANNOUNCED[2:]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [CUT[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_titled_announcement_under_a_finished_text_opens_a_document(columns):
    """The control: under a finished sentence the title opened a document
    before the rule and still does."""
    finished = CUT[:-1] + ["第二条 信访人对乡镇人民政府作出的处理意见不服,应向县(区)人民政府提出复查申请。"]
    docs = _documents(finished + ANNOUNCED, columns)
    assert [d.title for d in docs] == [CUT[0], ANNOUNCED[0]]
    assert docs[1].issuers == ["中共东山区委员会"]


def test_the_announced_title_asks_the_organ_and_its_kind():
    """The control: the form with 关于 left out asks an organ first
    (ORGAN_TITLE_RE: a place and an organ's ending) and a 文种 last; a line
    naming neither ('大接访活动安排') is read as before."""
    from builder.stages.split.grammar import ORGAN_TITLE_RE
    from builder.text.frame import kind_of
    assert ORGAN_TITLE_RE.match(ANNOUNCED[0]) and kind_of(ANNOUNCED[0]) == "公告"
    assert not kind_of("区委书记大接访活动安排")
