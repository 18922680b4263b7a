"""The document grammar on layouts of the three-hundred-and-thirty-eighth
held-out set's kind (issue #11): legal aid, people's mediation and community
correction texts of cities, counties and districts (an office's 通知 issuing
its 法律援助 实施意见, a 司法局's 通知 issuing its 社区矫正 规范, a 司法局's
公告 recruiting 人民调解员, a city's 社区矫正实施细则 and a county's 人民调解
实施意见) as law libraries, government sites, document-sharing and template
sites store them: an excerpt the store cut mid-sentence or inside an aside
over a rule whose name runs into its first article on one line, and an
issuing notice whose title wraps after the place that opens the issued
text's own name. Each case is invented text laid out as extractors give it
and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.stages.split.titles.issuers import issued_name_opens
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A district bureau's notice the store cut inside a bracket it opened: no signature, no date.
CUT_IN_BRACKET = ["深圳市东城区司法局关于公开招聘人民调解员的公告", "有关招聘事项公告如下:", "一、报名条件",
                  "考生应将报名表等材料扫描成电子文档(PD"]
# A county's 意见 the store cut mid-sentence.
CUT_MID_SENTENCE = ["关于进一步加强人民调解工作的实施意见", "为发挥人民调解的作用,提出如下实施意见:",
                    "一、充分认识做好人民调解工作的重要性", "全县广大基层调解组织和调解干部,在化解"]
# A city's rule, its name run into its first article and the articles after it, one line.
RULE_RUN_IN = ["南岭市社区矫正实施细则(试行)第一条为依法规范实施社区矫正,结合我市实际,制定本细则。"
               "第二条本细则适用于本市行政区域内的社区矫正工作。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [CUT_IN_BRACKET, CUT_MID_SENTENCE])
def test_a_rule_named_by_its_place_run_into_its_first_article_opens_a_text_under_a_cut(columns, above):
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name is its place's
    or organ's, its matter's and its kind's, and its text opens on 第一条.
    No sentence runs on into such a name unquoted and on with its first
    article, so the name run into that article opens a text of its own
    whatever the line above ended on: an excerpt the store cut inside a
    bracket ('…电子文档(PD') or mid-sentence ('…在化解')
    (unfold.outline._named_rule_opens)."""
    docs = _documents(above + RULE_RUN_IN, columns)
    assert [d.title for d in docs] == [above[0], "南岭市社区矫正实施细则(试行)"]
    assert "社区矫正" not in "".join(b.text for p in docs[0].parts for b in p.blocks if hasattr(b, "text"))


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("cut, rest", [("物业服务企业应当依照", "南岭市物业管理办法第一条规定的原则提供服务,请认真落实。"),
                                       ("物业服务企业应当遵守《", "南岭市物业管理办法》第一条的规定,请认真落实。"),
                                       ("物业服务企业应当遵守", "南岭市物业管理办法第一条至第五条,请认真落实。")])
def test_a_rule_a_sentence_cites_by_its_first_article_stays_in_the_sentence(columns, cut, rest):
    """The control: a sentence that cites the rule names it after a citing
    word or in 《》 and goes on with what the article says ('…第一条规定的',
    '…第一条至第五条'): one text, signed and dated as before."""
    notice = ["关于做好物业管理工作的通知", "各街道办事处:", cut, rest, "南岭县人民政府", "2021年3月1日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县人民政府"], "2021-03-01")


# An office's notice issuing its city's 意见, the title broken where its words part (GB/T 9704 7.3.1: a centred
# title's lines), its first line ending on 印发 and the place the issued text's own name opens on.
ISSUING_PLACE_OVER_ABOUT = ["南岭市人民政府办公室关于印发南岭市", "关于进一步加强法律援助工作", "实施意见的通知",
                            "各县(市、区)人民政府,市人民政府有关部门:", "《南岭市关于进一步加强法律援助工作的实施意见》"
                            "已经市政府同意,现印发给你们,请认真组织实施。", "南岭市人民政府办公室", "二○○九年十月二十八日"]
SIGNED = ["关于做好植树工作的通知", "各乡镇人民政府:", "请按时完成任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [[], SIGNED])
def test_an_issuing_title_line_ending_on_the_issued_texts_place_heads_the_title(columns, above):
    """GB/T 9704 7.3.1: a title is its 发文机关, its 事由 and its 文种, and a
    notice that issues a text names that text whole; that name opens on its
    own place (规章制定程序条例 第七条) and may go on with its own 关于. A
    line that opens as a title does and ends on 印发 and that place
    ('…关于印发南岭市') is the title's first line over the issued name's
    关于, no line apart from the title under it
    (titles.issuers.issued_name_opens)."""
    docs = _documents(above + ISSUING_PLACE_OVER_ABOUT, columns)
    assert [d.title for d in docs][len(above) > 0:] == ["".join(ISSUING_PLACE_OVER_ABOUT[:3])]
    assert (docs[-1].issuers, docs[-1].date) == (["南岭市人民政府办公室"], "2009-10-28")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentences_line_ending_on_a_passing_verb_and_a_place_stays_out_of_the_title_under_it(columns):
    """The control: the line of a sentence the store cut ('请各单位及时印发
    南岭市', opening on no organ's name, 关于 or verb) over a 关于 title is
    no line of that title, which begins on its own line."""
    cut = ["关于做好植树工作的通知", "各乡镇人民政府:", "请各单位及时印发南岭市"]
    title = ["关于做好春节期间值班工作的通知", "各乡镇人民政府:", "请严格执行24小时值班制度。", "某某县人民政府办公室",
             "2022年1月20日"]
    docs = _documents(cut + title, columns)
    assert [d.title for d in docs] == [cut[0], title[0]]
    assert not issued_name_opens(cut[2]) and issued_name_opens(ISSUING_PLACE_OVER_ABOUT[0])
