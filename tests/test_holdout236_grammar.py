"""The document grammar on layouts of the two-hundred-and-thirty-sixth held-out
set's kind (issue #11): express-delivery, postal and cold-chain notices of
cities, counties and districts (a 指挥部's 通告 on parcels and imported
cold-chain food, a 邮政管理局's 通告, a 口岸和物流办公室's 通知 issuing its
rules) as news and reposting pages store them, a repost's note of the day it
updated the text run onto the title's line. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

SIGNED_NOTICE = ["关于加强某某地区快递邮件管理的通告", "〔2022〕9号",
                 "结合我区实际，现就加强快递管理通告如下：",
                 "1.广大居民尽量不从涉疫地区邮购物品。", "2.各快递企业要加大邮件消杀力度。", "特此通告。",
                 "某某经开区新冠肺炎", "疫情防控指挥部办公室", "2022年1月22日"]
POSTED_NOTE_TITLE = ["关于推动全市邮政快递业平稳有序运行的通告(更新时间:4月11日)", "各邮政、快递企业,广大市民:",
                     "为保障市民基本生活物资寄递需求，现将有关事项通告如下：",
                     "一、邮政快递营业场所必须按照行业疫情防控操作指南运行。",
                     "二、鼓励通过智能快件箱等无接触方式交接邮件快件。", "某某市邮政管理局", "2022年4月11日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("note", ["(更新时间:4月11日)", "(发布日期:2022-04-11)", "(发布时间:2022年4月11日 09:50)"])
def test_a_title_with_the_day_a_page_posted_it_after_its_kind_is_a_title(columns, note):
    """党政机关公文处理工作条例 第九条 (标题: 发文机关、事由和文种): the title
    ends on its 文种 word; a page that reposts the text may set after it, in
    brackets, the day it posted or updated the text ('(更新时间:4月11日)',
    '(发布时间:…)'), a 题注 of the page as a list's date is one of the list,
    no word of the 事由. The line is still the title, and the notice under it
    a document of its own, not the tail of the notice above it. (Left: a
    title wrapped right after the note's full-width colon, '…通告（更新时间：' /
    '4月11日）', reads as a line ending in a colon; tests/devset/README.md.)"""
    posted = [POSTED_NOTE_TITLE[0].replace("(更新时间:4月11日)", note)] + POSTED_NOTE_TITLE[1:]
    docs = _documents(SIGNED_NOTICE + posted, columns)
    assert [d.title for d in docs] == [SIGNED_NOTICE[0], posted[0].replace(" ", "")]
    assert docs[1].addressees.replace("，", ",") == "各邮政、快递企业,广大市民"
    assert docs[1].issuers == ["某某市邮政管理局"]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracketed_aside_that_is_no_posting_day_stays_in_the_body(columns):
    """Control: a body's line that ends on a 文种 word and brackets holding no
    posting day, a sentence citing a notice and its time ('…见通告(更新时间见
    附件)'), is no title; and the signed notice above keeps its extent."""
    line = "请各企业按要求执行本通告(更新时间另行通知)"
    docs = _documents(SIGNED_NOTICE[:5] + [line] + SIGNED_NOTICE[5:], columns)
    assert [d.title for d in docs] == [SIGNED_NOTICE[0]]
    assert docs[0].issuers == ["某某经开区新冠肺炎疫情防控指挥部办公室"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_wrapped_right_after_its_posting_notes_colon_is_one_title(columns):
    """The same title with its posting note, the wrap cutting it right after
    the note's label and colon ('…的通告(更新时间:' / '4月11日)', as a printed
    issue's measure or its 目录 does): the colon is the note's label's, inside
    the bracket the line leaves open, and ends no sentence's lead; the two
    lines are the title, the note's day its last line."""
    lines = ["关于推动全市邮政快递业平稳有序运行的通告(更新时间:", "4月11日)"] + POSTED_NOTE_TITLE[1:]
    docs = _documents(SIGNED_NOTICE + lines, columns)
    assert [d.title for d in docs][1:] == ["关于推动全市邮政快递业平稳有序运行的通告(更新时间:4月11日)"]
    assert docs[1].issuers == ["某某市邮政管理局"] and docs[1].addressees == "各邮政、快递企业，广大市民"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_line_cut_after_another_labels_colon_keeps_the_colon_a_lead(columns):
    """Control: a bracket opened on a label that is no posting note's ('(联系人:' /
    '张某)') is read as before: its colon a lead's, the lines under it no line
    of the title, which ends on its 文种."""
    lines = ["关于推动全市邮政快递业平稳有序运行的通告(联系人:", "张某)"] + POSTED_NOTE_TITLE[1:]
    docs = _documents(SIGNED_NOTICE + lines, columns)
    assert [d.title for d in docs][1:] == ["关于推动全市邮政快递业平稳有序运行的通告"]
