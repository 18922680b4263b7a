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


# A notice whose excerpt the store cut inside a 《》 its sentence cites, the name left open over two lines: its last
# line ('县人民政府关于…禁牧的') holds 关于 as a title's first line would.
CUT_IN_CITATION = [_centred("某某区人民政府办公室关于开展"), _centred("退耕还林工作的通知"),
                   _centred("（某政办〔2017〕42号）"),
                   "各乡镇人民政府，区政府各相关部门：",
                   "    为做好退耕还林工作，现将相关要求通知如",
                   "下：",
                   "    一、加大管护力度。各乡镇政府要采取有效",
                   "措施切实提高退耕户的管护责任意识，并建立林",
                   "木管护责任制。各乡镇政府要严格落实禁牧制度，",
                   "依据《某某县人民政府关于保护生态环境实行禁",
                   "牧的"]
# The next text's title, centred over four lines (its organ alone on the first), its 发文字号 under it.
CENTRED_TITLE = [_centred("某某县人民政府办公室"), _centred("关于加强古树名木保"), _centred("护工作的"),
                 _centred("通知"), _centred("（某政办〔2007〕53号）")]
BODY = ["各乡镇人民政府，县政府有关部门：", "    为进一步保护好我县珍贵的古树资源，现就有",
        "关工作通知如下：", "    一、要提高对古树名木保护工作重要性的认", "识。"]
PAGE_BREAK = [_centred("- 1 -"), "\f       某某市人民政府公报　2023年第2号", ""]


@pytest.mark.parametrize("cut", [
    ["依据《某某县人民政", "府关于保护生态环境实行禁牧的"],  # the name's 关于 on the excerpt's last line
    ["依据《某某县人民政府关于保护生态环境实行禁", "牧的"],  # and on the line above it
])
@pytest.mark.parametrize("page_break", [False, True])
def test_a_citation_the_excerpt_left_open_is_no_line_of_the_title_under_it(cut, page_break):
    """GB/T 9704 7.3.1: a title opens on its 发文机关 and 关于. A body line
    that holds a sentence's clause mark (a comma, which no title holds) and
    leaves a 《 open runs on into the line under it: that line's 关于 is the
    cited name's, no title's, though the store cut the excerpt there and the
    next text's centred title follows it (after a page's footer and running
    head or not). The title under it opens on its own organ (titles.
    _sentence_wraps_into; holdout253's 平安区 通知 over 内乡县's, as pdftotext
    -layout places them)."""
    first = CUT_IN_CITATION[:-2] + ["府要严格落实禁牧制度，" + cut[0]] + cut[1:]
    docs = _documents("\n".join(first + (PAGE_BREAK if page_break else []) + CENTRED_TITLE + BODY))
    assert [(d.title, d.doc_number) for d in docs] == [
        ("某某区人民政府办公室关于开展退耕还林工作的通知", "某政办〔2017〕42号"),
        ("某某县人民政府办公室关于加强古树名木保护工作的通知", "某政办〔2007〕53号")]


@pytest.mark.parametrize("head", [
    ["某某县人民政府办公室关于转发《某", "市人民政府关于加强古树名木保护", "工作的通知》的通知"],  # no clause mark
    ["某某县人民政府办公室", "关于转发《某市人民政府关于", "加强古树名木保护工作的通知》的", "通知"],
])
def test_control_a_title_that_cites_a_title_over_two_lines_stays_whole(head):
    """Control: a 转发 title that leaves the title it cites open over its
    line's end, with no clause mark in it, is one title with the lines under
    it: the cited organ's 关于 is inside the title's own 《》, and the title
    opens on its own organ."""
    notice = ["某某县人民政府关于做好候鸟保护工作的通告", "为加强候鸟保护，现将有关事项通告如下：",
              "一、禁止猎捕候鸟。", "某某县人民政府", "2021年8月6日"]
    docs = _documents("\n".join(notice + [_centred(line) for line in head]
                                + [_centred("（某政办〔2021〕5号）"), "各乡镇人民政府：", "    现将该通知转发给你们，请遵照执行。"]))
    assert [d.title for d in docs] == [notice[0], "".join(head)]


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
