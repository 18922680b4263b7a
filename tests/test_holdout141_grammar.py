"""The document grammar on layouts of the hundred-and-forty-first held-out set's
kind (issue #11): typical cases (典型案例) that departments publish, each case
under its ordinal ('案例一') with its parts under headings ('一、基本案情',
'【处理结果】'), and question-and-answer texts. Each case is invented text laid
out as extractors give it (one line a paragraph, or hard-wrapped at a narrow
measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a collection of 典型案例 is a document of its own

# A text whose page stored no signature or date: its last sentence closes it, nothing more.
UNSIGNED = ["某某县2022年度农村公路养护工作情况通报", "各乡镇人民政府：",
            "2022年，全县农村公路养护工作总体平稳，完成路面修补3.2万平方米。",
            "各乡镇要对照问题清单抓好整改，确保年底前全部完成。"]
CASES = ["案例一：", "【案例名称】某某县交通运输局对某运输公司超限运输行政处罚案",
         "【基本案情】2023年4月2日，执法人员在某某路段检查时发现该公司车辆超限运输。",
         "【处理结果】依据《公路安全保护条例》的规定，对该公司罚款3000元。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["2023年度交通运输行政执法典型案例(第二季度)", "某某市第二批行政复议典型案例",
                                   "2023年某某省安全生產執法典型案例"])
def test_a_collection_of_typical_cases_after_a_whole_sentence_opens_a_document(title, columns):
    """A collection of 典型案例 is a publication an organ puts out on its own,
    titled by its field, batch or period and the words 典型案例, perhaps with
    its period in brackets: after a line that ends a sentence (a text whose
    page stored no signature) such a title opens a document, as one ending
    in a 公文's kind does; its first case's ordinal ('案例一：') heads the
    case, no 主送 though it ends in a colon."""
    docs = _documents(UNSIGNED + [title] + CASES, columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报", title]
    assert docs[1].addressees is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_names_typical_cases_opens_none(columns):
    """Control: a body's line that ends on the words 典型案例 where the wrap
    cut a sentence ('现将我县查处的3起行政执法典型案例' / '通报如下：') is the body
    going on, no title."""
    docs = _documents(UNSIGNED[:3] + ["经研究，现将我县查处的3起行政执法典型案例", "通报如下，请各乡镇引以为戒。",
                                      "某某县交通运输局", "2023年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_addressee_ending_in_a_colon_stays_one(columns):
    """Control: the line under a title that names organs and ends in its
    colon is the 主送, as before: only a case's ordinal is none."""
    docs = _documents(UNSIGNED, columns)
    assert docs[0].addressees == "各乡镇人民政府"


# ---------------------------------------------------------------- a text cut short on a bracketed heading

CUT_ON_HEADING = ["2022年某某市生态环境执法第三批典型案例", "为发挥典型案例的警示作用，现予以公布。",
                  "案例一：某某县某有限公司超标排放废气案", "【案情简介】"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("heading", ["【案情简介】", "【基本案情】", "【案情簡(jiǎn)介】"])
def test_a_title_under_a_bracketed_heading_opens_a_document(heading, columns):
    """A heading in 【】 alone on its line heads its part's text ('【案情简介】'),
    as a 章's or an outline's heading does: a page's excerpt cut right under it
    ends there, and the title of a collection under it is the next text's,
    begun on its own line (the heading is none of its lines)."""
    title = "2022年某某省生态环境保护行政执法典型案例(第一批)"
    docs = _documents(CUT_ON_HEADING[:3] + [heading, title, "现将第一批五个典型案例发布如下：", "案例提供单位：某某市生态环境局"],
                      columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0], title]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_bracketed_heading_over_its_text_stays_in_the_case(columns):
    """Control: a 【】 heading over its part's text is the case's, and the
    collection stays one document."""
    docs = _documents(CUT_ON_HEADING + ["2022年6月，执法人员在某某工业园区巡查时发现该公司废气未经收集直接排放。",
                                        "【处理结果】", "依法对该公司罚款5万元。"], columns)
    assert [d.title for d in docs] == [CUT_ON_HEADING[0]]


# ---------------------------------------------------------------- a collection's title over its first case

