"""The document grammar on layouts of the seventy-third held-out set's kind
(issue #11): documents of the 1950s to the 1980s as the gazettes and the
collections of that time printed them (指示, 指令, 决定, 批复, 批转 通知, 复函;
dates in Chinese numerals, adoption lines under titles, titles run into their
frame and body as a periodical database stores an article). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- the older 文种

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("kind", ["指示", "指令", "布告"])
def test_the_older_kinds_end_a_title(kind, columns):
    """The 国家行政机关公文处理暂行办法 of 1981 lists the 指示, the 指令 and
    the 布告 beside the 命令, 决定, 通知 and 批复; the gazettes of the 1950s to
    the 1980s print them titled so ('…关于…的指示'). Such a title with no
    主送 under it, its body opening with the organ's name, is a document's,
    as a 通知's is."""
    title = "某某省人民委员会发布关于做好春耕生产工作的" + kind
    docs = _documents(NOTICE + [title, "某某省人民委员会已经批准省农业厅关于春耕生产的报告。各地要切实加强领导，抓紧安排。",
                                "省长 某某某", "一九五六年三月五日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "1956-03-05"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_leaders_directions_is_no_title(columns):
    """Control: a body's sentence that cites a leader's words by 关于
    ('为认真贯彻落实…关于…工作的重要指示批示精神，'), wrapped at the measure right
    after 指示, is the body going on: a 指示's title joins its 事由 by 的."""
    title = "某某市爱国卫生运动委员会关于印发某某办法的通知"
    docs = _documents([title, "各区爱卫会：", "为认真贯彻落实上级领导同志关于春耕生产工作的重要指示批示精神，结合本市实际，"
                       "研究制定了《某某办法》。现印发给你们，请遵照执行。", "某某市爱国卫生运动委员会", "2022年8月12日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某市爱国卫生运动委员会"], "2022-08-12")
