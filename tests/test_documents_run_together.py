"""The two plainest layouts, "together" (a set's documents run together in
their order, one line a paragraph, no wrapping) and "single" (each document
a file of its own; tests/devset/layout.py run_together and singles): the
documents 22 held-out sets still lost there, worked shape by shape. Most
are store damage no rule should mend (a text stored as ONE line with its
marks scrambled, a 版头 that lost its bracket, a record that counts a page's
address); the rules here read what GB/T 9704 and the layout of such pages
say:

- a yearbook's chronicle is printed a month to a page, each page titled by
  its month alone ('9月', '6月') and a 方志 database stores each so: a month
  alone over a day's entry titles a month's page first in a text, and under
  a chronicle titled by one other month, which holds that month's days only
  (builder/stages/split/titles/blocks.py, month_page;
  split/documents.py, _next_month_page). holdout131's 普陀 page and
  holdout221's 泰安 and 烟台 pages, untitled alone and read into the page
  above run together, are found in every run-together and single layout;
- a 政策解读 an organ publishes beside the text it issues is titled by that
  text's name and the word alone ('《X》解读', '《X》政策解读'), over its
  outline's first heading ('一、出台背景'): no sentence runs on into a quoted
  name and 解读 and stops there, so it opens a document whatever the line
  above ended on (split/titles/preamble.py, explained_over_outline;
  split/documents.py, opens_document). holdout242's 醴陵 解读 under a 附注
  the store cut inside its bracket, and holdout117's 精武镇 解读 under a
  notice cut mid-word, are found run together.

Each case is invented text, laid out one line a paragraph and wrapped at 18
columns, through the real input path (tests/test_holdout7_grammar.py
_documents); each fails without its rule, and each has a control that shows
what must stay.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


def _entries(doc) -> list[str]:
    return [p.label for p in doc.provisions]


# Two month pages of a yearbook's chronicle, each titled by its month alone; the first page's first entry a span
# across two months, the second page's days run straight into their text.
JUNE = ["6月", "5月30日~6月5日 全市项目建设检查考核会议召开。", "6~8日 省调研检查组到本市调研。", "19日 市长会见外国客商一行。"]
DECEMBER = ["12月", "1日市政府召开出口企业座谈会。", "3~22日本市出现连续强降雪天气过程。", "9日市委召开全委会议。"]
# A month's chronicle titled with its year and month, and the month alone over an event of that month.
SEPTEMBER = ["1984年9月大事记", "14日", "县政府拟订房屋拆迁安置暂行办法。", "30日", "某某公路通车。",
             "9月", "某某丝织厂产品获国家银质奖。"]
NOVEMBER_PAGE = ["11月", "5日  区召开主题教育动员会。", "同日  区教育大会召开。", "16—19日  区长率团到外地考察。"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_month_alone_first_in_a_text_titles_its_page(columns):
    """A month alone first in a text, over a day's entry, is the title of a
    month's page of a chronicle (a yearbook sets each month on a page of its
    own): the page is a chronicle of that month, its entries its days."""
    doc, = _documents(NOVEMBER_PAGE, columns)
    assert doc.title == "11月"
    assert len(_entries(doc)) == 3


@pytest.mark.parametrize("columns", [None, 18])
def test_another_month_under_a_page_of_one_month_opens_its_page(columns):
    """A chronicle titled by one month holds that month's days only: a
    heading of another month under it is the next page's title, under a page
    titled by its month alone ('6月' then '12月') and under one titled with
    its year and month ('1984年9月大事记' then '11月')."""
    docs = _documents(JUNE + DECEMBER, columns)
    assert _titles(docs) == ["6月", "12月"]
    assert [len(_entries(d)) for d in docs] == [3, 3]
    docs = _documents(SEPTEMBER + NOVEMBER_PAGE, columns)
    assert _titles(docs) == ["1984年9月大事记", "11月"]


@pytest.mark.parametrize("columns", [None, 18])
def test_its_own_month_and_a_years_months_stay_headings_control(columns):
    """Control: the chronicle's own month alone over an event ('9月' in
    September's chronicle) is its last entry, no page; a chronicle of a year
    heads its months with the month alone ('1月', '2月'), and they stay its
    headings; and a month alone inside a notice over dated sentences is a
    line of the notice."""
    doc, = _documents(SEPTEMBER, columns)
    assert doc.title == "1984年9月大事记"
    year = ["2011大事记", "1月", "1月3日  县消防大队成功营救被困农妇。", "2月", "2月4日  县举办杨梅种植培训会。"]
    doc, = _documents(year, columns)
    assert doc.title == "2011大事记" and len(_entries(doc)) == 2
    notice = ["某某市人民政府关于做好防汛工作的通知", "各县（市、区）人民政府：", "现将有关事项通知如下：", "6月",
              "8日前，各地完成汛前检查。", "某某市人民政府", "2016年6月2日"]
    doc, = _documents(notice, columns)
    assert doc.title == notice[0] and _entries(doc) == []


# A notice excerpt the store cut mid-sentence, and one cut inside its 附注's bracket: nothing closes either.
CUT_NOTICE = ["关于做好残疾儿童康复救助工作的通知", "各乡镇人民政府：", "为做好残疾儿童康复救助工作，现就有关事项通知如下：",
              "一、加强组织领导", "各乡镇要落实残疾儿童康复救助责任，各级党委政府要"]
CUT_NOTE = ["关于做好残疾儿童康复救助工作的通知", "各乡镇人民政府：", "为做好残疾儿童康复救助工作，现就有关事项通知如下，请认真贯彻执行。",
            "(此件公开"]
EXPLAINED = "《某某市建立残疾儿童康复救助制度实施方案》解读"
EXPLANATION = ["一、出台背景", "为全面贯彻落实党中央关于残疾人事业的部署，改善残疾儿童康复状况，制定本方案。", "二、主要内容",
               "方案分救助对象、救助内容和标准等部分。", "某某市残疾人联合会", "2019年7月11日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_an_explanation_titled_by_the_name_it_explains_opens_under_a_cut_line(columns):
    """A 政策解读 an organ publishes beside the text it issues (政府信息公开
    条例) is titled by that text's name in 《》 and the word 解读 alone
    ('《X》解读', '《X》政策解读'); over its outline's first heading ('一、出台
    背景') it opens a document under a line the store cut mid-sentence or
    inside a bracket: no sentence runs on into a quoted name and 解读 and
    stops there, unclosed, over a heading that opens an outline."""
    for above in (CUT_NOTICE, CUT_NOTE):
        docs = _documents(above + [EXPLAINED] + EXPLANATION, columns)
        assert _titles(docs) == [above[0], EXPLAINED]
        assert docs[1].issuers == ["某某市残疾人联合会"] and docs[1].date == "2019-07-11"
    policy = "《2023年某某镇政府工作报告》政策解读"
    docs = _documents(CUT_NOTICE + [policy, "一、《报告》起草过程", "按照镇政府要求，起草组认真学习有关部署。"], columns)
    assert _titles(docs) == [CUT_NOTICE[0], policy]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_quoted_name_and_its_explanation_in_a_sentence_stay_control(columns):
    """Control: under a cut line, a quoted name and 解读 over a sentence (no
    outline under it), or with words between them ('《X》的解读工作'), stay in
    the text they go on; an outline's own heading that names a 解读
    ('二、《X》解读') is no title."""
    for line, below in ((EXPLAINED, "等文件精神，各单位要认真学习领会。"),
                        ("《某某市建立残疾儿童康复救助制度实施方案》的解读工作", "一、出台背景"),
                        ("二、" + EXPLAINED, "方案分救助对象、救助内容和标准等部分。")):
        docs = _documents(CUT_NOTICE + [line, below, "某某县人民政府", "2019年7月1日"], columns)
        assert _titles(docs) == [CUT_NOTICE[0]]
