"""The document grammar on layouts of the sixty-second held-out set's kind
(issue #11): documents that set up or define government bodies (三定 规定
issued by a notice, notices setting up or adjusting 领导小组 and 议事协调机构).
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.stages.layout import lines_run_together, normalise

from tests.test_holdout7_grammar import NOTICE, _documents, laid_out  # (the same input path and layouts)


# ---------------------------------------------------------------- a page that lost its line breaks

# A notice issuing an office's 三定 规定, as a page that lost every line break stores it: each line of the
# print set after a single space, the 发文字号 with a scanner's space before 号.
ISSUED = ["某某市人民政府办公室关于印发某某市人民政府办公室主要职责内设机构和人员编制规定的通知",
          "某政办发〔2010〕31 号", "各县(市)、区人民政府,市政府各部门:",
          "《某某市人民政府办公室主要职责内设机构和人员编制规定》已经市人民政府批准,现予印发。",
          "某某市人民政府办公室", "二〇一〇年六月四日",
          "某某市人民政府办公室主要职责内设机构和人员编制规定",
          "根据某某市人民政府机构改革方案,设立某某市人民政府办公室。",
          "一、职责调整", "增加指导全市政府信息公开工作的职责。",
          "二、主要职责", "(一)负责市政府会议的准备工作。", "(二)协助市政府领导同志组织起草公文。",
          "(三)办理市政府领导同志交办的其他事项。"]


def test_a_page_run_together_by_single_spaces_is_set_out_again():
    """A web page that lost its line breaks keeps each printed line after a
    single space. No line of Chinese print leaves a space after a sentence's
    end (。；！？), so a line that does so again and again is the page's lines
    run together: it parts again after each sentence's or lead-in's end,
    before a numbering label, around a date or a 发文字号 alone and after a
    title ending in its 文种. A numbered heading keeps the words after it:
    a scanner's space in a label's first words looks the same."""
    heading = ISSUED.index("一、职责调整")
    assert lines_run_together(" ".join(ISSUED)) == (
        ISSUED[:heading] + [" ".join(ISSUED[heading:heading + 2])] + ISSUED[heading + 2:])


def test_a_space_inside_a_labelled_sentence_is_no_line_break():
    """Control: a space a scanner left inside a labelled paragraph's first
    words ('（三）协助市政府领导 同志…') parts nothing."""
    line = " ".join(ISSUED[:-1] + ["(三)办理市政府领导 同志交办的其他事项。"])
    assert lines_run_together(line)[-1] == "(三)办理市政府领导 同志交办的其他事项。"


@pytest.mark.parametrize("line", [
    "现将有关事项通知如下。 请各乡镇在3月底前完成造林任务。",  # a space after one sentence's end: a typo, not a page
    "中共某某市委 某某市人民政府",  # joint issuers parted by a space
    "组 长:张某某 副市长",  # a member's label spaced out, a name and a post
    "2019 年 7 月 8 日,某某市召开会议。 会议要求抓好落实。 各地要加强领导。",  # two, not three: a scan's spaces
])
def test_a_line_with_few_spaces_after_sentence_ends_stays_whole(line):
    """Control: a line that leaves no space, or fewer than three, after a
    sentence's end is one printed line, spaced however it is."""
    assert lines_run_together(line) == [line]


def test_a_notice_and_the_text_it_issues_from_one_run_together_line():
    """The same through the converter: the notice under a document printed
    one line a paragraph, its number, 主送, signature and date, and the 规定
    it issues as its part with its labels as provisions."""
    text = "\n".join(NOTICE + [" ".join(ISSUED)]) + "\n"
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], ISSUED[0]]
    doc = docs[1]
    assert (doc.doc_number.replace(" ", ""), doc.addressees, doc.issuers, doc.date) == (
        "某政办发〔2010〕31号", "各县（市）、区人民政府，市政府各部门", ["某某市人民政府办公室"], "2010-06-04")
    assert [p.title for p in doc.parts[1:]] == ["某某市人民政府办公室主要职责内设机构和人员编制规定"]
    assert sorted(p.kind for p in doc.provisions) == ["cn", "cn", "cn_paren", "cn_paren", "cn_paren"]


