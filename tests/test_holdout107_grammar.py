"""The document grammar on layouts of the hundred-and-seventh held-out set's
kind (issue #11): election and change-of-term documents of county, district
and city people's congresses, their standing committees and election
committees (选举委员会公告 numbered '某选字第1号', 公告 of by-elections, 代表资格
审查报告, 决定 on the election dates), as sites and mirrors store them. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Paragraph
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _text(doc) -> str:
    return "".join(b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph))


# ---------------------------------------------------------------- a number with no year: '某选字第1号'

ELECTION_NOTICE = ["某某市某某区选举委员会公告", "某选字第1号",
                   "根据选举法和省选举实施细则的规定，经研究决定：2021年12月15日为我区区镇两级人大代表的选举日。",
                   "我区的选民集中登记工作从10月11日起，10月31日截止。", "特此公告。", "某某市某某区选举委员会", "2021年10月11日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某选字第1号", "某選字第12號", "某区选字 第 3 号"])
def test_a_number_with_no_year_under_an_election_notice_is_its_number(number, columns):
    """A 发文字号 with no year, its 代字 closed by 字 and the serial after 第
    (the form numbers took before GB/T 9704 set the year in brackets, which an
    election committee keeps for its 公告 of a 届), on a line of its own under
    the title, is the document's number as printed, not a line of its body."""
    paragraphs = ELECTION_NOTICE[:1] + [number] + ELECTION_NOTICE[2:]
    docs = _documents(NOTICE + paragraphs, columns)
    assert [d.title for d in docs] == [NOTICE[0], ELECTION_NOTICE[0]]
    assert docs[1].doc_number == number.replace(" ", "")
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区选举委员会"], "2021-10-11")


def test_a_line_citing_such_a_number_by_its_verb_is_no_number():
    """Control: a sentence an extractor broke after the number it cites
    ('根据某选字第1号' / '公告的要求，…') opens with its verb: the line is the
    body's, and the notice keeps no number."""
    docs = _documents(NOTICE + ["某某镇选举委员会关于做好选民登记工作的通知", "各选区领导小组：", "根据某选字第1号",
                                "公告的要求，各选区于10月21日前完成选民登记。", "某某镇选举委员会", "2021年10月12日"], None)
    assert [d.title for d in docs] == [NOTICE[0], "某某镇选举委员会关于做好选民登记工作的通知"]
    assert docs[1].doc_number is None and docs[1].addressees == "各选区领导小组"


# ---------------------------------------------------------------- the exporter's '?' for spaces opening a line

