"""The document grammar on layouts of the fortieth held-out set's kind
(issue #11): a city gazette's 部门文件, bureaus' and commissions' 规范性文件
issued by a 通知 (a 管理办法 or 实施细则 in 条, its validity clause, its
registration number '某林规〔2023〕3号'), printed one after another, some
titled by a page's headline that carries the 发文字号 in brackets after a
space. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A joint 实施细则 under its notice, closed by its 附件说明 whose last name is long.
RULES = ["某某市林业局 某某市财政局", "关于印发《某某市林木采伐违法行为举报奖励办法》的通知", "某林规〔2023〕3号",
         "各区县林业局、财政局：", "现将《某某市林木采伐违法行为举报奖励办法》印发给你们，请认真遵照执行。",
         "某某市林业局 某某市财政局", "2023年5月10日", "某某市林木采伐违法行为举报奖励办法",
         "第一条 为鼓励举报林木采伐违法行为，制定本办法。", "第二条 本办法自发布之日起施行，有效期5年。",
         "附件：1．某某市林木采伐违法行为举报奖励审批表",
         "2．某某市领取林木采伐违法行为举报奖励资金授权委托书"]
# The next bureau's notice, titled by the headline with its number after a space, wrapped inside its 《》.
HEADLINE = ["某某市水务局关于修订印发《某某市城市河道采砂许可管理实施办法》的通知 (某水发〔2023〕45号)",
            "各区县水务局:", "现将修订后的《办法》印发给你们,请遵照执行。", "某某市水务局", "2023年6月9日",
            "某某市城市河道采砂许可管理实施办法", "第一章 总 则"]


@pytest.mark.parametrize("columns", [None, 18, 22, 24, 26])
def test_a_title_under_an_annex_list_begins_below_the_last_name(columns):
    """GB/T 9704 7.3.4: an 附件说明's name too long for its line turns under
    its own first character ('2．…奖励资金' / '授权委托书'): the 附件说明 and
    what its wrap leaves end the body, and the next document's title begins
    on a line of its own below them, read by its own 标题 grammar (发文机关 +
    关于 + 事由 + 文种), its bracketed 发文字号 a line of its own
    (GB/T 9704 7.2.4), though the title's first line runs on inside its 《》."""
    docs = _documents(RULES + HEADLINE, columns)
    assert [d.title for d in docs] == [
        "某某市林业局某某市财政局关于印发《某某市林木采伐违法行为举报奖励办法》的通知",
        "某某市水务局关于修订印发《某某市城市河道采砂许可管理实施办法》的通知"]
    assert docs[1].doc_number == "某水发〔2023〕45号"
    assert docs[1].issuers == ["某某市水务局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_title_with_its_number_stays_a_sentence(columns):
    """A body item's sentence that cites a notice by its title and number
    ('3．根据《某某市水务局关于…的通知》(某水发〔2023〕45号)…') is no title:
    the numbered item is a provision of the body, no 附件说明."""
    text = ["某某市水务局关于做好河道采砂管理工作的通知", "各区县水务局:", "现就有关事项通知如下:",
            "一、加强许可管理", "1.根据某某市水务局关于修订印发《某某市城市河道采砂许可管理实施办法》的通知",
            "(某水发〔2023〕45号),各区县要严格审批。", "某某市水务局", "2023年7月1日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
