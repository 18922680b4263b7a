"""The document grammar on layouts of the thirtieth held-out set's kind
(issue #11): what a city gazette prints most, a 市人民政府 or its office's
通知 issuing a 方案, 办法 or 预案 (printed after the 成文日期) and 意见. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# ---------------------------------------------------------------- a short line with a colon heads no title

PLAN = ["市政府关于印发2020年重点工作任务分解方案的通知", "某政发〔2020〕3号", "各区人民政府，市各委办局：",
        "现将《2020年重点工作任务分解方案》印发给你们，请认真组织实施。", "某某市人民政府", "2020年1月18日",
        "2020年重点工作任务分解方案",
        "1.地区生产总值增长6%以上。牵头单位：市发改委；责任单位：各区政府",
        "2.一般公共预算收入增长2.5%。牵头单位：市财政局；责任单位：各区政府"]
NEXT = ["市政府办公室关于印发某某市生活必需品市场供应应急预案的通知", "某政办发〔2019〕107号", "各区人民政府，市各委办局：",
        "经市政府同意，现将《某某市生活必需品市场供应应急预案》印发给你们，请认真贯彻执行。", "某某市人民政府办公室",
        "2019年11月26日"]


@pytest.mark.parametrize("columns", [None, 18, 24, 26, 28])
def test_the_wrapped_rest_of_an_item_with_its_colon_is_no_line_of_the_next_title(columns):
    """An item the measure wrapped leaves its last words on a short line
    ('责任单位：各区政府', a lead and its colon inside it): a title never runs
    on from such a line, as none reaches up over it (a colon is a
    sentence's, no title's), so the next notice's title is its own and the
    next document is found. Nor is the line under a full one that ends on
    the lead's colon ('…；责任单位：' / '各区政府') an issuer's line over 关于:
    the item goes on into it."""
    docs = _documents(PLAN + NEXT, columns)
    assert [d.title for d in docs] == [PLAN[0], NEXT[0]]
    assert docs[1].doc_number == "某政办发〔2019〕107号"


# ---------------------------------------------------------------- an issued text's title that ends the document

DIVIDED = ["某某市人民政府办公室关于分解落实《政府工作报告》的通知(某政办发〔2020〕1号)",
           "各县、市、区人民政府，市政府各部门：",
           "《政府工作报告》已经市人大审议通过。经市政府同意，现将其中的重点工作任务进行责任分解并印发给你们，请认真抓好贯彻落实。",
           "一、提高政治站位，加强组织领导",
           "各地各部门要周密部署，对照责任分工，制定详细的工作实施方案。",
           "2020年1月7日",
           "《政府工作报告》重点工作责任分解"]
OTHER = ["某某市人民政府关于印发某某市城市管理办法的通知", "某政发〔2021〕5号", "各区人民政府：",
         "现将《某某市城市管理办法》印发给你们，请认真贯彻执行。", "某某市人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 20, 26])
@pytest.mark.parametrize("after", [[], OTHER])
def test_an_issued_texts_title_under_the_date_is_a_part_where_the_document_ends(columns, after):
    """GB/T 9704 prints what a notice issues after its 成文日期, under its own
    title: the line under the date of a notice that passes a text on
    ('…责任分解并印发给你们'), a title though it ends in no 文种, is that text's
    part also where the document ends with it (its text cut off, or the next
    document's title under it)."""
    docs = _documents(DIVIDED + after, columns)
    assert [d.title for d in docs] == ["某某市人民政府办公室关于分解落实《政府工作报告》的通知"] + after[:1]
    assert [p.title for p in docs[0].parts[1:]] == [DIVIDED[-1]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_line_under_the_date_of_a_notice_that_passes_nothing_on_is_no_part(columns):
    """Only a notice that passes a text on prints one after its date: under
    the date of one that passes nothing on, a last line is no issued text."""
    plain = ["某某市人民政府办公室关于做好春节期间安全生产工作的通知", "各县、市、区人民政府：",
             "请各地各部门切实做好春节期间安全生产工作，确保人民群众过一个平安祥和的节日。",
             "2020年1月7日", "春节期间领导干部值班安排表"]
    docs = _documents(plain, columns)
    assert [len(d.parts) for d in docs] == [1]


# ---------------------------------------------------------------- a space between the 发文机关 and 关于

ISSUING = ["某某市人民政府办公室关于印发《某某市空气质量巩固提升2021年行动计划》的通知", "某政办发〔2021〕19号",
           "各县区人民政府：", "《某某市空气质量巩固提升2021年行动计划》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
           "某某市人民政府办公室", "2021年5月28日", "(此件公开发布)", "某某市空气质量巩固提升2021年行动计划"]
OPINION = ["市政府办公厅 关于推进城镇燃气居民和", "餐饮用户“安心用气工程”建设的实施意见", "某政办规字〔2023〕2号",
           "各区人民政府，市府各委办局：", "为推进城镇燃气安全治理，经市政府同意，现提出如下实施意见。", "一、总体要求"]


def test_the_next_title_opens_though_a_space_parts_its_organ_from_about():
    """A whole title (the issued 行动计划's, under the date) ends where the
    next 标题 opens, 发文机关 + 关于 (GB/T 9704 7.3.1), also when a space
    stands between the organ and 关于 (joint issuers parted so, or a space
    OCR left): the issued text keeps its title, and the next document its
    own."""
    docs = _documents(ISSUING + OPINION, None)
    assert [d.title for d in docs] == [ISSUING[0], "市政府办公厅关于推进城镇燃气居民和餐饮用户“安心用气工程”建设的实施意见"]
    assert [p.title for p in docs[0].parts[1:]] == [ISSUING[-1]]


# ---------------------------------------------------------------- a full line that ends on a lead's colon

@pytest.mark.parametrize("columns", [None, 28])
def test_an_item_wrapped_after_a_leads_colon_is_one_paragraph(columns):
    """A clause's lead and its colon ('；责任单位：') ask for the value after
    them: a full line the wrap ended there goes on into the next, as a line
    ending in a clause's ； does ('…责任单位：' / '各区政府' is one item)."""
    doc = _documents(PLAN, columns)[0]
    assert [p.label + p.heading + p.text for p in doc.provisions] == PLAN[-2:]


def test_a_full_line_ending_in_the_colon_of_a_whole_sentence_still_ends_its_paragraph():
    """Only a short lead a clause opens goes on so: a full line that ends a
    sentence's '…通知如下：' ends its paragraph, and so does a 主送 (its organs
    parted by commas, no clause)."""
    notice = ["某某市人民政府办公室关于做好春节期间安全生产工作的通知", "各区县人民政府，市政府各委、办、局，各直属机构，市属各企业，各有关单位：",
              "为切实做好今年春节期间的安全生产工作，经市政府同意，现将有关事项通知如下：",
              "请各地各部门于1月20日前完成安全隐患排查。", "某某市人民政府办公室", "2020年1月7日"]
    doc = _documents(notice, 36)[0]
    assert doc.addressees == notice[1][:-1]
    assert [p.text for p in doc.parts[0].blocks if p.text.startswith(("为切实", "请各地"))] == notice[2:4]


JOINT = ["某某市发展和改革委员会 中共某某市委社会工作部 某某市规划和自然资源局 某某市住房和城乡建设局 "
         "关于印发某某市城市社区嵌入式服务设施建设工程实施方案的通知",
         "各区(市)县政府(管委会),市级有关部门,有关单位:",
         "经市领导同意,现将《某某市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实。"]


@pytest.mark.parametrize("columns", [None, 28])
def test_joint_issuers_parted_by_spaces_run_on_from_a_full_line(columns):
    """Only under a line that stops short does a spaced '…局 关于…' open the
    next 标题: joint issuers parted by spaces and wrapped after a name that
    ends in a kind word ('…某某市规划' / '和自然资源局 …局 关于印发…') are one
    title's lines."""
    docs = _documents(ISSUING[:-1] + JOINT, columns)
    assert [d.title for d in docs][1:] == [JOINT[0].replace(" ", "")]


# ---------------------------------------------------------------- a 主送 wrapped after a separator

@pytest.mark.parametrize("columns", [None, 29, 30])
def test_an_addressee_list_wrapped_after_its_separator_goes_on_to_its_colon(columns):
    """GB/T 9704 7.3.2: the 主送 lists its organs parted by ，、 and ends in
    the colon after the last; a line that ends in a separator
    ('…某某高新区管委会，') is no 主送 printed without its colon, and the list
    goes on to the line that ends in it ('市各委办局（公司），市各直属单位：')."""
    addressees = "各县（市）区人民政府，某某经济技术开发区、某某高新区管委会，市各委办局（公司），市各直属单位："
    notice = [PLAN[0], PLAN[1], addressees] + PLAN[3:6]
    assert _documents(notice, columns)[0].addressees == addressees[:-1]


# ---------------------------------------------------------------- a section heading that enumerates with 、

@pytest.mark.parametrize("columns", [None, 18])
def test_a_section_heading_with_an_enumeration_stands_on_its_own_line(columns):
    """GB/T 1.1 章条编号: a 预案's section heading is a noun phrase on its own
    line, and may enumerate with 、 ('7.1宣传、培训和演练'), a phrase's mark and
    no sentence's: it opens its line, not the chapter heading's above it."""
    plan = ["7 监督管理", "7.1宣传、培训和演练",
            "各级商务主管部门要加强对应急预案的宣传，定期组织培训和演练。", "7.2监督检查",
            "市商务局会同有关部门对预案实施情况进行监督检查。"]
    doc = _documents(ISSUING + plan, columns)[0]
    texts = [getattr(b, "label", "") + getattr(b, "heading", "") + b.text for part in doc.parts for b in part.blocks]
    assert "7.1宣传、培训和演练" in texts and not any(t.startswith("7监督管理7") for t in texts)
