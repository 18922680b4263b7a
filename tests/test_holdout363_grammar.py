"""The document grammar on layouts of the three-hundred-and-sixty-third held-out
set's kind (issue #11): audit and statistics texts of cities, counties and
districts (a city office's 通知 issuing its 内部审计工作规定, a city's 意见 on
统计工作, a district office's 转发 of a city's 统计 意见, statistics bureaus'
通知 issuing a 防范和惩治统计造假 细则 and a 统计造假 纠治方案, a county's 审计整改
制度 通知) as law sites, law libraries and their own sites store them, one
whole notice and the rule it issues run into one line by a law site, one 转发
notice cut inside the text it forwards, over the next document's title and
发文字号. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

FORWARDED = "北山市人民政府办公厅转发市统计局关于加强统计基层基础建设工作意见的通知"
# A district office's notice forwarding a city office's notice, cited by its title and its 发文字号, then the forwarded
# 意见 printed after the date, its text cut mid-sentence by the store.
FORWARDING = ["东城区人民政府办公室关于转发《北山市人民政府办公厅转发市统计局关于加强统计基层基础建设工作意见的通知》的通知",
              "(东府办发〔2012〕14号)", "各镇人民政府,区政府各委、办、局:",
              f"经区政府领导同意,现将《{FORWARDED}》(北府办发[2012]4号)转发给你们,请按照执行。",
              "东城区人民政府办公室", "二○一二年三月二十三日", "关于加强统计基层基础建设工作的意见",
              "为深入贯彻落实《中华人民共和国统计法》,现就加强本市统计基层基础建设工作提出如下意见:",
              "一、充分认识加强统计基层基础建设工作的重要性",
              "统计基层基础建设直接关系到统计数据的质量。各区、县政府要从经济社会发展大局出发,高度重视统"]
# Another city's 意见 on 统计工作, its title naming much of what the forwarded title names, under its own number.
OTHER_OPINION = ["南岭市人民政府关于加强统计工作的意见", "(南政发[2007]18号)",
                 "各县(市、区)人民政府,市政府各部门:",
                 "为进一步加强和改进统计工作,结合我市实际,现提出以下意见。", "一、统一思想认识,进一步加强对统计工作的领导",
                 "统计是各级党委政府实行宏观调控和科学管理的重要基础性工作。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_under_another_number_than_the_forwarded_texts_opens_a_document(columns):
    """引用公文应当先引标题，后引发文字号 (国家行政机关公文处理办法 第二十三条):
    the 转发 notice's sentence names the text it passes on by its title and
    its 发文字号 in brackets. One 发文字号 is one 公文's (GB/T 9704 7.2.4): a
    title under a number of its own that is another (南政发[2007]18号 against
    北府办发[2012]4号) is no layer of the notice above, however much of the
    forwarded title its own words cover (split/parts.CITED_NUMBER_RE), though
    the text above was cut mid-sentence: it opens a document of its own."""
    docs = _documents(FORWARDING + OTHER_OPINION, columns)
    assert [d.title for d in docs] == [FORWARDING[0], OTHER_OPINION[0]]
    assert docs[1].doc_number == "南政发〔2007〕18号"
    assert docs[1].issuers == ["南岭市人民政府"]
    assert "关于加强统计基层基础建设工作的意见" in [part.title for part in docs[0].parts]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_forwarded_text_under_the_number_the_sentence_gave_stays_the_notices_part(columns):
    """The control: the forwarded notice printed whole after the date, under
    its title and the very 发文字号 the sentence gave it, is the notice's
    layer, as before: one document."""
    forwarded = [FORWARDED, "(北府办发[2012]4号)", "各区、县人民政府,市政府各委、办、局:",
                 "市统计局《关于加强统计基层基础建设工作的意见》已经市政府同意,现转发给你们,请认真贯彻执行。"]
    docs = _documents(FORWARDING[:6] + forwarded, columns)
    assert [d.title for d in docs] == [FORWARDING[0]]
