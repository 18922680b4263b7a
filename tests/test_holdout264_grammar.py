"""The document grammar on layouts of the two-hundred-and-sixty-fourth held-out
set's kind (issue #11): housing provident fund texts of cities (a 管理中心's
通知 on its counters or on checking the 缴存基数, a 管理委员会's 提取管理办法) as
their sites and mirrors store them, a rule published on its own with its
发文字号 alone under its title and its chapters under that, a notice's excerpt
cut mid-sentence with no signature. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt the store cut mid-sentence, after a clause mark: no signature closes it.
CUT_NOTICE = ["某某市住房公积金管理中心关于2011年度住房公积金缴存基数核查工作的通知", "各住房公积金缴存单位：",
              "现将2011年度职工住房公积金缴存基数核查工作通知如下：", "一、核查范围",
              "本市行政区域内住房公积金缴存单位。", "二、具体要求",
              "各缴存单位要对单位和职工个人信息认真清理、核实，确保信息完整、准确;同时"]
# A rule published on its own: its title, its 发文字号 alone under it, its chapters and articles.
NUMBERED_RULE = ["某某市住房公积金提取管理办法", "某公积金管委会〔2023〕4号", "第一章 总则",
                 "第一条 为加强住房公积金提取管理，方便职工提取使用，根据《住房公积金管理条例》，制定本办法。",
                 "第二条 本办法适用于本市行政区域内住房公积金的提取管理。", "第二章 提取范围",
                 "第三条 职工有下列情形之一的，可以申请提取住房公积金账户内的存储余额。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_with_its_number_under_its_title_opens_its_own_document_after_a_cut_sentence(columns):
    """规章制定程序条例 第七条 and 立法技术规范: a rule titled by its place's
    name, its matter and its kind, its articles beginning at 第一章 or
    第一条; published on its own it may print its 发文字号 alone on the line
    under its title (GB/T 9704 7.2.4), its first chapter under that. A
    sentence the store cut above it runs on into no rule's name followed by
    a number alone on its line and a first chapter, so the rule is a
    document of its own, not the tail of the notice cut short above it."""
    docs = _documents(CUT_NOTICE + NUMBERED_RULE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], NUMBERED_RULE[0]]
    assert docs[1].doc_number == "某公积金管委会〔2023〕4号"
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert docs[0].parts[-1].blocks[-1].text.endswith("同时")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_name_and_a_number_a_cut_sentence_runs_on_into_stay_its_words(columns):
    """Control: under the same cut sentence, a rule's name and a number with
    a sentence of the body under them (no first chapter or article: the
    sentence cites the rule and its number and goes on) open no document;
    nor does the rule's name alone over its first article's words that
    carry no label."""
    cited = ["某某市住房公积金提取管理办法", "某公积金管委会〔2023〕4号",
             "的规定，及时为职工办理提取手续，不得拖延。"]
    docs = _documents(CUT_NOTICE + cited, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_rule_with_its_number_under_its_title_after_a_signed_text_is_unchanged(columns):
    """Control: after a text closed by its signature and date the rule, its
    number under its title, opened its document before this rule as after."""
    signed = ["某某市住房公积金管理中心关于年度调整业务办理有关问题的通知", "各住房公积金缴存单位：",
              "一、年度调整业务在任一管理部均可办理。", "某某市住房公积金管理中心", "2017年7月21日"]
    docs = _documents(signed + NUMBERED_RULE, columns)
    assert [d.title for d in docs] == [signed[0], NUMBERED_RULE[0]]
    assert docs[1].doc_number == "某公积金管委会〔2023〕4号"
