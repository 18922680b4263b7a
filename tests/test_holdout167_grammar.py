"""The document grammar on layouts of the hundred-and-sixty-seventh held-out
set's kind (issue #11): decisions and notices that clear normative documents
(规范性文件清理: 废止, 宣布失效, 继续有效, 修改), their lists of documents
printed as numbered entries, each a document's title with its 发文字号 in
brackets after it. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

DECISION = ["某某县人民政府关于公布规范性文件清理结果的决定", "某政发〔2021〕5号", "各乡镇人民政府，县政府各部门：",
            "为维护法制统一，县人民政府对现行有效的规范性文件进行了全面清理。现将清理结果公布如下：",
            "一、《某某县人民政府关于加强耕地保护的通知》等2件规范性文件继续有效。",
            "二、《某某县人民政府关于做好秋粮收购工作的通知》等2件规范性文件予以废止。",
            "附件：1.继续有效的规范性文件目录", "2.废止的规范性文件目录", "某某县人民政府", "2021年6月1日",
            "附件1", "继续有效的规范性文件目录",
            "1.某某县人民政府关于加强耕地保护的通知（某政发〔2015〕3号）",
            "2.某某县人民政府办公室关于印发某某县农村公路养护管理办法的通知（某政办发〔2016〕12号）",
            "附件2", "废止的规范性文件目录",
            "1.某某县人民政府关于做好秋粮收购工作的通知（某政发〔2010〕8号）",
            "2.某某县人民政府办公室关于开展安全生产大检查的通知（某政办发〔2012〕21号）"]
LISTED = ["某某县人民政府关于废止部分规范性文件的通知", "各乡镇人民政府，县直各单位：",
          "经县政府研究，决定废止下列规范性文件：",
          "一、关于加强农村宅基地管理的通知（某政〔2008〕1号）",
          "二、关于印发某某县城市管理办法的通知（某政〔2009〕7号）",
          "三、关于做好征兵工作的通知（某政办〔2011〕9号）",
          "特此通知。", "某某县人民政府", "2012年5月2日"]
# Control: a title wrapped over two lines with its 发文字号 in brackets after its kind word, under the text above.
TITLED = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
          "某某县人民政府", "2021年3月1日",
          "某某县人民政府办公室关于印发某某县农村公路养护管理办法的通知（某政办发〔2016〕12号）",
          "各乡镇人民政府：", "现将《某某县农村公路养护管理办法》印发给你们，请认真贯彻执行。",
          "某某县人民政府办公室", "2016年4月1日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_numbered_entry_of_a_list_of_documents_is_no_title_with_its_number(columns):
    """GB/T 9704 7.3.1: a 标题 carries no 层次序数; a line that opens on a
    numbering label ('1.', '三、') and names a document by its title with its
    发文字号 in brackets after the kind word is an entry of a list of
    documents (a 清理 decision's 目录), wrapped or not: no document's title
    over its number, so no new document opens on its tail, and the number
    is no 发文字号 of the decision that lists it."""
    docs = _documents(DECISION, columns)
    assert [d.title for d in docs] == ["某某县人民政府关于公布规范性文件清理结果的决定"]
    doc, = docs
    assert doc.doc_number == "某政发〔2021〕5号" and doc.date == "2021-06-01"
    entries = [(p.title, [b.label for b in p.blocks if isinstance(b, Provision)]) for p in doc.parts[1:]]
    assert entries == [("继续有效的规范性文件目录", ["1.", "2."]), ("废止的规范性文件目录", ["1.", "2."])]
    listed = [b for b in doc.parts[1].blocks if isinstance(b, Provision)]
    assert "".join((listed[1].heading or "") + listed[1].text) \
        == "某某县人民政府办公室关于印发某某县农村公路养护管理办法的通知（某政办发〔2016〕12号）"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_entries_numbered_in_chinese_keep_their_numbers_in_the_body(columns):
    """The same for entries numbered 一、 in the body of the text: each entry
    whole, its number in it, and the notice has no 发文字号 from its last
    entry."""
    doc, = _documents(LISTED, columns)
    assert doc.doc_number is None
    items = [(b.label, (b.heading or "") + b.text) for b in doc.provisions]
    assert items[2] == ("三、", "关于做好征兵工作的通知（某政办〔2011〕9号）")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_its_number_in_brackets_still_opens_a_document(columns):
    """Control: a title that opens on its organ, wrapped or not, its number in
    brackets after its kind word, under a finished text, is a document's
    title over its 发文字号."""
    docs = _documents(TITLED, columns)
    assert [d.title for d in docs][1] == "某某县人民政府办公室关于印发某某县农村公路养护管理办法的通知"
    assert docs[1].doc_number == "某政办发〔2016〕12号"
