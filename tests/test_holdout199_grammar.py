"""The document grammar on layouts of the hundred-and-ninety-ninth held-out
set's kind (issue #11): administrative decisions of city and county organs
(行政处罚决定书, 责令改正违法行为决定书) as portals and mirrors store them, the
number of an enforcement organ's 文书 in its own shape ('(某应)应急罚〔2023〕12号').
Each case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

FULL_WIDTH = str.maketrans("（）", "()")  # (the input path may print a page's ASCII brackets full-width)

# A decision of a county bureau signed and dated: the document other cases run their text under.
SIGNED = ["某某县林业局行政处罚决定书", "某林罚决字〔2022〕5号", "当事人：某某木材加工厂",
          "经查，你厂未经许可收购木材，违反了有关规定，本局决定给予以下行政处罚：", "1.处罚款3000元。",
          "如不服本处罚决定，可于接到本决定书之日起六十日内向某某县人民政府申请行政复议。", "某某县林业局",
          "2022年3月1日"]


def _decision(number: str) -> list[str]:
    return ["某某县应急管理局行政处罚决定书", number, "被处罚单位：某某烟花厂", "地址：某某县某某镇",
            "你单位安全生产违法一案，现已审查终结。", "一、违法事实", "2022年6月1日，执法人员检查发现你单位仓库超量储存。",
            "二、处罚决定", "我局决定对你单位罚款人民币2万元。", "某某县应急管理局", "2022年7月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_code_in_brackets_before_the_organs_code_is_part_of_the_number(columns):
    """An enforcement organ's 文书 number prefixes its 代字 with the place's
    code in brackets, as the safety and enforcement 文书 forms print it
    ('（ ）应急罚〔 〕 号'): '(某应)应急罚〔2022〕12 号' on the line under the
    title is the decision's 发文字号, whole, the bracket and a space before 号
    as printed."""
    doc, = _documents(_decision("(某株某)应急罚〔2022〕12 号"), columns)
    assert doc.doc_number.replace(" ", "").translate(FULL_WIDTH) == "(某株某)应急罚〔2022〕12号"
    assert doc.issuers == ["某某县应急管理局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracketed_word_in_a_sentence_before_a_cited_number_stays_the_sentences(columns):
    """Control: a bracket that closes a sentence's words before a number it
    cites ('…(试行)》(某政发〔2020〕3号)') is no place code: the decision's
    own number is the one under its title."""
    text = SIGNED[:3] + ["依据《某某办法(试行)》(某政发〔2020〕3号)的规定，本局决定给予以下行政处罚："] + SIGNED[4:]
    doc, = _documents(text, columns)
    assert doc.doc_number == "某林罚决字〔2022〕5号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_series_letter_before_the_serial_is_part_of_the_number(columns):
    """An enforcement organ that numbers its cases in series prints the
    series' Latin letter before the serial ('(某保)应急罚[2023]k-39号'): the
    line is the decision's 发文字号, letter and all."""
    doc, = _documents(_decision("(某保)应急罚[2022]k-39号"), columns)
    assert doc.doc_number.replace(" ", "").translate(FULL_WIDTH) == "(某保)应急罚〔2022〕k-39号"
    assert doc.issuers == ["某某县应急管理局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_with_its_place_code_in_brackets_under_the_title_as_a_gazette_reprints_it(columns):
    """A gazette folds the 发文字号 under the title in brackets; a number
    whose place code is bracketed itself ('（(某保)应急罚〔2022〕3号）') is
    that frame, the inner bracket part of the number."""
    text = _decision("x")
    text[1] = "（(某保)应急罚〔2022〕3号）"
    doc, = _documents(text, columns)
    assert doc.doc_number.replace(" ", "").translate(FULL_WIDTH) == "(某保)应急罚〔2022〕3号"
