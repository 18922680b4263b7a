"""The document grammar on layouts of the hundred-and-seventeenth held-out
set's kind (issue #11): everyday documents of township and street offices
(乡镇人民政府, 街道办事处) as their 信息公开 pages store them: a page's heading
over the document's own heading, worded apart. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

APPEAL = ["时值春季，清明节即将来临，我们向全镇党员干部群众发出如下倡议：",
          "一、自觉增强防范意识，积极宣传保护森林的重要性。", "二、禁止一切野外用火，禁止烧荒、烧灰积肥。",
          "三、提倡鲜花祭奠、植树祭奠等文明祭祀活动。"]


# ---------------------------------------------------------------- the page's heading over the document's own

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_pages_heading_over_the_documents_own_worded_short_is_one_title(columns):
    """A township's page sets its heading over the document ('青石镇人民政府关于
    …文明祭祀倡议书'), and the document opens on its own heading, the organ cut
    to its place's name (GB/T 9704 7.3.1's 规范化简称), 关于 left out and a word
    lost ('青石镇…祭祀倡议书'). A 标题 ends in its 文种: the heading under a
    whole title, a whole title of the same 文种 of the title's words, is that
    title printed again, no line of it and no document of its own."""
    heading = "青石镇人民政府关于“清明节”文明祭祀暨森林防灭火倡议书"
    docs = _documents(NOTICE + [heading, "青石镇“清明节”文明祭祀暨森林防火倡议书"] + APPEAL, columns)
    assert [d.title for d in docs] == [NOTICE[0], heading]
    assert docs[1].issuers == ["青石镇人民政府"]
    assert [p.label for p in docs[1].provisions][:3] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_whose_wrap_goes_on_with_its_kind_stays_one(columns):
    """Control: a 转发 title wrapped after the forwarded text's 文种 goes on with
    '的通知' on the next line: a title's tail, no heading again, and one title."""
    title = "青石镇人民政府关于转发县人民政府关于做好春季森林防火工作的通知"
    docs = _documents(NOTICE + ["青石镇人民政府关于转发县人民政府关于做好春季森林防火工作的通知", "的通知", "各村委会：",
                                "现将县人民政府通知转发给你们，请认真贯彻执行。", "青石镇人民政府", "2022年3月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title + "的通知"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_two_titles_of_one_kind_worded_apart_stay_two_documents(columns):
    """Control: a title of another document under a titled text, the same 文种
    but other words (not the first's words, some left out), opens a document
    of its own."""
    first = ["青石镇人民政府关于开展文明祭祀活动的倡议书"] + APPEAL + ["青石镇人民政府", "2022年3月1日"]
    second = ["青石镇人民政府关于节约用水的倡议书", "全镇广大居民：", "夏季用水高峰来临，我们发出如下倡议：",
              "一、节约每一滴水。", "青石镇人民政府", "2022年6月1日"]
    docs = _documents(first + second, columns)
    assert [d.title for d in docs] == [first[0], second[0]]


# ---------------------------------------------------------------- a title that opens on 关于 names no issuer

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_opening_on_about_names_no_issuer(columns):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 事由 + 文种, the 事由 opening on 关于.
    A title that opens on 关于 names no organ, though the 事由's first words end
    on a noun organ names end on ('关于向社会公开征集…的公告': 社会 ends in 会):
    an unsigned 公告 so titled has no issuer from its title."""
    title = "关于向社会公开征集2023年青石镇民生实事项目的公告"
    docs = _documents(NOTICE + [title, "为提高民生实事的针对性，现将有关事项公告如下：", "一、征集时间",
                                "自公告之日起至2022年12月20日。", "二、征集方式", "通过电子邮件提交建议。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", [None, 26])
def test_an_organ_before_about_still_issues(columns):
    """Control: the organ printed before 关于 is the title's issuer, signed or not."""
    title = "青石镇人民政府关于向社会公开征集2023年民生实事项目的公告"
    docs = _documents(NOTICE + [title, "为提高民生实事的针对性，现将有关事项公告如下：", "一、征集时间",
                                "自公告之日起至2022年12月20日。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["青石镇人民政府"]


# ---------------------------------------------------------------- a disclosure list set several fields a line

PAGE_TITLE = "某某镇人民政府关于向社会公开征集2023年民生实事项目的公告"
PAGE_BODY = ["为进一步提高民生实事的科学性、针对性和普惠性，特面向全镇征集2023年民生实事项目。", "一、征集时间",
             "自公告之日起至2022年12月20日。"]


@pytest.mark.parametrize("columns", [None])
def test_a_disclosure_list_set_several_fields_a_line_over_the_title_is_the_pages(columns):
    """A page may set its disclosure fields two abreast ('索引号: … 公开方式: 主动公开'), no 名称 among them: the
    list is the page's furniture all the same, over the page's own 标题, and its 文号 field gives the 发文字号.
    (Such a line wrapped at a narrow measure, a field's value cut over two lines, is left: the run ends there.)"""
    from tests.test_holdout7_grammar import NOTICE, _documents
    listed = ["索引号: 002590390/2022-79528 公开方式: 主动公开", "文 号: 某镇发〔2022〕8号 公开日期: 2022-12-13 09:15",
              "发布单位: 某某镇人民政府 有效性: 有效"]
    docs = _documents(NOTICE + listed + [PAGE_TITLE] + PAGE_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], PAGE_TITLE]
    assert docs[1].doc_number == "某镇发〔2022〕8号"
    text = "".join(block.text for doc in docs for part in doc.parts for block in part.blocks if hasattr(block, "text"))
    assert "索引号" not in text and "公开方式" not in text


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 24, 26])
def test_a_disclosure_list_under_the_title_gives_its_number_and_is_no_addressee(columns):
    """A law library's page sets its fields under the title ('内容分类: … 实 效 性:现行有效' / '文    号:某政发[2007]18号
    发文机关:' / '发文日期:…'): the page's, the 文号 the document's 发文字号, the 主送 the line under them; so too
    under the title the wrap cut over two lines, its 文种's last character alone ('…的通' / '知', at 24)."""
    from tests.test_holdout7_grammar import _documents
    docs = _documents(["某某市人民政府关于印发市本级财政预算管理办法的通知", "内容分类: 财务会计法 实 效 性:现行有效",
                       "文    号:某政发[2007]18号 发文机关:", "发文日期:2007-04-04 生效日期:2007-05-01",
                       "各县（市）、区人民政府，市政府各委、办、局：",
                       "《某某市市本级财政预算管理办法》已经市政府常务会议讨论通过，现印发给你们，请认真贯彻执行。",
                       "某某市人民政府", "二○○七年四月四日"], columns)
    assert [d.title for d in docs] == ["某某市人民政府关于印发市本级财政预算管理办法的通知"]
    assert (docs[0].doc_number, docs[0].addressees) == ("某政发〔2007〕18号", "各县（市）、区人民政府，市政府各委、办、局")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_texts_own_fields_two_abreast_stay_its_text(columns):
    """Control: a notice's contact fields set two abreast ('联系人: 张某 联系电话: 1234567') are no disclosure list."""
    from tests.test_holdout7_grammar import _documents
    docs = _documents(["某某县水利局关于公布城区供水单位的通知", "各乡镇人民政府：", "现将城区供水单位公布如下：",
                       "名称: 某某县供水有限公司 发布机构: 某某县水利局", "联系人: 张某 联系电话: 1234567",
                       "某某县水利局", "2022年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县水利局关于公布城区供水单位的通知"]
    text = "".join(block.text for part in docs[0].parts for block in part.blocks if hasattr(block, "text"))
    assert "某某县供水有限公司" in text and "张某" in text


# ---------------------------------------------------------------- a bracketed numeral the wrap set at a title's line head

RESERVOIRS = ["关于下达2023年全镇范围内二座小(一)型、十座小(二)型水库度汛方案的通知", "各村(居):",
              "为确保今年我镇水利工程安全度汛，已作全面安全检查。现将度汛方案下达给你们，望认真贯彻执行。",
              "某某镇人民政府", "2023年4月1日"]


@pytest.mark.parametrize("columns", [20, 22, 23, 24, 26])
def test_a_bracketed_numeral_of_a_run_inside_the_title_goes_on_with_it(columns):
    """A title that names classes by bracketed numerals ('小(一)型、十座小(二)型
    水库'): where the wrap sets the next of the run at a line's head
    ('…十座小' / '(二)型水库度汛方案的通知'), it is no item's label but the
    title going on, its predecessor inside the line above; the document is
    found under the text above it."""
    from tests.test_holdout7_grammar import NOTICE
    docs = _documents(NOTICE + RESERVOIRS, columns)
    assert [d.title for d in docs] == [NOTICE[0], RESERVOIRS[0]]
    assert docs[1].addressees == "各村(居)" or docs[1].addressees == "各村（居）"


@pytest.mark.parametrize("columns", [None, 24])
def test_control_items_each_opening_its_line_stay_items(columns):
    """Control: items whose labels each open a line ('(一)…' / '(二)…') stay
    the text's items under its title."""
    body = ["某某镇人民政府关于做好2023年防汛工作的通知", "各村(居):", "现就有关事项通知如下:",
            "(一)加强组织领导，落实防汛责任制。", "(二)做好物资储备，确保抢险需要。", "某某镇人民政府", "2023年4月1日"]
    doc, = _documents(body, columns)
    assert [p.label for p in doc.provisions] == ["（一）", "（二）"]


@pytest.mark.parametrize("columns", [19, 20])
def test_a_bracketed_numeral_of_a_run_inside_a_sentence_is_no_item(columns):
    """The same in a body's sentence: '…二座小(一)型、十座小' / '(二)型水库度汛方案已…'
    is one paragraph, no item (二)."""
    body = ["某某镇人民政府关于做好2023年防汛工作的通知", "各村(居):",
            "经检查，全镇范围内二座小(一)型、十座小(二)型水库度汛方案已由区防汛抗旱指挥部审定，现下达给你们，望认真贯彻执行。",
            "某某镇人民政府", "2023年4月1日"]
    doc, = _documents(body, columns)
    assert doc.provisions == []


# ---------------------------------------------------------------- a listed title the grammar misses

LISTED_ISSUE = """某某区人民政府公报
2023年第1期
目　　录
关于下达2023年全镇范围内二座小(一)型、
十座小(二)型水库度汛方案的通知………………1
某某乡人民政府关于做好春季森林防火工作的通知……2

      关于下达2023年全镇范围内二座小
     (一)型、十座小(二)型水库度汛方案
                  的通知
各村(居):
    为确保今年我镇水利工程安全度汛，已作全面安
全检查。现将二座小(一)型及十座小(二)型水库度
汛方案下达给你们，望认真贯彻执行。
    某某镇人民政府
    2023年4月1日
某某乡人民政府关于做好春季森林防火工作的通知
各村委会：
    为做好今年春季森林防火工作，现就有关事项通
知如下，请认真贯彻执行。
    某某乡人民政府
    2023年3月1日
"""


def test_a_title_the_contents_lists_word_for_word_starts_its_document():
    """The printed 目录 is the strong cross-check: a title whose line opens
    as a label would ('…二座小' / '(一)型、十座小(二)型水库度汛方案' / '的通知')
    is no title block of the grammar's, but the lines read as the entry word
    for word, so the document starts there, whole, and the report says the
    grammar saw no new document's frame there."""
    gazette = convert(LISTED_ISSUE.encode("utf-8"), "x/x.txt", "x")
    docs = gazette.documents
    assert [(d.title, d.addressees, d.issuers, d.date) for d in docs] == [
        ("关于下达2023年全镇范围内二座小(一)型、十座小(二)型水库度汛方案的通知", "各村（居）", ["某某镇人民政府"], "2023-04-01"),
        ("某某乡人民政府关于做好春季森林防火工作的通知", "各村委会", ["某某乡人民政府"], "2023-03-01")]
    assert [d.code for d in gazette.diagnostics if d.code.startswith("toc")] == ["toc-grammar"]


def test_a_listed_title_cited_inside_a_sentence_starts_nothing():
    """Control: an entry's words cited inside a body's sentence, run on with
    other words on their lines, are no lines that read as the entry: the
    entry stays unmatched, and the report says so."""
    body = LISTED_ISSUE[LISTED_ISSUE.index("      关于下达"):LISTED_ISSUE.rindex("某某乡人民政府关于做好")]
    cited = ("    按照《关于下达2023年全镇范围内二座小(一)型、十座小(二)型\n"
             "水库度汛方案的通知》要求，为做好今年春季森林防火工作，现就有关事项通\n")
    text = LISTED_ISSUE.replace(body, "").replace("    为做好今年春季森林防火工作，现就有关事项通\n", cited)
    gazette = convert(text.encode("utf-8"), "x/x.txt", "x")
    assert [d.title for d in gazette.documents] == ["某某乡人民政府关于做好春季森林防火工作的通知"]
    assert "toc-unmatched" in [d.code for d in gazette.diagnostics]
