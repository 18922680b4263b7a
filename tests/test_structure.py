"""Small cases of the layout, paragraph and structure stages, as tables.

Each table row is one convention of Chinese official documents; the seeds
show them at scale (tests/test_seed_documents.py, tests/test_variants.py).
"""
from __future__ import annotations

import pytest

from builder.convert import convert_text
from builder.stages.layout import clean, is_furniture, normalise, page_number
from builder.model import Line, Paragraph, Provision
from builder.stages.paragraphs import paragraphs
from builder.stages.genres import structure_part
from builder.stages.structure import read_label, split_heading


def lines_of(*texts: str) -> list[Line]:
    return [Line(no=n, text=t) for n, t in enumerate(texts, start=1)]


def provisions_of(*texts: str, prefix: str = "", kind=None) -> list:
    blocks = [Paragraph(text=t, lines=(n, n)) for n, t in enumerate(texts, start=1)]
    out, _ = structure_part(blocks, prefix, "test", kind)
    return out


# ------------------------------------------------------------ nesting

NESTING = [
    # labels in order                                   depths
    (["一、", "（一）", "1.", "（1）", "（2）", "2.", "二、"], [0, 1, 2, 3, 3, 2, 0]),
    (["一、", "（一）", "（二）", "二、", "（一）"], [0, 1, 1, 0, 1]),
    (["1.", "（1）", "2.", "（1）", "（2）"], [0, 1, 0, 1, 1]),
    (["一、", "1、", "2、", "二、", "1、"], [0, 1, 1, 0, 1]),
    (["第一章", "第一条", "第二条", "第二章", "第三条", "（一）", "（二）", "第四条"],
     [0, 1, 1, 0, 1, 2, 2, 1]),
    (["第一条", "（一）", "1.", "2.", "（二）", "第二条"], [0, 1, 2, 2, 1, 0]),
    (["一、", "①", "②", "二、"], [0, 1, 1, 0]),
]


@pytest.mark.parametrize("labels,depths", NESTING)
def test_numbering_nests_by_first_appearance(labels, depths):
    found = provisions_of(*(label + "正文内容很长，不是标题，说明一些事情。" for label in labels))
    assert all(isinstance(p, Provision) for p in found)
    assert [p.depth for p in found] == depths


def test_parents_follow_the_nesting():
    found = provisions_of("一、总体要求", "（一）指导思想", "1.坚持原则", "（1）第一项",
                          "（2）第二项", "2.另一原则", "二、主要任务")
    assert [(p.eid, p.parent) for p in found] == [
        ("para_1", None),
        ("para_1__subpara_1", "para_1"),
        ("para_1__subpara_1__point_1", "para_1__subpara_1"),
        ("para_1__subpara_1__point_1__subpoint_1", "para_1__subpara_1__point_1"),
        ("para_1__subpara_1__point_1__subpoint_2", "para_1__subpara_1__point_1"),
        ("para_1__subpara_1__point_2", "para_1__subpara_1"),
        ("para_2", None),
    ]


def test_articles_keep_their_eid_without_the_chapter():
    """art_12 stays art_12 when a chapter is added above it."""
    found = provisions_of("第一章 总则", "第一条 为了规范管理，制定本办法。", "第二章 职责",
                          "第十二条 本办法自印发之日起施行。", prefix="text_1")
    assert [(p.eid, p.parent) for p in found] == [
        ("text_1__chp_1", None),
        ("text_1__art_1", "text_1__chp_1"),
        ("text_1__chp_2", None),
        ("text_1__art_12", "text_1__chp_2"),
    ]


def test_a_gap_is_a_diagnostic_not_a_failure():
    blocks = [Paragraph(text=t, lines=(n, n)) for n, t in
              enumerate(["一、第一部分。", "三、第三部分。"], start=1)]
    out, diagnostics = structure_part(blocks, "", "test", None)
    assert [p.eid for p in out] == ["para_1", "para_3"]
    assert [d.code for d in diagnostics] == ["numbering-gap"]


# ------------------------------------------------------------ labels

LABELS = [
    ("一、总体要求", ("cn", 1, "一、")),
    ("（二）主要任务", ("cn_paren", 2, "（二）")),
    ("(三)讨论通过", ("cn_paren", 3, "(三)")),
    ("3.建设平台", ("ar", 3, "3.")),
    ("12、推进改革", ("ar", 12, "12、")),
    ("（4）加强监管", ("ar_paren", 4, "（4）")),
    ("②完善制度", ("circled", 2, "②")),
    ("第十二条 本办法", ("tiao", 12, "第十二条")),
    ("第三章 附则", ("zhang", 3, "第三章")),
    ("10、5代线项目投产", None),  # a decimal written with 、
    ("1.5倍以上", None),
    ("30%以上", None),
    ("0，建筑密度大于30%", None),  # the tail of a number cut by the wrap
    ("2019年7月8日", None),
]


