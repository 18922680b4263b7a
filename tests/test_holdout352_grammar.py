"""The document grammar on layouts of the three-hundred-and-fifty-second
held-out set's kind (issue #11): livestock and pig production texts of city,
district and county bodies (畜牧业, 畜禽养殖 and its pollution, 活禽经营,
家禽家畜散养: a city's 决定 commending the winners of its 畜牧业增收 contest
and its 畜牧示范小区, a district's 通告 adjusting its 畜禽养殖禁养区, a city's
通告 drawing its 活禽经营限制区, a sub-district office's and a county
bureau's joint 通告 forbidding free-ranging poultry, a district bureau's 公示
naming a 畜禽散养密集区) as law libraries, a district's gazette page,
mirrors in traditional characters, a repost platform and a district's site
store them: the 发文字号 in ASCII parentheses, a preamble broken by the store
after '、《' over a government's name, a date in Chinese numerals with no
organ over it, then '附件:' alone over the list's title on two lines and
'一、' headings over units one a line (name, award and sum parted by spaces),
cut; a 发文字号 that lost its '号' over the title, a '一、' with no stop, a
date that lost its 月 and 日; a traditional 通告 with paragraphs with no label
under its '二、'; a title with no organ signed by two organs one a line after
'特此通告。'; a 公示 with contact lines over the bureau's signature. The set
measured every document, field, provision and part right in every layout,
order, two columns and boxes before any rule looked at it, so these cases pin
its shapes against later rules. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city's 决定: its number in ASCII parentheses, a preamble broken after '、《', a date in Chinese numerals with no
# organ over it, then '附件:' alone, the list's title on two lines, '一、' headings over units one a line; cut.
COMMENDED = ["北山市人民政府关于表彰畜牧业增收竞赛活动优胜单位和市级畜牧示范小区的决定", "(北政发〔2008〕3号)",
             "各县(市)区人民政府,市政府各部门:",
             "为进一步加快畜牧业发展,2007年全市继续开展了畜牧业增产增收竞赛活动。根据《北山市开展增产增收竞赛活动方案》(北政办发〔2005〕23号)、《",
             "北山市人民政府关于畜牧业示范小区建设实施意见》(北政发〔2005〕15号),市政府决定授予东城县等3个县区为优胜单位,并颁发奖牌和奖金。",
             "希望各级政府和有关部门进一步加强畜牧业发展和动物卫生工作,努力实现畜牧业又好又快发展。",
             "附件:畜牧业增产增收竞赛活动优胜单位和市级畜牧示范小区名单", "二○○八年三月十五日", "附件:",
             "畜牧业增产增收竞赛活动优胜单位", "和市级畜牧示范小区名单", "一、畜牧业增产增收竞赛活动优胜单位",
             "东城县 颁发奖牌 奖金3万元", "西城县 颁发奖牌 奖金2万元", "二、畜牧业增产增收竞赛活动达标单位",
             "南城区 奖金0.5万元", "三、2007年北山市畜牧示范小区", "东城县:(22个)", "石佛乡柳条沟蛋鸡小区",
             "东湖镇大杖子养猪小区"]
# A district's 通告 under a number that lost its '号', a '一、' with no stop, a date that lost its 月 and 日.
DAMAGED = ["南府〔2017〕48", "北山市南岭区人民政府关于调整东湖镇畜禽养殖禁养区、限养区和适养区的通告",
           "为切实推进畜禽养殖污染防治,改善我区的水环境质量,结合我区实际,对东湖镇畜禽养殖禁养区、限养区和适养区进行调整,现通告如下:",
           "一、我区东湖镇的辖区范围调整畜禽养殖禁养区,限养区和适养区",
           "二、我区其他镇(街道)的畜禽养殖禁养区按照《北山市南岭区人民政府关于划定畜禽养殖禁养区的通告》(南府〔2013〕361号)划定的区域保存不变。",
           "三、东湖镇新调整禁养区范围内的畜禽养殖场需于2018年9月30日前完成搬迁。", "四、本通告自公布之日起施行。",
           "北山市南岭区人民政府", "2017年1214"]
# A city's 通告 in traditional characters, its number over the title, paragraphs with no label under '二、'.
TRADITIONAL = ["北府〔2015〕7號", "北山市人民政府關于劃定活禽經營限制區的通告",
               "為加強家禽經營管理,預防和控制傳染病的發生,維護公共衛生安全,我市將正式劃定活禽經營限制區,現就有關事項通告如下:",
               "一、劃定活禽經營限制區,限制區內統一推行家禽“集中屠宰、冷鏈配送、生鮮上市”,不得進行活禽經營活動。",
               "二、限制區范圍在原試點區域的基礎上,增加東城、西城區部分地區,形成連片區域。",
               "原試點區域:南岭區全區、東城區大學城(含4條村)區域。", "擴大區域:西城區東湖路以西、南湖路以北的區域。",
               "根據家禽生鮮上市推進情況,市政府將視情況調整限制區范圍。", "三、本通告自2015年4月1日起施行,有效期5年。",
               "北山市人民政府", "2015年3月27日"]
# A title with no organ, traditional characters, signed by a sub-district office and a county bureau one a line.
JOINT = ["關於禁止家禽家畜散養的通告",
         "為鞏固省級衛生縣城成果,著力解決家禽家畜散養問題,決定自2020年11月9日起在東湖街道轄區範圍內禁止散養家禽家畜,現將有關事項通知如下:",
         "一、散養的雞、鴨、鵝等家禽所有人或管理人,應立即採取措施將家禽圈養,犬等家畜進行拴養。",
         "二、2020年11月12日之後,散養的家禽家畜將由東湖街道辦事處執法大隊按規定處理。",
         "三、對違反規定散養家禽家畜者,將根據情節依法依規進行處罰。", "特此通告。",
         "南岭縣人民政府東湖街道辦事處", "南岭縣城市管理和綜合執法局", "2020年11月9日"]
# A district bureau's 公示, no organ in its title, contact lines over its signature and date.
PUBLICITY = ["关于确定南岭区畜禽散养密集区的公示",
             "为更好地规范养殖行为、保障养殖环境和公共卫生安全,根据《关于印发<北山省畜禽粪污资源化利用三年行动方案(2024-2026年)>的通知》相关规定,现确定南岭区东湖镇大砬子村为畜禽散养密集区,并面向社会进行公示。",
             "监督举报电话:0453-5796948", "电子邮箱:nanling2005@163.com", "南岭区农业农村局", "2025年3月25日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_decision_dated_in_chinese_numerals_keeps_its_list_as_an_annex_with_headings(columns):
    """GB/T 9704 7.2.4: the 发文字号 in ASCII parentheses under the title;
    7.3.3: the body runs on where the store broke it after '、《', the next
    line opening on the cited 意见's organ and 关于 but closing the book title;
    7.3.5.4: '二○○八年三月十五日' with no organ over it is the 成文日期, so the
    title's organ issues it; 8.1 (附件): '附件:' alone over the list's title on
    two lines opens the annex, its '一、' to '三、' headings provisions and its
    units (name, award and sum parted by spaces) body lines; cut."""
    doc = _two(COMMENDED, columns)
    assert doc.title == COMMENDED[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政发〔2008〕3号", ["北山市人民政府"], "2008-03-15")
    assert doc.addressees == "各县（市）区人民政府，市政府各部门"
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert [p.title for p in doc.parts][1:] == ["畜牧业增产增收竞赛活动优胜单位和市级畜牧示范小区名单"]
    assert "、《北山市人民政府关于畜牧业示范小区建设实施意见》" in _text(doc)
    assert "东城县 颁发奖牌 奖金3万元" in _text(doc) and _text(doc).endswith("东湖镇大杖子养猪小区")


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_number_that_lost_its_mark_over_a_notice_with_no_addressee_and_a_damaged_date(columns):
    """GB/T 9704 7.2.4: a 发文字号 that lost its '号' ('南府〔2017〕48') is
    still the number over the title; 7.3.2: a 通告 has no 主送; '一、' with no
    stop at its end is a provision like those after it; 7.3.5.4: a date that
    lost its 月 and 日 ('2017年1214') under the signature is the 成文日期."""
    doc = _two(DAMAGED, columns)
    assert doc.title == DAMAGED[1]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (
        "南府〔2017〕48", ["北山市南岭区人民政府"], "2017-12-14", None)
    assert _labels(doc) == ["一、", "二、", "三、", "四、"]
    assert "（南府〔2013〕361号）" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_traditional_notice_keeps_unlabelled_paragraphs_under_its_second_label(columns):
    """GB/T 9704 7.2.4 and 7.3.1: '北府〔2015〕7號' over the title in
    traditional characters; 7.3.3: paragraphs with no label under '二、'
    ('原試點區域:…', '擴大區域:…') belong to it and open no provision or
    document; the signature and the date close the 通告 (7.3.5)."""
    doc = _two(TRADITIONAL, columns)
    assert doc.title == TRADITIONAL[1]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (
        "北府〔2015〕7號", ["北山市人民政府"], "2015-03-27", None)
    assert _labels(doc) == ["一、", "二、", "三、"]
    assert "原試點區域：" in _text(doc) and "擴大區域：" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_with_no_organ_is_issued_by_the_two_organs_signing_one_a_line(columns):
    """党政机关公文处理工作条例 第十七条 and GB/T 9704 7.3.5.1: a title with no
    organ ('關於…的通告', traditional characters) is issued by the organs that
    sign it, a sub-district office and a county bureau one a line after
    '特此通告。', over one date."""
    doc = _two(JOINT, columns)
    assert doc.title == JOINT[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (
        None, ["南岭縣人民政府東湖街道辦事處", "南岭縣城市管理和綜合執法局"], "2020-11-09", None)
    assert _labels(doc) == ["一、", "二、", "三、"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_publicity_notice_closes_on_its_contact_lines_and_its_bureaus_signature(columns):
    """GB/T 9704 7.3.1: a 公示 titled with no organ; 7.3.6: the '监督举报电话:…'
    and '电子邮箱:…' lines are body lines, neither signing nor dating it; the
    bureau under them signs it (7.3.5.1) over the date; '<' and '>' for
    inner book-title marks stay text."""
    doc = _two(PUBLICITY, columns)
    assert doc.title == PUBLICITY[0]
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["南岭区农业农村局"], "2025-03-25", None)
    assert _labels(doc) == []
    assert "监督举报电话:0453-5796948" in _text(doc) and "nanling2005@163.com" in _text(doc)
