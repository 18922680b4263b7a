"""The document grammar on layouts of the fifty-seventh brief's kind (issue
#11): policy 解读 and 政策问答 as gazettes and portals print them after the
document they explain — a notice issuing a 办法, then '《…办法》政策解读' or
'关于《…》的解读' with 一、出台背景 … or numbered questions, and a 政策问答 in
'问：' / '答：' signed by its bureau. The stored pages gave no such text with
its title (see tests/devset/README.md), so every case is invented text, laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure), through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]
ISSUING = ["某某县人民政府办公室关于印发《某某县农村集体经济组织管理办法》的通知", "某政办发〔2023〕12号",
           "各乡镇人民政府，县政府各部门：",
           "《某某县农村集体经济组织管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
           "某某县人民政府办公室", "2023年5月8日"]
MEASURES = ["某某县农村集体经济组织管理办法", "第一条 为规范农村集体经济组织管理，制定本办法。", "第二条 本办法自印发之日起施行。"]
EXPLAINED = ["《某某县农村集体经济组织管理办法》政策解读", "一、出台背景", "为规范农村集体经济组织管理，县农业农村局起草了《办法》。",
             "二、主要内容", "《办法》共二条，明确了适用范围和施行日期。"]
QUESTIONS = ["关于《某某县农村集体经济组织管理办法》的解读", "1.什么是农村集体经济组织？",
             "答：农村集体经济组织是指以土地集体所有为基础的经济组织。", "2.《办法》适用于哪些组织？", "答：本县行政区域内的农村集体经济组织。"]
ANSWERS = ["某某市城乡居民医疗保险政策问答", "问：哪些人可以参加城乡居民医保？", "答：本市户籍的城乡居民均可参加。",
           "问：个人缴费标准是多少？", "答：2023年个人缴费标准为每人每年380元。", "某某市医疗保障局", "2023年1月5日"]


# ---------------------------------------------------------------- a 解读 printed after the document it explains

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("explained", [EXPLAINED, QUESTIONS])
def test_a_jiedu_after_the_text_a_notice_issued_is_a_document_of_its_own(explained, columns):
    """A notice issues the texts its passing sentence names ('现将《…办法》印发
    给你们'); the 解读 of that 办法 a gazette prints after it quotes the name in
    its title but is no text the notice issues: the organ publishes it beside
    what it explains (政府信息公开条例). So it opens a document of its own,
    and the notice keeps only the 办法."""
    docs = _documents(ISSUING + MEASURES + explained, columns)
    assert [d.title for d in docs] == [ISSUING[0], explained[0]]
    assert [part.title for part in docs[0].parts] == [ISSUING[0], MEASURES[0]]
    assert docs[1].doc_number is None and docs[1].issuers == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signed_jiedu_under_the_notices_signature_is_no_part_of_it(columns):
    """The notice's own title quotes the 办法 it issues, and a text printed
    after its signature and date under that name is its part; a 解读 of the
    办法 there, signed by the bureau that drafted it, is the bureau's."""
    signed = EXPLAINED + ["某某县农业农村局", "2023年5月10日"]
    docs = _documents(ISSUING + signed, columns)
    assert [d.title for d in docs] == [ISSUING[0], EXPLAINED[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某县农业农村局"], "2023-05-10")
    assert len(docs[0].parts) == 1


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_issuing_a_policy_qa_keeps_it(columns):
    """A notice that names a 问答 as what it issues ('现将《…政策问答》印发给你们')
    passes it on: the 问答 printed under it is its part, not a 解读 of
    something else."""
    issuing = ["某某市医疗保障局关于印发《某某市城乡居民医疗保险政策问答》的通知", "各县区医疗保障局：",
               "现将《某某市城乡居民医疗保险政策问答》印发给你们，请做好宣传解释。", "某某市医疗保障局", "2023年1月5日"]
    docs = _documents(issuing + ANSWERS[:5], columns)
    assert [d.title for d in docs] == [issuing[0]]
    assert [part.title for part in docs[0].parts] == [issuing[0], ANSWERS[0]]


# ---------------------------------------------------------------- a 政策问答

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("above", [[], NOTICE])
def test_a_policy_qa_is_a_jiedu_signed_by_its_bureau(above, columns):
    """A 政策问答 explains a policy in questions and answers ('问：…' /
    '答：…'): a 解读 (its kind word ends the title), signed and dated by the
    bureau that answers, after the notice above or alone in its file."""
    docs = _documents(above + ANSWERS, columns)
    assert [d.title for d in docs] == ([above[0]] if above else []) + [ANSWERS[0]]
    assert (docs[-1].issuers, docs[-1].date) == (["某某市医疗保障局"], "2023-01-05")
    assert [part.title for part in docs[0].parts] == [docs[0].title]


# ---------------------------------------------------------------- the fields that close a 解读

FIELDS = ["解读机关：某某市某某区农业农村和水利局", "解读人：张某某", "联系电话：0123-4567890"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_explaining_organ_field_names_an_unsigned_jiedus_issuer(columns):
    """A 解读 the portal prints unsigned names its author in a field at its
    end ('解读机关：XX局', over '解读人：' and the contact lines): the organ
    that explains the document is the 解读's issuer, as a signature's is."""
    doc, = _documents(EXPLAINED + FIELDS, columns)
    assert doc.title == EXPLAINED[0]
    assert doc.issuers == ["某某市某某区农业农村和水利局"] and doc.date is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_under_a_jiedus_fields_opens_the_next_text(columns):
    """The fields close the 解读 as a signature and date close a 公文: a
    title of a 公文's kind under its contact line ('联系电话：…', no sentence's
    end) opens the next text, though it carries no 关于."""
    docs = _documents(EXPLAINED + FIELDS + ANSWERS, columns)
    assert [d.title for d in docs] == [EXPLAINED[0], ANSWERS[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市医疗保障局"], "2023-01-05")
    assert docs[0].issuers == ["某某市某某区农业农村和水利局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_contact_sentence_the_wrap_sets_at_a_lines_head_is_no_field(columns):
    """A body's sentence may give a contact number ('…报县创建办，联系电话:
    82717780(8662)。请…'); the wrap can set '联系电话:' at a line's head, but a
    field is its line alone, no sentence after its value: the paragraph
    goes on (a first form of the field rule cut holdout2's 秀洲 notice there
    at 26 columns)."""
    body = "请各单位将参会人员名单于3月4日前报县创建工作办公室，联系电话:82717780(8662)。请参会人员安排好工作，准时出席。"
    lines = ["某某县人民政府关于召开创建工作推进会的通知", "各乡镇人民政府:", body, "某某县人民政府", "2021年3月1日"]
    doc, = _documents(lines, columns)
    assert body in [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
