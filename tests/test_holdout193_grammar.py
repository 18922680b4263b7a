"""The document grammar on layouts of the hundred-and-ninety-third held-out
set's kind (issue #11): price and fee notices (价格/收费标准 通知, 价格听证
公告) of county and district price organs as their portals store them: a
printed file whose price table comes after the signature under '附表' and
whose joint 版头 stands over a title naming the same organs, and a page that
runs a notice's paragraphs together parted by single spaces. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

PRICE_NOTICE = ["某某县发展和改革局关于核定某某公墓价格的通知", "某某县殡仪馆：",
                "根据有关规定，经研究，现将有关事项通知如下：", "一、公墓销售价格见附表。", "二、上述价格为基准价，可以上下浮动10%。",
                "某某县发展和改革局", "2019年4月28日"]
PRICE_TABLE = ["某某公墓价格表", "位置 墓型 规格 价格", "A1区-A4区 1号墓 单穴 1250", "B1区-B6区 2号墓 双穴 8800"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("mark", ["附表", "附表1", "附表：", "附表一"])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_table_printed_under_its_attached_table_mark_is_an_annex(mark, columns):
    """GB/T 9704 8: an 附件 follows the 成文日期 under its mark, alone on its
    line; a price organ attaches its price table the same way under '附表'
    (an attached table, '附表1' when it numbers them), so the table's title
    under the mark is a part of the notice, not a line of the signature."""
    doc, = _documents(PRICE_NOTICE + [mark] + PRICE_TABLE, columns)
    assert [part.title for part in doc.parts][1:] == ["某某公墓价格表"]
    assert doc.date == "2019-04-28"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_table_named_in_a_sentence_is_no_annex(columns):
    """Control: '附表' inside a sentence ('见附表。') or a title ending in 表
    printed with no mark over it changes nothing: the notice has no annex
    part for it."""
    doc, = _documents(PRICE_NOTICE, columns)
    assert [part.title for part in doc.parts][1:] == []


RUN_IN = ["某某县发展和改革局 某 某 县 民 政 局 关于制定某某县公墓收费标准的通知",
          "各镇,某某县殡仪馆: 为贯彻落实上级关于加强殡葬服务收费管理有关工作要求,进一步规范殡葬服务收费行为,"
          "根据有关规定,经县人民政府常务会议审议同意,现就有关事项通知如下。 一、收费标准",
          "二、执行时间", "自发文之日起执行。"]


def test_a_numbered_heading_after_a_sentence_and_a_space_opens_a_paragraph():
    """Chinese print sets no space after a sentence's end, and a numbered
    heading opens a paragraph of its own (GB/T 9704 7.3.3); a page that ran a
    notice's paragraphs together parted by single spaces shows it once it
    does so once before a label ('…通知如下。 一、收费标准') on a line wider
    than print sets one, as well as where it does so often: the line is the
    printed lines it ran together, the 主送 its own, 一、 a provision."""
    doc, = _documents(RUN_IN, None)
    assert doc.addressees == "各镇，某某县殡仪馆"
    assert _labels(doc) == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_space_after_a_sentence_before_no_label_stays(columns):
    """Control: one space after a sentence's end before words that are no
    label (a typo's space, '…同意。 现通知如下：') leaves the line whole."""
    doc, = _documents(["某某县发展和改革局关于调整某某收费标准的通知", "各乡镇人民政府：",
                       "为规范收费行为，根据有关规定，经县人民政府常务会议审议同意。 现将调整后的收费标准通知如下：一、居民"
                       "每户每月5元，非居民每户每月10元。", "某某县发展和改革局", "2020年1月2日"],
                      columns)
    assert _labels(doc) == []
    assert doc.date == "2020-01-02"


@pytest.mark.parametrize("columns", [18, 26])
def test_a_wrapped_line_with_one_label_after_a_stop_stays_in_its_paragraph(columns):
    """Control: a printed line the wrap filled ('…完成初审。 2.评审。' at
    18 or 26 columns) is no line a page ran together: one space before a
    label on it leaves the paragraph to the run-in outline's count."""
    doc, = _documents(["某某县发展和改革局关于调整某某收费标准的通知", "各乡镇人民政府：",
                       "县政府同意调整收费标准。 一、居民每户每月5元。", "某某县发展和改革局", "2020年1月2日"], columns)
    assert _labels(doc) == []


JOINT_HEAD = ["某某县发展和改革局", "某 某 县 民政 局", "某某县发展和改革局 某某县民政局关于", "核定某某公墓价格的通知",
              "（某发改价〔2019〕12号）", "某某县殡仪馆：", "根据有关规定，经研究，核定某某公墓价格，现将有关事项通知如下：",
              "一、公墓销售价格为每穴1250元。", "某某县发展和改革局 某某县民政局", "2019年4月28日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_joint_masthead_over_a_title_naming_the_same_organs_is_no_line_of_it(columns):
    """GB/T 9704 7.2.1 (联合行文): the joint 发文机关标志, the organs one a line
    (a short one spread by spaces), stands over a title that names the same
    organs before its 关于: those lines are the 版头, and the title names its
    issuers once, not twice, with its 发文字号 printed under it."""
    doc, = _documents(JOINT_HEAD, columns)
    assert doc.title == "某某县发展和改革局某某县民政局关于核定某某公墓价格的通知"
    assert doc.issuers == ["某某县发展和改革局", "某某县民政局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_one_a_line_over_their_about_line_stay_the_titles(columns):
    """Control: joint issuers one a line over a line that opens on 关于 are
    the title's own organs (GB/T 9704 7.2.5), as before."""
    doc, = _documents(["某某县发展和改革局", "某某县民政局", "关于核定某某公墓价格的通知", "（某发改价〔2019〕12号）"]
                      + JOINT_HEAD[5:], columns)
    assert doc.title == "某某县发展和改革局某某县民政局关于核定某某公墓价格的通知"
