"""The document grammar on layouts of the two-hundred-and-ninety-seventh held-out
set's kind (issue #11): electric-bicycle texts of cities and counties (通告 on
the roads closed to 电动自行车, a joint 通告 against charging over flying
leads, a city's 管理办法) as portals, mirrors and law libraries store them,
one naming '二、三轮非机动车' in the item 三、 of its outline, which a narrow
measure sets at a line's head. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

from builder.model import Line, Paragraph
from builder.stages.paragraphs import label_goes_on
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city police bureau's notice whose third item names two- and three-wheeled vehicles.
ROADS_CLOSED = ["某某市公安局关于部分道路禁止电动自行车通行的通告",
                "为维护道路交通秩序，根据有关法律法规，现通告如下：",
                "一、自本通告发布之日起，禁止电动自行车在下列道路通行。",
                "二、违反本通告规定的，由公安机关交通管理部门依法处理。",
                "三、本通告所指其它安装有动力装置的非机动车是指安装、加装有动力装置的各类二、三轮非机动车。",
                "四、上述道路的禁行时间为每日0时至24时。", "某某市公安局", "2011年3月1日"]


def _labels(columns):
    docs = _documents(ROADS_CLOSED, columns)
    return [block.label for part in docs[0].parts for block in part.blocks if getattr(block, "label", None)]


def test_a_numeral_run_the_wrap_sets_at_a_lines_head_behind_the_outline_is_no_item():
    """GB/T 9704 7.3.3 numbers the body's items 一、 二、 三、 in order: a
    '二、' at the head of a line under a full line that does not end its
    sentence, a numeral after it ('二、三轮'), where the outline has already
    opened 三、, is a run of numerals the wrap cut ('两轮和三轮'), no second
    item 二、. At 18 columns the wrap sets it so."""
    assert _labels(18) == ["一、", "二、", "三、", "四、"]
    assert _labels(None) == ["一、", "二、", "三、", "四、"]


def test_the_next_item_in_order_under_a_full_line_is_still_an_item():
    """Control: the outline going on ('一、' above, '二、三轮…' under a full
    line: its next item, _outline_past false) keeps its label, and so does
    the same line under a line that ends its sentence."""
    full = Line(1, "本通告所指其它安装有动力装置的非机动车是指安装、加装有动力装置的")
    after_one = [Paragraph("一、自本通告发布之日起施行。", (1, 1))]
    after_three = [Paragraph("一、甲。", (1, 1)), Paragraph("二、乙。", (1, 1)), Paragraph("三、丙。", (1, 1))]
    run = Line(2, "二、三轮非机动车。")
    assert label_goes_on(full, run, 32.0, after_three)
    assert not label_goes_on(full, run, 32.0, after_one)
    assert not label_goes_on(Line(1, "本通告自发布之日起施行。"), run, 32.0, after_three)
