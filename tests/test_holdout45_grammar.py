"""The document grammar on layouts of the forty-fifth held-out set's kind
(issue #11): texts a gazette prints that are not 公文 proper, a 政府工作报告,
a leader's 讲话, a 政策解读 of a document and the 说明 of a draft, whose
title block and byline, not a 发文字号 or a signature, mark where each begins.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 22, 26]


# ---------------------------------------------------------------- a 解读 is a document of its own kind

INTERPRETATION = ["《某某县农村人居环境整治实施方案》政策解读",
                  "为便于社会公众了解《某某县农村人居环境整治实施方案》,现就有关内容解读如下:",
                  "《实施方案》分为总体要求、重点任务和保障措施三个部分,于2023年5月经县政府常务会议审议通过。"]
ORGAN_INTERPRETATION = ["某某省林业局关于《某某省古树名木保护办法》的解读",
                        "某某省林业局于2022年6月1日公布了《某某省古树名木保护办法》,自2022年9月1日起施行。"
                        "现就有关问题解读如下:一、制定背景。二、主要内容。(供稿单位:政策法规处)"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("text", [INTERPRETATION, ORGAN_INTERPRETATION])
def test_an_interpretation_is_a_document_after_a_signed_notice(text, columns):
    """A 政策解读 (政府信息公开条例; a gazette's '政策解读' section) explains
    a document and is titled by it: '《…》政策解读', '…关于《…》的解读'. Its
    title ends in 解读 as a 公文's ends in its 文种, so it opens a document of
    its own under the notice above, though it has no 发文字号, 主送 or
    signature."""
    docs = _documents(NOTICE + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], text[0]]
    assert docs[1].kind == "解读"


def test_an_interpretation_titled_by_its_organ_names_its_issuer():
    """GB/T 9704 7.3.1: a title names its author before 关于; a 解读 so
    titled, unsigned, is that organ's (as an unsigned 通知 so titled is)."""
    docs = _documents(NOTICE + ORGAN_INTERPRETATION, None)
    assert docs[1].issuers == ["某某省林业局"]


def test_interpretation_is_a_kind_word_only_at_the_end():
    assert kind_of("《某某县农村人居环境整治实施方案》政策解读") == "解读"
    assert kind_of("关于《某某市养犬管理条例》的解读") == "解读"
    assert kind_of("某某省林业局关于《某某省古树名木保护办法》的解读") == "解读"
    assert kind_of("现就有关内容解读如下") is None


# A report's opening as a gazette reprints it: no signature, its last paragraph ends a sentence.
REPORT = ["政府工作报告", "——2021年1月20日在某某市第十五届人民代表大会第六次会议上", "某某市人民政府市长 张某某",
          "各位代表:", "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_interpretation_titled_without_its_organ_opens_a_document_after_a_sentence(columns):
    """A 政策解读 is a text of its own, never one a notice issues or
    attaches (an 附件 mark would head it): its title, '《…》政策解读', after
    a line that ends a sentence opens a document, as a 公文's title ending in
    its 文种 does, though the text above is unsigned."""
    docs = _documents(REPORT + INTERPRETATION, columns)
    assert [d.title for d in docs] == [REPORT[0], INTERPRETATION[0]]


# ---------------------------------------------------------------- a speech's 副题 is no line of its title

SPEECH = ["凝心聚力再出发奋力谱写某某高质量发展新篇章", "——在某某市十五届人大一次会议闭幕式上的讲话", "张某某",
          "(2022年1月8日)", "各位代表、同志们:",
          "经过全体代表的共同努力,市十五届人大一次会议圆满完成了各项议程,即将胜利闭幕。"]


@pytest.mark.parametrize("columns", [None, 18, 19, 22, 26])  # (at 19 the 副题's first line ends '…闭幕式上')
def test_a_speech_titled_with_its_occasion_as_a_subtitle_keeps_the_subtitle_out_of_its_title(columns):
    """A speech a gazette reprints is titled by its theme, the occasion in a
    副题 under it opening with a 破折号 ('——在…上的讲话'), then the speaker
    and the date in brackets: the 副题 names the genre, but it is no line of
    the title, as the 题注 of a report or a 说明 is none; the title is the
    theme, and the speech a document of its own after the text above."""
    docs = _documents(REPORT + SPEECH, columns)
    assert [d.title for d in docs] == [REPORT[0], SPEECH[0]]
    assert docs[1].date == "2022-01-08"


# ---------------------------------------------------------------- a 称谓 is no 主送

EXPLANATION = ["关于《某某省湿地保护条例（草案）》的说明",
               "（2020年7月28日在某某省第十三届人民代表大会常务委员会第二十次会议上 某某省林业局局长 李某某）",
               "主任、各位副主任、秘书长、各位委员：",
               "我受省人民政府委托，现就《某某省湿地保护条例（草案）》（以下简称草案）作如下说明，请予审议。",
               "一、制定条例的必要性",
               "我省湿地面积大、类型多，是重要的生态屏障。近年来，湿地保护工作取得明显成效，但仍存在保护体制不顺、"
               "保护资金不足、违法占用湿地等问题，有必要制定地方性法规，为湿地保护提供法治保障。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("salutation", ["主任、各位副主任、秘书长、各位委员：", "委员长、各位副委员长、秘书长、各委员：",
                                        "各位代表：", "各位代表、同志们："])
def test_the_salutation_of_a_text_delivered_at_a_session_is_no_addressee(salutation, columns):
    """A 说明 or a speech delivered at a session opens by addressing the
    audience by their offices ('主任、各位副主任、秘书长、各位委员：'): a
    称谓, not the 主送机关 a 公文 is sent to (GB/T 9704 7.3.2 names organs),
    though it stands where the 主送 would, under the title and 题注, and ends
    in a colon."""
    text = EXPLANATION[:2] + [salutation] + EXPLANATION[3:]
    docs = _documents(NOTICE + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], text[0]]
    assert docs[1].addressees is None


