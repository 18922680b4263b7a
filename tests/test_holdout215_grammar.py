"""The document grammar on layouts of the two-hundred-and-fifteenth held-out
set's kind (issue #11): household-registration, real-estate-registration and
grid-governance texts of city, county and district bodies (a 公安局's 通知 and
户口整顿 通告, a 自然资源局's 通知 issuing an 意见 on 不动产登记, districts' and
cities' 网格员 招聘 公告) as portals, mirrors and recruitment sites store them:
a 规范性文件 register number run together over the 发文字号, a 公告 cut short
by its page's excerpt. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.text.lines import width
from builder.text.measure import MEASURE
from tests.devset.layout import laid_out, wrap
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
NOTICE_DATE = "2021-03-01"

# ---------------------------------------------------------------- a register number run together over the 发文字号

REGISTERED = ["关于印发《某某县不动产登记历史遗留问题处理意见》的通知",
              "各镇人民政府，县政府各部门、各直属机构：",
              "《某某县不动产登记历史遗留问题处理意见》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
              "某某县自然资源局", "2025年6月21日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("register", ["XXBG2025002", "ABCGF2019001", "MNPR202301002"])
@pytest.mark.parametrize("above", ["signed", "finished", "cut"])
def test_a_register_number_run_together_over_the_number_heads_the_document(above, register, columns):
    """GB/T 9704 7.2.1 prints the 份号 at the first page's top left; where a
    province's rules on 规范性文件 give each one a 统一登记号, it stands there,
    over the 发文字号. Some registers print it with dashes ('HNPR—2019—01001');
    a county's prints its letters, the year and the serial run together
    ('XXBG2025002'). Either way it is a mark of the 版头 and heads the
    document under it: the text above, signed or an excerpt cut short
    mid-sentence, does not end on it, and the file that opens on it loses no
    line."""
    above = {"signed": NOTICE, "finished": NOTICE[:3],
             "cut": NOTICE[:2] + ["现将有关事项通知如下：请各乡镇在3月底前持相"]}[above]
    docs = _documents(above + [register, "某自然资〔2025〕16号"] + REGISTERED, columns)
    assert [d.title for d in docs] == [NOTICE[0], REGISTERED[0]]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某自然资〔2025〕16号", ["某某县自然资源局"],
                                                                  "2025-06-21")
    first = len(laid_out(above, columns)) + 1  # the register's line
    assert (docs[0].lines[1], docs[1].lines[0]) == (first - 1, first)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_register_number_alone_in_a_file_is_the_documents_first_line(columns):
    """The same document alone in a file, the register's line its first: the
    document begins on it."""
    docs = _documents(["XXBG2025002", "某自然资〔2025〕16号"] + REGISTERED, columns)
    assert [d.title for d in docs] == [REGISTERED[0]]
    assert docs[0].lines[0] == 1 and docs[0].doc_number == "某自然资〔2025〕16号"


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("code", ["本次登记的宗地编号为XXBG2025002。", "XXBG2025002号宗地"])
def test_a_code_of_that_shape_in_a_sentence_is_the_sentences(code, columns):
    """Control: letters and figures of the same shape inside a sentence, or
    run on with words, are the body's (a parcel's number), no mark over a
    title: the notice keeps them and ends at its signature."""
    docs = _documents(NOTICE[:3] + [code] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == NOTICE_DATE



# ---------------------------------------------------------------- an excerpt cut inside a citation, a full title under it

FULL_TITLE = "关于某某市某某区2022年公开招聘社区专职网格员的公告"  # 25 columns: it fills a line of 26
RECRUITING = [FULL_TITLE, "为加强专职网格员队伍建设，面向社会公开招聘社区专职网格员103名。现就有关事项公告如下：",
              "一、招聘范围及对象", "符合招聘岗位条件要求的社会在职、非在职人员。"]
ISSUING = ["关于印发《某某县不动产登记历史遗留问题处理意见》的通知", "各镇人民政府：",
           "《某某县不动产登记历史遗留问题处理意见》已经县人民政府同意，现印发给你们。",
           "某某县自然资源局", "2025年6月21日", "某某县不动产登记历史遗留问题处理意见"]


def _cut_in_citation(columns: int | None) -> str:
    """The issued text's preamble, cut by the store inside a 《 it opened ('…根据《关于印发<分类化解…的不动产'),
    padded so that at the measure its last line is full: the title under it fills its own line too."""
    head, close = "为加快处理我县不动产登记中存在的历史遗留问题，根据", "《关于印发<分类化解因历史遗留问题导致的不动产"
    if columns is None:
        return head + close
    for pad in range(60):
        text = head + "的" * pad + close
        if width(wrap(text, columns)[-1]) >= MEASURE.full * columns:
            return text
    raise AssertionError("no padding fills the last line")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_under_a_citation_the_excerpt_cut_opens_its_document(columns):
    """党政机关公文处理工作条例 第二十条: a title cited in a sentence stands in
    《》, its 》 right after its 文种. An excerpt the store cut inside such a
    citation ('…根据《关于印发<分类化解…的不动产') leaves the 《 open over the
    next document's title; where that title (关于 + 事由 + 文种) fills its line
    under the filled line, it still opens its document: the line under it
    closes no 《, so no sentence ran on into it."""
    docs = _documents(ISSUING + [_cut_in_citation(columns)] + RECRUITING, columns)
    assert [d.title for d in docs] == [ISSUING[0], FULL_TITLE]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_citation_closed_under_the_title_keeps_it_in_the_sentence(columns):
    """Control: where the line under those words closes the 《 ('》的通知》
    精神，…'), they are the cited title's own, run on in the sentence: no
    document opens on them."""
    cited = ISSUING + [_cut_in_citation(columns), FULL_TITLE, "》的通知》精神，结合我县实际，提出如下意见。",
                       "一、总体要求", "坚持依法依规、尊重历史。"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
