"""The document grammar on layouts of the seventy-seventh held-out set's kind
(issue #11): notices that convene a meeting, a training course, an exam or an
event (关于召开…会议的通知, 关于举办…培训班的通知, …考试报名的通知, 通告 of an
open day), with their practical parts (时间, 地点, 参会人员, 有关事项, contacts,
附件). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

MEETING_BODY = ["为推进春季造林工作，定于3月10日召开现场推进会，现将有关事项通知如下：", "一、会议时间", "3月10日上午9:00。",
                "二、参会人员", "各镇分管负责同志。", "联系人:王某某,电话:0571-12345678"]


# ---------------------------------------------------------------- a group's 版头

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("group", ["某某市美丽村庄建设专项行动组", "某某县春季造林工作组", "某某市农村人居环境整治协调小组"])
def test_a_groups_masthead_heads_its_notice_and_names_its_issuer(group, columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件; a body
    a government sets up for one task (a 行动组, a 工作组, a 协调小组) signs by
    its group's name, as a 领导小组 does. Over the 发文字号 and a title that
    names no organ, the mark opens the notice and, nothing signed, names its
    issuer."""
    title = "关于召开全市春季造林现场推进会的通知"
    docs = _documents(NOTICE + [group + "文件", "某美组发〔2018〕8号", title, "各镇街道,市级机关有关部门:"]
                      + MEETING_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [group]
    assert docs[1].doc_number == "某美组发〔2018〕8号"
    assert docs[0].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_on_a_group_is_no_signature(columns):
    """Control: a body's sentence that ends on the group it sets up ('…成立
    春季造林工作领导小组'), cut by the wrap, goes on; the notice is signed
    below by its organ."""
    title = "某某县人民政府关于成立春季造林工作组的通知"
    docs = _documents([title, "各乡镇人民政府：", "为做好春季造林工作，县政府决定成立春季造林工作组。工作组办公室设在县林业局。",
                       "某某县人民政府", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")

