"""The document grammar on layouts of the hundred-and-fifty-fourth held-out
set's kind (issue #11): 公告 and 通告 of vertically managed organs' city
branches (a 税务局, a 气象局) as portals, forums and mirrors store them: a
公告 whose items, signature and date a forum ran into one paragraph parted
by single spaces, an item giving a span of days. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


# ---------------------------------------------------------------- a span of days run together

RUN_TOGETHER = ["某某市气象局关于实施人工增雨作业的公告",
                "经市人民政府同意,某某市气象局拟开展人工增雨作业,现将有关事项公告如下:",
                "一、作业时间:2022年6月3日— 2022年6月5日 二、作业区域:某某水库周边10公里范围。 三、作业器具:火箭发射架 "
                "四、作业具有一定危险性,严禁围观。 五、如发现未爆炸的火箭弹,请立即报告。 联系电话:0000-1234567 "
                "某某市气象局 2022年6月1日"]


@pytest.mark.parametrize("columns", [None])
def test_a_span_of_days_in_a_run_together_paragraph_is_no_closing_date(columns):
    """A page that runs a 公告's lines into one paragraph by single spaces is
    set out again at the spaces where print breaks the line, a date on its
    own among them (layout.lines_run_together); the end of a span of days
    after a dash ('2022年6月3日— 2022年6月5日', frame.PERIOD_END) goes on with
    its clause: the 成文日期 is the one under the signature."""
    docs = _documents(RUN_TOGETHER, columns)
    assert len(docs) == 1
    assert docs[0].date == "2022-06-01"
    assert docs[0].issuers == ["某某市气象局"]


CONTROL = ["某某市气象局关于实施人工增雨作业的公告",
           "经市人民政府同意,某某市气象局拟开展人工增雨作业,现将有关事项公告如下:",
           "一、作业时间:2022年6月3日起。 二、作业区域:某某水库周边10公里范围。 三、作业器具:火箭发射架 "
           "四、作业具有一定危险性,严禁围观。 五、如发现未爆炸的火箭弹,请立即报告。 联系电话:0000-1234567 "
           "某某市气象局 2022年6月1日"]


def test_control_the_date_after_the_signature_still_stands_alone():
    """The signature's date after a space, no dash before it, is still the
    成文日期 set out on its line."""
    docs = _documents(CONTROL, None)
    assert len(docs) == 1
    assert docs[0].date == "2022-06-01"
    assert docs[0].issuers == ["某某市气象局"]


# ---------------------------------------------------------------- a store's excerpt cut over the next title

EXCERPT = ["某某市税务局关于税收业务专用章式样有关问题的公告",
           "现将某某市税务局税收业务专用章式样公告如下:",
           "一、税收业务专用章自2019年11月1日起启用。根据《某某市税务局关于税务机构改革有关事项"]
PLACE_TITLED = ["某某市人工影响天气作业公告",
                "为增加水资源、减轻冰雹灾害,某某市气象局将在全市开展人工增雨作业。现将有关事项公告如下:",
                "一、作业期间将有部分火箭弹残骸落地,如有发现请及时报告。",
                "某某市气象局", "2023年2月27日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 24, 26])
def test_a_title_over_its_ground_opens_a_document_under_an_excerpt_cut_mid_sentence(columns):
    """A store's excerpt may stop mid-sentence, inside a cited title
    ('…根据《某某局关于…有关事项'), right over the next document. A title by
    its own grammar, opening on its place's name and ending in its 文种,
    over the body's opening on its ground or purpose ('为…'), begins that
    document: no sentence runs on into a title and past its 文种 into '为…'.
    Nor is the cited title's 关于, on a line a full sentence's line runs on
    into, that title's first line."""
    docs = _documents(EXCERPT + PLACE_TITLED, columns)
    assert [d.title for d in docs] == [EXCERPT[0], PLACE_TITLED[0]]
    assert docs[1].issuers == ["某某市气象局"] and docs[1].date == "2023-02-27"


@pytest.mark.parametrize("columns", [None, 26])
def test_control_a_sentence_that_runs_on_into_a_named_text_stays_one(columns):
    """Control: a line ending in a kind word under a sentence cut short,
    where the next line goes on with that sentence ('》的要求…'), is the
    sentence's: one document."""
    sentence = EXCERPT[:2] + ["一、税收业务专用章自2019年11月1日起启用。根据某某市税务局关于税务机构改革有关事项的",
                              "某某市人工影响天气作业公告", "要求,各县区气象局要认真组织实施。", "某某市税务局", "2019年10月8日"]
    docs = _documents(sentence, columns)
    assert [d.title for d in docs] == [EXCERPT[0]]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_notices_serial_under_its_title_is_its_number_in_either_script(script, columns):
    """'…公告2019年第5号' under the 公告's title is its number (GB/T 9704
    7.2.4; a 公告 numbered by its organ and year), 号 or 號 alike: no
    document of its own under the title."""
    title, number = "某某市税务局关于税收业务专用章式样有关问题的公告", "某某市税务局公告2019年第5号"
    if script == "traditional":
        title, number = "某某市稅務局關于稅收業務專用章式樣有關問題的公告", "某某市稅務局公告2019年第5號"
    docs = _documents([title, number, EXCERPT[1], "一、税收业务专用章自2019年11月1日起启用。", "某某市税务局", "2019年9月24日"],
                      columns)
    assert [(d.title, d.doc_number) for d in docs] == [(title, number)]


