"""The document grammar on layouts of the hundred-and-fifty-first held-out
set's kind (issue #11): autonomy and single-subject regulations (自治条例,
单行条例) of autonomous prefectures and counties as law sites and libraries
store them: a title with its edition in brackets, a 题注 of several events
run onto the title's line with the text, a run of article numbers the wrap
cuts inside a numeral; and the 发文字号 under an issued text's title, which
the edition rule met in another set. Each case is invented text laid out
as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a title with its edition's year in brackets

FIRST = ["某某自治县森林保护条例", "(1990年3月1日某某自治县第十届人民代表大会第一次会议通过 1990年5月2日某某省第七届人民代表大会常务委员会第十一次会议批准)",
         "第一章 总 则", "第一条 为了保护森林资源,根据有关法律,制定本条例。", "第二条 自治县的自治机关负责本条例的实施。",
         "自治县的自治机关驻某某镇。"]
SECOND_BODY = ["第一章 总则", "第一条 根据宪法和民族区域自治法,结合自治州的特点,制定本条例。",
               "第二条 自治州是某某族实行区域自治的地方。", "自治州的自治机关驻某某市。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某自治州自治条例 (2005年)", "某某自治州自治条例(2005年)",
                                   "某某自治州林业条例（2010年版）", "某某自治州自治条例 (2007修正)"])
def test_a_title_with_its_editions_year_opens_a_document(title, columns):
    """A law library or a wiki library tells the versions of one 法规 apart
    by the year of its edition in brackets after the kind word
    ('…自治条例(2005年)', '…（2010年版）'), as it names a revision
    ('(2007修正)'), and may set a space before the bracket: the title still
    ends on its 文种, and the text under it, after another regulation's
    last article, is a document of its own."""
    docs = _documents(FIRST + [title] + SECOND_BODY, columns)
    assert len(docs) == 2
    assert docs[1].title.replace(" ", "") == title.replace(" ", "")
    assert docs[1].kind == "条例"
    assert [p.label for p in docs[1].provisions if p.kind == "tiao"] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_an_edition_runs_on(columns):
    """Control: a paragraph that names a regulation's edition in brackets at
    its end but goes on as a sentence before it ('根据本县实际,参照某某自治州
    自治条例 (2005年)') opens nothing: the article above goes on."""
    line = "自治县的自治机关参照某某自治州自治条例 (2005年)"
    docs = _documents(FIRST + [line, "第三条 本条例自公布之日起施行。"], columns)
    assert len(docs) == 1
    assert [p.label for p in docs[0].provisions if p.kind == "tiao"] == ["第一条", "第二条", "第三条"]


# ---------------------------------------------------------------- a long 题注 run onto its title's line

LONG_NOTE = ("(1990年3月1日某某自治县第十届人民代表大会第一次会议通过1990年5月2日某某省第七届人民代表大会常务委员会第十一次会议批准"
             "2006年1月20日某某自治县第十三届人民代表大会第四次会议修订2006年3月31日某某省第十届人民代表大会常务委员会第二十一次会议批准"
             "根据2020年5月23日某某自治县第十六届人民代表大会第四次会议通过2020年7月29日某某省第十三届人民代表大会常务委员会第十九次会议"
             "批准的《某某自治县自治条例修正案》修正)")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_its_long_note_and_text_on_one_line_are_set_out(columns):
    """A law site that lost its line breaks stores a regulation's title,
    its 题注 and its text in one paragraph. A 题注 lists every event of the
    text's history (立法技术规范: adopted, approved, each revision and
    amendment and its approval, the 修正案 named in 《》), so an autonomy
    regulation amended twice has six events, past 250 characters: the
    title, the 题注 and the text are still set out, the 题注 dating the
    text, the text after another regulation a document of its own."""
    run_in = "某某自治县自治条例" + LONG_NOTE + " 第一章总则 第一条根据宪法和民族区域自治法,制定本条例。 第二条自治县的自治机关驻某某镇。"
    docs = _documents(FIRST + [run_in], columns)
    assert len(docs) == 2
    assert docs[1].title == "某某自治县自治条例"
    assert docs[1].date == "1990-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_with_a_long_bracket_runs_on(columns):
    """Control: a sentence whose bracket holds no 题注 but a long aside
    ('…条例(…各乡镇、各部门…)的规定…') stays the article it goes on in."""
    aside = "(" + "、".join(f"第{n}乡镇人民政府" for n in "一二三四五六七八九十") * 2 + "均应遵守)"
    docs = _documents(FIRST + ["自治县的自治机关执行某某自治县自治条例" + aside + " 并报告工作。"], columns)
    assert len(docs) == 1


# ---------------------------------------------------------------- a 发文字号 between an issued text's title and the next head

ISSUING = ["某某街道办事处文件", "某街办〔2022〕10号", "关于印发《某某街道防汛应急预案》(2022年版)的通知", "各社区:",
           "现将《某某街道防汛应急预案》(2022年版)印发给你们,请认真执行。", "某某街道办事处", "2022年5月29日"]
NEXT = ["关于印发某某街道突发事件总体应急预案的通知", "各社区,各相关单位:", "现将预案印发给你们,请认真贯彻执行。",
        "某某街道办事处", "2023年12月7日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("issued", ["某某街道防汛应急预案 (2022年版)", "某某街道防汛应急预案"])
def test_a_number_under_an_issued_texts_title_opens_the_next_head(issued, columns):
    """A notice that issues a text prints the text after its 成文日期, its
    title with no 发文字号 of its own: the number carries the notice's
    head (GB/T 9704). A number line under such a title, where the excerpt
    of the issued text ends, is the next document's, over its title."""
    docs = _documents(ISSUING + [issued, "某街办〔2023〕24号"] + NEXT, columns)
    assert len(docs) == 2
    assert docs[1].doc_number == "某街办〔2023〕24号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_under_a_title_alone_is_its_own(columns):
    """Control: a page that prints a notice's title and its 发文字号 under it
    (no date above the title) keeps the number the title's."""
    docs = _documents(["关于做好某某街道防汛工作的通知", "某街办〔2023〕24号"] + NEXT[1:], columns)
    assert len(docs) == 1
    assert docs[0].doc_number == "某街办〔2023〕24号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_under_the_next_documents_title_is_its_own(columns):
    """Control: a title printed under another document's date that no
    notice above names in 《》 is a document of its own, and a 发文字号
    printed under it (a page's order: title, then number) stays its."""
    docs = _documents(ISSUING + ["关于做好某某街道防汛工作的通知", "某街办〔2023〕24号"] + NEXT[1:], columns)
    assert len(docs) == 2
    assert docs[1].title == "关于做好某某街道防汛工作的通知"
    assert docs[1].doc_number == "某街办〔2023〕24号"


# ---------------------------------------------------------------- a run of article numbers the wrap cut inside a numeral

PENALTY = ("第三十六条\u00a0\u00a0\u00a0违反本条例第十一、十二、十三、十六、二十四条规定的，由主管部门责令其限期改正。"
           "逾期不改的，予以通报批评。")  # (a blog's no-break spaces after the label)


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("columns", [17, 20, 23, 26])  # (widths at which the wrap cuts the run inside a numeral)
def test_a_numeral_the_wrap_cut_in_a_run_of_article_numbers_opens_no_item(columns, spaced):
    """A regulation's penalty article cites the articles it enforces as a
    run of numerals ('第十一、十二、十三、十六、二十四条'); where the wrap cuts
    the run inside a numeral ('…第十一、十' / '二、十三、十六…') under an
    indented first line, the flush line's head reads as a 一、 label, but
    the line above ends on a numeral the label's completes and another
    numeral of the run (or 条) follows it: the sentence goes on, no item
    opens."""
    title = "某某自治县森林保护条例"
    text = Document("r", (title, "第一条 为了保护森林资源,根据有关法律,制定本条例。", PENALTY,
                          "第三十七条 本条例自公布之日起施行。"), title, None, None, "条例")
    docs = convert(indented([text], columns, spaced).text.encode("utf-8"), "x/x.txt", "x").documents
    assert len(docs) == 1
    assert [p.label for p in docs[0].provisions if p.kind == "cn"] == []
    assert [p.label for p in docs[0].provisions if p.kind == "tiao"] == ["第一条", "第三十六条", "第三十七条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_heading_under_a_line_ending_on_a_numeral_opens(columns):
    """Control: a 一、 heading whose text opens on a word, under a line that
    ends a sentence, is the outline's next heading."""
    docs = _documents(["某某县人民政府关于做好植树工作的通知", "各乡镇人民政府:", "一、总体要求",
                       "今年全县植树任务为一百二十万株。", "二、工作措施", "各乡镇要落实责任。", "某某县人民政府", "2021年3月1日"],
                      columns)
    assert [p.label for p in docs[0].provisions] == ["一、", "二、"]


# ---------------------------------------------------------------- a title and its 题注 right under the 目录

@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_contents_entry_over_a_title_and_its_note_is_no_line_of_that_title(columns):
    """A 目录 entry closes on its leaders and page ('…管理条例………3'): no
    title goes on from it, so a regulation's title and its 题注 in brackets
    printed right under the 目录 (立法技术规范), the title filling the
    measure, are read as that title and note, the 目录 whole, its last entry
    none of the title."""
    from builder.convert import convert
    from tests.devset.layout import laid_out
    contents = ["某某市人民政府公报", "1990年第1号", "目　　录", "规范性文件",
                "某某省某某哈尼族彝族傣族自治县自治条例………………1", "某某自治州村寨规划建设管理条例………………3"]
    body = ["某某省某某哈尼族彝族傣族自治县自治条例", "(1989年4月4日某某自治县第十届人民代表大会第三次会议通过 1989年8月26日某某省第七届人民代表大会常务"
            "委员会第七次会议批准)", "第一条 根据宪法和民族区域自治法，结合本县实际，制定本条例。",
            "某某自治州村寨规划建设管理条例", "(1990年3月1日某某自治州第八届人民代表大会第四次会议通过)",
            "第一条 为加强村寨规划建设管理，制定本条例。"]
    text = "\n".join(contents + laid_out(body, columns))
    gazette = convert(text.encode("utf-8"), "x/x.txt", "x")
    assert [e.title for e in gazette.toc] == ["某某省某某哈尼族彝族傣族自治县自治条例", "某某自治州村寨规划建设管理条例"]
    assert [d.title for d in gazette.documents] == ["某某省某某哈尼族彝族傣族自治县自治条例", "某某自治州村寨规划建设管理条例"]
