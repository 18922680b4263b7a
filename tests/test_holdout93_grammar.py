"""The document grammar on layouts of the ninety-third held-out set's kind
(issue #11): letters and appeals to citizens (倡议书, 致…的一封信, 公开信)
as governments, their departments and their ad hoc offices print them on
their sites: a 称谓 for a 主送, a signature of one organ or several, a date
or none; one page runs the whole letter into one line parted by spaces.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a letter run into one line

ONE_LINE = ("文明出行倡议书 广大市民朋友们: 春节将至,出行高峰即将到来。为营造安全有序的出行环境,我们倡议: "
            "一、错峰出行,不在高峰时段驾车 二、绿色出行,多乘公交地铁 让我们携手行动,做文明出行的践行者。 "
            "某某市文明办 某某市交通运输局 2025年1月20日")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_letter_run_into_one_line_is_parted(columns):
    """GB/T 9704 sets the 标题, the 主送 (a letter's 称谓), the body, the
    署名 and the 成文日期 each on lines of their own (7.3.1–7.3.5); a page
    that runs a letter into one line parts those pieces by single spaces.
    The letter's title (a 倡议书, a 信) is parted from its 称谓, the 称谓
    closing on its colon from the body whatever the body's first sentence
    says, and the organs run in after the last sentence, parted by spaces
    and the wrap perhaps cutting the last, over the date, are its signers."""
    docs = _documents(NOTICE + [ONE_LINE], columns)
    assert [d.title for d in docs] == [NOTICE[0], "文明出行倡议书"]
    assert docs[1].addressees == "广大市民朋友们"
    assert (docs[1].issuers, docs[1].date) == (["某某市文明办", "某某市交通运输局"], "2025-01-20")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_on_a_date_after_a_stop_is_no_signature(columns):
    """Control: words after a letter's last stop that are no organs' names
    ('…践行者。 活动截至 2025年1月20日') are no signature: the letter stays
    unsigned by them."""
    text = ONE_LINE.replace("某某市文明办 某某市交通运输局 ", "活动时间截至 ")
    docs = _documents(NOTICE + [text], columns)
    assert [d.title for d in docs] == [NOTICE[0], "文明出行倡议书"]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- an undated signature under a number to call

LETTER = ["致全镇农户的一封信", "广大农户朋友们:", "您们好!", "秋收在即,我们就禁止焚烧秸秆向您发出以下倡议:",
          "一、提高认识,转变观念", "焚烧秸秆污染环境,还可能引发火灾。",
          "最后,衷心希望广大农户朋友们积极响应,以实际行动支持禁烧工作!"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_under_the_number_to_call_signs_the_letter(columns):
    """A letter may close on the number to call ('监督电话：…', '举报电话：…')
    after its last sentence, and the organ's name under it, the text's last
    line, with no date printed: that name is its 署名 (GB/T 9704 7.3.5), a
    line of its own, not the number's line going on."""
    docs = _documents(NOTICE + LETTER + ["监督电话:0356-3846005", "某某县某某镇人民政府"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "致全镇农户的一封信"]
    assert (docs[1].issuers, docs[1].date) == (["某某县某某镇人民政府"], None)


@pytest.mark.parametrize("columns", [None, 26])
def test_names_and_numbers_listed_at_the_end_sign_nothing(columns):
    """Control: a list of units and their numbers at the text's end ('县应急
    管理局' / '联系电话：…' / '县水利局') is the body's list: the last unit,
    under a number whose line above is no sentence's end, signs nothing."""
    docs = _documents(NOTICE + LETTER[:-1] + ["各单位联系方式如下:", "某某县应急管理局", "联系电话:0356-1234567",
                                              "某某县水利局"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "致全镇农户的一封信"]
    assert docs[1].issuers == []


# ---------------------------------------------------------------- a 版头 whose organ's name holds brackets

ISSUE_HEAD = ["某某市人民政府公报", "2025年第3号", "（总第903期）", "2025年3月20日", "目　　录"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_mark_whose_name_holds_brackets_heads_a_toc_section(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the organ's name and 文件; a name
    may hold its own brackets ('某某示范区(试验区)治霾领导小组办公室'). In a
    目录 that mark heads the entries under it, as any organ's mark does, and
    is no entry's first words: the letter under the 目录 is found by its
    entry's title."""
    mark = "某某示范区(试验区)治霾领导小组办公室文件"
    letter = ["文明祭祀倡议书", "广大干部群众:", "为倡导文明祭祀新风,现发出如下倡议:", "一、倡导安全祭祀",
              "不在林地违规用火。", "某某示范区(试验区)治霾领导小组办公室", "2020年1月6日"]
    second = ["致全县人民的一封信", "全县广大人民群众:", "疫情防控,人人有责!请大家尽量少出门、不聚集。", "某某县防控应急指挥部",
              "2020年2月22日"]
    docs = _documents(ISSUE_HEAD + [mark, "文明祭祀倡议书……1", "某某县防控应急指挥部文件", "致全县人民的一封信……2", ""]
                      + letter + second, columns)
    assert [d.title for d in docs] == ["文明祭祀倡议书", "致全县人民的一封信"]
    assert docs[0].issuers == ["某某示范区（试验区）治霾领导小组办公室"]  # (brackets read full-width)
