"""The document grammar on layouts of the two-hundred-and-sixtieth held-out
set's kind (issue #11): greening texts of cities, counties and districts
(义务植树 通知, 造林绿化 通知, notices that issue a 园林县城 实施方案 or a 绿线
管理 办法) as portals, law sites and a county gazette's PDF text store them.
Each case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

ISSUED = "某某县2016年度创建园林县城实施方案"
# A joint notice that issues a text as a gazette's PDF text gives it: the head, the 文号, the 主送 and the sentence run
# into one line, the sentence's stop half-width, the two organs' signatures on one line parted by a space, the date
# run into the issued text's title and its first sentence, which opens on a year.
JOINT_ISSUING = [f"中共某某县委 某某县人民政府 关于印发《{ISSUED}》的通知 某发〔2016〕13号 各镇党委、政府,县直各部门、"
                 f"单位: 《{ISSUED}》已经县委、县政府同意,现印发给你们,请认真组织实施.",
                 "中共某某县委 某某县人民政府",
                 f"2016 年9月8日{ISSUED} 2016年是创建园林县城的申报年,为进一步明确任务,特制定本方案。"]


def _parts(doc) -> list[str]:
    return [part.title for part in doc.parts if part.title]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_signers_date_and_issued_title_run_together_are_set_out(columns):
    """GB/T 9704 7.3.5: the signatures and the 成文日期 close the notice, and
    the text it issues follows under its own title, the very one its sentence
    names in 《》 (党政机关公文处理工作条例's 印发 通知). Organs that issue it
    together sign each by name (7.3.5.2), one line holding them where the
    extractor parts them by a space; the sentence may end on the half-width
    stop a PDF's text layer gives. With the whole frame printed (sentence,
    signers, date) the title closes it whatever the text's first sentence
    opens on, a year too: the date is the notice's, the title the part's."""
    doc, = _documents(JOINT_ISSUING, columns)
    assert doc.date == "2016-09-08"
    assert doc.issuers == ["中共某某县委", "某某县人民政府"]
    assert ISSUED in _parts(doc)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_and_the_named_title_without_signers_need_the_texts_opening(columns):
    """Control: with no signer between the sentence and the date, the title
    after the date still closes the frame only before a preamble, a chapter or
    an article: a run-on line that goes on with a year is left as it was, the
    date unread."""
    head, _, tail = JOINT_ISSUING
    doc, = _documents([head, tail], columns)
    assert doc.date is None
    assert ISSUED not in _parts(doc)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_decimal_point_is_no_sentences_stop(columns):
    """Control: the half-width stop ends the sentence, a decimal point inside
    it ('3.12植树节') does not: the sentence reads on to its own stop, and the
    frame under it is set out as before."""
    sentence = f"《{ISSUED}》已经县委、县政府同意,现印发给你们,请在3.12植树节前认真组织实施。"
    doc, = _documents([JOINT_ISSUING[0].rsplit(" 《", 1)[0], "《" + sentence.split("《", 1)[1]]
                      + JOINT_ISSUING[1:], columns)
    assert doc.date == "2016-09-08"
    assert ISSUED in _parts(doc)
    assert any("3.12植树节前认真组织实施" in p.text for part in doc.parts for p in part.blocks if hasattr(p, "text"))



# A notice and the rule it issues as a document sharing site stores them, one line for the whole text, its pieces
# parted by spaces, and the excerpt cut mid-sentence with no signature: nothing closes it but the next head.
CUT_RULE = ("某某县人民政府关于印发《某某县城市绿线管理实施办法》的通知 各乡镇人民政府,县政府各部门: 《某某县城市绿线管理实施办法》"
            "已经县政府常务会议讨论通过,现印发给你们,请认真遵照执行。 二○○六年七月二十日 某某县城市绿线管理实施办法 第一条 为建立"
            "和严格实施城市绿线管理制度,制定本办法。 第二条 本县行政区域城市规划区范围内绿线的划定和监督管理,适用本办")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_head_whose_last_organ_runs_into_its_about_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.2.1 and 7.3.1: a joint text names its organs in full
    before its 关于, the title running the last name into 关于 as it prints
    (…人民政府关于…). A page that runs the frame into one line parts the
    names by spaces; a scanner may read the space before 关于 away, so the
    head reads '中共某某县委 某某县人民政府关于…'. Under a sentence the store cut
    ('…适用本办') it is still the next document's head, however the wrap cut
    it, as with the space kept: no sentence goes on into organs' whole names
    parted by a space."""
    scanned = JOINT_ISSUING[0].replace("某某县人民政府 关于", "某某县人民政府关于")
    docs = _documents([CUT_RULE, scanned, *JOINT_ISSUING[1:]], columns)
    assert [d.title for d in docs] == [CUT_RULE[:CUT_RULE.index(" ")], f"中共某某县委某某县人民政府关于印发《{ISSUED}》的通知"]
    assert docs[1].doc_number == "某发〔2016〕13号"
    assert docs[1].issuers == ["中共某某县委", "某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_organ_run_into_its_about_under_a_cut_sentence_stays_the_sentences(columns):
    """Control: no space parts an organ's whole name from another before the
    关于, so the line goes on with the cut sentence it is read under ('…适用本办'
    / '法。…按照某某县人民政府关于…'): a head needs the names the page parts."""
    went_on = ("法。县城市管理部门按照某某县人民政府关于印发《某某县城市绿线管理实施办法》的通知 某发〔2006〕13号 "
               "的要求，做好绿线公布工作。")
    docs = _documents([CUT_RULE, went_on, "某某县人民政府", "2006年7月20日"], columns)
    assert [d.title for d in docs] == [CUT_RULE[:CUT_RULE.index(" ")]]
