"""The document grammar on layouts of the hundred-and-fourteenth held-out set's
kind (issue #11): everyday documents of autonomous areas' organs and the bodies
under them (an autonomous region's department, a region's leading group, an
autonomous prefecture's government, a region's 行政公署, a city and a county
inside autonomous prefectures), as their sites and law databases store them.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


def _text(doc) -> str:
    return "".join(block.text for part in doc.parts for block in part.blocks if hasattr(block, "text"))


# ---------------------------------------------------------------- a page's metadata printed as a list

TITLE = "某某地区行政公署关于印发《某某地区行政公署工作规则》的通知"
FRAME = [TITLE, "各县人民政府，行署各局、委、办：", "《某某地区行政公署工作规则》已经行署研究通过，现印发给你们，请认真贯彻执行。",
         "某某地区行政公署", "2021年11月9日"]


def _listed(title: str = TITLE, mark: str = "- ") -> list[str]:
    return [f"{mark}索引号:dqxs/2021-00016", f"{mark}发文字号:某行发〔2021〕42号", f"{mark}发文机构:地区行署",
            f"{mark}名 称:{title}", f"{mark}公文种类 :其他", f"{mark}发布日期:2021-12-22 17:45"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["- ", ""])
def test_a_metadata_list_over_the_title_is_the_pages(mark, columns):
    """A disclosure page's metadata may be copied as a list, one 'label:value'
    field a line ('- 索引号:…', '- 发文字号:某行发〔2021〕42号', '- 名 称:…的通知',
    '- 发布日期:…'), over the page's own title: the fields are the page's, as
    a metadata table's rows are, no document of their own and no tail of the
    document before; their 文号 field gives the 发文字号 the page prints
    nowhere else (GB/T 9704 7.2.4)."""
    docs = _documents(NOTICE + _listed(mark=mark) + FRAME, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某行发〔2021〕42号", ["某某地区行政公署"], "2021-11-09")
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")
    assert "索引号" not in _text(docs[0]) + _text(docs[1])


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_metadata_list_alone_names_the_document(columns):
    """Where the page prints the text from its 主送 on, its list's 名称 field
    alone holds the title: the document is titled so, its 发文字号 the 文号
    field's."""
    docs = _documents(NOTICE + _listed() + FRAME[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert (docs[1].doc_number, docs[1].addressees) == ("某行发〔2021〕42号", "各县人民政府，行署各局、委、办")


@pytest.mark.parametrize("columns", [None, 26])
def test_fields_of_a_text_stay_its_text(columns):
    """Control: a notice's own 'label:value' lines (its contact fields, an
    entity's particulars under 名称) are its text: no 名称 in them holds a
    title ending in a 文种."""
    fields = ["名称:某某县供水有限公司", "发布机构:某某县水利局", "来源:某某县水利局", "联系人:张某", "联系电话:1234567"]
    docs = _documents(["某某县水利局关于公布城区供水单位的通知", "各乡镇人民政府：", "现将城区供水单位公布如下：",
                       *fields, "某某县水利局", "2022年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县水利局关于公布城区供水单位的通知"]
    assert all(field.replace(":", "") in _text(docs[0]).replace(":", "").replace("：", "") for field in fields)
    assert docs[0].date == "2022-05-06"


# ---------------------------------------------------------------- an autonomous region's name in a signature

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("signed,organ", [("内蒙古 自治区农牧厅", "内蒙古自治区农牧厅"),
                                          ("广西 壮族自治区教育厅", "广西壮族自治区教育厅"),
                                          ("新疆维吾尔 自治区林业和草原局", "新疆维吾尔自治区林业和草原局")])
def test_a_scanners_space_inside_an_autonomous_regions_name_parts_no_words(signed, organ, columns):
    """An autonomous region's organs name their place in full ('内蒙古自治区
    农牧厅') or by the level alone, as the region's own texts do ('自治区农牧厅'):
    a scanner's space after the region's proper name in the 署名 ('内蒙古
    自治区农牧厅') leaves a piece that reads as a whole name, but what stands
    before it is the rest of the region's name, not words the page ran on
    from the line above: the signature is the one organ."""
    title = organ + "关于做好秋季草原防火工作的通知"
    docs = _documents([title, "各盟市林草局：", "为做好秋季草原防火工作，现就有关事项通知如下：请各地加强巡查。",
                       signed, "2025年9月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == ([organ], "2025-09-01")
    assert not any(block.text.endswith(signed.split()[0]) for part in docs[0].parts for block in part.blocks)


@pytest.mark.parametrize("columns", WIDTHS)
def test_words_run_on_before_a_regions_organ_stay_the_texts(columns):
    """Control: words the page ran onto the signature's line ('…先进个人名单
    自治区农牧厅', the 附件说明's end) are no part of a region's name: they go
    back to the line above, and the organ signs alone, by its level as the
    region's texts name it: the same body the title names in full, one
    issuer as signed (an autonomous area's level is a word of its own:
    自治区, 自治州, 自治县)."""
    title = "内蒙古自治区农牧厅关于表彰全区农牧业先进个人的通知"
    docs = _documents([title, "各盟市农牧局：", "现将先进个人名单印发给你们。", "附件：全区农牧业先进个人名单",
                       "农牧业先进个人名单 自治区农牧厅", "2025年9月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].date == "2025-09-01"
    assert docs[0].issuers == ["自治区农牧厅"]
