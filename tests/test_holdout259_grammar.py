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


# A text the store cut mid-sentence, with no signature: nothing closes it but the next title.
CUT_RULES = ["某某县物业管理实施办法", "第一条 为规范物业管理活动，根据《物业管理条例》，制定本办法。",
             "第二条 街道办事处在县房地产主管部门指导下，负责组织、协调业主大会成立及业主委员会的选举工作，指导、监督业主大会和业"]
PASSED_ON = ["转发建设部业主大会规程及有关问题的通知",
             "某国土房管物[2003]949号各区县国土房管局、各业主大会及业主委员会、各物业管理企业:现将建设部《业主大会规程》"
             "转发给你们，并就执行中的有关问题一并通知如下：一、筹备成立业主大会。"]


def _wrapped(paragraphs: list[str], columns: int) -> list[str]:
    from tests.devset.layout import laid_out
    return laid_out(paragraphs, columns)


@pytest.mark.parametrize("columns", [18])
def test_a_title_whose_kind_word_the_wrap_cut_is_whole_over_its_number_run_into_its_addressees(columns):
    """GB/T 9704 7.3.1: a title may be wrapped anywhere, its 文种 too ('…有关
    问题的通' / '知'); the 发文字号 under it (7.2.4), which a page ran into the
    主送 and the body ('…949号各区县国土房管局、…:现将…'), is set out again
    under a title that ends on its kind word, and so under one whose kind
    word's last characters stand alone on the line above: that title is as
    whole. The notice is a document of its own under a text the store cut
    mid-sentence."""
    docs = _documents(_wrapped(CUT_RULES + PASSED_ON, columns))
    assert [d.title for d in docs] == [CUT_RULES[0], PASSED_ON[0]]
    assert docs[1].doc_number == "某国土房管物〔2003〕949号"  # (its brackets read as GB/T 9704 7.2.4 prints them)
    assert docs[1].addressees == "各区县国土房管局、各业主大会及业主委员会、各物业管理企业"


def test_a_sentence_cut_on_a_kind_word_before_a_number_run_on_is_no_title():
    """Control: a body line that a sentence runs over ('…，将上月情况及时通' /
    '报'), the kind word's last character alone under it, and a line that
    opens on a number run into names and a colon: the line above the piece
    holds a sentence's comma, so no title ends there and the number is not
    set out as a 发文字号 under it; the rules keep their one title."""
    lines = ["某某县物业管理实施办法", "第一条 各单位应于每月5日前，将上月情况及时通", "报",
             "某政发〔2003〕9号各区县国土房管局、各业主大会:现将有关情况通报如下。", "第二条 本办法自发布之日起施行。"]
    docs = _documents(lines)
    assert [d.title for d in docs] == [lines[0]]
    assert docs[0].doc_number is None
