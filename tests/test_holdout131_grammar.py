"""The document grammar on layouts of the hundred-and-thirty-first held-out
set's kind (issue #11): chronicles (大事记) of county and district places as
their 方志, 史志 and Party history sites store them. Each case is invented
text laid out as extractors give it (one line a paragraph) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

pytestmark = pytest.mark.unit

CHRONICLE = ["某某区2019年6月大事记",
             "1日 区长张某主持召开区政府常务会议，研究部署防汛工作。",
             "2日 副区长李某调研全区重点项目建设。"]


# ---------------------------------------------------------------- 大事要览: a chronicle's name

def test_a_month_s_major_events_at_a_glance_is_a_chronicle():
    """A local chronicle may name its month's entries 大事要览 ('major events
    at a glance') instead of 大事记: a chronicle all the same, its title a
    title and its entries, each day alone on its line over its event,
    anchored by their dates."""
    text = ["2021年3月大事要览",
            "2日",
            "某某区召开全区安全生产工作会议。",
            "5日—6日",
            "某某区第三届人民代表大会第二次会议举行。"]
    docs = _documents(text, None)
    assert [d.title for d in docs] == ["2021年3月大事要览"]
    assert [p.date for p in docs[0].provisions] == ["2021-03-02", "2021-03-05"]
    together = _convert(CHRONICLE + text, None).documents
    assert [d.title for d in together] == [CHRONICLE[0], "2021年3月大事要览"]


def test_a_glance_that_is_no_chronicle_stays_text():
    """Control: 要览 alone (a 统计要览, a guide) is no chronicle's name."""
    docs = _documents(["某某县2020年统计要览", "全县地区生产总值增长5%。"], None)
    assert not any(p.kind == "date" for d in docs for p in d.provisions)


# ---------------------------------------------------------------- the 文种 alone under the title that ends in it

@pytest.mark.parametrize("heading", ["大  事  记", "大事记", "大　事　记"])
def test_the_kind_alone_under_a_title_ending_in_it_is_the_text_s_own_heading(heading):
    """GB/T 9704 7.3.1: a 标题 names its 文种 once, at its end. A site's
    headline ('2018大事记') over the text's own heading, the 文种 alone and
    spaced out, keeps the headline as the title: the word again is a heading
    of the text, no line of the title and no title of its own."""
    text = ["某某县2018年大事记", heading, "3月",
            "3月2日  县委召开全县经济工作会议。",
            "3月9日  县人民政府召开春季植树造林动员会。"]
    docs = _documents(text, None)
    assert [d.title for d in docs] == ["某某县2018年大事记"]
    assert [p.date for p in docs[0].provisions] == ["2018-03-02", "2018-03-09"]


def test_a_title_wrapped_before_its_kind_word_keeps_it():
    """Control: a title wrapped so that its 文种 alone is its last line ('…的' /
    '通知') is one title, the word its end."""
    docs = _documents(["某某县人民政府关于做好春季植树造林工作的", "通知",
                       "各乡镇人民政府：", "现将有关事项通知如下。"], None)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知"]


# ---------------------------------------------------------------- a month's heading is a paragraph of its own

def test_a_month_heading_opens_a_paragraph_of_its_own():
    """A chronicle's month heading ('2月') alone on its line is a heading, not
    the start of the line under it, though that line opens with no date."""
    text = ["某某区2017年大事记", "区人民政府办公室编", "2月",
            "2月3日  区长主持召开区政府常务会议。"]
    docs = _documents(text, None)
    kinds = [(b.role, b.text) for b in docs[0].parts[0].blocks if getattr(b, "role", None) == "heading"]
    assert kinds == [("heading", "2月")]
    assert [p.date for p in docs[0].provisions] == ["2017-02-03"]


# ---------------------------------------------------------------- the year printed bare before the chronicle's name

@pytest.mark.parametrize("title, first", [("2016大事记", "2016-05-04"), ("2016年大事记", "2016-05-04"),
                                          ("某某县政务大事记", "--05-04")])
def test_a_bare_year_before_the_chronicle_s_name_dates_its_entries(title, first):
    """A 方志 office may title its year's chronicle with the bare figure
    ('2016大事记'): the year the entries' months and days fall in, as
    '2016年大事记' gives it; a title with no year leaves them without one."""
    docs = _documents([title, "5月4日  县人民政府召开全县安全生产工作会议。"], None)
    assert [p.date for p in docs[0].provisions] == [first]


