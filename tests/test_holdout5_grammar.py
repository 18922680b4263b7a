"""The document grammar on layouts of the fifth held-out set's kind (issue
#11): GB/T 9704 rules the converter must read whatever gazette or web page
the text comes from. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped) and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)


EARLIER = ["关于做好春季植树造林工作的通知", "青川县各乡镇人民政府：",
           "为做好今年春季植树造林工作，现就有关事项通知如下，请认真贯彻执行。",
           "青川县人民政府", "2011年3月2日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_number_and_title_on_one_line_open_a_document(columns):
    """GB/T 9704 prints the 发文字号 above the title; a web page may run the two
    into one line parted by a space: the document is still found, with its number."""
    later = ["青政发〔2011〕7号 青川县人民政府关于表彰二〇一〇年度植树造林先进单位的决定",
             "各乡镇人民政府，县政府各部门：",
             "二〇一〇年，全县植树造林工作成绩显著，经研究，县政府决定对以下单位予以表彰。",
             "青川县人民政府", "2011年3月9日"]
    docs = _documents(EARLIER + later, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "青川县人民政府关于表彰二〇一〇年度植树造林先进单位的决定"]
    assert docs[1].doc_number == "青政发〔2011〕7号"


def test_a_number_cited_at_a_sentence_head_stays_in_the_sentence():
    """A body line that begins with a cited number goes on as a sentence: no title."""
    lines = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "青政发〔2010〕3号 文件要求，各乡镇要认真落实造林任务。", "青川县人民政府", "2011年3月2日"]
    docs = _documents(lines, None)
    assert len(docs) == 1 and docs[0].doc_number is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_party_and_government_offices_signed_one_a_line_are_two_issuers(columns):
    """GB/T 9704 7.3.5.2: a party committee's office and a government's office
    each sign, one a line, and the title runs their names together: two
    issuers; the 办公室 ends the party committee's name, no third organ."""
    offices = ["中共青川县委办公室", "青川县人民政府办公室"]
    lines = ["中共青川县委办公室青川县人民政府办公室关于做好春节期间安全生产工作的通知", "各乡镇党委、人民政府：",
             "春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下，请认真贯彻执行。",
             *offices, "2012年1月5日"]
    doc, = _documents(lines, columns)
    assert doc.issuers == offices


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_wrapped_title_ending_in_its_bracketed_number_opens_a_document(columns):
    """A title that carries its 发文字号 in brackets at its end, a 《》 opened on
    one line and closed on the next at a narrow measure, is still a title with
    its number; the same title cited in a sentence is not."""
    later = ["中共青川县委办公室青川县人民政府办公室印发《关于进一步加强林草防火工作的实施意见》的通知（青办发〔2012〕3号）",
             "各乡镇党委、人民政府，县直各单位：",
             "《关于进一步加强林草防火工作的实施意见》已经县委、县人民政府同意，现印发给你们，请认真贯彻执行。",
             "中共青川县委办公室", "青川县人民政府办公室", "2012年2月1日"]
    docs = _documents(EARLIER + later, columns)
    assert len(docs) == 2 and docs[1].doc_number == "青办发〔2012〕3号"
    assert docs[1].title.startswith("中共青川县委办公室青川县人民政府办公室印发")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_wrapped_sentence_citing_a_title_and_its_number_opens_nothing(columns):
    """A sentence that cites a title and its number goes on after the bracket."""
    cited = "按照县委办公室县人民政府办公室印发《关于进一步加强林草防火工作的实施意见》的通知（青办发〔2012〕3号）要求，各乡镇要认真落实。"
    lines = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "为做好今年春季植树造林工作，现就有关事项通知如下。",
             cited, "青川县人民政府", "2011年3月2日"]
    docs = _documents(lines, columns)
    assert len(docs) == 1 and docs[0].doc_number is None


