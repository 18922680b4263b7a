"""The metadata panel at the top of a document page; the issue page's cover."""
import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.model import Document, Gazette, Paragraph
from builder.render import _panel, cover_lines, front_matter, listed_title
from builder.text.ids import gazette_id


def _doc(**frame):
    return Document(id="d", gazette="g", title="关于某事的通知", kind="通知", doc_number="荆政办发〔2022〕16号",
                    issuers=["荆州市人民政府办公室"], date="2022-09-17", lines=(3, 40), **frame)


def _rows(panel: str) -> list[str]:
    return re.findall(r"<dt[^>]*>(.*?)</dt>", panel)


def test_panel_shows_the_frame_printed_around_the_text():
    gazette = Gazette("g", "seeds/a.txt", "荆州市人民政府公报", 2022, "2022年第8-9期", None, None)
    doc = _doc(addressees="各县、市、区人民政府", cc="市委办公室", attachments=["1. 名单", "2. 流程"],
               first_page=3, last_page=9)
    panel = _panel(doc, gazette)
    assert _rows(panel) == ["发文字号", "发文机关", "成文日期", "文种", "主送机关", "抄送", "附件", "出处"]
    assert "<dd>1. 名单；2. 流程</dd>" in panel
    assert "《荆州市人民政府公报》2022年第8-9期</a> 第 3–9 页" in panel


def test_the_reader_sees_the_print_not_the_file():
    gazette = Gazette("g", "seeds/a.txt", "荆州市人民政府公报", 2022, "2022年第8-9期", None, None)
    panel = _panel(_doc(first_page=50), gazette)
    assert "seeds/" not in panel and "第 50 页起" in panel
    issue_without_year = Gazette("g", "seeds/b.txt", "潜江市人民政府公报", 2025, "第6号", None, None)
    assert "《潜江市人民政府公报》2025年第6号</a> 第 13 页" in _panel(_doc(first_page=13, last_page=13),
                                                              issue_without_year)


def test_panel_leaves_out_what_was_not_printed():
    gazette = Gazette("g", "seeds/a.txt", "某市人民政府公报", 2022, None, None, None)
    assert _rows(_panel(_doc(), gazette)) == ["发文字号", "发文机关", "成文日期", "文种", "出处"]


def test_a_document_published_alone_cites_no_issue():
    """A file without masthead is no issue: no 出处 names its file, and no link goes to an issue page."""
    alone = Gazette("gazette-2022-09-17", "seeds/jzbf-16.txt", None, 2022, None, None, None)
    panel = _panel(_doc(), alone)
    assert _rows(panel) == ["发文字号", "发文机关", "成文日期", "文种"] and "jzbf-16" not in panel


def test_panel_has_no_row_of_dashes():
    """A chronicle prints no 发文字号, issuer or date: the panel says what it is, not three dashes."""
    gazette = Gazette("g", "seeds/a.txt", "某市人民政府公报", 2019, None, None, None)
    chronicle = Document(id="d", gazette="g", title="政务大事记", kind="大事记", doc_number=None, issuers=[],
                         date=None, lines=(3, 40))
    panel = _panel(chronicle, gazette)
    assert _rows(panel) == ["文种", "出处"] and "—" not in panel


def _p(text):
    return Paragraph(text=text, lines=(1, 1))


def test_a_board_printed_in_columns_is_one_line_per_label():
    front = [_p(t) for t in ("编委会", "主任：赵建玲", "委员：葛磊", "孙庆伟", "刘兵", "指导工作 服务社会", "陈实")]
    assert cover_lines(front) == ["编委会", "主任：赵建玲", "委员：葛磊 孙庆伟 刘兵", "指导工作 服务社会", "陈实"]
    assert cover_lines([_p("编辑: 于梅勇"), _p("宋少婷"), _p("编辑出版"), _p("电话")]) == [
        "编辑: 于梅勇 宋少婷", "编辑出版", "电话"]


def test_an_issue_without_a_printed_number_is_named_by_its_newest_date_not_its_file():
    assert gazette_id("濮阳市人民政府公报", 2020, None, "002_ccb43869a2224617", "2020-04-30") == "puyang-2020-04-30"
    assert gazette_id("濮阳市人民政府公报", 2020, "2", "002_ccb43869a2224617", "2020-04-30") == "puyang-2020-2"
    assert gazette_id(None, None, None, "潜江 副本") == "gazette-qian-jiang-fu-ben"


def test_a_title_without_its_city_is_listed_with_its_issuer():
    gazette = Gazette("g", "seeds/a.txt", "潜江市人民政府公报", 2026, None, None, None)
    doc = _doc()
    doc.title, doc.issuers = "市人民政府关于印发《潜江市城市建筑垃圾管理办法》的通知", ["潜江市人民政府"]
    assert listed_title(doc, gazette) == doc.title + "（潜江市人民政府）"
    doc.title = "潜江市人民政府关于加强某事的通知"
    assert listed_title(doc, gazette) == doc.title