@pytest.mark.parametrize("text,want", LABELS)
def test_labels(text, want):
    got = read_label(text)
    assert (got[:3] if got else None) == want


RUN_IN = [
    # scheme, text after the label → heading, text
    ("cn_paren", "完善支撑体系。建设区域全民健康信息平台，推进互联互通。",
     ("完善支撑体系。", "建设区域全民健康信息平台，推进互联互通。")),
    ("cn", "总体要求", ("总体要求", "")),
    ("ar", "各地要高度重视，一把手要亲自抓、负总责。", ("", "各地要高度重视，一把手要亲自抓、负总责。")),
    ("tiao", "为了规范管理，根据有关规定，制定本办法。", ("", "为了规范管理，根据有关规定，制定本办法。")),
    ("zhang", "总则", ("总则", "")),
    # an article's lead over its items, its colon half-width as OCR or a web page gives it: text, not a title
    ("tiao", "属于下列情形之一的执法结果信息不予公示:", ("", "属于下列情形之一的执法结果信息不予公示:")),
    ("tiao", "本办法下列用语的含义,是指", ("", "本办法下列用语的含义,是指")),
    ("tiao", "适用范围", ("适用范围", "")),
]


@pytest.mark.parametrize("scheme,rest,want", RUN_IN)
def test_run_in_headings(scheme, rest, want):
    assert split_heading(scheme, rest) == want


def test_run_in_heading_in_a_provision():
    (p,) = provisions_of("（一）完善支撑体系。建设区域全民健康信息平台。")
    assert (p.label, p.heading, p.text) == ("（一）", "完善支撑体系。", "建设区域全民健康信息平台。")


def test_points_are_numbered_alike_their_short_first_sentence_text_after_a_point_with_none():
    """The point before one at its level ran its first sentence on as text:
    that one's short first sentence is text too, not a run-in heading (a
    list's last item, a 工作规则's article); a heading alone on its line
    still heads its point, and run-in headings on every point stay."""
    items = provisions_of("第三条　市城市管理部门履行下列职责：", "（一）组织实施城市管理法律法规；",
                          "（二）负责市容环境卫生管理。", "第四条　本办法自2022年5月1日起施行。")
    assert [(p.label, p.heading) for p in items] == [("第三条", ""), ("（一）", ""), ("（二）", ""), ("第四条", "")]
    assert items[2].text == "负责市容环境卫生管理。"
    rules = provisions_of("五、市政府实行市长负责制，市长领导市政府的工作。",
                          "六、市长召集和主持市政府全体会议。市政府工作中的重大事项，必须经全体会议讨论决定。",
                          "七、坚决贯彻落实新发展理念", "八、依法严格市场监管。加强市场监管。")
    assert [p.heading for p in rules] == ["", "", "坚决贯彻落实新发展理念", "依法严格市场监管。"]
    assert rules[1].text == "市长召集和主持市政府全体会议。市政府工作中的重大事项，必须经全体会议讨论决定。"
    headed = provisions_of("（一）指导思想。坚持人民至上。", "（二）工作目标。事故总量持续下降。")
    assert [p.heading for p in headed] == ["指导思想。", "工作目标。"]


def test_the_attachment_list_is_not_a_list_of_provisions():
    found = provisions_of("请认真贯彻执行。", "附件：1. 荆门市重大项目推进计划汇总表",
                          "2. 荆门市2019年重大项目推进计划", "3. 荆门市2020年重大项目推进计划")
    assert not any(isinstance(b, Provision) for b in found)
    assert [b.role for b in found[1:]] == ["attachments"] * 3


def test_a_lone_point_is_not_a_list():
    found = provisions_of("1.本办法由市医疗保障局负责解释。", "本办法自印发之日起施行。")
    assert not any(isinstance(b, Provision) for b in found)


# ------------------------------------------------------------ paragraphs

def rejoin(*texts: str, full_width: float = 20) -> list[str]:
    return [p.text for p in paragraphs(lines_of(*texts), full_width)[0]]


def test_hard_wrapped_chinese_joins_without_space():
    assert rejoin("全面贯彻习近平新时代中国特色社会主义思",
                  "想，坚持以人民为中心的发展理念。") == \
        ["全面贯彻习近平新时代中国特色社会主义思想，坚持以人民为中心的发展理念。"]


def test_latin_words_keep_a_space():
    assert rejoin("推广使用 Internet of Things 平台 and cloud computing",
                  "services 服务，加快发展。") == \
        ["推广使用 Internet of Things 平台 and cloud computing services 服务，加快发展。"]


