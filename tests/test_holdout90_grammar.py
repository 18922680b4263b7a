"""The document grammar on layouts of the ninetieth held-out set's kind
(issue #11): decisions and notices that abolish, amend, keep or list
documents and approvals (取消、下放 行政审批, 清理结果, 修改 规章), and the
政府令 that publishes such a decision as a periodical database stores it,
its head, sentence, signer, date and text run into one paragraph. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert_text
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

DECISION = "某某市人民政府关于取消一批市级行政审批事项的决定"
SENTENCE = ("《" + DECISION + "》已经2020年3月2日市人民政府第5次常务会议通过，现予公布，自2020年5月1日起施行。")


# ---------------------------------------------------------------- a 政府令 run into one paragraph

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("after_date", ["", DECISION])
def test_an_order_run_into_one_paragraph_is_set_out_again(after_date, columns):
    """GB/T 9704 10.1-10.2 prints a 令's 发文机关标志 and 令号, the sentence
    that publishes the decision, the head who signs it and the date, each on a
    line of its own; a periodical database runs them into one paragraph with
    the decision's text, its title perhaps left out (the sentence names it in
    《》). After the 令's head and number, the date closes the frame whatever
    follows: the 令 is a document titled by the decision, its 令号 its number."""
    paragraph = ("某某市人民政府令第12号" + SENTENCE + "市长张某某2020年3月20日" + after_date
                 + "为深化简政放权改革，市人民政府决定取消12项市级行政审批事项。决定取消的事项，有关部门不得变相实施。")
    docs = _documents(NOTICE + [paragraph], columns)
    assert [d.title for d in docs] == [NOTICE[0], DECISION]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某某市人民政府令第12号", ["某某市人民政府"],
                                                                   "2020-03-20")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_body_citing_an_order_it_publishes_runs_on(columns):
    """Control: a notice's paragraph that opens on a 令 and the sentence
    publishing it but goes on with the notice's own words, no signer and date
    after the stop, is the notice's body: no 令 opens there."""
    paragraph = "某某市人民政府令第12号" + SENTENCE + "各区县要认真组织实施，确保各项措施落实到位。"
    docs = _documents(NOTICE[:3] + [paragraph] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_an_order_named_on_a_wrapped_line_heads_no_run_in(columns):
    """Control: a page that heads a 令 with the regulation's title, a space and
    the order's name and serial ('…整治办法 某某壮族自治区人民政府令 第16号'),
    wrapped inside the organ's name, puts a piece of it first on the next line
    ('自治区人民政府令 第16号', the signer's name spaced as printed, '张 某'):
    that piece goes on the line above, no 令's head of its own, and the 令
    keeps its organ whole."""
    title = "某某壮族自治区土地整治办法"
    paragraphs = [title + " 某某壮族自治区人民政府令 第16号",
                  "《" + title + "》已经2016年11月18日自治区人民政府第84次常务会议审议通过，现予发布，自2017年1月1日起施行。",
                  "自治区主席 张 某 2016年12月6日", title, "第一章 总 则",
                  "第一条 为了规范土地整治活动，根据有关法律、法规，结合本自治区实际，制定本办法。"]
    docs = _documents(NOTICE + paragraphs, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].doc_number, docs[1].issuers) == ("某某壮族自治区人民政府令第16号", ["某某壮族自治区人民政府"])


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_whole_title_under_an_order_the_store_cut_opens_the_next_document(columns):
    """GB/T 9704 7.3.1: a 标题 whole on its line (发文机关 + 关于 + 事由 +
    文种, no sentence's mark) is no piece a wrap moved. A 令 run into one
    paragraph, its decision's text cut off by the store mid-sentence
    ('…市政府有关部门'), is set out again (frame, then the rest); the rest
    goes on into no title under it: the next document, its 发文字号 and 主送
    under it, opens there."""
    paragraph = ("某某市人民政府令第12号" + SENTENCE + "市长张某某2020年3月20日"
                 + "为深化简政放权改革，市人民政府决定取消12项市级行政审批事项。决定取消的事项，市政府有关部门")
    docs = _documents(NOTICE + [paragraph] + CLEANUP + ["各设区市(区)交通局，厅直各单位："] + CLEANUP_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], DECISION, CLEANUP[0]]
    assert (docs[2].doc_number, docs[2].addressees) == ("某交〔2023〕5号", "各设区市（区）交通局，厅直各单位")


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_rest_of_an_order_wrapped_onto_the_next_line_goes_on_there(columns):
    """Control: the decision's sentence the wrap carried on to the next line
    (no title there, the words of the sentence) stays one paragraph."""
    paragraph = ("某某市人民政府令第12号" + SENTENCE + "市长张某某2020年3月20日"
                 + "为深化简政放权改革，市人民政府决定取消12项市级")
    docs = _documents(NOTICE + [paragraph, "行政审批事项。决定取消的事项，有关部门不得变相实施。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], DECISION]
    assert any("取消12项市级行政审批事项。" in block.text for part in docs[1].parts for block in part.blocks)


# ---------------------------------------------------------------- a 派驻 纪检监察组 in the 主送

CLEANUP = ["某某省交通运输厅关于公布行政规范性文件清理结果的通知", "某交〔2023〕5号"]
CLEANUP_BODY = ["根据有关规定，我厅组织开展了行政规范性文件定期清理。现将清理结果印发给你们。",
                "附件：1.继续有效的行政规范性文件目录", "2.废止的行政规范性文件目录", "某某省交通运输厅", "2023年11月9日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_stationed_discipline_group_is_an_organ_of_the_addressees(columns):
    """GB/T 9704 7.3.2: a department's 主送 names its offices and the 纪检监察组
    the 纪委监委 stations in it ('…、厅机关各处室、驻厅纪检监察组：'), an organ as
    the offices are. Broken after the 、 before it (by the page or the
    wrap), the 主送 goes on over the line that holds it and the colon."""
    head = "各设区市(区)交通局、某某港口局、厅直各单位、厅机关各处室、"
    docs = _documents(NOTICE + CLEANUP + [head, "驻厅纪检监察组："] + CLEANUP_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], CLEANUP[0]]
    assert docs[1].addressees == "各设区市（区）交通局、某某港口局、厅直各单位、厅机关各处室、驻厅纪检监察组"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_that_names_the_group_is_no_addressee(columns):
    """Control: a body's sentence that names the 纪检监察组 as its subject and
    leads into a list by its colon ('驻厅纪检监察组要加强对以下工作的监督：')
    is the body's, under a line of names that ends on 、: the 主送 above
    stands as printed."""
    docs = _documents(NOTICE + CLEANUP + ["各设区市(区)交通局、厅直各单位：",
                                          "请厅机关各处室、", "驻厅纪检监察组要加强对以下工作的监督："] + CLEANUP_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], CLEANUP[0]]
    assert docs[1].addressees == "各设区市（区）交通局、厅直各单位"


# ---------------------------------------------------------------- an 附件 named '…目录', the wrap before its 目录

WRAPPED_LIST = """\
某某市人民政府关于取消和调整一批行
政许可事项的通知
各区人民政府，市政府各部门：
经研究，市政府决定取消和调整一批行
政许可事项，现予公布，请认真贯彻执
行。
附件：1.取消的市级行政许可事项目录
2.下放的市级行政许可事项目录
3.调整后保留的市级行政许可审批事项
目录
某某市人民政府
2021年5月6日
"""


def test_an_annex_list_item_the_wrap_cut_before_its_mulu_goes_on():
    """An 附件说明 item names its annex '…事项目录'; where the wrap fills the
    line before the last two characters, '目录' stands alone on the next
    line, as a text's own 目录 heading does. Under a line the wrap filled,
    mid-name, it is that name going on, not the heading of front matter."""
    doc, = convert_text(WRAPPED_LIST, "x.txt", "x").documents
    annexes = [b.text for p in doc.parts for b in p.blocks if getattr(b, "role", None) == "attachments"]
    assert annexes[-1] == "3.调整后保留的市级行政许可审批事项目录", annexes
    assert (doc.issuers, doc.date) == (["某某市人民政府"], "2021-05-06")


def test_a_contents_heading_under_a_full_title_line_is_front_matter():
    """Control: '目录' alone under a title's line that the wrap filled heads
    the text's own 目录: no 附件说明's item names an annex there."""
    text = ("某某县国民经济和社会发展第十四个五年规\n划和二〇三五年远景目标纲要（修订稿）\n目录\n第一章 发展基础……1\n"
            "第二章 发展环境……5\n第一章 发展基础\n“十三五”时期，全县经济社会发展取得显著成就，综\n合实力明显增强。\n")
    doc, = convert_text(text, "x.txt", "x").documents
    assert "目录" in [b.text for p in doc.parts for b in p.blocks if hasattr(b, "role")]
