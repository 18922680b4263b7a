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

from builder.model import Provision
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


CUT_PLAN = ["某某区委办公室 某某区政府办公室 关于印发《某某区基层治理工作方案》的通知", "各街道,区直各单位:",
            "《某某区基层治理工作方案》已经区委、区政府同意，现印发给你们，请认真贯彻执行。",
            "中共某某区委办公室", "某某区人民政府办公室", "2023年11月3日", "某某区基层治理工作方案",
            "一、指导思想", "以习近平新时代中国特色社会主义思想为指导。", "二、工作目标", "结合美好环境和幸"]
RULES = ["某某县“雷锋号”学雷锋志愿服务工作站创建管理办法(试行)", "第一章 总  则",
         "第一条 为鼓励和规范志愿服务活动，制定本办法。", "第二条 本办法适用于本县志愿服务工作站。",
         "第二章 基本要求", "第三条 有标识。", "第四条 有队伍。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_titled_by_its_place_over_its_first_chapter_opens_after_a_cut(columns):
    """规章制定程序条例 第七条 and 立法技术规范: a rule is named by its place
    or organ, its matter and its kind (办法, (试行) after it), and its articles
    open at 第一章 or 第一条. A sentence the store cut above cites a rule
    inside 《》 and goes on with words, never into a chapter's heading and a
    first article: so the 办法 is a text of its own, not the tail of the
    工作方案 that the notice above issued."""
    docs = _documents(CUT_PLAN + RULES, columns)
    assert [d.title for d in docs][-1] == RULES[0].replace(" ", "")
    labels = [b.label for part in docs[-1].parts for b in part.blocks if isinstance(b, Provision)]
    assert [label for label in labels if label.startswith("第") and label.endswith("条")] == \
        ["第一条", "第二条", "第三条", "第四条"]
    assert docs[0].issuers == ["中共某某区委办公室", "某某区人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_named_in_the_sentence_or_quoted_stays_in_the_text(columns):
    """Control: a notice that issues a rule names it in its 印发 sentence; the
    rule printed under the notice, its first chapter under its title, stays
    the notice's part (the issued text), not a document of its own; and a
    title that opens on no place or organ ('关于…', a matter) is not read by
    this rule."""
    notice = ["某某县人民政府办公室关于印发《某某县志愿服务管理办法》的通知", "各乡镇人民政府:",
              "现将《某某县志愿服务管理办法》印发给你们，请认真贯彻执行。", "某某县人民政府办公室",
              "2020年3月1日", "某某县志愿服务管理办法", "第一章 总则", "第一条 为规范志愿服务，制定本办法。",
              "第二条 本办法自发布之日起施行。"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert any(part.title == "某某县志愿服务管理办法" for part in docs[0].parts)


# The bulletin's title run into its 主送, as an extractor that joins text boxes gives it.
RUN_IN_BULLETIN = ["某某县教育局2013年12月校车监控情况通报县城区办、各初中:"] + MONTHLY_BULLETIN[3:]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_and_period_title_run_into_its_addressees_under_a_cut_sentence_is_parted(columns):
    """GB/T 9704 7.3.1-7.3.2: a 标题 of 发文机关 + a 事由 opening with the
    period it covers + 文种 (关于 left out), and the 主送 of organs closing on
    its colon. No sentence goes on into an organ's name, a period, a 文种 and
    a list of organs and a colon, so under a notice the store cut mid-sentence
    such a run is the next document's title with its 主送 run in, parted as an
    organ's 关于 title is there: a document of its own."""
    docs = _documents(CUT_NOTICE + RUN_IN_BULLETIN, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "某某县教育局2013年12月校车监控情况通报"]
    assert docs[1].addressees == "县城区办、各初中"
    assert docs[1].issuers == ["某某县教育局"] and docs[1].date == "2014-01-13"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_and_its_year_going_on_as_a_sentence_under_a_cut_line_opens_nothing(columns):
    """Control: under a line cut mid-sentence, a line that opens on an
    organ's name and a year and goes on as a sentence (a clause mark, no
    文种 before a list of organs) opens no document."""
    cut = ["某某区红十字会关于开展红十字博爱周活动的通知", "某红发〔2018〕4号", "各镇(街道)红十字会:",
           "各单位要围绕创建标准积极开展各类创建活动,提升学校红十字软硬件水平,请将活动情况报送"]
    going_on = ["某某县教育局2013年12月校车监控情况通报的联系人，各初中:请于5月10日前报送。",
                "某某区红十字会", "2018年5月2日"]
    docs = _documents(cut + going_on, columns)
    assert [d.title for d in docs] == [cut[0]]
    assert docs[0].date == "2018-05-02"
