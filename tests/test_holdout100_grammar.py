"""The document grammar on layouts of the hundredth held-out set's kind
(issue #11): drafts and requests that city organs and their departments
publish for comment (公开征求意见的通知/公告/函/通告, the draft's title printed
after, contact lines, a 主送 of departments named at length). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 主送 whose names hold a kind word

LETTER = "某某市规划和自然资源局关于《某某市公共厕所设计导则》公开征求意见的函"
PLANNING_ADDRESSEES = "各区县局、某某新区规划自然资源局、某某开发区规划自然资源主管部门，局属各单位，有关专家："


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", [LETTER, "某某市规划和自然资源局关于做好公共厕所建设工作的通知"])
def test_a_title_stops_before_a_main_addressee_whose_names_end_as_a_kind_word(title, columns):
    """GB/T 9704 7.3.1-7.3.2: the title, then the 主送 on a line of its own.
    A 主送 of planning bureaus ('…新区规划自然资源局、…') holds 规划, a kind
    word: read on from the title's 文种 it would make a longer title
    ('…的函各区县局、某某新区规划'). A title goes on past its 文种 by 的, 》
    or a bracket ('…的通报的通知'); a 主送 opens on 各: the title ends at the
    文种 the 主送 follows."""
    docs = _documents(NOTICE + [title, PLANNING_ADDRESSEES,
                                "为做好公共厕所建设工作，我局起草了有关导则，现按程序公开征求意见。逾期未反馈，视为无意见。",
                                "某某市规划和自然资源局", "2019年12月3日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees.replace("，", ",").startswith("各区县局、某某新区规划自然资源局")
    assert (docs[1].issuers, docs[1].date) == (["某某市规划和自然资源局"], "2019-12-03")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_forwarding_title_still_goes_on_past_its_inner_kind_word(columns):
    """Control: a 转发 title names the text it forwards, its own kind word
    inside ('…关于某某专项规划' / '的通知'): the title goes on by 的 to the
    notice's 文种, and the 主送 under it stays a 主送."""
    title = "某某市人民政府办公室关于转发市自然资源局某某片区专项规划的通知"
    docs = _documents(NOTICE + [title, "各区县人民政府，市政府各部门：",
                                "市自然资源局《某某片区专项规划》已经市政府同意，现转发给你们，请认真贯彻执行。",
                                "某某市人民政府办公室", "2020年5月6日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees.startswith("各区县人民政府")


# ---------------------------------------------------------------- a date that lost its 年月日

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("damaged, iso", [("2023107", "2023-10-07"), ("2021101", "2021-10-01")])
def test_a_damaged_date_is_read_with_its_month_and_day_padded_alike(damaged, iso, columns):
    """GB/T 9704 7.3.5 prints the 成文日期 under the signature, its month and
    day in figures padded to two or neither ('2023年10月7日'). A page that lost
    the 年, 月 and 日 leaves '2023107': 10 and 7, or 1 and 07, a day padded
    under a month that is not, which no date is: 10 and 7."""
    docs = _documents(NOTICE + ["关于某某设计指南(征求意见稿)公开征求意见结果反馈的报告",
                                "市住建局起草的某某设计指南(征求意见稿)在门户网站上公开征求意见，收到意见12条，采纳5条。",
                                "特此报告。", "某某市住房和城乡建设局", damaged], columns)
    assert [d.title for d in docs][-1] == "关于某某设计指南(征求意见稿)公开征求意见结果反馈的报告"
    assert (docs[-1].issuers, docs[-1].date) == (["某某市住房和城乡建设局"], iso)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_damaged_date_padded_alike_either_way_is_still_none(columns):
    """Control: '2024112' is 11 and 2 or 1 and 12, each padded alike (no
    figure 0 to tell them): no date is read."""
    docs = _documents(NOTICE + ["关于某某设计指南(征求意见稿)公开征求意见结果反馈的报告",
                                "市住建局起草的某某设计指南(征求意见稿)在门户网站上公开征求意见，收到意见12条，采纳5条。",
                                "特此报告。", "某某市住房和城乡建设局", "2024112"], columns)
    assert docs[-1].date is None


# ---------------------------------------------------------------- a 主送 under the number printed below the title

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_main_addressee_under_a_number_below_the_title_is_no_title(columns):
    """GB/T 9704 7.2.4 prints the 发文字号 over the title, and a line under
    the 发文字号 is read as a title whatever it says; a page that prints the
    number under the title in brackets puts the 主送 under it. A line opening
    on 各 whose names run to the 主送's colon is that 主送, though a name in
    it ends as a kind word does ('…某某新区规划' / '自然资源局…:')."""
    docs = _documents(NOTICE + [LETTER, "（某规资便函〔2019〕422号）", PLANNING_ADDRESSEES,
                                "为做好公共厕所建设工作，我局起草了有关导则，现按程序公开征求意见。逾期未反馈，视为无意见。",
                                "某某市规划和自然资源局", "2019年12月3日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], LETTER]
    assert docs[1].doc_number == "某规资便函〔2019〕422号"
    assert docs[1].addressees.startswith("各区县局、某某新区规划自然资源局")
    assert (docs[1].issuers, docs[1].date) == (["某某市规划和自然资源局"], "2019-12-03")



@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("under", ["（2019—422）", "（征求意见稿）"])
def test_a_main_addressee_under_a_bracketed_line_below_the_title_is_no_title(under, columns):
    """A line all in brackets under a whole title (a 便函's number with no 代字,
    '（2019—422）', or a note) closes the title; the line under it opening on
    各 is the 主送 (7.3.2), though a name in it ends as a kind word does
    ('…某某新区规划' / '自然资源局…'): read on as the title, it would part the
    主送 and open a document of its first names."""
    docs = _documents(NOTICE + [LETTER, under, PLANNING_ADDRESSEES,
                                "为做好公共厕所建设工作，我局起草了有关导则，现按程序公开征求意见。逾期未反馈，视为无意见。",
                                "某某市规划和自然资源局", "2019年12月3日"], columns)
    assert [d.title[:len(LETTER)] for d in docs] == [NOTICE[0], LETTER]
    assert docs[1].addressees.startswith("各区县局、某某新区规划自然资源局、某某开发区规划自然资源主管部门")
    assert (docs[1].issuers, docs[1].date) == (["某某市规划和自然资源局"], "2019-12-03")

@pytest.mark.parametrize("under", [[], ["（2019—422）"]])
def test_a_main_addressee_whose_first_line_ends_as_a_kind_word_opens_no_document(under):
    """A 主送 opening on 各 that the wrap cut right after a name's kind word
    ('各区县局、…、某某开发区规划' / '自然资源主管部门，…：', at 24 columns) is
    no title: no title opens on 各, and the lines read on to the 主送's colon."""
    docs = _documents(NOTICE + [LETTER] + under + [PLANNING_ADDRESSEES,
                                "为做好公共厕所建设工作，我局起草了有关导则，现按程序公开征求意见。逾期未反馈，视为无意见。",
                                "某某市规划和自然资源局", "2019年12月3日"], 24)
    assert [d.title[:len(LETTER)] for d in docs] == [NOTICE[0], LETTER]
    assert docs[1].addressees.startswith("各区县局、某某新区规划自然资源局、某某开发区规划自然资源主管部门")
    assert (docs[1].issuers, docs[1].date) == (["某某市规划和自然资源局"], "2019-12-03")


@pytest.mark.parametrize("columns", [None, 17])
def test_a_title_whose_line_opens_on_each_still_goes_on(columns):
    """Control: a title the wrap cut after an inner kind word, its next line
    opening on 各 ('…加强国土空间规划' / '各环节监管工作的通知', at 17 columns),
    names no organ there: it goes on to its 文种, the 主送 under it."""
    title = "某某县人民政府关于加强国土空间规划各环节监管工作的通知"
    docs = _documents(NOTICE + [title, "各乡镇人民政府，县直各单位：", "现就加强规划监管有关事项通知如下，请认真贯彻执行。",
                                "某某县人民政府", "2020年5月6日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees.startswith("各乡镇人民政府")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_under_its_number_is_still_read_whatever_it_says(columns):
    """Control: under the 版头's 发文字号 a title that names no organ and no
    关于 ('某某片区专项规划的批复' is hardly one; '各地…' opens none) is still
    read as the title, the 主送 under it a 主送."""
    title = "某某市人民政府对某某片区控制性详细规划的批复"
    docs = _documents(NOTICE + ["某政函〔2020〕15号", title, "市自然资源局：",
                                "你局报来的请示收悉。经研究，原则同意该片区控制性详细规划。",
                                "某某市人民政府", "2020年6月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某政函〔2020〕15号"
    assert docs[1].addressees == "市自然资源局"


# ---------------------------------------------------------------- a 主送 closing on those concerned

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_main_addressee_wrapped_before_its_last_class_goes_on_to_its_colon(columns):
    """GB/T 9704 7.3.2: the 主送 closes on its colon after its last name; a
    request for comment addresses its bureaus, then those concerned by what
    they are ('…，有关单位，有关专家：'), no organ's name. The line the wrap
    leaves with '有关专家：' alone is the list's end, not a 主送 of its own."""
    addressees = "各区县局、某某新区自然资源局、某某开发区规划主管部门，局属各单位，机关各处室，有关单位，有关专家："
    lines = NOTICE + ["某某市自然资源局关于某某设计导则公开征求意见的函", addressees,
                      "为做好公共厕所建设工作，我局起草了有关导则，现按程序公开征求意见。", "某某市自然资源局", "2019年12月3日"]
    for cut in ("有关单位，", "机关各处室，"):  # the page's own wrap before the last class, at any measure
        head, tail = addressees.split(cut)
        docs = _documents(lines[:6] + [head + cut, tail] + lines[7:], columns)
        assert [d.title for d in docs] == [NOTICE[0], lines[5]]
        assert docs[1].addressees.replace(",", "，").endswith("有关单位，有关专家")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_body_line_on_the_matters_concerned_under_a_main_addressee_is_the_body(columns):
    """Control: under a 主送 that ends on a comma ('…，市政府各部门，', its colon
    lost), a short line opening on 有关 that announces what follows ('有关事项
    通知如下：') is the body's first sentence, not one more class of the 主送."""
    title = "某某市人民政府关于做好防汛工作的通知"
    docs = _documents(NOTICE + [title, "各区县人民政府，市政府各部门，", "有关事项通知如下：",
                                "一、各区县要落实防汛责任。", "某某市人民政府", "2021年6月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert "有关事项" not in (docs[1].addressees or "")
