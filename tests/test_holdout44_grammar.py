"""The document grammar on layouts of the forty-fourth held-out set's kind
(issue #11): 转发 notices that print the forwarded text after them, each
layer with its own title, and the older way of titling such a notice by the
forwarded title alone in 《》, without the notice's own '的通知'. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 22, 26]

FORWARDED = ["某某省财政厅 某某省农业厅关于印发《农业贷款贴息资金管理办法》的通知(某财农字〔1996〕12号)",
             "各市财政局、农业局:",
             "为加强农业贷款贴息资金管理,我们制定了《农业贷款贴息资金管理办法》,现印发给你们,请遵照执行。",
             "附:农业贷款贴息资金管理办法"]


def _notice(title: str) -> list[str]:
    return [title, "某某市财政局 市农业局", "各县财政局、农业局:",
            "现将省财政厅、省农业厅《关于印发〈农业贷款贴息资金管理办法〉的通知》转发给你们,请遵照执行。"]


# ---------------------------------------------------------------- a 转发 titled by the forwarded title in 《》

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某市财政局、某某市农业局转发省财政厅、省农业厅《关于印发〈农业贷款贴息资金管理办法〉的通知》",
                                   "某某县人民政府批转县审计局《关于加强村级财务审计的意见》"])
def test_a_forwarding_title_closed_by_the_forwarded_title_in_guillemets_is_whole(title, columns):
    """GB/T 9704 7.2.5: a title is 发文机关 + 事由 + 文种; a 转发 or 批转
    notice of the 1990s often leaves its own '的通知' off and closes on the
    forwarded text's title in 《》, whose 文种 is then the title's. The title
    ends there: the authors' line under it ('某某市财政局 市农业局') is no
    line of it, and the 主送 and body below are the notice's."""
    docs = _documents(_notice(title) + FORWARDED, columns)
    assert docs[0].title == title
    assert docs[0].addressees == "各县财政局、农业局"


def test_the_forwarded_title_gives_the_kind_only_after_the_verb_and_the_forwarded_organs():
    """What stands between 转发/批转 and the 《 must be the forwarded organs'
    names: a sentence that cites a title in 《》 at its end is of no kind."""
    assert kind_of("某某市财政局转发省财政厅、省农业厅《关于做好贴息工作的通知》") == "通知"
    assert kind_of("某某县人民政府批转县审计局《关于加强村级财务审计的意见》") == "意见"
    assert kind_of("现将省财政厅《关于做好贴息工作的通知》") is None
    assert kind_of("转发给你们的《关于做好贴息工作的通知》") is None


# ---------------------------------------------------------------- a 主送 wrapped under the authors' line

WRAPPED = ["某某市财政局、某某市农业局关于做好农业贷款贴息工作的通知", "某某市财政局 市农业局",
           "各区、县财政局、农业(农机)局、市属农业事业单位、有关银行:",
           "现就做好今年农业贷款贴息工作通知如下,请遵照执行。"]


@pytest.mark.parametrize("columns", [18, 20, 22])
def test_a_wrapped_addressee_under_the_authors_line_frames_no_second_title(columns):
    """GB/T 9704 7.3.2: a 主送 addressed to classes of organs ('各…') may run
    over lines, the wrap filling the first; its lines above the colon are the
    主送's, never a title's (a title opens with its 发文机关 or 关于). Nor
    do the authors' names alone under the title (7.3.5.2) make a title of
    their own over it: one document, its 主送 whole."""
    docs = _documents(WRAPPED, columns)
    assert [d.title for d in docs] == [WRAPPED[0]]
    assert docs[0].addressees == "各区、县财政局、农业（农机）局、市属农业事业单位、有关银行"


# ---------------------------------------------------------------- the forwarded departments counted

@pytest.mark.parametrize("count", ["等9部门", "等九部门", "等5个单位"])
def test_a_forwarding_line_that_counts_the_forwarded_departments_is_a_line_of_the_title(count):
    """GB/T 9704 7.2.5: a 转发 title names its issuer, the verb and the
    forwarded text's issuers, the first and the rest counted or not
    ('转发市卫生局等9部门'), then that text's '关于…'. Printed over two lines,
    the first holding the verb and the organs alone, it is one title."""
    title = ["某某市人民政府办公厅转发市卫生局" + count, "关于进一步做好新型农村合作医疗工作的指导意见的通知"]
    docs = _documents(["关于做好春耕备耕工作的通知", "各乡镇人民政府:", "现将有关事项通知如下。", "某某县人民政府",
                       "2005年3月1日"] + title + ["各区(市)县政府,市政府有关部门:",
                                                "市卫生局等部门的指导意见已经市政府同意,现转发你们,请认真贯彻执行。",
                                                "二○○五年九月二十九日", "关于进一步做好新型农村合作医疗工作的指导意见",
                                                "为进一步做好新型农村合作医疗工作,提出如下指导意见。"], None)
    assert [d.title for d in docs] == ["关于做好春耕备耕工作的通知", "".join(title)]
