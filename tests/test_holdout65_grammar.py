"""The document grammar on layouts of the sixty-fifth held-out set's kind
(issue #11): JOINT documents of ministries and of provincial departments
(部委联合发文), titled by their short names parted by spaces and signed side
by side. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.stages.metadata import signed_names
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]
JOINT_BODY = ["各省、自治区、直辖市农林厅（局）、商贸厅（局）：",
              "为规范某某专项资金管理，我们制定了《某某专项资金管理办法》，现印发给你们，请遵照执行。"]


# ---------------------------------------------------------------- ministries' short names side by side

@pytest.mark.parametrize("line, names", [
    ("农林部 商贸部", ["农林部", "商贸部"]),
    ("农林部  商贸部", ["农林部", "商贸部"]),  # a run of spaces parts them as one does
    ("农林部 商贸部 环境保护部", ["农林部", "商贸部", "环境保护部"]),
])
def test_three_character_short_names_side_by_side_are_names_of_their_own(line, names):
    """GB/T 9704 7.3.5.2: joint issuers sign side by side, parted by spaces;
    a ministry signs by its short name (简称), three characters ending as
    organ names do ('财政部', '商务部'): each is a name of its own."""
    assert signed_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("农 林 部", ["农林部"]),  # one name letter-spaced: its letters one at a time
    ("某某省 农林厅", ["某某省农林厅"]),  # a place, then its organ's name
    ("农林部 办公厅", ["农林部办公厅"]),  # the ministry's office: an ending alone joins the name before
    ("某某省妇女 联合会", ["某某省妇女联合会"]),  # a piece under way takes the rest of its name
    ("某某省农林厅 商贸部", ["某某省农林厅", "商贸部"]),  # a full name, then a short one
])
def test_a_name_spread_by_spaces_stays_one(line, names):
    """Control: a space inside one name parts no names, and a full name
    before a short one was read apart already."""
    assert signed_names(line) == names


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_joint_notice_of_two_ministries_is_signed_by_both(columns):
    """A notice titled by two ministries' short names parted by a space and
    signed by both on one line has both as its issuers, not one name of the
    two run together."""
    title = "农林部 商贸部关于印发《某某专项资金管理办法》的通知"
    docs = _documents(NOTICE + [title, "农商〔2016〕113号"] + JOINT_BODY + ["农林部 商贸部", "2016年12月30日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title.replace(" ", "")]
    assert (docs[1].issuers, docs[1].date) == (["农林部", "商贸部"], "2016-12-30")


# ---------------------------------------------------------------- '附件：' alone over the annex's name

@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_name_under_its_mark_alone_over_the_signature_is_the_annex_note(columns):
    """GB/T 9704 7.3.4: the 附件说明 stands over the signature; a page that
    prints its mark alone ('附件：') sets the annex's name on the next line.
    With only the signers between it and the date that name is no text
    printed after the notice: the signature and the date are the notice's."""
    title = "农林部 商贸部关于印发《某某专项资金管理办法》的通知"
    docs = _documents(NOTICE + [title] + JOINT_BODY + ["附件：", "某某专项资金管理办法", "农林部 商贸部",
                                                      "2016年12月30日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title.replace(" ", "")]
    assert (docs[1].issuers, docs[1].date) == (["农林部", "商贸部"], "2016-12-30")
    assert [p.title for p in docs[1].parts[1:]] == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_text_issued_after_the_date_is_the_only_part(columns):
    """The same notice with the 办法 printed after its date too, under its
    title and with its articles: the 附件说明's name is no part (it took the
    signature and the date with it), the 办法 after the date is one."""
    title = "某某省农林厅 某某省商贸厅关于印发《某某专项资金管理办法》的通知"
    docs = _documents(NOTICE + [title] + JOINT_BODY + ["附件：", "某某专项资金管理办法", "某某省农林厅 某某省商贸厅",
                                                      "2016年12月30日", "某某专项资金管理办法",
                                                      "第一条 为规范某某专项资金管理，制定本办法。",
                                                      "第二条 本办法自发布之日起施行。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title.replace(" ", "")]
    assert (docs[1].issuers, docs[1].date) == (["某某省农林厅", "某某省商贸厅"], "2016-12-30")
    assert [p.title for p in docs[1].parts[1:]] == ["某某专项资金管理办法"]


# ---------------------------------------------------------------- a law library's title printed four times

LIBRARY_TITLE = "关于印发《某某补助资金管理暂行办法》的通知"
LIBRARY_FRAME = ["农商〔2014〕654号", "各省、自治区、直辖市农林厅（局）、商贸厅（局）：",
                 "为规范某某补助资金管理，我们制定了《某某补助资金管理暂行办法》，现印发给你们，请遵照执行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_twice_over_and_under_the_organs_line_is_one_document(columns):
    """A law library prints its heading and the text's title, each twice,
    the organs' line between ('关于…的通知', '关于…的通知', 'XX部 XX部 XX部',
    '关于…的通知', '关于…的通知'): one title, one document; its 发文字号 and
    主送 stand under the last printing, and the organs' line names its
    issuers where it is signed nowhere (the excerpt ends before the
    signature)."""
    docs = _documents(NOTICE + [LIBRARY_TITLE, LIBRARY_TITLE, "农林部 商贸部 交通部", LIBRARY_TITLE, LIBRARY_TITLE]
                      + LIBRARY_FRAME, columns)
    assert [d.title for d in docs] == [NOTICE[0], LIBRARY_TITLE]
    assert docs[1].doc_number == "农商〔2014〕654号"
    assert docs[1].addressees == "各省、自治区、直辖市农林厅（局）、商贸厅（局）"
    assert docs[1].issuers == ["农林部", "商贸部", "交通部"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_again_with_its_organs_before_it_is_the_same_title(columns):
    """The library's printing may run the organs' line into the title under
    it ('XX部 XX部' / '关于…的通知' read as one title 'XX部XX部关于…'): the
    same title with its organs named, not a document of its own."""
    docs = _documents(NOTICE + [LIBRARY_TITLE, "农林部 商贸部", LIBRARY_TITLE, LIBRARY_TITLE] + LIBRARY_FRAME, columns)
    assert [d.title for d in docs] == [NOTICE[0], LIBRARY_TITLE]
    assert (docs[1].doc_number, docs[1].issuers) == ("农商〔2014〕654号", ["农林部", "商贸部"])


# ---------------------------------------------------------------- a 主送 of classes with their other names in brackets

CLASSES = ("各省、自治区、直辖市、计划单列市财政厅（局）、农林（农牧、渔业）厅（委、局），"
           "新疆生产建设兵团财政局、农林局，某某省农垦总局：")


@pytest.mark.parametrize("columns", [19, 20, 21, 22, 23])  # on '财政厅', or on '（局）、'
def test_a_class_addressed_by_its_ending_and_its_other_names_in_brackets_is_one_addressee(columns):
    """A joint notice addresses each class of provincial counterparts by one
    name and the others in brackets ('财政厅（局）', '厅（委、局）'); where the
    wrap ends a line on the name ('…计划单列市财政厅') and the next opens
    with the brackets ('（局）、农林…'), the list goes on: no sentence opens
    with a bracketed ending; where it ends a line after the brackets and
    their 顿号 ('…财政厅（局）、' / '农林（农牧、渔业）厅…'), the list goes on
    too: 、 ends no list. The 主送 is one paragraph to its colon."""
    title = "农林部 商贸部关于修订印发某某资金管理办法的通知"
    body = "为进一步规范某某资金管理，我们对有关办法进行了修订，现予印发，请遵照执行。"
    docs = _documents(NOTICE + [title, CLASSES, body, "农林部 商贸部", "2020年3月24日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title.replace(" ", "")]
    assert docs[1].addressees == CLASSES.rstrip("：")


@pytest.mark.parametrize("columns", [20, 26])
def test_a_numbered_item_under_an_addressee_without_its_colon_starts_the_body(columns):
    """Control: a line under a 主送 that lost its colon, opening with a
    numbering label in brackets ('（一）…'), is the body's first item."""
    title = "某某县人民政府关于做好某某工作的通知"
    docs = _documents(NOTICE + [title, "各乡镇人民政府、县直各部门", "（一）各单位要在3月底前完成某某工作任务。",
                                "某某县人民政府", "2021年3月1日"], columns)
    assert docs[1].addressees == "各乡镇人民政府、县直各部门"


# ---------------------------------------------------------------- a long 主送 with a scanner's space in a name

CITIES = "、".join([a + b + "城" for a in "甲乙丙丁戊己庚辛壬癸" for b in "东南西北"] + ["子城"])  # past a sentence's length


@pytest.mark.parametrize("spaced", ["子城市人民 政府"])
def test_a_long_addressee_list_with_a_scanners_space_inside_a_name_is_the_addressees(spaced):
    """GB/T 9704 7.3.2: a joint notice addresses many cities' governments and
    companies one by one, parted by 、 and ，, over its colon; OCR of a scan
    leaves a space between two characters of a name ('…市人民 政府，'). The
    space parts no names: the line is still the 主送."""
    addressees = CITIES.replace("子城", "子城市人民政府") + "，某某集团有限公司、某某铁路集团有限公司"
    title = "关于印发《某某地区秋冬季大气污染综合治理攻坚行动方案》的通知"
    body = "现将《某某地区秋冬季大气污染综合治理攻坚行动方案》印发给你们，请遵照执行。"
    docs = _documents(NOTICE + [title, addressees.replace("子城市人民政府", spaced) + "：", body, "农林部 商贸部",
                                "2020年10月30日"], None)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees.replace(" ", "") == addressees
