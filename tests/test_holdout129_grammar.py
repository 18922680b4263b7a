"""The document grammar on layouts of the hundred-and-twenty-ninth held-out
set's kind (issue #11): government texts of 1985-2001 as law libraries store
them: 规章 under a 题注 naming their 令 in the older forms of its number
('市政府1991年第41号令', '…人民政府令19号'), and a 办法 whose page prints the
organ's name on the line under the title and the 发文字号 under that. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- the older forms of a 令's number in a 题注

def _rules(note: str) -> list[str]:
    return ["某某市农贸市场管理暂行办法", note,
            "第一条　为加强农贸市场管理，制定本办法。",
            "第二条　本办法由市工商行政管理局负责解释。",
            "第三条　本办法自发布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note, number, issuer, date", [
    ("（市政府1993年第27号令　1993年6月8日）", "市政府1993年第27号令", "市政府", "1993-06-08"),
    ("（1993年6月8日某某市人民政府令27号发布）", "某某市人民政府令27号", "某某市人民政府", "1993-06-08"),
    ("（1993年6月8日某某市人民政府第27号令发布）", "某某市人民政府第27号令", "某某市人民政府", "1993-06-08"),
])
def test_an_older_order_number_in_the_note_is_the_rules_number(note, number, issuer, date, columns):
    """Before the 规章制定程序条例 (2001) and GB/T 9704 made 'XX人民政府令第N号'
    the form, a 规章's order was numbered with the serial before 令, perhaps
    with its year ('市政府1993年第27号令'), or after 令 without 第
    ('…人民政府令27号'), and the 题注 of those years cites it so: that order is
    the text's number as printed, and the organ it names its issuer, as the
    order a 题注 names in today's form is."""
    docs = _documents(_rules(note), columns)
    assert [d.title for d in docs] == ["某某市农贸市场管理暂行办法"]
    assert docs[0].doc_number == number
    assert docs[0].issuers == [issuer]
    assert docs[0].date == date
    assert [p.label for p in docs[0].provisions] == ["第一条", "第二条", "第三条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_todays_order_number_in_the_note_reads_as_before(columns):
    """Control: the 题注 naming its order in today's form
    ('（1993年6月8日某某市人民政府令第27号发布）') gives the order's name and
    serial as before."""
    docs = _documents(_rules("（1993年6月8日某某市人民政府令第27号发布）"), columns)
    assert docs[0].doc_number == "某某市人民政府令第27号"
    assert docs[0].issuers == ["某某市人民政府"]


def test_a_body_citing_an_older_order_keeps_its_frame():
    """Control: a notice whose first sentence cites an order in the older form
    ('根据市政府第27号令…') keeps its own 发文字号 and 主送; the citation is no
    note of its."""
    docs = _documents(["某某市人民政府关于加强农贸市场管理的通知", "某政发〔1994〕12号", "各区、县人民政府：",
                       "根据市政府第27号令的规定，现就有关事项通知如下：", "一、加强管理。", "某某市人民政府",
                       "一九九四年三月八日"], None)
    assert docs[0].doc_number == "某政发〔1994〕12号"
    assert docs[0].addressees == "各区、县人民政府"
    assert docs[0].issuers == ["某某市人民政府"]


# ---------------------------------------------------------------- the organ between a title and its 发文字号

def _measures(number: str) -> list[str]:
    return ["某某省农田水利建设管理办法", "某某省政府", number,
            "为了加强农田水利建设，根据国家有关规定，特制定本办法：",
            "第一条　农田水利建设实行统一规划，分级负责。",
            "第二条　本办法由省水利厅负责解释。",
            "第三条　本办法自发布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number, printed", [("某政发[1992]45号", "某政发〔1992〕45号"),
                                             ("某政发（1992）45号", "某政发〔1992〕45号")])
def test_the_organ_under_a_title_over_its_number_is_its_author(number, printed, columns):
    """A law compilation or a law site prints the organ on the line under a
    text's full title and the 发文字号 under that ('…管理办法' / '某某省政府' /
    '某政发[1992]45号'): the organ is the title's author (GB/T 9704 7.3.5.2),
    the number the title's, and the text one document, not a title of the
    organ's name framed by the number."""
    docs = _documents(_measures(number), columns)
    assert [d.title for d in docs] == ["某某省农田水利建设管理办法"]
    assert docs[0].doc_number == printed
    assert docs[0].issuers == ["某某省政府"]
    assert [p.label for p in docs[0].provisions] == ["第一条", "第二条", "第三条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_organ_over_an_orders_serial_reads_as_before(columns):
    """Control: the organ alone over a 令's bare serial ('某某市人民政府' /
    '第12号') under the regulation's title is the 令's 版头, as before: one
    document signed by its head, its articles found."""
    docs = _documents(["某某市城市绿化管理办法", "某某市人民政府", "第12号",
                       "《某某市城市绿化管理办法》已经1995年3月2日市人民政府常务会议通过，现予发布施行。",
                       "市长　王某某", "一九九五年三月八日",
                       "第一条　为加强城市绿化管理，制定本办法。", "第二条　本办法自发布之日起施行。"], columns)
    assert [d.title for d in docs] == ["某某市城市绿化管理办法"]
    assert docs[0].issuers == ["某某市人民政府"]
    assert [p.label for p in docs[0].provisions] == ["第一条", "第二条"]


def test_an_organ_and_number_over_the_next_title_head_that_title():
    """Control: after a finished text, the organ and 发文字号 over the next
    title are that title's 版头 (GB/T 9704 7.2): two documents, the number
    the second's."""
    docs = _documents(["某某省农田水利建设管理办法", "某政发〔1992〕45号", "第一条　农田水利建设实行统一规划。",
                       "第二条　本办法自发布之日起施行。", "某某省政府", "某政发〔1992〕46号",
                       "某某省政府关于加强水库安全管理的通知", "各市、县人民政府：", "现就有关事项通知如下：",
                       "一、落实责任。", "某某省政府", "一九九二年五月六日"], None)
    assert [d.title for d in docs] == ["某某省农田水利建设管理办法", "某某省政府关于加强水库安全管理的通知"]
    assert docs[1].doc_number == "某政发〔1992〕46号"
