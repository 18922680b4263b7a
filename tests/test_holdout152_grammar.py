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


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("number", ["某公告[2021]3号", "某某公通字〔2021〕3号"])
def test_a_joint_title_on_its_lines_keeps_its_number_line(number, columns):
    """The same head as GB/T 9704 prints it, the organs one a line over the
    title and the number on a line of its own: a 代字 of the organ's short
    name and the 公告 kind under a 通告's title is that 通告's number whole
    (an organ codes its 通告 and 公告 alike), not '某公告' read into the title
    over a serial; a number coded otherwise (the control) reads as before."""
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
    from builder.stages.split.unfold import _joint_title_spaced
    assert _joint_title_spaced("某市中级人民法院 某市公安局 关于加强某某管理的 通告")
    assert not _joint_title_spaced("张某 某市财政局 关于加强某某管理的通告")
    assert not _joint_title_spaced("加强某某管理的 通告")


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
