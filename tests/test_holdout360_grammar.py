"""The document grammar on layouts of the three-hundred-and-sixtieth held-out
set's kind (issue #11): social assistance texts of cities and counties (最低
生活保障, 特困人员救助供养, 临时救助, 社会救助: a county's 通知 issuing its 临时救助
办法, a city's 低保 通知 a law site runs into one line, a 兵团 city office's 通知
issuing its 意见, a county-level city office's 转发 printing the city's 通知
under it, a county-level city's 低保审批 方案 titled with no organ, a 转发 通知
on a mirror inserting pinyin) as law libraries, wikis and mirrors store them,
one 转发 通知 that names the 通知 it forwards and prints it not, the next text a
方案 printed alone under it. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city government's 转发 通知 that names the 通知 it forwards and prints it not (a page cut it off), no signature.
FORWARDS_UNPRINTED = ["市政府转发南州市政府关于调整全市居民最低生活保障等标准的通知",
                      "各镇人民政府，各街道办事处，市各委办局：",
                      "现将南州市《市政府关于调整全市居民最低生活保障等标准的通知》（南政发〔2023〕23号）转发给你们，请遵照执行。",
                      "最低生活保障标准调整所需经费，仍按原资金渠道承担。"]
# A county-level city's 方案 printed alone: its place first, no organ, a preamble that names it as itself.
PLAN_ALONE = ["北湖市城乡低保审批权限下放工作实施方案",
              "根据有关文件精神，为进一步深化行政审批制度改革，决定在全市组织开展城乡低保审批权限下放工作，特制定本方案。",
              "一、指导思想", "以新时代中国特色社会主义思想为指导，形成服务优质高效的城乡低保工作机制。",
              "二、基本原则", "坚持属地管理、分级负责原则。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_of_another_kind_than_a_forwarding_notice_names_is_a_text_of_its_own(columns):
    """党政机关公文处理工作条例 第八条: a 通知 issues or forwards the texts it
    names ('现将《…的通知》转发给你们'). A title by its own grammar (its place
    first, its 文种 last) over a preamble that names the text by that 文种 as
    itself ('…特制定本方案。': titles.names_itself_under), right under such a
    notice whose named texts are all of other 文种 and none of them is it, is
    no text the notice passes on: a 方案 printed alone, a document of its own
    (documents._names_itself_past_named), though the notice's named 通知 was
    never printed."""
    docs = _documents(FORWARDS_UNPRINTED + PLAN_ALONE, columns)
    assert [d.title for d in docs] == [FORWARDS_UNPRINTED[0], PLAN_ALONE[0]]
    assert docs[0].issuers == ["市政府"]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_plan_a_notice_issues_stays_its_part(columns):
    """The control: the 方案 a notice names as the text it issues ('现将《…
    实施方案》印发给你们'), printed under it with the same preamble, is that
    notice's part, no document of its own."""
    notice = ["北湖市人民政府办公室关于印发北湖市城乡低保审批权限下放工作实施方案的通知",
              "各镇人民政府，各街道办事处：",
              "现将《北湖市城乡低保审批权限下放工作实施方案》印发给你们，请认真贯彻执行。"]
    docs = _documents(notice + PLAN_ALONE, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert PLAN_ALONE[0] in [p.title for p in docs[0].parts]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_forwarded_notice_printed_under_a_forwarding_notice_stays_its_part(columns):
    """The control: a text of the 文种 the notice names (the forwarded 通知
    itself, its organ over its title) stays the forwarding notice's."""
    forwarded = ["南州市人民政府", "关于调整全市居民最低生活保障等标准的通知", "各县（市、区）人民政府：",
                 "经研究，决定调整全市居民最低生活保障标准。现就有关事项通知如下：",
                 "一、城市居民最低生活保障标准调整为每人每月800元。"]
    docs = _documents(FORWARDS_UNPRINTED[:3] + forwarded, columns)
    assert [d.title for d in docs] == [FORWARDS_UNPRINTED[0]]


# A district's notice a page cut mid-sentence ('…上台阶、上水'), no signature.
CUT_SHORT = ["东城区人民政府关于做好春季植树造林工作的通知", "各街道办事处：",
             "请各街道在3月底前完成造林任务，促进全区绿化工作上台阶、上水"]
# A city's notice a law site stores as ONE line, its title, 发文字号 and body parted by single spaces, no 主送.
ONE_LINE = ["南山市人民政府关于在我市推行农村居民最低生活保障制度的通知 市政发〔2005〕75号 为切实保障农村特困群众的基本生活，"
            "市政府决定从今年6月起，在全市推行农村居民最低生活保障制度。现就有关事项通知如下： 一、明确重点，完善农村社会"
            "救助体系 1998年以来，我市在农村开展了最低生活保障试点工作。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_its_number_and_body_parted_by_spaces_open_a_document_under_a_sentence_cut_short(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 stands under the title and the
    body under both; a page that runs a whole notice into one paragraph parts
    its pieces by single spaces ('…的通知 市政发〔2005〕75号 为…'). A title by
    its grammar (organ, 关于, 事由, 文种), then a space, then a whole 发文字号
    unbracketed and the body, is parted so even under a line an excerpt cut
    mid-sentence (unfold.title_ends._spaced_frame_opening): a sentence cites a
    text in 《》 and its number in brackets, with no space (党政机关公文处理工作
    条例 第二十条), never so."""
    docs = _documents(CUT_SHORT + ONE_LINE, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0], ONE_LINE[0].split(" ")[0]]
    assert docs[1].doc_number == "市政发〔2005〕75号"
    assert docs[0].issuers == ["东城区人民政府"] and docs[1].issuers == ["南山市人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_cites_a_title_and_its_number_goes_on_under_a_sentence_cut_short(columns):
    """The control: a sentence's citation of a text in 《》 with its number in
    brackets, on a line under one cut mid-sentence, is no title: one document."""
    cited = ["按照《南山市人民政府关于在我市推行农村居民最低生活保障制度的通知》（市政发〔2005〕75号）要求，各街道要做好工作。"]
    docs = _documents(CUT_SHORT + cited, columns)
    assert [d.title for d in docs] == [CUT_SHORT[0]]
