"""The document grammar on layouts of the hundred-and-forty-first held-out set's
kind (issue #11): typical cases (典型案例) that departments publish, each case
under its ordinal ('案例一') with its parts under headings ('一、基本案情',
'【处理结果】'), and question-and-answer texts. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a collection of 典型案例 is a document of its own

# A text whose page stored no signature or date: its last sentence closes it, nothing more.
UNSIGNED = ["某某县2022年度农村公路养护工作情况通报", "各乡镇人民政府：",
            "2022年，全县农村公路养护工作总体平稳，完成路面修补3.2万平方米。",
            "各乡镇要对照问题清单抓好整改，确保年底前全部完成。"]
CASES = ["案例一：", "【案例名称】某某县交通运输局对某运输公司超限运输行政处罚案",
         "【基本案情】2023年4月2日，执法人员在某某路段检查时发现该公司车辆超限运输。",
         "【处理结果】依据《公路安全保护条例》的规定，对该公司罚款3000元。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["2023年度交通运输行政执法典型案例(第二季度)", "某某市第二批行政复议典型案例",
                                   "2023年某某省安全生產執法典型案例"])
def test_a_collection_of_typical_cases_after_a_whole_sentence_opens_a_document(title, columns):
    """A collection of 典型案例 is a publication an organ puts out on its own,
    titled by its field, batch or period and the words 典型案例, perhaps with
    its period in brackets: after a line that ends a sentence (a text whose
    page stored no signature) such a title opens a document, as one ending
    in a 公文's kind does; its first case's ordinal ('案例一：') heads the
    case, no 主送 though it ends in a colon."""
    docs = _documents(UNSIGNED + [title] + CASES, columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报", title]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_names_typical_cases_opens_none(columns):
    """Control: a body's line that ends on the words 典型案例 where the wrap
    cut a sentence ('现将我县查处的3起行政执法典型案例' / '通报如下：') is the body
    going on, no title."""
    docs = _documents(UNSIGNED[:3] + ["经研究，现将我县查处的3起行政执法典型案例", "通报如下，请各乡镇引以为戒。",
                                      "某某县交通运输局", "2023年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_ending_in_a_colon_stays_one(columns):
    """Control: the line under a title that names organs and ends in its
    colon is the 主送, as before: only a case's ordinal is none."""
    docs = _documents(UNSIGNED, columns)
    assert docs[0].addressees == "各乡镇人民政府"


# ---------------------------------------------------------------- a text cut short on a bracketed heading

CUT_ON_HEADING = ["2022年某某市生态环境执法第三批典型案例", "为发挥典型案例的警示作用，现予以公布。",
                  "案例一：某某县某有限公司超标排放废气案", "【案情简介】"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("heading", ["【案情简介】", "【基本案情】", "【案情簡(jiǎn)介】"])
def test_a_title_under_a_bracketed_heading_opens_a_document(heading, columns):
    """A heading in 【】 alone on its line heads its part's text ('【案情简介】'),
    as a 章's or an outline's heading does: a page's excerpt cut right under it
    ends there, and the title of a collection under it is the next text's,
    begun on its own line (the heading is none of its lines)."""
    title = "2022年某某省生态环境保护行政执法典型案例(第一批)"
    docs = _documents(CUT_ON_HEADING[:3] + [heading, title, "现将第一批五个典型案例发布如下：", "案例提供单位：某某市生态环境局"],
                      columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0], title]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracketed_heading_over_its_text_stays_in_the_case(columns):
    """Control: a 【】 heading over its part's text is the case's, and the
    collection stays one document."""
    docs = _documents(CUT_ON_HEADING + ["2022年6月，执法人员在某某工业园区巡查时发现该公司废气未经收集直接排放。",
                                        "【处理结果】", "依法对该公司罚款5万元。"], columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0]]

