"""The document grammar on layouts of the two-hundred-and-forty-fifth held-out
set's kind (issue #11): markets and street-trading texts of cities, counties
and districts (夜间经济 指导意见 and 实施意见, an 早餐工程 方案 a 商务委 issues,
农贸市场 通告, an 早夜市 通告, a 夜市管理办法 a 城市管理局 issues) as
government portals and their copies store them: a title that names a
government's 办公室 over the government's own signature, and a signature
whose place the page cut at its head. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

OFFICE_TITLED = ["某某市某某区人民政府办公室关于印发《某某区夜间经济发展实施意见》的通知",
                 "各街道办事处，镇人民政府，区政府直属各单位：",
                 "《某某区夜间经济发展实施意见》已经区政府常务会议通过，现印发给你们，请认真组织实施。",
                 "某某市某某区人民政府", "2020年7月16日", "某某区夜间经济发展实施意见",
                 "为繁荣夜间市场，制定本实施意见。", "一、总体要求", "坚持规划先行。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_government_and_its_own_office_are_one_issuer(columns):
    """党政机关公文处理工作条例 第十七条: organs of the same level may issue
    jointly; a government's 办公室 is its own working body, no organ of its
    level, so a title that names the 办公室 over the government's signature
    (or the government over its 办公室's) names one issuing, not two joint
    issuers: the 发文机关署名 (GB/T 9704 7.3.5.1) says who issued it."""
    doc, = _documents(OFFICE_TITLED, columns)
    assert doc.issuers == ["某某市某某区人民政府"]
    flipped = ["某某县人民政府关于规范农贸市场管理的通知", "各乡镇人民政府：", "现将有关事项通知如下：",
               "一、各乡镇要加强市场巡查。", "某某县人民政府办公室", "2021年3月1日"]
    doc, = _documents(flipped, columns)
    assert doc.issuers == ["某某县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_two_organs_of_one_level_signed_jointly_stay_two(columns):
    """Control: two organs of one level that both sign, or a title that names
    two bodies of which neither is the other's office, keep both issuers; so
    does another body's 办公室 (a 委员会's, not the government's)."""
    joint = ["某某县商务局 某某县市场监督管理局关于开展农贸市场提升改造的通知", "各乡镇人民政府：",
             "现将有关事项通知如下：", "一、各乡镇要在6月底前完成改造。",
             "某某县商务局 某某县市场监督管理局", "2021年3月1日"]
    doc, = _documents(joint, columns)
    assert doc.issuers == ["某某县商务局", "某某县市场监督管理局"]
    other = ["某某县安全生产委员会办公室关于开展夜市消防检查的通知", "各乡镇人民政府：",
             "现将有关事项通知如下：", "一、各乡镇要在6月底前完成检查。", "某某县人民政府", "2021年3月1日"]
    doc, = _documents(other, columns)
    assert doc.issuers == ["某某县人民政府", "某某县安全生产委员会办公室"]


MARKED_CITY = ["重庆市某某区城市管理局", "关于印发《某某区城区夜市管理办法(试行)》的通知",
               "各镇人民政府，各街道办事处，区级各部门：",
               "现将《某某区城区夜市管理办法(试行)》印发给你们，请认真贯彻执行。",
               "庆市某某区城市管理局", "2023年5月12日", "某某区城区夜市管理办法(试行)",
               "1.本办法所称夜市，是指在城区特定地段经营的场所。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_that_lost_its_citys_first_character_is_the_organ_named_above(columns):
    """A city's name holds two characters or more before 市 (重庆市, 天津市):
    one character and 市 at a signature's head, under an organ named in full
    above ('重庆市某某区城市管理局' over the title), is that organ's name with
    its first character lost to the page ('庆市某某区城市管理局'), as a
    province's one character and 省 is: one issuer, named in full."""
    doc, = _documents(MARKED_CITY, columns)
    assert doc.issuers == ["重庆市某某区城市管理局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_that_lost_more_than_one_character_stays_as_printed(columns):
    """Control: a county-level city's one-character name whole, under a title
    that names it after its province ('湖南省津市市…' over '津市市…'), lost
    no character to the page: it stays as signed."""
    county = ["湖南省津市市城市管理局关于规范夜市经营的通知", "各镇人民政府，各街道办事处：",
              "现将有关事项通知如下：", "一、夜市经营时间为18时至23时。", "津市市城市管理局", "2023年5月12日"]
    doc, = _documents(county, columns)
    assert doc.issuers[0] == "津市市城市管理局"


def _issuing(heading: str) -> list[str]:
    return ["某某市商务委关于印发《2024年某某市早餐工程实施方案》的通知", "各区商务主管部门：",
            "现将《2024年某某市早餐工程实施方案》印发给你们，请认真贯彻执行。", "某某市商务委员会", "2024年2月4日",
            heading, "为扎实推进本市早餐工程，制定本实施方案。", "一、总体要求", "坚持需求导向。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_issued_texts_heading_printed_twice_on_one_line_titles_the_part_once(columns):
    """GB/T 9704 7.3.1: a text's 标题 is set once over it. A page that rendered
    the heading of the text a notice issues twice on one line, the same words
    end to end, titles the part once; the body under it is the text's."""
    doc, = _documents(_issuing("2024年某某市早餐工程实施方案2024年某某市早餐工程实施方案"), columns)
    assert [p.title for p in doc.parts[1:]] == ["2024年某某市早餐工程实施方案"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_issued_texts_heading_printed_once_stays_whole(columns):
    """Control: a heading printed once stays as printed: only the whole
    heading end to end twice is read once."""
    doc, = _documents(_issuing("2024年某某市早餐工程实施方案"), columns)
    assert [p.title for p in doc.parts[1:]] == ["2024年某某市早餐工程实施方案"]
