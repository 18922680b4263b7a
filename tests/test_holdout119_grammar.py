"""The document grammar on layouts of the hundred-and-nineteenth held-out
set's kind (issue #11): land expropriation notices of city, county and
district governments (土地征收启动公告, 征收土地预公告, 征收土地公告), their
发文字号 coded by the kind word alone or run in before the title, the organ
named with the zone it runs in brackets, the 结束语 run on after the body's
last sentence. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

BODY = ["为保障县域经济发展用地需求,根据有关法律法规的规定,现将有关事项公告如下:", "一、拟征收土地范围",
        "拟征收地块涉及某某镇某某村,面积约3.5公顷。", "二、其他事项",
        "自本公告发布之日起,任何单位和个人不得在拟征收土地上抢栽抢建,违反规定的一律不予补偿。", "特此公告。"]


def _texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


# ---------------------------------------------------------------- a number coded by the kind word alone

CODED_BY_KIND = ["某某区人民政府关于某某片区建设用地土地征收的启动公告", "公告〔2022〕17号"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_coded_by_the_kind_word_alone_under_a_whole_title(columns):
    """GB/T 9704 7.2.4: a 发文字号 is the 代字, the year and the serial; a
    district numbers its 公告 by the kind word alone ('公告〔2022〕17号').
    Under a title that already ends on that kind word the line is the
    number whole: no title ends on its kind twice ('…启动公告公告'), and a
    公告 titled by its 标志 names its organ (10.1)."""
    doc, = _documents(CODED_BY_KIND + BODY + ["某某区人民政府", "2022年7月15日"], columns)
    assert doc.title == "某某区人民政府关于某某片区建设用地土地征收的启动公告"
    assert doc.doc_number == "公告〔2022〕17号"
    assert doc.issuers == ["某某区人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_kind_word_cut_before_its_serial_is_still_the_titles(columns):
    """Control: the wrap cutting a 通告's kind word before its serial ('…的通'
    / '告 2022(20)号') leaves the kind's end with the serial: the line above
    ends on no whole kind word, so the two make the title."""
    docs = _documents(["某某县人民政府关于禁止在城区燃放烟花爆竹的通", "告 2022(20)号",
                       "为保障公共安全,现就有关事项通告如下:", "一、城区范围内禁止燃放烟花爆竹。", "特此通告。",
                       "某某县人民政府", "2022年1月5日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于禁止在城区燃放烟花爆竹的通告"]
    assert docs[0].doc_number == "2022（20）号"


# ---------------------------------------------------------------- a number run into the organ's title

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_run_into_a_title_that_opens_on_its_organ(columns):
    """A web page sets the 版头's 发文字号 and the title on one line, the
    break lost ('某征告字〔2023〕第9号某某县人民政府…启动公告'): a title opens on
    its organ (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种) or on 关于, never on a
    number, so the number's 号 ends the 版头 when the organ's place opens the
    words after it and the title's kind word ends them, on its line or,
    the line filled, a line or two below."""
    docs = _documents(["某征告字〔2023〕第9号某某县人民政府征收土地预公告"] + BODY + ["2023年6月4日"], columns)
    assert [(d.title, d.doc_number) for d in docs] == [("某某县人民政府征收土地预公告", "某征告字〔2023〕第9号")]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_that_opens_on_a_number_stays_a_sentence(columns):
    """Control: a paragraph that opens on a number and goes on with the
    organ's name in a sentence ('某府发〔2020〕3号某某县人民政府关于…的通知已
    印发,请…') is the body's: its punctuation says so, on its line or on
    the line under it."""
    docs = _documents(["某某县人民政府关于加强耕地保护工作的通知", "各乡镇人民政府:",
                       "某府发〔2020〕3号某某县人民政府关于加强土地管理的通知已印发,请各乡镇遵照执行。",
                       "某某县人民政府", "2021年3月1日"], columns)
    assert [(d.title, d.doc_number) for d in docs] == [("某某县人民政府关于加强耕地保护工作的通知", None)]


# ---------------------------------------------------------------- an organ with a second name in brackets

@pytest.mark.parametrize("columns", WIDTHS)
def test_an_unsigned_notice_names_its_organ_with_its_second_name(columns):
    """An unsigned 公告 titled by its organ, the 事由 and its kind (no 关于)
    is issued by the organ its title names first; a county that runs a zone
    under one 管委会 names both, the zone's in brackets after the county's
    ('某某县人民政府(某某示范区管委会)…'), as a signature prints a name it goes
    by: one organ, as printed."""
    doc, = _documents(["某某县人民政府(某某示范区管委会)土地征收启动公告"] + BODY + ["2024年8月20日"], columns)
    assert doc.issuers == ["某某县人民政府(某某示范区管委会)"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracket_that_names_no_organ_is_no_second_name(columns):
    """Control: a bracket after the organ that names the batch, not an
    organ ('某某县人民政府(第二批次)…') is the 事由's: no issuer takes it in."""
    doc, = _documents(["某某县人民政府(第二批次)建设用地征收土地预公告"] + BODY + ["2024年8月20日"], columns)
    assert not any(mark in issuer for issuer in doc.issuers for mark in "(（第")


