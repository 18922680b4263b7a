"""The document grammar on layouts of the hundred-and-sixty-first held-out
set's kind (issue #11): 退役军人事务局 and 信访局 notices of cities and
counties as portals and mirrors store them, an excerpt cut after its
signature before the date, short 公告 titles ('接访公告') in an issue's
目录. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import TocEntry
from builder.stages.masthead import _kind_alone
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose numbered 附件说明 ends over its organ's signature, the excerpt cut before the date.
CENSUS = ["某某区退役军人事务局关于开展烈士纪念设施普查工作的通知", "各镇退役军人服务站:",
          "为加强烈士褒扬工作，决定开展一次普查。请各站于6月19日前上报普查情况。",
          "附件:1.某某区零散烈士墓普查统计表", "2.某某区烈士纪念设施普查统计表",
          "3.某某区烈士遗物、故事和图片资料普查统计表",
          "某某区退役军人事务局"]
NOTICE = ["某某县信访局关于暂停接待群众来访的公告", "即日起，县信访接待中心暂停接待群众来访，恢复时间另行通知。",
          "某某县信访局", "2020年2月2日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_signature_under_a_numbered_annex_list_ends_the_text_above(columns):
    """GB/T 9704 7.3.5.1: the 署名 stands under the 附件说明, whose entries are
    numbered 1., 2., 3. one a line; the list closes on its last entry, not on
    its first though that closes its brackets: an entry numbered on goes on
    with it, as does an entry's line the wrap filled (its title goes on under
    it). The organ under the last entry signs the text above (its excerpt
    cut before the date) and is no first organ of the next title."""
    docs = _documents(CENSUS + NOTICE, columns)
    assert [d.title for d in docs] == [CENSUS[0], NOTICE[0]]
    assert docs[0].issuers == ["某某区退役军人事务局"] and docs[1].issuers == ["某某县信访局"]
    assert docs[1].date == "2020-02-02"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_over_a_title_under_an_unnumbered_list_item_is_still_joint(columns):
    """Control: a numbered item that is no 附件说明's ('3.按时上报。') closes no
    list: the organs over the next title's organ stay where the title grammar
    puts them, the first document's signature and date closing it above."""
    first = CENSUS[:3] + ["3.按时上报。", "某某区退役军人事务局", "2020年6月10日"]
    docs = _documents(first + NOTICE, columns)
    assert [d.title for d in docs] == [CENSUS[0], NOTICE[0]]
    assert docs[0].date == "2020-06-10"


# An issue's 目录 without leaders, an entry a 公告 titled by a short 事由 and its kind ('接访公告 3').
CONTENTS = ["某某市人民政府公报", "2025年第1号", "目　　录", "某某区信访局文件",
            "某某区信访局关于暂停接待群众来访的公告 1", "某某区信访局文件", "{title} 3",
            "某某县退役军人事务局文件", "关于2023年清明节期间祭英烈活动的通告 3"]
BODY = ["某某区信访局关于暂停接待群众来访的公告", "即日起，区信访接待中心暂停接待群众来访。", "某某区信访局", "2020年2月2日",
        "{title}", "根据工作安排，区领导定于8月15日上午集中接待信访群众。", "特此公告。", "某某区信访局", "2025年8月10日",
        "关于2023年清明节期间祭英烈活动的通告", "一、全市所有烈士陵园正常对外开放。", "二、倡导文明祭扫。", "特此通告。",
        "某某县退役军人事务局", "2023年3月27日"]


@pytest.mark.parametrize("title", ["接访公告", "闭园公告", "征兵通告", "倡议书", "慰问信"])
def test_a_short_title_ending_in_its_kind_is_an_entry_without_leaders(title):
    """A 公告 titled by a short 事由 and its kind ('接访公告', shorter than a
    title's usual six characters), or a letter by its kind word ('倡议书',
    '慰问信', a letter's kind), its page after a space, is an entry among
    the 目录's entries at a page not before theirs, as the kind alone is: the
    目录 goes on to the entries under it, and no title of the body runs into
    the entries left over."""
    lines = [line.format(title=title) for line in CONTENTS + BODY]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    assert [(e.title, e.page) for e in gazette.toc] == [(BODY[0], 1), (title, 3), (BODY[9], 3)]
    assert [d.title for d in gazette.documents] == [BODY[0], title, BODY[9]]


def test_a_closing_formula_before_a_figure_is_no_entry():
    """Control: the 结束语 ('特此公告') ends in a kind word but titles nothing,
    nor does a short line whose kind word is not its end ('通知事项')."""
    read = [TocEntry(title="某某区信访局关于暂停接待群众来访的公告", page=3, section=None, line=5)]
    assert _kind_alone("接访公告", 3, read) and _kind_alone("通告", 3, read)
    assert not _kind_alone("特此公告", 3, read) and not _kind_alone("通知事项", 4, read)
    assert not _kind_alone("接访公告", 2, read) and not _kind_alone("接访公告", 4, [])
