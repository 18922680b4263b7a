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


# A bureau's 通告 as a word processor's text export gives it wrapped at 26 columns: each body paragraph's first line
# opens on the tab the clerk typed for its indent, a full measure of text after the tab.
TABBED = ["某某市林业局关于停止野生动物经营利用活动的通告",
          "为预防和控制疫情传播，阻断人与野生动物疫病传播途径，确保公共卫生安全，现通告如下：",
          "一、野生动物类行政许可一律停办。", "二、所有动物园和动物展演场所一律关停，禁止营业。",
          "三、配合市场监管部门对所有野生动物一律停止市场销售，森林公安对涉野生动物违法行为一律立案查处，野生动物"
          "疫源疫病监测一律实行日报告、零报告制度，所有野生动物驯养繁育、经营利用场所坚持每日消毒。",
          "请各县市区野生动物行政主管部门要严格落实以上防控措施并开展监督检查活动。",
          "本通告由某某市林业局负责解释。", "特此通告。"]
CLOSE = ["某某市林业局", "2020年1月27日"]


@pytest.mark.parametrize("indent", ["\t", "&nbsp;" * 4], ids=["tab", "escaped"])
def test_a_full_line_after_an_export_s_indent_runs_on_past_the_kind_word_it_ends_on(indent):
    """GB/T 9704 7.3.3 indents a paragraph's first line two characters within
    the measure; an export that typed the indent as a tab or as '&nbsp;' sets
    a full measure of text after it, the wrap measuring the text alone. Such
    a line ending on a kind word by the wrap ('…落实以上防控措施' /
    '并开展监督检查活动。') fills the measure and runs on: no title, and the
    通告 keeps its signature and date. The notice under it, its title at the
    margin under the closed date, is a document still (the control)."""
    from builder.convert import convert
    from tests.test_holdout7_grammar import NOTICE
    from test_variants import cut
    lines = [TABBED[0]]
    for paragraph in TABBED[1:]:
        first, *rest = cut(paragraph, 26)
        lines += [indent + first, *rest]
    assert lines[9] == indent + "请各县市区野生动物行政主管部门要严格落实以上防控措施"
    raw = "\n".join(lines + CLOSE + [NOTICE[0], NOTICE[1], indent + NOTICE[2]] + NOTICE[3:])
    docs = convert(raw.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [TABBED[0], NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某市林业局"], "2020-01-27")
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2021-03-01")
