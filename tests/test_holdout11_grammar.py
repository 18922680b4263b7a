"""The document grammar on layouts of the eleventh held-out set's kind (issue
#11): rules of GB/T 9704, of numbering and of extractors' layout the
converter must read whatever gazette or web page the text comes from. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph, Provision
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)
from tests.test_holdout8_grammar import NOTICE  # (a notice cut before its signature)

WIDTHS = [None, 18, 26]


def _texts(doc) -> list[str]:
    return [b.text for part in doc.parts for b in part.blocks if not isinstance(b, Provision)]


# ---------------------------------------------------------------- a chronicle's month in figures

CHRONICLE = ["大事记（2024年5月—6月）", "5月", "5月6日，州委书记张某会见某集团董事长一行。",
             "5月8日，州人大常委会召开上半年政情通报会。", "6月", "6月2日，州政府召开全州安全生产工作会议。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_month_in_figures_alone_on_its_line_heads_the_entries_under_it(columns):
    """A chronicle prints its month as a heading ("5月") over entries that
    print their full date ("5月6日，…"): the heading is a paragraph of its
    own, and every entry is anchored by its day, the first one too. Only a
    date that a sentence holds is cut by the wrap ("…定于5月" / "6日召开")."""
    doc, = _documents(CHRONICLE, columns)
    entries = [b for b in doc.parts[0].blocks if isinstance(b, Provision)]
    assert [e.eid for e in entries] == ["d_2024-05-06", "d_2024-05-08", "d_2024-06-02"]
    assert [b.text for b in doc.parts[0].blocks if getattr(b, "role", None) == "heading"] == ["5月", "6月"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_month_heading_over_entries_that_print_the_day_alone(columns):
    doc, = _documents(["政务大事记", "8月", "20日　州委书记张某会见某集团董事长一行。", "21日　州委书记张某走访慰问。"], columns)
    assert [e.eid for e in doc.parts[0].blocks if isinstance(e, Provision)] == ["d_08-20", "d_08-21"]


def test_a_date_the_wrap_cut_inside_a_sentence_still_goes_on():
    doc, = _documents(["关于召开全市安全生产会议的通知", "各县（区）人民政府：", "市政府定于5月",
                       "6日召开全市安全生产会议，请各地派员参加。", "临江市人民政府", "2024年5月1日"], None)
    assert "市政府定于5月6日召开全市安全生产会议，请各地派员参加。" in _texts(doc)


# ---------------------------------------------------------------- page numbers and rules of the print

REPORT = ["关于报送《临江市交通运输局防汛应急预案》的报告", "临交发〔2024〕12号", "临江市防汛抗旱指挥部办公室：",
          "根据贵办要求，现将我局新修订的防汛应急预案随文附后上报。", "附件：临江市交通运输局防汛应急预案",
          "临江市交通运输局", "2024年5月10日", "（此件主动公开）—2—", "临江市交通运输局防汛应急预案",
          "为做好汛期交通运输保障工作，制定本预案。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_page_number_run_onto_the_end_of_a_line_is_page_furniture(columns):
    """GB/T 9704 7.5 prints the page number "— 2 —" under the page; an
    extractor may run it onto the end of the page's last line after the
    line's text is done ("（此件主动公开）—2—"): the number is set aside with
    the page furniture, the note stays the document's, and the attachment
    that follows is its part, titled as printed."""
    doc, = _documents(REPORT, columns)
    assert [p.title for p in doc.parts] == [REPORT[0], "临江市交通运输局防汛应急预案"]
    assert "（此件主动公开）" in _texts(doc) and not any("—2—" in text for text in _texts(doc))
    assert (doc.issuers, doc.date) == (["临江市交通运输局"], "2024-05-10")


def test_a_dash_inside_a_sentence_is_no_page_number():
    doc, = _documents(["关于调整公交线路的通知", "各有关单位：", "公交3路调整为临江站—2—号码头区间运行。",
                       "临江市交通运输局", "2024年5月10日"], None)
    assert "公交3路调整为临江站—2—号码头区间运行。" in _texts(doc)


MASTHEAD = ["临江市人民政府办公室", "——————————", "临政办函〔2024〕9号", "市人民政府办公室关于印发",
            "临江市防汛应急预案的通知", "各县（区）人民政府，市政府有关部门：",
            "《临江市防汛应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。", "2024年6月1日", "（此件公开发布）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_masthead_over_its_rule_and_number_names_the_organ_the_title_names_short(columns):
    """GB/T 9704 7.2: the 版头 is the 发文机关标志 (here the organ's name
    alone), the 发文字号 under it and the 分隔线 between them and the title,
    which a web page draws with dashes. The rule is page furniture; the 版头
    is the document's first line, not the end of the one before; and an
    unsigned document whose title names its organ short ('市人民政府办公室')
    is issued by the organ the 版头 names in full."""
    docs = _documents(NOTICE + MASTHEAD, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "市人民政府办公室关于印发临江市防汛应急预案的通知"]
    assert "临江市人民政府办公室" not in _texts(docs[0]) and _texts(docs[1])[0] == "临江市人民政府办公室"
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == \
        ("临政办函〔2024〕9号", ["临江市人民政府办公室"], "2024-06-01")
    assert not any("———" in text for doc in docs for text in _texts(doc))


# ---------------------------------------------------------------- sections numbered 1, 1.1, 1.1.1

PLAN = ["临江市人民政府办公室关于印发临江市地震应急预案的通知", "各县（区）人民政府，市政府有关部门：",
        "《临江市地震应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。", "临江市人民政府办公室", "2024年6月1日",
        "临江市地震应急预案", "1总则", "1.1编制目的", "为有效应对地震灾害，最大限度减少人员伤亡和财产损失，制定本预案。",
        "1.2适用范围", "本预案适用于本市行政区域内地震灾害的应对工作。", "2.1.1指挥部职责", "统一领导全市抗震救灾工作。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_section_heading_numbered_by_levels_is_a_section_of_its_own(columns):
    """A 预案 numbers its sections as GB/T 1.1 does (1, 1.1, 1.1.1), each
    heading alone on its line with no sentence punctuation: the heading is a
    section of its own, neither joined to the text under it (though
    '编制目的' ends in 的) nor to the heading above, nested by its number,
    its anchor its number."""
    gazette = _convert(PLAN, columns)
    doc, = gazette.documents
    texts = [b.text if isinstance(b, Paragraph) else b.label + b.heading for b in doc.parts[1].blocks]
    assert texts[:4] == ["1总则", "1.1编制目的", "为有效应对地震灾害，最大限度减少人员伤亡和财产损失，制定本预案。", "1.2适用范围"]
    sections = [(p.label + p.heading, p.eid, p.parent) for p in doc.provisions if p.kind == "section"]
    assert sections == [("1总则", "text_1__clause_1", None),
                        ("1.1编制目的", "text_1__clause_1-1", "text_1__clause_1"),
                        ("1.2适用范围", "text_1__clause_1-2", "text_1__clause_1"),
                        ("2.1.1指挥部职责", "text_1__clause_2-1-1", None)]
    assert not [d for d in gazette.diagnostics if d.code in ("doubtful-join", "doubtful-break")]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_chronicle_after_a_text_ending_on_a_numbered_heading_keeps_its_title(columns):
    """A numbered section heading is no line of a title: the 大事记 printed
    after a text whose excerpt ends on one ('1.2适用范围') is titled alone."""
    docs = _documents(PLAN[:10] + CHRONICLE, columns)
    assert [d.title for d in docs] == [PLAN[0], CHRONICLE[0]]


def test_a_decimal_at_the_head_of_a_wrapped_line_goes_on_with_the_sentence():
    doc, = _documents(["关于加快智慧教育建设的通知", "各县（区）教育局：", "为提高教学质量，全面实施教育信息化",
                       "2.0行动计划，深入推进智慧校园建设。", "临江市教育局", "2024年3月1日"], None)
    assert "为提高教学质量，全面实施教育信息化2.0行动计划，深入推进智慧校园建设。" in _texts(doc)


# ---------------------------------------------------------------- a 令's frame run into fewer lines

ORDER = ["临江市城市绿化管理办法 临江市人民政府令 第25号",
         "《临江市城市绿化管理办法》已经2024年3月1日市人民政府第20次常务会议审议通过，现予公布，自2024年5月1日起施行。",
         "市长 张明 2024年3月10日", "临江市城市绿化管理办法", "第一章 总则",
         "第一条 为了加强城市绿化管理，改善生态环境，根据有关法律法规，结合本市实际，制定本办法。",
         "第二条 本市城市规划区内的绿化规划、建设、保护和管理，适用本办法。"]


@pytest.mark.parametrize("columns", WIDTHS + [19])  # 19: the wrap cuts '…临江市人民政府' from '令 第25号'
def test_a_regulations_title_and_its_order_on_one_line_head_the_order(columns):
    """GB/T 9704 10.1 prints a 令's 发文机关标志 (XX人民政府令) and its 令号
    each on a line of its own, and a gazette may print the regulation's
    title above them; a page that sets all three on one line, parted by
    spaces (wrapped anywhere by a narrow measure), heads the same order:
    titled by its regulation, numbered by its organ's 令 and serial. The
    signature and the date set side by side ("市长 张明 2024年3月10日") are
    the signature (a government's head: that government) and the 成文日期.
    A wrap that leaves the title and the organ's whole name on a line, as
    joint issuers are printed, keeps the space between them: it parts a
    title from a name, not a name in two."""
    docs = _documents(NOTICE + ORDER, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "临江市城市绿化管理办法"]
    order = docs[1]
    assert (order.doc_number, order.issuers, order.date) == ("临江市人民政府令第25号", ["临江市人民政府"], "2024-03-10")
    assert [p.label for p in order.provisions if p.kind == "tiao"] == ["第一条", "第二条"]
    assert not any("2024年3月10日" in text and "张明" in text for text in _texts(order))


REVISION = ["临江市人民政府关于修改部分市政府规章的决定(临江市人民政府令第30号)",
            "《临江市人民政府关于修改部分市政府规章的决定》已经市政府2024年第5次常务会议通过，现予发布，自公布之日起施行。",
            "市长：张明 二〇二四年四月一日", "临江市人民政府关于修改部分市政府规章的决定",
            "为维护法制统一，市政府决定对以下2件规章进行修改：", "一、对《临江市城市绿化管理办法》作如下修改："]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_orders_number_by_its_organs_name_in_brackets_after_the_title(columns):
    """A page may print the 令号 in brackets after the title
    ('…的决定(XX市人民政府令第30号)'), as a gazette folds a 发文字号 under the
    title: the document's number, and the title is the 决定's."""
    docs = _documents(NOTICE + REVISION, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "临江市人民政府关于修改部分市政府规章的决定"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("临江市人民政府令第30号", ["临江市人民政府"], "2024-04-01")


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organs_signature_and_the_date_on_one_line(columns):
    """An organ's name and the 成文日期 side by side are the signature and the
    date; a line that names no organ before a date ('报名截止 2024年5月10日')
    stays as printed."""
    doc, = _documents(["关于举办全市安全生产知识竞赛的通知", "各县（区）应急管理局：", "现将竞赛有关事项通知如下。",
                       "报名截止 2024年5月10日", "临江市应急管理局 2024年4月20日"], columns)
    assert (doc.issuers, doc.date) == (["临江市应急管理局"], "2024-04-20")
    assert "报名截止2024年5月10日" in _texts(doc)  # (the space between Han and figures is an OCR space)


def test_a_sentence_citing_an_order_by_its_number_stays_a_sentence():
    doc, = _documents(["关于加强城市绿化管理的通知", "各县（区）人民政府：",
                       "各县（区）要执行临江市城市绿化管理办法(临江市人民政府令第25号)，做好城市绿化工作。",
                       "临江市人民政府", "2024年6月1日"], None)
    assert doc.doc_number is None
    assert "各县（区）要执行临江市城市绿化管理办法（临江市人民政府令第25号），做好城市绿化工作。" in _texts(doc)


# ---------------------------------------------------------------- a 决定 that amends laws

AMENDMENT = ["临江市人民代表大会常务委员会关于修改部分地方性法规的决定",
             "临江市第十七届人民代表大会常务委员会第九次会议决定，修改下列地方性法规：",
             "一、对下列不适应经济社会发展要求的法规进行修改",
             "1.在《临江市城市绿化条例》第七条中增加一项作为第六项，即：“负责城市绿地的日常养护；”",
             "第九条修改为：“各级人民政府应当将城市绿化纳入国民经济和社会发展规划。”",
             "第十三条增加一款作为该条第二款，即：“鼓励单位和个人认建认养公共绿地。”",
             "第十三条后增加一条作为第十四条，即：“禁止擅自砍伐城市树木。”",
             "2.将《临江市河道管理条例》第七条修改为：“河道管理实行河长制。”",
             "第十条第四项修改为：“在河道管理范围内设置拦河渔具的；”"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_articles_an_amending_decision_cites_are_no_articles_of_its_own(columns):
    """A 决定 that amends laws (立法技术规范) begins its lines with the
    amended law's articles ('第九条修改为：…', '第十三条增加一款…', '第十条第四项
    修改为…'): each is a paragraph of its item, no 第X条 of the decision (whose
    numbers would run 9, 13, 13, 10); its own 一、 and 1. stay provisions."""
    doc, = _documents(AMENDMENT, columns)
    kinds = [p.kind for p in doc.provisions]
    assert "tiao" not in kinds and kinds.count("cn") == 1 and kinds.count("ar") == 2
    assert "第九条修改为：“各级人民政府应当将城市绿化纳入国民经济和社会发展规划。”" in _texts(doc)


def test_an_inserted_article_numbered_after_another_is_an_article():
    """'第十条之一' numbers an article a revision inserted: no citation, it
    stays an article of the text."""
    doc, = _documents(["临江市城市绿化条例", "第十条 城市绿地应当按规划建设。", "第十条之一 禁止擅自占用城市绿地。",
                       "第十一条 本条例自公布之日起施行。"], None)
    assert len([p for p in doc.provisions if p.kind == "tiao"]) == 3


def test_an_article_label_printed_with_a_stray_mark_is_still_an_article():
    """'第一条、为了…' (a mark a careless page put after the label) opens an
    article; only a run of cited articles ('第二条、第三条修改为…') is none."""
    doc, = _documents(["临江市城市绿化管理办法", "第一条、为了加强城市绿化管理，制定本办法。",
                       "第二条、本办法适用于本市城市规划区。"], None)
    assert [p.label for p in doc.provisions if p.kind == "tiao"] == ["第一条", "第二条"]
    doc, = _documents(AMENDMENT[:4] + ["第二条、第三条修改为：“城市绿化实行统一规划。”"], None)
    assert "tiao" not in [p.kind for p in doc.provisions]


# ---------------------------------------------------------------- a scanner's spaces

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_scanners_spaces_in_a_signature_are_judged_between_whole_words(columns):
    """A scanner's spaces inside a signer's name ('临江市 发展和改革委 员会'):
    the space inside a word goes ('发展和改革委员会'), and then the space
    between the place and the organ's name that word completes goes too, so
    the signer is one organ."""
    doc, = _documents(["关于报送防汛应急预案的报告", "临江市防汛抗旱指挥部办公室：", "现将我委防汛应急预案随文上报。",
                       "临江市 发展和改革委 员会", "2024年5月10日"], columns)
    assert (doc.issuers, doc.date) == (["临江市发展和改革委员会"], "2024-05-10")
