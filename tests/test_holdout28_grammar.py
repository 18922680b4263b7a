"""The document grammar on layouts of the twenty-eighth held-out set's kind
(issue #11): the long-form genres a gazette prints besides 公文 as portals
reprint them: a report whose heading runs its title, the occasion after a
dash and the speaker into one line, and the chair's 主持词 at a meeting. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a report's heading run into one line

DASH_REPORT = ["政府工作报告—2021年7月29日在某某县第八届人民代表大会第一次会议上县人民政府代理县长 张某某",
               "各位代表:",
               "现在,我代表县人民政府向大会报告工作,请予审议。",
               "一、过去五年工作回顾",
               "过去五年,全县经济社会平稳发展。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_report_heading_with_its_occasion_after_a_dash_is_title_occasion_and_speaker(columns):
    """A report's title, the occasion after a dash ('—2021年7月29日在…会议上')
    and the speaker's post and name, run into one line as a portal heads the
    page, are what a gazette prints on three lines: the title is the report's,
    the occasion its date, the speaker its byline (as the bracketed occasion
    already was: '政府工作报告 (2019年1月21日在…会议上) 市长 某某')."""
    docs = _documents(NOTICE + DASH_REPORT, columns)
    assert [d.title for d in docs] == [NOTICE[0], "政府工作报告"]
    report = docs[1]
    assert report.date == "2021-07-29" and report.issuers == []
    assert [p.label for part in report.parts for p in part.blocks if isinstance(p, Provision)] == ["一、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_with_a_dash_and_no_occasion_stays_one_title(columns):
    """Only a dash followed by where the text was delivered ('在…上') is an
    occasion: a title with a span after a dash ('…规划—2021至2025年') stays
    whole."""
    plan = ["某某县国土空间规划—2021至2025年", "某某县人民政府", "2021年5月6日"]
    docs = _documents(NOTICE + plan, columns)
    assert [d.title for d in docs][:1] == [NOTICE[0]]
    assert all(d.title != "某某县国土空间规划" for d in docs)


# ---------------------------------------------------------------- the chair's 主持词

CHAIR = ["县长张某在某某县脱贫攻坚动员大会上的主持词",
         "刚才,县委书记李某同志作了重要讲话。下面,我再强调几点意见。",
         "一是认识要再提高。各级各部门要把思想统一到县委的部署上来。",
         "二是重点要再突出。要集中力量抓好产业扶贫。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_chairs_words_at_a_meeting_are_a_speech(columns):
    """A 主持词 is what the chair says at a meeting: a speech (its title names
    the speaker and the meeting, '…在…大会上的主持词'), titled as a 讲话 is,
    with no organ as its issuer and its points (一是, 二是) read as a
    speaker's."""
    docs = _documents(NOTICE + CHAIR, columns)
    assert [d.title for d in docs] == [NOTICE[0], CHAIR[0]]
    speech = docs[1]
    assert speech.issuers == [] and speech.date is None
    assert [p.label for part in speech.parts for p in part.blocks if isinstance(p, Provision)] == ["一是", "二是"]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_speaker_wrapped_at_the_space_before_the_name_is_still_the_byline(columns):
    """Lines come stripped: a wrap at the space between the speaker's post
    and name loses it, and the speaker is then the run after the occasion's
    '上' that names no meeting."""
    heading = ["政府工作报告—2021年7月29日在某某县第八届人民代表大会第一次会议上县人民政府代理县长", "张某某"]
    docs = _documents(NOTICE + heading + DASH_REPORT[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], "政府工作报告"]
    assert docs[1].date == "2021-07-29"


@pytest.mark.parametrize("heading, occasion, speaker", [
    ("讲话—在全市上半年经济运行分析会上市长 张三", "—在全市上半年经济运行分析会上", "市长 张三"),
    ("讲话—在全市经济工作会议上上海市市长 张三", "—在全市经济工作会议上", "上海市市长 张三")])
def test_the_occasion_ends_where_the_meeting_was_held(heading, occasion, speaker):
    """The occasion ends at the '上' of the meeting ('…会上', '…会议上'), not
    at an earlier '上' inside it ('上半年'), nor does the speaker's post lose
    a place that begins with 上 ('上海市')."""
    doc = _documents([heading, "同志们:", "今天召开会议。"], None)[0]
    assert doc.title == "讲话"
    assert [b.text for b in doc.parts[0].blocks[:2]] == [occasion, speaker]


# ---------------------------------------------------------------- a 决议's session over its title

RESOLUTION = ["某某市第十七届人民代表大会第三次会议",
              "关于政府工作报告的决议",
              "(2009年2月8日某某市第十七届人民代表大会第三次会议通过)",
              "某某市第十七届人民代表大会第三次会议听取和审议了市长所作的政府工作报告,决定批准这个报告。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_session_on_its_own_line_over_about_is_the_resolutions_author(columns):
    """党政机关公文处理工作条例 第八条: a 决议 is what a meeting adopts, titled by
    the session that adopted it; the session's name on a line of its own over
    '关于…的决议' (a line the measure filled) is the title's first line, as an
    organ's name over 关于 is."""
    docs = _documents(NOTICE + RESOLUTION, columns)
    assert [d.title for d in docs] == [NOTICE[0], RESOLUTION[0] + RESOLUTION[1]]
    assert docs[1].issuers == [RESOLUTION[0]] and docs[1].date == "2009-02-08"


# ---------------------------------------------------------------- a session's 版头 as a 目录 section

SESSION_MARK = "某某市第十七届人民代表大会第三次会议文件"
RESOLUTION_TITLE = RESOLUTION[0] + RESOLUTION[1]


def _issue(body: list[str]):
    head = ["某某市人民政府公报", "2021年第1期", "2021年7月29日", "目录", "市政府文件", NOTICE[0] + "……1",
            SESSION_MARK, RESOLUTION_TITLE + "……2"]
    return convert("\n".join(head + NOTICE + body).encode("utf-8"), "x/x.txt", "x").documents


def test_a_sessions_mark_heading_its_contents_section_is_the_running_header_after_a_page_break():
    """A congress's session issues its 决议 under a 版头 of its own ('某某市
    第十七届人民代表大会第三次会议文件', GB/T 9704 7.2.2: the issuer's name and
    文件), which a 目录 groups them under and a page prints as its running
    header: set between the title and its 题注 by a page break, it is page
    furniture, and the 题注 under it dates the 决议."""
    for columns in (None, 20):
        docs = _issue([RESOLUTION_TITLE, "- 2 -", SESSION_MARK] + laid_out(RESOLUTION[2:], columns))
        assert [d.title for d in docs] == [NOTICE[0], RESOLUTION_TITLE]
        assert docs[1].date == "2009-02-08" and docs[1].issuers == [RESOLUTION[0]]
        assert not any(SESSION_MARK in block.text for block in docs[1].parts[0].blocks)


def test_a_sessions_mark_over_its_title_is_its_masthead():
    """Control: the same 版头 printed over the title within the page stays
    the document's 版头, and the 决议 under it is read as before."""
    docs = _issue([SESSION_MARK, RESOLUTION_TITLE] + RESOLUTION[2:])
    assert [d.title for d in docs] == [NOTICE[0], RESOLUTION_TITLE]
    assert docs[1].date == "2009-02-08" and docs[1].issuers == [RESOLUTION[0]]