def test_full_title_with_its_addressees_after_a_line_that_fills_the_measure():
    """A text that ends on a heading filling a narrow measure (an excerpt cut
    there) does not run into the full 标题 under it when the 主送机关 follows:
    the next document is found."""
    earlier = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
               "为做好今年春季植树造林工作，现就有关事项通知如下，请认真贯彻执行。", "（一）进一步落实各乡镇造林地块和苗木"]
    later = ["青川县林业局关于印发《青川县林木采伐管理办法》的通知", "各乡镇人民政府，县直各有关部门、单位，省属驻县各有关单位：",
             "现将《青川县林木采伐管理办法》印发给你们，请认真贯彻执行。", "青川县林业局", "2011年4月2日"]
    docs = _documents(earlier + later, 18)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "青川县林业局关于印发《青川县林木采伐管理办法》的通知"]


# A 发文字号 as extraction damages it: a bracket lost or run into the serial, the 号 lost.
DAMAGED_NUMBERS = ["青府办发〔202026", "青府办发〔202026号", "青府办发〔2020 26号", "青府办发2020〕26号",
                   "青府办发2020 26号", "青府办发〔2020〕26"]
TITLED = ["青川县人民政府办公室", "关于印发青川县城乡环境综合治理实施细则的通知",
          "各乡镇人民政府，县级各部门：",
          "《青川县城乡环境综合治理实施细则》已经县政府常务会议审议通过，现印发你们，请认真遵照执行。",
          "青川县人民政府办公室", "2020年10月28日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("printed", DAMAGED_NUMBERS)
def test_a_damaged_number_above_the_title_is_read_as_printed_and_reported(printed, columns):
    """GB/T 9704 7.2.4: the 发文字号 stands on its own line above the title.
    A number whose brackets or 号 extraction lost is still that line: it opens
    its document (the one before does not take it), is kept as printed (no
    guess at which digits were the year), stays on the page, and the build
    report names its line."""
    gazette = _convert(EARLIER + [printed] + TITLED, columns)
    earlier, later = gazette.documents
    assert later.title == "青川县人民政府办公室关于印发青川县城乡环境综合治理实施细则的通知"
    assert later.doc_number == printed and later.addressees == "各乡镇人民政府，县级各部门"
    assert printed not in [b.text for part in earlier.parts for b in part.blocks if hasattr(b, "text")]
    assert printed in [b.text for b in later.parts[0].blocks if getattr(b, "role", None) == "docnum"]
    damaged = [d for d in gazette.diagnostics if d.code == "doc-number-damaged"]
    assert len(damaged) == 1 and printed in damaged[0].message and damaged[0].line is not None


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("frame", ["（青府办发〔202026号）", "（2020年10月28日 青府办发〔202026号）"])
def test_a_damaged_number_in_brackets_under_the_title_is_read_as_printed(frame, columns):
    """The 发文字号 a gazette folds under the title in brackets, alone or after
    the 成文日期, damaged the same way."""
    lines = ["青川县人民政府办公室关于印发青川县城乡环境综合治理实施细则的通知", frame, *TITLED[2:4]]
    gazette = _convert(lines, columns)
    doc, = gazette.documents
    assert (doc.doc_number, doc.addressees) == ("青府办发〔202026号", "各乡镇人民政府，县级各部门")
    assert [d.code for d in gazette.diagnostics if d.code == "doc-number-damaged"] == ["doc-number-damaged"]


@pytest.mark.parametrize("printed", ["青府办发〔2020〕26号", "青府办发[2020]26号"])
def test_a_whole_number_is_no_damaged_one(printed):
    """A number with its brackets and 号 is read and normalised, and the report is silent."""
    gazette = _convert(EARLIER + [printed] + TITLED, None)
    assert gazette.documents[1].doc_number == "青府办发〔2020〕26号"
    assert not [d for d in gazette.diagnostics if d.code == "doc-number-damaged"]


def test_a_number_cited_and_cut_before_its_hao_stays_in_the_sentence():
    """A cited number the wrap cut before its 号 ("…〔2020〕26" / "号文件…") is
    no damaged 发文字号: the sentence goes on."""
    lines = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "按照青府办发〔2020〕26",
             "号文件要求，各乡镇要认真落实造林任务。", "青川县人民政府", "2011年3月2日"]
    gazette = _convert(lines, None)
    doc, = gazette.documents
    assert doc.doc_number is None
    assert "按照青府办发〔2020〕26号文件要求，各乡镇要认真落实造林任务。" in [
        getattr(b, "text", None) for b in doc.parts[0].blocks]
    assert not [d for d in gazette.diagnostics if d.code == "doc-number-damaged"]


