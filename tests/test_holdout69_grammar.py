"""The document grammar on layouts of the sixty-ninth held-out set's kind
(issue #11): everyday documents of county and district governments and their
offices as their sites publish them (通知 issuing a 方案 or a 工作规则, a 转发,
a short 征集 notice). The set was measured at 100% in every layout before any
rule looked at it, so these are CONTROLS, no rule's cases: each pins, on
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) through the real input path, a shape the
set showed, first in its file and under another notice, so that a later rule
that breaks it fails here and not only in the measure.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
BEFORE = [[], NOTICE]  # the document first in its file, or under a signed notice


def _last(paragraphs: list[str], before: list[str], columns):
    docs = _documents(before + paragraphs, columns)
    assert len(docs) == (2 if before else 1), [d.title for d in docs]
    return docs[-1]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_number_and_title_on_one_line_over_an_unsigned_date(before, columns):
    """A page that prints the 发文字号 and the title on one line parted by a
    space ('某政〔2025〕3号 某某县人民政府关于…的通知'), the 主送, the body, the
    date alone with no signature and '(此件公开发布)', then the rules it issues
    under 第一章 numbered 一、: the number is the number, the title the title,
    the organ it names the issuer."""
    doc = _last(["某政〔2025〕3号 某某县人民政府关于印发某某县人民政府工作规则的通知",
                 "各镇人民政府,各街道办事处,县人民政府各部门:", "现将《某某县人民政府工作规则》印发给你们,请认真贯彻落实。",
                 "2025年2月19日", "(此件公开发布)", "某某县人民政府工作规则", "第一章  总  则",
                 "一、根据有关法律法规,结合我县实际,制定本规则。", "二、县政府工作坚持依法行政。"], before, columns)
    assert doc.title == "某某县人民政府关于印发某某县人民政府工作规则的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政〔2025〕3号", ["某某县人民政府"], "2025-02-19")
    assert [p.kind for p in doc.provisions] == ["zhang", "cn", "cn"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_title_with_spaces_inside_it_is_one_title(before, columns):
    """A title the page printed on one line with spaces where the print broke
    it ('某某县人民政府办公室 关于印发…发展 实施方案的通知'), its 发文字号 under it."""
    doc = _last(["某某县人民政府办公室 关于印发某某县促进专业镇高质量发展 实施方案的通知", "某政办发〔2023〕14号",
                 "各乡(镇)人民政府,县直各有关单位:",
                 "《某某县促进专业镇高质量发展实施方案》已经县人民政府同意,现印发给你们,请认真组织实施。",
                 "某某县人民政府办公室", "2023年9月1日", "(此件公开发布)", "某某县促进专业镇高质量发展实施方案",
                 "为促进全县专业镇高质量发展,制定本实施方案。", "一、指导思想"], before, columns)
    assert doc.title == "某某县人民政府办公室关于印发某某县促进专业镇高质量发展实施方案的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政办发〔2023〕14号", ["某某县人民政府办公室"], "2023-09-01")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_banner_over_a_damaged_number_and_date(before, columns):
    """A 版头 ('某某市某某区人民政府文件') over a 发文字号 whose page lost 〕 and 号
    ('某区政发〔20188'), the title over two lines, and a date that lost 年, 月
    and 日 ('2018510'): the number as printed, the date read, the title's organ
    the issuer; the rules under it in 第X条."""
    doc = _last(["某某市某某区人民政府文件", "某区政发〔20188", "某某区人民政府关于印发", "某某区人民政府工作规则的通知",
                 "各街道办事处,各委、办、局,各直属单位:", "现将《某某区人民政府工作规则》印发给你们,请遵照执行。", "2018510",
                 "(此件主动公开)", "某某区人民政府工作规则", "第一章  总则", "第一条  为全面正确履行政府职能,制定本规则。",
                 "第二条  区政府工作坚持依法行政。"], before, columns)
    assert doc.title == "某某区人民政府关于印发某某区人民政府工作规则的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某区政发〔20188", ["某某区人民政府"], "2018-05-10")
    assert [p.kind for p in doc.provisions] == ["zhang", "tiao", "tiao"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_short_notice_with_no_addressee_signature_or_date(before, columns):
    """A 征集 notice titled without its organ, with no 主送, closed by contact
    lines and an empty '附件:' line: one document, nothing invented for it."""
    doc = _last(["关于公开征集某某区2023年民心工程项目意见建议的通知",
                 "为保障和改善民生,区委、区政府决定实施某某区2023年民心工程。",
                 "现面向全区广泛征集项目意见建议,请提出宝贵意见和建议。", "征集时间:自即日起至2022年10月31日",
                 "联系电话:022-12345678", "地    址:某某区府前街2号", "附件:"], before, columns)
    assert doc.title == "关于公开征集某某区2023年民心工程项目意见建议的通知"
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, [], None, None)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_number_over_the_organ_over_the_subject(before, columns):
    """GB/T 9704's 版头 laid out as lines: the 发文字号, the organ's line and
    the 事由 line ('关于转发…的通知') under it are one title and its number."""
    doc = _last(["某政办函〔2023〕223号", "某某县人民政府办公室",
                 "关于转发某某县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案的通知",
                 "各乡镇人民政府,县政府有关部门:",
                 "县生态环境局拟定的《实施方案》已经县人民政府研究同意,现转发给你们,请认真抓好贯彻落实。",
                 "某某县人民政府办公室", "2023年11月16日", "某某县深入打好柴油货车污染治理、",
                 "臭氧污染防治和重污染天气消除攻坚战行动实施方案", "为持续改善环境空气质量,制定本方案。", "一、总体要求",
                 "(一)指导思想"], before, columns)
    assert doc.title == ("某某县人民政府办公室关于转发某某县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战"
                         "行动实施方案的通知")
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政办函〔2023〕223号", ["某某县人民政府办公室"], "2023-11-16")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("before", BEFORE)
def test_a_title_naming_its_organ_by_a_short_name(before, columns):
    """A title that names its organ '区政府', signed with the organ's full name."""
    doc = _last(["区政府关于印发《某某市某某区人民政府工作规则》的通知", "某政发〔2025〕38号", "各街道,区各办局、直属单位:",
                 "《某某市某某区人民政府工作规则》已经区政府常务会议讨论通过。现印发给你们,请遵照执行。",
                 "某某市某某区人民政府", "2025年10月20日", "(此件公开发布)", "某某市某某区人民政府工作规则", "第一章 总 则",
                 "一、根据有关法律法规,结合本区实际,制定本规则。"], before, columns)
    assert doc.title == "区政府关于印发《某某市某某区人民政府工作规则》的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政发〔2025〕38号", ["某某市某某区人民政府"], "2025-10-20")
