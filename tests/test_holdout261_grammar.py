"""The document grammar on layouts of the two-hundred-and-sixty-first held-out
set's kind (issue #11): energy-saving texts of city and prefecture bodies
(能耗强度 targets handed down, a 公共机构节能 方案 issued, a 节约能源办法
under its 令, a 机关事务管理局's 节约用电 通知 and 通报) as their sites and
law sites store them, addressed to the offices of the 领导小组 that run the
work ('各市(县)区建设节约型公共机构工作领导小组办公室'). Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 主送 naming a 领导小组's office first: at 18 columns the wrap cuts it right after '领导小组', before '办公室,'.
OFFICE_FIRST = ["关于加强节约用电管理的通知", "各市(县)区节约型机关建设工作领导小组办公室,市级机关各部门(单位)、市各直属单位:",
                "近期持续高温，现就公共机构节约用电工作通知如下：", "1.合理设置空调温度。空调温度设置不得低于26℃。",
                "2.减少照明用电。办公场所充分利用自然采光。"]
# The same at 16 and 17 columns: the wrap cuts after '领导小组' again.
OFFICE_FIRST_TOWN = ["关于加强节约用电管理的通知", "各乡镇节约型机关创建工作领导小组办公室,县级机关各部门、县各直属单位:",
                     "现就节约用电工作通知如下：", "1.合理设置空调温度。空调温度设置不得低于26℃。"]
OFFICE_FIRST_COUNTY = ["关于加强节约用电管理的通知", "各区县(市)公共机构节能工作领导小组办公室,市级机关各部门(单位):",
                       "现就节约用电工作通知如下：", "1.合理设置空调温度。空调温度设置不得低于26℃。"]


@pytest.mark.parametrize("paragraphs, columns", [(OFFICE_FIRST, None), (OFFICE_FIRST, 18), (OFFICE_FIRST, 26),
                                                 (OFFICE_FIRST_TOWN, 16), (OFFICE_FIRST_COUNTY, 17)])
def test_an_addressee_cut_before_its_office_goes_on_to_its_colon(paragraphs, columns):
    """GB/T 9704 7.3.2: the 主送机关 is one paragraph (回行时仍顶格), its
    names parted by 、 and ，, the colon after the last. An organ's office is
    named by the organ and the office ('…领导小组' + '办公室', '…人民政府' +
    '办公室'): a wrap that cuts the name right after the organ leaves a line
    that reads as a whole 主送 printed without its colon, and a line under
    it opening on the office alone and its separator ('办公室,市级机关…'),
    which no body's sentence opens with. The two lines are one 主送 going on
    to its colon, not a 主送 over the body's first sentence."""
    doc, = _documents(paragraphs, columns)
    assert doc.addressees == paragraphs[1][:-1].replace("(", "（").replace(")", "）").replace(",", "，")
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)][:1] == ["1."]


# A 主送 printed without its colon (the page lost it) over the body's first sentence.
NO_COLON = ["关于做好节能宣传周活动的通知", "各县(市)区人民政府节能工作领导小组",
            "为做好今年节能宣传周活动，现将有关事项通知如下：", "一、各地要在6月10日前报送活动方案。",
            "某某市节能工作领导小组", "2022年6月1日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_without_its_colon_over_a_sentence_stays_apart(columns):
    """Control: a 主送 ending on an organ's name with no colon, over a line
    that opens a sentence ('为做好…'), not an office and its separator: the
    主送 and the body stay apart, as before."""
    doc, = _documents(NO_COLON, columns)
    texts = [b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")]
    assert not any(NO_COLON[1] + "为" in t for t in texts)
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、"]


@pytest.mark.parametrize("columns", [None, 18])
def test_an_addressee_ending_on_its_colon_keeps_the_body_under_it(columns):
    """Control: a 主送 naming a 领导小组's office whole, ending on its colon,
    over the body's first sentence: the 主送 and the body as before."""
    doc, = _documents(["关于加强节约用电管理的通知", "各县节能工作领导小组办公室:", "现就节约用电工作通知如下：",
                       "1.合理设置空调温度。空调温度设置不得低于26℃。"], columns)
    assert doc.addressees == "各县节能工作领导小组办公室"
