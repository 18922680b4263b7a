"""The document grammar on layouts of the twenty-fifth held-out set's kind
(issue #11): the genres a gazette prints besides 通知, 意见 and 办法, a 任免
list, chronicles and a record of the government's meetings. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- 任免: the organ, 任免 and whom

APPOINTMENTS = ["某某省人民政府任免国家工作人员",
                "依照《某某省行政机关工作人员任免办法》的有关规定,根据某某省发展和改革委员会党组的提名和建议,"
                "某某省人民政府2021年3月5日决定:",
                "任命张某为省发展和改革委员会副主任,", "李某为省财政厅副厅长;",
                "免去王某的省教育厅副厅长职务,", "赵某的省财政厅副厅长职务。"]
PERSONS = ["任命张某为省发展和改革委员会副主任", "李某为省财政厅副厅长", "免去王某的省教育厅副厅长职务",
           "赵某的省财政厅副厅长职务"]


def _persons(doc) -> list[str]:
    return [b.text.rstrip(",，;；。") for part in doc.parts for b in part.blocks if getattr(b, "role", None) == "person"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_appointment_list_titled_by_whom_it_names_is_a_renmian(columns):
    """A 任免 is titled by its organ, 任免 and whom it appoints and removes
    ('国务院任免国家工作人员', '…任免香港特区主要官员'): the organ before 任免 is
    its issuer, though it signs nothing."""
    docs = _documents(APPOINTMENTS, columns)
    assert [(d.title, d.kind) for d in docs] == [(APPOINTMENTS[0], "任免")]
    assert docs[0].issuers == ["某某省人民政府"]


LISTED = ["某某省人民政府任免人员"] + APPOINTMENTS[1:]  # a title the 任免 grammar has long read


@pytest.mark.parametrize("columns", WIDTHS)
def test_one_verb_heads_a_run_of_persons_parted_by_commas(columns):
    """The State Council's form: one 任命 heads a run of persons parted by '，'
    ('任命A为X，B为Y；免去C的X职务，D的Y职务。'), each a person of the list."""
    assert _persons(_documents(LISTED, columns)[0]) == PERSONS


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_decisions_sentence_citing_its_grounds_is_the_preamble(columns):
    """The decision's sentence may cite the rule and the nomination before
    '…决定:' (longer than a short '市人民政府决定:'): it is the list's preamble,
    no longer than an item."""
    doc = _documents(LISTED, columns)[0]
    assert [b.role for b in doc.parts[0].blocks][0] == "preamble"


def test_a_second_action_of_the_same_person_stays_with_that_person():
    """'张某任…局长，免去其…职务；': the piece after the comma has a verb of its
    own, so it is the same person's, not a person of a run."""
    doc = _documents(["某某市人民政府任免人员", "市人民政府决定:",
                      "张某任市财政局局长，免去其市教育局副局长职务；", "王某任市教育局局长。"], None)[0]
    assert _persons(doc) == ["张某任市财政局局长，免去其市教育局副局长职务", "王某任市教育局局长"]


# ---------------------------------------------------------------- a record of the government's meetings

NOTICE = ["某某市人民政府关于做好防汛工作的通知", "各县人民政府：",
          "为做好今年防汛工作，现就有关事项通知如下，请认真贯彻执行。", "某某市人民政府", "2020年5月6日"]
MEETINGS = ["八月份市府常务会议情况",
            "十届21次会议于八月六日召开，听取市水利局关于汛期水库安全运行情况的汇报，讨论研究了城区排涝工程方案等问题。",
            "十届22次会议于八月二十日召开，讨论研究全市秋粮收购工作，并责成市粮食局等有关部门做好收购资金的安排。",
            "（张某）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_record_of_the_governments_standing_committee_is_a_document(columns):
    """A 纪要 records a meeting's 主要情况 (党政机关公文处理工作条例 第八条);
    a gazette prints its record of the government's own meetings (常务会议,
    全体会议, 办公会议) as '…常务会议情况', a document of its own after the text
    above."""
    docs = _documents(NOTICE + MEETINGS, columns)
    assert [(d.title, d.kind) for d in docs] == [(NOTICE[0], "通知"), (MEETINGS[0], "纪要")]
    assert docs[0].date == "2020-05-06" and docs[1].issuers == []


# ---------------------------------------------------------------- chronicles

DAYS = ["2007年5月政府大事记",
        "1日,市政府召开全市安全生产工作会议,部署当前安全生产工作。",
        "△副市长某某会见了某国某市代表团一行。",
        "8日,市政府召开市长办公会,研究当前重点工作。"]
LOST_MONTH = ["某某市委、市政府2019年执政纪事(7-12月)",
              "71日    某某市庆祝“七一”主题活动启动仪式在市体育中心举行。",
              "73日    市委第六轮巡察工作动员部署会召开。",
              "75日    市委人才工作领导小组会议举行。"]


@pytest.mark.parametrize("columns", [19, 20])
def test_a_chronicles_title_filling_the_line_opens_over_its_first_entry(columns):
    """A chronicle's title that fills the measure exactly stands over its
    first entry, a line opening with the day it tells of, as a speech's title
    stands over its byline: the entry is the chronicle's text, not the rest of
    a sentence the title's line ran on from."""
    docs = _documents(DAYS + LOST_MONTH, columns)
    assert [d.title for d in docs] == [DAYS[0], LOST_MONTH[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_entry_whose_page_lost_the_month_between_its_figures_is_dated(columns):
    """'71日' is no day: a page that lost the 月 of '7月1日' between the
    month's figure and the day's. Two figures and 日 that are no day are read
    as the month and the day when that month is one the chronicle covers (its
    title's '(7-12月)'), as a damaged 成文日期 is read only where one reading is
    a date."""
    docs = _documents(LOST_MONTH, columns)
    assert [(d.title, d.kind) for d in docs] == [(LOST_MONTH[0], "大事记")]
    assert [p.eid for p in docs[0].provisions] == ["d_2019-07-01", "d_2019-07-03", "d_2019-07-05"]


def test_two_figures_no_day_outside_the_months_covered_are_no_date():
    """Without a span of months in the title that holds the month they would
    give, '45日' is no date (tests/test_layouts.py's convention)."""
    docs = _documents(["某某市2019年执政纪事(7-12月)", "45日    某某会议召开。", "73日    某某活动举行。"], None)
    assert [p.eid for p in docs[0].provisions] == ["d_2019-07-03"]
