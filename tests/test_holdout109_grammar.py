"""The document grammar on layouts of the hundred-and-ninth held-out set's
kind (issue #11): the transfer and tender announcements of county and city
land and resources bodies (国有建设用地使用权出让公告, 采矿权 and 探矿权 挂牌出让公告)
with their 公告号 under the title, numbered 一、 conditions and parcel and
coordinate tables as their sites store them. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

TRANSFER = "某某县某某村建筑石料用灰岩矿采矿权挂牌出让公告"
TRANSFER_BODY = ["一、出让人", "名称:某某县自然资源局", "二、出让采矿权基本情况", "开采矿种:建筑石料用灰岩,面积0.085平方千米。",
                 "特此公告。", "某某县自然资源局", "2026年2月11日"]


# ---------------------------------------------------------------- the 公告号 under its field's label, in brackets

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("line", ["(公告文号:某南公易矿〔2026〕4号)", "（公告文号：某南公易矿〔2026〕4号）",
                                  "(文号:某南公易矿〔2026〕4号)", "（出让公告编号：某南公易矿〔2026〕4号）"])
def test_a_number_under_its_label_in_brackets_is_the_documents(line, columns):
    """A 公告 may print its 发文字号 under the title in brackets with the
    field's label before it ('(公告文号:…〔2026〕4号)'), as a page prints a
    number under its label ('文号:…') or a gazette a number in brackets: the
    label names the field, the number after its colon is the document's."""
    docs = _documents(NOTICE + [TRANSFER, line] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某南公易矿〔2026〕4号", ["某某县自然资源局"],
                                                                   "2026-02-11")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracketed_line_citing_a_document_under_another_label_is_no_number(columns):
    """Control: a bracketed line under the title whose label names no number
    field ('(依据文件:…)'), the document it rests on, holds no 发文字号 of the
    text's own."""
    docs = _documents(NOTICE + [TRANSFER, "(依据文件:某政发〔2025〕12号)"] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert docs[1].doc_number is None


# ---------------------------------------------------------------- a padded serial kept as printed

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("printed, kept", [("某自然资矿告〔2025〕0001号", "某自然资矿告〔2025〕0001号"),
                                           ("某国土告字[2015]038号", "某国土告字〔2015〕038号"),
                                           ("(某自然资告〔2024〕05号)", "某自然资告〔2024〕05号")])
def test_a_padded_serial_under_the_title_is_kept_as_printed(printed, kept, columns):
    """GB/T 9704 (7.2.4) numbers a 发文字号's serial with no 虚位 (1, never
    01), but an issuer that pads its serials prints its own number so
    ('…〔2025〕0001号') and is cited so: the number under the title keeps its
    figures, its brackets made 〔〕 as any number's are."""
    docs = _documents(NOTICE + [TRANSFER, printed] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert docs[1].doc_number == kept


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unpadded_serial_stays_unpadded(columns):
    """Control: a serial printed without 虚位 is read as printed, its spaces
    dropped ('某国土告字[2015] 38号')."""
    docs = _documents(NOTICE + [TRANSFER, "某国土告字[2015] 38号"] + TRANSFER_BODY, columns)
    assert docs[1].doc_number == "某国土告字〔2015〕38号"


# ---------------------------------------------------------------- two numbers under the title, blank lines between

def _blank_documents(paragraphs: list[str], columns: int | None):
    """The paragraphs parted by a blank line each, as a page's text is copied."""
    return convert("\n\n".join(laid_out(paragraphs, columns)).encode("utf-8"), "x/x.txt", "x").documents


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("blank", [False, True])
def test_the_first_of_two_numbers_under_the_title_is_the_documents(blank, columns):
    """A 出让公告 may print two numbers under its title, its issuer's and the
    交易中心's that runs the sale ('某国土告字[2015]38号' / '某矿网挂字[2015] 2号'):
    the first is the document's 发文字号, with blank lines parting every
    paragraph too (a gap of one line is the layout's, no title's)."""
    read = _blank_documents if blank else _documents
    docs = read(NOTICE + [TRANSFER, "某国土告字[2015]38号", "某矿网挂字[2015] 2号"] + TRANSFER_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TRANSFER]
    assert docs[1].doc_number == "某国土告字〔2015〕38号"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("blank", [False, True])
def test_a_record_number_over_the_title_stays_a_mark(blank, columns):
    """Control: the 备案号 at the top left over the organ and the title
    ('某文备〔2017〕1218号'), the 发文字号 under the title: the one under the
    title is the document's, blank lines between the paragraphs or none."""
    title = "某某县人民政府关于印发某某县国有建设用地使用权出让管理办法的通知"
    docs = read_docs = (_blank_documents if blank else _documents)(
        NOTICE + ["某文备〔2017〕1218号", title, "某府发〔2017〕8号", "各乡镇人民政府：",
                  "现将《某某县国有建设用地使用权出让管理办法》印发给你们，请认真贯彻执行。", "某某县人民政府", "2017年9月1日"],
        columns)
    assert [d.title for d in read_docs][-1] == title
    assert docs[-1].doc_number == "某府发〔2017〕8号"


# ---------------------------------------------------------------- the 出让人 of an unsigned 出让公告

LAND = "某某县国有建设用地使用权挂牌出让公告"
ACTS = ("根据《招标拍卖挂牌出让国有建设用地使用权规定》,经县政府批准,某某县国土资源局拟对以下二宗国有建设用地使用权公开出让,"
        "现将有关情况公告如下:")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head", [["一、出让人", "名称:某某州自然资源局", "场所:某某经济开发区幸福路"],
                                  ["一、出让人:某某州自然资源局", "二、交易平台:某某州公共资源交易中心"],
                                  [ACTS.replace("某某县国土资源局", "某某州自然资源局")]])
