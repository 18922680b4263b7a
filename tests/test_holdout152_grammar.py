"""The document grammar on layouts of the hundred-and-fifty-second held-out
set's kind (issue #11): joint 通告 of courts, procuratorates, public
security and justice bureaus (公检法司), whose head a web page may run into
one line with the text: the organs' names parted by spaces, the title from
关于 to its kind word, the 发文字号 after a space, its 代字 the organ's short
name and the 公告 kind ('某公告[2021]3号'), then the preamble. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.stages.layout import remove_ocr_spaces

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

ORGANS = ["某市中级人民法院", "某市人民检察院", "某市公安局"]
TITLE = "关于依法打击妨害社会治安秩序违法犯罪活动的通告"
PREAMBLE = "为维护社会治安秩序,根据《中华人民共和国刑法》等有关法律规定,特通告如下:"
ITEMS = ["一、凡有上述违法犯罪行为的人员,必须立即停止一切违法犯罪活动。", "二、自本通告发布之日起至2021年12月31日前投案自首的,可以依法从轻或者减轻处罚。"]


# ---------------------------------------------------------------- a joint head run into one line, its number after a space

@pytest.mark.parametrize("number", ["某公告[2021]3号", "某公通告〔2021〕3号", "某某公通字〔2021〕3号"])
def test_a_joint_head_run_into_its_line_parts_title_and_number(number):
    """A page that runs a joint 通告's head into one line sets the organs'
    names, the title and the 发文字号 apart by spaces (GB/T 9704 7.2.1,
    7.2.4, 7.3.1); the number's 代字 may be the organ's one-character short
    name with the kind it publishes, 公告 or 通告: the title ends on its kind
    word and the number is the whole code after the space, not a serial with
    '某公告' left in the title (which would end it on 公告)."""
    line = " ".join(ORGANS + [TITLE, number, PREAMBLE] + ITEMS)
    docs = _documents([line], None)
    assert len(docs) == 1
    assert docs[0].title.replace(" ", "") == "".join(ORGANS) + TITLE
    assert docs[0].kind == "通告"
    assert docs[0].doc_number.replace("〔", "[").replace("〕", "]") == number.replace("〔", "[").replace("〕", "]")
    assert docs[0].issuers == ORGANS


@pytest.mark.parametrize("columns", [None, 22, 26])
@pytest.mark.parametrize("number", ["某公告[2021]3号", "某某公通字〔2021〕3号"])
def test_a_joint_title_on_its_lines_keeps_its_number_line(number, columns):
    """The same head as GB/T 9704 prints it, the organs one a line over the
    title and the number on a line of its own: a 代字 of the organ's short
    name and the 公告 kind under a 通告's title is that 通告's number whole
    (an organ codes its 通告 and 公告 alike), not '某公告' read into the title
    over a serial; a number coded otherwise (the control) reads as before.
    So too where the wrap left the kind word's last character alone on the
    title's last line (22 columns: '…的通' / '告' / '某公告[2021]3号')."""
    docs = _documents(ORGANS + [TITLE, number, PREAMBLE] + ITEMS, columns)
    assert len(docs) == 1
    assert docs[0].kind == "通告"
    assert docs[0].title.replace(" ", "") == "".join(ORGANS) + TITLE
    assert docs[0].doc_number.replace("〔", "[").replace("〕", "]") == number.replace("〔", "[").replace("〕", "]")
    assert [p.label for p in docs[0].provisions] == ["一、", "二、"]


# ---------------------------------------------------------------- the space between a title and its number is the page's

def test_the_space_after_a_titles_kind_word_before_a_code_stays():
    """The space a page sets between a title's kind word and the 代字 of the
    number after it parts two pieces of the head, no scanner's space inside
    a word: it stays (a 代字 that ends in the kind word, '某公告', would
    otherwise be read into the title)."""
    assert remove_ocr_spaces("关于加强某某管理的通告 某公告[2020]1号") == "关于加强某某管理的通告 某公告[2020]1号"
    assert remove_ocr_spaces("关于印发某某办法的通知 某府发〔2020〕1号") == "关于印发某某办法的通知 某府发〔2020〕1号"


