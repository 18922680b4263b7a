"""The document grammar on layouts of the two-hundred-and-ninety-second held-out
set's kind (issue #11): duty and holiday notices of cities, prefectures,
counties and districts (an office's 通知 on 值班 over a festival, on 政务值班
and 信息报送, on a holiday and its duty) as their sites, law libraries and
newspapers store them, one closing on its contact lines ('联系电话:…',
'传真:…') and its office's signature with no date, the next titled by an
office of another place, its organ alone on the line over its 关于. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A district office's notice closing on its contact lines and its signature, no date under it.
SIGNED_UNDATED = ["关于加强春节放假期间值班工作的通知", "各街道办事处、区政府各部门：",
                  "节日期间，各街道办事处、区政府各部门要切实加强值班工作，认真落实24小时值班和领导带班制度。",
                  "联系电话:88150313", "传真:88580908", "东城区人民政府办公室"]
# A prefecture office's notice, its organ on a line of its own over its 关于.
OTHER_PLACE_TWO_LINES = ["南岭自治州人民政府办公室", "关于2019年春节期间放假调休的通知", "各县市人民政府，州直机关各单位：",
                         "各级各部门要认真做好应急值班值守和安全保卫等工作。", "南岭自治州人民政府办公室", "2019年1月29日"]
# A city office's notice, its organ and 关于 on one line.
OTHER_PLACE_ONE_LINE = ["北山市人民政府办公室关于加强春节期间值班工作的通知", "各县、区人民政府，市直各单位：",
                        "现就有关问题通知如下：", "一、要高度重视春节期间的值班工作，认真做好值班安排。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("below", [OTHER_PLACE_TWO_LINES, OTHER_PLACE_ONE_LINE])
def test_an_undated_signature_over_a_title_of_another_places_organ_signs_the_text_above(columns, below):
    """党政机关公文处理工作条例 第十七条 and GB/T 9704 7.3.1: organs that issue a
    text jointly are 同级 organs, and a joint title names each whole, of one
    place, over its 关于. One organ's name alone right under the text above's
    last sentence or the contact it closes with (7.3.6: a fax's number as
    much as a telephone's), over a title whose own organ opens on another
    place's name, is that text's signature (7.3.5.1), though no date follows
    it (titles.signs_for_another_place): no joint issuer of the title under
    it."""
    docs = _documents(SIGNED_UNDATED + below, columns)
    assert [d.title for d in docs] == [SIGNED_UNDATED[0], "".join(below[:2]) if below is OTHER_PLACE_TWO_LINES
                                       else below[0]]
    assert docs[0].issuers == ["东城区人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_title_of_one_places_organs_under_a_finished_text_keeps_them_all(columns):
    """The control: organs of one place stacked over a 关于 (中共 before the
    place read through) are the joint issuers of the title under them, as
    their joint signature shows; the text above keeps what it had."""
    notice = ["东城区人民政府关于做好春季植树造林工作的通知", "各街道办事处：",
              "请各街道在3月底前完成造林任务。", "东城区人民政府", "2021年3月1日"]
    joint = ["中共南岭县委办公室", "南岭县人民政府办公室", "关于做好春节期间值班工作的通知", "各乡镇党委、人民政府：",
             "各乡镇要严格执行24小时值班和领导带班制度。", "中共南岭县委办公室", "南岭县人民政府办公室",
             "2022年1月20日"]
    docs = _documents(notice + joint, columns)
    assert [d.title for d in docs] == [notice[0], "".join(joint[:3])]
    assert docs[0].issuers == ["东城区人民政府"]


def test_the_signature_of_another_place_over_a_title_stays_where_no_place_is_named():
    """The control: an organ's name that opens on no place's ('区人民政府办公室')
    is read as before (no place to set apart from the title's)."""
    from builder.stages.split.titles.closes import organ_place
    assert organ_place("区人民政府办公室") is None
    assert organ_place("中共南岭县委办公室") == "南岭县"
    assert organ_place("南岭自治州人民政府办公室") == "南岭自治州"
