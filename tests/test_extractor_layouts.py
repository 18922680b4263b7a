"""Shapes real PDF extractors give Chinese official documents that the
other layouts do not: radicals for ideographs (pdfminer, PDFBox, MuPDF on a
PDF whose ToUnicode map names the radical a glyph shares with an ideograph),
a paragraph's closing mark on a line of its own (PyMuPDF), the title run
into its 主送 (an extractor that joins text boxes), an article's label on
a line of its own, and a page of two columns side by side (pdftotext
-layout). Invented text; the measure's `radicals_26` and `stops_26`
layouts (tests/devset/layout.py) measure the first two on every real set,
tests/test_devset.py the title run into its 主送 and the label alone; the
two columns are tried on the real sets by a script (tests/devset/README.md)."""
from __future__ import annotations

import re

import pytest

from builder.convert import convert_text
from builder.stages.decode import decode
from builder.text.lines import display_width, width
from builder.text.radicals import twins
from tests.test_holdout7_grammar import _documents

# A notice as a PDF with radicals in its ToUnicode map extracts it: ⼀ 一, ⼆ 二, ⼗ 十, ⽉ 月, ⽇ 日, ⻓ 长, ⼈ 人.
RADICAL_NOTICE = """\
⻓沙市⼈⺠政府办公厅关于加强道路管理的通知
⻓政办发〔2021〕12号
各区县（市）⼈⺠政府，市直机关各单位：
为加强道路管理，现通知如下。
⼀、明确责任。各区负责本区道路。
⼆、加强巡查。每⽉巡查⼀次。
⻓沙市⼈⺠政府办公厅
2021年3⽉15⽇
"""


def test_radicals_are_read_as_the_ideographs_they_twin():
    doc = convert_text(decode(RADICAL_NOTICE.encode()).text, "radicals.txt", "radicals").documents[0]
    assert doc.title == "长沙市人民政府办公厅关于加强道路管理的通知"
    assert doc.doc_number == "长政办发〔2021〕12号"
    assert doc.issuers == ["长沙市人民政府办公厅"]
    assert doc.date == "2021-03-15"
    assert doc.addressees == "各区县（市）人民政府，市直机关各单位"
    assert [p.label for p in doc.provisions] == ["一、", "二、"]


def test_the_report_lists_each_line_with_its_radicals():
    decoded = decode("第⼗条 本办法⾃公布之⽇起施⾏。\n⻓江\n".encode())
    assert decoded.text == "第十条 本办法自公布之日起施行。\n长江\n"
    assert decoded.repairs == [(1, "radical read as the ideograph it twins: ⼗→十 ⾃→自 ⽇→日 ⾏→行"),
                               (2, "radical read as the ideograph it twins: ⻓→长")]


ESCAPED_NOTICE = ("长沙市人民政府办公厅关于加强&ldquo;一网通办&rdquo;工作的通知\n长政办发〔2021〕12号\n"
                  "各区县（市）人民政府，市直机关各单位：\n"
                  "&nbsp;&nbsp;&nbsp;&nbsp;一、各单位要按照&ldquo;一网通办&rdquo;要求做好工作。\n"
                  "&#12288;&#12288;二、R&D经费&mdash;&mdash;按规定列支。\n长沙市人民政府办公厅\n2021年3月15日\n")


def test_html_character_references_a_scraper_left_are_read_as_characters():
    """A scraper that strips a page's tags but not its escapes leaves '&ldquo;',
    '&nbsp;' and '&#12288;' in the text: each is read as its character (an
    indent's spaces, the quotation marks of a title), each line listed for
    the report; '&' alone (R&D) stays."""
    decoded = decode(ESCAPED_NOTICE.encode())
    assert "&" not in decoded.text.replace("R&D", "")
    assert decoded.repairs[0] == (1, "HTML character reference read as its character: &ldquo; &rdquo;")
    doc = convert_text(decoded.text, "escaped.txt", "escaped").documents[0]
    assert doc.title == "长沙市人民政府办公厅关于加强“一网通办”工作的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("长政办发〔2021〕12号", ["长沙市人民政府办公厅"], "2021-03-15")
    assert [p.label for p in doc.provisions] == ["一、", "二、"]
    assert doc.provisions[1].heading + doc.provisions[1].text == "R&D经费——按规定列支。"


def test_a_sentence_quoting_a_reference_or_two_keeps_it():
    """Control: a text that names a reference or two ('输入&nbsp;表示空格') is no page's escaped text."""
    assert decode("网页中输入&nbsp;表示空格，&amp;表示和号。\n".encode()).text == "网页中输入&nbsp;表示空格，&amp;表示和号。\n"


def test_every_radical_with_a_twin_is_read_and_nothing_else_is():
    """The 214 Kangxi radicals and the 114 of the Radicals Supplement that Unicode twins
    with an ideograph; a radical with no twin (⺀) and the ideographs themselves stay."""
    table = twins()
    assert len(table) == 214 + 114
    assert all(0x2E80 <= ord(r) <= 0x2FDF and not 0x2E80 <= ord(i) <= 0x2FDF for r, i in table.items())
    assert decode("⺀一二十".encode()).text == "⺀一二十"


# A regulation as PyMuPDF extracts a PDF that sets each paragraph's closing mark apart.
STOP_LINES_RULES = """\
某市道路管理办法
第一条 为了加强道路管理，根据有关法律、法规，结合本市实
际，制定本办法
。
第二条 市交通运输主管部门履行下列职责
：
（一）组织编制道路规划
；
（二）监督道路养护
；
（三）法律、法规规定的其他职责
。
列入道路养护计划的项目应当征求沿线单位和公众的意见
。
第三条 本办法自2021年5月1日起施行
。
"""


