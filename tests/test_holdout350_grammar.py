"""The document grammar on layouts of the three-hundred-and-fiftieth held-out
set's kind (issue #11): place-name, door-plate and road-name texts (地名管理,
门牌, 路名) of city and county bodies (a city government's 复函 naming a
街道's roads with each name's pinyin lines under it, a county 民政局's 征名
公告 in traditional characters titled over three lines with '公 告' spaced
out, a city office's notice issuing its 门牌管理规定 on a law library, a
city government's 令 promulgating its 门楼号牌管理规定 on a mirror in
traditional characters, a city government's 批复 naming two roads, a
county-level city 民政局's 征名 公告 closing on an 附件说明 and its signature) as their
sites, law libraries and mirrors store them: titles whose organ is
'市政府', the 发文字号 under the title or in ASCII parentheses with square
brackets, dates with no signature over them, '(一)' items each followed by
two lines of pinyin with tone marks and in capitals, '1.' items going on as
'6、' and '7、', a preamble the store broke after each '《', a 令's name over
its number and a mayor's signature with a colon, articles with two spaces
after their labels, contact lines under a heading, an 附件说明 of two
numbered names over the signature, excerpts cut inside a pinyin line or an
item. The set
measured every document, field, provision and part right in every layout,
order, two columns and boxes before any rule looked at it, so these cases
pin its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city government's 复函 titled '市政府关于…', its number under it, a heading alone, '(一)' items each with two
# pinyin lines under it; cut inside the last pinyin line.
NAMING_LETTER = ["市政府关于东城区南湖街道部分道路地名的复函", "北府地名函〔2019〕36号", "东城区人民政府南湖街道办事处:",
                 "你们上报的《关于申请部分道路地名命名的函》(南办发〔2019〕12号)收悉。根据地名管理法规的相关规定,"
                 "同意将你们申报的位于东城区南湖街道区域内3条道路地名予以命名。",
                 "一、道路地名命名",
                 "(一)将位于湖滨路北,东起塔山路、西至桥头村路的道路命名为“柳荫街”。",
                 "地名汉语拼音拼写形式:Liǔyìn Jiē", "地名标志汉语拼音拼写形式:LIUYIN JIE",
                 "(二)将位于柳荫街南,南起湖滨路、北至南湖大道的道路命名为“荷塘路”。",
                 "地名汉语拼音拼写形式:Hétáng Lù", "地名标志汉语拼音拼写形式:HETANG LU",
                 "(三)将位于荷塘路东,南起湖滨路、北至柳荫街的道路命名为“石桥巷”。",
                 "地名汉语拼音拼写形式:Shíqiáo Xiàng", "地名标志汉语拼音拼写形式:SHIQIA"]
# A county bureau's 征名 公告 in traditional characters: the organ, the matter and '公 告' on three lines, no 主送,
# '1.' items going on as '6、'; cut inside an item.
NAME_CALL = ["南嶺縣民政局", "關于東山鄉內道路征名的", "公 告",
             "按照縣領導批示,依據《地名管理條例》,對我鄉轄區內8村21條街路更名、命名,面向社會征集街路名稱。"
             "例如:建議將“XX路(街)”改稱為“XX路(街)”,修改原因為.......。",
             "為使街路命名更趨合理,現向我鄉轄區內群眾征集街路名稱。本次命名要遵循以下原則:",
             "1.地名用字要嚴格遵守《中華人民共和國國家通用語言文字法》,不得刻意使用繁體字、異體字。",
             "2.地名名稱一般不得重名,避免同音或者近音。", "3.禁止以人名命名街巷,如張三胡同,李四巷。",
             "4.農村道路劃分為兩個層次。東西走向為路,南北走向為街。", "5.尊重歷史,照顧風俗,易找好記。",
             "6、農村街巷命名要體現地名的區域性和序列化的特征。如:南一巷、南二巷、南三巷。",
             "7、農村街巷命名切忌洋化、封建"]
# A city office's notice issuing its 门牌管理规定: the number in ASCII parentheses with square brackets, dated in
# Chinese numerals with no signature, the 规定's title, 第一条 broken by the store after each '《'.
PLATES_ISSUED = ["北山市人民政府办公室关于印发北山市门牌管理规定的通知", "(北政办[2009]88号)",
                 "各县(市、区)人民政府,市人民政府各部门及有关单位:",
                 "《北山市门牌管理规定》已经市人民政府同意,现印发给你们,请认真组织实施。",
                 "二○○九年六月十八日", "北山市门牌管理规定",
                 "第一条 为了加强本市的门牌管理,实现门牌的标准化和规范化,根据国务院《", "地名管理条例》、《",
                 "南岭省地名管理办法》,结合本市实际情况,制定本规定。",
                 "第二条 本规定适用于北山市行政区域内门牌的编制管理。",
                 "第三条 北山市地名管理部门主管全市的门牌管理工作。",
                 "北山经济技术开发区的门牌管理工作,由开发区管理委员会指定专门机构负责。"]
# A city government's 令 in traditional characters: its name over its number, the mayor's signature with a colon,
# the date, the rule's title and its history note in brackets, articles with two spaces after their labels.
ORDER_RULE = ["北山市人民政府令", "第52號",
              "《北山市門樓號牌管理規定》已經2017年2月13日市政府第15屆2次常務會議修訂通過,現予公布,自2017年5月1日起施行。",
              "市長:王明", "2017年3月27日", "北山市門樓號牌管理規定",
              "(2007年7月12日北山市人民政府令第3號公布,2017年2月13日市政府第15屆2次常務會議修訂通過)",
              "第一條  為加強本市門樓號牌管理,方便群眾的工作和生活,根據《北山市地名管理條例》,制定本規定。",
              "第二條  本規定所稱門樓號牌,是指標示院落、獨立門戶房屋的地理位置標志牌。",
              "第三條  市公安機關統籌、指導、監督本市門樓號牌管理工作。", "區公安機關具體負責本轄區內門樓號牌的管理工作。"]
# A city government's 批复 titled '市政府关于同意…', '1.' items, dated with no signature, '(此件公开发布)' under it.
ROAD_REPLY = ["市政府关于同意西城区北湖街道部分道路命名的批复", "西城区人民政府:",
              "你区《关于西城区北湖街道部分道路命名的请示》(西政发〔2023〕18号)收悉。经研究,现批复如下:",
              "1.柳岸巷。东起滨湖大道,西至铁路。长1200米,宽12米,因该区域原有柳岸而命名。",
              "2.和顺路。南起北湖路,北至青山路。长860米,宽15米,以和睦顺遂的寓意命名。",
              "道路命名后,你区要根据国务院《地名管理条例》等相关规定,督促相关单位按照国家标准设置地名标志。",
              "2023年4月17日", "(此件公开发布)"]
# A county-level city bureau's 征名 公告: no 主送, headings alone, contact lines, an 附件说明 of two names, signed and dated.
NAME_CALL_SIGNED = ["南岭市民政局关于向社会公开征集道路名称的公告",
                    "为丰富地名文化内涵,现就我市城区新增道路名称向社会公开征集,现将有关事宜公告如下:",
                    "一、命名的原则", "街道命名遵照尊重历史、照顾习俗、好找易记的原则,不能和本城区内的街道名称重名。",
                    "二、提交方式", "请将意见以书面材料或电子邮件的形式反馈到南岭市民政局区划地名股。",
                    "联系人:王明,联系电话:25508628;", "电子邮箱:nlmzj@163.com。",
                    "三、征集时间", "意见和建议征集时间:2022年4月15日至2022年4月21日。",
                    "希望各单位和社会各界人士积极参与地名征集活动,对征集来的命名意见,我局将提交市政府审批。",
                    "附件:1.城区新增道路命名方案", "2.已命名城区街道统计表", "南岭市民政局", "2022年4月15日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_letter_naming_roads_keeps_the_pinyin_lines_under_its_items(columns):
    """GB/T 9704 7.3.1: a title whose organ is the short '市政府' over its 关于
    ends on its 文种 (复函); 7.2.4: the 发文字号 alone under it; 7.3.2: a
    街道办事处 its 主送; '一、' alone a heading, '(一)' run into their sentences
    are provisions, and the lines of pinyin under each ('地名汉语拼音拼写形式:…',
    in tone marks and in capitals) the item's, no labels, titles or 主送; cut
    inside the last pinyin line, so no signature or date and the issuer is
    the title's organ as printed."""
    doc = _two(NAMING_LETTER, columns)
    assert doc.title == NAMING_LETTER[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北府地名函〔2019〕36号", ["市政府"], None)
    assert doc.addressees == "东城区人民政府南湖街道办事处"
    assert _labels(doc) == ["一、", "（一）", "（二）", "（三）"]
    assert "HETANG" in _text(doc) and "Shíqiáo" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_call_for_names_titled_over_three_lines_with_its_kind_spaced_out(columns):
    """GB/T 9704 7.3.1: a title over three lines, the organ, the matter
    ending on 的 and the 文种 alone with a space inside ('公 告'), in
    traditional characters; a 公告 has no 主送 (7.3.2); '1.' items going on
    as '6、' and '7、' are one outline's provisions; cut inside an item, so no
    signature or date and the issuer is the title's organ."""
    doc = _two(NAME_CALL, columns)
    assert doc.title.replace(" ", "") == "南嶺縣民政局關于東山鄉內道路征名的公告"
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["南嶺縣民政局"], None, None)
    assert _labels(doc) == ["1.", "2.", "3.", "4.", "5.", "6、", "7、"]
    assert "切忌洋化" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_issuing_plate_rules_dated_with_no_signature(columns):
    """GB/T 9704 7.2.4: the 发文字号 in ASCII parentheses with square
    brackets for 〔〕 under the title; 7.3.5.4: a 成文日期 in Chinese numerals
    under the one sentence with no signature, so the issuer is the organ the
    title names (7.3.1); the 规定's title under the date is the text the
    notice issues (规章制定程序条例: 条 without 章), 第一条 broken by the store
    after each '《' going on in the next lines, no titles."""
    doc = _two(PLATES_ISSUED, columns)
    assert doc.title == PLATES_ISSUED[0]
    # (the number read with 〔〕 for the store's square brackets, the 主送 with full-width marks)
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政办〔2009〕88号", ["北山市人民政府办公室"], "2009-06-18")
    assert doc.addressees == "各县（市、区）人民政府，市人民政府各部门及有关单位"
    assert "北山市门牌管理规定" in [p.title for p in doc.parts]
    assert _labels(doc) == ["第一条", "第二条", "第三条"]
    assert "南岭省地名管理办法" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_order_promulgating_a_rule_is_titled_by_the_rule(columns):
    """GB/T 9704 10.1 (命令（令）格式): the 令's name over its number ('第52號'),
    one sentence, the signer's title and name with a colon ('市長:…') and the
    date; the rule's title under it names the document, the order's name and
    number its 发文字号, the organ in that name its issuer; the history note
    in brackets under the title is no provision; articles with two spaces
    after their labels, in traditional characters."""
    doc = _two(ORDER_RULE, columns)
    assert doc.title == "北山市門樓號牌管理規定"
    assert (doc.doc_number, doc.issuers, doc.date) == ("北山市人民政府令第52號", ["北山市人民政府"], "2017-03-27")
    assert _labels(doc) == ["第一條", "第二條", "第三條"]
    assert "區公安機關具體負責" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_reply_titled_by_the_short_organ_dated_with_no_signature(columns):
    """GB/T 9704 7.3.1: '市政府关于同意…的批复', its organ as the title prints
    it; 7.3.2: the district that asked its 主送; '1.' items; 7.3.5.4: the
    date alone under the body with no signature, so the issuer is the title's
    organ; '(此件公开发布)' (7.3.6's 附注) under the date closes it."""
    doc = _two(ROAD_REPLY, columns)
    assert doc.title == ROAD_REPLY[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["市政府"], "2023-04-17")
    assert doc.addressees == "西城区人民政府"
    assert _labels(doc) == ["1.", "2."]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_call_for_names_closing_on_its_annex_list_and_signature(columns):
    """GB/T 9704 7.3.1: a bureau's title ending on 公告, no 主送 (7.3.2);
    '一、' to '三、' alone as headings, the contact lines under 二、 ('联系人:…',
    '电子邮箱:…') the body's, no signature; 7.3.4: '附件:1.…' over '2.…' an
    附件说明, its '1.' and '2.' no provisions; 7.3.5.1 and 7.3.5.4: the
    bureau under it signs over the date; no annex printed after it."""
    doc = _two(NAME_CALL_SIGNED, columns)
    assert doc.title == NAME_CALL_SIGNED[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["南岭市民政局"], "2022-04-15", None)
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "nlmzj@163.com" in _text(doc) and not doc.parts[1:]
