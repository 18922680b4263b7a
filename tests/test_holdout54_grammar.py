"""The document grammar on layouts of the fifty-fourth held-out set's kind
(issue #11): long texts with their own contents and sections, 条例 and 办法
printed with their own 目录 and their chapters, and the 公告 of a standing
committee's office that prints the draft it asks comments on under an 附件
mark. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

# A 公告 asking for comments on a draft, printed after its date under '附件' alone, its title over two
# lines: the body's name, then the kind word with the draft's stage in brackets on the same line.
COMMENTS = ["关于公开征求《某某市人民代表大会及其常务委员会立法条例（修订草案）》意见建议的公告",
            "《某某市人民代表大会及其常务委员会立法条例（修订草案）》已经市人大常委会会议审议，现公开征求意见。",
            "附件：《某某市人民代表大会及其常务委员会立法条例（修订草案）》", "某某市人大常委会办公室", "2024年12月4日",
            "附件", "某某市人民代表大会及其常务委员会", "立法条例（修订草案）", "第一章 总 则",
            "第一条 为了规范立法活动，提高立法质量，结合本市实际，制定本条例。",
            "第二条 市人民代表大会及其常务委员会制定、修改、废止地方性法规，适用本条例。"]
DRAFT = "某某市人民代表大会及其常务委员会立法条例（修订草案）"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("stage", ["（修订草案）", "（修正草案·二审稿）", "（征求意见稿）", "(送审稿)"])
def test_a_kind_word_with_the_drafts_stage_on_its_line_ends_an_annex_title(stage, columns):
    """立法技术规范: a draft carries its stage in brackets after its name,
    '…条例（修订草案）', '…（征求意见稿）', as the line under a title may hold
    it alone (split.titles.draft_stage); on the kind word's own line it still
    ends the title (frame.PROVISIONAL), so the line above, the body's name,
    is the title's first line and the part under '附件' is titled whole."""
    paragraphs = COMMENTS[:7] + ["立法条例" + stage] + COMMENTS[8:]
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [COMMENTS[0]]
    assert docs[0].issuers == ["某某市人大常委会办公室"] and docs[0].date == "2024-12-04"
    assert [part.title for part in docs[0].parts[1:]] == [DRAFT.replace("（修订草案）", stage)]
    assert [p.label for p in docs[0].provisions if p.kind in ("zhang", "tiao")] == ["第一章", "第一条", "第二条"]


# A 条例 printed whole with its own 目录, each entry its leaders and page as a printed book gives them,
# its 第二章 divided into 节, between two notices.
NOTICE_ABOVE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
                "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
REGULATION = ["某某市物业管理条例", "（2020年6月1日某某市第十五届人民代表大会常务委员会第二十次会议通过）",
              "目  录", "第一章 总则……………………1", "第二章 业主和业主组织……………………3", "第一节 业主……………………3",
              "第二节 业主大会……………………4", "第三章 法律责任……………………6", "第四章 附则……………………7",
              "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例适用于本市行政区域内的物业管理活动。",
              "第二章 业主和业主组织", "第一节 业主", "第三条 房屋的所有权人为业主。", "第二节 业主大会",
              "第四条 业主大会由全体业主组成。", "第三章 法律责任", "第五条 违反本条例规定的，依法处理。", "第四章 附则",
              "第六条 本条例自2021年1月1日起施行。"]
NOTICE_BELOW = ["某某县人民政府关于做好秋季森林防火工作的通知", "各乡镇人民政府：",
                "现将有关事项通知如下：请各乡镇落实防火责任。", "某某县人民政府", "2021年9月1日"]
OUTLINE = [("第一章", "总则", None), ("第一条", "", "chp_1"), ("第二条", "", "chp_1"),
           ("第二章", "业主和业主组织", None), ("第一节", "业主", "chp_2"), ("第三条", "", "chp_2__sec_1"),
           ("第二节", "业主大会", "chp_2"), ("第四条", "", "chp_2__sec_2"), ("第三章", "法律责任", None),
           ("第五条", "", "chp_3"), ("第四章", "附则", None), ("第六条", "", "chp_4")]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_texts_own_contents_with_pages_is_no_issues_contents(columns):
    """立法技术规范: a text divided into 章 and 节 may print its own 目录, and a
    printed book gives each entry its leaders and page ('第一章 总则……1').
    An issue's 目录 lists documents, none titled by a division's label, so
    a 目录 whose every entry is a 编, 章 or 节 is the text's own: no entry
    of the issue's 目录 to find a document by (masthead.read_toc), and the
    own 目录 ends where its first heading is printed again without its
    page (frame.own_contents), a page the wrap set alone ('…业主组织……' /
    '3') inside it (structure._contents): the chapters and sections are
    the outline of the 条例, its articles under them."""
    result = _convert(NOTICE_ABOVE + REGULATION + NOTICE_BELOW, columns)
    assert not result.toc and not [d for d in result.diagnostics if d.code.startswith("toc-")]
    docs = result.documents
    assert [d.title for d in docs] == [NOTICE_ABOVE[0], REGULATION[0], NOTICE_BELOW[0]]
    assert [(p.label, p.heading, p.parent) for p in docs[1].provisions if p.kind in ("zhang", "jie", "tiao")] \
        == OUTLINE
    assert not [p for d in (docs[0], docs[2]) for p in d.provisions]


