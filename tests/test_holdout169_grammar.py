"""The document grammar on layouts of the hundred-and-sixty-ninth held-out
set's kind (issue #11): texts of unusual organ forms (the 指挥部 of a 盟 or of
a 地区 under a 行政公署, a 林区's protected areas run by a 管理局 or a 管护局)
as portals and mirrors store them. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 公告 titled by its organ's name alone, its serial under it in brackets, the year run into 第 without 年.
SERIAL_NOTICE = ["某某盟疫情防控指挥部公告", "( 2022第47号)",
                 "11月5日，全盟最后2例患者治愈出院，全盟病例实现清零。请广大干部群众继续做好个人防护。",
                 "2022年11月5日"]
SERIAL_CONTROL = ["某某盟疫情防控指挥部公告", "(2022年第47号)",
                  "11月5日，全盟最后2例患者治愈出院，全盟病例实现清零。请广大干部群众继续做好个人防护。",
                  "2022年11月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_serial_whose_year_runs_into_its_number_is_the_notices_number(columns):
    """A 公告's serial under its title (GB/T 9704 10.2: '第N号' under the
    标志), its year printed before 第 and the 年 left out ('( 2022第47号)'): the
    number, cited with the heading as a 公告 titled by its organ alone is, not
    a piece of the title."""
    doc, = _documents(SERIAL_NOTICE, columns)
    assert doc.title == "某某盟疫情防控指挥部公告"
    assert doc.doc_number == "某某盟疫情防控指挥部公告2022第47号"
    assert doc.date == "2022-11-05"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_serial_with_its_year_printed_whole_reads_as_before(columns):
    """Control: '(2022年第47号)' keeps its 年."""
    doc, = _documents(SERIAL_CONTROL, columns)
    assert (doc.title, doc.doc_number) == ("某某盟疫情防控指挥部公告", "某某盟疫情防控指挥部公告2022年第47号")


# A 公示 whose excerpt ends before its date: the organ named over its contact lines and again under them.
CONTACT_CUT = ["关于某某湿地保护区勘界立标成果的公示",
               "某某湿地保护区勘界立标成果报告已通过专家评审，现向社会公示。",
               "公示时间：2024年11月15日至2024年11月21日，若有异议，请向某某国家公园管理局反馈。",
               "某某国家公园管理局", "联系人：王某，", "联系电话：0719-3452934", "某某国家公园管理局"]
NEXT_ABOUT = ["关于禁止在某某景区内游览的通告", "广大市民朋友：",
              "某某景区属待开发区域，不具备游览的安全保障条件，现将有关事项通告如下：",
              "1、禁止任何单位和个人组织景区游览活动。", "2、禁止市民擅自进入景区游览和探险。", "特此通告",
              "某某森林公园保护中心", "2021年8月3日"]
# Control: a text that ends on its contact line, the next title's organ on the line over its 关于.
CONTACT_END = ["关于某某湿地保护区勘界立标成果的公示",
               "某某湿地保护区勘界立标成果报告已通过专家评审，现向社会公示，若有异议，请及时反馈。",
               "联系电话：0719-3452934"]
NEXT_ORGAN = ["某某县水利局", "关于禁止在某某河段采砂的通告",
              "为保障防洪安全，根据有关法律法规规定，现将有关事项通告如下：", "一、某某河段禁止采砂。",
              "某某县水利局", "2021年8月3日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_organ_under_the_contact_a_text_closes_with_signs_it(columns):
    """GB/T 9704 7.3.5-7.3.6: the organ's name alone under the contact lines
    that follow the body's last sentence ('联系人：…' / '联系电话：…', perhaps
    under the same name), the organ the text names as the office to reach,
    is its signature, though the excerpt ends before its date: the issuer,
    and no 发文机关 of the title under it."""
    docs = _documents(NOTICE + CONTACT_CUT + NEXT_ABOUT, columns)
    assert [d.title for d in docs] == [NOTICE[0], CONTACT_CUT[0], NEXT_ABOUT[0]]
    assert docs[1].issuers == ["某某国家公园管理局"] and docs[1].date is None
    assert docs[2].issuers == ["某某森林公园保护中心"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_the_text_above_never_names_heads_the_title_under_it(columns):
    """Control: over a '关于…' line, the organ's name under a text that ends
    on its contact line, but that the text never names, is the title's
    发文机关 (GB/T 9704 7.3.1)."""
    docs = _documents(NOTICE + CONTACT_END + NEXT_ORGAN, columns)
    assert [d.title for d in docs] == [NOTICE[0], CONTACT_END[0], "某某县水利局关于禁止在某某河段采砂的通告"]
    assert docs[1].issuers == []


# A 通告 whose first item's 一 the page printed as a horizontal bar.
BARRED = ["某某自然保护区实行封闭管理通告", "为加强资源保护管理工作，经市人民政府同意，决定实行封闭管理。现通告如下：",
          "―、自2021年10月20日起，对保护区全段实行封闭管理，任何单位和个人未经批准不得进入保护区。",
          "二、保护区各级管理机构要加强入山路口值守，做好劝返工作。",
          "三、对未经批准擅自进入保护区的，将严格依据相关规定进行处罚。",
          "某某自然保护区管护局", "2021年10月18日"]
# Control: a paragraph that opens on a dash with no 、 after it is no item.
DASHED = ["某某自然保护区实行封闭管理通告", "为加强资源保护管理工作，现通告如下：",
          "—自2021年10月20日起，对保护区全段实行封闭管理，任何单位和个人未经批准不得进入保护区。",
          "某某自然保护区管护局", "2021年10月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bar_set_for_one_before_its_mark_is_the_first_items_label(columns):
    """A page that lacked 一 in its font or code prints a horizontal bar in
    its place: a bar with 、 after it at a paragraph's head ('―、自…' over
    '二、…', '三、…'), where no dash takes that mark, is the first item's label,
    the list's 一、."""
    doc, = _documents(BARRED, columns)
    items = [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [(b.kind, b.label) for b in items] == [("cn", "―、"), ("cn", "二、"), ("cn", "三、")]
    assert items[0].text.startswith("自2021年10月20日起")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_paragraph_that_opens_on_a_dash_alone_is_no_item(columns):
    """Control: a dash with no 、 after it ('—自…起') labels nothing."""
    doc, = _documents(DASHED, columns)
    assert not [b for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


def _issue(entry_number: str, printed: str) -> list:
    lines = ["某某政府公报", "2022年第1号", "目　　录", "某某盟疫情防控指挥部文件", "某某盟疫情防控指挥部公告",
             f"（{entry_number}） 1", "某某县人民政府文件", "某某县人民政府关于做好春季植树造林工作的通知 2",
             "某某盟疫情防控指挥部公告", printed,
             "11月5日，全盟最后2例患者治愈出院，全盟病例实现清零。请广大干部群众继续做好个人防护。", "2022年11月5日"]
    return convert("\n".join(lines + NOTICE).encode("utf-8"), "x/x.txt", "x").documents


@pytest.mark.parametrize("entry, printed", [("某某盟疫情防控指挥部公告2022年第47号", "(2022年第47号)"),
                                            ("某某盟疫情防控指挥部公告2022第47号", "( 2022第47号)")])
def test_a_contents_entry_drops_the_serial_with_its_year(entry, printed):
    """A 目录 prints a 公告's serial in brackets after its title, its organ
    and the year before 第, the 年 printed or left out as the 公告 prints it
    under its title ('（某盟指挥部公告2022年第47号）'): the entry's number,
    not its title's words, so the entry is the 公告's and the 公告 opens
    under the 目录 (GB/T 9704 10.2)."""
    docs = _issue(entry, printed)
    assert [d.title for d in docs] == ["某某盟疫情防控指挥部公告", NOTICE[0]]
    assert docs[0].doc_number == entry


def test_a_contents_entry_whose_bracket_holds_no_serial_keeps_it():
    """Control: a bracket that holds the title's own words ('（第二批）', no
    号) stays in the entry's title."""
    lines = ["某某政府公报", "2022年第1号", "目　　录", "某某县人民政府文件", "某某县人民政府关于公布传统村落名录的通知（第二批） 1",
             "某某县人民政府关于公布传统村落名录的通知（第二批）", "各乡镇人民政府：",
             "现将第二批传统村落名录予以公布，请认真做好保护工作。", "某某县人民政府", "2022年11月5日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["某某县人民政府关于公布传统村落名录的通知（第二批）"]


# A 通告's title run into the public it addresses, as an extractor that joins text boxes gives it.
PUBLIC_RUN_IN = ["关于禁止在某某景区内游览的通告广大市民朋友：",
                 "某某景区属待开发区域，不具备游览的安全保障条件，现将有关事项通告如下：",
                 "1、禁止任何单位和个人组织景区游览活动。", "特此通告", "某某森林公园保护中心", "2021年8月3日"]
# Control: a sentence run in after the title that closes on its colon but names no public.
SENTENCE_RUN_IN = ["关于禁止在某某景区内游览的通告为保障游客安全现将有关事项通告如下：",
                   "1、禁止任何单位和个人组织景区游览活动。", "特此通告", "某某森林公园保护中心", "2021年8月3日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_public_a_notice_addresses_run_in_after_its_title_is_its_addressee(columns):
    """党政机关公文处理工作条例 第八条: a 通告 or 公告 tells the public, and
    may address them as its 主送 ('广大市民朋友：', GB/T 9704 7.3.2): run in
    after the title's 文种 (text boxes joined), that salutation, short,
    closing on its colon and naming the people, parts the title from it
    under a text that ends mid-sentence as under a finished one."""
    docs = _documents(NOTICE + PUBLIC_RUN_IN, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于禁止在某某景区内游览的通告"]
    assert docs[1].addressees == "广大市民朋友"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_run_in_after_a_notices_title_is_no_addressee(columns):
    """Control: words after the 文种 that close on a colon but name no
    public ('为保障游客安全现将有关事项通告如下：') are the body's: no 主送."""
    docs = _documents(NOTICE + SENTENCE_RUN_IN, columns)
    assert docs[-1].addressees is None
