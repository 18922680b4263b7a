"""The document grammar on layouts of the hundred-and-second held-out set's
kind (issue #11): the audit and budget reports a county's or a district's
government and its departments make to the people's congress and its
standing committee (审计工作报告, 预算执行情况的报告, 决算草案的报告), printed
as a speech is: the occasion under the title, then the speaker's post and
name or the organ that reports, then the 称谓 or the 主送. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

BODY = ["受区人民政府的委托，现向区人大常委会报告本区2023年上半年预算执行情况，请予审议。",
        "一、一般公共预算执行情况", "上半年，全区一般公共预算收入完成12.5亿元，完成年初预算的56.2%。"]


# ---------------------------------------------------------------- the organ that reports, under the occasion

@pytest.mark.parametrize("columns", WIDTHS)
def test_the_organ_alone_under_a_reports_occasion_is_its_author_and_the_line_under_it_its_addressee(columns):
    """A report a district's government sends to the standing committee is
    printed as a speech is, the occasion under its title, but over it stands
    the organ that reports (GB/T 9704 7.3.5.2: an unsigned text is published
    under its organ's name), not a speaker's post and name; the organ it is
    sent to stands under that, closed by its colon (7.3.2, the 主送)."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "——2023年7月28日在某某区第五届人民代表大会常务委员会第十次会议上",
                                "某某市某某区人民政府", "区人大常委会："] + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].addressees, docs[1].date) == (["某某市某某区人民政府"], "区人大常委会", "2023-07-28")


def test_an_organ_over_a_post_and_a_name_is_the_speakers_post_no_author():
    """A speech's occasion, post and name stored on one line and wrapped after the post's organ
    ('…会议上) 杭州市人民政府' / '市长 徐立毅', holdout10 printed by seeds 6 and 12): the organ heads the
    reader's post, and a 政府工作报告 is delivered by its reader, signed by no organ."""
    lines = ["政府工作报告 (2019年1月21日在某某市第十三", "届人民代表大会第四次会议上) 某某市人民政府", "市长 张三",
             "各位代表:", "现在,我代表市人民政府向大会报告工作,请予审议。", "一、2018年工作回顾",
             "2018年是全面贯彻党的十九大精神的开局之年。"]
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert (doc.title, doc.issuers, doc.date) == ("政府工作报告", [], "2019-01-21")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_department_named_short_under_the_occasion_is_the_reports_author(columns):
    """The organ printed short, as the county's page prints it ('县财政局'),
    over the 称谓 of a report delivered to the congress: its author; the
    称谓 ('各位代表：') addresses the deputies, no 主送."""
    title = "某某县2022年财政预算执行情况和2023年财政预算草案报告"
    docs = _documents(NOTICE + [title, "——2023年1月10日在县十九届人民代表大会第三次会议上", "县财政局", "各位代表：",
                                "受县人民政府委托，向大会报告某某县2022年财政预算执行情况和2023年财政预算草案，请予审议。",
                                "一、2022年预算执行情况", "全县一般公共预算收入完成7.4亿元，比上年增长5.2%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].addressees, docs[1].date) == (["县财政局"], None, "2023-01-10")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_speakers_post_and_name_under_the_occasion_sign_nothing(columns):
    """Control: the post and name of who reads the report ('某某区财政局局长
    王某某') are no signature and no organ's name alone, and the 称谓 under
    them addresses the committee's members: no issuer, no 主送."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "——2023年7月28日在某某区第五届人民代表大会常务委员会第十次会议上",
                                "某某区财政局局长 王某某", "主任、各位副主任、各位委员："] + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].addressees, docs[1].date) == ([], None, "2023-07-28")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_committee_addressed_under_a_speakers_name_is_still_no_addressee(columns):
    """Control: under a speaker's post and name a line that names the
    committee over its colon is the 称谓 a speech opens with, as before: the
    organ-alone byline alone lets the 主送 stand under it."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "——2023年7月28日在某某区第五届人民代表大会常务委员会第十次会议上",
                                "某某区财政局局长 王某某", "区人大常委会："] + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].addressees) == ([], None)


# ---------------------------------------------------------------- the day and the sitting, with no dash or 在…上

