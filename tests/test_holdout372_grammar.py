"""The document grammar on layouts of the three-hundred-and-seventy-second
held-out set's kind (issue #11): old-residential-area and urban-village
renovation texts (老旧小区改造, 城中村改造) of cities and provinces (an office's
通知 issuing a 城中村改造 方案, a city's 實施意見 titled by its place, a
municipal draft 方案 with its stage under its title, provincial offices'
實施意見 with the 发文字号 bare under the title) as law libraries, news pages
and blogs store them, each cut mid-sentence (one inside a quotation it opens,
'…结合开展“美好环境与') over the next text's title. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Line
from tests.test_holdout7_grammar import _documents, _text  # (the same input path and layouts)

# A city's 实施意见 titled by its place, the store cut inside its outline's first paragraph.
CUT_MID_WORD = ["南岭市推进城镇老旧小区改造工作的实施意见", "为改善居民居住条件,制定本实施意见。", "一、工作目标",
                "到2025年底,基本完成2000年底前建成的老旧小区改造,积极做好项目储备,择机纳入城镇"]
# The next text: a draft published for comment, its stage alone under its title, its outline under that.
DRAFT = ["北山市城镇老旧小区更新改造工作方案", "(征求意见稿)", "一、总体要求",
         "1. 坚持以人为本,把握改造重点。将群众最急需改造的项目优先纳入改造计划。",
         "2. 坚持因地制宜,科学精准施策。合理确定改造计划。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_over_its_draft_stage_opens_a_draft_under_a_cut_sentence(columns):
    """立法技术规范: a draft published for comment prints its stage in
    brackets on a line of its own under its title ('（征求意见稿）'), then its
    body (an outline's first label, an article's, or the preamble's ground).
    A sentence that runs on into a text it cites keeps the stage with the 》
    that closes the name and goes on with words; a bare name ending on its
    kind word, its stage alone under it and a body's first label under that,
    is a draft of its own, though the excerpt above was cut mid-word
    (split/titles/lines.staged_draft_over_body, asked by titles.blocks and
    split.documents.opens_document)."""
    docs = _documents(CUT_MID_WORD + DRAFT, columns)
    assert [d.title for d in docs] == [CUT_MID_WORD[0], DRAFT[0] + DRAFT[1]]
    assert [p.label for p in docs[1].provisions][:3] == ["一、", "1.", "2."]
    assert "北山" not in _text(docs[0])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_draft_under_a_finished_sentence_is_read_as_before(columns):
    """The control: the same draft under a text that ends its sentence was
    a text of its own already, and stays one."""
    finished = CUT_MID_WORD[:-1] + ["到2025年底,基本完成2000年底前建成的老旧小区改造。"]
    docs = _documents(finished + DRAFT, columns)
    assert [d.title for d in docs] == [CUT_MID_WORD[0], DRAFT[0] + DRAFT[1]]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no=n + 1, text=t) for n, t in enumerate(texts)]


def test_the_stage_alone_must_be_a_drafts_and_a_body_must_open_under_it():
    """The control: the shape asks for a draft's stage (稿, 草案; no 试行 or
    暂行, which mark a text in force), a bare name with no 书名号 or sentence
    marks ending on its kind word, and a body's opening under the stage; a
    line that goes on with words under it is a sentence's."""
    from builder.stages.split.titles import staged_draft_over_body
    assert staged_draft_over_body(_lines(DRAFT), 0, 2)
    assert staged_draft_over_body(_lines(["北山市物业管理办法", "(修订草案)", "第一条 为规范物业管理,制定本办法。"]), 0, 2)
    assert not staged_draft_over_body(_lines(["北山市物业管理办法", "(试行)", "第一条 为规范物业管理,制定本办法。"]), 0, 2)
    assert not staged_draft_over_body(_lines(["北山市城镇老旧小区更新改造工作方案", "(征求意见稿)",
                                              "的意见建议请于5月底前反馈。"]), 0, 2)
    assert not staged_draft_over_body(_lines(["对《北山市城镇老旧小区更新改造工作方案", "(征求意见稿)", "一、总体要求"]), 0, 2)