@pytest.mark.parametrize("addressee", ["王某某委员：", "各市、县人民政府，省政府各部门："])
def test_an_addressee_named_with_an_office_is_still_one(addressee):
    """A 答复 to one deputy or member names that person ('王某某委员：'), and
    a 公文's 主送 names organs: those stay 主送, the 称谓 names offices only."""
    text = ["某某省林业局关于某某省政协十二届四次会议第0123号提案的答复", addressee,
            "您提出的关于加强湿地保护的提案收悉，现答复如下：", "某某省林业局", "2021年6月1日"]
    docs = _documents(NOTICE + text, None)
    assert docs[1].addressees == addressee.rstrip("：")


# ---------------------------------------------------------------- the occasion printed over a speech's theme

KICKED = ["在全县领导干部专题研讨班结业仪式上的讲话", "用心用爱用功答好“发展之问”", "以良好的精神状态奋力开创县域发展新局面",
          "(2019年3月31日)", "同志们:", "县不图强,必有远忧。当前,全国各地都在深入学习贯彻党的二十大精神,高质量发展的浪潮中百舸争流。"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_the_occasion_printed_over_a_speech_theme_is_no_title(columns):
    """A speech may be printed with its occasion above the theme (a 引题,
    '在…上的讲话'), the theme in large type under it and the date in
    brackets under that: the theme is the title, as it is when the occasion
    stands under it in a 副题, and the occasion line is the speech's own,
    the first line of its document."""
    docs = _documents(REPORT + KICKED, columns)
    assert [d.title for d in docs] == [REPORT[0], KICKED[1] + KICKED[2]]
    assert docs[1].date == "2019-03-31"
    assert KICKED[0] in "".join(b.text for b in docs[1].parts[0].blocks if hasattr(b, "text"))


@pytest.mark.parametrize("columns", [None, 22])
def test_a_speech_titled_by_its_occasion_alone_keeps_it_as_title(columns):
    """With no theme under it, the occasion is the speech's title, the
    speaker and the date its byline ('在…上的讲话' / '张某某' / '(…)')."""
    speech = [KICKED[0], "张某某", KICKED[3]] + KICKED[4:]
    docs = _documents(REPORT + speech, columns)
    assert [d.title for d in docs] == [REPORT[0], KICKED[0]]


@pytest.mark.parametrize("columns", [18, 22])
def test_a_title_filling_the_measure_over_its_occasion_is_a_title(columns):
    """A report's title that fills the measure ('北京市人民代表大会常务委员会
    工作报告' at 18 columns) is framed by the 题注 under it ('——2025年…在…会议
    上'): no sentence runs on into an occasion line, so the line is a title
    though its 称谓 ('各位代表:') frames nothing, being no 主送."""
    title = "某某市人民代表大会常务委员会工作报告"[:columns]
    report = [title, "——2025年1月16日在某某市第十六届人民代表大会第三次会议上", "某某市人民代表大会常务委员会主任 李某某",
              "各位代表:", "我受某某市第十六届人民代表大会常务委员会委托,向大会报告工作,请予审议。"]
    for text, titles in ((report + NOTICE, [title, NOTICE[0]]), (REPORT + report, [REPORT[0], title])):
        assert [d.title for d in _documents(text, columns)] == titles
