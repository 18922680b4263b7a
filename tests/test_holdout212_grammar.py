"""The document grammar on layouts of the two-hundred-and-twelfth held-out
set's kind (issue #11): market-regulation texts of cities, counties and
districts (a 市长质量奖 通报 with its 附件 after the date, a 县长质量奖 决定
under its 版头 number, a 转发 on 电梯, a 专利资助 通知, a 标准化 意见, an
印发 通知 of a 质量奖 办法) as law sites and portals store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 通报 whose 附件说明 names its list, the annex printed after the signature and date under its mark; the
# list itself not stored, so the annex's title is the last line before the next document.
COMMENDATION = ["某某市人民政府关于表彰2010年度某某市市长质量奖获奖单位的通报", "(某政字〔2010〕17号)",
                "各县(区)人民政府,市政府各部门:",
                "经企业自愿申报、专家评审和社会公示,市政府决定授予某某公司“2010年度某某市市长质量奖”。",
                "附件:2010年度某某市市长质量奖获奖单位名单", "某某市人民政府", "二○一○年十二月十七日",
                "附件", "2010年度某某市市长质量奖获奖单位名单"]
# A 决定 under its 版头: the 发文字号 first, the organ on a line of its own over the title's 关于…, the date in
# brackets under the title, no 主送.
DECISION = ["某政〔2013〕2号", "某某县人民政府", "关于表彰2012年度某某县县长质量奖获奖单位的决定", "(2013年1月6日)",
            "为深入实施质量兴县战略,经县政府研究,决定授予某某公司“2012年度某某县县长质量奖”。",
            "希望受表彰的单位珍惜荣誉,再接再厉。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_under_a_named_annex_heads_the_next_document(columns):
    """GB/T 9704-2012 8 prints an 附件 after the text, its mark at the top
    left and its title under it, and 7.3.7 lists it in the 附件说明; 7.2.4
    numbers the document, not its annexes. So an annex title the 附件说明
    names, under its mark after the 成文日期, prints no 发文字号 of its own:
    a number line under it is the 版头 of the title under that, the next
    document's, and the annex stays a part of the document above."""
    docs = _documents(COMMENDATION + DECISION, columns)
    assert [d.title for d in docs] == [COMMENDATION[0], "某某县人民政府关于表彰2012年度某某县县长质量奖获奖单位的决定"]
    assert docs[0].doc_number == "某政字〔2010〕17号" and docs[1].doc_number == "某政〔2013〕2号"
    assert [p.title for p in docs[0].parts][-1] == COMMENDATION[-1]
    assert docs[1].issuers == ["某某县人民政府"] and docs[1].date == "2013-01-06"


