"""The document grammar on layouts of the two-hundred-and-thirty-ninth held-out
set's kind (issue #11): resources and space texts of city, county and district
bodies (地质灾害 预案 notices, a 粘土矿 办法's 印发 notice, a 海洋局's notice
issuing its 总结, a county's 砂石资源 通告) as portals, mirrors and law sites
store them: a law site's whole notice on ONE line, its parts set apart by
spaces, a 发文字号 and a 成文日期 whose brackets or 年月日 the page lost. Each
case is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)
from builder.stages.layout import remove_ocr_spaces
from tests.devset.layout import wrap


def _wrapped(text: str, columns: int | None):
    """One stored line, hard-wrapped at ``columns`` as an extractor gives it (None: as stored)."""
    lines = wrap(text, columns) if columns else [text]
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents


# A law site's excerpt of a 印发 notice: the whole text on one line, its parts parted by single spaces, the sentence
# in its 现将《T》印发给你们 form after the approval it cites, no signature, the date in Chinese figures.
LED_ISSUING = ("某某市人民政府关于印发《某某市砂石资源管理办法》的通知 各县、区人民政府,市政府各直属单位: "
               "经2019年3月1日市政府第五次常务会议讨论通过,现将《某某市砂石资源管理办法》印发给你们,请认真组织实施。 "
               "二○一九年三月二十日 某某市砂石资源管理办法 第一条 为加强砂石资源管理,根据有关法律法规,结合本市实际,制定本办法。 "
               "第二条 在本市行政区域内开采砂石资源,适用本办法。")


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 30])
def test_a_run_in_notice_issuing_its_text_in_the_common_form_is_set_out(columns):
    """党政机关公文处理工作条例: a notice that issues a text says so in its
    body's first sentence, most often after the approval it cites ('经…通过，
    现将《T》印发给你们，请认真组织实施。'); GB/T 9704 sets the 成文日期 under
    it and T's title over T's first article. A page that ran all of it into
    one paragraph, wrapped at any measure, is given back that form as it is
    where the sentence opens on 《T》: the date a line of its own, T's title
    (the very name the sentence gives in 《》) a part's title over 第一条."""
    docs = _wrapped(LED_ISSUING, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于印发《某某市砂石资源管理办法》的通知"]
    assert docs[0].date == "2019-03-20"
    assert [p.title for p in docs[0].parts[1:]] == ["某某市砂石资源管理办法"]


# The same words cited in a body's sentence run on: no date follows the sentence, nor T's title over its first article.
CITING = ("某某市人民政府关于做好砂石资源管理工作的通知 各县、区人民政府,市政府各直属单位: "
          "去年,经市政府常务会议讨论通过,现将《某某市砂石资源管理办法》印发给你们以来,各地认真组织实施。 "
          "一、加强砂石资源开采管理。各县区要落实属地责任。 二、严厉打击非法采砂。 某某市人民政府 2019年3月20日")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_an_issued_text_is_not_set_out(columns):
    """Control: a body's sentence that cites the text an earlier notice
    issued, run on with the rest, is no 印发 frame (no 成文日期 and no title
    of T after it): the notice keeps its own date, signer and no part."""
    docs = _wrapped(CITING, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于做好砂石资源管理工作的通知"]
    assert docs[0].parts[1:] == []


# The same notice set out as print sets it, one element a line: nothing to do.
SET_OUT = ["某某市人民政府关于印发《某某市砂石资源管理办法》的通知", "各县、区人民政府,市政府各直属单位:",
           "经2019年3月1日市政府第五次常务会议讨论通过,现将《某某市砂石资源管理办法》印发给你们,请认真组织实施。",
           "某某市人民政府", "2019年3月20日", "某某市砂石资源管理办法", "第一条 为加强砂石资源管理,制定本办法。",
           "第二条 在本市行政区域内开采砂石资源,适用本办法。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_issuing_its_text_printed_line_by_line_stays_as_printed(columns):
    """Control: the same notice printed one element a line (GB/T 9704) reads
    as before: its signer and date, T a part."""
    docs = _documents(SET_OUT, columns)
    assert [d.title for d in docs] == [SET_OUT[0]]
    assert docs[0].issuers == ["某某市人民政府"] and docs[0].date == "2019-03-20"
    assert [p.title for p in docs[0].parts[1:]] == ["某某市砂石资源管理办法"]


# A scan's signature line, its space inside the ending word of the office's name, each side a word of its own
# (政府办, 公室), over the date; the control: two whole names parted by the space, as joint issuers sign.
@pytest.mark.parametrize("line, names", [
    ("某某市某某区人民政府办 公室", "某某市某某区人民政府办公室"),
    ("某某县发展和改革委员 会", "某某县发展和改革委员会"),
])
def test_a_scanners_space_inside_an_organs_ending_is_closed(line, names):
    """GB/T 9704 7.3.5: each organ is named whole and joint issuers are
    parted between whole names, so on a line of names only a space that
    leaves part of the word ending an organ's name (办公室, 委员会) on either
    side is the scanner's, though each side is a word of its own."""
    assert remove_ocr_spaces(line) == names


@pytest.mark.parametrize("line", ["某某县人民政府 某某县政府办公室", "某某县水利局 某某县自然资源局",
                                  "张某 县政府办公室主任"])
def test_a_space_between_whole_names_stays(line):
    """Control: a space after a whole name (joint issuers), or after a
    person's name before a post, parts two things and stays."""
    assert remove_ocr_spaces(line) == line


OFFICE_NOTICE = ["某某市某某区人民政府办 公室", "关于印发《某某区地质灾害应急预案》的", "通知",
                 "各街道办事处,区直机关有关单位:", "《某某区地质灾害应急预案》已经区人民政府同意,现印发给你们,请认真遵照执行。",
                 "某某市某某区人民政府办公室", "2016年10月13日", "某某区地质灾害应急预案", "一、总则"]


def test_an_office_named_over_its_title_with_a_scanners_space_opens_its_document():
    """The organ's line over '关于…的' and '通知' is the title's first line
    once the scanner's space is read through: the document is found, titled
    by its organ."""
    docs = _documents(OFFICE_NOTICE, None)
    assert [d.title for d in docs] == ["某某市某某区人民政府办公室关于印发《某某区地质灾害应急预案》的通知"]
    assert docs[0].issuers == ["某某市某某区人民政府办公室"]


# A notice whose 主送 names districts by name parted by 、, wrapped at a narrow measure so that its first line ends
# inside the last district's name; the number in brackets under the title, as a gazette reprints it.
LISTED_ADDRESSEES = ["关于印发《某某市2023年海洋管理工作总结》的通知", "（某海洋〔2024〕34号）",
                     "浦东新区、宝山区、金山区、奉贤区、崇明区海洋局,局属相关单位:",
                     "为加强本市海洋综合管理,现将《某某市2023年海洋管理工作总结》印发给你们,请认真组织落实。",
                     "特此通知。", "某某市海洋局", "2024年4月16日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 26])
def test_a_wrapped_addressee_list_of_names_is_no_title(columns):
    """GB/T 9704 7.3.2 carries the 主送 on down to its colon: a first line of
    names parted by 、 (places, organs), filled to the measure and cut inside
    the last name, goes on into the line its colon closes; it is no title over
    that line, and the number above stays the title's."""
    docs = _documents(LISTED_ADDRESSEES, columns)
    assert [d.title for d in docs] == [LISTED_ADDRESSEES[0]]
    assert docs[0].doc_number == "某海洋〔2024〕34号"
    assert docs[0].addressees == "浦东新区、宝山区、金山区、奉贤区、崇明区海洋局，局属相关单位"


# Control: a title of joint issuers parted by 、 wrapped over a line, its 关于 and 文种 below, then its 主送.
JOINT_TITLE = ["某某市财政局、某某市水利局、某某市自然资源局关于做好2024年河道采砂管理工作的通知", "各区财政局、水利局:",
               "现将有关事项通知如下:", "一、严格执行采砂规划。", "某某市财政局", "2024年4月16日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_joint_title_listing_its_organs_stays_a_title(columns):
    """Control: the joint 发文机关 of a title, parted by 、 (7.3.1), go on
    into 关于 and the 文种, not into a colon: the title is read whole over
    its 主送."""
    docs = _documents(JOINT_TITLE, columns)
    assert [d.title for d in docs] == [JOINT_TITLE[0]]
    assert docs[0].addressees == "各区财政局、水利局"
