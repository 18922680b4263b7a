"""The document grammar on layouts of the thirty-fifth held-out set's kind
(issue #11): 政府规章 and the decisions amending them as the 令 that
publishes them prints them (GB/T 9704 10.2: 发文机关标志 and 令号, the
promulgating sentence, the signer, the date, then the text), on pages that
lost the heading, print the 令 as a numbered 公告 of an office, or keep the
规章 under a 题注 alone. Each case is invented text laid out as extractors
give it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A 规定 whose excerpt ends inside its articles: no date, no 施行 clause closes it.
CUT_SHORT = ["某某市农贸市场管理规定", "第一章 总则",
             "第一条 为加强农贸市场管理,维护市场秩序,根据有关法律、法规,结合本市实际,制定本规定。",
             "第二条 本市行政区域内农贸市场的管理,适用本规定。"]
RULES = ["某某市城市道路照明设施管理办法", "第一章 总则",
         "第一条 为加强城市道路照明设施管理,保障设施完好,根据有关规定,结合本市实际,制定本办法。",
         "第二条 本办法适用于本市城市道路照明设施的建设、维护和管理。"]


# ---------------------------------------------------------------- a 令 that kept its 令号 and lost its heading

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("above", [[], CUT_SHORT])
@pytest.mark.parametrize("signer", ["市长 张某", "市长:张某", "市 长"])
def test_an_order_number_over_the_promulgating_sentence_heads_the_order(signer, above, columns):
    """GB/T 9704 10.2: the 令号 stands under the 发文机关标志, over the
    promulgating sentence. A page that lost the heading ('XX市人民政府令')
    and kept the 令号 alone on its line still prints the 令's head: the
    document begins at the 令号, which is its number, and is dated and
    signed by the 令 — first in the file or under a text whose excerpt ends
    inside its articles."""
    order = ["第12号", "《某某市城市道路照明设施管理办法》已经2015年3月2日市人民政府第20次常务会议通过,现予公布,"
             "自2015年5月1日起施行。", signer, "2015年3月20日"]
    docs = _documents(above + order + RULES, columns)
    assert [d.title for d in docs] == [t[0] for t in (above, RULES) if t]
    assert (docs[-1].doc_number, docs[-1].date, docs[-1].issuers) == ("第12号", "2015-03-20", ["某某市人民政府"])
    if above:
        assert docs[0].date is None and "第12号" not in "".join(p.title or "" for p in docs[0].parts)


# ---------------------------------------------------------------- the promulgating sentence's other forms

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("sentence", [
    "现公布《某某市城市道路照明设施管理办法》,自2015年5月1日起施行。",
    "现发布《某某市城市道路照明设施管理办法》,自发布之日起施行。",
    "《某某市城市道路照明设施管理办法》已经2015年3月2日市人民政府第20次常务会议审议通过,本办法自2015年5月1日起施行。"])
def test_a_sentence_that_publishes_with_its_verb_first_or_only_puts_the_text_in_force(sentence, columns):
    """The State Council's 令 words its sentence verb first ('现公布《XX条例》，
    自…起施行'), and a 令 may say only that the text was adopted and when it
    takes effect ('…会议审议通过，本决定自公布之日起30日后实施'): either is the
    promulgating sentence of a 令 that lost its heading, under a finished
    text, and the document is dated and signed by it."""
    order = ["第12号", sentence, "市长 张某", "2015年3月20日"]
    docs = _documents(CUT_SHORT + order + RULES, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], RULES[0]]
    assert (docs[1].doc_number, docs[1].date, docs[1].issuers) == ("第12号", "2015-03-20", ["某某市人民政府"])


@pytest.mark.parametrize("sentence", ["《某某市城市道路照明设施管理办法》已经市人民政府常务会议审议通过,现印发给你们,"
                                      "自2015年5月1日起施行。"])
def test_a_notice_that_issues_a_text_is_no_order(sentence):
    """A 通知 says it issues the text adopted ('…通过，现印发给你们'): it
    promulgates nothing, and the text under it is its part."""
    notice = ["某某市人民政府关于印发某某市城市道路照明设施管理办法的通知", "各区人民政府:", sentence,
              "某某市人民政府", "2015年3月20日"]
    docs = _documents(notice + RULES, None)
    assert [d.title for d in docs] == [notice[0]]
    assert [p.title for p in docs[0].parts][1:] == [RULES[0]]


# ---------------------------------------------------------------- a 公告 titled by an office's whole name

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_numbered_announcement_by_an_office_publishes_the_text_under_it(columns):
    """立法法 and GB/T 9704 10.2: a text may be published by a numbered 公告
    as by a 令, its 版头 the organ's whole name and 公告, its serial under it,
    the sentence that publishes the text and the date. The document is known
    by the text it publishes, and issued by the whole organ its 版头 names
    (an office, not the government it belongs to)."""
    notice = ["某某州人民政府办公室公告", "第8号", "现公布《某某州州级储备粮管理办法(试行)》,自2008年10月1日起施行。",
              "二○○八年九月二十八日"]
    text = ["某某州州级储备粮管理办法(试行)", "第一章 总则",
            "第一条 为加强州级储备粮管理,确保储备粮数量真实、质量良好,结合本州实际,制定本办法。",
            "第二条 本办法所称州级储备粮,是指州人民政府储备的粮食。"]
    docs = _documents(CUT_SHORT + notice + text, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], text[0]]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == \
        ("某某州人民政府办公室公告第8号", ["某某州人民政府办公室"], "2008-09-28")


# ---------------------------------------------------------------- a 题注 whose first event is undated

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_naming_its_session_undated_frames_the_title(columns):
    """A 规章 reprinted without its 令 keeps the 令 in the 题注 under its title;
    the note may name the sitting that adopted it without a date, the date
    standing with the next event ('（某某市人民政府二届90次常务会议审议通过
    1998年2月6日某某市人民政府令第68号发布）'). Whole, with its dated event,
    it frames the title as a 题注 does, under a text whose excerpt ends
    inside its articles, and its 令 is the document's number."""
    rule = ["某某经济特区土地使用权招标、拍卖规定", "(某某市人民政府二届90次常务会议审议通过",
            "1998年2月6日某某市人民政府令第68号发布)",
            "推行土地使用权招标、拍卖制度,是市政府今年推出的一项重大举措。",
            "第一章 总则", "第一条 为加强特区土地使用权招标、拍卖的管理,根据有关规定,制定本规定。",
            "第二条 特区内的国有土地使用权招标、拍卖适用本规定。"]
    docs = _documents(CUT_SHORT + rule, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], rule[0]]
    assert (docs[1].doc_number, docs[1].date) == ("某某市人民政府令第68号", "1998-02-06")


@pytest.mark.parametrize("text", ["(某某市人民政府常务会议审议通过)", "(经市人民政府常务会议审议通过,现予印发)"])
def test_an_undated_note_alone_frames_nothing(text):
    """With no dated event the bracket is a remark, not a 题注: the line above
    it that fills no frame stays a body line of the text."""
    from builder.text.frame import whole_adoption_note
    assert not whole_adoption_note(text)
