"""The document grammar on layouts of the three-hundred-and-sixth held-out
set's kind (issue #11): meteorological-disaster and weather-modification
texts of cities and counties (an office's 通知 on how 人工影响天气 作业 公告
are published, a 通知 or a 函 issuing a 气象灾害应急预案, a 通知 on a
season's disasters, a 人影办's 公告 of rain-enhancement operations) as their
sites, law libraries and mirrors store them, one cut inside a word of its
预案, the next a 函 in 信函格式, its organ's name alone over its 发文字号 and a
title that opens on 关于. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan, the page's excerpt cut inside a word of the plan: no signature closes it.
CUT_IN_A_SENTENCE = ["南岭县人民政府办公室关于印发南岭县暴雨灾害应急预案的通知", "各乡镇人民政府，县政府各部门：",
                     "《南岭县暴雨灾害应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。",
                     "南岭县暴雨灾害应急预案", "一、目的",
                     "为建立健全暴雨灾害应急机制，各乡镇要加强雨情监测，及时发布预"]
# The same, cut inside the words run in after a numbered item's heading.
CUT_AFTER_A_HEADING = CUT_IN_A_SENTENCE[:4] + ["一、目的 为减轻暴雨灾害造成的损失，制定本预案。",
                                              "二、适用范围 本预案适用于本县行政区域内暴"]
# A city office's 函 in 信函格式: its organ's name alone, the 发文字号 under it, a title with no organ.
LETTER = ["北山市人民政府办公厅", "北市府办字[2006]18号", "关于印发北山市气象灾害应急预案的函",
          "各县（市、区）人民政府，市直各部门：", "《北山市气象灾害应急预案》已经市政府同意，现印发给你们，请认真实施。",
          "二〇〇六年二月二十七日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [CUT_IN_A_SENTENCE, CUT_AFTER_A_HEADING])
def test_an_organ_alone_over_a_number_under_a_text_cut_inside_a_word_heads_the_letter(columns, above):
    """GB/T 9704 10.1 (信函格式): a 函's 发文机关标志 is the organ's full name
    alone, the 发文字号 under it, the title under that. Under a text that
    stops inside a sentence (a page's excerpt cut inside a word, '…及时发布预',
    or inside the words run in after a numbered heading, '二、适用范围 本预案
    适用于本县…暴'), that name is no signature of the text above, which a
    signature closes only when it is finished (7.3.5): it is the letter's
    版头, its document begins on it and it issues the letter that no
    signature signs."""
    docs = _documents(above + LETTER, columns)
    assert [d.title for d in docs] == [above[0], LETTER[2]]
    assert docs[1].issuers == ["北山市人民政府办公厅"]
    assert docs[1].doc_number == "北市府办字〔2006〕18号"
    assert docs[0].issuers == ["南岭县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("close", ["特此通知。", "特此通知"])
def test_an_organ_alone_under_a_finished_text_stays_its_signature(columns, close):
    """The control: under a finished text (its last sentence's stop, or the
    结束语 '特此通知' a page prints without one) the organ's name alone is
    that text's signature, though no date follows it and a 发文字号 comes
    next: the letter under it is signed by no one and its document begins on
    its number."""
    above = ["南岭县人民政府办公室关于做好汛期气象灾害防御工作的通知", "各乡镇人民政府，县政府各部门：",
             "各乡镇要加强雨情监测，及时转移受威胁群众。", close, "南岭县人民政府办公室"]
    docs = _documents(above + LETTER[1:], columns)
    assert [d.title for d in docs] == [above[0], LETTER[2]]
    assert docs[0].issuers == ["南岭县人民政府办公室"]
    assert docs[1].issuers != ["南岭县人民政府办公室"]
