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


CUT_OPEN = ["西岭市人民政府办公室关于构建全市图书馆服务体系的通知", "各县区人民政府：",
            "现就构建全市图书馆服务体系通知如下：", "一、服务体系的层级关系", "第一层(中心馆) 西岭市图书馆",
            "第三层(分馆)乡镇(街"]


@pytest.mark.parametrize("spaced", [True, False])
def test_a_spaced_title_with_its_number_under_an_aside_cut_open_opens_a_text(spaced):
    """GB/T 9704 7.3.1 and 7.2.4: a whole 标题 (发文机关 + 关于 + 事由 + 文种)
    with its 发文字号 after it, closing nothing opened above, under an excerpt
    the store cut inside a bracket ('乡镇(街'), is a title of its own, not the
    aside going on (split.unfold._aside_cut_over); a page that sets the head
    with spaces between its organ and its 关于 and where its lines broke is
    read with them closed up, as its title is."""
    title = ("东山市文化体系建设协调领导小组办公室 关于推进各区落实文化服务 体系实施方案的通知" if spaced
             else "东山市文化体系建设协调领导小组办公室关于推进各区落实文化服务体系实施方案的通知")
    close = f"{BODY} 附件:市政府关于各区实施方案的批示 东山市文化体系建设协调领导小组办公室 2016年3月18日"
    docs = _documents(CUT_OPEN + [f"{title} 东文建办〔2016〕3号", close], None)
    assert [d.title for d in docs] == [CUT_OPEN[0], title.replace(" ", "")]
    assert docs[1].doc_number == "东文建办〔2016〕3号" and docs[1].date == "2016-03-18"


def test_a_spaced_line_that_is_no_title_goes_on_with_the_aside_left_open():
    """The control: under a bracket left open, a line whose words are no 标题
    by its grammar (no organ's name whole before 关于, spaces or not) goes on
    inside the aside; no text opens on it."""
    docs = _documents(CUT_OPEN + ["道办事处 综合文化站)为分馆,实行统一管理。"], None)
    assert [d.title for d in docs] == [CUT_OPEN[0]]


def test_an_annex_name_a_space_cut_runs_on_into_no_signer():
    """Control: where a scan's space or a line's end fell inside the 附件说明's
    name ('…工作 要点某某省教育厅', '…编制说' / '明某某市生态环境局'), the words
    after it hold a 文种, which no organ's name holds: no signer is read there
    (unfold.NOT_IN_ORGAN_RE), and a whole organ's name still is."""
    from builder.stages.split.unfold.closes import _annex_signers
    assert _annex_signers("要点某某省教育厅") is None
    assert _annex_signers("编制说明某某市生态环境局") is None
    assert _annex_signers("某某市公共文化服务体系建设协调领导小组办公室") == "某某市公共文化服务体系建设协调领导小组办公室"