# The same excerpt as a page sets it, hard-wrapped: the cited name left open over a line the measure fills.
PRINTED = ["某某市税务局关于税收业务专用章式样有关问题", "的公告",
           "现将某某市税务局税收业务专用章式样公告如下:",
           "一、税收业务专用章形状为圆形,规格为圆周直径",
           "40毫米,字体用宋体三号字体,上方环边为税务机关",
           "名称,中央小括号内使用阿拉伯数字连续编号。",
           "二、税收业务专用章自2019年11月1日起启用。根据《国家",
           "税务总局某某市税务局关于税务机构改革有关事项",
           "某某市人工影响天气作业公告",
           "为增加水资源、减轻冰雹灾害,某某市气象局将在全",
           "市开展人工增雨作业。现将有关事项公告如下:",
           "一、作业期间将有部分火箭弹残骸落地,如有发现请",
           "及时报告当地气象部门。", "某某市气象局", "2023年2月27日"]


@pytest.mark.parametrize("indent", ["", " " * 12])  # the title at the margin, or centred as a placed layout keeps it
def test_a_cited_name_left_open_over_a_full_line_holds_its_own_about(indent):
    """A line of the body that leaves a name it cites open ('…起启用。根据《国家')
    runs on into the next, whose 关于 is that name's, though the line fills
    the measure as a title's first line might: the title under it begins on
    its own line, its place's name first, over '为…'."""
    text = "\n".join(indent + line if line == "某某市人工影响天气作业公告" else line for line in PRINTED)
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [PRINTED[0] + PRINTED[1], "某某市人工影响天气作业公告"]


# ---------------------------------------------------------------- a contact field run in before the signature

@pytest.mark.parametrize("label", ["联系电话", "咨询电话", "举报电话"])
@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_contact_field_run_in_before_the_signature_leaves_it_and_the_date_their_lines(label, columns):
    """A page that runs the 附注's contact (GB/T 9704 7.3.6) in after the
    body, then the signature and the 成文日期 (7.3.5), wrapped at a print's
    measure: the telephone numbers end where the organ's name begins, so
    the organ and the date are set out on their lines, the contact left at
    the body's end."""
    text = RUN_TOGETHER[:2] + ["一、作业时间:2022年6月3日起。二、如发现未爆炸的火箭弹,请立即报告。"
                               f"{label}:0000-1234567、7654321 某某市气象局 2022年6月1日"]
    doc, = _documents(text, columns)
    assert doc.date == "2022-06-01"
    assert doc.issuers == ["某某市气象局"]
    last = doc.parts[0].blocks[-3].text
    assert last.endswith(f"{label}:0000-1234567、7654321") or last.endswith(f"{label}：0000-1234567、7654321")


@pytest.mark.parametrize("columns", [None, 22])
def test_control_a_number_in_a_sentence_before_a_dated_clause_is_no_signature(columns):
    """Control: a sentence that gives a number and goes on to a date it
    names ('…联系电话:0000-1234567 报名截止2022年6月1日') holds no
    signature: the words after the figures are no organ's name."""
    text = RUN_TOGETHER[:2] + ["一、请于期限内报名。联系电话:0000-1234567 报名截止至2022年6月1日", "某某市气象局",
                               "2022年5月20日"]
    doc, = _documents(text, columns)
    assert doc.date == "2022-05-20"
    assert doc.issuers == ["某某市气象局"]


# ---------------------------------------------------------------- the day a page posted the text, after its number

POSTED = ["某某市税务局关于税收业务专用章式样有关问题的公告", "某某市税务局公告2019年第5号      2019-9-24",
          "现将某某市税务局税收业务专用章式样公告如下:", "一、税收业务专用章自2019年11月1日起启用。",
          "二、原有印章同时停止使用。", "某某市税务局", "2019年9月20日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
@pytest.mark.parametrize("space", ["      ", " ", ""])
def test_the_day_a_page_posted_the_text_after_its_number_is_no_part_of_it(space, columns):
    """GB/T 9704 7.2.4 prints nothing after the 发文字号; a web page sets the
    day it posted the text there in figures ('…公告2019年第5号 2019-9-24',
    its space perhaps lost): the number is read without it, and it is no
    成文日期; a narrow measure that turns the number's last figures and 号
    onto a line of their own leaves the number one line."""
    text = POSTED[:1] + [POSTED[1].replace("      ", space)] + POSTED[2:]
    doc, = _documents(text, columns)
    assert doc.title == POSTED[0]
    assert doc.doc_number == "某某市税务局公告2019年第5号"
    assert doc.date == "2019-09-20"
    assert [p.label for p in doc.provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 22])
def test_control_an_organ_and_a_day_in_figures_are_no_number(columns):
    """Control: a line of an organ's name and a day in figures holds no
    发文字号 for the day to be cut from."""
    text = POSTED[:1] + ["某某市税务局      2019-9-24"] + POSTED[2:]
    doc, = _documents(text, columns)
    assert doc.doc_number is None
    assert doc.date == "2019-09-20"
