"""The document grammar on layouts of the hundred-and-fifty-fifth held-out
set's kind (issue #11): decisions that amend rules (修改决定) as a people's
congress standing committee publishes them under its 公告, and the texts an
amending item quotes. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- a 公告 numbered by the 届

def _announced(number: str) -> list[str]:
    return ["某某市人民代表大会常务委员会公告", number,
            "《某某市人民代表大会常务委员会关于修改<某某市养犬管理条例>的决定》已于2023年5月6日经某某市第五届人民代表大会"
            "常务委员会第九次会议通过,现予公布,自公布之日起施行。",
            "某某市人民代表大会常务委员会", "2023年6月1日",
            "某某市人民代表大会常务委员会关于修改《某某市养犬管理条例》的决定",
            "(2023年5月6日某某市第五届人民代表大会常务委员会第九次会议通过)",
            "某某市第五届人民代表大会常务委员会第九次会议决定对《某某市养犬管理条例》作如下修改:",
            "一、将第三条修改为:“养犬人应当依法办理登记。”", "二、删去第九条第二款。"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("number, cited", [
    ("〔五届〕第十二号", "某某市人民代表大会常务委员会公告〔五届〕第12号"),
    ("[十四届]第3号", "某某市人民代表大会常务委员会公告[十四届]第3号"),
    ("（十三届）第七号", "某某市人民代表大会常务委员会公告（十三届）第7号")])
def test_a_notice_numbered_by_the_term_in_brackets_is_cited_by_that_number(number, cited, columns):
    """A standing committee of a people's congress numbers its 公告 anew by
    each 届 and prints the 届 in brackets of its own before the serial
    ('〔六届〕第十九号'), as a 发文字号 brackets its year (GB/T 9704 7.2.4): the
    line under the 公告's heading is its number, cited with the heading."""
    docs = _documents(_announced(number), columns)
    assert [d.title for d in docs] == ["某某市人民代表大会常务委员会关于修改《某某市养犬管理条例》的决定"]
    assert docs[0].doc_number == cited
    assert docs[0].issuers == ["某某市人民代表大会常务委员会"]
    assert docs[0].date == "2023-06-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_the_term_without_brackets_and_a_serial_alone_read_as_before(columns):
    """Controls: the 主席令's '（九届第37号）' form and a bare '（第12号）' are
    read as before; a 届 in brackets with no 第N号 after it is no number."""
    assert _documents(_announced("（第十二号）"), columns)[0].doc_number == "某某市人民代表大会常务委员会公告第12号"
    assert _documents(_announced("（五届第12号）"), columns)[0].doc_number == "某某市人民代表大会常务委员会公告五届第12号"
    from builder.text.frame import ORDER_NUMBER_RE
    assert ORDER_NUMBER_RE.match("〔五届〕") is None
    assert ORDER_NUMBER_RE.match("〔五届〕人大常委会第十二号") is None


# ---------------------------------------------------------------- the wording an amending item quotes

