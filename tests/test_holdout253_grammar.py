"""The document grammar on layouts of the two-hundred-and-fifty-third held-out
set's kind (issue #11): wildlife-protection, fishing-ban, 退耕还林 and 古树名木
texts of counties, districts and cities (禁渔期 通告, 候鸟保护 公告, 禁猎区
通告, 退耕还林 通知 and 函, 古树名木 通知) as county portals and their
mirrors store them, excerpts the store cut inside a sentence among them. Each
case is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from builder.text.lines import width

MEASURE_WIDTH = 21  # the body's lines, in characters (a space half of one)


def _centred(text: str) -> str:
    return " " * round(MEASURE_WIDTH - width(text)) + text


def _documents(text: str):
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents


# ---------------------------------------------------------------- a telephone's number the wrap set at a line's head

def _blocks(paragraphs: list[str]):
    """The first document's blocks as (label, text) pairs, the text printed one line a paragraph with a blank line
    between (as a gazette's text comes with a blank line after every line)."""
    doc = _documents("\n\n".join(paragraphs))[0]
    return [(b.label if isinstance(b, Provision) else None, b.text) for part in doc.parts for b in part.blocks]


BAN = ["某某县人民政府关于设立陆生野生动物禁猎区的通告", "为保护野生动物资源，现将有关事项通告如下。", "一、禁猎区",
       "全县行政区域为禁猎区。"]
CLOSE = ["某某县人民政府", "2023年3月21日"]


@pytest.mark.parametrize("cut", [("(县公安局举报电话", "110、县林业局举报电话0000-1234567)。"),
                                 ("(县森林防火举报热线", "119、县林业局举报电话0000-1234567)。")])
def test_a_telephone_number_under_its_word_is_no_item(cut):
    """The numbering grammar: a list opens on its first item and goes on
    with the next. A figure and a mark ('110、') at the head of a line under
    a line that ends on a telephone's word (电话, 热线, 传真) is the number
    that word names, the wrap having cut the sentence between them, no item:
    the paragraph goes on (paragraphs.label_goes_on; holdout253's 盐边 通告,
    cut inside its last item, wrapped so in a gazette's issue)."""
    blocks = _blocks(BAN + ["二、任何公民发现违法行为的，应向县公安局或县林业局举报" + cut[0], cut[1]] + CLOSE)
    assert [label for label, _ in blocks if label] == ["一、", "二、"]
    assert cut[1][:-2] in next(text for label, text in blocks if label == "二、")


@pytest.mark.parametrize("items", [["二、举报电话", "1.县公安局:110", "2.县林业局:0000-1234567"],
                                   ["二、举报方式", "1.县公安局举报电话", "2.县林业局举报电话0000-1234567"]])
def test_control_a_list_under_a_telephone_s_word_keeps_its_items(items):
    """Control: a heading that ends on the telephone's word ('二、举报电话')
    over its list, the list opening on its first item, keeps its items; so
    does a list whose item ends on the word, the next item numbered on
    under it ('1.县公安局举报电话' / '2.…')."""
    blocks = _blocks(BAN + items + CLOSE)
    assert [label for label, _ in blocks if label] == ["一、", "二、", "1.", "2."]