def test_a_short_line_ends_a_paragraph():
    assert rejoin("一、总体要求", "全面贯彻习近平新时代中国特色社会主义思",
                  "想，坚持以人民为中心。", "二、主要举措") == \
        ["一、总体要求", "全面贯彻习近平新时代中国特色社会主义思想，坚持以人民为中心。", "二、主要举措"]


def test_a_numbered_line_starts_a_paragraph():
    assert rejoin("各地要加强组织领导，明确责任分工，确保",
                  "（二）加强协调配合。各牵头单位要切实履行", "牵头责任。") == \
        ["各地要加强组织领导，明确责任分工，确保", "（二）加强协调配合。各牵头单位要切实履行牵头责任。"]


POINTS_RUN_IN = ("三十七、市政府各部门要主动接受社会公众和新闻舆论的监督，认真调查核实有关情况，及时依法处理和改进工作。",
                 "三十八、市政府各部门要高度重视信访工作，进一步完善信访制度，畅通和规范群众",
                 "诉求表达、利益协调渠道；市政府领导要亲自阅批重要的群众来信。",
                 "三十九、市政府各部门要严格执行工作责任制。")


def test_a_point_cut_where_its_siblings_run_their_text_in_goes_on():
    """Points whose text runs in after their number ('三十七、…。') are
    numbered alike: the next one that stops after a clause mark and a
    sentence's words (a subject's 要) on a line not full was cut there
    (an extractor's paragraph break at a page end), not headed; a heading of
    a few phrases after a point with a heading of its own still stands."""
    assert rejoin(*POINTS_RUN_IN, full_width=200) == \
        [POINTS_RUN_IN[0], POINTS_RUN_IN[1] + POINTS_RUN_IN[2], POINTS_RUN_IN[3]]
    headed = ("（一）强化组织领导", "各地区各部门要把这项工作摆上重要日程。",
              "（二）加强统筹协调，落实工作责任", "各牵头单位要切实履行牵头责任。")
    assert rejoin(*headed, full_width=200) == list(headed)
    phrases = ("一、市政府各部门要严格执行工作责任制。", "二、加强统筹协调，落实工作责任", "各牵头单位要切实履行牵头责任。")
    assert rejoin(*phrases, full_width=200) == list(phrases)


def test_a_number_cut_by_the_wrap_is_rejoined():
    assert rejoin("新型产业用地容积率原则上大于1.6、小于3.", "0，建筑密度大于30%。") == \
        ["新型产业用地容积率原则上大于1.6、小于3.0，建筑密度大于30%。"]


def test_an_article_of_a_statute_named_without_quotes_is_cited_not_begun():
    """'…按照个人所得税法' / '第十七条的规定…': the statute's name ends the
    line (or the 章 cited after it), the article cited goes on the sentence (no new 第X条)."""
    assert rejoin("第三十三条　税务机关按照个人所得税法", "第十七条的规定付给扣缴义务人手续费。") == \
        ["第三十三条　税务机关按照个人所得税法第十七条的规定付给扣缴义务人手续费。"]
    assert rejoin("原环境影响评价法（自2003年9月1日起施行）", "第三十一条第一款规定：“建设单位应当报批。”",
                  full_width=22) == ["原环境影响评价法（自2003年9月1日起施行）第三十一条第一款规定：“建设单位应当报批。”"]
    assert rejoin("“有毒物质”指《关于办理环境污染刑事案件的解释》（法释〔2016〕29号）", "第十五条所列物质。",
                  full_width=40) == ["“有毒物质”指《关于办理环境污染刑事案件的解释》（法释〔2016〕29号）第十五条所列物质。"]
    assert rejoin("根据《中华人民共和国地方各级人民政府组织法》第二章", "第二十七条的规定 经常务委员会审议决定",
                  full_width=26) == ["根据《中华人民共和国地方各级人民政府组织法》第二章第二十七条的规定 经常务委员会审议决定"]


def test_an_article_whose_text_opens_with_its_verb_is_an_article():
    """立法技术规范 sets a space between an article's label and its text, and
    an article may open on its verb ('第八条 规定本市特别重大事项的地方性法规，
    应当由市人民代表大会通过。', a city's 立法条例); a sentence citing the article
    runs its words on ('第八条规定执行。')."""
    assert read_label("第八条 规定本市特别重大事项的地方性法规，应当由市人民代表大会通过。")[:3] == \
        ("tiao", 8, "第八条")
    assert read_label("第八条\u3000规定本市特别重大事项的地方性法规，应当由市人民代表大会通过。")[:2] == ("tiao", 8)
    assert read_label("第八条规定执行。") is None and read_label("第九条 修改为：") is None


