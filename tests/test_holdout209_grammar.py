"""The document grammar on layouts of the two-hundred-and-ninth held-out
set's kind (issue #11): civil air defence (人民防空) texts of counties,
districts and cities (防空警报试鸣 通告 and 公告, a 政府令 publishing a 人防工程
办法, a district office's 通知 forwarding its 民防办's 试鸣方案) as portals and
law sites store them, excerpts the store cut mid-sentence. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A rule whose excerpt the store cut mid-sentence, inside an article: nothing closes it.
CUT_RULE = ["某某市人民防空工程管理办法", "第一章 总则",
            "第一条 为加强人民防空工程的建设与管理，根据有关法律、法规，结合本市实际，制定本办法。",
            "第二条 市、县人民政府应当将人防工程建设纳入国民经济和社会发展计划以及城市总体规划，按照本市城"]
# The next document's title run into its 主送 of organs, as an extractor that joins text boxes gives it.
FORWARDING = ["某某市某某区人民政府办公室关于转发区民防办制订的《某某区2021年防空警报试鸣方案》的通知"
              "区政府有关委、办、局，各街道办事处、镇政府：",
              "区民防办制订的《某某区2021年防空警报试鸣方案》已经区政府同意，现转发给你们，请认真按照执行。",
              "某某市某某区人民政府办公室", "2021年8月16日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_title_run_into_its_addressees_under_a_cut_sentence_is_parted(columns):
    """GB/T 9704 7.3.1-7.3.2: the 标题 (the organ's name, 关于, 事由, 文种) and
    the 主送 of organs closing on its colon under it. No sentence goes on into
    an organ's name, its 关于, a 事由, a 文种 and a list of organs closing on a
    colon, so under a rule the store cut mid-sentence such a run is the next
    document's title with its 主送 run in, parted as a letter's title and its
    称谓 are there: a document of its own."""
    docs = _documents(CUT_RULE + FORWARDING, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], FORWARDING[0].split("通知")[0] + "通知"]
    assert docs[1].addressees == "区政府有关委、办、局，各街道办事处、镇政府"
    assert docs[1].issuers == ["某某市某某区人民政府办公室"] and docs[1].date == "2021-08-16"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_going_on_into_a_cited_title_under_a_cut_line_opens_nothing(columns):
    """Control: under a line cut mid-sentence, a line that goes on citing a
    notice by its 关于 and 文种, the sentence then going on ('…的通知精神，
    各乡镇：' is no 主送: its words before the colon are the sentence's), or a
    title's words with no organ before 关于, open no document."""
    cut = ["某某县人民政府关于做好防空警报试鸣工作的通知", "各乡镇人民政府：",
           "一、根据市人民防空办公室"]
    going_on = ["关于做好防空警报试鸣工作的通知精神，现将有关事项通知如下：",
                "二、各乡镇要做好宣传。", "某某县人民政府", "2021年9月1日"]
    docs = _documents(cut + going_on, columns)
    assert [d.title for d in docs] == [cut[0]]
    assert docs[0].date == "2021-09-01"


def _toc(texts: list[str]):
    from builder.model import Line
    from builder.stages.masthead import read_toc
    entries, _ = read_toc([Line(no=n, text=t) for n, t in enumerate(texts, start=1)])
    return [(e.title, e.page) for e in entries]


# A 目录, then the first page's column: a title over three lines, then a sentence that cites two names, the wrap
# cutting it inside the second after a figure of the date it names ('…关于9' / '·18…').
CONTENTS = ["目  录", "某某县人民政府关于做好防空警报试鸣工作的通知……1", "某某县人民政府关于防空警报试鸣的公告……2"]
FIRST_PAGE = ["某某县国防动员办公室", "关于在城区试鸣防空警报信号的", "通 告",
              "根据《某某省实施<中华人民共和国人民防空法>办", "法》的规定和《某某市国防动员办公室关于9·18",
              "警报试鸣工作的通知》，为了让广大群众了解防空警报知识，"]


def test_figures_inside_a_name_cited_on_the_lines_above_are_no_entrys_page():
    """A 目录 entry's title is whole, every 《 it opens closed before its
    page (quotation_open). Under the 目录, a body's sentence that cites a
    name wrapped over lines ('根据《…办' / '法》的规定和《…关于9·18') and
    the wrap cut after a figure inside the second name is no entry: the
    figures are the cited name's ('9·18'), so the 目录 ends above the
    title of the page and reads its two entries only."""
    assert _toc(CONTENTS + FIRST_PAGE) == [("某某县人民政府关于做好防空警报试鸣工作的通知", 1),
                                            ("某某县人民政府关于防空警报试鸣的公告", 2)]


def test_an_entry_wrapped_over_lines_that_closes_its_names_keeps_its_page():
    """Control: an entry wrapped over lines whose 《》 closes before its
    page ('…关于印发《某某' / '市人民防空工程管理办法》的通知……3') is an entry, its page read."""
    texts = CONTENTS + ["某某市人民政府关于印发《某某", "市人民防空工程建设维护使用管理办法》的通知……3"]
    assert _toc(texts)[-1] == ("某某市人民政府关于印发《某某市人民防空工程建设维护使用管理办法》的通知", 3)


# A 目录 grouping its entries under each issuer's 发文机关标志; one entry is a headline with a comma.
SECTIONED = ["目  录", "某某县人民政府文件", "某某县人民政府关于做好防空警报试鸣工作的通知……1",
             "某某县人民政府办公室文件", "9月18日，我县将在城区试鸣防空警报……3",
             "某某县国防动员办公室文件", "某某县国防动员办公室关于防空警报试鸣的公告……4"]


def test_an_entry_before_its_leaders_is_one_though_its_title_holds_a_comma():
    """A 目录 sets dot leaders between an entry's title and its page, and
    no sentence prints them: a title that holds a comma (a headline, a
    speech's '凝心聚力，…——在…上的讲话') before its leaders and page is an
    entry, and the next section's heading under it heads the next entry,
    not a line of its title (so the heading, printed again as a running head,
    is page furniture in the body)."""
    assert _toc(SECTIONED) == [("某某县人民政府关于做好防空警报试鸣工作的通知", 1),
                               ("9月18日，我县将在城区试鸣防空警报", 3),
                               ("某某县国防动员办公室关于防空警报试鸣的公告", 4)]


def test_a_sentence_cut_after_a_figure_under_the_contents_is_no_entry():
    """Control: with no leaders, a line that holds a comma and ends on a
    figure is a sentence the wrap cut inside a number ('…现将某某县20' /
    '24年度…'): the 目录 ends above it."""
    texts = CONTENTS + ["为做好防空警报试鸣工作，现将某某县20", "24年度试鸣安排通知如下："]
    assert _toc(texts) == [("某某县人民政府关于做好防空警报试鸣工作的通知", 1),
                           ("某某县人民政府关于防空警报试鸣的公告", 2)]
