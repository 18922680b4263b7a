"""The document grammar on layouts of the three-hundred-and-forty-second
held-out set's kind (issue #11): foreign affairs, overseas Chinese and Hong
Kong, Macao and Taiwan affairs texts of cities (通知 on 因公出国 approval and
its rules, a 规定 on friendship with foreign cities, a 荣誉市民 办法 for 港澳台
同胞 and 侨胞, 港澳 work points) as law libraries and portals store them: a
规定 under a 题注 that notes, after the meeting that adopted it, the day and
the 发文字号 of the 文件 that issued it, over two lines. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city's 规定 as a law library prints it: the title, then a 题注 over two lines, the adoption on the first, the day
# and the 发文字号 of the 文件 that issued it on the second.
ISSUED_NOTE = ["南岭市与外国城市建立友好关系的规定", "(2001年3月1日经第5次市政府常务会议讨论通过",
               "2001年3月6日 南政发〔2001〕12号)",
               "第一条 为规范本市与外国城市建立友好关系的工作,根据国家有关规定,结合本市实际,制定本规定。",
               "第二条 本市外事主管部门是本市与外国城市建立友好关系的归口管理部门。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_note_of_the_adoption_then_the_issuing_number_gives_the_number(columns, one_line):
    """GB/T 9704 7.2.4: the 发文字号 is the 文件's number; a text printed
    with no 版头 (a law library's copy of a city's 规定) keeps it in its 题注,
    after the meeting that adopted the text: '(…会议讨论通过 2001年3月6日
    南政发〔2001〕12号)', on one line or two. That number is the text's
    (frame.noted_issuing_number), and the adoption still dates it
    (党政机关公文处理工作条例 第九条: 会议通过的日期)."""
    lines = ISSUED_NOTE if not one_line else [ISSUED_NOTE[0], ISSUED_NOTE[1] + " " + ISSUED_NOTE[2], *ISSUED_NOTE[3:]]
    [doc] = _documents(lines, columns)
    assert (doc.title, doc.doc_number, doc.date) == (ISSUED_NOTE[0], "南政发〔2001〕12号", "2001-03-01")
    assert [p.label for p in doc.provisions] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_note_of_the_adoption_alone_gives_no_number(columns):
    """The control: a 题注 of the adoption alone names no 发文字号; the meeting
    dates the text, as before."""
    [doc] = _documents([ISSUED_NOTE[0], "(2001年3月1日经第5次市政府常务会议讨论通过)", *ISSUED_NOTE[3:]], columns)
    assert (doc.doc_number, doc.date) == (None, "2001-03-01")


def test_the_note_names_a_number_only_where_it_ends_on_one():
    """The control: the number is read only where the note ends on it; a
    note of a further event with its verb ('…令第12号公布') or with more
    after the number is left to the note's other readers."""
    from builder.text.frame import noted_issuing_number
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过 2001年3月6日 南政发〔2001〕12号）") \
        == "南政发〔2001〕12号"
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过，南政发〔2001〕12号）") == "南政发〔2001〕12号"
    assert noted_issuing_number("（2001年3月1日市政府常务会议通过 2001年3月6日南岭市人民政府令第12号公布）") is None
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过 南政发〔2001〕12号印发）") is None
    assert noted_issuing_number("（2001年3月1日经第5次市政府常务会议讨论通过）") is None


# A notice a page ran into one line, its date after the last sentence (no signature), then the next notice, its
# organ's title wrapped over two lines and its number in brackets under it.
RUN_IN_DATED = ["南岭市人民政府关于印发《南岭市因公出国(境)团组管理的若干规定》的通知 各县、区人民政府,市直各委、办、局: "
                "为了进一步规范我市因公出国(境)团组的管理,经市委市政府同意,现将《南岭市因公出国(境)团组管理的若干规定》"
                "印发给你们,请认真贯彻执行。 二〇〇五年九月一日"]
