"""The document grammar on layouts of the hundred-and-sixty-fourth held-out
set's kind (issue #11): 城市管理 and 综合行政执法 公告 and 通知, 住房公积金 and
机关事务 notices of cities and counties as portals and mirrors store them: a
公告 titled by its kind alone ('公 告') first in an issue's 目录, a notice
served on shops whose signature has the form's '签收人:' and '执法人员:'
fields under it. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import TocEntry
from builder.stages.masthead import _kind_alone

# An issue's 目录 without leaders whose first entry is a 公告 titled by its kind alone ('公告 1').
CONTENTS = ["某某市人民政府公报", "2019年第1号", "目　　录", "某某市城市管理局文件", "{title} 1",
            "某某县综合行政执法局文件", "关于规范城区户外广告设置的通知 2"]
BODY = ["{title}", "为加强垃圾分类管理，现将有关规定公告如下：", "一、公用垃圾桶禁止任何单位和个人侵占私用。",
        "二、逾期未归还的，依法处理。", "某某市城市管理局", "2019年10月21日",
        "关于规范城区户外广告设置的通知", "各商户：", "现将有关事项通知如下：请于5月底前自行拆除违规广告。",
        "某某县综合行政执法局", "2023年4月21日"]


@pytest.mark.parametrize("title", ["公告", "公 告", "通告"])
def test_a_kind_alone_opening_the_contents_is_its_first_entry(title):
    """A 公告 titled by its kind alone (GB/T 9704 7.3.1, the organ left to the
    signature) may be the 目录's first entry, its page after a space, no
    leaders: with no entry read yet it is one when the 目录's next entry,
    over at most a section heading, lies at a page not before it (a 目录
    lists in page order). The 目录 goes on to the entries under it, and
    the first document's title is its own, not the last entry run into it."""
    lines = [line.format(title=title) for line in CONTENTS + BODY]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    squashed = title.replace(" ", "")
    assert [(e.title.replace(" ", ""), e.page) for e in gazette.toc] == [(squashed, 1), (BODY[6], 2)]
    assert [d.title.replace(" ", "") for d in gazette.documents] == [squashed, BODY[6]]
    assert gazette.documents[0].issuers == ["某某市城市管理局"]


def test_a_kind_alone_first_needs_an_entry_after_it():
    """Control: with no entry read, a kind alone before a figure is an entry
    only before another entry at a page not before its own; alone, or before
    a body's line, or before an entry at an earlier page, it is none."""
    assert not _kind_alone("接访公告", 4, [])
    assert not _kind_alone("公告", 4, [], following=2)
    assert _kind_alone("公告", 1, [], following=2)
    assert not _kind_alone("特此公告", 1, [], following=2)
    read = [TocEntry(title="某某区信访局关于暂停接待群众来访的公告", page=3, section=None, line=5)]
    assert _kind_alone("通告", 3, read) and not _kind_alone("通告", 2, read, following=5)

