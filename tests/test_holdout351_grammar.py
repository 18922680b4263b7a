"""The document grammar on layouts of the three-hundred-and-fifty-first held-out
set's kind (issue #11): preschool education and kindergarten texts of counties
(a 教育局's 通知 recognising 普惠性民办幼儿园 with their names listed two a
line, a county office's 补充通知 on town kindergartens' admissions, a 批复
approving a private kindergarten, a 补充公告 on admissions by lot) as their
sites and mirrors store them, one running its bureau's signature onto the end
of its list's last row, another titled over a count the wrap cut before its
量词 ('…等6' / '所幼儿园为…的通知'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Table
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county bureau's notice listing kindergartens two a line, its signature run onto the list's last row.
HEAD = ["关于公布普惠性民办幼儿园认定结果的通知", "各幼儿园：", "经审核，认定以下8所幼儿园为普惠性民办幼儿园。现公示如下：",
        "南岭县星星幼儿园 南岭县春苗幼儿园", "南岭县小精灵幼儿园 南岭县育才幼儿园", "南岭县明日之星幼儿园 南岭县金宝贝幼儿园"]
RUN_ON_ROW = "南岭县东坑镇培英幼儿园 南岭县沙田红太阳幼儿园南岭县教育局"
ROW = "南岭县东坑镇培英幼儿园 南岭县沙田红太阳幼儿园"


def _tables(doc) -> list[Table]:
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_run_onto_a_lists_last_row_over_the_date_signs(columns):
    """GB/T 9704 7.3.5.1: the 署名 stands on a line of its own right over the
    成文日期. A list of names in columns whose last row, right over the date,
    ends its last cell on a second name (the cell's head ending as every
    other cell of the list ends, '幼儿园', then an organ's whole name from its
    place) ran the signature onto that row (tables._signer_run_onto_last_row):
    the organ signs, the row keeps its own name."""
    docs = _documents(HEAD + [RUN_ON_ROW, "2023年12月26日"], columns)
    assert [d.title for d in docs] == [HEAD[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县教育局"], "2023-12-26")
    assert [c.text for c in _tables(docs[0])[-1].rows[-1]] == ROW.split()


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lists_last_row_under_which_the_signature_stands_alone_stays_whole(columns):
    """The control: the signature on its own line under the list's last row
    signs as before, and the row's cells stay as printed."""
    docs = _documents(HEAD + [ROW, "南岭县教育局", "2023年12月26日"], columns)
    assert (docs[0].issuers, docs[0].date) == (["南岭县教育局"], "2023-12-26")
    assert [c.text for c in _tables(docs[0])[-1].rows[-1]] == ROW.split()


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lists_last_cell_of_two_names_over_no_date_stays_whole(columns):
    """The control: a last cell that holds a second name with no 成文日期
    under the row is the list's own cell (a 'school and its bureau' row): no
    signature is read off it, and the text under it goes on as before."""
    rows = ["南岭县星星幼儿园 南岭县春苗幼儿园", "南岭县小精灵幼儿园 南岭县育才幼儿园", "南岭县明日之星幼儿园 南岭县金宝贝幼儿园",
            RUN_ON_ROW]
    docs = _documents(HEAD[:3] + rows + ["请各幼儿园按规定做好收费公示工作。", "南岭县教育局", "2023年12月26日"], columns)
    assert (docs[0].issuers, docs[0].date) == (["南岭县教育局"], "2023-12-26")
    assert [c.text for c in _tables(docs[0])[-1].rows[-1]] == RUN_ON_ROW.split()


def _issue(lines: list[str]):
    from builder.convert import convert
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")


# An issue's 目录 entry whose title the wrap cut after a count's figure, and the body's title cut the same way,
# a scanner's spaces around the figure and its 量词.
COUNTED_FRONT = ["中华人民共和国国务院公报", "2020年第1号", "目　　录", "南岭县教育局文件",
                 "南岭县教育局关于认定春苗幼儿园等6", "所幼儿园为普惠性民办幼儿园的通知……1"]
COUNTED_BODY = ["南岭县教育局关于认定春苗幼儿园等 6", " 所 幼儿园为普惠性民办幼儿园的通知", "各民办幼儿园:",
                "经审核，认定南岭县春苗幼儿园等6所幼儿园为普惠性民办幼儿园。", "南岭县教育局", "2020年8月31日"]
COUNTED_TITLE = "南岭县教育局关于认定春苗幼儿园等6所幼儿园为普惠性民办幼儿园的通知"


