"""The document grammar on layouts of the two-hundred-and-fifty-seventh
held-out set's kind (issue #11): municipal facilities and roads texts of
cities, counties and districts (a 城市综合管理 office's 窨井盖 通知 to the
departments it coordinates, 户外广告 and bridge 通告, road 交通管制 通告
signed by several bodies) as their portals store them. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 发文字号 over the organ and the title's '关于…' on lines of their own, then a 主送 listing departments by their
# names, one of them ending as a kind word does ('区规划自然资源局': 规划).
NUMBERED_NOTICE = ["某城综办发〔2023〕3号", "某某区城市综合管理办公室",
                   "关于进一步加强窨井盖日常维护管理工作的通知",
                   "区发展改革委、区经济信息委、区公安局、区规划自然资源局、区住房城乡建委、区城市管理局:",
                   "为加强窨井盖日常安全管理，现将有关事项通知如下：",
                   "一、总体要求", "（一）指导思想。", "坚持以人为本，强化安全红线意识。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_main_addressee_list_opening_on_an_organ_name_is_no_part_of_the_title_above(columns):
    """GB/T 9704 7.3.1-7.3.2: the 标题 ends on its 文种 and the 主送机关 stand
    on the line under it, closing on its colon. A title goes on past its 文种
    only by 的, 》 or a bracket ('…的通报的通知'); a line under a whole title
    that opens on an organ's whole name and the 顿号 after it ('区发展改革委、')
    is the 主送 listing organs, though one of its names ends as a kind word
    does ('区规划' / '自然资源局'): the title stays whole and the 主送 is read."""
    docs = _documents(NUMBERED_NOTICE, columns)
    assert [d.title for d in docs] == [NUMBERED_NOTICE[1] + NUMBERED_NOTICE[2]]
    assert docs[0].doc_number == "某城综办发〔2023〕3号"
    assert docs[0].addressees == NUMBERED_NOTICE[3].rstrip(":")
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "（一）"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_naming_its_next_text_after_a_kind_word_stays_one_title(columns):
    """Control: a 印发 title that names two texts goes on past the first's 文种
    with a 顿号 and the next text's name ('…专项规划、…实施方案的通知'): the
    words after the 顿号 are no organ's name, so the title is read whole and
    its 主送 under it."""
    lines = ["某某县人民政府关于印发某某县城区路灯专项规划、", "某某县城区路灯维护实施方案的通知",
             "各乡镇人民政府，县直各单位：", "现将两个文件印发给你们，请认真贯彻执行。"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [lines[0] + lines[1]]
    assert docs[0].addressees == "各乡镇人民政府，县直各单位"


# The same notice as a gazette prints it: the 发文字号 in brackets under the title, then the 主送 wrapped at the
# measure right after a name that ends as a kind word does ('…区规划自然资源局、' / '区住房城乡建委、…:').
BRACKETED_NUMBER = ["某某区城市综合管理办公室关于进一步加强窨井盖日常维护管理工作的通知", "（某城综办发〔2023〕3号）",
                    "区发展改革委、区经济信息委、区公安局、区规划自然资源局、", "区住房城乡建委、区城市管理局:",
                    "为加强窨井盖日常安全管理，现将有关事项通知如下：", "一、总体要求", "坚持以人为本。"]


def test_a_main_addressee_list_under_a_number_printed_below_its_title_is_no_title():
    """GB/T 9704 7.2.4 and 7.3.2: under the number a gazette prints below
    the title stands the 主送, closing on its colon. A line there that opens
    on an organ's whole name and its 顿号 is that 主送, as one opening on 各
    is, though a name in it ends as a kind word does ('区规划'): it opens no
    title of its own."""
    docs = _documents(BRACKETED_NUMBER, None)
    assert [d.title for d in docs] == [BRACKETED_NUMBER[0]]
    assert docs[0].doc_number == "某城综办发〔2023〕3号"
    assert docs[0].addressees == "区发展改革委、区经济信息委、区公安局、区规划自然资源局、区住房城乡建委、区城市管理局"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_title_under_its_number_stays_a_title(columns):
    """Control: a 发文字号 over a joint title whose organs are parted by a
    顿号 ('区财政局、区发展改革委关于…的通知', GB/T 9704 7.3.1) is that title,
    its 主送 under it: the line names a 关于 and ends on its 文种, no 主送."""
    lines = ["某财发〔2023〕5号", "区财政局、区发展改革委关于做好城区路灯电费结算工作的通知",
             "各街道办事处：", "现将有关事项通知如下：", "一、结算范围", "城区主次干道路灯。"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [lines[1]]
    assert docs[0].doc_number == "某财发〔2023〕5号"
    assert docs[0].addressees == "各街道办事处"
