"""The document grammar on layouts of the thirty-third held-out set's kind
(issue #11): the short pieces a gazette runs one after another (批复, 函,
通告, 公告, 决定, 命令), several without a 发文字号, a 主送 or a signature,
so that nothing but the next title ends the one before. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

REPLY = ["某某区人民政府关于同意调整某某社区的批复", "某某街道办事处:",
         "你街道《关于调整某某社区的请示》收悉。经区政府研究,同意调整。", "此复。", "2021年4月13日"]


# ---------------------------------------------------------------- a 命令 named by the measure it orders

def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("order", ["某某县人民政府森林防火封山令", "某某市人民政府森林防火禁火令",
                                   "2022某某县人民政府森林防火戒严令"])
def test_an_order_named_by_its_measure_is_a_document(order, columns):
    """党政机关公文处理工作条例 第八条: a 命令 puts a compulsory measure in
    force; the 禁火令, 封山令 or 戒严令 a government issues in the fire season
    is titled by its organ, the matter and that word (the year a portal runs
    in before it too). Under an unsigned 批复 it starts a document of its own,
    its issuer the signer, not the title's words before 令."""
    text = ["近日连晴高温,森林火险等级高。为杜绝森林火灾发生,特发布本令:", "一、封山时间",
            "2022年8月18日至2022年8月31日。", "二、封山区域", "某某自然保护区。", "某某县人民政府", "2022年8月17日"]
    docs = _documents(REPLY + [order] + text, columns)
    assert [d.title for d in docs] == [REPLY[0], order]
    assert docs[0].date == "2021-04-13" and docs[0].addressees == "某某街道办事处"
    assert (docs[1].kind, docs[1].issuers, docs[1].date) == ("令", ["某某县人民政府"], "2022-08-17")
    assert _provisions(docs[1]) == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_order_titled_by_its_organ_alone_still_names_it(columns):
    """The 发文机关标志 of a 令 (GB/T 9704 10.1), the organ's name and 令, still
    gives its organ: only an order named by its measure has words before 令
    that are no organ."""
    order = ["某某市人民政府令", "第1号", "《某某市烟花爆竹管理办法》已经市人民政府常务会议通过,现予公布,自2022年1月1日起施行。",
             "市长 张某", "2021年12月1日"]
    docs = _documents(REPLY + order, columns)
    assert "某某市人民政府" in docs[-1].issuers


