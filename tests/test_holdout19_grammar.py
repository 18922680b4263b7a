"""The document grammar on layouts of the nineteenth held-out set's kind
(issue #11): orders of the President and of a ministry, a 决议 titled by the
session that adopted it, a 版头 over an unsigned text, a 题注 of several
events, and the edges where one text ends and the next title begins (a
list's last name the wrap put on a line of its own, a body line indented and
full). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path; a case that needs a break at one place gives its lines as printed.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Paragraph, Provision

from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _printed(lines: list[str]):
    """Lines as an extractor printed them, each break where the page put it."""
    return convert(("\n".join(lines) + "\n").encode("utf-8"), "x/x.txt", "x").documents


def _paragraphs(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


def _articles(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- orders (GB/T 9704 10)

LAW = ["中华人民共和国某某管理法", "（2001年3月1日第九届全国人民代表大会常务委员会第二十次会议通过）",
       "第一条 为了规范某某工作，制定本法。", "第二条 本法自2001年6月1日起施行。"]


def _presidential(number_line: list[str]) -> list[str]:
    return number_line + ["《中华人民共和国某某管理法》已由中华人民共和国第九届全国人民代表大会常务委员会第二十次会议于2001年3月1日通过，"
                          "现予公布，自2001年6月1日起施行。", "中华人民共和国主席 某某某", "2001年3月1日"] + LAW


@pytest.mark.parametrize("number_line", [["中华人民共和国主席令（九届第40号）"], ["中华人民共和国主席令", "（九届第40号）"],
                                         ["中华人民共和国主席令", "第四十号"]])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_presidents_order_is_a_ling_numbered_by_its_term(number_line, columns):
    """GB/T 9704 10.1: an order's 发文机关标志 is its organ's name and 令; the
    President promulgates laws by 主席令 (宪法 第八十条), numbered anew by each
    届 of the National People's Congress ('（九届第40号）'), the number on the
    order's line or under it. The order is known by the law it promulgates,
    its number is its 发文字号, its issuer the President."""
    docs = _documents(_presidential(number_line), columns)
    assert [d.title for d in docs] == ["中华人民共和国某某管理法"]
    assert docs[0].kind == "令" and docs[0].issuers == ["中华人民共和国主席"] and docs[0].date == "2001-03-01"
    term = "九届" if "九届" in number_line[-1] else ""
    assert docs[0].doc_number == f"中华人民共和国主席令{term}第40号"
    assert _articles(docs[0]) == ["第一条", "第二条"]


def _signers(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph) and b.role == "signature"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_orders_signer_by_post_and_name_is_its_signature(columns):
    """GB/T 9704 10.2: a 令 is signed by its signer's post and name over its
    date, the President's and a minister's as a governor's: that line is set
    as the signature, not as a paragraph of the body."""
    assert _signers(_documents(_presidential(["中华人民共和国主席令", "第四十号"]), columns)[0]) \
        == ["中华人民共和国主席 某某某"]
    assert _signers(_documents(MINISTRY, columns)[0]) == ["部长：某某某"]


MINISTRY = ["某某部令2007年第9号 某某备案管理办法",
            "《某某备案管理办法》已经某某部部务会议讨论通过，现予公布，自2007年5月1日起施行。",
            "部 长：某某某", "二〇〇七年四月三十日", "某某备案管理办法",
            "第一条 为了规范某某备案，制定本办法。", "第二条 本办法自2007年5月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_ministrys_order_with_its_serial_and_title_on_one_line(columns):
    """A web page heads a ministry's 令 with its name, its serial and the
    title of what it promulgates on one line: that is the 令's 发文机关标志,
    its 令号 and the title, as GB/T 9704 (10.1, 10.2) prints them one a line;
    the order is issued by the organ its name gives ('某某部令' → 某某部)."""
    docs = _documents(MINISTRY, columns)
    assert [d.title for d in docs] == ["某某备案管理办法"]
    assert (docs[0].kind, docs[0].doc_number, docs[0].issuers, docs[0].date) == \
        ("令", "某某部令2007年第9号", ["某某部"], "2007-04-30")
    assert _articles(docs[0]) == ["第一条", "第二条"]


def test_a_title_over_the_sentence_that_quotes_it_stands_alone():
    """The title of what a 令 promulgates, printed under its number, over the
    sentence that opens by quoting it ('《…》已经…通过，现予公布'): no sentence
    runs on into the very words it begins by quoting, so the title ends its
    line. A line the next one goes on from otherwise still joins it."""
    doc = _printed(["某某市人民政府令", "第7号", "某某市某某管理办法",
                    "《某某市某某管理办法》已经市人民政府常务会议通过，现予公布，自2007年5月1日起施行。",
                    "市长 某某某", "2007年4月30日", "某某市某某管理办法", "第一条 为加强管理，制定本办法。"])[0]
    assert doc.title == "某某市某某管理办法" and doc.doc_number == "某某市人民政府令第7号"
    assert "某某市某某管理办法" in _paragraphs(doc)
    assert any(p.startswith("《某某市某某管理办法》已经") for p in _paragraphs(doc))


# ---------------------------------------------------------------- issuers the frame names

MARKED = ["某某省某某厅文件", "某某发[2006]8号", "------------------", "关于规范某某登记有关问题的通知",
          "为规范某某登记工作，现就有关问题通知如下，请认真贯彻执行。",
          "一、申请登记的项目，应当符合有关规定。", "二、登记期限届满需要延续的，应当提前申请。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_masthead_over_the_doc_number_names_an_unsigned_texts_issuer(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件, over
    the 发文字号. A text that neither signs nor names its organ in its title
    (a page that kept the 版头 and lost the signature) is that organ's."""
    docs = _documents(MARKED, columns)
    assert [d.title for d in docs] == ["关于规范某某登记有关问题的通知"]
    assert docs[0].issuers == ["某某省某某厅"] and docs[0].doc_number == "某某发〔2006〕8号"
    signed = _documents(MARKED + ["某某省某某厅办公室", "2006年5月8日"], columns)[0]
    assert signed.issuers == ["某某省某某厅办公室"]  # a signature names the issuer over the 版头


