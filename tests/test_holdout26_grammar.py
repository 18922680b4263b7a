"""The document grammar on layouts of the twenty-sixth held-out set's kind
(issue #11): documents of 2000-2020 of ministries, commissions, an autonomous
region and cities as law sites and portals reprint them: a title printed
again without its organs under the 发文字号, a 版头 whose 文件 stands on a line
of its own, a 令 named by its organ's level alone, a list cut after its first
item. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import unicodedata

import pytest

from builder.convert import convert
from tests.devset.layout import Document, indented, laid_out
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _nfkc(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "")


# ---------------------------------------------------------------- a title printed again without its organs

JOINT_NOTICE = ["某某委员会办公室、某某部关于印发《某某机构编制监督检查工作暂行规定》的通知",
                "某编办发〔2007〕5号",
                "关于印发《某某机构编制监督检查工作暂行规定》的通知",
                "各省、自治区、直辖市编办、监察厅(局),国务院各部委、各直属机构办公厅:",
                "现将《某某机构编制监督检查工作暂行规定》印发给你们,请结合实际情况,认真遵照执行。",
                "某某委员会办公室 中华人民共和国某某部",
                "2007年2月13日",
                "某某机构编制监督检查工作暂行规定",
                "第一条 为规范某某工作,制定本规定。",
                "第二条 本规定自发布之日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_printed_again_without_its_organs_is_the_same_title(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种; under the 版头 that
    names the organs it may open at 关于. A reprint names them above the
    发文字号 and keeps the original's title under it: that second title is the
    same document's, not a text it issues, so the 主送, the signature and the
    date under it are the notice's frame."""
    docs = _documents(JOINT_NOTICE, columns)
    assert [d.title for d in docs] == [JOINT_NOTICE[0]]
    doc = docs[0]
    assert doc.doc_number == "某编办发〔2007〕5号"
    assert _nfkc(doc.addressees) == _nfkc(JOINT_NOTICE[3][:-1])
    assert doc.issuers == ["某某委员会办公室", "中华人民共和国某某部"] and doc.date == "2007-02-13"
    assert [p.title for p in doc.parts[1:]] == ["某某机构编制监督检查工作暂行规定"]
    assert "关于印发《某某机构编制监督检查工作暂行规定》的通知" in [getattr(b, "text", None) for b in doc.parts[0].blocks]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_different_title_under_the_number_is_still_a_text_of_its_own(columns):
    """Only the title's own tail from 关于 on is the title again: another
    notice's title under the number stays what it is."""
    other = JOINT_NOTICE[:2] + ["关于印发《某某考核办法》的通知"] + JOINT_NOTICE[3:]
    titles = [p.title for d in _documents(other, columns) for p in d.parts]
    assert "关于印发《某某考核办法》的通知" in titles


def test_joint_signers_set_right_and_wrapped_before_the_last_names_ending_stay_two():
    """Two organs signing on one line, set right by spaces, the measure
    leaving the last name's ending alone on the next line ('…办公室
    中华人民共和国监察' / '部'): the line read whole is the two names, parted
    where they were printed apart, not one name run together."""
    paragraphs = list(JOINT_NOTICE)
    paragraphs[0] = "中央机构编制委员会办公室、监察部" + JOINT_NOTICE[2]
    paragraphs[5] = "中央机构编制委员会办公室 中华人民共和国监察部"
    paragraphs += ["第三条 各级机构编制管理机关应当按照法定管理权限,履行机构编制监督检查职责,"
                   "各级监察机关应当依法履行行政监察职责,检查执行机构编制管理规定中存在的问题。"] * 3
    doc = Document("x", tuple(paragraphs), paragraphs[0], paragraphs[1], "2007-02-13", "规范性文件")
    layout = indented([doc], columns=26, spaced=True)
    assert any(line.strip() == "部" for line in layout.text.splitlines())
    converted, = convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents
    assert converted.issuers == ["中央机构编制委员会办公室", "中华人民共和国监察部"]


# ---------------------------------------------------------------- a list cut after its first item