def test_a_figure_that_is_no_year_before_the_name_dates_nothing():
    """Control: a figure that is no year ('第3期大事记') gives the entries none."""
    docs = _documents(["某某区工作简报第3期大事记", "5月4日  区人民政府召开全区安全生产工作会议。"], None)
    assert [p.date for p in docs[0].provisions] == ["--05-04"]


# ---------------------------------------------------------------- an event of the month, a span of days without 日

def test_the_month_alone_over_an_event_is_an_event_of_the_month():
    """An event known only by its month is printed under the month in force
    alone ('6月' over it, after the month's dated entries): anchored by the
    month, as 同月 is; the entry above keeps its own text."""
    text = ["某某县2015年6月大事记", "12日", "县人民政府召开全县防汛工作会议。",
            "6月", "县第一中学新校区教学楼竣工。"]
    docs = _documents(text, None)
    assert [p.date for p in docs[0].provisions] == ["2015-06-12", "2015-06"]
    assert docs[0].provisions[0].text.endswith("防汛工作会议。")


# A month's chronicle one paragraph a line, its events long enough to tell the file is no wrapped page.
JUNE = ["某某县2015年6月大事记",
        "3日", "县人民政府召开全县安全生产工作会议，部署夏季安全生产大检查工作，各乡镇和县直有关部门负责人参加会议。",
        "9日", "县人民政府与某某集团签订新能源产业园项目合作协议，项目计划总投资约二十亿元，分两期建设。",
        "12日", "县人民政府召开全县防汛工作会议，安排部署主汛期防汛抗旱工作，要求各地压实责任、加强值守。",
        "18日", "县委、县人民政府召开全县优化营商环境工作推进会，通报一季度营商环境评价结果并部署下步工作。",
        "25日", "县人民政府组织开展汛期地质灾害隐患点巡查，对全县三十二处隐患点逐一落实监测责任人和防范措施。"]


def test_the_month_alone_on_its_line_over_an_event_in_a_file_one_paragraph_a_line():
    """The month in force alone on its line over its event, in a file one
    paragraph a line where a short line ends its paragraph (measure.wraps):
    the month dates the paragraph under it, an event of the month."""
    docs = _documents(JUNE + ["6月", "县第一中学新校区教学楼竣工，新增学位一千二百个。"], None)
    assert [p.date for p in docs[0].provisions][-2:] == ["2015-06-25", "2015-06"]
    assert docs[0].provisions[-1].text == "县第一中学新校区教学楼竣工，新增学位一千二百个。"


def test_the_month_alone_over_the_month_s_days_heads_them():
    """Control: the month alone over entries of its days heads them, an
    event of none."""
    docs = _documents(["某某县2015年6月大事记", "6月"] + JUNE[1:], None)
    assert [p.date for p in docs[0].provisions] == ["2015-06-03", "2015-06-09", "2015-06-12", "2015-06-18",
                                                    "2015-06-25"]


@pytest.mark.parametrize("line", ["6月份以来，全县降雨偏多。", "7月，全县开展安全生产大检查。"])
def test_a_sentence_opening_on_a_month_is_no_event_of_the_month_alone(line):
    """Control: a sentence that opens on the month ('6月份以来'), or on a month
    not in force ('7月' in June's chronicle), is no event of the month."""
    docs = _documents(["某某县2015年6月大事记", "12日  县人民政府召开全县防汛工作会议。", line], None)
    assert [p.date for p in docs[0].provisions] == ["2015-06-12"]


def test_a_span_of_days_printed_without_its_day_word_opens_an_entry():
    """A span of days over its event, printed without 日 ('3—6'): an entry
    anchored by its first day, as '3—6日' is."""
    text = ["某某县2015年6月大事记", "3—6", "县第十届人民代表大会第四次会议召开。",
            "12日", "县人民政府召开全县防汛工作会议。"]
    docs = _documents(text, None)
    assert [p.date for p in docs[0].provisions] == ["2015-06-03", "2015-06-12"]


@pytest.mark.parametrize("line", ["3—6个乡镇开展试点。", "3—6月全县降雨偏多。"])
def test_a_range_of_a_count_or_of_months_is_no_span_of_days(line):
    """Control: a range of a count or of months ('3—6个', '3—6月') opens no entry."""
    docs = _documents(["某某县2015年6月大事记", "12日  县人民政府召开全县防汛工作会议。", line], None)
    assert [p.date for p in docs[0].provisions] == ["2015-06-12"]
