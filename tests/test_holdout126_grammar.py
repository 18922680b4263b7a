"""The document grammar on layouts of the hundred-and-twenty-sixth held-out
set's kind (issue #11): replies of city, county and district departments to
人大代表's 建议 and 政协委员's 提案 (答复, 回复, 答复的函, 复函), with their 类别 and
公开 marks, 发文字号 and contact lines. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow measure)
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A reply signed and dated: the document other cases run their text under.
ANSWERED = ["对某某县十八届人大二次会议第12号建议的答复", "张某某代表:",
            "您提出的《关于修缮某某村便民桥的建议》收悉,现答复如下:", "我局已将该桥列入今年维修计划。",
            "感谢您对交通工作的关心和支持。", "某某县交通运输局", "2022年6月10日"]


# ---------------------------------------------------------------- 回复 for 答复

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["对某某县十七届人大一次会议第69号建议的回复", "关于某某区人大五届五次会议1号建议的回复",
                                   "对政协某某县第十届委员会第二次会议第23号提案的回复"])
def test_a_reply_titled_with_hui_fu_is_a_document(title, columns):
    """The reply to a 人大 建议 or a 政协 提案 is an 答复; an office may title
    it with 回复 for 答复 ('对…第69号建议的回复'), the word the rules on
    handling 建议 and 提案 use beside 答复. Such a title, over the 主送 that
    names the deputy or member, opens a document as '…建议的答复' does."""
    reply = [title, "李某某代表:", "您好!", "您提出的“关于推进城镇老旧小区改造”的建议收悉,现将有关情况回复如下:",
             "我区已对中心城区的29个老旧小区实行了改造。", "感谢您对我区城市建设管理的关心。", "2021年5月6日"]
    docs = _documents(ANSWERED + reply, columns)
    assert [d.title for d in docs] == [ANSWERED[0], title]
    assert docs[1].addressees == "李某某代表"
    assert docs[1].date == "2021-05-06"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_reply_titled_with_hui_fu_alone_in_its_file(columns):
    """The same reply alone in a file, its 发文字号 with the 类别 run on over
    the title ('某建复〔2017〕5号(B类)'): the document, its number without the mark."""
    docs = _documents(["某建复〔2017〕5号(B类)", "对某某县十七届人大一次会议第69号建议的回复", "尊敬的王某某代表:",
                       "您提出的《关于在高速出口修建公厕的建议》已收悉,现将有关情况回复如下:",
                       "我局计划在高速出口附近建设一座公厕。", "二0一七年五月二十六日"], columns)
    assert [d.title for d in docs] == ["对某某县十七届人大一次会议第69号建议的回复"]
    assert docs[0].doc_number == "某建复〔2017〕5号"
    assert docs[0].addressees == "尊敬的王某某代表"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_reply_titled_with_hui_fu_run_into_its_addressee(columns):
    """A page that runs the title into the 主送 ('…第69号建议的回复李某某代表:')
    is set out again as it is for '…建议的答复': title, then the member addressed."""
    docs = _documents(ANSWERED + ["对某某县十七届人大一次会议第69号建议的回复李某某代表:",
                                  "您提出的“关于推进城镇老旧小区改造”的建议收悉,现将有关情况回复如下:",
                                  "我区已对中心城区的29个老旧小区实行了改造。", "2021年5月6日"], columns)
    assert [(d.title, d.addressees) for d in docs] == [(ANSWERED[0], "张某某代表"),
                                                       ("对某某县十七届人大一次会议第69号建议的回复", "李某某代表")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_ending_on_a_reply_opens_none(columns):
    """Control: only a 建议's, 提案's or 议案's 回复 is a reply's title; a body
    line the wrap ends on another '…的回复' ('尚未收到上级部门的回复' / '。')
    is the body going on."""
    docs = _documents(ANSWERED[:4] + ["目前该项目已上报,尚未收到上级部门的回复", "。请您耐心等待。", "某某县交通运输局",
                                      "2022年6月10日"], columns)
    assert [d.title for d in docs] == [ANSWERED[0]]


# ---------------------------------------------------------------- the marks of the 版头 between a headline and its number

def _marked(marks: list[str]) -> list[str]:
    return ["某某县农业农村局关于对政协某某县第十届委员会第一次会议第107号提案的复函"] + marks + [
        "某农函〔2022〕143号", "某某乡政协联络组:", "联络组提出的《关于维修某某村灌溉沟渠的建议》已交我局研究办理,现答复如下:",
        "我局已将该沟渠列入明年维修计划。", "某某县农业农村局", "2022年7月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("marks", [["类别:(C)", "公开"], ["公开"], ["依申请公开"], ["签发人:张某某", "公开"]])
def test_marks_between_a_headline_and_its_number_are_no_title(marks, columns):
    """GB/T 9704 7.2: the marks of the 版头 (a reply's 类别 and its bare
    公开属性 '公开', 签发人) stand apart over the 发文字号; a web page that
    prints the reply's title as its headline sets them under it. A mark is
    no line of a title: the 发文字号 and 主送 under it frame the headline's
    document, not a document titled '公开'."""
    docs = _documents(ANSWERED + _marked(marks), columns)
    assert [d.title for d in docs] == [ANSWERED[0], "某某县农业农村局关于对政协某某县第十届委员会第一次会议第107号提案的复函"]
    assert docs[1].doc_number == "某农函〔2022〕143号"
    assert docs[1].addressees == "某某乡政协联络组"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_short_title_over_its_number_stays_a_title(columns):
    """Control: a short title right over its 发文字号 with no mark between is
    still the title the number frames."""
    docs = _documents(ANSWERED + ["某某县政府信息公开", "某政办〔2022〕3号", "各乡镇人民政府:", "现将有关事项通知如下:请按时报送。",
                                  "某某县人民政府办公室", "2022年7月1日"], columns)
    assert [d.title for d in docs] == [ANSWERED[0], "某某县政府信息公开"]
    assert docs[1].doc_number == "某政办〔2022〕3号"


# ---------------------------------------------------------------- a reply's title under a text cut short

CUT_SHORT = ["关于对政协某某县第十届委员会第一次会议第107号提案的复函", "某某乡政协联络组:",
             "联络组提出的《关于维修某某村灌溉沟渠的建议》已交我局研究办理,现答复如下:",
             "县农科局高度重视办理工作,当前上级部门没有项目投向,无资金帮助建设,请你们理解。",
             "在此,对不能在预期内办理联络组提出的提案表示歉意,同时感谢"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("members", ["田某某、吴某某、周某委员", "田某某委员:", "尊敬的李某某等3名代表:"])
@pytest.mark.parametrize("tail", [CUT_SHORT[-1], "在此,对未能在期限内办结联络组所提的该件提案深表歉意,同时感谢"])
def test_a_reply_over_the_members_it_answers_opens_after_a_cut_text(tail, members, columns):
    """A reply's title (答复, naming the 建议 or 提案 it answers) with the
    deputies or members it answers under it as its 主送, its colon perhaps
    lost over a body that addresses them: a sentence that runs on into a
    title goes on with words, not with a 称谓 naming 委员 or 代表, so the
    title opens a reply even after a text whose excerpt ends mid-sentence,
    the sentence's last piece ('同时感谢', '感谢') no line of it."""
    docs = _documents(CUT_SHORT[:-1] + [tail, "对市政协九届四次会议第63号提案的答复", members,
                                   "你们提出的《关于在城区人行道安装红绿灯的建议》收悉,现答复如下:",
                                   "交通信号灯需根据实际路况确定是否安装。", "某某市公安局", "2020年8月24日"], columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], "对市政协九届四次会议第63号提案的答复"]
    assert docs[1].addressees == members.rstrip(":")
    assert docs[0].issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_running_into_a_reply_title_opens_none(columns):
    """Control: a sentence cut by the wrap before a reply's title it names
    ('…感谢县政协提案委员会对' / '市政协九届四次会议第63号提案的答复' / '工作的指导…')
    goes on with words, not with the members answered: the body of the text above."""
    docs = _documents(CUT_SHORT[:4] + ["在此,感谢县政协提案委员会对", "市政协九届四次会议第63号提案的答复",
                                       "工作的指导和支持。", "某某县农业农村局", "2022年7月1日"], columns)
    assert [d.title for d in docs] == [CUT_SHORT[0]]
    assert docs[0].issuers == ["某某县农业农村局"]