NEXT_NOTICE = ["北山市人民政府办公室关于印发《北山市因公临时出国(境)任务和邀请外国相关人员来华审批暂行办法》的通知",
               "(北政[2006]32号)", "各县区人民政府:", "现将《北山市因公临时出国(境)任务审批暂行办法》印发给你们,请认真遵照执行。",
               "二〇〇六年六月十七日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 29])
def test_an_unsigned_date_run_in_closes_the_text_over_a_whole_title_wrapped(columns):
    """GB/T 9704 7.3.5 sets the 成文日期 on a line of its own; a page that
    lost the signature runs the date in after the last sentence. Where the
    wrap fills that line, the line under it is an organ's whole name then 关于
    and the lines under it run on, with no sentence's mark, to the title's
    文种 (7.3.1: a whole title, as it is read under a signature run in), the
    date closes the text (unfold.closes._title_runs_to_kind): the notice keeps
    its date (at 26 columns it had none), the next its own."""
    docs = _documents(RUN_IN_DATED + NEXT_NOTICE, columns)
    assert [(d.title[:7], d.date) for d in docs] == [("南岭市人民政府", "2005-09-01"), ("北山市人民政府", "2006-06-17")]


def test_a_sentence_that_opens_on_an_organ_and_its_about_is_no_title():
    """The control: lines that open on an organ's name and 关于 but hold a
    sentence's mark before any 文种 ends a line ('…的通知印发以来,…。') are a
    sentence the date opens, no title: the date goes on with it."""
    from builder.stages.split.unfold.closes import _title_runs_to_kind
    assert _title_runs_to_kind(["北山市人民政府办公室关于印发《北山市因公临时出国", "(境)任务审批暂行办法》的通知"])
    assert not _title_runs_to_kind(["北山市人民政府关于加强值班工作的通知印发以来,各地认真落实。"])
    assert not _title_runs_to_kind(["北山市人民政府关于加强值班工作", "的要求,各地认真落实。"])


# A notice a law site stores as one line, its pieces parted by runs of three spaces: the 主送 run on after the title
# and the number, its first name cut by a narrow measure ('…号   各县' / '(市)区人民政府,…:').
SPACED_NOTICE = ["关于印发《南岭市荣誉市民称号授予办法》的通知   南政发〔2010〕27号   各县(市)区人民政府,市政府各部门:   "
                 "《南岭市荣誉市民称号授予办法》业经市政府常务会议审议通过,现予印发。   南岭市人民政府   二○一○年六月二十五日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_an_addressee_list_run_on_after_a_frame_stays_whole_over_the_wrap(columns):
    """GB/T 9704 7.3.2: the 主送 is one line of organs' names under the
    title, the colon after the last, 回行时仍顶格. Run on after the title and
    its 发文字号 on a line a page parted by spaces, its first name cut by the
    wrap ('各县' / '(市)区人民政府,…:', at 18 columns), the piece set out after
    the number is joined to the lines it runs over to its colon
    (unfold.title_ends._addressees_carried_over): the whole 主送, not its
    tail after a bracket."""
    [doc] = _documents(SPACED_NOTICE, columns)
    assert (doc.doc_number, doc.addressees, doc.issuers, doc.date) == (
        "南政发〔2010〕27号", "各县（市）区人民政府，市政府各部门", ["南岭市人民政府"], "2010-06-25")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_run_on_after_a_frame_is_not_joined_as_an_addressee_list(columns):
    """The control: what runs on after the number with no 主送 is the body's
    first sentence; the lines it runs over are not read as a 主送, though one
    of them holds a colon ('现通知如下:')."""
    text = ["关于做好春节期间值班工作的通知   南政发〔2010〕28号   为切实做好春节期间的值班工作,确保全市社会稳定,"
            "经市政府同意,现通知如下:   一、各单位要严格执行值班制度。   南岭市人民政府   二○一○年一月二十五日"]
    [doc] = _documents(text, columns)
    assert (doc.doc_number, doc.addressees, doc.date) == ("南政发〔2010〕28号", None, "2010-01-25")
