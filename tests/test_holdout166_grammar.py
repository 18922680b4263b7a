"""The document grammar on layouts of the hundred-and-sixty-sixth held-out
set's kind (issue #11): chronicles (大事记) of banners, counties and a
development zone as their gazettes, archives and portals store them, each
entry under a bullet ('●4月2日，…'), a title with its month run in after
the genre's name ('…大事记2020年4月'), a county's year told month by month
('1月，…', '1月初，…'). Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

pytestmark = pytest.mark.unit

CHRONICLE = ["某某区2019年6月大事记",
             "1日 区长张某主持召开区政府常务会议，研究部署防汛工作。",
             "2日 副区长李某调研全区重点项目建设。"]


# ---------------------------------------------------------------- a bullet before an entry's date

BULLETED = ["某某旗人民政府大事记", "(4 月 2 日-4 月 29 日)",
            "●4月2日，旗委副书记、旗长张某主持召开旗安全生产工作会议。",
            "●4月2日，某某旗召开鼠疫防控工作会议，对下一阶段全旗鼠疫防控工作进行安排部署。",
            "●4月9日旗委常委、副旗长李某调度旗级领导包联重大项目相关事宜。",
            "●4月20日， 旗委副书记、旗长张某主持召开旗人民政府常务会议。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bullet_before_an_entry_s_date_opens_the_entry(columns):
    """A gazette may set each entry of its chronicle under a bullet ('●',
    '★', '◆'), as a list's items are set: the bullet marks the entry, the
    date after it opens it and anchors it, comma or none after the date."""
    doc, = _documents(BULLETED, columns)
    assert [p.date for p in doc.provisions] == ["--04-02", "--04-02", "--04-09", "--04-20"]
    assert doc.provisions[2].text.startswith("旗委常委、副旗长李某调度")


def test_a_bullet_over_no_date_stays_text():
    """Control: a bullet before no date ('●全旗…') opens no entry: it stays
    the text of the entry above."""
    doc, = _documents(BULLETED[:3] + ["●全旗各苏木镇同步召开会议。"], None)
    assert [p.date for p in doc.provisions] == ["--04-02"]


# ---------------------------------------------------------------- the period after the chronicle's name

ZONE = ["某某经济技术开发区大事记2020年4月",
        "4月2日  工委书记、管委主任张某主持召开工委会议，研究企业扶持事宜。",
        "△工委书记、管委主任张某会见某某集团客人一行。",
        "4月7日  工委书记、管委主任张某主持召开工委会议，研究班子成员工作分工调整事宜。"]
PARTS = ["某某县大事记(四)——改革开放新时期②",
         "1989年",
         "1月3日  县政府批准直属企业工资总额同经济效益挂钩方案。",
         "1月11─14日  县委、县政府召开全县农村工作会议，部署全年农业生产。",
         "2月24日  县政府确定某某乡为全县第一个“燎原计划”示范乡。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_chronicle_titled_with_its_month_run_in_after_its_name(columns):
    """A chronicle's title may run the month it covers in after the genre's
    name, no bracket round it ('…大事记2020年4月'): a chronicle's title all the
    same, its entries anchored in that year, '△' a further event of the day."""
    doc, = _documents(ZONE, columns)
    assert doc.title == ZONE[0]
    assert [p.date for p in doc.provisions] == ["2020-04-02", "2020-04-02", "2020-04-07"]


@pytest.mark.parametrize("columns", [None, 26])  # (at 18 the short title's wrap runs it into '1989年': left)
def test_a_chronicle_in_parts_names_its_era_after_a_dash_and_its_years_as_headings(columns):
    """A county's chronicle printed in parts names a part's era after a dash
    ('…大事记(四)——改革开放新时期②'), sets each year alone as a heading ('1989年')
    and may draw a span's dash with the box-drawing line ('1月11─14日'): the
    year heading is the year of the entries under it, a span is anchored by its
    first day."""
    doc, = _documents(PARTS, columns)
    assert doc.title == PARTS[0]
    assert [p.date for p in doc.provisions] == ["1989-01-03", "1989-01-11", "1989-02-24"]
    together = _convert(CHRONICLE + ZONE + PARTS, None).documents
    assert [d.title for d in together] == [CHRONICLE[0], ZONE[0], PARTS[0]]


def test_a_dash_and_an_era_after_no_chronicle_s_name_make_no_chronicle():
    """Control: an era after a dash closes a chronicle's name only; a 县志's
    title with one ('某某县志——改革开放新时期') is no chronicle."""
    docs = _documents(["某某县志——改革开放新时期", "1989年", "1月3日  县政府批准工资总额挂钩方案。"], None)
    assert not any(p.kind == "date" for d in docs for p in d.provisions)


# ---------------------------------------------------------------- a year told month by month, by season and by 是年

YEAR_TOLD = ["某某县1985年大事记",
             "1月初，某某县革命委员会复名某某县人民政府。",
             "1月，县召开三级干部会议，重点解决林业生产责任制问题。",
             "3月底，县城第二农贸市场动工兴建，翌年10月建成。",
             "9月，县城第一座七层大楼建成。",
             "秋季起，高中逐步恢复三年制。",
             "冬，全县农村实行家庭联产承包责任制。",
             "是年，普查森林资源，全县有山地面积224万亩。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_year_told_by_months_seasons_and_the_year_is_a_chronicle_s_entries(columns):
    """A county's chronicle of a year may know an event by its month alone
    ('1月，…'), by a part of the month after it ('1月初，', '3月底，'), by its
    season ('秋季起，', '冬，') or by the year itself ('是年，'): each opens
    an entry, anchored by the month where it gives one and by none where it
    gives only the year's part."""
    doc, = _documents(YEAR_TOLD, columns)
    assert [p.date for p in doc.provisions] == ["1985-01", "1985-01", "1985-03", "1985-09", None, None, None]
    assert doc.provisions[-1].text.startswith("普查森林资源")


@pytest.mark.parametrize("line", ["1月中国共产党某某县委员会召开全体会议。", "冬季农田水利建设全面展开。",
                                  "3月初一，县城举办元宵灯会。"])
def test_control_a_month_or_season_running_into_words_opens_no_entry(line):
    """Control: a month that runs into a word ('1月中国…'), a season that is
    a sentence's subject ('冬季农田水利…', no comma after it) and a lunar
    day ('3月初一') open no entry of the month or season: only a month or
    a season set off by its comma does."""
    doc, = _documents(CHRONICLE + [line], None)
    assert [p.date for p in doc.provisions] == ["2019-06-01", "2019-06-02"]