def test_closing_marks_alone_on_a_line_end_the_line_above():
    """A sentence ending in a 文种 word ('…的意见') and its '。' under it opens no
    document; an item's '；' closes the item, no paragraph of marks alone."""
    gazette = convert_text(STOP_LINES_RULES, "stops.txt", "stops")
    assert [d.title for d in gazette.documents] == ["某市道路管理办法"]
    doc = gazette.documents[0]
    assert [p.label + p.heading + p.text for p in doc.provisions] == [
        "第一条为了加强道路管理，根据有关法律、法规，结合本市实际，制定本办法。",
        "第二条市交通运输主管部门履行下列职责：", "（一）组织编制道路规划；", "（二）监督道路养护；",
        "（三）法律、法规规定的其他职责。", "第三条本办法自2021年5月1日起施行。"]
    texts = [b.text for b in doc.parts[0].blocks if hasattr(b, "text")]
    assert "列入道路养护计划的项目应当征求沿线单位和公众的意见。" in texts
    assert not any(t and set(t) <= set("。；：") for t in texts)


def test_leaders_a_lone_dot_and_a_cells_last_piece_are_not_hung():
    """A table's cell wrapped in its column ('（寿命' / '岁）' / '）') keeps its piece in its column."""
    from builder.stages.layout import normalise
    lines, _ = normalise("第一章 总则\n……\n1\n.\n张三      （平均寿命\n          ）\n")
    assert [line.text for line in lines] == ["第一章 总则", "……", "1", ".", "张三（平均寿命", "）"]


# The People's Bank's own extraction of its PDFs (angelala00/pbc_regulations) joins the 标题's text box and the
# 主送's: '…的通知中国人民银行上海总部，各分行…：' on one line, in about a third of the 317 files whose title it prints.
BOXES_JOINED = ["某某银行文件", "某银发〔2007〕158号",
                "某某银行关于印发《某某调查实施细则（试行）》的通知某某银行上海总部，各分行、营业管理部，各省会（首府）城市中心支行：",
                "现将《某某调查实施细则（试行）》印发给你们，请遵照执行。", "某某银行", "2007年6月21日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_run_into_its_addressees_is_parted_where_the_title_ends(columns):
    """GB/T 9704 sets the 标题 and the 主送 each on a line of its own (7.3.1, 7.3.2): the title
    ends in its kind word, brackets and 《》 closed, where a 主送 closing on its colon begins."""
    [doc] = _documents(BOXES_JOINED, columns)
    assert doc.title == "某某银行关于印发《某某调查实施细则（试行）》的通知"
    assert doc.addressees == "某某银行上海总部，各分行、营业管理部，各省会（首府）城市中心支行"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某银发〔2007〕158号", ["某某银行"], "2007-06-21")


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_joint_title_run_into_its_addressees_is_parted_too(columns):
    """The joint organs of a 标题 parted by spaces ('某某银行 某某监督管理委员会 某某局关于…')."""
    [doc] = _documents(["某某银行 某某监督管理委员会 某某局关于进一步加强小微企业金融服务有关问题的通知"
                        "某某银行各分行、营业管理部；各省、自治区、直辖市监管局：",
                        "为加强小微企业金融服务，现就有关事项通知如下：", "一、加大信贷投放。",
                        "某某银行 某某监督管理委员会 某某局", "2015年3月2日"], columns)
    assert doc.title == "某某银行某某监督管理委员会某某局关于进一步加强小微企业金融服务有关问题的通知"
    assert doc.addressees == "某某银行各分行、营业管理部；各省、自治区、直辖市监管局"
    assert doc.issuers == ["某某银行", "某某监督管理委员会", "某某局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_title_is_not_parted_at_the_forwarded_kind(columns):
    """'…关于…的通报' then '的通知…': the longest title is the one, a 转发's; a title whole on its
    lines over its 主送 is left as printed."""
    title = "某某市人民政府办公室转发市安委会办公室关于全市安全生产大检查情况的通报的通知"
    for paragraphs in ([title + "各县区人民政府，市政府各部门：", "现将通报转发给你们。", "某某市人民政府办公室", "2021年3月1日"],
                       [title, "各县区人民政府，市政府各部门：", "现将通报转发给你们。", "某某市人民政府办公室", "2021年3月1日"]):
        [doc] = _documents(paragraphs, columns)
        assert (doc.title, doc.addressees) == (title, "各县区人民政府，市政府各部门")


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_run_into_its_body_is_parted_where_the_body_opens(columns):
    """No 主送: the body's first sentence run on after the title's kind word ('…的通知为加强…'),
    where a title stands (here under its 发文字号), opening as bodies open; a 转发's '…的通报的通知'
    is not cut at the forwarded kind."""
    [doc] = _documents(["某某银行文件", "某银发〔2015〕40号",
                        "某某银行关于印发《某某系统参与者监督管理办法》的通知为加强对某某系统参与者的监督管理，现将"
                        "《某某系统参与者监督管理办法》印发给你们，请遵照执行。", "某某银行", "2015年2月2日"], columns)
    assert doc.title == "某某银行关于印发《某某系统参与者监督管理办法》的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某银发〔2015〕40号", ["某某银行"], "2015-02-02")
    forwarded = "某某市人民政府办公室转发市安委会办公室关于全市安全生产大检查情况的通报的通知"
    [doc] = _documents([forwarded + "根据工作安排，现将通报转发给你们。", "某某市人民政府办公室", "2021年3月1日"], columns)
    assert doc.title == forwarded


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_title_is_no_title_run_into_its_body(columns):
    """A body line that opens with a title's words under a line that runs on is the sentence's."""
    [doc] = _documents(["某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府：", "各乡镇要认真贯彻",
                        "某某县人民政府关于做好防汛工作的通知为做好防汛工作，各乡镇要加强值守。",
                        "某某县人民政府", "2021年6月1日"], columns)
    assert doc.title == "某某县人民政府关于做好防汛工作的通知"


def test_no_addressees_are_read_across_a_contents_entry_or_a_further_title():
    """A 目录's entry, its page after the kind word the wrap carried down ('…的通' / '知5'), over the
    next title, whose words end in a kind word ('…某某市规划') before 关于: a 主送 never holds 关于, and
    no title is parted before the one under the entry; that one, whole on its lines, stays as printed."""
    from builder.model import Line
    from builder.stages.split.unfold.title_ends import titles_then_addressees
    # (holdout7's issue at the sweep's seed 6: a 目录 section's heading, its entry, then a title)
    texts = ["州人大常委会法工委文件", "湘西自治州人大常委会法工委关于《湘西土家族苗族自", "治州自治条例》(修正草案·二审稿)公开征求意见的通",
             "知5", "成都市发展和改革委员会 中共成都市委社会工作部成", "都市规划和自然资源局 成都市住房和城乡建设局 关于",
             "印发成都市城市社区嵌入式服务设施建设工程实施方案", "的通知", "各区(市)县政府(管委会),市级有关部门,有关单位:",
             "经市领导同意,现将《成都市城市社区嵌入式服务设施"]
    lines = [Line(no=n, text=text) for n, text in enumerate(texts, start=1)]
    assert [line.text for line in titles_then_addressees(lines)] == texts


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title, to", [("某某区人民政府关于同意《某某镇村庄规划》的批复", "某某镇"),
                                       ("某某区城市管理局关于区政协第201号提案协办意见的函", "某某湖街道")])
