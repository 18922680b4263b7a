"""The document grammar on layouts of the two-hundred-and-ninety-ninth held-out
set's kind (issue #11): population and birth-support texts of cities,
districts and counties (a leading group's 通知 issuing a 积极生育支持措施
方案, a government's 通知 issuing its 人口发展规划, 通知 on 计划生育 奖励扶助
and on 人口出生高峰, a county's 决定 naming 计划生育 先进乡镇) as their sites
and law libraries store them, printed in an issue whose 目录 groups them under
a city gazette's sections and prints no pages, the first document's title
opening on its organ alone over its 关于. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.stages.layout import normalise
from builder.stages.masthead import _organ_over_its_matter, read_toc

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

MASTHEAD = ["南岭市人民政府公报", "2023年第1号", "2023年8月29日", "目　　录"]
GROUP = "南岭市人口与计划生育工作领导小组"
FIRST = [GROUP, "关于印发南岭市贯彻落实积极生育支持措施工作方案的通知", "南人口计生领〔2023〕1号",
         "各区县人民政府，市人口与计划生育工作领导小组成员单位：",
         "《南岭市贯彻落实积极生育支持措施工作方案》已经市人民政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
         GROUP, "2023年8月29日"]
SECOND = ["北山县人民政府关于命名计划生育优质服务先进乡镇的决定", "（北政发〔2011〕13号）",
          "为鼓励先进，经县人民政府研究，决定命名一批优质服务先进乡镇，具体名单如下：",
          "一、优质服务先进乡镇(3个)", "石人子乡、花园乡、北山镇"]


def _contents(*titles: str) -> list[str]:
    """A 目录 of a city's sections with no pages: each title under a section's heading."""
    out = []
    for section, title in zip(("市政府文件", "政策解读"), titles):
        out += [section, title]
    return out


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_first_title_opening_on_its_organ_alone_is_not_taken_into_a_pageless_contents(columns):
    """GB/T 9704-2012 7.3.1: a 标题 is the organ, the 事由 and the 文种; a
    title printed over its document may set the organ on a line of its own
    over '关于…'. Under a 目录 that prints no pages, that organ's line is no
    entry 'with no 文种 printed again' though every signature prints the name
    again below (masthead._organ_over_its_matter): the first document keeps
    its whole title and its issuer."""
    title = GROUP + FIRST[1]
    docs = _documents(MASTHEAD + _contents(title, SECOND[0]) + FIRST + SECOND, columns)
    assert [d.title for d in docs] == [title, SECOND[0]]
    assert docs[0].issuers == [GROUP]
    assert docs[0].doc_number == "南人口计生领〔2023〕1号"


def test_the_pageless_contents_ends_over_the_organs_line():
    """The 目录's lines end above the first document's title: the organ's line is the title's, not the 目录's."""
    front = MASTHEAD + _contents(GROUP + FIRST[1], SECOND[0])
    lines, _ = normalise("\n".join(front + FIRST + SECOND))
    entries, used = read_toc(lines)
    assert [(e.title, e.section) for e in entries] == [(GROUP + FIRST[1], "市政府文件"), (SECOND[0], "政策解读")]
    assert sorted(used) == list(range(3, len(front)))


def test_a_pageless_entry_with_no_kind_word_over_a_title_opening_on_guanyu_stays_an_entry():
    """The control: a speech's title with no 文种 ('…新局面'), printed again
    below, ends its entry over the next entry's '关于…': it names no organ,
    so it heads no 事由 (the entry reads as before)."""
    speech = "凝心聚力真抓实干奋力开创高质量发展新局面"
    notice = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
              "北山县人民政府办公室", "2021年3月1日"]
    front = MASTHEAD + ["政策解读", speech[:12], speech[12:], notice[0]]
    body = [speech, "——在全县经济工作会议上的讲话", "同志们：", "今天召开全县经济工作会议，主要任务是部署今年工作。"]
    lines, _ = normalise("\n".join(front + body + notice))
    entries, _ = read_toc(lines)
    assert [e.title for e in entries] == [speech, notice[0]]


@pytest.mark.parametrize("held, text, heads", [
    (GROUP, "关于印发南岭市贯彻落实积极生育支持措施工作方案的", True),
    ("北山县人民政府办公室", "转发县卫生健康局关于做好生育登记工作意见的通知", True),
    ("凝心聚力真抓实干奋力开创高质量发展新局面", "关于做好春季植树造林工作的通知", False),  # no organ's name
    (GROUP, "南岭市贯彻落实积极生育支持措施工作方案", False),  # no 事由's opening word
    ("2023年第1号南岭市人民政府", "关于印发南岭市人口发展规划的通知", False),  # figures: no name alone
])
def test_an_organs_name_heads_the_matter_under_it(held, text, heads):
    assert _organ_over_its_matter(held, text) is heads