CUT_LIST = ["某某市人民政府关于印发某某市医疗救助实施细则的通知", "某政发〔2009〕27号", "各县区人民政府:",
            "《某某市医疗救助实施细则》已经市政府同意,现印发给你们,请认真贯彻执行。", "二○○九年五月二十五日",
            "某某市医疗救助实施细则", "第一条 医疗救助实行属地管理。",
            "(一)城市医疗救助对象为本市户口的以下人员:",
            "1.城市居民最低生活保障对象。主要是未参加城镇职工基本医疗保险的人员。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_first_item_under_the_colon_that_announces_its_list_is_a_provision(columns):
    """An item ending in a colon announces its sub-items: the '1.' under it
    is their first even where the text stops before its '2.' (an excerpt cut
    short)."""
    doc, = _documents(CUT_LIST, columns)
    labels = [p.label for p in doc.provisions]
    assert labels[-2:] == ["（一）", "1."]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_lone_one_under_a_sentence_is_no_list(columns):
    """Under a sentence, not an item ending in that colon, a '1.' with no
    '2.' after it is no list (a sentence's own numbering)."""
    lines = CUT_LIST[:7] + ["医疗救助以家庭为单位申请。", "1.城市居民最低生活保障对象可以直接申请。"]
    doc, = _documents(lines, columns)
    assert "1." not in [p.label for p in doc.provisions]


# ---------------------------------------------------------------- a 版头 whose 文件 stands on a line of its own

STACKED_MARK = ["某某自治区人民政府", "文件", "某政发〔2020〕16号",
                "关于印发《某某自治区稳就业实施意见》的通知",
                "各州、市、县(市)人民政府,自治区人民政府各部门、各直属机构:",
                "《某某自治区稳就业实施意见》已经自治区人民政府常务会议审议通过,现印发你们,请认真贯彻执行。",
                "2020年3月19日", "(此件公开发布)", "某某自治区稳就业实施意见",
                "为做好稳就业工作,提出以下实施意见。", "一、总体要求"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_mark_whose_wenjian_stands_under_the_organ_is_one_mark(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件; set
    large, a long name puts 文件 on a line of its own. The two lines are one
    mark over the 发文字号: an unsigned notice whose title names no organ is
    that organ's."""
    doc, = _documents(STACKED_MARK, columns)
    assert doc.issuers == ["某某自治区人民政府"] and doc.doc_number == "某政发〔2020〕16号"
    assert doc.parts[0].blocks[0].text == "某某自治区人民政府文件"


# ---------------------------------------------------------------- a 令 named by its organ's level alone

LEVEL_ORDER = ["某某市公园管理办法", "市人民政府令第129号",
               "《某某市公园管理办法》已经2011年8月8日市人民政府第73次常务会议通过,现予公布,自2011年10月1日起施行。",
               "市长 张某", "二O一一年八月十日", "第一章 总 则", "第一条 为了加强公园管理,制定本办法。",
               "第二条 本办法自2011年10月1日起施行。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_order_named_by_its_level_alone_is_the_government_of_the_place_its_regulation_names(columns):
    """A government's own pages print its 令 as '市人民政府令第129号': the
    organ is the city's government the regulation it promulgates names
    ('某某市公园管理办法'), as a 令 signed by its head's post is."""
    doc, = _documents(LEVEL_ORDER, columns)
    assert doc.title == "某某市公园管理办法" and doc.kind == "令"
    assert doc.issuers == ["某某市人民政府"] and doc.date == "2011-08-10"


def test_an_order_of_a_level_with_no_place_in_its_regulations_title_keeps_its_name():
    """A regulation whose title names no place of that level leaves the name as printed."""
    lines = ["公园管理办法"] + LEVEL_ORDER[1:2] + [LEVEL_ORDER[2].replace("某某市公园", "公园")] + LEVEL_ORDER[3:]
    doc, = _documents(lines, None)
    assert doc.issuers == ["市人民政府"]


# ---------------------------------------------------------------- the issuer a 目录 section names

def _issue(body: list[str], columns: int | None):
    front = ["某某盟行政公署公报", "2020年第2期", "2020年4月10日", "目　　录",
             "某某自治区人民政府文件", STACKED_MARK[3] + "……1", ""]
    return convert("\n".join(front + laid_out(body, columns)).encode("utf-8"), "x/issue.txt", "issue")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_unsigned_text_is_the_organs_whose_documents_the_toc_lists_it_under(columns):
    """A gazette's 目录 groups documents under their issuer's 'XX文件'; the
    issue prints that heading over the text (its 版头), over a title that
    names no organ, the 发文字号 in brackets under it. Neither signed nor
    named in its title, the text is that organ's."""
    body = ["某某自治区人民政府文件", STACKED_MARK[3], "(2020年3月19日 某政发〔2020〕16号)", *STACKED_MARK[4:]]
    doc, = _issue(body, columns).documents
    assert doc.title == STACKED_MARK[3]
    assert doc.issuers == ["某某自治区人民政府"]


# Sweep at seeds 15-20 (2026-12-04): holdout26's 淮南 order, its sentence quoting the title with a space after 《,
# as a printed issue wraps it at 26 columns.
SPACED_ORDER = ["某某市公园管理办法", "市人民政府令第129号", "《 某某市公园管理办法》已经2011年8月8日市人民政府",
                "第73次常务会议通过,现予公布,自2011年10月1日起施行。", "市长 张三", "二O一一年八月十日", "第一章 总 则",
                "第一条 为了加强公园建设和管理,保护和改善生态环境,", "美化城市,根据有关法律、法规,结合本市实际,制定本办法。",
                "第二条 本市行政区域内,公园的规划、建设、管理和保护,", "适用本办法。"]


def test_a_space_inside_the_quoted_name_of_what_an_order_promulgates_is_no_part_of_the_title():
    """The title over a 令 is what its sentence promulgates, a space set
    inside the 书名号 none of the name's: the title names its place, whose
    government the order named by its level alone ('市人民政府令') is."""
    [doc] = convert("\n".join(SPACED_ORDER).encode("utf-8"), "x/x.txt", "x").documents
    assert (doc.title, doc.doc_number, doc.issuers) == ("某某市公园管理办法", "市人民政府令第129号", ["某某市人民政府"])
