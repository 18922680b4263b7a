"""The document grammar on layouts of the sixty-sixth held-out set's kind
(issue #11): 通告 that regulate a place and a time (交通管制, 限行, 禁火令,
封山令, 禁渔期, 防汛 应急响应), as web pages and gazettes print them. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
CONTROL_BODY = ["根据县指挥部的工作安排，现将有关事宜通告如下：", "一、管制时间", "9月16日0时至9时。",
                "二、管制期间，除应急车辆外，其余车辆一律禁止上路行驶。", "某某县公安局交通警察大队", "2022年9月15日"]


# ---------------------------------------------------------------- a headline that quotes the title, and its day

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("headline", ["《关于对某某县城区道路实行临时交通管制的通告》(2022年9月16日)",
                                      "《关于对某某县城区道路实行临时交通管制的通告》（2022年9月16日）"])
def test_a_headline_quoting_the_title_with_its_day_after_it_is_the_title(headline, columns):
    """GB/T 9704 7.3.1 prints a title bare; a web page quotes the whole title
    in 《》 as its headline and may print the day it published it in brackets
    after the marks. Under another document the line is a title all the same
    (关于 and a 文种 inside the marks): the title is what the marks hold, the
    date is the one under the signature, not the page's day."""
    docs = _documents(NOTICE + [headline] + CONTROL_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于对某某县城区道路实行临时交通管制的通告"]
    assert (docs[1].issuers, docs[1].date) == (["某某县公安局交通警察大队"], "2022-09-15")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_law_quoted_alone_on_a_line_is_no_title(columns):
    """Control: a name of a law or a 办法 quoted alone on its line (a list of
    the texts a notice repeals, each with the day it was issued) has no 关于:
    a line of the text, no title."""
    body = ["某某县人民政府关于废止部分规范性文件的通知", "各乡镇人民政府：", "经清理，下列文件予以废止：",
            "《某某县森林防火办法》(2010年3月1日)", "《某某县城区交通管理办法》(2012年5月4日)", "某某县人民政府",
            "2022年9月15日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_sentence_opening_on_a_quoted_title_stays_a_sentence(columns):
    """Control: a notice that issues a text opens its sentence on the text's
    quoted title ('《关于…的实施意见》已经市委同意'): no headline, no day after it."""
    body = ["某某县人民政府办公室印发《关于推进政务公开工作的实施意见》的通知", "各乡镇人民政府：",
            "《关于推进政务公开工作的实施意见》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
            "某某县人民政府办公室", "2017年1月10日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].date == "2017-01-10"


LONG_BODY = ["根据某某县疫情防控现场处置指挥部的工作安排,某某县将于9月16日、17日、18日连续三天开展全员核酸检测。为确保"
             "三天核酸检测工作有序进行,某某县公安局交通警察大队将对县域内道路实行临时交通管制,具体事宜通告如下:",
             "一、管制时间", "9月16日00:00--09:00。", "二、临时交通管制期间,所有单位、企业、村(居)、停车场、小区物管等要积极"
             "支持配合交通管制工作,严格禁止本区域内车辆外出上路行驶。", "某某县公安局交通警察大队", "2022年9月15日"]


@pytest.mark.parametrize("columns", list(range(18, 31)))
def test_a_dated_headline_at_any_width_is_the_title(columns):
    """Wherever the wrap falls: the headline's day set on a line of its own
    ('《…的通告》' / '(2022年9月16日)') is the headline's, no 题注, and a
    headline that fills the measure is its own head, no body line running
    on past a 文种 (a title names no day after its 文种)."""
    headline = "《关于对某某县城区道路实行临时交通管制的通告》(2022年9月16日)"
    for above in (NOTICE, []):  # under another document, and at the top of its file
        docs = _documents(above + [headline] + LONG_BODY, columns)
        assert [d.title for d in docs] == above[:1] + ["关于对某某县城区道路实行临时交通管制的通告"]
        assert (docs[-1].issuers, docs[-1].date) == (["某某县公安局交通警察大队"], "2022-09-15")


# ---------------------------------------------------------------- a notice printed on one line, parted by spaces

ONE_LINE = ("某某市某某区人民政府关于发布森林禁火令的通告 根据《森林防火条例》的规定，为有效预防森林火灾，全区林区自"
            "2025年3月24日0时起至4月15日24时止，禁止一切野外用火。违令者依法严惩。 森林火警电话:12119 特此通告。 "
            "某某市某某区人民政府 2025年3月20日")


@pytest.mark.parametrize("columns", [None, 20, 26])  # (at 18 the wrap cuts the signature run in: left, see README)
def test_a_title_a_space_parts_from_the_body_it_runs_into_is_the_title(columns):
    """GB/T 9704 7.3.1 sets the title on lines of its own; a page that runs a
    whole notice into one line parts its pieces by single spaces: the title
    (an organ, 关于, a 文种 at the end) then, after the space, the body's
    first sentence opening as bodies open ('根据…'). The title ends at its
    文种 as it does where no space parts them (unfold._title_then_addressees)."""
    docs = _documents(NOTICE + [ONE_LINE], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市某某区人民政府关于发布森林禁火令的通告"]
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区人民政府"], "2025-03-20")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_title_before_a_space_stays_a_sentence(columns):
    """Control: a body line that cites a title and goes on after a space
    ('…，按照' / '某某县人民政府关于…的通告 根据…') runs on from a sentence
    above: no title stands there, as none does where no space parts them."""
    body = ["某某县林业局关于做好森林防火工作的通知", "各乡镇林业站：", "各站要认真执行，按照",
            "某某县人民政府关于发布森林禁火令的通告 根据通告要求加强巡查。", "某某县林业局", "2025年3月21日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]


ISSUE_HEAD = ["某某市人民政府公报", "2025年第3号", "（总第903期）", "2025年3月20日", "目　　录", "某某市某某区人民政府文件"]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_title_run_into_its_body_under_the_toc_is_the_title(columns):
    """The title under a printed issue's 目录 stands after the last entry's
    leaders and page as after a finished sentence: a title run into its
    body there is parted where the body opens, as at the top of a file."""
    entry = "某某市某某区人民政府关于发布森林禁火令的通告……………1"
    docs = _documents(ISSUE_HEAD + [entry, ONE_LINE], columns)
    assert [d.title for d in docs] == ["某某市某某区人民政府关于发布森林禁火令的通告"]
    assert docs[0].date == "2025-03-20"


# ---------------------------------------------------------------- a body's first line that the wrap ends on a 文种

def test_a_body_line_opening_as_bodies_open_goes_on_no_title():
    """A whole title, then the body's first line as the wrap cut it: it
    opens as a body's first sentence opens ('根据…') and happens to end in a
    文种 ('…第三十条规定'). No title goes on with such words after its 文种:
    the title ends on its own line."""
    from builder.convert import convert
    text = "\n".join(["某某县人民政府关于发布", "森林禁火令的通告", "根据《森林草原防灭火条例》第三十条规定",
                      "以及上级的要求,全县林区禁止一切野外用", "火,违者将依法依规严肃查处。", "特此通告", "某某县人民政府",
                      "2026年1月8日"])
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["某某县人民政府关于发布森林禁火令的通告"]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2026-01-08")