ADDRESSEES = "各乡镇人民政府，县级各部门，青川经济开发区管委会"
BODY = "《青川县城乡环境综合治理实施细则》已经县政府常务会议审议通过，现印发你们，请认真遵照执行。"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("ending", ["", "，", "、", "："])
def test_addressees_without_their_colon_are_the_addressees(ending, columns):
    """GB/T 9704 7.3.2: the 主送机关 under the title ends in a colon; a page may
    print it without, or end it on the list's 、 or ，. A line of organ names
    right under the title and 发文字号 is still the 主送机关, and the body's first
    sentence under it a paragraph of its own."""
    lines = ["青府办发〔2020〕26号", *TITLED[:2], ADDRESSEES + ending, BODY, *TITLED[4:]]
    doc, = _documents(lines, columns)
    assert doc.addressees == ADDRESSEES
    assert BODY in [getattr(b, "text", None) for b in doc.parts[0].blocks]


@pytest.mark.parametrize("columns", [12, 18, 26])
def test_a_wrapped_list_of_addressees_without_its_colon_stays_one(columns):
    """A list the wrap cut after a 、 or inside a name goes on from line to
    line: the 主送机关 is the whole list, not its first line."""
    addressees = "各乡镇人民政府、县法院、县级各部门、县检察院，青川经济开发区管委会，县属各国有企业"
    lines = ["青府办发〔2020〕26号", *TITLED[:2], addressees, BODY, *TITLED[4:]]
    doc, = _documents(lines, columns)
    assert doc.addressees == addressees


@pytest.mark.parametrize("columns", [None, 18])
def test_organ_names_heading_a_sentence_are_no_addressees(columns):
    """A body whose first sentence begins with organ names, in a document with
    no 主送机关 (a 通告), is no 主送机关: the sentence stays whole."""
    sentence = "各乡镇人民政府、县级各部门要高度重视城乡环境综合治理工作，切实加强组织领导。"
    lines = ["青川县人民政府关于开展城乡环境综合治理的通告", sentence, "特此通告。", "青川县人民政府", "2020年10月28日"]
    doc, = _documents(lines, columns)
    assert doc.addressees is None
    assert sentence in [getattr(b, "text", None) for b in doc.parts[0].blocks]


