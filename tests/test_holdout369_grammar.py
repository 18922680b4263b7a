"""The document grammar on layouts of the three-hundred-and-sixty-ninth held-out
set's kind (issue #11): reservoir resettlement and small-reservoir safety texts
of cities, counties and districts (an office's 通知 issuing a 后期扶持 实施方案,
district bodies' joint 通知 issuing a 人口核定登记 方案 under their nine names, a
district's or county's 公告 on a reservoir's 管理范围 and 保护范围, a county
office's 紧急通知 on a power station's guarded zone, a city office's 通知 on
除险加固) as their sites, law libraries and portals store them, one naming its
reservoir's scale class in brackets between 小 and 型 ('小(2)型水库', SL 252),
which a wrap may part at the bracket. The set measured every document, field,
provision and part right in every layout before any rule, but for that
bracket read as an item's label in the printed issue; the rule's cases come
first, then cases that pin the set's other shapes against later rules (nine
organs signing one a line over an issued 方案, a 发文字号 over the organ over
the title of a cut 公告, an urgent notice dated '二0一二年…' with no signature).
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _beside_notice as _two, _documents, _labels, _text  # (the same layouts)

# A county's 公告 on a reservoir's ranges: its 概况 names the scale class, the wrap at 18 and 26 columns setting the
# class's bracket at a line's head ('…兼顾防洪的小' / '(1)型水库…' at 18, '…以灌溉为主的小' / '(2)型水库…' at 26).
SCALE_AT_18 = "该水库是一座以灌溉为主，兼顾防洪的小(1)型水库，总库容34.5万立方米，坝高18米。"
SCALE_AT_26 = "青龙沟水库位于某某镇某某村北侧，是一座以灌溉为主的小(2)型水库，总库容34.5万立方米，坝高18米。"


def _notice(sentence: str) -> list[str]:
    return ["某某县人民政府关于青龙沟水库管理与保护范围的公告", "一、水库概况", sentence,
            "二、管理范围", "(一)大坝坡脚线向下游100米。", "(二)库区校核洪水位以下。",
            "某某县人民政府", "2020年12月17日"]


@pytest.mark.parametrize("columns, sentence", [(None, SCALE_AT_18), (18, SCALE_AT_18), (None, SCALE_AT_26),
                                               (26, SCALE_AT_26)],
                         ids=["unwrapped-a", "wrapped-18", "unwrapped-b", "wrapped-26"])
def test_a_scale_class_the_wrap_parted_at_its_bracket_is_no_item(columns, sentence):
    """SL 252-2017 (水利水电工程等级划分) names a reservoir's scale 大(1)型,
    大(2)型, 中型, 小(1)型 or 小(2)型: the size word, the bracketed number and 型
    are one word. Where the wrap sets the bracket at a line's head under the
    size word ('…兼顾防洪的小' / '(1)型水库，…'), the line goes on the sentence
    above (paragraphs.label_goes_on): no item (1) or (2) whose text opens on
    型, and the 概况's sentence is one paragraph."""
    doc, = _documents(_notice(sentence), columns)
    assert _labels(doc) == ["一、", "二、", "（一）", "（二）"]
    assert sentence.replace("(", "（").replace(")", "）") in _text(doc).replace("(", "（").replace(")", "）")
    assert (doc.issuers, doc.date) == (["某某县人民政府"], "2020-12-17")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_items_that_open_on_their_own_bracket_stay_items(columns):
    """The control: items whose bracketed labels open their lines under a
    lead that ends on its colon, or under an item closed by its stop, stay
    items, an item's text opening on 型 too ('(二)型号规格…'); and a size word
    that ends a sentence's clause ('…规模较小，') is no scale class."""
    body = ["某某县水利局关于小型水库安全设施配置的通知", "各乡镇人民政府：",
            "部分水库库容较小，设施配置不足，现就有关事项通知如下：",
            "(一)安全监测设施按规定配齐。", "(二)型号规格须符合行业标准。",
            "某某县水利局", "2021年5月6日"]
    doc, = _documents(body, columns)
    assert _labels(doc) == ["（一）", "（二）"]
    assert (doc.issuers, doc.date) == (["某某县水利局"], "2021-05-06")


# ---------------------------------------------------------------- the set's other shapes, pinned (no rule needed)

COLUMNS = [None, 18, 26]

