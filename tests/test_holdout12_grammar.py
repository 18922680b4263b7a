"""The document grammar on layouts of the twelfth held-out set's kind (issue
#11): rules of GB/T 9704 and of extractors' layout the converter must read
whatever gazette or web page the text comes from. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _roles(doc) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in doc.parts[0].blocks if hasattr(b, "role")]


# ---------------------------------------------------------------- the 成文日期 and the 附注 around it

PLAN = ["关于印发临江县防汛应急预案的通知", "临政办发〔2017〕46号", "各乡镇人民政府，县级有关部门：",
        "经县人民政府同意，现将《临江县防汛应急预案》印发给你们，请认真贯彻执行。", "临江县人民政府办公室"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_of_figures_parted_by_spaces_after_a_stray_bracket_is_read_and_reported(columns):
    """GB/T 9704 7.3.5: the 成文日期 under the signature. A page may lose its
    年, 月 and 日 and keep the spaces that stood for them, a stray bracket
    before ('{ 2017 6 23'): the spaces tell the figures apart, so the date
    is read; the line stays the date line, and the report names it for an
    editor to check."""
    gazette = _convert(PLAN + ["{ 2017 6 23"], columns)
    doc, = gazette.documents
    assert (doc.date, doc.issuers) == ("2017-06-23", ["临江县人民政府办公室"])
    assert ("date", "{ 2017 6 23") in _roles(doc)
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "2017 6 23" in damaged.message and "2017-06-23" in damaged.message and damaged.line


def test_spaced_figures_that_make_no_date_are_reported_not_guessed():
    gazette = _convert(PLAN + ["2017 13 23"], None)
    assert gazette.documents[0].date is None
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "无法确定" in damaged.message


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date", ["2017年6月23日", "{ 2017 6 23"])
def test_a_note_printed_between_the_signature_and_the_date_parts_them(columns, date):
    """GB/T 9704 7.3.6 prints the 附注 ('（此件公开发布）') under the 成文日期; a
    web page may print it between the signature and the date. It stands
    alone, a note, and the signature above it is still the signature."""
    doc, = _documents(PLAN + ["（此件公开发布）", date], columns)
    assert (doc.date, doc.issuers) == ("2017-06-23", ["临江县人民政府办公室"])
    assert _roles(doc)[-3:] == [("signature", "临江县人民政府办公室"), ("note", "（此件公开发布）"), ("date", date)]


# ---------------------------------------------------------------- the 题注 of a text adopted at a meeting

RESIGNATION = ["临江市人民代表大会常务委员会", "关于接受张某辞职请求的决定"]
DECIDED = ["因工作变动，张某提出辞去临江市人民政府副市长职务。临江市第五届人民代表大会常务委员会第三十一次会议决定："
           "接受张某辞去临江市人民政府副市长职务的请求。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_that_lost_its_bracket_year_and_month_dates_the_decision_when_one_reading_fits(columns):
    """党政机关公文处理工作条例 第九条: a text adopted at a meeting is dated by
    the meeting, printed in the 题注 under its title. A page may lose the
    note's opening bracket and its date's 年 and 月 ('202184日…会议通过)'):
    the digits allow one date (8月4日; 84月 is none), so it is read; the
    note stays a note, and the report names it for an editor to check."""
    note = "202184日临江市第五届人民代表大会常务委员会第三十一次会议通过)"
    gazette = _convert(RESIGNATION + [note] + DECIDED, columns)
    doc, = gazette.documents
    assert (doc.date, doc.issuers) == ("2021-08-04", ["临江市人民代表大会常务委员会"])
    assert _roles(doc)[0] == ("note", note)
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "202184日" in damaged.message and "2021-08-04" in damaged.message and damaged.line == 3


def test_a_note_date_of_two_readings_is_reported_not_guessed():
    """'2021124日' is 1月24日 or 12月4日: no date is guessed; the report says so."""
    gazette = _convert(RESIGNATION + ["2021124日临江市第五届人民代表大会常务委员会第三十一次会议通过"] + DECIDED, None)
    assert gazette.documents[0].date is None
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "2021124日" in damaged.message and "无法确定" in damaged.message


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_printed_without_brackets_dates_the_decision(columns):
    doc, = _documents(RESIGNATION + ["2021年8月4日 临江市第五届人民代表大会常务委员会第三十一次会议通过"] + DECIDED, columns)
    assert doc.date == "2021-08-04"
    assert _roles(doc)[0][0] == "note" and _roles(doc)[1][1].startswith("因工作变动")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_of_several_events_names_no_one_date(columns):
    """A regulation's 题注 printed one event a line (adopted, approved,
    amended) dates each event; none of them is the text's one 成文日期."""
    doc, = _documents(["临江市供热条例", "2017年8月25日 临江市第十九届人民代表大会常务委员会第三次会议通过",
                       "2017年9月30日 临江省第十二届人民代表大会常务委员会第三十次会议批准",
                       "第一条 为了加强供热管理，规范供热用热行为，制定本条例。"], columns)
    assert doc.date is None


