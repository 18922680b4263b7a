"""The document grammar on layouts of the three-hundred-and-seventeenth held-out
set's kind (issue #11): government-affairs openness texts (政务公开工作要点,
基层政务公开标准化规范化 实施方案, 政府信息公开 规定 and 意见) of city and district
bodies as mirrors, a city's portal and a document-sharing site store them (a
district office's 通知 whose title opens on 关于, broken over two lines inside
the name, issuing its 要点 with '一、' '(一)' '1.' under it; a mirror in
traditional characters with pinyin after some characters; a city office's
unsigned 通知 dated '二O一一年5月16日' with a Latin O, then the first 规定 and
its 条 with two spaces after the label; a city office's 通知 whose title,
number, 主送 and paragraph run together on one line, and the signature, a date
in Chinese numerals, the issued 意见's title and its preamble on the next). The
set measured every document, field and provision right in every layout, order,
two columns and titles run into their 主送 before any rule looked at it, but
for the OCR layout's date of the run-together notice (left: see
tests/devset/README.md), so these cases pin its shapes against later rules.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A district office's notice titled from its 关于, broken inside the name, issuing its 要点 as a part.
POINTS = ["关于印发2019年某某区政务公开", "工作要点的通知", "某政办发〔2019〕12号", "各镇人民政府、街道办事处,区政府各部门:",
          "《2019年某某区政务公开工作要点》已经区政府常务会议研究通过,现印发给你们,请认真贯彻执行。",
          "某某市某某区人民政府办公室", "2019年5月6日", "2019年某某区政务公开工作要点",
          "2019年全区政务公开工作的总体要求是:全面推进决策、执行、管理、服务、结果公开,加强解读回应,扩大公众参与。",
          "一、围绕稳增长推进政务公开", "(一)加强预期引导。",
          "1.加强财政政策和就业创业政策信息公开。区政府有关部门通过新闻发布会、接受媒体采访等形式及时宣传解读。"]
# A city office's unsigned notice, its date with a Latin O, then the first 规定 it issues and its articles.
UNSIGNED_O = ["某某市人民政府办公室关于印发某某市政府信息公开保密审查规定(试行)等办法的通知",
              "各镇人民政府,各街道办事处,市政府各部门:",
              "经市政府同意,现将《某某市政府信息公开保密审查规定(试行)》等办法印发给你们,请结合实际,认真贯彻执行。",
              "二O一二年3月9日", "某某市政府信息公开保密审查规定(试行)",
              "第一条  为规范政府信息公开保密审查工作,根据有关规定,结合我市实际,制定本规定。",
              "第二条  本市行政机关公开政府信息前的保密审查,适用本规定。",
              "第三条  市政府办公室是全市政府信息公开保密审查工作主管部门。"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_from_its_about_broken_inside_the_name_issues_its_points(columns):
    """GB/T 9704 7.3.1: a title may open on 关于 with no organ; its two lines
    join though the break falls inside the name; 7.2.4 the number, 7.3.2 the
    主送, 7.3.5.1 the organ over the date signs it; the 要点 after the date is
    the text the notice issues, its '一、' '(一)' '1.' its provisions."""
    doc = _two(POINTS, columns)
    assert doc.title == "关于印发2019年某某区政务公开工作要点的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政办发〔2019〕12号", ["某某市某某区人民政府办公室"], "2019-05-06")
    assert _labels(doc) == ["一、", "（一）", "1."]
    assert "加强预期引导" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_unsigned_notice_dated_with_a_latin_o_then_its_rules_articles(columns):
    """GB/T 9704 7.3.5.4: a 成文日期 printed with no organ over it (a Latin O
    for 〇, as a site types it) still closes the notice, whose issuer is the
    organ its title names; the 规定 after it is a part and its 第一条 to 第三条
    (two spaces after each label) are articles."""
    doc = _two(UNSIGNED_O, columns)
    assert doc.title == UNSIGNED_O[0]
    assert (doc.issuers, doc.date) == (["某某市人民政府办公室"], "2012-03-09")
    assert [p.label for p in doc.provisions] == ["第一条", "第二条", "第三条"]


# A document site's notice: title, number, 主送 and paragraph on one line; the signature, a date in Chinese numerals,
# the issued 意见's title and its preamble on the next; then paragraphs and '(一)' '(二)'.
RUN_TOGETHER = ["某某市人民政府办公室关于印发《进一步规范政府信息公开工作的意见》的通知某府办〔2012〕31号各镇人民政府(街道办事处),"
                "市府直属各单位:《进一步规范政府信息公开工作的意见》业经市人民政府同意,现印发给你们,请认真贯彻执行。",
                "某某市人民政府办公室二〇一二年四月十日进一步规范政府信息公开工作的意见为深入贯彻落实《中华人民共和国政府信息公开条例》,"
                "不断增强政府工作的透明度,现就进一步规范政府信息公开工作提出以下意见:一、健全工作机构政府信息公开是各级行政机关的重要职责。",
                "(一)市政务公开领导小组负责规划、部署、监督全市政府信息公开工作。",
                "(二)各镇街、各部门要按照职责分工,承担本单位政府信息公开工作。"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_run_together_with_its_signature_date_and_issued_title(columns):
    """GB/T 9704 7.3.1, 7.2.4, 7.3.2: title, number and 主送 read apart though
    a site runs them and the paragraph together; 7.3.5.1: the organ and the
    date in Chinese numerals run into the issued text's title sign and date
    the notice, and the 意见 is its part; '(一)' '(二)' on their own lines are
    provisions."""
    doc = _two(RUN_TOGETHER, columns)
    assert doc.title == "某某市人民政府办公室关于印发《进一步规范政府信息公开工作的意见》的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某府办〔2012〕31号", ["某某市人民政府办公室"], "2012-04-10")
    assert doc.addressees == "各镇人民政府（街道办事处），市府直属各单位"
    assert "进一步规范政府信息公开工作的意见" in [p.title for p in doc.parts]
    assert _labels(doc)[-2:] == ["（一）", "（二）"]
