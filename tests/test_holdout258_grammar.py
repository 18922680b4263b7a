"""The document grammar on layouts of the two-hundred-and-fifty-eighth held-out
set's kind (issue #11): texts on guaranteeing migrant workers' wage payment
(保障农民工工资支付, 根治欠薪) of city and county bodies (a 实施意见, notices
issuing a 工作方案 and a 考核办法, a 催缴 notice on 工资保障金), as portals
store them and as a city gazette prints them under a 目录 of its sections with
no pages. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

from builder.convert import convert_text

# A city gazette's issue whose 目录 lists its documents under its sections and prints no page (a web page's list of
# the issue): the first document's title is broken after its 关于, its first line as short as a section's name, and
# the second document's preamble cites the province's 实施意见 by name, '《关于全面治理…问题的实施意见》'.
MAST = ["某某市人民政府公报", "2018年第1号", "2018年3月23日", "目　　录"]
OPINION = ["某某市人民政府办公厅关于", "全面治理拖欠农民工工资问题的实施意见", "（某政办发〔2016〕109号）",
           "各县（市）区人民政府，市政府各部门：",
           "为切实维护农民工合法权益，经市政府同意，现提出如下实施意见：",
           "一、总体要求", "到2020年，拖欠农民工工资问题得到根本遏制。"]
NOTICE = ["某某县人民政府办公室关于印发某某县解决拖欠农民工工资联合办公工作方案的通知",
          "各镇人民政府，县人民政府各有关部门：",
          "按照省政府办公厅《关于全面治理拖欠农民工工资问题的实施意见》要求，现将工作方案印发给你们，请认真贯彻执行。",
          "某某县人民政府办公室", "2017年3月29日"]


def _issue(notice: list[str]) -> list[str]:
    contents = ["市政府文件", OPINION[0] + OPINION[1], "县政府文件", notice[0]]
    return MAST + contents + [""] + OPINION + notice


def test_a_name_cited_below_is_no_contents_title_printed_again():
    """A 目录 with no pages ends above the first document's title, known as
    its entries' titles are each printed again over their documents. A title
    broken after its 关于 reads as a short heading over a line ending in its
    文种; that line is printed nowhere else, only as the tail of a longer
    name the next document cites ('《关于全面治理…的实施意见》'), and words
    that end another name are no title printed again (GB/T 9704-2012 7.3.1:
    a 标题 is a whole name). So the 目录 ends over the first title and the
    实施意见 is a document, whole."""
    docs = convert_text("\n".join(_issue(NOTICE)) + "\n", "issue.txt", "issue").documents
    assert [d.title for d in docs] == [OPINION[0] + OPINION[1], NOTICE[0]]
    assert docs[0].doc_number == "某政办发〔2016〕109号"
    assert docs[0].addressees == "各县（市）区人民政府，市政府各部门"


def test_a_contents_title_printed_again_as_a_title_still_closes_the_contents():
    """The control: the same issue whose second document prints no citation
    reads the same, and an entry printed below both as a cited name and as a
    title (a notice citing the 办法 it issues, '《某某县…考核办法》', then the
    办法 under it) is still printed again."""
    plain = NOTICE[:2] + ["现将工作方案印发给你们，请认真贯彻执行。"] + NOTICE[3:]
    docs = convert_text("\n".join(_issue(plain)) + "\n", "issue.txt", "issue").documents
    assert [d.title for d in docs] == [OPINION[0] + OPINION[1], NOTICE[0]]
    rules = ["某某县保障农民工工资支付工作考核办法", "第一条 为落实保障农民工工资支付工作监管责任，制定本办法。",
             "第二条 本办法适用于各乡镇的年度考核。"]
    issuing = ["某某县人民政府办公室关于印发某某县保障农民工工资支付工作考核办法的通知", "各乡镇人民政府：",
               "现将《某某县保障农民工工资支付工作考核办法》印发给你们，请认真遵照执行。",
               "某某县人民政府办公室", "2018年3月23日"]
    text = MAST + ["县政府文件", issuing[0], "部门文件", rules[0], ""] + issuing + rules
    docs = convert_text("\n".join(text) + "\n", "issue.txt", "issue").documents
    assert docs[0].title == issuing[0]
    assert docs[0].addressees == "各乡镇人民政府"


def test_a_whole_name_cited_by_an_order_is_its_title_printed_again():
    """The control: a 令 names the rule it promulgates whole in its 书名号
    ('《…的决定》已经…通过'), all the issue prints of the rule's title over
    its text; that 目录 entry is printed again, and the 目录 with no pages
    still ends above the first document."""
    order = ["《某某市人民政府关于修改部分市政府规章的决定》已经2010年11月8日市人民政府第27次常务会议通过，现予公布。",
             "市长：某某某", "二○一○年十一月十七日"]
    text = MAST + ["市政府文件", OPINION[0] + OPINION[1], "其他", "某某市人民政府关于修改部分市政府规章的决定", ""] \
        + OPINION + order
    docs = convert_text("\n".join(text) + "\n", "issue.txt", "issue").documents
    assert docs[0].title == OPINION[0] + OPINION[1]
    assert docs[0].doc_number == "某政办发〔2016〕109号"
