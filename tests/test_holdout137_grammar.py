"""The document grammar on layouts of the hundred-and-thirty-seventh held-out
set's kind (issue #11): notices of the division of work among an organ's
leaders (领导工作分工), each leader's name and post then what he 负责, 分管
and 联系, as a portal's text export stores them: the whole notice run into one
line, the signing organ, the 成文日期 and the 附注 in brackets after the last
sentence. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# ---------------------------------------------------------------- the close run in after the last sentence

DIVISION = ["关于某某局领导工作分工的通知",
            "各科室、直属单位：经研究，现将局领导工作分工通知如下：一、张某某局长：主持局全面工作。"
            "二、李某某副局长：协助分管财务、审计工作。分管办公室、财务科。三、王某某副局长：协助分管"
            "安全生产工作。分管安全科。联系某某协会。{close}"]
NEXT = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
        "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("organ", ["某某省某某委员会", "某某市某某局"])
@pytest.mark.parametrize("note", ["（此件主动公开）", "(此件公开发布)"])
def test_a_signature_date_and_note_run_in_after_the_last_sentence(organ, note, columns):
    """GB/T 9704 7.3.5-7.3.6: the signing organ, the 成文日期 under it and the
    附注 in brackets under that; a page that runs the notice into one line
    carries them after its last sentence ('…联系某某协会。某某市某某局2017年7月
    21日（此件主动公开）'), a narrow measure wrapping them anywhere. They are
    the notice's signature and date, and the title under them opens the next
    document."""
    docs = _documents([DIVISION[0], DIVISION[1].format(close=f"{organ}2017年7月21日{note}")] + NEXT, columns)
    assert [d.title for d in docs] == [DIVISION[0], NEXT[0]]
    assert docs[0].issuers == [organ]
    assert docs[0].date == "2017-07-21"
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_words_before_a_date_that_end_no_organ_name_stay_the_sentence(columns):
    """Control: the words between the stop and the date are a signature only
    when they end as an organ's name ends; a sentence that opens on other
    words and a date ('请于2017年7月21日…') is the body's, no signer."""
    docs = _documents([DIVISION[0], DIVISION[1].format(close="请于2017年7月21日（此件主动公开）")] + NEXT, columns)
    assert docs[0].issuers == []
    assert "请于" in "".join(p.text for part in docs[0].parts for p in part.blocks if hasattr(p, "text"))
