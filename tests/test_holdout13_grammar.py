"""The document grammar on layouts of the thirteenth held-out set's kind
(issue #11): rules of GB/T 9704, of numbering and of extractors' layout the
converter must read whatever gazette or web page the text comes from. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)
from tests.test_holdout10_grammar import _issue  # (a printed issue with its 目录)

WIDTHS = [None, 18, 26]

# A notice issuing rules, printed without its signature (as many web pages give it) and cut short inside the text.
ISSUING = ["临江市人民政府关于印发《临江市人民政府常务会议议事规则》的通知", "临政发〔2012〕9号",
           "各县、区人民政府，市政府各部门：", "《临江市人民政府常务会议议事规则》已经市政府常务会议通过，现印发给你们。",
           "二○一二年三月五日", "临江市人民政府常务会议议事规则", "第一章　总　则",
           "第一条　为提高市政府常务会议决策质量，制定本规则。", "第二条　市政府常务会议由市长召集和主持。"]


# ---------------------------------------------------------------- a 公文 after a finished text

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title, first", [
    (["2023年第五次常务会议确定事项落实情况的通报"], "近期，县政府督查室对确定事项落实情况开展了督查，现通报如下。"),
    (["落实市人民政府与某集团合作", "协议协调会议纪要"], "5月6日，副市长主持召开协调会议。现纪要如下："),
])
def test_a_document_kind_after_a_finished_text_opens_the_next_document(title, first, columns):
    """A title that ends in one of the 15 文种 of the 党政机关公文处理工作条例
    (a 通报, a 纪要), printed after a line that ends a sentence and named by
    nothing the document above issues, is the next document, though no
    发文字号, 主送 or date frames it (a 纪要 has no 主送; a web page drops the
    rest): a text never ends on the name of a 公文. Its words are not taken
    into the rules the notice above issues."""
    docs = _documents(ISSUING + title + [first, "一、总体情况", "会议确定事项12件，已办结6件。"], columns)
    assert [d.title for d in docs] == [ISSUING[0], "".join(title)]
    assert [p.title for p in docs[0].parts[1:]] == ["临江市人民政府常务会议议事规则"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_list_a_text_ends_with_stays_in_that_text(columns):
    """A text's own list printed under a title of its own ('…成员名单') is no
    公文: it stays in the text it closes."""
    docs = _documents(ISSUING + ["第三条　联席会议成员名单附后。", "临江市人民政府常务会议成员名单",
                                 "市　长：张某", "副市长：李某"], columns)
    assert [d.title for d in docs] == [ISSUING[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_report_of_a_task_done_is_a_document_of_its_own(columns):
    """'…完成情况说明' over two lines, beginning with its year: a 说明 is a
    text a body delivers on its own, titled so whatever opens it; after a
    finished text it is the next document, and alone in its file it is the
    file's document (its date under it)."""
    title = ["2023年人大建议、政协提案办理工作", "完成情况说明"]
    body = ["根据市政府办公室的通知要求，我局承办的建议、提案已全部办理完毕。", "2023年11月5日"]
    alone, = _documents(title + body, columns)
    assert (alone.title, alone.kind, alone.date) == ("".join(title), "说明", "2023-11-05")
    docs = _documents(ISSUING + title + body, columns)
    assert [d.title for d in docs] == [ISSUING[0], "".join(title)]
    assert docs[0].date == "2012-03-05"


# ---------------------------------------------------------------- a table's header row

@pytest.mark.parametrize("columns", [None, 40])
def test_a_table_header_row_on_one_line_is_no_title(columns):
    """A table set out one row a line, its column labels parted by spaces
    ('序号 文件名称 发布机关及文号 说明'): its last label ends as a 文种 does,
    but a row that opens with the rows' number is no title."""
    doc, = _documents(["临江市人民政府关于废止部分规范性文件的决定", "临政发〔2012〕3号",
                       "经清理，市政府决定废止12件规范性文件（目录见附件）。", "临江市人民政府", "2012年5月4日",
                       "附件", "临江市人民政府决定废止的规范性文件目录",
                       "序号 文件名称 发布机关及文号 说明", "1 关于加强城区市场管理的通知 临政发〔2000〕5号 已被新规定替代"],
                      columns)
    assert [p.title for p in doc.parts[1:]] == ["临江市人民政府决定废止的规范性文件目录"]


# ---------------------------------------------------------------- the marks of the 版头

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["类别：C类", "类别:A类", "签发人：张某", "特急"])
def test_the_addressee_under_a_mark_of_the_head(mark, columns):
    """GB/T 9704 prints the marks of the 版头 (紧急程度, 签发人) by the
    发文字号, and a reply to a 提案 its 类别: the 主送 under such a mark is
    read, a member of the 政协 as well as an organ, and the mark is no
    paragraph of the body."""
    doc, = _documents(["临江市民政局关于市政协五届四次会议第204号提案答复的函", "临民函〔2020〕28号", mark, "王某委员：",
                       "您提出的《关于加快养老服务设施建设的建议》收悉，现答复如下：",
                       "我局将会同有关部门加快推进养老服务设施建设。", "领导署名：吴某", "联 系 人：周某",
                       "临江市民政局", "2020年7月6日"], columns)
    assert (doc.addressees, doc.issuers, doc.date) == ("王某委员", ["临江市民政局"], "2020-07-06")
    marks = [b for b in doc.parts[0].blocks if getattr(b, "text", "") == mark]
    assert [b.role for b in marks] == ["note"]


