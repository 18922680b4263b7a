"""The rows "documents in other orders" (tests/devset/measure.py
reversed_order and shuffled_order; rows rev_22, rev_full, shuf_26,
shuf_full, shuf2_26, shuf2_full): a set's documents run together reversed
or shuffled, one line a paragraph or hard-wrapped at 22 or 26 columns. Every
document then stands under another neighbour than in the set's own order,
and many of the held-out texts are excerpts the store cut short: after the
title of the text a notice issues or attaches, after a heading, inside a
list. The converter reads the title under such an excerpt by its own
grammar (GB/T 9704 7.3.1: a 标题 ends on its 文种 and holds no sentence's
punctuation) and by the page's layout (a wrapped line fills the measure).
Each case is invented text laid out so, at columns None and 22 (or the
width the shape needs), and goes through the real input path; each fails
without its rule, and each has a control that shows what must stay.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _text


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


# A notice that issues a plan, the excerpt cut right after the plan's title (the year in it, or its period in brackets).
ISSUING = ["青川县人民政府办公室关于印发《青川县空气质量提升2021年行动计划》的通知", "各乡镇人民政府，县政府各部门：",
           "《青川县空气质量提升2021年行动计划》已经县人民政府同意，现印发给你们，请认真贯彻落实。",
           "青川县人民政府办公室", "2021年5月28日"]
PLAN = "青川县空气质量提升2021年行动计划"
PERIOD_PLAN = "青川县餐饮质量安全提升行动实施方案（2021—2023年）"
NUMBERED = "青川县人民政府办公室关于分解落实《政府工作报告》的通知（青政办发〔2020〕1号）"
NUMBERED_BODY = ["各乡镇人民政府，县政府各部门：", "《政府工作报告》已经县人民代表大会审议通过，现将重点工作任务分解印发给你们，请认真抓好落实。",
                 "青川县人民政府办公室", "2020年1月7日"]


@pytest.mark.parametrize("columns", [None, 22])
@pytest.mark.parametrize("closing", [PLAN, PERIOD_PLAN])
def test_a_title_with_its_number_under_an_issued_texts_title_parts_its_number(columns, closing):
    """GB/T 9704 7.3.1 and 7.2.4: a 标题 ends on its 文种 and the 发文字号
    stands under it; a gazette that prints the number in brackets after the
    title gives it back as its own line. Under an excerpt the store cut right
    after the title of the text it issues (a line ending on its 文种, perhaps
    with its period in brackets the wrap cut, and no sentence's marks), the
    next title begins on its own line: its lines read as a 标题 from there,
    and its number is parted from it though the line above ends no sentence."""
    docs = _documents(ISSUING + [closing, NUMBERED] + NUMBERED_BODY, columns)
    assert _titles(docs) == [ISSUING[0], NUMBERED[:NUMBERED.index("（青政")]]
    assert docs[1].doc_number == "青政办发〔2020〕1号" and docs[1].date == "2020-01-07"


@pytest.mark.parametrize("columns", [None, 22])
def test_an_issued_texts_title_over_its_own_text_stays_the_notices_part(columns):
    """Control: the title of the text a notice issues (the one its title and
    body name), over that text's own first lines (its outline's 一、), stays
    in the notice: it opens no document, and the notice keeps its frame."""
    docs = _documents(ISSUING + [PLAN, "一、总体要求", "到2021年底，全县空气质量优良天数比例达到90%以上。",
                                 "二、主要任务", "加强扬尘污染治理，落实施工工地防尘措施。"], columns)
    assert _titles(docs) == [ISSUING[0]] and docs[0].date == "2021-05-28"


def test_a_cited_title_and_number_inside_a_sentence_stay_in_it():
    """Control: a title and its number a sentence cites after a kind word
    ('…各乡镇要制定防汛工作计划，并按照…的通知（青政办发〔2020〕2号）要求…')
    stay in the sentence, one line a paragraph."""
    cut = ["青川县人民政府关于做好防汛工作的通知", "各乡镇人民政府：",
           "为做好今年防汛工作，各乡镇要制定防汛工作计划，并按照青川县人民政府办公室关于做好防汛物资储备工作的通知"
           "（青政办发〔2020〕2号）要求，抓紧储备防汛物资。", "青川县人民政府", "2020年5月7日"]
    docs = _documents(cut, None)
    assert _titles(docs) == [cut[0]] and docs[0].date == "2020-05-07" and docs[0].doc_number is None


# A notice about the year's 《政府工作报告》, its 附件说明 naming a table of it, closed by its date and 附注.
ABOUT_REPORT = ["某某旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任分工的通知", "各苏木乡镇人民政府，旗政府各部门：",
                "现将2022年《政府工作报告》重点任务责任分工印发给你们，请认真贯彻落实。",
                "附件：2022年《政府工作报告》重点任务落实推进情况表", "某某旗人民政府办公室", "2022年2月21日", "（此件公开发布）"]
REPORT_TASKS = ["关于做好2018年政府工作报告主要目标任务和为民办实事的通知", "各乡镇人民政府、街道办事处，政府各部门：",
                "根据2018年政府工作报告主要目标任务，现就有关事宜通知如下：", "一、落实责任，确保质量",
                "各责任单位要制定计划，明确责任，狠抓落实。", "某某区人民政府办公室", "2018年8月16日"]


@pytest.mark.parametrize("columns", [None, 22])
def test_a_title_over_its_own_addressees_is_not_named_by_a_name_of_another_kind(columns):
    """GB/T 9704 7.3.1 and 7.3.2: a title ends on its 文种, and a title over
    its own 主送 is a 公文 of its own. The document above that names a text
    of another 文种 whose words the title holds (《政府工作报告》, a 报告, in
    '关于做好2018年政府工作报告主要目标任务…的通知') names the text that
    title is about, not the title: a shortened name keeps its 文种."""
    docs = _documents(ABOUT_REPORT + REPORT_TASKS, columns)
    assert _titles(docs) == [ABOUT_REPORT[0], REPORT_TASKS[0]]
    assert docs[0].date == "2022-02-21" and docs[1].date == "2018-08-16"
    assert docs[1].issuers == ["某某区人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 22])
def test_a_forwarded_notice_over_its_own_addressees_stays_the_forwarding_notices_layer(columns):
    """Control: a 转发 notice names the notice it forwards, of the same 文种
    (通知), printed under its date with its own 主送: that is its layer."""
    forwarding = ["某某县人民政府办公室关于转发《某某市人民政府关于做好2018年防汛工作的通知》的通知", "各乡镇人民政府，县政府各部门：",
                  "现将《某某市人民政府关于做好2018年防汛工作的通知》转发给你们，请认真贯彻执行。", "某某县人民政府办公室",
                  "2018年5月2日", "某某市人民政府关于做好2018年防汛工作的通知", "各县（区）人民政府，市政府各部门：",
                  "为做好今年防汛工作，现就有关事项通知如下：", "一、落实防汛责任", "各地要落实防汛行政首长负责制。",
                  "某某市人民政府", "2018年4月20日"]
    docs = _documents(forwarding, columns)
    assert _titles(docs) == [forwarding[0]] and docs[0].date == "2018-05-02"


# A notice that issues a text, the excerpt of that text cut inside its outline (its 二、, an item under it).
ISSUED_CUT = ["关于印发《某某镇危险水域常态化巡查机制》的通知", "各村、学校及相关单位：",
              "《某某镇危险水域常态化巡查机制》已经镇人民政府同意，现印发给你们，请认真贯彻落实。", "某某镇人民政府", "2020年7月17日",
              "某某镇危险水域常态化巡查机制", "根据上级关于防溺水安全工作的有关规定，特制订本制度：",
              "一、开展全镇隐患排查。查看各村对辖区内的水域是否进行全面排查。", "二、巡查要求",
              "①每天开展两次巡查，分别于中午和傍晚开展巡查和宣传劝导工作。", "②巡查人员必须保证全天候通信畅通，发现学生下水应及时制止。"]
ORGAN_PLAN = ["某某市某某区某某镇人民政府", "自然灾害救助应急预案", "一、总则", "（一）编制目的",
              "为健全完善自然灾害应急救助体系和运行机制，规范应急救助行为，提高应急救助能力。", "（二）编制依据",
              "依据《中华人民共和国突发事件应对法》等法律法规，制定本预案。"]


@pytest.mark.parametrize("columns", [None, 22])
def test_an_organ_line_over_a_plans_title_restarts_the_outline_under_an_issued_text(columns):
    """GB/T 9704 7.2.1 and 7.3.1: a text of its own names its 发文机关 over
    its 事由 and 文种, the organ's whole name on a line of its own as a 版头
    sets it; no heading inside a text does. Under the text a notice issued,
    cut inside its outline (its 二、 and an item), a plan's title under its
    organ's line, its own outline opening at 一、, opens a document
    (titles.under.outline_restarts, _organ_over_title), though the plan is
    no 公文 of the 15 kinds a notice never issues."""
    docs = _documents(ISSUED_CUT + ORGAN_PLAN, columns)
    assert _titles(docs) == [ISSUED_CUT[0], ORGAN_PLAN[0] + ORGAN_PLAN[1]]
    assert docs[0].date == "2020-07-17" and docs[1].issuers == [ORGAN_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 22])
def test_an_issued_texts_heading_with_no_organ_over_it_and_a_named_organ_plan_stay_the_notices(columns):
    """Control: a plan's title with no organ's line over it, under the issued
    text's outline, is a part the text may hold (a notice issues 方案 and 预案
    whose outlines restart inside it); and a plan the notice names, its
    organ's line over its title, is the notice's second issued text."""
    docs = _documents(ISSUED_CUT + ORGAN_PLAN[1:], columns)
    assert _titles(docs) == [ISSUED_CUT[0]]
    two = ["关于印发《某某镇危险水域巡查机制》《某某镇人民政府防溺水应急预案》的通知", "各村、学校及相关单位：",
           "现将《某某镇危险水域巡查机制》《某某镇人民政府防溺水应急预案》印发给你们，请认真贯彻落实。", "某某镇人民政府",
           "2020年7月17日", "某某镇危险水域巡查机制", "一、开展隐患排查", "查看各村对辖区内的水域是否进行全面排查。", "二、巡查要求",
           "①每天开展两次巡查，分别于中午和傍晚开展巡查。", "某某镇人民政府", "防溺水应急预案", "一、总则", "为预防溺水事故，制定本预案。"]
    docs = _documents(two, columns)
    assert _titles(docs) == [two[0]] and docs[0].date == "2020-07-17"


# A 公告 titled by its organ, 事由 and kind, its serial in its series after it on the same line.
SERIAL_NOTICE = ["某某省某某新区某某新城管理委员会 征地启动公告 〔2020〕第3-1号",
                 "根据《中华人民共和国土地管理法》第四十五条、第四十七条等规定，拟启动某某街道集体土地征收工作，现将有关事项公告如下：",
                 "一、本次征收地块建设用地管制区为允许建设区。", "二、本次征收范围涉及某某村集体土地26.6公顷。", "特此公告。",
                 "某某省某某新区某某新城管理委员会", "2020年8月7日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_serial_notice_head_under_a_heading_the_excerpt_was_cut_after_opens_a_document(columns):
    """A 公告 numbered in its series prints its serial with its title (its
    organ's whole name, 事由 and kind, then '〔2020〕第3-1号'); a list of
    documents cites a 公文 by its 发文字号, its 代字 first. Under a heading
    the store cut the text above after ('二、优化提升空间发展格局'), such a
    line is no entry of a list under that heading (unfold.numbers
    _numbered_entry, _serial_notice_head): its serial is parted from it and
    the 公告 opens a document."""
    above = ISSUING + ["青川县空气质量提升2021年行动计划", "为持续改善空气质量，制定本计划。", "一、总体要求",
                       "坚持精准治污、科学治污、依法治污。", "二、优化提升空间发展格局"]
    docs = _documents(above + SERIAL_NOTICE, columns)
    assert _titles(docs) == [ISSUING[0], "某某省某某新区某某新城管理委员会征地启动公告"]
    assert docs[1].doc_number == "〔2020〕第3-1号" and docs[1].date == "2020-08-07"


@pytest.mark.parametrize("columns", [None, 22])
def test_a_serial_notice_listed_under_its_ordinal_stays_an_entry(columns):
    """Control: a 公告 with its serial on a list's numbered line ('1.…公告
    〔2019〕第10号') is an entry of the list, the text above's: a 标题 carries
    no 层次序数 (GB/T 9704 7.3.1, 7.3.3)."""
    listed = ["某某县人民政府关于公布继续有效规范性文件目录的决定", "各乡镇人民政府，县政府各部门：",
              "经清理，现将继续有效的规范性文件目录公布如下。", "一、继续有效的文件", "1.某某县自然资源局征收土地公告〔2019〕第10号",
              "2.某某县自然资源局征地启动公告〔2020〕第3-1号", "二、废止的文件", "某某县人民政府", "2021年9月2日"]
    docs = _documents(listed, columns)
    assert _titles(docs) == [listed[0]] and docs[0].date == "2021-09-02" and "征地启动公告" in _text(docs[0])


# A letter to the public signed by its organ with no date under it (the excerpt ends there), closing on its contact.
SIGNED_LETTER = ["致全镇农户的一封信", "广大农户朋友们：", "您们好！", "在这金秋送爽的美好时节，我们特别就禁止焚烧秸秆工作向您发出以下倡议：",
                 "最后，我们衷心希望广大农户朋友们积极响应，以实际行动支持和参与禁止焚烧秸秆工作！", "监督电话：0356——3846005",
                 "某某县某某镇人民政府"]
APPEAL = ["倡议书", "广大农民朋友们：", "又到一年秋收时，农民朋友们辛勤的汗水即将化作丰收的喜悦。",
          "为保证全镇群众有一个良好生态生活环境，特此倡议。", "某某县黄洲镇人民政府", "2020年9月30日"]
LETTER_TO_ALL = ["致全县广大干群的一封信", "全县广大干部、群众：", "“绿水青山就是金山银山”。保护森林资源安全需要我们每个人落实到行动上来。",
                 "森林是人类的摇篮，是人类的宝贵财富。", "某某县森林防火指挥部", "2025年1月10日"]


@pytest.mark.parametrize("columns", [None, 22])
@pytest.mark.parametrize("below", [APPEAL, LETTER_TO_ALL])
def test_an_organ_under_a_letters_last_line_signs_it_over_the_next_letters_title(columns, below):
    """GB/T 9704 7.3.5.1 and 书信格式: a letter or an appeal is framed by its
    称谓 and signed at its foot (称谓, 正文, 署名, 日期). An organ's whole name
    alone under the text above's last line (a sentence ended, or the contact
    it closes with) over a letter's or an appeal's title with its 称谓 under
    it (titles.letters.signs_over_appeal) signs the text above, though no date
    follows it: it is no 版头 of the letter below, nor its title's first line."""
    docs = _documents(SIGNED_LETTER + below, columns)
    assert _titles(docs) == [SIGNED_LETTER[0], below[0]]
    assert docs[0].issuers == [SIGNED_LETTER[-1]] and docs[1].issuers == [below[-2]]


