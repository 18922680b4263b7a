"""The document grammar on layouts of the hundred-and-forty-seventh held-out
set's kind (issue #11): public recruitment and selection announcements
(招聘/招考/选调 公告) of city, county and district bodies, as pages store them:
each an excerpt cut before its position table and signature, run together with
the next one's title. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 26]

FIRST = ["某某县2022年公开招聘卫生专业技术人员公告",
         "为满足我县卫生事业发展需要,经研究决定,面向社会公开招聘卫生专业技术人员20名。现将有关事项公告如下:",
         "一、招聘原则", "坚持公开、平等、竞争、择优的原则。",
         "二、招聘程序", "(一)报名", "报名时间:2022年6月1日至6月5日。"]
SECOND_LEAD = ["为充实教师队伍,经县人民政府同意,面向社会公开招聘中小学教师30名。有关事项公告如下:",
               "一、招聘条件", "1.具有中华人民共和国国籍;", "2.遵守宪法和法律;"]


# ---------------------------------------------------------------- a step's label cut short over the next title

@pytest.mark.parametrize("columns", [None])
@pytest.mark.parametrize("label", ["报名流程", "办理程序"])
def test_a_dated_place_title_under_a_bare_step_label_opens_a_document(label, columns):
    """A page's excerpt may end on a step's label alone ('报名流程', no value
    under it); the next announcement's title, a 公文 title by its own grammar
    (a place and the year its 事由 covers, a 公文's 文种 at its end), is no
    value a guide prints under a label: it opens the next document."""
    docs = _documents(FIRST + [label, "某某市某某区2023年公开招聘中小学教师公告"] + SECOND_LEAD, columns)
    assert [d.title for d in docs] == ["某某县2022年公开招聘卫生专业技术人员公告",
                                       "某某市某某区2023年公开招聘中小学教师公告"]


@pytest.mark.parametrize("head", [["某某市某某区2023年公开招聘中小学教师公", "告"],
                                  ["某某市某某区2023年公开招聘中", "小学教师公告"]])
def test_a_dated_place_title_wrapped_under_a_bare_step_label_opens_a_document(head):
    """The same title wrapped, centred over two lines (a file that keeps each line's place): the lines read
    together are the title, however the wrap cut its kind word."""
    docs = _documents(FIRST + ["报名流程"] + head + SECOND_LEAD, None)
    assert [d.title for d in docs] == ["某某县2022年公开招聘卫生专业技术人员公告", "".join(head)]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("label", ["报名流程", "办理程序"])
def test_an_unplaced_title_handing_on_its_body_under_a_bare_step_label_opens_a_document(label, columns):
    """The same cut excerpt under a title naming neither place nor year
    ('市直部门公开遴选工作人员公告') whose first paragraph hands on the body by
    its own 文种 ('…现将有关事项公告如下:', a 公文's 开头): a guide's value is
    a place, a step, a time or a ground, never a title over such an opening,
    so the title opens the next document."""
    title = "市直部门公开遴选工作人员公告"
    docs = _documents(FIRST + [label, title, "因工作需要,部分市直部门拟公开遴选工作人员若干名,现将有关事项公告如下:",
                               "一、遴选范围", "本市机关在编在岗的公务员。"], columns)
    assert [d.title for d in docs] == [FIRST[0], title]


@pytest.mark.parametrize("columns", [None])
def test_a_guide_value_under_its_label_stays_the_guide_s(columns):
    """Control: a 办事指南's value under its label alone (a time, a place,
    the ground it cites) is the guide's element, no title."""
    guide = ["某某县不动产登记办事指南", "办理流程", "申请、受理、审核、登簿", "办理时限", "5个工作日",
             "设定依据", "《不动产登记暂行条例》"]
    docs = _documents(guide, columns)
    assert [d.title for d in docs] == ["某某县不动产登记办事指南"]


# ---------------------------------------------------------------- a title whose opening hands on the body by its kind

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title,lead", [
    ("市直部门公开遴选工作人员公告", "因工作需要,部分市直部门拟公开遴选工作人员若干名,现将有关事项公告如下:"),
    ("机关单位公开选调工作人员的通知", "根据工作需要,经研究,决定公开选调工作人员5名。现将有关事项通知如下："),
])
def test_a_title_whose_opening_hands_on_the_body_by_its_kind_opens_a_document(title, lead, columns):
    """A title naming neither organ nor place, under an excerpt cut inside a
    quotation (no sentence's end above it): its first paragraph ends on the
    过渡语 that hands on the body by the title's own 文种 ('…现将有关事项公告
    如下:'), a 公文's opening, so the title opens a document."""
    cut = FIRST[:4] + ["须提供派遣报到证。报考“护理类”"]
    docs = _documents(cut + [title, lead, "一、遴选范围", "本市机关在编在岗的公务员。"], columns)
    assert [d.title for d in docs] == ["某某县2022年公开招聘卫生专业技术人员公告", title]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_line_ending_in_a_kind_word_over_a_lead_of_another_kind_stays_in_its_sentence(columns):
    """Control: a body line that ends on a kind word ('…下发的通知') over a
    paragraph that hands on by another word ('…要求如下:') opens nothing."""
    body = FIRST[:4] + ["2.认真学习市人社局下发的通知", "各单位要认真组织,具体要求如下:", "(1)按时报名。"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == ["某某县2022年公开招聘卫生专业技术人员公告"]


# ---------------------------------------------------------------- an organ's name ends where a word ends

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_opening_on_the_common_noun_departments_names_no_organ(columns):
    """'市直部门公开遴选…公告': 部 ends organ names (组织部), but here it begins
    the word 部门 (departments, the 事由's): an ending cut from its word names
    no issuer of an unsigned 公告."""
    docs = _documents(["县直部门公开选调工作人员公告", "因工作需要,现将有关事项公告如下:", "一、选调范围",
                       "县直机关在编在岗的公务员。"], columns)
    assert docs[0].issuers == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_unsigned_announcement_named_by_its_organ_keeps_it(columns):
    """Control: an unsigned 公告 that opens on its organ's whole name
    ('县教育局公开招聘…公告', its level and its ending) names its issuer."""
    docs = _documents(["县教育局公开招聘中小学教师公告", "因工作需要,现将有关事项公告如下:",
                       "一、招聘计划", "计划招聘编外人员10名。"], columns)
    assert docs[0].issuers == ["县教育局"]


# ---------------------------------------------------------------- a joint 版头 printed as names over the title

# An excerpt whose paragraphs run long, as an announcement's do, cut inside a sentence.
LONG_CUT = ["某某县2022年公开招聘中小学教师公告",
            "为进一步优化我县教师队伍结构,不断充实教师力量,根据国家、省、市事业单位公开招聘工作人员有关规定,经县委、县政府"
            "研究决定,面向社会公开招聘中小学教师60名。现将有关事项公告如下:",
            "一、招聘范围和条件", "(一)报考者须具备以下条件:",
            "1、具有中华人民共和国国籍,拥护中国共产党领导,遵纪守法,热爱教育事业,品行端正,爱岗敬业。",
            "本次招聘以全国普通高等院校应届毕业生为主。往届毕业生未落实工作单位、",
            "其户口、档案、组织关系仍保留在原毕业学校,"]
JOINT = ["中共某某市委组织部", "某某市人力资源和社会保障局", "2013年某某市各级机关考试录用公务员公告",
         "根据公务员法和公务员录用的有关规定,市委组织部、市人力资源和社会保障局将组织实施考试录用公务员工作。"
         "现将有关事项公告如下:", "一、招考计划", "全市各级机关计划考试录用公务员95名。"]


@pytest.mark.parametrize("columns", [None])
def test_organs_named_one_a_line_over_a_title_under_a_cut_text_are_its_masthead(columns):
    """A joint 版头 printed without the word 文件: the issuing organs' names
    one a line over the title (GB/T 9704 7.2.1, 联合行文), under a page's
    excerpt cut mid-sentence: they are the next document's head and issuers,
    no signature of a text cut short."""
    docs = _documents(LONG_CUT + JOINT, columns)
    assert [d.title for d in docs] == ["某某县2022年公开招聘中小学教师公告", "2013年某某市各级机关考试录用公务员公告"]
    assert docs[1].issuers == ["中共某某市委组织部", "某某市人力资源和社会保障局"]


@pytest.mark.parametrize("columns", [None])
def test_organs_alone_at_the_head_of_a_file_over_a_title_are_its_masthead(columns):
    """The same 版头 at the head of a file: the document's first lines."""
    docs = _documents(JOINT, columns)
    assert docs[0].issuers == ["中共某某市委组织部", "某某市人力资源和社会保障局"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_organs_under_a_finished_text_sign_it(columns):
    """Control: the organs' names under a finished sentence ('特此公告。')
    sign the text above, though its date was not kept; the title under them
    opens the next document with no issuer of theirs."""
    signed = LONG_CUT[:-1] + ["特此公告。", "中共某某县委组织部", "某某县人力资源和社会保障局"]
    docs = _documents(signed + ["2023年某某市公开招聘社区工作者公告", "为加强社区工作者队伍建设,现将有关事项公告如下:",
                                "一、招聘计划", "计划招聘社区工作者50名。"], columns)
    assert len(docs) == 2 and "中共某某县委组织部" in docs[0].issuers
    assert "中共某某县委组织部" not in docs[1].issuers
