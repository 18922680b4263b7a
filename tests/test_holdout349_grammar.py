"""The document grammar on layouts of the three-hundred-and-forty-ninth
held-out set's kind (issue #11): government procurement and public-resource
trading texts of cities, prefectures, counties and their trading centres (a
county's 通知 issuing its 政府采购管理办法, a city office's 通知 stopping the
counties' trading bodies, a bureau's 通知 and a 专班's 公告 gathering leads on
招投标 wrongdoing, a trading centre's 转发 通知, a city's 规章 on 招标拍卖挂牌)
as their sites, mirrors, portals and an encyclopedia store them, one signed
by a 工作专班, the task force a government forms for one task, under its
公告's last line. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice of a county government above, so the 公告 under it must be found by its own title.
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
          "某某县人民政府", "2021年3月1日"]
# A 专班's 公告 with no organ in its title, its items and its signature by the 专班's name.
TASK_FORCE_NOTICE = ["关于征集政府采购领域突出问题线索的公告",
                     "为规范政府采购秩序，现面向社会公开征集政府采购领域突出问题线索。具体事项公告如下：",
                     "一、线索征集范围", "本次征集范围涵盖围标串标、虚假招标、评标不公等违法违规行为。",
                     "二、线索提供方式", "（一）电话举报：0571-12345678。", "（二）电子邮箱举报：jubao@example.com。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("task_force", ["政府采购突出问题专项整治工作专班", "某某县重点项目攻坚专班"])
def test_a_task_forces_name_under_its_text_signs_it(columns, task_force):
    """党政机关公文处理工作条例 第十七条 and GB/T 9704 7.3.5.1: a text is
    signed by the organ that issues it, its name over the date. A 工作专班, the
    task force a government or its departments form for one task of staff
    drawn from several organs, issues and signs its 公告 by its own name, as a
    工作组 or a 领导小组 does (frame.ORGAN_ENDINGS): the 专班's name over the
    date is the 公告's signature and its issuer."""
    docs = _documents(NOTICE + TASK_FORCE_NOTICE + [task_force, "2025年6月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], TASK_FORCE_NOTICE[0]]
    assert docs[1].issuers == [task_force]
    assert docs[1].date == "2025-06-05"
    assert docs[0].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_ending_on_a_task_force_is_no_signature(columns):
    """Control: a body's sentence that sets up a 专班 ('…成立政府采购专项整治
    工作专班。') goes on, cut by the wrap or not; the notice is signed below
    by its organ."""
    title = "某某县人民政府办公室关于开展政府采购领域专项整治的通知"
    docs = _documents([title, "各乡镇人民政府，县政府各部门：", "为做好专项整治工作，县政府决定成立政府采购专项整治工作专班。",
                       "专班办公室设在县财政局。", "某某县人民政府办公室", "2024年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府办公室"], "2024-03-01")


def test_a_task_forces_name_ends_as_an_organs_and_a_word_ending_in_ban_does_not():
    """The control: the ending is the whole word 专班, a task force's; a class
    or a shift ('培训班', '值班', '早班') ends no organ's name."""
    from builder.text.frame import ORGAN_NAME_END_RE
    assert ORGAN_NAME_END_RE.search("某某县重点项目攻坚专班")
    assert not ORGAN_NAME_END_RE.search("某某县春季造林培训班")
    assert not ORGAN_NAME_END_RE.search("节假日值班")
