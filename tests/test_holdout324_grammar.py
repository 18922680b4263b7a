"""The document grammar on layouts of the three-hundred-and-twenty-fourth
held-out set's kind (issue #11): historic and cultural city, block, building
and traditional-village protection texts of cities, prefectures and counties
(a government's 通知 publishing its 历史建筑 list, a prefecture's 通知 issuing
its 传统村落 plan, a municipality's 批复 setting up a 历史文化街区) as their
sites, portals and law libraries store them, one whose title the store cut
before its 文种 ('…保护名录的') right under a plan the store cut inside a
sentence, its long 主送 wrapped over several lines down to its colon. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A prefecture's notice issuing its plan, the plan cut by the store inside a sentence ('…,培').
ISSUING_CUT = ["州人民政府关于印发南岭州古村落保护五年行动计划的通知", "南府发〔2021〕13号", "各县(市)人民政府,州政府有关部门:",
               "《南岭州古村落保护五年行动计划》已经州人民政府研究同意,现印发给你们,请认真贯彻执行。", "南岭州人民政府",
               "2021年12月29日", "南岭州古村落保护五年行动计划", "为加快推进我州古村落保护发展,特制定本行动计划。",
               "一、总体目标", "到2023年,采取州级统筹的模式,完成古村落集中连片保护利用示范州建设,培"]
# A city government's notice, its organ over the rest of its title, which the store cut before its 文种; its 主送
# longer than a line of 18 or 26 columns.
CUT_KIND = ["东山市人民政府", "关于公布东山市第一批历史建筑保护名录的",
            "各县(市、区)人民政府,市经济开发区、城乡一体化示范区管委会,市人民政府各部门:",
            "为加强我市历史建筑保护和管理,经研究,确定东山大闸为我市第一批历史建筑,现予以公布。",
            "附件:东山市第一批历史建筑保护名录", "2020年4月23日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_over_a_wrapped_addressee_opens_its_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1-7.3.2: a 标题 by its grammar (发文机关 + 关于 + 事由,
    here cut by the store before its 文种) with its 主送 under it frames a
    document, though the line above stops mid-sentence: a sentence runs on
    into a title with words, not with a list of organs and a colon. A 主送
    the wrap carried over several lines down to its colon (titles
    _addressees_tail) frames it as one printed on a single line does; the
    plan above ends where the store cut it."""
    docs = _documents(ISSUING_CUT + CUT_KIND, columns)
    assert [d.title for d in docs] == [ISSUING_CUT[0], "".join(CUT_KIND[:2])]
    assert (docs[1].issuers, docs[1].date) == (["东山市人民政府"], "2020-04-23")
    assert docs[1].addressees == "各县（市、区）人民政府，市经济开发区、城乡一体化示范区管委会，市人民政府各部门"  # (as normalized)
    assert (docs[0].issuers, docs[0].date) == (["南岭州人民政府"], "2021-12-29")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_wrapped_list_under_a_cut_sentence_without_a_titles_grammar_frames_nothing(columns):
    """The control: lines under the cut sentence that hold no 标题's grammar
    (no 发文机关 and 关于 or 印发, a sentence's words going on) over the same
    wrapped list of organs and colon open no document: they are the
    sentence's rest and what it addresses, the plan's text."""
    rest = ["育一批特色村寨名录并予以公布", CUT_KIND[2], "请按照本行动计划认真组织实施。"]
    docs = _documents(ISSUING_CUT + rest, columns)
    assert [d.title for d in docs] == [ISSUING_CUT[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭州人民政府"], "2021-12-29")
