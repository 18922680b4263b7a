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
