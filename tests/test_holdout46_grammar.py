"""The document grammar on layouts of the forty-sixth held-out set's kind
(issue #11): the decisions and notices that commend, award or name (表彰,
授予称号, 奖励, 命名), whose 附件 is a 名单 of units and people, rows of
names parted by spaces, and whose signature a page may run onto the line of
the 附件说明. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 表彰 决定 whose excerpt ends inside its 名单: a row of units parted by spaces is its last line.
COMMENDED = ["某某县人民政府关于表彰2020年度平安建设先进单位的决定", "各乡镇人民政府,县直各单位:",
             "2020年,全县各单位扎实开展平安建设,成效明显。经县政府研究,决定对县公安局等8个单位予以表彰。",
             "附件:2020年度平安建设先进单位名单", "某某县人民政府", "2021年2月1日", "附件", "2020年度平安建设先进单位名单",
             "一、先进单位(8个)", "县公安局 县司法局 县民政局"]
AWARDS = ["某某市人民政府关于2020年度全市科学技术奖励的决定", "(某政秘〔2021〕5号)", "各区人民政府,市政府各部门:",
          "市政府决定对为发展科学技术事业作出贡献的科技人员和组织予以奖励。", "2021年3月1日"]


# ---------------------------------------------------------------- a list's row over a title that names its organ

@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_row_of_units_over_a_title_that_names_its_organ_stays_in_the_list(columns):
    """GB/T 9704 7.3.1: a title names its 发文机关 before 关于; one that opens
    its line with an organ's whole name run into 关于 ('某某市人民政府关于…')
    names its issuer itself. Names parted by spaces on the line above are its
    joint issuers only where the measure wrapped them there; a row that ends
    short of the measure is the last row of the 名单 above, which stays in
    the 决定 it closes."""
    docs = _documents(COMMENDED + AWARDS, columns)
    assert [d.title for d in docs] == [COMMENDED[0], AWARDS[0]]
    assert docs[1].issuers == ["某某市人民政府"] and docs[1].doc_number == "某政秘〔2021〕5号"
    assert "县民政局" in "".join(block.text for part in docs[0].parts for block in part.blocks)


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_issuers_parted_by_spaces_over_their_title_stay_its_own(columns):
    """GB/T 9704 7.2.5: joint issuers set on a line of their own over '关于…'
    are the title's; the rule above reads only a 关于 line that opens with an
    organ's name."""
    title = ["某某市财政局 某某市教育局", "关于下达2021年义务教育经费的通知"]
    text = ["各县区财政局、教育局:", "现将2021年义务教育经费下达给你们,请按规定使用。", "某某市财政局 某某市教育局", "2021年3月1日"]
    docs = _documents(NOTICE + title + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市财政局某某市教育局关于下达2021年义务教育经费的通知"]
    assert docs[1].issuers == ["某某市财政局", "某某市教育局"]


# ---------------------------------------------------------------- a signature run onto the 附件说明's line

NAMING = ["关于命名2020年度生态文明村的决定", "各市州人民政府,省直各单位:",
          "经各地推荐、考核验收,决定命名某某村等20个村为生态文明村。希望被命名的村珍惜荣誉,再接再厉。",
          "附件:2020年度生态文明村和生态文明建设先进单位名单 某某省人民政府", "二00三年七月十六日",
          "2020年度生态文明村和生态文明建设先进单位名单", "一、生态文明村", "某某县某某村 某某县某某村"]


@pytest.mark.parametrize("columns", [18, 20, 22, 28])
def test_a_signature_run_onto_the_annex_line_is_the_organ_name_after_its_space(columns):
    """GB/T 9704 7.3.5: the 署名 is the organ's name over the 成文日期. A page
    that runs it onto the end of the 附件说明's line parts it by a space; the
    measure then carries the 附件说明's last words down with it ('…名单 某某
    省人民政府') or cuts the name's place off ('…名单 某某' / '省人民政府'): the
    signature is the name after the space, its place's name whole, and the
    words before it end the 附件说明."""
    docs = _documents(NAMING, columns)
    assert [d.title for d in docs] == [NAMING[0]]
    assert docs[0].issuers == ["某某省人民政府"] and docs[0].date == "2003-07-16"
    assert docs[0].attachments == ["2020年度生态文明村和生态文明建设先进单位名单"]


@pytest.mark.parametrize("cut", ["名", "名单 某某", "名单 某某省"])
def test_one_character_of_the_annex_line_carried_down_with_the_signature_ends_the_annex(cut):
    """The measure may leave one character of the 附件说明 before the space
    ('…单位名' / '单 某某省人民政府'): that character and a whole organ's name from
    its place make no word across the space, which parts them as the page
    did, not a scanner's gap inside a letter-spaced word; the signature is
    the name, the character ends the 附件说明."""
    annex = "附件:2020年度生态文明村和生态文明建设先进单位名单 某某省人民政府"
    head = annex[:annex.index(cut) + len(cut)]
    lines = NAMING[:3] + [head, annex[len(head):].lstrip(), NAMING[4]]
    text = "\n".join(lines)
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert docs[0].issuers == ["某某省人民政府"] and docs[0].date == "2003-07-16"
    assert docs[0].attachments == ["2020年度生态文明村和生态文明建设先进单位名单"]


def test_a_signature_cut_inside_its_provinces_name_is_the_organ_its_title_names():
    """The wrap may cut the 署名 run onto the 附件说明's line right after the
    province's first character ('…名单 某' / '某省人民政府'); the layout stage
    reads a lone character at a line's end as a scanner's and closes the
    space, so the name under it opens on one character and 省, which no
    province's name does: it is the organ the title names, not a second one."""
    title = "某某省人民政府关于命名2020年度生态文明村的决定"
    lines = [title] + NAMING[1:3] + ["附件:2020年度生态文明村和生态文明建设先进单位名单 某", "某省人民政府", NAMING[4]]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert docs[0].issuers == ["某某省人民政府"] and docs[0].date == "2003-07-16"


@pytest.mark.parametrize("columns", [None, 18])
@pytest.mark.parametrize("signature", ["某某省 某某市人民政府", "某某 省人民政府"])
def test_a_scanners_space_inside_one_signature_is_no_run_on(signature, columns):
    """A space OCR leaves inside one name ('某某 省人民政府', or the province
    before a city's name) parts no words from it: the signature is read whole."""
    docs = _documents(NAMING[:3] + ["附件:生态文明村名单", signature, "2021年2月1日"], columns)
    assert docs[0].issuers == [signature.replace(" ", "")]
