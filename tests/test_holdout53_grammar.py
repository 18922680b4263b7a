"""The document grammar on layouts of the fifty-third held-out set's kind
(issue #11): the records of a government's or a bureau's standing meetings,
titled by the meeting and its count ('XX市政府第2122次市政会议', '第317次主管会报')
or as the meeting's 纪录, with the lists of who attended under the title.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph, Provision
from builder.text.frame import kind_of
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]
AGENDA = ["壹、报告事项", "一、本府上次会议纪录。", "主席裁示:纪录确定。", "二、议案执行情形报告。", "主席裁示:准予备查。"]


# ---------------------------------------------------------------- a meeting's record titled by the meeting

@pytest.mark.parametrize("title", ["某某市政府第2122次市政会议", "某某市政府387次市政会议纪录", "第317次主管会报",
                                   "某某县人民政府第5次县长办公会议纪录", "某某区政府2021年第3次局务会议记录"])
def test_a_meeting_named_by_its_count_or_its_record_is_a_record(title):
    """党政机关公文处理工作条例 第八条: a 纪要 records a meeting. A body's
    standing meeting is titled by its count and its own name, whatever
    that name is (市政会议, 主管会报, 局务会议; a count in figures may drop
    its 第), or as the meeting's 纪录 or 记录; in either script."""
    assert kind_of(title) == "纪要"
    assert kind_of(title.replace("会议", "會議").replace("会报", "會報").replace("纪录", "紀錄")) == "纪要"


@pytest.mark.parametrize("line", ["会议由县长主持召开第3次会议", "第三次全国土地调查", "2次会议"])
def test_a_count_without_a_meeting_or_a_meeting_in_a_sentence_is_no_record(line):
    """The meeting's own name follows its count and closes the title: a
    sentence that goes on past it, or a count of something else, names no
    record."""
    assert kind_of(line) != "纪要"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head", [
    ["某某市政府第2122次市政会议", "主席", "王某某", "纪录", "李某某", "出席", "张某、赵某(公假)、钱某(孙某代)"],
    ["第317次主管会报", "主席:王局长某某(张某代)", "纪录:李某某", "出席:张某、赵某、钱某"],
    ["某某市政府387次市政会议纪录", "本府出席人员:", "市    长   王某某", "副 市 长   张某某      秘 书 长   赵某某"],
])
def test_a_meeting_record_under_a_signed_notice_is_a_document_of_its_own(head, columns):
    """A title ending in a meeting's name and count after a dated signature
    opens a document (GB/T 9704 10.3: the 纪要's head, then who attended),
    where it ran on as the notice's last lines."""
    docs = _documents(NOTICE + head + AGENDA, columns)
    assert [d.title for d in docs] == [NOTICE[0], head[0]]
    assert docs[1].kind == "纪要"