def test_an_addressee_run_in_may_name_a_place(title, to, columns):
    """A 批复 or 函 answers the body that asked, named by its place ('某某镇：', '某某街道：')."""
    [doc] = _documents([title + to + "：", "你单位的来文收悉。经研究，同意所报事项。", "某某机关", "2017年5月2日"], columns)
    assert (doc.title, doc.addressees) == (title, to)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_organs_however_long_head_a_title_run_into_its_addressees(columns):
    """Four organs' names before 关于, parted by spaces, longer than one organ's name and 关于 ever are."""
    organs = "某某市发展和改革委员会 中共某某市委社会工作部 某某市规划和自然资源局 某某市住房和城乡建设局"
    [doc] = _documents([organs + " 关于印发某某市社区服务设施建设工程实施方案的通知各区县政府，市级有关部门，有关单位：",
                        "现将实施方案印发给你们，请认真贯彻落实。", organs, "2024年5月6日"], columns)
    assert doc.title == organs.replace(" ", "") + "关于印发某某市社区服务设施建设工程实施方案的通知"
    assert doc.addressees == "各区县政府，市级有关部门，有关单位"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letter_run_into_its_salutation_is_parted(columns):
    """A 公开信's 称谓 run in after its title, where a title stands (under a finished text)."""
    letter = ["致全市人民的公开信广大市民朋友们、同志们：", "近年来，市委市政府坚持以人民为中心，办好民生实事。",
              "某某市民生实事工作推进领导小组办公室", "2022年10月28日"]
    docs = _documents(["某某市人民政府关于做好民生实事工作的通知", "各区县人民政府：", "现将有关事项通知如下。",
                       "某某市人民政府", "2022年10月8日"] + letter, columns)
    assert [d.title for d in docs][1:] == ["致全市人民的公开信"]
    assert docs[1].addressees == "广大市民朋友们、同志们"


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title, members", [
    ("对某某市第九届人民代表大会第三次会议第31号建议的答复", "某某某等3名代表"),
    ("关于市十七届人大三次会议第182号代表建议的答复函", "尊敬的某某代表"),
    ("某某市交通局关于对某某市五届人大一次会议第94号建议的答复", "某某某、某某某代表"),
    ("对自治区十四届人大三次会议第123号建议的答复", "某某某代表")])
def test_a_reply_run_into_the_members_it_answers_is_parted(title, members, columns):
    """A reply to a 建议 or 提案 addresses the members who made it, by name, several or counted ('某某某等3名
    代表'), perhaps '尊敬的'; its title may name no organ ('对…建议的答复'). Run in after the title, where a
    title stands, they are its 主送."""
    docs = _documents(["某某市人民政府关于做好民生实事工作的通知", "各区县人民政府：", "现将有关事项通知如下。",
                       "某某市人民政府", "2022年10月8日", title + members + ":",
                       "您提出的关于开通城市公交车的建议收悉,现答复如下:", "一、加快线路规划。", "某某市交通运输局",
                       "2023年7月1日"], columns)
    assert [(d.title, d.addressees) for d in docs][1:] == [(title, members)]


