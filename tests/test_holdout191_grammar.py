"""The document grammar on layouts of the hundred-and-ninety-first held-out
set's kind (issue #11): statistical bulletins of counties (统计公报,
经济普查公报, 人口普查公报) as county portals, e-papers, forums and
collecting sites store them: a web table copied one cell a line, each cell
closed by its column's bar ('一、法人单位 |'); a forum's post that runs the
page's address into the title's line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

CENSUS = ["某某县第四次全国经济普查主要数据公报", "某某县统计局", "某某县第四次全国经济普查领导小组办公室", "2020年5月20日",
          "根据第四次全国经济普查结果，现将主要数据公布如下：", "一、单位基本情况",
          "2018年末，全县共有从事第二产业和第三产业活动的法人单位3000个（详见表1-1）。",
          "表1-1 单位数与个体经营户数 |", "单位数（个） |", "比重（%） |", "一、法人单位 |", "3000 |", "100 |",
          "企业法人 |", "2400 |", "80.0 |", "二、产业活动单位 |", "3500 |", "100 |",
          "二、从业人员", "2018年末，全县法人单位从业人员5万人。"]


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_web_tables_cell_closed_by_its_bar_is_no_provision(columns):
    """A web table copied one cell a line closes each cell with its
    column's bar ('一、法人单位 |'): a row's head, which may open on a
    label as the table's own groups do, is a cell, not the bulletin's part
    一、 or 二、; the parts are the headings over the text ('二、从业人员',
    control)."""
    doc, = _documents(CENSUS, columns)
    assert _labels(doc) == ["一、", "二、"]


LINKED = ["https://www.example.gov.cn/zwgk/tjxx/tjgb/content_12345 某某县第七次全国人口普查公报(第一号)",
          "——全县人口情况", "某某县统计局", "某某县第七次全国人口普查领导小组办公室",
          "根据《中华人民共和国统计法》和《全国人口普查条例》规定，我国以2020年11月1日零时为标准时点进行了第七次全国人口普查。"
          "根据第七次全国人口普查结果，现将全县人口的基本情况公布如下：", "一、常住人口",
          "全县常住人口为373043人，与2010年第六次全国人口普查的400839人相比，减少27796人，下降6.93%，年平均增长率为-0.72%。",
          "二、户别人口",
          "全县共有家庭户126113户，集体户3853户，家庭户人口为352384人，集体户人口为20659人。平均每个家庭户的人口为2.79人，"
          "比2010年第六次全国人口普查减少0.43人。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_page_address_run_into_the_titles_line_is_no_part_of_the_title(columns):
    """A forum's post that copies a bulletin runs the page's address into
    the title's line ('https://…/content_12345 某某县…公报(第一号)'), the
    wrap perhaps cutting the address over lines: the address is the post's,
    the title what follows it."""
    doc, = _documents(LINKED, columns)
    assert doc.title.replace("（", "(").replace("）", ")") == "某某县第七次全国人口普查公报(第一号)"
    assert doc.issuers == ["某某县统计局", "某某县第七次全国人口普查领导小组办公室"]
    assert _labels(doc) == ["一、", "二、"]


ADDRESSED = ["某某县人民政府关于开通政务服务网的通告", "为方便群众办事，现就有关事项通告如下：",
             "一、本县政务服务网已于2021年3月1日开通。",
             "https://www.example.gov.cn/zwfw 为本县政务服务网的网址，群众可登录办理各类事项。",
             "二、本通告自发布之日起施行。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_address_opening_a_sentence_of_the_body_stays_in_it(columns):
    """Control: an address that opens a sentence of the body ('https://…
    为本县政务服务网的网址，…') before no title is the text's own."""
    doc, = _documents(ADDRESSED, columns)
    text = "".join(b.text for part in doc.parts for b in part.blocks)
    assert "example.gov.cn/zwfw" in text and doc.title == ADDRESSED[0]


SECOND = ["某某县2022年国民经济和社会发展统计公报", "某某县统计局", "2023年3月20日",
          "2022年，全县上下坚持稳中求进工作总基调，经济运行稳中向好。", "一、综合",
          "初步核算，全年实现地区生产总值202.5亿元，按可比价格计算，比上年增长5.2%。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bulletins_title_that_fills_the_measure_ends_over_its_compilers(columns):
    """A bulletin's title the wrap filled to the measure on its kind word
    ('某某县第四次全国经济普查主要数据公报', 18 characters, at 18 columns)
    runs on into no line under it: its compilers stand there (the 统计局,
    the 普查领导小组办公室, wrapped or not), its frame as a date would be;
    both bulletins run together are found, each with its authors."""
    docs = _documents(CENSUS + SECOND, columns)
    assert [d.title for d in docs] == [CENSUS[0], SECOND[0]]
    assert docs[0].issuers == ["某某县统计局", "某某县第四次全国经济普查领导小组办公室"]
    assert docs[0].date == "2020-05-20"


SHORT = ["某某县第七次全国人口普查公报(第二号)", "——人口性别构成情况", "某某县统计局", "某某县第七次全国人口普查领导小组办公室",
         "根据第七次全国人口普查结果，现将全县人口性别构成情况公布如下：", "一、全县人口性别构成", "全县常住人口中，男性人口为19万人。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bulletins_compilers_end_their_line_over_its_text(columns):
    """A bulletin's head is its 副题 and its compilers' names, each a line
    of its own over the text's first sentence ('根据…公布如下：'): the
    office's line stands alone though, in a short text whose lines are all
    short, it seems to fill the measure; both compilers are the authors."""
    doc, = _documents(SHORT, columns)
    assert doc.issuers == ["某某县统计局", "某某县第七次全国人口普查领导小组办公室"]
    assert _labels(doc) == ["一、"]


ADDRESSED_BUREAU = ["某某县人民政府办公室关于做好统计工作的通知", "各乡镇人民政府，县直各单位，县统计局，县财政局：",
                    "为做好统计工作，现将有关事项通知如下：", "一、各单位要按时报送统计数据。", "某某县人民政府办公室", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_main_addressee_line_ending_on_a_bureau_runs_on(columns):
    """Control: a 主送 that the wrap cut right after '…县统计局' (18
    columns) goes on to its colon; a list of organs parted by commas is no
    bulletin's compilers."""
    doc, = _documents(ADDRESSED_BUREAU, columns)
    assert doc.addressees == "各乡镇人民政府，县直各单位，县统计局，县财政局"
