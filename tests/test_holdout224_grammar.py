"""The document grammar on layouts of the two-hundred-and-twenty-fourth
held-out set's kind (issue #11): animal epidemic prevention texts of cities,
counties and districts (a 封锁令 and a 解除封锁 命令 under their 令号, notices
on 重大动物疫病 and 病死畜禽无害化处理, a 应急预案 issued by a notice) as
county portals, gazette copies and news mirrors store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

def _paragraph_on(opening: str, doc) -> str:
    """The text of the document's first block that opens with ``opening``."""
    return next(b.text for part in doc.parts for b in part.blocks if getattr(b, "text", "").startswith(opening))


# An order cut short before its signature and date, its lead opening on the day the epidemic was confirmed and
# the organ that confirmed it, governed by 经.
ORDER = ["某某县人民政府关于封锁非洲猪瘟疫区的命令", "某某县人民政府令〔2020〕第1号",
         "2020年5月6日,经某某省动物疫病预防控制中心检测确认,某某镇一养猪场发生非洲猪瘟疫情。为迅速扑灭疫情,"
         "防止疫情蔓延,特发布本封锁令。",
         "一、自即日起对疫区实行封锁,封锁期间禁止生猪运入或流出封锁区。", "二、对疫点内所有生猪进行扑杀和无害化处理。"]


@pytest.mark.parametrize("columns", [None, 18, 20, 21, 22, 26])
def test_a_lead_opening_on_its_day_and_a_preposition_is_no_dated_byline(columns):
    """A sentence may open on its day and a 介词 phrase (状语) naming an
    organ: '2020年5月6日,经某某省动物疫病预防控制中心检测确认,…'. Where the
    wrap ends the line on the organ ('…预防控制中心' / '检测确认,…'), the
    line reads like the date and author a compilation prints under a title
    ('1991年9月19日,国家工商行政管理局'), but a byline names its organ bare:
    the organ a preposition (经, 由, 据, 根据 …) governs is the agent of a verb
    still to come. The lead is one paragraph and its day no 成文日期."""
    doc, = _documents(ORDER, columns)
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (ORDER[0], "某某县人民政府令〔2020〕第1号",
                                                                  ["某某县人民政府"], None)
    assert _paragraph_on("2020年", doc).startswith("2020年5月6日，经某某省动物疫病预防控制中心检测确认，某某镇")
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("preposition", ["经", "經", "由", "据", "根据"])
def test_a_hard_wrapped_lead_under_a_number_keeps_its_day_in_the_sentence(preposition):
    """The same lead as an extractor hard-wrapped it, in either script: the
    line '2021年3月2日,<介词>某某市农业农村局' under the order's number goes on
    into the next line."""
    lines = ["某某区人民政府关于解除封锁高致病性禽流感疫区的命令", "某某区人民政府令〔2021〕第2号",
             f"2021年3月2日,{preposition}某某市农业农村局",
             "组织专家评估验收,疫区符合解除封锁条件,现决定解除封锁。", "本命令自发布之日起执行。"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert doc.date is None and doc.issuers == ["某某区人民政府"]
    assert _paragraph_on("2021年", doc).startswith(f"2021年3月2日，{preposition}某某市农业农村局组织专家")


@pytest.mark.parametrize("organ", ["国家工商行政管理局", "经济技术开发区管委会", "某某县人民政府"])
def test_a_dated_byline_naming_its_organ_bare_stays_one(organ):
    """Control: the date and the organ named bare on the line under the title
    (an organ whose name opens on 经济 too) stay the byline: the date is the
    成文日期 and the organ the issuer."""
    lines = ["关于加强商标管理的通知", f"1991年9月19日,{organ}", "各省、自治区、直辖市工商行政管理局：",
             "为加强商标管理，现通知如下。", "一、严格审查。"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert (doc.date, doc.issuers) == ("1991-09-19", [organ])
