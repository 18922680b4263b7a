"""The document grammar on layouts of the hundred-and-forty-fifth held-out
set's kind (issue #11): documents on administrative divisions and names
(批复 and 通知 setting up or abolishing towns, 街道 and 社区, notices naming
villages and 历史文化街区 with their lists in an 附件) and a 督查通报 ranking
the units it names. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


# ---------------------------------------------------------------- an annex's count in brackets is a note, not its title

def _naming_notice(mark: str) -> list[str]:
    return ["某某省人民政府办公厅关于公布2019年度特色名镇的通知", "各市、县人民政府:",
            "经省人民政府同意,现将某镇等8个镇予以公布。", mark, "某某省人民政府办公厅", "2019年5月6日",
            "附件", "2019年度特色名镇名单", "(共8个)", "一、生态名镇(3个)", "甲市乙县丙镇"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_count_under_an_annex_title_is_no_part_of_the_title(columns):
    """GB/T 9704 7.3.4 and 8: the 附件说明 names each annex as its own title
    prints it. A list's count in brackets on the line under the title
    ('（共8个）') is a note printed under it, as a unit line is: the annex is
    titled as the 附件说明 names it."""
    docs = _documents(_naming_notice("附件:2019年度特色名镇名单"), columns)
    assert [part.title for part in docs[0].parts[1:]] == ["2019年度特色名镇名单"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_control_a_count_the_annex_note_names_stays_in_the_title(columns):
    """Control: where the 附件说明 names the annex with its count, the count
    is of the title, as before."""
    docs = _documents(_naming_notice("附件:2019年度特色名镇名单(共8个)"), columns)
    assert [part.title for part in docs[0].parts[1:]] == ["2019年度特色名镇名单(共8个)"]


# ---------------------------------------------------------------- the names under a list's numbered heading are its rows

def _ranking_notice(last_heading: str) -> list[str]:
    return ["关于第二季度全县环境卫生整治情况的督查通报", "各乡镇人民政府,县直各部门:",
            "县督查组对各乡镇和县直部门环境卫生整治情况进行了督查,现将督查情况通报如下:",
            "1、乡镇末位排名", "甲乡 乙镇", last_heading, "县水务局",
            "某某县环境卫生整治领导小组办公室", "2021年7月8日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_name_under_a_list_heading_over_the_signature_is_no_signer(columns):
    """GB/T 9704 7.3.5: the 署名 stands under the body. A numbered heading
    that is a list's heading, its label and a short phrase alone with no
    sentence and no colon ('2、部门末位排名'), heads the names under it, as a
    caption ending in a colon does: the name printed right under it is the
    list's row, and the signature is the organ over the date."""
    docs = _documents(_ranking_notice("2、部门末位排名"), columns)
    assert docs[0].issuers == ["某某县环境卫生整治领导小组办公室"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_control_joint_signers_under_an_item_with_its_text_stay(columns):
    """Control: under an item that holds its own text ('2、联系人:王某'),
    two organs' names over the date are joint signers, as before."""
    lines = _ranking_notice("2、联系人:王某,电话:1234567")
    lines[6] = "某某县水务局"
    docs = _documents(lines, columns)
    assert docs[0].issuers == ["某某县水务局", "某某县环境卫生整治领导小组办公室"]


# ---------------------------------------------------------------- a page's strip of fields gives the 发文字号

REPLY_BODY = ["某某镇人民政府:", "你镇《关于撤镇设立街道的请示》收悉。经研究,同意撤销某某镇,设立某某街道。",
              "请你镇自批准之日起6个月内完成变更。"]


@pytest.mark.parametrize("strip, columns", [
    (strip, columns) for strip in ("发文字号 某政发〔2021〕3号 发布日期 2021-02-07 09:54", "发文字号：某政发〔2021〕3号 来源：某某区人民政府",
                                   # (the spaces lost, as where the strip was wrapped and read back)
                                   "http://www.example.gov.cn/1.html发文字号 某政发〔2021〕3号发布日期2021-02-07 09:54")
    for columns in (None,)] + [
    (strip, columns) for strip in ("发文字号 某政发〔2021〕3号 发布日期 2021-02-07 09:54", "发文字号：某政发〔2021〕3号 来源：某某区人民政府")
    for columns in (18, 26)] + [
    # (the page's address run in: at 18 columns the wrap cuts the address and the label apart, which no rule reads)
    ("http://www.example.gov.cn/zwgk/1.html发文字号 某政发〔2021〕3号 发布日期 2021-02-07", columns) for columns in (None, 26)])
def test_the_number_in_a_pages_strip_of_fields_is_the_doc_number(strip, columns):
    """A web page prints the document's fields on one line under its title,
    each label and its value parted by spaces or a colon ('发文字号 X 发布日期
    Y'), and a copy may run the page's address into it: the 发文字号 is the
    value of its field (GB/T 9704 7.2.4), and the 主送 under the strip opens
    the text."""
    docs = _documents(["某某区人民政府关于撤销某某镇设立某某街道的批复", strip] + REPLY_BODY, columns)
    assert (docs[0].doc_number, docs[0].addressees) == ("某政发〔2021〕3号", "某某镇人民政府")


@pytest.mark.parametrize("columns", WIDTHS)
def test_control_a_number_a_sentence_cites_after_the_word_is_no_field(columns):
    """Control: a sentence that cites a number after the words 发文字号 goes
    on past it ('…的规定'): no field's value, no 发文字号 of the text."""
    body = ["某某镇人民政府:", "根据发文字号 某政发〔2019〕5号的规定,同意撤销某某镇,设立某某街道。"]
    docs = _documents(["某某区人民政府关于撤销某某镇设立某某街道的批复"] + body, columns)
    assert docs[0].doc_number is None


# ---------------------------------------------------------------- a head line ending on a day is closed by it

@pytest.mark.parametrize("columns", WIDTHS)
def test_the_addressees_under_a_field_ending_on_a_day_open_the_text(columns):
    """GB/T 9704 7.3.2: the 主送 opens the text under the head. A head line
    that ends on a whole day (a page's field '制定机关：…2020年4月12日') is
    closed by it: the 主送 under it, ending on its colon, is a line of its
    own, though a file one paragraph a line makes that short line fill its
    measure."""
    docs = _documents(["某某省人民政府关于公布第一批历史文化街区的通知",
                       "某某省人民政府关于公布第一批历史文化街区的通知 某政发〔2020〕2号 制定机关:某某省人民政府 2020年4月12日",
                       "各市(地)人民政府,省政府各直属单位:", "为保护历史文化遗产,省政府确定某街区等3个街区为第一批历史文化街区,现予公布。",
                       "某某省人民政府", "2020年4月12日"], columns)
    assert docs[0].addressees == "各市（地）人民政府，省政府各直属单位"


@pytest.mark.parametrize("columns", WIDTHS)
def test_control_a_sentence_wrapped_after_a_day_goes_on(columns):
    """Control: in the body, a sentence the wrap cut after a day goes on
    into the next line, as before."""
    docs = _documents(["某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府:",
                       "为做好防汛工作,县政府决定自2021年6月1日", "起进入汛期,各乡镇要落实值班制度。",
                       "某某县人民政府", "2021年5月20日"], columns)
    assert any("自2021年6月1日起进入汛期" in p.text for p in docs[0].parts[0].blocks if hasattr(p, "text"))


# ---------------------------------------------------------------- a counted list's names stand one a line

COUNTED_ANNEX = ["某某省人民政府办公厅关于公布2019年度特色名村的通知", "各市、县人民政府:",
                 "经省人民政府同意,现将某村等5个村予以公布。", "附件:2019年度特色名村名单", "某某省人民政府办公厅", "2019年5月6日",
                 "附件", "2019年度特色名村名单", "一、生态名村(2个)", "甲市乙县丙镇丁村", "戊市己县庚镇辛村",
                 "二、旅游名村(3个)", "壬市癸县子镇丑村", "寅市卯县辰镇巳村", "午市未县申镇酉村"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_names_under_a_heading_that_counts_them_stand_one_a_line(columns):
    """A list's numbered heading that counts its items ('二、旅游名村(3个)',
    COUNTED_HEADING_RE) ends on its count, and the names under it, as many
    as it counts, are one a line, though they are all of one length: lines
    of one width are a paragraph's wrap only where they fill the measure."""
    docs = _documents(COUNTED_ANNEX, columns)
    texts = [b.text for b in docs[0].parts[-1].blocks if type(b).__name__ == "Paragraph"]
    assert texts[-3:] == ["壬市癸县子镇丑村", "寅市卯县辰镇巳村", "午市未县申镇酉村"]


@pytest.mark.parametrize("columns", [18, 26])
def test_control_a_sentence_wrapped_under_a_counted_heading_goes_on(columns):
    """Control: a sentence under a counted heading, wrapped over lines that
    fill the measure, is one paragraph, as before."""
    docs = _documents(COUNTED_ANNEX[:-3] + ["各地要认真学习特色名村建设的做法和经验,加快推动村镇建设,促进乡村建设整体水平提升。"],
                      columns)
    texts = [b.text for b in docs[0].parts[-1].blocks if type(b).__name__ == "Paragraph"]
    assert texts[-1].startswith("各地要认真学习") and texts[-1].endswith("提升。")


# ---------------------------------------------------------------- a 主送 the wrap cut before its colon, under a day

@pytest.mark.parametrize("head", ["某某省人民政府关于公布第一批历史文化街区的通知 某政发〔2020〕2号 制定机关:某某省人民政府 2020年4月12日",
                                  "发文字号 某政发〔2020〕2号 发布日期 2020-04-12 09:54"])
def test_addressees_wrapped_before_their_colon_under_a_day_open_the_text(head):
    """GB/T 9704 7.3.2: the 主送 opens the text under the head; a line of
    the head that ends on a day (a field's '…2020年4月12日', a page's
    '2020-04-12 09:54') is closed by it, and the 主送 under it is a line of
    its own though the wrap cut it before its colon
    ('各市(地)人民政府,省政府各直属' / '单位:')."""
    lines = ["某某省人民政府关于公布第一批历史文化街区的通知", head, "各市(地)人民政府(行署),省政府各直属",
             "单位:", "为保护历史文化遗产,省政府确定某街区等3个街区为第一批历史文化街区,现予公布。",
             "某某省人民政府", "2020年4月12日"]
    docs = _documents(lines, None)
    assert docs[0].addressees == "各市（地）人民政府（行署），省政府各直属单位"


@pytest.mark.parametrize("columns", [18, 20])
def test_addressees_under_a_wrapped_strip_of_fields_open_the_text(columns):
    """The same under a page's strip of fields the measure wrapped, its last
    line ending on the day and time ('…2021-02-07 09:54'): the 主送 under it,
    wrapped too, opens the text."""
    lines = ["某某区人民政府关于撤销某某镇设立某某街道的批复", "http://www.example.gov.cn/zwgk/zfwj/qzfwj/1.html发文字号 某政发〔2021〕3号 发布日期 2021-02-07 09:54",
             "甲镇、乙镇、丙镇、丁镇、戊镇、己镇人民政府:", "你们申请的撤镇设街道工作已经批准同意,现批复如下:同意撤销甲镇,设立甲街道。",
             "请你们自批准之日起,10个月内完成变更。"]
    docs = _documents(lines, columns)
    assert docs[0].addressees == "甲镇、乙镇、丙镇、丁镇、戊镇、己镇人民政府"


def test_control_a_wrapped_sentence_under_a_day_goes_on():
    """Control: a sentence of the body the wrap cut before its colon goes on
    past the line, as before."""
    docs = _documents(["某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府:",
                       "县政府决定自2021年6月1日起进入汛期,各乡镇人民政府", "要做好以下工作:", "一、落实值班制度。",
                       "某某县人民政府", "2021年5月20日"], None)
    assert any("各乡镇人民政府要做好以下工作" in p.text for p in docs[0].parts[0].blocks if hasattr(p, "text"))


# ---------------------------------------------------------------- a page's fields after the 发文字号

LISTED = "某某省人民政府关于公布第一批历史文化街区的通知"
FIELDS_BODY = ["各市(地)人民政府(行署),省政府各直属单位:", "为更好地保护历史文化遗产,省政府决定公布第一批历史文化街区。",
               "各地要高度重视历史文化街区保护工作。", "某某省人民政府", "2020年4月12日"]


@pytest.mark.parametrize("columns", [None, 20, 23, 24, 26])
@pytest.mark.parametrize("fields", [["某政发〔2020〕2号 制定机关:某某省人民政府 2020年4月12日"],
                                    ["某政发〔2020〕2号 制定机关:某某省人民政府", "2020年4月12日"]])
def test_a_pages_fields_set_after_the_number_leave_it_the_documents(fields, columns):
    """A law library prints, under the headline and the title printed again,
    the 发文字号 with the page's fields after it, parted by a space
    ('某政发〔2020〕2号 制定机关:某某省人民政府 2020年4月12日', the day on a
    line of its own too): the number is the document's (GB/T 9704 7.2.4)
    and stands on its own line, the title over it (which fills the measure
    at 23) ends on its 文种, and the 主送 under the fields' day opens the
    body, no text the notice publishes."""
    doc, = _documents([LISTED, LISTED] + fields + FIELDS_BODY, columns)
    assert (doc.title, doc.doc_number, doc.date) == (LISTED, "某政发〔2020〕2号", "2020-04-12")
    assert doc.addressees == "各市（地）人民政府（行署），省政府各直属单位"
    assert [p.title for p in doc.parts[1:]] == []


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_a_sentence_cites_with_a_space_after_it_is_no_frame(columns):
    """Control: a line opening on a cited number and a space, a sentence's
    words after it ('某政发〔2020〕2号 文件要求：…'), is the body's as before."""
    body = ["某某县人民政府关于做好历史文化街区保护工作的通知", "各乡镇人民政府：", "根据省政府",
            "某政发〔2020〕2号 文件要求，现就做好保护工作通知如下。", "某某县人民政府", "2020年5月6日"]
    doc, = _documents(body, columns)
    assert doc.doc_number is None
    texts = "".join(b.text for part in doc.parts for b in part.blocks if hasattr(b, "text"))
    assert "某政发〔2020〕2号" in texts
