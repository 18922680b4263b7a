"""The document grammar on layouts of the three-hundred-and-sixty-fourth
held-out set's kind (issue #11): wildlife-protection texts of cities,
districts, counties and banners (a government's 禁猎区 and 禁猎期 通告, a
city's 通知 on wintering migratory birds, a bureau's 通告 stopping the wildlife
trade) as their sites and law libraries store them, one addressed by a 主送
whose colon the page typed as a semicolon, another headlined under the
site's validity tag ('(有效)') before the organ its title names. Each case is
invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A district government's 通告, its 主送 closed on a semicolon the page typed for the colon.
SEMICOLON_ADDRESSED = ["南岭区人民政府关于发布陆生野生动物禁猎区和禁猎期的通告",
                       "各镇人民政府、街道办事处，区级各部门（单位）；",
                       "为了保护陆生野生动物资源，维护生态平衡，结合我区实际，现将有关事项通告如下：",
                       "一、禁猎区", "全区行政区域内的湿地公园、自然保护区和森林公园。",
                       "南岭区人民政府", "2017年8月17日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_semicolon_typed_for_the_addressees_colon_still_closes_them(columns):
    """GB/T 9704 7.3.2: the 主送 stands under the title, organ names parted
    by 、 and ，, a full-width colon after the last. A page that typed a
    semicolon for that colon prints the 主送 there all the same: the line
    under the title whose words before the semicolon are organ names alone
    (as a 主送 printed without its colon is read, frame.addressee_names) is
    the 主送, the semicolon dropped as the colon is
    (metadata.semicolon_closed_addressees); a narrow page that wrapped it
    before the bracketed alias of its last name ('…区级各部门' / '（单位）；')
    keeps it one paragraph (paragraphs.VARIANT_ENDINGS_RE)."""
    docs = _documents(SEMICOLON_ADDRESSED, columns)
    assert [d.title for d in docs] == [SEMICOLON_ADDRESSED[0]]
    assert docs[0].addressees == "各镇人民政府、街道办事处，区级各部门（单位）"
    assert (docs[0].issuers, docs[0].date) == (["南岭区人民政府"], "2017-08-17")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_clause_ending_on_a_semicolon_under_the_title_is_no_addressee(columns):
    """The control: a line under the title that names organs and goes on to
    what they are to do, ending on a semicolon, is the body's first clause,
    no 主送 (its words are no list of names alone)."""
    text = ["南岭县人民政府关于加强候鸟保护工作的通知",
            "各乡镇人民政府要加强领导，落实责任；",
            "县林业局要加强巡护，严厉打击非法猎捕候鸟的行为。", "南岭县人民政府", "2019年11月9日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert docs[0].addressees is None
    assert (docs[0].issuers, docs[0].date) == (["南岭县人民政府"], "2019-11-09")


# A banner government's 通告 headlined under the site's validity tag, its excerpt cut before any signature.
def _tagged(tag: str) -> list[str]:
    return [f"{tag}南岭旗人民政府关于划定野生动物禁猎区、规定禁猎期的通告", "南政发〔2020〕48号",
            "各镇人民政府，旗人民政府各部门，各直属单位：",
            "为维护生物多样性和生态平衡，经旗人民政府研究，同意在全旗范围内划定野生动物禁猎区、规定禁猎期。现将有关事项通告如下：",
            "一、禁猎区。全旗行政区域均为禁猎区，禁猎区内禁止一切猎捕活动。",
            "二、禁猎期。全年为禁猎期。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("tag", ["(有效)", "（已废止）", "(全文废止)"])
def test_a_sites_validity_tag_before_the_headline_is_no_part_of_the_organ_it_names(columns, tag):
    """GB/T 9704 7.3.1 makes a title of the 发文机关名称, the 事由 and the 文种,
    and no organ's name opens on a bracket: a site's validity tag set before
    the headline ('(有效)', '（已废止）', the status its 时效性 field gives) is no
    word of the organ the title names, which issues the text where no
    signature is printed (metadata.VALIDITY_TAG_RE)."""
    text = _tagged(tag)
    docs = _documents(text, columns)
    assert len(docs) == 1
    assert docs[0].issuers == ["南岭旗人民政府"]
    assert (docs[0].doc_number, docs[0].addressees) == ("南政发〔2020〕48号", "各镇人民政府，旗人民政府各部门，各直属单位")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_own_bracket_stays_in_the_name_the_title_gives(columns):
    """The control: brackets inside an organ's name (its other name, '（综合
    保税区）') are the name's, and a title with no tag keeps its organ whole."""
    text = ["南岭经济开发区（综合保税区）管理委员会关于禁止猎捕野生鸟类的通告",
            "为保护野生鸟类资源，现将有关事项通告如下：", "一、开发区行政区域均为禁猎区。", "二、全年为禁猎期。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert docs[0].issuers == ["南岭经济开发区（综合保税区）管理委员会"]
