"""The document grammar on layouts of the two-hundred-and-thirtieth held-out
set's kind (issue #11): water-saving and urban water supply and drainage texts
of counties, districts and cities (a 节水型社会 工作方案 issued by a county
office, a district 水务局's 函, a 建设和管理委员会's 请示, three city bodies' joint
通知, a county's 污水处理费 公告, a 管理区's 供水管网 通知, a district 水利局's
节水宣传周 通知) as their portals store them. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 请示 whose title names its organ by both its names, the second in brackets; signed by the first alone.
TWO_NAMES = ["某某区建设和管理委员会(某某区水务局)关于申请节水型社会达标建设审核的请示", "某某市水务局:",
             "我区已完成节水型社会达标建设自查工作，现申请审核。", "以上请示，请予批复。",
             "某某区建设和管理委员会", "2023年12月5日"]
# Control: a title that names two organs, the second in brackets as another body's, signed by the first: the bracket
# is no second name of the signer when the signer's name does not stand whole before it.
OTHER_BODY = ["某某区水务局关于某某区供水管网(某某供水有限公司)移交工作的通知", "各街道办事处:",
              "现将供水管网移交有关事项通知如下。", "某某区水务局", "2023年12月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_named_in_the_title_by_both_its_names_is_one_issuer(columns):
    """一个机构两块牌子: a body that bears a second name (加挂牌子) is named by
    both in its title, the second in brackets, and signs by the first: the
    title's organ is the signer whole and a bracketed organ's name, one body,
    no second issuer."""
    docs = _documents(TWO_NAMES, columns)
    assert len(docs) == 1 and docs[0].title.endswith("关于申请节水型社会达标建设审核的请示")
    assert docs[0].issuers == ["某某区建设和管理委员会"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracket_in_the_title_after_the_subject_is_no_second_name(columns):
    """Control: the bracket stands in the 事由, not after the signer's name
    whole: one issuer, the signer, as before."""
    docs = _documents(OTHER_BODY, columns)
    assert [d.title for d in docs] == [OTHER_BODY[0]]
    assert docs[0].issuers == ["某某区水务局"]


# A joint notice whose three signers, the date and the 附注's contact in brackets a page set on one line.
JOINT_CLOSE = ["某某市水务局 某某市教育局关于开展节约用水知识大赛的通知", "各区市水务局、教育局:",
               "请各单位积极组织，于5月24日前将参赛情况报市水务局。",
               "某某市水务局 某某市教育局 共青团某某市委 2021年4月22日 (联系人:张某;联系电话:0631-1234567)"]
# Control: a sentence that runs on after a date to a bracket that names no contact stays the body's.
DATED_SENTENCE = ["某某市水务局关于开展节约用水知识大赛的通知", "各区市水务局:",
                  "请各单位积极组织参加。", "某某市水务局", "2021年4月22日",
                  "大赛于2021年5月24日 (星期一)开始报名"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_signers_date_and_a_bracketed_contact_on_one_line_are_the_close(columns):
    """GB/T 9704 7.3.5-7.3.6: each joint issuer signs, the 成文日期 under the
    names, the 附注 in round brackets under the date; a page that sets them
    side by side on one line, the contact in its brackets after the date,
    and a measure that wraps that line inside the date or the contact, give
    the same close: the signers, the date, the contact a line of its own."""
    docs = _documents(JOINT_CLOSE, columns)
    assert [d.title for d in docs] == [JOINT_CLOSE[0].replace(" ", "")]
    assert docs[0].issuers == ["某某市水务局", "某某市教育局", "共青团某某市委"]
    assert docs[0].date == "2021-04-22"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_in_a_sentence_before_a_bracket_is_no_close(columns):
    """Control: the close above it stands; the sentence under it, a date and
    a bracket that opens no contact's label, is no signature or date."""
    docs = _documents(DATED_SENTENCE, columns)
    assert len(docs) == 1 and docs[0].issuers == ["某某市水务局"] and docs[0].date == "2021-04-22"
