"""The document grammar on layouts of the two-hundred-and-seventeenth held-out
set's kind (issue #11): notices that put named people in posts, the nearest
kind to 任免 notices that county, district and city portals store with their
text: a 领导小组 set up by a city's government office or a district's 街道
办事处, its members one post a line ('组  长:某某(职务)', '副组长:…',
'成员单位:…') under the sentence that names the group, and a paragraph on its
office under the list. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


GROUP = ["某某街道办事处关于成立某某街道第二次污染源普查工作领导小组的通知", "各村(社区)、街直各部门:",
         "为确保我街第二次污染源普查工作顺利开展，经街道研究同意，决定成立普查工作领导小组，成员为：",
         "组长：张某某", "副组长：李某某、王某", "成员单位：环委会成员单位",
         "领导小组下设办公室，设在街道城管办，由赵某兼任办公室主任，负责普查日常工作。",
         "某某市某某区某某街道办事处", "2018年4月20日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_last_row_of_a_list_of_posts_ends_on_its_line(columns):
    """A 领导小组's members set out one post a line under the sentence that
    names the group, each row a post and its holders or a class of members
    and no sentence ('成员单位：环委会成员单位'): a line stops short of
    the measure only where its paragraph ends (the wrap fills every line but a
    paragraph's last), so the list's last row ends on its line, though no
    stop closes it, and the sentence under the list on its office is a
    paragraph of its own."""
    doc, = _documents(GROUP, columns)
    texts = [t.replace(" ", "") for t in _texts(doc)]
    assert "成员单位：环委会成员单位" in texts
    assert any(t.startswith("领导小组下设办公室") for t in texts)
    assert (doc.issuers, doc.date) == (["某某市某某区某某街道办事处"], "2018-04-20")


MEMBERS = ["某某市人民政府办公室关于成立某某市推动边界地区发展工作领导小组的通知", "各镇人民政府，市有关单位：",
           "经市人民政府同意，决定成立某某市推动边界地区发展工作领导小组。组成人员名单如下：",
           "组长：张某某（市长）", "副组长：李某某（副市长）",
           "成员：市发展改革局、市财政局、市自然资源局、市住房城乡建设局、市交通运输局、市水务局主要负责同志",
           "领导小组办公室设在市发展改革局，办公室主任由王某兼任。", "某某市人民政府办公室", "2021年10月8日"]


@pytest.mark.parametrize("columns", [18, 26])  # (one line a paragraph, the row is the file's widest line: its measure)
def test_a_row_the_wrap_cut_over_full_lines_goes_on_to_its_last(columns):
    """The last row may be a long run of units parted by 、 ('成员：市发展改
    革局、市财政局…主要负责同志'), no sentence still: it ends on the line that
    stops short of the measure, and the sentence under it is new. Control:
    the lines the wrap filled go on into it, the row stays whole, and the rows
    above it stay one a line."""
    doc, = _documents(MEMBERS, columns)
    texts = [t.replace(" ", "") for t in _texts(doc)]
    assert MEMBERS[5] in texts
    assert MEMBERS[6] in texts
    assert "组长：张某某（市长）" in texts and "副组长：李某某（副市长）" in texts


def _group_with(row: str) -> list[str]:
    return ["某某市人民政府办公室关于成立某某市推动边界地区发展工作领导小组的通知", "各镇人民政府，市有关单位：",
            "经市人民政府同意，决定成立某某市推动边界地区发展工作领导小组。组成人员名单如下：",
            "组长：张某某（市长）", row, "成员：市发展改革局、市财政局主要负责同志",
            "领导小组办公室设在市发展改革局，办公室主任由王某兼任。", "某某市人民政府办公室", "2021年10月8日"]


# A row as wide as the measure, its post in brackets closing it: it fills the line, and the wrap cut nothing.
FULL_ROWS = {18: "副组长：李某某（市委常委、副市长）", 26: "副组长：李某某（市委常委、市政府党组副书记、副市长）"}


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_row_that_fills_the_measure_ends_where_the_next_post_opens(columns):
    """Rows of posts one a line: a row that happens to fill the measure
    ('副组长：李某某（…副市长）', the bracket of its post closed, no sentence in
    it) is whole, and the next post's lead opening the line below ('成员：')
    begins the next row; a row goes on over a full line only with its own
    value, never with another post and its colon."""
    rows = _group_with(FULL_ROWS[columns or 26])
    doc, = _documents(rows, columns)
    texts = [t.replace(" ", "") for t in _texts(doc)]
    assert rows[4] in texts and rows[5] in texts


@pytest.mark.parametrize("columns", [18, 26])
def test_a_row_the_wrap_cut_inside_its_bracket_goes_on(columns):
    """Control: a row the wrap cut inside its post's bracket, still open,
    goes on to its close, though a lead-like word opens the line below."""
    row = "副组长：李某某（市委常委、市政府党组副书记、常务副市长、市发展改革局局长、市财政局局长）"
    doc, = _documents(_group_with(row), columns)
    texts = [t.replace(" ", "") for t in _texts(doc)]
    assert row in texts
