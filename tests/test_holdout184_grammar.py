"""The document grammar on layouts of the hundred-and-eighty-fourth held-out
set's kind (issue #11): implementing rules (实施细则) of city and county
bodies as portals, mirrors and news sites store them, a 细则 alone under its
title or issued by a 关于印发 notice, in 章 and 条. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 细则 a news site headlines with its whole title quoted in 《》 and no day after it, over its preamble.
QUOTED = ["《关于进一步支持中小企业稳定发展的具体实施细则》",
          "为深入贯彻落实省政府《关于进一步支持中小企业稳定发展的若干措施》精神，结合本市实际，制定如下实施细则。",
          "一、落实财税支持政策", "1.积极争取省级专项资金，支持生产经营暂时困难的中小微企业。",
          "2.认真落实小规模纳税人免征增值税政策。"]
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


def _items(doc):
    return [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A 细则 printed alone under its title, its excerpt cut after an article: no signature or date closes it.
RULES = ["某某市居民基本医疗保险实施细则", "第一章  总则", "第一条 为规范居民基本医疗保险工作，结合本市实际，制定本细则。",
         "第二条 本市行政区域内的居民参加基本医疗保险适用本细则。"]


@pytest.mark.parametrize("above", [NOTICE, RULES], ids=["under-a-date", "under-an-article"])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_quoting_the_whole_title_over_a_body_opening_heads_its_document(columns, above):
    """A page may headline a document with its title quoted whole in 《》
    and no day after it ('《关于…的具体实施细则》'): the marks are the page's
    (GB/T 9704 7.3.1 prints a title bare), the title one by its grammar (关于
    and a 文种 at the end), and the line under it opens the body as a body
    opens, on its purpose ('为深入贯彻…'): no sentence that opened on the
    quoted name goes on so ('…》已经市政府同意'). It heads a document of its
    own, and its preamble is no part of the title's line, under a closed
    frame or under the last article of a text cut short: it carries the
    标题 grammar (关于 … 文种) inside the page's marks."""
    docs = _documents(above + QUOTED, columns)
    assert len(docs) == 2
    doc = docs[1]
    assert doc.title.strip("《》") == "关于进一步支持中小企业稳定发展的具体实施细则"
    first = doc.parts[0].blocks[0]
    assert first.text.startswith("为深入贯彻落实省政府")
    assert [label for label, _ in _items(doc)] == ["一、", "1.", "2."]


QUOTED_IN_SENTENCE = ["某某县人民政府办公室关于印发春季植树造林实施细则的通知", "各乡镇人民政府：",
                      "《关于做好春季植树造林工作的实施细则》",
                      "已经县人民政府同意，现印发给你们，请认真贯彻执行。", "某某县人民政府办公室", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_title_a_sentence_opens_on_stays_in_it(columns):
    """Control: a sentence opening on a quoted title ('《…实施细则》' / '已经
    县人民政府同意…') goes on with its verb: the quoted name is no headline,
    the notice one document."""
    docs = _documents(QUOTED_IN_SENTENCE, columns)
    assert len(docs) == 1
    assert docs[0].date == "2021-03-01"
