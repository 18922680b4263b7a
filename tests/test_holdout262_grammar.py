"""The document grammar on layouts of the two-hundred-and-sixty-second held-out
set's kind (issue #11): social-credit and integrity texts of cities, counties
and districts (社会信用体系建设 实施方案 and 任务分工方案, a 信用办's 示范县 创建
方案, a 红黑名单 管理办法) as their portals and credit sites store them: a
notice issuing a plan or rules, its 主送, body and signature sometimes left out
so that its title stands right over the issued text's, a signature a 信用办
puts '(代)' after. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice's title right over the title of the text it issues, its 主送, body and signature not printed.
ISSUING_TITLE = ["某某市交通运输局关于印发《某某市交通运输领域红黑名单管理办法》等三项制度的通知",
                 "某某市交通运输领域红黑名单管理办法", "第一章总则",
                 "第一条 为规范本市交通运输领域守信联合激励对象和失信联合惩戒对象（以下简称红名单黑名单）的认定、发布、"
                 "应用、修复和退出，建立健全信用红黑名单管理与应用制度，根据国家和省有关规定，结合本市交通运输实际，"
                 "制定本办法。",
                 "第二条 本办法适用于本市行政区域内的交通运输从业主体。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_title_over_the_text_it_issues_opens_the_document(columns):
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 事由 + 文种, and a 印发 notice's 事由
    names the text it issues ('关于印发《X》的通知'; 党政机关公文处理工作条例 第八条).
    Printed right over X's own title, X's articles under it, it is the notice's
    head over its part (a page kept the title and left out the 主送, body and
    signature), not one of a list of titles: the notice is the document, its
    issuer the organ its title names, X its part."""
    docs = _documents(ISSUING_TITLE, columns)
    assert [d.title for d in docs] == [ISSUING_TITLE[0]]
    assert [p.title for p in docs[0].parts][1:] == ["某某市交通运输领域红黑名单管理办法"]
    assert docs[0].issuers == ["某某市交通运输局"]
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)][-2:] == \
        ["第一条", "第二条"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_title_over_another_text_opens_nothing(columns):
    """Control: a 印发 notice's title over the title of a text it does not name
    (a list of titles, a line left over) still opens no document: the text
    under it, with its own articles, is the document."""
    other = ["某某市公共信用信息管理办法", "第一章总则", ISSUING_TITLE[3],
             "第二条 本办法适用于本市行政区域。"]
    docs = _documents(ISSUING_TITLE[:1] + other, columns)
    assert [d.title for d in docs] == [other[0]]


# A 信用办's notice signed '(代)': the office that has no seal of its own, the organ it sits in signing for it.
SIGNED_FOR = ["某某县社会信用体系建设领导小组办公室关于做好信用修复工作的通知", "县直各有关单位：",
              "为帮助失信主体及时修复信用，现就有关事项通知如下：请各单位于6月底前完成信用修复申请受理。",
              "某某县社会信用体系建设领导小组办公室(代)", "2024年4月17日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_signed_for_another_organ_names_the_office(columns):
    """GB/T 9704 7.3.5.1: the 发文机关署名 is the organ's full name; a body with no
    seal of its own is signed for by the organ it sits in, and the page notes so
    after the name: '(代章)', or '(代)' alone. The note is no part of the name:
    the issuer is the office, as with '(代章)'."""
    docs = _documents(SIGNED_FOR, columns)
    assert [d.title for d in docs] == [SIGNED_FOR[0]]
    assert docs[0].issuers == ["某某县社会信用体系建设领导小组办公室"] and docs[0].date == "2024-04-17"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bracketed_word_that_is_no_signing_note_stays_in_the_name(columns):
    """Control: '(代章)' was read so before; a bracket that holds another word
    ('(筹)', a body being set up) is no signing note: it stays in the signer's
    name as printed."""
    sealed = SIGNED_FOR[:3] + ["某某县社会信用体系建设领导小组办公室(代章)", SIGNED_FOR[4]]
    docs = _documents(sealed, columns)
    assert docs[0].issuers == ["某某县社会信用体系建设领导小组办公室"]
    founding = SIGNED_FOR[:3] + ["某某县信用服务中心(筹)", SIGNED_FOR[4]]
    assert _documents(founding, columns)[0].issuers[0] == "某某县信用服务中心（筹）"


# An 附件说明 naming a body (its name ending in its kind word, 领导小组) over the signature and date.
ANNEX_NAMED_BODY = ["某某区人民政府关于印发某某区社会信用体系建设实施方案的通知", "各镇人民政府、各街道办事处：",
                    "现将《某某区社会信用体系建设实施方案》印发给你们，请结合实际，认真贯彻执行。",
                    "附件：某某区社会信用体系建设工作领导小组", "某某区人民政府", "2017年11月24日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_kind_word_alone_under_the_annex_line_is_no_signer(columns):
    """GB/T 9704 7.3.4 and 7.3.5.1: the 附件说明 names the annex under the body,
    the 署名 the organ, whole or by its 规范化简称, never by its kind word alone.
    Where a narrow measure cuts the annex's name before its kind word ('附件：
    …工作领导' / '小组'), that word is the name going on, no signer over the
    one above the date: the annex line is one paragraph, the issuer the
    government alone."""
    docs = _documents(ANNEX_NAMED_BODY, columns)
    assert [d.issuers for d in docs] == [["某某区人民政府"]] and docs[0].date == "2017-11-24"
    texts = [b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "text")]
    assert any(t.replace("：", ":").endswith("工作领导小组") and t.startswith("附件") for t in texts)
    assert "小组" not in texts


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_wrapped_before_its_kind_word_stays_one_name(columns):
    """Control: a signer's name the measure wrapped before its kind word
    ('…信用体系建设领导小组' / '办公室') is still one name over the date: the
    kind word alone goes on from the name above it (the organ the title names
    is an issuer too, as before)."""
    signed = ANNEX_NAMED_BODY[:3] + ["某某区社会信用体系建设领导小组办公室", ANNEX_NAMED_BODY[5]]
    docs = _documents(signed, columns)
    assert docs[0].issuers[0] == "某某区社会信用体系建设领导小组办公室" and "办公室" not in docs[0].issuers


# A plan's excerpt the store cut right after an outline's label, the heading's words not printed.
CUT_AT_LABEL = ["某某市人民政府办公室关于印发某某市社会信用体系建设方案的通知", "各县（市、区）人民政府，市人民政府各部门：",
                "现将《某某市社会信用体系建设方案》印发给你们，请认真贯彻执行。", "某某市人民政府办公室", "2015年7月1日",
                "某某市社会信用体系建设方案", "一、指导思想", "以创建诚信城市示范试点为抓手，重点开展政务诚信建设。", "二、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_title_under_an_outline_label_alone_opens_its_document(columns):
    """GB/T 9704 7.3.1: a 标题 is its 发文机关, 关于, its 事由 and its 文种. An
    outline's label alone on its line ('二、'), the store cutting the excerpt
    before its heading's words, has no heading that names an organ's 公文 so:
    a division's heading names a matter. The organ's title under it is the
    next document's, not the heading of the plan's second division."""
    docs = _documents(CUT_AT_LABEL + ISSUING_TITLE, columns)
    assert [d.title for d in docs] == [CUT_AT_LABEL[0], ISSUING_TITLE[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_matter_under_an_outline_label_alone_is_its_heading(columns):
    """Control: the heading's words under the label alone name a matter
    ('二、' / '主要任务'), or a matter that opens on 关于 with no organ
    ('关于信用信息归集共享'): the division's heading, no title."""
    for heading in ("主要任务", "关于信用信息归集共享"):
        docs = _documents(CUT_AT_LABEL + [heading, "建立信用信息平台，实现信用信息互联互通。"], columns)
        assert [d.title for d in docs] == [CUT_AT_LABEL[0]]