LIST_ABOVE = ["某某市2023年度安全生产工作情况通报", "各区人民政府:", "现将今年查处的案件列出如下:",
              "1.某建材公司未按规定开展安全培训案", "2.某物流公司占用疏散通道案",
              "3.某化工公司未落实重大危险源管控措施案"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_collection_over_its_first_case_opens_a_document(columns):
    """A collection's title with its first case's ordinal under it
    ('某某区2023年第二期执法典型案例' / '案例一'): no sentence runs on from a
    list's last item above into the title and on into the ordinal, whatever
    the measure did to the item's line."""
    title = "某某区2023年第二期执法典型案例"
    docs = _documents(LIST_ABOVE + [title, "案例一", "某某有限公司未取得许可证经营危险化学品案", "一、基本案情",
                                    "2023年3月5日,执法人员接到举报后赶赴现场检查。"], columns)
    assert [d.title for d in docs] == [LIST_ABOVE[0], title]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_ends_on_its_short_line_over_a_full_body_line(columns):
    """A title centred over its lines fills none after one that stops short:
    under a whole title whose last line is short, a line the wrap filled and
    ran on into the next is the body's first, though the wrap ended it on a
    kind word ('…一项制度' / '安排和…')."""
    title = "某某省第三批行政执法典型案例"
    docs = _documents(UNSIGNED + [title, "执法公示是政府接受社会监督的一项制度安排和推进严格规范公正文明执法的重要抓手。",
                                    "现将第三批典型案例予以公布。"], columns)
    assert [d.title for d in docs] == [UNSIGNED[0], title]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_title_over_two_short_lines_stays_whole(columns):
    """Control: a title wrapped over lines that each stop short (its 事由
    over its kind) stays one title."""
    docs = _documents(["某某县人民政府办公室关于印发某某县", "安全生产专项整治实施方案的通知", "各乡镇人民政府:",
                       "现将方案印发给你们,请认真贯彻执行。", "某某县人民政府办公室", "2023年5月6日"], columns)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于印发某某县安全生产专项整治实施方案的通知"]


# ---------------------------------------------------------------- a question over its answer

QUESTION = "哪些企业可以申请失业保险技能提升补贴?"
ANSWER = ["答:在本市参保的企业职工具备下列条件的,可以申请技能提升补贴:", "(一)依法参加失业保险并累计缴费满1年。",
          "(二)取得初级以上职业资格证书或职业技能等级证书。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("question", [QUESTION, "灵活就业人员如何办理参保登记？"])
def test_a_question_over_its_answer_opens_a_document(question, columns):
    """An organ's 政策问答 or 常见问题 publishes each question with its
    answer as an item of its own: the question (alone, no label, no 问 before
    it) is its title and the answer under it opens on '答:'. After a text whose
    page stored no signature, such a question opens a document."""
    docs = _documents(UNSIGNED + [question] + ANSWER, columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报", question]
    assert len(docs[1].provisions) == 2


@pytest.mark.parametrize("columns", [None, 20])
def test_questions_under_a_question_and_answer_title_stay_in_it(columns):
    """Control: a 问答 under its own title ('…政策问答') holds its questions,
    each over its answer: the first right under the title, the next under an
    answer, and one marked '问:' or numbered is one of the series: none opens
    a document."""
    docs = _documents(["某某市失业保险政策问答", QUESTION] + ANSWER
                      + ["灵活就业人员如何办理参保登记?", "答:可持身份证到户籍所在地的社保经办机构办理。",
                         "问:补贴标准是多少?", "答:按证书等级分别给予1000元至2000元补贴。",
                         "4.申请补贴需要哪些材料?", "答:本人身份证和职业资格证书。"], columns)
    assert [d.title for d in docs] == ["某某市失业保险政策问答"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_question_in_a_body_without_an_answer_opens_none(columns):
    """Control: a body's question set alone on its line ('如何破解这一难题?')
    with no '答:' under it is the body's, no title."""
    docs = _documents(UNSIGNED + ["如何破解农村公路养护资金不足的难题?", "各乡镇要多渠道筹措资金,确保养护投入。"], columns)
    assert [d.title for d in docs] == ["某某县2022年度农村公路养护工作情况通报"]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_full_title_over_its_numbered_question_stays_the_title(columns):
    """Control: a 问答's own title that fills the measure over its first
    question, numbered ('一、补贴对象是谁?'), with the answer under it: the
    title's line and the item's label are no question's lines, so the title
    stays the document's, the question its first item."""
    title = "关于《某某市稳岗返还办法》的政策问答"
    docs = _documents([title, "一、补贴对象是谁?", "答:本市依法参加失业保险的企业。", "二、补贴标准是多少?",
                       "答:按上年度实际缴纳失业保险费的一定比例返还。"], columns)
    assert [d.title for d in docs] == [title]