def test_a_sentence_telling_of_a_meeting_is_no_note():
    """A body that opens with the meeting that adopted what it passes on
    ('…审议通过了《…》') goes on after the verb: no 题注, no date."""
    doc, = _documents(["关于印发临江市供热管理办法的通知", "各县（区）人民政府：",
                       "2019年3月26日市政府第十二次常务会议审议通过了《临江市供热管理办法》，现印发给你们，请认真贯彻执行。"],
                      None)
    assert doc.date is None


# ---------------------------------------------------------------- a title that names its organ by its level

RULES_NOTICE = ["临政发〔2011〕97号", "市政府关于印发《临江市人民政府全体会议规则》的通知", "各县、区人民政府，市各委、办、局：",
                "《临江市人民政府全体会议规则》已经市政府常务会议讨论通过，现予印发执行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_unsigned_title_naming_its_organ_by_its_level_names_the_issuer(columns):
    """GB/T 9704 7.2.5: 标题 = 发文机关 + 关于 + 事由 + 文种; a body may name
    itself by its level alone ('市政府', as the city's own bodies call it).
    With no signature the title's organ is the issuer, as printed."""
    doc, = _documents(RULES_NOTICE + ["二○一一年七月十三日"], columns)
    assert (doc.issuers, doc.date) == (["市政府"], "2011-07-13")


def test_a_title_naming_its_organ_by_its_level_in_traditional_script():
    doc, = _documents(["縣政府關於做好春季植樹造林工作的通知", "各鄉鎮人民政府：",
                       "為做好今年春季植樹造林工作，現就有關事項通知如下。", "2011年3月1日"], None)
    assert doc.issuers == ["縣政府"]


def test_the_signature_names_the_organ_a_title_names_by_its_level():
    """Signed, the issuer is the signer in full; the title's short name adds none."""
    doc, = _documents(RULES_NOTICE + ["临江市人民政府", "2011年7月13日"], None)
    assert doc.issuers == ["临江市人民政府"]


# ---------------------------------------------------------------- a web mirror's pinyin and the measure

MIRROR = ["國務(wù)院辦公廳關(guān)于向地方各級人民政府發(fā)送國務(wù)院公報的通知", "各省、自治區(qū)、直轄市人民政府：",
          "為了使地方各級政府及時(shí)了解國家的方針政策，現(xiàn)就有關(guān)事項(xiàng)通知如下：",
          "一、請各省、自治區(qū)、直轄市人民政府將本地區(qū)各級政府及城市街道辦事處的名單報送國務(wù)院辦公廳。",
          "二、根據(jù)《中華人民共和國立法法》的有關(guān)規(guī)定，在《國務(wù)院公報》上刊登的行政法規(guī)文本為標(biāo)準(zhǔn)文本。",
          "(一)傳達(dá)貫徹黨中央、國務(wù)院，省委、省政府和市委的指示、決定;",
          "(二)通報(bào)重要工作情況，部署全市經(jīng)濟(jì)社會(huì)建設(shè)全局性工作;", "國務(wù)院辦公廳", "2002年6月4日"]


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_mirror_line_that_filled_the_measure_with_its_pinyin_goes_on(columns):
    """A web mirror writes pinyin after characters ('區(qū)'); the converter
    removes it, but the page's wrap counted it: a line full with its
    annotations was wrapped, not ended, and a heading-like (一) or 一、 item
    cut there goes on in the next line."""
    doc, = _documents(MIRROR, columns)
    got = {(p.label, p.heading + p.text) for p in doc.provisions}
    assert got == {("一、", "請各省、自治區、直轄市人民政府將本地區各級政府及城市街道辦事處的名單報送國務院辦公廳。"),
                   ("二、", "根據《中華人民共和國立法法》的有關規定，在《國務院公報》上刊登的行政法規文本為標準文本。"),
                   ("（一）", "傳達貫徹黨中央、國務院，省委、省政府和市委的指示、決定；"),
                   ("（二）", "通報重要工作情況，部署全市經濟社會建設全局性工作；")}


def test_decode_keeps_the_columns_the_pinyin_took_on_each_line():
    from builder.stages.decode import decode
    decoded = decode("發(fā)展\n實(s\nhí)施\n".encode("utf-8"))
    assert decoded.text == "發展\n實\n施\n"
    assert decoded.annotated == {1: [(2, 5)], 2: [(2, 2)], 3: [(0, 4)]}  # (a toned letter prints full width)


# ---------------------------------------------------------------- a kind word's bracketed period

RULES = ["临江县村级干部管理办法", "第一条 为加强村级干部队伍建设，制定本办法。",
         "第二条 村党组织书记主持村党组织全面工作，扎实推进经济发展、基层社会治理和党的建设等各项工作。"]
CONSULTATION = ["关于向社会公开征求《临江县矿产资源总体规划(2021-2025年)》(征求意见稿)意见的公告",
                "根据《自然资源部关于全面开展矿产资源规划(2021-2025年)编制工作的通知》(自然资发〔2020〕43号)和自治区"
                "自然资源厅的统一部署，我局组织编制了规划。现向社会各界广泛征求意见。", "临江县自然资源和规划局", "2022年5月12日"]


def test_a_plans_bracketed_period_is_one_bracket_after_its_kind_word():
    """A 规划, 方案, 计划 or 大事记 may carry its period or scope in brackets
    of its own after the kind word ('规划（2021—2025年）（征求意见稿）'); a
    bracket closing far on, past a 》 and the words of a sentence, is none."""
    assert kind_of("临江县矿产资源总体规划（2021—2025年）（征求意见稿）") == "规划"
    assert kind_of("临江县防汛应急预案（试行）") == "方案"
    assert kind_of("关于征求《临江县总体规划(2021-2025年)》意见的公告根据《关于开展规划(2021-2025年)编制工作的通知》"
                   "(自然资发〔2020〕43号)") is None


@pytest.mark.parametrize("columns", [23, 26, None])
def test_a_title_citing_a_plan_ends_at_its_kind_word_though_the_body_cites_a_number(columns):
    """The first body line under a title may end with a cited notice and its
    发文字号 in brackets: the title still ends at its 文种 (公告), the body
    under it, whatever the measure."""
    docs = _documents(RULES + CONSULTATION, columns)
    assert [d.title for d in docs] == [RULES[0], CONSULTATION[0]]
    assert (docs[1].issuers, docs[1].date) == (["临江县自然资源和规划局"], "2022-05-12")


# ---------------------------------------------------------------- the end of a printed 目录

ISSUE = ["临江县人民政府公报", "2022年第3号", "目　　录", "临江县自然资源和规划局文件",
         "关于向社会公开征求《临江县矿产资源总体规划(202", "1-2025年)》(征求意见稿)意见的公告……1", "",
         "关于向社会公开征求《临江县矿产资源总体规划(202", "1-2025年)》(征求意见稿)意见的公告",
         "根据《自然资源部关于全面开展矿产资源规划(2021-20", "25年)编制工作的通知》(自然资发〔2020〕43号)和",
         "自治区自然资源厅的统一部署，我局组织编制了规划。", "现向社会各界广泛征求意见。", "临江县自然资源和规划局",
         "2022年5月12日"]


def test_a_range_of_years_the_wrap_cut_is_no_page_number_of_the_contents():
    """A 目录 entry ends with its page number; a body line that ends inside
    a range of years the wrap cut ('…规划(2021-20' / '25年)…') does not: the
    目录 ends above the first document, which keeps its title and body."""
    gazette = _convert(ISSUE, None)
    assert [(e.title, e.page) for e in gazette.toc] == [(CONSULTATION[0], 1)]
    doc, = gazette.documents
    assert (doc.title, doc.issuers) == (CONSULTATION[0], ["临江县自然资源和规划局"])


# ---------------------------------------------------------------- a 令's heading under a 目录, wrapped anywhere

ORDERS_TOC = ["临江省人民政府公报", "2016年第3号", "目　　录", "临江省人民政府令", "临江省土地整治办法 1", "临江省人民政府令",
              "临江省人民政府关于修改部分省政府规章的决", "定 1", ""]
LAND_ORDER = ["临江省土地整治办法 临江省人", "民政府令 第116号",
              "《临江省土地整治办法》已经省人民政府常务会议审议通过，现予发布。", "省长 张某 2016年12月6日",
              "临江省土地整治办法", "第一条 为了规范土地整治活动，制定本办法。", "第二条 本办法自2017年3月1日起施行。"]
AMENDING_ORDER = ["《临江省人民政府关于修改部分省政府规章的决定》已经省政府常务会议通过，现予发布，自公布之日起施行。",
                  "省长：张某 二○一一年二月二十五日", "临江省人民政府关于修改部分省政府规章的决定",
                  "为维护法制统一，省政府决定对以下省政府规章进行修改：", "一、删去《临江省教育费附加实施办法》第三条第一款。"]
AMENDING = "临江省人民政府关于修改部分省政府规章的决定"


def test_a_contents_entry_ending_on_its_page_is_no_piece_of_the_order_heading_under_it():
    """GB/T 9704 10.1: a gazette may print a regulation's title, its 令's
    name and 令号 on one line, wrapped anywhere, set out one a line. The
    目录 above ends on an entry's page ('定 1'): that line begins no piece of
    the heading, and the 目录 keeps its entry."""
    gazette = _convert(ORDERS_TOC + LAND_ORDER + [AMENDING + "(临江省人民政府令第148号)"] + AMENDING_ORDER, None)
    assert [(e.title, e.page) for e in gazette.toc] == [("临江省土地整治办法", 1), (AMENDING, 1)]
    assert [(d.title, d.doc_number) for d in gazette.documents] == [
        ("临江省土地整治办法", "临江省人民政府令第116号"), (AMENDING, "临江省人民政府令第148号")]


@pytest.mark.parametrize("toc", [[], ORDERS_TOC])
def test_an_order_number_in_brackets_after_a_kind_word_the_wrap_cut(toc):
    """A 令号 in brackets after the title ('…的决定(XX省人民政府令第148号)')
    frames the title like a 发文字号 under it, though the wrap cut the kind
    word and left its last character with the bracket ('…的决' / '定(…)')."""
    docs = _documents(toc + LAND_ORDER + [AMENDING[:-1], "定(临江省人民政府令第148号)"] + AMENDING_ORDER, None)
    assert [(d.title, d.doc_number, d.date) for d in docs][-1] == (AMENDING, "临江省人民政府令第148号", "2011-02-25")
    assert len(docs) == 2


# ---------------------------------------------------------------- a title under an excerpt that ends on a heading

CUT_AT_HEADING = ["临江市人民政府办公室关于全面推进政务公开工作的实施意见", "各县区人民政府，市直各单位：",
                  "为深入贯彻落实中央关于全面推进政务公开工作的部署要求，以完善政务公开内容和方式为核心，以面向基层、"
                  "面向群众为重点，强化政务公开顶层设计和统筹协调，助力深化改革、经济发展、民生改善和政府建设。",
                  "一、围绕深化改革推进公开", "(一)进一步推进权力清单和责任清单公开"]
CATALOGUE = ["临江市行政审批制度改革工作领导小组办公室关于印发《临江市行政许可事项通用目录》的通知",
             "各县区人民政府，市直各有关部门、单位，省属驻临各有关单位：",
             "为规范行政审批行为，提高审批效率，改进服务水平，全面规范市级政府部门行政许可事项，制定《临江市行政许可事项"
             "通用目录》，现印发给你们，请认真贯彻执行。", "临江市行政审批制度改革工作领导小组办公室", "2017年1月10日"]


def test_an_issuer_cut_by_the_wrap_inside_its_ending_heads_its_title():
    """GB/T 9704 7.2.5: 发文机关 + 关于 + 事由 + 文种. At 19 columns the wrap
    cuts the organ's name inside its ending ('…领导小组办公' / '室关于印发…'):
    the full line above, an organ's name with the characters before 关于,
    is the title's first line."""
    docs = _documents(CUT_AT_HEADING + CATALOGUE, 19)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0], CATALOGUE[0]]


