"""The document grammar on layouts of the hundred-and-ninety-second held-out
set's kind (issue #11): land requisition and house expropriation notices
(征收土地公告, 补偿安置方案 and the 说明 and 意见 on it, 房屋征收决定) as county
and district portals and reposting sites store them, an excerpt often cut
mid-sentence right over the next document's title. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 征地公告 whose excerpt ends mid-sentence, inside its last item: nothing closes it but the next title.
CUT_NOTICE = ["某某县2019年度第二批次城镇建设用地", "征地公告", "某府告〔2020〕3号",
              "某某县2019年度第二批次城镇建设用地已经省人民政府批准征收，现将有关事项公告如下：",
              "一、批准机关：某某省人民政府。",
              "二、被征地四至范围内的土地所有权人、使用权人，于本公告发布之日起10日内到镇人民政府办理征地补偿登记手续，"
              "逾期不办理的，以镇人民政府认定结果为准。已经办理登记手"]
DECISION = ["某某市某某区人民政府房屋征收决定", "某府房征〔2021〕3号",
            "因公共利益需要，根据有关规定，现决定征收下列范围内的房屋，同时收回该范围内国有土地使用权。",
            "房屋征收范围：东至某某路，南至某某街，西至某某河，北至某某大道。", "某某市某某区人民政府", "2021年6月8日"]


@pytest.mark.parametrize("number", ["某府房征〔2021〕3号", "（某府房征〔2021〕3号）"])
@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_with_its_number_under_it_opens_a_document_under_a_sentence_cut_short(columns, number):
    """GB/T 9704 7.2.4-7.3.1: a full 标题 (organ + 事由 + 文种) with its
    发文字号 alone on the line under it (bare, as a web page sets it, or in
    brackets, as a gazette reprints it) is a document's head, though the text
    above stops mid-sentence (its excerpt cut there): a sentence that cites a
    title gives the number in brackets and goes on with words after it."""
    docs = _documents(CUT_NOTICE + [DECISION[0], number] + DECISION[2:], columns)
    assert [d.title for d in docs] == ["某某县2019年度第二批次城镇建设用地征地公告", "某某市某某区人民政府房屋征收决定"]
    assert docs[0].issuers == [] and docs[0].date is None
    assert docs[1].doc_number == "某府房征〔2021〕3号" and docs[1].date == "2021-06-08"


def test_a_title_cited_in_a_sentence_with_its_number_in_brackets_stays_the_sentences():
    """Control: a sentence that runs on into a title and its number in
    brackets, words after them ('…）的规定执行。', a particle no paragraph
    opens on), is the text above's: no frame under a title."""
    cited = CUT_NOTICE[:-1] + ["二、土地补偿费和安置补助费，依照", "某某市某某区人民政府房屋征收决定",
                               "（某府房征〔2021〕3号）的规定执行。", "某某县人民政府", "2020年5月6日"]
    docs = _documents(cited, None)
    assert [d.title for d in docs] == ["某某县2019年度第二批次城镇建设用地征地公告"]
    assert docs[0].date == "2020-05-06"


