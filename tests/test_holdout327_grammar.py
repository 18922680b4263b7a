"""The document grammar on layouts of the three-hundred-and-twenty-seventh
held-out set's kind (issue #11): rural drinking-water safety, rural
water-supply and water-source protection texts of cities, counties and
districts (an office's 通知 issuing its 农村饮水安全工程 or 农村供水工程
办法 or 实施意见, a district government's 通知 issuing its 水源保护区 划分方案
under its '…人民政府行政规范性文件' mark, a county government's 批复 on its
water-source protection zone) as law libraries, mirrors and county sites
store them: one cut short inside its 办法's article, the next headed by a
mark that a narrow column wraps over two lines. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents, _text  # (the same input path and layouts)

# A county office's notice issuing its 办法, the excerpt cut inside an article: no signature under the text.
CUT_IN_ARTICLE = ["南岭县人民政府办公室关于印发南岭县农村供水工程运行管理办法的通知", "各乡镇人民政府，县政府各部门：",
                  "《南岭县农村供水工程运行管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
                  "南岭县人民政府办公室", "2023年4月8日", "南岭县农村供水工程运行管理办法",
                  "第一条　为加强农村供水工程的运行管理，保证工程良性运行，制定本办法。",
                  "第二条　本办法所称农村供水，包括城市公共供水工程管网向农村延伸部分，不包括"]
# A government's 规范性文件 under its own mark (21 characters: one line at 26 columns, two at 18), its organ alone
# over the rest of its title, the 发文字号 under it.
MARKED = ["北山土家族苗族自治州人民政府行政规范性文件", "北山土家族苗族自治州人民政府",
          "关于印发集中式饮用水水源保护区划分方案的通知", "北山府发〔2020〕2号", "各县市人民政府，州政府各部门：",
          "现将《集中式饮用水水源保护区划分方案》印发给你们，请认真贯彻执行。", "北山土家族苗族自治州人民政府",
          "2020年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_mark_the_column_wrapped_heads_the_document_under_it_not_the_cut_text_above(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is one line, the issuer's name and 文件
    ('某某州人民政府行政规范性文件' as a government heads its 规范性文件); a
    narrow column wraps a long one over two lines. Lines right over a title
    that join into the mark of the organ the title names (7.3.1), each but
    the last filling the measure, the first set apart from the line over it
    (that line stopped short of the measure: a paragraph ended there), are the
    版头 of the document under them (documents._mark_wrapped_over): the text
    above, cut short inside its sentence ('…不包括'), does not run on into
    them."""
    docs = _documents(CUT_IN_ARTICLE + MARKED, columns)
    assert [d.title for d in docs] == [CUT_IN_ARTICLE[0], "".join(MARKED[1:3])]
    assert "规范性文件" not in _text(docs[0])
    assert _text(docs[0]).endswith("不包括")
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("北山府发〔2020〕2号", ["北山土家族苗族自治州人民政府"],
                                                                   "2020-03-01")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentences_wrapped_words_ending_in_a_marks_words_stay_the_text_above(columns):
    """The control: a sentence whose last wrapped lines join into the mark of
    the organ the title under them names ('北山土家族…人民政府行政规范' /
    '性文件' at 18 columns, its stop lost where the excerpt was cut) runs on
    from a line that filled the measure and stopped inside the sentence
    ('…农村供水工程的有关'): those lines are the sentence's, no 版头, and stay
    with the text above; the title under them opens its document as before."""
    cut = CUT_IN_ARTICLE[:-1] + ["第二条　为巩固工程建设成果，各乡镇各部门要认真学习贯彻农村供水工程的有关"
                                 "北山土家族苗族自治州人民政府行政规范性文件"]
    docs = _documents(cut + MARKED[1:], columns)
    assert [d.title for d in docs] == [CUT_IN_ARTICLE[0], "".join(MARKED[1:3])]
    assert _text(docs[0]).endswith("行政规范性文件")
    assert docs[1].issuers == ["北山土家族苗族自治州人民政府"]