@pytest.mark.parametrize("text, joined", [("某财农 指〔2018〕10号", "某财农指〔2018〕10号"),
                                          ("某某市人民政 府办公室", "某某市人民政府办公室"),
                                          ("某某公告 〔2023〕第2号", "某某公告〔2023〕第2号")])
def test_a_scanners_space_inside_a_code_still_goes(text, joined):
    """Control: a scanner's space inside a 代字 ('某财农 指〔2018〕', no kind
    word before it) or inside an organ's name goes as before, and so does
    the space before a 公告's serial that has no 代字 of its own (the year in
    brackets right after the kind word)."""
    assert remove_ocr_spaces(text) == joined


def test_a_row_of_names_before_a_title_and_number_is_no_joint_head():
    """Control: a line that names a person and a unit before a title and its
    number (a list's row, '张某 某市财政局 关于…的通告 某公告[2020]1号') opens
    on no run of organs' names only: it is not read as a joint head with its
    number."""
    from builder.stages.split.unfold.forms import joint_title_spaced
    assert joint_title_spaced("某市中级人民法院 某市公安局 关于加强某某管理的 通告")
    assert not joint_title_spaced("张某 某市财政局 关于加强某某管理的通告")
    assert not joint_title_spaced("加强某某管理的 通告")


# ---------------------------------------------------------------- a joint head under a text an excerpt cut mid-sentence

