"""The document grammar on layouts of the three-hundred-and-twenty-eighth
held-out set's kind (issue #11): charity and social-organisation texts of
cities and districts (a government office's 实施意见 on a charity 条例, a
民政局's 通知 on the 业务主管单位 of social organisations or on their
registration files, a 民政局's 通知 issuing a 登记与备案 办法, a 民政局's 公告
on fund-raising, a district 民政局's 公告 banning an unregistered group) as
their sites, law libraries and mirrors store them, one cut mid-sentence where
the store ended it, the next a 公告 under its own title with no 主送, closing
on '特此公告。' over its organ's signature and its date. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city bureau's 公告 the store cut mid-sentence: no signature, no date.
CUT = ["北山市民政局关于动员慈善力量参与疫情防控工作的公告", "为更广泛地动员社会慈善力量，现就有关事项公告如下：",
       "一、大力倡导我市各级慈善组织发挥动员社会力量的优势。",
       "二、各级民政部门要积极引导慈善组织依法有序参与疫情防控；原则上不派工作人员、不发"]
# A district bureau's 公告: its title (quotation marks and brackets in it), no 主送, one paragraph, the 结束语, the
# bureau's signature and the date.
BANNING = ["南岭区民政局关于依法取缔“某某联合会”（也称“某某会”）非法社会组织的公告",
           "经查，“某某联合会”未经登记，擅自以社会团体名义进行活动，属于非法社会组织。决定对上述非法社会组织依法取缔。",
           "特此公告。", "南岭区民政局", "2024年4月7日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title", [BANNING[0], "南岭区民政局关于依法取缔某某联合会非法社会组织的公告"],
                         ids=["quoted", "bare"])
def test_a_full_title_closed_by_its_own_formula_and_organ_opens_under_a_cut_sentence(columns, title):
    """GB/T 9704 7.3.1 and 7.3.5.1: a full 标题 (发文机关 + 关于 + 事由 +
    文种) whose body closes on the 结束语 of that same 文种 ('特此公告。'),
    the organ the title opens on signing right under it over the 成文日期,
    is a document's title though the text above stops mid-sentence (an
    excerpt the store cut: '…不发'): a sentence that runs on into a quoted
    title goes on with words and closes on its own text's formula and organ
    (framed.closed_full_title). The cut text keeps its own organ and no
    date."""
    docs = _documents(CUT + [title] + BANNING[1:], columns)
    assert [d.title for d in docs] == [CUT[0], title]
    assert (docs[0].issuers, docs[0].date) == (["北山市民政局"], None)
    assert (docs[1].issuers, docs[1].date) == (["南岭区民政局"], "2024-04-07")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_under_a_finished_text_and_a_signed_one_keeps_what_it_had(columns):
    """The control: under a text whose last sentence ends ('…参与疫情防控。')
    the same 公告 opens as before, and a second 公告 signed by another organ
    under the first's date opens too: each keeps its own organ and date."""
    finished = CUT[:-1] + ["二、各级民政部门要积极引导慈善组织依法有序参与疫情防控。"]
    other = ["北山市民政局关于撤销部分社会组织登记的公告", "决定撤销下列社会组织的登记。", "特此公告。", "北山市民政局",
             "2024年5月8日"]
    docs = _documents(finished + BANNING + other, columns)
    assert [d.title for d in docs] == [CUT[0], BANNING[0], other[0]]
    assert [(d.issuers, d.date) for d in docs] == [(["北山市民政局"], None), (["南岭区民政局"], "2024-04-07"),
                                                   (["北山市民政局"], "2024-05-08")]


def test_the_close_under_a_title_reads_the_first_formula_and_its_organ():
    """The rule reads only the first date or 结束语 under the title: a 公告
    under a cut sentence whose organ signs, dated, closes it; a formula of
    another 文种, or another organ, or no date, does not."""
    from builder.model import Line
    from builder.stages.split.titles.framed import closed_full_title
    def lines(texts):
        return [Line(no=k, text=t) for k, t in enumerate(texts)]
    title = ["南岭区民政局关于依法取缔某某联合会非法社会组织的公告", "经查，某某联合会属于非法社会组织。"]
    assert closed_full_title(lines(title + ["特此公告。", "南岭区民政局", "2024年4月7日"]), 0, 1)
    assert not closed_full_title(lines(title + ["特此通知。", "南岭区民政局", "2024年4月7日"]), 0, 1)
    assert not closed_full_title(lines(title + ["特此公告。", "北山市民政局", "2024年4月7日"]), 0, 1)
    assert not closed_full_title(lines(title + ["特此公告。", "南岭区民政局"]), 0, 1)
    assert not closed_full_title(lines(["某某联合会非法社会组织的公告"] + title[1:]
                                       + ["特此公告。", "南岭区民政局", "2024年4月7日"]), 0, 1)
