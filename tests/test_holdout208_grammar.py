"""The document grammar on layouts of the two-hundred-and-eighth held-out
set's kind (issue #11): 老龄工作 and 养老服务 texts of cities, counties and
districts (a 老龄工作委员会办公室's 敬老月 notice, 印发 notices of 养老服务
办法, a 民政局's 高龄津贴 notice) as portals and copies store them, one
excerpt cut inside its signature, right over the next text's title. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice whose excerpt ends inside its signature: the organ's name cut in a word ('…工作委' of '…工作委员会').
CUT_SIGNATURE = ["某某市老龄工作委员会办公室关于转发《某某省敬老月活动的通知》的通知", "各区老龄办:",
                 "现将《某某省敬老月活动的通知》转发给你们，请认真贯彻落实。", "表:各区活动计划预报表", "序号",
                 "活动名称", "1", "2"]
ALLOWANCE = ["某某区民政局关于调整高龄津贴发放标准的通知", "各镇人民政府,各街道办事处:",
             "经区政府研究同意，现对高龄津贴发放标准调整如下:", "一、80-89周岁的老年人高龄津贴发放标准",
             "原标准:25元/人/月。", "二、90-99周岁的老年人高龄津贴发放标准", "原标准:100元/人/月。",
             "某某区民政局", "2025年3月4日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_cut_inside_the_organs_name_is_no_issuer_of_the_title_below(columns):
    """GB/T 9704 7.3.5.1: the 发文机关署名 under a text is the organ its title
    names (7.3.1). An excerpt the store cut inside that name ('某某市老龄工作委'
    under a text titled '某某市老龄工作委员会办公室关于…', 委员会 running across
    the cut) leaves the name's beginning alone on a line: no organ named
    whole, so no joint issuer of the title under it, whose organs are each
    named whole. The next text's title begins on its own line, and its
    issuer is its own organ alone."""
    docs = _documents(CUT_SIGNATURE + ["某某市老龄工作委"] + ALLOWANCE, columns)
    assert [d.title for d in docs] == [CUT_SIGNATURE[0], ALLOWANCE[0]]
    assert docs[0].issuers == ["某某市老龄工作委员会办公室"]
    assert docs[1].issuers == ["某某区民政局"] and docs[1].date == "2025-03-04"
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_named_whole_over_a_title_stays_its_issuer(columns):
    """Control: an organ named whole on the line over a title's organ and 关于
    ('某某市财政局' over '某某区民政局关于…', a title's joint issuers one a
    line, GB/T 9704 7.3.1) stays a line of that title, though the text above
    names an organ it opens ('某某市财政局办公室'): the line stops at a word's
    end, so it is an organ's name whole."""
    above = ["某某市财政局办公室关于报送预算执行情况的通知", "各区财政局:", "请于5月底前报送预算执行情况。",
             "某某市财政局办公室", "2025年3月1日"]
    docs = _documents(above + ["某某市财政局"] + ALLOWANCE, columns)
    assert [d.title for d in docs] == [above[0], "某某市财政局某某区民政局关于调整高龄津贴发放标准的通知"]
    assert sorted(docs[1].issuers) == sorted(["某某市财政局", "某某区民政局"])


@pytest.mark.parametrize("columns", [None])
def test_a_title_set_over_two_lines_inside_its_organs_name_keeps_its_first_line(columns):
    """Control: a title the page set over two lines inside its organ's name
    ('某某市老龄工作委' / '员会办公室关于…'), under a text of the same organ,
    keeps its first line: the line under it goes on with the name's rest."""
    first = ["某某市老龄工作委员会办公室关于做好敬老月活动的通知", "各区老龄办:", "请认真组织开展敬老月活动。",
             "某某市老龄工作委员会办公室", "2017年9月1日"]
    docs = _documents(first + ["某某市老龄工作委", "员会办公室关于开展老年人优待证办理工作的通知", "各区老龄办:",
                               "请做好老年人优待证办理工作。", "某某市老龄工作委员会办公室", "2017年9月5日"], columns)
    assert [d.title for d in docs] == [first[0], "某某市老龄工作委员会办公室关于开展老年人优待证办理工作的通知"]