CUT = ["某县人民政府关于做好防汛工作的通知", "各乡镇人民政府:", "为做好今年防汛工作,现就有关事项通知如下:",
       "一、各乡镇要在汛前完成隐患排查,对排查出的问题逐一登记,建立台账,落实整改措施,确保安全度汛。",
       "二、各乡镇要严格执行汛期值班制度,发现险情要立即报告并组织群众转移,对排查出的问题明确责任人和整改"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_head_run_into_its_line_opens_a_document_under_a_cut_sentence(columns):
    """A store's excerpt may stop mid-sentence right over a joint 通告 whose
    head a page ran into one line: organs' names parted by spaces, then 关于.
    No sentence goes on into organs' names parted by spaces, so the head
    still parts title, number and preamble, and opens the 通告."""
    line = " ".join(ORGANS + [TITLE, "某公告[2021]3号", PREAMBLE] + ITEMS)
    docs = _documents(CUT + [line], columns)
    assert [d.title.replace(" ", "") for d in docs] == [CUT[0], "".join(ORGANS) + TITLE]
    assert docs[1].doc_number.replace("〔", "[").replace("〕", "]") == "某公告[2021]3号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_head_one_organ_a_line_opens_a_document_under_a_cut_sentence(columns):
    """The same head as GB/T 9704 prints it, the organs one a line over the
    title's 关于 and no number, under a sentence an excerpt cut: a column of
    organs' names is no sentence's going on, and the 通告 under it opens
    with a preamble that opens on no ground ('当前…')."""
    preamble = "当前,防汛形势严峻,为维护社会治安秩序,特通告如下:"
    docs = _documents(CUT + ORGANS + [TITLE, preamble] + ITEMS, columns)
    assert [d.title.replace(" ", "") for d in docs] == [CUT[0], "".join(ORGANS) + TITLE]
    assert docs[1].issuers == ORGANS


def test_control_one_organ_over_a_title_under_a_cut_sentence_stays_the_sentences():
    """Control: a single organ's name under a sentence cut short goes on
    with that sentence ('…明确责任人和整改' / '某市公安局' / '关于…'): one
    name is no joint head."""
    from builder.stages.split.unfold import joint_head_spaced
    assert joint_head_spaced(" ".join(ORGANS + [TITLE]))
    assert not joint_head_spaced(" ".join(ORGANS[:1] + [TITLE]))


@pytest.mark.parametrize("columns", [None, 26])
def test_an_items_numeral_cut_off_over_a_joint_title_is_no_line_of_it(columns):
    """An excerpt may stop on an item's numeral, its text cut off ('…的;' /
    '九'), right over the next 通告's joint title, its organs joined by 、:
    the numeral opens no title, and the first organ is named whole."""
    title = "、".join(ORGANS) + TITLE
    cut = CUT[:-1] + ["八、各乡镇要严格执行汛期值班制度,发现险情要立即报告并组织群众转移的;", "九"]
    docs = _documents(cut + [title, PREAMBLE] + ITEMS, columns)
    assert [d.title for d in docs] == [CUT[0], title]
    assert docs[1].issuers == ORGANS


# ---------------------------------------------------------------- the same run-in head, the wrap cutting inside it

@pytest.mark.parametrize("columns", [14, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 30])
def test_a_joint_head_run_in_and_wrapped_anywhere_opens_its_document_under_a_cut_sentence(columns):
    """The run-in head of the case above at any narrow measure: the wrap may
    cut it after an organ's name, inside the next name ('…某市人民检察院 某' /
    '市公安局 关于…'), inside 关于, before the kind word ('…的' / '通告 某公告…')
    or inside the number's 代字 ('…的通告 某公' / '告[2021]3号'). The head read
    over the lines it spans is still a joint head (two whole organs' names
    and more before 关于), so it opens the 通告, its title ends on its kind
    word and its number is the code and serial together. Where the wrap cuts
    right before 关于 (21 columns), the number run on in the paragraph tells
    the head from a caption's row of units over a title whole on its lines
    (tests/test_holdout64_grammar.py). Left: at 22 columns the wrap cuts the
    kind word itself ('…的通' / '告 某公告[2021]3号'), and the lone '告' is read
    as a scanner's letter-spacing."""
    line = " ".join(ORGANS + [TITLE, "某公告[2021]3号", PREAMBLE] + ITEMS)
    docs = _documents(CUT + [line], columns)
    assert [d.title.replace(" ", "") for d in docs] == [CUT[0], "".join(ORGANS) + TITLE]
    assert docs[1].doc_number.replace("〔", "[").replace("〕", "]") == "某公告[2021]3号"
    assert docs[1].issuers == ORGANS


@pytest.mark.parametrize("text", ["某市中级人民法院 某市人民检察院 某", "关于加强某某管理的通告 某"])
def test_a_lone_character_ending_a_line_after_a_whole_name_or_kind_stays_apart(text):
    """The wrap may leave the first character of the next piece of a run-in
    head at the line's end, after an organ's whole name or a title's whole
    kind word: it opens that piece (the next organ, the number's 代字), and the
    space before it is the page's, not a scanner's inside a word."""
    assert remove_ocr_spaces(text) == text


@pytest.mark.parametrize("text, joined", [("某 市 人 民 政 府", "某市人民政府"), ("某某市人民政府 令", "某某市人民政府令"),
                                          ("某某行政复议决定 书", "某某行政复议决定书"),
                                          ("张某 某", "张某某")])
def test_control_a_lone_character_that_ends_a_word_still_joins(text, joined):
    """Control: a letter-spaced line, the 令 of an organ's 标志, a character
    that makes a longer kind word ('决定书') and a name cut after a short
    token join as before."""
    assert remove_ocr_spaces(text) == joined


def test_a_code_ending_in_a_kind_after_a_whole_title_is_the_numbers():
    """A title's whole kind word, the page's space, a 代字 that ends in a kind
    word and a bracketed serial, on a line the title's head was wrapped off
    ('染的 …的通告 某公告' / '[2021]3号', one line again after the wrap): the
    number is the code with the serial; the control, a 公告 with a bracketed
    serial and no code of its own, keeps the serial alone as its number."""
    from builder.stages.split.unfold.forms import title_with_number
    match = title_with_number("染的 肺炎疫情防控期间违法犯罪的通告 某公告[2021]3号")
    assert (match.group("title"), match.group("frame")) == ("染的 肺炎疫情防控期间违法犯罪的通告", "某公告[2021]3号")
    control = title_with_number("染的 关于征收土地的预公告 〔2021〕第25号")
    assert (control.group("title"), control.group("frame")) == ("染的 关于征收土地的预公告", "〔2021〕第25号")
