"""The document grammar on layouts of the tenth held-out set's kind (issue
#11): rules the converter must read whatever gazette or web page the text
comes from. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.test_holdout7_grammar import _convert, _documents  # noqa: E402  (the same input path and layouts)
from tests.test_holdout8_grammar import NOTICE  # noqa: E402  (a notice cut before its signature)


REPORT = ["临江市人民代表大会常务委员会工作报告", "——2024年1月10日在临江市第五届人民代表大会第三次会议上",
          "临江市人民代表大会常务委员会主任 王某", "各位代表：",
          "我受临江市人民代表大会常务委员会委托，向大会报告工作，请予审议。", "一、过去一年的主要工作",
          "一年来，常委会认真履行宪法和法律赋予的职责，各项工作取得新进展。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_report_with_the_occasion_under_its_title_opens_a_document(columns):
    """A text delivered at a meeting (a 工作报告, a 讲话) prints the occasion
    under its title, opening with a dash ('——2024年1月10日在…会议上'), then
    the speaker's post and name: after a text that ended its sentence the
    title opens a document; the occasion's date is its date, the occasion
    and the speaker its byline, and the 称谓 '各位代表：' is no 主送机关."""
    docs = _documents(NOTICE + REPORT, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "临江市人民代表大会常务委员会工作报告"]
    report = docs[1]
    assert (report.date, report.addressees, report.doc_number) == ("2024-01-10", None, None)
    roles = [(b.role, b.text) for b in report.parts[0].blocks[:3]]
    assert [r for r, _ in roles] == ["byline", "byline", "body"]
    assert roles[1][1].replace(" ", "") == "临江市人民代表大会常务委员会主任王某"
    assert [p.label for p in report.provisions] == ["一、"]


def test_a_report_alone_in_its_file_keeps_its_title():
    """The same report as the first thing in its file: its title is the
    document's, not taken for the file's front matter."""
    doc, = _documents(REPORT, None)
    assert (doc.title, doc.date) == ("临江市人民代表大会常务委员会工作报告", "2024-01-10")


RUN_IN = ["政府工作报告 （2024年1月8日在临江市第五届人民代表大会第三次会议上） 临江市人民政府市长 李某", "各位代表：",
          "现在，我代表市人民政府向大会报告工作，请予审议。", "一、2023年工作回顾", "过去一年，全市经济保持平稳增长。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_its_bracketed_occasion_and_speaker_on_one_line_are_three_lines(columns):
    """A web page runs the title, the bracketed occasion and the speaker into
    one heading line: given back the gazette's form, the title is the kind
    word's line alone, the date the occasion's, wrapped at any measure."""
    docs = _documents(NOTICE + RUN_IN, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "政府工作报告"]
    assert (docs[1].date, docs[1].addressees) == ("2024-01-08", None)
    assert docs[1].parts[0].blocks[0].role == "byline"


def test_a_notice_to_persons_keeps_its_addressees():
    """'各位人大代表：' under a notice's title (no occasion above it) is the 主送."""
    notice = ["关于收集代表建议的通知", "各位人大代表：", "请于5月底前将建议送县人大常委会办公室。",
              "县人大常委会办公室", "2024年5月6日"]
    doc, = _documents(notice, None)
    assert doc.addressees == "各位人大代表"


def test_a_dated_note_in_brackets_is_no_occasion():
    """A bracketed note that says when, not where ('（2020年4月10日 根据录音
    整理）'), nor a 题注 of adoption, is no occasion: the title under which it
    stands does not open a document after a sentence that runs on."""
    from builder.text.frame import OCCASION_RE
    assert OCCASION_RE.match("——2024年1月10日在临江市第五届人民代表大会第三次会议上")
    assert OCCASION_RE.match("（2024年1月8日在临江市第五届人民代表大会第三次会议上）")
    assert not OCCASION_RE.match("（2020年4月10日　根据录音整理）")
    assert not OCCASION_RE.match("（2021年6月10日临江市第五届人民代表大会常务委员会第二十九次会议通过）")
    assert not OCCASION_RE.match("——数字经济产业体系基本形成。力争到2024年建成一批园区。")
