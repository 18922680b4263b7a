"""The document grammar on layouts of the hundred-and-twenty-second held-out
set's kind (issue #11): documents of development-and-reform and
market-regulation departments: 关于公布…目录的通知 whose body cites a 令 by its
number, 调整…价格的公告 with the office to call printed between the
signature and the date, and price notices whose first sentence cites a
document by its 发文字号 before its colon. Each case is invented text laid out
as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a bracketed 题注 ends where its bracket closes

def _catalogue(cited: str, quoted: bool = False) -> list[str]:
    title = "某某省发展和改革委员会关于公布〈某某省定价成本监审目录〉的通知"
    return [f"《{title}》" if quoted else title,
            "（2021年7月13日　某发改成本〔2021〕565号）",
            "各市发展改革委，各县（市、区）发展改革局：",
            f"根据《政府制定价格成本监审办法》（{cited}）、《某某省发展和改革委员会关于公布〈某某省定价目录〉的通知》"
            "（某发改价格〔2020〕1361号）等有关规定，我委制定了目录。现就有关事项通知如下：",
            "一、列入本目录的定价项目，由定价机关组织开展定价成本监审。",
            "二、本通知自2021年7月15日起施行。",
            "某某省发展和改革委员会", "2021年7月13日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("quoted", [True, False])
def test_a_dated_number_in_brackets_is_no_note_of_the_order_the_body_cites(quoted, columns):
    """A gazette prints the 成文日期 and the 发文字号 in brackets under the
    title ('（2021年7月13日　某发改成本〔2021〕565号）'); a 法规's 题注 in
    brackets ('（2019年3月1日…令第8号公布）') holds its events inside them
    (立法技术规范). Where the bracket closes, the note ends: the body's first
    sentence under the 主送, citing an order by its number ('…令第8号') and
    a title with 公布 in it, is none of it, and the title above stays a
    title, also where a web page quotes it whole in 《》."""
    docs = _documents(_catalogue("国家发展改革委令第8号", quoted), columns)
    assert [d.title for d in docs] == ["某某省发展和改革委员会关于公布〈某某省定价成本监审目录〉的通知"]
    assert docs[0].doc_number == "某发改成本〔2021〕565号"
    assert [p.label for p in docs[0].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_adoption_note_in_brackets_still_guards_its_lines(columns):
    """Control: a 题注 whose events stand inside its bracket, wrapped or
    not ('（2019年3月1日某某省人民政府令第8号公布）'), is still the title's note
    under a regulation's title: the regulation is one document and its
    articles are found."""
    text = ["某某省价格监督检查办法", "（2019年3月1日某某省人民政府令第8号公布）",
            "第一条　为了规范价格监督检查，制定本办法。", "第二条　本办法自公布之日起施行。"]
    docs = _documents(text, columns)
    assert len(docs) == 1
    assert [p.label for p in docs[0].provisions] == ["第一条", "第二条"]


# ---------------------------------------------------------------- a sentence citing a document by its number is no 主送

def _notice(opening: str) -> list[str]:
    return ["公告", opening,
            "一、居民用管道天然气销售价格", "（一）居民生活用气。第一档销售价格调整为2.61元/立方米。",
            "二、执行时间", "本通知自2021年11月1日起执行。", "某某县发展和改革局", "2021年10月25日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_number_before_its_colon_is_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送机关 names organs. A 公告 has none, and its
    first sentence may cite a document by its 发文字号 and end on a colon
    before the figures ('根据某某市发展和改革委员会《关于…的通知》
    （某发改商品字〔2019〕144号），经县政府研究，…调整后的标准为：'): names
    hold no document's number, so the sentence is the body's, not its 主送."""
    docs = _documents(_notice("根据某某市发展和改革委员会《关于我市城区天然气价格改革有关事项的通知》"
                              "（某发改商品字〔2019〕144号），经县政府研究，同意调整我县居民用管道天然气销售价格，"
                              "调整后的标准为："), columns)
    assert len(docs) == 1
    assert docs[0].addressees is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_organs_over_their_colon_are_still_the_addressee(columns):
    """Control: the organs a notice addresses, with a committee among them,
    over their colon, are its 主送 as before."""
    docs = _documents(["某某县发展和改革局关于调整居民用天然气销售价格的通知",
                       "县燃气有限公司，县发展和改革委员会价格科：",
                       "经研究，现将有关事项通知如下：", "一、居民生活用气价格调整为2.61元/立方米。",
                       "某某县发展和改革局", "2021年10月25日"], columns)
    assert len(docs) == 1
    assert docs[0].addressees == "县燃气有限公司，县发展和改革委员会价格科"


# ---------------------------------------------------------------- the office to call between signature and date

def _announcement(contact: str) -> list[str]:
    return ["关于调整某某县居民用天然气销售价格的公告",
            "为了理顺我县天然气价格，经县政府同意，现就有关事项公告如下：",
            "一、居民用管道天然气销售价格", "（一）居民生活用气。销售价格调整为2.70元/立方米。",
            "二、执行时间", "自2021年6月1日抄见表量起执行。", "特此公告。",
            "某某县发展和改革局", contact, "2021年5月26日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("contact", ["价格与收费管理股 电话:2534617", "收费管理科　联系电话：0351-1234567", "价格股电话：1234567"])
def test_the_office_to_call_between_signature_and_date_parts_them_without_ending_the_signature(contact, columns):
    """GB/T 9704 7.3.6 prints the contact in the 附注; a 公告's page prints it
    between the signature and the 成文日期, the office that answers named
    before the number ('价格与收费管理股 电话:2534617'): a line of its own,
    which parts the signature from the date without ending it, as a
    bracketed 附注 there does."""
    docs = _documents(_announcement(contact), columns)
    assert len(docs) == 1
    assert docs[0].issuers == ["某某县发展和改革局"]
    assert docs[0].date == "2021-05-26"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_with_a_number_to_call_is_no_contact_line(columns):
    """Control: a sentence of the body that gives a number to call
    ('如有疑问请咨询县发展和改革局，电话：1234567。') is not a contact line, and the
    signature right above the date is read as before."""
    text = _announcement("2021年5月26日")[:-1]
    text.insert(6, "如有疑问请咨询县发展和改革局价格股，电话：1234567。")
    docs = _documents(text, columns)
    assert len(docs) == 1
    assert docs[0].issuers == ["某某县发展和改革局"]
    assert docs[0].date == "2021-05-26"
