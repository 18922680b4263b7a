"""The document grammar on layouts of the seventeenth held-out set's kind
(issue #11): statistics bulletins, chronicles, old regulations and wrapped
frames. Each case is invented text laid out as extractors give it (one line
a paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path; a case that needs a break at one place gives its lines as printed.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


def _printed(lines: list[str]):
    """Lines as an extractor printed them, each break where the page put it."""
    return convert(("\n".join(lines) + "\n").encode("utf-8"), "x/x.txt", "x").documents


def _kinds(doc) -> list[str]:
    return [p.kind for p in doc.provisions]


# ---------------------------------------------------------------- numbering: an article opening with 中

REGULATION = ["某委员会工作条例", "1950年3月1日某委员会第一次会议通过",
              "第一条 中国某委员会常务委员会的职权如下：", "一、执行某委员会全体会议和常务委员会的各项决议；",
              "二、根据某委员会组织法第十三条所规定的全国委员会的职权，进行日常工作。",
              "第二条 中华人民共和国公民经常务委员会同意，可以列席常务委员会的会议，并可以书面提出意见和建议。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_article_whose_text_begins_with_zhong_is_an_article(columns):
    """立法技术规范: '第三条中的…' cites an article in an amendment, but an
    article's own text may begin with 中 ('第一条 中国…', '第一条 中华人民共和国…'):
    only 中 followed by 的, a quote or a comma is a citation's."""
    docs = _documents(REGULATION, columns)
    assert [d.title for d in docs] == ["某委员会工作条例"]
    assert _kinds(docs[0]).count("tiao") == 2 and _kinds(docs[0]).count("cn") == 2
    assert docs[0].date == "1950-03-01"


def test_an_amendment_citing_an_article_with_zhong_stays_one_sentence():
    docs = _documents(["某市人民代表大会常务委员会关于修改《某市条例》的决定",
                       "某市人民代表大会常务委员会决定对《某市条例》作如下修改：",
                       "一、第三条中的“市人民政府”修改为“市政府”。", "二、第五条中“三十日”修改为“十五日”。"], None)
    assert "tiao" not in _kinds(docs[0]) and _kinds(docs[0]).count("cn") == 2


# ---------------------------------------------------------------- a 法规's title over its 题注

CUT_SHORT = ["某市二〇一九年十月份记事", "7　国庆黄金周全市累计接待游客1013.99万人次，同比增长4.67%，实现旅游收入70.42亿元，同比增长3.73%"]


@pytest.mark.parametrize("columns", WIDTHS + [20])
def test_a_regulations_title_over_its_adoption_note_opens_a_document(columns):
    """立法技术规范: a 法规's title with its 题注 (the date it was adopted) under
    it is a frame no sentence runs into: it opens a document after a text
    whose excerpt stopped mid-sentence, and though the title fills the line."""
    docs = _documents(CUT_SHORT + REGULATION, columns)
    assert [d.title for d in docs] == ["某市二〇一九年十月份记事", "某委员会工作条例"]
    assert _kinds(docs[1]).count("tiao") == 2


# ---------------------------------------------------------------- a 统计公报's frame

BULLETIN = ["2022年某自治区国民经济和社会发展 统计公报", "某自治区统计局  国家统计局某调查总队", "2023年4月",
            "2022年，面对疫情对我区经济社会发展带来的冲击，全区上下坚持稳中求进工作总基调，经济运行总体平稳。", "一、综合",
            "初步核算，全年地区生产总值2132.64亿元，按可比价计算，比上年增长1.1%。其中，第一产业增加值180.16亿元，增长6.2%。",
            "1  2015-2022年全区生产总值及其增长速度", "表1  2022年居民消费价格比上年涨跌幅度", "单位：%"]
SECOND = ["2023年某自治區國民經濟和社會發展統計公報", "2024年5月",
          "2023年是全面貫徹黨的二十大精神的開局之年，全區經濟持續回升向好，供給需求穩步改善，物價總體穩定。", "一、綜合",
          "初步核算，全年地區生產總值2392.67億元，按可比價計算，比上年增長9.5%。其中，第一產業增加值215.01億元，增長14.9%。"]


