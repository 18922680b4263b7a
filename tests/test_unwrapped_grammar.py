"""Files one paragraph a line (a web page's text, a .doc's saved as text):
the measure tells nothing there, so a line's fullness is no sign that a wrap
cut it (measure.wraps). Each case is invented text laid out as such a file,
or hard-wrapped as an extractor gives the printed page, and goes through the
real input path.
"""
from __future__ import annotations

import math

import pytest

from builder.model import Paragraph, Provision
from builder.stages.layout import normalise
from builder.text.measure import measure
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

pytestmark = pytest.mark.unit

# A 纪要 whose long headings fill the measure its long paragraphs set, with no sentence mark to end them.
MINUTES = [
    "某某市人民政府第十二次常务会议纪要",
    "2023年5月10日，市长王某某主持召开市人民政府第十二次常务会议，研究了以下事项。现纪要如下：",
    "一、听取了市发展和改革委员会关于全市一季度经济运行情况及下一步工作安排的汇报",
    "会议强调，各地各部门要坚定信心，狠抓落实，全力以赴稳增长、促发展，确保全年目标任务顺利完成。",
    "二、审议通过了《某某市城市生活垃圾分类管理办法（送审稿）》及其起草说明和配套文件",
    "会议原则同意该办法，请市城市管理局根据会议讨论意见修改完善后，按程序提请市人民政府公布施行。",
    "三、研究了全市中小学校舍安全隐患排查整治和学生上下学交通安全保障有关工作事项",
    "会议要求，市教育局会同市公安局、市交通运输局抓紧制定工作方案，于六月底前完成全部排查整治工作。",
]


def _paragraphs(doc) -> list[str]:
    """Each paragraph's text, a provision's as printed: its label, its heading, its text."""
    return [b.text if isinstance(b, Paragraph) else b.label + b.heading + b.text
            for part in doc.parts for b in part.blocks if isinstance(b, (Paragraph, Provision))]


def _measure(lines: list[str]) -> float:
    return measure(normalise("\n".join(lines))[0])


def test_a_file_one_paragraph_a_line_has_no_measure():
    """Its long lines are its long paragraphs and its long headings, which
    end on a stop or on no sentence at all: no line fills a measure."""
    assert math.isinf(_measure(MINUTES))


@pytest.mark.parametrize("columns", [18, 26, 30])
def test_a_wrapped_file_has_its_measure(columns):
    """Control: the same text wrapped, most full lines stop inside a sentence:
    the measure is the width the wrap set."""
    assert _measure(laid_out(MINUTES, columns)) == pytest.approx(columns, abs=2)


def test_a_long_heading_one_paragraph_a_line_ends_on_its_line():
    """The heading '一、听取了…的汇报' fills the measure the paragraphs set, and
    ends on no sentence mark: in a file one paragraph a line it ends on its
    line all the same, and '会议强调，…' is a paragraph of its own."""
    paragraphs = _paragraphs(_documents(MINUTES, None)[0])
    for heading, text in zip(MINUTES[2::2], MINUTES[3::2]):
        assert heading in paragraphs and text in paragraphs


@pytest.mark.parametrize("columns", [18, 26])
def test_the_same_minutes_wrapped_read_alike(columns):
    """Control: wrapped at a narrow measure, each heading and each text is a
    paragraph again, as printed."""
    paragraphs = _paragraphs(_documents(MINUTES, columns)[0])
    for heading, text in zip(MINUTES[2::2], MINUTES[3::2]):
        assert heading in paragraphs and text in paragraphs


# A report whose sections are headed by unnumbered phrases, over a body of paragraphs that end on their stops.
REPORT = [
    "某某县人民政府工作报告",
    "——2022年1月10日在某某县第十八届人民代表大会第一次会议上",
    "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协各位委员和其他列席人员提出意见。",
    "2021年工作回顾",
    "2021年，在县委的坚强领导下，县人民政府团结带领全县人民，统筹推进疫情防控和经济社会发展，圆满完成全年目标任务。",
    "全县地区生产总值增长百分之七点五，一般公共预算收入增长百分之九点二，城乡居民人均可支配收入稳步增长。",
    "2022年工作安排",
    "今年政府工作的总体要求是：坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，推动高质量发展。",
    "全县地区生产总值预期增长百分之七左右，一般公共预算收入增长百分之六，城乡居民收入与经济增长基本同步。",
]


def test_an_unnumbered_heading_one_paragraph_a_line_ends_on_its_line():
    """A section's unnumbered heading ('2021年工作回顾') over a paragraph that
    opens a sentence of its own ('2021年，在…'): nothing says a sentence
    goes on, and in a file one paragraph a line the heading is a paragraph."""
    paragraphs = _paragraphs(_documents(REPORT, None)[0])
    assert "2021年工作回顾" in paragraphs and "2022年工作安排" in paragraphs
    assert REPORT[4] in paragraphs and REPORT[7] in paragraphs


# Pieces a stored text was itself wrapped into, or a page cut, in a file otherwise one paragraph a line.
BODY = [
    "第一条 为了规范全市行政执法行为，保护公民、法人和其他组织的合法权益，根据有关法律法规，结合本市实际，制定本办法。",
    "第二条 本办法适用于本市行政区域内各级行政执法机关实施行政处罚、行政强制、行政检查等行政执法活动。",
    "第三条 市司法行政部门负责本办法的组织实施和监督检查，各级行政执法机关按照各自职责做好相关工作。",
    "第四条 行政执法机关应当将行政执法主体、人员、职责、权限、依据、程序、救济渠道等信息向社会公开。",
    "第五条 行政执法人员在执法活动中应当主动出示执法证件，向当事人和相关人员表明身份并告知相关事项。",
]
PIECES = [
    ["第六条 行政执法结果信息的公示可以", "采取公示执法决定文书或者公示执法决定摘要的方式进行。"],  # a predicate
    ["第六条 工程建设领域实行农民工工资", "专用账户管理，由施工总承包单位代发农民工工资。"],  # an article's text
]


@pytest.mark.parametrize("pieces", PIECES)
def test_a_sentence_cut_in_a_file_one_paragraph_a_line_goes_on(pieces):
    """Control: an article's text, or a sentence with a predicate, stopping on
    no mark goes on into the line under it: the stored text was wrapped, or a
    page cut it, there."""
    doc = _documents(["某某市行政执法公示办法"] + BODY + pieces, None)[0]
    assert math.isinf(_measure(["某某市行政执法公示办法"] + BODY + pieces))
    assert doc.provisions[-1].text.endswith(pieces[1])


@pytest.mark.parametrize("pieces", [["（2004年6月16日某某市人民政府", "第54次常务会议修订通过）"],
                                    ["——2021年2月2日在某某市第十五届", "人民代表大会第七次会议上"]])
def test_a_note_or_an_occasion_cut_in_a_file_one_paragraph_a_line_goes_on(pieces):
    """Control: a note whose bracket is open, or an occasion whose 在 has not
    met its 上, goes on into the line under it."""
    text = [REPORT[0]] + pieces + REPORT[2:]
    assert math.isinf(_measure(text))
    assert "".join(pieces) in _paragraphs(_documents(text, None)[0])
