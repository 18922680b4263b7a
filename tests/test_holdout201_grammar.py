"""The document grammar on layouts of the two-hundred-and-first held-out
set's kind (issue #11): fund allocation notices (关于下达…资金的通知) of city
and county finance and other organs as their portals and mirrors store
them: a 主送 left blank by the page (its colon alone on the line), joint
heads that stack the organs and their numbers. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

BLANK_ADDRESSEE = ["某某市财政局 某某市民政局关于下达2017年自然灾害生活补助资金的通知", ":",
                   "根据有关文件精神，经研究，现下达你区自然灾害生活补助资金 万元。请加强资金管理，确保专款专用。",
                   "附件：2017年自然灾害生活补助资金分配表", "某某市财政局 某某市民政局", "2017年8月28日"]
ADDRESSEE_WRAPPED = ["某某市财政局关于下达2017年自然灾害生活补助资金的通知", "各区县财政局、民政局，市直有关单位",
                     "：", "现下达你单位自然灾害生活补助资金。请加强资金管理，确保专款专用。", "某某市财政局",
                     "2017年8月28日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colon_alone_under_the_title_is_a_blank_addressee_not_the_titles_end(columns):
    """GB/T 9704 7.3.3: the title ends on its 文种 with no mark after it;
    a colon alone on the line under it is the 主送 line whose organ the page
    left blank, so it is not hung at the title's end (the title stays the
    title, the text its document's, signed and dated)."""
    doc, = _documents(BLANK_ADDRESSEE, columns)
    assert doc.title.replace(" ", "") == "某某市财政局某某市民政局关于下达2017年自然灾害生活补助资金的通知"
    assert (doc.issuers, doc.date) == (["某某市财政局", "某某市民政局"], "2017-08-28")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colon_alone_under_a_wrapped_addressee_still_ends_it(columns):
    """The control: a colon alone under a 主送 line (no 文种 ends it) is the
    mark the line hung past its measure, so it ends that line."""
    doc, = _documents(ADDRESSEE_WRAPPED, columns)
    assert doc.title == "某某市财政局关于下达2017年自然灾害生活补助资金的通知"
    assert doc.addressees == "各区县财政局、民政局，市直有关单位"


SIGNED = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "现将有关事项通知如下：请各乡镇完成造林任务。",
          "某某县人民政府", "2021年3月1日"]
JOINT_NUMBERS = ["某某市建设局", "某某市财政局", "某建〔2006〕40号", "某财建〔2006〕12号", "关于下达2005年村镇建设补贴资金计划的通知",
                 "各辖市（区）建设局、财政局：", "决定从城市维护资金中安排30万元，补贴有关村镇建设。补贴资金随文下达。",
                 "附件：2005年村镇建设补贴资金计划表", "二○○六年二月八日"]
ONE_NUMBER = ["某某市建设局", "某某市财政局", "某建〔2006〕40号", "关于下达2005年村镇建设补贴资金计划的通知",
              "各辖市（区）建设局、财政局：", "决定从城市维护资金中安排30万元，补贴有关村镇建设。补贴资金随文下达。",
              "二○○六年二月八日"]


@pytest.mark.parametrize("signed_above", [False, True])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_head_stacking_each_organs_number_is_one_documents_head(columns, signed_above):
    """GB/T 9704 7.2.1 and 7.2.4 (联合行文): the issuing organs' names one a
    line, each organ's 发文字号 one a line under them, then the title: one
    head, so the organs are no title of their own, the document is one, its
    number the 主办机关's (the first) and, unsigned, its issuers the head's;
    under a text signed and dated the organs open it still (no signature
    has numbers under it)."""
    *above, doc = _documents(SIGNED * signed_above + JOINT_NUMBERS, columns)
    assert doc.title == "关于下达2005年村镇建设补贴资金计划的通知"
    assert (doc.doc_number, doc.date) == ("某建〔2006〕40号", "2006-02-08")
    assert doc.issuers == ["某某市建设局", "某某市财政局"]
    assert doc.addressees == "各辖市（区）建设局、财政局"
    assert [(d.issuers, d.date) for d in above] == [(["某某县人民政府"], "2021-03-01")] * signed_above


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_head_with_one_number_is_unchanged(columns):
    """The control: the organs over one number over the title."""
    doc, = _documents(ONE_NUMBER, columns)
    assert doc.addressees == "各辖市（区）建设局、财政局"
    assert doc.title == "关于下达2005年村镇建设补贴资金计划的通知"
    assert (doc.doc_number, doc.date) == ("某建〔2006〕40号", "2006-02-08")
