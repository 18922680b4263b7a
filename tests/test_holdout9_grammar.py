"""The document grammar on layouts of the ninth held-out set's kind (issue
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
from tests.test_holdout8_grammar import NOTICE  # noqa: E402  (a notice cut before its signature)


JOINT = ["临江发〔2024〕7号", "临江市人民政府 临江市中级人民法院印发", "关于建立行政争议实质性化解机制的意见的通知",
         "各县（区）人民政府、法院，市政府各部门：",
         "《临江市人民政府 临江市中级人民法院关于建立行政争议实质性化解机制的意见》已经市政府常务会议审议通过，"
         "现印发给你们，请认真贯彻执行。",
         "临江市人民政府 临江市中级人民法院", "2024年5月6日",
         "临江市人民政府 临江市中级人民法院", "关于建立行政争议实质性化解机制的意见",
         "为推动行政争议实质性化解，现提出如下意见。", "一、建立联席会议制度", "市政府和市中级人民法院每半年召开一次联席会议。"]
JOINT_TITLE = "临江市人民政府临江市中级人民法院印发关于建立行政争议实质性化解机制的意见的通知"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_organs_and_the_verb_on_a_titles_first_line_under_its_number_open_a_document(columns):
    """GB/T 9704 7.2.4–7.2.5: under its 发文字号, a title whose first line is
    the issuers (parted by a space) and 印发, its next the issued text's
    '关于…的意见的通知': one title, opening a document; the notice above
    keeps neither the number nor the organs' line."""
    docs = _documents(NOTICE + JOINT, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", JOINT_TITLE]
    assert docs[0].doc_number is None
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == \
        ("临江发〔2024〕7号", ["临江市人民政府", "临江市中级人民法院"], "2024-05-06")
    assert [p.title for p in docs[1].parts][1:] == ["临江市人民政府临江市中级人民法院关于建立行政争议实质性化解机制的意见"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_organ_and_the_verb_over_an_about_line_alone_in_its_file(columns):
    """The same title with one issuer, the file's own: its whole title, not its second line."""
    one = ["临江发〔2024〕8号", "临江市人民政府印发", "关于加强城市绿地管理的办法的通知", "各县（区）人民政府，市政府各部门：",
           "《关于加强城市绿地管理的办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
           "临江市人民政府", "2024年6月1日"]
    doc, = _documents(one, columns)
    assert (doc.title, doc.doc_number) == ("临江市人民政府印发关于加强城市绿地管理的办法的通知", "临江发〔2024〕8号")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_record_line_ending_in_its_verb_is_no_title_line(columns):
    """The 版记's 印发 line (organ and date, then 印发) ends a document's
    frame: a 关于 title under it is the next document's whole title, the
    line is not its first."""
    record = ["临江市人民政府", "2024年3月1日", "临江市人民政府办公室 2024年3月2日印发",
              "关于做好防汛工作的通知", "各县（区）人民政府：", "汛期将至，现就做好防汛工作通知如下。", "临江市人民政府", "2024年4月1日"]
    docs = _documents(NOTICE + record, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "关于做好防汛工作的通知"]
    assert docs[0].date == "2024-03-01"