LOST_SPACES = ["某某市某某区选举委员会公告", "?某选字第2号",
               "??? 根据选举法和省选举实施细则的规定，经研究决定：2021年12月15日为我区区镇两级人大代表的选举日。",
               "??? 为了做好选民登记工作，凡属于我区户口的本地选民，应于选民登记截止时间前到本选区的选民登记站进行登记。",
               "特此公告。", "某某市某某区选举委员会", "? ? ? ? ???????????2021年10月11日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_lost_space_opening_the_number_line_is_no_character_of_it(columns):
    """A page saved in a code page without U+3000 or U+00A0 writes '?' for
    each: where its paragraphs open with '??? ' (their lost indent), a single
    '?' opening the number's line, and the run of '? ???' pushing the date to
    the right, are the same lost spaces: the number under the title is read
    whole, and the date is the signature's."""
    docs = _documents(NOTICE + LOST_SPACES, columns)
    assert [d.title for d in docs] == [NOTICE[0], LOST_SPACES[0]]
    assert docs[1].doc_number == "某选字第2号"
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区选举委员会"], "2021-10-11")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_question_mark_after_words_stays(columns):
    """Control: where the indents came out as '??? ', a question's mark after
    its words ('在哪里登记?') is the text's and stays."""
    paragraphs = LOST_SPACES[:3] + ["??? 选民可以询问:我在哪里登记?请到本选区的选民登记站登记。"] + LOST_SPACES[4:]
    docs = _documents(NOTICE + paragraphs, columns)
    assert [d.title for d in docs] == [NOTICE[0], LOST_SPACES[0]]
    assert "在哪里登记？" in _text(docs[1]).replace(" ", "").replace("\n", "")


# ---------------------------------------------------------------- an organ's name longer than the measure

LONG_ORGAN = "某某自治州某某市第二届人民代表大会常务委员会代表资格审查委员会"
REPORT = [LONG_ORGAN, "关于某某市第三届人民代表大会代表资格的审查报告", "(2021年12月27日某某市第二届人民代表大会常务委员会第34次会议通过)",
          "根据选举法的规定，某某市第三届人民代表大会代表名额为343人。审查认为，当选的代表的代表资格有效。"]
UNSIGNED = ["某某县人大常委会关于某某县第十九届人民代表大会代表资格的审查报告",
            "县十八届人大常委会代表资格审查委员会认为：当选的211名代表符合法律规定的代表基本条件，代表资格有效。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("above", ["signed", "unsigned"])
def test_an_organ_wrapped_over_its_about_line_heads_the_title_whole(above, columns):
    """GB/T 9704 7.3.1: the 发文机关 alone over the 关于 line, its name longer
    than the measure ('…常务委员会代' / '表资格审查委员会' / '关于…'): the full
    line that begins as organ names begin, under the text above's last
    sentence or date, is the title's first line, not the text above's last."""
    docs = _documents((NOTICE if above == "signed" else UNSIGNED) + REPORT, columns)
    assert [d.title for d in docs][1:] == [LONG_ORGAN + REPORT[1]]
    assert docs[1].issuers == [LONG_ORGAN] and docs[1].date == "2021-12-27"
    assert "某某自治州" not in "".join(b.text for part in docs[0].parts for b in part.blocks if isinstance(b, Paragraph))


JOINT = ["某某市人民代表大会常务委员会办公室", "某某市人民政府办公室", "关于做好换届选举期间信访工作的通知",
         "各县（市、区）人大常委会办公室、人民政府办公室：", "现将有关事项通知如下：请各地做好信访工作。",
         "某某市人民代表大会常务委员会办公室", "某某市人民政府办公室", "2021年9月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_joint_organs_one_a_line_over_the_title_stay_two(columns):
    """Control: two organs one a line over the 关于 line (GB/T 9704 7.3.1,
    a joint title), the first filling the measure at 18 columns: each name
    is whole on its line, so the title's issuers are the two, not one name
    the wrap cut."""
    docs = _documents(NOTICE + JOINT, columns)
    assert [d.title for d in docs][1:] == [JOINT[0] + JOINT[1] + JOINT[2]]
    assert docs[1].issuers == JOINT[:2] and docs[1].date == "2021-09-01"


# ---------------------------------------------------------------- an organ wrapped over its title, under the 目录

@pytest.mark.parametrize("columns", [22, 23, 24])
def test_an_organ_wrapped_over_the_title_right_under_the_contents_opens_the_first_document(columns):
    """GB/T 9704 7.3.1: the 发文机关 alone over '关于…', its name longer than
    the measure ('…常务委员会代表资格审查委' / '员会'): right under the 目录's
    last entry (a line of the 目录, whose text ended there) it is the first
    document's organ, not a line going on from the entry, and the title is
    read whole."""
    from builder.convert import convert
    from tests.devset.layout import laid_out
    contents = ["某某市人民政府公报", "2021年第2号", "目　　录", "某某市第二届人民代表大会常务委员会代表资格审查委员会文件",
                "某某市第二届人民代表大会常务委员会代表资格审查委员会关于某某市第三届人民代表大会代表资格的审查报告……1",
                "某某县人大常委会文件", "某某县人大常委会关于县乡两级人民代表大会换届选举时间的决定……2"]
    body = ["某某市第二届人民代表大会常务委员会代表资格审查委员会", "关于某某市第三届人民代表大会代表资格的审查报告",
            "（2011年12月27日某某市第二届人民代表大会常务委员会第34次会议通过）",
            "根据选举法的规定，某某市第三届人民代表大会代表名额为343人。审查认为，各选举单位选举的代表符合法律规定。",
            "某某县人大常委会关于县乡两级人民代表大会换届选举时间的决定",
            "某某县人民代表大会常务委员会决定：县乡两级人民代表大会换届选举于2021年11月举行。",
            "某某县人大常委会", "2021年6月24日"]
    text = "\n".join(contents + laid_out(body, columns))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [
        "某某市第二届人民代表大会常务委员会代表资格审查委员会关于某某市第三届人民代表大会代表资格的审查报告",
        "某某县人大常委会关于县乡两级人民代表大会换届选举时间的决定"]


# Sweep at seed 12 (2026-12-06): 新田's 决定 in traditional characters, its enacting formula alone on the line under
# its 题注.
@pytest.mark.parametrize("formula", ["某某縣第十七屆人大常委會第三十六次會議決定:", "某某县第十七届人大常委会第三十六次会议决定:",
                                     "現將有關事項通知如下:"])
def test_a_decisions_enacting_formula_is_no_addressee_in_either_script(formula):
    """'…第三十六次會議決定：' opens a 决定's body: a sentence's lead announcing
    what follows (决定, 如下, 现将), no organ's name (a 主送 names organs, GB/T
    9704 7.3.2), in traditional characters as in simplified ones."""
    lines = ["某某縣人大常委會", "關于縣鄉兩級人民代表大會換屆選舉時間的決定", "(2021年6月24日某某縣第十七屆人大常委會第三十六次會議通過)",
             formula, "確定縣鄉兩級人民代表大會代表選舉日為2021年8月23日。"]
    doc, = _documents(lines, None)
    assert doc.addressees is None


def test_organs_told_of_a_decision_are_still_the_addressees():
    """Control: a 主送 of organs under a 决定's title is its 主送, in either script."""
    lines = ["某某縣人民政府關于表彰2021年度先進單位的決定", "各鄉鎮人民政府:", "經研究，決定對以下單位予以表彰。"]
    doc, = _documents(lines, None)
    assert doc.addressees == "各鄉鎮人民政府"
