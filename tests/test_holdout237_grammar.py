"""The document grammar on layouts of the two-hundred-and-thirty-seventh
held-out set's kind (issue #11): data, network and drone texts of cities,
counties and districts (政务数据共享 and 公共数据 notices, 网络安全 and 通信保障
预案, a 公安局's 无人机 禁飞 通告) as their portals, drone sites and mirrors
store them, some with headings numbered as a phone page numbers them ('01',
'02', '03'). Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 通告 whose headings are numbered 01, 02, 03, each a short line over its paragraph.
PADDED = ["某某县公安局关于马拉松赛期间禁止无人机飞行的通告",
          "为确保马拉松赛顺利开展，现通告如下：",
          "01 禁飞航空器类型",
          "本通告所称航空器，是指低空、慢速、小型航空器和空飘物。",
          "02 禁飞时间和禁飞区域",
          "2025年8月24日6时至14时，在马拉松赛道上空及周边50米内禁止飞行。",
          "03 处置法律依据",
          "违反本通告的，依法追究有关单位和个人的责任。",
          "特此通告", "某某县公安局", "2025年8月18日"]


def _paragraphs(doc) -> list[str]:
    return [b.text.replace(" ", "") for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_headings_numbered_01_02_03_end_on_their_lines(columns):
    """The numbering grammar: a heading numbered in a sequence stands on its
    own line (GB/T 9704 7.3.3's 一、（一）1.（1） headings, and the zero-padded
    ordinals 01, 02, 03 a phone page numbers its headings with): a short line,
    no sentence punctuation, that opens on the number after one an earlier
    paragraph opened on (or before one a later line opens on) ends there; the
    sentence below is a paragraph of its own, not the heading's run-on."""
    docs = _documents(PADDED, columns)
    assert [d.title for d in docs] == [PADDED[0]]
    paragraphs = _paragraphs(docs[0])
    for heading, text in zip(PADDED[2:8:2], PADDED[3:9:2]):
        assert heading.replace(" ", "") in paragraphs
        assert text in paragraphs


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_opening_on_a_padded_figure_out_of_sequence_still_goes_on(columns):
    """Control: a line that opens on '02' with no '01' or '03' heading about
    it (a plot's or a building's number, '02号地块…') is no numbered heading;
    a short line with no sentence punctuation over it goes on as before."""
    lines = ["某某县自然资源局关于某某地块出让的公告", "经县人民政府批准，现将有关事项公告如下：",
             "02号地块位于某某路东侧", "面积1.2公顷，用途为商业用地。", "某某县自然资源局", "2025年3月1日"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [lines[0]]
    assert "02号地块位于某某路东侧面积1.2公顷，用途为商业用地。" in _paragraphs(docs[0])