def test_a_title_framed_by_its_wrapped_addressees_opens_a_document_under_a_full_heading():
    """GB/T 9704 7.3.2: the 主送机关 under the title, wrapped over two lines
    at 21 columns. A full 标题 so framed is a title though the heading above
    it fills the measure and its own last line does too."""
    docs = _documents(CUT_AT_HEADING + CATALOGUE, 21)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0], CATALOGUE[0]]
    assert docs[1].addressees == "各县区人民政府，市直各有关部门、单位，省属驻临各有关单位"


JOINT_ISSUE = ["临江市人民政府公报", "2017年第1号", "目　　录", "中共临江市委办公室文件", "中共临江市委办公室临江市人民政府办公室",
               "印发《关于全面推进政务公开工作的实施意", "见》的通知 1", "",
               "中共临江市委办公室临江市人民政府办公室", "印发《关于全面推进政务公开工作的实施意", "见》的通知(临办发〔2017〕2号)",
               "各县市区委、人民政府，市直各单位：",
               "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发给你们，请结合实际认真贯彻落实。",
               "中共临江市委办公室", "临江市人民政府办公室", "2017年1月10日"]


def test_a_wrapped_title_under_the_contents_begins_after_the_entry_ending_on_its_page():
    """A 发文字号 in brackets at the end of a wrapped title ('…的通知(临办发〔2017〕2号)')
    is the title's, its head the lines above back to where the title's run
    begins: under a 目录 that is after the last entry's page ('见》的通知 1'),
    the space before the page perhaps lost."""
    doc, = _documents(JOINT_ISSUE, None)
    assert (doc.title, doc.doc_number) == ("中共临江市委办公室临江市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
                                           "临办发〔2017〕2号")


