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


# A plan forwarded by a notice, its text cut by the store on a comma (stored in ASCII), and under it a 公告 titled
# by its organ (the place's level word left out), 关于 and its 事由, no 主送, no 结束语, signed by its organ whole.
CUT_ON_COMMA = ["南岭市人民政府办公室关于转发南岭市禁毒工作三年行动计划的通知", "各县、区人民政府,市各有关部门:",
                "经市政府同意,现将《南岭市禁毒工作三年行动计划》转发给你们,请认真贯彻落实。", "南岭市人民政府办公室",
                "2018年2月12日", "南岭市禁毒工作三年行动计划", "一、总体要求",
                "以党的十九大精神为指导,深入贯彻落实市委关于禁毒工作的重要指示精神,坚定不移把党中央、省委省政府决策部署落到"
                "实处,坚持“预防为主,综合治理,禁种、禁制、禁贩、禁吸并举”的工作方针,"]
ASKING = ["北山人民政府法制办公室关于《北山市争创全国禁毒示范城市工作方案》、《北山市争创全国禁毒示范城市实施细则》"
          "公开征求意见的公告",
          "为切实做好禁毒示范城市创建工作,现将征求意见稿全文公布,公众可通过以下方式提出意见:",
          "1. 通过信函的方式将意见寄至北山市人民政府法制办公室。", "2. 通过电子邮件方式将意见发送至邮箱。",
          "意见反馈截止时间为2018年6月13日。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_its_own_organ_signs_under_a_sentence_cut_on_a_comma_is_whole(columns):
    """GB/T 9704 7.3.1 and 7.3.5.1: a full 标题 (发文机关 + 关于 + 事由 +
    文种) whose body closes, with no 结束语, on the signature of the organ it
    opens on (written whole, the place's level word the title left out put
    in) and the 成文日期 under it is a document's title, though the line
    above stops inside its sentence on a comma a page stored in ASCII
    (GB/T 15834: an in-sentence mark; titles.framed.signed_full_title), its
    正文 opening under it on its ground ('为…'): a sentence that runs on into
    a quoted title fills the line past its 文种 or goes on under it with its
    own words, not with a new 开头 (holdout255's control, '…的通知' / '要求,…',
    signed by the same organ, stays in its sentence). Wrapped at 18 columns the title's first
    lines had stayed with the plan above and its '征求意见的公告' alone, over
    the 公告's ground ('为…'), read as its title."""
    docs = _documents(CUT_ON_COMMA + ASKING + ["北山市人民政府法制办公室", "2018年6月6日"], columns)
    assert [d.title for d in docs] == [CUT_ON_COMMA[0], ASKING[0]]
    assert docs[1].issuers == ["北山市人民政府法制办公室"] and docs[1].date == "2018-06-06"
    assert [p.label for p in docs[1].provisions] == ["1.", "2."]


def test_a_full_title_another_organ_signs_is_left_to_the_rules_before():
    """The control: where another organ signs under the body (no signature
    of the organ the title opens on), the rule reads nothing
    (signed_full_title is false), and a title under a sentence cut on a
    comma is read as before."""
    from builder.model import Line
    from builder.stages.split.titles.framed import signed_full_title
    texts = ["南岭市禁毒委员会关于开展禁毒宣传月活动的通知", "为做好宣传工作,现通知如下:", "北山市公安局", "2018年6月6日"]
    lines = [Line(no=n, text=t) for n, t in enumerate(texts)]
    assert not signed_full_title(lines, 0, 1, 30.0)
    lines[2] = Line(no=2, text="南岭市禁毒委员会")
    assert signed_full_title(lines, 0, 1, 30.0)
