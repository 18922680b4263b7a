"""The document grammar on layouts of the thirty-second held-out set's kind
(issue #11): 转发 notices and joint issuers as city and provincial portals
reprint them: the 版头's rule line over a title, two organs signing and
naming themselves on one line parted by spaces, a township's 主送 to its
villages, and a chain's layers: the 版记 under the last, the authors under a
forwarded text's title. Each case is invented text laid out as extractors
give it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- the 版头's rule line wider than the measure

FORWARD = ["某省人民政府办公厅转发国务院办公厅转发某某局关于清理规范办事机构意见的通知",
           "各市人民政府,省政府各部门:",
           "现将《国务院办公厅转发某某局关于清理规范办事机构意见的通知》转发给你们,请一并贯彻执行。",
           "某省人民政府办公厅", "2015年4月3日"]


@pytest.mark.parametrize("rule", ["━" * 27, "＝" * 28])
@pytest.mark.parametrize("columns", [None, 26])
def test_a_rule_line_the_measure_wrapped_is_furniture_whole(rule, columns):
    """GB/T 9704 7.2.4: the 版头's 分隔线 under the 发文字号 is drawn, not
    written; a page that prints it as a row of rule characters wider than the
    measure wraps it, and the few characters the wrap carries over are the
    same line's end, no text: the 发文字号 above stays the title's."""
    lines = [NOTICE[0], *NOTICE[1:], "某府办〔2015〕22号"]
    if columns:
        lines += [rule, *FORWARD]
    else:  # the wrap as an extractor gives it
        lines += [rule[:26], rule[26:], *FORWARD]
    docs = _documents(lines, columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARD[0]]
    assert docs[1].doc_number == "某府办〔2015〕22号"
    assert docs[1].issuers == ["某省人民政府办公厅"]


def test_a_dash_alone_under_a_sentence_stays_text():
    """Only a rule's wrapped end is furniture: a dash alone on a line that
    follows no rule (a table's empty cell printed one a line) is kept."""
    docs = _documents([*NOTICE[:3], "—", *NOTICE[3:]], None)
    assert "—" in [b.text for p in docs[0].parts for b in p.blocks if hasattr(b, "text")]


# ---------------------------------------------------------------- joint issuers under a wrapped heading

HEADED = ["某某市财政局 某某市农业农村局关于印发某某市农业发展资金管理暂行规定的通知",
          "各县(市、区)财政局、农业农村主管部门:",
          "现将《某某市农业发展资金管理暂行规定》印发给你们,请遵照执行。",
          "某某市财政局     某某市农业农村局", "2019年6月10日",
          "某某市农业发展资金管理暂行规定",
          "一、为规范市级农业发展专项资金的分配和管理,制定本暂行规定。",
          "二、财政、农业农村主管部门分别履行下列管理职责"]
JOINT = ["某某市财政局 某某市卫生健康委员会关于 预下达2020年基本公共卫生服务 市级补助资金的通知",
         "财政局、卫生健康委(局),市级相关单位:",
         "根据年初预算,现预下达你区2020年基本公共卫生服务市级补助资金。请加强资金管理,确保专款专用。",
         "某某市财政局           某某市卫生健康委员会", "2020年2月26日"]


@pytest.mark.parametrize("columns", [None, 18, 19, 20, 21, 22, 26])
def test_joint_issuers_before_about_start_on_a_line_of_their_own(columns):
    """GB/T 9704 7.2.5: joint issuers stand before 关于, parted by spaces,
    the measure wrapping them anywhere; the title that names them begins on
    a line of its own. The last words of a heading the measure wrapped
    ('…分别履行下' / '列管理职责') end that heading: they are no first
    organ's name, though they run into the names under them."""
    docs = _documents(HEADED + JOINT, columns)
    assert [d.title for d in docs] == [HEADED[0].replace(" ", ""), JOINT[0].replace(" ", "")]
    assert docs[1].issuers == ["某某市财政局", "某某市卫生健康委员会"]
    assert docs[0].issuers == ["某某市财政局", "某某市农业农村局"]


# ---------------------------------------------------------------- a 主送 to the villages, without its colon

VILLAGES = ["某某区农业农村局 某某区财政局", "关于印发《某某区农业机械购置补贴实施方案》的通知", "街道办事处、各村",
            "为贯彻落实好国家农机购置补贴政策,结合我区实际,制定了《某某区农业机械购置补贴实施方案》,现予印发,请遵照执行。",
            "某某区农业农村局    某某区财政局", "2021年9月7日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["街道办事处、各村", "各镇、各村", "各村（社区）"])
def test_the_villages_are_addressed_as_organs_are(addressees, columns):
    """GB/T 9704 7.3.2: the 主送 names the organs a notice goes to, here a
    district's or township's villages (村民委员会, 村民委员会组织法 第二条) by
    their level as the towns are ('各镇'), though the page lost its colon:
    '街道办事处、各村' over the body is the 主送, not the body's first line."""
    docs = _documents(NOTICE + [*VILLAGES[:2], addressees, *VILLAGES[3:]], columns)
    assert docs[1].addressees == addressees
    assert docs[1].issuers == ["某某区农业农村局", "某某区财政局"]


# ---------------------------------------------------------------- the 版记 of a 转发 chain

CHAIN = ["某某县人民政府办公室转发市人民政府办公室转发省财政厅关于加强专项资金管理意见的通知",
         "某政办发〔2016〕12号", "各乡镇人民政府,县政府各部门:",
         "现将《某某市人民政府办公室转发省财政厅关于加强专项资金管理意见的通知》(某市政办发〔2016〕30号)转发给你们,"
         "请认真贯彻执行。",
         "某某县人民政府办公室", "2016年5月10日",
         "某某市人民政府办公室转发省财政厅关于加强专项资金管理意见的通知",
         "某市政办发〔2016〕30号", "各县(区)人民政府,市政府各部门:",
         "省财政厅《关于加强专项资金管理的意见》已经市人民政府同意,现转发给你们,请认真贯彻执行。",
         "某某市人民政府办公室", "2016年4月20日",
         "关于加强专项资金管理的意见",
         "为加强专项资金管理,提出如下意见:",
         "一、严格资金分配。专项资金按因素法分配。",
         "二、强化绩效管理。资金使用情况纳入绩效评价。",
         "抄送:县委办公室,县人大常委会办公室,县政协办公室。",
         "某某县人民政府办公室 2016年5月10日印发"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_print_record_after_the_forwarded_texts_is_the_notice_s(columns):
    """GB/T 9704 7.4, 8: the 版记 (抄送, 印发机关 and 印发日期) ends the
    公文 on its last page, after every text it issues or forwards and its
    附件: printed under the innermost layer of a 转发 chain, it is the
    outermost notice's 抄送, whose layers each keep their own frame."""
    docs = _documents(CHAIN + NOTICE, columns)
    assert [d.title for d in docs] == [CHAIN[0], NOTICE[0]]
    chain = docs[0]
    assert chain.cc == "县委办公室,县人大常委会办公室,县政协办公室。".replace(",", "，")
    assert [(p.doc_number, p.issuers, p.date) for p in chain.parts[1:]] == [
        ("某市政办发〔2016〕30号", ["某某市人民政府办公室"], "2016-04-20"), (None, [], None)]
    assert (chain.doc_number, chain.issuers, chain.date) == ("某政办发〔2016〕12号", ["某某县人民政府办公室"], "2016-05-10")
    assert docs[1].cc is None


# ---------------------------------------------------------------- a forwarded text's authors under its title

AUTHORED = ["某某市人民政府办公室转发市财政局 市审计局关于加强专项资金管理意见的通知",
            "各县(区)人民政府,市政府各部门:",
            "市财政局、市审计局《关于加强专项资金管理的意见》已经市人民政府同意,现转发给你们,请认真贯彻执行。",
            "某某市人民政府办公室", "2016年4月20日",
            "关于加强专项资金管理的意见"]
BODY = ["为加强专项资金管理,提出如下意见:", "一、严格资金分配。专项资金按因素法分配。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("authors", ["市财政局", "市财政局 市审计局"])
def test_the_authors_under_a_forwarded_text_s_title_are_a_line_of_their_own(authors, columns):
    """GB/T 9704 7.3.5.2 sets a text's authors on a line of their own; a
    forwarded or issued text prints them under its title ('关于…的意见' /
    '市财政局 市审计局'), its body under them: the names alone on a line
    that does not fill the measure are no words of the body's first
    sentence."""
    docs = _documents(AUTHORED + [authors] + BODY, columns)
    forwarded = docs[0].parts[1]
    texts = [b.text for b in forwarded.blocks if hasattr(b, "text")]
    assert texts[0].replace(" ", "") == authors.replace(" ", "")
    assert texts[1].startswith("为加强专项资金管理")
    assert forwarded.issuers == authors.split()


@pytest.mark.parametrize("columns", [None, 22, 26, 30])
def test_authors_printed_over_two_lines_are_all_the_forwarded_text_s(columns):
    """Joint authors under a forwarded title run over as many lines as they
    need, two or three a line, as a joint signature does (GB/T 9704 7.3.5.2):
    every name of the lines above the body is the text's."""
    authors = ["市发展改革委 市财政局 市交通运输局", "市商务局 市邮政管理局"]
    docs = _documents(AUTHORED + authors + BODY, columns)
    assert docs[0].parts[1].issuers == ["市发展改革委", "市财政局", "市交通运输局", "市商务局", "市邮政管理局"]
    assert docs[0].issuers == ["某某市人民政府办公室"]


# ---------------------------------------------------------------- joint issuers' line over 关于, wrapped

JOINT_OFFICES = ["中共某某县委办公室 某某县人民政府办公室", "关于转发《某某市乡村振兴促进条例实施方案》的通知",
                 "某办发〔2019〕8号", "各乡镇党委、人民政府,县直各单位:",
                 "现将《某某市乡村振兴促进条例实施方案》转发给你们,请结合实际认真贯彻落实。",
                 "中共某某县委办公室          某某县人民政府办公室", "2019年5月6日"]


@pytest.mark.parametrize("columns", [None, 18, 19, 20, 22, 26])
def test_joint_issuers_over_about_wrapped_by_the_measure_are_the_title_s(columns):
    """GB/T 9704 7.2.5: the Party committee's and the government's offices
    issuing jointly stand on a line over '关于…', parted by a space; a narrow
    measure carries the last name's end to a line of its own ('…某某县人民政府办'
    / '公室' / '关于…'): the names the lines hold together are the title's
    first words still, not the end of the text above."""
    docs = _documents(NOTICE + JOINT_OFFICES, columns)
    assert [d.title for d in docs] == [NOTICE[0], "中共某某县委办公室某某县人民政府办公室关于转发《某某市乡村振兴促进条例实施方案》的通知"]
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室"]


# ---------------------------------------------------------------- a forwarded 公文 printed as the notice's 附件

ANNEXED = ["某某县财政局关于转发《某某省财政厅 某某省教育厅关于下达2020年义务教育补助资金的通知》的通知",
           "某财教〔2020〕5号", "各乡镇中心学校:",
           "现将《某某省财政厅 某某省教育厅关于下达2020年义务教育补助资金的通知》(某财教〔2020〕12号)转发给你们,请遵照执行。",
           "附件:某某省财政厅 某某省教育厅关于下达2020年义务教育补助资金的通知",
           "某某县财政局", "2020年3月10日", "附件",
           "某某省财政厅 某某省教育厅关于下达2020年义务教育补助资金的通知",
           "某财教〔2020〕12号", "各市、县财政局、教育局:", "现下达2020年义务教育补助资金,请加强资金管理,确保专款专用。",
           "某某省财政厅 某某省教育厅", "2020年2月20日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_forwarded_document_printed_as_the_annex_keeps_its_frame(columns):
    """A 转发 notice may attach the 公文 it forwards as its 附件, reproduced
    whole (GB/T 9704 8: the 附件 follows the notice; the forwarded text keeps
    its own 发文字号 under its title, its signature and 成文日期): that 附件 is
    a layer of the chain, with its own number, issuers and date, as one
    printed without the 附件 mark is. An 附件 with no 发文字号 of its own (a
    办法, a form) stays frameless."""
    docs = _documents(ANNEXED + NOTICE, columns)
    assert [d.title for d in docs] == [ANNEXED[0].replace(" ", ""), NOTICE[0]]
    annex = docs[0].parts[1]
    assert annex.label == "附件"
    assert (annex.doc_number, annex.issuers, annex.date) == ("某财教〔2020〕12号", ["某某省财政厅", "某某省教育厅"],
                                                            "2020-02-20")
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == ("某财教〔2020〕5号", ["某某县财政局"], "2020-03-10")
