"""The document grammar on layouts of the thirty-sixth held-out set's kind
(issue #11): documents of the older 公文 practice (GB/T 9704-1999 and before)
as stored pages give them: a title printed with its 发文字号 in brackets on
its line and then again alone, the older 附件说明 '附：' with the 署名 under
it and no date. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

REPLY = ["某某区人民政府关于同意调整某某社区的批复", "某某街道办事处:",
         "你街道《关于调整某某社区的请示》收悉。经区政府研究,同意调整。", "此复。", "2021年4月13日"]


# ---------------------------------------------------------------- a title with brackets of its own and its number

TITLE = "关于转发《某某市县乡河道整治工程(清水工程)项目管理办法》的通知"
NOTICE = ["各县(市、区)人民政府,市各有关部门:",
          "经市政府研究同意,现将《某某市县乡河道整治工程(清水工程)项目管理办法》转发给你们,请认真贯彻落实。",
          "二OO三年八月十四日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_holding_brackets_carries_its_number_in_the_last_pair(columns):
    """GB/T 9704 prints the 发文字号 under the title; a page that runs it into
    the title's line in brackets ('…的通知(某府办发〔2003〕101号)') still
    gives it, though the title holds a pair of brackets of its own ('工程
    (清水工程)项目'), and though the wrap parts that pair ('…工程(清' /
    '水工程)项目…的通知(某府' / '办发〔2003〕101号)'): the number is the
    last pair, at the line's end."""
    docs = _documents(REPLY + [TITLE + "(某府办发〔2003〕101号)"] + NOTICE, columns)
    assert [d.title for d in docs] == [REPLY[0], TITLE]
    assert (docs[1].doc_number, docs[1].date) == ("某府办发〔2003〕101号", "2003-08-14")
    assert docs[1].addressees == "各县（市、区）人民政府，市各有关部门"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_with_its_number_then_again_alone_is_one_title(columns):
    """A page may print a title twice, its heading with the 发文字号 in
    brackets, then the document's own title alone: one title, the number
    its document's, and the heading line no part of the document above."""
    docs = _documents(REPLY + [TITLE + "(某府办发〔2003〕101号)", TITLE] + NOTICE, columns)
    assert [d.title for d in docs] == [REPLY[0], TITLE]
    assert docs[1].doc_number == "某府办发〔2003〕101号"
    assert "某府办发" not in "".join(p.text for part in docs[0].parts for p in part.blocks)


# ---------------------------------------------------------------- the 署名 under the 附件说明, no date under it

FORWARD = ["转发县人民政府办公室关于加强节日期间安全生产的通知", "局属各单位:",
           "根据某某县人民政府办公室《关于加强节日期间安全生产工作的通知》(某县政办发[2008]148号)精神,"
           "现转发给你们,请认真贯彻执行,并将自查情况报我局。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", ["附:某某县人民政府办公室《关于加强节日期间安全生产工作的通知》",
                                  "附件:某某县人民政府办公室《关于加强节日期间安全生产工作的通知》"])
def test_the_signature_under_the_annex_list_is_the_issuer_without_a_date(note, columns):
    """GB/T 9704 7.3.5.1 sets the 署名 under the 正文 or the 附件说明 ('附件：…',
    in older practice '附：…'): an organ's name alone under an 附件说明 that
    has closed its title is the signature, though the excerpt ends before
    the date, and not the list's last line going on; the next title opens
    the next document."""
    docs = _documents(FORWARD + [note, "某某县建设局"] + REPLY, columns)
    assert [d.title for d in docs] == [FORWARD[0], REPLY[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县建设局"], None)
    assert (docs[1].addressees, docs[1].date) == ("某某街道办事处", "2021-04-13")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_name_the_annex_list_ends_on_is_no_signature_under_it(columns):
    """An 附件说明 that has not closed its title ('附：《某某县…' / '某某县建设局》')
    goes on into the line under it: the name is the title's, not a 署名."""
    note = ["附:《某某县节日期间安全生产检查组成员单位及", "某某县建设局》", "某某县安全生产委员会", "2008年9月28日"]
    docs = _documents(FORWARD + note, columns)
    assert (docs[0].issuers, docs[0].date) == (["某某县安全生产委员会"], "2008-09-28")


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_over_about_under_the_annex_list_opens_the_next_title(columns):
    """Under an 附件说明 that closed its title, an organ's name over a line
    opening with 关于 is the next title's first line, its 发文机关 (GB/T 9704
    7.3.1), not the signature of the unsigned text above."""
    report = ["关于某某县政府工作报告上半年落实情况的通报", "各乡镇人民政府,县政府各部门:",
              "县政府督查室对上半年落实情况进行了专项督查,现将有关情况通报如下。",
              "附件:2022年《政府工作报告》主要任务上半年落实情况"]
    notice = ["某某旗人民政府办公室", "关于印发2022年重点任务责任分工的通知", "各苏木乡镇人民政府:",
              "经旗人民政府同意,现将分工印发给你们,请认真贯彻落实。", "2022年4月2日"]
    docs = _documents(report + notice, columns)
    assert [d.title for d in docs] == [report[0], "某某旗人民政府办公室关于印发2022年重点任务责任分工的通知"]
    assert docs[1].issuers == ["某某旗人民政府办公室"] and docs[0].issuers != ["某某旗人民政府办公室"]
