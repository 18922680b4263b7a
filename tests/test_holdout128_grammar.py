"""The document grammar on layouts of the hundred-and-twenty-eighth held-out
set's kind (issue #11): joint documents of Party committees and governments
(or of their offices) of cities and counties, whose 主送 addresses classes of
organs with the levels under the first in brackets ('各县(市、区)委、人民政
府'). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import re

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a level list that lost its opening bracket

def _joint_notice(addressees: str) -> list[str]:
    return ["中共某某市委 某某市人民政府",
            "印发《关于加强某某工作的实施办法》的通知",
            "某市发〔2020〕12号",
            addressees,
            "经市委、市政府同意，现将《关于加强某某工作的实施办法》印发给你们，请认真贯彻落实。",
            "中共某某市委　　某某市人民政府",
            "2020年5月8日",
            "关于加强某某工作的实施办法",
            "为加强某某工作，结合我市实际，制定本办法。",
            "一、总体要求",
            "二、主要任务"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["各县市、区)委、人民政府，市委有关部门，市直、驻市有关单位，各群团组织：",
                                        "各市州)、县市、区)党委和人民政府，省直各单位：",
                                        "各县(市、区)委、人民政府，市委各部门，市直各单位："])
def test_a_level_list_that_lost_its_opening_bracket_is_still_the_addressees(addressees, columns):
    """GB/T 9704 7.3.2: a 主送 to a class of organs names the levels under
    the first in brackets after it ('各县(市、区)委'). A page that lost the
    bracket's opening ('各县市、区)委') still closes it after the levels it
    lists: the line is the 主送 as printed, its lost bracket not added."""
    docs = _documents(_joint_notice(addressees), columns)
    assert [d.title for d in docs] == ["中共某某市委某某市人民政府印发《关于加强某某工作的实施办法》的通知"]
    assert re.sub(r"[()（）]", "", docs[0].addressees) == re.sub(r"[()（）]", "", addressees.rstrip("："))
    assert len(re.findall(r"[(（]", docs[0].addressees)) == addressees.count("(")  # (none added)
    assert docs[0].issuers == ["中共某某市委", "某某市人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_tail_that_closes_a_bracket_is_still_no_addressee(columns):
    """Control: a line closing a bracket it never opened after no level list
    is a sentence's tail, wrapped after its aside ('…负责)，各有关单位要…：'),
    no 主送: the notice's 主送 is the line under its number."""
    text = ["某某县人民政府关于做好某某工作的通知", "某政发〔2020〕3号", "各乡镇人民政府，县直各部门：",
            "为做好某某工作，现将有关事项通知如下：",
            "一、明确责任。由县某某局牵头（县财政局配合",
            "负责），各有关单位要按照以下要求落实：",
            "二、加强督查。县政府督查室定期督查。",
            "某某县人民政府", "2020年3月2日"]
    docs = _documents(text, columns)
    assert len(docs) == 1
    assert docs[0].addressees == "各乡镇人民政府，县直各部门"
