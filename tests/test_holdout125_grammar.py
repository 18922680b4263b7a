"""The document grammar on layouts of the hundred-and-twenty-fifth held-out
set's kind (issue #11): the records (纪要) of a county's or district's
常务会议 and of its head's 办公会议 as its portal publishes them, titled by
the meeting with 召开 before it and no count ('县政府召开常务会议', '区长某某
主持召开区长办公会'), and a bureau's 例会纪要 of agenda items. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a meeting held, named in its record's title

def _meeting(title: str) -> list[str]:
    return [title, "5月6日，县委副书记、县长某某某主持召开县政府常务会议，县政府班子成员参加会议。",
            "会议原则通过了《某某县农村公路养护实施方案》。会议强调，要压实养护责任，确保路况稳定向好。",
            "会议还研究了其他事项。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["县政府召开常务会议", "某某市人民政府召开全体会议", "区长某某某主持召开区长办公会议",
                                   "区委副书记、区长某某某主持召开区长办公会", "县长某某某主持召开县政府常务会议"])
def test_a_meeting_held_titles_its_record(title, columns):
    """A 纪要 records a meeting (党政机关公文处理工作条例 第八条), and a portal
    titles its news of the government's own meetings (工作规则: 全体会议,
    常务会议, the head's 办公会议) by the meeting held: the government's
    name or the chair's 主持 and 召开 before the meeting's name, with no
    count ('县政府召开常务会议', '…主持召开区长办公会', short of its 议).
    Under a signed notice such a title opens a record of its own."""
    docs = _documents(NOTICE + _meeting(title), columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "纪要" and docs[1].date is None


@pytest.mark.parametrize("text", ["关于县长某某主持召开县长办公会议精神的通知", "县政府召开常务会议研究部署",
                                  "近日召开常务会议", "会议要求召开全体会议"])
def test_a_meeting_named_inside_a_title_or_sentence_is_no_record(text):
    """Control: a title that goes on after the meeting's name is of the kind
    it ends in, and a sentence's words on a meeting held, with neither the
    government's name nor a chair's 主持 before 召开, name no record."""
    assert kind_of(text) != "纪要"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_body_that_tells_of_the_meeting_held_goes_on(columns):
    """Control: a notice's body that tells of the meeting held ('…经县政府
    召开常务会议审议通过…', wrapped anywhere) opens no record: the notice
    stays whole and keeps its date."""
    body = ["某某县人民政府关于印发某某县城区停车管理办法的通知", "各乡镇人民政府，县政府各部门：",
            "《某某县城区停车管理办法》已经县长某某某主持召开县政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
            "某某县人民政府", "2024年3月8日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].date == "2024-03-08"


# ---------------------------------------------------------------- a 纪要 is addressed to no one

RECORD = ["某某县自然资源局规划例会纪要", "议题一、某某镇中心小学教学楼修建性详细规划方案审查:", "项目基本情况:",
          "该项目位于某某镇某某村，规划用地面积5200平方米，容积率为0.8，绿地率为35%。", "审查意见:",
          "经审查，原则同意该方案，经公示无异议后方可办理规划许可手续。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_records_first_agenda_item_is_no_addressee(columns):
    """GB/T 9704 10.3: a 纪要 prints who sat in, and no 主送机关; its record
    is distributed, not addressed. The line under its title that ends in a
    colon is its first agenda item's heading ('议题一、…方案审查:') or the
    sentence that announces its items, not a 主送."""
    docs = _documents(NOTICE + RECORD, columns)
    assert [d.title for d in docs] == [NOTICE[0], RECORD[0]]
    assert docs[1].kind == "纪要" and docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_record_that_names_organs_keeps_its_addressees(columns):
    """Control: a 纪要 sent to the bodies that carry it out, their names
    under its title as a 主送 names organs ('各乡镇人民政府，县直各部门：'),
    keeps them as its 主送; and a 通知's first line that addresses one organ
    by its name ('某某省教育厅：') stays its 主送."""
    record = ["某某县人民政府专题会议纪要", "各乡镇人民政府，县直各部门：",
              "5月6日，副县长某某某主持召开专题会议，研究秋粮收购工作。现将会议议定事项纪要如下：",
              "一、各乡镇要做好秋粮收购组织工作。"]
    docs = _documents(NOTICE + record, columns)
    assert [d.title for d in docs] == [NOTICE[0], record[0]]
    assert docs[1].addressees == "各乡镇人民政府，县直各部门"
    notice = ["某某市人民政府关于某某学校设置的函", "某某省教育厅：", "经研究，同意设立某某学校。", "某某市人民政府",
              "2024年3月8日"]
    docs = _documents(NOTICE + notice, columns)
    assert docs[1].addressees == "某某省教育厅"


# ---------------------------------------------------------------- a list whose first items lost their numbers

OPINION = ["某某县自然资源局规划例会纪要", "经审查，原则同意该项目修建性详细规划，并做好以下工作："]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_list_that_counts_on_past_its_bullets_is_a_list(columns):
    """Numbering grammar: a list's items count on by one from the lead that
    announces them in a colon. A mirror that rendered a list's first items
    as bullets ('- 南侧道路…;') keeps the numbers of the rest ('3、…', '4、…',
    '5、…'): right under the lead and as many unnumbered items as the
    numbers skipped, the items that count on are the list's, though no '1、'
    or '2、' is printed."""
    items = ["- 南侧规划道路须与项目同步建设、同步验收;", "- 临街建筑立面须与镇区整治规划协调;",
             "3、垃圾储藏设施与食堂位置进行调整;", "4、补充消防、环保部门意见;", "5、经公示无异议后方可办理规划许可手续。"]
    docs = _documents(NOTICE + OPINION + items, columns)
    assert [d.title for d in docs] == [NOTICE[0], OPINION[0]]
    assert [p.label for p in docs[1].provisions] == ["3、", "4、", "5、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_lone_number_past_one_is_no_list(columns):
    """Control: a paragraph opening on a number past 1 with no number next to
    it in the part ('3、…' alone) is no list's item, as a '1.' alone is not."""
    docs = _documents(NOTICE + OPINION + ["3、垃圾储藏设施与食堂位置进行调整;", "5、经公示无异议后方可办理规划许可手续。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], OPINION[0]]
    assert docs[1].provisions == []


# ---------------------------------------------------------------- a record's first agenda item under its title

AGENDA = ["某某县规划委员会会议纪要", "议题一、某某片区控制性详细规划调整方案", "会议原则同意该调整方案，请按程序报批。",
          "议题二、某某路道路工程设计方案", "会议原则同意该设计方案。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_agenda_items_head_is_no_line_of_the_title_above(columns):
    """A 纪要 takes up its matters one by one under each agenda item's head
    ('议题一、…调整方案'), which may end on a kind word (方案) where the wrap
    or the heading stops. Under the record's whole title that head begins
    the record's first item: no title's line opens on an item's head."""
    docs = _documents(NOTICE + AGENDA, columns)
    assert [d.title for d in docs] == [NOTICE[0], AGENDA[0]]
    assert docs[1].kind == "纪要" and docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_wrapped_before_the_word_agenda_goes_on(columns):
    """Control: a title whose line the page broke before '议题' with no number
    after it ('…关于规范常务会议' / '议题申报工作的通知') is one title."""
    title = ["某某县人民政府办公室关于规范常务会议", "议题申报工作的通知", "各乡镇人民政府，县直各部门：",
             "为规范议题申报，现将有关事项通知如下。", "某某县人民政府办公室", "2024年3月8日"]
    docs = _documents(NOTICE + title, columns)
    assert [d.title for d in docs] == [NOTICE[0], title[0] + title[1]]


@pytest.mark.parametrize("columns", [None, 26])
def test_points_numbered_through_the_parts_stay_as_they_read(columns):
    """Control: a text that numbers its points through its parts ('3.' and
    '4.' under '二、', the first two under '一、' printed as bullets) counts
    on from another heading's items, not from a lead right above: its
    outline reads as before, the parts' headings its only provisions."""
    text = ["某某县人民政府办公室关于加强野生动物保护的实施意见", "各乡镇人民政府，县直各部门：",
            "为加强野生动物保护，提出以下实施意见：", "一、深入学习领会有关精神", "- 各乡镇要组织开展专题学习，重点学习有关决定。",
            "- 各部门要广泛宣传野生动物保护知识。", "二、严厉打击非法交易", "3. 各乡镇要开展执法检查，严厉打击非法交易。",
            "4. 各部门要加大查处力度，组织联合执法。", "某某县人民政府办公室", "2020年3月1日"]
    docs = _documents(NOTICE + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], text[0]]
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]
