"""The document grammar on layouts of the two-hundred-and-ninety-third held-out
set's kind (issue #11): geological-hazard prevention texts of cities, counties
and districts (an office's 通知 issuing a 地质灾害防治方案 or 应急预案, a city's
批转 and 转发 notices, a 领导小组办公室's notice starting a warning response) as
their sites, mirrors and law libraries store them, one addressing a long 主送
whose last items, two kinds of body sharing their last word ('市直各事业、企业
单位'), the page carries under a line that ends on the comma. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

BODY = ["为切实做好汛期地质灾害防治工作，确保人民群众生命财产安全，现将有关事项通知如下：",
        "一、各单位要加强隐患点巡查，落实监测责任人。", "北山市人民政府办公厅", "2008年5月20日"]
TITLE = "北山市人民政府办公厅关于开展汛期地质灾害防治工作大检查的通知"
HEAD = "各县、区人民政府,市政府各部门,各管委会,市级各双管单位,"


@pytest.mark.parametrize("rest", ["市直各事业、企业单位:", "各驻市单位、中直企业:"])
def test_the_last_items_of_an_addressee_list_under_its_comma_stay_in_it(rest):
    """GB/T 9704 7.3.2: the 主送 names its organs parted by 、 and ，, the
    colon after the last; a list never ends on its separator. A line that
    ends on the comma over a short line of a few names parted by 、 or ， and
    the colon ('市直各事业、企业单位:') is one 主送 (paragraphs.
    addressees_run_over), not a 主送 over a body line.
    The lines are given as a page printed them: the first fills its measure
    and ends on the comma."""
    doc = convert("\n".join([TITLE, HEAD, rest] + BODY).encode("utf-8"), "x/x.txt", "x").documents[0]
    assert doc.title == TITLE
    assert doc.addressees == (HEAD + rest[:-1]).replace(",", "，")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_whole_addressee_list_stays_one_whatever_the_measure(columns):
    """The control: the same 主送 on one line, or wrapped at 18 or 26
    columns, is read whole as before."""
    docs = _documents([TITLE, HEAD + "市直各事业、企业单位:"] + BODY, columns)
    assert docs[0].addressees == (HEAD + "市直各事业、企业单位").replace(",", "，")


@pytest.mark.parametrize("below", ["为做好防灾工作,特通知:", "各单位要高度重视、认真落实:"])
def test_a_sentence_under_a_list_ending_on_its_comma_is_no_item_of_it(below):
    """The control: the line under a list ending on its comma that opens a
    sentence ('为…', a 'to do' word among its pieces, or '通知') is the body's,
    not the 主送's last items."""
    from builder.stages.paragraphs import addressee_goes_on
    assert not addressee_goes_on(HEAD, below)
    doc = convert("\n".join([TITLE, HEAD, below] + BODY[1:]).encode("utf-8"), "x/x.txt", "x").documents[0]
    assert doc.addressees == HEAD[:-1].replace(",", "，")
