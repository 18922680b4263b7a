"""The document grammar on layouts of the two-hundred-and-tenth held-out
set's kind (issue #11): economic promotion texts of cities, counties and
districts (a government office's 通知 issuing 若干措施, a 供销合作社 综合改革
office's 紧急通知, a 专项资金 暂行办法 issued by a city office, a county's and
a border inspection station's joint 口岸 通告, a 招商引资 认定暂行办法 stored by a
law site as one line, a 招商引资 意见). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice that issues a 办法, stored by a law site as ONE line, its parts set apart by single spaces: the title,
# the 主送, the 印发 sentence, the 成文日期, the 办法's title, then its preamble (no chapter right after the title).
ONE_LINE_ISSUING = ["某某市人民政府关于印发某某市招商引资项目认定暂行办法的通知 各县(市、区)人民政府,市政府各部门: "
                    "《某某市招商引资项目认定暂行办法》已经市政府常务会议通过,现印发给你们,请认真遵照执行。 二OO六年五月二日 "
                    "某某市招商引资项目认定暂行办法 为加强对引进项目、引进资金的考核认定工作,结合我市实际,特制定本办法。 "
                    "第一章 总 则 第一条 本办法适用于对年度内引进项目和资金的认定。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_issued_text_run_in_before_its_preamble_is_set_out(columns):
    """GB/T 9704: a notice that issues a text signs (or dates) it, and the
    text follows under its own title; a 办法's text opens on its preamble, its
    purpose and ground ('为加强…，特制定本办法。'), before its first chapter. Run
    into one paragraph by a page and wrapped by an extractor, the 印发
    sentence, the 成文日期 and the title the sentence names in 《》 are set out
    each on a line, the preamble going on under the title: the notice is
    dated and the 办法 is its part."""
    docs = _documents(ONE_LINE_ISSUING, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于印发某某市招商引资项目认定暂行办法的通知"]
    assert docs[0].date == "2006-05-02"
    assert [part.title for part in docs[0].parts][1:] == ["某某市招商引资项目认定暂行办法"]


# Control: a sentence that names a text in 《》 and a date, then goes on with words that merely repeat its name, is
# no issuing frame: the name after the date is not followed by the text's preamble or chapter.
CITING = ["某某县人民政府关于做好招商引资项目认定工作的通知", "各乡镇人民政府:",
          "《某某市招商引资项目认定暂行办法》已经市政府印发,现印发给你们,请认真遵照执行。二〇〇六年五月二日某某市招商引资"
          "项目认定暂行办法规定的认定程序,各乡镇要认真执行。", "某某县人民政府", "2006年6月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_name_after_a_date_going_on_as_a_sentence_is_no_issued_text(columns):
    docs = _documents(CITING, columns)
    assert [d.title for d in docs] == [CITING[0]]
    assert [part.title for part in docs[0].parts][1:] == []
    assert docs[0].date == "2006-06-01"


# A port's 通告 signed by the county's government and the port's border inspection station, one under the other.
PORT_NOTICE = ["关于某某口岸限定区域范围及管理的通告",
               "为保障人员和交通运输工具正常出入境，依据有关法律法规，现将某某口岸限定区域范围及管理要求通告如下：",
               "一、某某出入境边防检查站依法对口岸限定区域实施管理。", "二、本通告自发布之日起生效。",
               "某某县人民政府", "中华人民共和国某某出入境边防检查站", "2025年12月22日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_border_inspection_station_signs_as_an_organ(columns):
    """出境入境边防检查条例 第二条, 第四条: the 出入境边防检查站 is the organ
    that checks a port's crossings, and it signs the port's notices by its
    station's name, jointly with the port's government (GB/T 9704 7.3.5.2:
    joint signers one under the other over the date). Both are issuers."""
    docs = _documents(PORT_NOTICE, columns)
    assert [d.title for d in docs] == [PORT_NOTICE[0]]
    assert docs[0].issuers == ["某某县人民政府", "中华人民共和国某某出入境边防检查站"]
    assert docs[0].date == "2025-12-22"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_station_named_in_a_sentence_signs_nothing(columns):
    """Control: the station named in the body, its sentence going on ('…检查站
    依法对…实施管理。'), is no signer; the government alone signs."""
    notice = PORT_NOTICE[:4] + ["某某县人民政府", "2025年12月22日"]
    docs = _documents(notice, columns)
    assert docs[0].issuers == ["某某县人民政府"]