def test_an_unsigned_transfer_notice_is_its_transferors(head, columns):
    """招标拍卖挂牌出让国有建设用地使用权规定 (第十条) and the 矿业权出让交易规则
    have a 出让公告 name its 出让人: a 公告 signed by no one is the 出让人's, as
    its field names it ('出让人:…', or the heading '出让人' over '名称:…') or
    as its opening sentence has it act with its government's leave
    ('经县政府批准,…局拟对…公开出让')."""
    docs = _documents(NOTICE + [LAND, "某告字[2017]1号"] + head + ["一、出让地块的基本情况", "宗地位于某某村,面积0.3685公顷。",
                                                               "二、竞买申请", "竞买人须于2017年4月9日前提交申请。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], LAND]
    assert docs[1].issuers == ["某某州自然资源局"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("title, head, issuers", [
    (LAND, ["一、出让人", "名称:****"], []),  # masked by the page that stores it
    ("关于做好土地征收工作的公告", [ACTS], []),  # no 出让公告
    (LAND, [ACTS, "特此公告。", "某某县自然资源和规划局", "2017年3月1日"], ["某某县自然资源和规划局"])])  # signed
def test_a_transferor_is_read_only_where_nothing_else_names_the_issuer(title, head, issuers, columns):
    """Control: a masked 出让人 names no organ; a 公告 that transfers nothing
    takes no issuer from its sentence; a signed 出让公告 is its signature's."""
    docs = _documents(NOTICE + [title, "某告字[2017]1号"] + head, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == issuers


# ---------------------------------------------------------------- a title the measure fills, over the body's ground

GROUND = ["根据自然资源部《协议出让国有土地使用权规定》和《某某县人民政府关于印发土地出让工作制度的通知》,经县政府批准,"
          "拟协议出让一宗国有建设用地使用权。", "地块位于某某村,用地面积1.4684公顷,用途为商业用地。", "特此公告",
          "某某县自然资源局", "2017年3月1日"]


@pytest.mark.parametrize("title", [LAND.replace("挂牌", ""), "某某县自然资源局国有建设用地使用权出让公告"])
def test_a_title_the_measure_fills_over_the_bodys_ground_is_the_files_first_title(title):
    """GB/T 9704 7.3.1: a 公告's title names its organ (or its place) first
    and its 文种 last; the body's first sentence opens on its ground
    ('根据…'). Where the title is exactly as long as the measure, the wrap
    grammar reads it as a line that goes on, but no sentence runs on past a
    文种 into '根据…' with no stop between: the file's first line is the
    title, whatever its length."""
    docs = _documents([title] + GROUND, len(title))
    assert [d.title for d in docs] == [title]
    assert docs[0].issuers == ["某某县自然资源局"] and docs[0].date == "2017-03-01"


def test_a_line_the_measure_fills_that_goes_on_with_its_verb_stays_a_sentence():
    """Control: the same words, a line the measure fills over a line that
    goes on with the sentence's verb ('…出让公告' / '已于…发布'), are a
    sentence of the body that names the 公告, no title."""
    line = "某某县自然资源局国有建设用地使用权出让公告"
    head = ["某某县人民政府关于做好土地出让工作的通知", "各乡镇人民政府：", "现将有关事项通知如下：请各乡镇在3月底前完成出让地块的落实。"]
    docs = _documents(head + [line + "已于2017年3月1日在县政府门户网站发布,请各乡镇做好宣传。", "某某县人民政府",
                              "2017年3月1日"], len(line))
    assert [d.title for d in docs] == [head[0]]
