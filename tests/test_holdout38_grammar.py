"""The document grammar on layouts of the thirty-eighth held-out set's kind
(issue #11): notices whose body or annex is a table or a list that stands for
one (清单, 名录, 任务分工, 价格), as city and county pages give them, their
items numbered 1. 2. under 一、, their 附件说明 naming the tables, their
figures damaged where the page lost 年月日, brackets and 号. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


def _attachments(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if getattr(b, "role", None) == "attachments"]


# ---------------------------------------------------------------- the next item, not a number the wrap cut

@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_next_item_opens_under_an_item_that_stopped_on_a_figure(columns):
    """Numbering grammar: '2. …' under a paragraph that opens with '1. ' is the
    next item, though the item above stopped on a figure ('…财税〔202428', the
    page having lost its '〕' and 号): a number the wrap cut goes on with
    figures or 号, not with the next label of the list."""
    text = ["某某区财政局关于公布涉企收费清单的通知", "各相关单位:", "现将有关调整情况说明如下:", "一、收费调整情况",
            "1. 根据《关于印发水资源税改革试点实施办法的通知》(财税〔202428号)要求,停止征收水资源费。政策依据中增加财税〔202428",
            "2. 鉴于省发展改革委延续执行阶段性降低收费标准,收费依据调整为皖发改价费函〔2023276",
            "二、政府性基金调整情况", "本年度政府性基金无调整。", "某某区财政局", "2024年12月6日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert _provisions(docs[0]) == ["一、", "1.", "2.", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_figure_the_wrap_cut_still_goes_on(columns):
    """A number cut by the wrap ('…共计1' / '2. 5万元' is no list's item 2 when
    the paragraph above is no item 1): the item mark must follow the one above."""
    text = ["某某区财政局关于下达补助资金的通知", "各乡镇人民政府:", "一、资金安排",
            "本次下达补助资金共计1", "2、5万元,用于农村道路养护。", "某某区财政局", "2024年12月6日"]
    docs = _documents(text, columns)
    assert _provisions(docs[0]) == ["一、"]


# ---------------------------------------------------------------- an 附件说明's name turned onto a line of its own

@pytest.mark.parametrize("columns", [None, 26])
def test_an_annex_name_turned_onto_its_own_line_stays_in_the_list(columns):
    """GB/T 9704 7.3.4: a long 附件 name turns its line under its own first
    character; the page's own break ('…动态调整' / '情况说明') does not end the
    附件说明, so its next item '2. …' is the list's, no provision."""
    text = ["某某区发展和改革委员会关于公布涉企收费清单的通知", "各相关单位:",
            "根据《某某区人民政府关于公布区级涉企收费清单的通知》要求,对照有关法律法规、收费政策及区级政府权责清单,"
            "结合本年度收费项目和标准的调整情况,经区发展和改革委员会会同有关部门逐项审核,"
            "现将《某某区涉企收费清单(2024年)》予以公布,请各相关单位严格执行,并主动接受社会监督。",
            "附件:1. 某某区涉企收费清单(2024年)动态调整", "情况说明", "2. 某某区涉企收费清单(2024年)",
            "某某区发展和改革委员会", "2024年12月6日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert _provisions(docs[0]) == []
    assert [t.replace(" ", "") for t in _attachments(docs[0])] == [
        "附件:1.某某区涉企收费清单（2024年）动态调整情况说明", "2.某某区涉企收费清单（2024年）"]
    assert docs[0].issuers == ["某某区发展和改革委员会"] and docs[0].date == "2024-12-06"


# ---------------------------------------------------------------- a damaged number that ends a wrapped sentence

def test_a_damaged_number_under_a_full_line_ends_the_sentence():
    """GB/T 9704 7.2.4 prints a 发文字号 alone on its line; a line that reads as
    one with its bracket and 号 lost ('改价费函〔2023276') under a line the wrap
    filled mid-sentence is that sentence's last piece: the full line over it
    is no title, and no document starts there."""
    text = ["某某区财政局关于公布涉企收费清单的通知", "各相关单位:",
            "现将本年度涉企收费清单动态调整情况说明如下。",
            "一、收费调整情况",
            "省发展改革委、省财政厅印发通知明确延续执行",
            "阶段性降低水土保持补偿费收费标准,水土保持",
            "补偿费收费依据中皖发改价费函〔2022127调整为",
            "皖发改价费函〔2023276",
            "二、政府性基金调整情况",
            "本年度政府性基金无调整。", "某某区财政局", "2024年12月6日"]
    docs = _documents(text, None)
    assert [d.title for d in docs] == [text[0]]
    assert _provisions(docs[0]) == ["一、", "二、"]
    assert docs[0].date == "2024-12-06"