@pytest.mark.parametrize("columns", WIDTHS + [21, 22])
def test_a_statistics_bulletin_is_signed_by_its_compilers_over_its_month(columns):
    """A 统计公报 prints its compilers on a line under the title and the year
    and month under them ('2023年4月'): the compilers are its issuers (one
    name a line when the measure wraps them), the month line stands alone and
    is no 成文日期 (it has no day), and a figure's caption ('1  2015-…') is no
    provision."""
    docs = _documents(BULLETIN, columns)
    assert [d.title for d in docs] == ["2022年某自治区国民经济和社会发展统计公报"]
    assert docs[0].issuers == ["某自治区统计局", "国家统计局某调查总队"]
    assert docs[0].date is None
    assert _kinds(docs[0]) == ["cn"]
    assert "2023年4月" not in " ".join(p.text for p in docs[0].provisions)


@pytest.mark.parametrize("columns", WIDTHS + [21, 22])
def test_a_bulletin_with_its_month_under_its_title_opens_a_document(columns):
    """A title ending in a 公文's 文种 (公报) with its date right under it opens
    a document, whatever line stands above (here a table's unit, its rows
    cut off by the excerpt)."""
    docs = _documents(BULLETIN + SECOND, columns)
    assert [d.title for d in docs] == ["2022年某自治区国民经济和社会发展统计公报",
                                       "2023年某自治區國民經濟和社會發展統計公報"]
    assert (docs[1].issuers, docs[1].date) == ([], None)


# ---------------------------------------------------------------- a 主送 wrapped before its last names

def test_a_main_addressee_wrapped_before_its_last_names_is_one_paragraph():
    """GB/T 9704 7.3.2: the 主送机关 may wrap anywhere, the colon after its
    last name: a line ending on a whole organ's name ('…，自治区政府') over
    the rest of the list ('各部门、直属机构：') is one 主送."""
    docs = _printed(["某自治区人民政府办公厅关于印发", "《某自治区人民政府公文格式规定》的通知",
                     "（某政办发〔2001〕99号 2001年5月29日）", "某行署，各市、县（区）人民政府，自治区政府",
                     "各部门、直属机构：", "现将《某自治区人民政府公文格式规定》印发给你们。"])
    assert docs[0].addressees == "某行署，各市、县（区）人民政府，自治区政府各部门、直属机构"
    assert (docs[0].doc_number, docs[0].date) == ("某政办发〔2001〕99号", "2001-05-29")


# ---------------------------------------------------------------- a bracket closed on the next line

def test_a_figure_closing_the_bracket_above_is_no_item():
    """'100)' is an item's label only at the head of a paragraph: under a line
    that left a bracket open ('…(上年同期='), it closes that bracket."""
    docs = _printed(["2023年某自治區國民經濟和社會發展統計公報", "2024年5月", "全年居民消費價格比上年下降0.1%。",
                     "表1 2023年居民消費價格指數(上年同期=", "100)"])
    assert "ar_half" not in _kinds(docs[0])
    assert any("上年同期=100" in p.text for part in docs[0].parts for p in part.blocks if hasattr(p, "text"))


# ---------------------------------------------------------------- chronicles (tests/spec/chronicle.md)

CHRONICLE = ["某市二〇一九年十月份记事", "1　全市举行庆祝中华人民共和国成立70周年升国旗仪式，共庆中华人民共和国70华诞。",
             "同日　《某市生活垃圾分类管理条例》正式施行。", "3　市委书记王某看望慰问基层公安民警和消防救援人员。",
             "10　全市召开秋季防火工作会议，10个县区负责人参加。", "3位市领导出席会议并讲话。"]