ITEM = "五、办理征地补偿登记的期限和地点征收土地四至范围内的土地所有权人使用权人持土地权属证书到镇人民政府办理补偿登记"
EXPLANATION = ["关于重新公布某某县2020年第三批次建设用地征收土地补偿安置方案的说明",
               "本批次用地已于2019年发布征收土地公告，因新法施行，拟征收土地补偿安置方案重新公告。", "特此说明",
               "某某县自然资源局", "2020年7月20日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_whole_title_that_stops_short_under_a_line_the_excerpt_filled_opens_a_document(columns):
    """GB/T 9704 7.3.1: a 标题 by its own grammar (关于 + 事由 + 文种) whose
    last line ends on its 文种 short of the measure ends there as a paragraph
    does, with no stop: a sentence that runs on into a title's words goes on
    past its 文种 on the same line, or ends in a stop. So it opens a document,
    though the line above (an item whose excerpt the store cut, no title's
    line) fills the measure."""
    item = ITEM[:2 * columns] if columns else ITEM
    docs = _documents(CUT_NOTICE[:-1] + [item] + EXPLANATION, columns)
    assert [d.title for d in docs] == ["某某县2019年度第二批次城镇建设用地征地公告", EXPLANATION[0]]
    assert docs[0].issuers == [] and docs[1].issuers == ["某某县自然资源局"] and docs[1].date == "2020-07-20"


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_sentence_the_wrap_cut_after_a_kind_word_stays_a_sentence(columns):
    """Control: a body line that fills the measure and under it a line that
    opens on 关于 and ends on a 文种 where the wrap cut it, filling the
    measure too (the sentence goes on under it), are one paragraph, no title."""
    lead = "二、被征地农村集体经济组织对补偿安置方案有异议的，可以依照某某县人民政府发布的"[:columns]
    cited = "关于做好" + "征地补偿安置和被征地农民社会保障等各项"[:columns - 9] + "工作的通知"
    body = lead + cited + "规定向某某县自然资源局申请听证。"
    docs = _documents(CUT_NOTICE[:-1] + [body, "某某县人民政府", "2020年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县2019年度第二批次城镇建设用地征地公告"]
    assert docs[0].date == "2020-05-06"


OPINION_TAIL = "文件公布的征地区片综合地价标准执行补偿，县政府同意此方案。"


@pytest.mark.parametrize("columns, head", [(18, "某某县按照省人民政府某政字[2020]74号"),
                                           (20, "某某县财政按照省人民政府某政字[2020]74号")], ids=["18", "20"])
def test_a_number_a_sentence_cites_at_a_lines_end_goes_on_with_the_sentence(columns, head):
    """GB/T 9704 7.2.4: a document's own 发文字号 stands alone on its line
    (in brackets, after a field's label, or parted by a space from the 版头's
    words); a number the sentence's words run into ('…按照省人民政府某政字
    [2020]74号'), though the wrap ends the line on its 号 among a text's first
    paragraphs, is the sentence's citation, and the sentence goes on."""
    doc, = _documents(["关于某某县2020年第三批次建设用地拟征收土地补偿安置方案的意见", "各乡镇人民政府：", head + OPINION_TAIL,
                       "某某县人民政府", "2020年7月20日"], columns)
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert head + OPINION_TAIL in texts


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_documents_own_number_under_its_title_still_ends_its_line(columns):
    """Control: the 发文字号 alone under the title, and after a field's
    label, ends where it is printed: the body is a paragraph of its own."""
    for number in ("某府发〔2020〕74号", "文号：某府发〔2020〕74号"):
        doc, = _documents(["某某县人民政府关于做好征地补偿安置工作的通知", number, "各乡镇人民政府：",
                           "现将有关事项通知如下，请认真贯彻执行。", "某某县人民政府", "2020年7月20日"], columns)
        assert doc.doc_number == "某府发〔2020〕74号"
        assert [b.text for part in doc.parts for b in part.blocks][-3] == "现将有关事项通知如下，请认真贯彻执行。"


CITED_NUMBER_BODY = "本批次申请用地已由某某县政府发布征收土地公告（某征公告〔2019〕2号），并于2019年3月11日在相关村庄公示栏进行了张贴。"


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 24, 26, 28, 30])
def test_a_number_a_sentence_cites_in_brackets_after_a_kind_word_goes_on_with_the_sentence(columns):
    """党政机关公文处理工作条例 第二十条: a sentence cites a text by its title,
    then its 发文字号 in brackets, and goes on ('…发布征收土地公告' / '（某征
    公告〔2019〕2号），并于…'). Though the wrap ends a line on the cited 文种
    right under a title, the bracket is no frame of that title: the words
    after it go on with a comma, which opens no paragraph."""
    explanation = [EXPLANATION[0], CITED_NUMBER_BODY] + EXPLANATION[2:]
    doc, = _documents(explanation, columns)
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (EXPLANATION[0], None, ["某某县自然资源局"], "2020-07-20")
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert CITED_NUMBER_BODY in texts


REPOSTED = ["关于重新张贴G240保台线某县东李庄至鲁豫界段改建工程项目拟征收土地补偿安置方案的说明",
            "本批次申请用地已由某县政府发布征收土地公告（某征公告〔2019〕2号），并于2019年3月11日在相关村庄公示栏进行了张贴。",
            "特此说明", "某县自然资源和规划局", "2020年7月20日"]
REPOSTED_OPINION = ["关于G240保台线某县东李庄至鲁豫界段改建工程项目拟征收土地补偿安置方案的意见", "各有关乡镇政府（街道办）村委会：",
                    "某县自然资源和规划局会同财政局共同拟定的拟征收土地补偿安置方案，县政府同意此方案。", "某县人民政府",
                    "2020年7月20日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 21, 22, 24, 26])
def test_a_title_closed_on_de_and_its_kind_takes_no_body_line_ending_on_a_kind_word(columns):
    """GB/T 9704 7.3.1: 关于 + 事由 + 的 + 文种, the 文种 the title's last
    word. Under a title so closed ('…安置方案的说明'), a line that the wrap
    ended on another 文种 ('本批次申请用地已由某县政府发布征收土地公告') is the
    body's first, no line of the title: a title goes on past a 文种 it cites
    only with 的, a closing mark or a word that takes the text as its own."""
    item = "五、办理征地补偿登记的期限、地点：征收土地四至范围内"
    docs = _documents(CUT_NOTICE[:-1] + [item] + REPOSTED + REPOSTED_OPINION, columns)
    assert [d.title for d in docs][1:] == [REPOSTED[0], REPOSTED_OPINION[0]]
    assert (docs[1].issuers, docs[1].date) == (["某县自然资源和规划局"], "2020-07-20")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_title_goes_on_past_the_kind_it_cites(columns):
    """Control: a 转发 title wrapped right after the 文种 it cites ('…关于
    加强某某工作的意见' / '的通知') goes on with 的 and is one title."""
    title = ["某县人民政府办公室关于转发某市人民政府关于加强征地补偿安置工作的意见", "的通知"]
    doc, = _documents(title + ["各乡镇人民政府：", "现将《某市人民政府关于加强征地补偿安置工作的意见》转发给你们，请认真贯彻执行。",
                               "某县人民政府办公室", "2020年7月20日"], columns)
    assert doc.title == "".join(title)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_goes_on_past_its_kind_with_a_bracket(columns):
    """Control: a title closed on 的 and its 文种 goes on with a bracket
    under it ('…的实施意见' / '（试行）'): one title."""
    title = ["某县人民政府关于加强征地补偿安置工作的实施意见", "（试行）"]
    doc, = _documents(title + ["各乡镇人民政府：", "为加强征地补偿安置工作，现提出如下意见。", "某县人民政府", "2020年7月20日"],
                      columns)
    assert doc.title == "".join(title)
