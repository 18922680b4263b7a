"""The document grammar on layouts of the two-hundred-and-twenty-first held-out
set's kind (issue #11): chronicles (政务大事记, a yearbook's month of its city's
chronicle) and the records of a government's 常务会议 as city, county and
district portals and news sites publish them. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _entries(doc):
    return [(b.label, b.date) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A yearbook's chronicle heads each month's page with the column's name and the month on one line, and runs every
# entry's day straight into its text.
NAMED_MONTH = ["大事记", "大事记1月", "1日~3日2019年元旦小长假，某某火车站共发送旅客3万人。",
               "17日某某市召开领导干部大会，宣布省委决定。", "30日市长某某带领市直有关部门负责人到某某公司现场办公。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_month_heading_after_the_chronicles_name_heads_its_entries(columns):
    """A chronicle's month printed as a heading ('1月' over '1日…') heads the
    day entries under it; a yearbook prints the column's name before it on the
    same line ('大事记1月'), its running head. The line is the month's heading
    all the same: whole (no date the wrap cut before its day, '…于1月' / '1日'),
    and the entries under it are anchored in its month."""
    docs = _documents(NAMED_MONTH, columns)
    assert [d.title for d in docs] == ["大事记"]
    assert _entries(docs[0]) == [("1日~3日", "--01-01"), ("17日", "--01-17"), ("30日", "--01-30")]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_date_cut_after_its_month_still_goes_on(columns):
    """Control: a sentence that ends its line on a month ('…自2019年1月' /
    '1日起施行。') goes on with the day under it; only the chronicle's name and
    the month alone on a line make a heading. (At 18 columns the wrap sets
    '2019年1月' alone on its line, a year and month alone, which is whole as
    before.)"""
    text = ["某某市人民政府关于某某事项的通知", "各县（市、区）人民政府：",
            "本通知的各项规定经市政府研究同意，自2019年1月", "1日起施行。", "某某市人民政府", "2018年12月20日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    body = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "text")]
    assert any("自2019年1月1日起施行。" in t for t in body)


# A district's news site titles its record of the 常务会议 by the meeting's count, short of its 议, and the chair's
# name with 主持 after it.
CHAIRED = ["区政府第120次常务会召开某某主持",
           "本网讯 (记者 某某某)12月16日上午，区长某某主持召开区政府第120次常务会，听取安全生产工作情况的汇报。",
           "某某指出，各级各相关部门要认真盘点全区经济形势。", "会议还审议了其他议题。"]
RECORD = ["某某县政府召开2019年第1次常务会议",
          "1月6日下午，常务副县长某某主持召开县政府2019年第1次常务会议。", "会议还研究了其他事项。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_meetings_record_titled_with_its_chair_after_it_is_a_document_of_its_own(columns):
    """党政机关公文处理工作条例 第八条: a 纪要 records a meeting's 主要情况 and
    议定事项; a portal titles its record of the government's 常务会议 by the
    meeting's count, perhaps short of its 议 with the government named before
    the count ('区政府第120次常务会'), and, as the 工作规则 have the head call and
    chair it, the chair's name and 主持 after it ('…召开某某主持'). The title is
    a 纪要's, a document of its own under the record above."""
    docs = _documents(RECORD + CHAIRED, columns)
    assert [d.title for d in docs] == [RECORD[0], CHAIRED[0]]
    assert [d.kind for d in docs] == ["纪要", "纪要"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_ends_on_a_chair_opens_no_document(columns):
    """Control: a sentence of the record that names the meeting and its chair
    ('会议由某某主持。') ends on its stop, and a line that goes on after the
    chair ('…召开某某主持研究的事项') is no title: the record stays one document."""
    text = RECORD + ["第3次会议由某某主持。", "区政府第5次常务会议召开某某主持研究的事项已经落实。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [RECORD[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_cut_after_the_meetings_count_opens_no_document(columns):
    """Control: a 政府令's promulgation sentence the wrap cuts right after the
    meeting's count, short of its 议 ('…市人民政府第97次常务会' / '议审议通过，
    现予发布。'), names no chair: the line is no 纪要's title, and the 令's
    text goes on under it."""
    order = ["某某市人民政府关于某某事项的通告", "某某市人民政府", "某府令第 12 号",
             "《某某市人民政府关于某某事项的通告》已经2001年12月13日市人民政府第97次常务会",
             "议审议通过，现予发布，自2002年1月1日起施行。", "市 长", "二○○一年十二月三十日"]
    docs = _documents(order, columns)
    assert len(docs) == 1 and "常务会" not in docs[0].title
    body = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "text")]
    assert any("第97次常务会议审议通过" in t for t in body)


