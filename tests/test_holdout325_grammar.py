"""The document grammar on layouts of the three-hundred-and-twenty-fifth
held-out set's kind (issue #11): vocational-education and skills-training
texts of cities and prefectures (a government's 通知 issuing its 实施意见 on
职业教育, an office's 实施意见 on 产教融合, a government's 实施办法 of a local
条例 on 校企合作, a 行署 office's 通知 issuing its 职业技能提升行动 方案, a
bureau's 通知 issuing its 办法 on 职业培训 bodies) as their sites, a
document-sharing site and a law library store them, one titled by the 条例
it implements in book-title marks with no organ, its 发文字号 alone under it
and its 第一条 under that, under a text the store cut mid-sentence; another
with its 发文字号's 号 printed twice over its 主送. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An office's opinion the store cut inside a sentence, a '、' its last mark.
CUT_ABOVE = ["北山市人民政府办公厅关于深化产教融合的实施意见", "各区、县(市)人民政府,市政府各部门:",
             "现就我市深化产教融合工作提出如下实施意见。", "一、总体要求",
             "(一)同步规划产教融合与经济社会发展。[责任单位:市发改委、市教育局、"]
# A city's implementing rule of its own 条例, titled by the 条例's name in book-title marks and its kind.
IMPLEMENTING_RULE = ["《南岭市职业教育校企合作促进条例》实施办法", "南政发〔2011〕14号",
                     "第一条为了促进职业院校与企业在职业教育中的合作,根据《南岭市职业教育校企合作促进条例》,制定本办法。",
                     "第二条职业院校应当根据市场需求,主动与相关企业开展合作。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_implementing_rule_titled_by_the_regulation_it_implements_opens_under_a_cut_sentence(columns):
    """规章制定程序条例 第七条 and 立法技术规范: a rule that implements a
    法规 is named by that 法规's whole name and its own kind (实施办法,
    实施细则), the name in book-title marks as a page prints it
    ('《某市…促进条例》实施办法'). Such a title, the quoted name at its head
    and the kind closing it, with its 发文字号 alone on the line under it
    (GB/T 9704 7.2.4, a page's reprint) and the rule's 第一条 under that, is
    a text's title though the line above stops mid-sentence (an excerpt the
    store cut there): a sentence that cites a rule goes on with words, never
    with a number alone on its line and the rule's first article
    (titles.under.rule_over_articles, grammar.implementing_rule_title)."""
    docs = _documents(CUT_ABOVE + IMPLEMENTING_RULE, columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0], IMPLEMENTING_RULE[0]]
    assert [p.label for p in docs[1].provisions] == ["第一条", "第二条"]
    assert docs[1].doc_number == "南政发〔2011〕14号"


def test_an_implementing_rules_title_is_read_by_the_name_it_quotes():
    """The control: the quoted name must be a rule's by its own grammar
    (its place first, a rule's kind last) or a national law's, and nothing
    may stand before the marks or between them and the kind."""
    from builder.stages.split.grammar import implementing_rule_title
    assert implementing_rule_title("《南岭市职业教育校企合作促进条例》实施办法")
    assert implementing_rule_title("《中华人民共和国职业教育法》实施细则")
    assert not implementing_rule_title("《关于深化产教融合的若干意见》实施办法")
    assert not implementing_rule_title("贯彻《南岭市职业教育校企合作促进条例》实施办法")
    assert not implementing_rule_title("《南岭市职业教育校企合作促进条例》的实施办法")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_going_on_from_a_cited_rules_name_stays_the_texts(columns):
    """The control: the same quoted name and kind at a line's head under a
    line cut mid-sentence, words going on under it (no 第一条, no number
    alone), is the cited rule of the sentence above, no title."""
    cited = ["《南岭市职业教育校企合作促进条例》实施办法", "的各项规定,请各区认真贯彻执行。"]
    docs = _documents(CUT_ABOVE + cited, columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_whose_hao_is_printed_twice_keeps_its_line_over_the_addressees(columns):
    """GB/T 9704 7.2.4: the 发文字号 is the 代字, the year in 〔〕 and the
    serial with its 号, alone on its line; a page whose template adds a 号
    to a number that already ends on one prints it twice ('…〔2020〕4号号'):
    still the number's line whole (the number read to its first 号, the line
    printed as the page has it), and no 主送 (7.3.2, organs' names) opens on
    that 号: the 主送 is the line under it."""
    notice = ["北山市人民政府办公厅关于深化产教融合的实施意见", "北政办函〔2020〕4号号",
              "各区、县(市)人民政府,市政府各部门:", "现就我市深化产教融合工作提出如下实施意见。", "一、总体要求"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].doc_number == "北政办函〔2020〕4号"
    assert docs[0].addressees == "各区、县（市）人民政府，市政府各部门"
    assert docs[0].parts[0].blocks[0].text == "北政办函〔2020〕4号号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_with_the_addressees_run_on_after_it_is_still_parted(columns):
    """The control: a number the page ran its 主送 on after ('…4号各区、…:')
    is parted as before, the number on its line, the 主送 its own."""
    notice = ["北山市人民政府办公厅关于深化产教融合的实施意见", "北政办函〔2020〕4号各区、县(市)人民政府,市政府各部门:",
              "现就我市深化产教融合工作提出如下实施意见。", "一、总体要求"]
    docs = _documents(notice, columns)
    assert docs[0].doc_number == "北政办函〔2020〕4号"
    assert docs[0].addressees.startswith("各区")
