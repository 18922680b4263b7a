"""The document grammar on layouts of the hundred-and-seventy-eighth held-out
set's kind (issue #11): notices of city and district science-and-technology
organs (科技局, 科学技术局, 科协) as regional sites and news aggregators store
them, the close's lines set side by side on one line. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

HEAD = ["关于组织观摩县区科技工作的预通知", "各县区科技局:",
        "为检查工作落实情况，市科技局拟定于国庆节后组织观摩。观摩具体时间另行通知。", "特此通知。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contact_run_on_after_the_signature_and_date_is_a_line_of_its_own(columns):
    """GB/T 9704 7.3.5-7.3.6: the 署名, the 成文日期 under it and the 附注's
    contact under that; a page that sets them side by side on one line,
    parted by runs of spaces, the date in Chinese numerals ('某某市科技局
    二○一○年九月二十五日   联系人:…  电 话:…'), wrapped or not, is signed by
    that organ on that day, the contact a line after the date."""
    doc, = _documents(HEAD + ["某某市科技局   二○一○年九月二十五日   联系人:张 莉  电 话:2813061   邮 箱:abc@163.com"],
                      columns)
    assert (doc.issuers, doc.date) == (["某某市科技局"], "2010-09-25")
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert texts[-3:-1] == ["某某市科技局", "二○一○年九月二十五日"] and texts[-1].startswith("联系人")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_in_a_sentence_before_a_contact_word_is_no_signature(columns):
    """Control: a body line that names an organ and a day, then words that
    open with 联系 but no field's colon ('…2010年9月25日联系各县区…'), is the
    body's sentence: no signature, no date read from it."""
    doc, = _documents(HEAD[:3] + ["市科技局2010年9月25日联系各县区科技局开展观摩，请各县区做好准备。"], columns)
    assert doc.issuers == [] and doc.date is None

