"""The document grammar on layouts of the hundred-and-twelfth held-out set's
kind (issue #11): resolutions and decisions of people's congresses and their
standing committees (决议、决定) as city gazettes and sites reprint them: the
title, a 题注 in brackets under it (or run onto its line), no 文号 and no
signature; a 决议 titled by the session that adopted it, printed over two
lines; a 决定 published by the standing committee's 公告. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out, width
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 决议's session wrapped over its 关于 line

SESSION = "黔东南苗族侗族自治州某某县第十六届人民代表大会第六次会议"  # 28 characters: wrapped at every narrow measure
RESOLUTION = "关于政府工作报告的决议"
RESOLVED = [SESSION + "听取和审议了县人民政府县长所作的政府工作报告。会议决定批准这个报告。",
            "会议号召，全县各族人民团结一心，为完成今年各项目标任务而努力奋斗！"]


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_sessions_name_wrapped_over_the_about_line_heads_the_resolution(columns):
    """党政机关公文处理工作条例 第八条: a 决议 is titled by the session that
    adopted it; a gazette prints it over two lines, the session on the first
    ('XX县第十六届人民代表大会第六次会议' / '关于政府工作报告的决议'). A name
    longer than the measure wraps onto a line of its own ('…第十六届人' /
    '民代表大会第六次会议', '…第十六届人民代表大' / '会第六次会议'): the lines
    that make the session whole, right under the text above's last sentence
    or date, are the title's first, not that text's last."""
    docs = _documents(NOTICE + [SESSION, RESOLUTION] + RESOLVED, columns)
    assert [d.title for d in docs] == [NOTICE[0], SESSION + RESOLUTION]
    assert docs[1].issuers == [SESSION]
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_sessions_name_wrapped_under_a_finished_paragraph_heads_the_resolution(columns):
    """The same under a resolution printed before it, whose last paragraph
    ends a sentence ('…而努力奋斗！'): a session's name cut by the wrap short
    of its 会议 ('…人民代表大会第二' / '次会议', '…人民代表' / '大会第二次会议')."""
    before, first = "某某县第十六届人民代表大会第六次会议", "某某省某某自治州某某市某某区第一届人民代表大会第二次会议"
    docs = _documents([before + RESOLUTION, "（2023年3月13日县十六届人大六次会议通过）"] + RESOLVED
                      + [first, RESOLUTION, first + "听取和审议了区人民政府的政府工作报告，决定批准这个报告。"], columns)
    assert [d.title for d in docs] == [before + RESOLUTION, first + RESOLUTION]
    assert docs[0].date == "2023-03-13"


LONG_SESSION = "新疆维吾尔自治区伊犁哈萨克自治州某某县第十六届人民代表大会第六次会议"  # 34 characters


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_sessions_name_cut_far_from_its_end_runs_on_to_about(columns):
    """The same title on one line, a session's name so long that the wrap
    leaves more of it than its ordinal and 会议 on the line of 关于 ('…自治州某
    某县第十六届人' / '民代表大会第六次会议关于…'): the full line above and the
    characters before 关于 make the session whole, so the title begins there."""
    docs = _documents(NOTICE + [LONG_SESSION + RESOLUTION, "（2023年3月13日县十六届人大六次会议通过）"] + RESOLVED, columns)
    assert [d.title for d in docs] == [NOTICE[0], LONG_SESSION + RESOLUTION]
    assert docs[1].issuers == [LONG_SESSION] and docs[1].date == "2023-03-13"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_sessions_report_is_no_title(columns):
    """Control: a body's sentence that names a session's report by 关于
    ('会议听取和审议了…第六次会议关于代表议案处理意见的报告，') wraps anywhere
    inside the session's name: its lines are the body's, not a title's."""
    title = "某某县人民代表大会常务委员会关于代表议案处理情况的决议"
    docs = _documents([title, "（2023年3月13日县十六届人大常委会第十次会议通过）",
                       "会议听取和审议了" + LONG_SESSION + "关于代表议案处理意见的报告，同意这个报告。",
                       "会议要求，各承办单位认真办理代表议案。"], columns)
    assert [d.title for d in docs] == [title]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_long_signature_over_an_untitled_decision_stays_with_its_text(columns):
    """Control: an organ's name wrapped over two lines and a date close the
    text above (its signature, GB/T 9704 7.3.5); a 决定 titled '关于…' under it
    with no session above keeps them out of its title: an organ's name holds
    no 第N次会议."""
    organ = "黔东南苗族侗族自治州某某县人民代表大会常务委员会办公室"
    title = "关于召开县第十六届人民代表大会第六次会议的决定"
    docs = _documents(NOTICE[:3] + [organ, "2021年3月1日", title, "（2021年3月1日县十六届人大常委会第二十次会议通过）",
                                    "县十六届人大常委会第二十次会议决定，县第十六届人民代表大会第六次会议于2021年3月20日召开。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert organ in docs[0].issuers and docs[0].date == "2021-03-01"


# ---------------------------------------------------------------- a 决定 published by a 公告 numbered on its line

DECISION = "某某市人民代表大会常务委员会关于依法做好森林防火工作的决定"
PUBLISHED = ["《" + DECISION + "》由某某市第十六届人民代表大会常务委员会第十七次会议于2020年2月14日通过，现予公布，自公布之日起施行。",
             "某某市人民代表大会常务委员会", "2020年2月14日"]
DECIDED = ["为了做好森林防火工作，保障人民群众生命财产安全，结合本市实际，作如下决定：",
           "一、本市森林防火工作，坚持预防为主、积极消灭的方针。",
           "二、市和区、县（市）人民政府应当加强对森林防火工作的领导。",
           "三、本决定自公布之日起施行。"]
NOTE = "（2020年2月14日某某市第十六届人民代表大会常务委员会第十七次会议通过）"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note_apart", [True, False])
def test_a_decision_published_by_a_notice_numbered_on_its_line_is_known_by_its_title(note_apart, columns):
    """立法法: a standing committee publishes what it adopts by a 公告
    ('XX市人民代表大会常务委员会公告' over '第16号', GB/T 9704 10.1); a page
    prints the serial on the 公告's line ('…常务委员会公告（第16号）'). Either
    way the 公告 is known by the text its sentence publishes, as a 目录 lists
    it, and cited by its number; the 决定's 题注 under its title or run onto
    its line."""
    head = ["某某市人民代表大会常务委员会公告（第16号）"]
    titled = [DECISION, NOTE] if note_apart else [DECISION + NOTE]
    docs = _documents(NOTICE + head + PUBLISHED + titled + DECIDED, columns)
    assert [d.title for d in docs] == [NOTICE[0], DECISION]
    assert docs[1].doc_number == "某某市人民代表大会常务委员会公告第16号"
    assert (docs[1].issuers, docs[1].date) == (["某某市人民代表大会常务委员会"], "2020-02-14")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_numbered_notice_that_publishes_no_text_keeps_its_title(columns):
    """Control: a 公告 numbered on its line that announces a fact ('…代表资格
    终止。现予公告。') publishes no text: it keeps its own title."""
    title = "某某市人民代表大会常务委员会公告（第17号）"
    docs = _documents(NOTICE + [title, "某某市第十六届人民代表大会代表张某某因调离本行政区域，其代表资格终止。现予公告。",
                                "某某市人民代表大会常务委员会", "2020年3月2日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某某市人民代表大会常务委员会公告第17号"


# ---------------------------------------------------------------- the same 公告 in an issue, listed by its 决定

@pytest.mark.parametrize("head", ["某某市人民代表大会常务委员会公告(第16号)",  # 20 columns wide
                                  "某某自治州人民代表大会常务委员会公告(第16号)",  # 22
                                  "某某省某某市某区人民代表大会常务委员会公告(第116号)"])  # 25.5
def test_a_numbered_notice_filling_the_measure_under_the_contents_opens_the_listed_decision(head):
    """An issue's 目录 lists the 决定 by its own title, the 公告 that
    publishes it printed first under the 目录 with its serial on its line.
    That line, though it fills the measure (the wrap at its width), is a
    whole title: its serial closes it, and no sentence runs on from a 目录's
    last entry; so the document begins at the 公告, known by the 决定."""
    columns = int(width(head) + 0.5)
    contents = ["某某市人民政府公报", "2020年第3期", "目　　录", DECISION + "……1", NOTICE[0] + "……3"]
    serial = head[head.index("(") + 1:-1]
    text = "\n".join(contents + laid_out([head] + PUBLISHED + [DECISION, NOTE] + DECIDED + NOTICE, columns))
    docs = convert(text.encode("utf-8"), "x/issue.txt", "issue").documents
    assert [d.title for d in docs] == [DECISION, NOTICE[0]]
    assert docs[0].doc_number == head[:head.index("(")] + serial
    assert any("现予公布" in getattr(b, "text", "") for b in docs[0].parts[0].blocks)
