"""The document grammar on layouts of the three-hundred-and-forty-sixth held-out
set's kind (issue #11): urban public transport, bus and taxi texts of cities
(a government office's 通知 issuing a 公共交通 方案, a transport bureau's 公告
on taxis' festival fares, an epidemic 指挥部's 通告 on taxis, a price bureau's
批复 on a bus line's fare, a party committee's and government's joint 意见 on
giving buses priority) as their sites, newspapers and law libraries store them,
one a city portal that kept the 版头 of a reply: its 文种 alone as a banner
over the 发文字号, which lost its brackets and 号 ('某价费字200995'), with the
签发人 beside it. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import damaged_doc_number
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A city bureau's reply whose page kept its 版头: the number damaged (brackets and 号 lost), the 签发人 beside it.
SIGNED_NUMBER = ["南山市物价局", "关于调整8路公交线路票价的批复", "南价费字200995    签发人:张某某", "南山公共交通有限责任公司:",
                 "你公司《关于调整8路公交线路票价的请示》收悉。经成本审核，同意该线路票价由每人次1元调整为全程2元。",
                 "此复", "2009年7月9日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_damaged_number_with_its_signer_beside_it_is_the_documents_own(columns):
    """GB/T 9704-2012 7.2.4 and 7.2.6: a 上行文 prints the 签发人 at the right
    of the 发文字号's line, the number at its left, and a page that lost the
    number's brackets and 号 ('南价费字200995') keeps that line: the number,
    damaged (frame.DAMAGED_NUMBER_RE), with the 签发人 beside it, is the
    document's own, read without the signer's mark (frame.SIGNER_BESIDE_RE),
    as a whole number with the 签发人 beside it already was."""
    docs = _documents(SIGNED_NUMBER, columns)
    assert [d.title for d in docs] == ["".join(SIGNED_NUMBER[:2])]
    assert docs[0].doc_number == "南价费字200995"
    assert docs[0].addressees == "南山公共交通有限责任公司"


def test_the_signer_beside_a_damaged_number_and_its_controls():
    """The control: the damaged forms alone are read as before, a whole
    number is no damaged one with or without its 签发人, and a sentence with a
    signer's words in it, or a street's number with a name after it, is no
    发文字号."""
    assert damaged_doc_number("南价费字200995    签发人:张某某") == "南价费字200995"
    assert damaged_doc_number("南价费字200995 签发人：张某某") == "南价费字200995"
    assert damaged_doc_number("杨府办20219") == "杨府办20219"
    assert damaged_doc_number("南价费字〔2009〕95号 签发人:张某某") is None
    assert damaged_doc_number("签发人:张某某") is None
    assert damaged_doc_number("中山大道20012号 签发人:张某某") is None
    assert damaged_doc_number("请各单位于2009年报送签发人名单") is None


# The same reply under its 版头's banner: the 文种 alone over the number line, the whole title under it.
BANNERED = ["批复"] + SIGNED_NUMBER[2:3] + SIGNED_NUMBER[:2] + SIGNED_NUMBER[3:]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("number", ["南价费字200995    签发人:张某某", "南价费字〔2009〕95号", "南价费字〔2009〕95号  签发人:张某某"])
def test_a_kind_alone_over_the_number_that_heads_a_whole_title_is_its_banner(columns, number):
    """GB/T 9704 7.2 and 7.3.1: the 版头 holds the 发文机关标志 and the 发文字号
    under it, the 标题 (发文机关, 事由 and 文种) stands under the 版头. A 文种
    word alone (no organ, no 事由) over a number line, with a whole title of
    that same 文种 right under the number ('批复' / '南价费字…' / '南山市物价局'
    / '关于…的批复'), is a banner of that 版头 as a page kept it
    (titles.kind_banner): one document, its first line the banner, titled by
    the title under the number, the number its own; under a text above too."""
    laid = ["批复", number] + BANNERED[2:]
    for paragraphs, at in ((laid, 0), (NOTICE + laid, 1)):
        docs = _documents(paragraphs, columns)
        assert [d.title for d in docs][at:] == ["".join(SIGNED_NUMBER[:2])]
        assert docs[at].doc_number == number.split()[0]
        assert docs[at].addressees == "南山公共交通有限责任公司"
        if at:
            assert (docs[0].title, docs[0].date) == (NOTICE[0], "2021-03-01")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_kind_alone_over_its_number_and_a_sentence_is_a_title_of_its_own(columns):
    """The control: a 文种 alone with its number under it and a sentence after
    that is a title of its own (a 通告 titled '通告'), and one over a number
    that heads a title of another 文种 stays a title too: the banner names
    the 文种 of the title it heads."""
    bare = ["通告", "南公通〔2020〕1号", "为做好春节期间出租汽车营运管理工作，现将有关事项通告如下：",
            "一、出租汽车不得拒载、绕道行驶。", "南山市公安局", "2020年1月20日"]
    docs = _documents(bare, columns)
    assert [(d.title, d.doc_number) for d in docs] == [("通告", "南公通〔2020〕1号")]
    other = ["请示"] + BANNERED[1:]
    docs = _documents(other, columns)
    assert [d.title for d in docs] == ["请示", "".join(SIGNED_NUMBER[:2])]


# An epidemic 指挥部's 通告 on a page in traditional characters, closing on the number to call and a name wrapped.
TRADITIONAL_CLOSE = ["關於疫情期間出租汽車守法經營的通告", "為做好疫情防控工作，現將有關事宜通告如下：", "出租車不許出城營運。"]
WRAPPED_NAME = ["南山市新型冠狀病毒感染的", "肺炎疫情防控指揮部"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("call", ["投訴舉報電話:0434-5069005", "投诉举报电话:0434-5069005", "聯系電話：0434-5069005"])
def test_the_number_to_call_read_in_either_script_ends_over_the_wrapped_signature(columns, call):
    """GB/T 9704 7.3.5 and 7.3.6: the 署名 under the number to call a 通告
    closes with, the organ's full name wrapped over two lines ('…感染的' /
    '肺炎疫情防控指揮部'). The number's label ends its line in either script
    (frame.CONTACT_NUMBERS read so, as the grammar is): the name under it is
    the signature's first line, not the rest of the number's line."""
    docs = _documents(TRADITIONAL_CLOSE + [call] + WRAPPED_NAME + ["2020年1月29日"], columns)
    assert [d.title for d in docs] == [TRADITIONAL_CLOSE[0]]
    assert docs[0].issuers == ["".join(WRAPPED_NAME)]
    assert docs[0].date == "2020-01-29"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_with_a_figure_under_the_close_stays_body(columns):
    """The control: a line of figures a 年 follows is a year's, no number to
    call in either script, and an organ whose name is whole on its line signs
    under a traditional label as under a simplified one."""
    docs = _documents(TRADITIONAL_CLOSE + ["投訴舉報電話:0434-5069005", "南山市公安局", "2020年1月29日"], columns)
    assert docs[0].issuers == ["南山市公安局"]
    from builder.text.frame import CONTACT_NUMBERS
    import re
    assert re.search(CONTACT_NUMBERS, "舉報電話:0434-5069005南山市")
    assert not re.search(CONTACT_NUMBERS, "電話:2020年")


@pytest.mark.parametrize("columns", [None, 18])
@pytest.mark.parametrize("banner", [["批复"], ["南山市物价局文件"], []])
@pytest.mark.parametrize("number", ["南价费字200995", "南价费字〔2009〕95号"])
def test_the_signer_turned_off_the_number_line_keeps_the_number_over_its_title(columns, banner, number):
    """GB/T 9704 7.2.4 and 7.2.6: a 上行文 prints the 签发人 at the right of the
    发文字号's line; a narrow measure turns it onto a line of its own, between
    the number and the title under it ('南价费字…' / '签发人:张某某' / '南山市物价局'
    / '关于…的批复'). The number still heads that title (documents._marks_under_number,
    framed._numbers_over_title), whatever banner stands over it (the 发文机关标志,
    a 文种 alone, none): one document under the text above, the number its own."""
    laid = banner + [number, "签发人:张某某"] + SIGNED_NUMBER[:2] + SIGNED_NUMBER[3:]
    docs = _documents(NOTICE + laid, columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(SIGNED_NUMBER[:2])]
    assert docs[1].doc_number == number
    assert docs[1].addressees == "南山公共交通有限责任公司"
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_over_a_signer_line_and_a_sentence_heads_no_title(columns):
    """The control: the 签发人 line under a number that a sentence, not a
    title, follows leaves the text as it was: the number and the mark stay in
    the document they are printed in."""
    laid = ["南山市物价局关于调整8路公交线路票价的批复", "南价费字〔2009〕95号", "签发人:张某某", "南山公共交通有限责任公司:",
            "你公司《关于调整8路公交线路票价的请示》收悉。同意该线路票价调整为全程2元。", "此复", "南山市物价局", "2009年7月9日"]
    docs = _documents(laid, columns)
    assert [(d.title, d.doc_number, d.addressees) for d in docs] == [(laid[0], laid[1], "南山公共交通有限责任公司")]


def test_a_signer_run_on_into_an_organs_words_is_no_mark_beside_the_number():
    """The signers beside the number are persons, named in two to four
    characters each: where a whole 公文 is run into one paragraph and the wrap
    cuts it after the signer's name run on into the organ's ('某府发〔〕25号
    签发人:张某某某镇人民' / '政府关于…'), the line is no damaged number with its
    签发人, and the paragraph is not cut there (holdout111's 石河, printed as an
    issue). Two persons parted by a space or a 顿号 are still signers."""
    assert damaged_doc_number("南府发〔〕25号 签发人:张某某南山镇人民") is None
    assert damaged_doc_number("南价费字200995 签发人:张某 李某某") == "南价费字200995"
    assert damaged_doc_number("南价费字200995 签发人:张某、李某某") == "南价费字200995"
    assert damaged_doc_number("南价费字200995 签发人:买买提·某某") == "南价费字200995"


@pytest.mark.parametrize("banner", [["批复"], []])
@pytest.mark.parametrize("number", ["南价费字200995", "南价费字〔2009〕95号"])
def test_a_signers_name_the_wrap_cut_is_joined_to_its_number_line(banner, number):
    """GB/T 9704 7.2.6: the 签发人 is named beside the 发文字号, two to four
    characters. A measure that cut the name ('…签发人:张某' / '某', as wide
    figures push it over) leaves its last character alone under the number:
    it goes back on the number's line, and the number heads the title under
    it, one document under the text above. The controls: a 文种 alone under
    the number is no piece of a name, and a name already whole takes nothing."""
    from builder.stages.split.unfold.frames import _signer_wrapped
    line = f"{number}                     签发人:张某"
    laid = banner + [line, "某"] + SIGNED_NUMBER[:2] + SIGNED_NUMBER[3:]
    docs = _documents(NOTICE + laid, None)
    assert [d.title for d in docs] == [NOTICE[0], "".join(SIGNED_NUMBER[:2])]
    assert docs[1].doc_number == number
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")
    assert not _signer_wrapped(line, "批复") and not _signer_wrapped(f"{number} 签发人:张某某某", "某")
