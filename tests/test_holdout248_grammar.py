"""The document grammar on layouts of the two-hundred-and-forty-eighth held-out
set's kind (issue #11): place-name, house-number and address texts of county,
district and city bodies (道路、桥梁命名 通知 and 通告, a 征名 公告, a 门楼牌
制作规范 issued by two city bureaus, a 区划地名管理 通知, a 住宅区、楼宇地名
审批 通知, a 新城's 道路命名 公告) as their sites and mirrors store them. Each
case is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A 公告 whose 附件说明 names two maps, signed and dated, then the two marks with nothing under them: the page
# linked the maps as pictures, and no text of them is printed.
SIGNED_WITH_BARE_MARKS = ["某某县部分道路征名公告", "为提升县城形象，拟对新建道路进行命名，现面向全社会征名。",
                          "一、征名原则", "名称要简练规范，便于识别和记忆。",
                          "附:1.征名线路说明表", "2.某某县公路路网交通图", "某某县人民政府", "2017年9月28日",
                          "附件1:", "附件2:"]
NEXT_NOTICE = ["某某市公安局关于印发《某某市标准地址门楼牌制作规范》的通知", "某公人口函[2021]48号",
               "各区公安分局:", "现将《某某市标准地址门楼牌制作规范》印发给你们，请遵照执行。",
               "某某市公安局", "2021年10月26日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_under_bare_annex_marks_after_a_date_is_a_document_of_its_own(columns):
    """GB/T 9704-2012 8: an 附件 is printed after the 成文日期 under its mark,
    its title under the mark; a mark right over another mark heads nothing
    (its annex not printed: a picture or a file the page links). Under a
    signed and dated text, the run of bare marks is that text's, and the
    title with its 发文字号 and 主送 under the last mark is the next
    document, not an annex of the one above (whose 附件说明 names two maps)."""
    docs = _documents(SIGNED_WITH_BARE_MARKS + NEXT_NOTICE, columns)
    assert [d.title for d in docs] == [SIGNED_WITH_BARE_MARKS[0], NEXT_NOTICE[0]]
    assert docs[1].doc_number == "某公人口函〔2021〕48号"
    assert docs[1].issuers == ["某某市公安局"] and docs[1].date == "2021-10-26"
    assert docs[0].issuers == ["某某县人民政府"] and docs[0].date == "2017-09-28"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_under_bare_annex_marks_after_a_body_sentence_stays_an_annex(columns):
    """Control: the same run of marks right under a body's sentence, no
    signature or 成文日期 between (a page that dropped them): the document
    has not closed its frame, so the notice printed whole under the last
    mark, its own number and 主送 and all, is its 附件 (GB/T 9704 7.3.5: a
    document ends on its frame, never on a mark that announces what
    follows), with one bare mark or two."""
    body = ["某某县关于公示拟命名道路名称的公告", "现将拟命名道路名称予以公示，公示期为7天。"]
    for marks in (["附件:"], ["附件1:", "附件2:"]):
        docs = _documents(body + marks + NEXT_NOTICE, columns)
        assert [d.title for d in docs] == [body[0]]
        assert [p.title for p in docs[0].parts][-1] == NEXT_NOTICE[0]


# A notice's issued text the excerpt cut inside an article's second paragraph, then the next notice's title.
CUT_RULES = ["某某市公安局关于印发《某某市门楼牌制作规范》的通知", "各区公安分局:",
             "现将《某某市门楼牌制作规范》印发给你们，请遵照执行。", "某某市公安局", "2021年10月26日",
             "某某市门楼牌制作规范", "第一条 为规范门楼牌制作，制定本规范。",
             "第二条 门楼牌牌面右侧增加二维码图标。", "门楼牌按照关于地名"]
NEXT_OFFICE_NOTICE = ["某某县人民政府办公室关于进一步加强区划地名管理工作的通知",
                      "各乡镇人民政府，县直各部门:", "为进一步规范区划地名管理，现就有关事宜通知如下:",
                      "一、理顺区划地名管理体制", "县民政局负责全县地名管理工作。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_sentence_tail_is_no_line_of_an_organs_title_under_it(columns):
    """GB/T 9704 7.3.1: the 标题 opens on its 发文机关's name. A line that
    opens on an organ's name and 关于 is a title's first line; the short
    line above it, the tail of a sentence the excerpt cut ('门楼牌按照关于
    地名', opening neither on an organ or a place nor on 关于), is no line of
    that title, which opens its own document over its 主送."""
    docs = _documents(CUT_RULES + NEXT_OFFICE_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_RULES[0], NEXT_OFFICE_NOTICE[0]]
    assert docs[1].addressees == "各乡镇人民政府，县直各部门"
    assert docs[1].issuers == ["某某县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_issuers_and_a_citing_head_over_an_organs_title_stay_its_lines(columns):
    """Control: lines that open as a title does stay over a line that opens
    on an organ and 关于: a joint issuer's name ('某某县财政局' over '某某县
    民政局关于…'), a title that cites another organ's ('某某市人民政府关于
    同意' over '某某县人民政府关于…的请示的批复'), a 转发 head."""
    joint = ["某某县财政局", "某某县民政局关于调整城乡低保标准的通知", "各乡镇人民政府:",
             "经县政府同意，现将有关事项通知如下:", "一、提高城市低保标准。"]
    reply = ["某某市人民政府关于同意", "某某县人民政府关于调整部分道路名称的请示的批复", "某某县人民政府:",
             "你县《关于调整部分道路名称的请示》收悉。经研究，同意调整。"]
    relay = ["某某县人民政府办公室转发", "某某市人民政府办公室关于加强地名管理工作的通知", "各乡镇人民政府:",
             "现将《某某市人民政府办公室关于加强地名管理工作的通知》转发给你们，请认真贯彻执行。"]
    relay_cut = ["某某县人民政府办公室转发市政府办公室转", "发", "某某市民政局关于加强地名管理工作的通知",
                 "各乡镇人民政府:", "现将《某某市民政局关于加强地名管理工作的通知》转发给你们，请认真贯彻执行。"]
    for text in (joint, reply, relay):
        docs = _documents(["某某县关于公示拟命名道路名称的公告", "现将拟命名道路名称予以公示。", "某某县民政局",
                           "2023年5月6日"] + text, columns)
        assert [d.title for d in docs][-1] == text[0] + text[1]
    # a 转发 chain the wrap cut inside its verb ('…转' / '发'), as a narrow measure does
    docs = _documents(["某某县关于公示拟命名道路名称的公告", "现将拟命名道路名称予以公示。", "某某县民政局",
                       "2023年5月6日"] + relay_cut, None)
    assert [d.title for d in docs][-1] == "".join(relay_cut[:3])


# The same cut tail, then a 公告 titled by its place (no organ, no 关于) over a body opening on the situation.
PLACE_NOTICE = ["某某县部分道路征名公告", "今年以来，随着县城建设步伐加快，一批新建道路即将建成通车，现面向社会征名。",
                "一、征名原则", "名称要简练规范，便于识别和记忆。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_titled_notice_under_a_cut_tail_citing_by_its_about_opens_a_document(columns):
    """GB/T 9704 7.3.1: a title's 发文机关 comes before its 关于, and no
    organ's name ends in a preposition that takes a cited text (按照, 根据,
    依据…): '门楼牌按照关于地名' is a sentence citing a title by its 关于,
    the tail of an excerpt cut there, no title's head. And a 公文's 开头
    states the situation that calls for it as well as its purpose or ground
    ('今年以来，随着…'): no sentence runs on past a 文种 into those words. So
    the place's 公告 under that tail opens its own document, the tail left
    to the rule above."""
    docs = _documents(CUT_RULES + PLACE_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_RULES[0], PLACE_NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_named_in_a_sentence_over_its_situation_stays_in_the_text(columns):
    """Control: a 公告 named at a sentence's end, the line under it going
    on with the sentence ('…发布了某某县部分道路征名公告' / '今年以来共收到
    建议120条。' is one paragraph of the text above, printed as the wrap
    set it), stays in its text: the line above ends no sentence and the
    named 公告 does not open a line."""
    text = CUT_RULES[:-1] + ["第三条 县民政局依照本规范和县政府发布的", "某某县部分道路征名公告",
                             "征集名称，今年以来共收到建议120条。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [CUT_RULES[0]]