def _issue(body: list[str], columns: int | None):
    """A printed issue whose 目录 groups the two documents under their issuers' 发文机关标志."""
    front = ["青川县人民政府公报", "2020年第6期", "2020年11月10日", "目　　录",
             "青川县人民政府文件", EARLIER[0] + "……1", "青川县人民政府办公室文件", TITLED[0] + TITLED[1] + "……2", ""]
    return convert("\n".join(front + laid_out(body, columns)).encode("utf-8"), "x/issue.txt", "issue")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_toc_sections_issuer_mark_over_a_number_is_the_documents_masthead(columns):
    """GB/T 9704 7.2: the 版头 is the 发文机关标志 (XX文件) with the 发文字号 under
    it. A 目录 that groups documents under the same 标志 does not make that line
    a running header: inside the text, over a 发文字号, it opens its document,
    which keeps it; the document before ends above it."""
    gazette = _issue(["青川县人民政府文件", *EARLIER, "青川县人民政府办公室文件", "青府办发〔2020〕26号", *TITLED],
                     columns)
    earlier, later = gazette.documents
    assert later.doc_number == "青府办发〔2020〕26号"
    assert [b.text for b in later.parts[0].blocks[:2]] == ["青川县人民政府办公室文件", "青府办发〔2020〕26号"]
    assert "青川县人民政府办公室文件" not in [getattr(b, "text", None) for b in earlier.parts[0].blocks]
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_toc_sections_issuer_mark_over_its_own_title_is_the_documents_masthead(columns):
    """The same 版头 over a title that begins with the organ's name (标题 =
    发文机关 + 事由 + 文种), the 发文字号 in brackets under the title as a gazette
    reprints it: the document keeps it."""
    gazette = _issue(["青川县人民政府文件", *EARLIER, "青川县人民政府办公室文件", TITLED[0] + TITLED[1],
                      "（青府办发〔2020〕26号）", *TITLED[2:]], columns)
    earlier, later = gazette.documents
    assert later.doc_number == "青府办发〔2020〕26号"
    assert later.parts[0].blocks[0].text == "青川县人民政府办公室文件"
    assert "青川县人民政府办公室文件" not in [getattr(b, "text", None) for b in earlier.parts[0].blocks]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_toc_sections_issuer_mark_over_a_title_that_opens_on_about_is_the_documents_masthead(columns):
    """The same 版头 over a title that leaves out the organ it names and opens
    its 事由 with 关于, the 发文字号 in brackets under it; the text above ends
    on a heading (an excerpt cut short): the document keeps its 版头."""
    cut_short = ["关于做好春季植树造林工作的通知", "青川县各乡镇人民政府：", "现就有关事项通知如下：", "一、造林任务"]
    gazette = _issue(["青川县人民政府文件", *cut_short, "青川县人民政府办公室文件", TITLED[1],
                      "（青府办发〔2020〕26号）", *TITLED[2:]], columns)
    earlier, later = gazette.documents
    assert later.doc_number == "青府办发〔2020〕26号"
    assert later.parts[0].blocks[0].text == "青川县人民政府办公室文件"
    assert "青川县人民政府办公室文件" not in [getattr(b, "text", None) for b in earlier.parts[0].blocks]


@pytest.mark.parametrize("folio", ["- 2 -", "2"])
def test_the_same_mark_under_a_page_break_is_the_running_header(folio):
    """The 标志 printed right under a page's number, above the 发文字号, is the
    section's running header on that page: page furniture, in no document."""
    gazette = _issue(["青川县人民政府文件", *EARLIER, *TITLED[:2], folio, "青川县人民政府办公室文件",
                      "青府办发〔2020〕26号", *TITLED[2:]], None)
    earlier, later = gazette.documents
    assert later.doc_number == "青府办发〔2020〕26号"
    texts = [getattr(b, "text", "") for d in gazette.documents for b in d.parts[0].blocks]
    assert not [text for text in texts if "青川县人民政府办公室文件" in text]


@pytest.mark.parametrize("columns", [None, 22, 26])
@pytest.mark.parametrize("printed", ["青府办发〔202026号", "青府办发2020 26号"])
def test_a_damaged_number_run_into_its_title_line_opens_the_document(printed, columns):
    """The 版头 a web page runs into the title's line, its number damaged: the
    number is still the line above the title, read as printed. (Without its
    号, the space between its digits and the title is an extractor's gap the
    layout stage closes: no boundary is left to read.)"""
    title = "青川县人民政府办公室关于印发青川县城乡环境综合治理实施细则的通知"
    gazette = _convert(EARLIER + [f"{printed} {title}", *TITLED[2:]], columns)
    earlier, later = gazette.documents
    assert (later.title, later.doc_number) == (title, printed)
    assert [d.code for d in gazette.diagnostics if d.code == "doc-number-damaged"] == ["doc-number-damaged"]


# ---------------------------------------------------------------- a title and its number under an outline heading

