"""The document grammar on layouts of the hundred-and-thirty-ninth held-out
set's kind (issue #11): everyday documents of city and county governments
(通知, 通报, 通告, 决定) as their pages and the pages that repost them store
them. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _paragraphs(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph) and b.role == "body"]


# ---------------------------------------------------------------- rows of a label and its value, a clause each

HEAD = ["某某市人民政府办公室关于2019年度全市环境卫生工作考核情况的通报", "各区县人民政府:",
        "2019年,各区县认真落实全市环境卫生工作部署,持续开展城乡环境综合整治,环境卫生面貌明显改善,"
        "群众满意度不断提高。经对各区县年度工作目标完成情况的认真考核,确定了先进和达标单位,"
        "现将考核情况通报如下:"]
ROWS = ["一、城区环境卫生工作",
        "先进单位:甲区政府,乙区政府,丙县政府,丁县政府,戊县政府;",
        "达标单位:己县政府,庚县政府,辛县政府,壬县政府,癸县政府。",
        "二、农村环境卫生工作",
        "先进单位:丙县政府,甲区政府,戊县政府,乙区政府,丁县政府;",
        "达标单位:辛县政府,己县政府,癸县政府,庚县政府,壬县政府。",
        "三、环境卫生设施建设",
        "先进单位:戊县政府,丁县政府,甲区政府,丙县政府,乙区政府;",
        "达标单位:壬县政府,辛县政府,庚县政府,己县政府,癸县政府。"]


def test_rows_of_a_lead_and_its_clause_are_a_line_each():
    """A 通报's or a 公示's list of a label and its value ('先进单位:…;' over
    '达标单位:…。') is set a lead a line, each row a clause of one list. Where
    the rows are most of a page's lines, the file's measure is their own width
    and each looks full, but a clause ending on a full line goes on into the
    next only as one sentence does: a paragraph the wrap cut right after its ;
    would have to open on a lead and go on with another at the next line's
    head to look so. Each row stays a paragraph of its own."""
    docs = _documents(HEAD + ROWS, None)
    assert len(docs) == 1
    rows = [p for p in _paragraphs(docs[0]) if p.startswith(("先进单位", "达标单位"))]
    assert len(rows) == 6
    assert all(p.count("单位") == 1 for p in rows)


def test_a_clause_on_a_full_line_goes_on_into_a_line_with_no_lead():
    """Control: in a page the wrap set (the lead above the rows wrapped at
    their width, its full lines stopping inside a sentence), the row's clause
    ending on a full line goes on where the line below opens on no lead of
    its own (the wrap cut a sentence after its ;): one paragraph, as before."""
    rows = [row.replace("达标单位:", "同时对") if row.startswith("达标单位") else row for row in ROWS]
    lead = [HEAD[2][k:k + 31] for k in range(0, len(HEAD[2]), 31)]
    docs = _documents(HEAD[:2] + lead + rows, None)
    paragraphs = _paragraphs(docs[0])
    assert sum(p.startswith("先进单位") and "同时对" in p for p in paragraphs) == 3


@pytest.mark.parametrize("columns", [18, 26])
def test_rows_wrapped_at_a_narrow_measure_stay_rows(columns):
    """Control: the same rows hard-wrapped at a narrow measure (each over two
    or three lines, the last short) are a paragraph each, as before."""
    docs = _documents(HEAD + ROWS, columns)
    rows = [p for p in _paragraphs(docs[0]) if p.startswith(("先进单位", "达标单位"))]
    assert len(rows) == 6 and all(p.count("单位") == 1 for p in rows)


def _wrapped(text: str, width: int) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_paragraph_that_runs_its_leads_in_goes_on_with_the_next_lead():
    """Control: a paragraph that runs its fields in ('联系人:…;联系部门:…;'
    then '传真:…'), hard-wrapped so that a line ends on a ; and the next opens
    on a lead, is one paragraph still: its leads run in show it runs on."""
    body = ("为进一步做好全市环境卫生工作,现将有关事项通知如下,请各区县认真抓好落实,"
            "确保各项工作任务按时完成,并于每月底前报送工作进展情况。")
    contact = "联系人:王某某;联系部门:市政府办公室;"
    assert len(contact) == 20
    lines = (["某某市人民政府办公室关于做好环境卫生工作的通知", "各区县人民政府:"] + _wrapped(body, 20)
             + [contact, "传真:12345678;电子邮箱:ab@126.com。", "某某市人民政府办公室", "2020年3月1日"])
    docs = _documents(lines, None)
    assert len(docs) == 1
    assert [p for p in _paragraphs(docs[0]) if p.startswith("联系人")] == [
        "联系人：王某某；联系部门：市政府办公室；传真:12345678;电子邮箱:ab@126.com。"]
