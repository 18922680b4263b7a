"""The document grammar on layouts of the eighty-second held-out set's kind
(issue #11): everyday documents of city, county and district governments
and their offices in 内蒙古, 吉林 and 辽宁 (通知, 通告, 任免 通知), as their portals,
their listing pages and reposts hold them: an autonomous county's name as
the issuer a title opens with, a listing page's entry run into one
paragraph, a signer's name cut by the wrap after the last sentence. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- an autonomous area's name opens a title

# A task table one cell a line, its last row's unit, the units that help it and the leader's name: short lines
# over the next document's title.
TABLE_ROWS = ["某某县人民政府关于印发2023年重点工作任务分解表的通知", "各乡镇人民政府,县政府各部门:",
              "现将2023年重点工作任务分解表印发给你们,请认真抓好落实。", "某某县人民政府", "2023年1月15日",
              "2023年重点工作任务分解表", "序号", "工作任务", "牵头单位", "配合单位", "责任领导", "1",
              "加快推进农产品精深加工产业发展,实现三产融合。", "县农业农村局", "县发展改革局、各乡镇政府(街道办事处)", "王某某"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("place", ["青山土家族苗族自治县", "白河尔罗斯蒙古族自治县"])
def test_an_autonomous_countys_name_opens_its_own_title(place, columns):
    """民族区域自治法 第十二条: an autonomous area is named by its place, its
    peoples and its level ('…蒙古族自治县', '…土家族苗族自治县'), a name longer
    than other places'. A title that opens with such a government's whole
    name and 关于 names its issuer itself: the short lines above it (a
    table's last cells, a leader's name) are no joint issuers of it."""
    title = place + "人民政府关于严禁露天焚烧农作物秸秆的通告"
    docs = _documents(TABLE_ROWS + [title, "为改善大气环境质量,现就秸秆禁烧事宜通告如下:",
                                    "在全县范围内禁止露天焚烧农作物秸秆。", "特此通告。", place + "人民政府", "10月14日"],
                      columns)
    assert [d.title for d in docs] == [TABLE_ROWS[0], title]
    assert docs[1].issuers == [place + "人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_addressees_of_the_autonomous_counties_stay_the_addressees(columns):
    """Control: a 主送 addressed to a class of autonomous counties ('各民族
    自治县人民政府') is no issuer's name, though it ends as one: the notice's
    issuer is its signer, its 主送 that line."""
    title = "某某市人民政府办公室关于做好2023年春季农业生产工作的通知"
    docs = _documents([title, "各民族自治县人民政府,市政府各部门:", "现将有关事项通知如下:请各县抓紧做好春耕准备。",
                       "某某市人民政府办公室", "2023年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].addressees, docs[0].date) == \
        (["某某市人民政府办公室"], "各民族自治县人民政府，市政府各部门", "2023-03-01")
