"""The document grammar on layouts of the hundred-and-fifty-eighth held-out
set's kind (issue #11): civil affairs (民政) notices of city, county and
district 民政局 (社会组织 registration, 婚姻登记, 殡葬 and 清明 祭扫), as news
sites store them: a title the page ends on a colon over its 主送. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

# ---------------------------------------------------------------- a title's stray colon over its 主送

COLONED = ["关于2021年中元节期间文明祭祀的通告:", "全县居民朋友:",
           "为倡导文明节俭的祭祀方式,防范火灾事故,现将有关事项通告如下:",
           "一、禁止在街道、广场和居民小区焚烧纸钱。", "二、倡导鲜花祭扫、网络祭扫等文明方式。",
           "某某县民政局", "2021年8月10日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_titles_stray_colon_over_its_addressee_is_not_a_sentence(columns):
    """GB/T 9704 7.3.1: a 标题 ends on its 文种 with no punctuation; the
    主送 under it ends on the colon (7.3.2). A page that puts a colon after
    a '关于…的通告' title too still prints a title: the document is found,
    its title without the colon, its 主送, signature and date read."""
    docs = _documents(NOTICE + COLONED, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于2021年中元节期间文明祭祀的通告"]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("全县居民朋友", ["某某县民政局"], "2021-08-10")


@pytest.mark.parametrize("columns", [15, 16])
def test_a_titles_stray_colon_after_a_kind_word_the_wrap_turned_is_not_a_sentence(columns):
    """The same where the measure turns the 文种's last characters and the
    colon onto a line of their own ('…文明祭祀的通' / '告:', '…的' / '通告:'):
    the colon is the title's, read with the lines over it."""
    docs = _documents(NOTICE + COLONED, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于2021年中元节期间文明祭祀的通告"]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("全县居民朋友", ["某某县民政局"], "2021-08-10")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_lead_in_that_ends_on_a_kind_word_stays_a_sentence(columns):
    """Control: a body line that ends on a colon after a 文种 word but is a
    lead-in sentence (no '关于…' title shape, a sentence over it) stays the
    paragraph it is, and the notice above keeps it."""
    body = ["现转发省民政厅关于做好救灾工作的通知。请认真贯彻执行,具体要求见附件的通知:", "各乡镇民政办:"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a disclosure table whose first labels lost their colons

HEADLINE = "某某市行政审批服务局某某市民政局关于印发《社会组织登记办事指南(试行)》的通知"
TABLE = [f"文件名称 {HEADLINE}", "索引号 /2022-0021 公开目录: 部门文件", "公开责任部门 某某市行政审批服务局 公开形式: 主动公开",
         "文号 某行审发〔2022〕21号 成文日期: 2022年10月27日", "有效性 有效 公开日期: 2022-11-01 13:03"]
ISSUED = ["某某市行政审批服务局  某某市民政局", "关于印发《社会组织登记办事指南(试行)》的通知", "各县(市、区)行政审批服务局、民政局:",
          "现将《社会组织登记办事指南(试行)》印发给你们,请遵照执行。", "某某市行政审批服务局        某某市民政局",
          "2022年10月27日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_disclosure_table_whose_labels_lost_their_colons_is_the_pages(columns):
    """A disclosure page's table copied as text, each row's first label run
    into its value with a space where the copy lost its colon ('文件名称 …',
    '文号 某行审发〔2022〕21号 成文日期: …'), the later labels keeping theirs:
    the page's furniture as the table with colons is, its 文件名称 the 标题,
    its 文号 the 发文字号 (GB/T 9704 7.2.4), not words of a title run on
    from the headline over it."""
    doc, = _documents([HEADLINE] + TABLE + ISSUED, columns)
    assert doc.title == HEADLINE
    assert doc.doc_number == "某行审发〔2022〕21号"
    assert doc.date == "2022-10-27"
    assert doc.issuers == ["某某市行政审批服务局", "某某市民政局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_control_a_body_line_opening_on_a_labels_word_stays_text(columns):
    """Control: sentences that open on a label's word ('有效性审查…',
    '成文日期 以…为准') under a title are the body's, no fields."""
    body = ["有效性 审查由市司法局负责,每两年开展一次。", "成文日期 以签发之日为准,请各单位遵照执行。"]
    doc, = _documents(ISSUED[:3] + body + ISSUED[4:], columns)
    assert doc.title == "某某市行政审批服务局某某市民政局关于印发《社会组织登记办事指南(试行)》的通知"
    texts = " ".join(b.text for b in doc.parts[0].blocks if hasattr(b, "text"))
    assert "有效性审查由市司法局负责" in texts.replace(" ", "") and "成文日期以签发之日为准" in texts.replace(" ", "")
