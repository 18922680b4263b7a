"""The document grammar on layouts of the two-hundred-and-fifty-first held-out
set's kind (issue #11): government procurement, public resource trading and
state-owned assets texts of city, county and district bodies (a 财政局's
notice issuing its 国有资产处置 办法, a 公共资源交易管理委员会办公室's 征求意见
公告, a 财政局's 政府采购工作规程, a 高新区 管委会's 企业国有资产管理 办法, a
city 党委 and government's joint 实施意见 on 国有企业改革) as portals and law
sites store them, excerpts the store cut mid-sentence. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a 办法, its excerpt cut inside an article: the sentence's last words on a line of their own
# under the full stop, as a narrow measure leaves them.
CUT_ISSUING = ["某某区管委会关于印发《某某区企业国有资产管理暂行办法》的通知", "机关各处室、各有关单位:",
               "现将办法印发给你们，请遵照执行。", "某某区管委会", "2016年12月6日", "某某区企业国有资产管理暂行办法",
               "第五条管委会按照政企分开的原则，依法履行出资人职责。", "建立健"]
JOINT_OPINION = ["中共某某市委 某某市人民政府关于深化国有企业改革的实施意见",
                 "各县区党委和人民政府，市委有关部门，市级国家机关及有关部门：",
                 "为深化国有企业改革，结合我市实际，制定以下实施意见。", "一、总体要求", "(一)指导思想",
                 "以习近平新时代中国特色社会主义思想为指导，全面深化国有企业改革。"]


@pytest.mark.parametrize("columns", [None, 18, 20, 26])
def test_joint_issuers_parted_by_a_space_name_their_title_alone(columns):
    """GB/T 9704 7.3.1 (联合行文): a joint title names each issuer before 关于,
    a portal parting the names by a space ('中共某某市委 某某市人民政府关于…').
    Such a line names its issuers itself, as one organ's name run into 关于
    does: a short line above it that names no organ (the last words of a
    sentence the store's excerpt cut, '建立健') is no issuer and no line of the
    title."""
    docs = _documents(CUT_ISSUING + JOINT_OPINION, columns)
    assert [d.title for d in docs] == [CUT_ISSUING[0], "中共某某市委某某市人民政府关于深化国有企业改革的实施意见"]
    assert docs[1].issuers == ["中共某某市委", "某某市人民政府"]


NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]
STACKED = ["中共某某县委办公室", "某某县人民政府办公室 某某县财政局关于开展行政事业单位国有资产清查工作的通知",
           "各乡镇人民政府，县直各单位：", "为摸清家底，现将有关事项通知如下：", "一、清查范围", "县直各行政事业单位。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_alone_over_joint_issuers_parted_by_a_space_stays_an_issuer(columns):
    """Control: an organ's whole name alone on the line over such a line is
    the first of the joint issuers (GB/T 9704 7.3.1), a line of the title."""
    docs = _documents(NOTICE + STACKED, columns)
    assert docs[1].title == "中共某某县委办公室某某县人民政府办公室某某县财政局关于开展行政事业单位国有资产清查工作的通知"
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室", "某某县财政局"]


# A notice whose title the page prints inside 《》, its 发文字号 under it, then a 主送 that names organs by their class.
QUOTED_TITLE_NOTICE = ["《某某火炬高新区管委会关于印发〈某某火炬高新区企业国有资产管理暂行办法〉的通知》", "某高管〔2016〕297号",
                       "机关各处(局)室、委各出资企业、各有关单位:",
                       "《某某火炬高新区企业国有资产管理暂行办法》已经高新区管委会2016年10月17日第十四次主任办公会议讨论通过,"
                       "现印发给你们,请遵照执行。", "某某火炬高新区管委会", "2016年12月6日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_wrapped_addressee_line_listing_classes_of_organs_is_no_title(columns):
    """GB/T 9704 7.3.2: the 主送 may name organs by their class ('委各出资企业',
    '各有关单位'), parted by 、, and the wrap may cut the last class after its
    各 ('机关各处(局)室、委各出资企业、各有关' / '单位:'). A name after a 、 that
    opens on 各 is a class of organs, which no title lists outside a 关于
    phrase: the line is the 主送's first, under the title and 发文字号 above,
    not the title of a document of its own."""
    docs = _documents(NOTICE + QUOTED_TITLE_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某火炬高新区管委会关于印发〈某某火炬高新区企业国有资产管理暂行办法〉的通知"]
    assert docs[1].doc_number == "某高管〔2016〕297号"
    assert docs[1].addressees == "机关各处（局）室、委各出资企业、各有关单位"


JOINT_LISTED = ["某某县财政局、某某县人民政府国有资产监督管理委员会关于开展国有资产清查工作的通知", "某财〔2021〕12号",
                "各乡镇人民政府、县直各单位:", "现将有关事项通知如下：", "一、清查范围", "县直各行政事业单位。", "某某县财政局",
                "2021年5月6日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_parted_by_the_enumeration_comma_stay_the_title(columns):
    """Control: a joint title's issuers parted by 、 on its first line (no
    class opening on 各 among them) stay the title's, its 主送 under it."""
    docs = _documents(NOTICE + JOINT_LISTED, columns)
    assert docs[1].title == JOINT_LISTED[0]
    assert docs[1].issuers == ["某某县财政局", "某某县人民政府国有资产监督管理委员会"]
    assert docs[1].addressees == "各乡镇人民政府、县直各单位"