def _amending(fourth: list[str]) -> list[str]:
    return ["某某市人民代表大会常务委员会关于修改《某某市城市绿化条例》的决定",
            "(2022年3月4日某某市第七届人民代表大会常务委员会第二次会议通过)",
            "某某市第七届人民代表大会常务委员会第二次会议决定对《某某市城市绿化条例》作如下修改:",
            "一、将第二条修改为:“本条例适用于本市城市规划区内的绿化活动。”",
            "二、将第六条改为第七条,修改为:“市绿化主管部门负责下列工作:",
            "(一)编制城市绿化规划;",
            "(二)监督检查绿化工程;",
            "(三)组织绿化宣传。”",
            *fourth, "本决定自公布之日起施行。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_items_inside_a_quoted_article_are_not_the_decisions_provisions(columns):
    """A 修改决定's item quotes the article's new wording after its colon
    ('修改为:“…'); the quotation runs over paragraphs of its own, the quoted
    article's items '(一)…' among them, to its closing '”'. They are the
    item's content: the decision's provisions are its own items 一、 二、…"""
    docs = _documents(_amending(["三、删去第十条第二款。"]), columns)
    labels = [p.label for p in docs[0].provisions]
    assert labels == ["一、", "二、", "三、"], labels


@pytest.mark.parametrize("columns", [None, 26])
def test_the_amending_lists_next_item_ends_a_quotation_left_open(columns):
    """Control: a quotation the page left open (its '”' lost) ends at the
    amending list's next item, which stays a provision."""
    lines = _amending(["三、删去第十条第二款。"])
    lines[7] = "(三)组织绿化宣传。"  # the closing mark lost
    docs = _documents(lines, columns)
    assert [p.label for p in docs[0].provisions][-1] == "三、"


@pytest.mark.parametrize("columns", [None, 26])
def test_items_under_a_closed_quotation_stay_provisions(columns):
    """Control: items under a paragraph whose quotation closes, or that opens
    none after a colon, are the text's own."""
    lines = ["某某县人民政府关于做好春耕生产工作的通知", "各乡镇人民政府:",
             "为落实“藏粮于地”战略,现就有关事项通知如下:", "(一)抓好种子供应。", "(二)做好农资保障。",
             "某某县人民政府", "2023年3月1日"]
    docs = _documents(lines, columns)
    assert [p.label for p in docs[0].provisions] == ["（一）", "（二）"]
    # An item whose naming quote the page left open ('被称为“…', its '”' lost) quotes no new wording.
    lines[2:3] = ["一、这部被称为“民告官的法律实施以来,发挥了重要作用。"]
    docs = _documents(lines, columns)
    assert [p.label for p in docs[0].provisions] == ["一、", "（一）", "（二）"]


# ---------------------------------------------------------------- a headless 公告 over the province's approval

BEFORE = ["某某市人民代表大会常务委员会关于修改《某某市养犬管理条例》的决定",
          "(2022年1月6日某某市第七届人民代表大会常务委员会第一次会议通过)",
          "某某市第七届人民代表大会常务委员会第一次会议决定对《某某市养犬管理条例》作如下修改:",
          "一、将第五条修改为:“养犬人应当为犬只办理登记。”", "二、删去第八条。"]  # an excerpt cut after its items


def _published(approval: str) -> list[str]:
    return ["《某某市人民代表大会常务委员会关于修改<某某市城市绿化条例>的决定》已经某某市第七届人民代表大会常务委员会"
            "第二次会议于2022年3月4日通过,已由某某省人民代表大会常务委员会批准,现予公布,自公布之日起施行。",
            "某某市人民代表大会常务委员会", "2022年5月20日", "某某省人民代表大会常务委员会", approval,
            "(2022年5月10日某某省第十三届人民代表大会常务委员会第三十次会议通过)",
            "某某省第十三届人民代表大会常务委员会第三十次会议对某某市人民代表大会常务委员会报请批准的《某某市人民代表大会"
            "常务委员会关于修改〈某某市城市绿化条例〉的决定》进行了审查,现决定予以批准,由某某市人民代表大会常务委员会公布施行。",
            "某某市人民代表大会常务委员会", "关于修改《某某市城市绿化条例》的决定",
            "某某市第七届人民代表大会常务委员会第二次会议决定对《某某市城市绿化条例》作如下修改:",
            "一、将第二条修改为:“本条例适用于本市城市规划区。”"]


APPROVAL = "关于批准《某某市人民代表大会常务委员会关于修改〈某某市城市绿化条例〉的决定》的决定"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_headless_notice_over_the_approval_of_what_it_publishes_opens_the_next_document(columns):
    """A 设区的市's 法规 takes force when the province's standing committee
    approves it (立法法 第八十一条): the city's 公告 prints that 批准 决定
    between its own close and the text. A page that lost the 公告's heading
    opens at its sentence naming 《the text》, its organ and date: when the
    title under them approves that text, they head the next document, not
    close the one above (its excerpt cut unsigned)."""
    docs = _documents(BEFORE + _published(APPROVAL), columns)
    assert docs[0].title == "某某市人民代表大会常务委员会关于修改《某某市养犬管理条例》的决定"
    assert docs[0].date == "2022-01-06"
    assert docs[1].parts[0].title.endswith(APPROVAL)
    assert docs[1].date == "2022-05-20"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_text_a_headless_notice_publishes_titles_the_document(columns):
    """The 公告 publishes the text its sentence names, as a 令 promulgates
    its regulation: the document is that text, the 公告 and the province's
    批准 决定 its head (printed, as an order's name is, over the text), and
    its issuer the city's standing committee that signs the 公告, not the
    province that approved it."""
    doc = _documents(BEFORE + _published(APPROVAL), columns)[1]
    assert doc.title == "某某市人民代表大会常务委员会关于修改《某某市城市绿化条例》的决定"
    assert doc.parts[0].title == "某某省人民代表大会常务委员会" + APPROVAL
    assert doc.issuers == ["某某市人民代表大会常务委员会"]
    assert [p.label for p in doc.provisions] == ["一、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_approval_printed_without_the_text_keeps_its_title(columns):
    """Control: where the page prints the 公告 and the 批准 决定 but not the
    text it approves, the 决定 is the document's title."""
    doc = _documents(BEFORE + _published(APPROVAL)[:7], columns)[1]
    assert doc.title == "某某省人民代表大会常务委员会" + APPROVAL


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_naming_another_text_still_closes_the_document_above(columns):
    """Control: when the title under the organ and date approves another
    text than the sentence names, the sentence is the text above's."""
    other = "关于批准《某某市人民代表大会常务委员会关于修改〈某某市养犬管理条例〉的决定》的决定"
    docs = _documents(BEFORE + _published(other), columns)
    assert docs[0].date == "2022-05-20"


# ---------------------------------------------------------------- a 目录 entry: a short title over its bracketed 公告

@pytest.mark.parametrize("number", ["（某某市人民代表大会常务委员会公告(第21号)）", "（某某市人民代表大会常务委员会公告〔六届〕第十九号）",
                                    "（某某市人民代表大会常务委员会公告第21号）"])
def test_a_short_title_over_its_bracketed_announcement_is_a_toc_entry(number):
    """A 目录 may print a regulation's title, short and without 关于, over
    the 公告 that publishes it in brackets, its serial perhaps bracketed
    again or after the 届 ('（…公告(第21号)）'), then the leaders and page:
    the title and the number are one entry; a section heading has no
    number under it, so the title is no section (its number read as before
    where no brackets of its own hold the serial). The control, a section
    heading over an entry of its own, stays the section."""
    from builder.model import Line
    from builder.stages.masthead import read_toc
    texts = ["目  录", "某某市人民代表大会常务委员会文件", "某某市地方立法条例", number + "………………4"]
    entries, _ = read_toc([Line(no=n, text=t) for n, t in enumerate(texts, start=1)])
    assert [(e.title, e.page, e.section) for e in entries] == [
        ("某某市地方立法条例", 4, "某某市人民代表大会常务委员会文件")]
    control = ["目  录", "某某市人民代表大会常务委员会文件", "某某市人民代表大会常务委员会关于修改《某某市养犬管理条例》的决定……4"]
    entries, _ = read_toc([Line(no=n, text=t) for n, t in enumerate(control, start=1)])
    assert [(e.page, e.section) for e in entries] == [(4, "某某市人民代表大会常务委员会文件")]
