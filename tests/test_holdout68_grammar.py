"""The document grammar on layouts of the sixty-eighth held-out set's kind
(issue #11): 批复 of provincial, city and county bodies, answering the 请示
of the body under them ('你局《关于…的请示》收悉'). Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _convert, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
REPLY_TITLE = "某某市人民政府关于同意调整某某自然保护小区部分面积的批复"
REPLY_BODY = ["《关于调整某某镇某某自然保护小区部分面积的请示》(某林〔2021〕36号)收悉。经研究,同意调出该保护小区部分"
              "林地面积1.2公顷,用于项目建设。请按有关规定做好报批工作。", "此复。", "某某市人民政府", "2021年9月3日"]


# ---------------------------------------------------------------- a 主送 that lost its colon, answered by the body

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressee, opening", [("县林业局", "你局"), ("某某市发展和改革委员会", "你委"),
                                                ("某某县人民政府", "你县"), ("某某区人民政府", "你区"),
                                                ("某某街道办事处", "你单位")])
def test_an_addressee_without_its_colon_is_the_body_the_reply_answers(addressee, opening, columns):
    """GB/T 9704 7.3.2 closes the 主送 on its colon; a page may lose it
    ('县林业局' alone under the title). A 批复 answers the body that asked
    and its body opens by addressing it by its own word ('你局《关于…的请示》
    收悉', 你委, 你县, 你单位): one organ's name alone under the title, whose
    name holds the word the body then calls it by, is the 主送."""
    docs = _documents(NOTICE + [REPLY_TITLE, addressee, opening + REPLY_BODY[0]] + REPLY_BODY[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert docs[1].addressees == addressee
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府"], "2021-09-03")


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_the_body_does_not_address_is_no_addressee(columns):
    """Control: an organ's name alone under a title whose body opens with
    no '你…' that names it ('根据…') is not read as a 主送 that lost its
    colon: the body addresses no one ('你局' or '你市' under '某某县人民政府'
    neither: a county government is no 局, and the reply's own city is no
    body it answers)."""
    for addressee, opening in [("县林业局", "根据《某某条例》规定,"), ("某某县人民政府", "你局"), ("某某县人民政府", "你市")]:
        docs = _documents(NOTICE + [REPLY_TITLE, addressee, opening + REPLY_BODY[0]] + REPLY_BODY[1:], columns)
        assert docs[-1].addressees is None


# ---------------------------------------------------------------- a 成文日期 that lost its 年 and 月, not its 日

@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("printed, read", [("201893日", "2018-09-03"), ("2018123日", None), ("20211130日", "2021-11-30")])
def test_a_date_that_lost_its_year_and_month_but_kept_its_day_is_read_when_one_reading_fits(printed, read, columns):
    """GB/T 9704 7.3.5 prints the 成文日期 under the signature; a page may
    lose its 年 and 月 but keep the closing 日 ('201893日'). As for digits
    that lost all three ('2024228'), the date is read only where one split
    of month and day is a date ('2018123日' is 1月23日 or 12月3日: none is
    guessed), and the report names what was lost for an editor to check."""
    gazette = _convert(NOTICE + [REPLY_TITLE, "县林业局:", "你局" + REPLY_BODY[0], "此复。", "某某市人民政府", printed],
                       columns)
    doc = gazette.documents[1]
    assert (doc.title, doc.issuers, doc.date) == (REPLY_TITLE, ["某某市人民政府"], read)
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert printed in damaged.message and "缺少年月" in damaged.message and ("无法确定" if read is None else read) \
        in damaged.message


def test_a_whole_date_is_not_reported_damaged():
    """Control: a date with its 年, 月 and 日 is no damaged date."""
    gazette = _convert(NOTICE + [REPLY_TITLE, "县林业局:", "你局" + REPLY_BODY[0]] + REPLY_BODY[1:], None)
    assert gazette.documents[1].date == "2021-09-03"
    assert not [d for d in gazette.diagnostics if d.code == "date-damaged"]
