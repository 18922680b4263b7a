"""The document grammar on layouts of the three-hundred-and-tenth held-out
set's kind (issue #11): urban gas safety texts of cities and counties (a city
government's 公告 promulgating its 燃气管理办法, a county 安委会's 通知 issuing
its 专项整治工作方案, offices' 通知 issuing their 燃气事故应急预案) as their
sites and a rules site store them, the first under the 办法's title, its
organ, 公告 and serial on one line ('某市人民政府公告第75号'). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import CUT_SHORT, _documents  # (the same input path and layouts)
from tests.devset.measure import doc_key, key

# A 规章 published by a city government's 公告: the 规章's title, then the 公告's organ, kind and serial on one line.
PROMULGATED = ["南山市城镇燃气管理办法", "南山市人民政府公告第12号",
               "现公布《南山市城镇燃气管理办法》，自2016年1月1日起实施。", "南山市人民政府", "2015年10月8日",
               "南山市城镇燃气管理办法", "第一章 总则",
               "第一条 为加强城镇燃气管理，保障燃气供应，根据国务院《城镇燃气管理条例》，制定本办法。",
               "第二条 本市行政区域内城镇燃气的经营、使用和安全管理活动，适用本办法。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notices_serial_line_under_the_rules_title_stays_whole(columns):
    """GB/T 9704 10.1 and the 规章制定程序条例 (第三十二条: a 规章 is made
    public by its organ's order or 公告): a 公告 that publishes a 规章, printed
    under the 规章's title that opens the text, numbers itself on its 标志's
    line ('某市人民政府公告第12号', the bare serial after the kind as a 令's
    '第N号'). That line is the 公告's number line, kept whole as printed
    (split.unfold): the document is titled by the 规章, numbered by the 公告,
    and its text shows the line in its printed order, not the 标志 lifted over
    the title with the serial left on a line of its own."""
    docs = _documents(PROMULGATED, columns)
    assert len(docs) == 1
    assert docs[0].title == "南山市城镇燃气管理办法"
    assert docs[0].doc_number == "南山市人民政府公告第12号"
    assert key("南山市城镇燃气管理办法南山市人民政府公告第12号") in doc_key(docs[0])
    assert docs[0].issuers == ["南山市人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_under_a_text_cut_short_the_notices_mark_still_opens_it(columns):
    """The control: where the 规章's title comes right under a text the store
    cut mid-sentence (which may run on into the line under it), the 公告's
    标志, split from its serial, is what opens the 公告: the text above keeps
    its own title and the 公告 is a document of its own, numbered as before."""
    docs = _documents(CUT_SHORT + PROMULGATED, columns)
    assert docs[0].title == CUT_SHORT[0]
    assert any(d.doc_number == "南山市人民政府公告第12号" for d in docs[1:])
