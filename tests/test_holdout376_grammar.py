"""The document grammar on layouts of the three-hundred-and-seventy-sixth
held-out set's kind (issue #11): communications-infrastructure texts of city,
county and prefecture bodies (a 行署办公室's 通知 supporting a carrier's network
building, a city 办公厅's 转发 of its province's 宽带中国 方案 named by its
发文字号, a county-level city office's 通知 on 光纤化 改造 with its number over a
title set over three lines, a city's 通信设施 保护 通告, a city office's
互联网 基础设施 方案 stored without its 的通知, a city's 函 on moving the
carriers' lines) as law libraries, rules and news portals, a policy database
and their own sites store them. The one rule the set asked for: a 发文字号 the
wrap set at a line's head inside a 转发 title that names the forwarded text by
its number is the title's, not the frame's number with its 主送 run on. The
other cases pin the set's shapes. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _documents, _labels, _text  # (the same input path)

# A 转发 title naming the forwarded text by its 发文字号, the line parted inside the number's 代字 ('…关于转发东' /
# '政办发〔2015〕8号文件…'), as a page wrapped at 18 columns parts it; its own number under it, then its 主送.
CITED_NUMBER = ["南岭市人民政府关于转发东", "政办发〔2015〕8号文件加快推进", "宽带网络建设的通知", "南政发〔2015〕30号",
                "各县(市)、区人民政府,市政府各部门:", "现将东政办发〔2015〕8号文件转发给你们,请认真贯彻落实。",
                "一、明确工作目标", "到2017年底,城市家庭基本实现光纤入户。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_a_passing_title_cites_stays_in_the_title(columns):
    """GB/T 9704 7.3.1: the 事由 names the matter, and a 转发 title may name
    the text it forwards by that text's 发文字号 ('…关于转发某政办发〔2015〕8号
    文件…的通知'; 党政机关公文处理工作条例 第二十条 cites a text by its number).
    A wrap that parts the title inside the number leaves the number at a
    line's head under a line that opens the title by its grammar, ends on its
    passing verb or the 代字's first characters, and holds no 文种 yet: that
    number is the title's, the title going on after it, not the document's
    own 发文字号 with its 主送 run on (unfold/title_ends.number_in_open_title),
    so the title is read whole and the number under it is the document's."""
    docs = _documents(CITED_NUMBER, columns)
    assert [d.title for d in docs] == ["".join(CITED_NUMBER[:3])]
    assert docs[0].doc_number == "南政发〔2015〕30号"
    assert docs[0].addressees == "各县（市）、区人民政府，市政府各部门"
    assert _labels(docs[0]) == ["一、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_passing_title_cut_right_after_its_verb_keeps_the_number(columns):
    """The same where the wrap falls right after the passing verb ('…关于转发' /
    '东政办发〔2015〕8号文件…'): the whole number at the next line's head."""
    lines = ["南岭市人民政府关于转发", "东政办发〔2015〕8号文件加快推进", "宽带网络建设的通知"] + CITED_NUMBER[3:]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == ["".join(lines[:3])]
    assert docs[0].doc_number == "南政发〔2015〕30号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_frames_own_number_with_its_addressees_run_on_is_still_set_out(columns):
    """The control: under a whole title (its 文种 last) a number at a line's
    head with the 主送 run on after it is the frame's own, set out on its
    line with the 主送 on the next."""
    lines = ["南岭市人民政府关于加快推进宽带网络建设的通知", "南政发〔2015〕30号各县(市)、区人民政府,市政府各部门:",
             "现就有关事项通知如下:", "一、明确工作目标", "到2017年底,城市家庭基本实现光纤入户。"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [lines[0]]
    assert docs[0].doc_number == "南政发〔2015〕30号"
    assert docs[0].addressees == "各县（市）、区人民政府，市政府各部门"


def test_only_an_open_passing_title_holds_the_number():
    """The control: the line above is read as an open 转发 title only when it
    opens on a title's grammar, no 文种 ends it, no sentence's punctuation is
    in it and it ends on its passing verb or a 代字's first characters."""
    from builder.stages.split.unfold.title_ends import number_in_open_title
    assert number_in_open_title("南岭市人民政府关于转发东")
    assert number_in_open_title("南岭市人民政府办公室关于印发")
    assert not number_in_open_title("南岭市人民政府关于转发东政办发文件的通知")  # a whole title over its number
    assert not number_in_open_title("现将省政府办公厅文件转发")  # a sentence's words, no title's grammar
    assert not number_in_open_title("南岭市人民政府关于加快推进")  # no passing verb at its end
    assert not number_in_open_title("南岭市人民政府关于转发,东")


# The set's other shapes, pinned: the number over a title set over three lines, its kind word spaced.
NUMBER_OVER_TITLE = ["东湖政办发〔2015〕47号", "东湖市人民政府办公室", "关于印发加快推进宽带光纤化改造工作的", "通  知",
                     "各乡镇政府、街道办事处,市政府各部门:", "现就有关事项通知如下:", "一、目的意义",
                     "(一)有利于战略落地。到2015年,全市城区社区光纤网络覆盖达到100%。",
                     "(二)有利于智慧城市建设快速推进。宽带网络由铜缆到光纤的演进,大"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_over_a_title_set_over_three_lines(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 over the title, the title set
    over three lines, its 文种 alone and spaced; the excerpt cut mid-word."""
    doc = _two(NUMBER_OVER_TITLE, columns)
    assert doc.title == "东湖市人民政府办公室关于印发加快推进宽带光纤化改造工作的通知"
    assert doc.doc_number == "东湖政办发〔2015〕47号"
    assert _labels(doc) == ["一、", "（一）", "（二）"]


# A city's 通告 and a 函 to companies: organ and the rest of the title on two lines, the number under them.
NOTICE_AND_LETTER = ["北山市人民政府", "关于通信设施保护的通告", "北府通〔2017〕2号",
                     "为加强全市通信设施的保护工作,现就有关事项通告如下:", "一、市政道路建设施工,建设单位应提前告知通信部门。",
                     "二、破坏、盗窃通信设施的,依法追究责任。", "北山市人民政府", "2017年5月27日",
                     "西岭市人民政府", "关于迁移通信线路的函", "西政函〔2021〕86号",
                     "中国移动通信集团某某有限公司西岭分公司、国网西岭市供电中心:",
                     "为加快推进棚户区改造工作,请贵单位于2021年5月20日前完成线路迁移工作。",
                     "一、管道由政府出资修建管理。", "二、所需费用自行解决。", "西岭市人民政府", "2021年4月23日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_announcement_and_a_letter_to_companies(columns):
    """GB/T 9704 7.3.1-7.3.5: each title in two lines (the organ, then 关于…),
    the number under it, a 通告 with no 主送, a 函 to companies, each signed
    and dated."""
    docs = _documents(NOTICE_AND_LETTER, columns)
    assert [d.title for d in docs] == ["北山市人民政府关于通信设施保护的通告", "西岭市人民政府关于迁移通信线路的函"]
    assert [d.doc_number for d in docs] == ["北府通〔2017〕2号", "西政函〔2021〕86号"]
    assert [d.date for d in docs] == ["2017-05-27", "2021-04-23"]
    assert docs[1].addressees == "中国移动通信集团某某有限公司西岭分公司、国网西岭市供电中心"
    assert "迁移" not in _text(docs[0])
