"""The document grammar on layouts of the seventy-fifth held-out set's kind
(issue #11): documents of development zones and new districts (经济技术开发区,
新区 and their 管委会, 党委 and offices): 公告 on land numbered in their
batch, joint notices of a zone's 党委 and 管委会, 通知 issuing 办法 and 预案.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 公告 numbered in its batch

BATCH_NOTICE = ["某某县某某新区管理委员会 征地启动公告 〔2020〕第3-1号",
                "根据《中华人民共和国土地管理法》第四十五条的规定，拟启动某某村集体土地征收工作，现公告如下：",
                "一、本次征收地块城市规划用途为工业用地。", "二、本次征收范围涉及某某村集体土地26.6公顷。", "特此公告。",
                "某某县某某新区管理委员会", "2020年8月7日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_in_its_batch_is_a_document_of_its_own(columns):
    """A 管委会 numbers the 公告 of one 征地 batch by the batch and the
    notice ('〔2020〕第3-1号': batch 3's first) and prints the number after
    the title on its line, as '…征收土地公告 〔2019〕第10号': the number is
    the 公告's 文号, the line above it its title, though the text above ends
    signed and the wrap cuts the number after its year ('〔2020〕' / '第3-1号')."""
    docs = _documents(NOTICE + BATCH_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县某某新区管理委员会征地启动公告"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("〔2020〕第3-1号", ["某某县某某新区管理委员会"],
                                                                   "2020-08-07")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_batch_notice_is_no_title(columns):
    """Control: a body's sentence that cites such a 公告 by its title and
    number ('…征地启动公告〔2020〕第3-1号确定的范围内') goes on after the
    number: no title line, the text stays the notice's."""
    body = ["某某县某某新区管理委员会关于做好征地补偿登记工作的通知", "各村民委员会：",
            "请在某某县某某新区管理委员会征地启动公告〔2020〕第3-1号确定的范围内，做好补偿登记工作。",
            "某某县某某新区管理委员会", "2020年9月1日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].doc_number is None and docs[1].date == "2020-09-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_batch_number_the_wrap_cut_after_its_year_is_the_notices(columns):
    """The wrap cuts such a number after its year, the batch's serial left
    on a line of its own ('…征地启动公告 〔2020〕' / '第3-1号'): one line
    again, as printed, and the 公告's 文号."""
    lines = ["某某县某某新区管理委员会 征地启动公告 〔2020〕", "第3-1号"] + BATCH_NOTICE[1:]
    docs = _documents(NOTICE + lines, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县某某新区管理委员会征地启动公告"]
    assert (docs[1].doc_number, docs[1].date) == ("〔2020〕第3-1号", "2020-08-07")
