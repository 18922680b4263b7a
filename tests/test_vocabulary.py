"""The shared vocabulary (builder/text/): each table reads as its own examples say."""
from __future__ import annotations

import pytest

from builder.stages.metadata import split_orgs
from builder.text.frame import ORGAN_END_RE, ORGAN_ENDINGS
from builder.text.measure import MEASURE
from builder.text.numbering import (ARTICLE_RANK, EID_NAME, LABEL_RE, SCHEMES, SECTION_RE, SPEECH_POINT_RE, depth_of,
                                    scheme_of)
from builder.text.numerals import cn_to_int


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_scheme_reads_its_own_examples(scheme):
    """The label regex is built from the table: a row's examples are read as that row."""
    for example in scheme.example.split():
        if scheme.name == "ordinal":  # (read in speeches only)
            assert SPEECH_POINT_RE.match(example + "要抓好落实。"), example
            continue
        if scheme.name == "section":  # (read from a heading alone on its line, no label of the outline)
            assert SECTION_RE.match(example + " 总则").group("number") == example, example
            assert not LABEL_RE.match(example + " 总则"), example
            continue
        match = LABEL_RE.match(example + "总则")
        assert match, example
        assert scheme_of(match) == scheme.name, example


def test_ranks_and_ids_come_from_the_table():
    assert list(ARTICLE_RANK) == ["bian", "zhang", "jie", "tiao"]
    assert sorted(ARTICLE_RANK.values()) == list(ARTICLE_RANK.values())
    assert EID_NAME["tiao"] == "art" and EID_NAME["cn_paren"] == "subpara"


def depths(labels: list[str]) -> list[int]:
    """Each label's depth in a run of labels, as the structure stage nests them."""
    open_schemes, found = [], []
    for label in labels:
        scheme = scheme_of(LABEL_RE.match(label))
        del open_schemes[depth_of(open_schemes, scheme):]
        found.append(len(open_schemes))
        open_schemes.append(scheme)
    return found


NESTING = [
    # labels as printed, in order                        their depths
    (["一、", "（一）", "1.", "（1）", "（2）", "2.", "二、"], [0, 1, 2, 3, 3, 2, 0]),
    (["一、", "（一）", "（二）", "二、", "（一）"], [0, 1, 1, 0, 1]),
    (["1.", "（1）", "2.", "（1）", "（2）"], [0, 1, 0, 1, 1]),      # no 一、 above: 1. is the top
    (["一、", "1、", "2、", "二、", "1、"], [0, 1, 1, 0, 1]),         # 1. straight under 一、
    (["（一）", "一、", "（二）"], [0, 1, 0]),                        # first appearance, not a fixed order
    (["一、", "①", "②", "二、"], [0, 1, 1, 0]),
    (["第一章", "第一条", "第二条", "第二章", "第三条", "（一）", "（二）", "第四条"], [0, 1, 1, 0, 1, 2, 2, 1]),
    (["第一编", "第一章", "第一节", "第一条", "第二节", "第二条", "第二章"], [0, 1, 2, 3, 2, 3, 1]),
    (["第一条", "（一）", "1.", "2.", "（二）", "第二条"], [0, 1, 2, 2, 1, 0]),
    (["第一条", "第一章", "第二条"], [0, 0, 1]),                      # a 章 closes the 条 before it
    (["一、", "（一）", "第一条", "第二条"], [0, 1, 0, 0]),            # and any list
]


@pytest.mark.parametrize("labels,want", NESTING)
def test_nesting(labels, want):
    assert depths(labels) == want


@pytest.mark.parametrize("text, want", [("一", 1), ("十", 10), ("二十三", 23), ("一百零五", 105),
                                        ("二〇一九", 2019), ("12", 12), ("", None), ("甲", None)])
def test_numerals(text, want):
    assert cn_to_int(text) == want


def test_a_longer_organ_ending_comes_before_the_shorter_one_it_ends_with():
    """So "荆门市人民政府办公室" is one organ, not 荆门市人民政府 and 办公室."""
    for i, longer in enumerate(ORGAN_ENDINGS):
        for shorter in ORGAN_ENDINGS[:i]:
            assert not longer.endswith(shorter), (longer, shorter)
    assert split_orgs("荆门市人民政府办公室荆门军分区") == ["荆门市人民政府办公室", "荆门军分区"]


@pytest.mark.parametrize("text", ["荆州市人民政府", "市发展和改革委员会", "荆门军分区", "市政府研究室"])
def test_organ_names(text):
    assert ORGAN_END_RE.search(text)


def test_thresholds_are_ordered():
    """A line that fills the measure is less full than a full one, which is within the exact band."""
    assert 0 < MEASURE.fills < MEASURE.full < 1 < MEASURE.exact
    assert 0 < MEASURE.body_share < 1
