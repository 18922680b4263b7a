"""The document grammar on layouts of the eighteenth held-out set's kind
(issue #11): a 政府工作报告 under its occasion line, numbered 公告, regulations
under their organ line, texts issued by departments one a line, and a 目录
whose entry the wrap cut inside a page's pinyin annotation. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path; a
case that needs a break at one place gives its lines as printed.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Paragraph, Provision

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _printed(lines: list[str]):
    """Lines as an extractor printed them, each break where the page put it."""
    return convert(("\n".join(lines) + "\n").encode("utf-8"), "x/x.txt", "x").documents


def _ascii(text: str) -> str:
    """Brackets as ASCII: the page's and the converter's forms are the same brackets."""
    return text.replace("（", "(").replace("）", ")")


# ---------------------------------------------------------------- a report's occasion line led by its date

REPORT = ["政府工作报告", "2019年3月2日在某县第十六届人民代表大会第四次会议上", "张 某 某", "各位代表：",
          "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
          "一、2018年工作回顾", "过去一年，全县经济运行保持总体平稳。",
          "二、2019年工作安排", "今年政府工作的总体要求是稳中求进。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_occasion_line_led_by_its_date_is_the_reports_byline(columns):
    """A 题注 of a text delivered at a meeting (frame.OCCASION_RE) is printed
    with a dash, in brackets, or led by its date alone ('2019年3月2日在…会议上'):
    it is the report's byline, not its title, and dates it."""
    docs = _documents(REPORT, columns)
    assert [d.title for d in docs] == ["政府工作报告"]
    assert docs[0].kind == "报告" and docs[0].date == "2019-03-02"


def test_an_outline_heading_that_ends_on_a_whole_word_ends_its_line():
    """'一、2018年工作回顾' over '过去一年，…': a word runs across the break
    (回顾过去), but both sides stand on whole words; a heading ends there.
    A heading the wrap cut inside a word ('一、加强组织领' / '导，…') goes on."""
    blocks = _documents(REPORT, None)[0].parts[0].blocks
    headings = [b for b in blocks if isinstance(b, Provision) and b.kind == "cn"]
    assert [h.heading for h in headings] == ["2018年工作回顾", "2019年工作安排"]
    assert any(isinstance(b, Paragraph) and b.text.startswith("过去一年") for b in blocks)
    cut = _printed(["某县人民政府关于做好工作的通知", "各乡镇人民政府：", "为做好工作，现通知如下：",
                    "一、加强组织领", "导，健全工作机制。", "某县人民政府", "2019年3月2日"])[0].parts[0].blocks
    assert [b.label + b.text for b in cut if isinstance(b, Provision)] == ["一、加强组织领导，健全工作机制。"]


# ---------------------------------------------------------------- a 公告 numbered in its series

