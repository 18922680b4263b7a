"""The document grammar on layouts of the thirty-ninth held-out set's kind
(issue #11): the everyday notices, 通告 and 公告 of county and district
governments and their offices, as their portals and the pages copying them
print them: dates and titles damaged where the page lost a character or a
bracket. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

# ---------------------------------------------------------------- a 成文日期 that lost its closing 日

ISSUED = ["某某县人民政府办公室关于印发《某某县森林火灾应急预案》的通知", "各乡(镇)人民政府,县级各部门:",
          "《某某县森林火灾应急预案》已经县人民政府同意,现印发你们,请认真贯彻执行。", "某某县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_under_the_signature_that_lost_its_day_mark_is_the_date(columns):
    """GB/T 9704 7.3.5: the 成文日期 under the signature; a page that lost the
    date's last character ('2018年3月13', its 日) still prints the date there,
    and it reads one way only."""
    docs = _documents(ISSUED + ["2018年3月13", "某某县森林火灾应急预案", "一、总则", "为做好森林火灾防范工作,制定本预案。"],
                      columns)
    assert [d.title for d in docs] == [ISSUED[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府办公室"], "2018-03-13")


def test_the_report_says_the_date_lost_its_day_mark():
    """The report names what the page lost, so that an editor checks the
    print: the 日 alone, not the 年月日 a date of bare figures lost."""
    gazette = _convert(ISSUED + ["2018年3月13"], None)
    assert [d.message for d in gazette.diagnostics if d.code == "date-damaged"] == [
        "成文日期“2018年3月13”缺少日，按2018-03-13读取，请对照原件核对"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_year_and_month_alone_in_the_body_are_no_date(columns):
    """A figure that opens with a year and month in the body ('2018年3月13'
    under a sentence, no signature over it) is no 成文日期."""
    text = ["某某县人民政府关于做好防汛工作的通知", "各乡(镇)人民政府:", "现将今年汛期起始时间通知如下:",
            "2018年3月13", "请各乡镇做好准备。"]
    docs = _documents(text, columns)
    assert docs[0].date is None


# ---------------------------------------------------------------- a title's years whose opening bracket the page lost

PASSED_ON = ["关于印发《某某区草原生态保护补助奖励政策实施方案(2023年)》的通知", "某某区各相关单位、各乡镇人民政府:",
             "为全面落实我区草原生态保护补助奖励机制,制定了《某某区草原生态保护补助奖励政策实施方案(2023年)》,"
             "经区人民政府审批同意,现印发你们,请认真贯彻执行。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_keeps_its_years_whose_opening_bracket_the_page_lost(columns):
    """GB/T 9704 7.3.1: a title's years in brackets may stand on a line of
    their own under it ('（2023年）'); a page that lost the opening bracket
    ('2023年)') still prints them there, the title's, no line of the text."""
    docs = _documents(PASSED_ON + ["某某区草原生态保护补助奖励政策实施方案", "2023年)", "一、重要意义与实施原则",
                                   "(一)重要意义"], columns)
    assert [p.title for p in docs[0].parts[1:]] == ["某某区草原生态保护补助奖励政策实施方案2023年)"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_label_under_a_title_stays_a_label(columns):
    """Numbering grammar: a figure and a closing bracket ('1)') under the
    text's title opens its first item, no years of the title."""
    docs = _documents(PASSED_ON + ["某某区草原生态保护补助奖励政策实施方案(2023年)", "1)重要意义",
                                   "草原在生态文明建设中具有重要战略地位。"], columns)
    assert [p.title for p in docs[0].parts[1:]] == ["某某区草原生态保护补助奖励政策实施方案(2023年)"]


# ---------------------------------------------------------------- a title naming its issuer by its place alone

@pytest.mark.parametrize("columns", [None, 26])
def test_an_unsigned_title_naming_its_place_before_about_names_its_issuer(columns):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 事由 + 文种, the organ perhaps by a
    short name; a 旗 or 县 that titles its unsigned 通告 '某某旗关于…的通告'
    is its author."""
    text = ["某某旗关于2024年进入春季森林草原防火期的通告", "为有效预防和控制森林草原火灾,现将有关事宜通告如下:",
            "一、2024年3月15日至2024年6月15日为全旗森林草原春季防火期。", "二、任何单位和个人都要自觉接受森林草原防火检查。"]
    docs = _documents(text, columns)
    assert (docs[0].title, docs[0].issuers) == (text[0], ["某某旗"])


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_title_naming_its_place_keeps_its_signer(columns):
    """The signature names the organ in full (GB/T 9704 7.3.5): the place
    the title names adds no second issuer."""
    text = ["某某县关于做好防汛工作的通知", "各乡(镇)人民政府:", "现就做好今年防汛工作通知如下。",
            "某某县人民政府", "2024年5月6日"]
    docs = _documents(text, columns)
    assert docs[0].issuers == ["某某县人民政府"]
