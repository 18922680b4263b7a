"""The document grammar on layouts of the two-hundred-and-ninety-eighth held-out
set's kind (issue #11): employment-stabilising texts of cities, counties and a
city's bureau (a 稳就业 实施意见, 通知 on the employment of graduates and on a
year's 促进就业 目标责任制, a 转发 通知 on the 就业援助月, a county's 意见) as
their sites and law libraries store them, one whose whole text is stored as
one line, its 主送 a long list of names the wrap cuts right after a
separator, an item ('国营场') ending as no organ's name does. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

TITLE = "南岭县人民政府关于做好2006年高校毕业生就业工作的意见"
NAMES = ["各镇人民政府、", "国营农场，县各委、办、局（公司），", "县直各单位，温泉度假区，开发区："]
BODY = ["为做好今年我县高校毕业生就业工作，现提出如下意见：", "一、各地要把高校毕业生就业工作摆上重要议事日程。"]
ADDRESSEES = "各镇人民政府、国营农场，县各委、办、局（公司），县直各单位，温泉度假区，开发区"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("paragraphs", [
    [TITLE] + NAMES + BODY,  # (the 主送 on three lines, as an extractor gives a wrapped one)
    [TITLE + " " + "".join(NAMES) + " " + "".join(BODY)],  # (a page storing the whole text as one line)
], ids=["lines", "one-line"])
def test_a_list_of_addressees_cut_after_its_separator_goes_on_to_its_colon(columns, paragraphs):
    """GB/T 9704 7.3.2: the 主送机关 names organs parted by 、 and ，, 回行时
    仍顶格, and the colon follows the last name: no 主送 ends on its separator.
    A line at the top of a text that ends on one ('各镇人民政府、'), over lines
    that run on, with no stop of a sentence, to a colon ending its line, the
    whole reading as one 主送, goes on over them
    (paragraphs.addressees_run_over), though an item there ends as no organ's
    name does ('国营农场'): the 主送 is the whole list, not its first name."""
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].addressees == ADDRESSEES


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_addressees_ending_on_a_separator_over_the_bodys_lead_stay_as_they_were(columns):
    """The control: a 主送 a page printed without its colon, ending on its
    separator, over the body's first sentence (its 开头 opening on 为 and
    leading on to 如下 and the colon: split.is_addressee_line reads no 主送
    in it), stays the names above; the body is its own paragraph."""
    docs = _documents([TITLE, "各镇人民政府、县直各单位、"] + BODY, columns)
    assert docs[0].addressees == "各镇人民政府、县直各单位"
    assert any(block.text.startswith("为做好今年") for block in docs[0].parts[0].blocks)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_line_ending_on_a_separator_under_the_addressees_stays_the_bodys(columns):
    """The control: under a 主送 closed on its colon, a body's sentence the
    wrap cut after a 顿号 ('…各镇、' / '县直各单位要做好以下工作：') is the
    body's; the 主送 keeps its one name."""
    docs = _documents([TITLE, "各镇人民政府：", "今年我县高校毕业生人数多，各镇、", "县直各单位要做好以下工作：",
                       BODY[1]], columns)
    assert docs[0].addressees == "各镇人民政府"
    assert any(block.text == "今年我县高校毕业生人数多，各镇、县直各单位要做好以下工作："
               for block in docs[0].parts[0].blocks)


def test_the_run_over_reads_no_sentence_and_stops_at_the_colon():
    """The rule's own bounds: the line above must end on a separator, the
    lines under it hold no stop of a sentence, and only a colon that ends its
    line closes the list."""
    from builder.model import Line
    from builder.stages.paragraphs import addressees_run_over

    def lines(*texts):
        return [Line(no=k, text=t) for k, t in enumerate(texts)]
    assert addressees_run_over("各镇人民政府、", lines(*NAMES[1:]), 0)
    assert not addressees_run_over("各镇人民政府", lines(*NAMES[1:]), 0)
    assert not addressees_run_over("各镇人民政府、", lines("国营农场。县各委、办、局：",), 0)
    assert not addressees_run_over("各镇人民政府、", lines("国营农场：县各委、办、局，", "县直各单位："), 0)