def _toc(texts: list[str]):
    from builder.model import Line
    from builder.stages.masthead import read_toc
    entries, _ = read_toc([Line(no=n, text=t) for n, t in enumerate(texts, start=1)])
    return [(e.title, e.page) for e in entries]


def test_a_short_item_before_dot_leaders_is_an_entry():
    """A 目录 sets dot leaders between an entry and its page, and no sentence
    prints them; it lists short items besides its documents (a chronicle's
    month, '人事任免'). Before leaders such an item is an entry whatever it
    names, and the entries under it are read too: the 目录 does not end on it."""
    texts = ["目　　录", "6月……1", "人事任免……3", "某某市人民政府关于做好防汛工作的通知……4"]
    assert _toc(texts) == [("6月", 1), ("人事任免", 3), ("某某市人民政府关于做好防汛工作的通知", 4)]


@pytest.mark.parametrize("headings", [["1 总则……1", "1.1 编制目的……1", "2 组织体系……3"],
                                      ["1总则……1", "2组织体系……3"], ["一、总则……1", "二、组织体系……3"]])
def test_a_texts_own_sections_before_leaders_are_no_issue_entries_control(headings):
    """Control: a text's own 目录 lists its sections under their numbers
    ('1 总则……1', '一、总则……1'): short before the leaders too, but a
    section's heading, not an item of an issue, so no issue entry is read."""
    assert _toc(["目　　录"] + headings) == []


def test_a_short_line_before_a_bare_figure_is_no_entry_control():
    """Control: without leaders, a short line that names no kind of text
    before a figure ('6月 1') is no entry, as before: the 目录 ends above it."""
    texts = ["目　　录", "某某市人民政府关于做好防汛工作的通知……1", "6月 1"]
    assert _toc(texts) == [("某某市人民政府关于做好防汛工作的通知", 1)]


# An issue whose 目录 lists a yearbook's month page by the month alone, then a notice; the month's first entry is a
# span across two months, the entries under it print their days alone.
MONTH_ISSUE = ["某某市人民政府公报", "2016年第6期", "目　　录", "6月……1", "某某市人民政府关于做好防汛工作的通知……2",
               "6月", "5月30日~6月5日 全市招商引资和项目建设检查考核会议召开。",
               "6~8日 省委调研检查组到本市调研，听取有关情况汇报。", "8日 本市举行战略合作签约仪式。",
               "某某市人民政府关于做好防汛工作的通知", "各县（市、区）人民政府：", "现将有关事项通知如下，请认真贯彻执行。",
               "某某市人民政府", "2016年6月20日"]


def test_a_month_page_the_contents_lists_is_a_chronicle_of_its_month():
    """The 目录 is the strong cross-check: the month it lists ('6月……1') starts
    a document at the first line that reads as it alone, though a title so
    short is read nowhere else. A document titled by a month alone is a
    chronicle's page of that month (no notice is titled so): its entries are
    anchored in it, and a span across two months ('5月30日~6月5日') leaves its
    last month in force for the days under it ('6~8日' is June's)."""
    from builder.convert import convert_text
    docs = convert_text("\n".join(MONTH_ISSUE) + "\n", "issue.txt", "issue").documents
    assert [d.title for d in docs] == ["6月", "某某市人民政府关于做好防汛工作的通知"]
    assert _entries(docs[0]) == [("5月30日~6月5日", "--05-30"), ("6~8日", "--06-06"), ("8日", "--06-08")]
    assert docs[1].date == "2016-06-20"


def test_a_month_heading_inside_a_notice_makes_no_chronicle_control():
    """Control: a notice whose body prints a month alone as a line over dated
    sentences is titled as a notice, not by the month: no chronicle, no entries."""
    notice = ["某某市人民政府关于做好防汛工作的通知", "各县（市、区）人民政府：", "6月",
              "8日前，各地完成汛前检查。", "某某市人民政府", "2016年6月2日"]
    doc, = _documents(notice, None)
    assert _entries(doc) == []
