"""The document grammar on layouts of the hundred-and-thirty-second held-out
set's kind (issue #11): circulars (通报) of city, county and district
governments and their offices, inspection and assessment results naming
units, addressed to classes of organs. Each case is invented text laid out
as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- a 主送 whose wrap leaves only its name's last character

# A text above that ends with no signature (a web page's excerpt): only the next title's frame ends it.
CUT_SHORT = ["某某县人民政府关于某某工作进展情况的通报",
             "按照县政府统一部署，县政府督查室对各乡镇某某工作进展情况开展了专项督查，现将有关情况通报如下：",
             "一、总体情况",
             "各乡镇高度重视，按期完成了各项任务，工作总体进展顺利。"]


def _circular(title: list[str], addressees: str) -> list[str]:
    return title + [addressees,
                    "为全面掌握某某工作进展情况，县政府组织有关部门组成检查组，对各单位工作进展情况进行了检查。",
                    "经县政府研究，决定对工作成效显著的某某镇予以通报表扬，对工作进展缓慢的某某乡予以通报批评。"]


# (主送, measure) pairs whose wrap leaves '位：' alone on the colon's line (each checked in the test).
TAILS = [("各乡镇人民政府，县直各部门，县属各国有企业，驻县各单位：", 26),
         ("各街道党工委、办事处，区直及驻区各单位：", 18)]


@pytest.mark.parametrize("title", [["某某县人民政府办公室关于某某工作检查情况的通报"],
                                   ["中共某某县委办公室  某某县人民政府办公室", "关于某某工作检查情况的"]])
@pytest.mark.parametrize("addressees,columns", TAILS + [(TAILS[0][0], None), (TAILS[1][0], None)])
def test_a_wrapped_addressee_line_left_with_its_last_character_still_frames_the_title(title, addressees, columns):
    """GB/T 9704 7.3.2: the 主送 runs on down to its colon, wrapped at the
    left margin; a wrap inside its last name ('…驻县各单' / '位：') leaves the
    colon's line no organ's word, yet the lines read together are the 主送,
    and the title above it (one whose kind word the page lost too) opens a
    document after a text that ends with no signature."""
    from tests.devset.layout import laid_out
    if columns:
        assert laid_out([addressees], columns)[-1] == "位："
    docs = _documents(CUT_SHORT + _circular(title, addressees), columns)
    assert [d.title for d in docs] == ["某某县人民政府关于某某工作进展情况的通报", "".join(title).replace(" ", "")]
    assert docs[1].addressees == addressees.rstrip("：")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_whose_wrap_leaves_its_colon_alone_is_still_no_addressee(columns):
    """Control: a sentence that opens on 各 and ends in a colon over a list
    ('各乡镇要对照以下要求逐项落实到位：') is the body's, though the wrap
    leaves its last character alone over the colon: no title opens above it."""
    body = ["各乡镇要对照以下问题清单，逐项抓好整改，确保整改落实到位：", "一、加快项目进度。", "二、加强督查考核。"]
    docs = _documents(CUT_SHORT + body, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于某某工作进展情况的通报"]
