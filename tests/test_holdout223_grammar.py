"""The document grammar on layouts of the two-hundred-and-twenty-third
held-out set's kind (issue #11): local-finance texts of cities, counties and
districts (防范和处置非法集资 通知, 意见 and 工作规范, a 地方金融监管局's
宣传教育 通知, a 政府性融资担保 补贴 办法) as their portals store them, a
district's notice titled '关于…的通知' with no organ and its 主送 stored with
neither its colon nor the mark between its two names. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A text whose excerpt the store cut mid-sentence, no signature: nothing closes it but the next title.
CUT_OPINION = ["关于切实做好防范和处置非法集资工作的意见", "某某区人民政府，管委会各工作部门:",
               "为加大防范和处置非法集资工作力度，现提出以下意见:",
               "一、明确职责，完善机制", "（一）各成员单位要履行各自管理职责。对于没有明确主管部门的行业领域，由工商、金融监管、宣传"]
# A notice titled in the 关于 form with no organ, its 主送 a body's members and a class after them ('各…'), the
# page having lost the colon and the 、 between them.
BARE_ADDRESSEES = "某某区防范和处置非法集资工作领导小组成员单位各驻区金融机构"
NOTICE = ["关于开展防范非法集资宣传教育活动的通知", BARE_ADDRESSEES,
          "为贯彻落实《防范和处置非法集资条例》，现将省处非办有关通知转发给你们，请一并抓好贯彻落实。现提出以下要求:",
          "一、活动时间", "2021年6月15日上午。", "二、活动地点", "区人民广场及各金融机构网点。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_addressees_that_lost_their_colon_and_marks_frame_the_title_above(columns):
    """GB/T 9704 7.3.2: the 主送 stands under the title, above the body, and
    names the organs addressed, a class by 各 ('各驻区金融机构'). A page that
    lost its colon and the 、 between the names leaves them run together
    ('…领导小组成员单位各驻区金融机构'), every name after the first opening on
    各, over the body's first sentence: still the 主送, so the title over it
    opens a document though the text above was cut mid-sentence, and it is
    the notice's 主送 (frame.UNMARKED_CLASSES_AFTER_RE; wrapped over two lines
    by a narrow page, read whole where the body opens under it on its
    purpose or ground: titles.addressees.bare_addressees_wrapped)."""
    docs = _documents(CUT_OPINION + NOTICE, columns)
    assert [d.title for d in docs] == [CUT_OPINION[0], NOTICE[0]]
    assert docs[1].addressees == BARE_ADDRESSEES
    assert docs[1].issuers == [] and docs[1].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_addressees_with_their_colon_stay_the_addressees(columns):
    """Control: the same 主送 printed with its 、 and colon is the 主送 as
    before, the notice a document of its own under the cut text."""
    marked = "某某区防范和处置非法集资工作领导小组成员单位、各驻区金融机构:"
    docs = _documents(CUT_OPINION + [NOTICE[0], marked] + NOTICE[2:], columns)
    assert [d.title for d in docs] == [CUT_OPINION[0], NOTICE[0]]
    assert docs[1].addressees == marked.rstrip(":")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_organs_run_together_with_no_class_after_them_are_no_addressees(columns):
    """Control: names run together under the title with no 各 opening the
    later ones ('某某县财政局某某县审计局') are not read as a 主送 that lost its
    marks: nothing shows where one name ends, and a signature or the body's
    words may read so; the notice's 主送 stays unread."""
    docs = _documents(["某某县财政局关于开展融资担保业务检查的通知", "某某县财政局某某县审计局",
                       "为规范融资担保业务，现将有关事项通知如下:", "一、检查时间为5月。"], columns)
    assert [d.title for d in docs] == ["某某县财政局关于开展融资担保业务检查的通知"]
    assert docs[0].addressees is None
