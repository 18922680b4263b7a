"""The document grammar on layouts of the three-hundred-and-fifty-fourth
held-out set's kind (issue #11): wetland, nature-reserve and park texts of
city, county and district bodies (a city's notice issuing its 城市公园管理办法,
a city's 通告 on a national nature reserve, a county office's notice issuing
a 管理办法 for a forest park and a reserve, a district bureau's and a county's
notices publishing lists of 一般湿地) as law sites, a mirror and their own sites
store them: a title with no organ over its 发文字号, no signature, a date with
〇 and the 办法 under its title in 章 and 条; a 通告 in traditional characters
with a mirror's pinyin, no 主送, '一、' to '三、' and an unlabelled line over
'1.' items; a 发文字号 in ASCII parentheses, an issued text's title broken
inside a name and an article broken by the store after an open '《'; a date
line that lost its 年 and 月 ('2022523日') over the 附注 '此件公开发布' whose
brackets the page lost; a date with no signature over '附件', the list's title
and its table one cell a line. One rule (frame.NOTE_LINE_RE, split/parts):
the 附注's 公开属性 formula without its brackets is the 附注 (GB/T 9704 7.3.6),
no title of a text printed after the date. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _labels, _text  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city's notice with no organ in its title, unsigned, issuing rules in 章 and 条 under their title.
PARK_RULES = ["关于印发北山市城市公园管理办法的通知", "北政〔2010〕50号", "东城区、西城区人民政府,市政府各部门、各直属机构:",
              "《北山市城市公园管理办法》已经市政府第17次常务会议讨论通过,现予印发,请遵照执行。", "二〇一〇年四月二十九日",
              "北山市城市公园管理办法", "第一章 总 则",
              "第一条 为加强城市公园管理,创造良好的人居环境,根据有关法律、法规规定,结合本市实际,制定本办法。",
              "第二条 本市中心城区内城市公园的规划、建设、保护和管理适用本办法。",
              "第二章 规划和建设", "第三条 市园林局应当会同有关部门编制本市公园发展规划,报市政府批准后实施。",
              "经批准的公园发展规划不得擅自变更;确需变更的,应当经市政府批准。"]
# A city's 通告 in traditional characters with a mirror's pinyin, no 主送, an unlabelled line over '1.' items; cut.
RESERVE = ["北山市人民政府關(guān)于進(jìn)一步加強(qiáng)南岭國(guó)家級(jí)自然保護(hù)區(qū)管理工作的通告",
           "為切實(shí)做好南岭保護(hù)區(qū)各項(xiàng)保護(hù)管理工作,根據(jù)《中華人民共和國(guó)自然保護(hù)區(qū)條例》等法律法規(guī)有關(guān)規(guī)定,"
           "現(xiàn)將相關(guān)事項(xiàng)通告如下:",
           "一、禁止任何人進(jìn)入南岭保護(hù)管理范圍的核心區(qū)。", "二、禁止在南岭保護(hù)管理范圍的緩沖區(qū)開(kāi)展旅游活動(dòng)。",
           "三、在南岭實(shí)驗(yàn)區(qū)開(kāi)展參觀活動(dòng)的,應(yīng)當(dāng)服從管理機(jī)構(gòu)的管理。", "未開(kāi)放區(qū)域不得從事以下行為:",
           "1.無(wú)視標(biāo)識(shí)進(jìn)入未開(kāi)放區(qū)域;", "2.不服從現(xiàn)場(chǎng)管理;", "3.其他違法違規(guī)行為。"]
# A county office's notice: its number in ASCII parentheses, the 办法's title broken inside a name, 第一条 broken after '《'.
FOREST_RULES = ["南岭县人民政府办公室关于印发南岭县青山国家森林公园及白水自然保护区森林资源保护管理办法的通知",
                "(南府办发〔2009〕303号)", "各乡镇人民政府,县政府各部门:",
                "《南岭县青山国家森林公园及白水自然保护区森林资源保护管理办法》已经县政府同意,现印发给你们,请认真遵照执行。",
                "二○○九年十二月十四日", "南岭县青山国家森林公园及白水自然", "保护区森林资源保护管理办法",
                "第一条 为加强青山国家森林公园和白水自然保护区森林资源的保护和管理,规范林政秩序。根据《",
                "中华人民共和国森林法》、《中华人民共和国自然保护区条例》、《", "森林公园管理办法》等法律法规,制定本办法。",
                "第二条 本办法适用于青山国家森林公园和白水自然保护区的规划区域范围。",
                "第三条 县林业行政主管部门总体负责青山国家森林公园和白水自然保护区森林资源保护管理工作。"]
# A district bureau's notice that passes a list on (现予以公布), its date line without 年 and 月, the 附注 without brackets.
WETLAND_LIST = ["东城区自然资源局关于公布东城区一般湿地名录(第一批)的通知", "各乡镇人民政府,区直各部门:",
                "为加强东城区湿地资源保护,建立湿地分级体系,根据有关规定,认定东城区北湖湿地为第一批县级一般湿地,现予以公布。",
                "请认真贯彻执行,落实保护监管责任,进一步加强湿地保护工作。", "附件:东城区一般湿地名录(第一批)信息表",
                "东城区自然资源局", "2022523日", "此件公开发布"]
# A county's notice with no organ in its title, dated, unsigned, then '附件', the list's title and its table a cell a line.
TABLED_LIST = ["关于公布南岭县第二批一般湿地名录的通知", "南岭试验区管委会,各镇人民政府,县政府各部门:",
               "经现场查验,我县认定南岭县青河河流湿地等2个湿地(名单见附件)为南岭县第二批一般湿地,现予以公布。",
               "各镇、各单位要进一步加强对湿地的管理和保护,充分发挥湿地生态服务功能。", "附件:南岭县第二批一般湿地名录",
               "2023年10月30日", "附件", "南岭县第二批一般湿地名录", "序号 |", "湿地名称 |", "认定区域总面积(公顷) |",
               "保护管理机构 |", "1 |", "南岭青河河流湿地 |", "188.1221 |", "南岭县水务局 |", "2 |", "南岭白湖湖泊湿地 |",
               "116.0572 |", "南岭县水务局 |"]


@pytest.mark.parametrize("columns", COLUMNS)
@pytest.mark.parametrize("note", ["此件公开发布", "此件主动公开", "此件依申请公开"])
def test_the_public_release_note_without_its_brackets_is_no_text_printed_after_the_date(columns, note):
    """GB/T 9704 7.3.6: the 附注 under the 成文日期 states the text's 公开属性
    in a fixed formula ('（此件公开发布）', '（此件主动公开）'); a page that
    lost its brackets prints '此件公开发布' alone on the line. It is that
    附注 still (frame.NOTE_LINE_RE), not the title of a text the notice passes
    on (现予以公布) printed after the date (split/parts): the document keeps
    one part and the line in its text. 7.3.5.4: a date line that lost its 年
    and 月 ('2022523日') reads one way only (no month is 52)."""
    doc = _two(WETLAND_LIST[:-1] + [note], columns)
    assert doc.title == WETLAND_LIST[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, ["东城区自然资源局"], "2022-05-23")
    assert [p.title for p in doc.parts] == [WETLAND_LIST[0]]
    assert _text(doc).endswith(note)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_titled_text_printed_after_the_date_of_a_notice_that_publishes_it_stays_a_part(columns):
    """The control: a line under the 成文日期 that is no 附注 (a list's title,
    its rows under it) is still the text the notice passes on, its own part
    (GB/T 9704 7.3.4: the 附件 after the date)."""
    listed = WETLAND_LIST[:-1] + ["东城区一般湿地名录(第一批)信息表", "序号 |", "湿地名称 |", "1 |", "东城区北湖湿地 |"]
    doc = _two(listed, columns)
    assert [p.title for p in doc.parts] == [WETLAND_LIST[0], "东城区一般湿地名录(第一批)信息表"]


def test_the_note_formula_is_read_alone_on_its_line_only():
    """The control: the unbracketed 附注 is the whole line; '此件' opening a
    sentence or a title is not one."""
    from builder.text.frame import is_note_line
    assert is_note_line("此件公开发布") and is_note_line("此件公開發佈") and is_note_line("（此件公开发布）")
    assert not is_note_line("此件公开发布，请遵照执行。")
    assert not is_note_line("此件内容请各单位认真学习")
    assert not is_note_line("关于此件公开发布的通知")


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_unsigned_notice_with_no_organ_in_its_title_issues_rules_in_chapters(columns):
    """GB/T 9704 7.3.1: a title with no organ ('关于印发…的通知'), the 发文字号
    under it (7.2.4), no signature: no issuer printed; 7.3.5.4: the date with
    〇; the 办法 under the date is the text issued, '第一章' over 第一条 and
    第二条, '第二章' over 第三条 with a paragraph after it (规章制定程序条例)."""
    doc = _two(PARK_RULES, columns)
    assert doc.title == PARK_RULES[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("北政〔2010〕50号", [], "2010-04-29")
    assert "北山市城市公园管理办法" in [p.title for p in doc.parts]
    assert _labels(doc) == ["第一章", "第一条", "第二条", "第二章", "第三条"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_traditional_notice_with_a_mirrors_pinyin_numbers_items_under_an_unlabelled_line(columns):
    """GB/T 9704 7.3.1: a 通告 titled by its organ, in traditional characters
    with the mirror's pinyin read through; 7.3.2: no 主送; '一、' to '三、', then
    a line with no label over '1.' to '3.'; no signature, so the title's organ
    issues it."""
    doc = _two(RESERVE, columns)
    assert doc.title == "北山市人民政府關于進一步加強南岭國家級自然保護區管理工作的通告"
    assert (doc.doc_number, doc.issuers, doc.date, doc.addressees) == (None, ["北山市人民政府"], None, None)
    assert _labels(doc) == ["一、", "二、", "三、", "1.", "2.", "3."]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_issued_title_broken_inside_a_name_and_an_article_broken_after_a_book_mark(columns):
    """GB/T 9704 7.2.4: the 发文字号 in ASCII parentheses; 7.3.5.4: the date
    with ○ and no signature, the title's office issues it; the 办法's title
    over two lines broken inside a name is one title; 第一条 broken after an
    open '《' runs on over the laws' names to 第二条."""
    doc = _two(FOREST_RULES, columns)
    assert (doc.doc_number, doc.issuers, doc.date) == ("南府办发〔2009〕303号", ["南岭县人民政府办公室"], "2009-12-14")
    assert "南岭县青山国家森林公园及白水自然保护区森林资源保护管理办法" in [p.title for p in doc.parts]
    assert _labels(doc) == ["第一条", "第二条", "第三条"]
    assert "根据《中华人民共和国森林法》、《中华人民共和国自然保护区条例》、《森林公园管理办法》" in _text(doc)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_dated_unsigned_notice_prints_its_list_as_a_table_a_cell_a_line(columns):
    """GB/T 9704 7.3.4: the 附件说明 above the date, the 附件 after it under its
    mark and title; the table's cells one a line ('1 |') are the annex's
    rows, no provisions; no organ in the title and no signature: no issuer."""
    doc = _two(TABLED_LIST, columns)
    assert doc.title == TABLED_LIST[0]
    assert (doc.doc_number, doc.issuers, doc.date) == (None, [], "2023-10-30")
    assert [p.title for p in doc.parts] == [TABLED_LIST[0], "南岭县第二批一般湿地名录"]
    assert _labels(doc) == []
