"""The document grammar on layouts of the seventy-fourth held-out set's kind
(issue #11): the answers a government's departments give to the 建议 of
人大代表 and the 提案 of 政协委员 (答复, 答复函, 复函, 会办意见), as county and
city sites publish them: the 分类标记 by the 发文字号, the deputies or members
addressed by name, the contact and 抄报 lines under the date. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import wrap
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

REPLY_TITLE = "对某某市政协第十三届一次会议第268号提案的答复"
REPLY_BODY = ["各位委员提出的《关于在商业区设置微型车车位的提案》收悉，现答复如下：",
              "目前，市委市政府正在大力推进城市智慧停车管理系统建设项目，我局将借此机会开展试点。",
              "感谢各位委员对公安交管工作的关心和支持。", "某某市公安局", "2022年7月24日"]


# ---------------------------------------------------------------- the 分类标记 by the 发文字号

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["（A类）", "(A类)", "B类", "（乙类）", "（C）"])
def test_a_class_mark_run_on_after_the_number_is_no_text(mark, columns):
    """A reply to a 建议 or 提案 is marked with the class of its result
    (A: solved, B: under way, C: kept for reference), which an office prints by
    the 发文字号 on its line ('某公提复〔2022〕12号（A类）'): the number is the
    document's own, the mark a mark of its 版头, and the 主送 under them
    names the members answered."""
    docs = _documents(NOTICE + [REPLY_TITLE, "某公提复〔2022〕12号" + mark, "罗某某等3位委员："] + REPLY_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert (docs[1].doc_number, docs[1].addressees) == ("某公提复〔2022〕12号", "罗某某等3位委员")
    assert (docs[1].issuers, docs[1].date) == (["某某市公安局"], "2022-07-24")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_cited_before_a_class_word_in_a_sentence_stays_in_it(columns):
    """Control: a sentence that cites a number and goes on ('…（某政发〔2020〕3号）B类项目…')
    is the body's, no 发文字号 line: a mark stands alone after the number, with nothing after it."""
    title = "某某县人民政府关于下达2020年第二批建设项目计划的通知"
    docs = _documents([title, "各乡镇人民政府：",
                       "按照某政发〔2020〕3号B类项目管理要求，现将第二批建设项目计划下达给你们，请认真组织实施。",
                       "某某县人民政府", "2020年5月6日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].doc_number, docs[0].addressees) == (None, "各乡镇人民政府")


# ---------------------------------------------------------------- the 抄报 and contact lines under the date

@pytest.mark.parametrize("columns", WIDTHS)
def test_the_contact_and_cc_lines_under_a_replys_date_are_no_title(columns):
    """A reply prints under its date the organs it reports to ('抄 报：县政府办
    县政协提案委', the older 版记's 抄报 beside 抄送, GB/T 9704-1999) and its
    contact as a form's fields ('联系单位：县教育局', '经 办 人：王某 联系电话：…'):
    none is a line of the next document's title, however the wrap cut them."""
    first = ["对县政协十届三次会议第12号提案的答复", "戴某委员：",
             "您在政协第十届三次会议提出的《关于兴建学生宿舍楼的提案》已收悉，现答复如下：",
             "我局已将该校学生宿舍建设项目列入2019年乡镇寄宿制学校项目库。", "某某县教育局", "2019年4月20日",
             "抄 报：县政府办 县政协提案委 联系单位： 县教育局", "经 办 人： 王某某 联系电话： 2261277"]
    docs = _documents(NOTICE + first + [REPLY_TITLE, "某公提复〔2022〕12号", "罗某某等3位委员："] + REPLY_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], first[0], REPLY_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["某某县教育局"], "2019-04-20")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_that_names_its_contact_office_is_still_a_title(columns):
    """Control: a title may name an office whose name holds 联系 ('…联系办公室…'):
    only a field's label and its colon at the line's head is a contact line."""
    title = "某某县人大常委会代表联系办公室关于做好代表建议办理工作的通知"
    docs = _documents(NOTICE + [title, "各承办单位：", "现将有关事项通知如下：请在6月底前办结代表建议。",
                                "某某县人大常委会代表联系办公室", "2021年3月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]


# ---------------------------------------------------------------- the members answered, their colon lost

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("members", ["贺某某、佟某某委员", "纪某某等3名代表", "某某乡委员小组"])
def test_the_members_answered_without_their_colon_are_the_addressees(members, columns):
    """A page may lose the colon of a reply's 主送 (GB/T 9704 7.3.2): the
    deputies or members it answers, by name and capacity alone on the line,
    over a body that quotes what they proposed ('《关于…的建议》收悉…') or
    addresses them ('您提出的…'), are its 主送 still, not the body's first words."""
    title = "某某县教育体育局关于对政协某某县第十届委员会五次会议49号提案的答复函"
    docs = _documents(NOTICE + [title, members, "《关于更新补充农村中小学适用图书的建议》收悉，现答复如下：",
                                "一、办理过程", "我单位与委员进行了面商沟通，就提案办理措施达成初步意见。",
                                "某某县教育体育局", "2021年10月22日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == members


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_on_members_goes_on(columns):
    """Control: a body's sentence the wrap cut after members' names ('…与贺某某、
    佟某某委员' / '进行了沟通') goes on: its next words are no reply's opening."""
    title = "某某县教育体育局关于对政协某某县第十届委员会五次会议49号提案的答复函"
    docs = _documents(NOTICE + [title, "贺某某委员：", "您提出的《关于更新补充农村中小学适用图书的建议》收悉，现答复如下：",
                                "3月17日，我单位与贺某某、佟某某委员", "进行了面商沟通，就提案办理措施达成初步意见。",
                                "某某县教育体育局", "2021年10月22日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == "贺某某委员"


# ---------------------------------------------------------------- a reply titled with the subject it answers

@pytest.mark.parametrize("columns", [None, 18, 20, 22, 26])
def test_a_reply_titled_with_its_subject_after_a_colon_is_a_title(columns):
    """A site may list a reply with the subject of the 建议 it answers after
    its own title and a colon ('对县十八届人大五次会议第3号建议的答复：某某小学
    筹建风雨操场的建议'): the reply's kind word ends its own title, the subject
    is the 建议's, and the deputy addressed under it (over the colon, '何某某
    代表：') is its 主送. A measure that wraps right after the colon (20 here)
    leaves a line ending as a sentence's lead ends; the reply's title still
    runs on from it (frame.answered_lead)."""
    title = "对县十八届人大五次会议第3号建议的答复：某某镇中心小学筹建风雨操场的建议"
    docs = _documents(NOTICE + [title, "何某某代表：", "您提出的关于某某镇中心小学筹建风雨操场的建议收悉，现答复如下：",
                                "我们已将该项目上报至发改局，被列为“十四五”规划重大项目中的备选项目。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].kind, docs[1].addressees) == ("答复", "何某某代表")


@pytest.mark.parametrize("indent", ["", "      "])
@pytest.mark.parametrize("cut", [0, 1, 3])
def test_a_reply_title_set_larger_than_its_body_wraps_after_its_colon(cut, indent):
    """A print sets the title larger than the body (GB/T 9704 7.3.1: 2号
    小标宋 over 3号 仿宋), so its lines stop short of the body's measure, and
    the wrap may cut right after the reply's colon or a few words into the
    subject it answers ('…的答复：某某镇' / '中心小学筹建风雨操场的建议'): the
    reply's title still runs on from that line (frame.answered_lead), though
    a line holding a colon that stops short otherwise ends a sentence's lead."""
    lead, subject = "对县十八届人大五次会议第3号建议的答复：", "某某镇中心小学筹建风雨操场的建议"
    head = [indent + lead + subject[:cut], indent + subject[cut:]]
    body = wrap("您提出的关于某某镇中心小学筹建风雨操场的建议收悉，现答复如下：我们已将该项目上报至发改局，"
                "被列为“十四五”规划重大项目中的备选项目，将积极向上争取资金，逐步完善学校的基础设施建设。", 30)
    text = "\n".join(wrap("".join(NOTICE[:-2]), 30) + NOTICE[-2:] + head + ["何某某代表："] + body
                     + ["某某县教育局", "2021年5月1日"])
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], lead + subject]
    assert docs[1].addressees == "何某某代表"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_heading_that_ends_on_a_proposal_after_a_colon_is_no_title(columns):
    """Control: only a reply's kind takes the subject after its colon: a body
    line that quotes a 通知 then names a 建议 ('…的通知：关于加快建设的建议')
    is no title of a reply."""
    docs = _documents(NOTICE + ["附件：某某县人民政府关于做好春季植树造林工作的通知：关于加快建设苗圃基地的建议"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a reply signed but not dated

UNDATED = ["关于对县政协九届三次会议第55号提案的答复", "某某乡委员小组：",
           "你们提出的《关于支持某某林果基地道路建设的提案》，交我局研究办理，现答复如下：",
           "我局将积极向上级部门争取资金，以解决该道路的建设。", "感谢你们对交通工作的关心和支持！", "某某县交通运输局"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["对县十八届人大五次会议第3号建议的答复", "关于县十八届人大五次会议第3号建议的答复"])
def test_an_organ_the_text_above_speaks_as_signs_it(title, columns):
    """GB/T 9704 7.3.5: the signature stands under the body's last sentence.
    A reply printed without its date ends on its organ's name alone, and the
    next title may begin right under it, on 对 or 关于: the organ whose own
    word the text above speaks as ('交我局研究办理' over '某某县交通运输局') signs
    that text, its signature though no date follows, and is no 发文机关 of
    the title under it."""
    docs = _documents(NOTICE + UNDATED + [title, "何某某代表：",
                                          "您提出的关于某某小学筹建风雨操场的建议收悉，现答复如下：我们会积极向上争取资金。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], UNDATED[0], title]
    assert (docs[1].issuers, docs[1].date) == (["某某县交通运输局"], None)


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_the_text_above_never_speaks_as_heads_the_title(columns):
    """Control: an organ alone over a 关于 line, under a text that never
    speaks as it (a text cut short before its signature), is the 发文机关 of
    the title under it (GB/T 9704 7.3.1), as the title's first line."""
    cut = [UNDATED[0], UNDATED[1], "你们提出的《关于支持某某林果基地道路建设的提案》收悉，现答复如下：",
           "县里将积极向上级部门争取资金，以解决该道路的建设。", "感谢你们对交通工作的关心和支持！"]
    title = ["某某县教育局", "关于县十八届人大五次会议第3号建议的答复"]
    docs = _documents(NOTICE + cut + title + ["何某某代表：", "您提出的关于某某小学筹建风雨操场的建议收悉，现答复如下："
                                                         "我们会积极向上争取资金。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], UNDATED[0], "某某县教育局关于县十八届人大五次会议第3号建议的答复"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_closing_a_text_that_never_speaks_as_it_is_no_signature(columns):
    """Control: a last line naming an organ under a text that never speaks as
    it ('…由县交通运输局负责。' / '县交通运输局') is no signature read without a date."""
    docs = _documents(NOTICE + ["关于做好农村公路养护工作的通知", "各乡镇人民政府：",
                                "农村公路养护由各乡镇负责，县里给予补助。", "县财政局"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于做好农村公路养护工作的通知"]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- a reply's number whose serial is no figure

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某教提复字〔2019〕来信号B类", "某教提复字〔2019〕来信号（B类）"])
def test_a_classed_number_line_with_a_worded_serial_heads_no_title(number, columns):
    """A reply numbers itself by the 提案 it answers, and a 提案 that came by
    letter has a word for its serial ('…〔2019〕来信号'); the 分类标记 run on
    after 号 marks the line as the reply's number line all the same (no title
    ends '号B类'): a line of the 版头 over the title, none of the title."""
    title = "对县政协十届三次会议第来信号提案的答复"
    docs = _documents(NOTICE + [number, title, "戴某委员：",
                                "您在政协第十届三次会议提出的《关于兴建学生宿舍楼的提案》已收悉，现答复如下：",
                                "我局已将该校学生宿舍建设项目列入2019年乡镇寄宿制学校项目库。", "某某县教育局",
                                "2019年4月20日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].addressees, docs[1].issuers) == ("戴某委员", ["某某县教育局"])


@pytest.mark.parametrize("columns", [None, 26])
def test_a_line_citing_a_worded_number_in_a_sentence_stays_in_it(columns):
    """Control: a sentence that cites such a number and goes on ('…按来信号B类办理。')
    is the body's."""
    docs = _documents(NOTICE + ["关于做好提案办理工作的通知", "各承办单位：",
                                "委员来信提出的提案编为某政协〔2019〕来信号B类，请各单位按期办理。", "某某县人民政府办公室",
                                "2019年3月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于做好提案办理工作的通知"]
    assert docs[1].addressees == "各承办单位"


# Sweep at seed 11 (2026-12-06): 淮南's 答复函, the wrap cutting its title after 答复, the 函 alone on the next line
# over the deputy's salutation.
@pytest.mark.parametrize("kind", ["答复", "批复"])
def test_a_title_cut_inside_its_kind_word_goes_on_to_the_letter(kind):
    """'…建议的答复' / '函': a 函 that answers or approves names itself 答复函
    or 批复函, one kind word the wrap may cut; the title goes on to the 函,
    and the salutation under it is the 主送 alone."""
    title = f"关于市十七届人大三次会议第182号代表建议的{kind}"
    lines = NOTICE + [title, "函", "尊敬的朱某代表:", "您提出的《关于乡镇快递存在二次收费问题的建议》收悉，现答复如下：",
                      "我局将加快推进农村物流体系建设。", "某某市交通运输局", "2023年5月5日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], title + "函"]
    assert docs[1].addressees == "尊敬的朱某代表"


def test_a_kind_word_alone_under_a_whole_title_is_still_a_title_of_its_own():
    """Control: a 文种 alone under a title closed on its own ('…的通知' /
    '倡议书') is a title of its kind alone, no rest of the kind above."""
    lines = NOTICE + ["倡议书", "全县广大群众：", "为保护生态环境，我们倡议：爱护环境，人人有责。", "某某县文明办", "2023年5月5日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], "倡议书"]
