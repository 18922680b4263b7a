"""The document grammar on layouts of the fifty-second held-out set's kind
(issue #11): statistical communiqués a gazette reprints (国民经济和社会发展统计
公报, 人口普查公报, 农业普查公报), titled by the place and the year or the
census and the bulletin's number, their bureaus and the date under the title,
sections 一、综合 二、农业 …, note marks '[1]' and the notes under the text.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
CENSUS = ["根据第七次全国人口普查结果，现将2020年11月1日零时我县人口的基本情况公布如下：", "一、常住人口",
          "全县常住人口[2]为326154人。", "注释：", "[1]本公报数据均为初步汇总数据。"]


# ---------------------------------------------------------------- a note mark on the title

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某县第七次全国人口普查公报[1]（第一号）", "某某县第七次全国人口普查公报[1]",
                                   "2022年某某县国民经济和社会发展统计公报[1]"])
def test_a_note_mark_after_the_kind_word_ends_no_title(title, columns):
    """A 公报's notes (注释) are listed under its text, each called by a mark
    '[1]' after the word it explains, the title's too: no word of the title,
    so the kind word before it still ends the title (GB/T 9704 7.3.1), with
    the bulletin's number in the series after it."""
    docs = _documents(NOTICE + [title] + CENSUS, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]


# ---------------------------------------------------------------- the 副题, the bureaus and the date under the title

HEAD = ["某某市某某区第七次全国人口普查公报（第一号）", "——全区常住人口情况",
        "某某市某某区统计局 某某市某某区第七次全国人口普查领导小组办公室", "2021年6月3日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_bureaus_under_a_bulletins_subtitle_are_its_issuers(columns):
    """A 副题 under the title ('——全区常住人口情况') ends on its line: the
    bodies that publish the bulletin are printed under it, then the date
    (the head of a 公报, where GB/T 9704 signs at the text's end); they are
    its issuers and its date, not the 副题's words run on."""
    docs = _documents(NOTICE + HEAD + CENSUS, columns)
    assert [d.title for d in docs] == [NOTICE[0], HEAD[0]]
    assert docs[1].issuers == ["某某市某某区统计局", "某某市某某区第七次全国人口普查领导小组办公室"]
    assert docs[1].date == "2021-06-03"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("subtitled", [True, False])
def test_the_text_under_a_dated_byline_is_no_part(columns, subtitled):
    """The date under the title's bylines closes the head: the text under
    it is the bulletin's own, whatever its first line looks like at the
    measure ('根据《…》《…' cut at the wrap), no text the bulletin issues."""
    head = HEAD if subtitled else HEAD[:1] + HEAD[2:]
    opening = ["根据《中华人民共和国统计法》《全国人口普查条例》规定，我县进行了第七次全国人口普查。"]
    docs = _documents(NOTICE + head + opening + CENSUS, columns)
    assert [d.title for d in docs] == [NOTICE[0], HEAD[0]]
    assert [part.title for part in docs[1].parts] == [HEAD[0]]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("number", ["（第一号）", "[1]（第一号）"])
def test_a_bulletins_number_on_a_line_of_its_own_is_its_titles(number, columns):
    """A 公报 numbered in its series may have its number set under the kind
    word ('…普查公报' / '（第一号）'): the rest of its title, as on one line,
    not a 令's or 公告's number (those kinds are numbered so, a 公报 is not)."""
    title = "某某县第七次全国人口普查公报"
    docs = _documents(NOTICE + [title, number] + CENSUS, columns)
    assert [d.title for d in docs] == [NOTICE[0], title + number]
    assert docs[1].doc_number is None


def test_a_title_that_fills_the_measure_over_its_subtitle_opens_a_document():
    """A line that fills the measure runs on into the next, unless what
    follows frames it: a 副题 opening with a 破折号 and holding no sentence
    ('——全区常住人口情况') is no words a sentence runs on with, as a date
    or a 题注 under the title is none (here the title fills 22 columns)."""
    earlier = ["某某县第七次全国人口普查公报（第二号）"] + CENSUS
    docs = _documents(earlier + HEAD + CENSUS, 22)
    assert [d.title for d in docs] == [earlier[0], HEAD[0]]
    assert docs[1].issuers == ["某某市某某区统计局", "某某市某某区第七次全国人口普查领导小组办公室"]
    assert [d.title for d in _documents(HEAD + CENSUS, 22)] == [HEAD[0]]


# ---------------------------------------------------------------- a title that fills the measure, indented text under it

def _bulletin(title: str) -> Document:
    paragraphs = (title, "2019年，面对复杂严峻的国内外经济形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳，"
                         "发展质量稳步提升，人民生活持续改善，各项社会事业全面发展。", "一、综合",
                  "初步核算，全年全市地区生产总值617.50亿元，按可比价格计算，比上年增长5.2%。其中，第一产业增加值"
                  "37.11亿元，增长2.6%；第二产业增加值339.85亿元，增长4.5%；第三产业增加值240.54亿元，增长6.7%。")
    return Document(title, paragraphs, title, None, None, "统计公报")


def test_a_title_that_fills_the_measure_over_an_indented_paragraph_opens_a_document():
    """A line that fills the measure runs on into the next, unless the next
    is indented as a paragraph's first line (GB/T 9704 7.3.3: 左空二字): the
    paragraph above ended there, and one that ends on a kind word with no
    stop is a title (here '某某某市2019年…统计公报' fills 20 columns, flush left
    as a title is set, over its text's first line)."""
    titles = ["某某县2019年国民经济和社会发展统计公报", "某某某市2019年国民经济和社会发展统计公报"]
    layout = indented([_bulletin(title) for title in titles], columns=20)
    assert titles[1] in layout.text.splitlines()
    converted = convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in converted] == titles