EVENTS = ["市政府工作要事记", "（2024年5月）", "1日，市长张某主持召开市政府常务会议，研究部署防汛工作。",
          "△　副市长李某调研全市重点项目建设，市有关部门负责人参加。", "2日，全市安全生产工作会议召开。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_months_record_of_days_by_their_figures_is_a_chronicle(columns):
    """A month's 记事 is a chronicle (genre convention, tests/spec/chronicle.md):
    each entry's day is its figure alone, the year and month in the title
    (in Chinese numerals); a figure the wrap puts at a line's head ('70华诞')
    goes on with the entry, and so does a sentence opening with a figure
    smaller than the day above ('3位…' under the entry of 10: days run in order)."""
    docs = _documents(CHRONICLE, columns)
    assert [(d.title, d.kind) for d in docs] == [("某市二〇一九年十月份记事", "大事记")]
    assert [p.eid for p in docs[0].provisions] == ["d_2019-10-01", "d_2019-10-01_2", "d_2019-10-03", "d_2019-10-10"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_governments_record_of_events_marks_a_days_further_events(columns):
    """A 要事记 is a chronicle, its month in brackets under its title; '△' opens
    a further event of the day above, as 同日 does."""
    docs = _documents(EVENTS, columns)
    assert [(d.title, d.kind) for d in docs] == [("市政府工作要事记（2024年5月）", "大事记")]
    assert [p.eid for p in docs[0].provisions] == ["d_2024-05-01", "d_2024-05-01_2", "d_2024-05-02"]


# ---------------------------------------------------------------- frames no sentence runs into

BODY = "为贯彻落实自治区党委的决定，现将有关事项通知如下，请各地认真贯彻执行，确保各项任务落到实处。" * 3


def _lines_of(text: str, n: int = 20) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def test_a_page_break_between_a_title_and_its_bracketed_number_keeps_the_frame():
    """A gazette reprints the 发文字号 in brackets under the title, here with
    the 主送 run into its line ('(新政发〔1994〕103号)伊犁哈萨克自治州,各州、');
    a page break may fall between them, its running header (the 目录
    section, a 发文机关标志) in between: the bracket is still the title's
    frame, given its own line, so the title opens a document."""
    issue = ["某自治区人民政府公报", "2019年第1号", "目　　录", "某市人民政府文件", "某市人民政府关于做好防汛工作的通知……1",
             "某自治区人民政府文件", "某自治区人民政府关于印发某计划的通知……2", "",
             "某市人民政府关于做好防汛工作的通知", "各县人民政府："] + _lines_of(BODY) + [
             "某市人民政府", "2019年5月1日", "- 1 -", "某自治区人民政府文件", "某自治区人民政府关于", "印发某计划的通知",
             "- 2 -", "某自治区人民政府文件", "(某政发〔1994〕103号)某州,各县、", "市人民政府:"] + _lines_of(BODY) + ["- 3 -"]
    docs = _printed(issue)
    assert [d.title for d in docs] == ["某市人民政府关于做好防汛工作的通知", "某自治区人民政府关于印发某计划的通知"]
    assert (docs[1].doc_number, docs[1].addressees) == ("某政发〔1994〕103号", "某州，各县、市人民政府")


def test_a_chronicles_title_with_its_period_opens_after_a_full_line():
    """'市政府工作要事记' over '（2024年5月）': a title and the period it covers,
    a frame no sentence runs into, though the line above fills the measure."""
    full = "表1 全区居民消费价格指数比上年涨跌幅度情况"  # as wide as the body's lines, no sentence end
    docs = _printed(["某市人民政府关于做好防汛工作的通知", "各县人民政府："] + _lines_of(BODY) + [full]
                    + EVENTS[:1] + ["（2024年5月）"] + EVENTS[2:])
    assert [d.title for d in docs][-1] == "市政府工作要事记（2024年5月）"
    assert [p.eid for p in docs[-1].provisions] == ["d_2024-05-01", "d_2024-05-01_2", "d_2024-05-02"]


def test_an_annex_lists_last_words_over_a_signature_and_date_are_no_title():
    """A bare 成文日期 under a signature is the end of a text (GB/T 9704 7.3.5):
    the 附件说明's last line, a kind word the wrap left alone ('起草说明'), over
    them is no title, though the line above fills the measure; only a year
    and month (a 统计公报's) or a reprint's bracketed date under names frames one."""
    docs = _printed(["某某部办公厅关于公开征求意见的通知"] + _lines_of(BODY) + [
        "附件：1.某某部关于进一步加强某某工作的通知（征求意见稿）", "2.《某某部关于进一步加强某某工作的通知》的",
        "起草说明", "某某部办公厅", "2021年2月1日"])
    assert [d.title for d in docs] == ["某某部办公厅关于公开征求意见的通知"]
    assert (docs[0].issuers, docs[0].date) == (["某某部办公厅"], "2021-02-01")
