"""The document grammar on layouts of the two-hundred-and-eightieth held-out
set's kind (issue #11): flood control and drought relief texts of cities,
counties and districts (a 防汛抗旱指挥部's 通知 issuing its year's 方案, an
office's 通知 issuing a 洪涝灾害应急预案, a 指挥部's 通告 and 通知, a 防汛办's 函,
a bureau's 公告) as their sites, news sites and mirrors store them, and a text
issued under a notice that begins its levels at 1. (GB/T 9704 7.3.3: 一、，
（一），1.，（1）), its excerpt cut before the second point, and a letter that
runs the draft's chapters and sections (GB/T 1.1 章条编号) into its paragraph,
wrapped where a section's number opens a line. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing plans, its 附件说明 listing them, then the first plan: a preamble, a point '1.' alone on its line
# over its cases '（1）' … , the excerpt cut inside the last case.
NOTICE = ["南河县防汛抗旱指挥部关于印发2023年防汛抗旱工作方案的通知", "南防指发〔2023〕4号",
          "各防汛抗旱分指挥部，县直有关单位：", "现将2023年防汛抗旱工作方案印发给你们，请认真执行。", "附件：",
          "1.南河县非常洪水度汛方案", "2.南河县抗旱应急预案", "南河县防汛抗旱指挥部", "2023年4月28日",
          "南河县非常洪水度汛方案", "山区在遭遇特大暴雨山洪灾害时，确保水库不垮坝。为实现上述目标，特制定此方案。"]
POINT = "1.东河、西河"
CASES = ["（1）当东河上游出现强降雨，水库达到汛限库容，向县指挥部报告，要求水库泄洪。",
         "（2）当东河出现大洪水，津口站水位接近44.00米时，启用分洪区分洪。",
         "（3）当东河洪水与西河洪水遭遇，津口水位达到或超过44.00米、"]


def _labels(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.label) for part in doc.parts for b in part.blocks if type(b).__name__ == "Provision"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_point_heading_opening_a_texts_levels_over_its_first_case_is_a_provision(columns):
    """GB/T 9704 7.3.3 fixes the order of the levels (一、，（一），1.，（1）),
    not that a text use them all: a 方案 printed under a notice may begin at
    1., its measures' cases at （1）. A point heading alone on its line
    ('1.东河、西河'), no labelled paragraph above it in its part, '（1）' the
    first of the level under it right below, is the text's first point
    though the excerpt ends before its second (structure._first_point_under_part)."""
    docs = _documents(NOTICE + [POINT] + CASES, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert _labels(docs[0]) == [("ar", "1."), ("ar_paren", "（1）"), ("ar_paren", "（2）"), ("ar_paren", "（3）")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lone_point_heading_over_a_sentence_stays_no_lists(columns):
    """Control: the same line over a sentence (no '（1）' under it) and no
    '2.' anywhere is a list of one, as before the rule; and over a '（2）'
    (no first case under it) likewise."""
    sentence = "当东河上游出现强降雨，水库达到汛限库容，向县指挥部报告，要求水库泄洪。"
    for below in ([sentence], CASES[1:]):
        docs = _documents(NOTICE + [POINT] + below, columns)
        assert [d.title for d in docs] == [NOTICE[0]]
        assert ("ar", "1.") not in _labels(docs[0])


# A letter asking for comments, its 主送, the letter, its contact line and the draft's chapters and sections run
# together in one paragraph, as a page that lost its line breaks stores it.
LETTER = ["北川市防汛抗旱指挥部办公室关于征求《北川市防汛应急预案（征求意见稿）》修改意见的函"]
RUN_TOGETHER = ("市直有关部门：请各单位于6月18日前将修改意见反馈至市防汛办，无修改意见也请反馈。{pad}联系人：张三，"
                "电话：2710900，邮箱：ab@163.com 1 总 则 1.1 编制目的 为主动预防、应对洪涝灾害及其衍生灾害，"
                "规范防汛减灾应对行动，特制定本预案。")


def _wrapped_at_section(columns: int) -> list[str]:
    """The letter wrapped at ``columns``, padded until the wrap sets '1.1' at a line's head."""
    from tests.devset.layout import wrap
    for pad in range(40):
        lines = LETTER + wrap(RUN_TOGETHER.format(pad="请认真研究。" * (pad // 6) + "甲" * (pad % 6)), columns, words=True)
        if any(line.startswith("1.1 编制目的") for line in lines):
            return lines
    raise AssertionError("no padding sets the section at a line's head")


def _paragraphs(text: str) -> list[str]:
    from builder.convert import convert
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    return [b.text for d in docs for part in d.parts for b in part.blocks if hasattr(b, "text")]


@pytest.mark.parametrize("columns", [19, 23])
def test_a_section_number_the_wrap_sets_at_a_lines_head_goes_on_a_run_of_levels_run_together(columns):
    """GB/T 1.1 章条编号, a text setting its sections one way throughout:
    where the paragraph above runs a chapter's number and heading in after
    its sentence ('…ab@163.com 1 总 则'), its levels are run together, and the
    chapter's first section ('1.1 编制目的 为…') that the wrap sets at the
    head of the line under the full line goes on that paragraph
    (paragraphs.run_in_section_goes_on)."""
    paragraphs = _paragraphs("\n".join(_wrapped_at_section(columns)))
    assert not any(p.startswith("1.1") for p in paragraphs)
    assert any("1 总 则 1.1 编制目的" in p or "1总则1.1编制目的" in p.replace(" ", "") for p in paragraphs)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_chapter_heading_alone_keeps_its_first_section_apart(columns):
    """Control: a plan that sets its chapter '1 总则' alone on its line
    keeps '1.1 编制目的' a heading of its own under it."""
    plan = ["北川市防汛应急预案", "1 总则", "1.1 编制目的",
            "为主动预防、应对洪涝灾害及其衍生灾害，规范防汛减灾应对行动，特制定本预案。"]
    docs = _documents(plan, columns)
    assert [d.title for d in docs] == [plan[0]]
    assert [b.label for part in docs[0].parts for b in part.blocks if type(b).__name__ == "Provision"] == ["1", "1.1"]