@pytest.mark.parametrize("columns", range(18, 31))
def test_a_close_run_in_between_two_pieces_is_set_out_wherever_the_wrap_cuts_it(columns):
    """GB/T 9704 7.3.5: the signing organ and the 成文日期 close the notice;
    a page that lost its line breaks runs them in between the body's last
    sentence and the title of the text the notice issues, parted by spaces,
    and a narrow measure wraps that anywhere ('…组织实施。 某某市人民政府办公室
    二〇一〇年六月' / '四日 某某市…'). The notice is signed and dated still, and
    the 规定 under it is its part."""
    doc, = _documents([" ".join(ISSUED)], columns)
    assert (doc.issuers, doc.date) == (["某某市人民政府办公室"], "2010-06-04")
    assert [p.title for p in doc.parts[1:]] == ["某某市人民政府办公室主要职责内设机构和人员编制规定"]


@pytest.mark.parametrize("close, columns", [("请遵照执行。", 20), ("请遵照执行。", 28), ("请结合实际认真组织实施。", 29)])
def test_a_close_the_wrap_cut_before_its_day_keeps_the_space_after_the_day(close, columns):
    """The same close cut right before its 日 ('…办公室 二〇一〇年六月十' /
    '日 某某市…规定'): the 日 alone opening the line is the date's last
    character, not a letter-spaced word's first, so the space after it
    still parts the close from the title run on after it."""
    issued = ISSUED[:3] + [ISSUED[3] + close, ISSUED[4], "二〇一〇年六月十四日"] + ISSUED[6:]
    assert any(line.startswith("日 ") for line in laid_out([" ".join(issued)], columns))  # (the case's premise)
    doc, = _documents([" ".join(issued)], columns)
    assert (doc.issuers, doc.date) == (["某某市人民政府办公室"], "2010-06-14")
    assert [p.title for p in doc.parts[1:]] == ["某某市人民政府办公室主要职责内设机构和人员编制规定"]


def test_a_day_word_opening_a_line_under_no_cut_date_is_read_as_before():
    """Control: a line opening on 日 and a space under a line that ends on no
    date cut before its day ('…位于山东省' / '日 照市…', a scanner's gap) is
    one word, as before."""
    lines, _ = normalise("我县对口协作单位位于山东省\n日 照市东港区，双方签订了合作协议。\n")
    assert [line.text for line in lines] == ["我县对口协作单位位于山东省", "日照市东港区，双方签订了合作协议。"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_an_organ_and_a_spaced_day_inside_a_sentence_close_nothing(columns):
    """Control: a sentence that names an organ and a day a scanner spaced
    inside goes on after the day ('…。县政府 2021 年 3 月 1 日 印发了…'): no
    close, the notice signed and dated at its end."""
    body = "请各乡镇认真落实。县政府 2021 年 3 月 1 日 印发了《某某县春季植树造林方案》，各乡镇要对照执行。"
    doc, = _documents(NOTICE[:2] + [body] + NOTICE[3:], columns)
    assert (doc.issuers, doc.date) == (["某某县人民政府"], "2021-03-01")
    assert "印发了" in "".join(b.text for part in doc.parts for b in part.blocks if hasattr(b, "text"))


@pytest.mark.parametrize("columns", [None, 26])
def test_paragraphs_one_a_line_are_untouched(columns):
    """Control: the same text printed one paragraph a line (or wrapped) reads
    as before: nothing to part."""
    docs = _documents(NOTICE + ISSUED, columns)
    assert [d.title for d in docs] == [NOTICE[0], ISSUED[0]]
    assert docs[1].date == "2010-06-04"
