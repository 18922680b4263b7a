"""The document grammar on layouts of the two-hundred-and-fifth held-out
set's kind (issue #11): project approvals of city, county and district
bodies (水土保持方案 准予行政许可决定书, 取水许可 批复, 项目核准 批复,
环评 函), as portals and aggregators store them and as a gazette prints
them under its 目录. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert_text
from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A printed issue: the 目录 lists a 决定书 whose title holds another kind word inside it (…方案报告书…), then a 函
# with its 发文字号 in brackets and its page on the entry's last line; the body opens with the 决定书.
MAST = ["某某市人民政府公报", "2025年第1号", "2025年11月3日", "目　　录"]
DECISION = ["某某县水务局关于某某旗某某镇城区供热系统供热管",
            "网更新改造工程水土保持方案报告书审批准予行政许",
            "可决定书",
            "某某县住房和城乡建设局：",
            "你单位报来的水土保持方案报告书收悉。经审查，决定准予行政许可。",
            "一、基本同意水土流失防治责任范围为37.91公顷。",
            "二、水土保持补偿费免征。",
            "某某县水务局", "2025年9月4日"]
LETTER = ["某某市生态环境局关于暂不予审批某某科技有限责任",
          "公司某某科技玉砂玻璃生产线建设项目环境影响报告表",
          "的函",
          "某某科技有限公司：",
          "你公司报送的《报告表》收悉。鉴于区域限批，我局暂不予审批《报告表》。",
          "某某市生态环境局", "2025年10月8日"]


def _issue(entry_number: str) -> list[str]:
    contents = ["某某县水务局文件", DECISION[0], DECISION[1], DECISION[2] + " 1", "某某市生态环境局文件", *LETTER[:3],
                entry_number + " 3"]
    return MAST + contents + [""] + DECISION + LETTER


@pytest.mark.parametrize("number", ["（某环建函〔2025〕12号）", "（某环建函〔****〕**号）"])
def test_a_contents_entry_closes_on_its_bracketed_number_and_page(number):
    """A 目录 entry ends on its page: after its 发文字号 in brackets, the
    page on the same line ('（某环建函〔2025〕12号） 3', the figures masked as
    an aggregator masks them too). No title read on from the entry runs
    through that line into the body's first title, so the 决定书 whose title
    holds 方案 and 报告 inside it stays whole, one document with its 主送."""
    docs = convert_text("\n".join(_issue(number)) + "\n", "issue.txt", "issue").documents
    assert [d.title for d in docs] == [
        "某某县水务局关于某某旗某某镇城区供热系统供热管网更新改造工程水土保持方案报告书审批准予行政许可决定书",
        "某某市生态环境局关于暂不予审批某某科技有限责任公司某某科技玉砂玻璃生产线建设项目环境影响报告表的函"]
    assert docs[0].addressees == "某某县住房和城乡建设局"
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_title_wrapped_onto_a_bracketed_line_goes_on():
    """The control: a title's last line that is all in brackets, with no page
    after it ('（2021—2025年）'), is the title's, not a 目录 entry's end."""
    text = ["某某县发展和改革局关于印发某某县重点项目建设规划", "（2021—2025年）的通知", "各乡镇人民政府：",
            "现将规划印发给你们，请认真贯彻执行。", "某某县发展和改革局", "2021年3月1日"]
    doc, = convert_text("\n".join(text) + "\n", "one.txt", "one").documents
    assert doc.title == "某某县发展和改革局关于印发某某县重点项目建设规划（2021—2025年）的通知"
    assert doc.addressees == "各乡镇人民政府"


TAGGED = ["四川某州某州市生态环境局关于暂不予审批某某公司玻璃项目环境影响报告表的函", "某某科技有限公司：",
          "你公司报送的《报告表》收悉。鉴于区域限批，我局暂不予审批《报告表》。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_aggregators_region_tag_run_into_the_title_names_no_organ(columns):
    """A bid aggregator sets its region tag (the province, then the city)
    before the title it copies, run in: '四川某州' then '某州市生态环境局关于…'.
    No organ's name says its place twice running: the issuer the title
    names (none signs) is read from where the place begins again, the
    title kept as stored."""
    doc, = _documents(TAGGED, columns)
    assert doc.title == TAGGED[0]
    assert doc.issuers == ["某州市生态环境局"]


def test_a_place_said_once_stays_in_the_organ():
    """The control: a province's name before its city's, each said once
    ('四川省某州市…', '吉林省吉林市…' where 省 parts them), is the organ's own."""
    for organ in ("四川省某州市生态环境局", "吉林省吉林市生态环境局"):
        doc, = _documents([organ + "关于暂不予审批某某公司玻璃项目环境影响报告表的函"] + TAGGED[1:], None)
        assert doc.issuers == [organ]


SIGNED = ["某某县水务局关于做好汛期安全工作的通知", "各乡镇人民政府：", "请各乡镇做好汛期安全工作。", "某某县水务局",
          "2022年5月1日"]
