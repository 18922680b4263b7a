"""The document grammar on layouts of the hundred-and-thirty-seventh held-out
set's kind (issue #11): notices of the division of work among an organ's
leaders (领导工作分工), each leader's name and post then what he 负责, 分管
and 联系, as a portal's text export stores them: the whole notice run into one
line, the signing organ, the 成文日期 and the 附注 in brackets after the last
sentence. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# ---------------------------------------------------------------- the close run in after the last sentence

DIVISION = ["关于某某局领导工作分工的通知",
            "各科室、直属单位：经研究，现将局领导工作分工通知如下：一、张某某局长：主持局全面工作。"
            "二、李某某副局长：协助分管财务、审计工作。分管办公室、财务科。三、王某某副局长：协助分管"
            "安全生产工作。分管安全科。联系某某协会。{close}"]
NEXT = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
        "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("organ", ["某某省某某委员会", "某某市某某局"])
@pytest.mark.parametrize("note", ["（此件主动公开）", "(此件公开发布)"])
def test_a_signature_date_and_note_run_in_after_the_last_sentence(organ, note, columns):
    """GB/T 9704 7.3.5-7.3.6: the signing organ, the 成文日期 under it and the
    附注 in brackets under that; a page that runs the notice into one line
    carries them after its last sentence ('…联系某某协会。某某市某某局2017年7月
    21日（此件主动公开）'), a narrow measure wrapping them anywhere. They are
    the notice's signature and date, and the title under them opens the next
    document."""
    docs = _documents([DIVISION[0], DIVISION[1].format(close=f"{organ}2017年7月21日{note}")] + NEXT, columns)
    assert [d.title for d in docs] == [DIVISION[0], NEXT[0]]
    assert docs[0].issuers == [organ]
    assert docs[0].date == "2017-07-21"
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_words_before_a_date_that_end_no_organ_name_stay_the_sentence(columns):
    """Control: the words between the stop and the date are a signature only
    when they end as an organ's name ends; a sentence that opens on other
    words and a date ('请于2017年7月21日…') is the body's, no signer."""
    docs = _documents([DIVISION[0], DIVISION[1].format(close="请于2017年7月21日（此件主动公开）")] + NEXT, columns)
    assert docs[0].issuers == []
    assert "请于" in "".join(p.text for part in docs[0].parts for p in part.blocks if hasattr(p, "text"))


# ---------------------------------------------------------------- a leaders' 工作分工 under its heading

CLOSED = NEXT  # a notice signed and dated, the text the division is printed under
DIVIDED = ["根据地方组织法的有关规定，市政府实行市长负责制，副市长协助市长工作。", "张某某市长", "领导市政府全面工作。",
           "李某某常务副市长", "负责发展和改革、应急管理工作。协助分管财政、审计工作。",
           "分管市发展和改革委员会，市应急管理局。", "联系市总工会，团市委，市妇联。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("heading", ["市长、副市长工作分工", "县政府领导班子成员工作分工", "区政府领导工作分工调整"])
def test_a_leaders_division_of_work_under_its_heading_is_a_document(heading, columns):
    """A government publishes the division of work among its leaders under a
    heading of its own ('市长、副市长工作分工', '县政府领导班子成员工作分工'),
    each leader's name and post, then what he 负责, 分管 and 联系, with no
    发文字号, 主送, signature or date: a text of its own, as a 大事记 is,
    its heading its title (frame.KINDS '分工', a kind that stands alone)."""
    docs = _documents(CLOSED + [heading] + DIVIDED, columns)
    assert [d.title for d in docs] == [CLOSED[0], heading]
    assert "领导市政府全面工作。" in "".join(p.text for part in docs[1].parts for p in part.blocks if hasattr(p, "text"))


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_division_heading_takes_no_field_above_it(columns):
    """A list's last row (a label and its value after a colon, '河长：某某
    副县长协助：' and the value the wrap carried under it, '县水利局') is
    the list's, no line of the 工作分工's heading under it."""
    rows = ["某某县县级河长名单", "一、县级河长", "（一）某某河", "河长：张某某 副县长协助：", "县水利局"]
    docs = _documents(rows + ["市长、副市长工作分工"] + DIVIDED, columns)
    assert [d.title for d in docs][-1] == "市长、副市长工作分工"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("issued", [True, False])
def test_a_division_a_notice_issues_stays_its_part(issued, columns):
    """Control: the notice that adjusts the division and prints it, as its
    附件 (under the 附件说明, signature and date) or set out under '…通知
    如下：', is one document: the heading under it is its part."""
    notice = ["某某县人民政府关于调整县政府领导班子成员工作分工的通知", "各乡镇人民政府，县政府各部门："]
    leaders = ["张某某县长", "领导县政府全面工作。分管县审计局。", "李某某副县长", "负责发展改革、财政工作。分管县财政局。"]
    if issued:
        lines = notice + ["因人事变动，经县政府研究，现将调整后的县政府领导班子成员工作分工印发给你们，请遵照执行。",
                          "附件：县政府领导班子成员工作分工", "某某县人民政府", "2021年3月1日",
                          "附件", "县政府领导班子成员工作分工"] + leaders
    else:
        lines = notice + ["因人事变动，经县政府研究，现将县政府领导班子成员工作分工通知如下：", "县政府领导班子成员工作分工"] \
            + leaders + ["某某县人民政府", "2021年3月1日"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [notice[0]]


@pytest.mark.parametrize("title", ["关于印发某某县重点工作任务分工的通知", "某某县重点工作任务分工"])
def test_a_tasks_division_is_no_leaders_division(title):
    """Control: the division of a plan's tasks among bodies ('重点工作任务
    分工') is no leaders' 工作分工: no kind of its own."""
    from builder.text.frame import kind_of
    assert kind_of(title) != "分工"
