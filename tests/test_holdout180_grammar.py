"""The document grammar on layouts of the hundred-and-eightieth held-out
set's kind (issue #11): texts of city and county ethnic-and-religious,
overseas-Chinese and foreign-affairs organs (民族宗教事务局, 侨务, 外事) as
portals, news sites, law databases and mirrors store them (pinyin in
brackets after a mirror's traditional characters; a '关于…的通知' title over
three lines; an organ and '通告' alone as the title; a list item the store
broke inside a word; two offices signing on two lines over the 意见 they
issue; '(一)' items in ASCII brackets under 一、 headings; a portal's mark
of an expired text, '【过期】', opening the title's line). The set measured
every document and field right in every layout before any rule looked at
it, so these cases pin its shapes against later rules. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A mirror's 通告 in traditional characters with pinyin in brackets after some of them.
PINYIN = ["關(guān)于某某市宗教活動(dòng)場所恢復(fù)開放的通告", "根據(jù)當(dāng)前疫情防控形勢,現(xiàn)將有關(guān)事項通告如下:",
          "一、自即日起,全市轄區(qū)內(nèi)宗教活動(dòng)場所有序恢復(fù)開放,請廣大信眾支持理解。",
          "二、請各宗教團(tuán)體、宗教活動(dòng)場所遵守相關(guān)要求,做好防控工作。", "特此通告。",
          "某某市民族宗教事務(wù)局", "2020年3月20日"]
# A news platform's 通知 whose title the page sets over three lines, over its 主送.
THREE_LINES = ["关于加强", "全市宗教(民间信仰)活动场所", "安全管理的通知", "各县(区)民宗局,市各宗教团体:",
               "近期,天气干燥,火灾风险上升。为确保全市宗教领域安全稳定,经研究,全市宗教(民间信仰)活动场所自即日起暂停"
               "一切燃香活动。", "特此通知。", "某某市民族宗教事务局", "2022年1月30日"]
# A county bureau's 通告 titled by its name and the 文种 alone, spaces inside the telephone numbers.
ORGAN_AND_KIND = ["某某县民族宗教事务局通告",
                  "为全力维护市民身体健康和生命安全,全县所有宗教(民间信仰)活动场所自1月24日起已暂停对外开放,何时恢复另行通知。",
                  "广大群众如发现有场所擅自举行集聚性活动,请向县民宗局(举报电话0580-1234567 ;13912345678)县防控办(举报电话"
                  "0580- 7654321 )举报反映。", "某某县民族宗教事务局", "2020年2月1日"]
# A portal's unsigned 通知: '1、' items, the second broken by the store inside a word, '4、 ' with a space, a ○ date.
ITEM_BROKEN = ["关于规范报请市级领导出席外事活动程序的通知", "各县、区人民政府,市政府各部门:",
               "为更好地把握对外交往政策,进一步做好外宾接待工作,现就各部门报请市级领导出席外事活动特作如下要求:",
               "1、市政府外事办公室负责全市外事工作的统一协调和管理。", "2、各县区政府、市政府各部门、各企事业单",
               "位不得直接邀请市级领导参加本部门、本地区的外事活动。", "3、报请市级领导出席外事活动的审核工作由市外办具体承办。",
               "4、 报请市领导会见港澳及华侨知名人士参照以上规定执行。", "此通知自下发之日起实行。", "二○○三年八月二十五日"]
# A law database's joint 通知 of two offices issuing an 意见: the number in ASCII brackets, the two on two lines.
TWO_OFFICES = ["中共某某市委办公厅、某某市人民政府办公厅关于印发《关于加强我市外事工作管理的意见》的通知", "(某办〔2008〕36号)",
               "各县、区委,各县、区人民政府,市直各单位:",
               "经市委、市政府同意,现将《关于加强我市外事工作管理的意见》印发给你们,请结合实际,认真贯彻执行。",
               "中共某某市委办公厅", "某某市人民政府办公厅", "2008年6月23日", "关于加强我市外事工作管理的意见",
               "为进一步加强全市外事的归口管理,规范因公出访管理工作,结合我市具体情况,特提出如下意见。", "一、基本原则和要求",
               "1、认真贯彻执行上级对外方针政策和有关外事工作规章制度。", "2、统一领导,归口管理,分级负责,协调配合。",
               "二、外事工作管理体制", "在市委、市政府领导下,市外事领导小组负责全市的外事工作。"]
# A county office's 通知 cut short, '(一)' items in ASCII brackets under the heading 二、.
ASCII_ITEMS = ["某某县人民政府办公室关于开展侨情普查工作的通知", "各镇人民政府,县政府各工作部门、直属事业单位:",
               "为全面掌握我县侨情,更好地发挥侨务工作的作用,县政府决定开展一次侨情普查工作。现将有关事项通知如下:",
               "一、目的意义", "在全县开展侨情普查工作,以健全和完善侨情数据库资料,更好地依法护侨、为侨服务。", "二、普查对象",
               "(一)华人:指取得外国国籍的原中国某某籍公民。", "(二)华侨:指定居在国外的中国某某籍公民。",
               "(三)归侨:指回某某定居的华人华侨。"]
# A city 外办's unsigned 通报 whose title's line opens on the portal's mark of an expired text.
MARKED_EXPIRED = ["【过期】因公护照收缴情况通报", "各相关单位:",
                  "近期,个别单位公务护照逾期未缴,原因是出国团组推迟启程时间,未及时报备。请各相关单位高度重视,认真开展因公"
                  "护照收缴工作。", "因公护照归还日期计算方式:归还日期=团组出访日期+批准出访天数+7天。"]

COLUMNS = [None, 18, 22, 26]


def _items(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_mirrors_pinyin_leaves_the_title_and_the_signer(columns):
    """Pinyin in brackets after a mirror's characters ('關(guān)于',
    '事務(wù)局') is no part of the title or the organ; 一、 and 二、 are
    its items and the notice under it is a document of its own."""
    docs = _documents(PINYIN + NOTICE, columns)
    assert [d.title for d in docs] == ["關于某某市宗教活動場所恢復開放的通告", NOTICE[0]]
    assert (docs[0].issuers, docs[0].date, _items(docs[0])) == (["某某市民族宗教事務局"], "2020-03-20", ["一、", "二、"])


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_over_three_lines_is_one_title_over_its_addressees(columns):
    """'关于加强' / '全市宗教(民间信仰)活动场所' / '安全管理的通知': one title,
    the 主送 under it read, the signer and date its own."""
    docs = _documents(THREE_LINES + NOTICE, columns)
    assert [d.title for d in docs] == ["关于加强全市宗教(民间信仰)活动场所安全管理的通知", NOTICE[0]]
    assert (docs[0].addressees, docs[0].issuers, docs[0].date) == ("各县（区）民宗局，市各宗教团体",
                                                                  ["某某市民族宗教事务局"], "2022-01-30")


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_organ_and_its_kind_alone_title_a_notice(columns):
    """'某某县民族宗教事务局通告' alone over two paragraphs (one with spaces
    inside its telephone numbers): a document signed and dated."""
    docs = _documents(ORGAN_AND_KIND + NOTICE, columns)
    assert [d.title for d in docs] == ["某某县民族宗教事务局通告", NOTICE[0]]
    assert (docs[0].issuers, docs[0].date, docs[0].addressees) == (["某某县民族宗教事务局"], "2020-02-01", None)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_item_the_store_broke_inside_a_word_is_one_item(columns):
    """'2、…各企事业单' / '位不得…': the line the store broke runs on into
    the next (no stop ends it), one item; '4、 ' with a space is a label;
    unsigned, the ○ date is the 成文日期 (control: the items ending on a
    full stop stay apart)."""
    doc = _documents(ITEM_BROKEN + NOTICE, columns)[0]
    items = [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [label for label, _ in items] == ["1、", "2、", "3、", "4、"]
    assert items[1][1].endswith("各企事业单位不得直接邀请市级领导参加本部门、本地区的外事活动。")
    assert items[3][1].startswith("报请市领导")
    assert (doc.issuers, doc.date) == ([], "2003-08-25")


@pytest.mark.parametrize("columns", COLUMNS)
def test_two_offices_on_two_lines_sign_the_notice_over_the_text_it_issues(columns):
    """Two offices' names on two lines over the date: both sign; the
    意见's title under the date is the issued text, its 一、 headings and
    '1、' items provisions."""
    docs = _documents(TWO_OFFICES + NOTICE, columns)
    assert [d.title for d in docs] == [TWO_OFFICES[0], NOTICE[0]]
    doc = docs[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某办〔2008〕36号", ["中共某某市委办公厅", "某某市人民政府办公厅"],
                                                       "2008-06-23")
    assert [p.title for p in doc.parts][1:] == ["关于加强我市外事工作管理的意见"]
    assert _items(doc) == ["一、", "1、", "2、", "二、"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_ascii_bracketed_items_under_a_heading_are_its_items(columns):
    """'(一)' to '(三)' in ASCII brackets under the heading 二、 are
    '（一）' items; the excerpt cut short has no signature, and the notice
    under it is a document of its own."""
    docs = _documents(ASCII_ITEMS + NOTICE, columns)
    assert [d.title for d in docs] == [ASCII_ITEMS[0], NOTICE[0]]
    assert _items(docs[0]) == ["一、", "二、", "（一）", "（二）", "（三）"]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府办公室"], None)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_portals_expired_mark_is_no_part_of_the_title(columns):
    """'【过期】因公护照收缴情况通报': the bracketed mark is the portal's, the
    title the rest of the line; the 主送 under it read, no organ or date
    printed, and the notice above and the one below documents of their own."""
    docs = _documents(NOTICE + MARKED_EXPIRED + NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "因公护照收缴情况通报", NOTICE[0]]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("各相关单位", [], None)
