"""The document grammar on layouts of the eighty-third held-out set's kind
(issue #11): everyday 通知 and 通告 of city, county and district governments
and their offices in the south (海南, 江西, 广西), as their sites, gazettes and
document mirrors hold them: a .doc's text that comes as one line for the whole
document (the 发文字号, title, 主送, body, date and 附注 parted by spaces, the
issued text's 目录 after them with its leaders and pages), and a page that lost
the signature and the 成文日期's 年月日 ('20151214') over the text a notice
issues. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# ---------------------------------------------------------------- a .doc's text, one line for the document

NUMBER = "某区府发〔2021〕3 号"
TITLE = "某某市某某区人民政府关于印发某某区国土空间总体规划纲要的通知"
ONE_LINE = (f"{NUMBER} 某某市某某区人民政府 关于印发某某区国土空间 总体规划纲要的通知 各乡镇人民政府,区政府各部门: "
            "现将《某某区国土空间总体规划纲要》印发给你们,请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开) — 1 — "
            "某某区国土空间总体规划纲要 目 录 第一章 总体要求..........................1 "
            "第二章 主要任务..........................5")


@pytest.mark.parametrize("columns", [None])
def test_a_docs_whole_frame_on_one_line_is_set_out(columns):
    """GB/T 9704 7.2.4, 7.3.1, 7.3.2: the 发文字号, the title in the 关于 form
    ending in its kind word, the 主送 ending in its colon, each on its line.
    The text of a .doc may come as one line for the document, its lines
    parted by spaces: a line that opens on a 发文字号, then a title with no
    sentence punctuation, then a 主送, then the body, is that frame run in;
    and the 成文日期 with the 附注 in brackets after it, run on after the
    body's last sentence (7.3.5, 7.3.6), is the close, the signature lost.
    (Wrapped, the measure already sets the frame's pieces on lines of their
    own.)"""
    docs = _documents(NOTICE + [ONE_LINE], columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert (docs[1].doc_number, docs[1].addressees, docs[1].date) == (
        "某区府发〔2021〕3号", "各乡镇人民政府，区政府各部门", "2021-04-13")


@pytest.mark.parametrize("columns", [None])
def test_a_line_opening_on_a_cited_number_stays_a_sentence(columns):
    """Control: a body's sentence that opens on the number of the text it
    follows ('某政发〔2021〕3号 文件下发后,各乡镇人民政府…:') holds a clause
    mark before its colon: no title, no 主送 run in, the line stays the
    body's."""
    line = ("某区府发〔2021〕3号 文件下发后,各乡镇人民政府,区政府各部门: "
            "要按照文件要求抓好落实,请认真贯彻执行。 2021年4月13日 区政府将组织督查。")
    docs = _documents(NOTICE + [line], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == "2021-03-01"


# ---------------------------------------------------------------- a title under a 目录 entry's page

NEXT = ["某某市人民政府办公厅关于印发《某某市行政执法公示制度》等四项行政执法制度的通知",
        "各县、区人民政府,市政府各部门,各管委会,市级各双管单位,市直各企业、事业单位:",
        "《某某市行政执法公示制度》等四项行政执法制度已经市人民政府常务会议审议通过,现印发给你们,请认真贯彻执行。",
        "某某市人民政府办公厅", "2015年12月14日"]
NEXT_TITLE = NEXT[0]


@pytest.mark.parametrize("columns", [None])
def test_a_title_under_a_contents_entrys_page_opens_a_document(columns):
    """A 目录 entry ends on the page its leaders lead to: no sentence runs on
    from it. A text whose excerpt ends inside its own 目录, run into one line
    as a .doc's text comes, does not take the title and 主送 of the next
    document on the line under it. (Wrapped, the title's pieces are lines
    the title grammar reaches back over.)"""
    docs = _documents([ONE_LINE] + NEXT, columns)
    assert [d.title for d in docs] == [TITLE, NEXT_TITLE]
    assert (docs[1].addressees, docs[1].date) == (NEXT[1].rstrip(":").replace(",", "，"), "2015-12-14")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_contents_entrys_page_the_wrap_cut_goes_on(columns):
    """Control: a line that goes on with the figures of a page the measure cut
    ('…………2' / '9第二节…') is the entry's rest, and a 目录 set one entry a
    line stays one: the document above and its 目录 are one document."""
    issuing = [TITLE, "各乡镇人民政府,区政府各部门:", "现将《某某区国土空间总体规划纲要》印发给你们,请认真贯彻执行。",
               "某某市某某区人民政府", "2021年4月13日"]
    toc = ["某某区国土空间总体规划纲要", "目 录", "第一章 总体要求..........................12",
           "第二章 主要任务..........................29"]
    docs = _documents(issuing + toc + NEXT, columns)
    assert [d.title for d in docs] == [TITLE, NEXT_TITLE]


# ---------------------------------------------------------------- a date that lost its 年月日 over the issued text

ISSUING = ["某某市人民政府办公厅关于印发《某某市行政执法公示制度》的通知",
           "各县、区人民政府,市政府各部门:",
           "《某某市行政执法公示制度》已经市人民政府常务会议审议通过,现印发给你们,请结合实际,认真贯彻执行。"]
ISSUED = ["某某市行政执法公示制度", "第一条 为规范行政执法行为,结合本市实际,制定本制度。",
          "第二条 本市各级行政执法机关应当按照本制度规定做好行政执法公示工作。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_that_lost_its_marks_closes_the_notice_over_its_text(columns):
    """GB/T 9704 7.3.5: the 成文日期 closes the 正文, the text a notice issues
    after it. A page that lost the signature (a seal's image) and the date's
    年月日 ('20151214') leaves the date the last line of the notice's frame,
    under the body's last sentence: read there when its digits give one
    date."""
    docs = _documents(NOTICE + ISSUING + ["20151214"] + ISSUED, columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUING[0]]
    assert docs[1].date == "2015-12-14"


@pytest.mark.parametrize("columns", WIDTHS)
def test_digits_that_give_two_dates_date_nothing(columns):
    """Control: digits that read as two dates ('2015112': 1 December or 11
    February) under the body's last sentence date nothing."""
    docs = _documents(NOTICE + ISSUING + ["2015112"] + ISSUED, columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUING[0]]
    assert docs[1].date is None


# ---------------------------------------------------------------- the date and 附注 run on after the body

CLOSED = [TITLE, "各乡镇人民政府,区政府各部门:",
          "现将《某某区国土空间总体规划纲要》印发给你们,请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开)"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_and_note_run_on_after_the_body_close_it(columns):
    """GB/T 9704 7.3.5, 7.3.6: the 成文日期 under the body, the 附注 in
    brackets under it. Run on after the body's last sentence, as a .doc's
    one-line text comes (the signature lost), the date followed by its
    '(此件主动公开)' is the close, on the line or in the paragraph the
    measure's lines were joined into again."""
    docs = _documents(NOTICE + CLOSED, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert docs[1].date == "2021-04-13"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_date_a_sentence_tells_is_no_close(columns):
    """Control: a sentence after the stop that opens on a date ('2021年4月13日前,
    各单位要…(此件请转发至村)。') tells a deadline: the signature and date
    under it close the text."""
    body = CLOSED[:2] + ["现将《某某区国土空间总体规划纲要》印发给你们,请认真贯彻执行。"
                         "2021年4月13日前,各单位要报送落实情况(此件请转发至村)。", "某某市某某区人民政府", "2021年4月20日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert docs[1].date == "2021-04-20"


# ---------------------------------------------------------------- a title run into its body under the 目录

CONTENTS = ["目录", "某某县人民政府文件", "某某县人民政府关于禁止燃放烟花爆竹的通告1", "规范性文件",
            "关于印发《某某县人民政府工作规则》的通知2"]
BANNED = "某某县人民政府关于禁止燃放烟花爆竹的通告"
BANNING = [BANNED + "为加强烟花爆竹安全管理,保障公共安全和人身、财产安全,现将有关事项通告如下:",
           "一、县城建成区内全年禁止燃放烟花爆竹。", "二、本通告自发布之日起施行。", "某某县人民政府", "2021年1月20日"]
RULES = ["关于印发《某某县人民政府工作规则》的通知", "各乡镇人民政府,县政府各部门:",
         "《某某县人民政府工作规则》已经县政府常务会议通过,现予印发。", "2021年1月25日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_run_into_its_body_under_the_contents_is_parted(columns):
    """GB/T 9704 7.3.1: the title on its own lines over the body. A reprint
    that runs the title into the body's first sentence ('…的通告为加强…') is
    parted where a title may stand: under the 目录's last entry too when the
    extractor ran its page on after the kind word, the space lost
    ('…的通知2'). (At 20 columns the wrap already sets the title's end on
    a line of its own; at 18 the title is cut where no line of it stands
    under the entry: left.)"""
    docs = _documents(CONTENTS + BANNING + RULES, columns)
    assert [d.title for d in docs] == [BANNED, RULES[0]]
    assert docs[0].date == "2021-01-20"


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_ending_on_a_cited_title_and_figure_is_no_contents_entry(columns):
    """Control: a body's paragraph that ends on a cited title and a figure
    after its clause marks ('…,具体分工详见…的通告2') is no 目录 entry: the
    line under it that opens with that title and runs on into a sentence is
    the body's."""
    cited = NOTICE[:3] + ["请各乡镇在3月底前完成造林任务,具体分工详见" + BANNED + "2",
                          BANNED + "为加强烟花爆竹安全管理作出规定,各乡镇要遵照执行。", "某某县人民政府", "2021年3月1日"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == "2021-03-01"
