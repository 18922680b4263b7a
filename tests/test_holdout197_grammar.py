"""The document grammar on layouts of the hundred-and-ninety-seventh held-out
set's kind (issue #11): replies of city, county and district organs to
people's congress deputies' 建议 and CPPCC members' 提案, as their sites
store them (the answered 提案's matter in brackets after the reply's 文种, a
greeting run on before the 主送's colon, the contact line printed under the
date). Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.text.frame import kind_of
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
BRACKETED = ["某某区水务局关于对区政协五届二次会议第012号提案的答复(关于整治城区积水路段的建议)", "张某某 李 某委员:",
             "您们提出的提案《关于整治城区积水路段的建议》已收悉,现答复如下:", "经核实,该路段已列入今年改造计划。",
             "联系人:王某 联系电话:0000-1234567", "某某区水务局", "2024年10月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_whose_title_ends_on_the_answered_matter_in_brackets_is_a_reply(columns):
    """GB/T 9704 7.3.1: a title ends on its 文种. A site lists a reply to a
    提案 or 建议 with the matter it answers in brackets after the reply's
    own title ('…第012号提案的答复(关于…的建议)'), as others do after a colon:
    the reply's kind is 答复, the bracket no kind of its own, and the title
    opens its document over the members it answers."""
    docs = _documents(NOTICE + BRACKETED, columns)
    assert [d.title for d in docs] == [NOTICE[0], BRACKETED[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某区水务局"], "2024-10-18")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_bracket_after_a_title_that_is_no_answered_matter_stays_out(columns):
    """Control: a bracket that holds no 建议's, 提案's or 议案's matter after a
    reply's title ('…的答复(第二批)') is read as before."""
    title = "某某区水务局关于对区政协五届二次会议第012号提案的答复(关于整治城区积水路段)"
    assert kind_of(title) is None
    assert kind_of(BRACKETED[0]) == "答复"


REPLY = ["关于对某某县第十八届人民代表大会第四次会议第101号建议的复函", "钱某代表:", "您提出的建议已收悉,现答复如下:",
         "我局正在多方面争取项目资金。", "某某县交通运输局", "2019年7月22日", "联系人:孙某             联系电话:18100000000"]
GREETED = ["对县政协九届第一次会议《关于改造城区排水管网的提案》第018号提案的答复", "尊敬的赵某某委员您好:",
           "您提出的“关于改造城区排水管网的建议”已收悉,现答复如下:", "该项工作已纳入规划。", "某某县水利局", "2023年4月13日"]


@pytest.mark.parametrize("columns", [None, 18])  # (at 26 a wrapped title under the contact line: left, see
# tests/devset/README.md, holdout197)
def test_a_greeting_run_on_before_the_colon_is_no_part_of_the_addressees(columns):
    """GB/T 9704 7.3.2: the 主送 names whom the text is addressed to. A reply
    may run its greeting on before the colon ('尊敬的某某委员您好:'): the line
    is still the members' 主送, so the reply's title over it opens a document
    under the contact line the reply above ends on, and its addressees are the
    member named, without '您好'."""
    docs = _documents(REPLY + GREETED, columns)
    assert [d.title for d in docs] == [REPLY[0], GREETED[0]]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("尊敬的赵某某委员", ["某某县水利局"], "2023-04-13")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_members_addressee_with_no_greeting_reads_as_before(columns):
    """Control: '尊敬的某某委员:' with no greeting is the 主送 whole, as before."""
    docs = _documents(REPLY + [GREETED[0], "尊敬的赵某某委员:"] + GREETED[2:], columns)
    assert [d.title for d in docs] == [REPLY[0], GREETED[0]]
    assert docs[1].addressees == "尊敬的赵某某委员"


def _blank_separated(paragraphs: list[str]):
    """Every paragraph its own block, a blank line between, as a printed issue with blank lines gives them."""
    return convert("\n\n".join(paragraphs).encode("utf-8"), "x/x.txt", "x").documents


