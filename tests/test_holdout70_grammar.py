"""The document grammar on layouts of the seventieth held-out set's kind
(issue #11): documents of towns and streets (镇人民政府, 乡人民政府, 街道办事处),
whose frame is often irregular: a 发文字号 printed before its serial was filled
in, a 主送 without its colon, a signature over a body that lost its closing
stop, signature and date on one line. Each case is invented text laid out as
extractors give it (one line a paragraph, or hard-wrapped at a narrow measure)
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
PLAN_NOTICE = ["某某街道办事处关于印发《某某街道防汛应急预案》的通知", "各社区、各科室：",
               "《某某街道防汛应急预案》已经办事处研究同意，现印发给你们，请认真遵照执行。", "某某街道办事处",
               "2017年3月20日"]


# ---------------------------------------------------------------- a 发文字号 whose serial was left blank

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某政发〔2017〕  号", "某政发〔2017〕号", "某街办发[2019] 号"])
def test_a_number_whose_serial_was_left_blank_is_the_number(number, columns):
    """GB/T 9704 7.2.4: a 发文字号 is the 代字, the year in brackets and the
    serial; a page that published the document before its serial was filled
    in prints the 代字 and the year with a blank before 号 ('某政发〔2017〕  号').
    On a line of its own, over the title, it is the number line as printed,
    never the tail of the text above it."""
    docs = _documents(NOTICE + [number] + PLAN_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLAN_NOTICE[0]]
    assert docs[1].doc_number.replace(" ", "") == number.replace(" ", "")
    assert docs[0].doc_number is None


# ---------------------------------------------------------------- a street office signs as an organ

STREET_NOTICE = ["某某街道办事处关于印发《某某街道防汛应急预案》的通知", "各社区、各科室：",
                 "《某某街道防汛应急预案》已经办事处研究同意，现印发给你们，请认真遵照执行。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("signer", ["某某市某某区某某街道办事处", "某某市某某区人民政府某某街道办事处"])
def test_a_street_office_signs_its_notice(signer, columns):
    """A 街道办事处 is the 派出机关 of a district's or a city's government
    (地方各级人民代表大会和地方各级人民政府组织法 第八十五条) and signs what it
    issues as any organ does (GB/T 9704 7.3.5): its name, which may begin with
    the government it is the office of, ends in 办事处, an organ's ending."""
    docs = _documents(NOTICE + STREET_NOTICE + [signer, "2017年3月20日", "某某街道防汛应急预案", "一、总则",
                                                "为做好防汛工作，制定本预案。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], STREET_NOTICE[0]]
    assert (docs[1].issuers, docs[1].date) == ([signer], "2017-03-20")
    assert [p.title for p in docs[1].parts] == [STREET_NOTICE[0], "某某街道防汛应急预案"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_street_offices_named_as_addressees_sign_nothing(columns):
    """Control: a district's 通知 to its street offices names them in its
    主送 ('各街道办事处、各镇人民政府：'): they are its addressees, and its
    signer is the one under the body."""
    docs = _documents(NOTICE + ["某某区人民政府关于做好防汛工作的通知", "各街道办事处、各镇人民政府：",
                                "现就做好今年防汛工作通知如下：请各单位落实责任。", "某某区人民政府", "2021年5月6日"],
                      columns)
    assert (docs[1].addressees, docs[1].issuers) == ("各街道办事处、各镇人民政府", ["某某区人民政府"])


# ---------------------------------------------------------------- a 主送 with its body run on after the colon

TOWN_TITLE = "某某镇人民政府关于做好防汛工作的通知"
TOWN_CLOSE = ["某某镇人民政府", "2021年5月6日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees, colon", [("机关各部门、各村及各居民区", ": "), ("各村、各社区", "："),
                                               ("各村（社区）、镇直各单位", ":")])
def test_addressees_with_the_body_run_on_after_the_colon(addressees, colon, columns):
    """GB/T 9704 7.3.2 sets the 主送机关 on a line of its own under the title,
    the body under it; a page that lost that break runs the body's first
    sentence on after the colon ('各村、各社区：为切实做好…'). Under the title
    (or its 发文字号), names closing on a colon and then a sentence opening
    as bodies open (为, 根据, 现将 …) are the 主送, and the body starts after
    the colon."""
    body = "为切实做好今年防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。"
    docs = _documents(NOTICE + [TOWN_TITLE, addressees + colon + body] + TOWN_CLOSE, columns)
    assert [d.title for d in docs] == [NOTICE[0], TOWN_TITLE]
    assert docs[1].addressees == addressees
    assert any(b.text.startswith("为切实做好") for b in docs[1].parts[0].blocks)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_colon_in_the_first_sentence_is_no_addressee(columns):
    """Control: a body that opens on its own ground and announces what
    follows with a colon ('根据…，现就有关事项通知如下：一是…') names no 主送."""
    body = "根据县防汛抗旱指挥部部署，现就有关事项通知如下：一是落实责任，二是排查隐患。"
    docs = _documents(NOTICE + [TOWN_TITLE, body] + TOWN_CLOSE, columns)
    assert docs[1].addressees is None


# ---------------------------------------------------------------- a colonless 主送 of classes by one character

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["各办、各社区,各相关单位", "各办、各居委会、各村"])
def test_a_class_of_offices_by_one_character_opens_a_colonless_addressee(addressees, columns):
    """A 主送 may address a class of organs by 各 and the character their
    names end in ('各办', as '各委、办、局' names a government's departments):
    a 主送 printed without its colon (frame.addressee_names) that opens so
    frames the title and ends before the body, as a colon would."""
    body = "《某某街道防汛应急预案》已经办事处研究同意，现印发给你们，请认真贯彻执行。"
    docs = _documents(NOTICE + ["关于印发某某街道防汛应急预案的通知", addressees, body, "某某街道办事处",
                                "2021年5月6日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于印发某某街道防汛应急预案的通知"]
    assert docs[1].addressees.replace(",", "，") == addressees.replace(",", "，")


# ---------------------------------------------------------------- a date that kept its 年 but lost 月 and 日

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("printed, date", [("2023年127", None), ("2023年1231", "2023-12-31"), ("2020年830", "2020-08-30")])
def test_a_date_that_lost_its_month_and_day_marks_closes_the_signature(printed, date, columns):
    """A page that lost the characters the print set in another font may
    keep the 成文日期's 年 and lose its 月 and 日 ('2023年127'): under the
    signature, where GB/T 9704 7.3.5 prints the date, it is the date line,
    the signature above it the issuer's, and it is read as the date when one
    split of its figures is a date (frame.damaged_date: '2023年127' may be
    1月27日 or 12月7日, and is none)."""
    docs = _documents(NOTICE + STREET_NOTICE + ["某某市某某区某某街道办事处", printed, "某某街道防汛应急预案", "1.总则",
                                                "为做好防汛工作，制定本预案。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], STREET_NOTICE[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区某某街道办事处"], date)


# ---------------------------------------------------------------- an exporter's '?' alone on a line

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["?", "\ufffd", " ? "])
def test_a_question_mark_alone_on_a_line_is_no_text(mark, columns):
    """A program exporting text in a code page without the full-width or
    no-break space a page kept on a blank line writes '?' for it (as
    decode's replacement marks at a line's end or start): a line holding
    '?' alone is that blank line, not the end of the title above it (a
    title printed over two lines, its organ and then its 事由 and kind);
    an undecodable byte's U+FFFD alone (a control) is dropped as such."""
    docs = _documents(NOTICE + ["某某县某某镇人民政府", "自然灾害救助应急预案", mark, "一、总则", "（一）编制目的",
                                "为健全自然灾害应急救助体系，制定本预案。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某县某某镇人民政府自然灾害救助应急预案"]
    assert [p.label for p in docs[1].provisions][:2] == ["一、", "（一）"]


# ---------------------------------------------------------------- an unsigned text its town's government titles

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("organ", ["某某市某某区某某镇人民政府", "某某县某某乡人民政府", "某某縣某某鎮人民政府"])
def test_an_unsigned_text_titled_by_a_township_government_is_its(organ, columns):
    """标题 = 发文机关 + 事由 + 文种 (GB/T 9704 7.3.1): an unsigned text titled
    by a government's whole name before its 事由 ('某某县人民政府工作规则') is
    that government's; a township's (乡, 镇) is a government as a county's is
    (宪法 第三十条, 第九十五条), and titles its 预案 and 规则 the same way."""
    docs = _documents(NOTICE + [organ + "自然灾害救助应急预案", "一、总则", "（一）编制目的",
                                "为健全自然灾害应急救助体系，制定本预案。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], organ + "自然灾害救助应急预案"]
    assert docs[1].issuers == [organ]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_plan_naming_a_town_and_a_government_as_parties_has_no_issuer(columns):
    """Control: a 事由 that joins a town's government with another party
    ('某某镇人民政府与某某公司合作…方案') names no author."""
    title = "某某镇人民政府与某某公司合作开发旅游资源实施方案"
    docs = _documents(NOTICE + [title, "一、总则", "为推进合作，制定本方案。"], columns)
    assert docs[1].title == title and docs[1].issuers == []


# ---------------------------------------------------------------- controls: a party-government joint text of a town

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_towns_party_and_government_joint_notice_is_read(columns):
    """Control (the grammar read it before this set): a town's Party
    committee and government issue jointly (GB/T 9704 7.3.5.2), their names
    at the head of the title and signed one a line, dated in Chinese numerals
    (二〇二一年三月五日), the 主送 naming the villages' branches and committees."""
    title = "中共某某镇委员会 某某镇人民政府关于印发《某某镇2021年森林防火工作方案》的通知"
    docs = _documents(NOTICE + ["某镇发〔2021〕5号", title, "各村（社区）党支部、村（居）委会，镇直各单位：",
                                "现将《某某镇2021年森林防火工作方案》印发给你们，请认真贯彻执行。", "中共某某镇委员会",
                                "某某镇人民政府", "二〇二一年三月五日", "某某镇2021年森林防火工作方案",
                                "为切实做好森林防火工作，特制定本方案。", "一、工作目标", "确保不发生重大森林火灾。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title.replace(" ", "")]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某镇发〔2021〕5号", ["中共某某镇委员会", "某某镇人民政府"],
                                                                  "2021-03-05")
    assert docs[1].addressees == "各村（社区）党支部、村（居）委会，镇直各单位"
    assert [p.title for p in docs[1].parts][1:] == ["某某镇2021年森林防火工作方案"]


# ---------------------------------------------------------------- a text in sections by levels, cut short

DECIMAL_PLAN = ["某某街道应对突发事件总体应急预案", "1.总则", "1.1编制目的", "为提高应对突发事件的能力，制定本预案。",
                "1.2编制依据", "依据有关法律法规，结合本街道实际，制定本预案。", "1.3适用范围"]
TOWN_PLAN = ["某某区某某镇人民政府", "自然灾害救助应急预案", "一、总则", "（一）编制目的",
             "为健全自然灾害应急救助体系，制定本预案。", "（二）工作原则", "以人为本，减少损失。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_opening_an_outline_under_a_section_by_levels_is_a_new_text(columns):
    """GB/T 1.1 numbers a text's sections by levels (1.1, 1.2, 1.3) and a text
    keeps one scheme: none goes on from '1.3适用范围' to an outline's 一、.
    A titled text whose outline opens at 一、 right under its title, below a
    text in sections that a page's excerpt cut short on a heading, is a text
    of its own, though neither is signed (a town's 预案 after a street's)."""
    docs = _documents(NOTICE + DECIMAL_PLAN + TOWN_PLAN, columns)
    assert [d.title for d in docs] == [NOTICE[0], DECIMAL_PLAN[0], "".join(TOWN_PLAN[:2])]
    assert docs[2].issuers == [TOWN_PLAN[0]]
    assert [p.label for p in docs[2].provisions][:2] == ["一、", "（一）"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_outline_over_its_sections_by_levels_goes_on(columns):
    """Control: a text whose outline's points hold sections by levels ('一、
    总则' over '1.1 编制目的') goes on at its 二、 under its last section: the
    outline counts on, it does not open at 一、 again."""
    plan = ["某某街道防汛应急预案", "一、总则", "1.1编制目的", "为做好防汛工作，制定本预案。", "1.2适用范围",
            "二、组织体系", "街道成立防汛指挥部。"]
    docs = _documents(NOTICE + plan, columns)
    assert [d.title for d in docs] == [NOTICE[0], plan[0]]
