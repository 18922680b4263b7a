"""The document grammar on layouts of the sixth held-out set's kind (issue
#11): rules of GB/T 9704, of the 立法法's forms of promulgation and of
numbering the converter must read whatever gazette or web page the text
comes from. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest


from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


EARLIER = ["关于做好秋季森林防火工作的通知", "各乡镇人民政府：",
           "为做好今年秋季森林防火工作，现就有关事项通知如下，请认真贯彻执行。",
           "青川县人民政府", "2011年9月2日"]
REGULATION = ["第一章 总则",
              "第一条 为了保护和合理利用本市湿地资源，根据有关法律、法规，结合本市实际，制定本条例。",
              "第二条 本市行政区域内湿地的保护、利用和管理，适用本条例。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("note", [[], ["（2012年6月28日青川市第五届人民代表大会常务委员会第九次会议通过）"]])
@pytest.mark.parametrize("organ", ["青川市人民代表大会常务委员会", "青川市第五届人民代表大会常务委员会"])
def test_a_standing_committees_announcement_promulgates_the_regulation_above_it(columns, note, organ):
    """立法法: a 地方性法规 is promulgated by its 人大常委会's 公告 (the
    organ's name, perhaps with its 届, and 公告, its 第N号 under it, the
    sentence that 现予公布 the 条例, signature, date). A gazette prints the
    条例's title above the 公告, its 题注 perhaps between (wrapped, no line of
    it a title's): one document, known by the 条例, numbered by the 公告."""
    later = ["青川市湿地保护条例", *note, f"{organ}公告", "第十二号",
             "青川市第五届人民代表大会常务委员会第九次会议于2012年6月28日审议通过的《青川市湿地保护条例》，现予公布，自2012年10月1日起施行。",
             "青川市人民代表大会常务委员会", "2012年6月29日", *REGULATION]
    docs = _documents(EARLIER + later, columns)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知", "青川市湿地保护条例"]
    assert docs[1].doc_number == f"{organ}公告第12号"
    assert docs[1].issuers == ["青川市人民代表大会常务委员会"]
    assert [p.label for p in docs[1].provisions if p.kind == "tiao"] == ["第一条", "第二条"]


def test_an_announcement_with_a_subject_is_no_order():
    """A 公告 titled by its 事由 (关于…的公告) promulgates nothing: the title
    above it is a document of its own."""
    later = ["青川市人民政府关于开展第一次全国地理国情普查的公告", "第3号",
             "根据国务院的统一部署，本市自2013年起开展第一次全国地理国情普查，现将有关事项公告如下。",
             "青川市人民政府", "2013年5月2日"]
    docs = _documents(EARLIER + later, None)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知", "青川市人民政府关于开展第一次全国地理国情普查的公告"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracketed_frame_with_the_first_paragraph_run_into_it(columns):
    """A reprint prints the 成文日期 and 发文字号 in brackets under the title
    (GB/T 9704 puts the 发文字号 on a line of its own); a page may run the
    first paragraph into that line after a space. The document is still
    found, with its number and date, and its first paragraph is whole."""
    first = "根据国务院关于加强基层政权建设的规定精神，现将我县乡镇机构设置的有关问题通知如下："
    later = ["青川县人民政府关于乡镇机构设置问题的通知", f"（1986年3月4日青政〔1986〕12号）  {first}",
             "一、乡镇设党委、人民政府和人民代表大会主席团。", "二、乡镇设立的办事机构，由县人民政府审定。"]
    docs = _documents(EARLIER + later, columns)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知", "青川县人民政府关于乡镇机构设置问题的通知"]
    doc = docs[1]
    assert (doc.doc_number, doc.date, doc.issuers) == ("青政〔1986〕12号", "1986-03-04", ["青川县人民政府"])
    assert first in [b.text for b in doc.parts[0].blocks]
    assert [p.label for p in doc.provisions] == ["一、", "二、"]


def test_a_paragraph_opening_with_a_cited_number_stays_whole():
    """Only under a title is a bracketed number a frame: a body paragraph that
    opens by citing one in brackets stays one paragraph of the same document."""
    cited = "（青政发〔2011〕7号）文件下发以来，各乡镇认真落实，成效明显，现将有关情况通报如下："
    lines = EARLIER[:3] + [cited] + EARLIER[3:]
    doc, = _documents(lines, None)
    assert doc.doc_number is None and cited in [b.text for b in doc.parts[0].blocks]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_regulations_note_under_the_orders_date_is_no_title(columns):
    """A 人大常委会 may print the 条例's 题注 (adopted, approved: two dates,
    two lines) under the 公告's date, above the 条例's 第一章: a note, not
    the title of a text the 公告 issues."""
    later = ["青川市湿地保护条例", "青川市人民代表大会常务委员会公告", "第十二号",
             "青川市第五届人民代表大会常务委员会第九次会议于2012年6月28日审议通过的《青川市湿地保护条例》，"
             "业经四川省第十一届人民代表大会常务委员会第三十一次会议于2012年7月27日批准，现予公布。",
             "青川市人民代表大会常务委员会", "2012年8月1日",
             "（2012年6月28日青川市第五届人民代表大会常务委员会第九次会议通过",
             "2012年7月27日四川省第十一届人民代表大会常务委员会第三十一次会议批准）", *REGULATION]
    docs = _documents(EARLIER + later, columns)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知", "青川市湿地保护条例"]
    assert [p.title for p in docs[1].parts[1:]] == []


