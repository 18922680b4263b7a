"""The document grammar on layouts of the two-hundred-and-eighty-eighth held-out
set's kind (issue #11): new-energy vehicle and charging texts of cities (an
office's 通知 issuing a 工作方案 or a 补贴实施办法, an office's 实施意见, a city
gazette's 政策意见) as their sites and mirrors store them, one mirror glossing
its characters with pinyin in brackets without tone marks ('广(guang)安',
'市(shi)(shi)县'), which no printed page holds. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An office's 实施意见 on a mirror that glosses characters with toneless pinyin, a gloss written twice over.
GLOSSED = ["东(dong)岭市人民政府办公室关于加快推进(jin)充电基础(chu)设施建设的实施意见",
           "各区(qu)市(shi)(shi)县人民政府(fu),市(shi)级(ji)相(xiang)关部门:",
           "为加快推(tui)进充电(dian)基础(chu)设(she)(she)施建设,现提出如下(xia)实(shi)施(shi)意见。",
           "一、指导思想", "坚持统(tong)筹规划,适度超前,加快形成充电网络。"]
PLAIN = ["东岭市人民政府办公室关于加快推进充电基础设施建设的实施意见", "各区市县人民政府,市级相关部门:"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_mirrors_toneless_pinyin_is_no_text_and_the_title_names_its_organ(columns):
    """GB/T 9704 7.3.1: the title names the organ that issues it ('东岭市人民
    政府办公室关于…的实施意见'). A mirror that writes a character's reading in
    brackets after it, without tone marks, prints no text of the document:
    a bracketed syllable that is a reading of the Han character before it
    (广 guang, 府 fu), the same syllable written twice over ('市(shi)(shi)'),
    wherever the wrap falls, on a page that glosses so more than once, is
    removed as the toned ones are (decode.TONELESS_RE), and the title, the
    主送 and the issuer read as printed."""
    docs = _documents(GLOSSED, columns)
    assert [d.title for d in docs] == [PLAIN[0]]
    assert docs[0].issuers == ["东岭市人民政府办公室"]
    assert docs[0].addressees.replace("，", ",") == PLAIN[1][:-1]
    assert "(" not in docs[0].parts[-1].blocks[-1].text


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_brackets_that_are_no_reading_of_the_character_before_stay(columns):
    """The control: Latin letters in brackets after a Han character that are
    no reading of it ('方案(a)', '面积(km)', '附件(b)') are the text's own, and
    one bracket that happens to spell a reading ('定额(e)' beside no other
    gloss) is no annotating page: all stay."""
    text = ["西川县人民政府关于印发充电设施建设方案的通知", "各乡镇人民政府:",
            "现将方案(a)和附件(b)印发给你们,建设面积(km)按附表计,执行定额(e)标准。", "西川县人民政府", "2021年3月1日"]
    docs = _documents(text, columns)
    body = "".join(b.text for p in docs[0].parts for b in p.blocks)
    for kept in ("(a)", "(b)", "(km)", "(e)"):
        assert kept in body.replace("（", "(").replace("）", ")")


# A 政策意见's measures numbered '1.' to '4.', the last opening on the span of years it is for.
MEASURES = ["关于市区新能源汽车推广应用的政策意见(试行)", "东城区、西城区人民政府,市政府有关部门:",
            "为加快市区新能源汽车推广应用,特制订本意见。", "一、政策措施", "(一)对市区单位和居民购买新能源汽车给予补贴。",
            "1.购买纯电动汽车,每辆补贴2万元。", "2.购买纯电动公交车,按销售价的50%给予补助。",
            "3.购买燃料电池汽车,每辆补贴8万元。",
            "4.2011-2012年,市财政每年安排1500万元,专项用于新能源汽车推广应用补助。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_item_that_opens_on_a_span_of_years_is_the_next_point(columns):
    """GB/T 9704 7.3.3 (the outline's 4th level '1.'): an item may open on the
    span of years it is for, run straight onto its label ('4.2011-2012年，…'),
    as it may on one year ('1.2018年…'): no fraction is read '4.2011-2012年',
    so the figure and the mark are the label (numbering.SCHEMES 'ar')."""
    docs = _documents(MEASURES, columns)
    assert [d.title for d in docs] == [MEASURES[0]]
    points = [b for p in docs[0].parts for b in p.blocks if getattr(b, "kind", None) == "ar"]
    assert len(points) == 4


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_decimal_before_a_year_span_that_is_no_label_stays_text(columns):
    """The control: a figure with a decimal the line goes on with ('1.5倍', a
    wrapped line's '2.2011' with no 年 after the span) is no label."""
    text = MEASURES[:5] + ["1.购买纯电动汽车,每辆补贴2万元,", "2.5倍于2011-2012年的标准执行。"]
    docs = _documents(text, columns)
    points = [b for p in docs[0].parts for b in p.blocks if getattr(b, "kind", None) == "ar"]
    assert len(points) == 1
