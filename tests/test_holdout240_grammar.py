"""The document grammar on layouts of the two-hundred-and-fortieth held-out
set's kind (issue #11): agricultural inputs and animal health texts of
counties, districts and cities (a 农业农村局's 政策解读 of its 配方肥 方案, a
government's 解除封锁 公告 and 命令, a 非洲猪瘟 防控 通告, a 狂犬病 免疫 通知)
as county portals and the sites that copy them store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 政策解读 a county site files under a tag in 【】 run into its title line, unsigned.
TAGGED = ["【文字+图解】某某县农业农村局关于《某某县配方肥推广应用实施方案》的政策解读",
          "《某某县配方肥推广应用实施方案》由县农业农村局起草完成。",
          "一、制定《实施方案》的必要性", "配方肥推广工作是化肥减量的重要措施，很有必要。",
          "二、起草《实施方案》的依据", "《某某省配方肥推广应用实施办法》。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_site_tag_in_lenticular_brackets_is_no_part_of_the_organ_the_title_names(columns):
    """GB/T 9704 7.3.1: a title is the 发文机关名称, the 事由 and the 文种,
    and an organ's name holds no 【】. A site's tag run in before the title
    ('【文字+图解】', '【转载】') files the page; the organ the unsigned title
    names begins after it."""
    doc, = _documents(TAGGED, columns)
    assert doc.issuers == ["某某县农业农村局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_tag_with_no_organ_after_it_names_no_issuer(columns):
    """Control: a tag before a title that opens on 关于 names no organ: the
    tag is none, and 关于 opens the 事由, so the text has no issuer."""
    doc, = _documents(["【政策解读】关于《某某县配方肥推广应用实施方案》的政策解读"] + TAGGED[1:], columns)
    assert doc.issuers == []


# An order the store cut mid-sentence, no signature: nothing closes it but the next title.
CUT_ORDER = ["某某县人民政府关于解除封锁非洲猪瘟疫区的命令", "某某县人民政府令〔2019〕第2号",
             "2019年7月5日，某某县人民政府发布《关于封锁非洲猪瘟疫区的命令》，以某某镇某某猪场为疫点，由疫点边缘向外延伸"
             "3公里的区域为疫区实行封锁。",
             "某某县人民政府决定：自2019年8月13日起解除我县非洲猪瘟疫区封锁。封锁解除后，各成员单位、各镇人民政府将继续"
             "加强疫情监测和排查，加强非洲猪瘟"]
NOTICE_TITLE = "某某县人民政府关于切实加强非洲猪瘟疫情防控工作的通告"
# The notice under it, a registration code and a 发文字号 the store damaged on one line under its title.
ANNOUNCED = [NOTICE_TITLE, "XXDR-2018-00014                     某政函〔201879",
             "为切实做好全县非洲猪瘟防控工作，根据《重大动物疫情应急条例》及有关要求，现就有关事项通告如下：",
             "一、关闭县内所有生猪交易场所，全县养殖场生猪点对点调入县生猪屠宰场，不得进行场外交易。",
             "二、严禁任何养猪场（户）使用餐厨剩余物饲喂生猪。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_full_title_over_the_transition_of_its_own_kind_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1 and the 开头 of a 公文: a full 标题 (发文机关 + 关于 +
    事由 + 文种) whose first paragraph hands the body on by that 文种 ('…现就
    有关事项通告如下：') is a document's title though the line above stops
    mid-sentence (an excerpt the store cut there) and no 发文字号 the grammar
    reads stands under it: a sentence that runs into a title it quotes goes
    on with words after it, and none running past a kind word holds the
    过渡语 of that kind."""
    docs = _documents(CUT_ORDER + ANNOUNCED, columns)
    assert [d.title for d in docs] == [CUT_ORDER[0], NOTICE_TITLE]
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_a_cut_sentence_cites_over_another_kinds_transition_stays_in_it(columns):
    """Control: the same title under a sentence that cites it and goes on
    ('…认真贯彻落实县人民政府印发的' / title / '要求，现就有关事项通知如下：'), the
    过渡语 naming another kind (通知, not 通告): the sentence's words, no
    document. (Wrapped at 18 columns the converter already splits it there,
    a case this rule does not touch.)"""
    cited = ["某某县人民政府关于做好生猪调运监管工作的通知", "各乡镇人民政府：",
             "为做好非洲猪瘟防控期间生猪调运监管工作，各乡镇要认真贯彻落实县人民政府印发的",
             NOTICE_TITLE, "要求，现就有关事项通知如下：", "一、严格落实生猪调运监管。", "二、加强宣传。"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [cited[0]]


BODY = ["为切实做好全县非洲猪瘟防控工作，根据《重大动物疫情应急条例》及有关要求，现就有关事项通告如下：",
        "一、关闭县内所有生猪交易场所，全县养殖场生猪点对点调入县生猪屠宰场，不得进行场外交易。",
        "二、严禁任何养猪场（户）使用餐厨剩余物饲喂生猪。"]


@pytest.mark.parametrize("number", ["某政函〔2018〕79号", "某政函〔201879"])
@pytest.mark.parametrize("columns", [None, 26])
def test_a_register_mark_run_onto_the_number_line_leaves_the_number_to_be_read(columns, number):
    """GB/T 9704 7.2.1 and 7.2.4: the 统一登记号 a province's rules on
    规范性文件 print at the first page's top left, a mark of the 版头, and the
    发文字号 on the same line as a page sets them side by side
    ('XXDR-2018-00014      某政函〔2018〕79号'): the number is the text's, read
    after the mark, whole or as the store damaged it."""
    doc, = _documents([NOTICE_TITLE, f"XXDR-2018-00014                     {number}"] + BODY, columns)
    assert doc.doc_number == number


@pytest.mark.parametrize("columns", [None, 26])
def test_a_register_mark_with_words_after_it_gives_no_number(columns):
    """Control: the mark alone over its number keeps reading the number
    under it; a mark with words after it (no 发文字号) gives none."""
    doc, = _documents([NOTICE_TITLE, "XXDR-2018-00014", "某政函〔2018〕79号"] + BODY, columns)
    assert doc.doc_number == "某政函〔2018〕79号"
    doc, = _documents([NOTICE_TITLE, "XXDR-2018-00014 有效期五年"] + BODY, columns)
    assert doc.doc_number is None


# A 公告 numbered by its serial alone, printed under its title in brackets after its date, as an issue prints the frame.
DATED_SERIAL = ["某某区人民政府", "关于解除某某镇某某村牛炭疽疫区封锁令的公告", "（2018年9月6日　第18號）",
                "2018年8月12日，某某镇某某村发生牛炭疽疫情，经评估，疫情已得到有效控制。",
                "根据有关规定，现决定自即日起解除封锁。", "特此公告。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_serial_after_the_date_in_the_frames_brackets_is_the_number(columns):
    """GB/T 9704 10.2: a 公告 or 令 is numbered by its serial ('第18號'),
    printed under the title; an issue dates it in the same brackets as any
    frame ('（2018年9月6日　第18號）'): the serial is the document's number, the
    date its date."""
    docs = _documents(DATED_SERIAL, columns)
    assert len(docs) == 1 and docs[0].doc_number == "第18號" and docs[0].date == "2018-09-06"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_dated_bracket_naming_a_meeting_gives_no_number(columns):
    """Control: brackets that hold a date and a meeting's ordinal
    ('第18次常务会议通过', a 题注 of adoption) name no serial: no number is read."""
    lines = DATED_SERIAL[:2] + ["（2018年9月6日区人民政府第18次常务会议通过）"] + DATED_SERIAL[3:]
    docs = _documents(lines, columns)
    assert len(docs) == 1 and docs[0].doc_number is None


# An order's excerpt the store cut mid-sentence, with no signature: nothing closes it but the next title.
CUT_ORDER = ["某某县人民政府关于解除封锁非洲猪瘟疫区的命令", "某某县人民政府令〔2019〕第2号",
             "某某县人民政府决定：自2019年8月13日起解除我县非洲猪瘟疫区封锁。封锁解除后，各镇人民政府将继续加强非洲猪瘟"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("tag", ["【文字+图解】", "【政策解读】", ""])
def test_an_explanation_over_the_name_it_quotes_opens_a_document_under_a_cut_sentence(tag, columns):
    """GB/T 9704 7.3.1: a 解读's title names in 《》 the text it explains
    (发文机关 + 关于 + 事由 + 文种, the 事由 the quoted text), and its first
    paragraph opens on that same quoted name ('《…方案》由县农业农村局起草完成').
    No sentence runs on past a title's 文种 into a paragraph that names again
    what the title quoted: under an excerpt cut mid-sentence the title opens
    its document, with or without the site's tag before it (the page's
    furniture, forms joined by a plus as '【文字+图解】' too)."""
    explained = [TAGGED[0].replace("【文字+图解】", tag), *TAGGED[1:]]
    docs = _documents(CUT_ORDER + explained, columns)
    assert [d.title for d in docs] == [CUT_ORDER[0], TAGGED[0].replace("【文字+图解】", "")]
    assert docs[1].issuers == ["某某县农业农村局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_an_explanation_and_the_name_again_stays_the_sentences(columns):
    """Control: the cut sentence goes on into a title it cites and on past
    its 文种 on the same line ('…政策解读和《…》的要求'): no line ends on the
    文种, so nothing opens there; nor does a quoted name under a title that
    quotes another."""
    went_on = ["某某县农业农村局关于《某某县配方肥推广应用实施方案》的政策解读和《某某县配方肥推广应用实施方案》的要求，做好推广。",
               "某某县人民政府", "2019年8月13日"]
    docs = _documents(CUT_ORDER + went_on, columns)
    assert [d.title for d in docs] == [CUT_ORDER[0]]
    other = ["某某县农业农村局关于《某某县配方肥推广应用实施方案》的政策解读",
             "《某某县有机肥替代化肥实施方案》同时执行。", "某某县人民政府", "2019年8月13日"]
    docs = _documents(CUT_ORDER + other, None)
    assert [d.title for d in docs] == [CUT_ORDER[0]]
