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
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

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


# A notice served on shops: the organ signs under '此通知', no date, the form's fields left blank under it.
SERVED = ["关于对运输车辆遗撒泄漏污染治理的通知", "为防止车辆运输泄漏、遗撒，现将有关事项通知如下：",
          "一、在城区道路上行驶的各类运送散装货物的货运车辆必须保持车辆整洁，装载均衡平稳，捆扎牢固，不得沿途泄漏、遗撒。",
          "二、各类运输车辆进入城区，车体和车轮必须清理干净，防止带泥沙上路。", "此通知",
          "某某旗城市管理综合行政执法局", "签收人:", "执法人员:"]
NEXT = ["关于进一步加强城市管理的通告", "广大市民朋友们：", "现就有关事项通告如下：严禁占道经营。", "某某县城市管理局", "2023年10月8日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_over_a_forms_blank_fields_stands_alone(columns):
    """GB/T 9704 7.3.5: the 署名 stands on a line of its own. A notice served
    on a shop prints its form's fields under it, each a short label and its
    colon left blank ('签收人:', '执法人员:'): no sentence the organ's line
    goes on with, so the organ signs the notice, dated or not."""
    docs = _documents(SERVED + NEXT, columns)
    assert [d.title for d in docs] == [SERVED[0], NEXT[0]]
    assert docs[0].issuers == ["某某旗城市管理综合行政执法局"] and docs[0].date is None
    assert docs[1].issuers == ["某某县城市管理局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_cut_before_its_colon_still_goes_on(columns):
    """Control: a sentence whose last words and colon the page set on the
    next line ('…由下列单位' / '组成:') goes on from a line that names no
    organ alone."""
    text = ["某某县人民政府关于成立城市管理委员会的通知", "各乡镇人民政府：", "为加强城市管理，县政府决定成立城市管理委员会，由下列单位",
            "组成:", "一、县城市管理局。", "二、县住房和城乡建设局。", "某某县人民政府", "2023年3月1日"]
    doc, = _documents(text, columns)
    assert any("由下列单位组成" in b.text for part in doc.parts for b in part.blocks)
