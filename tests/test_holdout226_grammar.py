"""The document grammar on layouts of the two-hundred-and-twenty-sixth
held-out set's kind (issue #11): childcare-for-infants and off-campus
training texts of cities, counties and districts (a government office's
通知 issuing a 托育 实施意见 or 方案, a 专班办公室's 通知 signed under another
organ's seal, a leading group's 通告, an 教育局's 公告) as their portals and
mirrors store them. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 专班's office has no seal of its own: it signs, and the note under its name says whose seal stands for its
# own. Its name and the note are long: at a narrow measure both wrap.
SEALED = ["关于印发某某区普惠托育专项实施方案（2023-2027年）的通知", "区工作专班各成员单位：",
          "现将《某某区普惠托育专项实施方案（2023-2027年）》印发给你们，请认真抓好落实。",
          "附件：某某区普惠托育专项实施方案（2023-2027年）",
          "某某区公共服务七优享工程工作专班办公室", "（某某区人民政府办公室代章）", "2023年5月23日"]
CLOSING = ["关于开展托育机构安全检查的通知", "各托育机构：", "请于6月30日前完成自查。", "某某县卫生健康局", "2023年6月1日"]
ANNEX_NOTE = "附件：某某区普惠托育专项实施方案（2023-2027年）"
SIGNER = "某某区公共服务七优享工程工作专班办公室"


def _texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks]


@pytest.mark.parametrize("columns", [None, 12])
def test_a_seal_note_the_measure_wrapped_parts_the_signature_from_the_date(columns):
    """GB/T 9704 7.3.5 prints the 署名 over the 成文日期, and a web page
    prints a note in brackets between them (7.3.6's 附注; '(XX办公室代章)':
    the organ whose seal stands for the signer's). A narrow measure wraps the
    note ('（某某区人民政府办公室代' / '章）') as it wraps the name above it
    ('某某区公共服务七优享工程' / '工作专班办公室'): the note is still the line
    between the signature and the date, so the name over it is the signature,
    a paragraph of its own, not the 附件说明's name going on."""
    docs = _documents(SEALED + CLOSING, columns)
    assert [d.title for d in docs] == [SEALED[0], CLOSING[0]]
    assert (docs[0].issuers, docs[0].date) == ([SIGNER], "2023-05-23")
    assert ANNEX_NOTE in _texts(docs[0]) and SIGNER in _texts(docs[0])


@pytest.mark.parametrize("columns", [None, 18])
def test_a_seal_note_under_a_name_whose_ending_the_measure_turned(columns):
    """The same note, whole on its line, under the name whose last character
    the measure turned onto a line of its own ('…工作专班办公' / '室'): the
    ending is the name's, and the note parts the name from the date."""
    docs = _documents(SEALED + CLOSING, columns)
    assert (docs[0].issuers, docs[0].date) == ([SIGNER], "2023-05-23")
    assert ANNEX_NOTE in _texts(docs[0]) and "（某某区人民政府办公室代章）" in _texts(docs[0])


@pytest.mark.parametrize("columns", [None, 12, 18])
def test_control_a_bracket_in_the_body_over_the_date_is_no_seal_note(columns):
    """Control: a body's last sentence whose bracket the measure wraps, right
    over an unsigned date, is the body's: no line over it becomes a
    signature, and the bracketed words stay in their sentence."""
    body = ["关于开展托育服务宣传月活动的通知", "各托育机构：",
            "请各机构按要求开展宣传活动并报送总结（电子版发送至某某县卫生健康局工作邮箱）",
            "2023年6月1日"]
    docs = _documents(body + CLOSING, columns)
    assert [d.title for d in docs] == [body[0], CLOSING[0]]
    assert docs[0].issuers == [] and docs[0].date == "2023-06-01"
    assert body[2] in _texts(docs[0])


def test_a_wrapped_seal_note_whose_first_line_ends_on_an_organ_is_one_paragraph():
    """The wrap may cut the note right after an organ's ending ('（某某区人民
    政府' / '办公室代章）', a page's run of '?' for spaces before the bracket
    having filled the line): its second line goes on from the first, one 附注,
    not a signature line and a cut one."""
    lines = SEALED[:4] + [SIGNER, "（某某区人民政府", "办公室代章）", "2023年5月23日"] + CLOSING
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert (docs[0].issuers, docs[0].date) == ([SIGNER], "2023-05-23")
    assert "（某某区人民政府办公室代章）" in _texts(docs[0])
