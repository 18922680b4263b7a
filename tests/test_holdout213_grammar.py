"""The document grammar on layouts of the two-hundred-and-thirteenth held-out
set's kind (issue #11): school-bus, volunteer-service, red-cross and
basic-governance texts of districts and counties (a 教育局's monthly 校车监控
通报 titled by its organ and the month it covers, a county's 志愿服务 管理办法
with its chapters and articles) as their sites store them, each stored page
an excerpt the store may cut mid-sentence before the next text begins. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt the store cut mid-sentence: nothing closes it but the next title.
CUT_NOTICE = ["某某区红十字会关于开展红十字博爱周活动的通知", "某红发〔2018〕4号", "各镇(街道)红十字会:",
              "现就有关事项通知如下:", "一、活动时间", "5月2日至5月8日。", "二、活动内容",
              "1.开展应急救护培训进社区活动。",
              "各单位要围绕创建标准积极开展各类创建活动,提升学校红十字软硬件水平,组织学生开展“我是红十字人”主题"]
MONTHLY_BULLETIN = ["某某县教育局", "2013年12月校车监控情况通报", "县城区办、各初中:",
                    "根据12月校车管理平台监控情况，仍存在极个别校车超员现象，请督促及时整改。",
                    "某某县教育局", "2014年1月13日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_and_its_period_titled_bulletin_over_its_addressees_opens_after_a_cut(columns):
    """GB/T 9704 7.3.1-7.3.2: a 标题 is 发文机关 + 事由 + 文种, 关于 may be
    left out, and a 事由 may open with the period it covers ('某某县教育局' /
    '2013年12月校车监控情况通报'); its 主送 stands under it, organs and a
    colon. A sentence the store cut above runs on with words, never into an
    organ's name, a 文种 and a list of organs: so the 通报 is a document of
    its own, not the tail of the notice cut short above it."""
    docs = _documents(CUT_NOTICE + MONTHLY_BULLETIN, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "某某县教育局2013年12月校车监控情况通报"]
    assert docs[1].addressees == "县城区办、各初中"
    assert docs[1].issuers == ["某某县教育局"] and docs[1].date == "2014-01-13"
    assert docs[0].issuers == ["某某区红十字会"] and docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_and_its_period_with_no_addressees_under_a_cut_stays_the_sentence(columns):
    """Control: the same lines with no 主送 under them (the body goes on with
    a sentence) are no framed title: under a line cut mid-sentence they stay
    in the text above, which ends on its own signature and date."""
    body = ["某某区红十字会关于开展红十字博爱周活动的通知", "某红发〔2018〕4号", "各镇(街道)红十字会:",
            "各单位要围绕创建标准积极开展各类创建活动,提升学校红十字软硬件水平,请将活动情况报送",
            "某某县教育局", "2013年12月校车监控情况通报",
            "所列的联系人。", "某某区红十字会", "2018年5月2日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [body[0]]
