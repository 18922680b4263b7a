"""The document grammar on layouts of the sixty-fourth held-out set's kind
(issue #11): 通报 that report and judge (督查 findings, 考核/考评 results
that rank units, 通报批评), often printed unsigned by the web page that
keeps them. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 26]


# ---------------------------------------------------------------- a period under the title is no date

WEEKLY = ["某某热线一周情况通报", "一、基本情况", "本周共受理热线工单120件，按期回复120件。", "二、回访情况",
          "有3个单位群众满意率低于最低标准，请立即整改到位。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("period", ["（2021年5月10日—5月16日）", "(2021年5月10日-16日)", "（2021年5月10日至6月9日）"])
def test_a_period_in_brackets_under_a_title_is_no_date(period, columns):
    """A weekly or monthly 通报 prints the span it covers in brackets under
    its title, its second day without the year and month the first gives
    ('（2021年5月10日—5月16日）'): a span of time, not the day the 通报 was
    written, as '自…起至…止' is none; unsigned and undated, it has no date."""
    docs = _documents(NOTICE + [WEEKLY[0], period] + WEEKLY[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], WEEKLY[0]]
    assert docs[1].date is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_dated_report_under_its_period_keeps_its_date(columns):
    """Control: the same 通报 signed and dated is dated by its 成文日期."""
    docs = _documents(NOTICE + [WEEKLY[0], "（2021年5月10日—5月16日）"] + WEEKLY[1:]
                      + ["某某县人民政府办公室", "2021年5月18日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], WEEKLY[0]]
    assert (docs[1].date, docs[1].issuers) == ("2021-05-18", ["某某县人民政府办公室"])


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("period", ["（2021年5月10日—5月16日）", "(2021年5月10日-16日)", "（2021年5月10日至6月9日）"])
def test_a_bulletin_over_its_period_opens_under_a_cut_sentence(period, columns):
    """The same 通报 under a text the store cut mid-sentence ('…等良好'):
    the span it covers in brackets under its title is its frame (a 题注 of
    days), which no sentence runs on into, so it opens its own document."""
    cut = ["某某区人民政府关于2008年度督查考核结果的通报", "各街道办事处，区政府各委、办、局：",
           "2009年我们要全面巩固成果，以优异的工作成绩迎接新中国成立60周年。全区各部门要锐意进取，在全国文明城区创建等良好"]
    docs = _documents(cut + [WEEKLY[0], period] + WEEKLY[1:], columns)
    assert [d.title for d in docs] == [cut[0], WEEKLY[0]]


# ---------------------------------------------------------------- a list announced by a caption's colon

RANKED = ["某某市人民政府办公室关于各县政府办公室2020年度工作考评情况的通报", "各县人民政府：",
          "经考核评比，现将考评情况通报如下：", "一等奖：", "甲县人民政府办公室", "乙县人民政府办公室",
          "二等奖：", "丙县人民政府办公室", "丁区人民政府办公室"]
CRITICISED = ["关于某某镇春节期间禁燃工作开展情况的通报", "2月11日晚，县政府督查室对某某镇禁燃工作进行了现场检查。现通报如下：",
              "1、人员到位迟，责任没压实。", "2、工作进展慢，任务没完成。",
              "县政府决定对工作落实缓慢的县某某局给予通报批评，限期整改到位。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_organs_listed_under_a_caption_are_no_issuers_of_the_next_title(columns):
    """A ranking lists the units one a line under a caption that ends in a
    colon ('二等奖：'): the colon announces them, they are its items. Where
    the excerpt ends in the list and the next document's title begins with
    关于, the last names are no joint issuers printed over it (GB/T 9704
    7.2.5 puts those over the 关于 line, but after no colon): the title
    begins at 关于 and names no organ."""
    docs = _documents(RANKED + CRITICISED, columns)
    assert [d.title for d in docs] == [RANKED[0], CRITICISED[0]]
    assert docs[1].issuers == []
    assert docs[0].issuers == ["某某市人民政府办公室"]


@pytest.mark.parametrize("spaced", ["丙 县人民政府办 公室", "丙县人民政府 办公室"])
def test_organs_a_scan_spaced_inside_stay_the_lists_items(spaced):
    """The same list as a scan gives it, a space left inside a name ('丙
    县人民政府办 公室'): still one of the caption's items, and the names
    below it no joint issuers printed over the next title, neither one a
    line nor as names parted by spaces (a wrapped title's issuers)."""
    docs = _documents(RANKED[:-2] + [spaced, RANKED[-1]] + CRITICISED, None)
    assert [d.title for d in docs] == [RANKED[0], CRITICISED[0]]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("caption", ["督查考核优秀单位（共6个）：", "二等奖："])
def test_rows_of_units_under_a_caption_are_no_issuers_of_the_next_title(caption, columns):
    """The ranked units printed in rows parted by spaces under their
    caption ('督查考核优秀单位（共6个）：' / '区审计局 区统计局 区民政局' /
    '区财政局 区信访办 区体育局'), the excerpt ending there: the rows are the
    caption's list, none of them joint issuers of the 关于 title under them
    (a title's issuers run on over a second line only where the wrap cut them)."""
    ranked = RANKED[:3] + [caption, "区审计局 区统计局 区民政局", "区财政局 区信访办 区体育局"]
    docs = _documents(ranked + CRITICISED, columns)
    assert [d.title for d in docs] == [RANKED[0], CRITICISED[0]]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_issuers_one_a_line_after_a_signed_text_stay_the_titles(columns):
    """Control: joint issuers one a line over a 关于 line, under a finished
    document (its date), are that title's first lines."""
    title = ["某某县人民政府办公室", "某某县财政局", "关于某某镇春节期间禁燃工作开展情况的通报"]
    docs = _documents(NOTICE + title + CRITICISED[1:] + ["2021年2月13日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(title)]
    assert docs[1].issuers == ["某某县人民政府办公室", "某某县财政局"]


# ---------------------------------------------------------------- a linked file under an 附件 mark

LOOKED_BACK = ["关于某某路环境整治工作“回头看”的通报",
               "5月10日，区政府督查室对某某路环境整治工作整改落实情况进行了“回头看”，现将有关情况通报如下。",
               "某某路环境得到初步改善，但仍存在个别“死角”未整改到位。各相关部门要进一步加大整改力度。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("name", ["某某路问题点位整改工作对比图.docx", "整改清单.pdf"])
def test_a_linked_file_under_an_annex_mark_is_no_annex_and_ends_the_text(name, columns):
    """A web page prints its 附件 as links: the mark, then the file's name
    with its extension ('附件：' / '…对比图.docx'). No annex is printed
    there, so the file's name is no part's title; and it is the last thing
    the page prints of that text, so a title ending in a 文种 under it opens
    the next document, as one under a finished sentence does."""
    docs = _documents(LOOKED_BACK + ["附件：", name] + [WEEKLY[0]] + WEEKLY[1:], columns)
    assert [d.title for d in docs] == [LOOKED_BACK[0], WEEKLY[0]]
    assert [part.title for part in docs[0].parts] == [LOOKED_BACK[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_annex_printed_under_its_mark_stays_a_part(columns):
    """Control: an annex printed under its mark (its title, then its text)
    is the document's part."""
    annex = ["附件：", "某某路问题点位整改清单", "1.某某路东段台阶破损。", "2.某某路西段垃圾未清运。"]
    docs = _documents(LOOKED_BACK + ["某某区人民政府督查室", "2023年5月12日"] + annex, columns)
    assert [d.title for d in docs] == [LOOKED_BACK[0]]
    assert [part.title for part in docs[0].parts][1:] == ["某某路问题点位整改清单"]


# ---------------------------------------------------------------- a title over the span its table covers

@pytest.mark.parametrize("under", ["2021年5月10日—5月16日", "2021年5月10日至16日", "2021年5月10日-2021年5月16日"])
def test_an_annex_title_filling_its_line_ends_over_a_span_of_days(under):
    """An annex's title that happens to fill the measure ('…回访情况统计表',
    18 characters at 18 columns) runs on only into the rest of its words: a
    line that is a span of days and nothing else (the week its table
    covers) is printed under the title, never a piece of it."""
    annex = "某某县政务服务热线办理回访情况统计表"
    docs = _documents(NOTICE + [WEEKLY[0]] + WEEKLY[1:] + ["附件：" + annex, "附件：", annex, under], 18)
    assert [d.title for d in docs] == [NOTICE[0], WEEKLY[0]]
    assert [part.title for part in docs[1].parts] == [WEEKLY[0], annex]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_parted_by_a_space_under_a_colon_stay_the_titles(columns):
    """Control: a text whose excerpt ends on its colon ('…通知如下：'), then
    joint issuers on one line parted by a space over the next title's 关于
    line: two whole names, the title's issuers, no item of a list."""
    cut = ["某某县教育局关于下达2017年农村义务教育经费的通知", "各乡镇中心学校：", "现就有关事项通知如下："]
    title = ["某某市卫生健康局 某某市财政局", "关于下达2017年基本公共卫生服务项目补助资金的通知"]
    docs = _documents(cut + title + ["各社区卫生服务中心：", "现将补助资金下达给你们，请按规定使用。",
                                     "某某市卫生健康局", "某某市财政局", "2017年5月2日"], columns)
    assert [d.title for d in docs] == [cut[0], "某某市卫生健康局某某市财政局" + title[1]]
    assert docs[1].issuers == ["某某市卫生健康局", "某某市财政局"]


# ---------------------------------------------------------------- a bulletin named 督查通报 over its 报头

BULLETIN = ["督查通报", "第9期", "某某县人民政府督查室          2022年9月14日",
            "关于第八次县政府常务会议确定事项落实情况的通报",
            "近期，县政府督查室对确定事项落实情况开展了专项督查，现通报如下。", "一、总体情况", "确定事项22件，已办结6件。",
            "二、工作要求", "由县民政局负责的第1件进展滞后，请加快工作节奏。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bulletin_named_for_a_kind_over_its_head_is_no_title(columns):
    """A 简报 an office compiles may be named for a 文种 ('督查通报'), over its
    报头 (the issue, '第9期', then its compiler and date set apart): the name
    heads the 报头, the title of what the issue reports stands under it, and
    the compiler and date are its author and date. The name is no document
    of its own."""
    docs = _documents(NOTICE + BULLETIN, columns)
    assert [d.title for d in docs] == [NOTICE[0], BULLETIN[3]]
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府督查室"], "2022-09-14")


# ---------------------------------------------------------------- a ranked list over the signature

GRADED = ["某某县人民政府办公室关于2020年度政务信息工作考核结果的通报", "各乡镇人民政府，县直各单位：",
          "经考核，现将结果通报如下：", "优秀单位：", "某某县发展和改革局", "某某县财政局"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("listed", [["某某县林业局", "某某县水利局"], ["某某县林业局"]])
def test_units_under_a_caption_over_the_signature_are_no_signers(listed, columns):
    """A ranking may end on its list, the units one a line under their
    caption ('不合格单位：'), with the signature and date right under the last
    of them: the names run up to the caption, so they are its list, and
    the signature is the organ right over the date (GB/T 9704 7.3.5 puts it
    under the body's last sentence, no caption's)."""
    docs = _documents(NOTICE + GRADED + ["不合格单位："] + listed + ["某某县人民政府办公室", "2021年1月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], GRADED[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府办公室"], "2021-01-05")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_signature_under_a_finished_sentence_stays_whole(columns):
    """Control: two organs signing one a line under the body's last sentence
    are both its signers."""
    docs = _documents(NOTICE + GRADED[:3] + ["县政府决定对某某县林业局给予通报批评。", "某某县人民政府办公室",
                                             "某某县财政局", "2021年1月5日"], columns)
    assert docs[1].issuers == ["某某县人民政府办公室", "某某县财政局"]


REVISIT = ["关于某某路环境整治工作“回头看”的通报",
           "5月10日，区政府督查室对某某路环境整治工作（5月4日《督查通报》第9期发现问题）整改落实情况进行了“回头看”，"
           "现将有关情况通报如下。", "此次督查发现，某某路环境得到初步改善，但仍存在个别“死角”未整改到位。",
           "附件：", "某某路问题点位整改工作对比图.docx"]
RESULTS = ["某某区人民政府关于2008年工作目标督查考核结果的通报", "区政府各委、办、局，各街道办事处：",
           "2008年，区政府认真贯彻落实各项部署，圆满完成了全年目标任务。", "某某区人民政府", "2009年2月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_name_in_a_bracketed_aside_passes_nothing_on(columns):
    """GB/T 15834 4.9: brackets enclose a note. A sentence that passes a matter on ('现将有关情况通报如下') and cites
    its source in an aside ('（5月4日《督查通报》第9期发现问题）') names no text it passes on, so the 通报 under it
    that shares the cited name's words is a document of its own, not a part of the text above."""
    docs = _documents(REVISIT + RESULTS, columns)
    assert [d.title for d in docs] == [REVISIT[0], RESULTS[0]]
    assert docs[1].issuers == ["某某区人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_name_outside_the_aside_is_the_text_passed_on(columns):
    """Control: the same sentence passing on the text it names outside brackets ('现将《…通报》（以下简称《通报》）印发
    给你们') names the text printed under it: a part of the notice, no document of its own."""
    issuing = ["某某区人民政府办公室关于印发督查考核结果通报的通知", "区政府各委、办、局：",
               "现将《某某区人民政府关于2008年工作目标督查考核结果的通报》（以下简称《通报》）印发给你们，请认真对照整改。",
               "某某区人民政府办公室", "2009年2月3日"]
    docs = _documents(issuing + RESULTS[:1] + RESULTS[2:], columns)
    assert [d.title for d in docs] == [issuing[0]]
