"""The document grammar on layouts of the two-hundred-and-forty-third held-out
set's kind (issue #11): waterway, port and ferry texts of cities, counties and
districts (航行通告, 禁航通告, a 渡口 通告, a 函 on 水上交通安全, a city's 水上
安全管理办法) as their portals and mirrors store them. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 航行通告 whose page rendered its date field twice, each copy with its 年月日 lost, run together.
TWICE_DATED = ["关于某某大桥施工的航行通告", "因某某大桥施工，现将有关事项通告如下：",
               "一、施工时间", "每天0700时至1130时。", "二、注意事项", "1.过往船舶应加强瞭望，谨慎驾驶。",
               "2.施工结束后不再另行通告。", "某某市地方海事局", "20197192019719"]
NEXT = ["禁航通告", "各有关单位、船舶：", "现将有关事项通告如下：", "一、禁航水域", "某某河城区段。",
        "某某市交通运输局", "2023年6月1日"]


def _labels(doc):
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_date_line_rendered_twice_still_closes_the_signed_text(columns):
    """GB/T 9704 7.3.5: the 成文日期 stands under the 发文机关署名 and closes the
    text. A page that rendered its date field twice, both copies with their
    年月日 lost and run together ('2019719' twice), still prints figures alone
    where the date stands: the organ over them is the signature, the figures
    stand alone (no tail of the organ's name), and the text ends there, so the
    title under them opens the next document. The figures name no date the
    converter can be sure of (it does not pick a copy): the date is none."""
    first, second = _documents(TWICE_DATED + NEXT, columns)
    assert first.title == TWICE_DATED[0] and second.title == NEXT[0]
    assert first.issuers == ["某某市地方海事局"] and first.date is None
    assert _labels(first) == ["一、", "二、", "1.", "2."]
    assert second.issuers == ["某某市交通运输局"] and second.date == "2023-06-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_figure_run_under_a_name_that_is_no_date_twice_stays_a_line_of_the_body(columns):
    """Control: figures under a name that are no one date run twice (a phone
    number under a contact, '联系人：某某某' / '13912345678') are not read as a
    date line: the notice keeps its own signature and date."""
    doc, = _documents(["关于某某渡口停航的通告", "现将有关事项通告如下：", "一、某某渡口自即日起停航。",
                       "联系人：某某某", "13912345678", "某某县交通运输局", "2024年2月8日"], columns)
    assert doc.issuers == ["某某县交通运输局"] and doc.date == "2024-02-08"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_that_lost_its_marks_once_is_still_read(columns):
    """Control: a date printed once with its 年月日 lost ('2025717') is read as
    its figures allow only one way, as before."""
    doc, = _documents(["航行通告", "各有关单位、航行船舶：", "现将有关事项通告如下：", "一、管制时间",
                       "自即日起。", "某某市交通运输综合行政执法大队", "2025717"], columns)
    assert doc.issuers == ["某某市交通运输综合行政执法大队"] and doc.date == "2025-07-17"


# A 函 whose 抄送 list the wrap cut after an enumeration comma, then a 航行通告 titled by its kind, its number after it.
CC_CUT = ["关于加强水上交通安全管理的函", "某某镇政府：", "请你镇切实加强农用自备船舶安全监管。",
          "某某区交通运输局 某某区农业农村局", "2022年7月28日", "抄送：区应急局、区公安分局、区水利局、区文旅体局"]
KIND_TITLED = ["航行通告(某交执法航〔2025〕11号)", "各有关单位、航行船舶：", "现将有关事项通告如下：",
               "一、管制时间", "自即日起。", "某某市交通运输综合行政执法大队", "2025年7月17日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_the_rest_of_a_list_the_wrap_cut_is_no_line_of_the_title_under_it(columns):
    """GB/T 9704 7.4.2: the 抄送机关 are listed parted by commas, the list ended
    by its last organ (and a full stop); no list ends on the enumeration comma
    (、). Where the wrap cut the 抄送 line after one ('…区水利局、' / '区文旅体
    局'), the short organ's name under it is the list's rest, no 发文机关 over
    the next title, however much that title ('航行通告', organ + kind) looks
    like a 公告's two lines (organ over kind, GB/T 9704 10.1)."""
    first, second = _documents(CC_CUT + KIND_TITLED, columns)
    assert first.title == CC_CUT[0] and second.title == "航行通告"
    assert second.doc_number == "某交执法航〔2025〕11号"
    assert second.issuers == ["某某市交通运输综合行政执法大队"] and second.addressees == "各有关单位、航行船舶"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_wrapped_after_an_enumeration_comma_stays_one_title(columns):
    """Control: a title whose own line ends on 、 where the wrap cut it
    ('…关于印发某某、' / '某某方案的通知') is one title still: the line above
    the cut is the title's, so the line under it goes on with the title."""
    title = ["某某市人民政府办公室关于印发某某港口岸线管理、", "内河航道养护和渡口渡船安全管理办法的通知"]
    docs = _documents(NEXT + title + ["各县（区）人民政府：", "现将上述办法印发给你们，请认真贯彻执行。",
                                      "某某市人民政府办公室", "2020年5月13日"], columns)
    assert [d.title for d in docs] == [NEXT[0], "".join(title)]


def _issue(entries: list[str], body: list[str]):
    lines = ["某某市人民政府公报", "2024年第1号", "目　　录", *entries, *body]
    return convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")


SHORT_FIRST = ["甲市交通运输综合行政执法支队文件", "禁航通告 1", "乙市地方海事局文件",
               "关于新建某某铁路工程某某航线勘探施工的", "航行通告 1", "丙市交通运输局文件", "禁航通告 2"]
BODY = ["禁航通告", "各有船单位和船舶：", "现将辖区水域通航事宜通告如下：", "一、管制时间：2021年7月25日20时起。",
        "甲市交通运输综合行政执法支队", "2021年7月25日",
        "关于新建某某铁路工程某某航线勘探施工的航行通告", "现将有关事项通告如下：", "一、施工时间：每天0700时起。",
        "乙市地方海事局", "2019年7月19日",
        "禁航通告", "现将有关事项通告如下：", "一、禁航水域：某某河城区段。", "丙市交通运输局", "2023年6月1日"]


def test_a_contents_opening_on_a_kind_titled_entry_over_a_wrapped_one_is_read():
    """A 目录 lists its documents in page order, each entry's title and page; a
    title it wraps prints its page on its last line, the title being all its
    lines ('关于新建…勘探施工的' / '航行通告 1'). An entry titled by its kind
    word alone ('禁航通告 1') is one before the next entry at a page not
    before its own: that next entry is the wrapped one, its title its lines
    together, though the last line alone is short. The 目录 is read, and the
    body's first title opens the first document, not the tail of the last
    entry."""
    gazette = _issue(SHORT_FIRST, BODY)
    assert [e.title for e in gazette.toc] == ["禁航通告", "关于新建某某铁路工程某某航线勘探施工的航行通告", "禁航通告"]
    assert [d.title for d in gazette.documents] == ["禁航通告", BODY[6], "禁航通告"]
    assert [d.issuers for d in gazette.documents] == [["甲市交通运输综合行政执法支队"], ["乙市地方海事局"], ["丙市交通运输局"]]


def test_a_short_line_under_a_kind_titled_entry_that_no_entry_follows_is_no_contents():
    """Control: a kind-titled line with a figure ('通告 1') over body lines
    with no entry and page under them is no 目录's first entry."""
    gazette = _issue(["通告 1", "为保障船舶航行安全，现将有关事项通告如下：", "一、某某水域禁航。"],
                     ["某某县交通运输局", "2024年2月8日"])
    assert gazette.toc == []


# A 禁航通告 titled by its 事由 and 文种 alone, its 主送 run in after the title as a page that joins text boxes gives it.
TERSE_NOTICE = ["禁航通告各有船单位和船舶:", "鉴于我市已进入防汛应急响应，现将辖区水域通航事宜通告如下:",
                "一、管制时间:2021年7月25日20时起。", "二、管制水域:全市内河航道。", "某某市交通运输综合行政执法支队",
                "2021年7月25日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_terse_title_with_its_addressees_run_in_is_parted(columns):
    """GB/T 9704 7.3.1-7.3.2: a 通告's title of its 事由 and 文种 alone ('禁航通告':
    organ and 关于 left off), the 主送 on a line of its own under it; a page that
    runs the 主送 in ('禁航通告各有船单位和船舶:') is parted where the title stands:
    no sentence opens on so few words and its kind word and goes on to a 主送."""
    docs = _documents(NOTICE + TERSE_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "禁航通告"]
    assert docs[1].addressees == "各有船单位和船舶"


@pytest.mark.parametrize("columns", [None, 18])
def test_a_closing_formula_before_addressees_is_no_terse_title(columns):
    """Control: the 结束语 '特此通告' run on before names and a colon opens no title
    (CLOSING_FORMULA_RE): the text above keeps it, no document begins there."""
    lines = NOTICE[:3] + ["特此通告各有关单位:"] + NOTICE[3:]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# A rule's article the store cut mid-sentence, then a 通告 titled by its 事由 and 文种 alone over its ground.
CUT_ARTICLE = ["某某市水上安全管理办法", "第一条 为了加强水上交通安全管理，制定本办法。",
               "第二条 自然资源、水务、港口等主管部门在编制国土空间规划、水资源规划、港口规划等相关规划时"]
BARE_BAN = ["禁航通告", "为预防船舶碰撞和水上交通事故发生，确保皮划艇联赛顺利举办，根据《中华人民共和国内河交通安全管理条例》"
            "第二十三条规定，决定对活动水域实施禁航。", "1.活动期间，其他船舶不得进入禁航水域。", "某某市交通运输局",
            "2023年6月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_titled_by_its_matter_alone_over_its_ground_opens_under_a_cut_article(columns):
    """GB/T 9704 7.3.1 lets a title leave its 发文机关 out, and a 通告 or
    公告 an organ publishes to all is often titled by its 事由 and 文种 alone
    ('禁航通告'). Over a first paragraph that opens on its ground or purpose
    ('为预防…', '根据…') it is a title though the line above stops
    mid-sentence (the store cut the article there, '…等相关规划时'): no
    sentence runs on past a 文种 into '为…'. The cut tail, on its own line
    or the wrap's, is no line of it."""
    docs = _documents(CUT_ARTICLE + BARE_BAN, columns)
    assert [d.title for d in docs] == [CUT_ARTICLE[0], BARE_BAN[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市交通运输局"], "2023-06-01")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_ending_on_publishing_a_notice_stays_the_articles(columns):
    """Control: the article's words ending on the act of putting a notice out
    ('…相关规划时' / '应当发布通告', a verb before the 文种) over a line
    opening on '为' stay the rule's text: the line ends the article's
    sentence, no title over a body."""
    docs = _documents(CUT_ARTICLE[:2] + ["第二条 主管部门在编制相关规划时", "应当发布通告",
                                         "为预防船舶碰撞，主管部门可以划定禁航水域。"], columns)
    assert [d.title for d in docs] == [CUT_ARTICLE[0]]
