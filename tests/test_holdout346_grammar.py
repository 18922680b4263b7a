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
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

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
