"""The document grammar on layouts of the two-hundred-and-seventy-third held-out
set's kind (issue #11): investment-promotion texts of cities and districts (a
government's or its office's 通知 issuing a 招商引资 考评奖励办法, 考评办法 or
考核方案 or the year's 工作任务安排意见, a 通知 on the year's 考核, a statutory
body's 外资奖励办法) as law libraries, city sites and mirrors store them, a
passing notice's title with no organ and no 主送 over the paragraph that passes
its text on, under a notice's excerpt cut mid-sentence. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt the store cut mid-sentence, after a clause mark: no signature closes it.
CUT_NOTICE = ["某某市人民政府办公室关于印发2009年招商引资工作任务安排意见的通知", "市政府各部门：",
              "经市政府同意，现将《2009年招商引资工作任务安排意见》印发给你们，请认真贯彻落实。",
              "一、做好协调和考核工作",
              "市经委作为牵头责任部门，要组织协调好域外招商引资各项工作；人事部门要认真"]
# A passing notice's title with neither organ nor 主送, the paragraph under it passing on the text it names.
PASSING_NOTICE = ["关于印发《某某区招商引资考核方案》的通知", "现将《某某区招商引资考核方案》印发给你们，请遵照执行。",
                  "某某区招商引资考核方案", "一、考核对象", "各乡镇、园区、区招商责任组成员单位。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_notices_title_over_the_sentence_that_passes_its_text_on_opens_a_document(columns):
    """党政机关公文处理工作条例 第八条, GB/T 9704 7.3.1: a 印发 notice's title
    names the text it issues in 《》 after its verb, 通知 last, its organ (and
    here its 主送) left out; its first paragraph passes that very text on by the
    same name ('现将《…》印发给你们'). A sentence the store cut above it runs
    into no cited title followed by a paragraph that names the cited
    notice's text again and passes it on, so the title opens a document of
    its own, not the tail of the notice cut short above it."""
    docs = _documents(CUT_NOTICE + PASSING_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], PASSING_NOTICE[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith("人事部门要认真")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cited_passing_title_over_a_sentence_naming_another_text_stays_words(columns):
    """Control: under the same cut sentence, the same words over a paragraph
    that passes on some other text (not the one the title names in 《》) open
    no document: the sentence the store cut may go on into a cited title."""
    other = ["关于印发《某某区招商引资考核方案》的通知", "现将《某某区招商引资奖励办法》印发给你们，请遵照执行。",
             "一、奖励对象", "各乡镇、园区。"]
    docs = _documents(CUT_NOTICE + other, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_notice_with_its_addressees_after_a_signed_text_is_unchanged(columns):
    """Control: after a notice closed by its signature and date, a passing
    notice's title with its 主送 under it opens its own document, as before."""
    signed = ["某某县人民政府关于做好招商引资工作的通知", "各乡镇人民政府：", "请各乡镇认真做好招商引资工作。",
              "某某县人民政府", "2021年3月1日"]
    docs = _documents(signed + [PASSING_NOTICE[0], "各乡镇、园区：", *PASSING_NOTICE[1:]], columns)
    assert [d.title for d in docs] == [signed[0], PASSING_NOTICE[0]]
    assert docs[1].addressees == "各乡镇、园区"
