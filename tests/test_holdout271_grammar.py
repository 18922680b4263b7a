"""The document grammar on layouts of the two-hundred-and-seventy-first held-out
set's kind (issue #11): cultural relics, historic buildings and intangible
cultural heritage texts of cities, counties and districts (a government's 通知
publishing a batch of 文物保护单位, their 保护范围, a 历史建筑 名录 or a 非物质文化遗产
名录) as their sites and mirrors store them, a paragraph citing the statute's
chapter and article ('《中华人民共和国文物保护法》第二章第十三条规定') that a
narrow measure wraps before the chapter. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# What fills the first line up to the statute's closing mark at each measure, so that the wrap puts
# the cited chapter at the head of the next line ('…条例》' / '第二章第十五条规定，…').
LEADS = {None: "经县人民政府研究，根据", 18: "现经研究，根据", 26: "经县人民政府常务会议研究，依据"}


def _citing_notice(columns, cited="第二章第十五条规定，"):
    return ["某某县人民政府关于公布第五批县级文物保护单位的通知", "各乡镇人民政府，县直各单位：",
            LEADS[columns] + "《某某省文物保护条例》" + cited + "县人民政府决定将三处文物列为第五批县级文物保护单位，现予公布。",
            "请各乡镇做好文物保护单位的保护管理工作。", "某某县人民政府", "2021年5月6日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_chapter_cited_before_its_article_at_the_head_of_a_line_goes_on_the_sentence(columns):
    """立法技术规范 (引用): a text cites an article by the statute's name, the
    编, 章 or 节 it stands in and its number ('《…条例》第二章第十五条规定，…').
    A 章 label that the wrap put at the head of a line, under a line that
    stopped inside its sentence on the statute's closing mark, and run
    straight into a 第X条 the citation goes on after (规定, 所称, 的 …), is no
    chapter's heading (a heading is words: '第二章 保护措施'): the paragraph
    goes on whole."""
    notice = _citing_notice(columns)
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    blocks = [b for part in docs[0].parts for b in part.blocks]
    assert not [b for b in blocks if isinstance(b, Provision)]
    assert any(b.text == notice[2] for b in blocks)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_chapters_and_articles_stay_labels(columns):
    """Control: a rule's chapters open on their own lines after a sentence
    ended, their headings words ('第二章 保护措施'), and its articles follow
    one another: each stays its label, at every measure."""
    rule = ["某某县文物保护管理办法", "第一章 总则",
            "第一条 为加强文物保护，根据《中华人民共和国文物保护法》第二章第十三条的规定，制定本办法。",
            "第二条 本县行政区域内文物的保护管理，适用本办法。", "第二章 保护措施",
            "第三条 县文物行政部门应当对文物保护单位设置保护标志。"]
    docs = _documents(rule, columns)
    assert [d.title for d in docs] == [rule[0]]
    labels = [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["第一章", "第一条", "第二条", "第二章", "第三条"]