def test_a_numeral_run_or_a_ratio_the_wrap_cut_is_no_label():
    """'一、' ending the line above and '二、三产业' under it are a run of
    numerals (2026 政府工作报告 of a province); '2.81∶' over '1，' is a
    ratio: neither opens an item."""
    assert rejoin("取得多年未有的好成绩。一、", "二、三产业增加值分别增长4.1%、5.2%和6.0%。", full_width=14) == \
        ["取得多年未有的好成绩。一、二、三产业增加值分别增长4.1%、5.2%和6.0%。"]
    assert rejoin("城乡居民收入之比提高到2.81∶", "1，特色产业加快发展。", full_width=14) == \
        ["城乡居民收入之比提高到2.81∶1，特色产业加快发展。"]


def test_a_label_the_sentence_above_runs_into_is_no_label():
    """'…维护国家法制统' / '一、尊严、权威…': 统一 runs across the break, so
    the 一、 is the word's end, not a list label; '…有前款第' / '（三）项…'
    cites an item; a real 一、 after a finished line still starts its item."""
    assert rejoin("审核机制，维护国家法制统", "一、尊严、权威，加快建设法治政府。", full_width=12) == \
        ["审核机制，维护国家法制统一、尊严、权威，加快建设法治政府。"]
    assert rejoin("现将有关事项通知如下：", "一、总体要求", full_width=12) == ["现将有关事项通知如下：", "一、总体要求"]
    assert rejoin("有前款第", "（三）项行为的，应退还非法收取的费用。", full_width=12) == \
        ["有前款第（三）项行为的，应退还非法收取的费用。"]


def test_a_list_label_run_into_a_sentence_at_a_line_end_is_no_note():
    """'…所列物质；（三）' / '含重金属的污染物；（四）…': items run into one
    sentence; the label at the line end opens an item, not a note after it."""
    assert rejoin("公约》附件所列物质；（三）", "含重金属的污染物；（四）其他有毒物质。", full_width=14) == \
        ["公约》附件所列物质；（三）含重金属的污染物；（四）其他有毒物质。"]
    assert rejoin("做好统计分析。（责任单位：市统计局）", "各地要加强监测。", full_width=14) == \
        ["做好统计分析。（责任单位：市统计局）", "各地要加强监测。"]


def test_a_date_line_stands_alone():
    assert rejoin("请结合实际，认真组织实施，确保取得实效", "2019年7月8日") == \
        ["请结合实际，认真组织实施，确保取得实效", "2019年7月8日"]


def test_a_page_break_inside_a_word_is_rejoined():
    """A one-paragraph-per-line file: the page break left a short line."""
    assert rejoin("6. 抢抓区块链技术应用。以行业应用、金", "融应用、民生应用为切入点。", full_width=200) == \
        ["6. 抢抓区块链技术应用。以行业应用、金融应用、民生应用为切入点。"]
    assert rejoin("编制濮阳市中药材种", "植规划，在沿黄三县种植。", full_width=200) == \
        ["编制濮阳市中药材种植规划，在沿黄三县种植。"]


def test_a_line_ending_on_a_particle_goes_on():
    assert rejoin("积极发挥各类医疗保险对医疗服务行为的", "引导与监督制约作用。", full_width=200) == \
        ["积极发挥各类医疗保险对医疗服务行为的引导与监督制约作用。"]


def test_headings_list_rows_and_frame_lines_stand_alone():
    assert rejoin("一、总体要求", "以习近平新时代中国特色社会主义思想为指导。", full_width=200) == \
        ["一、总体要求", "以习近平新时代中国特色社会主义思想为指导。"]
    assert rejoin("具体名单如下：", "袁伶俐 市曹禺小学", "魏敦波 潜江中学", full_width=200) == \
        ["具体名单如下：", "袁伶俐 市曹禺小学", "魏敦波 潜江中学"]
    assert rejoin("荆政办发〔2022〕16号", "各县市区人民政府", "荆州开发区", full_width=20)[0] == "荆政办发〔2022〕16号"
    assert rejoin("2022年8月30日", "市人民政府决定：", full_width=200) == ["2022年8月30日", "市人民政府决定："]


def test_rows_of_a_label_and_its_value_stand_alone():
    """'通信地址：…' over '传真：…' over '网址：…' (a notice's contact lines, a
    cover's 地址 and 电话, a list's 主任 and 成员): a row whose line is not
    full ends there, though its value has sentence punctuation inside; a
    sentence wrapped before a post and its holder still goes on."""
    assert rejoin("通信地址:某市人大常委会法制工作委员会(某区青年北大街26号,邮政编码:110823)",
                  "传真:(024)22736598", "网站网址:www.example.gov.cn", full_width=200) == \
        ["通信地址:某市人大常委会法制工作委员会(某区青年北大街26号,邮政编码:110823)", "传真:(024)22736598",
         "网站网址:www.example.gov.cn"]
    assert rejoin("经研究，由市长担任组长，常务副市长担任", "副组长：张三同志兼任办公室主任。", full_width=20) == \
        ["经研究，由市长担任组长，常务副市长担任副组长：张三同志兼任办公室主任。"]


