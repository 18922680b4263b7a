"""The document grammar on layouts of the hundred-and-forty-ninth held-out
set's kind (issue #11): short texts of unusual 文种 that government sites print
(禁火令, 布告, 声明), each a whole short document or an excerpt. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 26]

# A notice signed and dated, the document the cases run their text under.
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


# ---------------------------------------------------------------- a 声明 is a document of its own

STATEMENT = ["关于不法分子冒用某某市人民政府名义发布虚假文件的声明",
             "近日，有不法分子伪造某某市人民政府文件，以征订图书名义向有关单位收取费用。",
             "对此，我市严正声明：某某市人民政府从未印发上述文件，请有关单位提高警惕，谨防上当。",
             "特此声明。", "某某市人民政府办公室", "2023年5月6日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_statement_titled_by_its_matter_is_a_document_of_its_own(columns):
    """A 声明 an organ issues on its own ('关于…的声明'), signed and dated as a
    公告 is, opens a document under the one above, and its signature is its
    issuer's; the closing formula '特此声明。' ends its text."""
    docs = _documents(NOTICE + STATEMENT, columns)
    assert [d.title for d in docs] == [NOTICE[0], STATEMENT[0]]
    assert docs[1].issuers == ["某某市人民政府办公室"] and docs[1].date == "2023-05-06"


@pytest.mark.parametrize("columns", [None])
def test_a_statement_titled_by_its_manner_alone_is_a_document_of_its_own(columns):
    """'严正声明' alone over the text (its manner and its 文种, no organ, no
    matter) is the 声明's title, letter-spaced as sites print it."""
    docs = _documents(NOTICE + ["严 正 声 明"] + STATEMENT[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], "严正声明"]
    assert docs[1].date == "2023-05-06"


