"""The document grammar on layouts of the three-hundred-and-forty-first
held-out set's kind (issue #11): science popularisation and citizens'
scientific literacy texts (科普工作, 全民科学素质) of city and county bodies as
their sites, a law mirror and a document site store them: a city's notice
issuing its plan, cut inside a sentence, over a city's 批转 notice whose title a
long page set one line apiece ('…批转市科委' / '《…认定办法》' / '的通知'); a
county's reply to a CPPCC proposal, its proposers as its 主送, under a text the
store cut inside a sentence at the measure; a 联席会议办公室's 转发 notice whose
title cites a text by its whole name, the wrap cutting that name inside its
organ ('…联席会议' / '办公室转发…'). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Line
from tests.test_holdout7_grammar import _documents, NOTICE  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A county's reply to a proposal, its proposers as its 主送, the seal's place and the date under it.
REPLY = ["东山县人民政府对市政协四届八次会议第114号提案的答复", "高某某、陈某某、侯某委员:",
         "您提出的关于“强化全民科学素质工作保障”的提案收悉。现答复如下:",
         "一、将科学素质工作纳入政府目标管理考核", "县科协负责人已向分管领导汇报。", "(印 章)", "2022年6月20日"]
# A 联席会议办公室's 转发 notice titled by the whole name of the text it passes on, its number run onto the title.
FORWARD = ["转发《云南省全民科学素质工作联席会议办公室转发全民科学素质纲要实施工作办公室关于开展2020年中国公民科学素质调查"
           "通知》的通知(临科素联席办发〔2020〕4号)",
           "市委各部委,市直国家机关各委办局:", "为配合好此次调查,现将有关通知转发给你们,请按通知要求做好宣传工作。",
           "南岭市全民科学素质联席会议办公室", "2020年7月7日"]
FORWARD_TITLE = FORWARD[0].split("(")[0]
# A city's notice issuing its plan, the store's excerpt cut inside the plan's first paragraph.
PLAN = ["南山市人民政府关于印发南山市科普工作实施方案的通知", "各县(区)人民政府,市政府各部门:",
        "《南山市科普工作实施方案》已经市政府同意,现印发给你们,请认真遵照执行。", "2021年12月21日",
        "南山市科普工作实施方案", "一、指导思想",
        "以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大精神,坚持以人民为中心,坚持新发展理念,"
        "统筹推进总体布局和战略布局,以提高全民科学素质服务高质量发展为目标,以弘扬科学精神为主线,以深化科普供给侧"
        "改革为重点,着力打造社会化协同、智慧化传播、规范化建设和国际化合作的科学素质建设生态,营造热爱科学、崇尚创新"
        "的社会氛围,提升社会文明程度,为推动南山在全省的核心地位更加凸显,在全国"]
# A city's 批转 notice, its title set one line apiece: the organ and verb, the quoted name, '的通知'.
PASSED_ON = ["北江市人民政府批转市科委", "《北江市科学技术普及基地认定办法》", "的通知", "(北府〔2001〕10号)",
             "各区、县级市人民政府,市府直属各单位:",
             "现将市科委《北江市科学技术普及基地认定办法》批转给你们,请依照执行。", "北江市人民政府", "2001年1月5日"]
# A text the store cut inside a sentence, its last line filling the measure at 26 columns.
CUT = ["北山市人民政府办公室关于印发北山市科普工作实施方案的通知", "各乡镇人民政府,市政府各部门:",
       "经市人民政府同意,现将《北山市科普工作实施方案》印发给你们,请认真贯彻执行。", "北山市人民政府办公室", "2012年1月12日",
       "北山市科普工作实施方案", "一、背景和意义",
       "市委、市政府历来重视科学素质工作。《科学素质纲要》颁布以来,市委、市政府把全民科学素质建设作为落实科学发展观、"
       "建设创新型北山、构建社会主义和谐社会的重要举措,"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_title_citing_a_name_the_wrap_cut_begins_on_the_line_that_opens_its_quote(columns):
    """GB/T 9704 7.3.1 and GB/T 15834-2011 4.15: a title closes the 《》 it
    opens, the marks enclosing the name of the text its 事由 cites. Lines that
    close a 《 they never open ('办公室转发…' / '公室关于…' / '…通知》的通知',
    the wrap having cut the cited name inside its organ's ending) are no whole
    title: it begins on the line over them that opens the 《 ('转发《…联席会议'),
    not on the organ's piece the wrap left at a line's head, and that line is
    no tail of the text above, signed and dated (titles.head._quote_opened_above)."""
    docs = _documents(REPLY + FORWARD, columns)
    assert [d.title for d in docs] == [REPLY[0], FORWARD_TITLE]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == \
        ("临科素联席办发〔2020〕4号", ["南岭市全民科学素质联席会议办公室"], "2020-07-07")
    assert (docs[0].issuers, docs[0].date) == (["东山县人民政府"], "2022-06-20")


@pytest.mark.parametrize("columns", COLUMNS)
def test_an_organ_the_wrap_cut_before_its_title_s_about_stays_its_first_line(columns):
    """The control: a title that closes its own 《》 ('…办公室关于印发《…》的通知')
    begins on its organ's line, wherever the wrap cut the organ's name, and the
    notice above keeps its organ, date and text."""
    own = ["某某县全民科学素质工作领导小组办公室关于印发《某某县2024年全民科学素质工作要点》的通知", "各乡镇人民政府:",
           "现将《某某县2024年全民科学素质工作要点》印发给你们,请认真贯彻执行。", "某某县全民科学素质工作领导小组办公室",
           "2024年3月1日"]
    docs = _documents(NOTICE + own, columns)
    assert [d.title for d in docs] == [NOTICE[0], own[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")
    assert docs[1].issuers == ["某某县全民科学素质工作领导小组办公室"]


def test_a_run_that_closes_its_own_quote_reaches_no_higher():
    """The control, on the lines themselves: a run that closes what it opens
    starts where it starts; one that closes a 《 opened above a sentence's line
    (a clause mark in it) reaches no higher than it stood."""
    from builder.stages.split.titles.head import _quote_opened_above
    lines = [Line(0, "某某县人民政府"), Line(1, "2022年6月20日"), Line(2, "转发《某省科学素质工作联席会议"),
             Line(3, "办公室关于开展公民科学素质调查的通知》的通知")]
    assert _quote_opened_above(lines, 3, 4, 0, 18.0) == 2
    assert _quote_opened_above(lines, 2, 4, 0, 18.0) == 2
    lines[2] = Line(2, "请各单位认真学习,转发《某省科学素质工作联席会议")
    assert _quote_opened_above(lines, 3, 4, 0, 18.0) == 3



@pytest.mark.parametrize("columns", COLUMNS)
def test_a_particle_and_kind_alone_under_a_title_ends_it(columns):
    """GB/T 9704 7.3.1: a title is its organ, its 事由 and its 文种, the 事由
    joined to the 文种 by 的. A line holding only 的 and a 文种 ('的通知') opens
    no title of its own (no title's first line opens on the particle) and says
    nothing a sentence would: it ends the title over it, set one line apiece
    ('北江市人民政府批转市科委' / '《…认定办法》' / '的通知'), though the lines
    over it already end on a kind word (办法) and close their marks, and the
    text above them stops mid-sentence (titles.blocks.kind_tail_under)."""
    docs = _documents(PLAN + PASSED_ON, columns)
    assert [d.title for d in docs] == [PLAN[0], "".join(PASSED_ON[:3])]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("北府〔2001〕10号", ["北江市人民政府"], "2001-01-05")
    assert "北江市" not in "".join(p.title or "" for p in docs[0].parts)


def test_a_line_opening_on_the_particle_that_goes_on_is_no_title_s_tail():
    """The control: a line that opens on 的 and goes on past a kind word
    ('的通知精神,…') or names no kind is a sentence's, no title's last line."""
    from builder.stages.split.titles.blocks import kind_tail_under
    over = [Line(0, "北江市人民政府批转市科委"), Line(1, "《北江市科学技术普及基地认定办法》")]
    assert kind_tail_under(over + [Line(2, "的通知")], 0, 2)
    assert not kind_tail_under(over + [Line(2, "的通知精神,认真抓好落实。")], 0, 2)
    assert not kind_tail_under(over + [Line(2, "的有关规定")], 0, 2)
    assert not kind_tail_under([Line(0, "请认真学习《某某办法"), Line(1, "的通知")], 0, 1)


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_reply_over_its_members_opens_under_a_line_the_wrap_filled(columns):
    """GB/T 9704 7.3.2 and frame.members_addressed: a reply's title (an 答复
    naming the 提案 it answers) with the members it answers under it as its 主送
    opens a reply though the line above fills the measure, a sentence the store
    cut there ('…的重要举措,'): a sentence runs on into a title with words, not
    with a 称谓 naming 委员, as a letter's title over its 称谓 opens a letter
    (titles.letters.members_under, asked under a full line as under a short one)."""
    docs = _documents(CUT + REPLY, columns)
    assert [d.title for d in docs] == [CUT[0], REPLY[0]]
    assert (docs[1].issuers, docs[1].date, docs[1].addressees) == \
        (["东山县人民政府"], "2022-06-20", "高某某、陈某某、侯某委员")
    assert (docs[0].issuers, docs[0].date) == (["北山市人民政府办公室"], "2012-01-12")


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_reply_title_cited_inside_a_sentence_stays_the_sentence_s(columns):
    """The control: a sentence that names a reply and goes on with words (no
    members and colon under it) keeps it, under a full line or not."""
    cited = CUT[:-1] + ["市委、市政府历来重视科学素质工作,现将东山县人民政府对市政协四届八次会议第114号提案的答复",
                        "印发给你们,请认真学习。"]
    docs = _documents(cited, columns)
    assert [d.title for d in docs] == [CUT[0]]
