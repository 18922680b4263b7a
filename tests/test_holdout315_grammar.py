"""The document grammar on layouts of the three-hundred-and-fifteenth held-out
set's kind (issue #11): non-tax revenue and fee texts (非税收入管理,
非税物资收缴, 行政事业性收费) of city bodies as law libraries and mirrors of a
city's site store them (a city government's 通知 issuing its 非税收入 办法, the
发文字号 in parentheses, the 办法's 第一条 broken by the store after an open
'《'; a city office's 通知 with no organ in its title, the number in square
brackets, the date with '〇', then '第一章总则' and 第X条 run into their
sentences; a mirror in traditional characters of a city office's 通知 on fees,
the number over the title, '附件(略):' and its annex titles numbered with bare
digits before the signature; the same office's later 通知, '一、' to '四、', the
signature, the date and the 版记's 主题词 and 印发 lines). The set measured
every document, field and provision right in every layout, order, two
columns and titles run into their 主送 before any rule looked at it, so these
cases pin its shapes against later rules. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

# A city government's 通知 issuing its 办法: the number in ASCII parentheses, 主送, one sentence, the signature and the
# date in Chinese numerals, then the 办法's name, a spaced chapter and its articles, the first broken after '《'.
BROKEN_AFTER_MARK = ["某某市人民政府关于印发某某市本级政府非税收入管理办法的通知", "(某政发〔2011〕66号)",
                     "各县(市、区)人民政府,市政府各部门、直属各单位:",
                     "《某某市本级政府非税收入管理办法》已经市政府常务会议讨论通过,现印发给你们,请认真贯彻执行。",
                     "某某市人民政府", "二○一一年九月十九日", "某某市本级政府非税收入管理办法", "第一章 总 则",
                     "第一条 为了规范政府非税收入管理,提高公共服务水平,根据《",
                     "某某省政府非税收入管理条例》规定,结合我市实际,制定本办法。",
                     "第二条 本办法所称的政府非税收入,具体包括:", "(一)行政事业性收费;", "(二)政府性基金;",
                     "涉及市本级的具体项目目录,由市财政部门审核确定,并向社会公布。"]
# A city office's 通知 with no organ in its title, the number in square brackets, the date with '〇', then the 办法's
# chapter and articles run into their sentences with no space, '(一) ' with a space after it.
UNSPACED_ARTICLES = ["关于印发某某市市级罚没物资管理暂行办法的通知", "某政办发[2004]52号", "各县、区人民政府,市政府各部门:",
                     "经市政府同意,现将《某某市市级罚没物资管理暂行办法》印发给你们,请认真组织实施。",
                     "某某市人民政府办公厅", "二〇〇四年十二月一日", "某某市市级罚没物资管理暂行办法", "第一章总则",
                     "第一条为了加强罚没物资管理,减少物资流失,特制定本办法。",
                     "第二条市财政部门是罚没物资的主管部门,其职能是:", "(一) 监督和管理执法单位收缴的物资;",
                     "(二)委托拍卖行对物资进行拍卖变现"]
# A mirror in traditional characters: the number over the title, 主送, a paragraph, '附件(略):' and annex titles
# numbered by bare digits before the signature, the office and the date.
ANNEXES_NAMED = ["某府辦〔2004〕57號", "關于停止部分行政事業性收費的通知", "各區、縣級市人民政府,市府直屬各單位:",
                 "市政府決定從2004年12月1日起停止收取44項行政事業性收費(詳見附件1),降低2項收費標準(詳見附件2略)。",
                 "附件(略):", "1某某市停止收取的行政事業性收費項目(44項)", "2某某市降低收費標準的行政事業性收費項目(2項)",
                 "某某市人民政府辦公廳", "二○○四年十一月十四日"]
# The office's later 通知: the number over the title, 主送, '一、' to '三、', the signature, the date, then the 版记's
# 主题词 and printing lines.
WITH_COLOPHON = ["某府辦〔2010〕34號", "關于明確部分行政事業性收費執收的通知", "各區、縣級市人民政府,市政府各部門:",
                 "經市人民政府同意,現就有關行政事業性收費的執收事項通知如下:",
                 "一、我市繼續停止執收林權證工本費等5項行政事業性收費。", "二、漁港貨物港務費仍按每噸0.1元執行。",
                 "三、本通知自發布之日起執行。", "某某市人民政府辦公廳", "二○一○年四月十八日", "主題詞:經濟 管理 收費 通知",
                 "某某市人民政府辦公廳秘書處2010年4月22日印發"]

COLUMNS = [None, 18, 26]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_article_broken_after_an_open_book_mark_runs_on(columns):
    """GB/T 9704 7.2.4: the number in parentheses under the title is its
    发文字号; 7.3.5.1: the organ over the date signs the notice; 规章制定程序
    条例 第七条: the 办法's 章, 条 and 项 are its items, and a line opening on
    a name's rest and '》' with no label is the article above's sentence, not
    an item or a title."""
    doc = _two(BROKEN_AFTER_MARK, columns)
    assert doc.title == BROKEN_AFTER_MARK[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.kind) == ("某政发〔2011〕66号", ["某某市人民政府"],
                                                               "2011-09-19", "通知")
    assert _labels(doc) == ["第一章", "第一条", "第二条", "（一）", "（二）"]
    assert "非税收入管理条例》规定" in _text(doc) and "向社会公布" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_articles_run_into_their_sentences_under_a_title_with_no_organ(columns):
    """GB/T 9704 7.3.1: a title with no organ takes its issuer from the
    signature (7.3.5.1); 7.2.4: the number in square brackets is its 发文字号
    (its year in the standard's 〔〕); the date with '〇' is its 成文日期; '第一章总则' and '第一条为…' with no space
    are still a chapter and an article, '(一) ' with a space an item."""
    doc = _two(UNSPACED_ARTICLES, columns)
    assert doc.title == UNSPACED_ARTICLES[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某政办发〔2004〕52号", ["某某市人民政府办公厅"], "2004-12-01")
    assert _labels(doc) == ["第一章", "第一条", "第二条", "（一）", "（二）"]
    assert "拍卖变现" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_annex_titles_named_before_the_signature_are_not_items(columns):
    """GB/T 9704 7.3.4: '附件(略):' and the annex titles under it, numbered by
    bare digits run into their words, are the 附件说明 before the signature:
    no items, no annex part (none is printed after the date), and the
    office over the date signs the notice whose number stands over its
    title."""
    doc = _two(ANNEXES_NAMED, columns)
    assert doc.title == ANNEXES_NAMED[1]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某府辦〔2004〕57號", ["某某市人民政府辦公廳"], "2004-11-14")
    assert doc.addressees == "各區、縣級市人民政府，市府直屬各單位"
    assert _labels(doc) == []


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_colophon_under_the_date_stays_in_the_notice(columns):
    """GB/T 9704 8.1: the 主题词 line and '…秘書處2010年4月22日印發' under the
    date are the 版记: no 成文日期 (the date over them is), no document of
    their own; '一、' to '三、' are the notice's items."""
    doc = _two(WITH_COLOPHON, columns)
    assert doc.title == WITH_COLOPHON[1]
    assert (doc.doc_number, doc.issuers, doc.date) == ("某府辦〔2010〕34號", ["某某市人民政府辦公廳"], "2010-04-18")
    assert _labels(doc) == ["一、", "二、", "三、"]