@pytest.mark.parametrize("columns", [None])
def test_a_site_s_disclaimer_link_is_no_statement(columns):
    """Control: a site's '免责声明' or '版权声明' link under a document states no
    organ's position: no title, no document."""
    docs = _documents(NOTICE + ["免责声明"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- the body's 开头 is no 主送

ORDER = ["某某县人民政府森林防火禁火令", "第3号",
         "为有效预防森林火灾，保护森林资源安全，根据《森林防火条例》等法律法规规定，经县人民政府同意，特发布本命令：",
         "一、禁火区域", "全县所有林地及距离林地边缘50米范围内的区域。"]


@pytest.mark.parametrize("columns", [None])
def test_a_lead_opening_on_its_purpose_is_no_addressee(columns):
    """The first line under a title and its number that ends in a colon is
    the 主送 only when it names organs; the body's 开头, opening on its
    purpose or basis ('为…，', '根据…，') and naming a government on its way
    to the colon that hands on the body, addresses no one."""
    docs = _documents(NOTICE + ORDER, columns)
    assert [d.title for d in docs] == [NOTICE[0], ORDER[0]]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", [None])
def test_an_addressee_under_the_number_stays_one(columns):
    """Control: organ names ending in the colon under the title and its number
    are the 主送."""
    docs = _documents(NOTICE + ORDER[:2] + ["各乡镇人民政府，县直各单位："] + ORDER[2:], columns)
    assert docs[1].addressees is not None and "各乡镇人民政府" in docs[1].addressees


# ---------------------------------------------------------------- the older 发文字号 with a two-digit year

POSTED = ["某某县革命委员会布告", "革发(78)112号", "1978年9月1日",
          "为了维护社会秩序，保障生产建设的顺利进行，特布告如下：",
          "一、不准哄抢国家和集体物资。", "二、不准乱砍乱伐树木。"]


@pytest.mark.parametrize("columns", [None])
def test_a_number_with_a_two_digit_year_after_its_code_is_the_frame_s(columns):
    """Before GB/T 9704-1999 set the year in four digits an organ printed it in
    two after the 代字 ('革发(78)112号'): on its own line under the title it is
    the document's 发文字号; and a 布告 titled by its organ and its kind
    alone, unsigned, is that organ's."""
    docs = _documents(NOTICE + POSTED, columns)
    assert [d.title for d in docs] == [NOTICE[0], POSTED[0]]
    assert docs[1].doc_number == "革发(78)112号" and docs[1].issuers == ["某某县革命委员会"]


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_citing_a_bracketed_count_has_no_number(columns):
    """Control: '(78)' in a sentence is no 发文字号; a line of the body stays the body's."""
    docs = _documents(NOTICE + POSTED[:1] + POSTED[2:] + ["三、按照县革委会文件(78)112号执行。"], columns)
    assert docs[1].doc_number is None


# ---------------------------------------------------------------- a 令 named by its measure, its number on its line

FIRE_ORDER = ["森林防火禁火令〔2022〕第3号",
              "为有效预防森林火灾，保护森林资源，结合我县实际，特颁布本禁火令。",
              "一、禁火期", "自2022年10月1日起至2023年4月30日止。",
              "二、禁火范围", "全县所有林地及距离林地边缘100米范围内的森林防火区。"]


@pytest.mark.parametrize("columns", [None])
def test_a_measure_order_s_number_on_its_title_line_is_its_own(columns):
    """A 令 named by the measure it orders ('森林防火禁火令', no organ's 标志)
    that a page prints with its number, the year in brackets, after the title
    on its line: the title is the measure's name, the number the document's."""
    docs = _documents(NOTICE + FIRE_ORDER, columns)
    assert [d.title for d in docs] == [NOTICE[0], "森林防火禁火令"]
    assert docs[1].doc_number == "〔2022〕第3号"


@pytest.mark.parametrize("columns", [None])
def test_a_notice_numbered_on_its_title_line_keeps_its_number_whole(columns):
    """Control: a 公告 titled by its organ and numbered on the same line
    ('某某市人民政府公告〔2022〕第3号') keeps the number with its name, as it is cited."""
    docs = _documents(NOTICE + ["某某市人民政府公告〔2022〕第3号"] + FIRE_ORDER[1:], columns)
    assert (docs[1].title, docs[1].doc_number) == ("某某市人民政府公告〔2022〕第3号",) * 2


# ---------------------------------------------------------------- a short 令 run into one line

RUN_IN_ORDER = ("某某县人民政府森林防火禁火令 (2024年第3号) 近期我县天气持续干燥，森林火险等级高，为有效预防森林火灾，"
                "县政府决定：从2024年2月1日至2月7日在全县范围内严禁一切野外用火。违令者依法追究责任。 "
                "某某县人民政府 2024年1月31日")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_short_order_run_into_one_line_is_set_out_again(columns):
    """GB/T 9704 10.2 sets a 令's serial under its title and the body under
    both; a page that runs a short 令 into one line (title, its serial in
    brackets, the body, the signature and the date parted by spaces) is read
    as printed: the title, the number, the signature and the date."""
    docs = _documents(NOTICE + [RUN_IN_ORDER], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府森林防火禁火令"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("2024年第3号", ["某某县人民政府"], "2024-01-31")


@pytest.mark.parametrize("columns", [None])
def test_an_order_s_serial_on_its_title_line_over_the_body_is_its_own(columns):
    """The same 令 in a column whose measure ends at the serial: the title and
    its bracketed serial on one line, the body from the next: the serial is
    the 令's number, no part of its title."""
    head, _, rest = RUN_IN_ORDER.partition(") ")
    docs = _documents(NOTICE + [head + ")", rest], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县人民政府森林防火禁火令"]
    assert docs[1].doc_number == "2024年第3号"


@pytest.mark.parametrize("columns", [None])
def test_a_notice_keeps_its_bracketed_serial_in_its_title(columns):
    """Control: a 公告 titled with its serial in brackets ('…公告（第7号）') keeps
    it in its title, as it is cited, though its body follows on the next line."""
    docs = _documents(NOTICE + ["某某县人民政府公告（第7号）", "为加强森林防火工作，现将有关事项公告如下：",
                                "一、全县林地为禁火区域。", "某某县人民政府", "2024年1月5日"], columns)
    assert docs[1].title == "某某县人民政府公告（第7号）"


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_citing_an_order_and_its_serial_stays_whole(columns):
    """Control: a body line that opens on a sentence citing a 令 by its name
    and serial ('…禁火令(2024年第3号)要求，…') is no title: nothing is split off."""
    line = "根据县政府禁火令(2024年第3号)要求，各乡镇要加强巡查。"
    docs = _documents(NOTICE[:-2] + [line] + NOTICE[-2:], columns)
    assert [d.title for d in docs] == [NOTICE[0]] and docs[0].doc_number is None


# ---------------------------------------------------------------- a ministry's 司 and a body's press sign

JOINT_STATEMENT = ["郑重声明",
                   "近日，有不法分子冒用某某部规划司和某某杂志社名义，向有关企业征订所谓年鉴，骗取费用。现郑重声明：",
                   "一、某某杂志社从未编辑出版上述年鉴。", "二、某某部规划司从未委托任何单位或个人开展上述活动。",
                   "特此声明。", "某某部规划司", "某某杂志社", "2022年8月1日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_ministry_s_department_and_its_press_sign_a_statement(columns):
    """A State Council ministry's 司 (its internal department) and the press a
    body runs (杂志社, 报社, 出版社, 通讯社) sign by their names, each on a line
    over the date: both are the statement's issuers."""
    docs = _documents(NOTICE + JOINT_STATEMENT, columns)
    assert [d.title for d in docs] == [NOTICE[0], "郑重声明"]
    assert docs[1].issuers == ["某某部规划司", "某某杂志社"] and docs[1].date == "2022-08-01"


@pytest.mark.parametrize("columns", [None])
def test_joint_signers_run_together_still_part_at_each_ending(columns):
    """Control: two organs' names run together on the signature line still
    part after each organ's ending, a 司 inside a name parting nothing."""
    docs = _documents(NOTICE[:-2] + ["某某市发展和改革委员会某某市财政局", "2021年3月1日"], columns)
    assert docs[0].issuers[:2] == ["某某市发展和改革委员会", "某某市财政局"]


@pytest.mark.parametrize("columns", [None])
def test_a_two_digit_year_number_in_a_gazette_s_bracketed_frame_is_the_frame_s(columns):
    """A gazette prints the date and the 发文字号 in brackets under the title
    ('（1978年9月1日　革发(78)112号）'): the number with its two-digit year is
    read there too."""
    docs = _documents(NOTICE + POSTED[:1] + ["（1978年9月1日　革发(78)112号）"] + POSTED[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0], POSTED[0]]
    assert (docs[1].doc_number, docs[1].date) == ("革发(78)112号", "1978-09-01")


# ---------------------------------------------------------------- a 令's serial in brackets under its 目录 entry

def _issue_with_contents(serial: str) -> list[str]:
    return ["某某市人民政府公报", "2024年第2期", "目　　录", "某某县人民政府令", "某某县人民政府森林防火禁火令",
            f"{serial}…………1", "某某县人民政府文件", NOTICE[0] + "………2",
            "某某县人民政府森林防火禁火令", serial,
            "为有效预防森林火灾，保护森林资源，特发布本命令：", "一、全县林地为禁火区域。", "二、违者依法处理。",
            "某某县人民政府", "2024年1月5日"] + NOTICE


@pytest.mark.parametrize("serial", ["（第3号）", "（2024年第3号）", "（〔2024〕第3号）"])
def test_a_contents_entry_s_order_serial_in_brackets_is_no_title_of_its_own(serial):
    """A 目录 prints a 令's serial in brackets after its title, on the entry's
    last line with the page ('某某县人民政府森林防火禁火令' / '（第3号）……1'), as
    it prints a 发文字号: the entry is the title alone, no serial in it, no
    entry of the serial's own."""
    gazette = _convert_lines(_issue_with_contents(serial))
    assert [e.title for e in gazette.toc] == ["某某县人民政府森林防火禁火令", NOTICE[0]]
    assert [d.title for d in gazette.documents] == ["某某县人民政府森林防火禁火令", NOTICE[0]]


def test_a_contents_entry_s_bracketed_words_stay_its_title_s():
    """Control: a title that closes on words in brackets ('…办法（试行）') keeps them in its entry."""
    lines = _issue_with_contents("（第3号）")
    lines[4:6] = ["某某县人民政府关于印发某某县森林防火", "办法（试行）的通知…………1"]
    gazette = _convert_lines(lines)
    assert gazette.toc[0].title == "某某县人民政府关于印发某某县森林防火办法（试行）的通知"


def _convert_lines(lines: list[str]):
    from builder.convert import convert
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
