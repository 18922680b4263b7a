"""The document grammar on layouts of the hundred-and-thirty-eighth held-out
set's kind (issue #11): documents that define a body's functions and internal
bodies (机构职能): a body's 三定 规定 as its own page prints it, headed by the
body's name alone over 第一条. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a body's name heading its 三定 规定

BUREAU = "某某县农业农村和水利局"
RULES = ["第一条 根据《某某县机构改革方案》,制定本规定。",
         "第二条 县农业农村和水利局是县政府工作部门,为正科级。",
         "第三条 县农业农村和水利局的主要职责是:",
         "(一)贯彻执行农业农村和水利工作的方针政策。",
         "(二)负责全县农田水利建设的组织实施。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("above", [[], NOTICE, ["某某镇人民政府关于调整镇内设机构职责的通知", "镇属各单位:",
                                                "现将各办公室职责调整如下,请遵照执行。"]],
                         ids=["alone", "after a signed notice", "after a text's last sentence"])
def test_a_body_named_over_its_first_article_heads_its_rules(above, columns):
    """A body's 三定 规定 (职能配置、内设机构和人员编制规定), as the body's
    page prints it, is headed by the body's name alone, its 第一条 right
    under it. GB/T 9704 7.3.5 sets a signature's 成文日期 under it, never a
    text's first article: the name over 第一条 heads a text of its own, even
    right under the last sentence of a text with no signature."""
    docs = _documents(above + [BUREAU] + RULES, columns)
    assert [d.title for d in docs][-1] == BUREAU
    assert len(docs) == (2 if above else 1)
    assert [p.label for p in docs[-1].provisions][:3] == ["第一条", "第二条", "第三条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_under_a_title_stays_the_titles(columns):
    """Control: an organ's line right under a regulation's title (the authors
    a compilation prints there) over its 第一条 is no title of its own: one
    document, titled by the regulation's name."""
    docs = _documents(["某某县农村集体资产管理办法", "某某县人民政府"] + RULES[:2], columns)
    assert [d.title for d in docs] == ["某某县农村集体资产管理办法"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signature_over_its_date_signs_the_text_above(columns):
    """Control: an organ's name under a text's last sentence with its
    成文日期 under it is that text's signature, and a text's 第一条 further
    down opens nothing by it."""
    docs = _documents(["某某镇人民政府关于调整镇内设机构职责的通知", "镇属各单位:",
                       "现将各办公室职责调整如下,请遵照执行。", "某某镇人民政府", "2021年3月1日"], columns)
    assert len(docs) == 1
    assert docs[0].issuers == ["某某镇人民政府"]