def test_a_sentence_on_replies_to_members_is_no_title_parted():
    """A body's sentence that names replies and members over its colon is no title run into a 主送."""
    docs = _documents(["某某市人民政府办公室关于做好建议办理工作的通知", "各区县人民政府：",
                       "对人大代表建议的答复各承办单位要认真审核，现将有关要求通知如下：", "一、按时答复。",
                       "某某市人民政府办公室", "2022年3月8日"], None)
    assert [d.title for d in docs] == ["某某市人民政府办公室关于做好建议办理工作的通知"]


def test_a_body_line_naming_information_is_no_letter_parted():
    """Control: '…信息披露…' is no letter's title; '本公告' then '自…起施行' is a sentence, not a title and its body."""
    line = "十、本公告自2021年8月1日起施行。财务公司承兑汇票的信息披露参照本公告执行。"
    docs = _documents(["某某银行公告〔2021〕第6号", "为规范商业汇票信息披露，现公告如下：", "一、承兑人应当披露承兑信息。",
                       line, "某某银行", "2021年6月1日"], None)
    assert len(docs) == 1
    [item] = [p for p in docs[0].provisions if p.label == "十、"]
    assert item.heading + item.text == line[2:]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_reply_written_with_fu_of_taiwan_is_a_reply(columns):
    """批覆 and 答覆, as Taiwan's and older texts write 批复 and 答复, are the reply's kind word (OpenCC
    keeps 覆 as 覆): the title run into its 主送 is parted there."""
    [doc] = _documents(["民政部關於某某省撤銷某某區設立某某縣的批覆某某省人民政府:", "你省的請示收悉。經研究,同意所報事項。",
                        "民政部", "1998年3月2日"], columns)
    assert (doc.title, doc.addressees) == ("民政部關於某某省撤銷某某區設立某某縣的批覆", "某某省人民政府")


