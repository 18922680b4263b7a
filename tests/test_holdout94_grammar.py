"""The document grammar on layouts of the ninety-fourth held-out set's kind
(issue #11): individual administrative decisions that governments and their
departments publish (行政复议决定书 with their 申请人, 被申请人 and 第三人 blocks,
驳回 and 不予受理 决定书, 信息公开申请答复书, decisions recovering land served on a
unit). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a decision served on the parties

REVIEW = ["某 某 区 人 民 政 府", "行 政 复 议 决 定 书", "某复〔2022〕13号", "申请人：张某某。",
          "被申请人：某某区市场监督管理局。", "法定代表人：李某，局长。",
          "申请人不服被申请人作出的举报处理告知，于2022年3月1日向本机关申请行政复议，本机关依法予以受理，现已审理终结。",
          "申请人请求：撤销被申请人作出的举报处理告知。"]
REPLY = ["某某县自然资源局政府信息公开申请答复书", "某自然资依复〔2021〕3号", "王某某：",
         "本机关于2021年3月1日收到你提出的政府信息公开申请。经检索，你申请公开的信息不存在。", "某某县自然资源局", "2021年3月10日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_review_decision_is_titled_by_its_organ_and_decision_book(columns):
    """A 行政复议决定书 (行政复议法 第七十五条) is headed by its organ and
    '行政复议决定书', each a line and letter-spaced as a 版头 is, with its
    number under them: the title ends on 决定书, whose 书 is no part of the
    number, and the 申请人 and 被申请人 blocks are its text."""
    docs = _documents(NOTICE + REVIEW, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某区人民政府行政复议决定书"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].kind) == ("某复〔2022〕13号", ["某某区人民政府"], "决定书")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_decision_book_under_its_number_is_a_document(columns):
    """A county's media centre prints the 决定书 with its number over a title
    that names no organ ('某府复决〔2024〕2号' / '行政复议决定书'): the number
    line and the title open the document, the 申请人 block its text."""
    decision = ["某府复决〔2024〕2号", "行政复议决定书", "申请人：李某某", "被申请人：某某县自然资源局",
                "申请人对被申请人作出的政府信息公开答复书不服，向本机关提出行政复议申请。本案现已审理终结。"]
    docs = _documents(NOTICE + decision, columns)
    assert [d.title for d in docs] == [NOTICE[0], "行政复议决定书"]
    assert (docs[1].doc_number, docs[1].kind) == ("某府复决〔2024〕2号", "决定书")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某市人民政府驳回行政复议申请决定书", "某某市人民政府不予受理行政复议申请决定书"])
def test_a_decision_book_is_a_document_after_one_cut_short(title, columns):
    """A 驳回 or 不予受理 决定书 titled on one line, under a text whose excerpt
    ends with no signature: its title and number open a document of its own."""
    cut = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "为做好今年春季植树造林工作，现就有关事项通知如下："]
    docs = _documents(cut + [title, "某政复驳〔2023〕2号", "申请人：李某某", "被申请人：某某县人民政府",
                             "申请人对被申请人拖延履行政府信息公开职责的行为不服，向本机关申请行政复议。现已审理终结。"], columns)
    assert [d.title for d in docs] == [cut[0], title]
    assert (docs[1].doc_number, docs[1].kind) == ("某政复驳〔2023〕2号", "决定书")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_reply_to_an_information_request_is_a_document(columns):
    """A 政府信息公开申请答复书 (政府信息公开条例 第三十六条): title ending on
    答复书, number, the applicant as its 主送, the reply, signature and date."""
    docs = _documents(NOTICE + REPLY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY[0]]
    assert (docs[1].doc_number, docs[1].addressees, docs[1].date) == ("某自然资依复〔2021〕3号", "王某某", "2021-03-10")
    assert docs[1].kind == "答复书"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_decision_book_cited_in_an_annex_note_is_no_title(columns):
    """Control: an 附件说明 naming a 决定书 ('附件：行政处罚决定书') is the
    notice's, not a title of its own."""
    notice = ["某某县市场监督管理局关于某某公司违法案件处理情况的通报", "各乡镇市场监督管理所：",
              "现将某某公司违法案件的处理情况通报如下，请各所引以为戒。", "附件：行政处罚决定书", "某某县市场监督管理局", "2022年5月6日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].date == "2022-05-06"


# ---------------------------------------------------------------- a kind word is not cut inside

HEADLINE = "行政复议决定书 某复〔2022〕13号"


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_printed_head_of_a_decision_book_keeps_its_book(columns):
    """A site's headline (the 文书's name and its 文号 after it) over the 决定书
    as printed, its organ and '行政复议决定书' letter-spaced and the number
    under them: the printed title ends on 决定书, the 书 no 代字's first
    character of the number under it (the title is not cut inside its kind
    word where a 发文字号 stands above)."""
    docs = _documents(NOTICE + [HEADLINE] + REVIEW, columns)
    assert docs[-1].title.endswith("行政复议决定书") and docs[-1].doc_number == "某复〔2022〕13号"
    assert not any((d.doc_number or "").startswith("书") for d in docs)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_new_kind_word_after_a_title_still_parts_it(columns):
    """Control: a title whose body is run in after it, opening with the
    issuer's own name, is parted at the kind word still when the next word is
    no longer kind word of it ('…的决定某某县人民政府…')."""
    title = "某某县人民政府关于表彰2021年度先进集体的决定"
    docs = _documents(NOTICE + [title + "某某县人民政府决定，对在2021年度工作中成绩突出的集体予以表彰。", "某某县人民政府",
                                "2022年1月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "2022-01-05"


# ---------------------------------------------------------------- a head printed again under the same number

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_head_under_the_headlines_own_number_is_its_repeat(columns):
    """A site's headline that names the case ('关于张某某…的行政复议决定书' and the
    文号 after it) over the 决定书's head as printed (organ, '行政复议决定书',
    the same 文号): one document, the headline its title; the second head,
    worded otherwise, is known for a repeat by its number."""
    headline = "某某区人民政府关于王某不服处理告知的行政复议决定书 某复〔2022〕13号"
    docs = _documents(NOTICE + [headline] + REVIEW, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某区人民政府关于王某不服处理告知的行政复议决定书"]
    assert (docs[1].doc_number, docs[1].issuers) == ("某复〔2022〕13号", ["某某区人民政府"])


@pytest.mark.parametrize("columns", WIDTHS)
def test_heads_under_different_numbers_are_two_documents(columns):
    """Control: a decision whose excerpt ends under its number, then another
    decision under a number of its own: two documents."""
    first = ["某某县人民政府", "不予受理行政复议申请决定书", "某政复不〔2022〕4号"]
    second = ["某某县人民政府", "行政复议决定书", "某政复决〔2022〕5号", "申请人：王某。", "被申请人：某某县某某镇人民政府。",
              "申请人不服被申请人作出的处理决定，向本机关申请行政复议，本机关依法予以受理，现已审理终结。"]
    docs = _documents(NOTICE + first + second, columns)
    assert [d.doc_number for d in docs] == [None, "某政复不〔2022〕4号", "某政复决〔2022〕5号"]


# ---------------------------------------------------------------- the wrap cutting a kind word before the number

@pytest.mark.parametrize("columns, title", [(18, "某某区人民政府关于王某的行政复议决定书"),
                                            (20, "某某区人民政府关于王某不服的行政复议决定书"),
                                            (26, "某某区人民政府关于张某某不服某某局告知的行政复议决定书")])
def test_a_kind_word_cut_before_the_headlines_number_is_mended(title, columns):
    """A headline that sets the 文号 after the title, the wrap cutting it
    inside its kind word ('…的行政复议决定' / '书 某复〔2022〕13号'): the 书 ends
    the title, and the number under it is the 文号 whole. (The wrap is the
    evidence: a title whole on its line, a line of its own under it, is not
    mended; at each measure the title is one the wrap cuts so.)"""
    docs = _documents(NOTICE + [title + " 某复〔2022〕13号"] + REVIEW[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某复〔2022〕13号"


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_sentence_citing_a_decision_book_is_no_title(columns):
    """Control: a sentence of the body that cites a 决定书, wherever the wrap
    cuts it (at 26 columns '…争议处理决定' / '书，于…'), stays the body's: no
    title, no number mended."""
    body = "申请人不服某镇人民政府作出的某某山林权属争议处理决定书，于2021年8月3日向本府申请行政复议，本府受理后依法进行了审查，现已复议终结。"
    docs = _documents(NOTICE + REVIEW[:6] + [body, "申请人请求：撤销处理决定书第三项。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某区人民政府行政复议决定书"]


# ---------------------------------------------------------------- a sentence's words before a number it cites

CITING_LINES = ["申请人王某不服某某县某某镇", "人民政府作出的某政处决字〔2021〕2号",
                "处理决定书，于2021年8月3日向本府申请行政复议，现已审理终结。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_cut_before_a_number_it_cites_opens_no_document(columns):
    """A sentence of the body, cut by an extractor's line breaks so that a line
    holds its words and the number it cites ('人民政府作出的某政处决字〔2021〕2号'):
    no 发文字号 line (a 代字 holds no 的, nor does an organ's name), so the line
    above it is no title over a number."""
    docs = _documents(NOTICE + REVIEW[:6] + CITING_LINES + ["申请人请求：撤销处理决定书。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某区人民政府行政复议决定书"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_under_a_title_that_holds_de_is_read(columns):
    """Control: the 发文字号 line under a title that holds 的 ('…关于…的决定') is
    the title's number still: the 的 is the title's, not the number line's."""
    title = "某某县人民政府关于撤销某某镇人民政府某政处决字〔2021〕2号处理决定的决定"
    docs = _documents(NOTICE + [title, "某政发〔2022〕5号", "某某镇人民政府：", "经审查，现决定撤销该处理决定。", "某某县人民政府",
                                "2022年3月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某政发〔2022〕5号"


# ---------------------------------------------------------------- a number at the head of a line the wrap carried on

NAMES = "王李张赵"


@pytest.mark.parametrize("columns, names, hills", [(18, 0, 0), (20, 0, 0), (26, 4, 6)])
def test_a_number_a_wrapped_sentence_cites_opens_no_title(columns, names, hills):
    """A body sentence that cites a 决定书 by its number and 关于 title
    ('…作出的某政处决字〔2021〕2号关于某某林权属争议处理决定书，于…'), the wrap
    cutting it so that a line opens on (part of) the number and 关于 runs on
    after it with no punctuation: the line above fills the measure and ends
    no sentence, so the number is the sentence's, no 发文字号 over a title.
    (The wrap is the evidence; at each measure the sentence is one it cuts so.)"""
    body = "申请人" + NAMES[:names] + "不服某某县某某镇人民政府作出的某政处决字〔2021〕2号关于某某" + "山" * hills \
        + "林权属争议处理决定书，于2021年8月3日向本府申请行政复议，现已审理终结。"
    docs = _documents(NOTICE + REVIEW[:6] + [body, "申请人请求：撤销处理决定书。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某区人民政府行政复议决定书"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_over_a_title_under_a_dated_line_is_split(columns):
    """Control: a 发文字号 run into the title after it ('某政发〔2021〕3号关于…的通知'),
    under a document's date (a line that ends no sentence but is no body's):
    the number over the title, as GB/T 9704 prints it."""
    docs = _documents(NOTICE + ["某政发〔2021〕3号关于做好秋季防火工作的通知", "各乡镇人民政府：", "现将有关事项通知如下：请做好防火工作。",
                                "某某县人民政府", "2021年9月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于做好秋季防火工作的通知"]
    assert docs[1].doc_number == "某政发〔2021〕3号"


# ---------------------------------------------------------------- a running head with the page's number at its end

from tests.devset.measure import doc_key  # noqa: E402  (the document's text as shown)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head", ["•4 • 某某旗人民政府公报 2025.1—2", "某某旗人民政府公报 2025年第1期 — 5 —"])
def test_a_running_head_with_its_folio_is_furniture(head, columns):
    """A gazette's page viewer gives the print's running head (书眉) with the
    page's number at its outer end ('•4 • XX旗人民政府公报 2025.1—2'): page
    furniture, not the last line of a text cut short above it, nor a line of
    the document under it."""
    cut = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "为做好今年春季植树造林工作，现就有关事项通知如下："]
    decision = ["某某旗人民政府关于收回某某中心部分国有土地的决定", "某政发〔2025〕4号", "某某中心：",
                "为实施国土空间规划，现将你单位国有土地使用权依法收回。", "某某旗人民政府", "2025年2月12日"]
    docs = _documents(cut + [head] + decision, columns)
    assert [d.title for d in docs] == [cut[0], decision[0]]
    assert not any("公报" in doc_key(d) for d in docs)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_naming_a_gazette_and_its_issue_stays(columns):
    """Control: a sentence that names the gazette and its issue after an
    article's number ('第3条 在某某市人民政府公报 2025年第1期刊登的…') is no
    running head: its words stay."""
    notice = ["某某市人民政府办公室关于做好公报发行工作的通知", "各区人民政府：",
              "第3条 在某某市人民政府公报 2025年第1期刊登的文件为标准文本。", "某某市人民政府办公室", "2025年3月1日"]
    docs = _documents(notice, columns)
    assert "2025年第1期刊登" in doc_key(docs[0])


# ---------------------------------------------------------------- a year-first number in brackets

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["〔2021〕某行复第83号", "（94）某政字第345号"])
def test_a_year_first_number_in_brackets_under_the_title_is_the_documents(number, columns):
    """A gazette reprints a document's 发文字号 in brackets under its title;
    a number with its year first ('〔2021〕某行复第83号', the older '（94）某政字
    第345号') is read there as the same number on its own line is."""
    decision = ["某某市人民政府行政复议决定书", f"（{number}）", "申请人：李某某。", "被申请人：某某区自然资源局。",
                "申请人不服被申请人作出的政府信息公开答复，向本机关申请行政复议。本案现已审理终结。"]
    docs = _documents(NOTICE + decision, columns)
    assert [d.title for d in docs] == [NOTICE[0], decision[0]]
    assert docs[1].doc_number == number


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_request_a_reply_cites_with_a_year_first_number_is_no_title(columns):
    """A 批复 opens by citing the 请示 it answers with its number in brackets,
    year first, and 收悉 ('…的请示' / '（〔1996〕某司字第82号）收悉'): the
    request is no title and its number no 发文字号 (control)."""
    reply = ["某某市人民政府关于同意某某单位迁址新建的批复", "某政函〔1996〕95号", "某某局：",
             "关于某某单位迁址新建的请示", "（〔1996〕某司字第82号）收悉，现批复如下：", "同意某某单位迁址新建。",
             "某某市人民政府", "1996年11月5日"]
    docs = _documents(NOTICE + reply, columns)
    assert [(d.title, d.doc_number) for d in docs] == [(NOTICE[0], None), (reply[0], reply[1])]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_scanners_space_inside_a_year_first_numbers_code_is_read_through(columns):
    """A scanner's space inside the 代字 of a number whose year comes first
    ('〔2020〕某行复 不第2号') is read through, as one inside a 2012-style
    number is: the line is the document's number, and the organ over the
    title opens that document instead of signing the text above."""
    decision = ["某某市人民政府", "不予受理行政复议申请决定书", "〔2020〕某行复 不第2号", "申请人：唐某。",
                "被申请人：某某县人民政府。", "经审查，本机关决定不予受理。"]
    docs = _documents(NOTICE[:3] + decision, columns)
    assert [(d.title, d.doc_number) for d in docs] == [
        (NOTICE[0], None), ("某某市人民政府不予受理行政复议申请决定书", "〔2020〕某行复不第2号")]
