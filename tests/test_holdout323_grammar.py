"""The document grammar on layouts of the three-hundred-and-twenty-third
held-out set's kind (issue #11): commendation texts of cities, counties and
districts (a government's 决定 giving 见义勇为 people a title and a 记功, a
city's joint 决定 on the fight against an epidemic, an office's 通报 of
通报表扬, a district's 决定 rewarding towns) as their sites, law libraries,
mirrors and policy aggregators store them, one of them titled by a headline
that quotes the whole 标题 in 《》, its 发文字号 under it, over its 主送. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county office's 通报, signed and dated: the text the cases run their own under.
ABOVE = ["某某县人民政府办公室关于对防汛工作先进集体进行表彰的通报", "各乡镇人民政府：",
         "希望受表彰的单位和个人再接再厉，确保今年安全度汛。"]
QUOTED = "《北山市人民政府办公室关于表彰2015年度全市森林防火工作先进单位的通报》"
NUMBER = "北政办函〔2016〕15号"
ADDRESSEES = "各县、区人民政府，市政府各工作部门、各直属机构："
BODY = ["2015年，全市各级认真贯彻执行《森林防火条例》，有效预防了森林火灾的发生。", "北山市人民政府办公室",
        "2016年2月24日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("numbered", [False, True])
def test_a_headline_quoting_the_whole_title_run_into_its_addressees_opens_a_document(columns, numbered):
    """GB/T 9704 7.3.1-7.3.2: the 标题 over its 主送, which an extractor that
    joins text boxes runs into one line ('…的通报》各县、区人民政府，…'), the
    wrap cutting the 主送 so that only its last names stand on the colon's
    line. Those names frame a full 标题 (发文机关 + 关于 + 事由 + 文种) where a
    text opens: its grammar is read inside the 《》 a web page's headline
    quotes it in (the marks are the page's, titles.lines.unquoted_title), and
    a text opens under its own 发文字号 alone on the line over it (7.2.4: the
    版头's number over the title) as under a finished sentence
    (titles.framed._under_own_number). The text above keeps its own lines."""
    head = [NUMBER] if numbered else []
    docs = _documents(ABOVE + head + [QUOTED + ADDRESSEES] + BODY, columns)
    assert [d.title for d in docs] == [ABOVE[0], QUOTED[1:-1]]
    assert docs[1].doc_number == (NUMBER if numbered else None)
    assert docs[1].addressees == ADDRESSEES[:-1]
    assert (docs[1].issuers, docs[1].date) == (["北山市人民政府办公室"], "2016-02-24")
    assert docs[0].doc_number is None and docs[0].addressees == "各乡镇人民政府"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_runs_into_a_quoted_title_and_organs_stays_the_bodys(columns):
    """The control: a sentence that passes a quoted title on to organs
    ('现将《…的通报》各县、区人民政府…：转发给你们') runs on past the 》 and the
    names; where the wrap leaves them, no text opens there, and the notice
    keeps them."""
    notice = ["某某县人民政府办公室关于转发表彰通报的通知", "各乡镇人民政府：",
              "现将" + QUOTED + ADDRESSEES + "转发给你们，请认真学习。", "某某县人民政府办公室", "2016年3月1日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].issuers == ["某某县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_name_with_no_about_over_organs_opens_nothing(columns):
    """The control: a law's name quoted alone ('《北山市森林防火条例》') is no
    full 标题 (no 发文机关 and 关于 before its 事由): organs and a colon run in
    after it under a finished sentence frame no document, and the text above
    keeps the line."""
    lines = ABOVE + ["《北山市森林防火条例》" + ADDRESSEES + "要认真学习贯彻。", "某某县人民政府办公室", "2016年3月1日"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [ABOVE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府办公室"], "2016-03-01")


# A county's 决定, its title run into its 主送 (boxes) at a measure that cuts the 主送's first name after its class.
CUT_NAME_TITLE = "南山县人民政府关于给予张某某等六名见义勇为人员表彰的决定"
CUT_NAME_ADDRESSEES = "各镇人民政府(街道办事处),县政府各部门、直属各单位:"
CUT_NAME_BODY = ["近年来，我县社会治安综合治理工作扎实推进，涌现出了许多见义勇为先进分子。为进一步弘扬社会正气，"
                 "县政府决定授予张某某等6位同志荣誉称号。", "南山县人民政府", "2020年11月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26, 30])
def test_an_addressees_name_the_wrap_cut_after_its_class_goes_on_to_the_colon(columns):
    """GB/T 9704 7.3.2 (回行时仍顶格, the colon after the last name): a title
    run into its 主送 at a measure that ends the line after the 主送's first
    characters ('…的决定各镇' / '人民政府(街道办事处),县政府各部门、直属各单位:'):
    the line below opens on the rest of the name the wrap cut, the two
    pieces ending as an organ's name ends, and runs the list on to the colon
    that closes it, no sentence's stop in it, so the 主送 goes on over it
    (paragraphs._name_rest_then_list), though its first piece reads as a
    class ('各镇') a 主送 may be printed as without its colon."""
    docs = _documents(["南政发〔2020〕24号", CUT_NAME_TITLE + CUT_NAME_ADDRESSEES] + CUT_NAME_BODY, columns)
    assert [d.title for d in docs] == [CUT_NAME_TITLE]
    assert docs[0].addressees == "各镇人民政府（街道办事处），县政府各部门、直属各单位"
    assert (docs[0].issuers, docs[0].date) == (["南山县人民政府"], "2020-11-18")


def test_a_line_that_opens_a_sentence_or_names_no_organs_rest_goes_on_no_addressees():
    """The control: under a 主送's piece, a line that opens a sentence ('为…')
    or whose first words with the piece end as no organ's name does, though
    it closes on a colon, is no rest of the name; nor is a list whose line
    ends on its separator read so (the other rules of paragraphs.addressed
    take it)."""
    from builder.stages.paragraphs import _name_rest_then_list
    assert _name_rest_then_list("各镇", "人民政府(街道办事处),县政府各部门、直属各单位:")
    assert not _name_rest_then_list("各镇", "为弘扬社会正气，现将有关事项决定如下:")
    assert not _name_rest_then_list("各镇", "要认真组织学习，做好以下工作:")
    assert not _name_rest_then_list("各镇人民政府、", "县政府各部门:")