SESSION = ["第十届某某省人民代表大会第四次会议关于某某省人民政府工作报告的决议",
           "（2006年3月14日第十届某某省人民代表大会第四次会议通过）",
           "第十届某某省人民代表大会第四次会议听取和审议了省长所作的政府工作报告，决定批准这个报告。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_resolution_titled_by_its_session_is_that_sessions(columns):
    """A 决议 is what a meeting adopts (党政机关公文处理工作条例 第八条): titled
    by the session of the body that adopted it, that session is its issuer,
    dated by its 题注."""
    docs = _documents(SESSION, columns)
    assert [d.title for d in docs] == [SESSION[0]]
    assert docs[0].issuers == ["第十届某某省人民代表大会第四次会议"] and docs[0].date == "2006-03-14"


# ---------------------------------------------------------------- where a text ends and the next begins

LIST_END = ["某某市人民政府办公室关于表彰2008年度政务信息工作先进集体的通报", "各县（市、区）人民政府，市政府各部门：",
            "经市政府研究，决定对2008年度政务信息工作成绩突出的单位予以通报表彰。", "某某市人民政府办公室", "2009年2月16日",
            "附件：", "2008年度政务信息工作先进集体名单",
            "二等奖：市卫生局、市环保局、市信访局、市城管执法局、某某银监分局、某某电力局"]
NEXT = ["某某市人民政府关于印发某某市重大行政决策程序规定的通知", "各县（区）人民政府，市政府直属各单位：",
        "《某某市重大行政决策程序规定》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。", "2010年9月13日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_lists_last_name_wrapped_onto_its_own_line_is_no_issuer_of_the_next_title(columns):
    """Organs one a line over a title are its issuers (GB/T 9704 7.3.5.2),
    each a name on a line of its own: a line that is an organ's ending alone
    ('局'), or the last words of a line the measure wrapped ('…银监分局、某某'
    over '电力局'), is the end of the list above."""
    docs = _documents(LIST_END + NEXT, columns)
    assert [d.title for d in docs] == [LIST_END[0], NEXT[0]]
    assert docs[1].issuers == ["某某市人民政府"]
    assert any(p.endswith("电力局") for p in _paragraphs(docs[0]))


def test_a_full_first_line_indented_and_ending_in_a_kind_word_is_no_title():
    """GB/T 9704 7.3.3: the body's paragraphs open indented two characters.
    A first line that fills the measure with its indent and ends on a kind
    word ('…考核办法') runs on into the next line: it is the sentence's, not
    the title of a text the notice issues, though the notice names it."""
    notice = Document("x", ("关于印发某某地区耕地保护责任目标考核办法的通知", "各县、市人民政府，地直有关单位：",
                            "某某地区耕地保护责任目标责任考核办法已经行署常务会议通过，现印发你们，请认真贯彻执行。",
                            "二〇〇八年四月十一日", "某某地区耕地保护责任目标考核办法", "一、考核对象：各县、市人民政府。",
                            "二、考核内容：耕地保有量。"),
                      "关于印发某某地区耕地保护责任目标考核办法的通知", None, "2008-04-11", "规范性文件")
    layout = indented([notice], columns=20)
    assert "\u3000\u3000某某地区耕地保护责任目标责任考核办法\n" in layout.text  # indented, full with its indent
    docs = convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [notice.title] and docs[0].date == "2008-04-11"
    assert [p.title for p in docs[0].parts[1:]] == ["某某地区耕地保护责任目标考核办法"]


BRACKETED_NOTE = ["关于印发《某某市乡村振兴责任制实施细则》的通知",
                  "（2023年6月21日中共某某市委常委会会议审议批准 2023年7月20日中共某某市委办公厅、某某市人民政府办公厅发布）",
                  "各区委、区政府，市委各部委办，市各国家机关，各人民团体：",
                  "经市委、市政府同意，现将《某某市乡村振兴责任制实施细则》印发给你们，请认真遵照执行。",
                  "中共某某市委办公厅", "某某市人民政府办公厅", "2023年7月20日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_bracketed_note_of_several_events_ends_where_it_closes(columns):
    """A 题注 under a title may list several dated events (adopted, approved,
    published: 通过, 批准, 发布, 公布, 施行): in brackets, it ends where they
    close, though its last line fill the measure, and the 主送 under it is
    the 主送 alone."""
    doc = _documents(BRACKETED_NOTE, columns)[0]
    assert doc.addressees == "各区委、区政府，市委各部委办，市各国家机关，各人民团体"
    assert doc.issuers == ["中共某某市委办公厅", "某某市人民政府办公厅"] and doc.date == "2023-07-20"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_doc_number_with_its_year_in_parentheses_inside_the_frames_brackets(columns):
    """A gazette reprints a document's 成文日期 and 发文字号 in brackets under
    its title; a 发文字号 may print its year in parentheses ('某政发(2010)54号',
    the 〔〕 of GB/T 9704 7.2.4 set as ASCII brackets): the frame holds both."""
    doc = _documents(["某某市人民政府关于印发某某市重大行政决策程序规定的通知", "（2010年9月13日　某政发(2010)54号）",
                      "各县（区）人民政府，市政府直属各单位：",
                      "《某某市重大行政决策程序规定》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。"], columns)[0]
    assert (doc.doc_number, doc.date) == ("某政发〔2010〕54号", "2010-09-13")
