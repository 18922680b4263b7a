"""The document grammar on layouts of the three-hundred-and-third held-out
set's kind (issue #11): disaster-relief and emergency-supplies texts of
cities, counties and districts (an office's 通知 issuing its 自然灾害救助应急预案
or its 物资应急保障行动方案, a city office's 转发 of a 紧急通知 on 灾后恢复重建,
bureaus' joint 通知 issuing a 救灾物资储备管理办法) as their sites, law
libraries and document-sharing sites store them, one closing on its
signature and date and then printing, before anything else, the 目录 of the
预案 it issues, whose excerpt ends inside that list, the next document under
it; another listing its 预案's 1 / 1.1 headings to a last chapter with no
section ('9 附录') over the 预案's title printed again. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county office's notice issuing its 预案: signed and dated, then the 预案's 目录, the excerpt cut inside the list.
ISSUING = ["南岭县人民政府办公室", "关于印发《南岭县自然灾害救助应急预案》的通知", "南政办发〔2018〕3号",
           "各镇人民政府、街道办事处,县直各单位:",
           "《南岭县自然灾害救助应急预案》已经县人民政府同意,现印发给你们,请认真遵照执行。",
           "南岭县人民政府办公室", "2018年1月12日"]
CONTENTS = ["目录", "1.总则", "1.1 编制目的", "1.2 编制依据", "2.应急指挥体系及职责2.1 应急组织机构",
            "2.2 应急组织机构职责", "3.保障措施", "3.1 资金保障", "3.2 物资保障", "3.3 预案"]
# The next document: a district office's notice under its 版头, or a title alone.
HEADED = ["北山区人民政府办公室文件", "北政办发〔2015〕1号", "北山区人民政府办公室",
          "关于做好冬春受灾群众生活救助工作的通知", "各街道办事处,区各有关单位:",
          "各街道要摸清受灾群众生活困难情况,及时发放救助款物,确保受灾群众温暖过冬。",
          "北山区人民政府办公室", "2015年1月9日"]
PLAIN = ["东城市人民政府办公厅关于切实抓好灾后恢复重建工作的通知", "各区(市)县政府,市政府有关部门:",
         "各地要把灾后恢复重建工作作为当前工作重点,确保受灾群众在春节前搬入新居。", "二00一年十一月十一日"]


def _texts(doc) -> str:
    return "".join(b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")).replace(" ", "")


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("below", [HEADED, PLAIN])
def test_a_contents_list_under_an_issuing_notices_date_is_the_issued_texts(columns, below):
    """GB/T 9704 7.3.5 and 8.1, 党政机关公文处理工作条例 第八条: a notice that
    issues a text ('现将《X》印发给你们', '《X》…现印发给你们') closes on its
    signature and 成文日期, and X is printed under that date, its own 目录 (the
    预案's '1.总则', '1.1 编制目的' … rows) before its title. A 目录 right under
    the date of such a notice, X printed nowhere above it, is X's, the
    notice's part (documents._issued_contents), though the excerpt ends inside
    it and the next document's 版头 or title follows: the next document begins
    at its own 版头 or title, not at that 目录."""
    docs = _documents(ISSUING + CONTENTS + below, columns)
    assert [d.title for d in docs] == ["".join(ISSUING[:2]), "".join(below[2:4]) if below is HEADED else below[0]]
    assert "应急组织机构职责" in _texts(docs[0]) and "目录" in _texts(docs[0])
    assert "目录" not in _texts(docs[1]) and "资金保障" not in _texts(docs[1])
    assert (docs[0].issuers, docs[0].date) == (["南岭县人民政府办公室"], "2018-01-12")


# A report printed whole, its own 目录 on the page before its title.
REPORT_CONTENTS = ["目录", "一、2022年市级决算情况", "(一)一般公共预算收支决算情况", "二、审议意见落实情况"]
REPORT = ["关于西江市2022年市级决算草案的报告", "——2023年6月28日在西江市第十二届人民代表大会常务委员会第十次会议上",
          "西江市财政局局长 李某某", "主任、各位副主任、秘书长、各位委员:",
          "受市人民政府的委托,我向本次常委会报告2022年市级决算草案,请予审议。",
          "一、2022年市级决算情况", "市级一般公共预算收入66.9亿元,完成调整预算的100.2%。"]
# A notice that passes nothing on, signed and dated.
OWN_NOTICE = ["南岭县人民政府办公室关于做好汛期救灾物资储备工作的通知", "各镇人民政府,县直各单位:",
              "各镇要在5月底前完成救灾物资的清点和补充,确保汛期调得出、用得上。", "南岭县人民政府办公室", "2018年4月2日"]
# The issuing notice with the text it issues already printed under its date.
ISSUED_PRINTED = ISSUING + ["南岭县自然灾害救助应急预案", "1.总则", "1.1 编制目的",
                            "为规范自然灾害应急救助行为,最大程度地减少人民群众生命和财产损失,制定本预案。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [OWN_NOTICE, ISSUED_PRINTED])
def test_a_contents_list_under_a_notice_that_issues_nothing_more_begins_the_report_under_it(columns, above):
    """The control: under a notice that passes nothing on, or under the text
    an issuing notice named once it is printed, a 目录 over a title is that
    title's text's own, printed on the page before its title page: the
    report below begins at its 目录 (documents._contents_over)."""
    docs = _documents(above + REPORT_CONTENTS + REPORT, columns)
    assert [d.title for d in docs] == ["".join(above[:2]) if above is ISSUED_PRINTED else above[0], REPORT[0]]
    assert "目录" not in _texts(docs[0]) and _texts(docs[1]).startswith("目录")


# A notice issuing its 预案, the 预案's title over its list of 1 / 1.1 headings, the last chapter listed with no
# section ('9 附录'), then the title again over the text.
OUTLINED = ["西县人民政府办公室关于印发《西县自然灾害救助应急预案》的通知", "各乡(镇)人民政府、县直各有关单位:",
            "现将修订后的《西县自然灾害救助应急预案》印发给你们,请认真组织实施。", "西县人民政府办公室", "2018年5月7日",
            "西县自然灾害救助应急预案", "1 总则", "1.1编制目的", "1.2编制依据", "7 保障措施", "7.1资金保障",
            "7.2物资保障", "8 附则", "8.1术语解释", "8.2预案实施时间", "9 附录", "西县自然灾害救助应急预案", "1总则",
            "1.1编制目的", "建立健全重大自然灾害应急救助体系和运行机制,规范应急救助行为,提高应急救助能力。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_last_chapter_listed_under_the_sections_before_it_is_no_titles_first_line(columns):
    """GB/T 1.1 章条编号 and GB/T 9704 7.3.1: a text numbered in sections
    lists its chapters in order, 'N 标题' after the sections of chapter N-1
    ('8.2预案实施时间' / '9 附录'), though no 'N.1' is listed under the last:
    that line is a heading (titles.under.chapter_headings), never the first line of
    the title printed again under it (no part titled '9附录西县…预案'); the
    issued text's title stays whole and alone."""
    doc, = _documents(OUTLINED, columns)
    assert [p.title for p in doc.parts][1:] == ["西县自然灾害救助应急预案"] * 2
    assert (doc.issuers, doc.date) == (["西县人民政府办公室"], "2018-05-07")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_chapter_line_under_a_sentence_is_left_as_it_was(columns):
    """The control: a line of the chapter form under a body's sentence, not under a section of the chapter
    before it, is not taken for a heading by that rule: the title it opens is read as before."""
    notice = OUTLINED[:5] + ["西县自然灾害救助应急预案", "1 总则", "1.1编制目的",
                             "建立健全重大自然灾害应急救助体系和运行机制,规范应急救助行为,提高应急救助能力。"]
    doc, = _documents(notice, columns)
    assert [p.title for p in doc.parts][1:] == ["西县自然灾害救助应急预案"]
