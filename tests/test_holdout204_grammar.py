"""The document grammar on layouts of the two-hundred-and-fourth held-out
set's kind (issue #11): texts of rectification after an inspection or an
audit (巡察整改进展情况 通报, 审计 报告 and 审计工作报告) as county and
district portals store them, run one after another. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 审计局's report to its government, signed and dated, its 附件说明 printed after the date: four entries, each
# a 审计结果公告's name closed by its 发文字号 in brackets.
AUDIT_REPORT = ["某某市审计局关于请求批准公告2021年度审计结果的报告", "某某市人民政府：",
                "根据审计结果公告制度，我局拟对4项审计结果予以公告，特此报告。", "当否，请批示。",
                "某某市审计局", "2021年12月30日", "附件：",
                "1.某某市审计局关于某某公司2020年度财务收支情况的审计结果公告（某审公告〔2021〕10号）",
                "2.某某市审计局关于某某中心2020年度财务收支情况的审计结果公告（某审公告〔2021〕11号）",
                "3.某某市审计局关于某某站2018年至2020年财政财务收支情况的审计结果公告（某审公告〔2021〕12号）",
                "4.某某市审计局关于某某管理所2018年1月至2021年8月财务收支情况的审计结果公告（某审公告〔2021〕13号）"]
# A district's 审计结果公告 titled without its organ or 关于, its 主送 a class of organs.
RESULTS = ["某某区2019年度本级预算执行和其他财政收支审计结果公告", "各街道办事处、区直各部门：",
           "受区政府委托，现将审计结果公告如下。"]
# A district's 审计工作报告 to its standing committee: no organ in the title, the committee's short name as 主送.
WORK_REPORT = ["某某区2019年度本级预算执行和其他财政收支审计工作报告", "区人大常委会：",
               "受区政府委托，报告2019年度区本级预算执行和其他财政收支的审计情况，请予审议。",
               "审计结果表明，2019年区本级财政预算执行良好，财政收支管理总体规范。"]
FIRST = "某某市审计局关于请求批准公告2021年度审计结果的报告"


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_title_under_annex_entries_their_numbers_close_opens_a_document(columns):
    """GB/T 9704 7.3.4: the 附件说明 names each annex, numbered 1., 2., …
    one an entry, as its title prints; an entry that cites a 公文 closes on
    its 发文字号 in brackets, which follows the name whole. So the entry
    stops there, however the measure wrapped it (its last line filling the
    measure too), and the title under the list, with its 主送 under it, is
    the next document's, not the rest of an entry's name nor a body line
    the wrap carried on."""
    docs = _documents(AUDIT_REPORT + RESULTS, columns)
    assert [d.title for d in docs] == [FIRST, "某某区2019年度本级预算执行和其他财政收支审计结果公告"]
    assert docs[1].addressees == "各街道办事处、区直各部门"
    assert (docs[0].issuers, docs[0].date) == (["某某市审计局"], "2021-12-30")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_entry_cut_before_its_kind_word_goes_on_below(columns):
    """Control: an entry whose name the page cut before its 文种, no number
    after it ('附件：某某县农业农村局关于…使用有关' / '情况的通报'), goes on
    with the line under it: that line is the name's rest, no title."""
    text = ["某某县人民政府办公室关于做好项目资金整改工作的通知", "各乡镇人民政府：",
            "现将有关情况通报给你们，请认真整改。", "某某县人民政府办公室", "2021年3月1日",
            "附件：某某县农业农村局关于2021年度项目资金使用有关", "情况的通报"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于做好项目资金整改工作的通知"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_report_to_the_standing_committee_opens_under_the_annex_list_above(columns):
    """GB/T 9704 7.3.2: the 主送机关 is named in full, by its 规范化简称 or
    its class; a report's to the people's congress standing committee is
    '区人大常委会：' (人民代表大会常务委员会, shortened as usage has it). A
    title over it is a 公文's, so it opens a document of its own though
    the document above ends on the numbered entries of its 附件说明 that
    name other texts, not this one."""
    docs = _documents(AUDIT_REPORT + WORK_REPORT, columns)
    assert [d.title for d in docs] == [FIRST, "某某区2019年度本级预算执行和其他财政收支审计工作报告"]
    assert docs[1].addressees == "区人大常委会"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_committee_named_in_a_sentence_ending_in_a_colon_is_no_addressee(columns):
    """Control: a body line naming the standing committee inside a sentence
    that hands on a list ('…报告县人大常委会如下：') is the body's, no 主送:
    the title above stays one document with its items."""
    text = ["某某县审计局关于2020年度审计整改情况的报告", "县人民政府：",
            "现将2020年度审计查出问题整改情况报告县人大常委会如下：", "一、已整改问题12个。", "二、正在整改问题3个。",
            "某某县审计局", "2021年6月1日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == ["某某县审计局关于2020年度审计整改情况的报告"]
    assert docs[0].addressees == "县人民政府"


PLACED_REPORT = ["福田区2019年度本级预算执行和其他财政收支审计工作报告区人大常委会:", "受区政府委托，现将审计情况报告如下。",
                 "一、基本情况", "预算执行总体较好。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_and_year_title_run_into_its_addressee_is_parted(columns):
    """GB/T 9704 7.3.1–7.3.2: a title that names its place and the year its
    事由 covers (no organ, no 关于) and the 主送 under it, an extractor
    having run them into one line ('…审计工作报告区人大常委会:'): where a
    title stands (the text above closed), the 主送 closing on its colon
    parts them, as it parts a title read by its organ and 关于."""
    from tests.test_holdout7_grammar import NOTICE
    docs = _documents(NOTICE + PLACED_REPORT, columns)
    assert [(d.title, d.addressees) for d in docs][1:] == [
        ("福田区2019年度本级预算执行和其他财政收支审计工作报告", "区人大常委会")]


def test_a_place_and_year_sentence_ending_on_a_colon_under_a_cut_text_opens_nothing():
    """Control: where no title stands (the text above cut mid-sentence), the
    same run-in line is read as before: no document opens there."""
    from tests.test_holdout7_grammar import CUT_SHORT
    docs = _documents(CUT_SHORT + PLACED_REPORT, None)
    assert len(docs) == 1


def test_a_place_and_year_title_run_into_its_addressee_under_an_annex_entry_its_number_closes_is_parted():
    """The same under a 附件说明 whose last entry its 发文字号 closes in
    brackets ('2.…审计结果公告（某审公告〔2021〕11号）', GB/T 9704 7.3.4): the
    entry names its annex whole, so a title stands under it."""
    listed = ["某某市审计局关于请求批准对外公告审计结果的报告", "某某市人民政府:", "现将审计结果公告报上,请批示。",
              "某某市审计局", "2021年10月8日", "附件:1.某某市审计局关于某某公司财务收支情况的审计结果公告(某审公告〔2021〕10号)",
              "2.某某市审计局关于征地拆迁安置资金专项审计的审计结果公告(某审公告〔2021〕11号)"]
    docs = _documents(listed + PLACED_REPORT, None)
    assert [(d.title, d.addressees) for d in docs][1:] == [
        ("福田区2019年度本级预算执行和其他财政收支审计工作报告", "区人大常委会")]