# Nine district bodies' joint notice, no organ in its title (broken inside its 《》 where the page broke it), the 附件说明,
# nine organs one a line, the date, then the issued 方案's title and its first paragraph, cut.
NINE_BODIES = ["关于印发《南岭抽水蓄能电站移民后期扶持人口", "核定登记实施方案》的通知", "北文水字〔2021〕94号", "各有关单位:",
               "现将《南岭抽水蓄能电站移民后期扶持人口核定登记实施方案》印发给你们,请认真组织实施。",
               "附件:南岭抽水蓄能电站移民后期扶持人口核定登记实施方案",
               "北山市南岭区水利局", "北山市南岭区委组织部", "北山市南岭区法院", "北山市公安局南岭分局",
               "北山市南岭区民政局", "北山市南岭区司法局", "北山市南岭区财政局", "北山市南岭区人力资源和社会保障局",
               "北山市南岭区退役军人事务局", "2021年12月27日",
               "南岭抽水蓄能电站移民后期扶持人口核定登记实施方案",
               "为了做好南岭抽水蓄能电站移民后期扶持人口核定登记工作,及时兑现移民后期扶持政策,根据《大中型水利水电工程建设"
               "征地补偿和移民安置条例》和《北山省大中型水库移民后期扶持政"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_nine_bodies_sign_the_notice_one_a_line_and_the_issued_scheme_is_its_part(columns):
    """GB/T 9704 7.3.5.2: organs that issue a text jointly sign it one a
    line, the 主办 organ first, over one date; a title with no organ is
    theirs, and the 方案 titled under the date, the one its 附件说明 and its
    《》 name, is the text it issues (条例 第八条), whatever line the page broke
    the title's 《》 on."""
    doc = _two(NINE_BODIES, columns)
    assert doc.title == "".join(NINE_BODIES[:2])
    assert doc.doc_number == "北文水字〔2021〕94号"
    assert doc.issuers == NINE_BODIES[6:15]
    assert (doc.date, doc.addressees) == ("2021-12-27", "各有关单位")
    assert [p.title for p in doc.parts[1:]] == [NINE_BODIES[16]]


# A district's 公告: its 发文字号 over its organ over the rest of its title, '一、' to '三、', '(一)' and '(二)' under 三、, cut.
RANGES = ["南政字〔2020〕43号", "北山市南岭区人民政府", "关于加强青龙滩水库管理的公告",
          "为切实加强青龙滩水库库区管理,保障水库蓄水、防汛度汛安全,根据《水库大坝安全管理条例》等法律法规的规定,现公告如下:",
          "一、青龙滩水库校核洪水位高程422.9米以下地带为管理范围。", "二、水库的坝体及其设施设备受法律保护。",
          "三、水库管理范围和保护范围内,严禁从事下列活动:", "(一)禁止进行爆破、打井、采石、取土等危害水库安全的活动;",
          "(二)禁止建设影响水库正常运行、危害坝体安全的"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_notice_numbered_over_its_organ_over_its_title_and_cut_keeps_its_frame(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 the page set over the title,
    the organ alone on the title's first line over its 关于: one title, its
    number, its organ the issuer where the store cut the text before any
    signature; its items '一、' to '三、' and '(一)' and '(二)' under 三、."""
    doc = _two(RANGES, columns)
    assert doc.title == "".join(RANGES[1:3])
    assert (doc.doc_number, doc.issuers, doc.date) == ("南政字〔2020〕43号", ["北山市南岭区人民政府"], None)
    assert _labels(doc) == ["一、", "二、", "三、", "（一）", "（二）"]


# A county office's urgent notice: a space between its organ and its 关于, items '1.' to '3.', a date whose 〇 is an
# ASCII zero, no signature.
URGENT = ["南岭县人民政府办公室 关于做好青龙电站警戒区有关安全问题的紧急通知", "青石镇、白沙乡人民政府,县水利局:",
          "青龙水库主汛期即将来临,库区上下游水位极难控制,要求青石镇、白沙乡和水利部门扎扎实实做好如下工作:",
          "1.切实引起高度重视,强化责任落实,加强管护措施。", "2.教育群众注意人身和牲畜的安全,不要到警戒区取水。",
          "3.引导群众协助电站管理单位保护好安全防护设施。", "二0一二年七月十二日"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_urgent_notice_dated_with_an_ascii_zero_and_no_signature(columns):
    """GB/T 9704 7.3.5.1: the 成文日期 in Chinese numerals, its 〇 typed as
    the figure 0 ('二0一二年'), dates the text; with no signature the issuer
    is the organ the title names, the space between it and its 关于 no part
    of the title (titles are compared with spaces removed)."""
    doc = _two(URGENT, columns)
    assert doc.title.replace(" ", "") == URGENT[0].replace(" ", "")
    assert (doc.issuers, doc.date) == (["南岭县人民政府办公室"], "2012-07-12")
    assert doc.addressees == "青石镇、白沙乡人民政府,县水利局" or doc.addressees == "青石镇、白沙乡人民政府，县水利局"
    assert _labels(doc) == ["1.", "2.", "3."]
