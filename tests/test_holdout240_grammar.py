"""The document grammar on layouts of the two-hundred-and-fortieth held-out
set's kind (issue #11): agricultural inputs and animal health texts of
counties, districts and cities (a 农业农村局's 政策解读 of its 配方肥 方案, a
government's 解除封锁 公告 and 命令, a 非洲猪瘟 防控 通告, a 狂犬病 免疫 通知)
as county portals and the sites that copy them store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 政策解读 a county site files under a tag in 【】 run into its title line, unsigned.
TAGGED = ["【文字+图解】某某县农业农村局关于《某某县配方肥推广应用实施方案》的政策解读",
          "《某某县配方肥推广应用实施方案》由县农业农村局起草完成。",
          "一、制定《实施方案》的必要性", "配方肥推广工作是化肥减量的重要措施，很有必要。",
          "二、起草《实施方案》的依据", "《某某省配方肥推广应用实施办法》。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_site_tag_in_lenticular_brackets_is_no_part_of_the_organ_the_title_names(columns):
    """GB/T 9704 7.3.1: a title is the 发文机关名称, the 事由 and the 文种,
    and an organ's name holds no 【】. A site's tag run in before the title
    ('【文字+图解】', '【转载】') files the page; the organ the unsigned title
    names begins after it."""
    doc, = _documents(TAGGED, columns)
    assert doc.issuers == ["某某县农业农村局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_tag_with_no_organ_after_it_names_no_issuer(columns):
    """Control: a tag before a title that opens on 关于 names no organ: the
    tag is none, and 关于 opens the 事由, so the text has no issuer."""
    doc, = _documents(["【政策解读】关于《某某县配方肥推广应用实施方案》的政策解读"] + TAGGED[1:], columns)
    assert doc.issuers == []

