"""The document grammar on layouts of the three-hundred-and-fortieth held-out
set's kind (issue #11): texts on government offices' own affairs (official
vehicles, office rooms, public-institution energy use, canteens) of
prefectures, cities, counties and districts as their sites and law libraries
store them: a district bureau's 函 whose bare 发文字号 under the title opens
on the organ's one-character short name and the first words of its 代字
spell a kind word ('东规划资源函〔2020〕19号'), and a county bureau's 主送
whose wrap sets a name's bracketed alternative at the head of a line ('…、
各乡镇' / '（街道）中小学…'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A district bureau's 函 to the district's 机关事务管理局, its bare 发文字号 alone under the title, the 代字 opening on
# the place's one-character short name and on the words 规划 of the bureau's name.
CODED_LETTER = ["东城区规划和自然资源局关于食堂开办费及用餐托管的函", "东规划资源函〔2020〕19号", "东城区机关事务管理局：",
                "经上级部门批准，我局内部办公场所进行调整，现申请食堂开办费，望贵局予以支持。", "特此致函。",
                "东城区规划和自然资源局", "2020年11月12日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("number", ["东规划资源函〔2020〕19号", "东规划函〔2020〕19号", "东规划资源〔2020〕19号"])
def test_a_bare_number_whose_code_opens_on_a_short_name_and_a_kind_word_is_the_number(columns, number):
    """GB/T 9704 7.2.4: the 发文字号 is the 机关代字, the year and the serial,
    and the 代字 opens on the organ's short name, one character of its place
    ('东'); 7.3.1: a title names its 事由 before its 文种. A bare number's
    line whose first characters are that short name and a kind word ('东规划',
    a 规划 by its letters) holds no title and a number after it: it is the
    number whole, under the title above (unfold.forms._short_name_then_kind)."""
    docs = _documents([CODED_LETTER[0], number] + CODED_LETTER[2:], columns)
    assert [d.title for d in docs] == [CODED_LETTER[0]]
    assert docs[0].doc_number == number
    assert (docs[0].issuers, docs[0].date, docs[0].addressees) == (["东城区规划和自然资源局"], "2020-11-12",
                                                                   "东城区机关事务管理局")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_of_a_whole_title_and_its_bare_number_still_parts_them(columns):
    """The control: a headline that sets the bare number after a whole title,
    its organ and 事由 before its kind word ('…推进会议的通知  某农园办发〔2016〕
    11号'), is the title and the number, as before."""
    head = "东城区农业园区管理办公室关于召开园区建设推进会议的通知  东农园办发〔2016〕11号"
    docs = _documents([head, "各园区：", "定于3月1日召开园区建设推进会议，请准时参加。", "东城区农业园区管理办公室",
                       "2016年2月20日"], columns)
    assert [d.title for d in docs] == ["东城区农业园区管理办公室关于召开园区建设推进会议的通知"]
    assert docs[0].doc_number == "东农园办发〔2016〕11号"



# A county bureau's 补充通知 to its units and schools, a name's alternative in brackets after it ('各乡镇（街道）'):
# at 18 columns the wrap ends the first line on '各乡镇' and sets '（街道）中小学…' at the head of the next.
BRACKETED_ALTERNATIVE = ["东城县教育局关于做好清理办公用房工作的补充通知",
                         "教育局直属事业单位，县属学校、各乡镇（街道）中小学（幼儿园）、各中心成技校：",
                         "请各校严格按照用房标准于10月10日前完成整改。", "东城县教育局", "2014年9月29日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_line_of_a_head_opening_on_a_names_bracketed_alternative_goes_on_with_the_name(columns):
    """GB/T 9704 7.3.2: the 主送 names the organs or their class, 回行时仍顶格,
    the colon after the last; GB/T 15834-2011 4.9: a bracket marks what
    annotates the word before it ('各乡镇（街道）', a township or, where a place
    has them, its 街道). A line opening on such a bracket, its few words closed
    and the name running on after it to a separator ('（街道）中小学（幼儿园）、'),
    goes on from the name above it, which the wrap cut there: no sentence and
    no 主送 opens on a bracket (paragraphs.addressed)."""
    docs = _documents(BRACKETED_ALTERNATIVE, columns)
    assert [d.title for d in docs] == [BRACKETED_ALTERNATIVE[0]]
    assert docs[0].addressees == BRACKETED_ALTERNATIVE[1][:-1]
    assert (docs[0].issuers, docs[0].date) == (["东城县教育局"], "2014-09-29")


def test_a_numbered_paragraph_under_names_without_their_colon_stays_apart():
    """The control: a paragraph's label in brackets ('（一）') under a 主送
    printed without its colon opens the body's first item, as before; and a
    bracket holding figures or a whole note is no name's alternative."""
    from builder.stages.paragraphs import addressed
    assert addressed("各乡镇人民政府，县直各单位", "（一）加强组织领导，各乡镇要成立工作专班。")
    assert addressed("各乡镇人民政府，县直各单位", "（2021年）全县各级公共机构要认真执行有关规定。")
    assert not addressed("教育局直属事业单位，县属学校、各乡镇", "（街道）中小学（幼儿园）、各中心成技")
