"""The document grammar on layouts of the seventy-third held-out set's kind
(issue #11): documents of the 1950s to the 1980s as the gazettes and the
collections of that time printed them (指示, 指令, 决定, 批复, 批转 通知, 复函;
dates in Chinese numerals, adoption lines under titles, titles run into their
frame and body as a periodical database stores an article). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- the older 文种

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("kind", ["指示", "指令", "布告"])
def test_the_older_kinds_end_a_title(kind, columns):
    """The 国家行政机关公文处理暂行办法 of 1981 lists the 指示, the 指令 and
    the 布告 beside the 命令, 决定, 通知 and 批复; the gazettes of the 1950s to
    the 1980s print them titled so ('…关于…的指示'). Such a title with no
    主送 under it, its body opening with the organ's name, is a document's,
    as a 通知's is."""
    title = "某某省人民委员会发布关于做好春耕生产工作的" + kind
    docs = _documents(NOTICE + [title, "某某省人民委员会已经批准省农业厅关于春耕生产的报告。各地要切实加强领导，抓紧安排。",
                                "省长 某某某", "一九五六年三月五日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "1956-03-05"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_leaders_directions_is_no_title(columns):
    """Control: a body's sentence that cites a leader's words by 关于
    ('为认真贯彻落实…关于…工作的重要指示批示精神，'), wrapped at the measure right
    after 指示, is the body going on: a 指示's title joins its 事由 by 的."""
    title = "某某市爱国卫生运动委员会关于印发某某办法的通知"
    docs = _documents([title, "各区爱卫会：", "为认真贯彻落实上级领导同志关于春耕生产工作的重要指示批示精神，结合本市实际，"
                       "研究制定了《某某办法》。现印发给你们，请遵照执行。", "某某市爱国卫生运动委员会", "2022年8月12日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某市爱国卫生运动委员会"], "2022-08-12")


# ---------------------------------------------------------------- a title run into its frame and its body

FORWARDED = "某某省人民政府批转省计委《关于重点工业企业在省计划中实行单列的暂行规定》的通知"
FORWARDING = ["省人民政府同意省计委《关于重点工业企业在省计划中实行单列的暂行规定》，现转发给你们，请贯彻执行。",
              "各地区、各部门都要支持这项工作，协助单列企业理顺各方面的关系。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("frame", ["1987年4月2日某政发[1987]28号", "某政发〔1987〕28号1987年4月2日", "1987年4月2日",
                                   "某政发〔1987〕28号", "(87)某政发字第28号", "一九八七年四月二日"])
def test_a_title_run_into_its_date_number_and_body_is_parted(frame, columns):
    """A periodical database stores a gazette's article as one paragraph:
    the title, its 成文日期 and 发文字号 (GB/T 9704 7.2.4, 7.3.5: each a line of
    its own), and the body run together ('…的通知1987年4月2日国发[1987]28号
    国务院同意…'). Where a title stands, a date or a number (either first,
    one or both) right after its kind word ends it: the title, the date and
    the number each a line, the body under them, however the wrap cut them."""
    docs = _documents(NOTICE + [FORWARDED + frame + FORWARDING[0] + FORWARDING[1]], columns)
    assert [d.title for d in docs] == [NOTICE[0], FORWARDED]
    date = "1987-04-02" if "日" in frame else None
    number = frame.replace("1987年4月2日", "").replace("一九八七年四月二日", "") or None
    assert docs[1].date == date
    assert (docs[1].doc_number or "").replace("[", "〔").replace("]", "〕") == \
        (number or "").replace("[", "〔").replace("]", "〕").replace("(", "（").replace(")", "）")
    assert docs[1].issuers == ["某某省人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_run_into_a_body_that_opens_with_its_own_organ_is_parted(columns):
    """A body may open with its issuer speaking of itself by name ('某某省人民
    委员会已经批准…', '国务院同意…'): a title run into it ends on its kind word,
    since no title goes on after its 文种 with its own organ's name."""
    title = "某某省人民委员会发布关于实施一九五六年春耕生产计划的指令"
    docs = _documents(NOTICE + [title + "某某省人民委员会已经批准省农业厅关于一九五六年春耕生产计划的报告。各级人民委员会要切实布置、"
                                "督促和检查，以保证实现今年的生产任务。", "省长 某某某", "一九五六年三月五日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "1956-03-05"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_running_on_from_a_date_after_a_title_is_no_frame(columns):
    """Control: a title a sentence cites, then the day from which something
    runs ('…的通知2021年3月1日起废止。'), is the sentence going on, no frame:
    the text stays whole under its own title."""
    cited = "某某县人民政府关于调整城区供水价格的通知2021年3月1日起废止，新的价格标准按本通知执行。"
    docs = _documents(NOTICE[:3] + [cited] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_frame_printed_under_its_title_stays_as_printed(columns):
    """Control: a 批复 whose 发文字号 and adoption lines stand under its title,
    each a line of its own ('法释〔2021〕11号', '2021年5月31日 某某委员会第1840次会议
    通过'), is read as printed: the date, the body and the 主送 each its own."""
    title = "某某人民法院关于知识产权侵权诉讼中合理开支问题的批复"
    docs = _documents(NOTICE + [title, "法释〔2021〕11号", "2021年5月31日 某某人民法院审判委员会第1840次会议通过",
                                "2021年6月3日 施行", "某某市高级人民法院：",
                                "你院《关于合理开支问题的请示》（某高法〔2021〕215号）收悉。经研究，批复如下：",
                                "人民法院依法予以支持。", "此复。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].doc_number, docs[1].addressees) == ("法释〔2021〕11号", "某某市高级人民法院")


# ---------------------------------------------------------------- who issues: a session, a reply by 对, 发布

SESSION_BODY = ["（1958年2月11日第一届某某省人民代表大会第五次会议通过）",
                "第一届某某省人民代表大会第五次会议根据省人民委员会提出的议案，决定：",
                "一、撤销省建设委员会。", "二、省商业厅改名为省第一商业厅。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_sessions_decision_is_the_sessions(script, columns):
    """A 决定, as a 决议, may be what a meeting adopts (党政机关公文处理工作条例
    第八条), titled by the session of the body that adopted it ('第一届全国人民
    代表大会第五次会议关于…的决定', its 题注 under it): that session is its
    author, as a 决议's is."""
    title = "第一届某某省人民代表大会第五次会议关于调整省人民委员会所属工作部门的决定"
    body = SESSION_BODY
    if script == "traditional":
        title, body = title.translate(TRADITIONAL), [p.translate(TRADITIONAL) for p in body]
    docs = _documents(NOTICE + [title] + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].issuers, docs[1].date) == ([title.split("關" if script == "traditional" else "关")[0]], "1958-02-11")


TRADITIONAL = str.maketrans("届国会议关于调整属门决员过据级撤销厅业为", "屆國會議關於調整屬門決員過據級撤銷廳業為")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某部对某某地区五县经济协调会第二次会议的报告的批复",
                                   "某某省财政厅对某某县农业税减免问题的复函"])
def test_a_reply_that_names_what_it_answers_by_dui_is_its_organs(title, columns):
    """A reply of the 1950s to the 1980s names what it answers by 对 where a
    later one has 关于 ('国务院对…的报告的批复', '…部对…问题的复函'): the organ's
    name before 对 is its 发文机关, who issues it where no signature is printed."""
    docs = _documents(NOTICE + [title, "某政函〔1985〕105号", "某某地区行政公署：",
                                "你们的报告收悉。现批复如下：", "（一）会议开得是好的。", "（二）同意在科技经费中给予适当补助。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [title.split("对")[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_reply_opening_on_dui_names_no_organ(columns):
    """Control: a reply titled by what it answers, opening on 对 with no
    organ before it ('对某某问题请示的批复'), names no issuer by it."""
    title = "对某某县调整农业税减免问题请示的批复"
    docs = _documents(NOTICE + [title, "某某县人民政府：", "你县的请示收悉。经研究，同意你县意见。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("verb", ["发布", "颁布"])
def test_the_verb_between_a_titles_organ_and_guanyu_is_no_part_of_its_name(verb, columns):
    """A title of the 1950s may set the verb its organ issues by between the
    organ and 关于 ('中央人民政府政务院发布关于…的指令'): the organ before the
    verb is the 发文机关, who issues it where no organ signs."""
    title = f"某某省人民委员会{verb}关于实施一九五六年春耕生产计划的指示"
    docs = _documents(NOTICE + [title, "各专员公署，各县人民委员会：", "今年春耕生产任务很重。各地要切实加强领导，抓紧安排。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某某省人民委员会"]


# ---------------------------------------------------------------- the report a reply answers, printed after it

REPLY = ["某某人民法院关于水路货物运输中索赔期问题的复函", "1988年12月8日，某某人民法院", "某某省高级人民法院：",
         "你院某法经字〔1988〕第294号请示报告收悉。", "经研究，水路货物运输中的索赔期，应按有关规则的规定办理。"]
ANSWERED = "某某省高级人民法院关于水路运输货物索赔期问题的请示报告"
ANSWERED_TEXT = ["某某人民法院：", "关于我院受理的船舶碰撞损害赔偿纠纷上诉一案，上诉人认为索赔期已过。",
                 "经查，有关规则确实规定了赔偿的时效。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("mark", ["附一：", "附件一："])
@pytest.mark.parametrize("number", [" 某法经字〔1988〕第294号", "某法经字〔1988〕第294号", "(88)某法经字第294号"])
def test_the_report_a_reply_answers_printed_under_its_mark_is_a_part(mark, number, columns):
    """The compilations of the period print after a reply the 请示报告 it
    answers, under the older mark that numbers an 附件 in Chinese numerals
    ('附一：'), its title run into the mark's line with its own 发文字号 after
    it (perhaps after a space), then its 主送 (one body by name) and text:
    an 附件 printed whole, the reply's part, with its title and number apart;
    the title is the longest ('…的请示报告', not '…的请示')."""
    docs = _documents(NOTICE + REPLY + [mark + ANSWERED + number] + ANSWERED_TEXT, columns)
    assert [d.title for d in docs] == [NOTICE[0], REPLY[0]]
    assert ANSWERED in [p.title for p in docs[1].parts]
    assert (docs[1].date, docs[1].addressees) == ("1988-12-08", "某某省高级人民法院")


@pytest.mark.parametrize("mark", ["附一：", "附件一："])
@pytest.mark.parametrize("cut", [0, 2])
def test_the_answered_reports_number_on_the_next_line_is_still_its_own(mark, cut):
    """The same report where the page's wrap put its 发文字号 on the next
    line, alone (' 某法经字…号') or after the title's last word ('报告
    某法经字…号', the title ending '…的请示' on the line above): the title
    and its number are one head over the 主送, the 附件 is still the reply's
    part, titled '…的请示报告'."""
    head = [mark + ANSWERED[:len(ANSWERED) - cut], ANSWERED[len(ANSWERED) - cut:] + " 某法经字〔1988〕第294号"]
    docs = _documents(NOTICE + REPLY + head + ANSWERED_TEXT, None)
    assert [d.title for d in docs] == [NOTICE[0], REPLY[0]]
    assert ANSWERED in [p.title for p in docs[1].parts]


@pytest.mark.parametrize("columns", [None, 25, 26])
def test_a_sentence_dated_in_numerals_leading_into_a_colon_is_no_addressee(columns):
    """GB/T 9704 7.3.2: the 主送 names organs. A first sentence that tells
    what an organ did on a day and leads into its colon ('本院于一九四九年
    十二月九日颁布了关于…的暂行办法，该办法规定：') is the body, though it
    names organs and government: no name holds a date."""
    measure = ["某某院关于各机关发表公报及公告性文件的办法",
               "本院于一九四九年十二月九日颁布了关于统一发布各机关重要新闻的暂行办法，该办法规定：",
               "一切公告及公告性的新闻，均由新华通讯社统一发布。"]
    docs = _documents(NOTICE + measure, columns)
    assert [d.title for d in docs] == [NOTICE[0], measure[0]]
    assert docs[1].addressees is None


# ---------------------------------------------------------------- the signature and date run into the last paragraph

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("close", ["省长某某某一九五六年三月五日", "省长某某某1956年3月5日"])
def test_a_signature_and_date_run_in_after_the_last_sentence_close_the_text(close, columns):
    """A periodical database stores a gazette's article as one paragraph,
    the 署名 and 成文日期 (GB/T 9704 7.3.5: each a line under the body) run
    in after the last sentence ('…任务。总理周恩来一九五○年二月二十七日'): the
    signer's post and name and the date close the text, and date it."""
    title = "某某省人民委员会关于做好春耕生产工作的指示"
    docs = _documents(NOTICE + [title, "各专员公署，各县人民委员会：",
                                "今年春耕生产任务很重。各地要切实加强领导，抓紧安排，以保证实现今年的农业生产任务。" + close],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].date == "1956-03-05"
    assert docs[1].issuers == ["某某省人民委员会"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_names_an_organ_and_a_day_is_no_signature(columns):
    """Control: a sentence after a finished one that names an organ and
    goes on past a day ('…。经市人民政府2021年3月1日' / '第5次常务会议通过。')
    is the body, no signature."""
    docs = _documents(NOTICE[:3] + ["本办法已印发。经某某县人民政府2021年3月1日", "第5次常务会议通过，现予公布。"] + NOTICE[3:],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


# ---------------------------------------------------------------- a mirror's pinyin centred under a title

@pytest.mark.parametrize("indent", ["", "      ", "\u3000\u3000"])
def test_a_pinyin_annotation_the_wrap_put_on_an_indented_line_is_removed(indent):
    """A mirror's pinyin after the title's last character ('…的批復(fù)'),
    which the wrap put on the next line, where an extractor that keeps the
    page's positions sets it centred under the title: still the annotation,
    the spaces before it no text either, and the title ends in its 文种."""
    from builder.stages.decode import decode
    decoded = decode(f"國務院對某某會議的報告的批復\n{indent}(fù)\n國函〔1985〕105號\n".encode("utf-8"))
    assert decoded.text == "國務院對某某會議的報告的批復\n\n國函〔1985〕105號\n"
    assert decoded.repairs and "復(fù)" in decoded.repairs[0][1]
    wrapped_syllable = decode(f"施行細則的實(s\n{indent}hí)施\n".encode("utf-8"))
    assert wrapped_syllable.text == "施行細則的實\n施\n"
