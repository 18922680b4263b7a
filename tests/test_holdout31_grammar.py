"""The document grammar on layouts of the thirty-first held-out set's kind
(issue #11): structure-heavy notices of city and county governments as their
portals print them: a notice closing on the short 结束语 '此通知', and notices
in a row whose titles cite the same work (《政府工作报告》) that the text above
cites too. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph, Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]
ADDRESSEE_WRAPPED = [None, 18, 24, 26]  # at 24 the 主送 under the title is wrapped mid-name

# ---------------------------------------------------------------- the 结束语 without 特

SHORT_CLOSING = ["某某县人民政府办公室", "关于印发2021年重点工作任务分工的通知", "各乡镇人民政府，县政府各部门：",
                 "经县人民政府同意，现将《2021年重点工作任务分工》印发给你们，请认真贯彻落实。",
                 "一、各单位要高度重视，主要领导亲自抓，确保各项任务落到实处。",
                 "二、县政府督查室要加强日常调度，及时通报落实情况。",
                 "此通知", "附件：2021年重点工作任务落实情况表", "2021年3月1日", "（此件公开发布）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_closing_formula_without_te_is_no_title(columns):
    """The 结束语 that closes a body is '特此通知' or, shorter, '此通知': it
    ends in a kind word but is never a title, so the 附件说明 and the 成文日期
    under it stay the notice's frame."""
    docs = _documents(SHORT_CLOSING, columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于印发2021年重点工作任务分工的通知"]
    assert docs[0].date == "2021-03-01" and docs[0].issuers == ["某某县人民政府办公室"]


# ---------------------------------------------------------------- a work the next title cites

NEXT = ["某某县人民政府办公室关于印发2021年《政府工作报告》重点任务分工的通知",
        "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：",
        "经县人民政府同意，现将重点任务分工印发给你们，请认真贯彻落实。", "某某县人民政府办公室", "2021年3月1日"]
ANNEXES_CITE = ["关于做好2020年重点工作的通知", "各乡镇人民政府，区政府各部门：",
                "为确保各项任务按期完成，现就有关事项通知如下：",
                "一、落实责任。各单位要明确责任领导和责任人，按期完成任务。",
                "附件：1.2020年《政府工作报告》主要目标任务分解表", "2.2020年民生实事任务分解表",
                "某某区人民政府办公室", "2020年5月6日", "（此件公开发布）"]
BODY_CITES = ["某某区人民政府办公室关于印发2020年目标任务责任分解方案的通知", "各街道办事处，区政府各部门：",
              "《2020年目标任务责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下：",
              "一、各责任单位要对照区《政府工作报告》确定的目标任务，制订工作方案。",
              "某某区人民政府办公室", "2020年1月3日",
              "2020年目标任务责任分解方案", "一、主要预期目标", "（一）地区生产总值增长7%以上"]


@pytest.mark.parametrize("columns", ADDRESSEE_WRAPPED)
def test_a_title_over_its_own_addressees_is_not_the_work_an_annex_list_cites(columns):
    """GB/T 9704 7.3.2: a title over its own 主送 (on one line, or wrapped at a
    narrow measure) is a 公文 of its own. The
    附件说明 above names '2020年《政府工作报告》…分解表', a table that cites the
    report; the next notice's title cites the report too ('…印发2021年《政府
    工作报告》重点任务分工的通知'), which does not make it that table."""
    docs = _documents(ANNEXES_CITE + NEXT, columns)
    assert [d.title for d in docs] == [ANNEXES_CITE[0], NEXT[0]]
    assert docs[1].date == "2021-03-01" and len(docs[1].parts) == 1


@pytest.mark.parametrize("columns", ADDRESSEE_WRAPPED)
def test_a_title_over_its_own_addressees_is_not_the_work_the_body_above_cites(columns):
    """The notice above passes its 方案 on in a sentence that runs on past the
    colon into its first item, which cites 《政府工作报告》: the 方案 is its part,
    the next notice, whose title cites the report over its own 主送, is not."""
    docs = _documents(BODY_CITES + NEXT, columns)
    assert [d.title for d in docs] == [BODY_CITES[0], NEXT[0]]
    assert [p.title for p in docs[0].parts][1:] == ["2020年目标任务责任分解方案"]


DRAFT = ["关于《某某市物业管理办法(草案)》公开征求意见的公告",
         "为提高立法质量，现将《某某市物业管理办法(草案)》全文公布，征求社会各界意见。", "某某市司法局",
         "2020年10月28日", "《某某市物业管理办法(草案)》起草说明", "一、起草的必要性",
         "我市物业管理工作面临新的情况，有必要制定本办法。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_without_addressees_that_cites_the_published_draft_stays_its_part(columns):
    """A draft's 起草说明 ('《…(草案)》起草说明') has no 主送: it is the part of
    the notice that publishes the draft, whose title quotes it."""
    docs = _documents(NEXT + DRAFT, columns)
    assert [d.title for d in docs] == [NEXT[0], DRAFT[0]]
    assert [p.title for p in docs[1].parts][1:] == ["《某某市物业管理办法(草案)》起草说明"]


# ---------------------------------------------------------------- the 附件说明's items named from a year

YEAR_NAMED_ANNEXES = ["关于做好2020年重点工作的通知", "各乡镇人民政府，区政府各部门：",
                      "为确保各项任务按期完成，现将任务分解表印发给你们，请认真落实。",
                      "附件：1.2020年重点工作任务分解表", "2.2020年民生实事任务分解表", "3.银川市2020年为民办实事任务分解表",
                      "某某区人民政府办公室", "2020年5月6日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_list_item_named_from_a_year_is_an_item_of_its_own(columns):
    """GB/T 9704 7.3.4: the 附件说明's items are numbered in turn, '附件：1.XXXX'
    and each further one under it: '2.2020年…' is the second item, not a
    decimal '2.2020' the line above runs on into, and its number is no part
    of the annex's name."""
    doc, = _documents(YEAR_NAMED_ANNEXES, columns)
    assert doc.attachments == ["2020年重点工作任务分解表", "2020年民生实事任务分解表", "银川市2020年为民办实事任务分解表"]
    assert doc.date == "2020-05-06" and doc.issuers == ["某某区人民政府办公室"]


# ---------------------------------------------------------------- a 规划's chapters and sections over prose

PLAN = ["某某县国民经济和社会发展第十四个五年规划纲要", "某某县人民政府", "2021年5月",
        "第一章开启全面建设社会主义现代化", "新征程",
        "“十四五”时期是我县乘势而上开启新征程的第一个五年。全县上下要把握新阶段，贯彻新理念，构建新格局。",
        "第一节发展基础",
        "“十三五”时期，全县经济总量稳步提升，城乡面貌明显改善，人民生活水平不断提高。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_chapter_or_section_heading_ends_before_the_prose_under_it(columns):
    """A 章 or 节 heading stands on its own line, or on two when it is long
    ('第一章开启全面建设社会主义现代化' / '新征程'); the prose under it opens a
    paragraph of its own, though the heading ends with no stop."""
    doc, = _documents(PLAN, columns)
    provisions = [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [(p.label, p.heading) for p in provisions] == [("第一章", "开启全面建设社会主义现代化新征程"),
                                                          ("第一节", "发展基础")]
    texts = [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("“十四五”时期") for t in texts) and texts[-1].startswith("“十三五”时期")


# ---------------------------------------------------------------- 附注 under the 成文日期

NOTED = ["某某旗人民政府办公室关于印发2022年重点任务分工的通知", "各苏木乡镇人民政府，旗政府各部门：",
         "经旗人民政府同意，现将《2022年重点任务分工》印发给你们，请结合实际，认真贯彻落实。",
         "特此通知", "附件：2022年重点任务落实推进情况表", "2022年2月21日",
         "(联系人:白某某、巴某某,联系电话:8812822,电子邮箱:abcdef@163.com)", "(此件公开发布)"]


@pytest.mark.parametrize("columns", [None, 16, 18, 24, 26, 28])
def test_notes_in_brackets_under_the_date_are_notes_not_a_title(columns):
    """GB/T 9704 7.3.6: 附注 stand in brackets under the 成文日期 ('（联系人：…）',
    '（此件公开发布）'), each a paragraph of its own, whole though the wrap
    falls after a colon inside its brackets ('…电子邮箱:' / 'abcdef@163.com)');
    wrapped over two lines the first is no title of an 附件 the 附件说明
    announced (an 附件 opens with its mark, GB/T 9704 8)."""
    doc, = _documents(NOTED, columns)
    assert len(doc.parts) == 1 and doc.date == "2022-02-21"
    texts = [b.text for b in doc.parts[0].blocks if isinstance(b, Paragraph)]
    assert texts[-1] == "（此件公开发布）" and texts[-2].startswith("（联系人：") and texts[-2].endswith("163.com）")
