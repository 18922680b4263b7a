"""The document grammar on layouts of the three-hundred-and-fifty-eighth
held-out set's kind (issue #11): urban management and its law enforcement
texts of cities, counties and new areas (an office's 通知 issuing a 意见 on
城市精细化管理, a city government's 意见, a county's 通知 issuing a 实施方案, a
园区管理委员会's 通告 on street stalls) as policy portals, county sites and
mirrors in traditional characters store them, one a notice run into one
paragraph with the text it issues, the next a 意见 whose title the mirror
quotes whole in 《》 as its headline over its 发文字号. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's 印发 notice as a policy portal stores it: the title, then one paragraph holding the 主送 run into
# the sentence that issues the text, the office, the date, the issued text's title and its first sentences, parted by
# single spaces.
RUN_IN_NOTICE = ["北山市人民政府办公室印发北山市关于加强城市精细化管理工作的意见的通知",
                 "各县、区人民政府，市政府各部门：《北山市关于加强城市精细化管理工作的意见》已经市政府常务会议研究通过，"
                 "现印发给你们，请认真抓好贯彻落实。 北山市人民政府办公室 2022年3月17日 北山市关于加强城市精细化管理工作的意见 "
                 "为进一步提升城市精细化管理水平，结合我市城市管理实际，提出如下意见。一、总体思路（一）指导思想以人民为中心。"
                 "（二）基本原则1.坚持人民至上。2.坚持因地制宜。"]


def _headline(title: str, number: str) -> list[str]:
    return [f"《{title}》", number, "为全面提高城市精细化管理水平，结合我市实际，特提出如下意见。", "一、总体要求",
            "（一）指导思想。以人民为中心，努力让城市更干净、更有序。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title, number", [
    ("南岭市人民政府关于全面提升城市精细化管理水平的意见", "南政〔2021〕7号"),
    ("南嶺市人民政府關於全面提升城市精細化管理水平的意見", "南政〔2021〕7號"),  # (a copy in traditional characters)
])
def test_a_headline_quoted_whole_over_its_number_opens_a_document_after_a_run_in_notice(columns, title, number):
    """GB/T 9704 7.2.4 and 7.3.1: a web page may quote a whole 标题 in 《》 as
    its headline, its 发文字号 alone on the line under it; a sentence that
    cites a title and its number (党政机关公文处理工作条例 第二十条: 先引标题，
    后引发文字号) sets the number in brackets after the title and goes on
    with words. So when a notice run into one paragraph with the text it
    issues is set out (unfold.announcements.issuing_run_in), the issued
    text's run-on rest is no wrap's piece of such a headline: it ends its own
    line, and the headline opens the next document. A copy in traditional
    characters ends on the same 文种 in its script ('…的意見',
    unfold.frames.whole_title)."""
    docs = _documents(RUN_IN_NOTICE + _headline(title, number), columns)
    assert [d.title for d in docs] == [RUN_IN_NOTICE[0], title]
    assert docs[1].doc_number == number
    assert docs[0].date == "2022-03-17" and docs[0].issuers == ["北山市人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_run_in_notice_alone_still_sets_out_the_text_it_issues(columns):
    """The control: the run-in notice alone is set out as before, its office,
    date and issued text each a line, the issued text a part under it."""
    docs = _documents(RUN_IN_NOTICE, columns)
    assert [d.title for d in docs] == [RUN_IN_NOTICE[0]]
    assert docs[0].date == "2022-03-17" and docs[0].issuers == ["北山市人民政府办公室"]
    assert [p.title for p in docs[0].parts][-1] == "北山市关于加强城市精细化管理工作的意见"
