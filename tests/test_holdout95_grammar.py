"""The document grammar on layouts of the ninety-fifth held-out set's kind
(issue #11): documents stored with their end matter (GB/T 9704 7.3.7 附注,
7.4 版记) and replies to deputies' 建议 with their form's marks, as the sites
of provincial departments, cities and counties store them. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a reply's marks over its 主送

REPLY_TITLE = "对某某省第十三届人大第二次会议第1234号建议的答复"
REPLY_BODY = ["你们提出的《关于加大对某某园区支持力度的建议》收悉，现答复如下：",
              "近年来，我厅积极支持园区基础设施建设，安排专项资金500万元。", "某某省工业和信息化厅", "2019年5月11日",
              "（联系人及电话：某某某 0871-63512057）"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["公开", "主动公开", "依申请公开", "不予公开"])
def test_a_replys_bare_disclosure_mark_is_no_part_of_its_addressees(mark, columns):
    """A reply to a deputy's 建议 is printed on a form that marks, under its
    title, the 办理结果's 类别 ('A类') and whether it may be made public, the
    value alone on its line ('公开', '依申请公开'): marks of the 版头, which
    the 主送 follows, no name of the deputies addressed."""
    docs = _documents(NOTICE + [REPLY_TITLE, "A类", mark, "李某等8名代表："] + REPLY_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY_TITLE]
    assert docs[1].addressees == "李某等8名代表"
    assert (docs[1].issuers, docs[1].date) == (["某某省工业和信息化厅"], "2019-05-11")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_bare_disclosure_mark_under_a_date_ends_the_text_above(columns):
    """Control: printed bare under a text's date ('主动公开'), the mark is
    that text's end matter, not a mark over the next title: the next
    document starts at its title."""
    second = ["某某县人民政府办公室关于做好防汛工作的通知", "各乡镇人民政府：", "现将有关事项通知如下：请做好防汛工作。",
              "某某县人民政府办公室", "2021年5月1日"]
    paragraphs = NOTICE + ["主动公开"] + second
    docs = _documents(paragraphs, columns)
    assert [d.title for d in docs] == [NOTICE[0], second[0]]
    lines = laid_out(paragraphs, columns)
    mark = next(n for n, line in enumerate(lines, start=1) if line.strip() == "主动公开")
    assert docs[0].lines[1] == mark and docs[1].lines[0] == mark + 1


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_named_for_disclosure_work_is_the_addressee(columns):
    """Control: an organ whose name holds the word ('市政务公开办公室：') is
    the 主送 itself, not a mark over it."""
    title = "某某市人民政府办公室关于做好政务公开工作的通知"
    docs = _documents([title, "市政务公开办公室：", "现将有关事项通知如下：请认真做好政务公开工作。",
                       "某某市人民政府办公室", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].addressees == "市政务公开办公室"


# ---------------------------------------------------------------- a reply run together, its 版头 mark and 版记 line

RUN_TOGETHER_TITLE = "对《加大对某某镇工业园区基础设施建设扶持力度的建议》的答复"
RUN_TOGETHER = ("某财复字〔2022〕4号 签发人:某某某 尊敬的张某、李某等代表: 您提出的建议已收悉,现答复如下: "
                "我局高度重视园区建设,近年来先后投入资金建设多项工程。 同时拟建设第三污水处理厂,资金通过贷款解决。 "
                "下一步,我们将积极支持园区建设。 感谢您对财政工作的关心和支持! 2022年7月1日 "
                "联系科室、人员及电话:经建科6211754 {record}抄送:县政府办公室、县人大常委会人代工委")


@pytest.mark.parametrize("record", ["", "主题词:建议 答复 "])
def test_a_reply_run_together_parts_its_signer_mark_and_its_copy_line(record):
    """A page that lost its line breaks keeps a space where each printed line
    ended: the 发文字号 and the 签发人 by it (GB/T 9704 7.2.6, a mark of the
    版头 on its own), then the 主送, and under the date the 附注's contact and
    the 版记's 抄送 line (7.4.2), each a line of its own: the 签发人 is no
    part of the 主送, the 抄送 line no part of the contact's."""
    docs = _documents(NOTICE + [RUN_TOGETHER_TITLE, RUN_TOGETHER.format(record=record)], None)
    assert [d.title for d in docs] == [NOTICE[0], RUN_TOGETHER_TITLE]
    reply = docs[1]
    assert (reply.doc_number, reply.addressees, reply.date) == ("某财复字〔2022〕4号", "尊敬的张某、李某等代表", "2022-07-01")
    assert reply.cc == "县政府办公室、县人大常委会人代工委"


