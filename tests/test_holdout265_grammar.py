"""The document grammar on layouts of the two-hundred-and-sixty-fifth held-out
set's kind (issue #11): rural homestead (宅基地) and rural housing-construction
texts of counties and districts (a government office's 通知 issuing a 宅基地
管理办法 or 实施细则 with its articles under it, a county-level city's 实施
方案, a county's 通告) as their sites and mirrors store them, an issued
rule's excerpt cut mid-sentence on a kind word ('…自然资源和规划') right over
the next notice's 发文字号 and title. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a rule, its date alone (no signature), the rule's title and articles; the store cut the
# last article inside a sentence that ends, where it was cut, on a kind word ('规划').
CUT_RULE = ["某某县人民政府办公室关于印发某某县农村宅基地管理暂行办法的通知", "各乡镇人民政府，县政府各部门：",
            "《某某县农村宅基地管理暂行办法》已经县人民政府常务会议研究通过，现印发给你们，请认真贯彻执行。",
            "2020年12月2日", "某某县农村宅基地管理暂行办法", "第一章 总则",
            "第一条 为进一步加强我县农村宅基地管理，切实保护耕地，制定本办法。"]
ARTICLE = "第二条 乡镇人民政府负责本辖区内宅基地审批和监督管理工作。"
CUT_SENTENCE = "明确由乡镇党政办和设置在乡镇的县农业农村、自然资源和规划"
# A sentence between them, so that at each measure the wrap leaves the cut sentence's last words alone on the
# last line ('县农业农村、自然资源和规划') under a full line that holds the sentence's stop before them.
BETWEEN = {None: "", 18: "村民委员会协助配合。", 22: "", 26: "村民委员会协助。"}


def _cut_rule(columns):
    return CUT_RULE + [ARTICLE + BETWEEN[columns] + CUT_SENTENCE]


# The next text: a county's 通告, its 发文字号 over its title (GB/T 9704 7.2.4), no 主送, a lead paragraph that hands
# its items on, the items, its signature and date.
NUMBERED_NOTICE = ["某政〔2020〕47号", "某某县人民政府关于农村乱占耕地建房“八不准”的通告",
                   "为落实最严格的耕地保护制度，现将农村乱占耕地建房“八不准”通告如下：",
                   "一、不准占用永久基本农田建房；", "二、不准强占多占耕地建房。", "特此通告", "某某县人民政府", "2020年9月11日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_number_under_a_cut_sentence_heads_the_title_under_it(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 stands alone over the title
    it numbers; a number printed under a title is that title's only where a
    whole 标题 ends right over it. The last line of a sentence the wrap
    carried on from a full line holding a sentence's stop ('…工作。明确由…
    设置在乡镇的' / '县农业农村、自然资源和规划') is no title's, though it
    ends on a kind word (规划): the number heads the 通告 under it, and the
    cut sentence stays the rule's last article."""
    docs = _documents(_cut_rule(columns) + NUMBERED_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], NUMBERED_NOTICE[1]]
    assert docs[1].doc_number == NUMBERED_NOTICE[0]
    assert docs[0].doc_number is None
    assert docs[0].parts[-1].blocks[-1].text.endswith("自然资源和规划")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_under_a_whole_title_stays_that_titles(columns):
    """Control: a whole 标题 with its 发文字号 printed under it (a web page's
    reprint) keeps its number, after a text closed by its date as after the
    cut sentence: a number is read as the head of the title under it only
    where the line over it is a sentence's tail; and a title's line of its
    own over a number, no sentence's tail, is the title the number is
    printed under, though its excerpt stops there."""
    under = [NUMBERED_NOTICE[1], NUMBERED_NOTICE[0]] + NUMBERED_NOTICE[2:]
    signed = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
              "请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
    for above in (signed, _cut_rule(columns)):
        docs = _documents(above + under, columns)
        assert [d.title for d in docs] == [above[0], under[0]]
        assert docs[-1].doc_number == under[1]


# A district office's notice: its 发文字号 over its title, its 主送 under the title, one paragraph, signature and date.
ADDRESSED_NOTICE = ["某府办规〔2021〕1号", "某某市某某区人民政府办公室关于印发某某区农村宅基地管理实施细则（试行）的通知",
                    "各镇政府、街道办事处，区政府各部门：",
                    "《某某区农村宅基地管理实施细则（试行）》业经区人民政府同意，现印发给你们，请认真贯彻执行。",
                    "某某市某某区人民政府办公室", "2021年1月21日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_under_a_number_is_no_addressee_of_a_cut_sentence(columns):
    """GB/T 9704 7.2.4 and 7.3.2: under a title its 发文字号, then the 主送,
    names of organs ending in a colon; a sentence the store cut runs on into
    no such frame, so a title framed so opens a document though the line over
    it stops mid-sentence. A line under the number that opens as a 标题 by
    its grammar (发文机关 + 关于印发) is no 主送, though it and the 主送 under it
    joined end in the 主送's colon: it is the title the number heads, and the
    cut sentence over the number ('资源和规划', the wrap's last piece) opens
    nothing."""
    docs = _documents(_cut_rule(columns) + ADDRESSED_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], ADDRESSED_NOTICE[1]]
    assert docs[1].doc_number == ADDRESSED_NOTICE[0]
    assert docs[1].addressees == "各镇政府、街道办事处，区政府各部门"
    assert docs[0].parts[-1].blocks[-1].text.endswith("自然资源和规划")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_its_number_and_addressees_under_a_cut_sentence_still_opens(columns):
    """Control: a whole 标题 under the cut sentence, its 发文字号 under it and
    its 主送 under that, opens its document with its number as before: the
    主送 under the number opens on an organ's class ('各乡镇人民政府'), no
    title's words."""
    framed = ["某某县人民政府关于做好春季植树造林工作的通知", "某政〔2021〕5号", "各乡镇人民政府，县政府各部门：",
              "请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
    docs = _documents(_cut_rule(columns) + framed, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], framed[0]]
    assert docs[1].doc_number == framed[1]
    assert docs[1].addressees == "各乡镇人民政府，县政府各部门"
