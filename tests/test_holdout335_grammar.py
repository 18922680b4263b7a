"""The document grammar on layouts of the three-hundred-and-thirty-fifth
held-out set's kind (issue #11): mineral resources, mining and river
sand-dredging texts of city and county bodies (a county's 通告 banning
sand-dredging, a city office's 通知 on carrying out its 矿产资源总体规划, notices
issuing 实施意见 and plans on putting mines right) as their sites, law libraries
and portals store them: a 通告 in traditional characters with a mirror's pinyin
in its title, its items run in with no preamble, no signature and no date; a
title opening on '市人民政府办公厅' without its city, a space left inside it, a
number with ASCII brackets and a space before 号, a date in Chinese numerals
written with a space and the digit 0 for 〇 (or Latin O); an opinion's title
over two lines under its notice's date, its preamble broken after '《'; a
title whose organ stands alone over its 关于 and whose rest runs over two
lines; a title with spaces a site's markup left where it broke. The set
measured every document, field, provision and part right in every layout,
order, two columns and boxes before any rule looked at it, so these cases pin
its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A county's 通告 in traditional characters with a mirror's pinyin, items run in, no preamble, no signature, no date.
BAN_NO_SIGNATURE = ["南嶺縣人民政府關(guān)于全面禁止河道采砂的通告",
                    "一、自2020年5月1日起,全縣全面禁止河道采砂(防汛應(yīng)急搶險除外)。",
                    "二、全縣所有河道內(nèi)禁止任何采砂船舶滯留。",
                    "三、暢通信息渠道,接受社會監(jiān)督。舉報電話:0718-6830000。",
                    "四、本通告自2020年5月1日起施行,有效期3年。"]
# A city office's notice: its title without the city and with a space, a number with a space, a date with 0 for 〇.
CITY_OFFICE = ["市人民政府办公厅关于实施北山市矿产资源总体规划(2001―2010 年)的通知", "北政办[2005]7 号",
               "各区人民政府,市人民政府各部门:",
               "《北山市矿产资源总体规划 (2001―2010 年)》已报经省人民政府同意,现就有关事项通知如下:",
               "一、《规划》是我市矿产资源管理、保护和合理利用的指导性文件。",
               "二、《规划》是依法审批和监督矿产资源勘查、开采活动的重要依据。",
               "北山市人民政府办公厅", "二 00五年一月十四日"]
# A city office's notice issuing an opinion: its number in ASCII parentheses, a date with Latin O, the opinion's
# title over two lines, a preamble broken after '《'.
OPINION_ISSUED = ["北山市人民政府办公室印发关于全面整顿和规范矿产资源开发秩序实施意见的通知", "(北政办发〔2006〕2号)",
                  "各县、区人民政府,市各委、办、局:",
                  "《关于全面整顿和规范矿产资源开发秩序的实施意见》已经市人民政府同意,现印发给你们,请认真贯彻执行。",
                  "北山市人民政府办公室", "二OO六年一月十一日", "关于全面整顿和规范矿产资源", "开发秩序的实施意见",
                  "为有效保护和合理开发矿产资源,根据《",
                  "国务院关于全面整顿和规范矿产资源开发秩序的通知》等文件精神,结合我市实际,提出如下意见。",
                  "一、充分认识全面整顿和规范矿产资源开发秩序的重要性",
                  "矿产资源是国民经济和社会发展的重要物质基础。"]
# A county office's notice titled over three lines, its organ alone on the first; signed, dated, '(此件公开发布)'.
THREE_LINE_TITLE = ["南岭县人民政府办公室", "关于印发南岭县非煤矿产资源综合整治", "提升工作实施方案的通知",
                    "各乡(镇)人民政府,开发区管委会,县人民政府各委、办、局:",
                    "现将《南岭县非煤矿产资源综合整治提升工作实施方案》印发给你们,请认真贯彻执行。",
                    "南岭县人民政府办公室", "2025年4月1日", "(此件公开发布)", "南岭县非煤矿产资源综合整治",
                    "提升工作实施方案", "为切实加强我县非煤矿产资源领域安全生产管理,结合我县实际,制定本实施方案。",
                    "一、总体要求", "坚持生态优先、合理开发、规模集约、绿色发展。", "二、基本原则",
                    "政府主导、有序推进。以资源分布、规划管控、矿业权设置为基础。"]
# A county government's notice whose title holds spaces where a site's markup broke it.
SPACED_TITLE = ["南岭县人民政府 关于印发南岭县非煤矿产资源整治提升 方案的通知", "各乡、镇人民政府,各相关单位:",
                "《南岭县非煤矿产资源整治提升方案》已经市人民政府批准同意,现印发给你们,请认真贯彻执行。",
                "南岭县人民政府", "2025年12月20日", "(此件公开发布)", "南岭县非煤矿产资源整治提升方案",
                "为切实加强我县矿产资源领域生态文明建设和安全生产管理,依据《中华人民共和国矿产资源法》等法律"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_of_items_with_no_preamble_signature_or_date_is_its_titles_organs(columns):
    """GB/T 9704 7.3.1: the title names the organ, the matter and the 文种
    (通告), the mirror's pinyin after a character no part of it; 7.3.3:
    the body may open straight on '一、', each item a provision run into its
    sentence; with no signature (7.3.5.1) and no date (7.3.5.4) printed, the
    issuer is the organ the title names and the date none."""
    doc = _two(BAN_NO_SIGNATURE, columns)
    assert doc.title == BAN_NO_SIGNATURE[0].replace("(guān)", "")
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["南嶺縣人民政府"], None, None)
    assert _labels(doc) == ["一、", "二、", "三、", "四、"]
    assert "有效期3年" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_city_offices_title_without_its_city_a_spaced_number_and_a_date_with_zeros(columns):
    """GB/T 9704 7.3.1: a title may name its organ short ('市人民政府办公厅'),
    the signature (7.3.5.1) names it whole and is the issuer; 7.2.4: the 发文字号
    under the title, its ASCII brackets and the space before 号 read as 〔〕 and none; 7.3.5.4: a
    成文日期 in Chinese numerals with a space and the digit 0 for 〇 is still the
    date; the space inside the title's '(2001―2010 年)' goes."""
    doc = _two(CITY_OFFICE, columns)
    assert doc.title == "市人民政府办公厅关于实施北山市矿产资源总体规划(2001―2010年)的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办〔2005〕7号", ["北山市人民政府办公厅"], "2005-01-14")
    assert doc.addressees == "各区人民政府，市人民政府各部门"  # (the ASCII comma read as the full-width one)
    assert _labels(doc) == ["一、", "二、"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_opinion_issued_under_a_date_with_latin_os_its_title_on_two_lines(columns):
    """GB/T 9704 7.3.5.4: a date whose 〇 the store printed as Latin O is the
    成文日期; the 意见's title over two lines under it is the text the notice
    issues (a part); its preamble, broken by the store after '《', goes on in
    the next line, which opens on an organ's name and 关于 but closes its 《》
    and its sentence: no title."""
    doc = _two(OPINION_ISSUED, columns)
    assert doc.title == OPINION_ISSUED[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办发〔2006〕2号", ["北山市人民政府办公室"], "2006-01-11")
    assert "关于全面整顿和规范矿产资源开发秩序的实施意见" in [p.title for p in doc.parts]
    assert _labels(doc) == ["一、"]
    assert "提出如下意见" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
@pytest.mark.parametrize("case", [THREE_LINE_TITLE, SPACED_TITLE])
def test_a_title_over_three_lines_or_with_spaces_left_in_it_issues_its_plan(columns, case):
    """GB/T 9704 7.3.1: a title may run over several lines, its organ alone on
    the first, or over one with spaces a site's markup left where it broke: one
    title, spaces gone; 7.3.5.1 and 7.3.5.4: the organ over the date signs it;
    7.3.7: '(此件公开发布)' under the date closes it and opens no title; the
    plan's title after it (over two lines, or one) is the text it issues."""
    doc = _two(case, columns)
    if case is THREE_LINE_TITLE:
        assert doc.title == "".join(case[:3])
        assert (doc.issuers, doc.date) == (["南岭县人民政府办公室"], "2025-04-01")
        assert "南岭县非煤矿产资源综合整治提升工作实施方案" in [p.title for p in doc.parts]
        assert _labels(doc) == ["一、", "二、"]
    else:
        assert doc.title == case[0].replace(" ", "")
        assert (doc.issuers, doc.date) == (["南岭县人民政府"], "2025-12-20")
        assert "南岭县非煤矿产资源整治提升方案" in [p.title for p in doc.parts]
        assert _labels(doc) == []
