"""The document grammar on layouts of the three-hundred-and-thirty-fourth
held-out set's kind (issue #11): supply-and-marketing cooperative and rural
commerce texts (供销合作社 改革 实施意见, 电子商务进农村 and 县域商业体系 plans
issued by 通知) of city and county bodies as their sites and a law library
store them (a city government's 实施意见 with its number in ASCII parentheses
on its own line and a paragraph the store broke after '《'; a county office's
notice whose number and title share one line with a space between them; notices
dated with no organ over the date, one titled from its 关于 with no organ; a
notice signed and dated, '(此件公开发布)' under the date, then its plan). The
set measured every document, field, provision and part right in every layout,
order, two columns and boxes before any rule looked at it, so these cases pin
its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A county office's notice whose number and title share one line, a space between; dated with no organ over the date.
NUMBER_BESIDE_TITLE = ["某府办发〔2023〕5号 某某县人民政府办公室关于印发《某某县县域商业体系建设工作方案》的通知",
                       "各乡(镇)人民政府,各街道办事处,县政府相关工作部门:",
                       "《某某县县域商业体系建设工作方案》已经县政府研究同意,现印发给你们,请认真抓好落实。",
                       "2023年3月15日", "某某县县域商业体系建设工作方案",
                       "为加快推进县域商业体系建设,促进农村消费和农民增收,结合我县实际,制定本方案。",
                       "一、总体要求", "(一)指导思想",
                       "以渠道下沉和农产品上行为主线,完善县域流通体系,畅通工业品下乡和农产品进城双向流通渠道。",
                       "(二)工作目标", "改造提升县域商贸中心和物流配送中心,建设一批乡镇商贸中心和村级便利店。"]
# A notice titled from its 关于 with no organ, dated with none over the date, its plan's '1.' items run into sentences.
NO_ORGAN = ["关于印发《某某县农村电子商务发展工作方案》的通知", "各乡镇人民政府,县直有关单位:",
            "《某某县农村电子商务发展工作方案》业经县政府研究通过,现印发给你们,请结合实际,认真贯彻落实。",
            "2024年2月4日", "某某县农村电子商务发展工作方案",
            "为推动农村电子商务发展,结合我县实际,特制定本工作方案。", "一、基本情况", "(一)发展概况",
            "1.基本县情。我县辖110个行政村,常住人口27.1万人。", "2.电商概况。村级电子商务服务站126个,覆盖率达100%。"]
# A county government's notice signed and dated, '(此件公开发布)' under the date, then its plan.
PUBLIC_MARK = ["某某县人民政府关于印发某某县农产品流通体系建设实施方案的通知", "各镇人民政府,县直各有关单位:",
               "《某某县农产品流通体系建设实施方案》已经县政府研究同意,现将方案印发给你们,请认真组织实施。",
               "某某县人民政府", "2022年4月28日", "(此件公开发布)", "某某县农产品流通体系建设实施方案",
               "为完善农产品流通体系,结合我县实际,特制定本实施方案。", "一、基本情况",
               "全县辖8镇185个村,乡村消费品零售额 6.94 亿元。", "(一)流通摸底情况", "1.县城农产品批发市场情况",
               "全县共有农产品批发市场3个,年交易额2亿元。"]
# A city government's 实施意见, its number in ASCII parentheses on its own line, a paragraph broken after '《'.
OPINION_BROKEN = ["某某市人民政府关于进一步加快供销合作社改革发展的实施意见", "(某政〔2008〕43号)",
                  "各县、市、区人民政府,市政府各部门、各直属机构:", "为贯彻落实《",
                  "某某省人民政府关于进一步加快供销合作社改革发展的意见》(某政〔2008〕38号)精神,现结合我市实际,提出以下实施意见。",
                  "一、充分认识供销合作社改革发展的重要意义", "供销合作社是服务“三农”的重要力量,各地要进一步加快供销合作社改革发展。",
                  "二、加强农村现代流通服务网络建设", "各地要扎实推进网点建设,改造、整合、优化供销社现有经营网络资源。"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_number_beside_its_title_on_one_line_reads_apart(columns):
    """GB/T 9704 7.2.4 and 7.3.1: a 发文字号 a site prints before the title on
    the same line, a space between, is the number and not part of the title;
    7.3.5.4: a 成文日期 with no organ over it closes the notice, whose issuer
    is the organ its title names; the plan after the date is the text it
    issues, its '一、' '(一)' '(二)' its provisions."""
    doc = _two(NUMBER_BESIDE_TITLE, columns)
    assert doc.title == "某某县人民政府办公室关于印发《某某县县域商业体系建设工作方案》的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某府办发〔2023〕5号", ["某某县人民政府办公室"], "2023-03-15")
    assert "某某县县域商业体系建设工作方案" in [p.title for p in doc.parts]
    assert _labels(doc) == ["一、", "（一）", "（二）"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_from_its_about_dated_with_no_organ_has_no_issuer(columns):
    """The control of the case above: a title that opens on 关于 names no
    organ, and no organ signs over the date, so the notice has no issuer (the
    plan's own lines name none); its '1.' items run into their sentences are
    provisions and their sentences stay."""
    doc = _two(NO_ORGAN, columns)
    assert doc.title == NO_ORGAN[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, [], "2024-02-04")
    assert "某某县农村电子商务发展工作方案" in [p.title for p in doc.parts]
    assert _labels(doc) == ["一、", "（一）", "1.", "2."]
    assert "村级电子商务服务站126个" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_signed_notice_with_its_public_mark_then_its_plan(columns):
    """GB/T 9704 7.3.5.1: the organ over the 成文日期 signs the notice; 7.3.7:
    the 附注 '(此件公开发布)' under the date closes it and opens no title; the
    plan after it is the text the notice issues, its headings its
    provisions."""
    doc = _two(PUBLIC_MARK, columns)
    assert doc.title == PUBLIC_MARK[0]
    assert (doc.issuers, doc.date) == (["某某县人民政府"], "2022-04-28")
    assert "某某县农产品流通体系建设实施方案" in [p.title for p in doc.parts]
    assert _labels(doc) == ["一、", "（一）", "1."]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_opinion_whose_paragraph_breaks_after_an_open_quote_stays_one_text(columns):
    """GB/T 9704 7.2.4: a number in parentheses on its own line under the
    title is the 发文字号; a paragraph a store broke after '《' goes on in the
    next line, which opens on an organ's name and 关于 but is no title (it
    closes its 《》 and its sentence); an 实施意见 cut short has no signature or
    date, its issuer the organ its title names."""
    doc = _two(OPINION_BROKEN, columns)
    assert doc.title == OPINION_BROKEN[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政〔2008〕43号", ["某某市人民政府"], None)
    assert _labels(doc) == ["一、", "二、"]
    assert "提出以下实施意见" in _text(doc)
