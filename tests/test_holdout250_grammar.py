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


# A district's 通知 as a reposting site heads it: the 发文字号 in its brackets run into the title.
ISSUING = ["(某政发〔2016〕21号)区人民政府关于印发某某区全民健身实施计划(2016—2020年)的通知", "各镇人民政府，各街道办事处：",
           "经研究，现将《某某区全民健身实施计划》印发给你们，请认真贯彻执行。", "某某市某某区人民政府", "2016年12月29日",
           "某某区全民健身实施计划", "一、指导思想", "以党的十八大精神为指导。"]
SIGNED = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_bracketed_number_run_into_its_title_is_the_number_over_it(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 stands over the title, a line of
    its own. A page that heads the text with the number in its brackets and
    the title run on after it, no space between ('(某政发〔2016〕21号)区人民政府
    关于…的通知'), is read in that order: the number, then a title whole by its
    grammar (发文机关 + 关于/印发 + 事由 + 文种), perhaps wrapped."""
    docs = _documents(SIGNED + ISSUING, columns)
    assert [d.title for d in docs] == [SIGNED[0], ISSUING[0].split(")", 1)[1]]
    assert docs[1].doc_number == "某政发〔2016〕21号" and docs[1].issuers == ["某某市某某区人民政府"]
    assert docs[1].date == "2016-12-29"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_opening_on_a_bracketed_number_stays_a_sentence(columns):
    """Control: a body line that opens on a cited number in brackets and goes
    on as a sentence ('(某政发〔2016〕21号)文件要求，…') is no number over a title."""
    line = "(某政发〔2016〕21号)文件要求，各镇要在年底前建成全民健身路径。"
    docs = _documents(SIGNED[:3] + [line] + SIGNED[3:], columns)
    assert [d.title for d in docs] == [SIGNED[0]] and docs[0].doc_number is None


# A traffic bureau's 通告: its 标志 (the organ's name and 通告), its serial under it, then the full title.
MARKED = ["某某市公安局交通管理局通告", "2023年第10号", "关于2023某某马拉松比赛期间", "对部分道路采取临时交通管制的通告",
          "2023某某马拉松比赛定于4月22日举行。为保障比赛顺利进行，现通告如下：",
          "一、4月22日7时30分起，某某大街禁止机动车通行。", "二、请驾驶人提前绕行。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notices_mark_and_serial_head_its_full_title(columns):
    """党政机关公文处理工作条例 第八条 and GB/T 9704 10: an organ numbers its
    通告 in series as it does its 公告; the 标志 ('某某市公安局交通管理局通告')
    and the serial under it ('2023年第10号') head the full title ('关于…的
    通告'): one document, its serial cited with the 标志, its issuer the
    organ the 标志 names where nothing is signed."""
    docs = _documents(SIGNED + MARKED, columns)
    assert [d.title for d in docs] == [SIGNED[0], MARKED[2] + MARKED[3]]
    assert docs[1].doc_number == "某某市公安局交通管理局通告2023年第10号"
    assert docs[1].issuers == ["某某市公安局交通管理局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_notice_titled_by_its_mark_alone_keeps_it(columns):
    """Control: a 通告 titled by its 标志 alone, its serial under it and its
    body then ('某某县人民政府通告' / '2021年第4号' / '为…'), stays so titled."""
    alone = ["某某县人民政府通告", "2021年第4号", "为做好森林防火工作，现通告如下：", "一、全县禁止野外用火。",
             "某某县人民政府", "2021年1月16日"]
    docs = _documents(SIGNED + alone, columns)
    assert [d.title for d in docs] == [SIGNED[0], alone[0]] and docs[1].issuers == ["某某县人民政府"]


# A 街道's notice whose excerpt the store cut after its 附件说明, the item's name cut short.
CUT_ANNEX = ["某某街道办事处关于做好公共体育设施免费开放的通知", "各村（社区）：", "现将有关事项通知如下：", "一、开放范围",
             "辖区内篮球场免费开放。", "附件：1.某某街道2025年免费开放公共体育设施"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracketed_number_and_title_under_a_cut_annex_item_open_a_document(columns):
    """GB/T 9704 7.3.4: an 附件说明's item is an annex's name, no sentence. A
    number in its brackets with a title whole by its grammar run on after it
    (as test_a_bracketed_number_run_into_its_title_is_the_number_over_it)
    heads the next text though the item above fills the measure and ends on
    no stop: a sentence citing a bracketed number goes on with its own words,
    not with a whole title ending on its kind word."""
    docs = _documents(CUT_ANNEX + ISSUING, columns)
    assert [d.title for d in docs] == [CUT_ANNEX[0], ISSUING[0].split(")", 1)[1]]
    assert docs[1].doc_number == "某政发〔2016〕21号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracketed_number_a_cut_sentence_cites_stays_in_it(columns):
    """Control: a sentence the wrap cut before the bracketed number it cites,
    going on with its own words after it, keeps the number."""
    text = SIGNED[:2] + ["根据某某区人民政府关于印发某某区全民健身实施计划的通知精神和全区体育工作会议部署要求",
                         "(某政发〔2016〕21号)文件要求，各镇要在年底前建成全民健身路径。"] + SIGNED[3:]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [SIGNED[0]] and docs[0].doc_number is None
