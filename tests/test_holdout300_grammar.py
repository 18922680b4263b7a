"""The document grammar on layouts of the three-hundredth held-out set's kind
(issue #11): rural-road texts of cities and districts (四好农村路, 农村公路
建设养护, 路长制: a leading group's office's 通知, an office's 通知 issuing a
方案 or a 考核办法) as their sites, gazette mirrors and libraries store them,
one titled by a 领导小组's office whose name holds the quoted name of the work
it leads and joins two bodies by 暨, longer than a line at a narrow measure,
under a text the store cut mid-sentence, its 发文字号 and 主送 under it. Each
case is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A text the store cut mid-sentence, its last line filled at the measure or stopping short.
CUT = ["南岭市人民政府办公室关于印发南岭市农村公路养护实施方案的通知", "各镇人民政府，各街道办事处：",
       "《南岭市农村公路养护实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
       "南岭市人民政府办公室", "2021年7月16日", "南岭市农村公路养护实施方案",
       "为进一步管好、护好农村公路，结合我市实际，制定本实施方案。", "一、总体要求",
       "以习近平新时代中国特色社会主义思想为指导，认真落实关于四好农村路的重要指示精神，紧紧围绕实施乡村振兴战略"]
# A leading group's office's notice: its name quoted and joined by 暨, the 发文字号 and 主送 under the title.
LONG_ORGAN = ["东山市“四好农村路”建设领导小组暨农村公路路长制协调领导小组办公室关于公布示范乡和优秀乡路长的通知",
              "东好路办〔2019〕1号", "各县(市)区政府(路长办)、交通(运输)局，各有关乡(镇)政府：",
              "现将东山市“四好农村路”建设市级示范乡和优秀乡路长予以公布。具体如下：",
              "一、示范乡(3个)", "东山镇、西山镇、南山乡。"]
ORGAN = "东山市“四好农村路”建设领导小组暨农村公路路长制协调领导小组办公室"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_whose_organ_runs_past_its_line_under_a_cut_text_opens_a_document(columns):
    """GB/T 9704 7.3.1: the 标题 is 发文机关 + 关于 + 事由 + 文种, the organ's
    name printed whole however long: a 领导小组's office is named by the work
    it leads, quoted ('“四好农村路”建设领导小组'), and one office serving two
    bodies joins their names by 暨. A name longer than the title's line goes on
    to the next, its 关于 there (titles.issuers.organ_runs_past_line): the title
    begins on the line that opens on the organ's place, no line of the
    sentence the store cut above it, though that sentence holds a 关于 of its
    own; and with its 发文字号 on its own line and its 主送 under it
    (7.2.4, 7.3.2), it opens a document even under a line the wrap filled
    (titles.framed.framed_full_title)."""
    docs = _documents(CUT + LONG_ORGAN, columns)
    assert [d.title for d in docs] == [CUT[0], LONG_ORGAN[0]]
    assert docs[1].issuers == [ORGAN]
    assert docs[1].doc_number == "东好路办〔2019〕1号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_long_organs_title_alone_keeps_its_first_line(columns):
    """The same title alone in its file: its first line, the organ's place
    and the first words of its name, is the title's, not dropped over the line
    that holds the 关于."""
    docs = _documents(LONG_ORGAN, columns)
    assert [d.title for d in docs] == [LONG_ORGAN[0]]
    assert docs[0].issuers == [ORGAN]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_name_over_another_organs_title_is_none_of_it(columns):
    """The control: a line that names a text whole ('附件：…名录' leaves the
    name) over a line opening on an organ's own name and 关于 ('某某市人民政府
    关于…') is no first line of that title, though the two read on as one
    name; nor are joint issuers run on one line, parted by spaces, one name
    (GB/T 9704 7.3.1)."""
    head = ["某某市人民政府关于公布某某市第三批市级传统村落名录的通知", "各镇人民政府，市有关单位：",
            "某某市第三批市级传统村落名录已经市人民政府同意，现予公布。", "附件：某某市第三批市级传统村落名录"]
    other = "某某市人民政府关于做好2020年春季森林防火工作的通知"
    docs = _documents(head + [other, "各镇人民政府：", "现将有关事项通知如下：请各镇加强巡查。",
                              "某某市人民政府", "2020年3月1日"], columns)
    assert [d.title for d in docs] == [head[0], other]
