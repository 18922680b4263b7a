"""The document grammar on layouts of the hundred-and-eighty-seventh
held-out set's kind (issue #11): working rules and standing systems of
city and county organs (工作规则, 议事规则, 章程), as their sites, law
libraries and mirrors store them: a people's congress's session that
adopts its 议事规则 and prints it under the 公告 its 主席团 issues in the
session's name, 题注 that list several events. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.stages.split.titles.head import meeting_cut
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

SESSION_NOTICE = ["某某县第十七届人民代表大会第三次会议", "公 告", "（第3号）",
                  "2021年3月5日，某某县第十七届人民代表大会第三次会议表决通过了《某某县人民代表大会代表建议办理规则》。",
                  "某某县第十七届人民代表大会", "第三次会议主席团", "2021年3月5日",
                  "某某县人民代表大会代表建议办理规则", "第一章 总 则",
                  "第一条 为规范代表建议的办理工作，根据有关法律规定，结合本县实际，制定本规则。",
                  "第二条 代表建议由县人民代表大会常务委员会交有关机关和组织研究办理。"]
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sessions_notice_publishes_the_rules_it_tells_were_adopted(columns):
    """A people's congress's 主席团 issues the 公告 of its session in the
    session's name ('XX县第X届人民代表大会第X次会议' / '公告' / '（第3号）'), no
    事由, as a standing committee issues the 公告 that promulgates a 法规:
    the 议事规则 it tells the session adopted ('…表决通过了《…》。') and
    prints under its date is what it publishes, the document known by that
    text's title and cited by the session's 公告 and serial."""
    doc, = _documents(SESSION_NOTICE, columns)
    assert doc.title == "某某县人民代表大会代表建议办理规则"
    assert doc.doc_number == "某某县第十七届人民代表大会第三次会议公告第3号"
    assert doc.date == "2021-03-05"
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] \
        == ["第一章", "第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_with_its_subject_that_tells_of_an_adoption_opens_no_text_under_it(columns):
    """Control: a 公告 titled with its 事由 ('…关于…的公告') that tells a text
    was adopted publishes nothing by that sentence: a notice printed under
    its date is a document of its own."""
    told = ["某某县人民代表大会常务委员会关于召开县第十七届人民代表大会第三次会议的公告",
            "某某县第十七届人民代表大会常务委员会第二十次会议表决通过了《关于召开县第十七届人民代表大会第三次会议的决定》。",
            "某某县人民代表大会常务委员会", "2021年2月1日"]
    docs = _documents(told + NOTICE, columns)
    assert [d.title for d in docs] == [told[0], NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_presidium_of_a_session_signs_over_two_lines(columns):
    """GB/T 9704 7.3.5: the 署名 is the signer's full name; the 主席团 of a
    session signs in the session's name, which a signature column wraps
    after the congress ('…第十七届人民代表大会' / '第三次会议主席团'). A line
    that opens on the sitting's ordinal opens no name: the two lines are
    one signer."""
    doc, = _documents(SESSION_NOTICE, columns)
    assert doc.issuers == ["某某县第十七届人民代表大会第三次会议主席团"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_signing_alone_over_its_date_is_read_as_before(columns):
    """Control: a signature of one line, the organ's whole name, is that
    organ; the line above it (the body's last sentence) is no part of it."""
    doc, = _documents(NOTICE, columns)
    assert doc.issuers == ["某某县人民政府"]


CPPCC_RULES = ["中国人民政治协商会议某某县委员会", "常务委员会工作规则", "（2022年4月13日县政协十一届一次常委会议修订）",
               "第一章 总 则", "第一条 为推进常务委员会工作的制度化、规范化和程序化建设，根据《中国人民政治协商会议章程》，制定本规则。",
               "第二条 常务委员会主持政协某某县委员会的会务。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_peoples_political_consultative_conference_is_one_name(columns):
    """The 政协's full name ends in 会议 ('中国人民政治协商会议某某县委员会'):
    the 会 of 会议 ends no organ's name, so the committee the title names
    (its 常务委员会) is one issuer, not '…政治协商会' and '议某某县…'."""
    doc, = _documents(CPPCC_RULES, columns)
    assert doc.title == "中国人民政治协商会议某某县委员会常务委员会工作规则"
    assert doc.issuers == ["中国人民政治协商会议某某县委员会常务委员会"]
    assert doc.date == "2022-04-13"


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_issuers_printed_without_a_separator_are_still_parted(columns):
    """Control: two organs' names run together in a title ('XX市人民政府XX军分区关于…') are two issuers, cut
    after the first name's ending where the next begins with a place."""
    doc, = _documents(["某某市人民政府某某军分区关于做好征兵工作的通知", "各县（区）人民政府：",
                       "现将有关事项通知如下：请各地做好征兵工作。"], columns)
    assert doc.issuers == ["某某市人民政府", "某某军分区"]


def _rules(note: str) -> list[str]:
    return ["某某县人民代表大会常务委员会主任会议议事规则", note,
            "第一条 根据有关法律规定，制定本规则。", "第二条 主任会议由常务委员会主任、副主任组成。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_note_that_lists_each_event_with_its_verb_dates_the_text_by_the_first(columns):
    """A 题注 that lists the text's history, each event with its own verb
    ('1990年5月30日制定，1995年5月24日修订，2008年4月22日…会议修正'), dates it
    by its making, as a 题注 of an adoption and later amendments does: not
    by the last amendment."""
    doc, = _documents(_rules("（1990年5月30日制定，1995年5月24日修订，"
                             "2008年4月22日某某县第十四届人民代表大会常务委员会第三次会议修正）"), columns)
    assert doc.date == "1990-05-30"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_meetings_listed_before_one_verb_still_date_the_text_by_the_last(columns):
    """Control: meetings listed before one verb adopt the text together
    ('…第12次主任会议、…第3次会议通过'): the last of them dates it."""
    doc, = _documents(_rules("（2018年1月25日某某县人民代表大会常务委员会第12次主任会议、"
                             "2018年3月2日某某县人民代表大会常务委员会第3次会议通过）"), columns)
    assert doc.date == "2018-03-02"


ABOVE = ["某某市人民代表大会常务委员会工作规则",
         "第一条 常委会是市人民代表大会的常设机关，对市人民代表大会负责并报告工作。",
         "市人大各专门委员会根据常委会工作计划要点，制订各自的工作计划。"]
MIRRORED_CPPCC = ["中國(guó)人民政治協(xié)商會(huì)議某某縣委員會(huì)", "常務(wù)委員會(huì)工作規(guī)則",
                  "(2022年4月13日 縣政協(xié)十一屆一次常委會(huì)議修訂)", "第一章 總 則",
                  "第一條 為進(jìn)一步推進(jìn)常務(wù)委員會(huì)工作的制度化,制定本規(guī)則。",
                  "第二條 常務(wù)委員會(huì)主持政協(xié)某某縣委員會(huì)的會(huì)務(wù)。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_the_wrap_cut_inside_its_meeting_word_begins_on_its_first_line(columns):
    """A mirror's pinyin takes room on the line, so the wrap may cut the
    政协's name inside 会议 ('中國人民政治協商會' / '議某某縣委員會' / '常務委員會
    工作規則'), over a text cut short with no signature: the 会 ends no name,
    so the two lines are no organs one a line over the title (which head no
    title) but its 发文机关, and the title begins on its first line."""
    docs = _documents(ABOVE + MIRRORED_CPPCC, columns)
    assert [d.title for d in docs] == [ABOVE[0], "中國人民政治協商會議某某縣委員會常務委員會工作規則"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_meeting_word_the_wrap_left_whole_is_read_as_before(columns):
    """Control: the 政协's name whole on its line over the rest of the title
    (no cut inside 会议) is the title's first line as before, and a line
    ending on 会 over one opening on another word keeps its organ's ending."""
    docs = _documents(ABOVE + ["中国人民政治协商会议某某县委员会", "常务委员会工作规则",
                               "（2022年4月13日县政协十一届一次常委会议修订）",
                               "第一条 为推进常务委员会工作的制度化，制定本规则。"], columns)
    assert [d.title for d in docs] == [ABOVE[0], "中国人民政治协商会议某某县委员会常务委员会工作规则"]
    assert not meeting_cut("某某县总工会", "某某县妇联")
