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


# ---------------------------------------------------------------- joint issuers cut in the last name, its tail alone

def _placed(organs: list[str]) -> str:
    """Two notices as pdftotext -layout places a printed page: the body at 22
    columns, each paragraph's first line indented, the title centred and
    wrapped shorter, the signature set right; the first text ends on a heading."""
    first = ["    某某县人民政府关于做好春季植树造林",
             "            工作的通知",
             "各乡镇人民政府，县直各部门：",
             "    为做好今年春季植树造林工作，现就有关事",
             "项通知如下：",
             "    一、明确任务",
             "    各乡镇要在3月底前落实造林地块，造林任",
             "务分解到村，明确责任人和完成时限。",
             "    二、加强督查"]
    second = organs + ["     关于印发《某某县创建卫生县城工作",
                       "            方案》的通知",
                       "各乡镇党委、人民政府，县直各单位：",
                       "    《某某县创建卫生县城工作方案》已经县委、",
                       "县政府同意，现印发给你们，请认真贯彻落实。",
                       "                中共某某县委办公室",
                       "              某某县人民政府办公室",
                       "                     2015年3月2日"]
    return "\n".join(first + second)


def _convert_text(text: str):
    from builder.convert import convert
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents


JOINT_TITLE = "中共某某县委办公室某某县人民政府办公室关于印发《某某县创建卫生县城工作方案》的通知"


def test_joint_issuers_cut_in_the_last_name_keep_their_first_line():
    """GB/T 9704 7.3.1: joint issuers on the title's first line, parted by a
    space; a title set larger than the body wraps shorter, cutting the last
    name, whose tail stands alone on the line over 关于 ('中共某某县委办公室
    某某县人民政' / '府办公室' / '关于印发…'). The names before the cut one are
    whole, so the first line is the title's though the text above ends on a
    heading that stops short ('二、加强督查'), no sentence's end."""
    docs = _convert_text(_placed(["     中共某某县委办公室 某某县人民政", "                 府办公室"]))
    assert [d.title for d in docs][1:] == [JOINT_TITLE]
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室"]


def test_joint_issuers_parted_by_enumeration_commas_cut_in_a_name_keep_their_first_line():
    """The same joint issuers parted by 、 as a 通告 of several organs prints
    them (GB/T 9704 7.3.1), the wrap cutting inside the second name and the
    others after it on the next line ('中共某某县委办公室、某某县人民' / '政府办
    公室、某某县公安局' / '关于…'): the names before the cut one are whole, so the
    first line is the title's too."""
    docs = _convert_text(_placed(["     中共某某县委办公室、某某县人民", "            政府办公室、某某县公安局"]))
    assert [d.title for d in docs][1:] == [JOINT_TITLE.replace("某某县人民政府办公室", "、某某县人民政府办公室、某某县公安局")]
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室", "某某县公安局"]


@pytest.mark.parametrize("above, head, cut", [
    ("区人民代表大会常务委员会办公室、政协北", "京市某某区委员会办公室关于", True),
    ("某区人民政府办公室、某区人民代表大会常务委", "员会办公室关于印发…的通知", True),
    ("各镇人民政府、区政府各委、办、局", "关于印发…的通知", False),
    ("区人民代表大会常务委员会办公室、政协北", "京市某某区的意见", False)])
def test_a_listed_issuers_name_cut_across_centred_lines(above, head, cut):
    """The list of joint issuers may run over a title's centred lines, the wrap cutting the last listed name
    anywhere, even inside its place ('…办公室、政协北' / '京市某某区委员会办公室关于'): read across the cut, the
    name is an organ's, so the line above is the title's, though the line under it opens as a title does
    (titles.head.title_start; holdout60's 顺义 通报 as pdftotext -layout places it). Controls: a list whose last
    name is whole, or a cut whose reading across names no organ."""
    from builder.stages.split.titles.issuers import listed_name_cut
    assert listed_name_cut(above, head) is cut


def test_joint_issuers_whole_on_their_line_stay_the_titles():
    """Control: the two names whole on the title's first line, nothing cut,
    are the title's as before."""
    docs = _convert_text(_placed(["   中共某某县委办公室 某某县人民政府办公室"]))
    assert [d.title for d in docs][1:] == [JOINT_TITLE]
