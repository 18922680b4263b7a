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

from tests.test_holdout7_grammar import _documents, _text  # (the same input path and layouts)

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


# A district office's notice issuing a 方案 whose name the store damaged in the title, the body and the text's own title.
ISSUING = ["东城区人民政府办公室关于印发《2024年“惠享生活乐购东城”惠民消费券发放活动实施方案》的通知",
           "东政办发〔2024〕5号", "各街道办事处,区直各单位:",
           "现将《东城区“惠享生活 乐购东城”惠民消费券发放活动实施方案》印发给你们,请认真抓好贯彻落实。",
           "东城区人民政府办公室", "2024925"]
ISSUED = ["东城区2024年生活 购东城惠民消费券发放活动实施方案",
          "为激发消费潜力,经区政府研究,决定在全区发放电子消费券,具体实施方案如下:",
          "一、活动主题", "惠享生活 乐购东城", "二、活动时间", "2024年9月27日至2024年12月31日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_text_a_notice_issues_under_its_date_is_its_part_though_the_store_damaged_its_name(columns):
    """党政机关公文处理工作条例 第八条 and GB/T 9704 8.1: a 印发 notice prints
    the one text it issues right after its 成文日期, under that text's own
    title, with no 发文字号 or 主送 of its own. A title there ending on the
    same 事由 words and 文种 as the one text the notice's title quotes (ten
    characters and more, parts.ends_alike) is that text, though the store
    lost characters of either ('2024年' put in, '惠享' and '乐' lost); and a
    place's 方案 over its own preamble under it, once that text is printed,
    is a document of its own (documents._names_itself_past_named)."""
    docs = _documents(ISSUING + ISSUED + CUT_TEXT[-1:] + PLACE_PLAN, columns)
    assert [d.title for d in docs] == [ISSUING[0], PLACE_PLAN[0]]
    assert [p.title for p in docs[0].parts[1:]] == ["东城区2024年生活购东城惠民消费券发放活动实施方案"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_the_date_that_ends_otherwise_is_a_document_of_its_own(columns):
    """The control: a title under the notice's date that shares with the
    name quoted no more than its 文种 and a word ('…农机购置补贴实施方案') is
    a document of its own, as before."""
    other = ["东城区2024年农机购置补贴实施方案", "为落实农机购置补贴政策,结合我区实际,制定本方案。",
             "一、补贴对象", "从事农业生产的个人和组织。"]
    docs = _documents(ISSUING + other, columns)
    assert [d.title for d in docs] == [ISSUING[0], other[0]]


def test_names_end_alike_on_their_matters_last_words_and_kind():
    from builder.stages.split.parts import ends_alike
    assert ends_alike("2024年“惠享生活乐购东城”惠民消费券发放活动实施方案", "东城区2024年生活购东城惠民消费券发放活动实施方案")
    assert not ends_alike("2024年“惠享生活乐购东城”惠民消费券发放活动实施方案", "东城区2024年农机购置补贴实施方案")
    assert not ends_alike("东城区惠民消费券发放活动实施方案", "东城区惠民消费券发放活动实施意见")


OFFICE_MARK = "某某市人民政府办公室文件"
SHORT_TITLE = "市政府办公室关于加快发展家庭服务业的实施意见"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title, kept", [(SHORT_TITLE, True), ("市教育局关于加快发展家庭服务业的实施意见", False)],
                         ids=["own-short-name", "another-organ"])
def test_a_mark_over_a_title_naming_its_organ_short_is_its_documents_banner(columns, title, kept):
    """GB/T 9704 7.2.2 and 7.3.1: the 发文机关标志 heads its document's
    frame, and the title may name that organ by its 规范化简称 before 关于
    ('某某市人民政府办公室文件' over '市政府办公室关于…'). A gazette that groups
    its documents under their issuer's 标志 prints the same words as the
    目录's section; right over a title that names that organ short (its
    characters in order, the same ending: frame.same_body) the line is the
    document's 版头, kept in its text (convert._heads_frame). The control:
    over a title of another organ ('市教育局关于…') it is the section's name
    printed again, page furniture."""
    from builder.convert import convert
    from tests.devset.layout import laid_out
    from tests.test_holdout347_grammar import CONTENTS, NOTICE
    contents = CONTENTS[:5] + [OFFICE_MARK, title + "……2"]
    laid = [OFFICE_MARK, title, "（某府办发〔2012〕221号）", "各县（市、区）人民政府，市各委、办、局：",
            "为进一步加快发展家庭服务业，经市人民政府同意，现提出如下实施意见。"]
    text = "\n".join(contents + laid_out(NOTICE + laid, columns))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (OFFICE_MARK in _text(docs[1]).replace("\n", "")) is kept
    assert docs[1].doc_number == "某府办发〔2012〕221号"
