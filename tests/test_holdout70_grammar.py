"""The document grammar on layouts of the seventieth held-out set's kind
(issue #11): documents of towns and streets (镇人民政府, 乡人民政府, 街道办事处),
whose frame is often irregular: a 发文字号 printed before its serial was filled
in, a 主送 without its colon, a signature over a body that lost its closing
stop, signature and date on one line. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow measure)
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
PLAN_NOTICE = ["某某街道办事处关于印发《某某街道防汛应急预案》的通知", "各社区、各科室：",
               "《某某街道防汛应急预案》已经办事处研究同意，现印发给你们，请认真遵照执行。", "某某街道办事处",
               "2017年3月20日"]


# ---------------------------------------------------------------- a 发文字号 whose serial was left blank

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某政发〔2017〕  号", "某政发〔2017〕号", "某街办发[2019] 号"])
def test_a_number_whose_serial_was_left_blank_is_the_number(number, columns):
    """GB/T 9704 7.2.4: a 发文字号 is the 代字, the year in brackets and the
    serial; a page that published the document before its serial was filled
    in prints the 代字 and the year with a blank before 号 ('某政发〔2017〕  号').
    On a line of its own, over the title, it is the number line as printed,
    never the tail of the text above it."""
    docs = _documents(NOTICE + [number] + PLAN_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLAN_NOTICE[0]]
    assert docs[1].doc_number.replace(" ", "") == number.replace(" ", "")
    assert docs[0].doc_number is None

