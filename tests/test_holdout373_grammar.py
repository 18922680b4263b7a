"""The document grammar on layouts of the three-hundred-and-seventy-third
held-out set's kind (issue #11): traditional Chinese medicine texts of cities
and a province's office (a 办公厅's and a government's 通知 issuing a 中医药
发展 实施方案, a 卫生局办公室's 评选 通知, three organs' joint 名中医 通知) as
pharmaceutical databases, law libraries and their own sites store them: a
database that prints the 成文日期 alone under the 发文字号, over a 主送 of many
organs that a narrow measure wraps over lines, an excerpt cut mid-sentence over
the next text's title. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents

# A database's head: the title, its 发文字号 alone, the day alone under it, then a 主送 of many organs (long enough
# that a narrow measure wraps it over three or four lines) and the notice passing its 方案 on.
DATED_UNDER_NUMBER = ["北山市人民政府关于印发北山市推进中药材产业发展实施方案的通知", "北政文[2019]12号", "2019年5月6日",
                      "各县（市、区）人民政府，北山经济开发区、北山高新区管委会，市人民政府各部门、各直属机构，各大企业：",
                      "《北山市推进中药材产业发展实施方案》已经市政府研究同意，现印发给你们，请认真贯彻执行。",
                      "北山市推进中药材产业发展实施方案", "为加快中药材产业发展，结合我市实际，制定本方案。", "一、基本情况",
                      "全市中药材种植面积逐年扩大。"]
ADDRESSEES = "各县（市、区）人民政府，北山经济开发区、北山高新区管委会，市人民政府各部门、各直属机构，各大企业"


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_long_addressee_under_the_day_is_read_down_its_wrap(columns):
    """GB/T 9704 7.3.2: the 主送 stands under the title (and its 发文字号)
    and runs on down to its colon, 回行时仍顶格. Under the day a database
    prints alone under the number, a narrow measure wraps a 主送 of many
    organs over lines the first of which holds commas and no colon: it is
    still the 主送, read down its lines to the colon (titles.addressees_from),
    and no text the notice issues printed untitled under a 成文日期
    (parts._printed_untitled), which would part the notice from its 主送."""
    docs = _documents(DATED_UNDER_NUMBER, columns)
    assert [d.title for d in docs] == [DATED_UNDER_NUMBER[0]]
    assert docs[0].addressees == ADDRESSEES
    assert docs[0].doc_number == "北政文〔2019〕12号"
    assert docs[0].date == "2019-05-06"
    assert [p.title for p in docs[0].parts][1:] == [DATED_UNDER_NUMBER[5]]


# The control's notice: signed and dated, the 方案 it issues printed under the date without its title.
UNTITLED_UNDER_DATE = ["北山市人民政府办公室关于印发北山市中医药文化宣传工作方案的通知", "各县（市、区）人民政府：",
                       "现将《北山市中医药文化宣传工作方案》印发给你们，请认真贯彻执行。", "北山市人民政府办公室",
                       "2020年3月2日", "为弘扬中医药文化，推进中医药文化进校园、进社区、进乡村，特制定本方案。",
                       "一、工作目标", "到2021年底，各县（市、区）建成中医药文化宣传阵地。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_printed_untitled_under_the_date_is_still_its_part(columns):
    """The control: a paragraph under the 成文日期 whose lines read down to
    no 主送's colon is the issued text printed without its title, titled
    by the one name the notice passes on, at any measure."""
    docs = _documents(UNTITLED_UNDER_DATE, columns)
    assert [d.title for d in docs] == [UNTITLED_UNDER_DATE[0]]
    assert [p.title for p in docs[0].parts][1:] == ["北山市中医药文化宣传工作方案"]
    assert docs[0].addressees == "各县（市、区）人民政府"


# A plan the excerpt cut mid-sentence ('…每千'), the next text's database head right under it.
CUT_PLAN = ["南岭市人民政府办公厅关于印发南岭市中医药发展实施方案的通知", "2017年12月29日", "各县（市、区）人民政府，市直各有关单位：",
            "现将《南岭市中医药发展实施方案》印发你们，请认真贯彻执行。", "南岭市中医药发展实施方案", "二、总体目标",
            "到2020年，中医药服务体系进一步完善，每千人口公立中医医院床位数达到0.55张，每千"]


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 26])
def test_a_title_over_its_number_and_day_opens_under_a_cut_sentence(columns):
    """GB/T 9704 7.2.4 and 7.3.2: a title framed as a document's (its
    发文字号 on a line of its own, then the 主送 ending in its colon) opens one
    even under a line that stops mid-sentence: a sentence runs on into a
    quoted title with words, not with that frame. The day a database prints
    alone between the number and the 主送 is no sentence's words either: the
    frame reads through it (titles.number_and_addressees_under)."""
    docs = _documents(CUT_PLAN + DATED_UNDER_NUMBER, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], DATED_UNDER_NUMBER[0]]
    assert (docs[1].doc_number, docs[1].date, docs[1].addressees) == ("北政文〔2019〕12号", "2019-05-06", ADDRESSEES)


def test_a_sentence_under_a_number_and_a_day_frames_no_title():
    """The control: under the number and the day, a line that reads as no
    主送 (a sentence that ends in its full stop) frames no title."""
    from builder.model import Line
    from builder.stages.split.titles.addressees import number_and_addressees_under
    texts = ["北政文[2019]12号", "2019年5月6日", "各县区要加强中药材种植基地建设。"]
    lines = [Line(no=n, text=t) for n, t in enumerate(texts)]
    assert not number_and_addressees_under(lines, 0)
    lines[2] = Line(no=2, text="各县（市、区）人民政府，市直各有关单位：")
    assert number_and_addressees_under(lines, 0)


# A notice the excerpt cut mid-word ('…进行隆重颁'), and the next: three organs' joint notice whose title names the
# 主办机关 alone, by its level, 等 after it, run into its 主送 as an extractor that joins text boxes gives it.
CUT_NOTICE = ["西川市卫生局办公室关于评选优秀中医药工作者的通知", "各县（市、区）卫生局、市直各医院：",
              "市卫生局决定开展优秀中医药工作者评选活动，现将有关事项通知如下：", "一、评选办法",
              "评审组对上报材料进行审核，最终评出优秀人选，将在中医药学术研讨会上进行隆重颁"]
JOINT_BOXED = ["市卫生局等关于公布2012年西川市名中医名单的通知各区县卫生局、各有关单位：",
               "经本人申请、专家评审和社会公示，决定授予王某等20名同志“西川市名中医”称号。", "特此通知。",
               "西川市卫生局", "西川市人力资源和社会保障局", "2012年6月20日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_title_by_its_lead_organ_and_deng_parts_from_its_run_in_addressees(columns):
    """GB/T 9704 7.3.1 (联合行文): a title may name the 主办机关 alone for its
    joint issuers, 等 after its name ('市卫生局等关于…的通知'). Such a run,
    its 关于, a 事由, a 文种 and then a 主送 of organs closing on its colon,
    is no sentence going on under a line an excerpt cut mid-word: it is the
    next document's title with its 主送 run in, as one its organ alone opens
    (unfold.title_ends._organ_led_title, JOINT_REST_RE)."""
    docs = _documents(CUT_NOTICE + JOINT_BOXED, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "市卫生局等关于公布2012年西川市名中医名单的通知"]
    assert docs[0].issuers == ["西川市卫生局办公室"] and docs[0].date is None
    assert docs[1].issuers == ["西川市卫生局", "西川市人力资源和社会保障局"]
    assert docs[1].addressees == "各区县卫生局、各有关单位"


def test_deng_ends_an_organ_only_after_its_whole_name():
    """The control: 等 after an organ's whole name (and how many of what)
    leaves that name; after words that name no organ it makes none."""
    from builder.stages.split.unfold.title_ends import _organ_led_title
    assert _organ_led_title("市卫生局等关于公布名中医名单的通知")
    assert _organ_led_title("西川市财政局等四部门关于印发资金管理办法的通知")
    assert _organ_led_title("西川市卫生局关于公布名中医名单的通知")
    assert not _organ_led_title("各单位等关于公布名中医名单的通知")
    assert not _organ_led_title("全市医疗机构和个人等关于公布名中医名单的通知")


# A plan the excerpt cut after a 顿号 ('…中医门诊部9家、'), and the next notice as a database prints it: the title, the
# day alone under it, the 主送, no 发文字号.
CUT_AFTER_LIST = ["东江市人民政府关于印发东江市中医药发展规划的通知", "东政〔2018〕15号", "各县（市、区）人民政府：",
                  "现将《东江市中医药发展规划》印发给你们，请认真贯彻执行。", "东江市中医药发展规划", "一、基本现状",
                  "截至2017年底，全市有公立中医院3家、民营中医院5家、中医门诊部9家、"]
DAY_UNDER_TITLE = ["南岭市人民政府办公厅关于印发南岭市中医药发展实施方案的通知", "2017年12月29日",
                   "各县（市、区）人民政府，市直各有关单位：", "现将《南岭市中医药发展实施方案》印发你们，请认真贯彻执行。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_over_a_day_and_its_addressees_opens_under_a_cut_list(columns):
    """GB/T 9704 7.3.2: the 主送 stands under the title. A database that
    moves the 成文日期 up under the title prints a full day alone between
    them: a title, that day and a list of organs closing on its colon are a
    frame no sentence runs on into, though the excerpt above stopped after a
    顿号 (titles.dated_over_addressees)."""
    docs = _documents(CUT_AFTER_LIST + DAY_UNDER_TITLE, columns)
    assert [d.title for d in docs] == [CUT_AFTER_LIST[0], DAY_UNDER_TITLE[0]]
    assert (docs[1].date, docs[1].addressees) == ("2017-12-29", "各县（市、区）人民政府，市直各有关单位")


def test_a_day_under_a_line_over_a_sentence_frames_nothing():
    """The control: a day under a title over a sentence, or a day closing a
    text over the next title, is no such head."""
    from builder.model import Line
    from builder.stages.split.titles.under import dated_over_addressees

    def lines(*texts):
        return [Line(no=n, text=t) for n, t in enumerate(texts)]
    assert dated_over_addressees(lines("关于印发某某方案的通知", "2017年12月29日", "各县区人民政府，市直各有关单位："), 1)
    assert not dated_over_addressees(lines("关于印发某某方案的通知", "2017年12月29日", "各县区要认真贯彻执行。"), 1)
    assert not dated_over_addressees(lines("某某市人民政府", "2017年12月29日", "某某市中医药发展实施方案"), 1)
    assert not dated_over_addressees(lines("关于印发某某方案的通知", "各县区人民政府：", "现印发给你们。"), 1)
