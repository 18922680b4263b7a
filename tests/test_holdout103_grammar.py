"""The document grammar on layouts of the hundred-and-third held-out set's
kind (issue #11): charters, conventions and rules of procedure of city,
county and district organs, committees and the associations and funds they
sponsor (章程, 工作规则, 议事规则, 议事制度, 居民公约, 村规民约), printed alone on a
portal's page, unsigned and with no 发文字号 or 主送, or under the notice
that issues them. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

ISSUING = ["关于印发某某局局务会议议事规则的通知", "某局发〔2019〕8号", "局属各单位：",
           "《某某局局务会议议事规则》已经局务会议研究通过，现印发给你们，请认真遵照执行。",
           "某某市某某局", "2019年3月8日",
           "某某局局务会议议事规则", "第一章 总则",
           "第一条 为规范局务会议的组织和管理，提高决策水平，制定本规则。",
           "第二条 局务会议原则上每周召开一次，每次须有半数以上组成人员到会。"]
PROCEDURE = ["某某工业园区管委会主任办公会议事制度",
             "为了进一步规范园区管委会主任办公会议，提高会议质量和效率，制定本制度。",
             "一、会议内容", "主任办公会是讨论决定园区重要事项的会议，由管委会主任主持召开。",
             "二、会议时间", "原则上每月召开一次。"]
CHARTER = ["某某市慈善总会章程", "第一章 总则",
           "第一条 本会是由热心慈善事业的公民和组织自愿参加的非营利性社会团体。",
           "第二条 本会的业务主管单位为某某市民政局。"]
CONVENTION = ["某某社区居民公约",
              "为创建文明和谐的社区，经居民会议讨论通过，特制定以下公约，望全体居民遵守执行。",
              "一、爱党、爱国，积极响应政府号召，认真履行公民义务。",
              "二、学法、知法、守法，自觉维护社会治安和公共秩序。"]


# ---------------------------------------------------------------- a body's own rules printed alone

@pytest.mark.parametrize("columns", WIDTHS)
def test_rules_after_the_text_a_notice_names_open_a_document(columns):
    """A notice names the texts it issues ('《…议事规则》…现印发给你们'); once
    they are printed under it, a body's own rules titled alone (发文机关 +
    文种: '…管委会主任办公会议事制度') after a line that ends a sentence are
    another document's, though of another kind than the text issued, unsigned
    and with no 发文字号 or 主送."""
    docs = _documents(ISSUING + PROCEDURE, columns)
    assert [d.title for d in docs] == [ISSUING[0], PROCEDURE[0]]
    assert docs[0].date == "2019-03-08" and docs[1].date is None


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("first, second", [(CHARTER, PROCEDURE), (PROCEDURE, CONVENTION), (CONVENTION, PROCEDURE),
                                           (CONVENTION, CHARTER)])
def test_rules_after_rules_open_a_document(first, second, columns):
    """A body's own rules (a 章程, a 议事制度, a 公约) pass nothing on: rules
    titled alone under their last line, or under a division's heading they
    were cut short on, are another body's."""
    docs = _documents(first + second, columns)
    assert [d.title for d in docs] == [first[0], second[0]]
    docs = _documents(first[:-1] + second, columns)  # cut short on its heading ('二、会议时间') or an item
    assert [d.title for d in docs] == [first[0], second[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_second_text_the_notice_names_stays_its_part(columns):
    """Control: a notice that issues two texts names both ('《…工作规则》和
    《…议事制度》'); the second, printed under the first, is its part, not a
    document, though it is a body's own rules titled alone."""
    issuing = ["关于印发某某委员会工作规则和某某工业园区管委会主任办公会议事制度的通知", "各有关单位：",
               "《某某委员会工作规则》和《某某工业园区管委会主任办公会议事制度》已经研究同意，现印发给你们，请遵照执行。",
               "某某市人民政府办公室", "2004年7月24日",
               "某某委员会工作规则", "一、委员会是市政府的议事协调机构。", "二、委员会全体会议每半年召开一次。"]
    docs = _documents(issuing + PROCEDURE, columns)
    assert [d.title for d in docs] == [issuing[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_rules_a_notice_attaches_unnamed_stay_its_part(columns):
    """Control: a notice that names no text it issues (its 附件 mark lost, '现将
    有关制度附后'), its signature and date left off as a page's excerpt
    leaves them, keeps the rules printed under its last sentence: they may
    be its attachment."""
    notice = ["某某县人民政府关于加强园区管理工作的通知", "各乡镇人民政府：",
              "为加强园区管理，现将有关制度附后，请遵照执行。"]
    docs = _documents(notice + PROCEDURE, columns)
    assert [d.title for d in docs] == [notice[0]]


# ---------------------------------------------------------------- the body that adopts its rules

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title, body", [("某某工业园区管委会主任办公会议事制度", "某某工业园区管委会"),
                                         ("某某局局务会议议事规则", "某某局"),
                                         ("某某县安全生产委员会工作制度", "某某县安全生产委员会")])
def test_rules_of_a_bodys_meeting_name_the_body(title, body, columns):
    """GB/T 9704 7.3.1: 发文机关 + 事由 + 文种. A body's rules for its own
    meeting are titled by its name, the meeting (主任办公会, 局务会议) and
    议事制度 or 议事规则, or by its name and 工作制度: unsigned, the body the
    title names adopted them, and is their issuer."""
    docs = _documents([title] + PROCEDURE[1:], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].issuers == [body]


@pytest.mark.parametrize("columns", [None, 26])
def test_signed_rules_name_their_signer(columns):
    """Control: the same rules signed and dated under their text name the
    organ that signs them, not the body the title names."""
    docs = _documents(PROCEDURE + ["某某工业园区党工委", "2020年9月30日"], columns)
    assert [d.title for d in docs] == [PROCEDURE[0]]
    assert docs[0].issuers == ["某某工业园区党工委"]


# ---------------------------------------------------------------- the 公约

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某社区居民公约", "某某村村规民约", "某某市市民公约"])
def test_a_convention_is_a_document(title, columns):
    """城市居民委员会组织法 第十五条, 村民委员会组织法 第二十七条: a community's
    居民公约 and a village's 村规民约, adopted by its meeting; a city's 市民公约
    too. Such a title over its preamble and items is a document's, titled
    with no organ and unsigned."""
    gazette = _convert([title] + CONVENTION[1:], columns)
    assert not [d for d in gazette.diagnostics if d.code == "no-document"]
    docs = gazette.documents
    assert [d.title for d in docs] == [title]
    assert [p.kind for p in docs[0].provisions] == ["cn", "cn"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_convention_is_no_title(columns):
    """Control: a body's sentence that ends on a convention's name ('…自觉遵守
    本社区居民公约') wrapped right after it is the body going on."""
    docs = _documents(["某某街道办事处关于开展文明社区创建活动的通知", "各社区居民委员会：",
                       "各社区要组织居民认真学习并自觉遵守本社区居民公约", "和市民文明行为规范，营造文明和谐的社区环境。",
                       "某某街道办事处", "2021年12月24日"], columns)
    assert [d.title for d in docs] == ["某某街道办事处关于开展文明社区创建活动的通知"]


# ---------------------------------------------------------------- a notice and the text it issues run into one paragraph

RUN_TOGETHER = ("关于印发某某市安全生产委员会议事规则的通知   某府办发〔2010〕150号   各县、区人民政府,市人民政府各部门:   "
                "《某某市安全生产委员会议事规则》已经2010年11月12日市政府第54次常务会议研究同意,现印发给你们,请认真贯彻执行。"
                "   {signer}二〇一〇年十二月六日   某某市安全生产委员会议事规则   第一章 总 则   "
                "第一条 某某市安全生产委员会是市政府议事协调机构,不代替市政府有关职能部门的安全生产监督管理职责。   "
                "第二条 市安委会实行主任负责制。研究决定的事项应当符合国家安全生产方针政策的规定和要求。")


@pytest.mark.parametrize("columns", [18, 20, 26, 30])
@pytest.mark.parametrize("signer", ["", "某某市人民政府办公室   "])
def test_an_issuing_notice_run_into_its_text_is_set_out(signer, columns):
    """A law site stores a 印发 notice and the text it issues as one
    paragraph, its paragraphs parted by runs of spaces; hard-wrapped, the
    spaces no longer fall where lines end. GB/T 9704 sets the sentence that
    issues 《T》, the signature (where the page kept it) and the 成文日期 each
    on a line, T opening under them with its title: where the title after
    the date is the very one the sentence names, and T's first chapter or
    article follows it, the date closes the notice and T is its part."""
    docs = _documents([RUN_TOGETHER.format(signer=signer)], columns)
    assert [d.title for d in docs] == ["关于印发某某市安全生产委员会议事规则的通知"]
    assert docs[0].date == "2010-12-06"
    assert "某某市安全生产委员会议事规则" in [part.title for part in docs[0].parts]
    assert [p.kind for p in docs[0].provisions][:2] == ["zhang", "tiao"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_date_a_sentence_opens_on_is_no_close(columns):
    """Control: a sentence that names a text issued before and goes on from a
    date ('…请认真贯彻执行。2010年12月6日以前…') closes nothing there: the
    notice's date is the one under its signature."""
    docs = _documents(["某某县人民政府关于开展安全生产检查的通知", "各乡镇人民政府：",
                       "《某某县安全生产委员会议事规则》已于2009年印发,请认真贯彻执行。2010年12月6日以前各乡镇要完成自查。",
                       "某某县人民政府", "2010年11月20日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于开展安全生产检查的通知"]
    assert docs[0].date == "2010-11-20"


@pytest.mark.parametrize("columns", [20, 24, 30])  # (the widths whose wrap cuts the frame so)
def test_a_number_then_addressees_run_on_to_the_body_are_set_out(columns):
    """GB/T 9704 sets the 发文字号 (7.2.4) and the 主送 (7.3.2) each on a line;
    a page that runs the notice into one paragraph puts the 主送 after the
    number and the body after the 主送's colon. Printed with the body's
    lines indented, a line opens on the number, the 主送 wrapped on from it
    to a colon inside a later line: the number, the 主送 to its colon and the
    body after it are set out, and the spaces the page parted them with are
    no table's column gaps: a piece the steps part from a printed line keeps
    none of that line's runs (unfold._own_runs)."""
    paragraph = RUN_TOGETHER.format(signer="")
    doc = Document("x", (paragraph,), "关于印发某某市安全生产委员会议事规则的通知", None, None, "")
    docs = convert(indented([doc], columns, spaced=True).text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["关于印发某某市安全生产委员会议事规则的通知"]
    assert (docs[0].doc_number, docs[0].addressees, docs[0].date) == (
        "某府办发〔2010〕150号", "各县、区人民政府，市人民政府各部门", "2010-12-06")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_cited_number_then_a_sentence_is_no_frame(columns):
    """Control: a body line that opens on a cited number and runs on to a
    sentence's lead in a colon ('…〔2010〕150号文件要求:') is no 主送: the
    notice's frame stays as printed."""
    docs = _documents(["某某县人民政府关于开展安全生产检查的通知", "某府发〔2011〕3号", "各乡镇人民政府：",
                       "某府办发〔2010〕150号文件要求各乡镇认真开展自查,现就有关事项通知如下:一、各乡镇要在3月底前完成自查。",
                       "某某县人民政府", "2011年1月20日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于开展安全生产检查的通知"]
    assert (docs[0].doc_number, docs[0].addressees) == ("某府发〔2011〕3号", "各乡镇人民政府")


@pytest.mark.parametrize("place, columns", [("某某地区", 21)])  # (the title one character over the measure)
@pytest.mark.parametrize("number", ["某府办发〔2010〕150号", "市府办发〔2010〕150号"])
def test_a_kind_word_the_wrap_cut_before_the_number_is_the_titles(place, number, columns):
    """The wrap may cut a title's kind word ('…的通' / '知   某府办发〔2010〕
    150号   各县…') and the page's spaces before the 发文字号 be closed up:
    the title ends on no kind word on its line, and with the characters
    before the number it does ('…的通知'). Those characters are the title's,
    no 代字 of the number."""
    title = f"关于印发{place}安全生产委员会议事规则的通知"
    paragraph = RUN_TOGETHER.format(signer="").replace("某府办发〔2010〕150号", number).replace(
        "关于印发某某市", f"关于印发{place}").replace(
        "各县、区人民政府,市人民政府各部门:", "各县、特区、区人民政府,各经济开发区管委会,市人民政府各部门、各单位,中央、省属驻市行政企事业单位:")
    docs = _documents([paragraph], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].doc_number == number


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_whose_code_opens_on_a_kind_character_under_a_whole_title(columns):
    """Control: under a title whole on its line ('…的决定'), a number whose
    代字 opens on a character that could end a kind word stays whole."""
    docs = _documents(["某某县人民政府关于表彰先进集体的决定", "知府发〔2010〕150号", "各乡镇人民政府：",
                       "现决定对以下先进集体予以表彰。", "某某县人民政府", "2010年12月6日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府关于表彰先进集体的决定"]
    assert docs[0].doc_number == "知府发〔2010〕150号"


def test_an_issuing_notice_printed_line_by_line_keeps_its_lines():
    """The seeds' 荆州 notice prints the sentence, the 成文日期 and the issued
    text's title each on its line: nothing is run in, and the text issued
    begins on its title's line (its part's span, the site's data), not on the
    date's."""
    lines = ["某某市人民政府办公室关于印发某某市工伤保险市级统筹办法的通知", "某政办发〔2022〕22号", "各县、市、区人民政府：",
             "《某某市工伤保险市级统筹办法》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。", "2022年10月27日",
             "某某市工伤保险市级统筹办法", "第一章 总则", "第一条 为了保障工伤职工的合法权益，制定本办法。"]
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [p.lines for p in doc.parts] == [(2, 5), (6, 8)]


def test_a_number_run_on_into_its_title_over_a_running_header_takes_no_title_into_the_addressees():
    """holdout104's 孟州 notice printed by seed 6 of the sweep: the 发文字号 and the title run on on one line, the
    title wrapped, a page break's running header over the 主送, whose colon the body runs on after. The text from
    the number to that colon holds a title ('…关于…的通知'): no 主送 of its own."""
    lines = ["某某省人民政府公报", "2017年第1号", "目　　录", "甲市人民政府文件", "关于公布甲市乡镇办权责清单行政审批事项目",
             "录的通知………………1", "乙市人民政府办公室文件", "乙市人民政府办公室关于印发《乙市市级公",
             "共服务事项目录》的通知………………1", "丙市人民政府文件",
             "三、公共服务事项目录实行动态管理。公共服务", "事项目录应根据经济社会发展需求及时调整完", "善。",
             "丙政〔2017〕23号 丙市人民政府关于公布取", "消和保留证明清单的通知", "— 2 —", "丙市人民政府文件",
             "各乡镇、办事处,市政府各部门,各有关单位: 为", "进一步深化“放管服”改革,市政府决定取消证明事项", "126项,保留13项。",
             "丙市人民政府", "2017年11月6日"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents[-1]
    assert (doc.title, doc.addressees) == ("丙市人民政府关于公布取消和保留证明清单的通知", "各乡镇、办事处，市政府各部门，各有关单位")
