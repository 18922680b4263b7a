"""The document grammar on layouts of the hundred-and-eighty-eighth held-out
set's kind (issue #11): the records of county and city governments' 常务会议
as their portals publish them, titled by the meeting's count, term or chair,
no signature, a story's writers named at its foot ('张某某 李 某'). Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

CREDITED = ["第十六届人民政府第8次常务会议召开", "25日，市长某某主持召开第十六届人民政府第8次常务会议。副市长某某出席会议。",
            "会议讨论了《政府工作报告》；听取了安全生产工作汇报。", "会议还研究了其他事项。", "王某某 李 某"]
NEXT = ["某某主持召开县政府第49次常务会议", "8月24日，县长某某主持召开县政府第49次常务会议。副县长某某参加会议。",
        "会议听取了县教育局关于学校建设方案的汇报。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_meeting_record_opens_under_the_writers_names_the_story_above_ends_on(columns):
    """A portal's story closes on its writers' names alone on a line, parted
    by spaces (a two-character name spaced out to the three-character ones'
    width, '李 某'): the story ends there as it ends on a full stop, so the
    title of a 纪要 under it opens the next record, not a line of the
    story's."""
    docs = _documents(CREDITED + NEXT, columns)
    assert [d.title for d in docs] == [CREDITED[0], NEXT[0]]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_tells_of_the_meeting_it_held_stays_the_records(columns):
    """Control: a sentence of the record that names a meeting held ('…决定由县长
    某某主持召开县政府第50次常务会议，研究…。') is no headline, wherever the
    wrap cuts it: the record goes on."""
    docs = _documents(CREDITED[:-1] + ["会议决定，下周一由县长某某主持召开县政府第50次常务会议，研究部署防汛工作。",
                                       "各部门要按照分工抓好落实。"], columns)
    assert [d.title for d in docs] == [CREDITED[0]]


def _blank_documents(paragraphs: list[str], columns: int):
    """The paragraphs hard-wrapped at ``columns``, a blank line between two (a printed issue's layout)."""
    text = "\n\n".join("\n".join(laid_out([p], columns)) for p in paragraphs)
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents


OPENED = ["县政府第66次常务会议", "2021年11月29日,代县长某某主持召开政府常务会议。县政府常务会议组成人员出席会议。",
          "会议听取了有关工作情况的汇报。会议还研究讨论了其他事项。", "县直有关部门负责同志列席会议。"]


def test_the_governments_meeting_the_wrap_carried_on_is_no_dated_bylines_author():
    """A record opens on the day and who held which meeting ('2021年11月29日,
    代县长某某主持召开政府常务会议。'): a wrap that cuts it after '政府' leaves a
    line that reads as the date and author a compilation prints under a
    title ('1991年9月19日,国家工商行政管理局'), but the government's meeting
    (常务会议, 全体会议, 办公会议) goes on under it, one phrase with the
    organ: the sentence is the body's, no signer, no 成文日期."""
    doc, = _blank_documents(OPENED, 19)
    assert doc.issuers == [] and doc.date is None


def test_a_dated_byline_over_the_body_stays_one():
    """Control: the date and the organ alone on the line under the title, a
    sentence of the body under them, stay the byline."""
    doc, = _blank_documents(["关于加强市场管理的通知", "1991年9月19日,国家工商行政管理局",
                             "各省、自治区、直辖市工商行政管理局：", "为加强市场管理，现就有关问题通知如下：请各地认真执行。"], 20)
    assert doc.date == "1991-09-19"


# ---------------------------------------------------------------- a headline the measure fills, over its dated lede

MEETING = "某某县第十八届人民政府召开第十七次常务会议"
LEDE = ["11月30日，某某县第十八届人民政府第十七次常务会议在县政府一楼会议室召开。", "县长某某主持会议。",
        "会议审议了《某某县村庄规划编制方案》。"]
WISHES = "中共某某市委、某某市人民政府祝贺建校七十周年"
LETTER = ["10月10日，中共某某市委、某某市人民政府向我校发来校庆贺信。", "贺信全文如下：", "某某大学：",
          "欣逢贵校七十周年华诞，谨致以热烈的祝贺！"]


@pytest.mark.parametrize("above, title, below", [(CREDITED[:-1], MEETING, LEDE), (NOTICE, WISHES, LETTER),
                                                 (NOTICE, MEETING, LEDE)])
def test_a_headline_as_long_as_the_measure_over_its_dated_lede_opens_a_record(above, title, below):
    """A news report opens on the day it tells of and a comma ('11月30日，…',
    its lede): no title's words go on into a day and a comma. So a headline
    exactly as long as the measure, which the wrap grammar reads as a line
    that goes on, ends on its line over such a lede, under a sentence that
    stops or a close (a signature and its date), whether it ends on a word
    the grammar knows as a kind (会议) or on none (校庆)."""
    docs = _documents(above + [title] + below, len(title))
    assert [d.title for d in docs] == [above[0], title]


def test_a_line_the_measure_fills_over_a_day_with_no_comma_stays_a_sentence():
    """Control: a line of the body the measure fills that ends on '会议' over
    a day the sentence goes on with ('…常务会议' / '11月30日前报…', no comma
    after the day) is no headline: the notice goes on."""
    line = "请各乡镇将拟提交县政府常务会议"
    docs = _documents(["某某县人民政府办公室关于报送常务会议议题的通知", "各乡镇人民政府：", "现将有关事项通知如下。", line,
                       "11月30日前报县政府办公室。"], len(line))
    assert [d.title for d in docs] == ["某某县人民政府办公室关于报送常务会议议题的通知"]
