"""The document grammar on layouts of the forty-second held-out set's kind
(issue #11): documents whose issuer is no government, office or bureau but
a 指挥部, its office, a 委员会's office or a 开发区's office, as a gazette
prints them: a 通告 numbered in its series (under its title, by the
指挥部's short name, or after it on its line), closed by '特此通告' with the
organ signed under it. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

NOTICE = ["关于做好春季森林防火工作的通知", "各乡镇人民政府,县直有关部门:",
          "当前正值春季森林防火关键期,请各地落实防火责任,加强巡山护林。", "某某县人民政府办公室", "2021年3月2日"]
BODY = ["为切实做好疫情防控工作,指挥部决定即日起开通举报电话,请及时举报违反防控规定的行为。", "举报电话:12345678"]


# ---------------------------------------------------------------- the 结束语 over the 署名

@pytest.mark.parametrize("closing", ["特此通告", "特此公告", "特此通知"])
def test_the_closing_formula_without_its_stop_ends_its_line_over_the_signature(closing):
    """GB/T 9704 7.3.5: the 署名 stands under the body, whose 结束语 ('特此
    通告') is a line of its own, with or without its full stop: the organ's
    name under it, wrapped over two lines as a long name is, is the
    signature, not the formula's continuation."""
    signature = ["某某县新型冠状病毒感染的肺炎疫情", "防控工作指挥部办公室"]
    for above in ([], NOTICE):
        docs = _documents(above + ["".join(signature) + "通告(第1号)", *BODY, closing, *signature, "2020年1月26日"], None)
        assert (docs[-1].issuers, docs[-1].date) == (["".join(signature)], "2020-01-26")


# ---------------------------------------------------------------- a 通告 numbered in its series

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_in_its_title_is_cited_by_its_title_and_serial(columns):
    """A 通告, as a 公告, titled by its organ with its number in the series in
    brackets on its line ('…指挥部通告(第3号)') is cited by that title and
    serial: its 发文字号 is '…指挥部通告第3号'."""
    title = "某某县应对疫情工作指挥部通告(第3号)"
    docs = _documents(NOTICE + [title, *BODY, "特此通告。", "某某县应对疫情工作指挥部", "2020年2月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某某县应对疫情工作指挥部通告第3号"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_under_its_title_by_the_organs_short_name(columns):
    """A 通告's number in its series, in brackets under its title, may name
    the organ by its short name ('(县疫情防控指挥部第1号)'): that line is
    its 发文字号 as printed, not the title's last line, and an unsigned
    title naming its organ and kind ('XX指挥部通告') names its issuer."""
    title = ["某某县新型冠状病毒感染的", "肺炎疫情防控指挥部", "通 告"]
    docs = _documents(NOTICE + title + ["(县疫情防控指挥部第1号)", *BODY, "2020年1月23日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县新型冠状病毒感染的肺炎疫情防控指挥部通告"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == (
        "县疫情防控指挥部第1号", ["某某县新型冠状病毒感染的肺炎疫情防控指挥部"], "2020-01-23")


@pytest.mark.parametrize("line", ["(县疫情防控指挥部第1号)", "(第1号)", "（2020年第3号）"])
def test_the_organs_serial_in_brackets_is_an_order_number(line):
    """frame.ORDER_NUMBER_RE reads the organ's name before 第N号 only inside
    the brackets a number line prints: a sentence naming an organ and a
    number ('指挥部第1号令的要求') is none."""
    from builder.text.frame import ORDER_NUMBER_RE
    assert ORDER_NUMBER_RE.match(line)
    assert not ORDER_NUMBER_RE.match("县疫情防控指挥部第1号")
    assert not ORDER_NUMBER_RE.match("(落实县疫情防控指挥部第1号令的要求)")


# ---------------------------------------------------------------- a 令 numbered in its title

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("serial", ["2号令", "第2号令"])
def test_an_order_titled_by_its_organ_and_serial_is_a_document(serial, columns):
    """GB/T 9704 10.1: an order's 发文机关标志 is its organ's name and 令; an
    organ that numbers its orders runs the serial in before 令 ('XX指挥部2号
    令', the organ on one line and '2号令' under it). Under the date of the
    document above, that title opens an order of its own, its 主送 under it."""
    order = ["某某县新型冠状病毒感染的肺炎防控指挥部", serial, "各乡镇人民政府,县政府各相关部门:",
             "为阻断疫情传播扩散渠道,现下达如下命令:", "一、全县范围内所有大型社会活动一律取消。",
             "二、县内中小学、幼儿园推迟开学时间。", "某某县新型冠状病毒感染的肺炎防控指挥部", "2020年1月24日"]
    docs = _documents(NOTICE + order, columns)
    assert [d.title for d in docs] == [NOTICE[0], order[0] + serial]
    assert docs[1].kind == "令" and docs[1].addressees == "各乡镇人民政府，县政府各相关部门"
    assert (docs[1].issuers, docs[1].date) == ([order[0]], "2020-01-24")
