"""The document grammar on layouts of the two-hundred-and-eighty-sixth held-out
set's kind (issue #11): fireworks texts of counties and cities (a government's
or a public security bureau's 通告 banning or limiting fireworks, a draft 通告
with its date left blank) as their sites, forums and mirrors store them, the
close of a 通告 a forum ran into one line with its body (the 结束语, the
signature and the 成文日期 parted by runs of spaces, the last sentence ended
on figures and an ASCII stop). Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

GAP = " " * 40  # the run of spaces a forum kept where the page set the close's lines apart

# A 通告 whose body, 结束语, signature and date a forum stored as one line, the last sentence ended on the
# hotline's figures and an ASCII stop.
RUN_IN_CLOSE = ["南岭市公安局关于禁止在市区燃放烟花爆竹的通告",
                "为保障人民群众生命财产安全，禁止在南岭市城区燃放烟花爆竹。  对违反本通告规定燃放烟花爆竹的单位和个人，"
                "欢迎广大市民积极举报，举报电话:110." + GAP + "特此通告" + GAP + "南岭市公安局" + GAP + "2017年1月1日"]
NOTICE = ["北山县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：", "请各乡镇在3月底前完成造林任务。",
          "北山县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_close_run_in_after_a_sentence_ended_on_figures_and_an_ascii_stop(columns):
    """GB/T 9704 7.3.5 sets the 署名 and the 成文日期 each on a line of their
    own under the body; a forum that kept the page's runs of spaces for its
    line breaks runs them in after the last sentence. That sentence may end
    on figures (a hotline) and the ASCII full stop a page set after them
    ('举报电话:110.'): a stop (GB/T 15834 4.1), no decimal point, for no figure
    follows it (unfold.FIGURES_STOP). The 结束语, the bureau's name and the
    date after it are the close; where the wrap carries the name's head alone
    onto a line the spaces filled ('…110. 特此通告' / '南岭' / '市公安局'), the
    head and the name are one organ's name (unfold._head_alone)."""
    for texts, titles in ((RUN_IN_CLOSE, [RUN_IN_CLOSE[0]]), (NOTICE + RUN_IN_CLOSE, [NOTICE[0], RUN_IN_CLOSE[0]]),
                          (RUN_IN_CLOSE + NOTICE, [RUN_IN_CLOSE[0], NOTICE[0]])):
        docs = _documents(texts, columns)
        assert [d.title for d in docs] == titles
        mine = [d for d in docs if d.title == RUN_IN_CLOSE[0]]
        assert (mine[0].issuers, mine[0].date) == (["南岭市公安局"], "2017-01-01")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_decimal_point_is_no_stop_before_a_run_in_close(columns):
    """Control: a point between figures is a decimal point ('面积0.52公顷'),
    no sentence's end, and a sentence that goes on after figures and a point
    into an organ's name and a date ('…增长3.5某某县人民政府2021年3月1日…')
    is not read as a close: the signature stays the one printed under it."""
    text = ["东川县人民政府关于公布烟花爆竹燃放区域的通告",
            "燃放区域面积0.52公顷，由东川县人民政府2021年3月1日起划定。",
            "东川县人民政府", "2021年3月2日"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [text[0]]
    assert (docs[0].issuers, docs[0].date) == (["东川县人民政府"], "2021-03-02")


# The same close as an extractor gives it wrapped at a narrow measure: the run of spaces after the 结束语 filled a
# line but for the signer's name's head, which the wrap left alone on it ('…110. 特此通告' / '南岭' / '市公安局').
HEAD_ALONE = ["南岭市公安局关于禁止在市区燃放烟花爆竹的通", "告",
              "为保障国家、集体财产和人民群众生命财产安全，减少火灾",
              "和人身伤害事故的发生，禁止在南岭市城区燃放烟花爆竹。",
              "对违反本通告规定燃放烟花爆竹的单位和个人，欢迎广大市",
              "民积极举报，共同维护平安和文明环境，举报电话:110. 特此通告", "南岭", "市公安局", "2017年1月1日"]


def test_a_signers_name_head_the_wrap_left_alone_under_the_closing_words():
    """GB/T 9704 7.3.5: the 署名 is one organ's name on a line of its own.
    A line that holds only a name's head, under a line that ends the body on
    a stop or on the 结束语 after it, and over an organ's name whose next line
    is the date, is that name's head: the two make one organ's name, and the
    结束语 stays the body's last words (7.3.3), no part of the signer's name."""
    docs = _documents(HEAD_ALONE, None)
    assert [d.title for d in docs] == ["南岭市公安局关于禁止在市区燃放烟花爆竹的通告"]
    assert (docs[0].issuers, docs[0].date) == (["南岭市公安局"], "2017-01-01")


def test_joint_signers_each_whole_on_a_line_stay_apart():
    """Control: two organs each whole on a line of its own over the date
    (a joint signature, 7.3.5.2) are two names, not one name's head and its
    rest: no organ's name is made of both."""
    text = HEAD_ALONE[:5] + ["民积极举报，共同维护平安和文明环境，举报电话:110。", "南岭市公安局", "南岭市应急管理局", "2017年1月1日"]
    docs = _documents(text, None)
    assert [d.title for d in docs] == ["南岭市公安局关于禁止在市区燃放烟花爆竹的通告"]
    assert docs[0].issuers == ["南岭市公安局", "南岭市应急管理局"]
    assert docs[0].date == "2017-01-01"
