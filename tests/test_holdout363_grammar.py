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

from tests.test_holdout7_grammar import _documents, _labels  # (the same input path and layouts)

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


# A city office's notice and the rule it issues as a law site stores them: the whole text on one line, its
# paragraphs parted by single spaces, the articles' labels set apart from their text by a space, the 项 of the last
# article run in after its lead-in, each closing on a semicolon; the store cut it inside the last 项.
RULE_ONE_LINE = ("北山市人民政府办公厅关于印发北山市内部审计工作规定的通知 各县(市)、区人民政府,市政府各部门: "
                 "《北山市内部审计工作规定》已经市政府同意,现印发给你们,望认真遵照执行。 北山市人民政府办公厅 "
                 "二o一一年六月十日 北山市内部审计工作规定 第一条 为加强内部审计工作,规范内部审计行为,根据"
                 "《中华人民共和国审计法》等法律、法规和规章,结合我市实际,制定本规定。 第二条 内部审计是指独立监督"
                 "和评价本单位及所属单位财政收支、财务收支、经济活动的真实合法和效益的行为。 第三条 本市行政区域内的"
                 "国家机关、企业事业组织、社会团体以及其他单位,应当建立健全内部审计制度。 第四条 市、县(市)区审计"
                 "机关负责辖区内部审计工作的业务指导和监督,主要履行下列职责: (一)组织实施相关法律、法规,制订内部"
                 "审计工作制度; (二)指导内部审计机构和人员依法开展内部审计工作; (三)制止纠正内部审计不合法行为,"
                 "责令限期改正; (四)监督有关部门和单位按照规定建立健全内部审计工作机制; (五)指导、监督和")


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_articles_and_their_items_run_into_one_paragraph_are_set_out(columns):
    """立法技术规范: each 条 of a rule is a paragraph of its own, and each 项
    of a 条 a line of its own under its lead-in. A page that ran the rule
    into one line, wrapped by a measure, keeps each next article's label
    right after the last sentence of the one before, numbered on from it,
    perhaps cut by the wrap itself ('…本规定。第二' / '条内部…'): each
    article opens a block again (split/unfold.articles_run_in), and so does
    each 项 of an article's lead-in."""
    doc, = _documents([RULE_ONE_LINE], columns)
    assert [label for label in _labels(doc) if "条" in label] == ["第一条", "第二条", "第三条", "第四条"]
    assert [label for label in _labels(doc) if "条" not in label] == ["（一）", "（二）", "（三）", "（四）", "（五）"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_article_a_sentence_cites_after_a_stop_is_no_article_begun(columns):
    """The control: a sentence that opens on the next article's label and
    goes on with what that article says of it ('第二条规定的…') cites it
    (numbering.cited): the article above keeps the sentence."""
    rule = ["北山市统计工作规定", "第一条 为加强统计工作,制定本规定。第二条规定的统计调查,由市统计局组织实施。",
            "第二条 统计调查项目由市统计局会同有关部门拟订,报市人民政府批准后施行。"]
    doc, = _documents(rule, columns)
    assert _labels(doc) == ["第一条", "第二条"]
