"""The document grammar on layouts of the twenty-first held-out set's kind
(issue #11): a 行政法规 or 规章 under a 题注 naming the 令 that promulgated it,
a 批复 of two bodies adopted at two meetings, the 主送 under a 题注, a 附件说明
and 附件 marks printed with the number's stop ('附件1.'), an annex title
centred over two lines, a reply's opening sentence that cites the 请示 with
its number, and a decimal-numbered paragraph indented and full. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path; a
case that needs a break at one place gives its lines as printed.
"""
from __future__ import annotations

import pytest

from builder.model import Provision, Table

from tests.devset.layout import Document, indented
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)
from tests.test_holdout19_grammar import _paragraphs, _printed

WIDTHS = [None, 18, 26]

# A court's 批复 with no signature or date, as a law compilation prints it: the text ends on its last paragraph.
REPLY = ["某某人民法院关于某某纠纷案件适用法律问题的批复", "法释〔2021〕9号",
         "2021年5月31日 某某人民法院审判委员会第1840次会议通过", "2021年6月3日 施行",
         "某省高级人民法院：", "你院《关于某某纠纷案件适用法律问题的请示》（某高法〔2021〕15号）收悉。经研究，批复如下：",
         "在某某纠纷案件中，被告请求原告赔偿合理开支的，人民法院依法予以支持。"]


def _regulation(note: list[str]) -> list[str]:
    return ["某某事项管理暂行办法"] + note + ["第一章 总则", "第一条 为了规范某某事项管理，制定本办法。",
                                      "第二条 本办法自2020年1月1日起施行。"]


# ---------------------------------------------------------------- a 题注 naming its 令 (立法法; 立法技术规范)

@pytest.mark.parametrize("order, organ", [("中华人民共和国国务院令第713号", "国务院"),
                                          ("某某市场监督管理总局令第20号", "某某市场监督管理总局")])
