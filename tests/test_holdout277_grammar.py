"""The document grammar on layouts of the two-hundred-and-seventy-seventh
held-out set's kind (issue #11): science and technology innovation texts of
cities and counties (a county's joint 通知 issuing a 强科技行动方案, a city
办公厅's 通知 issuing a 科技成果转化 方案, a 科技局's 公告 and 通知 on
高新技术企业, a city's 意见 on 科技创新, a city's 决定 on its 科学技术进步奖)
as their sites and mirrors store them: an excerpt cut mid-sentence with no
signature, then a text whose page prints its 发文字号 and its title on one
line with a space between them, or quotes its whole title in 《》 with its
主送 run in after it. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An opinion whose excerpt the store cut mid-sentence, inside its first item: no signature closes it.
CUT_OPINION = ["某某市人民政府关于实施科技创新驱动战略的意见", "某政发〔2016〕43号", "各县(区)人民政府,市直各部门:",
               "为深入实施创新驱动发展战略,结合实际,提出如下意见。", "一、总体思路",
               "(一)指导思想。深入贯彻党的十八大精神,走出一条从人才强、科技强到产业强的发展新路"]
# A decision whose page prints its 发文字号 and its title on one line, a space between them.
NUMBERED_DECISION = ["某政[2011]81号 某某市人民政府关于表彰2010年度某某市科学技术进步奖的决定",
                     "2010年,我市广大科技工作者取得了一大批优秀科技成果。市政府决定授予11项科技成果为一等奖。",
                     "希望全体获奖者戒骄戒躁,再接再厉。", "附件:某某市2010年度科学技术进步奖获奖项目名单.doc",
                     "二○一一年十月二十四日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_and_a_whole_title_on_one_line_open_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 stands over the title, and a
    标题 is 发文机关 + 关于 + 事由 + 文种. A page that sets both on one line
    with a space between them, the title whole by that grammar and ending
    the line, under a sentence the store cut (no signature above), gives the
    number and the title of a document of its own when the line under it
    opens on words of its own: a sentence that cites a number and a title
    goes on after the kind word ('精神，…', '要求'), never so."""
    docs = _documents(CUT_OPINION + NUMBERED_DECISION, columns)
    assert [d.title for d in docs] == [CUT_OPINION[0], "某某市人民政府关于表彰2010年度某某市科学技术进步奖的决定"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某政〔2011〕81号", ["某某市人民政府"], "2011-10-24")
    assert docs[0].date is None and docs[0].parts[-1].blocks[-1].text.endswith("发展新路")


def test_a_number_and_a_title_a_cut_sentence_cites_stay_its_words():
    """Control: under the same cut sentence, the number and a whole title on
    one line with the sentence going on on the line under them ('要求，…')
    are words the sentence cites (党政机关公文处理工作条例 第二十条), no
    document; the opinion keeps them and its second item."""
    cited = ["某政发〔2016〕21号 某某市人民政府关于做好科技计划项目管理工作的通知", "要求,各县区要抓好落实。",
             "二、主要任务"]
    docs = _documents(CUT_OPINION + cited, None)
    assert [d.title for d in docs] == [CUT_OPINION[0]]
    assert docs[0].doc_number == "某政发〔2016〕43号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_and_a_title_on_one_line_alone_or_after_a_signed_text_are_unchanged(columns):
    """Control: the same line opening the input, or under a text closed by
    its signature and date, was read as a number over a title before the
    rule, and still is."""
    signed = ["某某县科学技术局关于开展高新技术企业培育工作的通知", "各乡镇人民政府:",
              "现将有关事项通知如下:请各乡镇做好企业培育工作。", "某某县科学技术局", "2022年3月11日"]
    for paragraphs, first in ((NUMBERED_DECISION, 0), (signed + NUMBERED_DECISION, 1)):
        docs = _documents(paragraphs, columns)
        assert docs[first].title == "某某市人民政府关于表彰2010年度某某市科学技术进步奖的决定"
        assert docs[first].doc_number == "某政〔2011〕81号"
        assert len(docs) == first + 1


# A county notice issuing its 方案, the store's excerpt cut inside the 方案's first item.
CUT_PLAN = ["某某县人民政府办公室关于印发某某县强科技行动实施方案的通知", "各乡镇人民政府:", "现将方案印发你们,请抓好贯彻落实。",
            "某某县人民政府办公室", "2023年4月11日", "某某县强科技行动实施方案", "一、指导思想",
            "以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,实施六项行动(县域科技创新能力提升行动科技人才团队"]
QUOTED_TITLE = "《某某市人民政府办公厅关于印发某某市科技成果转化工程实施方案的通知》"
ISSUING_BODY = ["《某某市科技成果转化工程实施方案》已经市政府同意,现印发你们,请认真组织实施。", "二○一二年四月六日"]


@pytest.mark.parametrize("columns, number", [(None, True), (18, True), (18, False)])
def test_a_title_quoted_whole_in_book_marks_run_into_its_addressees_opens_a_document(columns, number):
    """GB/T 9704 7.3.1-7.3.2: a 标题 (发文机关 + 关于 + 事由 + 文种) over its 主送.
    A reposting page quotes the whole title in 《》; an extractor that joins
    text boxes runs the 主送 in after the closing 》. Its grammar is read
    inside the marks, and it ends on its 文种 and the 》: under a text cut
    mid-sentence, with its 发文字号 over it (or, wrapped, without it), the
    主送 closing on its colon parts it off, a document of its own. (Unwrapped
    with no 发文字号 over it, the quoted title under the cut sentence is still
    read as that sentence going on: left.)"""
    run = (["某办发〔2012〕17号"] if number else []) + [QUOTED_TITLE + "各区(市)县政府,市政府各部门:"] + ISSUING_BODY
    docs = _documents(CUT_PLAN + run, columns)
    assert len(docs) == 2 and "某某市科技成果转化工程实施方案的通知" in docs[1].title
    assert docs[1].addressees == "各区（市）县政府，市政府各部门"
    assert docs[1].doc_number == ("某办发〔2012〕17号" if number else None)
    assert docs[1].date == "2012-04-06"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_quoted_whole_that_a_sentence_goes_on_after_stays_its_words(columns):
    """Control: under the same cut sentence, the quoted title with the
    sentence going on after its 》 ('精神,…', no 主送 closing on a colon) is
    a name the sentence cites, no document."""
    cited = [QUOTED_TITLE + "精神,各乡镇要抓好科技成果转化工作。", "二、主要任务"]
    docs = _documents(CUT_PLAN + cited, columns)
    assert len(docs) == 1 and docs[0].title == CUT_PLAN[0]