SPEECH_CUT = ["在二季度全市安全生产专题会议上的讲话", "周某",
              "今天，市政府召开二季度全市安全生产专题会议。目的有两个：一是统一思想，准确把握一季度安全生产形势；"
              "二是研究部署二季度安全生产重点工作。下面，我讲四点意见。", "一、准确把握一季度全市安全生产运行态势"]
LAND = ["临江市人民政府征收土地预公告", "东亭镇元光村村民委员会及有关居民",
        "因公共利益需要，依据土地管理法律法规，现将临江市2024年度批次土地征收有关事项公告如下：",
        "一、征收范围", "征收你村位于村北地块的土地，面积约0.28公顷。", "特此公告。", "临江市人民政府", "2024年2月28日"]


@pytest.mark.parametrize("columns", [19, 21])
def test_a_title_naming_its_organ_without_about_framed_by_its_addressees_follows_a_full_heading(columns):
    """GB/T 9704 7.2.5: 发文机关 + 事由 + 文种, 关于 left out ('XX市人民政府征收
    土地预公告'), with its 主送 under it: a document's title, though the
    excerpt above ends on a heading that fills the measure."""
    docs = _documents(SPEECH_CUT + LAND, columns)
    assert [d.title for d in docs] == [SPEECH_CUT[0], LAND[0]]
    assert docs[1].addressees == LAND[1]


