"""The document grammar on the shapes the held-out sets left unread (issue
#11): a 令 whose page lost its heading, and a title that fills the measure
exactly with nothing framing it. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# ---------------------------------------------------------------- a 令 that lost its heading

# A 规章 under its 令 (GB/T 9704 10.2: the heading, the 令号, the sentence, the signer, the date, then the text);
# its excerpt ends inside its articles.
ORDER = ["某某省农村道路管理办法", "某某省人民政府令第201号",
         "《某某省农村道路管理办法》已经2019年5月6日省人民政府第20次常务会议通过,现予公布,自2019年7月1日起施行。",
         "省长 王某某", "2019年5月20日", "某某省农村道路管理办法", "第一章 总 则",
         "第一条 为了加强农村道路管理,保障农村道路完好、安全和畅通,根据有关法律、法规,结合本省实际,制定本办法。",
         "第二条 本省行政区域内农村道路的规划、建设、养护和管理,适用本办法。"]
# A 废止决定 under a 令 whose heading the page lost: the sentence naming it, the signer and the date over its title.
REPEAL = ["《某某省人民政府关于废止〈某某省集市管理规定〉等2件省政府规章的决定》已经2020年3月2日省政府第45次常务会议通过,"
          "现予公布,自公布之日起施行。",
          "省长 李某某", "2020年3月16日", "某某省人民政府关于废止《某某省集市管理规定》等2件省政府规章的决定",
          "经过清理,省政府决定废止以下规章:", "一、某某省集市管理规定(省政府令第54号)。",
          "二、某某省河道采砂管理办法(省政府令第87号)。", "本决定自公布之日起施行。"]
REPEAL_TITLE = REPEAL[3]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_decision_under_an_order_that_lost_its_heading_is_a_document_of_its_own(columns):
    """GB/T 9704 10.2: the promulgating sentence that names the title below,
    the signer and the date over it are a 令 whose heading the page lost; it
    opens a paragraph after the text above (a 规章's last article), so it
    begins the next document, which it names as its own, not a text the
    规章 above passes on."""
    docs = _documents(ORDER + REPEAL, columns)
    assert [d.title for d in docs] == ["某某省农村道路管理办法", REPEAL_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["某某省人民政府"], "2020-03-16")
    assert (docs[0].doc_number, docs[0].date) == ("某某省人民政府令第201号", "2019-05-20")
    assert not any("李某某" in p.text for part in docs[0].parts for p in part.blocks if hasattr(p, "text"))


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_that_lost_its_heading_under_another_such_order_is_a_document_of_its_own(columns):
    """The 令 above, itself headless, is dated over its title: its frame is
    closed, and what follows its text and its 分送 line is the next 令."""
    amend = ["《某某省人民政府关于修改〈某某省道路运输管理办法〉的决定》已经2020年5月8日省政府第50次常务会议通过,"
             "现予公布,自2020年7月1日起施行。",
             "省长 李某某", "2020年5月20日", "某某省人民政府关于修改《某某省道路运输管理办法》的决定",
             "省政府决定对《某某省道路运输管理办法》作如下修改:", "一、将第三条修改为:“省交通运输主管部门负责本省道路运输管理工作。”"]
    docs = _documents(REPEAL + ["分送:各市人民政府,省政府各部门。"] + amend, columns)
    assert [d.title for d in docs] == [REPEAL_TITLE, amend[3]]
    assert [d.date for d in docs] == ["2020-03-16", "2020-05-20"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_that_lost_its_heading_is_dated_by_its_own_date(columns):
    """One per file: the sentence, the signer and the date over the title are
    the document's head, not a cover: its date and signer are read."""
    docs = _documents(REPEAL, columns)
    assert [d.title for d in docs] == [REPEAL_TITLE]
    assert (docs[0].issuers, docs[0].date) == (["某某省人民政府"], "2020-03-16")


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_under_its_heading_stays_one_document(columns):
    """The sentence under the 令号 is the 令's own: the regulation's title
    under its date is the text it promulgates, not a document of its own."""
    docs = _documents(REPEAL[4:] + ORDER, columns)
    assert [d.title for d in docs][-1] == "某某省农村道路管理办法"
    assert docs[-1].doc_number == "某某省人民政府令第201号" and docs[-1].date == "2019-05-20"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_that_publishes_a_text_in_its_body_keeps_it(columns):
    """A 通知 whose body says the text is published, then signs and dates it,
    passes on the text printed under its date: the sentence is the 通知's (its
    frame not yet closed above it), so no 令 begins there."""
    notice = ["某某市人民政府关于公布《某某市停车场管理办法》的通知", "各区人民政府,市政府各部门:",
              "为加强停车场管理,市政府制定了停车场管理的有关规定。",
              "《某某市停车场管理办法》已经市政府第12次常务会议通过,现予公布,自2021年1月1日起施行。",
              "某某市人民政府", "2020年12月1日", "某某市停车场管理办法",
              "第一条 为了加强停车场管理,根据有关法律、法规,制定本办法。"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert [p.title for p in docs[0].parts[1:]] == ["某某市停车场管理办法"]


# ---------------------------------------------------------------- a title that fills the measure exactly

# A text cut short after a sentence (a page's excerpt), nothing of its frame under it.
CUT_SHORT = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "现将有关事项通知如下：请各乡镇在3月底前完成造林地块的落实，造林任务分解到村，明确责任人和完成时限。"]
REPORT = "某某县政府常务会议议定事项督办落实情况的通报"  # 22 characters: one line at 22 columns
REPORT_BODY = ["近期，县政府督查室对县政府常务会议议定事项落实情况开展了专项督查，现将有关情况通报如下。",
               "一、总体情况", "县政府常务会议议定事项共12件，已办结5件，正在办理7件。"]
SPEECH = "某某县人民政府代县长张某某在全县春季农业生产暨防汛抗旱工作视频动员大会上的主持词"  # 40: two lines at 20
SPEECH_BODY = ["刚才，县委书记李某某同志作了重要讲话，大家一定要认真学习，深刻领会，切实抓好贯彻落实。下面，我再强调几点意见。",
               "一是认识要再提高。各乡镇、各部门要把思想和行动统一到县委、县政府的部署上来。"]


@pytest.mark.parametrize("title, body, columns", [(REPORT, REPORT_BODY, len(REPORT)),
                                                  (SPEECH, SPEECH_BODY, len(SPEECH) // 2)])
def test_a_title_that_fills_the_measure_exactly_after_a_finished_sentence_opens_a_document(title, body, columns):
    """标题 = 事由 + 的 + 文种 (GB/T 9704 7.3.1): a paragraph's first line that
    fills the measure and ends in a document's kind word joined to its 事由
    by 的 is a title, though nothing frames it (no 文号, no 主送, no byline):
    a sentence names a kind word without that 的, and quotes a title it
    cites in 《》."""
    assert len(title) % columns == 0  # the title's lines fill the measure exactly
    docs = _documents(CUT_SHORT + [title] + body, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], title]


@pytest.mark.parametrize("first", ["税务机关应当按照本法第十条的程序和本法规定", "各单位要按时报送有关材料和本单位的规定"])
def test_a_body_line_that_fills_the_measure_on_a_kind_word_runs_on(first):
    """A paragraph's first line that ends in a kind word used as a common
    noun ('…本法规定', '…的规定': no document's kind) runs on into the next:
    no title, and no document though the text is signed and dated under it."""
    paragraph = first + "计算应纳税额，并于次月十五日内向主管税务机关报送纳税申报表。"
    docs = _documents(CUT_SHORT + [paragraph, "某某县人民政府", "2021年3月1日"], len(first))
    assert [d.title for d in docs] == [CUT_SHORT[0]]
    assert any(paragraph in p.text for part in docs[0].parts for p in part.blocks if hasattr(p, "text"))


# ---------------------------------------------------------------- 关于 cut by the wrap

AMENDMENT = "某某自治州人民代表大会常务委员会关于修改《某某自治州人民代表大会常务委员会议事规则》等三件单行条例的决定"


def test_a_title_wrapped_inside_its_about_begins_at_its_organ():
    """标题 = 发文机关 + 关于 + 事由 + 文种, wrapped anywhere: at 17 columns
    the wrap parts 关于 ('…常务委员会关' / '于修改《…' / '…》等三件…的决' / '定'),
    and the title begins at its organ's line, not at the 《》 the lines below
    close, which no sentence runs into under a date."""
    note = "(2021年9月29日某某自治州第十五届人民代表大会常务委员会第三次会议通过)"
    body = ["某某自治州第十五届人民代表大会常务委员会第三次会议决定对下列单行条例作如下修改:", "一、将第一条修改为:“为了规范议事程序,制定本规则。”"]
    assert "关" == AMENDMENT[16] and len(AMENDMENT[:17]) == 17  # the first line ends inside 关于
    docs = _documents(NOTICE + [AMENDMENT, note] + body, 17)
    assert [d.title for d in docs] == [NOTICE[0], AMENDMENT]
    assert docs[1].date == "2021-09-29"




# ---------------------------------------------------------------- an issued text printed without its title

# A notice that issues a text it names (现将《…》印发给你们), the text printed after the date with no title of its own:
# its first paragraph runs on at once.
ISSUED_UNTITLED = ["某某市人民政府办公室关于印发《某某市2016年政务公开工作要点》的通知", "某政办发〔2016〕26号",
                   "各区人民政府，市政府各委、办、局：",
                   "《某某市2016年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
                   "某某市人民政府办公室", "2016年5月28日",
                   "2016年是全面建成小康社会决胜阶段的开局之年，也是推进结构性改革的攻坚之年。今年政务公开工作的总体要求是："
                   "以完善政务公开内容和方式为核心，以面向基层、面向群众为重点。",
                   "一、围绕深化改革推进公开", "（一）进一步推进权力清单和责任清单公开",
                   "全面公开市、区两级政府工作部门权力清单和责任清单。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_issued_text_printed_without_its_title_is_the_text_the_notice_names(columns):
    """GB/T 9704 7.3.1: a 标题 holds no sentence's punctuation, so a paragraph
    under the 成文日期 that does is the issued text's first, not its title; the
    text is the one the notice names as what it issues, its first paragraph
    printed whole in its body."""
    [doc] = _documents(ISSUED_UNTITLED, columns)
    assert [part.title for part in doc.parts[1:]] == ["某某市2016年政务公开工作要点"]
    body = "".join(block.text for block in doc.parts[1].blocks if hasattr(block, "text") and block.text)
    assert body.startswith("2016年是全面建成小康社会决胜阶段的开局之年，也是推进结构性改革的攻坚之年。")


# ---------------------------------------------------------------- a paragraph's last lines over the signature

# A 复函 whose last paragraph wraps so that a full line after a sentence's end closes on '…的意见' and its last
# word goes under it ('办理。'), right over the signature and date; a notice follows. As a page extracted with its
# paragraphs' first lines indented gives it at 20 columns (a gov.cn 复函 of 2004 laid out so).
REPLY_TAIL = ["某某市人民政府办公室关于某某镇供水问题", "的复函", "某政办函〔2021〕7号", "某某县人民政府：",
              "\u3000\u3000你县《关于解决某某镇供水问题的请示》收", "悉。现函复如下：",
              "\u3000\u3000市水务局已会同有关部门赴该镇进行了实", "地调查，并向市政府上报了调查意见，市政府",
              "领导同志已批示同意，请你县抓紧组织实施。", "请你县有关部门指导该镇按照调查报告的意见", "办理。",
              "某某市人民政府办公室", "2021年5月6日"]


def test_a_full_line_ending_in_a_kind_word_over_a_signed_tail_is_no_title():
    """'…的意见' fills the measure after a sentence's end, but under it the
    sentence ends ('办理。') and the signature and date follow at once: no
    body, so no title (GB/T 9704 7.3.3: a title heads a 正文). The reply
    keeps its last paragraph whole; the notice after it is the next document."""
    from builder.convert import convert
    from tests.test_holdout7_grammar import laid_out
    text = "\n".join(REPLY_TAIL + laid_out(NOTICE, 20))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["某某市人民政府办公室关于某某镇供水问题的复函", NOTICE[0]]
    assert "请你县有关部门指导该镇按照调查报告的意见办理。" in "".join(
        b.text for b in docs[0].parts[0].blocks if hasattr(b, "text"))


# ---------------------------------------------------------------- a 题注 without brackets, wrapped

# Two 法规 run together, the second under a 题注 of two dated events printed without brackets, one a line (as
# 人大 pages and LawRefBook's 地方法规 print them), its body indented and wrapped at 20 columns.
STATUTES = ["某某省农村公路条例", "\u3000\u3000第一条 为了加强农村公路管理，制定本条", "例。",
            "\u3000\u3000第二条 本条例自2013年4月1日起施行。",
            "某某省村务公开条例", "\u3000\u30002006年3月30日 某某省第十届人民代表大", "会常务委员会第十九次会议通过",
            "\u3000\u30002018年9月21日 某某省第十三届人民代表", "大会常务委员会第五次会议关于修改《某某省",
            "民用建筑节能条例》等十件地方性法规的决定", "修正", "\u3000\u3000第一章  总 则",
            "\u3000\u3000第一条 为了规范村务公开工作，保障村", "民依法行使民主监督的权利，制定本条例。"]


def test_an_unbracketed_note_wrapped_over_lines_heads_no_document():
    """立法技术规范: the 题注's events under a 法规's title; one printed
    without brackets runs on over the lines a narrow measure wraps it onto,
    to the word that ends the event (通过, 修正): the '…的决定' it names there
    is no title of a document of its own."""
    from builder.convert import convert
    docs = convert("\n".join(STATUTES).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["某某省农村公路条例", "某某省村务公开条例"]
    assert [p.label for p in docs[1].provisions] == ["第一章", "第一条"]


# ---------------------------------------------------------------- articles numbered on under a title-like line

# A 法规 whose chapter heading lost its 第二章 (as a page of LawRefBook's 地方法规 prints it), the heading wrapped
# over two lines and ending in a kind word; and a body line that fills the measure after a sentence's end
# and ends in '…的任免' (a 条例 printed in an issue, the line at the top of a page).
HEADING_LOST_LABEL = ["某某省实施《某某法》办法", "第一条 为了保障常务委员会依法行使监督职权，制定本办法。",
                      "第二条 本办法适用于本省各级人民代表大会常务委员会。", "第三条 常务委员会行使监督职权的情况，向社会公开。",
                      "听取和审议人民政府、人民法院和", "人民检察院的专项工作报告",
                      "第四条 常务委员会每年选择若干重大问题，有计划地安排听取和审议专项工作报告。"]
LINE_ENDING_IN_A_KIND = ["某某市统计管理条例", "第三十四条 区县人民政府统计机构负责人的任免，应当征求上一级统计机构的意见。",
                         "乡镇统计人员的调动，应当征得区县统计机构的同意。",
                         "区县人民政府有关部门统计机构负责人的任免", "或者统计负责人的调动，应当及时告知本级统计机构。",
                         "第三十五条 区县人民政府统计机构负责本行政区域内统计法律、法规执行情况的监督检查。"]


@pytest.mark.parametrize("text, articles", [(HEADING_LOST_LABEL, ["第一条", "第二条", "第三条", "第四条"]),
                                            (LINE_ENDING_IN_A_KIND, ["第三十四条", "第三十五条"])],
                         ids=["heading", "body-line"])
def test_a_title_like_line_that_the_articles_number_on_under_is_no_document(text, articles):
    """立法技术规范: articles are numbered through a 法规 and a text's first
    is 第一条; a line ending in a kind word with the next article under it
    (第三条 … 第四条) is a line of the text above, not a new document's title."""
    from builder.convert import convert
    docs = convert("\n".join(text).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [text[0]]
    assert [p.label for p in docs[0].provisions if p.kind == "tiao"] == articles


# ---------------------------------------------------------------- legal interpretations

# Two 司法解释 run together, each under its 题注 (as LawRefBook's 司法解释 and the courts' pages print them), the
# second of a numbered series on one law.
INTERPRETATIONS = ["最高人民法院关于审理某某纠纷案件若干问题的解释",
                   "2000年12月25日 最高人民法院审判委员会第1154次会议通过",
                   "为依法审理某某纠纷案件，根据有关法律的规定，结合审判实践，制定本解释。",
                   "第一条 人民法院受理的某某纠纷案件主要包括以下几类：", "（一）合同纠纷案件；", "（二）侵权纠纷案件。",
                   "第二条 本解释自2001年2月14日起施行。",
                   "最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）",
                   "2006年7月10日 最高人民法院审判委员会第1393次会议通过",
                   "为正确审理劳动争议案件，根据有关法律规定，结合民事审判实践，对人民法院审理劳动争议案件适用法律的若干问题，作如下解释。",
                   "第一条 人民法院审理劳动争议案件，对下列情形，视为劳动争议发生之日：",
                   "第二条 本解释自2006年10月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_legal_interpretation_is_a_text_of_its_own(columns):
    """A 司法解释 or a 人大常委会's interpretation of a law is titled '…的解释'
    (or '…的解答'), perhaps numbered in its series ('（二）'): a kind of text,
    as 条例 and 规定 are, so each opens a document."""
    docs = _documents(INTERPRETATIONS, columns)
    assert [d.title for d in docs] == [INTERPRETATIONS[0], INTERPRETATIONS[7]]
    assert [d.kind for d in docs] == ["解释", "解释"]


# A 行政法规 under its 题注 naming the 令 that published it with '发布' (as the State Council's 令 of 1990 word it),
# run on under the last article of a 司法解释.
PUBLISHED_REGULATION = ["总会计师条例",
                        "1990年12月31日 中华人民共和国国务院令第72号发布", "第一章 总则",
                        "第一条 为了确定总会计师的职权和地位，制定本条例。", "第二条 全民所有制大、中型企业设置总会计师。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_regulation_under_the_order_that_published_it_is_a_document(columns):
    """立法技术规范: a 题注 dates the 令 that published the text ('…令第72号发布',
    as '…令第713号公布'): it frames the title over it, which opens a document
    numbered and dated by that 令."""
    docs = _documents(INTERPRETATIONS[:7] + PUBLISHED_REGULATION, columns)
    assert [d.title for d in docs] == [INTERPRETATIONS[0], "总会计师条例"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("中华人民共和国国务院令第72号", ["国务院"], "1990-12-31")


# An older 行政法规 under a 题注 naming only the organ and its verb, then the day it took effect, one a line,
# run on under the last article of a 司法解释 that a 公告 published.
PUBLISHED_INTERPRETATION = ["最高人民法院关于办理某某刑事案件具体应用法律若干问题的解释", "2010年2月2日 最高人民法院公告公布",
                            "第一条 本解释所称某某，是指某某。",
                            "第十三条 以前发布的司法解释与本解释不一致的，以本解释为准。"]
OLDER_REGULATION = ["野生药材资源保护管理条例", "1987年10月30日 国务院发布", "1987年12月1日 施行",
                    "第一条 为保护和合理利用野生药材资源，特制定本条例。", "第二条 本条例自1987年12月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_naming_only_the_organ_and_its_verb_frames_a_title(columns):
    """立法技术规范's 题注, as the older 行政法规 and 规章 print it: the date,
    the organ and its verb ('1987年10月30日 国务院发布', '…国务院批准'), no
    meeting and no 令 named; it frames the title over it as the fuller forms
    do, and the text is a document of its own."""
    docs = _documents(PUBLISHED_INTERPRETATION + OLDER_REGULATION, columns)
    assert [d.title for d in docs] == [PUBLISHED_INTERPRETATION[0], OLDER_REGULATION[0]]


# A short 规定 whose 题注's last event closes a bracket it never opened (a page's stray '）'), then a 司法解释
# a few lines down; and a 司法协助 arrangement after it.
STRAY_BRACKET = ["某某市规章设定罚款限额规定", "1996年9月3日 某某市第十届人民代表大会常务委员会第三十次会议通过",
                 "2007年3月30日 某某市第十二届人民代表大会常务委员会第三十五次会议通过的《某某市规章设定罚款限额规定修正案》修正）",
                 "第一条 为了规范市人民政府规章设定罚款，制定本规定。", "第二条 本规定自1996年10月1日起施行。",
                 "最高人民法院关于海事诉讼管辖问题的规定",
                 "为及时化解海事纠纷，保证海事法院正确行使海事诉讼管辖权，现就有关问题规定如下：",
                 "一、关于管辖区域调整", "二、关于海事行政案件管辖",
                 "最高人民法院关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排",
                 "1998年12月30日 最高人民法院审判委员会第1038次会议通过",
                 "根据《中华人民共和国香港特别行政区基本法》第九十五条的规定，经协商，现就有关问题规定如下：",
                 "一、内地法院和香港特别行政区法院可以相互委托送达民商事司法文书。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_stray_closing_bracket_runs_a_note_on_nowhere(columns):
    """A 题注 runs on while a bracket it opened is open; one closed too many
    (a stray '）') opens none, so the 司法解释 a few lines down is a document
    of its own; so is a 司法协助 '…的安排', a text of its own kind."""
    docs = _documents(STRAY_BRACKET, columns)
    assert [d.title for d in docs] == [STRAY_BRACKET[0], STRAY_BRACKET[5], STRAY_BRACKET[9]]


# A 实施办法 whose title names the law it implements in 《》, wrapped at 18 columns inside the law's name, its
# kind word alone on the last line, under the last article of the text above.
IMPLEMENTING_MEASURES = ["第二十九条 本办法自2008年8月1日起施", "行。", "山东省实施《中华人民共和国全国人民代",
                         "表大会和地方各级人民代表大会代表法》", "办法", "1993年9月28日 山东省第八届人民代表大",
                         "会常务委员会第三次会议通过", "第一章 总则", "第一条 为了保障代表依法行使职权，制定本办", "法。"]


def test_a_title_wrapped_inside_the_law_it_names_is_whole():
    """A title closes the brackets it opens: the line that closes 《》 above
    '办法' is the title's when the line that opens them is a title line
    above it, within a title's reach (a sentence's aside closing there stays
    the sentence's)."""
    from builder.convert import convert
    [doc] = convert("\n".join(IMPLEMENTING_MEASURES).encode("utf-8"), "x/x.txt", "x").documents
    assert doc.title == "山东省实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法"


# Two 实施办法 run together: the first's 题注 names, in a sentence that publishes, the law it implements
# ('…《关于修改〈青岛市实施《中华人民共和国水法》若干规定〉的决定》第一次修正'); the second implements another law.
TWO_LAWS = ["青岛市实施《中华人民共和国水法》的若干规定",
            "1992年11月21日 青岛市第十届人民代表大会常务委员会第三十二次会议通过",
            "1993年3月5日 青岛市人民代表大会常务委员会公告公布施行",
            "2011年11月15日 青岛市第十四届人民代表大会常务委员会第三十三次会议《关于修改〈青岛市实施《中华人民共和国水法》"
            "若干规定〉的决定》第一次修正",
            "第一章 总则", "第一条 为了实施《中华人民共和国水法》，结合本市实际，制定本规定。",
            "第二条 本规定自2004年10月1日起施行。",
            "山东省实施《中华人民共和国矿产资源法》办法", "1998年8月14日 山东省第九届人民代表大会常务委员会第三次会议通过",
            "第一条 为了加强矿产资源的勘查、开发利用和保护工作，制定本办法。", "第二条 本办法自公布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_naming_another_law_is_not_named_above(columns):
    """A text the document above names stays its part, and a name may be
    shortened (words dropped), but not have a word put in the place of one
    of its own: '…水法' named above does not name '…矿产资源法…办法'."""
    docs = _documents(TWO_LAWS, columns)
    assert [d.title for d in docs] == [TWO_LAWS[0], TWO_LAWS[7]]


# ---------------------------------------------------------------- reports one after another

# Two provinces' 政府工作报告 run together (as a set of 2026 reports stored one a row), the first closing on its
# 附件 of notes titled by the genre in 《》, the second under the occasion it was delivered at.
REPORTS = ["2026年某某省政府工作报告", "——2026年1月25日在某某省第十四届人民代表大会第五次会议上",
           "某某省人民政府省长 王某某", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。",
           "一、2025年工作回顾", "过去一年，全省经济运行稳中有进。", "各位代表！大道至简，实干为要。让我们奋勇争先，再创佳绩！",
           "附件", "《政府工作报告》有关内容名词注释", "1.“2030启航计划”：支持青年人才创新创业的计划。",
           "2.治安“三张图”：治安态势感知图、风险隐患图、可用资源图。",
           "2026年另一省政府工作报告", "——2026年1月27日在另一省第十四届人民代表大会第四次会议上",
           "另一省人民政府省长 李某某", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。",
           "一、“十四五”时期和2025年工作回顾", "五年来，我们全面贯彻党中央决策部署。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_report_under_its_occasion_is_not_the_genre_an_annex_names(columns):
    """A report or speech under the occasion it was delivered at is named
    whole by the text that passes it on: the genre in 《》 in the title of the
    report above's 附件 ('《政府工作报告》有关内容名词注释') names no other
    province's report printed after it."""
    docs = _documents(REPORTS, columns)
    assert [d.title for d in docs] == [REPORTS[0], REPORTS[12]]


# ---------------------------------------------------------------- 篇 over 章

# A county's 十四五 规划纲要 divided into 篇 over 章, its chapters numbered through the 篇 (as 勉县's and 二道's print).
PLAN_IN_PARTS = ["某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "前言",
                 "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。",
                 "第一篇 开启全面建设社会主义现代化新征程", "第一章 发展基础", "“十三五”时期，全县经济社会发展取得重大成就。",
                 "第二章 发展环境", "当前和今后一个时期，我县发展仍处于重要战略机遇期。",
                 "第二篇 坚持创新驱动发展", "第三章 提升企业创新能力", "强化企业创新主体地位。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_plans_pian_is_the_level_above_its_chapters(columns):
    """A 规划纲要 is divided into 篇 as a code is into 编: the level above 章,
    whose numbers run through the text (第三章 in 第二篇), so each 章 is
    addressed as a code's is (chp_3) and its 篇 is its parent."""
    [doc] = _documents(PLAN_IN_PARTS, columns)
    assert [(p.label, p.eid, p.parent) for p in doc.provisions] == [
        ("第一篇", "part_1", None), ("第一章", "chp_1", "part_1"), ("第二章", "chp_2", "part_1"),
        ("第二篇", "part_2", None), ("第三章", "chp_3", "part_2")]


# ---------------------------------------------------------------- a law's name over its first article

# A 实施办法 as its web page gives it: the page's title and the 题注, then the text as printed, its title again
# (wrapped inside the law it names, ending in 法 as a citation's name does) right over its 第一条.
AS_PAGED = ["某某市实施《中华人民共和国反恐怖主义法》办法", "2023年7月28日 某某市第十六届人民代表大会常务委员会第四次会议通过",
            "某某市实施《中华人民共和国", "反恐怖主义法》办法",
            "第一条 为了防范和惩治恐怖活动，根据有关法律、行政法规，结合本市实际，制定本办法。",
            "第二条 本市行政区域内开展反恐怖主义工作，适用本办法。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_first_article_under_a_name_ending_in_fa_opens_the_text(columns):
    """Articles are numbered from 1 in each text: a 第一条 at a line's head
    under a name ending in 法 is the text's first article, not a citation the
    wrap put there ('依照《…法》' / '第十条…')."""
    [doc] = _documents(AS_PAGED, columns)
    assert [p.label for p in doc.provisions] == ["第一条", "第二条"]



# A 司法解释 as its web page gives it: the page's title and a 题注 of three events, then the title as printed.
NOTED_TWICE = ["最高人民法院关于设立国际商事法庭若干问题的规定", "2018年6月25日 最高人民法院审判委员会第1743次会议通过",
               "2023年12月5日 最高人民法院审判委员会第1908次会议通过", "2024年1月1日 施行", "最高人民法院关于",
               "设立国际商事法庭若干问题的规定", "为依法公正及时审理国际商事案件，结合审判工作实际，就设立国际商事法庭相关问题规定如下。",
               "第一条 最高人民法院设立国际商事法庭。", "第二条 国际商事法庭受理下列案件："]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_again_under_its_notes_is_one_title(columns):
    """The title printed again under the 题注 it stands over (the page's
    title, its 题注, the text as printed) is no second document."""
    [doc] = _documents(NOTED_TWICE, columns)
    assert [p.label for p in doc.provisions] == ["第一条", "第二条"]

# The same as a page without its 题注: the page's title right over the printed one, wrapped, after another text.
TWICE = ["某某市养犬管理规定", "第一条 为了规范养犬行为，制定本规定。", "第二条 本规定自2020年1月1日起施行。",
         "国际邮轮在中华人民共和国港口靠港补给的规定", "国际邮轮在中华人民共和国港口", "靠港补给的规定",
         "第一条 为了提升国际邮轮靠港补给便利化水平，制定本规定。", "第二条 本规定所称国际邮轮，是指航行国际航线的邮轮。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_again_wrapped_is_one_title(columns):
    """A title printed twice is one title, whether the repeat is wrapped
    where the first was or elsewhere: its lines spell the title again."""
    docs = _documents(TWICE, columns)
    assert [d.title for d in docs] == [TWICE[0], TWICE[3]]


# ---------------------------------------------------------------- what a title does not reach up over

# A regulation closing on an annex table the extractor lost (printed as an image): its caption and the page
# breaks' '续表' marks stand over the next regulation's title and 题注.
TABLE_LOST = ["某某资源补偿费征收管理规定", "第一条 为了保障和促进矿产资源的勘查、保护与合理开发，制定本规定。",
              "第二条 本规定自发布之日起施行。", "附录", "某某资源补偿费费率表", "续表", "续表",
              "公共文化体育设施条例", "2003年6月18日 国务院第12次常务会议通过",
              "第一条 为了促进公共文化体育设施的建设，制定本条例。", "第二条 本条例自2003年8月1日起施行。"]
# The same with a regulation titled without a 题注 under the marks, its first article right under its title.
TABLE_LOST_BARE = TABLE_LOST[:7] + ["某某市实施《中华人民共和国归侨侨眷权益保护法》办法",
                                    "第一条 为了保护归侨、侨眷的合法权益，结合本市实际，制定本办法。",
                                    "第二条 归侨是指回国定居的华侨。"]
# A regulation closing on a list of its annex one row a line, numbered 1, 2, 3 …, over the next one's title.
ROWS_ABOVE = ["某某资源开采登记管理办法", "第一条 为了加强对矿产资源开采的管理，制定本办法。", "第二条 本办法自发布之日起施行。",
              "附录 国务院地质矿产主管部门审批发证矿种目录", "1 煤", "2 石油", "3 油页岩", "4 烃类天然气",
              "某某招标投标法实施条例", "2011年12月20日 中华人民共和国国务院令第613号公布",
              "第一条 为了规范招标投标活动，制定本条例。", "第二条 本条例自2012年2月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("text, title", [(TABLE_LOST, TABLE_LOST[7]), (TABLE_LOST_BARE, TABLE_LOST_BARE[7]),
                                         (ROWS_ABOVE, ROWS_ABOVE[8])])
def test_a_title_does_not_reach_up_over_a_tables_marks_or_a_lists_rows(columns, text, title):
    """A table's '续表' (the table goes on after a page break) is never a
    title's line, and neither is a list's row numbered on from the row
    above it ('3 油页岩' / '4 烃类天然气'): the title under them begins
    under them. A regulation's title over its first article opens a text
    there, as it does under a table's last row."""
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0], title]


# ---------------------------------------------------------------- a 命令 with its 事由

# A State Council 命令 titled with its 事由, its 附件 (named in its first item, '附后') under its closing words.
ORDER_ON_A_MATTER = ["国务院关于在我国统一实行法定计量单位的命令", "（1984年2月27日发布）",
                     "为贯彻对外实行开放政策，对内搞活经济的方针，国务院决定在采用先进的米制的基础上，进一步统一我国的计量单位。",
                     "一、我国的计量单位一律采用《中华人民共和国法定计量单位》（附后）。",
                     "二、本命令责成国家计量局负责贯彻执行。", "本命令自发布之日起生效。",
                     "中华人民共和国法定计量单位", "我国的法定计量单位（以下简称法定单位）包括：",
                     "（1）国际单位制的基本单位；", "（2）国际单位制的辅助单位。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_on_a_matter_keeps_its_title_and_issuer(columns):
    """A 命令 whose title names its 事由 ('国务院关于…的命令') is a 公文 of its
    own (GB/T 9704 7.3.1: 发文机关, 事由, 文种), what it attaches its 附件;
    only a 令 headed by its organ alone ('XX市人民政府令') is known by the
    regulation it promulgates. Its issuer is the organ before 关于."""
    [doc] = _documents(ORDER_ON_A_MATTER, columns)
    assert (doc.title, doc.issuers) == (ORDER_ON_A_MATTER[0], ["国务院"])


# ---------------------------------------------------------------- an outline after articles

# A 司法解释 in articles, then a 方案 with no frame (no 文号, issuer or date printed) opening its outline at 一、.
ARTICLES_THEN_OUTLINE = ["最高人民法院关于审理旅游纠纷案件适用法律若干问题的规定",
                         "第一条 本规定所称的旅游纠纷，是指旅游者与旅游经营者之间因旅游发生的合同纠纷。",
                         "第二条 本规定施行前已经终审的案件，不适用本规定。", "重新组建仲裁机构方案",
                         "一、关于重新组建仲裁机构的原则", "（一）全面、准确地把握仲裁法精神，严格依法办事。",
                         "（二）从实际情况出发，根据需要与可能进行组建。", "二、关于仲裁委员会",
                         "（一）依法可以设立仲裁委员会的市只能组建一个统一的仲裁委员会。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_outline_under_a_title_after_articles_is_a_text_of_its_own(columns):
    """Numbering grammar: a text in articles (第X条) never goes on to an
    outline at 一、; a title over one, after the last article, begins a text
    of its own, framed or not."""
    docs = _documents(ARTICLES_THEN_OUTLINE, columns)
    assert [d.title for d in docs] == [ARTICLES_THEN_OUTLINE[0], ARTICLES_THEN_OUTLINE[3]]


# ---------------------------------------------------------------- a 题注 naming its 令 only

# A 行政法规 after another, its 题注 the date and the State Council's 令 that published it, the verb left out.
ORDER_NOTE = ["国务院关于高级专家离休退休若干问题的暂行规定", "第七条 本规定自发布之日起施行。", "第八条 本规定由劳动人事部负责解释。",
              "中华人民共和国反间谍法实施细则", "2017年11月22日 中华人民共和国国务院令第692号", "第一章 总则",
              "第一条 根据《中华人民共和国反间谍法》（以下简称《反间谍法》），制定本实施细则。", "第二条 国家安全机关负责本细则的实施。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_of_the_date_and_the_order_frames_its_title(columns):
    """A 题注 may give the date and the 令 that published the text with its
    verb (公布) left out: it frames the title over it as a whole note does,
    wrapped or not, and gives the document its date and 令号."""
    docs = _documents(ORDER_NOTE, columns)
    assert [d.title for d in docs] == [ORDER_NOTE[0], ORDER_NOTE[3]]
    assert (docs[1].date, docs[1].doc_number) == ("2017-11-22", "中华人民共和国国务院令第692号")


# ---------------------------------------------------------------- a 公告 numbered on its title's line

# Two 公告 of a central bank after a notice, each numbered in its year on its title's line, the second joint.
SERIAL_ON_TITLE = NOTICE + ["中国人民银行公告〔2006〕第 3 号",
                            "中国人民银行决定，自2006年4月20日起授权中国人民银行上海总部承办金融机构进入全国银行间债券市场的准入备案工作。",
                            "特此公告。", "中国人民银行", "二〇〇六年四月十八日",
                            "中国人民银行 金融监管总局 中国证监会 农业农村部公告（2025）第14号",
                            "鉴于全国脱贫攻坚目标任务已经完成，现决定废止有关规范性文件。", "中国人民银行", "金融监管总局", "中国证监会",
                            "农业农村部", "2025年6月7日", "中国人民银行 财政部公告〔2025〕第13号",
                            "根据当前储蓄国债质押贷款业务管理工作实际，有关暂行办法自本公告发布之日起废止。", "中国人民银行", "财政部",
                            "2025年5月30日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_in_its_year_on_its_title_line_is_a_document(columns):
    """A 公告's number in its series may follow its title on one line, the
    year first ('…公告〔2006〕第3号'; only a 公告's or 令's serial has 第): the
    line is a title, not a 发文字号 alone, and the number is its 发文字号. A
    title that is the organ's 标志 alone keeps it, as a 令's does."""
    docs = _documents(SERIAL_ON_TITLE, columns)
    assert docs[1].title == "中国人民银行公告〔2006〕第3号"  # (the 标志 alone over it would title every such 公告 alike)
    assert [(d.kind, d.doc_number, d.date) for d in docs[1:]] == [
        ("公告", "中国人民银行公告〔2006〕第3号", "2006-04-18"),
        ("公告", "中国人民银行金融监管总局中国证监会农业农村部公告〔2025〕第14号", "2025-06-07"),
        ("公告", "中国人民银行财政部公告〔2025〕第13号", "2025-05-30")]  # (at 18 columns its 号 is wrapped alone)


# ---------------------------------------------------------------- the 版记's 印发 line

# A notice closing on its 版记 (its 印发 line last), then a 办法 under the number of the 公告 that published it.
PRINTED_THEN_TITLE = ["中国人民银行关于做好甲项工作的通知", "银发〔2011〕12号", "中国人民银行上海总部，各分行、营业管理部：",
                      "为做好甲项工作，现就有关事项通知如下：", "一、各单位要高度重视甲项工作，认真组织实施。",
                      "二、本通知自印发之日起施行。", "中国人民银行", "二〇一一年五月十一日",
                      "内部发送：办公厅，条法司。", "中国人民银行办公厅　　　　2011 年 5 月 13 日印发",
                      "证券公司短期融资券管理办法", "（中国人民银行公告[2021]第10号）",
                      "为规范证券公司短期融资券发行和交易，中国人民银行修订了《证券公司短期融资券管理办法》，现予发布，自2021年9月1日起实施。",
                      "中国人民银行", "2021年7月23日"]


# The same 印发 line cut inside 印发 by a page's layout ('…六月五日印' / '发'), the title under it.
PRINTED_CUT = PRINTED_THEN_TITLE[:9] + ["中国人民银行办公厅 一九九七年六月五日印", "发"] + PRINTED_THEN_TITLE[10:]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("text", [PRINTED_THEN_TITLE, PRINTED_CUT])
def test_the_printing_line_is_no_line_of_the_next_title(columns, text):
    """GB/T 9704 7.4.3: the 版记's 印发 line (the office, the date, 印发)
    ends a document, though cut inside its last word; the title under it
    begins under it."""
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [PRINTED_THEN_TITLE[0], PRINTED_THEN_TITLE[10]]


# ---------------------------------------------------------------- a text closed by its 施行 clause and a repeal

# A regulation whose last article puts it in force and repeals the one it replaces, then a 暂行规定 with no frame,
# opening on its preamble.
REPEALED_AT_THE_END = ["地图管理条例", "第一条 为了加强地图管理，制定本条例。",
                       "第二条 本条例自2016年1月1日起施行。国务院1995年7月10日发布的《中华人民共和国地图编制出版管理条例》同时废止。",
                       "地方口岸管理机构职责范围暂行规定", "为了搞好口岸管理工作，根据国务院有关规定，制定本规定。",
                       "一、地方口岸管理委员会、口岸办公室是口岸所在地的人民政府管理口岸的工作机构。",
                       "二、负责贯彻执行有关口岸工作的方针、政策和规定。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_closed_by_its_in_force_clause_and_a_repeal_is_closed(columns):
    """立法技术规范: the last article puts the text in force and may repeal
    the one it replaces in the same article ('…起施行。…《…条例》同时废止。');
    the text ends there, and a title under it opens the next."""
    docs = _documents(REPEALED_AT_THE_END, columns)
    assert [d.title for d in docs] == [REPEALED_AT_THE_END[0], REPEALED_AT_THE_END[3]]


# A regulation closing on its annex's figures (captions only, the drawings lost), then a 行政法规 with its 题注.
CAPTIONS_ABOVE = ["某某救援衔标志式样和佩带办法", "第一条 为了规范救援衔标志的佩带，制定本办法。", "第二条 本办法自发布之日起施行。",
                  "附图 救援衔标志式样", "肩章", "领章", "套式肩章", "中华人民共和国涉外海洋科学研究管理规定",
                  "（1996年6月18日中华人民共和国国务院令第199号发布）",
                  "第一条 为了加强对涉外海洋科学研究活动的管理，制定本规定。", "第二条 本规定自1996年10月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_opening_on_the_states_name_begins_there(columns):
    """GB/T 9704 7.3.1: a title opens on its 发文机关 (or a place's or the
    state's name, '中华人民共和国…'); a short line above such a line, which
    no wrap cut, is no line of it (a figure's caption, '套式肩章')."""
    docs = _documents(CAPTIONS_ABOVE, columns)
    assert [d.title for d in docs] == [CAPTIONS_ABOVE[0], CAPTIONS_ABOVE[7]]


# As a web page lists such a 公告: its subject in brackets after the number; the printed title under it may follow.
LISTED_NOTICE = ["中国人民银行公告〔2021〕第4号（修订银行间债券市场债券交易流通有关公告）",
                 "为进一步提高债券市场服务实体经济能力，中国人民银行决定修订有关公告。", "特此公告。", "中国人民银行",
                 "2021年4月2日"]
LISTED_OVER_PRINTED = ["中国人民银行 国家外汇管理局公告〔2020〕第5号（标准化债权类资产认定规则）",
                       "中国人民银行 国家外汇管理局公告〔2020〕第5号",
                       "中国人民银行、国家外汇管理局制定了《标准化债权类资产认定规则》，现予发布，自2020年8月3日起施行。",
                       "中国人民银行", "国家外汇管理局", "2020年6月24日"]
# A joint 公告 titled, as printed, by its organs one a line over 公告, its number under it, under the page's title.
ORGANS_OVER_KIND = ["中国人民银行 中华人民共和国国家发展和改革委员会 中国证券监督管理委员会公告〔2020〕第22号（公司信用类债券信息披露管理办法）",
                    "中国人民银行", "中华人民共和国国家发展和改革委员会", "中国证券监督管理委员会", "公告", "〔2020〕第22号",
                    "为推动公司信用类债券信息披露规则统一，中国人民银行会同有关部门制定了管理办法，现予发布。",
                    "中国人民银行", "中华人民共和国国家发展和改革委员会", "中国证券监督管理委员会", "2020年12月25日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("text, number", [
    (LISTED_NOTICE, "中国人民银行公告〔2021〕第4号"), (LISTED_OVER_PRINTED, "中国人民银行国家外汇管理局公告〔2020〕第5号"),
    (ORGANS_OVER_KIND, "中国人民银行中华人民共和国国家发展和改革委员会中国证券监督管理委员会公告〔2020〕第22号")])
def test_a_notice_as_a_web_page_lists_it_is_one_document(columns, text, number):
    """A web page lists a 公告 by its number and its subject in brackets
    ('…公告〔2020〕第5号（…规则）'): a title, which the title as printed may
    repeat under it without the subject; a joint 公告's printed title is
    its organs' names one a line over 公告 (GB/T 9704 10.1). One document,
    numbered as its title numbers it, whose first line is the page's."""
    [doc] = _documents(text, columns)
    assert (doc.kind, doc.doc_number, doc.date) == ("公告", number, iso(text[-1]))


def iso(date: str) -> str:
    import re
    y, m, d = map(int, re.findall(r"\d+", date))
    return f"{y:04d}-{m:02d}-{d:02d}"


# A ministry's 公告 titled with its 事由, its number in the year under the title as a line naming the organ's 公告.
NUMBER_LINE_NAMING_NOTICE = NOTICE + ["国家税务总局关于个人所得税有关问题的公告", "国家税务总局公告2018年第31号",
                                      "现将个人所得税有关问题公告如下：", "一、纳税人应当依法申报。", "二、本公告自发布之日起施行。",
                                      "特此公告。", "国家税务总局", "2018年6月15日",
                                      "中国人民银行关于某某事项的公告", "中国人民银行公告〔2006〕第3号", "现将有关事项公告如下。",
                                      "特此公告。", "中国人民银行", "2006年6月15日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notices_number_line_naming_its_organs_notice_is_its_frame(columns):
    """A 公告 with a 事由 has its number under its title (GB/T 9704 7.2.4), which
    a ministry prints as its organ's 公告 and the serial in the year
    ('国家税务总局公告2018年第31号'): the number, not a title of its own."""
    docs = _documents(NUMBER_LINE_NAMING_NOTICE, columns)
    assert [(d.title, d.doc_number) for d in docs[1:]] == [
        ("国家税务总局关于个人所得税有关问题的公告", "国家税务总局公告2018年第31号"),
        ("中国人民银行关于某某事项的公告", "中国人民银行公告〔2006〕第3号")]


# ---------------------------------------------------------------- joint issuers parted by spaces, wrapped

# Six joint issuers parted by spaces before 关于, as a web page prints them: wrapped at 18 columns the run is cut
# inside '商务部' ('…委员会 商' / '务部 国务院…'), which looks like a person's name over a post.
SIX_ISSUERS = NOTICE + ["中国人民银行 国家发展和改革委员会 商务部 国务院国有资产监督管理委员会 中国银行保险监督管理委员会 "
                        "国家外汇管理局关于进一步优化跨境人民币政策 支持稳外贸稳外资的通知", "银发〔2020〕330号",
                        "中国人民银行上海总部，各分行、营业管理部：", "为推动形成新发展格局，现就有关事项通知如下：",
                        "一、紧紧围绕实体经济需求，推动更高水平贸易投资人民币结算便利化。", "二、本通知自发布之日起实施。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_joint_issuers_wrapped_inside_a_name_head_their_title(columns):
    """A row of a name list is a person and a post; a piece of joint issuers
    the wrap cut ('务部 国务院国有资产监督管理委员会 中') opens on an organ's
    ending, which no person's name ends with: a line of the title."""
    docs = _documents(SIX_ISSUERS, columns)
    assert docs[1].title.startswith("中国人民银行国家发展和改革委员会商务部") and docs[1].doc_number == "银发〔2020〕330号"


# A 公告 closing on its 版记 without the 印发 line (主题词 and 分送, the issuer's 内部发送 list), then a notice with
# its 主送 and no 发文字号.
DISTRIBUTED_THEN_TITLE = ["中国人民银行公告〔2003〕第16号", "为便利内地与香港特别行政区之间的经贸和人员往来，现公告如下：",
                          "一、上述安排将在各项技术准备完成后，于近期内陆续实施。", "二〇〇三年十一月十九日",
                          "主题词：人民币  清算  公告分送：新闻单位。", "内部发送：办公厅，条法司，国际司",
                          "中国人民银行关于信托投资公司人民币银行结算账户开立和使用有关事项的通知",
                          "中国人民银行各分行、营业管理部，各信托投资公司：", "根据有关规定，现就有关事项通知如下：",
                          "一、信托投资公司的固有财产应与信托财产分别管理。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_distribution_line_of_the_record_runs_into_no_title(columns):
    """The 版记's lines (主题词, 抄送, and the 内部发送 list issuers print
    under them) end a document: a list of organs parted by commas there is
    no sentence running on into the title under it."""
    docs = _documents(DISTRIBUTED_THEN_TITLE, columns)
    assert [d.title for d in docs] == [DISTRIBUTED_THEN_TITLE[0], DISTRIBUTED_THEN_TITLE[6]]


# A 公告 titled by its 标志 over its serial on a line of its own, as printed.
SERIAL_UNDER = ["中国人民银行公告", "[2005] 第 14 号", "为规范资产支持证券信息披露行为，中国人民银行制定了有关规则，现予公布。",
                "中国人民银行", "二〇〇五年六月十三日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_serial_on_a_line_of_its_own_stays_under_the_title(columns):
    """The serial a 公告 prints under its 标志 is its number on a line of its
    own, not the rest of a title line the wrap cut inside the serial."""
    [doc] = _documents(SERIAL_UNDER, columns)
    assert (doc.title, doc.doc_number) == ("中国人民银行公告", "中国人民银行公告〔2005〕第14号")


# A notice closing on its 版记 (抄送, 内部发送, the 印发 line), then a joint notice with no 文号 and no 主送.
RECORD_THEN_JOINT = ["中国人民银行关于加强贵金属交易场所反洗钱工作的通知", "银发〔2017〕218号", "各交易场所：",
                     "请各交易所及时将该通知转发至交易场所内进行现货交易的交易商。", "中国人民银行", "2017年9月25日",
                     "抄送：中国反洗钱监测分析中心。", "内部发送：办公厅、反洗钱局、条法司、金融市场司。",
                     "中国人民银行办公厅 2017年9月26日印发",
                     "中国人民银行 国家认证认可监督管理委员会关于加强支付技术产品标准实施与安全管理的通知",
                     "为提升支付产品风险防控能力，切实保护人民群众财产安全和合法权益，现就有关事项通知如下。",
                     "一、加强支付技术产品标准实施。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_joint_issuers_under_the_printing_line_head_their_title(columns):
    """The 印发 line ends a document though it fills the measure: joint
    issuers parted by spaces under it begin the next title, no line of the
    text above running on into them."""
    docs = _documents(RECORD_THEN_JOINT, columns)
    assert [d.title for d in docs] == [RECORD_THEN_JOINT[0], "中国人民银行国家认证认可监督管理委员会关于加强支付技术产品标准实施与安全管理的通知"]


# ---------------------------------------------------------------- a 主送 whose classes a semicolon parts

# GB/T 9704 7.3.2 lists the 主送's organs parted by 、 and ，; many issuers part its classes of organs by ；
# (the People's Bank in about half of its 317 notices that print their title: '…中心支行；国家开发银行，各政策性银行…：').
CLASSES_TO = "某某银行上海总部，各分行、营业管理部；各政策性银行、国有商业银行，中国邮政储蓄银行："


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_addressee_list_may_part_its_classes_by_semicolons(columns):
    [doc] = _documents(["某某银行关于做好账户管理工作的通知", CLASSES_TO,
                        "为做好账户管理工作，现将有关事项通知如下：", "一、加强账户管理。", "某某银行", "2018年5月4日"], columns)
    assert doc.title == "某某银行关于做好账户管理工作的通知"
    assert doc.addressees == CLASSES_TO[:-1]
    assert [p.label for p in doc.provisions] == ["一、"]


# ---------------------------------------------------------------- the 版头's marks; a 主送 of bodies by name

# GB/T 9704 7.2.2-7.2.3: the 密级 and 紧急程度 stand at the top left over the 发文机关标志, often letter-spaced
# ('加 急', '特 急', '秘密★1年'); a 主送 may name one body or a few by name, no class among them (7.3.2).
@pytest.mark.parametrize("mark", ["加 急", "特 急", "特急", "秘密★1年", "机 密"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_marks_over_the_masthead_open_the_document_not_title_it(mark, columns):
    [doc] = _documents([mark, "某某银行文件", "某银发〔2015〕290号", "某某银行关于印发《某某系统运营机构监督管理暂行办法》的通知",
                        "某某支付清算（上海）有限责任公司：", "现将《某某系统运营机构监督管理暂行办法》印发给你公司，请遵照执行。",
                        "某某银行", "2015年12月3日"], columns)
    assert doc.title == "某某银行关于印发《某某系统运营机构监督管理暂行办法》的通知"
    assert (doc.doc_number, doc.issuers, doc.date) == ("某银发〔2015〕290号", ["某某银行"], "2015-12-03")
    assert doc.addressees == "某某支付清算（上海）有限责任公司"


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_addressee_list_of_bodies_by_name_is_the_addressee(columns):
    [doc] = _documents(["某某银行 某某海关总署关于印发《某某现钞调运管理办法》的通知", "某某银行某某分行，某某海关：",
                        "现将《某某现钞调运管理办法》印发给你们，请遵照执行。", "某某银行 某某海关总署", "2004年10月19日"], columns)
    assert doc.addressees == "某某银行某某分行，某某海关"
    assert doc.issuers == ["某某银行", "某某海关总署"]


# ---------------------------------------------------------------- joint signers of short names

# GB/T 9704 7.3.5.2: joint issuers each sign, side by side; a ministry's name may be three characters ('商务部',
# '财政部'), and a narrow measure may cut the line inside a name ('…发展改革委 商务' / '部 财政部'). Issue #11, item 4.
JOINT_SHORT = ["某某银行 国家发展改革委 商务部 财政部关于做好外贸企业金融服务工作的通知", "各省、自治区、直辖市发展改革委、商务主管部门：",
               "为做好外贸企业金融服务工作，现将有关事项通知如下：", "一、加强服务。", "某某银行 国家发展改革委 商务部 财政部",
               "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 20, 22, 26])
def test_joint_signers_of_three_character_names_are_each_an_issuer(columns):
    [doc] = _documents(JOINT_SHORT, columns)
    assert doc.issuers == ["某某银行", "国家发展改革委", "商务部", "财政部"]
    assert doc.date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 20])
def test_a_letter_spaced_name_is_still_one_signer(columns):
    """Control: a name the typesetter spread out ('财 政 部 办 公 厅') is one signer, not '财政部' and '办公厅'."""
    [doc] = _documents(["关于做好某某工作的通知", "各省、自治区、直辖市财政厅（局）：", "现将有关事项通知如下：", "一、加强管理。",
                        "财 政 部 办 公 厅", "2021年3月1日"], columns)
    assert doc.issuers == ["财政部办公厅"]


# ---------------------------------------------------------------- a title naming its place and year

# A 统计公报 is titled by the place it covers and the year, no organ's name before them (the place's 统计局
# compiles it): 'XX市2019年国民经济和社会发展统计公报', '2019年XX省XX县…统计公报'. Filling the measure under a
# finished sentence, it opens a document as a title by its own grammar does (holdout52's 玉环 at 19 and 20
# columns, holdout37's 蒸湘 公示公告 at 29 and 30).
BULLETIN_ABOVE = ["某某县2018年国民经济和社会发展统计公报", "全年地区生产总值增长8%。", "人均地区生产总值42189元,比上年增长11.0%。"]


@pytest.mark.parametrize("columns", [None, 19, 20, 26])
@pytest.mark.parametrize("title", ["某某市2019年国民经济和社会发展统计公报", "2019年某某省某某县国民经济和社会发展统计公报"])
def test_a_title_naming_its_place_and_year_opens_a_document_filling_the_measure(title, columns):
    docs = _documents(BULLETIN_ABOVE + [title, "2019年,是新中国成立70周年。面对复杂严峻的国内外经济形势,全市经济稳中有进。"],
                      columns)
    assert [d.title for d in docs] == [BULLETIN_ABOVE[0], title]


@pytest.mark.parametrize("columns", [None, 19, 20, 26])
def test_a_sentence_opening_on_its_verb_before_a_place_and_year_is_no_title(columns):
    """Control: '根据某某市2019年…' is a sentence citing the 公报."""
    docs = _documents(BULLETIN_ABOVE + ["根据某某市2019年国民经济和社会发展统计公报", "显示,全市经济运行总体平稳,稳中有进。"], columns)
    assert [d.title for d in docs] == [BULLETIN_ABOVE[0]]


# ---------------------------------------------------------------- joint issuers cut in the last name's ending

# GB/T 9704 7.2.2 and 7.3.1: a joint 版头 ('XX局XX委员会文件', its 文件 the wrap may put on a line of its own), the
# 发文字号, then the title whose 发文机关 are parted by spaces; a narrow measure cuts the title's first line inside
# the last name's ending ('国家税务总局 全国老龄工作委员会办公' / '室关于…'). The document above ends at its 印发 line.
JOINT_CUT = ["特 急", "国家税务总局全国老龄工作委员会办公室文件", "税总发〔2014〕287号",
             "国家税务总局 全国老龄工作委员会办公室关于进一步做好老年人住房服务工作的通知",
             "为进一步改进对老年人住房的服务，继续支持老年人家庭合理的住房消费，现就有关事项通知如下：",
             "一、加大对老年人住房保障的支持。", "二、积极支持老年人家庭合理的住房需求。",
             "国家税务总局 全国老龄工作委员会办公室", "2014年9月29日"]
PRINTED_ABOVE = ["某某省财政厅关于做好春季预算监测工作的通知", "各市财政局：", "现将有关事项通知如下：请各市在3月底前完成监测任务。",
                 "某某省财政厅办公室", "2014年7月17日", "内部发送：办公室，预算处。", "某某省财政厅办公室 2014年7月22日印发"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_joint_issuers_cut_inside_the_last_names_ending_head_their_title(columns):
    docs = _documents(PRINTED_ABOVE + JOINT_CUT, columns)
    assert [d.title for d in docs] == [PRINTED_ABOVE[0], "国家税务总局全国老龄工作委员会办公室关于进一步做好老年人住房服务工作的通知"]
    assert docs[1].date == "2014-09-29"


# ---------------------------------------------------------------- a joint 公告's number line cut in its kind or year

# GB/T 9704 10.1 / a 公告 titled by its organs, its kind and its serial alone ('XX局 XX总局公告〔2024〕第1号'): the
# wrap may cut the line inside the kind word ('…总局公' / '告〔2024〕第1号') or after the bracketed year ('…公告〔2024〕' /
# '第1号'); either way it is one title line again, as printed, under the document above's signature and date.
JOINT_NOTICE = ["国家税务总局 国家市场监督管理总局公告〔2024〕第1号", "为进一步规范发票管理工作，现就有关事项公告如下：",
                "一、加强发票管理。", "二、本公告自发布之日起施行。", "国家税务总局 国家市场监督管理总局", "2024年3月1日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 20, 22, 26])
def test_a_joint_notices_number_line_cut_in_its_kind_or_year_is_its_title(columns):
    docs = _documents(NOTICE + JOINT_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "国家税务总局国家市场监督管理总局公告〔2024〕第1号"]
    assert (docs[1].issuers, docs[1].date) == (["国家税务总局", "国家市场监督管理总局"], "2024-03-01")


# ---------------------------------------------------------------- a joint title wrapped over its bracketed number

# GB/T 9704 7.3.1: joint 发文机关 parted by spaces head the title; a web page prints the 发文字号 in brackets after the
# kind word. Wrapped, the number's line ('法》的通知（税总发〔2025〕57号）') is the title's last: the lines above read
# as a 标题's head once the names are read as one run, under the signature and date of the text above.
JOINT_NUMBERED = ["国家税务总局 民政部关于印发《社会组织涉税服务管理办法》的通知（税总发〔2025〕57号）",
                  "各省、自治区、直辖市税务局，各省、自治区、直辖市民政厅（局）：",
                  "为规范社会组织涉税服务，现将《社会组织涉税服务管理办法》印发给你们，请遵照执行。", "国家税务总局 民政部",
                  "2025年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_joint_title_wrapped_over_its_bracketed_number_is_whole(columns):
    docs = _documents(NOTICE + JOINT_NUMBERED, columns)
    assert [d.title for d in docs] == [NOTICE[0], "国家税务总局民政部关于印发《社会组织涉税服务管理办法》的通知"]
    assert (docs[1].doc_number, docs[1].issuers) == ("税总发〔2025〕57号", ["国家税务总局", "民政部"])


# ---------------------------------------------------------------- title, 主送 and body run into one line

# GB/T 9704 7.3.1-7.3.3: the 标题, the 主送机关 closing on its colon and the body each begin a line; an extractor that
# joins text boxes runs all three into one ('…的通知各国有商业银行…，中国邮政储蓄银行：现将《…》印发给你们，…'). The title
# ends where the 主送 begins, which closes on its colon with the body's opening words after it.
RUN_IN_ALL = ["国家税务总局 财政部关于印发《中央财政国库代理银行考核办法》的通知各国有商业银行、股份制商业银行，"
              "中国邮政储蓄银行：现将《中央财政国库代理银行考核办法》印发给你们，请认真遵照执行。",
              "附件：中央财政国库代理银行考核办法", "国家税务总局 财政部", "2012年6月25日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_title_run_into_its_addressees_and_body_is_parted_from_them(columns):
    docs = _documents(NOTICE + RUN_IN_ALL, columns)
    assert [d.title for d in docs] == [NOTICE[0], "国家税务总局财政部关于印发《中央财政国库代理银行考核办法》的通知"]
    assert (docs[1].issuers, docs[1].date) == (["国家税务总局", "财政部"], "2012-06-25")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_run_into_a_sentence_past_a_colon_is_not_parted(columns):
    """Control: the words after the kind word, read to the colon, are no 主送 ('…的通知要求：'), so the line is a
    sentence citing a title, and no document begins there."""
    docs = _documents(NOTICE + ["国家税务总局关于做好发票管理工作的通知要求：现将有关事项落实如下。", "一、加强管理。"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- one body addressed right after the title

# GB/T 9704 7.3.2: a 通知 to one body names it alone as its 主送; run into the title's line by an extractor
# ('…的通知某某商品交易所：'), it is that body's name closing on its colon: an exchange named as a 所, or a body
# with its alias in brackets ('某某交易中心（某某拆借中心）：'), under the 版头 and number of its own document.
TO_EXCHANGE = ["某某监督管理局文件", "某监发〔2011〕93号",
               "某某监督管理局关于印发《某某商品交易所业务监督管理规则》的通知某某商品交易所：",
               "为维护市场秩序，某某监督管理局制定了《某某商品交易所业务监督管理规则》，请认真遵照执行。", "某某监督管理局",
               "2011年3月10日"]
TO_ALIASED = ["某某监督管理局文件", "某监发〔2011〕74号",
              "某某监督管理局关于印发《某某交易中心（某某拆借中心）业务规则》的通知某某交易中心（某某拆借中心）：",
              "为维护市场秩序，某某监督管理局制定了《某某交易中心业务规则》，请认真遵照执行。", "某某监督管理局", "2011年3月11日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
@pytest.mark.parametrize("text", [TO_EXCHANGE, TO_ALIASED])
def test_one_body_run_in_after_its_title_is_its_addressee(columns, text):
    docs = _documents(NOTICE + text, columns)
    assert [d.title for d in docs] == [NOTICE[0], text[2][:text[2].index("的通知") + 3]]
    assert (docs[1].doc_number, docs[1].date) == (text[1], text[-1].replace("2011年3月1", "2011-03-1").rstrip("日"))


# ---------------------------------------------------------------- many joint issuers head a title

# GB/T 9704 7.3.1: the 发文机关 of a joint document are all named before 关于; six or seven organs' full names run past
# forty characters. A title so headed, run into its body's first sentence by an extractor, is still a 标题.
MANY_ISSUERS = "国家发展和改革委员会 财政部 住房和城乡建设部 交通运输部 农业农村部 国家市场监督管理总局 国家统计局"
MANY_JOINT = [MANY_ISSUERS + "关于印发《某某企业划型标准规定》的通知为进一步贯彻落实《中华人民共和国中小企业促进法》，现将《某某企业划型标准规定》"
              "印发给你们，请遵照执行。", "附件：某某企业划型标准规定", MANY_ISSUERS, "2015年9月28日"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_a_title_of_many_joint_issuers_run_into_its_body_is_a_title(columns):
    docs = _documents(NOTICE + MANY_JOINT, columns)
    assert [d.title for d in docs] == [NOTICE[0], MANY_ISSUERS.replace(" ", "") + "关于印发《某某企业划型标准规定》的通知"]
    assert docs[1].date == "2015-09-28"


# ---------------------------------------------------------------- a 印发 line closed by the copies printed

# GB/T 9704-1999 closed the 版记's 印发 line with the copies printed ('…印发（共印 65 份）'); an extractor that kept the
# page's hard wrap may leave the end of its date on a line of its own ('…二〇〇〇年十月二十' / '四日印发（共印 65 份）'): that
# line ends the document above, and is no first line of the title under it. Lines as the extractor gave them.
COPIES_PRINTED = ["某某局关于加强票据管理的通知", "各分局：", "现将有关事项通知如下：请各分局加强管", "理。", "某某局",
                  "二〇〇〇年十月二十日", "抄送：审计署，财政部。", "联系人：王某某        联系电话：66194269", "某某局办公厅    二〇〇〇年十月二十",
                  "四日印发（共印 65 份）", "某某局关于切实加强商业汇票承兑贴现和", "再贴现业务管理的通知", "某某局各分局、营业管理部：",
                  "为加强票据业务管理，现就有关事项通知", "如下：", "一、加强管理。", "某某局", "二〇〇〇年十月二十五日"]


def test_a_printing_line_closed_by_the_copies_printed_is_no_title_line():
    docs = _documents(COPIES_PRINTED, None)
    assert [d.title for d in docs] == ["某某局关于加强票据管理的通知", "某某局关于切实加强商业汇票承兑贴现和再贴现业务管理的通知"]
    assert docs[1].date == "2000-10-25"


# ---------------------------------------------------------------- a commission's or the central bank's 令

# A 规章 a commission or the central bank publishes by its own 令 (立法法 第九十一条), its number in year brackets.
COMMISSION_ORDER = ["某某监督管理委员会令", "（2019）第3号",
                    "《某某业务管理办法》已经2019年9月18日某某监督管理委员会第1次委务会议审议通过，现予公布，"
                    "自2019年12月1日起施行。", "主席 张某某", "2019年10月16日", "某某业务管理办法", "第一章 总 则",
                    "第一条 为规范某某业务，制定本办法。", "第二条 本办法适用于某某机构。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("organ", ["某某监督管理委员会", "中国人民银行"])
def test_a_commissions_or_the_central_banks_order_heads_its_rule(organ, columns):
    """'…委员会令' and '中国人民银行令' are orders as '…部令' is: the 令 with its rule is one document."""
    lines = [line.replace("某某监督管理委员会", organ) for line in COMMISSION_ORDER]
    for docs in (_documents(lines, columns), _documents(NOTICE + lines, columns)[1:]):
        [doc] = docs
        assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
            "某某业务管理办法", f"{organ}令〔2019〕第3号", [organ], "2019-10-16")
        assert [p.label for p in doc.provisions] == ["第一章", "第一条", "第二条"]


# A web page heads a 行政法规's order with the regulation's title and the order's number in brackets (the PBOC's
# copies of the State Council's regulations: '存款保险条例（国务院令 第660号）' over '中华人民共和国国务院令').
HEADED_ORDER = ["某某保险条例（国务院令 第660号）", "中华人民共和国国务院令", "第　660　号",
                "《某某保险条例》已经2014年10月29日国务院第67次常务会议通过，现予公布，自2015年5月1日起施行。",
                "总　理 　张某某", "2015年2月17日", "某 某 保 险 条 例", "第一条", "为了建立某某保险制度，制定本条例。",
                "第二条", "本条例适用于某某机构。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_regulation_headed_with_its_order_number_over_the_order_is_one_document(columns):
    for docs in (_documents(HEADED_ORDER, columns), _documents(NOTICE + HEADED_ORDER, columns)[1:]):
        [doc] = docs
        assert (doc.title, doc.issuers, doc.date) == ("某某保险条例", ["国务院"], "2015-02-17")
        assert [p.label for p in doc.provisions] == ["第一条", "第二条"]


def test_a_text_with_no_title_found_still_numbers_its_articles():
    """A file whose title the grammar cannot find is one page, and the report says so; its articles and items
    are still provisions, each with its own address, as in any text."""
    from builder.convert import convert_text
    gazette = convert_text("为规范某某业务，现将有关事项规定如下：\n第一条 某某机构应当依法开展业务：\n（一）依法登记；\n"
                           "（二）按时报告。\n第二条 本规定自公布之日起施行。\n", "x/untitled.txt", "untitled")
    assert any(d.code == "no-document" for d in gazette.diagnostics)
    [doc] = gazette.documents
    assert [(p.label, p.eid) for p in doc.provisions] == [
        ("第一条", "art_1"), ("（一）", "art_1__subpara_1"), ("（二）", "art_1__subpara_2"), ("第二条", "art_2")]


# A 公告 printed with its 标志 and serial over its full title (the PBOC's '中国人民银行公告' / '[2005]第 16 号' /
# '中国人民银行关于完善人民币汇率形成机制改革的公告'): the 标志 and serial are the title's 版头.
MARKED_NOTICE = ["某某银行公告", "[2005]第 16 号", "某某银行关于完善某某机制的公告", "为完善某某机制，现就有关事项公告如下：",
                 "一、自2005年7月21日起，实行某某机制。", "二、某某银行于每个工作日公布有关价格。", "某某银行",
                 "2005年7月21日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notices_mark_and_serial_over_its_full_title_are_its_head(columns):
    for docs in (_documents(MARKED_NOTICE, columns), _documents(NOTICE + MARKED_NOTICE, columns)[1:]):
        [doc] = docs
        assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
            "某某银行关于完善某某机制的公告", "某某银行公告〔2005〕第16号", ["某某银行"], "2005-07-21")
        assert [p.label for p in doc.provisions] == ["一、", "二、"]


# A 公告 that names the text it publishes in one sentence and publishes it in the next (the PBOC's joint 公告 of
# 2015 No. 36: '…制定了《…操作指引》。现予公布，自公布之日起施行。').
PUBLISHING_NOTICE = ["某某银行 某某管理局公告", "（2015）第36号",
                     "为规范某某业务，根据有关规定，某某银行、某某管理局制定了《某某业务资金管理操作指引》。现予公布，"
                     "自公布之日起施行。", "2015年11月6日", "某某业务资金管理操作指引", "第一章 总 则",
                     "第一条 本指引所称某某业务，是指依法开展的业务。", "第二条 本指引自公布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_published_by_the_sentence_after_the_one_naming_it_is_the_notices_part(columns):
    for docs in (_documents(PUBLISHING_NOTICE, columns), _documents(NOTICE + PUBLISHING_NOTICE, columns)[1:]):
        [doc] = docs
        assert [p.title for p in doc.parts] == ["某某银行某某管理局公告", "某某业务资金管理操作指引"]
        assert [p.label for p in doc.provisions] == ["第一章", "第一条", "第二条"]


def test_an_order_cited_in_a_bracket_the_wrap_cut_heads_nothing():
    """'…（中国银行业监督管理' / '委员会令2011年第2号公布）、《银行卡' / '收单业务管理办法》（中国人民银行公告' (the PBOC's
    2025 No. 11 run together at 18 columns): what follows the order's serial closes a bracket it never opened,
    so it is a sentence's tail, no title the order promulgates."""
    lines = ["某某银行 某某管理局公告〔2025〕第11号", "《某某银行关于加强银行卡安全管理的通知》自本公告发布之日起废止。",
             "银行卡安全管理按照《商业银行信用卡业", "务监督管理办法》（中国银行业监督管理", "委员会令2011年第2号公布）、《银行卡",
             "收单业务管理办法》（中国人民银行公告", "〔2013〕第9号公布）等有关规定执行。", "某某银行", "某某管理局",
             "2025年5月15日"]
    docs = _documents(NOTICE + lines, None)
    assert [d.title for d in docs][1:] == ["某某银行某某管理局公告〔2025〕第11号"]
    assert docs[1].date == "2025-05-15"


# ---------------------------------------------------------------- shapes the issue with numbered 目录 drew (seed 4)

@pytest.mark.parametrize("folio", ["1", "3"])
def test_a_one_page_files_number_under_the_date_is_its_folio(folio):
    """A one-page PDF printed its page number under the text; extracted, the
    figure alone ends the file right under the 成文日期, where no text goes on
    with a figure (a 附注, the 附件 or the 版记 follow the date): the folio,
    no paragraph of the document."""
    doc, = _documents(NOTICE + [folio], None)
    texts = [getattr(block, "text", "") for part in doc.parts for block in part.blocks]
    assert folio not in texts and doc.date == "2021-03-01"


@pytest.mark.parametrize("comma", ["，", ","])
def test_an_article_naming_organs_over_its_comma_is_no_addressee(comma):
    """A 主送 (GB/T 9704 7.3.2) stands under the title and never opens with a
    numbering label: an article near the text's top whose line the measure
    ends on a list of organs and a comma ('第二条 本行政区域内的各级人民政府、
    各行政执法单位,') goes on in the line below, though the line is not full."""
    rules = ["某某市行政执法责任制规定", "第一条 为全面建立和实行行政执法责任制，制定本规定。",
             "第二条 本行政区域内的各级人民政府、各行政执法单位" + comma, "应当建立和实行行政执法责任制。",
             "第三条 本规定自发布之日起施行。"]
    doc, = _documents(rules, None)
    assert [p.label + p.heading + p.text for p in doc.provisions][1] == \
        "第二条本行政区域内的各级人民政府、各行政执法单位，应当建立和实行行政执法责任制。"


@pytest.mark.parametrize("heading", ["二、拟征收土地目的", "（一）编制目的"])
def test_a_heading_ending_on_a_word_in_de_ends_its_line(heading):
    """A line ending in 的 goes on in the next as a rule (the particle: '…工作的' /
    '通知'), but a numbered heading whose last word ends in 的 ('…目的') is
    whole: the text under it opens a paragraph of its own."""
    plan = ["某某县人民政府土地征收启动公告", "一、拟征收土地的范围", "拟征收土地位于某某镇。", heading,
            "本次拟征收土地用于公共管理与公共服务项目，符合法律法规的征收情形。", "某某县人民政府", "2022年5月19日"]
    doc, = _documents(plan, None)
    label = heading[:heading.index("、") + 1] if "、" in heading else heading[:3]
    point = next(p for p in doc.provisions if p.label == label)
    assert (point.heading + point.text).startswith(heading[len(label):]) and point.heading == heading[len(label):]
