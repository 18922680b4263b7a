"""The document grammar on layouts of the thirty-fourth held-out set's kind
(issue #11): what a modern city gazette prints besides 公文 proper, as portals
give it: a 工作要点 issued by a notice and one printed alone, a 简报's 报头 over
the 情况通报 it carries, a reply to a 人大 建议 on its form (its marks and its own
number over the title), and a notice closed by the short 结束语 '此通知'. Each
case is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _labels(doc) -> list[str]:
    return [p.label for part in doc.parts for p in part.blocks if isinstance(p, Provision)]


# ---------------------------------------------------------------- the short 结束语

SHORT_CLOSING = ["某某旗人民政府办公室关于印发重点任务分工的通知", "各苏木乡镇人民政府，旗政府各部门：",
                 "经旗人民政府同意，现将《重点任务分工》印发给你们，请认真贯彻落实。",
                 "一、各部门要高度重视重点任务落实工作。", "二、旗政府督查室要加强调度。",
                 "此通知", "附件：重点任务落实推进情况表", "2022年2月21日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_short_closing_formula_is_no_title(columns):
    """'此通知' (as '此复', '此令') is the 结束语 '特此通知' without 特: it closes
    the body, is never a title, and the date under it is the notice's."""
    docs = _documents(NOTICE + SHORT_CLOSING, columns)
    assert [d.title for d in docs] == [NOTICE[0], SHORT_CLOSING[0]]
    assert docs[1].date == "2022-02-21" and _labels(docs[1]) == ["一、", "二、"]


# ---------------------------------------------------------------- a reply on its form

