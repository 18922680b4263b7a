"""The document grammar on layouts of the two-hundred-and-twenty-seventh
held-out set's kind (issue #11): drug-control and telecom-fraud texts of
cities, districts and counties (a 禁毒委员会办公室's 通告, a 公安局's 通告 of
rewards for reporting, a 反诈中心's or a 外事办公室's 一封信, a reply to a
政协 提案) as portals and their copies store them. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县公安局关于奖励举报电信网络诈骗违法犯罪的通告",
          "为有效遏制电信网络诈骗违法犯罪活动，现将有关事项通告如下：",
          "一、举报我县范围内电信网络诈骗犯罪窝点，经查证属实，奖励人民币2000元。",
          "本通告自发布之日起施行。", "某某县公安局", "2020年10月12日"]
# A 通告 whose excerpt the store cut mid-sentence: the next document's head follows it.
CUT = ["某某县禁毒委员会办公室关于禁止非法种植罂粟等毒品原植物的通告", "为预防非法种植罂粟，特通告如下：",
       "一、严厉禁止非法种植罂粟等毒品原植物。", "二、非法买卖未经灭活的罂粟种子，数量较大的，处三年"]
# A letter under its 发文机关标志, the organ's name alone spread by spaces (narrower than every measure), its title
# naming no organ.
LETTER = ["某 市 反 诈 中 心", "致全市人民反电诈宣传一封信", "广大市民朋友：",
          "当前，电信网络诈骗案件呈高发多发态势，为增强市民防范意识，我市开展集中宣传行动。",
          "一、要做到不贪不信。要明白天上不会掉馅饼。", "二、要保护好个人隐私。切记不要将验证码告诉他人。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_name_alone_over_a_title_that_names_none_is_its_masthead(columns):
    """GB/T 9704-2012 7.2.2: the 发文机关标志 is the organ's full or short
    name and 文件, or the name alone; a page may spread a short one by
    spaces. Printed above a title that names no organ ('致…的一封信'), the
    line is the letter's 版头: the 主送 under the title is read as the frame's
    first line (7.3.2), and the unsigned letter is the organ's the mark names."""
    docs = _documents(CUT + LETTER, columns)
    assert [d.title for d in docs] == [CUT[0], LETTER[1]]
    assert docs[1].addressees == "广大市民朋友"
    assert docs[1].issuers == ["某市反诈中心"]
    assert docs[0].issuers == ["某某县禁毒委员会办公室"] and docs[0].addressees is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signed_letter_under_its_masthead_keeps_its_signer(columns):
    """Control: a letter that signs keeps its signer and date; the 版头 over it
    changes neither, and its 主送 is read as before."""
    signed = LETTER + ["某某市公安局", "2021年3月18日"]
    docs = _documents(CUT + signed, columns)
    assert docs[1].title == LETTER[1]
    assert docs[1].issuers == ["某某市公安局"] and docs[1].date == "2021-03-18"
    assert docs[1].addressees == "广大市民朋友"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_authors_line_under_a_title_is_still_its_author(columns):
    """Control: the organ's name alone UNDER an unsigned text's title
    (GB/T 9704 7.3.5.2: the names a text is published under) is read as its
    author, as before: the rule reads only the lines above the title."""
    opinion = ["关于进一步加强禁毒宣传教育工作的意见", "某某市禁毒委员会",
               "为进一步加强禁毒宣传教育工作，提出如下意见。", "一、提高认识。禁毒宣传教育是禁毒工作的基础。"]
    docs = _documents(NOTICE + opinion, columns)
    assert [d.title for d in docs] == [NOTICE[0], opinion[0]]
    assert docs[1].issuers == ["某某市禁毒委员会"]
    assert docs[1].addressees is None
