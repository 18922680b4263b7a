"""The document grammar on layouts of the two-hundred-and-twenty-second
held-out set's kind (issue #11): city, county and district texts on unpaid
blood donation (招募计划 and 表扬 通报), women's and children's development
(妇女儿童发展纲要 评估 通知, 儿童发展规划) and 双拥 (拥军优属 通知, a 退役军人事务局's
请示) as portals store them, several cut short by the store with no
signature, the next one's title opening on 关于 with no organ. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan, the plan's preamble cut mid-sentence by the store: nothing closes it but the next title.
CUT_PLAN = ["某某区人民政府关于印发某某区儿童发展规划的通知", "各街道办事处：", "现将规划印发给你们，请认真组织实施。",
            "某某区人民政府", "2022年12月30日", "某某区儿童发展规划", "儿童是国家的未来。",
            "区委、区政府始终高度重视儿童事业，先后制"]
# A department's texts, titled on 关于 with no organ (GB/T 9704 7.3.1 lets the organ be left off).
NOTICE = ["关于做好新年春节期间拥军优属工作的通知", "各双拥领导小组成员单位：",
          "拥军优属是优良传统。现就有关工作通知如下：", "一、大力营造双拥氛围。"]
REQUEST = ["关于追加2022年双拥工作经费的请示", "某某区人民政府：", "双拥工作是一项重要的政治任务。", "妥否，请批示。",
           "某某区退役军人事务局", "2022年6月2日"]


def _run_in(title_and_addressees: list[str]) -> list[str]:
    """The title and the 主送 under it run into one line, as an extractor that joins text boxes gives them."""
    return ["".join(title_and_addressees[:2])] + title_and_addressees[2:]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("text", [NOTICE, REQUEST])
def test_a_title_on_guan_yu_with_its_addressees_run_in_opens_a_document_under_a_cut_excerpt(text, columns):
    """GB/T 9704 7.3.1–7.3.2: a line that opens on 关于 and runs a 事由, a 文种
    and then a 主送 of organs closing on its colon ('关于…的通知各双拥领导小组
    成员单位：') is a title with its 主送 run in, as an organ-led title is: no
    sentence goes on so. Under a text the store cut mid-sentence it opens the
    next document."""
    docs = _documents(CUT_PLAN + _run_in(text), columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], text[0]]
    assert docs[1].addressees == text[1].rstrip("：")


CITING = ["某某县人民政府办公室关于做好安全生产工作的通知", "各乡镇人民政府：",
          "为确保安全，请各单位认真落实县政府", "关于做好安全生产工作的通知各项要求：",
          "一、各乡镇要加强检查。", "二、贯彻落实县政府", "关于做好安全生产工作的通知落实情况通报如下：",
          "某某县人民政府办公室", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_going_on_into_a_cited_title_opens_no_document(columns):
    """Control: a sentence that goes on into a title it cites, the words after
    the 文种 no 主送 of organs ('…的通知各项要求：', '…的通知落实情况通报如下：'),
    stays in its document."""
    docs = _documents(CITING, columns)
    assert [d.title for d in docs] == [CITING[0]]
    assert docs[0].issuers == ["某某县人民政府办公室"]


def _texts(doc) -> str:
    return "".join(getattr(b, "text", "") or "" for part in doc.parts for b in part.blocks)


# A city's 函 (GB/T 9704 10.1, 信函格式): the organ's full name alone, the 发文字号 under it, then the title.
LETTER = ["某某市人民政府", "某府函〔2020〕57号", "关于表扬2019年度无偿献血先进单位的通报",
          "各县（市、区）人民政府，市直各部门：", "2019年，全市无偿献血工作取得新成效。现予通报表扬。",
          "某某市人民政府", "2020年6月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letter_heads_organ_over_its_number_opens_the_document(columns):
    """GB/T 9704 10.1: a 函's 发文机关标志 is the organ's full name alone, no
    文件, the 发文字号 under it, the title under that. Under the date that
    closed the text before, the name over the number line over a title is
    that 版头: the document opens there, and the text before keeps none of it."""
    docs = _documents(REQUEST + LETTER, columns)
    assert [d.title for d in docs] == [REQUEST[0], LETTER[2]]
    assert docs[1].doc_number == "某府函〔2020〕57号"
    assert "某某市人民政府" not in _texts(docs[0])


def test_a_number_read_before_its_organ_and_code_is_set_back_under_the_name():
    """GB/T 9704 10.1 sets the 函's number right of the organ's name on one
    row; an extractor that reads the row's boxes out of order gives the year
    and serial first, then the name with the 代字 run on after it ('〔2020〕57号'
    / '某某市人民政府某府函'). They are the name and the number whole under it."""
    scrambled = ["〔2020〕57号", "某某市人民政府某府函"] + LETTER[2:]
    docs = _documents(REQUEST + scrambled, None)
    assert [d.title for d in docs] == [REQUEST[0], LETTER[2]]
    assert docs[1].doc_number == "某府函〔2020〕57号"
    assert "57号" not in _texts(docs[0])


def test_an_undated_signer_over_the_next_number_stays_the_signer_control():
    """Control: an organ's name over a number line, under a finished sentence
    and no date, may be the text before's signer (an undated signature): it
    stays that text's, and only the number heads the next title."""
    signed = REQUEST[:4] + ["某某区退役军人事务局"]
    docs = _documents(signed + LETTER[1:], None)
    assert [d.title for d in docs] == [REQUEST[0], LETTER[2]]
    assert "某某区退役军人事务局" in _texts(docs[0])
    assert docs[1].doc_number == "某府函〔2020〕57号"
