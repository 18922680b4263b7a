"""The shared vocabulary (builder/text/): each table reads as its own examples say."""
from __future__ import annotations

import pytest

from builder.stages.metadata import split_orgs
from builder.text.frame import ORGAN_END_RE, ORGAN_ENDINGS
from builder.text.measure import MEASURE
from builder.text.numbering import ARTICLE_RANK, EID_NAME, LABEL_RE, SCHEMES, SPEECH_POINT_RE
from builder.text.numerals import cn_to_int


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_scheme_reads_its_own_examples(scheme):
    """The label regex is built from the table: a row's examples are read as that row."""
    for example in scheme.example.split():
        if scheme.pattern is None:
            assert SPEECH_POINT_RE.match(example + "要抓好落实。"), example
            continue
        match = LABEL_RE.match(example + "总则")
        assert match, example
        assert next(name for name in EID_NAME if match.groupdict().get(name)) == scheme.name, example


def test_ranks_and_ids_come_from_the_table():
    assert list(ARTICLE_RANK) == ["bian", "zhang", "jie", "tiao"]
    assert sorted(ARTICLE_RANK.values()) == list(ARTICLE_RANK.values())
    assert EID_NAME["tiao"] == "art" and EID_NAME["cn_paren"] == "subpara"


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