# ---------------------------------------------------------------- who attended is no 主送

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("line", ["本府出席人员:", "出席会议人员：", "列席人员：", "请假人员:", "本府出席 人员:"])
def test_an_attendance_list_under_a_records_title_is_no_addressee(line, columns):
    """GB/T 9704 10.3: a 纪要 names who attended under '出席', '请假' and
    '列席' and a colon (perhaps '…人员', and the body's own '本府' before
    them); those are people at the meeting, not the organs a 公文 is sent
    to (7.3.2), though the line stands where a 主送 would and ends in a
    colon. A scanner's space inside the label changes nothing."""
    docs = _documents(NOTICE + ["某某市政府第12次市政会议纪录", line, "王某某 张某某"] + AGENDA, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市政府第12次市政会议纪录"]
    assert docs[1].addressees is None and docs[0].addressees == "各乡镇人民政府"


# ---------------------------------------------------------------- a date's figure in brackets is no item

ITEM = "各科重大事项提报：安康社区公营住宅案，工程管理标含监造，请加速趕辦，希望于本(1)月底前能上网招标，并请各科室派员参加现场会勘，以利工程进度推进。"


@pytest.mark.parametrize("columns", [19, 38])
def test_a_dates_figure_in_brackets_the_wrap_put_first_is_no_item(columns):
    """'本(1)月底前' prints the month's figure in brackets: a wrap that puts
    '(1)月…' at the head of a line (at these widths it does) cuts the
    sentence, it opens no item (1): an item's label is followed by its
    words, a date's figure by its unit (年, 月, 日). The sentence stays one
    paragraph."""
    assert any(line.startswith("(1)月") for line in laid_out([ITEM], columns))
    doc = _documents(NOTICE + ["第439次主管会报", "主席:许副局长", ITEM], columns)[1]
    blocks = [b for part in doc.parts for b in part.blocks]
    assert not [b for b in blocks if isinstance(b, Provision)]
    assert any("希望于本（1）月底前能上网招标" in b.text for b in blocks if isinstance(b, Paragraph))


# ---------------------------------------------------------------- a record's head: one field a line

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head,fields", [
    (["主席", "王某某", "纪录", "李某某", "出席", "张某、赵某(公假)、钱某(孙某代)", "列席", "周某、吴某"],
     ["主席", "王某某", "纪录", "李某某", "出席", "张某、赵某（公假）、钱某（孙某代）", "列席", "周某、吴某"]),
    (["主持", "王某某", "记录", "李某某", "出席", "张某、赵某", "请假", "钱某"],
     ["主持", "王某某", "记录", "李某某", "出席", "张某、赵某", "请假", "钱某"]),
    (["主席", "王某某(张某代)", "出席人员", "张某、赵某"], ["主席", "王某某（张某代）", "出席人员", "张某、赵某"]),
])
def test_each_field_of_a_records_head_is_a_paragraph_of_its_own(head, fields, columns):
    """GB/T 9704 10.3: a 纪要 prints who attended under '出席', '请假' and
    '列席', each on a line of its own, as a record prints who chaired it and
    who kept it; a label alone on its line ('主席', '出席') stands over its
    names, as a web page's table of the record's fields gives them. None of
    them runs on into the field above or below, though no line ends a
    sentence and the names are short."""
    docs = _documents(NOTICE + ["某某市政府第12次市政会议纪录"] + head + ["一、本府上次会议纪录。"], columns)
    texts = [b.text for part in docs[1].parts for b in part.blocks if isinstance(b, Paragraph)]
    assert texts[:len(fields)] == fields


# ---------------------------------------------------------------- 壹、 over 一、: the formal numerals' level