FINAL_ACCOUNTS = "关于某某县2023年财政决算草案的报告"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("speaker", ["县财政局党组书记、局长 李某某", "县财政局局长 李某某", "某某县财政局党组书记、局长 李某某"])
def test_the_day_and_sitting_under_a_reports_title_date_it(speaker, columns):
    """The occasion a county's page prints under a report's title with
    neither dash, brackets nor 在…上 ('2024年8月27日县十八届人大常委会第二十次
    会议'): the day and the sitting alone, over the speaker's post and name
    and the 称谓. It dates the report (the day it was delivered) and ends on
    its line, as the speaker's line ends on its own over the 称谓 though it
    nearly fills a narrow measure."""
    docs = _documents(NOTICE + [FINAL_ACCOUNTS, "2024年8月27日县十八届人大常委会第二十次会议", speaker,
                                "主任、各位副主任、各位委员：", "受县人民政府委托，现将2023年财政决算草案报告如下，请予审议。",
                                "一、2023年全县财政收支决算情况", "全县一般公共预算收入完成3.1亿元，完成预算的101.2%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], FINAL_ACCOUNTS]
    assert (docs[1].issuers, docs[1].addressees, docs[1].date) == ([], None, "2024-08-27")
    assert [p.label for p in docs[1].provisions] == ["一、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_that_opens_on_a_day_and_sitting_is_no_occasion(columns):
    """Control: a body's sentence that opens on the day and the sitting and
    goes on ('2024年8月27日，县十八届人大常委会第二十次会议审议了…') is the
    text: the report is dated by its signature, not by the sitting it tells of."""
    title = "关于某某县2023年审计查出问题整改情况的报告"
    docs = _documents(NOTICE + [title, "县人大常委会：",
                                "2024年8月27日县十八届人大常委会第二十次会议审议了县审计局所作的审计工作报告，现将整改情况报告如下：",
                                "一、整改工作的总体情况", "审计查出问题32项，已整改30项。", "某某县人民政府", "2024年12月20日"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].addressees, docs[1].date) == (["某某县人民政府"], "县人大常委会", "2024-12-20")


# ---------------------------------------------------------------- a heading closed by a full stop

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_under_a_heading_closed_by_a_stop_is_the_first_of_its_list(columns):
    """GB/T 9704 7.3.3 numbers the levels 一、，（一），1.，（1）; a report
    prints its headings alone on their lines, some closed by a full stop
    ('（一）一般公共预算执行情况。'): the '1.' under such a heading is its first
    point, though the excerpt ends before the second."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "区人大常委会：", "现将本区2023年上半年预算执行情况报告如下：",
                                "一、全口径财政预算执行情况", "（一）一般公共预算执行情况。", "1.组织财政收入执行情况。",
                                "上半年全区组织财政收入累计完成14.6亿元，增长1.3%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert [p.label for p in docs[1].provisions] == ["一、", "（一）", "1."]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_under_a_sentence_closed_by_a_stop_stays_a_sentence(columns):
    """Control: a （一） line that is a sentence (a comma in it, '（一）加强组织
    领导，明确责任分工。') is no heading alone: a '1.' under it with no '2.'
    anywhere is no list, as before."""
    title = "关于某某区2023年上半年预算执行情况的报告"
    docs = _documents(NOTICE + [title, "区人大常委会：", "现将本区2023年上半年预算执行情况报告如下：",
                                "一、主要措施", "（一）加强组织领导，明确责任分工。", "1.各部门要按月报送预算执行进度。",
                                "上半年全区组织财政收入累计完成14.6亿元，增长1.3%。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert [p.label for p in docs[1].provisions] == ["一、", "（一）"]


def test_a_body_line_cut_between_an_organ_and_its_sitting_is_no_dated_byline():
    """'2022年10月18日,某某区十八届人大常委会' over '第十一次会议审议了…' (holdout102's 番禺 公告 with its figures
    typed full-width, wrapped at 26 columns): the organ and its numbered sitting are one phrase of the body's
    first sentence, no date and author printed under the title."""
    lines = ["关于某某区2021年度区级预算执行审计查出问题整改情况的公告", "2022年10月18日,某某区十八届人大常委会",
             "第十一次会议审议了《某某区2021年度区级预算执行的审计工作报告》,并提出了审议意见。",
             "一、整改工作的部署推进情况", "区政府高度重视,部署相关单位积极落实整改。"]
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert doc.date is None
    assert doc.parts[0].blocks[0].text.startswith("2022年10月18日，某某区十八届人大常委会第十一次会议审议了")


def test_a_dated_byline_over_the_text_stays_one():
    lines = ["关于加强商标管理的通知", "1991年9月19日,国家工商行政管理局", "各省、自治区、直辖市工商行政管理局：",
             "为加强商标管理，现通知如下。", "一、严格审查。"]
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert (doc.date, doc.issuers) == ("1991-09-19", ["国家工商行政管理局"])