def test_organs_named_one_a_line_stand_alone():
    """A forwarded text's authors, one organ a line over its title (GB/T
    9704 7.3.5.2), each stand alone; a name the measure cut still goes on."""
    assert rejoin("某市发展改革委", "某市邮政局", "某市财政局", full_width=26) == ["某市发展改革委", "某市邮政局", "某市财政局"]
    assert rejoin("某某市安全生产委员会工作领导小", "组办公室", full_width=16) == ["某某市安全生产委员会工作领导小组办公室"]


def test_the_closing_formula_stands_alone():
    """'特此通告' on its own line is the 结束语 (GB/T 9704 公文结构), a
    paragraph of its own, though the sentence above lost its full stop."""
    assert rejoin("本次调整后，全县已无高风险区，全域实", "现常态化管理", "特此通告") == \
        ["本次调整后，全县已无高风险区，全域实现常态化管理", "特此通告"]


def test_a_list_of_organs_ends_on_its_last_name():
    """The units a 表彰 lists under their grade, one a line: the sentence
    under the last name (its line not full) is a paragraph of its own."""
    assert rejoin("三、铜杯单位", "某某县人民政府", "某某市人民政府", "希望受表彰的单位珍惜荣誉，", "再创佳绩。",
                  full_width=14) == ["三、铜杯单位", "某某县人民政府", "某某市人民政府", "希望受表彰的单位珍惜荣誉，再创佳绩。"]


def test_a_page_break_between_the_lines_is_evidence_of_a_cut():
    lines, _ = normalise("行政执法统计年报一般应当包括下列执法\n— 12 —\n潜江市人民政府公报 2019．9\n数据：\n")
    found, doubts = paragraphs(lines, 200)
    assert [p.text for p in found] == ["行政执法统计年报一般应当包括下列执法数据："] and not doubts


def test_weak_evidence_joins_and_says_where():
    found, doubts = paragraphs(lines_of("行政执法统计年报一般应当包括下列执法", "数据："), 200, source="seeds/x.txt")
    assert [p.text for p in found] == ["行政执法统计年报一般应当包括下列执法数据："]
    assert [(d.file, d.line, d.code) for d in doubts] == [("seeds/x.txt", 2, "doubtful-join")]


# ------------------------------------------------------------ layout

@pytest.mark.parametrize("text", ["— 10 —", "- 3 -", "·12·", "－ 7 －", "第 3 页",
                                  "第 3 页 共 20 页", "第3页/共20页", "共 20 页 第 3 页", "3/20", "- 3 / 20 -",
                                  "潜江市人民政府公报 2019．9", "XX市人民政府公报 2022．8",
                                  "荆州市人民政府公报 2022 年第 8 期", "荆州市人民政府公报 2022年第8-9期",
                                  "2022年第8期 荆州市人民政府公报", "荆州市人民政府公报 · 2024年第3期",
                                  "荆州市人民政府公报（2024年第3期）"])
def test_page_furniture(text):
    assert is_furniture(clean(text))


@pytest.mark.parametrize("text", ["一、总体要求", "10", "2019年7月8日", "潜江市人民政府公报", "20/3", "0/5"])
def test_not_page_furniture(text):
    assert not is_furniture(clean(text))


def test_a_bare_page_number_over_the_next_pages_header_is_furniture():
    """'7' alone is a body line ('10' above), but over the running header it
    is the page's folio printed bare: both are furniture, and the title cut
    by the page break stays whole around them."""
    lines, furniture = normalise("国务院办公厅关于全面推行行政规范性文件\n合法性审核机制的指导意见\n7\n"
                                 "中华人民共和国国务院公报 2019年第2号\n国办发〔2018〕115号\n")
    assert [line.text for line in lines] == ["国务院办公厅关于全面推行行政规范性文件", "合法性审核机制的指导意见",
                                             "国办发〔2018〕115号"]
    assert [line.text for line in furniture] == ["7", "中华人民共和国国务院公报2019年第2号"]


def test_figures_the_wrap_cut_off_over_the_last_page_number_are_text():
    """Pages count from 1 and print their number unpadded: a '00' the wrap
    carried off a time ('…下午:13:00一17:' / '00') over the last page's number
    is the line's end, though 0 and 1 would count on as page numbers do."""
    lines, furniture = normalise("办公时间:\n上午:8:30一11:30              下午:13:00一17:\n00\n1\n")
    assert "00" in [line.text for line in lines] and "00" not in [line.text for line in furniture]


