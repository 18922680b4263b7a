"""The document grammar on layouts of the hundred-and-fourth held-out set's
kind (issue #11): service guides and lists of city and county governments
and departments (办事指南, 服务指南, 办理指南, 办事程序, and notices publishing
权责清单, 公共服务事项目录 and 证明清单). Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents

WIDTHS = [None, 18, 20, 26]


def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- a guide's title over its elements

# A guide set out as labelled cells, one a line, ending on its last value: no sentence, no signature, no date.
FIRST_GUIDE = ["某某县不动产抵押登记服务指南", "受理窗口", "某某县不动产登记中心", "设定依据",
               "1.《不动产登记暂行条例》;", "2.《不动产登记暂行条例实施细则》。", "法定期限", "30个工作日",
               "承诺时限", "3个工作日"]
# The next guide, titled by its item and 指南 with no organ, its elements under it.
SECOND_GUIDES = [
    ["某某县户籍迁移办事指南", "一、申请材料", "1、居民户口簿;", "2、居民身份证。", "二、办理时限: 即时办结",
     "三、咨询电话:0000-1234567"],
    ["林木采伐许可证核发办理指南", "办理机构:", "某某县林业局", "办理条件:", "(一)采伐林木的权属清楚;",
     "(二)采伐地点符合规划。", "咨询电话:", "0000-7654321"],
    ["商品房首次登记服务指南", "购买商品房、经济适用房登记(含预告登记转现房登记)", "受理窗口", "某某县不动产登记中心",
     "办理程序", "申请人持申请材料到受理大厅提交申请。"],
]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("second", SECOND_GUIDES)
def test_a_guides_title_over_its_elements_opens_a_document(second, columns):
    """政务服务事项办事指南: a guide is titled by its item and 指南 (…服务指南,
    …办事指南, …办理指南) and prints no 发文字号, 主送, signature or 成文日期;
    its elements follow, each a label ('受理窗口', '一、申请材料', '办理机构:')
    over or before its value, perhaps under the item's name. Its title opens
    a document though the guide above ends on its last value ('3个工作日'),
    and the value and the label over it are no lines of the title."""
    docs = _documents(FIRST_GUIDE + second, columns)
    assert [d.title for d in docs] == [FIRST_GUIDE[0], second[0]]
    assert docs[1].kind == "指南" and docs[1].issuers == [] and docs[1].addressees is None
    assert docs[0].issuers == []  # (no organ's name signs it: '某某县不动产登记中心' is 受理窗口's value)


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_guides_labels_and_values_are_paragraphs_of_their_own(columns):
    """A guide sets its elements out a line each: a label alone ('受理窗口',
    '咨询电话:') ends its paragraph, its value under it, and the next label
    begins its own under a value that stops short ('不收费'), though none of
    them ends a sentence."""
    guide = FIRST_GUIDE + ["收费标准", "不收费", "咨询电话:", "0000-1234567"]
    docs = _documents(guide, columns)
    texts = [b.text for part in docs[0].parts for b in part.blocks if not isinstance(b, Provision)]
    assert [t for t in texts if t in ("受理窗口", "某某县不动产登记中心", "不收费", "咨询电话:", "咨询电话：")] \
        == ["受理窗口", "某某县不动产登记中心", "不收费", texts[texts.index("不收费") + 1]]
    assert texts[texts.index("不收费") + 1].startswith("咨询电话")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_guides_first_label_is_no_addressee(columns):
    """A guide has no 主送 (it is addressed to no organ): '办理机构:' under its
    title labels its first element, though it stands where a 公文's 主送
    stands and ends in a colon."""
    docs = _documents(SECOND_GUIDES[1], columns)
    assert [d.title for d in docs] == [SECOND_GUIDES[1][0]]
    assert docs[0].addressees is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_guides_older_name_the_bshi_chengxu_opens_a_document(columns):
    """The 办事程序 is the 办事指南's older name ('不动产登记办事程序'): its
    title over its elements opens a document as a guide's does, after the
    guide above ends on its office's address."""
    first = ["某某县结婚登记办理指南", "办理条件:", "(一)双方自愿结婚;", "(二)双方均无配偶。", "办公地址:",
             "民政局地址为某某路99号"]
    second = ["不动产登记办事程序", "登记程序", "申请一受理一审核一登簿一发证", "办理时限:",
              "自受理登记申请之日起5个工作日内办结。"]
    docs = _documents(first + second, columns)
    assert [d.title for d in docs] == [first[0], second[0]]
    assert _provisions(docs[0]) == ["（一）", "（二）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_series_headline_names_its_item_after_the_bar(columns):
    """A site that lists a series of guides under one headline names the
    item after a bar ('2019年不动产登记办事指南|国有建设用地…首次登记'); the
    item's name printed again under it heads the guide's text, no line of
    the title, and the headline opens a document after the guide above."""
    guide = ["2019年不动产登记办事指南|国有建设用地使用权及房屋所有权首次登记",
             "国有建设用地使用权及房屋所有权首次登记", "(一)申请材料", "1、不动产登记申请书;", "2、申请人身份证明。",
             "(二)办理时限", "本事项办理时限为5个工作日。"]
    docs = _documents(FIRST_GUIDE + guide, columns)
    assert [d.title for d in docs] == [FIRST_GUIDE[0], guide[0]]
    assert _provisions(docs[1]) == ["（一）", "1、", "2、", "（二）"]


# ---------------------------------------------------------------- controls

ISSUING = ["某某县人民政府办公室关于印发《某某县政务服务事项办事指南》的通知", "各乡镇人民政府,县直各单位:",
           "现将《某某县政务服务事项办事指南》印发给你们,请认真遵照执行。", "某某县人民政府办公室", "2020年5月6日"]
ISSUED_GUIDE = ["某某县政务服务事项办事指南", "一、办理依据", "《某某条例》。", "二、办理时限", "3个工作日。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", [[], ["附件"]])
def test_a_guide_a_notice_issues_or_attaches_stays_its_part(mark, columns):
    """Control: a guide the notice above issues by name ('现将《…办事指南》印发
    给你们'), or prints under its 附件 mark, is that notice's text, not a
    document of its own, though its elements follow its title."""
    docs = _documents(ISSUING + mark + ISSUED_GUIDE, columns)
    assert [d.title for d in docs] == [ISSUING[0]]
    assert docs[0].addressees == "各乡镇人民政府，县直各单位"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notices_outline_on_its_procedure_stays_its_body(columns):
    """Control: a 通知's outline may head a section '三、办理流程' and name a
    guide in it; its 主送 is still its 主送 and nothing under the heading opens
    a document: the rule reads labels under a 指南's title only."""
    notice = ["某某市人民政府关于公布市级公共服务事项目录的通知", "各县(市、区)人民政府,市直各单位:",
              "现就有关事项通知如下:", "一、编制办事指南", "各单位要对照目录逐项编制办事指南。", "二、办理流程",
              "各单位要优化办理流程,压缩办理时限。", "某某市人民政府", "2018年9月3日"]
    docs = _documents(NOTICE + notice, columns)
    assert [d.title for d in docs] == [NOTICE[0], notice[0]]
    assert docs[1].addressees == "各县（市、区）人民政府，市直各单位"
    assert _provisions(docs[1]) == ["一、", "二、"]


# ---------------------------------------------------------------- office hours the wrap cut

HOURS_SPACED = "上午:8:30一11:30              下午:13:00一17:00"
HOURS_RUN = "周一至周五上午8:30一11:30,下午13:00一17:00"


@pytest.mark.parametrize("hours,columns", [(HOURS_SPACED, 19), (HOURS_SPACED, 22), (HOURS_RUN, 16),
                                           (HOURS_RUN, 20)])
def test_office_hours_the_wrap_cut_in_a_time_go_on(hours, columns):
    """A guide gives its office hours as times of day and ranges of them
    ('13:00一17:00', a page typing 一 for the range's dash). A wrap that
    falls inside a time, after the hour's colon ('…下午:13:' / '00一17:00'),
    or before the range's dash ('…下午13:00' / '一17:00') cuts no sentence:
    the minutes and the range's other end go on with the line above."""
    guide = ["不动产登记办事程序", "办理时限:", "自受理登记申请之日起5个工作日内办结。", "办公时间:", hours]
    docs = _documents(guide, columns)
    texts = [b.text for part in docs[0].parts for b in part.blocks if not isinstance(b, Provision)]
    assert [t for t in texts if "13" in t and "17" in t][0].replace(" ", "").endswith("13:00一17:00")
    assert not [t for t in texts if t.startswith(("00", "0一", "一17", "17"))]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_colon_after_a_figure_that_leads_on_keeps_what_follows_apart(columns):
    """Control: a colon after a figure that is no hour ('附件2:' alone, its
    name under it) has no minutes under it, though the line under it opens
    on two figures ('30家…'): nothing is run on to it."""
    notice = ["某某县人民政府关于表彰重点企业的通知", "各乡镇人民政府:", "现将有关名单印发给你们。", "附件1:",
              "20家纳税大户名单", "附件2:", "30家重点企业名单", "某某县人民政府", "2021年3月1日"]
    docs = _documents(NOTICE + notice, columns)
    texts = [b.text for d in docs for part in d.parts for b in part.blocks] + [p.title or "" for d in docs
                                                                            for p in d.parts]
    assert not [t for t in texts if t.replace(" ", "").startswith(("附件2:30", "附件2：30", "附件1:20", "附件1：20"))]


@pytest.mark.parametrize("gap", ["              ", " ", ""])
def test_a_range_of_times_cut_before_its_dash_goes_on(gap):
    """The lines as a print wrapped them (a measure of 20 columns: the body's
    line '自受理…办结不动' / '产登记,…'), the hours' last range cut before its
    dash ('…下午:13:00' / '一17:00', the 一 typed for '—'): a line that opens on
    a single dash and a figure under a time is the range's other end, not a
    paragraph of its own, whatever spaces set the two halves of the day apart."""
    lines = ["不动产登记办事程序", "办理时限:", "自受理登记申请之日起5个工作日内办结不动", "产登记,法律法规另有规定的除外。",
             "办公时间:", f"上午:8:30一11:30{gap}下午:13:00", "一17:00", "办公地址:", "某某路1号"]
    docs = _documents(lines, None)
    texts = [b.text for part in docs[0].parts for b in part.blocks if not isinstance(b, Provision)]
    assert [t.replace(" ", "") for t in texts if "13" in t][0].endswith("13:00一17:00")
    assert "一17:00" not in texts
