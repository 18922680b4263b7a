"""The document grammar on layouts of the three-hundred-and-second held-out
set's kind (issue #11): household-service and consumer-promotion texts of
cities, counties and districts (a 家庭服务业 意见, 夜间经济 方案 and 意见, a
征求意见 通知 on draft 促进消费 measures, a 消费券 方案 issued by a notice and
one published alone) as their sites and document libraries store them, one
excerpt cut mid-sentence right over the next text's title, a place's 方案
that names no organ and says in its preamble which text it opens ('…特制定本
活动方案。'). Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice's issued text, cut by the store mid-sentence (no stop, no signature under it).
CUT_TEXT = ["北山市人民政府办公室关于促进夜间经济发展的实施意见", "各县(市、区)人民政府,市直各部门:",
            "为加快推进夜间经济发展,结合我市实际,现提出以下意见:", "一、总体要求",
            "坚持政府引导、市场主导,完善夜间消费设施,丰富夜间服务功能,消费者领取电子消费券后均可在北山"]
# A place's plan with no organ, its preamble naming it by its kind with a word before the kind.
PLACE_PLAN = ["南岭县2024年消费券发放工作方案",
              "为进一步激发消费活力,释放消费潜力,结合南岭县实际,特制定本活动方案。",
              "一、活动主题", "惠享生活·乐购南岭", "二、活动时间", "2024年3月1日至2024年3月31日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_places_plan_over_a_preamble_naming_it_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1 and 规章制定程序条例 第七条: a text published alone is
    titled by its place, its matter and its 文种 ('南岭县2024年…工作方案'),
    and its preamble says which text it opens by that 文种, perhaps with the
    word a 方案 is joined to ('…特制定本活动方案。', as '本实施方案', '本工作
    方案'; titles.names_itself_under). No sentence runs on past a kind word
    into such a preamble: the title opens a document under a sentence an
    excerpt cut, though the line above fills the measure (the line is no line
    of the title, titles.titled_over_own_preamble in the reach back and in the
    full-line test)."""
    docs = _documents(CUT_TEXT + PLACE_PLAN, columns)
    assert [d.title for d in docs] == [CUT_TEXT[0], PLACE_PLAN[0]]
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_plan_alone_is_read_as_before(columns):
    """The control: the same plan at the head of the file, and a plan whose
    preamble names it '本方案', are read as before."""
    docs = _documents(PLACE_PLAN, columns)
    assert [d.title for d in docs] == [PLACE_PLAN[0]]
    plain = [PLACE_PLAN[0], PLACE_PLAN[1].replace("本活动方案", "本方案")] + PLACE_PLAN[2:]
    assert [d.title for d in _documents(CUT_TEXT + plain, columns)] == [CUT_TEXT[0], PLACE_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_ends_on_a_kind_word_over_no_preamble_stays_in_the_body(columns):
    """The control: a line ending on a 文种 under a cut sentence, over a
    paragraph that names no text by that 文种 ('…请各地抓好落实。'), is no
    title: the text above goes on."""
    body = ["南岭县2024年消费券发放工作方案", "请各乡镇结合实际认真抓好落实,确保消费券按期发放到位。"]
    docs = _documents(CUT_TEXT + body, columns)
    assert [d.title for d in docs] == [CUT_TEXT[0]]


def test_the_self_naming_words_take_the_word_a_plan_is_joined_to():
    """'本活动方案' names the text as '本方案' and '本实施方案' do; a plan
    the sentence tells others to make ('制定本地区方案') is no self-naming."""
    from builder.stages.split.titles import names_itself_under
    from builder.model import Line
    def lines(*texts):
        return [Line(no=n, text=t) for n, t in enumerate(texts)]
    title = "南岭县2024年消费券发放工作方案"
    assert names_itself_under(lines("为激发消费活力,特制定本活动方案。", "一、活动主题"), 0, title)
    assert names_itself_under(lines("为激发消费活力,制定本方案。", "一、活动主题"), 0, title)
    assert not names_itself_under(lines("各乡镇要结合实际,制定本地区方案。", "一、活动主题"), 0, title)