# An unsigned 规划纲要 titled on one line, its preface under its title, then its first 篇 and 章.
OUTLINE_PLAN = ["某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "前 言",
                "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年，特编制本规划纲要。",
                "第一篇 奠定坚实基础", "第一章 发展基础", "“十三五”期间，全县经济社会发展取得显著成就。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("front", ["前 言", "目  录"])
def test_a_long_texts_title_over_its_own_preface_or_contents_opens_a_document(front, columns):
    """A long text, a 规划纲要 or a code, begins its text with its front
    matter, its 前言 or its own 目录 heading under its title, as a
    regulation begins with 第一章 (split.titles.under.what_follows): after a
    line that ends a sentence (the last article of the text above, here
    of a draft under the 附件 mark of a 公告) such a title opens a
    document of its own, though unsigned and with no 主送; a text the
    document above names stays its part (named_above)."""
    plan = OUTLINE_PLAN[:1] + [front] + (OUTLINE_PLAN[2:] if front == "前 言" else
                                         ["第一章 发展基础", "第二章 总体要求"] + OUTLINE_PLAN[4:])
    docs = _documents(COMMENTS + plan, columns)
    assert [d.title for d in docs] == [COMMENTS[0], OUTLINE_PLAN[0]]
    assert [part.title for part in docs[0].parts[1:]] == [DRAFT]
    assert [p.label for p in docs[0].provisions if p.kind in ("zhang", "tiao")] == ["第一章", "第一条", "第二条"]
    assert [p.label for p in docs[1].provisions if p.kind == "zhang"] == ["第一章"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("heading", ["前 言", "前言", "序 言"])
def test_a_preface_heading_is_a_heading_of_its_own(heading, columns):
    """A long text's front matter is headed as its 目录 is: '前 言' (or
    '序言') alone on its line heads the preface under it, a paragraph of its
    own (it ran into the preface's first words, '前言“十四五”时期是…')."""
    plan = OUTLINE_PLAN[:1] + [heading] + OUTLINE_PLAN[2:]
    docs = _documents(COMMENTS + plan, columns)
    assert [d.title for d in docs] == [COMMENTS[0], OUTLINE_PLAN[0]]
    blocks = [b for b in docs[1].parts[0].blocks if getattr(b, "role", "") in ("heading", "body")]
    assert (blocks[0].role, blocks[0].text) == ("heading", heading.replace(" ", ""))
    assert blocks[1].text == OUTLINE_PLAN[2]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("front", ["前 言", "目  录"])
def test_a_long_text_alone_in_its_file_is_titled_over_its_front_matter(front, columns):
    """A title line that fills the measure is a body line run on past its
    kind word only where the line under it starts nothing; a long text's
    目录 or 前言 heading starts its front matter, as a 发文字号, a 主送 or a
    label start a frame (split.titles.under.frame_starts). Alone in a file of one
    short line a paragraph, the title filled the measure and the text had
    no title ('no document title found'), title and preface one paragraph."""
    result = _convert(OUTLINE_PLAN[:1] + [front] + OUTLINE_PLAN[2:], columns)
    assert not [d for d in result.diagnostics if d.code == "no-document"]
    assert [d.title for d in result.documents] == [OUTLINE_PLAN[0]]
    blocks = [b for b in result.documents[0].parts[0].blocks if getattr(b, "role", "") in ("heading", "body")]
    assert [b.text for b in blocks[:2]] == [front.replace(" ", ""), OUTLINE_PLAN[2]]


# ---------------------------------------------------------------- a centred title whose year the wrap cut from its 年

CENTRED_PLAN = """某某市立法条例
    第一条 为了规范立法活动，提高立法质量，根据
有关法律的规定，结合本市实际，制定本条例。
    第二条 市人民代表大会及其常务委员会根据法
律的授权与实际需要，对城乡建设与管理等方面的
事项制定地方性法规。法律另有规定的，从其规定。
     某某县国民经济和社会发
     展第十四个五年规划和{year}
              年远景目标纲要
    前 言
    “十四五”时期是我国全面建成小康社会、实现
第一个百年奋斗目标之后，乘势而上开启全面建设社
会主义现代化国家新征程的第一个五年。
"""


def test_a_title_line_ending_on_a_year_its_nian_opens_the_next_is_the_titles():
    """A centred title as pdftotext places it, the wrap cutting a year from
    its 年 ('…五年规划和2035' / '年远景目标纲要'): a line ending on figures
    that stops short is a table's row, no title's, but for a year the next
    line's 年 counts. The plan is a document of its own under its title."""
    docs = convert(CENTRED_PLAN.format(year="2035").encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["某某市立法条例", "某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要"]


def test_a_figure_ending_a_short_line_over_other_words_stays_no_title_line():
    """Control: figures that end a short line over words with no 年 (a
    count, '…共计2035' / '个项目纲要') are no year cut from its 年."""
    text = CENTRED_PLAN.replace("{year}\n              年远景", "2035\n              个项目纲要").replace("{year}", "")
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert "某某县国民经济和社会发展第十四个五年规划和2035个项目纲要" not in [d.title for d in docs]
