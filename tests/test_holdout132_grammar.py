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


# ---------------------------------------------------------------- a full title with its 主送 under a text cut mid-sentence

# A text whose stored excerpt stops inside a sentence: no full stop, no signature.
CUT_MID_SENTENCE = ["某某县人民政府办公室关于某某工作督查情况的通报",
                    "各乡镇人民政府，县直各部门：",
                    "近期，县政府督查室对各乡镇某某工作开展了专项督查，对工作进展较快的某某镇予以通报表扬，"
                    "对工作进展缓慢、整改不力的某某乡和县某某局予以通报批评，对在某某工作中配合不力、效果较"]
NEXT_CIRCULAR = ["某某市人民政府办公室关于2021年第二季度政府网站检查情况的通报",
                 "各县（市、区）人民政府，市政府各部门：",
                 "根据有关要求，市政府办公室对全市政府网站进行了检查，现将有关情况通报如下：",
                 "一、总体情况",
                 "本次检查发现不合格网站2家。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_with_its_addressees_opens_a_document_under_a_sentence_cut_short(columns):
    """GB/T 9704 7.3.1–7.3.2: a full 标题 (发文机关 + 关于 + 事由 + 文种) with
    its 主送机关 under it opens a document, though the text above stops
    mid-sentence (a web page's excerpt cut there): a sentence that ran on into
    a title would go on after it with words, not with a list of organs and a
    colon."""
    docs = _documents(CUT_MID_SENTENCE + NEXT_CIRCULAR, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于某某工作督查情况的通报",
                                       "某某市人民政府办公室关于2021年第二季度政府网站检查情况的通报"]
    assert docs[1].addressees == "各县（市、区）人民政府，市政府各部门"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_a_cut_sentence_runs_into_with_no_addressees_is_still_the_sentences(columns):
    """Control: under a sentence cut short, a title-shaped line that nothing
    frames ('…按照' / '某某市人民政府关于…的通知' / '要求，…。') is the
    sentence's citation run on, no document of its own."""
    text = CUT_MID_SENTENCE[:2] + ["近期，县政府督查室对各乡镇某某工作开展了专项督查，督查组严格按照",
                                   "某某市人民政府办公室关于开展某某工作专项督查的通知",
                                   "要求，对各单位工作开展情况逐一进行了检查。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于某某工作督查情况的通报"]
