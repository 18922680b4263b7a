"""The document grammar on layouts of the two-hundred-and-fifty-second
held-out set's kind (issue #11): rural collective-economy and rural land
texts (农村集体"三资" 管理办法, 资产交易 细则, 集体经营性建设用地入市 细则,
a city 农业农村局's 意见) as city, prefecture and district portals store
them: notices issuing their 办法 and 细则 in 章 and 条, and a district's
draft 办法 titled by its place over two lines ('…管理' / '办法(征求意见稿)')
with no organ, no signature and no date. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing its 办法, the excerpt cut inside the 办法's first article, mid-sentence.
CUT_ISSUING = ["某某州人民政府办公室关于印发某某州农村集体资金资产资源管理办法的通知",
               "各县市人民政府,州直有关单位:",
               "《某某州农村集体资金资产资源管理办法》已经州人民政府研究同意,现印发给你们,请认真贯彻执行。",
               "某某州人民政府办公室", "2021年4月25日", "某某州农村集体资金资产资源管理办法", "第一章 总则",
               "第一条 为规范农村集体资金、资产、资源管理,根据有关法规,结合本州实际,制定"]
# A district's draft 办法, titled by its place, its title over two lines as the page stores it.
DRAFT = ["某某新区农村集体“三资”管理", "办法(征求意见稿)", "第一章 总 则",
         "第一条 为加强和规范农村集体“三资”管理,制定本办法。", "第二条 本办法适用于本区农村集体经济组织。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_titled_by_its_place_over_two_lines_opens_a_document_under_a_cut_sentence(columns):
    """规章制定程序条例 第七条: a rule's name is its place's or organ's name,
    its matter and its kind (办法, 规定, 细则…), perhaps with its stage after
    it ('(试行)', '(征求意见稿)'). A page may store that name over two lines,
    the kind word and the stage alone on the second. Under a sentence the
    store cut short (a clause mark above, no sentence's end), the first line
    is still the title's: a sentence runs on into a rule's name inside 《》,
    never into an unquoted one that its 第一章 or 第一条 follows. So the
    draft is a document of its own, its title whole, not the notice's tail."""
    docs = _documents(CUT_ISSUING + DRAFT, columns)
    assert [d.title for d in docs] == [CUT_ISSUING[0], "某某新区农村集体“三资”管理办法(征求意见稿)"]
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["第一章", "第一条", "第二条"]
    assert docs[1].issuers == [] and docs[1].date is None


TAIL = ["第一条 为规范农村集体资金、资产、资源管理,根据有关法规,结合本州实际,参照某某县农村集体“三资”管理",
        "办法的有关规定,制定本办法。", "第二条 本办法适用于本州农村集体经济组织。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_running_on_into_a_rules_name_stays_the_sentence(columns):
    """Control: a sentence that names another rule without 《》 and goes on
    with words, no 第一章 or 第一条 under the kind word, stays one paragraph
    of the text it stands in: no document opens on its lines."""
    docs = _documents(CUT_ISSUING[:-1] + TAIL, columns)
    assert [d.title for d in docs] == [CUT_ISSUING[0]]
    labels = [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["第一章", "第一条", "第二条"]


CUT_BEFORE_NAME = CUT_ISSUING[:-1] + ["第一条 为规范农村集体资金、资产、资源管理,根据有关法规,结合本州实际,参照"]
NAME_OVER_LATER_ARTICLE = ["某某新区农村集体“三资”管理", "办法(试行)", "第二条 本办法适用于本州农村集体经济组织。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rules_name_over_a_later_article_goes_on_with_the_cut_sentence(columns):
    """Control: the same two lines, a place's rule name and its kind with its
    stage, under a sentence cut on a verb that asks for its object ('参照'),
    with the text's 第二条 under them, not a first 第一章 or 第一条: no rule
    opens there (a rule's articles begin at its first), so the lines go on
    with the sentence and the 第二条 stays the 办法's."""
    docs = _documents(CUT_BEFORE_NAME + NAME_OVER_LATER_ARTICLE, columns)
    assert [d.title for d in docs] == [CUT_ISSUING[0]]
    labels = [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels == ["第一章", "第一条", "第二条"]
