"""The document grammar on layouts of the three-hundred-and-seventy-first
held-out set's kind (issue #11): exhibition-industry and night-economy texts
of cities, counties and districts (a government's 通知 on 会展 management, an
office's 通知 forwarding or issuing a 会展 资金 办法, a 夜间经济 方案 or a
月光经济 意见, a city's 会展 辦法 and a 步行街 办法) as law libraries, trade
portals and their own sites store them, one cut inside the first sentence of
a paragraph that opens on 凡 ('凡在某某国际会展中心'), over the next text's title,
another cut mid-word over a rule's name and its 第一章. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _text  # (the same input path and layouts)

# A city government's notice the store cut right after its sentence's opening words, the place it names ending as
# an organ's name ends ('…会展中心').
CUT_ON_QUANTIFIER = ["北山市人民政府关于进一步加强会展管理工作的通知", "各县(市、区)人民政府,市人民政府有关部门:",
                     "现就进一步加强会展管理工作有关事项通知如下:", "一、建立备案制度,加强项目审查",
                     "凡在北山国际会展中心"]
# The next text: another city office's notice forwarding its bureaus' rule, dated.
FORWARDING = ["南岭市人民政府办公厅转发市商务局等部门关于南岭市会展业发展专项资金管理办法的通知",
              "(南府办〔2008〕12号)", "各区人民政府,市直各单位:", "《南岭市会展业发展专项资金管理办法》已经市政府同意,现转发给你们。",
              "南岭市人民政府办公厅", "2008年10月22日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_opening_on_fan_is_no_organ_over_the_next_title(columns):
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种, its organs named
    whole, each opening on its place (or 中共…) or the organ's own word. 凡
    ('whatever', 'every … that') opens a sentence's subject, the cases a rule
    applies to ('凡在…举办的展会，均应…'), and no organ's name: a line that
    opens on it is a sentence the excerpt cut, though it stops on an organ's
    ending ('…会展中心'), and neither heads the title under it nor signs as its
    joint issuer (grammar.QUANTIFIER_OPENING_RE)."""
    docs = _documents(CUT_ON_QUANTIFIER + FORWARDING, columns)
    assert [d.title for d in docs] == [CUT_ON_QUANTIFIER[0], FORWARDING[0]]
    assert docs[1].issuers == ["南岭市人民政府办公厅"]
    assert docs[1].doc_number == "南府办〔2008〕12号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_alone_over_a_title_still_heads_it(columns):
    """The control: an organ's whole name alone on its line right over the
    rest of its title, its 关于, still heads that title, under a text cut
    short as much as under a finished one."""
    organ_over = ["北山市会展中心", "关于做好2021年展会备案工作的通知", "各参展单位:", "请于3月底前完成展会备案。",
                  "北山市会展中心", "2021年3月1日"]
    docs = _documents(CUT_ON_QUANTIFIER[:-1] + organ_over, columns)
    assert [d.title for d in docs] == [CUT_ON_QUANTIFIER[0], "".join(organ_over[:2])]
    assert docs[1].issuers == ["北山市会展中心"]


def test_the_quantifier_is_read_off_names_only_at_their_opening():
    """The control: the names read as before where 凡 opens nothing."""
    from builder.stages.split.grammar import organ_alone
    assert not organ_alone("凡在北山国际会展中心")
    assert organ_alone("北山国际会展中心")
    assert organ_alone("北山市人民政府办公厅")


# A notice forwarding a rule, the store cut inside an article's second paragraph, which opens on an organ's name and
# the short name it gives it ('…财政局(下称市财政局)是…').
CUT_ON_SHORT_NAME = ["南岭市人民政府办公厅转发市商务局等部门关于南岭市会展业发展专项资金使用管理办法的通知",
                     "各区人民政府,市直各单位:", "《南岭市会展业发展专项资金使用管理办法》已经市政府同意,现转发给你们。",
                     "南岭市人民政府办公厅", "2008年10月22日", "南岭市会展业发展专项资金使用管理办法",
                     "第一条 为促进我市会展业的发展,制定本办法。",
                     "第二条 南岭市商务局是市会展业的行业主管部门,负责会展专项资金使用计划的编报。",
                     "南岭市财政局(下称市财政局)是会展专项资金管理的主"]
# The next text: a city's rule, its name over its first chapter and first article.
RULE = ["北山市會展發展專項資金使用管理辦法", "第一章 總則", "第一條 為鼓勵、推動我市會展業發展,特制訂本辦法。",
        "第二條 會展發展專項資金是指市財政年度預算安排的專項資金。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_giving_a_short_name_is_no_line_of_the_rule_title_under_it(columns):
    """GB/T 9704 7.3.1: a title names its text in full; only a sentence
    gives the words before it a short name in brackets for the sentences
    after it ('…财政局(下称市财政局)…', text.lines.SHORT_NAME_RE), so a line
    that holds one is none of the title's under it, though it opens on a
    place's name as a rule's name does (split/titles/head.title_start). And a
    rule's name (规章制定程序条例 第七条: place, matter, kind) with its first
    第一章 or 第一条 right under it is a text's title, though the line above
    stops mid-sentence, whether the excerpt was cut there or the measure
    wrapped it (split/titles/blocks: titles.under.rule_over_articles): no
    sentence goes on with a rule's first article."""
    docs = _documents(CUT_ON_SHORT_NAME + RULE, columns)
    assert [d.title for d in docs] == [CUT_ON_SHORT_NAME[0], RULE[0]]
    assert [p.label for p in docs[1].provisions] == ["第一章", "第一條", "第二條"]
    assert "北山" not in _text(docs[0])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_and_its_rule_name_wrapped_over_two_lines_stay_one_title(columns):
    """The control: a rule's name the measure wrapped over two lines, its
    place on the first ('北山市會展發展專項資金使' / '用管理辦法'), under a
    finished sentence, is one title over its first chapter."""
    finished = CUT_ON_SHORT_NAME[:-1]
    docs = _documents(finished + ["北山市會展發展專項資金使", "用管理辦法"] + RULE[1:], columns)
    assert [d.title for d in docs] == [CUT_ON_SHORT_NAME[0], RULE[0]]
