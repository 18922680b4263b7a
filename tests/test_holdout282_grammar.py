"""The document grammar on layouts of the two-hundred-and-eighty-second
held-out set's kind (issue #11): texts of cities and districts that optimise
the business environment (优化营商环境: a district's or an office's 通知
issuing its 实施方案 or 行动方案, a title with no organ, a 方案 published on
its own) as their sites and mirrors store them, one notice's excerpt cut
mid-sentence, a quotation left open, right over the next notice's title. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.devset.layout import width
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan whose excerpt the store cut inside its first item, after a quotation mark it opened.
ISSUING_NOTICE = ["关于印发东山区进一步优化营商环境实施方案的通知", "东政发〔2019〕1号", "各乡镇人民政府,区政府各部门:",
                  "《东山区进一步优化营商环境实施方案》已经区政府常务会议审议通过,现印发给你们,请认真组织实施。",
                  "东山区人民政府", "2019年3月9日", "东山区进一步优化营商环境实施方案", "三、主要任务",
                  "(一)营造廉洁高效的政务环境"]
FILLER = "各乡镇要持续深化简政放权改革提升政务服务效能优化审批流程压缩办理时限落实首问负责制度推行帮办代办服务"
CUT_TAIL = "。全面推行审批服务“一窗受"
# The next notice: a title with no organ (a page that leaves it out) and the 《》 of the plan it issues, its
# 发文字号 and 主送 under it.
NEXT_NOTICE = ["关于印发《西岭区全面优化营商环境 持续激发市场活力和社会创造力行动方案》的通知", "西府办发〔2024〕3号",
               "各镇人民政府,街道办事处,区政府各部门:",
               "经区政府同意,现将《西岭区全面优化营商环境 持续激发市场活力和社会创造力行动方案》印发给你们,请认真贯彻执行。",
               "西岭区人民政府办公室", "2024年3月12日"]


def _cut_item(columns: int | None) -> str:
    """The first item, cut after a quotation mark it opens, its last printed line filling the measure (two lines of
    it at a narrow measure, one paragraph a line unwrapped)."""
    measure = 2 * (columns or 26)
    head = "1."
    return head + FILLER[:int(measure - width(head) - width(CUT_TAIL))] + CUT_TAIL


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_framed_by_its_number_and_addressees_opens_under_a_full_line_that_left_a_quotation_open(columns):
    """GB/T 9704 7.3.1, 7.2.4 and 7.3.2: a 标题 by its grammar (关于 + 事由 +
    文种, its organ left out by the page), closing every 《》 it opens, with the
    发文字号 on its line under it and the 主送 under that, opens a document on
    its first line, though the sentence above it stops, the store's excerpt
    cut there, with a quotation mark left open and its last line fills the
    measure (titles._framed_title_from): a sentence that runs on into a name
    it cites closes that name in the lines it runs on to and goes on with
    words, not with a number and a 主送. Without the rule the title's first
    line went on the cut sentence and its last line ('…行动方案》的通知') was
    read as the title."""
    cut = _cut_item(columns)
    docs = _documents(ISSUING_NOTICE + [cut] + NEXT_NOTICE, columns)
    assert [d.title for d in docs] == [ISSUING_NOTICE[0],
                                       "关于印发《西岭区全面优化营商环境持续激发市场活力和社会创造力行动方案》的通知"]
    assert (docs[1].doc_number, docs[1].issuers) == ("西府办发〔2024〕3号", ["西岭区人民政府办公室"])
    assert docs[0].parts[-1].blocks[-1].text.endswith("“一窗受")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_led_title_framed_so_opens_under_the_same_cut_line(columns):
    """The same with the title's 发文机关 first (发文机关 + 关于 + 事由 + 文种),
    the wrap carrying the title over three lines at a narrow measure."""
    title = "西岭区人民政府办公室关于印发《西岭区全面优化营商环境 持续激发市场活力和社会创造力行动方案》的通知"
    docs = _documents(ISSUING_NOTICE + [_cut_item(columns), title] + NEXT_NOTICE[1:], columns)
    assert [d.title for d in docs] == [ISSUING_NOTICE[0], title.replace(" ", "")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_runs_on_into_the_name_it_cites_stays_in_the_body(columns):
    """Control: a sentence cut over a line that opens on 关于 and closes the
    《 left open above ('…认真贯彻《' / '关于印发…的通知》精神,…'), with words
    and no 发文字号 or 主送 under it, goes on in the body, as before the rule."""
    cited = "1." + FILLER[:int(2 * (columns or 26) - 1 - 9)] + "。各地要认真贯彻《"
    body = ["关于印发西岭区优化营商环境实施方案的通知》精神,抓好落实。", "东山区人民政府", "2019年3月9日"]
    docs = _documents(ISSUING_NOTICE + [cited] + body, columns)
    assert [d.title for d in docs] == [ISSUING_NOTICE[0]]


# A plan published on its own whose page flags its new measures with an asterisk between the item's figure and mark.
FLAGGED_PLAN = ["北湖区优化营商环境行动方案", "为持续激发市场主体活力,制定本行动方案。", "一、推进营商环境评价指标提升",
                "(一)企业开办、经营及退出。在市场准入和退出等方面深入推进改革,方便企业和群众办事创业。",
                "1* .开展“一证多址”改革。企业在本区范围内开设经营项目相同的新分支机构时,免于再次办理相关许可证。",
                "2*.开展企业住所标准化登记。建立健全住所登记负面清单管理制度,有效防范虚假住所等突出风险。",
                "3.推进市场准入效能评估工作。"]


def _points(doc) -> list[str]:
    return [block.label for part in doc.parts for block in part.blocks if getattr(block, "label", None)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_item_flagged_with_an_asterisk_after_its_figure_is_still_the_lists_item(columns):
    """Numbering (GB/T 9704 7.3.3: 一、，（一），1.，（1）): a page may flag an
    item with an asterisk set between its figure and its mark ('1*.', '2* .',
    a plan marking its new measures, a note saying what the mark means): the
    flag is the label's, the figure still numbers the item of the '1.' level
    (numbering.SCHEMES 'ar', structure.SECOND_ITEM_RE). Without the rule the
    flagged items were paragraphs of the （一） above them."""
    docs = _documents(FLAGGED_PLAN, columns)
    assert [d.title for d in docs] == [FLAGGED_PLAN[0]]
    assert _points(docs[0]) == ["一、", "（一）", "1* .", "2*.", "3."]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_figure_times_a_figure_opens_no_item(columns):
    """Control: a line that opens on a product of figures ('3*4米…', a size)
    or on a figure flagged and no mark after it opens no item."""
    body = FLAGGED_PLAN[:4] + ["3*4米的宣传展板在各服务大厅统一设置,方便企业和群众查阅办事指南。",
                               "5*开展帮办代办服务,为企业提供全程服务。"]
    docs = _documents(body, columns)
    assert _points(docs[0]) == ["一、", "（一）"]
