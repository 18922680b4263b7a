"""The document grammar on layouts of the fifth held-out set's kind (issue
#11): GB/T 9704 rules the converter must read whatever gazette or web page
the text comes from. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped) and goes through the real input
path.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from builder.convert import convert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.devset.layout import wrap  # noqa: E402


def _convert(paragraphs: list[str], columns: int | None):
    lines = [piece for text in paragraphs for piece in (wrap(text, columns) if columns else [text])]
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents


EARLIER = ["关于做好春季植树造林工作的通知", "青川县各乡镇人民政府：",
           "为做好今年春季植树造林工作，现就有关事项通知如下，请认真贯彻执行。",
           "青川县人民政府", "2011年3月2日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_number_and_title_on_one_line_open_a_document(columns):
    """GB/T 9704 prints the 发文字号 above the title; a web page may run the two
    into one line parted by a space: the document is still found, with its number."""
    later = ["青政发〔2011〕7号 青川县人民政府关于表彰二〇一〇年度植树造林先进单位的决定",
             "各乡镇人民政府，县政府各部门：",
             "二〇一〇年，全县植树造林工作成绩显著，经研究，县政府决定对以下单位予以表彰。",
             "青川县人民政府", "2011年3月9日"]
    docs = _convert(EARLIER + later, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "青川县人民政府关于表彰二〇一〇年度植树造林先进单位的决定"]
    assert docs[1].doc_number == "青政发〔2011〕7号"


def test_a_number_cited_at_a_sentence_head_stays_in_the_sentence():
    """A body line that begins with a cited number goes on as a sentence: no title."""
    lines = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "青政发〔2010〕3号 文件要求，各乡镇要认真落实造林任务。", "青川县人民政府", "2011年3月2日"]
    docs = _convert(lines, None)
    assert len(docs) == 1 and docs[0].doc_number is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_party_and_government_offices_signed_one_a_line_are_two_issuers(columns):
    """GB/T 9704 7.3.5.2: a party committee's office and a government's office
    each sign, one a line, and the title runs their names together: two
    issuers; the 办公室 ends the party committee's name, no third organ."""
    offices = ["中共青川县委办公室", "青川县人民政府办公室"]
    lines = ["中共青川县委办公室青川县人民政府办公室关于做好春节期间安全生产工作的通知", "各乡镇党委、人民政府：",
             "春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下，请认真贯彻执行。",
             *offices, "2012年1月5日"]
    doc, = _convert(lines, columns)
    assert doc.issuers == offices
