"""The document grammar on layouts of the hundred-and-sixtieth held-out
set's kind (issue #11): medical security (医疗保障) 通知 and 通告 as city
portals, their mirrors and law databases store them, the document's head
held in the page's disclosure metadata (a list of 'label :' fields, each
label on a line over its value; a law record's fields down to '发文内容:';
a '|' table whose label cells carry no colon). Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

LISTED = ["名    称 :", "某某市医保局 某某市财政局关于印发《某某市医疗保障基金举报奖励办法》的通知",
          "索   引  号 :", "11320000MB0000000X/2024-00001", "发 布 机 构 :", "某某市医疗保障局",
          "发 文 字 号 :", "某医保发〔2024〕3号", "主    题 :", "医疗保障\\医保基金管理", "成 文 日 期 :",
          "有   效  性 :", "有效", "各区医疗保障局、财政局:",
          "现将《某某市医疗保障基金举报奖励办法》印发给你们，请遵照执行。", "某某市医保局", "2024年3月1日"]

RECORD = ["发文标题: 某某市税务局某某市医疗保障局关于2022年度城乡居民医保参保缴费的通告", "发文文号:",
          "发文部门: 某某市税务局 其他地方机构", "发文时间: 2021-9-9", "法规类型: 医疗保险", "所属区域: 某某",
          "发文内容:", "为做好2022年度城乡居民医保参保缴费工作，现就有关事项通告如下：", "一、参保缴费期限",
          "参保缴费期限为2021年9月1日至2022年2月28日。", "二、参保对象", "本市户籍的城乡居民。"]

TABLE = ["索 引 号 | 123/2024-00008 | 分 类 | 卫生、体育/医药管理 / 通知 |",
         "发布机构 | 市医疗保障局 | 发文日期 | |", "标 题 | 关于调整部分医疗服务项目价格的通知 | ||",
         "文 号 | 某医保发〔2023〕5号 | 主 题 词 | |", "各县(区)医疗保障局:",
         "现就有关事项通知如下：", "一、调整后的价格为最高指导价。", "二、本通知自2024年1月1日起执行。",
         "某某市医疗保障局", "2023年12月27日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_disclosure_lists_subject_field_is_the_pages_not_the_addressee(columns):
    """A disclosure page's list of fields, each 'label :' on a line over its
    value, holds a 主题 field (the page's subject class, '医疗保障\\…'), as
    it holds 主题分类: a field of the page, so '主    题 :' is no 主送 line
    (GB/T 9704 7.3.2: the 主送 names organs); the 主送 is the line under
    the list that names them."""
    doc, = _documents(LISTED, columns)
    assert doc.title == "某某市医保局某某市财政局关于印发《某某市医疗保障基金举报奖励办法》的通知"
    assert doc.doc_number == "某医保发〔2024〕3号"
    assert doc.addressees == "各区医疗保障局、财政局"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_law_records_content_field_heads_the_text_and_addresses_no_one(columns):
    """A law database's record of a text ('发文标题:', '发文文号:',
    '发文部门:' … '所属区域:') ends in '发文内容:', the field whose value is
    the text itself: a field label of the record, not a 主送 (a 通告 to the
    public names none)."""
    doc, = _documents(RECORD, columns)
    assert doc.title == "某某市税务局某某市医疗保障局关于2022年度城乡居民医保参保缴费的通告"
    assert doc.addressees is None
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_disclosure_tables_label_cells_may_go_without_their_colon():
    """A disclosure table copied with its bars ('标 题 | …的通知 | ||',
    '文 号 | …号 | 主 题 词 | |') prints its label cells bare, no colon:
    a cell that is one of the table's labels, letter-spaced or not, is a
    label cell still, so the table names the document as the colon's form
    does: its 标题 cell the 标题, its 文号 cell the 发文字号."""
    doc, = _documents(TABLE, None)
    assert doc.title == "关于调整部分医疗服务项目价格的通知"
    assert doc.doc_number == "某医保发〔2023〕5号"
    assert doc.addressees == "各县（区）医疗保障局"
    assert doc.issuers == ["某某市医疗保障局"] and doc.date == "2023-12-27"


def test_a_body_line_opening_on_a_subject_field_stays_text():
    """Control: an activity notice's lines '主题：…', '时间：…', '地点：…'
    are its own text, no page's list (one field the disclosure list knows
    is no run of them)."""
    doc, = _documents(["某某县医疗保障局关于开展医保基金宣传月活动的通知", "各定点医药机构：",
                       "现将有关事项通知如下：", "主题：守护好人民群众的看病钱", "时间：4月1日至30日",
                       "地点：各定点医药机构", "某某县医疗保障局", "2024年3月20日"], None)
    assert doc.title == "某某县医疗保障局关于开展医保基金宣传月活动的通知"
    text = "".join(b.text for part in doc.parts for b in part.blocks if hasattr(b, "text"))
    assert "主题：守护好人民群众的看病钱" in text and doc.addressees == "各定点医药机构"


def test_a_table_of_items_with_bare_cells_stays_a_table():
    """Control: a table in the body whose cells are no disclosure labels
    ('项目 | 单位 | 价格 |') is left as the text's table."""
    doc, = _documents(["某某市医疗保障局关于公布部分医疗服务项目价格的通知", "各公立医疗机构：",
                       "现将调整后的价格公布如下：", "项目 | 单位 | 价格 |", "针灸 | 次 | 20元 |",
                       "某某市医疗保障局", "2023年12月27日"], None)
    assert doc.title == "某某市医疗保障局关于公布部分医疗服务项目价格的通知"
    assert doc.doc_number is None and doc.addressees == "各公立医疗机构"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_number_field_bracketed_with_its_date_gives_the_number(columns):
    """The list's 文号 value printed as a reprint brackets the 发文字号 with
    its date ('（2024年3月1日　某医保发〔2024〕3号）', GB/T 9704's number as a
    gazette reprints it): the number is the document's, read as the bare
    value is."""
    lines = LISTED[:7] + ["（2024年3月1日　某医保发〔2024〕3号）"] + LISTED[8:]
    doc, = _documents(lines, columns)
    assert doc.title == "某某市医保局某某市财政局关于印发《某某市医疗保障基金举报奖励办法》的通知"
    assert doc.doc_number == "某医保发〔2024〕3号"
    assert doc.date == "2024-03-01"


