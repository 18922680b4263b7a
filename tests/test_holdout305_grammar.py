"""The document grammar on layouts of the three-hundred-and-fifth held-out
set's kind (issue #11): school-safety and anti-drowning texts of cities,
counties and districts (a city's 通知 issuing an 意见 on the safety of
schools, a city office's 通知 passing on its bureaus' 通知, a county office's
通知 issuing a 方案, a district 河长制办公室's 通知, a county's 通告) as law
libraries, county sites and news mirrors store them, one of them held as ONE
line, its title, 主送, 转发 sentence, date and the forwarded text's title
parted by single spaces, stored right under a text the store cut
mid-sentence and over the next text's 发文字号. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice passing on a bureau's notice, run into one line as a law site stores it, cut inside 一、.
FORWARDED_ONE_LINE = ["北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知 各县（市）区人民政府，市直各单位： "
                      "市交通局制定的《关于加强农村公路养护工作的通知》已经市政府同意，现转发给你们，请认真贯彻执行。 "
                      "二○○六年十二月六日 关于加强农村公路养护工作的通知 为贯彻落实全省农村公路工作会议精神，"
                      "现结合我市实际，通知如下： 一、提高认识，把农村公路养护"]
# A text whose excerpt ends mid-sentence, with no signature.
CUT_SHORT = ["南岭县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "为做好今年春季植树造林工作，现就有关事项通知如下：各乡镇要在3月底前完成造林地块的落实，"
             "造林任务分解到村，明确责任人和完成时限，确保"]
# A county office's notice issuing a 方案, its 发文字号 alone on the line over its title.
NUMBERED = ["东岭政办秘〔2024〕17号", "东岭县人民政府办公室关于印发", "《东岭县农村公路养护工作方案》的通知",
            "各乡镇人民政府，县政府有关部门：", "现将《东岭县农村公路养护工作方案》印发给你们，请认真抓好贯彻落实。",
            "2024年4月22日", "东岭县农村公路养护工作方案", "为加强农村公路养护，特制定如下工作方案。", "一、基本原则",
            "坚持预防为主、标本兼治。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_notice_run_into_one_line_sets_out_its_date_and_the_forwarded_text(columns):
    """党政机关公文处理工作条例 第八条 (十三): a 通知 passes a text on (转发)
    with the frame an issuing notice has (GB/T 9704 7.3.3-7.3.5): the
    sentence names 《T》, who made it and its approval, then 现转发给你们; the
    成文日期 under it; then T, its title first. A page that ran them into one
    line is given back that form (unfold.RUN_IN_FORWARDING_LED_RE): the date
    is the notice's, T a part of its own."""
    docs = _documents(FORWARDED_ONE_LINE, columns)
    assert [d.title for d in docs] == ["北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知"]
    assert docs[0].date == "2006-12-06"
    assert [p.title for p in docs[0].parts][1:] == ["关于加强农村公路养护工作的通知"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_sentence_over_another_title_keeps_its_paragraph(columns):
    """The control: a sentence that passes 《T》 on, a date and then words that
    are not T's title (a text that cites the notice and goes on) is no frame:
    no part is parted off."""
    text = ["北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知 各县（市）区人民政府，市直各单位： "
            "市交通局制定的《关于加强农村公路养护工作的通知》已经市政府同意，现转发给你们，请认真贯彻执行。 "
            "二○○六年十二月六日 关于做好农村公路建设工作的通知 为贯彻落实全省农村公路工作会议精神，现结合我市实际，通知如下："]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == ["北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知"]
    assert len(docs[0].parts) == 1


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_title_and_its_class_addressees_under_a_cut_sentence_open_a_text(columns):
    """GB/T 9704 7.3.1-7.3.2: a title by its full grammar (the organ's name
    whole, 转发 or 关于, the 事由, the 文种) and a 主送 that addresses a class of
    organs by 各, closing on its colon: no sentence goes on into them, so under
    a text the store cut mid-sentence they open the next text, whatever its
    body's first sentence opens with ('市交通局制定的《…》…'), as a page that
    holds a whole notice on one line runs them on."""
    docs = _documents(CUT_SHORT + FORWARDED_ONE_LINE, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], "北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知"]
    assert docs[1].addressees == "各县（市）区人民政府，市直各单位"
    assert docs[1].date == "2006-12-06"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_naming_a_title_under_a_cut_sentence_goes_on(columns):
    """The control: words that name an organ's title and go on with no 主送
    closing on its colon ('…的通知精神，…') are the cut sentence's, not a
    text of their own."""
    going_on = ["北山市人民政府办公厅关于加强农村公路养护工作的通知精神，各乡镇要落实养护责任。"]
    docs = _documents(CUT_SHORT + going_on, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_number_alone_under_a_one_line_notice_heads_the_next_text(columns):
    """GB/T 9704 7.2.4: the 发文字号 stands on its line in the 版头, over the
    title. Under a notice run into one line whose forwarded text the store
    cut, the words after that text's title go on in their own line, never
    onto the next text's number (unfold.announcement_run_in): the number is
    the text's under it."""
    docs = _documents(FORWARDED_ONE_LINE + NUMBERED, columns)
    assert [d.title for d in docs] == ["北山市人民政府办公厅转发市交通局关于加强农村公路养护工作的通知",
                                       "东岭县人民政府办公室关于印发《东岭县农村公路养护工作方案》的通知"]
    assert docs[0].doc_number is None
    assert docs[1].doc_number == "东岭政办秘〔2024〕17号"


# A text whose excerpt ends inside a sentence that the measure wraps so its last words end as an organ's name ends.
CUT_ON_GOVERNMENT = ["南岭县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
                     "为做好今年春季植树造林工作，现就有关事项通知如下：", "一、基本原则",
                     "坚持预防为主、标本兼治，群防群治、源头治理；坚持属地管理、分级负责、尽职免责、失职追责，"
                     "全面压实教育、管理、监护责任，建立健全政府"]
# A district office's notice whose title names no organ, its 河长制办公室 signing it.
UNNAMED_TITLE = ["关于加强对水库河道巡查工作的通知", "各乡镇（街道）人民政府（办事处）：", "天气渐热，暑期将至，现就有关要求通知如下：",
                 "一、严格巡查管控", "即日起每日开展1次巡查。", "北江区河长制办公室", "2025年6月10日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_sentences_last_words_ending_as_an_organ_are_no_issuer_over_a_title(columns):
    """GB/T 9704 7.3.1: the 发文机关 over a title's 关于 is an organ's name,
    opening as one opens (a place, 中共…). The last words of a sentence the
    wrap set on a short line under a full one that stops mid-sentence
    ('…责任，建' over '立健全政府') end as an organ ends but open on no name
    (titles._sentence_tail_over): the title under them names no organ."""
    docs = _documents(CUT_ON_GOVERNMENT + UNNAMED_TITLE, columns)
    assert [d.title for d in docs] == [CUT_ON_GOVERNMENT[0], UNNAMED_TITLE[0]]
    assert docs[1].issuers == ["北江区河长制办公室"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_an_organ_alone_over_a_title_under_a_cut_sentence_is_its_issuer(columns):
    """The control: an organ's whole name on its own line, opening on its
    place, over a 关于 line is the title's 发文机关 (GB/T 9704 7.3.1), under a
    text cut mid-sentence too."""
    titled = ["北江区人民政府办公室", "关于加强对水库河道巡查工作的通知"] + UNNAMED_TITLE[1:5] + ["北江区人民政府办公室",
                                                                       "2025年6月10日"]
    docs = _documents(CUT_ON_GOVERNMENT + titled, columns)
    assert [d.title for d in docs] == [CUT_ON_GOVERNMENT[0], "北江区人民政府办公室关于加强对水库河道巡查工作的通知"]
    assert docs[1].issuers == ["北江区人民政府办公室"]
