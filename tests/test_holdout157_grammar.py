"""The document grammar on layouts of the hundred-and-fifty-seventh held-out
set's kind (issue #11): civil air defence notices (防空警报试鸣 通告 and 公告
of county and city governments and their 人民防空办公室) and state-asset
bodies' notices, as news portals and law databases store them: a portal
that prints the document's title only as its '(原标题:…)' note, a law
database that prints its own record of the document ('发文标题:',
'发文文号:', '发文部门:' …) over the text. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


# ---------------------------------------------------------------- a law database's record of the document

RECORD = ["发文标题: 某某市国资委关于印发《某某市国资委监管企业担保管理办法》的通知",
          "发文文号: 某国资发[2023]12号", "发文部门: 某某市国资委", "发文时间: 2023-3-8",
          "实施时间: 2023-4-1", "失效时间: 2028-3-31", "法规类型: 某某", "所属行业: 所有行业", "所属区域: 某某"]
ISSUING = ["各监管企业:", "《某某市国资委监管企业担保管理办法》已经委党委会审议通过,现印发给你们,请遵照执行。",
           "某某市国资委", "2023年3月8日", "某某市国资委监管企业担保管理办法", "第一章 总则",
           "第一条 为规范监管企业担保行为,防范经营风险,制定本办法。", "第二条 本办法适用于市国资委监管企业。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_law_databases_record_of_the_document_names_its_title_and_number(columns):
    """A law database prints its own record over the text it stores, a
    'label: value' field a line: 发文标题, 发文文号, 发文部门, 发文时间,
    实施时间, 失效时间, 法规类型, 所属行业, 所属区域 (as a disclosure page
    prints 名称, 文号, 索引号 …). The record is the site's, not the text's:
    its 发文标题 is the 标题 and its 发文文号 the 发文字号 (GB/T 9704 7.2.4,
    7.3.1), the rest the page's furniture, and the text from its 主送 on is
    the document, the 主送 right under its head."""
    docs = _documents(RECORD + ISSUING, columns)
    assert [d.title for d in docs] == ["某某市国资委关于印发《某某市国资委监管企业担保管理办法》的通知"]
    assert (docs[0].doc_number, docs[0].addressees, docs[0].issuers, docs[0].date) == (
        "某国资发〔2023〕12号", "各监管企业", ["某某市国资委"], "2023-03-08")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_record_that_names_no_title_stays_text(columns):
    """Control: fields of the same labels that name no 标题 (a 办法's
    article setting out when it takes effect and lapses, '实施时间:' and
    '失效时间:' lines in its body) are the text's own lines."""
    body = ["附:有效期", "实施时间: 2023-4-1", "失效时间: 2028-3-31", "所属区域: 某某市"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    text = "".join(getattr(b, "text", "") for part in docs[0].parts for b in part.blocks).replace(" ", "").replace("：", ":")
    assert "实施时间:2023-4-1" in text and "所属区域:某某市" in text


# ---------------------------------------------------------------- a portal's '(原标题:…)' note

def _noted(opening: str, close: str, title: str) -> list[str]:
    return [f"{opening}原标题{close}{title}{')' if opening == '(' else '）'}",
            "为增强全县人民的国防观念和防空意识,县政府决定于2024年9月18日在县城区进行防空警报试鸣。现将有关事项通告如下:",
            "一、试鸣时间", "2024年9月18日10时00分至10时19分。", "二、警报信号", "(一)预先警报:鸣36秒,停24秒,反复3遍。",
            "(二)空袭警报:鸣6秒,停6秒,反复15遍。", "某某县人民政府", "2024年9月10日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("opening, close", [("(", ":"), ("（", "："), ("(", "：")])
def test_a_portals_note_of_the_original_title_is_the_documents_title(opening, close, columns):
    """A news portal reposting an organ's notice under a headline of its own
    names the document by a note '(原标题:…)' in brackets; stored without the
    portal's headline, the note is all the page prints of the 标题: the title
    it quotes, a title by its own grammar (an organ, 关于, a 文种 last, no
    clause mark), is the document's 标题, after a text above too."""
    title = "某某县人民政府关于在全县实施防空警报试鸣的通告"
    docs = _documents(NOTICE + _noted(opening, close, title), columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].date, [p.label for p in docs[1].provisions]) == (
        ["某某县人民政府"], "2024-09-10", ["一、", "二、", "（一）", "（二）"])
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_note_quoting_a_headline_or_run_in_a_sentence_is_left(columns):
    """Control: a note that quotes a news headline, no 文种 last ('(原标题:
    今天上午防空警报将拉响)'), and a 原标题 named inside a sentence are the
    page's words: no document's 标题 is read from them."""
    headline = ["(原标题:今天上午防空警报将拉响)", "记者从县人防办获悉,今天上午县城区将试鸣防空警报(原标题:某某县人民政府关于试鸣防空警报的通告)。"]
    docs = _documents(NOTICE + headline, columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a 结束语 a scan spaced

SIREN = ["某某县人民政府关于试鸣防空警报的公告",
         "为增强广大市民的国防观念和防空意识,决定于2020年9月18日在县城区组织防空警报试鸣。现公告如下:",
         "一、试鸣时间:9月18日上午10时00分至10时30分。", "二、届时请广大市民不要惊慌,保持正常的工作和生活秩序。"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("closing", ["特此 公告", "特 此 公 告", "特此 公告。"])
def test_a_closing_formula_a_scan_spaced_is_no_title(closing, columns):
    """GB/T 9704 7.3.3: '特此公告' closes the body, never titles a text; OCR
    of a scanned page leaves spaces inside it ('特此 公告') as inside any
    line. Spaced, it is the same 结束语: the signature and 成文日期 under it
    are the 公告's, no document of their own."""
    docs = _documents(SIREN + [closing, "某某县人民政府", "2020年8月31日"] + NOTICE, columns)
    assert [d.title for d in docs] == [SIREN[0], NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2020-08-31")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_closing_formula_unspaced_stays_the_close(columns):
    """Control: '特此公告' as typeset closes the body as before."""
    docs = _documents(SIREN + ["特此公告", "某某县人民政府", "2020年8月31日"] + NOTICE, columns)
    assert [d.title for d in docs] == [SIREN[0], NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2020-08-31")
