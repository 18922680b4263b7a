"""The document grammar on layouts of the twenty-second held-out set's kind
(issue #11): what city and county gazettes print. An office's 通知 issuing
an 应急预案 numbered 1 / 1.1 (GB/T 1.1 章条编号) with its own list of
headings before its text, and a 政府工作报告 whose 题注 is printed as its
date over its place. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from builder.convert import convert
from builder.model import Line, Paragraph
from builder.stages.paragraphs import paragraphs

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _paragraphs(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no=n, text=t) for n, t in enumerate(texts, 1)]


# ---------------------------------------------------------------- a 预案 numbered 1 / 1.1 (GB/T 1.1)

CHAPTERS = ["总则", "组织指挥体系及职责", "预防和预警机制", "应急响应", "应急处置", "后期处置", "保障措施", "预案管理"]
SECTIONS = ["工作职责", "工作机制", "工作要求", "信息报送", "监督检查"]
# A 预案's own list of its headings, as long as a real one's (8 chapters of 5 sections).
HEADINGS = [line for n, chapter in enumerate(CHAPTERS, 1)
            for line in [f"{n} {chapter}"] + [f"{n}.{k} {section}" for k, section in enumerate(SECTIONS, 1)]] + ["9 名词术语"]
PLAN_NOTICE = ["某某市人民政府办公室关于印发某某市干旱灾害应急预案的通知", "各镇人民政府，市政府各有关直属单位：",
               "经市政府同意，现将某某市干旱灾害应急预案印发给你们，请认真贯彻执行。", "某某市人民政府办公室",
               "2018年5月25日", "某某市干旱灾害应急预案"] + HEADINGS + [
               "1 总则", "1.1 编制目的", "做好干旱灾害突发事件防范与处置工作，最大程度地减少旱灾损失，保障经济社会全面、协调、可持续发展。"]


@pytest.mark.parametrize("date", ["2018年5月25日", "2018525"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_plan_issued_with_its_list_of_headings_is_the_notices_part(columns, date):
    """The 预案's title under the notice's date starts the issued text, its
    first chapter '1 总则' a line of its own, not the title's end; a chapter
    over its first section ('7 保障措施' / '7.1 …') is a heading, no title,
    though it ends as a title of 措施 does. The date may have lost its 年月日
    ('2018525'): under the signature it is the 成文日期 still (GB/T 9704 7.3.5)."""
    docs = _documents([date if line == "2018年5月25日" else line for line in PLAN_NOTICE], columns)
    assert [d.title for d in docs] == [PLAN_NOTICE[0]]
    assert [p.title for p in docs[0].parts][1:] == ["某某市干旱灾害应急预案"]
    assert docs[0].date == "2018-05-25" and docs[0].issuers == ["某某市人民政府办公室"]


@pytest.mark.parametrize("date", ["2018年5月25日", "2018525", "2018 5 25"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_under_a_date_that_lost_its_units_starts_the_issued_text(columns, date):
    """GB/T 9704 7.3.5: the 成文日期 stands under the signature; a page that
    lost its 年月日 ('2018525') still prints it there, and the title under it
    starts the text the notice issues, though it has no 文种 word
    ('…重点工作责任分解') and the notice does not quote it."""
    docs = _documents(["某某市人民政府办公室关于印发重点工作责任分解的通知", "各县（区）人民政府，市政府各部门：",
                       "经市政府同意，现将有关工作任务分解印发给你们，请认真贯彻执行。", "某某市人民政府办公室", date,
                       "某某市2018年政府工作报告重点工作责任分解", "一、稳定经济增长",
                       "全年地区生产总值增长7%左右。（市发展改革委负责）"], columns)
    assert len(docs) == 1 and docs[0].date == "2018-05-25"
    assert [p.title for p in docs[0].parts][1:] == ["某某市2018年政府工作报告重点工作责任分解"]


def test_a_chapter_of_a_text_numbered_in_sections_ends_on_its_line():
    """GB/T 1.1 章条编号: in a text whose sections are numbered 1.1, '6 名词术语'
    is a chapter heading, ended where it is printed, as a section's is; the
    list of headings does not run on into the text's first chapter."""
    out, _ = paragraphs(_lines(["5.2总结评价", "6名词术语", "1总则", "1.1编制目的",
                                "做好干旱灾害突发事件防范与处置工作，保障经济社会可持续发展。"]), 30)
    assert [p.text for p in out][:3] == ["5.2总结评价", "6名词术语", "1总则"]


