"""The document grammar on layouts of the hundred-and-eighteenth held-out set's
kind (issue #11): reports presented to a people's congress or its standing
committee (预算执行情况和预算草案的报告, 决算草案的报告, 审计工作报告, 国民经济和
社会发展计划执行情况的报告) by cities, counties and districts: a title over two
lines, the 题注 of the sitting, the speaker, the 称谓, numbered parts. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A report before the cases' own, so that each case's text has a text above it.
BUDGET = ["关于某某县2023年预算执行情况和2024年预算草案的报告", "——2024年1月10日在某某县第十八届人民代表大会第三次会议上",
          "某某县财政局局长 王某某", "各位代表:", "受县人民政府委托,现将全县2023年预算执行情况和2024年预算草案提请大会审议。",
          "一、2023年预算执行情况", "全县一般公共预算收入完成12.5亿元,增长6.1%。"]


# ---------------------------------------------------------------- a 称谓 naming the 常务副主任

FINAL_ACCOUNTS = ["关于某某市2022年市级决算草案的报告", "某某市财政局局长 李某某"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("audience", ["主任、常务副主任、各位副主任,秘书长,各位委员:",
                                      "主任、常务副主任、副主任、秘书长、各位委员:"])
def test_an_audience_naming_the_first_deputy_is_no_addressee(audience, columns):
    """A report to a standing committee opens with its 称谓, the audience by
    their offices; many committees have a 常务副主任, and the 称谓 names that
    office before the other deputies. It is a 称谓, not a 主送 (a 公文's 主送
    names organs): the report has none."""
    docs = _documents(BUDGET + FINAL_ACCOUNTS + [audience, "受市人民政府的委托,我向本次常委会报告2022年市级决算草案,请予审议。",
                                                 "一、市级财政收支决算情况", "市级一般公共预算收入66.9亿元,完成调整预算的100.2%。"],
                      columns)
    assert [d.title for d in docs] == ["关于某某县2023年预算执行情况和2024年预算草案的报告", "关于某某市2022年市级决算草案的报告"]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_under_a_report_stays_its_addressee(columns):
    """Control: a report sent to the committee as an organ ('市人大常委会:')
    under a 题注 that names the sitting only keeps that organ as its 主送."""
    docs = _documents(BUDGET + ["关于某某市2022年上半年预算执行情况的报告", "——2022年7月28日在某某市第九届人民代表大会常务委员会第五次会议上",
                                "某某市人民政府", "市人大常委会:", "受市人民政府委托,现将2022年上半年预算执行情况报告如下,请予审议。",
                                "一、一般公共预算执行情况", "上半年全市一般公共预算收入完成30.2亿元。"], columns)
    assert docs[-1].title == "关于某某市2022年上半年预算执行情况的报告"
    assert docs[-1].addressees == "市人大常委会"


# ---------------------------------------------------------------- a sitting's own mark, cut by the measure

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sitting_mark_cut_by_the_measure_begins_the_report_under_it(columns):
    """A standing committee's sitting prints each report laid before it under
    the sitting's own mark ('某某市第十二届人大常委会第四十九次会议文件'), as a
    发文机关标志 heads a 公文 (GB/T 9704 7.2.2), with no 发文字号 under it. A
    narrow measure cuts it anywhere ('…第四十九次会' / '议文件'); joined again
    it is the mark, and begins the report under it, not the text above."""
    docs = _documents(BUDGET + ["某某市第十二届人大常委会第四十九次会议文件"] + FINAL_ACCOUNTS
                      + ["主任、各位副主任、秘书长、各位委员:", "受市人民政府的委托,我向本次常委会报告2022年市级决算草案,请予审议。",
                         "一、市级财政收支决算情况", "市级一般公共预算收入66.9亿元,完成调整预算的100.2%。"], columns)
    assert [d.title for d in docs] == ["关于某某县2023年预算执行情况和2024年预算草案的报告", "关于某某市2022年市级决算草案的报告"]
    assert not any("会议文件" in p.text for p in docs[0].parts[0].blocks if hasattr(p, "text"))
    assert any("第四十九次会议文件" in p.text.replace(" ", "") for p in docs[1].parts[0].blocks if hasattr(p, "text"))


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_ending_on_a_sitting_document_is_no_mark(columns):
    """Control: a sentence of the text that ends on a sitting's document
    ('…印发某某市第十二届人大常委会第四十九次会议文件') runs on from the words
    above it: the text above ends there on no sentence, so it is no mark."""
    docs = _documents(BUDGET[:-1] + ["全县一般公共预算收入完成12.5亿元,增长6.1%,有关情况已印发某某市第十二届人大常委会第四十九次会议文件",
                                     "，请各位代表审阅。"], columns)
    assert [d.title for d in docs] == ["关于某某县2023年预算执行情况和2024年预算草案的报告"]
    assert "四十九次会议文件" in "".join(p.text for p in docs[0].parts[0].blocks if hasattr(p, "text")).replace(" ", "")


# ---------------------------------------------------------------- a report's own 目录 over its title

CONTENTS = ["目录", "一、2022年市级决算情况", "(一)一般公共预算收支决算情况", "(二)政府性基金预算收支决算情况",
            "二、审议意见落实情况", "(一)《某某市人民代表大会常务委员会关于2022年预算执行情况审计工作报告的审议意见》落实情况",
            "(二)《某某市人民代表大会常务委员会关于2021年市级决算草案审查结果报告的审议意见》落实情况", "三、决算报表"]
REPORTED = ["——2023年6月28日在某某市第十二届人民代表大会常务委员会第十次会议上", "某某市财政局局长 李某某",
            "主任、各位副主任、秘书长、各位委员:", "受市人民政府的委托,我向本次常委会报告2022年市级决算草案,请予审议。",
            "一、2022年市级决算情况", "市级一般公共预算收入66.9亿元,完成调整预算的100.2%。"]


def _texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_contents_list_over_a_title_begins_that_report(columns):
    """A long text printed whole (a report, a plan) may set its own 目录 on the
    page before its title page: '目录', then its headings, each opening with
    its number. The 目录 is the text's under it, not the end of the text
    above; its entries are no provisions (the headings are printed again
    under the title), and the frame is read under the title: the sitting's
    date of the 题注, the 称谓 no 主送."""
    docs = _documents(BUDGET + CONTENTS + FINAL_ACCOUNTS[:1] + REPORTED, columns)
    assert [d.title for d in docs] == ["关于某某县2023年预算执行情况和2024年预算草案的报告", "关于某某市2022年市级决算草案的报告"]
    assert not any("目录" in text or "决算报表" in text for text in _texts(docs[0]))
    assert _texts(docs[1])[0] == "目录" and "决算报表" in "".join(_texts(docs[1]))
    assert [p.label for p in docs[1].provisions] == ["一、"]
    assert docs[1].date == "2023-06-28" and docs[1].addressees is None


@pytest.mark.parametrize("columns", [20, 26])
def test_a_contents_list_set_in_as_paragraphs_begins_that_report(columns):
    """The same where each entry's first line is set in two characters, as a
    paragraph's first line is (GB/T 9704 7.3.3), and the measure cuts the
    long entries: the cut entry's lines are one entry, though its first line
    is the shorter by the indent."""
    texts = [Document("budget", tuple(BUDGET), BUDGET[0], None, "2024-01-10", "规范性文件"),
             Document("final", tuple(CONTENTS + FINAL_ACCOUNTS[:1] + REPORTED), FINAL_ACCOUNTS[0], None, "2023-06-28",
                      "规范性文件")]
    docs = convert(indented(texts, columns).text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [BUDGET[0], FINAL_ACCOUNTS[0]]
    assert not any("目录" in text or "决算报表" in text for text in _texts(docs[0]))
    assert [p.label for p in docs[1].provisions] == ["一、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contents_list_under_a_title_stays_that_texts(columns):
    """Control: a 目录 right under a plan's title is that plan's, though the
    excerpt ends inside it and the next document's title follows its last
    entry."""
    plan = ["某某县地震应急预案", "目录", "一、总则", "(一)编制目的", "(二)编制依据", "二、组织指挥体系", "三、应急响应"]
    docs = _documents(NOTICE_PLAN + plan + FINAL_ACCOUNTS + REPORTED[2:], columns)
    assert docs[-1].title == "关于某某市2022年市级决算草案的报告"
    assert not any("目录" in text or "应急响应" in text for text in _texts(docs[-1]))
    assert "应急响应" in "".join(_texts(docs[0]))


NOTICE_PLAN = ["某某县人民政府办公室关于印发某某县地震应急预案的通知", "各乡镇人民政府,县直各单位:",
               "现将《某某县地震应急预案》印发给你们,请认真贯彻执行。", "某某县人民政府办公室", "2017年7月6日"]
