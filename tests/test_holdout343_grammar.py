"""The document grammar on layouts of the three-hundred-and-forty-third
held-out set's kind (issue #11): oil and gas pipeline protection and
hazardous-chemicals transport texts of cities, counties and districts (a
city's 专项整治 方案 on a law library under its number and date in brackets, a
city's bureaus' joint 通告 closing roads to hazardous-chemicals vehicles, a
county traffic brigade's 通告 addressed to the firms and drivers it binds, a
city office's 通知 issuing its pipeline 应急预案 with the 预案's 目录, on a
mirror in traditional characters) as their sites, law libraries and mirrors
store them, one run in after another, each title run into its 主送 as an
extractor that joins text boxes gives it. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A county brigade's 通告, its title run into the parties it binds (text boxes joined).
BOUND_RUN_IN = ["关于明确全县危险化学品运输车辆禁行区域的通告全县危化品运输企业及驾驶员：",
                "为保障道路交通安全，现将有关事项通告如下：", "一、城区全时段禁止危险化学品运输车辆通行。",
                "二、违反本通告的，依法予以处理。", "特此通告", "南岭县公安局交通警察大队", "2023年5月31日"]
# A city bureau's 通告, its title (its organ and 关于) run into the firms it binds, read so before the rule too.
FIRMS_RUN_IN = ["北山市应急管理局关于加强成品油运输安全管理的通告全市成品油经营企业、运输单位：",
                "根据《危险化学品安全管理条例》，现将有关事项通告如下：", "一、运输车辆应当按照规定路线行驶。",
                "特此通告。", "北山市应急管理局", "2022年4月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("case", [BOUND_RUN_IN, FIRMS_RUN_IN])
def test_the_parties_a_notice_binds_run_in_after_its_title_are_its_addressees(columns, case):
    """党政机关公文处理工作条例 第八条: a 通告 公布 what is to be obeyed 在一定
    范围内, and may address those it binds there as its 主送 (GB/T 9704
    7.3.2), by the area and what they are ('全县危化品运输企业及驾驶员：',
    addressees.BOUND_PARTIES_RE). Run in after the title's 文种 (text boxes
    joined), that 主送, closing on its colon, parts the title from it as the
    public's salutation does: the 通告 is a document of its own under the
    text above, not that text's tail."""
    docs = _documents(NOTICE + case, columns)
    title = case[0][:case[0].index("通告") + 2]
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == case[0][len(title):].rstrip("：")
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")
    assert docs[1].issuers == [case[-2]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_run_in_after_a_notices_title_binds_no_parties(columns):
    """Control: words after a 通告's 文种 that open on 全 and close on a colon
    but name no party it binds ('全县禁行路段通告如下：', a sentence that passes
    the matter on) are the body's: no 主送."""
    case = ["关于明确全县危险化学品运输车辆禁行区域的通告全县禁行路段通告如下：",
            "一、城区全时段禁止危险化学品运输车辆通行。", "特此通告", "南岭县公安局交通警察大队", "2023年5月31日"]
    docs = _documents(NOTICE + case, columns)
    assert all(d.addressees != "全县禁行路段通告如下" for d in docs)


@pytest.mark.parametrize("columns", [None, 18])
def test_a_notices_addressees_on_their_own_line_stay_as_printed(columns):
    """Control: the parties on a line of their own under the title (as GB/T
    9704 7.3.2 sets them) are the 主送 as before."""
    case = [BOUND_RUN_IN[0][:BOUND_RUN_IN[0].index("通告") + 2], BOUND_RUN_IN[0][BOUND_RUN_IN[0].index("通告") + 2:]] \
        + BOUND_RUN_IN[1:]
    docs = _documents(NOTICE + case, columns)
    assert [d.title for d in docs] == [NOTICE[0], case[0]]
    assert docs[1].addressees == "全县危化品运输企业及驾驶员"