@pytest.mark.parametrize("columns", WIDTHS)
def test_the_formal_numerals_number_the_level_above_the_outline(columns):
    """'壹、报告事项' over '一、…' (大写数字, as Taiwan's and older documents
    number their top level): a label whose heading stands on its line and
    opens its own paragraph, its 一、 items under it, and the names above it
    end where it begins; in either script."""
    head = ["主席", "王某某", "列席", "周某、吴某"]
    body = ["壹、报告事项", "一、本府上次会议纪录。", "主席裁示：纪录确定。", "贰、讨论事项", "一、修正某某办法案。",
            "决议：本案通过。", "參、临时动议"]
    doc = _documents(NOTICE + ["某某市政府第12次市政会议纪录"] + head + body, columns)[1]
    provisions = [(p.kind, p.label, p.heading) for p in doc.provisions]
    assert [p for p in provisions if p[0] == "cn_formal"] == [("cn_formal", "壹、", "报告事项"),
                                                             ("cn_formal", "贰、", "讨论事项"),
                                                             ("cn_formal", "參、", "临时动议")]
    assert [p[1] for p in provisions if p[0] == "cn"] == ["一、", "一、"]
    texts = [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
    assert "周某、吴某" in texts


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_colon_line_under_the_numbered_items_is_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送 stands above the body. A lead ending in a
    colon under the numbered items ('主席指示：' after '壹、' and its '一、…')
    opens the chair's words, where a text with no 主送 printed has none."""
    body = ["壹、献奖", "一、荣获某某部评比第一名。", "二、荣获某某奖。", "主席指示：", "感谢各局处的努力。"]
    doc = _documents(NOTICE + ["某某市政府第689次市政会议纪录"] + body, columns)[1]
    assert doc.addressees is None


@pytest.mark.parametrize("text,columns", [
    ("为建设一支忠诚干净担当的高素质专业化应急救援队伍，保障各项应急措施的贯彻落实，现就有关事项通知如下。", 23),
    ("各单位要切实加强基层应急救援队伍、装备和物资储备建设，确保一旦发生突发事件能够迅速有效处置。", 15),
    ("全市各级各部门要进一步加强应急管理干部人才队伍、专家库和物资储备体系建设，提升处置能力。", 22),
])
def test_a_formal_numeral_the_wrap_cut_from_its_word_is_no_label(text, columns):
    """伍 is also the last character of 队伍: a line the wrap opens with '伍，'
    or '伍、' under a full line that cut the word (at these widths it does)
    goes on with the sentence, as '一、' that ends 统一 does; the formal
    numerals take 、 alone, never a comma."""
    assert any(line.startswith("伍") for line in laid_out(NOTICE[:2] + [text], columns))
    doc = _documents(NOTICE[:2] + [text], columns)[0]
    assert not doc.provisions
    assert any(text.replace("，", "") in b.text.replace("，", "") for part in doc.parts for b in part.blocks
               if isinstance(b, Paragraph))


# ---------------------------------------------------------------- a record is dated by its meeting

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("field,date", [
    (["开会日期", "2020-12-22 09:00:00"], "2020-12-22"),
    (["會議時間", "2021-3-5 14:30"], "2021-03-05"),
    (["会议时间：2019年4月12日上午9时"], "2019-04-12"),
])
def test_a_meeting_record_is_dated_by_its_heads_date_field(field, date, columns):
    """A 纪要 has no 成文日期 under a signature (GB/T 9704 10.3): its date is
    the meeting's, which its head gives in a field ('开会日期', '会议时间'),
    the value after the label or on the line under it, in words or as a web
    page's timestamp."""
    head = ["主席", "王某某"] + field + ["出席", "张某、赵某"]
    doc = _documents(NOTICE + ["某某市政府第12次市政会议纪录"] + head + AGENDA, columns)[1]
    assert doc.date == date
    assert _documents(NOTICE + ["某某市政府第12次市政会议纪录"] + head[:2] + head[-2:] + AGENDA, columns)[1].date is None


# ---------------------------------------------------------------- a record's number under its title

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["第5期", "2021年第5期", "〔2021〕3号", "[2021]3号"])
@pytest.mark.parametrize("imprint", [[], ["某某县人民政府办公室         2021年3月5日"]])
def test_a_records_number_under_its_title_is_its_number(number, imprint, columns):
    """A 纪要 is numbered in its own series, under its title (its 标志): the
    issue, perhaps after its year, or the year and serial in brackets with
    no 代字, which the title's series stands for; the office and the date may
    follow on one line as under a 简报's issue. The number is the record's,
    printed on a line of its own."""
    head = ["某某县人民政府常务会议纪要", number] + imprint + [
        "2021年3月1日，县长王某某主持召开县政府第5次常务会议。现将会议议定事项纪要如下：", "一、原则同意某某方案。",
        "出席：王某某、张某某"]
    docs = _documents(NOTICE + head, columns)
    assert [d.title for d in docs] == [NOTICE[0], head[0]]
    assert docs[1].doc_number == number and docs[0].doc_number is None


def test_a_serial_under_a_title_of_another_kind_is_no_number():
    """Only a 纪要's series numbers it so: '第5期' under a notice's title is
    no 发文字号 of the notice."""
    docs = _documents(["某某县人民政府关于做好春季植树造林工作的通知", "第5期", "各乡镇人民政府：",
                       "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"], None)
    assert docs[0].doc_number is None
