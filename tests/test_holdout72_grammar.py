"""The document grammar on layouts of the seventy-second held-out set's kind
(issue #11): 意见, 实施方案 and 工作要点 of provincial departments and city
governments, and the notices that issue them, whose points are headings, most
of them run in ('（一）加强组织领导。各地要……', '1.完善机制。……'), often followed
by a '责任单位：…' line. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _labels(doc) -> list[str]:
    return [p.label for part in doc.parts for p in part.blocks if isinstance(p, Provision)]


# ---------------------------------------------------------------- a text that names its own place 全省

ISSUING = ["某某省农业厅关于印发2023年某某省农业工作要点的通知", "各市农业局，厅属各单位：",
           "现将2023年某某省农业工作要点印发给你们，请认真组织实施。", "某某省农业厅", "2023年4月2日"]
POINTS = ["一、总体要求", "坚持农业农村优先发展，确保粮食安全。", "二、主要任务", "（一）稳定粮食生产。",
          "1.主要目标。", "粮食播种面积稳定在三千万亩以上。", "2.重点举措。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("own", ["全省", "本省", "我省"])
def test_an_issued_text_naming_its_place_as_the_whole_province_is_the_notices(own, columns):
    """A text names its own place as the whole of it ('全省', '本省', '我省'),
    where the notice that issues it names the place ('印发2023年某某省…工作要点'):
    '2023年全省农业工作要点' printed under the notice's date is the text it
    names, one of its parts, not a document of its own."""
    text = f"2023年{own}农业工作要点"
    docs = _documents(ISSUING + [text] + POINTS, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert [part.title for part in docs[0].parts][1:] == [text]
    assert _labels(docs[0]) == ["一、", "二、", "（一）", "1.", "2."]


@pytest.mark.parametrize("columns", [None, 26])
def test_another_places_text_stays_another_document(columns):
    """Control: another place's name in the place of the one the notice names
    ('2023年南岭省…' for '2023年某某省…') is another text's title, as before."""
    alone = ["2023年南岭省农业工作要点", "为做好南岭省农业工作，制定本要点。"] + POINTS
    docs = _documents(ISSUING + ["2023年某某省农业工作要点"] + POINTS + alone, columns)
    assert [d.title for d in docs] == [ISSUING[0], alone[0]]


# ---------------------------------------------------------------- a lone '1.' with its run-in heading under 一、

OPINION = ["某某市人民政府关于加快建设旅游强市的实施意见", "某政发〔2023〕11号",
           "为加快建设旅游强市，制定如下实施意见。", "一、总体要求"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_lone_1_with_a_run_in_heading_under_a_first_level_heading_is_an_item(columns):
    """A 意见 may number its points under 一、 by 1. (一、总体要求, then
    '1.指导思想。坚持…'); a '1.' whose line runs a short heading sentence into
    its text is that point, though the excerpt ends before '2.': a sentence
    does not open with a number and a heading of its own."""
    doc = _documents(NOTICE + OPINION + ["1.指导思想。坚持以人民为中心的发展思想，推动旅游业高质量发展。"], columns)[1]
    assert _labels(doc) == ["一、", "1."]
    assert [p.heading for p in doc.parts[0].blocks if isinstance(p, Provision)] == ["总体要求", "指导思想。"]


# ---------------------------------------------------------------- a 主送 that ends on the organ's 处室

ADDRESSED = ["某某市卫生健康委关于印发2023年全市卫生健康工作要点的通知"]
BODY = ["现将《2023年全市卫生健康工作要点》下发给你们，请认真贯彻执行。", "某某市卫生健康委员会", "2023年4月26日"]


@pytest.mark.parametrize("office", ["委机关各处室", "厅机关各处室", "局机关各处室"])
def test_a_wrapped_addressee_list_going_on_to_the_organs_own_offices_is_one(office):
    """A department's 主送 names, last, its own offices ('委机关各处室', GB/T
    9704 7.3.2: the organs the text is addressed to); a page that wrapped the
    list before them ('…，委属各单位，' / '委机关各处室：') prints one 主送, its
    colon after the last name, not a line of the body."""
    docs = _documents(ADDRESSED + ["各区县卫生健康局（某某新区社发中心），委属各单位，", f"{office}："] + BODY, None)
    assert [d.addressees for d in docs] == [f"各区县卫生健康局（某某新区社发中心），委属各单位，{office}"]


def test_a_sentence_after_a_short_addressee_stays_the_body():
    """Control: under a whole 主送 ending in its colon, a line that names
    offices in a sentence is the body's."""
    docs = _documents(ADDRESSED + ["各区县卫生健康局：", "请委机关各处室认真贯彻执行。"] + BODY[1:], None)
    assert [d.addressees for d in docs] == ["各区县卫生健康局"]


# ---------------------------------------------------------------- the 附注 on its line under a body the page cut

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["（此件主动公开）", "(此件公开发布)", "（此件不予公开）"])
def test_the_publication_note_on_its_line_ends_what_the_page_cut_above_it(note, columns):
    """The 附注 that says how a text is published ('（此件公开发布）', GB/T 9704
    7.3.6) stands on its line in brackets; where a page lost the end of the
    body and the signature ('…现印发给你们，' over it), it is no rest of that
    sentence: the body's paragraph ends above it, the note is a paragraph of
    its own."""
    issuing = ["某某市人民政府办公厅关于印发某某市稳定经济运行实施方案的通知", "各区县（市）人民政府，市直机关各单位：",
               "《某某市稳定经济运行实施方案》已经市人民政府同意，现印发给你们，", note,
               "某某市稳定经济运行实施方案", "为稳定经济运行，制定本方案。", "一、总体要求",
               "1.坚持统一领导。坚决服从统一指挥。", "2.坚持科学指导。制定应对政策措施。"]
    doc = _documents(issuing, columns)[0]
    texts = [b.text for b in doc.parts[0].blocks if not isinstance(b, Provision)]
    assert texts[-2:] == [issuing[2], note.replace("(", "（").replace(")", "）")]  # (shown full width)
    assert [part.title for part in doc.parts][1:] == [issuing[4]]


