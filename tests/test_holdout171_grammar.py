"""The document grammar on layouts of the hundred-and-seventy-first held-out
set's kind (issue #11): education and health organs' 通知 and 公告 of cities,
counties and districts (招生, 开学, 查漏补种, a year's 工作总结) as portals and
news sites store them. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _items(doc) -> list[tuple[str, str]]:
    return [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A 公告 whose steps are dated: each item's text opens on the month and day it falls on.
DATED_STEPS = ["某某区公办幼儿园2021年秋季招生公告", "现将某某区公办幼儿园2021年秋季招生工作公告如下：",
               "一、招生时间及步骤", "1、6月15日前，各幼儿园分别发布招生公告。",
               "2、6月15日至6月25日，各幼儿园进行预登记。", "3、7月19日至7月23日，各幼儿园将名单报区教育局备案。",
               "二、注意事项", "家长提交的信息资料必须真实有效。"]
# A control: a sentence that opens on two months enumerated ('1、2月份'), no item.
TWO_MONTHS = ["某某县卫生健康局关于通报一季度免疫规划工作情况的通知", "各乡镇卫生院：",
              "一、接种情况", "全县一季度共接种疫苗12000剂次，完成全年任务的26%，",
              "1、2月份受春节影响接种量较低，3月份恢复正常。", "某某县卫生健康局", "2021年4月6日"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_an_item_may_open_on_the_month_and_day_it_falls_on(columns):
    """Numbering grammar (GB/T 9704 7.3.3): '1、' before a month and its day
    ('1、6月15日前，…', '2、6月15日至6月25日，…') is an item's label whose text
    opens on the date, as a 公告 lists its steps; a figure and 、 before a
    month alone ('1、2月份…') is two months enumerated, a sentence's."""
    doc, = _documents(DATED_STEPS, columns)
    items = _items(doc)
    assert [label for label, _ in items] == ["一、", "1、", "2、", "3、", "二、"]
    assert items[1][1].startswith("6月15日前")
    doc, = _documents(TWO_MONTHS, columns)
    assert [label for label, _ in _items(doc)] == ["一、"]


# A notice issuing a year's 总结, cut after the first point of its first part: the part's heading pairs two
# short phrases with a comma, alone on its line; the point runs its heading sentence into its text.
SUMMARY = ["某某市卫生健康委关于印发2020年工作总结的通知", "各区、县（市）卫生健康局：",
           "《2020年某某市卫生健康工作总结》已经委主任办公会议通过，现予以下发，请贯彻执行。",
           "某某市卫生健康委", "2021年2月22日", "2020年某某市卫生健康工作总结",
           "2020年全市卫生健康工作整体有序推进，为建设健康某某打下了良好的基础。",
           "一、突出两个主题，深化医改促发展",
           "1.深化公立医院改革。一是完善公立医院绩效考核，调整成本控制、费用控制等考核指标。二是完善管理机制"]
# A control: under a heading that is a sentence (a comma, then a predicate), a lone '1.' stays text.
SENTENCE_HEADING = SUMMARY[:7] + ["一、今年全市要突出两个主题，医改要深化",
                                  "1.深化公立医院改革。一是完善公立医院绩效考核，调整成本控制、费用控制等考核指标。二是完善管理机制"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_heading_of_paired_phrases_heads_its_first_point(columns):
    """GB/T 9704 7.3.3 (一、，（一），1.，（1））: a 一、 heading alone on its
    line may pair short phrases parted by ，('一、突出两个主题，深化医改促发展',
    no stop, no predicate): an outline heading still, and the '1.' under it
    that runs its heading sentence into its text is its first point, though
    the excerpt stops before the second."""
    doc, = _documents(SUMMARY, columns)
    assert [label for label, _ in _items(doc)] == ["一、", "1."]
    doc, = _documents(SENTENCE_HEADING, columns)
    assert [label for label, _ in _items(doc)] == ["一、"]


# A news site's repost: its own lines over the notice, one of them naming the organ that issued a notice.
REPOSTED = ["2月23日", "某某县教育局发布紧急通知", "具体如下", "关于调整2024年春季开学时间的通知",
            "县直各学校、各乡镇教育管理服务中心：",
            "为做好低温雨雪冰冻天气防范应对工作，确保师生安全，决定将中小学校2024年春季开学时间调整至2月27日。",
            "某某县教育局", "2024年2月23日"]
# A control: a notice whose title issues a text ('…关于发布…的通知') is a document.
ISSUING = ["某某市教育局关于发布2024年中小学校历的通知", "各县（市、区）教育局：",
           "现将2024年中小学校历发布给你们，请遵照执行。", "某某市教育局", "2024年1月5日"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_line_reporting_that_an_organ_issued_a_notice_is_no_title(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种, the matter named
    ('关于调整…开学时间的通知', '…关于发布…校历的通知'). A line in which an organ
    发布s or 下发s a 通知 and names no matter ('某某县教育局发布紧急通知') reports
    the issuing, as a news site heads its repost: no document's title; the
    notice under it is the one document."""
    docs = _documents(REPOSTED, columns)
    assert [d.title for d in docs] == ["关于调整2024年春季开学时间的通知"]
    assert docs[0].issuers == ["某某县教育局"] and docs[0].date == "2024-02-23"
    docs = _documents(ISSUING, columns)
    assert [d.title for d in docs] == ["某某市教育局关于发布2024年中小学校历的通知"]
