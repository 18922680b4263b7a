"""The document grammar on layouts of the three-hundred-and-fifty-seventh
held-out set's kind (issue #11): e-commerce, express delivery and logistics
texts of cities (a city government's 通知 issuing its 物流 实施意见, an
office's 通知 issuing its 快递示范城市 方案 on a mirror in traditional
characters, a 电商 实施意见 in its 征求意见稿, an office's 邮政 通知 stored as
one line) as their portals, mirrors and law sites store them: an excerpt
cut mid-sentence, even inside a numbered item, over the next text's title
that a page quotes whole in 《》 as its headline, its 发文字号 bare under it
and its 主送 under that. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A draft 意见 whose excerpt the store cut mid-sentence, no signature.
CUT_DRAFT = ["某某市人民政府关于深入推进电商发展的实施意见(征求意见稿)", "各区、县人民政府,市政府各部门:",
             "根据有关要求,提出如下实施意见:", "全市电子商务开拓国内市场,结合省里的万企电"]
# The same, cut inside a numbered item.
CUT_ITEM = ["某某市人民政府关于深入推进电商发展的实施意见(征求意见稿)", "各区、县人民政府,市政府各部门:",
            "根据有关要求,提出如下实施意见:", "一、主要内容",
            "(二)电子商务开拓国内市场。深入实施电子商务拓市场工程,利用我市电子商务平台优势,建立网络销售体系,结合省“万企电"]
# A city office's 印发 notice, its title quoted whole in 《》 as a page's headline, its number bare under it.
QUOTED = ["《南岭市人民政府办公厅关于印发南岭市快递示范城市实施方案的通知》", "南政办〔2021〕48号",
          "各区人民政府,市人民政府各部门:", "《南岭市快递示范城市实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。",
          "南岭市人民政府办公厅", "2021年5月7日"]
# The same on a mirror in traditional characters ('關于').
QUOTED_TRADITIONAL = ["《南嶺市人民政府辦公廳關于印發南嶺市快遞示範城市實施方案的通知》", "南政辦〔2021〕48號",
                      "各區人民政府,市人民政府各部門:", "《南嶺市快遞示範城市實施方案》已經市人民政府同意,現印發給你們,請認真組織實施。",
                      "南嶺市人民政府辦公廳", "2021年5月7日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_headline_over_its_bare_number_and_its_addressees_opens_a_document_under_a_cut_sentence(columns):
    """党政机关公文处理工作条例 第二十条 and GB/T 9704 7.2.4, 7.3.1-7.3.2: a
    sentence cites a title with its 发文字号 in brackets after it and goes
    on with words; a web page quotes a whole 标题 in 《》 as its headline
    (the marks are the page's), its 发文字号 printed bare on a line of its
    own under it and its 主送 under that. Under the tail of a sentence an
    excerpt cut, such a headline opens a document though its line (closing
    on the 》) fills the measure, or a file of unwrapped lines reads its
    measure short of it (titles.framed numbered_full_title)."""
    docs = _documents(CUT_DRAFT + QUOTED, columns)
    assert [d.title for d in docs] == [CUT_DRAFT[0], "南岭市人民政府办公厅关于印发南岭市快递示范城市实施方案的通知"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("南政办〔2021〕48号", ["南岭市人民政府办公厅"],
                                                                   "2021-05-07")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_headline_in_traditional_characters_under_a_cut_item_opens_a_document(columns):
    """GB/T 9704 7.3.3 lets a numbered item the wrap filled go on in the line
    under it, and a title it cites there is its words; a whole 标题 that names
    its organ before its 关于 is none of them, in either script (a mirror in
    traditional characters prints 關于): the organ is read through the
    simplified form the grammar is written in (titles.framed _item_runs_on)."""
    docs = _documents(CUT_ITEM + QUOTED_TRADITIONAL, columns)
    assert [d.title for d in docs] == [CUT_ITEM[0], "南嶺市人民政府辦公廳關于印發南嶺市快遞示範城市實施方案的通知"]
    assert docs[1].doc_number == "南政辦〔2021〕48號"
    assert [p.label for p in docs[0].provisions] == ["一、", "（二）"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_a_sentence_cites_with_its_number_in_brackets_stays_the_sentences(columns):
    """The control: a title quoted in 《》 inside a sentence, its 发文字号 in
    brackets under it (第二十条: 先引标题，后引发文字号) and the sentence going
    on, opens no document; the text keeps its words and its signature."""
    text = ["某某县人民政府关于做好快递进村工作的通知", "各乡镇人民政府：", "为做好快递进村工作，按照",
            "《南岭市人民政府办公厅关于印发南岭市快递示范城市实施方案的通知》", "（南政办〔2021〕48号）要求，现就有关事项通知如下：",
            "请各乡镇在6月底前完成村级寄递服务站建设。", "某某县人民政府", "2021年6月1日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-06-01")
