"""The document grammar on layouts of the three-hundred-and-eighth held-out
set's kind (issue #11): agricultural-insurance texts (政策性农业保险, 农业保险
保费补贴, 森林保险) of district and county bodies as law libraries and mirrors
store them (a district office's 转发 通知 with its number in ASCII parentheses
under the title, '特此通知' alone and a date in Chinese numerals written with
the letter 'O', '二OO六年四月三日', no signature, then the forwarded 意见's
title and text; a mirror in traditional characters of a district office's
通知, a heading alone, cut inside it; a county office's 印发 通知 on a mirror
that writes a syllable in brackets after some characters and lost the '〕',
'號', '年', '月' and '日' of its numbers, '某政辦函〔201861' and a 成文日期
'2018619' under the signature, then the 方案's title and text). The set
measured every document, field and provision right in every layout, order,
two columns and titles run into their 主送 before any rule looked at it (once
its record read the county's '2017518' as the 成文日期 it is), so these cases
pin its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A district office's 转发 通知 on a law library: its number in ASCII parentheses, '特此通知', a date with the letter
# 'O' for 〇 and no signature, then the forwarded 意见's title, a paragraph, a heading alone, cut.
FORWARD_O = ["某某市某某区人民政府办公室关于转发进一步推进本区渔业保险工作意见的通知", "(某府办〔2009〕15号)",
             "各镇人民政府,各街道办事处,区政府各委、办、局:",
             "某某区农业委员会拟订的《关于进一步推进本区渔业保险工作的意见》已经区政府领导同意,现转发给你们,"
             "请认真按照执行。",
             "特此通知", "二OO九年五月六日", "关于进一步推进本区渔业保险工作的意见",
             "近年来,本区渔业保险工作取得了较大的成效。现就进一步推进本区渔业保险工作提出如下意见:",
             "一、进一步提高思想认识", "渔业是本区农业的重要组成部分,要进一步认识推进渔业保险的重要意义,落实市委、市政府"]
# A mirror in traditional characters: the title, 主送, one paragraph, a heading alone, cut inside it; no number or date.
TRAD_CUT = ["某某市某某區人民政府辦公室關于進一步做好政策性漁業保險工作的通知", "各鄉鎮人民政府、街道辦事處,區政府各單位:",
            "為進一步鞏固政策性漁業保險試點成果,結合我區實際,現就有關事項通知如下。", "一、政策性漁業保險的總體要求",
            "堅持政府推動、漁戶自愿、市場運作的機制,力爭使全區政策性漁業保險承保面達到符合參保條件對象的60%以"]
# A mirror writing a syllable in brackets after some characters, its numbers' '〕', '號', '年', '月' and '日' lost.
LOST_MARKS = ["某某縣人民政府辦公室關于印發(fā)《某某縣2018年林業(yè)保險實施方案》的通知", "某政辦函〔201861",
              "各鄉(xiāng)鎮(zhèn)人民政府,縣直有關單位:",
              "《某某縣2018年林業(yè)保險實施方案》已經(jīng)縣人民政府研究同意,現(xiàn)印發(fā)給你們,請認真遵照執(zhí)行。",
              "某某縣人民政府辦公室", "2018619", "某某縣2018年林業(yè)保險實施方案",
              "為進一步推進我縣林業(yè)保險工作,結合我縣實際,制定本方案。", "一、指導思想",
              "以服務林農(nóng)為宗旨,以提高林業(yè)抵御自然災害風險能力為主線;以林業(yè)"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_forwarding_notice_dated_with_the_letter_o_and_unsigned(columns):
    """GB/T 9704 7.2.4, 7.3.5.2: '(某府办〔2009〕15号)' under the title is its
    number; '特此通知' alone closes the body; '二OO九年五月六日', the letter 'O'
    standing for 〇, is the 成文日期, and with no organ over it the title's
    organ issues the notice; the forwarded 意见 printed under the date is its
    part, its heading alone an item, its cut sentence its last."""
    doc = _two(FORWARD_O, columns)
    assert doc.title == FORWARD_O[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某府办〔2009〕15号", ["某某市某某区人民政府办公室"],
                                                               "2009-05-06", "通知")
    assert doc.addressees == "各镇人民政府，各街道办事处，区政府各委、办、局"
    assert [p.title for p in doc.parts][1:] == ["关于进一步推进本区渔业保险工作的意见"]
    assert _labels(doc) == ["一、"]
    assert "落实市委" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_traditional_mirrors_notice_cut_inside_its_first_heading(columns):
    """GB/T 9704 7.3.1: the organ the traditional title names issues it; its
    主送 read with its comma; '一、…總體要求' alone on its line is its one
    item; cut at '對象的60%以', unsigned and undated, the notice under it
    apart."""
    doc = _two(TRAD_CUT, columns)
    assert doc.title == TRAD_CUT[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["某某市某某區人民政府辦公室"], None)
    assert doc.addressees == "各鄉鎮人民政府、街道辦事處，區政府各單位"
    assert _labels(doc) == ["一、"]
    assert "60%以" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_mirrors_number_and_date_that_lost_their_marks(columns):
    """A mirror's bracketed syllables ('發(fā)') are its annotation, not the
    title; '某政辦函〔201861' under the title is its number as printed; the
    organ alone over '2018619' signs it and the digits under the signature,
    where GB/T 9704 7.3.5.1 puts the 成文日期, have one reading (no month 61),
    2018-06-19; the 方案 printed under the date is its part."""
    doc = _two(LOST_MARKS, columns)
    assert doc.title == "某某縣人民政府辦公室關于印發《某某縣2018年林業保險實施方案》的通知"
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政辦函〔201861", ["某某縣人民政府辦公室"],
                                                               "2018-06-19", "通知")
    assert doc.addressees == "各鄉鎮人民政府，縣直有關單位"
    assert [p.title for p in doc.parts][1:] == ["某某縣2018年林業保險實施方案"]
    assert _labels(doc) == ["一、"]
