"""The document grammar on layouts of the hundred-and-sixty-eighth held-out
set's kind (issue #11): rules (办法, 规定, 制度) in 章 and 条 as law sites
and compilations store them, the organ on the line under the title, or the
date and organ on one line ('1990年3月10日,某某部'), articles numbered in
Arabic figures ('第1条') or captioned on a line of their own ('第一条 目的'),
a first chapter headed '一、总则'. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A rule whose excerpt ends on an article's sentence: the text the next cases run their title under.
RULES = ["某某市公共场所管理办法", "第一章 总 则", "第一条 为加强公共场所管理，制定本办法。",
         "第二条 本办法适用于本市行政区域。"]
# A rule whose excerpt ends on an article's caption, its text cut off under it.
CAPTIONED = ["某某工程设计管理办法", "(试 行)", "第一条 目的", "为统一技术标准，特制订本办法。", "第二条 管理单位"]
ORGAN_UNDER = ["某某项目优秀报告评选办法", "某某部", "一、总则", "第一条 为鼓励编制高质量的报告，特制订本办法。",
               "第二条 评选的范围为已经审批的项目。"]
DATED_BYLINE = ["某某用具准运证管理办法", "1990年3月10日,某某部", "第1条 为了加强运输质量管理，特制定本办法。",
                "第2条 准运证统一由某某部运输局颁发。"]
ORGAN_OVER_ARTICLE = ["某某设施保护办法", "某某部", "第一条 为保护设施安全，制定本办法。", "第二条 本办法自发布之日起施行。"]


def _articles(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
@pytest.mark.parametrize("second", [ORGAN_UNDER, DATED_BYLINE, ORGAN_OVER_ARTICLE])
def test_a_rule_under_the_line_a_compilation_prints_opens_a_document(second, columns):
    """立法技术规范: a regulation's articles begin at 第一条 (or its first
    chapter, 总则, whatever label heads it: '一、总则'); a law compilation
    prints the organ on the line between the title and them, or the date and
    the organ on one line ('1990年3月10日,某某部'). Such a title opens a
    document after the last article of the text above, as one whose 第一条
    stands right under it does."""
    docs = _documents(RULES + second, columns)
    assert [d.title for d in docs] == ["某某市公共场所管理办法", second[0]]
    assert _articles(docs[0]) == ["章", "第一条", "第二条"] or _articles(docs[0])[-2:] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("second", [ORGAN_UNDER, ORGAN_OVER_ARTICLE])
def test_the_organ_a_compilation_prints_under_a_rules_title_is_its_author(second, columns):
    """GB/T 9704 7.3.5.2: an unsigned text is published under its organ's
    name; a compilation prints it on the line under the rule's title, over
    the articles or the first chapter ('某某部' / '一、总则'), where it may
    read as a heading: the organ is the rule's issuer, though nothing but the
    numbered items follows it. The control, a rule with no such line, has
    none."""
    docs = _documents(RULES + second, columns)
    assert docs[1].issuers == ["某某部"]
    assert docs[0].issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_an_articles_caption_the_excerpt_ended_on_opens_a_document(columns):
    """A regulation may caption each article (条标: '第一条 目的') on a line of
    its own over the article's text: an excerpt cut right under a caption
    ends there, like one cut under a 章's heading, and the next title with
    its articles under it is the next document's."""
    docs = _documents(CAPTIONED + DATED_BYLINE, columns)
    assert [d.title for d in docs] == ["某某工程设计管理办法(试行)", "某某用具准运证管理办法"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_caption_set_under_its_bare_label_is_no_line_of_the_next_title(columns):
    """The same excerpt as an extractor gives it that breaks the line after
    each article's label ('第二条' / '管理单位'): the caption under the bare
    label is the article's (its text follows the label, whatever it is), no
    first line of the title under it, and the excerpt still ends there."""
    apart = [part for line in CAPTIONED for part in (line.split(" ", 1) if line.startswith("第") else [line])]
    assert apart[-2:] == ["第二条", "管理单位"]
    docs = _documents(apart + DATED_BYLINE, columns)
    assert [d.title for d in docs] == ["某某工程设计管理办法(试行)", "某某用具准运证管理办法"]
    assert docs[1].issuers == ["某某部"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_inside_a_text_stays_its_line(columns):
    """Control: a line of a text that ends in a kind word over an article
    numbered on from the text's own stays the text's ('第三条' after
    '第二条'), whatever line a compilation could print between."""
    lines = RULES + ["某某部", "第三条 本办法自发布之日起施行。"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == ["某某市公共场所管理办法"]


CHAPTERED = ["某某项目优秀报告评选办法", "某某部", "一、总则", "第一条 为鼓励编制高质量的报告，特制订本办法。",
             "第二条 评选的范围为已经审批的项目。", "二、评奖标准", "第三条 优秀报告的评奖标准是：",
             "获一等奖的报告，应在国内具有领先水平。", "三、评选程序", "第四条 评选每两年进行一次。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_chapters_headed_by_a_lists_labels_hold_their_articles(columns):
    """A rule may head its chapters with a list's labels and names
    ('一、总则', '二、评奖标准') instead of 第X章: each divides the text as a
    章 does, its articles inside it, and the next one goes on with the list
    (the outline: 一、 > 第一条, 第二条; 二、 > 第三条), no item of the
    article above it."""
    docs = _documents(CHAPTERED, columns)
    provisions = [b for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)]
    outline = [(p.label, p.depth) for p in provisions]
    assert outline == [("一、", 0), ("第一条", 1), ("第二条", 1), ("二、", 0), ("第三条", 1), ("三、", 0), ("第四条", 1)]


def test_control_an_items_sentence_over_the_next_article_divides_nothing():
    """Control: an article's last item, a sentence ('（二）其他应公开的内容。'),
    with a paragraph under it, over the next article: the article is the
    text's, at the top, not inside the item."""
    lines = ["某某办法", "第一条 下列内容应当公开：", "（一）机构职能；", "（二）其他应公开的内容。",
             "公开的内容发生变化的，应当及时更新。", "第二条 本办法自发布之日起施行。"]
    provisions = [b for part in _documents(lines, None)[0].parts for b in part.blocks if isinstance(b, Provision)]
    assert [(p.label, p.depth) for p in provisions] == [("第一条", 0), ("（一）", 1), ("（二）", 1), ("第二条", 0)]
