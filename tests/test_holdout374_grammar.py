"""The document grammar on layouts of the three-hundred-and-seventy-fourth
held-out set's kind (issue #11): household-registration and residence-permit
texts of city bodies (an office's notice issuing a 暂住登记 and 居住证 办法, an
office's notice on 流动人口 and 出租房屋, a city's 居住证 暂行办法, a municipal
government's notice issuing a 流动人口 暂行规定) as law libraries store them:
a 发文字号 in ASCII parentheses with square brackets round its year, no
signature over a date in Chinese numerals with ○, the 办法's title broken over
two lines, an article broken by a store's links after an open '《' and '〈';
a title broken after '关于发布' with the 规定's name in 《》 opening its second
line, the 发文字号 and the date in one pair of ASCII parentheses, '(一)' in
articles with unnumbered paragraphs under them; a 办法 with no organ cut inside
an article's second paragraph; a notice cut mid-word inside its first '(一)'.
The set measured every document, field, provision and part right in every
layout, order, two columns and boxes before any rule looked at it, so these
cases pin its shapes against later rules. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# An office's notice issuing a rule: its number with square brackets round the year, no signature, the date with ○,
# the rule's title broken over two lines, its first article broken by a store's links after an open '《' and '〈'.
BROKEN_RULE = ["南岭市人民政府办公室关于印发《南岭市外来人口居住登记与居住证管理暂行办法》的通知", "(南政办发[2010]12号)",
               "各县市区人民政府,市政府各部门:",
               "《南岭市外来人口居住登记与居住证管理暂行办法》已经市人民政府同意,现印发给你们,请认真遵照执行。",
               "二○一○年三月八日", "南岭市外来人口居住登记", "与居住证管理暂行办法", "第一章 总则",
               "第一条 为规范我市外来人口居住登记和居住证管理,根据《",
               "北山省外来人口服务和管理规定》、北山省公安厅《关于印发〈",
               "北山省居住证发放办法〉的通知》精神,结合我市实际,制定本办法。",
               "第二条 公安机关是外来人口居住登记与居住证发放工作的主管部门。",
               "第二章 居住登记", "第三条 外来人口应当按下列规定进行居住登记:"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_under_a_square_bracketed_number_issues_a_rule_whose_title_and_article_are_broken(columns):
    """GB/T 9704 7.2.4: the 发文字号 in ASCII parentheses under the title,
    its year in square brackets as the store prints it, read as the year in
    六角括号 the standard prints; 7.3.5.2: a 成文日期
    in Chinese numerals with ○ and no organ over it closes the notice, its
    issuer the title's office; the rule titled over two lines after it is
    the text it issues; 立法技术规范: '第一章' and its 条 are provisions, the
    lines a store's links broke off an article (after an open '《' or '〈')
    stay in it and open none."""
    doc = _two(BROKEN_RULE, columns)
    assert doc.title == BROKEN_RULE[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("南政办发〔2010〕12号", ["南岭市人民政府办公室"], "2010-03-08")
    assert doc.addressees == "各县市区人民政府，市政府各部门"
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert [p.title for p in doc.parts][1:] == ["南岭市外来人口居住登记与居住证管理暂行办法"]
    first = doc.provisions[1]
    assert "北山省外来人口服务和管理规定" in first.heading + first.text
    assert "北山省居住证发放办法" in first.heading + first.text


# A government's notice issuing a rule: its title broken after '关于发布', the rule's name in 《》 opening the second
# line, its number and its date in Chinese numerals in one pair of ASCII parentheses, no signature.
PUBLISHED_RULE = ["东湖市人民政府关于发布", "《东湖市外来人口管理暂行规定》的通知", "(东政发〔1997〕15号 一九九七年五月十日)",
                  "各区、县人民政府,各委、局,各直属单位:", "现将《东湖市外来人口管理暂行规定》予以发布,望遵照执行。",
                  "东湖市外来人口管理暂行规定", "第一章 总则", "第一条 为加强外来人口管理,结合本市具体情况,制定本规定。",
                  "第二条 本规定所称外来人口是指离开常住户口地,到本市暂住3日以上的下列人员:",
                  "(一)外埠常住人口到本市暂住的;", "(二)本市常住人口在各区县之间跨地区暂住的。",
                  "已取得本市常住户口的人员不适用本规定。", "第三条 区、县外来人口管理工作协调小组主要职责是:",
                  "(一)研究制定外来人口管理的政策;", "(二)协调有关职能部门的工作关系。",
                  "协调小组下设的办公室负责日常管理工作。", "第四条 各街道办事处辖区内的外来人口管理工作,应当以公安派出所暂住人口管理办公"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_broken_after_guanyu_fabu_over_its_number_and_date_in_one_bracket_issues_its_rule(columns):
    """GB/T 9704 7.3.1: a title may break anywhere, here after '关于发布' with
    the issued text's name in 《》 opening its second line; 7.2.4 and 7.3.5:
    a 题注 giving the 发文字号 and the 成文日期 in Chinese numerals in one
    pair of parentheses prints both; with no signature the title's organ
    issues it; the rule under the sentence is its part, its 条 and '(一)'
    provisions, the unnumbered paragraphs under a list staying in their
    article."""
    doc = _two(PUBLISHED_RULE, columns)
    assert doc.title == "".join(PUBLISHED_RULE[:2])
    assert (doc.doc_number, doc.issuers, doc.date) == ("东政发〔1997〕15号", ["东湖市人民政府"], "1997-05-10")
    assert doc.addressees == "各区、县人民政府，各委、局，各直属单位"
    assert _labels(doc) == ["第一章", "第一条", "第二条", "（一）", "（二）", "第三条", "（一）", "（二）", "第四条"]
    assert [p.title for p in doc.parts][1:] == ["东湖市外来人口管理暂行规定"]


# A city's rule with no organ in its title, an article with unnumbered paragraphs, cut inside an article's second
# paragraph, which opens on the organs it names ('市、区财政、…').
PERMIT_RULE = ["西江市居住证管理暂行办法", "第一章 总则", "第一条 为了加强流动人口服务和管理,结合本市实际,制定本办法。",
               "第二条 在本市居住的非本市户籍人员应当按照本办法的规定办理居住登记及申领居住证。",
               "香港、澳门、台湾居民以及外国人的居住登记,按照国家有关规定执行。",
               "第三条 公安机关是流动人口居住登记和居住证管理工作的主管部门。", "市、区财政、人力资源社会保障、住房保障"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_rule_with_no_organ_cut_inside_a_paragraph_of_organs_names_no_issuer(columns):
    """GB/T 9704 7.3.5: an organ signs on a line of its own after the text;
    a paragraph under an article that opens on organs' short names
    ('市、区财政、…') is the article's own, though the store cut it before
    its verb, and neither signs the rule nor opens the title under it; the
    rule's title has no organ, so it has no issuer."""
    doc = _two(PERMIT_RULE, columns)
    assert doc.title == PERMIT_RULE[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, [], None, None)
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第三条"]
    assert "住房保障" in _text(doc)


