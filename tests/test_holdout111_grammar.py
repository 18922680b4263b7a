"""The document grammar on layouts of the hundred-and-eleventh held-out set's
kind (issue #11): upward documents, the 报告 and the 请示 of towns and
townships to the county above them, with their 版头 as a web page or a
document site keeps it. Each case is invented text laid out as extractors
give it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- the 版头's starred 分隔线

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("star", ["★", "———★———", "━━━━━ ☆ ━━━━━"])
def test_a_starred_separator_leaves_the_number_to_the_title_under_it(star, columns):
    """GB/T 9704 7.2.6: the 版头 ends on a 分隔线 under the 发文字号; the 党政
    format prints a star at its middle. A page that drops the red rule keeps
    the star alone on its line (or between the rule's halves): furniture, so
    the number above it is still the number of the title under it."""
    title = "关于申请对某某乡省级生态乡镇验收的报告"
    docs = _documents(NOTICE + ["某某乡人民政府文件", "某政发[2015]12号", star, title, "县环境保护局：",
                                "我乡创建工作已达到省级生态乡镇的各项指标要求，特申请予以验收。",
                                "某某县某某乡人民政府", "2015年6月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某政发〔2015〕12号"
    assert docs[1].issuers == ["某某县某某乡人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_star_inside_a_line_of_text_is_text(columns):
    """Control: a star among words ('秘密★1年', '★重点任务：…') is the line's
    text, not the rule: the paragraph stays in the document."""
    title = "某某县人民政府关于做好重点项目建设工作的通知"
    docs = _documents([title, "各乡镇人民政府：", "★重点任务：完成全县重点项目年度投资计划。",
                       "某某县人民政府", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert any("重点任务" in b.text for part in docs[0].parts for b in part.blocks)
