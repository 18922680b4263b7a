"""The document grammar on layouts of the two-hundred-and-ninetieth held-out
set's kind (issue #11): urban and rural community governance texts of cities
and districts (a joint notice of a city Party committee's and government's
offices forwarding a 换届 意见, two general offices' notice issuing a 社区
办法, a district office's notice forwarding a 社区居民委员会 换届选举 意见, a
city's 城乡社区治理 实施意见 with no organ) as their sites and law libraries
store them: joint issuers on one line over the title's 事由, parted by a space
or by 、, the wrap cutting the last name, and excerpts cut mid-sentence right
above the next title. Each case is invented text laid out as extractors give
it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A joint forwarding notice: the two offices on one line over the 转发 head, the 主送, the signatures, the date.
JOINT_FORWARD = ["中共东山市委办公室 东山市人民政府办公室", "转发《市民政局关于做好社区换届工作的意见》的通知",
                 "各县（市、区）委，市直各单位：",
                 "《市民政局关于做好社区换届工作的意见》已经市委、市政府同意，现转发给你们，请认真贯彻执行。",
                 "中共东山市委办公室", "东山市人民政府办公室", "2019年5月6日"]
# A text whose excerpt the store cut mid-sentence: nothing closes it but the next title.
CUT_OPINION = ["关于加强城乡社区协商的实施意见", "为推进城乡社区协商，现提出如下实施意见。", "一、总体要求",
               "坚持运用协商机制协调利益关系，推进社区综合治理，增强"]
# The same notice as a page stores its title, over three lines, the 事由's line holding the cited 关于.
JOINT_FORWARD_STORED = ["中共东山市委办公室 东山市人民政府办公室", "转发《市委组织部、市民政局关于做好",
                        "全市社区换届工作的意见》的通知", JOINT_FORWARD[2],
                        "《市委组织部、市民政局关于做好全市社区换届工作的意见》已经市委、市政府同意，现转发给你们，"
                        "请认真贯彻执行。"] + JOINT_FORWARD[4:]
# Two general offices' notice issuing a rule, the organs parted by 、 in one title line.
JOINT_ISSUE = ["中共西岭市委办公厅、西岭市人民政府办公厅关于印发《西岭市社区服务站管理办法》的通知",
               "（2008年3月2日 西办〔2008〕12号）", "《西岭市社区服务站管理办法》已经市委、市政府同意，现予印发。",
               "西岭市社区服务站管理办法", "第一条 为规范社区服务站管理，制定本办法。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_offices_over_a_forwarding_head_keep_the_last_name_the_wrap_cut(columns):
    """GB/T 9704 7.3.1: the 标题 is 发文机关 + 事由 + 文种, joint issuers
    named in full, parted by a space. Set on one line over the 转发 head,
    the wrap may cut the last name before its ending ('中共东山市委办公室
    东山市人民政府办' / '公室' / '转发…'): the piece the line ends on reads as a
    short name of its own (政府办, as offices are called in speech), but the
    line under it holds only a name's ending, no name nor a name's opening
    (titles._name_tail_alone), so the two lines are the organs' line the wrap
    cut, the title's first (titles.issuers.organ_wrapped_above)."""
    docs = _documents(JOINT_FORWARD, columns)
    assert [d.title for d in docs] == ["".join(JOINT_FORWARD[:2]).replace(" ", "")]
    assert docs[0].issuers == ["中共东山市委办公室", "东山市人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_offices_over_an_about_head_keep_the_last_name_the_wrap_cut(columns):
    """Control: the same organs' line over a 关于 head, its cut name joined
    again, as before the rule."""
    head = ["中共东山市委办公室 东山市人民政府办公室", "关于做好社区换届工作的通知", "各县（市、区）委，市直各单位：",
            "现就做好社区换届工作通知如下：请各地在6月底前完成换届。", "中共东山市委办公室", "东山市人民政府办公室",
            "2019年5月6日"]
    docs = _documents(head, columns)
    assert [d.title for d in docs] == ["".join(head[:2]).replace(" ", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_list_of_whole_names_over_a_title_stays_a_list(columns):
    """Control: a row of whole names over another whole name (the piece under
    opens as a name opens, '东山市…'), the signatures of the text above, is
    no organ's name the wrap cut: the title under them is the next document's
    alone, as before the rule."""
    docs = _documents(JOINT_FORWARD[2:4] + ["东山市民政局 东山市人民政府办", "东山市财政局", "2019年5月6日"]
                      + ["东山市人民政府关于做好社区换届工作的通知", "各县（市、区）人民政府：",
                         "现就做好社区换届工作通知如下：请各地在6月底前完成换届。"], columns)
    assert docs[-1].title == "东山市人民政府关于做好社区换届工作的通知"


# An issue hard-wrapped at 19 columns, paragraphs parted by blank lines, its stops in ASCII as a store keeps them:
# an excerpt cut mid-sentence on a full line, then two general offices' notice, the organs parted by 、 and the wrap
# cutting the last name in its ending ('…办公' / '厅关于印发…').
CUT_THEN_JOINT_ISSUE = ["关于加强城乡社区协商的实施意见", "", "为推进城乡社区协商,现提出如下实施意见。", "",
                        "规范和约束社会行为,推进社区综合治理,增", "", "中共西岭市委办公厅、西岭市人民政府办公",
                        "厅关于印发《西岭市社区服务站管理试行办", "法》的通知", "", "(2008年3月2日 西办〔2008〕12号)", "",
                        "《西岭市社区服务站管理试行办法》已经市", "委、市政府同意,现予印发,请结合实际,认", "真贯彻执行。"]


def _lines_documents(lines: list[str]):
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents


def test_joint_general_offices_parted_by_a_stop_keep_the_last_name_the_wrap_cut():
    """GB/T 9704 7.3.1: joint issuers may be parted by 、 in the title's
    line. Where the wrap cuts the last of them in its ending ('中共西岭市委
    办公厅、西岭市人民政府办公' / '厅关于印发…'), the names before it are whole
    and the cut one ends as organs end with the characters before 关于
    (titles.issuers.organ_cut_above, as for names parted by spaces): the line is the
    title's first, though the excerpt above stops mid-sentence."""
    docs = _lines_documents(CUT_THEN_JOINT_ISSUE)
    assert [d.title for d in docs] == [CUT_THEN_JOINT_ISSUE[0],
                                       "".join(CUT_THEN_JOINT_ISSUE[6:9])]
    assert docs[-1].issuers == ["中共西岭市委办公厅", "西岭市人民政府办公厅"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_general_offices_parted_by_a_stop_on_one_line(columns):
    """Control: the same title on one line, or wrapped at other measures,
    keeps both organs, as before the rule."""
    for above in ([], CUT_OPINION):
        docs = _documents(above + JOINT_ISSUE, columns)
        assert docs[-1].title == JOINT_ISSUE[0]
        assert docs[-1].issuers == ["中共西岭市委办公厅", "西岭市人民政府办公厅"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_listing_organs_over_an_about_line_stays_a_sentence(columns):
    """Control: a body's sentence that lists organs parted by 、 and runs on
    into '…关于…' with a clause mark on the line stays in the body."""
    body = CUT_OPINION[:3] + ["由西岭市民政局、西岭市财政局关于社区服务站的经费安排另行通知，各地认真执行。"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [CUT_OPINION[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_over_its_addressees_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1-7.3.2: a full 标题 (the joint 发文机关 on their line,
    转发 + 《事由》 + 文种) over its 主送 and colon is a document's title though
    the line above stops mid-sentence (an excerpt the store cut there): a
    sentence that runs into a title goes on with words, not with a list of
    organs and a colon (titles.framed.framed_full_title in framed_titles)."""
    docs = _documents(CUT_OPINION + JOINT_FORWARD_STORED, columns)
    assert [d.title for d in docs] == [CUT_OPINION[0], "".join(JOINT_FORWARD_STORED[:3]).replace(" ", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_over_its_addressees_under_a_closed_sentence(columns):
    """Control: the same title under a sentence closed by its full stop is a
    document's title, as before the rule."""
    docs = _documents(CUT_OPINION[:3] + ["坚持运用协商机制协调利益关系，推进社区综合治理。"] + JOINT_FORWARD_STORED,
                      columns)
    assert [d.title for d in docs] == [CUT_OPINION[0], "".join(JOINT_FORWARD_STORED[:3]).replace(" ", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_sentence_over_a_cited_name_and_a_colon_stays_in_the_body(columns):
    """Control: a sentence cut short over a line that cites a text by its
    name with no organ and no 文种 of a 公文 ending it, then a colon, is no
    title framed by a 主送: it stays in the text above."""
    docs = _documents(CUT_OPINION + ["市民政局社区换届工作安排", "各县（市、区）委，市直各单位：",
                                     "请认真贯彻执行。"], columns)
    assert docs[0].title == CUT_OPINION[0]
    assert "市民政局社区换届工作安排" not in [d.title for d in docs]