@pytest.mark.parametrize("columns", [None, 22])
def test_an_organ_over_a_letters_title_under_a_cut_sentence_stays_its_masthead(columns):
    """Control: the same organ's name over the letter's title, under a line
    the excerpt cut mid-sentence, is the letter's 版头 (GB/T 9704 7.2.2: the
    organ's name alone), and the letter unsigned below it is the organ's."""
    cut = ["某某县人民政府关于禁止焚烧秸秆的通告", "为保护生态环境，特通告如下：", "一、严禁在田间地头焚烧秸秆。",
           "二、违反规定焚烧秸秆的，由有关部门依法处罚，情节严重的处"]
    unsigned = ["某某县森林防火指挥部"] + LETTER_TO_ALL[:4]
    docs = _documents(cut + unsigned, columns)
    assert _titles(docs) == [cut[0], LETTER_TO_ALL[0]]
    assert docs[1].issuers == ["某某县森林防火指挥部"] and docs[0].issuers == ["某某县人民政府"]


# A notice whose excerpt the store cut inside an item's sentence.
CUT_ITEM = ["某某区人民政府关于做好春灌期间安全供电工作的通知", "各镇人民政府、街道办事处：", "现将有关事项通知如下：",
            "一、各镇要认真搞好春灌安全供电工作。", "二、禁止在电力线路下违章作业。",
            "凡是农村10千伏配电线路下的竹、树，影响线路安全运行的，应按谁所有、谁"]