def test_the_answered_matter_in_brackets_on_its_own_line_closes_the_reply_s_title():
    """GB/T 9704 7.3.1: the title's lines are one title. A page that sets the
    matter a reply answers in brackets on a line of its own under the reply's
    title ('…提案的答复' / '(关于…的建议)'), a blank line between, prints the
    title's last line, no 附注: the title holds it, and the 主送 under it is
    the reply's."""
    head, matter = BRACKETED[0].split("(")
    docs = _blank_separated(NOTICE + [head, "(" + matter] + BRACKETED[1:])
    assert [d.title for d in docs] == [NOTICE[0], BRACKETED[0]]
    assert (docs[1].addressees.replace(" ", ""), docs[1].date) == ("张某某李某委员", "2024-10-18")


def test_a_bracket_under_a_reply_s_title_that_holds_no_answered_matter_reads_as_before():
    """Control: a bracket alone under a reply's title that names no 建议,
    提案 or 议案 ('(第二批)', a batch) is read as before: a batch's serial
    after the 文种, the title's."""
    head = BRACKETED[0].split("(")[0]
    docs = _blank_separated(NOTICE + [head, "(第二批)"] + BRACKETED[1:])
    assert docs[-1].title == head + "(第二批)"


# ---------------------------------------------------------------- a reply's title run into the member it answers

GREETED_RUN_IN = ["对县政协十届第二次会议第025号提案的答复尊敬的王某某委员您好:",
                  "您提出的“关于城镇棚户区居民排水改造的建议”已收悉,现答复如下:", "经研究,该片区已列入明年改造计划。",
                  "某某县住房和城乡建设局", "2023年5月6日"]
ORGAN_BEFORE_DUI = ["某某街道办事处 对县第十七届人大第三次会议第25号建议的答复陈某某代表:",
                    "您提出的关于补助卫生室缺口资金的建议已交我们研究办理,现答复如下:", "经研究,同意补助。",
                    "某某街道办事处", "2019年7月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("reply", [GREETED_RUN_IN, ORGAN_BEFORE_DUI], ids=["greeted", "organ"])
def test_a_replys_title_run_into_the_member_it_answers_is_parted(reply, columns):
    """An extractor that joins text boxes runs a reply's title into its 主送
    (GB/T 9704 7.3.1-7.3.2): the title ends on 答复, and the member it
    answers closes on the colon, a greeting perhaps run on before it ('…委员
    您好:'), under a title that names its organ before 对 with no 关于 ('某某
    街道办事处 对…建议的答复'). The reply opens its document."""
    docs = _documents(NOTICE + reply, columns)
    assert len(docs) == 2 and docs[1].title.endswith("的答复")
    assert docs[1].addressees.startswith(("尊敬的王某某委员", "陈某某代表"))
    assert docs[1].date in ("2023-05-06", "2019-07-10")


PADDED = ["某某区水务局关于对区政协五届二次会议第012号提案的答复", "张某某 李 某 王某某 赵 某 钱某某 孙某某委员:",
          "您们提出的提案《关于整治城区积水路段的建议》已收悉,现答复如下:", "经核实,该路段已列入今年改造计划。",
          "某某区水务局", "2024年10月18日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_members_named_with_two_character_names_padded_are_one_addressee_the_wrap_cut(columns):
    """GB/T 9704 7.3.2: the 主送 names the members a reply answers, and a page
    sets a two-character name as wide as a three-character one ('李 某'). The
    space it pads with took room in the printed line, though the text closes
    it up as a scanner's gap: the line the wrap filled with the names
    ('张某某 李 某 … 孙' / '某某委员:') is no paragraph's last, and the 主送 is
    the members, whole."""
    doc, = _documents(PADDED, columns)
    assert doc.addressees.replace(" ", "") == "张某某李某王某某赵某钱某某孙某某委员"
    assert (doc.issuers, doc.date) == (["某某区水务局"], "2024-10-18")


@pytest.mark.parametrize("columns", [18, 26])
def test_a_short_line_of_names_over_a_sentence_still_ends_its_paragraph(columns):
    """Control: a line of names set apart by spaces that stops well short of
    the measure, its spaces counted (a list's row), ends where it is printed."""
    names = ["某某县人民政府关于成立某某工作领导小组的通知", "各乡镇人民政府：", "领导小组成员如下：", "张某某 王某某 钱某某",
             "领导小组办公室设在县水利局。", "某某县人民政府", "2021年3月1日"]
    doc, = _documents(names, columns)
    texts = [b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")]
    assert "张某某 王某某 钱某某" in texts