OTHER = ["某某县2013年质量工作要点", "某质〔2013〕3号", "各乡镇人民政府:",
         "现将2013年质量工作要点印发给你们,请认真贯彻执行。", "某某县质量技术监督局", "2013年2月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_numbered_title_the_annex_note_does_not_name_is_a_document(columns):
    """Control: a title after the date and the '附件' mark that the 附件说明
    does not name, with its 发文字号 and 主送 under it, is a document of its
    own, and the number is its."""
    head = COMMENDATION[:-1]
    docs = _documents(head + OTHER, columns)
    assert [d.title for d in docs] == [COMMENDATION[0], OTHER[0]]
    assert docs[1].doc_number == "某质〔2013〕3号"


# A 主送 wrapped after a comma over a line that opens with a class of bodies by '各' and closes on the colon.
ADDRESSED = ["某某市人民政府关于表彰2010年度某某市市长质量奖获奖单位和个人的通报", "(某政字〔2010〕170号)",
             "各县(区)人民政府,某某经济开发区、高新区、北海经济开发区管委会,市政府各部门、各直属事业单位,市属各大企业,"
             "各高等院校,中央、省驻某各单位:",
             "近年来,全市各级、各部门深入实施质量兴市战略,全面加强质量工作,全市质量工作取得显著成效。",
             "某某市人民政府", "二○一○年十二月十七日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_class_of_colleges_is_an_addressee_and_the_wrapped_list_goes_on(columns):
    """GB/T 9704-2012 7.3.2: the 主送机关 are named by their full or short
    names or by the class of their kind (同类型机关统称), 各高等院校 as
    各学校 or 各企业; the list goes on past its line's end (回行时仍顶格) to
    the colon after its last name. A line under the comma that opens on such a
    class is the list's, not a new paragraph."""
    docs = _documents(ADDRESSED, columns)
    assert [d.title for d in docs] == [ADDRESSED[0]]
    assert docs[0].addressees == ADDRESSED[2][:-1].replace(",", "，").replace("(", "（").replace(")", "）")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_on_colleges_under_an_addressee_is_the_body(columns):
    """Control: under a 主送 closed by its colon, a sentence that opens on
    各高等院校 is the body's first paragraph, no name of the list."""
    text = ["某某市教育局关于做好2020年招生工作的通知", "各县(区)教育局:",
            "各高等院校要按照招生计划做好录取工作,确保招生工作平稳有序。", "某某市教育局", "2020年5月6日"]
    docs = _documents(text, columns)
    assert docs[0].addressees == "各县（区）教育局"


# A printed issue whose 目录 groups its documents under each issuer's 发文机关标志; the first page's last line is the
# second document's 版头, its footer and the next page's running head under it, then its 发文字号 and title.
SECTIONED_ISSUE = ["某某市人民政府公报", "2017年第1号", "目　　录", "某某县人民政府文件",
                   "某某县人民政府关于做好质量强县工作的通知……1", "某某区人民政府文件",
                   "某某区人民政府关于全面实施标准化战略的意见……1", "",
                   "某某县人民政府关于做好质量强县工作的通知", "各乡镇人民政府：",
                   "现将有关事项通知如下：请各乡镇做好质量强县工作。", "某某县人民政府", "2017年10月9日",
                   "某某区人民政府文件", "— 1 —", "某某市人民政府公报　2017年第1号", "某区发〔2017〕31号",
                   "某某区人民政府关于全面实施标准化战略的意见", "各街道办事处，区政府直属各单位：",
                   "为提升我区标准化工作水平，提出如下意见。", "某某区人民政府", "2017年10月31日", "— 2 —"]


def test_an_issuers_mark_over_its_pages_footer_is_the_documents_not_a_running_head():
    """A gazette prints its 目录 section (here each issuer's 发文机关标志) as
    the running head at a page's top, under the page above's footer. A
    section's name right over the page's footer with the next page's head
    under that is the page's last line: the next document's 版头 (GB/T 9704
    7.2), kept on its page, and the document opens there."""
    from builder.convert import convert_text
    docs = convert_text("\n".join(SECTIONED_ISSUE) + "\n", "issue.txt", "issue").documents
    assert [d.title for d in docs] == [SECTIONED_ISSUE[4][:-3], SECTIONED_ISSUE[6][:-3]]
    second = docs[1]
    assert second.doc_number == "某区发〔2017〕31号"
    assert "某某区人民政府文件" in [b.text for b in second.parts[0].blocks if hasattr(b, "text")]


def test_an_issuers_mark_under_a_pages_footer_is_its_running_head():
    """Control: the same name under the footer, at the next page's top in the
    middle of a sentence, is the running head: taken out, the sentence whole."""
    texts = ["某某市人民政府公报", "2017年第1号", "目　　录", "某某县人民政府文件",
             "某某县人民政府关于做好质量强县工作的通知……1", "",
             "某某县人民政府关于做好质量强县工作的通知", "各乡镇人民政府：",
             "现将有关事项通知如下：请各乡镇在10月底前做好", "— 1 —", "某某县人民政府文件",
             "质量强县工作。", "某某县人民政府", "2017年10月9日", "— 2 —"]
    from builder.convert import convert_text
    doc, = convert_text("\n".join(texts) + "\n", "issue.txt", "issue").documents
    assert "现将有关事项通知如下：请各乡镇在10月底前做好质量强县工作。" in [
        b.text for b in doc.parts[0].blocks if hasattr(b, "text")]
