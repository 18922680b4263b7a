"""The document grammar on layouts of the two-hundred-and-twenty-fifth
held-out set's kind (issue #11): city, county and district texts on
earthquake preparedness (通知 issuing 防震减灾 规划 and 地震应急预案),
disabled persons' affairs (残疾人事业 规划, a 实施意见) and conscription
(a 兵役登记 通知) as portals store them, some with the frame run together
on lines parted by spaces. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A portal that ran the frame together: the 发文字号, a space, the 主送 to its colon, a space and the body on one line.
SPACED_FRAME = ["某某县人民政府关于印发《某某县残疾人事业发展“十四五”规划》的通知",
                "某政发〔2021〕12号 各乡镇人民政府,县各有关单位: 《某某县残疾人事业发展“十四五”规划》已经县政府同意,"
                "现印发给你们,请认真组织实施。",
                "某某县人民政府 2021年11月18日 (此件公开发布)"]
EARLIER = ["某某市人民政府办公室关于印发某某市防震减灾规划的通知", "某政办发〔2017〕76号",
           "各县(区)人民政府,市政府各部门:", "《某某市防震减灾规划》已经市政府同意,现印发给你们,请认真遵照执行。",
           "某某市人民政府办公室", "2017年9月25日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_then_addressees_and_body_parted_by_spaces_are_set_out(columns):
    """GB/T 9704 prints the 发文字号 on its line under the title (7.2.4), the
    主送机关 on its own line under it (7.3.2) and the body under that. A
    portal that ran them into one line parted them by spaces: the number, a
    space, names closing on the 主送's colon, the body. Given back that form,
    the number is the notice's 发文字号 and the names its 主送, and the
    title over the number opens a document of its own though the notice above
    it was cut short of its signature."""
    docs = _documents(EARLIER[:4] + SPACED_FRAME, columns)
    assert [d.title for d in docs] == [EARLIER[0], SPACED_FRAME[0]]
    assert docs[1].doc_number == "某政发〔2021〕12号"
    assert docs[1].addressees == "各乡镇人民政府，县各有关单位"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_a_sentence_cites_under_a_title_stays_in_its_sentence(columns):
    """Control: a line under the title that opens on a cited number, a space
    and a sentence that runs on to a colon ('…〔2015〕7号 文件要求,现通知如
    下:') names no organs before its colon: it is the body, no 主送, and the
    number stays in it."""
    cited = "国发〔2015〕7号 文件要求,现就有关事项通知如下:各乡镇要在月底前报送。"
    doc, = _documents([SPACED_FRAME[0], cited, "某某县人民政府", "2021年11月18日"], columns)
    assert doc.addressees is None
    assert doc.doc_number is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_then_addressees_on_their_own_lines_are_unchanged(columns):
    """Control: the frame as print sets it, number and 主送 each on its own
    line, reads as before."""
    doc, = _documents(EARLIER, columns)
    assert doc.doc_number == "某政办发〔2017〕76号"
    assert doc.addressees == "各县（区）人民政府，市政府各部门"
    assert doc.date == "2017-09-25"


# The frame run together with no space at all: number, 主送 to its colon, body, one line.
UNSPACED_FRAME = ["某某省人民政府办公厅关于2023年部分节假日安排的通知",
                  "某政办明电〔2022〕16号各市、县人民政府,省政府各部门: 经省政府批准,现将2023年元旦、春节放假调休日期的具体安排"
                  "通知如下。", "一、元旦:2022年12月31日至2023年1月2日放假调休,共3天。", "某某省人民政府办公厅", "2022年12月8日"]


@pytest.mark.parametrize("columns", [None, 26, 40, 60])
def test_a_number_run_into_its_addressees_and_body_with_no_space_is_set_out(columns):
    """The same frame with no space after the number: the number runs on
    into names that close on the 主送's colon, on the same line wherever the
    measure lets them (run together, or wrapped at 40 columns and more). The
    number is still the 发文字号 and the names the 主送, as where the wrap
    carries the names on to another line."""
    docs = _documents(EARLIER[:4] + UNSPACED_FRAME, columns)
    assert [d.title for d in docs] == [EARLIER[0], UNSPACED_FRAME[0]]
    assert docs[1].doc_number == "某政办明电〔2022〕16号"
    assert docs[1].addressees == "各市、县人民政府，省政府各部门"


@pytest.mark.parametrize("columns", [None, 40])
def test_a_number_a_sentence_cites_with_no_space_stays_in_its_sentence(columns):
    """Control: a cited number run on into the sentence that cites it
    ('国发〔2015〕7号文件要求,…如下:') names no organs before its colon."""
    cited = "国发〔2015〕7号文件要求,现就有关事项通知如下:各乡镇要在月底前报送。"
    doc, = _documents([SPACED_FRAME[0], cited, "某某县人民政府", "2021年11月18日"], columns)
    assert doc.addressees is None and doc.doc_number is None
