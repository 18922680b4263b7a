"""The document grammar on layouts of the fifteenth held-out set's kind
(issue #11): rules the converter must read whatever export the text comes
from. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

NOTICE = ["某县人民政府办公室关于做好防汛工作的通知", "各乡镇人民政府：", "现就做好今年防汛工作通知如下，请认真贯彻落实。",
          "一、落实责任", "各乡镇要落实防汛责任人。", "某县人民政府办公室", "2021年6月1日"]
REGULATION = ["某市城市绿化条例",
              "【题注】 （2001年4月29日某市第十一届人民代表大会第四次会议通过 2001年6月3日某省第九届人民代表大会常务委员会第二十三次会议批准）",
              "【章名】 第一章 总则", "第一条 为了加强城市绿化建设，改善生态环境，制定本条例。",
              "第二条 本市行政区域内的城市绿化工作，适用本条例。"]


# ---------------------------------------------------------------- a law database's field labels

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_law_databases_field_labels_are_read_through(columns):
    """A law database exports a 法规 with its fields labelled ('【题注】',
    '【章名】'); the label is the export's, the field's text the print's: the
    题注 gives the date of adoption (立法技术规范) and '第一章 总则' heads a 章."""
    docs = _documents(REGULATION, columns)
    assert [d.title for d in docs] == ["某市城市绿化条例"]
    assert docs[0].date == "2001-04-29"
    kinds = [p.kind for p in docs[0].provisions]
    assert kinds.count("zhang") == 1 and kinds.count("tiao") == 2


def test_a_bracketed_word_that_is_no_field_label_stays_text():
    """Only a database's field names are labels: a heading printed in 【】 is
    the print's own text."""
    docs = _documents(NOTICE[:3] + ["【工作要求】各乡镇要落实防汛责任人。"] + NOTICE[5:], None)
    texts = [b.text for b in docs[0].parts[0].blocks if hasattr(b, "text")]
    assert any("【工作要求】" in t for t in texts)


# ---------------------------------------------------------------- a form's cells one per line

