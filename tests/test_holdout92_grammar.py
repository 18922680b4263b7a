"""The document grammar on layouts of the ninety-second held-out set's kind
(issue #11): the policy explanations (政策解读, 起草说明) that governments'
departments publish beside their documents, which cite the documents they
rest on by name and number. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

EXPLANATION = ["《某某县2020年度农村供水工程建设实施计划》政策解读",
               "一、制定该文件的必要性",
               "为保障农村群众饮水安全，根据上级部署，特制定《某某县2020年度农村供水工程建设实施计划》。",
               "二、依据的政策文件"]
CITED = ["《某某市2020年度农村供水工程建设实施计划》", "(某水发〔2020〕5号)"]
CLOSING = ["三、征求意见情况", "我局向各乡镇和县直有关部门征求了意见，各单位均无异议。", "某某县水利局", "2020年6月18日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_name_cited_with_its_number_under_a_heading_opens_no_document(columns):
    """党政机关公文处理工作条例 (第二十条): a text cites a document by its 标题
    in 《》 and then its 发文字号 in brackets. Broken over two lines under one
    of the explanation's own headings ('二、依据的政策文件'), the pair is what
    the heading lists: the explanation goes on under it to its signature
    and date, and the cited number is not its 发文字号."""
    docs = _documents(NOTICE + EXPLANATION + CITED + CLOSING, columns)
    assert [d.title for d in docs] == [NOTICE[0], "《某某县2020年度农村供水工程建设实施计划》政策解读"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == (None, ["某某县水利局"], "2020-06-18")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_name_cited_after_a_colon_opens_no_document(columns):
    """The same citation under a sentence that announces it in a colon
    ('本计划的依据是：') is what the sentence announces, the text's."""
    lead = EXPLANATION[:3] + ["本计划依据的文件是："]
    docs = _documents(NOTICE + lead + CITED + CLOSING, columns)
    assert [d.title for d in docs] == [NOTICE[0], EXPLANATION[0]]
    assert (docs[1].doc_number, docs[1].issuers) == (None, ["某某县水利局"])


@pytest.mark.parametrize("columns", [None, 26])
def test_a_quoted_headline_with_its_number_after_a_finished_text_still_opens_one(columns):
    """Control: a page that quotes a whole title in 《》 as its headline, its
    发文字号 in brackets under it, after a text signed and dated, opens the
    next document, its number its own."""
    later = ["《某某县人民政府办公室关于做好防汛工作的通知》", "(某政办发〔2021〕12号)", "各乡镇人民政府：",
             "现就做好今年防汛工作通知如下：请各乡镇落实责任。", "某某县人民政府办公室", "2021年5月6日"]
    docs = _documents(NOTICE + later, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府办公室关于做好防汛工作的通知"]
    assert docs[1].doc_number == "某政办发〔2021〕12号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bare_title_with_its_number_under_a_cut_heading_still_opens_one(columns):
    """Control: a bare title (no 《》) with its number under it, after a text
    cut short on a heading ('三、主要内容'), opens the next document as
    before: a title is printed bare (GB/T 9704 7.3.1)."""
    cut = ["关于某某办法的起草说明", "一、起草背景", "为规范管理，我局起草了本办法。", "二、主要内容"]
    later = ["某某县人民政府关于加强河道管理的通告", "(某政告〔2022〕3号)",
             "为加强河道管理，现通告如下：禁止在河道内采砂。", "某某县人民政府", "2022年3月1日"]
    docs = _documents(cut + later, columns)
    assert [d.title for d in docs] == [cut[0], later[0]]
    assert docs[1].doc_number == "某政告〔2022〕3号"