# An office's notice cut mid-word inside its first '(一)', so no signature or date.
CUT_NOTICE = ["北山市人民政府办公厅关于进一步加强流动人口和出租房屋管理服务工作的通知", "(北政办发〔2008〕21号)",
              "各区、县(市)人民政府,市直机关各单位:", "为进一步加强流动人口和出租房屋管理服务工作,现就有关事项通知如下:",
              "一、进一步加强组织领导", "全市各级各部门要全面理顺流动人口和出租房屋管理服务体制。",
              "(一)建立两级领导机构。成立全市流动人口和出租房屋管理办公室,具体负责组织、协调和检查考核等日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_offices_notice_cut_mid_word_inside_its_first_item_is_the_offices(columns):
    """GB/T 9704 7.3.1 and 7.3.3: the office the title names issues a notice
    the store cut mid-word inside its first '(一)', no signature or date
    printed; '一、' alone over its paragraph and '(一)' run into its
    sentences are its provisions."""
    doc = _two(CUT_NOTICE, columns)
    assert doc.title == CUT_NOTICE[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办发〔2008〕21号", ["北山市人民政府办公厅"], None)
    assert doc.addressees == "各区、县（市）人民政府，市直机关各单位"
    assert _labels(doc) == ["一、", "（一）"]
    assert len(doc.parts) == 1
