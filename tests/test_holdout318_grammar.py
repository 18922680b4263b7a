"""The document grammar on layouts of the three-hundred-and-eighteenth
held-out set's kind (issue #11): public-toilet and 厕所革命 texts of cities,
counties and districts (a city government's 令 publishing its 公共厕所管理办法,
headed in the older form that runs the serial into the 标志, '某市人民政府第N号令';
a law mirror's 令 whose page lost the 标志's 令 and prints the regulation's
title over and under the organ; an office's 通知 on opening units' toilets and
one issuing a 户厕整改 方案) as law libraries, mirrors and disclosure sites
store them, each an excerpt the store cut mid-sentence, run together with the
next. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county government's notice, signed and dated: the text other cases run their 令 under.
FINISHED_NOTICE = ["东山县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
                   "东山县人民政府", "2021年3月1日"]
# A city government's 令 headed in the older form, its serial run into the 标志 ('…第N号令').
OLDER_ORDER = ["北山市人民政府第12号令",
               "《北山市城市公共厕所管理办法》业经2006年3月3日市人民政府第五次常务会议讨论通过，现予发布，"
               "自2006年5月1日起施行。",
               "市长：王大明", "二○○六年四月九日", "北山市城市公共厕所管理办法",
               "第一条 为加强城市公共厕所规划、建设和管理，结合本市实际，制定本办法。",
               "第二条 本办法所称公共厕所，是指供城市居民和流动人口共同使用的厕所。"]
# The same 令 headed as GB/T 9704 10.2 prints it now: the 标志, then '第N号' under it.
ORDER = ["北山市人民政府令", "第12号"] + OLDER_ORDER[1:]
# A county office's notice the store cut inside a sentence: no signature, no date, nothing closes it.
CUT_NOTICE = ["东山县人民政府办公室关于做好农村户厕问题整改工作的通知", "各乡镇人民政府，县政府有关部门：",
              "现就做好农村户厕问题整改工作通知如下：", "一、全面排查",
              "各乡镇要逐户排查户厕使用情况，对照当时技术标准进行整改；能够正常使"]
# A 令 whose page lost the 标志's 令: the regulation's title over the organ and again under it, then the 令号.
LOST_MARK = ["南岭市城市公厕管理办法", "南岭市人民政府", "南岭市城市公厕管理办法", "第1号",
             "《南岭市城市公厕管理办法》已经2017年12月7日市人民政府第13次常务会议审议通过，现予公布，"
             "自2018年4月1日起施行。",
             "市长", "2018年3月1日", "南岭市城市公厕管理办法",
             "第一条 为了加强城市公厕管理，根据有关法规，结合本市实际，制定本办法。",
             "第二条 本办法适用于本市实行城市化管理区域内公厕的规划、建设、使用和维护等活动。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [[], FINISHED_NOTICE, CUT_NOTICE])
def test_an_older_order_heading_gives_its_number(columns, above):
    """A 令 headed in the older form, the serial run into its 标志 ('北山市
    人民政府第12号令', frame.older_order_heading: the forms OLDER_ORDER_RE reads
    in a 题注), is cited by that line as printed, as a 令 headed 'XX人民政府令'
    over '第N号' is cited by the two (metadata.read_frame, fill); the line stands
    alone (GB/T 9704 10.2: the 标志, then the 令号), so the sentence under it
    opens a paragraph of its own (convert._blocks)."""
    doc = _documents(above + OLDER_ORDER, columns)[-1]
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
        "北山市城市公共厕所管理办法", "北山市人民政府第12号令", ["北山市人民政府"], "2006-04-09")
    assert [p.label for p in doc.provisions] == ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_order_headed_as_now_is_cited_as_before(columns):
    """The control: a 令 headed as GB/T 9704 10.2 prints it now, 'XX人民政府令'
    over '第N号', is cited by the two as before; a 题注's order in the older
    form ('[市政府69号令]') is no heading."""
    doc = _documents(FINISHED_NOTICE + ORDER, columns)[-1]
    assert (doc.title, doc.doc_number) == ("北山市城市公共厕所管理办法", "北山市人民政府令第12号")
    from builder.text.frame import older_order_heading
    assert older_order_heading("北山市人民政府令") is None
    assert older_order_heading("第12号") is None
    assert older_order_heading("[市政府69号令]") is None
    assert older_order_heading("依照北山市人民政府第12号令的规定") is None


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("order", [OLDER_ORDER, LOST_MARK])
def test_an_order_under_an_excerpt_cut_mid_sentence_opens_its_own_document(columns, order):
    """GB/T 9704 10.2: a 令 is its 发文机关标志 and 令号, the promulgating
    sentence, the signer and the date, then the text it promulgates. That
    head, over the sentence that names the title under the date, opens the
    令 whatever the excerpt above was cut on (documents._unheaded_order,
    _order_mark, _heads_order): no text passes a sentence on into a 令's 标志
    or 令号; a page that lost the 标志's 令 prints the organ alone and the
    regulation's title as its heading over the 令号 (_head_over_order_number,
    as _promulgated_above reads a title printed above the 令)."""
    docs = _documents(CUT_NOTICE + order, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], order[-3]]
    assert docs[0].date is None and docs[1].date == ("2018-03-01" if order is LOST_MARK else "2006-04-09")
    assert [p.label for p in docs[1].provisions] == ["第一条", "第二条"]
    assert not docs[0].provisions or all("条" not in p.label for p in docs[0].provisions)


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [FINISHED_NOTICE, CUT_NOTICE])
def test_the_order_headed_as_now_stays_one_document(columns, above):
    """The control: a 令 headed as GB/T 9704 10.2 prints it now, 'XX人民政府令'
    over '第N号', opens one document at its 标志 under a finished text or a cut
    one, as before (the 标志 over its 令号 is a title block of its own), the
    regulation's title under the date no second document."""
    docs = _documents(above + ORDER, columns)
    assert [d.title for d in docs] == [above[0], "北山市城市公共厕所管理办法"]
    assert docs[1].doc_number == "北山市人民政府令第12号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_an_order_under_a_cut_text_opens_nothing(columns):
    """The control: an order a sentence runs on to cite ('…依照' / '北山市人民政府
    第12号令' / '的规定…'), with no promulgating sentence, signer and date over
    a title under it, is a line of the text above, no 令's head."""
    cited = ["东山县人民政府办公室关于做好公厕管理工作的通知", "各乡镇人民政府：",
             "各乡镇要依照", "北山市人民政府第12号令", "的规定做好公厕保洁工作。", "东山县人民政府办公室", "2021年3月1日"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [cited[0]]
    assert docs[0].date == "2021-03-01"
