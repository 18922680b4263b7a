"""The document grammar on layouts of the hundred-and-thirty-fifth held-out
set's kind (issue #11): government regulations (政府规章) published with
their 政府令, as law libraries reprint them: the 令's name and number, the
promulgating sentence, the signer and date over the 规章, or the 规章 alone
with the note of its 令 and date under its title. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

BODY = ["第一章 总则", "第一条 为了加强城市绿地管理，根据有关法律、法规，结合本市实际，制定本办法。",
        "第二条 本市城市规划区内绿地的规划、建设和管理，适用本办法。",
        "第三条 市园林行政主管部门负责本办法的组织实施。"]


# ---------------------------------------------------------------- the order's note in square brackets

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("order, number", [("[市政府12号令]", "市政府12号令"),
                                           ("[市人民政府第12号令]", "市人民政府第12号令"),
                                           ("(市政府12号令)", "市政府12号令")])
@pytest.mark.parametrize("dated, date", [("[2003-05-20]", "2003-05-20"), ("[2003.5.20]", "2003-05-20")])
def test_an_order_noted_in_brackets_under_a_rules_title_is_its_number_and_date(order, number, dated, date, columns):
    """A law library reprints a 规章 without its 令: the order that
    promulgated it and the day, each in brackets on a line of its own under
    the title ('[市政府12号令]' / '[2003-05-20]'), the note a 规章's 题注
    gives (the 令 named by its organ, the serial before 号令 with or without
    第, as orders were cited before 2001). The order's number is the text's,
    its organ the issuer, the day in figures the text's date."""
    docs = _documents(["某某市城市绿地管理暂行办法", order, dated, *BODY], columns)
    assert len(docs) == 1
    doc = docs[0]
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == \
        ("某某市城市绿地管理暂行办法", number, [number.split("第")[0].split("1")[0]], date)
    assert [p.label for p in doc.provisions] == ["第一章", "第一条", "第二条", "第三条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_day_in_brackets_with_no_order_noted_is_no_date(columns):
    """Control: a day in figures in brackets under a title with no order
    noted above it is a web page's publishing date, not the text's: the date
    is still the one signed at the end."""
    docs = _documents(["某某县人民政府关于做好春季植树造林工作的通知", "[2021-03-05]", "各乡镇人民政府：",
                       "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"],
                      columns)
    assert len(docs) == 1
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_an_order_cited_in_a_provision_is_no_note(columns):
    """Control: an order cited in brackets inside a provision's sentence
    ('…（市政府12号令）同时废止。') is no note of the text's own order."""
    docs = _documents(["某某市城市绿地管理暂行办法", *BODY,
                       "第四条 本办法自发布之日起施行。原《某某市绿化管理规定》（市政府8号令）同时废止。"], columns)
    assert len(docs) == 1
    assert docs[0].doc_number is None


# ---------------------------------------------------------------- the gazette's running header over a reprinted 令

ORDER = ["某某市人民政府令", "第 28 号", "《某某市城市绿地管理暂行办法》已经2004年6月29日市政府第十八次常务会议通过，现予发布，"
         "自2004年7月1日起施行。", "市长 某某某", "二○○四年六月二十九日", "某某市城市绿地管理暂行办法", *BODY]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("header, issue", [("某某市人民政府公报(2004年第7号)", "2004年第7号"),
                                           ("某某市人民政府公报 · 2004年第7期", "2004年第7期"),
                                           ("2004年第7期 某某市人民政府公报", "2004年第7期")])
def test_a_gazettes_running_header_over_a_reprinted_order_names_the_files_gazette_and_issue(header, issue, columns):
    """A site that reprints a 令 from its gazette may keep the gazette's
    running header over it, the gazette's name and the issue as the
    masthead prints them ('某某市人民政府公报(2004年第7号)'): the file is of that
    issue of that gazette, as a file named for them is. The header is page
    furniture, no line of the 令."""
    gazette = _convert([header, *ORDER], columns)
    assert (gazette.name, gazette.issue, gazette.year) == ("某某市人民政府公报", issue, 2004)
    assert [d.doc_number for d in gazette.documents] == ["某某市人民政府令第28号"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_gazettes_issue_names_no_gazette(columns):
    """Control: a sentence that cites the issue a text was printed in
    ('…刊登于某某市人民政府公报2004年第7号。') is no running header: the file
    names no gazette."""
    gazette = _convert([*ORDER, "第四条 本办法全文刊登于某某市人民政府公报2004年第7号。"], columns)
    assert gazette.name is None and gazette.issue is None
