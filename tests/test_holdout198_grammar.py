"""The document grammar on layouts of the hundred-and-ninety-eighth held-out
set's kind (issue #11): district budget and 决算 reports as their sites store
them, each cut at the last whole paragraph of an excerpt: a title over two
lines with the bureau alone under it, a 题注 in ASCII brackets with no dash
over a speaker line with spaces in it, a salutation. The set measured right in
every layout before any rule; these cases pin what it leans on. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A report titled over two lines, its bureau alone under the title (the organ that presents it), then a salutation.
BUREAU_UNDER = ["关于某某区2022年预算执行情况和", "2023年预算草案的报告", "某某市某某区财政局", "各位代表:",
                "受区人民政府委托,现将某某区2022年预算执行情况和2023年预算草案的报告提请大会审查。",
                "一、2022年财政工作情况",
                "全区财政坚持稳中求进工作总基调,统筹推进各项工作,较好地完成了全年收支预算。",
                "(一)落实主要财税政策情况。"]
# A report to a standing committee: the 题注 in ASCII brackets with no dash, a speaker with spaces before the name.
SPEAKER = ["关于某某区2021年决算(草案)和2022年", "上半年预算执行情况的报告",
           "(2022年7月27日在某某区第一届人大常委会第三次会议上)", "某某区财政局局长    张某",
           "主任,各位副主任、委员:", "受区政府委托,现报告我区2021年决算(草案)和2022年上半年预算执行情况,请予审议。",
           "一、2021年收支决算情况", "(一)一般公共预算收支决算情况",
           "1、增值税收入672890万元,完成预期的94.7%,增长6.2%;",
           "2、企业所得税收入441932万元,完成预期的94.6%,下降5.2%;"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_two_district_reports_run_together_stay_two_documents(columns):
    """GB/T 9704 7.3.1: a title (its 事由 wrapped over two lines, ending in
    报告) opens a document though the text above ends on a heading; the
    organ alone under it is the report's (its 署名 printed where a speech
    prints its speaker); the 题注's date in brackets is the report's date,
    and the speaker line is no signature."""
    docs = _documents(BUREAU_UNDER + SPEAKER, columns)
    assert [d.title for d in docs] == ["关于某某区2022年预算执行情况和2023年预算草案的报告",
                                       "关于某某区2021年决算(草案)和2022年上半年预算执行情况的报告"]
    assert (docs[0].issuers, docs[0].date) == (["某某市某某区财政局"], None)
    assert (docs[1].issuers, docs[1].date) == ([], "2022-07-27")
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels.count("一、") == 1 and len([x for x in labels if x in ("1、", "1.", "2、", "2.")]) == 2


def test_a_report_alone_keeps_its_salutation_as_no_addressee():
    """Control: a report's salutation ('主任,各位副主任、委员:') is no 主送
    (7.3.3 names the organs a 公文 is sent to; a speech addresses people)."""
    doc, = _documents(SPEAKER, None)
    assert doc.addressees is None
