"""The document grammar on layouts of the two-hundred-and-eighty-fourth held-out
set's kind (issue #11): civilised-city and sanitary-city campaign texts of
cities (a government's 通知 issuing its 创建国家卫生城市实施方案, a 文物局's 通知
forwarding a 文明行为促进条例 实施方案, the 倡议书 a city's bodies address to
their public) as their sites and mirrors store them: a letter's 称谓 whose colon
the page lost, over the greeting the letter sets alone on its line. Each case
is invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An appeal whose 称谓 lost its colon, the greeting alone under it, numbered points, the organ and the date.
APPEAL_GREETED = ["区城管局争做文明市民倡议书", "亲爱的居民朋友们", "大家好！",
                  "为营造干净整洁、文明有序的城市环境，我们特向广大居民倡议：",
                  "1.不随地吐痰，不乱扔垃圾；", "2.不乱停乱放车辆，不车窗抛物；",
                  "让我们从现在做起，共创文明城。", "北岭市南湖区城市管理局", "2022年2月22日"]
# A notice whose excerpt the store cut mid-sentence, run above the appeal: nothing closes it but the next title.
NOTICE = ["北岭市人民政府关于开展城乡环境卫生整治的通知", "各区人民政府，市政府有关部门：",
          "为巩固国家卫生城市创建成果，现就有关事项通知如下：", "一、各区要在3月底前完成背街小巷的整治，做到"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letters_salutation_without_its_colon_over_a_greeting_is_its_addressee(columns):
    """A letter's 称谓 (an 倡议书 or 公开信 is a letter: frame.KINDS' 信) stands
    under its title where a 公文's 主送 stands (GB/T 9704 7.3.2). Its colon
    lost, it is still the short line of people (…朋友们, 市民, 同志们) right over
    the greeting a letter sets alone on its line ('大家好！', '您们好!'): a
    sentence's line goes on with words, never with a greeting alone. So the
    title over it opens a document (titles.letters.letter_salutation), the greeting
    opens a paragraph of its own (paragraphs.starts_paragraph), and the 称谓 is
    the 主送 (metadata._addressed_to, frame.greeted)."""
    docs = _documents(NOTICE + APPEAL_GREETED, columns)
    assert [d.title for d in docs] == [NOTICE[0], APPEAL_GREETED[0]]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("亲爱的居民朋友们", ["北岭市南湖区城市管理局"],
                                                                 "2022-02-22")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_greeted_appeal_alone_is_a_document(columns):
    """The same appeal alone in its file: its title and 称谓 found, no page
    shown whole for want of a title."""
    docs = _documents(APPEAL_GREETED, columns)
    assert [d.title for d in docs] == [APPEAL_GREETED[0]]
    assert docs[0].addressees == "亲爱的居民朋友们"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_of_people_over_a_sentence_is_no_salutation(columns):
    """Control: the same line of people with no greeting under it, a sentence
    going on instead ('亲爱的居民朋友们' / '一起行动起来，…'), is no 称谓: the
    appeal's title under the cut sentence stays a line of the notice above,
    as before the rule."""
    docs = _documents(NOTICE + ["区城管局争做文明市民倡议书", "亲爱的居民朋友们", "一起行动起来，共创文明城。",
                                "北岭市南湖区城市管理局", "2022年2月22日"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


def test_the_greeting_and_the_salutation_by_their_grammar():
    """frame.greeted: the 称谓 names people and holds no sentence's mark; the
    greeting under it is a greeting alone."""
    from builder.text.frame import greeted
    assert greeted("亲爱的市民朋友们", "您们好!") and greeted("全县广大青年", "大家好！")
    assert not greeted("亲爱的市民朋友们", "您们好，现将有关事项通知如下：")
    assert not greeted("各乡镇人民政府，", "大家好！") and not greeted("北岭市南湖区城市管理局", "大家好！")


# A notice as a law library's copy runs it: the title, its 发文字号 in brackets, the 主送 and the body on one line.
NUMBERED_RUN_IN = ["东岭市人民政府关于印发东岭市创建国家卫生城市实施方案的通知(东市政发【2015】7号)南湖区、北山区人民政府,"
                   "市政府有关部门:现将《东岭市创建国家卫生城市实施方案》印发给你们,请认真遵照执行。",
                   "东岭市人民政府", "2015年8月10日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_title_with_its_bracketed_number_and_addressees_run_in_is_parted(columns):
    """GB/T 9704 7.3.1, 7.2.4 and 7.3.2: the 标题, the 发文字号 (which a law
    library prints in brackets right after the title) and the 主送 closing on
    its colon each stand apart. Run into one line, the title ends on its 文种
    where a whole bracketed number follows and a 主送's names after it
    (unfold._number_before_addressees): the number is set on a line of its
    own and the 主送 under it, the body after its colon. (The number whole on
    the title's line: at 18 columns the wrap cuts it across two lines, and
    that is left to the passes that read a number so, holdout47's, which do
    not reach a title led by its organ and 印发 yet; left.)"""
    docs = _documents(CUT_ABOVE + NUMBERED_RUN_IN, columns)
    assert [d.title for d in docs][-1] == "东岭市人民政府关于印发东岭市创建国家卫生城市实施方案的通知"
    doc = docs[-1]
    assert (doc.doc_number, doc.addressees, doc.issuers, doc.date) == (
        "东市政发〔2015〕7号", "南湖区、北山区人民政府，市政府有关部门", ["东岭市人民政府"], "2015-08-10")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_a_bracketed_note_that_is_no_number_stays_as_it_was(columns):
    """Control: a bracket after the 文种 that holds no whole 发文字号 ('(试行)'
    goes on the title, GB/T 9704 7.3.1) parts nothing by this rule."""
    text = ["东岭市人民政府关于印发东岭市创建国家卫生城市实施方案的通知(试行)南湖区、北山区人民政府,"
            "市政府有关部门:现将《东岭市创建国家卫生城市实施方案》印发给你们,请认真遵照执行。",
            "东岭市人民政府", "2015年8月10日"]
    docs = _documents(CUT_ABOVE + text, columns)
    assert all(d.doc_number is None for d in docs)


CUT_ABOVE = ["北岭市人民政府办公室关于做好春季爱国卫生运动的通知", "各区人民政府：",
             "现就有关事项通知如下：请各区在3月底前完成整治。", "北岭市人民政府办公室", "2015年3月1日"]
