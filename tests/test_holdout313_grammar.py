"""The document grammar on layouts of the three-hundred-and-thirteenth held-out
set's kind (issue #11): outdoor-advertising and shop-sign texts (户外广告设施,
门头招牌, 城市容貌) of city and county bodies as policy sites, mirrors and
county portals store them (a city general office's 通知 with its title in 《》
on a line of its own, the 发文字号, 主送, '一、' and '二、', '特此通知。', the
signature, the date and the 版记's '…印发' line; a mirror in traditional
characters of a city office's 办法 issued by a notice with no title of its own:
the 办法's name, a 统一登记号 line, the 发文字号, 主送, one 印发 sentence, the
signature and date, then '第一章 總 則' and its 條, cut at an open '('; a
county's 办法 named by its place, with no signature, cut where the site's
watermark runs in). The set measured every document, field and provision
right in every layout, order, two columns and titles run into their 主送
before any rule looked at it, so these cases pin its shapes against later
rules. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A city general office's 通知 on a policy site: the title in 《》 on its own line, the number, 主送, a paragraph ending
# '通知如下:', '一、' and '二、', '特此通知。', the signature, the date, then the 版记's 印发 line.
TITLE_IN_MARKS = ["《某某市人民政府办公厅关于加强户外广告设施汛后检查的通知》", "某府办〔2019〕56号", "各区人民政府,市直各单位:",
                  "今年汛期我市出现多次强降雨,部分户外广告设施受损,存在安全隐患。为保障公共安全,通知如下:",
                  "一、请各区、各单位立即对所管理的户外广告设施进行全面检查,对受损的设施及时组织修复或拆除。",
                  "二、请市城市管理局加强日常巡查,及时通报督促有关单位整改。", "特此通知。", "某某市人民政府办公厅",
                  "2019年8月12日", "某某市人民政府办公厅2019年8月13日印发"]
# A mirror in traditional characters: the 办法's name over the notice that issues it (a 统一登记号 line, the number,
# 主送, one sentence, signature and date), then the 办法's chapter and articles, cut at an open '('.
NAME_OVER_NOTICE = ["某某市戶外招牌設置管理辦法", "MSDR-2015-00012", "某政辦發〔2015〕31號", "各鄉鎮人民政府,市直各單位:",
                    "《某某市戶外招牌設置管理辦法》已經市人民政府常務會議通過,現予印發,請認真遵照執行。", "某某市人民政府辦公室",
                    "2015年6月3日", "第一章 總 則", "第一條 為規范戶外招牌的設置和管理,美化市容,結合本市實際,制定本辦法。",
                    "第二條 本市城區范圍內戶外招牌的設置和管理適用本辦法。", "第三條 本辦法所稱戶外招牌,包括:",
                    "(一)利用建筑物外墻設置的招牌、燈箱("]
# A county's 办法 named by its place, a chapter and three articles, cut where a site's watermark runs in; unsigned.
PLACE_RULES = ["某某县城区门店招牌管理办法", "第一章 总 则", "第一条 为加强城区门店招牌管理,美化城市环境,结合我县实际,制定本办法。",
               "第二条 凡在城区设置门店招牌的单位和个人,应遵守本办法。",
               "第三条 本办法所称门店招牌,是指在经营场所设置的表明名称、字号的标牌(包括灯箱、霓虹灯、公益"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_in_book_marks_over_a_signed_notice_and_its_printing_line(columns):
    """GB/T 9704 7.3.1: the title a site wraps in 《》 is the title without
    them; 7.2.4: the number under it; 7.3.5.1: the organ over the date signs
    it; 8.1: '…2019年8月13日印发' under the date is the 版记's printing line,
    not a 成文日期 or a document of its own."""
    doc = _two(TITLE_IN_MARKS, columns)
    assert doc.title == "某某市人民政府办公厅关于加强户外广告设施汛后检查的通知"
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某府办〔2019〕56号", ["某某市人民政府办公厅"],
                                                               "2019-08-12", "通知")
    assert doc.addressees == "各区人民政府，市直各单位"
    assert _labels(doc) == ["一、", "二、"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_rules_name_over_the_untitled_notice_that_issues_it(columns):
    """GB/T 9704 7.2.4, 7.3.5.1: under the 办法's name a registration line,
    the number, 主送, one 印发 sentence, the office and the date: the
    notice's grammar, so the number, 主送, signature and date are the
    document's though its title is the 办法's name; the 办法's chapter and
    articles (规章制定程序条例 第七条: 章, 条, 项) are its items, the cut 项
    its last."""
    doc = _two(NAME_OVER_NOTICE, columns)
    assert doc.title == NAME_OVER_NOTICE[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政辦發〔2015〕31號", ["某某市人民政府辦公室"],
                                                               "2015-06-03", "办法")
    assert doc.addressees == "各鄉鎮人民政府，市直各單位"
    assert _labels(doc) == ["第一章", "第一條", "第二條", "第三條", "（一）"]
    assert "燈箱" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_places_rules_unsigned_and_cut(columns):
    """GB/T 9704 7.3.1: a 办法 named by its place, not an organ, has no issuer
    and, unsigned, no date; its chapter and articles are its items, the
    cut article its last, the notice under it apart."""
    doc = _two(PLACE_RULES, columns)
    assert doc.title == PLACE_RULES[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind, doc.addressees) == (None, [], None, "办法", None)
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第三条"]
    assert "霓虹灯" in _text(doc)
