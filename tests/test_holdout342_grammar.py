"""The document grammar on layouts of the three-hundred-and-forty-second
held-out set's kind (issue #11): foreign affairs, overseas Chinese and Hong
Kong, Macao and Taiwan affairs texts of cities (通知 on 因公出国 approval and
its rules, a 规定 on friendship with foreign cities, a 荣誉市民 办法 for 港澳台
同胞 and 侨胞, 港澳 work points) as law libraries and portals store them: a
规定 under a 题注 that notes, after the meeting that adopted it, the day and
the 发文字号 of the 文件 that issued it, over two lines. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city's 规定 as a law library prints it: the title, then a 题注 over two lines, the adoption on the first, the day
# and the 发文字号 of the 文件 that issued it on the second.
ISSUED_NOTE = ["南岭市与外国城市建立友好关系的规定", "(2001年3月1日经第5次市政府常务会议讨论通过",
               "2001年3月6日 南政发〔2001〕12号)",
               "第一条 为规范本市与外国城市建立友好关系的工作,根据国家有关规定,结合本市实际,制定本规定。",
               "第二条 本市外事主管部门是本市与外国城市建立友好关系的归口管理部门。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_note_of_the_adoption_then_the_issuing_number_gives_the_number(columns, one_line):
    """GB/T 9704 7.2.4: the 发文字号 is the 文件's number; a text printed
    with no 版头 (a law library's copy of a city's 规定) keeps it in its 题注,
    after the meeting that adopted the text: '(…会议讨论通过 2001年3月6日
    南政发〔2001〕12号)', on one line or two. That number is the text's
    (frame.noted_issuing_number), and the adoption still dates it
    (党政机关公文处理工作条例 第九条: 会议通过的日期)."""
    lines = ISSUED_NOTE if not one_line else [ISSUED_NOTE[0], ISSUED_NOTE[1] + " " + ISSUED_NOTE[2], *ISSUED_NOTE[3:]]
    [doc] = _documents(lines, columns)
    assert (doc.title, doc.doc_number, doc.date) == (ISSUED_NOTE[0], "南政发〔2001〕12号", "2001-03-01")
    assert [p.label for p in doc.provisions] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_note_of_the_adoption_alone_gives_no_number(columns):
    """The control: a 题注 of the adoption alone names no 发文字号; the meeting
    dates the text, as before."""
    [doc] = _documents([ISSUED_NOTE[0], "(2001年3月1日经第5次市政府常务会议讨论通过)", *ISSUED_NOTE[3:]], columns)
    assert (doc.doc_number, doc.date) == (None, "2001-03-01")


def test_the_note_names_a_number_only_where_it_ends_on_one():
    """The control: the number is read only where the note ends on it; a
    note of a further event with its verb ('…令第12号公布') or with more
    after the number is left to the note's other readers."""
    from builder.text.frame import noted_issuing_number
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过 2001年3月6日 南政发〔2001〕12号）") \
        == "南政发〔2001〕12号"
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过，南政发〔2001〕12号）") == "南政发〔2001〕12号"
    assert noted_issuing_number("（2001年3月1日市政府常务会议通过 2001年3月6日南岭市人民政府令第12号公布）") is None
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过 南政发〔2001〕12号印发）") is None
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过）") is None
