"""The document grammar on layouts of the three-hundred-and-twenty-second
held-out set's kind (issue #11): wage texts of city bodies (a city's 通知
publishing or adjusting its minimum wages, a city bureau's 通知 publishing its
企业薪酬调查 results or its 工资指导价位) as gazette mirrors, law sites and
bureaus' pages store them, one titled '…关于…结果发布通知' with no 的 before
its 文种, one with no organ in its title and its 发文字号 after it on the same
line, its 主送 and body run together on one line under it. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, NOTICE  # (the same input path and layouts)

# A city bureau's notice titled '…关于…结果发布通知', the 的 before its 文种 left out, its organ on a line of its own.
RESULTS_ORGAN_OVER = ["南岭市人力资源和社会保障局", "关于2018年企业薪酬调查结果发布通知",
                      "各县（区）人力资源和社会保障局，各用人单位：",
                      "为加强对企业工资分配的指导和服务，现就有关事项通知如下。", "一、重要意义",
                      "建立企业薪酬调查制度是深化企业工资分配制度改革的重要任务。"]
# A shorter title of the kind on one line, organ and all.
RESULTS_ONE_LINE = ["南岭市人社局关于2018年薪酬调查结果发布通知"] + RESULTS_ORGAN_OVER[2:]
# A news site's repost: a line reporting that an organ issued a notice, naming no matter (the control).
REPORTED = ["某某县人社局发布紧急通知", "关于做好夏季高温津贴发放工作的通知", "各用人单位：",
            "请各用人单位按规定足额发放高温津贴。", "某某县人力资源和社会保障局", "2023年6月1日"]


@pytest.mark.parametrize("columns, title", [(None, RESULTS_ORGAN_OVER), (18, RESULTS_ORGAN_OVER),
                                           (26, RESULTS_ORGAN_OVER), (None, RESULTS_ONE_LINE), (26, RESULTS_ONE_LINE)])
def test_a_title_of_about_and_its_matter_that_leaves_out_its_de_is_a_title(columns, title):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 关于 + 事由 + 文种. A line that ends
    on an issuing verb and a 文种 with no 的 between ('…结果发布通知') is a
    title still when 关于 opens the matter before the verb; only a line that
    names who issued and no matter ('某某县人社局发布紧急通知') reports an
    issuing as a news site heads its repost (grammar.reported_issuing).
    (A line is read alone there: where the wrap leaves the matter's last
    words and the verb on a line under the 关于, '…关于2018年' / '企业薪酬调查
    结果发布通知', that line still reads as such a report; not pinned.)"""
    docs = _documents(NOTICE + title, columns)
    organ = title[0] if title is RESULTS_ORGAN_OVER else "南岭市人社局"
    assert [d.title for d in docs] == [NOTICE[0], "".join(title[:2]) if title is RESULTS_ORGAN_OVER else title[0]]
    assert docs[1].issuers == [organ]
    assert docs[1].addressees == "各县（区）人力资源和社会保障局，各用人单位"
    assert docs[0].issuers == ["某某县人民政府"] and docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_line_reporting_who_issued_a_notice_stays_no_title(columns):
    """The control: a line naming the organ that issued and no matter before
    the verb and the 文种 ('某某县人社局发布紧急通知') is still no title; the
    notice under it is the one document."""
    docs = _documents(REPORTED, columns)
    assert [d.title for d in docs] == [REPORTED[1]]
    assert docs[0].issuers == ["某某县人力资源和社会保障局"] and docs[0].date == "2023-06-01"


# A bureau's notice the store cut mid-word, no signature under it.
CUT_NOTICE = ["关于发布2021年北山市人力资源市场工资指导价位的通知", "各县（区）人力资源和社会保障局，各相关企业：",
              "工资指导价位制度是深化收入分配制度改革的基础性工作。建立并完善工"]
# A notice titled with no organ, its 发文字号 after the title on the same line, its 主送 and body run on one line.
TITLE_AND_NUMBER = ["关于调整我市企业职工最低工资标准的通知 南劳社薪[2003]20号",
                    "各区劳动和社会保障局、市直各企业主管单位: 根据省人民政府的通知精神，经市政府同意，决定对我市企业职工的"
                    "最低工资标准进行调整。现就有关问题通知如下: 一、市直企业最低工资标准调整到450元/月。"
                    " 二、调整后的最低工资标准，从2003年3月1日起执行。 二○○三年二月二十六日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_and_its_number_over_a_wrapped_addressee_frame_a_notice_under_a_cut_text(columns):
    """GB/T 9704 7.3.1-7.3.2: a 标题 whole by its grammar with its 发文字号
    after it on its line, over the 主送, frames a document though the text
    above stops mid-word (the store cut it there, no signature). The 主送 may
    run over lines the wrap filled to its colon, the body run on after the
    colon as a page that ran them together stores it: the names to the colon
    are the 主送 all the same (unfold._wrapped_addressees_under), and the title
    is no run-on of the cut sentence."""
    docs = _documents(CUT_NOTICE + TITLE_AND_NUMBER, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], "关于调整我市企业职工最低工资标准的通知"]
    assert docs[1].doc_number == "南劳社薪〔2003〕20号" and docs[1].date == "2003-02-26"
    assert docs[1].addressees == "各区劳动和社会保障局、市直各企业主管单位"
    assert docs[0].date is None


@pytest.mark.parametrize("columns", [18])
def test_a_cited_title_and_number_over_words_to_a_colon_frame_nothing(columns):
    """The control: where the wrap cut the number ('…的通知 南劳社薪[' /
    '2003]20号') only the frame under the title tells it from a citation;
    over words that reach a colon through a sentence ('精神和有关规定，结合
    本县实际，现就…如下:'), not through organs' names alone, the title and
    number frame no document: they are a sentence's citation the store cut
    before it, and the text above keeps them. (A title whole on its own
    line, its number whole after it, is read as a title over any words:
    not this rule's.)"""
    cited = ["关于调整我市企业职工最低工资标准的通知 南劳社薪[2003]20号",
             "精神和有关规定，结合本县实际，现就有关事项通知如下: 一、县直企业按市直标准执行。"]
    docs = _documents(CUT_NOTICE + cited, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]