def test_a_bulletins_numbered_title_that_fills_the_measure_opens_a_document():
    """A title closed by its number in the series ('…公报（第二号）', as a
    公告's '（第7号）') is a whole title: a sentence citing it runs on before
    it, never after, so under a line that ends a sentence it opens a
    document though it fills the measure (22 columns here) over a full line."""
    earlier = ["某某县第七次全国人口普查公报（第一号）"] + CENSUS
    title = "某某市某某区第七次全国人口普查公报（第二号）"
    opening = "根据第七次全国人口普查结果，现将2020年11月1日零时全区人口的性别构成、年龄构成和受教育程度情况公布如下："
    docs = _documents(earlier + [title, opening] + CENSUS[1:], 22)
    assert [d.title for d in docs] == [earlier[0], title]


# ---------------------------------------------------------------- the outline starts again under a title

FIRST = ["某甲县2021年国民经济和社会发展统计公报", "2021年，全县经济稳中向好，“十四五”开局良好。", "一、综合",
         "全年全县生产总值162.78亿元，比上年增长5.7%。", "二、农业",
         "全年粮食播种面积143.57万亩，同比增长0.06%产量21.39万吨，同比增长4.03%烤烟产量0.52万吨，同比增长3.7%"]
SECOND = ["某乙县2021年国民经济和社会发展统计公报",
          "2021年，全县上下统筹疫情防控和经济社会发展，圆满完成了年初工作目标任务，实现了“十四五”良好开局。",
          "一、综合", "初步核算，全年实现地区生产总值134.87亿元，比上年增长9.0%。"]


@pytest.mark.parametrize("columns", [None, 18, 21, 22, 26])
def test_a_title_over_a_text_whose_outline_starts_again_opens_a_document(columns):
    """Numbering grammar: a text's outline counts on, never back. A page
    that lost its stops ends a text mid-sentence ('…同比增长3.7%'); a title
    under it whose text, before any frame's end, opens at 一、 under the
    二、 above begins a text of its own, whether the line above stops short
    or fills the measure, and whether the title does: no sentence runs on
    into a title and on to a new 一、."""
    docs = _documents(FIRST + SECOND, columns)
    assert [d.title for d in docs] == [FIRST[0], SECOND[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_inside_a_sentence_whose_outline_counts_on_stays_text(columns):
    """A line ending in a kind word inside a sentence of a numbered text
    ('…要落实' / '某某县春季植树造林实施方案' / '的各项要求。'), under which the
    outline counts on (三、), is no title: the text goes on."""
    text = FIRST[:5] + ["各乡镇要认真落实", "某某县春季植树造林实施方案", "的各项要求，确保按期完成造林任务。", "三、工业",
                        "全年规模以上工业增加值比上年增长5.3%。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [FIRST[0]]


def test_a_line_of_the_new_texts_opening_is_no_second_title():
    """The new 一、 belongs to the text whose title stands nearest above it:
    a line of that text's opening paragraph that fills the measure and
    ends in a kind word ('…和县政府工作报告' at 20 columns, indented) is inside
    it, no title of its own."""
    opening = ("2021年在县委、县政府的坚强领导下，以党的十九大、十九届六中全会精神为指引，深入学习贯彻习近平新时代中国特色"
               "社会主义思想，深入贯彻落实中央、省委、市委经济工作会议以及县委经济工作会议和县政府工作报告精神，紧紧围绕"
               "县委、县政府部署，圆满完成了年初工作目标任务。")
    first = Document(FIRST[0], tuple(FIRST), FIRST[0], None, None, "统计公报")
    second = Document(SECOND[0], (SECOND[0], opening) + tuple(SECOND[2:]), SECOND[0], None, None, "统计公报")
    layout = indented([first, second], columns=20)
    assert "会议以及县委经济工作会议和县政府工作报告" in layout.text.splitlines()
    converted = convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in converted] == [FIRST[0], SECOND[0]]


def test_an_organs_ending_wrapped_alone_is_the_rest_of_its_name():
    """GB/T 9704 7.3.5: each 署名 stands on a line of its own, and a name the
    measure cuts goes on to its next line. Where the wrap leaves the ending
    alone ('…普查领导小组' / '办公室', 29 columns here), the line above ends as
    a name ends too, yet an ending with no name before it is no organ: it is
    the rest of the name above, not a third issuer line."""
    for head in (HEAD, HEAD[:1] + HEAD[2:]):
        docs = _documents(NOTICE + head + CENSUS, 29)
        assert docs[1].issuers == ["某某市某某区统计局", "某某市某某区第七次全国人口普查领导小组办公室"]


def test_an_occasion_begun_on_the_subtitles_line_runs_on():
    """Only a 副题 that names no occasion ends on its line: a report's
    occasion, its date and '在…' begun after the dash and wrapped by the page
    ('——2021年2月2日在某某市第十五届' / '人民代表大会第七次会议上'), is one 题注,
    which dates the report."""
    report = ["政府工作报告", "——2021年2月2日在某某市第十五届", "人民代表大会第七次会议上", "某某市市长张某某", "各位代表:",
              "现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协委员和其他列席人员提出意见。", "过去五年的工作回顾",
              "过去五年，是我市发展史上很不平凡的五年。市政府坚持稳中求进工作总基调，有力促进经济社会平稳健康发展。"]
    docs = _documents(report, None)
    assert [d.title for d in docs] == ["政府工作报告"]
    assert docs[0].date == "2021-02-02"