NOTICE = ["某市人民代表大会常务委员会办公室公告（第7号）",
          "市人大常委会会议对《某市信用条例（草案）》进行了初次审议。现将《条例（草案）》全文公布，广泛征求意见，并就有关事项公告如下：",
          "一、公民、法人和其他组织均可以通过信函提出意见。", "二、征求意见的时间，到2023年1月15日结束。",
          "某市人民代表大会常务委员会办公室", "2022年12月5日",
          "某市信用条例（草案）", "第一条 为了规范信用管理，制定本条例。", "第二条 本市行政区域内的信用活动，适用本条例。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_in_its_series_keeps_its_title_and_number(columns):
    """A 公告 of a standing committee or its office is numbered in its series,
    the number in brackets after its kind word, on the title's line or under
    it: the title ends there, and the number is the 公告's ('…公告第7号'). A
    公告 that publishes a draft for comment under a body of its own
    promulgates nothing: it is titled as printed, the draft its part."""
    docs = _documents(NOTICE, columns)
    assert len(docs) == 1 and docs[0].kind == "公告"
    assert _ascii(docs[0].title) in ("某市人民代表大会常务委员会办公室公告(第7号)", "某市人民代表大会常务委员会办公室公告")
    assert docs[0].doc_number == "某市人民代表大会常务委员会办公室公告第7号"
    assert [_ascii(p.title) for p in docs[0].parts[1:]] == ["某市信用条例(草案)"]
    assert docs[0].date == "2022-12-05"


@pytest.mark.parametrize("columns", [21, 22, 23])
def test_a_notice_closed_by_its_number_is_a_title_though_its_line_is_full(columns):
    """Under a text that ends on a sentence, the 公告 whose title is closed by
    its number in the series ('…公告(第7号)') opens a document, though its one
    line fills the measure (22: the title's width) and nothing frames it: a
    sentence that cites a 公告 runs on before its number, not after it."""
    notice = [_ascii(NOTICE[0])] + NOTICE[1:]
    docs = _documents(RULES + notice, columns)
    assert [_ascii(d.title) for d in docs] == [RULES[0], notice[0]]


def test_a_number_under_an_order_name_that_promulgates_still_titles_the_law():
    """The 公告 by which a 人大常委会 promulgates a law keeps being known by
    that law: its sentence promulgates it (现予公布)."""
    docs = _printed(["某省人民代表大会常务委员会公告", "（第28号）",
                     "《某省村务公开条例》已由某省人民代表大会常务委员会第十次会议于2009年7月22日通过，现予公布，自2009年10月1日起施行。",
                     "某省人民代表大会常务委员会", "2009年7月22日", "某省村务公开条例",
                     "第一条 为了规范村务公开，制定本条例。"])
    assert [d.title for d in docs] == ["某省村务公开条例"]


# ---------------------------------------------------------------- a regulation under its organ line

RULES = ["某省人民代表大会常务委员会制定地方性法规程序的规定", "某省人大常委会",
         "（1994年1月17日某省第八届人民代表大会常务委员会第六次会议通过 1994年2月1日起施行）",
         "第一章 总 则", "第一条 为了使制定地方性法规的程序科学化、规范化，制定本规定。",
         "第二条 制定地方性法规必须从本省的具体情况和实际需要出发。"]


@pytest.mark.parametrize("columns", [None, 18, 26, 27])
def test_the_organ_line_over_a_regulations_note_names_it_and_frames_its_title(columns):
    """A law site prints an unsigned 法规's organ line between its title and
    its 题注: that line is the name it is published under, over the organ its
    title names; and it frames the title above it as the 题注 would, though
    the title fills the measure (27: the title's width) after a text's end."""
    docs = _documents(["某县人民政府关于做好工作的通知", "各乡镇人民政府：", "请认真贯彻执行。", "某县人民政府",
                       "2019年3月2日"] + RULES, columns)
    assert [d.title for d in docs] == ["某县人民政府关于做好工作的通知", RULES[0]]
    assert docs[1].issuers == ["某省人大常委会"] and docs[1].date == "1994-01-17"


# ---------------------------------------------------------------- departments one a line over the text they issue

FORWARDED = ["某市人民政府办公室转发市发改委等部门《支持农村物流发展实施办法》的通知", "某政办字〔2009〕120号",
             "各县（市、区）人民政府，市政府各部门：", "市发展改革委、市邮政局、市财政局《支持农村物流发展实施办法》已经市政府同意，现转发，请认真贯彻执行。",
             "二〇〇九年八月三十日", "某市发展改革委", "某市邮政局", "某市财政局", "支持农村物流发展实施办法",
             "第一条 为服务新农村建设，特制定本办法。", "第二条 各级政府要将邮政企业纳入涉农企业范畴。"]


def test_departments_one_a_line_over_a_text_are_its_authors_not_its_title():
    """GB/T 9704 7.3.5.2 prints joint issuers' names one a line; over a title
    with no 关于 (a text the departments drew up) they are its authors, and
    the title is the kind word's line ('支持农村物流发展实施办法')."""
    docs = _printed(FORWARDED)
    assert [p.title for p in docs[0].parts[1:]] == ["支持农村物流发展实施办法"]
    assert docs[0].issuers == ["某市人民政府办公室"]


def test_one_organ_line_over_a_title_with_no_about_is_still_its_head():
    """'某县人民政府' over '工作规则': one organ's line is the title's wrapped head."""
    docs = _printed(["某县人民政府", "工作规则", "第一条 为规范县政府工作，制定本规则。", "第二条 县政府实行县长负责制。"])
    assert [d.title for d in docs] == ["某县人民政府工作规则"]


# ---------------------------------------------------------------- a 目录 entry cut inside a pinyin annotation

def test_a_contents_entry_cut_inside_a_pinyin_annotation_is_read_whole():
    """A mirror's pinyin annotations are no text, but the page printed them:
    a 目录 entry whose first line they filled ('在全區(qū)經(jīng)濟(jì)工作促進(j' /
    'ìn)會(huì)上的講話……1') is measured as printed, a wrapped entry, not the
    end of the 目录."""
    docs = _printed(["某市人民政府公报", "2019年第1号", "目　　录", "规范性文件",
                     "在全區(qū)經(jīng)濟(jì)工作促進(j", "ìn)會(huì)上的講話………………1",
                     "某市人民政府关于做好工作的通知………………2",
                     "在全區(qū)經(jīng)濟(jì)工作促進(jìn)會(huì)上的講話", "同志們：",
                     "這次會議的主要任務是部署今年工作。", "一、總印象：", "大家都有思路。",
                     "某市人民政府关于做好工作的通知", "各区人民政府：", "请认真贯彻执行。", "某市人民政府", "2019年3月2日"])
    assert [d.title for d in docs] == ["在全區經濟工作促進會上的講話", "某市人民政府关于做好工作的通知"]
