"""The document grammar on layouts of the two-hundred-and-seventieth held-out
set's kind (issue #11): intellectual-property texts of city, county and
district bodies (a district's 通知 issuing its 知识产权保护 工作方案, a
county's 通知 issuing its 地理标志 管理办法, a city's 商标战略 意见 under its
版头 '某某市人民政府文件', a county bureau's 通知 on the 示范企业 work sent to
'有关单位' with no colon, a district office's 转发 通知, a city's 若干意见) as
their sites and mirrors store them, excerpts cut mid-sentence with no
signature. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An opinion under its 版头 ('XX文件') and 发文字号, its title naming its organ short, cut before any signature.
MARKED_OPINION = ["某某市人民政府文件", "某政发〔2010〕182号", "市政府关于大力实施商标战略",
                  "推进创新型城市建设的意见", "各辖市、区人民政府，市各委办局，市各直属单位：",
                  "为贯彻落实国家知识产权战略纲要，加快品牌强市建设步伐，特制定本意见。", "一、重要意义",
                  "商标战略是以商标创造、运用、保护和管理为主要环节的经济发展和企业经营战略，各地、各有关"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_issuers_mark_names_in_full_the_organ_an_unsigned_title_names_short(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the organ's full name (or its
    规范化简称) and '文件' after it; 7.3.1: the title may name the same
    organ short ('市政府关于…的意见'). With no signature under the body (the
    store cut it), the issuer is the organ the 版头 names in full, as where
    the organ's name alone stands over the frame, not the title's short
    name."""
    doc, = _documents(MARKED_OPINION, columns)
    assert doc.title == "市政府关于大力实施商标战略推进创新型城市建设的意见"
    assert doc.doc_number == "某政发〔2010〕182号"
    assert doc.issuers == ["某某市人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_naming_its_organ_short_under_no_mark_or_another_organs_keeps_its_name(columns):
    """Control: without the 版头 the title's short name is the issuer as
    printed; under the mark of another organ (a 财政局's, which no '市政府'
    ends) the title's organ stays the title's; and a signature under the body
    names the issuer as before."""
    doc, = _documents(MARKED_OPINION[2:], columns)
    assert doc.issuers == ["市政府"]
    doc, = _documents(["某某市财政局文件"] + MARKED_OPINION[1:], columns)
    assert doc.issuers == ["市政府"]
    doc, = _documents(MARKED_OPINION[:-1] + ["商标战略是经济发展和企业经营战略。", "某某市人民政府",
                                             "2010年12月1日"], columns)
    assert doc.issuers == ["某某市人民政府"] and doc.date == "2010-12-01"


# A printed issue whose 目录 lists the opinion under its issuer's 发文机关标志, printed as the section's heading.
LISTED_ISSUE = ["某某市人民政府公报", "2010年第1号", "目　　录", "某某市人民政府文件",
                "市政府关于大力实施商标战略推进创新型城市建设的意见……1", "", "某某市人民政府文件",
                "市政府关于大力实施商标战略推进创新型城市建设的意见", "（某政发〔2010〕182号）",
                "各辖市、区人民政府，市各委办局，市各直属单位：",
                "为贯彻落实国家知识产权战略纲要，加快品牌强市建设步伐，特制定本意见。", "一、重要意义",
                "商标战略是以商标创造、运用、保护和管理为主要环节的经济发展和企业经营战略，各地、各有关", "— 1 —"]


def test_the_mark_a_contents_lists_an_unsigned_text_under_names_its_short_organ_in_full():
    """GB/T 9704 7.2.2 as a gazette prints it: the 目录 groups its texts under
    each issuer's 'XX文件', the heading the issue prints over them. An
    unsigned text whose title names that organ short ('市政府关于…') is the
    organ's the heading names in full."""
    from builder.convert import convert_text
    doc, = convert_text("\n".join(LISTED_ISSUE) + "\n", "issue.txt", "issue").documents
    assert doc.title == "市政府关于大力实施商标战略推进创新型城市建设的意见"
    assert doc.issuers == ["某某市人民政府"]


def test_a_heading_of_another_organ_leaves_the_titles_short_organ():
    """Control: under another organ's 'XX文件' heading (a 财政局's, which no
    '市政府' ends) the unsigned text keeps its title's organ, completed by the
    city the gazette's name gives as before; a signed one keeps its
    signature."""
    from builder.convert import convert_text
    texts = [t.replace("某某市人民政府文件", "某某市财政局文件") for t in LISTED_ISSUE]
    doc, = convert_text("\n".join(texts) + "\n", "issue.txt", "issue").documents
    assert doc.issuers == ["某某市政府"]
    signed = LISTED_ISSUE[:-2] + ["商标战略是经济发展和企业经营战略。", "某某市政府", "2010年12月1日", "— 1 —"]
    doc, = convert_text("\n".join(signed) + "\n", "issue.txt", "issue").documents
    assert doc.issuers == ["某某市政府"] and doc.date == "2010-12-01"


# A notice sent to every party concerned, the class's name alone under its title, the page having lost its colon.
CONCERNED_NOTICE = ["关于面向企业组织开展2023年度知识产权强国建设示范工作的通知", "有关单位",
                    "根据上级通知要求，我局决定开展2023年度知识产权优势企业和示范企业申报工作，具体通知如下：",
                    "一、条件范围", "申报优势企业的，应为本县区域内知识产权优势突出的企业。", "二、联系方式",
                    "政策咨询"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_concerned_parties_class_alone_under_a_title_is_its_addressee(columns):
    """GB/T 9704 7.3.2: the 主送机关 names the organs by their full names,
    short names or 统称; '有关单位', the 统称 of every party the matter
    concerns, is a whole 主送. Alone on the line under the title with no
    colon (the page lost it), it is that 主送 and ends its paragraph: the
    body's first sentence opens under it, not run onto it."""
    doc, = _documents(CONCERNED_NOTICE, columns)
    assert doc.addressees == "有关单位"
    body = [b.text for b in doc.parts[0].blocks if getattr(b, "role", None) == "body"]
    assert body[0].startswith("根据上级通知要求")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_concerned_class_inside_a_sentence_or_under_the_body_is_no_addressee(columns):
    """Control: the same words opening a sentence under the title ('有关单位
    要…', wrapped or not) are the body's, and a notice with its 主送 printed
    with the colon keeps it as before."""
    sentence = ["关于开展知识产权示范工作的通知", "有关单位要按照上级通知要求，认真组织申报工作，确保材料真实准确。",
                "一、条件范围", "申报优势企业的，应为本县区域内知识产权优势突出的企业。"]
    doc, = _documents(sentence, columns)
    assert doc.addressees is None
    doc, = _documents([CONCERNED_NOTICE[0], "各有关单位："] + CONCERNED_NOTICE[2:], columns)
    assert doc.addressees == "各有关单位"
