"""The layout "titles run into their 主送" (tests/devset/layout.py
boxes_joined): GB/T 9704 sets the 标题 (7.3.1) and the 主送机关 (7.3.2) each
on a line of its own, but an extractor that joins text boxes standing close
runs each title into its 主送 on one line ('…的通知各区县人民政府，…：'), as the
People's Bank of China's own extraction of its PDFs does, and a narrow
measure wraps that line anywhere. The converter parts the line where the
title ends (builder/stages/split/unfold/title_ends.py,
_title_then_addressees). Each case
is invented text laid out so, at columns None and 18, and goes through the
real input path; each fails without its rule, and each has a control that
shows what must stay: a sentence that runs on past a kind word into words
ending on a colon ('…现将有关事项通知如下：') is not parted.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _text

# A notice whose excerpt the store cut mid-sentence: nothing closes it but the next title, and the line above that
# title goes on (the converter reads only a title whose grammar no sentence runs into there).
CUT_MID = ["关于做好电梯安全工作的通知", "各乡镇人民政府：", "为做好电梯安全工作，现就有关事项通知如下：",
           "一、构建电梯安全管理责任体系", "各乡镇、各有关部门要落实电梯安全责任制度，各级党委政府要"]
# A notice signed and dated: a title stands under it.
ENDED = ["关于做好秋季森林防火工作的通知", "各乡镇人民政府：", "为做好今年秋季森林防火工作，现就有关事项通知如下，请认真贯彻执行。",
         "青川县人民政府", "2011年9月2日"]
REPLY_BODY = ["您提出的关于加强小区电梯管理的建议收悉，我们高度重视，现答复如下：", "一、加强宣传教育。",
              "通过小区公告栏等渠道宣传电梯使用规定。", "青川县市场监督管理局", "2024年7月1日"]


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_reply_to_a_deputy_run_into_the_deputy_parts_under_a_cut_line(columns):
    """GB/T 9704 7.3.2 as a reply to a 建议 or 提案 keeps it (办理复文): its
    title ends on 答复 or 复函 after the text it answers, and its 主送 is the
    member who made it, by name and office, closing on its colon. Under a
    line an excerpt was cut after mid-sentence, that 主送 run in parts the
    title as a 主送 of organs does."""
    title = "关于青川县第十八届人民代表大会第12号建议的答复"
    docs = _documents(CUT_MID + [title + "张某某代表："] + REPLY_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知", title]
    assert docs[1].addressees == "张某某代表" and docs[1].issuers == ["青川县市场监督管理局"]
    organ_led = "青川县市场监督管理局关于县政协十五届五次会议第221号提案的复函"
    docs = _documents(CUT_MID + [organ_led + "尊敬的李某委员："] + REPLY_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知", organ_led] and docs[1].addressees == "尊敬的李某委员"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_reply_saluting_its_deputy_without_de_parts(columns):
    """A 主送 that salutes the member as '尊敬某某代表' (的 left out) is that
    member's name and office as well, after a reply's title whose cited
    建议 closes in quotes ('…“关于…的建议”的答复')."""
    title = "关于青川县人大四届三次会议第16号“关于将健康社区纳入老旧小区改造项目的建议”的答复"
    docs = _documents(ENDED + [title + "尊敬王某某代表："] + REPLY_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", title] and docs[1].addressees == "尊敬王某某代表"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_past_a_reply_word_stays_under_a_cut_line(columns):
    """Control: under a line cut mid-sentence, words that run on past
    '…建议的答复' and close on a colon but name no member ('…现将有关事项通知
    如下：', '…张某某代表所在的代表团：') stay in the text they go on."""
    for rest in ["现将有关事项通知如下：", "张某某代表所在的代表团："]:
        line = "关于青川县第十八届人民代表大会第12号建议的答复" + rest
        docs = _documents(CUT_MID + [line, "一是加强宣传教育。", "青川县人民政府", "2024年7月1日"], columns)
        assert _titles(docs) == ["关于做好电梯安全工作的通知"]


SERVED_BODY = ["因公共利益需要，依据土地管理法律法规，现将青川县2024年度第3批次土地征收有关事项公告如下：", "一、征收范围",
               "征收你村位于村北地块的土地，面积0.52公顷。", "青川县人民政府", "2024年5月6日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_notice_served_on_a_village_and_its_households_parts_off_them(columns):
    """GB/T 9704 7.3.2 as a notice served on those a measure concerns keeps
    it (土地管理法实施条例 第二十六条: the 征收土地预公告 and the 告知书
    served on the village and its households): the 主送 names the village
    and the class of parties with it ('…村及有关农户：'), run in after a
    title that names no 关于 ('转用告知书(…批次)', '某县人民政府征收土地预公告').
    It parts the title where a title stands and under a line cut mid-sentence."""
    served = "转用告知书(青川县2024年度第3批次)"
    docs = _documents(ENDED + [served + "青溪镇上河村及有关农户："] + SERVED_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", served]
    assert docs[1].addressees == "青溪镇上河村及有关农户" and docs[1].issuers == ["青川县人民政府"]
    organ_led = "青川县人民政府征收土地预公告"
    docs = _documents(CUT_MID + [organ_led + "青溪镇上河村村民委员会及有关居民："] + SERVED_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知", organ_led]
    assert docs[1].addressees == "青溪镇上河村村民委员会及有关居民"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_passing_a_notice_on_to_the_households_stays(columns):
    """Control: under a line cut mid-sentence, a sentence that passes the
    notice on to the village and its households ('现将…公告青溪镇…及有关农户：'),
    or runs on past a kind word into them, stays in the text it goes on."""
    for line in ["现将征收土地有关事项公告青溪镇上河村及有关农户：", "并抄送征收土地预公告青溪镇上河村及有关农户："]:
        docs = _documents(CUT_MID + [line] + SERVED_BODY, columns)
        assert _titles(docs) == ["关于做好电梯安全工作的通知"]


FORWARDED = "关于转发《青川县森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》"
FORWARD_BODY = ["现将《青川县森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》转发给你们，请认真贯彻执行。",
                "青川县通源乡人民政府", "2009年1月5日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_forwarding_title_ending_on_the_forwarded_name_parts_off_its_addressees(columns):
    """GB/T 9704 7.3.1 as a 转发 keeps it: a title that forwards a text may
    end on that text's name in 《》 right after its 关于转发, its own 的通知
    left off. It is of the forwarded text's kind and ends on the 》, so the
    主送 run in after it ('…紧急通知》各行政村：') parts it, under its 发文字号 as
    under a signed text."""
    for above in (ENDED, ENDED + ["通政〔2009〕3号"]):
        docs = _documents(above + [FORWARDED + "各行政村："] + FORWARD_BODY, columns)
        assert _titles(docs) == ["关于做好秋季森林防火工作的通知", FORWARDED]
        assert docs[1].addressees == "各行政村" and docs[1].issuers == ["青川县通源乡人民政府"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_forwarding_title_going_on_past_the_name_stays_whole(columns):
    """Control: a 转发 title that goes on past the forwarded name with its own
    kind ('…紧急通知》的通知各行政村：') ends on its own 的通知, not on the 》; and
    a sentence that forwards the name and goes on ('…紧急通知》现将有关事项通知如下：')
    is no title's end."""
    docs = _documents(ENDED + [FORWARDED + "的通知各行政村："] + FORWARD_BODY, columns)
    assert _titles(docs)[1] == FORWARDED + "的通知" and docs[1].addressees == "各行政村"
    docs = _documents(ENDED + ["关于做好森林防火工作的通知", "各行政村：",
                               "县政府关于转发《青川县森林防火指挥部紧急通知》现将有关事项通知如下：", "一、加强巡查。",
                               "青川县通源乡人民政府", "2009年1月5日"], columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", "关于做好森林防火工作的通知"]


HAILED = "青川县2024年兵役登记公告"
HAIL_BODY = ["根据《中华人民共和国兵役法》的规定，现将2024年兵役登记有关事项公告如下：", "一、登记对象", "2006年出生的男性公民。",
             "青川县人民政府征兵办公室", "2024年1月5日"]
# An excerpt cut after a list's last entry, mid-line: no sentence ended over the title.
CUT_LIST = ["关于做好征兵宣传工作的通知", "各乡镇人民政府：", "为做好征兵宣传工作，现就有关事项通知如下：", "五、联系单位：县人民政府征兵办"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_public_notice_run_into_its_greeting_parts_under_a_cut_line(columns):
    """A 公告 or 通告 addresses the public it is published to
    (党政机关公文处理工作条例 第八条) by a greeting ('广大适龄青年朋友们：',
    PUBLIC_SALUTATION_RE) where a 主送 stands (GB/T 9704 7.3.2); run in after
    a title that opens on its place, it parts the title under a line an
    excerpt was cut after mid-line too, as a letter's 称谓 does."""
    docs = _documents(CUT_LIST + [HAILED + "广大适龄青年朋友们："] + HAIL_BODY, columns)
    assert _titles(docs) == ["关于做好征兵宣传工作的通知", HAILED]
    assert docs[1].addressees == "广大适龄青年朋友们" and docs[1].issuers == ["青川县人民政府征兵办公室"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_passing_a_notice_on_to_the_public_stays(columns):
    """Control: a sentence that passes a notice on to the public
    ('现将有关事项公告广大市民朋友：', '特此公告广大市民朋友们：') stays in the
    text it goes on, under a cut line."""
    for line in ["青川县征兵办现将有关事项公告广大市民朋友：", "青川县征兵办特此公告广大市民朋友们："]:
        docs = _documents(CUT_LIST + [line] + HAIL_BODY, columns)
        assert _titles(docs) == ["关于做好征兵宣传工作的通知"]


PRICED = "青川县发展和改革局关于核定青川县公墓二期价格的通知"
PRICED_BODY = ["你馆《关于核定公墓二期价格的请示》收悉。经研究，现将有关事项通知如下：", "一、公墓二期价格为每穴8000元。",
               "青川县发展和改革局", "2019年8月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_one_body_named_from_its_place_run_in_parts_the_title(columns):
    """GB/T 9704 7.3.2: a 通知, 批复 or 决定书 that answers or binds one body
    names it in its 主送, and a body not of government is named from its
    place and ends on what it is ('…火化殡仪馆：', '…屠宰加工厂：'); run in
    after a title under its 发文字号, it parts the title."""
    docs = _documents(ENDED + ["青发改价〔2019〕120号", PRICED + "青川县火化殡仪馆："] + PRICED_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", PRICED] and docs[1].addressees == "青川县火化殡仪馆"


@pytest.mark.parametrize("columns", [None, 18])
def test_one_body_named_under_a_cut_line_stays(columns):
    """Control: under a line an excerpt was cut after mid-sentence, a line
    that runs on past a kind word into one body's name and a colon
    ('…的通知青川县火化殡仪馆：') is not parted: a sentence may go on so into a
    list's lead."""
    docs = _documents(CUT_MID + [PRICED + "青川县火化殡仪馆："] + PRICED_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知"]


@pytest.mark.parametrize("columns", [None, 18])
def test_joint_issuers_named_by_the_first_and_a_count_head_a_title(columns):
    """A joint document may name its 发文机关 by the first and the count of
    the rest in figures, as 联合发文 are cited and listed ('某市商务局等3部门
    关于…'): that is a title's organ head as the names in full are, and its
    主送 run in after its 文种 parts. Control: a count of other things than
    organs ('等3家企业') heads no title, and the line stays whole."""
    title = "青川县商务局等3部门关于公布首批“青川老字号”名单的通知"
    body = ["为传承和弘扬优秀传统商业文化，现将名单予以公布。", "青川县商务局", "青川县市场监督管理局",
            "青川县文化和旅游局", "2024年7月1日"]
    docs = _documents(ENDED + [title + "各乡镇商务、文旅、市场监管部门："] + body, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", title]
    assert docs[1].addressees == "各乡镇商务、文旅、市场监管部门"
    line = "青川县商务局等3家企业关于公布首批“青川老字号”名单的通知各乡镇商务、文旅、市场监管部门："
    docs = _documents(ENDED + [line] + body, columns)
    assert line not in _titles(docs) and title not in _titles(docs)


REPLY_TO_ORGAN_BODY = ["你局《关于上报乡镇企业综合经济效益考核标准的请示》（青乡企〔1999〕32号）收悉。经研究，现批复如下：",
                       "一、同意你局上报的考核标准。", "二、请你局认真组织实施。", "青川县人民政府", "1999年6月12日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_an_older_reply_run_into_the_organ_its_title_names_parts_under_a_cut_line(columns):
    """GB/T 9704 7.3.2 as an older 批复 keeps it: its title names the organ
    it answers ('…给县乡镇企业局的批复') and its 主送 is that organ. Run in
    after the title under a line an excerpt was cut after mid-sentence, the
    name the title gave, repeated over its colon, parts the title. Control:
    another organ's name there is read as before (the title not parted)."""
    title = "青川县人民政府关于乡镇企业综合经济效益考核标准给县乡镇企业局的批复"
    docs = _documents(CUT_MID + [title + "县乡镇企业局："] + REPLY_TO_ORGAN_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知", title] and docs[1].addressees == "县乡镇企业局"
    docs = _documents(CUT_MID + [title + "县财政局："] + REPLY_TO_ORGAN_BODY, columns)
    assert title not in _titles(docs)


ORDER_BODY = ["为切实做好疫情防控工作，现就有关事项命令如下：", "一、全县所有公共场所暂停营业。", "二、各乡镇严格落实防控措施。",
              "青川县新冠肺炎疫情防控指挥部", "2020年1月23日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_numbered_order_run_into_its_addressees_parts(columns):
    """GB/T 9704 10.1 titles a 令 by its 发文机关标志 and its 令号: a 指挥部's
    order is titled '某某指挥部2号令' or '…第2号令'. Its 主送 of organs run in
    after 令, closing on its colon, parts it as under a title of an organ
    and its period (关于 left out). Control: the same words run into a body's
    sentence, not a 主送, stay whole (a body run in after such a title is
    not parted)."""
    for title in ["青川县新冠肺炎疫情防控指挥部2号令", "青川县新冠肺炎疫情防控指挥部第2号令"]:
        docs = _documents(ENDED + [title + "各乡镇人民政府，县政府各相关部门："] + ORDER_BODY, columns)
        assert _titles(docs) == ["关于做好秋季森林防火工作的通知", title]
        assert docs[1].addressees == "各乡镇人民政府，县政府各相关部门"
    line = "青川县新冠肺炎疫情防控指挥部2号令要求各乡镇严格落实防控措施。"
    docs = _documents(ENDED + [line] + ORDER_BODY[1:], columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知"]


LETTER_BODY = ["为切实做好防范电信网络诈骗工作，现提醒如下：", "一、不要轻信陌生来电。", "二、不要点击陌生链接。",
               "青川县公安局", "2020年1月23日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_letter_with_a_portals_exclamation_and_its_greeting_run_in_parts(columns):
    """GB/T 9704 7.3.1: a 标题 takes no punctuation but the 书名号, so the
    '!' a portal sets after a letter's headline is the page's; with the
    letter's 称谓 run in after it ('…的一封信!广大市民朋友们：') the marks go and
    the 称谓 parts as under the headline. Control: a sentence that ends on
    a letter's name and '！', with a greeting after it, keeps its mark and
    stays in the text it ends."""
    title = "青川县公安局致市民的一封信"
    docs = _documents(ENDED + [title + "!广大市民朋友们："] + LETTER_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", title] and docs[1].addressees == "广大市民朋友们"
    docs = _documents(ENDED[:2] + ["请大家认真阅读这封信！广大市民朋友们："] + ENDED[2:], columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知"] and "这封信！" in _text(docs[0])


JOINT_BODY = ["《青溪镇第十一届村民委员会换届选举工作方案》已经镇党委、镇政府同意，现印发给你们，请结合实际，抓好落实。",
              "中共青川县青溪镇委员会", "四川省广元市青川县青溪镇人民政府", "2021年3月11日"]
JOINT_TITLE = "中共青川县青溪镇委员会四川省广元市青川县青溪镇人民政府关于印发《青溪镇第十一届村民委员会换届选举工作方案》的通知"


@pytest.mark.parametrize("above", [[], ENDED])
def test_joint_issuers_cut_inside_the_second_name_head_the_title(above):
    """GB/T 9704 7.3.1: a joint text's 标题 names its 发文机关 in full before
    关于, one after another, and the 版头's 发文字号 stands over it. At 18
    columns the wrap cuts the second name inside its place, far from its
    ending ('中共青川县青溪镇委员会四川省广元市青' / '川县青溪镇人民政府关于…'): the line
    that opens on the first name whole is the title's first line, not left
    out of it (titles/issuers.joint_name_cut_above)."""
    docs = _documents(above + ["青溪委发〔2021〕68号", JOINT_TITLE + "各村党总支、村委会："] + JOINT_BODY, 18)
    assert _titles(docs)[-1] == JOINT_TITLE and docs[-1].addressees == "各村党总支、村委会"
    assert docs[-1].issuers == ["中共青川县青溪镇委员会", "四川省广元市青川县青溪镇人民政府"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_cut_line_opening_on_an_organ_stays_out_of_the_title_under_it(columns):
    """Control: a line an excerpt was cut after, full at the measure, that
    opens on an organ's whole name and goes on in words no organ's name closes
    with the title's head ('中共青川县青溪镇委员会组织各村开展宣' over
    '青川县人民政府关于…') is none of the title under it."""
    title = "青川县人民政府关于做好秋季森林防火工作的通知"
    docs = _documents(CUT_MID[:4] + ["中共青川县青溪镇委员会组织各村开展宣", title + "各乡镇人民政府："] + ENDED[2:], columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知", title] and docs[1].addressees == "各乡镇人民政府"


# A notice that issues a rule, the rule's text cut by the store mid-article: a title under it needs its frame.
ISSUED_CUT = ["青川县科学技术局关于印发《青川县科普基地认定管理办法》的通知", "各乡镇人民政府，县级各部门：",
              "现将《青川县科普基地认定管理办法》印发给你们，请认真贯彻执行。", "青川县科学技术局", "2017年8月30日",
              "青川县科普基地认定管理办法", "第一条 为加强科普基地建设，根据有关规定，制定本办法。",
              "第二条 县科学技术局负责科普基地的认定、管理及评价等工"]
MEMBERS_BODY = ["您提出的关于“强化全民科学素质工作保障”的提案收悉。现答复如下：", "一、将科学素质工作纳入目标管理考核。",
                "青川县人民政府", "2022年6月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_reply_to_members_named_over_two_lines_stands_under_a_cut_article(columns):
    """GB/T 9704 7.3.2: a reply to a 提案 (办理复文) is addressed to the
    members who made it, by name and office, and the 主送 goes on to its
    colon whatever line the wrap carries it on to ('高其良、陈海珍、侯杰' /
    '委员：'). Read whole over the two lines, it frames the reply's title
    under a rule's article an excerpt was cut after mid-sentence
    (titles/under.what_follows)."""
    title = "青川县人民政府对县政协四届八次会议第114号提案的答复"
    docs = _documents(ISSUED_CUT + [title + "高其良、陈海珍、侯杰委员："] + MEMBERS_BODY, columns)
    assert _titles(docs) == [ISSUED_CUT[0], title] and docs[1].addressees == "高其良、陈海珍、侯杰委员"


@pytest.mark.parametrize("columns", [None, 18])
def test_names_over_a_line_that_is_no_members_colon_stay_in_the_article(columns):
    """Control: under the same cut article, a reply's name that runs on into
    names and a line that closes no 主送 of members ('…提案的答复高其良、陈海珍、
    侯杰' over '等同志提出的意见。') opens no document."""
    line = "青川县人民政府对县政协四届八次会议第114号提案的答复高其良、陈海珍、侯杰等同志提出的意见。"
    docs = _documents(ISSUED_CUT + [line, "第三条 本办法自发布之日起施行。"], columns)
    assert _titles(docs) == [ISSUED_CUT[0]]


# An excerpt the store cut mid-sentence, its last line holding no mark, over the next text's title: a loose reading
# of that line found an organ's name ending in '…社会' and a second name cut inside its place.
CUT_LONG = ["关于加强城镇住宅区邮政信报箱建设的意见", "各乡镇人民政府：",
            "城镇化建设不断加快，居民生活水平不断提高，人民群众的用邮需求日益增加。但邮政信报箱"
            "远远滞后于全省经济社会发展水平"]
POSTAL_TITLE = "青川县人民政府办公室关于加快邮政信报箱群建设的意见"


def test_a_title_under_a_cut_sentence_takes_none_of_its_words_for_joint_organs():
    """Control for joint_name_cut_above: under a sentence the wrap carried on
    (its line above full and stopping mid-sentence), a line of words with no
    mark ('远远滞后于全省经济社会发展水平') is more of that sentence, though a loose
    reading finds an organ's ending in it and a place opening after it: the
    title under it opens on its own organ ('青川县人民政府办公室关于…'), at 20
    columns as one a line (holdout216's 菏泽 under 三门峡's cut 意见, indented at
    20 columns, lost so until titles/head._cut_sentence_over)."""
    docs = _documents(CUT_LONG + [POSTAL_TITLE, "（青府办字〔2008〕92号）", "各乡镇人民政府，县政府有关部门：",
                                  "为进一步完善城市社会服务功能，方便人民群众日常生活，现提出如下意见。"], 20)
    assert _titles(docs)[-1] == POSTAL_TITLE


# A notice that issues a plan, signed, dated and noted (GB/T 9704 7.3.6), the plan's title under it and its text cut
# by the store: the next text's 发文字号 stands over its title, in its 版头.
ISSUING_NOTED = ["青川县科学技术局关于印发《青川县科普基地认定管理办法》的通知", "各乡镇人民政府，县级各部门：",
                 "现将《青川县科普基地认定管理办法》印发给你们，请认真贯彻执行。", "青川县科学技术局", "2017年8月30日",
                 "（此件公开发布）", "青川县科普基地认定管理办法"]
GAS_TITLE = "青川县人民政府办公室关于推进城镇燃气安心用气工程建设的实施意见"
GAS_FRAME = ["青府办规〔2023〕2号", GAS_TITLE + "各乡镇人民政府，县级各部门：", "为贯彻落实有关要求，现提出如下意见。",
             "一、总体要求", "青川县人民政府办公室", "2023年5月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_number_under_an_issued_text_noted_under_its_date_heads_the_next_title(columns):
    """GB/T 9704 8.1: a 印发 notice carries the 发文字号 and the text it
    issues prints none of its own; printed after the notice's 成文日期 and
    the 附注 under it ('（此件公开发布）', 7.3.6), that text's title has no
    number under it, and a number line under it heads the title under the
    number, whose 主送 is run in (documents._issued_after_date)."""
    docs = _documents(ISSUING_NOTED + GAS_FRAME, columns)
    assert _titles(docs) == [ISSUING_NOTED[0], GAS_TITLE]
    assert docs[0].doc_number is None and docs[1].doc_number == "青府办规〔2023〕2号"


@pytest.mark.parametrize("columns", [None, 18])
def test_an_issued_text_named_with_its_period_in_its_quotes_gives_up_the_number_under_it(columns):
    """The notice may name the text it issues with its period inside the
    《》, its years joined by one 连接号 ('…方案(2021-2023年)》'), and the
    text print it with another ('…方案(2021—2023年)', GB/T 15834 4.13): it is
    the text named, and the number under it heads the next title."""
    issuing = ["青川县市场监督管理局关于印发《青川县餐饮质量安全提升行动实施方案(2021-2023年)》的通知",
               "各乡镇市场监督管理所：", "现将《青川县餐饮质量安全提升行动实施方案(2021-2023年)》印发给你们，请贯彻落实。",
               "青川县市场监督管理局", "2021年2月4日", "青川县餐饮质量安全提升行动实施方案(2021—2023年)"]
    docs = _documents(issuing + GAS_FRAME, columns)
    assert _titles(docs) == [issuing[0], GAS_TITLE] and docs[1].doc_number == "青府办规〔2023〕2号"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_under_a_noted_date_that_no_notice_names_keeps_its_number(columns):
    """Control: a title under another document's date and 附注 that no
    notice above names is a document of its own, and the number under it,
    its 主送 under the number, is its own."""
    title = "青川县人民政府关于做好冬季森林防火工作的通知"
    docs = _documents(ISSUING_NOTED[:-1] + [title, "青府发〔2023〕3号", "各乡镇人民政府：",
                                           "为做好今年冬季森林防火工作，现就有关事项通知如下。", "青川县人民政府", "2023年11月2日"],
                      columns)
    assert _titles(docs) == [ISSUING_NOTED[0], title] and docs[1].doc_number == "青府发〔2023〕3号"


NOTED_TITLE = "关于推动全县邮政快递业平稳有序运行的通告(更新时间:4月11日)"
COURIER_BODY = ["为保障市民基本生活物资寄递需求，现将有关事项通告如下：", "一、邮政快递营业场所必须严格按照指南运行。",
                "青川县新冠肺炎疫情防控指挥部", "2022年4月11日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_with_a_pages_note_in_its_brackets_parts_off_its_addressees(columns):
    """GB/T 9704 7.3.1: a 标题 holds no sentence's punctuation, so a colon
    inside brackets after its 文种 is a web page's note on it ('…的通告(更新
    时间:4月11日)'), which the title keeps; the 主送 run in after the bracket's
    close parts there, as after the 文种."""
    docs = _documents(ENDED + [NOTED_TITLE + "各邮政、快递企业，广大市民："] + COURIER_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", NOTED_TITLE]
    assert docs[1].addressees == "各邮政、快递企业，广大市民"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_colon_outside_a_titles_brackets_still_ends_it(columns):
    """Control: a colon after the 文种, outside any bracket ('…的通告：各邮政…'),
    is a sentence's, as before: the line is read as it was (a title whose
    note is not bracketed is not parted off a 主送 there)."""
    line = "关于推动全县邮政快递业平稳有序运行的通告更新时间:4月11日各邮政、快递企业，广大市民："
    docs = _documents(ENDED + [line] + COURIER_BODY, columns)
    assert NOTED_TITLE not in _titles(docs) and "关于推动全县邮政快递业平稳有序运行的通告" not in _titles(docs)


NAMED_TITLE = "关于命名青川县2017年度县级生态乡镇和生态村的通知"
NAMED_BODY = ["生态乡镇和生态村创建工作是加强农村环境保护工作的一项重要内容，现将命名情况通知如下。", "青川县环境保护局", "2017年12月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_places_sharing_their_organs_ending_run_in_part_the_title(columns):
    """GB/T 9704 7.3.2: a 主送 to like organs of several places may name the
    places, then the level and the organ once after the last ('东城、西城、南城、
    北城区生态环境局': each district's 生态环境局). Run in after a title under its
    发文字号, it parts the title as a 主送 of organs named whole does
    (unfold/addressees.shared_ending)."""
    docs = _documents(ENDED + ["青环〔2017〕97号", NAMED_TITLE + "东城、西城、南城、北城区生态环境局："] + NAMED_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", NAMED_TITLE]
    assert docs[1].addressees == "东城、西城、南城、北城区生态环境局" and docs[1].doc_number == "青环〔2017〕97号"


@pytest.mark.parametrize("columns", [None, 18])
def test_places_sharing_an_ending_under_a_cut_line_stay(columns):
    """Control: under a line an excerpt was cut after mid-sentence, the same
    line is not parted (a sentence may go on past a kind word into a list's
    lead), as a 主送 of one body run in there is not."""
    docs = _documents(CUT_MID + [NAMED_TITLE + "东城、西城、南城、北城区生态环境局："] + NAMED_BODY, columns)
    assert _titles(docs) == ["关于做好电梯安全工作的通知"]


ANSWERED_TITLE = "青川县自然资源局关于对县政协十届三次会议第033号提案的答复(关于疏通东河东岸至御景桥道路的建议)"


@pytest.mark.parametrize("columns", [None, 18])
def test_members_named_apart_by_spaces_after_a_bracketed_subject_part_the_reply(columns):
    """GB/T 9704 7.3.2 as a reply to a 提案 keeps it (办理复文): its title may
    give the 事由 it answers in brackets after 答复 ('…提案的答复(关于…的建议)'),
    and its 主送 name the members as a list of names is set, apart by spaces,
    a two-character name padded to three ('刘某华 徐某吉 魏 娜 … 委员：'). Run in
    after the bracket, those names and their office part the title where a
    title stands (unfold/addressees.member_answered, SPACED_MEMBERS)."""
    members = "刘某华 徐某吉 魏 娜 魏某军 朱 纯 赵某芳委员："
    docs = _documents(ENDED + [ANSWERED_TITLE + members] + REPLY_BODY, columns)
    assert _titles(docs) == [ENDED[0], ANSWERED_TITLE]
    assert docs[1].addressees.replace(" ", "") == "刘某华徐某吉魏娜魏某军朱纯赵某芳委员"


@pytest.mark.parametrize("columns", [None, 18])
def test_names_apart_by_spaces_with_no_office_stay_under_a_cut_line(columns):
    """Control: under a line cut mid-sentence, names apart by spaces that
    close on words of a sentence, no member's office ('刘某华 徐某吉 魏 娜 提出的
    问题：'), open no reply."""
    line = ANSWERED_TITLE + "刘某华 徐某吉 魏 娜 提出的问题："
    docs = _documents(CUT_MID + [line] + REPLY_BODY, columns)
    assert _titles(docs) == [CUT_MID[0]]


LICENCE_TITLE = "关于同意正式设立青川县乔庄镇小星星幼儿园的批复"
LICENCE_BODY = ["你报来关于申请正式设立青川县乔庄镇小星星幼儿园的相关材料已收悉。经研究，现批复如下：",
                "一、同意正式设立青川县乔庄镇小星星幼儿园。", "青川县教育局", "2015年6月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_licence_granted_to_a_citizen_parts_off_the_applicants_name(columns):
    """GB/T 9704 7.3.2 as a 批复 to a citizen keeps it (a licence granted on
    an application): its 主送 is the applicant, by surname and given name,
    closing on its colon ('…的批复陈某红：'). Run in after the title under its
    发文字号, the name parts it (unfold/addressees.applicant_named)."""
    docs = _documents(ENDED + ["青教〔2015〕169号", LICENCE_TITLE + "陈某红："] + LICENCE_BODY, columns)
    assert _titles(docs) == [ENDED[0], LICENCE_TITLE] and docs[1].addressees == "陈某红"
    assert docs[1].doc_number == "青教〔2015〕169号"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_going_on_past_a_replys_name_stays(columns):
    """Control: a body's sentence that cites a 批复 and goes on in words to a
    colon ('…的批复要求：'), after a finished sentence, opens no document; nor
    does a name run in under a line cut mid-sentence, where no title stands."""
    body = ENDED[:2] + ["为做好幼儿园管理工作，现就有关事项通知如下。", "青川县人民政府" + LICENCE_TITLE + "要求：",
                        "一、加强幼儿园安全管理。"] + ENDED[3:]
    docs = _documents(body, columns)
    assert _titles(docs) == [ENDED[0]]
    docs = _documents(CUT_MID + [LICENCE_TITLE + "陈某红："] + LICENCE_BODY, columns)
    assert _titles(docs) == [CUT_MID[0]]


# A 批复 of an accident's investigation report (生产安全事故报告和调查处理条例 第三十二条): the government answers the
# 调查组 that reported, named by the day of the accident in quotes, and the body calls it by its last word (你组).
REPORT_REPLY = "青川县人民政府关于《青川县某某建材有限公司“3·15”一般机械伤害事故调查报告》的批复"
INVESTIGATORS = "青川县某某建材有限公司“3.15”一般机械伤害事故调查组："
REPORT_BODY = ["一、同意事故调查组对事故原因和性质的认定。", "二、有关责任单位要依法作出处理。", "青川县人民政府",
               "2024年6月3日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_to_the_body_that_reported_parts_at_the_name_its_body_calls_it_by(columns):
    """GB/T 9704 7.3.2 as a 批复 keeps it (党政机关公文处理工作条例 第八条): its
    主送 is the body that asked, one name over its colon, whatever the name
    holds (an accident's 调查组, the day in quotes), and the body opens by
    calling it by the name's last word ('你组…收悉'). Run in after the 批复's
    title, that name parts the title."""
    body = ["你组关于《青川县某某建材有限公司一般机械伤害事故调查报告》收悉。经研究，现批复如下："] + REPORT_BODY
    docs = _documents(ENDED + [REPORT_REPLY + INVESTIGATORS] + body, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知", REPORT_REPLY]
    assert docs[1].addressees == INVESTIGATORS[:-1] and docs[1].date == "2024-06-03"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_name_the_body_under_it_does_not_call_by_stays_after_a_reply(columns):
    """Control: the same name run in over its colon after a 批复's title, but
    the line under it does not call it by its last word ('一、同意…'): the
    line stays whole (no 主送 read into a name no organ's ending reads)."""
    docs = _documents(ENDED + [REPORT_REPLY + INVESTIGATORS] + REPORT_BODY, columns)
    assert _titles(docs) == ["关于做好秋季森林防火工作的通知"]
