"""The document grammar on layouts of the seventy-sixth held-out set's kind
(issue #11): the legislation of ethnic autonomous areas and of cities'
people's congresses (自治条例 and 单行条例 under their 题注, the 修改决定 that
amend them, the 公告 that publish them) as law sites and mirrors store
them. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# An autonomous prefecture's 单行条例 under its 题注, cut short: the text other cases run theirs under.
REGULATION = ["某某自治州城市绿化管理条例",
              "(2021年10月29日某某自治州第十一届人民代表大会常务委员会第三十六次会议通过 "
              "2021年11月25日某某省第十三届人民代表大会常务委员会第三十一次会议批准)",
              "第一章 总则", "第一条 为了加强城市绿化管理，结合自治州实际，制定本条例。",
              "第二条 本条例适用于自治州行政区域内的城市规划区。"]

AMENDMENT = "某某自治县人民代表大会关于修改《某某自治县自治条例》的决定"
AMENDING = ["(2008年2月27日某某自治县第五届人民代表大会第三次会议通过)",
            "某某自治县第五届人民代表大会第三次会议决定对《某某自治县自治条例》作如下修改：",
            "一、第一条修改为：“根据宪法和民族区域自治法，制定本条例。”",
            "二、第二条第一款修改为：“自治县是某某族实行区域自治的地方。”"]


# ---------------------------------------------------------------- a 公告 that lost its heading

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("adopted", [
    "已由某某自治县第五届人民代表大会第三次会议于2008年2月27日通过，"
    "并经某某省第十一届人民代表大会常务委员会第十次会议于2009年3月27日批准。",
    "已由某某自治县第五届人民代表大会第三次会议于2008年2月27日审议通过，并经某某省第十一届人民代表大会常务委员会"
    "第十次会议于2009年3月27日审查批准，报全国人民代表大会常务委员会和国务院备案，"])
def test_a_headless_announcement_whose_sentence_stops_before_publishing_heads_its_text(adopted, columns):
    """A standing committee's 公告 publishes an autonomous area's text in one
    sentence: the text in 《》, the body that adopted it and the one that
    approved it, then '现予公布，自…施行'. It may stop after the approval
    ('…批准。现予公布') and name both meetings at length (the text's own 《》
    nested as 〈〉). A page that lost the
    公告's heading opens at that sentence, its date under it, then the text's
    title: the sentence and the date head the document the sentence names (a
    law site's excerpt), not the end of the one before; the 公告's date is
    the document's."""
    sentence = "《" + AMENDMENT.replace("《", "〈").replace("》", "〉") + "》" + adopted + "现予公布，自公布之日起施行。"
    docs = _documents(REGULATION + [sentence, "2009年4月14日", AMENDMENT] + AMENDING, columns)
    assert [d.title for d in docs] == [REGULATION[0], AMENDMENT]
    assert docs[1].date == "2009-04-14" and docs[0].date == "2021-10-29"
    assert docs[1].issuers == ["某某自治县人民代表大会"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_headless_announcements_sentence_wrapped_after_its_stop_heads_its_text(columns):
    """The wrap may end a line right on the approval's stop ('…批准。' /
    '现予公布，自…施行。'), so the publishing clause opens a line under a
    finished one, and at a narrow measure the two meetings fill a dozen
    lines: the sentence above that stop, naming the text in 《》, is still
    the head, and the 公告's date the document's."""
    sentence = "《" + AMENDMENT.replace("《", "〈").replace("》", "〉") + "》已由某某自治县第五届人民代表大会第三次会议" \
        "于2008年2月27日通过，并经某某省第十一届人民代表大会常务委员会第十次会议于2009年3月27日批准。"
    docs = _documents(REGULATION + [sentence, "现予公布，自公布之日起施行。", "2009年4月14日", AMENDMENT] + AMENDING,
                      columns)
    assert [d.title for d in docs] == [REGULATION[0], AMENDMENT]
    assert docs[1].date == "2009-04-14" and docs[0].date == "2021-10-29"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_publishing_a_text_after_a_stopped_sentence_keeps_it_as_its_part(columns):
    """Control: a 通知 that publishes a 条例 ('《…》已经…审议通过。现予公布，请
    认真贯彻执行。'), signed and dated, the 条例 printed under it: the sentence
    is the notice's body under its title and 主送, not a 公告's head; the
    条例 is the notice's part."""
    title = "关于公布《某某县城市绿化管理条例》的通知"
    docs = _documents([title, "各乡镇人民政府，县直各部门：",
                       "《某某县城市绿化管理条例》已经县第十八届人民代表大会常务委员会第五次会议审议通过。现予公布，"
                       "请认真贯彻执行。", "某某县人民政府", "2021年3月1日", "某某县城市绿化管理条例",
                       "第一条 为了加强城市绿化管理，制定本条例。", "第二条 本条例适用于本县城市规划区。"], columns)
    assert [d.title for d in docs] == [title]
    assert [p.title for p in docs[0].parts] == [title, "某某县城市绿化管理条例"]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


# ---------------------------------------------------------------- a 题注 that names a month

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_bracketed_note_that_names_the_month_of_its_meeting_ends_the_title(columns):
    """A 题注 may name the month a congress met in and not the day
    ('(2008年2月…会议通过)'): in brackets, under the title, it is the 题注
    still and ends the title, though the wrap ends the sentence's first
    line under it on a kind word ('…会议决定' / '对《…》作如下修改'); it dates
    nothing, and the text has no date of its own."""
    note = "(2008年2月某某自治县第五届人民代表大会第三次会议通过)"
    docs = _documents(REGULATION + [AMENDMENT, note, "某某自治县第五届人民代表大会第三次会议决定",
                                    "对《某某自治县自治条例》作如下修改："] + AMENDING[2:], columns)
    assert [d.title for d in docs] == [REGULATION[0], AMENDMENT]
    assert docs[1].date is None and docs[1].issuers == ["某某自治县人民代表大会"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_in_brackets_that_names_a_month_is_no_note(columns):
    """Control: a bracketed aside in a body that names a month and a
    meeting's decision ('(2008年2月县政府常务会议决定暂缓执行…)') is the
    body's, not a 题注: an unbracketed one, or one whose meeting did not
    adopt, approve or amend, stays a sentence."""
    title = "某某县人民政府关于做好春季植树造林工作的通知"
    docs = _documents([title, "各乡镇人民政府：", "2008年2月县政府常务会议研究决定，今年春季植树造林任务分解到村。",
                       "某某县人民政府", "2008年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].date == "2008-03-01"


# ---------------------------------------------------------------- a 公告's close over its signer, and run in

CHARTER = "某某自治州自治条例"
PUBLISHING = ("《某某自治州自治条例》业经2005年4月27日自治州十届人大六次会议修订，并经2005年11月26日某某省十届人大常委会"
              "第十九次会议批准，现予公布，自2005年11月26日施行。")
CHARTER_TEXT = ["(1987年11月19日某某自治州第七届人民代表大会第三次会议通过 1988年4月20日某某省第七届人民代表大会常务委员会"
                "第二次会议批准)", "第一章 总则", "第一条 根据宪法和民族区域自治法，结合自治州的特点，制定本条例。",
                "第二条 某某自治州是某某族实行区域自治的地方。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_headless_announcements_close_stands_between_its_sentence_and_signer(columns):
    """GB/T 9704 7.3.3: a 公告 may close its body with '特此公告' on a line
    of its own over the signer and the date. A page that lost the 公告's
    heading prints the sentence that publishes the text, that close, the
    signer, the date, then the text under its title: all of it the
    document's head, and the signer and date the document's."""
    docs = _documents(REGULATION + [PUBLISHING, "特此公告", "某某州人大常委会", "2005年12月12日", CHARTER]
                      + CHARTER_TEXT, columns)
    assert [d.title for d in docs] == [REGULATION[0], CHARTER]
    assert (docs[1].issuers, docs[1].date) == (["某某州人大常委会"], "2005-12-12")
    assert docs[0].date == "2021-10-29"


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_announcement_run_into_the_text_it_publishes_is_parted(columns):
    """A law site may store a headless 公告 and the text it publishes as one
    paragraph, single spaces between the pieces: the sentence that
    publishes 《T》, '特此公告', the signer, the date, T, its 题注, its first
    chapter and articles. Where the title after the date is the very one
    the sentence names, each piece is given its own line (GB/T 9704 10.2)
    and the text's rest runs on under its title: one document, the 公告's
    signer and date its own."""
    paragraph = " ".join([PUBLISHING, "特此公告", "某某州人大常委会", "2005年12月12日", CHARTER] + CHARTER_TEXT)
    docs = _documents(REGULATION + [paragraph], columns)
    assert [d.title for d in docs] == [REGULATION[0], CHARTER]
    assert (docs[1].issuers, docs[1].date) == (["某某州人大常委会"], "2005-12-12")
    assert docs[0].date == "2021-10-29"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_publication_at_a_lines_head_runs_on(columns):
    """Control: a notice's paragraph that opens with the text it cites
    ('《…》业经…批准，现予公布，自…施行。') and goes on with what to do about
    it, signed and dated, names no title after its date: the notice stays
    whole, its signer and date its own."""
    title = "某某自治州人民政府关于学习宣传某某自治州自治条例的通知"
    docs = _documents([title, "各县市人民政府：", PUBLISHING + "各县市要认真组织学习宣传。", "某某自治州人民政府",
                       "2005年12月20日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某自治州人民政府"], "2005-12-20")


# ---------------------------------------------------------------- a 题注 that cites the 公告 that published the text

def test_a_note_line_ending_on_the_notice_that_published_the_text_is_no_title():
    """A regulation's 题注 over several lines may name the 公告 that published
    it ('…以某某自治州人民代表大会常务委员会公告第4号' / '公布)'): the line goes on
    the bracket the note opened, so it is no 公告's title over its number, and
    the note dates the regulation."""
    lines = ["某某自治州保护和发展民族用品生产条例", "(1993年1月9日某某自治州第十届人民代表大会第一次会议通过",
             "1993年3月6日某某省第八届人民代表大会常务委员会第二次会议批准 2009年",
             "6月19日以某某自治州人民代表大会常务委员会公告第4号", "公布)",
             "第一条 为了保护和发展民族用品生产，根据有关法律，结合本州实际，制定本条例。",
             "第二条 本条例适用于本州行政区域。"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [lines[0]]
    assert docs[0].date == "1993-01-09"
    assert any(block.text.endswith("公告第4号公布)") for block in docs[0].parts[0].blocks)
