"""The document grammar on layouts of the three-hundred-and-thirty-seventh
held-out set's kind (issue #11): archives and local-chronicle texts of
cities and counties (an office's 通知 on compiling its 年鉴, a joint 通知 of a
county's party committee and government, a county office's 通知 issuing its
乡镇志 办法, a city government's 令 issuing its rule on 机关档案, a city
office's 通知 forwarding its 档案局's 意见, a joint 通知 on 镇村志) as law
libraries, chronicle databases and county sites store them, one a store's
text already hard-wrapped at its own measure and cut inside a word, the next
document's title, its organ and 关于 at its head, run on under it. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A joint notice as a store keeps it, its body hard-wrapped at the store's own measure (a line of its own where the
# store broke it, the sentence running on), cut inside a word at the end of the excerpt.
STORE_WRAPPED = ["中共南岭县委南岭县人民政府", "关于做好《南岭年鉴》综合卷编纂出版工作的通知", "南发[1997]19号",
                 "各乡镇党委、政府,县委各部委,县政府各部门:",
                 "《南岭年鉴》的编纂,要坚持实事求是的思想路线,以经济建设为中心,以改革开放为",
                 "主线,突出南岭县域特点,用最新的数据、资料、图表、图片,形象、生动、全面地"]
CUT = "展示我县各项事业改革和建设的新状况与新经验新成就和新面貌"
# A city office's notice: its title opens on its organ and 关于, the 发文字号 and the date under it, then the 主送.
ORGAN_ABOUT = ["北山市人民政府办公室关于编纂《北山年鉴》2007卷的通知", "(北政办字〔2007〕13号 二○○七年三月十五日)",
               "各县区人民政府,市政府各工作部门:", "现就有关事项通知如下:", "一、突出重点,体现特色"]


def _text(doc) -> str:
    return "".join(b.text for p in doc.parts for b in p.blocks)


@pytest.mark.parametrize("columns,cut", [(None, 21), (20, 19), (22, 21), (26, 25)])
def test_a_title_opening_on_its_organ_and_about_takes_no_cut_sentence_over_it(columns, cut):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 关于 + 事由 + 文种, so a title whose
    line opens on its organ's whole name and 关于 begins there: the words
    before an organ can only be more organs (joint issuers) or a head that
    passes the title on ('…转发'). A store that kept its own hard wrap leaves
    short lines inside a sentence ('…全面地' over '展示我县…'), and a line the
    wrap filled under such a short line, cut inside a word where the excerpt
    ends, is that sentence's rest, naming no organ: no first line of the title
    under it, though a 发文字号 and a 主送 stand under the title
    (titles.head._head_opens_under). The cut text keeps its last words."""
    docs = _documents(STORE_WRAPPED + [CUT[:cut]] + ORGAN_ABOUT, columns)
    assert [d.title for d in docs] == ["中共南岭县委南岭县人民政府关于做好《南岭年鉴》综合卷编纂出版工作的通知",
                                       ORGAN_ABOUT[0]]
    assert docs[1].doc_number == "北政办字〔2007〕13号"
    assert docs[1].issuers == ["北山市人民政府办公室"]
    assert docs[1].addressees == "各县区人民政府，市政府各工作部门"  # (the comma restored, GB/T 15834)
    assert CUT[:cut] in _text(docs[0]).replace("\n", "")


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_wrapped_under_a_short_cut_line_keeps_its_first_line(columns):
    """The control: under the same store-wrapped text cut on a short line, the
    title's first line, filled by the wrap, over the line its words go on to
    ('…《北山年鉴》2007' / '卷的通知') is the title's, as before the rule
    (titles.head._framed_over_cut): only a line that opens on an organ and
    关于 of its own asks what stands over it."""
    docs = _documents(STORE_WRAPPED + ORGAN_ABOUT, columns)
    assert [d.title for d in docs] == ["中共南岭县委南岭县人民政府关于做好《南岭年鉴》综合卷编纂出版工作的通知",
                                       ORGAN_ABOUT[0]]
    assert docs[0].issuers == ["中共南岭县委", "南岭县人民政府"]
    assert docs[1].date == "2007-03-15"


def test_a_line_naming_organs_over_an_organ_and_about_may_still_head_the_title():
    """The control: the rule asks nothing of a line over the head that names
    organs, passes a title on, or opens a 关于 or a 《 of its own (joint
    issuers run on one line, '…转发' over the forwarded title)."""
    from builder.stages.split.titles.issuers import issuing_organs, PASSING_TAIL_RE
    from builder.stages.split.grammar import organ_names
    assert organ_names("中共北山市委办公室")
    assert PASSING_TAIL_RE.search("北山市人民政府办公室转发")
    assert not (organ_names(CUT) or issuing_organs(CUT) or PASSING_TAIL_RE.search(CUT))
