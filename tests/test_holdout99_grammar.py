"""The document grammar on layouts of the ninety-ninth held-out set's kind
(issue #11): notices that set or adjust standards and amounts (低保, 特困,
最低工资, fares and charges), of provincial departments, city and county
governments and their bureaus, as portals, law sites, mirrors and forums
print them: a register number over the 发文字号, a reply run with its 主送
into one paragraph, the signature and the date run in before the next
title. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.devset.layout import laid_out, wrap
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _texts(doc) -> list[str]:
    """Each block's text as printed: a provision's label and heading with it."""
    return [getattr(b, "label", "") + getattr(b, "heading", "") + b.text for p in doc.parts for b in p.blocks
            if hasattr(b, "text")]


# ---------------------------------------------------------------- a reply's 主送 run into its title and body

REPLY_TITLE = "关于某某城区空调公交车票价的通知"
REPLY_BODY = ("你公司《关于空调公交车票价定价的请示》收悉。经成本监审和价格听证，现就有关问题通知如下。"
              "一、票价。城区空调公交车票价为每人次2元。二、执行时间。本通知从发文之日起试行。")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("name", ["市公共交通有限责任公司", "某某县交通运输局"])
def test_one_body_answered_in_the_second_person_is_the_addressee(name, columns):
    """A notice or 批复 that answers a 请示 opens by addressing the organ
    that asked ('你公司《…的请示》收悉。'), and GB/T 9704 7.3.2 sets that
    organ as its 主送 over the body. A forum post or a database that runs the
    whole notice into one paragraph ('…的通知市公共交通有限责任公司: 你公司…')
    leaves one body's name over its colon right after the title: the 主送,
    though one name alone over a colon is as often a list's lead."""
    docs = _documents(NOTICE + [REPLY_TITLE + name + ": " + REPLY_BODY + " 某某市物价局 2013年7月26日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == (name, ["某某市物价局"], "2013-07-26")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_phrase_over_a_second_person_sentence_is_no_addressee(columns):
    """Control: the words before the colon are a sentence's, no organ's name
    ('经研究答复如下：你公司…'): no 主送 is parted from them."""
    docs = _documents(NOTICE + [REPLY_TITLE, "经研究答复如下: " + REPLY_BODY, "某某市物价局", "2013年7月26日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert docs[1].addressees is None


# ---------------------------------------------------------------- a register number at the top of the 版头

REGISTERED = ["某某县人民政府办公室", "关于调整我县城乡居民最低生活保障标准的通知",
              "各乡、镇人民政府，县直机关各单位：",
              "经县人民政府研究，决定将我县城市居民最低生活保障标准调整为每人每月330元。",
              "此标准自下文之日起执行。", "某某县人民政府办公室", "2014年3月3日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("register", ["CXDR-2014-01002", "HNPR—2014—01002", "ZJSP01-2014-0002"])
@pytest.mark.parametrize("signed", [True, False])
def test_a_register_number_over_the_number_heads_the_document(signed, register, columns):
    """A province's rules on 规范性文件 have the 统一登记号 printed at the top
    left of the first page, where GB/T 9704 7.2.1 prints the 份号: the
    register's letters, the year and the serial ('HNPR—2019—01001'), over
    the 发文字号. It heads the document under it: the text before, signed or
    an excerpt ending on its sentence, does not end on it."""
    above = NOTICE if signed else NOTICE[:3]
    docs = _documents(above + [register, "某政办发〔2014〕6号"] + REGISTERED, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府办公室关于调整我县城乡居民最低生活保障标准的通知"]
    assert (docs[1].doc_number, docs[1].date) == ("某政办发〔2014〕6号", "2014-03-03")
    first = len(laid_out(above, columns)) + 1  # the register's line
    assert (docs[0].lines[1], docs[1].lines[0]) == (first - 1, first)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_code_inside_a_sentence_is_the_sentences(columns):
    """Control: a code of the same shape inside a sentence ('项目编号为
    ZJCG-2021-00123。') is the body's, not a mark over a title."""
    docs = _documents(NOTICE[:3] + ["本次采购项目编号为ZJCG-2021-00123。"] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == "2021-03-01"


# ---------------------------------------------------------------- a date run in, then the next title's organ

NEXT_TITLE = "某某市发展和改革局关于某某公交线路票价的批复"
NEXT = [NEXT_TITLE, "某某公共交通有限公司：", "你公司报来的请示收悉。现批复如下：", "一、起步价2元/人次。",
        "某某市发展和改革局", "2020年7月20日"]


def _filled(head: str, close: str, columns: int) -> str:
    """The paragraph head, padded, then close, so that its last line at the
    measure is full and ends on close ('…的监督。 某某市物价局 2013年7月 26日')."""
    for pad in range(200):
        text = head + "的" * pad + close
        last = wrap(text, columns)[-1]
        if last.endswith(close[1:].strip()) and not last.startswith(close[:1]) and len(wrap(last, columns - 1)) > 1:
            return text
    raise AssertionError("no padding fills the last line")


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_date_at_a_full_lines_end_closes_before_an_organs_title(columns):
    """A text run into one paragraph ends on its signature and 成文日期 after
    its last stop; where the wrap filled that line, the date might open a
    sentence going on under it, but not one going on with an organ's whole
    name and its 关于: the head of the next title (GB/T 9704 7.3.1). The
    date closes the text and the title under it begins the next. (Unwrapped,
    no line is full: nothing to tell.)"""
    run_in = _filled(REPLY_TITLE + "市公共交通有限责任公司: " + REPLY_BODY + "请接受社会各界",
                     "监督。 某某市物价局 2013年7月 26日", columns)
    docs = _documents(NOTICE + [run_in] + NEXT, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE, NEXT_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["某某市物价局"], "2013-07-26")
    assert (docs[2].doc_number, docs[2].date) == (None, "2020-07-20")


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_bare_date_a_sentence_goes_on_from_stays_in_it(columns):
    """Control: a date alone after a stop, no signature before it, at a full
    line's end ('…造林任务。2021年3月1日' / '某某县林业局关于造林补助的规定同时
    废止。') opens a sentence that goes on with an organ's name and 关于: no
    close, the text stays whole."""
    body = _filled("现将有关事项通知如下。请各乡镇在3月底前完成造林任", "务。2021年3月1日", columns)
    docs = _documents(NOTICE[:2] + [body + "某某县林业局关于造林补助的规定同时废止。"] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == "2021-03-01"


# ---------------------------------------------------------------- a decimal amount the wrap sets first on a line

def _cut_before(head: str, tail: str, columns: int) -> str:
    """The sentence head, padded, then tail, so that the wrap sets tail first on a line."""
    for pad in range(200):
        text = head + "的" * pad + "人员、" + tail
        if any(line.startswith(tail[:4]) for line in wrap(text, columns)[1:]):
            return text
    raise AssertionError("no padding sets the amount first on a line")


@pytest.mark.parametrize("columns", [18, 20, 26])
@pytest.mark.parametrize("amount", ["1.2米以下儿童等乘座空调公交车实行免费乘车并由公交公司做好登记。",
                                    "2.5元每人每次的标准收取停车服务费用并在醒目位置公示收费标准。",
                                    "1.3倍计算特困人员基本生活标准并按月足额发放到户到人不得截留挪用。"])
def test_a_decimal_amount_first_on_a_line_goes_on_the_sentence(amount, columns):
    """A notice that sets standards and amounts states them as decimals with
    their units ('1.2米以下儿童', '2.5元/人次', '1.3倍'); where the wrap sets
    one first on a line, the sentence goes on with it: a decimal before a
    unit of measure is a quantity, not a section's number (GB/T 1.1 章条编号
    '1.2编制目的'), and no paragraph ends before it. (Unwrapped, no line
    begins so.)"""
    body = _cut_before("现就有关事项通知如下。65周岁以上老年人、革命残疾军人", amount, columns)
    docs = _documents(NOTICE[:2] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    texts = _texts(docs[0])
    assert not any(text.startswith(amount[:3]) for text in texts)
    assert any(text.endswith(amount) for text in texts)


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_numbered_section_heading_stays_its_own(columns):
    """Control: a section numbered by levels whose heading opens on a word,
    not a unit ('1.2适用范围', '1.4分级'), is a heading on its own line."""
    docs = _documents(["某某县突发事件应急预案", "1 总则", "1.1编制目的", "为做好应急处置工作，制定本预案。", "1.2适用范围",
                       "本预案适用于本县行政区域内突发事件的应对工作。", "1.4分级", "突发事件按照严重程度分为四级。"], columns)
    texts = _texts(docs[0])
    assert "1.2适用范围" in texts and "1.4分级" in texts
