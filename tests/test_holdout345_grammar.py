"""The document grammar on layouts of the three-hundred-and-forty-fifth held-out
set's kind (issue #11): intangible cultural heritage texts of cities, counties
and districts (a government's or its office's 通知 publishing a 非遗 名录, a
bureau's 通知 publishing its 传承人 名单, a city's 保护办法) as their sites and
mirrors store them, one a mirror that lost the brackets of its 发文字号, the
年份 and 序号 left run together before the 号 ('某政发202162号'). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import damaged_doc_number
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A district government's notice whose page dropped the brackets around the year of its 发文字号.
BRACKETS_LOST = ["区政府关于公布南岭区第六批非物质文化遗产代表性项目名录的通知", "南政发202162号",
                 "各镇政府、街道办事处，区各委、办、局：",
                 "经各地推荐、专家评审和网上公示，产生了南岭区第六批非物质文化遗产代表性项目名录，现予公布。",
                 "南岭区人民政府", "2021年6月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_whose_brackets_a_page_lost_is_the_documents_own(columns):
    """GB/T 9704-2012 7.2.4: the 发文字号 is the 机关代字, the 年份 in 〔〕 and
    the 序号 with its 号, alone on its line under the title. A page's markup
    may drop the brackets, the 年份 and 序号 run together before the 号
    ('某政发202162号'): a whole line of that shape is the number, damaged,
    kept as printed (frame.DAMAGED_NUMBER_RE), not the first words of the 主送."""
    docs = _documents(BRACKETS_LOST, columns)
    assert [d.title for d in docs] == [BRACKETS_LOST[0]]
    assert docs[0].doc_number == "南政发202162号"
    assert docs[0].addressees == "各镇政府、街道办事处，区各委、办、局"


def test_the_damaged_number_line_and_its_controls():
    """The control: the older form with no 号 ('杨府办20219') is read as
    before, whatever its 代字 ends on (a street office's '江街202324',
    holdout70's 江头街道, lost in every layout until this was seen), and a
    street's number alone on a line ('中山大道20012号', an address under a
    signature) or a year in a sentence is no 发文字号."""
    assert damaged_doc_number("南政发202162号") == "南政发202162号"
    assert damaged_doc_number("杨府办20219") == "杨府办20219"
    assert damaged_doc_number("江街202324") == "江街202324"
    assert damaged_doc_number("中山大道20012号") is None
    assert damaged_doc_number("人民路2008号") is None
    assert damaged_doc_number("经专家评审2021年公布") is None


# A county's notice closing on its annex's mark and heading, the list not stored, over the next notice's framed title.
ANNEX_HEADING_LAST = ["南山县人民政府", "关于公布南山县第三批非物质文化遗产名录的通知", "南政字〔2018〕4号", "各乡镇人民政府：",
                      "南山县人民政府批准县文广新局确定的第三批县级非物质文化遗产名录（共计17项），现予公布。",
                      "附件：南山县第三批非物质文化遗产保护名录", "南山县人民政府", "2018年1月15日", "附件",
                      "南山县第三批非物质文化遗产保护名录（共17项）"]


@pytest.mark.parametrize("columns", [None, 22, 26])
@pytest.mark.parametrize("number", ["南政发202162号", "南政发〔2021〕62号"])
def test_an_annex_heading_under_its_mark_is_no_first_line_of_the_title_under_it(columns, number):
    """GB/T 9704-2012 8: the 附件 mark stands alone on its line over the
    annex's own title. A short line that is that mark stops no sentence
    the store cut, so the full line under it (the annex's heading, '…名录
    （共17项）') is no first line of the framed title under it, its 发文字号
    and 主送 below (titles/head._framed_over_cut); the annex keeps its heading."""
    docs = _documents(ANNEX_HEADING_LAST + [BRACKETS_LOST[0], number] + BRACKETS_LOST[2:], columns)
    assert [d.title for d in docs] == ["".join(ANNEX_HEADING_LAST[:2]), BRACKETS_LOST[0]]


@pytest.mark.parametrize("columns", [22, 26])
def test_a_cut_short_line_over_a_framed_title_still_stays_out_of_it(columns):
    """The control: a short line that stops inside its sentence (an excerpt
    cut there), not an 附件 mark, is still the cut sentence's, and the full
    line under it the title's first."""
    cut = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务，并"]
    title = ["东城区人民政府关于公布东城区第六批非物质文化遗产代表性项目名录和保护单位调整名单的通知",
             "东政发〔2021〕62号", "各街道办事处：", "现予公布。", "东城区人民政府", "2021年6月10日"]
    docs = _documents(cut + title, columns)
    assert [d.title for d in docs] == [cut[0], title[0]]
