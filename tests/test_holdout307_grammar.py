"""The document grammar on layouts of the three-hundred-and-seventh held-out
set's kind (issue #11): public cultural service texts of cities, districts
and counties and their cultural institutions (a city office's 通知 issuing a
library service 方案, a 文明办's 读书活动 通知, a 领导小组办公室's 通知 urging
the districts' 实施方案, a bureau's 总分馆制 意见, a library's and a cultural
centre's opening-hours 通知 and 公告) as portals, library platforms and
WeChat mirrors store them, one run together into two lines whose last
carries the body, its 附件说明, the signer's name (broken by the page's space,
'(代章)' after it) and the date, parted by spaces. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

HEAD = ["东山市文化体系建设协调领导小组办公室关于推进各区落实文化服务实施方案的通知 东文建办〔2016〕3号"]
BODY = ("各区人民政府: 3月10日,市政府对各区实施方案作出批示,请各区尽快按责任分工落实实施,"
        "并于6月30日前报送市文化局,由我办汇总报送市政府。 特此通知。")
NEXT = ["北岭县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
        "请各乡镇在3月底前完成造林任务。", "北岭县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("signer, issuers", [
    ("东山市文化体系建设协调 领导小组办公室(代章)", ["东山市文化体系建设协调领导小组办公室"]),
    ("东山市文化体系建设协调领导小组办公室", ["东山市文化体系建设协调领导小组办公室"]),
    ("东山市文化局 东山市财政局", ["东山市文化局", "东山市财政局"])])  # (joint: the title names no organ)
def test_a_signature_and_date_run_in_after_an_annex_note_close_the_text(columns, signer, issuers):
    """GB/T 9704 7.3.4 sets the 附件说明 under the body, the annex's name with
    no stop after it, and 7.3.5 the 署名 and the 成文日期 under that; a page
    that ran them all into the body's paragraph parts them by spaces
    (split.unfold._annex_close_run_in). The name after the 附件说明's last
    space, one organ's (broken by the page's own space, its seal note
    '(代章)' after it) or joint organs' each whole, is the signature and the
    date at the line's end the 成文日期: the text is dated, the title under
    it a document of its own."""
    close = f"{BODY} 附件:市政府关于各区实施方案的批示 {signer} 2016年3月18日"
    head = HEAD if len(issuers[0]) > 10 else [HEAD[0][HEAD[0].index("关于"):]]
    docs = _documents(head + [close] + NEXT, columns)
    assert [d.title for d in docs] == [head[0].split()[0], NEXT[0]]
    assert docs[0].date == "2016-03-18"
    assert docs[0].issuers == issuers
    assert docs[1].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_words_that_name_no_organ_after_an_annex_note_are_no_signature(columns):
    """The control: after the 附件说明's name, words that are no organ's name
    ('请各区于', a sentence going on to its date) are no signature, and the
    date they run into is no 成文日期: the text stays undated, its body
    whole."""
    close = f"{BODY} 附件:各区实施方案报送表 请各区于2016年3月18日"
    docs = _documents(HEAD + [close] + NEXT, columns)
    assert [d.title for d in docs] == [HEAD[0].split()[0], NEXT[0]]
    assert docs[0].date is None
    assert docs[0].issuers == ["东山市文化体系建设协调领导小组办公室"]
