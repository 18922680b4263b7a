"""The document grammar on layouts of the hundred-and-seventy-fifth held-out
set's kind (issue #11): transport and traffic notices (交通管制 通告 of a
traffic police detachment, a 交通运输局's 通告 and 公告, a port
supervision's 航行通告) as city and county portals and their mirrors store
them. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

NAVIGATION = ["关于在某某港航道设置航标施工的航行通告", "各有关单位、船舶：",
              "因某某港航道设置航标，为确保过往船舶的航行安全，现将有关事项通告如下：",
              "一、施工日期：2022年12月6日至2022年12月30日。", "二、施工水域：某某港航道。",
              "中华人民共和国某某渔港监督", "2022年12月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_port_supervision_signs_its_navigation_notice(columns):
    """A fishing port's (or a harbour's) 监督, the water traffic authority
    of its waters (渔港水域交通安全管理条例 第四条), signs its 航行通告 by its
    name: '中华人民共和国某某渔港监督' is the issuer."""
    doc, = _documents(NAVIGATION, columns)
    assert doc.issuers == ["中华人民共和国某某渔港监督"]
    assert (doc.date, doc.addressees) == ("2022-12-05", "各有关单位、船舶")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_closing_line_ending_in_supervision_is_no_organ(columns):
    """Control: only a port's 监督 ends an organ's name; a closing line
    asking for the public's 监督 is the body's, and the bureau signs."""
    doc, = _documents(["某某县交通运输局关于公布出租汽车投诉电话的通告", "为规范出租汽车经营行为，现通告如下：",
                       "一、投诉电话：12328。", "欢迎社会监督", "某某县交通运输局", "2021年3月1日"], columns)
    assert doc.issuers == ["某某县交通运输局"]
    assert doc.date == "2021-03-01"


RUN_TOGETHER = ["关于对某某体育馆周边道路实施临时交通管制的通告",
                "为保障活动顺利进行，我支队决定对体育馆周边道路实施临时交通管制。现通告如下：",
                "一、临时交通管制时间 2023年1月20日 17:00-22:30 二、交通管制路段 体育支路、公园路双向。 三、管制措施 "
                "1、管制期间，体育支路禁止一切车辆通行。 2、管制期间，交警部门将视情况调整管制时间。 四、其他提示 "
                "敬请广大市民积极配合。 特此通告 某某市公安局交通警察支队 2023年1月20日"]


def test_a_day_with_its_clock_time_stays_in_the_run_together_item():
    """A page that runs a notice's items, close, signature and date into one
    line by single spaces: a space before a date parts the 成文日期 onto a
    line of its own (GB/T 9704 7.3.5), but a date with a clock time after
    it ('2023年1月20日 17:00-22:30') is the moment a clause names. It stays
    in its item, the time is kept, and the signature and the date under
    '特此通告' sign the text."""
    doc, = _documents(RUN_TOGETHER, None)
    items = [(b.label, b.heading + b.text) for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert items[0] == ("一、", "临时交通管制时间2023年1月20日17:00-22:30")
    assert [label for label, _ in items] == ["一、", "二、", "三、", "1、", "2、", "四、"]
    assert (doc.issuers, doc.date) == (["某某市公安局交通警察支队"], "2023-01-20")


def test_a_date_alone_between_spaces_is_still_the_close():
    """Control: the 成文日期 run in after the signature, with no time after
    it, still stands on a line of its own and dates the text."""
    doc, = _documents(["关于某某路段实施交通管制的通告", "为保障施工安全，现通告如下：",
                       "一、管制时间：2023年3月1日至3月5日。 二、管制路段：某某路。 三、请过往车辆绕行。 "
                       "特此通告。 某某县公安局交通警察大队 2023年2月27日"], None)
    assert (doc.issuers, doc.date) == (["某某县公安局交通警察大队"], "2023-02-27")


@pytest.mark.parametrize("columns", [None, 26])
def test_the_body_before_a_run_in_signature_ends_on_its_words(columns):
    """GB/T 9704 7.3.5 sets the 署名 on a line of its own under the body; a
    page that runs it in after '特此通告' and a space is given back that
    form, and the body's last paragraph ends where its words do, not on
    the space the page set before the signature."""
    doc, = _documents(["关于某某路段实施交通管制的通告", "为保障施工安全，现通告如下：",
                       "管制期间请过往车辆绕行，因交通管制给广大市民出行带来的不便，敬请谅解。 特此通告 "
                       "某某市公安局交通警察支队 2023年1月20日"], columns)
    texts = [b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")]
    assert not [t for t in texts if t != t.strip()], texts
    assert (doc.issuers, doc.date) == (["某某市公安局交通警察支队"], "2023-01-20")


# ---------------------------------------------------------------- the 结束语 and the signer run in, the name cut

def _run_in(lead: str) -> str:
    return ("关于对某某体育馆周边道路实施临时交通管制的通告 "
            f"{lead}为保障活动顺利进行,根据《中华人民共和国道路交通安全法》第三十九条的规定,现通告如下: "
            "一、管制时间 2023年1月20日17:00至22:30。 二、管制路段 体育路、公园路双向。 "
            "因交通管制给广大市民出行带来的不便,敬请谅解。 特此通告 某某市公安局交通警察支队 2023年1月20日")


@pytest.mark.parametrize("lead, columns", [("", 20), ("", 23), ("", 27), ("因道路施工需要,", 24),
                                           ("因举办文艺晚会需要,", 24)])
def test_the_closing_words_and_a_signer_the_wrap_cut_run_in_after_the_last_stop(lead, columns):
    """GB/T 9704 7.3.5 sets the 署名 on its own line under the body; a page
    that ran the 通告 into one line carries it after the last sentence and
    the 结束语, parted by spaces ('…敬请谅解。 特此通告 某某市公安局交通警察支队
    2023年1月20日'), and the wrap may cut the organ's name anywhere ('…特此通告
    某某市公安' / '局交通警察支队 2023年1月20日'). The 结束语 is the body's last
    words, and the organ is signed whole."""
    from tests.test_holdout7_grammar import NOTICE
    docs = _documents(NOTICE + [_run_in(lead)], columns)
    assert docs[-1].title == "关于对某某体育馆周边道路实施临时交通管制的通告"
    assert (docs[-1].issuers, docs[-1].date) == (["某某市公安局交通警察支队"], "2023-01-20")
