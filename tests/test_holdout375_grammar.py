"""The document grammar on layouts of the three-hundred-and-seventy-fifth
held-out set's kind (issue #11): railway-line safety and airport
clearance-protection texts of city and county bodies (a city office's notice
issuing its airport's 净空保护 办法, dated in Chinese numerals with no
signature; a county's 通告 on a 高铁's works in traditional characters, its
发文字号 bare under its title; a city office's notice issuing a 净空 办法 whose
目录 stands over the 办法's title; a county's 公告 fixing a line's 安全保护区,
its serial printed under its date at the foot; a city office's notice issuing
a 铁路沿线 治理 方案 cut inside its first '(一)'). The set measured every
document, provision and part right in every layout, order, two columns and
boxes before any rule looked at it; only the 公告's serial under its date was
unread, which metadata reads now (text.frame.foot_serial). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A county's 公告 with a long 主送, signed by its organ with the province's name, dated, its serial alone on the last
# line under the date.
FOOT_SERIAL = ["东山县人民政府关于划定某某城际铁路东山县段线路安全保护区的公告",
               "某某城际铁路途经本县各乡、镇人民政府,街道办事处,县直各部门:",
               "为了做好铁路安全管理工作,根据《铁路安全管理条例》第二十七条规定,本县依法划定线路安全保护区。",
               "铁路沿线单位和个人应当遵守有关规定,维护铁路运输安全。", "特此公告。", "某某省东山县人民政府",
               "2016年3月2日", "第2016-3号"]
# The next text: a city office's notice, numbered at its head, signed and dated.
NOTICE = ["南岭市人民政府办公室关于做好铁路沿线环境治理工作的通知", "南府办发〔2016〕8号", "各县(区)人民政府,市直有关部门:",
          "现就做好铁路沿线环境治理工作通知如下:请各地于6月底前完成排查。", "南岭市人民政府办公室", "2016年4月1日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notices_serial_alone_under_its_date_is_its_number(columns):
    """GB/T 9704 10.1 numbers a 公告 (and a 通告, a 令) by its serial under
    its 标志; a county's page may print that serial at the foot instead, alone
    on the last line right under the 成文日期 ('第2016-3号', the year's third,
    the year run in before a hyphen): the text's number, cited as printed
    (text.frame.foot_serial), not a paragraph of its body; the next text keeps
    its own number."""
    docs = _documents(FOOT_SERIAL + NOTICE, columns)
    assert [d.title for d in docs] == [FOOT_SERIAL[0], NOTICE[0]]
    assert docs[0].doc_number == "第2016-3号"
    assert docs[0].date == "2016-03-02"
    assert docs[0].issuers == ["某某省东山县人民政府"]
    assert docs[1].doc_number == "南府办发〔2016〕8号"
    assert "南岭" not in _text(docs[0])


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_reprints_bracketed_serial_with_its_day_under_the_date_is_the_number(columns):
    """The same serial as a gazette reprints it, in brackets with the day
    before it ('（2016年3月2日　第2016-3号）'), and a plain serial ('第3号')."""
    reprinted = FOOT_SERIAL[:-1] + ["（2016年3月2日　第2016-3号）"]
    assert _documents(reprinted, columns)[0].doc_number == "第2016-3号"
    plain = FOOT_SERIAL[:-1] + ["第3号"]
    assert _documents(plain, columns)[0].doc_number == "第3号"


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_serial_under_the_date_of_a_kind_not_numbered_so_is_no_number(columns):
    """The control: a 通知 is numbered by a 发文字号 under its title (GB/T 9704
    7.2.4), never by a serial: a '第3号' line under its date is none."""
    notice = [NOTICE[0], NOTICE[2], NOTICE[3], NOTICE[4], NOTICE[5], "第3号"]
    assert _documents(notice, columns)[0].doc_number is None


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_line_under_the_date_that_is_not_a_serial_alone_is_no_number(columns):
    """The control: a line under the date that is more than a serial ('（此件
    公开发布）', a serial with words after it) numbers nothing."""
    for last in ("（此件公开发布）", "第3号文件"):
        assert _documents(FOOT_SERIAL[:-1] + [last], columns)[0].doc_number is None


def test_the_foot_serial_reads_its_forms_only():
    """The control: the forms foot_serial reads, and what it leaves."""
    from builder.text.frame import foot_serial
    assert foot_serial("第2015-1號") == "第2015-1號"
    assert foot_serial("第 12 号") == "第12号"
    assert foot_serial("第十二号") == "第十二号"
    assert foot_serial("(2015年1月1日 第2015-1号)") == "第2015-1号"
    assert foot_serial("第3号文件") is None
    assert foot_serial("2015年1月1日") is None
    assert foot_serial("东政办发〔2016〕8号") is None


# A city office's notice issuing a rule whose 目录 stands between the date and the rule's title, unsigned.
CONTENTS_OVER_TITLE = ["北山市人民政府办公室关于印发《北山市民用机场净空环境管理办法》的通知",
                       "各旗县区人民政府,市公安局、自然资源局,有关企事业单位:",
                       "经市人民政府同意,现将修订后的《北山市民用机场净空环境管理办法》印发给你们,请认真贯彻落实。",
                       "2024年5月30日", "目录", "第一章 总 则", "第二章 基本要求", "第三章 其他",
                       "北山市民用机场净空环境管理办法", "第一章 总 则",
                       "第一条 为进一步加强本市民用机场净空环境保护工作,确保飞行安全,制定本办法。",
                       "第二条 机场管理机构具体负责本市民用机场净空环境日常管理。", "第二章 基本要求"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_rules_contents_over_its_title_under_an_unsigned_date_are_no_provisions(columns):
    """Pinned: an unsigned notice's date, then the issued rule's 目录 printed
    before the rule's title: the notice is the organ its title names', dated;
    the rule is its part, and only the chapters and articles after the title
    are provisions."""
    docs = _documents(CONTENTS_OVER_TITLE, columns)
    assert [d.title for d in docs] == [CONTENTS_OVER_TITLE[0]]
    assert docs[0].issuers == ["北山市人民政府办公室"]
    assert docs[0].date == "2024-05-30"
    assert _labels(docs[0]) == ["第一章", "第一条", "第二条", "第二章"]


# A county's 通告 in traditional characters, its number bare under the title, '特此通告' with no stop.
NOTICE_TRADITIONAL = ["西平縣人民政府關于嚴禁進入高鐵沿線施工區域的通告", "西府〔2021〕18號",
                      "某某高鐵西平段正進行全面施工,嚴禁任何人員和車輛擅自進入高鐵沿線施工隔離區域。", "特此通告",
                      "西平縣人民政府", "2021年6月18日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_traditional_notice_under_its_bare_number_is_read_whole(columns):
    """Pinned: the 通告's bare number under its title, its signature and date
    after '特此通告' with no stop, the next text's title after them."""
    docs = _documents(NOTICE_TRADITIONAL + NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE_TRADITIONAL[0], NOTICE[0]]
    assert docs[0].doc_number == "西府〔2021〕18號"
    assert docs[0].issuers == ["西平縣人民政府"]
    assert docs[0].date == "2021-06-18"
