"""The document grammar on layouts of the forty-third held-out set's kind
(issue #11): documents with long and complex titles, wrapped at narrow
measures: a title with the 发文字号 run before it on one line, its organ cut
by the wrap, and a notice whose list is titled after the 成文日期 and the 附注
under it. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 22, 26]

ABOVE = ["某某县人民政府关于加强森林防火工作的通知", "各乡镇人民政府:",
         "为做好今年森林防火工作,现就有关事项通知如下,请认真贯彻执行。", "2018年7月5日"]


def _parts(doc) -> list[str]:
    return [part.title for part in doc.parts[1:]]


# ---------------------------------------------------------------- the 发文字号 run before the title, the organ cut

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number, title", [
    ("某政办发〔2020〕10号", "某某市人民政府办公室关于公布第六批市级非物质文化遗产代表性项目名录的通知"),
    ("某府办〔2019〕3号", "某某县人民政府办公室关于印发《某某县2020年政务公开工作要点》的通知"),
    ("某委发〔2021〕7号", "某某市发展和改革委员会关于下达2021年第二批市级预算内投资计划的通知")])
def test_a_title_after_its_number_on_one_line_is_whole_though_the_wrap_cuts_its_organ(number, title, columns):
    """GB/T 9704 7.2.4-7.3.1: the 发文字号 stands in the 版头 above the title;
    a web page runs them into one line with a space between. Split apart,
    the title's first piece is what the wrap left of the printed line, whose
    width the number counted: where that line filled the measure the title
    goes on below, though the wrap cut it inside the organ's name
    ('…人民政府办公' / '室关于…'), and the title is whole, under the number."""
    doc = [f"{number} {title}", "各县、区人民政府,市政府各部门:",
           "经市政府同意,现将有关事项通知如下,请认真贯彻执行。", "2020年6月18日"]
    docs = _documents(ABOVE + doc, columns)
    assert [d.title for d in docs] == [ABOVE[0], title]
    assert [d.doc_number for d in docs] == [None, number]


# ---------------------------------------------------------------- a list titled under the date and its 附注

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["(此件公开发布)", "（此件主动公开）"])
def test_the_list_titled_under_the_date_and_its_note_is_a_part(note, columns):
    """GB/T 9704 7.3.6: the 附注 in brackets stands under the 成文日期, and
    what the notice publishes (现予以公布) is printed after them under its
    title, though the excerpt ends at that title: the list is the notice's
    part, not a line of its frame."""
    notice = ["某某市人民政府办公室关于公布第六批市级非物质文化遗产代表性项目名录的通知", "各县、区人民政府,市政府各部门:",
              "我市第六批市级非物质文化遗产代表性项目名录(6项)已经市政府批准,现予以公布。",
              "某某市人民政府办公室", "2020年6月18日", note, "某某市第六批市级非物质文化遗产代表性项目名录"]
    docs = _documents(ABOVE + notice, columns)
    assert [d.title for d in docs] == [ABOVE[0], notice[0]]
    assert _parts(docs[1]) == [notice[-1]]
    assert (docs[1].issuers, docs[1].date) == (["某某市人民政府办公室"], "2020-06-18")
