"""The document grammar on layouts of the two-hundred-and-third held-out
set's kind (issue #11): '双随机、一公开' random-inspection plans, 细则 and
the notices issuing them, as county and district departments' pages store
them. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

RULES = ["某某县文化旅游局“双随机、一公开”抽查工作细则",
         "为规范事中事后监管，结合工作实际，制定本细则。",
         "一、抽查工作时间", "随机抽查时间为本年度全年。",
         "二、抽查比例", "随机抽查比例原则上不低于本级监管对象的5%。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_unsigned_title_names_its_organ_before_a_quoted_subject(columns):
    """GB/T 9704 7.3.1: 标题 = 发文机关 + 事由 + 文种, 关于 left out where
    the 事由 opens with a quoted term ('XX局“双随机、一公开”抽查工作细则'):
    the organ's whole name before the quotation mark is the issuer of a
    text no signature closes."""
    doc, = _documents(RULES, columns)
    assert doc.title == "某某县文化旅游局“双随机、一公开”抽查工作细则"
    assert doc.issuers == ["某某县文化旅游局"]


def test_a_quoted_subject_after_words_that_name_no_organ_gives_no_issuer():
    """Control: the words before a quotation mark that end in no organ's
    name ('学习贯彻“…”精神') name no issuer."""
    doc, = _documents(["关于开展“双随机、一公开”抽查工作的通知", "各股室：",
                       "现将有关事项通知如下：请各股室在3月底前制定抽查计划。"], None)
    assert doc.issuers == []


def test_the_body_an_incident_befell_before_its_quoted_date_is_no_issuer():
    """Control: an inquiry's report names the body the incident befell, then the incident by its date in figures
    ('XX有限公司“11·5”一般触电事故调查报告'): that body is what it reports on, not its author."""
    doc, = _documents(["某某县某某水电站有限公司“11·5”一般触电事故调查报告", "2021年11月5日，某某水电站发生一起触电事故。",
                       "一、事故基本情况", "事故造成1人死亡。"], None)
    assert doc.issuers == []


LINKED = ["某某市林业局关于调整2021年“双随机、一公开”抽查计划的通知", "某某市林业局",
          "某某市林业局关于调整抽查计划的通知.doc", "局属各站所：",
          "受天气影响，我局抽查工作推迟开展，现将调整后的抽查计划通知如下：",
          "一、抽查比例", "随机抽取检查对象的比例为4%。", "二、抽查时间", "全年分两次完成抽查。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_linked_files_name_is_no_line_of_a_title(columns):
    """A web page links the document's file under its headline ('…的通知.doc'):
    a download's name, its extension ending it, no line of a title and no
    title with a 主送 run in after it; the headline over it is the title, the
    organ under it the text's 版头."""
    doc, = _documents(LINKED, columns)
    assert doc.title == "某某市林业局关于调整2021年“双随机、一公开”抽查计划的通知"
    assert (doc.issuers, doc.addressees) == (["某某市林业局"], "局属各站所")
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_title_with_its_addressees_run_in_is_still_parted():
    """Control: a title with its 主送 run in after it, no file in the line, is parted there."""
    doc, = _documents(["某某市林业局关于做好抽查工作的通知局属各站所：", "现将有关事项通知如下：请各站所按时完成抽查。"], None)
    assert (doc.title, doc.addressees) == ("某某市林业局关于做好抽查工作的通知", "局属各站所")


