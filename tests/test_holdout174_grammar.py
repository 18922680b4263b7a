"""The document grammar on layouts of the hundred-and-seventy-fourth held-out
set's kind (issue #11): market supervision, emergency management and fire
notices of cities and counties (烟花爆竹 retail licences, 防汛 responses, drill
通告) as portals and mirrors store them, some cut short by the store. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice the store cut right under a heading whose own text it lost ('三、办理流程', a 办事指南's label too).
CUT_UNDER_HEADING = ["某某县应急管理局", "关于办理2026年春节期间烟花爆竹零售许可证的通知",
                     "为做好烟花爆竹经营安全监管工作，现就有关事项通知如下：", "一、经营有效期限",
                     "本次核发的许可证有效期为2026年2月4日至2026年3月3日。", "二、经营许可条件",
                     "1.符合经营布点规划；", "2.主要负责人经过安全培训合格。", "三、办理流程"]
# The next document: its title, organ and 关于 on the first line, over two lines.
NEXT_TITLED = ["某某区应急管理局关于办理2026年春节期间", "烟花爆竹经营许可证的通告",
               "依据《烟花爆竹安全管理条例》，现就有关事宜通告如下：", "一、零售点需符合布点规划。",
               "二、经营者需年满18周岁。", "某某区应急管理局", "2026年1月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_a_heading_a_cut_text_ends_on_opens_the_next_document(columns):
    """GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种 is a document's title.
    A text the store cut under a division heading ('三、办理流程', worded as
    a 办事指南's label is) ends there; the line under it that opens on an
    organ and 关于 and goes on over the next line to a 文种 is the next
    document's title, not the value a guide prints under its label."""
    docs = _documents(CUT_UNDER_HEADING + NEXT_TITLED, columns)
    assert [d.title for d in docs] == ["某某县应急管理局关于办理2026年春节期间烟花爆竹零售许可证的通知",
                                       "某某区应急管理局关于办理2026年春节期间烟花爆竹经营许可证的通告"]
    assert docs[1].issuers == ["某某区应急管理局"]


# The next document titled with its organ left out (GB/T 9704 7.3.1), opening on 关于 itself.
NEXT_ABOUT = ["关于申报2026年度消防安全重点单位的公告",
              "依照《中华人民共和国消防法》等规定，现将2026年度消防安全重点单位申报有关事项公告如下：",
              "一、符合界定标准的单位，请填写申报表。", "某某区消防救援大队", "2026年1月5日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_opening_on_about_under_a_heading_a_cut_text_ends_on_opens_the_next_document(columns):
    """The same with the next title's organ left out: a line that opens on
    关于 and ends on a 文种 is no value a guide prints under its label
    either, but the next document's title."""
    docs = _documents(CUT_UNDER_HEADING + NEXT_ABOUT, columns)
    assert [d.title for d in docs] == ["某某县应急管理局关于办理2026年春节期间烟花爆竹零售许可证的通知", NEXT_ABOUT[0]]
    assert docs[1].issuers == ["某某区消防救援大队"]


# A 办事指南 whose label '办理流程' stands alone over its value, then the next element: one guide.
GUIDE = ["某某县烟花爆竹经营许可办事指南", "设定依据", "《烟花爆竹安全管理条例》", "办理流程",
         "申请人向县政务服务中心窗口提交材料", "办理时限", "5个工作日", "咨询电话", "0351-1234567"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_guides_value_under_its_label_stays_the_guides(columns):
    """Control: a value under a guide's label alone (a place, a step, a time)
    opens on no organ and 关于: it is the guide's, and the guide one
    document."""
    docs = _documents(GUIDE, columns)
    assert [d.title for d in docs] == ["某某县烟花爆竹经营许可办事指南"]


# A 通告 whose page ran its list's first item into the lead after the colon (an ASCII one and a space, as the
# page stores it), the rest a paragraph each.
FIRST_ITEM_RUN_IN = ["某某区应急管理局关于办理烟花爆竹经营许可证的通告",
                     "依据《烟花爆竹安全管理条例》等规定，结合我区实际，现就有关事宜通告如下: 1.符合我区零售经营布点规划；",
                     "2.经营者需年满18周岁，具备完全民事行为能力；", "3.零售场所面积不小于10平方米。",
                     "某某区应急管理局", "2026年1月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lists_first_item_run_into_its_lead_is_the_lists_first_item(columns):
    """Numbering grammar: a list's items count on by one from the lead that
    announces them in a colon. Where the page ran item 1 on after the lead's
    colon and a space ('…通告如下: 1.符合…') and item 2 opens the next paragraph, item
    1 is the list's first item, a paragraph of its own; the lead stays."""
    doc, = _documents(FIRST_ITEM_RUN_IN, columns)
    items = [(b.label, b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [label for label, _ in items] == ["1.", "2.", "3."]
    assert items[0][1].startswith("符合我区零售经营布点规划")


# Controls: a list run into its sentence whole, and an 附件 mark with its first annex on its line.
RUN_IN_LIST = ["某某县人民政府关于召开全县安全生产工作会议的通知", "各乡镇人民政府：",
               "经县政府同意，定于3月5日召开会议。会议议程为：（一）传达上级会议精神；（二）通报安全生产形势；",
               "（三）县领导讲话。", "某某县人民政府", "2021年3月1日"]
ANNEXED = ["某某县应急管理局关于公布烟花爆竹零售点名单的通知", "各乡镇应急办：",
           "现将2026年烟花爆竹零售点名单公布如下，请加强监管。", "附件：1.城区零售点名单", "2.乡镇零售点名单",
           "某某县应急管理局", "2026年1月5日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_run_in_whole_and_an_annex_list_stay_as_they_are(columns):
    """Controls: a sentence that runs its list in whole ('议程为：（一）…；
    （二）…；' / '（三）…') keeps its items in its text, and an 附件 mark with
    its first annex after the colon ('附件：1.…' / '2.…') is the annex list,
    no lead of numbered items."""
    doc, = _documents(RUN_IN_LIST, columns)
    assert not [b for part in doc.parts for b in part.blocks if isinstance(b, Provision) and b.label.startswith("（一")]
    doc, = _documents(ANNEXED, columns)
    assert not [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A 通报 whose page sets its 附件说明 on one line and the organ and the date on one line under it.
CLOSE_ON_ONE_LINE = ["某某市市场监督管理局关于2020年度头盔产品质量监督抽查结果的通报", "各区市场监督管理局：",
                     "2020年10月，我局对全市销售的头盔产品进行了监督抽查，合格率为100%。特此通报。",
                     "附件:1.某某市2020年度头盔产品质量监督抽查结果 2.某某市2020年度头盔产品风险监测结果",
                     "某某市市场监督管理局 2020年12月7日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 26])
def test_an_organ_and_its_date_on_one_line_wrapped_close_the_text(columns):
    """GB/T 9704 7.3.5: the 署名 and the 成文日期 close a text. A page that
    prints them on one line ('某某市市场监督管理局 2020年12月7日'), the wrap
    cutting the date ('…管理局 2020年12月7' / '日'), still closes the text
    with them: the line is whole again, the name and the date each read,
    though it stands under a 附件说明 that runs on from its own wrap."""
    doc, = _documents(CLOSE_ON_ONE_LINE, columns)
    assert doc.date == "2020-12-07"
    assert doc.issuers == ["某某市市场监督管理局"]


# Control: a sentence naming an organ and a date the wrap cut, the sentence going on after the date.
SENTENCE_NAMING = ["某某市市场监督管理局关于公布抽查结果的通报", "各区市场监督管理局：",
                   "本次抽查方案经某某市市场监督管理局 2020年12月7日局务会议审议通过，现予通报。",
                   "某某市市场监督管理局", "2020年12月20日"]


@pytest.mark.parametrize("columns", [None, 16, 26])
def test_an_organ_and_a_date_inside_a_sentence_stay_the_sentences(columns):
    """Control: an organ and a date a sentence names ('…经某某市市场监督管理局
    2020年12月7日局务会议审议通过') go on into the sentence after the date: no
    close; the text's own close dates it."""
    doc, = _documents(SENTENCE_NAMING, columns)
    assert doc.date == "2020-12-20"
    body = [b.text for part in doc.parts for b in part.blocks if getattr(b, "role", "") == "body"]
    assert any("局务会议审议通过" in text and "本次抽查方案" in text for text in body)


# ---------------------------------------------------------------- an 附件 list run into one line

@pytest.mark.parametrize("sep", [" ", ""])
@pytest.mark.parametrize("columns", [None, 26])
def test_an_annex_list_run_into_one_line_is_parted_by_its_count(sep, columns):
    """GB/T 9704 7.3.4: the 附件说明 numbers its annexes in turn ('附件：1.…'
    '2.…'). A page may run them into one line, the space between them kept or
    lost ('…抽查结果2.某某市…'): each annex ends where the next number in turn
    opens, so the document lists two annexes, neither holding the other's
    number; a figure that opens a name ('1.2018年…') is no item's count."""
    first, second = "某某市2020年度头盔产品质量监督抽查结果", "某某市2020年度电动自行车头盔风险监测结果"
    text = ["某某市市场监督管理局关于头盔产品质量监督抽查结果的通报", "各辖市、区市场监督管理局：",
            "2020年10月，我局按照市级监督抽查计划，对头盔产品质量进行了监督抽查。特此通报。",
            f"附件：1.{first}{sep}2.{second}", "某某市市场监督管理局", "2020年12月7日"]
    docs = _documents(text, columns)
    assert docs[0].attachments == [first, second]


def test_a_year_that_opens_an_annex_name_is_no_count():
    """A name that opens on its year keeps it ('1.2018年…表'), the space
    before the next number lost or not: the count in turn after a name's last
    character parts the list, the year after it stays the name's."""
    text = ["某某市财政局关于报送决算报表的通知", "各县区财政局：", "现将有关事项通知如下，请按时报送。",
            "附件：1.2018年某某决算表 2.2019年某某决算表", "某某市财政局", "2020年3月1日"]
    assert _documents(text, None)[0].attachments == ["2018年某某决算表", "2019年某某决算表"]
