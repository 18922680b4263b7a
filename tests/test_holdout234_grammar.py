"""The document grammar on layouts of the two-hundred-and-thirty-fourth
held-out set's kind (issue #11): industrial-safety texts of counties, cities
and their bureaus (危险化学品 应急预案, 有限空间 整治方案, 油气管道 保护, 化工园区
公示) as portals store them, one of them a 倡议 under a slogan-like heading
that names no organ and no 文种, closed by the bureau's signature and date.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 倡议 a city's bureau publishes under a heading with no 文种, closed by its 署名 and 成文日期.
SIGNED_APPEAL = ["燃气安全 人人有责", "天然气已走进千家万户,保护燃气管道安全是每个人的责任。",
                 "某某市发展和改革委员会向全体市民发出倡议:",
                 "1、不在燃气管道两侧各5米内取土、挖塘、修建建筑物。",
                 "2、发现燃气管道裸露或泄漏,及时拨打举报电话。",
                 "某某市发展和改革委员会", "2025年6月17日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_text_under_a_heading_without_its_kind_is_a_document(columns):
    """GB/T 9704 7.3.5: a text that closes on its 发文机关署名 over its 成文日期
    is a document, though its heading names no 文种 (a web page's headline over
    a signed 倡议): a file the grammar finds no title in, opening on a heading
    over prose and ending on that frame, is that document, its heading the
    title, its signer the issuer, its date the date."""
    docs = _documents(SIGNED_APPEAL, columns)
    assert [d.title.replace(" ", "") for d in docs] == ["燃气安全人人有责"]
    assert docs[0].issuers == ["某某市发展和改革委员会"] and docs[0].date == "2025-06-17"
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["1、", "2、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unsigned_text_or_one_opening_on_a_sentence_stays_unplaced(columns):
    """Control: the same text without its signature (it ends on the date alone,
    or on a sentence), or one whose first line is a sentence, not a heading, is
    no document by this rule: the file stays one untitled page."""
    for lines in (SIGNED_APPEAL[:5] + SIGNED_APPEAL[6:], SIGNED_APPEAL[:5],
                  ["天然气已走进千家万户,保护燃气管道安全是每个人的责任。"] + SIGNED_APPEAL[2:]):
        docs = _documents(lines, columns)
        assert len(docs) == 1 and docs[0].issuers == [] and docs[0].date is None


def test_an_organ_alone_over_prose_is_no_heading_of_this_kind():
    """Control: a file opening on an organ's name alone (a 版头, or a signature
    the excerpt kept) is not titled by it through this rule."""
    lines = ["某某市发展和改革委员会"] + SIGNED_APPEAL[1:]
    docs = _documents(lines, None)
    assert len(docs) == 1 and docs[0].issuers == [] and docs[0].date is None
