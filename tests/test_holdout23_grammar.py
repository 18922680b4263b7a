"""The document grammar on layouts of the twenty-third held-out set's kind
(issue #11): what provincial gazettes print. A 省政府令 in traditional
script cites its number with the 號 it prints. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


# ---------------------------------------------------------------- a 令's number as printed (號 / 号)

def _order(number_line: str, script: str) -> list[str]:
    if script == "traditional":
        return ["某某省人民政府關于修改《某某省道路運輸管理辦法》的決定", number_line,
                "《某某省人民政府關于修改〈某某省道路運輸管理辦法〉的決定》已經省人民政府第14 次常務會議審議通過,現予公布,自發布之日起施行。",
                "省 長", "2018 年12 月29 日", "某某省人民政府關于修改《某某省道路運輸管理辦法》的決定",
                "一、將第四條第二款修改為:“縣級以上人民政府交通運輸主管部門負責本行政區域的道路運輸管理工作。”"]
    return ["某某省人民政府关于修改《某某省道路运输管理办法》的决定", number_line,
            "《某某省人民政府关于修改〈某某省道路运输管理办法〉的决定》已经省人民政府第14次常务会议审议通过，现予公布，自发布之日起施行。",
            "省长", "2018年12月29日", "某某省人民政府关于修改《某某省道路运输管理办法》的决定",
            "一、将第四条第二款修改为：“县级以上人民政府交通运输主管部门负责本行政区域的道路运输管理工作。”"]


@pytest.mark.parametrize("printed, script, cited", [
    ("某某省人民政府令第 374 號", "traditional", "某某省人民政府令第374號"),
    ("某某省人民政府令第 374 号", "simplified", "某某省人民政府令第374号")])
@pytest.mark.parametrize("columns", WIDTHS)
def test_an_orders_number_keeps_the_mark_it_prints(printed, script, cited, columns):
    """The serial of a 令 ('第N号', GB/T 9704 10.2) is cited as printed: a
    page in traditional script prints 號, and the number a reader searches
    for is the one on the page, spaces aside."""
    docs = _documents(_order(printed, script), columns)
    assert len(docs) == 1
    assert docs[0].doc_number == cited
    assert docs[0].date == "2018-12-29"


# ---------------------------------------------------------------- a reprint's date over its 发文字号

REPRINT = ["中共某某省委 某某省人民政府关于加快发展现代农业的实施意见", "201276", "某发〔20128",
           "为加快发展现代农业，推进农业农村现代化，现提出如下实施意见。", "一、总体要求",
           "（一）指导思想。坚持农业农村优先发展，推进农业供给侧结构性改革，促进农民持续增收。"]
# A text whose excerpt ends on an item of a list run into its paragraph, closing a bracket, with no stop.
CUT_ON_A_LIST = ["某某省人民政府关于废止部分省政府规章的决定", "经清理，省政府决定废止3件省政府规章。",
                 "一、废止3件省政府规章 （一）某某省农业机械安全监督管理办法（1994年9月19日某某省人民政府令第34号公布"
                 "2014年1月30日某某省人民政府令第210号第五次修正2019年9月29日某某省人民政府令第241号第四次修正）"]


@pytest.mark.parametrize("date, iso", [("201276", "2012-07-06"), ("2012年7月6日", "2012-07-06"),
                                       ("2017 6 23", "2017-06-23")])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_over_the_number_under_the_title_dates_the_document(date, iso, columns):
    """A reprint sets the 成文日期 at the head, over the 发文字号 (as a gazette
    prints '（2019年4月12日 X政办发〔2019〕7号）'); a date that lost its 年月日
    there ('201276') is the date still, never a title of its own (a title
    names its 事由 in words, GB/T 9704 7.3.1)."""
    docs = _documents([date if line == "201276" else line for line in REPRINT], columns)
    assert [d.title for d in docs] == [REPRINT[0].replace(" ", "")]
    assert docs[0].date == iso and docs[0].doc_number == "某发〔20128"
    assert docs[0].issuers == ["中共某某省委", "某某省人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_dated_over_its_number_opens_a_document_after_a_text_cut_short(columns):
    """The text above ends on a list item with no stop (its excerpt ends
    there); the title under it, framed by its date over its 发文字号, opens a
    document, and its joint issuers do not reach up into that item's closing
    line: a title closes only the brackets it opens."""
    docs = _documents(CUT_ON_A_LIST + REPRINT, columns)
    assert [d.title for d in docs] == [CUT_ON_A_LIST[0], REPRINT[0].replace(" ", "")]
    assert docs[1].issuers == ["中共某某省委", "某某省人民政府"] and docs[1].date == "2012-07-06"


# As an extractor hard-wrapped them: the item's last line its words and closing bracket alone.
CUT_ON_A_LIST_WRAPPED = ["某某省人民政府关于废止部分省政府规章的决", "定", "经清理，省政府决定废止3件省政府规章。",
                         "一、废止3件省政府规章 （一）某某省农业", "机械安全监督管理办法（1994年9月19日某",
                         "某省人民政府令第34号公布2019年9月29日", "某某省人民政府令第241号第", "四次修正)",
                         "中共某某省委 某某省人民政府关于加快发", "展现代农业的实施意见", "201276", "某发〔20128",
                         "为加快发展现代农业，推进农业农村现代化，", "现提出如下实施意见。", "一、总体要求"]


def test_joint_issuers_do_not_reach_into_a_line_that_closes_a_bracket():
    """'四次修正)' over '中共某某省委 某某省人民政府关于加快发' ends the item
    above, whose bracket it closes: no organ name of the title below."""
    docs = _documents(CUT_ON_A_LIST_WRAPPED, None)
    assert [d.title for d in docs][1] == REPRINT[0].replace(" ", "")
    assert docs[1].issuers == ["中共某某省委", "某某省人民政府"]


# ---------------------------------------------------------------- a 令 cited inside a wrapped list

REPEALED = ["某某省人民政府关于废止和修改部分省政府规章的决定", "某某省人民政府令", "(第273号)",
            "《某某省人民政府关于废止和修改部分省政府规章的决定》已经省政府常务会议审议通过，现予公布，自公布之日起施行。",
            "省长 某某某", "2025年11月6日",
            "一、废止下列省政府规章 (一)某某省河道采砂管理实施办法(2003年8月8日某某省人民政府令第121号公布"
            "2010年11月29日某某省人民政府令第186号第一次修正2019年9月29日某某省人民政府令第241号第二次修正) "
            "(二)某某省农业机械安全监督管理办法(1994年9月19日某某省人民政府令第34号公布2019年9月29日某某省人民政府令第241号第四次修正)",
            "二、本决定自公布之日起施行。"]


@pytest.mark.parametrize("columns", [None, 18, 19, 20, 26])
def test_an_order_cited_in_a_wrapped_list_starts_nothing(columns):
    """A 题注 the wrap cuts after its 令 ('…修' / '正2019年9月29日某某省人民政府令第241号')
    holds an order's name and serial on one line, but an organ's name holds
    no figure (GB/T 9704 10.2: the 发文机关标志 is the organ's name and 令):
    the line is the list's, no 令's 版头 and no document of its own."""
    docs = _documents(REPEALED, columns)
    assert len(docs) == 1
    assert docs[0].doc_number == "某某省人民政府令第273号"
    texts = [getattr(b, "text", "") for part in docs[0].parts for b in part.blocks]
    assert not any(text.strip() in ("第241号", "第186号") for text in texts)
