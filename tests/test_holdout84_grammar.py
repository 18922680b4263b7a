"""The document grammar on layouts of the eighty-fourth held-out set's kind
(issue #11): everyday documents of county, county-level city and district
governments and their offices (通告, 通知, 公告), as their sites and the
mirrors that copy them hold them. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 主送 that names departments by their kinds

PROHIBITION = "某某县人民政府关于划定某某县高污染燃料禁燃区的通告"
PROHIBITION_BODY = ["为全面改善县域环境空气质量，保障人民群众身体健康，经研究，决定在县城建成区范围内划定高污染燃料禁燃区，"
                    "现将有关事项通告如下：",
                    "一、禁燃区范围", "县城建成区东起河偏路，西至西牌楼。",
                    "二、本通告自发布之日起施行。", "某某县人民政府", "2017年11月8日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["各乡（镇）人民政府，县人民政府各委、局、办、中心",
                                        "各市、县人民政府，省人民政府各委、办、厅、局",
                                        "各乡镇人民政府，县直各委、办、局"])
def test_a_main_addressee_naming_departments_by_kind_without_its_colon(addressees, columns):
    """GB/T 9704 7.3.2: the 主送 stands on the line under the title and
    ends on a colon, which a page may lose. A government addresses its
    departments by their kinds after 各, each kind by the character or word
    its name ends in ('省人民政府各委、办、厅、局', '县人民政府各委、局、办、
    中心'); such a list closes the 主送 as a name does, colon or none."""
    docs = _documents(NOTICE + [PROHIBITION, addressees] + PROHIBITION_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], PROHIBITION]
    assert docs[1].addressees == addressees
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2017-11-08")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_kind_and_its_alias_in_brackets_are_one_item_of_the_main_addressee(columns):
    """Control: a kind named with its alias in brackets ('…市直各委、办、局(公司):')
    is one item of the list; where the wrap sets the bracket and the colon on
    a line of their own (18 columns), the 主送 goes on to its colon, though
    the line above already ends as a 主送 may (it ended there at 18 columns
    once the kinds closed a 主送, before the colon under it did)."""
    title = "某某市人民政府关于做好秋冬季大气污染防治工作的通知"
    docs = _documents(NOTICE + [title, "各县(市)区人民政府,市直各委、办、局(公司):",
                                "根据上级有关要求，结合我市实际，现就有关事项通知如下：", "某某市人民政府", "2019年10月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == "各县（市）区人民政府，市直各委、办、局（公司）"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("subject", ["某某某自治县人民政府各委、办、厅、局", "某某某自治县人民政府、各乡镇人民政府"])
def test_a_body_that_opens_with_the_organs_it_charges_is_no_main_addressee(subject, columns):
    """A body's first sentence may name the organs it charges as its subject,
    by their names or their kinds ('某某某自治县人民政府各委、办、厅、局要按照…');
    wrapped right after them (18 columns), its first line is a list of names
    with no colon, but the line under it opens with what they are to do (要,
    应, 必须, 负责 …), which no body's first sentence opens with: the sentence
    goes on, and there is no 主送 (the 18 columns failed before)."""
    title = "某某某自治县人民政府关于做好禁燃区监督管理工作的通知"
    opening = subject + "要按照职责分工，抓紧做好禁燃区划定后的监督管理工作。"
    docs = _documents(NOTICE + [title, opening, "某某某自治县人民政府", "2017年11月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees is None
    assert (docs[1].issuers, docs[1].date) == (["某某某自治县人民政府"], "2017-11-08")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_colonless_main_addressee_over_a_body_opening_as_bodies_do(columns):
    """Control: a 主送 with no colon over a body that opens as bodies do
    ('根据…', '为…') stays the 主送: only a predicate under the names makes
    them a sentence's subject."""
    title = "某某县人民政府办公室关于做好秋冬季大气污染防治工作的通知"
    addressees = "各乡镇人民政府，县直各委、办、局"
    docs = _documents(NOTICE + [title, addressees, "根据上级有关要求，结合我县实际，现就有关事项通知如下：",
                                "一、各乡镇要落实属地责任。", "某某县人民政府办公室", "2019年10月8日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == addressees
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府办公室"], "2019-10-08")


# ---------------------------------------------------------------- a mirror's pinyin on a page of two columns

PINYIN = {"政": "zhèng", "发": "fā", "区": "qū", "导": "dǎo", "实": "shí", "环": "huán", "产": "chǎn", "规": "guī",
          "秸": "jiē", "禁": "jìn", "烧": "shāo", "落": "luò", "保": "bǎo", "理": "lǐ", "管": "guǎn", "部": "bù",
          "全": "quán", "民": "mín", "众": "zhòng", "责": "zé", "任": "rèn", "生": "shēng", "态": "tài"}


def _annotated_lines(text: str, measure: int) -> list[str]:
    """A mirror's copy, pinyin with its tone mark in brackets after some
    characters ('政(zhèng)'), wrapped at ``measure`` display columns as the
    page printed it: a character and its pinyin never parted."""
    from builder.text.lines import display_width
    lines, line = [], ""
    for token in (ch + (f"({PINYIN[ch]})" if ch in PINYIN else "") for ch in text):
        if display_width(line + token) > measure:
            lines, line = lines + [line], ""
        line += token
    return lines + [line]


MIRRORED_NOTICE = ["某某区人民政府关于加强秸秆禁烧工作的通告", "某政发〔2022〕19号",
                   "为认真贯彻落实上级关于打赢蓝天保卫战的决策部署，保护生态环境，保障人民群众身体健康，区政府决定在全区实施禁烧。"
                   "现将有关事项通告如下：",
                   "一、严禁露天焚烧秸秆、垃圾、树叶、杂草等物质，各街道要落实属地责任，加强巡查，发现一起制止一起。",
                   "二、大力推广秸秆粉碎还田，区农业农村局要指导农户科学还田，实行规范管理，提高综合利用水平，减少环境污染。",
                   "三、对暂时不能利用的秸秆，要科学规划，合理设置集中堆放点，加强消防管理，严防火灾事故发生，确保安全生产。",
                   "四、对焚烧秸秆产生烟尘污染的，由生态环境部门依法责令改正，并处罚款；构成犯罪的，依法追究刑事责任。",
                   "某某区人民政府", "2022年5月20日"]


@pytest.mark.parametrize("columns", [18, 20, 22, 26])
def test_a_mirrors_pinyin_in_the_left_column_leaves_the_page_in_two_columns(columns):
    """A mirror's pinyin annotations ('政(zhèng)') are no text: decode takes
    them out, widening the gap after them so the right column keeps its
    place. The page printed them, so its left column's lines, which reached
    the measure with them, end short of it without them; measured with the
    columns taken out before the gap, they still reach it, and the page is
    read column by column, the notice whole (its lines measured without
    them, most of them short, the page was read across, line by line)."""
    from builder.convert import convert
    from tests.test_extractor_layouts import _side_by_side
    lines = [line for p in MIRRORED_NOTICE for line in _annotated_lines(p, 2 * columns)]
    half = (len(lines) + 1) // 2
    page = ["                某某区人民政府公报　2022年第5期"] + _side_by_side(lines[:half], lines[half:], at=2 * columns + 4) \
        + ["                    - 1 -"]
    docs = convert(("\n".join(page) + "\n").encode("utf-8"), "x.txt", "x").documents
    assert [(d.title, d.doc_number, d.date) for d in docs] == \
        [("某某区人民政府关于加强秸秆禁烧工作的通告", "某政发〔2022〕19号", "2022-05-20")]
    assert [p.label for p in docs[0].provisions] == ["一、", "二、", "三、", "四、"]
    assert docs[0].provisions[3].text.endswith("依法追究刑事责任。")


def test_a_table_with_pinyin_in_its_first_cells_is_no_pair_of_columns():
    """Control: a mirror's pinyin in a table's first cells (names and posts
    set apart by spaces): measured with it, the cells still end anywhere, as
    a table's do, not at one measure as a column of prose does: the rows
    stay rows."""
    from builder.stages.decode import decode
    from builder.stages.layout import columns_read_apart
    from tests.test_extractor_layouts import _side_by_side
    names = ["张某(zhāng)某", "李某", "王(wáng)某某", "赵某", "钱某(qián)某", "孙某", "周(zhōu)某某", "吴某",
             "郑(zhèng)某某", "冯某"]
    posts = ["市发展和改革委员会主任", "市财政局局长", "市教育局副局长", "市公安局政委", "市民政局局长",
             "市司法局副局长", "市人力资源和社会保障局局长", "市自然资源和规划局副局长", "市生态环境局局长", "市住房和城乡建设局局长"]
    decoded = decode(("\n".join(_side_by_side(names, posts, at=20)) + "\n").encode("utf-8"))
    raws = list(enumerate(decoded.text.split("\n"), start=1))
    assert decoded.annotated
    assert [(piece.no, piece.text) for piece in columns_read_apart(raws, decoded.annotated)] == raws
