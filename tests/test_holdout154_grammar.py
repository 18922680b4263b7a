"""The document grammar on layouts of the hundred-and-fifty-fourth held-out
set's kind (issue #11): 公告 and 通告 of vertically managed organs' city
branches (a 税务局, a 气象局) as portals, forums and mirrors store them: a
公告 whose items, signature and date a forum ran into one paragraph parted
by single spaces, an item giving a span of days. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- a span of days run together

RUN_TOGETHER = ["某某市气象局关于实施人工增雨作业的公告",
                "经市人民政府同意,某某市气象局拟开展人工增雨作业,现将有关事项公告如下:",
                "一、作业时间:2022年6月3日— 2022年6月5日 二、作业区域:某某水库周边10公里范围。 三、作业器具:火箭发射架 "
                "四、作业具有一定危险性,严禁围观。 五、如发现未爆炸的火箭弹,请立即报告。 联系电话:0000-1234567 "
                "某某市气象局 2022年6月1日"]


@pytest.mark.parametrize("columns", [None])
def test_a_span_of_days_in_a_run_together_paragraph_is_no_closing_date(columns):
    """A page that runs a 公告's lines into one paragraph by single spaces is
    set out again at the spaces where print breaks the line, a date on its
    own among them (layout.lines_run_together); the end of a span of days
    after a dash ('2022年6月3日— 2022年6月5日', frame.PERIOD_END) goes on with
    its clause: the 成文日期 is the one under the signature."""
    docs = _documents(RUN_TOGETHER, columns)
    assert len(docs) == 1
    assert docs[0].date == "2022-06-01"
    assert docs[0].issuers == ["某某市气象局"]


CONTROL = ["某某市气象局关于实施人工增雨作业的公告",
           "经市人民政府同意,某某市气象局拟开展人工增雨作业,现将有关事项公告如下:",
           "一、作业时间:2022年6月3日起。 二、作业区域:某某水库周边10公里范围。 三、作业器具:火箭发射架 "
           "四、作业具有一定危险性,严禁围观。 五、如发现未爆炸的火箭弹,请立即报告。 联系电话:0000-1234567 "
           "某某市气象局 2022年6月1日"]


def test_control_the_date_after_the_signature_still_stands_alone():
    """The signature's date after a space, no dash before it, is still the
    成文日期 set out on its line."""
    docs = _documents(CONTROL, None)
    assert len(docs) == 1
    assert docs[0].date == "2022-06-01"
    assert docs[0].issuers == ["某某市气象局"]
