"""The document grammar on layouts of the three-hundred-and-twelfth held-out
set's kind (issue #11): drug and vaccine safety texts (药品安全, 农村药品
监督网络和供应网络, 疫苗接种) of city bodies as gazette pages, law libraries
and lawyers' sites store them (a city office's 通知 setting up a leading
group, its title on three lines broken inside its words, '一、' and '二、'
headings alone, '组  长:' and '成  员:' lines with spaces inside the label, cut
at the third heading; a city government's 实施意见 with its number in ASCII
parentheses under the title, cut inside its second heading's paragraph; a
city office's 通知 whose '(一)' item is cut at an open parenthesis; a city
government's 意见 with its number bare under the title and citations whose
years sit in ASCII parentheses, '中发(2002)13号'; a city bureau's unsigned,
undated 通知 of two paragraphs with no label). The set measured every
document, field and provision right in every layout, order, two columns and
titles run into their 主送 before any rule looked at it, so these cases pin
its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A city office's 通知 on a gazette page: its title over three lines broken inside its words, headings alone, the
# members' lines with spaces inside their labels, cut at the third heading; no number, signature or date.
GROUP = ["某某市人民政府办公室关于成立某某市集中", "整治危害药品安全违法行为", "工作领导小组的通知",
         "各区人民政府,市政府有关部门:",
         "为加强对全市药品安全工作的组织领导,市人民政府决定成立工作领导小组。现将有关事项通知如下:",
         "一、主要职责", "统筹协调集中整治危害药品安全违法行为工作,研究解决药品安全工作中的重大问题。",
         "二、组成人员", "组  长:市政府分管副市长。", "副组长:市政府副秘书长,市市场监管局主要负责同志。",
         "成  员:市卫生健康局、市场监管局、医保局有关负责同志。", "三、工作"]
# A city government's 实施意见 on a law library: its number in ASCII parentheses, headings alone, cut.
NETWORK = ["某某市人民政府关于进一步加强农村药品供应网络建设的实施意见", "(某政发〔2008〕12号)", "各县、区人民政府:",
           "为进一步加强药品监督管理工作,现就我市加强农村药品供应网络建设提出如下意见:",
           "一、供应网络建设的意义", "保障药品安全,直接涉及广大农民群众的切身利益,各县区要切实加强领导。",
           "二、供应网络建设的基本内容", "各县区要逐步建立起覆盖县、乡、村的农村药品供应网络,建立健全农村药品"]
# A city office's 通知: its number in ASCII parentheses, '一、' run into its sentence, '二、' a heading sentence, '(一)'
# cut at an open parenthesis.
OPEN_PAREN = ["某某市人民政府办公室关于进一步完善我市农村药品监管网建设的通知", "(某府办〔2006〕9号)",
              "各县(市、区)人民政府、市直各有关部门:",
              "为进一步深化我市农村药品监管网建设,经市政府同意,现提出以下意见:",
              "一、各地各有关部门应高度重视,成立工作领导小组,定期召开联席会议,明确工作责任。",
              "二、各地要健全农村药品监管网。", "(一)要建立完善县(市、区"]
# A city government's 意见 on a lawyers' site: its number bare under the title, citations with ASCII year parentheses.
BARE_NUMBER = ["某某市人民政府关于进一步加强全市农村药品监督网络建设工作的意见", "某政综〔2005〕7号",
               "各区、县(市)人民政府,市政府有关委、办、局:",
               "为保障全市人民用药安全,根据《关于进一步加强农村卫生工作的决定》(中发(2002)13号)和"
               "《关于加强农村药品监督和管理工作的意见》(国食药监市(2004)75号)精神,现提出如下意见:",
               "一、充分认识农村药品监督网络建设工作的重要性", "强化农村药品监督网络建设,是整顿和规范农村药品市场秩序的治本之策"]
# A city bureau's 通知: title, 主送, two paragraphs with no label, no signature or date.
UNSIGNED = ["某某市卫生局关于为8个区疾控中心配置疫苗冷藏车的通知", "各区卫生局:",
            "为进一步加强我市免疫规划服务网络建设,我局将为8个区疾控中心配置疫苗冷藏车各1辆。",
            "请各区卫生局通知疾控中心于11月15日前将有关材料送我局疾控处。"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_over_three_lines_with_members_lines_cut_at_a_heading(columns):
    """GB/T 9704 7.3.1: a title broken over three lines inside its words is
    one title, its organ the issuer; '一、' and '二、' alone are its items, the
    '组  长:' and '成  员:' lines (spaces inside the label) are no 主送 and no
    items; cut at '三、工作', the third item, the notice under it apart."""
    doc = _two(GROUP, columns)
    assert doc.title == "".join(GROUP[:3])
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == (None, ["某某市人民政府办公室"], None, "通知")
    assert doc.addressees == "各区人民政府，市政府有关部门"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "医保局" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_implementing_opinion_numbered_in_ascii_parentheses_and_cut(columns):
    """GB/T 9704 7.2.4: '(某政发〔2008〕12号)' under the title is its number;
    the 文种 is 意见, the word '实施意见' ends on; two headings alone are its items, the second's
    paragraph cut ('建立健全农村药品'), unsigned and undated."""
    doc = _two(NETWORK, columns)
    assert doc.title == NETWORK[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政发〔2008〕12号", ["某某市人民政府"], None,
                                                               "意见")
    assert doc.addressees == "各县、区人民政府"
    assert _labels(doc) == ["一、", "二、"]
    assert "建立健全农村药品" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_item_cut_at_an_open_parenthesis(columns):
    """An excerpt cut inside '(一)要建立完善县(市、区' at an open '(' keeps
    the item and its words: the notice closes there, and the open parenthesis
    swallows nothing of the notice under it."""
    doc = _two(OPEN_PAREN, columns)
    assert doc.title == OPEN_PAREN[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某府办〔2006〕9号", ["某某市人民政府办公室"], None)
    assert doc.addressees == "各县（市、区）人民政府、市直各有关部门"
    assert _labels(doc) == ["一、", "二、", "（一）"]
    assert "县(市、区" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_bare_number_and_citations_with_ascii_year_parentheses(columns):
    """GB/T 9704 7.2.4: '某政综〔2005〕7号' alone under the title is its
    number; '中发(2002)13号' and '国食药监市(2004)75号' inside the body are
    citations of other documents, not its number; '一、' alone its item."""
    doc = _two(BARE_NUMBER, columns)
    assert doc.title == BARE_NUMBER[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政综〔2005〕7号", ["某某市人民政府"], None, "意见")
    assert doc.addressees == "各区、县（市）人民政府，市政府有关委、办、局"
    assert _labels(doc) == ["一、"]
    assert "中发(2002)13号" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_bureaus_unsigned_notice_of_two_paragraphs(columns):
    """GB/T 9704 7.3.1: a bureau's title, its 主送 and two paragraphs with no
    label and no signature make one document that the title's organ issues;
    '11月15日' inside a sentence is no 成文日期."""
    doc = _two(UNSIGNED, columns)
    assert doc.title == UNSIGNED[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == (None, ["某某市卫生局"], None, "通知")
    assert doc.addressees == "各区卫生局"
    assert _labels(doc) == []
    assert "疾控处" in _text(doc)
