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


# A decision whose excerpt the store cut mid-sentence: no signature, no full stop, nothing closes it but the next title.
CUT_DECISION = ["某某县环境保护局行政处罚决定书", "某环罚〔2021〕7号", "某某砖厂：",
                "你厂未依法报批环境影响评价文件擅自开工建设，违反了有关规定。依据有关规定，经查实，你厂仓库内物品堆垛高度应符合表6规定。名称：成箱成品；高度：小于等于2"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_decisions_title_with_its_party_under_it_opens_a_document_after_a_cut_sentence(columns):
    """An enforcement 文书's title (the organ's name and the 文书's name,
    '…行政处罚决定书', on one line or two) with its party line under it
    ('当事人：…', '被处罚单位：…'), as the 文书 forms print it where a 公文 prints
    its 主送, opens a document even under a sentence an excerpt cut: a
    sentence that runs on into a title goes on with words, not with a party's
    label and a colon."""
    later = ["某某县市场监督管理局", "行政处罚决定书", "当事人：某某食品有限公司", "法定代表人：张某某",
             "经查，当事人销售超过保质期的食品，违反了《中华人民共和国食品安全法》的规定。",
             "本局决定对当事人罚款人民币5000元。", "某某县市场监督管理局", "2023年5月6日"]
    docs = _documents(CUT_DECISION + later, columns)
    assert [d.title for d in docs] == ["某某县环境保护局行政处罚决定书", "某某县市场监督管理局行政处罚决定书"]
    assert (docs[1].issuers, docs[1].date) == (["某某县市场监督管理局"], "2023-05-06")
    assert docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_decision_in_a_sentence_cut_above_stays_the_sentences(columns):
    """Control: a sentence that runs on into a decision's name and goes on
    with words ('…作出的' / '行政处罚决定书' / '已发生法律效力…') is no title."""
    later = ["某某县市场监督管理局", "行政处罚决定书", "已发生法律效力，当事人应当按期履行。", "某某县环境保护局",
             "2021年8月2日"]
    docs = _documents(CUT_DECISION[:3] + ["当事人对本局于2021年3月1日作出的"] + later, columns)
    assert [d.title for d in docs] == ["某某县环境保护局行政处罚决定书"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_decisions_name_alone_takes_no_line_above_but_its_organs(columns):
    """An enforcement 文书's title is its organ's name and the 文书's name
    ('（行政机关名称）行政处罚决定书'): the 文书's name alone on its line
    ('行政处罚决定书') is a whole title, or the end of one whose organ the
    line above names; the tail of a sentence an excerpt cut above it
    ('…作出如下行政处罚：' / '罚款人民币伍万元') is no line of it."""
    cut = CUT_DECISION[:3] + ["经查，你厂未依法报批环境影响评价文件擅自开工建设，本局对你厂作出如下行政处罚：", "罚款人民币伍万元"]
    docs = _documents(cut + ["行政处罚决定书"] + _decision("(某株某)应急罚〔2022〕12号")[1:], columns)
    assert [d.title for d in docs] == ["某某县环境保护局行政处罚决定书", "行政处罚决定书"]
    assert docs[1].doc_number.replace(" ", "").translate(FULL_WIDTH) == "(某株某)应急罚〔2022〕12号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_with_its_place_code_in_brackets_under_the_title_as_a_gazette_reprints_it(columns):
    """A gazette folds the 发文字号 under the title in brackets; a number
    whose place code is bracketed itself ('（(某保)应急罚〔2022〕3号）') is
    that frame, the inner bracket part of the number."""
    text = _decision("x")
    text[1] = "（(某保)应急罚〔2022〕3号）"
    doc, = _documents(text, columns)
    assert doc.doc_number.replace(" ", "").translate(FULL_WIDTH) == "(某保)应急罚〔2022〕3号"


# A 通报 whose excerpt the store cut inside a list of clauses, its last line filling the measure at 18 columns.
CUT_CLAUSES = ["某某县应急管理局关于仓库安全检查情况的通报", "各乡镇人民政府：", "经检查，部分仓库存在以下问题：",
               "仓库内物品堆垛高度应符合表六规定。名称：成箱成品；高度：小于等于两米；名"]
WRAPPED_DEED = ["某某自治州某某市某某新区市场监督管理局", "行政处罚决定书", "当事人:某某食品有限公司",
                "2023年4月24日，本局依法对当事人的生产场所进行了检查。", "某某自治州某某市某某新区市场监督管理局", "2023年6月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_the_wrap_carried_over_under_a_cut_clause_heads_its_deed(columns):
    """A clause mark is a sentence's, and that sentence may run on through
    full lines into the short one that ends its paragraph; but an organ's
    whole name read across the lines the wrap set it on (its place first, its
    ending last: '某某自治州某某市某某新区市场监督管理' / '局') is the 发文机关
    over the 文书's name under it (GB/T 9704 7.3.1), as an organ alone on its
    line is, whatever clause the excerpt above was cut in."""
    docs = _documents(CUT_CLAUSES + WRAPPED_DEED, columns)
    assert [d.title for d in docs] == [CUT_CLAUSES[0], WRAPPED_DEED[0] + WRAPPED_DEED[1]]
    assert docs[1].issuers == [WRAPPED_DEED[0]]