CUT_SHORT = ["青川县人民政府关于同意设立青川县农产品交易市场的批复", "青府函〔1995〕25号", "县商务局：",
             "你局报来的请示收悉。经研究，同意设立青川县农产品交易市场，请持本批复到县市场监管局申请注册",
             "登记，经营范围为农产品批发、零售和仓储服务。在完成注册登记手续后，请持营业执照副本及复印件、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_framed_by_its_number_and_addressees_opens_after_a_cut_text(columns):
    """A text whose excerpt ends mid-sentence runs into nothing: the title
    under it, with its 发文字号 and its 主送机关 under that (GB/T 9704 7.2.4,
    7.3.2), opens the next document."""
    later = ["关于做好全县2015年高中阶段学校招生报名工作的通知", "青招考字〔2015〕1号", "各乡镇招生办、各有关学校：",
             "为做好我县2015年高中阶段学校招生报名工作，现将有关事项通知如下：", "1、报名时间：2015年3月15日至3月24日。"]
    docs = _documents(CUT_SHORT + later, columns)
    assert [d.title for d in docs] == ["青川县人民政府关于同意设立青川县农产品交易市场的批复",
                                       "关于做好全县2015年高中阶段学校招生报名工作的通知"]
    assert (docs[1].doc_number, docs[1].addressees) == ("青招考字〔2015〕1号", "各乡镇招生办、各有关学校")


def test_a_sentence_running_into_a_quoted_title_stays_a_sentence():
    """A sentence that runs on into a title it quotes goes on with words: no document opens."""
    lines = CUT_SHORT[:3] + ["你局报来的请示收悉。经研究，同意设立市场，并按照县人民政府印发的",
                             "关于做好全县农产品市场建设工作的通知", "要求做好登记工作。", "青川县人民政府", "1995年3月2日"]
    doc, = _documents(lines, None)
    assert doc.title == "青川县人民政府关于同意设立青川县农产品交易市场的批复"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annexed_explanation_ends_its_title_above_its_occasion(columns):
    """An 附件 that is a 说明 given at a meeting: its title (no kind word of a
    公文), then a 副题 opening with a dash (when and where it was given), the
    speaker, and the 称谓 ending in a colon. The annex is titled by its title
    alone; the occasion and speaker are its text."""
    explained = "关于《青川市湿地保护条例（草案）》的说明"
    lines = ["关于《青川市湿地保护条例（草案）》公开征求意见的公告",
             "《青川市湿地保护条例（草案）》已经市人大常委会第九次会议初次审议，现向社会公开征求意见。",
             f"附件：{explained}", "青川市人大常委会法制工作委员会", "2012年5月2日", "附件", explained,
             "——2012年4月28日在市五届人大常委会第九次会议上", "市人大常委会秘书长  王明",
             "主任、各位副主任、秘书长、各位委员：", "受主任会议委托，现就条例草案作一简要说明。"]
    doc, = _documents(lines, columns)
    assert [p.title for p in doc.parts[1:]] == [explained]
    assert doc.issuers == ["青川市人大常委会法制工作委员会"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("place, post", [("东川省", "省长"), ("东川市", "市长 李明"), ("东川自治区", "自治区代主席 王明")])
def test_an_order_signed_by_the_post_of_its_head_is_its_governments(columns, place, post):
    """GB/T 9704 10.2: a 令 is signed by its signer's post (and name); when
    its 版头 names no organ ("政府令〔2012〕第3号"), the post says whose order
    it is: the government of the place the regulation's title names."""
    lines = [f"{place}气象灾害防御规定", "政府令〔2012〕第3号",
             f"《{place}气象灾害防御规定》已经2012年3月1日政府常务会议通过，现予公布，自2012年5月1日起施行。",
             post, "2012年3月8日", f"{place}气象灾害防御规定", "第一条 为了防御气象灾害，制定本规定。"]
    doc, = _documents(lines, columns)
    assert doc.issuers == [f"{place}人民政府"]


def test_a_post_names_no_government_the_title_does_not_place():
    """A post over the date whose level no place of the title has names no issuer."""
    lines = ["气象灾害防御规定", "政府令〔2012〕第3号",
             "《气象灾害防御规定》已经2012年3月1日政府常务会议通过，现予公布，自2012年5月1日起施行。",
             "省长", "2012年3月8日", "第一条 为了防御气象灾害，制定本规定。"]
    doc, = _documents(lines, None)
    assert doc.issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_unsigned_text_is_the_government_its_title_names(columns):
    """GB/T 9704 7.2.5: 标题 = 发文机关 + 事由 + 文种, 关于 may be left out. An
    unsigned text titled by a government's full name is that government's;
    one titled by a place alone names no issuer."""
    rules = ["第一章 总则", "一、为规范县政府工作，制定本规则。", "二、县政府实行县长负责制。"]
    doc, = _documents(["东川县人民政府工作规则", *rules], columns)
    assert doc.issuers == ["东川县人民政府"]
    doc, = _documents(["东川县物业服务管理规则", *rules], columns)
    assert doc.issuers == []
