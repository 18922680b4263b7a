"""The document grammar on layouts of the three-hundred-and-sixty-second
held-out set's kind (issue #11): anti-drug texts of cities and counties (a
city 人大常委会's 报告 submitting its 社区戒毒康复 条例 for approval, the
条例 printed after the report's date under its adoption 题注; notices
issuing or forwarding a 禁毒示范城市 方案 or a 禁毒 行动计划; a 法制办's
公告 asking for comments on two drafts) as their sites store them. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city 人大常委会's report submitting the 条例 it adopted, the 条例 printed after the report's date.
SUBMITTING = ["关于报请批准《南岭市禁毒条例》的报告", "北山省人大常委会：",
              "《南岭市禁毒条例》经2019年6月28日南岭市第十五届人民代表大会常务委员会第九次会议通过。"
              "根据《中华人民共和国立法法》的规定，现报请批准。",
              "南岭市人民代表大会常务委员会", "2019年6月28日"]
RULE = ["南岭市禁毒条例", "（2019年6月28日南岭市第十五届人民代表大会常务委员会第九次会议通过）",
        "第一章 总则", "第一条 为了预防和惩治毒品违法犯罪行为，保护公民身心健康，根据有关法律法规，结合本市实际，制定本条例。",
        "第二条 本市行政区域内的禁毒工作，适用本条例。", "第三条 禁毒工作实行政府统一领导、有关部门各负其责、社会广泛参与的工作机制。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_submitted_for_approval_stays_the_part_of_the_report_that_submits_it(columns):
    """立法法 第八十一条: a 设区的市's 人大常委会 submits the 地方性法规 it
    adopted to the province's 常委会 for approval, by a 报告 whose title
    names it ('关于报请批准《XX条例》的报告'), and prints the 条例 after its
    signature and date under the 条例's title and the 题注 that tells the
    session that adopted it (parts._submitted_for_approval). That 题注 is the
    submitted text's, no sign of a document of its own: one document, the
    条例 its part, its 章 and 条 the report's provisions."""
    docs = _documents(SUBMITTING + RULE, columns)
    assert [d.title for d in docs] == [SUBMITTING[0]]
    assert docs[0].issuers == ["南岭市人民代表大会常务委员会"] and docs[0].date == "2019-06-28"
    assert [part.title for part in docs[0].parts[1:]] == [RULE[0]]
    assert [p.label for p in docs[0].provisions] == ["第一章", "第一条", "第二条", "第三条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_the_report_does_not_name_is_a_document_of_its_own(columns):
    """The control: a 条例 under its adoption 题注 that the report above
    names not (another city's, another rule) is a document of its own, as
    it was before the rule."""
    other = ["北山市养犬管理条例"] + [RULE[1].replace("南岭", "北山")] + RULE[2:]
    docs = _documents(SUBMITTING + other, columns)
    assert [d.title for d in docs] == [SUBMITTING[0], other[0]]
    assert docs[0].parts[1:] == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_under_its_own_number_is_a_document_of_its_own(columns):
    """The control: a title with a 发文字号 under it opens a document of its own
    (GB/T 9704 7.2.4), whatever the report above names."""
    numbered = ["南岭市禁毒条例", "南常发〔2019〕12号"] + RULE[2:]
    docs = _documents(SUBMITTING + numbered, columns)
    assert [d.title for d in docs] == [SUBMITTING[0], numbered[0]]