# ---------------------------------------------------------------- a run-in heading of short parallel phrases

def _headings(doc) -> list[tuple[str, str]]:
    return [(p.heading, p.text[:6]) for part in doc.parts for p in part.blocks if isinstance(p, Provision)]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_run_in_heading_of_short_parallel_phrases_is_the_points_heading(columns):
    """A point's heading run in may pair short phrases parted by ，
    ('一、强化工作统筹，科学制订办理方案。各责任单位要…', '（一）统筹兼顾，保障
    重点。'): verb and object each, no subject, no 的 or modal, its 。 ends the
    heading and the point's text follows on the line, shown as its heading,
    not as the first words of its text."""
    doc = _documents(NOTICE + ["某某市人民政府关于做好2024年重点工作的通知", "各区人民政府，市人民政府各部门：",
                               "现将有关事项通知如下。",
                               "一、强化工作统筹，科学制订办理方案。各责任单位要系统谋划所承办的责任事项。",
                               "二、加强督办，务求落实。市政府督查室要加强调度。",
                               "三、聚焦项目建设，强化全周期要素保障。深入实施审批改革。",
                               "四、压实安全生产责任，提高应急处置能力，保障人民生命财产安全。各区要落实属地责任。",
                               "某某市人民政府", "2024年1月20日"], columns)[1]
    assert _headings(doc) == [("强化工作统筹，科学制订办理方案。", "各责任单位要"), ("加强督办，务求落实。", "市政府督查室"),
                              ("聚焦项目建设，强化全周期要素保障。", "深入实施审批"),
                              ("压实安全生产责任，提高应急处置能力，保障人民生命财产安全。", "各区要落实属")]


@pytest.mark.parametrize("first", ["市政府实行市长负责制，市长领导市政府的工作。", "各部门要高度重视，认真落实。",
                                   "为做好此项工作，特通知如下。", "经研究，同意设立。",
                                   "参会成员履行签到手续，一般不得请假。", "市政府將加強督辦，務求落實。"])
def test_a_first_sentence_with_a_subject_or_particles_stays_text(first):
    """Control: a first sentence with its subject, a 的, a modal or a sentence's
    opening ('为…', '经研究，…') is the point's text, as before."""
    doc = _documents(NOTICE + ["某某市人民政府关于做好2024年重点工作的通知", "各区人民政府：",
                               "一、" + first + "各区要落实属地责任。", "二、另行通知。", "某某市人民政府",
                               "2024年1月20日"], None)[1]
    assert _headings(doc)[0][0] == ""
