"""The document grammar on layouts of the two-hundred-and-seventy-fifth held-out
set's kind (issue #11): rural living-environment texts of cities, counties and
towns (a 农村工作领导小组办公室's notice issuing a 倡议书 on the 村庄清洁行动, a county's
农村人居环境整治 实施方案, a joint notice issuing a 乡村建设行动实施方案, a town's
monthly 农村人居环境整治“红黑榜”) as their sites and mirrors store them: a town's
heading that names no 文种 over an opening whose 过渡语 hands on the heading's own
matter, alone in its file or under a text the store cut mid-heading. Each case
is invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A plan the store cut inside its third heading ('三、重'): nothing closes it but the next title.
CUT_PLAN = ["某某市乡村建设行动实施方案", "为贯彻落实有关精神，结合我市实际，制定本方案。", "一、总体要求",
            "以建设宜居宜业和美乡村为目标，有力有序推进乡村建设。", "二、行动目标",
            "到2025年，农村人居环境明显改善。", "三、重"]
# A town's monthly list: its heading names the place, the month and the matter, no 文种; the opening hands that
# matter on ('现将…“红黑榜”情况予以公布。'), then the outline and its lists.
TOWN_LIST = ["某某镇2025年1月农村人居环境整治“红黑榜”",
             "为进一步巩固提升辖区农村人居环境整治工作水平，切实提高群众生活幸福感和满意度，某某镇创新实施农村人居环境"
             "整治“红黑榜”制度，集中展示各管区、村庄人居环境整治工作成效，营造比学赶超的浓厚氛围，有效补齐问题短板，"
             "全面提升辖区农村人居环境卫生水平。现将某某镇1月农村人居环境整治“红黑榜”情况予以公布。",
             "一、红榜名单(2个)", "1.某某村某某村民小组：常态化开展人居环境整治。", "2.某某村某某村民小组：卫生户厕干净。",
             "二、黑榜名单(1个)", "1.某某村大水井：垃圾箱满溢，清理不及时。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_town_heading_with_no_kind_over_an_opening_that_hands_its_matter_on_opens_a_document(columns):
    """党政机关公文格式 (the 开头 states the ground and purpose, then hands on the
    matter with its 过渡语, '现将…予以公布。'): a heading that names its place
    first (a town's name, '某某镇') and ends on its matter with no 文种, over a
    first paragraph that hands that very matter on, is a text's title. No
    sentence runs on past a heading into a paragraph that hands on the
    heading's own matter, so it opens a document of its own under a plan the
    store cut inside its heading ('三、重'), however long the opening runs at a
    narrow measure."""
    docs = _documents(CUT_PLAN + TOWN_LIST, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], TOWN_LIST[0]]
    labels = [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)]
    assert labels.count("一、") == 1 and labels.count("二、") == 1


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_town_heading_with_no_kind_alone_in_its_file_is_its_title(columns):
    """The same grammar where the file holds the text alone: the heading over
    the opening that hands its matter on is the document's title, not a file
    with no document found."""
    docs = _documents(TOWN_LIST, columns)
    assert [d.title for d in docs] == [TOWN_LIST[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_heading_over_an_opening_that_hands_on_another_matter_opens_none(columns):
    """Control: the 过渡语 must hand on the heading's own matter. A short line
    with no 文种 over an opening that hands on something else ('现将检查结果
    予以公布。', no word of '…大扫除') is a line of the text above, cut short,
    and opens no document."""
    other = ["某某镇春节前环境卫生大扫除",
             "为营造干净整洁的节日环境，镇政府组织开展了检查。现将检查结果予以公布。",
             "一、总体情况", "各村积极行动，成效明显。"]
    docs = _documents(CUT_PLAN + other, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_that_names_no_place_first_opens_none_though_its_matter_is_handed_on(columns):
    """Control: a heading with no 文种 must name its place first (a town's, a
    county's or a city's name) to be a text's own title; a body line that
    ends on the same matter ('全面推行农村人居环境整治“红黑榜”') under a cut
    heading is the text's, and the paragraph under it stays the text's too."""
    body = ["全面推行农村人居环境整治“红黑榜”",
            "为激发群众参与的内生动力，现将本月农村人居环境整治“红黑榜”情况予以公布。",
            "一、红榜名单", "1.某某村：卫生户厕干净。"]
    docs = _documents(CUT_PLAN + body, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_signature_or_a_cut_about_title_is_no_heading_of_a_matter(columns):
    """Control: an organ's name alone (a 公告's signature) and a 关于 title
    the wrap cut before its 文种 ('…非物质文化遗产名' / '录的通知') are no place-led
    heading of a matter, though the next opening's 过渡语 names their last
    characters ('现将…人民政府…公告如下', '现将…非物质文化遗产名录…予以公布')."""
    signed = ["某某县人民政府拟征地补偿安置方案公告", "根据有关规定，现将拟征地补偿安置方案公告如下：",
              "一、征收范围", "某某村集体土地3公顷。", "某某县人民政府", "2021年12月20日"]
    listed = ["某某县人民政府关于公布某某县第三批非物质文化遗产名录的通知", "各乡镇人民政府，县直各部门：",
              "为加强非物质文化遗产保护，现将某某县第三批非物质文化遗产名录予以公布。", "一、民间文学", "某某传说。",
              "某某县人民政府", "2021年3月1日"]
    docs = _documents(signed + listed, columns)
    assert [d.title for d in docs] == [signed[0], listed[0]]
    assert docs[0].issuers == ["某某县人民政府"]
