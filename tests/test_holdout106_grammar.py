"""The document grammar on layouts of the hundred-and-sixth held-out set's
kind (issue #11): inspection, assessment and rectification documents of city
and county governments and their offices (督查 通报, 整改情况的报告 to a
standing committee, 整改方案 after a 督察, 巡察整改情况的通报). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- a report's 主送 under its 题注

REPORT = "某某县2023年度审计查出问题整改情况的报告"
REPORT_BODY = ["受县政府委托，现向县人大常委会报告审计查出问题整改情况，请予审议。", "一、整改工作部署落实情况",
               "县政府专题部署整改工作，各责任单位逐项落实整改。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("occasion, date", [("——2024年9月在某某县十八届人大常委会第二十次会议上", None),
                                            ("——2024年9月12日在某某县十八届人大常委会第二十次会议上", "2024-09-12")])
def test_a_report_under_its_occasion_alone_is_addressed_to_the_organ_named(occasion, date, columns):
    """A report the government sends to a sitting of the standing committee
    prints the occasion under its title ('——2024年9月在…会议上', its day
    perhaps left out) and no speaker: the line under it that names an organ
    and ends in a colon ('县人大常委会：') is its 主送 (GB/T 9704 7.3.2), a line
    of its own, not the 题注's tail."""
    docs = _documents(NOTICE + [REPORT, occasion, "县人大常委会：", *REPORT_BODY], columns)
    assert [d.title for d in docs] == [NOTICE[0], REPORT]
    assert (docs[1].addressees, docs[1].date) == ("县人大常委会", date)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("under", [["主任、各位副主任、各位委员："], ["县审计局局长 王某某", "县人大常委会："]])
def test_an_audience_or_a_speakers_report_has_no_addressee(under, columns):
    """Control: under the same occasion, the audience by their offices
    ('主任、各位副主任、各位委员：') is a 称谓, and a report its speaker
    delivers ('县审计局局长 王某某') speaks to the sitting: neither names a
    主送."""
    docs = _documents(NOTICE + [REPORT, "——2024年9月12日在某某县十八届人大常委会第二十次会议上", *under,
                                *REPORT_BODY], columns)
    assert [d.title for d in docs] == [NOTICE[0], REPORT]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressed", ["县人大常委会：", "主任、各位副主任、各位委员："])
def test_a_report_under_its_occasion_and_addressee_opens_under_an_items_heading(addressed, columns):
    """The report, its occasion and whom it is made to under its title,
    right under the last line of the 通报 above, a point's heading with no
    stop ('1.关于“…”问题的整改', the store's excerpt cut there): a frame no
    sentence runs into (a sentence that names a report goes on with words,
    not with a 副题 and a 主送 or its members' offices), so the report opens
    its own document."""
    docs = _documents(RECTIFIED + ["（一）在“贯彻落实上级决策部署不够有力，党组领导作用发挥不足”方面",
                                   "1.关于“学习贯彻上级重大决策部署不够到位”问题的整改",
                                   REPORT, "——2024年9月在某某县十八届人大常委会第二十次会议上", addressed,
                                   *REPORT_BODY], columns)
    assert [d.title for d in docs] == [RECTIFIED[0], REPORT]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_report_under_its_occasion_alone_stays_a_heading_under_an_items_heading(columns):
    """Control: the same title and occasion with neither a day in brackets
    nor whom it is made to under them, the body right after: no frame, so
    under a heading that ends no sentence it stays the 通报's text, as
    before."""
    docs = _documents(RECTIFIED + ["（一）在“贯彻落实上级决策部署不够有力，党组领导作用发挥不足”方面",
                                   "1.关于“学习贯彻上级重大决策部署不够到位”问题的整改",
                                   REPORT, "——2024年9月在某某县十八届人大常委会第二十次会议上",
                                   *REPORT_BODY], columns)
    assert [d.title for d in docs] == [RECTIFIED[0]]


# ---------------------------------------------------------------- a text that names itself in its preamble

UNFINISHED = ["关于2022年度审计查出问题整改情况的报告", "主任、副主任、各位委员：", "一、整改工作总体情况",
              "（一）市政府高度重视审计整改工作。市政府专题部署，各单位逐项落实整改。"]