FORWARDED = ["临江市人民政府办公厅转发市教育局等部门", "关于进一步加强中小学安全管理工作的通知",
             "各县（市）区人民政府，市直各委、办、局（公司）：",
             "市教育局、市卫生局、市公安局制定的《关于进一步加强中小学安全管理工作的意见》已经市人民政府同意，现转发给你们，"
             "请认真贯彻执行。", "临江市人民政府办公厅", "2011年3月1日"]


def test_a_forwarding_title_wrapped_after_the_forwarded_issuers_keeps_its_first_line():
    """GB/T 9704 7.2.5: a 转发 title is its issuer, 转发, then the forwarded
    title, which names its issuers before 关于. Wrapped after them ('XX市人民
    政府办公厅转发市教育局等部门' / '关于…的通知'), the first line is the title's."""
    docs = _documents(["关于推行说理性行政处罚文书的指导意见", "各县（市、区）人民政府：",
                       "为规范行政处罚行为，决定在全市推行说理性行政处罚文书。", "临江市人民政府", "2011年2月1日"] + FORWARDED, None)
    assert docs[1].title == FORWARDED[0] + FORWARDED[1]


TRAFFIC = "临江县公安局关于千岛湖镇新安东路广场路段实行交通管制的通告"
PRAISE = "临江县人民政府办公室关于表彰2008年度民政工作先进单位的通报"