REPLY = ["某某区水利局关于同意某某水厂办理取水许可的批复", "某某区水利工程管理处：", "你处报送的请示收悉。现批复如下：",
         "一、同意某某水厂年取水量9.67万立方米。", "二、该水厂应保证计量设施运行正常。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_management_office_is_an_organ_a_reply_is_addressed_to(columns):
    """A 事业单位 that manages a work for its department is named as a
    管理处 (a 水利工程管理处, a 水库管理处), as others are named 管理站 or 管理所:
    an organ, so the 主送 '某某区水利工程管理处：' an extractor runs in after
    the reply's title ('…的批复某某区水利工程管理处：') is parted from it, and
    the reply opens its document under the signed notice above."""
    joined = SIGNED + [REPLY[0] + REPLY[1]] + REPLY[2:]
    docs = _documents(joined, columns)
    assert [d.title for d in docs] == [SIGNED[0], REPLY[0]]
    assert docs[1].addressees == "某某区水利工程管理处"
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_reply_whose_body_runs_in_after_its_title_keeps_it():
    """The control: what runs in after the reply's title and closes on a
    colon is the body's sentence ('现将有关事项批复如下：'), no 主送."""
    doc, = _documents([REPLY[0] + "现将有关事项批复如下：", "一、同意办理。", "某某区水利局", "2022年5月1日"], None)
    assert doc.title == REPLY[0] and doc.addressees is None


LISTED = ["某某市水利局关于做好换发新版取水许可证工作有关事项的通知", "各区县水利(务)局、某某河道管理站、",
          "市水费处:", "为做好换发工作，现就有关事项通知如下:", "一、关于取水许可证编号。", "某某市水利局", "2007年5月8日"]


def test_an_addressee_list_never_ends_on_its_comma():
    """GB/T 9704 7.3.2: a 主送 parts its names by 、 and ends on the colon
    after the last. A line of it the wrap (or the page) ended on the 顿号,
    over one short name and the colon ('…、某某河道管理站、' / '市水费处:'), goes
    on: that name is its last item, whatever it ends in (a 处 is named by its
    work), and the 主送 is whole."""
    doc, = _documents(LISTED, None)
    assert doc.addressees == "各区县水利（务）局、某某河道管理站、市水费处"


def test_an_addressee_list_the_wrap_cut_after_a_comma_goes_on_to_its_last_name():
    """The same where the names are parted by commas, the wrap ending the
    line on one ('…(办事处),县级林长制责任单位,' / '县国有林场:'): the short
    name and the colon under it are the 主送's last item."""
    lines = ["某某县林长制办公室关于调整部分县级林长和责任单位的通知",
             "各乡镇(街道)党(工)委和人民政府(办事处),县级林长制责任单位,", "县国有林场:",
             "因人事调整和工作需要,现将调整后的名录印发给你们。", "某某县林长制办公室", "2024年3月8日"]
    doc, = _documents(lines, None)
    assert doc.addressees == "各乡镇（街道）党（工）委和人民政府（办事处），县级林长制责任单位，县国有林场"


def test_a_lead_under_a_list_ending_on_its_comma_is_no_last_name():
    """Control: under names ending on a comma, a short line closing on its
    colon that leads into what follows ('现通知如下：') is no name of the list."""
    from builder.stages.paragraphs import addressee_goes_on
    assert not addressee_goes_on("各乡镇人民政府，县直各部门，", "现通知如下：")
    assert addressee_goes_on("各乡镇人民政府，县直各部门，", "县国有林场：")


def test_a_sentence_under_an_addressee_line_is_the_body():
    """The control: a 主送 closed on its colon over the body's first line
    stays as it was; the body is no name of it."""
    doc, = _documents(LISTED[:1] + ["各区县水利(务)局、某某河道管理站:", "为做好换发工作，现就有关事项通知如下:"]
                      + LISTED[4:], None)
    assert doc.addressees == "各区县水利（务）局、某某河道管理站"


# Sweep at seeds 7 and 14 (2026-12-06): 民乐's 函, its title naming a road's stake ('…S301线K198+426.5小堵麻河桥…'),
# wrapped right after the stake's kilometres in the 目录 and over the body.
STAKE_TITLE = ["某某县水务局关于某某公路事业发展中心2025年S301线K198", "+426.5某某河桥危旧桥梁改造养护工程水土保持方案编报和审批",
               "的函"]
STAKE_LETTER = [*STAKE_TITLE, "某某公路事业发展中心：", "你单位组织实施的桥梁改造养护工程，未依法编报该项目水土保持方案。现责令你单位限期整改。",
                "某某县水务局", "2025年11月3日"]


def test_a_contents_line_ending_in_a_stake_goes_on():
    """'…线K198' over '+426.5…桥…的函': the figures after a code's letters
    are its own (a road's stake in kilometres, its metres after '+'), no
    page, which a 目录 sets apart from the words before it; the entry goes on
    to its page ('…的函 1'), and the title over the body is one document's,
    not two, with its 主送 and date. The next entry, its page set apart, is
    read as before."""
    contents = ["某某县水务局文件", *STAKE_TITLE[:2], STAKE_TITLE[2] + " 1", "某某市生态环境局文件", *LETTER[:3],
                "（某环建函〔2025〕12号） 3"]
    gazette = convert_text("\n".join(MAST + contents + [""] + STAKE_LETTER + LETTER) + "\n", "issue.txt", "issue")
    assert [(e.title, e.page) for e in gazette.toc] == [("".join(STAKE_TITLE), 1), ("".join(LETTER[:3]), 3)]
    docs = gazette.documents
    assert [d.title for d in docs] == ["".join(STAKE_TITLE), "".join(LETTER[:3])]
    assert (docs[0].addressees, docs[0].date) == ("某某公路事业发展中心", "2025-11-03")