# ---------------------------------------------------------------- the 结束语 run on before the signature

@pytest.mark.parametrize("close", [["不予补偿。 特此公告", "某某市人民政府", "2020年6月2日"],
                                   ["不予补偿。特此公告某某市人民政府2020年6月2日"]])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_closing_formula_run_on_is_the_bodys_not_the_signers(close, columns):
    """GB/T 9704 7.3.3 closes the body on its 结束语 ('特此公告'), 7.3.5 sets
    the 署名 under it: a page that runs the 结束语 on after the last sentence,
    its stop left off, has the body end on it and the signature start
    after it, on the next line or run in with the date."""
    last = "四、有关事项自公告发布之日起,任何单位及个人不得在拟征收土地范围内抢栽抢建;违反规定抢栽抢建的,"
    doc, = _documents(["某某市人民政府土地征收启动公告", "某府公[2020]2号", BODY[0], BODY[1], BODY[2],
                       last + close[0]] + close[1:], columns)
    assert doc.issuers == ["某某市人民政府"]
    assert doc.date == "2020-06-02"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signers_name_cut_after_the_stop_is_still_given_its_head(columns):
    """Control: the wrap cutting the signer's name after the body's stop
    ('…不予补偿。某' / '某市人民政府') still gives the name its head."""
    doc, = _documents(["某某市人民政府土地征收启动公告", "某府公[2020]2号", BODY[0], BODY[1], BODY[2],
                       "违反规定抢栽抢建的,不予补偿。某", "某市人民政府", "2020年6月2日"], columns)
    assert doc.issuers == ["某某市人民政府"]


def test_the_closing_words_cut_after_their_te_go_on():
    """The wrap cutting the run-on 结束语 after its 特 ('…不予补偿。特' / '此公告')
    leaves a line that reads as the short 结束语 '此公告': 特此 is one word, so
    the line goes on with the paragraph above."""
    doc, = _documents(["某某市人民政府土地征收启动公告", "某府公[2020]2号", BODY[0], BODY[1],
                       "违反规定抢栽抢建的,不予补偿。特", "此公告", "某某市人民政府", "2020年6月2日"], None)
    assert any(text.endswith("不予补偿。特此公告") for text in _texts(doc))


def test_a_short_closing_formula_after_a_sentence_stays_apart():
    """Control: '此复' under a line that ends its sentence (no 特 left after
    the stop) is the 结束语 of its own, a paragraph apart."""
    doc, = _documents(["某某县人民政府关于同意某某镇调整规划的批复", "某某镇人民政府:",
                       "你镇《关于调整规划的请示》收悉。经研究,同意调整。", "此复", "某某县人民政府", "2021年3月1日"],
                      None)
    assert "此复" in _texts(doc)
