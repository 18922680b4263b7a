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
