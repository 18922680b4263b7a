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


# A draft cut inside a quotation it opens after a full stop: its outline's third item, the line the store cut it on
# filling the measure (so the title under it is no line a short line ended above), per measure.
CUT_IN_QUOTATION = DRAFT + ["3. 坚持居民自愿,探索机制创新。结合开展“美好环境与"]
QUOTATION_CUT_AT = {None: CUT_IN_QUOTATION[-1],
                    18: "3. 坚持共同缔造,探索长效机制。广泛征求住户意见,合理安排改造时序,逐步推进各项工作落实。结合开展“美好家园与",
                    22: "3. 坚持共同缔造,探索长效机制。广泛征求住户意见,统筹安排改造时序。结合开展“美好家园与"}
# The next text: a city's 实施意见 titled by its place (no organ), over its preamble's ground; its title longer than
# the measure, so the wrap fills its first line.
PLACE_TITLED = ["南岭市深入推进城镇老旧小区和棚户区改造工作的实施意见",
                "为贯彻落实《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》,制定本实施意见。", "一、工作目标",
                "到“十四五”期末,基本完成2000年底前建成的老旧小区改造。"]


@pytest.mark.parametrize("columns", [None, 18, 22])
def test_a_place_titled_text_wrapped_under_an_open_quotation_keeps_its_first_line(columns):
    """A title by its own grammar (its place first, its 文种 last, no clause
    mark) over the line that opens the body on its ground ('为贯彻落实…'):
    no sentence runs on past a 文种 into '为…' (titles.preamble.
    titled_over_ground). Where the measure wrapped the title over two lines
    ('南岭市深入推进城镇老旧小区和棚户区改造工作' / '的实施意见') under a
    sentence the store cut inside a quotation it opened after a full stop on
    the same line ('…工作落实。结合开展“美好家园与', filling the measure), the line that
    names the place is the title's first, though the sentence above leaves
    its quotation open: the lines under it alone are no whole title
    (split/titles/head.title_start: _ground_title_from)."""
    docs = _documents(DRAFT + [QUOTATION_CUT_AT[columns]] + PLACE_TITLED, columns)
    assert [d.title for d in docs] == [DRAFT[0] + DRAFT[1], PLACE_TITLED[0]]
    assert "南岭" not in _text(docs[0])


@pytest.mark.parametrize("columns", [None, 18, 22])
def test_a_sentence_running_into_a_name_it_quotes_stays_its_text(columns):
    """The control: a sentence whose quotation opens a name that runs on
    over the wrap and closes in the same paragraph ('…结合开展“南岭市深入推进
    城镇老旧小区改造”活动,…') is no title, whatever the measure."""
    running = DRAFT + ["3. 坚持居民自愿,探索机制创新。结合开展“南岭市深入推进城镇老旧小区改造”活动,逐步完善工作机制。"]
    docs = _documents(running + PLACE_TITLED, columns)
    assert [d.title for d in docs] == [DRAFT[0] + DRAFT[1], PLACE_TITLED[0]]
    assert "活动" in _text(docs[0])


# A provincial office's 实施意见, its organ's line with the space a scanned page's OCR left inside it, its 发文字号
# bare under the title and its 主送 under that.
OCR_SPACED = ["南岭省人民政府 办公厅关于", "全面推进城镇老旧小区改造工作的实施意见", "南政办发〔2021〕56号",
              "各市州、县市区人民政府,省政府各厅委:", "为抓好全省城镇老旧小区改造,提出如下实施意见。", "一、明确工作任务",
              "(一)工作原则。"]


def test_an_organ_line_with_ocr_spaces_heads_its_framed_title_under_a_cut_clause():
    """GB/T 9704 7.3.1-7.3.2: a 标题 is 发文机关 + 关于 + 事由 + 文种, its
    发文字号 under it and the 主送 under that. A sentence the store cut on a
    clause above (the line holding a comma, stopping on no sentence's end)
    runs on into no organ's name that closes on a 文种 over a number and a
    主送: it would quote the name and go on with words. So the organ's line
    is the title's first, the spaces OCR left between two of its characters
    ('南岭省人民政府 办公厅关于') being no sentence's marks (split/titles/
    head.title_start: _organ_title_framed)."""
    docs = _documents(CUT_IN_QUOTATION + OCR_SPACED, None)
    assert [d.title for d in docs] == [DRAFT[0] + DRAFT[1], "南岭省人民政府办公厅关于全面推进城镇老旧小区改造工作的实施意见"]
    assert docs[1].doc_number == "南政办发〔2021〕56号"
    assert docs[1].issuers == ["南岭省人民政府办公厅"]


def test_an_organ_line_heads_its_framed_title_whose_rest_opens_as_a_place_would():
    """The same shape with no OCR space: the rest of the title under the
    organ's line opens on words that end as a place's name does ('全面推进
    城镇老旧小区…': a run of characters before 区), which alone would read as
    a title's own first line; the organ's line over it, the 发文字号 and 主送
    framing the whole, is still its first (_organ_title_framed, asked where
    title_start weighs whether the line above was wrapped into the title)."""
    docs = _documents(CUT_IN_QUOTATION + [OCR_SPACED[0].replace(" ", "")] + OCR_SPACED[1:], None)
    assert [d.title for d in docs][1] == "南岭省人民政府办公厅关于全面推进城镇老旧小区改造工作的实施意见"


def test_an_organ_line_without_its_frame_under_the_title_is_read_as_before():
    """The control: the organ's line asks for the title's frame under it, a
    发文字号 and a 主送; the same lines with no number or 主送 under them are
    not read off that shape, nor is a sentence's line that opens on no
    organ's name."""
    from builder.stages.split.titles.head import _organ_title_framed
    assert _organ_title_framed(_lines(OCR_SPACED), 0, 2)
    unframed = OCR_SPACED[:2] + OCR_SPACED[4:]
    assert not _organ_title_framed(_lines(unframed), 0, 2)
    assert not _organ_title_framed(_lines(["结合开展“美好 环境与"] + OCR_SPACED[1:]), 0, 2)
