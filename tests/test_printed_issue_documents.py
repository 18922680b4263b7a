"""The layouts "printed issue" (tests/devset/layout.py printed_issues, rows
issue, issue_blank, issue_leaders, issue_numbers): a set's documents printed
as a gazette prints them, a masthead and a 目录 first, then the documents
wrapped at one measure of 18-30 columns with page furniture (a page's
number, a running head: the gazette's name and issue, or the 目录 section
of the page) wherever the page broke. Each rule here reads a grammar such an
issue breaks where the measure or the 目录 falls: a joint 版头 over the
title under an excerpt the store cut (GB/T 9704 7.2.1, 7.3.5:
builder/stages/split/documents.py, _organs_over); a rule's title over
its 令 right under the 目录 (立法技术规范:
builder/stages/split/documents.py, _rule_over_order); a title's last line
run on, past the space a store parts a page's printed lines by, into its
bracketed 发文字号, the measure wrapping inside or after that bracket (GB/T
9704 7.3.1, a reprint's frame under the title: builder/stages/split/unfold/
frames.py, titles_then_spaced_frames); a page's heading, the title in its
own words, over the 版头, the 发文字号 and the 主送 (GB/T 9704 7.2.2, 7.2.4,
7.3.2: builder/stages/split/titles/framed.py, _headed_under), under a
sentence the store cut where the wrap filled its line; an organ's name over a
title the 目录 lists without it under that organ's 标志, its 版头 (GB/T 9704
7.2.2, 7.3.1:
builder/stages/split/documents.py, _organ_over_listed); a figure over the
page's number set off and the next page's running head, the text's, not a
second page number (GB/T 9704 7.5: builder/stages/layout.py, normalise's
over_header); a 目录 line cut inside a count of people ('…招聘55' / '人公告'),
no entry and its page (the 量词 after a 数词: builder/stages/masthead.py,
counted_cut). Each case is
invented text laid out so (an issue's lines one a paragraph, a text wrapped
at the measures named) and goes through the real input path; each fails
without its rule, and each has a control that shows what must stay.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _text

# An excerpt the store cut inside its last sentence: a list of the texts it cites, parted by 、, and no stop.
CUT_SHORT = ["关于公布2024年青川县事业单位公开招聘工作人员总成绩的公告", "根据招聘简章规定，现将总成绩及体检有关事宜公告如下：",
             "一、体检标准", "体检参照《公务员录用体检通用标准（试行）》（国人部发〔2005〕1号）、《公务员录用体检操作手册（试行）》"
             "（国人厅发〔2007〕25号）、《公务员录用体检特殊标准（试行）》（人社部发〔2010〕82号）等有"]
JOINT_HEAD = ["中共青川县委组织部", "青川县人力资源和社会保障局"]
RECRUITING = ["2024年青川县各级机关考试录用公务员公告", "为满足全县各级机关补充公务员的需要，现将有关事项公告如下：", "一、招考计划",
              "全县计划录用公务员30名，具体职位详见职位表。"]


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_joint_head_under_an_excerpt_cut_short_opens_the_next_text(columns):
    """GB/T 9704 7.2.1 (联合行文): a joint 版头 may print the organs' names
    one a line without 文件, over the title. Under a text the store cut
    inside a sentence they are the next document's head, not a signature
    (7.3.5: a signature stands under a finished text): the measure may have
    left the sentence's marks (its 、 between the texts it cites) on the
    lines above the last, '…〔2010〕82号）等有'."""
    docs = _documents(CUT_SHORT + JOINT_HEAD + RECRUITING, columns)
    assert _titles(docs) == [CUT_SHORT[0], RECRUITING[0]]
    assert docs[1].issuers == JOINT_HEAD
    assert "组织部" not in _text(docs[0])


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_organs_under_a_finished_text_sign_it(columns):
    """Control: the same organs under a paragraph that ends its sentence
    ('…等有关规定执行。'), their 成文日期 under them, sign the text above
    (7.3.5): its signature, no head of the title under them."""
    finished = CUT_SHORT[:-1] + [CUT_SHORT[-1] + "关规定执行。"]
    docs = _documents(finished + JOINT_HEAD + ["2024年5月6日"] + RECRUITING, columns)
    assert _titles(docs) == [CUT_SHORT[0], RECRUITING[0]]
    assert docs[0].issuers == JOINT_HEAD and docs[0].date == "2024-05-06" and docs[1].issuers == []


# An issue's masthead and 目录 heading; a notice signed and dated.
MASTHEAD = ["青川县人民政府公报", "2023年第1号", "目　　录"]
SHORT_TITLE = "县政府办公室关于加快发展家庭服务业的实施意见"
SERVICE_BODY = ["（青府办发〔2023〕21号）", "各乡镇人民政府，县级各部门：", "为加快发展家庭服务业，经县人民政府同意，现提出如下实施意见：",
                "一、目标任务", "到2025年，全县家庭服务业从业人员达到5000人。", "青川县人民政府办公室", "2023年5月6日"]


RULE = "青川县行政服务监督管理办法"
ORDER_TEXT = [RULE, "青川县人民政府令第121号", "[2007.12.18]", "第一章　总　则",
              "第一条　为规范行政服务活动，保障依法行政，制定本办法。", "第二条　本县行政区域内的行政服务工作适用本办法。",
              "第二章　附　则", "第三条　本办法自2008年1月1日起施行。"]


def test_a_rule_over_its_order_right_under_the_contents_is_one_document():
    """A law library keeps a 政府令 without its promulgating sentence: the
    rule's title, the 令's 标志 and number, the day in brackets, then the
    rule from its 第一章 (立法技术规范). Printed first in an issue, right
    under the 目录 that lists it under the 令's name, the title is that
    rule's, the 目录's last entry no line of it: one document, the rule
    titled, its 令 and articles under it."""
    docs = _documents(MASTHEAD + ["青川县人民政府令", RULE + "……1", ""] + ORDER_TEXT, None)
    assert _titles(docs) == [RULE]
    assert docs[0].doc_number == "青川县人民政府令第121号" and "第三条" in _text(docs[0])


def test_a_rule_over_its_order_under_a_finished_text_is_one_document():
    """Control: the same rule under a signed and dated text (no 目录) is
    read as before: one document of its own, the text above whole."""
    docs = _documents([SHORT_TITLE] + SERVICE_BODY + ORDER_TEXT, None)
    assert _titles(docs) == [SHORT_TITLE, RULE] and docs[1].doc_number == "青川县人民政府令第121号"
    assert "第一条" not in _text(docs[0]) and docs[0].date == "2023-05-06"


# A law site's copy that ran the page's printed lines into one, parted by spaces: the title, its 发文字号 in brackets,
# the 主送, the paragraph, the date and the issued text's title.
ONE_LINE_COPY = ("青川县人民政府办公室关于印发青川县城乡公交一体化实施方案的通知 (青府办发〔2006〕170号) 各乡镇人民政府,县政府各部门: "
                 "《青川县城乡公交一体化实施方案》已经县政府同意,现印发给你们,请认真贯彻执行。 二○○六年八月十五日 "
                 "青川县城乡公交一体化实施方案 为促进城乡统筹发展,现就城乡公交一体化发展提出如下实施方案。")
ONE_LINE_TITLE = "青川县人民政府办公室关于印发青川县城乡公交一体化实施方案的通知"
# An excerpt the store cut mid-sentence, its last line short of the measure.
CUT_EXCERPT = ["关于加快发展公共交通的实施意见", "各乡镇人民政府：",
               "公共交通是城市发展的重要基础设施，全县上下要进一步统一思想、提高认识，坚持标本兼治、长短结合，加大公共交通发展力度、提高公共"]


@pytest.mark.parametrize("columns", [18, 22, 24, 26])
def test_a_title_run_into_its_spaced_number_opens_its_text(columns):
    """GB/T 9704 7.3.1 sets the title on lines of its own and a reprint its
    bracketed 发文字号 under it; a store that ran a page's printed lines into
    one parts them by spaces, and the measure wraps that line anywhere, also
    inside the bracket ('…的通知 (青府办' / '发〔2006〕170号)各乡镇…'). Under a
    text whose last line stops short of the measure (its paragraph ended
    there, though the store cut its sentence), a whole 标题 ending on its kind
    word, then a space and the bracket of a 发文字号, is that title: the
    document opens there, the number its own."""
    docs = _documents(CUT_EXCERPT + [ONE_LINE_COPY], columns)
    assert _titles(docs) == [CUT_EXCERPT[0], ONE_LINE_TITLE]
    assert docs[1].doc_number == "青府办发〔2006〕170号" and "公交一体化" not in _text(docs[0])


@pytest.mark.parametrize("columns", [18, 22, 24, 26])
def test_a_sentence_citing_a_notice_and_its_spaced_number_stays_whole(columns):
    """Control: a sentence of the body that cites a notice by its title, a
    space and its number in brackets runs on from the line above, which fills
    the measure: no title of a document of its own, the text one document."""
    cited = ("为做好公共交通工作，根据县政府工作安排和县人民政府办公室关于印发青川县城乡公交一体化实施方案的通知 (青府办发〔2006〕170号)"
             "精神，现就有关事项通知如下。")
    docs = _documents(CUT_EXCERPT[:2] + [cited, "青川县交通运输局", "2006年9月1日"], columns)
    assert _titles(docs) == [CUT_EXCERPT[0]] and docs[0].doc_number is None


# The same reprint wrapped so that the bracket's 号 and closing mark stand alone on the line under it, the 主送 under that.
WRAPPED_BRACKET = ["青川县市场监管局关于印发《青川县市场监管行政处罚", "裁量基准》的通知 (青市监综﹝2023﹞362", "号)",
                   "各乡镇市场监管所，局机关各股室：", "《青川县市场监管行政处罚裁量基准》已经局长办公会审议通过，现印发给你们。",
                   "青川县市场监督管理局", "2023年12月8日"]


def test_a_spaced_number_wrapped_before_its_hao_is_the_titles_number():
    """The bracket the measure wrapped after the title's space, its 号 and
    closing mark alone on the next line ('…的通知 (青市监综﹝2023﹞362' /
    '号)'): the two pieces are one bracketed 发文字号 (GB/T 9704 7.2.4), set
    out under the title as join_wrapped_frames joins one. A copy printed so
    first in an issue, right under the 目录 that lists it, is that issue's
    first document, its number, 主送 and body under it (not the front
    matter's)."""
    entry = ["青川县市场监督管理局文件", "青川县市场监管局关于印发《青川县市场监管行政处罚", "裁量基准》的通知……1", ""]
    docs = _documents(MASTHEAD + entry + WRAPPED_BRACKET, None)
    assert _titles(docs) == ["青川县市场监管局关于印发《青川县市场监管行政处罚裁量基准》的通知"]
    assert docs[0].doc_number == "青市监综〔2023〕362号" and docs[0].date == "2023-12-08"
    assert "审议通过" in _text(docs[0])


# A county's notice as a portal stores it: the page's heading (the notice's title in the page's words, 印发 left out)
# over the 版头, then the 发文字号, the 主送, the paragraph, the signature and the date.
HEADED_PAGE = ["青川县《关于加强城市精细化管理的实施方案》的通知", "青川县人民政府文件", "青府发〔2024〕3号",
               "各乡镇人民政府，县直有关部门：", "青川县《关于加强城市精细化管理的实施方案》已编制完成，现印发给你们，请认真贯彻落实。",
               "青川县人民政府", "2024年1月17日"]
# An excerpt the store cut mid-sentence, its last paragraph long enough that the wrap fills its last line.
CUT_LONG = ["关于全面提升城市精细化管理水平的意见", "各区人民政府，市人民政府各部门：",
            "2021年，精细化管理创新提升年。启动城市精细化管理提升行动，创新城市综合治理体制机制，提升精细化管理标准，完善网格化管理机制，城市"]


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_heading_over_its_masthead_and_number_opens_its_text(columns):
    """GB/T 9704 7.2.2, 7.2.4, 7.3.2: the 版头 ('某县人民政府文件'), the
    发文字号 and the 主送 under it open a document. A page that heads its
    copy with the title prints it over the 版头, in its own words ('某县《关于
    …》的通知', 印发 left out): under a text the store cut mid-sentence, the
    wrap having filled its last line, that heading ending on its kind word is
    the document's title, no line of the sentence above (no sentence runs on
    into an organ's 版头 with a number and a 主送 under it)."""
    docs = _documents(CUT_LONG + HEADED_PAGE, columns)
    assert _titles(docs) == [CUT_LONG[0], HEADED_PAGE[0]]
    assert docs[1].doc_number == "青府发〔2024〕3号" and docs[1].date == "2024-01-17" and docs[0].date is None


@pytest.mark.parametrize("columns", [18, 22, 26])
def test_a_sentence_over_a_masthead_without_its_frame_stays_whole(columns):
    """Control: a sentence cut mid-way that ends on a kind word ('…印发了
    实施方案的通知') over a 版头 with no 发文字号 and 主送 under it (a page's
    running head, the organ's 版头 repeated) stays the text above's: no title
    opens there."""
    sentence = CUT_LONG[-1][:-2] + "各区要认真落实市人民政府办公厅印发的加强城市精细化管理实施方案的通知"
    docs = _documents(CUT_LONG[:-1] + [sentence, "青川县人民政府文件", "一、总体要求", "以习近平新时代中国特色社会主义思想为指导，提升城市管理水平。",
                                       "青川县人民政府", "2024年1月17日"], columns)
    assert _titles(docs) == [CUT_LONG[0]]


# An issue whose 目录 lists a notice under its organ's 版头 ('某某县水利局文件'), the title without the organ; the body
# reprints the organ's name over the title, the day and the 发文字号 in brackets under it.
WATER_TITLE = "关于做好2023年城市节约用水宣传周宣传工作的通知"
WATER_ENTRY = ["青川县水利局文件", WATER_TITLE + "……1"]
WATER = ["青川县水利局", WATER_TITLE, "（2023年5月10日　青水〔2023〕46号）", "各乡镇水利站、各有关单位：",
         "为做好我县的节水宣传工作，经研究决定，现将有关事项通知如下：", "一、宣传周活动时间为5月15日至5月21日。"]
# The text printed before it, its last line cut by the store (a date with its figures run together: no signature).
SUPPLY = ["关于明确公共供水管网覆盖范围的通知", "各乡镇人民政府：", "为进一步规范水资源管理，现将公共供水管网覆盖范围明确如下：",
          "本通知自发布之日起有效期为一年。", "2023年125"]


@pytest.mark.parametrize("columns", [None, 22, 26])
def test_an_organ_over_a_title_the_contents_list_without_it_is_its_masthead(columns):
    """GB/T 9704 7.3.1, 7.2.2: the 目录 lists each document by its title as
    printed; an issue's reprint keeps the organ's name alone on its line
    over the title, which opens on 关于. Where the entry is the title without
    that name, listed under that organ's 标志 ('青川县水利局文件', the section
    the 目录 groups it under), the name is the 发文机关标志 over it (the 版头),
    no line of the title: the document is titled as listed, and the text
    above does not take the name. (An entry under no such section that leaves
    the organ out keeps the organ's line in the title: test_grammar.)"""
    entry = ["规范性文件", SUPPLY[0] + "……1"] + WATER_ENTRY + [""]
    docs = _documents(MASTHEAD + entry + SUPPLY + WATER, columns)
    assert _titles(docs) == [SUPPLY[0], WATER_TITLE]
    assert docs[1].doc_number == "青水〔2023〕46号" and "青川县水利局" not in _text(docs[0])


@pytest.mark.parametrize("columns", [None, 22, 26])
def test_an_organ_over_a_title_the_contents_list_with_it_is_the_titles(columns):
    """Control: where the 目录 lists the title with the organ's name at its
    head, the name over the 关于 line is the title's first line (its 发文机关,
    7.3.1): the document is titled with it, as listed."""
    entry = ["规范性文件", SUPPLY[0] + "……1", "青川县水利局" + WATER_TITLE + "……1", ""]
    docs = _documents(MASTHEAD + entry + SUPPLY + WATER, columns)
    assert _titles(docs) == [SUPPLY[0], "青川县水利局" + WATER_TITLE]


# A plan's own 目录 printed in an issue, each entry's page on the line under it; the page broke under one such figure,
# the page's number set off by dots, then the next page's running head.
HEAD = "青川县人民政府公报　2023年第1号"
PLAN = ["青川县“十四五”综合交通运输发展规划", "目　录", "一、规划背景……", "4", "（一）发展基础……", "4", "（二）阶段特征……", "11",
        "（三）发展形势……", "13", "二、总体要求……", "14", "（一）指导思想……", "14", "（二）基本原则……", "15",
        "（三）保障高效现代物流发展……", "27"]
PLAN_ON = ["（四）培育路衍经济产业集群……", "28", "一、规划背景", "“十三五”以来，全县综合交通运输体系建设取得显著成效。",
           "青川县人民政府办公室", "2022年4月16日"]


def test_a_figure_over_the_pages_number_and_head_is_the_texts():
    """A page prints its number once, in its foot (GB/T 9704 7.5): where the
    number stands set off ('·3·') between a bare figure and the next page's
    running head, the figure is the text's (here the page a 目录 entry names),
    no second page number: it is kept."""
    docs = _documents(PLAN + ["·3·", HEAD] + PLAN_ON, None)
    assert _titles(docs) == [PLAN[0]]
    assert "27" in _text(docs[0]) and "28" in _text(docs[0]) and "·3·" not in _text(docs[0])


def test_a_bare_figure_over_the_next_pages_head_is_the_pages_number():
    """Control: a bare figure right over the next page's running head, no
    number set off between, is the page's number (bare_folios): page
    furniture, out of the text."""
    docs = _documents(PLAN[:-1] + ["（三）保障高效现代物流发展", "3", HEAD] + PLAN_ON, None)
    assert _titles(docs) == [PLAN[0]]
    assert "发展3" not in _text(docs[0]).replace("\n", "") and "28" in _text(docs[0])


# A recruiting notice whose title the measure wrapped after the count of posts it fills ('…招聘55' / '人公告'),
# in the 目录 and over its text alike; the text before it in the issue cut by the store mid-sentence.
RECRUIT_TITLE = "2026年青川县卫生健康局下属事业单位赴高校招聘55人公告"
RECRUIT = ["2026年青川县卫生健康局下属事业单位赴高校招聘55", "人公告", "为进一步加强全县卫生健康系统人才队伍建设，现将有关事项公告如下：",
           "一、招聘计划", "招聘卫生专业技术人员共计55名。", "青川县卫生健康局", "2026年1月5日"]
SELECTION = ["青川县委宣传部公开选调工作人员简章", "本次选调工作由县委组织部、县人社局统一组织，按照公布选调事项、现场报名、笔试、面试、体检、公示等"]


def test_a_contents_line_cut_after_a_count_of_people_goes_on():
    """The 目录 prints an entry's page after its title (…… and the figure);
    a line that ends on a figure with the line under it opening on 人 (55人:
    the 量词 a count of people takes, which a page's number never has after
    it: counted_cut) is a title the measure wrapped inside its count, no
    entry with page 55: the entry is the whole title, and the document under
    it is titled so, the text above not taking its first line."""
    entry = ["青川县委宣传部文件", SELECTION[0] + "……4", "青川县卫生健康局文件", RECRUIT[0], RECRUIT[1] + "……5", ""]
    docs = _documents(MASTHEAD + entry + SELECTION + RECRUIT, None)
    assert _titles(docs) == [SELECTION[0], RECRUIT_TITLE]
    assert docs[1].date == "2026-01-05" and "55" not in _text(docs[0])


def test_a_contents_line_ending_on_its_kind_keeps_its_page_over_a_title_on_ren():
    """Control: a line ending on its 文种 and a figure ('…的公告3') is an
    entry and its page though the entry under it opens on 人 ('人力资源…'):
    two documents, each listed and titled as printed."""
    hr = ["人力资源和社会保障局关于做好高校毕业生就业工作的通知", "各乡镇人民政府：", "现就做好高校毕业生就业工作通知如下：",
          "一、拓宽就业渠道。", "青川县人力资源和社会保障局", "2026年1月8日"]
    recruit = [RECRUIT_TITLE] + RECRUIT[2:]
    entry = ["青川县卫生健康局文件", RECRUIT_TITLE + "3", hr[0] + "……4", ""]
    docs = _documents(MASTHEAD + entry + recruit + hr, None)
    assert _titles(docs) == [RECRUIT_TITLE, hr[0]]