# A rule as the People's Bank's extraction (tiaofasi_departmental_rule_000028) and 山南's web page of its 立法条例
# give it: each article's label, set in bold, a line of its own, its text under it.
LABELS_APART = ["某某市档案管理办法", "第一章 总则", "第一条", "（立法目的）为了加强档案管理，根据有关法律、法规，制定本办法。",
                "第二条", "本基金会的宗旨:推进尊师重教,资助贫困师生,支持教育创新。", "第三条", "区政府由下列人员组成：",
                "（一）区长；", "（二）副区长。", "第四条", "本办法自2021年5月1日起施行。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_article_label_alone_on_its_line_heads_the_text_under_it(columns):
    """Whatever the text opens with (a bracketed heading, a clause with its colon), it is the article's;
    an item under the article's text is an item still."""
    [doc] = _documents(LABELS_APART, columns)
    assert [(p.label, p.heading + p.text) for p in doc.provisions] == [
        ("第一章", "总则"), ("第一条", "（立法目的）为了加强档案管理，根据有关法律、法规，制定本办法。"),
        ("第二条", "本基金会的宗旨：推进尊师重教，资助贫困师生，支持教育创新。"), ("第三条", "区政府由下列人员组成："),
        ("（一）", "区长；"), ("（二）", "副区长。"), ("第四条", "本办法自2021年5月1日起施行。")]


# The same extraction runs a rule's title into its first division: '…管理办法第一章 总 则' (the bank's departmental
# rules 000034, 000074, 000091) or '…暂行办法第一条 为规范…' (000049).
@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("division, labels", [("第一章 总 则", ["第一章", "第一条", "第二条"]),
                                              ("第一条 为规范某某业务，根据有关法律，制定本办法。", ["第一条", "第二条"])])
def test_a_rule_title_run_into_its_first_division_is_parted(division, labels, columns):
    rule = ["某某银行令", "（2019）第3号", "《某某业务管理暂行办法》已经2019年9月18日某某银行第1次行务会议审议通过，现予发布，"
            "自2019年12月1日起施行。", "行长 张某某", "2019年10月16日", "某某业务管理暂行办法" + division]
    rule += ["第一条 为规范某某业务，根据有关法律，制定本办法。"] if division.startswith("第一章") else []
    [doc] = _documents(rule + ["第二条 本办法所称某某业务，是指依法开展的业务。"], columns)
    assert (doc.title, doc.doc_number) == ("某某业务管理暂行办法", "某某银行令〔2019〕第3号")
    assert [p.label for p in doc.provisions] == labels


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_rules_first_article_is_not_parted(columns):
    """Control: '本办法第一条所称…' and '…依照某某管理办法第一条规定…' open no title."""
    docs = _documents(["某某市某某管理办法", "第一条 为加强管理，制定本办法。", "第二条 本办法第一条所称机构，是指依法设立的机构。",
                       "第三条 违反本办法的，依照某某省某某管理办法第一条规定处理。"], columns)
    assert [d.title for d in docs] == ["某某市某某管理办法"]
    assert [p.label for p in docs[0].provisions] == ["第一条", "第二条", "第三条"]


def test_a_title_of_a_place_opening_on_ben_is_parted_from_its_first_chapter():
    """'本溪市…办法' opens on a place's name, not on '本办法' citing the rule: its first chapter is parted."""
    [doc] = _documents(["本溪市某某管理办法第一章 总 则", "第一条 为加强管理，制定本办法。"], None)
    assert doc.title == "本溪市某某管理办法"
    assert [p.label for p in doc.provisions] == ["第一章", "第一条"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_item_citing_its_notices_first_article_is_not_parted(columns):
    """Control: '二、对于不符合本通知第一条要求的…' opens on an item's label: the notice citing itself, no title."""
    [doc] = _documents(["某某银行关于某某业务的通知", "各分行：", "一、各银行应当依法开展某某业务，按月报送有关情况。",
                        "二、对于不符合本通知第一条要求的，各银行业金融机构应当整改。", "某某银行", "2020年1月1日"], columns)
    assert [p.heading + p.text for p in doc.provisions][1] == "对于不符合本通知第一条要求的，各银行业金融机构应当整改。"


# ---------------------------------------------------------------- two columns side by side (pdftotext -layout)

def _side_by_side(left: list[str], right: list[str], at: int = 40, columns=display_width) -> list[str]:
    """Two columns of a page as a text layer that keeps the print's places
    sets them: each line the left column's, spaces up to the right column's
    start (display columns: a Han character takes two; columns=printed for
    a text whose pinyin letters print full width), the right column's."""
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append(a + " " * max(2, at - columns(a)) + b if b else a)
    return rows


def printed(text: str) -> int:
    """Columns as a Chinese font prints them: a toned pinyin letter ('ǔ', GB 2312's) full width."""
    return int(2 * width(text))


TWO_COLUMN_NOTICE = ["某某市人民政府关于做好春季植树造林", "工作的通知", "某政发〔2021〕3号", "各区人民政府，市政府各部门：",
                     "为做好今年春季植树造林工作，经市人", "民政府同意，现就有关事项通知如下：", "一、提高认识，加强领导。植树造",
                     "林是改善生态环境的重要举措，各区要", "把植树造林工作列入重要议事日程，主", "要领导亲自抓，分管领导具体抓。",
                     "二、科学规划，突出重点。各区要按照", "“适地适树”的原则，科学编制造林规", "划，重点抓好道路、河道两侧绿化。",
                     "三、落实责任，严格考核。市政府将植", "树造林工作纳入年度目标考核，对工作", "不力的单位予以通报批评。",
                     "四、加强管护，巩固成果。各区要建立", "健全管护制度，落实管护人员，确保造", "林成活率达到百分之九十以上。",
                     "某某市人民政府", "2021年3月1日"]


@pytest.mark.parametrize("rows", [11, 15])
def test_a_page_of_two_columns_is_read_column_by_column(rows):
    """A page printed in two columns, as pdftotext -layout gives it: each
    line holds a line of each column. Read as print reads it, the left
    column first, then the right (its start a column or two off where the
    left line runs to the column's edge or holds a character the print sets
    a full cell wide): the notice whole, its points each its own."""
    page = ["                某某市人民政府公报　2021年第3期"] + _side_by_side(TWO_COLUMN_NOTICE[:rows],
                                                                          TWO_COLUMN_NOTICE[rows:]) + ["                    - 1 -"]
    doc, = convert_text("\n".join(page) + "\n", "x.txt", "x").documents
    assert (doc.title, doc.doc_number, doc.date) == ("某某市人民政府关于做好春季植树造林工作的通知", "某政发〔2021〕3号", "2021-03-01")
    assert [p.label for p in doc.provisions] == ["一、", "二、", "三、", "四、"]
    assert doc.provisions[1].text.endswith("重点抓好道路、河道两侧绿化。")


def test_a_table_set_apart_by_spaces_is_no_pair_of_columns():
    """Control: a table's rows set apart by spaces (a name list's 姓名 and
    职务) have a wide gap on every line, but its cells end anywhere, not at
    one measure as a column of prose does: the rows stay rows."""
    from builder.stages.layout import columns_read_apart
    names = ["张某某", "李某", "王某某", "赵某", "钱某某", "孙某", "周某某", "吴某", "郑某某", "冯某"]
    posts = ["市发展和改革委员会主任", "市财政局局长", "市教育局副局长", "市公安局政委", "市民政局局长",
             "市司法局副局长", "市人力资源和社会保障局局长", "市自然资源和规划局副局长", "市生态环境局局长", "市住房和城乡建设局局长"]
    raws = list(enumerate(_side_by_side(names, posts, at=12), start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws


def test_an_annotation_taken_out_of_the_left_column_leaves_the_right_in_place():
    """A mirror's pinyin annotations ('府(fǔ)') in the left column's lines:
    decode takes them out and widens the gap after them by as much, so the
    right column still starts at its column and the page is read column by
    column. The measure lays every real set out so, mirror copies among them."""
    annotated = [line.replace("政府", "政府(fǔ)", 1) if k % 3 == 0 else line
                 for k, line in enumerate(TWO_COLUMN_NOTICE[:11])]
    page = _side_by_side(annotated, TWO_COLUMN_NOTICE[11:], at=44, columns=printed)
    text = decode(("\n".join(page) + "\n").encode()).text
    for before, after in zip(page, text.split("\n")):
        if "(fǔ)" in before:
            right = before.rsplit("  ", 1)[1]
            assert "(fǔ)" not in after and display_width(after[:after.index(right)]) == 44
    doc, = convert_text(text, "x.txt", "x").documents
    assert doc.title == "某某市人民政府关于做好春季植树造林工作的通知"
    assert [p.label for p in doc.provisions] == ["一、", "二、", "三、", "四、"]


def test_an_annotation_opening_a_line_of_the_left_column_leaves_the_right_in_place():
    """The wrap cut a character of the left column from its annotation
    ('…國有資本經' / '(jīng)營預算…'): the annotation opening the line is
    taken out, and the gap after it widened by as much, so the right
    column still starts at its column."""
    left = [line if k % 3 != 1 else "(jīng)" + line for k, line in enumerate(TWO_COLUMN_NOTICE[:10])]
    page = _side_by_side(left, TWO_COLUMN_NOTICE[11:], at=44, columns=printed)
    text = decode(("\n".join(page) + "\n").encode()).text
    for before, after in zip(page, text.split("\n")):
        right = before.rsplit("  ", 1)[1]
        assert "(jīng)" not in after and display_width(after[:after.index(right)]) == 44


def test_an_annotation_heading_the_right_column_is_taken_out():
    """The character closing the left column ('…有关事项') and its pinyin
    annotation set at the head of the right one ('(xiàng)的通知'), as a
    mirror's page in two columns gives it: the annotation is taken out
    there too, and the right column still starts at its column. Text in
    brackets there that is no toned syllable ('(a)', '(2021)') stays."""
    left = TWO_COLUMN_NOTICE[2:13] + ["某某市人民政府办公室关于转发有关事项"]
    right = ["(xiàng)的通知"] + TWO_COLUMN_NOTICE[13:19]
    decoded = decode(("\n".join(_side_by_side(left, right)) + "\n").encode())
    assert "(xiàng)" not in decoded.text and "…(xiàng)" in decoded.repairs[0][1]
    first = decoded.text.split("\n")[0]
    assert display_width(first[:first.index("的通知")]) == 40
    for kept in ["(a)", "(2021)", "(xiang)"]:
        right = [kept + "的通知"] + TWO_COLUMN_NOTICE[13:19]
        assert kept in decode(("\n".join(_side_by_side(left, right)) + "\n").encode()).text


def test_a_column_wrapped_with_its_annotations_is_read_apart():
    """A mirror's text printed in the left column, its pinyin annotations
    ('發(fā)') printed too: each line fills the column with them, so once
    decode takes them out the lines end anywhere. Counted as printed, with
    what was taken out, they end at one measure, and the page is read
    column by column."""
    from builder.stages.layout import normalise
    prose = "".join(TWO_COLUMN_NOTICE[4:19])
    syllables = ["(fā)", "(zhǎn)", "(guān)", "(xiàng)", "(wù)"]
    annotated = "".join(ch + syllables[k % 5] if k % 3 == 1 and "\u4e00" <= ch <= "\u9fff" else ch
                        for k, ch in enumerate(prose))
    left, line = [], ""
    for ch in re.findall(r".(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\))?", annotated):
        if display_width(line + ch) > 36:
            left, line = left + [line], ""
        line += ch
    left.append(line)
    right = TWO_COLUMN_NOTICE[:len(left)] if len(left) <= len(TWO_COLUMN_NOTICE) else TWO_COLUMN_NOTICE
    decoded = decode(("\n".join(_side_by_side(left, right)) + "\n").encode())
    lines, _ = normalise(decoded.text, decoded.annotated)
    assert "".join(line.text for line in lines[:len(left)]) == prose
    assert [line.text for line in lines[len(left):]] == right


JOINT_NOTICE = ["某委发〔2021〕68号", "中共某某市某某区某某镇委员会", "某某市某某区某某镇人民政府", "关于印发《某某镇村民委员会换届选举",
                "工作方案》的通知", "各村党总支、村委会：", "《某某镇村民委员会换届选举工作方", "案》已经镇党委同意，现印发给你们，",
                "请结合实际，抓好落实。", "中共某某市某某区某某镇委员会", "某某市某某区某某镇人民政府", "2021年3月11日"]


@pytest.mark.parametrize("annotate", ["", "(fǔ)"])
def test_annotations_taken_out_of_the_right_column_count_for_its_lines_only(annotate):
    """A mirror's pinyin annotations in the right column's lines widen
    those lines in print, not the left column's beside them: the left
    column's joint issuers (an organ a line, well short of the measure)
    still head their title, and the 文号 above them is the document's."""
    from builder.convert import convert
    right = ["".join(ch + annotate if k % 4 == 3 and "\u4e00" <= ch and row in (1, 2) else ch
                     for k, ch in enumerate(line))  # (a mirror annotates the rare characters of some lines)
             for row, line in enumerate(TWO_COLUMN_NOTICE[4:4 + len(JOINT_NOTICE)])]
    page = _side_by_side(JOINT_NOTICE, right)
    gazette = convert(("\n".join(page) + "\n").encode(), "x.txt", "x")
    notice = gazette.documents[0]
    assert notice.title == "中共某某市某某区某某镇委员会某某市某某区某某镇人民政府关于印发《某某镇村民委员会换届选举工作方案》的通知"
    assert notice.doc_number == "某委发〔2021〕68号"
    assert notice.issuers == ["中共某某市某某区某某镇委员会", "某某市某某区某某镇人民政府"]


PLAN_CONTENTS = ["目　录", "1 总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "1.4 工作原则", "2 组织指挥体系",
                 "2.1 组织机构", "2.2 职责分工", "3 监测预警", "3.1 预警", "3.2 信息报送", "4 应急响应", "4.1 分级响应",
                 "4.2 响应措施", "5 后期工作", "5.1 善后处置", "6 附则", "6.1 预案管理", "6.2 预案实施"]


def test_a_column_holding_a_list_is_read_apart_from_the_prose_beside_it():
    """The left column holds a plan's contents (short lines ending anywhere),
    the right one the notice's prose: the two are one width, as a page's
    columns are, and every row has both, so the page is read column by
    column: the contents first, then the notice."""
    page = _side_by_side(PLAN_CONTENTS, TWO_COLUMN_NOTICE[:len(PLAN_CONTENTS)])
    from builder.stages.layout import columns_read_apart
    read = [piece.text for piece in columns_read_apart(list(enumerate(page, start=1)))]
    assert read == PLAN_CONTENTS + TWO_COLUMN_NOTICE[:len(PLAN_CONTENTS)]


def test_a_table_of_tasks_and_their_units_is_no_pair_of_columns():
    """Control: a table whose left cells wrap prose to the gap and whose
    right cells name the unit in charge on each row's first line: the right
    side is empty while a cell wraps, so the rows stay rows. So do a table's
    labels beside its text, the text far wider than they are."""
    from builder.stages.layout import columns_read_apart
    tasks, units = [], []
    for task, unit in [(TWO_COLUMN_NOTICE[6:10], "市林业局"), (TWO_COLUMN_NOTICE[10:13], "市自然资源局"),
                       (TWO_COLUMN_NOTICE[13:16], "市考核办"), (TWO_COLUMN_NOTICE[16:19], "各区人民政府")]:
        tasks += task
        units += [unit] + [""] * (len(task) - 1)
    raws = list(enumerate((a + " " * (40 - display_width(a)) + b).rstrip() for a, b in zip(tasks, units)))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws
    labels = ["一", "", "二", "", "", "三", "", "四", ""]
    raws = list(enumerate((a + " " * (8 - display_width(a)) + b).rstrip()
                          for a, b in zip(labels, [x + y for x, y in zip(TWO_COLUMN_NOTICE[4:], TWO_COLUMN_NOTICE[13:])])))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws


def test_a_column_of_prose_then_a_table_one_cell_a_line_keeps_the_prose_measure():
    """The left column closes a notice's prose and goes on with a table a
    web page gave one cell a line (short cells, most of them alike): more
    of its lines end at a cell's width than at the prose's measure, yet its
    measure is the prose's, the widest its lines end at often enough, and
    the page is read column by column."""
    from builder.stages.layout import columns_read_apart
    cells = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0", "规范性文件", "0", "0", "0",
             "行政许可", "12", "行政处罚", "0", "行政强制", "0"]
    left = TWO_COLUMN_NOTICE[4:10] + cells
    right = TWO_COLUMN_NOTICE[:len(left)] if len(left) <= len(TWO_COLUMN_NOTICE) else TWO_COLUMN_NOTICE
    read = [piece.text for piece in columns_read_apart(list(enumerate(_side_by_side(left, right), start=1)))]
    assert read == left + right


MEMBERS = ["主　任：孙某某　　副市长", "副主任：李某　　市政府副秘书长", "成　员：王某某　　市发展改革委主任", "赵　某　　市教育局局长",
           "钱某某　　市公安局副局长", "孙　某　　市民政局局长", "周某某　　市财政局副局长", "吴　某　　市人社局局长",
           "郑某某　　市自然资源局局长", "冯　某　　市生态环境局局长", "陈某某　　市住建局局长", "褚　某　　市交通局局长"]


def test_a_list_of_names_and_posts_in_one_column_is_read_apart_from_the_prose_beside_it():
    """A notice's list of members (name, spaces, post) fills the left
    column, prose the right: each left line holds two runs, as a table's
    row does, but the right ones one; the page is read column by column."""
    from builder.stages.layout import columns_read_apart
    right = TWO_COLUMN_NOTICE[:len(MEMBERS)]
    read = [piece.text for piece in columns_read_apart(list(enumerate(_side_by_side(MEMBERS, right), start=1)))]
    assert read == MEMBERS + right


GROUP_LEFT = ["组　长：李某某（市长）", "副组长：王某（副市长）", "成　员：张某某（市府办）", "赵某（市发改局）", "钱某某（市财政局）",
              "孙某（市教育局）", "周某某（市公安局）", "吴某（市民政局）", "郑某某（市司法局）", "冯某（市人社局）"]
GROUP_RIGHT = ["陈某某（市自然资源局）", "褚某（市生态环境局）", "卫某某（市住建局）", "蒋某（市交通局）", "沈某某（市水利局）",
               "韩某（市农业农村局）", "杨某某（市商务局）", "朱某（市文旅局）", "秦某某（市卫健委）", "尤某（市应急局）"]


def _issue(second_page: list[str]) -> list[str]:
    """Two pages of an issue in two columns: the notice's, then second_page."""
    header, folio = "                某某市人民政府公报　2021年第3期", "                    - {} -"
    return [header] + _side_by_side(TWO_COLUMN_NOTICE[:11], TWO_COLUMN_NOTICE[11:]) + [folio.format(1), header] \
        + second_page + [folio.format(2)]


def test_a_page_of_lists_in_both_columns_is_read_apart_where_the_issue_parts_its_columns():
    """A group's members, one a line, fill both columns of a page: no line
    ends at a measure, but the lines part where the issue's pages of prose
    part theirs (the same gutter), each half one run of text. The page is
    read column by column: the left column's members, then the right's."""
    from builder.stages.layout import columns_read_apart
    raws = list(enumerate(_issue(_side_by_side(GROUP_LEFT, GROUP_RIGHT)), start=1))
    read = [piece.text for piece in columns_read_apart(raws)]
    assert read[-(len(GROUP_LEFT) + len(GROUP_RIGHT) + 1):-1] == GROUP_LEFT + GROUP_RIGHT


def test_a_list_parted_elsewhere_than_the_issues_gutter_stays_rows():
    """Control: in the same issue, names and posts parted at another column
    (a table's rows), or a page of lists in an issue with no page of prose
    in columns, stay rows."""
    from builder.stages.layout import columns_read_apart
    names = ["张某某", "李某", "王某某", "赵某", "钱某某", "孙某", "周某某", "吴某", "郑某某", "冯某"]
    table = _side_by_side(names, GROUP_RIGHT, at=12)
    raws = list(enumerate(_issue(table), start=1))
    assert [piece.text for piece in columns_read_apart(raws)][-len(table) - 1:-1] == table
    alone = list(enumerate(_side_by_side(GROUP_LEFT, GROUP_RIGHT), start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(alone)] == alone


def test_names_and_posts_across_the_page_are_no_pair_of_columns():
    """Control: the same list set two members a line across the page (a
    table of four cells a row) stays rows."""
    from builder.stages.layout import columns_read_apart
    raws = list(enumerate(_side_by_side(MEMBERS, MEMBERS[::-1]), start=1))
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws)] == raws


# A notice typed with full-width input: every figure a character wide, as its PDF's text layer gives it back.
WIDE_DIGITS_NOTICE = ["某某县人民政府办公室关于做好２０２１年度秸秆禁烧工作的通知", "某政办发〔２０２１〕１２号",
                      "各乡镇人民政府，县直各单位：",
                      "根据《某某市人民政府办公室关于印发２０２１年度秸秆禁烧工作方案的通知》（某政办发〔２０２０〕９８号）"
                      "要求，现将有关事项通知如下：",
                      "１．禁烧时间为２０２１年５月１日至２０２１年１０月３１日，共１８４天，各乡镇要落实２４小时值班制度。",
                      "２．各乡镇要在２０２１年４月３０日前将禁烧方案报县农业农村局，联系电话为０３９１—１２３４５６７。",
                      "某某县人民政府办公室", "２０２１年３月１５日",
                      "某某县人民政府关于公布２０２１年第一批县级非物质文化遗产代表性项目名录的通知",
                      "各乡镇人民政府，县直各单位：", "现将２０２１年第一批县级非物质文化遗产代表性项目名录予以公布。",
                      "某某县人民政府", "２０２１年６月２日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_full_width_digits_are_read_as_figures(columns):
    """A digit typed full-width is the same digit (tests/devset/README.md): the 发文字号 and the 成文日期
    are read from it, '１．' is an item's label, and the page shows figures. Each gave the wrap a character's
    column: a line it filled is wrapped, not ended (a paragraph's lines run on)."""
    first, second = _documents(WIDE_DIGITS_NOTICE, columns)
    assert (first.title, first.doc_number, first.date) == (
        "某某县人民政府办公室关于做好2021年度秸秆禁烧工作的通知", "某政办发〔2021〕12号", "2021-03-15")
    assert [p.label for p in first.provisions] == ["1．", "2．"]
    assert first.provisions[1].text.endswith("联系电话为0391—1234567。")
    assert "（某政办发〔2020〕98号）要求，现将有关事项通知如下：" in first.parts[0].blocks[2].text
    assert (second.title, second.issuers, second.date) == (
        "某某县人民政府关于公布2021年第一批县级非物质文化遗产代表性项目名录的通知", ["某某县人民政府"], "2021-06-02")


def test_full_width_digits_keep_their_columns_in_a_table_set_by_spaces():
    """A table set out by spaces (pdftotext -layout) reads its figures typed full-width as figures, and each
    run of text keeps the column it was printed at (a full-width figure took two), under its column's head."""
    from builder.stages.layout import normalise
    head, *rows = normalise("序号    项目名称        金额（万元）\n"
                            "１      道路修缮        １２０\n"
                            "２      桥梁加固        ３５\n")[0]
    assert [[run[2] for run in line.runs] for line in rows] == [["1", "道路修缮", "120"], ["2", "桥梁加固", "35"]]
    assert all([run[0] for run in line.runs] == [run[0] for run in head.runs] for line in rows)


# A two-column page (pdftotext -layout) saved by an exporter that writes '?' for what it cannot: the indents of one
# column's paragraphs, and a line of the left column wholly lost, its right column's line still set after the gap.
MARKED_COLUMNS = ["??? 一、本市申报的截止日期为2月26日。", "??? 二、我委将对申报项目进行审查。", "??? 三、逾期不予受理。",
                  "?" + " " * 40 + "某某县教育局关于暑假期间严禁在职中小学教师有",
                  "第二段落的文字" + " " * 27 + "偿补课的公告"]


def test_marks_before_a_column_gap_keep_the_column_in_its_place():
    """The '?' set apart from the text by a column's gap stood for a left column's line the exporter lost: it
    becomes spaces, so the right column's line stays in its column, where the wrapped title goes on under it."""
    lines = decode("\n".join(MARKED_COLUMNS).encode()).text.split("\n")
    assert lines[3] == " " * 41 + "某某县教育局关于暑假期间严禁在职中小学教师有"
    assert display_width(lines[3][:lines[3].index("某")]) == display_width(lines[4][:lines[4].index("偿")])


def test_marks_before_a_word_are_an_indent_and_go():
    """Control: '??? 一、…', the exporter's 左空二字, is removed with its space, as before."""
    lines = decode("\n".join(MARKED_COLUMNS).encode()).text.split("\n")
    assert lines[:3] == ["一、本市申报的截止日期为2月26日。", "二、我委将对申报项目进行审查。", "三、逾期不予受理。"]
