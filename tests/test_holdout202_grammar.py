"""The document grammar on layouts of the two-hundred-and-second held-out
set's kind (issue #11): texts that set leaders' contact points and divide
their work (县级领导包抓/分包/联系 重点项目, 项目联系人, 责任领导 清单) as
county portals and document sharing sites store them, one of them the
printed file run into one line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NUMBER = "青府发〔2019〕12号"
TITLE = "青山县人民政府关于2019年重点推进重大项目有关事项的通知"
ADDRESSEES = "各乡镇人民政府,县政府有关部门:"
BODY = "为加快项目建设,经县政府研究,决定对5个重大项目予以重点推进。重点项目实行县领导联系协调制,每个项目确定一位县领导协调解决推进中的困难和问题。"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_file_run_into_one_line_number_title_addressees_body_is_parted(columns):
    """GB/T 9704 7.2.4, 7.3.1, 7.3.2: the 发文字号, the title, the 主送 and the
    body each on a line of their own; a document sharing site runs the
    printed file into one line with no space between them. The title reads
    as one by its grammar (organ and 关于) and ends on its kind word, the
    主送 closes on its colon: the document has its title, number and 主送."""
    doc, = _documents([NUMBER + TITLE + ADDRESSEES + BODY], columns)
    assert doc.title == TITLE
    assert doc.doc_number == NUMBER
    assert doc.addressees == "各乡镇人民政府，县政府有关部门"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_opening_on_a_cited_number_stays_whole(columns):
    """Control: a paragraph that opens on a cited 发文字号 and goes on as a
    sentence (no title by its grammar after the 号) is no frame run in."""
    docs = _documents([TITLE, ADDRESSEES, "青府发〔2018〕3号文件要求,各乡镇人民政府关于项目的通知各单位:抓好落实。",
                       "青山县人民政府", "2019年5月14日"], columns)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].doc_number is None


# A notice whose excerpt the store cut mid-sentence, and an organ's 方案 issued by a title of its own under it.
CUT_NOTICE = ["某某区人民政府关于2009年重点推进重大项目有关事项的通知", "各街道办事处、镇（乡）人民政府：",
              "为加快推进重大项目建设，现就有关事项通知如下：各街道办事处要明确责任领导，加快推进项"]
OWN_PLAN = ["某某县重点项目办公室关于进一步明确县级领导分包重点项目工作方案",
            "为贯彻落实《某某省优化营商环境条例》等文件精神，深入开展重点项目攻坚行动，特制定本方案。",
            "一、主要目标", "领导干部分包重点项目，推动项目早开工、早投产。", "二、工作措施", "每名县级领导分包一个以上重点项目。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_titled_as_a_public_document_over_its_ground_opens_a_document(columns):
    """GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种. An organ that issues a 方案 by a title of its own, not under a
    notice, titles it as a 公文 is titled; under it the body opens on its purpose ('为贯彻落实…'). No sentence runs on
    into an organ, 关于 and a kind word and on into '为…', so the title opens a document though the text above stops
    mid-sentence (an excerpt cut there)."""
    docs = _documents(CUT_NOTICE + OWN_PLAN, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], OWN_PLAN[0]]
    assert docs[1].issuers == ["某某县重点项目办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_titled_without_its_organ_under_a_cut_sentence_stays_in_the_text(columns):
    """Control: a plan's title with no organ and no 关于 ('县级领导分包重点项目工作方案') under a sentence the store
    cut, over a body that does not name it as itself, may be the words that sentence goes on with: it opens no
    document there, as before."""
    docs = _documents(CUT_NOTICE + ["县级领导分包重点项目工作方案",
                                    "为贯彻落实《某某省优化营商环境条例》等文件精神，深入开展重点项目攻坚行动。"]
                      + OWN_PLAN[2:], columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]
