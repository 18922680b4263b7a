"""The document grammar on layouts of the two-hundred-and-fourteenth held-out
set's kind (issue #11): archives and secrecy texts of districts, counties and
cities (档案馆's 档案接收 通知, 国际档案日 通知, an organ's 保密管理制度 and a
county's 保密审查制度 set out in 条) as portals and their mirrors store them:
excerpts cut mid-sentence, and an organ's internal 制度 published on its own,
unsigned, titled by the organ's name, its matter and 制度. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt the store cut mid-sentence, with no signature: nothing closes it but the next title.
CUT_NOTICE = ["某某区关于开展“国际档案日”宣传活动的通知", "6月9日是国际档案日。现将我区宣传活动有关事项通知如下：",
              "一、宣传活动主题：", "“走进档案”", "二、宣传活动内容：",
              "征文结束后，市档案学会将集中组织评审，评定优秀奖若"]
OWN_RULES = ["某某州审计局非涉密计算机保密管理制度",
             "第一条 为加强本局非涉密计算机的保密管理，根据有关法律法规，制定本规定。",
             "第二条 非涉密计算机禁止传输涉及国家秘密的信息。", "第三条 本制度从公布之日起执行。"]
COUNTY_RULES = ["某某县档案馆档案利用管理办法", "第一条 为规范档案利用工作，制定本办法。",
                "第二条 本办法自公布之日起施行。"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("rules", [OWN_RULES, COUNTY_RULES])
def test_a_rule_titled_by_its_organ_over_its_first_article_opens_after_a_cut_excerpt(columns, rules):
    """规章制定程序条例 第七条, 立法技术规范: a rule is named by its place's or
    organ's name, its matter and its kind (办法, 规定…; an organ's internal
    管理制度 so too), and its articles begin at 第一条. Under an excerpt the
    store cut mid-sentence ('…评定优秀奖若'), such a title with its first
    article right under it is a text of its own: a sentence that runs into a
    rule's name cites it in 《》 and goes on with words, not with 第一条."""
    docs = _documents(CUT_NOTICE + rules, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], rules[0]]
    assert _labels(docs[0]) == ["一、", "二、"]
    assert _labels(docs[1]) == ["第一条", "第二条", "第三条"][:len(rules) - 1]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_name_without_its_first_article_under_a_cut_sentence_opens_nothing(columns):
    """Control: the same cut sentence over a line that ends in 制度 but has no
    第一条 under it (a sentence's words, then the text goes on), or over a
    rule's name whose articles under it go on from the text above ('第二条'),
    stays the text above's: only a rule's first article frames its title."""
    run_on = ["某某县档案局关于加强机关档案工作的通知", "各乡镇人民政府：", "一、各单位要建立健全",
              "某某县档案局档案安全管理制度", "并于月底前报县档案局备案。"]
    docs = _documents(run_on, columns)
    assert [d.title for d in docs] == [run_on[0]]
    second = ["某某县档案局档案管理办法", "第一条 为加强档案管理，制定本办法。", "第二条 档案工作实行统一领导，",
              "某某县档案局档案安全管理制度", "第三条 本办法自公布之日起施行。"]
    docs = _documents(second, columns)
    assert [d.title for d in docs] == [second[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_unsigned_internal_rules_are_its_own(columns):
    """GB/T 9704 7.3.1 (标题 = 发文机关 + 事由 + 文种, 关于 left out): an organ's
    internal 管理制度, titled by its whole name, the matter and 制度 and
    published on its own unsigned, is that organ's, as its 章程 or 工作规则
    is."""
    docs = _documents(OWN_RULES, columns)
    assert [d.title for d in docs] == [OWN_RULES[0]]
    assert docs[0].issuers == ["某某州审计局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title", ["某某县政府信息公开保密审查制度", "某某县政府采购内部控制制度", "机关保密工作制度"])
def test_a_rule_named_by_its_matter_names_no_organ(columns, title):
    """Control: 政府 bare before the matter is the matter's attribute, a term
    of its own (政府信息公开条例's 政府信息公开, 政府采购), not a government
    naming itself (it titles its own rules '…人民政府…制度'); and a 制度 titled
    by its matter alone names no organ: unsigned, neither has an issuer."""
    rules = [title, "第一条 为做好保密审查工作，制定本制度。", "第二条 本制度自公布之日起执行。"]
    docs = _documents(rules, columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].issuers == []
