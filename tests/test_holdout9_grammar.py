"""The document grammar on layouts of the ninth held-out set's kind (issue
#11): rules of GB/T 9704 the converter must read whatever gazette or web page
the text comes from. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import re

import pytest

from tests.devset.layout import wrap
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)
from tests.test_holdout8_grammar import NOTICE  # (a notice cut before its signature)


JOINT = ["临江发〔2024〕7号", "临江市人民政府 临江市中级人民法院印发", "关于建立行政争议实质性化解机制的意见的通知",
         "各县（区）人民政府、法院，市政府各部门：",
         "《临江市人民政府 临江市中级人民法院关于建立行政争议实质性化解机制的意见》已经市政府常务会议审议通过，"
         "现印发给你们，请认真贯彻执行。",
         "临江市人民政府 临江市中级人民法院", "2024年5月6日",
         "临江市人民政府 临江市中级人民法院", "关于建立行政争议实质性化解机制的意见",
         "为推动行政争议实质性化解，现提出如下意见。", "一、建立联席会议制度", "市政府和市中级人民法院每半年召开一次联席会议。"]
JOINT_TITLE = "临江市人民政府临江市中级人民法院印发关于建立行政争议实质性化解机制的意见的通知"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_organs_and_the_verb_on_a_titles_first_line_under_its_number_open_a_document(columns):
    """GB/T 9704 7.2.4–7.2.5: under its 发文字号, a title whose first line is
    the issuers (parted by a space) and 印发, its next the issued text's
    '关于…的意见的通知': one title, opening a document; the notice above
    keeps neither the number nor the organs' line."""
    docs = _documents(NOTICE + JOINT, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", JOINT_TITLE]
    assert docs[0].doc_number is None
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == \
        ("临江发〔2024〕7号", ["临江市人民政府", "临江市中级人民法院"], "2024-05-06")
    assert [p.title for p in docs[1].parts][1:] == ["临江市人民政府临江市中级人民法院关于建立行政争议实质性化解机制的意见"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_organ_and_the_verb_over_an_about_line_alone_in_its_file(columns):
    """The same title with one issuer, the file's own: its whole title, not its second line."""
    one = ["临江发〔2024〕8号", "临江市人民政府印发", "关于加强城市绿地管理的办法的通知", "各县（区）人民政府，市政府各部门：",
           "《关于加强城市绿地管理的办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
           "临江市人民政府", "2024年6月1日"]
    doc, = _documents(one, columns)
    assert (doc.title, doc.doc_number) == ("临江市人民政府印发关于加强城市绿地管理的办法的通知", "临江发〔2024〕8号")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_record_line_ending_in_its_verb_is_no_title_line(columns):
    """The 版记's 印发 line (organ and date, then 印发) ends a document's
    frame: a 关于 title under it is the next document's whole title, the
    line is not its first."""
    record = ["临江市人民政府", "2024年3月1日", "临江市人民政府办公室 2024年3月2日印发",
              "关于做好防汛工作的通知", "各县（区）人民政府：", "汛期将至，现就做好防汛工作通知如下。", "临江市人民政府", "2024年4月1日"]
    docs = _documents(NOTICE + record, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "关于做好防汛工作的通知"]
    assert docs[0].date == "2024-03-01"


MIRRORED = ["臨府發(fā)〔2017〕92號", "臨江市人民政府印發(fā)《關(guān)于本市加強(qiáng)誠信建設(shè)的實(shí)施意見》的通知",
            "各區(qū)人民政府，市政府各委、辦、局：",
            "現(xiàn)將《關(guān)于本市加強(qiáng)誠信建設(shè)的實(shí)施意見》印發(fā)給你們，請認(rèn)真按照執(zhí)行。",
            "臨江市人民政府", "2017年12月20日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_mirrors_pinyin_after_its_characters_is_removed_and_reported(columns):
    """A bracketed Latin syllable with a tone mark right after a Han
    character (or at the head of the line under it, where the wrap fell
    between them) is a web page's annotation, not printed text: removed on
    input, so the 发文字号 is read and the number opens the document, and the
    build report lists what was removed, line by line."""
    gazette = _convert(NOTICE + MIRRORED, columns)
    docs = gazette.documents
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "臨江市人民政府印發《關于本市加強誠信建設的實施意見》的通知"]
    assert (docs[0].doc_number, docs[1].doc_number) == (None, "臨府發〔2017〕92號")
    assert not any(re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", block.text)
                   for block in docs[1].parts[0].blocks)
    repairs = [d for d in gazette.diagnostics if d.code == "repaired-input"]
    number_line = 1 + sum(len(wrap(t, columns)) if columns else 1 for t in NOTICE)
    assert (repairs[0].line, repairs[0].message.split(": ")[1]) == (number_line, "發(fā)")
    named = sum(d.message.count("(") for d in repairs if "more on" not in d.message)
    counted = sum(int(re.search(r"(\d+) more on", d.message).group(1)) for d in repairs if "more on" in d.message)
    assert named + counted == sum(re.subn(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", "", t)[1] for t in MIRRORED)


def test_brackets_that_are_text_stay():
    """A syllable with no tone mark, a unit or a letter in brackets, and a
    toned syllable after anything but a Han character are text: nothing removed."""
    text = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
            "造林面积(km)按(a)项计算，树种名称写作Populus(yáng)或(de)，不作更改。", "临江市人民政府", "2024年3月1日"]
    gazette = _convert(text, None)
    assert not [d for d in gazette.diagnostics if d.code == "repaired-input"]
    assert "造林面积(km)按(a)项计算，树种名称写作Populus(yáng)或(de)，不作更改。" in \
        [block.text for block in gazette.documents[0].parts[0].blocks]


MASTHEAD = ["临江县人民政府", "县人民政府关于印发《临江县人民政府工作规则》的通知", "临政发〔2017〕1号",
            "各乡镇人民政府，县政府各部门：", "《临江县人民政府工作规则》已经县人民政府常务会议审议通过，现予印发。",
            "临江县人民政府", "2017年1月24日", "临江县人民政府工作规则", "第一章 总则",
            "一、为规范县人民政府工作，制定本规则。", "二、县人民政府工作遵循依法行政的原则。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_organ_alone_over_a_title_naming_it_is_the_masthead(columns):
    """GB/T 9704 7.2.1: the organ's name alone over a title that names it
    in short ('县人民政府关于…') is the 发文机关标志: not joined into the
    title, and the document's (its 版头), not the tail of the one above."""
    docs = _documents(NOTICE + MASTHEAD, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知",
                                       "县人民政府关于印发《临江县人民政府工作规则》的通知"]
    assert "临江县人民政府" not in [b.text for b in docs[0].parts[0].blocks]
    assert docs[1].parts[0].blocks[0].text == "临江县人民政府"
    assert (docs[1].doc_number, docs[1].issuers) == ("临政发〔2017〕1号", ["临江县人民政府"])
    assert [p.title for p in docs[1].parts][1:] == ["临江县人民政府工作规则"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_one_a_line_over_about_stay_the_title(columns):
    """Two different organs, one a line over '…关于': joint issuers of one
    title (GB/T 9704 7.2.5), not a 版头 over it."""
    joint = ["临江县人民政府", "临江县财政局关于做好2024年预算执行工作的通知", "各乡镇人民政府，县政府各部门：",
             "为做好2024年预算执行工作，现就有关事项通知如下。", "临江县人民政府 临江县财政局", "2024年2月1日"]
    doc, = _documents(joint, columns)
    assert doc.title == "临江县人民政府临江县财政局关于做好2024年预算执行工作的通知"


SIGNED = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：", "为做好今年春季植树造林工作，现就有关事项通知如下。",
          "临江市人民政府", "2024年3月1日"]
REPRINTED = ["临江市人民政府印发《关于加强诚信建设的实施意见》的通知", "各区人民政府，市政府各委、办、局：",
             "现将《关于加强诚信建设的实施意见》印发给你们，请认真按照执行。", "临江市人民政府", "2017年12月20日"]


@pytest.mark.parametrize("cut", [len("（2017年12月20日　临府发〔2017〕92"), len("（2017年12月20日　临府发〔")])
def test_a_reprints_frame_wrapped_over_two_lines_above_a_title_is_its_number(cut):
    """A gazette's (成文日期 发文字号) frame above a title, the measure wrapping
    it ('…〔2017〕92' / '号）'): one frame again, the title's 发文字号 (GB/T
    9704 7.2.4), not the tail of the document above."""
    frame = "（2017年12月20日　临府发〔2017〕92号）"
    docs = _documents(SIGNED + [frame[:cut], frame[cut:]] + REPRINTED, None)
    assert [d.doc_number for d in docs] == [None, "临府发〔2017〕92号"]
    assert docs[0].parts[0].blocks[-1].text == "2024年3月1日"


def test_a_bracketed_aside_wrapped_over_lines_stays_text():
    """A bracket that opens a line and holds words besides a date and a
    number is a sentence's aside, not a frame: its lines are not joined."""
    body = SIGNED[:2] + ["（此项工作由县林业局牵头，按照临府发〔2017〕92", "号文件执行）", "临江市人民政府", "2024年3月1日"]
    doc, = _documents(body, None)
    assert doc.doc_number is None
    assert "（此项工作由县林业局牵头，按照临府发〔2017〕92号文件执行）" in [b.text for b in doc.parts[0].blocks]
