"""The document grammar on layouts of the seventy-fifth held-out set's kind
(issue #11): documents of development zones and new districts (经济技术开发区,
新区 and their 管委会, 党委 and offices): 公告 on land numbered in their
batch, joint notices of a zone's 党委 and 管委会, 通知 issuing 办法 and 预案.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 公告 numbered in its batch

BATCH_NOTICE = ["某某县某某新区管理委员会 征地启动公告 〔2020〕第3-1号",
                "根据《中华人民共和国土地管理法》第四十五条的规定，拟启动某某村集体土地征收工作，现公告如下：",
                "一、本次征收地块城市规划用途为工业用地。", "二、本次征收范围涉及某某村集体土地26.6公顷。", "特此公告。",
                "某某县某某新区管理委员会", "2020年8月7日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_in_its_batch_is_a_document_of_its_own(columns):
    """A 管委会 numbers the 公告 of one 征地 batch by the batch and the
    notice ('〔2020〕第3-1号': batch 3's first) and prints the number after
    the title on its line, as '…征收土地公告 〔2019〕第10号': the number is
    the 公告's 文号, the line above it its title, though the text above ends
    signed and the wrap cuts the number after its year ('〔2020〕' / '第3-1号')."""
    docs = _documents(NOTICE + BATCH_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县某某新区管理委员会征地启动公告"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("〔2020〕第3-1号", ["某某县某某新区管理委员会"],
                                                                   "2020-08-07")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_batch_notice_is_no_title(columns):
    """Control: a body's sentence that cites such a 公告 by its title and
    number ('…征地启动公告〔2020〕第3-1号确定的范围内') goes on after the
    number: no title line, the text stays the notice's."""
    body = ["某某县某某新区管理委员会关于做好征地补偿登记工作的通知", "各村民委员会：",
            "请在某某县某某新区管理委员会征地启动公告〔2020〕第3-1号确定的范围内，做好补偿登记工作。",
            "某某县某某新区管理委员会", "2020年9月1日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].doc_number is None and docs[1].date == "2020-09-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_batch_number_the_wrap_cut_after_its_year_is_the_notices(columns):
    """The wrap cuts such a number after its year, the batch's serial left
    on a line of its own ('…征地启动公告 〔2020〕' / '第3-1号'): one line
    again, as printed, and the 公告's 文号."""
    lines = ["某某县某某新区管理委员会 征地启动公告 〔2020〕", "第3-1号"] + BATCH_NOTICE[1:]
    docs = _documents(NOTICE + lines, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县某某新区管理委员会征地启动公告"]
    assert (docs[1].doc_number, docs[1].date) == ("〔2020〕第3-1号", "2020-08-07")


# ---------------------------------------------------------------- a zone's kind is no place

JOINT_TITLE = "中共江海新区工作委员会江海新区管理委员会关于印发《新区推进港口物流建设实施方案》的通知"
JOINT_FRAME = ["江新委〔2021〕8号", "各街道党工委、办事处，新区各部门：",
               "现将《新区推进港口物流建设实施方案》印发给你们，请结合实际认真贯彻执行。",
               "中共江海新区工作委员会", "江海新区管理委员会", "2021年1月19日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_joint_issuers_wrapped_inside_a_zones_name_head_their_title(columns):
    """GB/T 9704 7.2.5: a joint title names its issuers before 关于, parted
    by a space (a zone's 党工委 and its 管委会); the page wraps the second
    inside its name, the zone's kind left at the head of the 关于 line
    ('中共XX新区工作委员会 XX' / '新区管理委员会关于印发…'). A zone's kind
    ('新区', '高新区', '技术开发区') ends a zone's name as 市 ends a city's:
    no place of its own, so no whole name opens that line, and the title
    begins on the line above, though that line stops short of the measure."""
    lines = ["中共江海新区工作委员会 江海", "新区管理委员会关于印发", "《新区推进港口物流建设", "实施方案》的通知"]
    docs = _documents(NOTICE + lines + JOINT_FRAME, columns)
    assert [d.title for d in docs] == [NOTICE[0], JOINT_TITLE]
    assert (docs[1].doc_number, docs[1].date) == ("江新委〔2021〕8号", "2021-01-19")
    assert docs[1].issuers == ["中共江海新区工作委员会", "江海新区管理委员会"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_zones_whole_name_under_a_list_heads_its_own_title(columns):
    """Control: a zone's whole name, place and kind, opening the 关于 line
    ('江海市高新区管理委员会关于…') names the title's issuer itself: the row of
    names parted by a space above it (the 附件's list the text above ends
    with) is no joint issuer of it."""
    rows = ["附件：联络单位名单", "江海市财政局 江海市税务局"]
    title = "江海市高新区管理委员会关于做好2021年度企业研发费用补助工作的通知"
    docs = _documents(NOTICE + rows + [title, "各园区：", "现将有关事项通知如下：请于5月底前申报。",
                                       "江海市高新区管理委员会", "2021年4月6日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["江海市高新区管理委员会"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("organ", ["高新区管委会", "经济技术开发区管理委员会", "新区管理委员会办公室"])
def test_a_notice_signed_by_a_zones_short_name_keeps_its_issuer(organ, columns):
    """Control: a zone's 管委会 signs by its short name, the kind alone
    ('高新区管委会'), as a 市's bureau signs '市财政局': no place, still the
    signature over the date and the notice's issuer."""
    docs = _documents(NOTICE + ["关于做好2021年度企业研发费用补助申报工作的通知", "各园区，各有关企业：",
                                "现将有关事项通知如下：请于5月底前申报。", organ, "2021年4月6日"], columns)
    assert [(d.issuers, d.date) for d in docs][1:] == [([organ], "2021-04-06")]


# ---------------------------------------------------------------- a body's first line that names a speech

# The first line of an issued 方案's preamble, as long as the measure at each width, ending on the 讲话 it cites.
CITING_FIRST = {18: "为贯彻落实省委书记关于港口建设的讲话", 20: "为深入贯彻落实省委书记关于港口建设的讲话",
                26: "为深入学习贯彻落实省委书记在会上关于港口建设重要讲话"}
ISSUING = ["江海市高新区管理委员会关于印发《高新区港口物流发展实施方案》的通知", "各园区：",
           "现将《高新区港口物流发展实施方案》印发给你们，请认真贯彻执行。", "江海市高新区管理委员会", "2023年5月6日",
           "高新区港口物流发展实施方案"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_preambles_first_line_naming_a_speech_is_no_title(columns):
    """A body's first sentence opens on its purpose or ground ('为…', '根据…'),
    which no 标题 opens on (GB/T 9704 7.3.1: 发文机关, 关于, 事由, 文种):
    the preamble's first line, as full as the measure, that cites a
    speech ('为深入贯彻…关于…的讲话' / '和重要指示精神，…') is the 方案's text,
    though it reads 'X关于Y讲话' and stands right under the 方案's title.
    (None: the lines as a page wrapped them at 20 columns.)"""
    width = columns or 20
    paragraphs = ISSUING + [CITING_FIRST[width] + "和重要指示精神，结合高新区实际，制定本方案。", "一、总体要求",
                            "到2025年，高新区港口物流体系基本建成，服务能力明显提升。"]
    docs = _documents(NOTICE + (laid_out(paragraphs, 20) if columns is None else paragraphs), columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUING[0]]
    assert [p.label for p in docs[1].provisions] == ["一、"]
    assert [part.title for part in docs[1].parts][1:] == ["高新区港口物流发展实施方案"]


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_zones_title_as_full_as_the_measure_opens_on_its_organ(columns):
    """Control: a title as full as the measure that opens on its organ,
    '经济技术开发区管理委员会关于…' (经济, no 经 of '经研究'), is a title by its
    own grammar under a line that stops short, its text under it."""
    title = {18: "经济技术开发区管理委员会关于表彰的通报", 20: "经济技术开发区管理委员会关于表彰先进的通报",
             26: "经济技术开发区管理委员会关于表彰港口建设先进集体的通报"}[columns]
    title = title[:columns - 2] + "通报" if len(title) > columns else title
    docs = _documents(NOTICE + [title, "2022年，各园区认真落实港口建设任务，涌现出一批先进集体。", "经济技术开发区管理委员会",
                                "2023年1月9日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]


# ---------------------------------------------------------------- a joint title's place set on a line of its own

PLACED_JOINT = """某某县人民政府关于做好春季植树造林工作的通知
各乡镇人民政府：
    现将有关事项通知如下：请各乡镇在3月底前完成造林任务。
                                某某县人民政府
                                2021年3月1日

     中共某州大亚湾经济技术开发区委 
                某州大亚湾
     经济技术开发区管理委员会关于印发
      《大亚湾区推进大湾区建设
             实施方案》的通知
          （某湾委〔2021〕8号）
各街道党工委、办事处，区属各单位：
    现将《大亚湾区推进大湾区建设实施方案》印发给你
们，请结合实际认真贯彻执行。
中共某州大亚湾经济技术开发区委员会
某州大亚湾经济技术开发区管理委员会
                     2021年1月19日
"""


def test_a_joint_titles_place_set_on_a_line_of_its_own_is_the_titles():
    """GB/T 9704 7.3.1: the title names its 发文机关 before 关于, each from
    its place. A centred title that pdftotext broke where a space parted the
    two joint organs sets the second's place alone ('某州大亚湾' / '经济技术开发
    区管理委员会关于印发…'): the name before 关于 opens with no place of its
    own, and with the line above it does, so that line and the organ over it
    are the title's."""
    docs = convert(PLACED_JOINT.encode("utf-8"), "x/x.txt", "x").documents
    assert docs[1].title == ("中共某州大亚湾经济技术开发区委某州大亚湾经济技术开发区管理委员会关于印发"
                             "《大亚湾区推进大湾区建设实施方案》的通知")


def test_an_organ_named_from_its_place_under_a_short_line_keeps_its_own_title():
    """Control: a title whose organ opens with its own place ('某州市…') under a
    short line of the text above takes no line above it."""
    text = PLACED_JOINT.replace("     中共某州大亚湾经济技术开发区委 \n                某州大亚湾\n",
                                "                做好各项工作\n").replace("     经济技术开发区", "     某州市经济技术开发区")
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert docs[1].title.startswith("某州市经济技术开发区管理委员会关于印发")
