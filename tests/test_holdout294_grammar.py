"""The document grammar on layouts of the two-hundred-and-ninety-fourth held-out
set's kind (issue #11): carbon-peak, green low-carbon and energy-saving texts
of cities, counties and districts (a government's 通知 issuing its 碳达峰实施方案,
an office's 通知 issuing a 城乡建设绿色发展 方案, 通知 on a year's 节能宣传周 and
全国低碳日, a 通知 on a five-year plan's 节能减排 targets) as their sites, law
libraries and news sites store them, cut short mid-sentence, one citing the
province's notice on the same campaign of its own year, the next another
district's notice on that campaign of a later year. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice on its year's energy-saving week, citing the region's notice of that year, cut mid-list.
CITING_ITS_YEAR = ["北山市人民政府办公室关于组织开展2010年节能宣传周活动的通知", "(北政办发〔2010〕17号)",
                   "各县人民政府，市政府各部门：",
                   "根据《自治区人民政府办公厅关于开展2010年节能宣传周活动的通知》(某政办发〔2010〕89号)要求，"
                   "经市人民政府研究决定，开展2010年节能宣传周活动。现将活动有关事宜通知如下：",
                   "一、宣传主题", "“节能攻坚、全民行动”", "二、活动安排",
                   "1、悬挂节能宣传条幅。各部门要在办公楼门口悬挂节能宣传横幅，开展形式多样的宣传"]
# Another place's notice on the same campaign of a later year, no 发文字号, under the cut.
LATER_YEAR = ["南岭区机关事务管理局关于南岭区公共机构开展2024年全国节能宣传周和全国低碳日活动安排的通知",
              "有关镇人民政府、街道办事处，区政府有关部门：",
              "为传播绿色发展理念，现将全区公共机构开展2024年全国节能宣传周和全国低碳日活动通知如下。",
              "一、活动主题", "(一)全国节能宣传周主题是“绿色转型，节能攻坚”。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_of_another_year_than_the_text_above_cites_opens_a_document(columns):
    """GB/T 9704 7.3.1: a title's 事由 names its matter, and a matter that
    recurs each year (a 节能宣传周, a year's 工作要点) is named with its
    year. The text above cites '《…关于开展2010年节能宣传周活动的通知》' in its
    开头; a title under it on the 2024 week shares most of that name but not
    its year: another year's text, not the cited one printed as its part
    (parts._other_year), so it opens a document of its own."""
    docs = _documents(CITING_ITS_YEAR + LATER_YEAR, columns)
    assert [d.title for d in docs] == [CITING_ITS_YEAR[0], LATER_YEAR[0]]
    assert docs[1].addressees == "有关镇人民政府、街道办事处，区政府有关部门"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_cited_text_of_the_same_year_printed_after_the_date_stays_the_part(columns):
    """The control: a notice that passes on the text it names ('现将《…2010年
    节能宣传周活动方案》印发给你们') and prints it under its date keeps it as its
    part, the year the same; the rule separates years, not names."""
    notice = ["北山市人民政府办公室关于印发北山市2010年节能宣传周活动方案的通知", "各县人民政府，市政府各部门：",
              "现将《北山市2010年节能宣传周活动方案》印发给你们，请认真组织实施。", "北山市人民政府办公室",
              "2010年6月1日", "北山市2010年节能宣传周活动方案",
              "为推进全市节能降耗工作，制定本方案。", "一、宣传主题", "“节能攻坚、全民行动”"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert [p.title for p in docs[0].parts][1:] == ["北山市2010年节能宣传周活动方案"]


# A city government's notice issuing its plan, the plan's preamble cut inside a cited title, the store breaking the
# line after the opening '《' as law libraries do.
CUT_IN_CITATION = ["东山市人民政府关于印发东山市碳达峰实施方案的通知", "东府〔2023〕31号", "各县（市、区）人民政府，市政府各部门：",
                   "现将《东山市碳达峰实施方案》印发给你们，请认真组织实施。", "东山市人民政府", "2023年8月21日",
                   "东山市碳达峰实施方案", "为深入贯彻生态文明思想，落实《", "中共某某省委某某省人民政府关于完整准确全"]
# Another city office's notice, its organ alone on the line over its 关于.
ORGAN_OVER_ABOUT = ["北山市人民政府办公室", "关于印发《北山市推动城乡建设绿色发展实施方案》的通知", "北政办发〔2023〕63号",
                    "各旗县市区人民政府，市政府有关委办局：",
                    "经市人民政府同意，现将《北山市推动城乡建设绿色发展实施方案》印发给你们，请认真抓好贯彻落实。",
                    "2023年11月4日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_citations_about_line_over_an_organ_alone_over_about_is_no_line_of_its_title(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 关于 + 事由 + 文种, one 关于 after
    its organs. The organ's whole name alone on its line over a line that
    opens on 关于 begins the title; the line above it, the tail of a
    preamble cut inside the title it cites ('…人民政府关于完整准确全'), holds
    a 关于 of its own and passes nothing on: it stays the text above's
    (titles.issuers.about_over_organ_head), not the head of a title that would
    read two 关于."""
    docs = _documents(CUT_IN_CITATION + ORGAN_OVER_ABOUT, columns)
    assert [d.title for d in docs] == [CUT_IN_CITATION[0], "".join(ORGAN_OVER_ABOUT[:2])]
    assert docs[1].doc_number == "北政办发〔2023〕63号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_line_over_the_forwarded_organ_stays_the_titles_head(columns):
    """The control: a 转发 title wrapped so that its line of 关于 ends on the
    verb ('某某市人民政府关于转发' / '省人民政府办公厅' / '关于…的通知的通知'),
    under a finished text, keeps that line as its head: the verb passes on
    the forwarded organ's text, whose own 关于 follows."""
    notice = ["东山市人民政府关于做好春季植树造林工作的通知", "各县人民政府：",
              "请各县在3月底前完成造林任务。", "东山市人民政府", "2021年3月1日"]
    forward = ["南岭市人民政府关于转发", "省人民政府办公厅", "关于做好节能降碳工作的通知的通知", "各县人民政府，市政府各部门：",
               "现将省人民政府办公厅《关于做好节能降碳工作的通知》转发给你们，请认真贯彻执行。", "南岭市人民政府",
               "2022年5月6日"]
    docs = _documents(notice + forward, columns)
    assert [d.title for d in docs] == [notice[0], "".join(forward[:3])]


# A city government's notice, its organ and 关于 on the title's first line.
ORGAN_AND_ABOUT = ["南岭市人民政府关于进一步加大攻坚力度确保实现“十一五”节能减排目标的通知", "(南府发[2010]23号)",
                   "各县（区）人民政府，市级各部门：", "为确保全面完成“十一五”节能减排目标，现就有关事项通知如下。",
                   "一、统一思想，提高认识"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_citations_about_line_over_an_organ_and_about_is_no_line_of_its_title(columns):
    """GB/T 9704 7.3.1: the same where the title's organ and 关于 open its
    first line: a title that cites no other title whole (it ends on one
    文种, not '…的请示的批复') has one 关于 after its organ, so the cut
    citation's '…人民政府关于完整准确全' over it stays the text above's
    (titles.issuers.about_over_unnested)."""
    docs = _documents(CUT_IN_CITATION + ORGAN_AND_ABOUT, columns)
    assert [d.title for d in docs] == [CUT_IN_CITATION[0], ORGAN_AND_ABOUT[0]]
    assert docs[1].doc_number == "南府发〔2010〕23号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_citing_the_request_whole_keeps_both_organs_in_its_title(columns):
    """The control: a 批复 whose 事由 cites the request's title whole ('某某市
    人民政府关于同意' / '某某县人民政府关于…的请示的批复') ends on the cited 文种
    and its own: its first line, with a 关于 of its own, is its head."""
    notice = ["东山市人民政府关于做好春季植树造林工作的通知", "各县人民政府：",
              "请各县在3月底前完成造林任务。", "东山市人民政府", "2021年3月1日"]
    reply = ["某某市人民政府关于同意", "某某县人民政府关于调整城区供水价格的请示的批复", "某某县人民政府：",
             "你县《关于调整城区供水价格的请示》收悉。经研究，同意你县调整城区供水价格。", "某某市人民政府",
             "2022年5月6日"]
    docs = _documents(notice + reply, columns)
    assert [d.title for d in docs] == [notice[0], "".join(reply[:2])]