# ---------------------------------------------------------------- an 附件 whose title runs into its mark

DECISION = ["临江市人民政府关于废止部分规范性文件的决定", "临政发〔2012〕3号", "各县、区人民政府，市政府各部门：",
            "经清理，市政府决定废止12件规范性文件（目录见附件1）。", "临江市人民政府", "2012年5月4日"]


@pytest.mark.parametrize("columns", [None, 18, 40])
def test_an_annex_title_run_into_its_mark_after_the_date_is_an_annex(columns):
    """After the 成文日期, where GB/T 9704 puts the 附件, '附件1：XX目录' with
    the annex's text under it is the annex: its title, its mark, and its
    rows are its own, not the decision's."""
    doc, = _documents(DECISION + ["附件1：临江市人民政府决定废止的规范性文件目录（12件）",
                                  "序号 文件名称 发布机关及文号 说明",
                                  "1 关于加强城区市场管理的通知 临政发〔2000〕5号 已被新规定替代"], columns)
    annex = doc.parts[1]
    assert (annex.label, annex.title) == ("附件1", "临江市人民政府决定废止的规范性文件目录（12件）")
    assert "临政发〔2000〕5号" not in "".join(getattr(b, "text", "") for b in doc.parts[0].blocks)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_texts_annex_list_over_its_annexes_is_no_annex(columns):
    """An issued text's 附件说明 ('附件：XX名单', then '附件' and the annex
    itself) stays a line of that text: the annex is printed under it."""
    doc, = _documents(["临江市人民政府关于印发临江市资产管理委员会会议制度的通知", "临政发〔2020〕7号",
                       "各县、区人民政府，市政府各部门：", "现将《临江市资产管理委员会会议制度》印发给你们，请认真执行。",
                       "临江市人民政府", "2020年4月3日", "临江市资产管理委员会会议制度",
                       "一、委员会会议由主任召集。", "附件：临江市资产管理委员会会议组成人员名单", "附件",
                       "临江市资产管理委员会会议组成人员名单", "主　任：张某", "副主任：李某"], columns)
    assert [p.title for p in doc.parts[1:]] == ["临江市资产管理委员会会议制度", "临江市资产管理委员会会议组成人员名单"]


# ---------------------------------------------------------------- a word cut by the wrap, in traditional characters

def test_a_word_the_wrap_cut_in_traditional_characters_joins_its_line():
    """A traditional text read with the dictionary of the simplified script:
    '…維護法制統' over '一，推進依法行政…' cuts 統一, so '一，' is the rest of
    the word, no label of a new item, and the sentence goes on."""
    doc, = _documents(["周口市人民政府關於印發周口市規範性文件管理規定的通知", "周政〔2011〕53號",
                       "各縣（市、區）人民政府，市人民政府各部門：", "為了加強對規範性文件的監督和管理，維護法制統",
                       "一，推進依法行政，制定本規定。", "周口市人民政府", "二○一一年七月二十八日"], None)
    assert "為了加強對規範性文件的監督和管理，維護法制統一，推進依法行政，制定本規定。" in \
        [getattr(b, "text", "") for b in doc.parts[0].blocks]


# ---------------------------------------------------------------- a party of the 事由 is no issuer

@pytest.mark.parametrize("title, issuers", [
    (["落实临江市人民政府与某集团合作", "备忘录协调会议纪要"], []),
    (["临江市人民政府常务会议纪要"], ["临江市人民政府"]),
])
def test_a_government_the_subject_joins_to_another_party_is_no_issuer(title, issuers):
    """A title without 关于 names its 发文机关 first ('XX市人民政府常务会议
    纪要'); a government its 事由 joins to another party ('落实XX市人民政府
    与某集团合作备忘录…') is a party of the matter, not the author."""
    doc, = _documents(title + ["5月6日，副市长主持召开会议。现纪要如下：", "一、会议同意有关事项。"], None)
    assert doc.issuers == issuers


# ---------------------------------------------------------------- a 主送 wrapped at the end of a name

@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_list_wrapped_after_a_whole_name_goes_on_to_its_colon(columns):
    """'…，市人民政府' over '各部门：': the wrap fell after a whole organ's name,
    but the line under it closes the list with its colon; one 主送."""
    lines = ["临江市人民政府办公室关于印发临江市道路设施管理暂行办法的通知", "临政办〔2011〕19号",
             "各县（区）人民政府，高新区、工业园区管委会，市人民政府", "各部门：",
             "《临江市道路设施管理暂行办法》已经市政府同意，现印发给你们。", "临江市人民政府办公室", "2011年3月30日"]
    doc, = _documents(lines, columns)
    assert doc.addressees == "各县（区）人民政府，高新区、工业园区管委会，市人民政府各部门"


# ---------------------------------------------------------------- a title that fills the measure, listed in the 目录

def test_a_title_that_fills_the_measure_is_a_title_when_the_contents_list_it():
    """A title as long as the measure, under a finished sentence, with a
    wrapped sentence under it, looks like a body line that runs on past its
    kind word; the printed 目录 that lists it as it stands says it is a title."""
    title = "二〇二三年第五次县政府常务会议确定事项落实情况的通报"  # 26 characters: the measure
    entries = [ISSUING[0] + "……1", title + "……2"]
    gazette = _issue(entries, ISSUING + [title, "近期，县政府督查室对第五次县政府常务会议确定的事项落实情况开展了督查，现通报如下。",
                                         "一、总体情况"], 26)
    assert [d.title for d in gazette.documents] == [ISSUING[0], title]
