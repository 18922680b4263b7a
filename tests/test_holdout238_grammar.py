"""The document grammar on layouts of the two-hundred-and-thirty-eighth
held-out set's kind (issue #11): urban transport service texts of cities and
counties (出租汽车 通告, 征求意见 公告 and notices over their drafts, a 停车收费
方案 draft, a city standing committee's 公告 publishing its 客运出租汽车管理条例
with the province's 批准 决议) as portals and mirrors store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NOTICE = ["某某市人民代表大会常务委员会公告", "（第9号）",
          "《某某市公共汽车客运条例》于2019年4月26日经某某市人民代表大会常务委员会第十六次会议通过，"
          "并于2019年11月28日经某某省人民代表大会常务委员会第十四次会议批准。现予公布，自2020年1月1日起施行。",
          "某某市人民代表大会常务委员会", "2019年12月9日"]
APPROVAL = "某某省人民代表大会常务委员会关于批准《某某市公共汽车客运条例》的{kind}"
APPROVAL_BODY = ["某某省人民代表大会常务委员会第十四次会议审查了《某某市公共汽车客运条例》，决定批准这个条例，"
                 "由某某市人民代表大会常务委员会公布施行。"]
ARTICLES = ["第一章 总则", "第一条 为了规范公共汽车客运管理，制定本条例。", "第二条 本条例适用于本市行政区域内的公共汽车客运。"]


@pytest.mark.parametrize("kind", ["决议", "决定"])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_publishing_notice_is_known_by_its_text_not_by_the_approval_printed_first(kind, columns):
    """立法法 第八十一条: a 设区的市's 法规 takes force when the province's
    standing committee approves it, by 决定 or by 决议; the city's 公告
    prints that approval between its own close and the text. The approval is
    no text the 公告 promulgates: where the text follows without its own
    title (a page that kept its articles only), the document is known by the
    name the 公告's sentence gives it, the approval a part of it; where it
    follows with its title, by that title. (At 26 columns this sentence's
    '批准。' ends a line and the unfolding parts it from '现予公布': read
    together again, test_a_publishing_clause_parted_from_its_sentence_…)"""
    docs = _documents(NOTICE + [APPROVAL.format(kind=kind)] + APPROVAL_BODY + ARTICLES, columns)
    assert [d.title for d in docs] == ["某某市公共汽车客运条例"]
    assert docs[0].doc_number == "某某市人民代表大会常务委员会公告（第9号）" or "第9号" in (docs[0].doc_number or "")
    assert docs[0].issuers == ["某某市人民代表大会常务委员会"] and docs[0].date == "2019-12-09"
    assert [p.title for p in docs[0].parts[1:]][:1] == [APPROVAL.format(kind=kind)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_publishing_notice_with_its_text_titled_after_the_approval_is_titled_by_it(columns):
    """The same with the text's title printed after the approval: the
    document is titled by it (it was titled by the approval before)."""
    docs = _documents(NOTICE + [APPROVAL.format(kind="决定")] + APPROVAL_BODY + ["某某市公共汽车客运条例"] + ARTICLES,
                      columns)
    assert [d.title for d in docs] == ["某某市公共汽车客运条例"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_publishing_a_text_whose_first_part_is_no_approval_keeps_that_part_as_title(columns):
    """Control: a 公告 whose first part is the text it publishes (no approval
    between) is titled by that part, as before; a 决议 that approves no text
    (a plan, its title not '关于批准《…》的决议') changes nothing."""
    own = ["某某市人民代表大会常务委员会公告", "（第10号）",
           "《某某市出租汽车管理条例》已由某某市人民代表大会常务委员会第二十次会议于2020年6月1日通过，现予公布，"
           "自2020年9月1日起施行。", "某某市人民代表大会常务委员会", "2020年6月5日", "某某市出租汽车管理条例",
           "第一条 为了规范出租汽车管理，制定本条例。", "第二条 本条例自2020年9月1日起施行。"]
    docs = _documents(own, columns)
    assert [d.title for d in docs] == ["某某市出租汽车管理条例"]


CODE = ["某某市停车场管理条例", "目 录", "第一章 总 则", "第二章 规划和建设", "第三章", "法律责任", "第四章 附 则",
        "第一章 总 则", "第一条 为了加强停车场管理，制定本条例。", "第二章 规划和建设", "第二条 停车场应当统一规划。",
        "第三章 法律责任", "第三条 违反本条例的，依法处理。", "第四章 附 则", "第四条 本条例自2021年1月1日起施行。"]


def _chapters(doc) -> list:
    return [b.number for part in doc.parts for b in part.blocks if isinstance(b, Provision) and b.kind == "zhang"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_contents_entry_named_on_the_line_under_its_bare_label_is_one_row(columns):
    """立法技术规范: a 目录's row is a division's label and its name; a page
    may set the name on the line under the bare label ('第三章' / '法律责任').
    The name is that row's, and the rows under it are the 目录's too, not
    chapters of the text: each chapter is read once, over its articles."""
    docs = _documents(CODE, columns)
    assert [d.title for d in docs] == [CODE[0]]
    assert _chapters(docs[0]) == [1, 2, 3, 4]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_contents_whose_rows_each_hold_label_and_name_reads_as_before(columns):
    """Control: a 目录 whose every row holds its label and name is read as
    before: its rows end where the first heading is printed again, and the
    text's chapters are read once each."""
    plain = [line for line in CODE if line not in ("第三章", "法律责任")]
    plain.insert(4, "第三章 法律责任")
    docs = _documents(plain, columns)
    assert _chapters(docs[0]) == [1, 2, 3, 4]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_publishing_clause_parted_from_its_sentence_still_names_the_text(columns):
    """立法法: 常务委员会发布公告予以公布. The 公告's sentence that the text was
    adopted and approved ('…批准。') and its clause that publishes it ('现予公布，
    自…起施行。') are one paragraph; printed as two (a line that ended on the
    stop), they are read together: the 公告 is known by the text it names."""
    parted = NOTICE[:2] + ["《某某市公共汽车客运条例》于2019年4月26日经某某市人民代表大会常务委员会第十六次会议通过，"
                           "并于2019年11月28日经某某省人民代表大会常务委员会第十四次会议批准。",
                           "现予公布，自2020年1月1日起施行。"] + NOTICE[3:]
    docs = _documents(parted + [APPROVAL.format(kind="决议")] + APPROVAL_BODY + ARTICLES, columns)
    assert [d.title for d in docs] == ["某某市公共汽车客运条例"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_notice_whose_next_paragraph_publishes_nothing_it_names_keeps_its_name(columns):
    """Control: a 公告 whose sentence names no text adopted ('…的决定。' read
    for comment) over a paragraph that opens otherwise is no promulgation:
    titled by its own name, as before."""
    own = ["某某市人民代表大会常务委员会公告", "（第11号）",
           "某某市人民代表大会常务委员会决定，某某同志不再担任某某市人民代表大会常务委员会委员职务。",
           "特此公告。", "某某市人民代表大会常务委员会", "2020年7月1日"]
    docs = _documents(own, columns)
    assert [d.title for d in docs] == [own[0]]


# A page asking for comments: its headline, which the measure fills, over the 过渡语 that hands the drafts on.
COMMENTS_ASKED = ["某某县《关于深化出租汽车行业改革的实施意见》和《网络预约出租汽车经营服务管理实施细则(暂行)》公开征求意见",
                  "现将某某县《关于深化出租汽车行业改革的实施意见》和《网络预约出租汽车经营服务管理实施细则(暂行)》"
                  "向广大民众征求意见，请于6月9日前将意见寄送至县交通运输局。",
                  "附件1:《关于深化出租汽车行业改革的实施意见》", "关于深化出租汽车行业改革的实施意见", "(征求意见稿)",
                  "为贯彻落实国务院办公厅有关指导意见，结合我县实际，提出如下实施意见。", "一、改革的总体要求",
                  "深入贯彻落实党中央、国务院决策部署。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_over_the_bodys_transition_is_a_title_though_it_fills_the_measure(columns):
    """党政机关公文格式: the body's 开头 hands its matter on by a 过渡语 that
    opens its sentence ('现将…', '现就…', titles.TRANSITION_RE); no sentence
    runs on past a kind word into it with no stop between. Lines ending on a
    kind word over it are a title, though the measure fills them as it fills
    a body's lines (the 26-column wrap of a long headline)."""
    docs = _documents(COMMENTS_ASKED, columns)
    assert docs[0].title == COMMENTS_ASKED[0]


def test_full_lines_over_a_line_that_goes_on_stay_the_bodys():
    """Control: the same full lines over a line that goes on with the
    sentence's words ('精神…') are read as before: no title of their own."""
    lines = [COMMENTS_ASKED[0], "精神" + COMMENTS_ASKED[1][2:]] + COMMENTS_ASKED[2:]
    assert [d.title for d in _documents(lines, 26)] == ["关于深化出租汽车行业改革的实施意见(征求意见稿)"]
