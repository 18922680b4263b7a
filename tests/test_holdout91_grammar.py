"""The document grammar on layouts of the ninety-first held-out set's kind
(issue #11): the appointment and removal 决定 of a 人大常委会 and the
speeches of city and county leaders as their pages print them (a pledge
titled '…上的表态发言' with its speaker and date under it, titles run into
their adoption line and body on one line, a speech's title, byline, date and
称谓 run into one paragraph). Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A new head's pledge on his election: the title, his post and name, the date alone in brackets, no 称谓.
PLEDGE = ["在县十九届人大三次会议上的表态发言", "县长 王某某", "（2022年1月8日）",
          "今天，大会选举我担任某某县人民政府县长，我深感责任重大、使命光荣。",
          "我将永葆忠诚之心。", "始终在县委的坚强领导下，团结带领县政府一班人，恪尽职守，勤勉工作。"]


# ---------------------------------------------------------------- 发言: a speech by its title

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_pledge_titled_as_a_statement_is_a_speech(columns):
    """A text delivered at a meeting is titled by the occasion and its genre
    word: 讲话, 致辞, or 发言 ('在…会议上的表态发言', '…上的交流发言'), the
    speaker's post and name and the date in brackets under it, as a 讲话's.
    After a signed notice, it is a document of its own; its byline is no
    part of its title."""
    docs = _documents(NOTICE + PLEDGE, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLEDGE[0]]
    assert docs[1].date == "2022-01-08"
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_in_statements_is_no_title(columns):
    """Control: a body's paragraph that tells of the statements made at a
    meeting ('…作了表态发言') is a sentence, no title, though short."""
    body = "会上，各乡镇主要负责同志分别作了表态发言。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a title, its 题注 and its text on one line

# A 人大常委会's 决定 as a page that lost its line breaks stores it: title, 题注, body, signature and date parted by spaces.
RUN_IN_DECISION = ("关于接受李某某同志辞去某某县人民政府副县长职务请求的决定 （2022年3月1日某某县第十八届人大常委会第五次会议通过） "
                   "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，某某县第十八届人民代表大会常务委员会"
                   "第五次会议决定：接受李某某同志辞去某某县人民政府副县长职务的请求，报县人民代表大会备案。 某某县人大常委会 2022年3月1日")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_its_note_and_its_text_run_into_one_line(columns):
    """立法技术规范 and the 人大常委会's 决定: the title, the 题注 in brackets
    under it (the date and the session that adopted it), then the text. A
    page that runs them into one line, parted by spaces, holds a document
    of its own: its title is the words before the bracket, its date the
    题注's; the 题注 and the text under it are no part of the title."""
    docs = _documents(NOTICE + [RUN_IN_DECISION], columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于接受李某某同志辞去某某县人民政府副县长职务请求的决定"]
    assert docs[1].date == "2022-03-01"
    assert any(p.text.startswith("根据《中华人民共和国") for p in docs[1].parts[0].blocks)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_decision_and_its_note_is_no_title(columns):
    """Control: a body's sentence that names a 决定 and its 题注 in brackets
    after words that run on into it from the line above ('…依照' / '关于…的
    决定（…通过）…') goes on the paragraph: no title opens there."""
    body = ["现将有关事项通知如下：各乡镇要依照", "关于加强森林防火工作的决定（2021年5月8日某某县第十八届人大常委会第三次会议通过）的规定，做好防火工作。"]
    docs = _documents(NOTICE[:2] + body + NOTICE[3:], None if columns is None else columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a speech's head run into its text

# A speech as a document site previews it: title, speaker's post and name, date and 称谓 run into the text.
RUN_IN_SPEECH = ("在全县秋季森林防火动员大会上的讲话某某县林业局局长张某某（2021年10月8日）同志们：今年秋季森林防火期已经到来。"
                 "今天召开这次会议，主要任务是安排部署秋季森林防火工作。下面，我讲三点意见。")
# Its title printed twice, a page's headline over the text's own, then the 称谓, parted by spaces; no speaker, no date.
TWICE_TITLED = ("在全区安全生产工作会议上的讲话 在全区安全生产工作会议上的讲话 同志们： 今天我们召开全区安全生产工作会议，"
                "主要任务是分析当前安全生产形势，部署下一阶段工作。")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_speechs_title_byline_and_salutation_run_into_its_text(columns):
    """A speech's head as print sets it: its title (the occasion and the
    genre word, '在…上的讲话'), the speaker's post and name, the date in
    brackets, the 称谓 ('同志们：'), each a line, then the text. A page that
    runs them into one paragraph holds a speech of its own, titled by the
    occasion, dated by the bracket; the speaker's line is its byline, no
    title of it (the post and the name closed up: '…局局长张某某')."""
    docs = _documents(NOTICE + [RUN_IN_SPEECH], columns)
    assert [d.title for d in docs] == [NOTICE[0], "在全县秋季森林防火动员大会上的讲话"]
    assert docs[1].date == "2021-10-08"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_speech_titled_twice_then_its_salutation_on_one_line(columns):
    """The same with the title printed twice, parted by a space, and the
    称谓 after it: one title, the speech's."""
    docs = _documents(NOTICE + [TWICE_TITLED], columns)
    assert [d.title for d in docs] == [NOTICE[0], "在全区安全生产工作会议上的讲话"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_opening_on_a_speech_is_no_title(columns):
    """Control: a body's paragraph that opens on where a speech was given
    ('在全县…会议上的讲话中，县长强调：') is a sentence: no title, no 称谓
    run in."""
    body = "在全县安全生产工作会议上的讲话中，县长强调：同志们要切实抓好安全生产工作。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


@pytest.mark.parametrize("columns", [18, 26])
def test_a_speech_run_in_right_under_the_contents_opens_the_issue(columns):
    """The same speech first in an issue, right under the 目录, whose last
    entry ends on its page ('…的讲话 1'; the space before the page gone as a
    scan's space between Han and a figure goes): the entry closes there,
    and the speech's head opens the text under it."""
    title = "在全县秋季森林防火动员大会上的讲话"
    contents = ["某某县人民政府公报", "2021年第5期", "目　　录", title + " 1", "某某县人民政府关于做好春季植树造林工作的通知 3"]
    docs = _documents(contents + [RUN_IN_SPEECH] + NOTICE, columns)
    assert [d.title for d in docs] == [title, NOTICE[0]]
    assert docs[0].date == "2021-10-08"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_contents_entry_of_a_speech_heads_no_speech_run_in_under_it(columns):
    """The 目录's last entry is a speech's too ('在…上的讲话………3'), right
    over the first text, a speech run into its head: the entry, its leaders
    and page, is the 目录's, and the speech under it opens the issue."""
    title = "在全县秋季森林防火动员大会上的讲话"
    other = "在全县安全生产工作会议上的讲话"
    contents = ["某某县人民政府公报", "2021年第5期", "目　　录", title + "………………1", other + "………………3"]
    docs = _documents(contents + [RUN_IN_SPEECH, other, "同志们：", "今天我们召开全县安全生产工作会议，部署今年的工作。"], columns)
    assert [d.title for d in docs][:1] == [title]
    assert docs[0].date == "2021-10-08"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_speech_run_in_under_its_pages_running_head(columns):
    """The speech run into its head on a new page, under the running head a
    gazette prints over the pages of a 目录 section ('规范性文件', its name):
    the head is the page's, no sentence's piece, and the speech opens under
    it as under the page's top."""
    title = "在全县秋季森林防火动员大会上的讲话"
    contents = ["某某县人民政府公报", "2021年第5期", "目　　录", "政府文件", NOTICE[0] + " 1", "规范性文件", title + " 2"]
    text = "\n".join(contents + laid_out(NOTICE, columns) + ["- 1 -", "规范性文件"] + laid_out([RUN_IN_SPEECH], columns))
    docs = convert(text.encode("utf-8"), "x/issue.txt", "issue").documents
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "2021-10-08"
