"""The document grammar on layouts of the hundred-and-ninetieth held-out
set's kind (issue #11): circulars (通报) of city organs that rank and list
units, and 督查通报 on the progress of a year's tasks, as portals and
mirrors store them. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
PROGRESS = ["根据有关要求，现将有关进展情况通报如下。", "一、基本情况", "十件民生实事共分为28项工作，已完成21项。",
            "二、督查建议", "请各分管领导抓好落实，保证十件民生实事圆满完成。"]


@pytest.mark.parametrize("note", ["(截至11月底)", "（截至2024年6月30日）", "(截止9月末)"])
@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_progress_circular_notes_the_day_its_figures_run_to_after_its_kind(note, columns):
    """GB/T 9704 7.3.2: the title ends on its 文种; a circular on how far a
    year's tasks have got may carry after it, in brackets, the day its
    figures run to ('…推进情况的通报(截至11月底)'), a 题注 as a list's
    date is: the title still ends there, and the text is a document."""
    title = "关于某某市2024年十件民生实事推进情况的通报" + note
    docs = _documents(NOTICE + [title] + PROGRESS, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知", title]
    assert docs[1].kind == "通报"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracket_after_the_kind_that_is_no_date_still_is_no_title(columns):
    """Control: a sentence that ends on a kind word and a bracket saying
    something else is the body's, as before."""
    line = "请各单位认真学习本通报(另行印发)"
    docs = _documents(NOTICE + [line], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知"]


@pytest.mark.parametrize("serial,number", [("督查通报〔2024〕第9期", "督查通报〔2024〕第9期"),
                                           ("督办通报[2023]第12期", "督办通报[2023]第12期"),
                                           ("督查专报(2022)第3期", "督查专报(2022)第3期")])
@pytest.mark.parametrize("columns", [None, 26])
def test_the_issue_serial_run_onto_a_circulars_title_line_is_its_number(serial, number, columns):
    """A 督查通报 is issued in a numbered series, its 期号 ('督查通报〔2024〕
    第9期') printed over the title as a 发文字号 is (GB/T 9704 7.2.4); a
    portal that runs it onto the title's line before a colon still prints
    two things: the serial is the document's number, the title is what
    follows the colon."""
    title = "关于某某市2024年十件民生实事推进情况的通报"
    docs = _documents(NOTICE + [f"{serial}:{title}"] + PROGRESS, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知", title]
    assert docs[1].doc_number == number


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_with_a_colon_and_no_issue_serial_keeps_its_words(columns):
    """Control: a title whose words before a colon are no serial of an
    issue (a reply's title and the subject it answers) is left whole."""
    title = "关于某某县2023年第一季度重点工作督查情况的通报"
    docs = _documents(NOTICE + [title] + PROGRESS, columns)
    assert docs[1].title == title and docs[1].doc_number is None

