"""The document grammar on layouts of the sixty-first held-out set's kind
(issue #11): 公告 and 通知 that publish standards and plots (土地征收 公告 with
their villages and groups, 最低工资标准 通知, price tables). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
NOTICE_BODY = ["为保障某某市城市建设用地需求，经市人民政府研究决定，现发布土地征收公告：", "一、拟征收土地的范围",
               "征收土地位于某某镇某某村。", "二、其他事项", "任何单位和个人不得在拟征地范围内抢栽抢建。", "特此公告",
               "某某市人民政府", "2021年10月18日"]


# ---------------------------------------------------------------- a 公告's serial on its title's line

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("serial", ["〔2021〕第25号", "〔2021〕25号", "[2021]第25号"])
def test_a_serial_in_year_brackets_after_a_notice_title_is_its_number(serial, columns):
    """A 公告 numbers its series with the year in brackets and a serial, no
    organ code ('〔2021〕第25号'), printed under the title as ORDER_NUMBER_RE
    reads it; a page that prints its heading on one line runs it after the
    kind word ('某某市人民政府土地征收预公告〔2021〕第25号'). The serial is no
    part of the title: the title ends on its kind word, the serial is the
    number, as '…公告第3号' is read."""
    title = "某某市人民政府土地征收预公告"
    docs = _documents(NOTICE + [title + serial] + NOTICE_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number.replace("[", "〔").replace("]", "〕") == serial.replace("[", "〔").replace("]", "〕")
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府"], "2021-10-18")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_year_in_brackets_inside_a_title_is_no_serial(columns):
    """Control: a title that names a year in brackets before its kind word
    ('…关于〔2021〕第25号公告的补充公告') ends on its kind word, not on a serial."""
    title = "某某市人民政府关于〔2021〕第25号公告的补充公告"
    docs = _documents(NOTICE + [title] + NOTICE_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number is None


@pytest.mark.parametrize("columns", [None, 26])
def test_an_orders_number_with_its_year_in_brackets_stays_whole(columns):
    """Control: a 令 prints its number under the 规章's title as its
    发文机关标志 and serial, the year in brackets between ('政府令〔2010〕第15号',
    holdout6's 河北 规定): that line is the number whole, no title before a serial."""
    docs = _documents(NOTICE + ["某某省气象灾害防御规定", "政府令〔2010〕第15号",
                                "《某某省气象灾害防御规定》已经省政府常务会议通过，现予公布，自2011年2月1日起施行。",
                                "省长", "二○一○年十二月二十五日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某省气象灾害防御规定"]
    assert docs[1].doc_number == "政府令〔2010〕第15号"
