"""The document grammar on layouts of the forty-eighth held-out set's kind
(issue #11): a government's own rules and the bodies it sets up, as a
gazette prints them: a 工作规则 under the 题注 naming the 常务会议 that
adopted it, a 章程 titled by its body's name alone, chapters and articles.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


def _headings(doc) -> list[str]:
    return [b.heading for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- a body's own rules name their body

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title,organ", [
    ("某某省教育发展基金会章程", "某某省教育发展基金会"),
    ("某某市见义勇为基金会章程", "某某市见义勇为基金会"),
    ("某某市人民政府决策咨询委员会工作规则", "某某市人民政府决策咨询委员会"),
    ("某某县安全生产委员会议事规则", "某某县安全生产委员会"),
])
def test_a_bodys_own_rules_titled_by_its_name_name_their_issuer(title, organ, columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种; a body's 章程 or
    its 工作规则 and 议事规则 are titled by the body's whole name and the
    kind alone ('XX基金会章程'), printed unsigned: that body is their
    author, as the organ an unsigned 'XX指挥部通告' names is."""
    text = ["第一章 总则", "第一条 本会的名称是" + organ + "。", "第二条 本会是非营利性社会组织。"]
    docs = _documents(NOTICE + [title] + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [organ]


@pytest.mark.parametrize("title", ["中国共产党章程", "某某学校招生章程", "住房公积金缴存规则", "招标投标活动规则"])
def test_rules_titled_by_no_bodys_name_name_no_issuer(title):
    """Only a body's whole name before the kind is an author: a party's, a
    school's admissions or a matter's rules name none."""
    text = ["第一章 总则", "第一条 为规范有关工作,制定本规则。", "第二条 本规则自发布之日起施行。"]
    docs = _documents(NOTICE + [title] + text, None)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- an article run onto its chapter's line

@pytest.mark.parametrize("columns", WIDTHS)
def test_an_article_run_onto_its_chapters_heading_line_is_that_article(columns):
    """立法技术规范: a 章 is its label and a short name on a line of its own,
    the 条 under it; a page that ran them together ('第一章总则第一条为…')
    still holds the chapter, named by the words before the article's label,
    and the article."""
    title = "某某区人民政府工作规则"
    text = ["(2008年5月24日区政府第四次常务会议通过)",
            "第一章总则第一条为规范区政府工作,根据有关法律法规,制定本规则。",
            "第二条区政府工作的准则是,执政为民,依法行政。",
            "第二章组成人员职责第三条区政府由区长、副区长和区政府组成部门的主要负责人组成。",
            "第四条区政府实行区长负责制。"]
    docs = _documents(NOTICE + [title] + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert _provisions(docs[1]) == ["第一章", "第一条", "第二条", "第二章", "第三条", "第四条"]
    assert _headings(docs[1])[0] == "总则" and _headings(docs[1])[3] == "组成人员职责"


@pytest.mark.parametrize("line", ["第三章 第十条的适用", "第一章总则", "第二章 法律责任"])
def test_a_chapter_heading_naming_no_article_text_stays_a_heading(line):
    """A chapter's name that cites an article, or none at all, holds no
    run-in article: the heading stays whole."""
    docs = _documents(NOTICE + ["某某县人民政府工作规则", line, "第一条 为规范县政府工作,制定本规则。"], None)
    assert _provisions(docs[1])[:2] == [line.split("章")[0] + "章", "第一条"]
    assert _headings(docs[1])[0] == line.split("章", 1)[1].strip()
