"""The document grammar on layouts of the eighth held-out set's kind (issue
#11): rules of GB/T 9704 the converter must read whatever gazette or web page
the text comes from. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import wrap
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)


NOTICE = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "为做好今年春季植树造林工作，现就有关事项通知如下：",
          "一、各乡镇要在3月底前完成造林地块的落实，造林任务分解到村。",
          "二、县林业局要做好苗木调配和技术指导。"]
PLEDGE = ["青川县人民政府", "关于青川县2024年度第二批村庄建设用地", "补办林地手续的承诺", "省林业和草原局：",
          "青川县2024年度第二批村庄建设用地涉及使用林地0.42公顷，林地手续正在办理中。我县承诺，在该批次用地报批前完成林地手续办理。",
          "2024年5月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_about_title_over_its_addressee_opens_a_document_whatever_its_last_word(columns):
    """GB/T 9704 7.2.5 and 7.3.2: 发文机关 + 关于 + 事由 + 文种 over a 主送
    ending in its colon is a title, though its last word (承诺) is no listed
    文种 and the 主送 names one organ only: the document above keeps neither
    its lines as 主送 nor its date."""
    docs = _documents(NOTICE + PLEDGE, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "青川县人民政府关于青川县2024年度第二批村庄建设用地补办林地手续的承诺"]
    assert (docs[0].addressees, docs[0].date) == ("各乡镇人民政府", None)
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("省林业和草原局", ["青川县人民政府"], "2024-05-10")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_about_title_alone_in_its_file_is_its_title(columns):
    doc, = _documents(PLEDGE, columns)
    assert doc.title == "青川县人民政府关于青川县2024年度第二批村庄建设用地补办林地手续的承诺"
    assert doc.addressees == "省林业和草原局"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_sentence_ending_in_an_about_phrase_over_an_organ_and_colon_is_no_title(columns):
    """A body's sentence that ends '…关于…的部署' over a line of duties led by
    an organ and its colon stays in the body: the sentence runs into it, or
    what stands before 关于 is no organ's name."""
    body = ["各单位要认真落实县人民政府关于森林防火的部署", "县应急管理局：", "负责统筹协调全县森林防火工作。",
            "各乡镇要加强巡查，县政府各部门要认真落实市人民政府关于森林防火的部署", "县林业局：",
            "负责林区巡护。", "青川县人民政府", "2024年3月1日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知"]
    assert docs[0].date == "2024-03-01"


CONSULTATION = ["关于《青川县林地保护条例（草案 征求意见稿）》公开征求意见的公告",
                "《青川县林地保护条例（草案）》已经县人大常委会审议。为广泛听取社会各界意见，欢迎提出意见和建议。",
                "邮寄地址：青川县人大常委会法制工作委员会", "青川县人大常委会办公室", "2024年6月3日"]
