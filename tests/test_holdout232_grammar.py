"""The document grammar on layouts of the two-hundred-and-thirty-second
held-out set's kind (issue #11): urban environment rules of cities, counties
and districts (生活垃圾分类 实施方案, 噪声 and 餐厨 通告, a 住建局's 扬尘
行动方案 notice) as portals, news sites and mirrors store them, each an
excerpt the store may cut mid-sentence, the next document's headline under
it. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 通告 whose excerpt the store cut mid-sentence: nothing closes it but the next title.
CUT_NOTICE = ["某某县人民政府关于开展城区餐厨垃圾集中整治的通告",
              "为规范城区餐厨垃圾收运处置，现将有关事项通告如下：",
              "一、整治内容：城区内所有餐饮单位产生的餐厨垃圾。",
              "二、法律责任。对违反规定的，由县城管局、县市场监管局、县"]
# A headline as a web page sets it: the title, the page's space, then the bare 发文字号 (GB/T 9704 7.2.4 prints it
# under the title); then 主送, body, signature and date.
HEADLINE = ["某某市住房和城乡建设局关于印发《某某市建筑工地扬尘整治方案》的通知 某市建函〔2017〕135号",
            "各县、区住房和城乡建设局：",
            "现将《某某市建筑工地扬尘整治方案》印发给你们，请认真贯彻执行。",
            "某某市住房和城乡建设局", "2017年9月30日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_with_its_bare_number_under_a_cut_text_keeps_its_number(columns):
    """GB/T 9704 7.2.4 prints the 发文字号 under the title; a web page's
    headline sets it after the title, parted by a space, no brackets. Under a
    text the store cut mid-sentence the headline is still a 标题 by its own
    grammar (发文机关 + 关于 + 事由 + 文种, read from its own first line): the
    number after it is its document's, not a piece of the title."""
    docs = _documents(CUT_NOTICE + HEADLINE, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], HEADLINE[0].split()[0]]
    assert docs[1].doc_number == "某市建函〔2017〕135号"
    assert docs[1].issuers == ["某某市住房和城乡建设局"] and docs[1].date == "2017-09-30"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_title_and_its_number_stays_whole(columns):
    """Control: a sentence that cites a text by its title and number in
    brackets, wrapped or run on from the line above, is no headline: the
    number stays in the sentence and opens no document."""
    body = ["某某县人民政府关于加强建筑工地扬尘治理的通知", "各乡镇人民政府：",
            "为贯彻落实某某市人民政府关于加强扬尘治理的通知(某政发〔2017〕12号)和某某市住房和城乡建设局关于"
            "开展扬尘整治的通知 某市建函〔2017〕135号精神，现将有关事项通知如下：",
            "一、各乡镇要落实属地责任。", "某某县人民政府", "2017年10月8日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [body[0]]
    assert docs[0].doc_number is None
