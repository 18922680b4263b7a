"""The document grammar on layouts of the two-hundred-and-fiftieth held-out
set's kind (issue #11): sport and public fitness texts of counties, districts
and cities (a 全民健身实施计划 issued by a 通知, a traffic police 公告 or 通告 of
road closures for a marathon, a 街道's 通知 opening sports grounds, a 批复 of a
plan) as portals and reposting sites store them. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An issuing notice whose excerpt the store cut inside the issued plan's first point: nothing closes it.
CUT_PLAN = ["关于印发某某县全民健身实施计划的通知", "各乡镇人民政府：", "现将《某某县全民健身实施计划》印发给你们，请认真贯彻执行。",
            "2022年5月21日", "某某县全民健身实施计划", "一、总体要求",
            "（一）指导思想。坚持以人民为中心，继续深入实施全民健身国家战略，构建更高水平的全民"]
# A 公告 of road closures addressed to the public as a salutation, where a 公文 prints its 主送.
CLOSURES = ["关于2025某某半程马拉松期间对部分道路采取临时交通管制的公告", "尊敬的广大群众：",
            "2025某某半程马拉松将于4月20日在某某县举行，现将有关事项公告如下：", "一、交通管制时间",
            "2025年4月20日6时至12时", "特此公告", "某某县公安局交通警察大队", "2025年4月15日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_public_notice_saluting_the_public_opens_a_document_under_a_cut_excerpt(columns):
    """GB/T 9704 7.3.1-7.3.2 and 党政机关公文处理工作条例 第八条: a 公告 or 通告
    (or a service's 通知) titled 关于 + 事由 + 文种 addresses the public, so the
    line under its title, where a 主送 stands, greets them and ends on its colon
    ('尊敬的广大群众：'). A sentence the store cut short ('…更高水平的全民') does not
    run on into a quoted title and then into a greeting: the title opens a
    document, as one with an organ's 主送 under it does."""
    docs = _documents(CUT_PLAN + CLOSURES, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], CLOSURES[0]]
    assert docs[1].addressees == "尊敬的广大群众" and docs[1].issuers == ["某某县公安局交通警察大队"]
    assert docs[1].date == "2025-04-15"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_quoted_title_a_sentence_runs_on_from_stays_in_it(columns):
    """Control: a 公告's name that the cut sentence runs into, with the sentence's
    words under it and no greeting, stays the sentence's: no new document."""
    text = CUT_PLAN[:-1] + ["（一）指导思想。各乡镇要按照", "关于做好全民健身场地开放的公告",
                            "要求，做好场地开放工作。", "二、主要任务"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]