SELF_NAMED = [["某某市贯彻落实省生态环境保护督察反馈意见整改方案(公开版)",
               "2020年10月，省督察组对我市开展了督察，并于2021年2月向我市反馈督察意见。结合我市实际，制定本方案。",
               "一、指导思想", "坚决扛起生态环境保护政治责任，持续改善生态环境质量。"],
              ["某某县村级集体资金管理办法", "为加强村级集体资金管理，保障集体经济组织成员的合法权益，特制定本办法。",
               "第一条 村级集体资金由村集体经济组织管理。"]]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("text", SELF_NAMED, ids=["plan", "measures"])
def test_a_text_whose_preamble_names_it_opens_a_document(text, columns):
    """A 方案 or an 办法 printed alone, with no 主送 or signature, after a
    text a page's excerpt left unfinished (its last line a whole sentence):
    its first paragraph names it by the 文种 its title ends in ('…结合我市实
    际，制定本方案。', '特制定本办法。'), as a text's preamble does, so its
    title is no heading of the text above but opens a text of its own."""
    docs = _documents(UNFINISHED + text, columns)
    assert [d.title for d in docs] == [UNFINISHED[0], text[0]]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("hands_on", ["为加强整改工作，现将有关方案附后，请遵照执行。",
                                      "《某某市贯彻落实省生态环境保护督察反馈意见整改方案(公开版)》已经市政府同意，现印发给你们，请认真贯彻落实。"])
def test_a_text_the_notice_above_hands_on_stays_its_part(hands_on, columns):
    """Control: under a notice that hands a text on, named ('现将《…方案》
    印发给你们') or not ('现将有关方案附后'), a 方案 whose preamble names
    itself is the text it passes on: no document of its own."""
    notice = ["某某市人民政府办公室关于做好督察整改工作的通知", "各县（市、区）人民政府：", hands_on]
    docs = _documents(notice + SELF_NAMED[0], columns)
    assert [d.title for d in docs] == [notice[0]]


# ---------------------------------------------------------------- a heading that quotes the finding it answers