@pytest.mark.parametrize("blank", [True, False])
def test_a_count_the_wrap_cut_before_its_measure_word_is_no_page(blank):
    """现代汉语 数词 + 量词: a count of things takes its 量词 after the figure
    ('等6所'); a 目录's page number takes none. A line ending on a figure
    (run into its words, or after a scanner's space) over a line that opens
    on a 量词 ('所幼儿园…') is a title the wrap cut inside its count, neither
    in the 目录 nor under it (masthead.counted_cut): the entry and the body's
    title are read whole."""
    lines = COUNTED_FRONT + COUNTED_BODY
    g = _issue([x for line in lines for x in (line, "")] if blank else lines)  # (an issue's blank lines, or none)
    assert [t.title for t in g.toc] == [COUNTED_TITLE]
    assert [(d.title, d.issuers, d.date) for d in g.documents] == [(COUNTED_TITLE, ["南岭县教育局"], "2020-08-31")]


def test_a_title_ending_on_its_kind_keeps_its_page_over_an_entry_opening_on_a_measure_words_character():
    """The control: an entry whose title ends on its 文种 before its figure
    (标题 = 发文机关 + 事由 + 文种) keeps the figure as its page, whatever the
    next entry opens on ('个体工商户…')."""
    from builder.stages.masthead import counted_cut, number_cut
    assert counted_cut("南岭县教育局关于认定春苗幼儿园等6", "所幼儿园为普惠性民办幼儿园的通知……1")
    assert counted_cut("南岭县教育局关于认定春苗幼儿园等 6", " 所 幼儿园为普惠性民办幼儿园的通知")
    assert not number_cut("南岭县人民政府关于公布行政许可事项的决定 3", "个体工商户登记管理办法……5")
    assert not number_cut("南岭县人民政府关于公布行政许可事项的决定3", "个体工商户登记管理办法……5")
    assert not counted_cut("南岭县教育局关于认定春苗幼儿园等6", "南岭县人民政府关于做好春季植树造林工作的通知……2")


# The same notice's list as a print sets it when it takes the list's last rows for the signature: each wrapped at
# the measure, the rows between read as a list of their own.
PRINTED = ("关于公布普惠性民办幼儿园认定结果的通知", "各幼儿园:", "经审核，认定以下14所幼儿园为普惠性民办幼儿园。现公示如下:",
           "南岭县星星幼儿园 南岭县丰城优贝幼儿园", "南岭县小精灵幼儿园 南岭县澳维加幼儿园", "南岭县明日之星幼儿园 南岭县育才幼儿园",
           "南岭县金宝贝幼儿园 南岭县金博士幼儿园", "南岭县润童幼儿园 南岭县梅坑镇培英幼儿园",
           "南岭县遥田镇小太阳幼儿园 南岭县马头镇金睿幼儿园", "南岭县回龙镇星星幼儿园 南岭县沙田红太阳幼儿园南岭县教育局",
           "2023年12月26日")


def _printed(paragraphs: tuple[str, ...], columns: int):
    from builder.convert import convert
    from tests.devset.layout import Document, indented
    doc = Document("x", paragraphs, paragraphs[0], None, "2023-12-26", "南岭县教育局文件", "各幼儿园")
    return convert(indented([doc], columns).text.encode("utf-8"), "x/x.txt", "x").documents


def test_a_signature_stops_under_a_table_and_takes_no_line_over_it():
    """GB/T 9704 7.3.5.1: the 署名's lines stand together right over the
    成文日期, nothing between them. A table between the line over the date
    and a line above it parts the two (metadata._over_tables): the line over
    the table is the text's, never the first line of a name wrapped down to
    the signature under the table."""
    docs = _printed(PRINTED, 20)
    assert (docs[0].issuers, docs[0].date) == (["南岭县教育局"], "2023-12-26")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_signers_name_wrapped_over_two_lines_with_nothing_between_stays_one_name(columns):
    """The control: an organ's long name a narrow signature column wrapped
    over two lines, nothing between them, is still read whole."""
    notice = ["关于做好疫情期间春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
              "南岭县应对新型冠状病毒感染肺炎疫情工作", "领导小组（指挥部）", "2021年3月1日"]
    docs = _documents(notice, columns)
    assert (docs[0].issuers, docs[0].date) == (["南岭县应对新型冠状病毒感染肺炎疫情工作领导小组（指挥部）"], "2021-03-01")