FORM = ["附件", "某县2025年工作计划表", "填报单位（盖章）：", "序号 |", "工作内容 |"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_forms_cells_one_per_line_are_no_title_and_end_the_text(columns):
    """A form a web page prints one cell a line, each closed by its column's
    bar ('序号 |'), is a table: its cells never begin the next document's
    title, and a 法规 title with its 题注 after the last cell opens a
    document, as after a table's last row."""
    docs = _documents(NOTICE + FORM + [line.split("】 ")[-1] for line in REGULATION], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某市城市绿化条例"]
    assert docs[1].date == "2001-04-29"


# ---------------------------------------------------------------- a title quoted whole in 《》

REPORT = ["成府发〔2003〕61号", "各区（市）县政府，市政府各部门：", "市政府决定命名10个街道办事处为示范街道。",
          "希望被命名的单位再接再厉。", "二○○三年十月三十一日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_a_page_quotes_whole_is_read_without_the_marks(columns):
    """GB/T 9704 7.3.1 prints a title bare; a web page that quotes the whole
    title in 《》 as its headline adds the marks: the title is what they
    hold, and its 发文机关 (an unsigned 通报) is read from it."""
    docs = _documents(["《某市人民政府关于命名示范街道的通报》"] + REPORT, columns)
    assert [d.title for d in docs] == ["某市人民政府关于命名示范街道的通报"]
    assert (docs[0].kind, docs[0].issuers) == ("通报", ["某市人民政府"])


def test_a_title_that_quotes_two_names_keeps_its_marks():
    """'《A》与《B》' quotes two names; the first 《 closes before the end, so no
    mark is the page's."""
    from builder.stages.split import unquoted_title
    assert unquoted_title("《某市条例》与《某市办法》") == "《某市条例》与《某市办法》"
    assert unquoted_title("《关于印发《某办法》的通知》") == "关于印发《某办法》的通知"


# ---------------------------------------------------------------- the list a reply says is appended

def _reply(body: str) -> list[str]:
    return ["某市民政局关于同意某区12个居委会为模范居委会的批复", "（某民发〔2007〕39号）", "某区民政局：",
            body, "特此批复。", "二○○七年六月二十五日", "某市社区建设模范居委会",
            "1、某街道新桥居委会", "2、某街道肇方居委会"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_list_a_reply_says_is_appended_is_a_part(columns):
    """A body that says its list follows ('名单附后') has it printed after the
    成文日期 under its own title, with or without the word 附件: that title is
    a part's, though it ends like an organ's name ('…居委会')."""
    docs = _documents(_reply("你局报告收悉。同意12个居委会为模范居委会（名单附后）。"), columns)
    assert [d.title for d in docs] == ["某市民政局关于同意某区12个居委会为模范居委会的批复"]
    assert [p.title for p in docs[0].parts[1:]] == ["某市社区建设模范居委会"]


def test_a_name_under_the_date_of_a_body_that_appends_nothing_is_no_part():
    """Without such words, an organ's name under the date is no list's title."""
    docs = _documents(_reply("你局报告收悉。同意12个居委会为模范居委会。"), None)
    assert [p.title for p in docs[0].parts[1:]] == []


# ---------------------------------------------------------------- the organ line over a 题注

COMPILED = ["某市公路路政管理办法", "某省人大常委会",
            "（1996年8月23日某市第十一届人民代表大会常务委员会第二十六次会议通过 1996年9月28日某省第八届人民代表大会常务委员会第二十三次会议批准）",
            "第一条 为加强公路路政管理，制定本办法。", "第二条 本办法适用于本市行政区域内的公路。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_organ_line_between_a_title_and_its_adoption_note_names_the_issuer(columns):
    """A law compilation prints an unsigned 法规's organ on its own line
    between the title and the 题注: the text is published under that name,
    and the 题注 dates it."""
    docs = _documents(COMPILED, columns)
    assert [d.title for d in docs] == ["某市公路路政管理办法"]
    assert (docs[0].issuers, docs[0].date) == (["某省人大常委会"], "1996-08-23")


def test_a_signed_text_keeps_its_signers():
    """The organ line is read only where nothing is signed."""
    docs = _documents(COMPILED + ["某市人民代表大会常务委员会", "1996年8月23日"], None)
    assert docs[0].issuers == ["某市人民代表大会常务委员会"]


# ---------------------------------------------------------------- a 目录 entry's page alone with its leaders

def test_a_contents_entry_whose_page_and_leaders_the_wrap_put_alone_goes_on_to_the_next():
    """A 目录 entry wrapped over several lines ends where its page is printed,
    on a line of its own with its leaders ('……3') as well as bare: the 目录
    goes on with the next entry."""
    from builder.model import Line
    from builder.stages.masthead import read_toc

    texts = ["目　　录", "某市人民政府关于命名某区等17个街道为示范", "街道的通报", "……3", "某县人民政府关于某事的通知……4"]
    toc, used = read_toc([Line(no=n, text=t) for n, t in enumerate(texts, start=1)])
    assert [(e.title, e.page) for e in toc] == [("某市人民政府关于命名某区等17个街道为示范街道的通报", 3),
                                                ("某县人民政府关于某事的通知", 4)]
    assert used == set(range(5))


# ---------------------------------------------------------------- after a text cut short

CUT_ON_HEADING = ["关于印发某市政务公开实施细则的通知", "市政府各部门：", "现将《某市政务公开实施细则》印发给你们，请遵照执行。",
                  "二OO三年十二月四日", "某市政务公开实施细则", "为促进依法行政，特制定本细则。", "一、总体目标",
                  "实行政务公开要以人民为中心。", "二、公开的范围"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_regulation_under_its_organ_line_and_note_after_a_heading_opens_a_document(columns):
    """A heading is followed by its own text, never by a 法规's title over
    the organ line a compilation prints and its 题注: a text cut short on a
    heading ('二、公开的范围') ends there, and the 法规 is a document."""
    docs = _documents(CUT_ON_HEADING + COMPILED, columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0], "某市公路路政管理办法"]
    assert (docs[1].issuers, docs[1].date) == (["某省人大常委会"], "1996-08-23")


REPORT_WITH_A_YEAR = ["2022年第八次县政府常务会议确定事项落实情况的通报",
                      "近期，县政府督查室对常务会议确定事项落实情况开展了专项督查，现通报如下。", "一、总体情况",
                      "确定事项22件，已办结6件。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_ending_in_a_kind_after_a_forms_last_cell_opens_a_document(columns):
    """A form's cell is followed by its next cell or row, never by the title
    of a 公文 ('…的通报', no 主送): a text cut short inside its form ends
    there."""
    docs = _documents(NOTICE + FORM + REPORT_WITH_A_YEAR, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPORT_WITH_A_YEAR[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_ending_in_a_kind_after_a_lists_last_item_opens_a_document(columns):
    """A list's item ('2、某街道肇方居委会') is followed by the next item or
    the text, never by the title of a 公文: the reply whose 名单 the excerpt
    cut ends there."""
    body = "你局报告收悉。经验收，你局申报的某街道新桥居委会等12个居委会达到模范居委会标准，同意为模范居委会（名单附后）。"
    report = [REPORT_WITH_A_YEAR[0], "近期，县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查，现通报如下。",
              "一、总体情况", "2022年第八次县政府常务会议确定事项22件，截至9月14日，已办结6件，正在办理16件。"]
    docs = _documents(_reply(body) + report, columns)
    assert [d.title for d in docs] == ["某市民政局关于同意某区12个居委会为模范居委会的批复", report[0]]


def test_an_item_that_reads_as_a_sentence_is_no_list_name():
    from builder.stages.split.documents import _list_item
    assert _list_item("3、豫园街道方西居委会") and _list_item("（2）某镇人民政府")
    assert not _list_item("3、各单位要按时报送，不得延误。") and not _list_item("3、")


# ---------------------------------------------------------------- OCR's spaces in a 令's heading and an organ line

ORDER = ["某市人民政府 令第 16 号", "《某市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过，现予发布实施。",
         "市长：某某", "一九九四年五月十八日", "某市行政复议程序规定", "第一条 为保证行政机关依法行政，制定本规定。"]


def test_a_space_a_scanner_left_before_an_orders_ling_is_inside_its_heading():
    """A 令's heading is the organ's full name with 令 and its number (GB/T
    9704 10.2): the space OCR leaves before 令 parts no words, so the number
    is read and the 令 is its organ's."""
    docs = _documents(ORDER, None)
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == ("某市人民政府令第16号", ["某市人民政府"], "1994-05-18")


def test_an_organ_line_ocr_spaced_is_one_issuer():
    """The organ line over a 题注 is read as a signature is, through the
    spaces OCR leaves inside a name."""
    docs = _documents([COMPILED[0], "某省人大 常委会"] + COMPILED[2:], None)
    assert docs[0].issuers == ["某省人大常委会"]


# ---------------------------------------------------------------- a pinyin annotation a parted line cut off

def test_a_pinyin_annotation_the_wrap_put_under_a_blank_line_is_removed():
    """A mirror's pinyin after a character is no printed text; where the wrap
    put it at the head of the next line and the extractor parted every line
    by a blank one ('…新聞發' / '' / '(fā)布會…'), it is still the annotation."""
    from builder.stages.decode import decode
    decoded = decode("關於報送新聞發\n\n(fā)布會計劃的通知\n".encode("utf-8"))
    assert decoded.text == "關於報送新聞發\n\n布會計劃的通知\n"
    assert decoded.repairs and "發(fā)" in decoded.repairs[0][1] and decoded.repairs[0][0] == 3


# A notice whose excerpt ends on an outline heading, and a 令 printed after it with its 标志 and 令号 on one line.
CUT_ON_HEADING = ["某市人民政府关于印发某市社会保险市级统筹实施办法的通知", "各县（市、区）人民政府：",
                  "现将《某市社会保险市级统筹实施办法》印发给你们，请认真贯彻执行。", "一、统筹的范围",
                  "我市将所辖县（市、区）的社会养老保险纳入市级统筹。", "二、机构、人员、经费管理"]
ORDER_ON_ONE_LINE = ["某市人民政府令第16号",
                     "《某市行政复议程序规定》业经1994年4月25日市政府常务会议讨论通过，现予发布实施。",
                     "市长：某某某", "1994年5月18日", "某市行政复议程序规定",
                     "第一条 为保证各级行政机关依法行政，制定本规定。",
                     "第二条 公民、法人或者其他组织可以依照本规定向行政机关申请复议。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_whose_mark_and_serial_share_a_line_opens_under_a_heading(columns):
    """GB/T 9704 10.1-10.2: a 令's 发文机关标志 and 令号 ('某市人民政府令第16号', one line as a page prints them)
    head the order wherever it stands, though the text above ends on an outline heading (an excerpt cut there):
    a list of documents names a 令 by the rule it promulgates, its number in brackets, never by the 标志."""
    docs = _documents(CUT_ON_HEADING + ORDER_ON_ONE_LINE, columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0], "某市行政复议程序规定"]
    assert (docs[1].doc_number, docs[1].date) == ("某市人民政府令第16号", "1994-05-18")


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_cited_under_a_heading_opens_nothing(columns):
    """Control: a sentence under the heading that cites the order by its 标志 and 令号 goes on with words: no
    document opens there."""
    docs = _documents(CUT_ON_HEADING + ["某市人民政府令第16号规定的复议机构继续履行职责。", "某市人民政府",
                                        "2004年4月30日"], columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0]]