COPY = ["关于印发《某某县林业局2022年度“双随机、一公开”抽查工作计划》的通知",
        "于印发 某某县林业局2022年度", "“双随机、 公开”抽查工作计划 的通知",
        "局属各站所、各股室:",
        "为统筹做好2022年度抽查工作，研究制定了抽查工作计划，现印发给你们，请认真贯彻落实。",
        "某某县林业局", "2022年4月18日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_titles_copy_that_lost_characters_under_the_headline_is_no_document(columns):
    """A page's headline over the document's own title as its extraction left
    it, characters lost ('于印发 …' / '“双随机、 公开”…的通知'): the headline's
    characters in order, most of them, ending in its 文种 (GB/T 9704 7.3.1), the
    same title again; one document, its 主送, signature and date its own."""
    doc, = _documents(COPY, columns)
    assert doc.title == COPY[0]
    assert (doc.issuers, doc.date, doc.addressees) == (["某某县林业局"], "2022-04-18", "局属各站所、各股室")


def test_a_second_title_of_other_words_under_a_title_is_its_own_document():
    """Control: a title under another whose words are not the first's in order opens a document of its own."""
    docs = _documents(["关于做好2022年度抽查工作的通知", "各股室：", "请按时完成抽查。", "某某县林业局", "2022年4月1日",
                       "关于调整抽查工作的通知", "各股室：", "请按调整后的计划抽查。", "某某县林业局", "2022年5月1日"], None)
    assert [d.title for d in docs] == ["关于做好2022年度抽查工作的通知", "关于调整抽查工作的通知"]


TERM_CITED = ["关于制定2023年度抽查计划的通知", "各股室：",
              "请各股室结合实际制定本年度抽查计划。",
              "各股室应于2023年3月1日，将《双随机、一公开》抽查工作计划电子版报办公室。",
              "附件：", "1. 某某旗教育局联合抽查计划", "某某旗教育局", "2023年2月24日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_term_the_next_title_quotes_set_in_book_marks_above_names_no_text(columns):
    """A text that sets a scheme's name in 《》 ('将《双随机、一公开》抽查工作计划
    …报办公室') names the term, not the title under it that quotes the same
    term ('某某县教育局“双随机、一公开”抽查工作细则'): that title opens a
    document of its own."""
    docs = _documents(TERM_CITED + RULES, columns)
    assert [d.title for d in docs] == [TERM_CITED[0], RULES[0]]
    assert docs[1].issuers == ["某某县文化旅游局"]


def test_a_text_named_in_book_marks_above_is_still_issued():
    """Control: a notice that passes on 《XX细则》 by its whole name prints it as its part, no document of its own."""
    docs = _documents(["关于印发《某某县文化旅游局抽查工作细则》的通知", "各股室：",
                       "现将《某某县文化旅游局抽查工作细则》印发给你们，请认真贯彻执行。", "某某县文化旅游局", "2022年2月1日",
                       "某某县文化旅游局抽查工作细则", "一、抽查工作时间", "随机抽查时间为本年度全年。"], None)
    assert len(docs) == 1 and docs[0].parts[1].title == "某某县文化旅游局抽查工作细则"


LINKED_LONG = ["某某市林业局关于调整2021年“双随机、一公开”抽查计划的通知", "某某市林业局",
               "某某市林业局关于调整2021年度抽查计划的通知.doc", "局属各站所：",
               "受天气影响，我局抽查工作推迟开展，现将调整后的抽查计划通知如下：",
               "一、抽查比例", "随机抽取检查对象的比例为4%。"]


@pytest.mark.parametrize("columns", [24, 26])
def test_a_linked_files_name_ends_its_paragraph_at_its_extension(columns):
    """The name of a file a page links ends at its extension ('….doc'), though
    the measure it fills (or wraps) would run it on: the 主送 under it is a
    paragraph of its own, read whole."""
    doc, = _documents(LINKED_LONG, columns)
    assert (doc.title, doc.addressees) == (LINKED_LONG[0], "局属各站所")


def test_a_sentence_that_runs_on_past_a_full_line_is_still_one_paragraph():
    """Control: a body line that fills the measure with no file's name in it runs on into the line under it."""
    doc, = _documents(["关于做好抽查工作的通知", "各股室：",
                       "请各股室结合本单位实际认真制定本年度抽查计划并按时报送办公室审核备案。"], 20)
    assert doc.parts[0].blocks[-1].text == "请各股室结合本单位实际认真制定本年度抽查计划并按时报送办公室审核备案。"


TABLE_PLAN = ["某某县林业局2021年度“双随机、一公开”抽查工作计划", "序号 |", "抽查类别 |", "抽查事项 |",
              "1 |", "林木种苗质量监督抽查 |", "对林木种苗生产经营的监督检查 |", "5% |"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_plans_title_over_its_tables_head_opens_a_document_under_a_cut_sentence(columns):
    """A plan published as a table under its title by its own grammar (the
    organ's whole name and the year first, GB/T 9704 7.3.1), the table's head
    under it ('序号 |'): no sentence an excerpt cut above ('…要加大抽查力')
    runs on into it, so it opens a document of its own."""
    cut = RULES[:-1] + ["随机抽查比例原则上不低于本级监管对象的5%，对投诉较多的市场主体要加大抽查力"]
    docs = _documents(cut + TABLE_PLAN, columns)
    assert [d.title for d in docs] == [RULES[0], TABLE_PLAN[0]]
    assert docs[1].issuers == ["某某县林业局"]


def test_a_plans_name_in_a_sentence_cut_over_a_table_opens_nothing():
    """Control: words that open no title by its grammar (no organ's name and year first), cut over a table's head,
    stay the sentence's."""
    docs = _documents(RULES[:-1] + ["随机抽查比例原则上不低于本级监管对象的5%，具体见下表所列本局", "抽查工作计划",
                                    "序号 |", "抽查类别 |"], None)
    assert [d.title for d in docs] == [RULES[0]]


# Sweep at seeds 6 and 12 (2026-12-06): 平泉's linked file name cut by the wrap right before its extension.
@pytest.mark.parametrize("cut", [("某某市林业局关于调整抽查计划的通知.", "doc"), ("某某市林业局关于调整抽查计划的通知.do", "c"),
                                 ("某某市林业局关于调整抽查计划的通知.d", "ocx")])
def test_a_linked_files_extension_the_wrap_cut_off_is_its_name_again(cut):
    """'…的通知.' / 'doc': a file's name is one word, its extension no line
    of its own; set back, the name ends at its extension as a whole one does,
    no line of a title with the 主送 under it run on (the headline over it is
    the title)."""
    doc, = _documents(LINKED[:2] + list(cut) + LINKED[3:], None)
    assert doc.title == LINKED[0]
    assert (doc.issuers, doc.addressees) == (["某某市林业局"], "局属各站所")


@pytest.mark.parametrize("lines, set_back", [(["请登录网站下载附件.", "doc"], True), (["网址为www.example.", "com"], False),
                                         (["序号", "doc"], False)])
def test_only_letters_that_end_a_file_name_go_back_onto_the_line_above(lines, set_back):
    """Control: letters alone under a line are set back only where they end
    its file name's extension; a web address's domain, or letters under a
    line with no stop before them, stay a line of their own."""
    from builder.stages.layout import normalise
    texts = [line.text for line in normalise("\n".join(lines) + "\n")[0]]
    assert texts == (["".join(lines)] if set_back else lines)


# A plan whose table a page stores one cell a line, each closed by its column's bar, its last row's empty cell the
# bar alone: the text ends in the table, no signature under it.
TABLED_PLAN = ["某某县农业农村局2021年度“双随机、一公开”抽查工作计划", "一、抽查事项",
               "序号 |", "抽查事项 |", "抽查比例 |", "抽查时间 |", "备注 |",
               "1 |", "农药经营监督抽查 |", "10% |", "2021年9月 |", "|"]
# A department's 细则 printed alone: its ground opens its body, and names no text by 本.
GROUNDED_RULES = ["某某县教育体育局“双随机、一公开”抽查工作细则",
                  "为进一步贯彻落实《国务院关于推行“双随机、一公开”监管的意见》，规范事中事后监管，推进随机抽查工作。",
                  "一、抽查工作时间", "随机抽查时间为本年度全年。", "二、抽查事项清单", "根据法律法规规章的规定，梳理抽查事项。"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_rules_title_after_a_tables_last_cell_opens_its_own_document(columns):
    """A table's cell, closed by its column's bar or an empty cell that is
    the bar alone ('|'), is no line of a title and no sentence that runs on:
    a department's 细则 titled by its organ (GB/T 9704 7.3.1) whose outline
    opens at 一、 under it, after a plan that passes no text on and ends in
    its table, is a text of its own, as after a sentence's stop."""
    docs = _documents(TABLED_PLAN + GROUNDED_RULES, columns)
    assert [d.title for d in docs] == [TABLED_PLAN[0], GROUNDED_RULES[0]]
    assert docs[1].issuers == ["某某县教育体育局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_rules_title_after_a_notice_that_issues_texts_stays_its_part(columns):
    """Control: under a notice that passes texts on ('…印发给你们'), whose
    annexed table ends on its empty cell, the 细则 is the notice's, not a
    document of its own."""
    notice = ["某某县教育体育局关于印发抽查工作文件的通知", "各股室：",
              "现将抽查工作计划和抽查工作细则印发给你们，请认真贯彻执行。", "某某县教育体育局", "2021年3月1日",
              *TABLED_PLAN[1:]]
    docs = _documents(notice + GROUNDED_RULES, columns)
    assert [d.title for d in docs] == [notice[0]]
