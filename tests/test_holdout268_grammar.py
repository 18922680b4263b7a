"""The document grammar on layouts of the two-hundred-and-sixty-eighth held-out
set's kind (issue #11): elderly-care texts of cities and counties (a city
office's 通知 issuing its 高龄津贴 实施方案, a city bureau's 通知 putting a draft
on 老年人 bus fares out for comment, a county's 政策解读, a city 老龄委's 敬老月
通知) as their sites and mirrors store them, excerpts the store cut
mid-sentence with no signature, one run on into the next. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan, signed and dated, the plan's excerpt cut mid-sentence under its first heading.
CUT_PLAN = ["某某市人民政府办公室关于印发某某市高龄津贴发放实施方案的通知", "各镇人民政府：",
            "现将实施方案印发给你们，请认真贯彻执行。", "某某市人民政府办公室", "2011年12月20日",
            "某某市高龄津贴发放实施方案", "一、发放标准"]
# Its last paragraph, cut short: long enough that the wrap fills its last line at 18 and 26 columns.
CUT = "八十至八十九周岁的高龄老人，每人每月发放三十元；九十至九十九周岁的高龄老人，每人每月发放六十元；百岁以上"
# A whole 标题 (its organ, 关于, a draft's name in 书名号, its 文种) as long as the measure: its last line full.
TITLE = {None: "某某市交通运输局关于《某某市六十周岁以上老年人乘坐城市公共交通工具优惠政策的实施方案》公开征求意见的通知",
         26: "某某市交通运输局关于《某某市六十周岁以上老年人乘坐城市公共交通工具优惠政策的实施方案》公开征求意见的通知",
         18: "某某市交通运输局关于《某某市老年人乘车优惠政策的实施方案》征求意见的通知"}
GROUND = "为弘扬中华民族尊老敬老的传统美德，落实老年人优待办法，我局代拟了实施方案，现公开征求意见。"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_whole_title_over_its_ground_opens_under_a_cut_line_though_its_last_line_is_full(columns):
    """GB/T 9704 7.3.1: a whole 标题, its 发文机关's name first, 关于, its
    事由 and its 文种 last, no clause mark, over the line that opens its
    body's first sentence on its purpose ('为弘扬…'). It ends on its 文种
    though the wrap happens to fill its last line, and though the line above
    fills the measure (a paragraph the store cut there): no sentence runs on
    at a line's start into an organ's name, 关于 and a 文种 and past the 文种
    into a purpose of its own. So the notice is a document of its own, not
    the tail of the plan cut short above it."""
    title = TITLE[columns]
    docs = _documents(CUT_PLAN + [CUT, title, GROUND], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], title]
    assert docs[1].issuers == ["某某市交通运输局"]
    assert docs[0].parts[-1].blocks[-1].text.endswith("百岁以上")


# A sentence that cites a title bare (no 书名号) after the preposition that takes it, the wrap setting the title
# alone on its lines: the title's words, then '为准' going on with the sentence.
CITING = {26: "各镇在执行中与本方案规定不一致的乘车优惠事项，一律以", 18: "本方案未作规定的乘车优惠事项，一律以"}


@pytest.mark.parametrize("columns", [18, 26])
@pytest.mark.parametrize("tail", ["为准，各镇不得另行规定。", "为依据执行。", "为弘扬尊老敬老的美德，各镇要认真执行。"])
def test_a_bare_title_a_sentence_cites_after_its_preposition_stays_the_sentences(columns, tail):
    """Control: where the line above ends on the word that takes a cited
    text as its object ('…一律以'), the title under it, its last line full,
    is that sentence's object, whatever the line under opens with ('为准' /
    '为依据' / '为…'): no document opens there, and the sentence stays one
    paragraph of the plan."""
    title = TITLE[columns]
    docs = _documents(CUT_PLAN + [CITING[columns] + title + tail], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]
    assert docs[0].parts[-1].blocks[-1].text.replace("\n", "").endswith(tail)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_whole_title_over_its_ground_under_a_signed_text_is_unchanged(columns):
    """Control: under a text closed by its signature and date the same
    title and ground open their document as before the rule."""
    title = TITLE[columns]
    docs = _documents(CUT_PLAN[:5] + [title, GROUND], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], title]
