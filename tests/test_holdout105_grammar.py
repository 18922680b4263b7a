"""The document grammar on layouts of the hundred-and-fifth held-out set's
kind (issue #11): letters of greeting, congratulation, sympathy and thanks
(感谢信, 慰问信, 贺信, 一封信) of governments, their heads and their offices,
under a 称谓 where a 公文 has its 主送, run together with other letters whose
excerpts end mid-sentence, before any signature. Each case is invented text
laid out as extractors give it (one line a paragraph, or hard-wrapped at a
narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import CUT_SHORT, NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A letter whose excerpt ends mid-sentence, before its signature, as a newspaper's page may keep it.
CUT_LETTER = ["慰问信", "全市广大教师、教育工作者：",
              "值此教师节来临之际，中共某某市委、某某市人民政府向你们致以节日的祝福和诚挚的问候！",
              "希望广大教师始终牢记为党育人、为国育才的崇高使命，以赤诚之心投身某某教育事业，自觉践行四个"]
LETTER_BODY = ["值此新春佳节来临之际，我们向你们致以新春的祝福和诚挚的问候！过去的一年，全县经济社会发展取得了新成绩。",
               "衷心祝愿大家新春快乐、阖家幸福！"]


# ---------------------------------------------------------------- a letter's title framed by its 称谓

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title,salutation", [
    ("致全市广大教师和教育工作者的慰问信", "全市广大教师、教育工作者、离退休教职员工："),
    ("新春贺信", "各位父老乡亲、同志们、朋友们："),
    ("某某市人民政府感谢信", "尊敬的爱心企事业单位及爱心人士们："),
    ("慰问信", "奋战在全市疫情防控一线的同志们："),
])
def test_a_letter_under_its_salutation_opens_after_a_text_cut_short(title, salutation, columns):
    """A letter's 称谓 stands under its title where a 公文's 主送 stands (GB/T
    9704 7.3.2), addressing people, not organs ('全市广大教师、教育工作者：',
    '各位父老乡亲、同志们、朋友们：'): such a title over it opens a letter even
    under a text whose excerpt ends mid-sentence with no signature (a
    sentence runs on into a letter's name with words, never with a 称谓)."""
    docs = _documents(CUT_LETTER + [title, salutation] + LETTER_BODY, columns)
    assert [d.title for d in docs] == ["慰问信", title]
    assert docs[1].addressees == salutation.rstrip("：")
    assert docs[0].addressees == "全市广大教师、教育工作者"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_letter_under_a_notice_cut_mid_list_opens_its_own(columns):
    """The same under a 公文 whose excerpt ends inside an item, its last line a
    bracket's aside ('…县财政局负责)'): the letter and its 称谓 are a document."""
    docs = _documents(CUT_SHORT + ["致全县广大农民工朋友的一封信", "亲爱的农民工朋友们："] + LETTER_BODY, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "致全县广大农民工朋友的一封信"]
    assert docs[1].addressees == "亲爱的农民工朋友们"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_letter_under_a_list_of_donors_cut_short_is_titled_alone(columns):
    """A 感谢信 that lists its donors, its excerpt ending inside the list
    ('…某某有限公司、'): the next letter's title ('新春贺信') is the kind
    alone, the names above it a paragraph of the text above, however many
    lines the measure wraps them over (no letter's title runs past 50
    characters)."""
    donors = "、".join(f"某某{k}建设集团有限公司" for k in "一二三四五六七八九") + "、"
    docs = _documents(["某某市人民政府感谢信", "尊敬的爱心企事业单位及爱心人士们：",
                       "危难之时八方来援，社会各界纷纷捐赠防疫物资支援我市疫情防控工作。", donors, "新春贺信",
                       "各位父老乡亲、同志们、朋友们："] + LETTER_BODY, columns)
    assert [d.title for d in docs] == ["某某市人民政府感谢信", "新春贺信"]
    assert docs[1].addressees == "各位父老乡亲、同志们、朋友们"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_letter_reported_by_a_sentence_stays_its_text(columns):
    """Control: a report that names a letter on a line of its own
    ('…向全市教师发出' / '致全市广大教师和教育工作者的慰问信' / '信中指出：'):
    the line under the name leads into what the letter says, no 称谓; the
    name is the sentence's, the report one text."""
    report = ["某某市召开庆祝教师节大会", "9月8日，市委、市政府召开庆祝第39个教师节大会，向全市教师发出",
              "致全市广大教师和教育工作者的慰问信", "信中指出：",
              "希望全市广大教师坚定理想信念、陶冶道德情操，争做党和人民满意的好老师。"]
    docs = _documents(NOTICE + report, columns)
    assert [d.title for d in docs][1:] != ["致全市广大教师和教育工作者的慰问信"]
    assert "致全市广大教师和教育工作者的慰问信" not in [d.title for d in docs]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signed_letter_keeps_its_joint_organs_title(columns):
    """Control: a letter titled by the organs that write it over '致…的慰问信'
    on a second line, under a signed and dated text: the title is both lines
    (no shorter tail of it is taken)."""
    docs = _documents(NOTICE + ["中共某某省委 某某省人民政府", "致广大农民工朋友的慰问信", "广大农民工朋友："] + LETTER_BODY
                      + ["中共某某省委", "某某省人民政府", "2021年2月6日"], columns)
    assert [d.title for d in docs][1] in ("中共某某省委 某某省人民政府致广大农民工朋友的慰问信",
                                          "中共某某省委某某省人民政府致广大农民工朋友的慰问信")
    assert docs[1].addressees == "广大农民工朋友"


# ---------------------------------------------------------------- clause marks stored in ASCII

# The same letter as a site stores it, its clause marks in ASCII (',' and ':').
ASCII_LETTER = ["慰问信", "全市广大教师、教育工作者:",
                "值此教师节来临之际,中共某某市委、某某市人民政府向你们致以节日的祝福和诚挚的问候!",
                "希望广大教师始终牢记为党育人、为国育才的崇高使命,以赤诚之心、奉献之心、仁爱之心投身某某教育事业。"]
TAIL = "仁爱之心投身某某教育事业自觉践行四个为党育人为国育才的崇高使命"


def _ascii_tail(columns: int | None) -> str:
    """The excerpt's last paragraph, ending on no sentence's end and filling the measure on its last line, an ASCII
    comma in that line: the longest line of the file where it is not wrapped."""
    if columns is None:
        return "希望广大教师始终牢记为党育人、为国育才的崇高使命,以赤诚之心、奉献之心、仁爱之心投身某某教育事业,自觉践行四个"
    return TAIL[:4] + "," + TAIL[4:columns - 1]  # (columns - 0.5 wide: the ASCII comma takes half a column)


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_line_holding_an_ascii_comma_runs_on_as_a_sentence(columns):
    """A page that stores its clause marks in ASCII (',' for '，'): a line
    holding one is a sentence's as a line holding '，' is, and stops
    mid-sentence where it ends on no sentence's end, its last line filling
    the measure ('仁爱之心,投身某某教育事业自觉践行四个'); the letter's title under it, framed by its 称谓, is no line
    of that sentence."""
    docs = _documents(ASCII_LETTER + [_ascii_tail(columns), "致全市广大教师和教育工作者的慰问信", "全市广大教师、教育工作者、离退休教职员工:"]
                      + LETTER_BODY, columns)
    assert [d.title for d in docs] == ["慰问信", "致全市广大教师和教育工作者的慰问信"]
    assert docs[1].addressees == "全市广大教师、教育工作者、离退休教职员工"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_figure_with_a_thousands_comma_is_no_clause(columns):
    """Control: a figure's thousands separator ('1,200') is no clause mark: a
    table's caption or a heading holding one stops no sentence."""
    docs = _documents(NOTICE + ["某某县2023年度财政预算执行情况的报告", "县人大常委会:",
                                "全县一般公共预算收入完成1,200万元,同比增长5%。", "某某县人民政府", "2024年1月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县2023年度财政预算执行情况的报告"]


# ---------------------------------------------------------------- a letter's title run into its 称谓

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title,salutation", [
    ("致全市广大教师和教育工作者的慰问信", "全市广大教师、教育工作者、离退休教职员工："),
    ("新春贺信", "各位父老乡亲、同志们、朋友们："),
    ("某某市人民政府感谢信", "尊敬的爱心企事业单位及爱心人士们："),
])
def test_a_letter_run_into_its_salutation_is_parted_under_a_text_cut_short(title, salutation, columns):
    """An extractor that joins text boxes runs a letter's title into its 称谓
    ('新春贺信各位父老乡亲、同志们、朋友们：'). Under a text whose excerpt ends
    mid-sentence no title stands, yet a line that opens as a letter's title
    opens (致…, its place or organ, its kind: '新春贺信' too, a 贺信) and runs
    into a salutation closing on its colon is parted there: no sentence goes
    on into a letter's name and a 称谓."""
    docs = _documents(CUT_LETTER + [title + salutation] + LETTER_BODY, columns)
    assert [d.title for d in docs] == ["慰问信", title]
    assert docs[1].addressees == salutation.rstrip("：")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_long_salutation_run_in_is_parted(columns):
    """A 称谓 naming those it thanks at length, a comma inside it
    ('参加抗洪救灾的公安干警、消防官兵，交通、水利、供电等单位赴灾区救援人员：',
    37 characters), run into its title under a signed and dated text: the
    salutation runs to 40 characters, as the 主送 read under a letter's title
    does (metadata._addressed_to)."""
    salutation = "参加抗洪救灾的公安干警、消防官兵，交通、水利、供电等单位赴灾区救援人员："
    docs = _documents(NOTICE + ["慰问信" + salutation] + LETTER_BODY + ["某某市人民政府应急管理办公室", "二〇一〇年八月十二日"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], "慰问信"]
    assert docs[1].addressees == salutation.rstrip("：")
    assert docs[1].date == "2010-08-12"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_report_leading_into_a_letter_is_no_salutation(columns):
    """Control: a report's line that names the letter and leads into it
    ('贺信全文如下：', '感谢信指出：') under a sentence is no title run into a
    称谓: the report and the letter after it are one text."""
    report = ["某某市委、市政府祝贺某某大学建校七十周年", "10月10日，中共某某市委、某某市人民政府向我校发来校庆贺信。",
              "贺信全文如下：", "某某大学：", "欣逢贵校七十周年华诞，谨向贵校师生员工致以热烈的祝贺！"]
    docs = _documents(NOTICE + report, columns)
    assert "贺信" not in [d.title for d in docs]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_entry_ending_on_a_figure_runs_into_no_title(columns):
    """Control: a 大事记's last entry, its clause marks in ASCII and no full stop
    after its figure ('…实现旅游收入70.42亿元,同比增长3.73%'), is no sentence
    cut short: the 通知 titled under it opens a document."""
    chronicle = ["某某市大事记", "10月1日 全市累计接待游客1013.99万人次,同比增长4.67%,实现旅游收入70.42亿元,同比增长3.73%"]
    docs = _documents(chronicle + NOTICE, columns)
    assert NOTICE[0] in [d.title for d in docs]
