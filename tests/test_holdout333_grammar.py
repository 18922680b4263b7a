"""The document grammar on layouts of the three-hundred-and-thirty-third held-out
set's kind (issue #11): state-owned enterprise supervision texts of cities and
counties (an office's 通知 forwarding a 国资委's 规定 on the pay of enterprise
heads, a county office's 通知 issuing its 监督管理办法, a city's 批复 on
assessment standards) as their sites and law libraries store them, one cut
by the store inside a sentence that cites a text and leaves its 《 open
('…年度收入按《市人民政府办公厅关于转发市人民政府'), the next titled by another
place's office, its organ alone on the line over its 关于. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice forwarding a 规定, the 规定's article cut by the store inside the name it cites.
CUT_IN_CITATION = ["南岭市人民政府办公厅关于转发市财政局《南岭市国有企业负责人年度收入暂行规定》的通知",
                   "各区、县人民政府，市政府各有关工作部门：",
                   "市财政局《南岭市国有企业负责人年度收入暂行规定》，已经市人民政府研究同意，现转发给你们，请遵照执行。",
                   "南岭市人民政府办公厅", "2006年7月10日",
                   "一、实行经营业绩考核的企业，企业负责人年度收入按《市人民政府办公厅关于转发市人民政府"]
# A county office's notice, its organ on a line of its own over its 关于.
ORGAN_OVER_ABOUT = ["北山县人民政府办公室", "关于印发北山县县属国有企业监督管理办法的通知", "北政办发〔2025〕19号",
                    "县政府各有关工作部门：", "《北山县县属国有企业监督管理办法》已经县政府同意，现印发你们，请遵照执行。",
                    "北山县人民政府办公室", "2025年4月27日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_a_sentence_cut_inside_the_name_it_cites_opens_at_its_organ(columns):
    """GB/T 15834-2011 4.15 and GB/T 9704 7.3.1: a sentence that cites a text
    encloses its whole name in 《》, and a 标题 holds no clause mark outside
    the names it quotes. A line that holds a comma and leaves a 《 open is a
    sentence's, and the line the wrap carries on under it is the cited name's,
    its 关于 and 转发 and its organ's ending ('…收入按《市' / '人民政府办公厅关于转
    发市人民政府'; '…关于转' / '发市人民政府'): neither the first line of the title
    under it (head._sentence_wraps_into) nor a name heading it in a column of
    joint issuers (issuers.column_of_names). The title opens at its own
    organ, which alone issues it."""
    docs = _documents(CUT_IN_CITATION + ORGAN_OVER_ABOUT, columns)
    assert [d.title for d in docs] == [CUT_IN_CITATION[0], "".join(ORGAN_OVER_ABOUT[:2])]
    assert docs[1].issuers == ["北山县人民政府办公室"]
    assert docs[1].doc_number == "北政办发〔2025〕19号"
    assert docs[0].issuers == ["南岭市人民政府办公厅"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_that_wraps_inside_the_name_it_quotes_keeps_its_first_line(columns):
    """The control: a title's own 《 left open at the end of its line (no
    clause mark in it: '…关于印发《北山县国有' / '资产管理办法》的通知') is that
    title's first line under a finished text, as before."""
    notice = ["东城区人民政府关于做好春季植树造林工作的通知", "各街道办事处：",
              "请各街道在3月底前完成造林任务。", "东城区人民政府", "2021年3月1日"]
    issuing = ["北山县人民政府办公室关于印发《北山县县属国有企业国有资产管理暂行办法》的通知", "县政府各工作部门：",
               "现将《北山县县属国有企业国有资产管理暂行办法》印发给你们，请认真贯彻执行。", "北山县人民政府办公室",
               "2016年12月6日"]
    docs = _documents(notice + issuing, columns)
    assert [d.title for d in docs] == [notice[0], issuing[0]]
    assert docs[1].issuers == ["北山县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_column_of_joint_issuers_under_a_finished_text_keeps_them_all(columns):
    """The control: organs of one place stacked one a line over a 关于, under
    a text that ends its sentence, are the joint issuers of the title under
    them (issuers.column_of_names), as their joint signature shows."""
    notice = ["东城区人民政府关于做好春季植树造林工作的通知", "各街道办事处：",
              "请各街道在3月底前完成造林任务。", "东城区人民政府", "2021年3月1日"]
    joint = ["中共南岭县委办公室", "南岭县人民政府办公室", "关于深化县属国有企业改革的实施意见", "各乡镇党委、人民政府：",
             "为深化县属国有企业改革，现提出如下实施意见。", "中共南岭县委办公室", "南岭县人民政府办公室",
             "2020年8月26日"]
    docs = _documents(notice + joint, columns)
    assert [d.title for d in docs] == [notice[0], "".join(joint[:3])]
    assert docs[0].issuers == ["东城区人民政府"]



@pytest.mark.parametrize("above, cites", [
    ("一、实行经营业绩考核的企业，企业负责人年度收入按《市", True),   # a 《 left open after a comma: a citation
    ("是中国领土不可分割的一部分，坚决反对任何形式的“台", False),     # only a quotation mark left open: no text cited
    ("现将《南岭市国有企业监督管理办法》印发给你们，请遵照", False),   # every 《 closed
])
def test_a_clause_mark_leaves_a_cited_name_open_only_inside_a_book_title_mark(above, cites):
    """The control of head._sentence_wraps_into's clause mark: it asks a 《 left
    open, the mark that encloses a cited name (GB/T 15834-2011 4.15). A line
    with a comma that leaves only a quotation mark open cites no text, and the
    title under it (holdout148's joint declaration '中华人民共和国政府与…联合声明'
    under an excerpt cut at '…反对任何形式的“台', shuffled at 26 columns) opens
    where it stands."""
    from builder.model import Line
    from builder.stages.split.titles.head import _sentence_wraps_into

    lines = [Line(0, above), Line(1, "人民政府办公厅关于转发市人民政府")]
    assert _sentence_wraps_into(lines, 1, set(), 26.0) is cites
