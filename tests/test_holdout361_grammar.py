"""The document grammar on layouts of the three-hundred-and-sixty-first held-out
set's kind (issue #11): house expropriation and land-requisition compensation
texts of cities, counties and districts (a county's 征收决定 on a pinyin
mirror, a district's 征收决定 公告 run into one line, a county's 通知 issuing
its 集体土地 征收 办法, land bureaus' 征地补偿安置方案公告) as sites store
them, one announcing its own 方案 by its name in 《》 ('现将《征收补偿安置方案》
内容和有关事项公告如下:') over a date with no signature, the next bureau's 公告
titled '…征地补偿安置方案公告' right under it. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county land bureau's 公告 that names its own 方案 in 《》 in its 过渡语 and closes on a date with no signature.
OWN_PLAN_ANNOUNCED = ["南岭县国土资源局", "征地补偿安置方案公告", "(2009)第1号",
                      "根据省国土资源厅《南岭县看守所搬迁项目建设用地的批复》批准的《征收土地方案》,南岭县国土资源局依据"
                      "有关规定,现将《征收补偿安置方案》内容和有关事项公告如下:",
                      "一、土地补偿安置标准", "1、土地补偿费按14.24万元/公顷。", "二、地上附着物补偿标准",
                      "按有关文件规定的标准补偿。", "特此公告", "二〇〇九年四月九日"]
# Another city's bureau's 公告, its 事由 a 方案 of its own place, its 文种 公告.
NEXT_BUREAUS = ["北山市国土资源局征地补偿安置方案公告", "按照省国土资源厅的批复，现将有关事项公告如下:",
                "一、土地补偿安置标准。", "二、本方案在征求意见后，报市人民政府批准组织实施。", "特此公告",
                "北山市国土资源局", "二○一六年七月二十日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_published_title_ending_on_another_kind_than_the_named_text_opens_a_document(columns):
    """GB/T 9704 7.3.1: a title closes on its 文种, and a name shortened for
    a sentence drops words of its 事由, never its 文种. A 公告 (or 通告) is
    published to all under its own title (党政机关公文处理工作条例 第八条): a
    name in 《》 ending on another 文种 ('《征收补偿安置方案》', a 方案) in the
    text above names no such title, though most of it is found in the title's
    事由 ('北山市国土资源局征地补偿安置方案公告'): that title opens a document
    of its own (parts._published_of_other_kind), not a part of the 公告
    above."""
    docs = _documents(OWN_PLAN_ANNOUNCED + NEXT_BUREAUS, columns)
    assert [d.title for d in docs] == ["南岭县国土资源局征地补偿安置方案公告", NEXT_BUREAUS[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县国土资源局"], "2009-04-09")
    assert (docs[1].issuers, docs[1].date) == (["北山市国土资源局"], "2016-07-20")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_of_the_named_kind_printed_under_its_notice_stays_its_part(columns):
    """The control: a notice that issues a 方案 it names in 《》 ('现将《南岭县
    征地补偿安置方案》印发给你们') keeps the 方案 printed under its date as its
    part, the title the name it gave, of the same 文种."""
    notice = ["南岭县人民政府关于印发南岭县征地补偿安置方案的通知", "各乡镇人民政府：",
              "现将《南岭县征地补偿安置方案》印发给你们，请认真贯彻执行。", "南岭县人民政府", "2020年8月31日",
              "南岭县征地补偿安置方案", "一、总体要求", "按照有关规定做好征地补偿安置工作。"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert [part.title for part in docs[0].parts][1:] == ["南岭县征地补偿安置方案"]


def test_a_shortened_name_of_the_same_kind_still_names_the_title():
    """The control: only a 公告's or 通告's title is set apart from a name of
    another 文种; a name of the title's own 文种, or one with no 文种, is read
    as before."""
    from builder.stages.split.parts import _published_of_other_kind
    assert _published_of_other_kind("征收补偿安置方案", "北山市国土资源局征地补偿安置方案公告")
    assert not _published_of_other_kind("征地补偿安置方案公告", "北山市国土资源局征地补偿安置方案公告")
    assert not _published_of_other_kind("征收补偿安置方案", "北山市征地补偿安置方案")
    assert not _published_of_other_kind("市级烈士纪念设施", "关于公布市级烈士纪念设施的公告")