GROUNDED = ["某某自治县人民政府关于某某水电站禁区禁止事项的通告（某政通〔2022〕3号）",
            "为了确保某某水电站枢纽建筑物的安全运行，根据有关法律法规的规定，特通告如下：",
            "一、某某水电站禁区范围为自大坝轴线直至上游300米的河道区域。", "某某自治县人民政府", "2022年3月1日"]


@pytest.mark.parametrize("columns", [None])
def test_a_title_with_its_number_over_its_ground_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1-7.3.3: a 通告 prints no 主送, and its 开头 opens on its
    ground or purpose under the title and number ('为了确保…'). A whole title
    with its 发文字号 in brackets on its line, over such a line, is a frame
    (unfold.numbers._grounded_under), though the line above stops
    mid-sentence: a sentence citing a title and number goes on with what it
    does with it, never with a new sentence's ground. Its number is parted
    from it and it opens a document. (Hard-wrapped, the title runs over
    lines of its own and the number is parted already: one line a
    paragraph is the shape.)"""
    docs = _documents(CUT_ITEM + GROUNDED, columns)
    assert _titles(docs) == [CUT_ITEM[0], GROUNDED[0][:GROUNDED[0].index("（")]]
    assert docs[1].doc_number == "某政通〔2022〕3号" and docs[1].date == "2022-03-01"


def test_a_cited_title_and_number_the_cut_sentence_goes_on_from_stay_in_it():
    """Control: the same title and number under the cut line, with the words
    the sentence goes on with under it ('要求，…'), stay in the sentence, one
    line a paragraph: no document opens there."""
    cited = CUT_ITEM + [GROUNDED[0], "要求，做好禁区内的安全管理工作。", "某某区人民政府", "2022年3月5日"]
    docs = _documents(cited, None)
    assert _titles(docs) == [CUT_ITEM[0]] and docs[0].date == "2022-03-05" and docs[0].doc_number is None
