"""The document grammar on layouts of the eighth held-out set's kind (issue
#11): rules of GB/T 9704 the converter must read whatever gazette or web page
the text comes from. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.test_holdout7_grammar import _convert, _documents  # noqa: E402  (the same input path and layouts)


NOTICE = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "为做好今年春季植树造林工作，现就有关事项通知如下：",
          "一、各乡镇要在3月底前完成造林地块的落实，造林任务分解到村。",
          "二、县林业局要做好苗木调配和技术指导。"]
PLEDGE = ["青川县人民政府", "关于青川县2024年度第二批村庄建设用地", "补办林地手续的承诺", "省林业和草原局：",
          "青川县2024年度第二批村庄建设用地涉及使用林地0.42公顷，林地手续正在办理中。我县承诺，在该批次用地报批前完成林地手续办理。",
          "2024年5月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_about_title_over_its_addressee_opens_a_document_whatever_its_last_word(columns):
    """GB/T 9704 7.2.5 and 7.3.2: 发文机关 + 关于 + 事由 + 文种 over a 主送
    ending in its colon is a title, though its last word (承诺) is no listed
    文种 and the 主送 names one organ only: the document above keeps neither
    its lines as 主送 nor its date."""
    docs = _documents(NOTICE + PLEDGE, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "青川县人民政府关于青川县2024年度第二批村庄建设用地补办林地手续的承诺"]
    assert (docs[0].addressees, docs[0].date) == ("各乡镇人民政府", None)
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("省林业和草原局", ["青川县人民政府"], "2024-05-10")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_about_title_alone_in_its_file_is_its_title(columns):
    doc, = _documents(PLEDGE, columns)
    assert doc.title == "青川县人民政府关于青川县2024年度第二批村庄建设用地补办林地手续的承诺"
    assert doc.addressees == "省林业和草原局"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_sentence_ending_in_an_about_phrase_over_an_organ_and_colon_is_no_title(columns):
    """A body's sentence that ends '…关于…的部署' over a line of duties led by
    an organ and its colon stays in the body: the sentence runs into it, or
    what stands before 关于 is no organ's name."""
    body = ["各单位要认真落实县人民政府关于森林防火的部署", "县应急管理局：", "负责统筹协调全县森林防火工作。",
            "各乡镇要加强巡查，县政府各部门要认真落实市人民政府关于森林防火的部署", "县林业局：",
            "负责林区巡护。", "青川县人民政府", "2024年3月1日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知"]
    assert docs[0].date == "2024-03-01"