# ---------------------------------------------------------------- a year whose 〇 is a round letter

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("zero", ["\u039f", "\u03bf", "\u041e", "\u043e"])  # Greek Omicron, Cyrillic O
def test_a_year_typed_with_a_round_letter_for_its_zero_is_a_date(zero, columns):
    """A 成文日期 in Chinese numerals whose 〇 was typed as a round letter from an
    input method's symbol table ('二ΟΟ七年', the Greek capital Omicron, as a
    county's reply prints it) is the date, as '二O一一年' with the Latin letter
    already was: the signature and date close the reply."""
    answer = ["某某市交通局关于对某某市五届人大一次会议第94号建议的答复", "张某某代表:",
              "您提出的《关于开通城市公交车的建议》收悉。现答复如下:市交通局决定对该线车辆予以改造。",
              "某某市交通局", f"二{zero}{zero}七年五月二十四日"]
    docs = _documents(answer + REPLY, columns)
    assert [d.title for d in docs] == [answer[0], REPLY[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某市交通局"], "2007-05-24")


# ---------------------------------------------------------------- a 附注 in brackets under the date

LETTER = ["某某区城市管理局关于区政协第201号提案协办意见的函", "某某街道:",
          "区政协提出的《关于打造特色游园的建议》已转由我局协办。经核实该地块不属于我局管辖范围。", "某某区城市管理局",
          "2022年4月29日", "(联系人:王某某;联系电话:67210092)"]
NOTICE_BELOW = ["关于实施某某市禁渔期制度的通告", "为做好禁渔期工作,特通告如下:", "一、禁渔时间",
                "3月1日0时至6月30日24时。", "某某市农业农村局", "2021年2月28日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_bracketed_note_under_the_date_that_fills_the_line_goes_on_into_nothing(columns):
    """GB/T 9704 7.3.6: the 附注 stands in brackets under the 成文日期, a
    paragraph of its own; a line whose brackets open and close on it is whole
    though it fills the measure (at 18 and 20 columns the contact line does),
    so the title under it starts the next document instead of running on
    from it."""
    docs = _documents(LETTER + NOTICE_BELOW, columns)
    assert [d.title for d in docs] == [LETTER[0], NOTICE_BELOW[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某区城市管理局"], "2022-04-29")
    assert (docs[1].issuers, docs[1].date) == (["某某市农业农村局"], "2021-02-28")
    assert _provisions(docs[1]) == ["一、"]


# ---------------------------------------------------------------- a body line that fills the measure is no title

LAND = ["某某县人民政府土地征收公告", "某府通〔2021〕25号",
        "某某镇某某村8组集体土地的征收申请,已经省人民政府批准。自本公告发布之日起,本府将组织开展征地补偿安置工作。",
        "对本次征地批复(川府土〔2021〕814号)不服的,应当自本公告发布之日起60日内依法申请行政复议。",
        "特此公告。", "某某县人民政府", "2021年12月22日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_paragraph_line_the_wrap_fills_with_a_cited_number_is_no_title(columns):
    """A paragraph's first line that fills the measure exactly, as a
    justified body line does, is cut by the wrap: at 18 columns
    '对本次征地批复(川府土〔2021〕814号)' over '不服的，…' is the start of a
    sentence citing a 批复, not a title with its 发文字号 in brackets (a title
    is centred and shorter, or runs over), so the 公告 keeps its signature
    and date."""
    docs = _documents(REPLY + LAND, columns)
    assert [d.title for d in docs] == [REPLY[0], LAND[0]]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某府通〔2021〕25号", ["某某县人民政府"],
                                                                   "2021-12-22")


def test_a_title_whose_last_line_fills_the_measure_keeps_its_number():
    """The guard is a paragraph's first line: a wrapped title's last line
    that happens to fill the measure (at 23 columns) with its number in brackets is still
    the title and its 发文字号 (GB/T 9704 7.2.4)."""
    title = "某某市市场监督管理局关于印发《某某市市场监管行政处罚裁量基准》的通知(某市监综〔2023〕36号)"
    docs = _documents(REPLY + [title, "各区(县、市)局:", "现将《某某市市场监管行政处罚裁量基准》印发给你们。",
                               "某某市市场监督管理局", "2023年12月8日"], 23)
    assert docs[-1].doc_number == "某市监综〔2023〕36号"
    assert docs[-1].title.startswith("某某市市场监督管理局关于印发")


@pytest.mark.parametrize("columns", [27, 28])
def test_a_title_headed_by_its_organ_keeps_its_number_though_it_fills_the_line(columns):
    """A title that reads as one by its grammar, its organ's full name first
    (标题 = 发文机关 + 事由 + 文种, 关于 left out), keeps its 发文字号 in brackets
    though it fills the measure right under a body's last sentence (at 27 and
    28 columns this one does)."""
    body = ["某某市禁止燃放烟花爆竹条例", "第一条 为了保障公共安全,制定本条例。", "第二条 本条例自2016年11月1日起施行。"]
    notice = ["某某县人民政府拟征收土地启动公告(某征启公告﹝2022﹞4号)",
              "为实施我县土地利用总体规划,经县政府研究,现发布拟征收土地启动公告:",
              "一、拟征收土地范围:", "拟启动征收土地位于某某镇某某村。", "2022年1月29日"]
    docs = _documents(body + notice, columns)
    assert [d.title for d in docs] == [body[0], "某某县人民政府拟征收土地启动公告"]
    assert docs[1].doc_number == "某征启公告〔2022〕4号"