def test_a_full_title_right_under_the_contents_opens_the_first_document():
    """A 标题 (发文机关 + 关于 + 事由 + 文种) right under the 目录 opens the
    issue's first document, though it fills the measure, the 目录's last
    line above does too, and its body follows with no 主送."""
    gazette = _convert(["临江县人民政府公报", "2009年第3号", "目　　录", "临江县公安局文件", TRAFFIC + " 1",
                        "临江县人民政府办公室文件", PRAISE + " 1", "", TRAFFIC,
                        "11月9日，市环保局在千岛湖广场举行大型文艺演出，为确保演出活动顺利进行，根据《中华人民共和国道路交通安",
                        "全法》第三十九条之规定，决定11月9日13:00时至22:00时在千岛湖镇新安东路广场路段实行交通管制。",
                        "临江县公安局", "2008年11月5日", PRAISE, "各乡镇人民政府：", "2008年，全县民政工作取得新成效。",
                        "临江县人民政府办公室", "2009年3月20日"], None)
    assert [d.title for d in gazette.documents] == [TRAFFIC, PRAISE]


def test_a_request_cited_at_a_replys_opening_is_no_title_where_the_wrap_falls_after_it():
    """A 批复 or 复函 opens '你局关于…的请示收悉': the wrap may fall right after
    the cited 请示, leaving a line that ends in a kind word; the line under it
    goes on with the sentence's verb (收悉), so the cited title opens nothing."""
    doc, = _documents(["国务院办公厅关于同意调整完善网络市场监管部际联席会议制度的函", "（2020年7月8日　国办函〔2020〕52号）",
                       "市场监管总局:", "你局关于调整完善网络市场监管部际联席会议制度的请示", "收悉。经国务院同意，现函复如下：",
                       "国务院同意调整完善网络市场监管部际联席会议制度。"], None)
    assert doc.doc_number == "国办函〔2020〕52号"
    assert "你局关于调整完善网络市场监管部际联席会议制度的请示收悉。经国务院同意，现函复如下：" in \
        [b.text for b in doc.parts[0].blocks if hasattr(b, "role")]
