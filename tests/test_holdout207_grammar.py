"""The document grammar on layouts of the two-hundred-and-seventh held-out
set's kind (issue #11): statistics and price-monitoring texts of counties and
districts (统计局's 抽样调查 通知, a 普查 office's 公告, 发改局's monthly and
ten-day 价格监测 reports) as county portals store them, the price reports
titled by place, period and '价格监测情况' or '价格监测分析', with no organ,
no 文种 and no signature. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt ends mid-list, with no signature: nothing closes it but the next title.
CUT_NOTICE = ["某某县统计局关于做好规模以下工业抽样调查工作的通知", "各乡镇人民政府：",
              "为做好今年规模以下工业抽样调查工作，现将有关事项通知如下：",
              "一、各乡镇要在12月15日前将纸质报表报送县统计局。", "联系人：某某某；电话：0000-1234567"]
MONTHLY = ["某某县2022年5月县城主要商品价格监测情况",
           "根据县发展和改革局对县城40种主要商品价格的监测，5月份价格总体平稳。",
           "一、粮油价格", "大米、面粉、食用油价格与上月持平。",
           "二、蔬菜价格", "监测的12个蔬菜品种中，5涨4平3跌。"]
TEN_DAY = ["某某区3月中旬价格监测分析", "据某某区价格监测数据显示，3月中旬粮油价格不变。",
           "一、成品粮价格持平。", "粳米、面粉价格与上期持平。", "二、蔬菜价格略降", "15种蔬菜平均价格环比下降2.1%。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_price_monitoring_report_titled_without_its_kind_is_a_document_of_its_own(columns):
    """价格监测规定: a 价格主管部门's monitoring office reports the prices it
    monitored on a schedule; a county portal publishes the month's or the
    旬's report under its place, period and '价格监测情况' / '价格监测分析',
    no 报告 after it, no organ and no signature. The line is a title as a
    '…办理情况' is (a report by another name), so the report is a document of
    its own, not the tail of the notice cut short above it."""
    docs = _documents(CUT_NOTICE + MONTHLY + TEN_DAY, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], MONTHLY[0], TEN_DAY[0]]
    labels = [[b.label for part in d.parts for b in part.blocks if isinstance(b, Provision)] for d in docs]
    assert labels == [["一、"], ["一、", "二、"], ["一、", "二、"]]
    assert docs[1].issuers == [] and docs[1].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_numbered_heading_on_price_monitoring_opens_no_document(columns):
    """Control: a report's own heading on the same words, numbered ('一、价格
    监测情况'), or a notice's item asking for them, is a provision of the text
    it stands in, no title."""
    report = ["关于2022年3月某某区重要生活必需品价格监测情况的报告", "一、价格监测情况",
              "2022年3月，蔬菜、鲜猪肉均价月环比下降。", "二、价格走势情况", "预计未来一个月价格将保持平稳。"]
    docs = _documents(report, columns)
    assert [d.title for d in docs] == [report[0]]
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


LEAD_UNDER_TITLE = ["某某县2022年5月县城主要商品价格监测情况",
                    "根据县发展和改革局对县城40种主要商品价格监测数据表明:",
                    "5月份价格上涨的有10个，下跌的有8个，其余持平。", "一、粮油价格", "大米、面粉价格与上月持平。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_opening_on_its_ground_under_the_title_is_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送 names organs; no organ's name opens on the
    preposition that gives a sentence's ground ('根据…', '按照…', '依据…').
    The first line under a title that does, ending in a colon where the page
    set one before the figures, is the body's first sentence, not a 主送."""
    doc, = _documents(LEAD_UNDER_TITLE, columns)
    assert doc.addressees is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_addressee_line_under_the_title_stays_the_addressee(columns):
    """Control: a short 主送 under the title, names and a colon, stays the 主送."""
    doc, = _documents(["某某县统计局关于开展统计调查的通知", "县直有关单位:", "现将有关事项通知如下：",
                       "一、调查时间为5月。", "某某县统计局", "2022年5月6日"], columns)
    assert doc.addressees == "县直有关单位"


ISSUING = ["某某市人民政府第五次全国经济普查领导小组办公室关于印发《某某市第五次全国经济普查实施办法》的通知",
           "各县(市、区)人民政府第五次全国经济普查领导小组办公室:",
           "现将《某某市第五次全国经济普查实施办法》印发给你们，请结合实际，认真贯彻落实。",
           "某某市人民政府第五次全国经济普查领导小组办公室", "2023年8月30日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_an_organ_cut_before_its_whole_ending_stays_the_titles_first_line(columns):
    """GB/T 9704 7.2.5: the 发文机关 before 关于. The wrap may cut a long
    organ's name anywhere in its ending, leaving the whole of '小组办公室'
    or more before 关于 ('…经济普查领导' / '小组办公室关于印发…'): the line
    above, full and opening as organ names open, is the title's first line."""
    docs = _documents(ISSUING, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert docs[0].issuers == [ISSUING[3]] and docs[0].date == "2023-08-30"


# A census 办法 whose excerpt ends mid-sentence under its first heading.
CENSUS_CUT = ["某市第五次全国经济普查实施办法", "根据《中华人民共和国统计法》《全国经济普查条例》，制定本办法。", "一、普查目的",
              "全面调查我市第二产业和第三产业的发展规模、布局和效益，摸清各类单"]
PRICE_REPORT = ["关于2022年3月某某区重要生活必需品价格监测情况的报告", "一、价格监测情况",
                "2022年3月，蔬菜、鲜猪肉均价月环比下降。", "二、价格走势情况", "预计未来一个月价格将保持平稳。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_titled_report_restarting_the_outline_under_a_first_heading_is_a_document(columns):
    """Numbering grammar: a text's outline counts on, never back. A 标题 by the 公文 grammar (关于 + 事由 + 文种, GB/T
    9704 7.3.1) with a new 一、 right under it begins a text of its own, though the text above stops mid-sentence
    under its own first heading (an excerpt cut there): no sentence runs on into a title and on to a new 一、."""
    docs = _documents(CENSUS_CUT + PRICE_REPORT, columns)
    assert [d.title for d in docs] == [CENSUS_CUT[0], PRICE_REPORT[0]]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_titled_line_over_the_outline_counting_on_stays_in_the_text(columns):
    """Control: the same line with the outline counting on under it ('二、', after the text's 一、) restarts
    nothing: it is read as a line of the text above, as before."""
    docs = _documents(CENSUS_CUT + [PRICE_REPORT[0], "二、价格监测情况"] + PRICE_REPORT[2:], columns)
    assert [d.title for d in docs] == [CENSUS_CUT[0]]