def test_furniture_is_set_aside_and_the_paragraph_goes_on():
    lines, furniture = normalise("全面贯彻习近平新时代中国特色社会主义思\n\n— 10 —\n"
                                 "潜江市人民政府公报 2019．9\n\n想，坚持以人民为中心。\n")
    assert [f.no for f in furniture] == [3, 4]
    assert [p.text for p in paragraphs(lines, 20)[0]] == \
        ["全面贯彻习近平新时代中国特色社会主义思想，坚持以人民为中心。"]


OCR_SPACES = [
    ("实 施 方 案", "实施方案"),
    ("2019 年 7 月 8 日", "2019年7月8日"),
    ("潜政办发〔2019〕16 号", "潜政办发〔2019〕16号"),
    ("16 号", "16号"),
    ("同日 上海洲业集团", "同日 上海洲业集团"),  # two words keep their space
    ("Internet of Things", "Internet of Things"),
    ("\u3000\u3000全面贯彻落实", "全面贯彻落实"),
    ("实\u00a0施\u3000方 案", "实施方案"),
    ("**一、总体要求**", "一、总体要求"),
    ("2 0 2 1 年 3 月 5 日", "2021年3月5日"),  # a line tracked out, its figures too
    ("某 某 县 人 民 政 府", "某某县人民政府"),
    ("〔 2 0 2 1 〕 1 2 号", "〔2021〕12号"),
    ("1 2 3 4", "1 2 3 4"),  # figures alone: no Han character tells a tracked line
    ("第 1 2 期", "第12期"),
    ("主 编: 葛 磊", "主编: 葛磊"),  # a label and its value, each tracked out
    ("财 政 部   科 技 部", "财政部 科技部"),  # two names tracked out, a wider gap between them
    ("某\u3000某\u3000县\u3000人\u3000民\u3000政\u3000府", "某某县人民政府"),
]


@pytest.mark.parametrize("text,want", OCR_SPACES)
def test_ocr_spaces_and_markup(text, want):
    assert clean(text) == want


def test_a_signature_and_date_tracked_out_are_read_as_printed():
    """A text layer gives a line the typesetter tracked out with a space
    between every character, figures too ('2 0 2 1 年 3 月 1 日'): the
    signature and 成文日期 are read as the words they are."""
    gazette = convert_text("某某县人民政府关于做好春季植树造林工作的通知\n各乡镇人民政府：\n"
                           "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。\n"
                           "某 某 县 人 民 政 府\n2 0 2 1 年 3 月 1 日\n", "x/x.txt", "x")
    [doc] = gazette.documents
    assert (doc.issuers, doc.date) == (["某某县人民政府"], "2021-03-01")


def test_an_indent_typed_as_a_tab_is_no_table_row():
    """A tab that only opens a line, with no row beside it, is the
    paragraph's indent (a word processor's export); among rows, a line
    opening on tabs is a cell's next line placed under its column."""
    lines, _ = normalise("某某县人民政府关于做好春季植树造林工作的通知\n\t现将有关事项通知如下：\n"
                         "\t一、各乡镇要在3月底前完成造林任务。\n二、造林地块如下：\n序号\t地块\t面积\n1\t村北地块\t0.52\n"
                         "\t\t（续）\n2\t村南地块\t0.31\n")
    assert [(line.text, line.cells) for line in lines[1:3]] == [("现将有关事项通知如下：", None),
                                                               ("一、各乡镇要在3月底前完成造林任务。", None)]
    assert lines[1].runs[0][0] == 4  # two characters in, as GB/T 9704 7.3.3 indents a paragraph
    assert lines[6].cells == ["", "", "（续）"]


def test_blank_lines_and_line_ends_do_not_matter():
    text = "一、总体要求\n全面贯彻习近平新时代中国特色社会主义思\n想，坚持以人民为中心。\n"
    loose = text.replace("\n", "\n\n")
    assert [line.text for line in normalise(text)[0]] == [line.text for line in normalise(loose)[0]]


# ------------------------------------------------------------ printed pages

def _gazette_of(*spans_and_toc_pages):
    from builder.model import Document, Gazette
    gazette = Gazette("g", "seeds/a.txt", "公报", 2022, None, None, None)
    gazette.documents = [Document(id=str(n), gazette="g", title="t", kind=None, doc_number=None, issuers=[],
                                  date=None, lines=span, toc_page=page)
                         for n, (span, page) in enumerate(spans_and_toc_pages)]
    return gazette


def test_pages_from_the_toc_end_before_the_next_document():
    from builder.stages.pages import assign_pages
    gazette = _gazette_of(((10, 90), 3), ((91, 200), 10), ((201, 300), 10), ((301, 400), 15))
    assign_pages(gazette, [])
    assert [(d.first_page, d.last_page) for d in gazette.documents] == [(3, 9), (10, 10), (10, 14), (15, None)]