def test_a_run_together_sentence_that_names_the_copies_stays_whole():
    """Control: a sentence of the body that speaks of the copies ('请将抄送
    单位…') runs on; only a line that opens with the 版记's label and its
    colon is one."""
    text = ("某财复字〔2022〕4号 尊敬的张某等代表: 您提出的建议已收悉,现答复如下: 我局高度重视园区建设。 "
            "请将抄送 单位名单报县政府办公室。 下一步,我们将积极支持园区建设。 2022年7月1日")
    docs = _documents(NOTICE + [RUN_TOGETHER_TITLE, text], None)
    assert [d.title for d in docs] == [NOTICE[0], RUN_TOGETHER_TITLE]
    assert docs[1].addressees == "尊敬的张某等代表" and docs[1].cc is None


# ---------------------------------------------------------------- a reply's contact fields under its date

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("contact", ["联系人及电话：李某 8788586", "联系科室、人员及电话：经建科6211754",
                                     "联系人和联系电话：王某，6211754"])
def test_a_contact_field_under_the_date_is_no_title(contact, columns):
    """GB/T 9704 7.3.6 prints the contact as a 附注 under the 成文日期; a
    reply's form sets it out as a field ('联系人及电话：…', '联系科室、人员及
    电话：…'), its label opening with 联系: the reply's end matter, over the
    版记's 抄送, no title of a text the reply issues."""
    title = "对某某县第九届人大第三次会议第31号建议的答复"
    docs = _documents(NOTICE + [title, "某某等代表：", "您提出的建议收悉，现答复如下：我局高度重视，已安排专项资金。",
                                "2022年7月1日", contact, "抄送：县政府办公室、县人大常委会人代工委"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert [p.title for p in docs[1].parts] == [title]
    assert docs[1].cc == "县政府办公室、县人大常委会人代工委"


@pytest.mark.parametrize("mark", ["A类", "公开"])
def test_a_reply_title_that_fills_the_measure_over_its_marks_is_a_title(mark):
    """A reply's title the measure fills exactly, under a text whose excerpt
    ends on a full stop, with its form's marks under it ('A类', '公开'): a
    title stands over the marks of the 版头, which no wrapped sentence runs
    on into, so it opens the reply though it fills its line as body lines do."""
    cut = ["某某县人民政府关于印发某某县政府投资项目管理办法的通知", "各乡镇人民政府、县直各部门：",
           "第一条 为进一步深化投资体制改革，规范政府投资行为，改进政府投资项目管理，建立政府投资项目责任约束机制，"
           "提高行政效率，结合我县实际，制定本办法。"]
    title = "对某某省第十二届人大第五次会议第 JY100012050700号建议的答复"
    marks = ["A类", "公开"][["A类", "公开"].index(mark):]
    text = "\n".join(laid_out(cut, 30) + [title] + marks + laid_out(["李某等8名代表："] + REPLY_BODY, 30))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [cut[0], title.replace(" ", "")]
    assert docs[1].addressees == "李某等8名代表"


# Sweep at seeds 15-20 (2026-12-04): holdout95's 云南 reply, its title wrapped inside the 建议's code right under
# the 目录.
CODE_CUT_ISSUE = ["某某省人民政府公报", "2025年第2号", "目　　录", "某某省工业和信息化委文件",
                  "对某某省第十二届人大第五次会议第JY10", "0012050700号建议的答复 1",
                  "对某某省第十二届人大第五次会议第 JY1", "00012050700号建议的答复",
                  "李红等8名代表:", "你们提出的《关于加大对园区支持力度的建议》,已交我们研究办理,现答复如下:",
                  "一、省委、省政府十分重视园区建设发展工作。", "感谢你们对工业和信息化工作的关心和支持。",
                  "某某省工业和信息化委", "2017年5月11日"]


def test_a_title_cut_inside_a_code_under_the_contents_is_no_entry():
    """'…第 JY1' over '00012050700号建议的答复' ends on no page: a page is set
    apart from the words before it, not run on from a code's letters, and the
    line below goes on with the code's figures."""
    gazette = convert("\n".join(CODE_CUT_ISSUE).encode("utf-8"), "x/x.txt", "x")
    assert [e.title for e in gazette.toc] == ["对某某省第十二届人大第五次会议第JY100012050700号建议的答复"]
    assert [(d.title, d.issuers) for d in gazette.documents] == [
        ("对某某省第十二届人大第五次会议第JY100012050700号建议的答复", ["某某省工业和信息化委"])]