RIGHTS_PLAN = ["某某市关于深化“市县同权”改革的实施意见", "为深化放管服改革，制定本实施意见。", "三、主要任务"]
ISSUING = "中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(某办发〔2017〕2号)"
ISSUING_BODY = ["各县市区委、人民政府,市直各单位:",
                "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请认真贯彻执行。",
                "中共某某市委办公室", "某某市人民政府办公室", "2017年1月10日"]


@pytest.mark.parametrize("heading", ["(一)优化同权事项,拓展改革覆盖面", "第一篇 立足新时代,开创高质量发展新局面"])
def test_a_title_with_its_number_under_an_outline_heading_an_excerpt_ends_on_opens_a_document(heading):
    """GB/T 9704 7.3.3: a heading of the body's outline (一、, （一）, 第一篇…)
    stands on its own line with no stop after it, though a comma parts its
    two phrases; no sentence flows on from it. So a title carrying its
    发文字号 in brackets under such a heading (an excerpt the store cut
    right after it) is a title and its number, not a sentence citing them."""
    docs = _documents(RIGHTS_PLAN + [heading, ISSUING] + ISSUING_BODY, None)
    assert [d.title for d in docs] == [RIGHTS_PLAN[0], ISSUING[:ISSUING.index("(")]]
    assert docs[1].doc_number == "某办发〔2017〕2号"


def test_a_title_and_number_a_sentence_flows_into_stay_its_citation():
    """Control: a sentence's line that stops mid-clause ('…按照市委办公室')
    over the same words and number, the sentence going on after them, cites
    them: no document begins there."""
    docs = _documents(RIGHTS_PLAN + ["各地要认真学习,按照市委办公室", ISSUING + "的要求抓好落实。"], None)
    assert [d.title for d in docs] == [RIGHTS_PLAN[0]]


# A notice closed by its 版记's 印发 line, the store's date short of its 日, and the next notice's title under it.
PRINTED_BY = ["关于下达中央财政2018年第一批造林补贴资金的通知", "各区县（市）财政局：",
              "现将中央财政2018年第一批造林补贴资金下达给你们，请确保专款专用，充分发挥资金使用效益。", "某某市财政局",
              "2018年1月17日", "信息公开选项:主动公开", "某某市财政局办公室 共印7份 2018年1月17印发"]
CANCELLED_FAIR = ["某某镇人民政府关于取消某某村庙会的通告",
                  "为全力做好我镇疫情防控、确保广大人民群众健康安全，经研究，决定取消今年某某村庙会。", "某某镇人民政府",
                  "2020年1月26日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_printing_line_of_a_colophon_is_no_line_of_the_title_under_it(columns):
    """GB/T 9704 7.4.3: the 版记's last line names the office that printed the text and the day (perhaps the copies,
    '共印7份'). An organ's name holds no figures, so that line, however full, is no 发文机关 cut by the wrap over the
    next title's '…镇人民政府关于…': the title under it begins on its own line."""
    docs = _documents(PRINTED_BY + CANCELLED_FAIR, columns)
    assert [d.title for d in docs] == [PRINTED_BY[0], CANCELLED_FAIR[0]]
    assert docs[1].issuers == ["某某镇人民政府"]


@pytest.mark.parametrize("columns", [18, 26])
def test_an_organ_named_with_numerals_cut_by_the_wrap_heads_its_title(columns):
    """Control: an organ whose name counts in Chinese numerals ('…第七次全国人口普查领导小组办公室'), cut by the
    wrap before its 关于, is still the title's 发文机关 over the line under it."""
    title = "某某县第七次全国人口普查领导小组办公室关于做好人口普查登记工作的通知"
    docs = _documents(PRINTED_BY + [title, "各乡镇人民政府：", "现就做好人口普查登记工作通知如下，请认真贯彻执行。",
                                    "某某县第七次全国人口普查领导小组办公室", "2020年10月9日"], columns)
    assert [d.title for d in docs] == [PRINTED_BY[0], title]