def test_pages_from_footers_that_number_every_page():
    from builder.stages.pages import assign_pages
    gazette = _gazette_of(((10, 90), 1), ((91, 200), 2))
    footers = [Line(no=no, text=text) for no, text in [(50, "— 1 —"), (100, "- 2 -"), (150, "·3·"),
                                                       (160, "XX市人民政府公报 2022．8"), (250, "第 4 页")]]
    assign_pages(gazette, footers)
    assert [(d.first_page, d.last_page) for d in gazette.documents] == [(1, 2), (2, 4)]
    # one footer alone (the others lost by the extractor) says nothing: the 目录 does
    sparse = _gazette_of(((10, 90), 1), ((91, 200), 2))
    assign_pages(sparse, [Line(no=150, text="— 7 —")])
    assert [(d.first_page, d.last_page) for d in sparse.documents] == [(1, 1), (2, None)]


# ------------------------------------------------------------ punctuation

PUNCTUATION = [
    ("(一)着力完善体系,增强全民健身公共服务", "（一）着力完善体系，增强全民健身公共服务", 3),
    ("各县(区)人民政府;市直各部门", "各县（区）人民政府；市直各部门", 3),
    ("市地方金融局: 负责引进", "市地方金融局：负责引进", 1),  # the space OCR put after it goes too
    ("(1)加强领导", "（1）加强领导", 2),
    ("上午8:30开会", "上午8:30开会", 0),  # not between Han characters
    ("(VR/AR/MR)等智能终端", "(VR/AR/MR)等智能终端", 0),
    ("荆政办发(2022)16号", "荆政办发(2022)16号", 0),
    ("工资专户的用途:", "工资专户的用途：", 1),  # at the text's end, after Han: a lead-in's or a 主送's colon
    ("各区医疗保障局、财政局: ", "各区医疗保障局、财政局：", 1),
    ("会议时间为上午8:", "会议时间为上午8:", 0),  # after a figure, at the end too
]


@pytest.mark.parametrize("text,want,count", PUNCTUATION)
def test_ocr_half_width_punctuation_between_han(text, want, count):
    from builder.stages.punctuation import restore
    assert restore(text) == (want, count)


def test_the_gazettes_name_alone_is_a_running_header_from_its_second_time_on():
    """A page header printing the name alone: the masthead's first line stays
    the name, the same line a page or more later is furniture, and the page
    numbers of a "第 N 页 共 M 页" footer still count the pages."""
    body = [f"第{n}条 本办法第{n}条的规定，适用于本市行政区域内的有关工作和相关事项。" for n in range(1, 41)]
    lines = ["荆州市人民政府公报", "2024年第3期", "荆州市人民政府关于印发某某办法的通知"]
    for page in range(2):
        lines += body[page * 20:(page + 1) * 20] + [f"第 {page + 1} 页 共 2 页", "荆州市人民政府公报"]
    kept, furniture = normalise("\n".join(lines) + "\n")
    assert kept[0].text == "荆州市人民政府公报" and "荆州市人民政府公报" not in [line.text for line in kept[1:]]
    assert [line.text for line in furniture if "页" in line.text] == ["第1页共2页", "第2页共2页"]
    assert [page_number(line.text) for line in furniture if "页" in line.text] == [1, 2]


def test_figures_typed_full_width_number_the_list_and_the_frame():
    """A word processor's full-width figures (１．, 〔２０２２〕, ２０２２年９月１７日): the
    same list and the same 发文字号 and date as in half-width figures, the figures shown as figures."""
    text = ("荆州市人民政府办公室关于某某工作的通知\n荆政办发〔２０２２〕１６号\n各县、市、区人民政府：\n"
            "为做好某某工作，现通知如下。\n１．加强组织领导。各地要高度重视。\n２．强化督促检查。各地要按时完成。\n"
            "荆州市人民政府办公室\n２０２２年９月１７日\n")
    doc = convert_text(text, "x.txt", "x").documents[0]
    assert (doc.doc_number, doc.date) == ("荆政办发〔2022〕16号", "2022-09-17")
    assert [b.label for p in doc.parts for b in p.blocks if isinstance(b, Provision)] == ["1．", "2．"]


def test_digits_inside_a_bracket_are_no_page_of_the_contents():
    """A 目录 entry ends on its page number; a title whose 文号 the wrap cut
    inside its year ("…的通知(岳办发〔2" / "017〕2号)") ends on no page."""
    from builder.stages.masthead import _toc_entry

    assert _toc_entry("某市人民政府关于某事的通知………………12") == ("某市人民政府关于某事的通知", 12)
    assert _toc_entry("某市人民政府关于某事的通知(某政发〔2") is None
    assert _toc_entry("某市人民政府关于某事的通知（某政发〔2") is None


