"""The document grammar on layouts of the hundred-and-fifty-third held-out
set's kind (issue #11): numbered orders of a 指挥部 ('XX指挥部5号令') and
notices of military-service registration (兵役登记公告) as libraries and
mirrors store them: a 令 whose date a library prints under its title as well
as under its signature, and an unsigned 公告 titled by a government's office
named by its charge. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- the signature over the closing date

ORDER = ["某某县森林防灭火指挥部", "3号令", "2023年2月10日", "各乡镇人民政府,县直各单位:",
         "当前森林防火形势严峻,现作出如下决定:", "1.全县所有林区一律禁止野外用火。",
         "2.各乡镇要在3月底前完成隐患排查。", "此令由各乡镇人民政府执行,不得有误。",
         "某某县森林防灭火指挥部", "2023年2月10日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_order_dated_under_its_title_is_signed_over_the_closing_date(columns):
    """GB/T 9704 7.3.5: the signature stands right above the 成文日期 that
    closes the text. A 令's date printed under its name as well (the head a
    library or a 令's 版头 sets: organ, 'N号令', date) has no signature above
    it: the organ signed over the date at the foot is the issuer."""
    docs = _documents(ORDER, columns)
    assert [d.title for d in docs] == ["某某县森林防灭火指挥部3号令"]
    assert docs[0].issuers == ["某某县森林防灭火指挥部"]
    assert docs[0].date == "2023-02-10"


# A notice the store cut mid-sentence, with no signature or date: nothing closes it but the next title.
CUT_NOTICE = ["某某市关于开展2018年兵役登记工作的通告", "根据《中华人民共和国兵役法》，现就兵役登记有关事项通告如下：",
              "一、凡年满18周岁的男性公民，应当在规定时间内进行兵役登记。",
              "二、各机关、团体、学校、企事业单位和其他组织，要依法组织或督促适龄公民"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("head", [["某某县森林防灭火指挥部3号令"], ORDER[:2]])
def test_an_order_by_its_number_over_its_date_opens_under_a_cut_sentence(head, columns):
    """GB/T 9704 10.1: a 令 is headed by its 发文机关标志 and 令号; a web page
    sets its 成文日期 alone right under them ('某某县森林防灭火指挥部3号令' /
    '2023年2月10日'). No signature holds a number, and a sentence citing an
    order by its number dates it in brackets and goes on: so the order
    opens its own document though the text above stops mid-sentence."""
    docs = _documents(CUT_NOTICE + head + ORDER[2:], columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "某某县森林防灭火指挥部3号令"]
    assert docs[1].date == "2023-02-10"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_order_cited_with_its_date_in_brackets_stays_in_the_sentence(columns):
    """Control: the same order named in the cut sentence's next line with its
    date in brackets and the sentence going on ('…3号令' / '（2023年2月10日）
    要求，…'): no frame, the notice's text."""
    docs = _documents(CUT_NOTICE + ["某某县森林防灭火指挥部3号令", "（2023年2月10日）要求，做好登记期间的防火工作。"],
                      columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]


def test_a_date_under_the_title_alone_still_dates_an_unsigned_order():
    """Control: with no signature at its foot the order has no issuer read
    from a signature, and the date under its title still dates it."""
    unsigned = ORDER[:-2]
    docs = _documents(unsigned, None)
    assert docs[0].date == "2023-02-10"
    assert docs[0].issuers == ["某某县森林防灭火指挥部"] or docs[0].issuers == []


# ---------------------------------------------------------------- a government's office named by its charge

def _notice(title: str) -> list[str]:
    return [title, "根据兵役法的规定,现将有关事项公告如下:", "一、登记时间", "2023年1月1日至6月30日。",
            "二、登记对象", "户籍在本区、年内年满十八周岁的男性公民均应参加登记。"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("title, organ", [
    ("某某区人民政府征兵办公室兵役登记公告", "某某区人民政府征兵办公室"),
    ("某某縣人民政府征兵辦公室兵役登記公告", "某某縣人民政府征兵辦公室"),
    ("某某市人民政府外事办公室护照办理公告", "某某市人民政府外事办公室")])
def test_an_unsigned_notice_is_issued_by_the_office_its_title_names(title, organ, columns):
    """An unsigned 公告 titled 发文机关 + 事由 + 文种 without 关于 (GB/T 9704
    7.2.5) names its organ first; a government's office named by its charge
    ('…人民政府征兵办公室', '…人民政府外事办公室') is one organ with the
    government's name, as a signature prints it, not the government."""
    docs = _documents(_notice(title), columns)
    assert docs[0].issuers == [organ]


@pytest.mark.parametrize("title, organ", [
    ("某某县人民政府拟征收土地启动公告", "某某县人民政府"),
    ("某某县人民政府关于设立便民服务办公室的公告", None)])
def test_a_government_before_its_matter_stays_the_issuer(title, organ):
    """Control: a government named before the 事由 with no office after it
    ('…人民政府拟征收土地…公告') is the issuer as before; 关于 opens the 事由,
    and an office the 事由 names after it is no part of the organ."""
    docs = _documents(_notice(title), None)
    if organ:
        assert docs[0].issuers == [organ]
    else:
        assert "某某县人民政府关于设立便民服务办公室" not in docs[0].issuers


# ---------------------------------------------------------------- under the date in an order's head

HEADED = ["某某县森林防灭火指挥部", "4号令", "2023年3月1日",
          "各乡镇人民政府,县经济开发区管委会,县直各单位,县指挥部各成员单位:",
          "为切实做好清明节期间森林防灭火工作,经县指挥部研究,现作出如下决定:",
          "1.全县所有林区一律禁止野外用火。", "2.各乡镇要在3月底前完成隐患排查。",
          "某某县森林防灭火指挥部", "2023年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
@pytest.mark.parametrize("opening", [0, 1])  # the 主送 under the date, or the body's first sentence
def test_what_the_wrap_sets_under_an_orders_dated_head_is_no_text_it_issues(opening, columns):
    """A text a notice issues may begin, untitled, under its 成文日期; a
    title has no clause marks and does not open as a body's sentence opens
    (GB/T 9704 7.3.1; '为…', '根据…'). Under the date in a numbered order's
    head, the 主送 the wrap cut before its colon ('各乡镇人民政府,县经济开
    发区管委会,' / …) and the body's first sentence, its purpose clause cut
    before its comma, are the order's own text, not a text it issues."""
    docs = _documents(ORDER + HEADED[:3] + HEADED[3 + opening:], columns)
    assert [d.title for d in docs] == ["某某县森林防灭火指挥部3号令", "某某县森林防灭火指挥部4号令"]
    assert [len(d.parts) for d in docs] == [1, 1]
    assert docs[1].addressees == (None if opening else HEADED[3][:-1].replace(",", "，"))
    assert docs[1].issuers == ["某某县森林防灭火指挥部"]