@pytest.mark.parametrize("columns", [None, 26])
def test_control_a_number_field_holding_no_number_gives_none(columns):
    """Control: a 文号 field whose value in brackets is no number ('（无）')
    gives the document none."""
    lines = LISTED[:7] + ["（无）"] + LISTED[8:]
    doc, = _documents(lines, columns)
    assert doc.doc_number is None


PARTNERS = ["某某市医疗保障局关于调整部分市管医疗服务项目价格的通知", "各县区医疗保障局:",
            "现将调整部分市管医疗服务项目价格的有关事项通知如下,请遵照执行。", "一、本通知自2024年1月1日起执行。",
            "某某市医疗保障局 某某市卫生健康委员会", "某某市中医药管理局", "2023年12月27日"]


def test_a_signers_name_the_wrap_cut_to_its_last_characters_goes_on_from_the_line_above():
    """GB/T 9704 7.3.5: joint signers, two on a line parted by a space, the
    third under them. A measure that turns the second name's last
    characters onto a line of their own ('…保障局 某某市卫生健康委' / '员会')
    leaves a tail too short for a name alone: it goes on from the full line
    above, and every signer is read."""
    doc, = _documents(PARTNERS, 17)
    assert doc.issuers == ["某某市医疗保障局", "某某市卫生健康委员会", "某某市中医药管理局"]
    assert "员会" not in [b.text for b in doc.parts[0].blocks if hasattr(b, "text")]


@pytest.mark.parametrize("columns", [None, 26])
def test_control_signers_on_lines_of_their_own_stay_apart(columns):
    """Control: names each on its line, none cut, are read as printed."""
    doc, = _documents(PARTNERS, columns)
    assert doc.issuers == ["某某市医疗保障局", "某某市卫生健康委员会", "某某市中医药管理局"]