@pytest.mark.parametrize("number_lines", [["的通知(某办发〔2", "017〕2号)"], ["的通知(某办发〔2017〕2号)"]])
def test_the_first_title_under_the_contents_keeps_its_wrapped_head(number_lines):
    """The first document under a printed 目录, its title wrapped over lines
    and ending in its bracketed 发文字号 (cut inside the year or not): the
    title's head is its own first line, not the 目录 entry wrapped above it
    ("…关于印发" / "《…》的通知………………3")."""
    text = "\n".join([
        "某市人民政府公报", "2017年第1号", "2017年1月10日", "目　　录",
        "中共某市委办公室某市人民政府办公室印发《关于", "全面推进政务公开工作的实施意见》的通知………………1",
        "某市行政审批制度改革工作领导小组办公室文件", "某市行政审批制度改革工作领导小组办公室关于印发",
        "《某市行政许可事项通用目录》的通知………………3", "",
        "中共某市委办公室某市人民政府办公室印发《关于", "全面推进政务公开工作的实施意见》" + number_lines[0], *number_lines[1:],
        "各县市区委、人民政府,某某经济技术开发区、某某", "新港区、某某新区、某某管理区,市直各单位,中央、省",
        "驻某单位:", "《关于全面推进政务公开工作的实施意见》已经市委、", "市人民政府同意,现印发给你们,请结合实际认真贯彻执",
        "行。", "中共某市委办公室", "某市人民政府办公室", "2017年1月10日",
        "关于全面推进政务公开工作的实施意见"]) + "\n"
    docs = convert_text(text, "x.txt", "x").documents
    assert docs[0].doc_number == "某办发〔2017〕2号"
    assert docs[0].title == "中共某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"


def test_a_contents_entry_wrapped_over_three_lines_may_have_a_short_middle_line():
    """A narrow measure leaves a 目录 entry's middle line short ("家机关人员问题"):
    the entry goes on through it to its page, and the 目录 goes on after it."""
    from builder.stages.masthead import read_toc

    texts = ["目　　录", "某省人民政府关于任免国", "家机关人员问题", "的通知……3",
             "某区林长制办公室关于调整某区区级副林长及责", "任区域的通知……4", "", "某市人民政府关于某事的通知"]
    lines = [Line(no=n, text=t) for n, t in enumerate(texts, start=1) if t]
    toc, used = read_toc(lines)
    assert [(e.title, e.page) for e in toc] == [("某省人民政府关于任免国家机关人员问题的通知", 3),
                                                ("某区林长制办公室关于调整某区区级副林长及责任区域的通知", 4)]
    assert used == set(range(6))


def test_a_title_in_the_about_form_right_under_the_contents_opens_the_first_document():
    """标题 = 发文机关 + 关于 + 事由 + 文种 whatever its 文种 word ('…的承诺'), its
    主送 under it: right under the 目录 it opens the issue's first document,
    though the 目录's last line above it ends no sentence."""
    text = "\n".join([
        "某市人民政府公报", "2023年第2号", "2023年4月30日", "目　　录",
        "某县人民政府关于某县2023年度第三批城市建", "设用地办理林地情况的承诺 1",
        "某市人民政府关于某事的通知 2", "",
        "某县人民政府", "关于某县2023年度第三批城市建设用地", "办理林地情况的承诺", "省自然资源厅:",
        "某县2023年度第三批城市建设用地申报总面积为7.2712公顷。我县承诺，在该批次用地上报省政府前，完成林地手续办理。",
        "2023年4月30日",
        "某市人民政府关于某事的通知", "各区人民政府：", "为做好某事，现通知如下。请认真贯彻执行。", "某市人民政府", "2023年4月5日"]) + "\n"
    docs = convert_text(text, "x.txt", "x").documents
    assert [d.title for d in docs] == ["某县人民政府关于某县2023年度第三批城市建设用地办理林地情况的承诺", "某市人民政府关于某事的通知"]


@pytest.mark.parametrize("title_lines", [["关于加强疫情防控工作的通", "告 2022(20)号"],
                                         ["关于加强疫情防控工作的", "通告 2022(20)号"]])
def test_a_notices_serial_with_the_end_of_its_kind_word_wrapped_onto_it(title_lines):
    """A 通告's title wrapped so that the end of its kind word shares the
    serial's line ("…的通" / "告 2022(20)号"): the title, then its serial."""
    text = "\n".join(["某市人民政府关于某事的通知", "各区人民政府：", "为做好某事，现通知如下。请认真贯彻执行。", "某市人民政府",
                      "2022年3月5日", *title_lines, "近期疫情形势异常严峻。经研究决定，我县将进一步加强公共场所严管严控。",
                      "本通告自发布之日起施行。", "某县疫情防控指挥部", "2022年3月23日"]) + "\n"
    docs = convert_text(text, "x.txt", "x").documents
    assert [(d.title, d.doc_number) for d in docs][1:] == [("关于加强疫情防控工作的通告", "2022（20）号")]
