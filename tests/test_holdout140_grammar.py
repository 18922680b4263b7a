"""The document grammar on layouts of the hundred-and-fortieth held-out set's
kind (issue #11): notices that issue texts printed after them, one of them a
notice a 公示 prints whole under its 附件 mark. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 公文 printed whole under a body's 附件 mark

PUBLIC_NOTICE = ["某某县农业农村局关于《某某县农村人居环境整治实施方案》的公示",
                 "为进一步改善农村人居环境,现将《某某县农村人居环境整治实施方案》予以公示,欢迎社会各界监督。"]
ANNEXED = ["某某县人民政府办公室关于印发《某某县农村人居环境整治实施方案》的通知",
           "某政办发〔2022〕8号",
           "各乡镇人民政府,县直各单位:",
           "《某某县农村人居环境整治实施方案》已经县政府同意,现印发给你们,请认真贯彻执行。",
           "某某县人民政府办公室",
           "2022年5月6日",
           "某某县农村人居环境整治实施方案",
           "一、总体要求"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["附件:", "附件", "附件1"])
def test_a_document_printed_whole_under_a_bodys_annex_mark_is_its_annex(mark, columns):
    """GB/T 9704-2012 8: an 附件 is printed under its mark and may be a 公文
    whole, its own 发文字号, 主送, signature and date. A bare mark right under
    a body's sentence, with no signature or 成文日期 between (a 公示 prints
    none), marks the next title as that document's 附件: a document ends on
    its frame, not on a mark announcing what follows."""
    docs = _documents(PUBLIC_NOTICE + [mark] + ANNEXED, columns)
    assert [d.title for d in docs] == [PUBLIC_NOTICE[0]]
    assert ANNEXED[0] in [p.title for p in docs[0].parts[1:]]
    assert (docs[0].doc_number, docs[0].date) == (None, None)  # the 附件's frame is its own


@pytest.mark.parametrize("columns", [None, 26])
def test_an_annex_mark_under_a_date_ends_nothing_new(columns):
    """Control: a mark under a signed and dated notice (a page that ends on
    an 附件 mark whose list it lost) is no proof: the next title with its own
    发文字号 opens a document of its own."""
    docs = _documents(NOTICE + ["附件:"] + ANNEXED, columns)
    assert [d.title for d in docs] == [NOTICE[0], ANNEXED[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_document_after_a_body_with_no_mark_opens_its_own(columns):
    """Control: with no 附件 mark between, a title with its 发文字号 under it
    after a body's last sentence opens a document of its own."""
    docs = _documents(PUBLIC_NOTICE + ANNEXED, columns)
    assert [d.title for d in docs] == [PUBLIC_NOTICE[0], ANNEXED[0]]
