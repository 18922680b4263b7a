"""The document grammar on layouts of the hundred-and-sixty-first held-out
set's kind (issue #11): 退役军人事务局 and 信访局 notices of cities and
counties as portals and mirrors store them, an excerpt cut after its
signature before the date, short 公告 titles ('接访公告') in an issue's
目录. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

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