def test_a_figure_opening_a_wrapped_line_goes_on_without_sections():
    """Without 1.1 sections the form is no chapter: a wrapped sentence that
    opens on a figure ('12月底前…') under a line cut mid-sentence goes on."""
    out, _ = paragraphs(_lines(["各乡镇要抓紧落实整改措施，确保在", "12月底前完成全部整改任务。"]), 30)
    assert [p.text for p in out] == ["各乡镇要抓紧落实整改措施，确保在12月底前完成全部整改任务。"]


# ---------------------------------------------------------------- a report's date over its place

REPORT = ["政 府 工 作 报 告", "2022年1月19日", "在某某市某某区第五届人民代表大会第二次会议上", "某某市某某区人民政府区长 某某某",
          "各位代表：", "我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席会议的同志提出意见。",
          "2021年工作回顾", "2021年，区政府团结带领全区干部群众，圆满完成年度目标任务。"]
NOTICE_BEFORE = ["某某市人民政府关于禁燃禁放烟花爆竹的通告", "为保护人民群众身体健康，现就有关事项通告如下：",
                 "一、禁燃禁放时间为2021年3月13日至15日。", "某某市人民政府", "2021年3月10日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_reports_date_over_its_place_is_its_occasion(columns):
    """A report delivered at a congress prints its 题注 under the title: the
    date and the place, on one line or the date over the place
    ('2022年1月19日' / '在…会议上'). Over two lines it is the same
    occasion: it dates the report, the speaker under it is no title, and the
    称谓 '各位代表' is no 主送."""
    docs = _documents(NOTICE_BEFORE + REPORT, columns)
    assert [d.title for d in docs] == [NOTICE_BEFORE[0], "政府工作报告"]
    report = docs[1]
    assert report.date == "2022-01-19" and report.addressees is None and report.issuers == []
    assert "2022年1月19日在某某市某某区第五届人民代表大会第二次会议上" in _paragraphs(report)


def test_a_date_over_a_sentence_is_no_occasion():
    """Only the occasion is joined: a 成文日期 over a next line that opens
    with 在 but is no place of a meeting stays a date line of its own."""
    docs = convert(("\n".join(NOTICE_BEFORE + ["在全市范围内开展烟花爆竹安全检查的通知", "各区人民政府：",
                                               "现将有关事项通知如下。", "某某市人民政府", "2021年3月12日"])
                    + "\n").encode("utf-8"), "x/x.txt", "x").documents
    assert docs[0].date == "2021-03-10"


# ---------------------------------------------------------------- the 分隔线 as a web page prints it

OPINION = ["中共某某市委 某某市人民政府", "关于加快发展养老服务业的实施意见", "——", "（某党发〔2015〕21号）",
           "为加快建立和完善养老服务体系，结合我市实际，提出如下实施意见。", "一、加快发展养老服务业的重要意义",
           "加快发展养老服务业，是积极应对人口老龄化的当务之急。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_dash_alone_on_its_line_is_a_rule_not_the_numbers_head(columns):
    """GB/T 9704 7.2.5: a 分隔线 separates the 版头 from what follows; a web
    edition of a gazette prints it as a 破折号 alone ('——'), a mark that
    never stands alone in a sentence. It is a rule, not words that the
    发文字号 under it goes on from: the number is read."""
    docs = _documents(OPINION, columns)
    assert [d.title for d in docs] == ["中共某某市委某某市人民政府关于加快发展养老服务业的实施意见"]
    assert docs[0].doc_number == "某党发〔2015〕21号"
    assert docs[0].issuers == ["中共某某市委", "某某市人民政府"]


# ---------------------------------------------------------------- an exporter's '?' (decode)

def test_an_exporters_question_mark_closing_several_lines_is_removed_and_reported():
    """A program exporting text writes '?' for a character its code page
    lacks; a document whose headings end in such a glyph comes out with ' ?'
    closing each. Set off by a space on several lines it is that mark: the
    title and its occasion are read without it, and the report lists each
    line it was removed from."""
    lines = ["政府工作报告 ?", "2021年1月27日在某某县第十八届人民代表大会第五次会议上 ?", "某某县人民政府县长 某某某 ?",
             "各位代表:", "现在，我代表县人民政府向大会报告工作，请予审议。", "一、过去五年工作回顾 ?",
             "五年来，全县经济社会平稳健康发展。"]
    gazette = convert(("\n".join(lines) + "\n").encode("utf-8"), "x/x.txt", "x")
    assert [(d.title, d.kind, d.date) for d in gazette.documents] == [("政府工作报告", "报告", "2021-01-27")]
    assert [d.line for d in gazette.diagnostics if "'?'" in d.message] == [1, 2, 3, 6]


def test_a_question_keeps_its_mark():
    """One line closing on ' ?' is no exporter's habit: a question keeps its mark."""
    gazette = convert("关于征集意见的公告\n您对本方案有何意见 ?\n请于5月1日前反馈。\n".encode("utf-8"), "x/x.txt", "x")
    assert any("有何意见 ?" in b.text or "有何意见?" in b.text or "有何意见？" in b.text
               for d in gazette.documents for p in d.parts for b in p.blocks)


# ---------------------------------------------------------------- real extracted text (tests/devset/holdout22/extracted)

EXTRACTED = Path(__file__).parent / "devset" / "holdout22" / "extracted"


def _seed(name: str):
    return convert((EXTRACTED / f"{name}.txt").read_bytes(), f"extracted/{name}.txt", name)


def _text_key(gazette) -> str:
    return "".join(d.title + "".join((p.title or "") + "".join(getattr(b, "label", "") + getattr(b, "heading", "")
                                                                + getattr(b, "text", "") for b in p.blocks)
                                     for p in d.parts) for d in gazette.documents)


def test_a_reports_text_exported_with_replacement_marks_is_found():
    """荣县's 政府工作报告 as a document-sharing site exported it: one report,
    dated by its occasion, its points as provisions, no 主送."""
    gazette = _seed("rongxian-zfgzbg")
    assert len(gazette.documents) == 1
    doc = gazette.documents[0]
    assert doc.title.endswith("政府工作报告") and doc.kind == "报告" and doc.date == "2021-01-27"
    assert doc.addressees is None
    assert [p.label for p in doc.provisions] == ["一、", "（一）"]


def test_pdftotext_lines_of_a_report_are_its_paragraphs():
    """大邑's 政府工作报告 as pdftotext gives it: lines cut at the PDF's measure,
    spaces around every number, '- 2 -' inside a paragraph. The paragraphs
    are rebuilt and the page number is no part of them; the excerpt prints
    no title, so the file is one page and the report says so."""
    gazette = _seed("dayi-zfgzbg")
    texts = [b.text for d in gazette.documents for p in d.parts for b in p.blocks]
    assert texts[-1] == "五年来,我们坚持发展是第一要务,夯实产业支撑,发展能级稳步提升。"
    assert any(t.startswith("2021年全县预计实现地区生产总值340亿元") for t in texts)
    assert any(d.code == "no-document" and d.file == "extracted/dayi-zfgzbg.txt" for d in gazette.diagnostics)


def test_a_text_layer_in_fonts_without_a_unicode_map_is_kept_and_reported():
    """绵阳's 目录 whose fonts had no Unicode map: no document is read from it,
    the report says so, and every readable 文号 is still on the page."""
    gazette = _seed("mianyang-2019-2")
    assert any(d.code == "no-document" for d in gazette.diagnostics)
    shown = _text_key(gazette).replace(" ", "")
    assert all(number in shown for number in ("绵委办发〔2019〕1号", "绵府发〔2019〕1号", "绵住建委发〔2019〕4号"))
