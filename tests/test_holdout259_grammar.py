"""The document grammar on layouts of the two-hundred-and-fifty-ninth held-out
set's kind (issue #11): housing-rental and property-management texts of city
and county bodies (a 住建局's 通知 on 住房租赁合同 备案, a 物业 公示, a county's
物业管理实施办法 issued, two bureaus' 物业服务收费 通知) as portals and their
mirrors store them, the 主送 naming organs and then the parties a notice is
served on by their class ('各住房租赁当事人（…）'). Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert


def _documents(lines: list[str]):
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents


TITLE = "某某市住房和城乡建设局关于做好住房租赁合同备案管理工作的通知"
BODY = ["　　《住房租赁条例》将于2025年9月15日起施", "行。现就有关事宜通知如下。",
        "　　一、全面落实备案管理责任", "　　各区（市）主管部门要依法落实监管责任，",
        "做好住房租赁合同备案工作。", "某某市住房和城乡建设局", "2025年8月20日"]


@pytest.mark.parametrize("separator", ["，", ",", "、"])
def test_a_list_of_addressees_goes_on_with_a_class_of_parties_under_its_separator(separator):
    """GB/T 9704 7.3.2: the 主送 names its organs, or those of one type by
    their 统称, parted by 、 and ，, and the colon after the last; 回行时仍顶格.
    A notice served on parties as well as organs names them by their class
    ('各住房租赁当事人'), what the class holds in brackets after it. A line the
    wrap ended on the list's separator goes on where the line below opens
    with such a class, 各 and its words and then a bracket, a separator or
    the colon: no 主送 ends on its separator, and no sentence's subject runs
    straight into one."""
    lines = [TITLE, "各区（市）住房城乡建设主管部门，某某新区住",
             f"房城乡建设局，某某市住房服务中心{separator}",
             "各住房租赁当事人（房地产经纪机构和住房租", "赁企业，自有住房出租人和承租人）："] + BODY
    docs = _documents(lines)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].addressees == (f"各区（市）住房城乡建设主管部门，某某新区住房城乡建设局，某某市住房服务中心{separator.replace(',', '，')}"
                                  "各住房租赁当事人（房地产经纪机构和住房租赁企业，自有住房出租人和承租人）")
    assert docs[0].issuers == ["某某市住房和城乡建设局"]


@pytest.mark.parametrize("opening", ["各地要加强组织领导，", "各单位应当认真做好备案工作，"])
def test_a_sentence_opening_on_a_class_is_no_item_of_the_list(opening):
    """Control: a 主送 printed without its colon and ended on its comma, over
    a body whose first sentence opens on a class and goes on into what it is
    to do ('各地要…', '各单位应当…'): the modal or predicate in it makes it a
    sentence's subject, so the 主送 ends above it as before."""
    lines = [TITLE, "各区（市）住房城乡建设主管部门，某某市住", "房服务中心，",
             opening, "确保合同备案工作落到实处。", "某某市住房和城乡建设局", "2025年8月20日"]
    docs = _documents(lines)
    assert [d.title for d in docs] == [TITLE]
    assert docs[0].addressees == "各区（市）住房城乡建设主管部门，某某市住房服务中心"