REPLY = ["是否同意公开：是", "办理结果：(C)", "建议字：〔2023〕8号",
         "对某某市第九届人民代表大会第三次会议第31号建议的答复", "张某某等3名代表：",
         "您提出的关于道路改造的建议收悉。现答复如下：该路段已列入改造计划，待省厅终审后实施。",
         "感谢您对我局工作的关心和支持！", "2023年7月18日", "领导签发：刘某", "联系人及电话：李某    8788586",
         "抄送：市人大常委会选举任免代表工作委员会，市政府办公室。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_reply_under_its_marks_and_labelled_number_is_a_document(columns):
    """A reply to a 建议 printed on its form: the marks over it (its 办理结果,
    whether it may be made public: GB/T 9704 7.2 puts such marks at the top
    of the 版头) and its own number under its field's label ('建议字：〔2023〕
    8号', a 发文字号 whose label names the field) stand over its title. They
    open the reply, whose number is the one after the label; the document
    above does not take them, nor the reply's date."""
    docs = _documents(NOTICE + REPLY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY[3]]
    assert docs[0].date == "2021-03-01"
    assert (docs[1].doc_number, docs[1].date, docs[1].addressees) == ("〔2023〕8号", "2023-07-18", "张某某等3名代表")


def test_a_number_under_its_label_keeps_its_code():
    """The label is the field's name; a number with its 代字 after it is read whole."""
    doc = _documents(["文号：某政发〔2020〕3号"] + NOTICE, None)[0]
    assert doc.title == NOTICE[0] and doc.doc_number == "某政发〔2020〕3号"


# ---------------------------------------------------------------- a 简报's 报头

BULLETIN = ["某某县政务督查", "20期", "某某县人民政府督查室           2022年8月19",
            "关于2022年重点任务上半年落实情况的通报", "各乡镇人民政府，县政府各部门：",
            "县政府督查室对重点任务上半年落实情况进行了专项督查。各项指标均有序时推进。",
            "附件：重点任务上半年落实情况"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_bulletins_head_opens_the_report_and_names_its_compiler_and_date(columns):
    """A 简报's 报头: its name, its issue alone on a line ('20期'), its compiler
    and the date on one line set apart by spaces, over the title of what it
    reports. The 报头 is the report's, not the end of the text above; the
    report, signed by no one, is the compiler's, dated by the 报头 (whose
    date a page may print without its 日)."""
    docs = _documents(NOTICE + BULLETIN, columns)
    assert [d.title for d in docs] == [NOTICE[0], BULLETIN[3]]
    assert docs[0].date == "2021-03-01"
    report = docs[1]
    assert (report.issuers, report.date, report.addressees) == (["某某县人民政府督查室"], "2022-08-19",
                                                                "各乡镇人民政府，县政府各部门")
    assert [b.text.replace(" ", "") for b in report.parts[0].blocks[:3]] == [BULLETIN[0], BULLETIN[1],
                                                                             "某某县人民政府督查室2022年8月19"]


def test_a_bulletins_imprint_with_a_whole_date():
    head = ["第3期", "某某市人民政府办公室  2021年5月6日"]
    doc = _documents(head + BULLETIN[3:], None)[0]
    assert (doc.title, doc.issuers, doc.date) == (BULLETIN[3], ["某某市人民政府办公室"], "2021-05-06")


# ---------------------------------------------------------------- '1.' under （一）

OUTLINE = ["某某市政务公开工作要点", "为深化政务公开工作，制定本要点。", "一、总体要求", "（一）加强重大战略实施信息公开",
           "1.聚焦落实战略部署加强公开。"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_lone_1_under_a_second_level_heading_is_its_first_item(columns):
    """GB/T 9704 7.3.3 numbers the levels 一、，（一），1.，（1）: a '1.' right
    under a （一） heading alone on its line is that heading's first item,
    though the text stops before '2.'."""
    doc = _documents(NOTICE + OUTLINE, columns)[1]
    assert _labels(doc) == ["一、", "（一）", "1."]


def test_a_lone_1_under_a_first_level_heading_stays_a_sentence():
    """Under 一、 a '1.' skips a level: with no '2.' it stays a sentence, as before."""
    doc = _documents(NOTICE + OUTLINE[:3] + OUTLINE[4:], None)[1]
    assert _labels(doc) == ["一、"]


# ---------------------------------------------------------------- a text the notice above does not name

ISSUING = ["东阳市人民政府办公室关于印发东阳市2023年政务公开工作要点的通知", "各县市区人民政府，市政府各部门：",
           "《2023年东阳市政务公开工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
           "东阳市人民政府办公室", "2023年4月17日", "（此件公开发布）",
           "2023年东阳市政务公开工作要点", "为加强我市政务公开工作，制定本要点。", "一、强化重点领域信息公开",
           "（一）围绕优化营商环境强化公开。做好市场主体政策信息公开。"]
ALONE = ["2023年南岭市政务公开工作要点", "为深化南岭市政务公开工作，制定本要点。", "一、总体要求",
         "坚持以人民为中心深化政务公开。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_the_notice_does_not_name_after_the_one_it_issues_is_another_document(columns):
    """A notice names the texts it issues ('现将《…》印发给你们'): once the one
    it names is printed, a further text's title it does not name (another
    city's 工作要点, its place in the place of the first one's: a title with
    other words is not a shortened one) opens a document of its own, though
    unsigned and with no 主送."""
    docs = _documents(ISSUING + ALONE, columns)
    assert [d.title for d in docs] == [ISSUING[0], ALONE[0]]
    assert [part.title for part in docs[0].parts][1:] == [ISSUING[6]]
    assert _labels(docs[0]) == ["一、", "（一）"] and _labels(docs[1]) == ["一、"]


def test_a_second_text_the_notice_names_stays_its_part():
    """Both texts named, the second printed after the first stays the notice's."""
    issuing = ["东阳市人民政府办公室关于印发两个要点的通知", "各县市区人民政府：",
               "现将《东阳市政务公开工作要点》和《东阳市政务服务工作要点》印发给你们，请认真贯彻落实。",
               "东阳市人民政府办公室", "2023年4月17日",
               "东阳市政务公开工作要点", "一、强化信息公开。做好政策信息公开。",
               "东阳市政务服务工作要点", "一、优化服务。做好政务服务。"]
    docs = _documents(issuing, None)
    assert [d.title for d in docs] == [issuing[0]]
    assert [part.title for part in docs[0].parts][1:] == [issuing[5], issuing[7]]


def test_a_number_without_its_code_is_listed_under_a_heading_that_says_so():
    """The index by 发文字号 groups numbers by their 代字; a reply's number printed
    without one ('〔2023〕8号') is listed under a heading that says so, not an
    empty one."""
    from builder import output
    from builder.site import Collection
    from tests.test_holdout7_grammar import _convert

    page = output.index_pages(Collection(gazettes=[_convert(NOTICE + REPLY, None)]))["indexes/numbers.md"]
    assert "## （无机关代字） {#g" in page and "\n##  {#" not in page
