"""The document grammar on layouts of the sixteenth held-out set's kind
(issue #11): rules the converter must read whatever export the text comes
from. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import _convert, _documents, laid_out  # (the same input path and layouts)

WIDTHS = [None, 18, 26]

RULES = ["第一条 为加强城市道路管理，制定本规定。", "第二条 本市行政区域内的城市道路管理，适用本规定。"]


# ---------------------------------------------------------------- a 令号 by its organ's code

ORDER = ["某市人民政府关于城市道路管理的规定", "某市人民政府", "某府令第 12 号",
         "《某市人民政府关于城市道路管理的规定》已经2001年3月1日市人民政府常务会议审议通过，现予发布。",
         "市 长", "二○○一年三月五日", "某市人民政府关于城市道路管理的规定"] + RULES


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_number_by_its_organs_code_under_the_organ_is_the_orders_head(columns):
    """GB/T 9704 10.2: a 令's 版头 is its organ and the 令号 under it; a page
    may print the organ alone over the 令号 by code ('某府令第 12 号'), as a
    发文字号 is coded. The number stands on its own line, whole, the organ
    over it is the 令's head (no document of its own), and the order is known
    by the regulation it promulgates, printed above and under it."""
    docs = _documents(ORDER, columns)
    assert [d.title for d in docs] == ["某市人民政府关于城市道路管理的规定"]
    assert (docs[0].kind, docs[0].doc_number, docs[0].issuers, docs[0].date) == \
        ("令", "某府令第12号", ["某市人民政府"], "2001-03-05")
    assert [p.kind for p in docs[0].provisions] == ["tiao", "tiao"]


def test_an_order_named_by_its_organs_full_name_keeps_its_number_whole():
    """'某市人民政府令第12号' is the 令's heading by the organ's full name, read
    as before: the organ's name and the serial."""
    docs = _documents(["某市人民政府令", "第12号"] + ORDER[3:], None)
    assert docs[0].doc_number == "某市人民政府令第12号"


# ---------------------------------------------------------------- a text signed and dated

NOTICE = ["某区人民政府关于印发某区工作规则的通知", "某府〔2022〕1号", "各街道办事处、镇人民政府：",
          "《某区工作规则》已经区政府常务会议审议通过，现予印发。", "某区人民政府", "2022年1月28日",
          "某区工作规则", "一、区政府工作的准则是依法行政。", "二、区政府实行区长负责制。"]