@pytest.mark.parametrize("columns", WIDTHS + [19, 20, 22])
def test_a_note_naming_the_order_that_promulgated_the_text_frames_it(order, organ, columns):
    """A 行政法规 is promulgated by the State Council's 令, a 规章 by its
    department's (立法法 第七十七条, 第九十二条); a compilation prints the 令
    in the 题注 under the title, one event a line ('2019年11月30日 XX令第20号公布',
    '2020年1月1日 施行'). That note frames the title above it, though the text
    above ends with no signature; the 令 is the text's number and names its
    issuer, its day the text's date (the day it takes effect is no second).
    Wrapped, the note goes on past the order's name or its serial into the
    rest ('…国务院令' / '第713号公布' at 19, '…国务院令第713号' / '公布' at 22).
    """
    docs = _documents(REPLY + _regulation([f"2019年11月30日 {order}公布", "2020年1月1日 施行"]), columns)
    assert [d.title for d in docs] == [REPLY[0], "某某事项管理暂行办法"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == (order, [organ], "2019-11-30")
    assert [p.label for part in docs[1].parts for p in part.blocks if isinstance(p, Provision)][-2:] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_note_that_lists_an_amendment_besides_names_no_one_date(columns):
    """A 题注 that lists the text's promulgation and a later amendment names
    two dates (as one adopted and amended does): none is taken for the text's,
    the number and issuer of its 令 stand. The amending 决定's title may hold
    the verb too ('《…关于修改…的决定》修改')."""
    note = ["2019年11月30日 某某市场监督管理总局令第20号公布", "2022年3月24日 《某某市场监督管理总局关于修改和废止有关规章的决定》修改"]
    doc = _documents(_regulation(note), columns)[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某某市场监督管理总局令第20号", ["某某市场监督管理总局"], None)


# ---------------------------------------------------------------- a 题注 of two bodies (GB/T 9704 7.3.5.1)

@pytest.mark.parametrize("note", [
    ["2018年1月25日 某某人民法院审判委员会第1732次会议", "2018年3月2日 某某人民检察院检察委员会第74次会议通过", "2018年3月30日 施行"],
    ["（2018年1月25日某某人民法院审判委员会第1732次会议、2018年3月2日某某人民检察院检察委员会第74次会议通过，自2018年3月30日起施行）"]])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_text_two_bodies_adopt_is_dated_by_the_last(note, columns):
    """Meetings listed before one verb adopt the text together; a joint text
    is dated by the last to sign it (GB/T 9704 7.3.5.1: 联合行文 … 最后签发机关),
    so by the last meeting, whether the note is printed one event a line or
    in brackets, and wrapped or not."""
    lines = ["某某人民法院、某某人民检察院关于某某案件定罪量刑问题的批复"] + note + [
        "各省、自治区、直辖市高级人民法院、人民检察院：", "近来，部分高级人民法院就某某案件定罪量刑问题提出请示。经研究，批复如下：",
        "一、对于某某行为，应当综合评估社会危害性。", "二、对于某某行为，应当确保罪责刑相适应。", "此复。"]
    doc = _documents(lines, columns)[0]
    assert doc.issuers == ["某某人民法院", "某某人民检察院"] and doc.date == "2018-03-02"
    assert doc.addressees == "各省、自治区、直辖市高级人民法院、人民检察院"


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_addressee_follows_the_note_under_the_title_and_number(columns):
    """GB/T 9704 7.3.2: the 主送机关 stands under the title block; a 题注
    printed there one event a line is part of that block ('法释〔2021〕9号',
    its adoption, the day it takes effect, then '某省高级人民法院：')."""
    doc = _documents(REPLY, columns)[0]
    assert (doc.doc_number, doc.date, doc.addressees) == ("法释〔2021〕9号", "2021-05-31", "某省高级人民法院")


# ---------------------------------------------------------------- 附件说明 and 附件 (GB/T 9704 7.3.4, 8)

APPROVAL = ["国务院关于某某口岸区范围的批复", "国函〔2006〕99号", "某省人民政府：",
            "你省关于某某口岸区范围的请示收悉。现批复如下：",
            "一、某某口岸区范围包括查验区和与之相连接的大桥部分桥面（详见附件1、附件2）。",
            "二、某某口岸区的土地使用期限为四十年。",
            "附件1.某某口岸区的查验区界址点坐标", "2.某某大桥部分桥面界址点坐标", "国务院", "二〇〇六年十二月三十日"]
ANNEXES = ["附件1.", "某某口岸区的", "查验区界址点坐标", "编号\tX坐标\tY坐标", "1\t15172.500\t103655.000",
           "2\t14829.000\t103655.000", "注：坐标系统为独立坐标系统。",
           "附件2：", "某某大桥部分桥面界址点坐标", "编号\tX坐标\tY坐标", "A1\t13725.584\t103543.572"]


def test_a_list_of_annexes_set_right_after_its_word_is_the_annex_note():
    """GB/T 9704 7.3.4: the 附件说明 under the body lists each 附件 by its
    number; a page that leaves out the colon sets the first item right after
    the word ('附件1.XXXX', the next under it '2.XXXX'): the note, not a
    heading and a numbered provision."""
    doc = _printed(APPROVAL)[0]
    assert [p.label for part in doc.parts for p in part.blocks if isinstance(p, Provision)] == ["一、", "二、"]
    assert doc.attachments == ["某某口岸区的查验区界址点坐标", "某某大桥部分桥面界址点坐标"]


def test_an_annex_mark_with_its_numbers_stop_opens_the_annex_under_its_title_of_two_lines():
    """GB/T 9704 8: an 附件 begins with its mark and number alone at the top
    ('附件1.', the number's stop kept), its title under it; a title centred
    over two lines, the first ending on 的, is one title (7.3.1: a title is
    broken between words, its lines read as one phrase)."""
    doc = _printed(APPROVAL + ANNEXES)[0]
    assert [part.title for part in doc.parts[1:]] == ["某某口岸区的查验区界址点坐标", "某某大桥部分桥面界址点坐标"]
    tables = [b for part in doc.parts[1:] for b in part.blocks if isinstance(b, Table)]
    assert len(tables) == 2 and tables[0].note == "注：坐标系统为独立坐标系统。"


# ---------------------------------------------------------------- a reply cites the 请示 it answers

@pytest.mark.parametrize("columns", WIDTHS + [20])
def test_a_replys_opening_that_cites_the_request_and_its_number_is_no_title(columns):
    """A reply addresses the organ that asked ('你们关于…的请示（…号）收悉'):
    a cited text is given by its title and then its number (党政机关公文格式:
    引用公文先引标题，后引发文字号), and a title names its issuer, never the
    second person (GB/T 9704 7.3.1). At 26 columns the wrap leaves the cited
    title's end and its number alone on a line, under a full line; at 20 the
    number opens a line after the title's kind word ('…的请示' / '（…号）收悉。'),
    as a frame under a title would: the sentence goes on, no document begins."""
    lines = ["国务院关于同意某某高新技术产业开发区建设国家自主创新示范区的批复", "国函〔2018〕145号",
             "科技部、某某自治区人民政府、某某生产建设兵团：",
             "你们关于支持甲乙丙丁、戊己、庚辛高新技术产业开发区建设国家自主创新示范区的请示（国科发高〔2018〕235号）收悉。现批复如下：",
             "一、同意甲乙丙丁、戊己、庚辛3个高新技术产业开发区建设国家自主创新示范区，区域范围为国务院有关部门公布的开发区审核公告确定的四至范围。",
             "二、同意甲乙丙丁、戊己、庚辛高新区享受国家自主创新示范区相关政策，同时结合自身特点，不断深化简政放权、放管结合、优化服务改革。",
             "国务院", "2018年11月23日"]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [lines[0]]
    assert docs[0].date == "2018-11-23" and docs[0].addressees == lines[2][:-1]
    assert any(p.startswith("你们关于") and "（国科发高〔2018〕235号）收悉。" in p for p in _paragraphs(docs[0]))


# ---------------------------------------------------------------- a full first line (GB/T 9704 7.3.3)

def test_a_decimal_numbered_paragraph_indented_and_full_runs_on():
    """A 预案's paragraph numbered '1.2.3' and set with the paragraph's indent
    (GB/T 9704 7.3.3: 左空二字) fills its line with the indent: it runs on into
    the next line, as a short decimal heading ('1.3　适用范围') does not."""
    body = ["本预案所称粮食应急状态，是指因各类突发公共事件或者其他原因，引起国内粮食供求关系突变，在较大地域范围内出现粮食市场急剧波动的状况。",
            "按照在国家宏观调控下，省级人民政府对本地区粮食生产和流通全面负责的原则，本预案规定的粮食应急状态分为国家级和省级两级。"]
    doc = Document("yuan", tuple(["某某应急预案", "1.2　等级划分"] + body + [
        "1.2.3　省级人民政府可以根据本地区实际情况，研究制订省级以下粮食应急状态分级和应急处理办法。", "1.3　适用范围",
        "本预案适用于在粮食应急状态下，对原粮及成品粮采购、调拨、加工、运输、供应和进出口等方面的应对工作。"]),
        "某某应急预案", None, None, "规范性文件")
    printed = _printed(indented([doc], columns=20).text.splitlines())[0]
    assert "1.2.3省级人民政府可以根据本地区实际情况，研究制订省级以下粮食应急状态分级和应急处理办法。" in _paragraphs(printed)
    assert "1.3适用范围" in [p.label + p.heading for p in printed.provisions if p.kind == "section"]


def test_a_full_annex_title_does_not_run_into_the_caption_over_the_tables_rows():
    """At 18 columns an annex title of 16 characters fills its line; the line
    under it stands right over a table's rows, as a caption does, and its
    first character would have fit on the title's line: the wrap did not
    put it there, so it is a line of its own (GB/T 9704 8: the 附件's title,
    then its text) and the title stops at its own line."""
    lines = APPROVAL[:-4] + ["附件：某某大桥部分桥面界址点坐标", "国务院", "二〇〇六年十二月三十日", "附件",
                             "某某湾公路大桥部分桥面界址点坐标", "A匝道桥界址点坐标", "编号\tX坐标\tY坐标",
                             "A1\t13725.584\t103543.572", "A2\t13715.194\t103528.227"]
    doc = _documents(lines, 18)[0]
    assert [part.title for part in doc.parts[1:]] == ["某某湾公路大桥部分桥面界址点坐标"]
    assert [b.caption for part in doc.parts[1:] for b in part.blocks if isinstance(b, Table)] == ["A匝道桥界址点坐标"]


def test_a_date_alone_over_a_bracketed_note_stays_the_announcements_date():
    """A 人大常委会's 公告 dates itself under its signature; the 题注 of the
    regulation it publishes follows in brackets ('2001年12月26日' over
    '(2001年10月17日…会议通过 …批准)'): a date alone is a 成文日期, no 题注's
    head that the note under it completes."""
    lines = ["某某市人民代表大会常务委员会听证条例", "某某市人民代表大会常务委员会公告", "第三十七号",
             "某某市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《某某市人民代表大会常务委员会听证条例》，"
             "已经广东省第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准，现予公布，自2002年1月1日起施行。",
             "某某市人民代表大会常务委员会", "2001年12月26日",
             "(2001年10月17日某某市第三届人民代表大会常务委员会第十一次会议通过",
             "2001年12月3日广东省第九届人民代表大会常务委员会第二十九次会议批准)",
             "第一章 总则", "第一条 为了规范常委会的听证活动，制定本条例。", "第二条 本条例自2002年1月1日起施行。"]
    doc = _printed(lines)[0]
    assert (doc.issuers, doc.date) == (["某某市人民代表大会常务委员会"], "2001-12-26")
