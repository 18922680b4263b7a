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

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

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


# A joint notice closed by its date and the 附注's contact in brackets, then a 函's head: the organ's name alone over
# its 发文字号 and title (GB/T 9704 10.1, no 文件).
CLOSED_BY_NOTE = ["某某市水务局关于开展节约用水知识大赛的通知", "各区市水务局:", "请各单位积极组织参加。",
                  "某某市水务局", "2021年4月22日", "(联系人:张某;联系电话:0631-1234567)"]
LETTER_HEAD = ["某某区水利局", "某水〔2010〕46号", "关于做好城市节约用水宣传周宣传工作的通知", "各镇水利站:",
               "现将有关事项通知如下。", "二〇一〇年五月十日"]
# Control: a text that closes on a bracketed line with no date over it (an unsigned excerpt's last note): an organ's
# name under it is not read as a head on that evidence.
UNDATED_NOTE = ["关于公布节约用水举报电话的通知", "各镇水利站:", "现将举报电话公布如下。",
                "(举报电话:0519-1234567)"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_over_a_number_under_a_dated_note_heads_the_next_text(columns):
    """GB/T 9704 7.3.6 and 10.1: the 附注 in brackets under the 成文日期 closes
    the text as the date does; an organ's name alone under it, over a 发文字号
    and a title, is the next text's 版头 (a 函's 发文机关标志), not the last
    words of the note."""
    docs = _documents(CLOSED_BY_NOTE + LETTER_HEAD, columns)
    assert [d.title for d in docs] == [CLOSED_BY_NOTE[0], LETTER_HEAD[2]]
    assert docs[0].issuers == ["某某市水务局"] and docs[0].date == "2021-04-22"
    assert docs[1].issuers == ["某某区水利局"] and docs[1].doc_number == "某水〔2010〕46号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_under_an_undated_bracket_is_not_read_as_a_head_by_it(columns):
    """Control: no date over the bracket, so the rule above reads nothing:
    the texts split as before, the second titled and numbered, and the name
    read as the text above's signer (an undated name over a number may be)."""
    docs = _documents(UNDATED_NOTE + LETTER_HEAD, columns)
    assert [d.title for d in docs] == [UNDATED_NOTE[0], LETTER_HEAD[2]]
    assert docs[1].doc_number == "某水〔2010〕46号"
    assert docs[0].issuers == ["某某区水利局"] and docs[1].issuers == []


# An unsigned notice whose date the page stored damaged, its 月 and 日 lost ('2023年125'), then the 函's head.
DAMAGED_CLOSE = ["关于明确公共供水管网覆盖范围的通知", "各企事业单位:", "现将公共供水管网覆盖范围明确如下。",
                 "本通知自发布之日起有效期为一年。", "2023年125"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_over_a_number_under_a_damaged_date_heads_the_next_text(columns):
    """GB/T 9704 7.3.5: the 成文日期 closes the text, though the page lost its
    月 and 日 (frame.DAMAGED_DATE_RE); the organ's name under it, over a
    发文字号 and a title, heads the next text, not the table rows of this one."""
    docs = _documents(DAMAGED_CLOSE + LETTER_HEAD, columns)
    assert [d.title for d in docs] == [DAMAGED_CLOSE[0], LETTER_HEAD[2]]
    assert docs[1].issuers == ["某某区水利局"] and docs[1].doc_number == "某水〔2010〕46号"


# The title of TWO_NAMES with a longer name, under a signed notice: a narrow measure cuts it inside the bracket of
# its second name ('…建设和管理委员会(某某区' / '水务局)关于…').
LONG_TWO_NAMES = ["上海市某某区建设和管理委员会(某某区水务局)关于申请某某区县域节水型社会达标建设审核的请示"] + TWO_NAMES[1:4] \
    + ["上海市某某区建设和管理委员会", "2023年12月5日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_title_cut_inside_its_organs_second_name_begins_on_the_organs_line(columns):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 事由 + 文种, the organ perhaps named by
    both its names, the second in brackets (grammar.ALIASED_ORGAN_HEAD_RE). A
    measure that cuts the title inside that bracket leaves the organ's first
    name on the line above 关于's: the title begins there, under the text above
    whole, not at the line that holds 关于."""
    docs = _documents(NOTICE + LONG_TWO_NAMES, columns)
    assert [d.title for d in docs] == [NOTICE[0], LONG_TWO_NAMES[0]]
    assert docs[1].issuers == ["上海市某某区建设和管理委员会"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_sentence_cut_inside_a_cited_organs_second_name_heads_no_title(columns):
    """Control: a body sentence that cites such an organ's text, cut the same
    way, opens on the sentence's words: no title begins, the notice stays one."""
    cited = NOTICE[:2] + ["现将有关事项通知如下：请各乡镇按照某某区建设和管理委员会(某某区水务局)关于做好节水工作的通知要求完成任务。"] \
        + NOTICE[3:]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