PLAN = ["某县2014年度第六批次城镇建设用地", "征地补偿标准和安置方案",
        "为实施建设规划，县政府拟依法征收某村的集体土地0.5公顷，拟定了征收土地补偿标准和安置方案：",
        "一、补偿标准", "建设用地每公顷42万元。", "二、安置方式", "1、货币安置。", "2、社保安置。",
        "某县国土资源局", "2014811"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_over_a_signed_and_dated_text_opens_a_document(columns):
    """GB/T 9704 7.3.5: a document ends in its signature and 成文日期. A title
    ending in its 文种 after a finished sentence, whose text runs to a
    signature and a date before the next title, is a document of its own,
    though it has no 发文字号 or 主送 and its 文种 (方案) is none of a 公文's:
    it is not the last issued text's, which the notice names."""
    docs = _documents(NOTICE + PLAN, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某县2014年度第六批次城镇建设用地征地补偿标准和安置方案"]
    assert (docs[1].issuers, docs[1].date) == (["某县国土资源局"], "2014-08-11")
    assert [p.kind for p in docs[0].provisions] == ["cn", "cn"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_issued_texts_title_under_the_notice_stays_its_part(columns):
    """A text the notice names stays its part, signed and dated below or not:
    the notice's own signature and date are above its title."""
    docs = _documents(NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert [p.title for p in docs[0].parts[1:]] == ["某区工作规则"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_heading_ending_in_a_kind_word_inside_a_text_opens_nothing(columns):
    """A heading inside a text ('三、实施方案') is no title; nor is a kind-word
    line whose text is not signed and dated."""
    body = NOTICE[:4] + ["三、实施方案", "各街道要制定实施方案。"] + NOTICE[4:6]
    assert [d.title for d in _documents(body, columns)] == [NOTICE[0]]


# ---------------------------------------------------------------- a 主送 without its colon

CODED_HEAD = ["某区人民政府关于印发某区工作规则的通知", "某府〔2022〕1号"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_addressee_list_without_its_colon_names_classes_levels_and_aliases(columns):
    """GB/T 9704 7.3.2: the 主送 lists organs, perhaps by their classes
    ('各委、办、局'), a level's government by its level ('镇政府') and a
    name's alias in brackets ('各管理局（管委会）'); a page that lost its colon
    still prints it on its own line, the body under it."""
    addressees = "区政府各委、办、局，各管理局（管委会），各直属企业，各街道办事处、镇政府"
    docs = _documents(CODED_HEAD + [addressees] + NOTICE[3:6], columns)
    assert docs[0].addressees == addressees
    assert docs[0].parts[0].blocks[2].text.startswith("《某区工作规则》")


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_list_goes_on_to_the_classes_that_end_it_with_the_colon(columns):
    """'…，市政府' then '各部门、各直属机构:': the list the wrap cut goes on to
    its colon; '市政府' there begins the last name, it does not end the 主送."""
    docs = _documents(CODED_HEAD + ["各县、区人民政府，某经济区，市政府", "各部门、各直属机构:"] + NOTICE[3:6], columns)
    assert docs[0].addressees == "各县、区人民政府，某经济区，市政府各部门、各直属机构"


# ---------------------------------------------------------------- a damaged date with no signature

@pytest.mark.parametrize("date, read", [("2022128", None), ("2022315", "2022-03-15")])
def test_a_damaged_date_over_its_note_with_no_signature_is_the_date_line(date, read):
    """A page that lost the seal's signature and the date's 年月日 still
    prints the 附注 under the date ('（此件公开发布）', 7.3.6): that line is
    the 成文日期, read when its digits allow one date and reported either way."""
    gazette = _convert(NOTICE[:4] + [date, "（此件公开发布）"], None)
    assert gazette.documents[0].date == read
    assert any(d.code == "date-damaged" and date in d.message for d in gazette.diagnostics)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("issued, read", [("2022年1月28日", "2022-01-28"), ("2022年12月20日", None)])
def test_a_damaged_date_is_read_no_later_than_the_issue_that_prints_it(issued, read, columns):
    """'2022128' is 28 January or 8 December; a gazette prints what was
    written by its issue's day, so in an issue of 28 January it is the 28th
    (reported still, so that an editor checks the print). Control: in an
    issue of 20 December both days came before it, and none is read."""
    front = ["某某市人民政府公报", "2022年第1期", issued, "目　　录", NOTICE[0] + "……1", ""]
    body = laid_out(NOTICE[:4] + ["2022128", "（此件公开发布）"], columns)
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert gazette.documents[0].date == read
    assert any(d.code == "date-damaged" and "2022128" in d.message for d in gazette.diagnostics)


# ---------------------------------------------------------------- the issued text named in full

ISSUING = ["某盟行政公署办公室关于印发某盟公文处理实施细则及文种式样的通知", "（某署办发〔2007〕22号）",
           "各旗人民政府：", "对《某盟公文处理实施细则》进行了修改，现将修改后的细则及式样印发给你们。", "二○○七年六月五日",
           "某盟公文处理实施细则", "及文种式样", "第一章 总则", "第一条 为规范公文处理，制定本细则。"]


@pytest.mark.parametrize("columns", [None, 19, 26])
def test_the_issued_text_is_the_longest_name_the_notice_gives_it(columns):
    """The notice names what it issues in its title ('印发…实施细则及文种式样');
    its body may name a shorter text too (the 细则 it revises). The issued
    text's title runs to the end of the longest name printed there, past a
    line ending in a kind word ('…实施细则' / '及文种式样')."""
    docs = _documents(ISSUING, None) if columns is None else _documents(ISSUING[:5] + ["".join(ISSUING[5:7])]
                                                                          + ISSUING[7:], columns)
    assert [p.title for p in docs[0].parts[1:]] == ["某盟公文处理实施细则及文种式样"]


# ---------------------------------------------------------------- a list of posts and names

MEMBERS = ["某市人民政府办公室关于调整部分议事协调机构的通知", "（某政办发〔2007〕17号）", "各县、市、区人民政府：",
           "现将保留的议事协调机构市领导任职情况通知如下：", "一、保留的议事协调机构", "1、市城市规划委员会",
           "主 任 委 员:张三", "副主任委员:李 四", "2、市绿化委员会", "主 任:张三", "副主任:王五、赵六"]


@pytest.mark.parametrize("columns", [None, 26])
def test_rows_of_posts_and_names_under_a_numbered_heading_stay_rows(columns):
    """A list names each body under a numbered heading ('1、市城市规划委员会')
    and its members one post a line, 'post:names' (the post spaced to the
    column's width): each row is a line of its own, never run into the
    heading or the row above ('市城市规划委员会主任委员：张三副主任委员…')."""
    texts = [b.text for b in _documents(MEMBERS, columns)[0].parts[0].blocks]
    assert "副主任：王五、赵六" in texts and any(t.startswith("主任委员") for t in texts)
    assert not any("委员会主任" in t for t in texts)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_names_posts_is_still_one_paragraph(columns):
    """A body sentence wrapped before a post and its holder goes on: the row
    grammar holds only under a list's heading or row."""
    body = MEMBERS[:4] + ["经研究，由市长担任组长，常务副市长担任", "副组长:张三同志兼任办公室主任。"]
    texts = [b.text for b in _documents(body, columns)[0].parts[0].blocks]
    assert any(t.startswith("经研究") and t.endswith("办公室主任。") for t in texts)


# ---------------------------------------------------------------- a damaged date over a page number

def test_a_page_number_under_a_damaged_date_is_no_digit_of_it():
    """A date that lost its 年月日 ('2014811') is whole on its line: the bare
    page number a printed issue sets under it is no digit of the date, as a
    number the wrap cut ('…〔2018〕2' / '6号') would be."""
    from builder.model import Line
    from builder.stages.paragraphs import paragraphs
    lines = [Line(n, text) for n, text in enumerate(["二、安置方式：货币安置。", "某县国土资源局", "2014811", "3"], 1)]
    found, _ = paragraphs(lines, 26)
    assert "2014811" in [p.text for p in found]
    cut = [Line(n, text) for n, text in enumerate(["依照某府〔2018〕2", "6号文件执行。"], 1)]
    assert [p.text for p in paragraphs(cut, 26)[0]] == ["依照某府〔2018〕26号文件执行。"]


def test_a_scanners_spaces_inside_a_colonless_addressee_list_are_read_through():
    """OCR leaves spaces inside words ('各街 办事处、镇 政 府'); the 主送
    printed without its colon is read through them, as one with its colon is."""
    docs = _documents(CODED_HEAD + ["区政府各委、办、局，各直属企业，各街 办事处、镇 政 府"] + NOTICE[3:6], None)
    assert docs[0].addressees.replace(" ", "") == "区政府各委、办、局，各直属企业，各街办事处、镇政府"