def test_a_document_published_alone_is_listed_with_its_issuer_unless_its_title_opens_with_it():
    alone = Gazette("gazette-2017-12-27", "seeds/wuhan-stc.txt", None, 2017, None, None, None)
    doc = _doc()
    doc.title, doc.issuers = "关于命名武汉市2017年度市级生态乡镇和生态村的通知", ["武汉市人民政府"]
    assert listed_title(doc, alone) == doc.title + "（武汉市人民政府）"
    doc.title = "武汉市人民政府关于命名2017年度市级生态乡镇和生态村的通知"
    assert listed_title(doc, alone) == doc.title
    doc.title, doc.issuers = "政府工作报告", []
    assert listed_title(doc, alone) == "政府工作报告"


def test_an_orders_name_stands_on_its_page_over_its_number():
    """A 政府令's page is titled by the regulation it promulgates; the order's
    own name, printed over its number, is on the page too (nothing printed is
    left to the metadata alone)."""
    from builder.convert import convert_text
    from builder.render import _part

    text = ("中华人民共和国国务院令\n第707号\n现公布修订后的《中华人民共和国个人所得税法实施条例》，自2019年1月1日起施行。\n"
            "总理　李克强\n2018年12月18日\n中华人民共和国个人所得税法实施条例\n第一条 根据《中华人民共和国个人所得税法》，制定本条例。\n")
    doc = convert_text(text, "x.txt", "x").documents[0]
    assert doc.title == "中华人民共和国个人所得税法实施条例"
    first = _part(doc.parts[0], doc, first=True)
    assert first.index("中华人民共和国国务院令\n{: .gz-docnum }") < first.index("第707号")


def test_joint_organs_opening_a_title_stand_apart_on_its_page():
    """Print sets each joint organ of a title on its own line: on the page
    (its heading, the name the browser and the sidebar show) they stand
    apart by a space; the title (search, links, data) keeps them as written.
    A title opening with one organ, or naming the organs otherwise, is shown
    as it is."""
    from builder.render import document_meta, document_page
    gazette = Gazette("g", "seeds/a.txt", "某县人民政府公报", 2020, "2020年第1期", None, None)
    joint = Document(id="d", gazette="g", title="中共某县委办公室某县人民政府办公室关于印发《某县地震应急预案》的通知",
                     kind="通知", doc_number="某办发〔2020〕13号", issuers=["中共某县委办公室", "某县人民政府办公室"],
                     date="2020-11-26", lines=(3, 40))
    shown = "中共某县委办公室 某县人民政府办公室关于印发《某县地震应急预案》的通知"
    assert f"# {shown}\n" in document_page(joint, gazette, None, None)
    assert document_meta(joint, gazette)["title"] == shown
    assert listed_title(joint, gazette) == joint.title
    for title, issuers in [("某县人民政府办公室关于某事的通知", ["某县人民政府办公室"]),
                           ("某县财政局、某县教育局关于某事的通知", ["某县财政局", "某县教育局"])]:
        doc = Document(id="d", gazette="g", title=title, kind="通知", doc_number=None, issuers=issuers,
                       date="2020-11-26", lines=(3, 40))
        assert f"# {title}\n" in document_page(doc, gazette, None, None)


def test_what_the_print_sets_over_an_orders_name_stays_over_it():
    """A page may print the promulgated text's title first, then the order's
    organ and its 令号 by code: the page keeps that order, the organ's name
    under the title it was printed under, not over it."""
    from builder.convert import convert_text
    from builder.render import _part

    title = "重庆市人民政府关于控制主城区采（碎）石场和小水泥厂尘污染的通告"
    text = (f"{title}\n重庆市人民政府\n渝府令第 121 号\n《{title}》已经2001年12月13日市人民政府第97次常务会议审议通过，"
            f"现予发布，自2002年1月1日起施行。\n市 长\n二○○一年十二月三十日\n{title}\n"
            "第一条 为有效控制主城区尘污染，制定本通告。\n第二条 本通告自2002年1月1日起施行。\n")
    doc = convert_text(text, "x.txt", "x").documents[0]
    first = _part(doc.parts[0], doc, first=True)
    assert first.index(title) < first.index("重庆市人民政府\n{: .gz-docnum }") < first.index("渝府令第121号")


@given(st.dictionaries(st.text(max_size=10), st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=300),
    st.lists(st.text(max_size=60), max_size=4),
    st.dictionaries(st.text(max_size=10), st.text(max_size=60), max_size=3)), max_size=8))
@settings(max_examples=300, deadline=None)
def test_front_matter_reads_back_as_the_data(data):
    """Any title, number or name a seed holds (control characters, line and
    paragraph separators, a BOM, quotes, '---' included) is in the page's
    front matter as it was: MkDocs reads the same values back."""
    page = front_matter(data)
    assert page.startswith("---\n") and page.endswith("\n---\n\n")
    assert (yaml.safe_load(page[4:-5]) or {}) == data
