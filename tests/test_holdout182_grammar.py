"""The document grammar on layouts of the hundred-and-eighty-second held-out
set's kind (issue #11): texts of development zones' organs (开发区, 高新区,
经开区), a 管委会's 通知 and the 通告 of the 指挥部 and 领导小组 a zone set up, as
portals, mirrors and news sites store them: the signer's long name (the zone,
its charge and the other name it goes by) under the lines to call, or wrapped
over two or three lines of a narrow signature column. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

HEAD = ["关于对某某小区实行封闭管理的通告", "居民朋友:",
        "为做好疫情防控工作，经研究，现将有关事项通告如下：",
        "一、自2022年3月30日起对某某小区实行封闭管理，解除时间另行通知。",
        "二、请广大居民不信谣、不传谣，积极配合核酸检测等工作。"]
LONG_NAME = "某某市经济技术开发区党工委统筹疫情防控和经济运行工作领导小组(指挥部)办公室"


@pytest.mark.parametrize("columns", [None, 24])
def test_a_long_signature_under_the_number_to_call_is_a_line_of_its_own(columns):
    """GB/T 9704 7.3.5: the 署名 is the organ's full name, on a line of its
    own over the date; a body a zone's 党工委 set up names its zone, its charge
    and its other name, longer than a signature's line commonly is. Under
    the number to call (a line with no sentence mark) it is no figure of
    that number: the text is signed by it."""
    doc, = _documents(HEAD + ["咨询电话:5013707,17853403600", LONG_NAME, "2022年3月30日"], columns)
    assert doc.issuers == ["某某市经济技术开发区党工委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"]
    assert doc.date == "2022-03-30"


def test_a_short_signature_under_the_number_to_call_stays_as_it_was():
    """Control: a signature of a common length under the number to call was
    read so before."""
    doc, = _documents(HEAD + ["咨询电话:5013707", "某某县疫情防控工作领导小组办公室", "2022年3月30日"], None)
    assert doc.issuers == ["某某县疫情防控工作领导小组办公室"]


NOTICE = ["某某经济技术开发区关于解除部分管控区的通告",
          "根据疫情防控有关规定，经综合研判，决定自4月18日起解除以下区域的管控措施。",
          "请广大居民继续做好个人防护。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_zone_signer_wrapped_over_two_lines_is_one_name(columns):
    """A zone is a place its 管委会 governs as a government governs a county:
    a name that begins with the zone's ('某某经济技术开发区…', the place and the
    zone's kind, longer than a county's name) begins as an organ's name
    does, so the signer a narrow signature column wrapped ('…开发区应对新型冠状
    病毒' over '感染肺炎疫情工作指挥部') is one name, not its last line."""
    doc, = _documents(NOTICE + ["某某经济技术开发区应对新型冠状病毒", "感染肺炎疫情工作指挥部", "2022年4月24日"], columns)
    assert doc.issuers == ["某某经济技术开发区应对新型冠状病毒感染肺炎疫情工作指挥部"]


def test_a_zones_committee_and_a_bureau_a_line_each_stay_two():
    """Control: a zone's 管委会 and a city's bureau signing jointly, a whole
    name a line, stay two signers: the zone's line ends as a name ends."""
    doc, = _documents(NOTICE + ["某某经济技术开发区管理委员会", "某某市卫生健康委员会", "2022年4月24日"], None)
    assert doc.issuers == ["某某经济技术开发区管理委员会", "某某市卫生健康委员会"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signer_wrapped_over_three_lines_is_one_name(columns):
    """GB/T 9704 7.3.5: the 署名 is the organ's full name; a narrow signature
    column wraps a long one over three lines ('…开发区（国际商务区）' /
    '新型冠状病毒肺炎疫情' / '防控工作领导小组'): the first begins as a name
    does, the ones under it end as none does, and together they are one."""
    doc, = _documents(NOTICE + ["某某经济技术开发区(国际商务区)", "新型冠状病毒肺炎疫情", "防控工作领导小组",
                                "2022年4月17日"], columns)
    assert doc.issuers == ["某某经济技术开发区（国际商务区）新型冠状病毒肺炎疫情防控工作领导小组"]


def test_two_signers_a_line_each_stay_two():
    """Control: joint signers one a line, each a whole name, stay two."""
    doc, = _documents(NOTICE + ["某某市卫生健康委员会", "某某市疫情防控工作领导小组办公室", "2022年4月17日"], None)
    assert doc.issuers == ["某某市卫生健康委员会", "某某市疫情防控工作领导小组办公室"]


@pytest.mark.parametrize("columns", [None, 26])
def test_numbers_to_call_one_a_line_stay_rows_over_the_signature(columns):
    """GB/T 9704 7.3.6: the 附注's contact, numbers to call one a line, each
    under its label: the line above ends on its figures, though the label
    below opens on a level's 区 ('区疫情防治…咨询电话：…') and the one above holds
    a predicate's word (报备); the 署名 stands under them."""
    doc, = _documents(HEAD + ["社区求助报备电话:2753003", "区疫情防治与专家组政策咨询电话:5013707,17853403600",
                              LONG_NAME, "2022年3月30日"], columns)
    assert doc.issuers == ["某某市经济技术开发区党工委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"]
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert "区疫情防治与专家组政策咨询电话:5013707,17853403600" in texts


def test_a_number_the_line_cut_still_goes_on():
    """Control: a number to call whose figures run onto the next line, no
    label there, goes on from the line above."""
    doc, = _documents(HEAD + ["社区求助报备电话:2753003、", "2753004", LONG_NAME, "2022年3月30日"], None)
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert "社区求助报备电话:2753003、2753004" in texts
