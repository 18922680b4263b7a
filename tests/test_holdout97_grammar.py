"""The document grammar on layouts of the ninety-seventh held-out set's kind
(issue #11): safety and accident texts of city, county and district
governments, their 安委会 offices and 应急管理局 (事故调查报告 and the 批复
of them, 安委办 通报 and 转发 notices). Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- an office's short name in the title

@pytest.mark.parametrize("columns", WIDTHS)
def test_an_offices_short_name_in_the_title_is_the_office_that_signs(columns):
    """A title names its issuer as it likes, the signature in full: an
    办公室's short name gives the office as 办 ('某某县安委办' for 某某县安全生产
    委员会办公室, as 市政府办 for 市人民政府办公室), its words in order; it is the
    one issuer that signs, not a second."""
    title = "某某县安委办关于2021年1-10月全县安全生产情况的通报"
    docs = _documents([title, "各乡镇人民政府，县级有关单位：",
                       "截至10月31日，全县共发生各类生产安全事故7起、死亡5人，同比分别下降40%、16.7%。",
                       "某某县安全生产委员会办公室", "2021年11月5日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县安全生产委员会办公室"], "2021-11-05")


@pytest.mark.parametrize("columns", [None, 26])
def test_another_organ_in_the_title_stays_an_issuer_of_its_own(columns):
    """Control: the office the title names is not the body that signs where
    the signature is another organ's ('某某县安委办' over '某某县应急管理局'):
    both are read, the short name is no 办 of the bureau."""
    title = "某某县安委办关于2021年1-10月全县安全生产情况的通报"
    docs = _documents([title, "各乡镇人民政府，县级有关单位：",
                       "截至10月31日，全县共发生各类生产安全事故7起、死亡5人，同比分别下降40%、16.7%。",
                       "某某县应急管理局", "2021年11月5日"], columns)
    assert docs[0].issuers == ["某某县应急管理局", "某某县安委办"]


# ---------------------------------------------------------------- an 附件说明's name turned under it

FORWARD_TITLE = "区安委会办公室转发关于近期两起典型事故有关情况通报的通知"
FORWARD_BODY = ["各开发区安委会、区安委会各成员单位、各街镇：",
                "近日，市安委会办公室印发《关于近期两起典型事故有关情况的通报》，通报了两起事故。现将该通报转发给你们，"
                "请认真学习领会，深刻吸取事故教训。"]


@pytest.mark.parametrize("number, columns", [("（某安委办函〔2023〕4号）", width) for width in WIDTHS]
                         + [("", None), ("", 26)])
def test_an_annex_name_turned_after_its_about_is_no_title(number, columns):
    """GB/T 9704 7.3.4: a long 附件 name turns its line; a name that opened
    a title's 关于 ('附件：市安委会办公室关于近期两起典型事故有关') ends with 的 and
    its 文种 (7.3.1), so the line under it that ends so ('情况的通报', the
    forwarded text's 发文字号 in brackets perhaps after it) is the name's rest,
    however the page cut it: no title of a text printed, and the date under
    it is the notice's 成文日期."""
    docs = _documents([FORWARD_TITLE] + FORWARD_BODY
                      + ["附件：市安委会办公室关于近期两起典型事故有关", "情况的通报" + number, "2023年2月20日",
                         "（此件主动公开）"], columns)
    assert [d.title for d in docs] == [FORWARD_TITLE]
    assert docs[0].date == "2023-02-20"
    assert [p.title for p in docs[0].parts if p.eid != "main"] == []


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_under_an_annex_name_the_excerpt_cut_begins_a_document(columns):
    """Control: where the excerpt ends inside the 附件 name ('附件：…关于…有关')
    and the next document's title opens with its organ and its own 关于, that
    title is the next document's, not the name's rest."""
    docs = _documents([FORWARD_TITLE] + FORWARD_BODY
                      + ["附件：市安委会办公室关于近期两起典型事故有关"] + NOTICE, columns)
    assert [d.title for d in docs] == [FORWARD_TITLE, NOTICE[0]]
    assert docs[1].date == "2021-03-01"


# ---------------------------------------------------------------- a 批复's 主送, the body that asked

REPLY_TITLE = "某某区人民政府关于《某某公司“2·26”一般高处坠落事故调查报告》的批复"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_replys_addressee_the_body_calls_by_its_last_word(columns):
    """A 批复 answers the body that asked, its body opening by calling it by
    its own word ('你组关于…收悉'); the line under the title that names it
    over its colon is the 主送 (GB/T 9704 7.3.2), also where the name holds
    what no organ's ending reads (an accident's date in quotes, 调查组) and
    runs longer than a line of the frame."""
    addressee = "某某市某某区某某再生资源有限公司“2.26”一般高处坠落事故调查组"
    docs = _documents([REPLY_TITLE, addressee + "：",
                       "你组关于《某某公司一般高处坠落事故调查报告》收悉。经研究，现批复如下：",
                       "一、同意事故调查组对事故原因分析和事故性质的认定。",
                       "二、区应急管理局要及时公布调查处理结果。", "某某区人民政府", "2025年4月29日"], columns)
    assert [d.title for d in docs] == [REPLY_TITLE]
    assert (docs[0].addressees, docs[0].date) == (addressee, "2025-04-29")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_over_a_replys_body_is_no_addressee(columns):
    """Control: a line ending in a colon whose last word is not the one the
    body calls the asker by ('根据…事故调查组的报告：' over '你组…') is no 主送."""
    docs = _documents([REPLY_TITLE, "根据某某区安委办转来的某某再生资源有限公司“2.26”一般高处坠落事故调查组的报告：",
                       "你组关于《某某公司一般高处坠落事故调查报告》收悉。经研究，现批复如下：",
                       "一、同意事故调查组对事故原因分析和事故性质的认定。", "某某区人民政府", "2025年4月29日"], columns)
    assert docs[0].addressees is None


# ---------------------------------------------------------------- a portal's column tag before its headline

REPORT_TITLE = "某某区某某社区微改造项目(一期)“11·27”施工挖穿燃气管道一般事故调查报告"
REPORT_BODY = ["2022年11月27日上午11时45分许，某某区某某社区微改造项目(一期)发生一起施工挖穿燃气管道事故，未造成人员伤亡。",
               "事故调查组查明了事故发生的经过和原因，认定了事故性质和责任。现将有关情况报告如下：",
               "一、事故发生经过和应急处置情况", "(一)事故发生经过"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_column_tag_before_a_headline_is_no_word_of_the_title(columns):
    """A portal prints a headline after its column's tag in 【】 ('【区应急管理
    局】某某…事故调查报告'): the tag says where the site files the page, no
    word of the 标题 (GB/T 9704 7.3.1), page furniture as a law database's
    field label is; the title begins after it, under the document above."""
    docs = _documents(NOTICE + ["【区应急管理局】" + REPORT_TITLE] + REPORT_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPORT_TITLE]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_tagged_sentence_in_the_body_keeps_its_tag(columns):
    """Control: a paragraph of the body opened by a tag and running into its
    sentence ('【典型案例】某某公司…，…') is no headline: it stays whole."""
    case = "【典型案例】某某公司未落实有限空间作业安全管理制度，造成2人死亡，被依法处罚。"
    docs = _documents(NOTICE[:3] + [case] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert any(b.text.startswith("【典型案例】") for b in docs[0].parts[0].blocks)


# ---------------------------------------------------------------- a quoted figure cut at a line's end is no 目录 page

from builder.convert import convert  # noqa: E402
from tests.devset.layout import laid_out  # noqa: E402

ISSUE_HEAD = ["某某区人民政府公报", "2025年第1期", "2025年5月10日", "目录"]
CUT_TITLE = "某某区人民政府关于《某某再生资源有限公司“2·26”一般高处坠落事故调查报告》的批复"
CUT_BODY = ["某某再生资源有限公司“2.26”一般高处坠落事故调查组：",
            "你组关于《某某再生资源有限公司一般高处坠落事故调查报告》收悉。经研究，现批复如下：",
            "一、同意事故调查组对事故原因分析和事故性质的认定。", "某某区人民政府", "2025年4月29日"]


def _issue(entries: list[str], title_lines: list[str], columns: int | None):
    text = "\n".join(ISSUE_HEAD + entries + title_lines + laid_out(CUT_BODY, columns) + laid_out(NOTICE, columns))
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("cut", [("“2·2", "6”"), ("“2", "·26”")])
def test_a_quoted_figure_cut_at_a_lines_end_is_no_page_of_the_contents(cut, columns):
    """A 目录 entry is a whole title, then its page: a line that opens a
    quotation and stops on a figure inside it ('关于《…“2·2' / '6”一般…的批复',
    the wrap cutting the accident's date) is the title of the text under the
    目录 going on, not one more entry whose page is the figure."""
    title_lines = ["某某区人民政府", "关于《某某再生资源有限公司" + cut[0], cut[1] + "一般高处坠落事故调查报告》的批复"]
    docs = _issue([CUT_TITLE + "……1", NOTICE[0] + "……2"], title_lines, columns)
    assert [d.title for d in docs] == [CUT_TITLE, NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_entry_that_closes_its_quotation_before_its_page_is_read(columns):
    """Control: an entry wrapped over two lines, its 《 opened on the first
    and closed on the second before the page ('…关于《…' / '…》的批复……1'), is
    read as before, and so is the document under it."""
    entries = ["某某区人民政府关于《某某再生资源有限公司“2·26”", "一般高处坠落事故调查报告》的批复……1", NOTICE[0] + "……2"]
    docs = _issue(entries, [CUT_TITLE], columns)
    assert [d.title for d in docs] == [CUT_TITLE, NOTICE[0]]


# ---------------------------------------------------------------- a title cut inside its quoted figure

REPORT_BODY = ["2022年11月27日上午11时45分许，某某社区微改造项目发生一起施工挖穿燃气管道事故，未造成人员伤亡。",
               "事故发生后，区应急管理局会同有关部门组成事故调查组，开展事故调查工作。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("cut", [("“11", "·27”"), ("“11·2", "7”")])
def test_a_title_cut_inside_its_quoted_figure_is_one_title(cut, columns):
    """A headline set over two lines, the first stopping short inside the
    accident's date in quotation marks ('…项目(一期)“11' / '·27”施工挖穿…调查
    报告'): the line leaves its quotation open, so its last figures are no
    row's number and the title runs on from it; the report under a text
    that ends in its signature is a document of its own, titled whole."""
    title = ["某某区某某社区微改造项目(一期)" + cut[0], cut[1] + "施工挖穿燃气管道一般事故调查报告"]
    text = "\n".join(laid_out(NOTICE, columns) + title + laid_out(REPORT_BODY, columns))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], "某某区某某社区微改造项目(一期)“11·27”施工挖穿燃气管道一般事故调查报告"]



def test_a_placed_title_over_two_lines_whose_last_fills_the_measure_is_a_title():
    """A title over two lines, the first opening on its place's name and
    stopping short ('某某区…微改造项目'), the second filling the measure to its
    kind word, under a text that ends on a full stop: a paragraph's lines fill
    the measure but its last, so the pair is a centred title, not a short
    line over a body line running on past '调查报告'."""
    title = ["某某区某某街府前社区微改造项目", "(一期)“11·27”施工挖穿燃气管道一般事故调查报告"]
    text = "\n".join(laid_out(NOTICE[:3], 24) + title + laid_out(REPORT_BODY, 24))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], "".join(title)]


def test_a_short_heading_over_a_full_body_line_is_no_title():
    """Control: a short heading that names no place ('加强组织领导') over a
    body line the measure filled that happens to end on a kind word stays
    the text's heading and sentence: no title opens there."""
    body = ["加强组织领导", "各乡镇各部门要高度重视并认真组织实施本方案", "确保各项任务按时完成，取得实效。"]
    text = "\n".join(laid_out(NOTICE[:3], 22) + body)
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0]]