DRAFT = ["青川县林地保护条例", "（草案征求意见稿）", "第一章 总则",
         "第一条 为了加强林地保护，根据有关法律法规，结合本县实际，制定本条例。",
         "第二条 本县行政区域内林地的保护和管理，适用本条例。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_draft_a_notice_quotes_in_its_title_is_its_part(columns):
    """A title printed after the signature and date that the document's own
    title quotes in 《》 (spaces aside) is the text the document publishes:
    its part, whatever its 文种 word, with its chapters and articles."""
    docs = _documents(NOTICE + CONSULTATION + DRAFT, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "关于《青川县林地保护条例（草案征求意见稿）》公开征求意见的公告"]
    assert [p.title for p in docs[1].parts][1:] == ["青川县林地保护条例（草案征求意见稿）"]
    assert (docs[1].issuers, docs[1].date) == (["青川县人大常委会办公室"], "2024-06-03")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_adopted_text_after_a_report_on_its_draft_is_a_document_of_its_own(columns):
    """The regulation adopted, its 题注 under its title, opens a document
    of its own though the signed report above quotes its draft's name."""
    report = ["关于《青川县林地保护条例（草案）》审议情况的报告", "县人大常委会：",
              "县人民政府提请审议的《青川县林地保护条例（草案）》，经审议，建议提请本次会议表决。",
              "青川县人大常委会法制工作委员会", "2024年6月1日"]
    adopted = ["青川县林地保护条例", "（2024年6月1日青川县第十届人民代表大会常务委员会第十次会议通过）", "第一章 总则",
               "第一条 为了加强林地保护，根据有关法律法规，结合本县实际，制定本条例。"]
    docs = _documents(report + adopted, columns)
    assert [d.title for d in docs] == ["关于《青川县林地保护条例（草案）》审议情况的报告", "青川县林地保护条例"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_addressee_the_page_wrapped_mid_name_is_one_addressee(columns):
    """A 主送 the page wrapped inside an organ's name ('…、經濟開發' /
    '區管委會：'), in either script: organ names parted by ，、 with no
    sentence end, over the rest and its colon, are one 主送, not a body
    line over a short one."""
    lines = ["關于做好春季森林防火工作的通知", "各鄉鎮人民政府，縣直有關單位、縣政府有關部門、高新技術產業開發",
             "區管委會：", "入春以來，我縣降水偏少，林區可燃物多，森林火險等級持續偏高，為切實做好今年春季森林防火工作，保護森林資源和人民群眾生命財產安全，現就有關事項通知如下：", "一、3月1日至5月31日，全縣林區及距林緣100米範圍內嚴禁野外用火，嚴禁燒荒、燒秸稈、燒田埂草、上墳燒紙、燃放煙花爆竹等一切野外用火行為。",
             "二、各鄉鎮要落實森林防火責任，組織護林員加強巡查，發現火情及時報告，確保早發現、早處置，堅決防止發生重大森林火災。",
             "青川縣人民政府", "2024年3月1日"]
    doc, = _documents(lines, columns)
    assert doc.addressees == "各鄉鎮人民政府，縣直有關單位、縣政府有關部門、高新技術產業開發區管委會"


@pytest.mark.parametrize("columns", [None, 23, 26])
def test_an_addressee_line_ending_in_a_pause_mark_goes_on_to_its_colon(columns):
    """GB/T 9704 7.3.2: only the colon closes the 主送. A line of it that
    ends in 、 has one more name to come, though the page cut that name over
    two short lines ('…县政府有关部门、' / '高新技术产业开发' / '区管委会：';
    at 23 columns the wrap too ends the first line at the 、)."""
    lines = ["关于做好春季森林防火工作的通知", "各乡镇人民政府，县直有关单位、县政府有关部门、高新技术产业开发",
             "区管委会：", "入春以来，我县降水偏少，林区可燃物多，森林火险等级持续偏高，现就有关事项通知如下：",
             "一、3月1日至5月31日，全县林区严禁野外用火。", "二、各乡镇要落实森林防火责任，组织护林员加强巡查。",
             "青川县人民政府", "2024年3月1日"]
    if columns is None:
        lines[1:2] = ["各乡镇人民政府，县直有关单位、县政府有关部门、", "高新技术产业开发"]
    doc, = _documents(lines, columns)
    assert doc.addressees == "各乡镇人民政府，县直有关单位、县政府有关部门、高新技术产业开发区管委会"
    assert doc.parts[0].blocks[1].text.startswith("入春以来")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_parted_by_a_pause_mark_stays_over_its_addressee(columns):
    """A title with a 、 in it ('…先进单位、先进个人的通知') over a short 主送
    keeps its own line: it ends in its 文种, no organ's name."""
    lines = ["关于表彰森林防火先进单位、先进个人的通知", "各乡镇人民政府：",
             "2023年全县森林防火工作成效明显，现将表彰事项通知如下：", "一、表彰青溪镇等5个先进单位。",
             "青川县人民政府", "2024年3月1日"]
    doc, = _documents(lines, columns)
    assert (doc.title, doc.addressees) == ("关于表彰森林防火先进单位、先进个人的通知", "各乡镇人民政府")


def _wrapped_at(text: str, marker: str, columns: int) -> list[str]:
    """The paragraph wrapped at columns, padded so that a line begins with
    marker: the layout in which a printed issue puts it at a line's start."""
    pad = "社会各界人士群众代表专家学者企业单位行业协会基层组织"
    for n in range(len(pad)):
        lines = wrap(text.replace("{pad}", pad[:n]), columns)
        if any(line.startswith(marker) for line in lines[1:]):
            return lines
    raise AssertionError(f"no layout at {columns} columns puts {marker} at a line's start")


ANNOUNCED = "现向社会公开征求意见，欢迎{pad}提出意见和建议，请于6月30日前将附件2意见反馈表送至县自然资源局规划股。"


@pytest.mark.parametrize("columns", [18, 20, 26, 30])
def test_an_annex_number_the_wrap_put_at_a_line_start_mid_sentence_goes_on(columns):
    """'附件N' run on into words opens an 附件说明 only under a line that ends
    a sentence: at a line's start mid-sentence ('…请于6月30日前将' /
    '附件2意见反馈表送至…') it is the sentence going on."""
    lines = ["关于公开征求青川县国土空间总体规划意见的公告"] + _wrapped_at(ANNOUNCED, "附件2", columns) \
        + ["青川县自然资源局", "2024年6月1日"]
    result = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    texts = [getattr(b, "text", "") for b in result.documents[0].parts[0].blocks]
    assert ANNOUNCED.split("{pad}")[1] in next(t for t in texts if "附件2" in t)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_note_after_a_sentence_still_opens_its_paragraph(columns):
    """Under a line that ends a sentence, '附件1' run on into its title is
    the 附件说明, a paragraph of its own."""
    lines = ["关于公开征求青川县国土空间总体规划意见的公告",
             "现向社会公开征求意见，欢迎提出意见和建议。", "附件1青川县国土空间总体规划（征求意见稿）",
             "青川县自然资源局", "2024年6月1日"]
    texts = [getattr(b, "text", "") for b in _convert(lines, columns).documents[0].parts[0].blocks]
    assert "附件1青川县国土空间总体规划（征求意见稿）" in texts
