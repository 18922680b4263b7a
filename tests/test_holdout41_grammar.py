"""The document grammar on layouts of the forty-first held-out set's kind
(issue #11): what a gazette prints of a government's meetings, the opening
of a 政府工作报告 (its title, the 题注 with the meeting and the date, the
speaker) and the records of its 常务会议 and 办公会议, each titled by the
meeting and its ordinal and opened by its date. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

RECORD = ["某某县人民政府第12次常务会议",
          "3月5日,县长张某主持召开县人民政府第12次常务会议。副县长李某、王某出席会议,县直有关部门负责人列席会议。",
          "会议审议了《某某县农村公路养护管理办法(送审稿)》,原则同意,按会议意见修改完善后印发实施。",
          "会议还研究了其他事项。"]
REPORT = ["政府工作报告", "——2021年1月27日在某某区第六届人民代表大会第八次会议上", "某某区人民政府区长 张某", "各位代表:",
          "现在,我代表区人民政府向大会报告工作,请予审议。", "一、2020年工作回顾", "一年来,我们统筹推进疫情防控和经济社会发展,较好地完成了目标任务。"]


def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- a meeting's record titled by the meeting

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某市政府第103次常务会议", "某某区人民政府第21次常务会议召开", "第36次县长办公会议召开",
                                   "张某主持召开区政府第4次常务会议", "市政府第十五次全体会议"])
def test_a_meeting_record_titled_by_the_meeting_and_its_ordinal_is_a_document(title, columns):
    """党政机关公文处理工作条例 第八条: a 纪要 records a meeting's 主要情况 and
    议定事项; the government's portal and its gazette title the record of a
    常务会议, 全体会议 or 办公会议 (工作规则) by the meeting and its ordinal,
    perhaps with 召开 or the chair before it. Under the record above, after
    its last sentence, such a title opens a record of its own."""
    record = [title, "4月8日上午,区长张某主持召开会议,研究部署近期重点工作。区领导李某、王某出席会议。",
              "会议研究通过了《关于调整烟花爆竹禁燃区域的通告》。", "会议还研究了其他事项。"]
    docs = _documents(RECORD + record, columns)
    assert [d.title for d in docs] == [RECORD[0], title]
    assert [d.kind for d in docs] == ["纪要", "纪要"]
    assert (docs[1].issuers, docs[1].date) == ([], None)


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_record_titled_by_its_meeting_ends_the_report_above(columns):
    """A report's excerpt ends inside its text, no signature closing it: the
    next meeting's record, titled by the meeting, is a document of its own,
    not the report's paragraphs."""
    docs = _documents(REPORT + RECORD, columns)
    assert [d.title for d in docs] == ["政府工作报告", RECORD[0]]
    assert docs[0].date == "2021-01-27" and _provisions(docs[0]) == ["一、"]


# ---------------------------------------------------------------- a 题注 opening with another dash

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("dash", ["──", "――", "―", "─"])
def test_an_occasion_opening_with_a_bar_or_a_box_drawing_line_is_the_reports_note(dash, columns):
    """GB/T 15834 4.10: the 破折号 a 题注 opens with is two em dashes; a page
    or a text layer gives them as the horizontal bar (GB 2312's 破折号 in some
    code tables) or the box-drawing line, the occasion wrapped over two
    lines ('──2021年1月27日在某某区' / '第六届…会议上'). It is the report's
    题注 all the same: the report is a document, dated by it."""
    report = ["政府工作报告", dash + "2021年1月27日在某某区", "第六届人民代表大会第八次会议上"] + REPORT[2:]
    docs = _documents(RECORD + report, columns)
    assert [d.title for d in docs] == [RECORD[0], "政府工作报告"]
    assert docs[1].date == "2021-01-27"


# ---------------------------------------------------------------- a clause that cites a title after 了

@pytest.mark.parametrize("verb", ["听取了", "审议了", "研究了"])
def test_a_clause_ending_in_a_kind_word_at_the_measure_is_no_title(verb):
    """标题 = 发文机关 + 关于 + 事由 + 文种: before 关于 stands an organ's name,
    and none ends in 了, the particle of a verb's completed action. A
    record's paragraph '会议听取了关于…规划(2021-2035)…的汇报' whose first line
    the wrap ends at 规划 is a sentence run on, not a title."""
    paragraph = f"会议{verb}关于编制某某区教育布局规划(2021-2035)、关于某某公司资产清算的情况汇报。"
    docs = _documents(RECORD[:2] + [paragraph] + RECORD[2:], 18)
    assert [d.title for d in docs] == [RECORD[0]]


# ---------------------------------------------------------------- a byline under the record's last sentence

LAST = "会议还学习了信访工作有关通知文件。"


@pytest.mark.parametrize("tail", [[LAST, "(卫 鑫)"], [LAST + "(卫", "鑫)"], [LAST, "(记者 赵某 张某)"]])
def test_a_byline_on_a_line_of_its_own_ends_the_record(tail):
    """A record closes with its compiler's or the reporters' names in
    brackets after the last sentence ('…文件。(卫 鑫)'). Where the wrap puts
    the byline on a line of its own, or breaks it inside its brackets, it
    still ends the record: the next meeting's title under it opens the next."""
    first = RECORD[:-1] + tail
    second = ["第36次县长办公会议召开", "7月2日下午,县长张某主持召开第36次县长办公会议。",
              "会议审议了县财政局提交的奖励办法。"]
    docs = _documents(first + second, None)
    assert [d.title for d in docs] == [RECORD[0], second[0]]


def test_a_task_owners_note_alone_stays_its_items():
    """A 任务分工 list prints who answers for a task in brackets under it
    ('（各级政府及其工作部门负责）'): no byline, it stays a line of its own and
    the next item is still an item."""
    text = ["某某市人民政府关于印发2020年重点工作任务分工的通知", "各县(区)人民政府,市人民政府各部门:",
            "现将2020年重点工作任务分工印发给你们,请认真贯彻落实。", "1. 加强政治建设。严明政治纪律和政治规矩。",
            "（各级政府及其工作部门负责）", "2. 坚决服从市委统一领导。严格执行请示报告制度。", "（各级政府及其工作部门负责）"]
    docs = _documents(text, None)
    assert len(docs) == 1 and _provisions(docs[0]) == ["1.", "2."]
