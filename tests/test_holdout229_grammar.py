"""The document grammar on layouts of the two-hundred-and-twenty-ninth held-out
set's kind (issue #11): talent-attraction and entrepreneurship-loan texts of
cities and counties (通知 issuing 人才 and 创业担保贷款 办法 in 章 and 条, joint
Party and government 意见 and 通知, a 小额担保贷款 通知) as government portals
and law-text sites store them, one of them with its 主送, its preamble and its
first item run together on one line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

TITLE = "某某市人民政府办公室关于加快推进创业担保贷款工作的通知"
ADDRESSEES = "各县(市)区人民政府,高新区管委会,市人民政府有关部门"
BODY = ("创业担保贷款是促进创业就业的重要政策,现就加快推进我市创业担保贷款工作通知如下: "
        "一、各县(市)要进一步完善贷款担保机制。")


def _documents(lines: list[str]):
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents


def _wrapped(text: str, columns: int) -> list[str]:
    return [text[k:k + columns] for k in range(0, len(text), columns)]


@pytest.mark.parametrize("indent", ["", "    ", "\u3000\u3000"])
def test_a_class_addressee_run_into_the_body_under_a_wrapped_title_is_the_addressee(indent):
    """GB/T 9704 7.3.1-7.3.2: the title ends its own line and the 主送 opens
    the next; a page that ran the 主送 and the body into one paragraph, wrapped
    at a narrow measure with the title's kind word carried onto a line of its
    own ('…工作的通' / '知'), still opens that paragraph with the 主送 by 各
    closing on its colon, wherever the wrap set the colon and whether or not
    the extractor marked the line as a paragraph's first (an indent of ASCII
    spaces is not read as one): the names to the colon are the 主送."""
    lines = _wrapped(TITLE, 26) + _wrapped(indent + ADDRESSEES + ": " + BODY, 26)
    assert lines[1] == "知" and ":" not in lines[len(_wrapped(TITLE, 26))]  # (the colon falls on the 主送's second line)
    docs = _documents(lines)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].addressees == ADDRESSEES.replace("(", "（").replace(")", "）").replace(",", "，")


def test_a_sentence_under_a_wrapped_title_is_no_addressee():
    """Control: a body that opens under a wrapped title with a sentence, not
    with names by 各, keeps its text, and a sentence by 各 further down the body
    ('各县(市)要…:') is no 主送."""
    body = "为加快推进我市创业担保贷款工作,各县(市)区人民政府要做到以下几点: 一是完善担保机制,二是加快贷款发放进度。"
    docs = _documents(_wrapped(TITLE, 26) + _wrapped(body, 26))
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].addressees is None
