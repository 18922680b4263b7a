"""The document grammar on layouts of the two-hundred-and-sixty-ninth held-out
set's kind (issue #11): river-chief and lake-chief system texts of cities,
counties and towns (a city office's 通知 issuing its 河长制 工作方案, a street's
joint 通知 issuing its 实施意见 under a title that names neither organ nor 关于,
a county's 通告 on its rivers' 管理范围, a town's 湖长制 实施方案 published
alone, a bureau's 通告) as their sites store them, excerpts the store cut
mid-sentence with the next text's title right under the cut. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A plan's excerpt the store cut mid-sentence: no signature closes it.
CUT_PLAN = ["关于印发某某市全面深化河长制工作方案的通知", "各县(市、区)人民政府,市政府直属各单位:",
            "《某某市全面深化河长制工作方案》已经市政府同意,现印发给你们,请认真组织实施。",
            "某某市人民政府办公室", "2017年12月15日", "某某市全面深化河长制工作方案",
            "为全面深化我市河长制工作,特制定本工作方案。", "一、总体要求", "二、基本原则",
            "1.坚持生态优先、绿色发展。以绿色发展理念,处理好河"]
# A passing notice titled without its organ and without 关于, its 主送 under the title.
PASSING = ["印发《关于全面推行河长制的实施意见》的通知", "各办、各村(社区):",
           "《关于全面推行河长制的实施意见》已经街道党工委、办事处审定,现印发给你们,请结合实际认真贯彻执行。",
           "某某街道办事处", "2017年12月12日"]
# A town's plan published alone: the town's name first, its preamble naming the plan as its own.
TOWN_PLAN = ["某安镇全面贯彻落实湖长制的实施方案",
             "为贯彻落实《关于在湖泊实施湖长制的指导意见》的要求,结合我镇实际,特制定本实施方案。",
             "一、总体要求", "(一)指导思想", "深入学习贯彻党的十九大精神,全面推行湖长制。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_notice_titled_without_organ_or_about_opens_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种, 关于 the 事由's usual
    first word; a passing notice (党政机关公文处理工作条例 第八条: the 通知 that
    印发, 转发 or 批转 a text) may leave out both organ and 关于, its 事由
    opening on the passing verb and quoting the text it passes on
    ('印发《…》的通知'). With its 主送 under it (7.3.2) it opens a document
    under a sentence the store cut: a sentence that quotes a title goes on
    with words, not with a list of organs and a colon."""
    docs = _documents(CUT_PLAN + PASSING, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], PASSING[0]]
    assert docs[1].addressees.startswith("各办、各村")
    assert docs[0].parts[-1].blocks[-1].text.endswith("处理好河")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_verb_and_quoted_name_with_no_addressees_under_them_stay_words(columns):
    """Control: the same words under the cut sentence with a sentence of the
    body under them (no 主送: the sentence names the passing and goes on) open
    no document; nor does a 报告 that opens on 印发 and a quoted name."""
    cited = ["印发《关于全面推行河长制的实施意见》的通知", "要求,各村要结合实际认真贯彻执行,不得拖延。"]
    docs = _documents(CUT_PLAN + cited, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]
    report = ["印发《关于全面推行河长制的实施意见》的报告", "各办、各村(社区):", "现将有关情况报告如下。"]
    docs = _documents(CUT_PLAN + report, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_towns_plan_over_its_own_preamble_opens_under_a_cut_sentence(columns):
    """行政区划: 乡 and 镇 stand under a county, and a town titles its own
    texts by its name as a city or a county does by theirs ('某安镇…实施方案').
    Such a title over a preamble that opens on its ground and names the plan
    as its own ('…特制定本实施方案。') is a text's title under a sentence an
    excerpt cut: no sentence runs on past a kind word into a preamble that
    says which text it opens."""
    docs = _documents(CUT_PLAN + TOWN_PLAN, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], TOWN_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_common_noun_ending_in_town_titles_no_plan_under_a_cut_sentence(columns):
    """Control: '城镇' and '乡镇' are common nouns, no town's name: such a line
    under a cut sentence, over a preamble, opens no text (the sentence above
    runs on into it as before)."""
    for head in ("城镇污水处理提质增效的实施方案", "乡镇全面贯彻落实湖长制的实施方案"):
        docs = _documents(CUT_PLAN + [head] + TOWN_PLAN[1:], columns)
        assert [d.title for d in docs] == [CUT_PLAN[0]], head


# A bureau's 通告: its opening hands the matter on by its kind, its items, its name alone under them, no date.
PUBLIC_NOTICE = ["关于加强河道管理的通告",
                 "为确保河长制工作有效推进,根据《中华人民共和国水法》等法律法规,现就加强河道管理有关事项通告如下:",
                 "一、禁止在河道管理范围内弃置生活垃圾、建筑垃圾。", "二、禁止擅自在河道管理范围内新开河道、改变河势。",
                 "某某市水利局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_alone_under_a_public_notices_last_item_signs_it(columns):
    """党政机关公文处理工作条例 第八条: a 通告 (or 公告) is addressed to the
    public and has no 主送; its opening hands its matter on by its own kind
    ('…通告如下：'). The organ's name alone under the body's last sentence,
    the text's last line, is its 署名 (GB/T 9704 7.3.5), though the page
    printed no date under it."""
    docs = _documents(PUBLIC_NOTICE, columns)
    assert [d.title for d in docs] == [PUBLIC_NOTICE[0]]
    assert docs[0].issuers == ["某某市水利局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_alone_under_a_notices_last_item_with_no_public_opening_is_unchanged(columns):
    """Control: under a 通知's opening that hands its matter on by 通知 (a
    text with its 主送, whose signature stands over its date) the same last
    line signs nothing it did not sign before: no 通告's opening above it."""
    notice = ["关于加强河道管理的通知", "各乡镇人民政府:", "现就加强河道管理有关事项通知如下:",
              "一、禁止在河道管理范围内弃置生活垃圾、建筑垃圾。", "二、禁止擅自在河道管理范围内新开河道、改变河势。",
              "某某市水利局"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_notices_title_run_into_its_addressees_is_parted_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1-7.3.2 set the 标题 and the 主送 each on a line of its
    own; an extractor that joins text boxes runs them into one. A passing
    notice's title with organ and 关于 left out ('印发《…》的通知') with a
    主送 of organs closing on its colon run in is parted there under a line
    cut mid-sentence, as a title its organ or 关于 opens is: no sentence
    goes on into a quoted name, 的通知 and a list of organs and a colon."""
    docs = _documents(CUT_PLAN + [PASSING[0] + PASSING[1]] + PASSING[2:], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], PASSING[0]]
    assert docs[1].addressees.startswith("各办、各村")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_notices_title_with_a_sentence_run_on_stays_the_cut_sentences(columns):
    """Control: the same words with a sentence's words run on after 的通知
    (no 主送 closing on its colon) under the cut line are that sentence
    going on: no title is parted out of them."""
    docs = _documents(CUT_PLAN + [PASSING[0] + "要求,各村要结合实际认真贯彻执行,不得拖延。"], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]