RECTIFIED = ["中共某某县某某局党组关于巡察整改情况的通报",
             "根据县委统一部署，县委第二巡察组对县某某局党组进行了巡察。现将巡察整改情况予以公布。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_point_under_a_heading_quoting_a_finding_is_the_first_of_its_list(columns):
    """A 整改 通报 heads each finding it answers by quoting it ('（一）在“贯彻
    落实上级决策部署不够有力，党组领导作用发挥不足”方面'): the comma is the
    quoted finding's, the heading stands alone on its line, and the '1.'
    under it is its first point (GB/T 9704 7.3.3), though the excerpt ends
    before the second."""
    docs = _documents(RECTIFIED + ["（一）在“贯彻落实上级决策部署不够有力，党组领导作用发挥不足”方面",
                                   "1.关于“学习贯彻上级重大决策部署不够到位”问题的整改"], columns)
    assert _labels(docs[0]) == ["（一）", "1."]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_quoting_a_phrase_under_its_label_is_no_heading_alone(columns):
    """Control: a （一） paragraph whose sentence runs past the quotation
    ('（一）认真落实“河长制”，全面加强河道管理。') is text, not a heading over
    points: a '1.' under it and no '2.' is no list."""
    docs = _documents(RECTIFIED + ["（一）认真落实“河长制”，全面加强河道管理", "1.2023年共巡河120次。"], columns)
    assert _labels(docs[0]) == ["（一）"]


# ---------------------------------------------------------------- a body's sentence that opens on a date and its subject

INSPECTED = ["中共某某县某局党组关于巡察整改情况的通报", "根据县委统一部署，县委第二巡察组", "对县某局党组进行了巡察。",
             "2023年1月17日，县委巡察组向某局党组", "反馈了巡察意见。现将巡察整改情况予以", "公布。",
             "某局党组把巡察整改作为重大政治任务来", "抓，切实做好整改工作。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_body_line_opening_on_a_date_and_an_organ_goes_on(columns):
    """The date and author a compilation prints under a title ('1964年2月10
    日,最高法院司法行政厅') end their line; a line of the body, once a
    sentence of it has ended above, that opens on a date and its subject and
    breaks after an organ's name ('2023年1月17日，县委巡察组向某局党组' /
    '反馈了巡察意见。…') is that sentence wrapped: one paragraph."""
    docs = _documents(INSPECTED, columns)
    texts = [b.text for part in docs[0].parts for b in part.blocks if not isinstance(b, Provision)]
    assert any(t.startswith("2023年1月17日") and "反馈了巡察意见" in t for t in texts)


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_date_and_organ_under_a_title_stay_a_line_of_their_own(columns):
    """Control: right under the title, no sentence of the body above it,
    the date and the organ on one line ('2021年3月5日，某某省农业厅') are the
    frame's: the 成文日期, and the 主送 under them."""
    docs = _documents(["某某省农业厅关于做好春耕备耕工作的通知", "2021年3月5日，某某省农业厅", "各市农业局：",
                       "为做好今年春耕备耕工作，现就有关事项通知如下，请认真贯彻执行。"], columns)
    assert (docs[0].date, docs[0].addressees) == ("2021-03-05", "各市农业局")



FILLING = {None: "某某市贯彻落实省生态环境保护督察反馈意见及专项督察反馈问题整改实施方案(公开版)",
           18: "某某市贯彻落实省生态环境保护督察反馈意见及洞庭湖专项督察整改方案(公开版)",
           20: "某某市贯彻落实省生态环境保护督察反馈意见及专项督察反馈问题整改实施方案(公开版)",
           26: "某某市贯彻落实省生态环境保护督察反馈意见及西洞庭湖生态环境保护专项督察反馈问题整改落实工作方案(公开版)"}


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_filling_the_measure_over_a_preamble_naming_it_is_a_title(columns):
    """A title wrapped so that its last line fills the measure ('…整改实施
    方案(公开版)' at 20 columns) reads like a body line running on past its
    kind word; under a whole sentence, over a first paragraph that names the
    text by that kind ('…制定本方案。'), it is the title of a text of its own."""
    docs = _documents(UNFINISHED + [FILLING[columns], *SELF_NAMED[0][1:]], columns)
    assert [d.title for d in docs] == [UNFINISHED[0], FILLING[columns]]


# ---------------------------------------------------------------- a title led by its year over its body's ground

MEETINGS = ["关于2020年县政府常务会议确定事项完成情况的通报",
            "县政府督查室对确定事项完成情况进行了专项督查。现将有关情况通报如下：", "一、基本情况",
            "2020年县政府确定重要工作任务共579项，已完成550项。", "（一）县长办公会议确定事项完成情况。"]
YEAR_LED = {None: "2019年县政府工作报告三季度完成情况通报", 18: "2019年县政府工作报告重点任务落实通报",
            20: "2019年县政府工作报告三季度完成情况通报", 26: "2019年县政府工作报告重点任务三季度推进落实情况通报"}
GROUND = ["按照县政府《关于印发2019年〈政府工作报告〉重点任务分解落实方案的通知》要求，县政府督查室进行了专项督查，"
          "现将相关情况予以通报。", "督查中发现，部分项目进展缓慢。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_year_led_title_over_its_bodys_ground_is_a_title(columns):
    """GB/T 9704 7.3.1 lets a title leave out its organ: '2019年县政府工作报告
    三季度完成情况通报' opens on the year its 事由 covers and ends in a 公文's
    文种. Wrapped so that it fills the measure (each width its own title;
    unwrapped it is read already), under a whole sentence of an unfinished
    通报 and over a line opening the body's sentence on its ground ('按照…'),
    it is a title: no sentence runs on past '通报' into '按照'."""
    docs = _documents(MEETINGS + [YEAR_LED[columns], *GROUND], columns)
    assert [d.title for d in docs] == [MEETINGS[0], YEAR_LED[columns]]


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_year_led_line_under_a_sentence_going_on_is_the_body(columns):
    """Control: wrapped, the same words under a line that does not end a
    sentence ('…督查室现将') are the sentence going on, not a title (one line
    a paragraph, a short line over them is a paragraph of its own)."""
    docs = _documents(MEETINGS[:4] + ["县政府督查室现将", YEAR_LED[columns], *GROUND], columns)
    assert [d.title for d in docs] == [MEETINGS[0]]
