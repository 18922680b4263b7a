"""The document grammar on layouts of the two-hundred-and-sixty-seventh
held-out set's kind (issue #11): digital economy and big-data texts of cities,
counties and districts (a district's 实施意见 on a 智慧城市, a county's 通知 on
sharing 政务信息资源, a city's 通知 issuing its 政务大数据管理办法, a county's
政务数据共享工作制度 and a district's 公共数据管理办法 published on their own) as
their sites and mirrors store them: excerpts cut mid-sentence, a rule's title
alone over its first chapter. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A rule published on its own whose excerpt the store cut mid-sentence, no mark at the cut.
CUT_RULE = ["某某县政务数据共享工作制度", "第一章 总则", "第一条 为规范政务数据管理，制定本制度。",
            "第二条 各部门是本部门政务数据共享管理责任主体，负责本部门政务数据汇聚、共享、开放、应用及其相关管理"
            "工作。各部门主要负责人是本部门政务数据共享管理的第一责任人，负责明确专职机构和专职人员落实政务数据共享"
            "管理工作。"]
# The words the cut sentence goes on with: as many as fill the last line of the wrap (18 or 26 columns) to the measure.
CUT_WORDS = "政务数据共享管理机构和联系人信息要向县数据和政务服务局报备"
FILLED = {None: 26, 18: 20, 26: 26}
# A rule published on its own: its title (its place's name first), its first chapter and articles under it.
RULE = ["某某区公共数据管理办法", "第一章 总则", "第一条(目的和依据)",
        "为规范本区公共数据资源管理和开发利用，结合本区实际，制定本办法。", "第二条(定义)",
        "本办法所称公共数据，是指各级党政机关依法履职过程中产生的数据。"]


def _cut(columns):
    return CUT_RULE[:-1] + [CUT_RULE[-1] + CUT_WORDS[:FILLED[columns]]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_title_under_a_sentence_cut_on_a_full_line_begins_at_its_place(columns):
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name opens on its
    place's or organ's name, its first 第一章 or 第一条 right under it. A
    line over it that the wrap filled to the measure, opening on no 关于 and
    no place's or organ's name, and making the name read with it no rule's
    name, is the last line of a sentence the store cut there: the rule's
    title is its own line and opens a document, and the cut words stay the
    text above's."""
    docs = _documents(_cut(columns) + RULE, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], RULE[0]]
    assert docs[0].parts[-1].blocks[-1].text.endswith(CUT_WORDS[:FILLED[columns]])
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels[:3] == ["第一章", "第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_rules_title_wrapped_after_its_place_keeps_its_first_line(columns):
    """Control: a rule's title longer than the measure, its first line
    opening on its place's name and filled by the wrap, its rest over its
    first chapter: the lines are one title, under a notice signed and dated
    (before this rule as after) and under a sentence cut on a full line (the
    rest alone is no rule's name by place; the first line, opening on the
    place, is the title's, and the cut line over it the sentence's)."""
    signed = ["某某县人民政府关于加快推进智慧城市建设的实施意见", "各乡镇人民政府：",
              "一、加快信息基础设施建设。", "某某县人民政府", "2017年8月9日"]
    long_rule = ["某某市某某区公共数据资源开发利用管理暂行办法"] + RULE[1:]
    for above in (signed, _cut(columns)):
        docs = _documents(above + long_rule, columns)
        assert [d.title for d in docs] == [above[0], long_rule[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_name_a_cut_sentence_runs_into_with_words_under_it_stays_its_words(columns):
    """Control: under the same cut sentence, a rule's name with a sentence
    of the body under it (no first chapter or article: the sentence cites
    the rule and goes on) opens no document."""
    cited = ["某某区公共数据管理办法", "的规定，及时办理共享申请，不得拖延。"]
    docs = _documents(_cut(columns) + cited, columns)
    assert [d.title for d in docs] == [CUT_RULE[0]]
