"""The document grammar on layouts of the two-hundred-and-forty-seventh
held-out set's kind (issue #11): funeral and cemetery texts of counties,
districts and cities (殡葬改革 通告, 清明 祭扫 通告, 公墓管理办法 and 殡葬管理规定
issued by 通知, 减免基本殡葬服务费用 办法) as county portals, news mirrors and
law libraries store them: a 发文字号 whose year the store lost, a headline
that quotes the whole title in 《》 under a text the store cut mid-sentence.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

# A text whose excerpt the store cut mid-sentence, with no signature: nothing closes it but the next title.
CUT_RULE = ["某某县人民政府关于印发某某县殡葬管理规定的通知", "各乡(镇)人民政府，县直各单位：",
            "《某某县殡葬管理规定》已经县政府常务会议通过，现印发给你们，请认真贯彻执行。",
            "第一条 为了加强殡葬管理，深化殡葬改革，结合我县实际，制定本规定。",
            "第二条 县、乡(镇)人民政府负责本辖区内的殡葬管理工作。严格落实殡葬工作目标管理责"]
NOTICE_YEAR_LOST = ["某某县人民政府关于全县推进殡葬领域综合改革的通告", "某政布〔〕18号",
                    "为深化殡葬改革，节约土地资源，现就有关事项通告如下：",
                    "一、全面推行火化。全县火化区居民死亡后，遗体要进行火化。",
                    "二、清理整治散埋乱葬。按照整治方案，全面清理整治三沿六区散埋乱葬坟墓。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_doc_number_whose_year_the_store_lost_is_read_as_printed(columns):
    """GB/T 9704-2012 7.2.4: the 发文字号 is the 机关代字, the 年份 in 〔〕 and
    the 序号, alone on its line under the 版头 (on a web page, under the
    title). A mirror that drops a page's figures may lose the year alone and
    keep the serial ('某政布〔〕18号'): still the document's number, kept as
    printed (what the year was cannot be told), and the report says the year
    is lost."""
    gazette = _convert(NOTICE_YEAR_LOST, columns)
    docs = gazette.documents
    assert [d.title for d in docs] == [NOTICE_YEAR_LOST[0]]
    assert docs[0].doc_number == "某政布〔〕18号" and docs[0].issuers == ["某某县人民政府"]
    assert any(d.code == "doc-number-damaged" and "年份缺失" in d.message for d in gazette.diagnostics)
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_with_empty_brackets_cited_in_a_sentence_is_no_doc_number(columns):
    """Control: the same damaged number cited inside a sentence of the body
    ('根据某政布〔〕18号文件精神，…') is the sentence's, no number of the
    document's own (GB/T 9704 prints that alone on its line); and a whole
    number stays read as it was."""
    cited = ["某某县民政局关于做好清明节祭扫工作的通知", "各乡镇人民政府：",
             "根据某政布〔〕18号文件精神，现将有关事项通知如下：", "一、倡导文明祭扫。", "二、严防森林火灾。"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [cited[0]] and docs[0].doc_number is None
    whole = [NOTICE_YEAR_LOST[0], "某政布〔2021〕18号"] + NOTICE_YEAR_LOST[2:]
    assert _documents(whole, columns)[0].doc_number == "某政布〔2021〕18号"


QUOTED_HEADLINE = ["《某某县人民政府关于全县推进殡葬领域综合改革的通告》", "某政布〔2021〕18号"] + NOTICE_YEAR_LOST[2:]
# The same headline broken over two lines as a page stores it, its number damaged.
QUOTED_BROKEN = ["《某某县人民政府关于全县", "推进殡葬领域综合改革的通告》", "某政布〔〕18号"] + NOTICE_YEAR_LOST[2:]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("notice", [QUOTED_HEADLINE, QUOTED_BROKEN], ids=["one-line", "broken"])
def test_a_quoted_headline_with_its_number_under_opens_a_document_under_a_cut_text(notice, columns):
    """A web page may quote a whole 标题 (发文机关 + 关于 + 事由 + 文种, GB/T 9704
    7.3.1) in 《》 as its headline, its 发文字号 alone on the line under it
    (7.2.4). Under a text the store cut mid-sentence it is still a document's
    title: a sentence that runs on into a quoted title goes on with words
    after the 》 (党政机关公文处理工作条例 第二十条 cites the number in brackets
    after the title, on its line), never with a number alone on the next
    line; and the tail of the cut sentence is no line of the headline the
    marks enclose."""
    docs = _documents(CUT_RULE + notice, columns)
    assert len(docs) == 2 and docs[0].title == CUT_RULE[0]
    assert docs[1].title.replace("《", "").replace("》", "") == "某某县人民政府关于全县推进殡葬领域综合改革的通告"
    assert docs[1].doc_number == notice[-4] and docs[1].issuers == ["某某县人民政府"]
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_running_into_a_quoted_title_stays_one_document(columns):
    """Control: a sentence of the body that cites a title in 《》 and goes on
    with words after it (the title on a line of its own, as a page may break
    it) opens no document, the number cited in brackets after the title's
    line as the 条例 cites it."""
    text = CUT_RULE[:4] + ["第二条 县民政局依照", "《某某县人民政府关于全县推进殡葬领域综合改革的通告》",
                           "(某政布〔2021〕18号)的规定，负责全县殡葬管理工作。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [CUT_RULE[0]]
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["第一条", "第二条"]
