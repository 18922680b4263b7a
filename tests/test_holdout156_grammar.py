"""The document grammar on layouts of the hundred-and-fifty-sixth held-out
set's kind (issue #11): documents of people's organisations (群团组织: 共青团,
妇联, 总工会, 红十字会, 科协), their 通知 and 倡议书, signed by the
organisation or by nothing the page kept. Each case is invented text laid out
as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 20, 26]


# ---------------------------------------------------------------- a 成文日期 printed to the month

APPEAL = ["倡议书", "全县广大妇女姐妹们:",
          "为助力乡村振兴,县妇联向全县广大妇女发出倡议:让我们从自身做起,从家庭做起,为建设美丽乡村贡献一份力量。"]
NEXT = ["致全县广大职工的倡议书", "全县广大职工朋友们:", "县总工会向全县广大职工发出如下倡议:争做文明城市的践行者。",
        "某某县总工会", "2024年3月19日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date", ["2006年12月", "二〇〇六年十二月", "2006年 12月"])
def test_a_date_to_the_month_under_the_signature_closes_it(date, columns):
    """GB/T 9704 7.3.5 writes the 成文日期 under the signature with its day;
    a page that prints the year and month only ('2006年12月') still closes
    the signature with it: the organ over it is the document's issuer, and
    the date names no day (read as none, reported)."""
    docs = _documents(APPEAL + ["某某县妇女联合会", date] + NEXT, columns)
    assert [d.title for d in docs] == ["倡议书", "致全县广大职工的倡议书"]
    assert docs[0].issuers == ["某某县妇女联合会"]
    assert docs[0].date is None
    assert docs[1].issuers == ["某某县总工会"] and docs[1].date == "2024-03-19"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_month_heading_in_the_body_is_no_date(columns):
    """Control: a year and month on a line of its own under a sentence of the
    body, no organ's name over it, heads what follows (a chronicle's month,
    a period): no 成文日期, no signature."""
    docs = _documents(APPEAL + ["2006年12月", "全县妇联组织开展巾帼志愿服务活动,参与妇女群众3000余人次。"] + NEXT, columns)
    assert [d.title for d in docs] == ["倡议书", "致全县广大职工的倡议书"]
    assert docs[0].issuers == [] and docs[0].date is None
    assert any("巾帼志愿服务" in getattr(b, "text", "") for part in docs[0].parts for b in part.blocks)


# ---------------------------------------------------------------- a 文种 alone under a list's last name

def _notice_listing(last: str) -> list[str]:
    return ["某市教育局关于公布先进集体名单的通知", "各直属学校:",
            "现将2021年度先进集体名单予以公布,希望受表彰的集体珍惜荣誉,再创佳绩。",
            "附件:1.2021年度某市教育系统五四红旗团委名单", "2.2021年度某市教育系统先进团委、" + last]


@pytest.mark.parametrize("columns", [18, 20, 22, 26])
def test_a_kind_word_alone_under_a_names_last_line_is_a_title_of_its_own(columns):
    """A title ends on one 文种 (GB/T 9704 7.3.1): a line the wrap turned
    off a list's last name, ending on its own kind word ('…团员名单'), over
    a line that is a 文种 alone ('倡议书', a letter titled by its kind only)
    with its 称谓 under it: the kind word is the next document's whole
    title, no line of a title that names '名单倡议书'; so too under the
    list's numbered item that fills the measure (at 26 columns)."""
    docs = _documents(_notice_listing("团支部和团员名单") + APPEAL, columns)
    assert [d.title for d in docs] == ["某市教育局关于公布先进集体名单的通知", "倡议书"]
    assert docs[1].addressees == "全县广大妇女姐妹们"


@pytest.mark.parametrize("columns", [None, 20])
def test_control_a_kind_word_alone_ends_a_title_wrapped_on_to_it(columns):
    """Control: the kind word alone on the last line of a title the wrap
    carried on to it ('…有关事项的' / '通知') is that title's."""
    title = "某市教育局关于做好2021年度先进集体评选有关事项的通知"
    docs = _documents([title, "各直属学校:", "现将有关事项通知如下,请认真贯彻执行。", "某市教育局", "2021年4月1日"], columns)
    assert [d.title for d in docs] == [title]
